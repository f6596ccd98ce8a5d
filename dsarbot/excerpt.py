"""The request as staff read it: the mail's own words, then the text of each attachment that was read, named.

One view for the Slack card, the dashboard's case page and `dsarbot cases show`, so that a "Katso liite."
mail shows the letter in its scan, saying where each part came from ("[from attachment lomake.jpg (OCR)]").
Identity codes are masked in everything this module returns.

>>> from dsarbot.pipeline import analyse
>>> excerpt(analyse(b"From: a@example.fi\\r\\n\\r\\nHetuni on 131052-308T."))
'Hetuni on 131052-***T.'
"""

from __future__ import annotations

from dataclasses import dataclass

from dsarbot.pipeline.types import Analysis, Attachment
from dsarbot.secrets import mask_identity_codes

ELLIPSIS = "…"


def attachment_label(att: Attachment) -> str:
    """An attachment named as staff see it in reasons and excerpts: "kirje.pdf", "lomake.jpg (OCR)"."""
    return f"{att.label} (OCR)" if att.method == "ocr" else att.label


def heading(label: str) -> str:
    """The line that introduces an attachment's text in an excerpt."""
    return f"[from attachment {label}]"


@dataclass(frozen=True)
class Passage:
    """One part of the request: the mail's own words (``source`` None) or one attachment's text."""

    source: str | None
    text: str


def passages(analysis: Analysis) -> list[Passage]:
    """The mail's own words (quotes and signature removed), then every attachment whose text was read.

    Every read attachment, not only the ones the classifier took as the letter: staff deciding a triage case
    need to see what the mail carries. Not masked (see :func:`excerpt`).
    """
    parsed = analysis.parsed
    body = (parsed.new_text or parsed.text).strip()
    out = [Passage(None, body)] if body else []
    out += [Passage(attachment_label(a), a.text.strip()) for a in parsed.attachments
            if a.status == "read" and a.text.strip()]
    return out


def excerpt(analysis: Analysis, limit: int = 4000) -> str:
    """The request's words as one text of at most *limit* characters, attachments named, identity codes masked."""
    text = "\n\n".join(p.text if p.source is None else f"{heading(p.source)}\n{p.text}" for p in passages(analysis))
    text = mask_identity_codes(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + ELLIPSIS
