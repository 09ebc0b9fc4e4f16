"""Portals of no known family that republish the demo portal's stories, served on loopback.

The labelled republication set (``tests.republish``) gives, for each demo story, the
edited copies other portals print (chrome leaked into the text, a new title, an agency prefix,
a trimmed or reordered body, a lead-only excerpt…) and hard negatives that must stay apart.
Here each republishing portal of that set becomes a small site in a plain hand-made template
(no generator meta, no CMS scaffolding): a home page listing its items with dates and
summaries, one page per item at the path of the item's URL, a static "Giới thiệu" page and a
contact page. A test crawls them with a foreign crawler (wget) and ingests the WARC.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from crawler.demo.server import Reply, _SiteServer
from tests.republish import EvalDoc

__all__ = ["RepublisherSites"]


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _page(site: str, title: str, main: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>{html.escape(title)} - {html.escape(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><div class="top"><span class="today">Thứ Hai, 07/12/2026</span>
<a href="/">Trang chủ</a> | <a href="/gioi-thieu">Giới thiệu</a> | <a href="/lien-he">Liên hệ</a></div>
<div class="wrap"><div class="main">{main}</div>
<div class="side"><h3>Liên kết website</h3><ul><li><a href="https://chinhphu.vn">Cổng TTĐT Chính phủ</a></li>
<li><a href="https://dichvucong.gov.vn">Dịch vụ công quốc gia</a></li></ul>
<h3>Thống kê truy cập</h3><p>Đang truy cập: 27</p><p>Tổng lượt truy cập: 1.204.387</p></div></div>
<div class="foot">Cơ quan chủ quản: {html.escape(site)}. Ghi rõ nguồn khi phát hành lại thông tin từ
website này.</div></body></html>"""


def _article(site: str, doc: EvalDoc, others: list[EvalDoc]) -> str:
    paras = [p for p in doc.text.split("\n\n") if p.strip()]
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paras)
    related = "".join(f'<li><a href="{html.escape(_path(o.url))}">{html.escape(o.title)}</a> '
                      f"({o.published_at:%d/%m/%Y})</li>" for o in others[:5])
    main = (f'<h1 class="title">{html.escape(doc.title)}</h1>'
            f'<div class="meta">Ngày đăng: {doc.published_at:%d/%m/%Y %H:%M}</div>'
            f'<div class="content">{body}</div>'
            f'<div class="tools"><a href="javascript:window.print()">In bài viết</a></div>'
            f"<h3>Các tin khác</h3><ul>{related}</ul>")
    return _page(site, doc.title, main)


def _home(site: str, docs: list[EvalDoc]) -> str:
    items = []
    for d in docs:
        summary = d.text.split("\n\n")[0][:220]
        items.append(f'<div class="item"><h3><a href="{html.escape(_path(d.url))}">'
                     f"{html.escape(d.title)}</a></h3><span>{d.published_at:%d/%m/%Y}</span>"
                     f"<p>{html.escape(summary)}…</p></div>")
    return _page(site, "Trang chủ", f"<h2>Tin tức - Sự kiện</h2>{''.join(items)}")


def _static(site: str) -> str:
    return _page(site, "Giới thiệu", "<h1>Giới thiệu</h1><p>Trang thông tin điện tử của "
                 f"{html.escape(site)} cung cấp thông tin về hoạt động của cơ quan, các văn bản "
                 "chỉ đạo, điều hành và thủ tục hành chính.</p><p>Chức năng, nhiệm vụ: tham mưu, "
                 "giúp Ủy ban nhân dân tỉnh quản lý nhà nước trong lĩnh vực được giao.</p>")


def _contact(site: str) -> str:
    return _page(site, "Liên hệ", "<h1>Liên hệ</h1><table><tr><td>Văn phòng</td>"
                 "<td>0234 3822 114</td></tr><tr><td>Phòng Tổng hợp</td><td>0234 3825 706</td>"
                 "</tr><tr><td>Thư điện tử</td><td>vanphong@example.gov.vn</td></tr></table>")


@dataclass(frozen=True)
class _Site:
    """One portal's pages by path and query, answered as the demo portal's server asks."""

    pages: dict[str, str]

    def handle(self, path: str, query: str) -> Reply:
        page = self.pages.get(path + (f"?{query}" if query else ""))
        return Reply.not_found() if page is None else Reply.html(page)


class RepublisherSites:
    """One loopback site per republishing portal: ``with RepublisherSites(docs) as sites:
    sites.bases`` maps the portal's name to its base URL; ``sites.url(doc)`` is where a
    document is served."""

    def __init__(self, docs: Iterable[EvalDoc]) -> None:
        self._docs: dict[str, list[EvalDoc]] = {}
        for d in docs:
            self._docs.setdefault(d.source, []).append(d)
        self._servers: dict[str, _SiteServer] = {}

    def __enter__(self) -> RepublisherSites:
        for name, docs in self._docs.items():
            docs.sort(key=lambda d: d.published_at, reverse=True)
            pages = {"/": _home(name, docs), "/gioi-thieu": _static(name),
                     "/lien-he": _contact(name)}
            for d in docs:
                pages[_path(d.url)] = _article(name, d, [o for o in docs if o is not d])
            server = _SiteServer(_Site(pages), "127.0.0.1", 0)
            threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                             daemon=True).start()
            self._servers[name] = server
        return self

    def __exit__(self, *exc: object) -> None:
        for server in self._servers.values():
            server.shutdown()
            server.server_close()

    @property
    def bases(self) -> dict[str, str]:
        return {n: f"http://127.0.0.1:{s.server_address[1]}" for n, s in self._servers.items()}

    def url(self, doc: EvalDoc) -> str:
        return self.bases[doc.source] + _path(doc.url)
