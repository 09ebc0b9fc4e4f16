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
from collections.abc import Sequence
from html import escape
from urllib.parse import parse_qs, quote
from xml.sax.saxutils import escape as xml_escape

from crawler.demo import chrome
from crawler.demo.corpus import DemoArticle, DemoAttachment, DemoImage, load_corpus
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

    @staticmethod
    def attachment_src(a: DemoArticle, doc: DemoAttachment) -> str:
        # Liferay's document URL: /documents/<group>/<folder>/<title>/<uuid> (no extension)
        return f"/documents/10180/{a.id}/{quote(doc.file.rsplit('.', 1)[0])}/{_uuid(doc.file)}"

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
            # The theme's abstract template keeps its unused thumbnail and view-count markup.
            f'<!-- <div class="asset-small-image"><img alt="" class="asset-small-image" '
            f'src="/documents/10180/{a.id}/thumbnail" width="150"></div> -->'
            f'<!-- <span class="metadata-entry metadata-view-count">Lượt xem: {a.id % 877 + 112}</span> -->'
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
            + self._attachments(a)
            + '<div class="taglib-social-bookmarks"><a href="javascript:window.print()">In bài viết</a>'
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
        items: Sequence[DemoArticle]
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

    def _attachments(self, a: DemoArticle) -> str:
        if not a.attachments:
            return ""
        items = "".join(
            f'<li class="document-entry"><a href="{escape(self.attachment_src(a, d))}">'
            f'<img alt="" src="/so4t-theme/images/file_system/small/{d.file.rsplit(".", 1)[-1]}.png">'
            f'{escape(d.file)}</a></li>' for d in a.attachments)
        return ('<div class="asset-attachments"><span class="taglib-text">Tài liệu đính kèm</span>'
                f'<ul class="lfr-asset-attachments">{items}</ul></div>')

    def _image(self, a: DemoArticle, img: DemoImage) -> str:
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
    def _portlet(title: str, content: str, inst: str = "tintuc", *, portlet: str = "101",
                 kind: str = "asset-publisher") -> str:
        """A portlet as Liferay 6.2 wraps it: boundary, topper with title, content container."""
        pid = f"{portlet}_INSTANCE_{inst}" if inst else portlet
        return (
            f'<div class="portlet-boundary portlet-boundary_{portlet}_ portlet-static portlet-static-end '
            f'portlet-{kind}" id="p_p_id_{pid}_"><span id="p_{pid}"></span>'
            f'<section class="portlet" id="portlet_{pid}">'
            f'<header class="portlet-topper"><h2 class="portlet-title"><span tabindex="0" class="portlet-title-text">'
            f"{escape(title)}</span></h2>"
            f'<menu class="portlet-topper-toolbar" id="portlet-topper-toolbar_{pid}" type="toolbar"></menu></header>'
            f'<div class="portlet-content"><div class=" portlet-content-container" style="">'
            f'<div class="portlet-body">{content}</div></div></div></section></div>'
        )

    def _layout(self, title: str, main: str, path: str, *, crumb: tuple[str, str] | None = None,
                head: str = "") -> str:
        menu = "".join(f'<li class="lfr-nav-item" role="presentation"><a href="/{p}" role="menuitem">{escape(v[1])}</a></li>'
                       for p, v in SECTIONS.items())
        crumb_html = (
            '<ul class="breadcrumb"><li><a href="/web/guest/trang-chu">Trang chủ</a></li>'
            f'<li><a href="/{crumb[0]}">{escape(crumb[1])}</a></li></ul>' if crumb else ""
        )
        login = "/c/portal/login?p_l_id=10180&redirect=" + quote(path, safe="")
        forgot = ("/web/guest/trang-chu?p_p_id=58&p_p_lifecycle=0&p_p_state=maximized&p_p_mode=view"
                  "&saveLastPath=false&_58_struts_action=%2Flogin%2Fforgot_password")
        total = next(self._hits)
        hits = f"{total:,}".replace(",", ".")
        counts = chrome.visit_counts(total)
        nav = "".join(
            f'<li class="lfr-nav-item{" lfr-nav-has-children" if children else ""}" role="presentation">'
            f'<a aria-labelledby="layout_{i}"{_HASPOPUP if children else ""} href="{escape(href)}" '
            f'role="menuitem"><span> {escape(label)}</span></a>'
            + (f'<ul class="child-menu" role="menu">{children}</ul>' if children else "") + "</li>"
            for i, (label, href, children) in enumerate([
                ("Giới thiệu", "javascript:;", _child_menu(_LR_ABOUT)),
                ("Tin tức", "/tin-tuc-su-kien", menu),
                ("Văn bản", "javascript:;", _child_menu(_LR_LEGAL)),
                ("Thủ tục hành chính", "https://dichvucong.hanoi.gov.vn/", _child_menu(_LR_SERVICES)),
                ("Khoa học và công nghệ", "javascript:;", _child_menu(_LR_SCIENCE)),
                ("Hỏi đáp", "https://hoidap.hanoi.gov.vn/", ""),
            ], start=2)
        )
        link_selects = "".join(
            f'<select class="aui-field-select" onchange="if (this.value) window.open(this.value);">'
            f"{chrome.options(items, label)}</select>"
            for label, items in _LR_LINK_GROUPS
        )
        links = self._portlet("Liên kết website", (
            '<div class="journal-content-article">'
            f'{link_selects}<ul><li><a href="https://chinhphu.vn/">Chính phủ</a></li>'
            '<li><a href="https://hanoi.gov.vn/">UBND thành phố Hà Nội</a></li>'
            '<li><a href="https://dichvucong.gov.vn/">Cổng Dịch vụ công quốc gia</a></li></ul></div>'
        ), "lienket", portlet="56", kind="journal-content")
        banners = self._portlet("Dịch vụ trực tuyến", '<div class="journal-content-article"><ul class="banner-list">' + "".join(
            f'<li><a href="{url}" target="_blank" title="{escape(name)}"><img alt="{escape(name)}" '
            f'src="/documents/10180/0/{img}/{_uuid(img)}?t=1700000000000"></a></li>'
            for name, url, img in _LR_BANNERS
        ) + "</ul></div>", "banner", portlet="56", kind="journal-content")
        documents = self._portlet("Văn bản mới", '<ul class="document-list">' + "".join(
            f'<li class="document-entry"><a href="/documents/10180/{folder}/{file}/{_uuid(file)}" '
            f'title="{escape(summary)}"><span class="so-hieu">{escape(number)}</span></a>'
            f'<p class="trich-yeu">{escape(summary)}</p><span class="ngay-ban-hanh">Ngày ban hành: {issued}</span></li>'
            for number, summary, issued, folder, file in _LR_DOCUMENTS
        ) + "</ul>", "vanbanmoi", kind="asset-publisher")
        poll_opts = "".join(
            f'<div class="radio"><label for="_59_INSTANCE_poll_choiceId{i}"><input id="_59_INSTANCE_poll_choiceId{i}" '
            f'name="_59_INSTANCE_poll_choiceId" type="radio" value="{3301 + i}"> {chr(65 + i)}. {escape(text)}</label></div>'
            for i, text in enumerate(_LR_POLL[1:])
        )
        poll = self._portlet("Thăm dò ý kiến", (
            '<form action="/web/guest/trang-chu?p_p_id=59_INSTANCE_poll&amp;p_p_lifecycle=1&amp;p_p_state=normal'
            '&amp;p_p_mode=view&amp;_59_INSTANCE_poll_struts_action=%2Fpolls_display%2Fview" class="form" '
            'id="_59_INSTANCE_poll_fm" method="post" name="_59_INSTANCE_poll_fm">'
            '<input name="_59_INSTANCE_poll_questionId" type="hidden" value="3300">'
            f'<p class="poll-question">{escape(_LR_POLL[0])}</p>{poll_opts}'
            '<div class="button-holder"><button class="btn btn-primary" type="submit">Biểu quyết</button></div></form>'
        ), "poll", portlet="59", kind="polls-display")
        stats = self._portlet("Thống kê truy cập", (
            '<ul class="thong-ke">'
            f'<li>Đang truy cập: <b>{counts["online"]}</b></li><li>Hôm nay: <b>{counts["today"]}</b></li>'
            f'<li>Hôm qua: <b>{counts["yesterday"]}</b></li><li>Tháng này: <b>{counts["month"]}</b></li>'
            f"<li>Tổng số: <b>{hits}</b></li></ul>"
        ), "thongke", portlet="56", kind="journal-content")
        search = self._portlet("Tìm kiếm", (
            '<form action="/web/guest/trang-chu" method="get" name="_3_fm" onsubmit="_3_search(); return false;">'
            '<input name="p_p_id" type="hidden" value="3"><input name="p_p_lifecycle" type="hidden" value="0">'
            '<input name="p_p_state" type="hidden" value="maximized"><input name="p_p_mode" type="hidden" value="view">'
            '<input name="_3_struts_action" type="hidden" value="/search/search">'
            '<div class="portlet-search"><input type="text" name="_3_keywords" placeholder="Tìm kiếm" size="30">'
            '<select name="_3_groupId" title="Phạm vi"><option value="0">Mọi nơi</option>'
            '<option selected value="10180">Trang này</option></select><button>Tìm</button></div></form>'
        ), "", portlet="3", kind="search")
        portlet_ids = ["73", "3", "56_INSTANCE_lienket", "56_INSTANCE_banner", "101_INSTANCE_vanbanmoi",
                       "59_INSTANCE_poll", "56_INSTANCE_thongke"]
        on_load = "".join(
            f"Liferay.Portlet.onLoad({{canEditTitle: false, columnPos: {n}, isStatic: 'end', "
            f"namespacedId: 'p_p_id_{pid}_', portletId: '{pid}', refreshURL: "
            f"'{chrome.js_string(f'/c/portal/render_portlet?p_l_id=10180&p_p_id={pid}&p_p_lifecycle=0&p_t_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1&p_p_col_pos={n}&p_p_col_count=7&p_p_isolated=1&currentURL=' + quote(path, safe=''))}'}});\n"
            for n, pid in enumerate(portlet_ids)
        )
        stamp = f"t={1702540800000 + len(SECTIONS)}"
        css = "".join(
            f'<link class="lfr-css-file" href="{href}?browserId=other&amp;themeId=so4t_WAR_so4ttheme'
            f'&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6205&amp;{stamp}" rel="stylesheet" type="text/css">\n'
            for href in ("/so4t-theme/css/aui.css", "/html/css/main.css", "/html/portlet/asset_publisher/css/main.css",
                         "/html/portlet/journal_content/css/main.css", "/html/portlet/search/css/main.css",
                         "/html/portlet/polls_display/css/main.css", "/html/portlet/breadcrumb/css/main.css",
                         "/notifications-portlet/notifications/css/main.css", "/so4t-theme/css/main.css")
        )
        theme_display = _theme_display(path, title)
        return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN"><head>
<meta content="text/html; charset=UTF-8" http-equiv="content-type">
<title>{escape(title)} - {SITE_NAME}</title>{head}
<meta content="initial-scale=1.0, width=device-width" name="viewport">
<meta content="{escape(SITE_NAME)}: tin tức, sự kiện, hoạt động chuyên môn và thông cáo báo chí về khoa học và công nghệ của Thủ đô." name="description">
<link href="/so4t-theme/images/favicon.ico" rel="Shortcut Icon">
{css}<script type="text/javascript">
// <![CDATA[
{theme_display}
// ]]>
</script>
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=so4t_WAR_so4ttheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6205&amp;{stamp}" type="text/javascript"></script>
<script type="text/javascript">
// <![CDATA[
Liferay.Portlet.list = [{", ".join(f"'{p}'" for p in portlet_ids)}];
// ]]>
</script>
<style type="text/css">{_LR_CSS}</style>
{chrome.ga_snippet("G-SKHCNHN01")}
</head><body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">Truy cập nội dung luôn</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner"><div class="site-title">{SITE_NAME.upper()}</div>
<div class="site-subtitle">UBND THÀNH PHỐ HÀ NỘI</div>
<div class="top-date"><span id="ngay-hien-tai"></span>{chrome.weekday_clock_script("ngay-hien-tai")}</div>
<div class="lang"><a href="{escape(path)}/vi">Tiếng Việt</a> <a href="{escape(path)}/en">English</a></div>
<div class="user"><a href="{escape(login)}">Đăng nhập</a> | <a href="{escape(forgot)}">Quên mật khẩu</a></div>
</header>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Các trang trong website" role="menubar">
<li class="lfr-nav-item" role="presentation"><a aria-labelledby="layout_1" href="/web/guest/trang-chu" role="menuitem"><span> Trang chủ</span></a></li>{nav}</ul></nav>
<div id="content"><div id="main-content">{self._portlet("Điều hướng", crumb_html, "", portlet="73", kind="breadcrumb") if crumb else ""}
<div class="columns-2" id="main-content-layout" role="main"><div class="column-1 portlet-column" id="column-1">
{search}{links}{banners}{documents}{poll}{stats}
</div><div class="column-2 portlet-column" id="column-2">{main}</div></div></div></div>
<footer id="footer" role="contentinfo"><div class="footer-links"><a href="/web/guest/trang-chu">Trang chủ</a> |
<a href="/rss/-/asset_publisher/tintuc/rss">RSS</a> | <a href="https://hanoi.gov.vn/" target="_blank">Cổng giao tiếp điện tử Hà Nội</a></div>
<p>{SITE_NAME}</p><p>Cơ quan chủ quản: Ủy ban nhân dân thành phố Hà Nội</p>
<p>Địa chỉ: 5 Phố Demo, quận Hoàn Kiếm, Hà Nội. Điện thoại: 024.3825.0000</p>
<p>Fax: 024.3825.0001. Email: vanthu_sokhcn@demo.hanoi.gov.vn</p>
<p>Chịu trách nhiệm chính: Giám đốc Sở Khoa học và Công nghệ</p>
<p>Giấy phép số 42/GP-TTĐT do Cục Phát thanh, truyền hình và thông tin điện tử cấp ngày 20/4/2017</p>
<p>Số lượng truy cập: {hits}</p>
<p>Ghi rõ nguồn "{SITE_NAME}" khi phát hành lại thông tin từ nguồn này.</p>
<div class="tinnhiem">{chrome.tinnhiemmang_badge("sokhcn.hanoi.gov.vn")}</div></footer>
</div>
<script type="text/javascript">
// <![CDATA[
AUI().use('aui-base', 'liferay-menu', 'liferay-notice', 'liferay-poller', 'liferay-session', function(A) {{
(function() {{
Liferay.Util.addInputType();
Liferay.Portlet.ready(function(portletId, node) {{ Liferay.Util.addInputType(node); }});
if (A.UA.mobile) {{ Liferay.Util.addInputCancel(); }}
}})();
(function() {{
new Liferay.Menu();
var liferayNotices = Liferay.Data.notices;
for (var i = 1; i < liferayNotices.length; i++) {{ new Liferay.Notice(liferayNotices[i]); }}
}})();
(function() {{
Liferay.Session = new Liferay.SessionBase({{autoExtend: true, sessionLength: 30, redirectOnExpire: false,
redirectUrl: '{chrome.js_string("/web/guest/trang-chu")}', warningLength: 1}});
}})();
}});
{on_load}// ]]>
</script>
<script src="/so4t-theme/js/main.js?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;b=6205&amp;{stamp}" type="text/javascript"></script>
<script type="text/javascript">
// <![CDATA[
function _3_search() {{
    var form = document._3_fm, keywords = form._3_keywords.value.trim();
    if (keywords) {{ form.submit(); }}
}}
AUI().use('aui-base', function(A) {{
    A.all('#navigation .lfr-nav-has-children').on('mouseenter', function(e) {{ e.currentTarget.addClass('hover'); }});
    A.all('#navigation .lfr-nav-has-children').on('mouseleave', function(e) {{ e.currentTarget.removeClass('hover'); }});
}});
// ]]>
</script>
</body></html>"""


_HASPOPUP = ' aria-haspopup="true"'
_BLANK = ' target="_blank"'


def _uuid(name: str) -> str:
    """The document library's UUID of a file: stable, so document links never change."""
    h = chrome.stable_id("dlfileentry", name, length=32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _child_menu(items: tuple[tuple[str, str], ...]) -> str:
    return "".join(
        f'<li class="lfr-nav-item" role="presentation"><a href="{escape(url)}" role="menuitem"'
        f'{_BLANK if url.startswith("http") else ""}>{escape(label)}</a></li>'
        for label, url in items
    )


def _theme_display(path: str, title: str) -> str:
    """Liferay's client-side page context (``Liferay.ThemeDisplay``), as 6.2 writes it."""
    values = {
        "getCompanyId": "10154", "getCompanyGroupId": "10194", "getUserId": "10158",
        "getDoAsUserIdEncoded": "", "getLayoutId": "2", "getLayoutURL": "/web/guest/trang-chu",
        "getParentLayoutId": "0", "getPlid": "10180", "getScopeGroupId": "10180",
        "getScopeGroupIdOrLiveGroupId": "10180", "getParentGroupId": "10180", "getDefaultLanguageId": "vi_VN",
        "getLanguageId": "vi_VN", "getPathContext": "", "getPathImage": "/image", "getPathJavaScript": "/html/js",
        "getPathMain": "/c", "getPathThemeImages": "/so4t-theme/images", "getPathThemeRoot": "/so4t-theme",
        "getPortalURL": "", "getURLControlPanel": "/group/control_panel?refererPlid=10180",
        "getURLHome": "/web/guest", "getSessionId": "", "getPortletSetupShowBordersDefault": "true",
    }
    flags = {"isAddSessionIdToURL": False, "isFreeformLayout": False, "isImpersonated": False,
             "isPrivateLayout": "false", "isSignedIn": False, "isStateExclusive": False,
             "isStateMaximized": False, "isStatePopUp": False, "isVirtualLayout": False}
    getters = ",\n".join(
        [f"    {k}: function() {{ return '{chrome.js_string(v)}'; }}" for k, v in values.items()]
        + [f"    {k}: function() {{ return {str(v).lower() if isinstance(v, bool) else repr(v)}; }}"
           for k, v in flags.items()]
    )
    return (
        "var Liferay = {\n"
        "  Browser: { acceptsGzip: function() { return true; }, getMajorVersion: function() { return 0; },\n"
        "    getRevision: function() { return ''; }, getVersion: function() { return ''; },\n"
        "    isAir: function() { return false; }, isChrome: function() { return false; },\n"
        "    isFirefox: function() { return false; }, isIe: function() { return false; },\n"
        "    isMobile: function() { return false; }, isSafari: function() { return false; } },\n"
        "  Data: { NAV_SELECTOR: '#navigation', isCustomizationView: function() { return false; }, notices: [null] },\n"
        f"  ThemeDisplay: {{\n{getters}\n  }},\n"
        "  PropsValues: { NTLM_AUTH_ENABLED: false }\n"
        "};\n"
        "var themeDisplay = Liferay.ThemeDisplay;\n"
        "Liferay.AUI = {\n"
        "  getAvailableLangPath: function() { return 'available_languages.jsp?browserId=other&languageId=vi_VN&b=6205'; },\n"
        "  getCombine: function() { return true; }, getComboPath: function() { return '/combo/?browserId=other&minifierType=&languageId=vi_VN&b=6205&'; },\n"
        "  getFilter: function() { return 'min'; }, getJavaScriptRootPath: function() { return '/html/js'; },\n"
        "  getLangPath: function() { return 'aui_lang.jsp?browserId=other&languageId=vi_VN&b=6205'; }\n"
        "};\n"
        f"Liferay.authToken = '{chrome.stable_id('authToken', path)}';\n"
        f"Liferay.currentURL = '{chrome.js_string(path)}';\n"
        f"Liferay.currentURLEncoded = '{chrome.js_string(quote(path, safe=''))}';\n"
        f"document.title = '{chrome.js_string(title + ' - ' + SITE_NAME)}';"
    )


_LR_ABOUT = (
    ("Chức năng, nhiệm vụ", "/documents/10180/0/quy-dinh-chuc-nang-nhiem-vu-so-khcn.pdf/"
     + _uuid("quy-dinh-chuc-nang-nhiem-vu-so-khcn.pdf")),
    ("Sơ đồ tổ chức", "/documents/10180/0/so-do-to-chuc-so-khcn.png/" + _uuid("so-do-to-chuc-so-khcn.png")),
    ("Danh bạ điện thoại", "/documents/10180/0/danh-ba-dien-thoai-so-khcn.pdf/"
     + _uuid("danh-ba-dien-thoai-so-khcn.pdf")),
)
_LR_LEGAL = (
    ("Văn bản quy phạm pháp luật của thành phố", "https://vbpl.vn/hanoi/Pages/Home.aspx"),
    ("Công báo thành phố Hà Nội", "https://congbao.hanoi.gov.vn/"),
    ("Văn bản pháp luật về khoa học và công nghệ", "https://most.gov.vn/vn/Pages/VanBanPhapLuat.aspx"),
)
_LR_SERVICES = (
    ("Dịch vụ công trực tuyến", "https://dichvucong.hanoi.gov.vn/"),
    ("Tra cứu hồ sơ", "https://dichvucong.hanoi.gov.vn/tra-cuu-ho-so"),
    ("Bộ thủ tục hành chính của Sở", "https://dichvucong.hanoi.gov.vn/thu-tuc-hanh-chinh?coQuan=SKHCN"),
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/"),
)
_LR_SCIENCE = (
    ("Cục Sở hữu trí tuệ", "https://ipvietnam.gov.vn/"),
    ("Ủy ban Tiêu chuẩn Đo lường Chất lượng quốc gia", "https://tcvn.gov.vn/"),
    ("Cục Thông tin khoa học và công nghệ quốc gia", "https://vista.gov.vn/"),
    ("Quỹ Phát triển khoa học và công nghệ quốc gia", "https://nafosted.gov.vn/"),
    ("Sàn giao dịch công nghệ thiết bị Hà Nội", "https://techmart.hanoi.gov.vn/"),
)
_LR_LINK_GROUPS = (
    ("Chính phủ", chrome.CENTRAL_GOVERNMENT + chrome.GOVERNMENT_AGENCIES),
    ("Các bộ, ngành ở TW", chrome.MINISTRIES),
    ("Thành ủy, HĐND, UBND thành phố", chrome.HANOI_LEADERSHIP),
    ("Sở, ban, ngành", chrome.HANOI_DEPARTMENTS),
    ("Quận, huyện, thị xã", chrome.HANOI_DISTRICTS),
)
_LR_BANNERS = (
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/", "banner-dvcqg.png"),
    ("Cổng Dịch vụ công thành phố Hà Nội", "https://dichvucong.hanoi.gov.vn/", "banner-dvc-hanoi.png"),
    ("Ứng dụng iHanoi", "https://ihanoi.hanoi.gov.vn/", "banner-ihanoi.png"),
    ("Hệ thống thông tin khoa học và công nghệ Hà Nội", "https://csdl.sokhcn.hanoi.gov.vn/", "banner-csdl-khcn.png"),
    ("Sàn giao dịch công nghệ thiết bị Hà Nội", "https://techmart.hanoi.gov.vn/", "banner-techmart.png"),
    ("Chương trình phát triển tài sản trí tuệ", "https://ipvietnam.gov.vn/", "banner-shtt.png"),
)
_LR_DOCUMENTS = (  # (số hiệu, trích yếu, ngày ban hành, thư mục, tệp)
    ("3125/SKHCN-QLKH", "Thông báo tuyển chọn tổ chức, cá nhân chủ trì nhiệm vụ khoa học và công nghệ năm 2024",
     "14/12/2023", "31201", "3125-skhcn-qlkh.pdf"),
    ("298/QĐ-SKHCN", "Quyết định phê duyệt kế hoạch kiểm tra đo lường, chất lượng năm 2024",
     "11/12/2023", "31201", "298-qd-skhcn.pdf"),
    ("3077/SKHCN-VP", "Về việc triển khai công tác cải cách hành chính năm 2024", "07/12/2023",
     "31201", "3077-skhcn-vp.pdf"),
    ("3012/SKHCN-QLCN", "Hướng dẫn đăng ký hỗ trợ doanh nghiệp đổi mới công nghệ", "30/11/2023",
     "31188", "3012-skhcn-qlcn.pdf"),
)
_LR_POLL = (
    "Bạn tìm thông tin gì nhiều nhất trên Cổng thông tin của Sở?",
    "Tin tức, sự kiện", "Thủ tục hành chính", "Văn bản pháp luật", "Nhiệm vụ khoa học và công nghệ",
    "Thông tin khác",
)
_LR_CSS = """
#wrapper { max-width: 1170px; margin: 0 auto; background: #fff; }
#banner { position: relative; height: 130px; background: #124b8f url(/so4t-theme/images/banner.jpg) no-repeat right top; color: #fff; }
#banner .site-title { position: absolute; left: 120px; top: 38px; font: bold 22px/1.2 Arial, sans-serif; }
#banner .site-subtitle { position: absolute; left: 120px; top: 18px; font-size: 14px; }
#banner .top-date { position: absolute; left: 120px; bottom: 8px; font-size: 12px; }
#banner .lang, #banner .user { position: absolute; right: 12px; font-size: 12px; } #banner .lang { top: 8px; } #banner .user { top: 28px; }
#banner a { color: #fff; }
#navigation { background: #0d3a70; } #navigation > ul { margin: 0; padding: 0; list-style: none; }
#navigation > ul > li { float: left; position: relative; } #navigation > ul > li > a { display: block; padding: 11px 14px; color: #fff; font-weight: bold; }
#navigation .child-menu { display: none; position: absolute; z-index: 100; min-width: 260px; padding: 0; list-style: none; background: #fff; box-shadow: 0 2px 6px rgba(0, 0, 0, .25); }
#navigation .hover .child-menu { display: block; } #navigation .child-menu a { display: block; padding: 7px 12px; color: #0d3a70; }
#navigation:after { content: ""; display: table; clear: both; }
.column-1 { float: left; width: 28%; } .column-2 { float: right; width: 70%; }
.portlet-topper { border-bottom: 2px solid #124b8f; } .portlet-title { margin: 0; font-size: 15px; color: #124b8f; text-transform: uppercase; }
.portlet-boundary { margin-bottom: 15px; } .portlet-search input[type=text] { width: 70%; }
.aui-field-select { display: block; width: 100%; margin: 4px 0; }
.banner-list { padding: 0; list-style: none; } .banner-list img { width: 100%; margin-bottom: 5px; }
.document-entry { padding: 5px 0; border-bottom: 1px dotted #ccc; } .document-entry .ngay-ban-hanh { color: #888; font-size: 11px; }
.asset-abstract { padding: 8px 0; border-bottom: 1px solid #eee; } .metadata-publish-date { color: #999; font-size: 12px; }
.header-title, .asset-title h3 { color: #124b8f; font-size: 20px; } .sapo { font-weight: bold; }
.other-news h4 { border-bottom: 1px solid #124b8f; color: #124b8f; text-transform: uppercase; }
.thong-ke { padding: 0; list-style: none; } .thong-ke b { float: right; }
#footer { clear: both; padding: 15px; background: #0d3a70; color: #dfe8f5; font-size: 12px; text-align: center; }
#footer a { color: #fff; } #footer p { margin: 3px 0; }
"""
