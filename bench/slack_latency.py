"""Latency of the Slack path, against the fake Slack Web API and a capturing SMTP relay (all on 127.0.0.1).

Run:  python bench/slack_latency.py [--mails N] [--clicks N]

1. Request mail committed (stored) -> its card posted on the (fake) Slack: median target <= 300 ms.
   The in-process worker (woken by `notify_work`, as in `dsarbot run`) processes the mail and posts.
2. Approve click (a signed request to the running `/slack/events`) -> the reply handed to the SMTP
   relay: median target <= 1 s. Approving needs the fulfilment handler (`fulfil` job); while that is
   not installed, the triage "Confirm" click -> acknowledgement mail is measured instead (the same
   path: button click, decision, queued reply, outbox, relay) and labelled as such.

Prints the figures; exit code 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from support import factories  # noqa: E402
from support.fake_slack import FakeSlack, SlackEndpoint, serve, slack_env  # noqa: E402
from support.runtime import make_runtime  # noqa: E402
from support.smtp import Relay  # noqa: E402

from dsarbot import store, worker  # noqa: E402

CARD_TARGET_MS = 300.0
CLICK_TARGET_MS = 1000.0


def wait(check, timeout: float = 10.0):  # type: ignore[no-untyped-def]
    """Poll *check* every millisecond until truthy."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.001)
    raise TimeoutError("timed out")


def mail_to_card(rt, fake: FakeSlack, n: int) -> list[float]:  # type: ignore[no-untyped-def]
    """Milliseconds from a request mail's commit to its card on Slack, *n* times."""
    out = []
    for i in range(n):
        raw = factories.request_mail(body=f"Hei,\n\npyydän poistamaan tietoni ({i}).\n\nMaija Meikäläinen\n",
                                     message_id=f"<bench-card-{i}@example.fi>")
        marker = f"tietoni ({i})"
        with rt.session() as session:
            store.save_incoming(session, rt.sealer, raw, source="bench", received_at=datetime.now(UTC),
                                message_id=f"<bench-card-{i}@example.fi>")
        committed = time.time()
        rt.notify_work()
        call = wait(lambda m=marker: [c for c in fake.calls_of("chat.postMessage")
                                      if "thread_ts" not in c.params and m in c.text()])[0]
        out.append((call.t - committed) * 1000)
    return out


def click_to_relay(rt, fake: FakeSlack, relay: Relay, endpoint: SlackEndpoint,  # type: ignore[no-untyped-def]
                   n: int, approve: bool) -> list[float]:
    """Milliseconds from the click to the reply at the relay, *n* times."""
    out = []
    for i in range(n):
        if approve:
            case = factories.open_case(rt, verified=True, message_id=f"<bench-click-{i}@example.fi>")
            action = "case_approve"
        else:
            case = factories.open_case(rt, uncertain=True, kinds=("access",),
                                       message_id=f"<bench-click-{i}@example.fi>")
            action = "case_confirm"
        with rt.session() as session:
            for m in store.messages_of_case(session, case.id):
                m.status = "processed"
                session.add(m)
        worker.drain(rt)
        before = len(relay.messages)
        state = {"triage_kinds": {"triage_kinds": {"selected_options": [{"value": "access"}]}}}
        started = time.perf_counter()
        endpoint.click(action, case.reference, state=None if approve else state)
        mail = wait(lambda b=before: relay.messages[b:] or None)[0]
        out.append((mail.at - started) * 1000)
    return out


def summary(name: str, values: list[float], target: float) -> bool:
    """Print one figure; True when the median meets the target."""
    median = statistics.median(values)
    p90 = sorted(values)[max(0, int(len(values) * 0.9) - 1)]
    ok = median <= target
    print(f"{name}: median {median:.0f} ms, p90 {p90:.0f} ms, max {max(values):.0f} ms "
          f"(n={len(values)}; target median <= {target:.0f} ms) {'OK' if ok else 'MISSED'}")
    return ok


def main() -> int:
    """Run both measurements and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mails", type=int, default=30)
    parser.add_argument("--clicks", type=int, default=20)
    args = parser.parse_args()
    fake = FakeSlack().start()
    relay = Relay().start()
    with tempfile.TemporaryDirectory() as tmp:
        rt = make_runtime(Path(tmp), DSARBOT_SMTP_URL=relay.url, **slack_env(fake))
        base, stop = serve(rt)
        loop = worker.Worker(rt, poll=1.0)
        loop.start()
        try:
            endpoint = SlackEndpoint(f"{base}/slack/events", fake, rt)
            endpoint.click("case_approve", "DSAR-0000-0000")  # warm up Bolt (first-request auth.test)
            ok = summary("mail committed -> card posted", mail_to_card(rt, fake, args.mails), CARD_TARGET_MS)
            worker.load_handlers()
            approve = "fulfil" in worker.HANDLERS
            name = ("approve click -> reply at SMTP relay" if approve else
                    "confirm click -> acknowledgement at SMTP relay (no fulfil handler yet: stand-in)")
            ok &= summary(name, click_to_relay(rt, fake, relay, endpoint, args.clicks, approve), CLICK_TARGET_MS)
        finally:
            loop.stop()
            stop()
            rt.engine.dispose()
            relay.stop()
            fake.stop()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
