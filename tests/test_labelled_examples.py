"""Staff's triage decisions and rights corrections are kept as labelled examples and can be replayed."""

from __future__ import annotations

from datetime import UTC, datetime

from support.mails import mail

from dsarbot import decisions, processing, store
from dsarbot.intake import ingest
from dsarbot.runtime import Runtime

STAFF = decisions.Actor("cli:staff")


def _triage_case(rt: Runtime, body: str) -> str:
    ingest.store_raw(rt, mail(body, frm="Ossi <ossi@example.fi>"), source="test",
                     received_at=datetime(2026, 4, 1, 9, tzinfo=UTC))
    [result] = processing.process_pending(rt)
    assert result.action == "triage" and result.case_reference
    return result.case_reference


def test_not_a_request_is_kept_as_a_labelled_example_with_the_mail_sealed(rt: Runtime) -> None:
    ref = _triage_case(rt, "Hei, mitä GDPR tarkoittaa meidän yhdistyksen jäsenrekisterille? Terveisin Ossi")
    with rt.session() as session:
        decisions.not_request(session, ref, STAFF)
    with rt.session() as session:
        [ex] = store.labelled_examples(session)
        assert (ex.decision, ex.category, ex.kinds, ex.classifier_category) == ("not_a_request", "other", [], "other")
        assert b"GDPR" not in ex.raw_sealed  # sealed, like the raw mail
        assert b"GDPR" in rt.sealer.open(ex.raw_sealed)
        assert ex.actor == "cli:staff"


def test_confirming_a_triage_case_and_changing_its_rights_are_examples_too(rt: Runtime) -> None:
    ref = _triage_case(rt, "Proszę o usunięcie moich danych osobowych zgodnie z RODO.")
    with rt.session() as session:
        decisions.confirm(session, ref, STAFF, ["erasure"])
    with rt.session() as session:
        decisions.set_kinds(session, ref, STAFF, ["erasure", "objection"])
    with rt.session() as session:
        examples = store.labelled_examples(session)
        assert [(e.decision, e.kinds) for e in examples] == [
            ("confirmed_request", ["erasure"]), ("kinds_changed", ["erasure", "objection"])]


def test_replay_runs_the_examples_through_the_current_classifier(rt: Runtime) -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from replay_examples import replay  # type: ignore[import-not-found]

    ref = _triage_case(rt, "Hei, mitä GDPR tarkoittaa meidän yhdistyksen jäsenrekisterille? Terveisin Ossi")
    with rt.session() as session:
        decisions.not_request(session, ref, STAFF)
    figures, misses = replay(rt)
    assert figures["examples"] == 1 and figures["category"] == 1 and figures["others_to_triage"] == 1
    assert misses == []


def test_anonymising_a_case_deletes_its_examples(rt: Runtime) -> None:
    from datetime import timedelta

    from dsarbot import retention

    ref = _triage_case(rt, "Hei, mitä GDPR tarkoittaa meidän yhdistyksen jäsenrekisterille? Terveisin Ossi")
    with rt.session() as session:
        decisions.not_request(session, ref, STAFF)
    with rt.session() as session:
        retention.purge(session, rt.settings, now=datetime.now(UTC) + timedelta(days=365 * 10))
    with rt.session() as session:
        assert store.labelled_examples(session) == []
