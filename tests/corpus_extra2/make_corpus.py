#!/usr/bin/env python3
"""Generate a second independent, labelled corpus (corpus_extra2) for the dsarbot classifier.

Writes raw RFC 5322 messages (NNN-slug.eml) and labels.jsonl into this folder, following the label schema
and conventions of ../../../shared/corpus/README.md, then validates the result and prints counts.

Written by a different author from the development corpus and from tests/corpus_extra: other tones and
structures (formal letters citing articles, one-liners, long rambling complaints, lists, thread replies with
Outlook "Lähettäjä:/Lähetetty:" and Swedish "Från:/Skickat:" quote headers, requests after small talk,
requests for a family member, internal forwards, HTML-only forms with tables, mobile signatures).  The MIME helpers and the validator are shared (tests/corpus_kit.py); the mail texts are new.
Everything is invented; mail domains are under example.fi / example.com / example.se / example.org / .test;
IP addresses come from the documentation ranges.

Run:  python3 make_corpus.py          (rewrite the corpus and validate)
      python3 make_corpus.py --check  (only validate what is on disk)

Standard library only.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_kit import *


# ---------------------------------------------------------------------------
# the corpus
# ---------------------------------------------------------------------------
def build() -> None:
    # ---------------------------------------------------------------- requests, Finnish
    h1 = new_hetu("140362", "-", "247")
    y1 = new_ytunnus("2876543")
    body = T(f"""
        Järvisen Tilitoimisto Oy
        rekisterinpitäjä

        ASIA: Rekisteröidyn oikeus saada pääsy henkilötietoihin
        (Euroopan parlamentin ja neuvoston asetus (EU) 2016/679, 15 artikla)

        Pyydän, että toimitatte minulle tietosuoja-asetuksen 15 artiklan nojalla
          1) vahvistuksen siitä, käsitelläänkö minua koskevia henkilötietoja,
          2) jäljennöksen käsiteltävistä henkilötiedoistani (15 artiklan 3 kohta),
          3) tiedot käsittelyn tarkoituksista, henkilötietoryhmistä, vastaanottajista
             sekä siitä, kuinka kauan tietoja säilytetään,
          4) tiedon siitä, mistä tiedot on saatu, jos niitä ei ole kerätty minulta.

        Toimin asiakkaananne vuosina 2019-2023 toiminimellä Hiltusen Käsityö
        (Y-tunnus {y1}). Tunnistamisen helpottamiseksi ilmoitan henkilötunnukseni
        {h1}.

        Pyydän vastausta 12 artiklan 3 kohdan mukaisessa määräajassa, viimeistään
        kuukauden kuluessa tämän kirjeen vastaanottamisesta. Vastauksen voi
        toimittaa sähköisesti tähän osoitteeseen.

        Kuopiossa 3.2.2026

        Marjatta Hiltunen
        Puijonkatu 14 B 9, 70100 Kuopio
        puh. 044 712 3390
        """)
    add("fi-access-formal-letter-art15-hetu-ytunnus",
        message(rcpt=TILI, frm=mailbox("Marjatta Hiltunen", "marjatta.hiltunen@example.fi"),
                frm_addr="marjatta.hiltunen@example.fi", subject="Tietopyyntö / 15 artikla",
                date=when(2026, 2, 3, 9, 14, utc_offset=2), extra=[TB],
                root=text(body, cte="quoted-printable", params="; format=flowed")),
        category="request", kinds=["access"], language="fi", requester_email="marjatta.hiltunen@example.fi",
        requester_name="Marjatta Hiltunen", phone="+358447123390", hetu=h1, business_id=y1,
        notes="Formal legal letter with numbered Art. 15 items; sole trader's Y-tunnus and hetu both given.")

    body = T(f"""
        heippa, haluun et mun tiedot poistetaan teiltä kokonaan. en oo enää asiakas eikä tuu

        {SAMSUNG_FI}
        """)
    add("fi-erasure-android-oneliner",
        message(rcpt=KATTO, frm=mailbox("Tero Vainio", "tero.vainio77@example.com"),
                frm_addr="tero.vainio77@example.com", subject="tiedot", date=when(2026, 3, 8, 22, 41, utc_offset=2),
                extra=[ANDROID_UA], root=text(body)),
        category="request", kinds=["erasure"], language="fi", requester_email="tero.vainio77@example.com",
        requester_name="Tero Vainio",
        notes="One colloquial line with passive 'poistetaan'; name only in the display name; Android signature.")

    body = T("""
        Moi Jarmo ja muut,

        kiitos vielä viime kesän remontista, katto on pitänyt hyvin ja naapurikin
        kehui peltiä. Syksyn myrskyt menivät ilman mitään ongelmia.

        Yksi juttu kuitenkin: teiltä tulee nykyään melkein joka viikko sähköpostia
        ja kerran tuli kirjekin kampanjoista ja huoltopaketeista. En tarvitse niitä,
        joten ottakaa minut pois kaikista mainos- ja tarjousjakeluista. Jos katolle
        tulee jotain, soitan itse.

        Hyvää joulun odotusta!
        Reijo Kauppinen
        0500 318 442
        """)
    add("fi-objection-after-small-talk",
        message(rcpt=KATTO, frm=mailbox("Reijo Kauppinen", "reijo.kauppinen@example.fi"),
                frm_addr="reijo.kauppinen@example.fi", subject="Terveiset ja yksi asia",
                date=when(2026, 11, 30, 18, 2, utc_offset=2), extra=[TB],
                root=text(body, params="; format=flowed")),
        category="request", kinds=["objection"], language="fi", requester_email="reijo.kauppinen@example.fi",
        requester_name="Reijo Kauppinen", phone="+358500318442",
        notes="Marketing opt-out in the second paragraph after thanks and small talk; 0500 mobile.")

    body = T("""
        Hei
        Teiltä soitettiin mulle eilen myyntipuhelu numeroon 045 118 2290. En ole koskaan ollut teidän asiakas. Mistä olette saaneet numeroni ja mitä muuta minusta on teillä tallessa? Ja älkää soittako enää.

        Sanna

        Lähetetty iPhonesta
        """)
    add("fi-access-objection-where-did-you-get-my-number",
        message(rcpt=LAITE, frm=mailbox("Sanna Väisänen", "sanna.vaisanen@example.org"),
                frm_addr="sanna.vaisanen@example.org", subject="Puhelu eilen",
                date=when(2026, 4, 15, 7, 55), extra=[IPHONE], root=text(body, cte="quoted-printable")),
        category="request", kinds=["access", "objection"], language="fi", requester_email="sanna.vaisanen@example.org",
        requester_name="Sanna Väisänen", phone="+358451182290",
        notes="'Where did you get my number' + what else you hold = access; 'don't call again' = objection.")

    reply = T("""
        Hei,

        en hyväksy tätä laskua. Kirjanpitosopimuksemme päättyi jo joulukuussa, enkä ole tilannut teiltä mitään vuodelle 2026. Olen jättänyt asiasta reklamaation ja se on nyt selvitettävänä.

        Siihen asti kunnes tämä on ratkaistu: älkää poistako tietojani, koska niitä voidaan tarvita selvittelyssä, mutta lopettakaa niiden käyttö toistaiseksi kaikkeen muuhun. Tietojani ei myöskään saa luovuttaa perintätoimistolle.

        Pekka Rautio
        Rautio Konsultointi
        p. 040 650 7781

        Lähettäjä: Järvisen Tilitoimisto Oy <info@jarvisentilit.example.fi>
        Lähetetty: maanantai 12. tammikuuta 2026 9.03
        Vastaanottaja: Pekka Rautio <pekka.rautio@rautiokonsultointi.test>
        Aihe: Maksumuistutus, lasku 26-0041

        Hyvä asiakas,

        laskunne 26-0041 (kirjanpitopalvelut tammikuu 2026, 312,00 €) on erääntynyt 5.1.2026. Pyydämme maksamaan laskun viipymättä. Mikäli maksua ei suoriteta 14 vuorokauden kuluessa, siirrämme saatavan perintään.

        Ystävällisin terveisin
        Järvisen Tilitoimisto Oy
        """)
    add("fi-restriction-thread-reply-outlook-lahettaja",
        message(rcpt=TILI, frm=mailbox("Pekka Rautio", "pekka.rautio@rautiokonsultointi.test"),
                frm_addr="pekka.rautio@rautiokonsultointi.test", subject="VS: Maksumuistutus, lasku 26-0041",
                date=when(2026, 1, 13, 11, 20, utc_offset=2),
                extra=[OUTLOOK, "In-Reply-To: <a81f22c0e1@jarvisentilit.example.fi>",
                       "References: <a81f22c0e1@jarvisentilit.example.fi>", "Thread-Topic: Maksumuistutus, lasku 26-0041"],
                root=multipart("alternative", [
                    text(reply, charset="windows-1252", cte="quoted-printable"),
                    text(outlook_html(reply, "windows-1252"), "html", charset="windows-1252", cte="quoted-printable"),
                ], boundary="_000_HE1PR0701MB" + token("rautio", 10) + "_")),
        category="request", kinds=["restriction"], language="fi", requester_email="pekka.rautio@rautiokonsultointi.test",
        requester_name="Pekka Rautio", phone="+358406507781",
        notes="'Älkää poistako mutta lopettakaa käyttö' during an invoice dispute = restriction; quotes our reminder under Outlook Lähettäjä/Lähetetty header; cp1252.")

    body = T("""
        Hei Lumivalo,

        tilini tiedoissa on useampi vanhentunut kohta. Voisitteko korjata seuraavat:

        - sukunimi: Mustonen -> Lappalainen (menin naimisiin kesällä)
        - osoite: Kauppakatu 3 A 5 -> Väinönkatu 22 C 14, 40100 Jyväskylä
        - puhelinnumero: uusi numero on 050 442 9061, vanha ei ole enää käytössä
        - laskutussähköposti: henna.lappalainen@example.fi (ei enää se vanha)

        Kiitos!
        Henna Lappalainen
        """)
    add("fi-rectification-bullet-list",
        message(rcpt=LUMI, frm=mailbox("Henna Lappalainen", "henna.lappalainen@example.fi"),
                frm_addr="henna.lappalainen@example.fi", subject="Tietojen päivitys",
                date=when(2026, 9, 2, 13, 37), extra=[TB], root=text(body)),
        category="request", kinds=["rectification"], language="fi", requester_email="henna.lappalainen@example.fi",
        requester_name="Henna Lappalainen", phone="+358504429061",
        notes="Bulleted list of corrections (surname, address, phone, e-mail) with arrows; the new phone is the requester's.")

    body = T("""
        Hei,

        kirjoitan isäni Aarne Niskasen puolesta. Hän on 89-vuotias eikä käytä sähköpostia. Isä vuokrasi teiltä aikoinaan halkomakoneen, ja nyt hänelle tulee edelleen asiakaskirjeitä ja mainoksia.

        Hän toivoo, että kaikki hänen tietonsa poistetaan asiakasrekisteristänne, koska vuokraamista ei enää tule. Voin tarvittaessa toimittaa valtakirjan.

        Osoite on Kirkkotie 7, 91900 Liminka, jos sillä löytyy.

        Terveisin
        Outi Niskanen
        p. 040 229 8815
        """)
    add("fi-erasure-on-behalf-of-father",
        message(rcpt=LAITE, frm=mailbox("Outi Niskanen", "outi.niskanen@example.com"),
                frm_addr="outi.niskanen@example.com", subject="Isäni tiedot",
                date=when(2026, 5, 19, 10, 5),
                root=text(body, charset="iso-8859-1", cte="quoted-printable")),
        category="request", kinds=["erasure"], language="fi", requester_email="outi.niskanen@example.com",
        requester_name="Outi Niskanen", phone="+358402298815",
        notes="Daughter asks erasure for her elderly father (third-person 'hänen tietonsa poistetaan'); writer is the requester; latin-1 QP.")

    body = T("""
        Hei

        nyt on kyllä mitta täynnä. Tilasin teiltä keväällä arviokäynnin kattoremontista ja sen jälkeen teiltä on soitettu mulle ainakin kuus kertaa, tullut tekstareita ja sähköposteja ja kerran joku myyjä tuli jopa ovelle kysymään oltaisko jo tehty päätös. Sanoin jo huhtikuussa puhelimessa ettei meillä ole nyt rahaa kattoon ja että ottakaa yhteyttä ens vuonna JOS me päätetään tehdä se. Silti taas viime viikolla soitettiin ja myyjä oli vielä töykeä.

        Ja sitten se tarjous jonka lähetitte oli osoitettu mun appiukolle vaikka hän ei edes asu tässä talossa. mistä te ootte senkin nimen saaneet?? En ole kertonut häntä teille koskaan.

        Mä haluan nyt tietää ihan kaikki mitä te ootte musta tallentanu, puhelut, muistiinpanot mitä myyjä on kirjottanut, kaikki. Ja kun oon saanut ne niin sen jälkeen poistakaa ne kaikki teidän järjestelmistä.

        Tää on kyllä ollut aikamoinen kokemus, en suosittele teitä kenellekään enkä aio ottaa tarjousta vaikka se olis puolet halvempi.

        Mikko Järvelä
        Hervanta, Tampere
        """)
    add("fi-access-erasure-long-rambling-complaint",
        message(rcpt=KATTO, frm=mailbox("Mikko J", "mikko.jarvela@example.com"),
                frm_addr="mikko.jarvela@example.com", subject="Valitus",
                date=when(2026, 6, 1, 23, 12), root=text(body, params="; format=flowed")),
        category="request", kinds=["access", "erasure"], language="fi", requester_email="mikko.jarvela@example.com",
        requester_name="Mikko Järvelä",
        notes="Long angry complaint with typos; the access-then-erase request sits in the third paragraph.")

    fw = T("""
        Moi,

        tää tuli mun suoraan osoitteeseen, en tiedä kenelle kuuluu. Voiko joku info-tiimistä hoitaa?

        Kati

        Kati Rinne | Asiakkuuspäällikkö
        Lumivalo Ohjelmistot Oy
        +358 40 555 0192
        """)
    orig = T("""
        Hei Kati,

        lopetamme Lumivalon käytön maaliskuun lopussa ja siirrymme toiseen työnhallintaohjelmaan. Tarvitsen kaikki tunnukselleni tallennetut tiedot (työmääräimet, asiakaskäynnit, tuntikirjaukset) sellaisessa muodossa, että ne saa luettua toiseen järjestelmään, esim. CSV tai JSON. Jos mahdollista, lähettäkää ne suoraan uudelle toimittajalle, yhteystieto tulee myöhemmin.

        Kiitos,
        Juho Tervonen
        Tervosen Putki
        """)
    body = outlook_inline_forward(fw, [
        "Lähettäjä: Juho Tervonen <juho@tervosenputki.test>",
        "Lähetetty: torstai 5. helmikuuta 2026 16.48",
        "Vastaanottaja: Kati Rinne <kati.rinne@lumivalo.example.fi>",
        "Aihe: Datat ulos"], orig)
    add("fi-portability-internal-forward-outlook-vl",
        message(rcpt=LUMI, frm=mailbox("Kati Rinne", "kati.rinne@lumivalo.example.fi"),
                frm_addr="kati.rinne@lumivalo.example.fi", subject="VL: Datat ulos",
                date=when(2026, 2, 6, 8, 30, utc_offset=2), relay="ws-kati.lumivalo.example.fi", ip="10.30.0.44",
                extra=[OUTLOOK], root=text(body, cte="quoted-printable")),
        category="request", kinds=["portability"], language="fi", requester_email="juho@tervosenputki.test",
        requester_name="Juho Tervonen",
        notes="Employee's inline Outlook 'VL:' forward; requester is the original sender; export to CSV/JSON and transfer to a new vendor; employee's phone ignored.")

    rows = [("Nimi", "Aleksi Huttunen"), ("Sähköposti", "aleksi.huttunen@example.org"),
            ("Puhelin", "041 733 5012"), ("Aihe", "Tietosuoja"),
            ("Viesti", "Uutiskirjeenne tulee yhä vanhalla nimelläni Aleksi Hyvönen ja vanhaan "
                       "työosoitteeseeni. Päivittäkää nimi ja osoite oikeiksi, uutiskirje saa tulla jatkossakin.")]
    cells = "\n".join(f'<tr><td style="padding:4px;font-weight:bold">{html.escape(k)}</td>'
                      f'<td style="padding:4px">{html.escape(v)}</td></tr>' for k, v in rows)
    page = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="font-family:Arial">\n'
            "<p>Uusi yhteydenotto verkkosivujen lomakkeelta (kivikangas.example.fi/yhteys):</p>\n"
            '<table border="1" cellspacing="0" style="border-collapse:collapse">\n' + cells + "\n</table>\n"
            "<p style=\"color:#888\">Lähetetty 14.10.2026 klo 21.07 &middot; IP 203.0.113.58</p>\n</body></html>\n")
    add("fi-rectification-webform-html-table",
        message(rcpt=KIVI, frm=mailbox("Kivi & Kangas verkkosivut", "no-reply@kivikangas.example.fi"),
                frm_addr="no-reply@kivikangas.example.fi", subject="Uusi yhteydenotto: Tietosuoja",
                date=when(2026, 10, 14, 21, 7), relay="web1.kivikangas.example.fi", ip="192.0.2.80",
                root=text(page, "html", cte="quoted-printable")),
        category="request", kinds=["rectification"], language="fi", requester_email="aleksi.huttunen@example.org",
        requester_name="Aleksi Huttunen", phone="+358417335012",
        notes="HTML-only web form with a table, from no-reply without Reply-To; name/address correction while keeping the newsletter.")

    body = T("""
        Ei kiitos. Lopettakaa nää mainokset mulle.

        Lähetetty iPhonesta

        > 1.12.2026 kello 8.00, Saariston Painotalo <info@saaristonpaino.example.fi> kirjoitti:
        >
        > JOULUKAMPANJA: -20 % käyntikorteista ja joulukorteista 15.12. asti!
        > Tilaa verkkokaupasta koodilla JOULU26.
        """)
    add("fi-objection-iphone-reply-to-campaign",
        message(rcpt=PAINO, frm=mailbox("Minna Koivisto", "minna.koivisto@example.fi"),
                frm_addr="minna.koivisto@example.fi", subject="Re: Joulukampanja: -20 % käyntikorteista",
                date=when(2026, 12, 1, 9, 12, utc_offset=2), extra=[IPHONE, "In-Reply-To: <kampanja-2612@saaristonpaino.example.fi>"],
                root=text(body, cte="quoted-printable")),
        category="request", kinds=["objection"], language="fi", requester_email="minna.koivisto@example.fi",
        requester_name="Minna Koivisto",
        notes="Two-sentence iPhone reply to a campaign mail; 'lopettakaa mainokset' = objection; quoted campaign text.")

    body = T("""
        Hei,

        olin kolme vuotta sitten työnhakijana teillä (graafikon paikka) ja kävin haastattelussa. Pyydän saada nähtäväkseni ne minua koskevat tiedot, joita teillä mahdollisesti edelleen on: hakemus, haastattelumuistiinpanot ja mahdolliset arviot. Kertokaa samalla, kuinka kauan niitä aiotte säilyttää.

        Vastatkaa mieluummin yksityisosoitteeseeni, koska tämä työosoite poistuu käytöstä.

        Jussi Laaksonen
        """)
    add("fi-access-applicant-reply-to-private",
        message(rcpt=KIVI, frm=mailbox("Jussi Laaksonen", "jussi.laaksonen@konepajalaaksonen.test"),
                frm_addr="jussi.laaksonen@konepajalaaksonen.test", reply_to="jussi.laaksonen.koti@example.com",
                subject="Hakemukseni tiedot", date=when(2026, 8, 20, 15, 49), extra=[OUTLOOK],
                root=text(body, charset="iso-8859-1", cte="8bit")),
        category="request", kinds=["access"], language="fi", requester_email="jussi.laaksonen.koti@example.com",
        requester_name="Jussi Laaksonen",
        notes="'Pyydän saada nähtäväkseni' without legal words; Reply-To to a private address; latin-1 8bit.")

    h2 = new_hetu("150388", "Y", "214")
    body = T(f"""
        Hei,

        lähetin teille toukokuussa avoimen hakemuksen kattoasentajan harjoittelupaikkaa varten. Olen sittemmin saanut paikan muualta, joten hakemustani ei enää tarvita. Hävittäkää hakemus, CV ja niihin liittyvät tiedot, joissa on myös henkilötunnukseni {h2}.

        Kuittaus riittää vastaukseksi.

        Noora Salo
        """)
    add("fi-erasure-applicant-havittakaa-hetu-y",
        message(rcpt=KATTO, frm=mailbox("Noora Salo", "noora.salo@example.com"),
                frm_addr="noora.salo@example.com", subject="Avoin hakemus", date=when(2026, 9, 28, 12, 0),
                extra=[GMAIL_UA], root=multipart("alternative", [
                    text(body, cte="quoted-printable"), text(light_html(body), "html", cte="quoted-printable")],
                    boundary="000000000000" + token("salo", 12))),
        category="request", kinds=["erasure"], language="fi", requester_email="noora.salo@example.com",
        requester_name="Noora Salo", hetu=h2,
        notes="Erasure with the unusual verb 'hävittäkää'; hetu with the 2023 century sign Y (1900s).")

    h3 = new_hetu("070402", "C", "318")
    body = T(f"""
        Moi!
        Mul on teidän appissa account jota en käytä enää. Voisko sen deletoida kokonaan, ihan kaikki datat mukaan lukien? Käyttäjänimi eetu_k ja rekisteröidyin tällä mailil. Jos tarvii jotain tunnistusta niin hetu on {h3.lower()} (en tiiä tarviiks).

        thx, Eetu
        """)
    add("fi-erasure-finglish-deletoida-hetu-c-lower",
        message(rcpt=LUMI, frm=mailbox("Eetu Kallio", "eetu.kallio@example.org"),
                frm_addr="eetu.kallio@example.org", subject="account pois", date=when(2026, 7, 4, 2, 17),
                root=text(body, cte="base64")),
        category="request", kinds=["erasure"], language="fi", requester_email="eetu.kallio@example.org",
        requester_name="Eetu Kallio", hetu=h3,
        notes="Finnish-English slang ('deletoida', 'account', 'datat'); lower-case hetu with 2023 sign C; base64.")

    # ---------------------------------------------------------------- requests, Swedish
    h4 = new_hetu("220601", "A", "386")
    body = T(f"""
        Hej,

        jag fick förra veckan ett brev från er med erbjudande om bröllopstryck, adresserat till mig med namn. Jag har aldrig varit kund hos er.

        Jag vill därför veta vilka uppgifter om mig ni har i era register, varifrån ni har fått dem och om ni har lämnat dem vidare till någon. För identifiering: min personbeteckning är {h4}.

        Med vänlig hälsning
        Ulrika Blomqvist
        Pargas
        """)
    add("sv-fi-access-source-personbeteckning",
        message(rcpt=PAINO, frm=mailbox("Ulrika Blomqvist", "ulrika.blomqvist@example.fi"),
                frm_addr="ulrika.blomqvist@example.fi", subject="Brev om bröllopstryck",
                date=when(2026, 3, 11, 17, 30, utc_offset=2),
                root=text(body, charset="iso-8859-1", cte="quoted-printable")),
        category="request", kinds=["access"], language="sv", requester_email="ulrika.blomqvist@example.fi",
        requester_name="Ulrika Blomqvist", hetu=h4,
        notes="Finland-Swedish: which data, where from, passed on to whom = access; personbeteckning with sign A; latin-1.")

    body = T("""
        Hej! Ta bort mitt konto och allt ni sparat om mig. Mvh Johan

        Skickat från min iPhone
        """)
    add("sv-se-erasure-iphone-oneliner",
        message(rcpt=KIVI, frm=mailbox("Johan Ek", "johan.ek@example.se"), frm_addr="johan.ek@example.se",
                subject="Mitt konto", date=when(2026, 5, 2, 20, 3), extra=[IPHONE], root=text(body)),
        category="request", kinds=["erasure"], language="sv", requester_email="johan.ek@example.se",
        requester_name="Johan Ek",
        notes="Sweden-Swedish one-liner 'ta bort mitt konto och allt ni sparat'; full name only in the display name.")

    reply = T("""
        Hej,

        jag vill inte längre få era nyhetsbrev eller erbjudanden, varken till den här adressen eller per post. Tack!

        Karin Holm
        Skärgårdsbageriet Ab
        tfn 02 458 1190

        Från: Saariston Painotalo Oy <info@saaristonpaino.example.fi>
        Skickat: den 4 november 2026 08:00
        Till: karin.holm@skargardsbageri.test
        Ämne: Höstens erbjudanden från Saariston Painotalo

        Hej!

        Nu får du 15 % rabatt på visitkort och broschyrer till slutet av november. Beställ i vår webbutik eller ring oss.

        Med vänliga hälsningar
        Saariston Painotalo Oy
        """)
    add("sv-objection-outlook-reply-fran-skickat",
        message(rcpt=PAINO, frm=mailbox("Karin Holm", "karin.holm@skargardsbageri.test"),
                frm_addr="karin.holm@skargardsbageri.test", subject="SV: Höstens erbjudanden från Saariston Painotalo",
                date=when(2026, 11, 4, 10, 26, utc_offset=2), extra=[OUTLOOK, "Content-Language: sv-FI"],
                root=multipart("alternative", [
                    text(reply, charset="windows-1252", cte="quoted-printable"),
                    text(outlook_html(reply, "windows-1252", "SV"), "html", charset="windows-1252",
                         cte="quoted-printable")], boundary="_000_DB7PR02MB" + token("holm", 10) + "_")),
        category="request", kinds=["objection"], language="sv", requester_email="karin.holm@skargardsbageri.test",
        requester_name="Karin Holm", phone="+35824581190",
        notes="Marketing opt-out by a B2B contact, replying above a quoted newsletter under Swedish Outlook Från/Skickat header.")

    body = T("""
        Hej,

        jag skriver för min mammas räkning, Gunnel Forsström, som har beställt julkort hos er i många år. Hon flyttade till servicehuset i Pargas i oktober men posten går fortfarande till den gamla adressen i Nagu.

        Kunde ni korrigera hennes adress till Strandvägen 4 B 12, 21600 Pargas?

        Tack på förhand,
        Mikael Forsström
        """)
    add("sv-fi-rectification-on-behalf-of-mother",
        message(rcpt=PAINO, frm=mailbox("Mikael Forsström", "mikael.forsstrom@example.fi"),
                frm_addr="mikael.forsstrom@example.fi", subject="Adressändring", date=when(2026, 11, 12, 14, 44, utc_offset=2),
                extra=[TB], root=text(body, params="; format=flowed")),
        category="request", kinds=["rectification"], language="sv", requester_email="mikael.forsstrom@example.fi",
        requester_name="Mikael Forsström",
        notes="Son asks to correct his mother's address ('korrigera', not 'rätta'); the writer is the requester.")

    body = T("""
        Hej,

        enligt er faktura har jag hyrt en kompressor i sex veckor, men jag lämnade tillbaka den efter två. Jag har reklamerat fakturan men ingen har svarat.

        Tills ärendet är utrett vill jag att ni inte använder mina personuppgifter till något annat än att utreda det – skicka dem inte till inkasso och gör ingen kreditupplysning. Radera dem inte heller, jag behöver dem som bevis.

        Med vänliga hälsningar
        Sebastian Lind
        070-123 45 67
        """)
    add("sv-se-restriction-html-only-cp1252",
        message(rcpt=LAITE, frm=mailbox("Sebastian Lind", "sebastian.lind@example.se"),
                frm_addr="sebastian.lind@example.se", subject="Reklamation faktura 88213",
                date=when(2026, 4, 27, 9, 1), extra=[OUTLOOK],
                root=text(outlook_html(body, "windows-1252", "SV"), "html", charset="windows-1252",
                          cte="quoted-printable")),
        category="request", kinds=["restriction"], language="sv", requester_email="sebastian.lind@example.se",
        requester_name="Sebastian Lind", phone="+46701234567",
        notes="Restriction without the word 'begränsning': use only for the dispute, do not erase; HTML-only cp1252; Swedish mobile.")

    body = T("""
        Hej Lumivalo-teamet!

        Tack för en bra app, den har hjälpt vår lilla städfirma mycket under tre år. Nu har jag dock sålt firman och den nya ägaren använder ett annat system.

        Kan ni skicka mig alla uppgifter som jag själv har lagt in (kunder, arbetstider, fakturor) i ett maskinläsbart format, t.ex. CSV, så att jag kan ta dem med mig till nästa leverantör? Uppsägningen av abonnemanget sköter jag separat.

        Ida Sjöberg

        Skickat från Outlook för Android
        """)
    add("sv-fi-portability-after-thanks-android",
        message(rcpt=LUMI, frm=mailbox("Ida Sjöberg", "ida.sjoberg@example.fi"), frm_addr="ida.sjoberg@example.fi",
                subject="Export av mina uppgifter", date=when(2026, 10, 3, 16, 20),
                extra=["X-Mailer: Outlook for Android"], root=text(body, cte="base64")),
        category="request", kinds=["portability"], language="sv", requester_email="ida.sjoberg@example.fi",
        requester_name="Ida Sjöberg",
        notes="Portability ('maskinläsbart format') after thanks; explicitly not an account closure; base64.")

    # ---------------------------------------------------------------- requests, English
    body = T("""
        Dear Sir or Madam,

        SUBJECT ACCESS REQUEST - ARTICLE 15, REGULATION (EU) 2016/679

        I worked with your agency as a freelance copywriter between 2021 and 2024. I am writing to exercise my right of access. Please provide:

        (a) confirmation as to whether or not personal data concerning me are being processed;
        (b) a copy of those data, as provided for in Article 15(3);
        (c) the information listed in Article 15(1)(a) to (g), in particular the purposes, the recipients, the envisaged retention period and the source of any data not collected from me;
        (d) whether any automated decision-making, including profiling, takes place (Article 15(1)(h)).

        Please respond without undue delay and in any event within one month of receipt, as required by Article 12(3). If you need further information to confirm my identity, please let me know promptly.

        Yours faithfully,

        Daniel Whitaker
        +44 7700 900 418
        """)
    add("en-access-formal-sar-letter",
        message(rcpt=KIVI, frm=mailbox("Daniel Whitaker", "d.whitaker@example.com"), frm_addr="d.whitaker@example.com",
                subject="Subject Access Request", date=when(2026, 6, 15, 8, 12), extra=[OUTLOOK_MAC],
                root=text(body, charset="us-ascii", cte="7bit")),
        category="request", kinds=["access"], language="en", requester_email="d.whitaker@example.com",
        requester_name="Daniel Whitaker", phone="+447700900418",
        notes="Formal SAR template citing Art. 15(1)(a)-(h), 15(3) and 12(3), mentions profiling but only asks about it; UK mobile.")

    reply = T("""
        Hello,
        thank you for answer. But I am not working in Finland anymore, I go back to Poland in january. So please delete me from your customer system, all my informations, I dont need account anymore.

        Best regards
        Tomasz Nowak
        """)
    quoted = T("""
        Hi Tomasz,

        your customer account with Pohjolan Laitevuokraus is still active and you have no open rentals. If you would like to rent again, you can book online or call our Oulu office.

        Best regards,
        Pohjolan Laitevuokraus Oy
        """)
    full = reply + "\nOn Tue, 10 Nov 2026 at 13:05, Pohjolan Laitevuokraus <info@pohjolanlaite.example.fi> wrote:\n\n" + quote_lines(quoted)
    add("en-erasure-non-native-gmail-thread",
        message(rcpt=LAITE, frm=mailbox("Tomasz Nowak", "tomasz.nowak@example.org"),
                frm_addr="tomasz.nowak@example.org", subject="Re: Your customer account",
                date=when(2026, 11, 10, 19, 40, utc_offset=2), extra=[GMAIL_UA, "In-Reply-To: <acc-7731@pohjolanlaite.example.fi>"],
                root=multipart("alternative", [text(full, cte="quoted-printable"),
                                               text(light_html(full), "html", cte="quoted-printable")],
                               boundary="000000000000" + token("nowak", 12))),
        category="request", kinds=["erasure"], language="en", requester_email="tomasz.nowak@example.org",
        requester_name="Tomasz Nowak",
        notes="Non-native English erasure above a quoted reply from the company (Gmail 'On ... wrote:').")

    body = T("""
        Hi,

        I keep getting your "Lumivalo Weekly" emails at this address. I never signed up for anything from you and I had never heard of your company before. Unsubscribe me, and tell me how you got this email address in the first place - was it bought from a list?

        Priya
        """)
    add("en-objection-access-never-signed-up",
        message(rcpt=LUMI, frm=mailbox("Priya Raman", "priya.raman@example.com"), frm_addr="priya.raman@example.com",
                subject="How did you get my address?", date=when(2026, 2, 24, 12, 31, utc_offset=2),
                root=text(body, charset="us-ascii", cte="7bit")),
        category="request", kinds=["access", "objection"], language="en", requester_email="priya.raman@example.com",
        requester_name="Priya Raman",
        notes="'Unsubscribe me' = objection; 'how did you get this address' = access (source); name only in the display name.")

    body = T("""
        Hello,

        I'm one of your private tax-return clients. Could you please change my surname in your records from Bennett to Mäkelä? I got married in August. My e-mail address and postal address stay the same.

        Thanks a lot,
        Laura Mäkelä (previously Bennett)
        """)
    add("en-rectification-surname-encoded-from",
        message(rcpt=TILI, frm=mailbox("Laura Mäkelä", "laura.makela@example.fi", mode="B"),
                frm_addr="laura.makela@example.fi", subject="Name change", date=when(2026, 9, 9, 10, 10),
                extra=[GMAIL_UA], root=multipart("alternative", [
                    text(body, cte="quoted-printable"), text(light_html(body), "html", cte="base64")],
                    boundary="000000000000" + token("makela", 12))),
        category="request", kinds=["rectification"], language="en", requester_email="laura.makela@example.fi",
        requester_name="Laura Mäkelä",
        notes="Surname change after marriage; B-encoded display name with ä; html part in base64.")

    body = T("""
        Hi there, closing my freelance account with you. Before you delete everything pls send me an export of all my timesheets + client list in a machine readable format (JSON is fine), then wipe the account & my personal details completely.

        Cheers, Marco

        Sent from my Galaxy
        """)
    add("en-portability-erasure-galaxy",
        message(rcpt=LUMI, frm=mailbox("Marco Rossi", "marco.rossi@example.com"), frm_addr="marco.rossi@example.com",
                subject="closing account", date=when(2026, 8, 1, 7, 58), extra=[ANDROID_UA],
                root=text(body, charset="us-ascii", cte="7bit")),
        category="request", kinds=["erasure", "portability"], language="en", requester_email="marco.rossi@example.com",
        requester_name="Marco Rossi",
        notes="Export in JSON then 'wipe the account' in one breath; informal, Android signature.")

    body = T("""
        Good afternoon,

        I am disputing your final invoice for the roof repair at Pyynikintie 18 until the leak in the north corner has been fixed, as agreed with your foreman.

        I understand you may need my details for the dispute itself, so please do not erase anything. However, until this is settled I do not want my personal data handed to a debt collection agency or used for any other purpose. Please limit what you do with my data to handling this dispute.

        Kind regards,
        Helen Carter
        +358 44 981 2270
        """)
    add("en-restriction-invoice-dispute",
        message(rcpt=KATTO, frm=mailbox("Helen Carter", "helen.carter@example.org"), frm_addr="helen.carter@example.org",
                subject="Disputed invoice - roof repair", date=when(2026, 10, 20, 14, 5),
                root=text(body, charset="us-ascii", cte="7bit")),
        category="request", kinds=["restriction"], language="en", requester_email="helen.carter@example.org",
        requester_name="Helen Carter", phone="+358449812270",
        notes="Restriction phrased as 'do not erase... limit what you do with my data' during a dispute.")

    # ---------------------------------------------------------------- requests, German and French
    body = T("""
        Sehr geehrte Damen und Herren,

        im Mai 2026 habe ich an Ihrem Online-Workshop "Barrierefreie Webseiten" teilgenommen.

        Hiermit mache ich von meinem Auskunftsrecht nach Art. 15 DSGVO Gebrauch. Bitte teilen Sie mir mit, ob und welche personenbezogenen Daten Sie über mich verarbeiten, zu welchen Zwecken, an wen Sie diese weitergegeben haben und wie lange sie gespeichert werden. Bitte senden Sie mir außerdem eine Kopie der Daten.

        Mit freundlichen Grüßen
        Katrin Vogel
        Tel. 0151 2345 6789
        """)
    add("de-access-dsgvo-latin1",
        message(rcpt=KIVI, frm=mailbox("Katrin Vogel", "katrin.vogel@example.com"), frm_addr="katrin.vogel@example.com",
                subject="Auskunftsersuchen gemäß Art. 15 DSGVO", subject_charset="iso-8859-1",
                date=when(2026, 7, 14, 11, 2),
                root=text(body, charset="iso-8859-1", cte="quoted-printable")),
        category="request", kinds=["access"], language="de", requester_email="katrin.vogel@example.com",
        requester_name="Katrin Vogel", phone="+4915123456789",
        notes="German Auskunftsersuchen with Art. 15 DSGVO; German mobile without +49; latin-1 QP body and subject.")

    body = T("""
        Bonjour,

        Je vous ai commandé des faire-part de mariage l'année dernière. Depuis, je reçois régulièrement vos offres par e-mail.

        Je vous demande de supprimer toutes mes données personnelles de vos fichiers et de ne plus m'envoyer de publicités.

        Cordialement,
        Camille Durand
        """)
    add("fr-erasure-objection",
        message(rcpt=PAINO, frm=mailbox("Camille Durand", "camille.durand@example.org"),
                frm_addr="camille.durand@example.org", subject="Mes données personnelles",
                date=when(2026, 4, 3, 18, 18), root=text(body, cte="quoted-printable")),
        category="request", kinds=["erasure", "objection"], language="fr", requester_email="camille.durand@example.org",
        requester_name="Camille Durand",
        notes="French: 'supprimer toutes mes données' + 'ne plus m'envoyer de publicités'.")

    # ---------------------------------------------------------------- automated
    body = T("""
        Kiitos viestistäsi.

        Olen vuosilomalla 6.7.–27.7.2026 enkä lue sähköpostia. Kiireellisissä asioissa ota yhteyttä työnjohtaja Pasi Lehtoseen, puh. 040 887 2201.

        Jari Heikkinen
        Rakennuspalvelu Heikkinen
        """)
    add("auto-ooo-fi-headers-phone",
        message(rcpt=KATTO, frm=mailbox("Jari Heikkinen", "jari.heikkinen@rakennuspalveluh.test"),
                frm_addr="jari.heikkinen@rakennuspalveluh.test", env_from="",
                subject="Automaattinen vastaus: Tarjous kattoremontista", date=when(2026, 7, 8, 9, 0),
                extra=["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply"],
                root=text(body, cte="quoted-printable")),
        category="automated", language="fi", phone="+358408872201",
        notes="Classic Finnish holiday auto-reply with headers; substitute's phone is literal.")

    body = T("""
        Jag är ledig till och med den 17 augusti och läser inte min e-post under den tiden. Ditt meddelande vidarebefordras inte.

        Vid brådskande ärenden, kontakta kontoret.

        /Annika
        """)
    add("auto-ooo-sv-no-headers",
        message(rcpt=PAINO, frm=mailbox("Annika Wikström", "annika.wikstrom@example.fi"),
                frm_addr="annika.wikstrom@example.fi", subject="Ang: Offert på broschyrer",
                date=when(2026, 7, 21, 10, 33), root=text(body, charset="iso-8859-1", cte="quoted-printable")),
        category="automated", language="sv",
        notes="Swedish away message without any auto-reply header; subject looks like a normal reply.")

    body = T("""
        Thank you for your message.

        I am currently out of the office with no access to email, returning on 5 January 2027. Your email will not be forwarded.

        Oliver Grant
        """)
    add("auto-ooo-en-outlook-html",
        message(rcpt=TILI, frm=mailbox("Oliver Grant", "oliver.grant@example.com"), frm_addr="oliver.grant@example.com",
                subject="Automatic reply: Invoice 2026-311", date=when(2026, 12, 22, 15, 0, utc_offset=2),
                extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", OUTLOOK],
                root=text(outlook_html(body, "us-ascii", "EN-GB"), "html", charset="us-ascii", cte="7bit")),
        category="automated", language="en",
        notes="Outlook 'Automatic reply:' HTML-only with RFC 3834 header.")

    body = T("""
        Hi, thanks for your email.

        I'm away on parental leave until 1 March 2027 and won't be checking mail. For anything urgent please contact office@kowalskibuild.test.

        Ben
        """)
    add("auto-ooo-en-no-headers-parental-leave",
        message(rcpt=LAITE, frm=mailbox("Ben Kowalski", "ben@kowalskibuild.test"), frm_addr="ben@kowalskibuild.test",
                subject="Re: Your rental booking", date=when(2026, 11, 18, 8, 1, utc_offset=2),
                root=text(body, charset="us-ascii", cte="7bit")),
        category="automated", language="en",
        notes="Away-until-a-date message with no auto headers and a 'Re:' subject.")

    body = T("""
        Olen poissa toimistolta 30.11.2026 asti. Viestejä ei välitetä eteenpäin. Kiireellisissä asioissa soita vaihteeseen 09 4257 8800.

        Liisa Pesonen

        -----Alkuperäinen viesti-----
        Lähettäjä: Kivi & Kangas Design <info@kivikangas.example.fi>
        Aihe: [DSAR-2026-0088] Tarkastuspyyntönne on vastaanotettu

        Hyvä vastaanottaja, olemme vastaanottaneet pyyntönne saada tietää, mitä henkilötietoja teistä käsittelemme, ja vastaamme viimeistään 21.12.2026.
        """)
    add("auto-ooo-fi-no-headers-quotes-dsar-ack",
        message(rcpt=KIVI, frm=mailbox("Liisa Pesonen", "liisa.pesonen@example.fi"), frm_addr="liisa.pesonen@example.fi",
                subject="Vs: [DSAR-2026-0088] Tarkastuspyyntönne on vastaanotettu",
                date=when(2026, 11, 20, 10, 2, utc_offset=2), root=text(body, cte="8bit")),
        category="automated", language="fi", phone="+358942578800",
        notes="Finnish away notice without headers, subject carries a DSAR tag and quotes our acknowledgement.")

    notif = T("""
        This message was created automatically by mail delivery software.

        A message that you sent could not be delivered to one or more of its
        recipients. This is a permanent error. The following address(es) failed:

          pirkko.lehto@vanhaposti.example.com
            host mx.vanhaposti.example.com [198.51.100.40]
            SMTP error from remote mail server after RCPT TO:<pirkko.lehto@vanhaposti.example.com>:
            550 5.1.1 User unknown
        """)
    dsn = T("""
        Reporting-MTA: dns; mx.kivikangas.example.fi

        Action: failed
        Final-Recipient: rfc822;pirkko.lehto@vanhaposti.example.com
        Status: 5.1.1
        Remote-MTA: dns; mx.vanhaposti.example.com
        Diagnostic-Code: smtp; 550 5.1.1 User unknown
        """)
    orig_hdrs = T("""
        Date: Mon, 23 Nov 2026 09:00:12 +0200
        From: Kivi & Kangas Design <info@kivikangas.example.fi>
        To: pirkko.lehto@vanhaposti.example.com
        Subject: =?utf-8?Q?[DSAR-2026-0091]_Tietojenne_poistaminen_on_tehty?=
        Message-ID: <dsar-2026-0091-done@kivikangas.example.fi>
        Auto-Submitted: auto-replied
        """)
    add("auto-bounce-exim-report-dsar-reply",
        message(rcpt=KIVI, frm=mailbox("Mail Delivery System", "Mailer-Daemon@mx.kivikangas.example.fi"),
                frm_addr="Mailer-Daemon@mx.kivikangas.example.fi", env_from="",
                subject="Mail delivery failed: returning message to sender", date=when(2026, 11, 23, 9, 0, 14, utc_offset=2),
                relay="localhost", ip="127.0.0.1", extra=["Auto-Submitted: auto-replied"],
                root=multipart("report", [
                    text(notif, charset="us-ascii", cte="7bit"),
                    raw_part(["Content-Type: message/delivery-status"], dsn),
                    raw_part(["Content-Type: text/rfc822-headers"], orig_hdrs),
                ], boundary="1732345214-eximdsn-" + token("bounce", 8), params=" report-type=delivery-status;")),
        category="automated", language="en",
        notes="Exim multipart/report bounce of our own erasure confirmation (DSAR tag in the returned headers).")

    y_news = new_ytunnus("1934527")
    news = T(f"""
        RAKENNUSUUTISET 47/2026

        Tietosuoja työmaalla: milloin kulunvalvonnan tiedot pitää poistaa?
        Työmaan kulkulokit ovat henkilötietoja. Juristimme kertoo, kuinka kauan niitä saa säilyttää ja miten rakentaja vastaa, jos työntekijä pyytää saada tarkastaa omat tietonsa.

        Peltikattojen hinnat nousivat 6 %
        Terästuotteiden kallistuminen näkyy kattourakoissa alkuvuonna.

        Et halua enää saada tätä uutiskirjettä? Peru tilaus: https://rakennusuutiset.example.com/peru?u=8812

        Rakennusuutiset Oy, Y-tunnus {y_news}, Hämeenkatu 9, 33100 Tampere
        """)
    add("auto-newsletter-fi-list-unsubscribe-only",
        message(rcpt=KATTO, frm=mailbox("Rakennusuutiset", "uutiskirje@rakennusuutiset.example.com"),
                frm_addr="uutiskirje@rakennusuutiset.example.com", subject="Tietosuoja työmaalla ja peltikattojen hinnat",
                date=when(2026, 11, 19, 6, 0, utc_offset=2), env_from="bounce-8812@rakennusuutiset.example.com",
                extra=["List-Unsubscribe: <mailto:peru@rakennusuutiset.example.com?subject=peru-8812>,\n"
                       " <https://rakennusuutiset.example.com/peru?u=8812>",
                       "List-Unsubscribe-Post: List-Unsubscribe=One-Click"],
                root=multipart("alternative", [text(news, cte="quoted-printable"),
                                               text(light_html(news, "<div>"), "html", cte="quoted-printable")],
                               boundary="news-" + token("news", 16))),
        category="automated", language="fi", business_id=y_news,
        notes="Newsletter marked only by List-Unsubscribe (no List-Id/Precedence); article about deleting data and the right of access; publisher's Y-tunnus.")

    y_erp = new_ytunnus("3012457")
    body = T(f"""
        Tämä on automaattinen ilmoitus, älä vastaa tähän viestiin.

        Verkkolaskun toimitus epäonnistui
        Lasku: 26-0412
        Vastaanottaja: Rautio Konsultointi (Y-tunnus {y_erp})
        Syy: vastaanottajan verkkolaskuosoite ei ole enää voimassa.

        Voit lähettää laskun uudelleen paperilaskuna tai sähköpostina Laskutuspalvelun hallintanäkymästä.
        """)
    add("auto-erp-delivery-status-noreply-fi",
        message(rcpt=TILI, frm=mailbox("Laskutuspalvelu", "noreply@laskutuspalvelu.example.com"),
                frm_addr="noreply@laskutuspalvelu.example.com", subject="Toimitusraportti: lasku 26-0412",
                date=when(2026, 11, 17, 10, 42, utc_offset=2), extra=["Auto-Submitted: auto-generated"],
                root=text(body, cte="quoted-printable")),
        category="automated", language="fi", business_id=y_erp,
        notes="ERP e-invoice delivery-status notification from a noreply sender; recipient company's Y-tunnus literal.")

    survey = T("""
        Hi there,

        You recently contacted NordLedger support. How did we do?

        It takes less than 2 minutes: https://surveys.surveypoint.example.com/s/NL-77120

        Your answers help us improve. This survey link is personal to you and expires in 14 days.

        You are receiving this email because you contacted NordLedger support. Unsubscribe from survey emails: https://surveys.surveypoint.example.com/u/NL-77120
        """)
    add("auto-survey-invitation-platform-en",
        message(rcpt=TILI, frm=mailbox("NordLedger via SurveyPoint", "no-reply@surveys.surveypoint.example.com"),
                frm_addr="no-reply@surveys.surveypoint.example.com", subject="How did we do? 2-minute survey",
                date=when(2026, 10, 8, 13, 0), env_from="bounces+77120@surveys.surveypoint.example.com",
                extra=["List-Unsubscribe: <https://surveys.surveypoint.example.com/u/NL-77120>",
                       "X-SurveyPoint-Campaign: NL-CSAT-2026"],
                root=multipart("alternative", [text(survey, charset="us-ascii", cte="7bit"),
                                               text(light_html(survey, "<div>"), "html", charset="us-ascii", cte="7bit")],
                               boundary="sp-" + token("survey", 16))),
        category="automated", language="en",
        notes="Survey invitation from a survey platform; contains 'unsubscribe' and 'personal' but is bulk mail.")

    ack = T("""
        Hello,

        Thank you for contacting ScanPro Support. Your request has been received and assigned ticket number #48213. One of our agents will get back to you within two business days.

        Your message:
        > Hi, our former employee Laura Virtanen has left the company. Please delete her user account and all her personal data from your system.
        > Järvisen Tilitoimisto

        Please do not reply to this email. To add information, use the ticket portal.
        ScanPro Support
        """)
    add("auto-helpdesk-ack-quotes-deletion-en",
        message(rcpt=TILI, frm=mailbox("ScanPro Support", "support@scanpro.example.com"),
                frm_addr="support@scanpro.example.com", subject="[Ticket #48213] We've received your request",
                date=when(2026, 9, 15, 12, 3), extra=["Auto-Submitted: auto-replied", "X-Helpdesk-Ticket: 48213"],
                root=text(ack, cte="quoted-printable")),
        category="automated", language="en",
        notes="Vendor helpdesk acknowledgement quoting our own deletion request to them.")

    # ---------------------------------------------------------------- other
    y_s = new_ytunnus("2290774")
    body = T(f"""
        Hei,

        Asunto Oy Rinteenhovi pyytää tarjousta kolmen rivitalon vesikattojen uusimisesta (huopakatto, yhteensä n. 780 m²). Työ tehtäisiin kesällä 2027. Kohde on Lamminpäässä, Tampereella.

        Voitteko tulla katselmukseen tammikuussa? Hallituksen puolesta,

        Tuomas Rinne
        isännöitsijä, Rinteen Kiinteistöpalvelut Oy
        Y-tunnus {y_s}
        puh. 03 212 7790
        """)
    add("other-sales-quote-request-fi",
        message(rcpt=KATTO, frm=mailbox("Tuomas Rinne", "tuomas@rinteenkiinteistot.test"),
                frm_addr="tuomas@rinteenkiinteistot.test", subject="Tarjouspyyntö: vesikattojen uusiminen",
                date=when(2026, 12, 2, 9, 30, utc_offset=2), root=text(body, cte="quoted-printable")),
        category="other", language="fi", phone="+35832127790", business_id=y_s,
        notes="Quote request from a property manager with landline and Y-tunnus.")

    y_inv = new_ytunnus("3158842")
    body = T(f"""
        Hyvä asiakas,

        liitteenä lasku 10455 (kompressorin huolto, 2 kpl).

        Summa: 486,60 € (sis. alv 25,5 %)
        Eräpäivä: 16.12.2026
        Viitenumero: 104557
        IBAN: FI21 1234 5600 0007 85

        Oulun Konehuolto Oy, Y-tunnus {y_inv}
        """)
    add("other-invoice-pdf-fi",
        message(rcpt=LAITE, frm=mailbox("Oulun Konehuolto Oy", "laskutus@oulunkonehuolto.test"),
                frm_addr="laskutus@oulunkonehuolto.test", subject="Lasku 10455",
                date=when(2026, 12, 2, 7, 45, utc_offset=2), root=multipart("mixed", [
                    text(body, charset="iso-8859-15", cte="quoted-printable"),
                    attachment(fake_pdf("Lasku 10455"), "application/pdf", "Lasku_10455.pdf")],
                    boundary="----=_Part_" + token("inv", 14))),
        category="other", language="fi", business_id=y_inv,
        notes="Supplier invoice with PDF; IBAN and reference number as digit traps; iso-8859-15.")

    body = T("""
        Hei,

        tilasin 3.11. 200 kpl hääkutsuja (tilausnro 55120), ja toimitukseksi luvattiin 14.11. Nyt on 24.11. eikä mitään ole kuulunut, eikä kukaan vastaa puhelimeen. Häät ovat lauantaina!

        Jos kortit eivät ole postissa huomenna, poistakaa tilaukseni ja palauttakaa ennakkomaksu 86 € tililleni. Olen todella pettynyt.

        Riikka Halme
        """)
    add("other-late-delivery-poistakaa-tilaukseni",
        message(rcpt=PAINO, frm=mailbox("Riikka Halme", "riikka.halme@example.fi"), frm_addr="riikka.halme@example.fi",
                subject="Missä tilaukseni??", date=when(2026, 11, 24, 13, 13, utc_offset=2), extra=[IPHONE],
                root=text(body, cte="quoted-printable")),
        category="other", language="fi",
        notes="Complaint about a late delivery; 'poistakaa tilaukseni' = cancel the order, not erasure.")

    body = T("""
        Hi,

        I noticed you're hiring a senior backend developer in Espoo. We have three pre-vetted Python candidates available now, all EU-based, and every candidate has consented to their CV being shared in line with GDPR.

        Would you have 15 minutes this week for a quick call?

        Sophie Lang
        Senior Tech Recruiter, TalentBridge
        +44 20 7946 0321
        """)
    add("other-recruiter-en",
        message(rcpt=LUMI, frm=mailbox("Sophie Lang", "sophie.lang@talentbridge.example.com"),
                frm_addr="sophie.lang@talentbridge.example.com", subject="Senior backend developer - 3 candidates",
                date=when(2026, 10, 27, 11, 11), root=text(body, charset="us-ascii", cte="7bit")),
        category="other", language="en", phone="+442079460321",
        notes="Recruiter pitch that mentions GDPR consent; London landline.")

    y_b = new_ytunnus("2645319")
    ovt = "0037" + y_b.replace("-", "")
    body = T(f"""
        Hei,

        voitteko päivittää laskutusosoitteemme? Kuljetus Aalto Oy (Y-tunnus {y_b}) on siirtynyt verkkolaskutukseen 1.1.2027 alkaen:

        Verkkolaskuosoite (OVT): {ovt}
        Välittäjä: Esimerkkioperaattori Oy (välittäjätunnus EXAMPLEFIHH)

        Paperilaskuja ei enää vastaanoteta osoitteeseen PL 44, 90101 Oulu.

        Maarit Aalto
        talouspäällikkö
        puh. 08 556 1224
        """)
    add("other-company-einvoice-address-update",
        message(rcpt=LAITE, frm=mailbox("Kuljetus Aalto / ostoreskontra", "ostoreskontra@kuljetusaalto.test"),
                frm_addr="ostoreskontra@kuljetusaalto.test", subject="Laskutusosoitteen muutos",
                date=when(2026, 12, 1, 10, 0, utc_offset=2), extra=[OUTLOOK],
                root=text(body, charset="windows-1252", cte="quoted-printable")),
        category="other", language="fi", phone="+35885561224", business_id=y_b,
        notes="'Voitteko päivittää laskutusosoitteemme' is a company's e-invoice address, not personal data; OVT derived from the Y-tunnus.")

    body = T("""
        Hei!

        Olen harkitsemassa teitä tilitoimistoksi toiminimelleni. Ennen kuin lähetän mitään papereita: kuinka kauan säilytätte asiakkaiden tietoja sen jälkeen kun sopimus päättyy? Ja ovatko palvelimenne EU:ssa?

        Päivi
        """)
    add("other-privacy-question-retention-fi",
        message(rcpt=TILI, frm=mailbox("Päivi Ahonen", "paivi.ahonen@example.com"), frm_addr="paivi.ahonen@example.com",
                subject="Kysymys tietojen säilytyksestä", date=when(2026, 5, 6, 19, 25),
                root=text(body, cte="base64")),
        category="other", language="fi",
        notes="Prospective customer asks how long data is kept and where; no right is used.")

    y_v = new_ytunnus("2876549")
    body = T(f"""
        Hei,

        tiesittekö, että rekisteröidyn oikeudet – tarkastusoikeus, oikeus tietojen poistamiseen ja oikeus vastustaa suoramarkkinointia – koskevat myös pieniä yrityksiä? Jos asiakas pyytää poistamaan tietonsa, osaako henkilöstönne toimia kuukauden määräajassa?

        Tietosuojakoulutus Pro tarjoaa GDPR-verkkokurssin koko henkilöstölle: 49 €/hlö, todistus suorituksesta. Varaa maksuton esittely vastaamalla tähän viestiin.

        Jos ette halua jatkossa viestejämme, vastatkaa "EI".

        Tietosuojakoulutus Pro Oy, Y-tunnus {y_v}
        """)
    add("other-gdpr-training-vendor-fi",
        message(rcpt=KIVI, frm=mailbox("Tietosuojakoulutus Pro", "myynti@tietosuojapro.example.com"),
                frm_addr="myynti@tietosuojapro.example.com", subject="Osaako henkilöstönne vastata tarkastuspyyntöön?",
                date=when(2026, 3, 17, 8, 5, utc_offset=2),
                root=multipart("alternative", [text(body, cte="quoted-printable"),
                                               text(light_html(body, "<div>"), "html", cte="quoted-printable")],
                               boundary="=_vendor_" + token("vendor", 12))),
        category="other", language="fi", business_id=y_v,
        notes="Vendor pitch full of DSAR vocabulary (tarkastusoikeus, poistaminen, vastustaa suoramarkkinointia).")

    body = T("""
        Dear user,

        Your mailbox info@kattopojat.example.fi will be DELETED within 24 hours under the new GDPR data retention policy.

        To keep your messages and stop the deletion, verify your account now:
        http://mailbox-verify.example.com/keep?user=info

        Failure to verify will result in permanent loss of all stored data.

        Mail Administrator
        """)
    add("other-phishing-mailbox-will-be-deleted-en",
        message(rcpt=KATTO, frm=mailbox("Mail Administrator", "admin@secure-mailbox-verify.test"),
                frm_addr="admin@secure-mailbox-verify.test", subject="URGENT: Your mailbox will be deleted",
                date=when(2026, 8, 11, 3, 33), ip="203.0.113.200", root=text(body, charset="us-ascii", cte="7bit")),
        category="other", language="en",
        notes="Phishing that threatens mailbox deletion 'under GDPR'.")

    csv_data = ("nimi;rooli;sähköposti\nAnu Lepistö;työmaapäällikkö;anu.lepisto@rakennusliikepohja.test\n"
                "Ville Koskela;vastaava työnjohtaja;ville.koskela@rakennusliikepohja.test\n").encode()
    body = T("""
        Hei,

        liitteenä päivitetty yhteyshenkilölistamme vuodelle 2027. Poistakaa vanhat yhteystiedot listalta – Jouni Salmi ja Kari Nyman eivät enää ole meillä töissä. Uudet työmaapäälliköt löytyvät listalta.

        Terveisin
        Sari Mattila
        Rakennusliike Pohja Oy
        p. 050 778 1402
        """)
    add("other-partner-contact-list-update-fi",
        message(rcpt=KATTO, frm=mailbox("Sari Mattila", "sari.mattila@rakennusliikepohja.test"),
                frm_addr="sari.mattila@rakennusliikepohja.test", subject="Päivitetty yhteyshenkilölista",
                date=when(2026, 12, 3, 12, 50, utc_offset=2), extra=[OUTLOOK],
                root=multipart("mixed", [text(body, cte="quoted-printable"),
                                         attachment(csv_data, "text/csv", "yhteyshenkilot_2027.csv")],
                               boundary="----=_NextPart_" + token("pohja", 14))),
        category="other", language="fi", phone="+358507781402",
        notes="Partner updates its own contact list: 'poistakaa vanhat yhteystiedot listalta' is about their list, not a data subject's right.")

    body = T("""
        Kiitos vastauksesta, sain tiedot ja ne näyttävät olevan kunnossa. Ei muuta tällä erää.

        Marjatta Hiltunen

        ---- Järvisen Tilitoimisto Oy kirjoitti 20.2.2026 klo 14.02 ----
        > Hyvä Marjatta Hiltunen,
        > liitteenä ovat tietosuoja-asetuksen 15 artiklan mukaiset tiedot, joita käsittelemme teistä.
        """)
    add("other-thanks-after-access-answer-fi",
        message(rcpt=TILI, frm=mailbox("Marjatta Hiltunen", "marjatta.hiltunen@example.fi"),
                frm_addr="marjatta.hiltunen@example.fi", subject="Re: [DSAR-2026-0117] Vastaus tietopyyntöönne",
                date=when(2026, 2, 21, 10, 15, utc_offset=2),
                extra=[TB, "In-Reply-To: <dsar-2026-0117-answer@jarvisentilit.example.fi>"],
                root=text(body, params="; format=flowed")),
        category="other", language="fi",
        notes="Thank-you after the access answer, with DSAR tag and quoted Art. 15 wording.")

    y_fo = new_ytunnus("1876315")
    body = T(f"""
        Hej,

        kunde ni ge oss en offert på 500 st broschyrer i A5, 8 sidor, fyrfärg, bestruket papper? Vi behöver dem till båtmässan i februari.

        Lundqvist Marin Ab, FO-nummer {y_fo}
        Henrik Lundqvist
        tfn 040 519 2288
        """)
    add("other-quote-request-sv-fo-nummer",
        message(rcpt=PAINO, frm=mailbox("Henrik Lundqvist", "henrik@lundqvistmarin.test"),
                frm_addr="henrik@lundqvistmarin.test", subject="Offertförfrågan broschyrer",
                date=when(2026, 11, 26, 8, 40, utc_offset=2), root=text(body, charset="iso-8859-1", cte="8bit")),
        category="other", language="sv", phone="+358405192288", business_id=y_fo,
        notes="Finland-Swedish quote request giving the business ID as 'FO-nummer'.")

    body = T("""
        Hei,

        laskussa 2026-7781 on virhe: vuokra-aika on laskutettu 10 päivältä, vaikka palautimme minikaivurin jo neljän päivän jälkeen (kuittaus palautuksesta 12.10.). Korjatkaa lasku ja lähettäkää uusi.

        Kimmo Ojala
        Ojalan Puutarha Oy
        """)
    add("other-invoice-error-korjatkaa-fi",
        message(rcpt=LAITE, frm=mailbox("Kimmo Ojala", "kimmo.ojala@ojalanpuutarha.test"),
                frm_addr="kimmo.ojala@ojalanpuutarha.test", subject="Virhe laskussa 2026-7781",
                date=when(2026, 10, 19, 14, 0), root=text(body, cte="quoted-printable")),
        category="other", language="fi",
        notes="'Korjatkaa lasku' is an invoice correction, not rectification of personal data.")



if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], build, Path(__file__).resolve().parent))
