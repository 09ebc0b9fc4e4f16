"""A loopback server full of faults, bombs and traps (HOSTILE.md N1–N8, S1–S5, T1–T7, C1–C8, X1;
and T8, a ``<base href>`` holding ``&amp;``).

``HostileServer`` starts the main hostile site, five robots.txt variants of it, a TLS copy, an
'internal service' recorder on 127.0.0.2 and (when it can) the main site on ``[::1]`` at the
same port; every request is recorded as a ``Hit``. Slow or endless responses wait on one stop
event, and ``stop()`` shuts every open connection down, so it returns within a second or two
whatever is in flight.
"""

from __future__ import annotations

import logging
import random
import re
import socket
import ssl
import string
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from functools import cache
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from crawler.demo.cp1258 import encode_cp1258
from crawler.demo.images import photo
from crawler.demo.server import Reply
from tests.hostile import payloads, xml
from tests.hostile.cases import (
    CASES,
    D1_DOCUMENTS,
    D1_MAX_BYTES,
    LONG_PATH,
    P1_CDN_PATH,
    P1_MAX_BYTES,
    P1_NOARCHIVE,
    P1_OFFSITE,
    P1_PHOTOS,
    T8_PORTAL,
    X1_FILES,
    apath,
)
from tests.hostile.pages import (
    article_body,
    article_html,
    listing_html,
    maintenance_html,
    secret_html,
    soft404_html,
)
from tests.hostile.text import article

__all__ = ["Hit", "HostileServer"]

logger = logging.getLogger(__name__)

ROBOTS = b"User-agent: *\nDisallow: /khong-vao/\n"
ROBOTS_SITES = ("robots-503", "robots-404", "robots-timeout", "robots-huge", "robots-internal")
_CHUNK = 64 << 10


@dataclass(frozen=True)
class Hit:
    time: float  # time.monotonic()
    site: str
    method: str
    path: str  # path and query, as sent
    headers: dict[str, str]


class _Stream:
    """A response that writes itself (resets, stalls, endless bodies)."""

    def __init__(self, write: Callable[[_Handler], None]) -> None:
        self.write = write


Response = Reply | _Stream


def _html(text: str, *, status: int = 200, charset: str = "utf-8", content_type: str | None = None,
          headers: dict[str, str] | None = None) -> Reply:
    body = encode_cp1258(text) if charset == "windows-1258" else text.encode(charset)
    content_type = content_type or f"text/html; charset={charset}"
    return Reply(status, body, {"Content-Type": content_type, **(headers or {})})


def _xml(body: str) -> Reply:
    return Reply(200, body.encode("utf-8"), {"Content-Type": "application/xml; charset=utf-8"})


def _not_found() -> Reply:
    return Reply(404, b"<html><body><h1>404 Not Found</h1></body></html>",
                 {"Content-Type": "text/html; charset=utf-8"})


_FILLER_HEAD = (b'<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>Tin tuc</title></head>'
                b"<body>\n")
_FILLER_TAIL = b"\n</body></html>\n"


@cache
def _heavy_wrap() -> tuple[str, str]:
    """~3 MB of small elements around the article: 300,000 tags."""
    half = '<div class="quang-cao">' + "<span><i></i></span>" * 75_000 + "</div>\n"
    return half, half


class _Router:
    """What each path on the hostile site answers; ``hs`` gives ports and per-path state."""

    def __init__(self, hs: HostileServer) -> None:
        self.hs = hs
        self._exact: dict[str, Callable[[_Request], Response]] = {}
        for c in CASES:
            for p in c.good:
                if "/tin/" in p and "?" not in p:
                    self._exact.setdefault(p, self._plain)
        a = apath
        special = {
            a("n1", 11002): self._n1_seconds, a("n1", 11003): self._n1_date, a("n1", 11004): self._n1_forever,
            a("n2", 12002): lambda r: _html(maintenance_html()),
            a("n3", 13002): self._n3_once, a("n3", 13003): self._n3_always,
            a("n4", 14002): self._n4,
            a("n5", 15101): self._plain,
            a("n6", 16101): lambda r: Reply.redirect(a("n6", 16102), 302),
            a("n6", 16102): lambda r: Reply.redirect(a("n6", 16101), 302),
            a("n6", 16002): self._plain,
            a("n8", 18101): self._n8_cookie, a("n8", 18102): self._n8_credentials,
            a("s1", 21101): self._s1_long, a("s1", 21102): self._s1_endless,
            a("s3", 23101): self._s3,
            a("s4", 24101): lambda r: self._article(r, 24101, wrap=_heavy_wrap()),
            a("s4", 24102): lambda r: self._article(r, 24102, wrap=("<div>" * 20_000, "</div>" * 20_000)),
            LONG_PATH: lambda r: self._article(r, 25102),
            a("t6", 36101): lambda r: _html(soft404_html()),
            a("c1", 41101): lambda r: self._article(r, 41101, charset="windows-1258"),
            a("c1", 41102): lambda r: self._article(r, 41102, charset="windows-1258", meta=None,
                                                    content_type="text/html"),
            a("c2", 42101): lambda r: self._article(r, 42101, charset="windows-1258", meta="utf-8",
                                                    content_type="text/html; charset=utf-8"),
            a("c2", 42102): lambda r: self._article(r, 42102, meta=None,
                                                    content_type="text/html; charset=windows-1258"),
            a("c2", 42103): lambda r: self._article(r, 42103, meta=None,
                                                    content_type="text/html; charset=iso-8859-1"),
            a("c3", 43101): self._c3, a("c4", 44101): self._c4,
            a("c5", 45101): lambda r: Reply(200, payloads.binary_blob(), {"Content-Type": "text/html"}),
            a("c6", 46101): lambda r: Reply(200, b"", {"Content-Type": "text/html; charset=utf-8"}),
            a("c7", 47101): lambda r: self._article(r, 47101, date_line="30/02/2024 08:30"),
            a("c7", 47102): lambda r: self._article(r, 47102, date_line="05/13/2024 09:15"),
            a("c7", 47103): lambda r: self._article(r, 47103, date_line="",
                                                    dateline="Hà Nội, ngày 05 tháng 03 năm 2024"),
            a("c8", 48101): lambda r: self._article(r, 48101,
                                                    head_extra='<meta name="robots" content="noarchive">'),
            a("c8", 48102): lambda r: self._article(r, 48102, headers={"X-Robots-Tag": "noarchive"}),
            "/khong-vao/tin/" + article(19001).slug + ".html": lambda r: self._article(r, 19001),
            "/n7/secret": lambda r: _html(secret_html("localhost")),
            "/n8/echo": lambda r: self._article(r, 18003),
            "/s5/nhieu-lien-ket/": self._s5_many, "/s5/duong-dan-dai/": self._s5_long,
            "/t1/lich": self._t1_day, "/t7/tin-tuc": self._t7, "/t8/index.php": self._t8,
            a("p1", 61001): self._p1,
            P1_PHOTOS[0]: lambda r: Reply(200, photo(P1_PHOTOS[0]), {"Content-Type": "image/jpeg"}),
            P1_PHOTOS[2]: lambda r: _html(soft404_html(), content_type="image/jpeg"),
            P1_PHOTOS[3]: lambda r: Reply(200, payloads.scripted_svg(), {"Content-Type": "image/svg+xml"}),
            # a JPEG that says it is larger than the cap, and one that only grows past it
            P1_PHOTOS[4]: lambda r: Reply(200, photo(P1_PHOTOS[4]) + bytes(4 * P1_MAX_BYTES),
                                          {"Content-Type": "image/jpeg"}),
            P1_PHOTOS[5]: lambda r: _Stream(lambda h: h.endless(photo(P1_PHOTOS[5]), "image/jpeg")),
            P1_PHOTOS[6]: lambda r: Reply(200, photo(P1_PHOTOS[0]), {"Content-Type": "image/jpeg"}),
            P1_PHOTOS[7]: lambda r: Reply(301, photo(P1_PHOTOS[7]), {"Location": P1_NOARCHIVE,
                                                                     "Content-Type": "image/jpeg"}),
            P1_NOARCHIVE: lambda r: Reply(200, photo(P1_NOARCHIVE), {"Content-Type": "image/jpeg",
                                                                     "X-Robots-Tag": "noarchive"}),
            P1_CDN_PATH: lambda r: Reply(200, photo(P1_CDN_PATH), {"Content-Type": "image/jpeg"}),
            a("d1", 62001): self._d1,
        }
        for path, kind, _ in D1_DOCUMENTS:
            special[path] = (lambda k: lambda r: self._d1_document(k))(kind)
        for aid in range(16201, 16231):  # the 30-hop chain: 16230 -> 16229 -> ... -> 16201 -> 16002
            special[a("n6", aid)] = (lambda target: lambda r: Reply.redirect(target, 302))(
                a("n6", aid - 1) if aid > 16201 else a("n6", 16002))
        targets = self._n7_targets()
        for aid, target in zip(range(17101, 17109), targets, strict=True):
            special[a("n7", aid)] = (lambda t: lambda r: Reply.redirect(t(r), 302))(target)
        kinds = ("gzip", "deflate", "br", "zstd", "gzip, gzip")
        for aid, kind in zip(range(22101, 22106), kinds, strict=True):
            special[a("s2", aid)] = (lambda k: lambda r: Reply(200, self.hs.bomb(k), {
                "Content-Type": "text/html; charset=utf-8", "Content-Encoding": k}))(kind)
        for aid in range(37001, 37010):
            special[a("t7", aid)] = self._plain
        for aid in range(51101, 51109):
            special[a("x1", aid)] = self._plain
        for name in X1_FILES:
            special[name] = (lambda n: lambda r: _xml(xml.render(n, r.base)))(name)
        self._exact.update(special)
        self._entries = {c.entry: c for c in CASES}
        self._by_path_id = {}
        for p in self._exact:
            m = re.search(r"-(\d{5,})\.html$", p)
            if m:
                self._by_path_id[p] = int(m.group(1))

    # ---- dispatch

    def route(self, r: _Request) -> Response:
        path = r.path
        if path == "/robots.txt":
            return self._robots(r)
        if path == "/":
            return self._home(r)
        if path in self._entries:
            return self._entry(r, self._entries[path])
        if path.startswith("/t2/"):
            return self._t2(r)
        if path.startswith(("/t5/", "/amp/t5/")):
            return self._t5(r)
        if path in self._exact:
            return self._exact[path](r)
        if m := re.fullmatch(r"/t1/lich-cong-tac/(\d{4})/(\d{2})/", path):
            return self._t1_month(r, int(m.group(1)), int(m.group(2)))
        if re.fullmatch(r"/t4/vi/(?:vi/)*", path):
            return self._t4_repeat(r)
        if re.fullmatch(r"/t4/web/guest/(?:(?:vi|en)/)+", path):
            return self._t4_liferay(r)
        if path.startswith("/t6/"):
            return _html(soft404_html())
        return _not_found()

    # ---- helpers

    def _article(self, r: _Request, aid: int, *, charset: str = "utf-8", meta: str | None | bool = True,
                 content_type: str | None = None, headers: dict[str, str] | None = None, **page) -> Reply:
        a = article(aid)
        case_prefix = r.path.split("/")[1] if r.path.count("/") > 1 else ""
        entry = f"/{case_prefix}/"
        side = [(entry, "Các tin khác trong chuyên mục")] if entry in self._entries else []
        html = article_html(a, charset=charset if meta is True else meta, side=side, **page)
        return _html(html, charset=charset, content_type=content_type, headers=headers)

    def _p1(self, r: _Request) -> Reply:
        a = article(61001)
        cdn = r.base.replace("127.0.0.1", "localhost") + P1_CDN_PATH  # the same server, another name
        sources = [*P1_PHOTOS, cdn, P1_OFFSITE]
        figures = "\n".join(
            f'<figure class="image"><img src="{escape(src)}" alt=""><figcaption>Ảnh minh họa số {n + 1} '
            f"của hội nghị</figcaption></figure>" for n, src in enumerate(sources))
        return self._article(r, 61001, body=article_body(a) + "\n" + figures)

    def _d1(self, r: _Request) -> Reply:
        a = article(62001)
        links = "".join(f'<li><a href="{escape(path)}">{escape(path.rsplit("/", 1)[-1])}</a></li>'
                        for path, _, _ in D1_DOCUMENTS)
        box = f"<p><strong>File đính kèm:</strong></p><ul>{links}</ul>"
        return self._article(r, 62001, body=article_body(a) + box)

    def _d1_document(self, kind: str) -> Response:
        pdf = {"Content-Type": "application/pdf"}
        if kind == "html":
            return _html(soft404_html(), content_type="application/pdf")
        if kind == "good_as_html":
            return Reply(200, payloads.document("good"), {"Content-Type": "text/html; charset=utf-8"})
        if kind == "huge":
            return Reply(200, payloads.document("good") + bytes(2 * D1_MAX_BYTES), pdf)
        if kind == "endless":
            return _Stream(lambda h: h.endless(payloads.document("good"), "application/pdf"))
        if kind == "missing":
            return _not_found()
        return Reply(200, payloads.document(kind), {"Content-Type": "application/octet-stream"})

    def _plain(self, r: _Request) -> Reply:
        return self._article(r, self._by_path_id[r.path])

    def _links(self, paths: tuple[str, ...]) -> list[tuple[str, str]]:
        out = []
        for p in paths:
            m = re.search(r"-(\d{5,})\.html", p)
            out.append((p, article(int(m.group(1))).title if m else p))
        return out

    # ---- site-wide pages

    def _robots(self, r: _Request) -> Response:
        site = r.site
        if site == "robots-503":
            return Reply(503, b"Service Unavailable", {"Content-Type": "text/plain", "Retry-After": "120"})
        if site == "robots-404":
            return _not_found()
        if site == "robots-timeout":
            return _Stream(lambda h: h.stall(ROBOTS, "text/plain"))
        if site == "robots-huge":
            return Reply(200, payloads.huge_robots(), {"Content-Type": "text/plain"})
        if site == "robots-internal":
            return Reply.redirect(self.hs.internal_url + "/robots.txt", 302)
        return Reply(200, ROBOTS, {"Content-Type": "text/plain"})

    def _home(self, r: _Request) -> Reply:
        items = [(c.entry, f"{c.id}: {c.title}") for c in CASES]
        items.append(("/khong-vao/tin/" + article(19001).slug + ".html", article(19001).title))
        return _html(listing_html("Tin tức - Sự kiện", items))

    def _entry(self, r: _Request, c) -> Reply:
        items = (self._links(c.good[:1] if c.id in ("X1", "T7", "N6", "T4", "T8") else c.good)
                 + self._links(c.bad) + self._links(c.either))
        extra, head = "", ""
        base = r.base
        if c.id == "N1":
            items = self._links(c.good + c.bad)
        elif c.id == "N5":
            p = apath("n5", 15101)
            items = self._links(c.good) + [(self.hs.refused_url + p, "Máy chủ từ chối kết nối"),
                                           (self.hs.unresolvable_url + p, "Tên miền không tồn tại"),
                                           (self.hs.tls_url + p, "Chứng chỉ tự ký")]
        elif c.id == "N6":
            # The loop's second hop is reached only through the redirect, so a crawler meets
            # the loop itself (not a link it already followed).
            items = self._links(c.good) + self._links(c.bad[:1] + c.bad[2:])
        elif c.id == "N7":
            items.append((self.hs.internal_url + "/noi-bo/tin/" + article(17109).slug + ".html",
                          article(17109).title))
        elif c.id == "N8":
            port = self.hs.port
            cred = f"http://nguoidung:matkhau@127.0.0.1:{port}{apath('n8', 18102)}"
            items = self._links(c.good) + self._links((apath("n8", 18101),)) + [(cred, article(18102).title)]
        elif c.id == "S5":
            items = self._links(c.good) + [("/s5/nhieu-lien-ket/", "Danh mục văn bản (50.000 mục)"),
                                           ("/s5/duong-dan-dai/", "Thông báo kết quả lựa chọn nhà thầu")]
        elif c.id == "T1":
            items = self._links(c.good) + [("/t1/lich?ngay=2024-03-12", "Xem tin theo ngày"),
                                           ("/t1/lich-cong-tac/2024/03/", "Lịch công tác tháng")]
        elif c.id == "T2":
            items = self._links(c.good[:1]) + self._t2_links(r.rng)
        elif c.id == "T3":
            items = self._links(c.good) + self._t3_links(r.rng)
        elif c.id == "T4":
            items = self._links(c.good) + [("/t4/vi/", "Tiếng Việt"), ("/t4/web/guest/vi/", "Cổng thông tin")]
        elif c.id == "T7":
            items = self._links(c.good[:1]) + [("/t7/tin-tuc?page=1", "Tin tức (trang 1)")]
        elif c.id == "T8":
            items = self._links(c.good[:1]) + [(T8_PORTAL, "Thông báo của Sở")]
        elif c.id == "X1":
            items = self._links(c.good[:1])
            extra = '<div class="du-lieu"><h3>Dữ liệu mở</h3>' + "".join(
                f'<a href="{n}">{n.rsplit("/", 1)[1]}</a> ' for n in X1_FILES) + "</div>"
            head = "\n".join(f'<link rel="alternate" type="application/rss+xml" title="RSS" href="{base}{n}">'
                             for n in ("/x1/rss-ok.xml", "/x1/rss-entity.xml"))
        return _html(listing_html(f"{c.id}: {c.title}", items, extra=extra, head_extra=head))

    # ---- N: network

    def _n1_seconds(self, r: _Request) -> Response:
        if r.first():
            return Reply(429, b"Too Many Requests", {"Content-Type": "text/plain", "Retry-After": "2"})
        return self._plain(r)

    def _n1_date(self, r: _Request) -> Response:
        if r.first():
            when = format_datetime(datetime.now(UTC) + timedelta(seconds=2), usegmt=True)
            return Reply(503, b"Service Unavailable", {"Content-Type": "text/plain", "Retry-After": when})
        return self._plain(r)

    def _n1_forever(self, r: _Request) -> Response:
        return Reply(429, b"Too Many Requests", {"Content-Type": "text/plain", "Retry-After": "86400"})

    def _n3_once(self, r: _Request) -> Response:
        reply = self._plain(r)
        return _Stream(lambda h: h.reset(reply)) if r.first() else reply

    def _n3_always(self, r: _Request) -> Response:
        reply = self._plain(r)
        return _Stream(lambda h: h.reset(reply))

    def _n4(self, r: _Request) -> Response:
        body = self._plain(r).body
        return _Stream(lambda h: h.stall(body, "text/html; charset=utf-8"))

    def _n7_targets(self) -> list[Callable[[_Request], str]]:
        hs = self.hs
        return [
            lambda r: hs.internal_url + "/secret",
            lambda r: "http://169.254.169.254/latest/meta-data/",
            lambda r: f"http://localhost:{hs.port}/n7/secret",
            lambda r: f"http://[::1]:{hs.port}/",
            lambda r: f"http://2130706433:{hs.port}/",
            lambda r: f"http://0x7f.0.0.1:{hs.port}/",
            lambda r: "file:///etc/passwd",
            lambda r: "ftp://127.0.0.1/",
        ]

    def _n8_cookie(self, r: _Request) -> Reply:
        reply = Reply.redirect(f"http://localhost:{self.hs.port}/n8/echo", 302)
        reply.headers["Set-Cookie"] = "phien=bi-mat; Path=/"
        return reply

    def _n8_credentials(self, r: _Request) -> Reply:
        return Reply.redirect(f"http://localhost:{self.hs.port}/n8/echo?tu=18102", 302)

    # ---- S: size

    def _s1_long(self, r: _Request) -> Response:
        return _Stream(lambda h: h.filler(64 << 20))

    def _s1_endless(self, r: _Request) -> Response:
        return _Stream(lambda h: h.filler(None))

    def _s3(self, r: _Request) -> Reply:
        body = payloads.truncated_gzip(self._plain(r).body)
        return Reply(200, body, {"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"})

    def _s5_many(self, r: _Request) -> Reply:
        items = [(f"/s5/tin/lien-ket-{n}.html", f"Văn bản số {n}") for n in range(250_000, 300_000)]
        return _html(listing_html("Danh mục văn bản", items))

    def _s5_long(self, r: _Request) -> Reply:
        return _html(listing_html("Thông báo kết quả lựa chọn nhà thầu", [(LONG_PATH, article(25102).title)]))

    # ---- T: traps

    def _t1_day(self, r: _Request) -> Reply:
        try:
            day = date.fromisoformat(r.query.get("ngay", [""])[0])
        except ValueError:
            return _not_found()
        more = [(f"/t1/lich?ngay={d.isoformat()}", label) for d, label in
                ((day - timedelta(days=1), "Ngày trước"), (day + timedelta(days=1), "Ngày sau"))
                if date.min < d < date.max]
        return _html(listing_html(f"Tin ngày {day:%d/%m/%Y}", self._links((apath("t1", 31001),)), more=more))

    def _t1_month(self, r: _Request, year: int, month: int) -> Reply:
        if not (1 <= year <= 9999 and 1 <= month <= 12):
            return _not_found()
        more = []
        for delta, label in ((-1, "Tháng trước"), (1, "Tháng sau")):
            y, m = divmod(year * 12 + month - 1 + delta, 12)
            if 1 <= y <= 9999:
                more.append((f"/t1/lich-cong-tac/{y:04d}/{m + 1:02d}/", label))
        return _html(listing_html(f"Lịch công tác tháng {month:02d}/{year}", [], more=more))

    def _t2_links(self, rng: random.Random) -> list[tuple[str, str]]:
        def tok(n: int, alphabet: str = string.ascii_lowercase + string.digits) -> str:
            return "".join(rng.choice(alphabet) for _ in range(n))

        a1, a2 = apath("t2", 32001), apath("t2", 32002)
        return [(a1.replace("/t2/", f"/t2/(S({tok(24)}))/", 1), article(32001).title),
                (f"{a1};jsessionid={tok(32, '0123456789ABCDEF')}", article(32001).title),
                (f"{a2}?PHPSESSID={tok(26)}", article(32002).title),
                (f"{a2}?sid={tok(16, '0123456789abcdef')}", article(32002).title),
                (f"/t2/(S({tok(24)}))/", "Chuyên mục")]

    def _t2(self, r: _Request) -> Response:
        path = re.sub(r"^/t2/\(S\([^)/]*\)\)/", "/t2/", r.path)
        path = re.sub(r";jsessionid=[^/?]*$", "", path, flags=re.I)
        if path == "/t2/":
            c = next(c for c in CASES if c.id == "T2")
            return _html(listing_html(f"{c.id}: {c.title}", self._t2_links(r.rng)))
        aid = {apath("t2", 32001): 32001, apath("t2", 32002): 32002}.get(path)
        if aid is None:
            return _not_found()
        return _html(article_html(article(aid), side=self._t2_links(r.rng)))

    def _t3_links(self, rng: random.Random) -> list[tuple[str, str]]:
        def tok(n: int) -> str:
            return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))

        p, title = apath("t3", 33001), article(33001).title
        return [(f"{p}?utm_source=zalo&utm_medium=social&utm_campaign={tok(8)}", title),
                (f"{p}?fbclid=IwAR{tok(40)}", title), (f"{p}?gclid=Cj0KCQ{tok(30)}", title),
                (f"{p}?zarsrc={rng.randint(10, 99)}&utm_source=zalo&utm_medium=zalo&utm_campaign=zalo",
                 title)]

    def _t4_repeat(self, r: _Request) -> Reply:
        items = self._links((apath("t4", 34001),))
        return _html(listing_html("Tin tức", items, more=[("vi/", "Tiếng Việt")]))

    def _t4_liferay(self, r: _Request) -> Reply:
        other = "en" if r.path.rstrip("/").endswith("vi") else "vi"
        label = "English" if other == "en" else "Tiếng Việt"
        items = self._links((apath("t4", 34001),))
        return _html(listing_html("Cổng thông tin", items, more=[(f"{other}/", label)]))

    def _t5(self, r: _Request) -> Response:
        canonical = apath("t5", 35001)
        path, q = r.path, r.query
        amp = path.startswith("/amp/") or path.endswith("/amp") or q.get("output") == ["amp"]
        path = path.removeprefix("/amp").removesuffix("/amp").rstrip("/")
        if path == "/t5":
            return _not_found()
        if path != canonical:
            return self._exact[path](r) if path in self._exact else _not_found()
        a = article(35001)
        if q.get("print") == ["1"]:
            return _html(article_html(a, print_view=True))
        head = f'<link rel="canonical" href="{r.base}{canonical}">' if amp else (
            f'<link rel="amphtml" href="{r.base}{canonical}/amp">')
        side = [(canonical + "?print=1", "Bản in"), ("/amp" + canonical, "Bản AMP"), ("/t5/", "Chuyên mục")]
        html = article_html(a, head_extra=head, side=side)
        if amp:
            html = html.replace('<html lang="vi">', '<html amp lang="vi">', 1)
        return _html(html)

    def _t7(self, r: _Request) -> Reply:
        try:
            page = max(1, int(r.query.get("page", ["1"])[0]))
        except ValueError:
            page = 1
        ids = range(37001 + 3 * (min(page, 3) - 1), 37004 + 3 * (min(page, 3) - 1))
        more = [(f"/t7/tin-tuc?page={page - 1}", "Trang trước")] if page > 1 else []
        last = 3 if page < 3 else page + 1  # from page 3 on, the 'last' page is always the next one
        more += [(f"/t7/tin-tuc?page={page + 1}", "Trang sau"), (f"/t7/tin-tuc?page={last}", "Trang cuối")]
        return _html(listing_html(f"Tin tức - trang {page}", self._links(tuple(apath("t7", i) for i in ids)),
                                  more=more))

    def _t8(self, r: _Request) -> Reply:
        """A Joomla-style page whose <base href> is its own URL, HTML-escaped as an attribute
        must be; links are relative to it: a skip link, an article in the same directory."""
        own = f"{r.base}{r.path}" + (f"?{r.raw_query}" if r.raw_query else "")
        head = f'<base href="{escape(own, quote=True)}">'
        a = article(38002)
        return _html(listing_html("Thông báo của Sở", [(f"tin/{a.slug}.html", a.title)],
                                  more=[("#noi-dung", "Lên đầu trang")], head_extra=head))

    # ---- C: content

    def _c3(self, r: _Request) -> Reply:
        a = article(43101)
        html = article_html(a, side=[("/c3/", "Các tin khác trong chuyên mục")])
        body = html.encode("utf-8")
        from html import escape

        for para in a.paragraphs[1::2]:  # every second paragraph in windows-1258
            body = body.replace(escape(para).encode("utf-8"), encode_cp1258(escape(para)))
        return Reply(200, body, {"Content-Type": "text/html; charset=utf-8"})

    def _c4(self, r: _Request) -> Reply:
        a = article(44101)
        html = self._plain(r).body.decode("utf-8")
        from html import escape

        end = html.index("</p>", html.index(escape(a.paragraphs[2]))) + len("</p>")
        body = (html[:end] + '\n<p class="').encode("utf-8")
        return Reply(200, body, {"Content-Type": "text/html; charset=utf-8"})


@dataclass
class _Request:
    site: str
    method: str
    path: str  # without query
    query: dict[str, list[str]]
    base: str
    hs: HostileServer
    raw_query: str = ""  # the query as sent (T8 echoes it)

    @property
    def rng(self) -> random.Random:
        return self.hs._rng

    def first(self) -> bool:
        return self.hs._first(self.site, self.path)


class _Handler(BaseHTTPRequestHandler):
    server_version = "Microsoft-IIS/8.5"
    sys_version = ""
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # (see crawler/demo/server.py)
    timeout = 60  # an idle keep-alive connection is dropped after this (stop() drops it sooner)
    server: _SiteServer

    def setup(self) -> None:
        super().setup()
        if isinstance(self.connection, ssl.SSLSocket):
            self.connection.do_handshake()

    def do_GET(self) -> None:  # noqa: N802 (http.server naming)
        self._serve()

    do_HEAD = do_POST = do_PUT = do_DELETE = do_OPTIONS = do_GET  # noqa: N815

    def _serve(self) -> None:
        srv = self.server
        hs = srv.owner
        hs._record(Hit(time.monotonic(), srv.site, self.command, self.path, _headers(self)))
        if srv.site == "internal":
            reply: Response = _html(secret_html(self.path))
        elif self.command not in ("GET", "HEAD"):
            reply = Reply(405, b"", {"Allow": "GET, HEAD"})
        else:
            parts = urlsplit(self.path)
            req = _Request(srv.site, self.command, parts.path, parse_qs(parts.query), srv.base, hs,
                           parts.query)
            try:
                reply = hs._router.route(req)
            except Exception:  # a fixture bug must show up as a 500, not a hung test
                logger.exception("hostile site failed on %s", self.path)
                reply = Reply(500, b"internal error", {"Content-Type": "text/plain"})
        try:
            if isinstance(reply, _Stream):
                self.close_connection = True
                reply.write(self)
            else:
                self._send(reply)
        except OSError:  # the client went away (or stop() shut the connection): nothing to do
            self.close_connection = True

    def _send(self, reply: Reply) -> None:
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(reply.body)

    # ---- streams

    def reset(self, reply: Reply) -> None:
        """Headers with the full Content-Length, a third of the body, then a TCP reset."""
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        self.wfile.write(reply.body[: len(reply.body) // 3])
        self.server.owner._stop.wait(0.05)  # let the part reach the client before the reset
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        self.rfile.close()  # drop makefile()'s reference so close() really closes (sending RST)
        self.connection.close()

    def stall(self, body: bytes, content_type: str) -> None:
        """Headers and half the body, then nothing for ``stall_seconds`` (or until stop), then close."""
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body[: len(body) // 2])
        self.server.owner._stop.wait(self.server.owner.stall_seconds)

    def filler(self, size: int | None) -> None:
        """An html-ish body of ``size`` bytes (truthful Content-Length), or endless when None."""
        stop = self.server.owner._stop
        head, block, tail = _FILLER_HEAD, payloads.BLOCK, _FILLER_TAIL
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        if size is not None:
            self.send_header("Content-Length", str(size))
        else:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command == "HEAD":
            return
        self.wfile.write(head)
        left = None if size is None else size - len(head) - len(tail)
        view = memoryview(block)
        pos = 0
        while not stop.is_set() and (left is None or left > 0):
            n = _CHUNK if left is None else min(_CHUNK, left)
            chunk = view[pos:pos + n]
            if len(chunk) < n:
                pos = 0
                chunk = view[:n]
            self.wfile.write(chunk)
            pos = (pos + n) % len(block)
            if left is not None:
                left -= n
        if left == 0:
            self.wfile.write(tail)

    def endless(self, start: bytes, content_type: str) -> None:
        """``start``, then zero bytes until the client hangs up or the server stops; no
        Content-Length (a photo that only shows its size by growing)."""
        stop = self.server.owner._stop
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Connection", "close")
        self.end_headers()
        if self.command == "HEAD":
            return
        self.wfile.write(start)
        zeros = bytes(_CHUNK)
        while not stop.is_set():
            self.wfile.write(zeros)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        logger.debug("%s %s %s", self.server.site, self.address_string(), format % args)


def _headers(handler: BaseHTTPRequestHandler) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, value in handler.headers.items():
        out[name] = f"{out[name]}, {value}" if name in out else value
    return out


class _SiteServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, owner: HostileServer, site: str, host: str, port: int, *,
                 family: socket.AddressFamily = socket.AF_INET, tls: ssl.SSLContext | None = None) -> None:
        self.address_family = family
        self.owner, self.site, self.tls = owner, site, tls
        super().__init__((host, port), _Handler)
        shown = f"[{host}]" if family == socket.AF_INET6 else host
        self.base = f"{'https' if tls else 'http'}://{shown}:{self.server_address[1]}"

    def server_bind(self) -> None:
        if self.address_family == socket.AF_INET6:  # never also claim the IPv4 port
            self.socket.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        super().server_bind()

    def get_request(self):
        sock, addr = super().get_request()
        if self.tls is not None:  # the handshake happens in the handler thread (setup)
            sock = self.tls.wrap_socket(sock, server_side=True, do_handshake_on_connect=False)
        return sock, addr

    def process_request(self, request, client_address) -> None:
        self.owner._track(request, True)
        super().process_request(request, client_address)

    def shutdown_request(self, request) -> None:
        self.owner._track(request, False)
        super().shutdown_request(request)

    def handle_error(self, request, client_address) -> None:
        logger.debug("hostile %s: error serving %s", self.site, client_address, exc_info=True)


class HostileServer:
    """``with HostileServer() as hs: hs.url("main")`` — see the module docstring and ``CASES``."""

    def __init__(self, stall_seconds: float = 600.0, bomb_mib: int = 1024) -> None:
        self.stall_seconds = stall_seconds
        self.bomb_mib = bomb_mib
        self.unresolvable_url = "http://khong-ton-tai.invalid"
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._hits: list[Hit] = []
        self._seen: set[tuple[str, str]] = set()
        self._conns: set[socket.socket] = set()
        self._rng = random.Random(8)
        self._servers: dict[str, _SiteServer] = {}
        self._threads: list[threading.Thread] = []
        self._router = _Router(self)
        self.port = 0

    # ---- lifecycle

    def start(self) -> HostileServer:
        self._stop.clear()
        main = self._add("main", "127.0.0.1", 0)
        self.port = main.server_address[1]
        for site in ROBOTS_SITES:
            self._add(site, "127.0.0.1", 0)
        self._add("tls", "127.0.0.1", 0, tls=payloads.tls_context())
        try:
            self._add("internal", "127.0.0.2", 0)
        except OSError:  # not every system routes all of 127/8 to loopback
            self._add("internal", "127.0.0.1", 0)
        try:  # the [::1] target of N7 reaches the same pages, as a real dual-stack server's would
            self._add("main-v6", "::1", self.port, family=socket.AF_INET6)
        except OSError:
            logger.debug("no [::1]:%d listener", self.port)
        with socket.socket() as probe:  # a port that was free a moment ago, left closed
            probe.bind(("127.0.0.1", 0))
            self.refused_url = f"http://127.0.0.1:{probe.getsockname()[1]}"
        for name, server in self._servers.items():
            thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                                      name=f"hostile-{name}", daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def _add(self, site: str, host: str, port: int, **kw) -> _SiteServer:
        server = _SiteServer(self, site, host, port, **kw)
        self._servers[site] = server
        return server

    def stop(self) -> None:
        self._stop.set()  # wakes every stall and ends every endless body
        for server in self._servers.values():
            server.shutdown()
            server.server_close()
        with self._lock:
            conns = list(self._conns)
        for conn in conns:  # unblock handlers waiting on a keep-alive read or a full send buffer
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        for thread in self._threads:
            thread.join(timeout=2)
        deadline = time.monotonic() + 1.5
        while self._conns and time.monotonic() < deadline:
            time.sleep(0.01)
        self._servers.clear()
        self._threads.clear()

    def __enter__(self) -> HostileServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ---- addresses

    def url(self, site: str = "main") -> str:
        return self._servers[site].base

    @property
    def internal_url(self) -> str:
        return self._servers["internal"].base

    @property
    def tls_url(self) -> str:
        return self._servers["tls"].base

    @property
    def sites(self) -> tuple[str, ...]:
        return tuple(self._servers)

    # ---- records

    def hits(self, site: str | None = None, prefix: str | None = None) -> list[Hit]:
        with self._lock:
            return [h for h in self._hits if (site is None or h.site == site)
                    and (prefix is None or h.path.startswith(prefix))]

    @property
    def internal_hits(self) -> list[Hit]:
        return self.hits(site="internal")

    def reset(self) -> None:
        with self._lock:
            self._hits.clear()
            self._seen.clear()
            self._rng.seed(8)

    def _record(self, hit: Hit) -> None:
        with self._lock:
            self._hits.append(hit)

    def _first(self, site: str, path: str) -> bool:
        with self._lock:
            if (site, path) in self._seen:
                return False
            self._seen.add((site, path))
            return True

    def _track(self, conn: socket.socket, add: bool) -> None:
        with self._lock:
            (self._conns.add if add else self._conns.discard)(conn)

    def bomb(self, kind: str) -> bytes:
        return payloads.bomb(kind, self.bomb_mib)
