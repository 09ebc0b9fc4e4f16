"""Photos (#19, for #16's article page): the demo crawl captures every photo its articles
show, the row says where, an earlier capture is reused, and the web page serves a photo from
its capture and nothing that is not a raster image. Faults are tests/test_hostile.py's P1."""

from __future__ import annotations

import hashlib
import json
from urllib.parse import urlsplit

import pyarrow as pa
import pytest

from archive import open_archive
from archive.schema import ARTICLE_SCHEMA, IMAGE_TYPE, schema_problem
from crawler.demo.images import photo
from crawler.extract.photos import sniff_image
from pipelines.assets import captured_before
from tests.helpers import DEMO_SOURCES
from tests.web_site import served, write_web_archive


def _photos(root) -> list[dict]:
    with open_archive(root) as archive:
        return archive.records("SELECT source, article_id, version_id, i.* FROM "
                               "(SELECT source, article_id, version_id, unnest(images) AS i FROM articles)")


def test_the_demo_crawl_captures_every_photo_as_served(demo_crawl):
    root = demo_crawl[DEMO_SOURCES[0]].archive
    photos = _photos(root)
    assert {p["source"] for p in photos} == set(DEMO_SOURCES)
    assert {p["status"] for p in photos} == {"captured"}
    from archive.warc import WarcPointer, read_record

    for p in photos:
        served_bytes = photo(urlsplit(p["src"]).path)
        assert (p["media_type"], p["bytes"]) == ("image/jpeg", len(served_bytes))
        assert p["sha256"] == hashlib.sha256(served_bytes).hexdigest()
    for p in photos[::15]:  # the record holds exactly those bytes, under the photo's URL
        stored = read_record(root, WarcPointer(p["warc_file"], p["warc_offset"], p["warc_length"], ""))
        assert stored.body == photo(urlsplit(p["src"]).path) and stored.url == p["src"]
    captured = sum(r.stats.get("images/captured", 0) for r in demo_crawl.values())
    assert captured == len({p["src"] for p in photos})


def test_an_earlier_capture_is_known_to_the_next_run(demo_crawl):
    root = demo_crawl["demo-vccorp"].archive
    known, latest = captured_before(str(root), "demo-vccorp", "images", "src")
    vccorp = [p for p in _photos(root) if p["source"] == "demo-vccorp"]
    assert vccorp and set(known) == {p["src"] for p in vccorp}
    first = vccorp[0]
    assert known[first["src"]]["warc_offset"] == first["warc_offset"]
    assert {p["article_id"] for p in vccorp} <= set(latest)
    assert captured_before(str(root), "no-such-source", "images", "src") == ({}, {})


def test_parts_written_before_photo_captures_still_belong_to_the_archive():
    old_images = pa.list_(pa.struct([("src", pa.string()), ("caption", pa.string()),
                                     ("credit", pa.string())]))
    fields = [ARTICLE_SCHEMA.field(n) for n in ARTICLE_SCHEMA.names if n != "images"]
    older = pa.schema([*fields, pa.field("images", old_images)])
    assert schema_problem(older, "articles") is None
    wrong = pa.schema([*fields, pa.field("images", pa.list_(pa.struct([("src", pa.int64())])))])
    assert "images" in (schema_problem(wrong, "articles") or "")
    assert IMAGE_TYPE.get_field_index("warc_offset") >= 0


def test_the_web_page_shows_captured_photos_from_their_records(demo_crawl):
    root = demo_crawl["demo-huecit"].archive
    first = next(p for p in _photos(root) if p["source"] == "demo-huecit")
    with served(root) as server:
        status, _, body = server.get(f"/article/{first['article_id']}?format=json")
        images = json.loads(body)["article"]["images"]
        href = images[0]["href"]
        assert status == 200 and images[0]["captured"]
        assert href.startswith(f"/article/{first['article_id']}/image/0")
        status, _, html = server.get(f"/article/{first['article_id']}")
        assert f'<img src="{href.replace("&", "&amp;")}"'.encode() in html
        status, headers, got = server.get(href)
        assert status == 200 and got == photo(urlsplit(first["src"]).path)
        assert headers["content-type"] == "image/jpeg" and headers["x-content-type-options"] == "nosniff"
        assert "sandbox" in headers["content-security-policy"]
        assert server.get(f"/article/{first['article_id']}/image/99")[0] == 404
        assert server.get(f"/article/{first['article_id']}/image/x")[0] == 404


def test_only_raster_images_are_served():
    assert sniff_image(photo("/a.jpg")) == "image/jpeg"
    assert sniff_image(b"\x89PNG\r\n\x1a\n" + bytes(20)) == "image/png"
    assert sniff_image(b"RIFF\x00\x00\x00\x00WEBPVP8 ") == "image/webp"
    assert sniff_image(b'<svg xmlns="http://www.w3.org/2000/svg"><script>x()</script></svg>') is None
    assert sniff_image(b"<html><body>404</body></html>") is None
    assert sniff_image(b"") is None


def test_a_capture_that_is_no_raster_image_is_never_served(tmp_path):
    """An archive is hostile input: an entry claiming a capture of a scripted SVG is shown as
    not captured, and asked for directly, its bytes are refused."""
    web = write_web_archive(tmp_path / "archive")
    with served(web.root) as server:
        status, _, body = server.get(f"/article/{web.hostile_id}?format=json")
        svg = json.loads(body)["article"]["images"][1]
        assert (svg["captured"], svg["status"], svg["href"]) == (False, "not_an_image", None)
        status, headers, body = server.get(f"/article/{web.hostile_id}/image/1")
        assert status == 404 and b"<svg" not in body
        assert server.get(f"/article/{web.hostile_id}/image/0")[0] == 404  # a javascript: src


def test_which_photos_are_fetched():
    """The article's own host and PORTAL_IMAGE_HOSTS, http(s) only, a cap per article."""
    from scrapy.utils.test import get_crawler

    from pipelines.images import ImageCapturePipeline

    crawler = get_crawler(settings_dict={"PORTAL_IMAGE_HOSTS": ["cdn.hue.gov.vn"],
                                         "PORTAL_IMAGES_PER_ARTICLE": 3})
    pipeline = ImageCapturePipeline(crawler)
    host = "sotttt.hue.gov.vn"
    assert pipeline._refusal("https://sotttt.hue.gov.vn/anh/a.jpg", host, 0) is None
    assert pipeline._refusal("https://cdn.hue.gov.vn/anh/a.jpg", host, 2) is None
    assert pipeline._refusal("https://sotttt.hue.gov.vn/anh/d.jpg", host, 3) == "over_limit"
    assert pipeline._refusal("https://facebook.com/a.jpg", host, 0) == "off_site"
    # the site's www twin and hosts under it are the site itself (as the address guard says)
    assert pipeline._refusal("https://www.sotttt.hue.gov.vn/a.jpg", host, 0) is None
    assert pipeline._refusal("https://media.sotttt.hue.gov.vn/a.jpg", host, 0) is None
    assert pipeline._refusal("https://evilsotttt.hue.gov.vn/a.jpg", host, 0) == "off_site"
    assert pipeline._refusal("data:image/png;base64,iVBORw0KGgo=", host, 0) == "inline"
    assert pipeline._refusal("ftp://sotttt.hue.gov.vn/a.jpg", host, 0) == "bad_url"
    assert pipeline._refusal("http://[::1/a.jpg", host, 0) == "bad_url"


def test_a_revisit_record_names_the_bytes_it_does_not_repeat(tmp_path):
    """A photo whose bytes another record holds (this run: its URL and date; an earlier run:
    its URL) is written as a revisit: headers, no payload, the payload's SHA-256."""
    from warcio.archiveiterator import ArchiveIterator

    from archive.verify import verify_archive
    from archive.warc import RunWarcWriter

    body = photo("/anh/a.jpg")
    warc = RunWarcWriter(tmp_path, "moh", "run-revisit")
    kw = {"method": "GET", "request_headers": [], "status": 200, "reason": "OK",
          "response_headers": [("Content-Type", "image/jpeg")], "body": body}
    first = warc.write_exchange("https://moh.gov.vn/anh/a.jpg", **kw)
    again = warc.write_exchange("https://moh.gov.vn/anh/b.jpg",
                                revisit_of=("https://moh.gov.vn/anh/a.jpg", "2026-12-07T01:02:03Z"), **kw)
    earlier = warc.write_exchange("https://moh.gov.vn/anh/c.jpg",
                                  revisit_of=("https://moh.gov.vn/anh/a.jpg", None), **kw)
    warc.close()
    assert again.length < first.length and earlier.length < first.length
    (path,) = (tmp_path / "warc").rglob("*.warc.gz")
    with path.open("rb") as fh:
        records = [r for r in ArchiveIterator(fh) if r.rec_type in ("response", "revisit")]
    original, *revisits = records
    assert [r.rec_type for r in revisits] == ["revisit", "revisit"]
    for record in revisits:
        assert (record.rec_headers.get_header("WARC-Payload-Digest")
                == original.rec_headers.get_header("WARC-Payload-Digest"))
        assert record.rec_headers.get_header("WARC-Refers-To-Target-URI") == "https://moh.gov.vn/anh/a.jpg"
    assert revisits[0].rec_headers.get_header("WARC-Refers-To-Date") == "2026-12-07T01:02:03Z"
    assert revisits[1].rec_headers.get_header("WARC-Refers-To-Date") is None
    assert verify_archive(tmp_path, fixity=True).ok


def test_an_article_archived_unchanged_fetches_no_photo():
    """The store keeps nothing of an article whose latest version is the one read again, so
    its photos are not fetched (a photo that failed last time would be fetched, written to the
    WARC and forgotten on every run)."""
    from scrapy.utils.test import get_crawler

    from crawler.items import ArticleItem
    from pipelines.images import ImageCapturePipeline

    pipeline = ImageCapturePipeline(get_crawler())  # no engine: a fetch would raise
    pipeline.latest = {"a1": ("v1", False)}
    item = ArticleItem(article_id="a1", version_id="v1", url="https://moh.gov.vn/tin/1",
                       images=[{"src": "https://moh.gov.vn/anh/1.jpg", "caption": None, "credit": None}])
    def run(coroutine):  # (the test's thread runs the reactor's loop: driven by hand)
        try:
            coroutine.send(None)
        except StopIteration as done:
            return done.value
        raise AssertionError("the pipeline waited on a download")

    assert run(pipeline.process_item(item)) is item
    assert "status" not in item["images"][0]
    pipeline.latest = {"a1": ("v0", False)}  # an edit: its photos are fetched
    with pytest.raises(RuntimeError, match="engine"):  # the fetch is tried (no engine here)
        run(pipeline.process_item(item))
