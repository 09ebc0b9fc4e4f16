"""Demo site imitating a SharePoint 2010/2013 ministry portal.

URLs: articles ``/tintuc/Pages/<slug>.aspx`` (linked as ``/tintuc/pages/…`` too: SharePoint
answers any case), listings ``/tintuc/Pages/<category>.aspx?Page=N``, ``/`` redirects to
``/Pages/home.aspx``, an RSS feed at ``/rss/default.aspx``. Chrome: "Skip Ribbon Commands",
"Skip to main content", a ribbon, image file names leaking as text beside photos, a
"Tin liên quan" box. Pages from before 2021 use the older template (other date format, lead
inside the body).
"""

from __future__ import annotations

import itertools
from html import escape
from urllib.parse import parse_qs

from crawler.demo.corpus import DemoArticle, load_corpus
from crawler.demo.markup import MutableCorpus, article_body
from crawler.demo.server import PIXEL, Reply

__all__ = ["SharePointSite"]

SITE_NAME = "Bộ Giáo dục và Đào tạo"
CATEGORIES = {"tin-tong-hop": "Tin tổng hợp", "chi-dao-dieu-hanh": "Chỉ đạo điều hành"}
PER_PAGE = 5


class SharePointSite(MutableCorpus):
    family = "sharepoint"

    def __init__(self, base: str) -> None:
        self.base = base
        self.articles = load_corpus("sharepoint")
        self._index()
        self._hits = itertools.count(3_208_114)


    def _index(self) -> None:
        self.by_slug = {a.slug: a for a in self.articles}

    @staticmethod
    def article_path(a: DemoArticle) -> str:
        return f"/tintuc/Pages/{a.slug}.aspx"

    @staticmethod
    def image_src(a: DemoArticle, file: str) -> str:
        return f"/tintuc/PublishingImages/{a.published.year}/{file}"

    def category_label(self, a: DemoArticle) -> str:
        return CATEGORIES[a.category]

    def handle(self, path: str, query: str) -> Reply:
        q = {k.lower(): v[0] for k, v in parse_qs(query).items()}
        low = path.lower()
        if path == "/":
            return Reply.redirect("/Pages/home.aspx", 302)
        if low == "/robots.txt":
            return Reply(200, b"User-agent: *\nDisallow: /_layouts/\nDisallow: /_vti_bin/\n",
                         {"Content-Type": "text/plain"})
        if "/publishingimages/" in low:
            return Reply(200, PIXEL, {"Content-Type": "image/gif"})
        if low == "/rss/default.aspx":
            return self.feed()
        if low == "/pages/home.aspx":
            return self.home()
        if low.startswith("/tintuc/pages/") and low.endswith(".aspx"):
            name = low[len("/tintuc/pages/"):-len(".aspx")]
            if name in CATEGORIES:
                page = int(q["page"]) if q.get("page", "").isdigit() else 1
                return self.listing(name, page)
            if name in self.by_slug:
                return self.article(self.by_slug[name])
            return self.not_found_page()
        return Reply.not_found()

    # -- pages --------------------------------------------------------------------------------
    def home(self) -> Reply:
        items = "".join(
            f'<li><a href="{self._link(a, i)}">{escape(a.title)}</a></li>'
            for i, a in enumerate(self.articles[:6])
        )
        return Reply.html(self._layout("Trang chủ", f'<div class="news-home"><ul>{items}</ul></div>'))

    def _link(self, a: DemoArticle, i: int) -> str:
        # Links disagree on case, as on real SharePoint sites (PORTALS.md trap 4).
        path = self.article_path(a)
        return path.replace("/Pages/", "/pages/") if i % 2 else path

    def listing(self, category: str, page: int) -> Reply:
        items = [a for a in self.articles if a.category == category]
        pages = max(1, -(-len(items) // PER_PAGE))
        page = min(max(page, 1), pages)
        rows = "".join(
            f'<div class="item"><a href="{self._link(a, i)}">{escape(a.title)}</a>'
            f'<span class="date">{a.published:%d/%m/%Y}</span></div>'
            for i, a in enumerate(items[(page - 1) * PER_PAGE : page * PER_PAGE])
        )
        pager = "".join(
            f'<a href="/tintuc/Pages/{category}.aspx?Page={n}">{n}</a> ' for n in range(1, pages + 1)
        )
        main = f'<h1 class="cat">{escape(CATEGORIES[category])}</h1>{rows}<div class="paging">{pager}</div>'
        return Reply.html(self._layout(CATEGORIES[category], main, crumb=category))

    def not_found_page(self) -> Reply:
        main = ('<div class="article-detail"><h1 class="title-detail">Không tìm thấy trang</h1>'
                '<div class="content-detail"><p>Trang bạn yêu cầu không tồn tại.</p></div></div>')
        return Reply.html(self._layout("Không tìm thấy trang", main))

    def article(self, a: DemoArticle) -> Reply:
        old = a.published.year < 2021
        if old:
            stamp = f"{a.published:%H:%M | %d/%m/%Y}"
        else:
            stamp = f"Ngày đăng: {a.published:%d/%m/%Y %H:%M}"
        if a.updated:
            stamp += f" | Cập nhật: {a.updated:%d/%m/%Y %H:%M}"
        lead_html = "" if old else f'<div class="sapo-detail"><strong>{escape(a.lead)}</strong></div>'
        body = article_body(
            a, lead="<p><strong>{}</strong></p>" if old else "",
            paragraph='<p style="text-align: justify;">{}</p>', image=self._image, unit_line=False)
        related = [o for o in self.articles if o.category == a.category and o is not a][:3]
        related_html = "".join(f'<li><a href="{self.article_path(o)}">{escape(o.title)}</a></li>'
                               for o in related)
        authors = f'<p class="tacgia">{escape(", ".join(a.authors))}</p>' if a.authors else ""
        source = f'<p class="nguontin">Nguồn: {escape(a.unit)}</p>' if a.unit else ""
        main = (
            '<div id="ctl00_PlaceHolderMain_ctl00" class="article-detail">'
            f'<h1 class="title-detail">{escape(a.title)}</h1>'
            f'<div class="date-detail">{stamp}</div>{lead_html}'
            f'<div class="ms-rtestate-field content-detail">{body}'
            f'<div class="tin-lien-quan"><h3>Tin liên quan</h3><ul>{related_html}</ul></div></div>'
            f'<div class="author-detail">{authors}{source}</div>'
            '<div class="print-share"><a href="javascript:window.print()">In trang</a> '
            '<a href="mailto:?subject=">Gửi email</a></div></div>'
        )
        return Reply.html(self._layout(a.title, main, crumb=a.category),
                          last_modified=self.last_modified(a))

    def _image(self, a: DemoArticle, img) -> str:
        src = escape(self.image_src(a, img.file))
        caption = escape(img.caption) + (f" ({escape(img.credit)})" if img.credit else "")
        leak = f'<div class="ms-rteImage-name">{escape(img.file)}</div>'  # file name leaks as text
        if img.style == "figure":
            return f'<figure><img src="{src}" alt=""><figcaption>{caption}</figcaption></figure>'
        if img.style == "table":
            return (f'<table class="ms-rteTable-default" align="center"><tr><td><img src="{src}"></td></tr>'
                    f"<tr><td><em>{caption}</em></td></tr></table>")
        return (f'{leak}<p style="text-align: center;"><img src="{src}" alt="{escape(img.file)}"></p>'
                f'<p style="text-align: center;"><em>{caption}</em></p>')

    def feed(self) -> Reply:
        items = "".join(
            f"<item><title>{escape(a.title)}</title><link>{self.base}{self.article_path(a)}</link>"
            f"<pubDate>{a.published:%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>"
            for a in self.articles
        )
        body = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{SITE_NAME}</title>{items}</channel></rss>'
        return Reply(200, body.encode(), {"Content-Type": "text/xml; charset=utf-8"})

    def _layout(self, title: str, main: str, *, crumb: str | None = None) -> str:
        menu = "".join(f'<li><a href="/tintuc/Pages/{k}.aspx">{escape(v)}</a></li>' for k, v in CATEGORIES.items())
        crumb_html = (f'<div class="breadcrumb"><a href="/Pages/home.aspx">Trang chủ</a> &gt; '
                      f'<a href="/tintuc/Pages/{crumb}.aspx">{escape(CATEGORIES[crumb])}</a></div>') if crumb else ""
        hits = f"{next(self._hits):,}".replace(",", ".")
        return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi-VN"><head><meta charset="utf-8"><title>{escape(title)}</title></head>
<body><form method="post" action="./" id="aspnetForm">
<div id="s4-ribbonrow"><a href="javascript:;" class="ms-skip">Skip Ribbon Commands</a>
<a href="#mainContent" class="ms-skip">Skip to main content</a>
<div class="ms-cui-ribbon">Duyệt Trang</div></div>
<div id="s4-workspace"><div class="header"><h2>{SITE_NAME.upper()}</h2>
<div class="search"><input placeholder="Tìm kiếm"><a href="/_layouts/OSSSearchResults.aspx">Tìm</a></div></div>
<ul class="menu"><li><a href="/Pages/home.aspx">Trang chủ</a></li>{menu}</ul>
<div class="left"><h3>Liên kết website</h3><ul><li><a href="https://chinhphu.vn">Chính phủ</a></li></ul></div>
<div id="mainContent">{crumb_html}{main}</div>
<div class="footer"><p>{SITE_NAME} - 35 Đường Demo, Hà Nội</p><p>Lượt truy cập: {hits}</p>
<p>Ghi rõ nguồn "{SITE_NAME}" khi phát hành lại thông tin từ nguồn này.</p></div></div>
</form></body></html>"""
