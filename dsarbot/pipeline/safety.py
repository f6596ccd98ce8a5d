"""The safety net's signals: what makes a mail worth a person's look although no right was read in it.

A possible request is never dropped silently. Each signal here returns TRIAGE evidence (see evidence.py):

- the mail is in a language the classifier does not fully read (:func:`fully_read` is the one predicate);
- some of its text could not be read (an attachment: ``ParsedMessage.unreadable``, or a document
  attached to a mail that says little itself, while attachments are not read at all);
- it names data-protection law, the GDPR in any EU language, or its Articles 12-22 (the language tables
  vocab/<lang>.toml, through multilingual.find_law);
- the writer asks about their own data in any form ("what about my data?", "meine Daten?").
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from dsarbot.pipeline import lexicon as lx
from dsarbot.pipeline.evidence import TRIAGE, Evidence, Mail
from dsarbot.pipeline.multilingual import find_law
from dsarbot.pipeline.textutil import MAX_ANALYSED

# The languages whose requests the classifier reads in full (vocabulary, negation, whose data, whose act).
FULLY_READ = frozenset({"fi", "sv", "en"})

LANGUAGE_NAMES = {
    "bg": "Bulgarian", "cs": "Czech", "da": "Danish", "de": "German", "el": "Greek", "en": "English",
    "es": "Spanish", "et": "Estonian", "fi": "Finnish", "fr": "French", "ga": "Irish", "hr": "Croatian",
    "hu": "Hungarian", "is": "Icelandic", "it": "Italian", "lt": "Lithuanian", "lv": "Latvian", "mt": "Maltese",
    "nl": "Dutch", "no": "Norwegian", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian",
    "sk": "Slovak", "sl": "Slovenian", "sv": "Swedish", "uk": "Ukrainian", "ar": "Arabic", "so": "Somali",
    "tr": "Turkish", "fa": "Persian",
}


def fully_read(language: str) -> bool:
    """True if the classifier fully reads mail in *language* (ISO 639-1); other mail is triaged."""
    return language in FULLY_READ


_STRIP = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "æ": "ae", "ß": "ss", "ı": "i", "ħ": "h"})


def plain(text: str) -> str:
    """Lower case without accents ("Rozporządzenie" -> "rozporzadzenie", "Άρθρο" -> "αρθρο")."""
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(_STRIP))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_ESCAPE = re.compile(r"\\.")


def plain_pattern(pattern: str) -> str:
    """A table's regular expression in the form text is compared in (see :func:`plain`), its escapes kept as
    written: lower-casing "\\S" or "\\W" would turn them into their opposites."""
    out, last = [], 0
    for m in _ESCAPE.finditer(pattern):
        out += [plain(pattern[last : m.start()]), m.group(0)]
        last = m.end()
    return "".join([*out, plain(pattern[last:])])


def load_vocab(name: str) -> dict[str, re.Pattern[str]]:
    """One pattern per vocabulary group of vocab/<name>.toml, joined over its languages (loaded once)."""
    tables = tomllib.loads((Path(__file__).resolve().parent / "vocab" / f"{name}.toml").read_text("utf-8"))
    groups: dict[str, list[str]] = {}
    for table in tables.values():
        for group, patterns in table.items():
            groups.setdefault(group, []).extend(plain_pattern(p) for p in patterns)
    return {group: re.compile("|".join(f"(?:{p})" for p in parts), re.MULTILINE) for group, parts in groups.items()}


VOCAB = load_vocab("safety")


def language_not_fully_read(mail: Mail) -> Iterator[Evidence]:
    """A mail in a language the classifier does not fully read: staff decide."""
    if fully_read(mail.language) or len(mail.own.split()) + len(mail.subject.split()) < 2:
        return
    name = LANGUAGE_NAMES.get(mail.language, mail.language)
    yield Evidence(TRIAGE, 1.0, (mail.language,),
                   f"written in {name} ({mail.language}), a language the classifier does not fully read")


# A document attachment that may hold the request ("see attached"): not an inline logo or a calendar file.
_DOCUMENT = re.compile(r"^(?:application/(?:pdf|msword|rtf|octet-stream|vnd\.(?:openxmlformats|oasis))"
                       r"|text/(?!calendar)|message/rfc822|image/)", re.IGNORECASE)
_MIN_IMAGE = 40_000  # smaller images are logos and signature icons
_TERSE = 25
# A business document's own name: an invoice or an offer attached to a terse mail is business mail.
_BUSINESS_FILE = re.compile(
    r"lasku|invoice|faktura|rechnung|tarjous|offer|offert|angebot|tilaus|order|kuitti|receipt|kvitto|quittung"
    r"|sopimus|contract|avtal|vertrag|hinnasto|price|prislista|esite|brochure|katalog|\bcv\b|ansioluettelo",
    re.IGNORECASE,
)


def unreadable_attachment(mail: Mail) -> Iterator[Evidence]:
    """A document under a terse mail that was never read (no reader for its type).

    Attachments that were tried and failed (``ParsedMessage.unreadable``) are judged where they are read:
    :func:`dsarbot.pipeline.attachments.notes.note_attachments` triages them when the note may leave the
    request to them, and says which attachment and why.
    """
    if len(mail.own.split()) >= _TERSE:
        return
    for a in mail.parsed.attachments:
        if getattr(a, "text", None) is not None or not _DOCUMENT.match(a.content_type):
            continue  # read (its text is in the requester's part) or not a document
        name = a.filename or a.content_type
        if (a.content_type.startswith("image/") and a.size < _MIN_IMAGE) or _BUSINESS_FILE.search(
            f"{name} {mail.subject}"
        ):
            continue
        yield Evidence(TRIAGE, 1.0, (name,), f"the request may be in the attachment {name!r}, which was not read")


def _sentence(text: str, m: re.Match[str]) -> str:
    """The sentence (or line) around the match *m*."""
    start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
    stop = min(p for p in (text.find(".", m.end()), text.find("\n", m.end()), len(text)) if p >= 0)
    return text[start : stop + 1]


def law_named(mail: Mail) -> Iterator[Evidence]:
    """The mail names data-protection law, the GDPR (any language) or one of its Articles 12-22.

    Not as a bare assurance ("every candidate's CV is shared in line with GDPR"): a sentence that names the
    law with compliance words and without the writer's "I" asks nothing of anyone.
    """
    for mention, sentence in find_law(f"{mail.subject}\n{mail.own[:MAX_ANALYSED]}"):
        if VOCAB["compliance"].search(sentence) and not lx.SELF.search(sentence):
            continue
        yield Evidence(TRIAGE, 1.0, (mention,), f"names data-protection law ({mention!r})")
        return


_ASKING = re.compile(r"\?|[¿;]")
# Phrases in quotation marks are examples or citations ("poistakaa kaikki tietoni heti" in a course ad).
_QUOTED = re.compile(r"[\"“”«»„][^\"“”«»„]{1,300}[\"“”«»„]")


def asks_about_own_data(mail: Mail) -> Iterator[Evidence]:
    """The writer asks something about their own data ("what about my data?", "mis datos?")."""
    text = plain(_QUOTED.sub(" ", mail.own[:MAX_ANALYSED]))
    for m in VOCAB["my_data"].finditer(text):
        sentence = _sentence(text, m)
        if _ASKING.search(sentence) or lx.REQUEST.search(sentence):
            yield Evidence(TRIAGE, 1.0, (m.group(0),), f"asks about their own data ({m.group(0)!r})")
            return
