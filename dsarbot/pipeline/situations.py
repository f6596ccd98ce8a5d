"""Situations around the words of a right: whose data it is, whose act, what changed in the writer's life.

lexicon.py says *which right* a sentence's words name; these patterns (on folded text too) say whether
the situation makes it the writer's own ask:

- the writer does it themselves ("I'll close the account myself", "poistan ne itse") or asks whether a
  button deletes ("poistaako se oikeesti?"): no ask to the company;
- a business customer of the company asks how to delete *their* customer's data in its software: the
  writer is a controller, not the data subject;
- a colleague or partner asks to be taken off a project thread, meeting invite or internal alias: work
  routine, not an opt-out from marketing;
- "these letters must stop", "mainosviestit loppumaan" after marketing was named: an objection;
- "I got married and my name is now X", "uusi osoitteeni on", "your billing shows that I owe…": the
  writer's own data changed or is wrong, so a correction verb in the mail is a rectification;
- "stop sending the newsletter to her address" about a former colleague: an opt-out for someone else,
  whom the writer does not represent;
- "anonymisoidut CV:t", "poistetut tuotteet": a participle describing a thing, not a deletion asked;
- "the CCPA, as amended by the CPRA": a law cited, not a correction asked;
- "älä lähetä muistutuksia sinne", "skicka påminnelser dit": letters sent to an address, not data moved;
- "I ask you to:" followed by list lines: the ask of the lead-in carries over to each line.
"""

from __future__ import annotations

import re
from typing import Literal

from dsarbot.pipeline.lexicon import (
    ABOUT_ME,
    BUSINESS_DATA,
    COMPANY_DIRECTORY,
    MARKETING,
    OWN_DATA,
    PERSONAL_FIELD,
    PERSONAL_SELF,
    REQUEST,
    _rx,
)
from dsarbot.pipeline.textutil import fold

# --- the writer's own act ----------------------------------------------------------------------

# Just before the verb: the writer will do it ("I'll close", "jag ska radera", "ich werde … löschen").
OWN_ACT_BEFORE = re.compile(
    r"\b(?:i'll|i will|i shall|i'm going to|i am going to|i can|we'll|we will|we can|we're going to"
    r"|jag (?:ska|kan|kommer att|tanker)|vi (?:ska|kan|kommer att)|ich (?:werde|kann)|wir (?:werden|konnen))"
    r" (?:\S+ )?$"
)
# Just after it: "…the account myself", "…ne itse", "…kontot själv".
OWN_ACT_AFTER = re.compile(
    r"^(?:[^\s,.;:!?]+ ){0,4}?(?:myself|ourselves|itse|itte|itekin|itsekin|sjalv|sjalva|selbst)\b"
)
# Finnish first-person forms of deletion verbs: "poistan" is the writer deleting, never an ask to the company.
FI_OWN_VERB = re.compile(
    r"^(?:poista|havita|tuhoa|pyyhi|sulje)(?:n|mme|isin|isimme)$|^(?:poistin|poistimme|suljin|suljimme)$"
)
# A third-person yes/no question about what something does: "poistaako se oikeesti?", "hävittääkö arkistointi".
FI_THIRD_QUESTION = re.compile(r"^\w+(?:aa|ee|ii|oo|uu|yy)ko$")
# A plural past participle describing a thing: "anonymisoidut CV:t", "poistetut tuotteet", "tuhotut asiakirjat".
FI_PARTICIPLE = re.compile(r"^\w+(?:tut|dut|tyt|dyt|ttuja|ttujen|ttuina)$")


def own_act(s: str, start: int, end: int) -> bool:
    """True if the verb at s[start:end] is the writer's own act or a question about a feature."""
    word = s[start:end].split(" ", 1)[0].strip(".,!?")
    if FI_OWN_VERB.match(word) or FI_THIRD_QUESTION.match(word) or FI_PARTICIPLE.match(word):
        return True
    return bool(OWN_ACT_BEFORE.search(s[max(0, start - 40) : start]) or OWN_ACT_AFTER.match(s[end:].lstrip()))


# --- a controller asking about its own customers' data -------------------------------------------

# The writer's customers / clients / patients (not "my customer account", which is the writer's own).
CLIENT_DATA = _rx(
    r"\b(?:mun|minun|meidan|meian|yks|yksi) (?:\S+ )?asiakka\w*|\basiakkaa(?:ni|mme|llani|ltani|llamme|ltamme)\b"
    r"|\basiakkaide(?:ni|mme)\b",
    r"\b(?:my|our|one of (?:my|our)) (?:\S+ )?(?:customers?|clients?|patients?|members?|guests?)\b"
    r"(?! (?:account|history|number|data|details|record|profile|id)\b)"
    r"|\ba (?:customer|client|patient) of (?:mine|ours)\b",
    r"\b(?:min|mina|var|vara) (?:\S+ )?(?:kund|kunder|kunderna|klient\w*|patient\w*)\b|\ben av (?:mina|vara) kunder\b",
)
# The company's product, used by the writer for their own business.
SOFTWARE = _rx(
    r"\bohjelm\w*|\bsovellu\w*|\bsoft(?:a|an|assa|aan)\b|\bappi\w*|\bajanvarau\w*|\bhallintapanee\w*",
    r"\bsoftware\b|\bapp\b|\bapplication\b|\bdashboard\b|\badmin (?:panel|view)\b|\bbooking system\b",
    r"\bprogrammet\b|\bappen\b|\bsystemet\b|\bverktyget\b",
)
HOW_TO = _rx(
    r"\bmiten\b|\bkuinka\b|\bmilla tavalla\b",
    r"\bhow (?:do|can|should|would) (?:i|we)\b|\bhow to\b",
    r"\bhur (?:gor|kan|ska) (?:jag|vi)\b|\bwie kann ich\b",
)


def controller_context(sentences: list[str]) -> bool:
    """The writer runs a business on the company's product and asks about their own customers' data."""
    clients = soft = how = False
    for s in sentences:
        clients = clients or bool(CLIENT_DATA.search(s))
        soft = soft or bool(SOFTWARE.search(s))
        how = how or bool(HOW_TO.search(s))
    return clients and (soft or how)


def without_clients(s: str) -> str:
    """*s* with "my customer(s)" phrases blanked, so that they do not read as the writer's own noun."""
    return CLIENT_DATA.sub(" ", s)


# --- work threads ------------------------------------------------------------------------------

# A project's mail thread, a meeting invite, an internal alias: taking oneself off is work routine.
WORK_THREAD = _rx(
    r"\b\w*ketju\w*|\bkopio(?:na|ksi|lta|sta)\b|\bcc\b|\bpalaveri\w*|\bkokou\w*|\bkokouskutsu\w*|\bprojekti\w*",
    r"\bthread\b|\bmeeting\w*|\binvites?\b|\bcalendar\b|\bprojects?\b|\baliases\b|\balias\b",
    r"\btrad(?:en)?\b|\bmote\w*|\bkallelse\w*|\bprojekt\w*",
)
# Marketing proper (not just "a list"): with these the removal is still an opt-out.
CAMPAIGN = _rx(
    r"\buutiskir\w*|\bmarkkinoin\w*|\bmaino(?:k?s|n)\w*|\w*kampanj\w*|\btarjou\w*",
    r"\bnewsletter\w*|\bmarketing\b|\badvert\w*|\bpromotion\w*|\bspam\w*|\boffers\b|\bmailing\w*",
    r"\bnyhetsbrev\w*|\breklam(?!aatio|ation)\w*|\bmarknadsfor\w*|\berbjudand\w*|\bwerbung\b",
)


def work_thread(s: str, prev: str) -> bool:
    """A removal from a project thread / meeting invite / internal alias, with no marketing in sight."""
    return any(WORK_THREAD.search(t) for t in (s, prev)) and not any(CAMPAIGN.search(t) for t in (s, prev))


# --- "these letters must stop" -----------------------------------------------------------------

# Mail that should stop: the noun, then a stop verb ("kirjeet loppuvat", "the letters to stop", "breven upphör").
STOP_MAIL = _rx(
    r"\b(?:\w*kirjee\w*|\w*viest\w*|sahkopost(?:it|eja)|meilit|meileja|soitot|soittelu\w*|puhelut|tekstarit"
    r"|postitukset) (?:\S+ ){0,3}(?:loppu(?:vat|isivat|u|maan|a)|lakka(?:avat|isivat|maan|a)|jaisivat pois)\b",
    r"\b(?:letters|mails|e-?mails|messages|calls|texts|ads|newsletters|flyers|leaflets|mailings) (?:\S+ ){0,3}"
    r"(?:to )?(?:stop|end|cease)(?:ped)?\b",
    r"\b(?:breven|utskicken|mejlen|mailen|samtalen|sms:en|reklamen|nyhetsbreven) (?:\S+ ){0,3}"
    r"(?:upphor|slutar|sluta|stoppas|upphora)\b",
)
# A demand in the verb form itself: "mainosviestit loppumaan heti", "on loputtava", "must stop", "måste upphöra".
STOP_DEMAND = re.compile(
    r"\bloppumaan\b|\blakkaamaan\b|\b(?:saa|pitaa|taytyy|on) (?:\S+ )?(?:loppua|lakata)\b|\bloputtava\b"
    r"|\b(?:must|need to|has to|have to|should) (?:\S+ )?(?:stop|end|cease)\b|\bmaste (?:\S+ )?(?:upphora|sluta)\b"
)


def stopped_mail(s: str, ctx_before: tuple[str, str], asked: bool) -> re.Match[str] | None:
    """ "Toivon, että nämä kirjeet loppuvat" after the campaigns were named: an objection to marketing."""
    m = STOP_MAIL.search(s)
    if not m or not (asked or STOP_DEMAND.search(s)):
        return None
    if any(MARKETING.search(t) or CAMPAIGN.search(t) for t in (s, *ctx_before)):
        return m
    return None


# --- the writer's data changed or is recorded wrongly ---------------------------------------------

# A new value of the writer's own field, or the life event behind it ("heter numera", "uusi osoitteeni").
# Not "our new address" / "uusi osoitteemme": a company's move is not personal data.
NEW_VALUE = _rx(
    r"\buusi (?:\S+ )?(?:osoit|nim|sukunim|puhelinnumer|numer|sahkopost)\w*(?<!mme)\b"
    r"|\b(?:nimeni|sukunimeni|osoitteeni) on (?:nykyaan|nyt|muuttunut|vaihtunut)\b|\bmenin naimisiin\b"
    r"|\b(?:olen|oon) (?:\S+ )?(?:vaihtanut|vaihtanu) (?:\S+ )?(?:nime|sukunime|osoite|numero)\w*",
    r"\bheter (?:numera|nu|sedan)\b|\b(?<!vart )(?<!var )(?:ny|nytt) (?:\S+ )?(?:adress|e-?post\w*|telefonnummer"
    r"|efternamn|namn|nummer)\b|\bgift mig\b|\bbytt (?:\S+ )?(?:efternamn|namn)\b|\bjag har flyttat\b",
    r"(?<!our )(?<!their )\bnew (?:\S+ )?(?:surname|last name|name|address|e-?mail(?: address)?|phone(?: number)?"
    r"|number)\b|\bmy name is now\b|\bgot married\b|\bi(?:'ve| have) moved\b"
    r"|\bchanged my (?:\S+ )?(?:name|surname|address|number)\b",
    r"\bneue (?:adresse|anschrift|telefonnummer)\b|\bneuer (?:name|nachname)\b|\bgeheiratet\b"
    r"|\bheisse (?:jetzt|nun)\b",
)
# The company's records say something about the writer ("laskutuksessa näkyy, että minulla olisi maksamatta",
# "your system shows I still owe", "enligt ert system har jag"): a record of the writer, said to be wrong.
RECORD_CLAIM = _rx(
    r"\bnakyy,? (?:etta )?(?:\S+ ){0,2}(?:minulla|mulla|minun|mun|olisin|olen|oon|minut|mut)\b"
    r"|\b(?:minut|mut) on (?:\S+ )?merkitty\b"
    r"|\b\w+(?:n|ssa) mukaan (?:olisin|olin|olen|oon)\b|\b(?:olen|oon) (?:\S+ )?merkitty\w*\b",
    r"\b(?:shows?|says?|lists?|states?|claims?) (?:that )?i (?:am|'m|have|owe|still)\b"
    r"|\bi(?: am|'m) (?:listed|marked|registered|recorded|flagged) as\b"
    r"|\baccording to (?:\S+ ){0,3}(?:i was|i am|i'm|i have|i had)\b",
    r"\b(?:star|syns) (?:det )?(?:att )?jag\b|\benligt (?:\S+ ){0,2}(?:har|ar|var|hade) jag\b"
    r"|\bjag (?:star|ar) (?:\S+ )?(?:registrerad|markerad|noterad) som\b",
)


def changed_fields(s: str) -> bool:
    """The writer reports their own data changed or recorded wrongly: a correction in the mail is for it."""
    return bool(NEW_VALUE.search(s) or RECORD_CLAIM.search(s))


# A statement instead of an ask: "sukunimeni on muuttunut, uusi on Koski", "my address is wrong, the correct
# one is …". Told to the company's info@, the writer's own field said to be changed or wrong, together with
# its new value, asks for a correction. Singular possessives only: "osoitteemme", "our address" is a company.
OWN_FIELD = _rx(
    r"\b(?:(?:suku|etu)?nimeni|(?:koti|posti|sahkoposti)?osoitteeni|(?:puhelin)?numeroni|sahkopostini"
    r"|titteleni|nimikkeeni|syntymaaikani|tietoni|tiedoissani|tiedoistani|yhteystietoni|yhteystiedoissani)\b",
    r"\b(?:mitt|min) (?:(?:efter|for)?namn|(?:hem|post|e-?post)?adress|(?:telefon|mobil)?nummer|mejl\w*"
    r"|e-?post\w*|titel)\b",
    r"\bmy (?:(?:sur|last |first |family )?name|(?:home |postal |street |e-?mail )?address|e-?mail"
    r"|(?:(?:mobile |tele)?phone|mobile)(?: number)?|number|(?:job )?title|date of birth)\b",
)
CHANGED_OR_WRONG = _rx(
    r"\b(?:on|ovat|oli) (?:\S+ ){0,3}(?:vaarin|vaara|virheellinen|vanhentunut|muuttunut|vaihtunut|virhe|virheita)\b"
    r"|\b(?:muuttui|vaihtui)\b",
    r"\b(?:ar|blev) (?:\S+ ){0,3}(?:fel|felaktig\w*|felstavat|inaktuell\w*)\b|\bstammer inte\b"
    r"|\bhar (?:andrats|andrat sig|bytts|blivit fel)\b",
    r"\b(?:is|was|are) (?:\S+ ){0,3}(?:wrong|incorrect|misspelt|misspelled|out of date|outdated)\b"
    r"|\b(?:has|have) changed\b|\bchanged\b",
)
NEW_IS = _rx(
    r"\b(?:oikea|uusi|nykyinen)\b (?:\S+ ){0,2}on\b|\bpitaisi olla\b|\bkuuluu olla\b"
    # a form's "oikea tieto alla" (the right data below) and its filled line "Osoite nyt Kiviharjuntie 11"
    r"|\boikea\w* tie[dt]o\w*|\b(?:\w*osoite|\w*nimi|\w*numero|sahkoposti) (?:on )?nyt\b",
    r"\b(?:ratt|korrekt|nya|nytt|nuvarande)\w* (?:\S+ ){0,2}(?:ar|blir)\b|\b(?:ska|borde) vara\b",
    r"\b(?:correct|right|new|current)(?: \S+)? (?:is|should be|would be)\b|\bshould (?:be|read)\b"
    r"|\bit(?: is|'s) now\b|\bis now\b",
)


def stated_correction(sentences: list[str]) -> str | None:
    """The sentence saying the writer's own field changed or is wrong, when the mail also gives the new value."""
    for i, s in enumerate(sentences):
        field = OWN_FIELD.search(s)
        if not field or not CHANGED_OR_WRONG.search(s[field.start():]):
            continue
        if any(NEW_IS.search(t) for t in sentences[i : i + 3]):
            return s
    return None


# Anything the situations add as a cue of their own (a sentence without lexicon cues may still carry it).
CUE = STOP_MAIL


# --- an opt-out for someone else -----------------------------------------------------------------

# A third person's mail or data as the object: "to her address", "his e-mail", "hänen osoitteeseensa", "till henne".
THIRD_OBJECT = _rx(
    r"\b(?:her|his|their) (?:\S+ )?(?:address|e-?mail|mailbox|inbox|name|details|data|account|information"
    r"|number|contact)\w*\b|\b(?:to|for|from) (?:her|him)\b"
    r"|\b(?:to|for) (?:my|our|the) (?:former |ex-)?(?:colleague|co-?worker|employee|predecessor)s?\b",
    r"\bhanen \w+|\bhanelle\b|\b\w+(?:een|aan|lle)nsa\b|\b(?:entiselle|entisen) \w+",
    r"\b(?:hans|hennes) \w+|\btill (?:henne|honom)\b|\btill (?:var|min) (?:\S+ )?(?:kollega|medarbetare)\w*",
)


# A company's own line or name as the object: "soittelu yrityksemme numeroon", "our company's switchboard".
COMPANY_OBJECT = _rx(
    r"\b(?:yrityksemme|yhtiomme|firmamme|toimistomme|vaihteeseemme|vaihteemme|vaihteeseen)\b",
    r"\bour (?:company|firm|office|switchboard|reception|main line)\b",
    r"\b(?:vart|vara) (?:foretag|kontor|vaxel)\w*|\bvar vaxel\b",
)


def for_someone_else(s: str, third_party: bool, relative: bool) -> bool:
    """A removal or opt-out for a former colleague / staff member or for the writer's company (a legal person's
    switchboard is no personal data), with nothing of the writer's own in it."""
    if not ((third_party and not relative and THIRD_OBJECT.search(s)) or COMPANY_OBJECT.search(s)):
        return False
    return not (PERSONAL_SELF.search(s) or ABOUT_ME.search(s) or OWN_DATA.search(s))


# --- things that only look like an ask -------------------------------------------------------------

# A statute cited with its amendments: "the CCPA, as amended by the CPRA", "sellaisena kuin se on muutettuna".
CITATION = re.compile(
    r"\bas (?:amended|updated|revised|corrected)(?: by| in)?\b|\bmuutettuna\b|\bi dess (?:andrade|uppdaterade)\b"
    r"|\bin der (?:geanderten|aktualisierten) fassung\b"
)
# Letters or reminders sent somewhere: what is sent is post, not the writer's data moved to a new holder.
POSTAL_ITEMS = _rx(
    r"\bmuistutu\w*|\blasku\w*|\bkirje\w*|\bmainos\w*|\bluettelo\w*|\bkuvasto\w*",
    r"\bpaminnelse\w*|\bbrev\w*|\bfaktur\w*|\breklam\w*|\bkatalog\w*|\bpost(?:en)?\b",
    r"\breminders?\b|\bletters?\b|\binvoices?\b|\bbills?\b|\bcatalogu?e?s?\b|\bleaflets?\b|\bflyers?\b",
)


def company_data(s: str) -> bool:
    """The company's own data (billing details, the switchboard or phone directory), not the writer's fields."""
    return bool(BUSINESS_DATA.search(s) or (COMPANY_DIRECTORY.search(s) and not PERSONAL_FIELD.search(s)))


def citation(s: str, start: int, end: int) -> bool:
    """The correction word at s[start:end] is part of a statute's citation ("as amended by")."""
    return bool(CITATION.search(s[max(0, start - 4) : end + 4]))


def post_sent(word: str) -> bool:
    """ "skicka påminnelser dit", "send the letters to them": post delivered, not data ported."""
    return bool(POSTAL_ITEMS.search(word))


# --- a lead-in ask over a list ----------------------------------------------------------------------

_LIST_ITEM = re.compile(r"^(?:[-*\u2022\u2013]|\d{1,2}[.)]|[a-h]\))(?:\s|$)")
_BARE_MARKER = re.compile(r"\d{1,2}[.)]|[a-h]\)")  # "1." split off as a sentence of its own


def lead_in_ask(s: str) -> bool:
    """ "Under articles 15 and 17 I ask you to:", "pyydän seuraavaa:": an ask whose objects follow as a list."""
    return s.rstrip().endswith(":") and bool(REQUEST.search(s))


def continues_list(s: str, prev: str) -> bool:
    """*s* is a list line, or the continuation of one that ran on without a sentence end."""
    if _LIST_ITEM.match(s) or _BARE_MARKER.fullmatch(prev):
        return True
    return bool(_LIST_ITEM.match(prev)) and not prev.rstrip().endswith((".", "!", "?"))


# --- held back until a dispute or a correction is settled -------------------------------------------

# "älkää lähettäkö mitään sinne ennen kuin se on korjattu", "don't send anything there until it's fixed",
# "skicka inget dit innan adressen är rättad": a use stopped *meanwhile* is a restriction (Art. 18), not an
# objection to a purpose, which would stop it for good.
UNTIL_SETTLED = _rx(
    r"\b(?:ennen (?:kuin|ku|kun)|kunnes|siihen asti (?:etta|kun|kunnes)|niin kauan kuin) (?:\S+ ){0,5}"
    r"(?:korja\w*|oikais\w*|selvi\w*|ratkais\w*|ratkea\w*|kunnossa|paivite\w*|tarkiste\w*|tarkastet\w*)",
    r"\b(?:innan|tills|till dess|fram till) (?:\S+ ){0,5}(?:rattad\w*|rattat\w*|rattas|korrigera\w*|utredd\w*"
    r"|utrett|lost|lostes|klar\w*|uppdatera\w*|kontroller\w*)",
    r"\b(?:until|till|before|pending|as long as) (?:\S+ ){0,5}(?:correct\w*|fix\w*|resolv\w*|settl\w*|sorted"
    r"|clear\w*|updat\w*|verif\w*|checked)\b|\bpending (?:the |a |my )?(?:correction|dispute|review|check)\b",
)


def held_meanwhile(own_words: str, s: str) -> Literal["restriction"] | None:
    """ "…until it is corrected / the dispute is settled": a stop for the meantime, not for good.

    *own_words* is the sentence before "on korjattu" was blanked as a finished act; marketing stays an objection.
    """
    return "restriction" if UNTIL_SETTLED.search(own_words) and not MARKETING.search(s) else None


# --- a one-word answer to a quoted either-or question -----------------------------------------------

_CHOICE = re.compile(r"\b(?:vai|tai|or|eller|oder)\b")
_ANSWER_WORDS = 3


def answers_a_choice(own: str, full: str) -> bool:
    """The writer's whole text is one of the options a quoted question offered.

    'Mikä teksti tulee painikkeeseen: "Unsubscribe" vai "Cancel subscription"?' answered "unsubscribe" names
    a button label, it does not opt out. Only a short answer counts, and only to a question with options.
    """
    answer = " ".join(fold(own).strip(" \n\t.!\"'").split())
    if not answer or len(answer.split()) > _ANSWER_WORDS:
        return False
    rest = full.split(own.strip(), 1)[-1]  # what follows the answer: the quote, "> " marks or Outlook's
    quoted = fold("\n".join(ln.lstrip("> ") for ln in rest[:3000].split("\n")))
    for question in re.findall(r"[^.!?\n]*(?:\n[^.!?\n>]*){0,2}\?", quoted):
        if _CHOICE.search(question) and re.search(r"[\"'“”‘’«»]" + re.escape(answer) + r"[\"'“”‘’«»]", question):
            return True
    return False
