"""Reading attachments: seconds per OCR'd page, and what text layers and hostile files cost.

Run:  python bench/ocr.py [--pages N]

Prints, on this machine, the seconds Tesseract (fin+swe+eng, one thread) takes per page of a scanned A4
letter at 200 dpi (a dense page of ~45 lines and a sparse one), per 12-megapixel phone photo of a page,
the milliseconds a text-layer PDF, a 500-page PDF, a PDF stream bomb and a PNG decompression bomb take,
and analyse() throughput on mail with a text-layer PDF. Target: a page of OCR <= 10 s on the 2-core
build machine (exit code 1 when missed). Needs `dsarbot[ocr]` and the tesseract-ocr packages.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from support import documents as doc  # noqa: E402  (test document builders: the same files the tests use)

from dsarbot.pipeline import analyse  # noqa: E402
from dsarbot.pipeline.attachments import LIMITS, load_ocr, read_attachments  # noqa: E402
from dsarbot.pipeline.parse import parse  # noqa: E402

TARGET_SECONDS_PER_PAGE = 10.0
SENTENCE = ("Pyydän saada jäljennöksen kaikista minua koskevista henkilötiedoista sekä tiedon siitä, "
            "mihin tarkoitukseen niitä käsitellään.")
DENSE = "\n".join(SENTENCE[i % 40: i % 40 + 70] for i in range(45))
SPARSE = "Hei,\n\npyydän poistamaan kaikki minua koskevat tiedot.\n\nTerveisin\nMatti Meikäläinen\n040 123 4567"


def seconds(fn: Callable[[], object], rounds: int) -> list[float]:
    """Wall-clock seconds of each of *rounds* calls."""
    out = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        out.append(time.perf_counter() - started)
    return out


def read(name: str, ctype: str, data: bytes, ocr: object, **limits: float) -> Callable[[], object]:
    """A call that reads one attachment the way the worker does."""
    parsed = parse(doc.mail("Katso liite.", [(name, ctype, data)]))
    return lambda: read_attachments(parsed, ocr=ocr, limits=replace(LIMITS, **limits))  # type: ignore[arg-type]


def main() -> int:
    """Print the figures; 1 when a page of OCR took longer than the target."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="repetitions per figure (median is printed)")
    args = parser.parse_args()
    engine, missing = load_ocr()
    if engine is None:
        print(f"no OCR: {missing}")
        return 1
    worst = 0.0
    for label, data, ctype, name in (
        ("scanned A4 page, dense (45 lines)", doc.scanned_pdf([DENSE]), "application/pdf", "scan.pdf"),
        ("scanned A4 page, sparse letter", doc.scanned_pdf([SPARSE]), "application/pdf", "scan.pdf"),
        ("12 MP phone photo of a page (JPEG)", doc.text_image(DENSE, size=(3000, 4000), font_size=58, fmt="JPEG"),
         "image/jpeg", "IMG_0001.jpg"),
    ):
        median = statistics.median(seconds(read(name, ctype, data, engine), args.rounds))
        worst = max(worst, median)
        print(f"OCR {label:40s} {median:6.2f} s/page")
    five = seconds(read("s.pdf", "application/pdf", doc.scanned_pdf([SPARSE] * 5), engine), 1)[0]
    print(f"OCR 5-page scanned letter (the mail's limit)  {five:6.2f} s")
    for label, data, ctype in (
        ("text-layer PDF, 1 page", doc.text_pdf([SPARSE]), "application/pdf"),
        ("text-layer PDF, 500 pages (40 read)", doc.text_pdf([DENSE] * 500), "application/pdf"),
        ("PDF stream bomb (200 MB of zeros)", doc.text_pdf([SPARSE], deflate_extra=200_000_000), "application/pdf"),
        ("PNG decompression bomb (10^10 pixels)", doc.png_bomb(), "image/png"),
        ("encrypted PDF (password)", doc.encrypted_pdf(SPARSE, "x"), "application/pdf"),
        (".docx letter", doc.docx(SPARSE.split("\n")), "application/octet-stream"),
    ):
        median = statistics.median(seconds(read("f", ctype, data, None), args.rounds))
        print(f"read {label:40s} {median * 1000:8.1f} ms")
    raw = doc.mail("Katso liite.", [("kirje.pdf", "application/pdf", doc.text_pdf([SPARSE]))])
    n = 300
    started = time.perf_counter()
    for _ in range(n):
        analyse(raw)
    print(f"analyse() with a 1-page text PDF attached     {n / (time.perf_counter() - started):8.0f} msg/s")
    print(f"worst OCR page: {worst:.2f} s (target <= {TARGET_SECONDS_PER_PAGE:.0f} s)")
    return 0 if worst <= TARGET_SECONDS_PER_PAGE else 1


if __name__ == "__main__":
    sys.exit(main())
