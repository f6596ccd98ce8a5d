"""`dsarbot cases …`: list, show and decide cases (the same code path as the Slack buttons)."""

from __future__ import annotations

import getpass
import json
from collections.abc import Callable
from typing import Annotated

import typer
from rich.table import Table

from dsarbot import cases, deadlines, decisions, store
from dsarbot.cli.common import console, fail, runtime_or_exit
from dsarbot.decisions import Actor, CaseError
from dsarbot.secrets import mask_identity_codes

app = typer.Typer(help="List, inspect and decide data-subject request cases.", no_args_is_help=True)

RefArg = Annotated[str, typer.Argument(help="Case reference, e.g. DSAR-2026-0042.", metavar="REF")]
ReasonOpt = Annotated[str | None, typer.Option("--reason", "-r", help="Why (shown to the requester where "
                                                "it goes into a mail, and kept in the case timeline).")]


@app.command("list")
def list_cases(
    json_output: Annotated[bool, typer.Option("--json", help="Print a JSON array (the stable contract).")] = False,
    state: Annotated[list[str] | None, typer.Option("--state", "-s", help="Only cases in this state "
                                                    "(repeatable), e.g. --state triage.")] = None,
    overdue: Annotated[bool, typer.Option("--overdue", help="Only open cases past their due date.")] = False,
    open_only: Annotated[bool, typer.Option("--open", help="Only cases that are not closed.")] = False,
) -> None:
    """Cases ordered by due date, soonest first.

    Example: `dsarbot cases list --overdue` shows what is late; `--json` prints reference, state,
    kinds, language, requester, received_at and due_at for scripts.
    """
    rt = runtime_or_exit()
    today = deadlines.today_helsinki()
    states = list(state or []) or (list(cases.OPEN_STATES) if open_only else None)
    for s in states or []:
        if s not in cases.STATE_LABELS:
            fail(f"unknown state {s!r}; states are: {', '.join(cases.STATE_LABELS)}")
    with rt.session() as session:
        rows = [cases.summary(c, today)
                for c in store.list_cases(session, states=states, overdue_on=today if overdue else None)]
    if json_output:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        console.print("No cases.")
        return
    table = Table(title=f"{len(rows)} case(s)")
    for column in ("reference", "state", "kinds", "lang", "requester", "received", "due", "left"):
        table.add_column(column)
    for r in rows:
        left = r["days_left"]
        style = "bold red" if r["overdue"] else ("yellow" if left <= 7 and r["state"] in cases.OPEN_STATES
                                                 else "")
        table.add_row(r["reference"], r["state"], ",".join(r["kinds"]), r["language"], r["requester"] or "",
                      r["received_at"][:10], r["due_at"], str(left) if r["state"] in cases.OPEN_STATES
                      else "", style=style)
    console.print(table)


@app.command("show")
def show(reference: RefArg,
         json_output: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """One case with its timeline (every event: who, when, what, why)."""
    rt = runtime_or_exit()
    with rt.session() as session:
        case = store.case_by_reference(session, reference)
        if case is None:
            fail(f"no case has the reference {reference!r}")
        assert case.id is not None
        info = cases.summary(case)
        info["identity_code"] = case.hetu_masked
        info["phone"] = case.requester_phone
        info["subject"] = mask_identity_codes(case.subject)
        events = [{"at": e.at.isoformat(timespec="seconds"), "actor": e.actor, "type": e.type,
                   "from": e.from_state, "to": e.to_state, "reason": e.reason}
                  for e in store.case_events(session, case.id)]
    if json_output:
        print(json.dumps({**info, "events": events}, ensure_ascii=False, indent=2))
        return
    console.print(f"[bold]{info['reference']}[/]  {info['state']}  ({cases.STATE_LABELS[info['state']]})",
                  highlight=False)
    for key in ("kinds", "language", "requester", "requester_name", "phone", "identity_code", "verified",
                "assignee", "received_at", "due_at", "extended"):
        value = info.get(key)
        shown = ", ".join(value) if isinstance(value, list) else ("-" if value is None else value)
        console.print(f"  {key:>15}: {shown}",
                      highlight=False, markup=False)
    table = Table(title="timeline")
    for column in ("at", "actor", "event", "state", "reason"):
        table.add_column(column)
    for e in events:
        moved = f"{e['from'] or ''} → {e['to']}" if e["to"] else ""
        table.add_row(e["at"], e["actor"], e["type"], moved, e["reason"] or "")
    console.print(table)


def _actor(user: str | None) -> Actor:
    return Actor(f"cli:{user or getpass.getuser()}")


def _decide(fn: Callable[..., decisions.Outcome], *args: object) -> None:
    rt = runtime_or_exit()
    try:
        with rt.session() as session:
            outcome = fn(session, *args)
    except CaseError as exc:
        fail(str(exc))
    rt.notify_work()
    console.print(outcome.message, highlight=False)


KindsOpt = Annotated[list[str], typer.Option("--kind", "-k", help="A right the request uses (repeatable): "
                     "access, rectification, erasure, restriction, objection, portability.")]
UserOpt = Annotated[str | None, typer.Option("--as", help="Who decides (default: your login name).")]


@app.command("approve")
def approve(reference: RefArg, user: UserOpt = None) -> None:
    """Approve the step the case waits for (refused until identity is verified)."""
    rt = runtime_or_exit()
    _decide(lambda s, *a: decisions.approve(s, rt.settings, *a), reference, _actor(user))


@app.command("reject")
def reject(reference: RefArg, reason: ReasonOpt = None, user: UserOpt = None) -> None:
    """Reject the request; the requester is told the reason and their right to complain."""
    _decide(decisions.reject, reference, _actor(user), reason or "")


@app.command("extend")
def extend(reference: RefArg, reason: ReasonOpt = None, user: UserOpt = None) -> None:
    """Extend the deadline to three months (only before the first month ends, once)."""
    _decide(decisions.extend, reference, _actor(user), reason or "")


@app.command("request-info")
def request_info(reference: RefArg, reason: ReasonOpt = None, user: UserOpt = None) -> None:
    """Ask the requester for identity proof or clarification (--reason says what); pauses the clock."""
    _decide(decisions.request_info, reference, _actor(user), reason or "")


@app.command("verify")
def verify(reference: RefArg, reason: ReasonOpt = None, user: UserOpt = None) -> None:
    """Mark the requester's identity verified; --reason says how it was checked."""
    _decide(decisions.verify, reference, _actor(user), reason or "")


@app.command("assign")
def assign(reference: RefArg,
           to: Annotated[str | None, typer.Option("--to", help="Assignee (Slack user id or name).")] = None,
           reason: ReasonOpt = None, user: UserOpt = None) -> None:
    """Assign the case to a person (--to, or --reason for compatibility)."""
    _decide(decisions.assign, reference, _actor(user), to or reason or "")


@app.command("not-request")
def not_request(reference: RefArg, reason: ReasonOpt = None, user: UserOpt = None) -> None:
    """Close the case as not a data-subject request (nothing is sent)."""
    _decide(decisions.not_request, reference, _actor(user), reason)


@app.command("withdraw")
def withdraw(reference: RefArg, reason: ReasonOpt = None, user: UserOpt = None) -> None:
    """Close the case because the requester withdrew it."""
    _decide(decisions.withdraw, reference, _actor(user), reason)


@app.command("confirm")
def confirm(reference: RefArg,
            kind: KindsOpt, user: UserOpt = None) -> None:
    """Triage: confirm that the mail is a request of these kinds; the acknowledgement goes out."""
    _decide(decisions.confirm, reference, _actor(user), kind)


@app.command("correct")
def correct(reference: RefArg,
            change: Annotated[list[str], typer.Option("--set", help="A correction `field=new value` "
                              "(repeatable), e.g. --set phone=+358401234567 --set last_name=Virtanen.")],
            user: UserOpt = None) -> None:
    """Enter the exact field changes a rectification applies; approving then applies only these."""
    _decide(decisions.correct, reference, _actor(user), change)


@app.command("kinds")
def kinds(reference: RefArg,
          kind: KindsOpt, user: UserOpt = None) -> None:
    """Correct which rights an open request uses; the data lookup runs again for them."""
    _decide(decisions.set_kinds, reference, _actor(user), kind)
