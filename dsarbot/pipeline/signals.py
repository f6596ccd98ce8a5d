"""The classifier's signals, in the order their reasons are shown. Each is ``(Mail) -> Iterable[Evidence]``.

To add one (another language's vocabulary, a new channel), write a function returning
:class:`~dsarbot.pipeline.evidence.Evidence` and add it to :data:`SIGNALS` under a name; the scorer weighs
it with the rest. Evidence targets: a right (types.KINDS) or TRIAGE / DOUBT / ORDINARY / NEAR_MISS.
"""

from __future__ import annotations

from collections.abc import Iterator

from dsarbot.pipeline import asks, precision, safety
from dsarbot.pipeline import situations as sit
from dsarbot.pipeline.evidence import DOUBT, ORDINARY, Evidence, Mail, Signal
from dsarbot.pipeline.language import FULLY_READ, language_name
from dsarbot.pipeline.multilingual import find_requests
from dsarbot.pipeline.quotes import REPLY_SUBJECT
from dsarbot.pipeline.reading import SELF_ONLY, WEAK, Findings
from dsarbot.pipeline.rights import one_right_per_ask
from dsarbot.pipeline.sentences import sentences

PITCH_CAP = 0.55
_SUBJECT_CAP = WEAK + 0.1
_TERSE_WORDS = 25


def writer_asks(mail: Mail) -> Iterator[Evidence]:
    """The rights the writer's own sentences ask for; for a terse body, those its subject asks for."""
    found = Findings()
    # '"X" or "Y"?' answered "X" names an option, it asks nothing.
    asks.scan([] if sit.answers_a_choice(mail.own, mail.parsed.text) else mail.sentences, found, mail.pitch)
    yield from one_right_per_ask(found.evidence, mail)
    subject = mail.subject
    if found.kinds or not subject or REPLY_SUBJECT.match(subject) or len(mail.own.split()) >= _TERSE_WORDS:
        return
    # A terse or empty body: the subject ("Poistakaa tietoni", "Avregistrera") is the request.
    sub = Findings()
    asks.scan(sentences(subject), sub, mail.pitch)
    for kind, strength in sub.kinds.items():
        yield Evidence(kind, min(strength, _SUBJECT_CAP), (subject[:60],),
                       f"{kind}: only the subject asks: {subject[:60]!r}")


def stated_correction(mail: Mail) -> Iterator[Evidence]:
    """ "Sukunimeni on muuttunut, uusi on Koski": the writer's own field changed, with its new value."""
    stated = sit.stated_correction(mail.sentences)
    if stated is not None:
        yield Evidence("rectification", SELF_ONLY, (stated[:80],),
                       f"rectification: states own data changed or wrong, with the new value: {stated[:80]!r}")


def other_language_asks(mail: Mail) -> Iterator[Evidence]:
    """A mail in a language the lexicon does not fully read names its rights through that language's
    vocabulary table (pipeline/vocab/<lang>.toml): the regulation's own titles and everyday verbs."""
    if mail.language in FULLY_READ:
        return
    said = set()
    for found in find_requests(f"{mail.subject}\n{mail.own}", mail.language):
        if (found.kind, found.phrase.lower()) in said:  # the subject often repeats the body
            continue
        said.add((found.kind, found.phrase.lower()))
        yield Evidence(found.kind, found.weight, (found.phrase,),
                       f"{found.kind}: {language_name(mail.language)} vocabulary: {found.phrase!r}")


def sales_pitch(mail: Mail) -> Iterator[Evidence]:
    """A vendor's pitch full of DSAR words: its "please book a demo" is no request."""
    if mail.pitch:
        yield Evidence(DOUBT, PITCH_CAP, (), "reads like a sales pitch")
        yield Evidence(ORDINARY, 1.0, (), "reads like a sales pitch")


SIGNALS: dict[str, Signal] = {
    "writer_asks": writer_asks,
    "stated_correction": stated_correction,
    "other_language_asks": other_language_asks,
    "sales_pitch": sales_pitch,
    "spam_verdict": precision.spam_verdict,
    "bulk_mail": precision.bulk_mail,
    "scam": precision.scam,
    "business_to_business": precision.business_to_business,
    "language_not_fully_read": safety.language_not_fully_read,
    "unreadable_attachment": safety.unreadable_attachment,
    "law_named": safety.law_named,
    "asks_about_own_data": safety.asks_about_own_data,
}
