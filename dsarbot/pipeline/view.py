"""Which part of a parsed mail is the requester's own: the writer's new text, or a forwarded original.

Classification, language and identity all judge the person who asks, not a colleague who
forwarded the mail and not the text they quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dsarbot.pipeline.quotes import split_own
from dsarbot.pipeline.types import ParsedMessage

# A bulletin's sender: a forwarded newsletter or member letter is what the forwarder read, not a request
# that reached the wrong address; the forwarder's own words ("btw, take me off your list") are the mail.
BULLETIN_LOCAL = re.compile(
    r"^(?:newsletters?|news|uutiskirje(?:et)?|uutiset|tiedot(?:e|teet)|jasenkirje(?:et)?|jasentiedote|nyhetsbrev|nyheter"
    r"|medlemsbrev|bulletin|digest|marketing|markkinointi|kampanja|campaigns?)(?:[+._-].*)?$",
    re.IGNORECASE,
)


def _bulletin(addr: str | None) -> bool:
    return bool(addr) and BULLETIN_LOCAL.match((addr or "").split("@")[0]) is not None


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
    """The requester's own text: the forwarded original for a forward (not a bulletin), else the new text."""
    fwd = parsed.forwarded
    if fwd is not None and fwd.text.strip() and not _bulletin(fwd.from_addr):
        own, signature = split_own(fwd.text)
        if own or signature:
            return RequesterPart(own, signature, fwd.from_addr, fwd.from_name, fwd.subject or "", True)
    return RequesterPart(
        parsed.new_text, parsed.signature, parsed.from_addr, parsed.from_name, parsed.subject, False
    )
