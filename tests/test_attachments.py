"""Reading attachments: PDF text layers, scans and photos by real Tesseract OCR, Word/OpenDocument, plain
text, forwarded originals, and the hostile files (bombs, encrypted, damaged, huge) that must not stall."""

from __future__ import annotations

import io
import time
import zipfile
from dataclasses import replace
from email.message import EmailMessage

import pytest
from support import documents as doc

from dsarbot.pipeline.attachments import LIMITS, load_ocr, read_attachments
from dsarbot.pipeline.attachments.ocr import OcrEngine
from dsarbot.pipeline.parse import parse
from dsarbot.pipeline.types import Attachment, ParsedMessage

LETTER = (
    "Hei,\n"
    "pyydän poistamaan kaikki minua koskevat tiedot rekisteristänne.\n"
    "\n"
    "Ystävällisin terveisin\n"
    "Matti Meikäläinen\n"
    "puh. 040 123 4567"
)
PDF = "application/pdf"


@pytest.fixture(scope="module")
def ocr() -> OcrEngine:
    """The real Tesseract engine (./dev installs it with the fin/swe/eng models)."""
    engine, missing = load_ocr()
    assert engine is not None, missing
    return engine


def read(attachments: list[tuple[str, str, bytes]], ocr: OcrEngine | None = None, **limits: float) -> ParsedMessage:
    raw = doc.mail("Katso liite.", attachments)
    return read_attachments(parse(raw), ocr=ocr, limits=replace(LIMITS, **limits))  # type: ignore[arg-type]


def only(parsed: ParsedMessage) -> Attachment:
    [att] = parsed.attachments
    return att


def test_a_pdf_text_layer_is_read_without_ocr() -> None:
    att = only(read([("kirje.pdf", PDF, doc.text_pdf([LETTER]))]))
    assert (att.method, att.status) == ("pdf", "read")
    assert "pyydän poistamaan kaikki minua koskevat tiedot" in att.text
    assert att.data == b""  # the bytes are not carried on


def test_a_scanned_pdf_is_read_by_ocr(ocr: OcrEngine) -> None:
    att = only(read([("skannaus.pdf", PDF, doc.scanned_pdf([LETTER]))], ocr))
    assert (att.method, att.status) == ("ocr", "read")
    assert "poistamaan kaikki minua koskevat tiedot" in att.text
    assert "Matti Meikäläinen" in att.text


def test_a_photo_of_a_letter_is_read_by_ocr(ocr: OcrEngine) -> None:
    att = only(read([("IMG_2041.jpg", "image/jpeg", doc.text_image(LETTER, fmt="JPEG"))], ocr))
    assert (att.method, att.status) == ("ocr", "read")
    assert "koskevat tiedot" in att.text


def test_a_multi_page_fax_tiff_is_read_page_by_page(ocr: OcrEngine) -> None:
    from PIL import Image

    pages = [Image.open(io.BytesIO(doc.text_image(t))) for t in ("Sivu yksi: tarkastuspyyntö", "Sivu kaksi: Matti")]
    buf = io.BytesIO()
    pages[0].save(buf, format="TIFF", save_all=True, append_images=pages[1:])
    att = only(read([("faksi.tif", "image/tiff", buf.getvalue())], ocr))
    assert "tarkastuspyyntö" in att.text and "kaksi" in att.text


def test_without_an_ocr_engine_a_scan_is_listed_as_unreadable_with_the_reason() -> None:
    parsed = read([("skannaus.pdf", PDF, doc.scanned_pdf([LETTER]))], None)
    assert only(parsed).status == "unreadable"
    assert parsed.unreadable == ("skannaus.pdf: no text layer (a scan?), OCR not available "
                                 "(install dsarbot[ocr] and Tesseract)",)


def test_word_and_opendocument_letters_are_read() -> None:
    lines = LETTER.split("\n")
    parsed = read([("kirje.docx", "application/octet-stream", doc.docx(lines)),
                   ("kirje.odt", "application/vnd.oasis.opendocument.text", doc.odt(lines))])
    docx, odt = parsed.attachments
    assert (docx.method, odt.method) == ("docx", "odt")
    assert "Matti Meikäläinen" in docx.text and "Matti Meikäläinen" in odt.text
    assert parsed.unreadable == ()


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8", "utf-16"])
def test_a_text_file_is_read_whatever_its_declared_type_and_charset(encoding: str) -> None:
    att = only(read([("viesti.txt", "application/octet-stream", LETTER.encode(encoding))]))
    assert (att.method, att.status) == ("text", "read")
    assert "Meikäläinen" in att.text


def test_a_pdf_that_needs_a_password_is_named_unreadable_but_one_locked_only_for_printing_is_read() -> None:
    parsed = read([("salattu.pdf", PDF, doc.encrypted_pdf(LETTER, "salasana")),
                   ("tulostus.pdf", PDF, doc.encrypted_pdf(LETTER, ""))])
    locked, printable = parsed.attachments
    assert parsed.unreadable == ("salattu.pdf: encrypted PDF (needs a password)",)
    assert locked.status == "unreadable" and printable.status == "read"
    assert "koskevat tiedot" in printable.text


@pytest.mark.parametrize("data", [doc.text_pdf([LETTER])[:300], b"%PDF-1.7\n" + bytes(range(256)) * 40, b"%PDF-"])
def test_a_damaged_pdf_is_reported_not_raised(data: bytes) -> None:
    started = time.monotonic()
    parsed = read([("rikki.pdf", PDF, data)])
    assert time.monotonic() - started < 5
    assert only(parsed).status == "unreadable"
    assert parsed.unreadable[0].startswith("rikki.pdf: damaged PDF")


def test_a_500_page_pdf_is_read_only_to_the_page_limit_and_quickly() -> None:
    started = time.monotonic()
    att = only(read([("iso.pdf", PDF, doc.text_pdf([LETTER] * 500))]))
    assert time.monotonic() - started < 10
    assert att.status == "read" and att.note == "read the first 40 of 500 pages"


def test_a_pdf_stream_bomb_does_not_stall(ocr: OcrEngine) -> None:
    bomb = doc.text_pdf([LETTER], deflate_extra=200_000_000)  # 200 MB of zeros behind the text, ~200 kB packed
    assert len(bomb) < 1_000_000
    started = time.monotonic()
    parsed = read([("pommi.pdf", PDF, bomb)], ocr)
    assert time.monotonic() - started < 30
    assert only(parsed).status in ("read", "unreadable")


def test_an_image_decompression_bomb_is_refused_before_decoding(ocr: OcrEngine) -> None:
    started = time.monotonic()
    parsed = read([("pommi.png", "image/png", doc.png_bomb())], ocr)
    assert time.monotonic() - started < 2
    assert "not opened" in parsed.unreadable[0]


def test_an_image_under_the_bomb_threshold_but_over_the_pixel_limit_is_refused(ocr: OcrEngine) -> None:
    parsed = read([("juliste.png", "image/png", doc.png_bomb(9000, 5000))], ocr)  # 45 MP > 40 MP
    assert parsed.unreadable == ("juliste.png: image too large (9000 x 5000 pixels), not opened",)


def test_a_colour_image_that_would_need_too_much_memory_is_refused_before_decoding(ocr: OcrEngine) -> None:
    parsed = read([("kuva.png", "image/png", doc.png_bomb(6000, 4000, colour=True))], ocr)  # 24 MP x 4 bytes
    assert parsed.unreadable == ("kuva.png: image too large to decode (6000 x 4000 pixels, RGB), not opened",)


def test_a_docx_zip_bomb_and_an_xml_entity_bomb_are_refused() -> None:
    buf = io.BytesIO()  # a "billion laughs" document.xml
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
                   '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document>&b;</w:document>')
    entity = buf.getvalue()
    parsed = read([("pommi.docx", "application/octet-stream", doc.docx(["x"], inflate_to=50_000_000)),
                   ("entiteetit.docx", "application/octet-stream", entity)])
    assert parsed.unreadable == (
        "pommi.docx: Word document text unpacks to over 8 MB (a zip bomb?), not read",
        "entiteetit.docx: Word document declares XML entities, not read",
    )


def test_ocr_stops_at_the_mail_page_limit_and_says_which_pages_were_left(ocr: OcrEngine) -> None:
    pages = [f"Sivu {n}" for n in range(1, 5)]
    att = only(read([("pino.pdf", PDF, doc.scanned_pdf(pages))], ocr, ocr_pages=2))
    assert "Sivu 1" in att.text and "Sivu 2" in att.text and "Sivu 3" not in att.text
    assert "pages from 3 on not OCR'd" in att.note


def test_ocr_of_a_page_is_stopped_at_its_time_limit(ocr: OcrEngine) -> None:
    dense = "\n".join("Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor " * 2
                      for _ in range(55))
    image = doc.text_image(dense, size=(3300, 4600), font_size=30)
    started = time.monotonic()
    parsed = read([("tiheä.png", "image/png", image)], ocr, ocr_seconds_per_page=1.0, ocr_pixels=15_000_000)
    assert time.monotonic() - started < 8
    assert parsed.unreadable == ("tiheä.png: image: OCR stopped after 1 s",)


def test_a_mail_with_more_attachments_than_the_limit_lists_the_rest_as_not_read() -> None:
    files = [(f"liite{n}.txt", "text/plain", b"hei") for n in range(4)]
    parsed = read(files, max_attachments=2)
    assert [a.status for a in parsed.attachments] == ["read", "read", "unreadable", "unreadable"]
    assert parsed.unreadable[-1] == "liite3.txt: not read (more than 2 attachments for one mail)"


def test_logos_archives_and_calendar_files_are_not_reasons_for_staff(ocr: OcrEngine) -> None:
    logo = doc.text_image("LOGO", size=(200, 80), font_size=30)
    parsed = read([("logo.png", "image/png", logo), ("data.zip", "application/zip", b"PK\x03\x04" + b"\0" * 40),
                   ("hinnat.csv", "text/csv", b"a;b\n1;2\n")], ocr)
    assert parsed.unreadable == ()
    assert [a.status for a in parsed.attachments] == ["skipped", "skipped", "skipped"]


def test_an_old_word_document_is_named_for_staff() -> None:
    parsed = read([("kirje.doc", "application/msword", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)])
    assert parsed.unreadable == ("kirje.doc: Word 97-2003 document (.doc), not read",)


def test_a_forwarded_originals_attachments_are_read_as_part_of_the_forward() -> None:
    inner = EmailMessage()
    inner["From"] = "Liisa Laine <liisa.laine@example.fi>"
    inner["Subject"] = "Tietopyyntö"
    inner.set_content("Liitteenä pyyntöni.")
    inner.add_attachment(doc.text_pdf([LETTER]), maintype="application", subtype="pdf", filename="pyynto.pdf")
    outer = EmailMessage()
    outer["From"] = "asiakaspalvelu@kattopojat.example.fi"
    outer["To"] = "info@kattopojat.example.fi"
    outer["Subject"] = "VL: Tietopyyntö"
    outer.set_content("Tämä tuli meille.")
    outer.add_attachment(inner)
    parsed = read_attachments(parse(outer.as_bytes()))
    pdf = next(a for a in parsed.attachments if a.filename == "pyynto.pdf")
    assert pdf.in_forward and pdf.status == "read" and "koskevat tiedot" in pdf.text


def test_a_mail_saved_as_an_eml_file_counts_as_a_forwarded_original() -> None:
    inner = EmailMessage()
    inner["From"] = "Liisa Laine <liisa.laine@example.fi>"
    inner["Subject"] = "Poistakaa tietoni"
    inner.set_content("Pyydän poistamaan tietoni.")
    raw = doc.mail("Katso liite.", [("viesti.eml", "application/octet-stream", inner.as_bytes())])
    parsed = parse(raw)
    assert parsed.forwarded is not None and parsed.forwarded.from_addr == "liisa.laine@example.fi"
    assert "poistamaan tietoni" in parsed.forwarded.text


def test_a_mail_without_attachments_is_returned_as_it_was() -> None:
    parsed = parse(doc.mail("Poistakaa tietoni."))
    assert read_attachments(parsed) is parsed
