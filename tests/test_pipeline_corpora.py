"""Regression tests: the pipeline keeps what it learned from independent, labelled corpora.

Each corpus under tests/corpus_extra*/ was written by another author without looking at the
classifier's rules or at the other corpora, and labelled by the corpus definitions (never by the
classifier's output). Each set was first measured on mail the classifier had not seen — those
before-tuning figures, the measure of generalisation, are in the README and printed by
`python bench/corpus_quality.py` — and then joined CI in the commit that fixed the causes of its
misses. From then on these tests hold every set at the thresholds below: they catch regressions,
they no longer measure generalisation. Each folder's generator script says what its corpus
emphasises. Every failure message carries a per-file table of all mismatches.

Once a corpus has been tuned on it is a regression set: corpora 17-19 (other EU languages; attachments,
scans and the company's own group inboxes; spam, scams, B2B data-protection mail) keep thresholds at the
figures reached after their round of fixes, a little below (their before-tuning figures are in their
BEFORE.txt and the README). Scans are read by OCR as the worker reads them in production.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dsarbot.pipeline import analyse, to_label_json
from dsarbot.pipeline.attachments import load_ocr

HERE = Path(__file__).resolve().parent
FIELDS = ["category", "kinds", "language", "requester_email", "requester_name", "phone", "hetu", "business_id"]
# folder -> the fewest files it must hold (a truncated corpus must not pass quietly)
CORPORA = {"corpus_extra": 60, "corpus_extra2": 45, "corpus_extra3": 40, "corpus_extra4": 40, "corpus_extra5": 35,
           "corpus_extra6": 30, "corpus_extra7": 40, "corpus_extra8": 37,
           "corpus_extra9": 36, "corpus_extra10": 36,
           "corpus_extra11": 36, "corpus_extra12": 38, "corpus_extra13": 38, "corpus_extra14": 34,
           "corpus_extra15": 34, "corpus_extra16": 32,
           "corpus_extra17": 71, "corpus_extra18": 45, "corpus_extra19": 76}
# The common floor, and the figures a corpus tuned on keeps (reached after its round, a little below).
FLOOR = {"category": 0.90, "kinds": 0.85, "language": 0.95, "address": 0.95}
THRESHOLDS = {
    "corpus_extra17": {"category": 0.95, "kinds": 0.97, "language": 0.97, "address": 0.97},
    "corpus_extra18": {"category": 0.97, "kinds": 0.92, "language": 0.97, "address": 0.97},
    "corpus_extra19": {"category": 0.95, "kinds": 0.97, "language": 0.97, "address": 0.97},
}
# Non-requests a corpus still takes for a confident request (each would acknowledge someone who asked nothing).
CONFIDENT_NON_REQUESTS = {"corpus_extra14": 1}
# Corpora whose scans and photos only OCR reads (the worker OCRs in production; CI installs Tesseract).
NEEDS_OCR = frozenset({"corpus_extra18"})
OCR, OCR_MISSING = load_ocr()


def _floor(name: str, figure: str) -> float:
    return THRESHOLDS.get(name, FLOOR)[figure]

Pair = tuple[dict[str, Any], dict[str, Any]]


@pytest.fixture(scope="module", params=sorted(CORPORA))
def results(request: pytest.FixtureRequest) -> tuple[str, list[Pair]]:
    """(corpus name, [(label, pipeline output)]) for one corpus."""
    folder = HERE / request.param
    labels_path = folder / "labels.jsonl"
    if not labels_path.is_file():
        pytest.fail(f"the corpus {folder} is missing its labels.jsonl; run its generator script")
    if OCR is None and request.param in NEEDS_OCR:
        pytest.fail(f"{request.param} holds scans that production reads by OCR, but OCR is off: {OCR_MISSING}")
    out = []
    for line in labels_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            label = json.loads(line)
            raw = (folder / label["file"]).read_bytes()
            out.append((label, to_label_json(analyse(raw, ocr=OCR), label["file"])))
    assert len(out) >= CORPORA[request.param]
    return request.param, out


def _same(field: str, expected: object, got: object) -> bool:
    if field == "kinds":
        return set(expected or []) == set(got or [])  # type: ignore[call-overload]
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


def _mismatches(pairs: list[Pair], fields: list[str] = FIELDS,
                only: Callable[[dict[str, Any], dict[str, Any]], bool] | None = None
                ) -> list[tuple[str, str, object, object]]:
    return [(lab["file"], f, got.get(f), lab[f]) for lab, got in pairs if not only or only(lab, got)
            for f in fields if not _same(f, lab[f], got.get(f))]


def _report(name: str, pairs: list[Pair], focus: str, fields: list[str] = FIELDS,
            only: Callable[[dict[str, Any], dict[str, Any]], bool] | None = None) -> str:
    return (f"\n{_table(_mismatches(pairs, fields, only), f'mismatches ({focus})')}\n\n"
            f"{_table(_mismatches(pairs), f'all mismatches on {name}')}")


def _rate(pairs: list[Pair], ok: Callable[[dict[str, Any], dict[str, Any]], bool]) -> float:
    return sum(1 for lab, got in pairs if ok(lab, got)) / len(pairs)


def test_category_accuracy_at_least_its_floor(results: tuple[str, list[Pair]]) -> None:
    name, pairs = results
    rate, floor = _rate(pairs, lambda lab, got: lab["category"] == got["category"]), _floor(name, "category")
    assert rate >= floor, f"{name}: category accuracy {rate:.3f} < {floor}" + _report(name, pairs, "category",
                                                                                       ["category"])


def test_every_request_opens_a_case(results: tuple[str, list[Pair]]) -> None:
    name, pairs = results
    lost = [(lab["file"], "category", got["category"], lab["category"]) for lab, got in pairs
            if lab["category"] == "request" and got["category"] != "request" and not got["uncertain"]]
    assert not lost, _table(lost, f"{name}: requests that open no case (neither a request nor a triage case)")


def test_automated_mail_never_opens_a_triage_case(results: tuple[str, list[Pair]]) -> None:
    name, pairs = results
    triaged = [(lab["file"], "uncertain", got["reasons"][:2], lab["category"]) for lab, got in pairs
               if lab["category"] == "automated" and got["uncertain"]]
    assert not triaged, _table(triaged, f"{name}: automated mail sent to triage")


def test_no_non_request_is_taken_for_a_confident_request(results: tuple[str, list[Pair]]) -> None:
    name, pairs = results
    wrong = [(lab["file"], "category", got["reasons"][:2], lab["category"]) for lab, got in pairs
             if lab["category"] != "request" and got["category"] == "request" and not got["uncertain"]]
    assert len(wrong) <= CONFIDENT_NON_REQUESTS.get(name, 0), _table(
        wrong, f"{name}: non-requests taken for a confident request (each would acknowledge a non-requester)")


def test_no_automated_mail_is_a_request(results: tuple[str, list[Pair]]) -> None:
    name, pairs = results
    leaked = [(lab["file"], "category", got["category"], lab["category"]) for lab, got in pairs
              if lab["category"] == "automated" and got["category"] == "request"]
    assert not leaked, _table(leaked, f"{name}: automated mail classified as request")


def test_kinds_exactly_right_at_least_at_its_floor(results: tuple[str, list[Pair]]) -> None:
    name, pairs = results
    requests = [(lab, got) for lab, got in pairs if lab["category"] == "request"]
    rate, floor = _rate(requests, lambda lab, got: set(lab["kinds"]) == set(got["kinds"])), _floor(name, "kinds")
    assert rate >= floor, f"{name}: kinds exact (as sets) on {rate:.3f} of requests < {floor}" + _report(
        name, pairs, "kinds of requests", ["category", "kinds"], only=lambda lab, got: lab["category"] == "request")


def test_language_right_at_least_at_its_floor(results: tuple[str, list[Pair]]) -> None:
    name, pairs = results
    rate, floor = _rate(pairs, lambda lab, got: lab["language"] == got["language"]), _floor(name, "language")
    assert rate >= floor, f"{name}: language accuracy {rate:.3f} < {floor}" + _report(name, pairs, "language",
                                                                                       ["language"])


def test_requester_address_right_at_least_at_its_floor(results: tuple[str, list[Pair]]) -> None:
    name, pairs = results
    rate = _rate(pairs, lambda lab, got: lab["requester_email"] == got["requester_email"])
    floor = _floor(name, "address")
    assert rate >= floor, f"{name}: requester_email accuracy {rate:.3f} < {floor}" + _report(
        name, pairs, "requester_email", ["requester_email"])


def test_requester_name_right_on_90_percent_of_requests(results: tuple[str, list[Pair]]) -> None:
    name, pairs = results
    requests = [(lab, got) for lab, got in pairs if lab["category"] == "request"]
    rate = _rate(requests, lambda lab, got: lab["requester_name"] == got["requester_name"])
    assert rate >= 0.90, f"{name}: requester_name right on {rate:.3f} of requests < 0.90" + _report(
        name, pairs, "requester_name of requests", ["requester_name"],
        only=lambda lab, got: lab["category"] == "request")


def test_phone_right_on_97_percent(results: tuple[str, list[Pair]]) -> None:
    name, pairs = results
    rate = _rate(pairs, lambda lab, got: lab["phone"] == got["phone"])
    assert rate >= 0.97, f"{name}: phone accuracy {rate:.3f} < 0.97" + _report(name, pairs, "phone", ["phone"])


def test_business_id_right_on_97_percent(results: tuple[str, list[Pair]]) -> None:
    name, pairs = results
    rate = _rate(pairs, lambda lab, got: lab["business_id"] == got["business_id"])
    assert rate >= 0.97, f"{name}: business_id accuracy {rate:.3f} < 0.97" + _report(
        name, pairs, "business_id", ["business_id"])


def test_every_hetu_in_a_request_is_found(results: tuple[str, list[Pair]]) -> None:
    name, pairs = results
    missed = [(lab["file"], "hetu", got["hetu"], lab["hetu"]) for lab, got in pairs
              if lab["category"] == "request" and lab["hetu"] and got["hetu"] != lab["hetu"]]
    assert not missed, _table(missed, f"{name}: hetu missed in requests") + "\n\n" + _table(
        _mismatches(pairs), f"all mismatches on {name}")
