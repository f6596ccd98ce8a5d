#!/usr/bin/env python3
"""Corpus 21: formal GDPR letters (as produced by consumer-organisation letter generators and lawyers)
in many EU languages, sent to the info@ mailbox of small Finnish companies, plus look-alike negatives.

Every letter text was written for this corpus. Standard library only. Run: python3 make_corpus.py [--check]
"""
from __future__ import annotations

import html as _html
import re
import sys
import textwrap
import zlib
from pathlib import Path

FOLDER = Path(__file__).resolve().parent
sys.path.insert(0, str(FOLDER.parent))
import corpus_kit
from corpus_kit import *
from corpus_kit import Part

# the kit's phone check knows only a few country codes; an Italian number appears in one auto-reply
if "39" not in corpus_kit.COUNTRY_CODES:
    corpus_kit.COUNTRY_CODES.append("39")

# ---------------------------------------------------------------------------
# hand-written minimal PDFs
# ---------------------------------------------------------------------------


def _wrap(body: str, width: int = 92) -> list[str]:
    out: list[str] = []
    for line in body.rstrip("\n").split("\n"):
        if not line.strip():
            out.append("")
            continue
        m = re.match(r"^(\s*(?:\d+[.)]|[a-z]\)|-)\s+)", line)
        indent = " " * len(m.group(1)) if m else ""
        out.extend(textwrap.wrap(line, width, subsequent_indent=indent) or [""])
    return out


def _pdf_literal(s: str) -> bytes:
    raw = s.encode("cp1252")
    out = b""
    for c in raw:
        ch = bytes([c])
        if ch in b"()\\":
            out += b"\\" + ch
        elif c > 126 or c < 32:
            out += b"\\%03o" % c
        else:
            out += ch
    return b"(" + out + b")"


def make_pdf(body: str, title: str, *, compress: bool = False, producer: str = "PDF generator 2.3",
             lines_per_page: int = 58) -> bytes:
    """A small but well-formed PDF with the letter text. Latin-1-ish text uses Helvetica/WinAnsi; anything
    else a Type0 font (Identity-H, CID = Unicode code point) with a ToUnicode CMap, as generators do."""
    lines = _wrap(body)
    try:
        body.encode("cp1252")
        simple_font = True
    except UnicodeEncodeError:
        simple_font = False
    pages = [lines[i:i + lines_per_page] for i in range(0, len(lines), lines_per_page)] or [[]]
    objs: dict[int, bytes] = {}
    # 1 catalog, 2 pages, 3 font, 4 info, (5 descendant, 6 descriptor, 7 tounicode), then page/content pairs
    n = 8
    kids = []
    for pg in pages:
        ops = [b"BT", b"/F1 10 Tf", b"13 TL", b"56 790 Td"]
        for ln in pg:
            if simple_font:
                ops.append(_pdf_literal(ln) + b" Tj T*")
            else:
                hexs = "".join(f"{ord(c):04X}" for c in ln)
                ops.append(b"<" + hexs.encode("ascii") + b"> Tj T*")
        ops.append(b"ET")
        stream = b"\n".join(ops) + b"\n"
        if compress:
            data = zlib.compress(stream)
            objs[n + 1] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
        else:
            objs[n + 1] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream"
        objs[n] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                   b"/Contents %d 0 R >>" % (n + 1))
        kids.append(n)
        n += 2
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids))
    tenc = title.encode("utf-16-be")
    objs[4] = (b"<< /Title <FEFF" + tenc.hex().upper().encode() + b"> /Producer (" + producer.encode("ascii")
               + b") /CreationDate (D:20250301120000+02'00') >>")
    if simple_font:
        objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
        for k in (5, 6, 7):
            objs[k] = b"null"
    else:
        objs[3] = (b"<< /Type /Font /Subtype /Type0 /BaseFont /ArialMT /Encoding /Identity-H "
                   b"/DescendantFonts [5 0 R] /ToUnicode 7 0 R >>")
        objs[5] = (b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ArialMT /CIDSystemInfo << /Registry (Adobe) "
                   b"/Ordering (Identity) /Supplement 0 >> /FontDescriptor 6 0 R /DW 556 /CIDToGIDMap /Identity >>")
        objs[6] = (b"<< /Type /FontDescriptor /FontName /ArialMT /Flags 32 /FontBBox [-665 -325 2000 1006] "
                   b"/ItalicAngle 0 /Ascent 905 /Descent -212 /CapHeight 716 /StemV 80 >>")
        highs = sorted({ord(c) >> 8 for c in body})
        ranges = "\n".join(f"<{h:02X}00> <{h:02X}FF> <{h:02X}00>" for h in highs)
        cmap = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
                f"{len(highs)} beginbfrange\n{ranges}\nendbfrange\n"
                "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").encode("ascii")
        objs[7] = b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"endstream"
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = {}
    for k in range(1, n):
        offsets[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % n
    for k in range(1, n):
        out += b"%010d 00000 n \n" % offsets[k]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, xref)
    return out


# ---------------------------------------------------------------------------
# mail shapes
# ---------------------------------------------------------------------------


def list_html(plain: str, font: str = "Arial, sans-serif") -> str:
    """Webmail HTML of a pasted letter: numbered paragraphs become a real <ol> (numbers vanish from the text)."""
    out = [f'<div style="font-family: {font}; font-size: 13px;">']
    for para in re.split(r"\n\s*\n", plain.strip("\n")):
        lines = para.split("\n")
        items = [re.match(r"^\s*(?:\d+[.)]|[a-h]\))\s+(.*)$", ln) for ln in lines]
        if len(lines) > 1 and all(items[1:]) and not items[0]:
            out.append("<p>" + _html.escape(lines[0]) + "</p>")
            lines, items = lines[1:], items[1:]
        if all(items):
            out.append("<ol>" + "".join(f"<li>{_html.escape(m.group(1))}</li>" for m in items) + "</ol>")
        else:
            out.append("<p>" + "<br>".join(_html.escape(ln) for ln in lines) + "</p>")
    out.append("</div>")
    return "<html><head><meta charset=\"utf-8\"></head><body>\n" + "\n".join(out) + "\n</body></html>\n"


def html_only(rcpt, name, addr, subject, date, html_body, *, charset="utf-8", cte="quoted-printable", extra=(),
              reply_to=None, name_charset="utf-8"):
    return message(rcpt=rcpt, frm=mailbox(name, addr, name_charset), frm_addr=addr, subject=subject, date=date,
                   root=text(html_body, subtype="html", charset=charset, cte=cte), reply_to=reply_to, extra=extra)


def with_pdf(rcpt, name, addr, subject, date, body, pdf: bytes, filename: str, *, charset="utf-8",
             cte="quoted-printable", extra=(), reply_to=None, html_too=False, to=None, env_from=None):
    b = "----=_Part_" + token(addr + filename, 20)
    if html_too:
        first = multipart("alternative", [text(body, charset=charset, cte=cte),
                                          text(light_html(body), subtype="html", charset=charset, cte=cte)],
                          "alt_" + token(filename, 14))
    else:
        first = text(body, charset=charset, cte=cte)
    root = multipart("mixed", [first, attachment(pdf, "application/pdf", filename)], b)
    return message(rcpt=rcpt, frm=mailbox(name, addr), frm_addr=addr, subject=subject, date=date, root=root,
                   extra=extra, reply_to=reply_to, to=to, env_from=env_from)


ROUNDCUBE = "User-Agent: Roundcube Webmail/1.6.9"
OUTLOOK_WEB = "X-MS-Exchange-Organization-SCL: 1"
APPLE = "X-Mailer: Apple Mail (2.3776.700.51)"


# ---------------------------------------------------------------------------
# Art. 15 access letters
# ---------------------------------------------------------------------------
H_POPESCU = new_hetu("091187", "-", "573")
H_BERZINS = new_hetu("300694", "-", "818")
H_TAMM = new_hetu("120589", "-", "647")
H_KOVALENKO = new_hetu("150679", "-", "395")


def build_access():
    # --- Czech, plain text QP, SaaS customer
    body = T("""
        Lumivalo Ohjelmistot Oy
        info@lumivalo.example.fi
        Espoo, Finsko

        V Brně dne 14. 3. 2025

        Věc: Žádost subjektu údajů o přístup k osobním údajům podle čl. 15 obecného nařízení o ochraně osobních údajů (GDPR)

        Vážení,

        obracím se na Vás jako subjekt údajů a v souladu s čl. 15 nařízení Evropského parlamentu a Rady (EU) 2016/679 (GDPR) Vás žádám o potvrzení, zda zpracováváte mé osobní údaje. Pokud ano, žádám o poskytnutí kopie těchto údajů a dále o následující informace:

        1. účely, pro které jsou mé osobní údaje zpracovávány;
        2. kategorie dotčených osobních údajů;
        3. příjemci nebo kategorie příjemců, kterým byly nebo budou mé osobní údaje zpřístupněny, zejména příjemci ve třetích zemích, a informace o vhodných zárukách podle čl. 46 GDPR;
        4. plánovaná doba, po kterou budou osobní údaje uloženy, nebo kritéria použitá ke stanovení této doby;
        5. veškeré dostupné informace o zdroji osobních údajů, pokud nebyly získány ode mě;
        6. skutečnost, zda dochází k automatizovanému rozhodování včetně profilování podle čl. 22 GDPR, a v takovém případě smysluplné informace o použitém postupu a o významu a předpokládaných důsledcích takového zpracování.

        Kopii osobních údajů mi prosím zašlete v běžně používaném elektronickém formátu na tuto e-mailovou adresu.

        Podle čl. 12 odst. 3 GDPR jste povinni mi informace poskytnout bez zbytečného odkladu, nejpozději do jednoho měsíce od obdržení této žádosti. Pokud ve lhůtě neodpovíte, vyhrazuji si právo podat stížnost u dozorového úřadu (Úřad pro ochranu osobních údajů, případně finský Tietosuojavaltuutetun toimisto).

        Pro účely ověření totožnosti uvádím:
        Jméno a příjmení: Tereza Vávrová
        Datum narození: 22. 7. 1991
        E-mail, pod kterým jsem registrována ve Vaší službě: tereza.vavrova@seznam.test
        Číslo zákaznického účtu: LV-20731

        S pozdravem

        Tereza Vávrová
        Údolní 41, 602 00 Brno, Česká republika
        """)
    add("cs-access-generator-letter-qp",
        simple(LUMI, "Tereza Vávrová", "tereza.vavrova@seznam.test",
               "Žádost o přístup k osobním údajům podle čl. 15 GDPR", when(2025, 3, 14, 9, 12, 40, 1), body,
               cte="quoted-printable", extra=(ROUNDCUBE,)),
        category="request", kinds=["access"], language="cs", requester_email="tereza.vavrova@seznam.test",
        requester_name="Tereza Vávrová",
        notes="Czech Art. 15 letter in generator shape: address block, numbered list of six items, Art. 12(3) deadline, identity block; UTF-8 QP.")

    # --- Greek, Outlook HTML in ISO-8859-7, webinar attendee
    body = T("""
        Προς: Kivi & Kangas Design Oy
        Ελσίνκι, Φινλανδία
        info@kivikangas.example.fi

        Αθήνα, 3 Απριλίου 2025

        Θέμα: Άσκηση του δικαιώματος πρόσβασης σύμφωνα με το άρθρο 15 του Κανονισμού (ΕΕ) 2016/679 (ΓΚΠΔ)

        Αξιότιμοι κύριοι/κυρίες,

        Με την παρούσα ασκώ το δικαίωμα πρόσβασης που μου παρέχει το άρθρο 15 του Γενικού Κανονισμού για την Προστασία Δεδομένων και σας παρακαλώ να μου επιβεβαιώσετε αν επεξεργάζεστε δεδομένα προσωπικού χαρακτήρα που με αφορούν. Σε περίπτωση καταφατικής απάντησης, ζητώ:

        1. αντίγραφο των δεδομένων προσωπικού χαρακτήρα που με αφορούν και υποβάλλονται σε επεξεργασία·
        2. τους σκοπούς της επεξεργασίας·
        3. τις κατηγορίες των σχετικών δεδομένων·
        4. τους αποδέκτες ή τις κατηγορίες αποδεκτών στους οποίους κοινολογήθηκαν ή πρόκειται να κοινολογηθούν τα δεδομένα, ιδίως αποδέκτες σε τρίτες χώρες·
        5. το χρονικό διάστημα για το οποίο θα αποθηκευτούν τα δεδομένα ή, αν αυτό είναι αδύνατο, τα κριτήρια που καθορίζουν το διάστημα αυτό·
        6. κάθε διαθέσιμη πληροφορία σχετικά με την προέλευση των δεδομένων, εφόσον δεν συλλέχθηκαν από εμένα·
        7. την ύπαρξη αυτοματοποιημένης λήψης αποφάσεων, συμπεριλαμβανομένης της κατάρτισης προφίλ, και σημαντικές πληροφορίες σχετικά με τη λογική που ακολουθείται.

        Υπενθυμίζω ότι, σύμφωνα με το άρθρο 12 παράγραφος 3 του ΓΚΠΔ, οφείλετε να απαντήσετε χωρίς αδικαιολόγητη καθυστέρηση και σε κάθε περίπτωση εντός ενός μηνός από την παραλαβή του αιτήματος. Σε περίπτωση μη απάντησης θα υποβάλω καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.

        Στοιχεία ταυτοποίησης:
        Ονοματεπώνυμο: Αικατερίνη Παπαδοπούλου
        Ηλεκτρονικό ταχυδρομείο: k.papadopoulou@otenet.test
        Παρακολούθησα το διαδικτυακό σας σεμινάριο «UX για μικρές επιχειρήσεις» τον Νοέμβριο του 2024.

        Με εκτίμηση,
        Αικατερίνη Παπαδοπούλου
        """)
    add("el-access-outlook-html-iso8859-7",
        outlook_only(KIVI, "Αικατερίνη Παπαδοπούλου", "k.papadopoulou@otenet.test",
                     "Αίτημα πρόσβασης σε προσωπικά δεδομένα - άρθρο 15 ΓΚΠΔ", when(2025, 4, 3, 11, 47, 5),
                     body, charset="iso-8859-7", lang="EL", name_mode="B"),
        category="request", kinds=["access"], language="el", requester_email="k.papadopoulou@otenet.test",
        requester_name="Αικατερίνη Παπαδοπούλου",
        notes="Greek access letter, HTML-only Outlook in ISO-8859-7 QP; name in Greek script (B-encoded display name).")

    # --- Spanish, webmail HTML with a real <ol>
    body = T("""
        Saariston Painotalo Oy
        A la atención del responsable de protección de datos
        Parainen (Finlandia)

        Valencia, a 10 de febrero de 2025

        ASUNTO: Ejercicio del derecho de acceso (artículo 15 del Reglamento (UE) 2016/679)

        Muy señores míos:

        D.ª Lucía Ferrer Navarro, mayor de edad, con domicilio en calle Cirilo Amorós 58, 3.º B, 46004 Valencia (España) y correo electrónico lucia.ferrer@correo.test, por medio del presente escrito ejerce el derecho de acceso a sus datos personales y, en consecuencia,

        SOLICITA:
        1. Que se le facilite gratuitamente una copia de los datos personales que le conciernen y que son objeto de tratamiento por su entidad.
        2. Los fines del tratamiento.
        3. Las categorías de datos personales de que se trate.
        4. Los destinatarios o las categorías de destinatarios a los que se hayan comunicado o vayan a comunicarse los datos, en particular los destinatarios en terceros países.
        5. El plazo previsto de conservación o, de no ser posible, los criterios utilizados para determinar dicho plazo.
        6. Cuando los datos no se hayan obtenido de la interesada, cualquier información disponible sobre su origen.
        7. La existencia de decisiones automatizadas, incluida la elaboración de perfiles, y, en su caso, información significativa sobre la lógica aplicada.

        Para facilitar la búsqueda: realicé un pedido de un álbum de fotos en su tienda en línea (pedido n.º SP-118842, diciembre de 2024).

        Les recuerdo que, conforme al artículo 12.3 del RGPD, disponen de un plazo de un mes a contar desde la recepción de esta solicitud para contestar. Transcurrido dicho plazo sin respuesta, podré presentar una reclamación ante la autoridad de control competente.

        Quedo a su disposición para acreditar mi identidad si lo consideran necesario.

        Fdo.: Lucía Ferrer Navarro
        """)
    add("es-access-webmail-ol-list",
        alternative(PAINO, "Lucía Ferrer", "lucia.ferrer@correo.test",
                    "Solicitud de acceso a datos personales (artículo 15 RGPD)", when(2025, 2, 10, 18, 3, 22, 2),
                    body, html_body=list_html(body), extra=("X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient)",)),
        category="request", kinds=["access"], language="es", requester_email="lucia.ferrer@correo.test",
        requester_name="Lucía Ferrer Navarro",
        notes="Spanish 'SOLICITA:' access letter in the third person; HTML part turns the numbered list into <ol>; full name with two surnames.")

    # --- Croatian, ISO-8859-2 8bit
    body = T("""
        Lumivalo Ohjelmistot Oy
        Espoo, Finska

        Zagreb, 7. svibnja 2025.

        Predmet: Zahtjev za pristup osobnim podacima

        Poštovani,

        sukladno članku 15. Uredbe (EU) 2016/679 (Opća uredba o zaštiti podataka) podnosim zahtjev za pristup osobnim podacima koje o meni obrađujete. Molim Vas da mi potvrdite obrađujete li moje osobne podatke te, ako je tako, da mi dostavite:

        1. presliku osobnih podataka koje o meni obrađujete;
        2. informacije o svrhama obrade;
        3. kategorije osobnih podataka o kojima je riječ;
        4. primatelje ili kategorije primatelja kojima su osobni podaci otkriveni ili će im biti otkriveni;
        5. predviđeno razdoblje pohrane ili kriterije za njegovo određivanje;
        6. izvor podataka, ako podaci nisu prikupljeni od mene;
        7. informaciju o postojanju automatiziranog donošenja odluka, uključujući izradu profila.

        Podsjećam da ste na temelju članka 12. stavka 3. Opće uredbe dužni odgovoriti bez nepotrebnog odgađanja, a najkasnije u roku od mjesec dana od zaprimanja zahtjeva. U slučaju izostanka odgovora zadržavam pravo podnošenja prigovora Agenciji za zaštitu osobnih podataka ili finskom nadzornom tijelu.

        Podaci za identifikaciju:
        Ime i prezime: Ivana Horvat-Kovačić
        Adresa: Ulica grada Vukovara 212, 10000 Zagreb, Hrvatska
        Korisničko ime u Vašoj aplikaciji: ivanahk
        E-pošta: ivana.horvat@tcom.test

        S poštovanjem,
        Ivana Horvat-Kovačić
        """)
    add("hr-access-latin2",
        simple(LUMI, "Ivana Horvat-Kovačić", "ivana.horvat@tcom.test",
               "Zahtjev za pristup osobnim podacima sukladno članku 15. Opće uredbe o zaštiti podataka",
               when(2025, 5, 7, 8, 30, 0, 2), body, charset="iso-8859-2", extra=(TB,)),
        category="request", kinds=["access"], language="hr", requester_email="ivana.horvat@tcom.test",
        requester_name="Ivana Horvat-Kovačić",
        notes="Croatian access letter in ISO-8859-2 8bit; Croatian is easily mistaken for Serbian/Bosnian/Slovene by language ID.")

    # --- Italian, lawyer on behalf of a client, one-line body + PDF
    letter = T("""
        STUDIO LEGALE MANCINI
        Avv. Giulia Mancini
        Corso di Porta Vittoria 28 - 20122 Milano
        giulia.mancini@studiolegalemancini.example.com

        Spett.le
        Pohjolan Laitevuokraus Oy
        Oulu (Finlandia)
        a mezzo e-mail: info@pohjolanlaite.example.fi

        Milano, 19 marzo 2025

        Oggetto: Richiesta di accesso ai dati personali ai sensi dell'art. 15 del Regolamento (UE) 2016/679 - sig. Marco Bellini

        Egregi Signori,

        scrivo in nome e per conto del sig. Marco Bellini, nato a Bergamo il 4 giugno 1983 e residente in Via Borgo Palazzo 17, 24125 Bergamo, che mi ha conferito apposita delega, disponibile su richiesta.

        Il mio assistito ha noleggiato presso la Vostra sede di Oulu attrezzature da cantiere (contratto di noleggio n. PL-2024-0917, gennaio 2024) e desidera conoscere quali dati personali che lo riguardano siano tuttora trattati dalla Vostra società.

        Pertanto, ai sensi dell'art. 15 del Regolamento (UE) 2016/679 ("GDPR"), si chiede di:
        1) confermare se sia in corso un trattamento di dati personali che lo riguardano;
        2) fornire copia di tali dati;
        3) indicare le finalità del trattamento e le relative basi giuridiche;
        4) indicare le categorie di dati personali trattati;
        5) indicare i destinatari o le categorie di destinatari cui i dati sono stati o saranno comunicati, in particolare se stabiliti in paesi terzi;
        6) indicare il periodo di conservazione previsto o i criteri utilizzati per determinarlo;
        7) indicare l'origine dei dati, qualora non siano stati raccolti presso l'interessato;
        8) precisare l'eventuale esistenza di un processo decisionale automatizzato, compresa la profilazione.

        Si rammenta che, ai sensi dell'art. 12, par. 3, GDPR, il riscontro deve essere fornito senza ingiustificato ritardo e comunque entro un mese dal ricevimento della presente. In difetto, il mio assistito si riserva di proporre reclamo al Garante per la protezione dei dati personali ovvero all'autorità di controllo finlandese.

        Vogliate indirizzare ogni comunicazione alla scrivente.

        Distinti saluti

        Avv. Giulia Mancini
        """)
    add("it-access-lawyer-pdf-only",
        with_pdf(LAITE, "Avv. Giulia Mancini", "giulia.mancini@studiolegalemancini.example.com",
                 "Richiesta ex art. 15 GDPR - sig. Marco Bellini", when(2025, 3, 19, 16, 22, 8, 1),
                 "Buongiorno, si trasmette in allegato la richiesta ex art. 15 GDPR per conto del sig. Marco Bellini.\n\nAvv. Giulia Mancini\n",
                 make_pdf(letter, "Richiesta accesso art. 15 GDPR - Bellini"), "2025-03-19_Richiesta_art15_Bellini.pdf",
                 extra=(OUTLOOK,)),
        category="request", kinds=["access"], language="it",
        requester_email="giulia.mancini@studiolegalemancini.example.com", requester_name="Marco Bellini",
        notes="Lawyer's access request for a client; the letter is only in the PDF (Helvetica/WinAnsi). Labelled name is the data subject (the client); replies go to the lawyer.")

    # --- Portuguese, plain base64 from webmail
    body = T("""
        Exmos. Senhores
        Saariston Painotalo Oy
        Parainen, Finlândia

        Lisboa, 28 de janeiro de 2025

        Assunto: Exercício do direito de acesso nos termos do artigo 15.º do Regulamento Geral sobre a Proteção de Dados

        Eu, Rui Miguel Antunes Sequeira, venho, ao abrigo do artigo 15.º do Regulamento (UE) 2016/679, solicitar que me confirmem se tratam dados pessoais que me digam respeito e, em caso afirmativo, que me facultem:

        a) uma cópia dos dados pessoais em fase de tratamento;
        b) as finalidades do tratamento;
        c) as categorias de dados pessoais em questão;
        d) os destinatários ou categorias de destinatários a quem os dados foram ou serão divulgados, nomeadamente destinatários estabelecidos em países terceiros;
        e) o prazo previsto de conservação dos dados ou, se tal não for possível, os critérios usados para fixar esse prazo;
        f) a origem dos dados, caso não tenham sido recolhidos junto de mim;
        g) a existência de decisões automatizadas, incluindo a definição de perfis, e informações úteis relativas à lógica subjacente.

        Nos termos do n.º 3 do artigo 12.º do RGPD, a resposta deverá ser prestada no prazo de um mês a contar da receção do presente pedido. Na falta de resposta, reservo-me o direito de apresentar reclamação junto da Comissão Nacional de Proteção de Dados ou da autoridade de controlo finlandesa.

        Para efeitos de identificação: encomendei cartões de visita através do vosso sítio web em outubro de 2024 (encomenda n.º 24-5531), com este mesmo endereço de correio eletrónico.

        Com os melhores cumprimentos,
        Rui Sequeira
        Rua Morais Soares 112, 2.º Esq., 1900-348 Lisboa
        """)
    add("pt-access-base64",
        simple(PAINO, "Rui Sequeira", "rui.sequeira@sapo.test", "Pedido de acesso a dados pessoais - artigo 15.º do RGPD",
               when(2025, 1, 28, 21, 14, 51, 0), body, cte="base64"),
        category="request", kinds=["access"], language="pt", requester_email="rui.sequeira@sapo.test",
        requester_name="Rui Miguel Antunes Sequeira",
        notes="European Portuguese access letter with a)-g) list; base64 body; full name only in the first sentence, signs shorter.")

    # --- Romanian, former driver, hetu and Finnish phone
    body = T("""
        Către: Kuusiston Kuljetus Oy
        În atenția: Departamentul de resurse umane / responsabilul cu protecția datelor

        Data: 12.05.2025

        Stimată doamnă / Stimate domn,

        Subsemnatul Andrei-Cătălin Popescu, domiciliat în Str. Republicii nr. 45, ap. 3, 550150 Sibiu, România, fost angajat al societății dumneavoastră în calitate de șofer de camion (martie 2022 - august 2024), vă rog ca, în temeiul articolului 15 din Regulamentul (UE) 2016/679, să îmi comunicați dacă prelucrați date cu caracter personal care mă privesc și, în caz afirmativ, să îmi furnizați:

        1. o copie a datelor cu caracter personal prelucrate, inclusiv datele din tahograf și datele de localizare GPS ale vehiculelor pe care le-am condus;
        2. scopurile prelucrării;
        3. categoriile de date cu caracter personal vizate;
        4. destinatarii sau categoriile de destinatari cărora le-au fost sau le vor fi divulgate datele;
        5. perioada pentru care se preconizează că vor fi stocate datele sau, dacă acest lucru nu este posibil, criteriile utilizate pentru stabilirea acestei perioade;
        6. orice informații disponibile privind sursa datelor, în cazul în care acestea nu au fost colectate de la mine;
        7. existența unui proces decizional automatizat, inclusiv crearea de profiluri.

        Vă reamintesc că, potrivit art. 12 alin. (3) din Regulament, aveți obligația de a răspunde fără întârzieri nejustificate și în cel mult o lună de la primirea cererii. În lipsa unui răspuns, îmi rezerv dreptul de a depune o plângere la autoritatea de supraveghere.

        Date de identificare:
        Data nașterii: 09.11.1987
        Cod personal finlandez: {hetu}
        Telefon: +358 44 912 3370

        Cu stimă,
        Andrei-Cătălin Popescu
        """).replace("{hetu}", H_POPESCU)
    add("ro-access-driver-hetu",
        simple(KULJ, "Andrei Popescu", "andrei.popescu87@yahoo.test", "Cerere de acces la date personale (art. 15 GDPR)",
               when(2025, 5, 12, 7, 55, 30), body, cte="quoted-printable",
               extra=("X-Mailer: YahooMailAndroidMobile",)),
        category="request", kinds=["access"], language="ro", requester_email="andrei.popescu87@yahoo.test",
        requester_name="Andrei-Cătălin Popescu", phone="+358449123370", hetu=H_POPESCU,
        notes="Romanian ex-employee access letter asking for tachograph/GPS data; Finnish identity code and phone inside the letter; display name shorter than the signature.")

    # --- Polish, ISO-8859-2 QP
    body = T("""
        Kattopojat Oy
        Tampere, Finlandia

        Gdańsk, 2 czerwca 2025 r.

        WNIOSEK O DOSTĘP DO DANYCH OSOBOWYCH
        (art. 15 rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 - RODO)

        Szanowni Państwo,

        na podstawie art. 15 RODO zwracam się z prośbą o potwierdzenie, czy przetwarzają Państwo moje dane osobowe, a jeżeli tak - o udzielenie mi następujących informacji:
        1) kopii moich danych osobowych podlegających przetwarzaniu;
        2) celów przetwarzania;
        3) kategorii przetwarzanych danych osobowych;
        4) informacji o odbiorcach lub kategoriach odbiorców, którym dane zostały lub zostaną ujawnione;
        5) okresu przechowywania danych, a gdy nie jest to możliwe - kryteriów ustalania tego okresu;
        6) wszelkich dostępnych informacji o źródle danych, jeżeli nie zostały zebrane ode mnie;
        7) informacji o zautomatyzowanym podejmowaniu decyzji, w tym o profilowaniu.

        W sezonach 2023 i 2024 pracowałem u Państwa jako dekarz (zatrudniony przez agencję pracy tymczasowej). Proszę o przesłanie odpowiedzi na adres e-mail, z którego wysyłam niniejszy wniosek.

        Zgodnie z art. 12 ust. 3 RODO odpowiedź powinna zostać udzielona bez zbędnej zwłoki, nie później niż w terminie miesiąca od otrzymania wniosku. W przypadku braku odpowiedzi zastrzegam sobie prawo do wniesienia skargi do organu nadzorczego.

        Dane identyfikacyjne:
        Imię i nazwisko: Krzysztof Wiśniewski
        Data urodzenia: 14.02.1990
        Adres: ul. Grunwaldzka 102/7, 80-244 Gdańsk

        Z poważaniem
        Krzysztof Wiśniewski
        """)
    add("pl-access-latin2-qp",
        simple(KATTO, "Krzysztof Wiśniewski", "k.wisniewski@wp.test", "Wniosek o dostęp do danych osobowych - art. 15 RODO",
               when(2025, 6, 2, 20, 41, 9, 2), body, charset="iso-8859-2", cte="quoted-printable",
               subject_charset="iso-8859-2"),
        category="request", kinds=["access"], language="pl", requester_email="k.wisniewski@wp.test",
        requester_name="Krzysztof Wiśniewski",
        notes="Polish RODO access letter with 1)-7) list, ISO-8859-2 QP body and subject; former roofer hired through an agency.")

    # --- Hungarian, Outlook HTML windows-1250
    body = T("""
        Kuusiston Kuljetus Oy
        Finnország

        Tárgy: Hozzáférési kérelem az általános adatvédelmi rendelet 15. cikke alapján

        Tisztelt Adatkezelő!

        Alulírott Nagy Bence (születési hely és idő: Debrecen, 1993. augusztus 30.; lakcím: 4025 Debrecen, Piac utca 33. II/5.) az Európai Parlament és a Tanács (EU) 2016/679 rendelete (általános adatvédelmi rendelet, GDPR) 15. cikke alapján kérem, hogy tájékoztassanak arról, kezelik-e a személyes adataimat, és amennyiben igen, bocsássák rendelkezésemre az alábbiakat:

        1. a kezelt személyes adataim másolatát;
        2. az adatkezelés céljait;
        3. az érintett személyes adatok kategóriáit;
        4. azon címzettek vagy címzettek kategóriáit, akikkel a személyes adatokat közölték vagy közölni fogják, különösen a harmadik országbeli címzetteket;
        5. a személyes adatok tárolásának tervezett időtartamát, vagy ha ez nem lehetséges, ezen időtartam meghatározásának szempontjait;
        6. ha az adatokat nem tőlem gyűjtötték, a forrásukra vonatkozó minden elérhető információt;
        7. az automatizált döntéshozatal, ideértve a profilalkotást is, tényét, valamint az alkalmazott logikára vonatkozó érthető információkat.

        2024 októberében jelentkeztem az Önök által meghirdetett nemzetközi gépkocsivezetői állásra, ezért feltételezem, hogy pályázati anyagaimat (önéletrajz, jogosítvány másolata) Önök kezelik.

        A GDPR 12. cikk (3) bekezdése értelmében a kérelemre indokolatlan késedelem nélkül, de legkésőbb a kérelem beérkezésétől számított egy hónapon belül kötelesek válaszolni. Válasz hiányában panaszt nyújthatok be a felügyeleti hatóságnál.

        Debrecen, 2025. április 16.

        Tisztelettel:
        Nagy Bence
        """)
    add("hu-access-outlook-cp1250",
        outlook_only(KULJ, "Nagy Bence", "nagy.bence93@freemail.test", "Hozzáférési kérelem - GDPR 15. cikk",
                     when(2025, 4, 16, 14, 2, 44), body, charset="windows-1250", lang="HU"),
        category="request", kinds=["access"], language="hu", requester_email="nagy.bence93@freemail.test",
        requester_name="Nagy Bence",
        notes="Hungarian 'Alulírott' access letter from a job applicant; Outlook HTML-only in windows-1250 QP; Hungarian name order.")

    # --- Slovak, ISO-8859-2 8bit
    body = T("""
        Lumivalo Ohjelmistot Oy
        Espoo, Fínsko

        V Bratislave 21. 2. 2025

        Vec: Žiadosť dotknutej osoby o prístup k osobným údajom

        Vážení,

        ako dotknutá osoba si týmto uplatňujem právo na prístup k osobným údajom podľa článku 15 nariadenia Európskeho parlamentu a Rady (EÚ) 2016/679 (všeobecné nariadenie o ochrane údajov). Žiadam Vás o potvrdenie, či spracúvate moje osobné údaje, a ak áno, o poskytnutie:

        1. kópie mojich osobných údajov, ktoré spracúvate;
        2. informácie o účeloch spracúvania;
        3. kategórií dotknutých osobných údajov;
        4. príjemcov alebo kategórií príjemcov, ktorým boli alebo budú osobné údaje poskytnuté;
        5. doby uchovávania osobných údajov alebo kritérií na jej určenie;
        6. informácií o zdroji, ak osobné údaje neboli získané odo mňa;
        7. informácie o existencii automatizovaného rozhodovania vrátane profilovania.

        Žiadam Vás o vybavenie žiadosti v lehote jedného mesiaca od jej doručenia, ako to ustanovuje článok 12 ods. 3 nariadenia. V prípade nečinnosti sa obrátim na Úrad na ochranu osobných údajov Slovenskej republiky.

        Identifikačné údaje:
        Meno a priezvisko: Martin Kováčik
        Prihlasovací e-mail do Vašej aplikácie: m.kovacik@azet.test
        Bydlisko: Mlynské nivy 12, 821 09 Bratislava

        S úctou
        Martin Kováčik
        """)
    add("sk-access-latin2",
        simple(LUMI, "Martin Kováčik", "m.kovacik@azet.test", "Žiadosť o prístup k osobným údajom podľa článku 15 GDPR",
               when(2025, 2, 21, 10, 5, 0, 2), body, charset="iso-8859-2", extra=(TB,)),
        category="request", kinds=["access"], language="sk", requester_email="m.kovacik@azet.test",
        requester_name="Martin Kováčik",
        notes="Slovak access letter (close to Czech); ISO-8859-2 8bit, Thunderbird.")

    # --- Slovenian, asks where the address came from
    body = T("""
        Kivi & Kangas Design Oy
        Helsinki, Finska

        Ljubljana, 9. 4. 2025

        Zadeva: Zahteva za dostop do osebnih podatkov

        Spoštovani,

        v skladu s 15. členom Uredbe (EU) 2016/679 (Splošna uredba o varstvu podatkov) vas prosim za potrditev, ali obdelujete moje osebne podatke, in če jih, za posredovanje:

        1. kopije mojih osebnih podatkov, ki jih obdelujete;
        2. namenov obdelave;
        3. vrst zadevnih osebnih podatkov;
        4. uporabnikov ali kategorij uporabnikov, ki so jim bili ali jim bodo osebni podatki razkriti;
        5. predvidenega obdobja hrambe ali meril, ki se uporabljajo za določitev tega obdobja;
        6. vseh razpoložljivih informacij o viru podatkov, če ti niso bili pridobljeni od mene;
        7. informacij o obstoju avtomatiziranega sprejemanja odločitev, vključno z oblikovanjem profilov.

        Vaš e-novičnik prejemam od leta 2023, vendar se ne spomnim, da bi se nanj prijavila, zato me posebej zanima, od kod ste pridobili moj e-naslov.

        Opozarjam, da morate na zahtevo v skladu s tretjim odstavkom 12. člena uredbe odgovoriti brez nepotrebnega odlašanja, najpozneje pa v enem mesecu od prejema zahteve. Če odgovora ne bom prejela, bom vložila pritožbo pri Informacijskem pooblaščencu.

        Lep pozdrav,
        Nina Zupančič
        Trubarjeva cesta 27, 1000 Ljubljana, Slovenija
        """)
    add("sl-access-newsletter-source",
        alternative(KIVI, "Nina Zupančič", "nina.zupancic@siol.test", "Zahteva za dostop do osebnih podatkov (15. člen GDPR)",
                    when(2025, 4, 9, 13, 18, 26), body, extra=(GMAIL_UA,)),
        category="request", kinds=["access"], language="sl", requester_email="nina.zupancic@siol.test",
        requester_name="Nina Zupančič",
        notes="Slovenian access letter that also asks where the address came from; Gmail-style multipart/alternative QP.")

    # --- Bulgarian, windows-1251
    body = T("""
        До
        Kuusiston Kuljetus Oy
        Финландия

        ИСКАНЕ
        за упражняване на право на достъп до лични данни

        От: Георги Иванов Димитров
        Адрес: гр. Пловдив, ул. „Капитан Райчо“ № 56, ет. 4
        Електронна поща: g.dimitrov@abv.test

        Уважаеми дами и господа,

        На основание чл. 15 от Регламент (ЕС) 2016/679 (Общ регламент относно защитата на данните) Ви моля да ми потвърдите дали обработвате мои лични данни и, ако това е така, да ми предоставите:

        1. копие от личните ми данни, които обработвате;
        2. целите на обработването;
        3. категориите лични данни;
        4. получателите или категориите получатели, пред които са били или ще бъдат разкрити данните;
        5. срока, за който ще се съхраняват данните, или критериите за определянето му;
        6. всякаква налична информация за източника на данните, когато не са събрани от мен;
        7. наличието на автоматизирано вземане на решения, включително профилиране.

        Работих като шофьор на международни превози във Вашата фирма от 2021 до 2023 г.

        Съгласно чл. 12, пар. 3 от Регламента следва да ми отговорите без ненужно забавяне и не по-късно от един месец от получаване на искането. При липса на отговор ще подам жалба до Комисията за защита на личните данни.

        Дата: 05.03.2025 г.
        гр. Пловдив

        С уважение,
        Георги Димитров
        """)
    add("bg-access-cp1251",
        simple(KULJ, "Георги Димитров", "g.dimitrov@abv.test", "Искане за достъп до лични данни съгласно чл. 15 от ОРЗД",
               when(2025, 3, 5, 19, 27, 3, 2), body, charset="windows-1251", cte="8bit",
               subject_charset="windows-1251"),
        category="request", kinds=["access"], language="bg", requester_email="g.dimitrov@abv.test",
        requester_name="Георги Иванов Димитров",
        notes="Bulgarian access request (ИСКАНЕ) in windows-1251 8bit with a windows-1251 encoded subject; full three-part name only in the header block.")

    # --- Latvian, ISO-8859-13, hetu + Finnish phone
    body = T("""
        Kattopojat Oy
        Tampere, Somija

        Rīgā, 2025. gada 18. martā

        Iesniegums par piekļuvi personas datiem

        Labdien!

        Saskaņā ar Eiropas Parlamenta un Padomes Regulas (ES) 2016/679 (Vispārīgā datu aizsardzības regula) 15. pantu lūdzu apstiprināt, vai jūs apstrādājat manus personas datus, un, ja tā ir, sniegt man:

        1) manu apstrādāto personas datu kopiju;
        2) informāciju par apstrādes nolūkiem;
        3) attiecīgo personas datu kategorijas;
        4) saņēmējus vai saņēmēju kategorijas, kuriem personas dati ir izpausti vai kuriem tos izpaudīs;
        5) paredzēto personas datu glabāšanas laikposmu vai kritērijus, ko izmanto šā laikposma noteikšanai;
        6) visu pieejamo informāciju par datu avotu, ja dati nav vākti no manis;
        7) informāciju par automatizētu lēmumu pieņemšanu, tostarp profilēšanu.

        Atbilstoši regulas 12. panta 3. punktam atbilde jāsniedz bez nepamatotas kavēšanās, bet ne vēlāk kā viena mēneša laikā pēc pieprasījuma saņemšanas. Ja atbildi nesaņemšu, vērsīšos uzraudzības iestādē.

        2024. gada vasarā strādāju jūsu uzņēmumā par jumiķi.
        Somijas personas kods: {hetu}
        Tālrunis Somijā: 040 552 8193

        Ar cieņu
        Jānis Bērziņš
        """).replace("{hetu}", H_BERZINS)
    add("lv-access-iso8859-13",
        simple(KATTO, "Jānis Bērziņš", "janis.berzins@inbox.test", "Pieprasījums piekļūt personas datiem (VDAR 15. pants)",
               when(2025, 3, 18, 6, 40, 12, 2), body, charset="iso-8859-13", cte="quoted-printable"),
        category="request", kinds=["access"], language="lv", requester_email="janis.berzins@inbox.test",
        requester_name="Jānis Bērziņš", phone="+358405528193", hetu=H_BERZINS,
        notes="Latvian access letter in ISO-8859-13 QP; Finnish hetu and national-format Finnish mobile.")

    # --- Lithuanian, PDF with Type0 font, short body
    letter = T("""
        Kuusiston Kuljetus Oy
        Suomija / Finland

        PRAŠYMAS SUSIPAŽINTI SU ASMENS DUOMENIMIS

        2025-04-22, Kaunas

        Vadovaudamasis 2016 m. balandžio 27 d. Europos Parlamento ir Tarybos reglamento (ES) 2016/679 (Bendrasis duomenų apsaugos reglamentas, BDAR) 15 straipsniu, prašau patvirtinti, ar tvarkote mano asmens duomenis, ir, jei taip, pateikti:

        1. tvarkomų mano asmens duomenų kopiją;
        2. duomenų tvarkymo tikslus;
        3. atitinkamų asmens duomenų kategorijas;
        4. duomenų gavėjus arba gavėjų kategorijas, kuriems asmens duomenys buvo arba bus atskleisti;
        5. numatomą asmens duomenų saugojimo laikotarpį arba kriterijus, taikomus jam nustatyti;
        6. visą turimą informaciją apie duomenų šaltinį, jei duomenys renkami ne iš manęs;
        7. informaciją apie automatizuotą sprendimų priėmimą, įskaitant profiliavimą.

        Nuo 2019 iki 2022 m. dirbau jūsų įmonėje vilkiko vairuotoju.

        Primenu, kad pagal BDAR 12 straipsnio 3 dalį į prašymą turite atsakyti nepagrįstai nedelsdami, bet ne vėliau kaip per vieną mėnesį nuo prašymo gavimo. Negavęs atsakymo, pasilieku teisę kreiptis į Valstybinę duomenų apsaugos inspekciją.

        Pareiškėjo duomenys:
        Vardas, pavardė: Jonas Petrauskas
        Gimimo data: 1985-01-17
        Adresas: Savanorių pr. 190-12, LT-50192 Kaunas
        El. paštas: jonas.petrauskas@takas.test

        Jonas Petrauskas
        (parašas)
        """)
    add("lt-access-pdf-type0",
        with_pdf(KULJ, "Jonas Petrauskas", "jonas.petrauskas@takas.test", "Prašymas",
                 when(2025, 4, 22, 17, 9, 33), "Laba diena, prisegu prašymą dėl asmens duomenų.\n",
                 make_pdf(letter, "Prašymas susipažinti su asmens duomenimis", compress=True,
                          producer="Microsoft Word - LibreOffice"), "prasymas_BDAR_15.pdf", extra=(ANDROID_UA,)),
        category="request", kinds=["access"], language="lt", requester_email="jonas.petrauskas@takas.test",
        requester_name="Jonas Petrauskas",
        notes="Lithuanian: one-line body with a vague subject; the Art. 15 letter is a Flate-compressed PDF whose text needs a ToUnicode CMap.")

    # --- Dutch, sent through a request-generator service (noreply + Reply-To)
    body = T("""
        Aan: Pohjolan Laitevuokraus Oy
        t.a.v. de functionaris voor gegevensbescherming
        Oulu, Finland

        Utrecht, 11 februari 2025

        Betreft: inzageverzoek op grond van artikel 15 AVG

        Geachte heer, mevrouw,

        Met deze brief doe ik een verzoek om inzage op grond van artikel 15 van de Algemene Verordening Gegevensbescherming (AVG). Ik verzoek u mij te laten weten of u persoonsgegevens van mij verwerkt. Als dat zo is, ontvang ik graag:

        1. een kopie van alle persoonsgegevens die u van mij verwerkt;
        2. de doeleinden waarvoor u deze gegevens verwerkt;
        3. de categorieën persoonsgegevens die het betreft;
        4. de ontvangers of categorieën ontvangers aan wie de gegevens zijn of worden verstrekt, in het bijzonder ontvangers in derde landen;
        5. hoe lang de gegevens worden bewaard, of de criteria om die termijn te bepalen;
        6. de herkomst van de gegevens, als u die niet bij mij hebt verzameld;
        7. of er sprake is van geautomatiseerde besluitvorming, waaronder profilering, en zo ja, informatie over de onderliggende logica.

        Voor een verbouwingsproject in Oulu heb ik in 2024 bij u een steiger en een bouwdroger gehuurd (huurovereenkomst OUL-24-3381).

        Volgens artikel 12, lid 3 AVG moet u binnen één maand na ontvangst van dit verzoek reageren. Als ik binnen die termijn geen reactie ontvang, kan ik een klacht indienen bij de Autoriteit Persoonsgegevens of de Finse toezichthouder.

        Mijn gegevens:
        Naam: Sanne de Vries
        Adres: Oudegracht 214, 3511 NS Utrecht
        Geboortedatum: 3 oktober 1988
        E-mail: sanne.devries@ziggo.test

        Met vriendelijke groet,
        Sanne de Vries

        --
        Deze brief is opgesteld met de privacybriefgenerator van Stichting Digitale Rechten (voorbeeld).
        Antwoorden op dit bericht gaan rechtstreeks naar de afzender van de brief.
        """)
    add("nl-access-generator-service-reply-to",
        alternative(LAITE, "Sanne de Vries via Privacybrief", "noreply@privacybrief.example.org",
                    "Inzageverzoek op grond van artikel 15 AVG", when(2025, 2, 11, 10, 0, 4, 1), body,
                    reply_to="Sanne de Vries <sanne.devries@ziggo.test>"),
        category="request", kinds=["access"], language="nl", requester_email="sanne.devries@ziggo.test",
        requester_name="Sanne de Vries",
        notes="Dutch access letter relayed by a letter-generator service from noreply@ with Reply-To the person; a generator footer that looks automated.")

    # --- Danish, ISO-8859-1 QP, Danish phone
    body = T("""
        Lumivalo Ohjelmistot Oy
        Espoo, Finland

        København, den 6. maj 2025

        Anmodning om indsigt

        Til rette vedkommende

        Jeg anmoder hermed om indsigt i de personoplysninger, som I behandler om mig, jf. databeskyttelsesforordningens artikel 15. Jeg beder om at modtage:

        1. en kopi af de personoplysninger, I behandler om mig;
        2. formålene med behandlingen;
        3. de kategorier af personoplysninger, behandlingen vedrører;
        4. de modtagere eller kategorier af modtagere, som oplysningerne er eller vil blive videregivet til, herunder modtagere i tredjelande;
        5. det tidsrum, hvor oplysningerne vil blive opbevaret, eller de kriterier, der anvendes til at fastlægge dette tidsrum;
        6. enhver tilgængelig information om, hvorfra oplysningerne stammer, hvis de ikke er indsamlet hos mig;
        7. oplysning om forekomsten af automatiske afgørelser, herunder profilering.

        Jeg har brugt jeres tidsregistreringsapp via min tidligere arbejdsgiver, Nordhavn Tømrer ApS, fra 2022 til 2024.

        I henhold til artikel 12, stk. 3, skal I besvare min anmodning uden unødig forsinkelse og senest en måned efter modtagelsen. Hvis jeg ikke modtager svar, vil jeg klage til Datatilsynet.

        Med venlig hilsen
        Mads Kjærgaard Holm
        Tlf. 28 91 45 60
        Strandboulevarden 88, 3. th., 2100 København Ø
        """)
    add("da-access-latin1-phone",
        simple(LUMI, "Mads Kjærgaard Holm", "mads.holm@mail.test", "Anmodning om indsigt - artikel 15",
               when(2025, 5, 6, 12, 31, 0, 2), body, charset="iso-8859-1", cte="quoted-printable", extra=(APPLE,)),
        category="request", kinds=["access"], language="da", requester_email="mads.holm@mail.test",
        requester_name="Mads Kjærgaard Holm", phone="+4528914560",
        notes="Danish indsigt letter (close to Norwegian); ISO-8859-1 QP; Danish phone without country code.")

    # --- German, plain, mentions third-party calls (source)
    body = T("""
        Jana Köhler
        Eppendorfer Weg 77
        20259 Hamburg

        Kivi & Kangas Design Oy
        Helsinki
        Finnland
        per E-Mail: info@kivikangas.example.fi

        Hamburg, 24.03.2025

        Auskunftsersuchen gemäß Art. 15 DSGVO

        Sehr geehrte Damen und Herren,

        hiermit mache ich mein Recht auf Auskunft nach Art. 15 der Datenschutz-Grundverordnung (DSGVO) geltend. Bitte teilen Sie mir mit, ob Sie mich betreffende personenbezogene Daten verarbeiten. Ist dies der Fall, bitte ich um Auskunft über

        1. die zu meiner Person gespeicherten Daten, und zwar in Form einer Kopie (Art. 15 Abs. 3 DSGVO);
        2. die Verarbeitungszwecke;
        3. die Kategorien personenbezogener Daten, die verarbeitet werden;
        4. die Empfänger oder Kategorien von Empfängern, gegenüber denen die Daten offengelegt worden sind oder noch offengelegt werden, insbesondere Empfänger in Drittländern;
        5. die geplante Speicherdauer bzw. die Kriterien für deren Festlegung;
        6. die Herkunft der Daten, soweit sie nicht bei mir erhoben wurden;
        7. das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling sowie aussagekräftige Informationen über die involvierte Logik.

        Hintergrund: Ich habe mich im Januar 2025 über Ihr Kontaktformular wegen eines Website-Projekts an Sie gewandt und werde seitdem wiederholt von einem Drittanbieter angerufen, der sich auf Ihre Agentur beruft.

        Ich erwarte Ihre Auskunft unverzüglich, spätestens jedoch innerhalb eines Monats nach Eingang dieses Schreibens (Art. 12 Abs. 3 DSGVO). Sollte ich bis dahin keine Antwort erhalten, behalte ich mir vor, mich an die zuständige Aufsichtsbehörde zu wenden.

        Zur Identifizierung erreichen Sie mich auch telefonisch unter 0176 4432 1987.

        Mit freundlichen Grüßen
        Jana Köhler
        """)
    add("de-access-contactform-source",
        simple(KIVI, "Jana Köhler", "jana.koehler@gmx.test", "Auskunftsersuchen nach Art. 15 DSGVO",
               when(2025, 3, 24, 22, 10, 47, 1), body, charset="iso-8859-15", cte="quoted-printable", extra=(TB,)),
        category="request", kinds=["access"], language="de", requester_email="jana.koehler@gmx.test",
        requester_name="Jana Köhler", phone="+4917644321987",
        notes="German Auskunftsersuchen with sender address block first; ISO-8859-15 QP; German mobile in national format.")

    # --- French, Outlook HTML windows-1252
    body = T("""
        Camille Rousseau
        12 rue Sainte-Catherine
        69001 Lyon

        Saariston Painotalo Oy
        Parainen, Finlande

        Lyon, le 14 janvier 2025

        Objet : demande d'accès à mes données personnelles (article 15 du RGPD)

        Madame, Monsieur,

        En application de l'article 15 du règlement (UE) 2016/679 du 27 avril 2016 (RGPD), je vous prie de bien vouloir m'indiquer si des données à caractère personnel me concernant font l'objet d'un traitement de votre part et, dans l'affirmative, de m'adresser :

        1. une copie de l'ensemble de ces données ;
        2. les finalités du traitement ;
        3. les catégories de données concernées ;
        4. les destinataires ou catégories de destinataires auxquels les données ont été ou seront communiquées, notamment s'ils sont établis dans des pays tiers ;
        5. la durée de conservation envisagée ou, à défaut, les critères utilisés pour la déterminer ;
        6. toute information disponible sur la source des données lorsqu'elles n'ont pas été collectées auprès de moi ;
        7. l'existence éventuelle d'une prise de décision automatisée, y compris un profilage, et des informations utiles sur la logique sous-jacente.

        Pour faciliter vos recherches : j'ai commandé chez vous des faire-part de mariage en 2023 (commande n° SP-23-0456).

        Conformément à l'article 12.3 du RGPD, vous disposez d'un délai d'un mois à compter de la réception de ma demande pour y répondre. À défaut de réponse dans ce délai, je me réserve la possibilité de saisir la Commission nationale de l'informatique et des libertés (CNIL) ou l'autorité de contrôle finlandaise.

        Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

        Camille Rousseau
        """)
    add("fr-access-outlook-cp1252",
        outlook_only(PAINO, "Camille Rousseau", "camille.rousseau@orange.test",
                     "Demande d'accès à mes données personnelles (article 15 du RGPD)",
                     when(2025, 1, 14, 9, 41, 19, 2), body, lang="FR"),
        category="request", kinds=["access"], language="fr", requester_email="camille.rousseau@orange.test",
        requester_name="Camille Rousseau",
        notes="French access letter with sender address block; HTML-only Outlook windows-1252 QP.")

    # --- Estonian, Estonian phone + hetu
    body = T("""
        Kattopojat Oy
        Tampere, Soome

        Tallinn, 27.02.2025

        Taotlus isikuandmetega tutvumiseks

        Lugupeetud vastutav töötleja

        Palun Teil isikuandmete kaitse üldmääruse (EL) 2016/679 artikli 15 alusel kinnitada, kas töötlete minu isikuandmeid, ning kui töötlete, esitada mulle:

        1) koopia minu kohta töödeldavatest isikuandmetest;
        2) isikuandmete töötlemise eesmärgid;
        3) asjaomaste isikuandmete liigid;
        4) vastuvõtjad või vastuvõtjate kategooriad, kellele isikuandmeid on avaldatud või avaldatakse;
        5) isikuandmete säilitamise ajavahemik või selle määramise kriteeriumid;
        6) kogu olemasolev teave andmete allika kohta, kui andmeid ei ole kogutud minult;
        7) teave automatiseeritud otsuste tegemise, sealhulgas profiilianalüüsi olemasolu kohta.

        Töötasin Teie objektidel aastatel 2022-2024 katusepaigaldajana alltöövõtja kaudu. Eriti huvitab mind, milliseid andmeid on minu kohta edastatud tellijatele ja Soome maksuametile.

        Palun vastata üldmääruse artikli 12 lõike 3 kohaselt ühe kuu jooksul taotluse kättesaamisest. Vastuse puudumisel pöördun Andmekaitse Inspektsiooni poole.

        Lugupidamisega
        Rasmus Tamm
        Soome isikukood: {hetu}
        tel +372 5123 4567
        Pärnu mnt 140-15, 11317 Tallinn
        """).replace("{hetu}", H_TAMM)
    add("et-access-hetu-ee-phone",
        simple(KATTO, "Rasmus Tamm", "rasmus.tamm@mail.test", "Isikuandmetega tutvumise taotlus (IKÜM art 15)",
               when(2025, 2, 27, 15, 3, 58, 2), body, charset="iso-8859-15", cte="8bit"),
        category="request", kinds=["access"], language="et", requester_email="rasmus.tamm@mail.test",
        requester_name="Rasmus Tamm", phone="+37251234567", hetu=H_TAMM,
        notes="Estonian access letter (close to Finnish vocabulary, 'isikukood'); Finnish hetu plus Estonian mobile; ISO-8859-15 8bit.")

    # --- Irish
    body = T("""
        Kivi & Kangas Design Oy
        Heilsincí, an Fhionlainn

        Gaillimh, 8 Bealtaine 2025

        A chara,

        Táim ag scríobh chugat chun mo cheart rochtana a fheidhmiú faoi Airteagal 15 den Rialachán Ginearálta maidir le Cosaint Sonraí (Rialachán (AE) 2016/679). Iarraim ort a dhearbhú an bhfuil sonraí pearsanta a bhaineann liom á bpróiseáil agat agus, más amhlaidh atá, na nithe seo a leanas a chur ar fáil dom:

        1. cóip de na sonraí pearsanta go léir atá agat fúm;
        2. na críocha ar a bhfuil na sonraí á bpróiseáil;
        3. na catagóirí sonraí pearsanta lena mbaineann;
        4. na faighteoirí nó catagóirí faighteoirí ar nochtadh na sonraí dóibh nó a nochtfar dóibh;
        5. an tréimhse a stórálfar na sonraí, nó na critéir a úsáidtear chun an tréimhse sin a chinneadh;
        6. aon fhaisnéis atá ar fáil faoi fhoinse na sonraí, mura uaimse a fuarthas iad;
        7. an bhfuil cinnteoireacht uathoibrithe, lena n-áirítear próifíliú, á húsáid.

        D'fhreastail mé ar cheardlann ar líne a d'eagraigh sibh i mí na Samhna 2024.

        Faoi Airteagal 12(3) den Rialachán, ní mór duit freagra a thabhairt gan moill mhíchuí agus, ar a dhéanaí, laistigh de mhí amháin ón am a fuarthas an t-iarratas seo. Mura bhfaighim freagra, tá sé de cheart agam gearán a dhéanamh leis an gCoimisiún um Chosaint Sonraí.

        Is mise le meas,
        Siobhán Ní Bhriain
        """)
    add("ga-access-irish",
        simple(KIVI, "Siobhán Ní Bhriain", "siobhan.nibhriain@eircom.test",
               "Iarratas ar rochtain ar shonraí pearsanta (Airteagal 15)", when(2025, 5, 8, 10, 12, 0, 1), body,
               cte="quoted-printable", extra=(APPLE,)),
        category="request", kinds=["access"], language="ga", requester_email="siobhan.nibhriain@eircom.test",
        requester_name="Siobhán Ní Bhriain",
        notes="Irish-language access letter; a rare language with no English in the body.")

    # --- Norwegian, Norwegian phone
    body = T("""
        Lumivalo Ohjelmistot Oy
        Espoo, Finland

        Bergen, 2. april 2025

        Krav om innsyn i personopplysninger

        Jeg viser til personvernforordningen (GDPR) artikkel 15 og ber om innsyn i personopplysningene dere behandler om meg. Jeg ber konkret om:

        1. en kopi av personopplysningene dere behandler om meg;
        2. formålene med behandlingen;
        3. hvilke kategorier personopplysninger det gjelder;
        4. hvem opplysningene er eller vil bli utlevert til, særlig mottakere i land utenfor EØS;
        5. hvor lenge opplysningene vil bli lagret, eller kriteriene for å fastsette lagringstiden;
        6. hvor opplysningene er hentet fra, dersom de ikke er innhentet fra meg;
        7. om det forekommer automatiserte avgjørelser, herunder profilering.

        Jeg har hatt brukerkonto hos dere siden 2022 med denne e-postadressen.

        Etter artikkel 12 nr. 3 skal dere svare uten ugrunnet opphold og senest innen én måned etter at dere mottok henvendelsen. Dersom jeg ikke får svar, vil jeg klage til Datatilsynet.

        Med vennlig hilsen
        Ingrid Solberg
        Telefon: 924 18 337
        Nygårdsgaten 31, 5015 Bergen
        """)
    add("no-access-innsyn",
        alternative(LUMI, "Ingrid Solberg", "ingrid.solberg@online.test", "Innsynsbegjæring etter GDPR artikkel 15",
                    when(2025, 4, 2, 8, 59, 41, 2), body, html_body=list_html(body, "Calibri, sans-serif"),
                    extra=(OUTLOOK_WEB,)),
        category="request", kinds=["access"], language="no", requester_email="ingrid.solberg@online.test",
        requester_name="Ingrid Solberg", phone="+4792418337",
        notes="Norwegian innsyn letter (close to Danish); HTML part with <ol>; Norwegian 8-digit phone without +47.")

    # --- Ukrainian, hetu + Finnish phone, UTF-8 base64
    body = T("""
        Kuusiston Kuljetus Oy
        Фінляндія

        Тема: запит на доступ до персональних даних

        Шановні пані та панове!

        Відповідно до статті 15 Регламенту (ЄС) 2016/679 (Загальний регламент про захист даних, GDPR) прошу підтвердити, чи обробляє Ваша компанія мої персональні дані, і, якщо так, надати мені:

        1. копію моїх персональних даних, які Ви обробляєте;
        2. цілі обробки;
        3. категорії відповідних персональних даних;
        4. одержувачів або категорії одержувачів, яким дані були або будуть розкриті;
        5. передбачуваний строк зберігання даних або критерії його визначення;
        6. будь-яку доступну інформацію про джерело даних, якщо їх отримано не від мене;
        7. інформацію про наявність автоматизованого прийняття рішень, зокрема профілювання.

        З вересня 2023 року до січня 2025 року я працював у Вашій компанії водієм-експедитором.

        Згідно зі статтею 12(3) GDPR відповідь має бути надана без зайвої затримки, але не пізніше ніж протягом одного місяця з дня отримання запиту. У разі відсутності відповіді я залишаю за собою право звернутися до наглядового органу (Tietosuojavaltuutetun toimisto).

        Ідентифікаційні дані:
        ПІБ: Олександр Петрович Коваленко
        Дата народження: 15.06.1979
        Фінський персональний код: {hetu}
        Телефон: +358 45 203 7719
        Адреса: Hämeenkatu 20 B 12, 33200 Tampere

        17.04.2025

        З повагою,
        Олександр Коваленко
        """).replace("{hetu}", H_KOVALENKO)
    add("uk-access-hetu-base64",
        simple(KULJ, "Oleksandr Kovalenko", "o.kovalenko79@ukr.test", "Запит на доступ до персональних даних (ст. 15 GDPR)",
               when(2025, 4, 17, 18, 20, 7), body, cte="base64", extra=(GMAIL_UA,)),
        category="request", kinds=["access"], language="uk", requester_email="o.kovalenko79@ukr.test",
        requester_name="Олександр Петрович Коваленко", phone="+358452037719", hetu=H_KOVALENKO,
        notes="Ukrainian access letter (Cyrillic, not Russian/Bulgarian) in base64; Latin display name but Cyrillic signature; hetu and Finnish phone.")


# ---------------------------------------------------------------------------
# Art. 17 erasure letters (often with consent withdrawal and a direct-marketing objection)
# ---------------------------------------------------------------------------


def build_erasure():
    # --- Czech: withdrawal + objection + erasure, numbered by right, Seznam-like HTML only
    body = T("""
        Lumivalo Ohjelmistot Oy
        Espoo, Finsko

        V Praze dne 3. 6. 2025

        Věc: Odvolání souhlasu, námitka proti přímému marketingu a žádost o výmaz osobních údajů

        Vážení,

        tímto uplatňuji následující práva podle nařízení (EU) 2016/679 (GDPR):

        1. Odvolání souhlasu (čl. 7 odst. 3 GDPR): odvolávám veškeré souhlasy se zpracováním osobních údajů, které jsem Vám kdy udělil, zejména souhlas se zasíláním obchodních sdělení a newsletteru.
        2. Námitka proti přímému marketingu (čl. 21 odst. 2 GDPR): vznáším námitku proti zpracování mých osobních údajů pro účely přímého marketingu, včetně souvisejícího profilování.
        3. Výmaz (čl. 17 odst. 1 písm. b) a c) GDPR): žádám o výmaz všech mých osobních údajů, které zpracováváte, a o oznámení výmazu všem příjemcům, jimž byly údaje zpřístupněny (čl. 19 GDPR).

        Pokud některé údaje nemůžete vymazat z důvodu zákonné povinnosti, sdělte mi prosím, o které údaje jde a na jakém právním základě je nadále uchováváte.

        O přijatých opatřeních mě prosím informujte bez zbytečného odkladu, nejpozději do jednoho měsíce od obdržení žádosti (čl. 12 odst. 3 GDPR). Jinak se obrátím na Úřad pro ochranu osobních údajů.

        Identifikace: Petr Novotný, registrační e-mail petr.novotny@email.test

        S pozdravem
        Petr Novotný
        """)
    add("cs-erasure-consent-objection-html-only",
        html_only(LUMI, "Petr Novotný", "petr.novotny@email.test",
                  "Žádost o výmaz osobních údajů (čl. 17 GDPR) a odvolání souhlasu", when(2025, 6, 3, 21, 4, 55),
                  list_html(body, "Verdana, sans-serif").replace('<meta charset="utf-8">', '<meta charset="iso-8859-2">'),
                  charset="iso-8859-2", extra=("X-Mailer: Email.cz webmail",)),
        category="request", kinds=["erasure", "objection"], language="cs", requester_email="petr.novotny@email.test",
        requester_name="Petr Novotný",
        notes="Czech three-part letter (withdraw consent, Art. 21(2) objection, Art. 17 erasure); HTML-only ISO-8859-2 with the rights as an <ol>.")

    # --- Greek: job applicant asks erasure of CV, UTF-8 base64
    body = T("""
        Προς την εταιρεία Kivi & Kangas Design Oy
        Ελσίνκι, Φινλανδία

        Θεσσαλονίκη, 20 Μαΐου 2025

        Θέμα: Αίτημα διαγραφής δεδομένων προσωπικού χαρακτήρα (άρθρο 17 ΓΚΠΔ)

        Κύριοι,

        Τον Σεπτέμβριο του 2024 υπέβαλα αίτηση για τη θέση «Junior UI Designer» μέσω της ιστοσελίδας σας και σας απέστειλα το βιογραφικό μου σημείωμα και το χαρτοφυλάκιό μου. Δεδομένου ότι η διαδικασία επιλογής έχει ολοκληρωθεί και τα δεδομένα μου δεν είναι πλέον απαραίτητα για τον σκοπό για τον οποίο συλλέχθηκαν, ζητώ, σύμφωνα με το άρθρο 17 παράγραφος 1 στοιχείο α) του Κανονισμού (ΕΕ) 2016/679, τη διαγραφή όλων των δεδομένων προσωπικού χαρακτήρα που με αφορούν, συμπεριλαμβανομένων:

        1. του βιογραφικού σημειώματος και της συνοδευτικής επιστολής·
        2. του χαρτοφυλακίου και των συνδέσμων προς αυτό·
        3. των σημειώσεων από τη συνέντευξη·
        4. τυχόν αντιγράφων σε συστήματα διαχείρισης υποψηφίων ή σε ηλεκτρονικό ταχυδρομείο.

        Παρακαλώ να μου επιβεβαιώσετε γραπτώς τη διαγραφή εντός ενός μηνός από την παραλαβή του παρόντος, όπως προβλέπει το άρθρο 12 παράγραφος 3 του ΓΚΠΔ. Διαφορετικά, επιφυλάσσομαι να προσφύγω στην αρμόδια εποπτική αρχή.

        Με εκτίμηση,
        Νικόλαος Αντωνίου
        """)
    add("el-erasure-job-applicant-base64",
        simple(KIVI, "Nikolaos Antoniou", "n.antoniou@gmail.test", "Αίτημα διαγραφής δεδομένων - άρθρο 17 ΓΚΠΔ",
               when(2025, 5, 20, 12, 7, 14), body, cte="base64", extra=(GMAIL_UA,)),
        category="request", kinds=["erasure"], language="el", requester_email="n.antoniou@gmail.test",
        requester_name="Νικόλαος Αντωνίου",
        notes="Greek erasure letter from a rejected job applicant (Art. 17(1)(a)), base64; Latin display name, Greek signature.")

    # --- Spanish: supresión + revocación + oposición, Outlook HTML cp1252
    body = T("""
        Saariston Painotalo Oy
        Parainen (Finlandia)

        Sevilla, 4 de marzo de 2025

        ASUNTO: Ejercicio de los derechos de supresión y de oposición

        Muy señores míos:

        Quien suscribe, Javier Moreno Castillo, con domicilio a efectos de notificaciones en la dirección de correo electrónico desde la que se envía este escrito, por medio del presente:

        PRIMERO. Revoca el consentimiento prestado en su día para recibir comunicaciones comerciales de su empresa (artículo 7.3 del RGPD).

        SEGUNDO. Se opone al tratamiento de sus datos con fines de mercadotecnia directa, incluida la elaboración de perfiles (artículo 21.2 del RGPD).

        TERCERO. Solicita la supresión de todos sus datos personales (artículo 17 del RGPD), así como que se comunique dicha supresión a los destinatarios a quienes se hayan cedido los datos (artículo 19 del RGPD).

        En caso de que alguno de los datos deba conservarse por imperativo legal, ruego se me indique cuáles y durante cuánto tiempo, quedando en todo caso bloqueados.

        Conforme al artículo 12.3 del RGPD, deberán responder en el plazo de un mes desde la recepción de esta solicitud. En caso contrario, presentaré una reclamación ante la autoridad de control.

        Atentamente,

        Javier Moreno Castillo
        """)
    add("es-erasure-objection-consent-outlook",
        outlook_only(PAINO, "Javier Moreno", "javier.moreno.c@telefonica.test",
                     "Derecho de supresión y oposición - RGPD", when(2025, 3, 4, 17, 36, 2, 2), body, lang="ES"),
        category="request", kinds=["erasure", "objection"], language="es", requester_email="javier.moreno.c@telefonica.test",
        requester_name="Javier Moreno Castillo",
        notes="Spanish PRIMERO/SEGUNDO/TERCERO letter: consent withdrawal, marketing objection and supresión; Outlook HTML-only cp1252.")

    # --- Italian: cancellazione + revoca consenso, plain 8bit
    body = T("""
        Spett.le Lumivalo Ohjelmistot Oy
        Espoo (Finlandia)

        Torino, 15 aprile 2025

        Oggetto: richiesta di cancellazione dei dati personali ai sensi dell'art. 17 del Regolamento (UE) 2016/679

        Il sottoscritto Luca Ferraris, titolare dell'account luca.ferraris@libero.test presso il Vostro servizio di fatturazione online, disdetto a febbraio 2025,

        - revoca, ai sensi dell'art. 7, par. 3, GDPR, ogni consenso eventualmente prestato al trattamento dei propri dati personali;
        - chiede, ai sensi dell'art. 17 GDPR, la cancellazione senza ingiustificato ritardo di tutti i dati personali che lo riguardano, ivi compresi i dati di accesso, i log e le copie di backup non soggette a obblighi di conservazione;
        - chiede di ricevere conferma dell'avvenuta cancellazione e l'indicazione degli eventuali dati conservati per obblighi di legge, con la relativa base giuridica e la durata della conservazione.

        Si ricorda che il titolare deve fornire riscontro entro un mese dal ricevimento della richiesta (art. 12, par. 3, GDPR). In mancanza, il sottoscritto si riserva di proporre reclamo all'autorità di controllo competente.

        Distinti saluti

        Luca Ferraris
        """)
    add("it-erasure-revoca-consenso",
        simple(LUMI, "Luca Ferraris", "luca.ferraris@libero.test", "Richiesta di cancellazione dati (art. 17 GDPR)",
               when(2025, 4, 15, 11, 51, 30, 2), body, extra=(TB,)),
        category="request", kinds=["erasure"], language="it", requester_email="luca.ferraris@libero.test",
        requester_name="Luca Ferraris",
        notes="Italian 'Il sottoscritto' erasure letter with consent withdrawal and a request for confirmation (not an access request); plain UTF-8 8bit.")

    # --- Portuguese: apagamento + oposição marketing, PDF attachment
    letter = T("""
        Exmos. Senhores
        Saariston Painotalo Oy
        Parainen, Finlândia

        Porto, 9 de junho de 2025

        Assunto: Pedido de apagamento de dados pessoais e oposição ao marketing direto

        Eu, Mariana Lopes Carvalho, titular do endereço de correio eletrónico mariana.carvalho@clix.test, venho pelo presente:

        1. Ao abrigo do artigo 21.º, n.º 2, do Regulamento (UE) 2016/679 (RGPD), opor-me ao tratamento dos meus dados pessoais para efeitos de comercialização direta, incluindo o envio de newsletters e campanhas promocionais;
        2. Ao abrigo do artigo 17.º do RGPD, solicitar o apagamento de todos os dados pessoais que me digam respeito, uma vez que deixaram de ser necessários para a finalidade que motivou a sua recolha;
        3. Solicitar que comuniquem o apagamento a quaisquer destinatários a quem os dados tenham sido transmitidos (artigo 19.º do RGPD).

        Nos termos do artigo 12.º, n.º 3, do RGPD, aguardo resposta no prazo máximo de um mês a contar da receção deste pedido. Na ausência de resposta, apresentarei reclamação junto da Comissão Nacional de Proteção de Dados.

        Com os melhores cumprimentos,

        Mariana Lopes Carvalho
        """)
    add("pt-erasure-objection-pdf",
        with_pdf(PAINO, "Mariana Carvalho", "mariana.carvalho@clix.test", "Pedido RGPD",
                 when(2025, 6, 9, 9, 2, 17, 1), "Bom dia, segue em anexo o meu pedido ao abrigo do RGPD.\n\n--\nMariana Lopes Carvalho\n",
                 make_pdf(letter, "Pedido de apagamento e oposição"), "pedido_apagamento_RGPD.pdf",
                 html_too=True, extra=(OUTLOOK_MAC,)),
        category="request", kinds=["erasure", "objection"], language="pt", requester_email="mariana.carvalho@clix.test",
        requester_name="Mariana Lopes Carvalho",
        notes="Portuguese erasure + direct-marketing objection only inside a PDF; one-line body says only 'pedido ao abrigo do RGPD'.")

    # --- Romanian: job applicant, PDF (Type0: ș ț)
    letter = T("""
        Către: Kuusiston Kuljetus Oy, Finlanda

        CERERE DE ȘTERGERE A DATELOR CU CARACTER PERSONAL
        (art. 17 din Regulamentul (UE) 2016/679)

        Subsemnata Elena-Roxana Stoica, cu domiciliul în Iași, str. Lăpușneanu nr. 14, bl. B2, ap. 9, am aplicat în ianuarie 2025, prin intermediul unei agenții de recrutare, pentru postul de dispecer transport.

        Întrucât nu mai doresc să particip la procesul de recrutare, vă solicit, în temeiul art. 17 alin. (1) lit. a) și b) din Regulament:

        1. ștergerea tuturor datelor mele cu caracter personal (CV, copie după permisul de conducere, scrisoare de intenție, notițe din interviu);
        2. informarea agenției de recrutare care v-a transmis datele despre această ștergere;
        3. confirmarea în scris a ștergerii.

        Vă rog să răspundeți în termenul de o lună prevăzut de art. 12 alin. (3) din Regulament.

        Data: 30.01.2025
        Semnătura: Elena-Roxana Stoica
        """)
    add("ro-erasure-applicant-pdf-type0",
        with_pdf(KULJ, "Roxana Stoica", "roxana.stoica@gmail.test", "Cerere stergere date",
                 when(2025, 1, 30, 20, 45, 0, 2), "Buna seara, va trimit atasat cererea mea. Multumesc!\nElena-Roxana Stoica\n",
                 make_pdf(letter, "Cerere stergere date"), "Cerere_stergere_date_Stoica.pdf", extra=(GMAIL_UA,)),
        category="request", kinds=["erasure"], language="ro", requester_email="roxana.stoica@gmail.test",
        requester_name="Elena-Roxana Stoica",
        notes="Romanian erasure letter only in a PDF with a Type0 font (ș, ț); body is one diacritic-less sentence.")

    # --- Polish: usunięcie + cofnięcie zgody + sprzeciw
    body = T("""
        Lumivalo Ohjelmistot Oy
        Espoo, Finlandia

        Wrocław, 11 marca 2025 r.

        Dotyczy: żądanie usunięcia danych osobowych, cofnięcie zgody i sprzeciw wobec marketingu

        Szanowni Państwo,

        działając na podstawie rozporządzenia (UE) 2016/679 (RODO), niniejszym:

        1. cofam wszystkie udzielone Państwu zgody na przetwarzanie moich danych osobowych, w tym zgodę na otrzymywanie informacji handlowych drogą elektroniczną (art. 7 ust. 3 RODO);
        2. wnoszę sprzeciw wobec przetwarzania moich danych osobowych na potrzeby marketingu bezpośredniego (art. 21 ust. 2 RODO);
        3. żądam niezwłocznego usunięcia wszystkich moich danych osobowych (art. 17 ust. 1 RODO).

        Proszę o potwierdzenie wykonania powyższych żądań w terminie miesiąca od otrzymania niniejszego pisma (art. 12 ust. 3 RODO). W razie braku odpowiedzi złożę skargę do Prezesa Urzędu Ochrony Danych Osobowych.

        Adres e-mail, którego dotyczy żądanie: agnieszka.kaminska@onet.test

        Z poważaniem
        Agnieszka Kamińska
        """)
    add("pl-erasure-consent-sprzeciw-qp",
        alternative(LUMI, "Agnieszka Kamińska", "agnieszka.kaminska@onet.test",
                    "Żądanie usunięcia danych (art. 17 RODO)", when(2025, 3, 11, 13, 24, 45, 2), body,
                    charset="iso-8859-2"),
        category="request", kinds=["erasure", "objection"], language="pl", requester_email="agnieszka.kaminska@onet.test",
        requester_name="Agnieszka Kamińska",
        notes="Polish erasure + consent withdrawal + Art. 21(2) sprzeciw in one numbered list; multipart/alternative ISO-8859-2 QP.")

    # --- German lawyer: Löschung + Widerruf + Werbewiderspruch for a client
    body = T("""
        Sehr geehrte Damen und Herren,

        wir zeigen an, dass wir die rechtlichen Interessen von Frau Sabine Keller, Lindenstraße 12, 50674 Köln, vertreten. Eine auf uns lautende Vollmacht wird anwaltlich versichert und kann auf Wunsch vorgelegt werden.

        Unsere Mandantin hat im Sommer 2024 bei Ihnen einen Rüttelstampfer gemietet (Mietvertrag OUL-24-1177) und erhält seither regelmäßig Werbe-E-Mails Ihres Unternehmens. Namens und in Vollmacht unserer Mandantin

        1. widerrufen wir sämtliche erteilten Einwilligungen in die Verarbeitung ihrer personenbezogenen Daten mit Wirkung für die Zukunft (Art. 7 Abs. 3 DSGVO);
        2. widersprechen wir der Verarbeitung ihrer Daten zu Zwecken der Direktwerbung (Art. 21 Abs. 2 und 3 DSGVO);
        3. fordern wir Sie auf, sämtliche personenbezogenen Daten unserer Mandantin unverzüglich zu löschen (Art. 17 Abs. 1 lit. b und c DSGVO), soweit keine gesetzlichen Aufbewahrungspflichten entgegenstehen; in diesem Fall bitten wir um Mitteilung, welche Daten aus welchem Grund und wie lange aufbewahrt werden.

        Für die Bestätigung der Löschung haben wir uns eine Frist bis zum 14.05.2025 notiert (Art. 12 Abs. 3 DSGVO). Nach fruchtlosem Fristablauf werden wir unserer Mandantin empfehlen, Beschwerde bei der zuständigen Aufsichtsbehörde einzulegen und weitere rechtliche Schritte zu prüfen.

        Bitte richten Sie Ihre Antwort ausschließlich an unsere Kanzlei.

        Mit freundlichen Grüßen

        Dr. Thomas Brenner
        Rechtsanwalt

        Brenner & Wolff Rechtsanwälte PartG mbB
        Hohenzollernring 54, 50672 Köln
        Tel. +49 221 9987 4410
        brenner@brenner-wolff.example.com
        """)
    add("de-erasure-objection-lawyer-for-client",
        alternative(LAITE, "Dr. Thomas Brenner", "brenner@brenner-wolff.example.com",
                    "Ihre Kundin Sabine Keller - Widerruf, Widerspruch und Löschung nach DSGVO",
                    when(2025, 4, 14, 15, 12, 9, 2), body, html_body=outlook_html(body, "utf-8", "DE"),
                    extra=(OUTLOOK,)),
        category="request", kinds=["erasure", "objection"], language="de",
        requester_email="brenner@brenner-wolff.example.com", requester_name="Sabine Keller", phone="+4922199874410",
        notes="German law firm acting for a client: withdrawal, Art. 21(2) objection and erasure; name is the client, address and phone are the lawyer's.")

    # --- French: effacement + opposition prospection, through generator (noreply, Reply-To)
    body = T("""
        Lumivalo Ohjelmistot Oy
        Service en charge de la protection des données
        Espoo, Finlande

        Nantes, le 26 février 2025

        Objet : demande d'effacement de mes données et opposition à la prospection commerciale

        Madame, Monsieur,

        Je vous demande, sur le fondement de l'article 17 du règlement général sur la protection des données (RGPD), d'effacer l'ensemble des données à caractère personnel me concernant que vous détenez.

        Je m'oppose par ailleurs, en application de l'article 21.2 du RGPD, à tout traitement de mes données à des fins de prospection commerciale, et je retire le consentement que j'aurais pu donner à la réception de vos lettres d'information.

        Je vous remercie de bien vouloir me confirmer l'effacement de mes données dans les meilleurs délais et, au plus tard, dans un délai d'un mois à compter de la réception de ce courrier (article 12.3 du RGPD). À défaut, je saisirai la CNIL.

        Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

        Thomas Lefèvre
        thomas.lefevre@free.test

        ---
        Courrier généré par le service « Mes données, mes droits ». Pour répondre au demandeur, utilisez simplement la fonction Répondre.
        """)
    add("fr-erasure-objection-generator-relay",
        simple(LUMI, "Thomas Lefèvre (via Mes données, mes droits)", "ne-pas-repondre@mesdonnees.example.org",
               "Demande d'effacement de données (article 17 RGPD)", when(2025, 2, 26, 7, 30, 0, 1), body,
               cte="quoted-printable", reply_to="thomas.lefevre@free.test",
               extra=("X-Mailer: mesdonnees-mailer/3.1",)),
        category="request", kinds=["erasure", "objection"], language="fr", requester_email="thomas.lefevre@free.test",
        requester_name="Thomas Lefèvre",
        notes="French effacement + opposition letter relayed by a generator from ne-pas-repondre@ with Reply-To; footer sounds automated.")

    # --- Dutch: verwijdering only, compressed PDF, near-empty body
    letter = T("""
        Kivi & Kangas Design Oy
        Helsinki, Finland

        Amsterdam, 2 juni 2025

        Betreft: verzoek tot verwijdering van persoonsgegevens (artikel 17 AVG)

        Geachte heer, mevrouw,

        Op grond van artikel 17 van de Algemene Verordening Gegevensbescherming verzoek ik u alle persoonsgegevens die u over mij verwerkt te wissen. Ik heb in 2023 deelgenomen aan een gebruikersonderzoek dat u uitvoerde voor een opdrachtgever; de opnames en vragenlijsten van dat onderzoek zijn voor zover ik weet niet langer nodig.

        Concreet verzoek ik u:
        1. de video- en geluidsopnames van mijn interview te verwijderen;
        2. mijn ingevulde vragenlijsten en contactgegevens te verwijderen;
        3. eventuele ontvangers, zoals de opdrachtgever, van het verzoek op de hoogte te stellen.

        Ik ontvang graag binnen één maand na ontvangst van dit verzoek een bevestiging (artikel 12, lid 3 AVG).

        Met vriendelijke groet,

        Daan Bakker
        daan.bakker@xs4all.test
        """)
    add("nl-erasure-pdf-flate",
        with_pdf(KIVI, "Daan Bakker", "daan.bakker@xs4all.test", "verzoek AVG",
                 when(2025, 6, 2, 14, 55, 41, 2), "Zie bijlage.\n",
                 make_pdf(letter, "Verzoek verwijdering", compress=True), "verzoek-verwijdering-AVG.pdf"),
        category="request", kinds=["erasure"], language="nl", requester_email="daan.bakker@xs4all.test",
        requester_name="Daan Bakker",
        notes="Dutch erasure letter in a Flate-compressed PDF; body is only 'Zie bijlage.'")

    # --- Swedish from Sweden: radering + återkallat samtycke, personnummer trap, +46 phone
    body = T("""
        Saariston Painotalo Oy
        Pargas, Finland

        Göteborg den 17 mars 2025

        Begäran om radering av personuppgifter enligt artikel 17 i dataskyddsförordningen

        Hej,

        Jag återkallar härmed mitt samtycke till att ni behandlar mina personuppgifter och begär, med stöd av artikel 17.1 b i EU:s dataskyddsförordning (GDPR), att ni raderar samtliga personuppgifter om mig som ni behandlar. Det gäller bland annat mitt kundkonto i er webbutik, mina sparade fotoböcker och bilder samt orderhistoriken, i den mån ni inte är skyldiga att spara den enligt bokföringslagen.

        Om ni har lämnat ut mina uppgifter till någon annan ber jag er underrätta mottagarna om raderingen i enlighet med artikel 19.

        Enligt artikel 12.3 ska ni lämna besked om de åtgärder som vidtagits utan onödigt dröjsmål och senast inom en månad. Får jag inget svar kommer jag att vända mig till Integritetsskyddsmyndigheten (IMY).

        För identifiering:
        Namn: Elin Sjöberg
        Personnummer: 19860412-3284
        Telefon: 070-318 44 92
        Kundnummer: 40217

        Med vänliga hälsningar
        Elin Sjöberg
        """)
    add("sv-se-erasure-personnummer",
        simple(PAINO, "Elin Sjöberg", "elin.sjoberg@telia.test", "Begäran om radering (GDPR art. 17)",
               when(2025, 3, 17, 19, 2, 6, 1), body, charset="iso-8859-1", cte="quoted-printable", extra=(IPHONE,)),
        category="request", kinds=["erasure"], language="sv", requester_email="elin.sjoberg@telia.test",
        requester_name="Elin Sjöberg", phone="+46703184492",
        notes="Sweden-Swedish erasure with consent withdrawal; Swedish personnummer (not a hetu) and Swedish mobile; customer number as a number trap.")


# ---------------------------------------------------------------------------
# Art. 16, 18, 21, 20 letters
# ---------------------------------------------------------------------------
H_NOWAK = new_hetu("250392", "-", "468")


def build_other_rights():
    # --- Polish rectification: married name + address, hetu
    body = T("""
        Kuusiston Kuljetus Oy
        Dział kadr
        Finlandia

        Tampere, 8 stycznia 2025 r.

        WNIOSEK O SPROSTOWANIE DANYCH OSOBOWYCH
        (art. 16 RODO)

        Szanowni Państwo,

        na podstawie art. 16 rozporządzenia (UE) 2016/679 wnoszę o niezwłoczne sprostowanie moich danych osobowych przetwarzanych przez Państwa w związku z zatrudnieniem. Obecnie w Państwa systemach figurują dane nieaktualne:

        1. nazwisko: jest "Nowak", powinno być "Nowak-Zielińska" (zmiana nazwiska po zawarciu związku małżeńskiego, odpis aktu małżeństwa w załączeniu na żądanie);
        2. adres zamieszkania: jest "Satakunnankatu 5 A 3, 33100 Tampere", powinno być "Pispalan valtatie 41 C 18, 33250 Tampere";
        3. numer rachunku bankowego do wypłaty wynagrodzenia: proszę o kontakt w celu bezpiecznego przekazania nowego numeru.

        Proszę o potwierdzenie dokonania sprostowania w terminie miesiąca od otrzymania wniosku (art. 12 ust. 3 RODO).

        Numer identyfikacyjny (fiński): {hetu}
        Telefon: 041 733 2055

        Z poważaniem
        Magdalena Nowak-Zielińska
        """).replace("{hetu}", H_NOWAK)
    add("pl-rectification-married-name-hetu",
        simple(KULJ, "Magdalena Nowak", "magda.nowak@interia.test", "Wniosek o sprostowanie danych - art. 16 RODO",
               when(2025, 1, 8, 16, 40, 3, 2), body, charset="utf-8", cte="quoted-printable"),
        category="request", kinds=["rectification"], language="pl", requester_email="magda.nowak@interia.test",
        requester_name="Magdalena Nowak-Zielińska", phone="+358417332055", hetu=H_NOWAK,
        notes="Polish Art. 16 rectification (name after marriage, address) from an employee living in Finland; display name still the old surname; hetu and Finnish phone.")

    # --- Spanish rectification, webmail HTML list
    body = T("""
        Lumivalo Ohjelmistot Oy
        Espoo (Finlandia)

        Madrid, 22 de mayo de 2025

        ASUNTO: Ejercicio del derecho de rectificación (artículo 16 del RGPD)

        Muy señores míos:

        Soy usuaria de su aplicación de facturación desde 2023 como trabajadora autónoma. He comprobado que en mi perfil y en las facturas que genera su sistema constan datos inexactos, por lo que, al amparo del artículo 16 del Reglamento (UE) 2016/679, les solicito la rectificación de los siguientes datos:

        1. Nombre: figura "Maria Jose Gomez"; el correcto es "María José Gómez Ruiz".
        2. Domicilio fiscal: figura "C/ Alcalá 120"; el correcto es "C/ Alcalá 210, 4.º izq., 28009 Madrid".
        3. Correo electrónico de contacto: debe sustituirse el antiguo mjgomez@hotmail.test por el actual, desde el que les escribo.

        Les ruego que me confirmen la rectificación en el plazo de un mes previsto en el artículo 12.3 del RGPD y que la comuniquen, en su caso, a los destinatarios a los que se hayan cedido los datos.

        Un saludo,
        María José Gómez Ruiz
        """)
    add("es-rectification-webmail-html",
        alternative(LUMI, "María José Gómez", "mariajose.gomez@correo.test", "Derecho de rectificación - art. 16 RGPD",
                    when(2025, 5, 22, 10, 16, 0, 2), body, html_body=list_html(body), extra=(GMAIL_UA,)),
        category="request", kinds=["rectification"], language="es", requester_email="mariajose.gomez@correo.test",
        requester_name="María José Gómez Ruiz",
        notes="Spanish rectification with wrong/correct pairs, one of them an old e-mail address that is not the reply address; HTML <ol>.")

    # --- Romanian rectification: diacritics in name, payroll certificate
    body = T("""
        Către Kuusiston Kuljetus Oy

        Subiect: cerere de rectificare a datelor cu caracter personal (art. 16 GDPR)

        Bună ziua,

        Subsemnatul Ionuț Ștefănescu, angajat al dumneavoastră ca șofer din aprilie 2024, vă rog să rectificați următoarele date inexacte care apar în fluturașii de salariu și în adeverința de venit emisă în martie 2025:

        1. numele meu este scris "Ionut Stefanescu"; forma corectă, conform actului de identitate, este "Ionuț Ștefănescu";
        2. data nașterii apare ca 03.07.1991, iar cea corectă este 07.03.1991.

        Adeverința îmi trebuie pentru un dosar de credit în România, așa că vă rog să emiteți și un document corectat. Conform art. 12 alin. (3) din Regulament, aveți la dispoziție cel mult o lună.

        Mulțumesc,
        Ionuț Ștefănescu
        tel. 044 581 6620
        """)
    add("ro-rectification-diacritics-name",
        simple(KULJ, "Ionut Stefanescu", "ionut.stefanescu@yahoo.test", "Cerere rectificare date (art. 16 GDPR)",
               when(2025, 3, 26, 6, 12, 50, 2), body, cte="8bit", extra=("X-Mailer: YahooMailAndroidMobile",)),
        category="request", kinds=["rectification"], language="ro", requester_email="ionut.stefanescu@yahoo.test",
        requester_name="Ionuț Ștefănescu", phone="+358445816620",
        notes="Romanian rectification of a name lacking diacritics and a swapped birth date; display name itself is the uncorrected spelling.")

    # --- Slovak rectification + restriction pending verification
    body = T("""
        Pohjolan Laitevuokraus Oy
        Oulu, Fínsko

        Košice, 13. 5. 2025

        Vec: Žiadosť o opravu osobných údajov a o obmedzenie spracúvania

        Vážení,

        v januári 2025 som si u Vás prenajal vysokozdvižnú plošinu (zmluva OUL-25-0042). Vo Vašom systéme je zrejme chybne uvedené, že som zariadenie vrátil poškodené a s omeškaním, a tento záznam ste zaslali aj mojej poisťovni.

        Podľa článku 16 všeobecného nariadenia o ochrane údajov žiadam o opravu týchto nesprávnych údajov: zariadenie som vrátil 24. 1. 2025 v dohodnutom termíne a bez poškodenia, čo potvrdzuje preberací protokol podpísaný Vaším zamestnancom.

        Zároveň podľa článku 18 ods. 1 písm. a) nariadenia žiadam, aby ste obmedzili spracúvanie uvedeného záznamu o poškodení a meškaní na obdobie, kým overíte správnosť údajov, a aby ste ho dovtedy nikomu ďalej neposkytovali.

        O vybavení žiadosti ma prosím informujte do jedného mesiaca (čl. 12 ods. 3 nariadenia).

        S pozdravom
        Tomáš Hudák
        tel. +358 50 446 1290
        """)
    add("sk-rectification-restriction-contested",
        simple(LAITE, "Tomáš Hudák", "tomas.hudak@post.test", "Oprava údajov a obmedzenie spracúvania",
               when(2025, 5, 13, 9, 33, 21, 2), body, charset="iso-8859-2", cte="quoted-printable"),
        category="request", kinds=["rectification", "restriction"], language="sk", requester_email="tomas.hudak@post.test",
        requester_name="Tomáš Hudák", phone="+358504461290",
        notes="Slovak Art. 16 + Art. 18(1)(a) combination about a disputed damage record; ISO-8859-2 QP.")

    # --- French restriction: keep data for a legal claim, do not delete
    body = T("""
        Madame, Monsieur,

        Par courrier du 3 avril 2025, vous m'avez informé que mon compte client serait clôturé et que « toutes les données associées seront supprimées sous 30 jours ».

        Or je conteste actuellement devant le tribunal judiciaire de Bordeaux la facturation de frais de nettoyage et de réparation d'une mini-pelle louée en février 2025 (contrat OUL-25-0188). Les photos de l'état des lieux, les relevés d'heures et les échanges de courriels relatifs à cette location me sont nécessaires pour la constatation, l'exercice et la défense de mes droits en justice.

        En conséquence, sur le fondement de l'article 18, paragraphe 1, point c), du RGPD, je vous demande de limiter le traitement de ces données : ne les supprimez pas, mais ne les utilisez plus à aucune autre fin que leur conservation jusqu'à l'issue de la procédure.

        Merci de me confirmer la mise en œuvre de cette limitation dans un délai d'un mois (article 12.3 du RGPD).

        Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

        Olivier Garnier
        27 cours de l'Intendance, 33000 Bordeaux
        """)
    add("fr-restriction-do-not-delete-claim",
        simple(LAITE, "Olivier Garnier", "olivier.garnier@laposte.test",
               "Demande de limitation du traitement (art. 18 RGPD) - contrat OUL-25-0188", when(2025, 4, 10, 11, 2, 0, 2),
               body, charset="iso-8859-15", cte="quoted-printable", extra=(TB,)),
        category="request", kinds=["restriction"], language="fr", requester_email="olivier.garnier@laposte.test",
        requester_name="Olivier Garnier",
        notes="French Art. 18(1)(c) restriction: asks the company NOT to delete ('supprimées' appears) but to keep data for a court case; ISO-8859-15.")

    # --- Danish restriction while objection is assessed, plus objection (Art. 18(1)(d))
    body = T("""
        Til Lumivalo Ohjelmistot Oy

        Emne: Begæring om begrænsning af behandling, jf. databeskyttelsesforordningens artikel 18

        Jeg har den 2. juni 2025 gjort indsigelse mod, at min tidligere arbejdsgiver og I som databehandler/dataansvarlig bruger mine registrerede arbejdstider til at udarbejde produktivitetsrapporter om mig.

        Indtil det er afklaret, om jeres legitime interesser går forud for mine, beder jeg om, at behandlingen af mine tidsregistreringer til dette formål begrænses, jf. artikel 18, stk. 1, litra d. Oplysningerne må gerne opbevares, men de må ikke bruges til rapporter eller videregives.

        Jeg forventer svar senest en måned efter modtagelsen, jf. artikel 12, stk. 3.

        Venlig hilsen
        Freja Lindqvist Madsen
        Tlf. 31 22 07 58
        """)
    add("da-restriction-pending-objection",
        alternative(LUMI, "Freja Madsen", "freja.madsen@mail.test", "Begrænsning af behandling - artikel 18",
                    when(2025, 6, 4, 8, 15, 3, 2), body, charset="iso-8859-1", extra=(APPLE,)),
        category="request", kinds=["restriction"], language="da", requester_email="freja.madsen@mail.test",
        requester_name="Freja Lindqvist Madsen", phone="+4531220758",
        notes="Danish Art. 18(1)(d) restriction referring to an objection made earlier elsewhere (only restriction is asked here); controller/processor confusion.")

    # --- Greek objection to profiling (Art. 21(1)), Outlook HTML ISO-8859-7
    body = T("""
        Προς: Lumivalo Ohjelmistot Oy
        Εσπού, Φινλανδία

        Πάτρα, 12 Φεβρουαρίου 2025

        Θέμα: Εναντίωση στην επεξεργασία δεδομένων (άρθρο 21 παρ. 1 ΓΚΠΔ)

        Αξιότιμοι κύριοι,

        Χρησιμοποιώ την εφαρμογή σας για την τιμολόγηση της ατομικής μου επιχείρησης. Σύμφωνα με τη δήλωση απορρήτου σας, αναλύετε τα δεδομένα χρήσης των πελατών σας για την «κατάρτιση προφίλ πελάτη και την εξατομίκευση προσφορών», με νομική βάση το έννομο συμφέρον σας.

        Με την παρούσα ασκώ το δικαίωμα εναντίωσης του άρθρου 21 παράγραφος 1 του ΓΚΠΔ, για λόγους που σχετίζονται με την ιδιαίτερη κατάστασή μου, και σας ζητώ να παύσετε κάθε επεξεργασία των δεδομένων μου για κατάρτιση προφίλ και στατιστική ανάλυση συμπεριφοράς. Δεν ζητώ διαγραφή του λογαριασμού μου· η παροχή της υπηρεσίας πρέπει να συνεχιστεί κανονικά.

        Παρακαλώ να με ενημερώσετε για τις ενέργειές σας εντός ενός μηνός, σύμφωνα με το άρθρο 12 παράγραφος 3.

        Με εκτίμηση,
        Δημήτρης Καραγιάννης
        """)
    add("el-objection-profiling-not-erasure",
        outlook_only(LUMI, "Δημήτρης Καραγιάννης", "d.karagiannis@hol.test", "Εναντίωση στην επεξεργασία - άρθρο 21 ΓΚΠΔ",
                     when(2025, 2, 12, 13, 0, 38, 2), body, charset="iso-8859-7", lang="EL"),
        category="request", kinds=["objection"], language="el", requester_email="d.karagiannis@hol.test",
        requester_name="Δημήτρης Καραγιάννης",
        notes="Greek Art. 21(1) objection to profiling that says explicitly it is NOT an erasure request; Outlook HTML ISO-8859-7.")

    # --- Croatian objection to direct marketing
    body = T("""
        Poštovani,

        na temelju članka 21. stavka 2. Opće uredbe o zaštiti podataka (EU) 2016/679 ulažem prigovor na obradu mojih osobnih podataka u svrhu izravnog marketinga.

        Od Vaše tvrtke primam promotivne e-poruke (posljednja 3. ožujka 2025., "Proljetna akcija izrade web-stranica"), iako se ne sjećam da sam na to pristala. Molim Vas da:
        1. odmah prestanete slati marketinške poruke na adresu marija.babic@net.test;
        2. moje podatke više ne koristite za izravni marketing ni za izradu profila povezanu s marketingom.

        Molim potvrdu u roku od mjesec dana.

        Lijep pozdrav,
        Marija Babić
        Split
        """)
    add("hr-objection-marketing",
        simple(KIVI, "Marija Babić", "marija.babic@net.test", "Prigovor na izravni marketing - čl. 21 GDPR",
               when(2025, 3, 6, 19, 48, 2, 2), body, charset="utf-8", cte="quoted-printable", extra=(IPHONE,)),
        category="request", kinds=["objection"], language="hr", requester_email="marija.babic@net.test",
        requester_name="Marija Babić",
        notes="Croatian Art. 21(2) marketing objection (prigovor), short; iPhone mail.")

    # --- Italian objection: opposizione al marketing, one-line body + PDF
    letter = T("""
        Spett.le Saariston Painotalo Oy
        Parainen (Finlandia)

        Bologna, 2 maggio 2025

        Oggetto: Opposizione al trattamento dei dati personali per finalità di marketing (art. 21, par. 2 e 3, Reg. UE 2016/679)

        La sottoscritta Chiara Ricci, cliente del Vostro negozio online dal 2022,

        PREMESSO

        che riceve periodicamente, all'indirizzo chiara.ricci@tiscali.test, comunicazioni promozionali e offerte personalizzate da parte della Vostra società;

        SI OPPONE

        ai sensi dell'art. 21, par. 2, del Regolamento (UE) 2016/679, al trattamento dei propri dati personali per finalità di marketing diretto, compresa la profilazione connessa, e chiede che i dati non siano più trattati per tali finalità (art. 21, par. 3).

        Resta inteso che il presente atto non riguarda i dati necessari alla gestione degli ordini in corso.

        Si attende riscontro entro un mese dal ricevimento (art. 12, par. 3, GDPR).

        Chiara Ricci
        """)
    add("it-objection-marketing-pdf",
        with_pdf(PAINO, "Chiara Ricci", "chiara.ricci@tiscali.test", "Opposizione art. 21 GDPR",
                 when(2025, 5, 2, 12, 20, 11, 2), "In allegato la mia opposizione al trattamento per finalità di marketing.\n",
                 make_pdf(letter, "Opposizione marketing"), "opposizione_art21.pdf", extra=(TB,)),
        category="request", kinds=["objection"], language="it", requester_email="chiara.ricci@tiscali.test",
        requester_name="Chiara Ricci",
        notes="Italian PREMESSO / SI OPPONE marketing objection inside a PDF; body one line that already names the objection.")

    # --- Portuguese portability to another provider
    body = T("""
        Exmos. Senhores
        Lumivalo Ohjelmistot Oy
        Espoo, Finlândia

        Coimbra, 7 de abril de 2025

        Assunto: Exercício do direito de portabilidade dos dados (artigo 20.º do RGPD)

        Sou cliente da vossa plataforma de gestão de horários desde 2021, com a conta associada a este endereço de correio eletrónico. Vou mudar de fornecedor no final do mês e, ao abrigo do artigo 20.º do Regulamento (UE) 2016/679, solicito:

        1. que me sejam entregues os dados pessoais que vos forneci (perfil, registos de horas, projetos e notas) num formato estruturado, de uso corrente e de leitura automática, por exemplo CSV ou JSON;
        2. sempre que tecnicamente possível, que esses dados sejam transmitidos diretamente ao novo responsável pelo tratamento, a empresa TempoCerto, Lda. (dados@tempocerto.example.com).

        Agradeço resposta no prazo de um mês, nos termos do artigo 12.º, n.º 3, do RGPD.

        Com os melhores cumprimentos,
        Ana Beatriz Fonseca
        """)
    add("pt-portability-direct-transfer",
        alternative(LUMI, "Ana Fonseca", "ana.fonseca@sapo.test", "Portabilidade dos dados - artigo 20.º RGPD",
                    when(2025, 4, 7, 15, 44, 10, 1), body, extra=(OUTLOOK_WEB,)),
        category="request", kinds=["portability"], language="pt", requester_email="ana.fonseca@sapo.test",
        requester_name="Ana Beatriz Fonseca",
        notes="Portuguese Art. 20 portability with direct transfer to a named new controller whose e-mail appears in the text.")

    # --- Dutch portability, from company-looking address (sole trader)
    body = T("""
        Geachte heer, mevrouw,

        Als zzp'er gebruik ik sinds 2022 uw urenregistratie-app. Op grond van artikel 20 van de AVG (recht op overdraagbaarheid van gegevens) verzoek ik u mij de persoonsgegevens die ik aan u heb verstrekt te leveren in een gestructureerde, gangbare en machineleesbare vorm. Het gaat om:

        1. mijn profielgegevens;
        2. alle urenregistraties en projectnotities vanaf 1 januari 2022;
        3. de door mij aangemaakte klantcontacten.

        Een export als JSON of CSV volstaat. Ik ontvang de bestanden graag binnen de termijn van één maand uit artikel 12, lid 3 AVG.

        Met vriendelijke groet,

        Bram Visser
        Visser Interieurbouw (eenmanszaak)
        bram@visserinterieur.example.com
        """)
    add("nl-portability-zzp-json",
        simple(LUMI, "Visser Interieurbouw", "bram@visserinterieur.example.com",
               "Verzoek overdraagbaarheid gegevens (art. 20 AVG)", when(2025, 1, 20, 20, 5, 31, 2), body,
               cte="quoted-printable", extra=(OUTLOOK,)),
        category="request", kinds=["portability"], language="nl", requester_email="bram@visserinterieur.example.com",
        requester_name="Bram Visser",
        notes="Dutch portability from a sole trader; display name is the business, the signer is the person.")

    # --- German: portability + erasure after export, via web form noreply with e-mail in body
    body = T("""
        New message from the contact form on lumivalo.example.fi

        Name: Katharina Vogt
        Email: k.vogt@posteo.test
        Subject: Datenübertragbarkeit und anschließende Löschung

        Message:
        Sehr geehrte Damen und Herren,

        gemäß Art. 20 DSGVO bitte ich um Herausgabe aller von mir bereitgestellten personenbezogenen Daten (Kontodaten, Zeiterfassungen, Projekte) in einem strukturierten, gängigen und maschinenlesbaren Format (CSV oder JSON).

        Nach Erhalt und Prüfung des Exports bitte ich gemäß Art. 17 DSGVO um vollständige Löschung meines Kontos und aller zugehörigen Daten.

        Die Frist nach Art. 12 Abs. 3 DSGVO (ein Monat) ist mir bekannt.

        Mit freundlichen Grüßen
        Katharina Vogt

        --
        Sent on 28.05.2025 at 14:03 | IP: 198.51.100.77
        """)
    add("de-portability-erasure-webform",
        simple(LUMI, "WordPress", "wordpress@lumivalo.example.fi", "Contact form: Datenübertragbarkeit und anschließende Löschung",
               when(2025, 5, 28, 14, 3, 12), body, cte="quoted-printable", extra=("X-Mailer: PHPMailer 6.9.1",)),
        category="request", kinds=["erasure", "portability"], language="de", requester_email="k.vogt@posteo.test",
        requester_name="Katharina Vogt",
        notes="German Art. 20 export then Art. 17 deletion via the company's own web form (wordpress@, no Reply-To, English form frame); address only in the form body.")


# ---------------------------------------------------------------------------
# look-alike negatives
# ---------------------------------------------------------------------------
BID_PARTNER = new_ytunnus("3187743")


def build_negatives():
    # --- partner sends a privacy-notice excerpt for review (other, en)
    body = T("""
        Hi Kivi & Kangas team,

        As agreed in Tuesday's call, below is the "Your rights" section we drafted for the Pihlaja Dental client site. Could one of you check that it matches what the CMS actually does (especially the self-service export) before we send it to the client on Friday? Comments inline are fine.

        ---------- excerpt ----------
        7. Your rights

        You have the right to request access to the personal data we hold about you and to receive a copy of it (Article 15 GDPR). You may ask us to rectify inaccurate data (Article 16), to erase your data (Article 17) or to restrict its processing (Article 18). Where processing is based on our legitimate interests, you have the right to object (Article 21), and you may object at any time to direct marketing. You also have the right to receive the data you have provided to us in a machine-readable format (Article 20).

        To exercise your rights, e-mail privacy@pihlajadental.example.fi. We will reply without undue delay and at the latest within one month of receiving your request. If you consider that we process your data unlawfully, you may lodge a complaint with the Data Protection Ombudsman (www.tietosuoja.fi).
        ---------- end of excerpt ----------

        Thanks!
        Kadri Saar
        Project Manager | Veebivabrik OÜ / Veebivabrik Finland Oy (Y-tunnus {bid})
        +372 5590 1234
        """).replace("{bid}", BID_PARTNER)
    add("other-en-partner-privacy-notice-excerpt",
        alternative(KIVI, "Kadri Saar", "kadri.saar@veebivabrik.example.com", "Pihlaja Dental - privacy notice, rights section for review",
                    when(2025, 4, 24, 16, 5, 12), body, extra=(OUTLOOK_WEB,)),
        category="other", language="en", phone="+37255901234", business_id=BID_PARTNER,
        notes="Partner asks to review a privacy notice 'Your rights' section that names every Art. 15-21 right, the one-month deadline and the complaint right.")

    # --- supervisory-authority newsletter (automated, en)
    body = T("""
        DATA PROTECTION DIGEST - May 2025
        Newsletter of the Nordic-Baltic Data Protection Network (example)

        1. Coordinated action on the right of access: first results
        Supervisory authorities examined how 1,200 controllers handle requests under Article 15 GDPR. Many controllers still ask for excessive identification, answer late, or send only the data but not the information on purposes, recipients, retention period and source. Remember: the one-month deadline of Article 12(3) starts when the request is received, not when it reaches the right department.

        2. Template letters are valid requests
        Letters produced by consumer organisations' generators ("I hereby request access to my personal data pursuant to Article 15 GDPR...") must be handled like any other request. A request does not need to use a specific form or be sent to a specific address.

        3. Erasure and direct marketing
        When a person writes "please delete my data and stop sending me offers", the controller must treat both the objection to direct marketing (Article 21(2)) and the erasure request (Article 17).

        4. Events
        Webinar "Answering data subject requests in small businesses", 12 June 2025, 10:00 EET.

        You receive this newsletter because you subscribed at dpnetwork.example.org. Unsubscribe: https://dpnetwork.example.org/unsubscribe?u=7f3a21
        """)
    add("auto-en-authority-newsletter-request-wording",
        message(rcpt=TILI, frm=mailbox("Data Protection Digest", "newsletter@dpnetwork.example.org"),
                frm_addr="newsletter@dpnetwork.example.org", subject="Data Protection Digest - May 2025: right of access results",
                date=when(2025, 5, 15, 9, 0, 0), root=text(body, cte="quoted-printable"),
                extra=("List-Id: Data Protection Digest <digest.dpnetwork.example.org>",
                       "List-Unsubscribe: <https://dpnetwork.example.org/unsubscribe?u=7f3a21>",
                       "Precedence: bulk")),
        category="automated", language="en",
        notes="Authority-style newsletter quoting request wording ('I hereby request access...', 'delete my data and stop sending me offers'); List-Id, Precedence bulk.")

    # --- German law firm seminar invitation (other, de)
    body = T("""
        Sehr geehrte Damen und Herren,

        Auskunftsersuchen nach Art. 15 DSGVO werden zunehmend als Druckmittel in arbeitsrechtlichen und vertraglichen Streitigkeiten eingesetzt. Immer häufiger erreichen auch kleine Unternehmen formelle Schreiben aus Musterbrief-Generatoren, verbunden mit Löschungsverlangen nach Art. 17 und Widersprüchen gegen Direktwerbung.

        Wir laden Sie herzlich zu unserem kostenfreien Online-Seminar ein:

        "Betroffenenrechte in der Praxis - Auskunft, Löschung, Widerspruch"
        Donnerstag, 5. Juni 2025, 10:00-11:30 Uhr (MESZ)

        Themen:
        1. Fristen nach Art. 12 Abs. 3 DSGVO und ihre Verlängerung
        2. Umfang der Kopie nach Art. 15 Abs. 3 DSGVO - aktuelle Rechtsprechung des EuGH
        3. Identitätsprüfung ohne Datenhunger
        4. Löschkonzepte und gesetzliche Aufbewahrungsfristen
        5. Umgang mit Anwaltsschreiben und Beschwerden bei der Aufsichtsbehörde

        Referenten: Rechtsanwältin Dr. Miriam Albers und Rechtsanwalt Felix Brandt, Fachanwalt für IT-Recht.

        Anmeldung bis 30. Mai 2025 mit einer kurzen Antwort auf diese E-Mail oder unter seminare@albers-brandt.example.com.

        Mit freundlichen Grüßen
        Ihr Team von Albers Brandt Rechtsanwälte
        Jungfernstieg 30, 20354 Hamburg
        Tel. +49 40 3098 7720
        """)
    add("other-de-lawfirm-seminar-invitation",
        alternative(LUMI, "Albers Brandt Rechtsanwälte", "seminare@albers-brandt.example.com",
                    "Einladung: Online-Seminar Betroffenenrechte - Auskunft, Löschung, Widerspruch",
                    when(2025, 5, 6, 8, 30, 0, 2), body),
        category="other", language="de", phone="+494030987720",
        notes="Law-firm seminar invitation full of Art. 15/17/21 vocabulary and a numbered agenda; a sales-type mail, not a request; no list headers.")

    # --- French processor's DPA annex (other, fr)
    body = T("""
        Bonjour,

        Dans le cadre de votre abonnement à notre service d'envoi de courriels transactionnels, vous trouverez ci-dessous l'annexe 3 mise à jour de l'accord de traitement des données (DPA) conclu au titre de l'article 28 du RGPD. Merci de nous la retourner signée avant le 30 avril 2025.

        ANNEXE 3 - ASSISTANCE AU RESPONSABLE DU TRAITEMENT

        3.1 Demandes des personnes concernées. Le sous-traitant informe le responsable du traitement, dans un délai de cinq (5) jours ouvrés, de toute demande d'exercice des droits qu'il reçoit directement d'une personne concernée (droit d'accès, de rectification, d'effacement, de limitation, d'opposition et droit à la portabilité des données). Le sous-traitant ne répond pas lui-même à la demande, sauf instruction écrite du responsable du traitement.

        3.2 Outils. Le sous-traitant met à disposition, dans l'interface d'administration, des fonctions permettant au responsable du traitement d'exporter les données d'un destinataire dans un format structuré (CSV, JSON), de les rectifier et de les supprimer.

        3.3 Délais. Le sous-traitant fournit son assistance de manière à permettre au responsable du traitement de respecter le délai d'un mois prévu à l'article 12, paragraphe 3, du RGPD.

        3.4 Coûts. L'assistance prévue à la présente annexe est comprise dans l'abonnement, dans la limite de dix (10) demandes par an.

        Bien cordialement,

        Sophie Marchand
        Juriste - Protection des données
        Envoimail SAS, 18 rue de la Victoire, 75009 Paris
        """)
    add("other-fr-processor-dpa-annex",
        simple(LUMI, "Sophie Marchand", "dpo@envoimail.example.com", "Mise à jour DPA - annexe 3 (assistance droits des personnes)",
               when(2025, 4, 1, 11, 14, 30, 2), body, cte="quoted-printable", extra=(OUTLOOK,)),
        category="other", language="fr",
        notes="Processor's DPA annex listing access/rectification/erasure/restriction/objection/portability and the one-month deadline; B2B contract mail.")

    # --- Spanish consumer-organisation fundraising (automated bulk)
    body = T("""
        Hola:

        Este año más de 40.000 personas han usado nuestro generador de cartas para ejercer su derecho de acceso, de supresión o de oposición frente a empresas que tratan sus datos sin control. Cada carta ("Por medio del presente escrito ejerzo el derecho de acceso a mis datos personales...") es una pequeña victoria.

        Pero mantener el servicio gratuito tiene un coste. Con 5 euros al mes nos ayudas a:

        1. mantener y traducir los modelos de carta a más idiomas;
        2. atender las consultas de quienes no reciben respuesta en el plazo de un mes;
        3. acompañar las reclamaciones ante la autoridad de control.

        Haz tu donativo hoy: https://derechosdigitales.example.org/dona

        Gracias por estar ahí,
        El equipo de Asociación Derechos Digitales (ejemplo)

        Recibes este correo porque te suscribiste a nuestro boletín. Darse de baja: https://derechosdigitales.example.org/baja?id=55a1
        """)
    add("auto-es-consumer-org-fundraising",
        alternative(KIVI, "Asociación Derechos Digitales", "boletin@derechosdigitales.example.org",
                    "Más de 40.000 cartas de acceso y supresión este año - ¿nos ayudas?", when(2025, 6, 5, 10, 0, 0, 2),
                    body, extra=("List-Id: <boletin.derechosdigitales.example.org>",
                                 "List-Unsubscribe: <https://derechosdigitales.example.org/baja?id=55a1>",
                                 "Precedence: bulk")),
        category="automated", language="es",
        notes="Spanish consumer-organisation fundraising mailing that quotes its own access-letter template; bulk headers.")

    # --- Italian out-of-office (automated) quoting the lawyer thread subject
    body = T("""
        Gentile mittente,

        sarò assente dallo studio fino a lunedì 14 aprile 2025 compreso, con accesso limitato alla posta elettronica.

        Per questioni urgenti relative alla richiesta ex art. 15 GDPR del sig. Bellini o ad altre pratiche in corso, può rivolgersi alla collega Avv. Francesca Galli (francesca.galli@studiolegalemancini.example.com, tel. 02 5501 8842).

        Cordiali saluti
        Avv. Giulia Mancini

        Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario.
        """)
    add("auto-it-ooo-lawyer",
        message(rcpt=LAITE, frm=mailbox("Avv. Giulia Mancini", "giulia.mancini@studiolegalemancini.example.com"),
                frm_addr="giulia.mancini@studiolegalemancini.example.com",
                subject="Risposta automatica: R: Richiesta ex art. 15 GDPR - sig. Marco Bellini",
                date=when(2025, 4, 8, 9, 14, 2, 2), root=text(body, cte="quoted-printable"),
                extra=("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", OUTLOOK)),
        category="automated", language="it", phone="+390255018842",
        notes="Italian Outlook out-of-office whose subject and text name the Art. 15 request it answers; Auto-Submitted.")

    # --- Polish out-of-office (automated) with a data-protection contact line
    body = T("""
        Dzień dobry,

        dziękuję za wiadomość. Jestem na urlopie do 23.05.2025 r. i nie mam dostępu do poczty. Wiadomości nie są przekazywane dalej.

        W sprawach pilnych dotyczących zleceń transportowych proszę o kontakt z działem spedycji: spedycja@translog-pl.example.com.
        W sprawach dotyczących ochrony danych osobowych (w tym wniosków o dostęp do danych lub ich usunięcie) prosimy pisać na adres: iod@translog-pl.example.com.

        Pozdrawiam
        Ewa Dąbrowska
        TransLog Polska Sp. z o.o.
        """)
    add("auto-pl-ooo-dpo-contact",
        message(rcpt=KULJ, frm=mailbox("Ewa Dąbrowska", "e.dabrowska@translog-pl.example.com"),
                frm_addr="e.dabrowska@translog-pl.example.com",
                subject="Automatyczna odpowiedź: Zlecenie transportowe 2025/05/118 Gdynia-Vuosaari",
                date=when(2025, 5, 14, 13, 2, 51, 2), root=text(body, charset="iso-8859-2", cte="quoted-printable"),
                extra=("Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply"),
                subject_charset="iso-8859-2"),
        category="automated", language="pl",
        notes="Polish out-of-office that mentions access/erasure requests in its DPO contact line; Auto-Submitted, ISO-8859-2.")

    # --- DSN bounce of the company's reply quoting an access letter (automated)
    orig_body = T("""
        Hyvä vastaanottaja / Dear Ms Vávrová,

        thank you for your request. We have received it on 14 March 2025 and will reply within one month as required by Article 12(3) GDPR. To verify your identity, please log in to your account and confirm the request from the notification there.

        Best regards,
        Lumivalo Ohjelmistot Oy

        On 14.3.2025 9.12, Tereza Vávrová wrote:
        """) + quote_lines(T("""
        Věc: Žádost subjektu údajů o přístup k osobním údajům podle čl. 15 obecného nařízení o ochraně osobních údajů (GDPR)

        Vážení,

        obracím se na Vás jako subjekt údajů a v souladu s čl. 15 nařízení (EU) 2016/679 (GDPR) Vás žádám o potvrzení, zda zpracováváte mé osobní údaje. Pokud ano, žádám o poskytnutí kopie těchto údajů a dále o následující informace:

        1. účely, pro které jsou mé osobní údaje zpracovávány;
        2. kategorie dotčených osobních údajů;
        3. příjemci nebo kategorie příjemců;
        4. plánovaná doba uložení;
        5. zdroj osobních údajů;
        6. automatizované rozhodování včetně profilování.

        S pozdravem
        Tereza Vávrová
        """))
    orig = message(rcpt="tereza.vavrova@seznam.test", frm=mailbox("Lumivalo Ohjelmistot", LUMI), frm_addr=LUMI,
                   subject="Re: Žádost o přístup k osobním údajům podle čl. 15 GDPR", date=when(2025, 3, 14, 15, 2, 0, 2),
                   root=text(orig_body, cte="quoted-printable"), to="tereza.vavrova@seznam.tset", trace=False)
    dsn_text = T("""
        This is the mail system at host mx.lumivalo.example.fi.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <tereza.vavrova@seznam.tset>: Host or domain name not found. Name service error
            for name=seznam.tset type=A: Host not found
        """)
    status = T("""
        Reporting-MTA: dns; mx.lumivalo.example.fi
        X-Postfix-Queue-ID: 4ZD2kL0q7Vz3xYb
        X-Postfix-Sender: rfc822; info@lumivalo.example.fi
        Arrival-Date: Fri, 14 Mar 2025 15:02:01 +0200 (EET)

        Final-Recipient: rfc822; tereza.vavrova@seznam.tset
        Original-Recipient: rfc822;tereza.vavrova@seznam.tset
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=seznam.tset type=A: Host not found
        """)
    bnd = "4ZD2kL0q7Vz3xYb.1741957321/mx.lumivalo.example.fi"
    root = multipart("report", [
        raw_part(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], dsn_text),
        raw_part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], status),
        Part(["Content-Description: Undelivered Message", "Content-Type: message/rfc822"], orig),
    ], bnd, params=" report-type=delivery-status;", preamble="This is a MIME-encapsulated message.")
    add("auto-dsn-bounce-quoting-cs-access",
        message(rcpt=LUMI, frm="Mail Delivery System <MAILER-DAEMON@mx.lumivalo.example.fi>",
                frm_addr="MAILER-DAEMON@mx.lumivalo.example.fi", subject="Undelivered Mail Returned to Sender",
                date=when(2025, 3, 14, 15, 2, 1, 2), root=root, env_from="", extra=("Auto-Submitted: auto-replied",)),
        category="automated", language="en",
        notes="Postfix DSN for the company's acknowledgement, with the quoted Czech Art. 15 letter inside the returned message/rfc822.")

    # --- Italian law-firm payment demand with a GDPR privacy footer (other, it)
    body = T("""
        Spett.le Pohjolan Laitevuokraus Oy
        Oulu (Finlandia)

        Oggetto: Diffida e messa in mora - restituzione del deposito cauzionale (contratto n. PL-2024-1102)

        Egregi Signori,

        scrivo per conto della società Edil Nord Costruzioni S.r.l., con sede in Trento, che in data 2 settembre 2024 ha noleggiato presso di Voi un sollevatore telescopico, versando un deposito cauzionale di EUR 2.500,00.

        Nonostante la regolare restituzione del mezzo in data 30 settembre 2024, come da verbale sottoscritto dal Vostro incaricato, il deposito non è stato ad oggi restituito.

        Con la presente Vi invito e diffido:
        1) a restituire l'importo di EUR 2.500,00 entro quindici giorni dal ricevimento della presente;
        2) a trasmettere copia della documentazione relativa ai presunti danni eventualmente contestati;
        3) a indicare gli estremi del conto su cui è stato trattenuto l'importo.

        In difetto, la mia assistita agirà in sede giudiziale per il recupero del credito, con aggravio di spese e interessi.

        Distinti saluti
        Avv. Paolo Conti
        Studio Legale Conti & Associati, Via Manci 41, 38122 Trento

        ---
        Informativa ai sensi dell'art. 13 del Regolamento (UE) 2016/679: i dati personali contenuti nella presente comunicazione sono trattati dallo Studio esclusivamente per la gestione della pratica. L'interessato può esercitare i diritti di cui agli artt. 15-22 del Regolamento (accesso, rettifica, cancellazione, limitazione, opposizione, portabilità) scrivendo a privacy@contiassociati.example.com.
        """)
    add("other-it-lawyer-payment-demand-gdpr-footer",
        simple(LAITE, "Avv. Paolo Conti", "p.conti@contiassociati.example.com",
               "Diffida e messa in mora - contratto PL-2024-1102", when(2025, 2, 18, 12, 40, 0, 1), body,
               cte="quoted-printable", extra=(OUTLOOK,)),
        category="other", language="it",
        notes="Italian lawyer's formal demand (numbered list, deadline, asks for copies of documents) about a B2B deposit; GDPR footer lists all rights; not a data-subject request.")

    # --- Dutch consumer-platform survey (other, nl)
    body = T("""
        Geachte heer, mevrouw,

        Het Consumentenplatform Digitale Rechten (voorbeeld) onderzoekt dit voorjaar hoe kleine Europese bedrijven omgaan met verzoeken van consumenten op grond van de AVG, zoals inzageverzoeken (artikel 15) en verzoeken om verwijdering (artikel 17). Uw bedrijf is geselecteerd omdat het in onze briefgenerator voorkomt als ontvanger van een of meer verzoeken.

        Wij stellen u graag vijf korte vragen:
        1. Hoeveel verzoeken van betrokkenen ontving u in 2024?
        2. Binnen welke termijn beantwoordt u gemiddeld een inzageverzoek?
        3. Hoe stelt u de identiteit van de verzoeker vast?
        4. Ontvangt u verzoeken in andere talen dan het Fins, Zweeds of Engels?
        5. Gebruikt u software om verzoeken te herkennen of af te handelen?

        De vragenlijst is anoniem en neemt ongeveer tien minuten in beslag: https://consumentenplatform.example.org/enquete/avg-2025

        Met vriendelijke groet,
        drs. Linda Vermeulen
        Onderzoeker, Consumentenplatform Digitale Rechten
        """)
    add("other-nl-consumer-platform-survey",
        simple(KIVI, "Linda Vermeulen", "l.vermeulen@consumentenplatform.example.org",
               "Enquête: hoe behandelt uw bedrijf inzage- en verwijderverzoeken?", when(2025, 3, 31, 10, 30, 0, 2), body,
               cte="quoted-printable"),
        category="other", language="nl",
        notes="Dutch consumer-organisation survey about how the company handles inzage/verwijdering requests; numbered questions; no right exercised.")


def build():
    build_access()
    build_erasure()
    build_other_rights()
    build_negatives()


if __name__ == "__main__":
    sys.exit(main(sys.argv, build, FOLDER))
