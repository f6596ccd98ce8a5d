#!/usr/bin/env python3
"""Generate the fifteenth independent, labelled corpus (corpus_extra15) for the dsarbot classifier.

Writes raw RFC 5322 messages (NNN-slug.eml) and labels.jsonl into this folder, following the label schema
and conventions of ../../../shared/corpus/README.md, then validates the result and prints counts.

Written by a fifteenth author, without looking at the classifier or the other corpora's mail texts, around
people who write to info@ in some other role than customer: employees, former employees, job applicants,
a subcontractor's worker, a visitor, a trade-union official and people who never had any relation with the
company.

- Requests: a former employee's personnel file and working-time records plus deletion after the retention
  period (fi, sv); applicants deleting their CV, interview notes and test task (fi, sv, en with Reply-To);
  an applicant asking what was written about them, inline-forwarded by HR to info@; a subcontractor's worker
  asking about his access-badge and camera data and objecting to their disclosure to the main contractor; a
  visitor asking for car-park CCTV and that it be kept during an insurance claim; an employee correcting a
  salary bank account and one changing her surname; a cold-called person asking where the number came from;
  people with no relation asking whether any data is held; a leaver's training records sent to the new
  employer; a restriction during an employment dispute; an objection to social-media photos; GPS tracking
  of a work van; a former employee's photo on the team page; a union official asking for a member's data;
  a person who got direct mail printed and posted by the company for a client.
- Other: a holiday question, a work-certificate request with a hetu, a subcontractor's invoice, a job
  application, a reference check about a former employee, an internal phone-directory update, a candidate
  withdrawing without asking for deletion, and a payroll-system provider's maintenance notice from a person.
- Automated: fi/sv/en auto-replies (two quoting deletion requests), a recruiting system's "thank you for
  applying" copy, a DSN bounce and a calendar invitation.

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

HETU_EX_ROOFER = new_hetu("120679", "-", "347")
HETU_BANK = new_hetu("250991", "-", "158")
HETU_MEMBER = new_hetu("070383", "-", "622")
HETU_SV_PRINTER = new_hetu("180571", "-", "239")
HETU_CERT = new_hetu("140995", "-", "480")
HETU_DISPUTE = new_hetu("110288", "-", "131")  # check character is a letter; written in lower case
Y_SAHKO = new_ytunnus("2417730")
Y_PELTI = new_ytunnus("2984471")
Y_PAYROLL = new_ytunnus("0741858")
Y_NORDIC = new_ytunnus("3156208")


def mixed(rcpt, name, addr, subject, date, parts, *, extra=(), reply_to=None, name_charset="utf-8"):
    """multipart/mixed: a body part followed by attachments."""
    root = multipart("mixed", parts, "mix_" + token(addr + subject, 16))
    return message(rcpt=rcpt, frm=mailbox(name, addr, name_charset), frm_addr=addr, subject=subject, date=date,
                   root=root, reply_to=reply_to, extra=extra)


def build() -> None:
    requests_fi()
    requests_sv()
    requests_en()
    others()
    automated()


# ---------------------------------------------------------------------------------------------- requests, fi
def requests_fi() -> None:
    add("fi-ex-employee-personnel-file-then-delete", simple(
        KATTO, "Jari Lehtimäki", "jari.lehtimaki@example.fi", "Henkilöstötietojeni tarkastus ja poisto",
        when(2026, 3, 3, 19, 42, utc_offset=2), T(f"""
            Hei,

            olin Kattopojilla töissä kattoasentajana 4/2019–10/2024. Pyydän EU:n tietosuoja-asetuksen
            15 artiklan nojalla kopion kaikista minusta tallennetuista henkilötiedoista, erityisesti:

            - henkilöstökansioni (työsopimus, palkkatiedot, kehityskeskustelujen muistiot ja mahdolliset
              varoitukset)
            - työaikakirjanpito ja leimaustiedot koko työsuhteen ajalta
            - työmaiden perehdytys- ja työturvallisuuskorttimerkinnät

            Kun lakisääteiset säilytysajat ovat päättyneet, pyydän poistamaan kaikki muut minua koskevat
            tiedot. Kertokaa samalla, mitkä tiedot jäävät vielä talteen ja kuinka pitkäksi aikaa.

            Henkilöllisyyteni varmistamiseksi: henkilötunnus {HETU_EX_ROOFER}, puh. 040 718 2256.
            Tiedot voi lähettää kirjeenä kotiosoitteeseeni Pyynikintie 14 B 9, 33230 Tampere.

            Ystävällisin terveisin
            Jari Lehtimäki
            """), extra=(TB,)),
        category="request", kinds=("access", "erasure"), language="fi",
        requester_email="jari.lehtimaki@example.fi", requester_name="Jari Lehtimäki", phone="+358407182256",
        hetu=HETU_EX_ROOFER,
        notes="former employee: personnel file + working-time records (access) and deletion of the rest once "
              "the statutory retention ends (erasure, deferred but still a request)")

    add("fi-applicant-delete-cv-interview-notes-outlook", outlook_only(
        KIVI, "Mäkelä, Sanna", "sanna.makela@example.fi", "Hakemukseni ja haastattelumuistiinpanojen poistaminen",
        when(2026, 3, 24, 8, 5, utc_offset=2), T("""
            Hei,

            hain helmikuussa UX-suunnittelijan paikkaa ja olin haastattelussa 12.3. Sain tiedon, että valinta
            kohdistui toiseen hakijaan – kiitos nopeasta vastauksesta.

            Pyydän, että poistatte CV:ni, hakemukseni, portfolioni linkit, haastattelussa tehdyt
            muistiinpanot sekä ennakkotehtävän ja sen arvioinnin rekrytointijärjestelmästänne ja
            sähköposteistanne. En halua, että tietojani säilytetään tulevia hakuja varten.

            Vahvistattehan sähköpostilla, kun poisto on tehty.

            Terveisin
            Sanna Mäkelä
            """), name_mode="B"),
        category="request", kinds=("erasure",), language="fi",
        requester_email="sanna.makela@example.fi", requester_name="Sanna Mäkelä",
        notes="rejected applicant deletes CV, interview notes and test task; HTML-only Outlook windows-1252, "
              "From is a base64 'Surname, Firstname' encoded word")

    add("fi-subcontractor-worker-badge-cctv-objection", alternative(
        KATTO, "Mikko Rantanen", "mikko.rantanen.sahko@example.com", "kulkukortti ja kameratallenteet",
        when(2026, 3, 11, 6, 58, utc_offset=2), T(f"""
            Moi

            oon Sähkö-Virtasen asentaja ja ollaan tehty teidän aliurakkana kattoturvatöitä Hervannan
            työmaalla tammikuusta asti. Teidän varaston portilla on kulkukortin lukija ja kamerat.

            Haluan tietää mitä teillä on musta tallennettu kulkukortin (kortti nro 004417) kautta, eli mitä
            kellonaikoja ja portteja siihen on kirjautunut, ja onko musta kameratallenteita ja kauanko niitä
            säilytetään. Lähettäkää kopio.

            Lisäks mestari sano, että te lähetätte kulkutiedot ja kameran kuvat pääurakoitsijalle
            (Rakennus-Ahola). Mä en hyväksy sitä. Vastustan mun tietojen luovuttamista pääurakoitsijalle,
            paitsi siltä osin kun laki ihan pakosti vaatii työmaan henkilöluettelon.

            Työnantaja: Sähkö-Virtanen Oy, Y-tunnus {Y_SAHKO}

            Terveisin Mikko Rantanen
            044-913 5502
            """), extra=(GMAIL_UA,)),
        category="request", kinds=("access", "objection"), language="fi",
        requester_email="mikko.rantanen.sahko@example.com", requester_name="Mikko Rantanen",
        phone="+358449135502", business_id=Y_SAHKO,
        notes="subcontractor's worker: badge log + CCTV (access); 'stop passing to main contractor' is an "
              "objection to a disclosure purpose, not restriction (no pending check); Y-tunnus is his employer's")

    add("fi-employee-salary-bank-account-fix", simple(
        LAITE, "Tero Kallio", "tero.kallio77@example.fi", "Tilinumeron korjaus palkanmaksuun",
        when(2026, 4, 1, 16, 20), T(f"""
            Hei,

            huomasin maaliskuun palkkalaskelmasta, että palkka on maksettu vanhalle tilille, jonka lopetin
            jo tammikuussa. Pankki palautti rahat, mutta teidän tiedoissanne on edelleen väärä tilinumero.

            Korjatkaa palkanmaksun tiliksi:
            FI37 1590 3000 0118 28 (Nordea)

            Sama tieto kannattaa päivittää myös matkalaskujärjestelmään, jos se on siellä erikseen.

            Tunnistamista varten: Tero Kallio, varastotyöntekijä, Oulun toimipiste,
            henkilötunnus {HETU_BANK}.

            Kiitos!
            Tero Kallio
            """), charset="iso-8859-1", cte="quoted-printable", extra=(ANDROID_UA,)),
        category="request", kinds=("rectification",), language="fi",
        requester_email="tero.kallio77@example.fi", requester_name="Tero Kallio", hetu=HETU_BANK,
        notes="employee's salary bank account is his own personal data and is wrong: Art. 16 rectification even "
              "though it reads like routine payroll admin; IBAN digits are not a phone")

    add("fi-cold-call-where-number-stop-calling-no-umlauts", simple(
        LUMI, "Pasi Nurmi", "pasi.nurmi@example.fi", "puhelu teilta tanaan",
        when(2026, 4, 7, 14, 31), T("""
            Hei

            teidan myyjanne soitti mulle tanaan klo 14 jotain ohjelmistoa kauppaamaan. Mulla ei oo mitaan
            yritysta eika mitaan tekemista teidan kanssa, tama on mun oma numero 050 433 7821.

            Mista olette saaneet mun nimen ja numeron? Ostettu jostain rekisterista vai mista? Haluan tietaa
            myos mita muuta tietoa teilla musta on.

            Ja lopettakaa soittelu, en halua mitaan markkinointipuheluita enka viesteja tahan numeroon.

            - Pasi Nurmi
            """), charset="us-ascii", cte="7bit", extra=(IPHONE,)),
        category="request", kinds=("access", "objection"), language="fi",
        requester_email="pasi.nurmi@example.fi", requester_name="Pasi Nurmi", phone="+358504337821",
        notes="never a customer: 'where did you get my number' is access, 'stop calling' is objection to "
              "direct marketing; Finnish typed without a/o umlauts, 7bit us-ascii")

    add("fi-never-related-do-you-hold-data", alternative(
        TILI, "Helena Aaltonen", "helena.aaltonen@example.org", "Onko teillä tietoja minusta?",
        when(2026, 3, 18, 21, 12, utc_offset=2), T("""
            Hyvä vastaanottaja,

            en ole koskaan ollut asiakkaananne enkä työskennellyt teillä, mutta nimeni tuli vastaan
            hakukoneessa yhdessä yrityksenne nimen kanssa. Pyydän tietosuoja-asetuksen mukaisesti tiedon
            siitä, käsitteléttekö minua koskevia henkilötietoja. Jos käsittelette, pyydän kopion tiedoista ja
            tiedon siitä, mistä ne on saatu.

            Minut voi tunnistaa nimestä ja tästä sähköpostiosoitteesta.

            Ystävällisesti
            Helena Aaltonen
            """), extra=(GMAIL_UA,)),
        category="request", kinds=("access",), language="fi",
        requester_email="helena.aaltonen@example.org", requester_name="Helena Aaltonen",
        notes="no relation with the company at all; 'do you process data about me' is still Art. 15 access")

    add("fi-restriction-employment-dispute-lowercase-hetu", alternative(
        KIVI, "Anu Heikkilä", "anu.heikkila@example.fi",
        "Henkilötietojeni käsittelyn rajoittaminen – työsuhderiita",
        when(2026, 4, 9, 10, 47), T(f"""
            Hei,

            kuten tiedätte, työsuhteeni päättämistä koskeva riita on vireillä Helsingin käräjäoikeudessa.

            Pyydän EU:n tietosuoja-asetuksen 18 artiklan nojalla, että rajoitatte minua koskevien
            henkilötietojen käsittelyä niin kauan kuin asia on kesken. Käytännössä:

            - älkää poistako sähköpostitiliäni, Slack-viestejäni, tuntikirjauksiani tai projektimuistiinpanoja,
              koska tarvitsen niitä todisteina,
            - älkää käyttäkö niitä muuhun kuin niiden säilyttämiseen ja oikeudenkäyntiin,
            - älkää luovuttako niitä kolmansille ilman, että ilmoitatte minulle tai asiamiehelleni.

            Henkilötunnukseni on {HETU_DISPUTE.lower()}, puhelin 0400 612 734.

            Terveisin
            Anu Heikkilä
            """)),
        category="request", kinds=("restriction",), language="fi",
        requester_email="anu.heikkila@example.fi", requester_name="Anu Heikkilä", phone="+358400612734",
        hetu=HETU_DISPUTE,
        notes="restriction while an employment dispute is pending: 'älkää poistako' is not erasure; hetu "
              "written in lower case, labelled upper case")

    pdf = attachment(fake_pdf("Valtakirja"), "application/pdf", "valtakirja_Oja.pdf")
    body = text(T(f"""
        Hyvä vastaanottaja,

        toimin Kone- ja Kuljetusalan Työntekijät ry:n aluetoimitsijana. Jäsenemme Markku Oja
        (henkilötunnus {HETU_MEMBER}), joka työskentelee Oulun varastollanne, on valtuuttanut minut
        pyytämään puolestaan kopion kaikista hänestä tallennetuista henkilötiedoista, erityisesti:

        - annetut huomautukset ja varoitukset sekä niihin liittyvät muistiot,
        - työvuorolistat ja ylityökirjanpito 1.1.2025 alkaen,
        - trukkien ja ajoneuvojen käyttölokit, joihin hänen käyttäjätunnuksensa on liitetty.

        Allekirjoitettu valtakirja on liitteenä. Tiedot voi toimittaa minulle tai suoraan jäsenelle.

        Ystävällisin terveisin
        Raili Koivisto
        aluetoimitsija, Kone- ja Kuljetusalan Työntekijät ry
        puh. +358 40 551 2290
        """), charset="windows-1252", cte="8bit")
    add("fi-union-official-for-named-member", mixed(
        LAITE, "Raili Koivisto", "raili.koivisto@kkt-liitto.example.org", "Jäsenemme tietopyyntö – Markku Oja",
        when(2026, 4, 14, 13, 2), [body, pdf], extra=(OUTLOOK,)),
        category="request", kinds=("access",), language="fi",
        requester_email="raili.koivisto@kkt-liitto.example.org", requester_name="Raili Koivisto",
        phone="+358405512290", hetu=HETU_MEMBER,
        notes="union official asks on a member's behalf with a power of attorney: the official signs and gets "
              "the reply, so name/email/phone are hers; the hetu is the member's but given literally")

    original = T("""
        Hei,

        sain eilen tiedon, etten tullut valituksi front end -kehittäjän tehtävään. Haluaisin ymmärtää miksi.
        Pyydän myös nähtäväkseni kaikki minusta rekrytoinnin aikana kirjatut tiedot: haastattelijoiden
        muistiinpanot, ennakkotehtävän pisteytykset ja arviot sekä soveltuvuusarvioinnin raportin.
        Käsittääkseni minulla on oikeus saada nämä tietosuoja-asetuksen perusteella.

        Kiitos jo etukäteen.

        Joonas Peltola
        045 127 8890
        """)
    fw = outlook_inline_forward(T("""
        Moi,

        tämä tuli rekry-osoitteeseen. Ohjeen mukaan tietosuojapyynnöt kuuluu info@:iin, joten laitan tänne.
        Hakija pyytää haastattelumuistiinpanoja ym., hoidetaanko kuukauden sisällä?

        Outi Laaksonen
        HR-koordinaattori, Kivi & Kangas Design Oy
        p. 050 662 1904
        """), [
        "Lähettäjä: Joonas Peltola <joonas.peltola@example.fi>",
        "Lähetetty: tiistai 14. huhtikuuta 2026 21.47",
        "Vastaanottaja: rekry@kivikangas.example.fi",
        "Aihe: Rekrytointi / front end -kehittäjä",
    ], original)
    add("fi-hr-inline-forward-applicant-why-rejected", alternative(
        KIVI, "Outi Laaksonen", "outi.laaksonen@kivikangas.example.fi", "VL: Rekrytointi / front end -kehittäjä",
        when(2026, 4, 15, 8, 13), fw, html_body=outlook_html(fw, "utf-8"),
        extra=(OUTLOOK, "Thread-Topic: " + header_text("Rekrytointi / front end -kehittäjä"))),
        category="request", kinds=("access",), language="fi",
        requester_email="joonas.peltola@example.fi", requester_name="Joonas Peltola", phone="+358451278890",
        notes="HR's inline VL: forward to info@: requester is the applicant inside; 'why was I rejected' is not a "
              "right but 'everything written about me' is access; HR signature phone ignored")


# ---------------------------------------------------------------------------------------------- requests, sv
def requests_sv() -> None:
    add("sv-ex-employee-registerutdrag-radera-rest", message(
        rcpt=PAINO, frm=mailbox("Gunilla Sjöberg", "gunilla.sjoberg@example.fi"),
        frm_addr="gunilla.sjoberg@example.fi", subject="Begäran om registerutdrag och radering",
        date=when(2026, 3, 16, 11, 25, utc_offset=2), subject_mode="B", extra=(TB,),
        root=text(T(f"""
            Hej,

            jag arbetade som tryckare hos er i Pargas 2016–2023. Med stöd av dataskyddsförordningen ber jag
            att få ett registerutdrag över alla personuppgifter ni har om mig: personalakten,
            arbetstidsbokföringen, lönespecifikationerna och eventuella anteckningar från
            utvecklingssamtal. Skicka åt mig uppgifterna per post till hemadressen.

            Uppgifter som ni inte längre behöver eller är skyldiga att spara ber jag er radera. Meddela
            vilka uppgifter som blir kvar och hur länge de sparas.

            Personbeteckning {HETU_SV_PRINTER}, tfn 040-822 1937.

            Med vänlig hälsning
            Gunilla Sjöberg
            """), cte="quoted-printable")),
        category="request", kinds=("access", "erasure"), language="sv",
        requester_email="gunilla.sjoberg@example.fi", requester_name="Gunilla Sjöberg", phone="+358408221937",
        hetu=HETU_SV_PRINTER,
        notes="Finland-Swedish former employee ('skicka åt mig', 'personbeteckning'): registerutdrag + radering "
              "of what need not be kept; base64 RFC 2047 subject")

    add("sv-employee-objects-social-media-photos", alternative(
        PAINO, "Mikael Holmström", "mikael.holmstrom@saaristonpaino.example.fi", "Fotografering för sociala medier",
        when(2026, 4, 16, 7, 51), T("""
            Hej,

            jag såg i veckobrevet att en fotograf kommer till tryckeriet nästa torsdag för att ta bilder till
            vårt Instagram- och Facebookkonto. Jag vill inte att bilder där jag syns publiceras i företagets
            sociala medier, och jag motsätter mig att ni använder mitt ansikte eller namn i marknadsföringen.

            Jag jobbar som vanligt den dagen, men placera mig utanför bild eller sudda ut mig om jag råkar
            komma med. Det här gäller även i fortsättningen, inte bara den här gången.

            Tack på förhand,
            Mikael Holmström
            bokbinderiet
            """), extra=(OUTLOOK,)),
        category="request", kinds=("objection",), language="sv",
        requester_email="mikael.holmstrom@saaristonpaino.example.fi", requester_name="Mikael Holmström",
        notes="employee objects in advance to being photographed for marketing; nothing is held yet, so not "
              "erasure; sent from the company's own domain")

    add("sv-se-applicant-radera-ansokan-base64", simple(
        KULJ, "Johan Lindqvist", "johan.lindqvist@example.se", "Radera min ansökan",
        when(2026, 3, 27, 18, 3, utc_offset=1), T("""
            Hej!

            Jag sökte tjänsten som lastbilschaufför hos er i februari via er webbplats och skickade med CV,
            en kopia av mitt körkort och mitt YKB-intyg. Jag har nu fått jobb här hemma och ber er därför
            radera min ansökan, mitt CV, kopiorna av körkort och intyg och alla anteckningar ni har gjort om
            mig, både i rekryteringssystemet och i mejlen.

            Jag vill inte att ni sparar mina uppgifter för framtida tjänster. Bekräfta gärna när det är gjort.

            Vänliga hälsningar
            Johan Lindqvist
            Storgatan 12, 852 30 Sundsvall
            070-612 44 81
            """), cte="base64", extra=(IPHONE,)),
        category="request", kinds=("erasure",), language="sv",
        requester_email="johan.lindqvist@example.se", requester_name="Johan Lindqvist", phone="+46706124481",
        notes="Sweden-Swedish applicant; '070-' mobile with a Sundsvall address normalises to +46, not +358; "
              "base64 body")

    add("sv-employee-name-change-rattelse-outlook-latin1", outlook_only(
        PAINO, "Wikström Sofia", "sofia.wikstrom@saaristonpaino.example.fi", "Namnbyte - rätta mina uppgifter",
        when(2026, 4, 2, 9, 36), T("""
            Hej,

            jag har gift mig och mitt efternamn är från och med 1.4 Lindroos (tidigare Wikström). Kan ni rätta
            namnet i personalregistret, lönesystemet, på min e-postadress och i telefonlistan på intranätet?
            Min adress har också ändrats till Strandvägen 7 B, 21600 Pargas.

            Namnet är redan uppdaterat i befolkningsdatasystemet.

            Med vänliga hälsningar
            Sofia Lindroos (f.d. Wikström)
            kundtjänst, tfn (02) 458 1120
            """), charset="iso-8859-1", lang="SV", name_charset="iso-8859-1", subject_charset="iso-8859-1"),
        category="request", kinds=("rectification",), language="sv",
        requester_email="sofia.wikstrom@saaristonpaino.example.fi", requester_name="Sofia Lindroos",
        phone="+35824581120",
        notes="employee's surname and address changed: rättelse of her own data; display name is the old "
              "'Surname Firstname', signature gives the new full name; HTML-only ISO-8859-1")

    add("sv-direct-mail-printed-by-company-where-from", alternative(
        PAINO, "Anders Nyberg", "anders.nyberg@example.fi", "Varifrån har ni min adress?",
        when(2026, 4, 20, 17, 44), T("""
            Hej,

            i går fick jag ett reklambrev från en bilfirma, och på kuvertet står det "Tryck och utskick:
            Saariston Painotalo Oy". Jag har aldrig haft något med er att göra.

            Jag vill veta vilka uppgifter ni har om mig, varifrån ni har fått mitt namn och min adress och
            till vem ni har lämnat dem vidare. Jag vill inte heller ha mer reklam från er eller via er, så
            stryk mig ur alla utskickslistor ni har.

            Anders Nyberg
            050 377 1846
            """)),
        category="request", kinds=("access", "objection"), language="sv",
        requester_email="anders.nyberg@example.fi", requester_name="Anders Nyberg", phone="+358503771846",
        notes="the company only printed and posted a client's mailing (processor), but the person still asks "
              "what is held and where it came from (access) and to be struck off mailing lists (objection)")


# ---------------------------------------------------------------------------------------------- requests, en
def requests_en() -> None:
    add("en-visitor-carpark-cctv-keep-footage", alternative(
        LAITE, "Daniel Hughes", "daniel.hughes@example.com", "CCTV footage request - car park incident 9 March",
        when(2026, 3, 12, 12, 18, utc_offset=2), T("""
            Hello,

            On Monday 9 March at around 10:40 I was at your Oulu depot to pick up a colleague who was attending
            a training day there. While I was parked in your visitor car park, a reversing forklift hit the
            rear door of my hire car. Your staff told me the car park is covered by CCTV.

            Under Article 15 of the GDPR I would like a copy of the recordings in which I or the car appear
            between 10:15 and 11:15 that day. I am happy for other people's faces to be blurred.

            As the insurance claim is still open, please make sure the footage is not deleted or overwritten
            under your normal retention period until the claim is settled. I am only asking you to keep it,
            not to use it for anything else.

            Kind regards,
            Daniel Hughes
            +44 7700 900417
            """)),
        category="request", kinds=("access", "restriction"), language="en",
        requester_email="daniel.hughes@example.com", requester_name="Daniel Hughes", phone="+447700900417",
        notes="visitor, not a customer: copy of CCTV (access) plus 'keep it, don't overwrite it, don't use it' "
              "during a claim, which is Art. 18 restriction by the README's 'älkää poistako' rule")

    add("en-estonian-never-related-what-data", simple(
        KULJ, "Kristjan Tamm", "kristjan.tamm@example.com", "Do you have my data?",
        when(2026, 4, 3, 9, 2), T("""
            Hello,

            my name is Kristjan Tamm, I live in Tallinn. I was never your customer or your worker, but last
            week I get a SMS which said it is from Kuusiston Kuljetus about a delivery which is not mine.

            Please tell me if your company have any personal data about me, what data it is and from where
            you got it. If you have, I want the copy.

            My phone is +372 5123 4567 and this email.

            Best regards
            Kristjan Tamm
            """), charset="us-ascii", cte="7bit"),
        category="request", kinds=("access",), language="en",
        requester_email="kristjan.tamm@example.com", requester_name="Kristjan Tamm", phone="+37251234567",
        notes="non-native English from someone with no relation to the company; Estonian mobile")

    add("en-leaver-training-records-to-new-employer", alternative(
        LUMI, "Priya Raman", "priya.raman@example.com", "Transfer of my training records to my new employer",
        when(2026, 3, 30, 15, 9), T("""
            Hi,

            I left Lumivalo at the end of February and have started as a developer at Northbyte Ltd. While
            I was with you I completed several courses (cloud certification prep, secure coding, first aid
            and the internal data protection training), and they are recorded in your learning system.

            Under Article 20 of the GDPR, please send my training records (course names, completion dates,
            scores and certificate IDs) in a machine-readable format, CSV or JSON is fine, directly to my new
            employer's HR at hr@northbyte.example.com, and copy me in.

            Thanks,
            Priya Raman
            """), extra=(GMAIL_UA,)),
        category="request", kinds=("portability",), language="en",
        requester_email="priya.raman@example.com", requester_name="Priya Raman",
        notes="former employee wants her training records sent machine-readable straight to the new employer: "
              "portability; the other address in the text is the recipient controller, not the requester")

    add("en-applicant-delete-application-reply-to", alternative(
        KIVI, "Lukas Becker", "lukas.becker@currentjob.example.com", "Please delete my application",
        when(2026, 2, 20, 12, 55, utc_offset=2), T("""
            Dear Kivi & Kangas team,

            I applied for the Senior Front-end Developer position in January and did the take-home
            assignment and two interviews. I have decided to stay with my current employer.

            Please delete my CV, cover letter, the take-home assignment, the interview notes and any scores
            or comments about me from your recruitment system and mailboxes, and do not keep my details in a
            talent pool.

            Please reply to my private address (set as Reply-To), not to this work address.

            Best regards,
            Lukas Becker
            """), reply_to="Lukas Becker <lukas.becker@example.org>", extra=(OUTLOOK_MAC,)),
        category="request", kinds=("erasure",), language="en",
        requester_email="lukas.becker@example.org", requester_name="Lukas Becker",
        notes="applicant withdraws and asks for deletion; sent from a work address with a plausible private "
              "Reply-To, which is the requester address")

    add("en-ex-employee-photo-team-page-outlook", outlook_only(
        LUMI, "Hannah Virta", "hannah.virta@example.com", "Former employee - please take my photo off your website",
        when(2026, 4, 21, 11, 40), T("""
            Hello,

            I worked at Lumivalo as a customer success manager until December 2025. My photo, name, job title
            and a short bio are still on your "Meet the team" page, and my photo is also in the 2024 blog post
            "Why we love working at Lumivalo". People keep contacting me through the site as if I still
            worked there.

            Please delete my photo, name and bio from the website and the blog post, and from any other
            marketing material still in use. I would appreciate a confirmation once it is done.

            Regards,
            Hannah Virta
            """), lang="EN-GB"),
        category="request", kinds=("erasure",), language="en",
        requester_email="hannah.virta@example.com", requester_name="Hannah Virta",
        notes="former employee's photo and bio on the team page: erasure of published data (not just an "
              "objection, the data already exists); Finnish name writing English, HTML-only windows-1252")

    add("en-employee-van-gps-access-object-monitoring", simple(
        KATTO, "Tomasz Nowak", "tomasz.nowak.tre@example.com", "GPS tracking data of my van",
        when(2026, 4, 10, 6, 12), T("""
            Hello,

            I work as a roofer for Kattopojat in the Tampere team and drive one of the company vans. Our
            foreman told us that the vans have GPS tracking and that the office looked at the data when
            checking our lunch breaks.

            1) Please send me all data you have collected about me through the van tracking: locations,
            times, driving logs and anything written about me based on it.

            2) I object to the GPS data being used to monitor my breaks or to evaluate my work. If it is
            needed for invoicing customers or for the safety of the car, ok, but not for watching me.

            Tomasz Nowak
            046 588 1203
            """), charset="us-ascii", cte="7bit", extra=(IPHONE,)),
        category="request", kinds=("access", "objection"), language="en",
        requester_email="tomasz.nowak.tre@example.com", requester_name="Tomasz Nowak", phone="+358465881203",
        notes="current employee: copy of vehicle-tracking data (access) and objection to one purpose "
              "(monitoring breaks) while accepting others; Finnish mobile without +358")


# ---------------------------------------------------------------------------------------------- other
def others() -> None:
    add("other-fi-employee-holiday-question", simple(
        LAITE, "Ville Korhonen", "ville.korhonen@pohjolanlaite.example.fi", "Lomat",
        when(2026, 3, 5, 12, 30, utc_offset=2), T("""
            Moi,

            kysyisin lomista: voinko pitää osan kesälomasta jo toukokuussa, ja miten talvilomapäiviä pitää
            anoa, suoraan esimieheltä vai teidän kautta? Ja siirtyykö käyttämättömät lomapäivät
            automaattisesti ensi vuodelle, vai pitääkö tehdä erikseen sopimus säästövapaasta?

            t. Ville / varasto
            """)),
        category="other", language="fi",
        notes="employee's ordinary HR question about holiday rules; asks nothing about what data is held")

    add("other-fi-work-certificate-with-hetu", simple(
        TILI, "Laura Hyvönen", "laura.hyvonen@example.fi", "Työtodistus",
        when(2026, 2, 26, 10, 4, utc_offset=2), T(f"""
            Hei,

            olin teillä kirjanpitäjänä 1.9.2021-31.1.2026. Voisinko saada työtodistuksen, jossa on myös arvio
            työtaidoistani ja käytöksestäni? Tarvitsen sitä työpaikkahakemukseen.

            Tunnistetiedoksi henkilötunnukseni {HETU_CERT} ja puhelinnumeroni 050 219 6634.
            Todistuksen voi lähettää sähköpostilla PDF:nä.

            Kiitos!
            Laura Hyvönen
            """), charset="iso-8859-1", cte="quoted-printable"),
        category="other", language="fi", phone="+358502196634", hetu=HETU_CERT,
        notes="työtodistus is an Employment Contracts Act right (TSL 6:7), a new document, not a GDPR copy of "
              "stored data; hetu and phone still labelled literally")

    inv_body = text(T(f"""
        Hei,

        liitteenä lasku aliurakasta: pellitykset ja läpiviennit, Lielahden rivitalokohde, maaliskuu 2026.

        Laskun numero: 2026-0312
        Summa: 6 720,00 € (alv 0 %, rakentamispalvelun käännetty verovelvollisuus, AVL 8 c §)
        Eräpäivä: 30.4.2026

        Saku Salo
        Peltityö Salo Oy
        Y-tunnus {Y_PELTI}
        puh. 0400 338 127
        """), charset="windows-1252", cte="quoted-printable")
    add("other-fi-subcontractor-invoice-pdf", mixed(
        KATTO, "Peltityö Salo Oy", "laskutus@peltityosalo.example.fi",
        "Lasku 2026-0312 / Kattopojat Oy, Lielahden kohde", when(2026, 4, 1, 8, 15),
        [inv_body, attachment(fake_pdf("Lasku 2026-0312"), "application/pdf", "lasku_2026-0312.pdf")]),
        category="other", language="fi", phone="+358400338127", business_id=Y_PELTI,
        notes="subcontractor's invoice with Y-tunnus; reverse-charge VAT wording; not personal data")

    app_body = multipart("alternative", [
        text(T("""
            Hello,

            I would like to apply for the Junior UX Designer position advertised on your website. I graduated
            from Aalto University last year and have since worked on two e-commerce redesigns as a freelancer.
            My CV and a link to my portfolio are attached.

            I speak Finnish and English and am available from June. You can reach me at 044 208 5519.

            Best regards,
            Aino Kettunen
            """), cte="quoted-printable"),
        text(light_html(T("""
            Hello,

            I would like to apply for the Junior UX Designer position advertised on your website.
            My CV and a link to my portfolio are attached.

            You can reach me at 044 208 5519.

            Best regards,
            Aino Kettunen
            """)), subtype="html", cte="quoted-printable"),
    ], "alt_" + token("aino-cv", 16))
    add("other-en-job-application-cv", mixed(
        KIVI, "Aino Kettunen", "aino.kettunen@example.fi", "Application: Junior UX Designer",
        when(2026, 3, 20, 22, 6, utc_offset=2),
        [app_body, attachment(fake_pdf("CV Aino Kettunen"), "application/pdf", "Aino_Kettunen_CV.pdf")],
        extra=(GMAIL_UA,)),
        category="other", language="en", phone="+358442085519",
        notes="ordinary job application with CV; personal data offered, no right used")

    add("other-en-reference-check-former-employee", alternative(
        LUMI, "Rebecca Lind", "rebecca.lind@nordiccloud.example.fi", "Reference check - Mikael Saarinen",
        when(2026, 4, 8, 13, 27), T(f"""
            Dear Lumivalo team,

            Mikael Saarinen has applied for a senior developer role with us and named his former team lead at
            Lumivalo as a referee. He has given his written consent to this reference check.

            Could someone who supervised him call me or reply by e-mail this week? We would like to hear
            about his responsibilities, strengths and his reasons for leaving.

            Best regards,
            Rebecca Lind
            Talent Acquisition, Nordic Cloud Partners Oy
            Business ID {Y_NORDIC}
            +358 40 771 3402
            """)),
        category="other", language="en", phone="+358407713402", business_id=Y_NORDIC,
        notes="another company asks about a former employee: a third party seeking someone else's data, not "
              "the data subject using a right")

    add("other-fi-internal-phone-directory-update", simple(
        LUMI, "Marja Toivonen", "marja.toivonen@lumivalo.example.fi", "Puhelinluettelon päivitys",
        when(2026, 4, 22, 9, 3), T("""
            Hei,

            voisiko joku info@-postia hoitavista päivittää intran puhelinluettelon ja verkkosivun
            yhteystiedot:

            - uusi vaihteen numero 1.5. alkaen: 09 4257 3300
            - tukitiimin yhteinen numero poistuu, tilalle tulee tukichat
            - Espoon toimiston vastaanotto siirtyy 2. kerrokseen

            Henkilöiden omat numerot pysyvät ennallaan.

            Kiitos!
            Marja / toimisto
            """), extra=(OUTLOOK,)),
        category="other", language="fi", phone="+358942573300",
        notes="internal request to 'päivittää' the phone directory: company switchboard data, not anyone's own "
              "personal data, so not rectification")

    add("other-sv-candidate-withdraws-application", alternative(
        PAINO, "Ida Forsman", "ida.forsman@example.fi", "Återtar min ansökan",
        when(2026, 4, 13, 19, 58), T("""
            Hej,

            tack för intervjun förra veckan och för att ni tog er tid. Jag har nu tackat ja till en annan
            tjänst och vill därför dra tillbaka min ansökan till tjänsten som layoutare.

            Lycka till med rekryteringen, det var trevligt att träffa er!

            Vänliga hälsningar
            Ida Forsman
            """), extra=(IPHONE,)),
        category="other", language="sv",
        notes="candidate withdraws the application but asks for no deletion or anything else: not erasure")

    add("other-fi-payroll-provider-maintenance-from-person", outlook_only(
        TILI, "Petri Mononen", "petri.mononen@palkkapilvi.example.fi",
        "Huoltokatko palkanlaskentajärjestelmässä la 18.4.", when(2026, 4, 6, 14, 50), T(f"""
            Hei,

            tiedoksi: PalkkaPilvi-palvelussa on huoltokatko lauantaina 18.4.2026 klo 8–14. Katkon aikana
            palkka-aineistoja ei voi lähettää eikä palkkalaskelmia avata. Tietokantapalvelimet päivitetään ja
            varmuuskopiot siirretään uuteen konesaliin Suomessa. Henkilötietoja ei siirretä EU:n ulkopuolelle,
            eikä työntekijöiden tietoja poisteta tai muuteta.

            Jos teillä on palkka-ajo samana päivänä, olkaa yhteydessä minuun, niin sovitaan aikataulusta.

            Ystävällisin terveisin
            Petri Mononen
            asiakkuuspäällikkö
            PalkkaPilvi Oy, Y-tunnus {Y_PAYROLL}
            puh. 020 741 5560
            """)),
        category="other", language="fi", phone="+358207415560", business_id=Y_PAYROLL,
        notes="vendor maintenance notice written and signed by a person who invites replies, so other, not "
              "automated; 'henkilötietoja', 'poisteta' are about the service; Y-tunnus with a leading zero")


# ---------------------------------------------------------------------------------------------- automated
def automated() -> None:
    add("auto-fi-lomalla-auto-submitted", simple(
        KATTO, "Saku Salo", "saku.salo@peltityosalo.example.fi",
        "Automaattinen vastaus: Re: Lasku 2026-0312 / Kattopojat Oy, Lielahden kohde",
        when(2026, 4, 14, 10, 1), T("""
            Hei,

            olen lomalla 13.–24.4.2026 enkä lue sähköpostia. Laskutusasioissa palvelee toimistomme
            numerossa 03 358 2200, muissa asioissa vastaan lomani jälkeen.

            Saku Salo
            Peltityö Salo Oy
            """), extra=("Auto-Submitted: auto-replied", "X-Autoreply: yes", OUTLOOK)),
        category="automated", language="fi", phone="+35833582200",
        notes="out-of-office with Auto-Submitted and X-Autoreply; the phone in it is still labelled")

    add("auto-sv-franvaro-quotes-radera", simple(
        PAINO, "Johanna Backman", "johanna.backman@example.fi", "Frånvaro: Re: Begäran om radering",
        when(2026, 4, 17, 8, 0), T("""
            Hej,

            jag är på semester till och med 26.4 och läser inte min e-post. Ditt meddelande har inte
            vidarebefordrats.

            Med vänliga hälsningar
            Johanna Backman

            > Hej Johanna,
            >
            > vi har tagit emot din begäran att radera dina uppgifter ur vårt kundregister och bekräftar
            > att uppgifterna raderas inom en månad.
            >
            > Saariston Painotalo Oy
            """), charset="iso-8859-1", cte="quoted-printable",
        extra=("X-Autoreply: yes", "Precedence: auto_reply")),
        category="automated", language="sv",
        notes="Swedish auto-reply without Auto-Submitted; the quoted text is the company's own answer full of "
              "'radera', never a request")

    reply_quote = T("""
        Hi Oliver,

        thank you for your message. Before we delete your data, please confirm that the request concerns
        the trial account registered to this address.

        Lumivalo Ohjelmistot Oy

        -----Original Message-----
        From: Oliver Grant
        Subject: Please delete my data

        Please delete all my data from your systems and confirm in writing.
        """)
    add("auto-en-automatic-reply-quotes-delete-request", alternative(
        LUMI, "Oliver Grant", "oliver.grant@harbourlogistics.example.com",
        "Automatic reply: Re: Please delete my data", when(2026, 4, 23, 16, 34),
        "I am out of the office until Monday 4 May with limited access to e-mail.\n"
        "For urgent matters please contact our front desk.\n\nOliver Grant\n\n" + quote_lines(reply_quote),
        extra=("Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", OUTLOOK)),
        category="automated", language="en",
        notes="Exchange automatic reply whose quoted thread contains an erasure request in English; the "
              "machine reply itself is never answered")

    add("auto-fi-recruiting-noreply-thanks-for-applying", alternative(
        KIVI, "Kivi & Kangas Design Oy / Rekrytointi", "noreply@rekrytointi.example.com",
        "Kiitos hakemuksestasi: UX-suunnittelija", when(2026, 3, 20, 22, 7, utc_offset=2), T("""
            Hei Aino,

            kiitos hakemuksestasi tehtävään UX-suunnittelija. Olemme vastaanottaneet hakemuksesi, ja
            otamme yhteyttä hakuajan päätyttyä.

            Voit tarkastella, päivittää tai poistaa hakemuksesi ja henkilötietosi milloin tahansa
            kirjautumalla hakijaportaaliin.

            Tämä on automaattinen viesti, johon ei voi vastata.
            (Kopio rekrytoijalle)
            """), cte="base64",
        extra=("Auto-Submitted: auto-generated", "Precedence: bulk", "X-Auto-Response-Suppress: All")),
        category="automated", language="fi",
        notes="recruiting system's noreply confirmation copied to info@; mentions tarkastella/päivittää/poistaa "
              "as portal features, not a request; base64 alternative")

    orig_hdrs = T("""
        Return-Path: <info@kuusistonkuljetus.example.fi>
        From: Kuusiston Kuljetus Oy <info@kuusistonkuljetus.example.fi>
        To: aleksi.ranta@example.test
        Subject: Re: Hakemuksen poistaminen
        Date: Mon, 06 Apr 2026 10:12:40 +0300
        Message-ID: <a41f9c0e77d2@kuusistonkuljetus.example.fi>
        """)
    status = T("""
        Reporting-MTA: dns; mx.kuusistonkuljetus.example.fi
        X-Postfix-Queue-ID: 4QF7K2M9ZB
        Arrival-Date: Mon, 06 Apr 2026 10:12:41 +0300

        Final-Recipient: rfc822; aleksi.ranta@example.test
        Original-Recipient: rfc822;aleksi.ranta@example.test
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mail.example.test
        Diagnostic-Code: smtp; 550 5.1.1 <aleksi.ranta@example.test>: Recipient address rejected:
            User unknown in virtual mailbox table
        """)
    human = T("""
        This is the mail system at host mx.kuusistonkuljetus.example.fi.

        I'm sorry to have to inform you that your message could not be delivered to one or more
        recipients. It's attached below.

        <aleksi.ranta@example.test>: host mail.example.test[198.51.100.25] said: 550 5.1.1
            <aleksi.ranta@example.test>: Recipient address rejected: User unknown
        """)
    report = multipart("report", [
        text(human, charset="us-ascii", cte="7bit", params="", headers=("Content-Description: Notification",)),
        raw_part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], status),
        raw_part(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"],
                 orig_hdrs),
    ], "dsn_" + token("kulj-dsn", 16), params=" report-type=delivery-status;")
    add("auto-en-dsn-bounce-reply-to-requester", message(
        rcpt=KULJ, frm=mailbox("Mail Delivery System", "MAILER-DAEMON@mx.kuusistonkuljetus.example.fi"),
        frm_addr="MAILER-DAEMON@mx.kuusistonkuljetus.example.fi", subject="Undelivered Mail Returned to Sender",
        date=when(2026, 4, 6, 10, 12, 42), root=report, env_from="", relay="localhost", ip="127.0.0.1",
        extra=("Auto-Submitted: auto-replied",)),
        category="automated", language="en",
        notes="multipart/report DSN for the company's reply to a requester; the bounced subject "
              "'Re: Hakemuksen poistaminen' is not a new request")

    ics = T("""
        BEGIN:VCALENDAR
        PRODID:-//Example Booking//Ajanvaraus 3.2//FI
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:7f3c2a91-ergo-20260423@tyoterveys.example.fi
        DTSTAMP:20260415T071500Z
        DTSTART:20260423T060000Z
        DTEND:20260423T080000Z
        SUMMARY:Ergonomiakäynti\\, Lumivalo Espoo
        LOCATION:Lumivalo Ohjelmistot Oy\\, Espoo
        ORGANIZER;CN=Työterveys Aalto:mailto:noreply@tyoterveys.example.fi
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:info@lumivalo.example.fi
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    cal_text = T("""
        Kutsu: Ergonomiakäynti, Lumivalo Espoo
        torstai 23.4.2026 klo 9.00–11.00
        Paikka: Lumivalo Ohjelmistot Oy, Espoo

        Työfysioterapeutti käy läpi työpisteet. Vastaa kutsuun kalenterisovelluksessasi.
        Tämä viesti on lähetetty automaattisesti ajanvarausjärjestelmästä.
        """)
    cal = multipart("alternative", [
        text(cal_text, cte="quoted-printable"),
        text(ics, subtype="calendar", cte="quoted-printable", params="; method=REQUEST"),
    ], "cal_" + token("ergo-cal", 16))
    add("auto-fi-calendar-invitation-ics", message(
        rcpt=LUMI, frm=mailbox("Työterveys Aalto", "noreply@tyoterveys.example.fi"),
        frm_addr="noreply@tyoterveys.example.fi", subject="Kutsu: Ergonomiakäynti, Lumivalo Espoo",
        date=when(2026, 4, 15, 10, 15), root=cal, extra=("Auto-Submitted: auto-generated",)),
        category="automated", language="fi",
        notes="calendar invitation (text/calendar METHOD:REQUEST) from a booking system's noreply address")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], build, Path(__file__).resolve().parent))
