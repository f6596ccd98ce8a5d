#!/usr/bin/env python3
"""Generate a tenth independent, labelled corpus (corpus_extra10) for the dsarbot classifier.

Writes raw RFC 5322 messages (NNN-slug.eml) and labels.jsonl into this folder, following the label schema
and conventions of ../../../shared/corpus/README.md, then validates the result and prints counts.

Written by a tenth author, Swedish- and English-heavy, without looking at the classifier or at the other
corpora's mail texts:
- requests in Swedish (Ostrobothnian and Åboland Finland-Swedish with "int", "he", "fast", "nog";
  Sweden-Swedish "registerutdrag", "glöm mig", "avregistrera mig från allt", a misspelt surname, a
  ban on marketing via the bilingual web form, an export "i ett format jag kan ta med", "spärra mina
  uppgifter tills vidare", and a family mailbox asking to fix an address and stop using it meanwhile),
  in English (British: "what data you hold on me" with a Reply-To to a personal address, "remove me from
  your database", "I'd like my details amended", "kindly cease processing"; American: "opt me out and
  delete my info", "I want a copy of everything" + export + delete, a CCPA "do not sell" letter labelled
  by the GDPR rights it amounts to, and an English web-form restriction during a damage dispute) and short
  everyday Finnish ones (a lower-case hetu, no umlauts, a name change with a Y-tunnus, a machine-readable
  export, "poistakaa minut tekstiviestilistalta" as objection);
- automated mail: a Swedish "Autosvar" with X-Autoreply, a helpdesk ticket acknowledgement, an Outlook/
  Teams meeting acceptance with text/calendar, a Swedish bulk newsletter with List-Unsubscribe, and a
  MAILER-DAEMON DSN bouncing the company's own reply to a requester;
- hard negatives: a supplier's new bank details, a DSAR-automation vendor pitch, deleting a duplicate SaaS
  user, "ta bort" an order line, a journalist asking how many requests were received, a partner's logo on
  the reference page, "please update your records - our office has moved", a recruiter, and an auditor
  asking for "all records relating to 2025 payroll".
Formats: plain 7bit/8bit, quoted-printable, base64, multipart/alternative, HTML-only Outlook in
ISO-8859-1 and Windows-1252, ISO-8859-1 Swedish plain text, RFC 2047 (Q and B) subjects and names,
multipart/report, text/calendar. Phones include Swedish (+46) and UK (+44) numbers as locals write them.
Everything is invented; mail domains are under example.fi / example.com / example.se / example.org / .test;
IP addresses come from documentation ranges; phone numbers use fiction/drama ranges where they exist.

Run:  python3 make_corpus.py          (rewrite the corpus and validate)
      python3 make_corpus.py --check  (only validate what is on disk)

Standard library only.
"""
from __future__ import annotations

import functools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_kit import *

# ---------------------------------------------------------------------------
# local helpers
# ---------------------------------------------------------------------------


def plain(rcpt, name, addr, subject, date, body, *, charset="utf-8", cte="8bit", reply_to=None, extra=(),
          name_charset="utf-8", name_mode="Q", subject_charset="utf-8", subject_mode="Q", env_from=None,
          ip="192.0.2.10"):
    """A single text/plain mail with control over how the display name and subject are encoded."""
    return message(rcpt=rcpt, frm=mailbox(name, addr, name_charset, name_mode), frm_addr=addr, subject=subject,
                   date=date, root=text(body, charset=charset, cte=cte), reply_to=reply_to, extra=extra,
                   subject_charset=subject_charset, subject_mode=subject_mode, env_from=env_from, ip=ip)


def alt(rcpt, name, addr, subject, date, body, *, charset="utf-8", cte="quoted-printable", reply_to=None,
        extra=(), html_body=None, name_charset="utf-8", name_mode="Q", subject_charset="utf-8",
        subject_mode="Q", ip="192.0.2.10"):
    """multipart/alternative: text/plain + a light HTML rendering (or a given HTML body)."""
    b = "alt-" + token(addr + subject + str(date), 20)
    root = multipart("alternative", [
        text(body, charset=charset, cte=cte),
        text(html_body or light_html(body), subtype="html", charset=charset, cte=cte),
    ], b)
    return message(rcpt=rcpt, frm=mailbox(name, addr, name_charset, name_mode), frm_addr=addr, subject=subject,
                   date=date, root=root, reply_to=reply_to, extra=extra, subject_charset=subject_charset,
                   subject_mode=subject_mode, ip=ip)


# This author's Outlook mail is Swedish unless a call says otherwise.
outlook_only = functools.partial(outlook_only, lang="SV")


# ---------------------------------------------------------------------------
# identities
# ---------------------------------------------------------------------------
HETU_LINNEA = new_hetu("170994", "-", "276")
HETU_EETU = new_hetu("230703", "A", "318")
PERSONNUMMER_JOHANNA = "19850314-2393"  # Luhn-valid Swedish personnummer; not a hetu
Y_MINNA = new_ytunnus("2987164")
Y_VASAPAPPER = new_ytunnus("1672049")
Y_BAGERI = new_ytunnus("3104587")
Y_POLARBUILD = new_ytunnus("0745218")


def build() -> None:
    # ================================================================== requests, Swedish
    add("sv-fi-ostrobothnia-access-where-address", plain(
        LAITE, "Bo-Erik Granholm", "boerik.granholm@example.fi", "Fråga om mina uppgifter",
        when(2026, 2, 9, 19, 42, utc_offset=2), T("""
            Hej!

            Ja fick ett reklambrev från er i veckan, fast ja int har hyrt någo från er sedan 2019 tå
            vi bygd om ladugården. Nu undrar ja nog va ni har för uppgifter om mej i ert register,
            och varifrån ni har fått min nya adress, för ja har flytta sedan dess.

            He är int så noga hur ni skickar he, e-post går bra.

            Hälsningar
            Bo-Erik Granholm
            Jeppo, Nykarleby
            050 371 8846
            """), extra=(TB,)),
        category="request", kinds=["access"], language="sv",
        requester_email="boerik.granholm@example.fi", requester_name="Bo-Erik Granholm", phone="+358503718846",
        notes="Ostrobothnian dialect (ja, int, he, fast, nog, va); asks what is held and where the address came from, no legal words")

    add("sv-fi-aboland-erasure-outlook-latin1", outlook_only(
        PAINO, "Linnea Sundström", "linnea.sundstrom@example.fi", "Radera mina uppgifter",
        when(2026, 2, 11, 8, 5, utc_offset=2), T(f"""
            Hej,

            Vi beställde bröllopsinbjudningar av er för några år sedan och sedan dess har ni haft
            mina uppgifter. Nu vill jag att ni raderar allt ni har om mig - namn, adress, telefon,
            allt. He behövs int mera, vi har int tänkt beställa något nytt.

            Ifall ni behöver kunna identifiera mig så är min personbeteckning {HETU_LINNEA}.

            Med vänliga hälsningar
            Linnea Sundström
            Nagu
            """), charset="iso-8859-1", name_charset="iso-8859-1", subject_charset="iso-8859-1"),
        category="request", kinds=["erasure"], language="sv",
        requester_email="linnea.sundstrom@example.fi", requester_name="Linnea Sundström", hetu=HETU_LINNEA,
        notes="HTML-only Outlook in ISO-8859-1 with an ISO-8859-1 encoded name; Åboland Swedish 'he behövs int' with a personbeteckning")

    add("sv-se-registerutdrag-personnummer-qp-latin1", plain(
        KIVI, "Johanna Ekberg", "johanna.ekberg@example.se", "Begäran om registerutdrag",
        when(2026, 2, 16, 13, 27, utc_offset=1), T(f"""
            Hej,

            Jag besökte er monter på en webbkonferens i Stockholm i höstas och lämnade mitt
            visitkort. Sedan dess har jag fått flera utskick från er.

            Jag vill därför begära ett registerutdrag. Vad har ni för uppgifter om mig, vad
            använder ni dem till och har ni lämnat ut dem till någon annan?

            Om ni behöver identifiera mig: mitt personnummer är {PERSONNUMMER_JOHANNA}, men jag
            förutsätter att mejladressen räcker.

            Vänliga hälsningar
            Johanna Ekberg
            070-174 06 12
            """), charset="iso-8859-1", cte="quoted-printable", name_charset="iso-8859-1", name_mode="B",
        extra=(OUTLOOK_MAC,)),
        category="request", kinds=["access"], language="sv",
        requester_email="johanna.ekberg@example.se", requester_name="Johanna Ekberg", phone="+46701740612",
        notes="Sweden-Swedish registerutdrag in ISO-8859-1 quoted-printable; a 12-digit Swedish personnummer is not a hetu; Swedish mobile written 070-xxx xx xx")

    add("sv-se-glom-mig-avregistrera-allt", alt(
        LUMI, "Mikael Sandberg", "micke.sandberg@example.se", "Glöm mig",
        when(2026, 2, 18, 21, 3, utc_offset=1), T("""
            Hej!

            Jag testade er tidrapporteringsapp under en provperiod förra våren men valde en annan
            lösning. Ändå får jag fortfarande mejl från er varannan vecka.

            Så: glöm mig. Radera mitt testkonto och allt som hör till det, och avregistrera mig från
            allt – nyhetsbrev, webbinarier, "tips för att komma igång", allt.

            Tack på förhand.
            /Mikael Sandberg
            """), extra=(GMAIL_UA,)),
        category="request", kinds=["erasure", "objection"], language="sv",
        requester_email="micke.sandberg@example.se", requester_name="Mikael Sandberg",
        notes="two kinds in colloquial Sweden-Swedish: 'glöm mig' + delete the trial account (erasure) and 'avregistrera mig från allt' (objection)")

    add("sv-se-rectification-surname-spelling", plain(
        PAINO, "Åsa Lindqvist", "asa.lindqvist@example.se", "Felstavat efternamn i ert kundregister",
        when(2026, 2, 20, 10, 14, utc_offset=1), T("""
            Hej,

            Tack för de nya visitkorten, de blev jättefina! En sak bara: i ert kundregister och på
            fakturan står mitt efternamn som "Lindkvist". Det ska vara Lindqvist, med q.

            Kan ni rätta stavningen av mitt efternamn så att det blir rätt nästa gång?

            Hälsningar
            Åsa Lindqvist
            Tel. 08-465 004 37
            """), cte="quoted-printable", name_charset="iso-8859-1", name_mode="B", subject_mode="B",
        extra=(IPHONE,)),
        category="request", kinds=["rectification"], language="sv",
        requester_email="asa.lindqvist@example.se", requester_name="Åsa Lindqvist", phone="+46846500437",
        notes="rectification of a misspelt surname wrapped in thanks; name RFC 2047 B in ISO-8859-1; Stockholm landline 08-xxx xxx xx")

    add("sv-webform-noreply-objection-marketing", plain(
        PAINO, "Saariston Painotalo – webbplats", "noreply@saaristonpaino.example.fi",
        "Nytt meddelande via kontaktformuläret / Uusi yhteydenotto",
        when(2026, 3, 14, 10, 42, utc_offset=2), T("""
            Nytt meddelande från kontaktformuläret på saaristonpaino.example.fi

            Namn: Henrik Åberg
            E-post: henrik.aberg@example.fi
            Telefon: 040 662 1953
            Ämne: Marknadsföring

            Meddelande:
            Hej. Jag har fått er katalog per post två gånger i år och nu också sms om kampanjer. Ni
            får inte använda mina uppgifter till marknadsföring, varken post, sms eller e-post.
            Kunduppgifterna får ni naturligtvis ha kvar för fakturorna.

            --
            Skickat från kontaktformuläret 14.3.2026 kl. 10.42
            IP: 198.51.100.23
            """), cte="quoted-printable", extra=("X-Mailer: PHPMailer 6.9.1",), ip="203.0.113.40"),
        category="request", kinds=["objection"], language="sv",
        requester_email="henrik.aberg@example.fi", requester_name="Henrik Åberg", phone="+358406621953",
        notes="company's own web form from noreply@ without Reply-To: reply goes to the 'E-post:' field; objection that explicitly keeps the customer data")

    add("sv-se-portability-base64", plain(
        LUMI, "Sara Holm", "sara.holm@example.se", "Mina uppgifter – export innan kontot stängs",
        when(2026, 2, 24, 7, 58, utc_offset=1), T("""
            Hej,

            Jag har haft ett personligt konto i er app där jag lagt in mina arbetspass, resor och
            anteckningar sedan 2023. Nu byter jag till en annan tjänst.

            Innan kontot stängs vill jag att ni skickar mina uppgifter i ett format jag kan ta med
            till en annan leverantör, helst CSV eller JSON. En PDF hjälper mig tyvärr inte.

            Kontot är registrerat på den här mejladressen.

            Vänliga hälsningar
            Sara Holm
            """), cte="base64", extra=(ANDROID_UA,)),
        category="request", kinds=["portability"], language="sv",
        requester_email="sara.holm@example.se", requester_name="Sara Holm",
        notes="base64 body; portability phrased as 'ett format jag kan ta med till en annan leverantör' without the word dataportabilitet")

    add("sv-se-restriction-sparra-tills-vidare-cp1252", plain(
        LAITE, "Per Ragnarsson", "per.ragnarsson@example.se", "Bestriden skadefaktura – spärra mina uppgifter",
        when(2026, 2, 26, 17, 31, utc_offset=1), T("""
            Hej,

            Jag hyrde en minigrävare av er i Uleåborg i januari (hyresavtal 26/0117) och har nu fått
            en faktura på skador som jag inte har orsakat. Jag har bestridit fakturan per telefon och
            väntar på ert besked.

            Tills frågan är utredd vill jag att ni spärrar mina uppgifter tills vidare: radera ingenting,
            men använd dem inte till något annat än att utreda ärendet, och lämna dem inte till inkasso.

            Mvh
            Per Ragnarsson
            +46 70 174 06 48
            """), charset="windows-1252", name_charset="windows-1252", subject_charset="windows-1252",
        extra=(OUTLOOK,)),
        category="request", kinds=["restriction"], language="sv",
        requester_email="per.ragnarsson@example.se", requester_name="Per Ragnarsson", phone="+46701740648",
        notes="'spärra mina uppgifter tills vidare' + 'radera ingenting' during a disputed invoice is restriction, not erasure; Windows-1252 8bit")

    add("sv-fi-family-mailbox-rectify-and-restrict", plain(
        PAINO, "Familjen Backman", "backmans@example.fi", "Fel adress på fakturan",
        when(2026, 3, 2, 20, 16, utc_offset=2), T("""
            Hej,

            Ni har skickat fakturan för julkorten till vår gamla adress i Kimito, fast vi flytta till
            Pargas redan i fjol. Rätta adressen åt mig: Strandvägen 14 B, 21600 Pargas.

            Och tills ni har kollat och rättat he så vill jag int att ni använder mina uppgifter till
            nånting, int ens skickar påminnelser dit. De som bor där nu ska int behöva få våra papper.

            Hälsningar
            Gunnel Backman
            """), charset="iso-8859-1"),
        category="request", kinds=["rectification", "restriction"], language="sv",
        requester_email="backmans@example.fi", requester_name="Gunnel Backman",
        notes="shared family mailbox 'Familjen Backman' signed by one person; correct the address and do not use the data until fixed")

    # ================================================================== requests, English
    add("en-gb-access-work-from-personal-reply-to", alt(
        PAINO, "Harper, Jamie", "jamie.harper@northgate-freight.example.com", "Personal data query",
        when(2026, 2, 12, 11, 9, utc_offset=0), T("""
            Hello,

            I handled a couple of print orders with you for Northgate Freight last year, so you'll
            have my work details. I've since had a few letters at home from you as well, which I
            wasn't expecting.

            Could you let me know what data you hold on me personally, and where my home address
            came from? Please reply to my personal address (jamie.harper.home@example.org) rather
            than this one - I'm leaving Northgate at the end of the month.

            Many thanks,
            Jamie Harper
            Mobile: 07700 900461
            """), reply_to=mailbox("Jamie Harper", "jamie.harper.home@example.org"),
        extra=(OUTLOOK, "Thread-Topic: Personal data query")),
        category="request", kinds=["access"], language="en",
        requester_email="jamie.harper.home@example.org", requester_name="Jamie Harper", phone="+447700900461",
        notes="From is a work address shown as 'Harper, Jamie'; Reply-To is the personal address the requester asks to be answered at; UK mobile 07700")

    add("en-gb-erasure-remove-from-database", plain(
        LAITE, "Siobhan Clarke", "siobhan.clarke@example.com", "Remove me please",
        when(2026, 2, 17, 22, 40, utc_offset=0), T("""
            Hi,

            I hired a pressure washer from your Oulu depot when we were over visiting family in 2023.
            Could you please remove me from your database? I've no plans to hire again and I'd rather
            you didn't keep my details.

            Cheers,
            Siobhan Clarke
            """), charset="us-ascii", cte="7bit"),
        category="request", kinds=["erasure"], language="en",
        requester_email="siobhan.clarke@example.com", requester_name="Siobhan Clarke",
        notes="British 'remove me from your database' (not a mailing list) is erasure")

    add("en-gb-rectification-payslip-outlook-cp1252", outlook_only(
        TILI, "Eleanor Pearce", "eleanor.pearce@hakalaconsulting.example.fi", "Payslip details – amendment needed",
        when(2026, 3, 3, 9, 22, utc_offset=2), T("""
            Dear Sir/Madam,

            I work for Hakala Consulting, whose payroll you run, and I have just received my February
            payslip. My surname is still shown as Whitfield, which was my maiden name; it has been
            Pearce since my marriage in November, and my home address has changed too.

            I'd like my details amended as follows:
            Surname: Pearce
            Address: Kauppakatu 9 A 12, 40100 Jyväskylä

            I did let our office manager know in December, but it doesn't seem to have reached you.
            I'd be grateful if you could confirm once it's done.

            Kind regards,
            Eleanor Pearce (née Whitfield)
            """), charset="windows-1252", lang="EN-GB"),
        category="request", kinds=["rectification"], language="en",
        requester_email="eleanor.pearce@hakalaconsulting.example.fi", requester_name="Eleanor Pearce",
        notes="HTML-only Outlook Windows-1252; employee of a payroll client asks to amend surname and address; signature carries a maiden name")

    add("en-gb-objection-kindly-cease-marketing", alt(
        PAINO, "Margaret Dunmore", "m.dunmore@example.com", "Objection to direct marketing",
        when(2026, 3, 5, 15, 2, utc_offset=0), T("""
            Dear Sir or Madam,

            Since ordering some invitations from you in 2024 I have been receiving your seasonal
            catalogue by post and, more recently, marketing e-mails as well.

            I object to the use of my personal data for direct marketing. Kindly cease processing it
            for that purpose with immediate effect. Please note I am not asking you to delete my
            order history.

            Yours faithfully,
            Margaret Dunmore
            Tel: +44 (0)161 496 0753
            """), cte="7bit", charset="us-ascii"),
        category="request", kinds=["objection"], language="en",
        requester_email="m.dunmore@example.com", requester_name="Margaret Dunmore", phone="+441614960753",
        notes="formal British objection, 'kindly cease processing' limited to marketing and explicitly not erasure; UK number with (0)")

    add("en-us-opt-out-and-delete-reply-to-newsletter", plain(
        KIVI, "Tyler Brooks", "tbrooks@example.com", "Re: Webinar recap + slides",
        when(2026, 3, 6, 16, 55, utc_offset=-6), T("""
            Hey,

            Please opt me out of all your emails and delete my info. I never signed up for your
            newsletter - I think a coworker added me after the webinar.

            Thanks,
            Tyler

            Sent from my iPhone

            > On Mar 6, 2026, at 8:00 AM, Kivi & Kangas Design <news@kivikangas.example.fi> wrote:
            >
            > Thanks for joining our webinar on accessible design! Slides and recording below.
            """), charset="us-ascii", cte="7bit", extra=(IPHONE,)),
        category="request", kinds=["erasure", "objection"], language="en",
        requester_email="tbrooks@example.com", requester_name="Tyler Brooks",
        notes="American 'opt me out' + 'delete my info' in a reply to a newsletter; signs with first name only, full name from display name")

    add("en-us-copy-export-then-delete", alt(
        LUMI, "Rachel Nguyen", "rachel.nguyen@example.com", "Account data export + deletion",
        when(2026, 3, 9, 20, 12, utc_offset=-5), T("""
            Hi Lumivalo team,

            I've been using your shift planner on a personal account since 2024 and I'm switching to
            another app. Before I close my account, I want a copy of everything you have on me -
            profile, shift history, notes, login history, all of it. Please send it as CSV or JSON so
            I can actually import it into the new app, not a PDF.

            Once I've confirmed I got the file, please delete my account and all my data.

            Thanks,
            Rachel Nguyen
            Austin, TX
            (512) 555-0187
            """)),
        category="request", kinds=["access", "erasure", "portability"], language="en",
        requester_email="rachel.nguyen@example.com", requester_name="Rachel Nguyen", phone="+15125550187",
        notes="three kinds in sequence: a copy of everything (access), importable CSV/JSON (portability), then delete (erasure); US phone")

    add("en-us-ccpa-do-not-sell-to-finnish-company", plain(
        KIVI, "Daniel R. Whitaker", "dwhitaker@example.com", "Do Not Sell My Personal Information - Request",
        when(2026, 3, 10, 9, 30, utc_offset=-7), T("""
            To whom it may concern,

            I am a California resident. Pursuant to the California Consumer Privacy Act (CCPA), as
            amended by the CPRA, I hereby direct Kivi & Kangas Design Oy not to sell or share my
            personal information with any third party, including for cross-context behavioral
            advertising.

            In addition, I request that you disclose the categories and specific pieces of personal
            information you have collected about me, the sources from which it was collected, and
            the third parties to whom it has been disclosed.

            Please confirm receipt within 10 business days.

            Name: Daniel R. Whitaker
            Email: dwhitaker@example.com
            Phone: (415) 555-0132

            Sincerely,
            Daniel R. Whitaker
            """), charset="us-ascii", cte="7bit"),
        category="request", kinds=["access", "objection"], language="en",
        requester_email="dwhitaker@example.com", requester_name="Daniel R. Whitaker", phone="+14155550132",
        notes="CCPA template to a Finnish company: 'do not sell or share' amounts to objection, 'right to know' disclosure to access; no GDPR words")

    add("en-webform-noreply-restriction-damage-dispute", plain(
        LAITE, "Pohjolan Laitevuokraus", "noreply@pohjolanlaite.example.fi",
        "Yhteydenottolomake / Contact form: Damage charge",
        when(2026, 3, 2, 16, 5, utc_offset=2), T("""
            Uusi yhteydenotto verkkosivuilta / New contact form submission

            Name: Oliver Brandt
            Email: oliver.brandt@example.org
            Phone:
            Subject: Damage charge - please hold my data

            Message:
            Hello, I rented a scissor lift in February (booking 88213) and was charged for a broken
            guard rail that was already damaged when I collected it - I have photos. I have disputed
            the charge by phone. Until this is sorted out, please restrict the processing of my
            personal data: don't pass my details to a debt collection agency and don't use them for
            anything other than handling the dispute. Please do not delete anything either, I need
            the rental record.

            --
            Lähetetty lomakkeelta 2.3.2026 klo 16.05
            """), cte="quoted-printable", extra=("X-Mailer: WPForms",), ip="203.0.113.41"),
        category="request", kinds=["restriction"], language="en",
        requester_email="oliver.brandt@example.org", requester_name="Oliver Brandt",
        notes="English message inside the company's bilingual Finnish/English form from noreply@; reply address is the 'Email:' field; restriction with 'do not delete'")

    # ================================================================== requests, Finnish
    add("fi-access-short-lowercase-hetu", plain(
        LAITE, "Eetu Kangasniemi", "eetu.kangasniemi@example.fi", "tiedot",
        when(2026, 2, 14, 23, 48, utc_offset=2), T(f"""
            Moi

            vuokrasin teiltä peräkärryn viime kesänä. mitä tietoja teillä on minusta tallessa?
            haluaisin nähdä ne. hetu jos tarvitsette {HETU_EETU.lower()}

            t. Eetu Kangasniemi

            Lähetetty iPhonesta
            """), extra=(IPHONE,)),
        category="request", kinds=["access"], language="fi",
        requester_email="eetu.kangasniemi@example.fi", requester_name="Eetu Kangasniemi", hetu=HETU_EETU,
        notes="short lower-case mobile mail; hetu with century sign A written in lower case, labelled upper case")

    add("fi-erasure-no-umlauts", plain(
        KATTO, "Jukka Mäenpää", "jukka.maenpaa@example.fi", "tietojen poisto",
        when(2026, 2, 19, 7, 12, utc_offset=2), T("""
            Hei,

            pyysin teilta tarjouksen katon uusimisesta viime syksyna mutta paadyttiin toiseen
            firmaan. Poistakaa kaikki mun tiedot teidan jarjestelmasta, en tarvitse niita enaa.

            Jukka
            """)),
        category="request", kinds=["erasure"], language="fi",
        requester_email="jukka.maenpaa@example.fi", requester_name="Jukka Mäenpää",
        notes="Finnish typed without umlauts; signs with first name only, full name from the encoded display name")

    add("fi-rectification-name-change-ytunnus", alt(
        TILI, "Minna Heinonen", "minna.heinonen@example.fi", "Nimenmuutos",
        when(2026, 1, 27, 12, 40, utc_offset=2), T(f"""
            Hei,

            menin naimisiin joulukuussa ja sukunimeni vaihtui Virtasesta Heinoseksi. Päivittäkää
            nimeni teidän asiakastietoihin ja kirjanpito-ohjelmaan, nyt laskuissa on vielä vanha
            nimi. Toiminimeni Y-tunnus on sama kuin ennenkin, {Y_MINNA}.

            Kiitos!
            Minna Heinonen (ent. Virtanen)
            p. 045 129 8834
            """)),
        category="request", kinds=["rectification"], language="fi",
        requester_email="minna.heinonen@example.fi", requester_name="Minna Heinonen", phone="+358451298834",
        business_id=Y_MINNA,
        notes="sole trader's name change at the accounting firm: rectification of personal data with the trade name's Y-tunnus")

    add("fi-portability-csv-base64", plain(
        LUMI, "Aino Lehtola", "aino.lehtola@example.fi", "Tietojen siirto toiseen palveluun",
        when(2026, 3, 11, 18, 21, utc_offset=2), T("""
            Hei!

            Olen käyttänyt teidän tuntikirjaussovellusta omalla tilillä pari vuotta. Vaihdan nyt
            toiseen sovellukseen, joten haluaisin kaikki sinne syöttämäni tiedot (tuntikirjaukset,
            asiakkaat, muistiinpanot) koneluettavassa muodossa, esim. CSV tai Excel, jotta saan ne
            siirrettyä uuteen palveluun.

            Terveisin
            Aino Lehtola
            """), cte="base64"),
        category="request", kinds=["portability"], language="fi",
        requester_email="aino.lehtola@example.fi", requester_name="Aino Lehtola",
        notes="base64; everyday Finnish portability request ('koneluettavassa muodossa', move to another service)")

    add("fi-objection-poistakaa-sms-list", plain(
        LAITE, "Sami Rautio", "sami.rautio@example.fi", "tekstiviestit",
        when(2026, 3, 13, 14, 3, utc_offset=2), T("""
            Hei. Teiltä tulee joka viikko tekstiviesti jostain tarjouksesta. Poistakaa minut
            tekstiviestilistalta, en halua mainoksia. Numero on 050 477 2615.
            -Sami Rautio
            """)),
        category="request", kinds=["objection"], language="fi",
        requester_email="sami.rautio@example.fi", requester_name="Sami Rautio", phone="+358504772615",
        notes="'poistakaa minut tekstiviestilistalta' is objection to SMS marketing, not erasure")

    # ================================================================== automated
    add("auto-sv-autosvar-ledig", plain(
        PAINO, "Karin Wikström", "karin.wikstrom@tryckpartner.example.se", "Autosvar: Jag är ledig",
        when(2026, 3, 16, 8, 1, utc_offset=1), T("""
            Hej!

            Tack för ditt mejl. Jag är ledig till och med den 6 april och läser inte min e-post
            under tiden.

            Brådskande ärenden om tryckplåtar och leveranser: kontakta Lars Nyberg,
            lars.nyberg@tryckpartner.example.se, eller vår växel 031-390 06 40.

            Vänliga hälsningar
            Karin Wikström
            """), cte="quoted-printable",
        extra=("Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply",
               "In-Reply-To: <offert-2026-0316@saaristonpaino.example.fi>"), env_from=""),
        category="automated", language="sv", phone="+46313900640",
        notes="Swedish out-of-office with X-Autoreply and Auto-Submitted; its switchboard number is labelled literally")

    add("auto-en-helpdesk-ticket-ack", plain(
        PAINO, "Printhub Support", "support@printhub-helpdesk.example.com",
        "[#12345] We have received your request",
        when(2026, 3, 4, 9, 47, utc_offset=0), T("""
            Hello,

            Thank you for contacting Printhub Support. We have received your request [#12345] and
            one of our agents will get back to you within 2 business days.

            Summary of your request:
            > Subject: Please delete our former employee's user account
            > Hi, Mikko Laine has left Saariston Painotalo. Please remove his user account and
            > personal data from the Printhub portal.

            You can add comments to this request by replying to this email. Please do not change
            the subject line.

            This is an automated message.
            Printhub Support
            """), charset="us-ascii", cte="7bit",
        extra=("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
               "X-Helpdesk-Ticket: 12345")),
        category="automated", language="en",
        notes="helpdesk acknowledgement of a ticket the company itself opened; the echoed text asks to delete personal data")

    cal_plain = T("""
        Kate Morgan has accepted this meeting.
        """)
    ics = T("""
        BEGIN:VCALENDAR
        METHOD:REPLY
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        BEGIN:VEVENT
        ATTENDEE;PARTSTAT=ACCEPTED;CN="Morgan, Kate":mailto:kate.morgan@harbourline.example.com
        SUMMARY;LANGUAGE=en-GB:Accepted: Website relaunch - kick-off (Teams)
        DTSTART:20260318T080000Z
        DTEND:20260318T090000Z
        UID:040000008200E00074C5B7101A82E0080000000090B1A8C2F2A6DC01000000000000000010000000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260312T081512Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
        END:VEVENT
        END:VCALENDAR
        """)
    cal_root = multipart("alternative", [
        text(cal_plain, charset="us-ascii", cte="7bit"),
        text(ics, subtype="calendar", charset="utf-8", cte="7bit", params="; method=REPLY"),
    ], "cal-" + token("kate.morgan accepted", 20))
    add("auto-en-teams-meeting-accepted", message(
        rcpt=KIVI, frm=mailbox("Morgan, Kate", "kate.morgan@harbourline.example.com"),
        frm_addr="kate.morgan@harbourline.example.com", subject="Accepted: Website relaunch – kick-off (Teams)",
        date=when(2026, 3, 12, 8, 15, 12, utc_offset=0), root=cal_root,
        extra=(OUTLOOK, "Thread-Topic: Website relaunch - kick-off (Teams)", "X-MS-Has-Attach:",
               "X-MS-TNEF-Correlator:", "X-MS-Exchange-Calendar-Originator-Id: 7a1d3c55-0b2e-4f6a-9d3e-1c2b4a5d6e7f")),
        category="automated", language="en",
        notes="Outlook/Teams meeting acceptance: text/calendar METHOD:REPLY with an 'Accepted:' subject")

    news_plain = T("""
        GRAFISKA NYHETER – mars 2026

        Pappersprisen: massapriserna har stabiliserats och flera bruk aviserar oförändrade priser
        för andra kvartalet.

        Ny teknik: så fungerar de nya UV-LED-torkarna i arkoffset – och vad de sparar i energi.

        GDPR i kundregistret: en kund begär registerutdrag eller vill att hennes uppgifter raderas.
        Vad gäller för ett litet tryckeri? Vi går igenom tidsfrister och vanliga misstag.

        Läs hela nyhetsbrevet: https://grafiskanyheter.example.se/nyhetsbrev/2026-03

        Du får detta nyhetsbrev eftersom du prenumererar på Grafiska Nyheter.
        Vill du inte längre få våra utskick? Avregistrera dig här:
        https://grafiskanyheter.example.se/avregistrera?id=8842-saaristonpaino
        """)
    news_html = light_html(news_plain).replace(
        "https://grafiskanyheter.example.se/avregistrera?id=8842-saaristonpaino",
        '<a href="https://grafiskanyheter.example.se/avregistrera?id=8842-saaristonpaino">Avregistrera</a>')
    add("auto-sv-newsletter-list-unsubscribe-latin1", alt(
        PAINO, "Grafiska Nyheter", "nyhetsbrev@grafiskanyheter.example.se",
        "Nyhetsbrev mars: pappersprisen, UV-LED och GDPR i kundregistret",
        when(2026, 3, 10, 6, 0, utc_offset=1), news_plain.replace("–", "-"),
        html_body=news_html.replace("–", "-"), charset="iso-8859-1", subject_charset="iso-8859-1",
        extra=("List-Id: Grafiska Nyheter <nyhetsbrev.grafiskanyheter.example.se>",
               "List-Unsubscribe: <mailto:unsubscribe@grafiskanyheter.example.se?subject=avregistrera-8842>,\n"
               " <https://grafiskanyheter.example.se/avregistrera?id=8842-saaristonpaino>",
               "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
               "Precedence: bulk"), ip="198.51.100.77"),
        category="automated", language="sv",
        notes="Swedish bulk newsletter (List-Id, List-Unsubscribe, Precedence: bulk) in ISO-8859-1 whose article mentions registerutdrag and radering")

    orig = message(
        rcpt="r.okafor@example.org", frm=mailbox("Lumivalo Ohjelmistot", LUMI), frm_addr=LUMI,
        subject="Re: Request for a copy of my personal data", date=when(2026, 3, 17, 10, 2, utc_offset=2),
        root=text(T("""
            Hello,

            We have received your request for a copy of your personal data and will send it to
            you within one month. If you have any questions, just reply to this message.

            Best regards,
            Lumivalo Ohjelmistot Oy
            """), charset="us-ascii", cte="7bit"), trace=False)
    dsn_human = T("""
        This is the mail system at host mx.lumivalo.example.fi.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <r.okafor@example.org>: host mx.example.org[198.51.100.5] said: 550 5.1.1
            <r.okafor@example.org>: Recipient address rejected: User unknown in
            virtual mailbox table (in reply to RCPT TO command)
        """)
    dsn_status = T("""
        Reporting-MTA: dns; mx.lumivalo.example.fi
        X-Postfix-Queue-ID: 4Q7K2D1B9X
        X-Postfix-Sender: rfc822; info@lumivalo.example.fi
        Arrival-Date: Tue, 17 Mar 2026 10:02:11 +0200 (EET)

        Final-Recipient: rfc822; r.okafor@example.org
        Original-Recipient: rfc822;r.okafor@example.org
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.example.org
        Diagnostic-Code: smtp; 550 5.1.1 <r.okafor@example.org>: Recipient address
            rejected: User unknown in virtual mailbox table
        """)
    dsn_root = multipart("report", [
        text(dsn_human, charset="us-ascii", cte="7bit", headers=["Content-Description: Notification"]),
        raw_part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], dsn_status),
        embedded(orig),
    ], "4Q7K2D1B9X.1773734532/mx.lumivalo.example.fi", params=" report-type=delivery-status;")
    add("auto-en-mailer-daemon-dsn", message(
        rcpt=LUMI, frm=mailbox("Mail Delivery System", "MAILER-DAEMON@mx.lumivalo.example.fi"),
        frm_addr="MAILER-DAEMON@mx.lumivalo.example.fi", subject="Undelivered Mail Returned to Sender",
        date=when(2026, 3, 17, 10, 2, 12, utc_offset=2), root=dsn_root, env_from="",
        extra=("Auto-Submitted: auto-replied",), relay="mx.lumivalo.example.fi"),
        category="automated", language="en",
        notes="Postfix multipart/report DSN from MAILER-DAEMON bouncing the company's own reply to an access request")

    # ================================================================== other (hard negatives)
    add("other-sv-supplier-bank-details", alt(
        PAINO, "Mats Kronqvist", "mats.kronqvist@vasapapper.example.fi", "Nya bankuppgifter för Vasa Papper Ab",
        when(2026, 3, 3, 11, 18, utc_offset=2), T(f"""
            Hej,

            Vi har bytt bank och vårt gamla konto stängs vid månadsskiftet. Vänligen uppdatera våra
            bankuppgifter i ert leverantörsregister från och med fakturor daterade 1.4.2026:

            Ny IBAN: FI79 4055 0010 2345 67
            BIC: HELSFIHH

            Alla övriga uppgifter är oförändrade. Ring gärna och bekräfta ändringen om ni vill.

            Med vänlig hälsning
            Mats Kronqvist
            Ekonomichef, Vasa Papper Ab
            FO-nummer {Y_VASAPAPPER}
            tfn 06 318 2270
            """), extra=(OUTLOOK,)),
        category="other", language="sv", phone="+35863182270", business_id=Y_VASAPAPPER,
        notes="'uppdatera våra bankuppgifter' is a supplier's company data, not rectification of personal data; FO-nummer is the Y-tunnus")

    pitch = T("""
        Hi there,

        Struggling with data subject access requests?

        Most small companies we talk to handle every "send me all my data" or "delete my account"
        e-mail by hand: searching the CRM, the accounting system and old mailboxes, and hoping the
        30-day deadline doesn't slip.

        PrivaFlow automates the whole DSAR process:
        - detects access, erasure and rectification requests in your inbox
        - verifies the requester's identity
        - collects the data from 40+ systems and sends a ready-made reply

        Accounting firms like yours handle lots of personal data. Could I show you a 15-minute demo
        next week? Just reply with a time that suits you.

        Best,
        Liam Carter
        Account Executive, PrivaFlow
        """)
    add("other-en-vendor-dsar-automation-pitch", alt(
        TILI, "Liam Carter", "liam.carter@privaflow.example.com", "Struggling with data subject access requests?",
        when(2026, 2, 25, 14, 0, utc_offset=0), pitch, charset="us-ascii", cte="7bit",
        extra=("X-Mailer: PrivaFlow Outreach",)),
        category="other", language="en",
        notes="vendor pitch for DSAR automation full of request vocabulary ('send me all my data', 'delete my account')")

    add("other-en-delete-duplicate-saas-user", plain(
        LUMI, "Jenni Salo", "jenni.salo@arcticgrid.example.com", "Duplicate user in our workspace",
        when(2026, 3, 4, 13, 36, utc_offset=2), T("""
            Hi,

            I accidentally created two user accounts for our new colleague Priya Raman in the
            Arctic Grid workspace: priya.raman@arcticgrid.example.com and p.raman@arcticgrid.example.com.
            The second one is a duplicate.

            Could you please delete the duplicate user (p.raman@...) so we don't get billed for an
            extra seat? I can only find "deactivate" in the admin panel, not delete.

            Thanks,
            Jenni Salo
            Office Manager, Arctic Grid Solutions
            """), charset="us-ascii", cte="7bit"),
        category="other", language="en",
        notes="customer admin asks to delete a duplicate user account she created for a colleague: a support/billing matter, not her own data right")

    add("other-sv-fi-ta-bort-order-line", plain(
        PAINO, "Camilla Nordling", "camilla@kimitobageri.example.fi", "Ändring i beställning 26/0412",
        when(2026, 3, 9, 8, 44, utc_offset=2), T(f"""
            Hej!

            Angående vår beställning nr 26/0412 (etiketter och visitkort): kan ni ta bort raden med
            visitkorten? Vi hitta fast en hel låda gamla visitkort i lagret så vi behöver int nya nu.
            Etiketterna ska nog tryckas som planerat.

            Faktureringsuppgifterna är desamma som förut, FO-nummer {Y_BAGERI}.

            Mvh
            Camilla Nordling
            Kimito Bageri Ab
            """), charset="iso-8859-1", cte="quoted-printable", name_charset="iso-8859-1"),
        category="other", language="sv", business_id=Y_BAGERI,
        notes="Finland-Swedish 'ta bort raden' removes an order line; colloquial int/fast/nog but no data right")

    add("other-sv-journalist-request-statistics", alt(
        PAINO, "Jonas Lindell", "jonas.lindell@skargardsposten.example.fi",
        "Fråga från Skärgårdsposten: begäranden om registerutdrag",
        when(2026, 3, 16, 9, 55, utc_offset=2), T("""
            Hej,

            Jag är reporter på Skärgårdsposten och skriver en artikel om hur små företag i regionen
            hanterar dataskyddsförordningen. Därför frågar jag några företag i Pargas:

            1. Hur många begäranden om registerutdrag, rättelse eller radering fick ni under 2025?
            2. Hur lång tid tar det i genomsnitt att besvara en sådan begäran?
            3. Har ni någon gång fått ett ärende via dataombudsmannens byrå?

            Svaren får gärna vara korta. Min deadline är fredag den 20 mars. Ni når mig också på
            040 815 3307.

            Med vänlig hälsning
            Jonas Lindell
            Skärgårdsposten
            """)),
        category="other", language="sv", phone="+358408153307",
        notes="journalist asks how many registerutdrag/radering requests were received; full of request words but asks for statistics")

    add("other-en-partner-remove-logo", plain(
        KIVI, "Hannah Becker", "hannah.becker@nordlicht-analytics.example.com", "Our logo on your references page",
        when(2026, 3, 11, 10, 20, utc_offset=1), T("""
            Hi Kivi & Kangas team,

            Following our merger with Baltic Data Group we are retiring the Nordlicht Analytics
            brand at the end of March. Could you please remove our logo and the case study from your
            references page? You are welcome to mention the project again once the new brand is out.

            Thanks a lot, and thank you for the great work on the dashboard last year.

            Best regards,
            Hannah Becker
            Head of Marketing, Nordlicht Analytics
            """), charset="us-ascii", cte="7bit"),
        category="other", language="en",
        notes="partner asks to remove a company logo and case study from the reference page: 'remove' about company marketing material")

    add("other-en-office-moved-update-records", alt(
        LAITE, "Anders Holm", "anders.holm@polarbuild.example.fi", "Please update your records – new office address",
        when(2026, 3, 12, 12, 5, utc_offset=2), T(f"""
            Hello,

            Please update your records - our office has moved. From 1 April our new address is:

            Polar Build Solutions Oy
            Teknologiantie 14 C
            90590 Oulu

            Invoices should still go to our e-invoice address. Business ID {Y_POLARBUILD}
            (VAT FI{Y_POLARBUILD.replace("-", "")}).

            Best regards,
            Anders Holm
            Office Manager, Polar Build Solutions Oy
            +358 8 555 2140
            """), charset="us-ascii", cte="7bit"),
        category="other", language="en", phone="+35885552140", business_id=Y_POLARBUILD,
        notes="'please update your records' about a business customer's office address is company data, not rectification; Y-tunnus also as VAT")

    add("other-en-recruiter", alt(
        LUMI, "Sophie Turner", "sophie.turner@brightpath-talent.example.com", "Senior backend developers for Lumivalo?",
        when(2026, 2, 23, 10, 31, utc_offset=0), T("""
            Hi there,

            I'm a specialist SaaS recruiter at Brightpath Talent in London. I noticed Lumivalo is
            growing and thought you might be hiring.

            I'm currently representing two senior backend developers (Python, PostgreSQL,
            Kubernetes) who are open to remote roles with Finnish companies, both available within
            a month. Our fee is 18% of first-year salary, payable only on a successful hire.

            Happy to send anonymised CVs or jump on a quick call: +44 (0)20 7946 0958.

            Kind regards,
            Sophie Turner
            Brightpath Talent
            """), charset="us-ascii", cte="7bit"),
        category="other", language="en", phone="+442079460958",
        notes="English recruiter cold mail offering candidates' CVs; UK London number with (0)")

    add("other-en-auditor-payroll-records", plain(
        TILI, "Mark Ellison", "mark.ellison@ellison-audit.example.com", "Year-end audit 2025 – payroll records",
        when(2026, 3, 6, 8, 50, utc_offset=2), T("""
            Dear Järvisen Tilitoimisto,

            We are the statutory auditors of Keski-Suomen Lämpö Oy for the financial year 2025. As
            part of our year-end audit, please provide all records relating to 2025 payroll: payroll
            journals, payslip summaries, withholding tax and TyEL reconciliations, and the monthly
            earnings register (tulorekisteri) submissions.

            Our client's CFO has authorised the release and will confirm this to you separately. We
            would appreciate the material through your secure file transfer by 27 March.

            Kind regards,
            Mark Ellison
            Audit Manager, Ellison & Partners
            +358 9 4289 1100
            """), cte="quoted-printable", extra=(OUTLOOK,)),
        category="other", language="en", phone="+358942891100",
        notes="auditor asks for 'all records relating to 2025 payroll' of a client company: sounds like an access request but is business")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], build, Path(__file__).resolve().parent))
