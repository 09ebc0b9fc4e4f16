"""The web app's test bench: a real uvicorn server on a free loopback port in a thread, and a
small archive written by hand that holds what the pages must show — an article edited between
two crawls, one story republished by three portals (clustered), and an article whose title,
text, caption and raw capture carry script payloads.

Used by tests/test_web.py (HTTP, no browser) and tests/test_web_browser.py (Chromium)."""

from __future__ import annotations

import hashlib
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from tests.helpers import FILLER, publish_rows, search_row

#: A "photo" that runs script when opened as a document.
SVG_PAYLOAD = (b'<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned=\'svg\'">'
               b"<script>window.__pwned='svg-script'</script></svg>")

#: Payloads an archived page may carry; none may run in a page of ours.
XSS_TITLE = 'Tin <script>window.__pwned="title"</script> <img src=x onerror="window.__pwned=\'img\'">'
XSS_TEXT = ("Đoạn có mã <script>window.__pwned='text'</script> và "
            "<a href=\"javascript:window.__pwned='link'\">liên kết</a>.")
XSS_CAPTION = "<svg onload=\"window.__pwned='caption'\"></svg> Ảnh minh họa"
XSS_RAW = ("<!doctype html><html><head><title>raw</title></head><body>"
           "<script>window.__pwned='raw'</script><img src=x onerror=\"window.__pwned='raw-img'\">"
           "<p>Bài viết gốc</p></body></html>").encode()

STORY = ("Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác chuyển đổi số năm 2026, "
         "đánh giá kết quả triển khai các nền tảng số tại các sở, ngành và địa phương. "
         "Theo báo cáo, toàn tỉnh đã cung cấp 1.250 dịch vụ công trực tuyến toàn trình, tỷ lệ hồ sơ "
         "nộp qua mạng đạt 68%, tăng gần gấp đôi so với năm trước. Hội nghị cũng chỉ ra những hạn "
         "chế về hạ tầng viễn thông ở vùng núi phía tây và kỹ năng số của cán bộ cấp xã. Năm tới, "
         "tỉnh tập trung xây dựng kho dữ liệu dùng chung, mở rộng thanh toán không dùng tiền mặt "
         "trong bệnh viện, trường học và phát triển các mô hình tổ công nghệ số cộng đồng.")
EDITED_FIRST = ["Sáng nay, Sở Xây dựng khởi công cầu Đông Hà mới bắc qua sông Hiếu.",
                "Công trình dài 420 mét, dự kiến hoàn thành sau 18 tháng thi công."]
EDITED_SECOND = ["Sáng nay, Sở Xây dựng khởi công cầu Đông Hà mới bắc qua sông Hiếu.",
                 "Công trình dài 450 mét, dự kiến hoàn thành sau 20 tháng thi công.",
                 "Tổng vốn đầu tư hơn 300 tỷ đồng từ ngân sách tỉnh."]


_PLACES = ("xã Cam Thành", "xã Cam Hiếu", "thị trấn Cam Lộ", "xã Cam Tuyền", "xã Cam Chính")
_UNITS = ("phòng Nội vụ", "phòng Tài chính", "phòng Y tế", "phòng Giáo dục", "văn phòng huyện",
          "phòng Văn hóa", "phòng Tư pháp")


@dataclass
class WebArchive:
    root: Path
    edited_id: str  # article with two versions
    removed_id: str  # article removed from the portal after one version
    hostile_id: str  # article carrying the payloads
    cluster_id: str  # the republished story's cluster
    story_ids: list[str]


def write_web_archive(root: Path) -> WebArchive:
    """The hand-written archive described in the module docstring, clustered and indexed."""
    from archive.dedup import cluster
    from archive.search import update_index
    from archive.warc import RunWarcWriter

    warc = RunWarcWriter(root, "tinh-qt", "run-web-1")
    pointer = warc.write_exchange(
        "https://tinh-qt.gov.vn/tin/ma-doc", method="GET", request_headers=[("Host", "tinh-qt.gov.vn")],
        status=200, reason="OK", response_headers=[("Content-Type", "text/html; charset=utf-8")],
        body=XSS_RAW)
    from crawler.demo.images import photo

    def capture(url: str, body: bytes, media_type: str) -> dict:
        at = warc.write_exchange(url, method="GET", request_headers=[("Host", "tinh-qt.gov.vn")],
                                 status=200, reason="OK", response_headers=[("Content-Type", media_type)],
                                 body=body)
        return {"status": "captured", "media_type": media_type, "bytes": len(body),
                "sha256": hashlib.sha256(body).hexdigest(), "warc_file": at.file,
                "warc_offset": at.offset, "warc_length": at.length}

    bridge = capture("https://tinh-qt.gov.vn/anh/cau.jpg", photo("/anh/cau.jpg"), "image/jpeg")
    # An archive is hostile input too: an entry claiming a capture of a scripted SVG.
    svg = capture("https://tinh-qt.gov.vn/anh/ma-doc.svg", SVG_PAYLOAD, "image/svg+xml")
    warc.close()

    edited_v1 = search_row("cau-dong-ha", "tinh-qt", "Khởi công cầu Đông Hà mới",
                           "\n\n".join(EDITED_FIRST), days=3, unit="Sở Xây dựng")
    edited_v2 = search_row("cau-dong-ha", "tinh-qt", "Khởi công cầu Đông Hà mới bắc qua sông Hiếu",
                           "\n\n".join(EDITED_SECOND), days=3, unit="Sở Xây dựng", version="2",
                           fetched_days=2)
    extra = {"date_label": "Ngày đăng", "date_raw": "Ngày đăng: 04/03/2021 15:00",
             "date_precision": "minute", "authors": ["Minh Anh"], "category": "Tin tức",
             "images": [{"src": "https://tinh-qt.gov.vn/anh/cau.jpg",
                         "caption": "Lễ khởi công cầu Đông Hà", "credit": "Ảnh: Hải Long", **bridge}],
             "updated_label": "Cập nhật", "updated_at": edited_v2["published_at"] + timedelta(days=1)}
    edited_v1.update(extra)
    edited_v2.update(extra)
    hostile = search_row("ma-doc", "tinh-qt", XSS_TITLE, XSS_TEXT + "\n\n" + FILLER, days=5)
    hostile.update(images=[{"src": "javascript:window.__pwned='src'", "caption": XSS_CAPTION,
                            "credit": "<b>Ảnh</b>"},
                           {"src": "https://tinh-qt.gov.vn/anh/ma-doc.svg", "caption": "SVG", **svg}],
                   lead="<iframe src=\"javascript:window.__pwned='lead'\"></iframe>",
                   unit="<style>body{display:none}</style>Văn phòng",
                   warc_file=pointer.file, warc_offset=pointer.offset, warc_length=pointer.length,
                   warc_record_id=pointer.record_id)
    story = [search_row(f"chuyen-doi-so-{n}", src, "Hội nghị tổng kết chuyển đổi số năm 2026",
                        STORY, days=10 + n, unit="Sở Thông tin và Truyền thông")
             for n, src in enumerate(["tinh-qt", "huyen-cam-lo", "bao-quang-tri"])]
    story[2]["title"] = "Quảng Trị: hội nghị tổng kết chuyển đổi số năm 2026"
    # The original corrected in place a day later: its two versions sit in the one cluster.
    story_v2 = search_row("chuyen-doi-so-0", "tinh-qt", story[0]["title"],
                          STORY.replace("tập trung xây dựng", "ưu tiên xây dựng"), days=10,
                          version="2", fetched_days=1, unit="Sở Thông tin và Truyền thông")
    story[2]["text"] += "\n\nBáo Quảng Trị đưa thêm ý kiến của người dân về dịch vụ công."
    others = [search_row(f"tin-{n}", "huyen-cam-lo", f"Tin hoạt động số {n} của huyện",
                         f"Huyện Cam Lộ triển khai nhiệm vụ thứ {n} tại {_PLACES[n % 5]}, "
                         f"giao {_UNITS[n % 7]} báo cáo trước ngày {n + 1} tháng sau.", days=20 + n)
              for n in range(25)]
    publish_rows(root, [edited_v1, hostile, *story, *others])
    removed = {**others[0], "version_id": "0" * 31 + "1", "removed": True, "title": None,
               "text": None, "fetched_at": others[0]["fetched_at"] + timedelta(days=30),
               "http_status": 404, "flags": ["removed", "http_404"], "run_id": "run-2"}
    publish_rows(root, [edited_v2, removed, story_v2])
    _publish_runs(root)
    cluster(root)
    update_index(root)
    from archive import open_archive
    from archive.clusters import find_cluster

    with open_archive(root) as archive:
        cluster_id = find_cluster(archive, story[0]["version_id"])
    assert cluster_id, "the republished story must cluster"
    return WebArchive(root, edited_v1["article_id"], others[0]["article_id"], hostile["article_id"],
                      cluster_id, [s["article_id"] for s in story])


def _publish_runs(root: Path) -> None:
    """Three runs of one source, a day apart: what the sources page charts."""
    import pyarrow as pa

    from archive.schema import RUN_SCHEMA
    from archive.writer import publish_table

    start = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)
    rows = [{**dict.fromkeys(RUN_SCHEMA.names), "run_id": f"run-web-{n}", "source": "tinh-qt",
             "started_at": start + timedelta(days=n), "finished_at": start + timedelta(days=n, minutes=7),
             "finish_reason": "finished", "requests": 40 + n, "responses": 40 + n,
             "articles_new": [3, 0, 1][n], "articles_changed": [0, 1, 0][n], "articles_removed": 0,
             "articles_unchanged": [0, 3, 4][n], "items_dropped": 0, "traps_refused": n,
             "errors": [0, 0, 2][n], "refused_by_reason": f'{{"robots_disallowed": {n}}}',
             "responses_by_status": f'{{"200": {38 + n}, "404": 2}}', "pages_by_kind": '{"article": 4}',
             "errors_by_kind": '{"timeout": 2}' if n == 2 else "{}"} for n in range(3)]
    publish_table(root, "runs", pa.Table.from_pylist(rows, schema=RUN_SCHEMA))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Served:
    url: str
    app: Any

    def get(self, path: str, *, headers: dict[str, str] | None = None,
            method: str = "GET") -> tuple[int, dict[str, str], bytes]:
        request = urllib.request.Request(self.url + path, headers=headers or {}, method=method)
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
        except urllib.error.HTTPError as exc:
            return exc.code, {k.lower(): v for k, v in exc.headers.items()}, exc.read()


@contextmanager
def served(root: Path, sources: dict[str, Any] | None = None, **options: Any) -> Iterator[Served]:
    """``portal-archive serve`` over ``root`` in a thread, on a free loopback port."""
    import uvicorn

    from crawler.web import create_app, loopback_hosts

    app = create_app(root, sources, allowed_hosts=loopback_hosts("127.0.0.1"), **options)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           access_log=False, lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the web server did not start")
        time.sleep(0.02)
    try:
        yield Served(f"http://127.0.0.1:{port}", app)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
