"""Realistic sample contexts, one per purpose and language, for previews and tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dsarbot.replies.context import FieldChange, FoundSource, KeptItem, ReplyContext

REFERENCE = "DSAR-2026-0042"
RECEIVED = date(2026, 11, 6)
DUE = date(2026, 12, 7)  # one month; 6 Dec is Independence Day
EXTENDED_DUE = date(2027, 2, 8)  # three months from arrival: 6 Feb 2027 is a Saturday
KEPT_UNTIL = date(2030, 12, 31)  # invoices of 2024: six years after the end of the financial year


@dataclass(frozen=True)
class _Texts:
    """The language-dependent parts of a sample."""

    name: str
    email: str
    found: list[FoundSource]
    deleted: list[str]
    anonymised: list[str]
    kept: list[KeptItem]
    changes: list[FieldChange]
    recipients: list[str]
    restricted: list[str]
    extension_reason: str
    rejection_reason: str
    info_needed: str


_FI = _Texts(
    name="Maija Virtanen",
    email="maija.virtanen@example.fi",
    found=[
        FoundSource("Asiakasrekisteri (CRM)", "Yhteyshenkilöt", [{
            "Nimi": "Maija Virtanen", "Sähköposti": "maija.virtanen@example.fi",
            "Puhelin": "+358 40 123 4567", "Yritys": "Rakennus Virtanen Oy", "Markkinointilupa": "kyllä",
        }]),
        FoundSource("Laskutus", "Laskut", [
            {"Laskunumero": "24-1187", "Päiväys": "14.3.2024", "Summa": "1 240,00 €"},
            {"Laskunumero": "24-1342", "Päiväys": "2.9.2024", "Summa": "860,00 €"},
        ]),
    ],
    deleted=["Yhteyshenkilötietosi asiakasrekisteristä (CRM)", "Uutiskirjeen tilaajatietosi"],
    anonymised=["Vuoden 2025 tarjouspyyntösi"],
    kept=[KeptItem("Laskut 24-1187 ja 24-1342 sekä niiden tositteet",
                   "kirjanpitolain (1336/1997) 2 luvun 10 §:n mukainen säilytysvelvollisuus", KEPT_UNTIL)],
    changes=[FieldChange("Sukunimi", "Virtanen", "Korhonen"),
             FieldChange("Sähköposti", "maija.virtanen@example.fi", "maija.korhonen@example.fi"),
             FieldChange("Puhelin", "", "+358 40 765 4321")],
    recipients=["Tilitoimisto Laskuri Oy", "sähköpostimarkkinointipalvelumme tarjoaja"],
    restricted=["Asiakasrekisteri (CRM)", "Sähköpostimarkkinointi"],
    extension_reason=("Pyyntösi koskee useita järjestelmiä, ja osa tiedoista on vanhassa, arkistoidussa "
                      "asiakasjärjestelmässä, josta ne on haettava käsin."),
    rejection_reason=("Pyydät poistamaan laskut, jotka olemme lähettäneet yrityksellesi vuonna 2024. "
                      "Kirjanpitolaki velvoittaa meidät säilyttämään laskut ja muut tositteet kuusi vuotta "
                      "sen vuoden lopusta, jonka aikana tilikausi päättyi, joten emme voi poistaa niitä "
                      "ennen 31.12.2030."),
    info_needed=("Löysimme järjestelmistämme kaksi Maija Virtasta.\nKerro, minkä yrityksen "
                 "yhteyshenkilönä olet asioinut kanssamme, tai ilmoita puhelinnumero, jonka olet meille "
                 "antanut."),
)

_SV = _Texts(
    name="Anna Lindqvist",
    email="anna.lindqvist@example.fi",
    found=[
        FoundSource("Kundregister (CRM)", "Kontaktpersoner", [{
            "Namn": "Anna Lindqvist", "E-post": "anna.lindqvist@example.fi",
            "Telefon": "+358 40 123 4567", "Företag": "Byggfirma Lindqvist Ab", "Marknadsföringssamtycke": "ja",
        }]),
        FoundSource("Fakturering", "Fakturor", [
            {"Fakturanummer": "24-1187", "Datum": "14.3.2024", "Belopp": "1 240,00 €"},
            {"Fakturanummer": "24-1342", "Datum": "2.9.2024", "Belopp": "860,00 €"},
        ]),
    ],
    deleted=["Dina kontaktuppgifter i kundregistret (CRM)", "Din prenumeration på vårt nyhetsbrev"],
    anonymised=["Din offertförfrågan från 2025"],
    kept=[KeptItem("Fakturorna 24-1187 och 24-1342 med verifikat",
                   "skyldigheten att bevara bokföringsmaterial enligt 2 kap. 10 § i bokföringslagen "
                   "(1336/1997)", KEPT_UNTIL)],
    changes=[FieldChange("Efternamn", "Lindqvist", "Holmström"),
             FieldChange("E-post", "anna.lindqvist@example.fi", "anna.holmstrom@example.fi"),
             FieldChange("Telefon", "", "+358 40 765 4321")],
    recipients=["Bokföringsbyrå Räknaren Ab", "vår leverantör av e-postmarknadsföring"],
    restricted=["Kundregister (CRM)", "E-postmarknadsföring"],
    extension_reason=("Din begäran gäller flera system, och en del av uppgifterna finns i ett äldre, "
                      "arkiverat kundsystem där de måste sökas fram manuellt."),
    rejection_reason=("Du ber oss radera fakturor som vi har skickat till ditt företag 2024. Enligt "
                      "bokföringslagen ska vi bevara fakturor och andra verifikat i sex år från utgången av "
                      "det år då räkenskapsperioden har upphört, och därför kan vi inte radera dem före "
                      "31.12.2030."),
    info_needed=("Vi hittade två personer med namnet Anna Lindqvist i våra system.\nBerätta för vilket "
                 "företag du har varit kontaktperson, eller uppge det telefonnummer som du har gett oss."),
)

_EN = _Texts(
    name="Emily Carter",
    email="emily.carter@example.com",
    found=[
        FoundSource("Customer register (CRM)", "Contacts", [{
            "Name": "Emily Carter", "E-mail": "emily.carter@example.com", "Phone": "+44 20 7946 0321",
            "Company": "Carter Consulting Ltd", "Marketing consent": "yes",
        }]),
        FoundSource("Invoicing", "Invoices", [
            {"Invoice number": "24-1187", "Date": "14 March 2024", "Amount": "EUR 1,240.00"},
            {"Invoice number": "24-1342", "Date": "2 September 2024", "Amount": "EUR 860.00"},
        ]),
    ],
    deleted=["Your contact details in our customer register (CRM)", "Your newsletter subscription"],
    anonymised=["Your request for a quotation from 2025"],
    kept=[KeptItem("Invoices 24-1187 and 24-1342 with their vouchers",
                   "the obligation to keep accounting records under the Finnish Accounting Act "
                   "(1336/1997), chapter 2, section 10", KEPT_UNTIL)],
    changes=[FieldChange("Surname", "Carter", "Hughes"),
             FieldChange("E-mail", "emily.carter@example.com", "emily.hughes@example.com"),
             FieldChange("Phone", "", "+44 20 7946 0999")],
    recipients=["Laskuri Oy (our accounting firm)", "our e-mail marketing provider"],
    restricted=["Customer register (CRM)", "E-mail marketing"],
    extension_reason=("Your request covers several systems, and part of the data is held in an older, "
                      "archived customer system from which it has to be retrieved by hand."),
    rejection_reason=("You asked us to delete the invoices we sent to your company in 2024. The Finnish "
                      "Accounting Act requires us to keep invoices and other vouchers for six years from "
                      "the end of the year in which the financial year ended, so we cannot delete them "
                      "before 31 December 2030."),
    info_needed=("We found two people called Emily Carter in our systems.\nPlease tell us which company "
                 "you have dealt with us for, or give us the phone number you have given us."),
)

_TEXTS = {"fi": _FI, "sv": _SV, "en": _EN}

_KINDS: dict[str, tuple[str, ...]] = {
    "acknowledgement": ("access", "erasure"),
    "request_info": ("access",),
    "access_response": ("access",),
    "portability_export": ("portability",),
    "rectification_done": ("rectification",),
    "erasure_done": ("erasure",),
    "restriction_done": ("restriction",),
    "objection_done": ("objection",),
    "extension_notice": ("access",),
    "rejection": ("erasure",),
    "recipient_notice": ("rectification",),
}


def sample_context(purpose: str, language: str) -> ReplyContext:
    """A realistic context for *purpose* written in *language* (other languages get English data but
    keep their language code, so the renderer's fallback shows).

    Case DSAR-2026-0042 arrived on 6 November 2026 and is due on 7 December 2026; the extension runs to
    8 February 2027; kept invoices are erased after 31 December 2030.
    """
    if purpose not in _KINDS:
        raise ValueError(f"unknown reply purpose {purpose!r}")
    t = _TEXTS.get(language, _EN)
    attachments = [f"{REFERENCE}.json", f"{REFERENCE}.csv"]
    with_data = purpose in ("access_response", "portability_export")
    return ReplyContext(
        reference=REFERENCE,
        language=language,
        requester_email=t.email,
        requester_name=t.name,
        kinds=_KINDS[purpose],
        received_at=RECEIVED,
        due_date=DUE,
        found=list(t.found) if with_data else [],
        attachments=attachments if with_data else [],
        deleted=list(t.deleted) if purpose == "erasure_done" else [],
        anonymised=list(t.anonymised) if purpose == "erasure_done" else [],
        kept=list(t.kept) if purpose == "erasure_done" else [],
        changes=list(t.changes) if purpose in ("rectification_done", "recipient_notice") else [],
        restricted=list(t.restricted) if purpose == "restriction_done" else [],
        recipients_notified=(list(t.recipients)
                             if purpose in ("rectification_done", "erasure_done", "restriction_done") else []),
        objection_marketing=purpose == "objection_done",
        extension_reason=t.extension_reason if purpose == "extension_notice" else None,
        new_due_date=EXTENDED_DUE if purpose == "extension_notice" else None,
        rejection_reason=t.rejection_reason if purpose == "rejection" else None,
        info_needed=t.info_needed if purpose == "request_info" else None,
        objection_outcome=None,
    )
