"""The writer's asks, sentence by sentence: which rights the requester's own words use.

A right counts when a sentence both names it (an explicit term, or an action verb with a personal-data
object) *and* is the writer's own ask (a first-person or request form: pyydän, haluan, -kaa imperatives,
jag vill, please, I want, bitte…). Mentions — vendor pitches, newsletters, phishing ("rekisteröity on
pyytänyt…"), the sender's own "reply 'unsubscribe'" offer — lack that, and negated deletion ("älkää
poistako") is a restriction, not an erasure. A thank-you or a report of what is already done ("kiitos
että poistitte tietoni", "my account has been deleted") asks for nothing. What each action verb needs
before it counts is in verbs.py; whose data and whose act it is comes from situations.py.
"""

from __future__ import annotations

import re

from dsarbot.pipeline import lexicon as lx
from dsarbot.pipeline import mentions, verbs
from dsarbot.pipeline import situations as sit
from dsarbot.pipeline.reading import (
    EXPLICIT_ASK,
    SELF_ONLY,
    VERB_ASK,
    WEAK,
    Ask,
    Context,
    Findings,
    speaks_of_marketing,
    wrong_field,
)
from dsarbot.pipeline.sentences import negated, unquoted
from dsarbot.pipeline.types import Kind

_CLAUSE_END = re.compile(r"[,;:.!?]")


def mail_context(sentences: list[str]) -> Context:
    """What the whole mail says about whose data it is (computed once per mail)."""
    # Rectification needs the writer's own fields somewhere ("nimeni", "my address", "X is wrong"):
    # "update the address in the footer" is a website job, not personal data.
    # A list line "- sukunimi: Mustonen -> Lappalainen" is the writer's own field being changed too.
    # "Päivittäkää osoitteeksi X" names the writer's field too, unless the mail speaks for a company.
    company = any(lx.BUSINESS_DATA.search(s) for s in sentences)
    return Context(
        own_fields=any(
            lx.PERSONAL_FIELD.search(s) or wrong_field(s) or lx.FIELD_CHANGE.match(s)
            or (not company and (lx.FIELD_TO.search(s) or sit.changed_fields(s)))
            for s in sentences
        ),
        third_party=any(lx.THIRD_PARTY.search(s) for s in sentences),
        relative=any(lx.RELATIVE.search(s) for s in sentences),
        controller=sit.controller_context(sentences),
        marketing=any(speaks_of_marketing(s) for s in sentences),
    )


def scan(sentences: list[str], found: Findings, pitch: bool) -> None:
    """Collect the rights the writer asks for from folded sentences."""
    ctx = mail_context(sentences)
    for i, s in enumerate(sentences):
        ctx.following = tuple(sentences[i + 1 : i + 4])
        if ctx.lead and not sit.continues_list(s, ctx.prev):
            ctx.lead = None
        found.sentence = s
        read_sentence(mentions.blank(s), ctx, found, pitch)
        ctx.before_prev, ctx.prev = ctx.prev, s
        if sit.lead_in_ask(s):
            ctx.lead = lx.REQUEST.search(s)
        ctx.personal_before = ctx.personal_before or bool(
            lx.PERSONAL_STRONG.search(s) or lx.ABOUT_ME.search(s)
        )


def _ask(s: str, ctx: Context, pitch: bool) -> Ask:
    """Who asks in *s* (a sentence with some cue of a right)."""
    own_words = unquoted(s)  # who asks is read outside cited phrases
    req = lx.REQUEST.search(own_words) or ctx.lead
    # A relative's data asked for by the writer ("vilka uppgifter har ni om henne?" after "min mor har gått
    # bort") counts like the writer's own: the third-person possessor stands for the writer's side.
    them = (lx.ABOUT_THEM.search(s) or lx.RELATIVE.search(s)) if ctx.relative else None
    me = lx.SELF.search(own_words) or them
    if pitch and not me:
        req = None  # a sales pitch's "please book a demo" is not the writer's own ask
    quoted = f"“{s[:80]}”"
    if lx.DONE.search(s):
        # "…kun tietoni on poistettu", "my account has been deleted": the finished action is not asked.
        s = lx.DONE.sub(" ", s)
    asked = VERB_ASK if req else SELF_ONLY if me else 0.0
    strong = lx.PERSONAL_STRONG.search(s)
    self_obj = lx.PERSONAL_SELF.search(s) or lx.ABOUT_ME.search(s) or them
    # "Huomasin tietosuojaselosteestanne, mitä tietoja keräätte": what the writer read, not an access ask.
    read_notice = not req and bool(lx.READ_NOTICE.search(s))
    return Ask(s, own_words, req, me, them, asked, strong, self_obj, read_notice, quoted, pitch)


def read_sentence(s: str, ctx: Context, found: Findings, pitch: bool) -> None:
    """The rights one sentence asks for, added to *found*."""
    if not lx.ANY_CUE.search(s) and not sit.CUE.search(s):
        stop = lx.STOP_PRONOUN.search(s)
        if stop and lx.REQUEST.search(s) and (lx.MARKETING.search(s) or lx.MARKETING.search(ctx.prev)):
            found.add("objection", VERB_ASK, f"asks to stop the marketing just named ({stop.group(0)!r})")
        return
    if lx.CONDITIONAL.search(s):
        return
    ask = _ask(s, ctx, pitch)
    if lx.THANKS.search(s) and not ask.req:
        # "Kiitos, että poistitte tietoni", "thanks for deleting my data": a thank-you, not an ask.
        found.near(f"thanks for something done, not an ask: {ask.quoted}")
        return
    stop_mail = sit.stopped_mail(ask.s, (ctx.prev, ctx.before_prev), bool(ask.asked))
    if stop_mail:
        # "Toivon, että nämä kirjeet loppuvat" after the campaigns were named; "mainosviestit loppumaan heti".
        found.add("objection", ask.asked or SELF_ONLY, f"wants the marketing mail to stop ({stop_mail.group(0)!r})")
    named, explicit_cue = _explicit_terms(ask, found)
    verb_cue = verbs.read_verbs(ask, ctx, found, named)
    if not ask.read_notice:
        _question_and_misspelling(ask.s, ctx, found, ask.quoted)
    if not (explicit_cue or verb_cue) and ask.req and not lx.ACCESS_BLOCK.search(ask.s):
        _data_about_me(ask, found)


def _explicit_terms(ask: Ask, found: Findings) -> tuple[set[Kind], bool]:
    """Rights named by their own terms ("tarkastusoikeus", "registerutdrag"): (kinds asked, any term seen)."""
    named: set[Kind] = set()
    cue = False
    s = ask.s
    for kind, rx in lx.EXPLICIT.items():
        m = rx.search(s)
        if not m:
            continue
        cue = True
        if negated(s, m.start(), m.end()):
            continue
        if kind == "objection" and _complaint(s, m.end()):
            found.near(f"objects to an invoice, a price or a decision ({m.group(0)!r}), not to processing")
            continue
        if ask.asked:
            named.add(kind)
            found.add(kind, EXPLICIT_ASK if ask.req else SELF_ONLY,
                      f"names the right ({m.group(0)!r}) in {ask.quoted}")
        elif mentions.heading(s, ask.pitch):
            # A heading ("TARKASTUSPYYNTÖ"); not a title line ("Account Executive, DSAR Suite").
            found.add(kind, WEAK, f"heading {m.group(0)!r}")
        else:
            found.near(f"{kind} term {m.group(0)!r} without a first-person ask")
    return named, cue


def _complaint(s: str, end: int) -> bool:
    """ "I formally object to the amount on invoice 118": what follows the objection, within its clause, is a
    business matter (an invoice, a price, a decision) and not the writer's data, marketing or its processing."""
    clause = " ".join(_CLAUSE_END.split(s[end:], maxsplit=1)[0].split()[:8])
    return bool(lx.COMPLAINT_OBJECT.search(clause)) and not (
        lx.PERSONAL_STRONG.search(clause) or lx.MARKETING.search(clause) or lx.PROCESSING.search(clause)
    )


def _data_about_me(ask: Ask, found: Findings) -> None:
    """ "Lähettäkää minulle kaikki minusta tallennetut tiedot", "I ask for all records about me": access."""
    # An ask for the data about the writer, with no other verb, is access; so is "…isästäni on tallennettu".
    about = lx.ABOUT_ME.search(ask.s) or (ask.them if not lx.NOT_PERSONAL.search(ask.s) else None)
    if about and (ask.strong or lx.RECORDS.search(ask.s)):
        found.add("access", VERB_ASK, f"asks for the data about them ({about.group(0)!r}) in {ask.quoted}")


def _question_and_misspelling(s: str, ctx: Context, found: Findings, quoted: str) -> None:
    """Plain questions about the writer's data (access) and a misspelt name (rectification)."""
    q = lx.ACCESS_QUESTION.search(s)
    if q and not lx.ACCESS_BLOCK.search(s) and not lx.BUSINESS_DATA.search(s):
        # "Why do you have my personal number?", "where did you get it from?" after naming it.
        near = (s, ctx.prev, ctx.before_prev)
        if any(lx.QUESTION_OBJECT.search(t) for t in near):
            found.add("access", VERB_ASK, f"asks about their data ({q.group(0)!r}) in {quoted}")
    w = lx.MISSPELT.search(s)
    if w and (lx.PERSONAL_FIELD.search(s) or lx.OWN_NOUN.search(s)) and not (
        lx.BUSINESS_DATA.search(s)
    ):
        # "te ootte kirjottanu mun nimen väärin", "my name is spelled wrong": the fix is asked for.
        found.add("rectification", SELF_ONLY if not lx.REQUEST.search(s) else VERB_ASK,
                  f"says their name is misspelt ({w.group(0)!r}) in {quoted}")
