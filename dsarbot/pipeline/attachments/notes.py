"""What staff are told about attachments, and the safety net for the ones that could not be read.

A request whose text was read from an attachment says so ("read from attachment kirje.pdf (OCR)"), and
every attachment that could not be read is named with the reason. When the classifier found no request
but the mail may have left its request to an unreadable attachment (an empty or "see attached" note, a
data-protection word in the subject, body or file name), staff decide: the mail becomes a triage case
instead of being left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dsarbot.pipeline.textutil import fold
from dsarbot.pipeline.types import Classification, ParsedMessage, Screening
from dsarbot.pipeline.view import requester_part

TERSE_WORDS = 12
"""A note this short says nothing of its own: whatever the mail asks is in the attachment."""
# Folded words that make an unread attachment worth a person's look: data protection, requests, letters.
DATA_PROTECTION_WORDS = (
    "tietosuoj", "henkilotie", "rekisteriote", "tarkastuspyyn", "tarkastusoikeu", "tietopyyn", "poistopyyn",
    "oikaisupyyn", "gdpr", "dsgvo", "rgpd", "dataskydd", "personuppgift", "registerutdrag", "data protection",
    "personal data", "subject access", "privacy", "datenschutz", "auskunft", "isikuandme", "valtakirja",
    "fullmakt", "power of attorney",
)
# The attachment is a letter or a filled-in form, or a scan of one ("skannattu asiakirja", "täytin lomakkeen").
LETTER_WORDS = (
    "lomake", "lomakkee", "taytin", "taytetty", "taytetyn", "kirje", "skann", "scan", "blankett", "ifyll",
    "formular", "letter", "brev", "allekirjoit", "signed", "undertecknad",
)
# The note hands the reader to the attachment: "katso liite", "see attached", "se bifogad fil", "siehe Anhang".
POINTING_PHRASES = (
    r"\b(?:katso|ks\.?|lue) (?:oheinen |oheista )?liitte?\w*", r"\bpyyn\w* (?:on )?liitteen\w*",
    r"\bliitteen\w* (?:oleva |olevan )?(?:pyyn|kirje|lomake)\w*", r"\bkirjee\w* (?:on )?liitteen\w*",
    r"\bse (?:den )?bifoga\w*", r"\bse bilaga\w*", r"\b(?:begaran|brev\w*) (?:finns )?(?:i )?(?:bilaga\w*|bifoga\w*)",
    r"\bbifogad\w* (?:begaran|brev|blankett)\w*", r"\bsee (?:the )?attach\w*", r"\bplease find attached\b",
    r"\b(?:my )?(?:request|letter) (?:is )?attached\b", r"\battached (?:letter|request|form)\b",
    r"\bsiehe anhang\b", r"\bim anhang\b",
)
_POINTING = re.compile("|".join(POINTING_PHRASES))
# The note or the file name says what the document is, and it is business paperwork.
_BUSINESS_DOCUMENT = re.compile(
    r"\b(?:lasku\w*|invoice\w*|faktura\w*|rechnung\w*|tarjou\w*|offer\w*|offert\w*|angebot\w*|tilau\w*|order\w*"
    r"|kuitti\w*|receipt\w*|kvitto\w*|sopimu\w*|contract\w*|avtal\w*|hinnasto\w*|price ?list\w*|prislist\w*)"
)
_DATA_PROTECTION = re.compile("|".join(re.escape(w) for w in DATA_PROTECTION_WORDS + LETTER_WORDS))


def may_hold_request(parsed: ParsedMessage, note: str) -> bool:
    """Whether an unreadable attachment may carry the request: a terse note, a pointer, a data-protection word,
    or a word saying it is a letter, a form or a scan — but not a terse note that names the attachment as an
    invoice, an offer, an order or a contract ("liitteenä lasku"), which is ordinary business mail."""
    names = " ".join(a.label for a in parsed.attachments if a.status == "unreadable")
    folded = fold(f"{parsed.subject}\n{names}\n{note}")
    if _POINTING.search(folded) or _DATA_PROTECTION.search(folded):
        return True
    return len(note.split()) < TERSE_WORDS and not _BUSINESS_DOCUMENT.search(folded)


def note_attachments(parsed: ParsedMessage, screening: Screening, cls: Classification) -> Classification:
    """*cls* with the attachment reasons first, and ``uncertain`` when an unreadable one may hold the request."""
    if screening.automated or not parsed.attachments:
        return cls
    part = requester_part(parsed)
    notes = [f"read from attachment {label}" for label in part.attachments]
    notes += [f"could not read attachment {what}" for what in parsed.unreadable]
    if not notes:
        return cls
    uncertain = cls.uncertain
    if parsed.unreadable and cls.category != "request" and not cls.uncertain and may_hold_request(parsed, part.text):
        uncertain = True
        notes.insert(0, "staff decide: the request may be in an attachment that could not be read")
    return replace(cls, reasons=(*notes, *cls.reasons), uncertain=uncertain)
