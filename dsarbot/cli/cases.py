"""`dsarbot cases …`: list, show and decide cases (the same code path as the Slack buttons)."""

from __future__ import annotations

import getpass
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated

import typer

from dsarbot.cli.common import console, fail, runtime_or_exit

if TYPE_CHECKING:
    from dsarbot.decisions import Actor, Outcome

app = typer.Typer(help="List, inspect and decide data-subject request cases.\n\n"
                  "Every decision goes through the same code path as the Slack buttons and the dashboard.\n\n"
                  "Example: `dsarbot cases show DSAR-2026-0001`", no_args_is_help=True, rich_markup_mode=None)

SHOWN_CHARS = 4000
"""Characters of the request's words `cases show` prints (as the dashboard's case page)."""
RefArg = Annotated[str, typer.Argument(help="Case reference, e.g. DSAR-2026-0042.", metavar="REF")]
ReasonOpt = Annotated[str | None, typer.Option("--reason", "-r", help="Why (shown to the requester where "
                                                "it goes into a mail, and kept in the case timeline).")]


@app.command("list")
def list_cases(
    json_output: Annotated[bool, typer.Option("--json", help="Print a JSON array (the stable contract).")] = False,
    state: Annotated[list[str] | None, typer.Option("--state", "-s", metavar="STATE", help="Only cases in this state "
                                                    "(repeatable), e.g. --state triage.")] = None,
    overdue: Annotated[bool, typer.Option("--overdue", help="Only open cases past their due date.")] = False,
    open_only: Annotated[bool, typer.Option("--open", help="Only cases that are not closed or still have open "
                                            "staff tasks.")] = False,
) -> None:
    """Cases ordered by due date, soonest first.

    `--json` prints reference, state, kinds, language, requester, received_at and due_at for scripts.

    Example: `dsarbot cases list --overdue` shows what is late.
    """
    from rich.table import Table

    from dsarbot import cases, deadlines, store

    rt = runtime_or_exit()
    today = deadlines.today_helsinki()
    states = list(state or []) or (list(cases.OPEN_STATES) if open_only else None)
    for s in states or []:
        if s not in cases.STATE_LABELS:
            fail(f"unknown state {s!r}; states are: {', '.join(cases.STATE_LABELS)}")
    with rt.session() as session:
        found = list(store.list_cases(session, states=states, overdue_on=today if overdue else None))
        if open_only and not state:  # a completed case with open tasks is still work to do
            found += [c for c in store.cases_with_open_tasks(session) if c.state in cases.CLOSED_STATES]
        rows = [cases.summary(c, today) for c in sorted(found, key=lambda c: (c.due_date, c.reference))]
    if json_output:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        console.print("No cases.")
        return
    table = Table(title=f"{len(rows)} case(s)")
    for column in ("reference", "state", "kinds", "lang", "requester", "received", "due", "left", "tasks"):
        table.add_column(column)
    for r in rows:
        left = r["days_left"]
        style = "bold red" if r["overdue"] else ("yellow" if left <= 7 and r["state"] in cases.OPEN_STATES
                                                 else "")
        tasks_left = f"{r['open_tasks']} open" if r["open_tasks"] else ""
        table.add_row(r["reference"], r["state"] + (" (tasks open)" if r["open_tasks"] else ""),
                      ",".join(r["kinds"]), r["language"], r["requester"] or "", r["received_at"][:10], r["due_at"],
                      str(left) if r["state"] in cases.OPEN_STATES else "", tasks_left, style=style)
    console.print(table)


@app.command("show")
def show(reference: RefArg,
         json_output: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """One case: its details, the request's words (with the text read from its attachments, identity codes
    masked) and its timeline (every event: who, when, what, why).

    Example: `dsarbot cases show DSAR-2026-0042` (or --json for scripts)
    """
    from rich.table import Table

    from dsarbot import cases, deadlines, store, tasks
    from dsarbot.analysis import request_analysis
    from dsarbot.excerpt import excerpt
    from dsarbot.secrets import mask_identity_codes

    rt = runtime_or_exit()
    with rt.session() as session:
        case = store.case_by_reference(session, reference)
        if case is None:
            fail(f"no case has the reference {reference!r}")
        assert case.id is not None
        info = cases.summary(case)
        info["tasks"] = tasks.all_tasks(case)
        info["identity_code"] = case.hetu_masked
        info["phone"] = case.requester_phone
        info["subject"] = mask_identity_codes(case.subject)
        analysis = request_analysis(rt, session, case)
        info["request"] = excerpt(analysis, SHOWN_CHARS) if analysis is not None else None
        # Times: Helsinki ISO with offset in JSON, Helsinki wall clock on screen (as on the dashboard).
        events = [{"at": deadlines.helsinki_iso(e.at), "actor": e.actor, "type": e.type,
                   "from": e.from_state, "to": e.to_state, "reason": e.reason}
                  for e in store.case_events(session, case.id)]
        for t in info["tasks"]:
            for key in ("created_at", "done_at"):
                t[key] = deadlines.helsinki_iso(t[key])
    if json_output:
        print(json.dumps({**info, "events": events}, ensure_ascii=False, indent=2))
        return
    console.print(f"[bold]{info['reference']}[/]  {info['state']}  ({cases.STATE_LABELS[info['state']]})",
                  highlight=False)
    shown_info = {**info, "received_at": deadlines.helsinki_text(info["received_at"]) + " (Helsinki)"}
    for key in ("kinds", "language", "requester", "requester_name", "phone", "identity_code", "verified",
                "assignee", "received_at", "due_at", "extended"):
        value = shown_info.get(key)
        shown = ", ".join(value) if isinstance(value, list) else ("-" if value is None else value)
        console.print(f"  {key:>15}: {shown}",
                      highlight=False, markup=False)
    _print_tasks(info["tasks"], reference)
    missing = "(no words)" if info["request"] == "" else "(unavailable: the mail is purged or cannot be read)"
    console.print("  request:" if info["request"] else f"  request: {missing}", highlight=False, markup=False)
    for line in (info["request"] or "").splitlines():
        console.print(f"    {line}", highlight=False, markup=False)
    table = Table(title="timeline (Helsinki time)")
    for column in ("at", "actor", "event", "state", "reason"):
        table.add_column(column)
    for e in events:
        moved = f"{e['from'] or ''} → {e['to']}" if e["to"] else ""
        table.add_row(deadlines.helsinki_text(e["at"]), e["actor"], e["type"], moved, e["reason"] or "")
    console.print(table)


def _print_tasks(all_tasks: list[dict[str, object]], reference: str) -> None:
    """The case's staff tasks: open ones first, each with what to do and until when."""
    from dsarbot import deadlines

    if not all_tasks:
        return
    open_ones = [t for t in all_tasks if not t.get("done_at")]
    console.print(f"\n[bold]Tasks for staff[/] ({len(open_ones)} open)", highlight=False)
    for t in sorted(all_tasks, key=lambda t: bool(t.get("done_at"))):
        if t.get("done_at"):
            status = f"done {deadlines.helsinki_text(str(t['done_at']))} by {t.get('done_by')}"
        else:
            status = f"OPEN, due {t.get('due')}"
        console.print(f"  #{t['id']} [{status}] {t['text']}", highlight=False, markup=False)
    if open_ones:
        console.print(f"  when done: dsarbot cases task done {reference} {open_ones[0]['id']}", highlight=False,
                      markup=False)


def _actor(user: str | None) -> Actor:
    from dsarbot.decisions import Actor

    return Actor(f"cli:{user or getpass.getuser()}")


def _decide(name: str, *args: object) -> None:
    """Run `dsarbot.decisions.<name>(session, *args)` (imported here: it pulls in the database layer)."""
    from dsarbot import decisions
    from dsarbot.decisions import CaseError

    fn: Callable[..., Outcome] = getattr(decisions, name)
    rt = runtime_or_exit()
    if name == "approve":  # the four-eyes rule for erasure is in the settings
        args = (rt.settings, *args)
    try:
        with rt.session() as session:
            outcome = fn(session, *args)
    except CaseError as exc:
        fail(str(exc))
    rt.notify_work()
    console.print(outcome.message, highlight=False)


KindsOpt = Annotated[list[str], typer.Option("--kind", "-k", metavar="KIND",
                     help="A right the request uses (repeatable): access, rectification, erasure, "
                          "restriction, objection, portability.")]
UserOpt = Annotated[str | None, typer.Option("--as", help="Who decides (default: your login name).")]


@app.command("approve")
def approve(reference: RefArg, user: UserOpt = None) -> None:
    """Approve the step the case waits for (refused until identity is verified).

    `dsarbot sources plan-case REF` shows what approving will do, as the dashboard and Slack card do.

    Example: `dsarbot cases approve DSAR-2026-0001`
    """
    _decide("approve", reference, _actor(user))


@app.command("reject")
def reject(reference: RefArg, reason: ReasonOpt = None, user: UserOpt = None) -> None:
    """Reject the request; the requester is told the reason and their right to complain.

    Example: `dsarbot cases reject DSAR-2026-0001 --reason "We hold no customer relationship with you."`
    """
    _decide("reject", reference, _actor(user), reason or "")


@app.command("extend")
def extend(reference: RefArg, reason: ReasonOpt = None, user: UserOpt = None) -> None:
    """Extend the deadline to three months (only before the first month ends, once).

    Example: `dsarbot cases extend DSAR-2026-0001 --reason "The data is in three archived systems."`
    """
    _decide("extend", reference, _actor(user), reason or "")


@app.command("request-info")
def request_info(reference: RefArg, reason: ReasonOpt = None, user: UserOpt = None) -> None:
    """Ask the requester for identity proof or clarification (--reason says what); pauses the clock.

    Example: `dsarbot cases request-info DSAR-2026-0001 --reason "Which customer number did you use?"`
    """
    _decide("request_info", reference, _actor(user), reason or "")


@app.command("verify")
def verify(reference: RefArg, reason: ReasonOpt = None, user: UserOpt = None) -> None:
    """Mark the requester's identity verified; --reason says how it was checked.

    Example: `dsarbot cases verify DSAR-2026-0001 --reason "ID card seen at the office"`
    """
    _decide("verify", reference, _actor(user), reason or "")


@app.command("assign")
def assign(reference: RefArg,
           to: Annotated[str | None, typer.Option("--to", help="Assignee (Slack user id or name).")] = None,
           reason: ReasonOpt = None, user: UserOpt = None) -> None:
    """Assign the case to a person (--to, or --reason for compatibility).

    Example: `dsarbot cases assign DSAR-2026-0001 --to U012ABCDEF`
    """
    _decide("assign", reference, _actor(user), to or reason or "")


@app.command("not-request")
def not_request(reference: RefArg, reason: ReasonOpt = None, user: UserOpt = None) -> None:
    """Close the case as not a data-subject request (nothing is sent).

    Example: `dsarbot cases not-request DSAR-2026-0001 --reason "a sales enquiry"`
    """
    _decide("not_request", reference, _actor(user), reason)


@app.command("withdraw")
def withdraw(reference: RefArg, reason: ReasonOpt = None, user: UserOpt = None) -> None:
    """Close the case because the requester withdrew it.

    Example: `dsarbot cases withdraw DSAR-2026-0001 --reason "withdrawn by phone"`
    """
    _decide("withdraw", reference, _actor(user), reason)


@app.command("confirm")
def confirm(reference: RefArg,
            kind: KindsOpt, user: UserOpt = None) -> None:
    """Triage: confirm that the mail is a request of these kinds; the acknowledgement goes out.

    Example: `dsarbot cases confirm DSAR-2026-0001 --kind access --kind erasure`
    """
    _decide("confirm", reference, _actor(user), kind)


@app.command("correct")
def correct(reference: RefArg,
            change: Annotated[list[str], typer.Option("--set", metavar="FIELD=VALUE",
                              help="A correction `field=new value` (repeatable), e.g. "
                                   "--set phone=+358401234567 --set last_name=Virtanen.")],
            user: UserOpt = None) -> None:
    """Enter the exact field changes a rectification applies; approving then applies only these.

    Example: `dsarbot cases correct DSAR-2026-0001 --set last_name=Virtanen`
    """
    _decide("correct", reference, _actor(user), change)


@app.command("kinds")
def kinds(reference: RefArg,
          kind: KindsOpt, user: UserOpt = None) -> None:
    """Correct which rights an open request uses; the data lookup runs again for them.

    Example: `dsarbot cases kinds DSAR-2026-0001 --kind access`
    """
    _decide("set_kinds", reference, _actor(user), kind)


task_app = typer.Typer(help="Staff tasks on cases: what the bot promised the requester a person would do "
                       "(e.g. tell an Art. 19 recipient without an address).\n\n"
                       "Example: `dsarbot cases task list`", no_args_is_help=True, rich_markup_mode=None)
app.add_typer(task_app, name="task")


@task_app.command("list")
def task_list(json_output: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """Every open staff task, soonest due first, on open and closed cases alike.

    Example: `dsarbot cases task list`
    """
    from dsarbot import store, tasks

    rt = runtime_or_exit()
    with rt.session() as session:
        rows = [{"reference": c.reference, "state": c.state, **t}
                for c in store.cases_with_open_tasks(session) for t in tasks.open_tasks(c)]
    rows.sort(key=lambda r: (str(r.get("due")), r["reference"], r["id"]))
    if json_output:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        console.print("No open tasks.")
        return
    for r in rows:
        console.print(f"{r['reference']} #{r['id']} due {r['due']} ({r['state']}): {r['text']}", highlight=False,
                      markup=False)


@task_app.command("done")
def task_done(reference: RefArg,
              task: Annotated[int, typer.Argument(help="The task's number on the case (`cases show REF`).",
                                                  metavar="N")],
              note: Annotated[str | None, typer.Option("--note", help="What was done (kept in the timeline).")]
              = None,
              user: UserOpt = None) -> None:
    """Mark a staff task done; it is recorded as an event naming you.

    Example: `dsarbot cases task done DSAR-2026-0001 1 --note "Phoned Kirjekyyhky, they removed her"`
    """
    _decide("task_done", reference, _actor(user), task, note)
