"""A private Dovecot IMAP server for tests: real IDLE, UIDVALIDITY, keywords and MOVE.

Started from our own config in a temporary folder (nothing from /etc/dovecot is read), bound to
127.0.0.1 on a free port, stopped by its PID. The master runs as root; login and mail processes run
as `nobody`, so the folder must be reachable by `nobody` (pytest's own tmp dirs are mode 0700, hence
a separate folder under /tmp).
"""

from __future__ import annotations

import email.message
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from imapclient import IMAPClient

CONFIG = """\
base_dir  = {root}/run
state_dir = {root}/state
log_path  = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
{ssl}
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
default_login_user    = nobody
default_internal_user = nobody
default_internal_group = nogroup
# without this, stopping right after a start takes 3-8 s
stats_writer_socket_path =
# process titles name the user, so a test can drop one user's connections
verbose_proctitle = yes
# IDLE learns of new mail from inotify; a mail renamed into new/ between a fresh session's SELECT and its
# IDLE is otherwise noticed only by IDLE's own re-check, every 30 s: too slow for a test's 15 s wait.
mailbox_idle_check_interval = 1 secs
mail_location = maildir:{root}/mail/%u/Maildir
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
  }}
}}
# no growing per-IP penalty after failed logins (the wrong-password test logs in many times)
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/users
  # answer a wrong password at once (no failure delay, no growing per-IP penalty)
  default_fields = nodelay=yes
}}
userdb {{
  driver = static
  args = uid=nobody gid=nogroup home={root}/mail/%u
}}
"""
PASSWORD = "secret"
USERS = 40


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Dovecot:
    """One Dovecot instance with USERS users; each test takes a fresh one with `new_user()`."""

    def __init__(self, root: Path, port: int | None = None, tls: tuple[Path, Path] | None = None) -> None:
        """*tls* (certificate, key) turns on STARTTLS on `port` and implicit TLS on `tls_port`."""
        self.root = root
        self.port = port or free_port()
        self.tls = tls
        self.tls_port = free_port() if tls else 0
        self.proc: subprocess.Popen[bytes] | None = None
        self.users = {f"bot{n}@example.test": PASSWORD for n in range(1, USERS + 1)}
        self._taken: set[str] = set()

    def start(self, timeout: float = 10.0) -> Dovecot:
        """Start the master in the foreground and wait until the port accepts connections."""
        if shutil.which("dovecot") is None and not Path("/usr/sbin/dovecot").exists():
            pytest.fail("dovecot is not installed (apt-get install -y dovecot-imapd)")
        for d in ("run", "state", "mail"):
            (self.root / d).mkdir(parents=True, exist_ok=True)
        shutil.chown(self.root / "mail", "nobody", "nogroup")
        (self.root / "dovecot.conf").write_text(self.config_text())
        self._write_users()
        self.proc = subprocess.Popen(["dovecot", "-F", "-c", str(self.root / "dovecot.conf")],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                err = self.proc.stderr.read().decode() if self.proc.stderr else ""
                raise RuntimeError(f"dovecot exited: {err} {self.log()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return self
            except OSError:
                time.sleep(0.02)
        self.stop()
        raise RuntimeError("dovecot did not listen in time")

    def config_text(self) -> str:
        """dovecot.conf for this instance (a subclass may log in differently)."""
        ssl = (f"ssl = yes\nssl_cert = <{self.tls[0]}\nssl_key = <{self.tls[1]}" if self.tls else "ssl = no")
        return CONFIG.format(root=self.root, port=self.port, tls_port=self.tls_port, ssl=ssl)

    def stop(self) -> None:
        """SIGTERM to the master (it stops its children) and wait for it."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def restart(self) -> None:
        """Stop and start again on the same port with the same mail; every connection is dropped."""
        self.stop()
        # the master leaves running imap processes behind; a real restart (or reboot) does not
        for user in self.users:
            self.drop_connections(user)
        self.start()

    def log(self) -> str:
        """Dovecot's own log file."""
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def _write_users(self) -> None:
        users = self.root / "users"
        users.write_text("".join(f"{u}:{{PLAIN}}{p}\n" for u, p in self.users.items()))
        users.chmod(0o644)

    def new_user(self) -> str:
        """A fresh user with an empty INBOX (the password is PASSWORD).

        Users are created before the server starts (USERS of them): Dovecot re-reads its passwd-file
        only about once a second, so adding one on the fly races with the login that follows.
        """
        user = next((u for u in self.users if u not in self._taken), None)
        if user is None:
            raise RuntimeError(f"all {len(self.users)} test users are taken; raise USERS")
        self._taken.add(user)
        return user

    def url(self, user: str, password: str = PASSWORD, folder: str = "INBOX", scheme: str = "imap") -> str:
        """URL of *user*'s *folder*; *scheme* `imaps` reaches the implicit-TLS port."""
        port = self.tls_port if scheme == "imaps" else self.port
        return f"{scheme}://{user.replace('@', '%40')}:{password}@127.0.0.1:{port}/{folder}"

    def client(self, user: str) -> IMAPClient:
        """A logged-in client (the test's own view of the mailbox)."""
        c = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=10)
        c.login(user, self.users[user])
        return c

    def append(self, user: str, raw: bytes, folder: str = "INBOX") -> int:
        """APPEND *raw* and return its UID."""
        c = self.client(user)
        try:
            resp = c.append(folder, raw)
        finally:
            c.logout()
        # b'[APPENDUID <uidvalidity> <uid>] Append completed.'
        return int(resp.split(b"]")[0].split()[-1])

    def recreate_inbox(self, user: str) -> None:
        """Rebuild the user's INBOX from scratch: empty, with a new UIDVALIDITY (as after a restore).

        Dovecot's `dovecot-uidvalidity` file is kept so the new value differs from the old one even
        within the same second.
        """
        maildir = self.root / "mail" / user / "Maildir"
        for entry in maildir.iterdir():
            if entry.name.startswith("dovecot-uidvalidity"):
                continue
            if entry.is_dir():
                shutil.rmtree(entry)
            else:
                entry.unlink()

    def imap_pids(self, user: str) -> list[int]:
        """PIDs of the imap processes serving *user* (children of our own master)."""
        pids = []
        for proc in Path("/proc").iterdir():
            if not proc.name.isdigit():
                continue
            try:
                cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                continue
            if cmdline.startswith("dovecot/imap ") and f"[{user} " in cmdline:
                pids.append(int(proc.name))
        return pids

    def drop_connections(self, user: str) -> int:
        """Kill *user*'s imap processes (a dropped connection, as the client sees it)."""
        pids = self.imap_pids(user)
        for pid in pids:
            os.kill(pid, signal.SIGKILL)
        return len(pids)


def plain_mail(subject: str, body: str, *, sender: str = "someone@example.org",
               to: str = "info@kattopojat.example.fi", message_id: str | None = None,
               headers: dict[str, str] | None = None) -> bytes:
    """A simple mail for tests that are not about requests (sales mail, out-of-office)."""
    msg = email.message.EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = email.utils.formatdate(localtime=True)
    msg["Message-ID"] = message_id or email.utils.make_msgid(domain="example.org")
    for k, v in (headers or {}).items():
        msg[k] = v
    msg.set_content(body)
    return msg.as_bytes()


@pytest.fixture(scope="module")
def dovecot() -> Iterator[Dovecot]:
    """A real Dovecot for the whole test module (each test takes its own user with `new_user()`)."""
    root = Path(tempfile.mkdtemp(prefix="dsarbot-dv-"))
    root.chmod(0o755)
    server = Dovecot(root).start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
