"""Separating the writer's own words from quoted replies, inline forwards and signatures.

Mail clients mark quotes in many languages: Gmail's "kirjoitti:"/"skrev:"/"wrote:", Outlook's
"Lähettäjä:/From:/Från:" header blocks, "-----Original Message-----", "> " lines. All checks work on
plain text (HTML has been converted before), one line at a time, with precompiled patterns.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from email.utils import getaddresses
from importlib import resources

from dsarbot.pipeline.textutil import decode_header_text

# "ti 14.1.2025 klo 15.02 X <x@y> kirjoitti:", "On Mon, ... wrote:", "Den ... skrev ...:".
_ATTRIBUTION = re.compile(
    r"\b(kirjoitti|wrote|skrev|schrieb|a écrit|escribió|kirjutas|schreef)\b(?:[^\n]{0,100}:|\s*:?)\s*$",
    re.IGNORECASE,
)
# Separators that always start quoted or forwarded material.
_SEPARATOR = re.compile(
    r"^(?:-{2,}\s*(?:original message|alkuperäinen viesti|ursprungligt meddelande|ursprüngliche nachricht"
    r"|forwarded message|välitetty viesti|vidarebefordrat meddelande|weitergeleitete nachricht"
    r"|message transféré|mensaje reenviado)\s*-{0,}"
    r"|(?:begin forwarded message|välitetty viesti alkaa|början av vidarebefordrat meddelande"
    r"|vidarebefordrat brev|anfang der weitergeleiteten nachricht)\s*:"
    r"|-+ ?below this line is a copy of the message.*"
    r"|-+ ?this is a copy of the message.*"
    r"|-+ ?original message follows.*)$",
    re.IGNORECASE,
)
_FORWARD_SEPARATOR = re.compile(
    r"forward|välitetty|vidarebefordra|weitergeleitet|transféré|reenviado", re.IGNORECASE
)
_DATEISH = re.compile(r"\d|@")  # an attribution line carries a date, time or address
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_ADDR_PART = re.compile(r"<.*?>|\S+@\S+")
_RULE = re.compile(r"^[_\-=]{10,}$")
_HEADER_FROM = re.compile(r"^\*?(from|lähettäjä|från|von|de|lähettaja|fra)\*?\s*:\s*(.+)$", re.IGNORECASE)
_HEADER_KEY = re.compile(
    r"^\*?(sent|date|lähetetty|päivämäärä|skickat|datum|gesendet|envoyé|pvm|to|vastaanottaja|till|an|à"
    r"|subject|aihe|ämne|betreff|objet|cc|kopio|kopia)\*?\s*:",
    re.IGNORECASE,
)
_DATE_KEY = re.compile(
    r"^\*?(sent|date|lähetetty|päivämäärä|skickat|datum|gesendet|envoyé|pvm)\*?\s*:", re.IGNORECASE
)
_SUBJECT_KEY = re.compile(r"^\*?(subject|aihe|ämne|betreff|objet)\*?\s*:\s*(.*)$", re.IGNORECASE)
_FORWARD_SUBJECT = re.compile(r"^\s*[\[(]?\s*(vl|fw|fwd|wg|vb|tr|vs:\s*vl|i)\s*:", re.IGNORECASE)

# A reply or forward subject, also behind another prefix ("Poissa toimistolta: Re: …", "Vastaus: SV: …").
REPLY_SUBJECT = re.compile(
    r"^(?:[^:]{1,40}:\s*)?(re|vs|sv|aw|antw|vb|vl|fw|fwd|wg)\s*(?:\[\d+\])?\s*:", re.IGNORECASE
)

_SIG_DASHES = re.compile(r"^--\s*$")
# Mobile-client footers: not the writer's words, not a signature with a name either.
_DEVICE_FOOTER = re.compile(
    r"^(lähetetty|sent from|skickat från|von meinem|envoyé de|get outlook for|hanki outlook)\b.{0,60}$",
    re.IGNORECASE,
)
# Closings that start a signature, and the greetings a mail opens with, per language: vocab/closings.toml.
# The rest of a closing's line may hold a name ("Terveisin Aino Koskinen", "Pozdrawiam Tomasz").
_CLOSINGS = tomllib.loads((resources.files("dsarbot.pipeline") / "vocab" / "closings.toml").read_text("utf-8"))


def _phrase(phrase: str) -> str:
    return r"\s+".join(re.escape(w) for w in phrase.split())


SIGN_OFF = re.compile(
    r"^(" + "|".join(_phrase(c) for c in sorted({c for t in _CLOSINGS.values() for c in t["closings"]},
                                                 key=len, reverse=True)) + r")\b[,.!]*\s*(.*)$",
    re.IGNORECASE,
)


def _words(key: str) -> frozenset[str]:
    """The words of the phrases under *key*, lower case: a one-word phrase whole; of a longer phrase the words of
    five letters or more ("dzień dobry" gives both, "dober dan" neither, "Dan" being a name)."""
    out: set[str] = set()
    for table in _CLOSINGS.values():
        for phrase in table[key]:
            words = [w.strip(".,!").lower() for w in phrase.split()]
            out.update(words if len(words) == 1 else (w for w in words if len(w) >= 5 and w not in _NAMES))
    return frozenset(w for w in out if len(w) > 1)  # "t." closes a Finnish mail; "T." is an initial


_NAMES = frozenset({"mille"})  # words of closings that are also first names ("grazie mille", Danish "Mille")
# Words of closings and greetings in any language: never part of a name ("Kunnioittavasti", "Atentamente",
# "Pozdrawiam", "Hola" are not one); and the short words of the English, Swedish and German closings.
CLOSING_WORDS = _words("closings") | {"yst", "kind", "warm", "many", "all", "the", "med", "mit", "best", "lg", "mfg"}
GREETING_WORDS = _words("greetings")


_SENTENCE_END = re.compile(r"\w{4,}[.?!]\s+\S")
# The first line of a legal footer under the signature ("Luottamuksellinen: tämä viesti…", "CONFIDENTIALITY
# NOTICE: This e-mail…", "If you have received this message in error…"): boilerplate, not the writer's words.
_DISCLAIMER = re.compile(
    r"^\W{0,3}(?:(?:luottamuksellinen|luottamuksellisuus\w*|vastuuvapaus\w*|konfidentiell\w*|sekretess\w*"
    r"|confidential(?:ity)?(?: notice| statement| note)?|disclaimer|legal notice|important notice|vertraulich\w*"
    r"|haftungsausschluss)\W{0,3}\s*[:\-\u2013]"
    r"|(?:this|tämä|denna|detta|diese) (?:e-?mail|sähköposti\w*|viesti|message|meddelande|e-?post\w*|nachricht)"
    r"\b.{0,80}\b(?:confidential|privileged|intended (?:solely |only )?for|luottamuksellis\w*|tarkoitettu"
    r"|konfidentiell|avsett|vertraulich)"
    r"|(?:if you (?:have )?received this|jos olet saanut tämän|om du (?:har )?(?:fått|mottagit) detta))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class InlineForward:
    """An inline forward found in a text body: the cover note and the original's fields."""

    cover: str
    from_addr: str | None
    from_name: str | None
    subject: str | None
    text: str


def _is_header_block(lines: list[str], start: int) -> bool:
    """True when lines[start] ("From: …") begins a quoted mail header block (a date key follows)."""
    for line in lines[start + 1 : start + 6]:
        s = line.strip()
        if not s:
            break
        if _DATE_KEY.match(s):
            return True
    return False


def quote_start(lines: list[str]) -> int | None:
    """Index of the first line of quoted/forwarded material, or None."""
    for i, line in enumerate(lines):
        s = line.strip()
        if not s:
            continue
        if _SEPARATOR.match(s):
            return i
        if _ATTRIBUTION.search(s) and len(s) < 300 and (s.endswith(("kirjoitti:", "wrote:")) or _DATEISH.search(s)):
            return i
        if s.lower().startswith(("on ", "am ", "den ", "le ")) and i + 1 < len(lines):
            nxt = lines[i + 1].strip()
            if _ATTRIBUTION.search(nxt) and len(nxt) < 120:
                return i
        if _RULE.match(s):
            for nxt in lines[i + 1 : i + 3]:
                if _HEADER_FROM.match(nxt.strip()):
                    return i
        if _HEADER_FROM.match(s) and _is_header_block(lines, i):
            return i
    return None


def split_own(text: str) -> tuple[str, str]:
    """Split a body into (own new text, signature): quotes, forwards and device footers dropped."""
    lines = text.split("\n")
    cut = quote_start(lines)
    if cut is not None:
        lines = lines[:cut]
    lines = [ln for ln in lines if not ln.lstrip().startswith(">") and not _DEVICE_FOOTER.match(ln.strip())]
    for i, ln in enumerate(lines):
        if i and _DISCLAIMER.match(ln.strip()):
            lines = lines[:i]  # the legal footer and all under it
            break
    sig_at = _signature_start(lines)
    own = "\n".join(lines[:sig_at]).strip()
    signature = "\n".join(lines[sig_at:]).strip()
    return own, signature


_NAME_PARTICLE = frozenset({"van", "von", "de", "der", "den", "af", "da", "di", "la", "le", "del", "dos", "do"})


def _name_like(rest: str) -> bool:
    """What follows a closing on its line: nothing, or a name ("Aino Koskinen", "Ludwig van Beek", "J.")."""
    return all(w[:1].isupper() or w.lower() in _NAME_PARTICLE or not w[:1].isalpha()
               for w in rest.strip(" ,.!").split())


def _signature_start(lines: list[str]) -> int:
    """Index where the signature begins ("-- " line or a closing near the end), else len(lines)."""
    for i, line in enumerate(lines):
        if _SIG_DASHES.match(line):
            return i
    content = [i for i, ln in enumerate(lines) if ln.strip()]
    # A closing is only trusted in the last few lines, and only if what follows is short lines
    # (name, title, company, phone): a closing-like word inside real text must not cut it.
    for i in content[-8:]:
        if i == content[0]:
            continue  # "Kiitos, asia selvä." opening a mail is its text, not a signature
        s = lines[i].strip()
        m = SIGN_OFF.match(s)
        if not m or len(s) > 60 or _SENTENCE_END.search(s):
            continue
        rest = m.group(2)
        if len(rest.split()) > 4 or not _name_like(rest):
            continue  # "Merci de supprimer mes données.", "Danke, löschen Sie meine Daten.": an ask, not a sign-off
        after = [lines[j].strip() for j in content if j > i]
        if all(len(a.split()) <= 7 and not _SENTENCE_END.search(a) for a in after):
            return i
    return len(lines)


def _parse_from_value(value: str) -> tuple[str | None, str | None]:
    """(address, name) from a quoted header's From value: "Name <a@b>", "Name [mailto:a@b]", "a@b"."""
    value = value.replace("[mailto:", "<").replace("]", ">").strip()
    value = decode_header_text(value)
    pairs = getaddresses([value])
    addr = name = None
    for n, a in pairs:
        if "@" in a:
            addr, name = a.strip().lower(), (n.strip().strip('"') or None)
            break
    if addr is None:
        m = _EMAIL.search(value)
        addr = m.group(0).lower() if m else None
        name = _ADDR_PART.sub("", value).strip().strip('"') or None
    return addr, name


def find_inline_forward(text: str, subject: str) -> InlineForward | None:
    """Find an inline forward ("VL:", "Fwd:", "---------- Forwarded message ---------").

    A header block after an explicit forward separator always counts; an Outlook header block
    (with or without a rule line) counts only when the subject says it is a forward, because the
    same block also introduces a plain quoted reply.
    """
    lines = text.split("\n")
    is_fwd_subject = bool(_FORWARD_SUBJECT.match(subject or ""))
    start = quote_start(lines)
    if start is None:
        return None
    s = lines[start].strip()
    explicit = bool(_SEPARATOR.match(s)) and bool(_FORWARD_SEPARATOR.search(s))
    if not explicit and not is_fwd_subject:
        return None
    if _ATTRIBUTION.search(s) and not explicit:
        return None  # "X wrote:" introduces a reply quote even under a forward subject
    # Find the header block: the first From-like line at or after the start.
    from_addr = from_name = fwd_subject = None
    i = start
    end = min(len(lines), start + 12)
    while i < end and not _HEADER_FROM.match(lines[i].strip()):
        i += 1
    if i < end:
        m = _HEADER_FROM.match(lines[i].strip())
        if m:
            from_addr, from_name = _parse_from_value(m.group(2))
        i += 1
        while i < len(lines) and lines[i].strip() and (_HEADER_KEY.match(lines[i].strip())):
            sm = _SUBJECT_KEY.match(lines[i].strip())
            if sm:
                fwd_subject = sm.group(2).strip() or None
            i += 1
    else:
        i = start + 1
    body = "\n".join(lines[i:]).strip()
    body_lines = body.split("\n")
    if all(ln.startswith(">") for ln in body_lines if ln.strip()):
        body = "\n".join(ln[1:].lstrip(" ") if ln.startswith(">") else ln for ln in body_lines)
    cover = "\n".join(lines[:start]).strip()
    return InlineForward(cover, from_addr, from_name, fwd_subject, body)


# Local parts of machine senders: no-reply relays, forms, list servers, bounces.
ROBOT_LOCAL = re.compile(
    r"^(?:no-?reply|do-?not-?reply|donotreply|wordpress|www-data|webmaster|forms?|lomake|mailer|notifications?"
    r"|notify|bounces?|apache|nobody|wix|webform|verkkosivut|mailer-daemon|postmaster|list|listserv|majordomo"
    r"|newsletter|uutiskirje|alerts?|automated|robot|monitoring|cron)(?:[+._-].*)?$",
    re.IGNORECASE,
)
# The e-mail field of a web form ("Sähköposti: x@y", "E-mail: x@y"), or a label on a line of its own with the
# value on the next, as Google Forms and Microsoft Forms lay out an answer ("Sähköposti\nx@y").
FORM_EMAIL = re.compile(
    r"^\s*(?:sähköposti|sähköpostiosoite|s-posti|sposti|e-?post|e-?postadress|e-?mail|email|mail"
    r"|e-?mail address|your e-?mail)(?:\s*/\s*[\w-]+)*(?:\s*:\s*|[ \t]*\n[ \t]*)<?([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)>?",
    re.IGNORECASE | re.MULTILINE,
)


def plausible_address(addr: str | None) -> bool:
    """A human-looking reply address (not noreply@, list@, bounce@…)."""
    return bool(addr) and "@" in (addr or "") and not ROBOT_LOCAL.match((addr or "").split("@")[0])


_FORM_MESSAGE = re.compile(
    r"^\s*(?:viesti|meddelande|message|nachricht|your message|kommentti|lisätietoja)"
    r"(?:\s*/\s*\w+)*(?:\s*:|[ \t]*\n)\s*(.*)$",
    re.IGNORECASE | re.MULTILINE | re.DOTALL,
)


def form_message(text: str) -> str | None:
    """The free-text field of a web-form mail ("Viesti: …", "Meddelande: …"), if there is one."""
    m = _FORM_MESSAGE.search(text)
    if not m:
        return None
    msg = m.group(1).strip()
    return msg if len(msg.split()) >= 3 else None
