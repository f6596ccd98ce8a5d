"""A case history built through the real code paths at chosen moments (time-machine moves the clock).

Mail goes in through intake and the worker (classification, acknowledgement, lookup), staff decide
through `dsarbot.decisions`, and the worker completes approved cases, each at the moment the test names,
so events, closing times and due dates are exactly what production would have written.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

import time_machine

from dsarbot import decisions, store, worker
from dsarbot.intake import ingest
from dsarbot.models import Case
from dsarbot.runtime import Runtime
from support.factories import request_mail

HELSINKI = ZoneInfo("Europe/Helsinki")
STAFF = decisions.Actor("web:liisa")
BOSS = decisions.Actor("slack:U0BOSS", "Pekka Pomo")

MAILS = {
    "fi_access": ("Tarkastuspyyntö", "Hei,\n\npyydän saada kopion kaikista minua koskevista henkilötiedoista, "
                  "joita käsittelette.\n\nTerveisin\nMatti\n"),
    "fi_erasure": ("Tietojeni poistaminen", "Hei,\n\npyydän poistamaan kaikki minua koskevat tietonne.\n\n"
                   "Terveisin\nMaija\n"),
    "sv_erasure": ("Radering av mina uppgifter", "Hej,\n\njag vill att ni raderar alla mina personuppgifter ur "
                   "ert register.\n\nMed vänlig hälsning\nJohan\n"),
    "en_access": ("Access request", "Hello,\n\nplease send me a copy of all personal data you hold about me "
                  "(Article 15 GDPR).\n\nRegards\nPekka\n"),
    "fi_rectification": ("Osoitteenmuutos", "Hei,\n\nkorjatkaa osoitteeni asiakasrekisterissänne: uusi osoite "
                         "on Kauppakatu 5, 40100 Jyväskylä.\n\nTerveisin\nAnna\n"),
    "triage": ("Tarjous", "Hei,\n\ntarjoamme ilmaisen esittelyn palvelustamme. Poistakaa minun tietoni "
               "rekisteristänne.\n\nT. Kalle\n"),
}


def at(text: str) -> datetime:
    """'2026-01-05 10:00' in Helsinki."""
    return datetime.fromisoformat(text).replace(tzinfo=HELSINKI)


class History:
    """Drives one runtime through time."""

    def __init__(self, rt: Runtime) -> None:
        self.rt = rt
        self.n = 0

    def arrive(self, when: str, mail: str, sender: str | None = None, to: str = "info@kattopojat.example.fi") -> Case:
        """A request mail arrives at *when* and the worker handles it; returns its case."""
        self.n += 1
        subject, body = MAILS[mail]
        raw = request_mail(sender=sender or f"Requester {self.n} <r{self.n}@example.net>", to=to,
                           subject=subject, body=body, message_id=f"<hist-{self.n}@example.net>")
        with time_machine.travel(at(when), tick=False):
            row, _ = ingest.store_raw(self.rt, raw, source="test")
            worker.drain(self.rt)
        with self.rt.session() as session:
            stored = store.message_by_id(session, row.id or 0)
            assert stored is not None and stored.case_id is not None, f"{mail} opened no case"
            case = store.case_by_id(session, stored.case_id)
            assert case is not None
            session.expunge(case)
        return case

    def decide(self, when: str, decision: Callable[..., object], *args: object) -> None:
        """Run a `decisions.*` function at *when* (session first), then the worker."""
        with time_machine.travel(at(when), tick=False):
            with self.rt.session() as session:
                decision(session, *args)
            worker.drain(self.rt)

    def answer(self, when: str, case: Case, actor: decisions.Actor = STAFF) -> None:
        """Staff verify and approve at *when*; the worker fulfils and the case completes."""
        self.decide(when, decisions.verify, case.reference, actor, "ID card seen at the office")
        self.decide(when, lambda s, ref, who: decisions.approve(s, self.rt.settings, ref, who), case.reference, actor)
        with self.rt.session() as session:
            done = store.case_by_reference(session, case.reference)
            assert done is not None and done.state == "completed", f"{case.reference} is {done and done.state}"
