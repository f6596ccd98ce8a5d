"""Word (.docx) and OpenDocument (.odt) text, with the standard library: zipfile and ElementTree.

Both formats are zip archives of XML. A zip bomb (a member inflating to gigabytes, thousands of
members) and an XML entity bomb are refused before parsing: the member is read with a byte cap, and XML
that declares a DTD or entities is not parsed at all (office documents never need one).
"""

from __future__ import annotations

import io
import re
import zipfile
from xml.etree import ElementTree

from dsarbot.pipeline.attachments.limits import Limits
from dsarbot.pipeline.attachments.reading import Reading, found, unreadable

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_ODT_BLOCKS = frozenset({f"{_TEXT}p", f"{_TEXT}h"})
_BLANK_RUNS = re.compile(r"\n{3,}")


def _member(data: bytes, name: str, limits: Limits, what: str) -> bytes | Reading:
    """The bytes of archive member *name*, or a Reading that says why they cannot be had."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError):
        return unreadable(f"damaged {what} (not a valid zip archive)")
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.zip_members:
            return unreadable(f"{what} holds {len(infos)} files (a zip bomb?), not opened")
        try:
            info = archive.getinfo(name)
        except KeyError:
            return unreadable(f"damaged {what} ({name} missing)")
        if info.flag_bits & 0x1:
            return unreadable(f"password-protected {what}")
        try:
            with archive.open(info) as fh:
                xml = fh.read(limits.zip_member_bytes + 1)  # the header's size may lie: read with a cap
        except (zipfile.BadZipFile, OSError, ValueError, RuntimeError, NotImplementedError, EOFError):
            return unreadable(f"damaged {what} (cannot unpack its text)")
    if len(xml) > limits.zip_member_bytes:
        return unreadable(f"{what} text unpacks to over {limits.zip_member_bytes // 2**20} MB (a zip bomb?), not read")
    if b"<!DOCTYPE" in xml or b"<!ENTITY" in xml:
        return unreadable(f"{what} declares XML entities, not read")
    return xml


def _parse(xml: bytes, what: str) -> ElementTree.Element | Reading:
    try:
        return ElementTree.fromstring(xml)
    except ElementTree.ParseError:
        return unreadable(f"damaged {what} (its XML does not parse)")


def _document(data: bytes, member: str, limits: Limits, what: str) -> ElementTree.Element | Reading:
    """The parsed XML *member* of a zipped office document, or the Reading that says why it is unreadable."""
    xml = _member(data, member, limits, what)
    if isinstance(xml, Reading):
        return xml
    return _parse(xml, what)


def read_docx(data: bytes, limits: Limits) -> Reading:
    """Text of a .docx: one line per paragraph, tabs and breaks kept."""
    root = _document(data, "word/document.xml", limits, "Word document")
    if isinstance(root, Reading):
        return root
    lines: list[str] = []
    for para in root.iter(f"{_W}p"):
        pieces: list[str] = []
        for el in para.iter():
            if el.tag == f"{_W}t" and el.text:
                pieces.append(el.text)
            elif el.tag == f"{_W}tab":
                pieces.append("\t")
            elif el.tag in (f"{_W}br", f"{_W}cr"):
                pieces.append("\n")
        lines.append("".join(pieces).strip())
    return found(_join(lines, limits), "docx")


def _odt_text(el: ElementTree.Element, out: list[str]) -> None:
    """Text of an ODF paragraph: spans nested, <text:s c="3"/> spaces, tabs and line breaks."""
    if el.text:
        out.append(el.text)
    for child in el:
        if child.tag == f"{_TEXT}s":
            out.append(" " * int(child.get(f"{_TEXT}c", "1") or 1))
        elif child.tag == f"{_TEXT}tab":
            out.append("\t")
        elif child.tag == f"{_TEXT}line-break":
            out.append("\n")
        elif child.tag not in _ODT_BLOCKS:
            _odt_text(child, out)
        if child.tail:
            out.append(child.tail)


def read_odt(data: bytes, limits: Limits) -> Reading:
    """Text of an OpenDocument text file: one line per paragraph or heading."""
    root = _document(data, "content.xml", limits, "OpenDocument file")
    if isinstance(root, Reading):
        return root
    lines: list[str] = []
    for el in root.iter():
        if el.tag in _ODT_BLOCKS:
            out: list[str] = []
            _odt_text(el, out)
            lines.append("".join(out).strip())
    return found(_join(lines, limits), "odt")


def _join(lines: list[str], limits: Limits) -> str:
    """Paragraph lines as text, blank runs collapsed, capped."""
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()[: limits.max_text_chars]
