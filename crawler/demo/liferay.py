"""Demo site imitating a Liferay 6.2/7 department portal (asset publisher).

URLs: ``/<page>/-/view_content/<id>-<slug>.html``; listings paginate with
``?p_p_id=101_INSTANCE_<inst>&…&_101_INSTANCE_<inst>_cur=N`` and appear under ``p_p_state``
and column variants; language-switch links append ``/en`` or ``/vi`` to any path and the server
answers each with the section listing, so they recurse forever; login and forgot-password
permutations; an RSS feed per asset publisher; ``/`` redirects to the home page. The press
release section pages with a JavaScript pager, so its older items are reachable only by feed.
"""

from __future__ import annotations

import itertools
import re
from html import escape
from urllib.parse import parse_qs, quote
from xml.sax.saxutils import escape as xml_escape

from crawler.demo.corpus import DemoArticle, load_corpus
from crawler.demo.markup import MutableCorpus, article_body
from crawler.demo.server import PIXEL, Reply

__all__ = ["LiferaySite"]

SITE_NAME = "Sở Khoa học và Công nghệ thành phố Hà Nội"
SECTIONS = {  # page path -> (category key, label, asset publisher instance)
    "tin-tuc-su-kien": ("tin-tuc-su-kien", "Tin tức - Sự kiện", "tintuc"),
    "hoat-dong-chuyen-mon": ("hoat-dong-chuyen-mon", "Hoạt động chuyên môn", "hdcm"),
    "thong-cao-bao-chi": ("thong-cao-bao-chi", "Thông cáo báo chí", "thongcao"),
}
SECTION_BY_KEY = {v[0]: k for k, v in SECTIONS.items()}
DELTA = 10
#: The press-release publisher shows this many items; its pager is a JavaScript postback.
PRESS_FIRST_PAGE = 3
FEED_ITEMS = 15
DELETED_ARTICLE = (120399, "thong-bao-tuyen-dung-vien-chuc-nam-2019")
_ARTICLE_RE = re.compile(r"^/(?P<page>[a-z0-9-]+)/-/view_content/(?P<id>\d+)-(?P<slug>[a-z0-9-]+)\.html$")
_LANG_TAIL_RE = re.compile(r"^(?P<base>.*?)(?:/(?:en|vi))+/?$")


def _published_label(a: DemoArticle) -> str:
    # Migrated items carry 12:00 AM; the CMS prints a 12-hour clock.
    return "Ngày đăng " + a.published.strftime("%d/%m/%Y | %I:%M %p")


class LiferaySite(MutableCorpus):
    family = "liferay"

    def __init__(self, base: str) -> None:
        self.base = base
        self.articles = load_corpus("liferay")
        self._index()
        self._hits = itertools.count(1_204_311)

    # -- URLs ---------------------------------------------------------------------------------

    def _index(self) -> None:
        self.by_id = {a.id: a for a in self.articles}

    @staticmethod
    def article_path(a: DemoArticle) -> str:
        return f"/{SECTION_BY_KEY[a.category]}/-/view_content/{a.id}-{a.slug}.html"

    @staticmethod
    def image_src(a: DemoArticle, file: str) -> str:
        return f"/documents/10180/{a.id}/{file}"

    def category_label(self, a: DemoArticle) -> str:
        return SECTIONS[SECTION_BY_KEY[a.category]][1]

    @staticmethod
    def listing_path(page: str, cur: int, *, state: str = "normal", col: str = "column-2") -> str:
        inst = SECTIONS[page][2]
        p = f"_101_INSTANCE_{inst}_"
        return (
            f"/{page}?p_p_id=101_INSTANCE_{inst}&p_p_lifecycle=0&p_p_state={state}&p_p_mode=view"
            f"&p_p_col_id={col}&p_p_col_count=1&{p}keywords=&{p}advancedSearch=false"
            f"&{p}andOperator=true&p_r_p_564233524_resetCur=false&{p}delta={DELTA}&{p}cur={cur}"
        )

    # -- dispatch -----------------------------------------------------------------------------
    def handle(self, path: str, query: str) -> Reply:
        q = {k: v[0] for k, v in parse_qs(query).items()}
        if path == "/":
            return Reply.redirect("/web/guest/trang-chu", 302)
        if path == "/robots.txt":
            body = f"User-Agent: *\nDisallow: /group/\nSitemap: {self.base}/sitemap.xml\n"
            return Reply(200, body.encode(), {"Content-Type": "text/plain"})
        if path == "/sitemap.xml":
            return self.sitemap()
        if path.startswith("/documents/"):
            return Reply(200, PIXEL, {"Content-Type": "image/gif"})
        if m := re.fullmatch(r"/rss/-/asset_publisher/(\w+)/rss", path):
            return self.feed(m.group(1))
        if path.startswith("/c/portal/login") or q.get("p_p_id") == "58":
            return self.login_page(path, q)
        if m := _LANG_TAIL_RE.match(path):
            # Language switch: every copy is the section listing, with its own switch links.
            base = m.group("base")
            page = base.strip("/").split("/")[0]
            return self.listing_page(page if page in SECTIONS else "tin-tuc-su-kien", 1, path)
        if m := _ARTICLE_RE.match(path):
            return self.article_page(int(m.group("id")), m.group("slug"), path)
        if path == "/web/guest/trang-chu":
            return self.home_page(path)
        page = path.strip("/")
        if page in SECTIONS:
            inst = SECTIONS[page][2]
            cur = q.get(f"_101_INSTANCE_{inst}_cur", "1")
            return self.listing_page(page, int(cur) if cur.isdigit() else 1, path)
        return Reply.not_found()

    # -- pages --------------------------------------------------------------------------------
    def home_page(self, path: str) -> Reply:
        latest = [a for a in self.articles if a.category != "thong-cao-bao-chi"][:5]
        items = "".join(
            f'<li><a href="{self.article_path(a)}">{escape(a.title)}</a></li>' for a in latest
        )
        gone_id, gone_slug = DELETED_ARTICLE
        items += (f'<li><a href="/tin-tuc-su-kien/-/view_content/{gone_id}-{gone_slug}.html">'
                  "Thông báo tuyển dụng viên chức năm 2019</a></li>")
        main = self._portlet("Tin nổi bật", f'<ul class="list-news">{items}</ul>')
        return Reply.html(self._layout("Trang chủ", main, path))

    def listing_page(self, page: str, cur: int, path: str) -> Reply:
        key, label, inst = SECTIONS[page]
        items_all = [a for a in self.articles if a.category == key]
        if key == "thong-cao-bao-chi":
            chunk = items_all[:PRESS_FIRST_PAGE]
            pager = ('<a href="javascript:;" onclick="_101_INSTANCE_thongcao_submitForm(2)">'
                     "Xem thêm</a>")
        else:
            pages = max(1, -(-len(items_all) // DELTA))
            cur = min(max(cur, 1), pages)
            chunk = items_all[(cur - 1) * DELTA : cur * DELTA]
            links = []
            for n in range(1, pages + 1):
                # The first page's own link comes in the maximized variant, as real portlets do.
                state = "maximized" if n == 1 else "normal"
                href = escape(self.listing_path(page, n, state=state))
                links.append(f'<li><a href="{href}">{n}</a></li>')
            pager = f'<ul class="pagination">{"".join(links)}</ul>'
        rows = "".join(
            '<div class="asset-abstract">'
            f"<!-- <a href=\"{self.article_path(a)}?redirect=%2F{page}\">Xem chi tiết</a> -->"
            f'<h3 class="asset-title"><a href="{self.article_path(a)}?redirect=%2F{page}">'
            f"{escape(a.title)}</a></h3>"
            f'<span class="metadata-publish-date">{a.published:%d/%m/%Y}</span>'
            f'<div class="asset-summary">{escape(a.lead[:180])}…</div></div>'
            for a in chunk
        )
        main = self._portlet(label, rows + f'<div class="taglib-page-iterator">{pager}</div>', inst)
        feed = f'<link rel="alternate" type="application/rss+xml" title="{escape(label)}" ' \
               f'href="/rss/-/asset_publisher/{inst}/rss">'
        return Reply.html(self._layout(label, main, path, crumb=(page, label), head=feed))

    def article_page(self, art_id: int, slug: str, path: str) -> Reply:
        a = self.by_id.get(art_id)
        if a is None or a.slug != slug:
            main = self._portlet(
                "Tin tức",
                '<div class="portlet-msg-error">Không tìm thấy nội dung yêu cầu. '
                "Tài nguyên không được tìm thấy.</div>",
            )
            return Reply.html(self._layout("Không tìm thấy", main, path))
        page = SECTION_BY_KEY[a.category]
        body = article_body(a, lead='<p class="sapo"><strong>{}</strong></p>',
                            paragraph="<p>{}</p>", image=self._image)
        related = [o for o in self.articles if o.category == a.category and o.id != a.id][:4]
        related_html = "".join(
            f'<li><a href="{self.article_path(o)}">{escape(o.title)}</a>'
            f' <span class="date">({o.published:%d/%m/%Y})</span></li>'
            for o in related
        )
        if a.published.year < 2020:  # items migrated from the Liferay 6.2 site keep its markup
            title_html = f'<div class="asset-title"><h3>{escape(a.title)}</h3></div>'
        else:
            title_html = f'<h3 class="header-title">{escape(a.title)}</h3>'
        content = (
            '<div class="asset-full-content">'
            + title_html
            + '<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">'
            f"{_published_label(a)}</span></div>"
            f'<div class="journal-content-article">{body}</div>'
            '<div class="taglib-social-bookmarks"><a href="javascript:window.print()">In bài viết</a>'
            ' <a href="https://www.facebook.com/sharer.php">Chia sẻ</a></div></div>'
            f'<div class="other-news"><h4>Các tin khác</h4><ul>{related_html}</ul></div>'
        )
        main = self._portlet(SECTIONS[page][1], content, SECTIONS[page][2])
        return Reply.html(self._layout(a.title, main, path, crumb=(page, SECTIONS[page][1])),
                          last_modified=self.last_modified(a))

    def login_page(self, path: str, q: dict[str, str]) -> Reply:
        form = (
            '<form method="post" action="/c/portal/login"><label>Tên đăng nhập</label>'
            '<input name="_58_login"><label>Mật khẩu</label><input type="password" name="_58_password">'
            "<button>Đăng nhập</button></form>"
            '<a href="/web/guest/trang-chu?p_p_id=58&amp;p_p_lifecycle=0&amp;p_p_state=maximized'
            '&amp;p_p_mode=view&amp;_58_struts_action=%2Flogin%2Fcreate_account">Tạo tài khoản</a>'
        )
        return Reply.html(self._layout("Đăng nhập", self._portlet("Đăng nhập", form, "58"), path))

    def feed(self, inst: str) -> Reply:
        if inst == "thongcao":
            items = [a for a in self.articles if a.category == "thong-cao-bao-chi"]
        elif inst in {v[2] for v in SECTIONS.values()}:
            items = self.articles[:FEED_ITEMS]
        else:
            return Reply.not_found()
        entries = "".join(
            "<item>"
            f"<title>{xml_escape(a.title)}</title>"
            f"<link>{self.base}{self.article_path(a)}</link>"
            f"<description>{xml_escape(a.lead)}</description>"
            f"<pubDate>{a.published.strftime('%a, %d %b %Y %H:%M:%S +0700')}</pubDate>"
            f'<guid isPermaLink="false">{a.id}</guid>'
            "</item>"
            for a in items
        )
        body = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            f"<title>{xml_escape(SITE_NAME)}</title><link>{self.base}/web/guest/trang-chu</link>"
            f"<description>Tin tức</description>{entries}</channel></rss>"
        )
        return Reply(200, body.encode(), {"Content-Type": "application/rss+xml; charset=UTF-8"})

    def sitemap(self) -> Reply:
        # Liferay's built-in sitemap lists pages (layouts), not articles.
        urls = ["/web/guest/trang-chu"] + [f"/{p}" for p in SECTIONS]
        body = '<?xml version="1.0" encoding="UTF-8"?>\n' \
               '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + "".join(
                   f"<url><loc>{self.base}{u}</loc><changefreq>daily</changefreq></url>" for u in urls
               ) + "</urlset>"
        return Reply(200, body.encode(), {"Content-Type": "application/xml"})

    def _image(self, a: DemoArticle, img) -> str:
        src = escape(self.image_src(a, img.file))
        caption = escape(img.caption) + (f" ({escape(img.credit)})" if img.credit else "")
        if img.style == "figure":
            return (f'<figure class="image"><img src="{src}" alt="{escape(img.file)}">'
                    f"<figcaption>{caption}</figcaption></figure>")
        return (
            '<table align="center" class="image-table"><tbody>'
            f'<tr><td><img src="{src}" alt=""></td></tr>'
            f'<tr><td style="text-align:center"><em>{caption}</em></td></tr></tbody></table>'
        )

    # -- chrome -------------------------------------------------------------------------------
    @staticmethod
    def _portlet(title: str, content: str, inst: str = "tintuc") -> str:
        return (
            f'<section class="portlet" id="portlet_101_INSTANCE_{inst}">'
            f'<header class="portlet-topper"><h2 class="portlet-title">{escape(title)}</h2></header>'
            f'<div class="portlet-content">{content}</div></section>'
        )

    def _layout(self, title: str, main: str, path: str, *, crumb=None, head: str = "") -> str:
        menu = "".join(f'<li><a href="/{p}">{escape(v[1])}</a></li>' for p, v in SECTIONS.items())
        crumb_html = (
            '<ul class="breadcrumb"><li><a href="/web/guest/trang-chu">Trang chủ</a></li>'
            f'<li><a href="/{crumb[0]}">{escape(crumb[1])}</a></li></ul>' if crumb else ""
        )
        login = "/c/portal/login?p_l_id=10180&redirect=" + quote(path, safe="")
        forgot = ("/web/guest/trang-chu?p_p_id=58&p_p_lifecycle=0&p_p_state=maximized&p_p_mode=view"
                  "&saveLastPath=false&_58_struts_action=%2Flogin%2Fforgot_password")
        hits = f"{next(self._hits):,}".replace(",", ".")
        return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN"><head>
<meta content="text/html; charset=UTF-8" http-equiv="content-type">
<title>{escape(title)} - {SITE_NAME}</title>{head}
</head><body class="portal-popup">
<a href="#main-content" id="skip-to-content">Truy cập nội dung luôn</a>
<header id="banner"><div class="site-title">{SITE_NAME.upper()}</div>
<div class="lang"><a href="{escape(path)}/vi">Tiếng Việt</a> <a href="{escape(path)}/en">English</a></div>
<div class="user"><a href="{escape(login)}">Đăng nhập</a> | <a href="{escape(forgot)}">Quên mật khẩu</a></div>
</header>
<nav id="navigation"><ul><li><a href="/web/guest/trang-chu">Trang chủ</a></li>{menu}</ul></nav>
<div id="content"><div id="main-content">{crumb_html}
<div class="columns-2"><div class="column-1">
<div class="portlet-search"><input type="text" placeholder="Tìm kiếm"><button>Tìm</button></div>
<section class="portlet"><header class="portlet-topper"><h2 class="portlet-title">Liên kết website</h2></header>
<div class="portlet-content"><ul><li><a href="https://chinhphu.vn/">Chính phủ</a></li>
<li><a href="https://hanoi.gov.vn/">UBND thành phố Hà Nội</a></li>
<li><a href="https://dichvucong.gov.vn/">Cổng Dịch vụ công quốc gia</a></li></ul></div></section>
</div><div class="column-2">{main}</div></div></div></div>
<footer id="footer"><p>{SITE_NAME}</p><p>Địa chỉ: 5 Phố Demo, quận Hoàn Kiếm, Hà Nội. Điện thoại: 024.3825.0000</p>
<p>Số lượng truy cập: {hits}</p>
<p>Ghi rõ nguồn "{SITE_NAME}" khi phát hành lại thông tin từ nguồn này.</p></footer>
</body></html>"""

