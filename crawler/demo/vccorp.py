"""Demo site imitating the chinhphu.vn family (VCCorp-style CMS).

URLs: articles ``/<slug>-115<yyMMddHHmmss><NNN>.htm`` (the id encodes the publication time),
listings ``/<category>.htm`` and ``/<category>/trang-N.htm``, ``/tin-moi.htm``, RSS
``/rss/home.rss``. The lead is an ``h2`` sapo opening with an agency prefix
("(Chinhphu.vn) -"); photos carry generated alt text ("<title> - Ảnh 1."); related-news boxes sit
*inside* the body; authors and source follow the body.
"""

from __future__ import annotations

import itertools
import re
from html import escape

from crawler.demo.corpus import DemoArticle, load_corpus
from crawler.demo.markup import MutableCorpus, article_body
from crawler.demo.server import PIXEL, Reply

__all__ = ["VCCorpSite"]

SITE_NAME = "Báo điện tử Chính phủ"
CATEGORIES = {"thoi-su": "Thời sự", "chinh-sach-moi": "Chính sách mới"}
PER_PAGE = 4
_ARTICLE_RE = re.compile(r"^/(?P<slug>[a-z0-9-]+)-(?P<id>115\d{15})\.htm$")
_LISTING_RE = re.compile(r"^/(?P<cat>[a-z0-9-]+)(?:/trang-(?P<page>\d+))?\.htm$")


def news_id(a: DemoArticle) -> str:
    return f"115{a.published:%y%m%d%H%M%S}{a.id % 1000:03d}"


class VCCorpSite(MutableCorpus):
    family = "vccorp"

    def __init__(self, base: str) -> None:
        self.base = base
        self.articles = load_corpus("vccorp")
        self._index()
        self._hits = itertools.count(88_120_337)


    def _index(self) -> None:
        self.by_news_id = {news_id(a): a for a in self.articles}

    @staticmethod
    def article_path(a: DemoArticle) -> str:
        return f"/{a.slug}-{news_id(a)}.htm"

    @staticmethod
    def image_src(a: DemoArticle, file: str) -> str:
        return f"/thumb/w_1000/{a.published:%Y/%-m/%-d}/{file}"

    def category_label(self, a: DemoArticle) -> str:
        return CATEGORIES[a.category]

    def handle(self, path: str, query: str) -> Reply:
        if path == "/robots.txt":
            return Reply(200, b"User-agent: *\nDisallow: /search\n", {"Content-Type": "text/plain"})
        if path.startswith("/thumb/"):
            return Reply(200, PIXEL, {"Content-Type": "image/gif"})
        if path == "/rss/home.rss":
            return self.feed()
        if path in ("/", "/tin-moi.htm"):
            return self.listing(None, 1)
        if m := _ARTICLE_RE.match(path):
            a = self.by_news_id.get(m.group("id"))
            if a is None:
                main = '<div class="error-page"><h1>Không tìm thấy nội dung</h1><p>Liên kết không tồn tại.</p></div>'
                return Reply.html(self._layout("Không tìm thấy nội dung", main))
            return self.article(a)
        if (m := _LISTING_RE.match(path)) and m.group("cat") in CATEGORIES:
            return self.listing(m.group("cat"), int(m.group("page") or 1))
        return Reply.not_found()

    def listing(self, category: str | None, page: int) -> Reply:
        items = [a for a in self.articles if category is None or a.category == category]
        pages = max(1, -(-len(items) // PER_PAGE))
        page = min(max(page, 1), pages)
        rows = "".join(
            f'<div class="box-stream-item"><a class="box-stream-link-title" href="{self.article_path(a)}" '
            f'title="{escape(a.title)}">{escape(a.title)}</a><p class="box-stream-sapo">{escape(a.lead[:140])}…</p></div>'
            for a in items[(page - 1) * PER_PAGE : page * PER_PAGE]
        )
        pager = ""
        if category:
            pager = "".join(f'<a href="/{category}/trang-{n}.htm">{n}</a> ' for n in range(1, pages + 1))
        title = CATEGORIES.get(category, "Tin mới")
        return Reply.html(self._layout(title, f'<div class="box-stream">{rows}</div><div class="paging">{pager}</div>'))

    def article(self, a: DemoArticle) -> Reply:
        lead = f"{a.agency_prefix} {a.lead}" if a.agency_prefix else a.lead
        body = article_body(a, lead="", paragraph="<p>{}</p>", image=self._image, unit_line=False)
        related = [o for o in self.articles if o is not a][:2]
        box = ('<div class="VCSortableInPreviewMode link-content-footer" type="RelatedNewsBox">'
               '<div class="kbwscwl-relatedbox"><strong>Tin liên quan</strong><ul>'
               + "".join(f'<li><a href="{self.article_path(o)}">{escape(o.title)}</a></li>' for o in related)
               + "</ul></div></div>")
        # The related box sits after the second paragraph, inside the body.
        cut = body.find("</p>", body.find("</p>") + 4) + 4 if len(a.paragraphs) > 2 else len(body)
        body = body[:cut] + box + body[cut:]
        stamp = f'<div class="detail-time"><div data-role="publishdate">{a.published:%d/%m/%Y %H:%M}</div>'
        if a.updated:
            stamp += f'<div class="detail-update">Cập nhật: {a.updated:%d/%m/%Y %H:%M}</div>'
        stamp += "</div>"
        authors = f'<p class="detail-author">{escape(", ".join(a.authors))}</p>' if a.authors else ""
        source = f'<p class="detail-source">Nguồn: {escape(a.unit)}</p>' if a.unit else ""
        main = (
            f'<div class="detail-container" data-id="{news_id(a)}">'
            f'<div class="detail-cate"><a href="/{a.category}.htm">{escape(CATEGORIES[a.category])}</a></div>'
            f'<h1 class="detail-title" data-role="title">{escape(a.title)}</h1>{stamp}'
            f'<h2 class="detail-sapo" data-role="sapo">{escape(lead)}</h2>'
            f'<div class="detail-content afcbc-body" data-role="content">{body}</div>'
            f'<div class="detail-author-source">{authors}{source}</div>'
            '<div class="detail-share"><a href="https://www.facebook.com/sharer/sharer.php">Chia sẻ</a> '
            '<a href="javascript:window.print()">In</a></div></div>'
        )
        return Reply.html(self._layout(a.title, main), last_modified=self.last_modified(a))

    def _image(self, a: DemoArticle, img) -> str:
        src = escape(self.image_src(a, img.file))
        n = a.images.index(img) + 1
        alt = escape(f"{a.title} - Ảnh {n}.")
        caption = escape(img.caption)
        credit = f"<p>{escape(img.credit)}</p>" if img.credit else ""
        if img.style == "figure":
            return (f'<figure class="VCSortableInPreviewMode" type="Photo"><div><img src="{src}" alt="{alt}" title="{alt}"></div>'
                    f'<figcaption class="PhotoCMS_Caption"><p>{caption}</p>{credit}</figcaption></figure>')
        credit_inline = f" - {escape(img.credit)}" if img.credit else ""
        if img.style == "table":
            return (f'<table class="VCSortableInPreviewMode" type="Photo" align="center"><tbody><tr><td><img src="{src}" alt="{alt}"></td></tr>'
                    f'<tr><td class="PhotoCMS_Caption">{caption}{credit_inline}</td></tr></tbody></table>')
        return f'<p><img src="{src}" alt="{alt}"></p><p><em>{caption}{credit_inline}</em></p>'

    def feed(self) -> Reply:
        items = "".join(
            f"<item><title><![CDATA[{a.title}]]></title><link>{self.base}{self.article_path(a)}</link>"
            f"<pubDate>{a.published:%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>"
            for a in self.articles
        )
        body = f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{SITE_NAME}</title>{items}</channel></rss>'
        return Reply(200, body.encode(), {"Content-Type": "application/rss+xml; charset=utf-8"})

    def _layout(self, title: str, main: str) -> str:
        menu = "".join(f'<li><a href="/{k}.htm">{escape(v)}</a></li>' for k, v in CATEGORIES.items())
        hits = f"{next(self._hits):,}".replace(",", ".")
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{escape(title)}</title>
<link rel="alternate" type="application/rss+xml" href="/rss/home.rss"></head>
<body><header class="header"><a href="/" class="logo">{SITE_NAME}</a>
<ul class="menu"><li><a href="/tin-moi.htm">Tin mới</a></li>{menu}</ul>
<form action="/search" class="search"><input name="q" placeholder="Tìm kiếm"></form></header>
<main>{main}</main>
<aside class="sidebar"><div class="box-most-view"><h3>Đọc nhiều</h3></div></aside>
<footer class="footer"><p>Cơ quan chủ quản: Văn phòng Chính phủ (demo)</p><p>Lượt truy cập: {hits}</p>
<p>Ghi rõ nguồn "{SITE_NAME}" khi phát hành lại thông tin từ nguồn này.</p></footer>
</body></html>"""
