"""Configuration: `config/dsarbot.toml` (or `DSARBOT_CONFIG`) with the contract's environment overrides.

The file is validated strictly (an unknown key is an error, not a silent no-op) and every secret and
endpoint can come from the environment instead, so that a deployment can keep secrets out of files.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from functools import cached_property
from pathlib import Path
from typing import Literal
from urllib.parse import unquote, urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from dsarbot.demo_controller import DEMO_CONTROLLER  # re-exported for tests and previews

DEFAULT_CONFIG_PATH = Path("config/dsarbot.toml")
LANGUAGES = ("fi", "sv", "en")

# Contract environment variables -> (section, key) in the file.
ENV_OVERRIDES: dict[str, tuple[str, str]] = {
    "DSARBOT_DATABASE_URL": ("database", "url"),
    "DSARBOT_IMAP_URL": ("imap", "url"),
    "DSARBOT_SMTP_URL": ("outbound", "smtp_url"),
    "DSARBOT_SENT_URL": ("outbound", "sent_url"),
    "DSARBOT_SMTP_LISTEN": ("intake", "smtp_listen"),
    "DSARBOT_WEB_LISTEN": ("web", "listen"),
    "SLACK_BOT_TOKEN": ("slack", "bot_token"),
    "SLACK_SIGNING_SECRET": ("slack", "signing_secret"),
    "SLACK_API_URL": ("slack", "api_url"),
    "SLACK_APP_TOKEN": ("slack", "app_token"),
    "DSARBOT_SLACK_CHANNEL": ("slack", "channel"),
    "DSARBOT_SLACK_APPROVERS": ("slack", "approvers"),
    "DSARBOT_SECRET_KEY": ("security", "secret_key"),
    "DSARBOT_DATA_DIR": ("paths", "data_dir"),
}


class ConfigError(Exception):
    """The configuration cannot be used; the message says what is wrong in plain words."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


Localized = dict[str, str]
"""Text per language code (fi, sv, en); English is the fallback."""


def localized(text: Mapping[str, str], language: str) -> str:
    """Pick *language* from a localized text, falling back to English, then to any language."""
    return text.get(language) or text.get("en") or next(iter(text.values()), "")


class PrivacyInfo(_Strict):
    """The Art. 15(1) information a controller gives with every access response."""

    purposes: Localized = Field(default_factory=dict)
    legal_basis: Localized = Field(default_factory=dict)
    categories: Localized = Field(default_factory=dict)
    recipients: Localized = Field(default_factory=dict)
    retention: Localized = Field(default_factory=dict)
    source: Localized = Field(default_factory=dict)
    transfers: Localized = Field(default_factory=dict)
    automated_decisions: Localized = Field(default_factory=dict)


class ControllerConfig(_Strict):
    """One company (controller) whose mailbox dsarbot watches."""

    id: str
    legal_name: str
    business_id: str
    postal_address: str
    addresses: list[str]
    """Addresses the public writes to (info@...). The first one sends the replies."""
    languages: list[str] = Field(default_factory=lambda: list(LANGUAGES))
    default_language: str = "fi"
    privacy_contact: str | None = None
    """Where the privacy notice points people (often the same as the first address)."""
    dpo: str | None = None
    phone: str | None = None
    website: str | None = None
    imap_url: str | None = None
    templates_dir: str | None = None
    """Per-controller template overrides, searched before the shipped `templates/`."""
    privacy: PrivacyInfo = Field(default_factory=PrivacyInfo)

    @field_validator("business_id")
    @classmethod
    def _business_id(cls, value: str) -> str:
        from stdnum.exceptions import ValidationError as StdnumError
        from stdnum.fi import ytunnus

        try:
            return str(ytunnus.format(ytunnus.validate(value)))
        except StdnumError as exc:
            raise ValueError(f"{value!r} is not a valid Finnish business ID (Y-tunnus): {exc}") from None

    @field_validator("addresses")
    @classmethod
    def _addresses(cls, value: list[str]) -> list[str]:
        if not value:
            raise ValueError("a controller needs at least one address (the info@ mailbox)")
        for address in value:
            if "@" not in address:
                raise ValueError(f"{address!r} is not an e-mail address")
        return [a.strip().lower() for a in value]

    @property
    def reply_from(self) -> str:
        """The address replies come from."""
        return self.addresses[0]


class DatabaseConfig(_Strict):
    url: str | None = None


class IntakeConfig(_Strict):
    smtp_listen: str = "127.0.0.1:2525"
    max_message_size: int = 25 * 1024 * 1024
    tls_cert: str | None = None
    tls_key: str | None = None
    auth_users: dict[str, str] = Field(default_factory=dict)
    """user -> password for SMTP AUTH when the intake faces the internet (requires TLS)."""


class ImapConfig(_Strict):
    url: str | None = None
    on_request: Literal["keyword", "move", "none"] = "keyword"
    keyword: str = "DSAR"
    move_to: str = "DSAR"
    idle_renew_seconds: int = 9 * 60
    poll_seconds: int = 60


class OutboundConfig(_Strict):
    smtp_url: str | None = None
    outbox_dir: str | None = None
    max_attempts: int = 12
    sent_url: str | None = None
    """IMAP folder where the relay files a copy of what it sent (`imaps://user:pass@host/Sent`): after a
    crash during a hand-over, the Message-ID is looked up there before the mail is sent again."""


class WebConfig(_Strict):
    listen: str = "127.0.0.1:8080"
    users: dict[str, str] = Field(default_factory=dict)
    """Dashboard logins: user -> password hash (`dsarbot web-passwd`). Empty: loopback clients only."""
    dashboard: bool = True
    hosts: list[str] = Field(default_factory=list)
    """Host names the dashboard answers to besides localhost and IP addresses (a DNS-rebinding guard)."""
    trusted_proxies: list[str] = Field(default_factory=list)
    """Addresses/networks of reverse proxies whose X-Forwarded-For is believed; nobody else's is."""


class SlackConfig(_Strict):
    bot_token: str | None = None
    signing_secret: str | None = None
    app_token: str | None = None
    api_url: str | None = None
    channel: str | None = None
    approvers: list[str] = Field(default_factory=list)
    approver_group: str | None = None
    four_eyes_erasure: bool = False

    @field_validator("approvers", mode="before")
    @classmethod
    def _split(cls, value: object) -> object:
        if isinstance(value, str):
            return [v.strip() for v in value.split(",") if v.strip()]
        return value

    @property
    def enabled(self) -> bool:
        """Slack is used when both the bot token and the signing secret are set."""
        return bool(self.bot_token and self.signing_secret)


class RetentionConfig(_Strict):
    non_request_days: int = 30
    closed_case_years: int = 3


class RemindersConfig(_Strict):
    days_before: list[int] = Field(default_factory=lambda: [7, 3, 1])
    digest_weekday: int = 0  # Monday
    digest_hour: int = 8


class SecurityConfig(_Strict):
    secret_key: str | None = None


class PathsConfig(_Strict):
    data_dir: str = "var"
    sources: str | None = None


class Settings(_Strict):
    """The whole validated configuration."""

    database: DatabaseConfig = Field(default_factory=DatabaseConfig)
    intake: IntakeConfig = Field(default_factory=IntakeConfig)
    imap: ImapConfig = Field(default_factory=ImapConfig)
    outbound: OutboundConfig = Field(default_factory=OutboundConfig)
    web: WebConfig = Field(default_factory=WebConfig)
    slack: SlackConfig = Field(default_factory=SlackConfig)
    retention: RetentionConfig = Field(default_factory=RetentionConfig)
    reminders: RemindersConfig = Field(default_factory=RemindersConfig)
    security: SecurityConfig = Field(default_factory=SecurityConfig)
    paths: PathsConfig = Field(default_factory=PathsConfig)
    controllers: list[ControllerConfig] = Field(default_factory=list)
    source_file: str | None = None

    @cached_property
    def data_dir(self) -> Path:
        """Folder for the SQLite file, the local outbox and the generated key."""
        return Path(self.paths.data_dir)

    @property
    def database_url(self) -> str:
        """The SQLAlchemy URL; SQLite in the data folder by default."""
        if self.database.url:
            return normalise_database_url(self.database.url)
        return f"sqlite:///{self.data_dir / 'dsarbot.sqlite3'}"

    @property
    def outbox_dir(self) -> Path:
        """Where mail is written as .eml files when no relay is configured."""
        return Path(self.outbound.outbox_dir) if self.outbound.outbox_dir else self.data_dir / "outbox"

    def controller(self, controller_id: str) -> ControllerConfig:
        """The controller with *controller_id*; KeyError if unknown."""
        for c in self.controllers:
            if c.id == controller_id:
                return c
        raise KeyError(controller_id)

    def controller_for_address(self, address: str | None) -> ControllerConfig | None:
        """The controller that owns the mailbox *address*, if any."""
        if not address:
            return None
        address = address.strip().lower()
        for c in self.controllers:
            if address in c.addresses:
                return c
        return None

    @property
    def default_controller(self) -> ControllerConfig:
        """The first controller (used when a message's recipient matches none)."""
        return self.controllers[0]


def load_settings(
    path: str | os.PathLike[str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Read the config file (if any), apply environment overrides and validate.

    Raises ConfigError with a readable message for unknown keys, bad values and bad URLs.
    """
    env = os.environ if environ is None else environ
    explicit = path is not None or bool(env.get("DSARBOT_CONFIG"))
    file_path = Path(path or env.get("DSARBOT_CONFIG") or DEFAULT_CONFIG_PATH)
    data: dict[str, object] = {}
    if file_path.exists():
        try:
            data = tomllib.loads(file_path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{file_path}: not valid TOML: {exc}") from exc
        data["source_file"] = str(file_path)
    elif explicit:
        raise ConfigError(f"configuration file {file_path} does not exist")

    for var, (section, key) in ENV_OVERRIDES.items():
        value = env.get(var)
        if value:
            sect = data.setdefault(section, {})
            if not isinstance(sect, dict):
                raise ConfigError(f"[{section}] must be a table")
            sect[key] = value
    if not data.get("controllers"):
        data["controllers"] = [DEMO_CONTROLLER]

    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_explain(exc, file_path)) from None
    problems = check_urls(settings)
    if problems:
        raise ConfigError("\n".join(problems))
    return settings


def _explain(exc: ValidationError, file_path: Path) -> str:
    lines = [f"{file_path}: the configuration has {exc.error_count()} problem(s):"]
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"])
        if err["type"] == "extra_forbidden":
            lines.append(f"  - unknown setting '{where}' (check the spelling against "
                         "config/dsarbot.example.toml)")
        else:
            lines.append(f"  - '{where}': {err['msg']}")
    return "\n".join(lines)


def check_urls(settings: Settings) -> list[str]:
    """Plain-words problems with the endpoint URLs and listen addresses."""
    problems: list[str] = []
    urls: list[tuple[str, str | None, tuple[str, ...]]] = [
        ("DSARBOT_IMAP_URL / imap.url", settings.imap.url, ("imap", "imaps", "imap+starttls")),
        ("DSARBOT_SMTP_URL / outbound.smtp_url", settings.outbound.smtp_url,
         ("smtp", "smtps", "smtp+starttls")),
    ]
    urls += [(f"controllers.{c.id}.imap_url", c.imap_url, ("imap", "imaps", "imap+starttls"))
             for c in settings.controllers]
    for name, url, schemes in urls:
        if not url:
            continue
        parts = urlsplit(url)
        if parts.scheme not in schemes:
            problems.append(f"{name}: '{parts.scheme}://' is not supported; use one of "
                            + ", ".join(f"{s}://" for s in schemes))
        elif not parts.hostname:
            problems.append(f"{name}: no host in the URL")
        else:
            try:
                parts.port  # noqa: B018 - raises ValueError on a bad port
            except ValueError:
                problems.append(f"{name}: the port is not a number between 0 and 65535")
    for name, listen in (("DSARBOT_SMTP_LISTEN / intake.smtp_listen", settings.intake.smtp_listen),
                         ("DSARBOT_WEB_LISTEN / web.listen", settings.web.listen)):
        try:
            parse_listen(listen)
        except ValueError as exc:
            problems.append(f"{name}: {exc}")
    ids = [c.id for c in settings.controllers]
    if len(set(ids)) != len(ids):
        problems.append("controllers: two controllers share an id")
    seen: dict[str, str] = {}
    for c in settings.controllers:
        for a in c.addresses:
            if a in seen:
                problems.append(f"controllers: {a} belongs to both {seen[a]} and {c.id}")
            seen[a] = c.id
    return problems


def parse_listen(value: str) -> tuple[str, int]:
    """Split 'host:port' (IPv6 as '[::1]:port'); ValueError in plain words when malformed."""
    host, sep, port = value.rpartition(":")
    if not sep or not port.isdigit() or not 0 <= int(port) <= 65535:
        raise ValueError(f"'{value}' is not host:port (for example 127.0.0.1:2525)")
    return host.strip("[]") or "127.0.0.1", int(port)


def normalise_database_url(url: str) -> str:
    """Use the psycopg 3 driver for plain postgres:// URLs."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


class MailURL(BaseModel):
    """An imap(s)/smtp(s) URL taken apart."""

    scheme: str
    host: str
    port: int
    username: str | None
    password: str | None
    path: str
    tls: Literal["none", "ssl", "starttls"]


def parse_mail_url(url: str, default_ports: Mapping[str, int]) -> MailURL:
    """Split `imap://user:pass@host:port/INBOX` or `smtp+starttls://host:587` into its parts."""
    parts = urlsplit(url)
    scheme = parts.scheme
    tls: Literal["none", "ssl", "starttls"] = "none"
    if scheme.endswith("s") and not scheme.endswith("+starttls"):
        tls = "ssl"
    if scheme.endswith("+starttls"):
        tls = "starttls"
    return MailURL(
        scheme=scheme,
        host=parts.hostname or "localhost",
        port=parts.port or default_ports.get(scheme, 0),
        username=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password else None,
        path=unquote(parts.path.lstrip("/")),
        tls=tls,
    )
