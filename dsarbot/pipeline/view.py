"""Which part of a parsed mail is the requester's own: the writer's new text, or a forwarded original,
and the letter they attached when the mail itself only says "see attached".

Classification, language and identity all judge the person who asks, not a colleague who
forwarded the mail and not the text they quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dsarbot.pipeline.quotes import split_own
from dsarbot.pipeline.textutil import fold
from dsarbot.pipeline.types import Attachment, ParsedMessage

# A bulletin's sender: a forwarded newsletter or member letter is what the forwarder read, not a request
# that reached the wrong address; the forwarder's own words ("btw, take me off your list") are the mail.
BULLETIN_LOCAL = re.compile(
    r"^(?:newsletters?|news|uutiskirje(?:et)?|uutiset|tiedot(?:e|teet)|jasenkirje(?:et)?|jasentiedote|nyhetsbrev|nyheter"
    r"|medlemsbrev|bulletin|digest|marketing|markkinointi|kampanja|campaigns?)(?:[+._-].*)?$",
    re.IGNORECASE,
)
# Words (folded) by which a mail points at its attachment: "liitteenä", "bifogad", "see attached", "Anhang".
ATTACHMENT_WORDS = (
    "liite", "liitte", "liitetty", "liitin", "ohessa", "oheinen", "oheise", "bifoga", "bilaga", "attach", "enclos",
    "anhang", "anbei", "beigefugt", "piece jointe", "pieces jointes", "adjunt", "allegat", "manus",
    "vedlagt", "vedlegg", "lisatud",
)
_POINTS_AT_ATTACHMENT = re.compile("|".join(ATTACHMENT_WORDS))
SHORT_BODY_WORDS = 40
"""A cover note this short may leave the whole request to its attachment."""
ATTACHMENT_TEXT_CHARS = 8000
"""Text taken from one attachment into the requester's words (letters are short; the ask comes first)."""
# A form's options: an unticked one ("[ ] Haluan, että tietoni poistetaan", "☐ Radera mina uppgifter") is not
# asked for and is dropped; a ticked one ("[X] …", "☒ …", "X Tietojen poistaminen") keeps its words, not the box.
_UNTICKED = re.compile(r"^[ \t]*(?:\[[ \t_]*\]|\([ \t]*\)|[☐□❑❒○◯])")
_TICKED = re.compile(r"^([ \t]*)(?:\[[ \t]*[xX✓✔*][ \t]*\]|\([ \t]*[xX✓✔*][ \t]*\)|[xX☒☑✓✔◉](?=[ \t]+\S))[ \t]*")
# A line that can be a printed option of a form: short, no "label: value", no sentence, no numbered heading.
_OPTION = re.compile(r"^[ \t]*[^\W\d][^:.?!\n]{2,70}$")


def form_choices(text: str) -> str:
    """*text* with a form's unticked options removed and the boxes of the ticked ones taken off.

    A PDF's text layer often loses the empty boxes: "X Tietojen poistaminen" stands among plain option lines.
    In a run of option-like lines where some are ticked, the unmarked ones are the unticked options.
    """
    lines = text.split("\n")
    keep = [not _UNTICKED.match(ln) for ln in lines]
    ticked = [bool(_TICKED.match(ln)) for ln in lines]
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and keep[j] and (ticked[j] or _OPTION.match(lines[j])):
            j += 1
        if any(ticked[i:j]):
            for k in range(i, j):
                keep[k] = ticked[k]
        i = max(j, i + 1)
    return "\n".join(_TICKED.sub(r"\1", ln) for ln, k in zip(lines, keep, strict=True) if k)


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
    attachments: tuple[str, ...] = ()
    """Attachments whose text is part of ``text``, as staff see them named ("kirje.pdf (OCR)")."""


def _attachment_words(atts: list[Attachment], note: str, subject: str) -> bool:
    """Whether the requester's letter may be in the attachments: a short or empty note, or one that points there."""
    if not atts:
        return False
    return len(note.split()) < SHORT_BODY_WORDS or bool(_POINTS_AT_ATTACHMENT.search(fold(f"{subject}\n{note}")))


def _with_attachments(part: RequesterPart, atts: list[Attachment]) -> RequesterPart:
    """*part* with the attached letters' own text after the note, and their signatures first."""
    texts, signatures, used = [part.text], [], []
    for att in atts:
        own, signature = split_own(form_choices(att.text[:ATTACHMENT_TEXT_CHARS]))
        if not (own or signature):
            continue
        texts.append(own)
        signatures.append(signature)
        used.append(f"{att.label} (OCR)" if att.method == "ocr" else att.label)
    if not used:
        return part
    signatures.append(part.signature)
    return RequesterPart(
        "\n\n".join(t for t in texts if t).strip(), "\n".join(s for s in signatures if s).strip(),
        part.from_addr, part.from_name, part.subject, part.via_forward, tuple(used),
    )


def requester_part(parsed: ParsedMessage) -> RequesterPart:
    """The requester's own text: the forwarded original for a forward (not a bulletin), else the new text;
    with the text of attached letters when the mail leaves its request to them."""
    fwd = parsed.forwarded
    readable = [a for a in parsed.attachments if a.status == "read" and a.text.strip()]
    if fwd is not None and fwd.text.strip() and not _bulletin(fwd.from_addr):
        own, signature = split_own(fwd.text)
        if own or signature:
            part = RequesterPart(own, signature, fwd.from_addr, fwd.from_name, fwd.subject or "", True)
            atts = [a for a in readable if a.in_forward]
            return _with_attachments(part, atts) if _attachment_words(atts, own, part.subject) else part
    part = RequesterPart(
        parsed.new_text, parsed.signature, parsed.from_addr, parsed.from_name, parsed.subject, False
    )
    atts = [a for a in readable if not a.in_forward]
    return _with_attachments(part, atts) if _attachment_words(atts, parsed.new_text, parsed.subject) else part
