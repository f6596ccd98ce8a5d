"""The IMAP watcher: brings every new mail of a watched mailbox into the database, and nothing else.

For each mailbox (see :mod:`dsarbot.imap_conn`) one thread:

* connects, EXAMINEs the folder (read-only: the watcher itself can never set \\Seen, move or flag),
* fetches new mail with `BODY.PEEK[]` and `INTERNALDATE` (the arrival time that starts the legal
  clock) and stores it with :func:`dsarbot.ingest.store_raw`, which commits,
* remembers UIDVALIDITY and the last stored UID in `mailbox_state` only after that commit, so a crash
  means a re-fetch (recognised as a duplicate), never a lost mail,
* waits with IDLE (renewed every `imap.idle_renew_seconds`, well inside the 29-minute limit) or polls
  every `imap.poll_seconds` when the server has no IDLE.

What happens to request mail on the server (a keyword or a move) is done later, once processing has
decided the mail is a request (:mod:`dsarbot.imap_mark`); other mail is never touched.

A first sync, or one after UIDVALIDITY changed (the mailbox was rebuilt), scans the mail that arrived
in the last RESCAN_DAYS before the last known sync; mail stored before is recognised by its
Message-ID or bytes and opens no second case. Old history in a mailbox is never imported, so
installing dsarbot does not answer years-old mail.

Failures (network, server restart, wrong password, no OAuth2 token, database down) are logged in one
clear line (never a password or token) the first time, then more briefly while the reason stays the
same, followed by exponential backoff capped at `backoff_cap` and a fresh connection. Each sync and
each failure is recorded as the mailbox's health, which staff see after 15 minutes
(:mod:`dsarbot.intake.health`). A server that ends the session because the OAuth2 token expired
(Exchange: `BYE Session invalidated - AccessTokenExpired`) is logged in to again at once with a
fresh token; the UID sync that follows takes whatever arrived meanwhile.
With PostgreSQL exactly one watcher per mailbox runs: it holds a session advisory lock on the
mailbox key; others stand by and take over when the holder's database session ends.
"""

from __future__ import annotations

import contextlib
import logging
import ssl
import threading
import time
from datetime import datetime, timedelta

import sqlalchemy as sa
from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, LoginError

from dsarbot import store
from dsarbot.intake import health, imap_conn, ingest
from dsarbot.intake.imap_conn import MailboxSpec
from dsarbot.mailauth.errors import OAuthError
from dsarbot.models import utcnow
from dsarbot.runtime import Runtime

log = logging.getLogger(__name__)

RESCAN_DAYS = 7
FETCH_BATCH = 10
IDLE_TICK = 1.0
"""How often an idling watcher looks at its stop flag (seconds)."""
STANDBY_SECONDS = 15.0
"""How often a watcher that does not hold the mailbox lock tries again (PostgreSQL)."""


class ConnectionLost(Exception):
    """The server closed the connection (restart, timeout, kill)."""


class TokenExpired(ConnectionLost):
    """The server ended the session because its OAuth2 token expired (log in again with a fresh one)."""


TOKEN_EXPIRED_WORDS = (b"accesstokenexpired", b"token expired", b"token has expired", b"expired token")
"""How servers say that a session ended with its token (Exchange: `Session invalidated - AccessTokenExpired`)."""


class MailboxLock:
    """The PostgreSQL advisory lock that makes one watcher per mailbox; always held on SQLite."""

    def __init__(self, engine: sa.Engine, key: str) -> None:
        self.engine = engine
        self.key = key
        self._conn: sa.Connection | None = None

    def acquire(self) -> bool:
        """Take the lock if free; True when this watcher holds it."""
        if self.engine.dialect.name != "postgresql":
            return True
        if self._conn is not None:
            return True
        conn = self.engine.connect()
        try:
            got = store.try_mailbox_lock(conn, self.key)
        except Exception:
            conn.close()
            raise
        if got:
            self._conn = conn
        else:
            conn.close()
        return got

    def check(self) -> None:
        """Raise if the lock's database session is gone (the lock went with it)."""
        if self._conn is not None:
            try:
                self._conn.execute(sa.text("SELECT 1"))
                self._conn.commit()
            except Exception:
                self._drop()
                raise

    def release(self) -> None:
        """Give the lock up (closing the session releases it even if the unlock fails)."""
        if self._conn is not None:
            with contextlib.suppress(Exception):  # closing below releases it anyway
                store.release_mailbox_lock(self._conn, self.key)
            self._drop()

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):  # a dead connection cannot be closed politely
                conn.close()


class Watcher:
    """Watches one mailbox until stop(); never raises out of run()."""

    def __init__(self, rt: Runtime, spec: MailboxSpec, *, backoff_base: float = 1.0,
                 backoff_cap: float = 300.0, stop: threading.Event | None = None) -> None:
        self.rt = rt
        self.spec = spec
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self._stop = stop or threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = MailboxLock(rt.engine, spec.key)
        self._synced = False
        self._client: IMAPClient | None = None
        self.failures = 0
        """Consecutive failed connections (for tests and health checks)."""
        self.idling = threading.Event()
        """Set while the connection sits in IDLE, caught up with the mailbox."""
        self._last_failure: str | None = None

    # --- lifecycle ---------------------------------------------------------------------------------

    def start(self) -> None:
        """Run in a background thread."""
        self._thread = threading.Thread(target=self.run, name=f"imap:{self.spec.key}", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 15.0) -> None:
        """Stop: the mail in hand is stored first, IDLE ends, the session logs out."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(min(timeout, 3 * IDLE_TICK))
            if self._thread.is_alive():
                # blocked in a slow connect/login or a stalled server: cut the socket
                imap_conn.interrupt(self._client)
                self._thread.join(timeout)

    def run(self) -> None:
        """Connect, sync and wait for mail; on any failure back off and start again."""
        key = self.spec.key
        log.info("IMAP %s: watcher started", key)
        standby_logged = False
        while not self._stop.is_set():
            try:
                if not self._lock.acquire():
                    if not standby_logged:
                        log.info("IMAP %s: another watcher holds this mailbox; standing by", key)
                        standby_logged = True
                    self._stop.wait(STANDBY_SECONDS)
                    continue
                standby_logged = False
                self._synced = False
                self._session()
            except LoginError:
                self._failed("login refused: check the user name and password in the IMAP URL "
                             "(DSARBOT_IMAP_URL or the controller's imap_url)")
            except OAuthError as exc:
                self._failed(f"no OAuth2 login: {exc}")
            except TokenExpired as exc:
                if not self._synced:
                    self._failed(f"the server ended the session at once: {exc}")
                else:
                    log.info("IMAP %s: %s; logging in again with a fresh token", key, exc)
            except ssl.SSLCertVerificationError as exc:
                self._failed(f"the server's TLS certificate is not trusted ({exc.verify_message}); a private CA "
                             "is trusted by pointing SSL_CERT_FILE at its certificate")
            except (ConnectionLost, OSError, IMAPClientAbortError) as exc:
                # imaplib reports a socket that closed mid-command as `abort`, not as an OSError.
                self._failed(f"connection failed or lost: {type(exc).__name__}: {exc}")
            except sa.exc.SQLAlchemyError as exc:
                self._lock.release()
                self._failed(f"database unavailable, nothing was lost: {type(exc).__name__}")
            except Exception as exc:  # imaplib errors and anything else: never a crash loop
                log.debug("IMAP %s: failure details", key, exc_info=True)
                self._failed(f"{type(exc).__name__}: {exc}")
            else:
                self.failures = 0
        self._lock.release()
        log.info("IMAP %s: watcher stopped", key)

    def _failed(self, what: str) -> None:
        if self._synced:
            self.failures = 0  # it worked until now: reconnect at once, then back off
        self.failures += 1
        delay = min(self.backoff_cap, self.backoff_base * 2 ** (self.failures - 1))
        if self._stop.is_set():
            return
        health.record_failure(self.rt, health.imap_key(self.spec.key), "imap", what)
        if what != self._last_failure:  # the advice once; while it stays the same, a short line
            log.warning("IMAP %s: %s; retrying in %.2f s (attempt %d)", self.spec.key, what, delay,
                        self.failures)
            self._last_failure = what
        else:
            log.info("IMAP %s: still failing for the same reason; retrying in %.2f s (attempt %d)",
                     self.spec.key, delay, self.failures)
        self._stop.wait(delay)

    def _working(self) -> None:
        """The mailbox was read: end a failure period (in the log and in its health)."""
        if self._last_failure is not None:
            log.info("IMAP %s: working again after %d failed attempt(s)", self.spec.key, self.failures)
            self._last_failure = None
        self.failures = 0
        health.record_ok(self.rt, health.imap_key(self.spec.key), "imap")

    # --- one connected session ---------------------------------------------------------------------

    def _session(self) -> None:
        """One connection: select, sync, then wait for news until stopped or the link breaks."""
        client = imap_conn.connect(self.spec, opened=self._opened)
        try:
            client.normalise_times = False  # keep INTERNALDATE's own offset: it is the legal arrival
            idle = client.has_capability("IDLE")
            info = client.select_folder(self.spec.folder, readonly=True)
            uidvalidity = int(info[b"UIDVALIDITY"])
            uidnext = int(info.get(b"UIDNEXT", 0) or 0)
            log.info("IMAP %s: connected (%s), UIDVALIDITY %s", self.spec.key,
                     "IDLE" if idle else f"polling every {self.rt.settings.imap.poll_seconds} s",
                     uidvalidity)
            self._sync_all(client, uidvalidity, uidnext)
            self._synced = True
            self._working()
            renew = float(self.rt.settings.imap.idle_renew_seconds)
            while not self._stop.is_set():
                if idle:
                    self._idle(client, renew)
                else:
                    self._stop.wait(self.rt.settings.imap.poll_seconds)
                if self._stop.is_set():
                    break
                self._lock.check()
                self._sync_all(client, uidvalidity, 0)
        finally:
            imap_conn.logout(client)
            self._client = None

    def _opened(self, client: IMAPClient) -> None:
        self._client = client

    def _idle(self, client: IMAPClient, renew_after: float) -> None:
        """IDLE until the server reports new mail, the renewal time comes, or stop()."""
        client.idle()
        self.idling.set()
        try:
            lost = self._idle_wait(client, renew_after)
        finally:
            self.idling.clear()
        if isinstance(lost, ConnectionLost):
            raise lost
        if lost is not None:
            raise ConnectionLost(lost)
        client.idle_done()

    def _idle_wait(self, client: IMAPClient, renew_after: float) -> str | ConnectionLost | None:
        """Wait in IDLE; returns why the connection is lost, or None to leave IDLE normally."""
        started = time.monotonic()
        while not self._stop.is_set():
            remaining = renew_after - (time.monotonic() - started)
            if remaining <= 0:
                break
            wait = min(IDLE_TICK, remaining)
            t0 = time.monotonic()
            responses = client.idle_check(timeout=wait)
            # imapclient swallows EOF: an empty answer long before the timeout means the socket closed.
            if not responses and wait >= 0.2 and time.monotonic() - t0 < wait / 2:
                return "the server closed the connection"
            bye = next((r for r in responses if r and r[0] == b"BYE"), None)
            if bye is not None:
                said = b" ".join(x for x in bye[1:] if isinstance(x, bytes)).decode("ascii", "replace")
                if any(w in said.lower().encode() for w in TOKEN_EXPIRED_WORDS):
                    return TokenExpired(f"the server ended the session as its token expired ({said[:120]})")
                return f"the server said BYE ({said[:120] or 'shutting down?'})"
            if any(len(r) > 1 and r[1] == b"EXISTS" for r in responses):
                break
        return None

    # --- sync -------------------------------------------------------------------------------------

    def _sync_all(self, client: IMAPClient, uidvalidity: int, uidnext: int) -> None:
        """Sync until no new mail was announced meanwhile.

        Mail that arrives while we search and fetch is announced (`* n EXISTS`) in the answer to one
        of our own commands, and not again in the next IDLE; so look for such announcements and sync
        again, or that mail would wait for the next IDLE renewal.
        """
        _take_exists(client)
        while True:
            self.sync(client, uidvalidity, uidnext)
            uidnext = 0
            if self._stop.is_set() or not _take_exists(client):
                return

    def sync(self, client: IMAPClient, uidvalidity: int, uidnext: int) -> int:
        """Store every mail newer than the last stored UID; returns how many were new to us."""
        key = self.spec.key
        with self.rt.session() as session:
            state = store.mailbox_state(session, key)
            known_validity, last_uid, last_sync = state.uidvalidity, state.last_uid, state.updated_at
        if known_validity != uidvalidity:
            since = (last_sync if known_validity is not None else utcnow()) - timedelta(days=RESCAN_DAYS)
            if known_validity is None:
                log.info("IMAP %s: first sync; taking mail that arrived since %s", key, since.date())
            else:
                log.warning("IMAP %s: UIDVALIDITY changed %s -> %s (mailbox rebuilt); rescanning mail "
                            "since %s, already stored mail is recognised and not opened again",
                            key, known_validity, uidvalidity, since.date())
            uids = sorted(int(u) for u in client.search(["SINCE", since.date()]))
            last_uid = 0
        else:
            uids = sorted(u for u in (int(x) for x in client.search(["UID", f"{last_uid + 1}:*"]))
                          if u > last_uid)
        new = 0
        for i in range(0, len(uids), FETCH_BATCH):
            if self._stop.is_set():
                break  # the rest is fetched by the next run: nothing was marked as done
            batch = uids[i:i + FETCH_BATCH]
            new += self._store_batch(client, uidvalidity, batch)
            last_uid = max(last_uid, batch[-1])
            self._save_state(uidvalidity, last_uid)
        if known_validity != uidvalidity and not self._stop.is_set():
            # Mail older than the rescan window stays unimported; remember that we looked.
            self._save_state(uidvalidity, max(last_uid, uidnext - 1))
        return new

    def _store_batch(self, client: IMAPClient, uidvalidity: int, batch: list[int]) -> int:
        key = self.spec.key
        with self.rt.session() as session:
            seen = store.uids_seen(session, key, uidvalidity, batch)
        todo = [u for u in batch if u not in seen]
        if not todo:
            return 0
        data = client.fetch(todo, ["BODY.PEEK[]", "INTERNALDATE"])
        new = 0
        for uid in todo:
            item = data.get(uid)
            if item is None or b"BODY[]" not in item:
                log.info("IMAP %s: uid %s vanished before it could be fetched", key, uid)
                continue
            raw = bytes(item[b"BODY[]"])
            arrived = item.get(b"INTERNALDATE")
            row, created = ingest.store_raw(
                self.rt, raw, source="imap", received_at=_aware(arrived), mailbox=key,
                uidvalidity=uidvalidity, uid=uid, controller_id=self.spec.controller_id)
            log.info("IMAP %s: uid %s -> message %s%s", key, uid, row.id, "" if created else " (known)")
            new += int(created)
        return new

    def _save_state(self, uidvalidity: int, last_uid: int) -> None:
        with self.rt.session() as session:
            state = store.mailbox_state(session, self.spec.key)
            state.uidvalidity = uidvalidity
            state.last_uid = last_uid
            state.updated_at = utcnow()
            session.add(state)


def _take_exists(client: IMAPClient) -> bool:
    """Whether the server announced new mail in an answer to an ordinary command (and forget it)."""
    # imaplib keeps untagged responses that no command asked for; imapclient exposes no API for them.
    pending = client._imap.untagged_responses
    return bool(pending.pop("EXISTS", None)) | bool(pending.pop("RECENT", None))


def _aware(value: object) -> datetime | None:
    """INTERNALDATE as an aware datetime (None: the intake uses now)."""
    if not isinstance(value, datetime):
        return None
    if value.tzinfo is None:
        return value.astimezone()  # imapclient gave local time: attach the local offset
    return value


class WatcherGroup:
    """One watcher thread per configured mailbox (used by `dsarbot run` and `dsarbot watch`)."""

    def __init__(self, rt: Runtime, *, backoff_base: float = 1.0, backoff_cap: float = 300.0) -> None:
        self.watchers = [Watcher(rt, spec, backoff_base=backoff_base, backoff_cap=backoff_cap)
                         for spec in imap_conn.mailboxes(rt.settings)]

    def start(self) -> None:
        """Start every watcher."""
        for w in self.watchers:
            w.start()

    def stop(self) -> None:
        """Stop every watcher (each finishes the mail in hand and logs out)."""
        for w in self.watchers:
            w._stop.set()
        for w in self.watchers:
            w.stop()
