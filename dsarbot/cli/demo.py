"""`dsarbot demo`: the demo customer register, and demo request mails that walk through every kind.

`dsarbot demo` (or `dsarbot demo setup`) writes `<data_dir>/demo-register.sqlite3` and
`<data_dir>/sources.demo.toml`; fulfilment uses that mapping when `paths.sources` is not configured.
`dsarbot demo send` mails one request per kind to the SMTP intake of a running `dsarbot run`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Annotated

import typer

from dsarbot.cli.common import command_name, fail, settings_or_exit

app = typer.Typer(
    help=("The demo register of Kattopojat Oy and demo requests.\n\n"
          "`dsarbot demo` creates the register and its sources mapping in the data folder (used when "
          "`paths.sources` is not configured); `dsarbot demo send` mails one request of each kind to the "
          "running SMTP intake.\n\n"
          "Example: `dsarbot demo`, then (with `dsarbot run --demo` running) `dsarbot demo send`"),
    invoke_without_command=True,
    rich_markup_mode=None,
)


@dataclass(frozen=True)
class DemoMail:
    """One demo request: who writes, in which language, asking for what."""

    kind: str
    language: str
    sender: str
    subject: str
    body: str


DEMO_MAILS = (
    DemoMail("access", "fi", "Matti Virtanen <matti.virtanen@example.fi>", "Tarkastuspyyntö",
             "Hei,\n\nhaluaisin tietää, mitä henkilötietoja teillä on minusta. Pyydän kopion tiedoistani "
             "(tietosuoja-asetuksen 15 artikla).\n\nTerveisin\nMatti Virtanen\n"),
    DemoMail("rectification", "fi", "Sari Lehtonen <sari.lehtonen@example.fi>", "Tietojeni korjaaminen",
             "Hei,\n\npyydän korjaamaan tietoni asiakasrekisterissänne: uusi puhelinnumeroni on 040 765 4300.\n\n"
             "Terveisin\nSari Lehtonen\n"),
    DemoMail("erasure", "sv", "Johan Lindqvist <johan.lindqvist@example.fi>", "Radering av mina uppgifter",
             "Hej,\n\njag ber er radera alla mina personuppgifter ur ert kundregister.\n\n"
             "Med vänliga hälsningar\nJohan Lindqvist\n"),
    DemoMail("restriction", "en", "Daniel Okafor <daniel.okafor@example.org>", "Restriction of processing",
             "Hello,\n\nI contest the accuracy of my data. Please restrict the processing of my personal data "
             "until this is resolved (Article 18 GDPR). Do not delete anything.\n\nRegards,\nDaniel Okafor\n"),
    DemoMail("objection", "sv", "Ann-Christin Sjöberg <ann-christin.sjoberg@example.fi>", "Avregistrera mig",
             "Hej,\n\njag vill inte ha reklam från er längre. Avregistrera mig från ert nyhetsbrev.\n\n"
             "Ann-Christin Sjöberg\n"),
    DemoMail("portability", "en", "Siobhan Ni Cheallaigh <siobhan.nicheallaigh@example.com>",
             "Data portability request",
             "Hello,\n\nunder Article 20 GDPR I would like to receive the personal data I have provided to you "
             "in a machine-readable format, so that I can move it to another provider.\n\n"
             "Best regards,\nSiobhan Ni Cheallaigh\n"),
)


def demo_mail_bytes(mail: DemoMail, to: str) -> bytes:
    """*mail* as a complete message to *to* (fresh Message-ID and Date, so it is never a duplicate)."""
    from email.message import EmailMessage
    from email.utils import format_datetime, localtime

    msg = EmailMessage()
    msg["From"] = mail.sender
    msg["To"] = to
    msg["Subject"] = mail.subject
    msg["Date"] = format_datetime(localtime())
    msg["Message-ID"] = f"<demo.{mail.kind}.{uuid.uuid4().hex[:12]}@example.invalid>"
    msg.set_content(mail.body)
    return msg.as_bytes()


@app.callback()
def main(ctx: typer.Context) -> None:
    """Without a subcommand: the same as `dsarbot demo setup`.

    Example: `dsarbot demo`
    """
    if ctx.invoked_subcommand is None:
        setup(reset=False)


@app.command()
def setup(
    reset: Annotated[bool, typer.Option("--reset", help="Rebuild the register (undoes earlier demo requests).")]
    = False,
) -> None:
    """Create the demo register and `<data_dir>/sources.demo.toml` (kept as they are if they exist).

    Example: `dsarbot demo setup --reset` (undoes what earlier demo requests did to the register)
    """
    from dsarbot.fulfil.sources import DEMO_REGISTER, ensure_demo, sources_path

    settings = settings_or_exit()
    mapping = ensure_demo(settings, reset=reset)
    typer.echo(f"demo register: {settings.data_dir / DEMO_REGISTER}")
    typer.echo(f"sources mapping: {mapping}")
    in_force = sources_path(settings)
    if in_force != mapping:
        typer.echo(f"note: {in_force} is configured; fulfilment and `dsarbot sources` use that, not the demo "
                   "register")
    typer.echo(f"try: {command_name()} sources find --email matti.virtanen@example.fi --name 'Matti Virtanen'")


@app.command()
def send(
    to: Annotated[str | None, typer.Option("--to", help="host:port of the SMTP intake "
                                           "(default: intake.smtp_listen).")] = None,
    kind: Annotated[list[str] | None, typer.Option("--kind", "-k", metavar="KIND",
                                                   help="Only these kinds (repeatable).")] = None,
) -> None:
    """Mail one demo request per kind (fi, sv, en) from people in the demo register to the SMTP intake.

    Example: `dsarbot demo send --kind erasure --to 127.0.0.1:2525`
    """
    import smtplib

    from dsarbot.config import parse_listen

    settings = settings_or_exit()
    try:
        host, port = parse_listen(to or settings.intake.smtp_listen)
    except ValueError as exc:
        fail(str(exc), 2)
    controller = settings.default_controller
    rcpt = controller.addresses[0] if controller.addresses else controller.reply_from
    mails = [m for m in DEMO_MAILS if not kind or m.kind in kind]
    try:
        with smtplib.SMTP(host, port, timeout=30) as smtp:
            for m in mails:
                smtp.sendmail(m.sender.split("<")[-1].rstrip(">"), [rcpt], demo_mail_bytes(m, rcpt))
                typer.echo(f"sent {m.kind} ({m.language}) from {m.sender}")
    except OSError as exc:
        fail(f"cannot deliver to {host}:{port} ({type(exc).__name__}: {exc}); is `dsarbot run` running?")
    cmd = command_name()
    pad = " " * len(cmd)
    typer.echo(
        "\nNext:\n"
        f"  {cmd} cases list                       the new cases (the objection is already completed:\n"
        f"  {pad}                                   marketing is stopped at once, Art. 21(3))\n"
        f"  Slack / the web dashboard {pad}         each card shows what was found and what approving does\n"
        f"  {cmd} sources plan-case DSAR-…         the plan of one case, without doing it\n"
        f"  {cmd} cases verify DSAR-… --reason …   mark a requester verified (or reply to the acknowledgement)\n"
        f"  {cmd} cases approve DSAR-…             carry it out; the reply appears in the outbox\n"
        f"  outbox folder: {settings.outbox_dir} (when no relay is configured)")
