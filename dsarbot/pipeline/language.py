"""Language of a short mail text: a stop-word scorer with a few character and suffix cues.

Why not a library: langdetect/lingua are either non-deterministic on short texts or heavy (lingua's
models are >100 MB); mail to info@ is fi/sv/en with some de/et, and a few hundred function words
decide these reliably, also for Finnish typed without umlauts. Tokens are folded (ä->a, ö->o, å->a)
so "mita tietoja" and "mitä tietoja" score alike.
"""

from __future__ import annotations

import re

from dsarbot.pipeline.textutil import fold

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
