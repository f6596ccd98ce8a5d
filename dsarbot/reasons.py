"""The classifier's reasons in the writer's own words, for people to read.

The classifier matches on folded text (lower case, umlauts dropped: "poistakaa tietoni" and
"poistakää tietoni" match alike) and quotes the first 80 characters of the sentence it matched, so
its reasons read “pyydan etta poistatte kaikki tietoni teidan asia”. Shown to a person, a quote should
be what the writer wrote: this finds each quoted phrase in the mail text again and puts back the
original spelling, ending on a whole word (with "…" when the sentence goes on). Pure: text in, text out.
"""

from __future__ import annotations

import re

from dsarbot.pipeline.textutil import fold

_QUOTED = re.compile(r"“([^”]+)”|'([^']{2,})'")
CUT_AT = 80
"""The classifier's quote length: a quote this long was cut, so the readable one ends with "…"."""


def _folded(text: str) -> tuple[str, list[int]]:
    """*text* folded as the classifier folds it, and for each folded character its index in *text*."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        for f in fold(ch):  # the classifier's own folding, one character at a time
            out.append(f)
            where.append(i)
    return "".join(out), where


def _original(phrase: str, text: str, folded: str, where: list[int], sentence: bool) -> str | None:
    """The words of *text* that fold to *phrase* (runs of spaces may differ), or None when not found.

    A *sentence* quote is extended to the end of its last word, and marked "…" when it was cut.
    """
    words = fold(phrase).split()
    if not words:
        return None
    match = re.search(r"\s+".join(re.escape(w) for w in words), folded)
    if match is None:
        return None
    start, end = where[match.start()], where[match.end() - 1] + 1
    if sentence:
        while end < len(text) and (text[end].isalnum() or text[end] in "-'’"):
            end += 1
    shown = " ".join(text[start:end].split())
    if sentence and len(phrase) >= CUT_AT and end < len(text) and text[end] not in "\n.!?":
        shown += "…"
    return shown


def readable_reasons(reasons: list[str], text: str) -> list[str]:
    """*reasons* with every quoted phrase replaced by the writer's original words where *text* has them."""
    folded, where = _folded(text)

    def restore(m: re.Match[str]) -> str:
        sentence = m.group(1) is not None
        phrase = m.group(1) if sentence else m.group(2)
        found = _original(phrase, text, folded, where, sentence)
        if found is None:
            return m.group(0)
        return f"“{found}”" if sentence else f"'{found}'"

    return [_QUOTED.sub(restore, reason) for reason in reasons]
