"""The whole way: a request mail in, its card in Slack, a decision clicked in Slack, the reply at the relay."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from support.factories import request_mail
from support.fake_slack import APPROVER, FakeSlack, SlackEndpoint, serve, slack_env
from support.runtime import make_runtime
from support.smtp import Relay, wait_until

from dsarbot import store, worker
from dsarbot.models import Case
from dsarbot.runtime import Runtime


@contextmanager
def running(tmp_path: Path, fake: FakeSlack, relay: Relay) -> Iterator[tuple[Runtime, SlackEndpoint]]:
    """dsarbot as deployed: web listener under uvicorn, an in-process worker, Slack and relay on 127.0.0.1."""
    rt = make_runtime(tmp_path, DSARBOT_SMTP_URL=relay.url, **slack_env(fake))
    base, stop = serve(rt)
    loop = worker.Worker(rt, poll=0.05)
    loop.start()
    try:
        yield rt, SlackEndpoint(f"{base}/slack/events", fake, rt)
    finally:
        loop.stop()
        stop()
        rt.engine.dispose()


def mail_in(rt: Runtime, fake: FakeSlack, relay: Relay) -> Case:
    """An access request arrives; returns its case once the card is posted and the acknowledgement sent."""
    raw = request_mail(body="Hei,\n\nhaluan tietää, mitä tietoja minusta on rekisterissänne.\n\n"
                            "Ystävällisin terveisin\nMaija Meikäläinen\n", subject="Tarkastuspyyntö",
                       message_id="<e2e-1@example.fi>")
    with rt.session() as session:
        store.save_incoming(session, rt.sealer, raw, source="test", received_at=datetime.now(UTC),
                            message_id="<e2e-1@example.fi>")
    rt.notify_work()
    card = fake.card_post(timeout=10)
    with rt.session() as session:
        (case,) = store.list_cases(session)
    assert case.reference in card.text() and "mitä tietoja minusta on" in card.text()
    acknowledgement = relay.wait_for(1)[0].message
    assert case.reference in str(acknowledgement["Subject"])
    return case


def submit_opened_modal(endpoint: SlackEndpoint, fake: FakeSlack, text: str) -> None:
    """Fill in and submit the modal the last click opened."""
    view = fake.wait_for("views.open").params["view"]
    view = json.loads(view) if isinstance(view, str) else view
    status, answer = endpoint.submit(view, {"reason": {"value": {"type": "plain_text_input", "value": text}}})
    assert status == 200 and answer == {}


def test_mail_in_card_out_approve_in_slack_reply_at_the_relay(tmp_path, fake_slack: FakeSlack, relay: Relay):
    with running(tmp_path, fake_slack, relay) as (rt, endpoint):
        case = mail_in(rt, fake_slack, relay)
        endpoint.click("case_approve", case.reference)  # refused: the identity is not verified yet
        assert "not verified" in str(fake_slack.wait_for("chat.postEphemeral").params["text"])
        endpoint.click("case_verify", case.reference)
        submit_opened_modal(endpoint, fake_slack, "Henkilökortti nähty toimistolla")
        endpoint.click("case_approve", case.reference)

        reply = relay.wait_for(2)[1]
        assert reply.rcpt_tos == ["maija.meikalainen@example.fi"]
        assert case.reference in str(reply.message["Subject"])
        assert "<e2e-1@example.fi>" in str(reply.message["In-Reply-To"])

        def sent() -> list[str]:
            with rt.session() as session:
                assert case.id is not None
                return [e.data["purpose"] for e in store.case_events(session, case.id) if e.type == "reply_sent"]

        wait_until(lambda: sent() == ["acknowledgement", "access_response"])
        wait_until(lambda: any("Approved by slack:UBOSS" in str(c.params.get("text"))
                               for c in fake_slack.calls_of("chat.postMessage")))


def test_mail_in_card_out_reject_in_slack_reply_at_the_relay(tmp_path, fake_slack: FakeSlack, relay: Relay):
    with running(tmp_path, fake_slack, relay) as (rt, endpoint):
        case = mail_in(rt, fake_slack, relay)
        endpoint.click("case_reject", case.reference)
        submit_opened_modal(endpoint, fake_slack, "Pyyntö on jo käsitelty.")
        mails = relay.wait_for(2)
        rejection = mails[1].message
        assert mails[1].rcpt_tos == ["maija.meikalainen@example.fi"]
        assert case.reference in str(rejection["Subject"])
        assert "<e2e-1@example.fi>" in str(rejection["In-Reply-To"])
        assert "Pyyntö on jo käsitelty." in rejection.get_body(("plain",)).get_content()  # type: ignore[union-attr]

        # The card shows the outcome, and the thread tells who decided.
        wait_until(lambda: any("Rejected by slack:UBOSS" in str(c.params.get("text"))
                               for c in fake_slack.calls_of("chat.postMessage")))
        assert "Closed: rejected" in fake_slack.calls_of("chat.update")[-1].text()
        assert fake_slack.calls_of("chat.postEphemeral")[-1].params["user"] == APPROVER
