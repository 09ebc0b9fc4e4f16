"""Write the xa2017 mini-site: a HueCIT commune portal of 2017-2018 (see TEMPLATE.md).

    python tests/variants/huecit/xa2017/make.py

Standard library only. Each article record of articles.py is rendered once into blocks; every
block returns its HTML and what it adds to the truth (text paragraphs, images), so a page and
its truth come from the same data. Non-article pages share the same chrome.
"""

from __future__ import annotations

import base64
import html
import json
import random
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from articles import ARTICLES, OLD_ITEMS  # noqa: E402

HOST = "https://phongbinh.thuathienhue.gov.vn"
GD = 47
SITE = "Cổng thông tin điện tử xã Phong Bình"
TODAY = "Thứ Hai, 09/07/2018"  # the day the pages were saved: a header date, never a publication date
CATEGORIES = {
    265: "Tin tức - Sự kiện",
    266: "Thông báo",
    267: "Kinh tế",
    268: "Văn hóa - Xã hội",
    269: "Quốc phòng - An ninh",
}
PARENT = {267: 265, 268: 265, 269: 265}
PAGE_SIZE = 6
BY_TC = {a["tc"]: a for a in ARTICLES}


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def attr(s: str) -> str:
    return html.escape(s, quote=True)


def nfc(s):
    return unicodedata.normalize("NFC", s) if isinstance(s, str) else s


def href(**params) -> str:
    """In-site link as the CMS writes it: root-relative, gd first, & escaped in the attribute."""
    if not params:
        return "/"
    query = "&".join(f"{k}={v}" for k, v in {"gd": GD, **params}.items())
    return attr("/?" + query)


def url(**params) -> str:
    return HOST + "/?" + "&".join(f"{k}={v}" for k, v in {"gd": GD, **params}.items())


def dmy(d) -> str:
    return f"{d[2]:02d}/{d[1]:02d}/{d[0]}"


def iso(d) -> str | None:
    return None if d is None else f"{d[0]:04d}-{d[1]:02d}-{d[2]:02d}T00:00:00+07:00"


# ---------------------------------------------------------------- body blocks -> (html, text, images)

def block(b) -> tuple[str, list[str], list[dict]]:
    """One body block: its markup, the paragraphs it adds to the text, the photos it adds."""
    kind = b[0]
    if kind == "p":
        return f'<p style="text-align: justify;">{esc(b[1])}</p>', [b[1]], []
    if kind == "h":
        return f'<p style="text-align: justify;"><strong>{esc(b[1])}</strong></p>', [b[1]], []
    if kind == "ul":
        items = "".join(f"<li>{esc(x)}</li>" for x in b[1])
        return f'<ul style="text-align: justify;">{items}</ul>', list(b[1]), []
    if kind == "br":
        return '<p style="text-align: justify;">' + "<br />\n".join(esc(x) for x in b[1]) + "</p>", list(b[1]), []
    if kind == "table":
        head, *rows = b[1]
        th = "".join(f'<td style="text-align: center;"><strong>{esc(c)}</strong></td>' for c in head)
        trs = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n" for r in rows)
        markup = ('<table border="1" cellpadding="3" cellspacing="0" style="width: 100%; border-collapse: '
                  f'collapse;">\n<tbody>\n<tr>{th}</tr>\n{trs}</tbody>\n</table>')
        return markup, [" | ".join(r) for r in b[1]], []
    if kind in ("figure", "phototable", "emphoto", "photo"):
        src = b[1]
        caption, credit = (b[2], b[3]) if kind != "photo" else (None, None)
        shown = " ".join(x for x in (caption, credit) if x)
        alt = attr(Path(src).stem)
        if kind == "figure":
            markup = (f'<figure class="image" style="text-align: center;"><img alt="{alt}" src="{src}" '
                      f'style="width: 560px; height: 373px;" />\n<figcaption>{esc(shown)}</figcaption></figure>')
        elif kind == "phototable":
            markup = ('<table align="center" border="0" cellpadding="2" cellspacing="0" class="tbAnh" '
                      f'style="width: 560px;">\n<tbody>\n<tr><td style="text-align: center;"><img alt="{alt}" '
                      f'src="{src}" style="width: 556px; height: 370px;" /></td></tr>\n<tr><td style="text-'
                      f'align: center;"><span style="font-size: 12px;">{esc(shown)}</span></td></tr>\n'
                      '</tbody>\n</table>')
        elif kind == "emphoto":
            markup = (f'<p style="text-align: center;"><img alt="{alt}" src="{src}" style="width: 560px; '
                      f'height: 373px;" /></p>\n<p style="text-align: center;"><em>{esc(shown)}</em></p>')
        else:
            markup = (f'<p style="text-align: center;"><img alt="{alt}" src="{src}" style="width: 560px; '
                      'height: 373px;" /></p>')
        return markup, [], [{"src": HOST + src, "caption": caption, "credit": credit}]
    if kind == "related":
        items = "".join(
            f'<li><a href="{href(cn=BY_TC[tc]["cn"], tc=tc)}">{esc(BY_TC[tc]["title"])}</a> '
            f'<span class="ngay">({dmy(BY_TC[tc]["date"])})</span></li>' for tc in b[1])
        markup = ('<table align="right" border="0" cellpadding="4" cellspacing="0" class="tinlienquan" '
                  'style="width: 260px; margin: 0 0 8px 12px; background: #eef4fb; border: 1px solid #b9cde5;">'
                  '<tbody><tr><td><strong>Tin liên quan:</strong>'
                  f'<ul style="margin: 4px 0 0 16px; padding: 0;">{items}</ul></td></tr></tbody></table>')
        return markup, [], []
    raise ValueError(kind)


def signature(s) -> str:
    kind, text = s
    if kind == "right":
        return f'<p style="text-align: right;"><strong>{esc(text)}</strong></p>'
    return f'<p style="text-align: right;"><em>{esc(text)}</em></p>'


# ------------------------------------------------------------------------------------ the chrome

MENU = [
    ("Trang chủ", href(), []),
    ("Giới thiệu", href(cn=270), [("Giới thiệu chung", href(cn=270)), ("Lịch sử - Truyền thống", href(cn=271)),
                                  ("Cơ cấu tổ chức", href(cn=272))]),
    ("Tin tức - Sự kiện", href(cn=265), [(CATEGORIES[c], href(cn=c)) for c in (267, 268, 269)]),
    ("Thông báo", href(cn=266), []),
    ("Văn bản", href(cn=275), [("Văn bản của xã", href(cn=275)), ("Văn bản cấp trên", href(cn=276))]),
    ("Thủ tục hành chính", href(cn=278), []),
    ("Hỏi đáp", href(cn=290), []),
    ("Liên hệ", href(cn=280), []),
]

DOCS = [
    ("Quyết định số 112/QĐ-UBND", "ngày 02/07/2018", "Về việc thành lập Ban Chỉ đạo phòng chống thiên tai và "
     "tìm kiếm cứu nạn xã năm 2018", 4412),
    ("Kế hoạch số 58/KH-UBND", "ngày 25/06/2018", "Triển khai Tháng hành động vì an toàn thực phẩm", 4409),
    ("Báo cáo số 71/BC-UBND", "ngày 20/06/2018", "Tình hình kinh tế - xã hội 6 tháng đầu năm 2018", 4405),
    ("Công văn số 96/UBND", "ngày 14/06/2018", "Về việc rà soát hộ nghèo phát sinh giữa năm", 4398),
    ("Quyết định số 87/QĐ-UBND", "ngày 30/05/2018", "Ban hành quy chế thu gom, xử lý rác thải trên địa bàn xã",
     4391),
]

FIELDS = ["Hộ tịch", "Chứng thực", "Đất đai", "Xây dựng", "Lao động - Thương binh và Xã hội", "Bảo trợ xã hội",
          "Văn hóa - Thể thao", "Nông nghiệp và PTNT", "Tài nguyên và Môi trường", "Giáo dục và Đào tạo",
          "Tư pháp - Hòa giải", "Khiếu nại, tố cáo", "Người có công", "Dân tộc - Tôn giáo"]

GALLERY = [
    ("hoi_thi_nau_an.jpg", "Hội thi nấu ăn ngày 8/3"), ("giai_bong_da_thieu_nien.jpg", "Giải bóng đá thiếu niên"),
    ("le_giao_quan.jpg", "Lễ giao nhận quân năm 2018"), ("dua_ghe_truyen_thong.jpg", "Đua ghe truyền thống"),
    ("ngay_hoi_doc_sach.jpg", "Ngày hội đọc sách"), ("trao_qua_tet.jpg", "Trao quà Tết cho hộ nghèo"),
]

LINKS = [
    ("Cổng TTĐT Chính phủ", "http://www.chinhphu.vn"),
    ("Cổng TTĐT tỉnh Thừa Thiên Huế", "https://thuathienhue.gov.vn"),
    ("Cổng TTĐT huyện Phong Điền", "https://phongdien.thuathienhue.gov.vn"),
    ("Sở Nông nghiệp và PTNT", "https://snnptnt.thuathienhue.gov.vn"),
    ("Sở Tư pháp", "https://stp.thuathienhue.gov.vn"),
    ("Sở Thông tin và Truyền thông", "https://stttt.thuathienhue.gov.vn"),
    ("Báo Thừa Thiên Huế", "http://baothuathienhue.vn"),
    ("Xã Phong Hòa", "https://phonghoa.thuathienhue.gov.vn"),
    ("Xã Phong Chương", "https://phongchuong.thuathienhue.gov.vn"),
    ("Xã Điền Hương", "https://dienhuong.thuathienhue.gov.vn"),
]


def viewstate(seed: str, n: int) -> str:
    """A stand-in for ASP.NET's __VIEWSTATE: opaque base64 of the size such pages carry."""
    rnd = random.Random(seed)
    return "/wEPDwUKMTY0NzE1MjE4Mw9kFgJmD2QWAgIDDxYCHgZhY3Rpb24F" + base64.b64encode(
        bytes(rnd.getrandbits(8) for _ in range(n))).decode()


def head(title_text: str) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=edge" /><title>
	{esc(title_text)}
</title><meta name="keywords" content="Phong Bình, Phong Điền, Thừa Thiên Huế, cổng thông tin điện tử, UBND xã" /><meta name="description" content="{attr(SITE)} - huyện Phong Điền, tỉnh Thừa Thiên Huế" /><link rel="shortcut icon" href="/favicon.ico" type="image/x-icon" /><link href="/App_Themes/XaPhuong2017/css/reset.css" rel="stylesheet" type="text/css" /><link href="/App_Themes/XaPhuong2017/css/layout.css" rel="stylesheet" type="text/css" /><link href="/App_Themes/XaPhuong2017/css/module.css" rel="stylesheet" type="text/css" /><link href="/App_Themes/XaPhuong2017/css/menu.css" rel="stylesheet" type="text/css" />
<script src="/Scripts/jquery-1.11.3.min.js" type="text/javascript"></script>
<script src="/Scripts/jquery.marquee.min.js" type="text/javascript"></script>
<script src="/Scripts/ddsmoothmenu.js" type="text/javascript"></script>
<script type="text/javascript">
    ddsmoothmenu.init({{ mainmenuid: "menungang", orientation: 'h', classname: 'ddsmoothmenu', contentsource: "markup" }});
    function PhongTo(n) {{ var el = document.getElementById('noidungchitiet'); if (el) {{ el.style.fontSize = n + 'px'; }} }}
</script>
<style type="text/css">
    .ddsmoothmenu ul li ul {{ position: absolute; left: 0; display: none; visibility: hidden; }}
    #ctl00_pnBanner {{ height: 150px; background: url(/UploadFiles/Banner/2017/banner_phongbinh.jpg) no-repeat; }}
    .khoi-tieude span {{ background: url(/App_Themes/XaPhuong2017/images/icon_tieude.png) no-repeat 0 4px; padding-left: 18px; }}
</style>
</head>
"""


def form_open(action: str, seed: str, vs_size: int) -> str:
    return f"""<body>
<form name="aspnetForm" method="post" action="{action}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(seed, vs_size)}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{
    theForm = document.aspnetForm;
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
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZK3ZbBmDq1Dw1&amp;t=636271743501517547" type="text/javascript"></script>
"""


def header() -> str:
    items = []
    for name, link, subs in MENU:
        sub = ""
        if subs:
            sub = "<ul>" + "".join(f'<li><a href="{h}">{esc(n)}</a></li>' for n, h in subs) + "</ul>"
        items.append(f'<li><a href="{link}">{esc(name)}</a>{sub}</li>')
    return f"""<div id="wrapper">
  <div id="topbar">
    <div class="ngayhientai"><span id="ctl00_lblNgayHienTai">{TODAY}</span></div>
    <div class="topbar-lienket"><a href="{href()}">Trang chủ</a> | <a href="{href(sdw=1)}">Sơ đồ website</a> | <a href="{href(cn=280)}">Liên hệ</a> | <a href="/dang-nhap.aspx?ReturnUrl=%2f">Đăng nhập</a></div>
  </div>
  <div id="ctl00_pnBanner" class="banner">
    <a href="{href()}"><img src="/UploadFiles/Banner/2017/logo_phongbinh.png" alt="Logo UBND xã Phong Bình" class="logo" /></a>
    <div class="tendonvi"><span class="dong1">ỦY BAN NHÂN DÂN XÃ PHONG BÌNH</span><span class="dong2">HUYỆN PHONG ĐIỀN - TỈNH THỪA THIÊN HUẾ</span></div>
  </div>
  <div id="menungang" class="ddsmoothmenu">
    <ul>{"".join(items)}</ul>
    <br style="clear: left" />
  </div>
  <div class="chaymu">
    <div class="marquee">Chào mừng kỷ niệm 71 năm Ngày Thương binh - Liệt sỹ (27/7/1947 - 27/7/2018) &nbsp;&nbsp;&nbsp;&nbsp; * &nbsp;&nbsp;&nbsp;&nbsp; Toàn dân chung sức xây dựng nông thôn mới, đô thị văn minh</div>
  </div>
"""


def khoi(title: str, content: str, extra_class: str = "") -> str:
    """A side module of the theme: title bar and content box."""
    return (f'<div class="khoi {extra_class}">\n  <div class="khoi-tieude"><span>{esc(title)}</span></div>\n'
            f'  <div class="khoi-noidung">\n{content}\n  </div>\n</div>\n')


def latest_list(exclude: int | None = None, n: int = 7) -> str:
    items = [a for a in sorted(ARTICLES, key=lambda a: a["date"], reverse=True) if a["tc"] != exclude][:n]
    return "<ul class=\"ds-tinmoi\">" + "".join(
        f'<li><a href="{href(cn=a["cn"], tc=a["tc"])}">{esc(a["title"])}</a></li>' for a in items) + "</ul>"


def left_column(exclude: int | None = None) -> str:
    intro = ('<ul class="menudoc">'
             f'<li><a href="{href(cn=270)}">Giới thiệu chung</a></li>'
             f'<li><a href="{href(cn=271)}">Lịch sử - Truyền thống</a></li>'
             f'<li><a href="{href(cn=272)}">Cơ cấu tổ chức</a></li>'
             f'<li><a href="{href(cn=273)}">Quy hoạch - Kế hoạch</a></li>'
             f'<li><a href="{href(cn=274)}">Lịch công tác tuần</a></li>'
             f'<li><a href="{href(cn=280)}">Liên hệ</a></li></ul>')
    docs = '<ul class="ds-vanban">' + "".join(
        f'<li><a href="{href(cn=275, vb=vid)}"><b>{esc(no)}</b></a> <span class="ngay">{esc(day)}</span>'
        f'<br /><span class="trichyeu">{esc(summary)}</span></li>' for no, day, summary, vid in DOCS) + "</ul>"
    docs += f'<div class="xemtiep"><a href="{href(cn=275)}">Xem tất cả »</a></div>'
    poll = """<div class="thamdo">
      <div class="cauhoi">Bạn đánh giá thế nào về thái độ phục vụ tại Bộ phận tiếp nhận và trả kết quả của UBND xã?</div>
      <table id="ctl00_ucThamDo_rblPhuongAn" border="0"><tr><td><input id="ctl00_ucThamDo_rblPhuongAn_0" type="radio" name="ctl00$ucThamDo$rblPhuongAn" value="61" /><label for="ctl00_ucThamDo_rblPhuongAn_0">Rất hài lòng</label></td></tr>
      <tr><td><input id="ctl00_ucThamDo_rblPhuongAn_1" type="radio" name="ctl00$ucThamDo$rblPhuongAn" value="62" /><label for="ctl00_ucThamDo_rblPhuongAn_1">Hài lòng</label></td></tr>
      <tr><td><input id="ctl00_ucThamDo_rblPhuongAn_2" type="radio" name="ctl00$ucThamDo$rblPhuongAn" value="63" /><label for="ctl00_ucThamDo_rblPhuongAn_2">Chưa hài lòng</label></td></tr>
      <tr><td><input id="ctl00_ucThamDo_rblPhuongAn_3" type="radio" name="ctl00$ucThamDo$rblPhuongAn" value="64" /><label for="ctl00_ucThamDo_rblPhuongAn_3">Ý kiến khác</label></td></tr></table>
      <div class="nutthamdo"><input type="submit" name="ctl00$ucThamDo$btnBieuQuyet" value="Biểu quyết" id="ctl00_ucThamDo_btnBieuQuyet" class="nut" /> <input type="submit" name="ctl00$ucThamDo$btnKetQua" value="Xem kết quả" id="ctl00_ucThamDo_btnKetQua" class="nut" /></div>
    </div>"""
    schedule = ('<div class="lichcongtac"><p><b>Tuần 28 (09/07 - 15/07/2018)</b></p>'
                '<p>Thứ Hai: Giao ban UBND xã đầu tuần.</p><p>Thứ Tư: Chủ tịch UBND xã làm việc với HTX nông '
                'nghiệp về vụ Hè Thu.</p><p>Thứ Sáu: Tiếp công dân định kỳ.</p>'
                f'<a href="{href(cn=274)}">Chi tiết »</a></div>')
    procedures = '<ul class="menudoc linhvuc">' + "".join(
        f'<li><a href="{href(cn=278, lv=i)}">{esc(n)}</a></li>' for i, n in enumerate(FIELDS, start=1)) + "</ul>"
    return ('<div id="cottrai">\n' + khoi("Giới thiệu", intro) + khoi("Tin mới nhất", latest_list(exclude))
            + khoi("Văn bản chỉ đạo điều hành", docs) + khoi("Thủ tục hành chính", procedures)
            + khoi("Lịch công tác", schedule) + khoi("Thăm dò ý kiến", poll) + "</div>\n")


def right_column() -> str:
    search = """<div class="timkiem">
      <input name="ctl00$ucTimKiem$txtTuKhoa" type="text" id="ctl00_ucTimKiem_txtTuKhoa" class="otimkiem" placeholder="Nhập từ khóa..." />
      <input type="submit" name="ctl00$ucTimKiem$btnTim" value="Tìm" id="ctl00_ucTimKiem_btnTim" class="nuttim" />
    </div>"""
    days = "".join(f'<option value="{d}">{d:02d}</option>' for d in range(1, 32))
    months = "".join(f'<option value="{m}">{m:02d}</option>' for m in range(1, 13))
    years = "".join(f'<option value="{y}">{y}</option>' for y in range(2013, 2019))
    by_date = f"""<div class="xemtheongay">
      <select name="ctl00$ucXemTin$ddlNgay" id="ctl00_ucXemTin_ddlNgay">{days}</select>
      <select name="ctl00$ucXemTin$ddlThang" id="ctl00_ucXemTin_ddlThang">{months}</select>
      <select name="ctl00$ucXemTin$ddlNam" id="ctl00_ucXemTin_ddlNam">{years}</select>
      <input type="submit" name="ctl00$ucXemTin$btnXem" value="Xem" id="ctl00_ucXemTin_btnXem" class="nut" />
    </div>"""
    services = ('<div class="banner-phai">'
                '<a href="https://dichvucong.gov.vn" target="_blank"><img src="/UploadFiles/QuangCao/cong_dvc_quocgia.png" alt="Cổng Dịch vụ công quốc gia" /></a>'
                '<a href="https://dichvucong.thuathienhue.gov.vn" target="_blank"><img src="/UploadFiles/QuangCao/dvc_truc_tuyen_tth.jpg" alt="Dịch vụ công trực tuyến tỉnh Thừa Thiên Huế" /></a>'
                '<a href="https://tuongtac.thuathienhue.gov.vn" target="_blank"><img src="/UploadFiles/QuangCao/he_thong_phan_anh.jpg" alt="Hệ thống thông tin phản ánh, kiến nghị" /></a>'
                '<a href="https://motcua.phongdien.thuathienhue.gov.vn" target="_blank"><img src="/UploadFiles/QuangCao/tra_cuu_ho_so.jpg" alt="Tra cứu hồ sơ một cửa" /></a>'
                '</div>')
    tags = ('<div class="tukhoa">'
            f'<a href="{href(tk="nong+thon+moi")}">Nông thôn mới</a> '
            f'<a href="{href(tk="dong+xuan")}">Đông Xuân</a> '
            f'<a href="{href(tk="tiep+cong+dan")}">Tiếp công dân</a> '
            f'<a href="{href(tk="moi+truong")}">Môi trường</a>'
            "</div>")
    options = "".join(f'<option value="{attr(h)}">{esc(n)}</option>' for n, h in LINKS)
    links = (f'<select name="ctl00$ucLienKet$ddlLienKet" id="ctl00_ucLienKet_ddlLienKet" class="lienket" '
             f"onchange=\"if(this.value!='') window.open(this.value);\">"
             f'<option value="">-- Liên kết website --</option>{options}</select>')
    counter = """<div class="thongke">
      <p>Đang truy cập: <span id="ctl00_ucThongKe_lblOnline">18</span></p>
      <p>Hôm nay: <span id="ctl00_ucThongKe_lblHomNay">246</span></p>
      <p>Tháng này: <span id="ctl00_ucThongKe_lblThang">4.873</span></p>
      <p>Tổng lượt truy cập: <span id="ctl00_ucThongKe_lblTong">1.204.587</span></p>
    </div>"""
    badge = ('<div class="tinnhiemmang"><a href="https://tinnhiemmang.vn/danh-ba-tin-nhiem/phongbinhthuathienhuegovvn" '
             'title="Chung nhan Tin Nhiem Mang" target="_blank"><img src="https://tinnhiemmang.vn/handle_cert?id=phongbinh.thuathienhue.gov.vn" '
             'width="150" height="auto" alt="Chung nhan Tin Nhiem Mang" /></a></div>')
    gallery = '<div class="thuvienanh">' + "".join(
        f'<a href="{href(cn=285, album=i)}" title="{attr(t)}"><img src="/UploadFiles/ThuVienAnh/2018/{f}" '
        f'alt="{attr(t)}" width="90" height="62" /></a>' for i, (f, t) in enumerate(GALLERY, start=101)) + "</div>"
    video = (f'<div class="video"><div id="ctl00_ucVideo_player" class="player" data-src="/UploadFiles/Video/2018/'
             'ban_tin_thang_6.mp4"></div><script type="text/javascript">jwplayer("ctl00_ucVideo_player").setup({ '
             'file: "/UploadFiles/Video/2018/ban_tin_thang_6.mp4", image: "/UploadFiles/Video/2018/ban_tin_thang_6.jpg", '
             'width: "100%", aspectratio: "16:9" });</script><ul class="ds-video">'
             f'<li><a href="{href(cn=286, v=31)}">Bản tin Phong Bình tháng 6/2018</a></li>'
             f'<li><a href="{href(cn=286, v=30)}">Phóng sự: Làng nón Bình An</a></li>'
             f'<li><a href="{href(cn=286, v=29)}">Bản tin Phong Bình tháng 5/2018</a></li></ul></div>')
    return ('<div id="cotphai">\n' + khoi("Tìm kiếm tin tức", search) + khoi("Xem tin theo ngày", by_date)
            + khoi("Dịch vụ công trực tuyến", services) + khoi("Hình ảnh hoạt động", gallery)
            + khoi("Video clip", video) + khoi("Từ khóa", tags)
            + khoi("Liên kết website", links) + khoi("Thống kê truy cập", counter) + badge + "</div>\n")


def footer(seed: str) -> str:
    return f"""  <div id="footer">
    <div class="footer-menu"><a href="{href()}">Trang chủ</a> | <a href="{href(cn=270)}">Giới thiệu</a> | <a href="{href(cn=265)}">Tin tức - Sự kiện</a> | <a href="{href(cn=266)}">Thông báo</a> | <a href="{href(cn=290)}">Hỏi đáp</a> | <a href="{href(sdw=1)}">Sơ đồ website</a> | <a href="{href(cn=280)}">Liên hệ</a></div>
    <div class="footer-noidung">
      <p><b>CỔNG THÔNG TIN ĐIỆN TỬ XÃ PHONG BÌNH - HUYỆN PHONG ĐIỀN - TỈNH THỪA THIÊN HUẾ</b></p>
      <p>Cơ quan chủ quản: Ủy ban nhân dân xã Phong Bình. Chịu trách nhiệm chính: Ông Đặng Quang Vinh - Chủ tịch UBND xã</p>
      <p>Địa chỉ: thôn Trung Đồng, xã Phong Bình, huyện Phong Điền, tỉnh Thừa Thiên Huế. Điện thoại: 0234.3551 208 - Email: phongbinh@thuathienhue.gov.vn</p>
      <p>Ghi rõ nguồn "Cổng thông tin điện tử xã Phong Bình" khi phát hành lại thông tin từ nguồn này.</p>
      <p class="thietke">Thiết kế và phát triển: Trung tâm Công nghệ thông tin tỉnh Thừa Thiên Huế</p>
    </div>
  </div>
</div>
<div>
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{viewstate(seed + 'ev', 420)}" />
</div>
</form>
<script type="text/javascript">
    $(function () {{ $('.marquee').marquee({{ duration: 15000, gap: 50, duplicated: true }}); }});
    $('#ctl00_ucTimKiem_btnTim').click(function () {{ var k = $('#ctl00_ucTimKiem_txtTuKhoa').val(); if (k != '') {{ window.location = '/?gd={GD}&tk=' + encodeURIComponent(k); }} return false; }});
</script>
<script type="text/javascript">
  var _gaq = _gaq || [];
  _gaq.push(['_setAccount', 'UA-41875207-12']);
  _gaq.push(['_trackPageview']);
  (function () {{ var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true; ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js'; var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s); }})();
</script>
</body>
</html>
"""


def page(title_text: str, action: str, seed: str, center: str, exclude: int | None = None,
         vs_size: int = 9000) -> str:
    """A whole page: head, form scaffolding, header, three columns, footer."""
    return (head(title_text) + form_open(action, seed, vs_size) + header()
            + '  <div id="noidung">\n' + left_column(exclude)
            + f'<div id="cotgiua">\n{center}\n</div>\n' + right_column()
            + '<div class="clear"></div>\n  </div>\n' + footer(seed))


def breadcrumb(cn: int | None, last: str | None = None) -> str:
    parts = [f'<a href="{href()}">Trang chủ</a>']
    if cn is not None:
        if cn in PARENT:
            parts.append(f'<a href="{href(cn=PARENT[cn])}">{esc(CATEGORIES[PARENT[cn]])}</a>')
        parts.append(f'<a href="{href(cn=cn)}">{esc(CATEGORIES[cn])}</a>')
    if last:
        parts.append(f"<span>{esc(last)}</span>")
    return '<div class="duongdan">' + " » ".join(parts) + "</div>"


# ----------------------------------------------------------------------------------- articles

def summary_of(a) -> str:
    if a.get("lead"):
        return a["lead"]
    first = next(b[1] for b in a["body"] if b[0] == "p")
    return first.split(". ")[0].rstrip(".") + "."


def other_news(a) -> str:
    """'Các tin khác': the older items of the same section, each with its own date."""
    root = PARENT.get(a["cn"], a["cn"])
    rows = [(x["tc"], x["cn"], x["date"], x["title"]) for x in ARTICLES
            if x["tc"] != a["tc"] and PARENT.get(x["cn"], x["cn"]) == root]
    rows += [o for o in OLD_ITEMS if PARENT.get(o[1], o[1]) == root]
    rows = sorted(rows, key=lambda r: r[2], reverse=True)[:8]
    items = "".join(f'<li><a href="{href(cn=cn, tc=tc)}">{esc(t)}</a> <span class="ngay">({dmy(d)})</span></li>'
                    for tc, cn, d, t in rows)
    return f'<div class="cactinkhac">\n<div class="khoi-tieude"><span>Các tin khác</span></div>\n<ul>{items}</ul>\n</div>'


def article(a) -> tuple[str, dict]:
    text: list[str] = []
    images: list[dict] = []
    body = []
    if a.get("lead_in_body"):
        body.append(f'<p style="text-align: justify;"><strong>{esc(a["lead"])}</strong></p>')
    for b in a["body"]:
        markup, paragraphs, photos = block(b)
        body.append(markup)
        text += paragraphs
        images += photos
    body += [signature(s) for s in a.get("sign", [])]

    if a.get("updated"):
        dates = (f'<span id="ctl00_cphNoiDung_ucChiTietTin_lblNgayDang">Ngày đăng {dmy(a["date"])}</span> - '
                 f'<span id="ctl00_cphNoiDung_ucChiTietTin_lblNgayCapNhat">Ngày cập nhật {dmy(a["updated"])}</span>')
        label = "Ngày đăng"
    else:
        dates = f'<span id="ctl00_cphNoiDung_ucChiTietTin_lblNgayCapNhat">Ngày cập nhật {dmy(a["date"])}</span>'
        label = "Ngày cập nhật"
    summary = ""
    if a.get("lead") and not a.get("lead_in_body"):
        shown = f'{a["prefix"]} {a["lead"]}' if a.get("prefix") else a["lead"]
        summary = (f'<div class="ct-tomtat"><span id="ctl00_cphNoiDung_ucChiTietTin_lblTomTat"><b>{esc(shown)}'
                   "</b></span></div>")
    fields = ""
    if a.get("tacgia"):
        fields += f'<div class="ct-tacgia">Tác giả: <b>{esc(a["tacgia"])}</b></div>\n'
    if a.get("nguontin"):
        fields += f'<div class="ct-nguontin">Nguồn tin: <b>{esc(a["nguontin"])}</b></div>\n'
    tools = (f'<div class="ct-congcu"><a href="javascript:window.print();" class="inbai">In bài viết</a> | '
             f'<a href="mailto:?subject={attr(a["title"])}&amp;body={HOST}/?gd={GD}%26cn={a["cn"]}%26tc={a["tc"]}" '
             'class="guiemail">Gửi email</a> | <a href="javascript:history.back();" class="quaylai">Quay lại</a>'
             ' | Cỡ chữ: <a href="javascript:PhongTo(12);">A-</a> <a href="javascript:PhongTo(14);">A</a> '
             '<a href="javascript:PhongTo(16);">A+</a></div>')
    share = (f'<div class="ct-chiase"><a href="https://www.facebook.com/sharer/sharer.php?u={HOST}/%3Fgd%3D{GD}'
             f'%26cn%3D{a["cn"]}%26tc%3D{a["tc"]}" target="_blank"><img src="/App_Themes/XaPhuong2017/images/'
             'facebook.png" alt="Chia sẻ Facebook" /></a> <a href="#top" class="len">Về đầu trang</a></div>')
    center = f"""<div class="khoi chitiettin" id="ctl00_cphNoiDung_ucChiTietTin_pnChiTiet">
{breadcrumb(a["cn"])}
<div class="ct-tieude"><span id="ctl00_cphNoiDung_ucChiTietTin_lblTieuDe">{esc(a["title"])}</span></div>
<div class="ct-ngay">{dates} &nbsp;|&nbsp; <span class="luotxem">Lượt xem: {a["views"]}</span></div>
{tools}
{summary}
<div class="ct-noidung" id="noidungchitiet">
{chr(10).join(body)}
</div>
{fields}{share}
{other_news(a)}
</div>"""
    site_name = "UBND huyện Phong Điền" if a.get("wrong_site_name") else SITE
    markup = page(f'{a["title"]} - {site_name}', f'./?gd={GD}&amp;cn={a["cn"]}&amp;tc={a["tc"]}',
                  f'tc{a["tc"]}', center, exclude=a["tc"], vs_size=14000)
    expected = {
        "title": a["title"],
        "agency_prefix": a.get("prefix"),
        "lead": a.get("lead"),
        "text": "\n\n".join(text),
        "published_at": iso(a["date"]),
        "updated_at": iso(a.get("updated")),
        "date_label": label,
        "authors": a["authors"],
        "unit": a["unit"],
        "images": images,
        "category": CATEGORIES[a["cn"]],
    }
    return markup, {k: (nfc(v) if isinstance(v, str) else v) for k, v in expected.items()}


# ------------------------------------------------------------------------------- non-articles

def list_item(tc, cn, d, title, summary=None, thumb=None) -> str:
    link = href(cn=cn, tc=tc)
    img = f'<a href="{link}"><img class="anhdaidien" src="{thumb}" alt="" /></a>' if thumb else ""
    tom = f'<p class="tomtat">{esc(summary)}</p>' if summary else ""
    return (f'<div class="tin-item">{img}<a class="tieude" href="{link}">{esc(title)}</a> '
            f'<span class="ngay">({dmy(d)})</span>{tom}<div class="clear"></div></div>')


def section_rows(cn: int):
    """Everything filed under a section (its subsections included), newest first."""
    rows = [(a["tc"], a["cn"], a["date"], a["title"], summary_of(a), a.get("thumb")) for a in ARTICLES
            if a["cn"] == cn or PARENT.get(a["cn"]) == cn]
    rows += [(tc, c, d, t, None, None) for tc, c, d, t in OLD_ITEMS if c == cn or PARENT.get(c) == cn]
    if cn == 265:
        # an item whose page was removed: the CMS answers its URL with a "not found" page (soft 404)
        rows.append((2299, 265, (2017, 9, 12), "Phong Bình ra quân Chiến dịch làm cho thế giới sạch hơn năm 2017",
                     None, None))
    return sorted(rows, key=lambda r: r[2], reverse=True)


def listing(cn: int, p: int) -> str:
    rows = section_rows(cn)
    pages = (len(rows) + PAGE_SIZE - 1) // PAGE_SIZE
    chunk = rows[(p - 1) * PAGE_SIZE:p * PAGE_SIZE]
    items = "\n".join(list_item(*r) for r in chunk)

    def page_link(n):
        return href(cn=cn) if n == 1 else href(cn=cn, p=n)

    nav = []
    if p > 1:
        nav.append(f'<a href="{page_link(p - 1)}">« Trang trước</a>')
    for n in range(1, pages + 1):
        nav.append(f"<span class=\"hientai\">{n}</span>" if n == p else f'<a href="{page_link(n)}">{n}</a>')
    if p < pages:
        nav.append(f'<a href="{page_link(p + 1)}">Trang sau »</a>')
    center = f"""<div class="khoi danhsachtin">
{breadcrumb(cn)}
<div class="khoi-tieude"><span>{esc(CATEGORIES[cn])}</span></div>
<div class="khoi-noidung">
{items}
</div>
<div class="phantrang">Trang: {" ".join(nav)}</div>
</div>"""
    action = f"./?gd={GD}&amp;cn={cn}" + (f"&amp;p={p}" if p > 1 else "")
    return page(f"{CATEGORIES[cn]} - {SITE}", action, f"ds{cn}p{p}", center, vs_size=11000)


def home() -> str:
    news = sorted(ARTICLES, key=lambda a: a["date"], reverse=True)
    top = next(a for a in news if a.get("thumb"))  # the featured slot wants a photo
    featured = (f'<div class="tinnoibat"><a href="{href(cn=top["cn"], tc=top["tc"])}"><img src="{top["thumb"]}" '
                f'alt="" class="anhlon" /></a><a class="tieude" href="{href(cn=top["cn"], tc=top["tc"])}">'
                f'{esc(top["title"])}</a> <span class="ngay">({dmy(top["date"])})</span>'
                f'<p class="tomtat">{esc(summary_of(top))}</p></div>')
    featured += '<ul class="tinnoibat-khac">' + "".join(
        f'<li><a href="{href(cn=a["cn"], tc=a["tc"])}">{esc(a["title"])}</a></li>'
        for a in news[:5] if a is not top) + "</ul>"
    boxes = [khoi("Tin nổi bật", featured, "trangchu")]
    for cn in (265, 266, 267, 268):
        rows = section_rows(cn)[:5]
        first, rest = rows[0], rows[1:]
        content = list_item(*first)
        content += '<ul class="ds-tin">' + "".join(
            f'<li><a href="{href(cn=c, tc=tc)}">{esc(t)}</a> <span class="ngay">({dmy(d)})</span></li>'
            for tc, c, d, t, *_ in rest) + "</ul>"
        content += f'<div class="xemtiep"><a href="{href(cn=cn)}">Xem tiếp »</a></div>'
        boxes.append(khoi(CATEGORIES[cn], content, "trangchu"))
    center = "\n".join(boxes)
    return page(SITE, f"./?gd={GD}", "home", center, vs_size=16000)


def simple(title: str, cn: int | None, inner: str, seed: str, action: str, crumb: str | None = None) -> str:
    center = (f'<div class="khoi trangtinh">\n{breadcrumb(None, crumb or title)}\n'
              f'<div class="khoi-tieude"><span>{esc(title)}</span></div>\n<div class="khoi-noidung">\n'
              f"{inner}\n</div>\n</div>")
    return page(f"{title} - {SITE}", action, seed, center, vs_size=7000)


def intro_page() -> str:
    paras = [
        "Xã Phong Bình nằm ở phía Đông Bắc huyện Phong Điền, cách trung tâm huyện khoảng 14 km. Phía Bắc giáp "
        "biển Đông, phía Nam giáp xã Phong Hòa, phía Đông giáp xã Phong Chương, phía Tây giáp xã Điền Hương.",
        "Tổng diện tích tự nhiên của xã là 2.856 ha, trong đó đất nông nghiệp 1.412 ha, đất lâm nghiệp 638 ha, "
        "còn lại là đất ở, đất chuyên dùng và đất chưa sử dụng. Địa hình chia thành ba vùng rõ rệt: vùng cát ven "
        "biển, vùng đồng bằng trồng lúa và vùng trũng ven phá.",
        "Dân số toàn xã có 9.412 người với 2.388 hộ, sinh sống tại 9 thôn: Bình An Thượng, Bình An Hạ, Trung Đồng, "
        "Tây Hòa, Đông Hòa, Hải Thạnh, Bắc Khê, Nam Khê và Phước Lâm. Nhân dân chủ yếu sản xuất nông nghiệp, "
        "đánh bắt và nuôi trồng thủy sản, làm nghề nón lá, mộc dân dụng.",
        "Trải qua hai cuộc kháng chiến, xã có 312 liệt sỹ, 27 Bà mẹ Việt Nam anh hùng; năm 2000 xã được Nhà nước "
        "phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân.",
    ]
    inner = "\n".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
    return simple("Giới thiệu chung", None, inner, "cn270", f"./?gd={GD}&amp;cn=270")


def structure_page() -> str:
    people = [
        ("Đảng ủy xã", "Bí thư Đảng ủy", "Nguyễn Văn Hiền"),
        ("Đảng ủy xã", "Phó Bí thư Thường trực Đảng ủy", "Trương Thị Diệu Hằng"),
        ("HĐND xã", "Chủ tịch HĐND", "Trương Thị Diệu Hằng"),
        ("HĐND xã", "Phó Chủ tịch HĐND", "Lê Văn Sáu"),
        ("UBND xã", "Chủ tịch UBND", "Đặng Quang Vinh"),
        ("UBND xã", "Phó Chủ tịch UBND", "Hoàng Văn Lộc"),
        ("UBND xã", "Phó Chủ tịch UBND", "Phạm Thị Kim Oanh"),
        ("Ủy ban MTTQ Việt Nam xã", "Chủ tịch", "Trần Đình Khải"),
    ]
    rows = "".join(f"<tr><td>{esc(o)}</td><td>{esc(r)}</td><td>{esc(n)}</td></tr>" for o, r, n in people)
    inner = ('<p>Cơ cấu tổ chức của hệ thống chính trị xã Phong Bình nhiệm kỳ 2016-2021 gồm Đảng ủy, Hội đồng '
             'nhân dân, Ủy ban nhân dân, Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chính trị - xã hội.</p>'
             '<table border="1" cellpadding="4" cellspacing="0" style="width: 100%;"><tbody><tr><td><b>Cơ quan'
             f'</b></td><td><b>Chức vụ</b></td><td><b>Họ và tên</b></td></tr>{rows}</tbody></table>')
    return simple("Cơ cấu tổ chức", None, inner, "cn272", f"./?gd={GD}&amp;cn=272")


def contact_page() -> str:
    phones = [
        ("Văn phòng HĐND và UBND xã", "0234.3551 208", "phongbinh@thuathienhue.gov.vn"),
        ("Chủ tịch UBND xã - Đặng Quang Vinh", "0234.3551 106", "dqvinh.phongbinh@thuathienhue.gov.vn"),
        ("Bộ phận tiếp nhận và trả kết quả", "0234.3551 299", "motcua.phongbinh@thuathienhue.gov.vn"),
        ("Công an xã", "0234.3551 113", ""),
        ("Trạm Y tế xã", "0234.3551 115", ""),
    ]
    rows = "".join(f"<tr><td>{esc(n)}</td><td>{esc(p)}</td><td>{esc(e)}</td></tr>" for n, p, e in phones)
    inner = ('<p><b>ỦY BAN NHÂN DÂN XÃ PHONG BÌNH</b></p><p>Địa chỉ: thôn Trung Đồng, xã Phong Bình, huyện Phong '
             'Điền, tỉnh Thừa Thiên Huế</p><p>Giờ làm việc: sáng 7h00 - 11h30, chiều 13h30 - 17h00 (thứ Hai đến thứ '
             'Sáu)</p><table border="1" cellpadding="4" cellspacing="0" style="width: 100%;"><tbody><tr><td><b>Bộ '
             f'phận</b></td><td><b>Điện thoại</b></td><td><b>Email</b></td></tr>{rows}</tbody></table>')
    return simple("Liên hệ", None, inner, "cn280", f"./?gd={GD}&amp;cn=280")


def sitemap_page() -> str:
    def tree(items):
        out = []
        for name, link, subs in items:
            sub = "<ul>" + "".join(f'<li><a href="{h}">{esc(n)}</a></li>' for n, h in subs) + "</ul>" if subs else ""
            out.append(f'<li><a href="{link}">{esc(name)}</a>{sub}</li>')
        return '<ul class="sodo">' + "".join(out) + "</ul>"
    return simple("Sơ đồ website", None, tree(MENU), "sdw", f"./?gd={GD}&amp;sdw=1")


def search_page() -> str:
    hits = [a for a in sorted(ARTICLES, key=lambda a: a["date"], reverse=True)
            if "nông thôn mới" in (a["title"] + " " + summary_of(a) + " ".join(b[1] for b in a["body"]
                                                                              if b[0] == "p")).lower()]
    items = "\n".join(list_item(a["tc"], a["cn"], a["date"], a["title"], summary_of(a)) for a in hits)
    inner = (f'<div class="ketquatim">Tìm thấy <b>{len(hits)}</b> kết quả với từ khóa: <b>nông thôn mới</b></div>\n'
             f"{items}")
    return simple("Kết quả tìm kiếm", None, inner, "search", f"./?gd={GD}&amp;tk=nong+thon+moi")


def form_page() -> str:
    def field(label, name, kind="text"):
        ctl = (f'<textarea name="ctl00$cphNoiDung$ucHoiDap${name}" rows="6" cols="50" id="ctl00_cphNoiDung_ucHoiDap_{name}">'
               "</textarea>" if kind == "area" else
               f'<input name="ctl00$cphNoiDung$ucHoiDap${name}" type="text" id="ctl00_cphNoiDung_ucHoiDap_{name}" />')
        return f"<tr><td class=\"nhan\">{esc(label)}</td><td>{ctl}</td></tr>"
    rows = "".join([field("Họ và tên (*)", "txtHoTen"), field("Địa chỉ", "txtDiaChi"), field("Email (*)", "txtEmail"),
                    field("Điện thoại", "txtDienThoai"), field("Tiêu đề (*)", "txtTieuDe"),
                    field("Nội dung câu hỏi (*)", "txtNoiDung", "area"), field("Mã xác nhận", "txtMaXacNhan")])
    inner = ('<p>Tổ chức, công dân có thể gửi câu hỏi, góp ý về các thủ tục hành chính, chính sách của địa phương. '
             'Các câu hỏi sẽ được Văn phòng UBND xã chuyển đến bộ phận chuyên môn trả lời trong thời gian sớm nhất.'
             '</p><table class="bangnhap">' + rows + '<tr><td></td><td><img src="/CaptchaImage.axd?guid=5c2f0e1a" '
             'alt="captcha" /> <input type="submit" name="ctl00$cphNoiDung$ucHoiDap$btnGui" value="Gửi câu hỏi" '
             'id="ctl00_cphNoiDung_ucHoiDap_btnGui" class="nut" /> <input type="reset" value="Nhập lại" class="nut" />'
             "</td></tr></table>")
    return simple("Hỏi đáp trực tuyến", None, inner, "cn290", f"./?gd={GD}&amp;cn=290")


def soft404_page() -> str:
    center = f"""<div class="khoi chitiettin" id="ctl00_cphNoiDung_ucChiTietTin_pnChiTiet">
{breadcrumb(265)}
<div class="thongbaoloi"><img src="/App_Themes/XaPhuong2017/images/canhbao.png" alt="" />
<p><b>Không tìm thấy tin bài bạn yêu cầu!</b></p>
<p>Tin bài có thể đã bị xóa, chuyển sang chuyên mục khác hoặc đường dẫn không đúng.</p>
<p><a href="{href()}">« Quay về trang chủ</a></p></div>
</div>"""
    return page(SITE, f"./?gd={GD}&amp;cn=265&amp;tc=2299", "tc2299", center, vs_size=9000)


# ------------------------------------------------------------------------------------- writing

def write(name: str, markup: str, page_url: str, kind: str, expected: dict | None = None) -> None:
    (HERE / f"{name}.html").write_bytes(nfc(markup).encode("utf-8"))
    meta = {"url": page_url, "content_type": "text/html; charset=utf-8", "kind": kind}
    if expected is not None:
        meta["expected"] = expected
    (HERE / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", "utf-8")


def main() -> None:
    for old in list(HERE.glob("*.html")) + [p for p in HERE.glob("*.json") if p.name != "site.json"]:
        old.unlink()
    for a in ARTICLES:
        markup, expected = article(a)
        write(f"tin_{a['tc']}", markup, url(cn=a["cn"], tc=a["tc"]), "article", expected)
    write("trangchu", home(), HOST + "/", "listing")
    for cn in (265, 266):
        write(f"chuyenmuc_{cn}", listing(cn, 1), url(cn=cn), "listing")
        write(f"chuyenmuc_{cn}_p2", listing(cn, 2), url(cn=cn, p=2), "listing")
    write("gioithieu", intro_page(), url(cn=270), "static")
    write("cocautochuc", structure_page(), url(cn=272), "static")
    write("lienhe", contact_page(), url(cn=280), "contact")
    write("sodo", sitemap_page(), url(sdw=1), "sitemap")
    write("timkiem", search_page(), url(tk="nong+thon+moi"), "search")
    write("hoidap", form_page(), url(cn=290), "form")
    write("khongtimthay", soft404_page(), url(cn=265, tc=2299), "soft_404")


if __name__ == "__main__":
    main()
