#!/usr/bin/env python3
"""Generate an eighth independent, labelled corpus (corpus_extra8) for the dsarbot classifier.

Writes raw RFC 5322 messages (NNN-slug.eml) and labels.jsonl into this folder, following the label schema
and conventions of ../../../shared/corpus/README.md, then validates the result and prints counts.

Written by an eighth author (a privacy consultant's view of real DSAR mail) without looking at the
classifier or at the other corpora's mail texts. The requests deliberately avoid the obvious legal nouns:
"kaikki mitä teillä on musta", a top-posted "en halua olla teidän listoilla" over a quoted newsletter,
"lopettakaa mun tietojen käyttö mainontaan" plus where did you get my address, an e-mail change with the
whole ask in the subject, a deceased mother's letters, a 13-year-old's coding-camp sign-up, a follow-up
to an ignored request threatening a complaint to the authority, a sole trader moving to another SaaS, a
conditional "jos on, niin heittäkää pois" without umlauts, a paid invoice still marked unpaid (fix it and
do not pass it on, but do not destroy anything); Swedish "vilka uppgifter ni sparat", "ta bort mig ur era
system", "sluta skicka reklam" with a Reply-To, a customer history moved to a competitor, a disputed
invoice ("radera inget"), a new surname with a lower-case personbeteckning; English "what you've got on
me" and the credit agency, "unsubscribe me from everything and forget me", "Do you have my phone number?
Where did you get it?", "don't use my info for anything except the invoice", a misspelled Irish name in
Outlook HTML, "move my customer history to ... please". Automated: an English auto-reply with
Auto-Submitted, a Swedish holiday reply without headers, a Gmail-style DSN, a Mailchimp-like newsletter
(List-Id, Precedence: bulk) and a Finnish Outlook read receipt. Hard negatives: a partner asking to be
taken off a project thread, "radera beställning", a purchase-order typo, an accountant's "kaikki tiedot",
a colleague forwarding the data-protection authority's newsletter on the right of access, a supplier
audit question, an HR-software pitch full of DSAR words, a thank-you after a deletion, a late delivery
"annoin tietoni jo kahteen kertaan", and a job application that lets the company keep the CV.

Everything is invented; mail domains are under example.fi / example.com / example.se / .test;
IP addresses come from documentation ranges.

Run:  python3 make_corpus.py          (rewrite the corpus and validate)
      python3 make_corpus.py --check  (only validate what is on disk)

Standard library only.
"""
from __future__ import annotations

import html as _html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_kit import *


# ---------------------------------------------------------------------------
# local builders
# ---------------------------------------------------------------------------
def esc(s: str) -> str:
    return _html.escape(s, quote=False)


def gmail_reply_html(top: str, attr: str, quoted_html: str) -> str:
    return (light_html(top)
            + '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + esc(attr) + "<br></div>"
            + '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
              'rgb(204,204,204);padding-left:1ex">\n' + quoted_html + "</blockquote></div>\n")


HETU_HYVONEN = new_hetu("170689", "-", "347")
HETU_SJOHOLM = new_hetu("120301", "A", "226")
Y_TMI_VIRTANEN = new_ytunnus("3141593")
Y_ILO = new_ytunnus("2718282")
Y_HARJU = new_ytunnus("1618033")
Y_KATTOPOJAT = new_ytunnus("0845129")
Y_NORDHAVN = new_ytunnus("2236067")


def build() -> None:
    # ================================================================== requests, Finnish
    add("fi-access-colloquial-kaikki-musta", simple(
        KIVI, None, "jere.k92@example.com", "kysymys", when(2026, 2, 17, 22, 41, utc_offset=2), T("""
            moi

            mulle tuli teiltä joku mainosviesti vaikka en muista et oisin ikinä ollu teidän kanssa missään tekemisissä. haluisin nähdä kaikki mitä teillä on musta. siis ihan kaikki, ja mihin ootte niitä käyttäny ja kenelle annettu

            Jere

            """) + SAMSUNG_FI + "\n", extra=(ANDROID_UA,)),
        category="request", kinds=["access"], language="fi", requester_email="jere.k92@example.com",
        requester_name="Jere",
        notes="Spoken Finnish ('musta', 'ootte'), no legal words; mentions an ad but never asks it to stop, "
              "so access only; only a first name.")

    nl_plain = T("""
        Hyvä asiakkaamme,

        kevät tuo painoon uudet paperilaadut: kierrätetty Kuura Natural ja pehmeä Saaristo Rough. Nyt on hyvä hetki tilata rippi- ja valmistujaiskutsut ajoissa.

        Maaliskuun tarjous: kaikki kutsukortit -15 % koodilla KEVAT26.

        Lämpimin terveisin
        Saariston Painotalo Oy | Saariston Tryckeri Ab
        Parainen / Pargas

        Saat tämän viestin, koska olet asiakkaamme. Jos et halua enää uutiskirjettä, voit perua tilauksen täältä: https://saaristonpaino.example.fi/uutiskirje/peru?id=8812
        Päivitä yhteystietosi: https://saaristonpaino.example.fi/uutiskirje/tiedot?id=8812
        """)
    top = T("""
        En halua olla teidän listoilla. Tilasin kerran hääkutsut, se ei tarkoita että haluan näitä joka kuukausi.

        Leena
        """)
    attr = "ti 3.3.2026 klo 10.02 Saariston Painotalo <uutiset@saaristonpaino.example.fi> kirjoitti:"
    add("fi-objection-topposted-over-newsletter", alternative(
        PAINO, "Leena Hakala", "leena.hakala@example.fi",
        "Re: Saariston Painotalon kevätuutiset: uudet paperilaadut ja -15 % kutsukorteista",
        when(2026, 3, 3, 12, 27, utc_offset=2),
        top + "\n" + attr + "\n" + quote_lines(nl_plain),
        html_body=gmail_reply_html(top, attr, light_html(nl_plain, '<div>')),
        extra=(GMAIL_UA,)),
        category="request", kinds=["objection"], language="fi", requester_email="leena.hakala@example.fi",
        requester_name="Leena Hakala",
        notes="Top-posted one-liner over a quoted newsletter whose footer says 'perua tilauksen' and 'Päivitä "
              "yhteystietosi'; only the top line is hers; name only in the display name.")

    add("fi-objection-access-mainonta-osoite", simple(
        LAITE, "Timo Rautio", "timo.rautio@example.fi", "Mainokset", when(2026, 3, 9, 18, 5, utc_offset=2), T("""
            Hei,

            lopettakaa mun tietojen käyttö mainontaan. Vuokrasin teiltä viime kesänä kerran peräkärryn ja sen jälkeen on tullut tekstareita ja nyt kirjeitäkin kotiin.

            Ja kertokaa samalla mistä saitte mun kotiosoitteen, koska en sitä teille antanut – maksoin kortilla ja annoin vain puhelinnumeron.

            Timo Rautio
            044 718 2290
            """), cte="quoted-printable", extra=(TB,)),
        category="request", kinds=["access", "objection"], language="fi", requester_email="timo.rautio@example.fi",
        requester_name="Timo Rautio", phone="+358447182290",
        notes="Objection phrased as 'lopettakaa käyttö mainontaan' plus a second paragraph asking where the "
              "address came from (access); no legal vocabulary.")

    add("fi-rectification-ask-only-in-subject", message(
        rcpt=KATTO, frm=mailbox("Markku Lehto", "m.lehto@example.com"), frm_addr="m.lehto@example.com",
        subject="Sähköpostini vaihtui, päivittäkää", subject_charset="iso-8859-1",
        date=when(2026, 3, 12, 7, 52, utc_offset=2), extra=(IPHONE,),
        root=text(T("""
            Vanha oli markku.lehto@posti.example.fi

            Markku

            Lahetetty iPhonesta
            """), charset="us-ascii", cte="7bit")),
        category="request", kinds=["rectification"], language="fi", requester_email="m.lehto@example.com",
        requester_name="Markku Lehto",
        notes="The whole ask is in an ISO-8859-1 encoded subject; the body only gives the old address, which "
              "is not the reply address.")

    add("fi-erasure-objection-deceased-mother", outlook_only(
        KATTO, "Pirjo Lindqvist-Mäkelä", "pirjo.lindqvist-makela@example.fi", "Äitini Aino Lindqvist",
        when(2026, 2, 24, 10, 13, utc_offset=2), T("""
            Hyvä vastaanottaja,

            äitini Aino Lindqvist (Koivistonkatu 12, 33580 Tampere) kuoli tammikuussa. Teiltä tulee hänen nimellään edelleen kirjeitä kattotarkastuksista ja kevätkampanjoista, ja niiden avaaminen on aika raskasta.

            Toivoisin, että nämä kirjeet loppuvat ja että äidin tiedot otetaan kokonaan pois teidän järjestelmistänne. Teitte hänen taloonsa kattoremontin vuonna 2019; jos kirjanpidon takia jotain on pakko säilyttää, ymmärrän sen.

            Olen kuolinpesän osakas ja voin toimittaa kuolintodistuksen, jos sitä tarvitaan.

            Ystävällisin terveisin
            Pirjo Lindqvist-Mäkelä
            puh. (03) 356 1120
            """), charset="iso-8859-1", name_charset="iso-8859-1"),
        category="request", kinds=["erasure", "objection"], language="fi",
        requester_email="pirjo.lindqvist-makela@example.fi", requester_name="Pirjo Lindqvist-Mäkelä",
        phone="+35833561120",
        notes="On behalf of a deceased mother: stop the letters and take her data out, gently worded with an "
              "accepted bookkeeping exception; HTML-only Outlook in ISO-8859-1.")

    add("fi-access-erasure-objection-minor-daughter", simple(
        KIVI, "Sanna Keränen", "sanna.keranen@example.fi", "Tyttäreni tiedot",
        when(2026, 4, 8, 21, 16), T("""
            Hei,

            tyttäreni Ella (13 v.) on ilmeisesti täyttänyt teidän sivuilla nuorten koodileirin ilmoittautumislomakkeen ilman että me vanhemmat tiesimme asiasta. Nyt hänen puhelimeensa tulee teiltä mainosviestejä.

            Haluaisin ensin tietää, mitä kaikkea olette hänestä keränneet ja mistä. Sen jälkeen kaikki hänen tietonsa pois. Ja mainosviestit loppumaan heti, ei vasta sitten kun olette käyneet asian läpi.

            Sanna Keränen
            050-443 8812
            """), cte="base64", extra=(IPHONE,)),
        category="request", kinds=["access", "erasure", "objection"], language="fi",
        requester_email="sanna.keranen@example.fi", requester_name="Sanna Keränen", phone="+358504438812",
        notes="A parent acting for a 13-year-old: see everything, then 'kaikki pois', and stop the ads now; "
              "three kinds, no legal words, base64 body.")

    add("fi-access-ignored-followup-complaint-hetu", simple(
        TILI, "Mikko Hyvönen", "mikko.hyvonen@example.fi",
        "Uusi yritys – ei vastausta 12.2. lähettämääni viestiin", when(2026, 3, 19, 20, 2, utc_offset=2), T(f"""
            Hei,

            kirjoitin teille 12.2. alla olevan viestin enkä ole saanut mitään vastausta, en edes kuittausta. Nyt on kulunut yli kuukausi.

            Kysyn siis uudelleen: mitä tietoja teillä on minusta, mistä olette ne saaneet ja kenelle niitä on annettu. Olin 2021–2024 töissä Rakennus-Kallio Oy:llä, jonka palkanlaskennan te hoidatte.

            Jos en saa vastausta kahden viikon kuluessa, teen asiasta valituksen tietosuojavaltuutetulle.

            Mikko Hyvönen
            hetu {HETU_HYVONEN}

            ---- Alkuperäinen viesti ----
            Lähettäjä: Mikko Hyvönen <mikko.hyvonen@example.fi>
            Päivämäärä: 12.2.2026 klo 19.41
            Aihe: Tiedot

            > Hei, voisitteko kertoa mitä tietoja teillä on minusta? Olin Rakennus-Kallion palveluksessa 2021-2024.
            > Mikko Hyvönen
            """), cte="quoted-printable", extra=(TB,)),
        category="request", kinds=["access"], language="fi", requester_email="mikko.hyvonen@example.fi",
        requester_name="Mikko Hyvönen", hetu=HETU_HYVONEN,
        notes="Follow-up to an ignored request with a deadline and a complaint threat; the data subject is a "
              "client's former employee (payroll), and the original ask is quoted below.")

    portability_fi = T(f"""
        Moi,

        siirryn ensi kuun alusta käyttämään Tuntikirjaa, kun se sopii paremmin yhden hengen firmalle. Saisinko kaikki mun asiakkaat, projektit ja tuntikirjaukset sellaisena tiedostona, jonka Tuntikirja osaa lukea sisään (niiden tuki sanoi, että CSV tai Excel käy)? Tai jos teille on helpompaa, voitte lähettää ne suoraan heille osoitteeseen siirrot@tuntikirja.example.com.

        Kun siirto on tehty, tilini saa sulkea ja kaiken muun saa heittää menemään.

        Kiitos!
        Hanna Virtanen
        Tmi Hanna Virtanen, Y-tunnus {Y_TMI_VIRTANEN}
        """)
    add("fi-portability-erasure-sole-trader-switch", alternative(
        LUMI, "Hanna Virtanen", "hanna@tmivirtanen.example.fi", "Tilin siirto ja lopetus",
        when(2026, 4, 14, 9, 30), portability_fi, cte="base64", extra=(OUTLOOK_MAC,)),
        category="request", kinds=["erasure", "portability"], language="fi",
        requester_email="hanna@tmivirtanen.example.fi", requester_name="Hanna Virtanen",
        business_id=Y_TMI_VIRTANEN,
        notes="A sole trader (natural person) asks for a file another service can import or a direct transfer, "
              "then 'heittää menemään'; looks like a B2B account closure; base64 alternative.")

    add("fi-erasure-conditional-no-umlauts", simple(
        LAITE, "Ville Saarinen", "ville.saarinen@example.com", "tekstiviesti", when(2026, 3, 26, 13, 44,
                                                                                   utc_offset=2), T("""
            Hei

            Sain teilta eilen tekstiviestin "Kevaan vuokrakampanja" vaikka en ole ikina vuokrannut teilta mitaan. En tieda onko teilla minusta jotain tietoja, mutta jos on, niin heittakaa ne pois. Numero johon viesti tuli: 0400 918 273.

            Ville Saarinen
            """), charset="us-ascii", cte="7bit"),
        category="request", kinds=["erasure"], language="fi", requester_email="ville.saarinen@example.com",
        requester_name="Ville Saarinen", phone="+358400918273",
        notes="Conditional erasure ('jos on, niin heittakaa ne pois') typed without umlauts in US-ASCII; the "
              "SMS is only the trigger.")

    receipt_fi = T("""
        Hei,

        teidän laskutuksessa näkyy, että minulla olisi maksamatta lasku 2025-118 (räystäskourujen korjaus). Maksoin sen 15.1.2026, kuitti liitteenä. Korjatkaa tieto.

        Siihen asti kun asia on selvitetty, älkää luovuttako mun tietoja perintätoimistolle tai käyttäkö niitä mihinkään muuhunkaan. Älkää kuitenkaan hävittäkö mitään – tarvitsen laskuhistorian, jos tästä tulee riita.

        Tuula Jääskeläinen
        Kuusikkotie 7, 33560 Tampere
        """)
    b = "mix_" + token("tuula" + "kuitti", 16)
    add("fi-rectification-restriction-paid-invoice", message(
        rcpt=KATTO, frm=mailbox("Jääskeläinen, Tuula", "tuula.jaaskelainen@example.fi", "utf-8", "B"),
        frm_addr="tuula.jaaskelainen@example.fi", subject="Lasku 2025-118 on maksettu",
        date=when(2026, 2, 5, 16, 48, utc_offset=2), extra=(OUTLOOK,),
        root=multipart("mixed", [text(receipt_fi, cte="8bit"),
                                 attachment(fake_pdf("Kuitti 15.1.2026"), "application/pdf",
                                            "kuitti_15012026.pdf")], b)),
        category="request", kinds=["rectification", "restriction"], language="fi",
        requester_email="tuula.jaaskelainen@example.fi", requester_name="Tuula Jääskeläinen",
        notes="Looks like a billing dispute: fix a wrong 'unpaid' status and do not pass or use the data "
              "meanwhile but keep everything ('älkää hävittäkö'); From is 'Surname, Firstname' in base64.")

    # ================================================================== requests, Swedish
    add("sv-access-vilka-uppgifter-varifran-adress", simple(
        PAINO, "Göran Åberg", "goran.aberg@example.fi", "Reklambrev", when(2026, 2, 10, 14, 20, utc_offset=2),
        T("""
            Hej,

            jag fick ett reklambrev från er hem i postlådan förra veckan, trots att jag aldrig beställt något av er. Jag skulle vilja veta vilka uppgifter ni sparat om mig och varifrån ni fått min adress.

            Skicka svaret åt mig per e-post.

            Med vänlig hälsning
            Göran Åberg
            Pargas
            """), charset="iso-8859-1", cte="quoted-printable", subject_charset="iso-8859-1"),
        category="request", kinds=["access"], language="sv", requester_email="goran.aberg@example.fi",
        requester_name="Göran Åberg",
        notes="Finland-Swedish ('skicka svaret åt mig'); access including the source, prompted by an ad but "
              "without asking it to stop; ISO-8859-1 quoted-printable.")

    add("sv-erasure-ta-bort-mig-ur-era-system", outlook_only(
        LUMI, "Elin Sandberg", "elin.sandberg@example.se", "Kontaktperson", when(2026, 1, 20, 8, 57, utc_offset=1),
        T("""
            Hej,

            Ta bort mig ur era system. Jag slutade på Nordvik Konsult AB i december men får fortfarande mejl från er om licensförnyelser och webbinarier, och mitt namn står kvar som kontaktperson hos er.

            Tack på förhand.

            Elin Sandberg
            """), charset="windows-1252", lang="SV"),
        category="request", kinds=["erasure"], language="sv", requester_email="elin.sandberg@example.se",
        requester_name="Elin Sandberg",
        notes="A former customer contact person: 'ta bort mig ur era system' is erasure of her record, not just "
              "a list removal; B2B context; HTML-only Outlook in Windows-1252.")

    add("sv-objection-sluta-reklam-reply-to", simple(
        LAITE, "Familjen Nordström", "familjen.nordstrom@example.se", "Sluta skicka reklam – tack",
        when(2026, 4, 2, 19, 33), T("""
            Hej,

            sluta skicka reklam till oss. Både mejlen och sms:en till 070-174 06 42. Vi hyrde en jordfräs till stugan i Ii en gång 2023 och det räcker.

            Johan Nordström
            """), reply_to=mailbox("Johan Nordström", "johan.nordstrom@example.se"), extra=(TB,)),
        category="request", kinds=["objection"], language="sv", requester_email="johan.nordstrom@example.se",
        requester_name="Johan Nordström", phone="+46701740642",
        notes="Family mailbox in From, personal Reply-To; the signer is the requester, not 'Familjen "
              "Nordström'; Swedish mobile without +46.")

    add("sv-portability-customer-history-to-competitor", simple(
        PAINO, "Karin Holmström", "karin.holmstrom@example.fi", "Flytt av min kundhistorik",
        when(2026, 4, 20, 11, 2), T("""
            Hej!

            Jag har bestämt mig för att gå över till Åbolands Tryckeri. Kan ni flytta över min kundhistorik dit – tidigare beställningar, adresslistan jag sparat för julkorten och bilderna i mitt fotoboksprojekt? De säger att de kan läsa in en CSV-fil och en zip med bilderna. Deras adress är kundtjanst@abolandstryck.example.fi.

            Tack för många fina år!

            Karin Holmström
            040 718 3344
            """), cte="base64"),
        category="request", kinds=["portability"], language="sv", requester_email="karin.holmstrom@example.fi",
        requester_name="Karin Holmström", phone="+358407183344",
        notes="Direct transfer to a competitor phrased as a customer moving house ('flytta över min "
              "kundhistorik'); the competitor's address is not the requester; base64.")

    add("sv-restriction-disputed-invoice-radera-inget", alternative(
        LAITE, "Lars Bergqvist", "lars.bergqvist@example.se", "Faktura 88231 – bestriden",
        when(2026, 2, 16, 15, 10, utc_offset=1), T("""
            Hej,

            jag har bestridit faktura 88231 gällande skadorna på släpvagnen jag hyrde i januari. Tills det här är utrett vill jag att ni inte använder mina uppgifter till något annat än att reda ut ärendet – inga inkassobolag, inga kreditupplysningar.

            Radera inget. Jag vill att allt finns kvar som det är tills vi är överens.

            Vänliga hälsningar
            Lars Bergqvist
            Luleå
            """), extra=(OUTLOOK_MAC,)),
        category="request", kinds=["restriction"], language="sv", requester_email="lars.bergqvist@example.se",
        requester_name="Lars Bergqvist",
        notes="Restriction during an invoice dispute; 'Radera inget' contains the erasure verb but forbids "
              "deletion; reads like an ordinary billing complaint.")

    add("sv-rectification-new-surname-lowercase-hetu", simple(
        PAINO, "Emma Sjöholm", "emma.lindroos@example.fi", "Nytt namn och ny adress",
        when(2026, 5, 4, 17, 25), T(f"""
            Hej,

            jag har gift mig och heter numera Emma Sjöholm (tidigare Lindroos). Kan ni ändra namnet hos er? Jag har också flyttat: ny adress är Strandvägen 4 B 6, 21600 Pargas.

            Om ni behöver kontrollera vem jag är: min personbeteckning är {HETU_SJOHOLM.lower()}.

            Hälsningar
            Emma Sjöholm
            """), charset="iso-8859-1", cte="8bit"),
        category="request", kinds=["rectification"], language="sv", requester_email="emma.lindroos@example.fi",
        requester_name="Emma Sjöholm", hetu=HETU_SJOHOLM,
        notes="Name and address change sent from the old-surname address; the hetu (2000s, sign A) is written "
              "in lower case; ISO-8859-1 8bit.")

    # ================================================================== requests, English
    add("en-access-credit-agency", simple(
        LAITE, "Daniel Brooks", "dan.brooks@example.com", "Turned down at the counter",
        when(2026, 3, 16, 9, 4, utc_offset=2), T("""
            Hi,

            I tried to rent a mini excavator from your Oulu branch last Friday and was turned down. The guy at the counter said it was "because of the credit check" but couldn't tell me anything more.

            I'd like to know what you've got on me, and what exactly you told the credit agency about me — and what they told you back.

            Cheers,
            Daniel Brooks
            045 612 0097
            """), cte="quoted-printable"),
        category="request", kinds=["access"], language="en", requester_email="dan.brooks@example.com",
        requester_name="Daniel Brooks", phone="+358456120097",
        notes="Access incl. recipients and source, phrased as 'what you've got on me' and 'what did you tell "
              "the credit agency'; Finnish mobile in an English mail.")

    add("en-objection-erasure-unsubscribe-forget-me", alternative(
        KIVI, "Priya Raman", "priya.raman@example.com", "unsubscribe", when(2026, 1, 28, 23, 50, utc_offset=2),
        T("""
            Please unsubscribe me from everything and forget me.

            Thanks,
            Priya
            """), extra=(GMAIL_UA,)),
        category="request", kinds=["erasure", "objection"], language="en", requester_email="priya.raman@example.com",
        requester_name="Priya Raman",
        notes="Two lines: 'unsubscribe' (objection) plus 'forget me' (erasure); the subject alone looks like "
              "list traffic; full name only in the display name.")

    add("en-access-question-phone-where-from", simple(
        LUMI, "Oliver Grant", "oliver.grant@example.com", "Your call yesterday",
        when(2026, 4, 22, 8, 15), T("""
            Hello,

            Do you have my phone number? Where did you get it?

            Someone from Lumivalo called me yesterday on 040 229 7781 about "booking a demo". I have never been in touch with your company and this number is not listed anywhere.

            Oliver Grant
            """), charset="us-ascii", cte="7bit"),
        category="request", kinds=["access"], language="en", requester_email="oliver.grant@example.com",
        requester_name="Oliver Grant", phone="+358402297781",
        notes="Two bare questions are the whole request (access to data and its source); no 'please send', "
              "no stop request.")

    add("en-restriction-only-for-the-invoice", simple(
        KATTO, "Rachel Moore", "rachel.moore@example.com", "Gutter repair invoice",
        when(2026, 3, 4, 12, 12, utc_offset=2), T("""
            Hi,

            I know we still owe you for the gutter repair in February — it will be paid by the end of the month, promise.

            Until then, and after: please don't use my info for anything except that invoice. I'm not asking you to delete anything, keep whatever you need for the books, just don't do anything else with it.

            Rachel Moore
            +44 7700 900461
            """)),
        category="request", kinds=["restriction"], language="en", requester_email="rachel.moore@example.com",
        requester_name="Rachel Moore", phone="+447700900461",
        notes="Keep the data but use it only for the invoice (restriction), wrapped in a payment promise; "
              "explicitly not deletion; UK mobile.")

    add("en-rectification-name-misspelled-outlook", outlook_only(
        TILI, "Siobhán Ní Bhriain", "siobhan.nibhriain@example.com", "My name",
        when(2026, 2, 2, 13, 37, utc_offset=2), T("""
            Hello,

            My name is spelled wrong on every letter I get from you – on the payslips, the annual earnings statement and the tax card letter. It is Siobhán Ní Bhriain, not "Siobhan Ni Brian" or "Siobhan Nibriain".

            Could you fix it everywhere please? I work at Harjun Puutarha, whose payroll you do.

            Kind regards,
            Siobhán Ní Bhriain
            """), charset="windows-1252", lang="EN-GB", name_charset="windows-1252"),
        category="request", kinds=["rectification"], language="en",
        requester_email="siobhan.nibhriain@example.com", requester_name="Siobhán Ní Bhriain",
        notes="Rectification as a complaint about spelling; quotes the wrong forms; Windows-1252 encoded "
              "display name with accents, HTML-only Outlook.")

    add("en-portability-move-to-other-agency", alternative(
        KIVI, "Grace Whitfield", "grace@whitfieldceramics.example.com", "Moving on",
        when(2026, 5, 11, 10, 40), T("""
            Hi Kivi & Kangas team,

            Thanks for four good years! I'm moving my site and my account over to Northlight Studio from next month.

            Could you move my customer history to them please — the account details, the texts and photos I gave you for the site, and my order history — in whatever format they can import? They asked for it to go to transfers@northlight.example.com.

            Best,
            Grace Whitfield
            """), extra=("X-Mailer: Apple Mail (2.3774.500.171.1.1)",)),
        category="request", kinds=["portability"], language="en",
        requester_email="grace@whitfieldceramics.example.com", requester_name="Grace Whitfield",
        notes="Friendly goodbye that is a direct-transfer request; the competitor's address in the body is not "
              "the reply address.")

    # ================================================================== automated
    add("auto-en-auto-reply-auto-submitted", simple(
        LUMI, "Ben Carter", "ben.carter@partner.example.com",
        "Automatic reply: Confirmation of your data access request",
        when(2026, 4, 6, 14, 1), T("""
            Thank you for your email. I'm out of the office until Tuesday 14 April with no access to email.

            For anything urgent please call our office on +44 20 7946 0123 or write to support@partner.example.com.

            Ben
            """), charset="us-ascii", cte="7bit",
        extra=("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
               "In-Reply-To: <dsar-2026-0412@lumivalo.example.fi>")),
        category="automated", language="en", phone="+442079460123",
        notes="Out-of-office with Auto-Submitted whose subject names a data access request; phone is literal "
              "in the sender's text.")

    add("auto-sv-semester-no-headers", simple(
        PAINO, "Annika Berg", "annika.berg@example.fi", "SV: Offert på visitkort", when(2026, 7, 13, 8, 0),
        T("""
            Hej!

            Jag är på semester till och med 4 augusti och läser inte min e-post. Brådskande ärenden: ring vår växel 02 458 1200.

            Mvh Annika Berg
            """), charset="iso-8859-1", cte="quoted-printable"),
        category="automated", language="sv", phone="+35824581200",
        notes="Holiday auto-reply with a human-looking 'SV:' subject and no Auto-Submitted or X-Autoreply "
              "header; only the wording gives it away.")

    orig = message(
        rcpt="jussi.harju@lumikko.test", frm=mailbox("Kattopojat Oy", KATTO), frm_addr=KATTO,
        subject="Re: tietojen poisto", date=when(2026, 3, 5, 10, 22, utc_offset=2), trace=False,
        to="Jussi Harju <jussi.harju@lumikko.test>",
        root=text(T("""
            Hei Jussi,

            kiitos viestistäsi. Olemme poistaneet tietosi asiakastiedoistamme pyyntösi mukaisesti. Laskutustiedot säilytetään kirjanpitolain vuoksi kuusi vuotta.

            Ystävällisin terveisin
            Kattopojat Oy

            Jussi Harju kirjoitti 3.3.2026:
            > Poistakaa kaikki mun tiedot teidän asiakasrekisteristä.
            """), cte="quoted-printable"))
    dsn_text = T("""
        ** Address not found **

        Your message wasn't delivered to jussi.harju@lumikko.test because the domain lumikko.test couldn't be found. Check for typos or unnecessary spaces and try again.

        Learn more here: https://support.google.example.com/mail/answer/6596

        The response was:

        DNS Error: DNS type 'mx' lookup of lumikko.test responded with code NXDOMAIN
        Domain name not found: lumikko.test
        """)
    status = T("""
        Reporting-MTA: dns; googlemail.example.com
        Received-From-MTA: dns; mail-sor-f41.google.example.com
        Arrival-Date: Thu, 05 Mar 2026 00:22:14 -0800

        Final-Recipient: rfc822; jussi.harju@lumikko.test
        Action: failed
        Status: 5.1.2
        Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of lumikko.test responded with code NXDOMAIN
        Last-Attempt-Date: Thu, 05 Mar 2026 00:22:15 -0800
        """)
    b = "dsn_" + token("kattopojat-dsn", 16)
    add("auto-en-gmail-dsn-failure", message(
        rcpt=KATTO, frm=mailbox("Mail Delivery Subsystem", "mailer-daemon@googlemail.example.com"),
        frm_addr="mailer-daemon@googlemail.example.com", subject="Delivery Status Notification (Failure)",
        date=when(2026, 3, 5, 10, 22, 16, utc_offset=2), env_from="", relay="mail-sor-f41.google.example.com",
        ip="192.0.2.41", extra=("Auto-Submitted: auto-replied",),
        root=multipart("report", [text(dsn_text, charset="utf-8", cte="quoted-printable"),
                                  raw_part(["Content-Type: message/delivery-status"], status),
                                  embedded(orig)], b, params=" report-type=delivery-status;")),
        category="automated", language="en",
        notes="Gmail-style DSN whose attached original quotes a customer's 'Poistakaa kaikki mun tiedot'; "
              "the bounce itself is English.")

    nl_text = T("""
        Saldo Ohjelmistot – Uutiskirje maaliskuu 2026
        Näytä selaimessa: https://saldo-ohjelmistot.example.com/uutiskirje/2026-03

        Tässä numerossa:
        * Tilinpäätöksen muistilista 2025
        * Asiakastietojen poistaminen: mitä tilitoimisto saa säilyttää ja kuinka kauan?
        * Uusi ominaisuus: sähköinen allekirjoitus

        Asiakastietojen poistaminen
        Kun asiakkuus päättyy, asiakas pyytää usein poistamaan tietonsa. Kirjanpitoaineisto on kuitenkin säilytettävä laissa säädetyn ajan. Saldo 4.2 merkitsee säilytysajan ylittäneet aineistot automaattisesti poistettaviksi, ja voit päivittää tai oikaista asiakkaan tiedot suoraan asiakaskortilta.

        Tilinpäätöksen muistilista
        Lataa päivitetty muistilista ja käy läpi tiliotteet, reskontrat ja jaksotukset ennen kuin lukitset kauden.

        --
        Saat tämän viestin, koska olet Saldo-asiakas.
        Päivitä tietosi: https://saldo-ohjelmistot.example.com/profiili?u=7f3a
        Peruuta tilaus: https://saldo-ohjelmistot.example.com/peru?u=7f3a
        Saldo Ohjelmistot Oy, Teknologiantie 3, 90590 Oulu
        """)
    add("auto-fi-newsletter-list-id-bulk", alternative(
        TILI, "Saldo Ohjelmistot", "uutiskirje@saldo-ohjelmistot.example.com",
        "Maaliskuun uutiskirje: asiakastietojen poistaminen ja tilinpäätöksen muistilista",
        when(2026, 3, 10, 7, 30, utc_offset=2), nl_text,
        env_from="bounce-mc.us21_71234.9911-info=jarvisentilit.example.fi@mail77.suw12.mcsv.example.net",
        relay="mail77.suw12.mcsv.example.net",
        extra=("List-Id: Saldo asiakastiedote <7f3a1c9e2b.list-id.mcsv.example.net>",
               "List-Unsubscribe: <https://saldo-ohjelmistot.us21.list-manage.example.com/unsubscribe?u=7f3a>,\n"
               " <mailto:unsubscribe-7f3a@mcsv.example.net>",
               "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
               "Precedence: bulk",
               "X-Mailer: Mailchimp Mailer - **CID7f3a1c9e2b**")),
        category="automated", language="fi",
        notes="Mailchimp-like newsletter (List-Id, Precedence: bulk) whose lead article is about customers "
              "asking to delete or correct their data.")

    mdn_text = T("""
        Viestisi

            Vastaanottaja: Kari Nieminen
            Aihe: Vastaus: Tietojen tarkastuspyyntö
            Lähetetty: 9.3.2026 14.02

        luettiin 9.3.2026 14.37.
        """)
    mdn_status = T("""
        Reporting-UA: asiakas.example.fi; Microsoft Outlook 16.0
        Final-Recipient: rfc822;kari.nieminen@asiakas.example.fi
        Original-Message-ID: <c1a5e0b7d2f84410@lumivalo.example.fi>
        Disposition: manual-action/MDN-sent-manually; displayed
        """)
    b = "mdn_" + token("nieminen-mdn", 16)
    add("auto-fi-read-receipt-mdn", message(
        rcpt=LUMI, frm=mailbox("Kari Nieminen", "kari.nieminen@asiakas.example.fi"),
        frm_addr="kari.nieminen@asiakas.example.fi", subject="Luettu: Vastaus: Tietojen tarkastuspyyntö",
        date=when(2026, 3, 9, 14, 37, utc_offset=2), extra=(OUTLOOK,),
        root=multipart("report", [text(mdn_text, cte="quoted-printable"),
                                  raw_part(["Content-Type: message/disposition-notification"], mdn_status)],
                       b, params=" report-type=disposition-notification;")),
        category="automated", language="fi",
        notes="Outlook read receipt (MDN) from a data subject; subject says 'Tietojen tarkastuspyyntö' but "
              "nothing is asked.")

    # ================================================================== other (hard negatives)
    add("other-fi-remove-me-from-project-thread", simple(
        KIVI, "Marja Pelkonen", "marja.pelkonen@mainostoimistoilo.example.fi",
        "Re: Verkkokauppauudistus – viikkopalaveri to 12.3.", when(2026, 3, 11, 17, 3, utc_offset=2),
        T(f"""
            Hei kaikki,

            siirryn huhtikuun alusta toiseen tiimiin, joten poistakaa minut tästä sähköpostiketjusta. Jatkossa meiltä asioita hoitaa Tiina Koivisto (tiina.koivisto@mainostoimistoilo.example.fi), lisään hänet kopioksi.

            Kiitos hyvästä yhteistyöstä!

            Marja Pelkonen
            Projektipäällikkö | Mainostoimisto Ilo Oy
            +358 40 555 0192
            Y-tunnus {Y_ILO}

            ke 11.3.2026 klo 16.20 Joonas Kivi <joonas.kivi@kivikangas.example.fi> kirjoitti:
            > Hei,
            >
            > tässä torstain palaverin asialista:
            > 1. Tuotesivujen uudet kuvat – tilanne
            > 2. Maksupalvelun testiympäristö
            > 3. Julkaisupäivä: edelleen 20.4.?
            >
            > Lähetän Teams-linkin erikseen.
            >
            > Joonas
            """), to="Joonas Kivi <joonas.kivi@kivikangas.example.fi>",
        cc="Kivi & Kangas Design <info@kivikangas.example.fi>,\n"
           " Tiina Koivisto <tiina.koivisto@mainostoimistoilo.example.fi>", extra=(OUTLOOK,)),
        category="other", language="fi", phone="+358405550192", business_id=Y_ILO,
        notes="'Poistakaa minut tästä sähköpostiketjusta' from a partner leaving a project: taking her off "
              "the cc of a working thread in her business role is not marketing nor an exercise of a right "
              "over the company's processing of her data, so other.")

    add("other-sv-radera-duplicate-order", simple(
        PAINO, "Peter Lind", "peter@lindbygg.example.fi", "Dubbel beställning 2291/2292",
        when(2026, 4, 15, 9, 12), T("""
            Hej,

            kan ni radera beställning 2291 (500 st visitkort)? Jag råkade skicka den två gånger. Det är 2292 som gäller.

            Mvh
            Peter Lind
            Lind Bygg Ab
            """)),
        category="other", language="sv",
        notes="'Radera' about a duplicate order, not personal data.")

    add("other-fi-purchase-order-typo", simple(
        LAITE, "Jari Harju", "jari.harju@harjurakennus.example.fi", "Korjaus ostotilaukseen PO-55120",
        when(2026, 3, 30, 8, 20), T(f"""
            Hei,

            ostotilauksessamme PO-55120 on kirjoitusvirhe: henkilönostimen vuokra-ajan pitäisi olla 14.–18.4.2026, ei 14.–18.5.2026. Voitteko korjata tiedot tilausvahvistukseen ja päivittää varauksen?

            Laskutustiedot pysyvät ennallaan:
            Rakennusliike Harju Oy
            Y-tunnus {Y_HARJU} / ALV FI{Y_HARJU.replace('-', '')}
            Verkkolaskuosoite 0037{Y_HARJU.replace('-', '')}

            Terveisin
            Jari Harju
            Rakennusliike Harju Oy
            040 771 2045
            """), cte="quoted-printable", extra=(OUTLOOK,)),
        category="other", language="fi", phone="+358407712045", business_id=Y_HARJU,
        notes="'Korjata tiedot' and 'päivittää' about a rental period in a purchase order; VAT and OVT forms "
              "of the Y-tunnus next to it.")

    add("other-fi-accountant-kaikki-tiedot", simple(
        KATTO, "Päivi Järvinen", "paivi.jarvinen@jarvisentilit.example.fi", "Tilinpäätös 2025: tarvittavat tiedot",
        when(2026, 1, 19, 10, 5, utc_offset=2), T(f"""
            Hei,

            tilinpäätös lähestyy. Tarvitsemme Kattopojat Oy:n (Y-tunnus {Y_KATTOPOJAT}) tilikaudelta 2025 kaikki tiedot viimeistään 13.2.:

            - pankkitilien tiliotteet 1.1.–31.12.2025
            - ostolaskut, joita ei ole vielä viety kirjanpito-ohjelmaan
            - myyntisaamiset ja luottotappiot
            - kaluston ja ajoneuvojen hankinnat ja myynnit
            - henkilöstön lomapalkkavelka 31.12.

            Jos jotain puuttuu, ilmoittakaa, niin sovitaan aikataulusta.

            Ystävällisin terveisin
            Päivi Järvinen
            KLT, Järvisen Tilitoimisto Oy
            puh. 014 333 2211
            """), extra=(OUTLOOK,)),
        category="other", language="fi", phone="+358143332211", business_id=Y_KATTOPOJAT,
        notes="The accountant asks for 'kaikki tiedot' (all documents) for the year-end closing; the "
              "Y-tunnus has a leading zero.")

    dpa_original = T("""
        TIETOSUOJAVALTUUTETUN TOIMISTO – UUTISKIRJE 2/2026

        Oikeus saada pääsy omiin tietoihin – muistilista rekisterinpitäjälle

        Jokaisella on oikeus saada tietää, käsitelläänkö hänen henkilötietojaan, ja saada niistä jäljennös. Pyyntöä ei tarvitse esittää millään lomakkeella eikä siinä tarvitse mainita lakia: lause "haluan tietää, mitä tietoja minusta on tallennettu" riittää.

        Pyyntöön on vastattava viipymättä ja viimeistään kuukauden kuluessa. Vastaukseen kuuluvat käsiteltävät tiedot, käsittelyn tarkoitukset, vastaanottajat, säilytysaika ja se, mistä tiedot on saatu.

        Lue lisää: https://tietosuoja.example.fi/oikeus-saada-paasy-tietoihin

        Et halua enää uutiskirjettä? Peru tilaus: https://tietosuoja.example.fi/uutiskirje/peru
        """)
    add("other-fi-colleague-forwards-dpa-newsletter", outlook_only(
        TILI, "Anne Lahtinen", "anne.lahtinen@jarvisentilit.example.fi",
        "VL: Uutiskirje 2/2026: Oikeus saada pääsy omiin tietoihin", when(2026, 3, 10, 11, 48, utc_offset=2),
        outlook_inline_forward(T("""
            Hei,

            tämä tuli tietosuojavaltuutetun uutiskirjeenä. Voitaisiinko ensi viikon tiimipalaverissa käydä läpi, miten info@-osoitteeseen tulevat pyynnöt meillä hoidetaan ja kuka niihin vastaa?

            Anne
            """), ["Lähettäjä: Tietosuojavaltuutetun toimisto <uutiskirje@tietosuoja.example.fi>",
                   "Lähetetty: tiistai 10. maaliskuuta 2026 9.00",
                   "Vastaanottaja: anne.lahtinen@jarvisentilit.example.fi",
                   "Aihe: Uutiskirje 2/2026: Oikeus saada pääsy omiin tietoihin"], dpa_original),
        charset="windows-1252"),
        category="other", language="fi",
        notes="A colleague's inline forward of the data-protection authority's newsletter on the right of "
              "access, quoting a model request sentence; human-sent internal mail, no data subject asking.")

    add("other-en-supplier-audit-dsar-process", simple(
        LUMI, "Laura Mensah", "laura.mensah@nordhavn.example.fi", "Supplier review 2026 – data protection",
        when(2026, 3, 13, 13, 0, utc_offset=2), T(f"""
            Dear Lumivalo team,

            As part of our annual supplier review we are auditing how our software vendors handle personal data. Could you please describe how you handle GDPR access requests (and other data subject requests) that come to you from your customers' users or employees?

            Specifically:
            1. Where do requests arrive and who handles them?
            2. How do you verify the requester's identity?
            3. What is your typical response time?
            4. Could you also send us your current DPA and list of sub-processors?

            We would appreciate a reply by 27 March.

            Kind regards,
            Laura Mensah
            Procurement Manager, Nordhavn Logistics Oy
            Business ID {Y_NORDHAVN}
            +358 9 4321 8765
            """), charset="us-ascii", cte="7bit", extra=(OUTLOOK,)),
        category="other", language="en", phone="+358943218765", business_id=Y_NORDHAVN,
        notes="A customer auditing its supplier asks how access requests are handled and for the DPA; "
              "about privacy, uses no right.")

    pitch = T("""
        Hei,

        kuinka paljon aikaa teillä kuluu henkilöstötietojen käsittelyyn? Henkilöstöpilvi kokoaa työsopimukset, lomat, palkkatiedot ja perehdytykset yhteen paikkaan.

        Bonuksena GDPR-työkalut: kun työntekijä haluaa nähdä omat tietonsa, korjata ne tai pyytää poistamaan ne, hoidat pyynnön yhdellä klikkauksella ja järjestelmä muistuttaa määräajoista.

        Varaisitko 20 minuutin demon? Valitse sopiva aika: https://henkilostopilvi.example.com/demo

        Ystävällisin terveisin
        Oskari Vainio
        Myyntipäällikkö, Henkilöstöpilvi Oy
        050 312 6640

        Jos et halua jatkossa yhteydenottoja meiltä, vastaa tähän viestiin "EI KIITOS".
        """)
    add("other-fi-hr-software-pitch", alternative(
        KATTO, "Oskari Vainio", "oskari.vainio@henkilostopilvi.example.com",
        "Henkilöstötiedot ja tietopyynnöt yhdellä klikkauksella", when(2026, 4, 21, 9, 45), pitch,
        extra=("X-Mailer: HubSpot",)),
        category="other", language="fi", phone="+358503126640",
        notes="Cold sales pitch for HR software listing seeing, correcting and deleting data; the opt-out "
              "line is the vendor's, not a request.")

    add("other-en-thanks-already-deleted", simple(
        LUMI, "Sam Okafor", "sam.okafor@example.com", "Re: Your Lumivalo account has been deleted",
        when(2026, 3, 2, 18, 30, utc_offset=2), T("""
            Thanks — got your confirmation that you already deleted my account, all good. The export file came through fine too.

            Appreciate the quick handling!

            Sam

            On Mon, 2 Mar 2026 at 11:12, Lumivalo Ohjelmistot <info@lumivalo.example.fi> wrote:
            > Hi Sam,
            >
            > As requested on 24 February, we have deleted your Lumivalo account and the personal data linked to it. A copy of your data was sent to you as a ZIP file on 27 February.
            >
            > Best regards,
            > Lumivalo Ohjelmistot Oy
            """), extra=(GMAIL_UA,)),
        category="other", language="en",
        notes="Thank-you after a completed erasure and export; 'deleted my account' and 'export file' but "
              "no new request.")

    add("other-fi-late-delivery-my-details", simple(
        PAINO, "Satu Mattila", "satu.mattila@example.fi", "Myöhässä oleva tilaus 2310",
        when(2026, 5, 12, 15, 55), T("""
            Hei,

            annoin tietoni teidän myyjälle jo kahteen kertaan puhelimessa, ja silti ylioppilasjuhlien kutsukortit (tilaus 2310) ovat edelleen tulematta. Luvattu toimitus oli viime perjantaina.

            Tarkistakaa heti mikä tilanne on. Juhlat ovat lauantaina ja kortit pitäisi postittaa viimeistään huomenna!

            Satu Mattila
            050 998 1234
            """), charset="iso-8859-1", cte="8bit", subject_charset="iso-8859-1"),
        category="other", language="fi", phone="+358509981234",
        notes="Late-delivery complaint with 'annoin tietoni' and 'tarkistakaa' (near 'tarkastaa'); about the "
              "order, not her data.")

    cv_text = T("""
        Hej!

        Här kommer min ansökan till tjänsten som junior front-end-utvecklare (annonsen på er webbplats 3.4). CV och länk till min portfolio finns i bifogad PDF.

        Om tjänsten redan är tillsatt får ni gärna spara mina uppgifter och höra av er om något annat dyker upp under året.

        Med vänliga hälsningar
        Linnea Åström
        +358 44 213 6677
        """)
    b = "mix_" + token("linnea-cv", 16)
    add("other-sv-job-application-keep-my-data", message(
        rcpt=KIVI, frm=mailbox("Linnea Åström", "linnea.astrom@example.fi"), frm_addr="linnea.astrom@example.fi",
        subject="Ansökan: junior front-end-utvecklare", date=when(2026, 4, 9, 20, 11),
        root=multipart("mixed", [text(cv_text, cte="quoted-printable"),
                                 attachment(fake_pdf("CV Linnea Astrom"), "application/pdf", "CV_Linnea_Astrom.pdf")],
                       b), extra=(TB,)),
        category="other", language="sv", phone="+358442136677",
        notes="Job application that gives consent to keep the CV ('får gärna spara mina uppgifter'); "
              "uses no right.")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], build, Path(__file__).resolve().parent))
