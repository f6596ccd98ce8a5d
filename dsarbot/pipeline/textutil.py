"""Small text helpers shared by the pipeline stages: charset decoding, HTML to text, folding.

Everything here is total: it never raises on odd input, because mail is hostile and the pipeline
must always produce a result.
"""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser

# Labels that announce Latin-1/ASCII but in practice carry Windows-1252 (smart quotes, euro sign):
# browsers and mail clients decode them as cp1252, and so do we.
_CP1252_ALIASES = frozenset(
    {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "iso_8859-1", "windows-1252", "cp1252", "x-cp1252"}
)
_ASCII_ALIASES = frozenset({"us-ascii", "ascii", "ansi_x3.4-1968", "646", "us"})


def decode_bytes(data: bytes, charset: str | None) -> tuple[str, str | None]:
    """Decode *data* declared as *charset*; return (text, defect or None). Never raises.

    Declared ASCII is tried as UTF-8 first (8-bit text with a lying label is common); declared
    Latin-1 is read as cp1252; an unknown or wrong label falls back to UTF-8, then cp1252.
    """
    label = (charset or "").strip().strip("\"'").lower()
    if not label or label in _ASCII_ALIASES:
        try:
            return data.decode("utf-8"), None
        except UnicodeDecodeError:
            return data.decode("cp1252", errors="replace"), None
    if label in _CP1252_ALIASES:
        return data.decode("cp1252", errors="replace"), None
    try:
        codec = codecs.lookup(label).name
    except LookupError:
        try:
            return data.decode("utf-8"), f"unknown charset {label!r}, decoded as UTF-8"
        except UnicodeDecodeError:
            return data.decode("cp1252", errors="replace"), f"unknown charset {label!r}, decoded as cp1252"
    try:
        return data.decode(codec), None
    except UnicodeDecodeError:
        if codec != "utf-8":
            return data.decode(codec, errors="replace"), f"invalid {label} bytes replaced"
        return data.decode("cp1252", errors="replace"), "invalid UTF-8, decoded as cp1252"
    except Exception:  # a codec that misbehaves on this input (e.g. some CJK codecs)
        return data.decode("utf-8", errors="replace"), f"charset {label!r} failed, decoded as UTF-8"


_FOLD = str.maketrans(
    {
        "ä": "a", "ö": "o", "å": "a", "ü": "u", "ß": "ss", "é": "e", "è": "e", "á": "a", "à": "a",
        "õ": "o", "ø": "o", "æ": "ae", "í": "i", "ó": "o", "ú": "u", "’": "'", "‘": "'", "´": "'",
        "ê": "e", "ë": "e", "â": "a", "î": "i", "ï": "i", "ô": "o", "û": "u", "ù": "u", "ç": "c",
        "ñ": "n", "ё": "е", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-", "\xa0": " ", "\u00ad": "",
    }
)


def fold(text: str) -> str:
    """Lower-case and strip the diacritics that Finnish/Swedish/German writers often drop.

    Lexicon patterns are written against this folded form, so "poistakaa tietoni" typed without
    umlauts and "mitä tietoja" match the same pattern.
    """
    return text.lower().translate(_FOLD)


_LINK = re.compile(r"(?:https?://|www\.|mailto:)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)


def without_links(text: str) -> str:
    """*text* with web links and e-mail addresses blanked out.

    Words inside them ("/i/8472", "min@…", ".../tilinumeroni") are not the writer speaking, so a
    test for first-person text must not see them.
    """
    return _LINK.sub(" ", text)


# --- HTML to text --------------------------------------------------------------------------------

_BLOCK_TAGS = frozenset(
    {
        "p", "div", "br", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "pre", "hr", "section", "article", "header", "footer", "dt", "dd", "address",
    }
)
_SKIP_TAGS = frozenset({"style", "script", "head", "title", "xml", "template"})
_WS = re.compile(r"[ \t\r\n\f\v\xa0]+")


class _TextExtractor(HTMLParser):
    """Collects visible text; blocks become line breaks, <blockquote> lines get a "> " prefix."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.quote = 0

    def _newline(self) -> None:
        self.out.append("\n" + "> " * self.quote)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag == "body":
            self.skip = 0  # a missing </head> must not hide the whole body
        elif tag == "blockquote":
            self.quote += 1
            self._newline()
        elif tag in _BLOCK_TAGS:
            self._newline()
        elif tag in ("td", "th"):
            self.out.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self._newline()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag == "blockquote":
            self.quote = max(0, self.quote - 1)
            self._newline()
        elif tag in _BLOCK_TAGS:
            self._newline()

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.out.append(_WS.sub(" ", data))


_TAG = re.compile(r"<[^>]*>")
# Bounds on pathological input: the words that matter come first, and the pipeline must stay fast.
MAX_HTML = 400_000
MAX_ANALYSED = 20_000
_BLANKS = re.compile(r"\n{3,}")


def html_to_text(html: str) -> str:
    """Readable plain text of an HTML body (Outlook/Word HTML included). Never raises."""
    parser = _TextExtractor()
    try:
        parser.feed(html[:MAX_HTML])
        parser.close()
        raw = "".join(parser.out)
    except Exception:  # html.parser is lenient, but a last resort costs nothing
        raw = _WS.sub(" ", _TAG.sub(" ", html))
    lines = [line.strip() for line in raw.split("\n")]
    # "> " prefixes survive strip() only when the line has content after them.
    text = "\n".join(line if line not in (">",) else "" for line in lines)
    return _BLANKS.sub("\n\n", text).strip()


_LINE_WS = re.compile(r"[ \t\xa0]+")


def tidy(text: str) -> str:
    """Normalise line ends and trailing blanks of a plain-text body."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [_LINE_WS.sub(" ", line).rstrip() for line in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


_ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")


def decode_header_text(value: str) -> str:
    """Decode RFC 2047 encoded-words and raw 8-bit bytes in a header value; unfold. Never raises."""
    if any("\udc80" <= ch <= "\udcff" for ch in value):
        # 8-bit bytes smuggled through surrogateescape: usually UTF-8, else cp1252.
        raw = value.encode("utf-8", "surrogateescape")
        value = decode_bytes(raw, None)[0]
    value = _WS.sub(" ", value).strip()
    if "=?" not in value or not _ENCODED_WORD.search(value):
        return value
    from email.header import decode_header  # local import: only needed for encoded headers

    try:
        out: list[str] = []
        prev_encoded = False
        for chunk, cs in decode_header(value):
            if isinstance(chunk, bytes):
                text, _ = decode_bytes(chunk, cs)
                encoded = cs is not None
            else:
                text, encoded = chunk, False
            # RFC 2047: whitespace between two adjacent encoded-words is dropped by decode_header;
            # between an encoded word and plain text it must be kept.
            if out and not (encoded and prev_encoded) and not out[-1].endswith(" ") and not text.startswith(" "):
                out.append(" ")
            out.append(text)
            prev_encoded = encoded
        return _WS.sub(" ", "".join(out)).strip()
    except Exception:
        return value
