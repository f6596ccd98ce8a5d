"""Mail in any EU language (and Norwegian, Icelandic, Ukrainian, Russian): which language it is, and which
rights it asks for, read through the regulation's own words in that language.

The letters and short texts are in tests/multilingual_samples.py, written for these tests.
"""

from __future__ import annotations

import tomllib

import pytest
from multilingual_samples import LETTERS, SHORT

from dsarbot.pipeline import analyse
from dsarbot.pipeline.language import FULLY_READ, LANGUAGES, identify, language_name, mail_language
from dsarbot.pipeline.multilingual import find_requests, languages, law_mentions, table_files
from dsarbot.pipeline.types import KINDS

EU_OFFICIAL = {"bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt",
               "nl", "pl", "pt", "ro", "sk", "sl", "sv"}


def mail(body: str, subject: str = "-") -> bytes:
    return (f"From: Writer <writer@example.com>\r\nTo: info@example.fi\r\nSubject: {subject}\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}").encode()


# --- language identification ------------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in SHORT.items() for t in texts])
def test_a_short_mail_sentence_is_identified_in_every_language_that_matters(lang: str, text: str) -> None:
    assert identify(text)[0] == lang


@pytest.mark.parametrize(("text", "lang"), [
    ("delete me", "en"), ("remove me pls", "en"), ("radera mig", "sv"), ("poistakaa tietoni", "fi"),
    ("Kiitos!", "fi"), ("unsubscribe", "en"),
])
def test_one_liners_in_finnish_swedish_and_english_are_not_guessed_as_other_languages(text: str, lang: str) -> None:
    assert identify(text)[0] == lang


def test_one_word_body_is_read_in_its_own_language_not_the_subjects() -> None:
    assert mail_language("unsubscribe", "Re: Uutiskirje toukokuu", None) == "en"
    assert mail_language("Ok", "Tietojeni poistaminen", None) == "fi"  # "Ok" says nothing: the subject decides


def test_empty_text_falls_back_to_the_content_language_or_finnish() -> None:
    assert identify("  \n ", default="sv") == ("sv", 0.0)
    assert mail_language("", "", "de-DE") == "de"
    assert mail_language("", "", None) == "fi"


def test_letters_of_other_alphabets_are_left_to_the_library() -> None:
    # Short and ASCII-like, but Maltese letters: the fi/sv/en stop words must not claim it.
    assert identify("Ħassru d-data tiegħi")[0] == "mt"


def test_latin_script_serbian_or_bosnian_reads_as_croatian_the_eu_language() -> None:
    assert identify("Hvala na brzom odgovoru, sada je sve jasno.")[0] == "hr"


def test_the_language_is_named_for_people() -> None:
    assert language_name("pl") == "Polish (pl)"
    assert language_name("uk") == "Ukrainian (uk)"
    assert language_name("fi") == "Finnish (fi)"
    assert language_name("xx") == "xx"


def test_fully_read_languages_are_finnish_swedish_and_english() -> None:
    assert {"fi", "sv", "en"} == FULLY_READ
    assert EU_OFFICIAL | {"no", "is", "uk", "ru"} <= set(LANGUAGES)


# --- the vocabulary tables --------------------------------------------------------------------------------

def test_every_eu_language_and_norwegian_ukrainian_russian_has_a_table() -> None:
    assert EU_OFFICIAL | {"no", "uk", "ru"} <= set(languages())


@pytest.mark.parametrize("lang", sorted(table_files()))
def test_every_table_names_the_regulation_and_every_right(lang: str) -> None:
    table = tomllib.loads(table_files()[lang])
    assert table["language"] == lang and table["name"] == LANGUAGES[lang]
    assert table["regulation"] and table["article"] and table["ask"]
    assert all("N" in a.split() or any(w.startswith("N") for w in a.split()) for a in table["article"])
    for section in ("titles", "names", "verbs"):
        missing = [k for k in KINDS if not table[section].get(k)]
        assert not missing, f"{lang}: [{section}] has nothing for {missing}"
    assert table["objects"]["my_data"] and table["objects"]["marketing"]


@pytest.mark.parametrize("lang", sorted(LETTERS))
def test_each_language_recognises_an_erasure_and_an_access_letter(lang: str) -> None:
    erasure, access, _ = LETTERS[lang]
    assert {e.kind for e in find_requests(erasure, lang)} == {"erasure"}
    assert {e.kind for e in find_requests(access, lang)} == {"access"}


@pytest.mark.parametrize("lang", sorted(LETTERS))
def test_each_language_ignores_the_same_verbs_in_ordinary_business_mail(lang: str) -> None:
    _, _, business = LETTERS[lang]
    assert find_requests(business, lang) == []


def test_the_evidence_quotes_the_writer_as_written() -> None:
    [found] = find_requests("Dobrý den, prosím smažte moje osobní údaje.", "cs")
    assert (found.kind, found.phrase) == ("erasure", "smažte moje osobní údaje")
    assert found.weight >= 0.85


def test_letters_typed_without_diacritics_are_read_too() -> None:
    assert [e.kind for e in find_requests("Prosze usunac moje dane osobowe.", "pl")] == ["erasure"]
    assert [e.kind for e in find_requests("Παρακαλω διαγραψτε τα δεδομενα μου", "el")] == ["erasure"]


def test_a_right_named_by_its_official_title_counts_and_an_ask_makes_it_firm() -> None:
    asked = find_requests("Wnoszę o realizację prawa do usunięcia danych.", "pl")
    bare = find_requests("Prawo do usunięcia danych", "pl")
    assert [e.kind for e in asked] == ["erasure"] and asked[0].weight == 0.9
    assert [e.kind for e in bare] == ["erasure"] and bare[0].weight < 0.7  # a person should look


def test_a_negated_verb_asks_for_nothing() -> None:
    assert find_requests("Proszę nie usuwać moich danych.", "pl") == []
    # German, Dutch and Scandinavian negation follows the verb in the same clause.
    assert find_requests("Bitte löschen Sie meine Daten nicht, bis alles geklärt ist.", "de") == []
    assert find_requests("Verwijder mijn gegevens niet.", "nl") == []
    assert [e.kind for e in find_requests("Slett opplysningene mine, ikke bare nyhetsbrevet.", "no")] == ["erasure"]


def test_stop_sending_marketing_is_an_objection_in_other_languages() -> None:
    assert [e.kind for e in find_requests("Proszę przestać wysyłać mi reklamy.", "pl")] == ["objection"]
    assert [e.kind for e in find_requests("Ne küldjenek nekem több hírlevelet.", "hu")] == ["objection"]


def test_a_privacy_notice_listing_all_the_rights_asks_for_none() -> None:
    notice = ("Mają Państwo prawo dostępu do danych, prawo do sprostowania, prawo do usunięcia danych, "
              "prawo do ograniczenia przetwarzania i prawo do przenoszenia danych.")
    assert find_requests(notice, "pl") == []


def test_a_language_without_a_table_yields_nothing() -> None:
    assert find_requests("请删除我的数据", "zh") == []


# --- the law, named in any language -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "mentions"), [
    ("Auskunft nach Art. 15 DSGVO", {"DSGVO", "art. 15"}),
    ("na podstawie art. 17 RODO", {"RODO", "art. 17"}),
    ("conformément à l'article 21 du RGPD", {"RGPD", "l'article 21"}),
    ("volgens artikel 17 van de AVG", {"AVG", "artikel 17"}),
    ("σύμφωνα με το άρθρο 15 του ΓΚΠΔ", {"ΓΚΠΔ", "αρθρο 15"}),
    ("podle článku 15 obecného nařízení o ochraně osobních údajů",
     {"clanku 15", "obecneho narizeni o ochrane osobnich udaju"}),
    ("tietosuoja-asetuksen 15 artiklan mukaisesti", {"tietosuoja-asetuksen", "15 artiklan"}),
    ("відповідно до статті 17 GDPR", {"GDPR", "статті 17"}),
    ("isikuandmete kaitse üldmääruse artikkel 20", {"isikuandmete kaitse uldmaaruse", "artikkel 20"}),
])
def test_the_regulation_and_its_articles_are_recognised_in_any_language(text: str, mentions: set[str]) -> None:
    assert set(law_mentions(text)) == mentions


@pytest.mark.parametrize("text", [
    "The avg response time was 3 days.", "See article 5 of the contract.", "Art. 3 of our terms applies.",
    "Vielen Dank für Ihre Bestellung.",
])
def test_ordinary_words_and_other_articles_are_no_law_mention(text: str) -> None:
    assert law_mentions(text) == []


# --- through the whole pipeline ---------------------------------------------------------------------------

OTHER_LANGS = sorted(set(LETTERS) - FULLY_READ)


@pytest.mark.parametrize("lang", OTHER_LANGS)
def test_a_request_letter_in_another_language_opens_a_request_with_its_right(lang: str) -> None:
    erasure, access, _ = LETTERS[lang]
    for body, kind in ((erasure, "erasure"), (access, "access")):
        c = analyse(mail(body)).classification
        assert (c.category, c.kinds, c.language) == ("request", (kind,), lang), c.reasons
        assert any("vocabulary" in r for r in c.reasons)


@pytest.mark.parametrize("lang", OTHER_LANGS)
def test_business_mail_in_another_language_is_not_a_request(lang: str) -> None:
    c = analyse(mail(LETTERS[lang][2])).classification
    assert (c.category, c.language) == ("other", lang)
