"""Recognise mail sent by a machine: auto-replies, bounces, newsletters, receipts, invitations.

Automated mail is never answered and never becomes a request, whatever its quoted text says.
Evidence is scored: one strong signal (an RFC 3834 header, a DSN, a null sender) is enough; weak
signals (an out-of-office phrase, a ticket-style subject) must agree with another one, because a
human may well write "I'm on holiday next week, so…" in a real request. Three text signals are strong
on their own: the sender's own sentence saying it is an automatic reply ("Tämä on automaattinen vastaus.",
not a question, a negation or a quotation), an absence sentence that dates the absence
("olen poissa 4.–8.8.", "I'm away until 2 September") in a note that asks for nothing, and a notice
from a no-reply sender with no first-person text that is not a web-form relay.
"""

from __future__ import annotations

import re

from dsarbot.pipeline import lexicon as lx
from dsarbot.pipeline.quotes import FORM_EMAIL, REPLY_SUBJECT, ROBOT_LOCAL, form_message, plausible_address
from dsarbot.pipeline.textutil import MAX_ANALYSED, fold, without_links
from dsarbot.pipeline.types import ParsedMessage, Screening
from dsarbot.pipeline.verdicts import bulk_signs, spam_verdicts

STRONG = 1.0
WEAK = 0.5

_PRECEDENCE = frozenset({"bulk", "list", "junk", "auto_reply", "auto-reply"})
_DAEMON = re.compile(r"^(mailer-daemon|postmaster|mail-daemon|mailerdaemon|maildelivery|bounces?)(\+|@|$)")
_AUTO_SUBJECT = re.compile(
    r"^\s*(automatic reply|auto(?:matic)?[- ]?(?:reply|response)|autoreply|out of (?:the )?office"
    r"|automaattinen vastaus|automaattivastaus|poissaolo(?:ilmoitus)?|lomavastaaja|lomaviesti"
    r"|autosvar|automatiskt svar|frånvaro(?:meddelande)?|semesterhälsning"
    r"|automatische antwort|abwesenheitsnotiz|abwesenheit|réponse automatique|respuesta automática"
    r"|automaatvastus|poissa toimistolta|poissa|lomalla|vuosilomalla|away|away from (?:the )?office|ledig"
    r"|på semester|abwesend|im urlaub|puhkusel|eemal|read|luettu|läst|gelesen|not read|ei luettu|oläst|ungelesen"
    r"|undeliverable|undelivered|unzustellbar|olevererbart|ei voitu toimittaa|toimittamaton"
    r"|delivery status notification|mail delivery failed|returned mail|failure notice|delivery failure"
    r"|accepted|declined|tentative|hyväksytty|hylätty|alustava|accepterat|avböjt|angenommen|abgelehnt"
    r"|updated invitation|päivitetty kutsu|peruttu tapahtuma|uppdaterad inbjudan"
    r"|aktualisierte einladung|canceled event|cancelled event)\s*:",
    re.IGNORECASE,
)
_AUTO_SUBJECT_PLAIN = re.compile(
    r"^\s*(undelivered mail returned to sender|delivery status notification|failure notice"
    r"|mail delivery (?:failed|failure)|returned mail|undeliverable)\b",
    re.IGNORECASE,
)
# "Invitation: …" is how calendars title an invite, but a salesperson invites people to a fair the same way:
# alone it is weak evidence, strong only without any first-person text (a bare calendar notification).
_INVITE_SUBJECT = re.compile(r"^\s*(invitation|kutsu|inbjudan|einladung)\s*:", re.IGNORECASE)
_TICKET_SUBJECT = re.compile(
    r"\[(?:ticket|tiketti|ärende|case|request|pyyntö|tapaus|incident)\s*#?\s*\w+\]"
    r"|\b(?:vastaanotettu|received|mottaget|eingegangen|we received|olemme vastaanottaneet)\s*:",
    re.IGNORECASE,
)
# Out-of-office wording, fi/sv/en/de/et, grouped by what the sentence does; each group counts once,
# so a note needs two different stock sentences ("I'm away" + "urgent matters: call X").
_OOO_PHRASES = [
    re.compile(p, re.IGNORECASE | re.MULTILINE)
    for p in (
        # "I am away / on holiday / out of office"
        r"\bolen (?:nyt |parhaillaan |tällä hetkellä |tänään )?(?:\w*lomalla|poissa|\w*vapaalla|koulutuksessa"
        r"|matkoilla|työmatkalla|ulkomailla|messuilla|lomilla)\b|\blomailen\b"
        r"|\ben ole (?:\S+ )?(?:toimistolla|paikalla|tavoitettavissa)\b|\bpoissa toimistolta\b"
        r"|\blomalla \S+ (?:asti|saakka)\b"
        r"|\bjag är (?:\S+ )?(?:ledig|på semester|tjänstledig|frånvarande|borta|sjukskriven|på resa|föräldraledig"
        r"|på tjänsteresa|inte på kontoret)\b|\bjag har semester\b"
        r"|\bout of (?:the )?office\b|\bi(?: am|'m) (?:currently |now )?(?:away|off|on (?:annual |parental |sick "
        r"|maternity |paternity )?leave|on holiday|on vacation|travelling|traveling|not in the office)\b"
        r"|\bnicht im büro\b|\babwesend\b|\bim urlaub\b|\bnicht erreichbar\b|\bauf (?:dienst)?reise\b"
        r"|\bolen (?:\S+ )?(?:puhkusel|eemal)\b|\bei ole kontoris\b",
        # "I do not read e-mail / limited access"
        r"\ben(?:kä)? (?:lue|pääse lukemaan|seuraa) sähköpost|\brajoitetusti sähköpost"
        r"|\bbegränsad tillgång till (?:e-?post|mejl)|\bläser inte (?:min )?e-?post"
        r"|\b(?:limited|no) access to (?:my )?e-?mails?\b|\bnot (?:be )?(?:reading|checking) (?:my )?e-?mails?"
        r"|\bkeinen zugriff auf (?:meine )?e-?mails?|\bnur eingeschränkt erreichbar\b|\bwird nicht weitergeleitet\b",
        # "back on …"
        r"\bpalaan (?:töihin|toimistolle|lomalta|\d)|\bolen tavoitettavissa (?:taas |jälleen )?\d"
        r"|\bjag är tillbaka (?:den |på )?\d|\bi will be back\b|\bi will return on\b|\bback in the office\b"
        r"|\bwieder (?:erreichbar|im büro)\b",
        # "In urgent matters contact …": the stock second sentence of every out-of-office note.
        r"\bkiireellisissä (?:asioissa|tapauksissa)|\bin urgent (?:matters|cases)|\bfor urgent (?:matters|enquiries)"
        r"|\bi brådskande (?:ärenden|fall)|\bin dringenden fällen",
        r"^\s*(?:kiitos viestistäsi|thank you for your (?:e-?mail|message)|thanks for your (?:e-?mail|message)"
        r"|tack för ditt (?:mejl|meddelande|e-?postmeddelande)|vielen dank für ihre (?:nachricht|e-?mail))",
    )
]
_MACHINE_PHRASES = re.compile(
    r"tähän viestiin ei voi vastata|älä vastaa tähän viestiin|do not reply to this (?:e-?mail|message)"
    r"|this (?:is an )?automat(?:ed|ic)(?:ally generated)? (?:message|e-?mail|reply|notification)"
    r"|tämä on automaattinen (?:viesti|vastaus|ilmoitus)|detta är ett automatiskt"
    r"|svara inte på (?:detta|det här) (?:meddelande|mejl)"
    r"|diese nachricht wurde automatisch|automatisch generiert",
    re.IGNORECASE,
)
# The machine's own statement that it is one, opening a sentence of the sender's own text:
# "Tämä on automaattinen vastaus.", "Detta är ett automatiskt svar", "This is an automated response".
# Not a question ("Onko tämä automaattinen vastaus?", "Is this an automatic reply?"), not a negation
# ("this is not an automatic reply"), not a quotation inside a human's sentence.
_AUTO_STATEMENT = re.compile(
    r"^\W{0,3}(?:(?:tämä|tää) (?:viesti )?on (?:\S+ )?automaatti(?:nen|sesti lähetetty) (?:vastaus|viesti|ilmoitus"
    r"|vastausviesti|kuittaus|poissaoloviesti)\w*|(?:tämä )?(?:on )?automaattinen vastausviesti\b"
    r"|detta (?:meddelande )?är ett (?:\S+ )?automatiskt (?:svar|meddelande|genererat meddelande)\w*"
    r"|this is an? (?:\S+ )?(?:automatic|automated|automatically generated|auto-generated) (?:e-?mail )?"
    r"(?:reply|response|message|notification|e-?mail)\b"
    r"|dies ist eine (?:\S+ )?automatische (?:antwort|nachricht|e-?mail|benachrichtigung)\w*"
    r"|see on automaatne (?:vastus|sõnum|teade)\w*)"
    r"(?![^.!\n]*\?)",
    re.IGNORECASE,
)
_REPORT_TYPES = ("delivery-status", "disposition-notification")
# When an absence ends: dates, weekdays, months, "until/asti/till/bis". With an "I am away" sentence it
# makes a one-sentence absence notice ("Olen lomalla 12.5. asti.", "I'm away until 2 September.").
_WHEN = re.compile(
    r"\b\d{1,2}\.\s?\d{1,2}\.|\b\d{1,2}\.\d{1,2}\b|\b\d{1,2}/\d{1,2}\b|\b\d{4}-\d{2}-\d{2}\b"
    r"|\b(?:maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai|tammikuu|helmikuu|maaliskuu"
    r"|huhtikuu|toukokuu|kesäkuu|heinäkuu|elokuu|syyskuu|lokakuu|marraskuu|joulukuu)\w*"
    r"|\b(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|januari|februari|mars|april|maj|juni|juli"
    r"|augusti|september|oktober|november|december)\w*"
    r"|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june"
    r"|july|august|september|october|november|december|tomorrow|next week)\b"
    r"|\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|januar|februar|märz|mai|juni|juli"
    r"|august|oktober|dezember)\b"
    r"|\b(?:esmaspäev|teisipäev|kolmapäev|neljapäev|reede|jaanuar|veebruar|märts|aprill|juuni|juuli"
    r"|oktoober|detsember)\w*"
    r"|\b(?:asti|saakka|palaan|until|till och med|tills|bis|kuni|tagasi)\b",
    re.IGNORECASE,
)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÅÜ])|\n+")
# First person: a person wrote this (mun/tietoni/jag/my/ich…), not a system.
_HUMAN = lx.SELF
# A no-reply sender that orders the reader to act ("teidän tulee vahvistaa…", "you must confirm…") under a
# deadline or through a link is a person's scheme (phishing posing as an authority), not a system notice.
# A system's own demand about the reader's account (password reset, invoice due) stays a notice.
_DEMAND = re.compile(
    r"\b(?:teidan|sinun) (?:tulee|on|pitaa|taytyy)\b|\bvalttaakse(?:nne|si)\b|\bseuraamus\w*|\b(?:uhka)?sakko\w*"
    r"|\b(?:ni|du) (?:maste|ska|bor)\b|\bfor att undvika\b|\bsanktionsavgift\w*|\bvite\b"
    r"|\byou (?:must|are required to|need to|have to)\b|\bto avoid (?:a |the |any )?(?:fine|penalt|sanction|legal)\w*"
    r"|\bfailure to (?:respond|comply|confirm|reply)\b|\bpenalt(?:y|ies)\b|\bsanctions?\b"
)
_ACT_BY = re.compile(
    r"\b\d+ (?:tunnin|paivan|vuorokauden|arkipaivan) kuluessa\b|\binom \d+ (?:timmar|dagar|dygn)\b"
    r"|\bwithin \d+ (?:hours|days|business days|working days)\b|\bhttps?://|\blinki\w*|\blank\w*|\blink\b"
)
_OWN_ACCOUNT = re.compile(
    r"\bsalasan\w*|\btili(?:si|llesi|isi|lle|n)\b|\btilaukse\w*|\blasku\w*|\bkirjautu\w*"
    r"|\bpassword\w*|\byour (?:account|order|subscription|invoice|payment)\b|\blog ?in\b|\bsign[- ]in\b"
    r"|\blosenord\w*|\b(?:ditt|ert) konto\b|\b(?:din|er) (?:order|faktura|prenumeration)\b|\blogga in\b"
)


def _header_signals(p: ParsedMessage) -> list[tuple[float, str]]:
    """Scored evidence from the envelope and headers."""
    out: list[tuple[float, str]] = []
    auto = (p.header("auto-submitted") or "").strip().lower()
    if auto and not auto.startswith("no"):
        out.append((STRONG, f"Auto-Submitted: {auto}"))
    for name in ("x-autoreply", "x-autorespond", "x-autoresponder", "x-auto-reply"):
        value = (p.header(name) or "").strip().lower()
        if value and value not in ("no", "false", "0"):
            out.append((STRONG, f"{name} header"))
    precedence = (p.header("precedence") or "").strip().lower()
    # Own group: the company's own Google/M365 group (info@) stamps list headers on a person's mail (groups.py).
    own_group = p.via_group is not None
    if precedence in _PRECEDENCE and not (own_group and precedence == "list"):
        out.append((STRONG, f"Precedence: {precedence}"))
    if (p.header("list-id") or p.header("list-unsubscribe")) and not own_group:
        out.append((STRONG, "mailing-list headers (List-Id/List-Unsubscribe)"))
    if p.content_type == "multipart/report":
        out.append((STRONG, "multipart/report (delivery or read report)"))
    if p.header("x-auto-response-suppress"):
        out.append((WEAK, "X-Auto-Response-Suppress header"))
    if p.header("feedback-id") or p.header("x-campaign") or p.header("x-mailgun-tag"):
        out.append((WEAK, "bulk-sender headers"))
    return_path = p.header("return-path")
    if return_path is not None and return_path.strip() in ("<>", ""):
        out.append((STRONG, "null Return-Path (bounce or auto-reply)"))
    local = (p.from_addr or "").lower()
    if _DAEMON.match(local):
        out.append((STRONG, f"sender {p.from_addr}"))
    if any(a.content_type == "text/calendar" or (a.filename or "").lower().endswith(".ics") for a in p.attachments):
        out.append((STRONG, "calendar invitation (text/calendar)"))
    return out


def _text_signals(p: ParsedMessage) -> list[tuple[float, str]]:
    """Scored evidence from the subject and the sender's own text (quotes are ignored)."""
    out: list[tuple[float, str]] = []
    subject = p.subject or ""
    m = _AUTO_SUBJECT.match(subject) or _AUTO_SUBJECT_PLAIN.match(subject)
    if m:
        out.append((STRONG, f"subject starts with {m.group(1)!r}"))
    inv = _INVITE_SUBJECT.match(subject)
    if inv:
        human = _HUMAN.search(without_links(fold(p.new_text[:MAX_ANALYSED])))
        out.append((WEAK if human else STRONG, f"subject starts with {inv.group(1)!r}"))
    t = _TICKET_SUBJECT.search(subject)
    if t:
        out.append((WEAK, f"ticket-style subject {t.group(0)!r}"))
    own = p.new_text[:MAX_ANALYSED]
    for pattern in _OOO_PHRASES:
        hit = pattern.search(own)
        if hit:
            out.append((WEAK, f"out-of-office wording {hit.group(0)!r}"))
    hit = _MACHINE_PHRASES.search(own)
    if hit:
        out.append((WEAK, f"machine wording {hit.group(0)!r}"))
    statement = _auto_statement(p, own)
    if statement:
        out.append((STRONG, f"says it is automatic: {statement!r}"))
    note = _dated_absence(own, subject)
    if note:
        out.append((STRONG, f"absence notice {note!r}"))
    notice = _robot_notice(p)
    if notice:
        out.append((STRONG, notice))
    return out


def _auto_statement(p: ParsedMessage, own: str) -> str | None:
    """A sentence of the sender's own text that says it is an automatic reply ("Tämä on automaattinen vastaus.").

    Quoted text is not the sender's own (``own`` is the new text); a web form's relay note ("this is an
    automatic message from the contact form") carries a person's words, so it does not count.
    """
    head = own[:1500]
    if "utoma" not in head.lower():
        return None
    for sentence in _SENTENCE_SPLIT.split(head):
        hit = _AUTO_STATEMENT.match(sentence.strip())
        if hit:
            body = p.text[:MAX_ANALYSED]
            if FORM_EMAIL.search(body) or form_message(body):
                return None
            return hit.group(0).strip()[:80]
    return None


def _dated_absence(own: str, subject: str) -> str | None:
    """An "I am away" sentence that says until when, in a note that asks for nothing.

    One stock sentence is enough when it dates the absence ("olen poissa toimistolta 4.–8.8.",
    "I'm away until 2 September"); a real request that mentions a holiday still asks for something
    (a deletion, a copy…), in the text or in a subject of its own, and then the note is not a machine's.
    """
    head = own[:1500]
    if not (_OOO_PHRASES[0].search(head) or _OOO_PHRASES[2].search(head)):
        return None
    for sentence in _SENTENCE_SPLIT.split(head):
        away = _OOO_PHRASES[0].search(sentence) or _OOO_PHRASES[2].search(sentence)  # away / back on …
        if away and _WHEN.search(sentence):
            own_subject = "" if REPLY_SUBJECT.match(subject) else subject
            if lx.ANY_CUE.search(fold(f"{own_subject}\n{own[:MAX_ANALYSED]}")):
                return None  # it also asks for something: a person who mentions a holiday
            return sentence.strip()[:80]
    return None


def _robot_notice(p: ParsedMessage) -> str | None:
    """A system notice from a no-reply sender: no human text, not a web-form relay, no human Reply-To."""
    if not p.from_addr or not ROBOT_LOCAL.match(p.from_addr.split("@")[0]):
        return None
    if plausible_address(p.reply_to_addr):
        return None  # someone expects the reply (a relay with Reply-To, or phishing that wants one)
    body = p.text[:MAX_ANALYSED]
    if FORM_EMAIL.search(body) or form_message(body):
        return None  # a web form relays what a person typed
    own = fold(p.new_text[:MAX_ANALYSED])
    if _HUMAN.search(without_links(own)):
        return None
    if _DEMAND.search(own) and _ACT_BY.search(own) and not _OWN_ACCOUNT.search(own):
        return None  # it orders the reader to act: someone's scheme, not a system notice
    return f"system notice from {p.from_addr} with no human text"


# Headers a form service stamps on every relay (Google Forms sends "Auto-Submitted: auto-generated"): a
# machine delivered the mail, but the words in its fields are a person's, and the README's web-form
# convention makes them the request. Mailing-list, report and bounce evidence still counts.
_RELAY_STAMPS = ("Auto-Submitted", "X-Auto-Response-Suppress", "bulk-sender")


def _form_relay(p: ParsedMessage) -> bool:
    """A form service relays a visitor's answer: a no-reply sender, an e-mail field and a free-text message."""
    subject = p.subject or ""
    if not p.from_addr or not ROBOT_LOCAL.match(p.from_addr.split("@")[0]) or _DAEMON.match(p.from_addr.lower()):
        return False
    if p.header("list-id") or p.content_type == "multipart/report" or REPLY_SUBJECT.match(subject):
        return False
    body = p.text[:MAX_ANALYSED]
    return bool(not _TICKET_SUBJECT.search(subject) and FORM_EMAIL.search(body) and form_message(body))


def screen(parsed: ParsedMessage) -> Screening:
    """Decide whether *parsed* was sent by a machine; the reasons name the evidence.

    Also what the mail systems say: our own spam filter's verdict and signs of bulk mail (verdicts.py).
    """
    signals = _header_signals(parsed) + _text_signals(parsed)
    relay = _form_relay(parsed)
    if relay:
        signals = [(w, r) for w, r in signals if not r.startswith(_RELAY_STAMPS)]
    score = sum(weight for weight, _ in signals)
    automated = score >= STRONG
    reasons = tuple(reason for _, reason in signals) if automated else ()
    bulk = () if relay else bulk_signs(parsed)
    return Screening(automated=automated, reasons=reasons, spam=spam_verdicts(parsed), bulk=bulk)
