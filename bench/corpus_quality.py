"""Recognition quality of the pipeline on labelled corpora: the figures the README reports.

Run:  python bench/corpus_quality.py [CORPUS_DIR ...] [--mismatches]

Without arguments it measures every corpus in the repository (tests/corpus_extra*/); name another
folder (e.g. ../shared/corpus/dev) to measure that one. Per corpus it prints: category accuracy, how
many automated mails were taken for requests (must be 0), kinds / requester address / name accuracy
over the requests, and language accuracy over all mail. `--mismatches` lists every field that differs
from its label.

Under each corpus it also prints its figures *before tuning*: measured when the set first met the
classifier, before any fix for its misses (the set then joined CI as a regression test, see
tests/test_pipeline_corpora.py). Those are the measure of generalisation; today's figures are not.
They come from the corpus's BEFORE.txt when it has one, else from the table below (as in the README).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

from dsarbot.pipeline import analyse, to_label_json

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ["category", "kinds", "language", "requester_email", "requester_name", "phone", "hetu", "business_id"]
# Before tuning (category, kinds exactly right, requester address), as measured when each set arrived.
BEFORE_TUNING = {
    "corpus_extra": (0.89, 0.83, 0.90), "corpus_extra2": (0.82, 0.57, 0.82), "corpus_extra3": (0.975, 0.91, 1.00),
    "corpus_extra4": (0.825, 0.68, 0.85), "corpus_extra5": (0.97, 0.85, 0.97), "corpus_extra6": (0.90, 0.65, 0.93),
    "corpus_extra7": (0.925, 0.81, 0.96), "corpus_extra8": (0.78, 0.55, 0.73), "corpus_extra9": (0.86, 0.77, 0.86),
    "corpus_extra10": (0.94, 0.73, 0.95), "corpus_extra11": (1.00, 1.00, 1.00), "corpus_extra12": (0.84, 0.77, 0.82),
    "corpus_extra13": (0.87, 0.62, 0.85), "corpus_extra14": (0.88, 0.42, 0.92), "corpus_extra15": (0.94, 0.90, 0.95),
    "corpus_extra16": (0.91, 0.56, 0.83),
}
_BEFORE_LINE = re.compile(r"\b(category|kinds|language|address|name)\s+([01]\.\d+)")


def before_tuning(folder: Path) -> str | None:
    """The corpus's before-tuning figures in words, or None when they were never recorded."""
    record = folder / "BEFORE.txt"
    if record.is_file():
        head = "\n".join(record.read_text(encoding="utf-8").splitlines()[:4])
        figures = dict(_BEFORE_LINE.findall(head))
        if figures:
            return "  ".join(f"{k} {v}" for k, v in figures.items())
    known = BEFORE_TUNING.get(folder.name)
    if known is None:
        return None
    return f"category {known[0]:.3f}  kinds {known[1]:.3f}  address {known[2]:.3f}"


def _same(field: str, expected: Any, got: Any) -> bool:
    if field == "kinds":
        return set(expected or []) == set(got or [])
    return bool(expected == got)


def measure(folder: Path) -> tuple[dict[str, float], list[str]]:
    """Figures for the corpus in *folder* and one line per mismatching field."""
    pairs = []
    for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            label = json.loads(line)
            pairs.append((label, to_label_json(analyse((folder / label["file"]).read_bytes()), label["file"])))
    requests = [(lab, got) for lab, got in pairs if lab["category"] == "request"] or pairs

    def rate(items: list[tuple[dict[str, Any], dict[str, Any]]], field: str) -> float:
        return sum(_same(field, lab[field], got.get(field)) for lab, got in items) / len(items)

    figures = {
        "mails": len(pairs),
        "category": rate(pairs, "category"),
        "automated_as_request": sum(lab["category"] == "automated" and got["category"] == "request"
                                    for lab, got in pairs),
        "kinds": rate(requests, "kinds"),
        "language": rate(pairs, "language"),
        "address": rate(requests, "requester_email"),
        "name": rate(requests, "requester_name"),
    }
    misses = [f"  {lab['file']:58s} {f:16s} got={got.get(f)!r} want={lab[f]!r}"
              for lab, got in pairs for f in FIELDS if not _same(f, lab[f], got.get(f))]
    return figures, misses


def main() -> None:
    """Print the figures of each corpus named on the command line (default: all of them)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="*", type=Path, help="folders holding *.eml and labels.jsonl")
    parser.add_argument("--mismatches", action="store_true", help="list every field that differs from its label")
    args = parser.parse_args()
    folders = args.corpora or sorted((p for p in (ROOT / "tests").glob("corpus_extra*") if p.is_dir()),
                                     key=lambda p: int(p.name.removeprefix("corpus_extra") or 1))
    for folder in folders:
        figures, misses = measure(folder)
        print(f"{folder.name:14s} mails {figures['mails']:3.0f}  category {figures['category']:.3f}  "
              f"automated->request {figures['automated_as_request']:.0f}  kinds {figures['kinds']:.3f}  "
              f"language {figures['language']:.3f}  address {figures['address']:.3f}  name {figures['name']:.3f}")
        before = before_tuning(folder)
        if before:
            print(f"{'':14s} before tuning: {before}")
        if args.mismatches:
            print("\n".join(misses) or "  (no mismatches)")


if __name__ == "__main__":
    main()
