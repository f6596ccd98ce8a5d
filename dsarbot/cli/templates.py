"""`dsarbot templates list|preview`: see the mails dsarbot would send, before it sends them."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from dsarbot.cli.common import console, fail, runtime_or_exit, settings_or_exit

if TYPE_CHECKING:
    from dsarbot.config import ControllerConfig, Settings
    from dsarbot.replies import ReplyContext

app = typer.Typer(help="Reply templates: list them and preview a rendered mail.\n\n"
                  "Example: `dsarbot templates preview acknowledgement --lang sv`", no_args_is_help=True,
                  rich_markup_mode=None)

# Fields every reply has; the others belong to particular purposes (filled from samples if missing).
_COMMON = {"reference", "language", "requester_email", "requester_name", "kinds", "received_at", "due_date",
           "verification_needed"}


def _controller(settings: Settings, controller_id: str | None) -> ControllerConfig:
    if controller_id is None:
        return settings.default_controller
    try:
        return settings.controller(controller_id)
    except KeyError:
        fail(f"no controller {controller_id!r}; configured: {', '.join(c.id for c in settings.controllers)}")


@app.command("list")
def list_templates(
    controller_id: Annotated[str | None, typer.Option("--controller", help="Controller id (its overrides "
                                                      "are shown).")] = None,
) -> None:
    """List the reply purposes and the languages each is written in (overrides marked *).

    Example: `dsarbot templates list --controller kattopojat`
    """
    from dsarbot.replies import PURPOSES, default_templates_root

    settings = settings_or_exit()
    ctrl = _controller(settings, controller_id)
    shipped = default_templates_root()
    override = ctrl.templates_dir
    languages = sorted({p.name for p in shipped.iterdir() if p.is_dir() and not p.name.startswith("_")})
    print(f"templates: {shipped}" + (f" (overrides for {ctrl.id}: {override})" if override else ""))
    for purpose in PURPOSES:
        langs = []
        for lang in languages:
            if override and (Path(override) / lang / f"{purpose}.j2").exists():
                langs.append(f"{lang}*")
            elif (shipped / lang / f"{purpose}.j2").exists():
                langs.append(lang)
        print(f"  {purpose:<20} {' '.join(langs) or '(missing!)'}")
    print("Other languages get English. Preview one: dsarbot templates preview acknowledgement --lang sv")


@app.command("preview")
def preview(
    purpose: Annotated[str, typer.Argument(help="The reply's purpose, e.g. acknowledgement or erasure_done "
                                           "(`dsarbot templates list` names them all).")],
    lang: Annotated[str | None, typer.Option("--lang", help="Language (fi, sv, en; others get English). "
                                             "Default: the case's, else fi.")] = None,
    case_ref: Annotated[str | None, typer.Option("--case", help="Render for this case (DSAR-YYYY-NNNN) "
                                                 "instead of sample data.")] = None,
    html: Annotated[bool, typer.Option("--html", help="Print the HTML alternative instead of the text.")]
    = False,
    controller_id: Annotated[str | None, typer.Option("--controller", help="Controller id.")] = None,
) -> None:
    """Print a rendered reply: headers, then the text (or HTML) part.

    Nothing is sent.

    Example: `dsarbot templates preview rejection --lang sv`, or
    `dsarbot templates preview acknowledgement --case DSAR-2026-0042`
    """
    from dsarbot import store
    from dsarbot.outbound import CannotReply, reply_context
    from dsarbot.replies import PURPOSES, ReplyError, render, sample_context

    if purpose not in PURPOSES:
        fail(f"unknown purpose {purpose!r}; choose one of: {', '.join(PURPOSES)}")
    notes: list[str] = []
    if case_ref:
        rt = runtime_or_exit()
        with rt.session() as session:
            case = store.case_by_reference(session, case_ref)
        if case is None:
            fail(f"no case has the reference {case_ref!r}")
        ctrl = rt.settings.controller(case.controller_id)
        try:
            ctx = reply_context(case, purpose)
        except CannotReply as exc:
            fail(str(exc))
        if lang:
            ctx = dataclasses.replace(ctx, language=lang)
        ctx, notes = _fill_from_sample(purpose, ctx, ctrl)
    else:
        ctrl = _controller(settings_or_exit(), controller_id)
        ctx = sample_context(purpose, lang or "fi")
    try:
        mail = render(purpose, ctx, ctrl)
    except ReplyError as exc:
        fail(str(exc))
    print(f"From: {ctrl.legal_name} <{ctrl.reply_from}>")
    # An Art. 19 notice goes to a recipient of the data (its address is in the sources mapping).
    print("To: (the recipient's address from config/sources.toml)" if purpose == "recipient_notice"
          else f"To: {ctx.requester_email}")
    print(f"Subject: {mail.subject}")
    print(f"Content-Language: {mail.language}")
    print("Auto-Submitted: auto-replied")
    print()
    print(mail.html if html else mail.text, end="")
    for note in notes:
        console.print(f"[yellow]note:[/] {note}", highlight=False)


def _fill_from_sample(purpose: str, ctx: ReplyContext, ctrl: ControllerConfig) -> tuple[ReplyContext, list[str]]:
    """Fill what a real case does not have yet (e.g. a rejection reason) from the sample, and say so."""
    from dsarbot.replies import ReplyError, render, sample_context

    try:
        render(purpose, ctx, ctrl)
        return ctx, []
    except ReplyError as exc:
        message = str(exc)
    sample = sample_context(purpose, ctx.language)
    missing = [f.name for f in dataclasses.fields(ctx) if f.name not in _COMMON and f.name in message]
    if not missing:
        return ctx, []
    filled = dataclasses.replace(ctx, **{name: getattr(sample, name) for name in missing})
    return filled, [f"sample values used for {', '.join(missing)} (the case has none yet)"]
