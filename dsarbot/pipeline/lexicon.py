"""Word patterns of the sentence reader (fi, sv, en, de, et; basic forms of da/no, nl, fr, es, ru).

The words live in data tables, not here: ``vocab/lexicon_who.toml`` (who is speaking, is it a request),
``vocab/lexicon_objects.toml`` (the writer's data, fields, registers, marketing lists, business records)
and ``vocab/lexicon_rights.toml`` (each right's own terms and action verbs). This module loads and
compiles them once, under the names the readers use (``lx.REQUEST``, ``lx.VERB["erasure"]``…).

All patterns run on *folded* text (lower case, ä->a, ö->o, å->a, ü->u, ß->ss; see textutil.fold), so
one pattern serves "poistakaa tietoni" and "poistakaa tietoni" typed without umlauts alike.

Finnish is inflected: patterns match stems plus any ending (``tie[dt]o\\w*`` covers tiedot, tietoni,
tietojeni, tiedoistani, henkilötietoja…) instead of listing sentences. Each kind has two tiers:
*explicit* cues name the right itself (tarkastusoikeus, registerutdrag, right to be forgotten);
*verb* cues are actions (poistakaa, radera, delete) that count only with a personal-data object.

Table syntax: a list is joined as alternatives (each one wrapped in a group); a single string is one
pattern as written. ``<<NAME>>`` inside a pattern stands for the pattern of entry NAME, and
``<<ARTICLE:15>>`` for the ARTICLE template with ``{n}`` = 15.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any

from dsarbot.pipeline.types import KINDS, Kind

_FILES = ("lexicon_who", "lexicon_objects", "lexicon_rights")
_REF = re.compile(r"<<([A-Z_]+)(?::(\d+))?>>")


def _rx(*parts: str) -> re.Pattern[str]:
    """One pattern of alternatives, each in its own group."""
    return re.compile("|".join(f"(?:{p})" for p in parts))


def _tables() -> dict[str, Any]:
    """Every entry of the lexicon tables by name (a name defined twice is an error in the tables)."""
    merged: dict[str, Any] = {}
    folder = resources.files("dsarbot.pipeline") / "vocab"
    for name in _FILES:
        table = tomllib.loads((folder / f"{name}.toml").read_text(encoding="utf-8"))
        twice = merged.keys() & table.keys()
        if twice:
            raise ValueError(f"vocab/{name}.toml defines {sorted(twice)} again")
        merged.update(table)
    return merged


_TABLE = _tables()


@cache
def _source(name: str) -> str:
    """The regular expression of entry *name*, with its <<references>> filled in."""
    entry = _TABLE[name]
    if isinstance(entry, str):
        return _expand(entry)
    return "|".join(f"(?:{_expand(p)})" for p in entry)


def _expand(pattern: str) -> str:
    def fill(m: re.Match[str]) -> str:
        if m.group(2):
            return str(_TABLE[m.group(1)]).replace("{n}", m.group(2))
        return _source(m.group(1))

    return _REF.sub(fill, pattern)


def _load(name: str) -> re.Pattern[str]:
    return re.compile(_source(name))


def _per_kind(name: str) -> dict[Kind, re.Pattern[str]]:
    table = _TABLE[name]
    return {k: re.compile("|".join(f"(?:{_expand(p)})" for p in table[k])) for k in KINDS if k in table}


# --- who is speaking, and is it a request (vocab/lexicon_who.toml) ---------------------------------
REQUEST = _load("REQUEST")
SELF = _load("SELF")
CONDITIONAL = _load("CONDITIONAL")
NEGATION_BEFORE = _load("NEGATION_BEFORE")
OWN_ACT_NEG = _load("OWN_ACT_NEG")
NOT_ASKED = _load("NOT_ASKED")
NEGATION_AFTER = _load("NEGATION_AFTER")

# --- objects (vocab/lexicon_objects.toml) -----------------------------------------------------------
PERSONAL_STRONG = _load("PERSONAL_STRONG")
PERSONAL_SELF = _load("PERSONAL_SELF")
SALARY_ACCOUNT = _load("SALARY_ACCOUNT")
FIELDS = _load("FIELDS")
PERSONAL_FIELD = _load("PERSONAL_FIELD")
FIELD_TO = _load("FIELD_TO")
FIELD_LINE = _load("FIELD_LINE")
FIELD_CHANGE = _load("FIELD_CHANGE")
NOT_PERSONAL = _load("NOT_PERSONAL")
DUPLICATE = _load("DUPLICATE")
BUSINESS_RECORD = _load("BUSINESS_RECORD")
BUSINESS_DATA = _load("BUSINESS_DATA")
MARKETING = _load("MARKETING")
MARKETING_WORDS = _load("MARKETING_WORDS")
GENERIC_LIST = _load("GENERIC_LIST")
MARKETING_CONTENT = _load("MARKETING_CONTENT")
COMPANY_DIRECTORY = _load("COMPANY_DIRECTORY")
PUBLICITY = _load("PUBLICITY")
THIRD_PARTY = _load("THIRD_PARTY")
REGISTERS = _load("REGISTERS")
PROCESSING = _load("PROCESSING")
PURPOSE_BACK = _load("PURPOSE_BACK")
QUOTED = _load("QUOTED")
PRONOUN_OBJECT = _load("PRONOUN_OBJECT")
STOP_PRONOUN = _load("STOP_PRONOUN")
PRONOUN_BEFORE = _load("PRONOUN_BEFORE")
TOTAL = _load("TOTAL")
ABOUT_ME = _load("ABOUT_ME")
RELATIVE = _load("RELATIVE")
ABOUT_THEM = _load("ABOUT_THEM")
READ_NOTICE = _load("READ_NOTICE")
RECORDS = _load("RECORDS")
ID_DOCUMENT = _load("ID_DOCUMENT")
BUSINESS_DOC = _load("BUSINESS_DOC")
COPY_WORD = _load("COPY_WORD")
WRONG = _load("WRONG")
OWN_NOUN = _load("OWN_NOUN")
THANKS = _load("THANKS")
DONE = _load("DONE")

# --- the rights (vocab/lexicon_rights.toml) ------------------------------------------------------------
TRANSFER_NEG = _load("TRANSFER_NEG")
THIRD_RECIPIENT = _load("THIRD_RECIPIENT")
FILE_FORMAT = _load("FILE_FORMAT")
OWN_DATA = _load("OWN_DATA")
ACCESS_QUESTION = _load("ACCESS_QUESTION")
QUESTION_OBJECT = _load("QUESTION_OBJECT")
MISSPELT = _load("MISSPELT")
ACCESS_BLOCK = _load("ACCESS_BLOCK")
PITCH = _load("PITCH")
COMPLAINT_OBJECT = _load("COMPLAINT_OBJECT")
EXPLICIT = _per_kind("EXPLICIT")
VERB = _per_kind("VERB")

# Any cue of any kind: most sentences have none, and one combined search skips them cheaply.
ANY_CUE = re.compile(
    "|".join(
        f"(?:{rx.pattern})"
        for rx in (*EXPLICIT.values(), *VERB.values(), ABOUT_ME, ABOUT_THEM, RELATIVE, ACCESS_QUESTION, MISSPELT)
    )
)
