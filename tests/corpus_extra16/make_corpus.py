#!/usr/bin/env python3
"""Generate a sixteenth independent, labelled corpus (corpus_extra16) for the dsarbot classifier.

Writes raw RFC 5322 messages (NNN-slug.eml) and labels.jsonl into this folder, following the label schema
and conventions of ../../../shared/corpus/README.md, then validates the result and prints counts.

Written by a sixteenth author, "Finland's other languages and learners", without looking at the classifier
or at the other corpora's mail texts: residents of Finland and neighbours who write to a Finnish company in
their own language or in the language they are learning.
- Requests: Estonian (an erasure with a local Estonian mobile, a formal Art. 15 access request giving both a
  hetu and an Estonian isikukood, a name change plus "no more newsletters"), German (Art. 15 + Art. 20 in
  HTML-only Outlook, a short "bitte löschen Sie meine Daten", an Art. 21(2) "Widerspruch gegen Werbung"),
  Russian (erasure + stop advertising in base64 UTF-8 with a hetu; a KOI8-R access request from
  St Petersburg forwarded by an employee as message/rfc822), French (rectification + a copy of the data),
  Spanish (portability, then erasure), learners' Finnish (erasure, access with a hetu, "ota minä pois
  lista", a misspelt name to correct with "älkää käyttäkää ... ennen kun se on korjattu"), learners' Swedish
  (access + erasure with a hetu, portability straight to another printer) and non-native English
  (restriction during a consumer-board dispute with a Reply-To, "from where you got my e-mail" + stop ads).
- Other: a Hamburg supplier's order confirmation (area code 040, a Datenschutzerklärung footer, the
  customer's Y-tunnus), an Estonian invoice reminder ("palun kustutage see meeldetuletus"), a Russian job
  enquiry in windows-1251 with a consent-to-processing sentence, a German trade-fair invitation, a learner's
  roofing quote request, an English request to be ADDED to a newsletter, an Estonian opening-hours question
  and a French partner asking to delete a duplicated order.
- Automated: German out-of-office replies with and without Auto-Submitted (one echoing an Art. 15 subject),
  an Estonian "Olen puhkusel", a Russian windows-1251 auto-reply echoing a data request, a German DSN whose
  returned message quotes an erasure request, and an Estonian bulk newsletter with List-Unsubscribe.
Encodings: UTF-8 8bit / quoted-printable / base64, ISO-8859-15, windows-1252, windows-1251, KOI8-R, RFC 2047
Q and B words in several charsets. Everything is invented; mail domains are under example.fi / example.com /
example.se / example.org / .test; IP addresses come from documentation ranges.

Run:  python3 make_corpus.py          (rewrite the corpus and validate)
      python3 make_corpus.py --check  (only validate what is on disk)

Standard library only.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_kit import *

HETU_PIRET = new_hetu("140288", "-", "574")
HETU_OLGA = new_hetu("230791", "-", "686")
HETU_MARIA = new_hetu("050493", "-", "244")
HETU_TOMASZ = new_hetu("110995", "-", "193")
Y_PAINO = new_ytunnus("2468013")
EE_ISIKUKOOD = "48802140273"  # Estonian personal code (valid Estonian check digit): not a hetu

LIST_HDRS = ("List-Id: Tostukiosad uudiskiri <uudiskiri.tostukiosad.example.com>",)


def mixed(rcpt, frm, frm_addr, subject, date, parts, *, extra=(), subject_charset="utf-8", subject_mode="Q"):
    b = "mix_" + token(frm_addr + subject, 16)
    return message(rcpt=rcpt, frm=frm, frm_addr=frm_addr, subject=subject, date=date,
                   root=multipart("mixed", parts, b), extra=extra, subject_charset=subject_charset,
                   subject_mode=subject_mode)


def build() -> None:
    # ================================================================== requests, Estonian
    add("et-erasure-local-mobile", simple(
        KATTO, "Kadri Tamm", "kadri.tamm@example.com", "Andmete kustutamine",
        when(2026, 4, 7, 19, 42), T("""
            Tere!

            Vabandust, et kirjutan eesti keeles, soome keel ei ole mul nii hea.

            Tellisin eelmisel suvel teilt meie suvila katuse remondi Pirkkalas. Töö on ammu tehtud ja arve
            makstud, nii et mul ei ole teiega enam ühtegi lepingut.

            Palun kustutage minu andmed (nimi, aadress, telefoninumber ja e-posti aadress) oma
            kliendiregistrist ning andke mulle teada, kui see on tehtud.

            Vajadusel võite helistada numbril 5342 8817.

            Lugupidamisega
            Kadri Tamm
            """), extra=(IPHONE,)),
        category="request", kinds=["erasure"], language="et", requester_email="kadri.tamm@example.com",
        requester_name="Kadri Tamm", phone="+37253428817",
        notes="Estonian erasure; 8-digit Estonian mobile without +372 must become +372, not +358")

    add("et-access-art15-hetu-isikukood", message(
        rcpt=TILI, frm=mailbox("Piret Õunapuu", "piret.ounapuu@example.com", "iso-8859-15", "Q"),
        frm_addr="piret.ounapuu@example.com", subject="Päring isikuandmete kohta (GDPR art 15)",
        subject_charset="iso-8859-15", date=when(2026, 3, 16, 8, 5, utc_offset=2),
        root=text(T(f"""
            Tere!

            Töötan alates 2024. aastast ühes Jyväskylä ehitusettevõttes. Sain aru, et teie büroo teeb meie
            firma palgaarvestust. Eelmisel nädalal sain teilt kirja, milles olid minu andmed, kuigi ma ei ole
            teiega kunagi ise ühendust võtnud.

            Isikuandmete kaitse üldmääruse artikli 15 alusel soovin teada, milliseid isikuandmeid te minu
            kohta töötlete, mis eesmärgil, kellele te neid edastate ja kust te need saite. Palun saatke mulle
            ka koopia nendest andmetest.

            Minu tuvastamiseks:
            Soome isikukood (henkilötunnus): {HETU_PIRET}
            Eesti isikukood: {EE_ISIKUKOOD}

            Lugupidamisega
            Piret Õunapuu
            Sepänkatu 14 B 9, 40720 Jyväskylä
            """), charset="iso-8859-15", cte="quoted-printable"), extra=(TB,)),
        category="request", kinds=["access"], language="et", requester_email="piret.ounapuu@example.com",
        requester_name="Piret Õunapuu", hetu=HETU_PIRET,
        notes="Estonian Art. 15 incl. recipients and source; hetu plus an 11-digit Estonian isikukood that is not a hetu; ISO-8859-15 QP and Q-encoded From")

    add("et-rectification-objection-name-change", alternative(
        LUMI, "Mari Kask", "mari.kask@example.com", "Nime muutus ja uudiskiri",
        when(2026, 4, 2, 12, 31), T("""
            Tere!

            Olen teie uudiskirja tellija ja osalesin eelmisel sügisel teie veebiseminaril. Abiellusin hiljuti
            ja minu perekonnanimi on nüüd Kask (varem Lepik). Palun parandage minu nimi oma registris ja
            muutke ka e-posti aadress: vana aadressi mari.lepik@example.com ma enam ei kasuta.

            Lisaks ei soovi ma enam saada teie uudiskirja ega turunduskirju. Palun ärge saatke mulle rohkem
            reklaami.

            Aitäh!
            Mari Kask
            """), extra=(GMAIL_UA,)),
        category="request", kinds=["rectification", "objection"], language="et",
        requester_email="mari.kask@example.com", requester_name="Mari Kask",
        notes="Estonian: correct surname and e-mail after marriage, and stop newsletters/marketing; old address in text is not the reply address")

    # ================================================================== requests, German
    add("de-access-portability-outlook", outlook_only(
        LUMI, "Jürgen Weber", "juergen.weber@example.com", "Auskunftsersuchen nach Art. 15 DSGVO",
        when(2026, 3, 23, 10, 17, utc_offset=2), T("""
            Sehr geehrte Damen und Herren,

            ich nutze seit 2023 über meinen Arbeitgeber in Espoo Ihre Zeiterfassungs-App. Hiermit mache ich von
            meinem Auskunftsrecht nach Art. 15 DSGVO Gebrauch und bitte um Auskunft, welche personenbezogenen
            Daten Sie über mich verarbeiten, zu welchen Zwecken, an welche Empfänger sie übermittelt wurden und
            wie lange sie gespeichert werden.

            Darüber hinaus bitte ich gemäß Art. 20 DSGVO darum, mir die von mir bereitgestellten Daten
            (insbesondere meine Arbeitszeiteinträge) in einem strukturierten, gängigen und maschinenlesbaren
            Format, z. B. CSV oder JSON, zur Verfügung zu stellen.

            Bitte beantworten Sie meine Anfrage innerhalb der gesetzlichen Frist von einem Monat.

            Mit freundlichen Grüßen
            Jürgen Weber
            Mobil: 0151 2345 6789
            """), lang="DE"),
        category="request", kinds=["access", "portability"], language="de",
        requester_email="juergen.weber@example.com", requester_name="Jürgen Weber", phone="+4915123456789",
        notes="German formal Art. 15 + Art. 20 in HTML-only Outlook windows-1252; German mobile 0151 -> +49 although he lives in Espoo")

    add("de-erasure-short-iphone", simple(
        KIVI, "Sabine Hoffmann", "sabine.hoffmann@web.test", "Bitte löschen Sie meine Daten",
        when(2026, 4, 15, 21, 3, utc_offset=2), T("""
            Hallo,

            ich hatte im Januar über Ihr Kontaktformular ein Angebot für eine neue Website angefragt, mich dann
            aber für eine andere Agentur entschieden. Bitte löschen Sie meine Daten (Name, E-Mail,
            Telefonnummer und die Projektbeschreibung) vollständig und bestätigen Sie mir kurz die Löschung.

            Danke und viele Grüße
            Sabine Hoffmann

            Gesendet von meinem iPhone
            """), charset="iso-8859-15", cte="8bit", subject_charset="iso-8859-15", extra=(IPHONE,)),
        category="request", kinds=["erasure"], language="de", requester_email="sabine.hoffmann@web.test",
        requester_name="Sabine Hoffmann",
        notes="Short German erasure without legal words; ISO-8859-15 8bit; mentions a phone number but gives none")

    add("de-objection-art21-werbung", simple(
        PAINO, "Matthias Krüger", "m.krueger@example.org", "Widerspruch gegen Werbung",
        when(2026, 2, 26, 7, 48, utc_offset=2), T("""
            Sehr geehrte Damen und Herren,

            seit meiner Bestellung von Visitenkarten im letzten Herbst erhalte ich regelmäßig Werbe-E-Mails
            und sogar gedruckte Kataloge von Ihnen.

            Hiermit widerspreche ich gemäß Art. 21 Abs. 2 DSGVO der Verarbeitung meiner personenbezogenen
            Daten zum Zwecke der Direktwerbung. Bitte senden Sie mir keine Werbung mehr, weder per E-Mail noch
            per Post.

            Meine Kundendaten für die Abwicklung künftiger Bestellungen dürfen Sie selbstverständlich
            behalten.

            Mit freundlichen Grüßen
            Matthias Krüger
            Turku, Tel. 044 718 2290
            """), cte="quoted-printable", extra=(TB,)),
        category="request", kinds=["objection"], language="de", requester_email="m.krueger@example.org",
        requester_name="Matthias Krüger", phone="+358447182290",
        notes="German Art. 21(2) objection to direct marketing; explicitly NOT erasure (keep customer data); Finnish mobile of a German in Turku")

    # ================================================================== requests, Russian
    add("ru-erasure-objection-utf8-base64-hetu", message(
        rcpt=LAITE, frm=mailbox("Ольга Смирнова", "olga.smirnova@example.com", "utf-8", "B"),
        frm_addr="olga.smirnova@example.com", subject="Удаление персональных данных", subject_mode="B",
        date=when(2026, 4, 9, 17, 26),
        root=text(T(f"""
            Здравствуйте!

            В прошлом году я брала у вас в аренду прицеп в Оулу. С тех пор я регулярно получаю от вас
            рекламные письма и SMS.

            Прошу удалить мои персональные данные из вашей клиентской базы и больше не присылать мне
            рекламу — ни по электронной почте, ни по SMS.

            Для идентификации: мой финский личный код (henkilötunnus) {HETU_OLGA}, номер телефона
            045 231 7788.

            Пожалуйста, подтвердите удаление ответным письмом. Можно ответить на английском или финском
            языке.

            С уважением,
            Ольга Смирнова
            """), cte="base64"), extra=(ANDROID_UA,)),
        category="request", kinds=["erasure", "objection"], language="ru",
        requester_email="olga.smirnova@example.com", requester_name="Ольга Смирнова", phone="+358452317788",
        hetu=HETU_OLGA,
        notes="Russian (Cyrillic, base64 UTF-8, B-encoded From/Subject): delete data and stop ads by e-mail/SMS; hetu embedded in Cyrillic text")

    inner_ru = message(
        rcpt="jari.niemi@kattopojat.example.fi",
        frm=mailbox("Дмитрий Кузнецов", "dmitri.kuznetsov@example.com", "koi8-r", "B"),
        frm_addr="dmitri.kuznetsov@example.com", subject="Какие данные обо мне вы храните?",
        subject_charset="koi8-r", subject_mode="B", date=when(2026, 4, 20, 9, 12), trace=False,
        root=text(T("""
            Добрый день!

            В марте мне позвонил ваш сотрудник и предложил ремонт крыши, хотя я никогда не обращался в
            вашу компанию. У меня есть дача под Тампере, но живу я в Санкт-Петербурге.

            Прошу сообщить, какие данные обо мне вы храните, откуда вы получили мой номер телефона и для
            каких целей вы используете эти данные.

            Мой номер: +7 (921) 555-12-34.

            С уважением,
            Дмитрий Кузнецов
            """), charset="koi8-r", cte="8bit"))
    fwd_part = embedded(inner_ru, "original.eml")
    fwd_part.headers.append("Content-Transfer-Encoding: 8bit")
    add("ru-access-koi8r-forwarded-rfc822", mixed(
        KATTO, mailbox("Jari Niemi", "jari.niemi@kattopojat.example.fi"), "jari.niemi@kattopojat.example.fi",
        "VL: venäjänkielinen viesti", when(2026, 4, 20, 11, 40), [
            text(T("""
                Hei,

                tämä tuli minun osoitteeseeni, en osaa venäjää. Kääntäjän mukaan hän kysyy, mitä tietoja
                meillä on hänestä ja mistä saimme hänen numeronsa. Voiko joku hoitaa?

                t. Jari
                Kattopojat Oy / myynti
                p. 040 771 2345
                """)),
            fwd_part], extra=(OUTLOOK,)),
        category="request", kinds=["access"], language="ru", requester_email="dmitri.kuznetsov@example.com",
        requester_name="Дмитрий Кузнецов", phone="+79215551234",
        notes="Finnish employee forwards a KOI8-R Russian access request (incl. source of the number) as message/rfc822; requester, language and +7 phone come from the original, forwarder's phone ignored")

    # ================================================================== requests, French, Spanish
    add("fr-rectification-access-iso885915", alternative(
        PAINO, "Hélène Moreau", "helene.moreau@example.org",
        "Demande d'accès et de rectification de mes données", when(2026, 3, 4, 14, 55, utc_offset=2), T("""
            Bonjour,

            Je suis cliente de votre imprimerie depuis 2022 (cartes de visite et faire-part). J'ai remarqué
            que les factures que vous m'envoyez portent toujours mon ancienne adresse à Turku et que mon prénom
            y est mal orthographié (« Helene » au lieu de « Hélène »).

            Je vous prie donc de rectifier ces informations. Ma nouvelle adresse est : Strandvägen 12 B,
            21600 Pargas.

            Par ailleurs, conformément à l'article 15 du RGPD, je souhaiterais recevoir une copie de
            l'ensemble des données personnelles que vous détenez à mon sujet.

            Je vous remercie par avance. Vous pouvez me répondre en anglais si c'est plus simple.

            Cordialement,
            Hélène Moreau
            Tél. 040 982 1173
            """), charset="iso-8859-15", extra=(TB,)),
        category="request", kinds=["access", "rectification"], language="fr",
        requester_email="helene.moreau@example.org", requester_name="Hélène Moreau", phone="+358409821173",
        notes="French rectification of address and accented first name plus an Art. 15 copy; ISO-8859-15 QP multipart/alternative")

    add("es-portability-then-erasure-base64", simple(
        LUMI, "Lucía Fernández Ortega", "lucia.fernandez@example.org",
        "Solicitud de portabilidad y supresión de datos", when(2026, 4, 13, 16, 2), T("""
            Hola:

            Soy usuaria de vuestra aplicación de gestión de citas desde hace dos años, pero voy a cambiar de
            proveedor.

            Os pido que me enviéis todos los datos que he introducido en mi cuenta (clientes, citas e
            historial) en un formato estructurado y de lectura mecánica, por ejemplo CSV, para poder
            importarlos en la nueva herramienta. Una vez que los haya recibido, solicito la supresión de mi
            cuenta y de todos mis datos personales.

            Mi cuenta está registrada con esta misma dirección de correo.

            Muchas gracias y un saludo,
            Lucía Fernández Ortega
            Espoo
            """), cte="base64", extra=(GMAIL_UA,)),
        category="request", kinds=["erasure", "portability"], language="es",
        requester_email="lucia.fernandez@example.org", requester_name="Lucía Fernández Ortega",
        notes="Spanish: machine-readable export first, then delete the account; base64 body, Q-encoded name")

    # ================================================================== requests, learners' Finnish
    add("fi-learner-erasure-haluan-te-poistaa", simple(
        LAITE, "Nguyen Thi Lan", "lan.nguyen@example.com", "poista minun tiedot",
        when(2026, 3, 28, 20, 14, utc_offset=2), T("""
            Hei

            Minä olen Lan. Minä vuokrasin teiltä peräkärry viime kesäkuu. Nyt minä haluan te poistaa minun
            tiedot teidän järjestelmä, nimi ja puhelin numero ja osoite. Minä ei tarvitse enää teidän palvelu
            koska minä muutan Helsinki.

            Kiitos paljon ja anteeksi minun huono suomi.

            Nguyen Thi Lan
            puh 044 903 2271
            """), extra=(ANDROID_UA,)),
        category="request", kinds=["erasure"], language="fi", requester_email="lan.nguyen@example.com",
        requester_name="Nguyen Thi Lan", phone="+358449032271",
        notes="Learner's Finnish erasure with broken case endings ('haluan te poistaa minun tiedot teidän järjestelmä')")

    add("fi-learner-access-voiko-te-kertoa-hetu", alternative(
        TILI, "Maria Santos", "maria.santos@example.com", "kysymys minun tieto",
        when(2026, 4, 1, 9, 37), T(f"""
            Hyvä päivä,

            Minun nimi on Maria Santos, minä olen työskennellyt siivous firma joka on teidän asiakas. Minä sain
            kirje teiltä ja siinä on minun henkilötunnus ja palkka. Minä en tiedä miksi teillä on minun tieto.

            Voiko te kertoa mitä tieto teillä on minusta ja mistä te saatte se? Ja kuka muu näkee se tieto?

            Minun henkilötunnus on {HETU_MARIA.lower()}

            Kiitos avusta
            Maria Santos
            """), extra=(GMAIL_UA,)),
        category="request", kinds=["access"], language="fi", requester_email="maria.santos@example.com",
        requester_name="Maria Santos", hetu=HETU_MARIA,
        notes="Learner's Finnish access (what, from where, who sees it) with no legal words; hetu written in lower case")

    add("fi-learner-objection-ota-mina-pois-lista", outlook_only(
        KIVI, "Kumar, Rajesh", "rajesh.kumar@example.com", "Ei enää mainos",
        when(2026, 3, 10, 13, 22, utc_offset=2), T("""
            Hei,

            Minä saa joka viikko teidän uutiskirje ja mainos sähköposti. Minä ei halua niitä enää. Ole hyvä ota
            minä pois teidän lista. Minä ei ole koskaan tilannut se, ehkä se tuli kun minä kävin teidän osasto
            messuilla Helsinki.

            Kiitos
            Rajesh Kumar
            """)),
        category="request", kinds=["objection"], language="fi", requester_email="rajesh.kumar@example.com",
        requester_name="Rajesh Kumar",
        notes="Learner's Finnish unsubscribe ('ota minä pois lista') is objection, not erasure; From display is 'Kumar, Rajesh'; HTML-only Outlook")

    add("fi-learner-rectification-restriction-base64", simple(
        KATTO, "Oksana Kovalenko", "oksana.kovalenko@example.com", "väärä nimi laskussa",
        when(2026, 5, 6, 18, 50), T("""
            Hei Kattopojat,

            Te teitte meidän talo katto huhtikuu. Lasku tuli mutta minun nimi on väärin, siellä lukee
            "Oksana Kovalenka", oikea on Oksana Kovalenko. Myös minun osoite on vanha, nyt minä asun
            Hervannan valtaväylä 21 C 14, 33710 Tampere.

            Ole hyvä korjaa minun nimi ja osoite. Ja älkää käyttäkää minun tiedot mihinkään, myös ei laita
            ne perintätoimisto, ennen kun se on korjattu. Minä maksaa lasku kun tulee oikea lasku.

            Ystävällisin terveisin
            Oksana Kovalenko
            p. 050 448 1920
            """), cte="base64"),
        category="request", kinds=["rectification", "restriction"], language="fi",
        requester_email="oksana.kovalenko@example.com", requester_name="Oksana Kovalenko", phone="+358504481920",
        notes="Learner's Finnish: correct name/address and do not use the data (not even for collection) until corrected = restriction; misspelt name variant in text")

    # ================================================================== requests, learners' Swedish
    add("sv-learner-access-erasure-hetu", simple(
        KIVI, "Tomasz Nowak", "tomasz.nowak@example.com", "Mina uppgifter",
        when(2026, 2, 18, 22, 9, utc_offset=2), T(f"""
            Hej,

            Jag har jobbat hos er som sommarjobbare 2023. Nu jag vill veta vilken data ni har om mig
            fortfarande, och varför ni har den. Sen jag vill att ni raderar allt som ni inte behöver
            enligt lagen.

            Mitt personbeteckning är {HETU_TOMASZ}.

            Tack och ha det bra
            Tomasz Nowak
            """), charset="iso-8859-15", cte="8bit"),
        category="request", kinds=["access", "erasure"], language="sv", requester_email="tomasz.nowak@example.com",
        requester_name="Tomasz Nowak", hetu=HETU_TOMASZ,
        notes="Learner's Swedish (V2 errors) from a former summer worker: what data and why, then delete what is not legally required; ISO-8859-15 8bit")

    add("sv-learner-portability-to-other-printer", simple(
        PAINO, "Aisha Mohamed", "aisha.mohamed@example.com", "Mina uppgifter till annat tryckeri",
        when(2026, 4, 22, 10, 11), T("""
            Hej!

            Förra året jag beställde bröllopskort från er webbshop. Jag laddade upp en lista med alla gäster
            och deras adresser och också mina foton och min egen info. Nu vi ska ha fest igen och jag vill
            använda ett annat tryckeri.

            Kan ni skicka alla uppgifter som jag har gett er i en fil som dator kan läsa, till exempel Excel
            eller CSV? Om det går, ni kan skicka den direkt till det nya tryckeriet, adress
            order@tryckhuset.example.se.

            Förlåt min svenska, jag lär mig fortfarande.

            Med vänliga hälsningar
            Aisha Mohamed
            tel 041 552 0093
            """), cte="quoted-printable"),
        category="request", kinds=["portability"], language="sv", requester_email="aisha.mohamed@example.com",
        requester_name="Aisha Mohamed", phone="+358415520093",
        notes="Learner's Swedish portability in plain words (file a computer can read, send straight to the new printer); second address in text is the new controller")

    # ================================================================== requests, non-native English
    add("en-nonnative-restriction-dispute-replyto", alternative(
        LAITE, "Piotr Zieliński", "piotr.zielinski@budowa.example.com", "Your claim 4471 - please limit use of my data",
        when(2026, 3, 30, 8, 44), T("""
            Hello,

            I write about your claim number 4471 for the damage of the mini excavator I rented in February.
            I not agree with this claim, the damage was there already before and I have photos. I have sent
            the case to Kuluttajariitalautakunta (consumer disputes board).

            Until this is decided, I ask you to restrict the processing of my personal data. Please do not
            give my data to collection agency or to credit register, and not use it for nothing else. But
            please don't delete anything, because I need the rental contract and your inspection report for
            the board.

            Please answer to my private e-mail piotr.zielinski@example.org.

            Best regards,
            Piotr Zieliński
            +358 46 921 3308
            """), reply_to="piotr.zielinski@example.org", extra=(OUTLOOK,)),
        category="request", kinds=["restriction"], language="en", requester_email="piotr.zielinski@example.org",
        requester_name="Piotr Zieliński", phone="+358469213308",
        notes="Non-native English restriction during a dispute with 'please don't delete anything' (not erasure); Reply-To private address differs from work From")

    add("en-nonnative-access-objection-where-from", simple(
        KATTO, "Yuki Tanaka", "yuki.tanaka@example.org", "Why I get your advertisement?",
        when(2026, 5, 12, 7, 58), T("""
            Hello,

            Since two months I receive every week your advertisement e-mails about roof cleaning. I am not
            your customer and I never give my e-mail to you. I live in apartment, I don't even have a roof.

            Please tell me from where you got my e-mail address and what other informations about me you
            have. And please stop to send me these advertisements.

            Regards,
            Yuki Tanaka
            """), charset="us-ascii", cte="7bit"),
        category="request", kinds=["access", "objection"], language="en", requester_email="yuki.tanaka@example.org",
        requester_name="Yuki Tanaka",
        notes="Non-native English: where did you get my address / what else do you hold (access) + stop ads (objection); 7bit us-ascii")

    # ================================================================== other
    add("other-de-order-confirmation-datenschutz", alternative(
        PAINO, "Nordpapier Handels GmbH", "auftrag@nordpapier.example.com",
        "Auftragsbestätigung Nr. AB-2026-04418", when(2026, 4, 16, 11, 5, utc_offset=2), T(f"""
            Sehr geehrte Damen und Herren,

            vielen Dank für Ihre Bestellung. Hiermit bestätigen wir Ihren Auftrag wie folgt:

            Auftragsbestätigung Nr. AB-2026-04418
            Kunde: Saariston Painotalo Oy, Parainen (Y-tunnus {Y_PAINO}, USt-IdNr. FI{Y_PAINO.replace('-', '')})
            Ihre Bestellung vom 14.04.2026, Herr Lindqvist

            Pos. 1  Offsetpapier 90 g/m², SRA3, 40.000 Bogen
            Pos. 2  Bilderdruckpapier matt 150 g/m², 70 x 100 cm, 6.000 Bogen

            Liefertermin: KW 18, frei Haus Parainen
            Zahlungsbedingungen: 30 Tage netto

            Bitte prüfen Sie die Auftragsbestätigung und teilen Sie uns Abweichungen innerhalb von drei
            Werktagen mit.

            Mit freundlichen Grüßen
            Anja Petersen
            Innendienst / Export Skandinavien
            Nordpapier Handels GmbH
            Billstraße 88, 20539 Hamburg
            Tel. 040 334455-0

            Informationen zur Verarbeitung Ihrer personenbezogenen Daten finden Sie in unserer
            Datenschutzerklärung: https://www.nordpapier.example.com/datenschutz
            """)),
        category="other", language="de", phone="+49403344550", business_id=Y_PAINO,
        notes="German order confirmation with a Datenschutzerklärung footer; Hamburg area code 040 looks like a Finnish mobile prefix; customer's Y-tunnus and its VAT form")

    add("other-et-invoice-reminder-kustutage", simple(
        LAITE, "Tiina Rebane", "tiina.rebane@tostukiosad.example.com", "Meeldetuletus: tasumata arve nr 2026-0317",
        when(2026, 4, 3, 9, 30), T("""
            Tere!

            Meie andmetel on järgmine arve veel tasumata:

            Arve nr 2026-0317, kuupäev 03.03.2026, maksetähtaeg 17.03.2026
            Summa: 1 284,60 EUR

            Palume tasuda arve 7 päeva jooksul meie arvelduskontole EE47 1010 2200 0123 4567,
            viitenumber 2026031704.

            Kui olete arve juba tasunud, palun kustutage see meeldetuletus ja vabandame tülituse pärast.

            Lugupidamisega
            Tiina Rebane
            raamatupidaja
            Tõstukiosad OÜ
            Registrikood 14273591, KMKR EE102739145
            Tel 612 3456
            """), charset="iso-8859-15", cte="quoted-printable", subject_charset="iso-8859-15"),
        category="other", language="et", phone="+3726123456",
        notes="Estonian invoice reminder: 'palun kustutage see meeldetuletus' is not erasure; Estonian 7-digit landline, registrikood/KMKR/IBAN traps")

    add("other-ru-job-enquiry-cp1251", message(
        rcpt=LAITE, frm=mailbox("Алексей Морозов", "aleksei.morozov@example.com", "windows-1251", "B"),
        frm_addr="aleksei.morozov@example.com", subject="Вопрос о работе механиком",
        subject_charset="windows-1251", subject_mode="B", date=when(2026, 3, 5, 15, 20, utc_offset=2),
        root=text(T("""
            Здравствуйте!

            Меня зовут Алексей Морозов, я живу в Оулу с 2021 года и имею вид на жительство. По профессии я
            механик строительной техники, опыт работы 12 лет (экскаваторы, погрузчики, подъёмники).

            Хотел бы узнать, есть ли у вас вакансии механика или водителя. Финский язык знаю на уровне B1,
            также говорю по-английски. Резюме могу прислать на финском или английском языке.

            Настоящим даю согласие на обработку моих персональных данных в целях рассмотрения моей
            кандидатуры.

            Мой телефон: 044 612 7830

            С уважением,
            Алексей Морозов
            """), charset="windows-1251", cte="quoted-printable")),
        category="other", language="ru", phone="+358446127830",
        notes="Russian job enquiry in windows-1251 QP; 'согласие на обработку персональных данных' is consent boilerplate, not a right")

    add("other-de-trade-fair-invitation", outlook_only(
        KATTO, "Stefan Braun", "s.braun@lichtdach.example.com",
        "Einladung: Besuchen Sie uns auf den Dachtagen Nord 2026 in Hamburg", when(2026, 3, 12, 9, 2, utc_offset=1), T("""
            Sehr geehrter Herr Virtanen,

            wir freuen uns, Sie zu den Dachtagen Nord vom 10. bis 12. Juni 2026 in Hamburg einzuladen. An unserem
            Stand (Halle B3, Stand 312) zeigen wir unser neues Dachfenster-Sortiment sowie die neuen
            Eindeckrahmen für Blechdächer, die jetzt auch für den finnischen Markt erhältlich sind.

            Gerne sende ich Ihnen und Ihren Kollegen kostenlose Eintrittskarten. Antworten Sie einfach auf diese
            E-Mail mit der Anzahl der gewünschten Karten.

            Ihre Angaben verwenden wir ausschließlich zur Organisation Ihres Messebesuchs. Weitere Informationen
            finden Sie in unserer Datenschutzerklärung.

            Mit freundlichen Grüßen
            Stefan Braun
            Vertrieb Nordeuropa
            Lichtdach Systeme GmbH
            Mobil +49 160 9876543
            """), lang="DE"),
        category="other", language="de", phone="+491609876543",
        notes="Personal German trade-fair invitation (not bulk), privacy sentence about the use of visitor data; HTML-only Outlook windows-1252")

    add("other-fi-learner-roof-quote", simple(
        KATTO, "Dragan Petrović", "dragan.petrovic@example.com", "tarjous katto",
        when(2026, 4, 27, 16, 35), T("""
            Moi

            Minulla on omakotitalo Lempäälä, katto on vanha pelti katto, noin 140 neliö. Me haluaa uusi katto
            tänä kesä, ehkä heinäkuu. Voiko te tehdä tarjous? Myös tarvitsee uusi räystäs kouru.

            Te voi soittaa minulle iltapäivä klo 16 jälkeen.

            Kiitos
            Dragan Petrović
            0400 217 884
            """), extra=(IPHONE,)),
        category="other", language="fi", phone="+358400217884",
        notes="Learner's Finnish quote request with the same 'voiko te' pattern as access requests")

    add("other-en-subscribe-newsletter", simple(
        KIVI, "Priya Nair", "priya.nair@example.com", "Please add me to your newsletter",
        when(2026, 3, 19, 12, 1, utc_offset=2), T("""
            Hi,

            I saw your talk about accessible web design at the Helsinki meetup last week and I'd love to get
            your newsletter. Could you please add my address to your mailing list? I couldn't find a sign-up
            form on your website.

            I'm also happy for you to send me invitations to your events.

            Thanks,
            Priya Nair
            """), charset="us-ascii", cte="7bit"),
        category="other", language="en",
        notes="Asks to be ADDED to the mailing list (consent), the opposite of an opt-out objection")

    add("other-et-opening-hours", simple(
        LAITE, "Jaan", "jaan.kuusk@example.com", "Lahtiolekuajad",
        when(2026, 5, 4, 8, 16), T("""
            Tere,

            tahaksin järgmisel nädalal tulla teie Oulu esindusse ja rentida tõstuki. Millised on teie
            lahtiolekuajad, eriti laupäeval? Kas peab eelnevalt broneerima?

            Tänan ja kena päeva!
            Jaan
            """), charset="iso-8859-15", cte="quoted-printable"),
        category="other", language="et",
        notes="Short Estonian opening-hours question; language detection on a few lines")

    add("other-fr-partner-duplicate-order", simple(
        PAINO, "Julien Marchand", "j.marchand@editions-atlantique.example.com",
        "Commande en double n° 58213 / 58214", when(2026, 5, 7, 10, 42), T("""
            Bonjour Madame Lindholm,

            Nous nous sommes aperçus que notre commande d'impression a été envoyée deux fois hier
            (n° 58213 et n° 58214, 2 000 couvertures reliées, livraison à Nantes). Il s'agit d'un doublon.

            Merci de bien vouloir supprimer la commande n° 58214 et de ne traiter que la première, afin
            d'éviter une double production et une double facturation.

            Bien cordialement,
            Julien Marchand
            Service fabrication
            Éditions Atlantique
            """), cte="quoted-printable"),
        category="other", language="fr",
        notes="French partner: 'supprimer la commande en double' is about an order, not personal data")

    # ================================================================== automated
    add("auto-de-ooo-auto-submitted-040", message(
        rcpt=PAINO, frm=mailbox("Anja Petersen", "a.petersen@nordpapier.example.com"),
        frm_addr="a.petersen@nordpapier.example.com",
        subject="Automatische Antwort: AW: Auftragsbestätigung Nr. AB-2026-04418",
        date=when(2026, 4, 17, 8, 21, utc_offset=2), env_from="",
        extra=("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
               "In-Reply-To: <c41d7e0a9f@saaristonpaino.example.fi>", OUTLOOK),
        root=text(T("""
            Vielen Dank für Ihre Nachricht.

            Ich bin bis einschließlich 24. April 2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails.
            Ihre Nachricht wird nicht weitergeleitet.

            In dringenden Fällen wenden Sie sich bitte an meinen Kollegen Herrn Jensen unter 040 334455-12.

            Mit freundlichen Grüßen
            Anja Petersen
            """), charset="windows-1252", cte="quoted-printable")),
        category="automated", language="de", phone="+494033445512",
        notes="German out-of-office with Auto-Submitted and empty Return-Path; Hamburg 040 number again")

    add("auto-de-ooo-no-headers-dsgvo-subject", simple(
        LUMI, "Jürgen Weber", "juergen.weber@example.com", "Abwesenheitsnotiz: Re: Auskunftsersuchen nach Art. 15 DSGVO",
        when(2026, 3, 25, 14, 3, utc_offset=2), T("""
            Guten Tag,

            ich bin bis zum 6. April nicht im Büro und lese in dieser Zeit keine E-Mails. Ich melde mich nach
            meiner Rückkehr bei Ihnen.

            Viele Grüße
            Jürgen Weber
            """), cte="quoted-printable"),
        category="automated", language="de",
        notes="Vacation reply without any auto-reply headers; subject echoes an Art. 15 DSGVO request; only the body says it is automatic")

    add("auto-et-olen-puhkusel", message(
        rcpt=LAITE, frm=mailbox("Tiina Rebane", "tiina.rebane@tostukiosad.example.com"),
        frm_addr="tiina.rebane@tostukiosad.example.com",
        subject="Automaatvastus: Re: Meeldetuletus: tasumata arve nr 2026-0317",
        date=when(2026, 4, 6, 10, 12), env_from="",
        extra=("Auto-Submitted: auto-replied", "X-Autoreply: yes"),
        root=text(T("""
            Tere!

            Olen puhkusel kuni 4. maini ega loe sel ajal e-kirju. Kiireloomulistes küsimustes palun helistage
            meie kontorisse telefonil 612 3456 või kirjutage aadressil info@tostukiosad.example.com.

            Lugupidamisega
            Tiina Rebane
            """), charset="iso-8859-15", cte="8bit")),
        category="automated", language="et", phone="+3726123456",
        notes="Estonian 'Olen puhkusel' (cf. Finnish 'Olen lomalla') with X-Autoreply and Auto-Submitted")

    add("auto-ru-autoreply-cp1251-echo-request", message(
        rcpt=KATTO, frm=mailbox("Дмитрий Кузнецов", "dmitri.kuznetsov@example.com", "windows-1251", "B"),
        frm_addr="dmitri.kuznetsov@example.com",
        subject="Автоответ: Re: Какие данные обо мне вы храните?", subject_charset="windows-1251",
        subject_mode="B", date=when(2026, 4, 23, 13, 0), env_from="",
        extra=("Auto-Submitted: auto-replied",),
        root=text(T("""
            Здравствуйте!

            Спасибо за ваше письмо. Я нахожусь в отпуске до 12 мая и не имею доступа к почте. Ваше письмо
            не будет переслано.

            По срочным вопросам звоните мне на мобильный: +7 (921) 555-12-34.

            Это автоматический ответ.
            """), charset="windows-1251", cte="base64")),
        category="automated", language="ru", phone="+79215551234",
        notes="Russian windows-1251 base64 auto-reply whose subject repeats a data-access question; +7 phone")

    original = message(
        rcpt="sabine.hofmann@web.test", frm=mailbox("Kivi & Kangas Design", KIVI), frm_addr=KIVI,
        subject="Re: Bitte löschen Sie meine Daten", date=when(2026, 4, 17, 9, 30), trace=False,
        to="sabine.hofmann@web.test",
        root=text(T("""
            Hallo Frau Hoffmann,

            vielen Dank für Ihre Nachricht. Wir haben Ihre Daten aus unserem CRM und unserem Angebotsarchiv
            gelöscht.

            Mit freundlichen Grüßen
            Laura Mäkelä
            Kivi & Kangas Design Oy

            > Bitte löschen Sie meine Daten (Name, E-Mail, Telefonnummer und die
            > Projektbeschreibung) vollständig und bestätigen Sie mir kurz die Löschung.
            """), cte="quoted-printable"))
    dsn = multipart("report", [
        text(T("""
            Dies ist eine automatisch erstellte Benachrichtigung über den Zustellstatus.

            Die Zustellung an folgende Empfänger ist endgültig fehlgeschlagen:

                sabine.hofmann@web.test

            Grund: Die Empfängeradresse existiert nicht (550 5.1.1 Mailbox nicht gefunden).

            Bitte prüfen Sie die Schreibweise der Adresse. Die ursprüngliche Nachricht ist angehängt.
            """), cte="quoted-printable"),
        raw_part(["Content-Type: message/delivery-status"], T("""
            Reporting-MTA: dns; mout.web.test
            Arrival-Date: Fri, 17 Apr 2026 09:30:12 +0300

            Final-Recipient: rfc822; sabine.hofmann@web.test
            Action: failed
            Status: 5.1.1
            Remote-MTA: dns; mx.web.test
            Diagnostic-Code: smtp; 550 5.1.1 <sabine.hofmann@web.test>: Recipient address rejected
            """)),
        embedded(original)], "dsn_" + token("dsn-hofmann", 16), params=" report-type=delivery-status;")
    add("auto-de-dsn-quoted-erasure", message(
        rcpt=KIVI, frm=mailbox("Mail Delivery System", "MAILER-DAEMON@mout.web.test"),
        frm_addr="MAILER-DAEMON@mout.web.test", subject="Unzustellbar: Re: Bitte löschen Sie meine Daten",
        date=when(2026, 4, 17, 9, 30, 14), env_from="", extra=("Auto-Submitted: auto-replied",), root=dsn),
        category="automated", language="de",
        notes="German DSN (multipart/report) for a mistyped address; the returned reply quotes 'Bitte löschen Sie meine Daten'")

    news_plain = T("""
        Tõstukiosad OÜ uudiskiri, aprill 2026

        Kevadpakkumised
        Kõik käärtõstukite akud ja laadijad -15% kuni 31. maini. Tarnime ka Soome 3-5 tööpäevaga.

        Uus koostööpartner Soomes
        Alates maist on meie varuosad saadaval ka Oulus ja Tamperes.

        Privaatsus
        Uuendasime oma privaatsustingimusi. Kui soovite teada, milliseid andmeid me teie kohta töötleme,
        või soovite oma andmed kustutada, kirjutage andmekaitse@tostukiosad.example.com.

        Kui te ei soovi enam uudiskirja saada, saate tellimusest loobuda siin:
        https://news.tostukiosad.example.com/loobu?u=8f3a91

        Tõstukiosad OÜ, Peterburi tee 71, 11415 Tallinn, tel 612 3456
        """)
    news_html = light_html(news_plain, '<div style="font-family:Arial,sans-serif;max-width:600px">')
    add("auto-et-newsletter-list-unsubscribe", message(
        rcpt=LAITE, frm=mailbox("Tõstukiosad OÜ", "uudiskiri@tostukiosad.example.com"),
        frm_addr="uudiskiri@tostukiosad.example.com", subject="Kevadpakkumised ja uudised aprillist",
        date=when(2026, 4, 21, 6, 0), env_from="bounce-8f3a91@news.tostukiosad.example.com",
        relay="news.tostukiosad.example.com", ip="198.51.100.77",
        extra=(*LIST_HDRS,
               "List-Unsubscribe: <https://news.tostukiosad.example.com/loobu?u=8f3a91>,\n"
               " <mailto:unsubscribe-8f3a91@news.tostukiosad.example.com>",
               "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"),
        root=multipart("alternative", [text(news_plain, cte="base64"),
                                       text(news_html, subtype="html", cte="base64")],
                       "news_" + token("tostukiosad-aprill", 16))),
        category="automated", language="et", phone="+3726123456",
        notes="Estonian bulk newsletter (List-Id, List-Unsubscribe, Precedence: bulk) whose privacy paragraph invites access and erasure requests")


if __name__ == "__main__":
    sys.exit(main(sys.argv, build, Path(__file__).resolve().parent))
