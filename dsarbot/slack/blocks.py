"""Block Kit building blocks: mrkdwn escaping of untrusted text and builders that respect Slack's limits.

Text that comes from mail (names, subjects, request bodies) is untrusted: written into mrkdwn as is, a
`<!channel>` would ping everyone and `<https://evil|your bank>` would be a disguised link. `escape()`
makes such text show literally. Every builder clips its text to the documented limits, because one
over-long field makes Slack refuse the whole message and the card would never arrive.
"""

from __future__ import annotations

import re
from typing import Any

from dsarbot import secrets
from dsarbot.i18n import ENGLISH, Translator

Block = dict[str, Any]

# Documented Block Kit limits (https://api.slack.com/reference/block-kit).
MAX_BLOCKS_MESSAGE = 50
MAX_BLOCKS_VIEW = 100
SECTION_TEXT = 3000
FIELD_TEXT = 2000
MAX_FIELDS = 10
HEADER_TEXT = 150
BUTTON_TEXT = 75
BUTTON_VALUE = 2000
CONTEXT_ELEMENTS = 10
MESSAGE_TEXT = 4000  # the notification fallback `text`; Slack truncates long ones anyway
OPTION_TEXT = 75
MODAL_TITLE = 24

ZWSP = "\u200b"
ELLIPSIS = "…"
# Characters that start mrkdwn formatting: bold, italic, strike, code.
FORMAT_CHARS = "*_~`"
# `@channel`, `@here`, `@everyone` typed as words may be auto-linked into real pings.
_AT_WORDS = re.compile(r"@(?=(channel|here|everyone)\b)", re.IGNORECASE)
_ENTITY_TAIL = re.compile(r"&[a-z]{0,3}$")


def escape(text: str | None) -> str:
    """Make untrusted *text* show literally inside mrkdwn: no mentions, links or formatting.

    `&`, `<`, `>` become entities (Slack's own rule, so `<!channel>` cannot ping). A formatting
    character (`* _ ~ ``) that occurs more than once gets zero-width spaces on both sides, which stops
    Slack from pairing it; a single one cannot format anything and is left alone, so that an address
    like `maija_m@example.fi` still copies cleanly.
    """
    if not text:
        return ""
    out = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for char in FORMAT_CHARS:
        if out.count(char) > 1:
            out = out.replace(char, ZWSP + char + ZWSP)
    return _AT_WORDS.sub("@" + ZWSP, out)


def mask_identity_codes(text: str) -> str:
    """Replace every Finnish identity code in *text* by its masked form (`131052-***X`), in either case.

    One rule for the whole product (`dsarbot.secrets.mask_identity_codes`): codes never reach Slack whole.
    """
    return secrets.mask_identity_codes(text)


def clip(text: str, limit: int) -> str:
    """*text* cut to at most *limit* characters with an ellipsis, never inside an `&amp;` entity."""
    if len(text) <= limit:
        return text
    cut = text[: max(0, limit - 1)]
    cut = _ENTITY_TAIL.sub("", cut)
    return cut.rstrip(ZWSP) + ELLIPSIS


def excerpt(text: str, limit: int = 600) -> str:
    """The first *limit* characters of a mail text, blank lines squeezed (before escaping)."""
    lines = [ln.rstrip() for ln in text.strip().splitlines()]
    squeezed: list[str] = []
    for ln in lines:
        if ln or (squeezed and squeezed[-1]):
            squeezed.append(ln)
    joined = "\n".join(squeezed).strip()
    return joined if len(joined) <= limit else joined[: limit - 1].rstrip() + ELLIPSIS


def mrkdwn(text: str, *, limit: int = SECTION_TEXT) -> dict[str, Any]:
    """A mrkdwn text object; `verbatim` keeps Slack from auto-linking names and channels in it."""
    return {"type": "mrkdwn", "text": clip(text, limit) or " ", "verbatim": True}


def plain(text: str, *, limit: int = SECTION_TEXT) -> dict[str, Any]:
    """A plain_text object (never parsed for mentions or formatting)."""
    return {"type": "plain_text", "text": clip(text, limit) or " ", "emoji": True}


def bold(text: str) -> str:
    """*text* in bold (our own words only: untrusted text is escaped first)."""
    return f"*{text}*"


def headed(title: str, body: str) -> str:
    """A bold title line above *body*."""
    return f"*{title}*\n{body}"


def header(text: str) -> Block:
    """A header block (plain text, at most 150 characters)."""
    return {"type": "header", "text": plain(text, limit=HEADER_TEXT)}


def section(text: str, *, block_id: str | None = None) -> Block:
    """A section with mrkdwn text (at most 3,000 characters)."""
    block: Block = {"type": "section", "text": mrkdwn(text)}
    if block_id:
        block["block_id"] = block_id
    return block


def fields(pairs: list[tuple[str, str]]) -> Block:
    """A section of up to ten `*label*\\nvalue` fields (each at most 2,000 characters)."""
    items = [mrkdwn(f"*{label}*\n{value or '—'}", limit=FIELD_TEXT) for label, value in pairs[:MAX_FIELDS]]
    return {"type": "section", "fields": items}


def context(*texts: str) -> Block:
    """A context block of small mrkdwn lines."""
    return {"type": "context", "elements": [mrkdwn(t, limit=SECTION_TEXT) for t in texts[:CONTEXT_ELEMENTS]]}


def divider() -> Block:
    """A divider line."""
    return {"type": "divider"}


def button(text: str, action_id: str, value: str, *, style: str | None = None,
           confirm: tuple[str, str] | None = None, answers: tuple[str, str] = ("Yes", "Cancel")) -> dict[str, Any]:
    """A button; *confirm* = (title, question) asks "are you sure?" (*answers*: yes, no) before the click is sent."""
    element: dict[str, Any] = {"type": "button", "action_id": action_id,
                               "text": plain(text, limit=BUTTON_TEXT), "value": value[:BUTTON_VALUE]}
    if style:
        element["style"] = style
    if confirm:
        element["confirm"] = {"title": plain(confirm[0], limit=100), "text": plain(confirm[1], limit=300),
                              "confirm": plain(answers[0], limit=30), "deny": plain(answers[1], limit=30)}
    return element


def actions(elements: list[dict[str, Any]], *, block_id: str | None = None) -> Block:
    """An actions block (at most 25 elements)."""
    block: Block = {"type": "actions", "elements": elements[:25]}
    if block_id:
        block["block_id"] = block_id
    return block


def option(text: str, value: str) -> dict[str, Any]:
    """An option for checkboxes and selects."""
    return {"text": plain(text, limit=OPTION_TEXT), "value": value[:150]}


def limit_blocks(blocks: list[Block], maximum: int = MAX_BLOCKS_MESSAGE, t: Translator = ENGLISH) -> list[Block]:
    """At most *maximum* blocks; the last one says (in *t*'s language) how much was left out."""
    if len(blocks) <= maximum:
        return blocks
    kept = blocks[: maximum - 1]
    return [*kept, context(t.ngettext("… %(n)s more not shown", "… %(n)s more not shown", len(blocks) - len(kept)))]


def fallback_text(text: str) -> str:
    """The notification `text` of a message, clipped."""
    return clip(text, MESSAGE_TEXT)
