"""A private, throw-away Postfix (Debian package) that relays one domain to dsarbot's LMTP server.

Facts that cost time (Postfix 3.7):
* Postfix logs to syslog (`/dev/log`, absent here) unless `maillog_file` is set, and that path must match
  `maillog_file_prefixes`; without it a failed start says nothing at all.
* `data_directory` must belong to the `postfix` user, the config folder's parents must be searchable by it:
  the instance lives in its own /tmp folder, because pytest resets its own tmp root to 0700 whenever another
  session starts.
* `postfix -c DIR start` takes ~2 s; `minimal_backoff_time` / `queue_run_delay` of 1 s make a deferred
  mail (our 451) come back in seconds instead of minutes.
"""

from __future__ import annotations

import os
import shutil
import smtplib
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from support.smtp import free_port

MAIN_CF = """\
compatibility_level = 3.6
queue_directory = {root}/queue
data_directory = {root}/data
command_directory = /usr/sbin
daemon_directory = /usr/lib/postfix/sbin
meta_directory = /etc/postfix
shlib_directory = /usr/lib/postfix
mail_owner = postfix
setgid_group = postdrop
myhostname = mx.postfix-test.invalid
mydomain = postfix-test.invalid
myorigin = $myhostname
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
relay_domains = {domains}
relay_transport = lmtp:inet:127.0.0.1:{lmtp_port}
default_transport = error:no delivery outside the test domain
smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination
maillog_file_prefixes = {root}
maillog_file = {root}/maillog
minimal_backoff_time = 1s
maximal_backoff_time = 2s
queue_run_delay = 1s
smtp_dns_support_level = disabled
lmtp_host_lookup = native
alias_maps =
alias_database =
biff = no
append_dot_mydomain = no
smtpd_banner = $myhostname ESMTP test
"""

MASTER_CF = """\
127.0.0.1:{smtp_port} inet n - n - - smtpd
pickup    unix  n - n 60 1 pickup
cleanup   unix  n - n -  0 cleanup
qmgr      unix  n - n 300 1 qmgr
rewrite   unix  - - n -  - trivial-rewrite
bounce    unix  - - n -  0 bounce
defer     unix  - - n -  0 bounce
trace     unix  - - n -  0 bounce
verify    unix  - - n -  1 verify
flush     unix  n - n 1000? 0 flush
proxymap  unix  - - n -  - proxymap
smtp      unix  - - n -  - smtp
relay     unix  - - n -  - smtp
showq     unix  n - n -  - showq
error     unix  - - n -  - error
retry     unix  - - n -  - error
discard   unix  - - n -  - discard
lmtp      unix  - - n -  - lmtp
anvil     unix  - - n -  1 anvil
scache    unix  - - n -  1 scache
postlog   unix-dgram n - n - 1 postlogd
"""


@dataclass
class Postfix:
    """A running private Postfix: accepts SMTP on `smtp_port`, delivers the test domain over LMTP."""

    root: Path
    smtp_port: int
    lmtp_port: int

    @property
    def config(self) -> str:
        """The config folder (`postfix -c`, `postqueue -c`)."""
        return str(self.root / "etc")

    def send(self, raw: bytes, to: list[str], sender: str = "sender@example.org") -> None:
        """Hand one mail to Postfix over SMTP (as the internet would)."""
        with smtplib.SMTP("127.0.0.1", self.smtp_port, timeout=30) as s:
            s.sendmail(sender, to, raw)

    def queued(self) -> int:
        """Messages still in Postfix's queue (not yet delivered to dsarbot)."""
        out = subprocess.run(["postqueue", "-c", self.config, "-j"], capture_output=True, text=True,
                             check=True).stdout
        return sum(1 for line in out.splitlines() if line.strip())

    def flush(self) -> None:
        """Ask Postfix to retry deferred mail now."""
        subprocess.run(["postqueue", "-c", self.config, "-f"], capture_output=True, check=False)

    def wait_until_empty(self, timeout: float = 60) -> None:
        """Block until every accepted mail has left the queue (delivered or bounced)."""
        deadline = time.monotonic() + timeout
        while self.queued():
            if time.monotonic() > deadline:
                raise AssertionError(f"Postfix still holds {self.queued()} mails; log:\n{self.log()[-3000:]}")
            time.sleep(0.2)

    def log(self) -> str:
        """Postfix's own log so far."""
        path = self.root / "maillog"
        return path.read_text(errors="replace") if path.exists() else ""


def start_postfix(root: Path, lmtp_port: int, domains: str) -> Postfix:
    """Write a config under *root* and start Postfix; it relays *domains* to 127.0.0.1:*lmtp_port*."""
    if shutil.which("postfix") is None:
        pytest.fail("Postfix is not installed: run ./dev setup (apt-get install postfix)")
    smtp_port = free_port()
    for sub in ("etc", "queue", "data"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    (root / "etc" / "main.cf").write_text(MAIN_CF.format(root=root, lmtp_port=lmtp_port, domains=domains))
    (root / "etc" / "master.cf").write_text(MASTER_CF.format(smtp_port=smtp_port))
    os.chmod(root, 0o711)  # postfix's daemons must reach their files; the folder is outside pytest's tmp (0700)
    shutil.chown(root / "data", user="postfix")
    done = subprocess.run(["postfix", "-c", str(root / "etc"), "start"], capture_output=True, text=True)
    pf = Postfix(root=root, smtp_port=smtp_port, lmtp_port=lmtp_port)
    if done.returncode != 0:
        pytest.fail(f"Postfix did not start: {done.stderr}\n{pf.log()[-2000:]}")
    deadline = time.monotonic() + 15
    while True:
        try:
            with smtplib.SMTP("127.0.0.1", smtp_port, timeout=2):
                return pf
        except OSError:
            if time.monotonic() > deadline:
                stop_postfix(pf)
                pytest.fail(f"Postfix does not listen on {smtp_port}:\n{pf.log()[-2000:]}")
            time.sleep(0.1)


def stop_postfix(pf: Postfix) -> None:
    """Stop the master and its daemons (the queue is thrown away with the folder)."""
    subprocess.run(["postfix", "-c", pf.config, "stop"], capture_output=True, check=False)


@pytest.fixture
def postfix_for() -> Iterator[object]:
    """A factory: `postfix_for(lmtp_port, "company.example.fi")` starts a Postfix stopped after the test."""
    started: list[Postfix] = []

    def start(lmtp_port: int, domains: str) -> Postfix:
        pf = start_postfix(Path(tempfile.mkdtemp(prefix="dsarbot-postfix-")), lmtp_port, domains)
        started.append(pf)
        return pf

    yield start
    for pf in started:
        stop_postfix(pf)
        shutil.rmtree(pf.root, ignore_errors=True)
