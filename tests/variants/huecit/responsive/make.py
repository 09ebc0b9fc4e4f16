"""Generate the huecit/responsive mini-site: pages (.html) and truth (.json).

Run:  /work/main/.venv/bin/python tests/variants/huecit/responsive/make.py
Standard library only. A 2019+ responsive (Bootstrap 3) HueCIT eGov theme on an ASP.NET WebForms
page, for a commune site of Thừa Thiên Huế; see TEMPLATE.md.
"""

from __future__ import annotations

import base64
import hashlib
import json
import sys
import unicodedata
from datetime import date, timedelta
from html import escape
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
from articles import ARTICLES, CATS, PARENTS, SITE_NAME  # noqa: E402

HOST = "https://phonghien.thuathienhue.gov.vn"
GD = 118
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
BY_KEY = {a["key"]: a for a in ARTICLES}
SORTED = sorted(ARTICLES, key=lambda a: (a["date"], a["tc"]), reverse=True)
CP = "ctl00_ContentPlaceHolder1_ctl00_"


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def e(s: str) -> str:
    return escape(s, quote=True)


def ea(s: str) -> str:  # attribute/href: & must be &amp;
    return escape(s, quote=True)


def seed(*parts) -> int:
    return int(hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()[:8], 16)


def art_url(a) -> str:
    return f"/?cn={a['cn']}&gd={GD}&tc={a['tc']}"


def cat_url(cn: int, page: int = 1) -> str:
    return f"/?cn={cn}&gd={GD}" + (f"&trang={page}" if page > 1 else "")


def dmy(t) -> str:
    return f"{t[2]:02d}/{t[1]:02d}/{t[0]}"


def upload(a, name: str) -> str:
    y, m, d = a["upload"]
    return f"/UploadFiles/TinTuc/{y}/{m}/{d}/{name}"


def first_img(a):
    for b in a["body"]:
        if b[0] in ("img_em", "img_tbl"):
            return upload(a, b[1])
    return "/Themes/Responsive/images/no_image.jpg"


def viewstate(n: int, size: int = 15000) -> str:
    h = hashlib.sha256(f"vs{n}".encode()).digest()
    raw = b"".join(hashlib.sha256(h + i.to_bytes(4, "big")).digest() for i in range(size // 32))
    return "/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBg" + base64.b64encode(raw).decode()


MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", cat_url(2130), [("Tổng quan", cat_url(2130)), ("Lịch sử - Văn hóa", cat_url(2131)),
                                   ("Cơ cấu tổ chức", cat_url(2132)), ("Danh bạ điện thoại", cat_url(2135))]),
    ("Tin tức - Sự kiện", cat_url(2140), [(CATS[c][0], cat_url(c)) for c in (2141, 2142, 2143, 2144)]),
    ("Thông báo", cat_url(2145), []),
    ("Cải cách hành chính", cat_url(2146), [("Thủ tục hành chính", cat_url(2147)),
                                             ("Kết quả giải quyết hồ sơ", cat_url(2148))]),
    ("Văn bản", cat_url(2150), [("Văn bản chỉ đạo điều hành", cat_url(2151)), ("Văn bản pháp luật", cat_url(2152))]),
    ("Hỏi đáp", cat_url(2160), []),
    ("Liên hệ", cat_url(2135), []),
]

LINKS = [
    ("Cổng TTĐT Chính phủ", "https://chinhphu.vn"),
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
    ("Cổng TTĐT tỉnh Thừa Thiên Huế", "https://thuathienhue.gov.vn"),
    ("Hệ thống thông tin giải quyết TTHC tỉnh", "https://dichvucong.thuathienhue.gov.vn"),
    ("Huyện Phong Điền", "https://phongdien.thuathienhue.gov.vn"),
    ("Huyện Quảng Điền", "https://quangdien.thuathienhue.gov.vn"),
    ("Thị xã Hương Trà", "https://huongtra.thuathienhue.gov.vn"),
    ("Sở Thông tin và Truyền thông", "https://stttt.thuathienhue.gov.vn"),
    ("Sở Nông nghiệp và PTNT", "https://snnptnt.thuathienhue.gov.vn"),
    ("Sở Tư pháp", "https://stp.thuathienhue.gov.vn"),
    ("Báo Thừa Thiên Huế", "https://baothuathienhue.vn"),
    ("Hue-S", "https://hues.thuathienhue.gov.vn"),
]

DOCS = [
    ("Quyết định về việc kiện toàn Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn xã", "82/QĐ-UBND", (2023, 9, 12)),
    ("Kế hoạch tổ chức các hoạt động kỷ niệm Ngày Quốc khánh 2/9", "61/KH-UBND", (2023, 8, 21)),
    ("Báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2023", "95/BC-UBND", (2023, 6, 30)),
    ("Kế hoạch tổng điều tra, rà soát hộ nghèo, hộ cận nghèo năm 2023", "48/KH-UBND", (2023, 6, 2)),
    ("Quyết định ban hành Quy chế làm việc của UBND xã nhiệm kỳ 2021-2026", "15/QĐ-UBND", (2023, 2, 1)),
]


def head(title: str, action: str, n: int, desc: str = "") -> str:
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head><meta charset="utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=edge" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>
	{e(title)}
</title><meta name="description" content="{e(desc or SITE_NAME)}" /><meta name="keywords" content="Phong Hiền, Phong Điền, Thừa Thiên Huế, tin tức, thông báo" /><meta name="author" content="HueCIT" /><meta name="copyright" content="UBND xã Phong Hiền" />
<link rel="shortcut icon" href="/Themes/Responsive/images/favicon.ico" type="image/x-icon" />
<link href="/Content/bootstrap.min.css" rel="stylesheet" type="text/css" />
<link href="/Content/font-awesome.min.css" rel="stylesheet" type="text/css" />
<link href="/Themes/Responsive/css/owl.carousel.min.css" rel="stylesheet" type="text/css" />
<link href="/Themes/Responsive/css/style.css?v=20190815" rel="stylesheet" type="text/css" />
<link href="/Themes/Responsive/css/responsive.css?v=20190815" rel="stylesheet" type="text/css" />
<script src="/Scripts/jquery-1.12.4.min.js" type="text/javascript"></script>
<script src="/Scripts/bootstrap.min.js" type="text/javascript"></script>
<script src="/Themes/Responsive/js/owl.carousel.min.js" type="text/javascript"></script>
<!--[if lt IE 9]><script src="/Scripts/html5shiv.min.js"></script><script src="/Scripts/respond.min.js"></script><![endif]-->
<script async src="https://www.googletagmanager.com/gtag/js?id=UA-1296{GD}34-1"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'UA-1296{GD}34-1');</script>
</head>
<body>
    <form method="post" action="./{ea(action)}" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(n)}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form1'];
if (!theForm) {{
    theForm = document.form1;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>

<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZAG0REM8qqEBAHCZinHsmTftbBz8ARFqQG4SmTbTGQGNsxByiuhhp1M8BGPCUwTA1w2&amp;t=637811765229275428" type="text/javascript"></script>

<div class="aspNetHidden">
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAO{base64.b64encode(hashlib.sha256(f'ev{n}'.encode()).digest()).decode()}" />
</div>
"""


def top(today: date) -> str:
    wd = WEEKDAYS[today.weekday()]
    items = []
    for name, href, subs in MENU:
        if subs:
            sub = "".join(f'<li><a href="{ea(h)}">{e(t)}</a></li>' for t, h in subs)
            items.append(f'<li class="dropdown"><a href="{ea(href)}" class="dropdown-toggle" data-hover="dropdown">'
                         f'{e(name)} <span class="caret"></span></a><ul class="dropdown-menu">{sub}</ul></li>')
        else:
            items.append(f'<li><a href="{ea(href)}">{e(name)}</a></li>')
    return f"""
    <div class="wrapper">
        <div class="top-bar hidden-xs">
            <div class="container">
                <div class="row">
                    <div class="col-sm-6"><span class="today"><i class="fa fa-calendar"></i> {wd}, ngày {today:%d/%m/%Y}</span></div>
                    <div class="col-sm-6 text-right top-links">
                        <a href="/"><i class="fa fa-home"></i> Trang chủ</a> |
                        <a href="{ea(cat_url(2135))}"><i class="fa fa-phone"></i> Liên hệ</a> |
                        <a href="/Login.aspx?ReturnUrl=%2f"><i class="fa fa-user"></i> Đăng nhập</a>
                    </div>
                </div>
            </div>
        </div>
        <header class="banner">
            <div class="container">
                <a href="/" title="{e(SITE_NAME)}"><img src="/UploadFiles/Banner/2019/8/15/banner_phonghien.png" class="img-responsive" alt="{e(SITE_NAME)}" /></a>
            </div>
        </header>
        <nav class="navbar navbar-default navbar-main" role="navigation">
            <div class="container">
                <div class="navbar-header">
                    <button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#mainmenu" aria-expanded="false">
                        <span class="sr-only">Menu</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span>
                    </button>
                    <a class="navbar-brand visible-xs" href="/">Xã Phong Hiền</a>
                </div>
                <div class="collapse navbar-collapse" id="mainmenu">
                    <ul class="nav navbar-nav">{''.join(items)}</ul>
                    <div class="navbar-form navbar-right search-box" role="search">
                        <div class="input-group">
                            <input name="ctl00$ucSearch$txtTuKhoa" type="text" id="ctl00_ucSearch_txtTuKhoa" class="form-control" placeholder="Tìm kiếm tin tức" />
                            <span class="input-group-btn"><a id="ctl00_ucSearch_btnTim" class="btn btn-default" href="javascript:__doPostBack('ctl00$ucSearch$btnTim','')"><i class="fa fa-search"></i></a></span>
                        </div>
                    </div>
                </div>
            </div>
        </nav>
        <div class="marquee-bar">
            <div class="container"><marquee scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();">Chào mừng bạn đến với {e(SITE_NAME)} - huyện Phong Điền - tỉnh Thừa Thiên Huế</marquee></div>
        </div>
        <div class="container main-body">
            <div class="row">"""


def sidebar(n: int, with_keywords: bool = False) -> str:
    docs = "".join(
        f'<li><a href="{ea(cat_url(2151))}" title="{e(t)}"><i class="fa fa-file-text-o"></i> {e(t)}</a>'
        f'<span class="sohieu">Số: {e(so)} - Ngày {dmy(d)}</span></li>' for t, so, d in DOCS)
    links = "".join(f'<option value="{ea(u)}">{e(t)}</option>' for t, u in LINKS)
    online = 12 + seed("on", n) % 40
    today = 180 + seed("td", n) % 400
    month = 6000 + seed("mo", n) % 3000
    total = 1254387 + n * 731 + seed("tt", n) % 500
    rot = SORTED[n % len(SORTED):] + SORTED[:n % len(SORTED)]
    docnhieu = "".join(f'<li><a href="{ea(art_url(a))}">{e(a["title"])}</a> <span class="ngay">({dmy(a["date"])})</span></li>'
                       for a in rot[:4])
    anh = "".join(f'<div class="item"><a href="{ea(art_url(a))}"><img src="{first_img(a)}" class="img-responsive" alt="" /></a></div>'
                  for a in rot if first_img(a).startswith("/UploadFiles"))
    extra_boxes = f"""
                    <div class="box-sidebar">
                        <h3 class="box-title"><i class="fa fa-star"></i> Tin đọc nhiều</h3>
                        <div class="box-content"><ul class="list-tin">{docnhieu}</ul></div>
                    </div>
                    <div class="box-sidebar">
                        <h3 class="box-title"><i class="fa fa-camera"></i> Hình ảnh hoạt động</h3>
                        <div class="box-content"><div class="owl-carousel thuvien-anh">{anh}</div></div>
                    </div>
                    <div class="box-sidebar">
                        <h3 class="box-title"><i class="fa fa-video-camera"></i> Video</h3>
                        <div class="box-content"><div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" src="https://www.youtube.com/embed/videoseries?list=PLhuecit{GD}" allowfullscreen></iframe></div></div>
                    </div>
                    <div class="box-sidebar dichvu">
                        <h3 class="box-title"><i class="fa fa-th"></i> Dịch vụ công</h3>
                        <div class="box-content">
                            <a href="https://dichvucong.gov.vn" target="_blank" class="btn btn-block btn-default">Cổng Dịch vụ công quốc gia</a>
                            <a href="https://dichvucong.thuathienhue.gov.vn" target="_blank" class="btn btn-block btn-default">Nộp hồ sơ trực tuyến</a>
                            <a href="https://dichvucong.thuathienhue.gov.vn/tra-cuu-ho-so" target="_blank" class="btn btn-block btn-default">Tra cứu hồ sơ</a>
                            <a href="https://dichvucong.thuathienhue.gov.vn/danh-gia" target="_blank" class="btn btn-block btn-default">Đánh giá sự hài lòng</a>
                        </div>
                    </div>"""
    kw = ""
    if with_keywords:
        kw = f"""
                    <div class="box-sidebar">
                        <h3 class="box-title"><i class="fa fa-tags"></i> Từ khóa</h3>
                        <div class="box-content tags">
                            <a href="/?cn=0&amp;gd={GD}&amp;tukhoa=v%E1%BA%AFc%20xin">vắc xin</a>
                            <a href="{ea(cat_url(2146))}">cải cách hành chính</a>
                            <a href="{ea(cat_url(2142))}">nông nghiệp</a>
                        </div>
                    </div>"""
    return f"""
                <div class="col-md-3 col-sm-4 col-xs-12 sidebar">
                    <div class="box-sidebar banner-right">
                        <a href="https://dichvucong.thuathienhue.gov.vn" target="_blank"><img src="/UploadFiles/QuangCao/2019/8/dichvucong.png" class="img-responsive" alt="Dịch vụ công trực tuyến" /></a>
                        <a href="https://hues.thuathienhue.gov.vn" target="_blank"><img src="/UploadFiles/QuangCao/2020/3/hue_s.png" class="img-responsive" alt="Hue-S" /></a>
                    </div>
                    <div class="box-sidebar">
                        <h3 class="box-title"><i class="fa fa-folder-open"></i> Văn bản chỉ đạo điều hành</h3>
                        <div class="box-content"><ul class="list-vanban">{docs}</ul></div>
                    </div>
                    <div class="box-sidebar">
                        <h3 class="box-title"><i class="fa fa-calendar-check-o"></i> Lịch công tác</h3>
                        <div class="box-content"><a href="{ea(cat_url(2155))}" class="lich-tuan">Lịch công tác tuần của lãnh đạo UBND xã</a></div>
                    </div>{kw}{extra_boxes}
                    <div class="box-sidebar">
                        <h3 class="box-title"><i class="fa fa-bar-chart"></i> Thăm dò ý kiến</h3>
                        <div class="box-content poll" id="ctl00_ucThamDo_pnThamDo">
                            <p class="poll-question">Bạn đánh giá thế nào về chất lượng phục vụ của Bộ phận tiếp nhận và trả kết quả xã?</p>
                            <div class="radio"><label><input type="radio" name="ctl00$ucThamDo$rdoYKien" value="1" /> Rất hài lòng</label></div>
                            <div class="radio"><label><input type="radio" name="ctl00$ucThamDo$rdoYKien" value="2" /> Hài lòng</label></div>
                            <div class="radio"><label><input type="radio" name="ctl00$ucThamDo$rdoYKien" value="3" /> Chưa hài lòng</label></div>
                            <a id="ctl00_ucThamDo_btnBinhChon" class="btn btn-primary btn-sm" href="javascript:__doPostBack('ctl00$ucThamDo$btnBinhChon','')">Bình chọn</a>
                            <a id="ctl00_ucThamDo_btnKetQua" class="btn btn-default btn-sm" href="javascript:__doPostBack('ctl00$ucThamDo$btnKetQua','')">Kết quả</a>
                        </div>
                    </div>
                    <div class="box-sidebar">
                        <h3 class="box-title"><i class="fa fa-link"></i> Liên kết website</h3>
                        <div class="box-content">
                            <select class="form-control" onchange="if(this.value!='') window.open(this.value);"><option value="">-- Chọn liên kết --</option>{links}</select>
                        </div>
                    </div>
                    <div class="box-sidebar">
                        <h3 class="box-title"><i class="fa fa-users"></i> Thống kê truy cập</h3>
                        <div class="box-content thongke">
                            <p>Đang truy cập: <span id="ctl00_ucThongKe_lblOnline">{online}</span></p>
                            <p>Hôm nay: <span id="ctl00_ucThongKe_lblHomNay">{today}</span></p>
                            <p>Tháng hiện tại: <span id="ctl00_ucThongKe_lblThang">{dots(month)}</span></p>
                            <p>Tổng lượt truy cập: <span id="ctl00_ucThongKe_lblTong">{dots(total)}</span></p>
                        </div>
                    </div>
                </div>"""


def dots(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def bottom(n: int) -> str:
    return f"""
            </div>
        </div>
        <footer class="footer">
            <div class="container">
                <div class="row">
                    <div class="col-md-8 col-sm-8 col-xs-12 footer-info">
                        <p class="footer-title">{e(SITE_NAME.upper())}</p>
                        <p>Cơ quan chủ quản: Ủy ban nhân dân xã Phong Hiền, huyện Phong Điền, tỉnh Thừa Thiên Huế</p>
                        <p>Địa chỉ: Thôn Trạch Thượng 1, xã Phong Hiền, huyện Phong Điền, tỉnh Thừa Thiên Huế</p>
                        <p>Điện thoại: 0234.3551.208 - Email: phonghien@thuathienhue.gov.vn</p>
                        <p>Chịu trách nhiệm chính: Chủ tịch UBND xã Phong Hiền</p>
                        <p>Ghi rõ nguồn "{e(SITE_NAME)}" khi phát hành lại thông tin từ nguồn này.</p>
                    </div>
                    <div class="col-md-4 col-sm-4 col-xs-12 footer-right text-right">
                        <a href="https://tinnhiemmang.vn/danh-ba-tin-nhiem/phonghienthuathienhuegovvn-1631002155" title="Chứng nhận Tín Nhiệm Mạng" target="_blank"><img src="https://tinnhiemmang.vn/handle_cert?id=phonghien.thuathienhue.gov.vn" width="150" height="auto" alt="Chứng nhận Tín Nhiệm Mạng" /></a>
                        <p class="designer">Thiết kế và phát triển: <a href="https://huecit.vn" target="_blank">Trung tâm Công nghệ Thông tin tỉnh Thừa Thiên Huế (HueCIT)</a></p>
                    </div>
                </div>
            </div>
        </footer>
        <a href="#" id="back-to-top" class="back-to-top" title="Lên đầu trang"><i class="fa fa-chevron-up"></i></a>
    </div>
<script src="/Themes/Responsive/js/main.js?v=20190815" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
$(document).ready(function () {{ $('.owl-carousel').owlCarousel({{ items: 1, loop: true, autoplay: true }}); }});
//]]>
</script>
</form>
</body>
</html>
<!-- page {n} rendered in {80 + seed('ms', n) % 300} ms -->
"""


def breadcrumb(cn: int) -> str:
    name, parent = CATS.get(cn, (None, None))
    parts = [f'<li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>']
    if parent:
        parts.append(f'<li><a href="{ea(cat_url(parent))}">{e(PARENTS[parent])}</a></li>')
    parts.append(f'<li class="active"><a href="{ea(cat_url(cn))}">{e(name)}</a></li>')
    return f'<ol class="breadcrumb">{"".join(parts)}</ol>'


def render_content(a):
    out, text, images = [], [], []
    authors, unit = [], None
    lead = a.get("lead")
    if a.get("lead_in_body"):
        lead = a["lead_in_body"]
        out.append(f'<p style="text-align: justify;"><strong>{e(lead)}</strong></p>')
    for b in a["body"]:
        k = b[0]
        if k == "p":
            out.append(f'<p style="text-align: justify;">{e(b[1])}</p>')
            text.append(b[1])
        elif k == "b":
            out.append(f'<p style="text-align: justify;"><strong>{e(b[1])}</strong></p>')
            text.append(b[1])
        elif k == "ul":
            out.append('<ul>' + "".join(f'<li style="text-align: justify;">{e(x)}</li>' for x in b[1]) + '</ul>')
            text.extend(b[1])
        elif k == "img_em":
            _, f, cap, credit = b
            src = upload(a, f)
            shown = cap + (f" ({credit})" if credit else "")
            out.append(f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 600px; height: 400px;" /></p>')
            out.append(f'<p style="text-align: center;"><em>{e(shown)}</em></p>')
            images.append({"src": HOST + src, "caption": cap, "credit": credit})
        elif k == "img_tbl":
            _, f, cap, credit = b
            src = upload(a, f)
            shown = cap + (f" ({credit})" if credit else "")
            out.append('<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 600px;"><tbody>'
                       f'<tr><td><img alt="" src="{src}" style="width: 600px; height: 400px;" /></td></tr>'
                       f'<tr><td style="text-align: center;"><em>{e(shown)}</em></td></tr></tbody></table>')
            images.append({"src": HOST + src, "caption": cap, "credit": credit})
        elif k == "table":
            rows = []
            for i, r in enumerate(b[1]):
                if i == 0:
                    rows.append("<tr>" + "".join(f'<td style="text-align: center;"><strong>{e(c)}</strong></td>' for c in r) + "</tr>")
                else:
                    rows.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
                text.append(" | ".join(r))
            out.append('<table border="1" cellpadding="3" cellspacing="0" style="width: 100%; border-collapse: collapse;"><tbody>'
                       + "".join(rows) + "</tbody></table>")
        elif k == "attach":
            _, label, files = b
            y, m, d = a["upload"]
            lis = "".join(f'<li><a href="/UploadFiles/TinTuc/{y}/{m}/{d}/{f}" target="_blank"><i class="fa fa-paperclip"></i> {e(t)}</a></li>'
                          for t, f in files)
            out.append(f'<div class="file-dinhkem"><p><strong>{e(label)}:</strong></p><ul>{lis}</ul></div>')
        elif k == "sign_unit":
            out.append(f'<p style="text-align: right;"><strong>{e(b[1])}</strong></p>')
            unit = b[1]
        elif k == "sign_author":
            out.append(f'<p style="text-align: right;"><strong>{e(b[1])}</strong></p>')
            authors.append(b[1])
        elif k == "source":
            out.append(f'<p style="text-align: right;"><strong>Nguồn: {e(b[1])}</strong></p>')
            unit = b[1]
    return "\n                            ".join(out), text, images, authors, unit, lead


def article_page(a, n: int):
    body, text, images, authors, unit, lead = render_content(a)
    cname = CATS[a["cn"]][0]
    others = [o for o in SORTED if o["key"] != a["key"]]
    same = sorted(others, key=lambda o: (o["cn"] != a["cn"], -o["tc"]))[:6]
    tinkhac = "".join(f'<li><i class="fa fa-angle-right"></i> <a href="{ea(art_url(o))}">{e(o["title"])}</a> '
                      f'<span class="ngay">({dmy(o["date"])})</span></li>' for o in same)
    lead_html = ""
    if a.get("lead"):
        lead_html = f'<div class="tomtat-chitiet"><strong><span id="{CP}lblTomTat">{e(a["lead"])}</span></strong></div>'
    d = date(*a["date"])
    today = d + timedelta(days=3 + n % 4)
    html = head(f"{SITE_NAME} - {a['title']}", art_url(a), n, a.get("lead") or text[0]) + top(today) + f"""
                <div class="col-md-9 col-sm-8 col-xs-12 main-content">
                    {breadcrumb(a['cn'])}
                    <div id="{CP}pnChiTiet" class="chitiettin">
                        <h1 class="tieude-chitiet"><span id="{CP}lblTieuDe">{e(a['title'])}</span></h1>
                        <div class="ngay-capnhat"><i class="fa fa-clock-o"></i> <span id="{CP}lblNgayCapNhat">Ngày cập nhật {dmy(a['date'])}</span></div>
                        {lead_html}
                        <div id="{CP}divNoiDung" class="noidung-chitiet">
                            {body}
                        </div>
                        <div class="tienich text-right">
                            <a href="javascript:window.print();"><i class="fa fa-print"></i> In trang</a>
                            <a href="mailto:?subject={quote(a['title'])}&amp;body={quote(HOST + art_url(a), safe='')}"><i class="fa fa-envelope"></i> Gửi email</a>
                            <a href="javascript:history.back();"><i class="fa fa-reply"></i> Quay lại</a>
                            <a href="https://www.facebook.com/sharer/sharer.php?u={quote(HOST + art_url(a), safe='')}" target="_blank"><i class="fa fa-facebook-square"></i> Chia sẻ</a>
                        </div>
                        <div class="tinkhac">
                            <h3 class="tieude-tinkhac">Các tin khác</h3>
                            <ul class="list-tinkhac">{tinkhac}</ul>
                        </div>
                    </div>
                </div>""" + sidebar(n) + bottom(n)
    expected = {
        "title": a["title"], "agency_prefix": None, "lead": lead, "text": "\n\n".join(text),
        "published_at": f"{d:%Y-%m-%d}T00:00:00+07:00", "updated_at": None, "date_label": "Ngày cập nhật",
        "authors": authors, "unit": unit, "images": images, "category": cname,
    }
    return html, expected


def item_html(a) -> str:
    summary = a.get("lead") or a.get("lead_in_body") or next(b[1] for b in a["body"] if b[0] == "p")
    return f"""
                        <div class="item-tin clearfix">
                            <a href="{ea(art_url(a))}" class="pull-left img-tin"><img src="{first_img(a)}" class="img-responsive" alt="{e(a['title'])}" /></a>
                            <h3 class="tieude-tin"><a href="{ea(art_url(a))}">{e(a['title'])}</a></h3>
                            <p class="ngay-tin"><i class="fa fa-clock-o"></i> {dmy(a['date'])}</p>
                            <p class="tomtat-tin">{e(summary)}</p>
                        </div>"""


def listing_page(cn: int, page: int, items, n: int, pager: str, extra: str = "") -> str:
    name = CATS[cn][0]
    html = head(f"{SITE_NAME} - {name}", cat_url(cn, page), n) + top(date(2024, 9, 16)) + f"""
                <div class="col-md-9 col-sm-8 col-xs-12 main-content">
                    {breadcrumb(cn)}
                    <div id="{CP}pnDanhSach" class="danhsachtin">
                        <h2 class="tieude-chuyenmuc">{e(name)}</h2>
                        {''.join(item_html(a) for a in items)}
                        {extra}
                    </div>
                    {pager}
                </div>""" + sidebar(n) + bottom(n)
    return html


def pager(cn: int, cur: int, last: int, extra_pages: int = 0) -> str:
    lis = []
    total = last + extra_pages
    for i in range(1, total + 1):
        cls = ' class="active"' if i == cur else ""
        lis.append(f'<li{cls}><a href="{ea(cat_url(cn, i))}">{i}</a></li>')
    if cur < total:
        lis.append(f'<li><a href="{ea(cat_url(cn, cur + 1))}" aria-label="Trang sau">&raquo;</a></li>')
    return f'<nav class="text-center"><ul class="pagination">{"".join(lis)}</ul></nav>'


def home_page(n: int) -> str:
    hot = SORTED[:4]
    slides = "".join(
        f'<div class="item"><a href="{ea(art_url(a))}"><img src="{first_img(a)}" class="img-responsive" alt="{e(a["title"])}" /></a>'
        f'<div class="caption"><a href="{ea(art_url(a))}">{e(a["title"])}</a></div></div>' for a in hot)
    boxes = []
    for cn in (2141, 2142, 2143, 2144, 2145, 2146):
        arts = [a for a in SORTED if a["cn"] == cn]
        if not arts:
            continue
        lis = "".join(f'<li><a href="{ea(art_url(a))}">{e(a["title"])}</a> <span class="ngay">({dmy(a["date"])})</span></li>'
                      for a in arts)
        boxes.append(f'<div class="col-md-6 col-sm-12 box-chuyenmuc"><h3 class="box-title"><a href="{ea(cat_url(cn))}">'
                     f'{e(CATS[cn][0])}</a></h3><ul class="list-tin">{lis}</ul>'
                     f'<a class="xemtiep" href="{ea(cat_url(cn))}">Xem tiếp <i class="fa fa-angle-double-right"></i></a></div>')
    latest = "".join(item_html(a) for a in SORTED[:5])
    return head(f"{SITE_NAME}", "", n) + top(date(2024, 9, 16)) + f"""
                <div class="col-md-9 col-sm-8 col-xs-12 main-content">
                    <div class="row">
                        <div class="col-md-7 col-sm-12"><div class="owl-carousel tin-noibat">{slides}</div></div>
                        <div class="col-md-5 col-sm-12 tin-moi">
                            <h3 class="box-title">Tin mới</h3>
                            <ul class="list-tin">{''.join(f'<li><a href="{ea(art_url(a))}">{e(a["title"])}</a></li>' for a in SORTED[4:])}</ul>
                        </div>
                    </div>
                    <div class="danhsachtin">{latest}</div>
                    <div class="row">{''.join(boxes)}</div>
                    <div class="box-thuvien">
                        <h3 class="box-title">Thư viện ảnh</h3>
                        <div class="row">{''.join(f'<div class="col-xs-6 col-sm-3"><a href="{ea(art_url(a))}"><img src="{first_img(a)}" class="img-responsive img-thumbnail" alt="" /></a></div>' for a in SORTED if first_img(a).startswith('/UploadFiles'))}</div>
                    </div>
                </div>""" + sidebar(n, with_keywords=True) + bottom(n)


def static_page(url: str, cn: int, title: str, inner: str, n: int) -> str:
    return head(f"{SITE_NAME} - {title}", url, n) + top(date(2024, 9, 16)) + f"""
                <div class="col-md-9 col-sm-8 col-xs-12 main-content">
                    <ol class="breadcrumb"><li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li><li class="active"><a href="{ea(url)}">{e(title)}</a></li></ol>
                    <div id="{CP}pnNoiDung" class="noidung-tinh">
{inner}
                    </div>
                </div>""" + sidebar(n) + bottom(n)


def main() -> None:
    for old in HERE.glob("*.html"):
        old.unlink()
    for old in HERE.glob("*.json"):
        if old.name != "site.json":
            old.unlink()
    # extra categories used by static pages
    CATS[2130] = ("Giới thiệu", None)
    CATS[2135] = ("Danh bạ điện thoại", None)
    CATS[2140] = (PARENTS[2140], None)
    pages = []
    for i, a in enumerate(ARTICLES):
        html, exp = article_page(a, i + 1)
        pages.append((f"tin-{a['tc']}", art_url(a), "article", html, exp))

    pages.append(("home", "/", "listing", home_page(20), None))
    tinhd = [a for a in SORTED if CATS[a["cn"]][1] == 2140]
    gone = f'<div class="item-tin clearfix"><h3 class="tieude-tin"><a href="{ea(f"/?cn=2141&gd={GD}&tc=10180")}">' \
           f'Đại hội đại biểu Hội Cựu chiến binh xã nhiệm kỳ 2022-2027</a></h3><p class="ngay-tin">' \
           f'<i class="fa fa-clock-o"></i> 18/08/2022</p></div>'
    pages.append(("ds-2140-1", cat_url(2140), "listing",
                  listing_page(2140, 1, tinhd[:4], 21, pager(2140, 1, 2)), None))
    pages.append(("ds-2140-2", cat_url(2140, 2), "listing",
                  listing_page(2140, 2, tinhd[4:], 22, pager(2140, 2, 2), gone), None))
    tb = [a for a in SORTED if a["cn"] == 2145]
    old_tb = [(10198, "Thông báo về việc thu thuế sử dụng đất phi nông nghiệp năm 2022", "05/10/2022"),
              (10185, "Thông báo tuyển dụng công chức cấp xã năm 2022", "22/08/2022"),
              (10163, "Thông báo lịch tiếp công dân định kỳ tháng 7 năm 2022", "28/06/2022")]
    old_html = "".join(
        f'<div class="item-tin clearfix"><h3 class="tieude-tin"><a href="{ea(f"/?cn=2145&gd={GD}&tc={tc}")}">{e(t)}</a></h3>'
        f'<p class="ngay-tin"><i class="fa fa-clock-o"></i> {d}</p></div>' for tc, t, d in old_tb)
    pages.append(("ds-2145-1", cat_url(2145), "listing",
                  listing_page(2145, 1, tb, 23, pager(2145, 1, 1, 3), old_html), None))

    intro = """                        <h1 class="tieude-chitiet">Tổng quan xã Phong Hiền</h1>
                        <p style="text-align: justify;">Xã Phong Hiền nằm ở phía Đông Nam huyện Phong Điền, cách trung tâm thị trấn Phong Điền khoảng 12 km. Phía Bắc giáp xã Phong Hòa, phía Nam giáp thị xã Hương Trà, phía Đông giáp huyện Quảng Điền, phía Tây giáp xã Phong An.</p>
                        <p style="text-align: justify;">Tổng diện tích tự nhiên của xã là 2.615 ha, trong đó đất nông nghiệp chiếm trên 70%. Dân số toàn xã khoảng 10.900 người, sinh sống tại 11 thôn. Sông Ô Lâu chảy qua địa bàn, tạo nên vùng đồng bằng màu mỡ thuận lợi cho sản xuất lúa và chăn nuôi.</p>
                        <p style="text-align: justify;">Xã được công nhận đạt chuẩn nông thôn mới năm 2017 và đang tập trung xây dựng nông thôn mới nâng cao, phát triển các mô hình sản xuất nông nghiệp sạch gắn với du lịch cộng đồng.</p>
                        <h3>Các đơn vị hành chính</h3>
                        <ul><li>Thôn Trạch Thượng 1</li><li>Thôn Trạch Thượng 2</li><li>Thôn Trạch Tả</li><li>Thôn Vĩnh Nguyên</li><li>Thôn Hiền Lương</li><li>Thôn Cao Ban</li></ul>"""
    pages.append(("gioi-thieu", cat_url(2130), "static",
                  static_page(cat_url(2130), 2130, "Giới thiệu", intro, 24), None))

    people = [("Chủ tịch UBND xã", "0234.3551.208"), ("Phó Chủ tịch UBND xã (phụ trách kinh tế)", "0234.3551.365"),
              ("Phó Chủ tịch UBND xã (phụ trách văn hóa - xã hội)", "0234.3551.366"),
              ("Văn phòng - Thống kê", "0234.3551.210"), ("Tư pháp - Hộ tịch", "0234.3551.211"),
              ("Địa chính - Xây dựng", "0234.3551.212"), ("Bộ phận tiếp nhận và trả kết quả", "0234.3551.200"),
              ("Công an xã", "0234.3551.113"), ("Trạm Y tế xã", "0234.3551.115")]
    rows = "".join(f"<tr><td>{i + 1}</td><td>{e(p)}</td><td>{t}</td></tr>" for i, (p, t) in enumerate(people))
    contact = f"""                        <h1 class="tieude-chitiet">Danh bạ điện thoại</h1>
                        <p><strong>Ủy ban nhân dân xã Phong Hiền</strong></p>
                        <p>Địa chỉ: Thôn Trạch Thượng 1, xã Phong Hiền, huyện Phong Điền, tỉnh Thừa Thiên Huế</p>
                        <p>Email: phonghien@thuathienhue.gov.vn</p>
                        <table class="table table-bordered table-striped"><thead><tr><th>STT</th><th>Chức vụ/Bộ phận</th><th>Điện thoại</th></tr></thead><tbody>{rows}</tbody></table>"""
    pages.append(("danh-ba", cat_url(2135), "contact",
                  static_page(cat_url(2135), 2135, "Danh bạ điện thoại", contact, 25), None))

    hits = [BY_KEY["lo-mom-long-mong"]]
    search_url = f"/?cn=0&gd={GD}&tukhoa=v%E1%BA%AFc%20xin"
    search = f"""                        <h1 class="tieude-chuyenmuc">Kết quả tìm kiếm</h1>
                        <p class="ketqua-timkiem">Tìm thấy <strong>{len(hits)}</strong> kết quả với từ khóa: <strong>vắc xin</strong></p>
                        <div class="danhsachtin">{''.join(item_html(a) for a in hits)}</div>"""
    pages.append(("tim-kiem", search_url, "search",
                  static_page(search_url, 0, "Tìm kiếm", search, 26), None))

    nf = f"""                        <div class="alert alert-warning">
                            <p><i class="fa fa-exclamation-triangle"></i> Không tìm thấy tin bài bạn yêu cầu. Tin có thể đã bị gỡ bỏ hoặc đường dẫn không đúng.</p>
                            <p><a href="/">Quay về trang chủ</a></p>
                        </div>"""
    nf_url = f"/?cn=2141&gd={GD}&tc=10180"
    pages.append(("khong-tim-thay", nf_url, "soft_404",
                  head(f"{SITE_NAME} - Tin tức - Sự kiện", nf_url, 27) + top(date(2024, 9, 16)) + f"""
                <div class="col-md-9 col-sm-8 col-xs-12 main-content">
                    {breadcrumb(2141)}
                    <div id="{CP}pnChiTiet" class="chitiettin">
{nf}
                    </div>
                </div>""" + sidebar(27) + bottom(27), None))

    for name, url, kind, html, exp in pages:
        html = nfc(html)
        (HERE / f"{name}.html").write_bytes(html.encode("utf-8"))
        meta = {"url": HOST + url, "content_type": "text/html; charset=utf-8", "kind": kind}
        if exp is not None:
            meta["expected"] = json.loads(nfc(json.dumps(exp, ensure_ascii=False)))
        (HERE / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", "utf-8")
    (HERE / "site.json").write_text(json.dumps(
        {"host": HOST, "home": "/", "family": "huecit", "template": "responsive"},
        ensure_ascii=False) + "\n", "utf-8")
    print(f"wrote {len(pages)} pages")


if __name__ == "__main__":
    main()
