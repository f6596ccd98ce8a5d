"""The case card: what a staff member needs to decide, and the buttons to decide with.

Rendered from the case as it is now (the card is replaced in place on every change), so a late or
repeated update can never show an old state. Everything that came from mail is escaped and the
identity code is shown masked only. The card speaks the Translator it is given: `[staff] language` in
the channel, the reader's own in `/dsar show`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from dsarbot import cases, deadlines, failed_mail, messages, tasks
from dsarbot.i18n import ENGLISH, N_, Translator
from dsarbot.models import Case
from dsarbot.pipeline.language import language_name
from dsarbot.pipeline.types import KINDS
from dsarbot.reports import labels
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
    "access": N_("Access (Art. 15)"),
    "rectification": N_("Rectification (Art. 16)"),
    "erasure": N_("Erasure (Art. 17)"),
    "restriction": N_("Restriction (Art. 18)"),
    "objection": N_("Objection (Art. 21)"),
    "portability": N_("Portability (Art. 20)"),
}
# What approval makes the worker do, per kind (shown when no reply preview has been prepared yet).
APPROVAL_DOES = {
    "access": N_("send the requester a copy of the data found, with the Art. 15(1) information"),
    "rectification": N_("apply the approved corrections in the data sources and confirm them"),
    "erasure": N_("delete or anonymise what may go, keep what the law requires (with reason and end date), "
                  "and confirm"),
    "restriction": N_("flag the person as restricted in the data sources and confirm"),
    "objection": N_("stop marketing to the person at once and confirm"),
    "portability": N_("send the data as JSON and CSV attachments"),
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


def masked_code(case: Case, t: Translator = ENGLISH) -> str:
    """The masked identity code as inline code (so its asterisks stay asterisks), never the full code."""
    masked = case.hetu_masked
    if not masked:
        return t.gettext("not given")
    if MASKED_RE.match(masked):
        return f"`{masked}`"
    return bk.escape(bk.mask_identity_codes(masked))


def kinds_text(kinds: list[str], t: Translator = ENGLISH) -> str:
    """The kinds in words."""
    named = ", ".join(t.gettext(KIND_LABELS[k]) if k in KIND_LABELS else k for k in kinds)
    return named or t.gettext("not decided yet")


def due_text(case: Case, today: date, t: Translator = ENGLISH) -> str:
    """`4 May 2026 · 12 days left` / `· 3 days overdue`, with the extension and a running pause."""
    due = cases.effective_due(case)
    left = deadlines.days_left(due, today)
    parts = [t.date(due)]
    if case.state not in cases.CLOSED_STATES:
        said = labels.days_left(t, left)
        parts.append(f":red_circle: *{said}*" if left < 0 else f":warning: *{said}*" if left == 0 else said)
    text = " · ".join(parts)
    if case.extended:
        text = t.gettext("%(due)s (extended)", due=text)
    if case.paused_since is not None:
        text = t.gettext("%(due)s (paused: waiting for the requester)", due=text)
    return text


def received_text(case: Case, t: Translator = ENGLISH) -> str:
    """Arrival time in Helsinki."""
    return t.datetime(case.received_at)


def language_text(case: Case, t: Translator = ENGLISH) -> str:
    """The mail's language named in *t*'s language: `puola (pl)`."""
    return t.language_name(case.language) or language_name(case.language)


def requester_text(case: Case, t: Translator = ENGLISH) -> str:
    """Name and address, escaped."""
    name = bk.escape(case.requester_name) if case.requester_name else ""
    email = bk.escape(case.requester_email) if case.requester_email else t.gettext("address unknown")
    return f"{name}\n{email}" if name else email


def render(case: Case, today: date, request_text: str | None = None, plan: ApprovalPlan | None = None, *,
           t: Translator = ENGLISH) -> Card:
    """The card for *case*: a triage card while in triage, otherwise the decision card.

    *plan* is what approving does (`dsarbot.fulfil.preview`), shown above the buttons exactly as the
    dashboard shows it next to Approve.
    """
    if case.state == "triage":
        return _triage_card(case, today, request_text, t)
    return _case_card(case, today, request_text, plan, t)


def _summary_fields(case: Case, today: date, t: Translator) -> dict[str, Any]:
    verification = t.gettext("verified") if case.verified else bk.bold(t.gettext("not verified"))
    if case.verified and case.verification_note:
        verification = t.gettext("verified (%(note)s)", note=bk.escape(bk.clip(case.verification_note, 200)))
    return bk.fields([
        (t.gettext("State"), labels.state(t, case.state)),
        (t.gettext("Kinds"), kinds_text(case.kinds, t)),
        (t.gettext("Requester"), requester_text(case, t)),
        (t.gettext("Identity code"), masked_code(case, t)),
        (t.gettext("Identity"), verification),
        (t.gettext("Language"), bk.escape(language_text(case, t))),
        (t.gettext("Received"), received_text(case, t)),
        (t.gettext("Due"), due_text(case, today, t)),
        (t.gettext("Assignee"), person(case.assignee)),
    ])


def _request_block(request_text: str | None, t: Translator) -> dict[str, Any] | None:
    if not request_text:
        return None
    text = bk.excerpt(bk.mask_identity_codes(request_text), EXCERPT_CHARS)
    quoted = "\n".join(f">{bk.escape(line)}" for line in text.splitlines())
    return bk.section(bk.headed(t.gettext("The request (excerpt)"), quoted))


def _found_block(case: Case, t: Translator) -> dict[str, Any] | None:
    found = case.data.get("found_summary")
    if not found:
        return None
    items = [found] if isinstance(found, str) else [str(x) for x in found]
    lines = "\n".join(f"• {bk.escape(bk.mask_identity_codes(bk.clip(x, 300)))}" for x in items[:20])
    return bk.section(bk.headed(t.gettext("Found in the data sources"), lines))


def _plan_block(plan: ApprovalPlan, t: Translator) -> dict[str, Any]:
    """What approving does, kind by kind: the same lines as the dashboard and `sources plan-case`."""
    if plan.error:
        return bk.section(t.gettext("*Approving cannot be previewed*: %(error)s. Approving would fail the same way; "
                                    "check the data sources (`dsarbot check-config`).", error=bk.escape(plan.error)))
    lines: list[str] = []
    for step in plan.steps:
        lines.append(bk.bold(bk.escape(messages.render(t, step.title))))
        lines.extend(f"• {bk.escape(bk.mask_identity_codes(messages.render(t, line)))}" for line in step.lines)
    return bk.section(bk.headed(t.gettext("Approving does exactly this"),
                             bk.clip("\n".join(lines), bk.SECTION_TEXT - 40)))


def _preview_block(case: Case, t: Translator, plan: ApprovalPlan | None = None) -> dict[str, Any]:
    if plan is not None:
        return _plan_block(plan, t)
    preview = case.data.get("reply_preview")
    if isinstance(preview, str) and preview.strip():
        text = bk.excerpt(bk.mask_identity_codes(preview), PREVIEW_CHARS)
        quoted = "\n".join(f">{bk.escape(line)}" for line in text.splitlines())
        return bk.section(bk.headed(t.gettext("Approving sends this reply"), quoted))
    does = "; ".join(t.gettext(APPROVAL_DOES[k]) for k in case.kinds if k in APPROVAL_DOES)
    return bk.section(t.gettext("*Approving will* %(does)s.", does=does or t.gettext("carry out the request")))


def task_value(reference: str, task_id: int) -> str:
    """The value of a task's Done button."""
    return f"{reference}#{task_id}"


def parse_task_value(value: str) -> tuple[str, int] | None:
    """(reference, task number) from a Done button's value, or None when it is not one."""
    reference, sep, number = value.partition("#")
    return (reference, int(number)) if sep and number.isdigit() else None


def _task_blocks(case: Case, t: Translator) -> list[dict[str, Any]]:
    """Each open staff task with its Done button (a closed case keeps them until someone clicks)."""
    open_ones = tasks.open_tasks(case)
    if not open_ones:
        return []
    if case.state in cases.CLOSED_STATES:
        head = t.ngettext("*Tasks for staff (%(n)s open)* — the requester has their answer, but this is still to do",
                          "*Tasks for staff (%(n)s open)* — the requester has their answer, but these are still to do",
                          len(open_ones))
    else:
        head = t.ngettext("*Tasks for staff (%(n)s open)*", "*Tasks for staff (%(n)s open)*", len(open_ones))
    out: list[dict[str, Any]] = [bk.section(head)]
    for task in open_ones[:10]:
        said = messages.render(t, tasks.task_msg(task))
        block = bk.section(t.gettext("#%(id)s %(task)s (due %(due)s)", id=str(task["id"]), task=bk.escape(said),
                                     due=t.date(date.fromisoformat(str(task["due"])))))
        block["accessory"] = bk.button(
            t.gettext("Done"), TASK_DONE, task_value(case.reference, int(task["id"])), answers=_answers(t),
            confirm=(t.gettext("Task done?"), t.gettext("Mark task #%(id)s of %(ref)s done? It is recorded with your "
                                                        "name.", id=str(task["id"]), ref=case.reference)))
        out.append(block)
    return out


def _answers(t: Translator) -> tuple[str, str]:
    return t.gettext("Yes"), t.gettext("Cancel")


def _hint(case: Case, t: Translator) -> str | None:
    if case.state in cases.CLOSED_STATES:
        if case.closed_at is None:
            return t.gettext("Closed: %(state)s", state=labels.state(t, case.state))
        return t.gettext("Closed: %(state)s %(date)s", state=labels.state(t, case.state),
                         date=t.date(case.closed_at.astimezone(deadlines.HELSINKI).date()))
    if not case.verified:
        return t.gettext("Identity not verified yet: Approve is refused until the requester replies from the same "
                         "address or someone marks the identity verified (Verify…).")
    if case.state == "approved":
        return t.gettext("Approved: the worker is carrying it out; the reply goes out from the outbox.")
    return None


def _buttons(case: Case, t: Translator) -> dict[str, Any]:
    ref, yes_no = case.reference, _answers(t)
    elements = [
        bk.button(t.gettext("Approve"), APPROVE, ref, style="primary", answers=yes_no,
                  confirm=(t.gettext("Approve?"), t.gettext("Approve %(ref)s? The plan on the card is carried out, "
                                                            "the replies sent.", ref=ref))),
        bk.button(t.gettext("Reject…"), REJECT, ref, style="danger"),
        bk.button(t.gettext("Request info…"), REQUEST_INFO, ref),
    ]
    if not case.verified:
        elements.append(bk.button(t.gettext("Verify identity…"), VERIFY, ref))
    if not case.extended:
        elements.append(bk.button(t.gettext("Extend…"), EXTEND, ref))
    if case.state != "approved":
        if "rectification" in case.kinds:
            elements.append(bk.button(t.gettext("Corrections…"), CORRECT, ref))
        elements.append(bk.button(t.gettext("Change rights…"), CHANGE_KINDS, ref))
    elements += [bk.button(t.gettext("Assign…"), ASSIGN, ref), _not_request_button(ref, t)]
    return bk.actions(elements, block_id="case_actions")


def _not_request_button(ref: str, t: Translator, style: str | None = None) -> dict[str, Any]:
    return bk.button(t.gettext("Not a request"), NOT_REQUEST, ref, style=style, answers=_answers(t),
                     confirm=(t.gettext("Not a request?"), t.gettext("Close %(ref)s as not a data-subject request? "
                                                                     "Nothing is sent.", ref=ref)))


def _case_card(case: Case, today: date, request_text: str | None, plan: ApprovalPlan | None, t: Translator) -> Card:
    title = f"{case.reference} · {kinds_text(case.kinds, t)}"
    out: list[dict[str, Any]] = [bk.header(title), _summary_fields(case, today, t)]
    for block in (_request_block(request_text, t), _found_block(case, t)):
        if block is not None:
            out.append(block)
    out.extend(_task_blocks(case, t))
    if case.state not in cases.CLOSED_STATES:
        out.append(_preview_block(case, t, plan))
    hint = _hint(case, t)
    if hint:
        out.append(bk.context(hint))
    if case.state not in cases.CLOSED_STATES:
        out.append(_buttons(case, t))
    who = bk.escape(case.requester_name or case.requester_email or t.gettext("unknown"))
    kinds = ", ".join(labels.kind_short(t, k) for k in case.kinds) or t.gettext("request")
    text = t.gettext("%(ref)s: %(kinds)s from %(who)s · %(state)s · due %(due)s", ref=case.reference, kinds=kinds,
                     who=who, state=labels.state(t, case.state), due=t.date(cases.effective_due(case)))
    return Card(bk.fallback_text(text), bk.limit_blocks(out, t=t))


def _triage_card(case: Case, today: date, request_text: str | None, t: Translator) -> Card:
    ref = case.reference
    unprocessable = failed_mail.is_placeholder(case)
    out: list[dict[str, Any]] = [
        bk.header(t.gettext("A mail could not be processed · %(ref)s", ref=ref) if unprocessable
                  else t.gettext("Is this a data-subject request? · %(ref)s", ref=ref)),
        bk.fields([
            (t.gettext("Requester"), requester_text(case, t)),
            (t.gettext("Subject"), bk.escape(bk.clip(bk.mask_identity_codes(case.subject), 300)) or "—"),
            (t.gettext("Received"), received_text(case, t)),
            (t.gettext("Due if it is one"), due_text(case, today, t)),
            (t.gettext("Language"), bk.escape(language_text(case, t))),
            (t.gettext("Identity code"), masked_code(case, t)),
        ]),
    ]
    request_block = _request_block(request_text, t)
    if request_block is not None:
        out.append(request_block)
    why = bk.mask_identity_codes(", ".join(case.reasons[:5]))
    confidence = t.percent(case.confidence)
    if unprocessable:
        out.append(bk.section(t.gettext(":warning: *dsarbot could not process this mail*, so it cannot tell whether "
                                        "it is a request. It may be one, and its deadline runs from arrival. "
                                        "%(why)s", why=bk.escape(why))))
    else:
        out.append(bk.context(t.gettext("The classifier was unsure (confidence %(confidence)s): %(why)s",
                                        confidence=confidence, why=bk.escape(why)) if why else
                              t.gettext("The classifier was unsure (confidence %(confidence)s)",
                                        confidence=confidence)))
    options = [bk.option(t.gettext(KIND_LABELS[k]), k) for k in KINDS]
    checkboxes: dict[str, Any] = {"type": "checkboxes", "action_id": TRIAGE_KINDS_ACTION, "options": options}
    guessed = [o for o in options if o["value"] in case.kinds]
    if guessed:
        checkboxes["initial_options"] = guessed
    out.append(bk.section(bk.bold(t.gettext("Which rights does the writer use?"))))
    out.append(bk.actions([checkboxes], block_id=TRIAGE_KINDS_BLOCK))
    out.append(bk.actions([
        bk.button(t.gettext("Confirm: it is a request"), CONFIRM, ref, style="primary"),
        _not_request_button(ref, t, style="danger"),
        bk.button(t.gettext("Assign…"), ASSIGN, ref),
    ], block_id="triage_actions"))
    who = bk.escape(case.requester_name or case.requester_email or t.gettext("unknown"))
    text = (t.gettext("%(ref)s: a mail could not be processed (from %(who)s)", ref=ref, who=who) if unprocessable
            else t.gettext("%(ref)s: is this a data-subject request? (from %(who)s)", ref=ref, who=who))
    return Card(bk.fallback_text(text), bk.limit_blocks(out, t=t))
