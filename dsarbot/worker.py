"""The worker: processes stored mail, runs queued jobs and sends the outbox.

Handlers register by job type with :func:`handler`. A handler runs inside the transaction that
claimed its job, so its database effects and the job's completion commit together; a handler that
raises is retried with backoff and, after its last attempt, left `failed` for a person to see.
Several workers may run against PostgreSQL: jobs are claimed with `FOR UPDATE SKIP LOCKED`.
"""

from __future__ import annotations

import importlib
import logging
import threading
import time
from collections.abc import Callable
from datetime import timedelta

from sqlmodel import Session

from dsarbot import processing, store
from dsarbot.models import Job
from dsarbot.runtime import Runtime

log = logging.getLogger(__name__)

Handler = Callable[[Runtime, Session, Job], None]
HANDLERS: dict[str, Handler] = {}
# Modules whose import registers handlers (imported lazily: they import this module).
HANDLER_MODULES = ("dsarbot.outbound", "dsarbot.intake.imap_mark", "dsarbot.slack.jobs", "dsarbot.fulfil.jobs",
                   "dsarbot.slack.notices", "dsarbot.intake.health")
JOB_LEASE = timedelta(minutes=5)
MAX_ATTEMPTS = 8


class Retry(Exception):
    """Raised by a handler to try again later without counting as an error in the logs."""

    def __init__(self, message: str, delay: float = 30.0) -> None:
        super().__init__(message)
        self.delay = delay


class Refused(Exception):
    """Raised by a handler when the job must not run at all: it fails at once, without retries."""


def handler(job_type: str) -> Callable[[Handler], Handler]:
    """Register *fn* as the handler of *job_type*."""

    def register(fn: Handler) -> Handler:
        HANDLERS[job_type] = fn
        return fn

    return register


def load_handlers() -> None:
    """Import the modules that register handlers."""
    for name in HANDLER_MODULES:
        importlib.import_module(name)


def backoff(attempt: int) -> timedelta:
    """Delay before retry *attempt*: 5 s doubling up to 30 min."""
    return timedelta(seconds=min(5 * 2 ** max(0, attempt - 1), 1800))


JOBS_PER_TRANSACTION = 25
JOB_BATCH_SECONDS = 0.2
"""A batch of jobs shares one transaction (one commit instead of one per job) for at most this long, so
a slow handler does not hold the others' results, or SQLite's write lock, for longer."""


def run_one_job(rt: Runtime) -> bool:
    """Claim and run one due job; False when there was none."""
    return run_jobs(rt, max_jobs=1) > 0


def run_jobs(rt: Runtime, *, max_jobs: int = JOBS_PER_TRANSACTION, max_seconds: float = JOB_BATCH_SECONDS) -> int:
    """Claim and run due jobs in one transaction, each in its own savepoint; how many ran."""
    ran = 0
    started = time.monotonic()
    with rt.session() as session:
        while ran < max_jobs and (ran == 0 or time.monotonic() - started < max_seconds):
            job = store.claim_job(session, types=list(HANDLERS) or None, lease=JOB_LEASE)
            if job is None:
                break
            _run(rt, session, job)
            ran += 1
    return ran


def _run(rt: Runtime, session: Session, job: Job) -> None:
    """Run one claimed job's handler and record the outcome (done, retry later, or failed)."""
    fn = HANDLERS.get(job.type)
    try:
        if fn is None:
            raise RuntimeError(f"no handler for job type {job.type!r}")
        with session.begin_nested():
            fn(rt, session, job)
    except Refused as exc:
        log.warning("job %s (%s) for case %s refused: %s", job.id, job.type, job.case_id, exc)
        store.retry_job(session, job, f"refused: {exc}", delay=timedelta(0), max_attempts=0)
    except Retry as exc:
        log.info("job %s (%s) will retry: %s", job.id, job.type, exc)
        store.retry_job(session, job, str(exc), delay=timedelta(seconds=exc.delay),
                        max_attempts=MAX_ATTEMPTS * 4)
    except Exception as exc:  # one failing job must not stop the worker
        log.exception("job %s (%s) for case %s failed (attempt %s)", job.id, job.type, job.case_id,
                      job.attempts)
        store.retry_job(session, job, f"{type(exc).__name__}: {exc}", delay=backoff(job.attempts),
                        max_attempts=MAX_ATTEMPTS)
    else:
        store.finish_job(session, job)


SENDER: Callable[[Runtime], bool] | None = None
"""Sends one due outbox mail; installed by `dsarbot.outbound` (returns False when nothing is due)."""


def drain(rt: Runtime, *, max_rounds: int = 1000) -> int:
    """Do all work that is due now (mail, jobs, outbox); returns how many steps ran. Used by tests/CLI."""
    load_handlers()
    steps = 0
    for _ in range(max_rounds):
        did = len(processing.process_pending(rt))
        while run_one_job(rt):
            did += 1
        while SENDER is not None and SENDER(rt):
            did += 1
        steps += did
        if not did:
            break
    return steps


class Worker:
    """A loop that drains work whenever it is woken or every *poll* seconds."""

    def __init__(self, rt: Runtime, poll: float = 1.0) -> None:
        self.rt = rt
        self.poll = poll
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def run(self) -> None:
        """Loop until stop() (the work in hand is finished first)."""
        load_handlers()
        log.info("worker started (handlers: %s)", ", ".join(sorted(HANDLERS)))
        while not self._stop.is_set():
            self.rt.wake.clear()
            try:
                drain(self.rt)
            except Exception:  # e.g. database briefly unreachable
                log.exception("worker round failed; retrying in %.0f s", max(self.poll, 5))
                self._stop.wait(max(self.poll, 5))
                continue
            self.rt.wake.wait(self.poll)
        log.info("worker stopped")

    def start(self) -> None:
        """Run in a background thread."""
        self._thread = threading.Thread(target=self.run, name="dsarbot-worker", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        """Ask the loop to stop and wait for the work in hand."""
        self._stop.set()
        self.rt.wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

