"""Action verbs of the rights ("poistakaa", "radera", "send me", "korjatkaa"…): what each needs to count.

A verb is an ask only with the writer's ask form and an object that is the writer's own data. Each
right has its own handler, because each has its own look-alikes: a copy of a passport is proof of
identity, not access; "update the address in the footer" is a website job, not a rectification;
"don't delete it" is a restriction; "take me off the list" is an objection to marketing; a file of a
price list is not portability.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dsarbot.pipeline import lexicon as lx
from dsarbot.pipeline import mentions
from dsarbot.pipeline import situations as sit
from dsarbot.pipeline.reading import SELF_ONLY, Ask, Context, Findings, wrong_field
from dsarbot.pipeline.sentences import negated, negated_before
from dsarbot.pipeline.types import Kind

_CLAUSE_END = re.compile(r"[,;:.!?()]")
# "tarkastaa"/"tarkistaa" (inspect, check) is access only with the writer's data as its object.
_INSPECT = re.compile(r"tarka?st|tarkist")
_HANDING = ("send", "share", "give", "provide", "forward", "email", "e-mail")

Handler = Callable[[Ask, Context, Findings, re.Match[str], re.Pattern[str], set[Kind]], None]


def read_verbs(ask: Ask, ctx: Context, found: Findings, named: set[Kind]) -> bool:
    """Add the rights whose verbs *ask* uses; True if any verb of a right was in the sentence."""
    cue = False
    for kind, rx in lx.VERB.items():
        m = rx.search(ask.s)
        if not m:
            continue
        cue = True
        if _gate(kind, ask, ctx, found, m):
            HANDLERS[kind](ask, ctx, found, m, rx, named)
    return cue


def _gate(kind: Kind, ask: Ask, ctx: Context, found: Findings, m: re.Match[str]) -> bool:
    """The checks every verb passes before its own handler: an ask, not negated, for the writer."""
    s, word = ask.s, m.group(0)
    if not ask.asked and kind == "objection" and len(s.split()) <= 8 and not lx.NOT_PERSONAL.search(s):
        # "Ei kiitos enää mainoksia." / "No more spam!" — a terse opt-out is its own ask.
        found.add(sit.held_meanwhile(ask.own_words, s) or kind, SELF_ONLY, f"terse opt-out ({word!r}) in {ask.quoted}")
        return False
    if not ask.asked:
        if ask.strong:
            found.near(f"{kind} wording {word!r} without a first-person ask")
        return False
    if lx.NOT_ASKED.search(s[max(0, m.start() - 50) : m.start()]):
        found.near(f"says it is not asking for {word!r}")  # "I'm not asking you to delete…"
        return False
    if kind in ("erasure", "objection") and sit.for_someone_else(s, ctx.third_party, ctx.relative):
        found.near(f"an opt-out or removal for someone else ({word!r}), not the writer's right")
        return False
    if kind in ("erasure", "objection") and not ask.strong and sit.work_thread(s, ctx.prev):
        # "poistakaa minut tästä sähköpostiketjusta", "take me off the meeting invite": work routine.
        found.near(f"off a work thread or invite ({word!r}), not a data-subject right")
        return False
    return True


def points_back(s: str, m: re.Match[str]) -> bool:
    """A pronoun object next to the verb ("pistäkää ne jäihin", "put it on hold")."""
    before = s[max(0, m.start() - 30) : m.start()]
    return bool(lx.PRONOUN_OBJECT.match(s[m.end() :]) or lx.PRONOUN_BEFORE.search(before))


def _erasure(ask: Ask, ctx: Context, found: Findings, m: re.Match[str], rx: re.Pattern[str], named: set[Kind]) -> None:
    s, word = ask.s, m.group(0)
    if sit.own_act(s, m.start(), m.end()):
        # "I'll close the account myself", "pyysi et poistan", "poistaako se oikeesti?"
        found.near(f"the writer's own act or a question about a feature ({word!r})")
        return
    # "Haluan nähdä tietoni. Sen jälkeen poistakaa ne." — "ne" points back to the data;
    # "…vill jag att allt raderas" — "everything" is the data the mail named before.
    back_ref = points_back(s, m) and (
        any(lx.PERSONAL_STRONG.search(p) or lx.ABOUT_ME.search(p) for p in (ctx.prev, ctx.before_prev))
        or (ctx.personal_before and "access" in found.kinds)
    )
    total = ctx.personal_before and bool(lx.TOTAL.search(s)) and not lx.NOT_PERSONAL.search(s)
    fields = bool(lx.PERSONAL_FIELD.search(s))  # "erase my name, email and photo": own fields are personal data
    # "mun asiakas" is the writer's customer, not the writer's own data; and for a business customer
    # "asked me to delete her data" has the writer as the one asked, not as the data subject.
    own_self = ask.self_obj is not None and not (ctx.controller and lx.PERSONAL_SELF.search(s))
    own = bool(own_self or lx.OWN_NOUN.search(sit.without_clients(s)) or back_ref)
    if (ctx.third_party or ctx.controller) and not own:
        # "Poistakaa vanhat yhteystiedot listalta – X ei enää ole meillä töissä": a partner's list upkeep.
        found.near(f"deletion of third parties' contact rows ({word!r}), not the writer's data")
        return
    if lx.DUPLICATE.search(s):
        found.near(f"removes a duplicate record ({word!r}): the data is kept once, nothing is erased")
        return
    personal = ask.strong is not None or back_ref or total or fields
    _erasure_object(ask, m, found, personal, ctx.marketing)


def _erasure_object(ask: Ask, m: re.Match[str], found: Findings, strong: bool, marketing_mail: bool) -> None:
    """Erasure verbs: negated -> restriction; marketing list -> objection; non-personal -> nothing."""
    s, word, asked, quoted = ask.s, m.group(0), ask.asked, ask.quoted
    if negated(s, m.start(), m.end()):
        if lx.OWN_ACT_NEG.search(s[max(0, m.start() - 40) : m.start()]):
            # "I do not wish to close my account": the writer's own choice, not "don't delete my data".
            found.near(f"the writer will not {word!r} themselves; not a restriction ask")
            return
        if strong or ask.self_obj or lx.RECORDS.search(s):  # "don't delete the photos of the accident"
            found.add("restriction", asked, f"asks NOT to delete ({word!r}) in {quoted}")
        return
    marketing = lx.MARKETING.search(lx.MARKETING_CONTENT.sub(" ", s))
    if marketing and strong and not (marketing_mail or ask.self_obj or lx.MARKETING_WORDS.search(s)):
        # "radera mina uppgifter ur ert kundregister och er adresslista": a list the data is erased from, where no
        # marketing is spoken of and the writer is not taken off it ("remove me from your list"): no opt-out
        marketing = None
    if marketing:
        found.add("objection", asked, f"remove from {marketing.group(0)!r} (marketing) in {quoted}")
        if strong or lx.REGISTERS.search(s):
            found.add("erasure", asked, f"also delete ({word!r}) from a register in {quoted}")
        return
    if lx.NOT_PERSONAL.search(s) and not strong:
        found.near(f"deletion of something that is not personal data ({word!r})")
        return
    if strong or ask.self_obj:
        found.add("erasure", asked, f"asks to delete ({word!r}) in {quoted}")
    else:
        found.near(f"deletion wording {word!r} without a personal-data object")


def _access(ask: Ask, ctx: Context, found: Findings, m: re.Match[str], rx: re.Pattern[str], named: set[Kind]) -> None:
    s = ask.s
    if lx.ACCESS_BLOCK.search(s) or mentions.erased_object(s, m.start(), m.end(), lx.VERB["erasure"]):
        return
    if ask.read_notice:
        found.near(f"reports what the privacy notice says ({m.group(0)!r}), not an access ask")
        return
    hit = _not_an_id_copy(s, rx, m, found)
    if hit is None:
        return
    word = hit.group(0)
    if _INSPECT.match(word) and not (ask.strong or ask.self_obj or points_back(s, hit)):
        # "pyydän, että tulette tarkastamaan katon": inspecting a roof, not the writer's data
        found.near(f"inspects something that is not personal data ({word!r})")
        return
    if word.startswith(_HANDING) and (lx.VERB["portability"].search(s) or lx.EXPLICIT["portability"].search(s)):
        return  # "send me my data as CSV": the format makes it portability, not a copy to read
    if (ask.strong or ask.self_obj or ask.me) and not (lx.BUSINESS_RECORD.search(s) and not lx.ABOUT_ME.search(s)):
        found.add("access", ask.asked, f"asks for their data ({word!r}) in {ask.quoted}")


def _not_an_id_copy(s: str, rx: re.Pattern[str], m: re.Match[str], found: Findings) -> re.Match[str] | None:
    """The first access cue that is not "a copy of my passport" (proof of identity, not access)."""
    for cand in (m, *rx.finditer(s, m.end())):
        word = cand.group(0)
        following = _CLAUSE_END.split(s[cand.end() :], maxsplit=1)[0].split()[:4]  # "of my driving licence"
        if lx.COPY_WORD.search(word) and mentions.document_copy(" ".join(following)):
            found.near(f"a copy of an ID or business document ({word!r}), not access")
            continue
        return cand
    return None


def _rectification(
    ask: Ask, ctx: Context, found: Findings, m: re.Match[str], rx: re.Pattern[str], named: set[Kind]
) -> None:
    s, word = ask.s, m.group(0)
    if sit.company_data(s) or sit.citation(s, m.start(), m.end()):
        found.near(f"update of company data or a cited law ({word!r}), not personal data")
        return
    after = s[m.end() :].strip(" .!?,")
    pointed = not after or lx.PRONOUN_OBJECT.match(after)
    listed = pointed and any(
        lx.FIELD_LINE.match(f) and not lx.NOT_PERSONAL.search(f) for f in ctx.following
    ) and not lx.NOT_PERSONAL.search(s)
    if not ctx.own_fields and not listed:
        return
    if (
        lx.FIELDS.search(s) or wrong_field(s) or listed
        or (pointed and any(lx.FIELDS.search(p) or wrong_field(p) for p in (ctx.prev, ctx.before_prev)))
    ):
        found.add("rectification", ask.asked, f"asks to correct ({word!r}) in {ask.quoted}")


def _restriction(
    ask: Ask, ctx: Context, found: Findings, m: re.Match[str], rx: re.Pattern[str], named: set[Kind]
) -> None:
    s, word, prev = ask.s, m.group(0), ctx.prev
    # …unless the sentence names restriction itself, marketing being one use among others
    # ("rajoittamaan käsittelyä, ettei niitä käytetä mihinkään (esim. markkinointiin)").
    # "I object to direct marketing. Kindly cease processing it for that purpose": the purpose named before.
    marketing = lx.MARKETING.search(s) or lx.PUBLICITY.search(s) or (
        lx.MARKETING.search(prev) and (lx.PURPOSE_BACK.search(s) or points_back(s, m))
    )
    if marketing and (lx.PROCESSING.search(s) or ask.strong) and "restriction" not in named:
        # "don't use my data for marketing" objects to a purpose
        found.add("objection", ask.asked, f"no use for marketing ({word!r}) in {ask.quoted}")
    elif lx.PROCESSING.search(s) or ask.strong or (points_back(s, m) and lx.PERSONAL_STRONG.search(prev)):
        # "…pistäkää ne jäihin": "ne" is the data the sentence before named
        found.add("restriction", ask.asked, f"asks to restrict ({word!r}) in {ask.quoted}")


def _objection(
    ask: Ask, ctx: Context, found: Findings, m: re.Match[str], rx: re.Pattern[str], named: set[Kind]
) -> None:
    s, word = ask.s, m.group(0)
    if _register_removal(s, word, ctx):
        return  # "ottakaa mut pois rekisteristä": a deletion from a register, handled as erasure
    if ask.strong and lx.TRANSFER_NEG.search(s) and not lx.MARKETING.search(s):
        return  # "älkää lähettäkö mun tietoja perintään": a forbidden transfer (restriction), not contact
    if word.startswith(("stop", "lopet", "sluta")) and lx.NOT_PERSONAL.search(s) and not lx.MARKETING.search(s):
        # "stop the emails about the order status": order mail, not marketing (still "stop the emails").
        found.near(f"stops order/invoice mail ({word!r}), not marketing")
        return
    # The cues carry their own negation ("vill inte få", "en halua"); only a negation before counts,
    # within the clause ("ei kiitos, en halua…" refuses the offer and then objects).
    if not negated_before(s, m.start()):  # "…until it is corrected": held back meanwhile, a restriction
        found.add(sit.held_meanwhile(ask.own_words, s) or "objection", ask.asked, f"objects ({word!r}) in {ask.quoted}")


def _register_removal(s: str, word: str, ctx: Context) -> bool:
    """ "Ottakaa mut pois rekisteristä" / "take me off your database": no marketing named, so not an opt-out."""
    if not (word.startswith("ottakaa") or word.startswith("take me off")):
        return False
    if any(lx.MARKETING.search(t) for t in (s, ctx.prev, ctx.before_prev)):
        return False
    return bool(lx.REGISTERS.search(s) or lx.TOTAL.search(s) or "mitaan" in s)


def _portability(
    ask: Ask, ctx: Context, found: Findings, m: re.Match[str], rx: re.Pattern[str], named: set[Kind]
) -> None:
    s, word, prev = ask.s, m.group(0), ctx.prev
    if not (ask.strong or lx.PERSONAL_STRONG.search(prev) or _owned(s, prev)):
        return  # the object of a move/export must be the writer's data
    if lx.DUPLICATE.search(s):
        return  # "poistakaa tuplatili ja siirtäkää tilaukset toiselle": merging records, not a move to me
    if m.start() >= 2 and s[m.start() - 1] == "." and s[m.start() - 2].isalnum():
        return  # "hinnasto_2026.xlsx": a file's name, not a format the writer asks their data in
    if (lx.FILE_FORMAT.fullmatch(word) and not _owned(s, prev)) or sit.post_sent(word):
        return  # "lähettäkää hinnasto excelinä": a file of something else, not the writer's own data
    if negated(s, m.start(), m.end()) or lx.TRANSFER_NEG.search(s) or lx.THIRD_RECIPIENT.search(s):
        # "ette saa siirtää tietojani perintätoimistolle": a forbidden transfer, not a move to me.
        found.near(f"transfer forbidden or to a third party ({word!r}), not portability")
        return
    found.add("portability", ask.asked, f"wants the data moved/exported ({word!r}) in {ask.quoted}")


def _owned(s: str, prev: str) -> bool:
    """The writer's own data or what they keep in the service ("mun projektit"), not an invoice or order."""
    if lx.OWN_DATA.search(s) or lx.OWN_DATA.search(prev) or (lx.PERSONAL_STRONG.search(s) and lx.ABOUT_ME.search(prev)):
        return True  # "…vilka uppgifter ni har om mig? Skicka uppgifterna som CSV": the data just asked about
    return bool(lx.OWN_NOUN.search(s) and not lx.NOT_PERSONAL.search(s))


HANDLERS: dict[Kind, Handler] = {
    "access": _access,
    "rectification": _rectification,
    "erasure": _erasure,
    "restriction": _restriction,
    "objection": _objection,
    "portability": _portability,
}
