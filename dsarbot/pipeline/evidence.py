"""Evidence: what one named signal found in a mail, and the mail as the signals see it.

The classifier is small named signals -> one scorer (scorer.py) -> a decision. A *signal* is a function
``(mail: Mail) -> Iterable[Evidence]``; each :class:`Evidence` says what it points to (a right, or one of
the targets below), how strongly, the words that matched and a reason in words staff read on the case.
Signals do not know about each other; the scorer alone weighs them. A new signal (another language's
vocabulary, say) is one more entry in ``signals.SIGNALS``.

Targets besides the six rights (``types.KINDS``):

- ``TRIAGE``: the mail might be a request and the classifier cannot rule it out (a language it does not
  fully read, an attachment it could not read, data-protection law named, a person asking about their
  data). Unless the mail is confidently automated or a confident request, staff decide (a triage case).
- ``DOUBT``: something makes a request found in the mail unreliable (a sales pitch, a spam verdict, bulk
  mail, business-to-business data-protection talk); *weight* caps the confidence of the request.
- ``ORDINARY``: the mail is confidently ordinary or bulk mail (a spam verdict from our own mail system, an
  ESP's bulk signature, a sales pitch); it overrides the TRIAGE reasons that need no ask (a law or "your
  data" named in a newsletter), never the evidence of a right.
- ``NEAR_MISS``: words of a right without the writer's ask; only its reason is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from dsarbot.pipeline.types import Kind, ParsedMessage, Screening

TRIAGE = "triage"
DOUBT = "doubt"
ORDINARY = "ordinary"
NEAR_MISS = "near_miss"


@dataclass(frozen=True)
class Evidence:
    """One finding: what it points to (a right or a target above), weight 0..1, the words, the reason."""

    target: str
    weight: float
    words: tuple[str, ...] = ()
    reason: str = ""
    signal: str = ""
    """The name of the signal that found it (filled in by :func:`run_signals`)."""


@dataclass
class Mail:
    """A parsed mail as the signals read it: the requester's own text and what is known around it."""

    parsed: ParsedMessage
    screening: Screening
    own: str
    """The requester's own words (a forward's original, else the new text), boilerplate removed."""
    subject: str
    language: str
    via_forward: bool = False
    sentences: list[str] = field(default_factory=list)
    """*own* folded and split into sentences (sentences.py)."""
    pitch: bool = False
    """The mail reads like a sales pitch (two or more pitch cues)."""
    forwarded_from: str | None = None
    """For a forwarded request: the original sender."""


Signal = Callable[[Mail], Iterable[Evidence]]


def run_signals(mail: Mail, signals: dict[str, Signal]) -> list[Evidence]:
    """Every signal's evidence on *mail*, each tagged with the name of its signal."""
    found: list[Evidence] = []
    for name, fn in signals.items():
        found.extend(Evidence(e.target, e.weight, e.words, e.reason, name) for e in fn(mail))
    return found


def right(kind: Kind, weight: float, reason: str, *words: str) -> Evidence:
    """Evidence that the writer asks for *kind*."""
    return Evidence(kind, weight, tuple(words), reason)
