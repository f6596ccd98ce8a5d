"""Word patterns for the request classifier (fi, sv, en, de, et; basic forms of da/no, nl, fr, es).

All patterns run on *folded* text (lower case, ä->a, ö->o, å->a, ü->u, ß->ss; see textutil.fold), so
one pattern serves "poistakaa tietoni" and "poistakaa tietoni" typed without umlauts alike.

Finnish is inflected: patterns match stems plus any ending (``tie[dt]o\\w*`` covers tiedot, tietoni,
tietojeni, tiedoistani, henkilötietoja…) instead of listing sentences. Each kind has two tiers:
*explicit* cues name the right itself (tarkastusoikeus, registerutdrag, right to be forgotten);
*verb* cues are actions (poistakaa, radera, delete) that count only with a personal-data object.
"""

from __future__ import annotations

import re

from dsarbot.pipeline.types import Kind


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts))


_W = r"(?:\S+ )"  # one intervening word, for "(?:\S+ ){0,3}" gaps

# --- who is speaking, and is it a request ------------------------------------------------------

REQUEST = _rx(
    # fi: first-person request verbs, polite questions, plural imperatives (-kaa/-kää folded)
    r"\b(?:pyydan|pyydamme|pyytaisin|haluan|haluaisin|haluamme|haluaisimme|toivon|toivoisin|vaadin|vaadimme"
    r"|kaytan|vastustan|kiellan|voisitteko|voitteko|voisiko|voiko|voisitko|voitko|saisinko|saanko|saisinko"
    r"|olisiko mahdollista|ystavallisesti|taten|teen|esitan|ilmoitan|peruutan|vaadimme"
    r"|voisko|voisiks|voiks|voisitteks|voisittekos|voitteks|saisko|saako|tarvitsen|tarvitsisin|tarvitsemme"
    r"|pyydetaan|vaaditaan)\b",
    # on someone's behalf: "isäni toivoo, että…", "hon vill att…", "my mother wants…" (the writer relays the ask);
    # a firm for its client too: "päämiehemme pyytää…", "our client requests…", "vår klient begär…"
    r"\b(?:han|he|hon|she|er|sie|\w{3,}ni|\w{3,}mme|my \w+|our \w+|min \w+|var \w+|mein\w* \w+|unser\w* \w+)"
    r" (?:\S+ )?(?:toivoo|haluaa|haluaisi|pyytaa|vaatii|vill|ber|begar|onskar|wants|would like|wishes|asks"
    r"|requests|mochte)\b",
    r"\b\w{3,}(?:[aeiouy]|t)kaa\b",  # poistakaa, pyyhkikää, korjatkaa, tilatkaa
    # sv
    r"\b(?:jag|vi) (?:vill|ber|begar|onskar|kraver|skulle vilja|maste)\b|\b(?:kan|kunde|skulle) ni\b"
    r"|\bvar (?:vanlig|snall|god)\b|\bvanligen\b|\bsnalla\b|\bber (?:er|om)\b|\bbegar\b|\butnyttja\b|\butova\b",
    # en
    r"\b(?:i|we) (?:\S+ )?(?:want|would like|wish|request|ask|demand|hereby|object|need|expect|insist)\b"
    r"|\b(?:i'd|i would|we'd) like\b|\b(?:would like|want|wish) you to\b"
    r"|\bplease\b|\bpls\b|\bplz\b|\b(?:could|can|would|will) you\b|\bkindly\b"
    r"|\bi am (?:writing|requesting|asking)\b|\bi'm (?:writing|requesting|asking)\b",
    # de
    r"\bich (?:mochte|bitte|verlange|fordere|widerspreche|beantrage|will|ersuche)\b|\bbitte\b|\bhiermit\b"
    r"|\b(?:konnten|konnen|wurden) sie\b",
    # et
    r"\b(?:palun|palume|soovin|soovime|tahan|nouan|nouame)\b|\bkas (?:te )?(?:saaksite|voiksite)\b",
    # da/no, nl, fr, es: the basic polite and first-person forms
    r"\bjeg (?:vil|onsker|ber|beder|krever|kraever)\b|\bvennligst\b|\bvenligst\b|\bik wil\b|\bgraag\b"
    r"|\bje (?:vous )?(?:veux|souhaite|demande|voudrais|prie)\b|\bveuillez\b|\bmerci de\b|\b(?:solicito|quiero|deseo)\b"
    r"|\bpor favor\b",
    # ru (Cyrillic, folded ё->е): first-person asks, "пожалуйста", the polite "could you", plural imperatives
    r"\b(?:прошу|просим|пожалуйста|хочу|хотим|требую|требуем|(?:хотел|хотела|хотели) бы|(?:не )?могли бы вы"
    r"|можете ли вы|удалите|сообщите|предоставьте|пришлите|вышлите|отправьте|исправьте|измените|обновите"
    r"|прекратите|перестаньте|ограничьте|передайте|уберите|отпишите|скажите)\b",
    # imperatives opening a sentence (sv/en/de)
    # …also after a comma: "Tack för svaret, radera mina uppgifter", "thanks, delete my data"
    r"(?:^|, )(?:radera|skicka|ta bort|avregistrera|sluta|ratta|uppdatera|delete|remove|erase|stop|unsubscribe"
    r"|send|tell|provide|correct|update|restrict|give|loschen|senden|entfernen|kustutage|eemaldage|saatke"
    r"|slett|slet|verwijder)\b",
)
SELF = _rx(
    r"\b(?:mina|minun|minua|minusta|minulle|minulla|minulta|minut|mun|mua|multa|mulle|mut|musta|mulla|itseani"
    r"|itsestani|olen|haluan|haluaisin|pyydan|vastustan|kiellan|kaytan|vaadin|toivon|teen|en|enka|emme"
    r"|allekirjoittan\w*|undertecknad\w*|the undersigned)\b",
    # Finnish possessive suffix: tietoni, tilini, oikeuttani, sahkopostiini (not the adverbs "mielelläni", "mielestäni")
    r"\b(?!(?:mielella|mielesta|tietaakse|muistaakse|ymmartaakse)ni\b)\w{3,}(?:ni)\b",
    r"\b(?:jag|mig|mej|min|mitt|mina)\b",
    r"\b(?:i|me|my|mine|myself|i'm|i'd|i've)\b",
    r"\b(?:ich|mich|mir|mein|meine|meiner|meinen|meinem|meines)\b",
    r"\b(?:minu|mind|mulle|ma|mina|minust|minule|mul)\b",
    r"\b(?:jeg|meg|ik|mij|mijn|je|moi|mes|yo|mis)\b",
    r"(?<!\w)(?:я|меня|мне|мной|мой|моя|мое|мои|моих|моим|мою|моего|моей|моему)(?!\w)",
)
# "If you'd rather not hear from us, reply 'unsubscribe'": a sender's own opt-out offer.
CONDITIONAL = _rx(
    r"\bif you(?:'d| would)? (?:rather not|(?:do not|don't|no longer) (?:want|wish))\b|\bnot interested\b"
    r"|\breply (?:with )?[\"']?(?:stop|remove|unsubscribe|no)\b",
    r"\bjos (?:et|ette) (?:enaa )?halua\b|\bvastaa (?:\S+ ){0,3}sanalla\b",
    r"\bom (?:du|ni) inte (?:langre )?vill\b|\bsvara (?:med )?[\"']?(?:stopp|nej)\b",
    r"\b(?:wenn|falls) sie (?:keine|nicht)\b",
    # a newsletter's own opt-out link, addressed to the reader: "Avregistrera dig här", "peru tilauksesi tästä"
    r"\b(?:avregistrera|avsluta|sag upp) (?:dig|din \w+)\b|\bunsubscribe (?:here|below|at any time|anytime)\b"
    r"|\b(?:click|tap) here to unsubscribe\b|\byou (?:can|may) (?:unsubscribe|opt out)\b"
    r"|\b(?:peru|lopeta) (?:\S+ )?(?:tilauksesi|uutiskirjeen tilaus) (?:tasta|taalla)\b|\bvoit (?:perua|lopettaa)\b"
    r"|\bdu kan (?:avregistrera|avsluta)\b",
)
NEGATION_BEFORE = re.compile(
    # Finnish "en" is no Swedish article ("i en fil", "som en dator") nor Romance "en" ("datos en formato CSV")
    r"\b(?:alkaa|alka|ala|ette|ei|en(?<!\bi en)(?<!\bsom en)(?<!\btill en)(?<!\bmed en)(?<!\bpa en)(?<!\bav en)"
    r"(?<!\bfor en)(?!\s+(?:format\w*|un|una|une|el|la|le|los|las|les)\b)|emme|eivat|ettei|ettette|don't|do not"
    r"|dont|not|never|no need to|inte|int|ej|aldrig|nicht|kein|keine|ara|arge|не)\s+(?:\S+\s+){0,2}$"
)
# The writer declines an act of their own ("I do not wish to close my account", "en halua lopettaa tiliäni",
# "jag vill inte avsluta mitt konto"): not a negative imperative to the company ("don't delete my data").
OWN_ACT_NEG = re.compile(
    r"\b(?:(?:i|we) (?:do not|don't|dont|have no|no longer) (?:want|wish|intend|plan|need)(?: to)?"
    r"|(?:en|emme) (?:\S+ )?(?:halua|aio|tarvitse)|(?:jag|vi) (?:vill|tanker|amnar|behover) (?:inte|ej))\s+$"
)
# …and after it: "radera inte", "radera ingenting", Finland-Swedish "int", "delete nothing", "löschen Sie nichts".
# The writer says what they are *not* asking for ("I am not asking you to delete my order history", "en pyydä
# poistamaan", "jag ber inte om att ni raderar"): neither the act nor a "don't do it" restriction.
NOT_ASKED = re.compile(
    r"\b(?:(?:not|never) (?:asking|requesting|demanding|requiring|wanting|seeking)|(?:don't|do not|dont) (?:ask|request"
    r"|need|require))(?: for)?(?: (?:you|that you|the company|anyone))?(?: to)?\s+(?:[^\s,;:.]+\s+)?$"
    r"|\b(?:en|emme) (?:\S+ )?(?:pyyda|vaadi|tarvitse)\s+(?:[^\s,;:.]+\s+){0,2}$"
    r"|\b(?:ber|begar|kraver) (?:\S+ )?(?:inte|int|ej)\s+(?:[^\s,;:.]+\s+){0,3}$"
)
NEGATION_AFTER = re.compile(r"^\S*\s+(?:\S+\s+){0,2}(?:inte|int|ej|nicht|nichts|ingenting|inget|nothing)\b")

# --- objects -----------------------------------------------------------------------------------

# Personal data as such: "my data", tietoni, personuppgifter, Daten, account, profile.
PERSONAL_STRONG = _rx(
    r"\b\w*tie[dt]o(?!suoj|sto|a\b|ta\b|n\b)\w*",  # tiedot, tietoni, henkilötietoja; not tietosuoja
    r"\b(?:tili|tilini|tilin|tilinne|tiliin|tiliini|profiili\w*|hakemu\w*|cv\w*|asiakkuu\w*|asiakastil\w*"
    r"|kayttajatil\w*|kayttajatunnu\w*|kayttajan|kayttajani)\b",
    r"\b(?:person|kund|kontakt)?uppgift\w*|\bkonto\w*|\bprofil\w*",
    # a user name/login: "poistakaa se tunnus" (not a Y-tunnus: a hyphen before it is a business ID)
    r"(?<!-)\btunnu(?:s|ksen|kseni|ksensa|kset|ksia|ksesta|kselle|ksella)\b",
    r"\bdata(?:t|a|n|ni|nne|ja|sta|ani|tkin)\b",
    r"\b(?:personal )?(?:data|datas|information|informations|info|details)\b|\baccount\b|\bprofile\b"
    r"|\beverything (?:\S+ ){0,3}(?:on|about) me\b",
    r"\b(?:personenbezogene\w* )?daten\b|\bangaben\b",
    r"\w*andme\w*|\bkasutajakonto\w*",
    r"\b(?:person)?op{1,2}lysning\w*|\b(?:persoons)?gegevens\b|\bdonnees\b|\bdatos\b",
    r"\bcuenta\b|\bcompte\b",
    r"\bданн(?:ые|ых|ым|ыми)\b|\bинформаци\w*|\bаккаунт\w*|\bучетн\w* запис\w*|\bпрофил\w*",
)
# The requester as the object: "poistakaa minut", "remove me", "ta bort mig".
PERSONAL_SELF = re.compile(r"\b(?:minut|mut|minua|me|mig|mej|mich|mind|меня)\b")
# An employee's salary account: the bank account the pay goes to is the writer's own data.
SALARY_ACCOUNT = re.compile(
    r"\b(?:palka|palkan|palkkojen|lone|lon|salary|wages?|pay|gehalt\w*|lohn\w*)\w* (?:\S+ )?(?:tili|tilinumero"
    r"|konto|kontonummer|bankkonto|account|bank account|iban)\w*|\b(?:palkka|lone|lon)(?:tili|konto)\w*"
    r"|\b(?:gehalts|lohn)konto\w*"
)
# Fields that a rectification changes.
FIELDS = _rx(
    r"\b(?:nimi|nime\w*|sukunim\w*|etunim\w*|\w*osoit\w*|sahkopost\w*|puhelin\w*|numero\w*|yhteystie\w*"
    r"|tie[dt]o\w*|s-?post\w*|meili\w*|maili\w*|spostiosoit\w*)",
    r"\b(?:name|names|surname|address|e-?mail|phone|number|spelling|details|records?|data|information)\b",
    r"\b(?:\w*namn(?:et)?|\w*adress\w*|telefon\w*|nummer|numret|uppgift\w*|e-?post\w*|mejl\w*|mobil\w*)\b",
    r"\b(?:anschrift|adresse|namen?|daten|telefonnummer)\b",
    r"\b(?:имя|имени|фамили\w*|адрес\w*|телефон\w*|номер\w*|почт\w*|данн\w*)",
    r"\b(?:\w*nimi|nime|\w*aadress\w*|e-?posti\w*|telefon\w*)\b",
    r"\b(?:nom|prenom|adresse|coordonnees|informations|donnees|nombre|apellidos?|direccion|telefono|datos)\b",
    r"\S+@\S+\.\w+",
    SALARY_ACCOUNT.pattern,
)
# The writer's own fields ("nimeni", "mun sähköposti", "my address", "min adress", "meine Anschrift").
PERSONAL_FIELD = _rx(
    r"\b(?:\w*nime|osoittee|\w*osoittee|\w*sahkoposti\w*|\w*puhelinnumero|numero|yhteystieto|\w*tieto|\w*tiedo)\w*ni\b",
    r"\b(?:mun|minun) (?:\S+ )?(?:nim\w*|sukunim\w*|etunim\w*|\w*osoit\w*|\w*sahkoposti\w*|\w*puhelin\w*|\w*numero\w*"
    r"|tiedot|s-?post\w*|meili\w*|maili\w*|kanny\w*|luuri\w*)\b|\b(?:s-?posti|meili|maili)\w*ni\b",
    r"\bmy (?:\S+ )?(?:name|surname|address|e-?mail|phone|number|details|data|information|records?|photo\w*"
    r"|picture\w*|image\w*)\b",
    # the field "for me": "ni har fel postadress för mig", "you have the wrong address for me", "väärä osoite minulle"
    r"\b(?:\w*namn|\w*adress\w*|e-?post\w*|\w*nummer|name|address|e-?mail|phone number|number) (?:\S+ )?"
    r"(?:for|om|till|pa|of|on) (?:mig|mej|me)\b"
    r"|\b(?:\w*osoite|\w*nimi|\w*numero|sahkoposti\w*) (?:\S+ )?(?:minulle|minusta|mulle|musta)\b",
    r"\b(?:min|mitt|mina) (?:\S+ )?(?:namn|efternamn|\w*adress|e-?post\w*|telefonnummer|nummer|uppgifter"
    r"|foto\w*|bild\w*|mejl\w*|mail\w*|mobil\w*)\b",
    r"\bmein\w* (?:\S+ )?(?:name\w*|adresse|anschrift|daten|telefonnummer|e-?mail\w*)",
    r"\b(?:\w*nime|\w*osoittee|sahkoposti\w*|puhelinnumero|\w*tieto|\w*tiedo)\w*nsa\b"
    r"|\b(?:hanen|\w{3,}ni) (?:\S+ )?(?:nimi|sukunimi|osoite|sahkoposti\w*|puhelin\w*|numero|tiedot)\b",
    r"\b(?:his|her) (?:\S+ )?(?:name|surname|address|e-?mail|phone|number|details|data|information)\b",
    r"\b(?:hans|hennes) (?:\S+ )?(?:namn|efternamn|adress|e-?post\w*|telefonnummer|nummer|uppgifter)\b",
    r"\b(?:sein|ihr)\w* (?:\S+ ){0,1}(?:name\w*|adresse|anschrift|daten|telefonnummer)\b",
    r"\bмо(?:й|я|е|и|их|ю|его|ей|им) (?:\S+ )?(?:имя|имени|фамили\w*|адрес\w*|телефон\w*|номер\w*|почт\w*"
    r"|данн\w*)",
    # et "minu (perekonna)nimi", fr "mon prénom / ma nouvelle adresse", es "mi apellido / mi dirección"
    r"\bminu (?:\S+ )?(?:\w*nimi|\w*nime\w*|aadress\w*|e-?posti\w*|telefoni\w*|number\w*|andme\w*)",
    r"\b(?:mon|ma|mes) (?:\S+ )?(?:nom|prenom|adresse|numero|telephone|e-?mail|courriel|coordonnees|donnees)\b",
    r"\b(?:mi|mis) (?:\S+ )?(?:nombre|apellidos?|direccion|telefono|numero|correo|datos)\b",
    SALARY_ACCOUNT.pattern,
)
# A new value given for a field after a change verb: Finnish translative "päivittäkää osoitteeksi X",
# "vaihtakaa sukunimekseni Y", "muuttakaa puhelinnumeroksi Z" (the field becomes X: the writer's own,
# since "-mme" forms like "osoitteeksemme" are a company's); "update my address to X", "ändra min adress till".
FIELD_TO = _rx(
    r"\b(?:paivit|muut|vaihd|vaiht|korja|oikais)\w* (?:\S+ ){0,3}(?:\w*nime|\w*osoittee|\w*sahkoposti"
    r"|\w*puhelinnumero|\w*numero|\w*yhteystiedo)(?:ksi|kseni)\b",
    r"\b(?:update|change|correct|amend)\w* (?:my )(?:\S+ )?(?:name|surname|address|e-?mail(?: address)?"
    r"|phone(?: number)?|number) to\b",
    r"\b(?:uppdatera|andra|ratta|byt)\w* (?:min|mitt|mina) (?:\S+ )?(?:namn|efternamn|adress|e-?post\w*"
    r"|telefonnummer|nummer) till\b",
)
# A correction given as a list line: "- sukunimi: Mustonen -> Lappalainen", "address: old → new".
FIELD_LINE = re.compile(
    r"^[-*\u2022 ]*(?:\w+ ){0,2}(?:\w*nimi|\w*osoite|\w*sahkoposti|puhelin\w*|\w*numero|name|surname|address"
    r"|e-?mail|phone|namn|efternamn|\w*adress|e-?post|telefon\w*|anschrift|adresse|nachname)\s*:\s*\S"
)
FIELD_CHANGE = re.compile(FIELD_LINE.pattern + r".*(?:->|\u2192|=>|\u00bb)")
# Objects that are not personal data: invoices, orders, "the other one".
NOT_PERSONAL = _rx(
    r"\b(?:lasku\w*|tuplalasku\w*|duplikaat\w*|toinen|toisen|tilau\w*|kuitti\w*|varau\w*)\b",
    r"\b(?:invoice\w*|duplicate|order|booking|reservation)\b",
    r"\b(?:faktur\w*|dubblett\w*|bestallning\w*|bokning\w*)\b",
    r"\b(?:rechnung\w*|duplikat\w*|bestellung\w*)\b",
)
# The data of a business document, not of a person: "laskun 20418 tiedot", "the order details",
# "fakturans uppgifter" (checking them is an invoice query, not an access request).
BUSINESS_RECORD = _rx(
    r"\b(?:lasku|tilaukse|sopimukse|toimitukse|varaukse|kuitin|maksu|tarjoukse|lahetykse)n? (?:\S+ ){0,2}tie[dt]o\w*",
    r"\b(?:invoice|order|booking|delivery|contract|payment|quote|shipment)(?:'s)? (?:\S+ ){0,2}"
    r"(?:details|data|information|info)\b",
    r"\b(?:fakturans|fakturan|bestallningens|orderns|avtalets|bokningens|leveransens) (?:\S+ ){0,2}uppgift\w*",
)
# The company's own business data: "päivittäkää laskutustietonne", e-invoicing address, OVT.
BUSINESS_DATA = _rx(
    r"laskutustie\w*|verkkolasku\w*|\bovt\b|laskutusosoit\w*|yhtiomme|yrityksemme|valittaja\w*"
    r"|\b(?:firmamme|toimistomme|toimipisteemme|liikkeemme|konttorimme|myymalamme)\b|\by-?tunnu\w*",
    r"\binvoicing\b|\bbilling (?:address|details|information)|e-?invoic\w*|our (?:company|office|firm|business)",
    r"faktureringsadress\w*|e-?faktur\w*|vart (?:foretag|kontor)|\bfo-?nummer\b",
    r"rechnungsadresse|unser(?:e)? (?:firma|buro)",
)
# Marketing lists: deleting *from these* is an objection to direct marketing, not erasure.
MARKETING = _rx(
    r"\b\w*list(?:a|alla|alta|oilta|oilla|oille|aa|oista|ojen|an|alle|altanne|oiltanne)\b|\bpostitus\w*|\w*kampanj\w*"
    r"|\buutiskir\w*|\b(?:suora)?markkinoin\w*|\bmaino(?:k?s|n)\w*|\bjakelu\w*|\btiedot(?:e|tee)\w*|\btekstiviest\w*",
    r"\bmailing\w*|\bnewsletter\w*|\b(?:from|off) (?:\S+ ){0,3}list\b"
    r"|\b(?:e-?mail|marketing|contact|distribution) list\b"
    r"|\bmarketing\b|\bpromotion\w*|\badvert\w*|\bspam\w*",
    r"\butskick\w*|\bnyhetsbrev\w*|\bsandlist\w*|\bmejllist\w*|\breklam(?!aatio|ation)\w*|\b(?:direkt)?marknadsfor\w*|\bsms\b",
    r"\bwerbung\w*|\bverteiler\w*|\bnewsletter\b|\bdirektwerbung\b",
    r"\buudiskir\w*|\breklaam\w*|\bnimekir\w*|\bmeililist\w*",
    r"\bреклам\w*|\bрассылк\w*",
)
# Marketing *content* (material, pages): deleting one's photo or name from it is erasure of the data there,
# not an opt-out from a mailing ("delete my photo from the website and any other marketing material").
MARKETING_CONTENT = _rx(
    r"\b(?:marketing|advertising|promotional) (?:material|materials|content|pages?|brochures?|videos?)\b",
    r"\b(?:markkinointi|mainos)(?:materiaal|sisal|video)\w*",
    r"\b(?:marknadsforings|reklam)(?:material|innehall|film)\w*|\bwerbe(?:material|mittel)\w*",
)
# The company's own phone directory, switchboard and intranet: staff updating them is office routine, not a
# data-subject's correction (unless the writer names their own field there: "korjatkaa nimeni intraan").
COMPANY_DIRECTORY = _rx(
    r"\bintra(?:n|an|ssa|sta|net\w*)?\b|\bpuhelinluettel\w*|\bvaihtee\w*|\bvaihde\b",
    r"\bswitchboard\w*|\b(?:phone|telephone|staff) (?:directory|list)\b|\btelefonkatalog\w*|\bvaxeln?\b",
)
# Publicity uses of a person's photo or name ("referensseissä ja esitteissä", "in your case studies"): stopping
# such a use is an objection to a marketing purpose, like marketing proper.
PUBLICITY = _rx(
    r"\breferenss\w*|\besit(?:e|tee)\w*|\bmainoskuv\w*|\basiakastarin\w*",
    r"\breferens\w*|\bbroschyr\w*|\bkundcase\w*",
    r"\breferences?\b|\bbrochures?\b|\bcase stud\w*|\btestimonials?\b",
)
# A partner's own staff / contact list: deleting these rows is list upkeep, not the writer's data right.
THIRD_PARTY = _rx(
    r"\b(?:entinen|entise\w*) (?:\S+ )?(?:kollega|tyokaveri)\w*|\b(?:f\.d\.|forre detta|tidigare) (?:\S+ )?"
    r"(?:kollega|medarbetare)\w*",
    r"\btyontekij\w*|\bhenkilost\w*|\bhenkilokun\w*|\byhteyshenkilolist\w*|\bei(?:vat)? enaa (?:ole |ovat )?"
    r"(?:\S+ )?(?:meilla|talossa|palveluksessa\w*|tyossa|toissa)\b|\blopettan\w* (?:meilla|yrityksessamme)\b"
    r"|\b(?:ei|eivat) (?:\S+ ){0,2}enaa (?:\S+ ){0,2}(?:meilla|toissa|tyossa|palveluksessamme)\b",
    r"\banstalld\w*|\bvar personal\b|\bkontaktlist\w*|\b(?:slutat|jobbar inte) (?:\S+ )?(?:hos oss|har)\b",
    r"\b(?:our|former) (?:staff|employees|colleagues)\b|\bno longer (?:works?|employed|with us)\b|\bcontact list\b"
    r"|\b(?:former|ex-) ?(?:colleague|co-?worker|employee)s?\b",
    r"\bmitarbeiter\w*|\bkontaktliste\w*",
)
# Registers and systems: "remove me from your customer register" is erasure.
REGISTERS = _rx(
    r"\basiakas\w*|\brekister\w*|\byhteyshenkilo\w*|\bjarjestelm\w*|\btietokan\w*|\bcrm\b",
    r"\bdatabase\w*|\bsystems?\b|\bregister\w*|\brecords\b|\bcontacts\b",
    r"\bkundregist\w*|\bsystem\w*|\bdatabas\w*",
    r"\bdatenbank\w*|\bsystem\w*|\bkundendat\w*",
)
PROCESSING = _rx(
    r"\bkasittel\w*|\bkaytt\w*|\bkayta\w*|\btootle\w*",
    r"\bbehandl\w*|\banvand\w*",
    r"\bprocessing\b|\bprocess\b|\buse\b|\busing\b",
    r"\bverarbeit\w*|\bnutzung\b",
)
# A purpose the sentence before named: "kindly cease processing it for that purpose" (after "direct marketing").
PURPOSE_BACK = re.compile(
    r"\b(?:for|to) (?:that|this|those|these|such) (?:purpose|purposes|end)\b|\b(?:siihen|tahan|niihin) tarkoituk\w*"
    r"|\b(?:for|till) (?:det|detta|dessa|de) (?:andamal\w*|syfte\w*)\b|\bzu (?:diesem|diesen) zweck\w*"
)
# Words in quotation marks: another person's phrases cited ("every 'send me all my data' e-mail"), not asked.
QUOTED = re.compile(
    r"\"[^\"\n]{3,80}\"|\u201c[^\u201d\n]{3,80}\u201d|\u201d[^\u201d\n]{3,80}\u201d|\u00ab[^\u00bb\n]{3,80}\u00bb"
)
PRONOUN_OBJECT = re.compile(
    r"^\s*(?:\S+\s+)?(?:se|sen|ne|nama|naita|niita|tama|taman|it|them|these|this|that|den|det|dem|dessa|detta"
    r"|es|sie|das|dies|diese|seda|neid|seuraava\w*|alla olevat|following|foljande|nedanstaende|folgende)\b"
)
# "Lopettakaa ne", "stop it", "sluta med det": stopping what the mail just named (marketing → objection).
STOP_PRONOUN = re.compile(
    r"\b(?:lopet\w*|stop|sluta\w*|quit|cease)\b (?:med )?(?:\S+ )?(?:ne|nama|naa|niita|se|sita|them|it|this|that"
    r"|those|these|det|dem|detta|dessa)\b"
)
# Finnish object before the verb: "voisko sen poistaa", "ne voi poistaa" (the pronoun points back).
PRONOUN_BEFORE = re.compile(r"\b(?:se|sen|ne|niita|nama|naita|ne kaikki)\s+(?:\S+\s+)?$")
# "Everything" as the object of a deletion: personal data when the mail has named it before.
TOTAL = re.compile(r"\b(?:kaikki|kaiken|allt|allting|everything|alles|koik)\b")
# Data *about the writer* ("minusta tallennetut", "minua koskevat", "about me", "om mig", "über mich").
ABOUT_ME = _rx(
    r"\b(?:minusta|musta|itsestani) (?:\S+ ){0,2}(?:tallen|tallet|kera|kirja|tehd|teht|ole|sailyt|koot|merki)\w*"
    r"|\b(?:minua|mua|allekirjoittanutta) koskev\w*|\b(?:minuun|muhun) liittyv\w*",
    r"\b(?:about|concerning|regarding|relating to) me\b"
    r"|\b(?:have|having|has|hold|holding|keep|keeping|store|storing|got) (?:\S+ ){0,2}(?:on|of) me\b",
    r"\b(?:om|rorande|angaende|gallande) mig\b|\bsom ror mig\b",
    r"\b(?:uber|zu) mich\b|\bmich betreffend\w*|\bzu meiner person\b",
    r"\bminu kohta\b|\bminust\b|\bminuga seotud\b",
    r"\bобо мне\b|\bо мне\b|\bменя касающ\w*|\bкасающ\w* меня\b",
)
# A relative the writer names as their own ("isäni", "äidistäni", "min mor", "my late father"): a family
# member's data asked for by the writer (a deceased parent's account) counts like the writer's own.
RELATIVE = _rx(
    r"\b(?:isa|aiti|aidi|mies|miehe|vaimo|puoliso|poika|poja|tytar|tyttare|lapsi|lapse|veli|velje|sisko|sisar"
    r"|isoisa|isoaiti|isoaidi|mummo|vaari|ukki|appi|appe|anoppi|anopi)\w{0,5}ni\b",
    r"\b(?:min|mitt|mina) (?:\S+ )?(?:mor|far|mamma|pappa|man|make|maka|fru|hustru|son|dotter|barn|bror"
    r"|syster|mormor|farmor|morfar|farfar|foraldrar)\b",
    r"\bmy (?:\S+ )?(?:father|mother|dad|mum|mom|husband|wife|spouse|son|daughter|brother|sister|grandfather"
    r"|grandmother|grandma|grandpa|granny|parents?|child)(?:'s)?\b",
    r"\b(?:mein\w*) (?:\S+ )?(?:vater|mutter|mann|frau|sohn|tochter|bruder|schwester)\b",
)
# Data about a third person (the relative): "hänestä", "hänen tilinsä", "om henne", "on him", "his account".
ABOUT_THEM = _rx(
    r"\b(?:hanesta|hanen|hanta koskev\w*|haneen liittyv\w*|hanelta)\b|\b\w*tie[dt]o\w*nsa\b|\btilinsa\b",
    r"\b(?:om|rorande|angaende|gallande) (?:henne|honom)\b|\b(?:hans|hennes) (?:\S+ )?(?:\w*uppgift\w*|konto\w*"
    r"|data|profil\w*)",
    r"\b(?:about|on|concerning|regarding|relating to) (?:him|her)\b|\b(?:his|her) (?:\S+ )?(?:data|account"
    r"|details|information|records|profile)\b",
    r"\b(?:uber|zu) (?:ihn|sie)\b|\b(?:seine|ihre) daten\b",
)
# The writer reports what they read or noticed in a privacy notice ("huomasin tietosuojaselosteestanne, että…",
# "I noticed in your privacy policy", "jag såg i er dataskyddsbeskrivning"): a mention, not an access ask.
READ_NOTICE = _rx(
    r"\b(?:huomasin|huomasimme|luin|luimme|nain|naimme|havaitsin|olen lukenut|olen huomannut|lukiessani"
    r"|huomaan|luen)\b(?:.*)\b(?:\w*seloste\w*|\w*tietosuoja\w*)",
    r"\b(?:jag|vi) (?:har )?(?:sag|laste|last|markte|noterade|noterat|marker|ser|laser)\b(?:.*)"
    r"\b(?:\w*dataskydd\w*|integritet\w*|\w*beskrivning\w*|\w*policy)",
    r"\b(?:i|we) (?:have |had |just )?(?:noticed|read|saw|seen|see|notice|found|learned|learnt)\b(?:.*)"
    r"\bprivacy (?:policy|notice|statement|page)\b",
    r"\bich habe (?:\S+ ){0,4}(?:gelesen|gesehen|bemerkt)\b.*\bdatenschutz\w*|\bich (?:las|sah|bemerkte)\b"
    r".*\bdatenschutz\w*",
)
# Records that are personal data when they are about the writer: notes, assessments, documents.
RECORDS = _rx(
    r"\bmuistiinpan\w*|\bmerkinn\w*|\barvio\w*|\basiakirj\w*|\bdokument\w*|\btallentei\w*",
    r"\bvalokuv\w*|\bkuv(?:at|ia)\b|\bnauhoit\w*|\bsopimu\w*",
    r"\bnotes\b|\brecords?\b|\bdocuments?\b|\bfiles?\b|\bassessments?\b|\bphotos?\b|\bpictures\b"
    r"|\brecordings?\b|\bfootage\b|\bcontracts?\b",
    r"\banteckning\w*|\bhandling\w*|\bfoto\w*|\bbilderna\b|\binspelning\w*|\bavtal\w*",
    r"\bunterlagen\b|\baufzeichnung\w*|\bnotiz\w*",
    r"\bmarkme\w*|\bdokumen\w*",
)
# A copy of an identity document is proof of identity, not an access request.
ID_DOCUMENT = _rx(
    r"\b(?:passi|ajokort|henkilokort|henkilollisyy|kuvallise|tunnistautumi|tunnistamis|tunnistusasiakirj)\w*",
    r"\b(?:pass|passet|korkort\w*|legitimation\w*|id-?handling\w*|id-?kort\w*)\b",
    r"\bpassport\w*|\bdriv\w* licen[cs]e\b|\bid card\b|\bidentity (?:card|document)\b|\bproof of (?:identity|id)\b"
    r"|\bidentification\b",
    r"\b(?:personal|reise)?ausweis\w*|\breisepass\w*|\bfuhrerschein\w*",
    r"\bjuhilub\w*|\bisikutunnistus\w*",
)
BUSINESS_DOC = _rx(
    r"\b(?:\w*sopimu|\w*poytakirj|\w*laskus|laskun|tarjoukse|kuiti|tilausvahvistu|lahete)\w*",
    r"\b(?:\w*avtal|\w*protokoll|faktura|fakturan|fakturor|offert|kvitto)\w*",
    r"\b(?:contract|agreement|protocol|minutes|invoice|quote|receipt|delivery note|lease)s?\b",
)
COPY_WORD = re.compile(r"kopio|copy|kopia|kopie|koopia|jaljenno")
# "X is wrong": the writer says their own data is incorrect (a field the fix applies to).
WRONG = _rx(
    r"\bvaarin\b|\bvirheelli\w*|\bvaara(?:t|a|ssa|nlainen)?\b|\bvanhentun\w*|\bei (?:enaa )?pida paikkaansa\b"
    r"|\bei ole (?:enaa )?(?:oikein|oikea|ajan tasalla)\b",
    r"\bfel\b|\bfelaktig\w*|\binaktuell\w*|\bstammer (?:inte|ej)\b|\bfelstav\w*",
    r"\bwrong\b|\bincorrect\w*|\binaccurate\b|\bout of date\b|\boutdated\b|\bmisspel\w*"
    r"|\bnot (?:correct|right|accurate|up to date)\b",
    r"\bfalsch\w*|\bunrichtig\w*|\bfehlerhaft\w*|\bveraltet\w*|\bnicht (?:korrekt|richtig|aktuell)\b",
    r"\bvale\b|\bvigane\b|\bvigased\b",
    r"\bmal (?:orthographi|ecrit|escrit)\w*|\berrone\w*|\bincorrecte?s?\b|\bincorrect[oa]s?\b|\bequivocad\w*",
)
OWN_NOUN = _rx(
    r"\b\w{3,}ni\b|\b(?:mun|minun) \w+",
    r"\bmy \w+",
    r"\b(?:min|mitt|mina) \w+",
    r"\bmein\w* \w+",
    r"\bminu \w+",
    r"\bмо(?:й|я|е|и|их|ю|его|ей|им) \w+",
)
# A thank-you ("kiitos että…", "thanks for…") — not "thanks in advance", which goes with an ask.
THANKS = re.compile(
    r"^(?!(?:ei|nej|no|nein)\b)(?:\S+ )?"  # "ei kiitos", "no thanks": a refusal, which goes with an ask
    r"(?:kiitos|kiitti|kiitoksia|thanks|thank you|many thanks|tack|tusen tack|danke|vielen dank|aitah)\b"
    r"(?! (?:\S+ )?(?:etukateen|ennakkoon|in advance|pa forhand|im voraus|ette))"
)
# A completed action reported, not asked for: "has been deleted", "poistitte", "har raderats".
DONE = _rx(
    r"\b(?:on|ovat|olette|olitte|oli|olivat) (?:\S+ ){0,2}(?:poistettu|poistaneet|poistanut|korjattu|korjanneet"
    r"|paivitetty|paivittaneet|havitetty|havittaneet|tuhottu|anonymisoitu|pyyhitty|lopetettu)\b"
    r"|\b(?:poistitte|korjasitte|paivititte|havititte|tuhositte|poistit|korjasit|lopetitte|suljitte)\b"
    r"|\b(?:on|ovat|olette|oli) (?:\S+ ){0,2}(?:suljettu|sulkeneet)\b",
    r"\b(?:har|hade|blivit|blev) (?:\S+ ){0,2}(?:raderats?|tagits bort|tagit bort|rattats|rattat|uppdaterats"
    r"|avregistrerats|strukits)\b|\b(?:raderade|raderades|togs bort|tog bort|rattade|uppdaterade)\b",
    r"\b(?:has|have|had|was|were|'s|'ve) (?:\S+ ){0,2}(?:deleted|removed|erased|wiped|taken off|unsubscribed"
    r"|corrected|updated|anonymi[sz]ed|rectified)\b"
    r"|(?<!advance )\bfor (?:\S+ ){0,3}(?:deleting|removing|erasing|correcting|updating|unsubscribing|taking me off)\b"
    # "you (already) deleted my account": the company's past act, reported back
    r"|\byou (?:\S+ ){0,2}(?:deleted|removed|erased|wiped|closed|corrected|updated|unsubscribed|anonymi[sz]ed)\b"
    r"|\bni (?:\S+ ){0,2}(?:raderade|tog bort|rattade|uppdaterade|avslutade|stangde)\b",
    r"\b(?:wurden?|ist|sind|haben|habe|hat) (?:\S+ ){0,4}(?:geloscht|entfernt|berichtigt|korrigiert)\b"
    r"|\b(?:geloscht|entfernt|berichtigt|korrigiert) (?:haben|hat|wurden?|worden)\b",
    r"\b(?:on|olete) (?:\S+ ){0,2}(?:kustutatud|kustutanud|parandatud)\b",
)

# --- kinds -------------------------------------------------------------------------------------

# "art. 15", "Artikel 17", and each number of a list: "articles 15 and 17", "artiklat 15, 16 ja 17".
_ART = (
    r"\bart(?:ikla\w*|ikel\w*|icles?|\.)?\s*(?:\d{1,2}(?:\(\d\))?\s*(?:,|and|ja|och|und|&)\s*){0,5}{n}\b"
    r"|\b{n}\s*art(?:ikla\w*|ikel|\.)?"
)


def _article(n: int) -> str:
    return _ART.replace("{n}", str(n))


EXPLICIT: dict[Kind, re.Pattern[str]] = {
    "access": _rx(
        r"\btarkastusoikeu\w*|\btarkastuspyyn\w*|\btietopyyn\w*|\btiedonsaantipyyn\w*|\bkopio henkilotiedo\w*",
        r"\bregisterutdrag\w*|\bratt(?:en)? till tillgang\b|\bratt att fa tillgang\b",
        r"\bsubject access request\w*|\bdsar\b|\bsar\b|\bright of access\b|\bright to access\b"
        r"|\b(?:data )?access request\b",
        r"\bauskunft\w*",
        r"\boigus (?:\S+ ){0,2}tutvuda\b",
        r"\bправ\w* на доступ\w*",
        _article(15),
    ),
    "rectification": _rx(
        r"\boikaisupyyn\w*|\boikaisuvaatimu\w*|\boikaisuoikeu\w*|\brattelse\w*|\bright to rectification\b"
        r"|\brectification\b|\bberichtigung\w*|\bправ\w* на исправлени\w*",
        _article(16),
    ),
    "erasure": _rx(
        r"\btulla unohdetu\w*|\bunohdetuksi\b|\bpoistopyyn\w*|\bpoistovaatimu\w*|\btietojen poist\w*",
        r"\bbli bortglomd\b|\bratt(?:en)? att bli glomd\b|\bradering\w*",
        r"\bright to (?:be forgotten|erasure)\b|\berasure request\b",
        r"\brecht auf (?:loschung|vergessenwerden)\b|\bloschung\w*",
        r"\boigus olla unustatud\b|\bправ\w* на (?:забвение|удаление)\b",
        _article(17),
    ),
    "restriction": _rx(
        r"\bkasittelyn rajoit\w*|\brajoit\w* (?:\S+ ){0,3}kasittel\w*",
        r"\bbegransning\w*|\bbegrans\w* (?:\S+ ){0,3}behandling\w*",
        r"\brestrict\w* (?:\S+ ){0,3}processing\b|\brestriction of processing\b",
        r"\beinschrankung (?:der )?verarbeitung\b|\bverarbeitung einschrank\w*",
        r"\bограничени\w* (?:\S+ )?обработк\w*|\bограничить (?:\S+ )?обработк\w*",
        _article(18),
    ),
    "objection": _rx(
        r"\bvastust\w*|\bsuoramarkkinointikiel\w*|\bmarkkinointikiel\w*",
        r"\binvand\w*|\bmotsatt\w*|\bavregistrer\w*",
        r"\bobject(?:ion)? to\b|\bi object\b|\bopt(?:ing)?[- ]?out\b|\bunsubscrib\w*",
        r"\bwiderspr\w*|\bвозража\w*",
        _article(21),
    ),
    "portability": _rx(
        r"\bsiirrettavyy\w*|\bsiirto-oikeu\w*|\bkoneluettav\w*|\btietojen siirt\w*",
        r"\bdataportabilitet\w*|\bportabilitet\w*|\bmaskinlasbar\w*",
        r"\bportability\b|\bmachine[- ]readable\b",
        r"\bdatenubertragbarkeit\b|\bmaschinenlesbar\w*|\bubertragbarkeit\b",
        r"\bпереносимост\w*|\bмашиночитаем\w*",
        # learners' plain words for machine-readable: "en fil som dator kan läsa", "a file a computer can read"
        r"\b(?:fil|file|tiedosto\w*|datei|format\w*) (?:\S+ ){0,3}(?:dator\w*|computer\w*|tietokone\w*|kone|rechner)"
        r" (?:\S+ ){0,2}(?:kan lasa|can read|voi lukea|osaa lukea|lukee|lesen kann)\b"
        r"|\b(?:de )?lectura mecanica\b|\blisible par (?:une )?machine\b|\blecture automatique\b",
        _article(20),
    ),
}

# A transfer the writer forbids: "ette saa siirtää tietojani perintätoimistolle", "älkää luovuttako",
# "för inte över mina uppgifter", "do not transfer/pass my data to…". Restriction context, never portability.
TRANSFER_NEG = _rx(
    r"\balkaa (?:\S+ ){0,3}(?:siirtako|luovuttako|myyko|jakako|valittako|antako|laittako|lahettako|vieko"
    r"|pistako)\b"
    r"|\b(?:ette|ettei|ettette|ei|en|emme) (?:\S+ ){0,2}(?:siirtaa|siirra|siirreta|luovuttaa|luovuta|luovuteta|myyda"
    r"|myy|valittaa|valita|valiteta)\b"
    r"|\bkiel\w* (?:\S+ ){0,3}(?:siirtamast\w*|luovuttamast\w*|siirron|luovutuksen|siirtamisen|luovuttamisen)"
    r"|\b(?:en|emme) (?:\S+ )?halua,? (?:etta )?(?:\S+ ){0,3}(?:siirret\w*|luovutet\w*|siirtavan|luovuttavan)",
    r"\b(?:for|lamna|ge|salj|dela|skicka) (?:\S+ )?(?:inte|ej) (?:\S+ ){0,3}(?:over|ut|vidare)\b"
    r"|\b(?:inte|ej) (?:\S+ ){0,2}(?:overfor|for over|lamnar ut|lamna ut|delar|dela|saljer|salja|overlamna)\w*",
    r"\b(?:do not|don't|dont|never|not to|stop|no longer|must not|may not|cannot|can't|not allowed to) (?:\S+ ){0,3}"
    r"(?:transfer|pass|hand|disclose|sell|share|transmit|give away)\w*\b"
    r"|\b(?:do not|don't|dont) (?:want|wish) (?:\S+ ){0,4}(?:transferred|passed|handed|disclosed|sold|shared)\b",
    r"\bnicht (?:\S+ ){0,2}(?:weitergeben|weiterzugeben|ubermitteln|ubertragen|weiterleiten|verkaufen)\b"
    r"|\b(?:geben|ubermitteln|ubertragen|leiten) sie (?:\S+ ){0,3}nicht\b",
)
# A recipient the writer would not port their data to: a debt collector, "third parties", partners, advertisers.
THIRD_RECIPIENT = _rx(
    r"\bperint\w*|\binkasso\w*|\bkolmans\w*|\bulkopuolis\w*|\b\w*kumppan\w*|\bmainostaj\w*",
    r"\bthird[- ]part\w*|\bdebt collect\w*|\bcollection agenc\w*|\bpartners?\b|\badvertisers?\b",
    r"\btredje part\w*|\bsamarbetspartner\w*|\bdritt\w*|\bwerbepartner\w*",
)

# A file format for the writer's own data: "lähettäkää mun tiedot excelinä", "som en fil", "as a spreadsheet".
FILE_FORMAT = _rx(
    r"\bexcel\w*|\bxlsx?\b|\btaulukko\w*|\bspreadsheet\w*|\bkalkylblad\w*|\btiedosto(?:na|ksi)\b"
    r"|\bsom (?:en )?fil\b|\bas a file\b|\bin a file\b|\bals datei\b",
)
# The writer's own data, possessed: "mun tiedot", "tietoni", "mina kunduppgifter", "my data".
OWN_DATA = _rx(
    r"\b\w*tie[dt]o\w*ni\b|\b(?:mun|minun) (?:\S+ ){0,2}\w*tie[dt]o\w*",
    r"\b(?:min|mitt|mina) (?:\S+ ){0,2}(?:\w*uppgift\w*|data|konto\w*|\w*historik\w*)",
    r"\bmy (?:\S+ ){0,2}(?:data|details|information|records|account|\w*history)\b",
    r"\bmein\w* (?:\S+ ){0,2}daten\b",
    # what the writer gave or uploaded: "alla uppgifter som jag har gett er", "the data I uploaded", "antamani tiedot"
    r"\b(?:\w*uppgift\w*|data|information|details|files|tie[dt]o\w*|daten|datos|donnees)"
    r" (?:som |that |which |jotka |die )?"
    r"(?:jag|i|we|vi|olen|ich|yo|j'ai) (?:har |have |had |habe )?(?:gett|gav|lamnat|lamnade|laddat upp|laddade upp"
    r"|skickat|given|gave|provided|uploaded|entered|sent|antanut|syottanyt|gegeben|hochgeladen)\b"
    r"|\b(?:antama|syottama|lahettama|tallentama)ni\b",
)
# A question about the writer's own data: "why do you have my personal number", "where did you get it",
# "who has seen it", "miksi teillä on mun henkilötunnus", "varför har ni mitt personnummer".
ACCESS_QUESTION = _rx(
    r"\bmiksi (?:\S+ ){0,2}(?:teilla|teil|olette|ootte|tallennatte|sailytatte|kaytatte|keraatte|on)\b"
    r"|\bmista (?:\S+ ){0,4}(?:saaneet|saitte|saatte|saanu|saanut|hankkineet|hankitte|tiedatte)\b"
    r"|\b(?:kuka|ketka|kenelle|kutka) (?:\S+ ){0,3}(?:nahnyt|nahneet|nakee|nakevat|nahny|luovut\w*|paassyt\w*"
    r"|paasee)\b",
    r"\bvarfor (?:har|sparar|anvander|behandlar|lagrar) ni\b|\bvarifran (?:\S+ ){0,3}(?:fatt|fick)\b"
    r"|\bvar (?:har|fick) ni (?:\S+ ){0,2}(?:fatt|fran|tag)\b|\bvem (?:\S+ ){0,2}(?:har sett|har tillgang|har fatt"
    r"|kan se)\b",
    r"\bwhy (?:do|did|does|would) you (?:\S+ ){0,2}(?:have|hold|keep|store|collect|process|use|print)\b"
    r"|\bwhy (?:is|are|was|were) (?:my|me)\b"
    r"|\bwhere (?:did|do) you (?:\S+ ){0,2}(?:get|obtain|find)\b|\bwho (?:else )?(?:has|have|had|can) (?:\S+ ){0,2}"
    r"(?:seen|access\w*|received|read|see)\b",
    r"\bwarum (?:haben|speichern|verwenden) sie\b|\bwoher haben sie\b",
)
# What such a question must be about: the writer's own identity code, number or data.
QUESTION_OBJECT = _rx(
    r"\bhenkilotunnu\w*|\bhetu\w*|\bpersonnummer\w*|\bpersonbeteckning\w*|\bpersonal (?:identity )?(?:number|code)"
    r"|\bsocial security\b|\bid(?:entity)? (?:number|code)\b",
    r"\b(?:mun|minun|mitt|min|mina|my|mein\w*) (?:\S+ ){0,2}(?:numero\w*|nummer|number|osoit\w*|adress\w*"
    r"|address|sahkoposti\w*|e-?post\w*|e-?mail|details|data|information|\w*tie[dt]o\w*|\w*uppgift\w*|namn|name"
    r"|nim\w*|daten)\b",
    r"\b(?:puhelinnumeroni|numeroni|osoitteeni|sahkopostiosoitteeni|nimeni|tietoni|henkilotunnukseni)\b",
)
# The writer says their name is misspelt: "mun nimi on kirjoitettu väärin", "my name is spelled wrong".
MISSPELT = _rx(
    r"\bkirjo\w* (?:\S+ ){0,4}vaarin\b|\bvaarin (?:\S+ ){0,2}kirjo\w*|\bkirjoitusvirhe\w*|\bvaarin kirjoitet\w*",
    r"\bfelstav\w*|\bstava\w* (?:\S+ ){0,2}fel\b|\bfel (?:\S+ ){0,2}stav\w*",
    r"\bmisspel\w*|\bspel(?:led|t) (?:\S+ ){0,2}(?:wrong\w*|incorrect\w*)|\bwrong(?:ly)? spel\w*|\btypo\b",
    r"\bfalsch geschrieben\b",
)

VERB: dict[Kind, re.Pattern[str]] = {
    "access": _rx(
        r"\btarka?st(?:aa|amaan|aisin|ella|an|aa|ettavaksi)\b|\btarkist(?:aa|amaan|aisin|an)\b",
        r"\bnah(?:da|daksi|dakseni)\b|\bnahtav\w*|\bsaada (?:tietaa|tiedot|nahtavaksi|kopio\w*|jaljenno\w*)"
        r"|\bjaljenno\w*|\bkopio\w*",
        r"\b(?:mita|mitka) (?:\S+ ){0,2}tie[dt]o\w*|\bmita (?:\S+ ){0,4}(?:minusta|musta|hanesta|heista)\b",
        r"\b(?:mista|miten|mita kautta) (?:\S+ ){0,4}(?:saaneet|saitte|saatte|hankitte|hankkineet|sait"
        r"|olette saaneet)\b",
        r"\bmihin (?:\S+ ){0,3}(?:kaytetaan|kaytatte|kaytätte|kayttanne)\b|\bkenelle (?:\S+ ){0,3}luovu\w*"
        # who received it: "kenelle olette antaneet / kertoneet / myyneet tietojani"
        r"|\bkenelle (?:\S+ ){0,3}(?:annoitte|antaneet|annettu|kerroitte|kertoneet|myitte|myyneet|myyty|jaoitte"
        r"|jakaneet|lahetitte|lahettaneet|valititte|valittaneet)\b",
        r"\b(?:haluan|haluaisin|saada) tietaa\b|\bpyytam(?:ani|iani) (?:\S+ )?(?:tie[dt]o\w*|jaljenno\w*|kopio\w*)",
        r"\b(?:uppgifter|uppgifterna|kopian|informationen) (?:som )?jag (?:har )?(?:begarde|begart|bad om)\b",
        r"\bthe (?:data|information|copy|records|details) (?:that )?i (?:have )?(?:requested|asked for)\b",
        r"\bvilka (?:\S+ ){0,2}(?:person)?uppgifter\b|\bvad (?:\S+ ){0,4}om mig\b|\butdrag\b"
        r"|\bkopia (?:av|pa) (?:\S+ ){0,3}(?:\w*uppgifter|data)|\bkopia (?:av|pa) (?:\S+ ){0,5}om mig\b"
        r"|\bkontrollera (?:\S+ ){0,2}uppgifter"
        r"|\bvarifran (?:\S+ ){0,3}fatt\b|\bhur (?:\S+ ){0,3}fatt (?:tag pa )?(?:min|mitt|mina|hans|hennes)\b"
        r"|\bvill (?:veta|se)\b|\bta del av\b"
        r"|\b(?:till )?vem (?:\S+ ){0,3}(?:lamnat ut|lamnade ut|gett|gav|salt|salde|delat|delade|skickat|skickade)\b",
        r"\b(?:copy|copies|export|printout) of (?:\S+ ){0,4}(?:datas?|information|records|details|file)\b"
        r"|\b(?:copy|copies|export|printout) of (?:\S+ ){0,6}(?:about|on|of) me\b"
        r"|\bwhat (?:\S+ ){0,3}(?:datas?|information|details|records)\b"
        r"|\bwhich (?:\S+ ){0,3}(?:datas?|information|details|records)\b"
        r"|\baccess to (?:\S+ ){0,3}(?:data|information)\b|\bwhere (?:\S+ ){0,5}(?:got|obtained|get|came from)\b"
        r"|\bhow (?:\S+ ){0,2}(?:got|get|obtained|received|found|came by) (?:my|this|these|the|his|her)\b"
        r"|\bwhere (?:\S+ ){0,3}(?:came|come) from\b|\bsee (?:\S+ ){0,2}(?:data|information)\b"
        r"|\bwhat (?:\S+ ){0,3}you (?:\S+ ){0,2}(?:hold|have|store|keep|process)\b"
        # "what you've got on me", "what you told the credit agency about me": data about the writer, asked
        r"|\bwhat (?:\S+ ){0,6}(?:about|on|of) me\b|\bwhat (?:\S+ ){0,3}informations\b"
        r"|\b(?:who|whom) (?:\S+ ){0,3}(?:told|tell|gave|give|given|passed|pass|sold|sell|shared|share|disclosed"
        r"|disclose|sent|send)\b"
        # "send/share me all the personal information(s)", learner English included
        r"|\b(?:send|share|give|provide|forward|e-?mail)(?: (?:to|with))? me (?:\S+ ){0,2}(?:my|personal) (?:\S+ )?"
        r"(?:datas?|informations?|details|records)\b",
        r"\bwelche (?:\S+ ){0,2}(?:daten|informationen|angaben)\b|\bkopie (?:\S+ ){0,4}daten\b"
        r"|\bwoher (?:\S+ ){0,4}(?:daten|adresse)\b",
        r"\b(?:milliseid|millised|milliste|mis|mida) (?:\S+ ){0,3}\w*andme\w*|\bkoopia\w* (?:\S+ ){0,3}\w*andme\w*"
        r"|\bjuurdepaas\w*",
        r"\bhvilke (?:\S+ ){0,2}op{1,2}lysning\w*|\binnsyn\b|\bindsigt\b|\binzage\b|\bwelke (?:\S+ ){0,2}gegevens\b"
        r"|\bquelles (?:\S+ ){0,2}donnees\b|\bacces a (?:\S+ ){0,2}donnees\b|\bque datos\b"
        r"|\bacceso a (?:\S+ ){0,2}datos\b|\b(?:copie|copia) (?:\S+ ){0,4}(?:donnees|datos)\b",
        r"\b(?:какие|какая|какую|каких) (?:\S+ ){0,3}(?:данн\w*|информаци\w*|сведени\w*)"
        r"|\bоткуда (?:\S+ ){0,4}(?:получили|взяли|узнали|получен\w*)|\bкопи\w* (?:\S+ ){0,3}(?:данн\w*|информаци\w*)"
        r"|\bдоступ к (?:\S+ ){0,2}данн\w*|\bкому (?:\S+ ){0,3}(?:передали|передавали|передаете|продали)\b"
        r"|\bчто (?:\S+ ){0,3}обо мне\b",
    ),
    "rectification": _rx(
        FIELD_TO.pattern,
        r"\boikais\w*|\bkorja\w*|\bpaivit\w*|\bmuuttakaa\b|\bmuuttamaan\b|\bvaihtakaa\b|\bvaihtamaan\b"
        r"|\b(?:muuttaa|vaihtaa)\b",
        r"\bratta\w*|\bkorriger\w*|\buppdater\w*|\bandra(?= (?:min|mitt|mina|det|den|dem)\b)"
        r"|\b(?:byt|byta)(?= (?:min|mitt|mina)\b)"
        r"|\b(?:andra|byta|byt) (?:\S+ )?(?:\w*namnet|\w*adressen|\w*numret|uppgifterna|e-?post(?:adress)?en)\b",
        r"\bcorrect\w*|\brectif\w*|\bupdat\w*|\bamend\w*|\bfix\b|\bchange(?= (?:my|the|it|this|that|them)\b)"
        r"|\b(?:swap|switch|replace)(?= my\b)",
        r"\bberichtig\w*|\bkorrigier\w*|\baktualisier\w*|\bandern sie\b",
        r"\bparanda\w*|\buuenda\w*|\bmuut(?:ke|ma)\b",
        r"\bmodifi(?:er|ez)\b|\bcorrig\w*|\bactualic\w*|\bactualiz\w*",
        r"\bисправ\w*|\bобнов\w*|\bизмен(?:ите|ить)\b",
    ),
    "erasure": _rx(
        r"\bpoist(?!u)\w*|\btuhot\w*|\btuhoa\w*|\bhavit\w*|\banonymisoi\w*|\bunohtakaa\b|\bpois\b"
        r"|\bpyyhk\w*|\bpyyhi\w*|\bdeletoi\w*|\bdeleet\w*"
        r"|\b(?:sulk|sulj)\w* (?:\S+ ){0,2}(?:\w*tili\w*|asiakkuu\w*|profiili\w*)\b"
        r"|\b(?:\w*tili(?:ni|n|mme)?|asiakkuu\w*|profiili\w*) (?:\S+ ){0,2}(?:sulkea|sulkekaa)\b"
        r"|\bheit\w* (?:\S+ ){0,2}(?:menemaan|roskiin|roskikseen)\b",
        r"\bradera\w*|\bta bort\b|\btas bort\b|\btar bort\b|\bstryk\w*|\bglom\w*|\brensa\w*|\bmakuler\w*"
        r"|\b(?:stang|avsluta)\w* (?:\S+ )?(?:mitt |mina )?\w*konto\w*|\bkasta\w* bort\b|\bslang\w* (?:\S+ )?bort\b",
        r"\bdelet\w*|\berase\b|\berasure\b|\bremov\w*|\bwipe\b|\bforget me\b"
        r"|\b(?:close|shut down|terminate) (?:my|the|this) (?:\S+ )?(?:account|profile)\b"
        r"|\bget rid of\b|\bpurge\b|\bdestroy\b"
    r"|\btake me off (?:\S+ ){0,2}(?:register\w*|database\w*|systems?|records|crm|customer \w+)\b",
        r"\blosch\w*|\bentfern\w*|\bvernicht\w*",
        r"\bkustuta\w*|\beemalda\w*",
        r"\bslett\w*|\bslet\b|\bslette\w*|\bverwijder\w*|\bsupprim\w*|\beffac\w*|\belimin\w*|\bborr[ae]\w*"
        r"|\bsupresion\b|\bsuprim\w*|\beffacement\b",
        r"\bудал(?:ить|ите|ения|ение|ению|ени|ять)\b|\bуничтож\w*|\bстере\w*|\bстерт\w*|\bсотрит\w*",
    ),
    "restriction": _rx(
        r"\brajoit\w*|\blukit\w*",
        r"\bbegrans\w*|\bspärra\w*|\bsparra\w*",
        r"\brestrict\w*|\bfreeze\b|\bsuspend\w*|\bblock\b",
        r"\bjaihin\b|\bjaadyt\w*|\bon (?:hold|ice)\b|\bpa is\b|\bfrys\w*"
        r"|\blopet\w* (?:[^\s,.;:!?]+ ){0,3}(?:kaytto\w*|kayttamas\w*|kayttamin\w*|kasittely\w*|kasittelemas\w*)"
        r"|\bsluta(?!t\b)\w* (?:\S+ ){0,2}(?:anvand|behandl)\w*",  # not "jag har slutat använda": own act
        r"\beinschrank\w*|\bsperr\w*",
        # a negated use of the data, asked of the company: "älkää käyttäkö", "att ni inte använder", "don't use my"
        r"\balkaa (?:\S+ ){0,2}(?:kayttako|kasitelko|luovuttako|kayttakaa|kasitelkaa|luovuttakaa)\b"
        r"|\bala (?:\S+ ){0,2}(?:kayta|kasittele|luovuta)\b|\b(?:ette|ettei|ettette) (?:\S+ ){0,2}(?:kayta"
        r"|kayteta|kayttaa|kasittele|kasitella|luovuta)\b|\bei saa (?:\S+ ){0,2}(?:kayttaa|kasitella)\b"
        r"|\b(?:en|emme) (?:\S+ )?halua,? (?:etta )?(?:\S+ ){0,2}(?:kaytatte|kasittelette|kaytetaan|kasitellaan)\b",
        # "ni får inte använda", "jag vill int att ni använder" (Finland-Swedish "int"), "använd dem inte"
        r"\bni (?:(?:far|ska|bor|maste|kan) )?(?:inte|int|ej|aldrig) (?:langre )?(?:anvander|behandlar|anvanda"
        r"|behandla|lamnar ut|lamna ut)\b|\b(?:vill|onskar) (?:\S+ )?(?:inte|int|ej) att ni (?:\S+ )?(?:anvander"
        r"|behandlar|lamnar ut|delar)\b|\b(?:anvand|behandla) (?:\S+ ){0,2}(?:inte|int|ej)\b",
        r"\b(?:you (?:do not|don't|dont|not|no longer|stop|may not|must not|mustn't|cannot|can't|should not"
        r"|shouldn't|are not (?:allowed|permitted) to)|(?<!i )(?<!we )(?:do not|don't|dont)|stop|not to|cease)"
        r" (?:use|using|process"
        r"|processing|share|sharing) (?:my|his|her|the|this|these|them|it|any)\b"
        r"|\b(?:don't|do not|dont) (?:want|wish) you to (?:\S+ )?(?:use|process|share)\b",
        r"\bnicht (?:mehr )?(?:\S+ ){0,2}(?:verwenden|nutzen|verarbeiten)\b"
        r"|\b(?:verwenden|nutzen|verarbeiten) sie (?:\S+ ){0,3}nicht\b",
        TRANSFER_NEG.pattern,
        r"\bограничь\w*|\bограничит\w*|\bзаблокир\w*|\bприостанов\w*"
        r"|\bне (?:используйте|обрабатывайте|использовать|обрабатывать|передавайте|передавать)\b",
    ),
    "objection": _rx(
        r"\b(?:en|emme) (?:enaa )?halua (?:\S+ ){0,4}(?:markkinoin\w*|maino(?:k?s|n)\w*|uutiskir\w*|viest\w*"
        r"|tekstiviest\w*|sahkopost\w*|postia|soitto\w*|puhelu\w*|yhteydenot\w*|tarjou\w*|kampanj\w*|soitat\w*|soitta\w*|soittel\w*"
    r"|soittavan|tekstaa\w*|tekstaile\w*|lahetatte|lahettavan|otatte yhteytta|ottavan yhteytta"
    r"|\w*list(?:oilla|alla|oille|alle|oissa|assa)\b)",
        r"\blopet\w* (?:\S+ ){0,4}(?:(?:suora)?markkinoin\w*|\w*maino(?:k?s|n)\w*|lahett\w*|\w*uutiskir\w*"
        r"|\w*viest\w*|soitt\w*"
        r"|kasittel\w*|\w*postitu\w*|tarjou\w*|kampanj\w*|\w*sahkopost\w*|spam\w*|\w*meil(?:i|it|eja|eita|ien|eille)\b)"
        r"|\b(?:markkinoin\w*|maino(?:k?s|n)\w*|uutiskir\w*|viestien|lahettaminen|soittelu|soittelut|soitot|puhelut"
    r"|tarjousten) (?:\S+ ){0,3}lopet\w*"
    r"|\blopet\w* (?:\S+ ){0,3}(?:puhel\w*|yhteydeno\w*|tekstaa\w*|tekstaile\w*)"
        r"|\b(?:ei|en) (?:\S+ ){0,2}(?:tarvi\w*|tartte) (?:\S+ ){0,3}(?:maino(?:k?s|n)\w*|markkinoin\w*|uutiskir\w*"
        r"|tarjou\w*)",
        r"\bkiel(?:lan|lamme|takaa|lakaa|taa)\b (?:\S+ ){0,3}(?:suoramarkk\w*|markkin\w*|mainon\w*|mainos\w*|kayt\w*)"
        r"|\b(?:suora)?markkinoin\w* (?:\S+ ){0,2}kiel\w*",
        r"\bperu\w* (?:\S+ ){0,2}uutiskir\w*|\buutiskir\w* (?:\S+ ){0,2}peru\w*|\bottakaa (?:\S+ ){0,3}pois\b"
        r"|\bpois (?:\S+ ){0,3}\w*list\w*",
        r"\b(?:vill|onskar) (?:inte|ej) (?:\S+ ){0,4}(?:reklam|marknadsforing|utskick|nyhetsbrev|mejl|e-?post|sms"
        r"|\w*listan?|erbjudand\w*|kampanj\w*)"
        r"|\bslippa (?:\S+ ){0,3}(?:reklam|nyhetsbrev|utskick|erbjudand|mejl|e-?post|sms|samtal|marknadsforing)\w*"
        r"|\bsluta\w* (?:\S+ ){0,3}(?:skicka|ringa|kontakta|mejla|sms\w*|messa|\w*mejl\w*|\w*mail\w*|\w*nyhetsbrev\w*"
        r"|\w*utskick\w*|\w*reklam\w*)"
        r"|\bavsluta (?:\S+ ){0,2}prenumeration\w*",
        r"\bstop (?:to )?(?:send|call|e-?mail|contact|text|phone|ring|mail)(?:ing)? (?:me|us|to me)\b"
        r"|\bopt (?:me )?out\b|\bstop (?:\S+ ){0,2}(?:sending|emailing|e-mailing|contacting|calling|texting|spamming"
        r"|marketing|mailing)|\b(?:don't|do not|no longer) (?:want|wish) (?:\S+ ){0,4}(?:receive|get|contacted|hear"
        r"|marketing|emails|newsletters|be on (?:\S+ ){0,2}(?:\w*list|\w*lists|mailing\w*))"
        r"|\btake me off\b|\bno more (?:marketing|emails|newsletters|spam|ads|offers)\b"
        r"|\bstop (?:\S+ ){0,3}(?:ads|adverts|advertising|advertisements?|marketing|newsletters?|offers|promotions"
        r"|promos|spam"
        r"|e-?mails?|mails|\w+ mails|texts|sms)\b",
        r"\barge (?:\S+ ){0,3}(?:saatke|helistage|kasutage)\b|\b(?:ei soovi|ei taha) (?:\S+ ){0,3}(?:reklaam\w*"
        r"|uudiskir\w*|kirju|e-?kirju|pakkumis\w*)|\bloobu\w* (?:\S+ ){0,2}(?:uudiskir\w*|reklaam\w*)",
        r"\bkeine (?:\S+ ){0,2}(?:werbung|newsletter|e-?mails|post)\b|\babmelden\b|\baustragen\b"
        r"|\btrag\w* (?:\S+ ){0,2}mich (?:\S+ ){0,4}aus\b",
        # Negative imperatives of contact verbs: "älkää soittako", "don't call me", "ring inte".
        r"\balkaa (?:enaa )?(?:\S+ ){0,2}(?:soittako|lahettako|markkinoiko|mainostako|ottako yhteytta|tekstatko)\b"
        r"|\bei (?:kiitos )?(?:enaa )?(?:\S+ )?(?:mainoksia|markkinointia|uutiskirjeita|viesteja)\b",
        r"\b(?:don't|do not|dont|never) (?:\S+ )?(?:call|ring|email|e-mail|text|contact|phone|mail|sms) me\b"
    r"|\bstop (?:\S+ ){0,2}(?:ringing|phoning|messaging)\b",
        r"\b(?:ring|kontakta|mejla) (?:\S+ ){0,2}inte\b|\bskicka (?:mig |mej )?(?:inte|ingen|inga)\b"
        r"|\bingen (?:mer )?reklam\b",
        # fr/es/nl: "ne plus m'envoyer de publicités", "no me envíen publicidad", "geen reclame meer"
        r"\b(?:ne (?:plus|pas)|arret\w* de) (?:\S+ ){0,2}(?:\w')?(?:envoyer|recevoir|contacter|solliciter)\b"
        r"|\bdes(?:abonn|inscri)\w*"
        r"|\bno (?:me )?(?:envien|manden|contacten)\b|\bdar(?:me)? de baja\b|\bgeen (?:\S+ )?(?:reclame|nieuwsbrie\w*)"
        r"|\bafmelden\b|\buitschrijven\b",
        # ru: "больше не присылать мне рекламу", "не звоните мне", "прекратите рассылку", "отпишите меня"
        r"\bбольше не (?:\S+ )?(?:присыла\w*|присла\w*|отправля\w*|звони\w*|пиши\w*|беспоко\w*|связыва\w*)"
        r"|\bне (?:присылайте|отправляйте|звоните|пишите|беспокойте)\b"
        r"|\b(?:прекрат|перестан)\w* (?:\S+ ){0,3}(?:рассылк\w*|присыла\w*|отправля\w*|звони\w*|реклам\w*)"
        r"|\bотпиш\w*|\bотказ\w* от (?:\S+ )?(?:рассылк\w*|реклам\w*)",
    ),
    "portability": _rx(
        r"\bsiirta\w* (?:\S+ ){0,4}(?:toiselle|uudelle|suoraan|toiseen|uuteen)\b|\bsiirtaa (?:\S+ ){0,2}tie[dt]o\w*"
        r"|\blahett\w* (?:\S+ ){0,3}(?:uudelle|toiselle) (?:\S+ )?(?:toimittaj|palveluntarjoaj|jarjestelm)\w*",
        r"\b(?:json|csv|xml)\b",
        FILE_FORMAT.pattern,
        r"\boverfor\w* (?:\S+ ){0,3}(?:direkt|till)\b|\bstrukturera\w*",
        r"\bexport\w* (?:\S+ ){0,4}(?:data|information)\b|\btransfer (?:\S+ ){0,3}(?:data|it|them) (?:\S+ ){0,2}to\b"
        r"|\bmove (?:it|them|my data) to\b"
        r"|\b(?:move|moving|moved|transfer\w*|migrat\w*|port|porting|hand(?:ed|ing)? over) (?:over )?(?:it|them"
        r"|everything|(?:all )?(?:my|our|the) (?:\S+ ){0,3}(?:data|\w*history|account|records|details|files|content"
        r"|information|photos|orders))(?: \S+){0,2} (?:over )?to (?:them|another|other|a new"
        r"|a different|the (?:new|other) (?:provider|supplier|agency|company|service|system|platform|vendor)"
        r"|(?:\S+ ){0,2}(?:provider|supplier|agency|competitor|vendor|platform|studio)\b|\S+@)",
        # "flytta över min kundhistorik dit", "skicka dem direkt till den nya leverantören"
        r"\b(?:flytta|skicka|overfora)\w* (?:over )?(?:\S+ ){0,6}(?:dit|direkt|till (?:dem|den nya|en annan|\S+@))",
        r"\b(?:lahett|toimit|siirr)\w* (?:\S+ ){0,5}suoraan (?:heille|hanelle|sinne|uudelle\w*|toiselle\w*"
        r"|\w*(?:palvelu|toimittaja|yritykse|ohjelma)\w*)",
        r"\bubertrag\w* (?:\S+ ){0,3}(?:an|zu)\b|\bexport\w*",
    ),
}
# Kinds that are questions/statements about a form rather than the right: "mitä tietoja tarvitsette".
ACCESS_BLOCK = re.compile(r"\btarvit\w*|\bneed from me\b|\bbehover ni\b|\bbrauchen sie\b")
# Sales-pitch vocabulary: mails full of DSAR words that sell something.
PITCH = _rx(
    r"\bdemo\w*|\bwebinaar\w*|\besittely\w*|\balennu\w*|\btarjoamme\b|\bpalvelumme\b|\bkokeile\b|\bvaraa\b",
    r"\b\d+ ?% (?:off|alennus|rabatt)|\bdiscount\b|\bfree trial\b|\bbook a\b|\bour (?:platform|solution|tool)\b"
    r"|\bwe help\b|\bpricing\b|\bwe offer\b|\bour (?:software|service|product|portal|experts|customers|clients)\b"
    r"|\bschedule a\b|\b\d+-minute (?:call|demo)\b|\btrusted by\b|\bcase stud\w*|\bsign up\b"
    r"|\b(?:companies|firms|businesses|teams|organi[sz]ations) like yours\b|\bautomates?\b|\bstruggling with\b"
    r"|\breply with a time\b|\bready-made\b|\bout of the box\b",
    r"\bforetag som ert\b|\bautomatiser\w*",
    r"\bvi hjalper\b|\bboka\b|\bprova gratis\b|\bvi erbjuder\b|\bkostnadsfri\w*|\bvar (?:tjanst|losning|plattform)\b",
    r"\bjetzt testen\b|\bkostenlos\b|\bwir bieten\b|\bunsere (?:losung|plattform|software)\b",
    r"\bmaksuto\w*|\bilmainen\b|\bautomatisoi\w*|\bkaltaisenne\b|\bkokeilu\w*|\bratkaisumme\b|\basiakkaamme\b",
)

# Any cue of any kind: most sentences have none, and one combined search skips them cheaply.
ANY_CUE = re.compile(
    "|".join(
        f"(?:{rx.pattern})"
        for rx in (*EXPLICIT.values(), *VERB.values(), ABOUT_ME, ABOUT_THEM, RELATIVE, ACCESS_QUESTION, MISSPELT)
    )
)
