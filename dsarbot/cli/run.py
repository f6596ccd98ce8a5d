"""`dsarbot run` (everything in one process) and the Procfile's `web`, `smtp`, `watch` processes.

Each part runs in its own thread; the main thread only waits for SIGTERM/SIGINT and then stops the
parts in an order that loses nothing: first no new mail comes in (SMTP intake, IMAP watchers log
out), then the web listener and the scheduler stop, last the worker finishes the work in hand.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Protocol

import typer

from dsarbot import worker
from dsarbot.cli.common import fail, redact_url, settings_or_exit, setup_logging
from dsarbot.config import Settings, parse_listen
from dsarbot.intake.imap_conn import mailboxes
from dsarbot.intake.imap_watcher import WatcherGroup
from dsarbot.intake.smtp_server import SmtpIntake
from dsarbot.runtime import Runtime, build_runtime
from dsarbot.scheduler import Scheduler

log = logging.getLogger("dsarbot.run")


class Part(Protocol):
    """Something that runs in the background until stopped."""

    def stop(self) -> None: ...


class WebServer:
    """uvicorn serving `web.create_app(rt)` in a thread (signals stay with the main thread)."""

    def __init__(self, rt: Runtime, listen: str) -> None:
        import uvicorn

        from dsarbot.web import create_app

        self.host, self.port = parse_listen(listen)
        # proxy_headers off: uvicorn would otherwise take X-Forwarded-For from any local client as the
        # client address; dsarbot believes it only from `[web] trusted_proxies` (webui.auth.client_address).
        config = uvicorn.Config(create_app(rt), host=self.host, port=self.port, log_level="warning",
                                access_log=False, lifespan="auto", proxy_headers=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="dsarbot-web", daemon=True)

    def start(self) -> None:
        """Listen; RuntimeError when the port cannot be bound."""
        self.thread.start()
        deadline = time.monotonic() + 15
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the web listener could not start on {self.host}:{self.port} "
                                   "(port in use? set DSARBOT_WEB_LISTEN)")
            time.sleep(0.02)

    def stop(self) -> None:
        """Finish open requests and stop."""
        self.server.should_exit = True
        self.thread.join(15)


class Services:
    """The parts of a dsarbot process, started and stopped together."""

    def __init__(self, rt: Runtime) -> None:
        self.rt = rt
        self.parts: list[tuple[str, Part]] = []

    def add(self, name: str, start: Callable[[], Part | None]) -> None:
        """Start a part now (a builder may return None: nothing to run in this configuration).

        On failure stop what already runs and exit with the reason.
        """
        try:
            part = start()
        except Exception as exc:  # shown to the operator in one line
            self.stop()
            fail(f"{name}: {exc}", 1)
        if part is not None:
            self.parts.append((name, part))

    def stop(self) -> None:
        """Stop in the reverse order of starting (intake first, worker last)."""
        for name, part in reversed(self.parts):
            log.info("stopping %s", name)
            try:
                part.stop()
            except Exception:  # keep stopping the rest
                log.exception("%s did not stop cleanly", name)
        self.parts.clear()

    def run_until_signal(self) -> None:
        """Block until SIGTERM/SIGINT, then stop every part."""
        try:
            wait_for_signal()
        finally:
            self.stop()


def _worker(rt: Runtime, poll: float = 1.0) -> Part:
    w = worker.Worker(rt, poll=poll)
    w.start()
    return w


def _scheduler(rt: Runtime) -> Part:
    s = Scheduler(rt)
    s.start()
    return s


def _smtp(rt: Runtime) -> Part:
    intake = SmtpIntake(rt)
    try:
        intake.start()
    except OSError as exc:
        raise RuntimeError(f"cannot listen on {rt.settings.intake.smtp_listen} ({exc.strerror or exc}); "
                           "set DSARBOT_SMTP_LISTEN to a free host:port") from exc
    return intake


def _watchers(rt: Runtime) -> Part:
    group = WatcherGroup(rt)
    group.start()
    return group


def _web(rt: Runtime) -> Part:
    server = WebServer(rt, rt.settings.web.listen)
    server.start()
    return server


def _runtime(settings: Settings) -> Runtime:
    try:
        return build_runtime(settings)
    except Exception as exc:  # shown to the operator in one line
        fail(f"cannot open the database {redact_url(settings.database_url)}: {type(exc).__name__}: {exc}", 2)


def wait_for_signal() -> None:
    """Block until SIGTERM or SIGINT (Ctrl-C)."""
    stop = threading.Event()

    def handle(signum: int, _frame: Any) -> None:
        log.info("received %s; stopping", signal.Signals(signum).name)
        stop.set()

    signal.signal(signal.SIGTERM, handle)
    signal.signal(signal.SIGINT, handle)
    while not stop.wait(1.0):
        pass


def _setup_demo(settings: Settings) -> tuple[Settings, str]:
    """Point the settings at the demo register when no data sources are configured."""
    if settings.paths.sources or Path("config/sources.toml").exists():
        return settings, f"data sources: {settings.paths.sources or 'config/sources.toml'}"
    from dsarbot.fulfil.sources import ensure_demo

    sources = ensure_demo(settings)
    paths = settings.paths.model_copy(update={"sources": str(sources)})
    return settings.model_copy(update={"paths": paths}), f"data sources: demo register ({sources})"


class _SocketMode:
    """Slack Socket Mode (outgoing websocket) when SLACK_APP_TOKEN is set."""

    def __init__(self, handler: Any) -> None:
        self.handler = handler

    def stop(self) -> None:
        """Close the websocket."""
        self.handler.close()


def _socket_mode(rt: Runtime) -> Part | None:
    if not (rt.settings.slack.enabled and rt.settings.slack.app_token):
        return None
    from dsarbot.slack.app import start_socket_mode

    handler = start_socket_mode(rt)
    return _SocketMode(handler) if handler is not None else None


def _banner(rt: Runtime, sources_line: str, imap_on: bool) -> str:
    s = rt.settings
    ctrl = s.default_controller
    smtp_host, smtp_port = parse_listen(s.intake.smtp_listen)
    web_host, web_port = parse_listen(s.web.listen)
    outbound = (f"relay {redact_url(s.outbound.smtp_url)}" if s.outbound.smtp_url
                else f"no relay: replies are written as .eml files to {s.outbox_dir.resolve()}/")
    imap = (", ".join(m.key for m in mailboxes(s)) if imap_on
            else "not configured (set DSARBOT_IMAP_URL=imaps://user:password@host/INBOX)")
    slack = "on" if s.slack.enabled else "off (staff decide on the web dashboard or with `dsarbot cases`)"
    return f"""
dsarbot is running for {ctrl.legal_name} <{', '.join(a for c in s.controllers for a in c.addresses)}>
  SMTP intake  {smtp_host}:{smtp_port}
  IMAP         {imap}
  web          http://{web_host}:{web_port}/   (health: /healthz, Slack: POST /slack/events)
  Slack        {slack}
  outbound     {outbound}
  database     {redact_url(s.database_url)}
  {sources_line}

Try it: `dsarbot demo send` sends one demo request of each kind, or send your own to {ctrl.reply_from}
  swaks --server {smtp_host}:{smtp_port} --from maija@example.fi --to {ctrl.reply_from} \\
        --header "Subject: Tietojeni poistaminen" --body "Pyydän poistamaan kaikki tietoni."
  or, without swaks:
  python3 -c "import smtplib; smtplib.SMTP('{smtp_host}', {smtp_port}).sendmail('maija@example.fi', \\
        ['{ctrl.reply_from}'], 'Subject: Tietojeni poistaminen\\r\\n\\r\\nPyydan poistamaan tietoni.\\r\\n')"
Then: `dsarbot cases list` (or the web dashboard) shows the case; the acknowledgement is in the outbox.
Stop with Ctrl-C (or SIGTERM).
"""


VerboseOption = Annotated[bool, typer.Option("--verbose", "-v", help="Debug logging.")]


def run(
    demo: Annotated[bool, typer.Option("--demo", help="Use the demo customer register when no data "
                                       "sources are configured.")] = False,
    verbose: VerboseOption = False,
) -> None:
    """Run the whole product in one process: SMTP intake, IMAP watcher (when configured), worker,
    scheduler and web listener. SQLite and a local outbox folder by default.

    Example: `dsarbot run --demo`, then send a mail to 127.0.0.1:2525.
    """
    setup_logging(verbose)
    settings = settings_or_exit()
    sources_line = f"data sources: {settings.paths.sources or 'config/sources.toml (if present)'}"
    if demo:
        settings, sources_line = _setup_demo(settings)
    rt = _runtime(settings)
    imap_on = bool(mailboxes(settings))
    services = Services(rt)
    services.add("worker", lambda: _worker(rt))
    services.add("scheduler", lambda: _scheduler(rt))
    services.add("web listener", lambda: _web(rt))
    services.add("Slack Socket Mode", lambda: _socket_mode(rt))
    if imap_on:
        services.add("IMAP watcher", lambda: _watchers(rt))
    services.add("SMTP intake", lambda: _smtp(rt))
    print(_banner(rt, sources_line, imap_on), flush=True)
    services.run_until_signal()
    log.info("dsarbot stopped")


def web(verbose: VerboseOption = False) -> None:
    """Run the web listener (Procfile `web`): /healthz, Slack events, dashboard; plus the scheduler
    (daily purge, reminders), which is safe to run in several processes."""
    setup_logging(verbose)
    rt = _runtime(settings_or_exit())
    services = Services(rt)
    services.add("scheduler", lambda: _scheduler(rt))
    services.add("web listener", lambda: _web(rt))
    services.add("Slack Socket Mode", lambda: _socket_mode(rt))
    log.info("web listener on http://%s/", rt.settings.web.listen)
    services.run_until_signal()


def smtp(verbose: VerboseOption = False) -> None:
    """Run only the SMTP intake (Procfile `smtp`); a `worker` process processes what it stores."""
    setup_logging(verbose)
    rt = _runtime(settings_or_exit())
    services = Services(rt)
    services.add("SMTP intake", lambda: _smtp(rt))
    services.run_until_signal()


def watch(verbose: VerboseOption = False) -> None:
    """Run only the IMAP watchers (Procfile `watcher`); with PostgreSQL one per mailbox holds a lock."""
    setup_logging(verbose)
    settings = settings_or_exit()
    if not mailboxes(settings):
        fail("no IMAP mailbox is configured: set DSARBOT_IMAP_URL (imap://user:password@host/INBOX) or "
             "a controller's imap_url", 2)
    rt = _runtime(settings)
    services = Services(rt)
    services.add("IMAP watcher", lambda: _watchers(rt))
    services.run_until_signal()


def worker_process(
    poll: Annotated[float, typer.Option(help="Seconds between queue polls when nothing wakes it.")] = 1.0,
    verbose: VerboseOption = False,
) -> None:
    """Run only the worker (Procfile `worker`): processes stored mail, jobs and the outbox.

    Several workers may run against PostgreSQL; they share the queue with `FOR UPDATE SKIP LOCKED`.
    SIGTERM lets the job in hand finish.
    """
    setup_logging(verbose)
    rt = _runtime(settings_or_exit())
    services = Services(rt)
    services.add("worker", lambda: _worker(rt, poll))
    services.run_until_signal()

