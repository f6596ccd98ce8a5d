"""Is this mail a data-subject request, which rights does it use, in which language?

The classifier reads the requester's own words sentence by sentence (folded, see lexicon.py). A
right counts when a sentence both names it (an explicit term, or an action verb with a personal-data
object) *and* is the writer's own ask (a first-person or request form: pyydän, haluan, -kaa
imperatives, jag vill, please, I want, bitte…). Mentions — vendor pitches, newsletters, phishing
("rekisteröity on pyytänyt…"), the sender's own "reply 'unsubscribe'" offer — lack that, and negated
deletion ("älkää poistako") is a restriction, not an erasure. Automated mail is never a request.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dsarbot.pipeline import lexicon as lx
from dsarbot.pipeline.language import detect_language
from dsarbot.pipeline.quotes import form_message
from dsarbot.pipeline.textutil import MAX_ANALYSED, fold
from dsarbot.pipeline.types import KINDS, Classification, Kind, ParsedMessage, Screening
from dsarbot.pipeline.view import requester_part

_SPLIT = re.compile(r"(?<=[.!?;])\s+|\n+|\s+[-–]\s+(?=\S)")
_MAX_SENTENCE = 600
_NEG_IMPERATIVE = re.compile(r"\b(alkaa|alka|ala)\s+$")  # "älkää poistako" (folded)
_REPLY_SUBJECT = re.compile(r"^\s*(re|vs|sv|aw|antw|vb|vl|fw|fwd|wg)\s*:", re.IGNORECASE)

# Evidence strengths; the best one sets the confidence of a request.
_EXPLICIT_ASK = 0.95
_VERB_ASK = 0.9
_SELF_ONLY = 0.75
_WEAK = 0.6
_UNSURE_BELOW = 0.7


@dataclass
class _Evidence:
    kinds: dict[Kind, float] = field(default_factory=dict)
    reasons: list[str] = field(default_factory=list)
    near_misses: list[str] = field(default_factory=list)

    def add(self, kind: Kind, strength: float, reason: str) -> None:
        if strength > self.kinds.get(kind, 0.0):
            self.kinds[kind] = strength
        self.reasons.append(f"{kind}: {reason}")


def _negated(sentence: str, start: int, end: int) -> bool:
    """True if the words around sentence[start:end] negate it ("älkää poistako", "radera inte")."""
    before = sentence[max(0, start - 40) : start]
    if lx.NEGATION_BEFORE.search(before):
        return True
    word_end = sentence.find(" ", start)
    word = sentence[start : word_end if word_end > 0 else len(sentence)]
    if word.rstrip(".,!?").endswith(("ko", "ka")) and _NEG_IMPERATIVE.search(before):
        return True
    return bool(lx.NEGATION_AFTER.match(sentence[end:]))


def _sentences(text: str) -> list[str]:
    out: list[str] = []
    for s in _SPLIT.split(fold(text[:MAX_ANALYSED])):
        s = s.strip()
        # A "sentence" of thousands of characters is not prose; chunks keep the patterns linear.
        out.extend(s[i : i + _MAX_SENTENCE] for i in range(0, len(s), _MAX_SENTENCE))
    return [s for s in out if s]


def _scan(sentences: list[str], ev: _Evidence, pitch: bool) -> None:
    """Collect kind evidence from folded sentences."""
    # Rectification needs the writer's own fields somewhere ("nimeni", "my address"): "update the
    # address in the footer" is a website job, not personal data.
    own_fields = any(lx.PERSONAL_FIELD.search(s) for s in sentences)
    prev = ""
    for s in sentences:
        _scan_sentence(s, prev, ev, pitch, own_fields)
        prev = s


def _scan_sentence(s: str, prev: str, ev: _Evidence, pitch: bool, own_fields: bool) -> None:
    if not lx.ANY_CUE.search(s) or lx.CONDITIONAL.search(s):
        return
    req = lx.REQUEST.search(s)
    me = lx.SELF.search(s)
    if pitch and not me:
        req = None  # a sales pitch's "please book a demo" is not the writer's own ask
    asked = _VERB_ASK if req else _SELF_ONLY if me else 0.0
    quoted = f"“{s[:80]}”"

    for kind, rx in lx.EXPLICIT.items():
        m = rx.search(s)
        if not m or _negated(s, m.start(), m.end()):
            continue
        if asked:
            ev.add(kind, _EXPLICIT_ASK if req else _SELF_ONLY, f"names the right ({m.group(0)!r}) in {quoted}")
        elif len(s.split()) <= 4:
            ev.add(kind, _WEAK, f"heading {m.group(0)!r}")
        else:
            ev.near_misses.append(f"{kind} term {m.group(0)!r} without a first-person ask")

    strong = lx.PERSONAL_STRONG.search(s)
    self_obj = lx.PERSONAL_SELF.search(s)
    for kind, rx in lx.VERB.items():
        m = rx.search(s)
        if not m:
            continue
        word = m.group(0)
        if not asked and kind == "objection" and len(s.split()) <= 8:
            # "Ei kiitos enää mainoksia." / "No more spam!" — a terse opt-out is its own ask.
            ev.add(kind, _SELF_ONLY, f"terse opt-out ({word!r}) in {quoted}")
            continue
        if not asked:
            if strong:
                ev.near_misses.append(f"{kind} wording {word!r} without a first-person ask")
            continue
        if kind == "erasure":
            # "Haluan nähdä tietoni. Sen jälkeen poistakaa ne." — "ne" points back to the data.
            back_ref = bool(lx.PRONOUN_OBJECT.match(s[m.end() :])) and bool(lx.PERSONAL_STRONG.search(prev))
            _erasure(s, m, ev, asked, strong is not None or back_ref, self_obj is not None, quoted)
        elif kind == "access":
            if lx.ACCESS_BLOCK.search(s):
                continue
            if strong or self_obj or me:
                ev.add(kind, asked, f"asks for their data ({word!r}) in {quoted}")
        elif kind == "rectification":
            if lx.BUSINESS_DATA.search(s):
                ev.near_misses.append(f"update of company data ({word!r}), not personal data")
                continue
            after = s[m.end() :].strip(" .!?")
            if not own_fields:
                continue
            if lx.FIELDS.search(s) or ((not after or lx.PRONOUN_OBJECT.match(after)) and lx.FIELDS.search(prev)):
                ev.add(kind, asked, f"asks to correct ({word!r}) in {quoted}")
        elif kind == "restriction":
            if lx.PROCESSING.search(s) or strong:
                ev.add(kind, asked, f"asks to restrict ({word!r}) in {quoted}")
        elif kind == "objection":
            if not _negated(s, m.start(), m.start()):
                ev.add(kind, asked, f"objects ({word!r}) in {quoted}")
        elif kind == "portability" and (strong or lx.PERSONAL_STRONG.search(prev)):
            ev.add(kind, asked, f"wants the data moved/exported ({word!r}) in {quoted}")


def _erasure(
    s: str, m: re.Match[str], ev: _Evidence, asked: float, strong: bool, self_obj: bool, quoted: str
) -> None:
    """Erasure verbs: negated -> restriction; marketing list -> objection; non-personal -> nothing."""
    word = m.group(0)
    if _negated(s, m.start(), m.end()):
        if strong or self_obj:
            ev.add("restriction", asked, f"asks NOT to delete ({word!r}) in {quoted}")
        return
    marketing = lx.MARKETING.search(s)
    if marketing:
        ev.add("objection", asked, f"remove from {marketing.group(0)!r} (marketing) in {quoted}")
        if strong or lx.REGISTERS.search(s):
            ev.add("erasure", asked, f"also delete ({word!r}) from a register in {quoted}")
        return
    if lx.NOT_PERSONAL.search(s) and not strong:
        ev.near_misses.append(f"deletion of something that is not personal data ({word!r})")
        return
    if strong or self_obj:
        ev.add("erasure", asked, f"asks to delete ({word!r}) in {quoted}")
    else:
        ev.near_misses.append(f"deletion wording {word!r} without a personal-data object")


def _language(parsed: ParsedMessage, text: str, subject: str) -> str:
    """ISO 639-1 code of the requester's own text (the form's message field for web forms)."""
    default = (parsed.header("content-language") or "fi")[:2].lower()
    if not default.isalpha():
        default = "fi"
    sample = form_message(text) or text
    if len(sample.split()) < 2:
        sample = f"{subject}\n{sample}"
    lang, _ = detect_language(sample[:MAX_ANALYSED], default=default)
    return lang


def classify(parsed: ParsedMessage, screening: Screening) -> Classification:
    """Classify a parsed, screened mail. Automated mail is never a request."""
    part = requester_part(parsed) if not screening.automated else None
    own = part.text if part else parsed.new_text
    subject = part.subject if part else parsed.subject
    if not own.strip() and not (part and part.via_forward):
        own = parsed.new_text or parsed.text
    language = _language(parsed, own or parsed.text, subject)

    if screening.automated:
        confidence = 0.99 if len(screening.reasons) > 1 else 0.9
        reasons = tuple(f"automated: {r}" for r in screening.reasons)
        return Classification("automated", (), language, confidence, reasons, False)

    pitch = len(lx.PITCH.findall(fold(own[:MAX_ANALYSED]))) >= 2
    ev = _Evidence()
    _scan(_sentences(own), ev, pitch)
    if not ev.kinds and subject and not _REPLY_SUBJECT.match(subject) and len(own.split()) < 25:
        # A terse or empty body: the subject ("Poistakaa tietoni", "Avregistrera") is the request.
        sub = _Evidence()
        _scan(_sentences(subject), sub, pitch)
        for kind, strength in sub.kinds.items():
            ev.add(kind, min(strength, _WEAK + 0.1), f"only the subject asks: {subject[:60]!r}")

    if not ev.kinds:
        reasons = tuple(ev.near_misses[:5]) or ("no data-subject right asked for",)
        confidence = 0.75 if ev.near_misses else 0.9
        return Classification("other", (), language, confidence, reasons, False)

    kinds = tuple(k for k in KINDS if k in ev.kinds)
    confidence = max(ev.kinds.values())
    if pitch:
        confidence = min(confidence, 0.55)
        ev.reasons.append("reads like a sales pitch")
    if part and part.via_forward:
        ev.reasons.append(f"forwarded request from {part.from_addr or 'unknown sender'}")
    uncertain = confidence < _UNSURE_BELOW
    return Classification("request", kinds, language, round(confidence, 2), tuple(ev.reasons), uncertain)
