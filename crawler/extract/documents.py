"""The text of an attached document (PDF, DOCX, XLSX, ODT/ODS), read from its bytes.

Attached documents are hostile input like pages: ``read_document`` runs in the crawl's
killable worker processes (pipelines/attachments.py), under their time and memory caps, and
refuses before parsing what it can see is unsafe: a ZIP container whose members would inflate
past ``max_inflated`` bytes or by more than ``_MAX_RATIO`` to one (a zip bomb), XML parts that
declare entities (the "billion laughs" bomb), more than ``_MAX_MEMBERS`` members. Every result
carries a ``status``: ``text`` (text read), or a reason no text was kept, each listed in
docs/faults.md (``attachments/status/<status>``):

- ``no_text``: a document that opened and holds no text
- ``no_text_layer``: a PDF whose pages carry no text (a scan; no OCR is done)
- ``encrypted``: a PDF that needs a password to open
- ``malformed``: bytes the format's reader cannot parse
- ``zip_bomb``, ``xml_entities``: refused before parsing, as above
- ``unsupported_format``: a document no maintained library here reads (legacy .doc/.xls, RTF)
- ``not_a_document``: an HTML page or an image where a document was linked
- ``too_slow``, ``too_big``, ``reader_died``: the reading worker was killed at its deadline,
  ran out of its memory, or died (``text_fields``)

The type is read from the bytes (``sniff_document``), never taken from the Content-Type or the
file name alone: portals serve PDFs as ``application/octet-stream`` and error pages as
``application/pdf``.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

__all__ = ["DOCUMENT_EXTENSIONS", "read_document", "sniff_document", "text_fields"]

#: File name endings of documents a portal attaches (the link finder's first signal).
DOCUMENT_EXTENSIONS = (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".odt", ".ods", ".rtf",
                       ".ppt", ".pptx", ".zip", ".rar", ".7z")

PDF, DOCX, XLSX, ODT, ODS = ("application/pdf",
                             "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                             "application/vnd.oasis.opendocument.text",
                             "application/vnd.oasis.opendocument.spreadsheet")
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
OLE2 = "application/x-ole-storage"  # legacy .doc/.xls/.ppt: no maintained pure reader
RTF = "application/rtf"
ZIP = "application/zip"

#: A ZIP member may inflate at most this many times its stored size (deflate of ordinary
#: text and XML stays under ~20:1; a bomb's members run to ~1000:1).
_MAX_RATIO = 100
_MAX_MEMBERS = 5000
#: A member smaller than this is never judged by its ratio (a short run of blanks compresses
#: well and harms no one).
_RATIO_FLOOR = 1 << 20
_ENTITY_RE = re.compile(rb"<!ENTITY", re.I)


def sniff_document(body: bytes) -> str | None:
    """The document type ``body`` is, from its bytes (and, for ZIP containers, the names of
    their members), or None: not a document (HTML, an image, empty)."""
    head = body[:1024].lstrip()
    if head.startswith(b"%PDF-") or b"%PDF-" in body[:1024]:
        return PDF
    if body.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return OLE2
    if body.startswith(b"{\\rtf"):
        return RTF
    if body.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(body)) as z:
                names = set(z.namelist()[:_MAX_MEMBERS])
                if "mimetype" in names:
                    kind = z.read("mimetype")[:100].decode("ascii", "replace").strip()
                    if kind in (ODT, ODS):
                        return kind
        except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError):
            return ZIP
        if "word/document.xml" in names:
            return DOCX
        if "xl/workbook.xml" in names:
            return XLSX
        if "ppt/presentation.xml" in names:
            return PPTX
        return ZIP
    return None


def read_document(task: dict[str, Any]) -> dict[str, Any]:
    """``{"body", "max_pages", "max_chars", "max_inflated"}`` -> ``{"status", "media_type",
    "text", "pages", "flags"}``. Runs in a worker: anything it raises is the caller's
    ``malformed``, a timeout or memory cap the caller's ``too_slow``/``too_big``."""
    body: bytes = task["body"]
    media_type = sniff_document(body)
    result: dict[str, Any] = {"status": "text", "media_type": media_type, "text": None,
                              "pages": None, "flags": []}
    if media_type is None:
        result["status"] = "not_a_document"
        return result
    if media_type in (OLE2, RTF, ZIP, PPTX):
        result["status"] = "unsupported_format"
        return result
    max_chars = int(task.get("max_chars") or 2_000_000)
    if media_type == PDF:
        _read_pdf(body, int(task.get("max_pages") or 500), result)
    else:
        refusal = _zip_refusal(body, int(task.get("max_inflated") or 200 << 20))
        if refusal:
            result["status"] = refusal
            return result
        reader = {DOCX: _read_docx, XLSX: _read_xlsx, ODT: _read_odf, ODS: _read_odf}[media_type]
        reader(body, result)
    text = result["text"]
    if text is not None:
        text = _tidy(text)
        if len(text) > max_chars:
            text = text[:max_chars]
            result["flags"].append("text_truncated")
        result["text"] = text or None
    if result["status"] == "text" and not result["text"]:
        result["status"] = "no_text"
    return result


def text_fields(outcome: dict[str, Any] | BaseException) -> dict[str, Any]:
    """An attachment entry's ``text_status``, ``pages``, ``text`` and the reader's flags,
    from what ``read_document`` returned in a worker, or what the worker raised."""
    if isinstance(outcome, BaseException):
        name = type(outcome).__name__
        status = ("too_slow" if isinstance(outcome, TimeoutError) else
                  "too_big" if isinstance(outcome, MemoryError) else
                  "reader_died" if name == "ProcessExpired" else "malformed")
        return {"text_status": status, "pages": None, "text": None, "flags": [name]}
    return {"text_status": outcome["status"], "pages": outcome["pages"], "text": outcome["text"],
            "flags": outcome["flags"]}


def _tidy(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.replace("\x00", "").splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _read_pdf(body: bytes, max_pages: int, result: dict[str, Any]) -> None:
    import logging

    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # a malformed file's warnings: one status
    try:
        reader = PdfReader(io.BytesIO(body), strict=False)
        if reader.is_encrypted:
            # Portals often publish PDFs encrypted with an empty open password (printing or
            # copying restricted): those open. A real open password is the archivist's to find.
            try:
                opened = bool(reader.decrypt(""))
            except (DependencyError, NotImplementedError):
                opened = False
            if not opened:
                result["status"] = "encrypted"
                return
            result["flags"].append("empty_password")
        pages = reader.pages
        result["pages"] = len(pages)
        texts = []
        for i, page in enumerate(pages):
            if i >= max_pages:
                result["flags"].append("pages_truncated")
                break
            texts.append(page.extract_text() or "")
    except FileNotDecryptedError:
        result["status"] = "encrypted"
        return
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            AssertionError, RecursionError, OSError) as exc:
        result["status"] = "malformed"
        result["flags"].append(type(exc).__name__)
        return
    text = "\n\n".join(t.strip() for t in texts if t.strip())
    # A scan: pages with no more than a stray character or two of text each.
    if result["pages"] and len("".join(text.split())) < 8 * min(result["pages"], max_pages):
        result["status"] = "no_text_layer"
        return
    result["text"] = text


def _zip_refusal(body: bytes, max_inflated: int) -> str | None:
    """Why the ZIP container (DOCX, XLSX, ODF) must not be opened, or None."""
    try:
        with zipfile.ZipFile(io.BytesIO(body)) as z:
            infos = z.infolist()
            if len(infos) > _MAX_MEMBERS:
                return "zip_bomb"
            total = 0
            for info in infos:
                total += info.file_size
                if total > max_inflated:
                    return "zip_bomb"
                if info.file_size > _RATIO_FLOOR and info.file_size > _MAX_RATIO * max(info.compress_size, 1):
                    return "zip_bomb"
            for info in infos:
                if info.filename.endswith((".xml", ".rels")) and info.file_size:
                    with z.open(info) as member:
                        head = member.read(4096)
                    if b"<!DOCTYPE" in head and _ENTITY_RE.search(head):
                        return "xml_entities"
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError):
        return "malformed"
    return None


def _read_docx(body: bytes, result: dict[str, Any]) -> None:
    from docx import Document
    from docx.oxml.ns import qn

    try:
        document = Document(io.BytesIO(body))
        lines: list[str] = []
        # paragraphs and tables in the order they stand in the body
        for block in document.element.body.iterchildren():
            if block.tag == qn("w:p"):
                lines.append("".join(t.text or "" for t in block.iter(qn("w:t"))))
            elif block.tag == qn("w:tbl"):
                for row in block.iter(qn("w:tr")):
                    cells = ("".join(t.text or "" for t in cell.iter(qn("w:t")))
                             for cell in row.iter(qn("w:tc")))
                    lines.append(" | ".join(c.strip() for c in cells))
        result["pages"] = _app_pages(body)  # (the text has none; Word's last layout may)
    except (KeyError, ValueError, TypeError, AttributeError, zipfile.BadZipFile, OSError,
            SyntaxError) as exc:
        result["status"] = "malformed"
        result["flags"].append(type(exc).__name__)
        return
    except Exception as exc:  # lxml's XMLSyntaxError and python-docx's own errors
        if type(exc).__name__ in ("XMLSyntaxError", "PackageNotFoundError", "InvalidXmlError"):
            result["status"] = "malformed"
            result["flags"].append(type(exc).__name__)
            return
        raise
    result["text"] = "\n\n".join(line for line in lines if line.strip())


def _app_pages(body: bytes) -> int | None:
    """The page count a DOCX's ``docProps/app.xml`` states (as Word last laid it out)."""
    try:
        with zipfile.ZipFile(io.BytesIO(body)) as z:
            app = z.read("docProps/app.xml")[:65536]
    except (KeyError, zipfile.BadZipFile, OSError):
        return None
    m = re.search(rb"<(?:\w+:)?Pages>(\d{1,6})</", app)
    return int(m.group(1)) if m else None


def _read_xlsx(body: bytes, result: dict[str, Any]) -> None:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(body), read_only=True, data_only=True)
        lines: list[str] = []
        for sheet in book.worksheets:
            lines.append(f"# {sheet.title}")
            for row in sheet.iter_rows(values_only=True):
                cells = ["" if v is None else str(v) for v in row]
                while cells and not cells[-1].strip():
                    cells.pop()
                if cells:
                    lines.append(" | ".join(cells))
        result["pages"] = len(book.worksheets)
        book.close()
    except Exception as exc:  # openpyxl raises many kinds on a damaged workbook
        if isinstance(exc, MemoryError):
            raise
        result["status"] = "malformed"
        result["flags"].append(type(exc).__name__)
        return
    result["flags"].append("pages_are_sheets")
    result["text"] = "\n".join(lines)


def _read_odf(body: bytes, result: dict[str, Any]) -> None:
    """ODT/ODS: the paragraphs and headings of ``content.xml`` (entities refused earlier)."""
    from lxml import etree

    text_ns = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    try:
        with zipfile.ZipFile(io.BytesIO(body)) as z:
            content = z.read("content.xml")
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        root = etree.fromstring(content, parser)
    except (KeyError, zipfile.BadZipFile, OSError, etree.XMLSyntaxError) as exc:
        result["status"] = "malformed"
        result["flags"].append(type(exc).__name__)
        return
    lines = ["".join(el.itertext()) for el in root.iter(f"{{{text_ns}}}p", f"{{{text_ns}}}h")]
    result["text"] = "\n\n".join(line for line in lines if line.strip())
