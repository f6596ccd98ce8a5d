"""The receiving organisation's own marks on incoming mail: "[EXTERNAL]" subject tags and warning banners.

Mail gateways (Exchange Online transport rules, Google Workspace, Proofpoint, Mimecast…) stamp incoming
mail with a subject tag ("[EXTERNAL]", "[ULKOINEN]", "[EXTERN]") and a banner line in the body ("This
message came from outside your organization…", "Tämä viesti tuli organisaatiosi ulkopuolelta…", Outlook's
"You don't often get email from x@y. Learn why this is important"). They are not the requester's words:
they must not reach classification, language detection or name extraction (a banner's address must not
become the requester's, its English must not make a Finnish mail English).

The phrases are data (one table per purpose), matched on whole lines; everything here is total.
"""

from __future__ import annotations

import re

# Subject tags, always in brackets or parentheses: "[EXTERNAL] Tietopyyntö", "RE: [ULKOINEN] …".
SUBJECT_TAGS = (
    "external", "external sender", "external email", "external e-mail", "external message", "ext", "extern",
    "externt", "extern avsändare", "extern e-post", "externe e-mail", "ulkoinen", "ulkoinen lähettäjä",
    "ulkoinen viesti", "ulkoinen sähköposti", "ulkopuolinen", "caution external", "caution: external",
    "warning: external",
)
# The same words as a bare prefix: "EXTERNAL: Re: …", "*EXTERNAL* …", "ULKOINEN: …".
PREFIX_TAGS = ("external", "extern", "ulkoinen", "ext")

# A line that starts a banner (matched case-insensitively at the start of a line, after any symbols).
BANNER_STARTS = (
    # English
    r"(?:caution|warning|notice|attention|important)\s*[:!-]\s*(?:external|this (?:e-?mail|message))",
    r"this (?:e-?mail|message|mail) (?:came|comes|originated|originates|was sent|has been sent|is) from "
    r"(?:an? )?(?:outside|external)",
    r"this is an external (?:e-?mail|message|sender)",
    r"external (?:e-?mail|email|sender|message)\s*[:!.-]",
    r"(?:you|some people who received this message) don'?t often get e-?mail from",
    r"this sender .{0,60} is from outside your organi[sz]ation",
    # Finnish
    r"(?:varoitus|huom(?:io)?|huomautus|tärkeää)\s*[:!-]\s*(?:ulkoinen|tämä (?:sähkö)?(?:posti|viesti))",
    r"tämä (?:sähkö)?(?:posti|viesti)\w* (?:on )?(?:tuli|tullut|saapui|saapunut|lähetetty|lähetettiin|tulee) "
    r"(?:\S+ )?organisaatio\w* ulkopuolelta",
    r"ulkoinen (?:sähköposti|viesti|lähettäjä)\s*[:!.-]",
    r"(?:et saa|jotkut tämän viestin vastaanottajat eivät saa) usein sähköpostia",
    r"lähettäjä on organisaatiosi ulkopuolelta",
    # Swedish
    r"(?:varning|obs|observera|viktigt)\s*[:!-]\s*(?:extern|detta (?:e-?post|meddelande|mejl))",
    r"(?:detta|det här) (?:e-?post(?:meddelande)?|meddelande|mejl) (?:kommer|kom|har skickats|skickades) "
    r"(?:från )?(?:en )?(?:utanför|extern|utifrån)",
    r"extern (?:avsändare|e-?post|e-?postmeddelande)\s*[:!.-]",
    r"(?:du får inte ofta|vissa personer som har fått det här meddelandet får inte ofta) e-?post från",
    # The footer a Google Group adds to what it passes on (en/fi/sv): the group's words, not the sender's.
    r"you received this message because you are subscribed to the google groups?",
    r"saat tämän viestin, koska olet tilannut google-ryhmien ryhmän",
    r"du (?:får|fick) (?:det här|detta) meddelande eftersom du prenumererar på (?:gruppen|google groups)",
    # German (the gateways of international parents)
    r"(?:achtung|vorsicht|warnung)\s*[:!-]\s*(?:externe|diese (?:e-?mail|nachricht))",
    r"diese (?:e-?mail|nachricht) (?:stammt|kommt) von (?:einem )?(?:externen|außerhalb)",
    r"sie erhalten nicht oft e-?mails? von",
)
# Lines that go on a banner begun on the line before: the stock advice about links and attachments.
BANNER_CONTINUES = (
    r"do not (?:click|open)", r"unless you (?:recogni[sz]e|know)", r"learn why this is important",
    r"(?:please )?(?:be cautious|use caution|exercise caution)", r"report (?:this|suspicious)",
    r"älä (?:avaa|napsauta|klikkaa|vastaa)", r"ellet tunnista", r"lue,? miksi tämä on tärkeää",
    r"ole varovainen", r"klicka inte", r"öppna inte", r"om du inte känner igen", r"läs om varför det här är viktigt",
    r"var försiktig", r"klicken sie nicht", r"öffnen sie (?:keine|nicht)", r"erfahren sie,? warum dies wichtig ist",
    r"to unsubscribe from this group", r"to view this discussion", r"for more options, visit",
    r"jos haluat lopettaa tämän ryhmän", r"voit tarkastella tätä keskustelua", r"om du vill (?:avsluta|sluta)",
    r"om du vill visa (?:den här|denna) diskussion",
)
_TAG_WORDS = "|".join(re.escape(t) for t in sorted(SUBJECT_TAGS, key=len, reverse=True))
_SUBJECT_TAG = re.compile(rf"\s*[\[(]\s*(?:{_TAG_WORDS})\s*[\])]\s*", re.IGNORECASE)
_REPLY_PREFIXES = r"(?:(?:re|vs|sv|aw|fw|fwd|vl|wg|vb)\s*:\s*)*"
_PREFIX_TAG = re.compile(
    rf"^({_REPLY_PREFIXES})(?:\*+\s*(?:{'|'.join(PREFIX_TAGS)})\s*\*+|(?:{'|'.join(PREFIX_TAGS)})\s*:)\s*",
    re.IGNORECASE,
)
_BANNER = re.compile(r"^\W{0,4}(?:" + "|".join(BANNER_STARTS) + ")", re.IGNORECASE)
_CONTINUES = re.compile(r"^\W{0,4}(?:" + "|".join(BANNER_CONTINUES) + ")", re.IGNORECASE)
# A line that is nothing but the tag: "[EXTERNAL]", "EXTERNAL EMAIL", "ULKOINEN VIESTI".
_TAG_LINE = re.compile(
    r"^\W*(?:external|ulkoinen|extern|externt)(?: (?:e-?mail|email|sender|message|viesti|sähköposti|lähettäjä"
    r"|avsändare|e-?post))?\W*$",
    re.IGNORECASE,
)
# Cheap test first: most mail has no banner, and the line walk is then skipped.
_ANY = re.compile(
    r"outside|external|extern|ulkopuol|ulkoinen|often get|usein sähköpost|ofta e-?post|utanför|utifrån"
    r"|nicht oft|außerhalb|google groups|google-ryhm",
    re.IGNORECASE,
)


def strip_subject_tags(subject: str) -> str:
    """*subject* without the organisation's "[EXTERNAL]"-style tags ("RE: [ULKOINEN] x" -> "RE: x")."""
    low = subject.lower()
    if "ext" not in low and "ulko" not in low:
        return subject
    cleaned = _SUBJECT_TAG.sub(" ", subject)
    cleaned = _PREFIX_TAG.sub(lambda m: m.group(1), cleaned.strip())
    return " ".join(cleaned.split())


def strip_banners(text: str) -> str:
    """*text* without warning-banner lines (and the advice lines that go on them) and bare tag lines."""
    if not text or not _ANY.search(text):
        return text
    out: list[str] = []
    in_banner = False
    for line in text.split("\n"):
        s = line.strip()
        if _BANNER.match(s) or _TAG_LINE.match(s) or (in_banner and s and _CONTINUES.match(s)):
            in_banner = True
            continue
        if in_banner and not s:
            in_banner = False
            if out and not out[-1].strip():
                continue  # the blank line that separated the banner from the text
        else:
            in_banner = False
        out.append(line)
    return "\n".join(out).strip("\n")
