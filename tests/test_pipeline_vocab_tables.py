"""The vocabulary lives in data tables; the loaders read every entry, and read it as written.

A maintainer adds a word to a table and expects the classifier to use it: an entry no code reads, or a
pattern the loader bends (a lower-cased "\\S" is "\\s"), would be vocabulary that silently does nothing.
"""

from __future__ import annotations

import re
import tomllib
from importlib import resources

import pytest

from dsarbot.pipeline import lexicon
from dsarbot.pipeline.safety import load_vocab, plain, plain_pattern


def _lexicon_entries() -> set[str]:
    folder = resources.files("dsarbot.pipeline") / "vocab"
    names: set[str] = set()
    for f in folder.iterdir():
        if f.name.startswith("lexicon_") and f.name.endswith(".toml"):
            names |= set(tomllib.loads(f.read_text(encoding="utf-8")))
    return names


def test_every_entry_of_the_sentence_readers_tables_is_loaded() -> None:
    loaded = {n for n, v in vars(lexicon).items() if n.isupper() and isinstance(v, (re.Pattern, dict))}
    unused = _lexicon_entries() - loaded - {"ARTICLE"}  # ARTICLE is the template <<ARTICLE:15>> fills in
    assert not unused, f"entries in vocab/lexicon_*.toml that lexicon.py never loads: {sorted(unused)}"


def test_a_reference_to_another_entry_stands_for_its_pattern() -> None:
    # VERB["restriction"] includes <<TRANSFER_NEG>>: "do not pass my data to third parties" restricts
    assert lexicon.VERB["restriction"].search("please do not pass my data to your partners")
    assert lexicon.EXPLICIT["erasure"].search("pyydän art. 17 mukaisesti")  # <<ARTICLE:17>>


@pytest.mark.parametrize(("pattern", "text"), [
    (r"\bsie mochten (?:\S+ ){0,3}keine\b", "sie mochten uns bitte keine"),
    (r"^\W*abmelden\W*$", "» Abmelden «"),
])
def test_a_table_pattern_keeps_its_escapes_when_folded(pattern: str, text: str) -> None:
    assert re.search(plain_pattern(pattern), plain(text))


def test_the_boilerplate_table_removes_a_link_on_a_line_of_its_own() -> None:
    footer = load_vocab("boilerplate")["footer"]
    assert footer.search("https://example.com/newsletter/abmelden?e=x%40y")
