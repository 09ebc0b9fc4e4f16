"""One row builder (archive/rows.py, issue #15): a crawl, a re-extraction and an ingest of the
same capture give the same article row, ETag and Last-Modified included."""

from __future__ import annotations

import shutil
import urllib.error
import urllib.request
from datetime import UTC, datetime

import pytest
from click.testing import CliRunner

from archive import ARTICLE_SCHEMA, PartWriter, open_archive
from archive.rows import Capture, build_row
from archive.warc import RunWarcWriter
from crawler.cli import main
from crawler.demo import DemoPortal
from crawler.demo.corpus import load_corpus
from crawler.demo.liferay import LiferaySite
from crawler.extract import extract_page
from crawler.profiles import make_profile
from crawler.reprocess import ingest, reextracted_rows
from crawler.sources import load_sources
from tests.helpers import DEMO_SOURCES, crawl_in_process

#: The columns in which two readings of one capture differ by definition, and why.
DIFFER_BY_DEFINITION = {
    # The run that made the row: the crawl, or the re-extraction / ingest that read the
    # capture again (each has its own run id).
    "run_id",
    # When the row was extracted: every reading is a new extraction (docs/fields.md).
    "extracted_at",
}

#: An ingest reads the response record alone: what the crawl knew beyond it is not there.
#: "redirected" (the record of the final URL does not say a redirect led to it) is the one
#: such flag the demo portal produces.
INGEST_CANNOT_KNOW = {"redirected"}

_LIFERAY_NO_UNIT = ('[[source]]\nname = "demo-liferay"\nfamily = "liferay"\n'
                    'base_url = "demo:liferay"\noverrides = { unit_last_bold_right = false }\n')


def _rows(root, where: str = "TRUE", params=()) -> list[dict]:
    """Stored article rows (every column of the schema), as DuckDB reads them back."""
    with open_archive(root) as arch:
        cur = arch.sql(f"SELECT {', '.join(ARTICLE_SCHEMA.names)} FROM article_versions "
                       f"WHERE {where}", list(params))
        return [dict(zip(ARTICLE_SCHEMA.names, r, strict=True)) for r in cur.fetchall()]


def _differences(crawled: dict, other: dict, ignore=DIFFER_BY_DEFINITION) -> dict:
    return {k: (crawled[k], other[k]) for k in ARTICLE_SCHEMA.names
            if k not in ignore and crawled[k] != other[k]}


@pytest.fixture()
def crawled(demo_crawl, tmp_path):
    """A copy of the demo crawl's archive (other tests write into the shared one)."""
    root = tmp_path / "archive"
    shutil.copytree(demo_crawl[DEMO_SOURCES[0]].archive, root)
    return root, {name: demo_crawl[name].run_id for name in DEMO_SOURCES}


def test_crawl_and_reextraction_of_one_capture_give_equal_rows(crawled):
    root, run_ids = crawled
    sources = load_sources(None)
    now = datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)
    compared = redirected = 0
    for name, run_id in run_ids.items():
        stored = {r["version_id"]: r for r in _rows(root, "source = ? AND run_id = ?",
                                                    (name, run_id))}
        assert stored, name
        rows = list(reextracted_rows(root, sources, source=name, now=now, run_id="re-1"))
        assert len(rows) == len(stored), name  # every capture read again as an article
        for old_vid, row in rows:
            crawl_row = stored[old_vid]
            assert set(row) == set(ARTICLE_SCHEMA.names)
            assert _differences(crawl_row, row) == {}, crawl_row["url"]
            assert (row["run_id"], row["extracted_at"]) == ("re-1", now)
            # The demo sends both validators on article pages; the crawl kept them.
            assert crawl_row["http_etag"] and crawl_row["http_last_modified"]
            compared += 1
            redirected += "redirected" in row["flags"]
    assert compared == sum(len(load_corpus(n.removeprefix("demo-"))) for n in run_ids)
    assert redirected  # a flag the response record does not hold, carried from the crawl row


def test_crawl_and_ingest_of_one_capture_give_equal_rows(crawled, tmp_path):
    root, run_ids = crawled
    fresh = tmp_path / "ingested"
    sources = load_sources(None)
    compared = 0
    for name, run_id in run_ids.items():
        warcs = sorted((root / "warc" / f"source={name}").rglob("*.warc.gz"))
        report = ingest(fresh, warcs, sources, source=name)
        assert not report.damage
        crawl_rows = {r["url"]: r for r in _rows(root, "source = ? AND run_id = ?",
                                                 (name, run_id))}
        ingested = {r["url"]: r for r in _rows(fresh, "source = ?", (name,))}
        assert ingested.keys() == crawl_rows.keys(), name
        for url, crawl_row in crawl_rows.items():
            row = ingested[url]
            assert row["http_etag"] == crawl_row["http_etag"] is not None
            assert row["run_id"].startswith("ingest-")
            # Ingested rows point at the files read, by absolute path: the same records (the
            # photos' too, found in the same files).
            # (and the documents' too, their text read again from the same bytes)
            crawl_row = {**crawl_row, **{column: [
                {**i, "warc_file": str((root / i["warc_file"]).resolve()) if i["warc_file"] else None}
                for i in crawl_row[column]] for column in ("images", "attachments")}}
            assert all(i["status"] == "captured" for i in row["images"]), url
            assert all(d["status"] == "captured" for d in row["attachments"]), url
            difference = _differences(crawl_row, row)
            stored_file, ingested_file = difference.pop("warc_file")
            assert ingested_file == str((root / stored_file).resolve())
            if "redirected" in crawl_row["flags"]:
                # Only the flag the record cannot hold is missing, in its place.
                crawl_flags = [f for f in crawl_row["flags"] if f not in INGEST_CANNOT_KNOW]
                assert difference.pop("flags") == (crawl_row["flags"], crawl_flags)
            assert difference == {}, url
            compared += 1
    assert compared == sum(len(load_corpus(n.removeprefix("demo-"))) for n in run_ids)


@pytest.fixture(scope="module")
def reextracted_then_recrawled(demo_crawl, tmp_path_factory):
    """The Liferay demo site's archive re-extracted with a changed rule (new versions of the
    articles with an issuing unit), then crawled again re-checking every article, from a
    portal started anew (other ports). Blocking calls need a fixture."""
    root = tmp_path_factory.mktemp("reextract-etag") / "archive"
    shutil.copytree(demo_crawl["demo-liferay"].archive, root)
    config = root.parent / "sources.toml"
    config.write_text(_LIFERAY_NO_UNIT)
    result = CliRunner().invoke(main, ["reextract", "--source", "demo-liferay", "--config",
                                       str(config), "--archive", str(root)])
    assert result.exit_code == 0, result.output
    with DemoPortal() as fresh:
        again = crawl_in_process(root, ["demo-liferay"], fresh, PORTAL_RECHECK="known")
    return root, demo_crawl["demo-liferay"].run_id, again["demo-liferay"]


def test_reextracted_rows_keep_the_captures_etag_and_last_modified(reextracted_then_recrawled):
    root, crawl_run, _ = reextracted_then_recrawled
    crawled = {r["article_id"]: r for r in _rows(root, "run_id = ?", (crawl_run,))}
    new = _rows(root, "run_id LIKE 'reextract-%'")
    assert len(new) == sum(1 for a in load_corpus("liferay") if a.unit)
    for row in new:
        before = crawled[row["article_id"]]
        assert row["unit"] is None and before["unit"]  # the rule did change the row
        assert row["http_etag"] == before["http_etag"] is not None
        assert row["http_last_modified"] == before["http_last_modified"] is not None
        assert (row["fetched_at"], row["warc_record_id"]) == (before["fetched_at"],
                                                              before["warc_record_id"])


def test_next_crawl_after_reextract_still_asks_only_if_changed(reextracted_then_recrawled):
    """The validators of the re-extracted versions go out again: every article answers 304."""
    root, _, again = reextracted_then_recrawled
    articles = len(load_corpus("liferay"))
    assert again.stats["portal/not_modified"] == articles
    assert again.stats["downloader/response_status_count/304"] == articles
    assert again.items == []


def test_demo_article_pages_answer_if_none_match(demo_portal):
    url = demo_portal.url("liferay") + LiferaySite.article_path(load_corpus("liferay")[0])
    with urllib.request.urlopen(url) as response:
        etag, modified = response.headers["ETag"], response.headers["Last-Modified"]
    assert etag and modified

    def status(**headers: str) -> int:
        try:
            with urllib.request.urlopen(urllib.request.Request(url, headers=headers)) as r:
                return r.status
        except urllib.error.HTTPError as exc:
            return exc.code

    assert status(**{"If-None-Match": etag}) == 304
    assert status(**{"If-None-Match": f'"other", W/{etag}'}) == 304
    # If-None-Match wins over If-Modified-Since (RFC 9110 13.2.2): an older copy is sent anew.
    assert status(**{"If-None-Match": '"other"', "If-Modified-Since": modified}) == 200
    assert status(**{"If-Modified-Since": modified}) == 304


_PARA = ("Sáng nay, Ủy ban nhân dân tỉnh đã tổ chức hội nghị tổng kết công tác năm và triển khai "
         "nhiệm vụ trọng tâm của năm tới với sự tham dự của các sở, ban, ngành.")
#: An article page that names no section (no breadcrumb): only its listing says one.
_PAGE = (f'<html><head><meta charset="utf-8"><title>Hội nghị tổng kết năm</title></head><body>'
         f'<div class="header"><a href="/">Trang chủ</a></div><article>'
         f'<h1>Hội nghị tổng kết công tác năm</h1><p>Ngày đăng: 05/01/2024 08:30</p>'
         f'<p>{_PARA}</p><p>{_PARA}</p><p>{_PARA}</p></article></body></html>').encode()


def test_reextraction_keeps_the_listing_category_of_a_page_that_names_none(tmp_path):
    """A crawl files a page that names no section under the listing it came from
    (``listing_category``); the response record does not say it, the stored row does."""
    root, source, url = tmp_path / "archive", "web-x-test", "http://x.test/tin-tuc/hoi-nghi-1.html"
    fetched = datetime(2024, 1, 5, 2, 0, 0, 123456, tzinfo=UTC)
    warc = RunWarcWriter(root, source, "web-x-test-run")
    pointer = warc.write_exchange(
        url, method="GET", request_headers=[], status=200, reason="", body=_PAGE, date=fetched,
        response_headers=[("Content-Type", "text/html; charset=utf-8"), ("ETag", '"v1"'),
                          ("Last-Modified", "Fri, 05 Jan 2024 01:30:00 GMT")])
    warc.close()
    # What ExtractPipeline does with the crawl's PageCapture of that response, read with the
    # profile re-extraction picks for a source that is not configured (choose_profile).
    profile = make_profile("generic", "generic")
    fields = extract_page({"url": url, "body": _PAGE, "content_type": "text/html; charset=utf-8",
                           "hints": profile.hints(), "url_kind": profile.classify(url)[0]})
    assert fields.pop("status") == "ok" and fields["category"] is None
    for key in ("page_kind", "kind_reason", "link_canonical"):
        fields.pop(key)
    capture = Capture(url, 200, fetched, etag='"v1"', last_modified="Fri, 05 Jan 2024 01:30:00 GMT",
                      pointer=pointer)
    crawl_row = build_row(fields, capture, source=source, canonical_url=profile.canonicalize(url),
                          run_id="web-x-test-run", extracted_at=fetched,
                          listing_category="Thông báo")
    writer = PartWriter(root, partition={"source": source})
    writer.add(crawl_row)
    writer.close()
    (stored,) = _rows(root)
    ((old_vid, row),) = reextracted_rows(root, {}, now=datetime.now(UTC))
    assert old_vid == row["version_id"] == stored["version_id"]
    assert row["category"] == "Thông báo"
    assert _differences(stored, row) == {}


def test_build_row_takes_extracted_columns_only():
    capture = Capture("http://x.test/a", 200, datetime(2024, 1, 1, tzinfo=UTC))
    common = {"source": "web-x-test", "canonical_url": "http://x.test/a", "run_id": "r",
              "extracted_at": datetime(2024, 1, 2, tzinfo=UTC)}
    row = build_row({"text": "một hai ba", "category": "Tin tức"}, capture,
                    listing_category="Thông báo", **common)
    assert row["category"] == "Tin tức"  # the page's own section wins over its listing's
    assert (row["word_count"], row["removed"], row["flags"]) == (3, False, [])
    with pytest.raises(ValueError, match="url"):  # provenance comes from the capture alone
        build_row({"text": "x", "url": "http://x.test/b"}, capture, **common)
    with pytest.raises(ValueError, match="status"):
        build_row({"text": "x", "status": "ok"}, capture, **common)


def test_an_undated_page_and_a_stub_get_the_crawls_verdict_offline():
    """The crawl's validation (kept with ``no_date``/``no_title`` flags, or dropped as
    ``too_short``) and the offline row builder's (reextract, ingest) are one rule: the same
    capture gives the same row, flags included, or is refused for the same reason."""
    from scrapy.exceptions import DropItem

    from archive.warc import CapturedResponse, WarcPointer
    from crawler.items import ArticleItem
    from crawler.reprocess import Report, _row
    from pipelines.validate import ValidatePipeline

    class Stats:
        def __init__(self) -> None:
            self.values: dict[str, int] = {}

        def inc_value(self, key: str) -> None:
            self.values[key] = self.values.get(key, 0) + 1

    para = " ".join(["Ủy ban nhân dân huyện họp bàn kế hoạch phát triển kinh tế xã hội năm tới "
                     "với các phòng, ban chuyên môn và các xã, thị trấn."] * 3)
    pages = {
        "undated": f"<h1>Họp bàn kế hoạch năm tới</h1><p>{para}</p><p>{para}</p>",
        "stub": "<h1>Thông báo lịch tiếp dân</h1><p>Ủy ban nhân dân huyện thông báo lịch.</p>"
                "<p>Ngày 05/12/2026</p>",
    }
    # (a family whose URL rule says "article": a short page then passes extraction and meets
    # the word count, as on a real portal)
    profile = make_profile("liferay", "sotnmt")
    now = datetime(2030, 1, 1, tzinfo=UTC)
    for name, body in pages.items():
        html = (f"<html><head><title>Huyện</title></head><body><nav><a href='/'>Trang chủ</a></nav>"
                f"<article>{body}</article></body></html>").encode()
        url = f"https://sotnmt.example.gov.vn/tin-tuc/-/view_content/{len(name)}-{name}.html"
        assert profile.classify(url)[0] == "article"
        response = CapturedResponse(url, 200, [("Content-Type", "text/html; charset=utf-8")], html,
                                    None, WarcPointer("x.warc.gz", 0, len(html), "<urn:x>"))
        fields = extract_page({"url": url, "body": html, "content_type": "text/html",
                               "hints": profile.hints(), "headers": {},
                               "url_kind": profile.classify(url)[0], "family_signal": "none"})
        assert fields["status"] == "ok", (name, fields["status"])  # read as an article both ways
        fields = {k: v for k, v in fields.items()
                  if k not in ("status", "page_kind", "kind_reason", "link_canonical")}
        crawled = ArticleItem(build_row(fields, Capture.of(response, fetched_at=now), source="sotnmt",
                                        canonical_url=url, run_id="r", extracted_at=now))
        stats, report = Stats(), Report()
        offline = _row(response, profile, "none", report, source="sotnmt", canonical_url=url,
                       run_id="r", now=now, fetched_at=now)
        try:
            kept = ValidatePipeline(stats).process_item(crawled)
        except DropItem:
            assert name == "stub" and offline is None and report.skipped == {"too_short": 1}
            assert stats.values == {"dropped/too_short": 1}
            continue
        assert name == "undated" and offline is not None
        assert "no_date" in kept["flags"] and offline["flags"] == kept["flags"]
        assert stats.values == {"validate/no_date": 1}
