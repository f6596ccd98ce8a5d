#!/usr/bin/env python3
"""Corpus 22: which rights a person asks for.

Everyday mail that asks for two or three GDPR rights, or one right clearly and a second one in passing
(a PS, after the signature, a bullet, a subordinate clause, the subject line only, a reply on top of quoted
history, a plain-text attachment), single-right controls that mention another right only to decline it or
as a hypothetical, and non-requests that use the same vocabulary.

Run: python make_corpus.py          (rewrite, validate, print counts)
     python make_corpus.py --check  (validate only)
"""

from __future__ import annotations

import sys
from pathlib import Path

FOLDER = Path(__file__).resolve().parent
sys.path.insert(0, str(FOLDER.parent))
from corpus_kit import *

# ---------------------------------------------------------------------------
# identifiers
# ---------------------------------------------------------------------------
HETU_RUOTSALAINEN = new_hetu("070588", "-", "234")
HETU_SODERBERG = new_hetu("190461", "-", "078")
HETU_KALLIO = new_hetu("030955", "-", "626")
YT_TUKKATUPA = new_ytunnus("3124587")
YT_NURMELA = new_ytunnus("2987341")
YT_RAKENNUS = new_ytunnus("1765432")
YT_LVIPARTNER = new_ytunnus("2456780")
YT_KAHVILA = new_ytunnus("3011227")
YT_KONEPAJA = new_ytunnus("0912348")
OVT_RAKENNUS = "0037" + YT_RAKENNUS.replace("-", "")


def with_txt(rcpt, name, addr, subject, date, body, att_text, att_name, *, att_charset="utf-8",
             body_charset="utf-8", body_cte="8bit", extra=(), reply_to=None, crlf=True):
    """A text body plus a plain-text attachment (as Notepad or a phone's file app would attach it)."""
    data = att_text.replace("\n", "\r\n") if crlf else att_text
    b = "mix_" + token(addr + (subject or "") + att_name, 16)
    root = multipart("mixed", [text(body, charset=body_charset, cte=body_cte),
                               attachment(data.encode(att_charset), "text/plain", att_name,
                                          params=f"; charset={att_charset}")], b)
    return message(rcpt=rcpt, frm=mailbox(name, addr), frm_addr=addr, subject=subject, date=date, root=root,
                   extra=extra, reply_to=reply_to)


def reply_hdrs(seed: str, domain: str):
    ref = f"<{token(seed, 16)}@{domain}>"
    return (f"In-Reply-To: {ref}", f"References: {ref}")


def build():
    # =======================================================================
    # REQUESTS: Finnish
    # =======================================================================
    add("fi-access-erasure-casual-samsung",
        simple(KATTO, "Hannu Leppänen", "hannu.leppanen@kotiposti.example.fi", "tiedot",
               when(2025, 2, 3, 19, 42, utc_offset=2), T("""
               Moi

               Teitte meille kattoremontin Kangasalle 2021. Voisitteko lähettää mitä tietoja teillä on musta
               tallessa ja sen jälkeen poistaa ne kaikki? En tarvi enää teidän palveluja, talo on myyty.

               t. Hannu Leppänen

               Lähetetty Samsung Galaxy -älypuhelimesta
               """), extra=(ANDROID_UA,)),
        category="request", kinds=["access", "erasure"], language="fi",
        requester_email="hannu.leppanen@kotiposti.example.fi", requester_name="Hannu Leppänen",
        notes="'lähettää mitä tietoja teillä on ja sen jälkeen poistaa' in one sentence: access then erasure; "
              "colloquial, from a phone.")

    add("fi-objection-erasure-outlook-cp1252",
        outlook_only(LAITE, "Karjalainen Jouni", "jouni.karjalainen@example.fi",
                     "Markkinointipuhelut", when(2025, 2, 11, 8, 17, utc_offset=2), T("""
                     Hei,

                     Teiltä soitetaan minulle markkinointipuheluita suunnilleen kerran kuussa, viimeksi eilen. Pyydän, että lopetatte ne – en halua puhelin- enkä muutakaan markkinointia.

                     Samalla pyydän poistamaan numeroni 0400 765 321 kokonaan asiakasrekisteristänne. Vuokrasin teiltä viimeksi peräkärryn kesällä 2020, eikä minulla ole mitään avoinna.

                     Terveisin
                     Jouni Karjalainen
                     """)),
        category="request", kinds=["erasure", "objection"], language="fi",
        requester_email="jouni.karjalainen@example.fi", requester_name="Jouni Karjalainen",
        phone="+358400765321",
        notes="Objection to marketing calls in the first paragraph, erasure of the phone number in the second; "
              "HTML-only Outlook cp1252, 'Surname Firstname' display name.")

    add("fi-rectification-access-subordinate-hetu",
        simple(TILI, "Pekka Ruotsalainen", "pekka.ruotsalainen@example.com", "Osoitteenmuutos",
               when(2025, 3, 4, 10, 5, utc_offset=2), T(f"""
               Hei!

               Muutin helmikuussa, joten päivittäisittekö osoitteeni: uusi on Kalevankatu 5 B 11, 40100
               Jyväskylä. Ja kun olette asian kimpussa, voisitteko samalla kertoa mitä muita tietoja minusta
               teidän järjestelmissänne on? Hoiditte veroilmoitukseni 2022 ja 2023, enkä oikein tiedä mitä
               kaikkea silloin toimitin.

               Tunnistamista varten henkilötunnukseni on {HETU_RUOTSALAINEN}.

               Kiitos,
               Pekka Ruotsalainen
               """), cte="quoted-printable", extra=(TB,)),
        category="request", kinds=["access", "rectification"], language="fi",
        requester_email="pekka.ruotsalainen@example.com", requester_name="Pekka Ruotsalainen",
        hetu=HETU_RUOTSALAINEN,
        notes="Rectification (new address) first; access asked in a subordinate 'kun olette asian kimpussa' "
              "clause; hetu for identification; QP.")

    add("fi-portability-erasure-ps-sole-trader",
        simple(LUMI, "Minna Aalto", "minna@tukkatupa.test", "Tietojen siirto uuteen ajanvaraukseen",
               when(2025, 3, 12, 21, 30, utc_offset=2), T(f"""
               Hei,

               Vaihdan ajanvarausjärjestelmää huhtikuun alusta. Saisinko kaikki tilini tiedot (asiakaskortit,
               varaushistoria, palveluhinnasto) koneluettavassa muodossa? CSV tai Excel käy, kunhan ne saa
               tuotua uuteen ohjelmaan sellaisenaan.

               Kiitos paljon avusta näiden vuosien aikana!

               Minna Aalto
               Parturi-Kampaamo Tukkatupa, Y-tunnus {YT_TUKKATUPA}
               045 218 7730

               PS. Kun olen saanut tiedostot ja todennut että kaikki siirtyi, poistakaa tilini ja tiedot
               teidän puolelta.
               """), cte="quoted-printable"),
        category="request", kinds=["erasure", "portability"], language="fi",
        requester_email="minna@tukkatupa.test", requester_name="Minna Aalto", phone="+358452187730",
        business_id=YT_TUKKATUPA,
        notes="Portability (machine-readable export to import elsewhere) in the body; erasure only in the PS "
              "after the signature; sole trader's Y-tunnus and phone.")

    add("fi-restriction-access-rental-dispute",
        simple(LAITE, "Sami Heikkinen", "sami.heikkinen@example.org", "Vauriolasku 2291 – riita kesken",
               when(2025, 3, 19, 14, 48, utc_offset=2), T("""
               Hei,

               Olette laskuttaneet minulta 1 480 euroa minikaivurin vauriosta, jota en aiheuttanut. Asia on
               vireillä kuluttajariitalautakunnassa.

               Siksi pyydän, että ette poista mitään tähän vuokraukseen liittyviä tietoja (luovutus- ja
               palautuskuvat, tarkastusraportti, asiakastietoni), vaan säilytätte ne – mutta niitä ei saa
               käyttää mihinkään muuhun kuin tämän riidan selvittämiseen ennen kuin asia on ratkaistu.
               Ei siis perintää eikä maksuhäiriömerkintää siihen asti.

               Lähettäkää minulle myös kopio palautustarkastuksen raportista, kuvista ja kaikista
               muistiinpanoista, joita minusta on asiakasjärjestelmään kirjattu.

               Sami Heikkinen
               Kiviharjuntie 14, 90220 Oulu
               """)),
        category="request", kinds=["access", "restriction"], language="fi",
        requester_email="sami.heikkinen@example.org", requester_name="Sami Heikkinen",
        notes="Restriction for a legal claim ('älkää poistako, säilyttäkää, ei muuhun käyttöön') plus a copy of "
              "the records (access) in the last paragraph; 'ette poista' is not erasure.")

    add("fi-objection-profiling-access-bullets",
        simple(LUMI, "Elina Vartiainen", "elina.vartiainen@example.fi", "Profilointi",
               when(2025, 4, 2, 7, 55), T("""
               Hei

               Huomasin, että mobiilisovelluksenne näyttää "sinulle suositeltua" -sisältöä ja mainoksia
               käyttöni perusteella. En ole tätä tilannut.

               - lopettakaa käyttäytymiseni profilointi ja kohdennettu markkinointi minulle
               - kertokaa mitä profiilitietoja minusta on muodostettu ja mistä lähteistä ne on kerätty

               Sovellusta käytän muuten mielelläni jatkossakin.

               Elina Vartiainen
               """), extra=(OUTLOOK_MAC,)),
        category="request", kinds=["access", "objection"], language="fi",
        requester_email="elina.vartiainen@example.fi", requester_name="Elina Vartiainen",
        notes="Two bullets: objection to profiling/targeted marketing, then access to the profile and its "
              "sources; keeps using the app, so no erasure.")

    add("fi-erasure-access-in-subject-only",
        simple(KATTO, "Marjatta Kallio", "marjatta.kallio@example.com", "Kopio tiedoistani ja sitten poisto",
               when(2025, 4, 8, 11, 20), T(f"""
               Hyvä vastaanottaja,

               Pyydän, että poistatte kaikki minua koskevat henkilötiedot rekistereistänne. Olin asiakkaananne
               vuosina 2019-2022 (asiakasnumero 30418). Henkilötunnukseni on {HETU_KALLIO}.

               Ystävällisin terveisin
               Marjatta Kallio
               """), charset="iso-8859-15", cte="quoted-printable"),
        category="request", kinds=["access", "erasure"], language="fi",
        requester_email="marjatta.kallio@example.com", requester_name="Marjatta Kallio", hetu=HETU_KALLIO,
        notes="Body asks only erasure; the access request ('Kopio tiedoistani') is in the Subject line only; "
              "ISO-8859-15 QP.")

    add("fi-access-erasure-after-signature",
        simple(KIVI, "Mika Salonen", "mika.salonen@example.org", "webinaarin tiedot",
               when(2025, 4, 15, 16, 2), T("""
               Hei,

               osallistuin teidän UX-webinaariin viime syksynä. Haluaisin tietää mitä tietoja minusta on
               jäänyt teidän järjestelmiin (ilmoittautumislomake, palautekysely, tallenne?).

               Terveisin
               Mika Salonen
               UX-suunnittelija

               ps. ne voi sen jälkeen poistaa kaikki, en tarvitse niitä mihinkään
               """), extra=(IPHONE,)),
        category="request", kinds=["access", "erasure"], language="fi",
        requester_email="mika.salonen@example.org", requester_name="Mika Salonen",
        notes="Access in the body; erasure only in a lower-case ps. below the signature and title.")

    quoted_tili = quote_lines(T("""
        Hei Tero,

        tarkastuspyyntösi mukaisesti meillä on sinusta seuraavat tiedot: nimi, osoite (Kauppakatu 12 B 7,
        40100 Jyväskylä), puhelinnumero, sähköposti sekä veroilmoitusten 2022–2023 liitteet.
        Tietoja säilytetään kirjanpitolain mukaisesti.

        Ystävällisin terveisin
        Leena Järvinen
        Järvisen Tilitoimisto Oy
        """))
    add("fi-rectification-erasure-reply-on-access-answer",
        simple(TILI, "Tero Hakala", "tero.hakala@example.fi", "Re: Tarkastuspyyntö",
               when(2025, 4, 23, 9, 14), T("""
               Kiitos nopeasta vastauksesta.

               Yksi juttu: osoite on vanha, muutin jo keväällä. Uusi on Väinönkatu 28 A 5, 40100 Jyväskylä,
               korjatkaa se. Ja se vanha puhelinnumero saa lähteä teidän järjestelmistä kokonaan, ei ole
               enää käytössä.

               Tero

               ti 22.4.2025 klo 15.02 Järvisen Tilitoimisto <info@jarvisentilit.example.fi> kirjoitti:
               """) + quoted_tili, extra=reply_hdrs("tili-tero", "jarvisentilit.example.fi") + (TB,)),
        category="request", kinds=["rectification", "erasure"], language="fi",
        requester_email="tero.hakala@example.fi", requester_name="Tero Hakala",
        notes="Reply on top of the company's answer to his earlier access request: new asks are rectification "
              "(address) and erasure of the old phone number; the quoted access is history, not a new ask.")

    add("fi-access-portability-in-txt-attachment",
        with_txt(PAINO, "Sirpa Nurmi", "sirpa.nurmi@example.fi", "Pyyntö",
                 when(2025, 5, 6, 13, 37), T("""
                 Hei,

                 liitteenä pyyntöni tiedostona.

                 Ystävällisesti
                 Sirpa Nurmi
                 """), T("""
                 Saariston Painotalo Oy
                 Asia: Henkilötietojeni tarkastus ja siirto

                 Pyydän saada tietää, mitä henkilötietoja olette minusta tallentaneet (asiakkuus, tilaukset,
                 verkkokaupan tili), mihin niitä käytetään ja kenelle niitä on luovutettu.

                 Lisäksi pyydän, että toimitatte verkkokauppatilini tilaushistorian ja osoitekirjan
                 koneluettavassa muodossa (esim. CSV), jotta voin siirtää ne toiselle painopalvelulle.

                 Turussa 5.5.2025
                 Sirpa Nurmi
                 Linnankatu 9 C 14, 20100 Turku
                 puh. 044 712 3388
                 """), "tietopyynto.txt"),
        category="request", kinds=["access", "portability"], language="fi",
        requester_email="sirpa.nurmi@example.fi", requester_name="Sirpa Nurmi", phone="+358447123388",
        notes="Body only says 'liitteenä pyyntöni'; the access and portability requests are in a text/plain "
              "attachment (tietopyynto.txt, base64, CRLF).")

    add("fi-access-rectification-objection-formal",
        simple(KATTO, "Riitta Söderberg", "riitta.soderberg@example.fi", "Tietosuojapyyntö",
               when(2025, 5, 13, 10, 0), T(f"""
               Arvoisa vastaanottaja,

               Viittaan tietosuojaselosteeseenne ja esitän seuraavat pyynnöt:

               1. Toimittakaa minulle jäljennös kaikista minua koskevista henkilötiedoista, joita käsittelette,
                  sekä tieto käsittelyn tarkoituksista.
               2. Asiakasrekisterissänne nimeni on kirjoitettu muodossa "Riita Söderberg". Oikea muoto on
                  Riitta Söderberg; pyydän korjaamaan tämän.
               3. Vastustan tietojeni käyttämistä suoramarkkinointiin, myös puhelinmarkkinointiin.

               Vastaus pyydetään sähköpostitse tähän osoitteeseen.

               Kunnioittavasti
               Riitta Söderberg
               Hämeenpuisto 33 A 4, 33200 Tampere
               hetu {HETU_SODERBERG}
               """), cte="quoted-printable"),
        category="request", kinds=["access", "rectification", "objection"], language="fi",
        requester_email="riitta.soderberg@example.fi", requester_name="Riitta Söderberg",
        hetu=HETU_SODERBERG,
        notes="Formal numbered letter with three rights, one per item: copy (access), misspelt name "
              "(rectification), direct-marketing objection.")

    newsletter_kivi = quote_lines(T("""
        Kivi & Kangas Design – uutiskirje 5/2025

        Uusi palvelu: saavutettavuusauditointi pienyrityksille.
        Varaa maksuton 30 min sparraus kalenteristamme!

        Et halua enää uutiskirjettä? Peru tilaus täältä: https://kivikangas.example.fi/uutiskirje/peru
        """))
    add("fi-objection-erasure-reply-to-newsletter",
        simple(KIVI, "Satu Rämö", "satu.ramo@example.com", "Re: Kivi & Kangas Design – uutiskirje 5/2025",
               when(2025, 5, 20, 7, 12), T("""
               Poistakaa minut tältä listalta. Ja koko teidän asiakasrekisteristä samalla, en ole ollut
               asiakkaananne vuosiin enkä muista koskaan tilanneeni tätä.

               Satu

               Lähetetty iPhonesta

               > Kivi & Kangas Design <uutiskirje@kivikangas.example.fi> kirjoitti 20.5.2025 kello 6.00:
               >
               """) + newsletter_kivi, extra=(IPHONE,) + reply_hdrs("kivi-news-5", "kivikangas.example.fi")),
        category="request", kinds=["erasure", "objection"], language="fi",
        requester_email="satu.ramo@example.com", requester_name="Satu Rämö",
        notes="'Poistakaa minut tältä listalta' is objection (README); 'koko asiakasrekisteristä samalla' adds "
              "erasure; reply on top of the quoted newsletter with its own unsubscribe line.")

    add("fi-control-erasure-no-copy-needed",
        simple(KIVI, "Jarkko Hirvonen", "jarkko.hirvonen@example.fi", "Tilin poisto",
               when(2025, 5, 27, 22, 41), T("""
               Moi,

               poistakaa mun tiedot ja asiakastili kokonaan. En tarvitse kopiota tiedoista enkä mitään
               erittelyä siitä mitä teillä on ollut, riittää kun kuittaatte että homma on tehty.

               Jarkko Hirvonen
               """)),
        category="request", kinds=["erasure"], language="fi",
        requester_email="jarkko.hirvonen@example.fi", requester_name="Jarkko Hirvonen",
        notes="Control: erasure only; a copy (access) is explicitly declined, and a confirmation that deletion "
              "was done is not an access request.")

    add("fi-control-restriction-dont-delete-no-copy",
        simple(LAITE, "Tuula Hyvönen", "tuula.hyvonen@example.org", "Reklamaatio R-2291 / tietojen käsittely",
               when(2025, 6, 2, 12, 26), T("""
               Hei,

               Reklamaatio tärylevyn vuokrasta (viite R-2291) on edelleen kesken. Pyydän, ettette poista
               mitään minua tai vuokrasopimusta koskevia tietoja ennen kuin asia on käsitelty - mutta
               ettette myöskään käytä niitä perintään tai luottotietoilmoitukseen siihen asti.

               Kopiota tiedoista en tässä vaiheessa tarvitse, lakimiehelläni on paperit.

               Tuula Hyvönen
               """), charset="iso-8859-1", cte="8bit"),
        category="request", kinds=["restriction"], language="fi",
        requester_email="tuula.hyvonen@example.org", requester_name="Tuula Hyvönen",
        notes="Control: restriction only; 'ettette poista' is a negated erasure and a copy is explicitly not "
              "wanted now; ISO-8859-1 8bit.")

    add("fi-erasure-objection-conditional-fallback",
        simple(KATTO, "Veikko Laaksonen", "veikko.laaksonen@example.fi", "Tietojeni poistaminen",
               when(2025, 6, 9, 15, 3), T("""
               Hyvät Kattopojat,

               Pyydän poistamaan kaikki henkilötietoni asiakasrekisteristänne. Katon uusimisesta on jo viisi
               vuotta eikä takuukaan ole enää voimassa.

               Jos kirjanpitolaki estää poistamasta laskuja, lopettakaa ainakin markkinointikirjeiden ja
               -sähköpostien lähettäminen minulle.

               Veikko Laaksonen
               """)),
        category="request", kinds=["erasure", "objection"], language="fi",
        requester_email="veikko.laaksonen@example.fi", requester_name="Veikko Laaksonen",
        notes="Erasure plus a conditional fallback objection ('jos ette voi poistaa, lopettakaa ainakin "
              "markkinointi'); logged as both because invoices are routinely retained, so the objection binds.")

    add("fi-control-rectification-erasure-only-a-question",
        simple(PAINO, "Anna Rask", "anna.rask@example.com", "Nimenmuutos",
               when(2025, 6, 16, 9, 48), T("""
               Hei,

               Sukunimeni on muuttunut avioliiton myötä: Anna Koivu → Anna Rask. Päivittäisittekö sen
               asiakastietoihini ja laskutukseen? Sähköposti pysyy samana.

               Sivumennen: jos joskus haluan, että tietoni poistetaan kokonaan, riittääkö tällainen
               sähköposti vai pitääkö täyttää jokin lomake?

               Kiitos!
               Anna Rask
               """), cte="quoted-printable"),
        category="request", kinds=["rectification"], language="fi",
        requester_email="anna.rask@example.com", requester_name="Anna Rask",
        notes="Control: rectification only; erasure appears only as a hypothetical question about future "
              "procedure ('jos joskus haluan...'), not a request now.")

    fw_orig = T("""
        Hei,

        Saan teiltä mainospostia kotiin vaikka en ole koskaan ollut asiakkaanne. En halua enää mitään
        markkinointia teiltä, en postissa enkä sähköpostissa.

        Ja mistä olette ylipäätään saaneet nimeni ja osoitteeni?

        Esa Laine
        """)
    add("fi-objection-access-forwarded-inline",
        simple(KATTO, "Jussi Mäkelä", "jussi.makela@kattopojat.example.fi", "VL: mainokset",
               when(2025, 6, 24, 8, 31), outlook_inline_forward(T("""
               Tämä tuli myyntiin, kuuluu varmaan teille.

               Jussi
               Kattopojat Oy / myynti
               040 611 2030
               """), ["Lähettäjä: Esa Laine <esa.laine@posti.example.com>",
                      "Lähetetty: maanantai 23. kesäkuuta 2025 19.44",
                      "Vastaanottaja: myynti@kattopojat.example.fi",
                      "Aihe: mainokset"], fw_orig), cte="quoted-printable", extra=(OUTLOOK,)),
        category="request", kinds=["access", "objection"], language="fi",
        requester_email="esa.laine@posti.example.com", requester_name="Esa Laine",
        notes="Employee's inline Outlook forward; original asks objection to marketing and, in a separate "
              "line, where his name and address came from (access, Art. 15(1)(g)); forwarder's phone ignored.")

    body18 = T(f"""
        Hei,

        Siirrymme kirjanpitäjän kanssa toiseen järjestelmään kesän jälkeen. Pyydän seuraavat:

        • kaikki tilini tiedot (asiakkaat, laskut, tuntikirjaukset) koneluettavassa muodossa, mieluiten
          JSON tai CSV, niin että ne voi ladata suoraan uuteen palveluun
        • lisäksi selvityksen siitä, mitä lokitietoja minusta on (kirjautumiset, IP-osoitteet) ja kuinka
          kauan niitä säilytetään
        • kun olen vahvistanut että siirto onnistui, tilin voi sulkea ja kaikki tiedot poistaa

        Terveisin
        Juha Nurmela
        Nurmelan Puutyö, Y-tunnus {YT_NURMELA}
        """)
    add("fi-portability-access-erasure-three-bullets",
        alternative(LUMI, "Juha Nurmela", "juha@nurmelanpuutyo.test", "Tilin tiedot ulos ja tilin sulkeminen",
                    when(2025, 7, 1, 10, 10), body18),
        category="request", kinds=["access", "erasure", "portability"], language="fi",
        requester_email="juha@nurmelanpuutyo.test", requester_name="Juha Nurmela", business_id=YT_NURMELA,
        notes="Three bullets: machine-readable export (portability), log data and retention (access), close "
              "and delete after confirmation (erasure); multipart/alternative QP.")

    add("fi-rectification-restriction-debt-collection",
        simple(LAITE, "Hietanen Kaisu", "kaisu.hietanen@example.fi", "Väärät tiedot laskussa ja perintä",
               when(2025, 7, 8, 18, 22), T("""
               Hei,

               Vuokrasin teiltä lattiahiomakoneen toukokuussa. Laskussanne nimeni on väärin (Kaisa
               Hietala) ja osoite vanha, ja nyt perintätoimisto on lähettänyt kirjeen väärään osoitteeseen.
               Oikeat tiedot: Kaisu Hietanen, Tuirantie 7 as 3, 90500 Oulu.

               Korjatkaa tiedot. Ennen kuin ne on korjattu ja lasku lähetetty uudelleen oikeaan osoitteeseen,
               en halua, että tietojani käytetään perinnässä lainkaan.

               Kaisu Hietanen
               """), charset="windows-1252", cte="quoted-printable", extra=(OUTLOOK,)),
        category="request", kinds=["rectification", "restriction"], language="fi",
        requester_email="kaisu.hietanen@example.fi", requester_name="Kaisu Hietanen",
        notes="Private renter: correct name and address (rectification) and no use for debt collection until "
              "corrected (restriction, Art. 18(1)(a)); cp1252 QP.")

    add("fi-access-objection-ps-mobile-typos",
        simple(PAINO, None, "tiina.k85@webmail.example.com", "esite",
               when(2025, 7, 15, 20, 51), T("""
               moi, mista ootte saanu mun osoitteen kun tuli teidan esite postissa? en oo ikina tilannu
               teilta mitaan. mita muuta teil on musta tallessa?

               Tiina

               ps. ei enaa mainoksia kiitos
               """), extra=(IPHONE,)),
        category="request", kinds=["access", "objection"], language="fi",
        requester_email="tiina.k85@webmail.example.com", requester_name="Tiina",
        notes="No umlauts, typos, first name only; source of address and 'mita muuta teil on' are access, the "
              "marketing opt-out is only a short ps.")

    add("fi-control-objection-keep-customer",
        simple(KATTO, "Heikki Moilanen", "heikki.moilanen@example.com", "Tekstiviestit",
               when(2025, 7, 22, 12, 3), T("""
               Hei,

               Haluan pysyä asiakkaananne (takuuasiat ja huoltosopimus), joten tietojani ei tarvitse poistaa.
               Tekstiviestimarkkinoinnin voitte kuitenkin lopettaa, niitä tulee nykyään joka viikko.

               Heikki Moilanen
               050 412 9087
               """)),
        category="request", kinds=["objection"], language="fi",
        requester_email="heikki.moilanen@example.com", requester_name="Heikki Moilanen",
        phone="+358504129087",
        notes="Control: objection to SMS marketing only; erasure is mentioned only to say it is not wanted.")

    # =======================================================================
    # REQUESTS: Swedish
    # =======================================================================
    add("sv-fi-access-erasure-latin1",
        simple(PAINO, "Johanna Sundqvist", "johanna.sundqvist@example.fi", "Mina uppgifter",
               when(2025, 1, 21, 18, 40, utc_offset=2), T("""
               Hej!

               Jag beställde bröllopsinbjudningar av er för några år sedan. Kunde ni skicka åt mig vad ni har
               sparat om mig och sedan radera allt? Jag behöver inte era tjänster mera.

               Tack på förhand
               Johanna Sundqvist
               """), charset="iso-8859-1", cte="quoted-printable"),
        category="request", kinds=["access", "erasure"], language="sv",
        requester_email="johanna.sundqvist@example.fi", requester_name="Johanna Sundqvist",
        notes="Finland-Swedish 'skicka åt mig ... och sedan radera allt': access then erasure in one sentence; "
              "ISO-8859-1 QP.")

    add("sv-fi-objection-erasure-calls",
        simple(KATTO, "Stig Holmström", "stig.holmstrom@example.fi", "Sluta ringa",
               when(2025, 2, 18, 17, 5, utc_offset=2), T("""
               Hej,

               Ni har ringt mig tre gånger den här månaden med erbjudanden om takbesiktning. Sluta ringa,
               och ta bort mitt nummer ur ert kundregister. Det gäller 050 344 8812.

               /Stig Holmström
               """), extra=(IPHONE,)),
        category="request", kinds=["erasure", "objection"], language="sv",
        requester_email="stig.holmstrom@example.fi", requester_name="Stig Holmström", phone="+358503448812",
        notes="Stop marketing calls (objection) and remove the number from the customer register (erasure, "
              "not just a list); short mobile mail.")

    add("sv-se-portability-access-bullets-outlook",
        alternative(LUMI, "Oskar Lindgren", "oskar.lindgren@example.se", "Export av data",
                    when(2025, 3, 26, 9, 33, utc_offset=2), T("""
                    Hej,

                    Vi byter leverantör efter sommaren. Jag vill:

                    • få ut all data jag har lagt in (projekt, kunder, tidrapporter) i ett maskinläsbart
                      format, helst JSON, så att den kan läsas in hos den nya leverantören
                    • veta vilka övriga uppgifter om mig ni sparar, t.ex. inloggningsloggar och
                      supportärenden, och hur länge

                    Med vänlig hälsning
                    Oskar Lindgren
                    08-612 44 70
                    """), extra=(OUTLOOK,)),
        category="request", kinds=["access", "portability"], language="sv",
        requester_email="oskar.lindgren@example.se", requester_name="Oskar Lindgren", phone="+4686124470",
        notes="Sweden-Swedish; bullet 1 portability (maskinläsbart, to the new supplier), bullet 2 access to "
              "other stored data and retention; Stockholm landline.")

    quoted_sv = quote_lines(T("""
        Hej Malin,

        Tack för ert meddelande. Vi återkommer om reklamationen inom två veckor. För kännedom: vi rensar
        gamla kundkonton och korrektur ur systemet i slutet av månaden.

        Med vänlig hälsning
        Saariston Painotalo – kundtjänst
        """))
    add("sv-fi-restriction-access-reply-on-top",
        simple(PAINO, "Malin Eklund", "malin.eklund@example.fi", "SV: Reklamation order 5512",
               when(2025, 4, 28, 8, 2), T("""
               Radera ingenting ännu! Vi har en pågående tvist om den felaktiga tryckningen (order 5512), och
               jag behöver att mina uppgifter och korrekturen finns kvar men inte används till något annat
               tills saken är avgjord.

               Skicka också en kopia av allt ni har om mig och beställningen, inklusive e-post och
               anteckningar.

               Malin Eklund

               Från: Saariston Painotalo <info@saaristonpaino.example.fi>
               Skickat: den 25 april 2025 14:10
               Till: Malin Eklund <malin.eklund@example.fi>
               Ämne: Reklamation order 5512

               """) + quoted_sv, cte="quoted-printable", extra=(OUTLOOK,)
               + reply_hdrs("paino-malin", "saaristonpaino.example.fi")),
        category="request", kinds=["access", "restriction"], language="sv",
        requester_email="malin.eklund@example.fi", requester_name="Malin Eklund",
        notes="Reply on top of the company's mail announcing a purge: 'Radera ingenting ännu' + keep but do not "
              "use (restriction) and a copy of everything (access); negated erasure.")

    add("sv-fi-rectification-objection-ps",
        simple(PAINO, "Kristina Mattsson", "kristina.mattsson@example.fi", "Adressändring",
               when(2025, 5, 14, 19, 15), T("""
               Hej,

               Min adress i ert kundregister är fel - jag har flyttat till Köpmansgatan 4 B, 21600 Pargas.
               Kan ni rätta den?

               Hälsningar
               Kristina Mattsson

               PS. Jag vill inte längre få era reklamblad i brevlådan.
               """), charset="iso-8859-1", cte="8bit"),
        category="request", kinds=["rectification", "objection"], language="sv",
        requester_email="kristina.mattsson@example.fi", requester_name="Kristina Mattsson",
        notes="Rectification in the body; objection to direct-mail marketing only in the PS; ISO-8859-1 8bit.")

    add("sv-control-erasure-no-copy",
        simple(KIVI, "Niklas Forsman", "niklas.forsman@example.com", "Radera mitt konto",
               when(2025, 6, 4, 13, 45), T("""
               Hej,

               Jag behöver ingen kopia av uppgifterna eller någon sammanställning – radera bara mitt konto i
               kundportalen och allt som hör till det.

               Niklas Forsman
               """)),
        category="request", kinds=["erasure"], language="sv",
        requester_email="niklas.forsman@example.com", requester_name="Niklas Forsman",
        notes="Control: erasure only; a copy (access) is explicitly declined.")

    add("sv-se-control-access-not-erasure-yet",
        simple(LUMI, "Elin Bergqvist", "elin.bergqvist@example.se", "Vilka uppgifter har ni?",
               when(2025, 8, 19, 21, 7), T("""
               Hej!

               Jag har fått mejl från er trots att jag aldrig varit kund. Jag begär inte radering i nuläget –
               först vill jag se vilka uppgifter ni har om mig och varifrån ni har fått dem.

               Mvh Elin Bergqvist

               Skickat från min iPhone
               """), extra=(IPHONE,)),
        category="request", kinds=["access"], language="sv",
        requester_email="elin.bergqvist@example.se", requester_name="Elin Bergqvist",
        notes="Control: access only (what is held and the source); erasure explicitly not requested 'i "
              "nuläget', and she does not ask the mails to stop.")

    add("sv-fi-objection-profiling-erasure-after-signature-html",
        outlook_only(LUMI, "Henrik Åström", "henrik.astrom@example.fi", "Profilering i appen",
                     when(2025, 9, 2, 10, 27), T("""
                     Hej,

                     Jag har läst er dataskyddsbeskrivning och ser att ni analyserar hur jag använder appen för att rikta erbjudanden till mig. Jag motsätter mig att mina användardata används för profilering och riktad marknadsföring.

                     Med vänliga hälsningar
                     Henrik Åström
                     Pargas

                     P.S. Radera gärna också den analysdata ni redan samlat in om mig.
                     """), charset="iso-8859-1", lang="SV"),
        category="request", kinds=["erasure", "objection"], language="sv",
        requester_email="henrik.astrom@example.fi", requester_name="Henrik Åström",
        notes="Objection to profiling in the body; erasure of collected analytics only in a P.S. below the "
              "signature; HTML-only Outlook ISO-8859-1.")

    # =======================================================================
    # REQUESTS: English
    # =======================================================================
    add("en-access-erasure-casual-gmail",
        alternative(KIVI, "Liam Fraser", "liam.fraser@example.com", "my data",
                    when(2025, 2, 25, 23, 14, utc_offset=2), T("""
                    hi, can you send me whatever info you have on me and then delete it? I signed up for a
                    trial of your design audit ages ago and never used it.

                    thanks
                    Liam
                    """), extra=(GMAIL_UA,)),
        category="request", kinds=["access", "erasure"], language="en",
        requester_email="liam.fraser@example.com", requester_name="Liam Fraser",
        notes="'send me whatever info you have on me and then delete it': access then erasure in one sentence; "
              "full name only in the From display name.")

    add("en-objection-erasure-calls-uk",
        simple(LAITE, "Gareth Evans", "gareth.evans@example.org", "Sales calls",
               when(2025, 3, 6, 11, 52, utc_offset=2), T("""
               Hello,

               Your sales team keeps ringing me about snowmobile rentals for the winter season. Please stop
               the marketing calls, and delete my phone number (+44 7700 900456) from your customer records
               altogether. I rented from you once, in 2022, as a tourist.

               Regards,
               Gareth Evans
               """)),
        category="request", kinds=["erasure", "objection"], language="en",
        requester_email="gareth.evans@example.org", requester_name="Gareth Evans", phone="+447700900456",
        notes="Stop marketing calls (objection) and delete the number from customer records (erasure); UK "
              "mobile in international form.")

    add("en-rectification-access-outlook-html",
        outlook_only(PAINO, "Whitfield, Clare", "clare.whitfield@example.com", "Address in your records",
                     when(2025, 3, 31, 14, 9), T("""
                     Hi,

                     Could you please correct my address in your records? It should read Strandvägen 11 A 3, 21600 Parainen — your last invoice still went to my old flat in Turku.

                     While you’re at it, I’d also like to know what else you store about me and why.

                     Many thanks,
                     Clare Whitfield
                     """), lang="EN-GB"),
        category="request", kinds=["access", "rectification"], language="en",
        requester_email="clare.whitfield@example.com", requester_name="Clare Whitfield",
        notes="Correct address (rectification) plus 'what else you store about me and why' (access) in a "
              "second paragraph; HTML-only Outlook cp1252 with curly apostrophes; 'Surname, First' name.")

    add("en-portability-erasure-bullets-saas",
        simple(LUMI, "Priya Raman", "priya.raman@example.org", "Leaving Lumivalo – data export",
               when(2025, 4, 10, 16, 40), T("""
               Hi team,

               I'm moving my freelance bookings to another provider next month. Could you:

               * export everything I entered (clients, bookings, invoices) in a machine-readable format –
                 CSV or JSON is fine – so I can import it into the new system
               * send it to me at this address, not to the shared account mailbox
               * after that, close my account and erase my data

               Cheers,
               Priya Raman
               """)),
        category="request", kinds=["erasure", "portability"], language="en",
        requester_email="priya.raman@example.org", requester_name="Priya Raman",
        notes="Bullet list: portability export, a delivery instruction, then erasure in the last bullet.")

    add("en-restriction-access-deposit-dispute",
        simple(LAITE, "Daniel Moreau", "daniel.moreau@example.com", "Deposit dispute - please don't delete anything",
               when(2025, 5, 8, 9, 3), T("""
               Hello,

               There is an ongoing dispute about the 600 EUR deposit you kept after my campervan rental in
               March. Please don't delete anything about me or the rental yet — freeze my records so they
               are kept but not used for anything else until this is resolved.

               I would also like a copy of the check-in and check-out reports, the photos, and any notes your
               staff made about me.

               Best regards,
               Daniel Moreau
               """)),
        category="request", kinds=["access", "restriction"], language="en",
        requester_email="daniel.moreau@example.com", requester_name="Daniel Moreau",
        notes="'don't delete anything yet — freeze my records' is restriction (negated erasure), then a copy "
              "of reports and notes (access).")

    add("en-objection-access-in-sar-attachment",
        with_txt(KIVI, "Tom Whitaker", "tom.whitaker@example.com", "Marketing and profiling",
                 when(2025, 6, 11, 8, 45), T("""
                 Hello,

                 Please stop using my data for direct marketing and for profiling. I keep getting
                 "personalised" offers from you that I never asked for.

                 My formal request is attached.

                 Tom Whitaker
                 """), T("""
                 SUBJECT ACCESS REQUEST

                 To: Kivi & Kangas Design Oy, info@kivikangas.example.fi
                 From: Tom Whitaker, tom.whitaker@example.com

                 Under Article 15 of the GDPR, please provide:
                 1. a copy of all personal data you hold about me;
                 2. the purposes of the processing and the categories of data;
                 3. the recipients to whom it has been disclosed;
                 4. the source of the data, if not collected from me;
                 5. whether any automated decision-making or profiling is used, and its logic.

                 I expect a response within one month.

                 Tom Whitaker
                 10 June 2025
                 """), "SAR_request.txt", att_charset="us-ascii"),
        category="request", kinds=["access", "objection"], language="en",
        requester_email="tom.whitaker@example.com", requester_name="Tom Whitaker",
        notes="Body: objection to direct marketing and profiling; the access request exists only in the "
              "attached SAR_request.txt (text/plain, us-ascii, base64).")

    add("en-control-access-not-delete-not-export",
        simple(KATTO, "Rebecca Lyons", "rebecca.lyons@example.com", "What do you hold about me?",
               when(2025, 7, 3, 12, 33), T("""
               Hello,

               You re-roofed our house in Pirkkala last year. Just to be clear, I'm not asking you to delete
               or export anything, and I'm happy to keep hearing about maintenance offers — I only want to
               know what personal data you hold about me and who you've shared it with.

               Kind regards,
               Rebecca Lyons
               """)),
        category="request", kinds=["access"], language="en",
        requester_email="rebecca.lyons@example.com", requester_name="Rebecca Lyons",
        notes="Control: access only; erasure and portability are explicitly declined and marketing is "
              "explicitly welcome.")

    add("en-control-rectification-keep-account",
        simple(LUMI, "Siddharth Iyer", "siddharth.iyer@example.org", "Name spelling",
               when(2025, 8, 5, 15, 19), T("""
               Hi,

               Please don't close or delete my account — I still use it every day. I only need you to fix
               the spelling of my name: it's Siddharth, not "Sidharth", on my profile and on the invoices.

               Thanks,
               Siddharth Iyer
               """), extra=(TB,)),
        category="request", kinds=["rectification"], language="en",
        requester_email="siddharth.iyer@example.org", requester_name="Siddharth Iyer",
        notes="Control: rectification only; deletion is mentioned only to say it is not wanted.")

    inner_e9 = message(
        rcpt="myynti@saaristonpaino.example.fi", frm=mailbox("Hannah Becker", "hannah.becker@example.com"),
        frm_addr="hannah.becker@example.com", subject="Your mailings", date=when(2025, 8, 25, 20, 3),
        to="myynti@saaristonpaino.example.fi",
        root=text(T("""
            Good evening,

            I ordered business cards from your web shop in 2023. Since then I get your brochures and emails.
            Could you please:

            - take me off all your marketing lists (post and email)
            - delete my web shop account and the data linked to it

            Thank you,
            Hannah Becker
            """), charset="utf-8", cte="7bit"), trace=False)
    fw9 = multipart("mixed", [text(T("""
        Hei, tämä tuli myynnin osoitteeseen, ohjaan teille käsiteltäväksi.

        t. Pia
        """), charset="utf-8", cte="8bit"), embedded(inner_e9, "Your mailings.eml")], "fw_e9_" + token("e9", 10))
    add("en-erasure-objection-forwarded-rfc822",
        message(rcpt=PAINO, frm=mailbox("Pia Lindholm", "pia.lindholm@saaristonpaino.example.fi"),
                frm_addr="pia.lindholm@saaristonpaino.example.fi", subject="VL: Your mailings",
                date=when(2025, 8, 26, 8, 15), root=fw9, extra=(OUTLOOK,)),
        category="request", kinds=["erasure", "objection"], language="en",
        requester_email="hannah.becker@example.com", requester_name="Hannah Becker",
        notes="Finnish employee forwards an English request as message/rfc822; two bullets: off marketing "
              "lists (objection) and delete the web-shop account (erasure).")

    quoted_mkt = quote_lines(T("""
        Hi there!

        Spring is the best time to check your roof. Book a free inspection before 30 April and get 10 %
        off all repairs.

        Kattopojat Oy | Tampere
        You receive this email because you are in our customer register.
        """))
    add("en-objection-access-erasure-top-posted",
        simple(KATTO, "Oliver Grant", "oliver.grant@example.com", "Re: Free roof inspection this spring",
               when(2025, 4, 3, 7, 48), T("""
               Please take me off this. I've never been your customer — tell me where you got my email
               address from, and then delete it.

               Oliver

               On Wed, 2 Apr 2025 at 10:00, Kattopojat Oy <uutiset@kattopojat.example.fi> wrote:
               """) + quoted_mkt, extra=reply_hdrs("katto-spring", "kattopojat.example.fi") + (GMAIL_UA,)),
        category="request", kinds=["access", "erasure", "objection"], language="en",
        requester_email="oliver.grant@example.com", requester_name="Oliver Grant",
        notes="Top-posted on a quoted marketing mail: 'take me off this' (objection), source of the address "
              "(access), 'then delete it' (erasure) — three rights in two sentences.")

    # =======================================================================
    # REQUESTS: German, Estonian, Russian, Polish
    # =======================================================================
    add("de-access-erasure-latin1-qp",
        simple(LAITE, "Katrin Vogel", "katrin.vogel@example.org", "Auskunft und Löschung meiner Daten",
               when(2025, 2, 14, 10, 31, utc_offset=1), T("""
               Sehr geehrte Damen und Herren,

               im Februar 2024 habe ich bei Ihnen in Oulu zwei Schneemobile gemietet. Bitte senden Sie mir
               eine Kopie aller Daten, die Sie über mich gespeichert haben, und löschen Sie diese
               anschließend vollständig.

               Mit freundlichen Grüßen
               Katrin Vogel
               0171 4455 902
               """), charset="iso-8859-1", cte="quoted-printable", subject_charset="iso-8859-1"),
        category="request", kinds=["access", "erasure"], language="de",
        requester_email="katrin.vogel@example.org", requester_name="Katrin Vogel", phone="+491714455902",
        notes="German 'Kopie ... und löschen Sie diese anschließend': access then erasure; ISO-8859-1 QP; "
              "German mobile without +49.")

    add("de-control-rectification-no-deletion",
        simple(KIVI, "Sabine Krüger", "sabine.krueger@example.com", "Berichtigung meiner Anschrift",
               when(2025, 6, 30, 9, 12), T("""
               Guten Tag,

               eine Löschung meiner Daten möchte ich ausdrücklich nicht, da ich weiterhin Ihre Kundin bleiben
               möchte. Bitte berichtigen Sie nur meine Anschrift: Mannerheimintie 102 B 17, 00250 Helsinki
               (nicht mehr Töölönkatu).

               Freundliche Grüße
               Sabine Krüger
               """), cte="quoted-printable"),
        category="request", kinds=["rectification"], language="de",
        requester_email="sabine.krueger@example.com", requester_name="Sabine Krüger",
        notes="Control: rectification only; 'eine Löschung möchte ich ausdrücklich nicht' is a declined erasure.")

    add("et-erasure-objection-cp1257",
        simple(PAINO, "Kadri Tamm", "kadri.tamm@example.com", "Reklaam ja minu andmed",
               when(2025, 3, 17, 20, 20, utc_offset=2), T("""
               Tere,

               Palun lõpetage mulle reklaamkirjade ja uudiskirjade saatmine. Tellisin teilt ühe korra
               visiitkaardid, rohkem ei ole mul teie teenuseid vaja.

               Ühtlasi palun kustutage minu andmed oma kliendiandmebaasist.

               Lugupidamisega
               Kadri Tamm
               +372 5123 4678
               """), charset="windows-1257", cte="quoted-printable"),
        category="request", kinds=["erasure", "objection"], language="et",
        requester_email="kadri.tamm@example.com", requester_name="Kadri Tamm", phone="+37251234678",
        notes="Estonian: stop advertising and newsletters (objection), 'ühtlasi' also delete from the customer "
              "database (erasure); windows-1257 QP; Estonian mobile.")

    add("et-rectification-access-subordinate",
        simple(LUMI, "Tõnu Kask", "tonu.kask@example.org", "Nime parandus",
               when(2025, 9, 9, 11, 41), T("""
               Tere!

               Minu nimi on teie süsteemis valesti kirjas ("Tonu Kaks"). Palun parandage see (õige on Tõnu
               Kask), ja kui te seda teete, andke palun teada, milliseid andmeid te minu kohta veel hoiate.

               Tänan
               Tõnu Kask
               """), charset="iso-8859-15", cte="8bit"),
        category="request", kinds=["access", "rectification"], language="et",
        requester_email="tonu.kask@example.org", requester_name="Tõnu Kask",
        notes="Estonian: name correction, with access asked in a subordinate 'kui te seda teete' clause; "
              "ISO-8859-15 8bit.")

    add("ru-access-erasure-koi8r",
        simple(LAITE, "Андрей Смирнов", "andrei.smirnov@example.com", "Мои персональные данные",
               when(2025, 4, 17, 19, 5), T("""
               Здравствуйте,

               в прошлом году я брал у вас в аренду прицеп. Прошу предоставить мне копию всех персональных
               данных, которые вы обо мне храните, а после этого удалить их.

               С уважением,
               Андрей Смирнов
               """), charset="koi8-r", cte="8bit", subject_charset="koi8-r"),
        category="request", kinds=["access", "erasure"], language="ru",
        requester_email="andrei.smirnov@example.com", requester_name="Андрей Смирнов",
        notes="Russian 'копию ... а после этого удалить': access then erasure; KOI8-R 8bit body and "
              "KOI8-R encoded subject.")

    add("ru-control-rectification-keep-account-base64",
        simple(KIVI, "Ольга Петрова", "olga.petrova@example.org", "Исправление фамилии",
               when(2025, 10, 7, 13, 16), T("""
               Добрый день!

               Пожалуйста, не удаляйте мой аккаунт — я продолжаю им пользоваться. Просто исправьте мою
               фамилию: после замужества я Петрова (раньше Иванова).

               Спасибо,
               Ольга Петрова
               """), charset="windows-1251", cte="base64"),
        category="request", kinds=["rectification"], language="ru",
        requester_email="olga.petrova@example.org", requester_name="Ольга Петрова",
        notes="Control: Russian rectification only; 'не удаляйте мой аккаунт' is a declined erasure; "
              "windows-1251 base64.")

    add("pl-portability-erasure-latin2",
        simple(LUMI, "Magdalena Wójcik", "magdalena.wojcik@example.com", "Przeniesienie danych",
               when(2025, 5, 22, 17, 58), T("""
               Dzień dobry,

               zmieniam dostawcę oprogramowania do rezerwacji. Proszę o przekazanie moich danych (klienci,
               rezerwacje, faktury) w ustrukturyzowanym formacie nadającym się do odczytu maszynowego, np.
               CSV, tak abym mogła je zaimportować u nowego dostawcy. Po potwierdzeniu przeze mnie, że
               import się udał, proszę o usunięcie mojego konta i wszystkich danych.

               Z poważaniem
               Magdalena Wójcik
               """), charset="iso-8859-2", cte="quoted-printable"),
        category="request", kinds=["erasure", "portability"], language="pl",
        requester_email="magdalena.wojcik@example.com", requester_name="Magdalena Wójcik",
        notes="Polish: machine-readable transfer to a new supplier (portability), then deletion after a "
              "confirmed import (erasure); ISO-8859-2 QP.")

    # =======================================================================
    # NON-REQUESTS
    # =======================================================================
    add("other-b2b-invoice-address-correction",
        simple(KATTO, "Marko Lahtinen", "marko.lahtinen@rakennuslahtinen.test", "Laskutusosoitteen korjaus",
               when(2025, 1, 14, 9, 22, utc_offset=2), T(f"""
               Hei,

               Lähettämässänne laskussa 20250112 on väärä laskutusosoite. Korjatkaa se ja lähettäkää lasku
               uudelleen:

               Rakennus Lahtinen Oy
               Y-tunnus {YT_RAKENNUS}
               Verkkolaskuosoite {OVT_RAKENNUS}
               Operaattori: Maventa

               Vanha katuosoite Hatanpäänvaltatie 30 on poistunut käytöstä, voitte poistaa sen
               asiakastiedoistamme.

               Ystävällisin terveisin
               Marko Lahtinen
               talouspäällikkö
               """)),
        category="other", language="fi", business_id=YT_RAKENNUS,
        notes="B2B: correct and delete a company's invoicing address ('korjatkaa', 'poistaa') — company data, "
              "not a data-subject right; OVT code contains the Y-tunnus digits.")

    add("other-supplier-delete-duplicate-order",
        simple(LAITE, "Pirjo Väänänen", "tilaukset@lvipartner.example.fi", "Tuplatilaus – poistakaa toinen",
               when(2025, 2, 6, 13, 50, utc_offset=2), T(f"""
               Hei,

               Meiltä lähti vahingossa kaksi kertaa sama vuokraustilaus (rakennuslämmitin 2 kpl, vko 7).
               Poistakaa toinen tilauksista järjestelmästänne, niin ettei tule kahta laskua. Tilausnumerot
               TL-88412 ja TL-88413, jälkimmäinen pois.

               Pirjo Väänänen
               LVI-Partner Oy ({YT_LVIPARTNER})
               """), charset="iso-8859-1", cte="quoted-printable"),
        category="other", language="fi", business_id=YT_LVIPARTNER,
        notes="Supplier asks to delete a duplicate order: 'poistakaa' about an order, not personal data.")

    add("auto-unsubscribe-confirmation-fi",
        alternative(KIVI, "Rakennusmedia uutiskirje", "noreply@rakennusmedia.example.com",
                    "Olet poistunut postituslistalta", when(2025, 2, 27, 6, 1, utc_offset=2), T("""
                    Hei,

                    Osoite info@kivikangas.example.fi on nyt poistettu Rakennusmedian uutiskirjeen
                    postituslistalta. Et saa meiltä enää markkinointiviestejä.

                    Tietosi poistetaan postituslistarekisteristä 30 päivän kuluessa. Jos peruutus tapahtui
                    vahingossa, voit tilata uutiskirjeen uudelleen osoitteessa
                    https://rakennusmedia.example.com/tilaa

                    Tähän viestiin ei voi vastata.
                    """), extra=("Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
                                 "Precedence: bulk")),
        category="automated", language="fi",
        notes="Automated unsubscribe confirmation: 'poistettu postituslistalta', 'tietosi poistetaan' — the "
              "mailbox owner unsubscribed elsewhere; nothing to answer.")

    add("other-colleague-forwards-gdpr-training",
        simple(TILI, "Leena Järvinen", "leena.jarvinen@jarvisentilit.example.fi",
               "VL: Kutsu: Tietosuojakoulutus 12.3. – rekisteröidyn oikeudet käytännössä",
               when(2025, 2, 20, 11, 5, utc_offset=2), T("""
               Moi kaikki, tämä olisi hyvä meillekin, ilmoittakaa Mervi-Liisalle perjantaihin mennessä.

               -Leena

               -----Alkuperäinen viesti-----
               Lähettäjä: Taloushallintoliiton koulutus <koulutus@tal.example.fi>
               Aihe: Kutsu: Tietosuojakoulutus 12.3.

               Tervetuloa koulutukseen! Käymme läpi, miten tilitoimisto käsittelee asiakkaiden ja heidän
               työntekijöidensä tarkastuspyynnöt, tietojen oikaisun ja poistopyynnöt, käsittelyn
               rajoittamisen sekä oikeuden siirtää tiedot järjestelmästä toiseen. Lisäksi: miten toimia kun
               asiakas vastustaa suoramarkkinointia.

               Aika: ke 12.3.2025 klo 9–12, Teams
               """), extra=(OUTLOOK,)),
        category="other", language="fi",
        notes="Colleague forwards a GDPR training invitation that names every right; nobody exercises one.")

    add("other-vendor-dpa-update-en",
        alternative(LUMI, "Hanna Koskela", "hanna.koskela@cloudhost.example.com",
                    "Updated Data Processing Agreement – action needed by 31 March",
                    when(2025, 3, 3, 14, 0, utc_offset=2), T("""
                    Hi Lumivalo team,

                    As your account manager I wanted to flag that we have updated our Data Processing
                    Agreement (Art. 28 GDPR). Main changes:

                    - new sub-processor for backups (EU region, Frankfurt)
                    - clarified clause 7: we assist you with data subject requests (access, rectification,
                      erasure, restriction, portability and objection) within 5 business days
                    - deletion or return of customer data within 30 days of contract end

                    Please review and sign the new version in the customer portal by 31 March. Happy to set up a
                    call if you have questions.

                    Best,
                    Hanna Koskela
                    Account Manager, CloudHost
                    """)),
        category="other", language="en",
        notes="Vendor's DPA update listing all six rights and deletion/return of data; B2B processor contract, "
              "no right exercised.")

    add("other-recruiter-remove-candidate-en",
        simple(KIVI, "James Holloway", "james.holloway@talentbridge.example.com",
               "Re: Senior UX designer shortlist",
               when(2025, 3, 11, 16, 25, utc_offset=2), T("""
               Hi Katja,

               Quick update: please remove candidate 3 (Laura Mikkonen) from the shortlist — she accepted
               another offer this morning, so there is no need to schedule her second interview. Also, we
               accidentally sent you candidate 5's profile twice; feel free to delete the duplicate.

               I'll send two new profiles by Friday.

               Best regards,
               James Holloway
               TalentBridge Recruitment
               """), extra=reply_hdrs("kivi-shortlist", "kivikangas.example.fi")),
        category="other", language="en",
        notes="Recruitment firm asks to 'remove the candidate from the shortlist' and 'delete the duplicate' "
              "about third persons in a B2B process; not a data subject exercising a right.")

    add("auto-saas-data-export-ready-en",
        alternative(LUMI, "PipeCRM", "no-reply@pipecrm.example.com", "Your data export is ready",
                    when(2025, 3, 20, 3, 12, utc_offset=2), T("""
                    Hello,

                    The data export you requested for the workspace "Lumivalo Ohjelmistot" is ready.
                    Format: CSV and JSON (machine-readable), 14 files, 2.3 MB.

                    Download: https://app.pipecrm.example.com/exports/8f31c2
                    The link expires in 7 days, after which the export file is deleted automatically.

                    You are receiving this email because you are an administrator of this workspace.
                    """), extra=("Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All")),
        category="automated", language="en",
        notes="Machine notification of a CRM workspace export (machine-readable, deleted automatically); "
              "portability vocabulary in automated mail.")

    quoted_reply_sv = quote_lines(T("""
        Hej Johanna,

        Bifogat finns en kopia av de uppgifter vi har om dig. Som du bett om raderar vi sedan allt.

        Saariston Painotalo
        """))
    add("auto-ooo-sv-quotes-answer",
        simple(PAINO, "Johanna Sundqvist", "johanna.sundqvist@example.fi", "Autosvar: Mina uppgifter",
               when(2025, 2, 4, 9, 0, utc_offset=2), T("""
               Frånvaro 3.2-14.2. Jag läser inte min e-post under denna tid.
               I brådskande fall, ring 040 557 2210.

               """) + quoted_reply_sv, charset="iso-8859-1", cte="quoted-printable",
               extra=("Auto-Submitted: auto-replied", "X-Autoreply: yes") + reply_hdrs("paino-johanna", "saaristonpaino.example.fi")),
        category="automated", language="sv", phone="+358405572210",
        notes="Swedish out-of-office from a requester; quoted text contains the company's answer about a copy "
              "and erasure; not a new request; phone filled literally.")

    dsn_orig = message(
        rcpt="priya.raman@exmaple.org", to="Priya Raman <priya.raman@exmaple.org>",
        frm=mailbox("Lumivalo Ohjelmistot", "info@lumivalo.example.fi"), frm_addr="info@lumivalo.example.fi",
        subject="Re: Leaving Lumivalo – data export", date=when(2025, 4, 14, 10, 2),
        root=text(T("""
            Hi Priya,

            your export (CSV) is attached to a separate message. As requested, we will close your account
            and erase your data once you confirm the import worked.

            Lumivalo Ohjelmistot
            """), charset="utf-8", cte="8bit"), trace=False)
    dsn_root = multipart("report", [
        text(T("""
            This is the mail system at host mx.lumivalo.example.fi.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            <priya.raman@exmaple.org>: Host or domain name not found. Name service error
                for name=exmaple.org type=A: Host not found
            """), charset="us-ascii", cte="7bit", headers=("Content-Description: Notification",)),
        raw_part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], T("""
            Reporting-MTA: dns; mx.lumivalo.example.fi
            X-Postfix-Queue-ID: 4C1D2E3F4A
            Arrival-Date: Mon, 14 Apr 2025 10:02:00 +0300

            Final-Recipient: rfc822; priya.raman@exmaple.org
            Action: failed
            Status: 5.4.4
            Diagnostic-Code: X-Postfix; Host or domain name not found.
            """)),
        embedded(dsn_orig)], "dsn_" + token("dsn22", 10), params=" report-type=delivery-status;")
    add("auto-dsn-bounce-of-reply",
        message(rcpt=LUMI, frm="Mail Delivery System <MAILER-DAEMON@mx.lumivalo.example.fi>",
                frm_addr="MAILER-DAEMON@mx.lumivalo.example.fi", env_from="",
                subject="Undelivered Mail Returned to Sender", date=when(2025, 4, 14, 10, 2, 5), root=dsn_root,
                extra=("Auto-Submitted: auto-replied",)),
        category="automated", language="en",
        notes="Postfix DSN bouncing the company's answer to a portability+erasure request (typo'd domain); "
              "returned original mentions export and erasure.")

    add("auto-newsletter-fi-rights-article",
        alternative(TILI, "Yrittäjäuutiset", "uutiskirje@yrittajauutiset.example.fi",
                    "Yrittäjäuutiset 4/2025: Mitä tehdä, kun asiakas pyytää tietonsa?",
                    when(2025, 4, 1, 6, 30), T("""
                    YRITTÄJÄUUTISET 4/2025

                    Kun asiakas pyytää tietonsa – näin vastaat oikein
                    Asiakas voi pyytää kopion tiedoistaan, vaatia virheellisten tietojen korjaamista tai
                    tietojensa poistamista, vastustaa suoramarkkinointia tai pyytää tiedot koneluettavassa
                    muodossa toiselle palveluntarjoajalle. Vastausaika on kuukausi.

                    Lue lisää: https://yrittajauutiset.example.fi/tietosuoja

                    Et halua enää uutiskirjettä? Peru tilaus: https://yrittajauutiset.example.fi/peru
                    """), extra=("List-Id: Yrittajauutiset <uutiskirje.yrittajauutiset.example.fi>",
                                 "List-Unsubscribe: <https://yrittajauutiset.example.fi/peru>",
                                 "Precedence: bulk")),
        category="automated", language="fi",
        notes="Trade newsletter (List-Id, Precedence: bulk) whose article lists copy, correction, deletion, "
              "objection and portability.")

    add("other-client-corrects-employee-payroll-data",
        simple(TILI, "Sari Kokkonen", "sari.kokkonen@kahvilaaroma.test", "Palkanlaskenta: tilinumeron korjaus",
               when(2025, 4, 24, 10, 44), T(f"""
               Hei Leena,

               Työntekijämme Ville Rantalan tilinumero on palkanlaskennassa väärin, hän vaihtoi pankkia
               maaliskuussa. Korjatkaa uusi tili ennen 30.4. palkanmaksua, numero tulee Villeltä suoraan
               suojatulla viestillä. Vanhan tilin voi poistaa.

               Kiitos!
               Sari Kokkonen
               Kahvila Aroma Oy, Y-tunnus {YT_KAHVILA}
               """)),
        category="other", language="fi", business_id=YT_KAHVILA,
        notes="Accounting client (controller) instructs its processor to correct an employee's payroll "
              "data; the employee is not the sender, so it is an ordinary client instruction, not a request.")

    add("other-customer-company-contact-person-change",
        simple(KIVI, "Anu Rautiainen", "anu.rautiainen@vesikko.example.fi", "Yhteyshenkilö vaihtuu",
               when(2025, 5, 5, 8, 58), T("""
               Hei,

               Matti Hyvärinen on lähtenyt meiltä huhtikuun lopussa. Poistakaa hänet projektin
               yhteyshenkilöistä ja laskutuksen jakelusta ja laittakaa tilalle minut.

               Ystävällisin terveisin
               Anu Rautiainen
               markkinointipäällikkö, Vesikko Oy
               """)),
        category="other", language="fi",
        notes="Customer company replaces its contact person ('poistakaa hänet yhteyshenkilöistä'); the "
              "sender is not the person concerned, ordinary account administration.")

    add("other-sv-delete-wrong-print-file",
        simple(PAINO, "Fredrik Nyberg", "fredrik.nyberg@example.fi", "Fel fil – radera",
               when(2025, 5, 16, 15, 30), T("""
               Hej,

               Jag laddade nyss upp fel version av broschyren (broschyr_v3.pdf) i er tryckportal. Kan ni
               radera den filen? Rätt version, broschyr_v4.pdf, kommer inom en timme. Ordern är densamma,
               nr 6120.

               Tack!
               Fredrik
               """)),
        category="other", language="sv",
        notes="'Radera den filen' about a wrongly uploaded print file; an order matter, not personal data.")

    add("other-en-admin-how-to-delete-user-and-export",
        simple(LUMI, "Chris Doyle", "chris.doyle@northwind.example.com", "How do I remove a user and export our data?",
               when(2025, 6, 5, 10, 12), T("""
               Hi support,

               Two quick questions about our company workspace:

               1. One of our employees left. How do I delete his user account from the workspace? I can't
                  find the option in the admin panel.
               2. Before our renewal we'd like to make a full export of our project data as a backup. Is
                  there an export button somewhere, or do you need to do it?

               Thanks,
               Chris Doyle
               IT admin, Northwind
               """)),
        category="other", language="en",
        notes="B2B admin support question on deleting a colleague's user and exporting company project data; "
              "how-to, no data-subject right exercised.")

    quoted_done = quote_lines(T("""
        Hei Satu,

        olemme poistaneet sinut uutiskirjeemme listalta ja poistaneet tietosi asiakasrekisteristämme.

        Kivi & Kangas Design
        """))
    add("other-thanks-after-erasure-objection",
        simple(KIVI, "Satu Rämö", "satu.ramo@example.com", "Re: Kivi & Kangas Design – uutiskirje 5/2025",
               when(2025, 5, 23, 12, 40), T("""
               Kiitos, hyvä että hoitui näin nopeasti!

               Satu

               Lähetetty iPhonesta

               > Kivi & Kangas Design <info@kivikangas.example.fi> kirjoitti 23.5.2025 kello 11.15:
               >
               """) + quoted_done, extra=(IPHONE,) + reply_hdrs("kivi-satu-done", "kivikangas.example.fi")),
        category="other", language="fi",
        notes="Thank-you after an answered erasure+objection request; the quoted text describes them but "
              "nothing new is asked.")

    add("other-phishing-deletion-request-cancel",
        alternative(LAITE, "Data Protection Center", "security@dpo-notice.example.com",
                    "Action required: your data deletion request #DR-77120 will be processed in 24h",
                    when(2025, 6, 18, 4, 12), T("""
                    Dear customer,

                    We have received a request to permanently delete all data associated with
                    info@pohjolanlaite.example.fi, including your mailbox and backups.

                    If you did NOT request this, you must verify your account within 24 hours to cancel the
                    deletion: https://dpo-notice.example.com/verify?id=DR-77120

                    Data Protection Center
                    """), reply_to="restore-desk@mailbox.example.org"),
        category="other", language="en",
        notes="Phishing about a fake 'data deletion request' with a verify link and off-domain Reply-To; not a "
              "request, not automated.")

    add("other-sv-dsar-tool-pitch",
        simple(PAINO, "Emma Holm", "emma.holm@gdprflow.example.se", "Hantera registerutdrag på minuter",
               when(2025, 7, 9, 9, 5), T("""
               Hej!

               Hur hanterar ni idag begäranden om registerutdrag, rättelse, radering och dataportabilitet?
               Med GDPRflow får ni en färdig portal där den registrerade själv kan begära sina uppgifter,
               och ni svarar inom lagstadgad tid med några klick.

               Har ni 15 minuter nästa vecka för en demo?

               Vänliga hälsningar
               Emma Holm
               GDPRflow AB
               """)),
        category="other", language="sv",
        notes="Swedish vendor pitch naming access, rectification, erasure and portability; cold sales mail.")

    add("auto-helpdesk-ack-fi",
        simple(KATTO, "Tukkutalo asiakaspalvelu", "noreply@tukkutalo.example.fi",
               "[Tiketti #48211] Pyyntösi on vastaanotettu: Vanhan asiakastilin poisto",
               when(2025, 7, 17, 14, 2), T("""
               Hei,

               Kiitos yhteydenotostasi. Pyyntösi "Vanhan asiakastilin poisto" on vastaanotettu ja
               käsittelemme sen 5 arkipäivän kuluessa. Viitenumero: #48211.

               Tähän viestiin ei voi vastata. Voit seurata tikettiä asiakasportaalissa.

               Tukkutalo asiakaspalvelu
               """), extra=("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All")),
        category="automated", language="fi",
        notes="Helpdesk auto-acknowledgement of the mailbox owner's own request to a supplier ('asiakastilin "
              "poisto'); machine mail, never answered.")

    add("auto-mailing-list-discussion-fi",
        simple(KIVI, "Pekka Oinonen via Verkkoyrittäjät", "verkkoyrittajat@lists.example.org",
               "[Verkkoyrittäjät] Asiakas pyysi kopion ja poiston – kumpi ensin?",
               when(2025, 8, 12, 20, 33), T("""
               Moi lista,

               Meille tuli viestinä "lähettäkää mitä teillä on ja poistakaa sitten kaikki". Pitääkö ensin
               toimittaa kopio ja vasta sitten poistaa, vai riittääkö poisto? Ja pitääkö markkinointilista
               käsitellä erikseen?

               Pekka

               --
               Verkkoyrittäjät-postituslista
               Peru tilaus: verkkoyrittajat+unsubscribe@lists.example.org
               """), extra=("List-Id: Verkkoyrittajat <verkkoyrittajat.lists.example.org>",
                            "List-Unsubscribe: <mailto:verkkoyrittajat+unsubscribe@lists.example.org>",
                            "Precedence: list", "Sender: verkkoyrittajat@lists.example.org")),
        category="automated", language="fi",
        notes="Mailing-list post (List-Id, Precedence: list) quoting a customer's 'copy then delete' request as "
              "a discussion topic; list traffic, not a request to this company.")

    add("other-internal-crm-cleanup",
        simple(LAITE, "Ari Pulkkinen", "ari.pulkkinen@pohjolanlaite.example.fi", "CRM siivous",
               when(2025, 8, 20, 7, 40), T("""
               Moi,

               Huomasin että Virtasen Jorma on CRM:ssä kahteen kertaan. Voisiko joku poistaa tuplakontaktin
               ja korjata samalla osoitteen siihen jäävään (Nuottasaarentie 3, ei 30)? Ja hänelle meni
               vahingossa kaksi kevätkampanjan kirjettä.

               Ari
               """)),
        category="other", language="fi",
        notes="Internal employee housekeeping (delete duplicate contact, fix an address) sent to info@; not "
              "the data subject, no right exercised.")

    add("auto-subprocessor-notification-en",
        alternative(LUMI, "MailRelay Legal", "legal-noreply@mailrelay.example.com",
                    "Notice of new sub-processor", when(2025, 9, 1, 2, 0), T("""
                    Dear customer,

                    In accordance with our Data Processing Addendum, we notify you that from 1 October 2025 we
                    will use a new sub-processor for log storage. You may object to the change within 30 days
                    by contacting your account manager. Objections do not affect your data subject request
                    tooling (access, erasure, rectification).

                    This is an automated notice sent to all account owners.
                    """), extra=("Auto-Submitted: auto-generated", "Precedence: bulk",
                                 "List-Unsubscribe: <https://mailrelay.example.com/notices/unsubscribe>")),
        category="automated", language="en",
        notes="Bulk legal notice of a sub-processor change; 'you may object' is about a B2B contract, sent "
              "automatically.")

    add("other-et-partner-vat-correction",
        simple(PAINO, "Marten Saar", "marten.saar@trukikoda.example.com", "Arve 2025-318 – KMKR parandus",
               when(2025, 9, 16, 10, 5), T("""
               Tere,

               Teie arvel 2025-318 on meie käibemaksukohustuslase number vale. Palun parandage see ja
               saatke arve uuesti: õige KMKR nr on EE102345678. Vana arve palun kustutage.

               Lugupidamisega
               Marten Saar
               Trükikoda OÜ, raamatupidamine
               """), charset="iso-8859-15", cte="quoted-printable"),
        category="other", language="et",
        notes="Estonian B2B partner asks to correct the VAT number on an invoice and delete the old invoice; "
              "company data, not a right.")

    add("other-de-supplier-bank-details",
        simple(LAITE, "Thomas Berger", "t.berger@maschinenteile.example.com", "Änderung unserer Bankverbindung",
               when(2025, 10, 1, 8, 20), T("""
               Sehr geehrte Damen und Herren,

               bitte löschen Sie unsere alte Bankverbindung aus Ihren Stammdaten und hinterlegen Sie ab
               sofort die neue IBAN DE89 3704 0044 0532 0130 00. Eine Bestätigung auf Firmenpapier folgt
               per Post.

               Mit freundlichen Grüßen
               Thomas Berger
               Buchhaltung, Maschinenteile Berger GmbH
               """), charset="iso-8859-1", cte="quoted-printable"),
        category="other", language="de",
        notes="German supplier: 'löschen Sie unsere alte Bankverbindung aus Ihren Stammdaten' — company "
              "master data, not a data-subject erasure.")

    ics = T("""
        BEGIN:VCALENDAR
        PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:040000008200E00074C5B7101A82E008000000002
        DTSTART:20251021T090000Z
        DTEND:20251021T110000Z
        SUMMARY:Tietosuojakoulutus: rekisteroidyn oikeudet
        ORGANIZER;CN=Kaisa Ahola:mailto:kaisa.ahola@lumivalo.example.fi
        ATTENDEE;RSVP=TRUE:mailto:info@lumivalo.example.fi
        END:VEVENT
        END:VCALENDAR
        """)
    cal_root = multipart("alternative", [
        text(T("""
            Kaisa Ahola on kutsunut sinut tapahtumaan.

            Tietosuojakoulutus: rekisteröidyn oikeudet (tarkastus, oikaisu, poisto, siirto)
            ti 21.10.2025 12.00–14.00, Neuvotteluhuone Aalto
            """), charset="utf-8", cte="quoted-printable"),
        text(ics, subtype="calendar", charset="utf-8", cte="7bit", params="; method=REQUEST")],
        "cal_" + token("cal22", 10))
    add("auto-calendar-invite-gdpr-training",
        message(rcpt=LUMI, frm=mailbox("Kaisa Ahola", "kaisa.ahola@lumivalo.example.fi"),
                frm_addr="kaisa.ahola@lumivalo.example.fi",
                subject="Kutsu: Tietosuojakoulutus: rekisteröidyn oikeudet", date=when(2025, 10, 3, 13, 0),
                root=cal_root, extra=(OUTLOOK,)),
        category="automated", language="fi",
        notes="Calendar invitation (text/calendar METHOD:REQUEST) for a GDPR training listing the rights.")

    add("other-supplier-assessment-privacy-docs",
        simple(TILI, "Outi Lehtola", "outi.lehtola@konepajalehtola.test", "Toimittaja-arviointi / tietosuoja",
               when(2025, 10, 14, 12, 55), T(f"""
               Hei,

               Teemme vuosittaista toimittaja-arviointia. Lähettäisittekö meille tietosuojaselosteenne,
               tiedon siitä missä palvelimenne sijaitsevat, sekä kuvauksen siitä miten käsittelette
               tarkastus- ja poistopyynnöt? Henkilötietojen käsittelysopimus meillä on jo voimassa.

               Terveisin
               Outi Lehtola
               Konepaja Lehtola Oy, Y-tunnus {YT_KONEPAJA}
               """)),
        category="other", language="fi", business_id=YT_KONEPAJA,
        notes="B2B client asks for the privacy notice and a description of how access and deletion requests "
              "are handled: asking about privacy in general, no right exercised.")

    add("other-en-order-cancel-and-refund",
        simple(KATTO, "Ben Harper", "ben.harper@example.org", "Cancel my gutter cleaning booking",
               when(2025, 10, 22, 17, 30), T("""
               Hi,

               Please cancel my gutter cleaning booking for 29 October (booking ref GC-4410) and refund
               the 50 EUR advance to the same card. We are selling the house.

               Thanks,
               Ben
               """)),
        category="other", language="en",
        notes="Booking cancellation and refund; 'cancel' is not erasure or objection.")


if __name__ == "__main__":
    sys.exit(main(sys.argv, build, FOLDER))
