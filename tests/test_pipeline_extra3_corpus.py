"""The pipeline generalises to a third independent, labelled corpus (tests/corpus_extra3).

The third extra corpus was written by yet another author, from situations rather than keywords, without looking
at the classifier's rules or at the texts of the other corpora: a former employee asking for personnel data, an
annoyed SMS-marketing recipient, a lawyer writing for a client (Reply-To is the lawyer), a request hidden in a
support ticket, Ostrobothnian Swedish, an expat's English with Finnish words, German and Estonian; auto-replies
without "out of office" words, a Finnish bounce, e-invoice/calendar/Teams/network notifications; and hard
negatives (a company removing its own directory listing, a court summons, "do I have to give my henkilötunnus?").
Labels follow the definitions in ../shared/corpus/README.md, not the classifier's output. Regenerate it with
``python3 tests/corpus_extra3/make_corpus.py``.

The thresholds are the same as on the second extra corpus: this set measures generalisation.
Every failure message carries a per-file table of all mismatches so that a developer sees what went wrong.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dsarbot.pipeline import analyse, to_label_json

EXTRA = Path(__file__).resolve().parent / "corpus_extra3"
FIELDS = ["category", "kinds", "language", "requester_email", "requester_name", "phone", "hetu", "business_id"]


@pytest.fixture(scope="module")
def results() -> list[tuple[dict, dict]]:
    """(label, pipeline output) per file of the third extra corpus."""
    labels_path = EXTRA / "labels.jsonl"
    if not labels_path.is_file():
        pytest.fail(f"the third extra corpus is missing at {EXTRA}; run tests/corpus_extra3/make_corpus.py")
    out = []
    for line in labels_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        label = json.loads(line)
        raw = (EXTRA / label["file"]).read_bytes()
        out.append((label, to_label_json(analyse(raw), label["file"])))
    assert len(out) >= 40
    return out


def _same(field: str, expected, got) -> bool:
    if field == "kinds":
        return set(expected or []) == set(got or [])
    return expected == got


def _table(rows: list[tuple[str, str, object, object]], title: str) -> str:
    """Render (file, field, got, expected) rows as a fixed-width table."""
    if not rows:
        return f"{title}: none"
    head = ("file", "field", "got", "expected")
    cells = [tuple(str(c) for c in r) for r in rows]
    widths = [min(60, max(len(h), *(len(c[i]) for c in cells))) for i, h in enumerate(head)]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    lines = [title, fmt.format(*head), fmt.format(*("-" * w for w in widths))]
    lines += [fmt.format(*c) for c in cells]
    return "\n".join(lines)


def _mismatches(results, fields=FIELDS, only=None) -> list[tuple[str, str, object, object]]:
    rows = []
    for lab, got in results:
        if only and not only(lab, got):
            continue
        for f in fields:
            if not _same(f, lab[f], got.get(f)):
                rows.append((lab["file"], f, got.get(f), lab[f]))
    return rows


def _report(results, focus: str, fields=FIELDS, only=None) -> str:
    return "\n" + _table(_mismatches(results, fields, only), f"mismatches ({focus})") + "\n\n" + _table(
        _mismatches(results), "all mismatches on the third extra corpus")


def _rate(pairs, ok) -> float:  # type: ignore[no-untyped-def]
    return sum(1 for lab, got in pairs if ok(lab, got)) / len(pairs)


def test_extra3_category_accuracy_at_least_90_percent(results):
    rate = _rate(results, lambda lab, got: lab["category"] == got["category"])
    assert rate >= 0.90, f"category accuracy {rate:.3f} < 0.90" + _report(results, "category", ["category"])


def test_extra3_no_automated_mail_is_a_request(results):
    leaked = [(lab["file"], "category", got["category"], lab["category"]) for lab, got in results
              if lab["category"] == "automated" and got["category"] == "request"]
    assert not leaked, _table(leaked, "automated mail classified as request")


def test_extra3_kinds_exactly_right_on_85_percent_of_requests(results):
    requests = [(lab, got) for lab, got in results if lab["category"] == "request"]
    rate = _rate(requests, lambda lab, got: set(lab["kinds"]) == set(got["kinds"]))
    assert rate >= 0.85, f"kinds exact (as sets) on {rate:.3f} of requests < 0.85" + _report(
        results, "kinds of requests", ["category", "kinds"], only=lambda lab, got: lab["category"] == "request")


def test_extra3_language_right_on_95_percent(results):
    rate = _rate(results, lambda lab, got: lab["language"] == got["language"])
    assert rate >= 0.95, f"language accuracy {rate:.3f} < 0.95" + _report(results, "language", ["language"])


def test_extra3_requester_address_right_on_95_percent(results):
    rate = _rate(results, lambda lab, got: lab["requester_email"] == got["requester_email"])
    assert rate >= 0.95, f"requester_email accuracy {rate:.3f} < 0.95" + _report(
        results, "requester_email", ["requester_email"])


def test_extra3_every_hetu_in_a_request_is_found(results):
    missed = [(lab["file"], "hetu", got["hetu"], lab["hetu"]) for lab, got in results
              if lab["category"] == "request" and lab["hetu"] and got["hetu"] != lab["hetu"]]
    assert not missed, _table(missed, "hetu missed in requests") + "\n\n" + _table(
        _mismatches(results), "all mismatches on the third extra corpus")
