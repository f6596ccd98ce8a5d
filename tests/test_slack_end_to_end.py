"""The whole way: a request mail in, its card in Slack, a decision clicked in Slack, the reply at the relay."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from support.factories import request_mail
from support.fake_slack import APPROVER, FakeSlack, SlackEndpoint, serve, slack_env
from support.runtime import make_runtime
from support.smtp import Relay, wait_until

from dsarbot import store, worker


def test_mail_in_card_out_decision_in_slack_reply_at_the_relay(tmp_path, fake_slack: FakeSlack, relay: Relay):
    rt = make_runtime(tmp_path, DSARBOT_SMTP_URL=relay.url, **slack_env(fake_slack))
    base, stop = serve(rt)
    loop = worker.Worker(rt, poll=0.05)
    loop.start()
    try:
        endpoint = SlackEndpoint(f"{base}/slack/events", fake_slack, rt)
        raw = request_mail(body="Hei,\n\nhaluan tietää, mitä tietoja minusta on rekisterissänne.\n\n"
                                "Ystävällisin terveisin\nMaija Meikäläinen\n", subject="Tarkastuspyyntö",
                           message_id="<e2e-1@example.fi>")
        with rt.session() as session:
            store.save_incoming(session, rt.sealer, raw, source="test", received_at=datetime.now(UTC),
                                message_id="<e2e-1@example.fi>")
        rt.notify_work()

        card = fake_slack.wait_for("chat.postMessage", timeout=10)
        with rt.session() as session:
            (case,) = store.list_cases(session)
        assert case.reference in card.text() and "mitä tietoja minusta on" in card.text()
        acknowledgement = relay.wait_for(1)[0].message
        assert case.reference in str(acknowledgement["Subject"])

        # A staff member rejects it in Slack: modal, reason, and the rejection mail goes out.
        endpoint.click("case_reject", case.reference)
        opened = fake_slack.wait_for("views.open")
        view = opened.params["view"]
        view = json.loads(view) if isinstance(view, str) else view
        status, answer = endpoint.submit(view, {"reason": {"value": {"type": "plain_text_input",
                                                                      "value": "Pyyntö on jo käsitelty."}}})
        assert status == 200 and answer == {}
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
    finally:
        loop.stop()
        stop()
        rt.engine.dispose()
