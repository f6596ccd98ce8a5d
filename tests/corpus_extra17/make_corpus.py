#!/usr/bin/env python3
"""Corpus extra17: "Europe writes to a Finnish company".

Data-subject requests in the EU's official languages and the neighbours' languages (bg hr cs da nl et fr de
el hu ga it lv lt mt pl pt ro sk sl es no uk ru), written as real people, request generators and lawyers
write them, plus ordinary business mail and automated mail in the same languages that must not become
requests. Standard library only; run `python3 make_corpus.py` (or `--check`).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import corpus_kit
from corpus_kit import *

# the kit's phone checker only knows a few country codes; add the European ones this corpus uses
for _cc in ["30", "31", "32", "33", "34", "36", "39", "40", "43", "48", "351", "353", "356", "359", "370",
            "371", "380", "385", "386", "420", "421"]:
    if _cc not in corpus_kit.COUNTRY_CODES:
        corpus_kit.COUNTRY_CODES.append(_cc)

FOLDER = Path(__file__).resolve().parent


def ip_for(addr: str) -> str:
    n = int(token(addr, 4), 16)
    net = ["192.0.2", "198.51.100", "203.0.113"][n % 3]
    return f"{net}.{n % 250 + 2}"


def M(rcpt, name, addr, subject, date, body, *, cs="utf-8", cte="quoted-printable", style="plain",
      reply_to=None, extra=(), mode="Q", lang="EN", to=None, cc=None, attach=(), env_from=None, relay=None,
      html_body=None, mid=None):
    """One mail from *name* <*addr*>: plain / outlook (HTML only) / outlook_alt / alt, optional attachments."""
    b = token(addr + (subject or "") + str(date), 20)
    if style == "plain":
        root = text(body, charset=cs, cte=cte)
    elif style == "outlook":
        root = text(outlook_html(body, cs, lang), subtype="html", charset=cs, cte=cte)
    elif style == "outlook_alt":
        root = multipart("alternative", [text(body, charset=cs, cte=cte),
                                         text(outlook_html(body, cs, lang), subtype="html", charset=cs, cte=cte)],
                         "----=_NextPart_000_" + b[:4] + "_01DB" + b[4:12].upper())
    elif style == "alt":
        hb = html_body if html_body is not None else light_html(body)
        root = multipart("alternative", [text(body, charset=cs, cte=cte), text(hb, subtype="html", charset=cs,
                                                                                cte=cte)], "000000000000" + b)
    else:
        raise ValueError(style)
    if attach:
        root = multipart("mixed", [root, *attach], "mix_" + b)
    name_cs = cs if (name and not name.isascii()) else "utf-8"
    try:
        (name or "").encode(name_cs)
    except UnicodeEncodeError:
        name_cs = "utf-8"
    subj_cs = cs
    try:
        (subject or "").encode(subj_cs)
    except UnicodeEncodeError:
        subj_cs = "utf-8"
    return message(rcpt=rcpt, frm=mailbox(name, addr, name_cs, mode), frm_addr=addr, subject=subject,
                   date=date, root=root, reply_to=reply_to, extra=extra, to=to, cc=cc, env_from=env_from,
                   relay=relay, ip=ip_for(addr), subject_charset=subj_cs, subject_mode=mode, mid=mid)


def R(slug, raw, kinds, lang, email, name, notes, phone=None, hetu=None, business_id=None):
    add(slug, raw, category="request", kinds=kinds, language=lang, requester_email=email, requester_name=name,
        phone=phone, hetu=hetu, business_id=business_id, notes=notes)


def O(slug, raw, lang, notes, category="other", phone=None, business_id=None):
    add(slug, raw, category=category, language=lang, phone=phone, business_id=business_id, notes=notes)


ANDROID_GMAIL = "X-Mailer: Gmail for Android"
AUTO = "Auto-Submitted: auto-replied"


def build() -> None:
    requests_germanic_romance()
    requests_slavic_baltic_greek()
    requests_small_languages()
    not_requests()
    automated()


# ---------------------------------------------------------------------------------------------------------
def requests_germanic_romance() -> None:
    # --- German ---------------------------------------------------------------------------------------------
    body = T("""
        Sehr geehrte Damen und Herren,

        ich nutze seit 2022 Ihre Software „Lumivalo Planner“ über das Konto stefanie.brandt@example.com.

        Hiermit mache ich von meinem Auskunftsrecht nach Art. 15 DSGVO Gebrauch. Bitte teilen Sie mir mit, ob Sie personenbezogene Daten über mich verarbeiten, und stellen Sie mir gegebenenfalls eine Kopie dieser Daten zur Verfügung, zusammen mit den Angaben nach Art. 15 Abs. 1 lit. a bis h DSGVO (insbesondere Verarbeitungszwecke, Empfänger, Speicherdauer und Herkunft der Daten).

        Außerdem bitte ich Sie, mir die Daten, die ich selbst bereitgestellt habe (Projekte, Kontakte, Zeiteinträge), gemäß Art. 20 DSGVO in einem strukturierten, gängigen und maschinenlesbaren Format (z. B. CSV oder JSON) zu übermitteln.

        Bitte beachten Sie die Frist von einem Monat nach Art. 12 Abs. 3 DSGVO.

        Für Rückfragen erreichen Sie mich unter 0171 4829305.

        Mit freundlichen Grüßen

        Stefanie Brandt
        Kastanienallee 12
        10435 Berlin
        """)
    R("de-access-portability-outlook-cp1252",
      M(LUMI, "Brandt, Stefanie", "stefanie.brandt@example.com",
        "Auskunftsersuchen gemäß Art. 15 DSGVO und Datenübertragung nach Art. 20 DSGVO",
        when(2025, 3, 4, 9, 12, 0, 1), body, cs="windows-1252", style="outlook", lang="DE", extra=(OUTLOOK,)),
      ["access", "portability"], "de", "stefanie.brandt@example.com", "Stefanie Brandt",
      "German formal Art. 15 + Art. 20 DSGVO, HTML-only Outlook in windows-1252 with „“ quotes; 'Surname, "
      "Firstname' display name; German mobile without +49.", phone="+491714829305")

    body = T("""
        Hallo,

        bitte löschen Sie alles, was Sie über mich gespeichert haben, und schicken Sie mir keine Werbung mehr. Ich habe mich nie bei Ihnen angemeldet.

        Danke
        J. Hoffmann

        Von meinem iPhone gesendet
        """)
    R("de-erasure-objection-iphone-short",
      M(KIVI, "Jonas Hoffmann", "jonas.hoffmann@mailbox.example.com", "Bitte löschen",
        when(2025, 5, 17, 22, 41, 0, 2), body, extra=(IPHONE,)),
      ["erasure", "objection"], "de", "jonas.hoffmann@mailbox.example.com", "Jonas Hoffmann",
      "Everyday German, no legal words: 'alles löschen' + 'keine Werbung mehr'; signs 'J. Hoffmann', fuller "
      "name only in the From display name.")

    body = T("""
        Sehr geehrte Damen und Herren,

        hiermit verlange ich gemäß Art. 15 DSGVO Auskunft darüber, ob Sie mich betreffende personenbezogene Daten verarbeiten. Ist dies der Fall, verlange ich Auskunft über:

        1. die Daten selbst (Kopie gemäß Art. 15 Abs. 3 DSGVO),
        2. die Zwecke der Verarbeitung,
        3. die Kategorien personenbezogener Daten, die verarbeitet werden,
        4. die Empfänger oder Kategorien von Empfängern, gegenüber denen die Daten offengelegt worden sind oder noch offengelegt werden, insbesondere Empfänger in Drittländern,
        5. die geplante Speicherdauer oder, falls dies nicht möglich ist, die Kriterien für die Festlegung dieser Dauer,
        6. das Bestehen eines Rechts auf Berichtigung oder Löschung der Daten, auf Einschränkung der Verarbeitung oder eines Widerspruchsrechts gegen diese Verarbeitung sowie das Bestehen eines Beschwerderechts bei einer Aufsichtsbehörde,
        7. alle verfügbaren Informationen über die Herkunft der Daten, wenn sie nicht bei mir erhoben wurden,
        8. das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling (Art. 22 DSGVO).

        Ich bitte Sie, mir die Auskunft innerhalb der Frist von einem Monat (Art. 12 Abs. 3 DSGVO) zu erteilen. Zu meiner Identifizierung können Sie folgende Angaben verwenden:

        Name: Lukas Steiner
        E-Mail-Adresse: lukas.steiner@example.com
        Anschrift: Gumpendorfer Straße 88/14, 1060 Wien, Österreich

        Bitte geben Sie in Ihrer Antwort die Referenz 2025-RK7F3Q an.

        Mit freundlichen Grüßen
        Lukas Steiner
        """)
    R("de-access-generator-template-art15",
      M(KIVI, "Lukas Steiner", "lukas.steiner@example.com",
        "Anfrage nach Art. 15 DSGVO (Referenz: 2025-RK7F3Q)", when(2025, 2, 11, 18, 3, 0, 1), body,
        extra=(TB,)),
      ["access"], "de", "lukas.steiner@example.com", "Lukas Steiner",
      "Generator-style Art. 15 template (datarequests.org shape) whose list item 6 names Berichtigung, Löschung, "
      "Einschränkung and Widerspruch as information only; kinds are access alone; Austrian address.")

    body = T("""
        Sehr geehrte Damen und Herren,

        hiermit zeigen wir an, dass wir die rechtlichen Interessen von Herrn Markus Vogel, wohnhaft Leopoldstraße 41, 80802 München, vertreten. Eine auf uns lautende Vollmacht ist beigefügt.

        Unser Mandant war bis Oktober 2024 als Ansprechpartner eines Ihrer Kunden in Ihrem System erfasst und erhält seitdem weiterhin Werbe-E-Mails von Ihnen an seine private Adresse markus.vogel@example.com.

        Namens und im Auftrag unseres Mandanten legen wir hiermit gemäß Art. 21 Abs. 2 DSGVO Widerspruch gegen jede Verarbeitung seiner Daten zu Zwecken der Direktwerbung ein und verlangen gemäß Art. 17 Abs. 1 DSGVO die unverzügliche Löschung sämtlicher ihn betreffender personenbezogener Daten, soweit ihr keine gesetzlichen Aufbewahrungspflichten entgegenstehen.

        Wir bitten um schriftliche Bestätigung der Löschung bis zum

        14.04.2025

        ausschließlich an die unterzeichnende Kanzlei.

        Mit freundlichen Grüßen

        Dr. Katharina Roth
        Rechtsanwältin

        Roth & Kessler Rechtsanwälte PartG mbB
        Prinzregentenstraße 22, 80538 München
        Tel. +49 89 2180 4470
        k.roth@roth-kessler.example.com
        """)
    R("de-lawyer-erasure-objection-vollmacht-pdf",
      M(LUMI, "Dr. Katharina Roth", "k.roth@roth-kessler.example.com",
        "Unser Mandant Markus Vogel – Widerspruch und Löschung gem. Art. 21, 17 DSGVO / Az. 112/25",
        when(2025, 3, 14, 11, 27, 0, 1), body, style="outlook_alt", cs="utf-8", lang="DE", extra=(OUTLOOK,),
        attach=[attachment(fake_pdf("Vollmacht Vogel"), "application/pdf", "Vollmacht_Vogel.pdf")]),
      ["erasure", "objection"], "de", "k.roth@roth-kessler.example.com", "Markus Vogel",
      "Lawyer writes on behalf of the data subject with a power-of-attorney PDF; reply must go to the law firm, "
      "the person whose data is at stake is the client (name = client); firm phone is the contact number.",
      phone="+498921804470")

    # --- French ---------------------------------------------------------------------------------------------
    body = T("""
        Madame, Monsieur,

        Conformément à l'article 15 du règlement général sur la protection des données (RGPD), je vous prie de bien vouloir m'indiquer si des données personnelles me concernant font l'objet d'un traitement de votre part et, le cas échéant, de m'en communiquer une copie.

        Je souhaite également connaître :
        - les finalités du traitement ;
        - les destinataires auxquels ces données ont été communiquées ;
        - la durée de conservation envisagée ;
        - l'origine des données, si elles n'ont pas été collectées auprès de moi.

        Je vous rappelle que vous disposez d'un délai d'un mois à compter de la réception de ma demande pour y répondre (article 12.3 du RGPD).

        Vous pouvez me joindre au 06 71 23 45 89 si nécessaire.

        Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

        Claire Fontaine
        18, rue des Tanneurs
        67000 Strasbourg
        """)
    R("fr-access-rgpd-lettre-type",
      M(KIVI, "Claire Fontaine", "claire.fontaine@courriel.example.com",
        "Demande de droit d'accès – article 15 du RGPD", when(2025, 4, 2, 14, 5, 0, 2), body, style="alt"),
      ["access"], "fr", "claire.fontaine@courriel.example.com", "Claire Fontaine",
      "French CNIL-style model letter (article 15 RGPD), multipart/alternative; French mobile 06 .. .. .. ..",
      phone="+33671234589")

    body = T("""
        Bonjour,

        Suite à mon divorce, je porte de nouveau mon nom de jeune fille. Pourriez-vous corriger mon nom dans votre fichier clients : Martine LEROY et non plus Martine DUBREUIL. Mon adresse a aussi changé, c'est désormais 7 allée des Tilleuls, 1180 Uccle (Belgique).

        Les brochures que vous imprimez pour notre association partent toujours à l'ancienne adresse...

        Merci d'avance et bonne journée,
        Martine Leroy
        """)
    R("fr-rectification-name-address-latin9",
      M(PAINO, "Martine Leroy", "martine.leroy@skynet.example.com", "changement de nom et d'adresse",
        when(2025, 6, 10, 10, 48, 0, 2), body, cs="iso-8859-15", cte="8bit"),
      ["rectification"], "fr", "martine.leroy@skynet.example.com", "Martine Leroy",
      "Belgian French rectification without legal words (name back to maiden name, new address), ISO-8859-15 "
      "8bit; mentions association brochures so it also reads like a customer-service mail.")

    body = T("""
        Bonjour,

        Je n'utilise plus votre application depuis l'été dernier. Merci de supprimer mon compte (identifiant : hugo.martel) ainsi que toutes les données qui y sont associées, y compris les sauvegardes.

        Pouvez-vous me confirmer par retour de mail quand c'est fait ?

        Cordialement,
        Hugo Martel
        """)
    R("fr-erasure-account-deletion-html-only",
      M(LUMI, "Hugo Martel", "hugo.martel@example.org", "Suppression de mon compte",
        when(2025, 1, 20, 8, 31, 0, 1), body, style="outlook", cs="utf-8", lang="FR",
        extra=("X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF133 (Linux)/9.0.0_GA_4546)",)),
      ["erasure"], "fr", "hugo.martel@example.org", "Hugo Martel",
      "Account deletion 'ainsi que toutes les données' in HTML-only mail, no RGPD words; could be read as a "
      "support ticket.")

    # --- Spanish --------------------------------------------------------------------------------------------
    body = T("""
        Muy señores míos:

        D. Javier Ortega Ruiz, mayor de edad, con DNI 48291736Q y domicilio a efectos de notificaciones en la calle Alcalá 214, 4.º B, 28028 Madrid, por medio del presente escrito ejerce los siguientes derechos:

        1. Derecho de supresión (artículo 17 del Reglamento (UE) 2016/679, RGPD, y artículo 15 de la Ley Orgánica 3/2018, LOPDGDD): solicito que se supriman todos mis datos personales de sus ficheros.

        2. Derecho de oposición (artículo 21 del RGPD): me opongo a que mis datos se traten con fines de mercadotecnia directa, incluida la elaboración de perfiles.

        Ruego me comuniquen por escrito la supresión en el plazo de un mes. Les ruego que respondan a mi dirección personal, que figura en el campo «Responder a».

        Atentamente,

        Javier Ortega Ruiz
        """)
    R("es-erasure-objection-formal-reply-to",
      M(LUMI, "Javier Ortega | Distribuciones Levante", "j.ortega@distribucioneslevante.example.com",
        "Ejercicio de los derechos de supresión y oposición (arts. 17 y 21 RGPD)",
        when(2025, 2, 26, 12, 15, 0, 1), body, style="outlook_alt", lang="ES", extra=(OUTLOOK,),
        reply_to=mailbox("Javier Ortega Ruiz", "javier.ortega.ruiz@example.com")),
      ["erasure", "objection"], "es", "javier.ortega.ruiz@example.com", "Javier Ortega Ruiz",
      "Spanish formal escrito (RGPD + LOPDGDD) sent from a work account with Reply-To to a private address; "
      "DNI number is a digit run that is not a phone.")

    body = T("""
        Hola,

        ¿me podéis decir qué datos tenéis guardados sobre mí y de dónde habéis sacado mi correo? Me llegan vuestros emails desde hace meses y no recuerdo haberme registrado nunca.

        Gracias,
        Lucía
        """)
    R("es-access-where-from-informal",
      M(KIVI, "Lucía Navarro", "lucia.navarro87@example.com", "¿De dónde tenéis mi correo?",
        when(2025, 7, 3, 23, 2, 0, 2), body, style="alt", extra=(ANDROID_GMAIL,)),
      ["access"], "es", "lucia.navarro87@example.com", "Lucía Navarro",
      "Casual Spanish, no legal words: 'qué datos tenéis' and 'de dónde habéis sacado mi correo' are access; "
      "signs with first name only, full name in From.")

    body = T("""
        Buenos días:

        He visto en la factura de marzo que mi apellido aparece como "Munoz" y el segundo apellido falta. Les agradecería que corrigieran mis datos en su sistema: mi nombre completo es Rocío Muñoz Gallardo.

        Un saludo,

        Rocío Muñoz Gallardo
        Tel. 612 48 93 07
        """)
    R("es-rectification-surname-cp1252-outlook",
      M(LAITE, "Rocio Munoz", "rocio.munoz@example.com", "Corrección de mis datos",
        when(2025, 4, 8, 9, 55, 0, 2), body, cs="windows-1252", style="outlook", lang="ES", extra=(OUTLOOK,)),
      ["rectification"], "es", "rocio.munoz@example.com", "Rocío Muñoz Gallardo",
      "Rectification of a misspelt surname (ñ lost) in windows-1252 HTML-only Outlook; display name itself is "
      "the wrong spelling; Spanish mobile without +34.", phone="+34612489307")

    # --- Italian --------------------------------------------------------------------------------------------
    body = T("""
        Spett.le Kivi & Kangas Design Oy,

        il sottoscritto Marco Ferretti, nato a Bologna il 12/09/1984, ai sensi dell'art. 15 del Regolamento (UE) 2016/679 (GDPR) chiede di conoscere se è in corso un trattamento di dati personali che lo riguardano e, in caso affermativo, di ottenerne copia, unitamente alle informazioni relative alle finalità del trattamento, alle categorie di dati, ai destinatari e al periodo di conservazione.

        Il presente messaggio viene inviato tramite posta elettronica certificata; per il riscontro si prega di utilizzare l'indirizzo ordinario indicato in "Rispondi a".

        Recapito telefonico: 347 218 9034

        Distinti saluti
        Marco Ferretti
        """)
    R("it-access-art15-pec-reply-to",
      M(KIVI, "Per conto di: marco.ferretti@pec.example.com", "posta-certificata@pec.example.com",
        "POSTA CERTIFICATA: Richiesta di accesso ai dati personali ex art. 15 GDPR",
        when(2025, 3, 19, 15, 40, 0, 1), body,
        reply_to=mailbox("Marco Ferretti", "marco.ferretti@example.com"),
        extra=("X-Trasporto: posta-certificata", "X-Riferimento-Message-ID: <A1B2C3D4.7e@pec.example.com>")),
      ["access"], "it", "marco.ferretti@example.com", "Marco Ferretti",
      "Italian PEC transport: From is the PEC gateway 'Per conto di', Reply-To is the person's ordinary address; "
      "formal art. 15 text in third person ('il sottoscritto'); Italian mobile without trunk 0.",
      phone="+393472189034")

    body = T("""
        Buongiorno,
        vi chiedo gentilmente di cancellare tutti i miei dati e di non mandarmi più newsletter né offerte. Non sono più interessata.

        Grazie mille
        Chiara B.
        """)
    R("it-erasure-objection-short",
      M(LUMI, "Chiara Bellini", "chiara.bellini@libero.example.com", "cancellazione", when(2025, 5, 6, 7, 58, 0, 2),
        body, cte="8bit"),
      ["erasure", "objection"], "it", "chiara.bellini@libero.example.com", "Chiara Bellini",
      "Two rights in one everyday sentence ('cancellare tutti i miei dati' + 'non mandarmi più newsletter'); "
      "signs 'Chiara B.', full name only in From.")

    body = T("""
        Nome: Alessandro Conti
        Email: a.conti.dev@example.com
        Azienda: (privato)
        Oggetto: Esportazione dati

        Messaggio:
        Salve, sto passando a un altro gestionale e vorrei ricevere tutti i dati che ho caricato nel mio account (clienti, progetti, ore registrate) in un formato strutturato tipo CSV o JSON, così da poterli importare direttamente nel nuovo servizio. Se possibile, potete anche trasmetterli voi al nuovo fornitore. Grazie.

        --
        Questa e-mail è stata inviata da un modulo di contatto su lumivalo.example.fi
        """)
    R("it-portability-webform-no-reply-to",
      M(LUMI, "Lumivalo", "wordpress@lumivalo.example.fi", "[Lumivalo] Nuovo messaggio: Esportazione dati",
        when(2025, 9, 2, 16, 21, 0, 3), body, relay="web1.lumivalo.example.fi",
        extra=("X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",)),
      ["portability"], "it", "a.conti.dev@example.com", "Alessandro Conti",
      "Italian text inside a WordPress contact-form relay from wordpress@ without Reply-To; requester address "
      "only in the form body; portability without the word 'portabilità'.")

    # --- Portuguese -----------------------------------------------------------------------------------------
    body = T("""
        Exmos. Senhores,

        Venho, ao abrigo dos artigos 16.º e 18.º do Regulamento Geral sobre a Proteção de Dados (RGPD), solicitar:

        a) a retificação dos meus dados pessoais: o meu NIF e a morada de faturação registados na vossa base de dados estão errados, o que originou a fatura n.º FT 2025/311 em nome de outra pessoa;

        b) a limitação do tratamento desses dados enquanto a correção não for verificada, nomeadamente que não os enviem a qualquer empresa de cobranças.

        Em anexo não envio documentos por questões de segurança; posso confirmar a minha identidade por telefone: 912 345 678.

        Com os melhores cumprimentos,
        Ricardo Almeida Santos
        """)
    R("pt-rectification-restriction-formal",
      M(LAITE, "Ricardo Santos", "ricardo.a.santos@sapo.example.com",
        "Pedido de retificação e limitação do tratamento (arts. 16.º e 18.º RGPD)",
        when(2025, 6, 23, 17, 9, 0, 1), body, style="alt"),
      ["rectification", "restriction"], "pt", "ricardo.a.santos@sapo.example.com", "Ricardo Almeida Santos",
      "European Portuguese formal letter with '16.º/18.º' ordinals: rectification plus restriction pending "
      "verification; invoice number and Portuguese mobile without +351.", phone="+351912345678")

    body = T("""
        Boa tarde,

        queria pedir que apagassem os meus dados todos, já não sou cliente há bastante tempo.

        Obrigada
        Inês
        """)
    R("pt-erasure-informal-first-name",
      M(PAINO, None, "ines.carvalho1990@example.com", "dados", when(2025, 8, 14, 16, 37, 0, 1), body,
        cte="8bit", extra=(IPHONE,)),
      ["erasure"], "pt", "ines.carvalho1990@example.com", "Inês",
      "Very short Portuguese erasure ('apagassem os meus dados'), no display name, one-word subject, first name "
      "only.")

    # --- Romanian -------------------------------------------------------------------------------------------
    body = T("""
        Stimată doamnă / Stimate domn,

        În temeiul art. 15 din Regulamentul (UE) 2016/679 (GDPR), vă rog să îmi confirmați dacă prelucrați date cu caracter personal care mă privesc și, în caz afirmativ, să îmi furnizați o copie a acestora, împreună cu informații privind scopurile prelucrării, destinatarii și perioada de stocare.

        De asemenea, în temeiul art. 20 din GDPR, vă rog să îmi transmiteți datele pe care vi le-am furnizat (profilul de utilizator și istoricul comenzilor) într-un format structurat, utilizat în mod curent și care poate fi citit automat.

        Mă puteți contacta la numărul 0722 345 678.

        Cu stimă,
        Ioana Dumitrescu
        """)
    R("ro-access-portability-diacritics",
      M(LUMI, "Ioana Dumitrescu", "ioana.dumitrescu@example.com",
        "Cerere de acces la date (art. 15 GDPR) și portabilitate (art. 20 GDPR)",
        when(2025, 4, 15, 10, 2, 0, 3), body, style="alt"),
      ["access", "portability"], "ro", "ioana.dumitrescu@example.com", "Ioana Dumitrescu",
      "Romanian formal with comma-below ș/ț diacritics, two articles; Romanian mobile in national format.",
      phone="+40722345678")

    body = T("""
        Buna ziua,

        va rog sa stergeti toate datele mele din baza voastra de date. Am lucrat pentru voi prin agentie in 2023 si nu mai am nevoie de cont.

        Multumesc,
        Andrei Popescu
        """)
    R("ro-erasure-no-diacritics",
      M(KATTO, "Andrei Popescu", "andrei.popescu.88@example.com", "stergere date",
        when(2025, 1, 29, 21, 14, 0, 2), body, cs="us-ascii", cte="7bit"),
      ["erasure"], "ro", "andrei.popescu.88@example.com", "Andrei Popescu",
      "Romanian typed without diacritics (stergeti, voastra) in us-ascii 7bit; ex-agency worker at a roofing firm.")


# ---------------------------------------------------------------------------------------------------------
def requests_slavic_baltic_greek() -> None:
    # --- Polish ---------------------------------------------------------------------------------------------
    body = T("""
        Szanowni Państwo,

        na podstawie art. 17 ust. 1 Rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 (RODO) żądam niezwłocznego usunięcia wszystkich moich danych osobowych przetwarzanych przez Państwa firmę, w tym danych przekazanych w procesie rekrutacji na stanowisko kierowcy C+E w styczniu 2025 r. (CV, kopia prawa jazdy, świadectwo kwalifikacji zawodowej).

        Proszę o potwierdzenie usunięcia danych w terminie jednego miesiąca, zgodnie z art. 12 ust. 3 RODO.

        Z poważaniem
        Krzysztof Nowakowski
        tel. +48 601 234 567
        """)
    R("pl-erasure-rodo-latin2-qp",
      M(KULJ, "Krzysztof Nowakowski", "k.nowakowski@wp.example.com",
        "Żądanie usunięcia danych osobowych (art. 17 RODO)", when(2025, 2, 3, 8, 44, 0, 1), body,
        cs="iso-8859-2", extra=(TB,)),
      ["erasure"], "pl", "k.nowakowski@wp.example.com", "Krzysztof Nowakowski",
      "Polish formal RODO art. 17 from a rejected driver applicant, ISO-8859-2 quoted-printable with encoded "
      "subject; Polish mobile with +48.", phone="+48601234567")

    h_pl = new_hetu("150387", "-", "731")
    body = T(f"""
        Dzień dobry,

        pracowałem u Was przez agencję pracy od marca do listopada 2023 (montaż dachów w Tampere). Chciałbym się dowiedzieć, jakie dane o mnie macie i komu je przekazaliście, bo dostaję telefony od jakiejś firmy ubezpieczeniowej z Finlandii.

        Mój fiński numer (henkilötunnus): {h_pl}

        Pozdrawiam
        Tomasz Wójcik
        """)
    R("pl-access-informal-cp1250-base64-hetu",
      M(KATTO, "Tomasz Wójcik", "tomek.wojcik@onet.example.com", "pytanie o moje dane",
        when(2025, 3, 27, 19, 20, 0, 2), body, cs="windows-1250", cte="base64", mode="B"),
      ["access"], "pl", "tomek.wojcik@onet.example.com", "Tomasz Wójcik",
      "Informal Polish access (what data, to whom passed) in windows-1250 base64 with B-encoded headers; gives "
      "his Finnish hetu inside Polish text.", hetu=h_pl)

    orig = T("""
        Dzień dobry,

        zmieniłem numer telefonu i adres. Proszę zaktualizować moje dane w Państwa systemie:
        nowy numer: +48 512 908 331
        adres: ul. Długa 17/4, 80-831 Gdańsk

        Stary numer już nie działa, a faktury przychodzą na stary adres.

        Pozdrawiam
        Paweł Zieliński
        """)
    fw = outlook_inline_forward(
        T("""
            Moi,

            tämä tuli minun sähköpostiini, kuuluu varmaan teille. Puolalainen asiakas, vuokrasi meiltä nosturin viime kesänä.

            Mika Rantala
            Myyntipäällikkö | Pohjolan Laitevuokraus Oy
            p. 040 555 1212
            """).rstrip("\n"),
        ["Lähettäjä: Paweł Zieliński <pawel.zielinski@interia.example.com>",
         "Lähetetty: maanantai 12. toukokuuta 2025 9.03",
         "Vastaanottaja: Mika Rantala <mika.rantala@pohjolanlaite.example.fi>",
         "Aihe: Zmiana danych"], orig)
    R("pl-rectification-forwarded-by-fi-employee",
      M(LAITE, "Mika Rantala", "mika.rantala@pohjolanlaite.example.fi", "VL: Zmiana danych",
        when(2025, 5, 12, 9, 40, 0, 3), fw, style="outlook_alt", lang="FI", extra=(OUTLOOK,)),
      ["rectification"], "pl", "pawel.zielinski@interia.example.com", "Paweł Zieliński",
      "Polish rectification (new phone/address) inside a Finnish employee's inline Outlook 'VL:' forward; the "
      "requester's new number counts, the forwarder's Finnish phone does not.", phone="+48512908331")

    # --- Ukrainian ------------------------------------------------------------------------------------------
    body = T("""
        Шановні пані та панове!

        Відповідно до статті 15 Загального регламенту ЄС про захист даних (GDPR) прошу повідомити, чи обробляє ваша компанія мої персональні дані, і якщо так, надати мені їх копію, а також інформацію про мету обробки, одержувачів даних і строк їх зберігання.

        У 2023-2024 роках я працював у вашій компанії покрівельником за договором через агентство "Baltic Staff". Я й далі живу в Тампере.

        З повагою
        Олександр Мельник
        тел. 044 712 3380
        """)
    R("uk-access-formal-koi8u",
      M(KATTO, "Олександр Мельник", "o.melnyk@ukr.example.com",
        "Запит щодо доступу до персональних даних (ст. 15 GDPR)", when(2025, 4, 22, 20, 5, 0, 3), body,
        cs="koi8-u", cte="8bit"),
      ["access"], "uk", "o.melnyk@ukr.example.com", "Олександр Мельник",
      "Ukrainian formal Art. 15 in KOI8-U 8bit with KOI8-U encoded-word name and subject; Finnish mobile "
      "(he says he still lives in Tampere; 044 is also a Kyiv area code) in national format.", phone="+358447123380")

    body = T("""
        Добрий день!

        Прошу видалити всі мої дані з вашої бази і більше не надсилати мені рекламні листи.

        Дякую.
        Олена Коваленко
        """)
    R("uk-erasure-objection-base64",
      M(LUMI, "Olena Kovalenko", "olena.kovalenko@example.com", "Видалення даних",
        when(2025, 6, 1, 12, 12, 0, 3), body, cte="base64", extra=(ANDROID_GMAIL,)),
      ["erasure", "objection"], "uk", "olena.kovalenko@example.com", "Олена Коваленко",
      "Short Ukrainian erasure + no more advertising, UTF-8 base64; From name in Latin transliteration, "
      "signature in Cyrillic.")

    body = T("""
        Вітаю!

        У вашій системі моє ім'я записане як "Sergei Tkachenko" - це російська транслітерація, і через це банк не приймає ваші рахунки. За закордонним паспортом правильно: Serhii Tkachenko. Виправте, будь ласка, ім'я в моєму профілі клієнта і на майбутніх рахунках.

        Сергій Ткаченко (Serhii Tkachenko)
        """)
    R("uk-rectification-transliteration",
      M(TILI, "Sergei Tkachenko", "serhii.tk@example.com", "Помилка в імені",
        when(2025, 9, 9, 11, 30, 0, 3), body),
      ["rectification"], "uk", "serhii.tk@example.com", "Сергій Ткаченко",
      "Ukrainian rectification of a Latin transliteration; the From display name shows the wrong spelling that "
      "should be corrected; accounting-firm client, invoices make it look like billing.")

    # --- Russian --------------------------------------------------------------------------------------------
    body = T("""
        Уважаемые господа!

        В соответствии со статьями 15 и 20 Общего регламента ЕС по защите данных (GDPR) прошу:

        1) сообщить, какие мои персональные данные обрабатывает ваша компания, с какой целью, кому они передавались и как долго будут храниться, и предоставить их копию;
        2) передать мне данные, которые я сам предоставил при регистрации и использовании сервиса, в структурированном машиночитаемом формате (CSV или JSON).

        Ответ прошу направить на мой личный адрес, указанный в поле «Ответить», — к рабочему ящику у меня скоро не будет доступа.

        С уважением,
        Игорь Васильев
        """)
    R("ru-access-portability-cp1251-reply-to",
      M(LUMI, "Игорь Васильев", "i.vasilev@logistik-nord.example.com",
        "Запрос на доступ к персональным данным и их перенос (ст. 15, 20 GDPR)",
        when(2025, 3, 6, 13, 50, 0, 2), body, cs="windows-1251", style="outlook", lang="RU", extra=(OUTLOOK,),
        reply_to=mailbox("Игорь Васильев", "igor.vasilev.private@example.com", "windows-1251", "B")),
      ["access", "portability"], "ru", "igor.vasilev.private@example.com", "Игорь Васильев",
      "Russian formal two-article request in windows-1251 HTML-only Outlook; Reply-To (B-encoded cp1251 name) "
      "to a private address, explained in the text.")

    body = T("""
        Здравствуйте.

        Уберите меня, пожалуйста, из вашей рассылки. Я на неё не подписывался и пишу уже третий раз.

        Дмитрий
        """)
    R("ru-objection-unsubscribe-informal",
      M(KIVI, "Дмитрий Кузнецов", "dkuznetsov@yandex.example.com", "Re: Kivi & Kangas | Uutiskirje 4/2025",
        when(2025, 4, 29, 9, 1, 0, 3), mode="B", body=body + "\n" + quote_lines(T("""
            Kivi & Kangas Design – uutiskirje huhtikuu 2025
            Uusia verkkosivuprojekteja ja vinkkejä saavutettavuuteen.
            """), "> ")),
      ["objection"], "ru", "dkuznetsov@yandex.example.com", "Дмитрий Кузнецов",
      "Russian 'уберите меня из рассылки' as a reply to a Finnish newsletter (quoted Finnish text must not set "
      "the language); signs with first name, full name in From.")

    body = T("""
        Добрый день!

        Я живу в Таллине и в прошлом году несколько раз заказывал у вас перевозку мебели из Хельсинки. Хотел бы узнать, какие данные обо мне у вас хранятся и для чего. Можно ли получить их копию?

        Мой телефон: 5821 4467

        Спасибо,
        Артём Смирнов
        """)
    R("ru-access-tallinn-estonian-phone",
      M(KULJ, "Artjom Smirnov", "artjom.smirnov@mail.example.com", "Мои данные",
        when(2025, 8, 5, 18, 22, 0, 3), body, cte="8bit"),
      ["access"], "ru", "artjom.smirnov@mail.example.com", "Артём Смирнов",
      "Russian speaker from Tallinn: informal access; Estonian mobile without country code (context: Tallinn) "
      "-> +372; Latin From name vs Cyrillic signature.", phone="+37258214467")

    # --- Czech ----------------------------------------------------------------------------------------------
    body = T("""
        Vážení,

        na základě čl. 15 obecného nařízení o ochraně osobních údajů (GDPR) Vás žádám o potvrzení, zda zpracováváte mé osobní údaje, a pokud ano, o poskytnutí jejich kopie a informací o účelech zpracování, příjemcích, době uložení a o zdroji, ze kterého jste údaje získali.

        Odpověď prosím zašlete na tuto e-mailovou adresu.

        S pozdravem
        Petr Dvořák
        tel.: +420 603 128 457
        """)
    R("cs-access-formal-latin2",
      M(KIVI, "Petr Dvořák", "petr.dvorak@seznam.example.com", "Žádost o přístup k osobním údajům dle čl. 15 GDPR",
        when(2025, 1, 14, 10, 10, 0, 1), body, cs="iso-8859-2", style="alt"),
      ["access"], "cs", "petr.dvorak@seznam.example.com", "Petr Dvořák",
      "Czech formal čl. 15 GDPR in ISO-8859-2 multipart/alternative QP; Czech mobile with +420.",
      phone="+420603128457")

    body = T("""
        Dobrý den,

        vdala jsem se a změnilo se mi příjmení – místo Nováková jsem teď Horáková. Můžete mi to prosím opravit v systému? A e-mail mám taky nový, tenhle.

        Díky
        Jana Horáková
        """)
    R("cs-rectification-married-name-cp1250",
      M(PAINO, "Jana Horáková", "jana.horakova@email.example.com", "Změna příjmení",
        when(2025, 7, 21, 15, 3, 0, 2), body, cs="windows-1250", cte="8bit"),
      ["rectification"], "cs", "jana.horakova@email.example.com", "Jana Horáková",
      "Czech colloquial rectification (new surname, new e-mail) in windows-1250 8bit; no legal words.")

    # --- Greek ----------------------------------------------------------------------------------------------
    body = T("""
        Αξιότιμοι κύριοι,

        Με την παρούσα ασκώ το δικαίωμα διαγραφής σύμφωνα με το άρθρο 17 του Γενικού Κανονισμού για την Προστασία Δεδομένων (ΓΚΠΔ, Κανονισμός (ΕΕ) 2016/679) και ζητώ τη διαγραφή όλων των προσωπικών μου δεδομένων από τα αρχεία σας.

        Παρακαλώ να με ενημερώσετε εγγράφως για την ολοκλήρωση της διαγραφής εντός ενός μηνός από την παραλαβή του παρόντος.

        Με εκτίμηση,
        Ελένη Παπαδοπούλου
        Τηλ.: 694 123 4567
        """)
    R("el-erasure-gkpd-iso8859-7",
      M(LUMI, "Ελένη Παπαδοπούλου", "eleni.papadopoulou@otenet.example.com",
        "Αίτημα διαγραφής προσωπικών δεδομένων (άρθρο 17 ΓΚΠΔ)", when(2025, 5, 28, 11, 11, 0, 3), body,
        cs="iso-8859-7", extra=(OUTLOOK,)),
      ["erasure"], "el", "eleni.papadopoulou@otenet.example.com", "Ελένη Παπαδοπούλου",
      "Greek formal ΓΚΠΔ art. 17 in ISO-8859-7 QP with ISO-8859-7 encoded words; Greek mobile without +30.",
      phone="+306941234567")

    body = T("""
        Kalispera sas,

        tha ithela na mou peite ti prosopika stoixeia exete gia mena kai apo pou ta pirate. Mou erxontai emails apo esas xoris na exo kanei pote eggrafi. Mporeite na mou steilete ena antigrafo?

        Efxaristo,
        Nikos Georgiou
        """)
    R("el-access-greeklish",
      M(KIVI, "Nikos Georgiou", "nikgeorgiou@example.com", "prosopika dedomena", when(2025, 10, 2, 21, 45, 0, 3),
        body, cs="us-ascii", cte="7bit"),
      ["access"], "el", "nikgeorgiou@example.com", "Nikos Georgiou",
      "Greek written in Greeklish (Latin letters, no accents): access + source of data; all-ASCII so script "
      "detection cannot tell it is Greek.")

    # --- Bulgarian ------------------------------------------------------------------------------------------
    body = T("""
        Уважаеми госпожи и господа,

        На основание чл. 17 от Общия регламент относно защитата на данните (ОРЗД) Ви моля да изтриете всички мои лични данни, които обработвате. На основание чл. 21, ал. 2 от ОРЗД възразявам срещу обработването на данните ми за целите на директния маркетинг.

        Моля, потвърдете изпълнението на искането ми в срок от един месец.

        С уважение,
        Георги Иванов
        тел. 0888 123 456
        """)
    R("bg-erasure-objection-ordz-cp1251",
      M(LUMI, "Георги Иванов", "georgi.ivanov@abv.example.com", "Искане за изтриване на лични данни (чл. 17 ОРЗД)",
        when(2025, 2, 18, 16, 0, 0, 2), body, cs="windows-1251", cte="quoted-printable"),
      ["erasure", "objection"], "bg", "georgi.ivanov@abv.example.com", "Георги Иванов",
      "Bulgarian ОРЗД чл. 17 + чл. 21 ал. 2 in windows-1251 QP; Bulgarian mobile 0888 -> +359; Cyrillic that "
      "is not Russian.", phone="+359888123456")

    # --- Croatian -------------------------------------------------------------------------------------------
    body = T("""
        Poštovani,

        temeljem članka 15. Opće uredbe o zaštiti podataka (GDPR) molim Vas da mi dostavite informaciju obrađujete li moje osobne podatke te, ako je tako, kopiju tih podataka i informacije o svrsi obrade, primateljima i roku pohrane.

        Za sve upite dostupna sam na broj 091 234 5678.

        Lijep pozdrav,
        Ana Kovačević
        """)
    R("hr-access-latin2",
      M(PAINO, "Ana Kovačević", "ana.kovacevic@net.example.com", "Zahtjev za pristup osobnim podacima",
        when(2025, 3, 31, 9, 17, 0, 2), body, cs="iso-8859-2", cte="8bit"),
      ["access"], "hr", "ana.kovacevic@net.example.com", "Ana Kovačević",
      "Croatian formal članak 15. in ISO-8859-2 8bit; Croatian mobile 091 -> +385.", phone="+385912345678")

    # --- Slovak ---------------------------------------------------------------------------------------------
    body = T("""
        Dobrý deň,

        v súvislosti s reklamáciou prenájmu stavebného lešenia (zmluva č. PL-2024-0877) vás žiadam, aby ste moje osobné údaje ani záznamy o tejto zmluve, fakturácii a našej komunikácii nevymazávali, hoci ste mi oznámili, že po skončení zmluvy ich zlikvidujete. Potrebujem ich na uplatnenie právneho nároku na súde.

        Podľa čl. 18 ods. 1 písm. c) GDPR preto žiadam o obmedzenie spracúvania - údaje uchovajte, ale inak ich nepoužívajte.

        S pozdravom
        Martin Kováč
        tel. +421 905 123 456
        """)
    R("sk-restriction-do-not-delete-latin2",
      M(LAITE, "Martin Kováč", "martin.kovac@azet.example.com", "Žiadosť o obmedzenie spracúvania osobných údajov",
        when(2025, 6, 16, 14, 26, 0, 2), body, cs="iso-8859-2"),
      ["restriction"], "sk", "martin.kovac@azet.example.com", "Martin Kováč",
      "Slovak 'nevymazávajte' (do NOT delete) + čl. 18 ods. 1 písm. c): restriction, not erasure; contract "
      "number with dashes; ISO-8859-2 QP.", phone="+421905123456")

    # --- Slovenian ------------------------------------------------------------------------------------------
    body = T("""
        Spoštovani,

        v skladu s 15. členom Splošne uredbe o varstvu podatkov (GDPR) vas prosim za potrditev, ali obdelujete moje osebne podatke, in za kopijo teh podatkov.

        Hkrati vas na podlagi 16. člena prosim, da popravite moj naslov, ki je v vaši evidenci napačen. Pravilni naslov je: Celovška cesta 150, 1000 Ljubljana.

        Lep pozdrav,
        Maja Novak
        """)
    R("sl-access-rectification-cp1250-outlook",
      M(PAINO, "Maja Novak", "maja.novak@siol.example.com", "Zahteva za dostop in popravek osebnih podatkov",
        when(2025, 9, 15, 8, 5, 0, 2), body, cs="windows-1250", style="outlook_alt", lang="SL", extra=(OUTLOOK,)),
      ["access", "rectification"], "sl", "maja.novak@siol.example.com", "Maja Novak",
      "Slovenian access (15. člen) + rectification (16. člen) in windows-1250 Outlook multipart/alternative; "
      "Slovenian is easily confused with Croatian/Slovak.")

    # --- Latvian --------------------------------------------------------------------------------------------
    body = T("""
        Labdien!

        Lūdzu, pārtrauciet sūtīt man reklāmas e-pastus. Es nekad neesmu piekritusi jūsu jaunumu saņemšanai.

        Un, lūdzu, pastāstiet, no kurienes jums ir mana e-pasta adrese un kādi vēl dati par mani jums ir.

        Ar cieņu
        Līga Bērziņa
        """)
    R("lv-objection-access-cp1257",
      M(KIVI, "Līga Bērziņa", "liga.berzina@inbox.example.com", "Reklāmas e-pasti", when(2025, 4, 10, 17, 33, 0, 3),
        body, cs="windows-1257", cte="quoted-printable"),
      ["access", "objection"], "lv", "liga.berzina@inbox.example.com", "Līga Bērziņa",
      "Latvian, no legal words: stop advertising e-mails (objection) + where did you get my address / what "
      "else (access); windows-1257 QP.")

    # --- Lithuanian -----------------------------------------------------------------------------------------
    body = T("""
        Laba diena,

        vadovaudamasis Bendrojo duomenų apsaugos reglamento (BDAR) 17 straipsniu, prašau ištrinti visus mano asmens duomenis, kuriuos tvarko jūsų įmonė, įskaitant kontaktinius duomenis ir užsakymų istoriją, jeigu jų saugoti neįpareigoja įstatymai.

        Prašau patvirtinti ištrynimą el. paštu.

        Pagarbiai
        Mindaugas Petrauskas
        tel. +370 612 34567
        """)
    R("lt-erasure-bdar-cp1257-base64",
      M(KULJ, "Mindaugas Petrauskas", "mindaugas.petrauskas@example.com",
        "Prašymas ištrinti asmens duomenis (BDAR 17 str.)", when(2025, 7, 8, 7, 49, 0, 3), body,
        cs="windows-1257", cte="base64", mode="B"),
      ["erasure"], "lt", "mindaugas.petrauskas@example.com", "Mindaugas Petrauskas",
      "Lithuanian formal BDAR 17 str. in windows-1257 base64; Lithuanian mobile +370 612 34567 grouping.",
      phone="+37061234567")

    # --- Estonian -------------------------------------------------------------------------------------------
    h_et = new_hetu("230891", "-", "248")
    body = T(f"""
        Tere,

        töötasin teie juures 2022-2024 ja nüüd olen tagasi Eestis. Palun kustutage kõik minu andmed, mida te enam ei vaja. Soome isikukood oli {h_et.lower()}, kui see aitab mind leida.

        Minu number: 5123 4567

        Aitäh!
        Kadri Tamm
        """)
    R("et-erasure-informal-fi-hetu",
      M(KATTO, "Kadri Tamm", "kadri.tamm@online.example.com", "andmete kustutamine", when(2025, 1, 6, 19, 2, 0, 2),
        body, cte="8bit"),
      ["erasure"], "et", "kadri.tamm@online.example.com", "Kadri Tamm",
      "Estonian former employee: 'kustutage kõik minu andmed' with her Finnish hetu called 'Soome isikukood' "
      "(lower case); Estonian mobile without +372.", phone="+37251234567", hetu=h_et)

    # --- Hungarian ------------------------------------------------------------------------------------------
    body = T("""
        Tisztelt Hölgyem/Uram!

        Az általános adatvédelmi rendelet (GDPR) 15. cikke alapján kérem, tájékoztassanak arról, hogy kezelik-e a személyes adataimat, és ha igen, küldjék meg számomra azok másolatát, valamint az adatkezelés céljára, a címzettekre és a tárolás időtartamára vonatkozó információkat.

        Elérhetőségem: +36 30 482 1937

        Tisztelettel:
        Nagy Zsófia
        """)
    R("hu-access-latin2-surname-first",
      M(LUMI, "Nagy Zsófia", "nagy.zsofia@freemail.example.com", "Hozzáférési kérelem – GDPR 15. cikk",
        when(2025, 5, 9, 13, 13, 0, 2), body, cs="iso-8859-2", style="alt"),
      ["access"], "hu", "nagy.zsofia@freemail.example.com", "Nagy Zsófia",
      "Hungarian formal 15. cikk in ISO-8859-2 (ő/ű) multipart/alternative; name in Hungarian surname-first "
      "order; subject has an en dash not in Latin-2 so it falls back to UTF-8.", phone="+36304821937")


# ---------------------------------------------------------------------------------------------------------
def requests_small_languages() -> None:
    # --- Dutch ----------------------------------------------------------------------------------------------
    body = T("""
        Geachte heer/mevrouw,

        Op grond van artikel 15 van de Algemene verordening gegevensbescherming (AVG) verzoek ik u mij inzage te geven in de persoonsgegevens die u van mij verwerkt, inclusief een kopie daarvan, de doeleinden van de verwerking, de ontvangers en de bewaartermijn.

        Daarnaast verzoek ik u op grond van artikel 20 AVG de gegevens die ik zelf aan u heb verstrekt in een gestructureerde, gangbare en machineleesbare vorm aan mij over te dragen.

        Ik zie uw reactie graag binnen de wettelijke termijn van één maand tegemoet.

        Met vriendelijke groet,

        Pieter de Vries
        Utrecht
        """)
    R("nl-access-portability-avg-formal",
      M(LUMI, "Pieter de Vries", "pieter.devries@ziggo.example.com",
        "Inzageverzoek (art. 15 AVG) en verzoek om dataportabiliteit (art. 20 AVG)",
        when(2025, 2, 20, 20, 20, 0, 1), body, style="alt", extra=(TB,)),
      ["access", "portability"], "nl", "pieter.devries@ziggo.example.com", "Pieter de Vries",
      "Dutch formal AVG inzageverzoek + art. 20 in one letter; lower-case particle 'de' in the surname.")

    body = T("""
        Goeiedag,

        Mag ik vragen om al mijn gegevens uit jullie systeem te verwijderen? Ik heb vorig jaar een offerte aangevraagd voor drukwerk maar daar is niets van gekomen, en ik wil niet dat mijn gegevens nog ergens rondslingeren.

        Bij vragen mag u mij altijd bellen op 0470 12 34 56.

        Vriendelijke groeten,
        Sofie Claes
        """)
    R("nl-be-erasure-informal-phone",
      M(PAINO, "Sofie Claes", "sofie.claes@telenet.example.com", "gegevens verwijderen aub",
        when(2025, 8, 25, 10, 4, 0, 2), body, cte="8bit", extra=(IPHONE,)),
      ["erasure"], "nl", "sofie.claes@telenet.example.com", "Sofie Claes",
      "Flemish everyday erasure ('Goeiedag', 'aub'), no AVG words; Belgian mobile 0470 -> +32; mentions a quote "
      "request so it resembles sales mail.", phone="+32470123456")

    quoted = T("""
        Op di 8 apr. 2025 om 06:00 schreef Lumivalo <uutiskirje@lumivalo.example.fi>:
        > Lumivalo Planner - nieuw in april
        > * Nieuwe agenda-weergave
        > * Export naar Excel
        > Wilt u deze e-mails niet meer ontvangen? Klik hier om u af te melden.
        """)
    body = "Graag afmelden voor deze nieuwsbrief, ik heb hier nooit om gevraagd. De link werkt niet.\n\nGroet,\nBram\n\n" + quoted
    R("nl-objection-reply-to-newsletter",
      M(LUMI, "Bram Visser", "bram.visser@kpn.example.com", "Re: Lumivalo Planner - nieuw in april",
        when(2025, 4, 8, 7, 12, 0, 2), body, style="alt"),
      ["objection"], "nl", "bram.visser@kpn.example.com", "Bram Visser",
      "Dutch 'afmelden' reply to a newsletter whose quoted footer also says 'afmelden'; the requester is the "
      "reply's author, not the automated newsletter.")

    # --- Danish ---------------------------------------------------------------------------------------------
    body = T("""
        Til rette vedkommende

        Jeg anmoder hermed om indsigt i de personoplysninger, I behandler om mig, jf. databeskyttelsesforordningens artikel 15. Jeg vil gerne have en kopi af oplysningerne samt oplyst formålet med behandlingen, hvem oplysningerne er videregivet til, og hvor længe de opbevares.

        Jeg kan træffes på tlf. 20 12 34 56.

        Med venlig hilsen
        Mette Sørensen
        """)
    R("da-access-latin1",
      M(KIVI, "Mette Sørensen", "mette.sorensen@mail.example.com", "Anmodning om indsigt",
        when(2025, 3, 12, 12, 40, 0, 1), body, cs="iso-8859-1", cte="quoted-printable", extra=(TB,)),
      ["access"], "da", "mette.sorensen@mail.example.com", "Mette Sørensen",
      "Danish formal indsigt (databeskyttelsesforordningens artikel 15) in ISO-8859-1 QP; 8-digit Danish number "
      "without +45.", phone="+4520123456")

    # --- Norwegian ------------------------------------------------------------------------------------------
    body = T("""
        Hei!

        Jeg får fortsatt nyhetsbrev fra dere selv om jeg har meldt meg av to ganger. Vær så snill å slutte å sende meg e-post, og slett all informasjon dere har om meg.

        Mvh
        Eirik Johansen

        Sendt fra min iPhone
        """)
    R("no-objection-erasure-bokmal",
      M(LUMI, "Eirik Johansen", "eirik.johansen@online.example.com", "Avmelding", when(2025, 5, 20, 22, 8, 0, 2),
        body, extra=(IPHONE,)),
      ["erasure", "objection"], "no", "eirik.johansen@online.example.com", "Eirik Johansen",
      "Norwegian bokmål, no legal words: stop sending e-mail (objection) + 'slett all informasjon' (erasure); "
      "close to Danish/Swedish vocabulary.")

    # --- Irish ----------------------------------------------------------------------------------------------
    body = T("""
        A chara,

        Is mian liom cóip a fháil de na sonraí pearsanta go léir atá agaibh fúm, faoi Airteagal 15 den Rialachán Ginearálta maidir le Cosaint Sonraí (RGCS). Ba mhaith liom a fháil amach freisin cén fáth a bhfuil siad á gcoinneáil agaibh agus cé leis ar roinneadh iad.

        (For convenience: I am requesting a copy of all personal data you hold about me under Article 15 GDPR.)

        Le meas,
        Siobhán Ní Bhriain
        Gaillimh / Galway
        """)
    R("ga-access-bilingual",
      M(KIVI, "Siobhán Ní Bhriain", "siobhan.nibhriain@eircom.example.com",
        "Iarratas ar rochtain ar shonraí / Subject access request", when(2025, 6, 5, 9, 9, 0, 1), body,
        style="alt"),
      ["access"], "ga", "siobhan.nibhriain@eircom.example.com", "Siobhán Ní Bhriain",
      "Irish-language access request (RGCS, Airteagal 15) with a one-line English courtesy translation; the "
      "writer's own main text is Irish.")

    # --- Maltese --------------------------------------------------------------------------------------------
    body = T("""
        Bonġu,

        Nixtieq li tħassru d-data personali kollha tiegħi mis-sistema tagħkom. I don't use the service anymore u ma rridx li jibqgħalkom l-informazzjoni tiegħi. Please confirm meta jkun sar.

        Grazzi,
        Luke Camilleri
        Mob: 7912 3456
        """)
    R("mt-erasure-mixed-english",
      M(LUMI, "Luke Camilleri", "luke.camilleri@maltanet.example.com", "Data tiegħi - please delete",
        when(2025, 7, 15, 11, 58, 0, 2), body, style="alt", extra=(ANDROID_GMAIL,)),
      ["erasure"], "mt", "luke.camilleri@maltanet.example.com", "Luke Camilleri",
      "Maltese code-switching with English ('I don't use the service anymore', 'please confirm'); erasure verb "
      "'tħassru'; Maltese 8-digit mobile -> +356.", phone="+35679123456")


# ---------------------------------------------------------------------------------------------------------
def not_requests() -> None:
    body = T("""
        Sehr geehrte Damen und Herren,

        für unsere Baustelle in Oulu (Kauppurienkatu 9) möchten wir folgende Geräte verbindlich bestellen:

        - 2 × Scherenarbeitsbühne, Arbeitshöhe ca. 10 m, elektrisch
        - 1 × Bauheizgerät 30 kW (Diesel)

        Mietzeitraum: 02.06.2025 bis 27.06.2025, Anlieferung bitte am 02.06. bis 7:00 Uhr.

        Bitte senden Sie uns die Auftragsbestätigung und die Rechnung an buchhaltung@hansen-bau.example.com. Unsere USt-IdNr. lautet DE298765431.

        Mit freundlichen Grüßen
        Thomas Krüger
        Projektleitung
        Hansen Bau GmbH, Hamburg
        """)
    O("other-de-equipment-order",
      M(LAITE, "Thomas Krüger", "t.krueger@hansen-bau.example.com", "Bestellung Mietgeräte Baustelle Oulu",
        when(2025, 5, 19, 8, 2, 0, 2), body, style="outlook_alt", lang="DE", extra=(OUTLOOK,)),
      "de", "German B2B rental order with billing address and VAT ID; personal names and addresses but no right "
      "is used.")

    body = T("""
        Bonjour,

        Nous préparons un salon professionnel à Helsinki en septembre et souhaiterions recevoir un devis pour :
        - 2 000 brochures A5, 16 pages, papier couché 135 g, impression quadri recto-verso ;
        - 500 cartes de visite.

        Les fichiers seraient prêts fin juillet. Pouvez-vous également nous indiquer vos délais de livraison vers Helsinki ?

        Bien cordialement,
        Camille Roux
        Chargée de communication
        Atelier Roux & Fils
        """)
    O("other-fr-quote-request",
      M(PAINO, "Camille Roux", "camille.roux@atelier-roux.example.com", "Demande de devis – brochures A5",
        when(2025, 6, 30, 15, 5, 0, 2), body, style="alt"),
      "fr", "French quote request (devis) to the printing house; ordinary sales mail.")

    y_paino = new_ytunnus("1572860")
    body = T(f"""
        Gentili Signori,

        in allegato trasmettiamo la fattura n. 2025/0418 del 30/04/2025 relativa alla fornitura di 12 bancali di carta patinata.

        Cliente: Saariston Painotalo Oy
        Y-tunnus: {y_paino}
        Importo: EUR 8.640,00 (operazione non imponibile, inversione contabile art. 7-bis DPR 633/72)
        Scadenza: 30/05/2025
        IBAN: IT60 X054 2811 1010 0000 0123 456

        Cordiali saluti
        Ufficio Amministrazione
        Cartiere Lombarde S.p.A.
        """)
    O("other-it-invoice-pdf-ytunnus",
      M(PAINO, "Cartiere Lombarde - Amministrazione", "amministrazione@cartierelombarde.example.com",
        "Fattura n. 2025/0418", when(2025, 4, 30, 17, 45, 0, 2), body, cte="8bit",
        attach=[attachment(fake_pdf("Fattura 2025/0418"), "application/pdf", "Fattura_2025-0418.pdf")]),
      "it", "Italian supplier invoice with PDF that quotes the recipient's own Y-tunnus; IBAN and invoice "
      "numbers are digit runs.", business_id=y_paino)

    body = T("""
        Estimado cliente:

        Le confirmamos que su pedido n.º 45-2291 (3 rollos de lámina impermeabilizante EPDM, 20 m²) ha salido hoy de nuestro almacén de Valencia. El número de seguimiento es ES7729180044 y la entrega en Tampere está prevista para el 17 de junio.

        Quedamos a su disposición para cualquier consulta.

        Atentamente,
        Departamento de Expediciones
        Cubiertas Mediterráneo S.L.

        ---
        PROTECCIÓN DE DATOS: De conformidad con el Reglamento (UE) 2016/679 (RGPD) y la Ley Orgánica 3/2018, le informamos de que sus datos serán tratados por Cubiertas Mediterráneo S.L. con la finalidad de gestionar la relación comercial. Puede ejercer sus derechos de acceso, rectificación, supresión, limitación del tratamiento, portabilidad y oposición dirigiéndose a privacidad@cubiertasmed.example.com. Este mensaje y sus anexos son confidenciales.
        """)
    O("other-es-shipping-rgpd-footer",
      M(KATTO, "Cubiertas Mediterráneo - Expediciones", "expediciones@cubiertasmed.example.com",
        "Su pedido 45-2291 ha sido enviado", when(2025, 6, 9, 12, 0, 0, 2), body, style="outlook_alt",
        lang="ES", extra=(OUTLOOK,)),
      "es", "Spanish supplier shipping notice whose RGPD footer lists all six rights (acceso, rectificación, "
      "supresión...) as boilerplate; written by a person's department, not a request.")

    body = T("""
        Dzień dobry,

        w jakich godzinach jesteście czynni w sobotę? Chciałbym odebrać zagęszczarkę, którą zamówiłem na przyszły tydzień, i nie wiem, czy ktoś będzie na miejscu po 14:00.

        Pozdrawiam
        Marek
        """)
    O("other-pl-opening-hours",
      M(LAITE, "Marek Lewandowski", "marek.lewandowski@o2.example.com", "godziny otwarcia w sobotę",
        when(2025, 4, 24, 18, 37, 0, 3), body, cs="iso-8859-2", cte="8bit"),
      "pl", "Polish question about Saturday opening hours for a rental pickup; ISO-8859-2 8bit.")

    body = T("""
        Hoi,

        Onze bestelling van gisteren (order 10482, 5.000 flyers A6) is per ongeluk twee keer doorgekomen, ook als 10483. Kunnen jullie de dubbele bestelling verwijderen? 10482 mag gewoon in productie.

        Alvast bedankt!
        Groet,
        Anouk Bakker
        Inkoop | Drukwerkbundel B.V.
        """)
    O("other-nl-delete-duplicate-order",
      M(PAINO, "Anouk Bakker", "inkoop@drukwerkbundel.example.com", "Dubbele bestelling 10483",
        when(2025, 3, 18, 9, 30, 0, 1), body, style="alt"),
      "nl", "Dutch partner asks to 'verwijderen' a duplicate order: delete verb about an order, not personal "
      "data.")

    body = T("""
        Dobrý den,

        jak se můžu přihlásit k odběru vašeho newsletteru? Na webu jsem formulář nenašel a rád bych dostával novinky o aplikaci.

        Děkuji,
        Ondřej Černý
        """)
    O("other-cs-newsletter-signup-question",
      M(LUMI, "Ondřej Černý", "ondrej.cerny@centrum.example.com", "Odběr newsletteru",
        when(2025, 8, 11, 10, 27, 0, 2), body, cs="windows-1250", cte="quoted-printable"),
      "cs", "Czech question how to SUBSCRIBE to the newsletter (opposite of an objection); windows-1250 QP.")

    body = T("""
        Bom dia,

        Estamos a avaliar a vossa plataforma para a nossa equipa (15 utilizadores). Antes de avançarmos, o nosso encarregado de proteção de dados pediu-me para confirmar:

        1. Disponibilizam um acordo de tratamento de dados (DPA) nos termos do artigo 28.º do RGPD?
        2. Os dados ficam alojados na UE?
        3. Que subcontratantes utilizam?

        Obrigado,
        Tiago Ferreira
        IT Manager, Construlis Lda.
        """)
    O("other-pt-dpa-question",
      M(LUMI, "Tiago Ferreira", "tiago.ferreira@construlis.example.com", "Questões RGPD antes da subscrição",
        when(2025, 5, 14, 10, 10, 0, 1), body, style="alt"),
      "pt", "Portuguese B2B prospect asks about DPA/art. 28.º, hosting and sub-processors: privacy vocabulary "
      "without any right being used.")

    body = T("""
        Bună ziua,

        Vă rog să anulați comanda nr. 2025-118 din 3 martie (tipărire 300 de calendare de birou). Clientul nostru a renunțat la proiect. Dacă s-au generat deja costuri, vă rog să ne trimiteți factura.

        Mulțumesc,
        Elena Marin
        Agenția Creativ Design SRL
        """)
    O("other-ro-order-cancellation",
      M(PAINO, "Elena Marin", "elena.marin@creativdesign.example.com", "Anulare comandă 2025-118",
        when(2025, 3, 5, 11, 0, 0, 2), body),
      "ro", "Romanian order cancellation ('anulați comanda'); a cancel/delete-like verb about an order.")

    body = T("""
        Tisztelt Cím!

        Budapesti irodánk weboldalának teljes megújítására keresünk partnert (kb. 25 aloldal, kétnyelvű: magyar és angol, WordPress alapon). Kérem, küldjenek árajánlatot és referenciákat, illetve jelezzék, mikor tudnák elkezdeni a munkát.

        Köszönettel:
        Kovács Péter
        marketingvezető
        Duna Logisztika Kft.
        """)
    O("other-hu-website-quote",
      M(KIVI, "Kovács Péter", "kovacs.peter@dunalogisztika.example.com", "Árajánlatkérés – weboldal megújítás",
        when(2025, 9, 23, 14, 44, 0, 3), body, style="outlook_alt", lang="HU", extra=(OUTLOOK,)),
      "hu", "Hungarian request for a website quote; 'kérem ... küldjenek' (please send) is about a quote.")

    body = T("""
        Hej,

        Vi er flyttet. Opdater venligst vores faktureringsadresse til:

        Nordtryk ApS
        Att. Bogholderiet
        Industrivej 14
        8600 Silkeborg
        CVR-nr. 38512476

        Alle fakturaer fra 1. maj bedes sendt til den nye adresse eller til faktura@nordtryk.example.com.

        Venlig hilsen
        Anders Holm
        Nordtryk ApS
        """)
    O("other-da-company-billing-update",
      M(PAINO, "Anders Holm", "anders@nordtryk.example.com", "Ny faktureringsadresse",
        when(2025, 4, 28, 13, 21, 0, 2), body, cs="iso-8859-1", cte="quoted-printable"),
      "da", "Danish customer company updates its own invoicing address ('opdater venligst'): company data, not "
      "personal data rectification; CVR number.")

    body = T("""
        Sehr geehrte Damen und Herren,

        wissen Sie, wie viele Auskunftsersuchen nach Art. 15 DSGVO, Löschanträge und Widersprüche Ihr Unternehmen jedes Jahr bearbeitet – und wie viel Zeit das kostet?

        Mit PrivacyPilot beantworten Sie Betroffenenanfragen in Minuten statt Tagen: automatische Identitätsprüfung, Fristenüberwachung nach Art. 12 DSGVO und revisionssichere Dokumentation. Über 1.200 Unternehmen in der DACH-Region vertrauen bereits auf uns.

        Darf ich Ihnen in einer 15-minütigen Demo zeigen, wie das funktioniert? Antworten Sie einfach auf diese E-Mail.

        Beste Grüße
        Julia Berger
        Senior Account Executive, PrivacyPilot GmbH

        Sie möchten keine weiteren Informationen von uns erhalten? Dann antworten Sie mit „Abmelden“.
        """)
    O("other-de-dsgvo-vendor-pitch",
      M(LUMI, "Julia Berger", "julia.berger@privacypilot.example.com",
        "Betroffenenanfragen nach DSGVO in Minuten beantworten?", when(2025, 2, 6, 9, 15, 0, 1), body,
        style="alt"),
      "de", "German cold sales pitch packed with Auskunftsersuchen/Löschanträge/Widersprüche vocabulary and an "
      "'Abmelden' footer; no right is used.")

    body = T("""
        Добрий день!

        Мене звати Андрій Бондар, я живу в Тампере і маю досвід роботи покрівельником понад 8 років (металочерепиця, фальцева покрівля, бітумні матеріали). Маю фінський дозвіл на роботу та посвідчення для роботи на висоті (tulityökortti, työturvallisuuskortti).

        Шукаю постійну роботу. Резюме додаю. Мій телефон: 044 987 6543.

        З повагою,
        Андрій Бондар
        """)
    O("other-uk-job-application-cv",
      M(KATTO, "Андрій Бондар", "andrii.bondar@example.com", "Резюме - покрівельник",
        when(2025, 3, 3, 8, 8, 0, 2), body, mode="B",
        attach=[attachment(fake_pdf("CV Andrii Bondar"), "application/pdf", "CV_Andrii_Bondar.pdf")]),
      "uk", "Ukrainian job application with CV to the roofing firm; Finnish mobile in the text (literal phone); "
      "personal details offered, no right used.", phone="+358449876543")

    body = T("""
        Laba diena,

        ačiū, gavau jūsų patvirtinimą, kad mano duomenys ištrinti. Daugiau klausimų neturiu.

        Geros dienos!
        Mindaugas
        """)
    O("other-lt-thanks-after-deletion",
      M(KULJ, "Mindaugas Petrauskas", "mindaugas.petrauskas@example.com", "Re: Prašymas ištrinti asmens duomenis",
        when(2025, 7, 30, 8, 15, 0, 3), body + "\n" + quote_lines(T("""
            Hyvä Mindaugas Petrauskas / Dear Mindaugas Petrauskas,
            your personal data has now been erased from our systems.
            Kuusiston Kuljetus Oy
            """))),
      "lt", "Lithuanian thank-you after an answered erasure request (the same person as the earlier request); "
      "quotes the company's confirmation; no new right used.")

    body = T("""
        Ciao,

        vi abbiamo mandato ieri due versioni del logo: per favore cancellate il file vecchio (logo_2019.ai) e usate solo quello nuovo per i biglietti da visita. Il resto dell'ordine resta invariato.

        Grazie,
        Giulia
        Studio Grafico Riva
        """)
    O("other-it-delete-old-logo-file",
      M(PAINO, "Giulia Riva", "giulia@studioriva.example.com", "Biglietti da visita - logo giusto",
        when(2025, 10, 7, 9, 0, 0, 3), body, cte="8bit"),
      "it", "Italian 'cancellate il file vecchio' about an artwork file in a print order; erase verb, no personal "
      "data right.")

    body = T("""
        Tere,

        saatsime eile kogemata sama arve kaks korda (arve nr 2025-0142). Palun kustutage teine koopia, et seda topelt ei makstaks.

        Lugupidamisega
        Raamatupidamine
        Tallinna Veod OÜ
        """)
    O("other-et-delete-duplicate-invoice",
      M(KULJ, "Tallinna Veod OÜ", "arved@tallinnaveod.example.com", "Topeltarve 2025-0142",
        when(2025, 2, 25, 10, 32, 0, 2), body, cs="iso-8859-15", cte="8bit"),
      "et", "Estonian 'palun kustutage' about a duplicate invoice; same verb as an erasure request; company "
      "sender.")


# ---------------------------------------------------------------------------------------------------------
def automated() -> None:
    body = T("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich 21. April 2025 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

        In dringenden Fällen wenden Sie sich bitte an unsere Zentrale unter +49 40 3578 2210.

        Mit freundlichen Grüßen
        Thomas Krüger
        """)
    O("auto-de-ooo-abwesenheit",
      M(LAITE, "Thomas Krüger", "t.krueger@hansen-bau.example.com", "Automatische Antwort: Auftragsbestätigung 25-0611",
        when(2025, 4, 14, 7, 1, 0, 2), body, style="outlook_alt", lang="DE",
        extra=(OUTLOOK, AUTO, "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: t.krueger@hansen-bau.example.com")),
      "de", "German Exchange out-of-office ('Automatische Antwort') with a switchboard number (literal phone).",
      category="automated", phone="+494035782210")

    body = T("""
        Bonjour,

        Je suis absente du bureau jusqu'au 1er septembre inclus, avec un accès limité à ma messagerie. Pour toute demande urgente, merci de contacter communication@atelier-roux.example.com.

        Cordialement,
        Camille Roux
        """)
    O("auto-fr-ooo-outlook-html",
      M(PAINO, "Camille Roux", "camille.roux@atelier-roux.example.com", "Réponse automatique : RE: Devis brochures A5",
        when(2025, 8, 12, 10, 0, 0, 2), body, style="outlook", lang="FR", extra=(OUTLOOK, AUTO)),
      "fr", "French HTML-only Outlook auto-reply 'Réponse automatique' with Auto-Submitted.", category="automated")

    body = T("""
        Gracias por su mensaje. Estaré fuera de la oficina hasta el 25 de agosto sin acceso al correo electrónico. A mi regreso contestaré a la mayor brevedad.

        Un saludo,
        Javier Ortega

        -----Mensaje original-----
        De: Lumivalo Ohjelmistot Oy <info@lumivalo.example.fi>
        Enviado el: lunes, 11 de agosto de 2025 9:14
        Para: Javier Ortega Ruiz <javier.ortega.ruiz@example.com>
        Asunto: RE: Ejercicio de los derechos de supresión y oposición (arts. 17 y 21 RGPD)

        Estimado Sr. Ortega:
        Le confirmamos que hemos recibido su solicitud de supresión y oposición.

        > 1. Derecho de supresión (artículo 17 del RGPD): solicito que se supriman todos mis datos personales de sus ficheros.
        > 2. Derecho de oposición (artículo 21 del RGPD): me opongo a que mis datos se traten con fines de mercadotecnia directa.
        """)
    O("auto-es-ooo-quotes-request",
      M(LUMI, "Javier Ortega Ruiz", "javier.ortega.ruiz@example.com",
        "Respuesta automática: RE: Ejercicio de los derechos de supresión y oposición (arts. 17 y 21 RGPD)",
        when(2025, 8, 11, 9, 15, 0, 2), body, extra=(AUTO, "X-Autoreply: yes")),
      "es", "Spanish auto-reply from an earlier requester that quotes his own supresión/oposición request in full; "
      "the subject repeats the request title.", category="automated")

    body = T("""
        Dzień dobry,

        dziękuję za wiadomość. Przebywam na urlopie do 18.07.2025. W sprawach pilnych proszę kontaktować się z biurem: biuro@transpol.example.com.

        Z poważaniem
        Katarzyna Mazur
        """)
    O("auto-pl-ooo-urlop-latin2",
      M(KULJ, "Katarzyna Mazur", "k.mazur@transpol.example.com", "Autoodpowiedź: Zlecenie transportowe 07/2025",
        when(2025, 7, 7, 12, 3, 0, 2), body, cs="iso-8859-2", extra=(AUTO, "Precedence: auto_reply")),
      "pl", "Polish vacation auto-reply (Autoodpowiedź, urlop) in ISO-8859-2 with Precedence: auto_reply.",
      category="automated")

    body = T("""
        Dobrý den,

        do 4. 8. 2025 jsem na dovolené s omezeným přístupem k e-mailu. Ve věci objednávek prosím pište na objednavky@tiskarna-brno.example.com.

        S pozdravem
        Lucie Marková
        """)
    O("auto-cs-ooo-dovolena",
      M(PAINO, "Lucie Marková", "lucie.markova@tiskarna-brno.example.com", "Automatická odpověď: Objednávka papíru",
        when(2025, 7, 22, 8, 0, 0, 2), body, cs="windows-1250", extra=(OUTLOOK, AUTO)),
      "cs", "Czech Outlook 'Automatická odpověď' in windows-1250.", category="automated")

    # German Exchange NDR that returns the company's reply to an erasure request
    orig = T("""
        Hallo Herr Hoffmann,

        vielen Dank für Ihre Nachricht. Wir haben Ihre Daten gelöscht und Sie aus allen Verteilern entfernt.

        Mit freundlichen Grüßen
        Kivi & Kangas Design Oy

        > bitte löschen Sie alles, was Sie über mich gespeichert haben, und schicken Sie mir keine Werbung mehr.
        """)
    orig_msg = message(rcpt="jonas.hoffmann@mailbox.example.com", frm="Kivi & Kangas Design <info@kivikangas.example.fi>",
                       frm_addr="info@kivikangas.example.fi", subject="AW: Bitte löschen",
                       date=when(2025, 5, 19, 10, 2, 0, 3), root=text(orig, cte="quoted-printable"), trace=False)
    notice = T("""
        Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.

        Betreff: AW: Bitte löschen
        Gesendet: 19.05.2025 09:02

        Der folgende Empfänger kann nicht erreicht werden:

        jonas.hoffmann@mailbox.example.com am 19.05.2025 09:02
            Das Postfach des Empfängers ist voll, und die Nachricht kann derzeit nicht übermittelt werden. Versuchen Sie es später erneut, oder wenden Sie sich direkt an den Empfänger.
            <mx.mailbox.example.com #5.2.2 smtp;552 5.2.2 Mailbox full>
        """)
    status = T("""
        Reporting-MTA: dns;mx.mailbox.example.com
        Received-From-MTA: dns;mx.kivikangas.example.fi
        Arrival-Date: Mon, 19 May 2025 07:02:14 +0000

        Final-Recipient: rfc822;jonas.hoffmann@mailbox.example.com
        Action: failed
        Status: 5.2.2
        Diagnostic-Code: smtp;552 5.2.2 Mailbox full
        """)
    root = multipart("report", [text(notice, cte="quoted-printable"),
                                raw_part(["Content-Type: message/delivery-status"], status),
                                embedded(orig_msg)],
                     "_000_NDR_" + token("ndr-de", 16), params=" report-type=delivery-status;")
    raw = message(rcpt=KIVI, frm="postmaster@mailbox.example.com", frm_addr="postmaster@mailbox.example.com",
                  subject="Unzustellbar: AW: Bitte löschen", date=when(2025, 5, 19, 10, 2, 30, 3), root=root,
                  env_from="", extra=(AUTO, "X-MS-Exchange-Message-Is-Ndr:"))
    O("auto-de-ndr-quotes-erasure", raw, "de",
      "German Exchange NDR (Unzustellbar) returning the company's reply that quotes 'bitte löschen Sie alles' "
      "and 'keine Werbung mehr'; multipart/report with the original attached.", category="automated")

    body = T("""
        LA LETTRE DE L'IMPRESSION – N° 142 – Mai 2025

        RGPD : vos clients peuvent-ils exiger la suppression de leurs données ?
        Droit d'accès, droit à l'effacement, droit d'opposition : un an après les dernières sanctions de la CNIL, nous faisons le point sur ce que les imprimeurs doivent conserver et ce qu'ils doivent supprimer.

        Papier : hausse des prix de 4 % au troisième trimestre
        Salon Graphitec 2025 : le programme complet

        Vous recevez cette lettre car vous êtes inscrit à La Lettre de l'Impression.
        Se désinscrire : https://lettre-impression.example.com/desinscription?u=8f2c1a
        Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données : dpo@lettre-impression.example.com
        """)
    O("auto-fr-newsletter-rgpd-article",
      M(PAINO, "La Lettre de l'Impression", "newsletter@lettre-impression.example.com",
        "RGPD : vos clients peuvent-ils exiger la suppression de leurs données ?", when(2025, 5, 6, 6, 30, 0, 2),
        body, style="alt", env_from="bounce-8f2c1a@mta.lettre-impression.example.com",
        extra=("List-Id: La Lettre de l'Impression <lettre.lettre-impression.example.com>",
               "List-Unsubscribe: <https://lettre-impression.example.com/desinscription?u=8f2c1a>,\n"
               " <mailto:unsubscribe-8f2c1a@lettre-impression.example.com>",
               "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk")),
      "fr", "French trade newsletter whose lead article and footer are about RGPD access/erasure/objection rights; "
      "List-Id, List-Unsubscribe, Precedence: bulk.", category="automated")

    body = T("""
        Newsletter Edilizia Oggi - settimana 38

        - Coperture in lamiera: le nuove norme UNI
        - Bonus edilizi 2026: cosa cambia
        - Privacy in cantiere: quando è obbligatoria la cancellazione dei dati delle telecamere?

        Hai ricevuto questa email perché sei iscritto alla newsletter di Edilizia Oggi.
        Per annullare l'iscrizione clicca qui: https://ediliziaoggi.example.com/unsub/c41e
        Per richiedere la cancellazione dei tuoi dati scrivi a privacy@ediliziaoggi.example.com
        """)
    O("auto-it-newsletter-list-unsubscribe",
      M(KATTO, "Edilizia Oggi", "news@ediliziaoggi.example.com", "Edilizia Oggi - settimana 38",
        when(2025, 9, 16, 5, 0, 0, 2), body, style="alt", env_from="bnc-c41e@mailer.ediliziaoggi.example.com",
        extra=("List-Unsubscribe: <https://ediliziaoggi.example.com/unsub/c41e>",
               "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk",
               "Feedback-ID: 38:newsletter:ediliziaoggi")),
      "it", "Italian trade newsletter with List-Unsubscribe; article and footer mention 'cancellazione dei dati'.",
      category="automated")

    body = T("""
        Hei,

        Takk for at du kontaktet Nordisk Stillas AS. Vi har mottatt henvendelsen din og opprettet sak #48213. En av våre medarbeidere vil svare deg innen to virkedager.

        Din henvendelse:
        «Hei, vi har sendt dere feil leveringsadresse på bestilling 7712. Kan dere slette den gamle adressen og bruke Kaivokatu 4, Oulu?»

        Dette er en automatisk melding. Vennligst ikke svar på denne e-posten.

        Med vennlig hilsen
        Kundeservice, Nordisk Stillas AS
        """)
    O("auto-no-helpdesk-ack-quotes-slette",
      M(LAITE, "Nordisk Stillas Kundeservice", "support@nordiskstillas.example.com",
        "[Sak #48213] Vi har mottatt henvendelsen din", when(2025, 6, 2, 14, 1, 0, 2), body, style="alt",
        extra=(AUTO, "X-Zendesk-From-Account-Id: 9a11c2", "Precedence: bulk")),
      "no", "Norwegian helpdesk acknowledgement quoting the company's own ticket text with 'slette den gamle "
      "adressen'; Auto-Submitted.", category="automated")

    body = T("""
        Ваша посилка прибула у відділення!

        Номер відправлення: 20450912345678
        Відділення: Київ, №112 (вул. Антоновича, 43)
        Отримати до: 24.10.2025

        Зберігання безкоштовне 5 робочих днів.

        Це автоматичне повідомлення, не відповідайте на нього. Щоб відписатися від сповіщень, змініть налаштування в особистому кабінеті.
        """)
    O("auto-uk-parcel-notification",
      M(LUMI, "Швидка Пошта", "no-reply@shvydkaposhta.example.com", "Посилка 20450912345678 прибула",
        when(2025, 10, 17, 8, 0, 0, 3), body, cte="base64", mode="B", extra=("Auto-Submitted: auto-generated",
                                                                   "Precedence: bulk")),
      "uk", "Ukrainian parcel-service notification (no-reply, base64) with a long tracking number that is not a "
      "phone.", category="automated")


if __name__ == "__main__":
    sys.exit(main(sys.argv, build, FOLDER))
