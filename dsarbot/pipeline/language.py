"""Which language a mail is written in: CLD2 restricted to the languages that matter, hand rules for one-liners.

``identify(text)`` asks CLD2 (pycld2, Apache-2.0: Google's Compact Language Detector 2, its model
compiled into the wheel, ~8 MB resident, ~0.02 ms per mail) and keeps the first of its candidates that
is one of LANGUAGES (the 24 EU official languages and the languages most written in Finland besides:
Norwegian, Icelandic, Ukrainian, Russian, Arabic, Persian, Turkish, Somali, Albanian, Vietnamese, Thai,
Chinese). For texts of a few words CLD2 guesses ("delete me" -> Nynorsk), so there the stop-word rules
below decide when they find Finnish, Swedish or English: the languages the classifier fully reads and the
mailbox mostly gets. bench/language_id.py measured the choice (lingua, py3langid, fastText and the rules
alone were slower, heavier or less accurate on short mail).

The rules (``detect_language``): a stop-word scorer with a few character and suffix cues. Tokens are
folded (ä->a, ö->o, å->a) so "mita tietoja" and "mitä tietoja" score alike.
"""

from __future__ import annotations

import re

from dsarbot.pipeline.quotes import form_message
from dsarbot.pipeline.textutil import MAX_ANALYSED, fold, without_links

_WORDS: dict[str, str] = {
    "fi": """ja on ei en etta olen oli ole olla mina minun minua minulla minulle minusta minut mun mua
        multa mulle teidan teilla teille teilta teita te te teidat se ne niita nama tama tassa tahan
        taman joka jotka jota kun jos mutta myos vain kaikki kaikkien kiitos kiitoksia hei moi moikka
        terveisin ystavallisin tiedot tietoni tietoja tietojani haluan haluaisin pyydan voisitteko voitteko
        sen siita ovat olisi koska viela enaa jo nyt tai kanssa mita miten missa mista kuin sitten asti
        saakka eika enka ette emme olemme olette oletteko kuitenkin mukaan osalta osoitteeseen koskevat
        koskevia tai vai sekä seka kuten siis myös eli jotta ettei hyva hyvaa osoite sahkoposti
        sahkopostia puh puhelin numero asiakas asiakkaana rekisteri rekisterista tietosuoja tilaus
        lasku tarjous yhteystiedot henkilotiedot poistakaa lahettakaa kertokaa kiitos terv ystavallisesti
        tama talla tuli taalla nama naiden naita niiden heidan han hanen meille meilla meidan""",
    "sv": """och att det jag ni er ert era min mina mitt mig inte som ett har ar for med till fran pa om av
        vill kan hej tack vanliga vanlig halsningar halsning alla uppgifter personuppgifter dem de den var vi
        eller ocksa nar sa nu bara skulle kunde hos mvh tillgang radera ratt mej nagot nagra ingen inga
        aldrig eftersom efter innan under over sedan genom dar har hur vad vilka vilken vilket ska skall
        borde maste blir bli blev finns fick fa gor gora begar begaran bestrider behandling behandlingen
        utskick reklam tack snalla vanligen mottagare bastа basta min mitt dessa detta sina sitt sin ocksa
        nej ja""",
    "en": """the and to of a in is you your i my me for that this it with on have be are please not all
        from would could thanks thank hello hi regards we our about any as at by do if or will can what
        which who whom been was were has had an there their they them these those also only just more
        no yes so than then when where why how into out up down off over under again further once here
        dear sir madam kind best sincerely faithfully data information personal delete request copy
        hold held use used since until should shall may might must i'm i'd don't can't won't stop send
        sending email emails mail want know remove account unsubscribe marketing receive""",
    "de": """und der die das ich sie nicht ist mit von zu den dem mein meine meiner meinen mich mir bitte
        ihre ihr ihnen auf fur eine ein einen es auch wird sind habe hat werden bei im aus uber danke
        grusse gruss hallo sehr geehrte damen herren ob falls sowie gemass daten personenbezogenen keine
        kein mehr hiermit nach oder aber wenn wie was wer wo zum zur dass diese dieser dieses vielen dank
        freundlichen liebe viele beste noch schon nur""",
    "et": """ja on ei ma mina minu mul mulle teie te see et kas palun tere aitah ka oma andmed andmeid
        andmete kustutada soovin mis kui aga vaid oli olen kuid ning nad seda sellest minust teil teile
        lugupidamisega parimate soovidega tervitades olete oleme mida kus miks millal siis veel enam
        ainult koik koiki mind sind teda meid neid""",
    "fr": """le la les et est je vous nous de des du un une pour que qui dans pas sur avec mes mon ma
        merci bonjour cordialement donnees personnelles suppression veuillez ne ce cette il elle""",
    "es": """el la los las y es yo usted de del un una para que en por con no mis mi gracias hola saludos
        datos personales eliminar solicito quiero como esta este""",
    "nl": """de het een en is ik u jij niet van voor dat die met op te zijn mijn mij graag bedankt hallo
        groeten gegevens verwijderen alstublieft wij ons""",
    "da": """og at det jeg i er til med for som ikke har kan vil mig min mine jer hej tak venlig hilsen
        oplysninger slette venligst fra paa af""",
    "no": """og at det jeg dere er til med for som ikke har kan vil meg min mine hei takk vennlig hilsen
        opplysninger slette vennligst fra pa av""",
    # Cyrillic: Russian function words (and the few Ukrainian ones that differ), so that Cyrillic mail
    # is never scored as the mailbox default; Ukrainian letters (і, ї, є, ґ) decide between the two.
    "ru": """и в не на я что с по как но это мне меня мой мои моих мою моё мое вы вас вам ваш вашей вашу
        ваши у за из о об обо от для до если так же бы ли уже или все всё здравствуйте спасибо пожалуйста
        прошу уважением данные данных персональных информацию есть был была было были который которые
        только ещё еще также при после без""",
    "uk": """і й та що це мені мене мій мої моїх ви вас вам ваш для від до як але також будь ласка дякую
        прошу дані даних персональних інформацію з повагою є""",
}
_STOP: dict[str, frozenset[str]] = {lang: frozenset(words.split()) for lang, words in _WORDS.items()}
# token -> languages it belongs to: one dict lookup per token instead of one per language.
_TOKEN_LANGS: dict[str, tuple[str, ...]] = {}
for _lang, _words in _STOP.items():
    for _w in _words:
        _TOKEN_LANGS[_w] = (*_TOKEN_LANGS.get(_w, ()), _lang)
_TOKEN = re.compile(r"[a-z'\u0400-\u04ff]+")
# Finnish case endings and clitics on longer words: strong evidence even without stop words.
_FI_SUFFIX = re.compile(
    r"\b\w{3,}(?:ssa|sta|lla|lta|lle|kaa|mme|nne|ni|ksi|aan|tte|isin|isitte|itteko|ko|ssani|stani|llani)\b"
)
_CHAR_HINTS: tuple[tuple[str, str, float], ...] = (
    ("å", "sv", 1.5), ("ß", "de", 2.0), ("ü", "de", 1.0), ("õ", "et", 3.0), ("æ", "da", 1.0),
    ("ø", "da", 1.0), ("é", "fr", 0.3), ("ñ", "es", 2.0), ("ы", "ru", 1.0), ("э", "ru", 1.0),
    ("ё", "ru", 1.0), ("і", "uk", 2.0), ("ї", "uk", 3.0), ("є", "uk", 2.0), ("ґ", "uk", 3.0),
)
_SHARED = frozenset({"on", "ja", "ei", "en", "i", "de", "at", "er", "om", "a", "te"})


def detect_language(text: str, default: str = "en") -> tuple[str, float]:
    """Return (ISO 639-1 code, confidence 0..1) for *text*; *default* when nothing is recognisable."""
    if not text.strip():
        return default, 0.0
    folded = fold(text)
    tokens = _TOKEN.findall(folded)
    scores = dict.fromkeys(_STOP, 0.0)
    for tok in tokens:
        langs = _TOKEN_LANGS.get(tok)
        if langs:
            weight = 0.5 if tok in _SHARED else 1.0
            for lang in langs:
                scores[lang] += weight
    lowered = text.lower()
    for ch, lang, weight in _CHAR_HINTS:
        n = lowered.count(ch)
        if n:
            scores[lang] += weight * min(n, 4)
    if "ä" in lowered or "ö" in lowered:
        # Umlauts point away from English; Finnish/Estonian/Swedish/German share them.
        for lang in ("fi", "sv", "de", "et"):
            scores[lang] += 0.5
    scores["fi"] += 0.4 * len(_FI_SUFFIX.findall(folded))
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top <= 0:
        return default, 0.0
    confidence = min(1.0, (top - second) / max(top, 1.0) + min(top, 10) / 20)
    return best, round(confidence, 2)



# The languages the product names; CLD2's other guesses are kept only when none of these is among them.
LANGUAGES: dict[str, str] = {
    "bg": "Bulgarian", "cs": "Czech", "da": "Danish", "de": "German", "el": "Greek", "en": "English",
    "es": "Spanish", "et": "Estonian", "fi": "Finnish", "fr": "French", "ga": "Irish", "hr": "Croatian",
    "hu": "Hungarian", "it": "Italian", "lt": "Lithuanian", "lv": "Latvian", "mt": "Maltese", "nl": "Dutch",
    "pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "sk": "Slovak", "sl": "Slovenian", "sv": "Swedish",
    "no": "Norwegian", "is": "Icelandic", "uk": "Ukrainian", "ru": "Russian", "ar": "Arabic", "fa": "Persian",
    "tr": "Turkish", "so": "Somali", "sq": "Albanian", "vi": "Vietnamese", "th": "Thai", "zh": "Chinese",
}
# Languages whose classifier vocabulary is complete; mail in any other language is read only through the
# multilingual tables (dsarbot/pipeline/vocab/) and needs a person's look.
FULLY_READ = frozenset({"fi", "sv", "en"})
_ALIASES = {"nb": "no", "nn": "no", "iw": "he", "zh-hant": "zh", "tl": "fil"}
_KIN = {"sr": "hr", "bs": "hr"}  # the same words in Latin script; Croatian is the EU language among them
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_SHORT = 4  # fewer words than this: CLD2 guesses, the rules decide for fi/sv/en
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_FSE_LETTERS = re.compile(r"[\x00-\x7fåäöéüÅÄÖÉÜ’‘“”–—\s]*")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_cld2_names: dict[str, str] = {}


def _cld2(text: str) -> tuple[str, float] | None:
    """CLD2's best candidate among LANGUAGES (else its top guess), with a confidence; None: no idea."""
    import pycld2  # imported here so that `import dsarbot.pipeline` stays cheap for tools that never classify

    data = _CONTROL.sub(" ", text).encode("utf-8", "replace")
    try:
        reliable, _, details = pycld2.detect(data, isPlainText=True, bestEffort=True)
    except pycld2.error:  # CLD2 refuses some byte sequences; the rules still answer
        return None
    found = [(_ALIASES.get(code.lower(), code.lower()), name, pct) for name, code, pct, _ in details if code != "un"]
    if not found:
        return None
    code, name, pct = next((f for f in found if f[0] in LANGUAGES), found[0])
    if code in _KIN and not _CYRILLIC.search(text):
        code, name = _KIN[code], LANGUAGES[_KIN[code]]  # Latin-script Serbian/Bosnian reads as Croatian
    _cld2_names.setdefault(code, name.title())
    return code, round(min(1.0, max(pct, 1) / 100 * (1.0 if reliable else 0.6)), 2)


# Greek typed in Latin letters ("Greeklish": "tha ithela na mou steilete ta prosopika mou dedomena"): CLD2 reads
# it as English. Its everyday words, none of them an English word, tell it.
_GREEKLISH_WORDS = """kai tha na mou sas apo pou gia einai eimai stin ston tin tis tou ton mas exete exo echo
    exw kalimera kalispera efxaristo eyxaristo efharisto euxaristo parakalo dedomena stoixeia prosopika mena emena
    ithela thelo theloume mporeite boreite mporo steilete steilte antigrafo diagrafi diagrapsete diagrapste pote
    xoris xwris choris esas eseis kanei kano den oti giati ola ena mia auto afto opos eixa mazi sygxaritiria
    logariasmo logariasmos"""
_GREEKLISH = frozenset(_GREEKLISH_WORDS.split())
_ASCII_TOKEN = re.compile(r"[a-z]+")
_GREEKLISH_SHARE = 0.25


def _greeklish(text: str) -> bool:
    """Greek in Latin letters: a quarter of the words or more are Greeklish, three of them different or more."""
    if not text.isascii():
        return False
    tokens = _ASCII_TOKEN.findall(text.lower())
    hits = [t for t in tokens if t in _GREEKLISH]
    return len(set(hits)) >= 3 and len(hits) >= _GREEKLISH_SHARE * len(tokens)


def identify(text: str, default: str = "fi") -> tuple[str, float]:
    """(ISO 639-1 code, confidence 0..1) of *text*; (*default*, 0.0) when it holds no words.

    >>> identify("Proszę usunąć moje dane osobowe.")[0]
    'pl'
    """
    text = without_links(text)
    head = _LETTERS.findall(text[:200])  # enough to tell a one-liner from a letter
    if not head:
        return default, 0.0
    found = _cld2(text)
    if _greeklish(text):
        return "el", 0.6
    if found is None or (len(head) < _SHORT and _FSE_LETTERS.fullmatch(text)):
        # A few words in the fi/sv/en alphabet ("delete me", "sluta maila mej"): CLD2 guesses, the stop words
        # know these better. Letters of other alphabets ("Ħassru d-data") leave the answer to CLD2.
        rules, rules_conf = detect_language(text, default)
        if found is None or (rules in FULLY_READ and rules_conf >= 0.5):
            return (rules, rules_conf) if rules_conf > 0 else (default, 0.0)
    return found


def language_name(code: str) -> str:
    """The language's English name and code for people: "Polish (pl)"; the bare code when unknown."""
    name = LANGUAGES.get(code) or _cld2_names.get(code)
    return f"{name} ({code})" if name else code


def mail_sample(text: str, subject: str) -> str:
    """The text whose language is the mail's: a web form's message field, else the writer's own text.

    A one-word body ("Ok", "unsubscribe") says little, so the subject is read with it.
    """
    sample = form_message(text) or text
    if len(sample.split()) < 2:
        sample = f"{subject}\n{sample}"
    return sample[:MAX_ANALYSED]


def mail_language(text: str, subject: str, content_language: str | None) -> str:
    """The language of a mail whose own words are *text*; Content-Language (else Finnish) when it has none.

    A one-word body in a language the stop words know ("unsubscribe", "Kiitos!") is that language even
    under a subject in another one ("Re: Uutiskirjesivu").
    """
    default = (content_language or "fi")[:2].lower()
    if not default.isalpha():
        default = "fi"
    own = (form_message(text) or text).strip()
    if own and len(own.split()) < 2:
        lang, confidence = detect_language(own, default)
        if lang in FULLY_READ and confidence >= 0.5:
            return lang
    return identify(mail_sample(text, subject), default=default)[0]
