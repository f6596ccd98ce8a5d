"""Job `fulfil`: carry out an approved case, kind by kind, for a verified requester only.

Order: access and portability first (a copy of the data before anything changes), then
rectification, erasure, restriction and objection. Each step records an event `fulfilled_<kind>`
(counts, never contents) and queues its reply with a dedupe key, all in the job's transaction, so a
retried job skips the steps that committed and never mails twice. Data-source changes commit in their
own transactions and are idempotent: a retry after a crash re-runs them harmlessly.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session

from dsarbot import cases, decisions, store, worker
from dsarbot.fulfil import context as cx
from dsarbot.fulfil import recipients
from dsarbot.fulfil.preview import ORDER, approved_corrections
from dsarbot.fulfil.sources import fulfil_identifiers, open_sources
from dsarbot.messages import Msg, Said, lazy
from dsarbot.models import Case
from dsarbot.outbound import Attachment, queue_mail
from dsarbot.replies import FieldChange, FoundSource, KeptItem
from dsarbot.runtime import Runtime
from dsarbot.sources import DataSources, FindResult, Identifiers, Plan, Report

log = logging.getLogger(__name__)
CSV = "text/csv; charset=utf-8"
"""The exports are UTF-8 (with a BOM for Excel); a text part must say its charset."""

class FulfilRefused(worker.Refused):
    """Fulfilment must not run for this case (e.g. the requester is not verified)."""


class SourceFailed(Exception):
    """A data source failed while executing; the job retries (execution is idempotent)."""


@dataclass
class Step:
    """What every step needs; `notes` collect what staff must know (shown on the card at the end)."""

    rt: Runtime
    session: Session
    case: Case
    sources: DataSources | None
    ids: Identifiers
    notes: list[str] = field(default_factory=list)
    """Whole sentences (`messages.Said`: English, shown to staff in the channel's language)."""

    def find(self) -> FindResult:
        """A fresh lookup with the fulfilment identifiers (nothing when no sources are configured)."""
        return self.sources.find(self.ids) if self.sources else FindResult(searched=[])

    def execute(self, plan: Plan) -> Report:
        """Run *plan*; SourceFailed when a source could not apply it (nothing is claimed then)."""
        if self.sources is None or not plan.actions:
            return Report()
        report = self.sources.execute(plan)
        if not report.ok:
            failed = sorted({f"{i.source}.{i.table}" for i in report.items if i.error})
            raise SourceFailed(f"{self.case.reference}: {', '.join(failed)} could not be changed; will retry")
        return report

    def mail(self, kind: str, purpose: str, overrides: dict[str, Any],
             attachments: Sequence[Attachment] = ()) -> None:
        """Queue the reply of *kind* once (a retried job finds the row written the first time)."""
        queue_mail(self.rt, self.session, self.case, purpose, context_overrides=overrides,
                   attachments=attachments, dedupe_key=f"fulfil:{self.case.id}:{kind}")

    def done(self, kind: str, **counts: Any) -> None:
        """Record that *kind* was carried out (counts only)."""
        store.add_event(self.session, self.case, actor="system", type=f"fulfilled_{kind}", data=counts)

    def recipients(self, kind: str, report: Report, changes: Sequence[FieldChange] = ()) -> dict[str, list[str]]:
        """Tell the Art. 19 recipients of what was changed (see dsarbot.fulfil.recipients).

        Returns the reply's `recipients_notified` (told by e-mail) and `recipients_pending` (staff tell them).
        """
        contacts = self.sources.config.recipients if self.sources is not None else {}
        mailed, by_hand = recipients.notify(self.rt, self.session, self.case, kind, recipients_of(report),
                                            contacts, changes)
        if mailed:
            self.notes.append(Said(lazy("Art. 19 notice of the %(kind)s queued to: %(names)s.",
                                        kind=Msg(cases.KIND_NAMES.get(kind, kind)), names=", ".join(mailed))))
        if by_hand:
            self.notes.append(Said(lazy("Tell these recipients about the %(kind)s (Art. 19): %(names)s.",
                                        kind=Msg(cases.KIND_NAMES.get(kind, kind)), names=", ".join(by_hand))))
        return {"recipients_notified": mailed, "recipients_pending": by_hand}

    @property
    def languages(self) -> tuple[str, str]:
        """(the reply's language, the controller's default language): labels fall back to the second."""
        return self.case.language, self.rt.settings.controller(self.case.controller_id).default_language

    @property
    def config(self) -> Any:
        """The sources mapping (only called when sources are configured)."""
        assert self.sources is not None
        return self.sources.config


def recipients_of(report: Report) -> list[str]:
    """Recipients of tables where rows were rectified, erased or restricted — now or by an earlier attempt."""
    out: list[str] = []
    for item in report.items:
        if (item.changed or item.already_done) and item.action in ("rectify", "anonymise", "delete", "restrict"):
            out.extend(r for r in item.recipients if r not in out)
    return out


def run_fulfil(rt: Runtime, session: Session, case: Case) -> None:
    """Carry out every kind of an approved case, then complete it (see the module docstring)."""
    if not case.verified:
        # Never release or change data for an unverified requester: fail the job where staff see it.
        raise FulfilRefused(f"{case.reference}: the requester's identity is not verified; nothing is done")
    if case.state != "approved":
        log.info("case %s is %s, not approved: nothing to fulfil", case.reference, case.state)
        return
    assert case.id is not None
    done = {e.type for e in store.case_events(session, case.id)}
    unfinished: list[str] = []
    with open_sources(rt.settings) as sources:
        step = Step(rt, session, case, sources, fulfil_identifiers(case, rt.sealer))
        for kind in ORDER:
            if kind not in case.kinds or f"fulfilled_{kind}" in done:
                continue
            if kind == "objection" and (case.data.get("marketing_objection") or "marketing_suppressed" in done):
                continue  # carried out at once when the case opened (Art. 21(3))
            if not STEPS[kind](step):
                unfinished.append(kind)
    if unfinished:
        # Back to staff: the other kinds are done (and skipped when approved again).
        cases.transition(session, case, "awaiting_approval", actor="system", type="fulfilment_incomplete",
                         reason=f"not carried out: {', '.join(unfinished)}")
        decisions.queue_card_update(session, case, [*step.notes, Said(lazy("Approve again once that is done."))])
        return
    cases.transition(session, case, "completed", actor="system", type="completed")
    decisions.queue_card_update(session, case, [Said(lazy("Completed: the replies are in the outbox.")), *step.notes])


def _access(step: Step) -> bool:
    found = step.find()
    attachments: list[Attachment] = []
    rows: list[Any] = []
    if found.found:
        assert step.sources is not None
        data_json, data_csv = step.sources.export(found, False, *step.languages)
        ref = step.case.reference
        attachments = [(f"{ref}-data.json", "application/json", data_json), (f"{ref}-data.csv", CSV, data_csv)]
        rows = cx.found_sources(found, step.config, *step.languages)
    step.mail("access", "access_response", {"found": rows}, attachments)
    step.done("access", rows=found.row_count, tables=len(rows), attachments=len(attachments))
    return True


def _portability(step: Step) -> bool:
    found = step.find()
    provided: list[Any] = []
    if found.found:
        from dsarbot.sources.export import export_tables

        provided = export_tables(step.config, found, True, *step.languages)
    if not provided:
        if "access" not in step.case.kinds:
            # Nothing the person provided: the answer is the "no personal data" reply (Art. 15 asks for it).
            step.mail("portability", "access_response", {"found": []})
        step.done("portability", rows=0, tables=0)
        return True
    assert step.sources is not None
    data_json, data_csv = step.sources.export(found, True, *step.languages)
    ref = step.case.reference
    language = step.case.language
    summary = [FoundSource(source=cx.source_label(step.config, t["source"], *step.languages), table=t["label"],
                           rows=[{k: cx.value_text(v, language) for k, v in r.items()} for r in t["rows"]])
               for t in provided]
    step.mail("portability", "portability_export", {"found": summary},
              [(f"{ref}-portability.json", "application/json", data_json),
               (f"{ref}-portability.csv", CSV, data_csv)])
    step.done("portability", rows=sum(len(t["rows"]) for t in provided), tables=len(provided))
    return True


def _rectification(step: Step) -> bool:
    corrections = approved_corrections(step.case)
    if not corrections or step.sources is None:
        step.notes.append(Said(
            lazy("Rectification not carried out: no data sources are configured — correct the data by hand.")
            if corrections else
            lazy("Rectification not carried out: no corrections were read from the mail or entered — enter them, "
                 "or ask the requester.")))
        return False
    plan = step.sources.plan_for(step.find(), ["rectification"], corrections)
    report = step.execute(plan)
    changes = cx.rectified_changes(report, plan)
    if not changes:
        step.notes.append(Said(lazy("Rectification not carried out: the requester's rows already hold these values, "
                                    "have no column for them, or changed since — check and correct by hand, or "
                                    "reject with a reason.")))
        return False
    told = step.recipients("rectification", report, changes)
    step.mail("rectification", "rectification_done", {"changes": changes, **told})
    step.done("rectification", fields=sorted({c.field for c in changes}), rows=report.changed_rows,
              conflicts=sum(i.conflicts for i in report.items))
    return True


def _erasure(step: Step) -> bool:
    case = step.case
    sealed = case.data.get("plan_sealed")
    if sealed:
        plan = cx.open_plan(sealed, step.rt.sealer)  # exactly what the card showed before approval
    elif step.sources is not None:
        plan = step.sources.plan_for(step.find(), ["erasure"])
    else:
        plan = Plan(kinds=["erasure"])
    report = step.execute(plan)
    deleted: list[str] = []
    anonymised: list[str] = []
    kept: list[KeptItem] = []
    if step.sources is not None:
        deleted, anonymised, kept, notes = cx.erasure_parts(report, step.config, *step.languages)
        step.notes.extend(notes)
    told = step.recipients("erasure", report)
    step.mail("erasure", "erasure_done", {"deleted": deleted, "anonymised": anonymised, "kept": kept, **told})
    step.done("erasure", **{a: sum(i.changed + i.already_done for i in report.items if i.action == a)
                            for a in ("delete", "anonymise")},
              kept=sum(i.planned for i in report.kept()), conflicts=sum(i.conflicts for i in report.items))
    # Keep only what accountability needs: where and how much, and what was done; no row contents.
    data = {k: v for k, v in case.data.items() if k not in ("plan", "plan_sealed")}
    if isinstance(data.get("found"), dict):
        data["found"] = cx.found_counts(data["found"])
    data["erasure_report"] = report.to_dict()
    case.data = data
    step.session.add(case)
    return True


def _restriction(step: Step) -> bool:
    found = step.find()
    report = Report()
    places: list[str] = []
    if step.sources is not None:
        report = step.execute(step.sources.plan_for(found, ["restriction"]))
        # From what was found, not from what changed: a retry (already restricted) tells the same.
        places = cx.restrictable_places(found, step.config, *step.languages)
    told = step.recipients("restriction", report)
    step.mail("restriction", "restriction_done", {"restricted": places, **told})
    step.done("restriction", tables=len(places), rows=report.changed_rows)
    return True


def _objection(step: Step) -> bool:
    step.mail("objection", "objection_done", {"objection_upheld": True})
    step.done("objection")
    return True


STEPS = {"access": _access, "portability": _portability, "rectification": _rectification, "erasure": _erasure,
         "restriction": _restriction, "objection": _objection}
