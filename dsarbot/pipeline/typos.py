"""One-slip typos of the few words a request hinges on: "radra", "delte my acount", "poitakaa", "acess".

People type requests on phones, in a hurry: a letter dropped, doubled, swapped or hit next to the right
one. The lexicon matches exact stems, so a folded sentence is mended first: a word one edit away from an
anchor word (deletion, insertion, substitution, adjacent transposition; never in the first letter) is
read as the anchor. Anchors are long, distinctive words, and real words one slip away from them
("poistua" leave, "remote", "radar") are listed as words in their own right, so "radio", "rada" or
"trade" stay what they are. The lookup is a precomputed table: one dict access per word.
"""

from __future__ import annotations

import re

_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
# Words the rights hinge on (folded: a for ä/å, o for ö), in the forms requests use.
_ANCHORS = (
    # erasure
    "radera", "raderar", "raderas", "radering", "delete", "remove", "poistakaa", "poistaa", "poistatte",
    "poistamaan", "poistaisitte",
    # access / objection / portability words and their objects
    "access", "account", "accounts", "unsubscribe", "avregistrera", "uppgifter", "uppgifterna",
    "personuppgifter", "information", "personal", "tietoni", "tietojani", "henkilotietoni", "portability",
)
# Real words one slip away from an anchor: never mended.
_REAL = frozenset({
    "pistakaa", "pistaa", "pistatte", "pistamaan", "pistaisitte", "postakaa", "postaa", "postatte", "postamaan",
    "postaisitte", "poista", "poistua", "poistuu", "poistan", "poistat", "poistamme", "poistumaan", "poistutte",
    "poistava", "poistama", "poistaisi", "tietosi", "tietojasi", "uppgiften", "uppgifternas", "rader",
    "raderna", "raderat", "raderad", "deleted", "deletes", "remote", "removed", "removes", "remover", "persona",
    "personals", "informations",
})
_MIN_LEN = 5
_WORD = re.compile(rf"[a-z]{{{_MIN_LEN},}}")


def _one_slip(word: str) -> set[str]:
    """Every string one edit from *word*, the first letter kept."""
    head, tail = word[0], word[1:]
    out: set[str] = set()
    for i in range(len(tail) + 1):
        a, b = tail[:i], tail[i:]
        if b:
            out.add(head + a + b[1:])  # a letter dropped
            if len(b) > 1:
                out.add(head + a + b[1] + b[0] + b[2:])  # two letters swapped
            out.update(head + a + c + b[1:] for c in _ALPHABET)  # a wrong letter
        out.update(head + a + c + b for c in _ALPHABET)  # a letter too many
    return out


def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    for anchor in _ANCHORS:
        for slip in _one_slip(anchor):
            if len(slip) >= _MIN_LEN and slip not in _REAL and slip not in _ANCHORS:
                table.setdefault(slip, anchor)
    return table


_MEND = _table()


def mend(folded: str) -> str:
    """*folded* with one-slip typos of the anchor words replaced by the anchors."""
    if _MEND.keys().isdisjoint(_WORD.findall(folded)):
        return folded  # the usual case: nothing to mend
    return _WORD.sub(lambda m: _MEND.get(m.group(0), m.group(0)), folded)
