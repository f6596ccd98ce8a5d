"""The report as plain text (`dsarbot report`) and as JSON (`--json`, English keys for scripts)."""

from __future__ import annotations

from typing import Any

from dsarbot.i18n import Translator
from dsarbot.reports import labels, reasons
from dsarbot.reports.figures import Report, Timeliness


def _timeliness_dict(t: Timeliness) -> dict[str, Any]:
    return {"on_time": t.on_time, "answered_late": t.answered_late, "overdue_unanswered": t.overdue_open,
            "pending": t.pending, "on_time_rate": round(t.rate, 4) if t.rate is not None else None}


def as_dict(r: Report) -> dict[str, Any]:
    """The figures as a JSON-ready dict (stable English keys, ISO dates)."""
    return {
        "period": {"from": r.period.first.isoformat(), "to": r.period.last.isoformat()},
        "controller": r.controller, "as_of": r.today.isoformat(),
        "received": r.received, "by_kind": dict(r.by_kind), "by_language": dict(r.by_language),
        "answered": r.answered, "completed": r.completed, "rejected": r.rejected, "withdrawn": r.withdrawn,
        "timeliness": _timeliness_dict(r.timeliness),
        "days_to_answer": {"median": r.median_days, "p90": r.p90_days,
                           "histogram": [{"from": lo, "to": hi, "answers": n} for (lo, hi), n in r.histogram]},
        "extended": r.extended, "rejections": dict(r.rejections),
        "other_rejection_reasons": [{"reason": text, "count": n} for text, n in r.other_reasons],
        "triage": {"total": r.triage.total, "requests": r.triage.requests, "not_requests": r.triage.not_requests,
                   "closed_otherwise": r.triage.closed_otherwise, "undecided": r.triage.undecided},
        "open_now": r.open_now, "overdue_now": r.overdue_now,
        "months": [{"month": m.first.strftime("%Y-%m"), "received": m.received, "by_kind": m.by_kind,
                    **_timeliness_dict(m.timeliness)} for m in r.months],
        "by_controller": [{"controller": c, "received": n, "on_time_rate": rate}
                          for c, n, rate in r.by_controller],
    }


def headline(t: Translator, r: Report) -> str:
    """The one sentence that matters: how many requests, how many answered on time."""
    tl = r.timeliness
    return t.gettext("%(on_time)s of %(known)s requests answered within the deadline (%(rate)s)",
                     on_time=t.number(tl.on_time), known=t.number(tl.on_time + tl.late), rate=t.percent(tl.rate))


def render(t: Translator, r: Report) -> str:
    """The report as lines of text in the staff language."""
    tl = r.timeliness
    out = [t.gettext("Data-subject requests %(first)s – %(last)s", first=t.date(r.period.first),
                     last=t.date(r.period.last))]
    if r.controller:
        out.append(t.gettext("Controller: %(controller)s", controller=r.controller))
    out += ["", t.ngettext("%(n)s request received", "%(n)s requests received", r.received), headline(t, r)]
    out.append(t.gettext("answered late: %(late)s · unanswered and overdue: %(overdue)s · not yet due: %(pending)s",
                         late=t.number(tl.answered_late), overdue=t.number(tl.overdue_open),
                         pending=t.number(tl.pending)))
    if r.median_days is None or r.p90_days is None:
        out.append(t.gettext("Days from arrival to answer: no answers yet"))
    else:
        out.append(t.gettext("Days from arrival to answer: median %(median)s, 90th percentile %(p90)s",
                             median=t.number(r.median_days), p90=t.number(r.p90_days)))
    out.append(t.gettext("Completed %(completed)s · rejected %(rejected)s · withdrawn %(withdrawn)s · "
                         "deadline extended %(extended)s", completed=t.number(r.completed),
                         rejected=t.number(r.rejected), withdrawn=t.number(r.withdrawn),
                         extended=t.number(r.extended)))
    out += ["", t.gettext("By kind (a request can use several rights):")]
    out += [f"  {labels.kind(t, k)}: {t.number(n)}" for k, n in r.by_kind]
    out += [t.gettext("By language:")] + [f"  {labels.language(t, k)}: {t.number(n)}" for k, n in r.by_language]
    if r.rejections:
        out += [t.gettext("Rejections by reason:")]
        out += [f"  {t.gettext(reasons.LABELS[k])}: {t.number(n)}" for k, n in r.rejections]
        out += [f"    “{text}”: {t.number(n)}" for text, n in r.other_reasons]
    tr = r.triage
    out += ["", t.gettext("Triage: %(total)s unsure mails; %(requests)s were requests, %(not_requests)s were not, "
                          "%(other)s closed otherwise, %(undecided)s undecided", total=t.number(tr.total),
                          requests=t.number(tr.requests), not_requests=t.number(tr.not_requests),
                          other=t.number(tr.closed_otherwise), undecided=t.number(tr.undecided))]
    out.append(t.gettext("Open now: %(open)s · overdue now: %(overdue)s", open=t.number(r.open_now),
                         overdue=t.number(r.overdue_now)))
    if r.by_controller:
        out += ["", t.gettext("By controller:")]
        out += [f"  {c}: {t.number(n)} · {t.percent(rate)}" for c, n, rate in r.by_controller]
    out += ["", t.gettext("Per month: received · on time")]
    out += [f"  {t.month(m.first)}: {t.number(m.received)} · {t.percent(m.timeliness.rate)}" for m in r.months]
    return "\n".join(out)
