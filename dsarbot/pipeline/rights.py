"""One right per ask: evidence of a second right that is really part of the first, or a mere condition.

- Withdrawing consent inside an erasure letter is part of the erasure, not a separate objection.
- "Tell me before the objection deletes my account": the deletion is a consequence the writer mentions,
  not an erasure asked for.
- "Restrict the processing pending verification": a restriction, not a deletion of what is being checked
  (a correction or an objection under check is asked as well: Art. 18(1)(a), (d)).
- A person's reply to our newsletter saying "remove me" is an objection to the marketing (Art. 21(3)),
  not an erasure of their data.
- A business objecting to a sub-processor under its processing agreement uses a contract right, no data
  subject's right.
Each rule works on the sentence an evidence came from (``Evidence.words[0]``, folded).
"""

from __future__ import annotations

import re
from dataclasses import replace

from dsarbot.pipeline import lexicon as lx
from dsarbot.pipeline.evidence import Evidence, Mail
from dsarbot.pipeline.precision import CONTRACT_TERMS
from dsarbot.pipeline.quotes import REPLY_SUBJECT
from dsarbot.pipeline.safety import plain
from dsarbot.pipeline.situations import CAMPAIGN
from dsarbot.pipeline.textutil import fold
from dsarbot.pipeline.types import KINDS

CONSENT_WITHDRAWN = re.compile(
    r"\b(?:withdraw\w*|revok\w*|retract\w*) (?:\S+ ){0,3}consent|\bconsent (?:\S+ ){0,3}(?:withdraw|revok)\w*"
    r"|\b(?:peru\w*|peruut\w*|vedan takaisin) (?:\S+ ){0,2}suostumu\w*|\bsuostumu\w* (?:\S+ ){0,2}(?:peru|peruut)\w*"
    r"|\b(?:aterkalla\w*|drar tillbaka) (?:\S+ ){0,3}samtycke\w*|\bwiderruf\w* (?:\S+ ){0,3}einwilligung\w*"
    r"|\beinwilligung\w* (?:\S+ ){0,3}widerruf\w*|\bretire\w* (?:\S+ ){0,3}consentement\b"
)
# A deletion mentioned as what something else will cause: "before the objection deletes my account".
CONSEQUENCE = re.compile(
    r"\b(?:before|ennen kuin|innan|bevor|avant que|if|whether|jos|om|falls|wenn)\b[^,.;:!?]*"
    r"\b(?:delet|remov|eras|poist|radera|losch|supprim)\w*"
)
PENDING = re.compile(
    r"\b(?:pending|until|while|during|meanwhile|kunnes|sill(?:a|oin) aikaa|odotta\w*|tills|medan|bis|solange"
    r"|en attendant|pendant)\b[^.;!?]*\b(?:verif\w*|check\w*|review\w*|examin\w*|tarkist\w*|selvit\w*|kontroll\w*"
    r"|utred\w*|prüf\w*|prufung\w*|vérif\w*)"
)


def _only_from(evidence: list[Evidence], kind: str, rx: re.Pattern[str]) -> bool:
    """Every evidence of *kind* comes from a sentence that *rx* matches."""
    mine = [e for e in evidence if e.target == kind]
    return bool(mine) and all(e.words and rx.search(e.words[0]) for e in mine)


def _drop(evidence: list[Evidence], kind: str, why: str) -> list[Evidence]:
    out = [e for e in evidence if e.target != kind]
    return [*out, Evidence("near_miss", 0.0, (), why)]


def _newsletter_reply(mail: Mail) -> bool:
    """A reply whose quoted part is a newsletter or campaign of ours."""
    parsed = mail.parsed
    if not (parsed.in_reply_to or REPLY_SUBJECT.match(mail.subject or "")):
        return False
    quoted = parsed.text[len(parsed.new_text):] if parsed.text.startswith(parsed.new_text) else parsed.text
    return bool(CAMPAIGN.search(fold(f"{mail.subject}\n{quoted[:5000]}")))


def one_right_per_ask(evidence: list[Evidence], mail: Mail) -> list[Evidence]:
    """*evidence* with the second rights that belong to another ask removed or turned into the right one."""
    kinds = {e.target for e in evidence}
    if "erasure" in kinds and _only_from(evidence, "objection", CONSENT_WITHDRAWN):
        evidence = _drop(evidence, "objection", "withdrawn consent is part of the erasure, not an objection")
    if "objection" in kinds and _only_from(evidence, "erasure", CONSEQUENCE):
        evidence = _drop(evidence, "erasure", "a deletion mentioned as a consequence, not asked for")
    if "restriction" in kinds:
        for kind in ("erasure",):  # a correction or an objection under check is asked as well (Art. 18(1)(a), (d))
            if kind in kinds and _only_from(evidence, kind, PENDING) and _only_from(evidence, "restriction", PENDING):
                evidence = _drop(evidence, kind, f"{kind} is what the restriction waits for, not asked itself")
    if "erasure" in {e.target for e in evidence} and _newsletter_reply(mail):
        evidence = [_as_objection(e) for e in evidence]
    return _not_under_contract(evidence)


def _not_under_contract(evidence: list[Evidence]) -> list[Evidence]:
    """ "We hereby object to the engagement of this sub-processor": a controller's right under its processing
    agreement (sub-processor, DPA, SCCs), not a data subject's."""
    out = []
    for e in evidence:
        if e.target in KINDS and e.words and CONTRACT_TERMS.search(plain(e.words[0])):
            out.append(Evidence("near_miss", 0.0, (), f"{e.target} under a processing agreement between "
                                f"businesses, not a data subject's right"))
        else:
            out.append(e)
    return out


def _as_objection(e: Evidence) -> Evidence:
    """ "Remove me" (the writer as the object, no data named) under our newsletter: an opt-out."""
    if e.target != "erasure" or not e.words or lx.PERSONAL_STRONG.search(e.words[0]):
        return e
    if not lx.PERSONAL_SELF.search(e.words[0]):
        return e
    return replace(e, target="objection", reason=f"objection: a reply to our newsletter asks to be removed "
                   f"({e.reason.removeprefix('erasure: ')})")
