"""One scorer: every signal's evidence -> category, kinds, calibrated confidence, uncertain, reasons.

The rules, in order:

1. Automated mail (screen.py) is never a request and never triage.
2. The rights asked for (their best evidence each) make a request. Its confidence is the calibrated
   confidence of its strongest evidence (calibration.py), capped by every DOUBT (a sales pitch, a spam
   verdict, bulk mail, business-to-business data-protection talk).
3. No right asked: ordinary mail, confident unless NEAR_MISS words of a right were seen. So is mail with
   ORDINARY evidence whose rights are only named, not asked for (a pitch full of "Auskunftsersuchen").
4. The safety net: a mail whose decision is not confident, or that carries a TRIAGE reason, is
   ``uncertain`` and becomes a triage case. TRIAGE reasons that need no ask (a law or "my data" named) do
   not triage a confident request (it opens a case anyway) nor confidently ORDINARY mail (a newsletter that
   names the GDPR); those that say the classifier could not read the mail (its language, an attachment)
   triage whatever was found, so staff see what the classifier could not — except a language, when our own
   mail system's spam verdict or a mailing service's bulk signature already says what the mail is.
"""

from __future__ import annotations

from dataclasses import dataclass

from dsarbot.pipeline.calibration import UNSURE_BELOW, calibrated
from dsarbot.pipeline.evidence import DOUBT, NEAR_MISS, ORDINARY, TRIAGE, Evidence
from dsarbot.pipeline.types import KINDS, Category, Kind

# A right asked for in so many words (a request form, or a right named with an ask): strong enough to stand
# against signs of ordinary mail (reading.VERB_ASK, multilingual.NAMED_ASKED / VERB_ASKED).
ASKED = 0.9
# ORDINARY evidence from these signals is what the mail systems already know, not words the classifier read.
MAIL_SYSTEM_VERDICTS = frozenset({"spam_verdict", "bulk_mail"})
# TRIAGE reasons from these signals mean "not fully read": they triage even a confident request.
UNREAD_SIGNALS = frozenset({"language_not_fully_read", "unreadable_attachment"})
MAX_REASONS = 8


@dataclass(frozen=True)
class Decision:
    """What the scorer decided and why."""

    category: Category
    kinds: tuple[Kind, ...]
    confidence: float
    uncertain: bool
    reasons: tuple[str, ...]


def automated(reasons: tuple[str, ...]) -> Decision:
    """Mail a machine sent: never a request, never triage."""
    confidence = calibrated("automated_several" if len(reasons) > 1 else "automated_one")
    return Decision("automated", (), confidence, False, tuple(f"automated: {r}" for r in reasons))


def score(evidence: list[Evidence], notes: tuple[str, ...] = ()) -> Decision:
    """Weigh *evidence* into a decision; *notes* are shown with a request (e.g. who forwarded it)."""
    best: dict[str, float] = {}
    for e in evidence:
        if e.target in KINDS and e.weight > best.get(e.target, 0.0):
            best[e.target] = e.weight
    triage = [e for e in evidence if e.target == TRIAGE]
    unread = [e for e in triage if e.signal in UNREAD_SIGNALS]
    ordinary = [e for e in evidence if e.target == ORDINARY]
    if best and not (ordinary and max(best.values()) < ASKED):
        return _request(evidence, best, unread, triage, notes)
    if any(e.signal in MAIL_SYSTEM_VERDICTS for e in ordinary):
        # What our own mail system knows (its spam verdict, a mailing service's bulk signature) needs no reading
        # of the language: such mail in Polish is no more a possible request than in Finnish.
        unread = [e for e in unread if e.signal != "language_not_fully_read"]
    near = [e.reason for e in evidence if e.target == NEAR_MISS]
    near += [f"not asked in ordinary mail: {e.reason}" for e in evidence if e.target in KINDS]
    confidence = calibrated("other_near_miss" if near else "other_clean")
    shown_triage = unread or ([] if ordinary else triage)
    if shown_triage:
        reasons = [f"triage: {e.reason}" for e in _unique(shown_triage)] + near
        return Decision("other", (), calibrated("other_triage"), True, tuple(reasons[:MAX_REASONS]))
    reasons = near[:5] or ["no data-subject right asked for"]
    reasons += [f"ordinary: {e.reason}" for e in _unique(ordinary)][:2]
    return Decision("other", (), confidence, confidence < UNSURE_BELOW, tuple(reasons))


def _request(evidence: list[Evidence], best: dict[str, float], unread: list[Evidence],
             triage: list[Evidence], notes: tuple[str, ...]) -> Decision:
    kinds = tuple(k for k in KINDS if k in best)
    confidence = calibrated(max(best.values()))
    doubts = [e for e in evidence if e.target == DOUBT]
    for d in doubts:
        confidence = min(confidence, d.weight)
    reasons = [e.reason for e in evidence if e.target in KINDS]
    reasons += [e.reason for e in _unique(doubts)]
    reasons += list(notes)
    uncertain = confidence < UNSURE_BELOW or bool(unread)
    if uncertain:
        shown = unread or triage
        reasons = [f"triage: {e.reason}" for e in _unique(shown)] + reasons
    return Decision("request", kinds, round(confidence, 2), uncertain, tuple(reasons))


def _unique(items: list[Evidence]) -> list[Evidence]:
    seen: set[str] = set()
    out = []
    for e in items:
        if e.reason not in seen:
            seen.add(e.reason)
            out.append(e)
    return out
