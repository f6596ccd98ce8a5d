"""Soak: `dsarbot run` for a long stretch under a steady trickle of mixed mail, Slack clicks and dashboard
reads, killed with -9 every few minutes. Nothing may be lost or done twice, and memory must stay flat.

Set-up: `dsarbot run --demo` on SQLite with Slack pointed at a fake Slack over real HTTP, replies through
a relay that files a copy of each mail in a real Dovecot Sent folder (`DSARBOT_SENT_URL`), as Gmail and
Microsoft 365 do. The driver, once a second:

* sends the next mail at RATE a minute: requests (erasure or access, each from its own address), sales
  mail and out-of-office replies (which must open no case);
* answers each acknowledgement from the requester's address (which verifies the requester), then
  clicks Approve on the card through the signed Slack endpoint;
* reads the dashboard (the case list and a case page);
* every KILL_EVERY minutes: `kill -9` and an immediate restart.

At the end it waits until everything is done and counts: requests without a case (lost), requests with
two cases, acknowledgements and final replies the relay got twice or not at all, cases for mail that is
not a request; and the resident memory of each process lifetime after its first minute (flat: no growth
over 10 %).

    python bench/soak.py [--minutes 30] [--kill-every 5] [--rate 6]
"""

from __future__ import annotations

import argparse
import random
import shutil
import smtplib
import sqlite3
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from support.dovecot import PASSWORD, Dovecot, plain_mail  # noqa: E402
from support.factories import request_mail  # noqa: E402
from support.fake_slack import FakeSlack, SlackEndpoint, slack_env  # noqa: E402
from support.processes import INFO, Process, dsarbot_env, start  # noqa: E402
from support.smtp import FilingRelay  # noqa: E402

FINAL_PURPOSES = ("erasure_done", "access_response")
REQUEST_TEXT = {
    "erasure": "Hei,\n\npyydän poistamaan kaikki minua koskevat tietonne.\n\nTerveisin\nAsiakas {i}\n",
    "access": "Hei,\n\nhaluaisin tietää, mitä henkilötietoja teillä on minusta (tarkastusoikeus).\n\nAsiakas {i}\n",
}


@dataclass
class Soak:
    """The driver's state."""

    tmp: Path
    env: dict[str, str]
    relay: FilingRelay
    slack: FakeSlack
    proc: Process
    rng: random.Random
    requests: dict[str, str] = field(default_factory=dict)  # address -> kind
    others: int = 0
    answered: set[str] = field(default_factory=set)
    approved: set[str] = field(default_factory=set)
    memory: list[tuple[int, float, int]] = field(default_factory=list)  # (lifetime, seconds, kB)
    lifetime: int = 0
    started: float = field(default_factory=time.monotonic)
    reads: int = 0
    clicks: int = 0

    @property
    def db(self) -> Path:
        return self.tmp / "var" / "dsarbot.sqlite3"

    def query(self, sql: str) -> list[tuple[object, ...]]:
        try:
            with sqlite3.connect(self.db, timeout=30) as conn:
                return list(conn.execute(sql).fetchall())
        except sqlite3.Error:
            return []

    def send(self, raw: bytes, sender: str) -> bool:
        try:
            with smtplib.SMTP(*self.proc.smtp, timeout=30) as s:
                s.sendmail(sender, [INFO], raw)
            return True
        except (OSError, smtplib.SMTPException):
            return False  # restarting: sent again next tick

    def next_mail(self) -> None:
        n = len(self.requests) + self.others
        roll = self.rng.random()
        if roll < 0.7:
            kind = self.rng.choice(list(REQUEST_TEXT))
            address = f"asiakas{n}@example.fi"
            raw = request_mail(sender=f"Asiakas {n} <{address}>", subject="Tietosuojapyyntö",
                               body=REQUEST_TEXT[kind].format(i=n), message_id=f"<soak-{n}@example.fi>")
            if self.send(raw, address):
                self.requests[address] = kind
        else:
            ooo = roll > 0.85
            raw = plain_mail("Automaattinen vastaus: poissa" if ooo else "Tarjous: toimistotarvikkeet",
                             "Olen lomalla 1.8. asti." if ooo else "Hyvä asiakas, meillä on tarjous.",
                             sender=f"muu{n}@example.org", message_id=f"<soak-{n}@example.org>",
                             headers={"Auto-Submitted": "auto-replied"} if ooo else None)
            if self.send(raw, f"muu{n}@example.org"):
                self.others += 1

    def answer_acknowledgements(self) -> None:
        for mail in self.relay.messages:
            msg = mail.message
            to = str(msg["To"])
            if to in self.requests and to not in self.answered and "DSAR-" in str(msg["Subject"]):
                reply = request_mail(sender=to, subject=f"Re: {msg['Subject']}", in_reply_to=str(msg["Message-ID"]),
                                     body="Kyllä, lähetin pyynnön itse.\n", message_id=f"<verify-{to}>")
                if self.send(reply, to):
                    self.answered.add(to)

    def approve_verified(self, endpoint: SlackEndpoint) -> None:
        rows = self.query("SELECT reference, requester_email FROM cases WHERE state = 'awaiting_approval'")
        for reference, address in rows:
            if address in self.approved:
                continue
            try:
                status, _ = endpoint.click("case_approve", str(reference))
            except OSError:
                return
            self.clicks += 1
            if status == 200:
                self.approved.add(str(address))

    def read_dashboard(self) -> None:
        web = self.env["DSARBOT_WEB_LISTEN"]
        refs = self.query("SELECT reference FROM cases ORDER BY id DESC LIMIT 1")
        for path in ["/", *(f"/cases/{r[0]}" for r in refs)]:
            try:
                with urllib.request.urlopen(f"http://{web}{path}", timeout=10) as resp:
                    resp.read()
                self.reads += 1
            except OSError:
                pass

    def sample_memory(self) -> None:
        try:
            text = Path(f"/proc/{self.proc.proc.pid}/status").read_text()
        except OSError:
            return
        kb = next(int(line.split()[1]) for line in text.splitlines() if line.startswith("VmRSS:"))
        self.memory.append((self.lifetime, time.monotonic() - self.started, kb))

    def restart(self) -> None:
        self.proc.kill()
        self.lifetime += 1
        self.started = time.monotonic()
        self.proc = start(self.tmp, self.env, "run", "--demo", name=f"run-{self.lifetime}")
        self.proc.wait_listening()


def tally(soak: Soak) -> dict[str, int]:
    """Lost and doubled, from the database and from what the relay received."""
    cases = Counter(str(r[0]) for r in soak.query("SELECT requester_email FROM cases"))
    sent = soak.query("SELECT o.to_addr, o.purpose, o.message_id FROM outbox o WHERE o.state = 'sent'")
    at_relay = Counter(soak.relay.message_ids())
    purposes = {str(mid): (str(to), str(purpose)) for to, purpose, mid in sent}
    acks = Counter(purposes[m][0] for m in at_relay if m in purposes and purposes[m][1] == "acknowledgement")
    finals = Counter(purposes[m][0] for m in at_relay if m in purposes and purposes[m][1] in FINAL_PURPOSES)
    return {
        "requests": len(soak.requests),
        "other mail": soak.others,
        "lost (request without case)": sum(1 for a in soak.requests if cases[a] == 0),
        "doubled cases": sum(1 for a in soak.requests if cases[a] > 1),
        "cases for non-requests": sum(n for a, n in cases.items() if a not in soak.requests),
        "requests without acknowledgement": sum(1 for a in soak.requests if acks[a] == 0),
        "acknowledgements twice": sum(1 for a in soak.requests if acks[a] > 1),
        "approved": len(soak.approved),
        "approved without final reply": sum(1 for a in soak.approved if finals[a] == 0),
        "final replies twice": sum(1 for a in soak.approved if finals[a] > 1),
        "mails at the relay twice (same Message-ID)": sum(1 for n in at_relay.values() if n > 1),
    }


def settle(soak: Soak, endpoint: SlackEndpoint, timeout: float = 300) -> None:
    """Keep answering and approving until every request is approved and replied to (or timeout)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        soak.answer_acknowledgements()
        soak.approve_verified(endpoint)
        t = tally(soak)
        if (len(soak.approved) == len(soak.requests) and not t["approved without final reply"]
                and not soak.query("SELECT 1 FROM jobs WHERE state IN ('pending', 'running') "
                                   "AND type != 'periodic' LIMIT 1")):
            return
        time.sleep(1)


def memory_report(samples: list[tuple[int, float, int]]) -> str:
    """Per process lifetime: resident memory after its first minute and at its end."""
    parts = []
    worst = 0.0
    for life in sorted({s[0] for s in samples}):
        mine = [(t, kb) for lf, t, kb in samples if lf == life and t >= 60]
        if len(mine) < 2:
            continue
        first, last = mine[0][1], mine[-1][1]
        worst = max(worst, (last - first) / first)
        parts.append(f"{first / 1024:.0f}->{last / 1024:.0f}")
    overall = [kb for lf, t, kb in samples if t >= 60]
    across = (overall[-1] - overall[0]) / overall[0] * 100 if len(overall) > 1 else 0.0
    return (f"resident MB per lifetime (1 min after start -> end): {', '.join(parts)}; largest growth within "
            f"a lifetime {worst * 100:+.1f} %, first to last sample {across:+.1f} %")


def main(minutes: float, kill_every: float, rate: float, seed: int = 11) -> int:
    tmp = Path(tempfile.mkdtemp(prefix="dsarbot-soak-"))
    dv_root = Path(tempfile.mkdtemp(prefix="dsarbot-dv-"))
    dv_root.chmod(0o755)
    dovecot = Dovecot(dv_root).start()
    slack = FakeSlack().start()
    user = dovecot.new_user()
    c = dovecot.client(user)
    c.create_folder("Sent")
    c.logout()
    relay = FilingRelay(lambda raw: dovecot.append(user, raw, folder="Sent")).start()
    env = dsarbot_env(tmp, **slack_env(slack), DSARBOT_SMTP_URL=relay.url,
                      DSARBOT_SENT_URL=dovecot.url(user, PASSWORD, folder="Sent"))
    proc = start(tmp, env, "run", "--demo", name="run-0")
    try:
        proc.wait_listening()
        soak = Soak(tmp, env, relay, slack, proc, random.Random(seed))
        endpoint = SlackEndpoint(f"http://{env['DSARBOT_WEB_LISTEN']}/slack/events", slack, None)  # type: ignore[arg-type]
        begin = time.monotonic()
        next_kill = begin + kill_every * 60
        next_mail = begin
        while time.monotonic() - begin < minutes * 60:
            now = time.monotonic()
            if now >= next_mail:
                soak.next_mail()
                next_mail += 60.0 / rate
            soak.answer_acknowledgements()
            soak.approve_verified(endpoint)
            soak.read_dashboard()
            soak.sample_memory()
            if now >= next_kill:
                soak.restart()
                next_kill = time.monotonic() + kill_every * 60
            time.sleep(1)
        settle(soak, endpoint)
        time.sleep(3)
        result = tally(soak)
        print(f"soak: {minutes:g} min, kill -9 every {kill_every:g} min ({soak.lifetime} kills), {rate:g} mails/min; "
              f"{soak.clicks} Slack clicks, {soak.reads} dashboard reads", flush=True)
        for name, value in result.items():
            print(f"  {name}: {value}", flush=True)
        print("  " + memory_report(soak.memory), flush=True)
        bad = sum(v for k, v in result.items() if k not in ("requests", "other mail", "approved"))
        return 1 if bad else 0
    finally:
        proc_now = locals().get("soak")
        (proc_now.proc if proc_now else proc).stop()
        relay.stop()
        slack.stop()
        dovecot.stop()
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(dv_root, ignore_errors=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=30, help="how long to run (default 30)")
    parser.add_argument("--kill-every", type=float, default=5, help="minutes between kill -9 (default 5)")
    parser.add_argument("--rate", type=float, default=6, help="mails a minute (default 6)")
    args = parser.parse_args()
    sys.exit(main(args.minutes, args.kill_every, args.rate))
