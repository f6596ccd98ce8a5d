"""`dsarbot check-config`: every problem with a deployment's configuration, found in one pass.

The file and the environment (unknown keys, bad values, URLs, listen addresses), the database, Slack,
and the data-source mapping fulfilment will use (it must exist, parse and fit the real tables) are all
checked before anything is reported, so an operator fixes everything in one round. Passwords in URLs
are never printed.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from dsarbot.config import Settings, read_settings


@dataclass(frozen=True)
class Finding:
    """One line of the report: `error` (check-config fails), `warning` or `info`."""

    level: str
    text: str


def redact_url(url: str) -> str:
    """*url* with any password replaced by ***, also in a malformed URL ('imap//user:secret@host')."""
    userinfo, at, rest = url.partition("@")
    if not at:
        return url
    scheme, sep, user = userinfo.rpartition("://")
    name, colon, _password = user.partition(":")
    return f"{scheme}{sep}{name}:***@{rest}" if colon else url


def check_configuration(path: str | os.PathLike[str] | None = None,
                        environ: Mapping[str, str] | None = None) -> list[Finding]:
    """Everything check-config reports, in order; the configuration is usable when no finding is an error."""
    settings, problems = read_settings(path, environ)
    found = [Finding("error", p) for p in problems]
    if settings is None:
        return found
    found.append(Finding("info", f"config file: {settings.source_file or '(none: embedded defaults)'}"))
    found.extend(_database(settings))
    # A controller in error was left out; the demo one standing in for it is not worth listing.
    listed = [] if any("controllers" in p for p in problems) else settings.controllers
    for c in listed:
        found.append(Finding("info", f"controller {c.id}: {c.legal_name} ({c.business_id}) <{', '.join(c.addresses)}>"))
    found.append(Finding("info", f"SMTP intake listens on {settings.intake.smtp_listen}; web on {settings.web.listen}"))
    found.append(Finding("info", "outbound: " + (redact_url(settings.outbound.smtp_url) if settings.outbound.smtp_url
                                                 else f"no relay: mail is written to {settings.outbox_dir}/")))
    found.append(Finding("info", "IMAP: " + (redact_url(settings.imap.url) if settings.imap.url else "not configured")))
    found.extend(_slack(settings))
    found.extend(_sources(settings))
    return found


def _database(settings: Settings) -> list[Finding]:
    from dsarbot import db

    url = settings.database_url
    try:
        engine = db.make_engine(url)
        db.ping(engine)
        rev = db.current_revision(engine)
        engine.dispose()
    except Exception as exc:  # reported in plain words
        first = str(exc).splitlines()[0] if str(exc) else ""
        return [Finding("error", f"database {redact_url(url)} is not reachable: {type(exc).__name__}: {first}")]
    schema = rev or "not created yet (run `dsarbot db upgrade`)"
    return [Finding("info", f"database: {redact_url(url)} reachable; schema {schema}")]


def _slack(settings: Settings) -> list[Finding]:
    slack = settings.slack
    if slack.enabled:
        out = [Finding("info", f"Slack: on, channel {slack.channel or '(not set!)'}, "
                               f"{len(slack.approvers)} approver(s)")]
        if not slack.channel:
            out.append(Finding("error", "Slack is on but DSARBOT_SLACK_CHANNEL is not set"))
        if not slack.approvers and not slack.approver_group:
            out.append(Finding("error", "Slack is on but nobody may approve: set DSARBOT_SLACK_APPROVERS"))
        return out
    if slack.bot_token or slack.signing_secret:
        return [Finding("error", "Slack needs both SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET")]
    return [Finding("info", "Slack: off (staff decide in the web dashboard or with `dsarbot cases`)")]


def _sources(settings: Settings) -> list[Finding]:
    """The mapping fulfilment uses: it must exist, parse, and name tables and columns that exist."""
    from dsarbot.fulfil.sources import describe_sources, sources_path
    from dsarbot.sources import DataSources, SourcesConfigError

    path = sources_path(settings)
    if path is None:
        return [Finding("info", f"data sources: {describe_sources(settings)}; lookups find nothing and replies "
                                "say no personal data is processed")]
    if not path.is_file():
        return [Finding("error", f"[paths] sources: {path} does not exist; every lookup would fail. Write the "
                                 "mapping there (see config/sources.example.toml) or correct the path")]
    try:
        sources = DataSources.from_file(path)
    except SourcesConfigError as exc:
        return [Finding("error", f"data sources: {exc}")]
    out = [Finding("info", f"data sources: {describe_sources(settings)}")]
    with sources:
        for issue in sources.check():
            out.append(Finding("error" if issue.level == "error" else "warning", f"data sources: {issue}"))
    return out
