"""What the kept attachment text saves: the worker's first analysis of a scanned letter (OCR) against every
later one (the Slack card, the dashboard, fulfilment) that puts the kept readings back.

Run:  python bench/kept_text.py [--rounds N]

Prints the milliseconds of analyse() on a "Katso liite." mail with a one-page scanned letter (PNG and
image-only PDF): with Tesseract, as the worker does once; with the kept readings, as every later reader
does; and the size of the sealed readings. Needs `dsarbot[ocr]` and the tesseract-ocr packages.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from support import documents as doc  # noqa: E402  (the same scans the tests use)

from dsarbot.pipeline import analyse  # noqa: E402
from dsarbot.pipeline.attachments import load_ocr  # noqa: E402
from dsarbot.pipeline.attachments.stored import dumps, readings_of  # noqa: E402
from dsarbot.secrets import Sealer, generate_key  # noqa: E402

LETTER = ("Hei,\n\npyydän korjaamaan tietoni asiakasrekisterissänne:\nuusi puhelinnumeroni on 040 765 4300.\n"
          "Osoitteeni on nykyään Rantakatu 5 B 12, 90100 Oulu.\n\nTerveisin\nSari Lehtonen\n131052-308T")


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="analyses timed per case (default 3)")
    args = parser.parse_args()
    engine, missing = load_ocr()
    if engine is None:
        sys.exit(f"OCR is not available: {missing}")
    sealer = Sealer(generate_key())
    scans = {"PNG": ("kirje.png", "image/png", doc.text_image(LETTER)),
             "image-only PDF": ("kirje.pdf", "application/pdf", doc.scanned_pdf([LETTER]))}
    for name, attachment in scans.items():
        raw = doc.mail("Katso liite.", [attachment], sender="sari.lehtonen@example.fi")
        first, ocr_ms = None, []
        for _ in range(args.rounds):
            started = time.perf_counter()
            first = analyse(raw, ocr=engine)
            ocr_ms.append((time.perf_counter() - started) * 1000)
        assert first is not None
        readings = readings_of(first.parsed.attachments)
        kept_ms = []
        for _ in range(args.rounds * 10):
            started = time.perf_counter()
            again = analyse(raw, readings=readings)
            kept_ms.append((time.perf_counter() - started) * 1000)
        same = again.classification == first.classification and again.identity == first.identity
        print(f"{name}: first analysis with OCR {statistics.median(ocr_ms):.0f} ms; later analyses with the kept "
              f"text {statistics.median(kept_ms):.1f} ms (same verdict: {same}); sealed readings "
              f"{len(sealer.seal(dumps(readings)))} bytes")


if __name__ == "__main__":
    main()
