"""1,000 mails delivered through the SMTP intake in one burst: all stored, none lost, at least 100/s.

The intake of the embedded default (SQLite) on a free port; 10 client threads with smtplib, 100
mails each over their own connection, all at once. "Stored" is counted in the database afterwards;
every mail was acknowledged with 250 only after its commit.

    python bench/smtp_burst.py [N] [CLIENTS]
"""

from __future__ import annotations

import shutil
import smtplib
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from support.factories import request_mail  # noqa: E402
from support.runtime import make_runtime  # noqa: E402
from support.smtp import free_port  # noqa: E402

from dsarbot import store  # noqa: E402
from dsarbot.intake.smtp_server import SmtpIntake  # noqa: E402

TARGET_RATE = 100.0
INFO = "info@kattopojat.example.fi"


def main(n: int = 1000, clients: int = 10) -> int:
    tmp = Path(tempfile.mkdtemp(prefix="dsarbot-burst-"))
    rt = make_runtime(tmp)
    intake = SmtpIntake(rt, listen=f"127.0.0.1:{free_port()}")
    intake.start()
    per_client = n // clients
    mails = [[request_mail(sender=f"Sender {c}-{i} <s{c}.{i}@example.fi>", message_id=f"<burst-{c}-{i}@x>")
              for i in range(per_client)] for c in range(clients)]
    accepted = [0] * clients
    errors: list[str] = []
    go = threading.Event()

    def client(c: int) -> None:
        go.wait()
        try:
            with smtplib.SMTP(intake.host, intake.port, timeout=60) as s:
                for raw in mails[c]:
                    s.sendmail(f"s{c}@example.fi", [INFO], raw)
                    accepted[c] += 1
        except Exception as exc:
            errors.append(f"client {c}: {type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=client, args=(c,)) for c in range(clients)]
    for t in threads:
        t.start()
    t0 = time.perf_counter()
    go.set()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - t0
    intake.stop()
    with rt.session() as session:
        stored = len(store.pending_messages(session, limit=n * 2))
    rt.engine.dispose()
    shutil.rmtree(tmp, ignore_errors=True)
    sent = per_client * clients
    rate = sum(accepted) / elapsed
    print(f"SMTP intake burst: {sent} mails from {clients} parallel connections")
    print(f"  accepted (250) {sum(accepted)}, stored {stored}, lost {sent - stored}, errors {len(errors)}")
    print(f"  {elapsed:.2f} s = {rate:.0f} mails/s  (target >= {TARGET_RATE:.0f}/s)")
    for e in errors[:5]:
        print("  " + e)
    ok = stored == sent == sum(accepted) and not errors and rate >= TARGET_RATE
    print("OK" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:3]]
    sys.exit(main(*args))
