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
from typing import TYPE_CHECKING, Annotated, Any, Protocol

import typer

from dsarbot.cli.common import command_name, fail, redact_url, settings_or_exit, setup_logging

if TYPE_CHECKING:
    from dsarbot.config import Settings
    from dsarbot.intake.smtp_server import SmtpIntake
    from dsarbot.runtime import Runtime

# The parts (intake servers, watcher, worker, scheduler, web) are imported where they are started:
# importing them all costs a second, and `dsarbot --help` should not wait for that.

log = logging.getLogger("dsarbot.run")


class Part(Protocol):
    """Something that runs in the background until stopped."""

    def stop(self) -> None: ...


class WebServer:
    """uvicorn serving `web.create_app(rt)` in a thread (signals stay with the main thread)."""

    def __init__(self, rt: Runtime, listen: str) -> None:
        import uvicorn

        from dsarbot.config import parse_listen
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
    from dsarbot import worker

    w = worker.Worker(rt, poll=poll)
    w.start()
    return w


def _scheduler(rt: Runtime) -> Part:
    from dsarbot.scheduler import Scheduler

    s = Scheduler(rt)
    s.start()
    return s


def _listening(intake: SmtpIntake, listen: str | None, variable: str) -> Part:
    try:
        intake.start()
    except OSError as exc:
        raise RuntimeError(f"cannot listen on {listen} ({exc.strerror or exc}); "
                           f"set {variable} to a free host:port") from exc
    return intake


def _smtp(rt: Runtime) -> Part:
    from dsarbot.intake.smtp_server import SmtpIntake

    return _listening(SmtpIntake(rt), rt.settings.intake.smtp_listen, "DSARBOT_SMTP_LISTEN")


def _lmtp(rt: Runtime) -> Part:
    from dsarbot.intake.lmtp_server import LmtpIntake

    return _listening(LmtpIntake(rt), rt.settings.intake.lmtp_listen, "DSARBOT_LMTP_LISTEN")


def _watchers(rt: Runtime) -> Part:
    from dsarbot.intake.imap_watcher import WatcherGroup

    group = WatcherGroup(rt)
    group.start()
    return group


def _web(rt: Runtime) -> Part:
    server = WebServer(rt, rt.settings.web.listen)
    server.start()
    return server


def _runtime(settings: Settings) -> Runtime:
    from dsarbot.runtime import build_runtime

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


def _setup_demo(settings: Settings) -> None:
    """With --demo: write the demo register unless other data sources are configured.

    Nothing else changes: the worker and `dsarbot sources …` find the demo mapping the same way
    (`dsarbot.fulfil.sources.sources_path`).
    """
    from dsarbot.fulfil.sources import demo_sources_path, ensure_demo, sources_path

    if sources_path(settings) in (None, demo_sources_path(settings)):
        ensure_demo(settings)


def _sources_line(settings: Settings) -> str:
    from dsarbot.fulfil.sources import describe_sources

    return f"data sources: {describe_sources(settings)}"


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


def _mailboxes(settings: Settings) -> list[Any]:
    from dsarbot.intake.imap_conn import mailboxes

    return list(mailboxes(settings))


def _banner(rt: Runtime, sources_line: str, imap_on: bool) -> str:
    from dsarbot.config import parse_listen

    s = rt.settings
    ctrl = s.default_controller
    smtp_host, smtp_port = parse_listen(s.intake.smtp_listen)
    web_host, web_port = parse_listen(s.web.listen)
    outbound = (f"relay {redact_url(s.outbound.smtp_url)}" if s.outbound.smtp_url
                else f"no relay: replies are written as .eml files to {s.outbox_dir.resolve()}/")
    imap = (", ".join(m.key for m in _mailboxes(s)) if imap_on
            else "not configured (set DSARBOT_IMAP_URL=imaps://user:password@host/INBOX)")
    slack = "on" if s.slack.enabled else f"off (staff decide on the web dashboard or with `{command_name()} cases`)"
    cmd = command_name()
    return f"""
dsarbot is running for {ctrl.legal_name} <{', '.join(a for c in s.controllers for a in c.addresses)}>
  SMTP intake  {smtp_host}:{smtp_port}
  LMTP intake  {s.intake.lmtp_listen or "off (set DSARBOT_LMTP_LISTEN=127.0.0.1:2424 for Postfix/Exim delivery)"}
  IMAP         {imap}
  web          http://{web_host}:{web_port}/   (health: /healthz, Slack: POST /slack/events)
  Slack        {slack}
  outbound     {outbound}
  database     {redact_url(s.database_url)}
  {sources_line}

Try it: `{cmd} demo send` sends one demo request of each kind, or send your own to {ctrl.reply_from}
  swaks --server {smtp_host}:{smtp_port} --from maija@example.fi --to {ctrl.reply_from} \\
        --header "Subject: Tietojeni poistaminen" --body "Pyydän poistamaan kaikki tietoni."
  or, without swaks:
  python3 -c "import smtplib; smtplib.SMTP('{smtp_host}', {smtp_port}).sendmail('maija@example.fi', \\
        ['{ctrl.reply_from}'], 'Subject: Tietojeni poistaminen\\r\\n\\r\\nPyydan poistamaan tietoni.\\r\\n')"
Then: `{cmd} cases list` (or the web dashboard) shows the case; the acknowledgement is in the outbox.
Stop with Ctrl-C (or SIGTERM).
"""


VerboseOption = Annotated[bool, typer.Option("--verbose", "-v", help="Debug logging.")]


def run(
    demo: Annotated[bool, typer.Option("--demo", help="Use the demo customer register when no data "
                                       "sources are configured.")] = False,
    verbose: VerboseOption = False,
) -> None:
    """Run the whole product in one process: intake, IMAP watcher, worker, scheduler and web listener.

    SQLite and a local outbox folder by default; the IMAP watcher runs when a mailbox is configured.

    Example: `dsarbot run --demo`, then send a mail to 127.0.0.1:2525 (`dsarbot demo send`).
    """
    setup_logging(verbose)
    settings = settings_or_exit()
    if demo:
        _setup_demo(settings)
    rt = _runtime(settings)
    imap_on = bool(_mailboxes(settings))
    services = Services(rt)
    services.add("worker", lambda: _worker(rt))
    services.add("scheduler", lambda: _scheduler(rt))
    services.add("web listener", lambda: _web(rt))
    services.add("Slack Socket Mode", lambda: _socket_mode(rt))
    if imap_on:
        services.add("IMAP watcher", lambda: _watchers(rt))
    services.add("SMTP intake", lambda: _smtp(rt))
    if rt.settings.intake.lmtp_listen:
        services.add("LMTP intake", lambda: _lmtp(rt))
    print(_banner(rt, _sources_line(settings), imap_on), flush=True)
    services.run_until_signal()
    log.info("dsarbot stopped")


def web(verbose: VerboseOption = False) -> None:
    """Run the web listener (Procfile `web`): /healthz, Slack events, dashboard; plus the scheduler.

    The scheduler (daily purge, reminders) is safe to run in several processes.

    Example: `DSARBOT_WEB_LISTEN=0.0.0.0:8080 dsarbot web`
    """
    setup_logging(verbose)
    rt = _runtime(settings_or_exit())
    services = Services(rt)
    services.add("scheduler", lambda: _scheduler(rt))
    services.add("web listener", lambda: _web(rt))
    services.add("Slack Socket Mode", lambda: _socket_mode(rt))
    log.info("web listener on http://%s/", rt.settings.web.listen)
    services.run_until_signal()


def smtp(verbose: VerboseOption = False) -> None:
    """Run only the SMTP intake, and the LMTP intake when DSARBOT_LMTP_LISTEN is set (Procfile `smtp`).

    A `worker` process processes what they store.

    Example: `DSARBOT_SMTP_LISTEN=0.0.0.0:2525 dsarbot smtp`
    """
    setup_logging(verbose)
    rt = _runtime(settings_or_exit())
    services = Services(rt)
    services.add("SMTP intake", lambda: _smtp(rt))
    if rt.settings.intake.lmtp_listen:
        services.add("LMTP intake", lambda: _lmtp(rt))
    services.run_until_signal()


def watch(verbose: VerboseOption = False) -> None:
    """Run only the IMAP watchers (Procfile `watcher`); with PostgreSQL one per mailbox holds a lock.

    Example: `DSARBOT_IMAP_URL=imaps://info%40example.fi:password@imap.example.fi/INBOX dsarbot watch`
    """
    setup_logging(verbose)
    settings = settings_or_exit()
    if not _mailboxes(settings):
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

    Example: `dsarbot worker --poll 2`
    """
    setup_logging(verbose)
    rt = _runtime(settings_or_exit())
    services = Services(rt)
    services.add("worker", lambda: _worker(rt, poll))
    services.run_until_signal()

