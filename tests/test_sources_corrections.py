"""Rectification proposals read from request text."""

from __future__ import annotations

import email
import email.policy

import pytest
from support.corpora import corpus_mail

from dsarbot.sources import propose_corrections


def fields(text: str, language: str = "fi") -> set[tuple[str, str]]:
    return {(c.field_type, c.new_value) for c in propose_corrections(text, language)}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Hei, uusi puhelinnumeroni on 040 123 4567.", "fi", {("phone", "+358401234567")}),
    ("sukunimeni on nykyään Virtanen", "fi", {("last_name", "Virtanen")}),
    ("osoitteeni on muuttunut: Kauppakatu 5 B 12, 40100 Jyväskylä", "fi",
     {("street_address", "Kauppakatu 5 B 12"), ("postal_code", "40100"), ("city", "Jyväskylä")}),
    ("Hej, mitt nya efternamn är Lindqvist.", "sv", {("last_name", "Lindqvist")}),
    ("Hi, my new email address is Tom.Becker@Example.org (the old one is gone).", "en",
     {("email", "tom.becker@example.org")}),
    ("My new mobile number is +44 7700 900123", "en", {("phone", "+447700900123")}),
    # A signature is not a request to change anything.
    ("Terveisin\nMatti Virtanen\np. 040 555 1234\nHämeenkatu 1, 33100 Tampere", "fi", set()),
])
def test_proposals(text: str, language: str, expected: set[tuple[str, str]]) -> None:
    assert fields(text, language) == expected


def test_evidence_is_the_mail_text() -> None:
    (change,) = propose_corrections("Hei! Uusi puhelinnumeroni on 040 123 4567, kiitos.", "fi")
    assert change.evidence == "Uusi puhelinnumeroni on 040 123 4567"
    assert change.to_correction().field_type == "phone"


@pytest.mark.parametrize(("name", "language", "expected"), [
    ("corpus_extra/020-fi-rectification-new-phone.eml", "fi", {("phone", "+358509987766")}),
    ("corpus_extra/024-sv-fi-rectification-ratta-adress.eml", "sv",
     {("street_address", "Slottsgatan 12 B 8"), ("postal_code", "20100"), ("city", "Åbo")}),
    ("corpus_extra7/010-fi-rectification-uusi-osoitteeni-inline.eml", "fi",
     {("street_address", "Koulukatu 12 B 7"), ("postal_code", "90100"), ("city", "Oulu")}),
    ("corpus_extra4/016-en-surname-changed.eml", "en", {("last_name", "Virtanen")}),
    ("corpus_extra4/019-sv-ratta-telefonnummer.eml", "sv", {("phone", "+358445127730")}),
])
def test_corpus_rectification_mails(name: str, language: str, expected: set[tuple[str, str]]) -> None:
    msg = email.message_from_bytes(corpus_mail(name), policy=email.policy.default)
    body = msg.get_body(("plain", "html"))
    assert body is not None
    assert fields(body.get_content(), language) == expected
