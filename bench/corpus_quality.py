"""Recognition quality of the pipeline on labelled corpora: the figures the README reports.

Run:  python bench/corpus_quality.py [CORPUS_DIR ...] [--mismatches]

Without arguments it measures the development corpus (../shared/corpus/dev) and every independent
corpus under tests/corpus_extra*/. Per corpus it prints: category accuracy, how many automated mails
were taken for requests (must be 0), kinds / requester address / name accuracy over the requests, and
language accuracy over all mail. `--mismatches` lists every field that differs from its label.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from dsarbot.pipeline import analyse, to_label_json

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ["category", "kinds", "language", "requester_email", "requester_name", "phone", "hetu", "business_id"]


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
    folders = args.corpora or [ROOT.parent / "shared" / "corpus" / "dev",
                               *sorted(p for p in (ROOT / "tests").glob("corpus_extra*") if p.is_dir())]
    for folder in folders:
        figures, misses = measure(folder)
        print(f"{folder.name:14s} mails {figures['mails']:3.0f}  category {figures['category']:.3f}  "
              f"automated->request {figures['automated_as_request']:.0f}  kinds {figures['kinds']:.3f}  "
              f"language {figures['language']:.3f}  address {figures['address']:.3f}  name {figures['name']:.3f}")
        if args.mismatches:
            print("\n".join(misses) or "  (no mismatches)")


if __name__ == "__main__":
    main()
