"""Attached documents (#19): the links an article attaches are found on any template, the demo
crawl captures and reads each one (PDF, DOCX, XLSX; a scan, a locked PDF and a zip bomb get
their reasons), the text is searchable and exported with its provenance, the web page serves
the captured file, and re-extraction and ingest keep or find the same. Hostile documents are
tests/test_hostile.py's D1."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from urllib.parse import quote, urlsplit

import pytest
from lxml import html as lxml_html

from archive import open_archive
from crawler.demo.corpus import SITES, load_corpus
from crawler.demo.documents import document, docx, text_pdf, xlsx
from crawler.extract.attachment_links import attachment_candidates, attachments_in
from crawler.extract.documents import read_document, sniff_document
from tests.helpers import DEMO_SOURCES
from tests.web_site import served

#: What reading each demo kind must give (crawler/demo/documents.py).
EXPECTED_TEXT_STATUS = {"pdf": "text", "docx": "text", "xlsx": "text", "scan": "no_text_layer",
                        "encrypted": "encrypted", "bomb": "zip_bomb"}


def _attachments(root) -> list[dict]:
    with open_archive(root) as archive:
        return archive.records("SELECT * FROM attachments ORDER BY source, article_id, position")


def _found(page: str, url: str = "https://sotttt.thuathienhue.gov.vn/tin/1.html",
           block: str = "//div[@id='noi-dung']") -> list[tuple[str, str | None]]:
    root = lxml_html.fromstring(page)
    tree = root.getroottree()
    (el,) = root.xpath(block)
    return [(d["url"], d["name"]) for d in attachments_in(attachment_candidates(root, url),
                                                          tree.getpath(el))]


# -- which links are attachments: templates none of the demo families was written from --------

def test_wordpress_file_blocks_and_inline_links_in_the_body_are_attachments():
    page = """<html><body>
    <nav><a href="/wp-content/uploads/huong-dan.pdf">Hướng dẫn</a></nav>
    <article><div id="noi-dung"><p>Xem <a href="/wp-content/uploads/2024/05/qd-12.pdf">quyết
    định</a> và <a href="/tin/khac.html">tin khác</a>.</p>
    <div class="wp-block-file"><a href="/wp-content/uploads/2024/05/bang-gia.xlsx">Bảng giá</a>
    <a href="/wp-content/uploads/2024/05/bang-gia.xlsx" class="wp-block-file__button"
       download>Tải về</a></div>
    </div></article>
    <aside><h3>Văn bản mới</h3><ul><li><a href="/vb/kh-99.pdf">KH 99</a></li></ul></aside>
    <footer><a href="/gioi-thieu.docx">Giới thiệu</a></footer></body></html>"""
    assert _found(page) == [
        ("https://sotttt.thuathienhue.gov.vn/wp-content/uploads/2024/05/qd-12.pdf", "quyết định"),
        ("https://sotttt.thuathienhue.gov.vn/wp-content/uploads/2024/05/bang-gia.xlsx", "Bảng giá"),
    ]


def test_a_labelled_box_beside_the_body_and_handlers_without_a_file_name():
    """Joomla/DNN-style handlers name no file: the label and the link's own words do."""
    page = """<html><body><div class="tin"><div id="noi-dung"><p>Nội dung thông báo.</p></div>
    <div class="dinh-kem"><span>Văn bản đính kèm:</span>
      <a href="/index.php?option=com_docman&task=doc_download&gid=12">Tải về</a>
      <a href="/LinkClick.aspx?fileticket=aB3x%3d&tabid=85" title="KH-2024.signed.pdf">KH-2024</a>
      <a href="/tin/tin-khac.html">Tin khác</a>
    </div></div>
    <div class="menu"><a href="/download/">Download</a></div></body></html>"""
    found = _found(page)
    assert [u for u, _ in found] == [
        "https://sotttt.thuathienhue.gov.vn/index.php?option=com_docman&task=doc_download&gid=12",
        "https://sotttt.thuathienhue.gov.vn/LinkClick.aspx?fileticket=aB3x%3d&tabid=85"]
    assert found[1][1] == "KH-2024"


def test_no_label_no_extension_no_attachment_and_other_sites_handlers_are_not_taken():
    page = """<html><body><div id="noi-dung"><p>Đọc thêm <a href="/tin/2.html">tin</a>,
    <a href="https://downloadtutorials.net/">tải về</a>.</p><p>Tải về:
    <a href="https://other.example/download?id=1">bản tin</a></p></div></body></html>"""
    assert _found(page) == []


def test_every_demo_article_attaches_what_its_page_shows_with_its_profile_and_without(demo_portal):
    """Each family's own box (a label over a list, a document library link whose address ends
    in a UUID, SharePoint's list attachments, DotNetNuke's LinkClick tickets, a file line after
    the body), read by the family's profile and by the generic path alike; an article without
    documents gets none."""
    import urllib.request

    from crawler.extract import extract_page
    from crawler.profiles import make_profile

    for site in SITES:
        shown = demo_portal.site(site)
        for family in (site, "generic"):
            hints = make_profile(family, family).hints()
            for a in [x for x in load_corpus(site) if x.attachments] + list(load_corpus(site)[:3]):
                url = demo_portal.url(site) + shown.article_path(a)
                body = urllib.request.urlopen(url).read()
                fields = extract_page({"url": url, "body": body, "hints": hints})
                want = [demo_portal.url(site) + shown.attachment_src(a, d) for d in a.attachments]
                assert [d["url"] for d in fields["attachments"]] == want, (site, family, a.id)
                assert fields["text"] == a.text, (site, family, a.id)  # the box is no body text


# -- reading documents --------------------------------------------------------------------

def test_each_format_is_read_by_its_bytes():
    lines = ("Điều 1. Phê duyệt kế hoạch chuyển đổi số.", "Hạng mục | Kinh phí", "Máy chủ | 120")
    pdf = read_document({"body": text_pdf("Quyết định 7", lines)})
    assert (pdf["status"], pdf["pages"]) == ("text", 1) and "chuyển đổi số" in pdf["text"]
    word = read_document({"body": docx(("Quyết định 7", *lines))})
    assert word["status"] == "text" and "Máy chủ | 120" in word["text"]
    sheet = read_document({"body": xlsx([["Hạng mục", "Kinh phí"], ["Máy chủ", "120"]])})
    assert sheet["status"] == "text" and "Máy chủ | 120" in sheet["text"]
    odt = io.BytesIO()
    with zipfile.ZipFile(odt, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", '<office:document-content xmlns:office="urn:oasis:names:tc:'
                   'opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:'
                   'xmlns:text:1.0"><office:body><office:text><text:h>Thông báo</text:h><text:p>'
                   "Lịch tiếp công dân tháng 7.</text:p></office:text></office:body>"
                   "</office:document-content>")
    assert read_document({"body": odt.getvalue()})["text"] == "Thông báo\n\nLịch tiếp công dân tháng 7."
    legacy = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500)  # a Word 97 .doc's container
    assert sniff_document(legacy) == "application/x-ole-storage"
    assert read_document({"body": legacy})["status"] == "unsupported_format"
    assert read_document({"body": b"<html><body>404</body></html>"})["status"] == "not_a_document"


def test_a_pdf_locked_with_an_empty_password_is_read_and_a_real_password_is_not():
    from pypdf import PdfReader, PdfWriter

    def locked(user: str) -> bytes:
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf("Công văn", ["Nội dung mật."]))))
        writer.encrypt(user_password=user, owner_password="chu-so-huu", algorithm="RC4-128")
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()

    opened = read_document({"body": locked("")})
    assert opened["status"] == "text" and "empty_password" in opened["flags"]
    assert read_document({"body": locked("bi-mat")})["status"] == "encrypted"


def test_limits_cut_text_and_pages_and_refuse_bombs():
    many = text_pdf("Dài", [f"Dòng thứ {i} của báo cáo tổng kết." for i in range(400)])
    cut = read_document({"body": many, "max_pages": 2, "max_chars": 300})
    assert cut["pages"] > 2 and {"pages_truncated", "text_truncated"} <= set(cut["flags"])
    assert len(cut["text"]) <= 300
    assert read_document({"body": document("bomb", "Phụ lục", ())})["status"] == "zip_bomb"
    small_cap = read_document({"body": docx(["x" * 5000]), "max_inflated": 1000})
    assert small_cap["status"] == "zip_bomb"


# -- the demo crawl ---------------------------------------------------------------------------

def test_the_demo_crawl_captures_and_reads_every_attachment(demo_crawl, demo_portal):
    from archive.warc import WarcPointer, read_record

    root = demo_crawl[DEMO_SOURCES[0]].archive
    got = _attachments(root)
    want = {demo_portal.url(site) + demo_portal.site(site).attachment_src(a, d): d
            for site in SITES for a in load_corpus(site) for d in a.attachments}
    assert sorted(r["url"] for r in got) == sorted(want)
    for row in got:
        doc = want[row["url"]]
        served_bytes = document(doc.kind, doc.title, doc.lines)
        assert row["status"] == "captured" and row["text_status"] == EXPECTED_TEXT_STATUS[doc.kind]
        assert row["sha256"] == hashlib.sha256(served_bytes).hexdigest()
        stored = read_record(root, WarcPointer(row["warc_file"], row["warc_offset"], row["warc_length"], ""))
        assert stored.body == served_bytes
        if doc.readable:
            assert doc.title in " ".join(row["text"].split())
    stats = [r.stats for r in demo_crawl.values()]
    assert sum(s.get("attachments/captured", 0) for s in stats) == len(want)


def test_a_phrase_only_an_attachment_holds_is_found_and_said_to_be_there(demo_crawl):
    from archive.search import search

    root = demo_crawl[DEMO_SOURCES[0]].archive
    (hit,) = search(root, '"chè vằng Phong Điền"')
    assert hit.in_attachment == "TB-128-SNN-OCOP-dot-2-2022.pdf"
    assert "<mark>" in hit.snippet and hit.source == "demo-huecit"
    (hit,) = search(root, '"che vang phong dien"')  # without diacritics too
    assert hit.in_attachment
    words = search(root, "Hội thảo khoa học trí tuệ nhân tạo")  # the article's own words
    assert words and words[0].in_attachment is None


def test_attachments_export_with_their_provenance(demo_crawl, tmp_path):
    from archive.export import ATTACHMENT_COLUMNS, export_articles

    root = demo_crawl[DEMO_SOURCES[0]].archive
    out = tmp_path / "docs.jsonl"
    with open_archive(root) as archive:
        n = export_articles(archive, out, "jsonl", source="demo-liferay", table="attachments")
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert n == len(rows) == 2 and list(rows[0]) == ATTACHMENT_COLUMNS
    assert {r["text_status"] for r in rows} == {"text", "encrypted"}
    assert all(r["warc_file"] and r["sha256"] and r["article_url"] for r in rows)


def test_the_web_page_lists_documents_and_serves_each_capture_as_a_download(demo_crawl):
    root = demo_crawl["demo-sharepoint"].archive
    (row,) = [r for r in _attachments(root) if r["source"] == "demo-sharepoint"]
    with served(root) as server:
        status, _, body = server.get(f"/article/{row['article_id']}?format=json")
        (doc,) = json.loads(body)["article"]["attachments"]
        assert status == 200 and doc["captured"] and doc["text_status"] == "text"
        status, _, html = server.get(f"/article/{row['article_id']}")
        assert b"Attached documents" in html and doc["href"].replace("&", "&amp;").encode() in html
        status, headers, got = server.get(doc["href"])
        assert status == 200 and hashlib.sha256(got).hexdigest() == row["sha256"]
        assert headers["content-disposition"].startswith("attachment;")
        assert headers["content-type"].startswith("application/vnd.openxmlformats")
        assert headers["x-content-type-options"] == "nosniff"
        assert server.get(f"/article/{row['article_id']}/attachment/5")[0] == 404
        status, _, page = server.get("/?q=" + quote('"lớp dạy bơi miễn phí"'))
        assert b"in attachment CV-2156-BGDDT-an-toan-he-2024.docx" in page


@pytest.fixture(scope="module")
def recrawled(tmp_path_factory):
    """huecit crawled; then one of its articles with documents edited, one with photos edited,
    and a new article published attaching the same documents at new addresses (the year is
    in them); crawled again."""
    from crawler.demo.server import DemoPortal
    from tests.helpers import crawl_in_process

    root = tmp_path_factory.mktemp("attachments-recrawl") / "archive"
    with DemoPortal() as portal:
        first = crawl_in_process(root, ["demo-huecit"], portal)["demo-huecit"]
        site = portal.site("huecit")
        target = next(a for a in site.articles if any(d.kind == "pdf" for d in a.attachments))
        site.edit(target.id, paragraphs=(*target.paragraphs, "Đoạn mới bổ sung sau khi đăng."))
        pictured = next(a for a in site.articles if a.images)
        site.edit(pictured.id, paragraphs=(*pictured.paragraphs, "Ảnh được cập nhật chú thích."))
        fresh = site.add(attachments=target.attachments)
        moved = {portal.url("huecit") + site.attachment_src(target, d):
                 portal.url("huecit") + site.attachment_src(fresh, d) for d in target.attachments}
        # (every archived article re-checked: the edited one is years old)
        again = crawl_in_process(root, ["demo-huecit"], portal, PORTAL_RECHECK="known")["demo-huecit"]
    again.new_photos = len(fresh.images)  # (the new article's photos: new addresses too)
    return first, again, moved


def test_a_recrawl_asks_for_no_document_again(recrawled):
    """Documents of an earlier run are known by their URL: an edited article keeps its
    documents' captures and text without a request; an unchanged one fetches nothing."""
    first, again, moved = recrawled
    assert first.stats["attachments/requests"] == 4
    assert again.stats["attachments/requests"] == len(moved)  # only the new addresses
    assert again.stats["attachments/known"] == 2
    # (and photos the same way: known by their URL, not fetched again)
    assert again.stats["images/known"] >= 1
    assert again.stats.get("images/requests", 0) == again.new_photos
    (edited,) = [i for i in again.items if "text" in i and i.get("attachments")
                 and i["attachments"][0]["url"] in moved]
    assert [d["status"] for d in edited["attachments"]] == ["captured", "captured"]
    assert [d["text_status"] for d in edited["attachments"]] == ["text", "text"]
    assert all(d["text"] for d in edited["attachments"])


def test_the_same_bytes_at_a_new_address_are_a_revisit_of_an_earlier_run(recrawled):
    """A document an earlier run captured, attached again under another address: a WARC
    revisit record naming the earlier record's URI and date, the entry pointing at the earlier
    capture with its text; ``show --raw`` of the new address prints the earlier capture."""
    from click.testing import CliRunner
    from warcio.archiveiterator import ArchiveIterator

    from archive.verify import verify_archive
    from crawler.cli import main

    first, again, moved = recrawled
    assert again.stats["attachments/revisits"] == len(moved) == 2
    (new,) = [i for i in again.items if "text" in i and i.get("attachments")
              and i["attachments"][0]["url"] in moved.values()]
    (old,) = [i for i in first.items if "text" in i and i.get("attachments")
              and i["attachments"][0]["url"] in moved]
    for before, after in zip(old["attachments"], new["attachments"], strict=True):
        assert after["url"] == moved[before["url"]]
        for key in ("warc_file", "warc_offset", "sha256", "text_status", "text", "pages"):
            assert after[key] == before[key], key
    revisits = []
    for path in sorted((again.archive / "warc").rglob("*.warc.gz")):
        with path.open("rb") as fh:
            revisits += [r.rec_headers for r in ArchiveIterator(fh) if r.rec_type == "revisit"]
    refers = {h.get_header("WARC-Target-URI"): h.get_header("WARC-Refers-To-Target-URI")
              for h in revisits}
    assert {v: k for k, v in moved.items()}.items() <= refers.items()
    assert all(h.get_header("WARC-Refers-To-Date") for h in revisits)
    new_url = next(iter(moved.values()))
    result = CliRunner().invoke(main, ["show", "--raw", new_url, "--archive", str(again.archive)])
    assert result.exit_code == 0, result.output
    assert "revisit of" in result.stderr and result.stdout_bytes.startswith(b"HTTP/1.")
    assert b"%PDF-" in result.stdout_bytes
    assert verify_archive(again.archive, fixity=True).ok


@pytest.mark.parametrize("how", ["reextract", "ingest"])
def test_reextract_keeps_and_ingest_finds_each_document(demo_crawl, tmp_path, how):
    from crawler.reprocess import ingest, reextracted_rows
    from crawler.sources import load_sources

    first = demo_crawl["demo-liferay"].archive
    want = {r["url"]: r for r in _attachments(first) if r["source"] == "demo-liferay"}
    if how == "reextract":  # the row a re-extraction writes keeps each document's capture
        rows = [row for _, row in reextracted_rows(first, load_sources(), source="demo-liferay")]
        got = {d["url"]: d for row in rows for d in row.get("attachments") or ()}
    else:
        root = tmp_path / "archive"
        liferay = [w for w in sorted((first / "warc").rglob("*.warc.gz")) if "demo-liferay" in str(w)]
        ingest(root, liferay, load_sources())
        got = {r["url"]: r for r in _attachments(root)}
    assert set(got) == set(want)
    for url, row in got.items():
        for key in ("sha256", "bytes", "media_type", "text_status", "pages", "text"):
            assert row[key] == want[url][key], (how, url, key)
        assert urlsplit(url).path.startswith("/documents/10180/")
