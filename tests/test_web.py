"""The web page over HTTP, without a browser: every route in HTML and JSON, the same answers
as the library, hostile pages inert, nothing written (issue #16). A real uvicorn server on
loopback serves a hand-written archive (tests/web_site.py) and the demo crawl's."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from datetime import UTC, datetime, timedelta
from html import unescape
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.web_site import EDITED_SECOND, STORY, XSS_RAW, served, write_web_archive


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from crawler.sources import Source

    web = write_web_archive(tmp_path_factory.mktemp("web") / "archive")
    configured = {"tinh-qt": Source(name="tinh-qt", family="liferay", base_url="https://tinh-qt.gov.vn",
                                    title="Cổng thông tin tỉnh", schedule="0 6 * * *")}
    with served(web.root, configured) as server:
        yield server, web


def _html(server, path: str) -> str:
    status, headers, body = server.get(path)
    assert status == 200, (path, status, body[:500])
    assert headers["content-type"].startswith("text/html")
    return body.decode("utf-8")


def _json(server, path: str, status: int = 200) -> dict:
    sep = "&" if "?" in path else "?"
    got, headers, body = server.get(path + sep + "format=json")
    assert got == status, (path, got, body[:500])
    assert headers["content-type"] == "application/json"
    return json.loads(body)


def _snapshot(root: Path) -> dict[str, tuple[int, float]]:
    out = {}
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            path = os.path.join(dirpath, name)
            st = os.stat(path)
            out[os.path.relpath(path, root)] = (st.st_size, st.st_mtime)
    return out


def test_search_without_diacritics_finds_the_story_once_with_its_copies(site):
    server, web = site
    data = _json(server, "/?q=" + quote("hoi nghi tong ket chuyen doi so"))
    assert data["total"] == 1 and len(data["hits"]) == 1
    hit = data["hits"][0]
    assert hit["copies"] == 2 and hit["cluster_id"] == web.cluster_id
    assert data["facets"]["source"] == {"tinh-qt": 1, "huyen-cam-lo": 1, "bao-quang-tri": 1}
    page = _html(server, "/?q=" + quote("hoi nghi tong ket chuyen doi so"))
    assert f'href="/cluster/{web.cluster_id}"' in page and "3 copies" in page
    assert "<mark>" in page  # the matched words are marked
    every = _json(server, "/?copies=1&q=" + quote("chuyển đổi số"))
    assert sorted(h["source"] for h in every["hits"]) == ["bao-quang-tri", "huyen-cam-lo", "tinh-qt"]


def test_search_answers_what_the_library_answers(site):
    from archive.search import search

    server, web = site
    for query, params in [("huyen cam lo", {}), ('"tin hoạt động"', {"source": "huyen-cam-lo"}),
                          ("nhiem OR cau", {}), ("title:khoi cong", {}), ("nhiệm -vụ", {})]:
        path = "/?q=" + quote(query) + "".join(f"&{k}={quote(v)}" for k, v in params.items())
        data = _json(server, path)
        lib = search(web.root, query, limit=20, **params)
        assert [h["version_id"] for h in data["hits"]] == [h.version_id for h in lib], query


def test_pages_of_results_are_links_and_filters_stay_on(site):
    server, _ = site
    first = _json(server, "/?q=huyen&source=huyen-cam-lo")
    assert first["total"] > 20 and first["pages"] == 2
    second = _json(server, "/?q=huyen&source=huyen-cam-lo&page=2")
    assert {h["version_id"] for h in first["hits"]}.isdisjoint(h["version_id"] for h in second["hits"])
    assert second["hits"][0]["rank"] == 21
    page = _html(server, "/?q=huyen&source=huyen-cam-lo")
    assert 'href="?q=huyen&amp;source=huyen-cam-lo&amp;page=2"' in page
    past = _json(server, "/?q=huyen&source=huyen-cam-lo&page=99999")  # bounded: the last page
    assert past["form"]["page"] == 2 and past["hits"] == second["hits"]


def test_filters_by_unit_and_dates(site):
    server, _ = site
    unit = quote("so thong tin va truyen thong")
    by_unit = _json(server, "/?q=" + quote("chuyen doi so") + "&copies=1&unit=" + unit)
    assert len(by_unit["hits"]) == 3
    dated = _json(server, "/?q=" + quote("chuyen doi so") + "&copies=1&since=2021-03-13&until=2021-03-14")
    assert [h["source"] for h in dated["hits"]] == ["bao-quang-tri"]


def test_a_malformed_query_is_a_message_not_an_error(site):
    server, _ = site
    data = _json(server, "/?q=" + quote('"unclosed (phrase'))
    assert data["error"] and data["hits"] == []
    page = _html(server, "/?q=" + quote("'; DROP TABLE docs; --"))  # words, never SQL
    assert "Error" not in page.split("<main>")[1][:200]


def test_export_link_writes_the_results_with_provenance(site):
    from archive import open_archive

    server, web = site
    status, headers, body = server.get("/export?format=csv&q=" + quote("chuyen doi so"))
    assert status == 200 and headers["content-type"].startswith("text/csv")
    assert "attachment" in headers["content-disposition"]
    assert body.startswith("\ufeff".encode())  # a CSV for spreadsheets (Vietnamese shows right)
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    assert sorted(r["article_id"] for r in rows) == sorted(web.story_ids)
    assert {"url", "fetched_at", "warc_file", "version_id", "score"} <= set(rows[0])
    with open_archive(web.root) as archive:
        assert len(archive.articles(query="chuyen doi so")) == len(rows)
    status, headers, body = server.get("/export?format=parquet&source=huyen-cam-lo")
    import pyarrow.parquet as pq

    assert status == 200 and pq.read_table(io.BytesIO(body)).num_rows == 26
    assert server.get("/export?format=xlsx")[0] == 400
    import glob
    import tempfile

    # (written to a temporary file, streamed, then deleted)
    assert not glob.glob(os.path.join(tempfile.gettempdir(), "portal-archive-export-*"))


def test_article_page_shows_dates_with_their_labels_captions_and_provenance(site):
    server, web = site
    page = _html(server, f"/article/{web.edited_id}")
    assert "Ngày đăng" in page and "2021-03-04 15:00" in page and "Cập nhật" in page
    assert "Lễ khởi công cầu Đông Hà" in page and "Ảnh: Hải Long" in page
    assert "Sở Xây dựng" in page and "Minh Anh" in page
    # the photo from its capture, its address shown, never loaded from the portal
    assert "https://tinh-qt.gov.vn/anh/cau.jpg" in page and '<img src="http' not in page
    assert f'<img src="/article/{web.edited_id}/image/0?v=' in page
    data = _json(server, f"/article/{web.edited_id}")
    article = data["article"]
    assert article["paragraphs"] == EDITED_SECOND  # the latest version
    assert len(data["versions"]) == 2 and article["warc_file"].endswith(".warc.gz")
    older = _json(server, f"/article/{web.edited_id}?v={data['versions'][0]['version_id']}")
    assert older["article"]["title"] == "Khởi công cầu Đông Hà mới"


def test_versions_page_diffs_paragraphs(site):
    server, web = site
    data = _json(server, f"/article/{web.edited_id}/versions")
    second = data["versions"][1]
    assert second["changed_fields"] == ["title"]
    ops = [(p["op"], p["text"][:30]) for p in second["paragraphs"]]
    assert ("removed", "Công trình dài 420 mét, dự kiế") in ops
    assert ("added", "Công trình dài 450 mét, dự kiế") in ops
    assert ("added", "Tổng vốn đầu tư hơn 300 tỷ đồn") in ops
    page = _html(server, f"/article/{web.edited_id}/versions")
    assert "<ins>Tổng vốn đầu tư hơn 300 tỷ đồng từ ngân sách tỉnh.</ins>" in page
    assert "<del>Công trình dài 420 mét" in page


def test_a_removal_is_a_marker_of_its_own(site):
    server, web = site
    data = _json(server, f"/article/{web.removed_id}/versions")
    assert [v["removed"] for v in data["versions"]] == [False, True]
    assert data["versions"][1]["paragraphs"] == []
    page = _html(server, f"/article/{web.removed_id}/versions")
    assert "REMOVED from the portal" in page
    article = _html(server, f"/article/{web.removed_id}")
    assert "was removed from the portal" in article and "Huyện Cam Lộ triển khai" in article
    assert _json(server, f"/article/{web.removed_id}")["article"]["removed"] is not True


def test_cluster_page_lists_every_republisher_and_what_changed(site):
    server, web = site
    data = _json(server, f"/cluster/{web.cluster_id}")
    members = data["members"]
    # The original was corrected in place: its two versions are in the cluster, one article.
    assert len(members) == 4 and data["articles"] == 3 and data["sources"] == 3
    assert members[0]["is_original"] and [m["earlier"] for m in members].count(True) == 1
    assert {m["source"] for m in members if m["earlier"]} == {"tinh-qt"}
    changed = {m["source"]: (m["title_changed"], m["added"]) for m in members if not m["earlier"]}
    assert changed["bao-quang-tri"] == (True, 1) and changed["huyen-cam-lo"] == (False, 0)
    assert all(m["match"] and m["score"] is not None for m in members[1:])
    page = _html(server, f"/cluster/{web.cluster_id}")
    assert "title changed" in page and "Báo Quảng Trị đưa thêm ý kiến" in page
    assert STORY[:40] not in page  # the shared text is not repeated, only what differs
    assert "One story, 3 copies on 3 sources" in page and "(earlier version)" in page
    # The article page counts the other articles, not its own earlier version.
    latest = _json(server, f"/article/{web.story_ids[0]}")
    assert latest["copies"] == 2 and latest["cluster_id"] == web.cluster_id


def test_sources_page_shows_runs_health_and_charts(site):
    server, _ = site
    data = _json(server, "/sources")
    source = next(s for s in data["sources"] if s["name"] == "tinh-qt")
    assert (source["family"], source["schedule"], source["title"]) == ("liferay", "0 6 * * *",
                                                                       "Cổng thông tin tỉnh")
    newest = source["runs"][0]
    assert newest["errors"] == 2 and newest["refused_by_reason"] == {"robots_disallowed": 2}
    assert {r["run_id"] for r in data["runs"]} == {"run-web-0", "run-web-1", "run-web-2"}
    page = _html(server, "/sources")
    assert page.count("<svg role=\"img\"") == 2 and "<rect" in page
    assert "robots_disallowed: 2" in page
    one = _json(server, "/sources/tinh-qt")
    assert [r["run_id"] for r in one["runs"]] == ["run-web-2", "run-web-1", "run-web-0"]
    assert server.get("/sources/no-such-source")[0] == 404


def test_payloads_in_archived_pages_stay_text(site):
    server, web = site
    page = _html(server, f"/article/{web.hostile_id}")
    body = page.split("<main>")[1]
    # Not one tag, handler or URL of the payloads survives as markup.
    for bad in ("<script>window", "<img src=x", "<svg onload", "<iframe", "<style>body", "<b>Ảnh"):
        assert bad not in body, bad
    assert 'href="javascript:' not in body
    assert "&lt;script&gt;window.__pwned" in body and "&lt;svg onload" in body
    for query in ("pwned", "ma doc"):
        hits = _html(server, "/?q=" + quote(query)).split("<main>")[1]
        assert "<script>window" not in hits and "<img src=x" not in hits
    status, headers, raw = server.get(f"/article/{web.hostile_id}/raw")
    assert status == 200 and raw.endswith(XSS_RAW)  # as captured, headers first
    assert headers["content-type"] == "text/plain" and headers["x-content-type-options"] == "nosniff"
    assert headers["content-security-policy"].startswith("sandbox")


def test_every_page_carries_a_policy_that_runs_no_inline_script(site):
    server, web = site
    for path in ["/", "/?q=cau", f"/article/{web.edited_id}", f"/article/{web.edited_id}/versions",
                 f"/cluster/{web.cluster_id}", "/sources", "/sources/tinh-qt", "/no/such/page"]:
        status, headers, body = server.get(path)
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp and "'unsafe-inline'" not in csp, path
        assert "frame-ancestors 'none'" in csp and headers["x-content-type-options"] == "nosniff"
        assert not re.search(rb"<script(?![^>]*\ssrc=\"/static/)", body), path  # no inline script


def test_nothing_but_reading(site):
    server, web = site
    before = _snapshot(web.root)
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        assert server.get("/", method=method)[0] == 405
        assert server.get(f"/article/{web.edited_id}", method=method)[0] == 405
    for path in ["/", "/?q=cau", f"/article/{web.edited_id}/versions", f"/article/{web.hostile_id}/raw",
                 f"/cluster/{web.cluster_id}", "/sources", "/export?format=jsonl&q=cau"]:
        assert server.get(path)[0] == 200
    assert _snapshot(web.root) == before


def test_paths_cannot_leave_the_archive_or_name_a_file(site):
    server, web = site
    for path in ["/article/..%2F..%2Fetc%2Fpasswd", "/article/..%2f..%2fetc%2fpasswd/raw",
                 f"/article/{web.edited_id}%2F..%2F..%2Fetc%2Fpasswd/raw", "/static/..%2F..%2Fapp.py",
                 "/static/../app.py", "/cluster/..%2F..%2Fetc", "/article/nothex/raw"]:
        status, _, body = server.get(path)
        assert status in (400, 404), path
        assert b"root:" not in body and b"import" not in body
    assert server.get("/article/0123456789abcdef0123456789abcdef")[0] == 404


def test_a_foreign_host_name_is_refused(site):
    """DNS rebinding: a page elsewhere whose name now points at 127.0.0.1 gets nothing."""
    server, _ = site
    assert server.get("/", headers={"Host": "evil.example"})[0] == 400
    assert server.get("/", headers={"Host": "localhost"})[0] == 200


def test_json_is_asked_for_by_accept_too(site):
    server, web = site
    status, headers, body = server.get(f"/article/{web.edited_id}", headers={"Accept": "application/json"})
    assert status == 200 and json.loads(body)["article"]["article_id"] == web.edited_id
    status, headers, body = server.get("/no/such/page", headers={"Accept": "application/json"})
    assert status == 404 and json.loads(body) == {"status": 404, "message": "no such page"}


def test_the_demo_crawl_reads_in_the_web_page(demo_crawl):
    """A real crawled archive: every demo source's latest article opens, with its raw capture."""
    from archive import open_archive

    root = demo_crawl["demo-liferay"].archive
    with open_archive(root) as archive:
        ids = archive.sql("SELECT arg_max(article_id, fetched_at) FROM articles GROUP BY source").fetchall()
    with served(root) as server:
        latest = _json(server, "/")["latest"]
        assert len(latest) == 20
        for (aid,) in ids:
            data = _json(server, f"/article/{aid}")
            assert data["article"]["paragraphs"]
            status, headers, raw = server.get(f"/article/{aid}/raw")
            assert status == 200 and raw.startswith(b"HTTP/1.1 200")
        sources = _json(server, "/sources")
        assert {s["name"] for s in sources["sources"]} >= {"demo-liferay", "demo-vccorp"}
        found = _json(server, "/?q=" + quote(unescape(latest[0]["title"])))
        assert found["hits"] and found["hits"][0]["title"]


def test_serve_command_refuses_a_missing_archive_and_has_help(tmp_path):
    from click.testing import CliRunner

    from crawler.cli import main

    result = CliRunner().invoke(main, ["serve", "--archive", str(tmp_path / "none")])
    assert result.exit_code == 2 and "no archive" in result.output
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0 and "--host" in result.output and "127.0.0.1" in result.output


def test_a_running_server_sees_what_a_crawl_publishes(tmp_path, monkeypatch):
    """New parts show up without a restart; the search says its index is behind until the
    indexer catches up, then finds the new article."""
    import crawler.web.archives as archives
    from archive.search import update_index
    from tests.helpers import publish_rows, search_row

    monkeypatch.setattr(archives, "CHECK_EVERY", 0.0)
    web = write_web_archive(tmp_path / "archive")
    with served(web.root) as server:
        assert _json(server, "/?q=" + quote('"cong vien"'))["hits"] == []
        row = search_row("cong-vien", "tinh-qt", "Khánh thành công viên bờ sông",
                         "Công viên mới mở cửa đón dân.", days=900)
        publish_rows(web.root, [row])
        latest = _json(server, "/")["latest"]
        assert latest[0]["article_id"] == row["article_id"]
        behind = _json(server, "/?q=" + quote('"cong vien"'))
        assert behind["notice"] and "behind" in behind["notice"] and behind["hits"] == []
        update_index(web.root)
        found = _json(server, "/?q=" + quote('"cong vien"'))
        assert found["notice"] is None and [h["article_id"] for h in found["hits"]] == [row["article_id"]]


def test_review_findings_stay_fixed(site, tmp_path):
    """What an attack review of the page found (each failed before its fix)."""
    from archive.browse import DIFF_MAX_PAIRS, paragraph_diff
    from archive.search import snippet
    from crawler.web import loopback_hosts
    from crawler.web.app import _charset

    server, web = site
    # An archived text holding the search's own markers cannot mark words itself.
    assert snippet("Tin \x02giả\x03 mạo", None, mark=("\x02", "\x03")) == "Tin giả mạo"
    # A page of thousands of repeated paragraphs is compared whole, not pair by pair.
    old, new = "\n\n".join(["Lặp lại."] * 2000), "\n\n".join(f"Đoạn {i}." for i in range(2000))
    assert 2000 * 2000 > DIFF_MAX_PAIRS
    ops = [d["op"] for d in paragraph_diff(old, new)]
    assert ops == ["removed"] * 2000 + ["added"] * 2000
    # Every loopback address answers loopback names only; other addresses any name.
    for host in ("127.0.0.2", "::1", "[::1]", "LOCALHOST", "0:0:0:0:0:0:0:1"):
        assert loopback_hosts(host) and "localhost" in loopback_hosts(host), host
    assert loopback_hosts("0.0.0.0") is None and loopback_hosts("192.0.2.7") is None
    # A raw capture claims only an encoding that leaves its ASCII headers as they are.
    assert _charset("windows-1258") == "; charset=cp1258" and _charset("utf-8") == "; charset=utf-8"
    assert _charset("utf-16") == "" and _charset("utf-7") == "" and _charset("x;y") == ""
    # HTML unless JSON is preferred; /find keeps ?format=json.
    status, headers, _ = server.get("/", headers={"Accept": "application/json;q=0.1, text/html"})
    assert headers["content-type"].startswith("text/html") and "Accept" in headers["vary"]
    url = quote("https://tinh-qt.gov.vn/tin/cau-dong-ha")
    assert _json(server, f"/find?url={url}")["article"]["article_id"] == web.edited_id
    # A version id in the path shows that version; an unknown ?v= is not found.
    versions = _json(server, f"/article/{web.edited_id}")["versions"]
    first = _json(server, f"/article/{versions[0]['version_id']}")["article"]
    assert first["version_id"] == versions[0]["version_id"]
    assert server.get(f"/article/{web.edited_id}?v=0123456789abcdef0123456789abcdef")[0] == 404
    # No search index: the export says so (503), not a server error.
    from tests.helpers import publish_rows, search_row

    bare = tmp_path / "bare"
    publish_rows(bare, [search_row("x", "tinh-qt", "Tin", "Một tin ngắn.")])
    with served(bare) as other:
        status, _, body = other.get("/export?format=csv&q=tin")
        assert status == 503 and b"index" in body


def test_every_source_shows_its_last_run_however_busy_the_others(tmp_path):
    import pyarrow as pa

    from archive.schema import RUN_SCHEMA
    from archive.writer import publish_table
    from tests.helpers import publish_rows, search_row

    root = tmp_path / "archive"
    publish_rows(root, [search_row("a", "hourly", "Tin", "Tin."), search_row("b", "daily", "Tin", "Tin.")])
    start = datetime(2026, 12, 1, tzinfo=UTC)
    runs = [{**dict.fromkeys(RUN_SCHEMA.names), "run_id": f"h{n}", "source": "hourly",
             "started_at": start + timedelta(hours=n), "finish_reason": "finished"} for n in range(130)]
    runs.append({**dict.fromkeys(RUN_SCHEMA.names), "run_id": "d0", "source": "daily",
                 "started_at": start, "finish_reason": "finished"})
    publish_table(root, "runs", pa.Table.from_pylist(runs, schema=RUN_SCHEMA))
    with served(root) as server:
        listed = {s["name"]: s for s in _json(server, "/sources")["sources"]}
    assert [r["run_id"] for r in listed["daily"]["runs"]] == ["d0"]
    assert len(listed["hourly"]["runs"]) == 5
