"""Recognition quality of the pipeline on labelled corpora: the figures the README reports.

Run:  python bench/corpus_quality.py [CORPUS_DIR ...] [--mismatches] [--no-ocr]
      python bench/corpus_quality.py ../shared/corpus/dev      # the shared development corpus, if you have it

Without arguments it measures every independent corpus under tests/corpus_extra*/ (the repository's own;
nothing outside the repository is needed). Per corpus it prints:

- category accuracy, kinds / language / requester address / name accuracy (as the labels define them);
- requests caught: labelled requests that open a case at all (a request case, or a triage case because the
  classifier was unsure) — the safety net's promise is that this is every request;
- non-requests to triage and automated mail to triage (the price of the safety net; automated must be 0);
- confident requests among the non-requests (each would acknowledge someone who asked for nothing);
- the BEFORE-tuning figures of the corpus (bench/before_tuning.json, or the corpus's BEFORE.txt), measured
  before anybody fixed the classifier on it: what it does on mail nobody tuned it on.

At the end, a calibration table over all corpora: for each confidence bucket, how often the category with
that confidence was right. `--mismatches` lists every field that differs from its label.

Scans and photos are read by OCR as in production (the worker OCRs) when Tesseract and dsarbot[ocr] are
installed; the first line says whether they were. `--no-ocr` measures what the pipeline does without it.
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dsarbot.pipeline import OcrEngine, analyse, to_label_json
from dsarbot.pipeline.attachments import load_ocr

ROOT = Path(__file__).resolve().parent.parent
BEFORE_FILE = Path(__file__).resolve().parent / "before_tuning.json"
FIELDS = ["category", "kinds", "language", "requester_email", "requester_name", "phone", "hetu", "business_id"]
# Confidence buckets of the calibration table (lower bounds).
BUCKETS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)

Pair = tuple[dict[str, Any], dict[str, Any]]


def _same(name: str, expected: Any, got: Any) -> bool:
    if name == "kinds":
        return set(expected or []) == set(got or [])
    return bool(expected == got)


def load(folder: Path, ocr: OcrEngine | None = None) -> list[Pair]:
    """(label, pipeline output) for every labelled mail in *folder* (scans read by *ocr*, if given)."""
    pairs = []
    for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            label = json.loads(line)
            raw = (folder / label["file"]).read_bytes()
            pairs.append((label, to_label_json(analyse(raw, ocr=ocr), label["file"])))
    return pairs


def _rate(items: list[Pair], name: str) -> float:
    return sum(_same(name, lab[name], got.get(name)) for lab, got in items) / len(items) if items else float("nan")


def opens_case(got: dict[str, Any]) -> bool:
    """The mail opens a case: a request case, or a triage case (the classifier was unsure)."""
    return got["category"] == "request" or bool(got["uncertain"])


def figures(pairs: list[Pair]) -> dict[str, float]:
    """The figures of one corpus."""
    requests = [(lab, got) for lab, got in pairs if lab["category"] == "request"]
    others = [(lab, got) for lab, got in pairs if lab["category"] == "other"]
    automated = [(lab, got) for lab, got in pairs if lab["category"] == "automated"]
    return {
        "mails": len(pairs),
        "requests": len(requests),
        "category": _rate(pairs, "category"),
        "caught": sum(opens_case(got) for _, got in requests),
        "others": len(others),
        "others_to_triage": sum(bool(got["uncertain"]) for _, got in others),
        "others_confident_request": sum(got["category"] == "request" and not got["uncertain"]
                                        for _, got in others + automated),
        "automated": len(automated),
        "automated_to_triage": sum(opens_case(got) for _, got in automated),
        "automated_as_request": sum(got["category"] == "request" for _, got in automated),
        "kinds": _rate(requests, "kinds"),
        "language": _rate(pairs, "language"),
        "address": _rate(requests, "requester_email"),
        "name": _rate(requests, "requester_name"),
    }


@dataclass
class Calibration:
    """Per confidence bucket: how many decisions, how many of them right."""

    counts: dict[float, list[int]] = field(default_factory=lambda: {b: [0, 0] for b in BUCKETS})

    def add(self, pairs: list[Pair]) -> None:
        """Count each mail's category decision in the bucket of its confidence."""
        for lab, got in pairs:
            bucket = max(b for b in BUCKETS if got["confidence"] >= b)
            self.counts[bucket][0] += 1
            self.counts[bucket][1] += lab["category"] == got["category"]

    def lines(self) -> list[str]:
        """The table as text lines."""
        out = ["calibration (all corpora): confidence -> how often the category was right"]
        uppers = [*BUCKETS[1:], 1.0]
        for (low, (n, right)), high in zip(self.counts.items(), uppers, strict=True):
            share = f"{right / n:.3f}" if n else "  -  "
            out.append(f"  {low:.2f}-{high:.2f}  mails {n:4d}  right {right:4d}  share {share}")
        return out


_BEFORE_LINE = re.compile(r"(category|kinds|language|address|name)\s+([01]\.\d+)")
_CAUGHT = re.compile(r"caught (\d+)/(\d+)")


def before_figures(folder: Path, table: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """The before-tuning figures of a corpus: bench/before_tuning.json, else the corpus's BEFORE.txt."""
    if folder.name in table:
        return table[folder.name]
    path = folder / "BEFORE.txt"
    if not path.is_file():
        return None
    head = "\n".join(path.read_text(encoding="utf-8").splitlines()[:3])
    found: dict[str, Any] = {k: float(v) for k, v in _BEFORE_LINE.findall(head)}
    caught = _CAUGHT.search(head)
    if caught:
        found["caught"] = f"{caught.group(1)}/{caught.group(2)}"
    return found or None


def report(name: str, f: dict[str, float], before: dict[str, Any] | None) -> str:
    """The lines printed for one corpus."""
    lines = [
        f"{name:16s} mails {f['mails']:3.0f}  category {f['category']:.3f}  kinds {f['kinds']:.3f}  "
        f"language {f['language']:.3f}  address {f['address']:.3f}  name {f['name']:.3f}",
        f"{'':16s} requests caught {f['caught']:.0f}/{f['requests']:.0f}  non-requests to triage "
        f"{f['others_to_triage']:.0f}/{f['others']:.0f}  automated to triage {f['automated_to_triage']:.0f}/"
        f"{f['automated']:.0f}  confident requests among non-requests {f['others_confident_request']:.0f}  "
        f"automated->request {f['automated_as_request']:.0f}",
    ]
    if before:
        shown = "  ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in before.items()
                          if k != "note")
        lines.append(f"{'':16s} BEFORE tuning: {shown}")
    return "\n".join(lines)


def default_corpora() -> list[Path]:
    """The repository's own labelled corpora, in numeric order."""
    found = [p for p in (ROOT / "tests").glob("corpus_extra*") if (p / "labels.jsonl").is_file()]
    return sorted(found, key=lambda p: int(p.name.removeprefix("corpus_extra") or 1))


def main() -> None:
    """Print the figures of each corpus named on the command line (default: the repository's own)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     epilog="example: python bench/corpus_quality.py tests/corpus_extra16 "
                                            "--mismatches")
    parser.add_argument("corpora", nargs="*", type=Path, help="folders holding *.eml and labels.jsonl")
    parser.add_argument("--mismatches", action="store_true", help="list every field that differs from its label")
    parser.add_argument("--no-ocr", action="store_true", help="do not OCR scans and photos (production does)")
    args = parser.parse_args()
    engine, missing = (None, "--no-ocr was given") if args.no_ocr else load_ocr()
    print("OCR: Tesseract reads scans and photos, as the worker does" if engine else
          f"OCR: off ({missing}); scans and photos are unreadable, as without OCR in production")
    table = {k: v for k, v in json.loads(BEFORE_FILE.read_text(encoding="utf-8")).items() if not k.startswith("_")}
    calibration = Calibration()
    for folder in args.corpora or default_corpora():
        pairs = load(folder, engine)
        calibration.add(pairs)
        print(report(folder.name, figures(pairs), before_figures(folder, table)))
        if args.mismatches:
            misses = [f"  {lab['file']:58s} {f:16s} got={got.get(f)!r} want={lab[f]!r} uncertain={got['uncertain']}"
                      for lab, got in pairs for f in FIELDS if not _same(f, lab[f], got.get(f))]
            print("\n".join(misses) or "  (no mismatches)")
    print("\n".join(calibration.lines()))


if __name__ == "__main__":
    main()
