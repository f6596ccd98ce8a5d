"""OCR of scans and photos with Tesseract: images through Pillow, PDF pages rendered by pypdfium2.

Optional (``pip install 'dsarbot[ocr]'`` plus the Debian packages ``tesseract-ocr``, ``-fin``, ``-swe``,
``-eng``). :func:`load_ocr` returns None when any part is missing, and the readers then list scans as
"OCR not available" for staff. OCR is slow (seconds a page), so it runs only where the caller passes an
engine: the worker's processing and ``dsarbot classify``, never the SMTP/IMAP/LMTP intake.

Pixels are checked from the image header before anything is decoded (decompression bombs), photos are
scaled down before OCR, and Tesseract is stopped after a per-page timeout.
"""

from __future__ import annotations

import io
import math
import os
import re
from typing import Any, Protocol

from dsarbot.pipeline.attachments.limits import Budget, Limits
from dsarbot.pipeline.attachments.reading import Reading, found, skipped, unreadable

DEFAULT_LANGUAGES = "fin+swe+eng"
NOT_AVAILABLE = "OCR not available (install dsarbot[ocr] and Tesseract)"


# Tesseract reads a printed "@" as "&", "©" or "®" often enough to lose the address a letter asks the reply to.
_AT = re.compile(r"(?<=[\w.+-])[&©®](?=[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b)", re.IGNORECASE)


def mended(text: str) -> str:
    """OCR text with the usual misreadings of "@" in e-mail addresses put right."""
    return _AT.sub("@", text)


class OcrEngine(Protocol):
    """Turns one page image (a Pillow image) into text within *timeout* seconds."""

    def recognise(self, image: Any, timeout: float) -> str:
        """The text on *image*; raises OcrTimeout when it takes longer than *timeout*."""
        ...


class OcrTimeout(Exception):
    """The OCR engine was stopped at its time limit."""


class TesseractOcr:
    """The Tesseract command-line engine through pytesseract (one process per page)."""

    def __init__(self, languages: str = DEFAULT_LANGUAGES) -> None:
        import pytesseract

        self._tesseract = pytesseract
        self.languages = languages
        # One thread per page: Tesseract's OpenMP threads spin on a busy 2-core machine and made pages
        # slower, not faster; the worker reads one mail at a time anyway.
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")

    def recognise(self, image: Any, timeout: float) -> str:
        """Text of *image* in the configured languages (page segmentation: automatic)."""
        try:
            return str(self._tesseract.image_to_string(image, lang=self.languages, timeout=timeout))
        except RuntimeError as exc:  # pytesseract signals its timeout as RuntimeError
            if "timeout" in str(exc).lower():
                raise OcrTimeout(str(exc)) from None
            raise


def load_ocr(languages: str = DEFAULT_LANGUAGES) -> tuple[OcrEngine | None, str]:
    """An engine when pytesseract, Pillow, pypdfium2 and the tesseract program with *languages* are there.

    Returns (engine, "") or (None, what is missing, in words an operator can act on).
    """
    try:
        import PIL.Image  # noqa: F401
        import pypdfium2  # noqa: F401
        import pytesseract
    except ImportError as exc:
        return None, f"the OCR extra is not installed ({exc.name}): pip install 'dsarbot[ocr]'"
    try:
        installed = set(pytesseract.get_languages(config=""))
    except Exception:  # TesseractNotFoundError and friends: the program is missing or broken
        return None, "the tesseract program is missing: apt-get install tesseract-ocr"
    missing = [lang for lang in languages.split("+") if lang not in installed]
    if missing:
        packages = " ".join(f"tesseract-ocr-{m}" for m in missing)
        return None, f"Tesseract lacks the language(s) {', '.join(missing)}: apt-get install {packages}"
    return TesseractOcr(languages), ""


# Pillow keeps one byte a pixel for bitonal, grey and palette images, four for colour (RGB is stored as RGBX).
_BYTES_PER_PIXEL = {"1": 1, "L": 1, "P": 1, "I;16": 2}
# EXIF orientation -> the transpose that makes a phone photo upright.
_UPRIGHT = {2: "FLIP_LEFT_RIGHT", 3: "ROTATE_180", 4: "FLIP_TOP_BOTTOM", 5: "TRANSPOSE", 6: "ROTATE_270",
            7: "TRANSVERSE", 8: "ROTATE_90"}


def _prepared(image: Any, limits: Limits) -> Any:
    """Grey, no larger than ``limits.ocr_pixels``, upright. Grey first: one byte a pixel before any copy."""
    from PIL import Image

    orientation = image.getexif().get(0x0112)
    grey = image.convert("L")
    w, h = grey.size
    if w * h > limits.ocr_pixels:
        scale = math.sqrt(limits.ocr_pixels / (w * h))
        grey = grey.resize((max(1, int(w * scale)), max(1, int(h * scale))), Image.Resampling.LANCZOS)
    if orientation in _UPRIGHT:
        grey = grey.transpose(getattr(Image.Transpose, _UPRIGHT[orientation]))
    return grey


def _recognise(engine: OcrEngine, image: Any, budget: Budget) -> tuple[str, str]:
    """(text, problem) for one page image within the budget's time."""
    timeout = budget.ocr_timeout()
    try:
        return mended(engine.recognise(image, timeout)), ""
    except OcrTimeout:
        return "", f"OCR stopped after {timeout:.0f} s"
    except Exception as exc:  # a Tesseract crash on one page must not lose the mail
        return "", f"OCR failed ({type(exc).__name__})"


def read_image(data: bytes, limits: Limits, budget: Budget, engine: OcrEngine | None) -> Reading:
    """OCR text of a photo or scan (every frame of a multi-page TIFF fax, within the budget)."""
    from PIL import Image, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data))  # reads the header only: the size is known before decoding
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError) as exc:
        if isinstance(exc, Image.DecompressionBombError):
            return unreadable("image claims too many pixels (a decompression bomb?), not opened")
        return unreadable("damaged or unknown image format")
    with image:
        w, h = image.size
        if w * h > limits.max_pixels:
            return unreadable(f"image too large ({w} x {h} pixels), not opened")
        if w < limits.min_image_side or h < limits.min_image_side:
            return skipped("small image (a logo or icon)")
        if engine is None:
            return unreadable(f"image, {NOT_AVAILABLE}")
        if image.format == "JPEG":
            # Decode a big photo at 1/2, 1/4 or 1/8 scale straight away: less memory and time than resizing later.
            scale = math.sqrt(limits.ocr_pixels / (w * h)) if w * h > limits.ocr_pixels else 1.0
            image.draft("L", (int(w * scale), int(h * scale)))
        decoded = image.size[0] * image.size[1] * _BYTES_PER_PIXEL.get(image.mode, 4)
        if decoded > limits.max_decoded_bytes:
            return unreadable(f"image too large to decode ({w} x {h} pixels, {image.mode}), not opened")
        texts, problems = [], []
        for frame in range(getattr(image, "n_frames", 1) or 1):
            if not budget.take_ocr_page():
                problems.append("OCR limit reached")
                break
            try:
                image.seek(frame)
                page = _prepared(image, limits)
            except (OSError, ValueError, EOFError):
                problems.append("damaged image data")
                break
            text, problem = _recognise(engine, page, budget)
            texts.append(text)
            if problem:
                problems.append(problem)
    return _result("\n\n".join(t.strip() for t in texts if t.strip()), problems, "image")


def _result(text: str, problems: list[str], what: str) -> Reading:
    if text.strip():
        return found(text, "ocr", "; ".join(problems))
    if problems:
        return unreadable(f"{what}: {'; '.join(problems)}", "ocr")
    return found("", "ocr", "no text found by OCR")


def _render(pdf: Any, index: int, limits: Limits) -> tuple[Any, str]:
    """(image, "") of page *index* at ``limits.ocr_dpi`` (fewer pixels for huge pages), or (None, problem)."""
    import pypdfium2 as pdfium

    try:
        page = pdf[index]
        try:
            width, height = page.get_size()  # points (1/72 inch)
            scale = limits.ocr_dpi / 72
            if width * height * scale * scale > limits.ocr_pixels:
                scale = math.sqrt(limits.ocr_pixels / max(1.0, width * height))
            return page.render(scale=scale, grayscale=True).to_pil(), ""
        finally:
            page.close()
    except (pdfium.PdfiumError, ValueError, MemoryError) as exc:
        return None, f"page {index + 1} could not be rendered ({type(exc).__name__})"


def ocr_pdf_pages(
    data: bytes, pages: list[int], limits: Limits, budget: Budget, engine: OcrEngine
) -> tuple[dict[int, str], list[str]]:
    """OCR text per page index for *pages* of a PDF, as many as the mail's budget allows, and the problems."""
    import pypdfium2 as pdfium

    texts: dict[int, str] = {}
    problems: list[str] = []
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return texts, ["the PDF could not be rendered for OCR"]
    try:
        for index in pages:
            if not budget.take_ocr_page():
                problems.append(f"pages from {index + 1} on not OCR'd (at most {limits.ocr_pages} pages and "
                                f"{limits.seconds_per_mail:.0f} s per mail)")
                break
            image, problem = _render(pdf, index, limits)
            if image is None:
                problems.append(problem)
                continue
            text, problem = _recognise(engine, image, budget)
            texts[index] = text
            if problem:
                problems.append(f"page {index + 1}: {problem}")
    finally:
        pdf.close()
    return texts, problems
