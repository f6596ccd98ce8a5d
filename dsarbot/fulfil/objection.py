"""Objection to direct marketing (GDPR Art. 21(3)): recognised in the mail and carried out at once.

The right is absolute and suppressing marketing releases nothing, so it runs without waiting for
verification or approval (DESIGN "What a request is"). Other objections (to profiling, to processing
based on legitimate interest, Art. 21(1)) need weighing and go to staff like every other kind.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from datetime import timedelta

from sqlmodel import Session

from dsarbot import cases, decisions, store, tasks
from dsarbot.fulfil.request import request_text
from dsarbot.fulfil.sources import lookup_identifiers, open_sources
from dsarbot.messages import Said, lazy, lazy_plural
from dsarbot.models import Case, utcnow
from dsarbot.outbound import CannotReply, queue_mail
from dsarbot.runtime import Runtime

log = logging.getLogger(__name__)

# Cues on text folded to lower case without diacritics ("mainoksia", "reklam", "unsubscribe"...).
# Stems, not words: Finnish inflects ("markkinointia", "markkinointiviestejä", "postituslistaltanne").
_MARKETING = re.compile(
    r"markkinoin|maino[sktn]|uutiskirje|postituslist|sahkopostilist|kampanj|tarjouksi|"
    r"\blista(?:lta|ltanne|ltamme|lle)\b|\b(?:peru\w*|lopet\w*)\s+(?:\w+\s+)?tilaus|"
    r"marknadsfor|reklam|nyhetsbrev|avregistrer|utskick|sandlist|e-?postlist|avsluta\s+(?:min\s+)?prenumeration|"
    r"marketing|newsletter|mailing\s*list|unsubscrib|opt[\s-]?out|promotional|advertis|\boffers\b|erbjudand|"
    r"remove\s+me\s+from\s+(?:your|this|the|all)\s+(?:\w+\s+)?(?:list|mailing)|"
    r"(?:e-?mail|distribution|contact|sms)\s+list|"
    r"werbung|abmelden|\bwerbe",
)


def fold(text: str) -> str:
    """Lower case without diacritics: 'Älkää lähettäkö MAINOKSIA' -> 'alkaa lahettako mainoksia'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_marketing_objection(text: str, language: str = "fi") -> bool:
    """True when *text* objects to direct marketing (newsletters, marketing mail or SMS, mailing lists).

    Pure. *language* is the detected language; the cues of Finnish, Swedish, English and German are all
    tried because people mix them. An objection to profiling or to processing based on legitimate
    interest says none of these words and returns False (it needs staff, Art. 21(1)); profiling *for*
    marketing mentions marketing and counts as marketing (Art. 21(2) covers it).
    """
    del language  # every language's cues are tried (see docstring)
    return bool(_MARKETING.search(fold(text)))


def handle_marketing_objection(rt: Runtime, session: Session, case: Case) -> None:
    """Job `marketing_objection`: if the objection is to marketing, suppress now and tell everyone.

    Runs once per case (the decision is stored in `case.data["marketing_objection"]`). When the case
    has no other kinds it is completed, and the confirmation is the only mail the requester gets (a
    case that is only an objection is not acknowledged when it opens: decisions.start_request);
    otherwise it continues for the others and fulfilment skips the objection. An objection that is
    not about marketing and was not acknowledged yet is acknowledged here.
    """
    if case.state in cases.CLOSED_STATES or case.state == "triage" or "objection" not in case.kinds:
        return
    if case.data.get("marketing_objection") is not None:
        return
    words = request_text(rt, session, case)
    if not is_marketing_objection(words.full, case.language):
        case.data = {**case.data, "marketing_objection": False}
        session.add(case)
        if case.state == "received":  # not acknowledged when it opened (decisions.start_request)
            decisions.acknowledge(session, case, "system")
        decisions.queue_card_update(session, case, lazy("The objection is not about direct marketing: it needs a "
                                                        "decision like the other kinds (Art. 21(1))."))
        return
    counts = {"tables": 0, "rows": 0, "already": 0}
    recipients: list[str] = []
    with open_sources(rt.settings) as sources:
        if sources is not None:
            # Every identifier in the mail, the phone number too: suppressing only reduces processing,
            # and SMS marketing is objected to by the number that receives it.
            found = sources.find(lookup_identifiers(case, rt.sealer))
            plan = sources.plan_for(found, ["objection"])
            plan.actions = [a for a in plan.actions if a.action == "suppress"]
            # A source that could not be read hides rows that should be suppressed: nothing may be claimed.
            report = sources.execute(plan) if not found.errors else None
            if report is None or not report.ok:
                failed = ", ".join(sorted({e.split(".", 1)[0] for e in found.errors}
                                          | {i.source for i in (report.items if report else []) if i.error}))
                if case.state == "received":
                    _acknowledge_while_retrying(session, case, failed)
                    return
                # Raise: the job retries (execution is idempotent); nothing is claimed to the requester.
                raise RuntimeError(f"{case.reference}: suppression failed in {failed}")
            counts = {"tables": len(report.items), "rows": report.changed_rows,
                      "already": sum(i.already_done for i in report.items)}
            recipients = sorted({r for a in plan.actions for r in a.recipients})
    store.add_event(session, case, actor="system", type="marketing_suppressed",
                    reason="objection to direct marketing (Art. 21(3)) carried out at once",
                    data={**counts, "sources_configured": sources is not None})
    case.data = {**case.data, "marketing_objection": True, "marketing_suppressed": counts}
    session.add(case)
    note = _note(counts, recipients, sources is not None)
    for name in recipients:  # they market on our behalf: a person must tell them too
        tasks.add_task(session, case, type=tasks.MARKETING, recipient=name, about="objection",
                       due=cases.effective_due(case),
                       text=f"Tell {name} to stop marketing to the requester (objection, Art. 21(3))")
    try:
        queue_mail(rt, session, case, "objection_done", context_overrides={"objection_marketing": True},
                   dedupe_key=f"objection:{case.id}:marketing")
    except CannotReply:
        note.append(Said(lazy("The request has no reply address: tell the requester another way.")))
    if list(case.kinds) == ["objection"]:
        cases.complete_marketing_objection(session, case, actor="system")
    decisions.queue_card_update(session, case, note)
    log.info("case %s: marketing suppressed (%s tables, %s rows)", case.reference, counts["tables"], counts["rows"])


def _acknowledge_while_retrying(session: Session, case: Case, failed: str) -> None:
    """A source is down: the requester must not wait in silence for the confirmation, so acknowledge now
    (the case was not acknowledged when it opened) and try the suppression again in a minute, as a new job
    (the failed attempt's changes are rolled back; execution is idempotent)."""
    tries = int(case.data.get("marketing_attempts", 0)) + 1
    case.data = {**case.data, "marketing_attempts": tries}
    session.add(case)
    decisions.acknowledge(session, case, "system")
    assert case.id is not None
    store.enqueue_job(session, "marketing_objection", case_id=case.id, dedupe_key=f"objection:{case.id}:{tries}",
                      run_after=utcnow() + timedelta(minutes=1))
    decisions.queue_card_update(session, case, f"Marketing could not be stopped yet ({failed} failed); the "
                                "requester was sent the acknowledgement and the bot tries again.")
    log.warning("case %s: marketing suppression failed in %s; acknowledged, retrying", case.reference, failed)


def _note(counts: dict[str, int], recipients: list[str], configured: bool) -> list[Said]:
    """The card's note, sentence by sentence (`messages.Said`: shown in the channel's language)."""
    if not configured:
        return [Said(lazy("Objection to direct marketing (Art. 21(3)): no data sources are configured, so nothing "
                          "could be suppressed automatically — remove the person from marketing by hand. The "
                          "requester is told the objection is recorded."))]
    if counts["tables"]:
        rows = lazy_plural("%(n)s row", "%(n)s rows", counts["rows"])
        note = [Said(lazy_plural("Objection to direct marketing (Art. 21(3)) carried out at once: marketing stopped "
                                 "in %(n)s table, %(rows)s changed. The requester is told.",
                                 "Objection to direct marketing (Art. 21(3)) carried out at once: marketing stopped "
                                 "in %(n)s tables, %(rows)s changed. The requester is told.", counts["tables"],
                                 rows=rows))]
    else:
        note = [Said(lazy("Objection to direct marketing (Art. 21(3)): no marketing of this person was still active "
                          "in the data sources; nothing to suppress. The requester is told the objection is "
                          "recorded."))]
    if recipients:
        note.append(Said(lazy("Tell the marketing recipients too: %(names)s.", names=", ".join(recipients))))
    return note
