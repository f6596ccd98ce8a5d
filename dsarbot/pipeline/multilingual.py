"""The regulation's own vocabulary in every EU language (plus Norwegian, Ukrainian, Russian, Icelandic).

The words live in data tables, one per language: ``dsarbot/pipeline/vocab/<code>.toml``. Each names the
regulation and its abbreviation, how "Article 15" is written, the official titles of Articles 15–21
(EUR-Lex, OJ L 119, 4.5.2016), the names people give the rights, the everyday verbs per right, the
"my data" phrases that make a verb personal, marketing words, request markers and negations.

Two pure functions read them:

- ``find_requests(text, lang)``: the rights a mail in *lang* asks for, as :class:`Evidence` — a right
  named by its title or name (0.9 with a request marker in the sentence, else 0.6), or an everyday verb
  with the writer's own data (or marketing, for an objection) as its object (0.85, 0.9 with a marker).
  A sentence that names four or more rights is a list of rights (a privacy notice, a footer) and counts
  for none; a negation just before a verb ("nie usuwajcie") takes that verb back.
- ``law_mentions(text)``: the regulation's names and abbreviations (GDPR, DSGVO, RGPD, AVG, RODO, ΓΚΠΔ…),
  the national data-protection acts people cite, and "Art. 15 / Artikel 17 / článek 15 / άρθρο 21 /
  15 artikla" style mentions of Articles 12–22, in any language; ``find_law(text)`` gives each with its
  sentence. These tables are the one source of law names: the safety net (safety.law_named) reads them.

Phrase syntax in the tables (so that the tables stay words, not regular expressions): words separated by
spaces (optional after a word's final dot: "art. N" matches "Art.15"); ``*`` at the end of a word means any
ending ("usun*" matches usunąć, usunięcie); ``..`` stands for up to three words in between; ``N`` (in
``article``) is an article number 12–22. Text and phrases are compared lower-cased and without diacritics,
so "usunac moje dane" typed without Polish letters and "διαγραφη" without accents match too. Abbreviations
are compared as written (upper case), so Dutch "AVG" is not English "avg".
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from dsarbot.pipeline.textutil import MAX_ANALYSED
from dsarbot.pipeline.types import KINDS, Kind

NAMED_ASKED = 0.9  # a right named, in a sentence with a request marker
NAMED = 0.6  # a right named, no request marker: a person should look
VERB_ASKED = 0.9  # an everyday verb with the writer's own data as object, and a request marker
VERB = 0.85  # an everyday verb with the writer's own data as object
_LIST_OF_RIGHTS = 4  # a sentence naming (or using the verbs of) this many rights lists them, asks for none
_SENTENCE = re.compile(r"(?<=[.!?;:])\s+|\n\s*\n|\n(?=\s*[-*•\d])")
_NEGATION_WINDOW = 25  # characters before (or after, in the clause) a verb in which a negation takes it back
_CLAUSE_END = re.compile(r"[,;:.!?]")
_SPECIAL = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "ð": "d", "þ": "th", "ß": "ss", "đ": "d", "ħ": "h",
                          "ı": "i", "œ": "oe", "’": "'", "ʼ": "'", "‘": "'", "´": "'", "\u00ad": "", "\xa0": " "})


@dataclass(frozen=True)
class Evidence:
    """One right the vocabulary found asked for: the right, the phrase as the writer wrote it, its weight."""

    kind: Kind
    phrase: str
    weight: float


def _bare(text: str) -> str:
    """*text* without diacritics (case kept): "IKÜM" -> "IKUM", "RĠPD" -> "RGPD"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def plain(text: str) -> str:
    """*text* lower-cased and without diacritics: the form tables and mail are compared in."""
    return _bare(text.lower())


def _plain_mapped(text: str) -> tuple[str, list[int]]:
    """plain(*text*) and, per character of it, the index of the character of *text* it came from."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        p = plain(ch)
        out.append(p)
        where += [i] * len(p)
    return "".join(out), where


def _phrase_rx(phrase: str, number: bool = False) -> str:
    """The regular expression of one table phrase (see the module docstring for the syntax)."""
    parts = []
    for word in plain(phrase).split():
        if word == "..":
            parts.append(r"(?:\S+\s+){0,3}?")
            continue
        if number and word.strip(".") == "n":
            # "Art. 15(1)", not "Art. 15 %" or "art 20 €" (a price list's article numbers)
            parts.append(r"(?:1[2-9]|2[0-2])" + (r"\." if word.endswith(".") else "") + r"(?:\s*\(\d+\))?"
                         + r"(?!\s*(?:%|eur\b|€))")
            continue
        stem = word.rstrip("*")
        parts.append(re.escape(stem) + (r"\w*" if word.endswith("*") else ""))
    body = ""
    for part in parts:
        # after an abbreviation's dot the space is optional: "Art.15", "čl.17"
        gap = r"\s*" if body.endswith(r"\.") else r"\s+"
        body += part if (not body or body.endswith("}?")) else gap + part
    return body


def _union(phrases: list[str], number: bool = False) -> re.Pattern[str] | None:
    """One compiled pattern for a list of phrases (longest first, so the longer name wins).

    The word boundaries stand once around the alternation, not in each branch: 20x faster on a whole mail.
    """
    if not phrases:
        return None
    branches = "|".join(_phrase_rx(p, number) for p in sorted(set(phrases), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{branches})(?!\w)")


def _title_core(title: str) -> str:
    """An official title without its quoted or bracketed part ("Right to erasure ('right to be forgotten')")."""
    core = re.sub(r"\(.*?\)|[«“„\"'‘”»].*?[»”“\"'’«]", " ", title)
    return re.sub(r"[,;]", " ", core).strip()


@dataclass(frozen=True)
class Vocabulary:
    """One language's table, compiled."""

    code: str
    name: str
    names: dict[Kind, re.Pattern[str]]  # official titles and the usual names of each right
    articles: dict[Kind, re.Pattern[str]]  # each right's article ("Art. 17", "17 artiklan")
    listed: dict[Kind, re.Pattern[str]]  # the bare nouns a privacy notice lists the rights by ("acceso, rectificación")
    verbs: dict[Kind, re.Pattern[str]]  # everyday verbs and phrases per right (need an object)
    my_data: re.Pattern[str]
    marketing: re.Pattern[str] | None
    me: re.Pattern[str] | None  # the writer: "mich", "mnie", "мне" ("remove me from the newsletter")
    fields: re.Pattern[str] | None  # what a correction changes: surname, address, e-mail
    ask: re.Pattern[str] | None
    negation: re.Pattern[str] | None
    negation_after: re.Pattern[str] | None  # "löschen Sie sie nicht": the negation follows the verb


# The article of each right: "Art. 17 DSGVO", "art. 20 RODO", "17 artiklan" name the right as its title does.
ARTICLE_OF = {"access": 15, "rectification": 16, "erasure": 17, "restriction": 18, "portability": 20, "objection": 21}


def _articles(table: dict[str, Any], kind: str) -> list[str]:
    """The language's ways of writing the article of *kind* ("art. N" as "art. 17", "N. cikk*" as "17. cikk*")."""
    number = str(ARTICLE_OF[kind])
    return [" ".join(w.replace("N", number) if w.strip(".") == "N" else w for w in phrase.split())
            for phrase in table["article"]]


def _compile(table: dict[str, Any]) -> Vocabulary:
    titles, names, verbs = table["titles"], table["names"], table["verbs"]
    lists = table["objects"]
    return Vocabulary(
        code=table["language"],
        name=table["name"],
        names={k: _union([_title_core(titles[k]), *names.get(k, [])]) for k in KINDS},  # type: ignore[misc]
        articles={k: _union(_articles(table, k)) for k in KINDS},  # type: ignore[misc]
        listed={k: rx for k in KINDS if (rx := _union(table.get("listed", {}).get(k, []))) is not None},
        verbs={k: rx for k in KINDS if (rx := _union(verbs.get(k, []))) is not None},
        my_data=_union(lists["my_data"]),  # type: ignore[arg-type]
        marketing=_union(lists.get("marketing", [])),
        me=_union(lists.get("me", [])),
        fields=_union(lists.get("fields", [])),
        ask=_union(table.get("ask", [])),
        negation=_union(table.get("negation", [])),
        negation_after=_union(table.get("negation_after", [])),
    )


def table_files() -> dict[str, str]:
    """Language code -> the TOML text of its table, for every table shipped (``<code>.toml``; the other
    tables in the folder — safety.toml, boilerplate.toml, precision.toml — are the classifier's own)."""
    folder = resources.files("dsarbot.pipeline") / "vocab"
    return {f.name.removesuffix(".toml"): f.read_text(encoding="utf-8")
            for f in folder.iterdir() if f.name.endswith(".toml") and len(f.name) == len("xx.toml")}


@cache
def tables() -> dict[str, dict[str, Any]]:
    """Every language's table as parsed TOML (loaded once)."""
    return {code: tomllib.loads(text) for code, text in sorted(table_files().items())}


@cache
def vocabulary(lang: str) -> Vocabulary | None:
    """The compiled table of *lang*, or None when there is none (loaded and compiled once per language)."""
    table = tables().get(lang)
    return _compile(table) if table else None


def languages() -> tuple[str, ...]:
    """The language codes that have a table."""
    return tuple(tables())


def _negated(vocab: Vocabulary, sentence: str, start: int, end: int) -> bool:
    """A negation just before the verb, or after it in the same clause ("löschen Sie sie nicht")."""
    if vocab.negation and vocab.negation.search(sentence[max(0, start - _NEGATION_WINDOW) : start]):
        return True
    after = _CLAUSE_END.split(sentence[end : end + _NEGATION_WINDOW], maxsplit=1)[0]
    return bool(vocab.negation_after and vocab.negation_after.search(after))


def find_requests(text: str, lang: str) -> list[Evidence]:
    """The rights *text* (in language *lang*) asks for, with the phrase that says so; [] without a table.

    >>> [(e.kind, e.phrase) for e in find_requests("Proszę usunąć moje dane osobowe.", "pl")]
    [('erasure', 'usunąć moje dane osobowe')]
    """
    vocab = vocabulary(lang)
    if vocab is None:
        return []
    folded, where = _plain_mapped(text[:MAX_ANALYSED])
    found: list[Evidence] = []
    start = 0
    ends = [m for m in _SENTENCE.finditer(folded) if not _abbreviation(text, folded, where, m)]
    prev = ""
    for part in [*ends, None]:
        end = part.start() if part else len(folded)
        spell = lambda a, b, o=start: text[where[a + o] : where[b + o - 1] + 1]  # noqa: E731
        found += _sentence_evidence(vocab, folded[start:end], spell, prev)
        prev = folded[start:end]
        start = part.end() if part else end
    return found


# An article of a national act, not of the GDPR: "artículo 15 de la Ley Orgánica 3/2018", "§ 34 BDSG".
_NATIONAL_LAW = re.compile(
    r"(?:\s*\(\d+\))?\W+(?:\S+\s+){0,3}?(?:ley|loi|lei|legge|gesetz\w*|bdsg|lopd\w*|ustaw\w*|zakon\w*|torveny\w*"
    r"|закон\w*|likum\w*|istatym\w*|seadus\w*|lag|lagen|laki|lain|act|wet|lov|loven|log|akt\w*)\b"
)
_OBJECT_REACH = 90  # characters from a verb to the end of its object ("usunięcia wszystkich moich danych osobowych")


def _nearest(verb: re.Match[str], objects: list[re.Match[str]]) -> re.Match[str] | None:
    """The object phrase closest to *verb*."""
    return min(objects, key=lambda o: abs(o.start() - verb.start()), default=None)


_SHORT_WORD = re.compile(r"(?:^|[\s(])(\w{1,3})\.$")


def _abbreviation(text: str, folded: str, where: list[int], m: re.Match[str]) -> bool:
    """The split *m* follows an abbreviation, not a sentence's end: "Art. 20", "Abs. 3", "z. B. CSV", "čl. 17"."""
    word = _SHORT_WORD.search(folded[max(0, m.start() - 6) : m.start()])
    if not word or m.end() >= len(folded):
        return False
    following = text[where[m.end()]]
    return len(word.group(1)) == 1 or following.isdigit() or following.islower()


def _sentence_evidence(vocab: Vocabulary, sentence: str, original: Callable[[int, int], str],
                       prev: str = "") -> list[Evidence]:
    """Evidence in one folded sentence; *original*(start, end) gives the writer's own spelling of a span, *prev* is
    the sentence before (what "it" in "please correct it" or "stop sending them" points back to)."""
    asked = bool(vocab.ask and vocab.ask.search(sentence))
    named = {k: m for k, rx in vocab.names.items() if (m := rx.search(sentence))}
    for k, rx in vocab.articles.items():
        m = rx.search(sentence)
        if m and k not in named and not _NATIONAL_LAW.match(sentence, m.end()):
            named[k] = m
    mentioned = set(named) | {k for table in (vocab.verbs, vocab.listed) for k, rx in table.items()
                              if rx.search(sentence)}
    if len(mentioned) >= _LIST_OF_RIGHTS:
        return []  # four rights in one sentence ("derechos de acceso, rectificación, supresión…"): a list, not an ask
    found = [Evidence(k, original(*m.span()), NAMED_ASKED if asked else NAMED) for k, m in named.items()]
    for kind, rx in vocab.verbs.items():
        m = rx.search(sentence)
        if not m or kind in named:
            continue
        if kind != "objection" and _negated(vocab, sentence, m.start(), m.end()):
            continue  # "nie usuwajcie": taken back (objection verbs carry their own "no more")
        meant = _object(vocab, kind, m, sentence, prev)
        if meant is None:
            continue  # "usuń pozycję z zamówienia": not the writer's data
        right, target = meant
        a, b = min(m.start(), target.start()), max(m.end(), target.end())
        found.append(Evidence(right, original(a, b) if b - a <= 80 else original(*m.span()),
                              VERB_ASKED if asked else VERB))
    return found


def _object(vocab: Vocabulary, kind: Kind, verb: re.Match[str], sentence: str,
            prev: str) -> tuple[Kind, re.Match[str]] | None:
    """(the right, its object) for an everyday verb of *kind*, or None when its object is not the writer's.

    The writer's own data near the verb, for any right; marketing named here or just before, for an objection;
    a field (surname, address) with the writer in it, here or just before, for a correction ("změnilo se mi
    příjmení … Můžete mi to opravit?"); the writer removed from a mailing, for an erasure verb: an objection.
    """
    mine = _nearest(verb, [*vocab.my_data.finditer(sentence)])
    if mine is not None and (kind == "objection" or max(verb.end(), mine.end()) - min(verb.start(), mine.start())
                             <= _OBJECT_REACH):
        return kind, mine  # beyond reach: "…moich danych…, w tym (CV, kopia prawa jazdy)" copies a licence
    ads = vocab.marketing.search(sentence) if vocab.marketing else None
    if kind == "objection" and (ads or (vocab.marketing and vocab.marketing.search(prev))):
        return kind, ads or verb
    me = vocab.me.search(sentence) if vocab.me else None
    if kind == "erasure" and ads and me:
        return "objection", ads  # "удалите меня из рассылки": off the mailing list
    if kind == "rectification" and vocab.fields and vocab.me:
        field = vocab.fields.search(sentence)
        if (field or vocab.fields.search(prev)) and (me or vocab.me.search(prev)):
            return kind, field or verb
    return None


@cache
def _law_patterns() -> tuple[re.Pattern[str], re.Pattern[str] | None, re.Pattern[str] | None]:
    """(regulation names in any language, abbreviations as written, Article 12–22 mentions in any language)."""
    names, abbreviations, articles = [], [], []
    for table in tables().values():
        names += table["regulation"]
        abbreviations += table.get("abbreviations", [])
        articles += table["article"]
    bare = sorted({_bare(a) for a in abbreviations}, key=len, reverse=True)
    abbr = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, bare)) + r")(?!\w)") if bare else None
    return _union(sorted(set(names))), abbr, _union(sorted(set(articles)), number=True)  # type: ignore[return-value]


def _around(text: str, start: int, end: int) -> str:
    """The sentence (or line) of *text* around the span start..end."""
    first = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [p for p in (text.find(".", end), text.find("\n", end)) if p >= 0]
    return text[first : (min(stops) if stops else len(text)) + 1]


def find_law(text: str) -> list[tuple[str, str]]:
    """Every mention of data-protection law in *text*, with the sentence it stands in (lower-cased, no
    diacritics): regulation names and national acts, abbreviations as written, Articles 12–22, any language.

    >>> find_law("Ich berufe mich auf die DSGVO.")
    [('DSGVO', 'ich berufe mich auf die dsgvo.')]
    """
    names, abbr, articles = _law_patterns()
    text = text[:MAX_ANALYSED]
    folded, bare = plain(text), _bare(text)
    found = []
    if abbr:
        found += [(m.group(0), plain(_around(bare, *m.span()))) for m in abbr.finditer(bare)]
    for rx in (names, articles):
        if rx:
            found += [(m.group(0), _around(folded, *m.span())) for m in rx.finditer(folded)]
    return found


def law_mentions(text: str) -> list[str]:
    """The data-protection law *text* names, in any language: regulation names, abbreviations, Articles 12–22.

    >>> law_mentions("Na podstawie art. 17 RODO proszę o usunięcie danych.")
    ['RODO', 'art. 17']
    """
    unique: dict[str, str] = {}
    for mention, _sentence in find_law(text):
        unique.setdefault(mention.lower(), mention)  # "GDPR" and "gdpr" once, as first written
    return list(unique.values())
