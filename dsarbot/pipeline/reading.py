"""What the sentence reader works with: the findings so far, the context of a sentence, who asks in it.

Shared by asks.py (the sentence loop and the explicit terms) and verbs.py (what each action verb needs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dsarbot.pipeline import lexicon as lx
from dsarbot.pipeline.evidence import NEAR_MISS, Evidence
from dsarbot.pipeline.types import Kind

# Evidence strengths (tiers); calibration.py turns the best one into a calibrated confidence.
EXPLICIT_ASK = 0.95
VERB_ASK = 0.9
SELF_ONLY = 0.75
WEAK = 0.6


@dataclass
class Findings:
    """The rights found so far (best strength per kind) and every piece of evidence in order."""

    kinds: dict[Kind, float] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)
    sentence: str = ""
    """The sentence being read: each evidence keeps it as its words (rights.py reads them)."""

    def add(self, kind: Kind, strength: float, reason: str) -> None:
        """The writer asks for *kind* with *strength*."""
        if strength > self.kinds.get(kind, 0.0):
            self.kinds[kind] = strength
        self.evidence.append(Evidence(kind, strength, (self.sentence,), f"{kind}: {reason}"))

    def near(self, reason: str) -> None:
        """Words of a right without an ask (shown to staff, lowers the confidence of "not a request")."""
        self.evidence.append(Evidence(NEAR_MISS, 0.0, (), reason))


@dataclass
class Context:
    """What the sentences around the current one say."""

    prev: str = ""
    before_prev: str = ""
    following: tuple[str, ...] = ()  # the next few sentences (a list announced by "seuraavat:")
    personal_before: bool = False  # an earlier sentence named the writer's data
    own_fields: bool = False  # the mail names the writer's own fields somewhere
    third_party: bool = False  # the mail is about a partner's staff / shared contact list
    relative: bool = False  # the writer names their own family member ("isäni", "min mor", "my late father")
    controller: bool = False  # a business customer asks about its own customers' data in the product
    marketing: bool = False  # the mail speaks of marketing (a newsletter, ads), not only of a list
    lead: re.Match[str] | None = None  # the ask of a lead-in ("I ask you to:") over the list lines that follow


@dataclass
class Ask:
    """Who asks in one sentence, and what it names as the object."""

    s: str  # the sentence (folded; a finished action already blanked)
    own_words: str  # the sentence outside cited phrases
    req: re.Match[str] | None  # a request form
    me: re.Match[str] | None  # the writer (or their relative) in it
    them: re.Match[str] | None  # a relative's data, when the mail is about a relative
    asked: float  # the strength of the ask: a request form, else the writer speaking, else 0
    strong: re.Match[str] | None  # personal data named ("tietoni", "my data", "account")
    self_obj: re.Match[str] | None  # the writer as the object ("poistakaa minut", "about me")
    read_notice: bool  # it reports what the privacy notice says
    quoted: str  # the sentence as shown in reasons
    pitch: bool


def wrong_field(s: str) -> bool:
    """The writer says their own data is wrong: "syntymävuoteni on väärin", "my date of birth is wrong"."""
    # A named own field stays personal even on an invoice: "mun nimi on väärin laskussa".
    return bool(
        lx.WRONG.search(s) and not lx.BUSINESS_DATA.search(s)
        and (lx.PERSONAL_FIELD.search(s) or (lx.OWN_NOUN.search(s) and not lx.NOT_PERSONAL.search(s)))
    )


def speaks_of_marketing(s: str) -> bool:
    """*s* names marketing itself ("uutiskirje", "newsletter", "reklam"), not only a list ("adresslista")."""
    return bool(lx.MARKETING_WORDS.search(s))
