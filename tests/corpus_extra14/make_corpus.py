#!/usr/bin/env python3
"""Generate a fourteenth independent, labelled corpus (corpus_extra14) for the dsarbot classifier.

Writes raw RFC 5322 messages (NNN-slug.eml) and labels.jsonl into this folder, following the label schema
and conventions of ../../../shared/corpus/README.md, then validates the result and prints counts.

Written by a fourteenth author ("formal, long and multi-right") without looking at the classifier or at the
other corpora's mail texts. Requests are long formal letters in Finnish, Swedish and English in the style of
consumer-organisation and privacy-NGO templates and lawyers' letters: numbered Art. 15(1)(a)-(h) sub-asks
(all one kind, access), "a copy", "structured, commonly used and machine-readable" (portability), erasure,
restriction pending verification of accuracy, Art. 21(1)/21(2) objections and rectification lists; many are
multi-right (two to four kinds), several are single-right but name other rights only as information ("I
reserve the right to...", "I will complain to the Data Protection Ombudsman"), which is not labelled. There
are representatives (a lawyer, a daughter with a continuing power of attorney) acting for a named person,
a letter quoting the article texts, cover notes with the request in an attached PDF, a reminder citing the
one-month deadline, an automated-decision/profiling-only request, a "right to be forgotten" for a page found
in search results, and Finnish formal passive ("pyydetään toimittamaan", "vaaditaan poistamaan"). Other
mail: a DPO-to-DPO letter about a processing agreement, a lawyer's contract-dispute letter, a consumer
association's member newsletter sent for printing, a supervisory authority's request for information about
a complaint, and an internal memo on answering access requests. Automated: fi/sv/en auto-replies quoting a
request, a DSN, and a law firm's newsletter with List-Unsubscribe.
Everything is invented; mail domains are under example.fi / example.com / example.se / example.org / .test;
IP addresses come from documentation ranges.

Run:  python3 make_corpus.py          (rewrite the corpus and validate)
      python3 make_corpus.py --check  (only validate what is on disk)

Standard library only.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_kit import *

HETU_KOIVISTO = new_hetu("140378", "-", "246")
HETU_NURMELA = new_hetu("020664", "-", "318")
HETU_RAUTIAINEN = new_hetu("271151", "-", "077")
HETU_FORSSTROM = new_hetu("090441", "-", "524")
HETU_ASTROM = new_hetu("150992", "-", "683")
HETU_LEPPANEN = new_hetu("230301", "A", "156")  # written in lower case in the mail
Y_TMI_RANTALA = new_ytunnus("3124578")
Y_RAUTAKULMA = new_ytunnus("2876541")
Y_HIRVIKOSKI = new_ytunnus("0745612")
Y_TILI = new_ytunnus("2214567")
Y_KONSUMENT = new_ytunnus("1958342")
Y_LAWFIRM_NEWS = new_ytunnus("2649013")
Y_TAMMELAN_HELMI = new_ytunnus("1102458")
SE_PERSONNUMMER = "19850314-2385"  # Luhn-valid Swedish personnummer, not a hetu


def pdf_2231(data: bytes, encoded_name: str) -> Part:
    """A PDF attachment whose file name is given in RFC 2231 form (utf-8''...)."""
    return Part([f"Content-Type: application/pdf;\n\tname*=utf-8''{encoded_name}",
                 f"Content-Disposition: attachment;\n\tfilename*=utf-8''{encoded_name}",
                 "Content-Transfer-Encoding: base64"], base64.encodebytes(data))


def build() -> None:
    requests_fi()
    requests_sv()
    requests_en()
    others()
    automated()


# ====================================================================== requests, Finnish
def requests_fi() -> None:
    add("fi-access-art15-numbered-template-hetu", simple(
        KATTO, "Marjatta Koivisto", "marjatta.koivisto@example.fi",
        "Henkilötietojen tarkastuspyyntö – EU:n tietosuoja-asetuksen 15 artikla",
        when(2026, 3, 9, 10, 42, utc_offset=2), T(f"""
            Kattopojat Oy
            Rekisterinpitäjä / tietosuoja-asioista vastaava henkilö
            Tampere

            Tampereella 9.3.2026

            HENKILÖTIETOJEN TARKASTUSPYYNTÖ

            Pyydän saada tietää, käsitteleekö Kattopojat Oy minua koskevia henkilötietoja, ja jos käsittelee,
            saada pääsyn tietoihin. Pyyntöni perustuu Euroopan parlamentin ja neuvoston asetuksen (EU) 2016/679
            (yleinen tietosuoja-asetus) 15 artiklaan.

            Pyydän, että ilmoitatte minulle kirjallisesti:

            1. käsittelyn tarkoitukset ja kunkin tarkoituksen oikeusperusteen (15 artiklan 1 kohdan a alakohta);
            2. kyseessä olevat henkilötietoryhmät (b alakohta);
            3. vastaanottajat tai vastaanottajaryhmät, joille tietoja on luovutettu tai luovutetaan, erityisesti
               EU:n ulkopuoliset vastaanottajat, sekä siirtoihin liittyvät suojatoimet (c alakohta ja 2 kohta);
            4. tietojen suunnitellun säilytysajan tai, jos se ei ole mahdollista, säilytysajan
               määrittämiskriteerit (d alakohta);
            5. mistä tiedot on kerätty, jos niitä ei ole kerätty minulta itseltäni (g alakohta);
            6. onko minua koskevaa automaattista päätöksentekoa, profilointi mukaan lukien, ja jos on,
               käsittelyyn liittyvän logiikan sekä käsittelyn merkityksen ja mahdolliset seuraukset minulle
               (h alakohta).

            Lisäksi pyydän jäljennöksen kaikista käsittelemistänne minua koskevista henkilötiedoista
            (15 artiklan 3 kohta), mukaan lukien mahdolliset puhelutallenteet, asiakasrekisterin merkinnät ja
            sähköpostikirjeenvaihto.

            Tunnistamista varten ilmoitan seuraavat tiedot:
            Nimi: Marjatta Koivisto
            Henkilötunnus: {HETU_KOIVISTO}
            Osoite: Pyynikintie 14 B 7, 33230 Tampere
            Puhelin: 040 718 2263

            Olin yhteydessä yritykseenne syksyllä 2025 omakotitaloni kattoremonttia koskevan tarjouksen vuoksi.

            Tiedoksi: tietosuoja-asetus antaa minulle myös oikeuden vaatia virheellisten tietojen oikaisemista
            sekä tietojen poistamista. Arvioin näiden oikeuksien käyttämistä vasta, kun olen saanut
            vastauksenne.

            Asetuksen 12 artiklan 3 kohdan mukaan tiedot on toimitettava ilman aiheetonta viivytystä ja
            viimeistään kuukauden kuluessa pyynnön vastaanottamisesta. Mikäli en saa vastausta määräajassa,
            saatan asian tietosuojavaltuutetun toimiston käsiteltäväksi.

            Pyydän toimittamaan vastauksen salattuna sähköpostina tähän osoitteeseen tai kirjeitse yllä
            mainittuun osoitteeseen.

            Ystävällisin terveisin

            Marjatta Koivisto

            (Kirje on laadittu kuluttajajärjestön tarkastuspyyntömallin pohjalta.)
            """), cte="quoted-printable", extra=(TB,)),
        category="request", kinds=["access"], language="fi",
        requester_email="marjatta.koivisto@example.fi", requester_name="Marjatta Koivisto",
        phone="+358407182263", hetu=HETU_KOIVISTO,
        notes="consumer template: six numbered Art. 15(1)(a)-(h) sub-asks plus a copy are one kind (access); "
              "oikaisu/poisto named only as information and the ombudsman threat add no kinds")

    add("fi-saas-access-portability-erasure-numbered", alternative(
        LUMI, "Tuomas Hirvonen", "tuomas.hirvonen@example.fi",
        "Tietosuojapyyntö: pääsy tietoihin, tietojen siirto ja poisto (asiakastili LV-20931)",
        when(2026, 3, 11, 21, 5, utc_offset=2), T("""
            Hyvä Lumivalo Ohjelmistot Oy:n tietosuojavastaava,

            olen käyttänyt Lumivalo Tiimikalenteri -palveluanne yksityishenkilönä vuodesta 2022. Irtisanoin
            tilaukseni päättymään 31.3.2026. Käytän tämän johdosta seuraavia EU:n yleisen tietosuoja-asetuksen
            mukaisia oikeuksiani:

            1. Oikeus saada pääsy tietoihin (15 artikla)
            Pyydän jäljennöksen kaikista minua koskevista henkilötiedoista, joita käsittelette, mukaan lukien
            kirjautumis- ja käyttölokit, tukipyyntöjen historia ja laskutustiedot. Pyydän samalla tiedot
            käsittelyn tarkoituksista sekä siitä, mille alihankkijoille ja muille vastaanottajille tietojani on
            luovutettu.

            2. Oikeus siirtää tiedot järjestelmästä toiseen (20 artikla)
            Pyydän toimittamaan ne tiedot, jotka olen itse tallentanut palveluun (kalenterimerkinnät,
            asiakaskontaktit, muistiinpanot ja liitetiedostot), jäsennellyssä, yleisesti käytetyssä ja
            koneluettavassa muodossa, esimerkiksi CSV- tai JSON-tiedostoina.

            3. Oikeus tietojen poistamiseen (17 artikla)
            Kun olen vahvistanut saaneeni kohdan 2 tiedot, pyydän poistamaan käyttäjätilini ja kaikki minua
            koskevat henkilötiedot. Ymmärrän, että laskutustiedot on säilytettävä kirjanpitolain mukaisen ajan;
            niitä pyyntö ei koske.

            Käyttäjätunnukseni on tämä sähköpostiosoite ja asiakasnumeroni LV-20931.

            Pyydän vastaamaan kuukauden kuluessa, kuten tietosuoja-asetuksen 12 artiklassa edellytetään.

            Ystävällisin terveisin
            Tuomas Hirvonen
            +358 50 442 9180
            """)),
        category="request", kinds=["access", "erasure", "portability"], language="fi",
        requester_email="tuomas.hirvonen@example.fi", requester_name="Tuomas Hirvonen", phone="+358504429180",
        notes="three numbered rights: copy + recipients (access), koneluettava export (portability), erasure "
              "conditional on receiving the export; the bookkeeping exception is not a restriction")

    add("fi-rectification-restriction-payment-note-outlook", outlook_only(
        LAITE, "Mäkelä, Sirpa", "sirpa.makela@example.fi",
        "Vaatimus virheellisten tietojen oikaisemisesta ja käsittelyn rajoittamisesta",
        when(2026, 3, 16, 8, 27, utc_offset=2), T("""
            Pohjolan Laitevuokraus Oy
            Oulu

            ASIA: Henkilötietojen oikaiseminen (tietosuoja-asetuksen 16 artikla) ja käsittelyn rajoittaminen
            (18 artiklan 1 kohdan a alakohta)

            Vuokrasin teiltä helmikuussa 2026 rakennuskuivaimen. Sain 12.3.2026 maksumuistutuksen, josta ilmenee,
            että asiakasrekisterissänne on minusta virheellisiä tietoja. Vaadin oikaisemaan seuraavat virheelliset
            tiedot:

            1. Sukunimeni on Mäkelä, ei Mäkinen.
            2. Osoitteeni on Kaarlenväylä 9 C 21, 90100 Oulu. Rekisterissänne oleva osoite "Kaarlenkatu 9" on
               virheellinen, minkä vuoksi alkuperäinen lasku ei tavoittanut minua.
            3. Asiakastiedoissani on merkintä "maksuhäiriö – ei uusia vuokrasopimuksia". Merkintä on virheellinen:
               lasku on maksettu kokonaisuudessaan 14.3.2026, ja maksu on tehty heti, kun sain tiedon laskusta.

            Koska kiistän merkinnän 3 paikkansapitävyyden, vaadin lisäksi, että rajoitatte minua koskevien tietojen
            käsittelyä siltä osin kuin se koskee maksuhäiriömerkintää siksi aikaa, kun tarkistatte tietojen
            paikkansapitävyyden. Merkintää ei saa tänä aikana käyttää luottopäätöksissä eikä luovuttaa
            perintätoimistolle.

            Pyydän ilmoittamaan minulle, kun oikaisu on tehty, sekä etukäteen, jos rajoitus aiotaan poistaa
            (18 artiklan 3 kohta).

            Varaan oikeuden vaatia myöhemmin myös tietojeni poistamista sekä vahingonkorvausta, mikäli virheellinen
            merkintä on aiheuttanut minulle haittaa.

            Oulussa 16.3.2026

            Sirpa Mäkelä
            Kaarlenväylä 9 C 21, 90100 Oulu
            puh. 0400 318 452
            """), name_mode="B"),
        category="request", kinds=["rectification", "restriction"], language="fi",
        requester_email="sirpa.makela@example.fi", requester_name="Sirpa Mäkelä", phone="+358400318452",
        notes="numbered list of inaccurate data (rectification) plus restriction of the disputed entry pending "
              "verification; 'varaan oikeuden vaatia poistamista' is only reserved, not asked")

    add("fi-formal-passive-access-erasure-latin1", simple(
        TILI, "Eino Rautiainen", "eino.rautiainen@example.fi",
        "Rekisteröidyn oikeuksien käyttäminen / Rautiainen Eino",
        when(2026, 3, 16, 14, 3, utc_offset=2), T(f"""
            Järvisen Tilitoimisto Oy
            Vapaudenkatu 48
            40100 Jyväskylä

            Jyväskylässä 16. maaliskuuta 2026

            ASIA: Rekisteröidyn oikeuksien käyttäminen

            Allekirjoittaneen tietoon on tullut, että Järvisen Tilitoimisto Oy:n asiakas- ja markkinointirekisterissä
            käsitellään allekirjoittaneen henkilötietoja. Allekirjoittanut ei ole ollut yhtiön asiakas, eikä
            allekirjoittaneen tiedossa ole, mistä tiedot on saatu.

            Edellä mainitun johdosta esitetään seuraavaa:

            1. Yhtiötä pyydetään toimittamaan allekirjoittaneelle EU:n yleisen tietosuoja-asetuksen 15 artiklan
               mukaisesti jäljennös kaikista allekirjoittanutta koskevista henkilötiedoista sekä selvitys siitä,
               mistä lähteestä tiedot on saatu ja mihin tarkoituksiin niitä on käytetty.

            2. Yhtiötä vaaditaan poistamaan allekirjoittanutta koskevat henkilötiedot kaikista rekistereistään
               asetuksen 17 artiklan 1 kohdan nojalla viipymättä sen jälkeen, kun kohdan 1 mukainen jäljennös on
               toimitettu.

            3. Poistamisesta pyydetään antamaan allekirjoittaneelle kirjallinen vahvistus.

            Allekirjoittaneen tunnistetiedot:
            Eino Rautiainen
            henkilötunnus {HETU_RAUTIAINEN}
            Harjukatu 21 A 4, 40100 Jyväskylä
            puh. (014) 612 4480

            Vastaus pyydetään toimittamaan kirjeitse edellä mainittuun osoitteeseen tai sähköpostitse
            osoitteeseen eino.rautiainen@example.fi.

            Kunnioittavasti

            Eino Rautiainen
            hallintoneuvos (eläkkeellä)
            """), charset="iso-8859-1", cte="quoted-printable", subject_charset="iso-8859-1"),
        category="request", kinds=["access", "erasure"], language="fi",
        requester_email="eino.rautiainen@example.fi", requester_name="Eino Rautiainen", phone="+358146124480",
        hetu=HETU_RAUTIAINEN,
        notes="formal passive throughout ('pyydetään toimittamaan jäljennös', 'vaaditaan poistamaan'); source of "
              "the data is part of access; the written confirmation belongs to the erasure")

    lawyer = T(f"""
        Kivi & Kangas Design Oy
        Helsinki

        ASIA: Päivi Nurmelan henkilötietojen käsittely; rekisteröidyn oikeuksien käyttäminen

        Edustamme tässä asiassa Päivi Nurmelaa (s. 2.6.1964). Valtakirja on tämän viestin liitteenä.

        Päämiehemme toimi vuosina 2019-2023 erään asiakasyrityksenne markkinointipäällikkönä. Yhtiönne on
        käyttänyt hänen nimeään, valokuvaansa ja lausuntoaan asiakasreferenssinä verkkosivuillaan sekä
        LinkedIn-kampanjoissaan. Päämiehemme työsuhde on päättynyt, eikä hän ole antanut suostumustaan käytön
        jatkamiseen.

        Päämiehemme puolesta esitämme seuraavat vaatimukset:

        1. Oikeus saada pääsy tietoihin (tietosuoja-asetuksen 15 artikla). Pyydämme toimittamaan jäljennöksen
           kaikista päämiestämme koskevista henkilötiedoista, joita yhtiönne käsittelee, sekä tiedot käsittelyn
           tarkoituksista, oikeusperusteista, vastaanottajista (mukaan lukien mainosalustat) ja säilytysajoista.

        2. Vastustamisoikeus (21 artikla). Päämiehemme vastustaa henkilötietojensa käsittelyä yhtiönne
           markkinoinnissa, mukaan lukien suoramarkkinointi ja referenssimarkkinointi. Käsittely on lopetettava
           välittömästi.

        3. Oikeus tietojen poistamiseen (17 artikla). Vaadimme poistamaan päämiehemme nimen, valokuvan ja
           lausunnon verkkosivuiltanne, sosiaalisen median kanavistanne ja markkinointiaineistostanne sekä muut
           hänen tietonsa, joiden käsittelyyn yhtiöllänne ei enää ole perustetta.

        Päämiehemme tunnistetiedot: Päivi Nurmela, henkilötunnus {HETU_NURMELA}, Tunturikatu 6 A 12,
        00100 Helsinki.

        Pyydämme toimittamaan vastauksen ja jäljennöksen ainoastaan allekirjoittaneelle 8.4.2026 mennessä ja joka
        tapauksessa tietosuoja-asetuksen 12 artiklan 3 kohdan mukaisessa kuukauden määräajassa. Päämiehemme
        varaa oikeuden saattaa asia tietosuojavaltuutetun käsiteltäväksi sekä vaatia vahingonkorvausta asetuksen
        82 artiklan nojalla.

        Helsingissä 18.3.2026

        Kunnioittavasti

        ASIANAJOTOIMISTO VUORELA & KALLIO OY

        Laura Vuorela
        asianajaja, varatuomari
        puh. 010 321 7700
        laura.vuorela@vuorelakallio.example.fi

        Liite: Valtakirja (PDF)
        """)
    add("fi-lawyer-for-client-access-objection-erasure-pdf", message(
        rcpt=KIVI, frm=mailbox("Laura Vuorela", "laura.vuorela@vuorelakallio.example.fi"),
        frm_addr="laura.vuorela@vuorelakallio.example.fi",
        subject="Päämiehemme Päivi Nurmelan henkilötiedot – tietosuojavaatimukset",
        date=when(2026, 3, 18, 15, 51, utc_offset=2),
        root=multipart("mixed", [text(lawyer, cte="quoted-printable"),
                                 attachment(fake_pdf("Valtakirja - Paivi Nurmela"), "application/pdf",
                                            "Valtakirja_Nurmela.pdf")], "mix_vuorela_0318"),
        extra=(OUTLOOK,)),
        category="request", kinds=["access", "erasure", "objection"], language="fi",
        requester_email="laura.vuorela@vuorelakallio.example.fi", requester_name="Päivi Nurmela",
        phone="+358103217700", hetu=HETU_NURMELA,
        notes="lawyer with power of attorney: name and hetu are the client's (the data subject), reply address "
              "and phone the lawyer's; ombudsman and Art. 82 damages are reserved, not kinds")

    add("fi-cover-note-request-in-pdf", message(
        rcpt=LAITE, frm=mailbox("Jari Heikkinen", "jari.heikkinen@example.fi"), frm_addr="jari.heikkinen@example.fi",
        subject="Tarkastuspyyntö", date=when(2026, 3, 19, 7, 58, utc_offset=2),
        root=multipart("mixed", [
            text(T("""
                Hei,

                liitteenä tarkastuspyyntöni (EU:n tietosuoja-asetuksen 15 artikla). Pyydän vahvistamaan, että
                olette vastaanottaneet sen.

                Jari Heikkinen
                """), cte="base64"),
            pdf_2231(fake_pdf("Tarkastuspyynto - Jari Heikkinen"), "Tarkastuspyynt%C3%B6_Heikkinen.pdf"),
        ], "mix_heikkinen_pdf"), extra=(ANDROID_UA,)),
        category="request", kinds=["access"], language="fi",
        requester_email="jari.heikkinen@example.fi", requester_name="Jari Heikkinen",
        notes="the letter itself is only an attached PDF (RFC 2231 name); the cover note calls it a "
              "tarkastuspyyntö, so by what the body says it is an access request")

    original = T(f"""
        Hei,

        pyydän EU:n tietosuoja-asetuksen 15 artiklan nojalla saada tietää, mitä henkilötietoja minusta on
        tallennettu järjestelmiinne. Olin teillä kesätyöntekijänä varastossa kesällä 2024, ja haluan tietää
        erityisesti, mitä kulunvalvonta- ja ajoneuvojen paikannustietoja minusta on tallennettu, kuinka kauan
        niitä säilytetään ja kenelle niitä on luovutettu. Pyydän tiedot ja jäljennöksen sähköisessä muodossa.

        Henkilötunnukseni on {HETU_LEPPANEN.lower()}.

        Hanna Leppänen
        """)
    add("fi-reminder-one-month-deadline", simple(
        KULJ, "Hanna Leppänen", "hanna.leppanen@example.fi",
        "Muistutus: tarkastuspyyntö 4.2.2026 – vastauksen määräaika on ylittynyt",
        when(2026, 3, 10, 12, 16, utc_offset=2), T("""
            Hyvä vastaanottaja,

            lähetin 4.2.2026 yritykseenne alla lainatun tarkastuspyynnön. En ole saanut siihen vastausta enkä
            ilmoitusta määräajan pidentämisestä.

            Tietosuoja-asetuksen 12 artiklan 3 kohdan mukaan rekisterinpitäjän on toimitettava tiedot ilman
            aiheetonta viivytystä ja viimeistään kuukauden kuluessa pyynnön vastaanottamisesta. Määräaika päättyi
            4.3.2026. Jos määräaikaa olisi jatkettu, siitä ja viivästyksen syistä olisi pitänyt ilmoittaa minulle
            tuon kuukauden kuluessa.

            Pyydän edelleen toimittamaan pyytämäni tiedot viimeistään 20.3.2026. Ellen saa vastausta siihen
            mennessä, teen asiasta valituksen tietosuojavaltuutetulle.

            Hanna Leppänen
            puh. 045 128 9034

            -----Alkuperäinen viesti-----
            Lähettäjä: Hanna Leppänen <hanna.leppanen@example.fi>
            Lähetetty: keskiviikko 4. helmikuuta 2026 9.12
            Vastaanottaja: info@kuusistonkuljetus.example.fi
            Aihe: Tarkastuspyyntö

            """) + original,
        extra=("In-Reply-To: <5f2a19c0d7e4b311@example.fi>", "References: <5f2a19c0d7e4b311@example.fi>",
               IPHONE)),
        category="request", kinds=["access"], language="fi",
        requester_email="hanna.leppanen@example.fi", requester_name="Hanna Leppänen", phone="+358451289034",
        hetu=HETU_LEPPANEN,
        notes="reminder citing the Art. 12(3) one-month deadline over her own quoted request (hetu in lower case "
              "there); 'sähköisessä muodossa' is Art. 15(3), not portability; the complaint threat is no kind")

    add("fi-automated-decision-profiling-only", alternative(
        LUMI, "Oskari Vähä-Erkkilä", "oskari.vahaerkkila@example.fi",
        "Automaattinen päätöksenteko ja profilointi – tietosuoja-asetuksen 15 artiklan 1 kohdan h alakohta",
        when(2026, 3, 20, 16, 40, utc_offset=2), T("""
            Arvoisa vastaanottaja,

            yritin 17.3.2026 rekisteröityä Lumivalo Tiimikalenteri -palvelunne kokeilujaksolle. Sain heti
            automaattisen viestin, jonka mukaan rekisteröitymistäni ei hyväksytty "riskiarvion perusteella".
            En ole saanut asiasta muuta tietoa.

            Pyydän tietosuoja-asetuksen 15 artiklan 1 kohdan h alakohdan nojalla tiedot seuraavista:

            1. Onko minua koskeva päätös tehty yksinomaan automaattisen käsittelyn perusteella, ja onko minusta
               tehty profilointia.
            2. Mitä henkilötietojani riskiarviossa on käytetty (esimerkiksi IP-osoite, sähköpostin verkkotunnus,
               laite- tai selaintiedot) ja mistä nämä tiedot on saatu.
            3. Millainen logiikka arvioinnissa on käytössä: mitkä tekijät vaikuttavat arvioon ja millä painolla.
            4. Mikä käsittelyn merkitys on ja mitä seurauksia siitä on minulle (esimerkiksi estetäänkö
               rekisteröityminen jatkossakin).

            Tiedoksi: asetuksen 22 artiklan mukaan minulla on oikeus vaatia, että päätöksen arvioi ihminen, sekä
            esittää oma kantani, ja 21 artiklan mukaan oikeus vastustaa profilointia. En käytä näitä oikeuksia
            tässä vaiheessa, vaan päätän asiasta saatuani vastauksenne.

            Rekisteröitymisessä käyttämäni sähköpostiosoite on tämä osoite.

            Kunnioittavasti
            Oskari Vähä-Erkkilä
            """), cte="base64"),
        category="request", kinds=["access"], language="fi",
        requester_email="oskari.vahaerkkila@example.fi", requester_name="Oskari Vähä-Erkkilä",
        notes="asks only about automated decision-making and profiling (Art. 15(1)(h)) = access; Art. 22 review "
              "and the right to object are named and explicitly not used now")

    add("fi-quotes-article-texts-erasure-objection", simple(
        PAINO, "Ulla Sjöblom", "ulla.sjoblom@example.fi",
        "Suoramarkkinoinnin vastustaminen ja tietojen poistaminen (tietosuoja-asetuksen 17 ja 21 artikla)",
        when(2026, 3, 23, 9, 12, utc_offset=2), T("""
            Saariston Painotalo Oy
            Parainen

            Olen viime kuukausina saanut teiltä postitse useita nimelläni osoitettuja tuote-esitteitä ja
            kalenterimainoksia, vaikka en ole koskaan asioinut kanssanne enkä ole antanut yhteystietojani
            markkinointia varten.

            Viittaan EU:n yleisen tietosuoja-asetuksen seuraaviin säännöksiin:

            21 artiklan 2 kohta: "Jos henkilötietoja käsitellään suoramarkkinointia varten, rekisteröidyllä on
            oikeus milloin tahansa vastustaa häntä koskevien henkilötietojen käsittelyä tällaista markkinointia
            varten, mukaan lukien profilointi silloin, kun se liittyy suoramarkkinointiin."

            21 artiklan 3 kohta: "Jos rekisteröity vastustaa käsittelyä suoramarkkinointia varten,
            henkilötietoja ei saa enää käsitellä tällaisiin tarkoituksiin."

            17 artiklan 1 kohta: "Rekisteröidyllä on oikeus saada rekisterinpitäjä poistamaan häntä koskevat
            henkilötiedot ilman aiheetonta viivytystä, ja rekisterinpitäjällä on velvollisuus poistaa
            henkilötiedot ilman aiheetonta viivytystä, jos [...] c) rekisteröity vastustaa käsittelyä 21 artiklan
            2 kohdan mukaisesti."

            15 artiklan 1 kohta: "Rekisteröidyllä on oikeus saada rekisterinpitäjältä vahvistus siitä, että
            häntä koskevia henkilötietoja käsitellään tai että niitä ei käsitellä, ja jos niitä käsitellään,
            oikeus saada pääsy henkilötietoihin [...]."

            Edellä lainattujen säännösten perusteella:

            1. vastustan henkilötietojeni käsittelyä suoramarkkinointia varten, ja
            2. vaadin teitä poistamaan kaikki minua koskevat henkilötiedot markkinointirekisteristänne ja
               ilmoittamaan poistamisesta niille, joille olette tietoja luovuttaneet (19 artikla).

            Lainaan 15 artiklaa vain siksi, että tiedätte minun voivan myöhemmin pyytää myös tietojeni
            tarkastamista. En pyydä tässä yhteydessä jäljennöstä tiedoistani.

            Ulla Sjöblom
            Rantatie 7, 21600 Parainen
            puh. 0400 556 781
            """), charset="windows-1252", cte="quoted-printable"),
        category="request", kinds=["erasure", "objection"], language="fi",
        requester_email="ulla.sjoblom@example.fi", requester_name="Ulla Sjöblom", phone="+358400556781",
        notes="quotes Art. 21(2), 21(3), 17(1)(c) and 15(1) verbatim; only objection and erasure are asked, the "
              "quoted access article is explicitly not used")

    add("fi-sole-trader-rectification-ytunnus", simple(
        TILI, "Kaisa Rantala", "kaisa.rantala@example.fi",
        "Henkilötietojen oikaisupyyntö (tietosuoja-asetuksen 16 artikla)",
        when(2026, 3, 24, 11, 30, utc_offset=2), T(f"""
            Järvisen Tilitoimisto Oy
            Jyväskylä

            HENKILÖTIETOJEN OIKAISUPYYNTÖ

            Olen ollut asiakkaananne vuodesta 2021 toiminimeni Parturi-Kampaamo Kaisa kautta. Henkilötietoni ovat
            muuttuneet, ja pyydän tietosuoja-asetuksen 16 artiklan nojalla oikaisemaan asiakasrekisterissänne ja
            palkanlaskentajärjestelmässänne olevat minua koskevat tiedot seuraavasti:

            1. Sukunimi: Öhman -> Rantala (avioliitto 14.2.2026; maistraatin rekisteröinti tehty).
            2. Kotiosoite: Puistokatu 3 B 9, 40100 Jyväskylä -> Keskikatu 11 A 2, 40320 Jyväskylä.
            3. Sähköpostiosoite: kaisa.ohman@example.fi -> kaisa.rantala@example.fi.
            4. Puhelinnumero pysyy ennallaan: 044-239 8812.

            Jos olette luovuttaneet vanhoja tietojani eteenpäin, esimerkiksi tulorekisteriin tai
            vakuutusyhtiölle, pyydän ilmoittamaan oikaisusta myös niille (19 artikla). Pyydän lisäksi
            kirjallisen vahvistuksen, kun oikaisut on tehty.

            Ystävällisin terveisin

            Kaisa Rantala (ent. Öhman)
            Parturi-Kampaamo Kaisa, Y-tunnus {Y_TMI_RANTALA}
            """), cte="quoted-printable"),
        category="request", kinds=["rectification"], language="fi",
        requester_email="kaisa.rantala@example.fi", requester_name="Kaisa Rantala", phone="+358442398812",
        business_id=Y_TMI_RANTALA,
        notes="sole trader correcting her own name, home address and e-mail (personal data, not company data); "
              "her toiminimi Y-tunnus is labelled literally; notifying recipients is part of rectification")


# ====================================================================== requests, Swedish
def requests_sv() -> None:
    add("sv-se-registerutdrag-art15-personnummer", simple(
        PAINO, "Karin Lindgren", "karin.lindgren@example.se",
        "Begäran om registerutdrag enligt artikel 15 i dataskyddsförordningen",
        when(2026, 3, 10, 19, 22, utc_offset=1), T(f"""
            Till: Saariston Painotalo Oy / Skärgårdens Tryckeri Ab (personuppgiftsansvarig)

            BEGÄRAN OM TILLGÅNG TILL PERSONUPPGIFTER (REGISTERUTDRAG)

            Med stöd av artikel 15 i dataskyddsförordningen (EU) 2016/679 begär jag att få bekräftelse på om ni
            behandlar personuppgifter som rör mig och, i så fall, tillgång till uppgifterna samt följande
            information:

            a) ändamålen med behandlingen och den rättsliga grunden för varje ändamål,
            b) vilka kategorier av personuppgifter som behandlas,
            c) vilka mottagare eller kategorier av mottagare uppgifterna har lämnats ut till, särskilt
               mottagare i tredje land,
            d) hur länge uppgifterna kommer att lagras eller de kriterier som används för att fastställa detta,
            e) varifrån uppgifterna har hämtats, om de inte har samlats in från mig,
            f) förekomsten av automatiserat beslutsfattande, inbegripet profilering, och i så fall meningsfull
               information om logiken bakom samt betydelsen och de förutsedda följderna för mig.

            Jag begär också en kopia av de personuppgifter som behandlas (artikel 15.3) i ett vanligt
            förekommande elektroniskt format.

            Jag beställde bröllopsinbjudningar och tackkort från er webbutik våren 2025.

            För identifiering:
            Namn: Karin Lindgren
            Personnummer: {SE_PERSONNUMMER}
            Adress: Storgatan 12, 753 20 Uppsala
            Telefon: 070-312 45 67

            Jag vill upplysa om att jag enligt förordningen även har rätt att begära rättelse, radering och
            begränsning av behandlingen. Jag återkommer i så fall när jag har tagit del av registerutdraget.

            Svaret ska lämnas utan onödigt dröjsmål och senast inom en månad (artikel 12.3). Om jag inte får
            svar kommer jag att vända mig till tillsynsmyndigheten.

            Med vänliga hälsningar
            Karin Lindgren
            """), charset="iso-8859-1", cte="quoted-printable", extra=(TB,)),
        category="request", kinds=["access"], language="sv",
        requester_email="karin.lindgren@example.se", requester_name="Karin Lindgren", phone="+46703124567",
        notes="Sweden-Swedish template, items a-f plus a copy are one kind; rättelse/radering/begränsning only "
              "as information; Swedish personnummer is not a hetu")

    add("sv-fi-erasure-objection-marketing-personbeteckning", alternative(
        KATTO, "Henrik Åström", "henrik.astrom@example.fi",
        "Begäran om radering och invändning mot direktmarknadsföring",
        when(2026, 3, 25, 20, 8, utc_offset=2), T(f"""
            Bästa mottagare,

            jag har under våren fått flera adresserade reklambrev och två telefonsamtal från Kattopojat Oy med
            erbjudanden om takinspektion för mitt fritidshus i Nagu. Jag har aldrig varit er kund och har inte
            gett ert företag mina kontaktuppgifter.

            Med stöd av EU:s dataskyddsförordning framför jag följande:

            1. Jag invänder enligt artikel 21.2 mot all behandling av mina personuppgifter för
               direktmarknadsföring, inklusive profilering som har samband med sådan marknadsföring. Kontakta
               mig inte längre per post, telefon eller e-post.

            2. Jag begär att ni raderar alla personuppgifter om mig enligt artikel 17.1 c och att ni meddelar
               raderingen till de mottagare som ni har lämnat ut uppgifterna till (artikel 19).

            Jag förutsätter att ni endast behåller den spärruppgift som behövs för att respektera min invändning.

            Jag vet att jag också har rätt att få veta varifrån ni har fått mina uppgifter, men det begär jag
            inte; det räcker att uppgifterna raderas.

            Uppgifter för identifiering:
            Henrik Åström
            personbeteckning {HETU_ASTROM}
            Strandvägen 5, 21660 Nagu
            tfn 02 458 3310

            Med vänlig hälsning
            Henrik Åström
            """)),
        category="request", kinds=["erasure", "objection"], language="sv",
        requester_email="henrik.astrom@example.fi", requester_name="Henrik Åström", phone="+35824583310",
        hetu=HETU_ASTROM,
        notes="Finland-Swedish Art. 21(2) objection plus Art. 17(1)(c) erasure; asking where the data came from "
              "would be access but he explicitly declines it")

    add("sv-rectification-restriction-do-not-delete-outlook", outlook_only(
        KULJ, "Ekholm, Sofia", "sofia.ekholm@example.fi",
        "Rättelse av felaktiga uppgifter och begränsning av behandling",
        when(2026, 3, 26, 13, 14, utc_offset=2), T("""
            Till Kuusiston Kuljetus Oy

            Begäran om rättelse (artikel 16) och begränsning av behandling (artikel 18.1 a) i
            dataskyddsförordningen

            Ni skötte min flytt från Åbo till Helsingfors den 2 mars 2026. I fakturan och i ert kundsystem finns
            flera felaktiga uppgifter om mig. Jag begär att ni rättar följande:

            1. Mitt efternamn är Ekholm, inte Eklund.
            2. Min nya adress är Runebergsgatan 27 B 18, 00100 Helsingfors.
            3. Min e-postadress är sofia.ekholm@example.fi (inte sofia.eklund@example.fi).

            Dessutom finns i ert system en anteckning om att jag "inte var på plats vid avtalad tid", vilket ni
            har använt för att debitera en väntetidsavgift. Anteckningen är felaktig: jag väntade på plats från
            kl. 7.45 och har sms-historik som visar det.

            Eftersom jag bestrider att anteckningen är korrekt begär jag att ni begränsar behandlingen av den
            medan ni kontrollerar dess riktighet. Radera den inte – jag vill att den finns kvar som underlag när
            tvisten om avgiften avgörs – men använd den inte för fakturering, inkasso eller bedömning av mig som
            kund under tiden.

            Meddela mig när rättelsen är gjord och innan begränsningen eventuellt upphävs.

            Med vänliga hälsningar
            Sofia Ekholm
            +358 40 655 2190
            """), lang="SV", name_mode="B"),
        category="request", kinds=["rectification", "restriction"], language="sv",
        requester_email="sofia.ekholm@example.fi", requester_name="Sofia Ekholm", phone="+358406552190",
        notes="list of wrong data (rectification) plus 'radera den inte ... men använd den inte' for a disputed "
              "note = restriction, not erasure")

    add("sv-right-to-be-forgotten-search-results", simple(
        KIVI, "Johan Bergqvist", "johan.bergqvist@example.se",
        "Begäran om radering – rätten att bli bortglömd (artikel 17)",
        when(2026, 3, 27, 8, 55, utc_offset=1), T("""
            Till Kivi & Kangas Design Oy

            När man söker på mitt namn i Google är den första träffen en sida på er webbplats, "Kundcase:
            Bergqvist Bygg AB – så fick vi en ny webbutik på sex veckor" från 2017. Sidan innehåller mitt namn,
            ett porträttfoto, ett citat och uppgiften att företaget senare gick i konkurs. Samma text finns som
            PDF ("referenser_2017.pdf") som också syns i sökresultaten.

            Företaget finns inte längre och jag har ingen koppling till det sedan 2019. Uppgifterna är inte
            längre nödvändiga för det ändamål för vilket de samlades in, och jag har aldrig gett samtycke till att
            uppgiften om konkursen publiceras.

            Med stöd av artikel 17 i dataskyddsförordningen, rätten att bli bortglömd, begär jag att ni

            1. raderar sidan, porträttfotot och PDF-filen, eller åtminstone alla uppgifter som identifierar mig,
            2. i enlighet med artikel 17.2 vidtar rimliga åtgärder för att informera sökmotorer och andra som
               har kopierat materialet om att jag har begärt att alla länkar, kopior och reproduktioner raderas,
               till exempel genom att begära borttagning av cachade versioner hos Google och Bing.

            Jag förbehåller mig rätten att vända mig till Dataombudsmannen i Finland om begäran inte behandlas
            inom en månad.

            Med vänliga hälsningar
            Johan Bergqvist
            Tel. 08-555 123 45
            """), cte="base64"),
        category="request", kinds=["erasure"], language="sv",
        requester_email="johan.bergqvist@example.se", requester_name="Johan Bergqvist", phone="+46855512345",
        notes="'rätten att bli bortglömd' for a page found in search results; informing search engines under "
              "Art. 17(2) is still erasure; the ombudsman is only reserved")

    add("sv-daughter-power-of-attorney-access-objection-erasure", simple(
        KULJ, "Annika Forsström", "annika.forsstrom@example.fi",
        "Begäran för min mor Ingrid Forsström – registerutdrag, invändning och radering",
        when(2026, 3, 30, 10, 2), T(f"""
            Hej,

            jag skriver med stöd av en intressebevakningsfullmakt som har fastställts av Myndigheten för
            digitalisering och befolkningsdata, på uppdrag av min mor Ingrid Forsström (f. 9.4.1941), som inte
            längre själv kan sköta sina angelägenheter.

            Min mor har under de senaste månaderna fått återkommande telefonsamtal och brev från er med erbjudanden
            om flytthjälp till seniorboende. Samtalen har gjort henne orolig och förvirrad.

            På hennes vägnar begär jag följande:

            1. Ett registerutdrag: vilka personuppgifter ni har om henne, varifrån ni har fått dem (till exempel
               från vilken adresslisteleverantör) och till vem ni har lämnat ut dem.
            2. Jag invänder enligt artikel 21.2 i dataskyddsförordningen mot att hennes uppgifter används för
               direktmarknadsföring. Inga fler samtal eller brev.
            3. När registerutdraget har skickats ska ni radera hennes uppgifter.

            Uppgifter för identifiering:
            Ingrid Forsström
            personbeteckning {HETU_FORSSTROM}
            Eriksgatan 3 B 14, 20100 Åbo

            Svara till mig på denna adress. En kopia av fullmakten skickar jag gärna om ni behöver den.

            Med vänlig hälsning
            Annika Forsström
            tfn 050 377 6612
            """)),
        category="request", kinds=["access", "erasure", "objection"], language="sv",
        requester_email="annika.forsstrom@example.fi", requester_name="Ingrid Forsström", phone="+358503776612",
        hetu=HETU_FORSSTROM,
        notes="daughter acting under a continuing power of attorney: name and hetu are the mother's (data "
              "subject), reply address and phone the daughter's; source/recipients = access")

    add("sv-portability-direct-transfer-only", alternative(
        LUMI, "Mikael Holmström", "mikael.holmstrom@example.fi", "Begäran om dataportabilitet (artikel 20)",
        when(2026, 4, 1, 9, 37), T("""
            Hej,

            jag använder Lumivalo Tidrapport med ett personligt konto som frilansande översättare. Jag ska
            framöver använda även en annan tjänst för min fakturering och vill flytta mina uppgifter dit.

            Med stöd av artikel 20 i dataskyddsförordningen begär jag att få de personuppgifter som jag själv har
            lämnat till er – tidrapporter, projekt- och kundnamn, timpriser och mina profiluppgifter – i ett
            strukturerat, allmänt använt och maskinläsbart format, till exempel CSV eller JSON.

            Om det är tekniskt möjligt vill jag att ni överför uppgifterna direkt till Tidsverket AB via deras
            importadress import@tidsverket.example.se. Annars räcker det att ni skickar filen till mig.

            Jag fortsätter att använda er tjänst, så mitt konto ska vara kvar som det är. Jag är medveten om att
            jag också har rätt till ett registerutdrag och till radering, men jag begär inget av detta nu.

            Med vänlig hälsning
            Mikael Holmström
            """), cte="base64"),
        category="request", kinds=["portability"], language="sv",
        requester_email="mikael.holmstrom@example.fi", requester_name="Mikael Holmström",
        notes="portability with direct transmission to another controller; registerutdrag and radering are "
              "named and explicitly not requested; keeping the account is not a restriction")

    add("sv-objection-21-1-and-21-2-with-restriction", message(
        rcpt=KIVI, frm=mailbox("Per-Olof Nyberg", "po.nyberg@example.se"), frm_addr="po.nyberg@example.se",
        subject="Invändning enligt artikel 21 och begäran om begränsning enligt artikel 18.1 d",
        date=when(2026, 4, 2, 14, 48, utc_offset=2), subject_mode="B",
        root=text(T("""
            Till Kivi & Kangas Design Oy, personuppgiftsansvarig

            Sedan januari har jag fått fem säljmejl från er med "skräddarsydda förslag" för mitt företag. Av
            mejlen framgår att ni har samlat in uppgifter om mig från LinkedIn och från min arbetsgivares
            webbplats och att ni har bedömt mig som en "varm lead". Enligt er integritetspolicy grundar sig
            behandlingen på ert berättigade intresse.

            1. Jag invänder enligt artikel 21.1 i dataskyddsförordningen mot den behandling av mina
               personuppgifter som grundar sig på berättigat intresse, särskilt insamlingen från LinkedIn och
               poängsättningen av mig som potentiell kund (profilering). Mina skäl är att jag aldrig har haft
               någon kontakt med er och inte kunde förvänta mig en sådan behandling.

            2. Jag invänder enligt artikel 21.2 mot att mina uppgifter används för direktmarknadsföring.

            3. Jag begär enligt artikel 18.1 d att ni begränsar behandlingen av mina personuppgifter i väntan på
               kontrollen av om era berättigade skäl väger tyngre än mina.

            Jag förbehåller mig rätten att senare begära radering.

            Med vänlig hälsning
            Per-Olof Nyberg
            +46 73 880 12 40
            """), cte="quoted-printable")),
        category="request", kinds=["restriction", "objection"], language="sv",
        requester_email="po.nyberg@example.se", requester_name="Per-Olof Nyberg", phone="+46738801240",
        notes="Art. 21(1) objection to legitimate-interest profiling and 21(2) to marketing, plus restriction "
              "pending the Art. 18(1)(d) balancing check; erasure only reserved")


# ====================================================================== requests, English
def requests_en() -> None:
    add("en-cover-note-sar-attached-reply-to", message(
        rcpt=TILI, frm=mailbox("Daniel O'Connor", "daniel.oconnor@northwind.example.com"),
        frm_addr="daniel.oconnor@northwind.example.com", reply_to="dan.oconnor@example.com",
        subject="Subject access request - Daniel O'Connor", date=when(2026, 3, 12, 11, 4, utc_offset=0),
        root=multipart("mixed", [
            text(T("""
                Dear Sir or Madam,

                Please find attached my subject access request under Article 15 of the General Data Protection
                Regulation. I would be grateful if you could confirm receipt and reply to my personal address,
                dan.oconnor@example.com, rather than to this work account.

                Kind regards,
                Daniel O'Connor
                """), charset="us-ascii", cte="7bit"),
            attachment(fake_pdf("Subject access request - Daniel O'Connor"), "application/pdf",
                       "SAR_Daniel_OConnor.pdf"),
        ], "mix_oconnor_sar"), extra=(OUTLOOK,)),
        category="request", kinds=["access"], language="en",
        requester_email="dan.oconnor@example.com", requester_name="Daniel O'Connor",
        notes="request text only in the PDF; cover note names it a subject access request (access); Reply-To "
              "is his personal address and the body asks for replies there")

    add("en-ngo-template-access-portability", alternative(
        LUMI, "Eleanor Whitfield", "eleanor.whitfield@example.com",
        "Request under Articles 15 and 20 GDPR", when(2026, 3, 13, 17, 26, utc_offset=0), T("""
            Lumivalo Ohjelmistot Oy
            FAO: Data Protection Officer

            13 March 2026

            Dear Sir or Madam,

            Request under Articles 15 and 20 of the General Data Protection Regulation (EU) 2016/679

            I am a user of your Lumivalo Tiimikalenteri service through my account registered to this e-mail
            address. I hereby request:

            1. Confirmation as to whether or not you process personal data concerning me (Article 15(1)).

            2. A copy of all personal data concerning me that you process (Article 15(3)), including data you
               have derived or inferred from my use of the service.

            3. The following information (Article 15(1)(a)-(h) and 15(2)):
               (a) the purposes of the processing and the legal basis for each purpose;
               (b) the categories of personal data concerned;
               (c) the recipients or categories of recipients, including processors and any recipients in third
                   countries, together with the safeguards relied on under Article 46;
               (d) the envisaged storage period or the criteria used to determine it;
               (e) the existence of the right to request rectification or erasure, restriction of processing or
                   to object to such processing;
               (f) the right to lodge a complaint with a supervisory authority;
               (g) the source of any data not collected from me;
               (h) the existence of automated decision-making, including profiling, and meaningful information
                   about the logic involved.

            4. Under Article 20, the personal data I have provided to you, including the data observed from my
               use of the service such as activity logs, in a structured, commonly used and machine-readable
               format.

            Please note that you must respond without undue delay and in any event within one month of receipt
            (Article 12(3)). If you do not respond, or refuse the request, I will lodge a complaint with the
            competent supervisory authority.

            This letter is based on a template published by a digital-rights organisation.

            Yours faithfully,

            Eleanor Whitfield
            Mobile: 07700 900 731
            """), cte="base64"),
        category="request", kinds=["access", "portability"], language="en",
        requester_email="eleanor.whitfield@example.com", requester_name="Eleanor Whitfield",
        phone="+447700900731",
        notes="NGO template: item 3(e) lists rectification/erasure/restriction/objection as information to be "
              "given under Art. 15(1)(e), not as asks; only access and Art. 20 portability are requested")

    add("en-estonian-access-rectification-restriction-outlook", outlook_only(
        LAITE, "Tõnisson, Mart", "mart.tonisson@example.com",
        "Formal request: access, rectification and restriction of processing (Art. 15, 16, 18 GDPR)",
        when(2026, 3, 17, 9, 2, utc_offset=2), T("""
            Pohjolan Laitevuokraus Oy
            Attn: Data Protection / Customer Register

            Dear Sir or Madam,

            I rented scaffolding from your Oulu depot in January 2026 (contract PL-26-0117). After the rental,
            your company recorded that I had damaged the equipment and I have since received a letter from a
            debt collection agency. I dispute the damage claim, and I have also noticed that your records about
            me contain several errors. I therefore make the following requests under the GDPR:

            1. Access (Article 15). Please provide a copy of all personal data you hold about me, including the
               damage report, photographs, internal notes and correspondence, and tell me to whom my data has
               been disclosed, in particular whether it has been passed to a debt collection agency and when.

            2. Rectification (Article 16). Please rectify the following inaccurate data:
               a) my surname is Tõnisson, not "Tonisson" or "Tõnison";
               b) my date of birth is 21.08.1987, not 12.08.1987;
               c) my address is Tartu mnt 52-14, 10115 Tallinn, Estonia.

            3. Restriction (Article 18(1)(a)). As I contest the accuracy of the damage record, please restrict
               the processing of that record for the period needed to verify its accuracy. During that time it
               must not be used for collection, credit assessment or disclosure to third parties.

            I also reserve my right to claim compensation for any damage the incorrect record has caused.

            Please reply in English within one month.

            Yours faithfully,
            Mart Tõnisson
            +372 5123 4567
            """), lang="EN-GB", name_charset="iso-8859-1"),
        category="request", kinds=["access", "rectification", "restriction"], language="en",
        requester_email="mart.tonisson@example.com", requester_name="Mart Tõnisson", phone="+37251234567",
        notes="three numbered rights: copy + recipients (access), wrong surname/birth date/address "
              "(rectification), restriction of a disputed record pending verification; compensation only reserved")

    add("en-objection-21-1-and-21-2-single-kind", simple(
        KATTO, "Graham Whitaker", "graham.whitaker@example.com",
        "Objection under Article 21 GDPR", when(2026, 3, 31, 10, 19), T(f"""
            Kattopojat Oy
            Tampere

            Dear Sir or Madam,

            Objection to processing under Article 21(1) and 21(2) GDPR

            I am the property manager of Asunto Oy Tammelan Helmi, where your company is currently renovating the
            roof. In addition to contacting me about that project, your company has added my name, mobile
            number and e-mail address to what appears to be a prospect database: I have received sales calls
            about other properties I manage, invitations to your "roof safety" seminars, and a call from a
            partner company that told me it had received my details from you.

            1. I object under Article 21(1) to the processing of my personal data based on your legitimate
               interests for any purpose other than the Tammelan Helmi contract, in particular the prospect
               database, call lists and the disclosure of my details to partners.

            2. I object under Article 21(2) to the processing of my personal data for direct marketing, by any
               channel.

            I am not requesting erasure at this stage, since I understand you need my contact details for the
            ongoing contract, but I reserve the right to do so once the project is complete. You may also wish
            to note that I am entitled to request a copy of my data; I will do so separately if needed.

            Should you refuse, I will complain to the Data Protection Ombudsman.

            Yours faithfully,

            Graham Whitaker
            Property Manager, Asunto Oy Tammelan Helmi (business ID {Y_TAMMELAN_HELMI})
            """), charset="us-ascii", cte="7bit"),
        category="request", kinds=["objection"], language="en",
        requester_email="graham.whitaker@example.com", requester_name="Graham Whitaker",
        business_id=Y_TAMMELAN_HELMI,
        notes="single kind: Art. 21(1) and 21(2) objections; erasure and a copy are named but explicitly not "
              "requested; the housing company's business ID in his signature is labelled literally")

    add("en-four-rights-access-rectification-erasure-objection", alternative(
        KIVI, "Niamh Gallagher", "niamh.gallagher@example.com",
        "Data protection requests: copy, correction, erasure and objection",
        when(2026, 4, 6, 8, 46), T("""
            Dear Kivi & Kangas team,

            I worked with you as a freelance copywriter on several projects between 2021 and 2024, and I am
            still happy to be contacted about actual project work. However, I would like to exercise the
            following rights under the GDPR:

            1. Right of access (Art. 15): please send me a copy of the personal data you hold about me in your
               CRM, project tools and mailing-list system.

            2. Right to rectification (Art. 16): your CRM still lists me as working for Tekstitoimisto Sanasto
               with the address niamh@sanasto.example.fi. Please correct this to self-employed, e-mail
               niamh.gallagher@example.com.

            3. Right to erasure (Art. 17): please erase my photograph and biography from the "Our partners"
               page of your website and from the 2023 partner brochure PDF.

            4. Right to object (Art. 21(2)): I object to receiving your marketing newsletter and invitations to
               partner events. Please stop using my data for those purposes.

            I look forward to your reply within one month.

            Kind regards,
            Niamh Gallagher
            +358 44 901 2277
            """)),
        category="request", kinds=["access", "rectification", "erasure", "objection"], language="en",
        requester_email="niamh.gallagher@example.com", requester_name="Niamh Gallagher", phone="+358449012277",
        notes="four numbered rights on different data: copy, correct employer/e-mail, erase web photo, object to "
              "newsletters; she stays a contact, so objection does not imply erasure of everything")

    add("en-erasure-job-applicant-german-mobile", simple(
        TILI, "Katharina Vogel", "katharina.vogel@example.com",
        "Request for erasure of my application data (Art. 17 GDPR)", when(2026, 4, 7, 13, 33), T("""
            Dear Sir or Madam,

            In September 2025 I applied for the position of payroll accountant at Järvisen Tilitoimisto Oy and
            attended a video interview on 2 October 2025. I was not selected and the recruitment process has
            been completed.

            Under Article 17(1)(a) GDPR I request that you erase all personal data concerning me that you hold
            in connection with this application, including my application letter, CV, certificates, interview
            notes, any personality or aptitude test results and the references you received.

            If the application was submitted through a recruitment platform on your behalf, please also ensure
            that the data is erased there (Article 19). Please confirm the erasure in writing.

            I am aware that I could first ask for a copy of this data, but I do not wish to do so.

            Kind regards,
            Katharina Vogel
            Leopoldstraße 118, 80804 München, Germany
            Mobile 0151 2345 6789
            """), cte="quoted-printable"),
        category="request", kinds=["erasure"], language="en",
        requester_email="katharina.vogel@example.com", requester_name="Katharina Vogel", phone="+4915123456789",
        notes="single erasure of a job application; the copy is expressly not wanted; German mobile without +49 "
              "normalised by the Munich address")

    add("en-restriction-pending-verification-single", simple(
        PAINO, "Thomas Reed", "thomas.reed@example.com",
        "Restriction of processing pending verification of accuracy (Art. 18(1)(a))",
        when(2026, 4, 8, 15, 11), T("""
            Dear Saariston Painotalo,

            During our dispute about the misprinted programme booklets for our choir concert in February, one of
            your staff told me on the phone that my customer record now contains a note saying I was "abusive to
            staff" during a call on 24 February. That note is inaccurate: I was frustrated, but I was not abusive,
            and I believe the call recording will confirm this.

            I contest the accuracy of that note. Under Article 18(1)(a) GDPR I therefore request that you restrict
            the processing of the note for the period needed to verify its accuracy. In particular, it must not be
            used to refuse future orders or be shared with anyone outside the people handling the verification.

            I am not asking you to delete the note: I may need it if the dispute about the booklets continues. I
            reserve the right to request rectification once you have checked the call recording.

            Please inform me before the restriction is lifted, as Article 18(3) requires.

            Yours sincerely,
            Thomas Reed
            +358 40 733 1185
            """), charset="us-ascii", cte="7bit"),
        category="request", kinds=["restriction"], language="en",
        requester_email="thomas.reed@example.com", requester_name="Thomas Reed", phone="+358407331185",
        notes="single restriction pending verification of a disputed note; 'not asking you to delete' and "
              "rectification only reserved")


# ====================================================================== other
def others() -> None:
    add("other-en-dpo-to-dpo-processing-agreement", alternative(
        LUMI, "Satu Kettunen", "satu.kettunen@rautakulma.example.fi",
        "DPA review before renewal – Rautakulma Group / Lumivalo Tiimikalenteri",
        when(2026, 3, 18, 10, 5, utc_offset=2), T(f"""
            Dear colleague,

            I am the Data Protection Officer of Rautakulma Group. Our subscription to Lumivalo Tiimikalenteri
            (approx. 240 users) is up for renewal on 1 June, and as part of our annual vendor review I would
            like to update the data processing agreement (Art. 28 GDPR) signed in 2023. Could you please send
            me, or ask your DPO to send me:

            1. the current list of sub-processors, with the processing location of each;
            2. the transfer mechanism for your US-based e-mail delivery sub-processor (SCCs and transfer impact
               assessment);
            3. the current technical and organisational measures annex;
            4. confirmation that you will notify us of personal data breaches within 24 hours, as in clause 9.2.

            We would also like to tighten clause 7 so that you assist us in responding to data subject requests
            – access, rectification, erasure, restriction and portability – within five working days of our
            request. At present the clause has no time limit.

            Please note that this is a controller-to-processor matter; no individual's request is involved.

            Best regards,
            Satu Kettunen
            Data Protection Officer
            Rautakulma Group Oy, business ID {Y_RAUTAKULMA}
            +358 20 765 4321
            """), cte="quoted-printable"),
        category="other", language="en", phone="+358207654321", business_id=Y_RAUTAKULMA,
        notes="DPO-to-DPO about an Art. 28 processing agreement; lists every right but only as a processor "
              "assistance clause; business ID and phone labelled literally")

    add("other-fi-lawyer-contract-dispute-gdpr-in-passing", simple(
        KATTO, "Antti Hakala", "antti.hakala@lakihakala.example.fi",
        "Reklamaatio ja maksuvaatimus / Rakennusliike Hirvikoski Oy – Kattopojat Oy",
        when(2026, 3, 20, 13, 47, utc_offset=2), T(f"""
            Kattopojat Oy
            Tampere

            REKLAMAATIO JA MAKSUVAATIMUS

            Edustamme Rakennusliike Hirvikoski Oy:tä (Y-tunnus {Y_HIRVIKOSKI}) alihankintasopimusta 14.8.2025
            koskevassa asiassa. Päämiehemme on toimittanut sopimuksen mukaiset peltikattotyöt kohteeseen
            Asunto Oy Hervannan Kaari, mutta yhtiönne on jättänyt maksamatta laskut nro 2025-318 ja 2025-341,
            yhteensä 18 640,00 euroa, vedoten väitettyihin vuotoihin.

            Päämiehemme kiistää virheet. Vuodot ovat aiheutuneet läpivienneistä, jotka kuuluivat sopimuksen
            liitteen 2 mukaan yhtiönne omaan urakkaan.

            Vaadimme, että

            1. yhtiönne maksaa erääntyneet laskut viivästyskorkoineen 3.4.2026 mennessä, ja
            2. toimittaa samaan mennessä kohteen työmaapäiväkirjan otteet sekä tarkastuspöytäkirjat ajalta
               1.9.-30.11.2025.

            Asiakirjoista voi tietosuoja-asetuksen vuoksi peittää työntekijöiden henkilötiedot, joita emme
            tarvitse. Samasta syystä päämiehemme liitteenä olevista työmaakuvista on rajattu pois henkilöt.

            Mikäli asiaa ei saada sovittua, päämiehemme saattaa sen käräjäoikeuden ratkaistavaksi.

            Tampereella 20.3.2026

            Antti Hakala
            asianajaja
            Asianajotoimisto Hakala Oy
            puh. 010 555 2300
            """), charset="iso-8859-1", cte="quoted-printable"),
        category="other", language="fi", phone="+358105552300", business_id=Y_HIRVIKOSKI,
        notes="lawyer's contract dispute: 'toimittaa työmaapäiväkirjan otteet' is a document demand between "
              "companies, GDPR only mentioned for redaction; client's Y-tunnus labelled")

    newsletter = T("""
        KONSUMENTBLADET 2/2026 – sidan 4

        Dina rättigheter när ett företag behandlar dina personuppgifter

        Dataskyddsförordningen ger dig rätt att få veta vad ett företag vet om dig och att påverka hur
        uppgifterna används. Skicka din begäran skriftligt, gärna per e-post, och spara en kopia. Företaget
        ska svara inom en månad.

        Så här kan du formulera dig:

        – Registerutdrag: "Jag begär att få veta vilka personuppgifter ni behandlar om mig och varifrån ni
          har fått dem."
        – Rättelse: "Min adress i ert register är fel. Jag ber er rätta den till ..."
        – Radering: "Jag begär att ni raderar alla mina personuppgifter."
        – Invändning mot reklam: "Jag vill inte längre få reklam från er. Avregistrera mig från alla
          utskick."
        – Dataportabilitet: "Skicka mina uppgifter i ett maskinläsbart format."

        Om företaget inte svarar kan du kontakta dataombudsmannen. Våra konsumentrådgivare hjälper dig
        gärna.
        """)
    add("other-sv-consumer-association-newsletter-print-order", alternative(
        PAINO, "Linnea Grönroos", "linnea.gronroos@konsumentforbundet.example.fi",
        "Tryckorder: Konsumentbladet 2/2026, sidan 4 (korrtext)",
        when(2026, 3, 24, 9, 58, utc_offset=2), T(f"""
            Hej!

            Här kommer den sista texten till vårt medlemsblad Konsumentbladet 2/2026, sidan 4. Resten av sidorna
            skickade jag i går via er filöverföring. Upplagan är 1 200 exemplar som tidigare, 16 sidor, leverans
            till vårt kansli senast den 15 april.

            Kan ni skicka ett korrektur på sidan 4 innan ni trycker? Citaten ska stå i kursiv stil.

            Fakturering som vanligt: Konsumentförbundet i Åboland r.f., FO-nummer {Y_KONSUMENT}.

            Tack på förhand!
            Linnea Grönroos
            konsumentrådgivare, redaktör för Konsumentbladet
            tfn 02 454 2210

            ---- text till sidan 4 ----

            """) + newsletter),
        category="other", language="sv", phone="+35824542210", business_id=Y_KONSUMENT,
        notes="a consumer association's newsletter article full of example request sentences, sent by its "
              "editor as a print order (no list headers, written to be answered): other, not automated")

    add("other-fi-authority-request-for-information-complaint", simple(
        TILI, "Tietosuojavaltuutetun toimisto", "kirjaamo@tietosuoja.example.fi",
        "Selvityspyyntö TSV/2291/2026 – rekisteröidyn oikeuksien toteuttaminen",
        when(2026, 4, 9, 9, 15), T(f"""
            Järvisen Tilitoimisto Oy
            Vapaudenkatu 48
            40100 Jyväskylä

            SELVITYSPYYNTÖ
            Dnro TSV/2291/2026
            9.4.2026

            Asia: Kantelu rekisteröidyn oikeuksien toteuttamisesta

            Tietosuojavaltuutetun toimistoon on saapunut kantelu, joka koskee rekisterinpitäjä Järvisen
            Tilitoimisto Oy:tä (Y-tunnus {Y_TILI}). Kantelija Mikko Saarinen on ilmoittanut esittäneensä
            yhtiölle 12.1.2026 sähköpostitse pyynnön saada pääsy häntä koskeviin henkilötietoihin sekä pyynnön
            tietojen poistamisesta. Kantelijan mukaan hän ei ole saanut pyyntöihinsä vastausta.

            Tietosuojavaltuutettu pyytää yhtiötä toimittamaan 30.4.2026 mennessä selvityksen seuraavista
            seikoista:

            1. Onko yhtiö vastaanottanut kantelijan pyynnöt, ja milloin.
            2. Onko pyyntöihin vastattu, ja jos on, milloin ja miten. Pyydämme toimittamaan jäljennöksen
               vastauksesta.
            3. Mikäli tietoja ei ole poistettu, millä perusteella niitä edelleen käsitellään.
            4. Miten yhtiö yleisesti varmistaa, että rekisteröityjen pyyntöihin vastataan tietosuoja-asetuksen
               12 artiklan 3 kohdan mukaisessa määräajassa.

            Selvitys pyydetään toimittamaan tietosuojavaltuutetun toimiston kirjaamoon sähköpostitse, ja siinä
            pyydetään mainitsemaan diaarinumero TSV/2291/2026. Tämä viesti on lähetetty tietosuojavaltuutetun
            toimiston asianhallintajärjestelmästä; lisätietoja antaa esittelijä.

            Ylitarkastaja Tiina Marjamäki
            puh. 029 512 3480
            Tietosuojavaltuutetun toimisto
            """), cte="quoted-printable"),
        category="other", language="fi", phone="+358295123480", business_id=Y_TILI,
        notes="supervisory authority asks the company to explain how it handled a complaint; the authority is "
              "not a data subject and the complainant's access/erasure is only reported; Y-tunnus literal")

    add("other-fi-internal-memo-answering-access-requests", outlook_only(
        LUMI, "Aalto Riikka", "riikka.aalto@lumivalo.example.fi",
        "Ohje: näin vastaamme tarkastuspyyntöihin (päivitetty 4/2026)",
        when(2026, 4, 10, 14, 20), T("""
            Hei kaikki info@-postilaatikkoa lukevat,

            tässä päivitetty ohje siitä, miten käsittelemme rekisteröityjen tarkastuspyyntöjä. Tallentakaa tämä
            viesti kansioon "Ohjeet".

            1. Tunnista pyyntö. Asiakas ei aina käytä lakisanoja. Tarkastuspyyntö voi olla esimerkiksi
               "Pyydän saada tarkastaa tietoni", "Mitä tietoja minusta on tallennettu?" tai "Send me a copy of
               my data". Poistopyyntö voi olla "Poistakaa tilini ja kaikki tietoni".
            2. Kirjaa pyyntö tietosuojarekisteriin samana päivänä ja merkitse määräpäivä: kuukausi
               vastaanotosta.
            3. Varmista henkilöllisyys. Jos pyyntö tulee eri osoitteesta kuin tilin osoite, pyydä vahvistus
               tilin osoitteesta. Älä pyydä henkilötunnusta sähköpostitse.
            4. Kokoa tiedot: asiakastili, tukipyynnöt, laskutus ja lokit. Tarkista, ettei vastaukseen päädy
               muiden henkilöiden tietoja.
            5. Lähetä vastaus salattuna ja liitä mukaan vakiotekstit käsittelyn tarkoituksista, vastaanottajista
               ja säilytysajoista.

            Jos olet epävarma, ohjaa viesti minulle ennen kuin vastaat.

            Riikka Aalto
            tietosuojavastaava
            Lumivalo Ohjelmistot Oy
            """)),
        category="other", language="fi",
        notes="internal memo on answering access requests, with example request sentences; staff guidance, "
              "nobody uses a right")


# ====================================================================== automated
def automated() -> None:
    quoted_fi = quote_lines(T("""
        Hyvä Pekka Salonen,

        olemme vastaanottaneet 23.3.2026 lähettämänne pyynnön. Vahvistamme henkilöllisyytenne vielä
        puhelimitse ennen tietojen lähettämistä.

        Ystävällisin terveisin
        Kattopojat Oy

        > Pyydän tietosuoja-asetuksen 15 artiklan nojalla jäljennöksen kaikista minusta tallennetuista
        > tiedoista sekä tiedot käsittelyn tarkoituksista ja vastaanottajista. Sen jälkeen vaadin
        > poistamaan tietoni 17 artiklan nojalla.
        """))
    add("auto-fi-lomalla-quoting-formal-request", simple(
        KATTO, "Pekka Salonen", "pekka.salonen@example.fi",
        "Automaattinen vastaus: Re: Tietosuojapyyntö – jäljennös ja poisto",
        when(2026, 3, 27, 10, 31, utc_offset=2), T("""
            Olen lomalla 27.3.–12.4.2026 enkä lue sähköpostiani tänä aikana. Vastaan viestiisi palattuani.
            Kiireellisissä asioissa voit soittaa numeroon 050 911 2345.

            Tämä on automaattinen vastaus.

            """) + quoted_fi,
        extra=("Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply"), env_from=""),
        category="automated", language="fi", phone="+358509112345",
        notes="out-of-office reply that quotes the company's answer and the original access + erasure request; "
              "the phone in the auto-reply is labelled literally")

    add("auto-sv-franvaro-quoting-request", simple(
        PAINO, "Birgitta Lindholm", "birgitta.lindholm@example.fi", "Frånvaro: Re: Radering av uppgifter",
        when(2026, 3, 30, 8, 2), T("""
            Hej,

            jag är på tjänsteresa till och med den 6 april och läser min e-post sporadiskt. Ditt meddelande
            vidarebefordras inte.

            Detta är ett automatiskt svar.

            > Jag begär enligt artikel 17 i dataskyddsförordningen att ni raderar alla personuppgifter om mig
            > och invänder samtidigt mot all direktmarknadsföring. Jag vill också ha ett registerutdrag innan
            > uppgifterna raderas.
            """), charset="iso-8859-1", cte="quoted-printable",
        extra=("Auto-Submitted: auto-replied", "X-Autoreply: yes"), env_from=""),
        category="automated", language="sv",
        notes="Finland-Swedish 'Frånvaro' auto-reply quoting a three-right request; never answered")

    add("auto-en-outlook-automatic-reply-quoting-sar", outlook_only(
        LUMI, "Eleanor Whitfield", "eleanor.whitfield@example.com",
        "Automatic reply: RE: Request under Articles 15 and 20 GDPR",
        when(2026, 3, 16, 9, 0, utc_offset=0), T("""
            Thank you for your e-mail. I am out of the office until Monday 23 March with limited access to
            e-mail. I will respond to your message when I return.

            -----Original Message-----
            From: Lumivalo Ohjelmistot Oy <info@lumivalo.example.fi>
            Sent: 16 March 2026 08:59
            Subject: RE: Request under Articles 15 and 20 GDPR

            Dear Ms Whitfield, thank you for your request. We will send the copy and the export file within
            one month.

            > I hereby request a copy of all personal data concerning me (Article 15(3)) and, under Article 20,
            > the personal data I have provided to you in a structured, commonly used and machine-readable
            > format.
            """), lang="EN-GB",
        extra=(OUTLOOK, "Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
               "X-MS-Exchange-Inbox-Rules-Loop: eleanor.whitfield@example.com")),
        category="automated", language="en",
        notes="HTML-only Outlook automatic reply that includes the quoted access + portability request; sender "
              "is a real requester but this message is machine-made")

    returned = message(
        rcpt="dan.oconnor@example.com", frm=mailbox("Järvisen Tilitoimisto Oy", TILI), frm_addr=TILI,
        to="Daniel O'Connor <dan.oconnor@example.com>", subject="RE: Subject access request - Daniel O'Connor",
        date=when(2026, 3, 13, 10, 12, utc_offset=2), trace=False, root=text(T("""
            Dear Mr O'Connor,

            Thank you for your subject access request, which we received on 12 March 2026. We will send you a
            copy of your personal data within one month.

            Kind regards,
            Järvisen Tilitoimisto Oy

            > Please find attached my subject access request under Article 15 of the General Data Protection
            > Regulation.
            """), cte="quoted-printable"))
    dsn_text = T("""
        This is the mail system at host mail.jarvisentilit.example.fi.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <dan.oconnor@example.com>: host mx.example.com[198.51.100.25] said:
            550 5.1.1 <dan.oconnor@example.com>: Recipient address rejected: User
            unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = T("""
        Reporting-MTA: dns; mail.jarvisentilit.example.fi
        X-Postfix-Queue-ID: 4Q7T2K1ZQ9z9
        Arrival-Date: Fri, 13 Mar 2026 10:12:05 +0200 (EET)

        Final-Recipient: rfc822; dan.oconnor@example.com
        Original-Recipient: rfc822;dan.oconnor@example.com
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.example.com
        Diagnostic-Code: smtp; 550 5.1.1 <dan.oconnor@example.com>: Recipient address
            rejected: User unknown in virtual mailbox table
        """)
    add("auto-dsn-bounce-reply-to-sar", message(
        rcpt=TILI, frm="Mail Delivery System <MAILER-DAEMON@mail.jarvisentilit.example.fi>",
        frm_addr="MAILER-DAEMON@mail.jarvisentilit.example.fi", env_from="", relay="localhost", ip="127.0.0.1",
        subject="Undelivered Mail Returned to Sender", date=when(2026, 3, 13, 10, 12, 7, utc_offset=2),
        root=multipart("report", [
            text(dsn_text, charset="us-ascii", cte="7bit", headers=("Content-Description: Notification",)),
            raw_part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], status),
            embedded(returned),
        ], "dsn_4Q7T2K1ZQ9z9", params=" report-type=delivery-status;"),
        extra=("Auto-Submitted: auto-replied",)),
        category="automated", language="en",
        notes="multipart/report DSN for the company's reply to a subject access request; the returned message "
              "quotes the request")

    nl = T(f"""
        TIETOSUOJAKIRJE 4/2026
        Asianajotoimisto Lakikulma Oy

        Kun rekisteröity käyttää oikeuksiaan – viisi tapausta vuodelta 2025

        Tarkastuspyyntöjä tulee yhä useammin muodossa, jota ei heti tunnista. Esimerkkejä asiakkaidemme
        saamista viesteistä:

        - "Pyydän saada tarkastaa kaikki minusta tallennetut tiedot."
        - "Poistakaa tietoni rekisteristänne välittömästi."
        - "Vastustan tietojeni käyttöä suoramarkkinointiin."
        - "Lähettäkää tietoni koneluettavassa muodossa uudelle palveluntarjoajalleni."

        Kaikkiin näihin on vastattava kuukauden kuluessa. Lue koko artikkeli verkkosivuiltamme.

        Seminaari: Rekisteröidyn oikeudet käytännössä, ti 12.5.2026 klo 9-11, Helsinki ja etänä.

        --
        Saat tämän uutiskirjeen, koska olet tilannut sen. Voit perua tilauksen tästä:
        https://lakikulma.example.fi/uutiskirje/peru?u=8c1f2e
        Asianajotoimisto Lakikulma Oy, Y-tunnus {Y_LAWFIRM_NEWS}, Bulevardi 9, 00120 Helsinki
        """)
    add("auto-fi-law-firm-newsletter-list-unsubscribe", alternative(
        KIVI, "Lakikulma Tietosuojakirje", "uutiskirje@lakikulma.example.fi",
        "Tietosuojakirje 4/2026: kun rekisteröity käyttää oikeuksiaan",
        when(2026, 4, 14, 7, 0), nl, env_from="bounce-8c1f2e@lists.lakikulma.example.fi",
        extra=("List-Id: Tietosuojakirje <tietosuojakirje.lists.lakikulma.example.fi>",
               "List-Unsubscribe: <https://lakikulma.example.fi/uutiskirje/peru?u=8c1f2e>,\n"
               " <mailto:unsubscribe-8c1f2e@lists.lakikulma.example.fi>",
               "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
               "Precedence: bulk")),
        category="automated", language="fi", business_id=Y_LAWFIRM_NEWS,
        notes="law firm's bulk newsletter (List-Id, List-Unsubscribe, Precedence: bulk) quoting sample "
              "access/erasure/objection/portability sentences; footer Y-tunnus labelled literally")


if __name__ == "__main__":
    sys.exit(main(sys.argv, build, Path(__file__).resolve().parent))
