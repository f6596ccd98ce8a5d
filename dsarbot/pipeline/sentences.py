"""The requester's text as sentences (folded), and whether a matched word is negated.

Sentences are what the classifier reads: a right counts only when one sentence both names it and is
the writer's own ask, so where sentences end matters as much as the words.
"""

from __future__ import annotations

import re

from dsarbot.pipeline import lexicon as lx
from dsarbot.pipeline.textutil import MAX_ANALYSED, fold
from dsarbot.pipeline.typos import mend

# Sentence ends, but not after an abbreviation that continues the sentence ("esim. CSV", "e.g. JSON").
_SPLIT = re.compile(
    r"(?<=[.!?;])(?<!\besim\.)(?<!\bmm\.)(?<!\bks\.)(?<!\bt\.ex\.)(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bz\.b\.)"
    r"(?<!\bbl\.a\.)(?<!\bevt\.)\s+|\n+|\s+[-–]\s+(?=\S)",
    re.IGNORECASE,
)
_MAX_SENTENCE = 600
_NEG_IMPERATIVE = re.compile(r"\b(alkaa|alka|ala)\s+$")  # "älkää poistako" (folded)


def negated_before(sentence: str, start: int) -> bool:
    """True if a negation stands in the same clause just before sentence[start:]."""
    before = sentence[max(0, start - 40) : start]
    # A negation does not reach over a clause break: "ei kiitos, en halua…" negates the thanks, not the ask.
    before = before[max(before.rfind(","), before.rfind(";"), before.rfind(":")) + 1 :]
    return bool(lx.NEGATION_BEFORE.search(before))


def negated(sentence: str, start: int, end: int) -> bool:
    """True if the words around sentence[start:end] negate it ("älkää poistako", "radera inte")."""
    if negated_before(sentence, start):
        return True
    before = sentence[max(0, start - 40) : start]
    word_end = sentence.find(" ", start)
    word = sentence[start : word_end if word_end > 0 else len(sentence)]
    if word.rstrip(".,!?").endswith(("ko", "ka")) and _NEG_IMPERATIVE.search(before):
        return True
    return bool(lx.NEGATION_AFTER.match(sentence[end:]))


# A hard line wrap inside a sentence (a plain-text mailer's 72 columns, an Outlook <br>): the line runs on
# with no sentence end and the next line continues in lower case. List lines ("- nimi", "name: X") stay apart.
_WRAP = re.compile(r"(?<=[^\s.!?:;])[ \t]*\n[ \t]*(?=[a-zåäöüß(][^\n]*(?:\n|$))")
_WRAP_MIN = 30  # a wrapped line is long; short lines ("moi", "Hei,") are lines of their own
_LABEL = re.compile(r"\s*[\w .-]{1,25}:\s")  # "sähköposti: x@y", "Subject: …": a form's field line


def _unwrap(text: str) -> str:
    """Join hard-wrapped lines of one sentence, so a sentence is not cut in two by the line width."""
    if "\n" not in text:
        return text

    def join(m: re.Match[str]) -> str:
        line_start = text.rfind("\n", 0, m.start()) + 1
        line = text[line_start : m.start()]
        nxt = text[m.end() : text.find("\n", m.end()) % (len(text) + 1)]
        if len(line) < _WRAP_MIN or line.lstrip().startswith((">", "-", "*", "\u2022")) or (
            len(line) < 50 and _LABEL.match(line)
        ) or (":" in nxt and len(nxt) < 50):  # "sähköposti: x@y" is a field line; a long line with a colon runs on
            return m.group(0)
        return " "

    return _WRAP.sub(join, text)


def sentences(text: str) -> list[str]:
    """*text* unwrapped, folded, its one-slip typos mended (typos.py) and split into sentences (long runs cut)."""
    out: list[str] = []
    for s in _SPLIT.split(mend(fold(_unwrap(text[:MAX_ANALYSED])))):
        s = s.strip()
        # A "sentence" of thousands of characters is not prose; chunks keep the patterns linear.
        out.extend(s[i : i + _MAX_SENTENCE] for i in range(0, len(s), _MAX_SENTENCE))
    return [s for s in out if s]


def unquoted(s: str) -> str:
    """*s* without phrases in quotation marks ("every 'send me all my data' e-mail" cites others' words), unless
    the quote is nearly all of it (a form's 'Message: "please delete my data"' is the writer's own ask) and the
    only quote."""
    if '"' not in s and "\u201c" not in s and "\u201d" not in s and "\u00ab" not in s:
        return s
    bare, cited = lx.QUOTED.subn(" ", s)
    # Several quoted phrases ('"Pyydän…", "Mitä…?" tai "Send me…"') are examples cited, never one form field.
    return bare if len(bare.split()) >= 4 or cited >= 2 else s
