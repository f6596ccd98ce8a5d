"""Identifiers of a data subject and how each kind is normalised for comparison.

Every comparison between what the requester gave us and what a source stores goes through the
functions here, so that SQL lookups, CSV scans and the post-filter that confirms SQL candidates
all agree on what "the same e-mail / phone / identity code" means.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, fields
from typing import Any

import phonenumbers

IDENTIFIER_TYPES = ("email", "phone", "hetu", "customer_number", "name")
STRONG_TYPES = ("email", "phone", "hetu", "customer_number")
"""Identifier kinds that select rows. A name alone never does: two people can share one."""

DEFAULT_REGION = "FI"
_HETU_RE = re.compile(r"\b(\d{6})([-+ABCDEFUVWXY])(\d{3})([0-9A-Y])\b", re.IGNORECASE)


@dataclass(frozen=True)
class Identifiers:
    """What we know (and have verified) about the data subject. Any field may be missing."""

    email: str | None = None
    phone: str | None = None
    hetu: str | None = None
    name: str | None = None
    customer_number: str | None = None

    def normalised(self) -> Identifiers:
        """The same identifiers in canonical form (lower-case e-mail, E.164 phone, upper-case hetu)."""
        return Identifiers(
            email=normalise_email(self.email),
            phone=normalise_phone(self.phone),
            hetu=normalise_hetu(self.hetu),
            name=" ".join(self.name.split()) if self.name and self.name.strip() else None,
            customer_number=normalise_customer_number(self.customer_number),
        )

    def strong(self) -> dict[str, str]:
        """The normalised identifiers that may select rows (everything except the name)."""
        norm = self.normalised()
        return {t: v for t in STRONG_TYPES if (v := getattr(norm, t))}

    def is_empty(self) -> bool:
        """True when no strong identifier is known (a name alone selects nothing)."""
        return not self.strong()

    def masked(self) -> dict[str, str]:
        """A display/log-safe summary: the identity code masked, the rest as given."""
        out: dict[str, str] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value:
                out[f.name] = mask_hetu(value) if f.name == "hetu" else str(value)
        return out

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (note: holds the identity code in full; store, never log)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Identifiers:
        """Rebuild from :meth:`to_dict` output."""
        return cls(**{f.name: data.get(f.name) for f in fields(cls)})


def normalise_email(value: object) -> str | None:
    """Trim and lower-case an address. Local parts are case-insensitive in practice everywhere."""
    if value is None:
        return None
    text = str(value).strip().strip("<>").strip().lower()
    return text if "@" in text else None


def normalise_phone(value: object, region: str = DEFAULT_REGION) -> str | None:
    """E.164 form of a phone number written in any common way ('040 123 4567' -> '+358401234567')."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_variants(e164: str) -> list[str]:
    """Common ways people store one number, for an index-friendly ``IN (...)`` lookup.

    Used only when a mapping says the phone column is *not* normalised: we cannot normalise every
    stored value inside SQL, but an equality test against a few dozen spellings still uses an index.
    Numbers stored in some other spelling are missed; `check` recommends a normalised column.
    """
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return [e164]
    nsn = phonenumbers.national_significant_number(number)
    cc = str(number.country_code)
    ndc_len = phonenumbers.length_of_national_destination_code(number) or 0
    ndc, rest = nsn[:ndc_len], nsn[ndc_len:]
    rests = {rest}
    if len(rest) >= 6:
        rests |= {f"{rest[:3]} {rest[3:]}", f"{rest[:3]} {rest[3:5]} {rest[5:]}"}
    if len(rest) == 6:
        rests.add(f"{rest[:2]} {rest[2:4]} {rest[4:]}")
    trunk = "0" if cc in ("358", "46", "44", "49", "372") else ""
    heads = {f"{trunk}{ndc}", f"+{cc} {ndc}", f"+{cc}{ndc}", f"00{cc} {ndc}", f"00{cc}{ndc}"}
    heads.add(f"+{cc} ({trunk}){ndc}" if trunk else f"+{cc} {ndc}")
    out = {e164, f"00{cc}{nsn}", f"{cc}{nsn}", f"{trunk}{nsn}"}
    for head in heads:
        for tail in rests:
            for sep in (" ", "-", ""):
                out.add(f"{head}{sep}{tail}")
    for fmt in (phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.INTERNATIONAL):
        out.add(phonenumbers.format_number(number, fmt))
    return sorted(out)


def normalise_hetu(value: object) -> str | None:
    """Trim and upper-case an identity code. The century sign is kept: 010101-123N != 010101A123N."""
    if value is None:
        return None
    text = str(value).strip().upper()
    return text or None


def normalise_customer_number(value: object) -> str | None:
    """Customer numbers compare as trimmed text (leading zeros kept: they are part of the number)."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def normalise_name(value: object) -> str | None:
    """Case- and spacing-insensitive form of a name, for the weak name hint only."""
    if value is None:
        return None
    text = " ".join(unicodedata.normalize("NFC", str(value)).split()).casefold()
    return text or None


def ascii_lower(text: str) -> str:
    """Lower-case A-Z only, the way SQLite's ``lower()`` does (it leaves Ä, Ö, Å alone)."""
    return "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in text)


NORMALISERS = {
    "email": normalise_email,
    "phone": normalise_phone,
    "hetu": normalise_hetu,
    "customer_number": normalise_customer_number,
    "name": normalise_name,
}


def mask_hetu(value: str) -> str:
    """Mask an identity code for display: '131052-308T' -> '131052-***T'. Never show it in full."""
    text = value.strip()
    if len(text) == 11:
        return f"{text[:7]}***{text[10]}"
    return "***"


def mask_hetus_in(text: str) -> str:
    """Mask every identity code that appears inside free text (for CLI and Slack output)."""
    return _HETU_RE.sub(lambda m: f"{m.group(1)}{m.group(2)}***{m.group(4)}", text)
