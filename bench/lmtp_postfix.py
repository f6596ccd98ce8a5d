"""Delivery from a real Postfix to dsarbot's LMTP intake: rate, and nothing lost or doubled across kill -9.

Two runs, each with its own private Postfix (Debian package) relaying the controller's domain to a
`dsarbot smtp` process (SQLite) whose LMTP server listens on a free port:

1. rate: N mails are queued in Postfix while dsarbot is down, then dsarbot starts and Postfix delivers the
   whole queue; mails/s = N / (time until Postfix's queue is empty). Target >= 200/s.
2. crash: N mails are queued, dsarbot starts, is killed with SIGKILL after about a third is stored and
   started again; Postfix redelivers what was not acknowledged. Target: N stored, 0 lost, 0 doubled.

    python bench/lmtp_postfix.py [N]      (default 1000; needs root for Postfix, as the test suite)
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from support.factories import request_mail  # noqa: E402
from support.postfix import Postfix, start_postfix, stop_postfix  # noqa: E402
from support.runtime import TEST_KEY  # noqa: E402
from support.smtp import free_port  # noqa: E402

INFO = "info@kattopojat.example.fi"
TARGET_RATE = 200.0


def start_dsarbot(tmp: Path, lmtp_port: int) -> subprocess.Popen[bytes]:
    """`dsarbot smtp` with the LMTP intake on *lmtp_port*, SQLite under *tmp*; returns once it listens."""
    env = {**os.environ, "DSARBOT_DATA_DIR": str(tmp / "data"), "DSARBOT_SECRET_KEY": TEST_KEY,
           "DSARBOT_CONFIG": str(tmp / "none.toml"), "DSARBOT_LMTP_LISTEN": f"127.0.0.1:{lmtp_port}",
           "DSARBOT_SMTP_LISTEN": f"127.0.0.1:{free_port()}"}
    (tmp / "none.toml").write_text("# bench: embedded defaults\n")
    proc = subprocess.Popen([sys.executable, "-m", "dsarbot", "smtp"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    import socket

    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", lmtp_port), timeout=1).close()
            return proc
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise SystemExit("dsarbot did not start listening")


def stored(tmp: Path) -> tuple[int, int]:
    """(rows, distinct Message-IDs) of stored messages."""
    db = tmp / "data" / "dsarbot.sqlite3"
    if not db.exists():
        return 0, 0
    with sqlite3.connect(db, timeout=30) as con:
        rows, distinct = con.execute("SELECT count(*), count(DISTINCT message_id) FROM messages").fetchone()
    return int(rows), int(distinct)


def queue_mails(pf: Postfix, n: int, tag: str) -> None:
    """Hand *n* mails to Postfix (dsarbot is down: they wait in Postfix's queue)."""
    for i in range(n):
        pf.send(request_mail(message_id=f"<{tag}-{i}@bench.invalid>", body=f"Hei, tarjouspyyntö {i}.\n"), [INFO])


def run(n: int, crash: bool) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="dsarbot-lmtp-bench-"))
    lmtp_port = free_port()
    pf = start_postfix(tmp / "postfix", lmtp_port, "kattopojat.example.fi")
    try:
        queue_mails(pf, n, "crash" if crash else "rate")
        time.sleep(1.5)  # let Postfix's first delivery attempts fail: the whole burst is in its queue
        proc = start_dsarbot(tmp, lmtp_port)
        pf.flush()
        start = time.monotonic()
        if crash:
            while stored(tmp)[0] < n // 3:
                time.sleep(0.01)
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            killed_at = stored(tmp)[0]
            proc = start_dsarbot(tmp, lmtp_port)
            pf.flush()
        pf.wait_until_empty(timeout=600)
        elapsed = time.monotonic() - start
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
        rows, distinct = stored(tmp)
        if crash:
            print(f"crash: {n} mails, SIGKILL after {killed_at} stored; afterwards {rows} stored, "
                  f"{n - distinct} lost, {rows - distinct} doubled")
        else:
            rate = n / elapsed
            print(f"rate: {n} mails delivered by Postfix over LMTP and stored in {elapsed:.1f} s = {rate:.0f}/s "
                  f"(target >= {TARGET_RATE:.0f}/s){'' if rate >= TARGET_RATE else '  BELOW TARGET'}; "
                  f"{rows} stored, {n - distinct} lost, {rows - distinct} doubled")
    finally:
        stop_postfix(pf)


def main() -> None:
    """Print the rate and crash figures."""
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    run(n, crash=False)
    run(n, crash=True)


if __name__ == "__main__":
    main()
