"""Is this mail a data-subject request, which rights does it use, in which language?

The classifier reads the requester's own words sentence by sentence (folded, see lexicon.py). A
right counts when a sentence both names it (an explicit term, or an action verb with a personal-data
object) *and* is the writer's own ask (a first-person or request form: pyydän, haluan, -kaa
imperatives, jag vill, please, I want, bitte…). Mentions — vendor pitches, newsletters, phishing
("rekisteröity on pyytänyt…"), the sender's own "reply 'unsubscribe'" offer — lack that, and negated
deletion ("älkää poistako") is a restriction, not an erasure. A thank-you or a report of what is
already done ("kiitos että poistitte tietoni", "my account has been deleted") asks for nothing, and a
copy of a passport is proof of identity, not an access request. Automated mail is never a request.
Whose data and whose act it is (the writer's own "I'll close it myself", a business customer's question about
its customers' data, a project thread) comes from situations.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dsarbot.pipeline import lexicon as lx
from dsarbot.pipeline import mentions
from dsarbot.pipeline import situations as sit
from dsarbot.pipeline.language import FULLY_READ, language_name, mail_language
from dsarbot.pipeline.multilingual import find_requests
from dsarbot.pipeline.quotes import REPLY_SUBJECT
from dsarbot.pipeline.sentences import negated, negated_before, sentences, unquoted
from dsarbot.pipeline.textutil import MAX_ANALYSED, fold
from dsarbot.pipeline.types import KINDS, Classification, Kind, ParsedMessage, Screening
from dsarbot.pipeline.view import requester_part

_CLAUSE_END = re.compile(r"[,;:.!?()]")

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


def _wrong_field(s: str) -> bool:
    """The writer says their own data is wrong: "syntymävuoteni on väärin", "my date of birth is wrong"."""
    # A named own field stays personal even on an invoice: "mun nimi on väärin laskussa".
    return bool(
        lx.WRONG.search(s) and not lx.BUSINESS_DATA.search(s)
        and (lx.PERSONAL_FIELD.search(s) or (lx.OWN_NOUN.search(s) and not lx.NOT_PERSONAL.search(s)))
    )


@dataclass
class _Context:
    """What the sentences around the current one say."""

    prev: str = ""
    before_prev: str = ""
    following: tuple[str, ...] = ()  # the next few sentences (a list announced by "seuraavat:")
    personal_before: bool = False  # an earlier sentence named the writer's data
    own_fields: bool = False  # the mail names the writer's own fields somewhere
    third_party: bool = False  # the mail is about a partner's staff / shared contact list
    relative: bool = False  # the writer names their own family member ("isäni", "min mor", "my late father")
    controller: bool = False  # a business customer asks about its own customers' data in the product
    lead: re.Match[str] | None = None  # the ask of a lead-in ("I ask you to:") over the list lines that follow


def _scan(sentences: list[str], ev: _Evidence, pitch: bool) -> None:
    """Collect kind evidence from folded sentences."""
    # Rectification needs the writer's own fields somewhere ("nimeni", "my address", "X is wrong"):
    # "update the address in the footer" is a website job, not personal data.
    # A list line "- sukunimi: Mustonen -> Lappalainen" is the writer's own field being changed too.
    # "Päivittäkää osoitteeksi X" names the writer's field too, unless the mail speaks for a company.
    company = any(lx.BUSINESS_DATA.search(s) for s in sentences)
    ctx = _Context(
        own_fields=any(
            lx.PERSONAL_FIELD.search(s) or _wrong_field(s) or lx.FIELD_CHANGE.match(s)
            or (not company and (lx.FIELD_TO.search(s) or sit.changed_fields(s)))
            for s in sentences
        ),
        third_party=any(lx.THIRD_PARTY.search(s) for s in sentences),
        relative=any(lx.RELATIVE.search(s) for s in sentences),
        controller=sit.controller_context(sentences),
    )
    for i, s in enumerate(sentences):
        ctx.following = tuple(sentences[i + 1 : i + 4])
        if ctx.lead and not sit.continues_list(s, ctx.prev):
            ctx.lead = None
        _scan_sentence(mentions.blank(s), ctx, ev, pitch)
        ctx.before_prev, ctx.prev = ctx.prev, s
        if sit.lead_in_ask(s):
            ctx.lead = lx.REQUEST.search(s)
        ctx.personal_before = ctx.personal_before or bool(
            lx.PERSONAL_STRONG.search(s) or lx.ABOUT_ME.search(s)
        )


def _scan_sentence(s: str, ctx: _Context, ev: _Evidence, pitch: bool) -> None:
    if not lx.ANY_CUE.search(s) and not sit.CUE.search(s):
        stop = lx.STOP_PRONOUN.search(s)
        if stop and lx.REQUEST.search(s) and (lx.MARKETING.search(s) or lx.MARKETING.search(ctx.prev)):
            ev.add("objection", _VERB_ASK, f"asks to stop the marketing just named ({stop.group(0)!r})")
        return
    if lx.CONDITIONAL.search(s):
        return
    prev = ctx.prev
    own_words = unquoted(s)  # who asks is read outside cited phrases
    req = lx.REQUEST.search(own_words) or ctx.lead
    # A relative's data asked for by the writer ("vilka uppgifter har ni om henne?" after "min mor har gått
    # bort") counts like the writer's own: the third-person possessor stands for the writer's side.
    them = (lx.ABOUT_THEM.search(s) or lx.RELATIVE.search(s)) if ctx.relative else None
    me = lx.SELF.search(own_words) or them
    if pitch and not me:
        req = None  # a sales pitch's "please book a demo" is not the writer's own ask
    quoted = f"“{s[:80]}”"
    if lx.THANKS.search(s) and not req:
        # "Kiitos, että poistitte tietoni", "thanks for deleting my data": a thank-you, not an ask.
        ev.near_misses.append(f"thanks for something done, not an ask: {quoted}")
        return
    if lx.DONE.search(s):
        # "…kun tietoni on poistettu", "my account has been deleted": the finished action is not asked.
        s = lx.DONE.sub(" ", s)
    asked = _VERB_ASK if req else _SELF_ONLY if me else 0.0
    cue_found = False
    stop_mail = sit.stopped_mail(s, (prev, ctx.before_prev), bool(asked))
    if stop_mail:
        # "Toivon, että nämä kirjeet loppuvat" after the campaigns were named; "mainosviestit loppumaan heti".
        ev.add("objection", asked or _SELF_ONLY, f"wants the marketing mail to stop ({stop_mail.group(0)!r})")
    named: set[Kind] = set()  # rights this sentence names explicitly

    for kind, rx in lx.EXPLICIT.items():
        m = rx.search(s)
        if not m:
            continue
        cue_found = True
        if negated(s, m.start(), m.end()):
            continue
        if asked:
            named.add(kind)
            ev.add(kind, _EXPLICIT_ASK if req else _SELF_ONLY, f"names the right ({m.group(0)!r}) in {quoted}")
        elif mentions.heading(s, pitch):
            # A heading ("TARKASTUSPYYNTÖ"); not a title line ("Account Executive, DSAR Suite").
            ev.add(kind, _WEAK, f"heading {m.group(0)!r}")
        else:
            ev.near_misses.append(f"{kind} term {m.group(0)!r} without a first-person ask")

    strong = lx.PERSONAL_STRONG.search(s)
    self_obj = lx.PERSONAL_SELF.search(s) or lx.ABOUT_ME.search(s) or them
    # "Huomasin tietosuojaselosteestanne, mitä tietoja keräätte": what the writer read, not an access ask.
    read_notice = not req and bool(lx.READ_NOTICE.search(s))
    for kind, rx in lx.VERB.items():
        m = rx.search(s)
        if not m:
            continue
        cue_found = True
        word = m.group(0)
        if not asked and kind == "objection" and len(s.split()) <= 8 and not lx.NOT_PERSONAL.search(s):
            # "Ei kiitos enää mainoksia." / "No more spam!" — a terse opt-out is its own ask.
            ev.add(sit.held_meanwhile(own_words, s) or kind, _SELF_ONLY, f"terse opt-out ({word!r}) in {quoted}")
            continue
        if not asked:
            if strong:
                ev.near_misses.append(f"{kind} wording {word!r} without a first-person ask")
            continue
        if lx.NOT_ASKED.search(s[max(0, m.start() - 50) : m.start()]):
            ev.near_misses.append(f"says it is not asking for {word!r}")  # "I'm not asking you to delete…"
            continue
        if kind in ("erasure", "objection") and sit.for_someone_else(s, ctx.third_party, ctx.relative):
            ev.near_misses.append(f"an opt-out or removal for someone else ({word!r}), not the writer's right")
            continue
        if kind in ("erasure", "objection") and not strong and sit.work_thread(s, prev):
            # "poistakaa minut tästä sähköpostiketjusta", "take me off the meeting invite": work routine.
            ev.near_misses.append(f"off a work thread or invite ({word!r}), not a data-subject right")
            continue
        if kind == "erasure":
            if sit.own_act(s, m.start(), m.end()):
                # "I'll close the account myself", "pyysi et poistan", "poistaako se oikeesti?"
                ev.near_misses.append(f"the writer's own act or a question about a feature ({word!r})")
                continue
            # "Haluan nähdä tietoni. Sen jälkeen poistakaa ne." — "ne" points back to the data;
            # "…vill jag att allt raderas" — "everything" is the data the mail named before.
            # "…mitä te ootte musta tallentanu. Sen jälkeen poistakaa ne kaikki": the data asked about before.
            back_ref = _points_back(s, m) and (
                any(lx.PERSONAL_STRONG.search(p) or lx.ABOUT_ME.search(p) for p in (prev, ctx.before_prev))
                or (ctx.personal_before and "access" in ev.kinds)
            )
            total = ctx.personal_before and bool(lx.TOTAL.search(s)) and not lx.NOT_PERSONAL.search(s)
            # "erase my name, email and photo": the writer's own fields are personal data as objects.
            fields = bool(lx.PERSONAL_FIELD.search(s))
            # "mun asiakas" is the writer's customer, not the writer's own data; and for a business customer
            # "asked me to delete her data" has the writer as the one asked, not as the data subject.
            own_self = self_obj is not None and not (ctx.controller and lx.PERSONAL_SELF.search(s))
            own = bool(own_self or lx.OWN_NOUN.search(sit.without_clients(s)) or back_ref)
            if (ctx.third_party or ctx.controller) and not own:
                # "Poistakaa vanhat yhteystiedot listalta – X ei enää ole meillä töissä": a partner's list upkeep.
                ev.near_misses.append(f"deletion of third parties' contact rows ({word!r}), not the writer's data")
                continue
            _erasure(s, m, ev, asked, strong is not None or back_ref or total or fields, self_obj is not None, quoted)
        elif kind == "access":
            if lx.ACCESS_BLOCK.search(s) or mentions.erased_object(s, m.start(), m.end(), lx.VERB["erasure"]):
                continue
            if read_notice:
                ev.near_misses.append(f"reports what the privacy notice says ({word!r}), not an access ask")
                continue
            m = _not_an_id_copy(s, rx, m, ev)
            if m is None:
                continue
            word = m.group(0)
            if word.startswith(_HANDING) and (lx.VERB["portability"].search(s) or lx.EXPLICIT["portability"].search(s)):
                continue  # "send me my data as CSV": the format makes it portability, not a copy to read
            if (strong or self_obj or me) and not (lx.BUSINESS_RECORD.search(s) and not lx.ABOUT_ME.search(s)):
                ev.add(kind, asked, f"asks for their data ({word!r}) in {quoted}")
        elif kind == "rectification":
            if sit.company_data(s) or sit.citation(s, m.start(), m.end()):
                ev.near_misses.append(f"update of company data or a cited law ({word!r}), not personal data")
                continue
            after = s[m.end() :].strip(" .!?,")
            pointed = not after or lx.PRONOUN_OBJECT.match(after)
            listed = pointed and any(
                lx.FIELD_LINE.match(f) and not lx.NOT_PERSONAL.search(f) for f in ctx.following
            ) and not lx.NOT_PERSONAL.search(s)
            if not ctx.own_fields and not listed:
                continue
            if (
                lx.FIELDS.search(s) or _wrong_field(s) or listed
                or (pointed and any(lx.FIELDS.search(p) or _wrong_field(p) for p in (prev, ctx.before_prev)))
            ):
                ev.add(kind, asked, f"asks to correct ({word!r}) in {quoted}")
        elif kind == "restriction":
            # …unless the sentence names restriction itself, marketing being one use among others
            # ("rajoittamaan käsittelyä, ettei niitä käytetä mihinkään (esim. markkinointiin)").
            # "I object to direct marketing. Kindly cease processing it for that purpose": the purpose named before.
            marketing = lx.MARKETING.search(s) or lx.PUBLICITY.search(s) or (
                lx.MARKETING.search(prev) and (lx.PURPOSE_BACK.search(s) or _points_back(s, m))
            )
            if marketing and (lx.PROCESSING.search(s) or strong) and "restriction" not in named:
                # "don't use my data for marketing" objects to a purpose
                ev.add("objection", asked, f"no use for marketing ({word!r}) in {quoted}")
            elif lx.PROCESSING.search(s) or strong or (
                _points_back(s, m) and lx.PERSONAL_STRONG.search(prev)
            ):
                # "…pistäkää ne jäihin": "ne" is the data the sentence before named
                ev.add(kind, asked, f"asks to restrict ({word!r}) in {quoted}")
        elif kind == "objection":
            if _register_removal(s, word, ctx):
                continue  # "ottakaa mut pois rekisteristä": a deletion from a register, handled as erasure
            if strong and lx.TRANSFER_NEG.search(s) and not lx.MARKETING.search(s):
                continue  # "älkää lähettäkö mun tietoja perintään": a forbidden transfer (restriction), not contact
            if word.startswith(("stop", "lopet", "sluta")) and lx.NOT_PERSONAL.search(s) and not (
                lx.MARKETING.search(s)
            ):
                # "stop the emails about the order status": order mail, not marketing (still "stop the emails").
                ev.near_misses.append(f"stops order/invoice mail ({word!r}), not marketing")
                continue
            # The cues carry their own negation ("vill inte få", "en halua"); only a negation before counts,
            # within the clause ("ei kiitos, en halua…" refuses the offer and then objects).
            if not negated_before(s, m.start()):  # "…until it is corrected": held back meanwhile, a restriction
                ev.add(sit.held_meanwhile(own_words, s) or kind, asked, f"objects ({word!r}) in {quoted}")
        elif kind == "portability" and _portable(s, prev, strong is not None):
            if (lx.FILE_FORMAT.fullmatch(word) and not _owned(s, prev)) or sit.post_sent(word):
                # "lähettäkää hinnasto excelinä": a file of something else, not the writer's own data
                continue
            if negated(s, m.start(), m.end()) or lx.TRANSFER_NEG.search(s) or lx.THIRD_RECIPIENT.search(s):
                # "ette saa siirtää tietojani perintätoimistolle": a forbidden transfer, not a move to me.
                ev.near_misses.append(f"transfer forbidden or to a third party ({word!r}), not portability")
                continue
            ev.add(kind, asked, f"wants the data moved/exported ({word!r}) in {quoted}")

    if not read_notice:
        _question_and_misspelling(s, ctx, ev, quoted)
    if not cue_found and req and not lx.ACCESS_BLOCK.search(s):
        # "Lähettäkää minulle kaikki minusta tallennetut tiedot", "I ask for all records about me":
        # an ask for the data about the writer, with no other verb, is access; so is "…isästäni on tallennettu".
        about = lx.ABOUT_ME.search(s) or (them if not lx.NOT_PERSONAL.search(s) else None)
        if about and (strong or lx.RECORDS.search(s)):
            ev.add("access", _VERB_ASK, f"asks for the data about them ({about.group(0)!r}) in {quoted}")


_HANDING = ("send", "share", "give", "provide", "forward", "email", "e-mail")


def _points_back(s: str, m: re.Match[str]) -> bool:
    """A pronoun object next to the verb ("pistäkää ne jäihin", "put it on hold")."""
    before = s[max(0, m.start() - 30) : m.start()]
    return bool(lx.PRONOUN_OBJECT.match(s[m.end() :]) or lx.PRONOUN_BEFORE.search(before))


def _portable(s: str, prev: str, strong: bool) -> bool:
    """The object of a move/export is the writer's data: named, possessed ("mun asiakkaat", "min kundhistorik")."""
    return strong or bool(lx.PERSONAL_STRONG.search(prev)) or _owned(s, prev)


def _owned(s: str, prev: str) -> bool:
    """The writer's own data or what they keep in the service ("mun projektit"), not an invoice or order."""
    if lx.OWN_DATA.search(s) or lx.OWN_DATA.search(prev) or (lx.PERSONAL_STRONG.search(s) and lx.ABOUT_ME.search(prev)):
        return True  # "…vilka uppgifter ni har om mig? Skicka uppgifterna som CSV": the data just asked about
    return bool(lx.OWN_NOUN.search(s) and not lx.NOT_PERSONAL.search(s))


def _register_removal(s: str, word: str, ctx: _Context) -> bool:
    """ "Ottakaa mut pois rekisteristä" / "take me off your database": no marketing named, so not an opt-out."""
    if not (word.startswith("ottakaa") or word.startswith("take me off")):
        return False
    if any(lx.MARKETING.search(t) for t in (s, ctx.prev, ctx.before_prev)):
        return False
    return bool(lx.REGISTERS.search(s) or lx.TOTAL.search(s) or "mitaan" in s)


def _question_and_misspelling(s: str, ctx: _Context, ev: _Evidence, quoted: str) -> None:
    """Plain questions about the writer's data (access) and a misspelt name (rectification)."""
    q = lx.ACCESS_QUESTION.search(s)
    if q and not lx.ACCESS_BLOCK.search(s) and not lx.BUSINESS_DATA.search(s):
        # "Why do you have my personal number?", "where did you get it from?" after naming it.
        near = (s, ctx.prev, ctx.before_prev)
        if any(lx.QUESTION_OBJECT.search(t) for t in near):
            ev.add("access", _VERB_ASK, f"asks about their data ({q.group(0)!r}) in {quoted}")
    w = lx.MISSPELT.search(s)
    if w and (lx.PERSONAL_FIELD.search(s) or lx.OWN_NOUN.search(s)) and not (
        lx.BUSINESS_DATA.search(s)
    ):
        # "te ootte kirjottanu mun nimen väärin", "my name is spelled wrong": the fix is asked for.
        ev.add("rectification", _SELF_ONLY if not lx.REQUEST.search(s) else _VERB_ASK,
               f"says their name is misspelt ({w.group(0)!r}) in {quoted}")


def _not_an_id_copy(s: str, rx: re.Pattern[str], m: re.Match[str], ev: _Evidence) -> re.Match[str] | None:
    """The first access cue that is not "a copy of my passport" (proof of identity, not access)."""
    for cand in (m, *rx.finditer(s, m.end())):
        word = cand.group(0)
        following = _CLAUSE_END.split(s[cand.end() :], maxsplit=1)[0].split()[:4]  # "of my driving licence"
        if lx.COPY_WORD.search(word) and mentions.document_copy(" ".join(following)):
            ev.near_misses.append(f"a copy of an ID or business document ({word!r}), not access")
            continue
        return cand
    return None


def _erasure(
    s: str, m: re.Match[str], ev: _Evidence, asked: float, strong: bool, self_obj: bool, quoted: str
) -> None:
    """Erasure verbs: negated -> restriction; marketing list -> objection; non-personal -> nothing."""
    word = m.group(0)
    if negated(s, m.start(), m.end()):
        if lx.OWN_ACT_NEG.search(s[max(0, m.start() - 40) : m.start()]):
            # "I do not wish to close my account": the writer's own choice, not "don't delete my data".
            ev.near_misses.append(f"the writer will not {word!r} themselves; not a restriction ask")
            return
        if strong or self_obj or lx.RECORDS.search(s):  # "don't delete the photos of the accident"
            ev.add("restriction", asked, f"asks NOT to delete ({word!r}) in {quoted}")
        return
    marketing = lx.MARKETING.search(lx.MARKETING_CONTENT.sub(" ", s))
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
    return mail_language(text, subject, parsed.header("content-language"))


def _multilingual(text: str, language: str, ev: _Evidence) -> None:
    """HOOK (multilingual vocabulary): a mail in a language the lexicon does not fully read names its rights
    through that language's table (dsarbot/pipeline/vocab/). One more signal for the scorer to fold in."""
    said = set()
    for found in find_requests(text, language):
        if (found.kind, found.phrase.lower()) not in said:  # the subject often repeats the body
            said.add((found.kind, found.phrase.lower()))
            ev.add(found.kind, found.weight, f"{language_name(language)} vocabulary: {found.phrase!r}")


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
    own_sentences = sentences(own)
    _scan([] if sit.answers_a_choice(own, parsed.text) else own_sentences, ev, pitch)  # '"X" or "Y"?' – "X"
    if not ev.kinds and subject and not REPLY_SUBJECT.match(subject) and len(own.split()) < 25:
        # A terse or empty body: the subject ("Poistakaa tietoni", "Avregistrera") is the request.
        sub = _Evidence()
        _scan(sentences(subject), sub, pitch)
        for kind, strength in sub.kinds.items():
            ev.add(kind, min(strength, _WEAK + 0.1), f"only the subject asks: {subject[:60]!r}")

    if language not in FULLY_READ:
        _multilingual(f"{subject}\n{own}", language, ev)
    if "rectification" not in ev.kinds and (stated := sit.stated_correction(own_sentences)) is not None:
        ev.add("rectification", _SELF_ONLY, f"states own data changed or wrong, with the new value: {stated[:80]!r}")
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
