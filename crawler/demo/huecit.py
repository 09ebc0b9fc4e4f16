"""Demo site imitating a HueCIT eGov department portal (Thừa Thiên Huế).

URLs: ``/?gd=19&cn=<category>&tc=<item>`` (parameter order varies between links), listings
``/?gd=19&cn=<category>[&pg=N]``, a "Xem tin theo ngày" calendar that never ends
(``&ngay=dd-mm-yyyy``), a legacy ``/Default.aspx?…`` address that redirects, a soft 404 served
with status 200, one article served in windows-1258, a visitor counter that changes on
every request, and the older table-based template on items from 2020.
"""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta
from html import escape
from urllib.parse import parse_qs

from crawler.demo.corpus import DemoArticle, load_corpus
from crawler.demo.markup import MutableCorpus, article_body
from crawler.demo.server import PIXEL, Reply

__all__ = ["HueCitSite"]

GD = 19
CATEGORIES = {  # cn id -> (key, label)
    115: ("tin-hoat-dong", "Tin hoạt động"),
    116: ("thong-bao", "Thông báo"),
    117: ("cai-cach-hanh-chinh", "Cải cách hành chính"),
}
CN_BY_KEY = {key: cn for cn, (key, _) in CATEGORIES.items()}
PER_PAGE = 8
#: Served as windows-1258 bytes (header and meta agree), like legacy pages still online.
CP1258_ARTICLES = frozenset({62520})
#: Linked from the home page; no longer exists: a soft 404 (status 200, full chrome).
DELETED_ARTICLE = 62599
#: Linked from the home page through the legacy address, which redirects.
LEGACY_LINKED_ARTICLE = 62503
SITE_NAME = "Sở Nông nghiệp và Phát triển nông thôn tỉnh Thừa Thiên Huế"


def _ddmmyyyy(dt: datetime) -> str:
    return dt.strftime("%d/%m/%Y")


class HueCitSite(MutableCorpus):
    family = "huecit"

    def __init__(self, base: str) -> None:
        self.base = base
        self.articles = load_corpus("huecit")
        self._index()
        self._hits = itertools.count(17_887_020)

    # -- URLs ---------------------------------------------------------------------------------

    def _index(self) -> None:
        self.by_id = {a.id: a for a in self.articles}

    @staticmethod
    def article_path(a: DemoArticle, *, swapped: bool = False) -> str:
        cn = CN_BY_KEY[a.category]
        if swapped:
            return f"/?cn={cn}&gd={GD}&tc={a.id}"
        return f"/?gd={GD}&cn={cn}&tc={a.id}"

    @staticmethod
    def image_src(a: DemoArticle, file: str) -> str:
        d = a.published
        return f"/UploadFiles/TinTuc/{d.year}/{d.month}/{d.day}/{file}"

    def category_label(self, a: DemoArticle) -> str:
        return CATEGORIES[CN_BY_KEY[a.category]][1]

    # -- dispatch -----------------------------------------------------------------------------
    def handle(self, path: str, query: str) -> Reply:
        q = {k: v[0] for k, v in parse_qs(query).items()}
        if path == "/robots.txt":
            # The "Giới thiệu" page is linked from every menu but closed to robots.
            body = f"User-agent: *\nDisallow: /Admin/\nDisallow: /?gd={GD}&cn=118\n"
            return Reply(200, body.encode(), {"Content-Type": "text/plain"})
        if path.startswith("/UploadFiles/"):
            return Reply(200, PIXEL, {"Content-Type": "image/gif"})
        if path.lower() == "/default.aspx":
            return Reply.redirect("/?" + query, 301)
        if path != "/":
            return Reply.not_found()
        if "ngay" in q:
            return self.calendar_page(q)
        if "tc" in q:
            return self.article_page(q["tc"])
        if "cn" in q and q["cn"].isdigit() and int(q["cn"]) in CATEGORIES:
            page = int(q["pg"]) if q.get("pg", "").isdigit() else 1
            return self.listing_page(int(q["cn"]), page)
        return self.home_page()

    # -- pages --------------------------------------------------------------------------------
    def home_page(self) -> Reply:
        latest = self.articles[:6]
        items = "".join(
            f'<li><a href="{escape(self.article_path(a))}">{escape(a.title)}</a>'
            f' <span class="date">({_ddmmyyyy(a.published)})</span></li>'
            for a in latest
        )
        legacy = self.by_id[LEGACY_LINKED_ARTICLE]
        highlights = (
            f'<li><a href="/Default.aspx?gd={GD}&amp;cn={CN_BY_KEY[legacy.category]}'
            f'&amp;tc={legacy.id}">{escape(legacy.title)}</a></li>'
            f'<li><a href="/?gd={GD}&amp;cn=115&amp;tc={DELETED_ARTICLE}">'
            "Lịch tiếp công dân của Giám đốc Sở tháng 12</a></li>"
        )
        main = (
            f'<div class="box-news"><div class="box-title">Tin mới</div><ul>{items}</ul></div>'
            f'<div class="box-news"><div class="box-title">Tin nổi bật</div><ul>{highlights}</ul></div>'
        )
        return Reply.html(self._layout("Trang chủ", main, crumb=None))

    def listing_page(self, cn: int, page: int) -> Reply:
        key, label = CATEGORIES[cn]
        items_all = [a for a in self.articles if a.category == key]
        pages = max(1, -(-len(items_all) // PER_PAGE))
        if page > pages:
            page = pages  # the CMS repeats its last page for any larger number
        chunk = items_all[(page - 1) * PER_PAGE : page * PER_PAGE]
        rows = "".join(
            '<div class="item-news">'
            f'<a class="title" href="{escape(self.article_path(a))}">{escape(a.title)}</a>'
            f'<span class="date">({_ddmmyyyy(a.published)})</span>'
            f"<p>{escape(a.lead[:160])}…</p></div>"
            for a in chunk
        )
        pager = "".join(
            f'<a href="/?gd={GD}&amp;cn={cn}&amp;pg={n}">{n}</a> ' if n != page else f"<b>{n}</b> "
            for n in range(1, pages + 1)
        )
        if page < pages:
            pager += f'<a href="/?gd={GD}&amp;cn={cn}&amp;pg={page + 1}">Trang sau ›</a>'
        main = (
            f'<div class="list-news"><h1 class="cat-title">{escape(label)}</h1>{rows}'
            f'<div class="paging">{pager}</div></div>'
        )
        return Reply.html(self._layout(label, main, crumb=(cn, label)))

    def calendar_page(self, q: dict[str, str]) -> Reply:
        try:
            day = datetime.strptime(q["ngay"], "%d-%m-%Y")
        except ValueError:
            day = datetime(2023, 1, 1)
        cn = int(q["cn"]) if q.get("cn", "").isdigit() and int(q["cn"]) in CATEGORIES else 115
        same_day = [a for a in self.articles if a.published.date() == day.date()]
        rows = "".join(
            f'<li><a href="{escape(self.article_path(a))}">{escape(a.title)}</a></li>'
            for a in same_day
        ) or "<li>Không có tin nào trong ngày này.</li>"
        main = (
            f'<div class="list-news"><h1 class="cat-title">Tin ngày {day:%d/%m/%Y}</h1>'
            f"<ul>{rows}</ul></div>"
        )
        return Reply.html(self._layout(f"Tin ngày {day:%d/%m/%Y}", main, crumb=None, cn=cn, day=day))

    def article_page(self, tc: str) -> Reply:
        a = self.by_id.get(int(tc)) if tc.isdigit() else None
        if a is None:
            main = (
                '<div class="news-detail"><div class="title-news">Không tìm thấy tin bài</div>'
                '<div class="content-news"><p>Tài nguyên không được tìm thấy hoặc đã bị gỡ bỏ. '
                'Vui lòng quay lại <a href="/">trang chủ</a>.</p></div></div>'
            )
            return Reply.html(self._layout("Không tìm thấy", main, crumb=None))
        cn = CN_BY_KEY[a.category]
        body = article_body(a, lead="<p><strong>{}</strong></p>",
                            paragraph='<p style="text-align: justify;">{}</p>', image=self._image)
        others = [o for o in self.articles if o.category == a.category and o.id != a.id][:5]
        other_items = "".join(
            f'<li><a href="{escape(self.article_path(o, swapped=True))}">{escape(o.title)}</a>'
            f' <span class="date">({_ddmmyyyy(o.published)})</span></li>'
            for o in others
        )
        tools = ('<div class="tool-news"><a href="javascript:window.print()">In trang</a> | '
                 '<a href="javascript:history.back()">Quay lại</a></div>')
        if a.published.year <= 2020:
            # The portal's older, table-based template (still serving its 2020 items).
            detail = (
                '<table class="tbl-news-detail" width="100%"><tbody>'
                f'<tr><td class="title-news">{escape(a.title)}</td></tr>'
                f'<tr><td class="date-news"><i>Ngày cập nhật {_ddmmyyyy(a.published)}</i></td></tr>'
                f'<tr><td class="content-news">{body}</td></tr>'
                f"<tr><td>{tools}</td></tr></tbody></table>"
            )
        else:
            detail = (
                '<div class="news-detail">'
                f'<div class="title-news">{escape(a.title)}</div>'
                f'<div class="date-news">Ngày cập nhật {_ddmmyyyy(a.published)}</div>'
                f'<div class="content-news">{body}</div>{tools}</div>'
            )
        main = detail + (
            f'<div class="other-news"><div class="box-title">Các tin khác</div><ul>{other_items}</ul></div>'
        )
        charset = "windows-1258" if a.id in CP1258_ARTICLES else "utf-8"
        page = self._layout(a.title, main, crumb=(cn, self.category_label(a)), charset=charset,
                            day=a.published)
        return Reply.html(page, charset=charset, last_modified=self.last_modified(a))

    def _image(self, a: DemoArticle, img) -> str:
        src = escape(self.image_src(a, img.file))
        caption = escape(img.caption) + (f" <em>{escape(img.credit)}</em>" if img.credit else "")
        if img.style == "figure":
            return (f'<figure class="image"><img src="{src}" alt="{escape(img.file)}">'
                    f"<figcaption>{caption}</figcaption></figure>")
        return (
            '<table class="image" align="center" border="0" cellpadding="3" cellspacing="0">'
            f'<tbody><tr><td><img src="{src}" width="500" alt="{escape(img.file)}"></td></tr>'
            f'<tr><td class="image_desc"><em>{caption}</em></td></tr></tbody></table>'
        )

    # -- chrome -------------------------------------------------------------------------------
    def _layout(self, title: str, main: str, *, crumb, charset: str = "utf-8", cn: int = 115,
                day: datetime | None = None) -> str:
        menu = "".join(
            f'<li><a href="/?gd={GD}&amp;cn={n}">{escape(label)}</a></li>'
            for n, (_, label) in CATEGORIES.items()
        )
        crumb_html = (
            f'<div class="breadcrumb"><a href="/?gd={GD}">Trang chủ</a> » '
            f'<a href="/?gd={GD}&amp;cn={crumb[0]}">{escape(crumb[1])}</a></div>'
            if crumb else ""
        )
        day = day or datetime(2023, 12, 31)
        prev_day, next_day = day - timedelta(days=1), day + timedelta(days=1)
        hits = next(self._hits)
        total, online = (f"{n:,}".replace(",", ".") for n in (hits, 5000 + hits % 4000))
        return f"""<!DOCTYPE html>
<html lang="vi"><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{escape(title)} - {SITE_NAME}</title>
</head><body>
<div id="header"><div class="banner">UBND TỈNH THỪA THIÊN HUẾ<br>{SITE_NAME.upper()}</div></div>
<div id="menu"><ul><li><a href="/?gd={GD}">Trang chủ</a></li>{menu}
<li><a href="/?gd={GD}&amp;cn=118">Giới thiệu</a></li></ul></div>
<div id="search"><form action="/" method="get"><input type="hidden" name="gd" value="{GD}">
<input type="text" name="tukhoa" placeholder="Tìm kiếm tin tức"><button type="submit">Tìm kiếm</button></form></div>
<div id="left">
<div class="box-lienket"><div class="box-title">Liên kết website</div>
<select onchange="window.open(this.value)"><option>Chính phủ</option><option>Các bộ, ngành ở TW</option>
<option>Tỉnh ủy, UBND tỉnh</option><option>Sở, ban, ngành</option><option>UBND huyện, thị xã</option></select>
<ul><li><a href="https://dichvucong.gov.vn/">Cổng Dịch vụ công quốc gia</a></li>
<li><a href="https://thuathienhue.gov.vn/">Cổng thông tin điện tử tỉnh</a></li></ul></div>
<div class="tinnhiem"><a href="https://tinnhiemmang.vn/"><img src="/UploadFiles/tinnhiemmang.png" alt="Chứng nhận Tín Nhiệm Mạng"></a></div>
</div>
<div id="main">{crumb_html}{main}
<div class="xemtin"><div class="box-title">Xem tin theo ngày</div>
<a href="/?gd={GD}&amp;cn={cn}&amp;ngay={prev_day:%d-%m-%Y}">‹ Ngày trước</a>
<a href="/?gd={GD}&amp;cn={cn}&amp;ngay={day:%d-%m-%Y}">{day:%d/%m/%Y}</a>
<a href="/?gd={GD}&amp;cn={cn}&amp;ngay={next_day:%d-%m-%Y}">Ngày sau ›</a></div>
</div>
<div id="right">
<div class="box-poll"><div class="box-title">Thăm dò ý kiến</div><p>Bạn đánh giá thế nào về giao diện mới của trang?</p>
<label><input type="radio" name="poll"> Đẹp</label><label><input type="radio" name="poll"> Bình thường</label></div>
<div class="thongke"><div class="box-title">Thống kê truy cập</div>
<div>Truy cập tổng {total}</div><div>Truy cập hiện tại {online}</div></div>
</div>
<div id="footer">{SITE_NAME.upper()}<br>Địa chỉ: 15 Đường Demo, thành phố Huế. Điện thoại: 0234.3800.000<br>
Ghi rõ nguồn "{SITE_NAME}" khi phát hành lại thông tin từ nguồn này.</div>
</body></html>"""

