"""Small real documents made in tests: text and scanned PDFs, photos, .docx/.odt, and hostile files.

Everything is generated here (Pillow for images, a hand-written PDF for text layers) so that the
fixtures stay a few kilobytes and say what they contain.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from email.message import EmailMessage
from pathlib import Path

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")  # Debian fonts-dejavu-core (./dev installs it)


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF file from its numbered objects (1..n, the catalog first) with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _pdf_string(line: str) -> bytes:
    raw = line.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def text_pdf(pages: list[str], *, deflate_extra: int = 0) -> bytes:
    """A PDF whose pages carry *pages* as a real text layer (Helvetica, WinAnsi: ä, ö and å work).

    *deflate_extra* appends that many zero bytes to the first page's compressed content stream (a bomb).
    """
    count = len(pages)
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for i, text in enumerate(pages):
        ops = b"BT /F1 12 Tf 14 TL 72 770 Td " + b" ".join(_pdf_string(ln) + b" Tj T*" for ln in text.split("\n"))
        ops += b" ET"
        if i == 0 and deflate_extra:
            stream = zlib.compress(ops + b"\n%" + b"0" * deflate_extra, 9)
            content = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"
        else:
            content = b"<< /Length %d >>\nstream\n" % len(ops) + ops + b"\nendstream"
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 3 0 R >> >> >>" % (5 + 2 * i))
        objects.append(content)
    return _pdf(objects)


def form_pdf(printed: str, fields: list[tuple[str, str, str | bool]]) -> bytes:
    """A fillable PDF form: *printed* questions on the page and (name, tooltip, value) fields filled in.

    A str value fills a text field; True/False ticks or leaves a checkbox. The answers live only in the
    form fields, not in the page's text layer (as in forms filled in with a PDF reader).
    """
    base = text_pdf([printed])
    objects = [b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [%s] >> >>"
               % b" ".join(b"%d 0 R" % (6 + i) for i in range(len(fields)))]
    # Reuse the pages, font and content of text_pdf (objects 2..5), then the field widgets.
    rest = base.split(b"2 0 obj\n", 1)[1].split(b"\nxref\n", 1)[0]
    bodies = [chunk.split(b"\nendobj", 1)[0] for chunk in (b"2 0 obj\n" + rest).split(b" 0 obj\n")[1:]]
    objects += [b.replace(b"/Contents 5 0 R", b"/Contents 5 0 R /Annots [%s]"
                          % b" ".join(b"%d 0 R" % (6 + i) for i in range(len(fields)))) for b in bodies]
    for i, (name, tooltip, value) in enumerate(fields):
        rect = b"/Rect [72 %d 300 %d]" % (600 - 30 * i, 620 - 30 * i)
        common = b"/Type /Annot /Subtype /Widget /P 4 0 R /T %s /TU %s " % (_pdf_string(name), _pdf_string(tooltip))
        if isinstance(value, bool):
            state = b"/Yes" if value else b"/Off"
            objects.append(b"<< " + common + b"/FT /Btn /V " + state + b" /AS " + state + b" " + rect + b" >>")
        else:
            objects.append(b"<< " + common + b"/FT /Tx /V " + _pdf_string(value) + b" " + rect + b" >>")
    return _pdf(objects)


def text_image(text: str, *, size: tuple[int, int] = (1654, 2339), font_size: int = 34, fmt: str = "PNG") -> bytes:
    """A page (A4 at 200 dpi by default) with *text* drawn on it, as PNG/JPEG/TIFF bytes: a scan or photo."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(FONT), font_size)
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    y = 150
    for line in text.split("\n"):
        draw.text((150, y), line, font=font, fill=0)
        y += int(font_size * 1.6)
    buf = io.BytesIO()
    image.save(buf, format=fmt, **({"quality": 85} if fmt == "JPEG" else {}))
    return buf.getvalue()


def scanned_pdf(pages: list[str]) -> bytes:
    """An image-only PDF (no text layer), one rendered page per item: what a scanner makes."""
    from PIL import Image

    images = [Image.open(io.BytesIO(text_image(p))).convert("L") for p in pages]
    buf = io.BytesIO()
    images[0].save(buf, format="PDF", resolution=200.0, save_all=True, append_images=images[1:])
    return buf.getvalue()


def encrypted_pdf(text: str, user_password: str) -> bytes:
    """*text* as a PDF encrypted with *user_password* ("" = opens without one, printing forbidden)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf([text]))))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="AES-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def docx(paragraphs: list[str], *, inflate_to: int = 0) -> bytes:
    """A minimal .docx; with *inflate_to* its document.xml is padded to that many bytes (a zip bomb)."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{_xml(p)}</w:t></w:r></w:p>" for p in paragraphs)
    xml = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{w}"><w:body>{body}</w:body></w:document>'
    data = xml.encode()
    if inflate_to:
        data = data.replace(b"<w:body>", b"<w:body>" + b" " * inflate_to, 1)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        z.writestr("word/document.xml", data)
    return buf.getvalue()


def odt(paragraphs: list[str]) -> bytes:
    """A minimal OpenDocument text file."""
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
    body = "".join(f"<text:p>{_xml(p)}</text:p>" for p in paragraphs)
    xml = f'<?xml version="1.0"?><office:document-content {ns}><office:body><office:text>{body}' \
          "</office:text></office:body></office:document-content>"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", xml, compress_type=zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def png_bomb(width: int = 100_000, height: int = 100_000, *, colour: bool = False) -> bytes:
    """A tiny PNG whose header claims *width* x *height* grey (or RGB) pixels (a decompression bomb)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2 if colour else 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 20_000, 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"") + b"\x00" * 20_000


def mail(
    body: str,
    attachments: list[tuple[str, str, bytes]] = (),  # type: ignore[assignment]
    *,
    sender: str = "Jari Heikkinen <jari.heikkinen@example.fi>",
    to: str = "info@kattopojat.example.fi",
    subject: str = "Pyyntö",
    headers: dict[str, str] | None = None,
) -> bytes:
    """A mail with a text body and (file name, content type, bytes) attachments."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = "Wed, 01 Apr 2026 09:00:00 +0300"
    msg["Message-ID"] = f"<att-{abs(hash((body, subject, len(attachments))))}@example.fi>"
    for k, v in (headers or {}).items():
        msg[k] = v
    msg.set_content(body)
    for filename, ctype, data in attachments:
        maintype, subtype = ctype.split("/", 1)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()
