"""What approving a case will do, exactly: the one preview behind `dsarbot sources plan-case`, the
dashboard's case page and the Slack card.

It follows the fulfilment steps (:mod:`dsarbot.fulfil.steps`) kind by kind with the same inputs: the
verified address and identity code (never a phone number from the mail), the corrections staff
approved (else the ones read from the mail), and for an erasure the plan sealed at lookup — the plan
approval executes, row for row. Lines carry counts, labels, legal reasons and dates, never row
contents, so they can be shown in Slack.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session

from dsarbot import store
from dsarbot.fulfil import context as cx
from dsarbot.fulfil.sources import fulfil_identifiers, open_sources
from dsarbot.i18n import N_
from dsarbot.messages import Msg, Said, items, lazy, lazy_plural
from dsarbot.models import Case
from dsarbot.runtime import Runtime
from dsarbot.secrets import Sealer
from dsarbot.sources import Correction, DataSources, FindResult, Plan, ProposedChange, SourcesConfig
from dsarbot.sources.export import export_tables

log = logging.getLogger(__name__)

ORDER = ("access", "portability", "rectification", "erasure", "restriction", "objection")
"""The order fulfilment carries the kinds out in (a copy of the data before anything changes)."""
KIND_TITLES = {"access": N_("Access"), "portability": N_("Portability"), "rectification": N_("Rectification"),
               "erasure": N_("Erasure"), "restriction": N_("Restriction"), "objection": N_("Objection")}
NO_SOURCES = "no data sources are configured: nothing is looked up or changed"


def proposed_changes(case: Case) -> list[ProposedChange]:
    """The corrections read from the mail at lookup (what the card showed for approval)."""
    return [ProposedChange.from_dict(p) for p in case.data.get("proposed_corrections") or []]


def approved_corrections(case: Case) -> list[Correction]:
    """What staff approved: `case.data["corrections"]` when staff entered them, else the proposals shown."""
    entered = case.data.get("corrections")
    if entered:
        return [Correction.from_dict(c) for c in entered]
    return [p.to_correction() for p in proposed_changes(case)]


def marketing_done(case: Case) -> bool:
    """True when the objection was to direct marketing and was carried out when the case opened."""
    return bool(case.data.get("marketing_objection"))


@dataclass
class KindPlan:
    """What approving does for one kind: lines for people, and the data changes it executes."""

    kind: str
    lines: list[str]
    plan: Plan | None = None
    stored: bool = False
    """Erasure: *plan* is the one sealed at lookup (approval executes exactly it)."""

    @property
    def title(self) -> str:
        """The kind as a heading ('Erasure'; a `Said`: staff read it in their language)."""
        return Said(Msg(KIND_TITLES[self.kind])) if self.kind in KIND_TITLES else self.kind


@dataclass
class ApprovalPlan:
    """Everything approving a case will do, kind by kind (see the module docstring)."""

    reference: str
    state: str
    verified: bool
    kinds: list[str]
    steps: list[KindPlan] = field(default_factory=list)
    found: list[str] = field(default_factory=list)
    """What the lookup finds now (counts and labels), as on the card."""
    sources_configured: bool = True
    error: str | None = None
    """Why the plan could not be made (e.g. the sources mapping is missing); nothing else is set then."""

    @property
    def plans(self) -> list[Plan]:
        """The data-source plans executed on approval, in execution order."""
        return [s.plan for s in self.steps if s.plan is not None]

    def text_lines(self) -> list[str]:
        """One line per kind: 'Erasure: delete CRM › Contacts: 1 row; keep …'."""
        if self.error:
            return [f"The plan cannot be shown: {self.error}"]
        return [f"{s.title}: {'; '.join(s.lines)}" for s in self.steps]

    def to_dict(self, config: SourcesConfig | None) -> dict[str, Any]:
        """JSON form (identity codes masked) for `plan-case --json` and scripts."""
        return {"reference": self.reference, "state": self.state, "verified": self.verified,
                "kinds": self.kinds, "found_summary": self.found, "error": self.error,
                "steps": [{"kind": s.kind, "lines": s.lines, "stored_plan": s.stored} for s in self.steps],
                "plans": [cx.masked_plan_dict(p, config) for p in self.plans] if config is not None else []}


def fulfilled_kinds(session: Session, case: Case) -> set[str]:
    """Kinds already carried out on *case* (approving again skips them, see fulfil.steps)."""
    assert case.id is not None
    done = {e.type.removeprefix("fulfilled_") for e in store.case_events(session, case.id)
            if e.type.startswith("fulfilled_") or e.type == "marketing_suppressed"}
    if "marketing_suppressed" in done:
        done.discard("marketing_suppressed")
        done.add("objection")
    return done


def approval_plan(case: Case, sealer: Sealer, sources: DataSources | None,
                  found: FindResult | None = None, done: Iterable[str] = ()) -> ApprovalPlan:
    """What approving *case* does now with *sources* (None: none configured).

    *found* saves a lookup when the caller has one; *done* are kinds already carried out
    (:func:`fulfilled_kinds`), which approving does not repeat.
    """
    out = ApprovalPlan(case.reference, case.state, case.verified, list(case.kinds),
                       sources_configured=sources is not None)
    done = set(done)
    if sources is None:
        found = FindResult(searched=[])
        out.found = [NO_SOURCES]
    elif found is None:
        found = sources.find(fulfil_identifiers(case, sealer))
    if sources is not None:
        out.found = cx.found_summary(found, None, sources.config) or ["nothing found"]
    for kind in ORDER:
        if kind in case.kinds and kind in done and not (kind == "objection" and marketing_done(case)):
            out.steps.append(KindPlan(kind, [Said(lazy("already carried out; approving does not repeat it"))]))
        elif kind in case.kinds:
            out.steps.append(_STEPS[kind](case, sealer, sources, found))
    return out


def approval_plan_for(rt: Runtime, session: Session, case: Case) -> ApprovalPlan:
    """:func:`approval_plan` with the sources fulfilment uses; a broken mapping or source becomes `error`.

    For pages and cards: they must show why there is no plan rather than fail to render.
    """
    try:
        with open_sources(rt.settings) as sources:
            return approval_plan(case, rt.sealer, sources, done=fulfilled_kinds(session, case))
    except Exception as exc:  # shown to staff; the message names the file or source, never row data
        log.warning("case %s: no approval plan (%s)", case.reference, type(exc).__name__)
        return ApprovalPlan(case.reference, case.state, case.verified, list(case.kinds),
                            error=f"{type(exc).__name__}: {exc}".splitlines()[0][:300])


def with_recipients(plan: Plan, config: SourcesConfig) -> list[str]:
    """The plan's lines, then whom fulfilment tells about the changes (Art. 19) and how."""
    lines = cx.plan_lines(plan, config)
    names: list[str] = []
    for a in plan.actions:
        if a.action != "keep" and a.rows:
            names.extend(r for r in a.recipients if r not in names)
    for name in names:
        contact = config.recipients.get(name)
        lines.append(Said(lazy("tell %(name)s by e-mail (Art. 19 notice to %(email)s)", name=name,
                               email=contact.email)) if contact else
                     Said(lazy("staff must tell %(name)s (Art. 19; becomes a task on the case)", name=name)))
    return lines


def _access(case: Case, sealer: Sealer, sources: DataSources | None, found: FindResult) -> KindPlan:
    tables = sum(1 for t in found.tables if t.rows)
    if found.row_count:
        return KindPlan("access", [Said(lazy_plural(
            "send a copy of %(rows)s from %(n)s table, JSON and CSV attached",
            "send a copy of %(rows)s from %(n)s tables, JSON and CSV attached", tables, rows=_rows(found.row_count)))])
    return KindPlan("access", [Said(lazy("answer that no personal data about the requester is processed"))])


def _portability(case: Case, sealer: Sealer, sources: DataSources | None, found: FindResult) -> KindPlan:
    provided = export_tables(sources.config, found, portability=True) if sources is not None and found.found else []
    if provided:
        parts = items([lazy("%(table)s: %(rows)s", table=t["label"], rows=_rows(len(t["rows"]))) for t in provided])
        return KindPlan("portability", [Said(lazy("send the data the requester provided as JSON and CSV (%(parts)s)",
                                                  parts=parts))])
    if "access" in case.kinds:
        return KindPlan("portability", [Said(lazy("nothing the requester provided was found (the access reply "
                                                  "covers it)"))])
    return KindPlan("portability", [Said(lazy("nothing the requester provided was found: answer that no personal "
                                              "data about them is processed"))])


def _rectification(case: Case, sealer: Sealer, sources: DataSources | None, found: FindResult) -> KindPlan:
    corrections = approved_corrections(case)
    if not corrections:
        return KindPlan("rectification", [Said(lazy("nothing to correct yet: enter the corrections (or ask the "
                                                    "requester) — approving now hands the case back"))])
    if sources is None:
        return KindPlan("rectification", [Said(lazy("no data sources: correct the data by hand — approving now hands "
                                                    "the case back"))])
    plan = sources.plan_for(found, ["rectification"], corrections)
    lines = with_recipients(plan, sources.config)
    return KindPlan("rectification", lines or [Said(lazy("the requester's rows already hold these values, or have "
                                                         "no column for them: nothing changes"))], plan)


def _erasure(case: Case, sealer: Sealer, sources: DataSources | None, found: FindResult) -> KindPlan:
    if sources is None:  # fulfilment changes nothing then, even with a plan stored earlier
        return KindPlan("erasure", [_nothing_no_sources()])
    sealed = case.data.get("plan_sealed")
    plan = cx.open_plan(sealed, sealer) if sealed else sources.plan_for(found, ["erasure"])
    return KindPlan("erasure", with_recipients(plan, sources.config) or [_nothing()], plan, stored=bool(sealed))


def _restriction(case: Case, sealer: Sealer, sources: DataSources | None, found: FindResult) -> KindPlan:
    if sources is None:
        return KindPlan("restriction", [_nothing_no_sources()])
    plan = sources.plan_for(found, ["restriction"])
    return KindPlan("restriction", with_recipients(plan, sources.config) or [_nothing()], plan)


def _objection(case: Case, sealer: Sealer, sources: DataSources | None, found: FindResult) -> KindPlan:
    if marketing_done(case):
        return KindPlan("objection", [Said(lazy("marketing already stopped when the case opened (Art. 21(3))"))])
    return KindPlan("objection", [Said(lazy("confirm to the requester that the processing objected to has stopped "
                                            "(no data changes: stop it first)"))])


def _rows(n: int) -> Msg:
    return lazy_plural("%(n)s row", "%(n)s rows", n)


def _nothing() -> Said:
    return Said(lazy("nothing to change in the data sources"))


def _nothing_no_sources() -> Said:
    return Said(lazy("nothing to change in the data sources (no data sources are configured: nothing is looked up "
                     "or changed)"))


_STEPS = {"access": _access, "portability": _portability, "rectification": _rectification, "erasure": _erasure,
          "restriction": _restriction, "objection": _objection}
