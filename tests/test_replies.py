"""Reply templates: every purpose in every language, read the way a requester would read them."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from dsarbot.config import DEMO_CONTROLLER, ControllerConfig
from dsarbot.replies import (
    PURPOSES,
    FoundSource,
    RenderedReply,
    ReplyContext,
    ReplyError,
    default_templates_root,
    format_date,
    render,
    sample_context,
)
from dsarbot.replies.markup import GLUE, WIDTH

LANGUAGES = ("fi", "sv", "en")
TAG = "[DSAR-2026-0042]"
DUE = {"fi": "7.12.2026", "sv": "7.12.2026", "en": "7 December 2026"}
RECEIVED = {"fi": "6.11.2026", "sv": "6.11.2026", "en": "6 November 2026"}
BUSINESS_ID_LABEL = {"fi": "Y-tunnus", "sv": "FO-nummer", "en": "Business ID"}


@pytest.fixture(scope="module")
def controller() -> ControllerConfig:
    return ControllerConfig.model_validate(DEMO_CONTROLLER)


def _render(purpose: str, lang: str, controller: ControllerConfig, **changes: object) -> RenderedReply:
    ctx = dataclasses.replace(sample_context(purpose, lang), **changes)  # type: ignore[arg-type]
    return render(purpose, ctx, controller)


def _both(reply: RenderedReply) -> tuple[str, str]:
    return reply.text, reply.html


# --- every purpose x language ---------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("purpose", PURPOSES)
def test_every_reply_renders_with_tag_footer_and_local_dates(
    purpose: str, lang: str, controller: ControllerConfig
) -> None:
    reply = _render(purpose, lang, controller)
    assert reply.language == lang
    assert TAG in reply.subject and "\n" not in reply.subject
    for body in _both(reply):
        assert controller.legal_name in body
        assert f"{BUSINESS_ID_LABEL[lang]} {controller.business_id}" in body
        assert controller.postal_address in body
        assert controller.reply_from in body
        assert "{{" not in body and "{%" not in body and GLUE not in body
        assert "2026-11-06" not in body  # dates are never ISO in a letter
    assert reply.html.startswith("<!DOCTYPE html>") and f'<html lang="{lang}">' in reply.html
    assert "<p>" not in reply.text
    # The signature delimiter survives tidying, and plain-text lines fit a mail client.
    assert "\n-- \n" in reply.text
    assert max(len(line) for line in reply.text.splitlines()) <= WIDTH


@pytest.mark.parametrize("lang", LANGUAGES)
def test_acknowledgement_gives_reference_due_date_verification_and_no_fee(
    lang: str, controller: ControllerConfig
) -> None:
    reply = _render("acknowledgement", lang, controller)
    free = {"fi": "maksutonta", "sv": "kostnadsfri", "en": "free of charge"}[lang]
    for body in _both(reply):
        assert "DSAR-2026-0042" in body
        assert DUE[lang] in body and RECEIVED[lang] in body
        assert sample_context("acknowledgement", lang).requester_email in body
        assert free in body
    assert "15" in reply.text and "17" in reply.text  # the kinds, with their articles


@pytest.mark.parametrize("lang", LANGUAGES)
def test_acknowledgement_without_verification_does_not_ask_for_it(
    lang: str, controller: ControllerConfig
) -> None:
    asked = _render("acknowledgement", lang, controller).text
    not_asked = _render("acknowledgement", lang, controller, verification_needed=False).text
    confirm = {"fi": "Vahvista pyyntösi", "sv": "Bekräfta din begäran", "en": "confirm your request"}[lang]
    assert confirm in asked and confirm not in not_asked


def test_format_date() -> None:
    d = date(2026, 12, 7)
    assert format_date(d, "fi") == "7.12.2026"
    assert format_date(d, "sv") == "7.12.2026"
    assert format_date(d, "en") == "7 December 2026"
    assert format_date(date(2027, 2, 8), "de") == "8 February 2027"


# --- per purpose ------------------------------------------------------------------------------------------

OMBUDSMAN = {
    "fi": ("Tietosuojavaltuutetun toimisto", "PL 800, 00531 Helsinki", "029 566 6700", "tuomioistuimen",
           "EU- tai ETA-maan"),
    "sv": ("Dataombudsmannens byrå", "PB 800, 00531 Helsingfors", "029 566 6700", "domstol",
           "EU- eller EES-land"),
    "en": ("Data Protection Ombudsman", "PL 800, 00531 Helsinki", "+358 29 566 6700", "court",
           "EU or EEA country"),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_rejection_names_the_ombudsman_own_country_and_court(lang: str, controller: ControllerConfig) -> None:
    reply = _render("rejection", lang, controller)
    reason_start = sample_context("rejection", lang).rejection_reason.split(".")[0]  # type: ignore[union-attr]
    for body in (" ".join(b.split()) for b in _both(reply)):
        for expected in OMBUDSMAN[lang]:
            assert expected in body
        assert "tietosuoja@om.fi" in body and "www.tietosuoja.fi" in body
        assert reason_start in body
        assert "12" in body  # Art. 12(4)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_erasure_done_lists_deleted_anonymised_and_kept_with_reason_and_date(
    lang: str, controller: ControllerConfig
) -> None:
    ctx = sample_context("erasure_done", lang)
    reply = render("erasure_done", ctx, controller)
    until = {"fi": "31.12.2030", "sv": "31.12.2030", "en": "31 December 2030"}[lang]
    # Compare on whitespace-normalised text: plain text is wrapped.
    for body in (" ".join(b.split()) for b in _both(reply)):
        for item in [*ctx.deleted, *ctx.anonymised, *ctx.recipients_notified]:
            assert item in body
        for kept in ctx.kept:
            assert kept.what in body
            assert kept.reason in body
            assert until in body


@pytest.mark.parametrize("lang", LANGUAGES)
def test_erasure_with_nothing_found_says_so(lang: str, controller: ControllerConfig) -> None:
    reply = _render("erasure_done", lang, controller, deleted=[], anonymised=[], kept=[])
    nothing = {"fi": "poistettavaa ei ollut", "sv": "inget att radera", "en": "nothing to erase"}[lang]
    assert nothing in " ".join(reply.text.split())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_access_response_shows_data_art15_information_and_attachments(
    lang: str, controller: ControllerConfig
) -> None:
    ctx = sample_context("access_response", lang)
    reply = render("access_response", ctx, controller)
    text = " ".join(reply.text.split())
    for src in ctx.found:
        assert f"{src.source} – {src.table}" in text
        for row in src.rows:
            for label, value in row.items():
                assert f"{label}: {value}" in text
    for name in ctx.attachments:
        assert name in text and name in reply.html
    for field in ("purposes", "legal_basis", "categories", "recipients", "retention", "source"):
        assert getattr(controller.privacy, field)[lang] in text
    assert OMBUDSMAN[lang][0] in text  # Art. 15(1)(f)


NO_DATA = {
    "fi": "ettemme käsittele sinua koskevia henkilötietoja",
    "sv": "att vi inte behandlar några personuppgifter om dig",
    "en": "we do not process any personal data about you",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_access_response_without_data_confirms_nothing_is_processed(
    lang: str, controller: ControllerConfig
) -> None:
    with_data = _render("access_response", lang, controller)
    without = _render("access_response", lang, controller, found=[], attachments=[])
    for body in _both(without):
        assert NO_DATA[lang] in " ".join(body.split())
    assert NO_DATA[lang] not in " ".join(with_data.text.split())
    # No data section, no attachment list.
    assert "DSAR-2026-0042.json" not in without.text
    assert controller.privacy.purposes[lang] not in without.text


def test_access_response_puts_long_tables_in_the_attachment_only(controller: ControllerConfig) -> None:
    rows = [{"Order": str(n)} for n in range(25)]
    reply = _render("access_response", "en", controller, found=[FoundSource("Shop", "Orders", rows)])
    assert "Order: 19" in reply.text and "Order: 20" not in reply.text
    assert "and 5 more rows" in reply.text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_portability_export_mentions_json_and_csv(lang: str, controller: ControllerConfig) -> None:
    reply = _render("portability_export", lang, controller)
    for body in _both(reply):
        assert "JSON" in body and "CSV" in body
        assert "DSAR-2026-0042.json" in body and "DSAR-2026-0042.csv" in body
        assert "20" in body  # Art. 20


@pytest.mark.parametrize("lang", LANGUAGES)
def test_rectification_done_lists_old_and_new_values_and_recipients(
    lang: str, controller: ControllerConfig
) -> None:
    ctx = sample_context("rectification_done", lang)
    reply = render("rectification_done", ctx, controller)
    empty = {"fi": "(tyhjä)", "sv": "(tom)", "en": "(empty)"}[lang]
    for body in _both(reply):
        for ch in ctx.changes:
            assert f"{ch.field}: {ch.old or empty} → {ch.new}" in body
        for r in ctx.recipients_notified:
            assert r in body
        assert "19" in body  # Art. 19


@pytest.mark.parametrize("lang", LANGUAGES)
def test_objection_marketing_is_confirmed_as_immediate(lang: str, controller: ControllerConfig) -> None:
    reply = _render("objection_done", lang, controller)
    assert "21" in reply.text
    immediate = {"fi": "heti", "sv": "omedelbart", "en": "immediately"}[lang]
    assert immediate in reply.text
    assert OMBUDSMAN[lang][0] not in reply.text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_objection_refused_gives_reasons_and_remedies(lang: str, controller: ControllerConfig) -> None:
    reply = _render("objection_done", lang, controller, objection_marketing=False, objection_upheld=False,
                    objection_outcome="Invoices <2024> must be kept.")
    assert "Invoices <2024> must be kept." in reply.text
    assert "Invoices &lt;2024&gt; must be kept." in reply.html
    assert OMBUDSMAN[lang][0] in reply.text
    with pytest.raises(ReplyError, match="objection_outcome"):
        _render("objection_done", lang, controller, objection_marketing=False, objection_upheld=False)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_extension_notice_gives_reason_and_new_due_date(lang: str, controller: ControllerConfig) -> None:
    ctx = sample_context("extension_notice", lang)
    reply = render("extension_notice", ctx, controller)
    new_due = {"fi": "8.2.2027", "sv": "8.2.2027", "en": "8 February 2027"}[lang]
    for body in (" ".join(b.split()) for b in _both(reply)):
        assert new_due in body and DUE[lang] in body
        assert ctx.extension_reason in body  # type: ignore[operator]
        assert "12" in body  # Art. 12(3)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_request_info_quotes_staff_text_and_pauses_the_clock(lang: str, controller: ControllerConfig) -> None:
    ctx = sample_context("request_info", lang)
    reply = render("request_info", ctx, controller)
    first_line = ctx.info_needed.splitlines()[0]  # type: ignore[union-attr]
    assert f"  {first_line}\n" in reply.text  # staff's own line breaks are kept
    assert f"{first_line}<br>" in reply.html
    paused = {"fi": "keskeytetty", "sv": "vilar", "en": "on hold"}[lang]
    assert paused in reply.text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_restriction_done_promises_notice_before_lifting(lang: str, controller: ControllerConfig) -> None:
    reply = _render("restriction_done", lang, controller)
    before = {"fi": "ennen kuin rajoitus poistetaan", "sv": "innan begränsningen hävs",
              "en": "before the restriction is lifted"}[lang]
    assert before in " ".join(reply.text.split())
    assert "18" in reply.text


# --- escaping, strictness, overrides, languages ---------------------------------------------------------

def test_html_escapes_requester_text_and_text_keeps_it(controller: ControllerConfig) -> None:
    reply = _render("access_response", "fi", controller, requester_name="<b>Eve</b>",
                    found=[FoundSource("CRM", "Notes", [{"Note": "<script>alert(1)</script>"}])])
    assert "&lt;b&gt;Eve&lt;/b&gt;" in reply.html and "<b>Eve</b>" not in reply.html
    assert "<script>" not in reply.html and "&lt;script&gt;" in reply.html
    assert "Hei <b>Eve</b>," in reply.text
    assert "<script>alert(1)</script>" in reply.text


def test_staff_text_is_escaped_in_html(controller: ControllerConfig) -> None:
    reply = _render("rejection", "en", controller, rejection_reason='Fake ID <img src="x">')
    assert "<img" not in reply.html and "&lt;img" in reply.html


def _override(root: Path, name: str, source: str) -> ControllerConfig:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(source, encoding="utf-8")
    return ControllerConfig.model_validate({**DEMO_CONTROLLER, "templates_dir": str(root)})


def test_missing_variable_raises(tmp_path: Path) -> None:
    controller = _override(tmp_path, "en/acknowledgement.j2",
                           '{% extends "en/_base.j2" %}{% block subject %}Hi [{{ reference }}]{% endblock %}'
                           "{% block body %}{{ no_such_variable }}{% endblock %}")
    with pytest.raises(ReplyError, match="no_such_variable"):
        render("acknowledgement", sample_context("acknowledgement", "en"), controller)


def test_missing_purpose_data_and_unknown_purpose_raise(controller: ControllerConfig) -> None:
    ctx = sample_context("extension_notice", "fi")
    with pytest.raises(ReplyError, match="new_due_date"):
        render("extension_notice", dataclasses.replace(ctx, new_due_date=None), controller)
    with pytest.raises(ReplyError, match="unknown reply purpose"):
        render("verification_mismatch", ctx, controller)


def test_controller_override_wins_and_keeps_shipped_parts(tmp_path: Path) -> None:
    controller = _override(
        tmp_path, "fi/acknowledgement.j2",
        '{% extends "fi/_base.j2" %}{% block subject %}Kiitos viestistäsi{% endblock %}'
        "{% block body %}{% filter para %}Oma tekstimme, vastaamme {{ due_date|date }} mennessä."
        "{% endfilter %}{% endblock %}",
    )
    reply = render("acknowledgement", sample_context("acknowledgement", "fi"), controller)
    assert "Oma tekstimme, vastaamme 7.12.2026 mennessä." in reply.text
    assert "Oma tekstimme" in reply.html
    assert "Vahvista pyyntösi" not in reply.text  # the shipped body is replaced...
    assert f"Y-tunnus {controller.business_id}" in reply.text  # ...the shipped footer is kept
    # An override that forgets the case tag still threads.
    assert reply.subject == f"Kiitos viestistäsi {TAG}"
    # Other languages and purposes still come from the shipped templates.
    assert "Bekräfta din begäran" in render("acknowledgement", sample_context("acknowledgement", "sv"),
                                            controller).text


def test_override_can_add_a_language(tmp_path: Path) -> None:
    controller = _override(
        tmp_path, "de/rejection.j2",
        '{% extends "en/_base.j2" %}{% block subject %}Entscheidung [{{ reference }}]{% endblock %}'
        "{% block body %}{% filter para %}Bis {{ due_date|date }}.{% endfilter %}{% endblock %}",
    )
    reply = render("rejection", sample_context("rejection", "de"), controller)
    assert reply.language == "de" and reply.subject == f"Entscheidung {TAG}"
    # No German template for this purpose: English.
    assert render("acknowledgement", sample_context("acknowledgement", "de"), controller).language == "en"


@pytest.mark.parametrize("language", ["de", "et", "", "../fi", "EN-gb"])
def test_unknown_language_falls_back_to_english(language: str, controller: ControllerConfig) -> None:
    reply = render("acknowledgement", sample_context("acknowledgement", language), controller)
    assert reply.language == "en"
    assert "What happens next" in reply.text and "7 December 2026" in reply.text


def test_regional_language_code_uses_the_language(controller: ControllerConfig) -> None:
    ctx = dataclasses.replace(sample_context("acknowledgement", "sv"), language="sv-FI")
    assert render("acknowledgement", ctx, controller).language == "sv"


def test_templates_root_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         controller: ControllerConfig) -> None:
    shipped = default_templates_root()
    assert (shipped / "_layout.j2").is_file()
    monkeypatch.setenv("DSARBOT_TEMPLATES_DIR", str(tmp_path))
    assert default_templates_root() == tmp_path
    with pytest.raises(ReplyError, match="no template"):
        render("rejection", sample_context("rejection", "en"), controller)
    # An explicit root wins over the environment.
    assert render("rejection", sample_context("rejection", "en"), controller, templates_root=shipped).text


def test_sample_context_covers_every_purpose() -> None:
    for purpose in PURPOSES:
        ctx = sample_context(purpose, "fi")
        assert isinstance(ctx, ReplyContext) and ctx.reference == "DSAR-2026-0042"
    with pytest.raises(ValueError):
        sample_context("nonsense", "fi")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_acknowledgement_after_the_deadline_says_it_passed_and_promises_no_date(
    lang: str, controller: ControllerConfig
) -> None:
    late = _render("acknowledgement", lang, controller, deadline_passed=True)
    on_time = _render("acknowledgement", lang, controller)
    soon = {"fi": "mahdollisimman pian", "sv": "så snart som möjligt", "en": "as soon as possible"}[lang]
    ended = {"fi": "määräaika päättyi", "sv": "tidsfristen ut den", "en": "that period ended on"}[lang]
    promise = {"fi": "viimeistään", "sv": "senast den", "en": "at the latest"}[lang]
    extension = {"fi": "jatkaa", "sv": "förlängas", "en": "extended"}[lang]
    for body in _both(late):
        flat = " ".join(body.split())
        assert soon in flat and ended in flat and DUE[lang] in flat
        assert promise not in flat and extension not in flat  # no extension after the first month
    assert promise in " ".join(on_time.text.split()) and soon not in on_time.text
