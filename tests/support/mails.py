"""Hand-made test mails for the pipeline tests."""

from __future__ import annotations

from email.message import EmailMessage

from dsarbot.pipeline import analyse


def mail(body: str, subject: str | None = "Asia", frm: str = "Maija Meikäläinen <maija@example.fi>",
         html: str | None = None, **headers: str) -> bytes:
    """A mail to info@ with *body* (and an HTML alternative); header names use _ for -."""
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = "info@firma.example.fi"
    if subject is not None:
        msg["Subject"] = subject
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


def kinds_of(body: str, **kw: str) -> tuple[str, tuple[str, ...]]:
    """(category, kinds) the classifier gives a mail with *body*."""
    c = analyse(mail(body, **kw)).classification
    return c.category, c.kinds
