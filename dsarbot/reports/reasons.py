"""Rejection reasons grouped by what the law allows: the reason staff typed is free text, the report
counts it under the ground it names.

A data table (ground, label, word stems in fi/sv/en); the first ground whose stem occurs in the
reason wins, anything else is "other" (the report lists those texts so nothing is hidden).
"""

from __future__ import annotations

from dsarbot.i18n import N_

GROUNDS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("excessive", N_("manifestly unfounded or excessive (Art. 12(5))"),
     ("perusteeton", "kohtuuton", "toistuv", "ilmeisen", "unfounded", "excessive", "repetitive", "vexatious",
      "ogrundad", "orimlig", "upprepa", "12(5)", "12 (5)")),
    ("identity", N_("identity could not be verified (Art. 12(6))"),
     ("henkilöllisyy", "tunnista", "identity", "identitet", "verifi", "varmenn", "12(6)", "11(2)")),
    ("legal_obligation", N_("the law requires keeping the data (Art. 17(3))"),
     ("kirjanpito", "lakisäät", "lain nojalla", "säilytysvelvoll", "legal obligation", "accounting", "bokför",
      "rättslig förpliktelse", "17(3)", "17 (3)")),
    ("others_rights", N_("would reveal other people's data (Art. 15(4))"),
     ("muiden oikeu", "toisen henkilön", "kolmannen", "other people", "third part", "others' rights",
      "andra personer", "tredje man", "15(4)")),
    ("legitimate_grounds", N_("compelling legitimate grounds (Art. 21(1))"),
     ("pakottava", "oikeutettu", "compelling", "legitimate", "tvingande", "berättigad", "21(1)")),
    ("not_our_data", N_("we hold no data about the requester"),
     ("ei asiakas", "ei tietoja", "emme käsittele", "not our customer", "no data", "not a customer",
      "inga uppgifter", "inte kund")),
)
OTHER = ("other", N_("other reason"))
LABELS = {key: label for key, label, _ in GROUNDS} | {OTHER[0]: OTHER[1]}
ORDER = [key for key, _, _ in GROUNDS] + [OTHER[0]]


def ground(reason: str | None) -> str:
    """The key of the ground a free-text rejection reason names ('other' when none is recognised)."""
    text = " ".join((reason or "").lower().split())
    for key, _label, stems in GROUNDS:
        if any(stem in text for stem in stems):
            return key
    return OTHER[0]


def short(reason: str | None, limit: int = 80) -> str:
    """A reason on one line, at most *limit* characters (for listing the 'other' reasons)."""
    text = " ".join((reason or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
