"""The demo portal's attached documents, made from an article's own data when asked for.

Government portals attach the decree, plan or report an announcement is about, as PDF, DOCX
or XLSX, and some of those are scans (no text layer), password-protected or broken. Each kind
here is written from first principles (the PDF and OOXML structures, with ``zipfile``), so the
demo needs nothing beyond the crawler's own dependencies; the encrypted PDF is a text PDF
encrypted by pypdf (the library the crawler reads PDFs with), with an open password.

- ``pdf``: a PDF with a text layer (a Type0 font with a ToUnicode map, so any reader gets the
  Vietnamese text back)
- ``scan``: a PDF whose only page is a photo of the page (a JPEG): no text layer
- ``encrypted``: the text PDF, encrypted with an open password
- ``docx``: paragraphs and a table
- ``xlsx``: a sheet of rows
- ``bomb``: a DOCX whose document part inflates ~1000 times (a zip bomb)
"""

from __future__ import annotations

import io
import zipfile
from functools import lru_cache

__all__ = ["DOCUMENT_KINDS", "document", "media_type"]

DOCUMENT_KINDS = ("pdf", "scan", "encrypted", "docx", "xlsx", "bomb")

_TYPES = {
    "pdf": "application/pdf", "scan": "application/pdf", "encrypted": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "bomb": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def media_type(kind: str) -> str:
    return _TYPES[kind]


@lru_cache(maxsize=64)
def document(kind: str, title: str, lines: tuple[str, ...]) -> bytes:
    """The bytes of a document of ``kind`` holding ``title`` and ``lines``."""
    if kind == "pdf":
        return text_pdf(title, lines)
    if kind == "scan":
        from crawler.demo.images import photo

        return image_pdf(photo(title))
    if kind == "encrypted":
        return encrypted_pdf(text_pdf(title, lines))
    if kind == "docx":
        return docx((title, *lines))
    if kind == "bomb":
        return docx_bomb(title)
    if kind == "xlsx":
        return xlsx([[title], *([c.strip() for c in line.split("|")] for line in lines)])
    raise ValueError(f"unknown document kind {kind!r}")


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF file of ``objects`` (numbered from 1; the first is the catalog)."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))
    return out.getvalue()


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def _wrap(text: str, width: int = 80) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else lines


def text_pdf(title: str, paragraphs: tuple[str, ...] | list[str]) -> bytes:
    """One A4 page per ~50 lines of text, in a Type0 font whose codes are the characters'
    Unicode code points (Identity-H) and whose ToUnicode map says so."""
    lines = [title, ""]
    for p in paragraphs:
        lines += [*_wrap(p), ""]
    pages = [lines[i:i + 50] for i in range(0, len(lines), 50)] or [[]]
    used = sorted({ord(ch) >> 8 for line in lines for ch in line if ord(ch) < 0x10000} | {0})
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            b"/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
            b"1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
            + b"%d beginbfrange\n" % len(used)
            + b"".join(b"<%02X00> <%02XFF> <%02X00>\n" % (h, h, h) for h in used)
            + b"endbfrange\nendcmap CMapName currentdict /CMap defineresource pop end end")
    # 1 catalog, 2 pages, 3 font, 4 descendant, 5 descriptor, 6 ToUnicode, then page/content pairs
    kids = b" ".join(b"%d 0 R" % (7 + 2 * i) for i in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages)),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /ArialUnicode /Encoding /Identity-H "
        b"/DescendantFonts [4 0 R] /ToUnicode 6 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ArialUnicode /CIDToGIDMap /Identity "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        b"/FontDescriptor 5 0 R /DW 500 >>",
        b"<< /Type /FontDescriptor /FontName /ArialUnicode /Flags 32 /FontBBox [0 -200 1000 900] "
        b"/ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>",
        _stream(cmap),
    ]
    for i, page in enumerate(pages):
        ops = [b"BT /F1 11 Tf 14 TL 50 800 Td"]
        for line in page:
            code = "".join(f"{ord(ch):04X}" for ch in line if ord(ch) < 0x10000)
            ops.append(b"<%s> Tj T*" % code.encode())
        ops.append(b"ET")
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (8 + 2 * i))
        objects.append(_stream(b"\n".join(ops)))
    return _pdf(objects)


def image_pdf(jpeg: bytes, width: int = 160, height: int = 120) -> bytes:
    """A scanned page: one JPEG drawn over an A4 page, and no text at all."""
    draw = b"q 495 0 0 371 50 420 cm /Im1 Do Q"
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
        _stream(jpeg, b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB "
                      b"/BitsPerComponent 8 /Filter /DCTDecode " % (width, height)),
        _stream(draw),
    ])


def encrypted_pdf(pdf: bytes, password: str = "so-tttt-2024") -> bytes:
    """``pdf`` encrypted (RC4, 128 bits: no extra cryptography package) with an open password."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _ooxml(parts: dict[str, str | bytes], main: str, main_type: str) -> bytes:
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             f'<Override PartName="/{main}" ContentType="{main_type}"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="{main}"/></Relationships>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", rels)
        for name, data in parts.items():
            z.writestr(name, data)
    return out.getvalue()


_DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def docx(paragraphs: tuple[str, ...] | list[str]) -> bytes:
    """A DOCX of ``paragraphs``; a paragraph with ``|`` in it is a table row."""
    body = []
    rows: list[str] = []

    def flush() -> None:
        if rows:
            body.append(f"<w:tbl>{''.join(rows)}</w:tbl>")
            rows.clear()

    for p in paragraphs:
        if "|" in p:
            cells = "".join(f"<w:tc><w:p><w:r><w:t>{_xml_text(c.strip())}</w:t></w:r></w:p></w:tc>"
                            for c in p.split("|"))
            rows.append(f"<w:tr>{cells}</w:tr>")
            continue
        flush()
        body.append(f'<w:p><w:r><w:t xml:space="preserve">{_xml_text(p)}</w:t></w:r></w:p>')
    flush()
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{_W}">'
                f"<w:body>{''.join(body)}</w:body></w:document>")
    return _ooxml({"word/document.xml": document}, "word/document.xml", _DOCX_MAIN)


def docx_bomb(title: str, inflated: int = 300 << 20) -> bytes:
    """A DOCX whose document part is ``inflated`` bytes of blanks after one paragraph: ~300 KB
    on the wire, 300 MB to a reader that trusts it."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(f'<w:document xmlns:w="{_W}"><w:body><w:p><w:r><w:t>{_xml_text(title)}'
                         "</w:t></w:r></w:p>".encode())
            block = b" " * (1 << 20)
            for _ in range(inflated >> 20):
                member.write(block)
            member.write(b"</w:body></w:document>")
    return out.getvalue()


_S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def xlsx(rows: list[list[str]]) -> bytes:
    """An XLSX workbook of one sheet holding ``rows`` (inline strings, numbers as numbers)."""
    def cell(value: str, ref: str) -> str:
        if value.replace(".", "", 1).isdigit():
            return f'<c r="{ref}"><v>{value}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t>{_xml_text(value)}</t></is></c>'

    sheet_rows = "".join(
        f'<row r="{r}">' + "".join(cell(v, f"{chr(65 + c)}{r}") for c, v in enumerate(row[:26]))
        + "</row>" for r, row in enumerate(rows, 1))
    workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{_S}" '
                f'xmlns:r="{_REL}"><sheets><sheet name="Bang 1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    book_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
                 "</Relationships>")
    sheet = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{_S}">'
             f"<sheetData>{sheet_rows}</sheetData></worksheet>")
    return _ooxml({"xl/workbook.xml": workbook, "xl/_rels/workbook.xml.rels": book_rels,
                   "xl/worksheets/sheet1.xml": sheet}, "xl/workbook.xml",
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
