"""Helpers shared by the generators of the independent corpora (tests/corpus_extra*/make*.py).

MIME building (headers, encodings, Outlook-style HTML, forwards), identity-code and Y-tunnus checks, the
label registry (`add`), and writing + validating a corpus folder. Standard library only; each generator
does `from corpus_kit import *` and calls `main(argv, build, folder)`.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import quopri
import re
import textwrap
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent  # set to the corpus folder by main()
LABEL_KEYS = ["file", "category", "kinds", "language", "requester_email", "requester_name", "phone", "hetu",
              "business_id", "notes"]
KINDS = ["access", "rectification", "erasure", "restriction", "objection", "portability"]
CATEGORIES = ["request", "automated", "other"]

# ---------------------------------------------------------------------------
# identity codes and business IDs
# ---------------------------------------------------------------------------
HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
# century signs: + (1800s); - U V W X Y (1900s); A B C D E F (2000s)
HETU_SHAPE = re.compile(r"^(\d\d)(\d\d)(\d\d)([-+A-FU-Y])(\d{3})([0-9A-Y])$")
HETU_IN_TEXT = re.compile(r"(?<![0-9A-Za-z])(\d{6}[-+A-Fa-fU-Yu-y]\d{3}[0-9A-Ya-y])(?![0-9A-Za-z])")
YTUNNUS_IN_TEXT = re.compile(r"(?<![\d-])(\d{7}-\d)(?![\d-])")


def is_valid_hetu(code: str | None) -> bool:
    m = HETU_SHAPE.match(code or "")
    if not m:
        return False
    dd, mm, yy, _sign, nnn, check = m.groups()
    if not (1 <= int(dd) <= 31 and 1 <= int(mm) <= 12 and 2 <= int(nnn) <= 899):
        return False
    return HETU_CHECK[int(dd + mm + yy + nnn) % 31] == check


def new_hetu(ddmmyy: str, sign: str, nnn: str) -> str:
    code = ddmmyy + sign + nnn + HETU_CHECK[int(ddmmyy + nnn) % 31]
    assert is_valid_hetu(code), code
    return code


def _ytunnus_digit(base7: str) -> int | None:
    r = sum(int(d) * w for d, w in zip(base7, (7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
    if r == 1:
        return None  # never issued
    return 0 if r == 0 else 11 - r


def is_valid_ytunnus(code: str | None) -> bool:
    m = re.fullmatch(r"(\d{7})-(\d)", code or "")
    return bool(m) and _ytunnus_digit(m.group(1)) == int(m.group(2))


def new_ytunnus(base7: str) -> str:
    digit = _ytunnus_digit(base7)
    assert digit is not None, base7
    return f"{base7}-{digit}"


COUNTRY_CODES = ["358", "372", "46", "44", "49", "47", "45", "7", "1"]


def split_e164(e164: str) -> tuple[str, str]:
    digits = e164[1:]
    for cc in COUNTRY_CODES:
        if digits.startswith(cc):
            return cc, digits[len(cc):]
    raise ValueError(e164)


def phone_in_text(e164: str, text: str) -> bool:
    cc, nsn = split_e164(e164)
    for cand in re.findall(r"\+?\(?\d[\d \t().\-/]{4,}\d", text):
        d = re.sub(r"\D", "", cand)
        if d in (nsn, "0" + nsn, cc + nsn, cc + "0" + nsn):
            return True
    return False


# ---------------------------------------------------------------------------
# headers
# ---------------------------------------------------------------------------
def _encoded_word(chunk: str, charset: str, mode: str) -> str:
    raw = chunk.encode(charset)
    if mode == "B":
        payload = base64.b64encode(raw).decode("ascii")
    else:
        payload = "".join(
            chr(c) if (c < 128 and chr(c).isalnum()) else ("_" if c == 32 else f"={c:02X}") for c in raw)
    return f"=?{charset}?{mode}?{payload}?="


def encode_words(text: str, charset: str = "utf-8", mode: str = "Q") -> str:
    """RFC 2047 encoded words, split on character boundaries, folded."""
    words, cur = [], ""
    for ch in text:
        if cur and len(_encoded_word(cur + ch, charset, mode)) > 72:
            words.append(_encoded_word(cur, charset, mode))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(_encoded_word(cur, charset, mode))
    return "\n ".join(words)


def header_text(text: str, charset: str = "utf-8", mode: str = "Q") -> str:
    if text.isascii():
        return text
    return encode_words(text, charset, mode)


def mailbox(name: str | None, address: str, charset: str = "utf-8", mode: str = "Q") -> str:
    if not name:
        return address
    if not name.isascii():
        return f"{encode_words(name, charset, mode)} <{address}>"
    if re.fullmatch(r"[A-Za-z0-9 !#$%&'*+/=?^_`{|}~-]+", name):
        return f"{name} <{address}>"
    escaped = name.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}" <{address}>'


def rfc_date(dt: datetime) -> str:
    return format_datetime(dt)


def when(y, mo, d, h, mi, s=0, utc_offset=3) -> datetime:
    return datetime(y, mo, d, h, mi, s, tzinfo=timezone(timedelta(hours=utc_offset)))


def token(seed: str, n: int = 12) -> str:
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:n]


# ---------------------------------------------------------------------------
# MIME parts (built with LF line ends; the whole file is converted at the end)
# ---------------------------------------------------------------------------
class Part:
    def __init__(self, headers, body: bytes):
        self.headers = list(headers)
        self.body = body

    def to_bytes(self) -> bytes:
        return ("\n".join(self.headers) + "\n\n").encode("ascii") + self.body


def _transfer_encode(data: bytes, cte: str) -> bytes:
    if cte == "7bit":
        assert data.isascii(), "7bit part with 8-bit data"
        out = data
    elif cte == "8bit":
        out = data
    elif cte == "quoted-printable":
        out = quopri.encodestring(data)
    elif cte == "base64":
        out = base64.encodebytes(data)
    else:
        raise ValueError(cte)
    return out if out.endswith(b"\n") else out + b"\n"


def text(content: str, subtype: str = "plain", charset: str = "utf-8", cte: str = "8bit", params: str = "",
         quote_charset: bool = False, headers=()) -> Part:
    cs = f'"{charset}"' if quote_charset else charset
    hdrs = [f"Content-Type: text/{subtype}; charset={cs}{params}", f"Content-Transfer-Encoding: {cte}"]
    hdrs.extend(headers)
    # base64 carries the canonical CRLF form inside the encoding
    data = content.replace("\n", "\r\n").encode(charset) if cte == "base64" else content.encode(charset)
    return Part(hdrs, _transfer_encode(data, cte))


def multipart(subtype: str, parts, boundary: str, params: str = "", preamble: str | None = None,
              headers=()) -> Part:
    hdrs = [f'Content-Type: multipart/{subtype};{params}\n\tboundary="{boundary}"']
    hdrs.extend(headers)
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\n\n"
    for p in parts:
        body += b"--" + boundary.encode("ascii") + b"\n" + p.to_bytes() + b"\n"
    body += b"--" + boundary.encode("ascii") + b"--\n"
    return Part(hdrs, body)


def attachment(data: bytes, ctype: str, filename: str, inline: bool = False, params: str = "") -> Part:
    disp = "inline" if inline else "attachment"
    hdrs = [f'Content-Type: {ctype}; name="{filename}"{params}',
            f'Content-Disposition: {disp}; filename="{filename}"',
            "Content-Transfer-Encoding: base64"]
    return Part(hdrs, base64.encodebytes(data))


def embedded(message_bytes: bytes, filename: str | None = None) -> Part:
    hdrs = ["Content-Type: message/rfc822"]
    if filename:
        hdrs.append(f'Content-Disposition: attachment; filename="{filename}"')
    body = message_bytes if message_bytes.endswith(b"\n") else message_bytes + b"\n"
    return Part(hdrs, body)


def raw_part(headers, content: str) -> Part:
    """A part whose body is plain ASCII written as is (delivery-status etc.)."""
    assert content.isascii()
    return Part(headers, content.encode("ascii") if content.endswith("\n") else (content + "\n").encode("ascii"))


# ---------------------------------------------------------------------------
# HTML flavours
# ---------------------------------------------------------------------------
def _paragraphs(plain: str):
    return [p for p in re.split(r"\n\s*\n", plain.strip("\n"))]


def outlook_html(plain: str, charset: str, lang: str = "FI") -> str:
    paras = []
    for p in _paragraphs(plain):
        inner = "<br>\n".join(html.escape(line, quote=False) for line in p.split("\n"))
        paras.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
        paras.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    body = "\n".join(paras[:-1])
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
        "<head>\n"
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:\"Calibri\",sans-serif;}\n"
        "a:link, span.MsoHyperlink\n\t{color:#0563C1;\n\ttext-decoration:underline;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n"
        "--></style>\n"
        "</head>\n"
        f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{body}\n"
        "</div>\n</body>\n</html>\n"
    )


def light_html(plain: str, wrapper: str = '<div dir="ltr">') -> str:
    out = []
    for p in _paragraphs(plain):
        out.append("<div>" + "<br>".join(html.escape(line, quote=False) for line in p.split("\n")) + "</div>")
        out.append("<div><br></div>")
    return wrapper + "\n" + "\n".join(out[:-1]) + "\n</div>\n"


# ---------------------------------------------------------------------------
# whole messages
# ---------------------------------------------------------------------------
def message(*, rcpt: str, frm: str, frm_addr: str, subject: str | None, date: datetime, root: Part,
            to: str | None = None, reply_to: str | None = None, cc: str | None = None, extra=(),
            env_from: str | None = None, relay: str | None = None, ip: str = "192.0.2.10",
            subject_charset: str = "utf-8", subject_mode: str = "Q", trace: bool = True,
            mid: str | None = None) -> bytes:
    domain = frm_addr.split("@", 1)[1]
    rdomain = rcpt.split("@", 1)[1]
    relay = relay or f"mail.{domain}"
    env_from = frm_addr if env_from is None else env_from
    stamp = rfc_date(date)
    lines = []
    if trace:
        qid = token(frm_addr + stamp, 11).upper()
        lines += [
            f"Return-Path: <{env_from}>",
            f"Delivered-To: {rcpt}",
            f"Received: from {relay} ({relay} [{ip}])\n\tby mx.{rdomain} (Postfix) with ESMTPS id {qid}\n"
            f"\tfor <{rcpt}>; {stamp}",
        ]
    lines.append(f"Date: {stamp}")
    lines.append(f"From: {frm}")
    if reply_to:
        lines.append(f"Reply-To: {reply_to}")
    lines.append(f"To: {to or rcpt}")
    if cc:
        lines.append(f"Cc: {cc}")
    if subject is not None:
        lines.append("Subject: " + header_text(subject, subject_charset, subject_mode))
    lines.append(f"Message-ID: <{mid or token(frm_addr + stamp + (subject or ''), 16)}@{domain}>")
    lines.extend(extra)
    lines.append("MIME-Version: 1.0")
    lines.extend(root.headers)
    return ("\n".join(lines) + "\n\n").encode("ascii") + root.body


def T(s: str) -> str:
    """Dedent an indented triple-quoted body and end it with one newline."""
    return textwrap.dedent(s).strip("\n") + "\n"


def quote_lines(s: str, prefix: str = "> ") -> str:
    return "".join((prefix + line).rstrip() + "\n" for line in s.rstrip("\n").split("\n"))


# recipient mailboxes (the six fictional companies of the dev corpus plus one new one)
KATTO = "info@kattopojat.example.fi"
TILI = "info@jarvisentilit.example.fi"
LAITE = "info@pohjolanlaite.example.fi"
PAINO = "info@saaristonpaino.example.fi"
KIVI = "info@kivikangas.example.fi"
LUMI = "info@lumivalo.example.fi"
KULJ = "info@kuusistonkuljetus.example.fi"

TB = "User-Agent: Mozilla Thunderbird"
OUTLOOK = "X-Mailer: Microsoft Outlook 16.0"
IPHONE = "X-Mailer: iPhone Mail (21F90)"
GMAIL_UA = "X-Gm-Message-State: AOJu0Yx" + "d3FnZWl0aGVyX3Rlc3Q"

# ---------------------------------------------------------------------------
# the corpus
# ---------------------------------------------------------------------------
ENTRIES: list[tuple[str, bytes, dict, bool]] = []


def add(slug, raw, *, category, kinds=(), language, requester_email=None, requester_name=None, phone=None,
        hetu=None, business_id=None, notes, lf_only=False):
    label = {
        "category": category,
        "kinds": [k for k in KINDS if k in kinds],
        "language": language,
        "requester_email": requester_email,
        "requester_name": requester_name,
        "phone": phone,
        "hetu": hetu,
        "business_id": business_id,
        "notes": notes,
    }
    assert set(kinds) <= set(KINDS), kinds
    ENTRIES.append((slug, raw, label, lf_only))


# ---------------------------------------------------------------------------
# writing, validation, counts
# ---------------------------------------------------------------------------
def filenames() -> list[str]:
    return [f"{i:03d}-{slug}.eml" for i, (slug, _raw, _label, _lf) in enumerate(ENTRIES, 1)]


def write() -> None:
    for old in HERE.glob("[0-9][0-9][0-9]-*.eml"):
        old.unlink()
    lines = []
    for name, (slug, raw, label, lf_only) in zip(filenames(), ENTRIES, strict=False):
        assert b"\r" not in raw, slug
        data = raw if lf_only else raw.replace(b"\n", b"\r\n")
        (HERE / name).write_bytes(data)
        row = {"file": name, **label}
        lines.append(json.dumps({k: row[k] for k in LABEL_KEYS}, ensure_ascii=False))
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def decoded_text(msg) -> str:
    chunks = []
    for part in msg.walk():
        for _k, v in part.items():
            chunks.append(str(v))
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if part.get_content_subtype() == "html":
                content = html.unescape(re.sub(r"<[^>]+>", " ", content))
            chunks.append(content)
    return "\n".join(chunks)


def all_defects(msg) -> list[str]:
    found = []
    for part in msg.walk():
        found += [f"{part.get_content_type()}: {d!r}" for d in part.defects]
        for k, v in part.items():
            found += [f"header {k}: {d!r}" for d in getattr(v, "defects", ())]
    return found


def validate() -> list[str]:
    errors: list[str] = []
    label_path = HERE / "labels.jsonl"
    rows = [json.loads(line) for line in label_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    names = sorted(p.name for p in HERE.glob("*.eml"))
    if sorted(r["file"] for r in rows) != names:
        errors.append("labels.jsonl and the .eml files do not match one to one")
    for r in rows:
        f = r.get("file")
        if list(r) != LABEL_KEYS:
            errors.append(f"{f}: keys {list(r)}")
            continue
        path = HERE / f
        if not path.exists():
            errors.append(f"{f}: missing")
            continue
        msg = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
        for d in all_defects(msg):
            errors.append(f"{f}: defect {d}")
        textall = decoded_text(msg)
        flat = re.sub(r"\s+", " ", textall)
        if r["category"] not in CATEGORIES:
            errors.append(f"{f}: category {r['category']}")
        if not set(r["kinds"]) <= set(KINDS) or len(set(r["kinds"])) != len(r["kinds"]):
            errors.append(f"{f}: kinds {r['kinds']}")
        if bool(r["kinds"]) != (r["category"] == "request"):
            errors.append(f"{f}: kinds must be non-empty exactly for requests")
        if not re.fullmatch(r"[a-z]{2}", r["language"] or ""):
            errors.append(f"{f}: language {r['language']}")
        if not isinstance(r["notes"], str) or "\n" in r["notes"] or not r["notes"].strip():
            errors.append(f"{f}: notes must be one non-empty line")
        if r["category"] == "request":
            if not r["requester_email"] or r["requester_email"].lower() not in textall.lower():
                errors.append(f"{f}: requester_email {r['requester_email']} not in the message")
            if r["requester_name"] and r["requester_name"] not in flat:
                errors.append(f"{f}: requester_name {r['requester_name']} not in the message")
        elif r["requester_email"] is not None or r["requester_name"] is not None:
            errors.append(f"{f}: requester fields must be null outside requests")
        # hetu: labelled one valid, present; no other valid hetu in text
        found_hetu = {m.upper() for m in HETU_IN_TEXT.findall(textall) if is_valid_hetu(m.upper())}
        if r["hetu"] is not None:
            if not is_valid_hetu(r["hetu"]) or r["hetu"] != r["hetu"].upper():
                errors.append(f"{f}: invalid hetu {r['hetu']}")
            if r["hetu"] not in found_hetu:
                errors.append(f"{f}: hetu {r['hetu']} not in the text")
        if found_hetu - {r["hetu"]}:
            errors.append(f"{f}: unlabelled valid hetu {sorted(found_hetu - {r['hetu']})}")
        # Y-tunnus: every shaped string valid; labelled one present; none unlabelled
        shaped = set(YTUNNUS_IN_TEXT.findall(textall))
        bad = [y for y in shaped if not is_valid_ytunnus(y)]
        if bad:
            errors.append(f"{f}: Y-tunnus-shaped strings with wrong check digit {bad}")
        if r["business_id"] is not None:
            if not is_valid_ytunnus(r["business_id"]):
                errors.append(f"{f}: invalid business_id {r['business_id']}")
            if r["business_id"] not in shaped:
                errors.append(f"{f}: business_id {r['business_id']} not in the text")
        if shaped - {r["business_id"]}:
            errors.append(f"{f}: unlabelled Y-tunnus {sorted(shaped - {r['business_id']})}")
        # phone
        if r["phone"] is not None:
            if not re.fullmatch(r"\+[1-9]\d{6,14}", r["phone"]):
                errors.append(f"{f}: phone {r['phone']} is not E.164")
            elif not phone_in_text(r["phone"], textall):
                errors.append(f"{f}: phone {r['phone']} not found in the text")
    return errors


def counts() -> str:
    rows = [json.loads(line) for line in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    out = [f"messages: {len(rows)}"]
    out.append("category: " + ", ".join(f"{k} {v}" for k, v in Counter(r["category"] for r in rows).most_common()))
    kinds = Counter(k for r in rows for k in r["kinds"])
    out.append("kinds: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    out.append(f"multi-kind requests: {sum(1 for r in rows if len(r['kinds']) > 1)}")
    for cat in CATEGORIES:
        c = Counter(r["language"] for r in rows if r["category"] == cat)
        out.append(f"language of {cat}: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    c = Counter(r["language"] for r in rows)
    out.append("language, all: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    req = [r for r in rows if r["category"] == "request"]
    out.append("with phone / hetu / business_id: "
               + " / ".join(str(sum(1 for r in rows if r[k])) for k in ("phone", "hetu", "business_id"))
               + " (requests: " + " / ".join(str(sum(1 for r in req if r[k])) for k in ("phone", "hetu", "business_id"))
               + ")")
    return "\n".join(out)


def main(argv: list[str], build: Callable[[], None], folder: Path) -> int:
    """Build and write the corpus of *folder* (unless --check), validate it and print the counts."""
    global HERE
    HERE = folder
    if "--check" not in argv:
        build()
        write()
    errors = validate()
    for e in errors:
        print("ERROR:", e)
    print(counts())
    return 1 if errors else 0


def outlook_inline_forward(fw_text: str, hdr_lines: list[str], original: str) -> str:
    """An Outlook-style inline forward: the forwarder's text, a rule, the header block, the original."""
    return fw_text + "\n________________________________\n" + "\n".join(hdr_lines) + "\n\n" + original


SAMSUNG_FI = "Lähetetty Samsung Galaxy -älypuhelimesta"
ANDROID_UA = "X-Mailer: K-9 Mail for Android"
OUTLOOK_MAC = "X-Mailer: Microsoft Outlook for Mac 16.89"


def fake_pdf(title: str) -> bytes:
    """A tiny PDF-looking attachment body."""
    return ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            "2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n"
            f"% {title}\ntrailer <</Root 1 0 R>>\n%%EOF\n").encode("latin-1")


def simple(rcpt, name, addr, subject, date, body, *, charset="utf-8", cte="8bit", reply_to=None, extra=(),
           env_from=None, cc=None, to=None, subject_charset="utf-8"):
    """A single-part text mail from *name* <*addr*> (extra4 keeps its own variant with other defaults)."""
    return message(rcpt=rcpt, frm=mailbox(name, addr), frm_addr=addr, subject=subject, date=date,
                   root=text(body, charset=charset, cte=cte), reply_to=reply_to, extra=extra,
                   env_from=env_from, cc=cc, to=to, subject_charset=subject_charset)


def outlook_only(rcpt, name, addr, subject, date, body, *, charset="windows-1252", lang="FI", extra=(OUTLOOK,),
                 reply_to=None, env_from=None, name_charset="utf-8", name_mode="Q", subject_charset="utf-8"):
    """An HTML-only Outlook mail: the body as Outlook HTML, quoted-printable, in a legacy charset."""
    root = text(outlook_html(body, charset, lang), subtype="html", charset=charset, cte="quoted-printable")
    return message(rcpt=rcpt, frm=mailbox(name, addr, name_charset, name_mode), frm_addr=addr, subject=subject,
                   date=date, root=root, reply_to=reply_to, extra=extra, env_from=env_from,
                   subject_charset=subject_charset)


def alternative(rcpt, name, addr, subject, date, body, *, html_body=None, extra=(), reply_to=None,
                cte="quoted-printable", charset="utf-8", to=None, env_from=None, relay=None):
    """multipart/alternative: the text and its HTML (light_html of the text unless *html_body* is given)."""
    b = "alt_" + token(addr + (subject or ""), 16)
    hb = html_body if html_body is not None else light_html(body)
    root = multipart("alternative", [text(body, charset=charset, cte=cte),
                                     text(hb, subtype="html", charset=charset, cte=cte)], b)
    return message(rcpt=rcpt, frm=mailbox(name, addr), frm_addr=addr, subject=subject, date=date, root=root,
                   reply_to=reply_to, extra=extra, to=to, env_from=env_from, relay=relay)
