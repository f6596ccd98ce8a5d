"""Identifiers in free text: phone numbers (E.164), henkilötunnus, Y-tunnus, Finnish postal address.

Every candidate is validated (phonenumbers' metadata, stdnum checksums) so that invoice references,
IBANs, OVT codes and a Swedish personnummer are not mistaken for what they resemble.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Sequence
from importlib import resources

import phonenumbers
from stdnum.fi import hetu as stdnum_hetu
from stdnum.fi import ytunnus as stdnum_ytunnus

from dsarbot.pipeline.textutil import fold

_HETU = re.compile(r"(?<![\w-])(\d{6})([-+a-fA-FyxwvuYXWVU])(\d{3})([0-9a-yA-Y])(?![\w-])")
_YTUNNUS = re.compile(r"(?<![\w-])(\d{7})-(\d)(?![\w-])")
_VAT = re.compile(r"\bFI ?(\d{8})\b")
_YTUNNUS_NO_DASH = re.compile(r"\b(?:y-?tunnus|business id|fo-nummer)\W{0,3}(\d{7})(\d)\b", re.IGNORECASE)
# Labels that make a digit string something other than a phone number (checked on the same line).
_NOT_PHONE_LABEL = re.compile(
    r"y-?tunnus|fo-?nummer|business id|\bovt\b|verkkolasku|valittaja|viite|tilinumero|\biban\b|\bbic\b"
    r"|asiakasnu|asiakasnro|tilausnu"
    r"|laskun ?nu|henkilotunnus|\bhetu\b|personnummer|personbeteckning|org\.? ?nr|organisationsnummer|\balv\b"
    r"|\bvat\b|\bref\b|reference|order|invoice|kundnummer|fakturanummer|rechnungsnummer|kundennummer"
    r"|sopimus|asianumero|\bcase\b|ticket|tiketti|#\s*$|kayttajatunnus|tunnus:"
    # other countries' company and tax numbers: CVR (DK), KvK (NL), SIREN/SIRET (FR), NIP/REGON/KRS (PL), IČO (CZ,
    # SK), OIB (HR), EIK (BG), CIF/NIF (ES, PT), P.IVA (IT), USt-IdNr (DE), UID (AT, CH), MVA (NO)
    r"|\bcvr\b|\bkvk\b|\bsire[nt]\b|\bnip\b|\bregon\b|\bkrs\b|\bico\b|\bdic\b|\boib\b|\beik\b|\bcif\b"
    r"|\bnif\b|\bnipc\b|p\.? ?iva|partita iva|codice fiscale|ust-?id\w*|steuer-?nr|\buid\b|\bmva\b|\bmoms\b"
)
_PHONE_LABEL = re.compile(
    r"\b(?:puh|p|tel|tfn|phone|mobile|mob|gsm|m|telefon|puhelin|numero|nummer|handy)\b"
    r"|\b(?:call|reach|ring|text|contact|phone) me (?:on|at)\b|\btavoit\w*|\bnumero\w*|\bsoit\w*"
    r"|\b(?:ring|na) mig\b|\berreich\w*|\bhelista\w*"
    r"|\b(?:be )?reached (?:on|at)\b|\breachable (?:on|at)\b|\b(?:cell|mobile|number) is\b|\bnas pa\b"
    # the other EU languages: "tlf.", "Mobil", "numéro", "joindre au", "teléfono", "cellulare", "bellen op",
    # "Κιν.", "тел.", "broj", "numer", "telefonszám"…
    r"|\b(?:tlf|mobil|mobiel|numer\w*|numar\w*|broj\w*|mobitel|telefone|telefono|telefonu|telefonszam\w*|tel\.? ?nr"
    r"|cellulare|cell|movil|telemovel|komorka|talr|joindre|appeler|llamar\w*|contactar\w*|chiamar\w*|contattar\w*"
    r"|bellen|bereiken|ligar|zadzwon\w*|zavolat|nazvati|hivjon|sunati)\b"
    r"|(?<!\w)(?:тел|телефон\w*|моб\w*|τηλ|κιν|τηλεφωνο)(?!\w)"
)
# A label just after the number: "(UK mobile", "(mobile)", "(puh.)", "– my mobile".
_LABEL_AFTER = re.compile(r"^\s*[(,–-]?\s*(?:[a-z]{2,3} )?(?:mobile|mob|cell|phone|puh|puhelin|gsm|matkapuhelin|tel|tfn"
                          r"|mobil|telefon|handy)\b")
# A signed name before the number on a signature line: one to three capitalised words.
_SIGNED_HEAD = re.compile(r"[A-ZÄÖÅ][\w'’.-]+(?: [A-ZÄÖÅ][\w'’.-]+){0,2}")
# Phone-shaped: +… or 0… (a trunk prefix) …
_MAYBE_PHONE = re.compile(r"(?:\+|\(?\b0)\d[\d \t()/-]{5,}\d")
# … or a bare run, a national number only where there is no trunk prefix ("5566 7788" in Estonia).
_MAYBE_BARE = re.compile(r"\b[1-9]\d[\d \t()/-]{4,}\d")
_DATE_BEFORE = re.compile(r"\d[./-]$")
_TIME_AFTER = re.compile(r"[:.]\d\d")
_IBAN_HEAD = re.compile(r"[A-Z]{2}\d{2}\s*$")
_NON_DIGIT = re.compile(r"\D")
_ID_SHAPE = re.compile(r"^\d{6}[-+a-z]\d{3,4}$|^\d{7}-\d$", re.IGNORECASE)  # hetu, Y-tunnus
_POSTAL = re.compile(
    r"([A-ZÄÖÅ][\wäöåÄÖÅ'-]*(?:katu|tie|kuja|polku|väylä|raitti|puisto|rinne|mäki|ranta|kaari|aukio|tori"
    r"|vägen|gatan|gata|gränd|väg|stigen|straße|strasse|street|road|lane|avenue)\s+\d+[A-Za-z]?"
    r"(?:\s+[A-Za-z]\s*\d+)?(?:\s+as\.?\s*\d+)?),?\s+(\d{5})\s+([A-ZÄÖÅ][\wäöåÄÖÅ-]+)"
)

# Where a writer most likely lives: web domains, languages and places per country (vocab/countries.toml).
_COUNTRIES = tomllib.loads((resources.files("dsarbot.pipeline") / "vocab" / "countries.toml").read_text("utf-8"))
_TLD_REGION: dict[str, str] = _COUNTRIES["domains"]
_LANG_REGIONS: dict[str, list[str]] = _COUNTRIES["before_fi"]
_LANG_REGION_AFTER_FI: dict[str, list[str]] = _COUNTRIES["after_fi"]
# Places and countries named in the text (folded, Finnish inflections too): "I live in Tartu",
# "asun Tukholmassa". Tried after Finland, for numbers that are not Finnish.
_PLACE = re.compile(
    r"\b(?:" + "|".join(f"(?P<{c}>{'|'.join(ps)})" for c, ps in _COUNTRIES["places"].items() if c != "FI") + r")\b"
)
_FI_PLACE = re.compile(r"\b(?:" + "|".join(_COUNTRIES["places"]["FI"]) + r")\b")

# …as the writer's own home: "ich wohne in Turku", "I live in Espoo", "vivo en Oulu".
_LIVES = re.compile(
    r"\b(?:wohne|wohnen|lebe|leben|live|living|based|asun|asumme|bor|elan|elame|vis|vivons|habite|vivo|vivimos"
    r"|resido|woon) (?:\S+ ){0,3}$"
)


def _lives_in_finland(text: str) -> bool:
    """The writer places themself in Finland: a Finnish place on a phone line or after "I live in"."""
    folded = fold(text)
    for m in _FI_PLACE.finditer(folded):
        line_start = folded.rfind("\n", 0, m.start()) + 1
        line_end = folded.find("\n", m.end())
        line = folded[line_start : line_end if line_end >= 0 else len(folded)]
        if _MAYBE_PHONE.search(line) or _LIVES.search(folded[max(line_start, m.start() - 40) : m.start()]):
            return True
    return False


def context_regions(email: str | None, language: str, text: str = "") -> tuple[str, ...]:
    """Countries whose national number format a phone in this mail may use, most likely first.

    The address's country domain and the countries of a language mostly written from abroad come first
    (bg -> BG, nl -> NL, BE); then Finland (the mailbox's country); then places the text names ("Tallinn",
    "Tukholmassa") and the countries of languages mostly written by Finns (en -> GB, sv -> SE), which only
    matter for numbers that are not valid Finnish numbers.
    """
    tld = (email or "").rsplit(".", 1)[-1].lower() if email and "." in email else ""
    out: list[str] = []
    # A writer who names a Finnish town or Finland ("Turku, Tel. 044…", "ich wohne in Espoo") lives here:
    # a national number valid in both countries is read as Finnish before the language's home country.
    lang_regions = _LANG_REGIONS.get(language, [])
    home = ("FI", *lang_regions) if text and lang_regions and _lives_in_finland(text) else (*lang_regions, "FI")
    for reg in (_TLD_REGION.get(tld), *home):
        if reg and reg not in out:
            out.append(reg)
    if text:
        for m in _PLACE.finditer(fold(text)):
            if m.lastgroup and m.lastgroup not in out:
                out.append(m.lastgroup)
    for reg in _LANG_REGION_AFTER_FI.get(language, ()):
        if reg not in out:
            out.append(reg)
    return tuple(out)


# North American numbers are written without their trunk prefix 1: "(512) 555-0187".
_NO_TRUNK_WRITTEN = frozenset({"US", "CA"})


def _needs_trunk(region: str) -> bool:
    return _trunk_prefix(region) is not None and region not in _NO_TRUNK_WRITTEN


def find_phone(text: str, region: str | Sequence[str] = "FI") -> str | None:
    """First valid phone number in *text*, in E.164; national numbers read in *region* (then FI).

    *region* is one country or several in order of likelihood (see :func:`context_regions`).
    """
    regions = [region] if isinstance(region, str) else list(region)
    if "FI" not in regions:
        regions.append("FI")
    # The matcher is slow: run it only on the lines that hold something phone-shaped.
    all_lines = text.split("\n")
    prefixed = "\n".join(ln for ln in all_lines if _MAYBE_PHONE.search(ln))
    bare = ""
    if not all(_needs_trunk(r) for r in regions):
        bare = "\n".join(ln for ln in all_lines if _MAYBE_PHONE.search(ln) or _MAYBE_BARE.search(ln))
    if not prefixed and not bare:
        return None
    for reg in regions:
        lines = prefixed if _needs_trunk(reg) else bare
        for match in phonenumbers.PhoneNumberMatcher(lines, reg, leniency=phonenumbers.Leniency.VALID):
            if _acceptable(lines, match.start, match.raw_string, reg):
                return phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
    # Fictional or new ranges (e.g. the UK's 07700 900xxx drama numbers) are "possible" but not
    # "valid": accept them only when clearly presented as a phone number (+prefix, a label, or a line of
    # its own as in a signature), read in a country the context names rather than in the default Finland.
    possible = [r for r in regions if r != "FI"] + ["FI"]
    for reg in possible:
        lines = prefixed if _needs_trunk(reg) else bare
        alone_ok = reg != "FI"
        if not lines or ("+" not in lines and not _PHONE_LABEL.search(fold(lines)) and not alone_ok):
            continue
        for match in phonenumbers.PhoneNumberMatcher(lines, reg, leniency=phonenumbers.Leniency.POSSIBLE):
            if _acceptable(lines, match.start, match.raw_string, reg) and _presented_as_phone(
                lines, match.start, match.raw_string, alone_ok
            ):
                return phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
    return None


@functools.cache
def _trunk_prefix(region: str) -> str | None:
    """The national (trunk) prefix of *region* ("0" in FI/SE/DE/GB), None where there is none (EE, DK, NO)."""
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    return meta.national_prefix if meta is not None else None


def _presented_as_phone(text: str, start: int, raw: str, alone_ok: bool = False) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    if raw.lstrip().startswith("+") or _PHONE_LABEL.search(fold(text[line_start:start])[-20:]):
        return True
    end = start + len(raw)
    if _LABEL_AFTER.match(fold(text[end : end + 24])):
        return True  # "07700 900418 (UK mobile, …)", "0401234567 (puh.)"
    # A signature line holding nothing but the number ("07700 900123" under the name), or the signed name and
    # the number ("Priya / 07700 900123", "Johan 070-123 45 67").
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    head = line[: start - line_start].strip(" \t/|,-–")
    return alone_ok and line.strip().endswith(raw.strip()) and (not head or bool(_SIGNED_HEAD.fullmatch(head)))


def _acceptable(text: str, start: int, raw: str, region: str = "FI") -> bool:
    trunk = _trunk_prefix(region) if _needs_trunk(region) else None
    if trunk and not raw.lstrip("( ").startswith((trunk, "+")):
        return False  # national numbers carry the trunk prefix: "5566 7788" is not Finnish (nor Swedish…)
    line_start = text.rfind("\n", 0, start) + 1
    before = fold(text[line_start:start])
    # A code's label ("henkilötunnus 120679-3475, puh. 040…") does not reach past a phone label after it.
    last_not = None
    for found in _NOT_PHONE_LABEL.finditer(before[-40:]):
        last_not = found
    if last_not and not any(p.start() >= last_not.end() for p in _PHONE_LABEL.finditer(before[-40:])):
        return False
    if _IBAN_HEAD.search(text[max(0, start - 6) : start]):
        return False  # the tail of an IBAN
    compact = raw.strip()
    if _ID_SHAPE.match(compact):
        return False
    end = start + len(raw)
    if _DATE_BEFORE.search(text[max(0, start - 3) : start]) or _TIME_AFTER.match(text[end : end + 3]):
        return False  # "19.05.2025 09:02": a date and a time, not a number without a trunk prefix
    digits = _NON_DIGIT.sub("", compact)
    # A bare 10+-digit run (OVT code, reference) counts only when labelled as a phone.
    return not (compact.isdigit() and len(digits) >= 10 and not _PHONE_LABEL.search(before[-20:]))


def find_hetu(text: str) -> str | None:
    """First valid Finnish personal identity code, canonical upper case (2023 century signs too)."""
    for m in _HETU.finditer(text):
        code = "".join(m.groups()).upper()
        if stdnum_hetu.is_valid(code):
            return code
    return None


def find_business_id(text: str) -> str | None:
    """First valid Y-tunnus (NNNNNNN-N), also when only the FI VAT number is given."""
    for m in _YTUNNUS.finditer(text):
        code = f"{m.group(1)}-{m.group(2)}"
        if stdnum_ytunnus.is_valid(code):
            return code
    for rx in (_YTUNNUS_NO_DASH, _VAT):
        for m in rx.finditer(text):
            digits = "".join(g for g in m.groups() if g)
            code = f"{digits[:7]}-{digits[7]}"
            if stdnum_ytunnus.is_valid(code):
                return code
    return None


def find_postal_address(text: str) -> str | None:
    """A street address with a five-digit postcode ("Rantakatu 3 A 5, 90100 Oulu"), if given."""
    m = _POSTAL.search(text)
    if not m:
        return None
    return f"{m.group(1)}, {m.group(2)} {m.group(3)}"
