"""`dsarbot classify`: run the pure mail pipeline on .eml files and print what it finds."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from dsarbot.cli.common import console

if TYPE_CHECKING:
    from dsarbot.pipeline import OcrEngine

# typer re-wraps each paragraph itself, so paragraphs are single logical lines.
HELP = (
    "Classify raw e-mails (.eml) the way the bot would, without touching the database.\n\n"
    "For each file it shows the category (request / automated / other), the GDPR rights asked for "
    "(access, rectification, erasure, restriction, objection, portability), the requester's language, "
    "reply address and name, how sure the classifier is (\"staff decide\" marks a triage case) and why: "
    "the words of the mail that decided it. Directories are expanded to the *.eml files inside them.\n\n"
    "With --json it prints one JSON object per file and line, with the keys of the corpus labels (file, "
    "category, kinds, language, requester_email, requester_name, phone, hetu, business_id) plus "
    "confidence, uncertain and reasons: handy for scripts and for comparing with labels.jsonl.\n\n"
    "Attachments are read as the worker reads them: PDF text, Word/OpenDocument, plain text, and scans "
    "and photos by OCR when Tesseract and dsarbot[ocr] are installed (--no-ocr skips OCR: faster; scans "
    "are then listed as unreadable in the reasons).\n\n"
    "A file that cannot be read is reported on stderr; the others are still processed and the exit code "
    "is 1.\n\n"
    "Example: `dsarbot classify inbox/0042.eml`, or `dsarbot classify --json tests/corpus_extra/mails > "
    "results.jsonl`, or `dsarbot classify --no-ocr inbox/`\n"
)


def _expand(paths: list[Path]) -> list[Path]:
    """Files as given; directories replaced by their *.eml files (sorted)."""
    out: list[Path] = []
    for path in paths:
        out.extend(sorted(path.glob("*.eml")) if path.is_dir() else [path])
    return out


def classify(
    files: list[Path] = typer.Argument(..., help="E-mail files (.eml) or directories holding them.", metavar="FILE"),
    json_output: bool = typer.Option(
        False, "--json", help="One JSON object per file and line (corpus label keys + confidence, reasons)."
    ),
    ocr: bool = typer.Option(True, "--ocr/--no-ocr", help="OCR scanned and photographed attachments (if installed)."),
) -> None:
    """Classify raw e-mails (.eml) the way the bot would, without touching the database."""
    from dsarbot.pipeline import analyse, to_label_json  # the classifier's vocabulary takes a while to load
    from dsarbot.pipeline.attachments import load_ocr
    from dsarbot.pipeline.attachments.ocr import NOT_AVAILABLE
    from dsarbot.reasons import readable_reasons

    failed = False
    engine: OcrEngine | None = None
    missing = "--no-ocr was given"
    if ocr:
        engine, missing = load_ocr()
    needed_ocr = False
    rows: list[dict[str, object]] = []
    for path in _expand(files):
        try:
            raw = path.read_bytes()
        except OSError as exc:
            print(f"dsarbot classify: cannot read {path}: {exc.strerror or exc}", file=sys.stderr)
            failed = True
            continue
        analysis = analyse(raw, ocr=engine)
        needed_ocr = needed_ocr or any(NOT_AVAILABLE in u for u in analysis.parsed.unreadable)
        row = to_label_json(analysis, path.name)
        # The reasons quote the mail folded and cut at 80 characters; show the writer's own words.
        row["reasons"] = readable_reasons(list(analysis.classification.reasons), analysis.parsed.text)
        if json_output:
            _write_line(json.dumps(row, ensure_ascii=False))
        else:
            rows.append(row)
    if not json_output and rows:
        _print_table(rows)
    if needed_ocr and ocr:
        print(f"dsarbot classify: scans were not OCR'd: {missing}", file=sys.stderr)
    if failed:
        raise typer.Exit(code=1)


def _write_line(line: str) -> None:
    """One line of UTF-8 on stdout whatever the locale says (JSON lines are read by scripts)."""
    data = (line + "\n").encode("utf-8", "replace")  # "replace": never a lone surrogate on the wire
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a text-only stream (e.g. a test runner's capture)
        sys.stdout.write(data.decode("utf-8"))
    else:
        sys.stdout.flush()
        buffer.write(data)
    sys.stdout.flush()


def _print_table(rows: list[dict[str, object]]) -> None:
    from rich.table import Table

    table = Table(title="dsarbot classify", show_lines=False)
    for col in ("file", "category", "kinds", "language", "requester", "confidence", "why"):
        table.add_column(col, overflow="fold", ratio=3 if col == "why" else None)
    for row in rows:
        kinds = row["kinds"]
        reasons = row["reasons"]
        requester = " ".join(str(v) for v in (row["requester_name"], row["requester_email"]) if v)
        confidence = f"{row['confidence']:.2f}" + (" (staff decide)" if row["uncertain"] else "")
        table.add_row(
            str(row["file"]),
            str(row["category"]),
            ", ".join(kinds) if isinstance(kinds, list) else "",
            str(row["language"]),
            requester or "-",
            confidence,
            "\n".join(f"• {r}" for r in reasons) if isinstance(reasons, list) and reasons else "-",
        )
    console.print(table)


classify.__doc__ = HELP
