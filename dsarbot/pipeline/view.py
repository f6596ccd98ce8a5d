"""Which part of a parsed mail is the requester's own: the writer's new text, or a forwarded original.

Classification, language and identity all judge the person who asks, not a colleague who
forwarded the mail and not the text they quote.
"""

from __future__ import annotations

from dataclasses import dataclass

from dsarbot.pipeline.quotes import split_own
from dsarbot.pipeline.types import ParsedMessage


@dataclass(frozen=True)
class RequesterPart:
    """The requester's own words and where they came from."""

    text: str
    signature: str
    from_addr: str | None
    from_name: str | None
    subject: str
    via_forward: bool


def requester_part(parsed: ParsedMessage) -> RequesterPart:
    """The requester's own text: the forwarded original for a forward, else the new text."""
    fwd = parsed.forwarded
    if fwd is not None and fwd.text.strip():
        own, signature = split_own(fwd.text)
        if own or signature:
            return RequesterPart(own, signature, fwd.from_addr, fwd.from_name, fwd.subject or "", True)
    return RequesterPart(
        parsed.new_text, parsed.signature, parsed.from_addr, parsed.from_name, parsed.subject, False
    )
