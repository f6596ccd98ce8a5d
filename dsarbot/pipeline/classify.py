"""Is this mail a data-subject request, which rights does it use, in which language, and how sure is that?

The classifier is small named signals (signals.py), each returning its evidence, weighed by one scorer
(scorer.py) into a decision with a calibrated confidence (calibration.py) and the reasons staff read.
A possible request is never dropped silently: what the classifier cannot rule out becomes ``uncertain``
(a triage case). Automated mail (screen.py) is never a request.
"""

from __future__ import annotations

from dsarbot.pipeline import lexicon as lx
from dsarbot.pipeline.boilerplate import strip_boilerplate
from dsarbot.pipeline.evidence import Mail, run_signals
from dsarbot.pipeline.language import mail_language
from dsarbot.pipeline.scorer import automated, score
from dsarbot.pipeline.sentences import sentences
from dsarbot.pipeline.signals import SIGNALS
from dsarbot.pipeline.textutil import MAX_ANALYSED, fold
from dsarbot.pipeline.types import Classification, ParsedMessage, Screening
from dsarbot.pipeline.view import requester_part


def _language(parsed: ParsedMessage, text: str, subject: str) -> str:
    """ISO 639-1 code of the requester's own text (the form's message field for web forms)."""
    return mail_language(text, subject, parsed.header("content-language"))


def read_mail(parsed: ParsedMessage, screening: Screening) -> Mail:
    """The mail as the signals read it: the requester's own words, subject, language, sentences."""
    part = requester_part(parsed) if not screening.automated else None
    own = part.text if part else parsed.new_text
    subject = part.subject if part else parsed.subject
    if not own.strip() and not (part and part.via_forward):
        own = parsed.new_text or parsed.text
    own = strip_boilerplate(own)
    language = _language(parsed, own or parsed.text, subject)
    pitch = len(lx.PITCH.findall(fold(own[:MAX_ANALYSED]))) >= 2
    via_forward = bool(part and part.via_forward)
    mail = Mail(parsed, screening, own, subject, language, via_forward, [], pitch,
                part.from_addr if part else None)
    if not screening.automated:
        mail.sentences = sentences(own)
    return mail


def classify(parsed: ParsedMessage, screening: Screening) -> Classification:
    """Classify a parsed, screened mail. Automated mail is never a request."""
    mail = read_mail(parsed, screening)
    if screening.automated:
        d = automated(screening.reasons)
    else:
        notes = (f"forwarded request from {mail.forwarded_from or 'unknown sender'}",) if mail.via_forward else ()
        d = score(run_signals(mail, SIGNALS), notes)
    return Classification(d.category, d.kinds, mail.language, d.confidence, d.reasons, d.uncertain)
