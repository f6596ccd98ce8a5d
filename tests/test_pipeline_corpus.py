"""The pipeline meets its quality targets on the labelled development corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dsarbot.pipeline import analyse, to_label_json

LABEL_KEYS = ["file", "category", "kinds", "language", "requester_email", "requester_name", "phone", "hetu",
              "business_id"]


@pytest.fixture(scope="module")
def results(corpus_dir: Path) -> list[tuple[dict, dict]]:
    """(label, our output) per corpus file."""
    out = []
    for line in (corpus_dir / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        raw = (corpus_dir / label["file"]).read_bytes()
        out.append((label, to_label_json(analyse(raw), label["file"])))
    assert len(out) >= 50
    return out


def _rate(pairs: list[tuple[dict, dict]], ok) -> float:  # type: ignore[no-untyped-def]
    return sum(1 for label, got in pairs if ok(label, got)) / len(pairs)


def test_category_accuracy_at_least_95_percent(results):
    rate = _rate(results, lambda lab, got: lab["category"] == got["category"])
    wrong = [(lab["file"], got["category"]) for lab, got in results if lab["category"] != got["category"]]
    assert rate >= 0.95, wrong


def test_no_automated_mail_is_ever_a_request(results):
    leaked = [lab["file"] for lab, got in results if lab["category"] == "automated" and got["category"] == "request"]
    assert leaked == []


def test_kinds_exactly_right_on_90_percent_of_requests(results):
    requests = [(lab, got) for lab, got in results if lab["category"] == "request"]
    rate = _rate(requests, lambda lab, got: set(lab["kinds"]) == set(got["kinds"]))
    wrong = [(lab["file"], got["kinds"]) for lab, got in requests if set(lab["kinds"]) != set(got["kinds"])]
    assert rate >= 0.90, wrong


def test_language_right_on_97_percent(results):
    rate = _rate(results, lambda lab, got: lab["language"] == got["language"])
    assert rate >= 0.97, [(lab["file"], got["language"]) for lab, got in results if lab["language"] != got["language"]]


def test_requester_address_right_on_97_percent(results):
    rate = _rate(results, lambda lab, got: lab["requester_email"] == got["requester_email"])
    wrong = [(lab["file"], got["requester_email"]) for lab, got in results
             if lab["requester_email"] != got["requester_email"]]
    assert rate >= 0.97, wrong


@pytest.mark.parametrize("key", ["hetu", "business_id", "phone"])
def test_every_identifier_given_in_a_request_is_found(results, key):
    missed = [(lab["file"], lab[key], got[key]) for lab, got in results
              if lab["category"] == "request" and lab[key] and got[key] != lab[key]]
    assert missed == []


def test_label_json_has_the_label_keys_in_order_plus_confidence(results):
    _, got = results[0]
    assert list(got)[: len(LABEL_KEYS)] == LABEL_KEYS
    assert {"confidence", "uncertain", "reasons"} <= set(got)
    assert 0.0 <= got["confidence"] <= 1.0


def test_kinds_come_in_canonical_order(results):
    order = ["access", "rectification", "erasure", "restriction", "objection", "portability"]
    for _, got in results:
        assert got["kinds"] == sorted(got["kinds"], key=order.index)
