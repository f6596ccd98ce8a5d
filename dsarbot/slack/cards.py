"""The case card: what a staff member needs to decide, and the buttons to decide with.

Rendered from the case as it is now (the card is replaced in place on every change), so a late or
repeated update can never show an old state. Everything that came from mail is escaped and the
identity code is shown masked only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from dsarbot import cases, deadlines, failed_mail, tasks
from dsarbot.models import Case
from dsarbot.pipeline.language import language_name
from dsarbot.pipeline.types import KINDS
from dsarbot.slack import blocks as bk

if TYPE_CHECKING:
    from dsarbot.fulfil.preview import ApprovalPlan

# Button action ids: the first seven are the outside contract (DESIGN.md); then the triage confirm,
# the rectification corrections form and the form that corrects which rights a request uses.
APPROVE, REJECT, EXTEND, REQUEST_INFO = "case_approve", "case_reject", "case_extend", "case_request_info"
VERIFY, ASSIGN, NOT_REQUEST, CONFIRM = "case_verify", "case_assign", "case_not_request", "case_confirm"
CORRECT, CHANGE_KINDS = "case_correct", "case_kinds"
TASK_DONE = "case_task_done"
"""A staff task's "Done" button; its value is `REF#N` (the case and the task's number)."""
CONTRACT_ACTIONS = (APPROVE, REJECT, EXTEND, REQUEST_INFO, VERIFY, ASSIGN, NOT_REQUEST)
TRIAGE_KINDS_BLOCK = "triage_kinds"
TRIAGE_KINDS_ACTION = "triage_kinds"

KIND_LABELS = {
    "access": "Access (Art. 15)",
    "rectification": "Rectification (Art. 16)",
    "erasure": "Erasure (Art. 17)",
    "restriction": "Restriction (Art. 18)",
    "objection": "Objection (Art. 21)",
    "portability": "Portability (Art. 20)",
}
# What approval makes the worker do, per kind (shown when no reply preview has been prepared yet).
APPROVAL_DOES = {
    "access": "send the requester a copy of the data found, with the Art. 15(1) information",
    "rectification": "apply the approved corrections in the data sources and confirm them",
    "erasure": "delete or anonymise what may go, keep what the law requires (with reason and end date), "
               "and confirm",
    "restriction": "flag the person as restricted in the data sources and confirm",
    "objection": "stop marketing to the person at once and confirm",
    "portability": "send the data as JSON and CSV attachments",
}
SLACK_USER_RE = re.compile(r"^[UW][A-Z0-9]{2,}$")
MASKED_RE = re.compile(r"^[0-9A-Z+-]{0,7}\*{3,}[0-9A-Z]?$")
EXCERPT_CHARS = 600
PREVIEW_CHARS = 1500


@dataclass(frozen=True)
class Card:
    """A rendered card: the notification text and the blocks."""

    text: str
    blocks: list[dict[str, Any]]


def person(assignee: str | None) -> str:
    """A Slack user id as a mention, any other name escaped; a dash when nobody."""
    if not assignee:
        return "—"
    return f"<@{assignee}>" if SLACK_USER_RE.match(assignee) else bk.escape(assignee)


def masked_code(case: Case) -> str:
    """The masked identity code as inline code (so its asterisks stay asterisks), never the full code."""
    masked = case.hetu_masked
    if not masked:
        return "not given"
    if MASKED_RE.match(masked):
        return f"`{masked}`"
    return bk.escape(bk.mask_identity_codes(masked))


def kinds_text(kinds: list[str]) -> str:
    """The kinds in words."""
    return ", ".join(KIND_LABELS.get(k, k) for k in kinds) or "not decided yet"


def due_text(case: Case, today: date) -> str:
    """`2026-05-04 · 12 days left` / `· 3 days overdue`, with the extension and a running pause."""
    due = cases.effective_due(case)
    left = deadlines.days_left(due, today)
    if case.state in cases.CLOSED_STATES:
        tail = ""
    elif left < 0:
        tail = f" · :red_circle: *{-left} day{'s' if left != -1 else ''} overdue*"
    elif left == 0:
        tail = " · :warning: *due today*"
    else:
        tail = f" · {left} day{'s' if left != 1 else ''} left"
    extra = " (extended)" if case.extended else ""
    if case.paused_since is not None:
        extra += " (paused: waiting for the requester)"
    return f"{due.isoformat()}{tail}{extra}"


def received_text(case: Case) -> str:
    """Arrival time in Helsinki."""
    return deadlines.helsinki_text(case.received_at)


def requester_text(case: Case) -> str:
    """Name and address, escaped."""
    name = bk.escape(case.requester_name) if case.requester_name else ""
    email = bk.escape(case.requester_email) if case.requester_email else "address unknown"
    return f"{name}\n{email}" if name else email


def render(case: Case, today: date, request_text: str | None = None, plan: ApprovalPlan | None = None) -> Card:
    """The card for *case*: a triage card while in triage, otherwise the decision card.

    *plan* is what approving does (`dsarbot.fulfil.preview`), shown above the buttons exactly as the
    dashboard shows it next to Approve.
    """
    if case.state == "triage":
        return _triage_card(case, today, request_text)
    return _case_card(case, today, request_text, plan)


def _summary_fields(case: Case, today: date) -> dict[str, Any]:
    verification = "verified" if case.verified else "*not verified*"
    if case.verified and case.verification_note:
        verification += f" ({bk.escape(bk.clip(case.verification_note, 200))})"
    return bk.fields([
        ("State", cases.STATE_LABELS.get(case.state, case.state)),
        ("Kinds", kinds_text(case.kinds)),
        ("Requester", requester_text(case)),
        ("Identity code", masked_code(case)),
        ("Identity", verification),
        ("Language", bk.escape(language_name(case.language))),
        ("Received", received_text(case)),
        ("Due", due_text(case, today)),
        ("Assignee", person(case.assignee)),
    ])


def _request_block(request_text: str | None) -> dict[str, Any] | None:
    if not request_text:
        return None
    text = bk.excerpt(bk.mask_identity_codes(request_text), EXCERPT_CHARS)
    quoted = "\n".join(f">{bk.escape(line)}" for line in text.splitlines())
    return bk.section(f"*The request (excerpt)*\n{quoted}")


def _found_block(case: Case) -> dict[str, Any] | None:
    found = case.data.get("found_summary")
    if not found:
        return None
    items = [found] if isinstance(found, str) else [str(x) for x in found]
    lines = "\n".join(f"• {bk.escape(bk.mask_identity_codes(bk.clip(x, 300)))}" for x in items[:20])
    return bk.section(f"*Found in the data sources*\n{lines}")


def _plan_block(plan: ApprovalPlan) -> dict[str, Any]:
    """What approving does, kind by kind: the same lines as the dashboard and `sources plan-case`."""
    if plan.error:
        return bk.section(f"*Approving cannot be previewed*: {bk.escape(plan.error)}. Approving would fail the "
                          "same way; check the data sources (`dsarbot check-config`).")
    lines: list[str] = []
    for step in plan.steps:
        lines.append(f"*{bk.escape(step.title)}*")
        lines.extend(f"• {bk.escape(bk.mask_identity_codes(line))}" for line in step.lines)
    return bk.section("*Approving does exactly this*\n" + bk.clip("\n".join(lines), bk.SECTION_TEXT - 40))


def _preview_block(case: Case, plan: ApprovalPlan | None = None) -> dict[str, Any]:
    if plan is not None:
        return _plan_block(plan)
    preview = case.data.get("reply_preview")
    if isinstance(preview, str) and preview.strip():
        text = bk.excerpt(bk.mask_identity_codes(preview), PREVIEW_CHARS)
        quoted = "\n".join(f">{bk.escape(line)}" for line in text.splitlines())
        return bk.section(f"*Approving sends this reply*\n{quoted}")
    does = "; ".join(APPROVAL_DOES[k] for k in case.kinds if k in APPROVAL_DOES) or "carry out the request"
    return bk.section(f"*Approving will* {does}.")


def task_value(reference: str, task_id: int) -> str:
    """The value of a task's Done button."""
    return f"{reference}#{task_id}"


def parse_task_value(value: str) -> tuple[str, int] | None:
    """(reference, task number) from a Done button's value, or None when it is not one."""
    reference, sep, number = value.partition("#")
    return (reference, int(number)) if sep and number.isdigit() else None


def _task_blocks(case: Case) -> list[dict[str, Any]]:
    """Each open staff task with its Done button (a closed case keeps them until someone clicks)."""
    open_ones = tasks.open_tasks(case)
    if not open_ones:
        return []
    head = f"*Tasks for staff ({len(open_ones)} open)*"
    if case.state in cases.CLOSED_STATES:
        head += " — the requester has their answer, but this is still to do"
    out: list[dict[str, Any]] = [bk.section(head)]
    for t in open_ones[:10]:
        block = bk.section(f"#{t['id']} {bk.escape(str(t['text']))} (due {t['due']})")
        block["accessory"] = bk.button("Done", TASK_DONE, task_value(case.reference, int(t["id"])),
                                       confirm=("Task done?", f"Mark task #{t['id']} of {case.reference} done? "
                                                "It is recorded with your name."))
        out.append(block)
    return out


def _hint(case: Case) -> str | None:
    if case.state in cases.CLOSED_STATES:
        closed = case.closed_at.astimezone(deadlines.HELSINKI).date().isoformat() if case.closed_at else ""
        return f"Closed: {cases.STATE_LABELS.get(case.state, case.state)} {closed}".strip()
    if not case.verified:
        return ("Identity not verified yet: Approve is refused until the requester replies from the same "
                "address or someone marks the identity verified (Verify…).")
    if case.state == "approved":
        return "Approved: the worker is carrying it out; the reply goes out from the outbox."
    return None


def _buttons(case: Case) -> dict[str, Any]:
    ref = case.reference
    elements = [
        bk.button("Approve", APPROVE, ref, style="primary",
                  confirm=("Approve?", f"Approve {ref}? The plan on the card is carried out, the replies sent.")),
        bk.button("Reject…", REJECT, ref, style="danger"),
        bk.button("Request info…", REQUEST_INFO, ref),
    ]
    if not case.verified:
        elements.append(bk.button("Verify identity…", VERIFY, ref))
    if not case.extended:
        elements.append(bk.button("Extend…", EXTEND, ref))
    if case.state != "approved":
        if "rectification" in case.kinds:
            elements.append(bk.button("Corrections…", CORRECT, ref))
        elements.append(bk.button("Change rights…", CHANGE_KINDS, ref))
    elements += [
        bk.button("Assign…", ASSIGN, ref),
        bk.button("Not a request", NOT_REQUEST, ref,
                  confirm=("Not a request?", f"Close {ref} as not a data-subject request? Nothing is sent.")),
    ]
    return bk.actions(elements, block_id="case_actions")


def _case_card(case: Case, today: date, request_text: str | None, plan: ApprovalPlan | None = None) -> Card:
    title = f"{case.reference} · {kinds_text(case.kinds)}"
    out: list[dict[str, Any]] = [bk.header(title), _summary_fields(case, today)]
    for block in (_request_block(request_text), _found_block(case)):
        if block is not None:
            out.append(block)
    out.extend(_task_blocks(case))
    if case.state not in cases.CLOSED_STATES:
        out.append(_preview_block(case, plan))
    hint = _hint(case)
    if hint:
        out.append(bk.context(hint))
    if case.state not in cases.CLOSED_STATES:
        out.append(_buttons(case))
    who = bk.escape(case.requester_name or case.requester_email or "unknown")
    text = (f"{case.reference}: {', '.join(case.kinds) or 'request'} from {who} · "
            f"{cases.STATE_LABELS.get(case.state, case.state)} · due {cases.effective_due(case).isoformat()}")
    return Card(bk.fallback_text(text), bk.limit_blocks(out))


def _triage_card(case: Case, today: date, request_text: str | None) -> Card:
    ref = case.reference
    unprocessable = failed_mail.is_placeholder(case)
    title = f"{failed_mail.TITLE} · {ref}" if unprocessable else f"Is this a data-subject request? · {ref}"
    out: list[dict[str, Any]] = [
        bk.header(title),
        bk.fields([
            ("Requester", requester_text(case)),
            ("Subject", bk.escape(bk.clip(bk.mask_identity_codes(case.subject), 300)) or "—"),
            ("Received", received_text(case)),
            ("Due if it is one", due_text(case, today)),
            ("Language", bk.escape(language_name(case.language))),
            ("Identity code", masked_code(case)),
        ]),
    ]
    request_block = _request_block(request_text)
    if request_block is not None:
        out.append(request_block)
    why = bk.mask_identity_codes(", ".join(case.reasons[:5]))
    if unprocessable:
        out.append(bk.section(f":warning: *dsarbot could not process this mail*, so it cannot tell whether it is a "
                              f"request. It may be one, and its deadline runs from arrival. {bk.escape(why)}."))
    else:
        out.append(bk.context(f"The classifier was unsure (confidence {case.confidence:.0%})"
                              + (f": {bk.escape(why)}" if why else "")))
    options = [bk.option(KIND_LABELS[k], k) for k in KINDS]
    checkboxes: dict[str, Any] = {"type": "checkboxes", "action_id": TRIAGE_KINDS_ACTION, "options": options}
    guessed = [o for o in options if o["value"] in case.kinds]
    if guessed:
        checkboxes["initial_options"] = guessed
    out.append(bk.section("*Which rights does the writer use?*"))
    out.append(bk.actions([checkboxes], block_id=TRIAGE_KINDS_BLOCK))
    out.append(bk.actions([
        bk.button("Confirm: it is a request", CONFIRM, ref, style="primary"),
        bk.button("Not a request", NOT_REQUEST, ref, style="danger",
                  confirm=("Not a request?", f"Close {ref} as not a data-subject request? Nothing is sent.")),
        bk.button("Assign…", ASSIGN, ref),
    ], block_id="triage_actions"))
    who = bk.escape(case.requester_name or case.requester_email or "unknown")
    ask = failed_mail.TITLE.lower() if unprocessable else "is this a data-subject request?"
    return Card(bk.fallback_text(f"{ref}: {ask} (from {who})"), bk.limit_blocks(out))
