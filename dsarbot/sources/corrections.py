"""Proposed rectifications read from the request text (Art. 16), for staff to approve field by field.

Pure and conservative: a value is proposed only next to words that say it is new or correct
("uusi puhelinnumeroni on…", "mitt nya efternamn är…", "my new email address is…"), never because some
number or address merely appears in the mail (signatures hold those too). Staff see the evidence and
approve exact changes; nothing here writes anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

from .identifiers import normalise_phone
from .results import Correction, Serialisable

_CAP = "A-ZÅÄÖÜÉÈ"
_LOW = "a-zåäöüéèáíóúñç"
# One name word: capital first (names are written so), then letters, apostrophes, hyphens ("Ní", "O'Connor").
_WORD = rf"(?-i:[{_CAP}][{_LOW}{_CAP}'’\-]*[{_LOW}])"
_LAST = rf"(?P<v>{_WORD}(?:-{_WORD})?)"
_FULL = rf"(?P<v>{_WORD}(?:[ ]{_WORD}){{1,3}})"
_STREET = (rf"(?P<street>(?-i:[{_CAP}][{_LOW}\-]+(?:[ \-][{_CAP}{_LOW}]+){{0,3}})[ ]+\d{{1,4}}"
           r"(?:[ ]?[A-Za-z](?![a-z])(?:[ ]?\d{1,4})?)?(?:[ ]+(?:as|lgh|bst|apt)\.?[ ]?\d{1,4})?)")
_ADDRESS = re.compile(
    rf"{_STREET}[ ]*(?:,[ ]*|\r?\n[ \t]*|[ ]+)(?P<postal>\d{{5}})[ ]+"
    rf"(?P<city>(?-i:[{_CAP}][{_LOW}\-]+(?:[ ][{_CAP}][{_LOW}\-]+)?))"
)
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")

_F = re.IGNORECASE
# field type -> cue patterns; a value is searched for right after the cue (window = chars looked at).
_PHONE_CUES = [
    re.compile(r"\b(?:uusi|uuden|oikea|oikean|nykyinen)\s+(?:puhelin|matkapuhelin|gsm-?)?numero\w*", _F),
    re.compile(r"\bpuhelin(?:numero)?\w*\s+on\s+(?:nyt\s+|nykyään\s+)?(?:muuttunut|vaihtunut)", _F),
    re.compile(r"\b(?:mitt\s+)?(?:nya|nytt|rätta|korrekta)\s+(?:telefon|mobil)?(?:nummer|telefonnummer)", _F),
    re.compile(r"\b(?:my\s+)?(?:new|correct|updated|current)\s+(?:phone|mobile|telephone|cell)\s*(?:number)?", _F),
]
_EMAIL_CUES = [
    re.compile(r"\b(?:uusi|uuden|oikea|oikean|nykyinen)\s+(?:sähköposti|sahkoposti|s-posti)\w*", _F),
    re.compile(r"\b(?:sähköposti|sahkoposti)\w*(?:\s*osoit\w*)?\s+on\s+(?:nyt\s+|nykyään\s+)?"
               r"(?:muuttunut|vaihtunut)", _F),
    re.compile(r"\b(?:tähän|tahan)\s+uu(?:teen|si)\b", _F),
    re.compile(r"\b(?:min\s+)?(?:nya|ny|rätta)\s+e-?post(?:adress)?", _F),
    re.compile(r"\b(?:my\s+)?(?:new|correct|updated|current)\s+e-?mail(?:\s+address)?", _F),
    re.compile(r"\b(?:update|change|correct)\s+my\s+e-?mail(?:\s+address)?\s+to\b", _F),
]
_LAST_NAME = [
    re.compile(rf"\bsukunime\w*\s+(?:(?:on|nyt|nykyään|nykyisin|muuttunut|vaihtunut|muotoon|:)\s*)+{_LAST}", _F),
    re.compile(rf"\befternamn\w*\s+(?:(?:är|nu|numera|har|ändrats|bytts|till|:)\s*)+{_LAST}", _F),
    re.compile(rf"\b(?:last\s+name|surname|family\s+name)\s+(?:(?:is|now|has|changed|been|to|:)\s*)+{_LAST}", _F),
]
_FULL_NAME = [
    re.compile(rf"\b(?:oikea|uusi)\s+nime(?:ni|ä)?\s+on\s+{_FULL}", _F),
    re.compile(rf"\bnimeni\s+on\s+(?:nyt|nykyään|nykyisin)\s+{_FULL}", _F),
    re.compile(rf"\b(?:mitt\s+)?(?:nya|rätta|korrekta)\s+namn\s+är\s+{_FULL}", _F),
    re.compile(rf"\bmy\s+(?:correct|new|full|legal)\s+name\s+is\s+{_FULL}", _F),
]
# "Oikeat tiedot: Sanna Koivisto, Isokatu 40 A 7, 90100 Oulu" / "correct your records to:\n\nName\nStreet..."
_BLOCK_CUES = re.compile(
    r"\b(?:oikeat\s+tiedot|(?:rätta|korrekta)\s+uppgifter|correct\s+(?:your\s+)?(?:records|details|"
    r"information)(?:\s+to)?|correct\s+details)\s*:", _F)
_BLOCK_NAME = re.compile(rf"\s*{_FULL}[ ]*(?:,|\r?\n)")
_ADDRESS_CUE = re.compile(r"\b(?:osoit\w*|adress\w*|address\w*|muut(?:in|imme|tanut|taneet)|flytta\w*|moved)\b", _F)
_CHANGE_WORDS = re.compile(r"uu(?:si|den|teen)|muut|vaihtu|oikea|korja|päivit|väärin|\bnew\b|moved|correct|"
                           r"update|\bny(?:a|tt)?\b|flytt|rätt|ändr", _F)


@dataclass
class ProposedChange(Serialisable):
    """A change read from the mail: staff approve it (then it becomes a Correction) or drop it."""

    field_type: str
    """email, phone, name, last_name, first_name, street_address, postal_code or city."""
    new_value: str
    evidence: str
    """The words of the mail the value was read from (shown to staff next to the proposal)."""

    def to_correction(self) -> Correction:
        """The approved form handed to `DataSources.plan(..., corrections=[...])`."""
        return Correction(field_type=self.field_type, new_value=self.new_value)


def _evidence(text: str, start: int, end: int) -> str:
    snippet = " ".join(text[start:end].split())
    return snippet if len(snippet) <= 200 else snippet[:197] + "..."


def _address(text: str, start: int, window: int, evidence_from: int) -> list[ProposedChange]:
    m = _ADDRESS.search(text, start, min(len(text), start + window))
    if not m:
        return []
    ev = _evidence(text, evidence_from, m.end())
    street = " ".join(m.group("street").split())
    return [ProposedChange("street_address", street, ev), ProposedChange("postal_code", m.group("postal"), ev),
            ProposedChange("city", m.group("city"), ev)]


def propose_corrections(text: str, language: str = "fi") -> list[ProposedChange]:
    """Field changes the requester asks for in *text* (Finnish, Swedish or English; mixed is fine).

    *language* is the detected language of the mail; the cues of all three languages are tried because
    people mix them (a Swedish mail with a Finnish street name, an English mail from a Finn).
    Phone numbers come back in E.164, e-mail addresses in lower case; each proposal carries evidence.
    """
    del language  # reserved: every cue is tried (see docstring)
    out: list[ProposedChange] = []
    for cue in _PHONE_CUES:
        for m in cue.finditer(text):
            window = text[m.end(): m.end() + 60]
            for pm in phonenumbers.PhoneNumberMatcher(window, "FI", leniency=phonenumbers.Leniency.POSSIBLE):
                e164 = normalise_phone(pm.raw_string)
                if e164:
                    out.append(ProposedChange("phone", e164, _evidence(text, m.start(), m.end() + pm.end)))
                break
    for cue in _EMAIL_CUES:
        for m in cue.finditer(text):
            em = _EMAIL.search(text, m.end(), m.end() + 80)
            if em:
                out.append(ProposedChange("email", em.group(0).lower(), _evidence(text, m.start(), em.end())))
    for pattern, field_type in [*((p, "last_name") for p in _LAST_NAME), *((p, "name") for p in _FULL_NAME)]:
        for m in pattern.finditer(text):
            out.append(ProposedChange(field_type, m.group("v"), _evidence(text, m.start(), m.end())))
    for m in _BLOCK_CUES.finditer(text):
        name = _BLOCK_NAME.match(text, m.end())
        if name and not _ADDRESS.match(text, name.start("v")):
            out.append(ProposedChange("name", name.group("v"), _evidence(text, m.start(), name.end("v"))))
        out.extend(_address(text, m.end(), 200, m.start()))
    for m in _ADDRESS_CUE.finditer(text):
        context = text[max(0, m.start() - 80): m.end() + 40]
        if _CHANGE_WORDS.search(context):
            out.extend(_address(text, m.end(), 160, m.start()))
    return _dedupe(out)


def _dedupe(changes: list[ProposedChange]) -> list[ProposedChange]:
    """One proposal per (field, value); a full name that equals a proposed last name's context wins."""
    seen: dict[tuple[str, str], ProposedChange] = {}
    for c in changes:
        seen.setdefault((c.field_type, c.new_value), c)
    return list(seen.values())
