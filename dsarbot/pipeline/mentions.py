"""Rights that a letter only mentions, not asks for (folded text, see lexicon.py).

Formal letters and templates name more rights than they use: "I reserve the right to request erasure",
"tiedoksi: asetus antaa minulle myös oikeuden vaatia poistamista", "jag är medveten om att jag också har
rätt till radering", "you may also note that I am entitled to a copy", the Art. 15(1)(e) item "the
existence of the right to request rectification or erasure", a quoted article ("rekisteröidyllä on oikeus
…"), "lainaan 15 artiklaa vain siksi, että…". What follows such a cue, up to the end of the sentence or a
fresh first-person ask ("…, joten pyydän", "but I request"), is information: :func:`blank` removes it
before the sentence is read for rights, so the kinds of a case are only those the writer uses. A report of
what the company announced ("sain ilmoituksen, että tilini poistetaan") is blanked the same way.
"""

from __future__ import annotations

import re

from dsarbot.pipeline.lexicon import BUSINESS_DOC, ID_DOCUMENT, SELF, _rx

# A right named as information: held, reserved, known, quoted, or listed as an item of Art. 15(1).
MENTION = _rx(
    # fi
    r"\bvaraan (?:\S+ )?oikeuden\b|\b(?:minulla|mulla) (?:on|olisi|olis) (?:\S+ ){0,4}oikeus\b"
    r"|\bantaa? (?:minulle|mulle|rekisteroidylle) (?:\S+ )?oikeuden\b|\btiedoksi\b|\bolen tietoinen\b"
    r"|\b(?:tiedan|tiedostan),? (?:etta|ett)\b|\bvoisin (?:\S+ )?(?:pyytaa|vaatia)\b|\bvoivan\b"
    r"|\bvoin (?:myos |myohemmin |tarvittaessa |halutessani )+(?:pyytaa|vaatia|kayttaa)\b|\blainaan\b"
    r"|\blainattu\w*|\brekisteroidylla on (?:\S+ )?oikeus\b|\boikeude(?:sta|n olemassaolo\w*) (?:\S+ )?"
    r"(?:pyytaa|vaatia|saada|tehda|oikaisu|poisto|rajoit|vastust|siirt)\w*",
    # sv
    r"\bforbehaller (?:mig|oss) (?:\S+ )?ratt(?:en|igheten)?\b"
    r"|\b(?:jag|vi) (?:har|hade|skulle ha) (?:\S+ ){0,4}ratt (?:att|till)\b|\bupplysa om\b"
    r"|\b(?:jag|vi) ar (?:\S+ )?medvet(?:en|na) om\b|\b(?:jag|vi) vet (?:\S+ )?att\b|\bfor (?:\S+ )?kannedom\b"
    r"|\bkan (?:senare|aven|ocksa|eventuellt|sedan)(?: \S+)? (?:komma att )?begara\b|\bskulle kunna begara\b"
    r"|\bforekomsten av (?:\S+ )?ratt\w*|\bratt(?:en|igheten) att begara\b|\bden registrerade (?:\S+ )?ratt\b"
    r"|\bciterar\b",
    # en
    r"\breserve (?:the|my|our) rights?\b|\b(?:i|we) (?:am|'m|are) (?:also |fully |well )?(?:entitled|aware)\b"
    r"|\b(?:i|we) (?:also )?(?:have|would have) (?:\S+ )?(?:the )?right to\b|\byou may (?:also|wish)\b"
    r"|\b(?:i|we) (?:could|can|may|might) (?:also |first |later |still |in future )*(?:ask|request|exercise)\b"
    r"|\bfor your (?:information|reference|records)\b|\bexistence of the right\b|\bthe right to request\b"
    r"|\bthe data subject (?:shall )?(?:have|has) the right\b|\bi quote\b",
)
# What the company announced or did, reported by the writer: "sain ilmoituksen, että tilini poistetaan",
# "you informed me that my account will be deleted", "jag fick besked om att kontot raderas".
REPORTED = _rx(
    r"\bsain (?:\S+ )?(?:ilmoitukse\w*|viesti\w*|tiedo\w*|kirjee\w*|sahkopost\w*)"
    r"|\b(?:ilmoititte|kerroitte|kirjoititte)\b|\bteidan (?:\S+ )?(?:ilmoituksenne|viestinne) mukaan\b",
    r"\b(?:jag|vi) (?:har fatt|fick) (?:ett |en )?(?:meddelande|besked|brev|mejl|e-?post)\w*"
    r"|\bni (?:meddelade|skrev|informerade)\b",
    r"\b(?:i|we) (?:have |just )?(?:got|received) (?:a |an |your )?(?:notice|notification|message|e-?mail|letter)\b"
    r"|\b(?:i|we) (?:was|were) told\b|\byou (?:told|informed|notified|wrote to) (?:me|us)\b",
)
# A fresh ask of the writer's own ends the information: "…, joten pyydän", "but I request", "och jag begär".
FRESH_ASK = re.compile(
    r"\b(?:pyydan|pyydamme|vaadin|vaadimme|haluan|haluaisin|toivon)\b|\b\w{3,}(?:[aeiouy]|t)kaa\b"
    r"|\b(?:i|we) (?:hereby |therefore |now |also |only )?(?:request|ask|want|demand|object|would like)\b|\bplease\b"
    r"|\b(?:jag|vi) (?:begar|ber|vill|kraver|invander|onskar)\b|\b(?:begar|ber|kraver) (?:jag|vi)\b"
)


def blank(s: str) -> str:
    """*s* with each mentioned right (from a cue to a fresh ask or the sentence's end) blanked out."""
    m = MENTION.search(s) or REPORTED.search(s)
    if not m:
        return s
    out, pos = [], 0
    while m:
        ask = FRESH_ASK.search(s, m.end())
        end = ask.start() if ask else len(s)
        out.append(s[pos : m.start()])
        out.append(" ")
        pos = end
        m = (MENTION.search(s, end) or REPORTED.search(s, end)) if ask else None
    out.append(s[pos:])
    return "".join(out)


def document_copy(following: str) -> bool:
    """ "A copy of my passport" proves identity; "kopio vuokrasopimuksesta" is a business document, not my data."""
    return bool(ID_DOCUMENT.search(following) or (BUSINESS_DOC.search(following) and not SELF.search(following)))


# Handing over or an order of steps between a deletion and a data phrase: "poistakaa … ja kertokaa, mitä",
# "delete it, but first send me a copy": the data phrase is then an ask of its own.
_GIVE = re.compile(
    r"\b(?:send|give|tell|provide|show|e-?mail|let me know|lahet\w*|kerto\w*|kerro\w*|anta\w*|toimit\w*|nayt\w*"
    r"|ilmoit\w*|skicka\w*|ge|beratta\w*|visa|meddela\w*|first|ensin|forst|before|ennen|innan|jalkeen|then"
    r"|sitten|sedan)\b"
)
_ERASED_PASSIVE = re.compile(
    r"\b(?:raderas|tas bort|poistetaan|poistettaisiin|tuhotaan|(?:be|are|being) (?:deleted|erased|removed|destroyed))\b"
)


def erased_object(s: str, start: int, end: int, erase: re.Pattern[str]) -> bool:
    """The data phrase at s[start:end] is what a deletion in the sentence removes, not a copy asked for.

    "poistakaa kotiosoitteeni ja kaiken muun, mitä minusta on kirjattu"; "alla länkar, kopior … raderas".
    """
    before = [m for m in erase.finditer(s, 0, start) if not _GIVE.search(s, m.end(), start)]
    if before and not FRESH_ASK.search(s, before[-1].end(), start):
        return True
    return bool(_ERASED_PASSIVE.search(s[end : end + 80])) and not _GIVE.search(s, end, end + 80)


# A copula or modal makes a short line a clause ("Tarkastuspyyntö voi olla esimerkiksi"), not a heading.
_CLAUSE_VERB = re.compile(r"\b(?:on|ovat|voi|voivat|olla|is|are|can|may|be|ar|kan|kunde|vara)\b")


def heading(s: str, pitch: bool) -> bool:
    """A heading ("TARKASTUSPYYNTÖ"); not a title line ("Account Executive, DSAR Suite") nor a short clause."""
    return len(s.split()) <= 4 and not pitch and "," not in s and not _CLAUSE_VERB.search(s)
