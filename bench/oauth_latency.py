"""Mailboxes with OAuth2: latency of a request through an OAuth2-only IMAP server and an XOAUTH2 relay, and
how many token requests a mailbox makes over a long run.

1. APPEND on a real OAuth2-only Dovecot (Microsoft-shaped identity provider over https, msal) ->
   acknowledgement at an aiosmtpd relay that takes only AUTH XOAUTH2; the whole `dsarbot run` path in
   one process. Target: median <= 1.0 s (as with passwords).
2. Token requests over a simulated 2-hour run with 5-minute tokens (time is simulated; every token
   request still goes over real HTTP to the local endpoint): the server ends the IMAP session when its
   token expires (as Exchange does), the connection also drops now and then, and a reply goes out
   every 1-4 minutes. Target: <= 25 requests (one per token lifetime).

    python bench/oauth_latency.py [N]
"""

from __future__ import annotations

import logging
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from support.dovecot_oauth import OAuthDovecot  # noqa: E402
from support.factories import request_mail  # noqa: E402
from support.oauth_server import OAuthServer  # noqa: E402
from support.runtime import make_runtime  # noqa: E402
from support.smtp import XOAuth2Relay  # noqa: E402
from support.tls import self_signed  # noqa: E402

from dsarbot import store, worker  # noqa: E402
from dsarbot.intake import imap_conn  # noqa: E402
from dsarbot.intake.imap_watcher import Watcher  # noqa: E402
from dsarbot.mailauth import registry  # noqa: E402
from dsarbot.mailauth.settings import OAuthSettings  # noqa: E402
from dsarbot.mailauth.tokens import TokenSource  # noqa: E402

TARGET_MEDIAN, TARGET_REQUESTS = 1.0, 25
warnings.filterwarnings("ignore", module="aiosmtpd")  # AUTH without TLS on 127.0.0.1 is the test relay's point
logging.getLogger("mail.log").setLevel(logging.ERROR)
SECRET = "bench-secret"


def latency(tmp: Path, idp: OAuthServer, n: int) -> tuple[float, float, int]:
    """Median and p95 of APPEND -> acknowledgement; and how many token requests that took."""
    dovecot = OAuthDovecot(tmp / "dv", idp).start()
    relay = XOAuth2Relay(lambda token: ((i := idp.valid(token)) and i.username) or None).start()
    try:
        user = dovecot.new_user()
        idp.add_client("bench-app", SECRET, tenant="contoso", mailbox=user)
        before = idp.token_requests
        rt = make_runtime(tmp, DSARBOT_IMAP_URL=dovecot.url(user), DSARBOT_SMTP_URL=relay.url_for(user),
                          DSARBOT_OAUTH_PROVIDER="microsoft", DSARBOT_OAUTH_TENANT_ID="contoso",
                          DSARBOT_OAUTH_CLIENT_ID="bench-app", DSARBOT_OAUTH_CLIENT_SECRET=SECRET,
                          DSARBOT_OAUTH_TOKEN_URL=idp.base)
        [spec] = imap_conn.mailboxes(rt.settings)
        w = worker.Worker(rt)
        w.start()
        watcher = Watcher(rt, spec)
        watcher.start()
        dovecot.append(user, request_mail(message_id="<warmup@example.fi>"))
        relay.wait_for(1, timeout=30)
        latencies = []
        for i in range(n):
            raw = request_mail(sender=f"Pekka Testi{i} <pekka.testi{i}@example.fi>", message_id=f"<ob-{i}@example.fi>")
            t0 = time.perf_counter()
            dovecot.append(user, raw)
            got = relay.wait_for(i + 2, timeout=30)
            latencies.append(got[-1].at - t0)
        watcher.stop()
        w.stop()
        with rt.session() as session:
            assert len(store.list_cases(session)) == n + 1
        rt.engine.dispose()
    finally:
        relay.stop()
        dovecot.stop()
    latencies.sort()
    return statistics.median(latencies), latencies[max(0, round(0.95 * n) - 1)], idp.token_requests - before


class SimClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def simulated_run(idp: OAuthServer, oauth: OAuthSettings, hours: float = 2.0, seed: int = 7) -> tuple[int, int]:
    """Token requests over *hours* of simulated time with 5-minute tokens; returns (requests, logins+sends)."""
    clock, rnd = SimClock(), random.Random(seed)
    tokens = TokenSource(registry.make_provider(oauth, "info@firma.fi"), clock=clock)
    before, uses = idp.token_requests, 0
    session_ends = tokens.get()[0].expires_at  # the watcher logs in; Exchange ends the session at expiry
    uses += 1
    next_send = rnd.uniform(60, 240)
    next_drop = rnd.uniform(600, 1800)
    end = hours * 3600
    while clock.now < end:
        clock.now = min(session_ends, next_send, next_drop, end)
        if clock.now >= end:
            break
        if clock.now in (session_ends, next_drop):  # log in again: after expiry, or after a dropped line
            session_ends = tokens.get()[0].expires_at
            uses += 1
            if clock.now == next_drop:
                next_drop += rnd.uniform(600, 1800)
        if clock.now == next_send:  # a reply goes out through the relay (AUTH XOAUTH2)
            tokens.get()
            uses += 1
            next_send += rnd.uniform(60, 240)
    return idp.token_requests - before, uses


def main(n: int = 30) -> int:
    tmp = Path(tempfile.mkdtemp(prefix="dsarbot-bench-oauth-"))
    tmp.chmod(0o755)
    cert, key = self_signed(tmp, "idp")
    os.environ["SSL_CERT_FILE"] = str(cert)
    idp = OAuthServer(tls=(cert, key)).start()
    try:
        median, p95, used = latency(tmp, idp, n)
        idp.lifetime = 300.0
        idp.add_client("sim-generic", SECRET, mailbox="info@firma.fi")
        idp.add_client("sim-ms", SECRET, tenant="contoso", mailbox="info@firma.fi")
        generic = OAuthSettings.model_validate({"provider": "oauth2", "client_id": "sim-generic",
                                                "client_secret": SECRET, "token_url": idp.token_url})
        microsoft = OAuthSettings.model_validate({"provider": "microsoft", "tenant_id": "contoso",
                                                  "client_id": "sim-ms", "client_secret": SECRET,
                                                  "token_url": idp.base})
        sim = {name: simulated_run(idp, o) for name, o in (("oauth2", generic), ("microsoft (msal)", microsoft))}
    finally:
        idp.close()
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"APPEND (OAuth2 IMAP, XOAUTH2) -> acknowledgement at the XOAUTH2 relay, {n} mails")
    print(f"  median {median:.3f} s  (target <= {TARGET_MEDIAN} s)   p95 {p95:.3f} s")
    print(f"  token requests for the whole run (watcher, marker and relay share one token): {used}")
    ok = median <= TARGET_MEDIAN
    for name, (requests, uses) in sim.items():
        print(f"2 simulated hours, 5-minute tokens, {name}: {requests} token requests for {uses} logins and sends "
              f"(target <= {TARGET_REQUESTS})")
        ok = ok and requests <= TARGET_REQUESTS
    print("OK" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 30))
