"""The safety net: a possible request is never dropped silently, and spam never makes a confident request.

Each case states what a manager would notice: a mail that might be a request opens a triage case
(``uncertain``) instead of vanishing as "not a request"; the sender's own footer, a spam verdict of our
own mail system, bulk mail, scams and business-to-business data-protection talk never become a case
that acknowledges someone as a requester; one ask is one right.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage

import pytest
from support.mails import mail

from dsarbot import processing, store
from dsarbot.intake import ingest
from dsarbot.pipeline import analyse, parse, screen
from dsarbot.pipeline.boilerplate import strip_boilerplate
from dsarbot.pipeline.evidence import Evidence, Mail
from dsarbot.pipeline.safety import fully_read
from dsarbot.pipeline.scorer import score
from dsarbot.runtime import Runtime

OUR_MX = ("from mx.example.net (mx.example.net [198.51.100.7]) by mail.firma.example.fi with ESMTPS id 1; "
          "Mon, 6 Apr 2026")
LOCAL = "from localhost (localhost [127.0.0.1]) by mail.firma.example.fi with ESMTP id 2; Mon, 6 Apr 2026"
DELIVERY = "by mail.firma.example.fi with LMTP id 3; Mon, 6 Apr 2026"


def _cls(body: str, **kw: str):  # type: ignore[no-untyped-def]
    return analyse(mail(body, **kw)).classification


# --- never lose a possible request ---------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Proszę o usunięcie moich danych osobowych zgodnie z RODO.",
    "Prosím o výmaz mých osobních údajů podle článku 17 GDPR.",
    "Σας παρακαλώ να διαγράψετε τα δεδομένα μου σύμφωνα με τον ΓΚΠΔ.",
])
def test_a_request_naming_the_gdpr_in_another_language_opens_a_triage_case(body: str) -> None:
    c = _cls(body)
    assert c.uncertain, c.reasons
    assert any("triage" in r for r in c.reasons)


def test_a_mail_only_naming_article_15_is_triaged_not_dropped() -> None:
    c = _cls("Viittaan tietosuoja-asetuksen 15 artiklaan. Odotan vastaustanne kuukauden kuluessa.")
    assert c.category == "request" or c.uncertain
    assert c.uncertain or c.confidence >= 0.7


def test_a_person_asking_about_their_data_in_plain_words_is_triaged() -> None:
    c = _cls("Hei, mitä minun tiedoilleni nyt tapahtuu, kun lopetin asiakkuuden? Onko tietoni vielä teillä?")
    assert c.category == "request" or c.uncertain, c.reasons


def test_see_attached_with_an_unread_pdf_is_triaged() -> None:
    msg = EmailMessage()
    msg["From"] = "Liisa Laine <liisa@example.fi>"
    msg["To"] = "info@firma.example.fi"
    msg["Subject"] = "Pyyntö"
    msg.set_content("Hei, pyyntöni on liitteenä.")
    msg.add_attachment(b"%PDF-1.4 ...", maintype="application", subtype="pdf", filename="pyynto.pdf")
    c = analyse(msg.as_bytes()).classification
    assert c.uncertain and any("pyynto.pdf" in r for r in c.reasons)


def test_an_invoice_pdf_under_a_short_note_is_ordinary_business_mail() -> None:
    msg = EmailMessage()
    msg["From"] = "Laskutus <laskut@toimittaja.example.fi>"
    msg["To"] = "info@firma.example.fi"
    msg["Subject"] = "Lasku 20418"
    msg.set_content("Hei, liitteenä lasku maaliskuun toimituksesta.")
    msg.add_attachment(b"%PDF-1.4 ...", maintype="application", subtype="pdf", filename="lasku-20418.pdf")
    c = analyse(msg.as_bytes()).classification
    assert c.category == "other" and not c.uncertain


def test_text_that_could_not_be_read_is_a_triage_reason_staff_see() -> None:
    msg = EmailMessage()
    msg["From"] = "Maija Meikäläinen <maija@example.fi>"
    msg["To"] = "info@firma.example.fi"
    msg["Subject"] = "Pyyntö"
    msg.set_content("Hei, ks. liite.")
    msg.add_attachment(b"%PDF-1.4 ...", maintype="application", subtype="pdf", filename="scan.pdf")
    c = analyse(msg.as_bytes()).classification
    assert c.uncertain and any("scan.pdf" in r and "could not" in r for r in c.reasons)


def test_only_fi_sv_en_are_fully_read() -> None:
    assert all(fully_read(lang) for lang in ("fi", "sv", "en"))
    assert not any(fully_read(lang) for lang in ("de", "pl", "uk", "et"))


def test_a_german_request_is_recognised_but_still_shown_to_staff() -> None:
    c = _cls("Bitte löschen Sie alle meine Daten aus Ihren Systemen. Mit freundlichen Grüßen, Jan Weber")
    assert c.category == "request" and c.kinds == ("erasure",)
    assert c.uncertain and any("German" in r for r in c.reasons)


def test_a_confident_finnish_request_naming_the_gdpr_is_not_triage() -> None:
    c = _cls("Pyydän tietosuoja-asetuksen 17 artiklan nojalla poistamaan kaikki henkilötietoni.")
    assert c.category == "request" and c.kinds == ("erasure",) and not c.uncertain


def test_ordinary_business_mail_is_confidently_not_a_request() -> None:
    c = _cls("Hei, voisitteko lähettää tarjouksen 40 neliön kattoremontista ensi kuulle? Terveisin Pekka")
    assert c.category == "other" and not c.uncertain


def test_a_law_named_as_an_assurance_asks_nothing() -> None:
    c = _cls("Meillä on vapaana kuusi asentajaa. Hakijoiden tiedot käsitellään tietosuoja-asetuksen mukaisesti. "
             "Soitellaanko ensi viikolla?")
    assert c.category == "other" and not c.uncertain


@pytest.mark.parametrize("body", [
    "Hej, enligt PUL har jag rätt att veta mer. Hur gör jag?",  # a national act, as written in Sweden
    "Hei, henkilötietolain mukaan minulla on oikeuksia. Kenelle soitan?",  # the old Finnish act
    "Hello, I am writing with reference to Art.15 regarding my account at your shop.",  # no space after "Art."
])
def test_a_national_act_or_an_article_written_tightly_is_seen_by_the_safety_net(body: str) -> None:
    c = _cls(body)
    assert c.category == "request" or c.uncertain, c.reasons


def test_an_everyday_abbreviation_that_spells_a_law_in_another_language_is_no_law() -> None:
    # Dutch "AVG" is the GDPR; English "avg" is an average: the law names come from one table, as written.
    c = _cls("Hi, our avg delivery time to Oulu was 3 days last month. Can we keep that in the new contract?")
    assert c.category == "other" and not c.uncertain, c.reasons


# --- the sender's own text is not the requester's -----------------------------------------------

SPAM_FOOTER = ("Huge spring SALE on industrial drones – 40% off all models this week only!\n"
               "Order today and get free shipping to anywhere in Europe.\n\n"
               "You are receiving this email because you signed up at our partner's site.\n"
               "Remove me\nManage preferences | Privacy policy | View online\n")


def test_an_opt_out_link_label_in_a_spam_footer_is_not_an_ask() -> None:
    c = _cls(SPAM_FOOTER, subject="Spring sale")
    assert c.category == "other" and not c.uncertain, c.reasons


def test_remove_me_as_a_whole_mail_is_still_the_writers_ask() -> None:
    assert strip_boilerplate("Remove me") == "Remove me"
    assert _cls("Remove me").category == "request"


def test_footer_lines_with_the_writers_own_i_are_kept() -> None:
    text = "I read your privacy policy and want my data deleted.\nUnsubscribe | Preferences | View online"
    assert strip_boilerplate(text) == "I read your privacy policy and want my data deleted."


# --- what mail systems already know ------------------------------------------------------------------

def _with_headers(body: str, headers: list[tuple[str, str]]) -> bytes:
    lines = [f"{k}: {v}" for k, v in headers]
    head = "\r\n".join([*lines, "From: Ann <ann@example.com>", "To: info@firma.example.fi",
                        "Subject: Hello", "Content-Type: text/plain; charset=utf-8"])
    return f"{head}\r\n\r\n{body}".encode()


REQUESTISH = "Please delete my personal data from your systems."


def test_our_own_spam_filter_verdict_means_no_confident_request() -> None:
    raw = _with_headers(REQUESTISH, [("Received", DELIVERY), ("X-Spam-Flag", "YES"),
                                     ("X-Spam-Status", "Yes, score=9.1"), ("Received", LOCAL),
                                     ("Received", OUR_MX)])
    a = analyse(raw)
    assert a.screening.spam
    assert a.classification.category != "request" or a.classification.uncertain


def test_spam_in_another_language_marked_by_our_filter_opens_no_triage_case() -> None:
    # Triage is for mail the classifier cannot read; our own filter already read this one.
    body = ("Estimado amigo: le escribo en relación con la herencia de 3.750.000 euros de mi difunto cliente. "
            "Por favor, responda a mi correo privado con sus datos completos.")
    raw = _with_headers(body, [("Received", DELIVERY), ("X-Spam-Flag", "YES"), ("X-Spam-Status", "Yes, score=8.2"),
                               ("Received", LOCAL), ("Received", OUR_MX)])
    c = analyse(raw).classification
    assert c.language == "es" and c.category == "other" and not c.uncertain, c.reasons


def test_a_spam_verdict_written_by_the_sender_counts_for_nothing() -> None:
    raw = _with_headers(REQUESTISH, [("Received", DELIVERY), ("Received", OUR_MX),
                                     ("X-Spam-Flag", "YES"), ("X-MS-Exchange-Organization-SCL", "9")])
    a = analyse(raw)
    assert a.screening.spam == ()
    assert a.classification.category == "request" and not a.classification.uncertain


def test_exchange_online_spam_confidence_from_our_tenant_counts() -> None:
    raw = _with_headers(REQUESTISH, [
        ("Received", "from AM0PR01.eurprd01.prod.outlook.com (2603:10a6::1) by AM9PR02.eurprd02.prod.outlook.com "
                     "with HTTPS; Mon, 6 Apr 2026"),
        ("X-MS-Exchange-Organization-SCL", "6"),
        ("X-Forefront-Antispam-Report", "CIP:198.51.100.9;CTRY:;LANG:en;SCL:6;SRV:;IPV:NLI;SFV:SPM;CAT:SPM"),
        ("Received", "from mail.sender.example.com (198.51.100.9) by AM0PR01.eurprd01.prod.outlook.com "
                     "with ESMTP; Mon, 6 Apr 2026"),
    ])
    assert analyse(raw).screening.spam


def test_bulk_mail_from_a_mailing_service_is_never_a_confident_request() -> None:
    raw = _with_headers(REQUESTISH, [("Received", DELIVERY), ("Received", OUR_MX), ("X-SG-EID", "abc"),
                                     ("X-Mailer", "Mailchimp Mailer")])
    c = analyse(raw).classification
    assert c.category != "request" or c.uncertain


def test_a_scam_is_confidently_ordinary_mail() -> None:
    c = _cls("Dear beneficiary, you have been selected to receive 4.5 million USD compensation fund under GDPR "
             "rules. Reply within 24 hours with your bank details to avoid a penalty.")
    assert not (c.category == "request" and not c.uncertain)
    assert not c.uncertain


# --- business-to-business data-protection mail ------------------------------------------------------

@pytest.mark.parametrize("body", [
    "As the DPO of Asiakas Oy I object to your new sub-processor in the US. Please delete our customer data "
    "from that system and confirm by Friday.",
    "One of our customers has asked us to delete her data. As our processor, please remove her records from "
    "the booking system and confirm.",
    "Please delete the account of our former employee Matti Virtanen, he left the company last week.",
])
def test_business_to_business_data_protection_mail_is_not_a_confident_request(body: str) -> None:
    c = _cls(body)
    assert not (c.category == "request" and not c.uncertain), c.reasons


def test_a_former_employee_asking_for_their_own_data_is_a_request() -> None:
    c = _cls("I am a former employee of yours. Please send me a copy of all the personal data you hold about me.")
    assert c.category == "request" and "access" in c.kinds and not c.uncertain


# --- one right per ask -------------------------------------------------------------------------------

def test_withdrawn_consent_inside_an_erasure_is_part_of_the_erasure() -> None:
    c = _cls("Please erase all my personal data. I withdraw my consent and object to any further processing.")
    assert c.kinds == ("erasure",), c.reasons


def test_a_deletion_mentioned_as_a_consequence_of_an_objection_is_not_erasure() -> None:
    c = _cls("I object to the processing of my data for profiling. Please tell me before the objection "
             "deletes my account.")
    assert c.kinds == ("objection",), c.reasons


def test_restrict_pending_verification_is_restriction() -> None:
    c = _cls("Please restrict the processing of my data pending verification of its accuracy; do not delete "
             "anything until you have checked it.")
    assert c.kinds == ("restriction",), c.reasons


def test_remove_me_in_reply_to_our_newsletter_is_an_objection() -> None:
    body = ("Remove me.\n\n"
            "On Mon, 6 Apr 2026 at 10:00, Firma Oy <uutiskirje@firma.example.fi> wrote:\n"
            "> Kevään uutiskirje: katon huoltovinkit ja kampanjatarjoukset\n> Peru uutiskirjeen tilaus täältä\n")
    c = _cls(body, subject="Re: Kevään uutiskirje", In_Reply_To="<news-42@firma.example.fi>")
    assert c.category == "request" and c.kinds == ("objection",), c.reasons


# --- the scorer and triage cases -----------------------------------------------------------------------

def test_the_scorer_caps_a_request_by_its_doubts_and_says_why() -> None:
    d = score([Evidence("erasure", 0.95, reason="erasure: asks"), Evidence("doubt", 0.4, reason="spam")])
    assert d.category == "request" and d.uncertain and d.confidence <= 0.4 and "spam" in d.reasons


def test_triage_reasons_need_no_ask_are_silenced_by_ordinary_mail() -> None:
    triage = Evidence("triage", 1.0, reason="names data-protection law", signal="law_named")
    assert score([triage]).uncertain
    assert not score([triage, Evidence("ordinary", 1.0, reason="bulk mail")]).uncertain
    unread = Evidence("triage", 1.0, reason="written in Polish", signal="language_not_fully_read")
    # Our own words about it (scam wording) do not replace reading it; our mail system's verdict does.
    assert score([unread, Evidence("ordinary", 1.0, reason="scam wording", signal="scam")]).uncertain
    assert not score([unread, Evidence("ordinary", 1.0, reason="spam", signal="spam_verdict")]).uncertain


def test_signals_see_the_mail_read_once() -> None:
    p = parse(mail("Poistakaa tietoni."))
    from dsarbot.pipeline.classify import read_mail

    m = read_mail(p, screen(p))
    assert isinstance(m, Mail) and m.sentences == ["poistakaa tietoni."] and m.language == "fi"


def test_a_gdpr_naming_mail_that_is_no_request_opens_a_triage_case_staff_close_in_one_click(rt: Runtime) -> None:
    from dsarbot import decisions

    raw = mail("Hei, mitä GDPR tarkoittaa meidän yhdistyksen jäsenrekisterille? Terveisin Ossi",
               frm="Ossi <ossi@example.fi>")
    ingest.store_raw(rt, raw, source="test", received_at=datetime(2026, 4, 1, 9, tzinfo=UTC))
    [result] = processing.process_pending(rt)
    assert result.action == "triage"
    with rt.session() as session:
        outcome = decisions.not_request(session, result.case_reference or "", decisions.Actor("cli:staff"))
        assert outcome.case.state == "not_a_request"
        assert store.case_by_reference(session, result.case_reference or "") is not None
