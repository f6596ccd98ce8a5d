"""Who is asking: reply address, name, phone, henkilötunnus, Y-tunnus, postal address.

Requester address and name are filled only for requests (the corpus convention); phone, hetu and
Y-tunnus are literal and filled whenever the sender's own text gives them. For an employee's forward
everything comes from the forwarded original: the colleague's signature phone is not the requester's.
"""

from __future__ import annotations

import re
import tomllib
from importlib import resources

from dsarbot.pipeline.codes import (
    context_regions,
    find_business_id,
    find_hetu,
    find_phone,
    find_postal_address,
)
from dsarbot.pipeline.quotes import CLOSING_WORDS, FORM_EMAIL, GREETING_WORDS, SIGN_OFF, plausible_address
from dsarbot.pipeline.textutil import MAX_ANALYSED
from dsarbot.pipeline.types import Classification, Identity, ParsedMessage
from dsarbot.pipeline.view import RequesterPart, requester_part

# Where a name stands and what is not one, per language: vocab/names.toml.
_NAMES = tomllib.loads((resources.files("dsarbot.pipeline") / "vocab" / "names.toml").read_text("utf-8"))


def _phrases(key: str) -> str:
    words = sorted({w for ws in _NAMES[key].values() for w in ws}, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)


# A web form's name field in any language: "Nimi: Aino Koskinen", "Nome: Alessandro Conti".
_FORM_NAME = re.compile(rf"^\s*(?:{_phrases('labels')})(?:\s*/\s*[\w-]+)*\s*:\s*(.+?)\s*$",
                        re.IGNORECASE | re.MULTILINE)
# A representative writing for the data subject: "Unser Mandant Markus Vogel", "on behalf of my client Jane Doe".
_NAME_WORD = r"[A-ZÄÖÅÀ-ÞĀ-ž][\w'’-]+"
_REPRESENTED = re.compile(
    rf"(?i:\b(?:{_phrases('represented')}))\s+(?:(?i:{_phrases('honorifics')})\s+)?({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})"
)
_HONORIFIC = re.compile(rf"^(?:(?:{_phrases('honorifics')})\s+)+", re.IGNORECASE)
_TITLES = frozenset(w for ws in _NAMES["titles"].values() for w in ws)
# A form rendered from an HTML table has no colon: "Nimi  Aleksi Huttunen" (trusted only from a form relay).
_FORM_NAME_BARE = re.compile(
    r"^\s*(?:nimi|namn|name|your name|full name|koko nimi|etu- ja sukunimi|för- och efternamn|fullständigt namn)"
    r"\s+(\S.*?)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_BRACKETS = re.compile(r"\(.*?\)|\[.*?\]|<.*?>")
_NAME_SEPARATOR = re.compile(r"\s[|/–]\s|\s-\s")
_INLINE_CLOSING = re.compile(
    r"(?:cheers|thanks|regards|terveisin|terv|hälsningar|grüße|t)[.,]?\s+(\S+(?: \S+)?)\s*$", re.IGNORECASE
)
# An SMS-style sign-off at the end of the only line: "…kiitos -Mikko", "… /Mikko", "… t. Mikko".
_DASH_SIGN = re.compile(r"(?:^|\s)[-–—/]\s?([A-ZÄÖÅ][\w'’-]+(?: [A-ZÄÖÅ][\w'’-]+)?)\s*$")
# A code after the signed name on the same line: "Pirjo Lehtinen 150387-100S", "Johan 070-123 45 67".
_TRAILING_CODE = re.compile(r"(?:[\s,/|]+(?:puh|p|tel|tfn|mob)?\.?:?\s*\+?\(?\d[\d\s()+-]{4,}[A-Ya-y]?)+\s*$")
_EDGE_PUNCT = re.compile(r"^[-–—/*>\s]+|[.,;!]+$")
_PAREN = re.compile(r"\s*\(.*?\)\s*")
_ANY_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_PARTICLES = frozenset({"van", "von", "de", "der", "af", "da", "di", "la", "le", "ní", "nic", "mac", "bin", "al"})
_NOT_NAME_WORDS = frozenset(
    """Hei Hej Hi Hello Dear Moi Moikka Hallo Terve Kiitos Terveisin Tack Thanks Thank Regards Best Cheers
    Ystävällisin Ystävällisesti Viele Grüße Mit Freundlichen Sehr Geehrte Vänliga Hälsningar Med Puh Tel
    Mobile Phone Puhelin Sähköposti Email Osoite Address Oy Oyj Ab Ltd Ry Tmi Ky Gmbh Inc Llc Ag
    Asiakaspalvelu Support Team Tiimi Info Myynti Sales Laskutus Ostolaskut Toimisto Office Admin Perhe
    Family Familjen Familie Kalenteri Calendar Noreply Wordpress Verkkosivut Lomake Webform
    Asiakasrekisteri Kattopojat Lähetetty Sent Skickat Från From Subject Aihe Viesti Meddelande Liite
    Attachment Juristi Toimitusjohtaja CEO Manager Supervisor Director Assistant Koordinaattori
    Päällikkö Yes No Ei Kyllä Ja Och And Und""".lower().split()
)
_SHARED_MAILBOX = re.compile(
    r"\b(perhe|family|familjen|familie|info|asiakaspalvelu|support|tiimi|team|myynti|sales|laskutus|ostolaskut"
    r"|kirjanpito|office|admin|noreply|no-reply|wordpress|verkkosivut|kalenteri|calendar|oy|oyj|ab|ltd|ry|tmi"
    r"|gmbh|inc|llc|ag|kotitalous|household)\b",
    re.IGNORECASE,
)




def _from_the_company(parsed: ParsedMessage) -> bool:
    """The sender is the company itself (a colleague, the office scanner): same domain as the address it wrote to."""
    domain = (parsed.from_addr or "@").split("@")[-1]
    return bool(domain) and any(a.split("@")[-1] == domain for a in parsed.to_addrs)


def _letter_address(parsed: ParsedMessage, part: RequesterPart) -> str | None:
    """The address an attached letter gives for the reply (its form field, else the first one outside the company)."""
    body = f"{part.text}\n{part.signature}"
    m = FORM_EMAIL.search(body)
    own = (parsed.from_addr or "@").split("@")[-1]
    found = [m.group(1)] if m else []
    found += _ANY_EMAIL.findall(body)
    return next((a.lower() for a in found if a.split("@")[-1].lower() != own), None)


def requester_email(parsed: ParsedMessage, part: RequesterPart) -> str | None:
    """Where the reply must go: forwarded original > plausible Reply-To > From > web-form e-mail field.

    A letter scanned or forwarded by the company itself (the office printer's scan-to-mail, a colleague)
    is answered at the address the letter gives.
    """
    if part.via_forward and plausible_address(part.from_addr):
        return part.from_addr
    if part.attachments and _from_the_company(parsed):
        letter = _letter_address(parsed, part)
        if letter:
            return letter
    if plausible_address(parsed.reply_to_addr):
        return parsed.reply_to_addr
    if plausible_address(parsed.from_addr):
        return parsed.from_addr
    # A web form relayed from noreply@/wordpress@: the visitor typed their address into the form.
    body = f"{part.text}\n{part.signature}"
    m = FORM_EMAIL.search(body)
    if m:
        return m.group(1).lower()
    sender_domain = (parsed.from_addr or "@").split("@")[-1]
    for addr in _ANY_EMAIL.findall(body):
        if addr.split("@")[-1].lower() != sender_domain and addr.lower() not in parsed.to_addrs:
            return addr.lower()
    return parsed.reply_to_addr or parsed.from_addr


def _clean_name(raw: str | None) -> str | None:
    """A display/typed name as "Firstname Surname", or None if it is not a person's name."""
    if not raw:
        return None
    name = _BRACKETS.sub(" ", raw).strip().strip("\"'").strip()
    name = _NAME_SEPARATOR.split(name)[0].strip()
    if "," in name:
        parts = [p.strip() for p in name.split(",") if p.strip()]
        if len(parts) == 2 and all(_is_name(p) for p in parts):
            name = f"{parts[1]} {parts[0]}"  # "Surname, Firstname"
    name = " ".join(name.split())
    if not name or _SHARED_MAILBOX.search(name) or not _is_name(name):
        return None
    return name


def _name_token(tok: str) -> bool:
    """"Kärkkäinen", "Eeva-Liisa", "O'Connor", "Weiß", "J." — capitalised letters, not all caps."""
    if len(tok) == 2 and tok[1] == "." and tok[0].isupper():
        return True
    core = tok.replace("-", "").replace("'", "").replace("’", "")
    return (
        len(core) >= 2 and core.isalpha() and tok[0].isupper() and not core.isupper()
        and all(piece[:1].isupper() or not piece for piece in tok.split("-"))
    )


def _is_name(text: str) -> bool:
    """1-4 capitalised words (particles allowed), no digits, no mail words."""
    tokens = text.split()
    if not 1 <= len(tokens) <= 4:
        return False
    caps = 0
    for tok in tokens:
        low = tok.lower().rstrip(",.!")
        if low in _NOT_NAME_WORDS or low in CLOSING_WORDS or low in GREETING_WORDS or low in _TITLES:
            return False
        if tok.lower() in _PARTICLES:
            continue
        if not _name_token(tok):
            return False
        caps += 1
    return caps >= 1


def _signature_name(part: RequesterPart) -> str | None:
    """The name the requester signs with: after a closing, or on one of the last lines."""
    lines = [ln.strip() for ln in part.signature.split("\n") if ln.strip()]
    own_lines = [ln.strip() for ln in part.text.split("\n") if ln.strip()]
    candidates: list[str] = []
    for ln in lines:
        m = SIGN_OFF.match(ln)
        candidates.append(m.group(2) if m else ln)
    candidates += own_lines[-4:]
    if own_lines:
        # "… on me. cheers, Tom" — a closing inside the last line.
        tail = _INLINE_CLOSING.search(own_lines[-1])
        if tail:
            candidates.append(tail.group(1))
        dash = _DASH_SIGN.search(own_lines[-1])
        if dash:
            candidates.append(dash.group(1))
    for cand in candidates:
        cand = _T_CLOSING.sub("", _EDGE_PUNCT.sub("", _TRAILING_CODE.sub("", cand)))
        cand = _HONORIFIC.sub("", _PAREN.sub(" ", cand).strip())  # "Dr. Katharina Roth"
        if _is_name(cand) and not _SHARED_MAILBOX.search(cand):
            return cand
    return None


def _short_form(signed: str, display: str) -> bool:
    """ "Dan Hughes" / "S. Lepistö" / "Dan" is a short form of "Daniel Hughes" / "Satu Lepistö" / "Daniel Brooks":
    same surname (or none signed), the first name a shorter prefix or an initial."""
    s, d = signed.lower().split(), display.lower().split()
    if len(s) == 1 and len(d) >= 2:
        return len(s[0]) >= 3 and len(d[0]) > len(s[0]) and d[0].startswith(s[0])  # "Dan" for "Daniel Brooks"
    if len(s) < 2 or len(s) != len(d) or s[1:] != d[1:]:
        return False
    first = s[0].rstrip(".")
    return len(first) >= 1 and len(d[0]) > len(first) and d[0].startswith(first)


# "T. Niina Vääräniemi": a Finnish "t." (terveisin) closing before the full name, not an initial.
_T_CLOSING = re.compile(r"^[Tt]\.\s+(?=\S+\s+\S)")


def requester_name(parsed: ParsedMessage, part: RequesterPart, email: str | None) -> str | None:
    """The fullest name the requester gives: the person a representative writes for, form field, signature,
    or display name."""
    body = f"{part.text}\n{part.signature}"
    for text in (part.subject, part.text):
        client = _REPRESENTED.search(text or "")
        if client and _is_name(client.group(1)):
            return client.group(1)  # "Unser Mandant Markus Vogel": the data subject, not the lawyer
    m = _FORM_NAME.search(body)
    if m:
        form = _clean_name(m.group(1))
        if form:
            return form
    if not part.via_forward and not plausible_address(parsed.from_addr):
        for m in _FORM_NAME_BARE.finditer(body):
            form = _clean_name(m.group(1))
            if form:
                return form
    display_raw = part.from_name
    if not part.via_forward and email and email == parsed.reply_to_addr:
        display_raw = parsed.reply_to_name or parsed.from_name
    display = _clean_name(display_raw)
    signed = _signature_name(part)
    if signed and display and _short_form(signed, display):
        return display  # signs "Dan Hughes", From "Daniel Hughes": the fullest form given
    if signed and len(signed.split()) >= 2:
        return signed
    if display and (not signed or signed.split()[0].lower() in display.lower().split()):
        return display
    return signed or display


def extract_identity(parsed: ParsedMessage, classification: Classification) -> Identity:
    """Identity facts of the mail; requester address/name only when it is a request."""
    part = requester_part(parsed)
    own = f"{part.text[:MAX_ANALYSED]}\n{part.signature[:MAX_ANALYSED]}"
    is_request = classification.category == "request"
    email = requester_email(parsed, part) if is_request else None
    regions = context_regions(email or part.from_addr, classification.language, own)
    hetu = find_hetu(own)
    if hetu is None and is_request:
        fwd = parsed.forwarded.text if parsed.forwarded else ""
        hetu = find_hetu(f"{parsed.text[:MAX_ANALYSED]}\n{fwd[:MAX_ANALYSED]}")
    return Identity(
        email=email,
        name=requester_name(parsed, part, email) if is_request else None,
        phone=find_phone(own, regions),
        hetu=hetu,
        business_id=find_business_id(own),
        postal_address=find_postal_address(part.text) if is_request else None,
    )
