"""Demo site imitating a DotNetNuke ministry portal.

URLs: ``/Default.aspx?tabid=N`` listings whose later pages are Telerik postbacks
(``rgPageNext``, unreachable by GET), articles
``/Default.aspx?tabid=N&ctl=ArticleView&mid=580&ArticleID=M`` linked with parameters in varying
order, a print view and login/register links to refuse. Module ids (``dnn_ctr580_…``) mark the
fields; the lead is a plain (not bold) summary panel; authors and the source office sit in
their own labels. Articles older than 2020 use the older module template.
"""

from __future__ import annotations

import itertools
from html import escape
from urllib.parse import parse_qs

from crawler.demo.corpus import DemoArticle, load_corpus
from crawler.demo.markup import MutableCorpus, article_body
from crawler.demo.server import PIXEL, Reply

__all__ = ["DotNetNukeSite"]

SITE_NAME = "Bộ Nội vụ"
TABS = {120: ("tin-hoat-dong", "Tin hoạt động"), 121: ("cai-cach-cong-vu", "Cải cách công vụ")}
TAB_BY_KEY = {v[0]: k for k, v in TABS.items()}
PER_PAGE = 5
MID = 580
_WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _dnn_date(dt) -> str:
    return f"{_WEEKDAYS[dt.weekday()]}, {dt.day} Tháng {dt.month} {dt.year} {dt:%H:%M}"


class DotNetNukeSite(MutableCorpus):
    family = "dotnetnuke"

    def __init__(self, base: str) -> None:
        self.base = base
        self.articles = load_corpus("dotnetnuke")
        self._index()
        self._hits = itertools.count(905_117)


    def _index(self) -> None:
        self.by_id = {a.id: a for a in self.articles}

    @staticmethod
    def article_path(a: DemoArticle, *, variant: int = 0) -> str:
        tab = TAB_BY_KEY[a.category]
        if variant % 2:
            return f"/Default.aspx?ArticleID={a.id}&mid={MID}&tabid={tab}&ctl=ArticleView"
        return f"/Default.aspx?tabid={tab}&ctl=ArticleView&mid={MID}&ArticleID={a.id}"

    @staticmethod
    def image_src(a: DemoArticle, file: str) -> str:
        return f"/Portals/0/Images/{a.published:%Y/%m}/{file}"

    def category_label(self, a: DemoArticle) -> str:
        return TABS[TAB_BY_KEY[a.category]][1]

    def handle(self, path: str, query: str) -> Reply:
        q = {k.lower(): v[0] for k, v in parse_qs(query).items()}
        low = path.lower()
        if low == "/robots.txt":
            return Reply(200, b"User-agent: *\nDisallow: /Admin/\nDisallow: /Providers/\n",
                         {"Content-Type": "text/plain"})
        if low.startswith("/portals/"):
            return Reply(200, PIXEL, {"Content-Type": "image/gif"})
        if low == "/":
            return Reply.redirect("/Default.aspx?tabid=36", 302)
        if low == "/login.aspx" or q.get("ctl", "").lower() in ("login", "register", "sendpassword"):
            return Reply.html(self._layout("Đăng nhập", '<div class="login">Tên đăng nhập <input> Mật khẩu <input></div>'))
        if low != "/default.aspx":
            return Reply.not_found()
        tab = int(q["tabid"]) if q.get("tabid", "").isdigit() else 36
        if q.get("ctl", "").lower() in ("articleview", "print") and q.get("articleid", "").isdigit():
            a = self.by_id.get(int(q["articleid"]))
            if a is None:
                main = '<div class="dnnFormMessage dnnFormWarning">Bài viết không tồn tại hoặc đã bị xóa.</div>'
                return Reply.html(self._layout("Không tìm thấy bài viết", main))
            return self.article(a)
        if tab in TABS:
            return self.listing(tab)
        return self.home()

    def home(self) -> Reply:
        items = "".join(f'<li><a href="{escape(self.article_path(a))}">{escape(a.title)}</a></li>'
                        for a in self.articles[:4])
        return Reply.html(self._layout("Trang chủ", f'<div id="dnn_ctr500_ModuleContent"><ul>{items}</ul></div>'))

    def listing(self, tab: int) -> Reply:
        key, label = TABS[tab]
        items = [a for a in self.articles if a.category == key][:PER_PAGE]
        rows = "".join(
            f'<tr class="rgRow"><td><a href="{escape(self.article_path(a, variant=i))}">{escape(a.title)}</a></td>'
            f"<td>{a.published:%d/%m/%Y}</td></tr>"
            for i, a in enumerate(items)
        )
        pager = ('<div class="rgPager"><input type="submit" name="dnn$ctr581$ListView$grid$ctl00$ctl03$ctl01$ctl28" '
                 'class="rgPageNext" onclick="__doPostBack(\'dnn$ctr581$ListView$grid\',\'Next\')" value=" "></div>')
        main = f'<div id="dnn_ctr581_ModuleContent"><h2>{escape(label)}</h2><table class="rgMasterTable">{rows}</table>{pager}</div>'
        return Reply.html(self._layout(label, main, tab=tab))

    def article(self, a: DemoArticle) -> Reply:
        old = a.published.year < 2020
        tab = TAB_BY_KEY[a.category]
        ctr = f"dnn_ctr{MID}_ArticleView"
        body = article_body(a, lead="", paragraph="<p>{}</p>", image=self._image, unit_line=False)
        date_html = f'<span id="{ctr}_lblDate" class="NormalDate">{_dnn_date(a.published)}</span>'
        if a.updated:
            date_html += f' <span id="{ctr}_lblUpdate" class="NormalDate">Cập nhật: {_dnn_date(a.updated)}</span>'
        summary = f'<div id="{ctr}_pnlSummary" class="summary"><p>{escape(a.lead)}</p></div>'
        authors = f'<span id="{ctr}_lblTacGia" class="author">{escape(", ".join(a.authors))}</span>' if a.authors else ""
        source = f'<span id="{ctr}_lblNguonThongTin" class="source">Nguồn: {escape(a.unit)}</span>' if a.unit else ""
        others = [o for o in self.articles if o.category == a.category and o.published < a.published][:5]
        others_html = "".join(
            f'<li><a href="{escape(self.article_path(o, variant=i + 1))}">{escape(o.title)}</a> ({o.published:%d/%m/%Y})</li>'
            for i, o in enumerate(others)
        )
        title = f'<h2><span id="{ctr}_lblTitle" class="Head">{escape(a.title)}</span></h2>'
        if old:  # the older template: date above the title, summary after the body opens
            header = date_html + title + summary
        else:
            header = title + date_html + summary
        main = (
            f'<div id="dnn_ctr{MID}_ModuleContent" class="DNNModuleContent"><div class="article">{header}'
            f'<div id="{ctr}_pnlContent" class="content">{body}</div>'
            f'<div class="article-footer">{authors} {source}</div>'
            f'<a href="{escape(self.article_path(a))}&amp;print=1" class="print">In bài</a></div></div>'
            f'<div id="dnn_ctr582_ModuleContent"><h3>Các tin khác</h3><ul>{others_html}</ul></div>'
        )
        return Reply.html(self._layout(a.title, main, tab=tab), last_modified=self.last_modified(a))

    def _image(self, a: DemoArticle, img) -> str:
        src = escape(self.image_src(a, img.file))
        caption = escape(img.caption) + (f". {escape(img.credit)}" if img.credit else "")
        if img.style == "figure":
            return f'<figure class="image"><img src="{src}"><figcaption>{caption}</figcaption></figure>'
        if img.style == "table":
            return (f'<table class="image" style="width:100%"><tbody><tr><td align="center"><img src="{src}"></td></tr>'
                    f'<tr><td align="center"><i>{caption}</i></td></tr></tbody></table>')
        return f'<p align="center"><img src="{src}"></p><p align="center"><i>{caption}</i></p>'

    def _layout(self, title: str, main: str, *, tab: int | None = None) -> str:
        menu = "".join(f'<li><a href="/Default.aspx?tabid={t}">{escape(v[1])}</a></li>' for t, v in TABS.items())
        crumb = (f'<span id="dnn_dnnBreadcrumb_lblBreadCrumb" class="breadcrumb"><a href="/Default.aspx?tabid=36">Trang chủ</a> › '
                 f'<a href="/Default.aspx?tabid={tab}" class="breadcrumb-item">{escape(TABS[tab][1])}</a></span>') if tab else ""
        hits = f"{next(self._hits):,}".replace(",", ".")
        return f"""<!DOCTYPE html>
<html lang="vi-VN"><head><meta charset="utf-8"><title>{escape(title)} &gt; {SITE_NAME}</title></head>
<body><form name="Form" method="post" action="/Default.aspx" id="Form">
<input type="hidden" name="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk">
<div id="dnn_ControlPanel"></div>
<div class="header"><span>{SITE_NAME.upper()}</span>
<a href="/Login.aspx?returnurl=%2fDefault.aspx" class="login">Đăng nhập</a>
<a href="/Default.aspx?tabid=36&amp;ctl=Register&amp;returnurl=%2f">Đăng ký</a></div>
<ul class="menu"><li><a href="/Default.aspx?tabid=36">Trang chủ</a></li>{menu}</ul>
<div id="dnn_ContentPane">{crumb}{main}</div>
<div id="dnn_RightPane"><div class="poll"><h3>Thăm dò ý kiến</h3><p>Bạn quan tâm nội dung nào?</p></div>
<div class="counter">Số lượt truy cập: {hits}</div></div>
<div id="dnn_FooterPane">Cổng Thông tin điện tử {SITE_NAME} - 8 Phố Demo, Hà Nội</div>
</form></body></html>"""
