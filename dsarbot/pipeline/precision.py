"""Precision signals: what makes a request found in a mail unreliable, or a mail confidently ordinary.

- our own mail system's spam verdict, and bulk mail from a mailing service (verdicts.py via screen.py):
  spam, scams and newsletters never make a confident request;
- a scam or phishing mail (two kinds of scam wording: money, urgency, credentials, threats);
- business-to-business data-protection talk (a customer's DPO, a processor asked for help, an IT ticket
  about a departed employee's account, a student's or journalist's questions): not a person's own
  request, at most a triage case.
Vocabulary: vocab/precision.toml.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dsarbot.pipeline import lexicon as lx
from dsarbot.pipeline.evidence import DOUBT, ORDINARY, Evidence, Mail
from dsarbot.pipeline.safety import load_vocab, plain
from dsarbot.pipeline.textutil import MAX_ANALYSED

# Confidence caps: below calibration.UNSURE_BELOW, so such a request becomes a triage case.
SPAM_CAP = 0.4
BULK_CAP = 0.5
SCAM_CAP = 0.4
B2B_CAP = 0.6
_SCAM_GROUPS = ("scam_money", "scam_urgency", "scam_credentials", "scam_threat")
_VOCAB = load_vocab("precision")
# Data protection between businesses by contract: sub-processor, processing agreement, SCCs (plain text).
CONTRACT_TERMS = _VOCAB["contract"]
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def spam_verdict(mail: Mail) -> Iterator[Evidence]:
    """Our own mail system says it is spam or phishing."""
    for reason in mail.screening.spam[:2]:
        yield Evidence(DOUBT, SPAM_CAP, (), f"our mail system marked it as spam ({reason})")
        yield Evidence(ORDINARY, 1.0, (), f"marked as spam ({reason})")


def bulk_mail(mail: Mail) -> Iterator[Evidence]:
    """A mailing service sent it in bulk (a newsletter or a campaign)."""
    if mail.screening.bulk:
        reason = mail.screening.bulk[0]
        yield Evidence(DOUBT, BULK_CAP, (), f"bulk mail from a mailing service ({reason})")
        yield Evidence(ORDINARY, 1.0, (), f"bulk mail ({reason})")


def scam(mail: Mail) -> Iterator[Evidence]:
    """Two or more kinds of scam wording (money, urgency, credentials, threats)."""
    text = plain(f"{mail.subject}\n{mail.own[:MAX_ANALYSED]}")
    hits = [m.group(0) for g in _SCAM_GROUPS if g in _VOCAB and (m := _VOCAB[g].search(text))]
    if len(hits) >= 2:
        words = ", ".join(repr(h) for h in hits[:3])
        yield Evidence(DOUBT, SCAM_CAP, tuple(hits), f"reads like a scam or phishing ({words})")
        yield Evidence(ORDINARY, 1.0, tuple(hits), f"scam or phishing wording ({words})")


def business_to_business(mail: Mail) -> Iterator[Evidence]:
    """Data-protection talk between businesses, or about someone else's data, with no "I" asking."""
    text = plain(mail.own[:MAX_ANALYSED])  # not the subject: "Entisen työntekijän tiedot" may be the writer's
    for sentence in _SENTENCE.findall(text):
        m = _VOCAB["b2b_terms"].search(sentence) or (
            None if lx.SELF.search(sentence) else _VOCAB["b2b"].search(sentence)
        )
        if m:
            yield Evidence(DOUBT, B2B_CAP, (m.group(0),),
                           f"business-to-business data-protection mail ({m.group(0)!r}), not a person's own request")
            return
