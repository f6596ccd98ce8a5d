"""What an attachment really is, from its first bytes and its name (the declared type often lies).

A phone sends a .txt as ``application/octet-stream``, a PDF arrives as ``application/x-download``, a
photo as ``application/octet-stream``: the magic bytes decide, the file name breaks ties, and the
declared type comes last.
"""

from __future__ import annotations

import codecs
from typing import Literal

from dsarbot.pipeline.textutil import decode_bytes, html_to_text, tidy
from dsarbot.pipeline.types import Attachment

Shape = Literal["pdf", "docx", "odt", "text", "html", "image", "legacy", "other"]

_IMAGE_MAGIC = (
    b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*", b"BM",
)
_TEXT_EXT = (".txt", ".text", ".asc", ".log")
_HTML_EXT = (".htm", ".html")
# Formats people do send their letters in, that dsarbot does not read: staff are told.
_LEGACY = {
    ".doc": "Word 97-2003 document (.doc)", ".rtf": "RTF document", ".pages": "Apple Pages document",
    ".wpd": "WordPerfect document", ".heic": "HEIC photo", ".heif": "HEIF photo",
}
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def shape(att: Attachment) -> Shape:
    """The kind of content in *att* (pdf, docx, odt, text, html, image, legacy, other)."""
    data, name, ctype = att.data, (att.filename or "").lower(), att.content_type
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        if b"mimetypeapplication/vnd.oasis.opendocument.text" in head[:100]:
            return "odt"
        return "docx" if name.endswith(".docx") or "wordprocessingml" in ctype or b"word/" in data[:4096] else "other"
    if head.startswith(_IMAGE_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return "image"
    if legacy_format(att):
        return "legacy"
    if name.endswith(_HTML_EXT) or ctype == "text/html":
        return "html"
    if (name.endswith(_TEXT_EXT) or ctype == "text/plain") and looks_like_text(data):
        return "text"
    return "other"


def legacy_format(att: Attachment) -> str | None:
    """Plain words for a document format that is not read (an old .doc, RTF, HEIC), else None."""
    name = (att.filename or "").lower()
    for ext, words in _LEGACY.items():
        if name.endswith(ext):
            return words
    if att.data[:8] == _OLE and name.endswith((".doc", ".dot")):
        return _LEGACY[".doc"]
    if att.data[:5] == b"{\\rtf":
        return _LEGACY[".rtf"]
    return None


_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def looks_like_text(data: bytes) -> bool:
    """Text, not binary: a BOM, or no NUL bytes and few control characters in the first 4 kB."""
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return True
    head = data[:4096]
    if b"\x00" in head:
        return False
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls <= len(head) // 100


def text_of(data: bytes, charset: str | None, as_html: bool) -> str:
    """Decoded text of a text or HTML attachment: BOM first, then the declared charset, UTF-8, cp1252."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = data.decode(codec, errors="replace")
            break
    else:
        text, _ = decode_bytes(data, charset)
    return html_to_text(text) if as_html else tidy(text)
