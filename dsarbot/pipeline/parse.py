"""Raw RFC 5322 bytes -> :class:`ParsedMessage`. Total: any input, even garbage, gives a result.

The stdlib parser does the MIME work with ``policy.compat32``: header *values* are decoded here from the
raw strings, never through ``policy.default``'s header objects, which raise on some malformed values and
made parsing about seven times slower (1.2 ms against 0.17 ms a corpus mail on the build machine).
"""

from __future__ import annotations

import binascii
import quopri
import re
from collections.abc import Callable
from dataclasses import replace
from email import message_from_bytes, policy
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime
from typing import TypeVar

from dsarbot.pipeline.banners import strip_banners, strip_subject_tags
from dsarbot.pipeline.quotes import find_inline_forward, split_own
from dsarbot.pipeline.textutil import decode_bytes, decode_header_text, html_to_text, tidy
from dsarbot.pipeline.types import Attachment, Forwarded, ParsedMessage

_MSGID = re.compile(r"<[^<>\s]+>")
_ADDR = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
_ANGLE = re.compile(r"^\s*(.*?)\s*<\s*([^<>\s]+@[^<>\s]+)\s*>\s*$", re.DOTALL)
T = TypeVar("T")
D = TypeVar("D")
_MAX_DEPTH = 6  # nested forwards; deeper nesting is ignored (and is a defect)


def _safe(fn: Callable[[], T], default: D) -> T | D:
    """Run *fn*; on any exception return *default* (mail headers are untrusted)."""
    try:
        return fn()
    except Exception:
        return default


def repair_8bit(value: str) -> str:
    """*value* with raw 8-bit header bytes (kept by the parser as surrogate escapes) decoded.

    Old mail clients put unencoded bytes such as an ``ä`` into From/Reply-To. The defined repair is
    the one :func:`decode_header_text` makes: the bytes are read as UTF-8, else as cp1252, so no lone
    surrogate ever leaves the parser (it could not be stored, logged or printed as UTF-8).
    """
    if value.isascii():
        return value
    try:
        value.encode("utf-8")  # fast path: nothing escaped
        return value
    except UnicodeEncodeError:
        pass
    try:
        raw = value.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that no byte made: nothing to recover
        raw = value.encode("utf-8", "replace")
    return decode_bytes(raw, None)[0]


_CHARSET = re.compile(r"""charset\s*=\s*["']?([^"';\s]+)""", re.IGNORECASE)


def _raw_header(part: Message, name: str) -> str:
    """Raw value of header *name* without the policy's (slow, sometimes raising) header parser."""
    for key, value in _safe(part.raw_items, []):
        if key.lower() == name:
            return repair_8bit(str(value))
    return ""


def content_type(part: Message) -> str:
    """Lower-case maintype/subtype; RFC 2045 defaults (text/plain; message/rfc822 in a digest)."""
    value = _raw_header(part, "content-type").split(";", 1)[0].strip().lower()
    if "/" in value and " " not in value:
        return value
    return "message/rfc822" if part.get_default_type() == "message/rfc822" else "text/plain"


def _charset(part: Message) -> str | None:
    m = _CHARSET.search(_raw_header(part, "content-type"))
    return m.group(1) if m else None


def _raw_headers(msg: Message) -> dict[str, tuple[str, ...]]:
    """Lower-cased header name -> decoded values, in order."""
    out: dict[str, list[str]] = {}
    for name, value in _safe(msg.raw_items, []):
        out.setdefault(name.lower(), []).append(decode_header_text(str(value)))
    return {k: tuple(v) for k, v in out.items()}


def _first_raw(msg: Message, name: str) -> str | None:
    """The first raw (undecoded) value of header *name*."""
    for key, value in _safe(msg.raw_items, []):
        if key.lower() == name:
            return repair_8bit(str(value))
    return None


def parse_address(raw: str | None) -> tuple[str | None, str | None]:
    """(address lower-cased, decoded display name) of the first mailbox in a raw header value."""
    if not raw:
        return None, None
    unfolded = " ".join(repair_8bit(raw).split())
    # "Name <addr>" first: this keeps an unquoted "Surname, Firstname <addr>" together, which
    # getaddresses() would split into two mailboxes.
    m = _ANGLE.match(unfolded)
    if m and unfolded.count("@") == 1:
        name = decode_header_text(m.group(1)).strip().strip('"').strip() or None
        return m.group(2).strip().lower(), name
    for name, addr in _safe(lambda: getaddresses([unfolded]), []):
        if "@" in addr:
            return addr.strip().lower(), decode_header_text(name).strip().strip('"') or None
    found = _ADDR.search(decode_header_text(unfolded))
    return (found.group(0).lower(), None) if found else (None, None)


def _all_addresses(raw: str | None) -> tuple[str, ...]:
    """Every address in a raw To/Cc value."""
    if not raw:
        return ()
    return tuple(a.lower() for a in _ADDR.findall(repair_8bit(raw)))


# --- the bound on the work per mail ----------------------------------------------------------------

MAX_TEXT_BYTES = 1024 * 1024
"""The most text of one mail that is decoded and analysed: the first MiB of its text parts together.

A request is written in the first lines; a 20 MB text part (a pasted log, a base64 dump) would cost
seconds and hundreds of MB to decode and scan in full. Attachments are never decoded here: they are
metadata (name, type, size from the encoded length). Bounded extraction of attachment text, when it
comes, takes its bytes through `part_bytes(part, limit)` too.
"""


def part_bytes(part: Message, limit: int) -> bytes:
    """The first *limit* decoded bytes of a leaf part's payload; only that much is ever decoded.

    Base64 and quoted-printable are decoded from a prefix of the encoded text, so the work and memory
    depend on *limit*, not on the size of the part. Never raises.
    """
    payload = _raw_payload(part)
    if limit <= 0:
        return b""
    cte = _raw_header(part, "content-transfer-encoding").strip().lower()
    try:
        if cte == "base64":
            return _b64_prefix(payload, limit)
        if cte == "quoted-printable":
            return quopri.decodestring(payload[: limit * 3].encode("ascii", "surrogateescape"))[:limit]
        return payload[:limit].encode("ascii", "surrogateescape")[:limit]
    except Exception:  # a broken encoding: keep the raw characters
        return payload[:limit].encode("utf-8", "surrogateescape")[:limit]


def _b64_prefix(payload: str, limit: int) -> bytes:
    """Base64-decode about *limit* bytes from the start of *payload* (line breaks and junk ignored)."""
    chunk = payload[: (limit // 3 + 2) * 4 * 80 // 76 + 8]
    letters = "".join(chunk.split())
    letters = letters[: len(letters) - len(letters) % 4]
    return binascii.a2b_base64(letters.encode("ascii", "replace"))[:limit]


# A large mail is shrunk before the standard parser sees it: that parser holds every line of the mail
# as an object (about 8x the mail's size in memory, 200 MB for a 25 MB attachment). Each part's body is
# cut to what could ever be read of it (its headers stay whole), and its full size is noted in a header.
_LARGE_MAIL = 2 * MAX_TEXT_BYTES
_KEEP_PER_PART = MAX_TEXT_BYTES * 4 // 3 + 64 * 1024  # encoded bytes: MAX_TEXT_BYTES of base64, and some
# A named file (a scanned letter, a PDF form, a phone photo) may hold the request itself: its reader needs the
# whole of it. Files up to this many encoded bytes are kept; a larger one is cut and said to be too large.
_KEEP_PER_FILE = 12 * 1024 * 1024
_MAX_FILE_BYTES = 25 * 1024 * 1024  # decoded; the attachment readers' own cap (attachments.limits)
_NAMED = re.compile(rb"name\*?(?:\d+\*?)?\s*=", re.IGNORECASE)  # name=, filename=, filename*0*=
SIZE_HEADER = b"X-Dsarbot-Original-Size"
_HEADER_BLOCK = re.compile(rb"(?:(?:[!-9;-~]+:|[ \t])[^\n]*\n)*")
_BLANK_LINE = re.compile(rb"\n\r?\n")


def bounded_for_parsing(raw: bytes) -> bytes:
    """*raw* as the parser may see it: every part body longer than _KEEP_PER_PART cut at a line end,
    with `X-Dsarbot-Original-Size: <bytes>` added to that part's headers. Small mail is returned as is.

    The parts are found without parsing: a body ends where a line starts with `--` (every MIME
    boundary does; base64 never does), and a part's headers are the header-like lines before its first
    blank line. Work and memory grow with the number of parts, not with their size.
    """
    if len(raw) <= _LARGE_MAIL:
        return raw
    out: list[bytes] = []
    pos, n = 0, len(raw)
    while pos < n:
        nxt = raw.find(b"\n--", pos)
        end = n if nxt < 0 else nxt + 1
        out.append(_bounded_run(raw, pos, end))
        pos = end
    return b"".join(out)


def _bounded_run(raw: bytes, pos: int, end: int) -> bytes:
    """One stretch from a boundary line (or the mail's start) to the next, its body cut if long."""
    start = pos
    if raw.startswith(b"--", pos):  # the boundary line itself
        start = (raw.find(b"\n", pos, end) + 1) or end
    blank = _BLANK_LINE.search(raw, max(start - 1, 0), min(end, start + 65536))
    head_end = body_start = start
    if blank is not None and _HEADER_BLOCK.fullmatch(raw, start, max(blank.start() + 1, start)):
        head_end, body_start = max(blank.start() + 1, start), blank.end()  # headers (maybe none), then body
    whole_file = end - body_start <= _KEEP_PER_FILE and bool(_NAMED.search(raw, start, head_end))
    if end - body_start <= _KEEP_PER_PART or whole_file:
        return raw[pos:end]
    keep = _KEEP_PER_PART  # a larger file is "too large to read" anyway: keep only what text could be read
    cut = raw.rfind(b"\n", body_start, body_start + keep) + 1 or body_start + keep
    size = b"%s: %d\r\n" % (SIZE_HEADER, end - body_start)
    return b"".join((raw[pos:head_end], size, raw[head_end:cut]))


def _raw_payload(part: Message) -> str:
    """The payload exactly as parsed: 8-bit bytes still surrogate escapes.

    `get_payload()` without decoding would already turn 8-bit text into characters of the declared
    charset, which must not happen before our own charset fallbacks (`decode_bytes`).
    """
    payload = getattr(part, "_payload", "")
    return payload if isinstance(payload, str) else ""


def encoded_size(part: Message) -> int:
    """The decoded size of a leaf part, reckoned from its encoded length (nothing is decoded)."""
    payload = _raw_payload(part)
    noted = _raw_header(part, SIZE_HEADER.decode().lower()).strip()
    if noted.isdigit():  # cut by bounded_for_parsing: the size of the whole encoded body
        payload_len = int(noted)
        is_b64 = _raw_header(part, "content-transfer-encoding").strip().lower() == "base64"
        return payload_len * 3 // 4 * 76 // 78 if is_b64 else payload_len
    if _raw_header(part, "content-transfer-encoding").strip().lower() == "base64":
        letters = len(payload) - sum(payload.count(c) for c in "\r\n \t")
        return letters * 3 // 4 - payload.rstrip().count("=", -2)
    return len(payload)


class _Body:
    """Accumulates what a MIME walk finds: text pieces, attachments, rfc822 forwards, defects."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.attachments: list[Attachment] = []
        self.forwards: list[Message] = []
        self.defects: list[str] = []
        self.text_budget = MAX_TEXT_BYTES


def _part_text(part: Message, body: _Body) -> str:
    """Text of a text/* leaf, with charset fallbacks (defects recorded, never raised); within the
    mail's text budget (MAX_TEXT_BYTES)."""
    charset = _charset(part)
    data = part_bytes(part, body.text_budget)
    if len(data) >= body.text_budget and encoded_size(part) > len(data):
        body.defects.append(f"text longer than {MAX_TEXT_BYTES // 1024} KiB: only its start is read")
    body.text_budget -= len(data)
    text, defect = decode_bytes(data, charset)
    if defect:
        body.defects.append(defect)
    return text


def _is_attachment(part: Message) -> bool:
    return _raw_header(part, "content-disposition").split(";", 1)[0].strip().lower() == "attachment"


def _filename(part: Message) -> str | None:
    filename = _safe(part.get_filename, None)
    return decode_header_text(str(filename)) if filename else None


def _part_bytes(part: Message) -> bytes:
    """A file part's decoded bytes (bounded: a file longer than bounded_for_parsing keeps was cut there)."""
    return part_bytes(part, _MAX_FILE_BYTES)


def _attachment(part: Message, *, keep: bool = False) -> Attachment:
    """An attachment record; *keep* holds its bytes for the extraction step (documents, not forwards)."""
    data = _part_bytes(part)
    disposition = _raw_header(part, "content-disposition").split(";", 1)[0].strip().lower()
    return Attachment(
        filename=_filename(part),
        content_type=content_type(part),
        size=max(len(data), encoded_size(part)),
        inline=disposition == "inline" or (disposition != "attachment" and bool(_raw_header(part, "content-id"))),
        data=data if keep else b"",
    )


def _attached_message(part: Message) -> Message | None:
    """A mail attached as a plain file ("viesti.eml" sent as application/octet-stream): the forwarded original."""
    if not (_filename(part) or "").lower().endswith(".eml"):
        return None
    data = _part_bytes(part)
    if not data or b":" not in data[:200]:
        return None
    inner = _safe(lambda: message_from_bytes(data, policy=policy.compat32), None)
    return inner if isinstance(inner, Message) and (inner.get("from") or inner.get("subject")) else None


def _walk(part: Message, body: _Body, depth: int, in_report: bool = False) -> None:
    """Collect readable text and attachment metadata from a MIME tree."""
    ctype = content_type(part)
    # message/rfc822 reports is_multipart() too, so it is handled before the multipart branch.
    if part.is_multipart() and not ctype.startswith("message/"):
        children = _safe(part.get_payload, [])
        if not isinstance(children, list):
            return
        if ctype == "multipart/alternative":
            _walk_alternative(children, body, depth)
            return
        for child in children:
            if isinstance(child, Message):
                _walk(child, body, depth, in_report or ctype == "multipart/report")
        return
    attached = _attached_message(part) if ctype in ("application/octet-stream", "text/plain") else None
    if ctype == "message/rfc822" or attached is not None:
        inner = attached or _safe(lambda: part.get_payload(0), None)
        if isinstance(inner, Message):
            if in_report:
                return  # the returned original of a bounce is not something the sender wrote
            if depth < _MAX_DEPTH:
                body.forwards.append(inner)
            else:
                body.defects.append("forward nesting too deep")
        body.attachments.append(_attachment(part))
        return
    if ctype == "text/calendar":
        body.attachments.append(_attachment(part))
        return
    if ctype in ("text/plain", "text/html") and not _is_attachment(part):
        text = _part_text(part, body)
        body.texts.append(strip_banners(html_to_text(text) if ctype == "text/html" else tidy(text)))
        return
    if ctype.startswith(("message/", "multipart/")) or ctype == "text/rfc822-headers":
        return  # delivery-status / disposition-notification / returned headers: machine data
    body.attachments.append(_attachment(part, keep=not in_report))


def _has_text(part: Message) -> bool:
    """Whether a leaf part has any non-blank content (judged from its first KiB)."""
    return bool(part_bytes(part, 1024).strip())


def _walk_alternative(children: list[Message | str], body: _Body, depth: int) -> None:
    """Pick the best alternative: plain text, else HTML, else the richest nested multipart."""
    best: Message | None = None
    rank = -1
    for child in children:
        if not isinstance(child, Message):
            continue
        ctype = content_type(child)
        r = {"text/plain": 3, "text/html": 2}.get(ctype, 1 if child.is_multipart() else 0)
        if r == 3 and not _has_text(child):
            r = 1  # an empty plain part next to the HTML (form relays): the HTML holds the text
        if r > rank:
            best, rank = child, r
    if best is not None:
        _walk(best, body, depth)
    # Calendar alternatives are not shown but mark the mail as an invitation.
    for child in children:
        if isinstance(child, Message) and child is not best and content_type(child) == "text/calendar":
            body.attachments.append(_attachment(child))


def _forwarded_from_message(inner: Message, depth: int) -> tuple[Forwarded, list[Attachment]]:
    """A Forwarded record for an attached message/rfc822 original, and the documents attached to it."""
    addr, name = parse_address(_first_raw(inner, "from"))
    subject = strip_subject_tags(decode_header_text(_first_raw(inner, "subject") or "")) or None
    sub = _Body()
    _walk(inner, sub, depth + 1)
    # The original's own attachments (a letter as a PDF) are the requester's; its invitations are not ours.
    docs = [replace(a, in_forward=True) for a in sub.attachments
            if a.content_type != "text/calendar" and not a.content_type.startswith("message/")]
    text = "\n\n".join(sub.texts).strip()
    return Forwarded(from_addr=addr, from_name=name, subject=subject, text=text), docs


def parse(raw: bytes) -> ParsedMessage:
    """Parse raw mail bytes into a :class:`ParsedMessage`. Never raises; problems go to ``defects``."""
    if not isinstance(raw, (bytes, bytearray)):
        raw = str(raw).encode("utf-8", "replace")
    try:
        msg = message_from_bytes(bounded_for_parsing(bytes(raw)), policy=policy.compat32)
    except Exception as exc:  # the feed parser is lenient; this is a last resort
        text = tidy(decode_bytes(bytes(raw), None)[0])
        own, sig = split_own(text)
        return ParsedMessage(
            message_id=None, in_reply_to=None, references=(), subject="", from_addr=None, from_name=None,
            reply_to_addr=None, reply_to_name=None, to_addrs=(), date=None, headers={},
            content_type="text/plain", text=text, new_text=own, signature=sig, attachments=(),
            forwarded=None, defects=(f"unparseable message: {type(exc).__name__}",),
        )
    return _build(msg)


def _build(msg: Message) -> ParsedMessage:
    body = _Body()
    defects = [type(d).__name__ for d in _safe(lambda: list(msg.defects), [])]
    headers = _raw_headers(msg)
    subject = strip_subject_tags(headers.get("subject", ("",))[0])
    from_addr, from_name = parse_address(_first_raw(msg, "from"))
    reply_addr, reply_name = parse_address(_first_raw(msg, "reply-to"))
    date = None
    if "date" in headers:
        date = _safe(lambda: parsedate_to_datetime(headers["date"][0]), None)
    try:
        _walk(msg, body, 0)
    except Exception as exc:  # pathological nesting etc.: keep whatever was collected
        body.defects.append(f"MIME walk failed: {type(exc).__name__}")
    if not body.texts and not msg.is_multipart() and not body.attachments:
        body.defects.append("no readable body")
    text = "\n\n".join(t for t in body.texts if t).strip()

    forwarded: Forwarded | None = None
    cover = text
    attachments = list(body.attachments)
    if body.forwards:
        found = _safe(lambda: _forwarded_from_message(body.forwards[0], 0), None)
        if found is not None:
            forwarded, docs = found
            attachments += docs
    else:
        inline = find_inline_forward(text, subject)
        if inline is not None:
            cover = inline.cover
            forwarded = Forwarded(inline.from_addr, inline.from_name, inline.subject, inline.text)
    own, signature = split_own(cover)

    references = tuple(_MSGID.findall(" ".join(headers.get("references", ()))))
    in_reply = _MSGID.search(headers.get("in-reply-to", ("",))[0])
    msgid = _MSGID.search(headers.get("message-id", ("",))[0])
    return ParsedMessage(
        message_id=msgid.group(0) if msgid else None,
        in_reply_to=in_reply.group(0) if in_reply else None,
        references=references,
        subject=subject,
        from_addr=from_addr,
        from_name=from_name,
        reply_to_addr=reply_addr,
        reply_to_name=reply_name,
        to_addrs=_all_addresses(_first_raw(msg, "to")),
        date=date,
        headers=headers,
        header_order=tuple(name.lower() for name, _ in _safe(msg.raw_items, [])),
        content_type=content_type(msg),
        text=text,
        new_text=own,
        signature=signature,
        attachments=tuple(attachments),
        forwarded=forwarded,
        defects=tuple(defects + body.defects),
    )
