"""Builders for test data: analyses and stored messages without going through the mail pipeline."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage

from dsarbot import cases, store
from dsarbot.models import Case
from dsarbot.pipeline.types import Analysis, Classification, Identity, ParsedMessage, Screening
from dsarbot.runtime import Runtime

_counter = 0


def request_mail(
    *,
    sender: str = "Maija Meikäläinen <maija.meikalainen@example.fi>",
    to: str = "info@kattopojat.example.fi",
    subject: str = "Tietojeni poistaminen",
    body: str = "Hei,\n\npyydän poistamaan kaikki minua koskevat tietonne.\n\nTerveisin\nMaija Meikäläinen\n",
    message_id: str | None = None,
    in_reply_to: str | None = None,
    date: str = "Wed, 01 Apr 2026 09:00:00 +0300",
    headers: dict[str, str] | None = None,
) -> bytes:
    """A plain request mail as bytes."""
    global _counter
    _counter += 1
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = message_id or f"<test-{_counter}-{datetime.now(UTC).timestamp()}@example.fi>"
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for k, v in (headers or {}).items():
        msg[k] = v
    msg.set_content(body)
    return msg.as_bytes()


def analysis(
    *,
    kinds: tuple[str, ...] = ("erasure",),
    email: str = "maija.meikalainen@example.fi",
    name: str | None = "Maija Meikäläinen",
    hetu: str | None = None,
    language: str = "fi",
    message_id: str = "<req-1@example.fi>",
    uncertain: bool = False,
) -> Analysis:
    """An Analysis as the pipeline would return it for a request."""
    parsed = ParsedMessage(
        message_id=message_id, in_reply_to=None, references=(), subject="Tietojeni poistaminen",
        from_addr=email, from_name=name, reply_to_addr=None, reply_to_name=None,
        to_addrs=("info@kattopojat.example.fi",), date=None, headers={}, content_type="text/plain",
        text="pyydän poistamaan tietoni", new_text="pyydän poistamaan tietoni", signature="",
        attachments=(), forwarded=None)
    return Analysis(
        parsed=parsed,
        screening=Screening(automated=False),
        classification=Classification(category="request", kinds=kinds, language=language,  # type: ignore[arg-type]
                                      confidence=0.9, reasons=("test",), uncertain=uncertain),
        identity=Identity(email=email, name=name, hetu=hetu),
    )


def open_case(rt: Runtime, *, received_at: datetime | None = None, verified: bool = False,
              state: str | None = None, **kwargs: object) -> Case:
    """Store a message and open a case for it directly (no pipeline); optionally verified."""
    a = analysis(**kwargs)  # type: ignore[arg-type]
    raw = request_mail(message_id=a.parsed.message_id)
    with rt.session() as session:
        stored, _ = store.save_incoming(session, rt.sealer, raw, source="test",
                                        received_at=received_at or datetime.now(UTC),
                                        message_id=a.parsed.message_id)
        case = cases.open_case(session, rt.sealer, cases.Opening("demo", stored, a, a.classification.uncertain))
        if not a.classification.uncertain:
            case.state = state or ("awaiting_approval" if verified else "awaiting_verification")
            case.verified = verified
        session.add(case)
    return case
