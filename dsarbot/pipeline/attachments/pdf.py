"""PDF text: the text layer with pypdf, OCR for pages that have none (scans) when an engine is given.

Bounded: at most ``limits.pdf_pages`` pages are read, the mail's time budget is checked between pages,
pypdf's own caps stop stream decompression bombs, and an encrypted PDF is opened only when it needs
no password (many are "encrypted" just to forbid printing).
"""

from __future__ import annotations

import io
import logging

from dsarbot.pipeline.attachments.limits import Budget, Limits
from dsarbot.pipeline.attachments.ocr import NOT_AVAILABLE, OcrEngine, ocr_pdf_pages
from dsarbot.pipeline.attachments.reading import Reading, found, unreadable

# pypdf warns through logging about every oddity of a damaged file; the outcome is on the Reading instead.
logging.getLogger("pypdf").setLevel(logging.ERROR)

_MIN_LAYER_CHARS = 20
"""A page whose text layer has fewer visible characters than this is treated as a scan."""


def _open(data: bytes) -> object:
    """A pypdf reader, or a Reading that says why the PDF cannot be opened."""
    from pypdf import PasswordType, PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                if reader.decrypt("") == PasswordType.NOT_DECRYPTED:
                    return unreadable("encrypted PDF (needs a password)", "pdf")
            except Exception:  # unknown or broken encryption
                return unreadable("encrypted PDF (cannot be decrypted)", "pdf")
        return reader
    except Exception:  # pypdf raises many types on damaged files
        return unreadable("damaged PDF (could not be opened)", "pdf")


_TICKED_VALUES = frozenset({"/yes", "/on", "/1", "/true", "/x", "/valittu", "/ja"})
_MAX_FIELDS = 200


def form_fields(reader: object) -> str:
    """A fillable form's answers as lines ("Nimi: Matti", "[X] Haluan tarkastaa tietoni"); they are not in
    the text layer. Unticked boxes and empty fields are left out; a field is named by its tooltip if any."""
    try:
        fields = reader.get_fields() or {}  # type: ignore[attr-defined]
    except Exception:
        return ""
    lines: list[str] = []
    for name, field in list(fields.items())[:_MAX_FIELDS]:
        value = field.get("/V")
        label = str(field.get("/TU") or name).strip()
        if value is None or str(value).strip() in ("", "/Off"):
            continue
        text = str(value).strip()
        if text.startswith("/"):  # a checkbox or radio button's state name
            lines.append(f"[X] {label}" if text.lower() in _TICKED_VALUES or field.get("/FT") == "/Btn" else "")
        else:
            lines.append(f"{label}: {text}")
    return "\n".join(ln for ln in lines if ln)


def read_pdf(data: bytes, limits: Limits, budget: Budget, engine: OcrEngine | None) -> Reading:
    """Text of a PDF: its text layer, plus OCR of the pages without one (within the budget)."""
    reader = _open(data)
    if isinstance(reader, Reading):
        return reader
    try:
        count = len(reader.pages)  # type: ignore[attr-defined]
    except Exception:
        return unreadable("damaged PDF (its pages cannot be found)", "pdf")
    if count == 0:
        return unreadable("PDF without pages", "pdf")
    texts: dict[int, str] = {}
    notes: list[str] = []
    scans: list[int] = []
    for index in range(min(count, limits.pdf_pages)):
        if budget.spent:
            notes.append(f"time limit reached after {index} pages")
            break
        try:
            text = reader.pages[index].extract_text() or ""  # type: ignore[attr-defined]
        except Exception:  # one damaged page must not lose the others
            text = ""
            notes.append(f"page {index + 1} damaged")
        texts[index] = text
        if len("".join(text.split())) < _MIN_LAYER_CHARS:
            scans.append(index)
    if count > limits.pdf_pages:
        notes.append(f"read the first {limits.pdf_pages} of {count} pages")
    answers = form_fields(reader)
    if answers:
        texts[count] = answers  # after the pages: the form's printed questions come first
    return _with_ocr(data, texts, scans, notes, limits, budget, engine)


def _with_ocr(
    data: bytes, texts: dict[int, str], scans: list[int], notes: list[str], limits: Limits, budget: Budget,
    engine: OcrEngine | None,
) -> Reading:
    """Fill the scanned pages in by OCR (if any and possible) and make the Reading."""
    layer_text = "\n\n".join(texts[i].strip() for i in sorted(texts) if texts[i].strip())
    if not scans:
        return found(layer_text[: limits.max_text_chars], "pdf", "; ".join(notes))
    if engine is None:
        if layer_text.strip():
            notes.append(f"{len(scans)} scanned page(s) not read: {NOT_AVAILABLE}")
            return found(layer_text[: limits.max_text_chars], "pdf", "; ".join(notes))
        return unreadable(f"no text layer (a scan?), {NOT_AVAILABLE}", "pdf")
    ocr_texts, problems = ocr_pdf_pages(data, scans, limits, budget, engine)
    texts.update({i: t for i, t in ocr_texts.items() if t.strip()})
    text = "\n\n".join(texts[i].strip() for i in sorted(texts) if texts[i].strip())[: limits.max_text_chars]
    notes += problems
    if not text.strip():
        if problems:
            return unreadable("scanned PDF: " + "; ".join(problems), "ocr")
        return found("", "ocr", "no text found (OCR)")
    return found(text, "ocr" if any(t.strip() for t in ocr_texts.values()) else "pdf", "; ".join(notes))
