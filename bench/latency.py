"""Latency from APPEND on a real Dovecot to the acknowledgement handed to the relay.

The whole `dsarbot run` path in one process: IMAP watcher (IDLE) -> store (commit) -> worker woken
by rt.notify_work() -> parse/screen/classify -> case -> acknowledgement rendered -> outbox -> relay
(a capturing aiosmtpd). 50 requests, one after another; prints median and 95th percentile.
Target: median <= 1.0 s, p95 <= 1.5 s (Dovecot itself waits ~0.5 s before IDLE reports new mail).

    python bench/latency.py [N]
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from support.dovecot import Dovecot  # noqa: E402
from support.factories import request_mail  # noqa: E402
from support.runtime import make_runtime  # noqa: E402
from support.smtp import Relay  # noqa: E402

from dsarbot import store, worker  # noqa: E402
from dsarbot.intake import imap_conn  # noqa: E402
from dsarbot.intake.imap_watcher import Watcher  # noqa: E402

TARGET_MEDIAN, TARGET_P95 = 1.0, 1.5


def main(n: int = 50) -> int:
    tmp = Path(tempfile.mkdtemp(prefix="dsarbot-bench-"))
    tmp.chmod(0o755)
    dovecot = Dovecot(tmp / "dv").start()
    relay = Relay().start()
    try:
        user = dovecot.new_user()
        rt = make_runtime(tmp, DSARBOT_IMAP_URL=dovecot.url(user), DSARBOT_SMTP_URL=relay.url)
        [spec] = imap_conn.mailboxes(rt.settings)
        w = worker.Worker(rt)
        w.start()
        watcher = Watcher(rt, spec)
        watcher.start()
        # warm up (first parse, template compilation) outside the measurement
        dovecot.append(user, request_mail(message_id="<warmup@example.fi>"))
        relay.wait_for(1, timeout=30)
        latencies = []
        for i in range(n):
            raw = request_mail(sender=f"Pekka Testi{i} <pekka.testi{i}@example.fi>",
                               message_id=f"<bench-{i}@example.fi>")
            t0 = time.perf_counter()
            dovecot.append(user, raw)
            got = relay.wait_for(i + 2, timeout=30)
            latencies.append(got[-1].at - t0)
        watcher.stop()
        w.stop()
        with rt.session() as session:
            opened = len(store.list_cases(session))
    finally:
        relay.stop()
        dovecot.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    latencies.sort()
    median = statistics.median(latencies)
    p95 = latencies[max(0, round(0.95 * len(latencies)) - 1)]
    print(f"APPEND -> acknowledgement at the relay, {n} mails ({opened} cases incl. warm-up)")
    print(f"  median {median:.3f} s  (target <= {TARGET_MEDIAN} s)")
    print(f"  p95    {p95:.3f} s  (target <= {TARGET_P95} s)")
    print(f"  min {latencies[0]:.3f} s  max {latencies[-1]:.3f} s")
    ok = median <= TARGET_MEDIAN and p95 <= TARGET_P95 and opened == n + 1
    print("OK" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 50))
