"""Staff-facing language: gettext catalogues (Babel) for fi, sv and en, and dates and numbers by locale.

Why gettext via Babel: it is Python's standard message-catalogue format (`.po` files that translators
and their tools already know, plural rules per language, `pybabel extract/update` to find every
marked string in code and jinja2 templates), and Babel also carries CLDR's conventions for dates and
numbers (`7.1.2027` in Finnish, `7 Jan 2027` in English). The `.po` files under `dsarbot/locale/` are
the only source: they are compiled in memory when first used, so no compiled `.mo` can go stale.

Rules: every staff-facing sentence is one message with named placeholders (`%(n)s`), never glued
together from translated pieces; plurals go through `ngettext`.

A sentence made where the reader is not yet known lives in :mod:`dsarbot.messages`.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date, format_datetime
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal, format_percent
from babel.support import Translations

LANGUAGES = ("fi", "sv", "en")
DOMAIN = "dsarbot"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}
"""Finnish and Finland-Swedish conventions (7.1.2027, not Sweden's 2027-01-07); British English
(7 Jan 2027, 66.7%: CLDR's en_FI would write English with Finnish decimal commas)."""
DATE_FORMATS = {"fi": "short", "sv": "short", "en": "d MMM y"}
MONTH_FORMATS = {"fi": "LLLL yyyy", "sv": "LLLL yyyy", "en": "LLLL yyyy"}
DATETIME_FORMATS = {"fi": "d.M.y 'klo' H.mm", "sv": "d.M.y 'kl.' HH.mm", "en": "d MMM y, HH:mm"}
"""Wall-clock times as written in Finland (`7.1.2027 klo 14.05`, `7.1.2027 kl. 14.05`) and Britain."""
HELSINKI = ZoneInfo("Europe/Helsinki")
_ACCEPT = re.compile(r"([a-zA-Z]{1,8})(?:-[a-zA-Z0-9]{1,8})*\s*(?:;\s*q\s*=\s*([0-9.]+))?")


def N_(msgid: str) -> str:
    """Mark *msgid* for the catalogues where it is defined (a table); translate it where it is shown."""
    return msgid


def catalogue_path(language: str) -> Path:
    """The `.po` file of *language*."""
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


@lru_cache(maxsize=8)
def translations(language: str) -> Translations:
    """The compiled catalogue of *language* (fi, sv, en)."""
    with catalogue_path(language).open("rb") as fh:
        catalog = read_po(fh, locale=LOCALES[language], domain=DOMAIN)
    buf = io.BytesIO()
    write_mo(buf, catalog)
    buf.seek(0)
    return Translations(fp=buf, domain=DOMAIN)


def supported(language: str | None) -> str | None:
    """*language* (e.g. `fi`, `sv-FI`, `en_GB`) reduced to one of LANGUAGES, or None."""
    if not language:
        return None
    base = language.replace("_", "-").split("-")[0].lower()
    return base if base in LANGUAGES else None


def negotiate(accept_language: str | None, default: str) -> str:
    """The best of LANGUAGES for a browser's Accept-Language header, else *default*."""
    best: tuple[float, str] | None = None
    for match in _ACCEPT.finditer(accept_language or ""):
        lang = supported(match.group(1))
        try:
            q = float(match.group(2)) if match.group(2) else 1.0
        except ValueError:
            continue
        if lang and q > 0 and (best is None or q > best[0]):
            best = (q, lang)
    return best[1] if best else (supported(default) or "en")


@dataclass(frozen=True)
class Translator:
    """Messages, dates and numbers for one staff language."""

    language: str

    @property
    def locale(self) -> str:
        """The Babel locale (fi_FI, sv_FI, en_FI)."""
        return LOCALES[self.language]

    def gettext(self, msgid: str, **values: object) -> str:
        """The translation of *msgid*, with `%(name)s` placeholders filled from *values*."""
        text = translations(self.language).gettext(msgid)
        return text % values if values else text

    def ngettext(self, singular: str, plural: str, n: int, **values: object) -> str:
        """The singular or plural translation for *n*; `%(n)s` and other placeholders are filled."""
        text = translations(self.language).ngettext(singular, plural, n)
        return text % {"n": self.number(n), **values}

    def date(self, day: dt.date | None) -> str:
        """A date the way staff write it: 7.1.2027 (fi, sv), 7 Jan 2027 (en); '' for None."""
        return _date(self.language, day, DATE_FORMATS[self.language]) if day else ""

    def datetime(self, moment: dt.datetime | str | None) -> str:
        """A stored time (UTC; naive means UTC) as Helsinki wall-clock text: `7.1.2027 klo 14.05`; '' for None."""
        if moment is None or moment == "":
            return ""
        if isinstance(moment, str):
            moment = dt.datetime.fromisoformat(moment)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.UTC)
        local = moment.astimezone(HELSINKI).replace(second=0, microsecond=0, tzinfo=None)
        return _datetime(self.language, local)

    def items(self, values: Sequence[str]) -> str:
        """A list of names (rights, fields), comma-separated as in all three languages: `tarkastus, poisto`."""
        return ", ".join(values)

    def language_name(self, code: str) -> str | None:
        """A language's name with its code, in this language (`puola (pl)`); None when CLDR has no name."""
        name = _locale(self.language).languages.get(code)
        return f"{name} ({code})" if name else None

    def month(self, first: dt.date) -> str:
        """A month with its year: `tammikuu 2026`, `januari 2026`, `January 2026`."""
        return _date(self.language, first, MONTH_FORMATS[self.language])

    def month_short(self, first: dt.date) -> str:
        """A month's short name alone (chart axes)."""
        return _date(self.language, first, "LLL")

    def number(self, value: float | int, pattern: str = "#,##0.#") -> str:
        """A number with the language's separators (12 345,5 in Finnish); *pattern* as CLDR writes it."""
        return _number(self.language, value, pattern)

    def percent(self, ratio: float | None) -> str:
        """A ratio as a percentage (92,5 % in Finnish); '–' when there is nothing to divide."""
        if ratio is None:
            return "–"
        return format_percent(ratio, format=_percent_pattern(self.locale), locale=_locale(self.language))


# A list page formats the same few dates and numbers thousands of times, and Babel parses the locale on
# every call: the results are cached (they never change for a language).
@lru_cache(maxsize=8)
def _locale(language: str) -> Locale:
    return Locale.parse(LOCALES[language])


@lru_cache(maxsize=8192)
def _date(language: str, day: dt.date, pattern: str) -> str:
    return format_date(day, format=pattern, locale=_locale(language))


@lru_cache(maxsize=4096)
def _datetime(language: str, local: dt.datetime) -> str:
    return format_datetime(local, format=DATETIME_FORMATS[language], locale=_locale(language))


@lru_cache(maxsize=4096)
def _number(language: str, value: float | int, pattern: str) -> str:
    return format_decimal(value, format=pattern, locale=_locale(language))


@lru_cache(maxsize=8)
def _percent_pattern(locale: str) -> str:
    """The locale's own percent pattern (`#,##0 %` in Finnish: a space before %) with one decimal."""
    pattern = Locale.parse(locale).percent_formats[None].pattern
    return pattern.replace("#,##0", "#,##0.#", 1)


def translator(language: str | None, default: str = "en") -> Translator:
    """The Translator for *language*, falling back to *default* (then English) when unsupported."""
    return Translator(supported(language) or supported(default) or "en")


ENGLISH = Translator("en")
"""English: what the CLI prints and what `str()` of a message gives."""
