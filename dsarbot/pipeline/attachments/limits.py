"""Bounds on reading attachments: bytes, pages, pixels and seconds per mail.

Mail is hostile: a 500-page PDF, a decompression bomb (a 40 kB PNG that claims 100,000 x 100,000 pixels,
a .docx whose XML inflates to gigabytes), an encrypted or truncated PDF must cost at most a bounded
amount of work. Every reader checks these limits before the expensive step, and a :class:`Budget`
shared by all attachments of one mail stops the work when the mail's time or OCR pages are spent.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Limits:
    """How much reading one mail's attachments may cost (the defaults suit a 2-core machine)."""

    max_attachments: int = 10
    """Documents read per mail; the rest are listed as not read."""
    max_bytes: int = 25 * 1024 * 1024
    """A larger attachment is not opened."""
    max_text_chars: int = 40_000
    """Text kept per attachment (the words that matter come first)."""
    pdf_pages: int = 40
    """Pages of a PDF whose text layer is read."""
    ocr_pages: int = 5
    """Pages or images OCR'd per mail (at most ~10 s each)."""
    ocr_dpi: int = 200
    """Resolution a PDF page is rendered at for OCR (A4: 1654 x 2339 pixels)."""
    max_pixels: int = 40_000_000
    """An image claiming more pixels is refused unread: a decompression bomb or a poster."""
    max_decoded_bytes: int = 80 * 1024 * 1024
    """An image whose decoded pixels need more memory than this is refused (a colour PNG over 20 MP; a grey
    600 dpi A4 scan fits, and a JPEG is decoded at a reduced scale): the whole process stays within its memory."""
    ocr_pixels: int = 8_000_000
    """Larger photos are scaled down to this before OCR (Tesseract's time grows with pixels)."""
    ocr_seconds_per_page: float = 20.0
    """Tesseract is stopped after this long on one page."""
    seconds_per_mail: float = 60.0
    """All reading of one mail's attachments stops after this long; what is left is listed as not read."""
    zip_member_bytes: int = 8 * 1024 * 1024
    """Uncompressed XML read from a .docx/.odt; a member inflating beyond it is a zip bomb."""
    zip_members: int = 2000
    """A .docx/.odt with more files than this is not opened."""
    min_image_bytes: int = 12_000
    """Smaller images are logos, icons and tracking pixels: not OCR'd."""
    min_image_side: int = 300
    """Images narrower or lower than this (pixels) are decorations: not OCR'd."""


LIMITS = Limits()


@dataclass
class Budget:
    """What is left of one mail's allowance while its attachments are read."""

    limits: Limits
    started: float = field(default_factory=time.monotonic)
    ocr_pages: int = 0

    @property
    def seconds_left(self) -> float:
        """Seconds until the mail's reading time is spent (never negative)."""
        return max(0.0, self.limits.seconds_per_mail - (time.monotonic() - self.started))

    @property
    def spent(self) -> bool:
        """True when no reading time is left."""
        return self.seconds_left <= 0.0

    def take_ocr_page(self) -> bool:
        """Count one page or image for OCR; False when the mail's OCR pages or time are spent."""
        if self.ocr_pages >= self.limits.ocr_pages or self.spent:
            return False
        self.ocr_pages += 1
        return True

    def ocr_timeout(self) -> float:
        """Seconds Tesseract may take on the next page: the per-page cap, within the mail's time."""
        return max(1.0, min(self.limits.ocr_seconds_per_page, self.seconds_left))
