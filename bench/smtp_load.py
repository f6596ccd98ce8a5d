"""1,000 requests through the SMTP intake into `dsarbot run` on SQLite: how fast they are accepted, and
how long until every one has its case and its acknowledgement.

`dsarbot run` (embedded defaults: SQLite, acknowledgements written to the local outbox) in its own
process; CLIENTS threads send N request mails at once, each over its own connection. Printed: the
accepted rate (250s per second), and the seconds from the first mail to the last 250, to the last case
and to the last acknowledgement sent — and how far the acknowledgements trail the last 250.

Target (issue 10): every acknowledgement sent within 15 s of the last 250.

    python bench/smtp_load.py [N] [CLIENTS]
"""

from __future__ import annotations

import shutil
import smtplib
import sqlite3
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from support.factories import request_mail  # noqa: E402
from support.processes import INFO, dsarbot_env, start  # noqa: E402

TARGET_LAG = 15.0


def _counts(db: Path) -> tuple[int, int]:
    """(cases, acknowledgements sent)."""
    try:
        with sqlite3.connect(db, timeout=30) as conn:
            cases = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
            acks = conn.execute("SELECT count(*) FROM outbox WHERE purpose = 'acknowledgement' "
                                "AND state = 'sent'").fetchone()[0]
        return int(cases), int(acks)
    except sqlite3.Error:
        return 0, 0


def main(n: int = 1000, clients: int = 10) -> int:
    tmp = Path(tempfile.mkdtemp(prefix="dsarbot-load-"))
    env = dsarbot_env(tmp)
    proc = start(tmp, env, "run")
    try:
        proc.wait_listening()
        per_client = n // clients
        mails = [[request_mail(sender=f"Asiakas {c}-{i} <a{c}.{i}@example.fi>", message_id=f"<load-{c}-{i}@x>")
                  for i in range(per_client)] for c in range(clients)]
        last_250 = [0.0]
        accepted = [0] * clients
        lock = threading.Lock()
        go = threading.Event()

        def client(c: int) -> None:
            go.wait()
            with smtplib.SMTP(*proc.smtp, timeout=120) as s:
                for raw in mails[c]:
                    s.sendmail(f"a{c}@example.fi", [INFO], raw)
                    accepted[c] += 1
                    with lock:
                        last_250[0] = time.perf_counter()

        threads = [threading.Thread(target=client, args=(c,)) for c in range(clients)]
        for t in threads:
            t.start()
        t0 = time.perf_counter()
        go.set()
        db = tmp / "var" / "dsarbot.sqlite3"
        all_cases = all_acks = None
        while all_acks is None and time.perf_counter() - t0 < 600:
            cases, acks = _counts(db)
            now = time.perf_counter() - t0
            if all_cases is None and cases >= n:
                all_cases = now
            if acks >= n:
                all_acks = now
            time.sleep(0.1)
        for t in threads:
            t.join()
        total = sum(accepted)
        accept_s = last_250[0] - t0
        lag = (all_acks - accept_s) if all_acks is not None else float("inf")
        print(f"{total}/{n} accepted in {accept_s:.1f} s ({total / accept_s:.0f} mails/s); all cases after "
              f"{all_cases or float('nan'):.1f} s, all acknowledgements after {all_acks or float('nan'):.1f} s: "
              f"{lag:.1f} s after the last 250 (target <= {TARGET_LAG:.0f} s)", flush=True)
        return 0 if lag <= TARGET_LAG else 1
    finally:
        proc.stop()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    args = sys.argv[1:]
    sys.exit(main(int(args[0]) if args else 1000, int(args[1]) if len(args) > 1 else 10))
