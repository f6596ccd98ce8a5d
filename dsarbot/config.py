"""Configuration: `config/dsarbot.toml` (or `DSARBOT_CONFIG`) with the contract's environment overrides.

The file is validated strictly (an unknown key is an error, not a silent no-op) and every secret and
endpoint can come from the environment instead, so that a deployment can keep secrets out of files.
"""

from __future__ import annotations

import copy
import os
import tomllib
from collections.abc import Mapping
from functools import cached_property
from pathlib import Path
from typing import Any, Literal
from urllib.parse import unquote, urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from dsarbot.demo_controller import DEMO_CONTROLLER  # re-exported for tests and previews
from dsarbot.mailauth import settings as oauth_settings
from dsarbot.mailauth.settings import OAuthSettings

DEFAULT_CONFIG_PATH = Path("config/dsarbot.toml")
LANGUAGES = ("fi", "sv", "en")

# Contract environment variables -> (section, key) in the file.
ENV_OVERRIDES: dict[str, tuple[str, str]] = {
    "DSARBOT_DATABASE_URL": ("database", "url"),
    "DSARBOT_IMAP_URL": ("imap", "url"),
    "DSARBOT_SMTP_URL": ("outbound", "smtp_url"),
    "DSARBOT_SENT_URL": ("outbound", "sent_url"),
    "DSARBOT_SMTP_LISTEN": ("intake", "smtp_listen"),
    "DSARBOT_LMTP_LISTEN": ("intake", "lmtp_listen"),
    "DSARBOT_WEB_LISTEN": ("web", "listen"),
    "SLACK_BOT_TOKEN": ("slack", "bot_token"),
    "SLACK_SIGNING_SECRET": ("slack", "signing_secret"),
    "SLACK_API_URL": ("slack", "api_url"),
    "SLACK_APP_TOKEN": ("slack", "app_token"),
    "DSARBOT_SLACK_CHANNEL": ("slack", "channel"),
    "DSARBOT_SLACK_APPROVERS": ("slack", "approvers"),
    "DSARBOT_SECRET_KEY": ("security", "secret_key"),
    "DSARBOT_DATA_DIR": ("paths", "data_dir"),
    **{var: ("oauth", key) for var, key in oauth_settings.ENV.items()},
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
    groups: list[str] = Field(default_factory=list)
    """The company's own groups and aliases that deliver to this mailbox (a Google Group or Microsoft 365
    group address, its List-Id, a Google group id): mail through them is a person's mail, never a list's."""
    languages: list[str] = Field(default_factory=lambda: list(LANGUAGES))
    default_language: str = "fi"
    privacy_contact: str | None = None
    """Where the privacy notice points people (often the same as the first address)."""
    dpo: str | None = None
    phone: str | None = None
    website: str | None = None
    imap_url: str | None = None
    imap_oauth: OAuthSettings | None = None
    """OAuth2 credentials of this controller's own mailbox (over `[oauth]`; see dsarbot.mailauth.settings)."""
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

    @field_validator("groups")
    @classmethod
    def _groups(cls, value: list[str]) -> list[str]:
        return [g.strip().strip("<>").lower() for g in value if g.strip()]

    @property
    def reply_from(self) -> str:
        """The address replies come from."""
        return self.addresses[0]


class DatabaseConfig(_Strict):
    url: str | None = None


class IntakeConfig(_Strict):
    smtp_listen: str = "127.0.0.1:2525"
    lmtp_listen: str | None = None
    """host:port of the LMTP server that Postfix, Exim or Dovecot deliver to (off when unset)."""
    max_message_size: int = 25 * 1024 * 1024
    tls_cert: str | None = None
    tls_key: str | None = None
    auth_users: dict[str, str] = Field(default_factory=dict)
    """user -> password for SMTP AUTH when the intake faces the internet (requires TLS)."""


class AttachmentsConfig(_Strict):
    """Reading attachments (PDF, Word, OpenDocument, text; scans and photos by OCR) in the worker."""

    ocr: bool = True
    """OCR scans and photos when Tesseract and `dsarbot[ocr]` are installed (the worker says if they are not)."""
    ocr_languages: str = "fin+swe+eng"
    """Tesseract language packs, '+'-separated (Debian: tesseract-ocr-fin, -swe, -eng)."""
    ocr_pages: int = Field(default=5, ge=0, le=50)
    """Pages or photos OCR'd per mail."""
    seconds_per_mail: float = Field(default=60.0, gt=0, le=600)
    """All reading of one mail's attachments stops after this long; the rest is listed for staff."""


class ImapConfig(_Strict):
    url: str | None = None
    on_request: Literal["keyword", "move", "none"] = "keyword"
    keyword: str = "DSAR"
    move_to: str = "DSAR"
    idle_renew_seconds: int = 9 * 60
    poll_seconds: int = 60
    oauth: OAuthSettings | None = None
    unreadable_alert_minutes: float = 15
    """Staff are told (Slack, dashboard, /healthz) when a mailbox has not been readable this long."""


class OutboundConfig(_Strict):
    smtp_url: str | None = None
    outbox_dir: str | None = None
    max_attempts: int = 12
    oauth: OAuthSettings | None = None
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


class StaffConfig(_Strict):
    """The staff's language where no person's own choice applies: the channel's digest, `dsarbot report`,
    and the dashboard when the browser asks for none of fi, sv, en (the example configuration says fi;
    the embedded default stays English so that an unconfigured install reads as its documentation)."""

    language: Literal["fi", "sv", "en"] = "en"


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
    attachments: AttachmentsConfig = Field(default_factory=AttachmentsConfig)
    outbound: OutboundConfig = Field(default_factory=OutboundConfig)
    web: WebConfig = Field(default_factory=WebConfig)
    slack: SlackConfig = Field(default_factory=SlackConfig)
    retention: RetentionConfig = Field(default_factory=RetentionConfig)
    reminders: RemindersConfig = Field(default_factory=RemindersConfig)
    staff: StaffConfig = Field(default_factory=StaffConfig)
    security: SecurityConfig = Field(default_factory=SecurityConfig)
    paths: PathsConfig = Field(default_factory=PathsConfig)
    oauth: OAuthSettings = Field(default_factory=OAuthSettings)
    """The deployment's default OAuth2 credentials (DSARBOT_OAUTH_*), for every mailbox and the relay."""
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
        for c in self.controllers:
            if address in c.groups:  # an alias or group address that delivers to this controller's mailbox
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

    Raises ConfigError with a readable message naming every problem at once (unknown keys, bad
    values, bad URLs), so that fixing a file takes one round, not one per mistake.
    """
    settings, problems = read_settings(path, environ)
    if problems or settings is None:
        raise ConfigError("\n".join(problems))
    return settings


def read_settings(
    path: str | os.PathLike[str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> tuple[Settings | None, list[str]]:
    """The settings and every problem with them, found in one pass.

    With problems the settings are a best effort (the settings in error left at their defaults) so
    that `dsarbot check-config` can go on to check the rest; None when not even that is possible.
    Only :func:`load_settings` (which refuses any problem) should be used to run dsarbot.
    """
    env = os.environ if environ is None else environ
    explicit = path is not None or bool(env.get("DSARBOT_CONFIG"))
    file_path = Path(path or env.get("DSARBOT_CONFIG") or DEFAULT_CONFIG_PATH)
    problems: list[str] = []
    data: dict[str, object] = {}
    if file_path.exists():
        try:
            data = tomllib.loads(file_path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            problems.append(f"{file_path}: not valid TOML: {exc} (the environment settings are still checked)")
        data["source_file"] = str(file_path)
    elif explicit:
        return None, [f"configuration file {file_path} does not exist"]

    for var, (section, key) in ENV_OVERRIDES.items():
        value = env.get(var)
        if value:
            sect = data.setdefault(section, {})
            if not isinstance(sect, dict):
                problems.append(f"[{section}] must be a table")
                continue
            sect[key] = value
    if not data.get("controllers"):
        data["controllers"] = [DEMO_CONTROLLER]

    try:
        settings: Settings | None = Settings.model_validate(data)
    except ValidationError as exc:
        problems.extend(_explain(exc, file_path))
        settings = _best_effort(data, exc)
    if settings is not None:
        problems.extend(check_urls(settings))
    return settings, problems


def _explain(exc: ValidationError, file_path: Path) -> list[str]:
    lines: list[str] = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"])
        if err["type"] == "extra_forbidden":
            lines.append(f"{file_path}: unknown setting '{where}' (check the spelling against "
                         "config/dsarbot.example.toml)")
        else:
            lines.append(f"{file_path}: '{where}': {err['msg']}")
    return lines


def _best_effort(data: dict[str, object], exc: ValidationError) -> Settings | None:
    """*data* without the values in error (a controller in error is left out), validated; None if impossible."""
    pruned = copy.deepcopy(data)
    for err in exc.errors():
        _drop(pruned, list(err["loc"]))
    cleaned = _without_gone(pruned)
    if not cleaned.get("controllers"):
        cleaned["controllers"] = [DEMO_CONTROLLER]
    try:
        return Settings.model_validate(cleaned)
    except ValidationError:
        return None


_GONE = object()


def _drop(node: object, loc: list[str | int]) -> None:
    """Remove the value at *loc* from nested dicts; an element of a list in error is marked to go whole."""
    *path, last = loc
    for key in path:
        if isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node):
            node[key] = _GONE
            return
        if not isinstance(node, dict) or key not in node:
            return
        node = node[key]
    if isinstance(node, dict):
        node.pop(last, None)
    elif isinstance(node, list) and isinstance(last, int) and 0 <= last < len(node):
        node[last] = _GONE


def _without_gone(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _without_gone(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_without_gone(v) for v in node if v is not _GONE]
    return node


URL_EXAMPLES = {"imap": "imaps://info%40example.fi:password@imap.example.fi/INBOX",
                "smtp": "smtp+starttls://relay.example.fi:587"}
# The example shown with a listen-address problem, per setting.
LISTEN_EXAMPLES = {"smtp_listen": "127.0.0.1:2525", "lmtp_listen": "127.0.0.1:2424", "listen": "127.0.0.1:8080"}


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
        problem = url_problem(url, schemes) if url else None
        if problem:
            problems.append(f"{name}: {problem}")
    listens = [("DSARBOT_SMTP_LISTEN / intake.smtp_listen", settings.intake.smtp_listen, "smtp_listen"),
               ("DSARBOT_WEB_LISTEN / web.listen", settings.web.listen, "listen")]
    if settings.intake.lmtp_listen:
        listens.append(("DSARBOT_LMTP_LISTEN / intake.lmtp_listen", settings.intake.lmtp_listen, "lmtp_listen"))
    for name, listen, key in listens:
        try:
            parse_listen(listen, LISTEN_EXAMPLES[key])
        except ValueError as exc:
            problems.append(f"{name}: {exc}")
    problems += oauth_problems(settings)
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


def oauth_problems(settings: Settings) -> list[str]:
    """Plain-words problems with the OAuth2 settings of every mailbox and the relay that uses them."""
    problems: list[str] = []
    urls = [("DSARBOT_IMAP_URL / imap.url", settings.imap.url, settings.imap.oauth),
            ("DSARBOT_SMTP_URL / outbound.smtp_url", settings.outbound.smtp_url, settings.outbound.oauth)]
    urls += [(f"controllers.{c.id}.imap_url", c.imap_url, c.imap_oauth) for c in settings.controllers]
    for name, url, own in urls:
        if not url:
            continue
        parts = urlsplit(url)
        oauth = oauth_settings.merged(settings.oauth, own)
        user = unquote(parts.username) if parts.username else None
        if oauth_settings.for_url(user, parts.password, oauth):
            problems += oauth_settings.problems(name, oauth, user)
        elif user and not parts.password:
            problems.append(f"{name}: the URL names user {user} but no password; for OAuth2 set "
                            "DSARBOT_OAUTH_PROVIDER (microsoft, google or oauth2), otherwise put the "
                            "password in the URL (user:password@host)")
    return problems


def url_problem(url: str, schemes: tuple[str, ...]) -> str | None:
    """What is wrong with a mail server URL, in words (never repeating a password), or None."""
    parts = urlsplit(url)
    allowed = ", ".join(f"{s}://" for s in schemes)
    if not parts.scheme or not url.startswith(f"{parts.scheme}://"):
        # e.g. 'imap//user…' or 'imap:/host': say what the start must be, without echoing a password.
        example = URL_EXAMPLES.get(schemes[0], f"{schemes[0]}://host")
        return f"the URL must start with one of {allowed} (for example {example})"
    if parts.scheme not in schemes:
        return f"'{parts.scheme}://' is not supported; use one of {allowed}"
    if not parts.hostname:
        return "no host in the URL"
    port = parts.netloc.rpartition("@")[2].rpartition("]")[2].partition(":")[2]
    if port and not port.isdigit():
        return f"the port '{port}' is not a number"
    if port and not 0 <= int(port) <= 65535:
        return f"the port {port} is out of range (0–65535)"
    return None


def parse_listen(value: str, example: str = "127.0.0.1:2525") -> tuple[str, int]:
    """Split 'host:port' (IPv6 as '[::1]:port'); ValueError in plain words (with *example*) when malformed."""
    host, sep, port = value.rpartition(":")
    if not sep or not port.isdigit():
        raise ValueError(f"'{value}' is not host:port (for example {example})")
    if not 0 <= int(port) <= 65535:
        raise ValueError(f"'{value}': the port {port} is out of range (0–65535); for example {example}")
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
