"""The repository's own labelled corpora, for tests that need a realistic mail of a given shape."""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent


def corpus_mail(name: str) -> bytes:
    """A mail of the repository's own corpora, e.g. ``corpus_mail("corpus_extra5/021-auto-ooo-fi.eml")``.

    The suite reads only what is in the repository; the shared development corpus is a bench-only extra
    (``python bench/corpus_quality.py PATH``).
    """
    return (TESTS / name).read_bytes()
