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

from crawler.demo import chrome
from crawler.demo.corpus import DemoArticle, DemoAttachment, DemoImage, load_corpus
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
    def attachment_src(a: DemoArticle, doc: DemoAttachment) -> str:
        return f"/Uploads/files/{a.published:%Y}/{doc.file}"

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
        if a.attachments:  # the CMS's file box closes the body: a bold label over a list
            body += ('<p><strong>File đính kèm:</strong></p><ul class="list-file">' + "".join(
                f'<li><a href="{escape(self.attachment_src(a, d))}" target="_blank">{escape(d.file)}</a></li>'
                for d in a.attachments) + "</ul>")
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

    def _image(self, a: DemoArticle, img: DemoImage) -> str:
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
    def _layout(self, title: str, main: str, *, crumb: tuple[int, str] | None,
                charset: str = "utf-8", cn: int = 115,
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
        counts = chrome.visit_counts(hits)
        state = chrome.aspnet_state(
            f"/Default.aspx?gd={GD}&cn={cn}",
            [title, *(label for _, label in CATEGORIES.values()), *_HUE_POLL[1:],
             *(f"{name}|{url}" for group in _HUE_LINK_GROUPS for name, url in group[1])],
            ["ctl00$btnTimKiem", "ctl00$ctl12$btnBieuQuyet", "ctl00$ctl12$btnKetQua",
             *(f"ctl00$ctl12$rblPoll${i}" for i in range(len(_HUE_POLL) - 1)),
             *(str(n) for n in CATEGORIES), "0"],
        )
        hidden = "".join(
            f'<input type="hidden" name="{k}" id="{k}" value="{v}">'
            for k, v in (("__EVENTTARGET", ""), ("__EVENTARGUMENT", ""),
                         ("__VIEWSTATE", state["__VIEWSTATE"]))
        )
        link_selects = "".join(
            f'<select class="ddl-lienket" onchange="moLienKet(this)">{chrome.options(items, label)}</select>'
            for label, items in _HUE_LINK_GROUPS
        )
        search_options = "".join(
            f'<option value="{n}">{escape(label)}</option>' for n, (_, label) in CATEGORIES.items()
        )
        poll_options = "".join(
            f'<label><input type="radio" name="poll" id="ctl00_ctl12_rblPoll_{i}" value="{i}"> {escape(text)}</label>'
            for i, text in enumerate(_HUE_POLL[1:])
        )
        units = "".join(f'<li><a href="{url}" target="_blank">{escape(name)}</a></li>' for name, url in _HUE_UNITS)
        about = "".join(
            f'<li><a href="/?gd={GD}&amp;cn=118#{anchor}">{escape(label)}</a></li>' for anchor, label in _HUE_ABOUT
        )
        services = "".join(
            f'<li><a href="{url}" target="_blank"><img src="/UploadFiles/Banner/{img}" alt="{escape(name)}">'
            f"<span>{escape(name)}</span></a></li>"
            for name, url, img in _HUE_BANNERS
        )
        documents = "".join(
            f'<li><a href="/UploadFiles/VanBan/{path}" target="_blank" title="{escape(summary)}">'
            f'<b>{escape(number)}</b></a><p>{escape(summary)}</p><span class="ngaybh">Ngày ban hành: {issued}</span></li>'
            for number, summary, issued, path in _HUE_DOCUMENTS
        )
        prices = "".join(
            f"<tr><td>{escape(item)}</td><td>{escape(unit)}</td><td align=\"right\">{price}</td></tr>"
            for item, unit, price in _HUE_PRICES
        )
        levels = "".join(
            f"<tr><td>{escape(station)}</td><td>{escape(river)}</td><td align=\"right\">{level}</td>"
            f'<td align="right">{alarm}</td></tr>'
            for station, river, level, alarm in _HUE_WATER_LEVELS
        )
        footer_menu = " | ".join(
            [f'<a href="/?gd={GD}">Trang chủ</a>']
            + [f'<a href="/?gd={GD}&amp;cn={n}">{escape(label)}</a>' for n, (_, label) in CATEGORIES.items()]
            + [f'<a href="/?gd={GD}&amp;cn=118#lien-he">Liên hệ</a>']
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi"><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{escape(title)} - {SITE_NAME}</title>
<meta name="description" content="Trang thông tin điện tử {SITE_NAME}: tin hoạt động, thông báo, văn bản chỉ đạo điều hành và thủ tục hành chính ngành nông nghiệp.">
<meta name="keywords" content="nông nghiệp Thừa Thiên Huế, phát triển nông thôn, nông thôn mới, thủy lợi, lâm nghiệp, thủy sản, khuyến nông, phòng chống thiên tai">
<meta name="author" content="Trung tâm Công nghệ Thông tin tỉnh Thừa Thiên Huế">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="shortcut icon" href="/Themes/egov/images/favicon.ico" type="image/x-icon">
<link href="/Themes/egov/css/reset.css?v=3.2.1" rel="stylesheet" type="text/css">
<link href="/Themes/egov/css/style.css?v=3.2.1" rel="stylesheet" type="text/css">
<link href="/Themes/egov/css/menu.css?v=3.2.1" rel="stylesheet" type="text/css">
<link href="/Themes/egov/css/sngv-19.css?v=3.2.1" rel="stylesheet" type="text/css">
<link href="/Scripts/jquery-ui/jquery-ui-1.10.4.custom.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/Scripts/jquery-1.10.2.min.js"></script>
<script type="text/javascript" src="/Scripts/jquery-ui/jquery-ui-1.10.4.custom.min.js"></script>
<script type="text/javascript" src="/Scripts/superfish.js"></script>
<script type="text/javascript" src="/Scripts/egov.common.js?v=3.2.1"></script>
<style type="text/css">{_HUE_CSS}</style>
{chrome.ga_snippet("G-SNNPTNT19")}
</head><body>
<form name="aspnetForm" method="post" action="./Default.aspx?gd={GD}&amp;cn={cn}" id="aspnetForm">
<div>{hidden}</div>
{chrome.postback_script('aspnetForm')}
<div><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="{state["__VIEWSTATEGENERATOR"]}">
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{state["__EVENTVALIDATION"]}"></div>
<div id="wrapper">
<div id="topbar"><span id="ngayhientai" class="ngay"></span>{chrome.weekday_clock_script("ngayhientai")}
<div class="topbar-links"><a href="/?gd={GD}">Trang chủ</a> | <a href="/?gd={GD}&amp;cn=118#lien-he">Liên hệ</a> |
<a href="https://mail.thuathienhue.gov.vn/" target="_blank">Thư điện tử công vụ</a> |
<a href="https://egov.thuathienhue.gov.vn/" target="_blank">Hệ thống quản lý văn bản và điều hành</a></div>
<div class="font-size">Cỡ chữ: <a href="javascript:doiCoChu(-1)">A-</a> <a href="javascript:doiCoChu(0)">A</a> <a href="javascript:doiCoChu(1)">A+</a></div></div>
<div id="header"><img class="quoc-huy" src="/Themes/egov/images/quochuy.png" alt="Quốc huy" width="80" height="80">
<div class="banner">UBND TỈNH THỪA THIÊN HUẾ<br>{SITE_NAME.upper()}</div>
<img class="banner-bg" src="/UploadFiles/Banner/banner-snnptnt-2023.jpg" alt="" width="1000" height="150"></div>
<div id="menu"><ul class="sf-menu"><li><a href="/?gd={GD}">Trang chủ</a></li>
<li class="has-sub"><a href="/?gd={GD}&amp;cn=118">Giới thiệu</a><ul>{about}</ul></li>
<li class="has-sub"><a href="javascript:void(0)">Tin tức - Sự kiện</a><ul>{menu}</ul></li>
<li class="has-sub"><a href="javascript:void(0)">Văn bản</a><ul>
<li><a href="https://vbpl.vn/thuathienhue/Pages/Home.aspx" target="_blank">Văn bản quy phạm pháp luật của tỉnh</a></li>
<li><a href="https://egov.thuathienhue.gov.vn/vanban/snnptnt" target="_blank">Văn bản chỉ đạo điều hành</a></li>
<li><a href="https://congbao.thuathienhue.gov.vn/" target="_blank">Công báo tỉnh</a></li>
<li><a href="https://duthao.thuathienhue.gov.vn/" target="_blank">Dự thảo văn bản lấy ý kiến góp ý</a></li></ul></li>
<li class="has-sub"><a href="https://dichvucong.thuathienhue.gov.vn/" target="_blank">Thủ tục hành chính</a><ul>
<li><a href="https://dichvucong.thuathienhue.gov.vn/thutuc/danh-sach?coquan=snnptnt" target="_blank">Bộ thủ tục hành chính của Sở</a></li>
<li><a href="https://dichvucong.thuathienhue.gov.vn/dich-vu-cong-truc-tuyen" target="_blank">Dịch vụ công trực tuyến</a></li>
<li><a href="https://dichvucong.thuathienhue.gov.vn/tra-cuu-ho-so" target="_blank">Tra cứu hồ sơ</a></li>
<li><a href="https://dichvucong.thuathienhue.gov.vn/danh-gia" target="_blank">Đánh giá mức độ hài lòng</a></li></ul></li>
<li class="has-sub"><a href="javascript:void(0)">Đơn vị trực thuộc</a><ul>{units}</ul></li>
<li><a href="https://hoidap.thuathienhue.gov.vn/" target="_blank">Hỏi đáp</a></li>
<li><a href="/?gd={GD}&amp;cn=118#lien-he">Liên hệ</a></li></ul></div>
<div id="marquee"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">Chào mừng kỷ niệm 78 năm Ngày truyền thống ngành Nông nghiệp và Phát triển nông thôn (14/11/1945 - 14/11/2023) ★ Chủ động ứng phó với mưa lũ, bảo vệ sản xuất vụ Đông Xuân ★ Chung tay xây dựng nông thôn mới kiểu mẫu</marquee></div>
<div id="search"><input type="hidden" name="gd" value="{GD}">
<select name="ctl00$ddlChuyenMuc" id="ctl00_ddlChuyenMuc"><option value="0">Tất cả chuyên mục</option>{search_options}</select>
<input type="text" name="tukhoa" id="ctl00_txtTuKhoa" placeholder="Tìm kiếm tin tức" onkeypress="return timKiemEnter(event)">
<input type="button" name="ctl00$btnTimKiem" value="Tìm kiếm" onclick="timKiem()"></div>
<div id="left">
<div class="box-lienket"><div class="box-title">Liên kết website</div>
{link_selects}
<ul><li><a href="https://dichvucong.gov.vn/">Cổng Dịch vụ công quốc gia</a></li>
<li><a href="https://thuathienhue.gov.vn/">Cổng thông tin điện tử tỉnh</a></li></ul></div>
<div class="box-banner"><ul>{services}</ul></div>
<div class="box-vanban"><div class="box-title">Văn bản mới</div><ul>{documents}</ul></div>
<div class="box-lichct"><div class="box-title">Lịch công tác</div><ul>
<li><a href="/UploadFiles/LichCongTac/2023/12/lich-cong-tac-tuan-51.pdf" target="_blank">Lịch công tác tuần 51 (từ 18/12 đến 22/12/2023)</a></li>
<li><a href="/UploadFiles/LichCongTac/2023/12/lich-cong-tac-tuan-50.pdf" target="_blank">Lịch công tác tuần 50 (từ 11/12 đến 15/12/2023)</a></li>
<li><a href="/UploadFiles/LichCongTac/2023/12/lich-tiep-cong-dan-thang-12.pdf" target="_blank">Lịch tiếp công dân định kỳ tháng 12/2023</a></li></ul></div>
<div class="tinnhiem">{chrome.tinnhiemmang_badge("snnptnt.thuathienhue.gov.vn")}</div>
</div>
<div id="main">{crumb_html}{main}
<div class="xemtin"><div class="box-title">Xem tin theo ngày</div>
<a href="/?gd={GD}&amp;cn={cn}&amp;ngay={prev_day:%d-%m-%Y}">‹ Ngày trước</a>
<a href="/?gd={GD}&amp;cn={cn}&amp;ngay={day:%d-%m-%Y}">{day:%d/%m/%Y}</a>
<a href="/?gd={GD}&amp;cn={cn}&amp;ngay={next_day:%d-%m-%Y}">Ngày sau ›</a>
<div class="xemtin-form">{chrome.date_selects(day, "ctl00_XemTin")}
<input type="button" value="Xem" onclick="xemTinTheoNgay({cn})"></div></div>
</div>
<div id="right">
<div class="box-poll"><div class="box-title">Thăm dò ý kiến</div><p>{escape(_HUE_POLL[0])}</p>
{poll_options}
<div class="poll-buttons"><input type="button" name="ctl00$ctl12$btnBieuQuyet" value="Biểu quyết" onclick="__doPostBack('ctl00$ctl12$btnBieuQuyet','')">
<input type="button" name="ctl00$ctl12$btnKetQua" value="Xem kết quả" onclick="__doPostBack('ctl00$ctl12$btnKetQua','')"></div></div>
<div class="thongke"><div class="box-title">Thống kê truy cập</div>
<div>Truy cập tổng {total}</div><div>Truy cập hiện tại {online}</div>
<div>Hôm nay: {counts["today"]}</div><div>Hôm qua: {counts["yesterday"]}</div>
<div>Tuần này: {counts["week"]}</div><div>Tháng này: {counts["month"]}</div></div>
<div class="box-giaca"><div class="box-title">Giá cả thị trường</div>
<table class="tbl-giaca" width="100%"><thead><tr><th>Mặt hàng</th><th>ĐVT</th><th>Giá (đồng)</th></tr></thead>
<tbody>{prices}</tbody></table><p class="ghichu">Nguồn: Chi cục Phát triển nông thôn tổng hợp tại các chợ đầu mối thành phố Huế.</p></div>
<div class="box-mucnuoc"><div class="box-title">Mực nước các sông chính</div>
<table class="tbl-mucnuoc" width="100%"><thead><tr><th>Trạm</th><th>Sông</th><th>Mực nước (m)</th><th>Báo động I (m)</th></tr></thead>
<tbody>{levels}</tbody></table><p class="ghichu">Số liệu quan trắc lúc 7 giờ, do Đài Khí tượng Thủy văn tỉnh cung cấp.</p></div>
</div>
<div id="footer"><div class="footer-menu">{footer_menu}</div>
<div class="footer-info">{SITE_NAME.upper()}<br>Địa chỉ: 15 Đường Demo, thành phố Huế. Điện thoại: 0234.3800.000<br>
Fax: 0234.3800.001. Email: snnptnt@demo.thuathienhue.gov.vn<br>
Chịu trách nhiệm chính: Giám đốc Sở Nông nghiệp và Phát triển nông thôn<br>
Giấy phép thiết lập trang thông tin điện tử số 17/GP-STTTT do Sở Thông tin và Truyền thông cấp ngày 05/3/2019<br>
Ghi rõ nguồn "{SITE_NAME}" khi phát hành lại thông tin từ nguồn này.<br>
Thiết kế và phát triển: Trung tâm Công nghệ Thông tin tỉnh Thừa Thiên Huế (HueCIT)</div></div>
<a href="#wrapper" id="back-to-top" title="Lên đầu trang">▲</a>
</div>
</form>
<script type="text/javascript">{_HUE_JS.replace("{GD}", str(GD))}</script>
</body></html>"""


#: Sub-pages of the "Giới thiệu" page (one page, one anchor per section).
_HUE_ABOUT = (
    ("chuc-nang-nhiem-vu", "Chức năng, nhiệm vụ"), ("co-cau-to-chuc", "Cơ cấu tổ chức"),
    ("lanh-dao-so", "Lãnh đạo Sở"), ("cac-phong-chuyen-mon", "Các phòng chuyên môn"),
    ("don-vi-truc-thuoc", "Đơn vị trực thuộc"), ("qua-trinh-phat-trien", "Quá trình hình thành và phát triển"),
    ("lien-he", "Thông tin liên hệ"),
)
#: The department's sub-units, each with its own small site.
_HUE_UNITS = tuple(
    (name, f"https://{host}.snnptnt.thuathienhue.gov.vn/") for name, host in (
        ("Chi cục Kiểm lâm", "kiemlam"), ("Chi cục Thủy lợi", "thuyloi"),
        ("Chi cục Trồng trọt và Bảo vệ thực vật", "ttbvtv"), ("Chi cục Chăn nuôi và Thú y", "cnty"),
        ("Chi cục Thủy sản", "thuysan"), ("Chi cục Phát triển nông thôn", "ptnt"),
        ("Chi cục Quản lý chất lượng nông lâm sản và thủy sản", "qlcl"),
        ("Trung tâm Khuyến nông", "khuyennong"), ("Trung tâm Nước sạch và Vệ sinh môi trường nông thôn", "nuocsach"),
        ("Văn phòng Điều phối nông thôn mới", "ntm"), ("Ban Quản lý rừng phòng hộ Sông Hương", "rphsonghuong"),
        ("Ban Quản lý rừng phòng hộ Bắc Hải Vân", "rphbachaivan"), ("Vườn quốc gia Bạch Mã", "bachma"),
    )
)
_HUE_LINK_GROUPS = (
    ("Chính phủ", chrome.CENTRAL_GOVERNMENT + chrome.GOVERNMENT_AGENCIES),
    ("Các bộ, ngành ở TW", chrome.MINISTRIES),
    ("Tỉnh ủy, UBND tỉnh", chrome.HUE_LEADERSHIP),
    ("Sở, ban, ngành", chrome.HUE_DEPARTMENTS),
    ("UBND huyện, thị xã", chrome.HUE_DISTRICTS),
)
_HUE_BANNERS = (
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/", "dvcqg.png"),
    ("Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "https://dichvucong.thuathienhue.gov.vn/", "dvc-tthue.png"),
    ("Nền tảng Huế-S: phản ánh hiện trường", "https://hues.thuathienhue.gov.vn/", "hue-s.png"),
    ("Cổng thông tin điện tử Thừa Thiên Huế", "https://thuathienhue.gov.vn/", "cong-tinh.png"),
    ("Bộ Nông nghiệp và Phát triển nông thôn", "https://mard.gov.vn/", "bo-nnptnt.png"),
    ("Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "https://nongthonmoi.gov.vn/", "ntm.png"),
    ("Hệ thống văn bản quy phạm pháp luật", "https://vbpl.vn/thuathienhue/", "vbpl.png"),
)
_HUE_DOCUMENTS = (  # (số hiệu, trích yếu, ngày ban hành, file)
    ("Số 2318/SNNPTNT-TL", "Về việc chủ động ứng phó mưa lớn, lũ trên địa bàn tỉnh", "15/12/2023",
     "2023/12/2318-snnptnt-tl.pdf"),
    ("Số 2291/SNNPTNT-TTBVTV", "Hướng dẫn khung lịch thời vụ sản xuất vụ Đông Xuân 2023-2024", "12/12/2023",
     "2023/12/2291-snnptnt-ttbvtv.pdf"),
    ("Số 412/QĐ-SNNPTNT", "Ban hành kế hoạch kiểm tra công tác cải cách hành chính năm 2024", "08/12/2023",
     "2023/12/412-qd-snnptnt.pdf"),
    ("Số 2236/SNNPTNT-KL", "Tăng cường các biện pháp phòng cháy, chữa cháy rừng mùa khô", "01/12/2023",
     "2023/12/2236-snnptnt-kl.pdf"),
    ("Số 2198/SNNPTNT-CNTY", "Chủ động phòng, chống đói, rét cho đàn vật nuôi trong mùa đông", "27/11/2023",
     "2023/11/2198-snnptnt-cnty.pdf"),
)
_HUE_POLL = (
    "Bạn đánh giá thế nào về giao diện mới của trang?",
    "Đẹp", "Bình thường", "Rất đẹp, dễ tìm thông tin", "Chưa đẹp, khó tìm thông tin",
)
_HUE_PRICES = (
    ("Lúa tươi (Khang dân)", "kg", "7.200"), ("Gạo tẻ thường", "kg", "14.500"),
    ("Lợn hơi", "kg", "52.000"), ("Gà ta hơi", "kg", "95.000"), ("Bò hơi", "kg", "85.000"),
    ("Tôm thẻ chân trắng (60 con/kg)", "kg", "115.000"), ("Cá rô phi", "kg", "38.000"),
    ("Thanh trà Thủy Biều", "kg", "30.000"), ("Keo nguyên liệu", "tấn", "1.250.000"),
    ("Phân Urê", "kg", "11.800"),
)
_HUE_WATER_LEVELS = (  # (trạm, sông, mực nước, báo động I)
    ("Kim Long", "Hương", "0,42", "1,00"), ("Phú Ốc", "Bồ", "0,95", "1,50"),
    ("Thượng Nhật", "Tả Trạch", "54,20", "55,50"), ("Cụ Đê", "Cụ Đê", "0,61", "1,00"),
)
_HUE_CSS = """
body { margin: 0; font: 13px/1.5 Arial, Helvetica, sans-serif; color: #333; background: #eef3f0; }
#wrapper { width: 1000px; margin: 0 auto; background: #fff; }
#topbar { height: 28px; line-height: 28px; padding: 0 10px; background: #f4f4f4; border-bottom: 1px solid #ddd; font-size: 12px; }
#topbar .ngay { float: left; color: #555; } #topbar .topbar-links, #topbar .font-size { float: right; margin-left: 15px; }
#header { position: relative; height: 150px; background: #0c6b3c; }
#header .banner { position: absolute; left: 100px; top: 40px; color: #fff; font-weight: bold; font-size: 20px; text-shadow: 1px 1px 2px #000; }
#header .quoc-huy { position: absolute; left: 10px; top: 35px; }
#menu { background: #0a5a32; height: 36px; } #menu ul { margin: 0; padding: 0; list-style: none; }
#menu .sf-menu > li { float: left; position: relative; } #menu .sf-menu > li > a { display: block; padding: 0 14px; line-height: 36px; color: #fff; font-weight: bold; text-transform: uppercase; text-decoration: none; }
#menu .sf-menu li ul { display: none; position: absolute; top: 36px; left: 0; z-index: 99; width: 260px; background: #fff; border: 1px solid #0a5a32; }
#menu .sf-menu li:hover ul { display: block; } #menu .sf-menu li ul a { display: block; padding: 6px 10px; color: #0a5a32; border-bottom: 1px dotted #ccc; }
#marquee { padding: 4px 10px; background: #fffbe6; color: #b30000; font-weight: bold; }
#search { padding: 6px 10px; text-align: right; } #search input[type=text] { width: 220px; }
#left { float: left; width: 220px; padding: 10px; } #main { float: left; width: 500px; padding: 10px; } #right { float: right; width: 220px; padding: 10px; }
.box-title { background: #0c6b3c; color: #fff; font-weight: bold; padding: 5px 8px; text-transform: uppercase; margin-bottom: 6px; }
.ddl-lienket { width: 100%; margin-bottom: 5px; } .box-banner ul { list-style: none; padding: 0; } .box-banner img { width: 100%; }
.box-vanban li p { margin: 2px 0; } .box-vanban .ngaybh { color: #888; font-size: 11px; }
.tbl-giaca, .tbl-mucnuoc { border-collapse: collapse; font-size: 12px; } .tbl-giaca td, .tbl-mucnuoc td { border-bottom: 1px dotted #ccc; padding: 3px; }
.ghichu { font-size: 11px; font-style: italic; color: #777; }
.title-news { font-size: 18px; font-weight: bold; color: #0a5a32; } .date-news { color: #888; margin: 5px 0; }
.other-news li { padding: 3px 0; } .other-news .date { color: #888; font-size: 11px; }
#footer { clear: both; padding: 10px; background: #0c6b3c; color: #fff; text-align: center; font-size: 12px; }
#footer a { color: #fff; } #back-to-top { position: fixed; right: 20px; bottom: 20px; display: none; }
"""
_HUE_JS = """
//<![CDATA[
function moLienKet(ddl) {
    var url = ddl.options[ddl.selectedIndex].value;
    if (url) { window.open(url, '_blank'); }
    ddl.selectedIndex = 0;
}
function timKiem() {
    var tuKhoa = document.getElementById('ctl00_txtTuKhoa').value.trim();
    var cm = document.getElementById('ctl00_ddlChuyenMuc').value;
    if (tuKhoa.length < 2) { alert('Vui l\\u00f2ng nh\\u1eadp t\\u1eeb kh\\u00f3a c\\u1ea7n t\\u00ecm'); return false; }
    window.location.href = '/?gd={GD}' + (cm !== '0' ? '&cn=' + cm : '') + '&tukhoa=' + encodeURIComponent(tuKhoa);
    return false;
}
function timKiemEnter(e) {
    if ((e.which || e.keyCode) === 13) { return timKiem(); }
    return true;
}
function xemTinTheoNgay(cn) {
    var pad = function (v) { return v.length < 2 ? '0' + v : v; };
    var ngay = pad(document.getElementById('ctl00_XemTin_ngay').value) + '-' +
        pad(document.getElementById('ctl00_XemTin_thang').value) + '-' +
        document.getElementById('ctl00_XemTin_nam').value;
    window.location.href = '/?gd={GD}&cn=' + cn + '&ngay=' + ngay;
}
function doiCoChu(buoc) {
    var el = document.getElementById('main'), co = parseInt(el.getAttribute('data-co') || '13', 10);
    co = buoc === 0 ? 13 : Math.max(11, Math.min(19, co + 2 * buoc));
    el.setAttribute('data-co', co);
    el.style.fontSize = co + 'px';
}
$(function () {
    $('ul.sf-menu').superfish({ delay: 300, animation: { opacity: 'show', height: 'show' }, speed: 'fast' });
    $(window).scroll(function () {
        if ($(this).scrollTop() > 300) { $('#back-to-top').fadeIn(); } else { $('#back-to-top').fadeOut(); }
    });
    $('#back-to-top').click(function () { $('html, body').animate({ scrollTop: 0 }, 500); return false; });
});
//]]>
"""
