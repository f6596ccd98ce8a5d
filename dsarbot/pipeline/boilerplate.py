"""The sender's own boilerplate is not the writer's words: footers, opt-out link labels, legal notices.

A newsletter or a spam mail ends in "Unsubscribe | Manage preferences | View in browser", "to be removed
click here: Remove me", "Se désinscrire". Those are the sender's offer to the reader, never an ask. A
footer line speaks to the reader about the mailing itself (never in the first person), or is a bare link
or a short row of links; a link label ("Remove me") is boilerplate only next to a footer line or with a
link of its own, because a person may write exactly that as their whole mail. Vocabulary:
vocab/boilerplate.toml. Legal disclaimers under a signature are cut earlier (quotes.split_own).
"""

from __future__ import annotations

import re

from dsarbot.pipeline import lexicon as lx
from dsarbot.pipeline.safety import load_vocab, plain

_VOCAB = load_vocab("boilerplate")
_NEAR = 3  # lines between a link label and a footer line
_SHORT = 8  # words on a "short" footer line (a row of links, a copyright line)
_MAX_LINES = 400  # very long mails are read as they are
_URL = re.compile(r"<?(?:https?://|www\.|mailto:)\S+>?")


def _footer(line: str) -> bool:
    if not line or lx.SELF.search(line):
        return False
    if _VOCAB["footer"].search(line):
        return True
    return len(line.split()) <= _SHORT and bool(_VOCAB["short"].search(line))


def strip_boilerplate(text: str) -> str:
    """*text* without the sender's footer lines and the opt-out link labels beside them."""
    if not text.strip() or text.count("\n") > _MAX_LINES:
        return text
    lines = text.split("\n")
    folded = [plain(ln.strip()) for ln in lines]
    footer = [_footer(f) for f in folded]
    labels = [bool(f) and bool(_VOCAB["label"].search(_URL.sub(" ", f).strip())) for f in folded]
    if not any(footer) and not any(lab and _URL.search(f) for lab, f in zip(labels, folded, strict=True)):
        return text
    keep = []
    for i, line in enumerate(lines):
        if footer[i]:
            continue
        if labels[i] and (_URL.search(folded[i]) or any(footer[max(0, i - _NEAR) : i + _NEAR + 1])):
            continue
        keep.append(line)
    return "\n".join(keep)
