"""A case history built through the real code paths at chosen moments (time-machine moves the clock).

Mail goes in through intake and the worker (classification, acknowledgement, lookup), staff decide
through `dsarbot.decisions`, and the worker completes approved cases, each at the moment the test names,
so events, closing times and due dates are exactly what production would have written.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import time_machine

from dsarbot import decisions, store, worker
from dsarbot.intake import ingest
from dsarbot.models import Case
from dsarbot.runtime import Runtime
from support.factories import request_mail
from support.runtime import make_runtime

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


TODAY = date(2026, 7, 1)
NOW = at("2026-07-01 12:00")
SECOND = """
[[controllers]]
id = "demo"
legal_name = "Kattopojat Oy"
business_id = "2345678-0"
postal_address = "Hämeenkatu 1, 33100 Tampere"
addresses = ["info@kattopojat.example.fi"]

[[controllers]]
id = "rakennus"
legal_name = "Rakennuspojat Oy"
business_id = "1572860-0"
postal_address = "Teollisuuskatu 2, 33100 Tampere"
addresses = ["info@rakennuspojat.example.com"]
"""


def build_half_year(tmp: Path) -> Runtime:
    """Two controllers and the half-year of tests/test_reports.py (its docstring tells the story)."""
    (tmp / "dsarbot.toml").write_text(SECOND)
    rt = make_runtime(tmp)
    h = History(rt)
    a = h.arrive("2026-01-05 10:00", "fi_access", sender="Matti <matti@example.net>")
    h.answer("2026-01-20 09:00", a)  # 15 days, due 5.2.
    b = h.arrive("2026-02-02 08:00", "sv_erasure")
    h.decide("2026-02-20 10:00", decisions.extend, b.reference, BOSS, "Data in many systems")
    h.answer("2026-04-10 10:00", b)  # 67 days, extended due 4.5.
    c = h.arrive("2026-03-02 08:00", "en_access")
    h.answer("2026-04-15 10:00", c)  # 44 days, due 2.4.: late
    d = h.arrive("2026-03-10 08:00", "fi_erasure", sender="Matti <matti@example.net>")
    h.decide("2026-03-12 10:00", decisions.reject, d.reference, BOSS,
             "Ilmeisen perusteeton: sama pyyntö viidettä kertaa tänä vuonna")
    e = h.arrive("2026-04-01 08:00", "fi_rectification", to="info@rakennuspojat.example.com")
    h.decide("2026-04-03 10:00", decisions.reject, e.reference, STAFF, "Asked for a discount instead")
    f = h.arrive("2026-04-06 08:00", "en_access")
    h.decide("2026-04-08 10:00", decisions.withdraw, f.reference, STAFF, "The requester wrote that it is sorted")
    g = h.arrive("2026-05-04 08:00", "triage")
    h.decide("2026-05-05 10:00", decisions.confirm, g.reference, STAFF, ["erasure"])  # due 4.6., never answered
    spam = h.arrive("2026-05-11 08:00", "triage")
    h.decide("2026-05-11 10:00", decisions.not_request, spam.reference, STAFF, "A sales pitch")
    h.arrive("2026-06-22 08:00", "fi_access")  # due 22.7.: not yet due
    h.arrive("2026-07-01 00:30", "fi_access")  # 30.6. 21:30 UTC, but July in Helsinki: not in H1
    return rt


