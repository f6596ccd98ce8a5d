"""Job `lookup`: find what the data sources hold about a new case's requester and show it to staff.

Read-only, so it runs as soon as the case opens, before verification: staff see on the card what
exists, what approving would do (the erasure plan, the corrections read from the mail) and whether the
requester's address is known at all. What it stores in `case.data`:

* `found` — the FindResult of the fulfilment identifiers (identity codes masked), `no_match`,
  `address_found`, `sources_configured`;
* `found_summary` — card lines: counts and labels only;
* erasure: `plan` (masked, for display) and `plan_sealed` (the full plan that is executed on approval);
* rectification: `proposed_corrections` (ProposedChange dicts);
* `reply_preview` — what approving will do, in words.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlmodel import Session

from dsarbot import cases, decisions, store
from dsarbot.fulfil import context as cx
from dsarbot.fulfil.preview import approval_plan
from dsarbot.fulfil.request import request_text
from dsarbot.fulfil.sources import fulfil_identifiers, lookup_identifiers, open_sources
from dsarbot.i18n import N_
from dsarbot.messages import Msg
from dsarbot.models import Case, utcnow
from dsarbot.runtime import Runtime
from dsarbot.sources import DataSources, FindResult, propose_corrections

log = logging.getLogger(__name__)

NO_SOURCES = N_("No data sources are configured: nothing could be looked up. Approving answers as if no "
                 "personal data were found — configure `paths.sources` or check the systems by hand first.")
ADDRESS_UNKNOWN = N_("The requester's address is not found in any data source. Approving answers that no "
                     "personal data about them is processed; you may instead verify them by other means or ask "
                     "for more information (e.g. another address or phone number they used).")


def run_lookup(rt: Runtime, session: Session, case: Case) -> None:
    """Look the requester up and store the result on the case (see the module docstring)."""
    if case.state in cases.CLOSED_STATES:
        return  # e.g. a marketing objection already completed it; nothing left to decide
    with open_sources(rt.settings) as sources:
        if sources is None:
            case.data = {**case.data, "sources_configured": False, "found": None, "no_match": True,
                         "address_found": False, "found_summary": [NO_SOURCES]}
            case.data = {**case.data, "reply_preview": _preview(rt, case, None, None)}
            session.add(case)
            store.add_event(session, case, actor="system", type="lookup", reason="no data sources configured",
                            data={"sources_configured": False})
            decisions.queue_card_update(session, case, Msg(NO_SOURCES))
            return
        updates, counts, found = _look(rt, session, case, sources)
        case.data = {**case.data, **updates, "looked_up_at": utcnow().isoformat(timespec="seconds")}
        case.data = {**case.data, "reply_preview": _preview(rt, case, sources, found)}
    session.add(case)
    store.add_event(session, case, actor="system", type="lookup", data=counts)
    note = None
    if not updates["address_found"]:
        store.add_event(session, case, actor="system", type="address_not_found", reason=ADDRESS_UNKNOWN)
        note = Msg(ADDRESS_UNKNOWN)
    decisions.queue_card_update(session, case, note)
    log.info("case %s: lookup found %s row(s) in %s table(s)", case.reference, counts["rows"], counts["tables"])


def _look(rt: Runtime, session: Session, case: Case, sources: DataSources,
          ) -> tuple[dict[str, Any], dict[str, Any], FindResult]:
    """(case.data updates, event counts, the fulfilment lookup) of one lookup."""
    config = sources.config
    wide_ids, ids = lookup_identifiers(case, rt.sealer), fulfil_identifiers(case, rt.sealer)
    found = sources.find(ids)
    # The wide lookup only adds something when the mail carried a phone number.
    wide = sources.find(wide_ids) if wide_ids.strong() != ids.strong() else None
    updates: dict[str, Any] = {
        "sources_configured": True,
        "found": cx.masked_found_dict(found, config),
        "found_summary": cx.found_summary(found, wide, config),
        "no_match": not found.found,
        "address_found": cx.address_found(found),
    }
    if "erasure" in case.kinds:
        # Sealed now and executed on approval as it is: what staff approve is what happens.
        plan = sources.plan_for(found, ["erasure"])
        updates["plan"] = cx.masked_plan_dict(plan, config)
        updates["plan_sealed"] = cx.seal_plan(plan, rt.sealer)
    if "rectification" in case.kinds:
        words = request_text(rt, session, case)
        proposed = propose_corrections(words.text, case.language)
        updates["proposed_corrections"] = [p.to_dict() for p in proposed]
        if not proposed:
            updates["found_summary"].append("⚠ No correction could be read from the mail: enter the corrections "
                                            "or ask the requester what to correct before approving")
    wide_extra = (wide.row_count - found.row_count) if wide else 0
    counts = {"rows": found.row_count, "tables": sum(1 for t in found.tables if t.rows),
              "name_hints": sum(t.name_hints for t in found.tables),
              "conflicts": sum(1 for t in found.tables for r in t.rows if r.conflicts),
              "errors": len(found.errors), "phone_only_rows": max(0, wide_extra),
              "address_found": updates["address_found"], "searched": found.searched}
    if "rectification" in case.kinds:
        counts["proposed_corrections"] = len(updates["proposed_corrections"])
    return updates, counts, found


def _preview(rt: Runtime, case: Case, sources: DataSources | None, found: FindResult | None) -> str:
    """What approving will do, one line per kind: the approval plan staff see on the card and page."""
    return "\n".join(approval_plan(case, rt.sealer, sources, found).text_lines())
