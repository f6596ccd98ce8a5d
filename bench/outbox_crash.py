"""Replies doubled by crashes: `dsarbot run` killed with -9 at random moments while it answers requests
through a slow relay, with and without the relay's Sent folder to ask (`outbound.sent_url`).

The relay files a copy of each mail in a real Dovecot Sent folder (as Gmail and Microsoft 365 do) and
answers DATA only after RELAY_DELAY seconds, so a good share of the kills land while a reply is being
handed over. Printed per mode: replies, kills, kills during a hand-over, doubled replies, and how long
the interrupted replies waited after the restart.

    python bench/outbox_crash.py [REPLIES] [RELAY_DELAY]
"""

from __future__ import annotations

import random
import shutil
import smtplib
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from support.dovecot import PASSWORD, Dovecot  # noqa: E402
from support.factories import request_mail  # noqa: E402
from support.processes import INFO, count_rows, dsarbot_env, start  # noqa: E402
from support.smtp import FilingRelay  # noqa: E402


def _sent(db: Path) -> int:
    return count_rows(db, "SELECT count(*) FROM outbox WHERE state = 'sent'")


def _waits(db: Path, interrupted: list[tuple[str, datetime]]) -> list[float]:
    """For each reply whose hand-over a kill interrupted: seconds from that kill until it was recorded sent."""
    with sqlite3.connect(db, timeout=30) as conn:
        sent = dict(conn.execute("SELECT message_id, sent_at FROM outbox WHERE state = 'sent'").fetchall())
    return [(datetime.fromisoformat(str(sent[mid])).replace(tzinfo=UTC) - killed).total_seconds()
            for mid, killed in interrupted if mid in sent]


def run_mode(dovecot: Dovecot, replies: int, delay: float, ask_sent_folder: bool, seed: int) -> dict[str, float]:
    """One run; the figures of that mode."""
    rng = random.Random(seed)
    tmp = Path(tempfile.mkdtemp(prefix="dsarbot-crash-"))
    user = dovecot.new_user()
    c = dovecot.client(user)
    c.create_folder("Sent")
    c.logout()
    relay = FilingRelay(lambda raw: dovecot.append(user, raw, folder="Sent"), delay=delay).start()
    extra = {"DSARBOT_SMTP_URL": relay.url}
    if ask_sent_folder:
        extra["DSARBOT_SENT_URL"] = dovecot.url(user, PASSWORD, folder="Sent")
    env = dsarbot_env(tmp, **extra)
    db = tmp / "var" / "dsarbot.sqlite3"
    proc = start(tmp, env, "run", name="run-0")
    proc.wait_listening()
    kills = 0
    interrupted: list[tuple[str, datetime]] = []
    sent_mail = 0
    next_kill = time.monotonic() + rng.uniform(3, 6)
    deadline = time.monotonic() + 900
    while time.monotonic() < deadline:
        if sent_mail < replies:
            try:
                with smtplib.SMTP(*proc.smtp, timeout=10) as s:
                    s.sendmail(f"asiakas{sent_mail}@example.fi", [INFO],
                               request_mail(sender=f"Asiakas {sent_mail} <asiakas{sent_mail}@example.fi>"))
                sent_mail += 1
            except OSError:
                pass  # restarting
        if time.monotonic() >= next_kill and _sent(db) < replies:
            in_data = relay.in_data.is_set() and relay.messages
            proc.kill()
            kills += 1
            if in_data:
                interrupted.append((relay.message_ids()[-1], datetime.now(UTC)))
            proc = start(tmp, env, "run", name=f"run-{kills}")
            proc.wait_listening()
            next_kill = time.monotonic() + rng.uniform(3, 6)
        if sent_mail >= replies and _sent(db) >= replies:
            break
        time.sleep(0.3)
    time.sleep(delay + 1)
    proc.stop()
    relay.stop()
    ids = Counter(relay.message_ids())
    waits = _waits(db, interrupted)
    figures = {"replies": float(_sent(db)), "kills": float(kills), "kills_in_data": float(len(interrupted)),
               "doubles": float(sum(n - 1 for n in ids.values())), "max_wait": max(waits, default=0.0)}
    shutil.rmtree(tmp, ignore_errors=True)
    return figures


def main(replies: int = 40, delay: float = 1.0) -> int:
    root = Path(tempfile.mkdtemp(prefix="dsarbot-dv-"))
    root.chmod(0o755)
    dovecot = Dovecot(root).start()
    try:
        for ask in (False, True):
            r = run_mode(dovecot, replies, delay, ask, seed=7)
            mode = "asks the Sent folder" if ask else "no Sent folder      "
            print(f"{mode}: {r['replies']:.0f} of {replies} replies sent, {r['kills']:.0f} kill -9 "
                  f"({r['kills_in_data']:.0f} during a hand-over), {r['doubles']:.0f} doubled; an interrupted "
                  f"reply went out at most {r['max_wait']:.1f} s after the kill", flush=True)
    finally:
        dovecot.stop()
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    sys.exit(main(int(args[0]) if args else 40, float(args[1]) if len(args) > 1 else 1.0))
