"""Periodic work: the daily retention purge and whatever other areas register (reminders, digests).

    register_periodic("slack.reminders", 3600, send_reminders)   # fn(rt) -> None

Each task runs once per time slot (`floor(unix time / interval)`), also when several schedulers
share a database: a slot is claimed by writing a `periodic` job row with a unique dedupe key
(:func:`dsarbot.store.claim_periodic_run`) before the task runs. A task that raises is logged and its
row marked `failed` with the error; the next slot runs it again. A slot missed while nothing ran is
caught up once at the next start, not once per missed slot.

Tasks are registered at import time; the scheduler imports the worker's handler modules first
(:data:`dsarbot.worker.HANDLER_MODULES`), so registering next to a job handler is enough.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from dsarbot import retention, store, worker
from dsarbot.models import utcnow
from dsarbot.runtime import Runtime

log = logging.getLogger(__name__)
TICK_SECONDS = 30.0


@dataclass(frozen=True)
class Periodic:
    """A registered periodic task."""

    name: str
    interval: float
    fn: Callable[[Runtime], None]


TASKS: dict[str, Periodic] = {}


def register_periodic(name: str, interval_seconds: float, fn: Callable[[Runtime], None]) -> None:
    """Run `fn(rt)` every *interval_seconds* (once per slot across all processes); re-registering
    a name replaces the task."""
    if interval_seconds <= 0:
        raise ValueError("interval_seconds must be positive")
    TASKS[name] = Periodic(name, float(interval_seconds), fn)


def purge_daily(rt: Runtime) -> None:
    """The retention purge (`dsarbot purge`)."""
    with rt.session() as session:
        retention.purge(session, rt.settings)


register_periodic("retention.purge", 24 * 3600, purge_daily)


def run_due(rt: Runtime, now: float | None = None) -> list[str]:
    """Run every task whose current slot has not run yet; returns the names that ran here."""
    now = time.time() if now is None else now
    ran: list[str] = []
    for task in list(TASKS.values()):
        slot = int(now // task.interval)
        with rt.session() as session:
            claimed = store.claim_periodic_run(session, task.name, slot)
        if claimed is None:
            continue
        started = time.monotonic()
        try:
            task.fn(rt)
        except Exception as exc:  # one failing task must not stop the others
            log.exception("periodic task %s failed", task.name)
            with rt.session() as session:
                claimed.state, claimed.last_error = "failed", f"{type(exc).__name__}: {exc}"[:2000]
                claimed.finished_at = utcnow()
                session.add(claimed)
        else:
            log.info("periodic task %s done in %.1f s", task.name, time.monotonic() - started)
        ran.append(task.name)
    return ran


class Scheduler:
    """Runs due periodic tasks every TICK_SECONDS in a background thread."""

    def __init__(self, rt: Runtime, tick: float = TICK_SECONDS) -> None:
        self.rt = rt
        self.tick = tick
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def run(self) -> None:
        """Loop until stop() (a task in progress is finished first)."""
        worker.load_handlers()
        log.info("scheduler started (tasks: %s)", ", ".join(sorted(TASKS)))
        while not self._stop.is_set():
            try:
                run_due(self.rt)
            except Exception:  # e.g. the database is briefly unreachable
                log.exception("scheduler round failed; trying again in %.0f s", self.tick)
            self._stop.wait(self.tick)
        log.info("scheduler stopped")

    def start(self) -> None:
        """Run in a background thread."""
        self._thread = threading.Thread(target=self.run, name="dsarbot-scheduler", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        """Stop and wait for a task in progress."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
