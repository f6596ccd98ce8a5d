"""Staff tasks on a case: work the bot cannot do itself but has promised the requester will be done.

The typical one is Art. 19: after an erasure, rectification or restriction the requester is told
"we are also informing Postituspalvelu Kirjekyyhky Oy", and when the sources mapping gives no address
for that recipient a person has to tell them. Such a to-do is a task on the case — named on the
dashboard, the Slack card and `dsarbot cases show`, reminded about like a deadline, and closed by
someone marking it done (an event naming them). A case may be completed (the requester has their
answer) and still have open tasks; it is then listed as such, never as simply finished.

Tasks live in `case.data["tasks"]` (a list of dicts), with `case.data["open_tasks"]` counting the open
ones so that the database can find such cases without reading every case.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlmodel import Session

from dsarbot import store
from dsarbot.i18n import N_
from dsarbot.messages import Msg, lazy
from dsarbot.models import Case, utcnow

ART19 = "art19"
MARKETING = "marketing"
TEXTS = {
    (ART19, "erasure"): N_("Tell %(recipient)s about the erasure of the requester's data (Art. 19): the "
                           "requester was told they are being informed"),
    (ART19, "rectification"): N_("Tell %(recipient)s about the rectification of the requester's data (Art. 19): "
                                 "the requester was told they are being informed"),
    (ART19, "restriction"): N_("Tell %(recipient)s about the restriction of the requester's data (Art. 19): the "
                               "requester was told they are being informed"),
    (MARKETING, "objection"): N_("Tell %(recipient)s to stop marketing to the requester (objection, Art. 21(3))"),
}
"""What a task asks, by (type, about), for staff in their language; the English `text` stays on the task."""


def all_tasks(case: Case) -> list[dict[str, Any]]:
    """Every task of *case*, oldest first (each: id, type, text, recipient, about, due, created_at, done_*)."""
    tasks = case.data.get("tasks") if isinstance(case.data, dict) else None
    return [dict(t) for t in tasks] if isinstance(tasks, list) else []


def open_tasks(case: Case) -> list[dict[str, Any]]:
    """The tasks of *case* nobody has marked done yet."""
    return [t for t in all_tasks(case) if not t.get("done_at")]


def add_task(session: Session, case: Case, *, type: str, text: str, due: date, recipient: str | None = None,
             about: str | None = None) -> dict[str, Any]:
    """Add a task (or return the same one added before: a retried job must not add it twice).

    A task is the same when type, recipient and *about* (the kind it concerns) are. Records `task_added`.
    """
    tasks = all_tasks(case)
    for task in tasks:
        if (task.get("type"), task.get("recipient"), task.get("about")) == (type, recipient, about):
            return task
    task = {"id": max((int(t["id"]) for t in tasks), default=0) + 1, "type": type, "text": text,
            "recipient": recipient, "about": about, "due": due.isoformat(),
            "created_at": utcnow().isoformat(timespec="seconds"), "done_at": None, "done_by": None, "note": None}
    _save(session, case, [*tasks, task])
    store.add_event(session, case, actor="system", type="task_added", reason=text,
                    data={"task": task["id"], "type": type, "recipient": recipient, "due": task["due"]})
    return task


def mark_done(session: Session, case: Case, task_id: int, actor: str, note: str | None = None) -> dict[str, Any]:
    """Mark task *task_id* done by *actor*; records `task_done`. KeyError when there is no such task,
    ValueError when it is already done (saying by whom)."""
    tasks = all_tasks(case)
    task = next((t for t in tasks if int(t["id"]) == task_id), None)
    if task is None:
        raise KeyError(task_id)
    if task.get("done_at"):
        raise ValueError(lazy("task %(task)s was already marked done by %(who)s on %(at)s", task=str(task_id),
                              who=str(task.get("done_by")), at=datetime.fromisoformat(str(task["done_at"]))))
    task.update(done_at=utcnow().isoformat(timespec="seconds"), done_by=actor, note=note or None)
    _save(session, case, tasks)
    store.add_event(session, case, actor=actor, type="task_done", reason=note or task["text"],
                    data={"task": task_id, "type": task.get("type"), "recipient": task.get("recipient")})
    return task


def _save(session: Session, case: Case, tasks: list[dict[str, Any]]) -> None:
    # A new dict: the JSON column is saved only when the attribute is assigned.
    case.data = {**case.data, "tasks": tasks, "open_tasks": sum(1 for t in tasks if not t.get("done_at"))}
    session.add(case)


def task_msg(task: dict[str, Any]) -> Msg | str:
    """What *task* asks, translated where it is shown (its stored English text for a kind of task unknown here)."""
    msgid = TEXTS.get((str(task.get("type")), str(task.get("about"))))
    if msgid and task.get("recipient"):
        return Msg(msgid, (("recipient", str(task["recipient"])),))
    return str(task.get("text") or "")


def summary_text(case: Case) -> str:
    """'1 open task' / '2 open tasks' / '' for listings."""
    n = len(open_tasks(case))
    return f"{n} open task{'s' if n != 1 else ''}" if n else ""
