"""The controller dsarbot runs for when no configuration names one: a demo company with full Art. 15 texts."""

from __future__ import annotations

from typing import Any

DEMO_CONTROLLER: dict[str, Any] = {
    "id": "demo",
    "legal_name": "Kattopojat Oy",
    "business_id": "2345678-0",
    "postal_address": "Hämeenkatu 1, 33100 Tampere",
    "addresses": ["info@kattopojat.example.fi"],
    "phone": "+358 3 212 3000",
    "website": "https://kattopojat.example.fi",
    "privacy": {
        "purposes": {
            "fi": "asiakassuhteen hoitaminen, laskutus ja suoramarkkinointi",
            "sv": "skötsel av kundrelationen, fakturering och direktmarknadsföring",
            "en": "managing the customer relationship, invoicing and direct marketing",
        },
        "legal_basis": {
            "fi": "sopimus, oikeutettu etu ja lakisääteinen velvoite (kirjanpitolaki)",
            "sv": "avtal, berättigat intresse och rättslig förpliktelse (bokföringslagen)",
            "en": "contract, legitimate interest and legal obligation (Accounting Act)",
        },
        "categories": {
            "fi": "yhteystiedot, asiakashistoria, markkinointiluvat ja laskut",
            "sv": "kontaktuppgifter, kundhistorik, marknadsföringssamtycken och fakturor",
            "en": "contact details, customer history, marketing consents and invoices",
        },
        "recipients": {
            "fi": "tilitoimisto ja sähköpostimarkkinointipalvelun tarjoaja",
            "sv": "bokföringsbyrå och leverantör av e-postmarknadsföring",
            "en": "our accounting firm and our e-mail marketing provider",
        },
        "retention": {
            "fi": "asiakassuhteen ajan ja 2 vuotta sen jälkeen; kirjanpitoaineisto 6 vuotta (KPL 2:10)",
            "sv": "under kundrelationen och 2 år därefter; bokföringsmaterial 6 år (BokfL 2:10)",
            "en": "for the customer relationship and 2 years after; accounting records 6 years",
        },
        "source": {
            "fi": "sinulta itseltäsi ja työnantajaltasi",
            "sv": "av dig själv och din arbetsgivare",
            "en": "from you and your employer",
        },
        "transfers": {
            "fi": "Sähköpostimarkkinointipalvelumme käsittelee tietoja myös EU:n ulkopuolella "
                  "Euroopan komission vakiosopimuslausekkeiden perusteella.",
            "sv": "Vår leverantör av e-postmarknadsföring behandlar uppgifter även utanför EU med stöd "
                  "av Europeiska kommissionens standardavtalsklausuler.",
            "en": "Our e-mail marketing provider also processes data outside the EU under the European "
                  "Commission's standard contractual clauses.",
        },
        "automated_decisions": {
            "fi": "Emme tee sinua koskevia automaattisia päätöksiä emmekä profiloi.",
            "sv": "Vi fattar inga automatiserade beslut om dig och profilerar inte.",
            "en": "We make no automated decisions about you and do no profiling.",
        },
    },
}

