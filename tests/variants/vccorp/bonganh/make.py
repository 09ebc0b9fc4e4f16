"""Generator of the held-out `vccorp/bonganh` variant template.

    python tests/variants/vccorp/bonganh/make.py

Writes every <page>.html and its <page>.json next to this file. Article truth is computed from
the same block list that renders the body, so HTML and truth cannot drift apart. All text is
invented; nothing is copied from a real site.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from datetime import datetime
from pathlib import Path
from urllib.parse import quote_plus

import lxml.html

OUT = Path(__file__).resolve().parent
HOST = "https://nnmt.gov.vn"
SITE = "Cổng Thông tin điện tử Bộ Nông nghiệp và Môi trường"
SHORT = "Cổng TTĐT Bộ NN&MT"
CDN = "https://nnmt.cdnchinhphu.vn"
CDN_ROOT = CDN + "/334894974524682240"
TODAY = datetime(2024, 6, 20, 9, 14)
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
PIXEL = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def norm(s: str) -> str:
    return " ".join(nfc(s).split())


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def frag_text(fragment: str) -> str:
    return norm(lxml.html.fragment_fromstring(fragment, create_parent="div").text_content())


def dmy(d: datetime) -> str:
    return d.strftime("%d/%m/%Y")


def dmy_hm(d: datetime) -> str:
    return d.strftime("%d/%m/%Y %H:%M")


def iso(d: datetime | None) -> str | None:
    return None if d is None else d.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def img_url(d: datetime, name: str, n: int) -> str:
    ms = int((d - datetime(1970, 1, 1)).total_seconds() - 7 * 3600) * 1000 + 137 * n
    return f"{CDN_ROOT}/{d.year}/{d.month}/{d.day}/{name}-{ms}{n:02d}4517.jpg"


def thumb(url: str, size: str = "zoom/260_163") -> str:
    return url.replace(CDN + "/", f"{CDN}/{size}/", 1)


# --------------------------------------------------------------------------------------------
# Body blocks: each renders HTML and contributes to the truth (text paragraphs and images).
# --------------------------------------------------------------------------------------------

class Body:
    def __init__(self, title: str):
        self.title = title
        self.parts: list[str] = []
        self.text: list[str] = []
        self.images: list[dict] = []
        self.n_img = 0

    # text blocks -----------------------------------------------------------------------
    def p(self, inner: str, style: str = "text-align: justify;"):
        attr = f' style="{style}"' if style else ""
        self.parts.append(f"<p{attr}>{inner}</p>")
        t = frag_text(inner)
        if t:
            self.text.append(t)

    def h(self, inner: str, level: int = 2):
        self.parts.append(f"<h{level}>{inner}</h{level}>")
        self.text.append(frag_text(inner))

    def lines(self, lines: list[str]):
        self.parts.append('<p style="text-align: justify;">' + "<br>\n".join(lines) + "</p>")
        self.text.extend(frag_text(x) for x in lines)

    def ul(self, items: list[str], tag: str = "ul"):
        lis = "".join(f"<li>{x}</li>\n" for x in items)
        self.parts.append(f"<{tag}>\n{lis}</{tag}>")
        self.text.extend(frag_text(x) for x in items)

    def table(self, rows: list[list[str]], head: int = 1, caption: str | None = None):
        out = ['<table class="table-data" border="1" cellpadding="3" cellspacing="0" '
               'style="width: 100%; border-collapse: collapse;"><tbody>']
        for i, row in enumerate(rows):
            cells = []
            for c in row:
                if i < head:
                    cells.append(f'<td style="text-align: center;"><p><strong>{c}</strong></p></td>')
                else:
                    cells.append(f"<td><p>{c}</p></td>")
            out.append("<tr>" + "".join(cells) + "</tr>")
            self.text.append(" | ".join(frag_text(c) for c in row))
        out.append("</tbody></table>")
        self.parts.append("\n".join(out))

    def empty(self):
        self.parts.append("<p>&nbsp;</p>")

    def raw(self, fragment: str):
        self.parts.append(fragment)

    # photos ------------------------------------------------------------------------------
    def _img(self, src: str, lazy: bool, extra: str = "") -> str:
        self.n_img += 1
        alt = esc(f"{self.title} - Ảnh {self.n_img}.")
        pid = re.sub(r"\D", "", src)[-18:]
        if lazy:
            return (f'<img src="{PIXEL}" data-src="{src}" class="lazy-image" loading="lazy" '
                    f'alt="{alt}" title="{alt}" id="img_{pid}" photoid="{pid}" type="photo" '
                    f'data-width="1200" data-height="800" w="1200" h="800"{extra}>')
        return (f'<img src="{src}" data-original="{src}" alt="{alt}" title="{alt}" '
                f'id="img_{pid}" photoid="{pid}" rel="{src}" type="photo" '
                f'data-width="1200" data-height="800" width="" height="" loading="lazy"{extra}>')

    def _truth(self, src, caption, credit):
        self.images.append({"src": src, "caption": caption, "credit": credit})

    def photo(self, src: str, caption: str | None, credit: str | None, lazy: bool = False,
              sep: str = " - "):
        """VCSortableInPreviewMode photo block with PhotoCMS_Caption."""
        img = self._img(src, lazy)
        shown = sep.join(x for x in (caption, credit) if x)
        cap = ""
        if shown:
            cap = (f'<div class="PhotoCMS_Caption"><p data-placeholder="[nhập chú thích]" '
                   f'class="NLPlaceholderShow">{esc(shown)}</p></div>')
        self.parts.append(
            f'<div class="VCSortableInPreviewMode" type="Photo" style="">'
            f'<div><a href="{src}" data-fancybox="img-lightbox" title="{esc(shown or self.title)}" '
            f'target="_blank" class="detail-img-lightbox">{img}</a></div>{cap}</div>')
        self._truth(src, caption, credit)

    def figure(self, src: str, caption: str | None, credit: str | None):
        img = self._img(src, False)
        shown = " - ".join(x for x in (caption, credit) if x)
        self.parts.append(
            f'<figure class="VCSortableInPreviewMode noCaption" type="Photo" data-style="align-center">'
            f'<div class="detail-img">{img}</div>'
            f'<figcaption class="PhotoCMS_Caption"><p>{esc(shown)}</p></figcaption></figure>')
        self._truth(src, caption, credit)

    def img_em(self, src: str, caption: str, credit: str | None, relative: bool = False):
        shown_src = src[len(HOST):] if relative else src
        img = self._img(shown_src, False, ' style="width: 640px;"')
        shown = caption + (f" ({credit})" if credit else "")
        self.parts.append(f'<p style="text-align: center;">{img}</p>')
        self.parts.append(f'<p style="text-align: center;"><em>{esc(shown)}</em></p>')
        self._truth(src, caption, credit)

    def photo_table(self, src: str, caption: str, credit: str | None):
        img = self._img(src, False)
        shown = caption + (f". {credit}" if credit else "")
        self.parts.append(
            '<table class="image center" align="center" border="0" cellpadding="3" cellspacing="0">'
            f'<tbody><tr><td style="text-align: center;">{img}</td></tr>'
            f'<tr><td class="image_desc" style="text-align: center;">{esc(shown)}</td></tr>'
            '</tbody></table>')
        self._truth(src, caption, credit)

    # boxes that are not text -------------------------------------------------------------
    def related_one(self, art: "Art"):
        self.parts.append(
            f'<div class="VCSortableInPreviewMode link-content-footer IMSCurrentEditorEditObject" '
            f'type="RelatedOneNews" data-id="{art.id}" contenteditable="false">'
            f'<a class="link-callout" href="{art.path}" title="{esc(art.title)}" data-id="{art.id}">'
            f'<img src="{thumb(art.thumb, "zoom/120_75")}" alt="{esc(art.title)}"></a>'
            f'<div class="OneNewsTitle"><a href="{art.path}" data-id="{art.id}" '
            f'title="{esc(art.title)}">{esc(art.title)}</a></div>'
            f'<p class="OneNewsSapo">{esc(art.teaser)}</p></div>')

    def related_box(self, arts: list["Art"], heading: str = "Bài liên quan"):
        lis = "".join(
            f'<li><a class="kbwscwl-relatedbox-link" href="{a.path}" data-id="{a.id}" '
            f'title="{esc(a.title)}">{esc(a.title)}</a></li>' for a in arts)
        self.parts.append(
            f'<div class="VCSortableInPreviewMode" type="RelatedNewsBox" data-style="align-right">'
            f'<div class="kbwscwl-relatedbox type-1 align-right">'
            f'<strong class="kbwscwl-relatedbox-title">{heading}</strong>'
            f'<ul class="kbwscwl-relatedbox-list">{lis}</ul></div></div>')

    def files(self, files: list[tuple[str, str]]):
        lis = "".join(
            f'<li><a href="{href}" target="_blank" data-type="file" class="attach-link">'
            f'<i class="icon-file"></i> {esc(name)}</a></li>' for name, href in files)
        self.parts.append(
            f'<div class="VCSortableInPreviewMode" type="insertfile" data-id="file">'
            f'<p class="attach-title"><strong>Tài liệu đính kèm:</strong></p>'
            f'<ul class="attach-list">{lis}</ul></div>')

    def sign_right(self, inner: str):
        self.parts.append(f'<p style="text-align: right;"><strong>{inner}</strong></p>')

    def source(self, unit: str, style: str = "text-align: right;"):
        self.parts.append(f'<p style="{style}"><em>Nguồn: {esc(unit)}</em></p>')

    def html(self) -> str:
        return "\n".join(self.parts)


# --------------------------------------------------------------------------------------------
# Articles
# --------------------------------------------------------------------------------------------

CATS = {
    "tin-hoat-dong": "Tin hoạt động",
    "trong-trot": "Trồng trọt",
    "thong-bao": "Thông báo",
    "thi-truong": "Thị trường",
    "thuy-loi": "Thủy lợi",
    "lam-nghiep": "Lâm nghiệp",
    "to-chuc-can-bo": "Tổ chức - Cán bộ",
    "khi-tuong-thuy-van": "Khí tượng thủy văn",
    "chan-nuoi": "Chăn nuôi",
    "dat-dai": "Đất đai",
}
PARENT = {  # breadcrumb parent of each category
    "tin-hoat-dong": ("Tin tức", "/tin-tuc.htm"),
    "thong-bao": ("Tin tức", "/tin-tuc.htm"),
    "to-chuc-can-bo": ("Tin tức", "/tin-tuc.htm"),
    "thi-truong": ("Tin tức", "/tin-tuc.htm"),
}


class Art:
    def __init__(self, key, slug, prefix3, pub, cat, title, teaser, id_time=None, nid=0):
        self.key, self.slug, self.cat, self.title, self.teaser = key, slug, cat, title, teaser
        self.pub = pub
        t = id_time or pub
        self.id = f"{prefix3}{t.strftime('%y%m%d%H%M%S')}{nid:03d}"
        self.path = f"/{slug}-{self.id}.htm"
        self.url = HOST + self.path
        self.thumb = img_url(pub, slug[:40], 0)
        self.written = False


def other(key, slug, pub, cat, title, teaser, nid, prefix3="112"):
    return Art(key, slug, prefix3, pub, cat, title, teaser, nid=nid)


D = datetime
ARTS: dict[str, Art] = {}


def reg(a: Art) -> Art:
    ARTS[a.key] = a
    return a


A1 = reg(Art("a01", "so-ket-6-thang-nganh-trong-trot-nang-suat-lua-tang-dien-tich-cay-an-qua-mo-rong",
             "112", D(2024, 6, 14, 8, 35), "tin-hoat-dong",
             "Sơ kết 6 tháng ngành trồng trọt: Năng suất lúa tăng, diện tích cây ăn quả tiếp tục mở rộng",
             "Năng suất lúa vụ Đông Xuân tăng so với cùng kỳ, nhiều vùng cây ăn quả hình thành chuỗi liên kết tiêu thụ ổn định.",
             nid=231))
A2 = reg(Art("a02", "vu-dong-xuan-2023-2024-nang-suat-lua-binh-quan-dat-gan-68-ta-ha",
             "112", D(2024, 6, 12, 15, 20), "trong-trot",
             "Vụ Đông Xuân 2023-2024: Năng suất lúa bình quân đạt gần 68 tạ/ha",
             "Tổng diện tích gieo cấy lúa Đông Xuân cả nước đạt hơn 2,95 triệu ha, sản lượng ước trên 20 triệu tấn.",
             nid=87))
A3 = reg(Art("a03", "thu-truong-kiem-tra-cong-tac-chuan-bi-mua-mua-bao-tai-quang-nam",
             "112", D(2024, 6, 11, 10, 5), "tin-hoat-dong",
             "Thứ trưởng kiểm tra công tác chuẩn bị mùa mưa bão tại Quảng Nam",
             "Đoàn công tác kiểm tra hồ chứa, đê biển và phương án sơ tán dân tại các huyện ven biển.",
             nid=412))
A4 = reg(Art("a04", "khuyen-cao-bien-phap-quan-ly-ray-nau-hai-lua-he-thu-2024",
             "112", D(2024, 6, 7, 16, 40), "trong-trot",
             "Khuyến cáo biện pháp quản lý rầy nâu hại lúa vụ Hè Thu 2024",
             "Mật độ rầy nâu tại một số tỉnh Đồng bằng sông Cửu Long đang tăng, cần theo dõi chặt bẫy đèn.",
             nid=19))
A5 = reg(Art("a05", "thong-bao-tuyen-dung-vien-chuc-nam-2024-trung-tam-khuyen-nong-quoc-gia",
             "119", D(2024, 6, 5, 0, 0), "thong-bao",
             "Thông báo tuyển dụng viên chức năm 2024 của Trung tâm Khuyến nông Quốc gia",
             "Trung tâm Khuyến nông Quốc gia thông báo tuyển dụng 12 chỉ tiêu viên chức năm 2024.",
             id_time=D(2024, 6, 5, 14, 2, 48), nid=5))
A6 = reg(Art("a06", "day-manh-chuyen-doi-so-trong-quan-ly-dat-dai",
             "112", D(2024, 6, 3, 9, 12), "dat-dai",
             "Đẩy mạnh chuyển đổi số trong quản lý đất đai",
             "Cơ sở dữ liệu đất đai quốc gia được kết nối với 48 tỉnh, thành phố, rút ngắn thời gian xử lý hồ sơ.",
             nid=644))
A7 = reg(Art("a07", "xuat-khau-nong-lam-thuy-san-5-thang-dat-hon-24-ty-usd",
             "112", D(2024, 5, 31, 20, 10), "thi-truong",
             "Xuất khẩu nông lâm thủy sản 5 tháng đạt hơn 24 tỷ USD",
             "Nhóm hàng rau quả và gạo tiếp tục dẫn đầu mức tăng trưởng, thặng dư thương mại ngành đạt 7,2 tỷ USD.",
             nid=318))
A8 = reg(Art("a08", "chu-dong-ung-pho-han-han-xam-nhap-man-o-dong-bang-song-cuu-long",
             "112", D(2024, 5, 29, 7, 0), "thuy-loi",
             "Chủ động ứng phó hạn hán, xâm nhập mặn ở Đồng bằng sông Cửu Long",
             "Các công trình thủy lợi được vận hành linh hoạt, bảo đảm nước ngọt cho gần 1,3 triệu ha lúa và cây ăn quả.",
             id_time=D(2024, 5, 28, 16, 45, 3), nid=77))
A9 = reg(Art("a09", "phat-trien-rung-ben-vung-gan-voi-thi-truong-tin-chi-carbon",
             "112", D(2024, 5, 24, 14, 5), "lam-nghiep",
             "Phát triển rừng bền vững gắn với thị trường tín chỉ carbon",
             "Chi trả dịch vụ môi trường rừng và tín chỉ carbon mở ra nguồn thu mới cho cộng đồng giữ rừng.",
             nid=902))
A10 = reg(Art("a10", "cong-bo-quyet-dinh-bo-nhiem-pho-cuc-truong-cuc-thuy-loi",
              "111", D(2024, 5, 16, 17, 45), "to-chuc-can-bo",
              "Công bố quyết định bổ nhiệm Phó Cục trưởng Cục Thủy lợi",
              "Thứ trưởng trao quyết định bổ nhiệm Phó Cục trưởng Cục Thủy lợi, thời hạn giữ chức vụ 5 năm.",
              nid=36))
A11 = reg(Art("a11", "canh-bao-nguy-co-lu-quet-sat-lo-dat-tai-cac-tinh-mien-nui-phia-bac",
              "112", D(2024, 5, 13, 11, 20), "khi-tuong-thuy-van",
              "Cảnh báo nguy cơ lũ quét, sạt lở đất tại các tỉnh miền núi phía Bắc",
              "Mưa lớn diện rộng có thể gây lũ quét, sạt lở đất tại vùng núi Bắc Bộ trong 24-48 giờ tới.",
              nid=450))
A12 = reg(Art("a12", "kiem-soat-chat-dich-ta-lon-chau-phi-khong-de-lay-lan-dien-rong",
              "112", D(2024, 5, 8, 9, 30), "chan-nuoi",
              "Kiểm soát chặt dịch tả lợn châu Phi, không để lây lan diện rộng",
              "Cục Chăn nuôi đề nghị các địa phương giám sát chặt vận chuyển, giết mổ lợn trong mùa nắng nóng.",
              nid=128))

MAIN = [A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12]

# Articles only listed (never written: they answer 404 on the test server).
OLD = [
    other("o1", "hoi-thao-giong-lua-chat-luong-cao-thich-ung-bien-doi-khi-hau", D(2024, 5, 6, 15, 0),
          "trong-trot", "Hội thảo giống lúa chất lượng cao thích ứng biến đổi khí hậu",
          "Các nhà khoa học giới thiệu 15 giống lúa mới chịu mặn, chịu hạn có năng suất ổn định.", 14),
    other("o2", "ra-soat-an-toan-ho-dap-truoc-mua-mua-nam-2024", D(2024, 5, 3, 10, 40), "thuy-loi",
          "Rà soát an toàn hồ đập trước mùa mưa năm 2024",
          "Gần 7.000 hồ chứa thủy lợi được yêu cầu kiểm tra, lập phương án ứng phó tình huống khẩn cấp.", 61),
    other("o3", "tap-huan-quy-trinh-san-xuat-ca-phe-ben-vung-tai-dak-lak", D(2024, 4, 27, 8, 15),
          "trong-trot", "Tập huấn quy trình sản xuất cà phê bền vững tại Đắk Lắk",
          "Hơn 300 nông dân được hướng dẫn ghi chép nhật ký canh tác, sử dụng phân bón hợp lý.", 3),
    other("o4", "trien-khai-ke-hoach-trong-1-ty-cay-xanh-nam-2024", D(2024, 4, 22, 16, 5), "lam-nghiep",
          "Triển khai kế hoạch trồng 1 tỷ cây xanh năm 2024",
          "Các địa phương đăng ký trồng mới hơn 250.000 ha rừng tập trung trong năm nay.", 250),
    other("o5", "gia-lua-gao-xuat-khau-duy-tri-o-muc-cao", D(2024, 4, 18, 11, 30), "thi-truong",
          "Giá lúa gạo xuất khẩu duy trì ở mức cao",
          "Giá gạo 5% tấm xuất khẩu dao động quanh mức 590-600 USD/tấn.", 18),
]
for o in OLD:
    ARTS[o.key] = o

# An article that was removed: its URL answers 200 with a "not found" page (soft 404).
GONE = other("gone", "mo-hinh-lua-tom-thich-ung-bien-doi-khi-hau-o-ca-mau", D(2023, 9, 15, 10, 15),
             "trong-trot", "Mô hình lúa - tôm thích ứng biến đổi khí hậu ở Cà Mau",
             "Mô hình luân canh lúa - tôm giúp nông dân tăng thu nhập trên cùng diện tích.", 123)


# --------------------------------------------------------------------------------------------
# Chrome
# --------------------------------------------------------------------------------------------

CSS = """
:root{--main:#0b6b3a;--sub:#e8f3ec;--text:#222;--gray:#757575}
*{box-sizing:border-box}body{margin:0;font-family:Roboto,Arial,sans-serif;color:var(--text);font-size:15px;line-height:1.5}
a{color:inherit;text-decoration:none}a:hover{color:var(--main)}ul{margin:0;padding:0;list-style:none}
.container{width:1200px;margin:0 auto}.hidden{display:none!important}.clearfix:after{content:"";display:table;clear:both}
.header__top{background:var(--main);color:#fff;font-size:13px;height:32px;line-height:32px}
.header__top .container{display:flex;justify-content:space-between}.header__date{font-weight:500}
.header__logo{display:flex;align-items:center;padding:14px 0;gap:16px}.header__logo img{height:76px}
.header__name{font-size:22px;font-weight:700;color:var(--main);text-transform:uppercase}
.header__slogan{font-size:13px;color:#b71c1c;font-style:italic}
.menu-nav{background:#fff;border-top:3px solid var(--main);border-bottom:1px solid #ddd;position:sticky;top:0;z-index:99}
.menu-nav__list{display:flex}.menu-nav__item{position:relative}.menu-nav__link{display:block;padding:12px 14px;font-weight:700;font-size:14px;text-transform:uppercase}
.menu-nav__sub{display:none;position:absolute;top:100%;left:0;background:#fff;min-width:240px;box-shadow:0 4px 12px rgba(0,0,0,.12)}
.menu-nav__item:hover .menu-nav__sub{display:block}.menu-nav__sub a{display:block;padding:8px 14px;border-bottom:1px solid #eee}
.header__event{display:flex;gap:12px;font-size:13px;padding:8px 0;border-bottom:1px solid #eee}.header__event span{color:var(--main);font-weight:700}
.detail__section{display:flex;gap:30px;padding-top:16px}.detail__main{width:830px}.detail__sidebar{width:340px}
.detail-breadcrumb ul{display:flex;gap:6px;font-size:13px;color:var(--gray)}.detail-breadcrumb li+li:before{content:"/";margin-right:6px}
.detail-breadcrumb li.active a{color:var(--main);font-weight:700}
.detail-title{font-size:32px;line-height:1.3;margin:12px 0;font-weight:700}
.detail-info{display:flex;justify-content:space-between;align-items:center;color:var(--gray);font-size:13px;margin-bottom:12px}
.detail-sapo{font-size:17px;font-weight:700;line-height:1.5;margin:0 0 16px}
.detail-content{font-size:17px;line-height:1.6}.detail-content p{margin:0 0 14px}
.detail-content img{max-width:100%;height:auto}
.VCSortableInPreviewMode{margin:0 0 16px;text-align:center}.PhotoCMS_Caption{font-size:14px;color:#555;background:#f5f5f5;padding:8px 12px;text-align:left}
.VCSortableInPreviewMode[type=RelatedOneNews]{display:flex;gap:12px;border-left:3px solid var(--main);background:var(--sub);padding:10px;text-align:left}
.kbwscwl-relatedbox{float:right;width:260px;margin:0 0 12px 20px;border-top:3px solid var(--main);background:var(--sub);padding:10px;text-align:left;font-size:15px}
.kbwscwl-relatedbox-list li{padding:6px 0;border-bottom:1px dotted #bbb}
.table-data td{border:1px solid #999;padding:4px 6px;font-size:15px}.table-data p{margin:0}
.detail-author{text-align:right;font-weight:700;margin:8px 0}.detail-source{text-align:right;font-style:italic}
.detail-tag{display:flex;flex-wrap:wrap;gap:8px;margin:18px 0;font-size:13px}.detail-tag-list{display:flex;flex-wrap:wrap;gap:8px}
.detail-tag-list a{background:#f1f1f1;border-radius:3px;padding:3px 10px}
.box-heading{font-size:18px;font-weight:700;text-transform:uppercase;color:var(--main);border-bottom:2px solid var(--main);margin:24px 0 12px;padding-bottom:6px}
.box-stream-item{display:flex;gap:14px;padding:12px 0;border-bottom:1px solid #eee}
.box-stream-avatar{width:260px;height:163px;object-fit:cover}.box-stream-link-title{font-size:18px;font-weight:700;line-height:1.35}
.box-stream-time{color:var(--gray);font-size:13px}.box-stream-sapo{font-size:14px;color:#444;margin:6px 0 0}
.box-focus{display:flex;gap:20px}.box-focus-avatar{width:560px}.box-focus-link-title{font-size:26px;font-weight:700}
.box-category-item{padding:8px 0;border-bottom:1px dotted #ccc}.box-category-link-title{font-weight:700}
.list__viewmore{display:block;text-align:center;border:1px solid var(--main);color:var(--main);padding:8px;margin:16px 0;font-weight:700}
.sidebar-box{margin-bottom:20px}.sidebar-box__title{background:var(--main);color:#fff;padding:8px 12px;font-weight:700;text-transform:uppercase}
.sidebar-box__body{border:1px solid #ddd;border-top:0;padding:10px}.sidebar-link li{padding:6px 0;border-bottom:1px dotted #ccc}
.poll label{display:block;padding:3px 0}.counter p{margin:4px 0}
.footer{background:var(--main);color:#fff;margin-top:30px;padding:24px 0;font-size:13px}.footer a{color:#fff}
.footer__menu{display:flex;flex-wrap:wrap;gap:16px;border-bottom:1px solid rgba(255,255,255,.3);padding-bottom:12px;margin-bottom:12px}
.footer__info p{margin:4px 0}.footer__badge img{height:40px}
@media (max-width:1024px){.container{width:100%;padding:0 12px}.detail__section{display:block}.detail__main,.detail__sidebar{width:100%}}
"""

SVG = """<svg xmlns="http://www.w3.org/2000/svg" style="display:none">
<symbol id="icon-search" viewBox="0 0 24 24"><path d="M15.5 14h-.79l-.28-.27A6.471 6.471 0 0 0 16 9.5 6.5 6.5 0 1 0 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19l-4.99-5zm-6 0C7.01 14 5 11.99 5 9.5S7.01 5 9.5 5 14 7.01 14 9.5 11.99 14 9.5 14z"/></symbol>
<symbol id="icon-facebook" viewBox="0 0 24 24"><path d="M22 12a10 10 0 1 0-11.56 9.88v-6.99H7.9V12h2.54V9.8c0-2.5 1.49-3.89 3.78-3.89 1.09 0 2.24.2 2.24.2v2.46h-1.26c-1.24 0-1.63.77-1.63 1.56V12h2.78l-.44 2.89h-2.34v6.99A10 10 0 0 0 22 12z"/></symbol>
<symbol id="icon-zalo" viewBox="0 0 24 24"><path d="M12 2C6.48 2 2 6.02 2 10.98c0 2.83 1.46 5.35 3.74 7.01V22l3.62-2c.84.23 1.72.35 2.64.35 5.52 0 10-4.02 10-8.98S17.52 2 12 2zm-3.6 11.6H5.7V8.4h1.2v4.1h1.5v1.1zm3.9 0h-1.1v-.4c-.3.3-.7.5-1.2.5-1 0-1.8-.8-1.8-1.9s.8-1.9 1.8-1.9c.5 0 .9.2 1.2.5v-.4h1.1v3.6zm1.6 0h-1.1V8.4h1.1v5.2zm3.3.1c-1.1 0-1.9-.8-1.9-1.9s.8-1.9 1.9-1.9 1.9.8 1.9 1.9-.8 1.9-1.9 1.9z"/></symbol>
<symbol id="icon-print" viewBox="0 0 24 24"><path d="M19 8H5c-1.66 0-3 1.34-3 3v6h4v4h12v-4h4v-6c0-1.66-1.34-3-3-3zm-3 11H8v-5h8v5zm3-7c-.55 0-1-.45-1-1s.45-1 1-1 1 .45 1 1-.45 1-1 1zm-1-9H6v4h12V3z"/></symbol>
<symbol id="icon-mail" viewBox="0 0 24 24"><path d="M20 4H4c-1.1 0-1.99.9-1.99 2L2 18c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2V6c0-1.1-.9-2-2-2zm0 4-8 5-8-5V6l8 5 8-5v2z"/></symbol>
<symbol id="icon-clock" viewBox="0 0 24 24"><path d="M11.99 2C6.47 2 2 6.48 2 12s4.47 10 9.99 10C17.52 22 22 17.52 22 12S17.52 2 11.99 2zM12 20c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8zm.5-13H11v6l5.25 3.15.75-1.23-4.5-2.67z"/></symbol>
<symbol id="icon-file" viewBox="0 0 24 24"><path d="M14 2H6c-1.1 0-1.99.9-1.99 2L4 20c0 1.1.89 2 1.99 2H18c1.1 0 2-.9 2-2V8l-6-6zm2 16H8v-2h8v2zm0-4H8v-2h8v2zm-3-5V3.5L18.5 9H13z"/></symbol>
</svg>"""

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu.htm", [("Chức năng, nhiệm vụ", "/gioi-thieu/chuc-nang-nhiem-vu.htm"),
                                       ("Lãnh đạo Bộ", "/gioi-thieu/lanh-dao-bo.htm"),
                                       ("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc.htm"),
                                       ("Lịch sử phát triển", "/gioi-thieu/lich-su-phat-trien.htm")]),
    ("Tin tức", "/tin-tuc.htm", [("Tin hoạt động", "/tin-hoat-dong.htm"),
                                 ("Tin địa phương", "/tin-dia-phuong.htm"),
                                 ("Thông báo", "/thong-bao.htm"),
                                 ("Tổ chức - Cán bộ", "/to-chuc-can-bo.htm"),
                                 ("Thị trường", "/thi-truong.htm")]),
    ("Lĩnh vực", "/linh-vuc.htm", [("Trồng trọt", "/trong-trot.htm"), ("Chăn nuôi", "/chan-nuoi.htm"),
                                   ("Thủy lợi", "/thuy-loi.htm"), ("Lâm nghiệp", "/lam-nghiep.htm"),
                                   ("Thủy sản", "/thuy-san.htm"), ("Đất đai", "/dat-dai.htm"),
                                   ("Môi trường", "/moi-truong.htm"),
                                   ("Khí tượng thủy văn", "/khi-tuong-thuy-van.htm")]),
    ("Văn bản", "/van-ban.htm", [("Văn bản quy phạm pháp luật", "/van-ban/quy-pham-phap-luat.htm"),
                                 ("Văn bản chỉ đạo, điều hành", "/van-ban/chi-dao-dieu-hanh.htm"),
                                 ("Dự thảo lấy ý kiến", "/van-ban/du-thao.htm")]),
    ("Dịch vụ công", "https://dichvucong.nnmt.gov.vn/", []),
    ("Hỏi đáp", "/hoi-dap.htm", []),
    ("Liên hệ", "/lien-he.htm", []),
]

EVENTS = [("Chuyển đổi số", "/tim-kiem.htm?keywords=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91"),
          ("Lúa gạo", "/tim-kiem.htm?keywords=l%C3%BAa"),
          ("Phòng chống thiên tai", "/tim-kiem.htm?keywords=thi%C3%AAn+tai"),
          ("Tín chỉ carbon", "/tim-kiem.htm?keywords=carbon")]
SEARCH_PATH = "/tim-kiem.htm?keywords=l%C3%BAa"


def head(title: str, desc: str, canonical: str, extra: str = "", og_type: str = "website",
         og_title: str | None = None) -> str:
    og_title = og_title or title
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="description" content="{esc(desc)}">
<meta name="keywords" content="nông nghiệp, môi trường, trồng trọt, thủy lợi, lâm nghiệp, chăn nuôi">
<meta name="robots" content="index,follow">
<meta name="copyright" content="{esc(SITE)}">
<meta name="author" content="{esc(SITE)}">
<meta property="og:site_name" content="{esc(SITE)}">
<meta property="og:type" content="{og_type}">
<meta property="og:title" content="{esc(og_title)}">
<meta property="og:description" content="{esc(desc)}">
<meta property="og:url" content="{canonical}">
<meta property="og:image" content="{CDN}/web_images/nnmt-share.jpg">
<link rel="canonical" href="{canonical}">
<link rel="alternate" type="application/rss+xml" title="RSS" href="{HOST}/rss/home.rss">
<link rel="shortcut icon" href="/web_images/favicon.ico" type="image/x-icon">
<link rel="preconnect" href="{CDN}">
<link rel="stylesheet" href="https://static.nnmt.gov.vn/web_css/main.min.css?v=20240611">
{extra}<style>{CSS}</style>
<script>
var pageSettings = {{DomainAPI: "https://api.nnmt.gov.vn", Domain: "{HOST}", sharefbApiDomain: "https://sharefb.cnnd.vn", videoplayer: "https://vcplayer.mediacdn.vn", VideoToken: "L3NjYWxlLzE0NC8", ajaxDomain: "https://s1.nnmt.gov.vn", commentSiteName: "nnmt", allowComment: false, imageDomain: "{CDN}"}};
var arfAsync = arfAsync || [];
function loadJsAsync(src, callback) {{ var s = document.createElement('script'); s.async = true; s.src = src; if (callback) s.onload = callback; document.head.appendChild(s); }}
</script>
</head>
"""


def header() -> str:
    today = f"{WD[TODAY.weekday()]}, ngày {dmy(TODAY)}"
    items = []
    for name, href, subs in MENU:
        sub = ""
        if subs:
            sub = ('<ul class="menu-nav__sub">' + "".join(
                f'<li><a href="{h}" title="{esc(n)}">{esc(n)}</a></li>' for n, h in subs) + "</ul>")
        items.append(f'<li class="menu-nav__item"><a class="menu-nav__link" href="{href}" '
                     f'title="{esc(name)}">{esc(name)}</a>{sub}</li>')
    ev = " ".join(f'<a href="{h}" title="{esc(n)}">#{esc(n)}</a>' for n, h in EVENTS)
    mobile = "".join(
        f'<li class="menu-mobile__item"><a href="{href}">{esc(name)}</a>'
        + ("<ul>" + "".join(f'<li><a href="{h}">{esc(n)}</a></li>' for n, h in subs) + "</ul>" if subs else "")
        + "</li>" for name, href, subs in MENU)
    return f"""<body class="body-detail">
{SVG}
<div id="admWrapsite">
<header class="header">
  <div class="header__top"><div class="container">
    <div class="header__date" id="dateNow">{today}</div>
    <div class="header__right">
      <a href="/rss.htm" title="RSS">RSS</a> | <a href="https://en.nnmt.gov.vn/" title="English">English</a> |
      <a href="/so-do-website.htm" title="Sơ đồ website">Sơ đồ website</a>
    </div>
  </div></div>
  <div class="container header__logo">
    <a href="/" title="{esc(SITE)}" class="header__logo-link"><img src="https://static.nnmt.gov.vn/web_images/logo-nnmt.png" alt="{esc(SITE)}" width="76" height="76"></a>
    <div class="header__brand"><div class="header__name">Bộ Nông nghiệp và Môi trường</div>
    <div class="header__slogan">Cổng Thông tin điện tử</div></div>
    <form class="header__search" action="/tim-kiem.htm" method="get">
      <input type="text" name="keywords" placeholder="Tìm kiếm tin tức" autocomplete="off" aria-label="Tìm kiếm tin tức">
      <button type="submit" aria-label="Tìm kiếm"><svg width="18" height="18"><use xlink:href="#icon-search"></use></svg></button>
    </form>
  </div>
  <nav class="menu-nav"><div class="container"><ul class="menu-nav__list">{"".join(items)}</ul></div></nav>
  <div class="container header__event"><span>Sự kiện:</span> {ev}</div>
  <div class="menu-mobile hidden" id="menuMobile"><ul class="menu-mobile__list">{mobile}</ul></div>
</header>
"""


LINKS = [("Cổng Thông tin điện tử Chính phủ", "https://chinhphu.vn"),
         ("Báo Điện tử Chính phủ", "https://baochinhphu.vn"),
         ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
         ("Hệ thống văn bản Chính phủ", "https://vanban.chinhphu.vn"),
         ("Bộ Kế hoạch và Đầu tư", "https://www.mpi.gov.vn"),
         ("Bộ Tài chính", "https://mof.gov.vn"),
         ("Bộ Công Thương", "https://moit.gov.vn"),
         ("Tổng cục Thống kê", "https://www.gso.gov.vn")]


DOCS = [("Thông tư số 12/2024/TT-BNNMT", "Quy định chi tiết về quản lý giống cây trồng lâm nghiệp", "10/06/2024"),
        ("Quyết định số 1952/QĐ-BNNMT", "Phê duyệt kế hoạch phòng, chống dịch bệnh động vật năm 2024", "06/06/2024"),
        ("Chỉ thị số 04/CT-BNNMT", "Tăng cường công tác phòng, chống thiên tai mùa mưa bão năm 2024", "28/05/2024"),
        ("Thông tư số 09/2024/TT-BNNMT", "Sửa đổi, bổ sung một số điều về quản lý thuốc bảo vệ thực vật", "20/05/2024"),
        ("Quyết định số 1640/QĐ-BNNMT", "Ban hành danh mục dịch vụ sự nghiệp công sử dụng ngân sách nhà nước", "09/05/2024"),
        ("Công văn số 2871/BNNMT-TT", "Hướng dẫn khung lịch thời vụ gieo cấy lúa vụ Mùa năm 2024", "02/05/2024")]


def slugify(s: str) -> str:
    s = unicodedata.normalize("NFD", s.lower().replace("đ", "d"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def docs_box() -> str:
    lis = "".join(
        f'<li class="doc-item"><a href="/van-ban/{slugify(n)}.htm" '
        f'title="{esc(t)}"><b>{esc(n)}</b></a><p class="doc-item__desc">{esc(t)}</p>'
        f'<span class="doc-item__date">Ban hành: {d}</span></li>' for n, t, d in DOCS)
    return (f'<div class="sidebar-box docs"><div class="sidebar-box__title">Văn bản mới</div>'
            f'<div class="sidebar-box__body"><ul class="doc-list">{lis}</ul>'
            f'<a class="sidebar-box__more" href="/van-ban.htm">Xem tất cả văn bản</a></div></div>')


def item_small(a: Art, with_time=True) -> str:
    t = f' <span class="box-stream-time">({dmy(a.pub)})</span>' if with_time else ""
    return (f'<li class="box-category-item"><a class="box-category-link-title" href="{a.path}" '
            f'data-id="{a.id}" title="{esc(a.title)}">{esc(a.title)}</a>{t}</li>')


def sidebar(exclude: str = "") -> str:
    most = [a for a in (A7, A2, A9, A3, A11, A6) if a.key != exclude][:5]
    links = "".join(f'<li><a href="{h}" target="_blank" rel="noopener" title="{esc(n)}">{esc(n)}</a></li>'
                    for n, h in LINKS)
    return f"""<aside class="detail__sidebar">
  <div class="sidebar-box"><a href="https://dichvucong.gov.vn" target="_blank" rel="noopener" class="banner-dvc">
    <img src="https://static.nnmt.gov.vn/web_images/banner-dichvucong.jpg" alt="Cổng Dịch vụ công quốc gia" width="340" height="90"></a></div>
  <div class="sidebar-box"><div class="sidebar-box__title">Đọc nhiều</div>
    <div class="sidebar-box__body"><ul class="box-category-list">{"".join(item_small(a) for a in most)}</ul></div></div>
  {docs_box()}
  <div class="sidebar-box"><div class="sidebar-box__title">Liên kết website</div>
    <div class="sidebar-box__body"><ul class="sidebar-link">{links}</ul>
    <select class="sidebar-select" onchange="if(this.value) window.open(this.value)">
      <option value="">-- Các bộ, ngành ở Trung ương --</option><option value="https://www.mod.gov.vn">Bộ Quốc phòng</option>
      <option value="https://bocongan.gov.vn">Bộ Công an</option><option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
      <option value="https://moh.gov.vn">Bộ Y tế</option><option value="https://mt.gov.vn">Bộ Giao thông vận tải</option>
    </select>
    <select class="sidebar-select" onchange="if(this.value) window.open(this.value)">
      <option value="">-- Sở Nông nghiệp các tỉnh, thành phố --</option><option value="https://snn.hanoi.gov.vn">Hà Nội</option>
      <option value="https://sonnptnt.thuathienhue.gov.vn">Thừa Thiên Huế</option><option value="https://snnptnt.angiang.gov.vn">An Giang</option>
    </select></div></div>
  <div class="sidebar-box poll"><div class="sidebar-box__title">Thăm dò ý kiến</div>
    <div class="sidebar-box__body"><p>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</p>
    <label><input type="radio" name="poll" value="1"> Đẹp, dễ sử dụng</label>
    <label><input type="radio" name="poll" value="2"> Bình thường</label>
    <label><input type="radio" name="poll" value="3"> Khó tìm thông tin</label>
    <button type="button" class="poll-vote">Biểu quyết</button> <button type="button" class="poll-result">Xem kết quả</button></div></div>
  <div class="sidebar-box counter"><div class="sidebar-box__title">Thống kê truy cập</div>
    <div class="sidebar-box__body"><p>Đang truy cập: <b>1.284</b></p><p>Hôm nay: <b>23.517</b></p>
    <p>Tổng lượt truy cập: <b>48.903.112</b></p></div></div>
</aside>"""


def footer() -> str:
    fm = " ".join(f'<a href="{h}">{esc(n)}</a>' for n, h, _ in MENU)
    return f"""<footer class="footer"><div class="container">
  <div class="footer__menu">{fm} <a href="/so-do-website.htm">Sơ đồ website</a></div>
  <div class="footer__info">
    <p><b>{esc(SITE).upper()}</b></p>
    <p>Cơ quan chủ quản: Bộ Nông nghiệp và Môi trường. Chịu trách nhiệm chính: Giám đốc Trung tâm Chuyển đổi số và Thống kê.</p>
    <p>Địa chỉ: Số 16 phố Nguyễn Công Trứ, phường Phạm Đình Hổ, quận Hai Bà Trưng, Hà Nội.</p>
    <p>Điện thoại: 024.3823.5xxx - Fax: 024.3823.6xxx - Email: banbientap@nnmt.gov.vn</p>
    <p>Giấy phép số 118/GP-TTĐT ngày 15/3/2022 của Cục Phát thanh, truyền hình và thông tin điện tử.</p>
    <p>Ghi rõ nguồn "{esc(SITE)}" khi phát hành lại thông tin từ nguồn này.</p>
  </div>
  <div class="footer__badge"><a href="https://tinnhiemmang.vn/danh-ba-tin-nhiem/nnmtgovvn-1702540032" title="Chung nhan Tin Nhiem Mang" target="_blank" rel="noopener">
    <img src="https://tinnhiemmang.vn/handle_cert?id=nnmt.gov.vn" width="150" height="auto" alt="Chứng nhận Tín Nhiệm Mạng"></a></div>
</div></footer>
</div>
<script src="https://static.nnmt.gov.vn/web_js/jquery-3.6.0.min.js"></script>
<script src="https://static.nnmt.gov.vn/web_js/lazysizes.min.js" async></script>
<script>
(function () {{
  var lazy = document.querySelectorAll('img.lazy-image[data-src]');
  function show(img) {{ img.src = img.getAttribute('data-src'); img.classList.remove('lazy-image'); }}
  if ('IntersectionObserver' in window) {{
    var io = new IntersectionObserver(function (entries) {{ entries.forEach(function (e) {{ if (e.isIntersecting) {{ show(e.target); io.unobserve(e.target); }} }}); }}, {{rootMargin: '200px'}});
    lazy.forEach(function (img) {{ io.observe(img); }});
  }} else {{ lazy.forEach(show); }}
}})();
</script>
<script>
  loadJsAsync('https://static.nnmt.gov.vn/web_js/detail.min.js?v=20240611');
  (function (i, s, o, g, r, a, m) {{ i['GoogleAnalyticsObject'] = r; i[r] = i[r] || function () {{ (i[r].q = i[r].q || []).push(arguments) }}, i[r].l = 1 * new Date(); a = s.createElement(o), m = s.getElementsByTagName(o)[0]; a.async = 1; a.src = g; m.parentNode.insertBefore(a, m) }})(window, document, 'script', 'https://www.google-analytics.com/analytics.js', 'ga');
  ga('create', 'UA-11xxxx82-1', 'auto'); ga('send', 'pageview');
</script>
</body>
</html>
"""


def stream_item(a: Art, sapo: bool = True) -> str:
    t = dmy_hm(a.pub) if (a.pub.hour or a.pub.minute) else dmy(a.pub)
    sp = f'<p class="box-stream-sapo" data-type="sapo">{esc(a.teaser)}</p>' if sapo else ""
    return f"""<div class="box-stream-item" data-id="{a.id}">
  <a class="box-stream-link-with-avatar" href="{a.path}" title="{esc(a.title)}" data-id="{a.id}">
    <img class="box-stream-avatar" src="{PIXEL}" data-src="{thumb(a.thumb)}" loading="lazy" alt="{esc(a.title)}" width="260" height="163"></a>
  <div class="box-stream-content">
    <h3><a class="box-stream-link-title" data-type="title" data-linktype="newsdetail" data-id="{a.id}" href="{a.path}" title="{esc(a.title)}">{esc(a.title)}</a></h3>
    <div class="box-stream-meta"><a class="box-stream-category" href="/{a.cat}.htm">{esc(CATS[a.cat])}</a> <span class="box-stream-time" data-time="{iso(a.pub)}">{t}</span></div>
    {sp}
  </div>
</div>"""


def page(title, desc, canonical, main, extra_head="", og_type="website", exclude="", og_title=None):
    return (head(title, desc, canonical, extra_head, og_type, og_title) + header()
            + f'<main class="main"><div class="container detail__section">\n'
            + f'<div class="detail__main">{main}</div>\n' + sidebar(exclude)
            + "\n</div></main>\n" + footer())


# --------------------------------------------------------------------------------------------
# Article bodies (invented text)
# --------------------------------------------------------------------------------------------

def body_a01(b: Body):
    b.p("Theo báo cáo của Cục Trồng trọt, trong 6 tháng đầu năm, sản xuất trồng trọt cơ bản thuận lợi dù chịu ảnh hưởng của nắng nóng kéo dài ở Nam Bộ và rét đậm đầu vụ tại các tỉnh phía Bắc. Tổng diện tích gieo trồng cây hằng năm đạt khoảng 5,6 triệu ha, tương đương cùng kỳ; riêng năng suất lúa Đông Xuân ước tăng 1,4 tạ/ha.")
    b.photo(img_url(A1.pub, "hoi-nghi-so-ket-trong-trot", 1),
            "Thứ trưởng Phạm Trọng Khải phát biểu chỉ đạo tại hội nghị", "Ảnh: Minh Đức")
    b.p("Phát biểu khai mạc, Cục trưởng Cục Trồng trọt Đỗ Minh Thạnh cho biết, cơ cấu giống lúa tiếp tục chuyển dịch theo hướng tăng tỷ lệ giống chất lượng cao, giống thơm đặc sản. Tại Đồng bằng sông Cửu Long, tỷ lệ diện tích sử dụng giống xác nhận đã vượt 70%, góp phần nâng giá trị hạt gạo xuất khẩu.")
    b.p("Đối với cây ăn quả, diện tích cả nước hiện đạt hơn 1,25 triệu ha. Nhiều vùng chuyên canh sầu riêng, bưởi, xoài đã được cấp mã số vùng trồng phục vụ xuất khẩu chính ngạch. Tuy nhiên, tình trạng mở rộng diện tích tự phát, vượt quy hoạch vẫn diễn ra ở một số địa phương Tây Nguyên và Đông Nam Bộ.")
    b.related_one(A2)
    b.p("Đại diện Sở Nông nghiệp các tỉnh Sơn La, Tiền Giang, Đắk Lắk chia sẻ kinh nghiệm xây dựng chuỗi liên kết giữa hợp tác xã và doanh nghiệp, trong đó doanh nghiệp ứng trước vật tư, bao tiêu sản phẩm theo giá sàn. Nhờ vậy, người trồng yên tâm đầu tư thâm canh, áp dụng quy trình sản xuất an toàn.")
    b.photo(img_url(A1.pub, "dai-bieu-du-hoi-nghi", 2),
            "Các đại biểu dự hội nghị tại điểm cầu Bộ Nông nghiệp và Môi trường", "Ảnh: Minh Đức")
    b.p("Kết luận hội nghị, Thứ trưởng Phạm Trọng Khải đề nghị các địa phương bám sát khung lịch thời vụ, chủ động nguồn nước cho vụ Hè Thu và vụ Mùa; đồng thời rà soát, điều chỉnh quy hoạch vùng trồng cây ăn quả gắn với nhu cầu thị trường, tránh phát triển nóng dẫn tới dư cung.")
    b.p("Thứ trưởng cũng giao Cục Trồng trọt phối hợp với Cục Bảo vệ thực vật tăng cường kiểm tra chất lượng giống, phân bón, thuốc bảo vệ thực vật lưu thông trên thị trường, kịp thời xử lý các trường hợp vi phạm, bảo vệ quyền lợi của nông dân.")
    b.sign_right("Thanh Hương")


def body_a02(b: Body):
    b.p("Theo số liệu tổng hợp từ các địa phương, vụ Đông Xuân 2023-2024 cả nước gieo cấy 2.952 nghìn ha lúa, giảm nhẹ so với vụ trước do một phần diện tích chuyển sang trồng cây ăn quả và nuôi trồng thủy sản. Năng suất bình quân ước đạt 67,9 tạ/ha, tăng 0,8 tạ/ha; sản lượng đạt khoảng 20,05 triệu tấn.")
    b.figure(img_url(A2.pub, "thu-hoach-lua-dong-xuan", 1),
             "Nông dân huyện Thoại Sơn (An Giang) thu hoạch lúa Đông Xuân", "Ảnh: Tư liệu")
    b.p("Kết quả sản xuất theo từng vùng được tổng hợp như sau:")
    b.table([
        ["Vùng", "Diện tích (nghìn ha)", "Năng suất (tạ/ha)", "Sản lượng (nghìn tấn)"],
        ["Đồng bằng sông Hồng", "480,2", "65,4", "3.140,5"],
        ["Trung du và miền núi phía Bắc", "203,7", "58,9", "1.199,8"],
        ["Bắc Trung Bộ và Duyên hải miền Trung", "611,5", "66,2", "4.048,1"],
        ["Tây Nguyên", "75,8", "63,1", "478,3"],
        ["Đông Nam Bộ", "70,6", "56,7", "400,3"],
        ["Đồng bằng sông Cửu Long", "1.510,2", "71,2", "10.752,6"],
        ["Cả nước", "2.952,0", "67,9", "20.019,6"],
    ])
    b.p("Đáng chú ý, tỷ lệ sử dụng giống lúa chất lượng cao tại Đồng bằng sông Cửu Long đạt gần 80% diện tích, chủ yếu là các giống OM 18, OM 5451, Đài Thơm 8 và ST 25. Giá lúa tươi tại ruộng dao động 7.200-8.100 đồng/kg, cao hơn cùng kỳ từ 800-1.000 đồng/kg, giúp nông dân có lãi khá.")
    b.p("Cục Trồng trọt khuyến cáo các địa phương phía Bắc hoàn thành thu hoạch, làm đất gieo cấy vụ Mùa đúng khung thời vụ; các tỉnh Nam Bộ xuống giống Hè Thu tập trung, né rầy, bảo đảm đủ nước tưới trong giai đoạn cây lúa đẻ nhánh.")
    b.source("Cục Trồng trọt")


def body_a03(b: Body):
    b.p("Sáng ngày 10/6, Thứ trưởng Trần Đức Khang dẫn đầu đoàn công tác của Bộ đã kiểm tra công tác phòng, chống thiên tai và chuẩn bị ứng phó mùa mưa bão năm 2024 tại tỉnh Quảng Nam. Cùng đi có đại diện Cục Quản lý đê điều và Phòng, chống thiên tai, Cục Thủy lợi.")
    b.img_em(img_url(A3.pub, "kiem-tra-ho-phu-ninh", 1),
             "Đoàn công tác kiểm tra cửa xả tràn hồ chứa nước Phú Ninh", "Ảnh: Quang Vinh")
    b.p("Tại hồ chứa nước Phú Ninh, đoàn đã kiểm tra hệ thống cửa van, thiết bị quan trắc và phương án vận hành điều tiết trong mùa lũ. Đại diện đơn vị quản lý cho biết, sau đợt sửa chữa hoàn thành ngày 25/12/2023, các hạng mục đập chính, tràn xả lũ đã bảo đảm an toàn, sẵn sàng vận hành theo quy trình liên hồ chứa.")
    b.p("Đoàn cũng khảo sát tuyến kè biển Tam Thanh, nơi từng bị sạt lở nghiêm trọng trong đợt triều cường cuối năm 2022. Hiện địa phương đã đầu tư gần 1,2 km kè kiên cố, kết hợp trồng phi lao chắn cát, giảm nguy cơ xâm thực đe dọa khu dân cư.")
    b.img_em(img_url(A3.pub, "ke-bien-tam-thanh", 2),
             "Tuyến kè biển Tam Thanh sau khi được gia cố", None)
    b.p("Báo cáo với đoàn, lãnh đạo UBND tỉnh Quảng Nam cho biết tỉnh đã kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn các cấp; xây dựng phương án sơ tán gần 20.000 hộ dân vùng trũng thấp, ven sông, ven biển khi có bão mạnh đổ bộ.")
    b.p("Thứ trưởng Trần Đức Khang ghi nhận sự chủ động của địa phương, đồng thời đề nghị tỉnh rà soát các hồ chứa nhỏ đã xuống cấp, bố trí lực lượng trực 24/24 giờ trong mùa mưa bão, không để bị động, bất ngờ trước các tình huống thiên tai cực đoan.")


def body_a04(b: Body):
    b.p("Kết quả điều tra của hệ thống bảo vệ thực vật cho thấy, từ cuối tháng 5 đến nay, rầy nâu vào đèn với mật độ cao tại nhiều tỉnh Đồng bằng sông Cửu Long như Đồng Tháp, An Giang, Cần Thơ và Sóc Trăng. Trên đồng ruộng, rầy cám tuổi 1-2 xuất hiện phổ biến trên trà lúa mới gieo 10-25 ngày.")
    b.p("Để chủ động bảo vệ sản xuất vụ Hè Thu 2024, Cục Bảo vệ thực vật đề nghị các địa phương chỉ đạo thực hiện các biện pháp sau:")
    b.ul([
        "Theo dõi chặt chẽ diễn biến rầy nâu vào bẫy đèn, thông báo kịp thời để nông dân gieo sạ né rầy theo lịch khuyến cáo.",
        "Sử dụng giống lúa kháng hoặc chống chịu rầy nâu, gieo sạ với mật độ hợp lý, không vượt quá 120 kg giống/ha.",
        "Bón phân cân đối, không bón thừa đạm; bón lót đầy đủ lân và kali để cây lúa cứng cáp.",
        "Chỉ phun thuốc khi mật độ rầy vượt ngưỡng 3.000 con/m², ưu tiên thuốc có nguồn gốc sinh học và tuân thủ nguyên tắc \"4 đúng\".",
        "Nhổ bỏ, tiêu hủy ngay các bụi lúa có triệu chứng vàng lùn, lùn xoắn lá để hạn chế nguồn bệnh lây lan.",
    ])
    b.p("Cục Bảo vệ thực vật cũng giao Chi cục Bảo vệ thực vật vùng phối hợp với các trạm trồng trọt và bảo vệ thực vật cấp huyện tổ chức tập huấn, hướng dẫn nông dân nhận biết và phòng trừ rầy nâu đúng kỹ thuật; báo cáo tình hình dịch hại định kỳ hằng tuần về Cục để tổng hợp.")
    b.empty()
    b.source("Cục Bảo vệ thực vật", style="")


def body_a05(b: Body):
    b.p("Trung tâm Khuyến nông Quốc gia thông báo tuyển dụng 12 chỉ tiêu viên chức năm 2024 theo hình thức xét tuyển, gồm các vị trí khuyến nông viên, chuyên viên truyền thông và kế toán viên. Thời gian nhận phiếu đăng ký dự tuyển từ ngày 06/6/2024 đến hết ngày 05/7/2024 trong giờ hành chính.")
    b.p("Chi tiết tiêu chuẩn, điều kiện và hồ sơ dự tuyển xem trong các văn bản đính kèm.")
    b.files([("Thông báo số 215/TB-KNQG.pdf", "/Uploaded/files/2024/6/5/TB-215-KNQG-tuyen-dung.pdf"),
             ("Phiếu đăng ký dự tuyển.docx", "/Uploaded/files/2024/6/5/phieu-dang-ky-du-tuyen.docx")])
    b.sign_right("Trung tâm Khuyến nông Quốc gia")


def body_a06(b: Body):
    b.p("Theo Cục Đăng ký và Dữ liệu thông tin đất đai, đến hết tháng 5/2024 đã có 48/63 tỉnh, thành phố hoàn thành kết nối cơ sở dữ liệu đất đai với hệ thống thông tin đất đai quốc gia. Hơn 10 triệu hồ sơ địa chính đã được số hóa, phục vụ tra cứu trực tuyến cho người dân và doanh nghiệp.")
    b.photo(img_url(A6.pub, "trung-tam-du-lieu-dat-dai", 1),
            "Cán bộ vận hành hệ thống thông tin đất đai quốc gia", "Ảnh: NNMT", lazy=True)
    b.h("Rút ngắn thời gian giải quyết thủ tục", 3)
    b.p("Tại nhiều địa phương, thời gian đăng ký biến động đất đai đã giảm từ 10 ngày xuống còn 3-5 ngày làm việc. Người dân có thể nộp hồ sơ trực tuyến qua Cổng Dịch vụ công quốc gia, theo dõi tiến độ xử lý và nhận kết quả tại nhà qua dịch vụ bưu chính công ích.")
    b.p("Ông Trần Quốc Vinh, Phó Cục trưởng Cục Đăng ký và Dữ liệu thông tin đất đai cho biết, việc liên thông dữ liệu với cơ quan thuế giúp xác định nghĩa vụ tài chính tự động, hạn chế sai sót và tình trạng người dân phải đi lại nhiều lần.")
    b.photo(img_url(A6.pub, "nguoi-dan-nop-ho-so-truc-tuyen", 2),
            "Người dân nộp hồ sơ đăng ký đất đai trực tuyến tại bộ phận một cửa", "Ảnh: Đức Anh", lazy=True)
    b.h("Khó khăn về nhân lực và kinh phí", 3)
    b.p("Bên cạnh kết quả đạt được, quá trình chuyển đổi số trong quản lý đất đai vẫn gặp không ít khó khăn. Một số địa phương chưa bố trí đủ kinh phí chỉnh lý hồ sơ địa chính; đội ngũ cán bộ công nghệ thông tin cấp huyện còn mỏng; dữ liệu giữa các thời kỳ chưa thống nhất.")
    b.p("Thời gian tới, Bộ sẽ tiếp tục hướng dẫn các tỉnh còn lại hoàn thành xây dựng cơ sở dữ liệu đất đai trong năm 2025, đồng thời triển khai các giải pháp bảo đảm an toàn, an ninh thông tin cho hệ thống.")
    b.sign_right("Hồng Nhung - Đức Anh")


def body_a07(b: Body):
    b.p("Theo số liệu của Tổng cục Thống kê, kim ngạch xuất khẩu nông lâm thủy sản 5 tháng đầu năm 2024 ước đạt 24,1 tỷ USD, tăng 20,9% so với cùng kỳ năm trước. Trong đó, nhóm nông sản chính đạt 12,4 tỷ USD, lâm sản chính 6,4 tỷ USD, thủy sản 3,6 tỷ USD.")
    b.related_box([A2, OLD[4], A1])
    b.photo(img_url(A7.pub, "dong-goi-trai-cay-xuat-khau", 1), None, None)
    b.p("Rau quả tiếp tục là điểm sáng khi đạt 2,4 tỷ USD, tăng hơn 30%, nhờ sầu riêng, chuối và thanh long mở rộng thị trường tại Trung Quốc, Hàn Quốc và Hoa Kỳ. Xuất khẩu gạo đạt 3,9 triệu tấn, trị giá gần 2,5 tỷ USD, tăng 36% về giá trị do giá bình quân duy trì ở mức cao.")
    b.p("Ở chiều ngược lại, kim ngạch nhập khẩu các mặt hàng nông lâm thủy sản ước khoảng 16,9 tỷ USD, chủ yếu là nguyên liệu thức ăn chăn nuôi, gỗ và sản phẩm gỗ, hạt điều thô. Thặng dư thương mại của toàn ngành đạt 7,2 tỷ USD, tăng 90% so với cùng kỳ.")
    b.photo(img_url(A7.pub, "che-bien-tom-xuat-khau", 2), None, "Ảnh: Trung Kiên")
    b.p("Cục Chất lượng, Chế biến và Phát triển thị trường nhận định, nhu cầu nông sản thế giới những tháng cuối năm dự báo tiếp tục tăng. Tuy nhiên, doanh nghiệp cần lưu ý các quy định mới về truy xuất nguồn gốc, chống phá rừng và phát thải carbon của Liên minh châu Âu.")
    b.source("Cục Chất lượng, Chế biến và Phát triển thị trường")


def body_a08(b: Body):
    b.p("Theo Viện Khoa học Thủy lợi miền Nam, mùa khô năm nay mặn xâm nhập sâu hơn trung bình nhiều năm, có thời điểm ranh mặn 4 g/l vào sâu 50-65 km tại các cửa sông Cửu Long. Tuy nhiên, nhờ dự báo sớm và chủ động tích trữ nước ngọt, thiệt hại đối với sản xuất được hạn chế ở mức thấp.")
    b.figure(img_url(A8.pub, "cong-cai-lon-van-hanh", 1),
             "Hệ thống cống Cái Lớn - Cái Bé vận hành ngăn mặn, giữ ngọt", "Ảnh: VGP/Văn Hải")
    b.h("Vận hành linh hoạt hệ thống công trình", 3)
    b.p("Các hệ thống công trình thủy lợi lớn như Cái Lớn - Cái Bé, Nam Măng Thít, Gò Công được vận hành theo con nước, đóng cống khi triều cường mang mặn và mở cống lấy nước khi độ mặn giảm. Nhờ vậy, gần 1,3 triệu ha lúa, cây ăn quả trong vùng được bảo đảm nguồn nước ngọt.")
    b.p("Tại tỉnh Bến Tre, địa phương chịu ảnh hưởng nặng nhất, các đơn vị đã lắp đặt 12 trạm bơm dã chiến, nạo vét hơn 300 km kênh mương nội đồng để trữ nước. Ngành nông nghiệp cũng hướng dẫn người trồng sầu riêng, bưởi da xanh dùng bồn trữ, túi trữ nước ngọt quy mô hộ gia đình.")
    b.figure(img_url(A8.pub, "nong-dan-tru-nuoc-ngot", 2),
             "Nông dân huyện Chợ Lách (Bến Tre) trữ nước ngọt tưới cây ăn quả", "Ảnh: VGP/Văn Hải")
    b.h("Hướng tới giải pháp căn cơ, lâu dài", 3)
    b.p("Về lâu dài, Bộ đang xây dựng đề án chuyển đổi mô hình sản xuất thích ứng với điều kiện mặn, lợ, ngọt luân phiên; ưu tiên đầu tư các hồ chứa nước ngọt phân tán, hệ thống kênh dẫn liên tỉnh và ứng dụng công nghệ quan trắc tự động độ mặn theo thời gian thực.")
    b.p("Lãnh đạo Cục Thủy lợi khẳng định, cùng với công trình, việc thay đổi tư duy sản xuất của người dân, chuyển từ \"chống\" sang \"thuận thiên\" là yếu tố quyết định để Đồng bằng sông Cửu Long phát triển bền vững.")
    b.sign_right("Văn Hải")


def body_a09(b: Body):
    b.p("Theo Cục Lâm nghiệp và Kiểm lâm, năm 2023, tổng số tiền chi trả dịch vụ môi trường rừng đạt hơn 3.600 tỷ đồng, góp phần nâng cao thu nhập cho khoảng 500.000 hộ gia đình, cộng đồng tham gia bảo vệ rừng. Đây là nguồn tài chính ổn định, bổ sung cho ngân sách nhà nước đầu tư cho lâm nghiệp.")
    b.photo(img_url(A9.pub, "rung-phong-ho-dau-nguon", 1),
            "Rừng phòng hộ đầu nguồn tại huyện Nam Trà My, tỉnh Quảng Nam", "Ảnh: VGP/Đỗ Hương", sep=". ")
    b.p("Cũng trong năm qua, Việt Nam đã hoàn tất giao dịch chuyển nhượng 10,3 triệu tấn CO₂ giảm phát thải từ rừng vùng Bắc Trung Bộ cho Ngân hàng Thế giới, thu về khoảng 51,5 triệu USD. Phần lớn số tiền này được chi trả trực tiếp cho các chủ rừng, ban quản lý rừng và cộng đồng dân cư thôn bản.")
    b.h("Cần khung pháp lý đồng bộ", 3)
    b.p("Theo các chuyên gia, để phát triển thị trường tín chỉ carbon rừng, cần sớm hoàn thiện quy định về quyền sở hữu tín chỉ, cơ chế đo đạc, báo cáo và thẩm định; đồng thời xây dựng hệ thống đăng ký quốc gia bảo đảm minh bạch, tránh tính trùng.")
    b.p("Ông Hà Quốc Lâm, chuyên gia lâm nghiệp cho rằng, người giữ rừng phải là người được hưởng lợi nhiều nhất từ tín chỉ carbon. \"Nếu tiền không đến được tay người dân, sẽ rất khó duy trì động lực bảo vệ rừng trong dài hạn\", ông Lâm nhấn mạnh.")
    b.photo(img_url(A9.pub, "tuan-tra-bao-ve-rung", 2),
            "Tổ cộng đồng tuần tra bảo vệ rừng tại xã Trà Leng", "Ảnh: VGP/Đỗ Hương", sep=". ")
    b.h("Nâng chất lượng rừng trồng", 3)
    b.p("Cùng với bảo vệ rừng tự nhiên, ngành lâm nghiệp đặt mục tiêu chuyển đổi 30% diện tích rừng trồng keo chu kỳ ngắn sang kinh doanh gỗ lớn vào năm 2030. Rừng gỗ lớn không chỉ cho giá trị kinh tế cao hơn mà còn hấp thụ, lưu giữ lượng carbon lớn hơn đáng kể.")
    b.p("Bộ Nông nghiệp và Môi trường đang phối hợp với các bộ, ngành xây dựng Nghị định sửa đổi về chi trả dịch vụ môi trường rừng, bổ sung dịch vụ hấp thụ và lưu giữ carbon, dự kiến trình Chính phủ trong quý III năm nay.")


def body_a10(b: Body):
    b.p("Chiều 16/5, tại trụ sở Bộ, Thứ trưởng Trần Đức Khang đã trao Quyết định số 1789/QĐ-BNNMT của Bộ trưởng về việc bổ nhiệm ông Đặng Quang Tuấn, Trưởng phòng Quản lý khai thác công trình thủy lợi, giữ chức vụ Phó Cục trưởng Cục Thủy lợi. Thời hạn giữ chức vụ là 5 năm kể từ ngày ký.")
    b.img_em(HOST + "/Uploaded/tochuccanbo/2024_05_16/trao-quyet-dinh-pho-cuc-truong.jpg",
             "Thứ trưởng Trần Đức Khang trao quyết định bổ nhiệm cho ông Đặng Quang Tuấn",
             "Ảnh: Văn Tuấn", relative=True)
    b.p("Phát biểu giao nhiệm vụ, Thứ trưởng đề nghị ông Đặng Quang Tuấn phát huy kinh nghiệm công tác, cùng tập thể lãnh đạo Cục thực hiện tốt nhiệm vụ quản lý nhà nước về thủy lợi, nhất là công tác bảo đảm an toàn đập, hồ chứa trong mùa mưa lũ.")
    b.p("Thay mặt cán bộ được bổ nhiệm, ông Đặng Quang Tuấn cảm ơn sự tin tưởng của lãnh đạo Bộ và hứa sẽ nỗ lực học hỏi, đoàn kết, cùng tập thể hoàn thành tốt các nhiệm vụ được giao.")
    b.sign_right("Vụ Tổ chức cán bộ")


def body_a11(b: Body):
    b.p("Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, do ảnh hưởng của rãnh áp thấp kết hợp với gió đông nam, từ đêm 13/5 đến ngày 15/5, khu vực vùng núi và trung du Bắc Bộ có mưa vừa, mưa to, có nơi mưa rất to với tổng lượng phổ biến 60-120 mm, cục bộ trên 200 mm.")
    b.p("Cảnh báo cấp độ rủi ro thiên tai do lũ quét, sạt lở đất, sụt lún đất: cấp 1. Các khu vực có nguy cơ cao gồm:")
    b.ul([
        "Tỉnh Lào Cai: các huyện Bát Xát, Sa Pa, Văn Bàn;",
        "Tỉnh Hà Giang: các huyện Hoàng Su Phì, Xín Mần, Bắc Quang;",
        "Tỉnh Yên Bái: các huyện Mù Cang Chải, Trạm Tấu, Văn Chấn;",
        "Tỉnh Lai Châu: các huyện Phong Thổ, Tam Đường, Sìn Hồ.",
    ], tag="ol")
    b.p("Mưa lớn có khả năng gây ngập úng cục bộ tại vùng trũng thấp, lũ quét trên các sông, suối nhỏ và sạt lở đất trên sườn dốc. Các địa phương cần theo dõi chặt chẽ bản tin cảnh báo, chủ động di dời người dân khỏi khu vực nguy hiểm, hạn chế đi lại qua ngầm, tràn khi có mưa lớn.")
    b.source("Trung tâm Dự báo khí tượng thủy văn quốc gia")


def body_a12(b: Body):
    b.p("Theo thống kê của Cục Chăn nuôi, từ đầu năm 2024 đến nay, cả nước đã xảy ra 187 ổ dịch tả lợn châu Phi tại 24 tỉnh, thành phố, buộc phải tiêu hủy hơn 9.800 con lợn. Số ổ dịch tuy giảm so với cùng kỳ nhưng vẫn tiềm ẩn nguy cơ bùng phát do thời tiết nắng nóng và hoạt động vận chuyển lợn gia tăng.")
    b.photo_table(img_url(A12.pub, "phun-khu-trung-chuong-trai", 1),
                  "Cán bộ thú y phun khử trùng chuồng trại tại huyện Phú Bình, Thái Nguyên",
                  "Ảnh: Minh Phương")
    b.p("Để kiểm soát dịch bệnh, Cục Chăn nuôi đề nghị UBND các tỉnh, thành phố chỉ đạo thực hiện nghiêm các nội dung sau:")
    b.lines([
        "- Tăng cường giám sát, phát hiện sớm, xử lý triệt để ổ dịch ngay khi mới phát sinh;",
        "- Kiểm soát chặt chẽ vận chuyển, giết mổ lợn, xử lý nghiêm trường hợp vứt xác lợn ra môi trường;",
        "- Hướng dẫn người chăn nuôi áp dụng các biện pháp an toàn sinh học, sử dụng vắc xin theo khuyến cáo.",
    ])
    b.p("Cục Chăn nuôi cũng lưu ý các địa phương bố trí kinh phí hỗ trợ người chăn nuôi có lợn buộc phải tiêu hủy theo quy định, tạo điều kiện để người dân sớm tái đàn an toàn khi dịch được kiểm soát.")
    b.sign_right("Minh Phương")


# --------------------------------------------------------------------------------------------
# Article page descriptions: date block, lead, author/unit fields.
# --------------------------------------------------------------------------------------------

SPEC = {
    # key: (body fn, date html, truth date fields, lead, prefix, authors, unit, author_html, tags)
    "a01": dict(body=body_a01,
                date=f'<div class="detail-time"><!-- {A1.pub:%Y-%m-%d} 08:31:47 --><div data-role="publishdate">{dmy_hm(A1.pub)}</div></div>',
                pub=A1.pub, upd=None, label=None,
                prefix="(Chinhphu.vn) -",
                lead="Ngày 13/6, tại Hà Nội, Bộ Nông nghiệp và Môi trường tổ chức hội nghị sơ kết sản xuất trồng trọt 6 tháng đầu năm và triển khai kế hoạch các tháng cuối năm 2024, kết nối trực tuyến với 63 tỉnh, thành phố.",
                authors=["Thanh Hương"], unit=None, tags=["trồng trọt", "sơ kết 6 tháng", "cây ăn quả"]),
    "a02": dict(body=body_a02,
                date=f'<div class="detail-time"><span class="detail-time__weekday">{WD[A2.pub.weekday()]}</span>, <span data-role="publishdate">{dmy_hm(A2.pub)}</span> <span class="detail-time__tz">(GMT+7)</span></div>',
                pub=A2.pub, upd=None, label=None, prefix=None,
                lead="Vụ Đông Xuân 2023-2024 kết thúc với năng suất lúa bình quân cả nước ước đạt 67,9 tạ/ha, tăng 0,8 tạ/ha so với vụ trước; Đồng bằng sông Cửu Long tiếp tục là vùng có năng suất cao nhất.",
                authors=[], unit="Cục Trồng trọt", tags=["lúa", "Đông Xuân"]),
    "a03": dict(body=body_a03,
                date=f'<div class="detail-time"><span class="detail-time__label">Cập nhật:</span> <span data-role="publishdate">{A3.pub:%d/%m/%Y, %H:%M}</span></div>',
                pub=A3.pub, upd=None, label="Cập nhật", prefix="(NNMT) –",
                lead="Trước diễn biến thời tiết cực đoan, Thứ trưởng Trần Đức Khang yêu cầu tỉnh Quảng Nam hoàn thành rà soát an toàn hồ đập, đê kè trước ngày 30/6.",
                authors=["Lê Minh"], unit=None,
                author_html='<div class="detail-author"><span class="detail-author__label">Tác giả:</span> <a class="detail-author__name" href="/tac-gia/le-minh.htm">Lê Minh</a></div>',
                tags=["phòng chống thiên tai", "Quảng Nam"]),
    "a04": dict(body=body_a04,
                date=f'<div class="detail-time"><div data-role="publishdate">{dmy_hm(A4.pub)}</div></div>',
                pub=A4.pub, upd=None, label=None, prefix=None, lead=None,
                authors=[], unit="Cục Bảo vệ thực vật", tags=["rầy nâu", "lúa Hè Thu"]),
    "a05": dict(body=body_a05,
                date=f'<div class="detail-time"><span class="detail-time__label">Ngày đăng:</span> <span data-role="publishdate">{dmy(A5.pub)}</span></div>',
                pub=A5.pub, upd=None, label="Ngày đăng", prefix=None, lead=None,
                authors=[], unit="Trung tâm Khuyến nông Quốc gia", tags=["tuyển dụng"]),
    "a06": dict(body=body_a06,
                date=(f'<div class="detail-time"><span class="detail-time__label">Ngày đăng:</span> '
                      f'<span data-role="publishdate">{dmy_hm(A6.pub)}</span> <span class="sep">|</span> '
                      f'<span class="detail-time__label">Cập nhật:</span> <span data-role="modifydate">04/06/2024 14:30</span></div>'),
                pub=A6.pub, upd=D(2024, 6, 4, 14, 30), label="Ngày đăng", prefix=None,
                lead="Việc số hóa hồ sơ địa chính và kết nối cơ sở dữ liệu đất đai giữa Trung ương với địa phương đang giúp rút ngắn đáng kể thời gian giải quyết thủ tục hành chính về đất đai.",
                authors=["Hồng Nhung", "Đức Anh"], unit=None, tags=["chuyển đổi số", "đất đai"]),
    "a07": dict(body=body_a07,
                date=f'<div class="detail-time"><div data-role="publishdate">{dmy_hm(A7.pub)}</div></div>',
                pub=A7.pub, upd=None, label=None, prefix=None,
                lead="Kim ngạch xuất khẩu nông lâm thủy sản 5 tháng đầu năm 2024 ước đạt 24,1 tỷ USD, tăng gần 21% so với cùng kỳ; thặng dư thương mại toàn ngành đạt 7,2 tỷ USD.",
                authors=[], unit="Cục Chất lượng, Chế biến và Phát triển thị trường",
                tags=["xuất khẩu", "nông sản"], related_gone=True),
    "a08": dict(body=body_a08,
                date=f'<div class="detail-time"><span data-role="publishdate">{A8.pub:%d/%m/%Y | %H:%M}</span></div>',
                pub=A8.pub, upd=None, label=None, prefix=None,
                lead="Nhờ dự báo sớm và vận hành linh hoạt các hệ thống thủy lợi, mùa khô 2023-2024 ở Đồng bằng sông Cửu Long không xảy ra thiệt hại lớn về sản xuất do hạn hán, xâm nhập mặn.",
                authors=["Văn Hải"], unit=None, tags=["xâm nhập mặn", "Đồng bằng sông Cửu Long"]),
    "a09": dict(body=body_a09,
                date=f'<div class="detail-time"><span data-role="publishdate">{WD[A9.pub.weekday()]}, {A9.pub:%d/%m/%Y - %H:%M}</span></div>',
                pub=A9.pub, upd=None, label=None, prefix="(Chinhphu.vn) -",
                lead="Không chỉ là lá phổi xanh, rừng đang trở thành nguồn tài sản có thể định giá thông qua dịch vụ môi trường rừng và thị trường tín chỉ carbon, mở ra sinh kế mới cho người giữ rừng.",
                authors=["Ngọc Ánh"], unit=None,
                author_html='<div class="detail-author" data-role="author">Ngọc Ánh</div>',
                tags=["tín chỉ carbon", "lâm nghiệp"]),
    "a10": dict(body=body_a10,
                date=f'<div class="detail-time"><div data-role="publishdate">{dmy_hm(A10.pub)}</div></div>',
                pub=A10.pub, upd=None, label=None, prefix=None, lead=None,
                authors=[], unit="Vụ Tổ chức cán bộ", tags=["bổ nhiệm", "Cục Thủy lợi"]),
    "a11": dict(body=body_a11,
                date=f'<div class="detail-time"><span class="detail-time__label">Đăng lúc:</span> <span data-role="publishdate">{A11.pub:%H:%M %d/%m/%Y}</span></div>',
                pub=A11.pub, upd=None, label="Đăng lúc", prefix=None,
                lead="Mưa lớn diện rộng từ đêm 13/5 có thể gây lũ quét, sạt lở đất tại nhiều huyện vùng núi phía Bắc.",
                authors=[], unit="Trung tâm Dự báo khí tượng thủy văn quốc gia",
                tags=["lũ quét", "sạt lở đất", "cảnh báo thiên tai"]),
    "a12": dict(body=body_a12,
                date=f'<div class="detail-time"><div data-role="publishdate">{dmy_hm(A12.pub)}</div></div>',
                pub=A12.pub, upd=None, label=None, prefix="NNMT -",
                lead="Trước nguy cơ dịch tả lợn châu Phi tái bùng phát trong mùa nắng nóng, Cục Chăn nuôi đề nghị các địa phương siết chặt kiểm soát vận chuyển, giết mổ lợn.",
                authors=["Minh Phương"], unit=None, tags=["dịch tả lợn châu Phi", "chăn nuôi"]),
}


def breadcrumb(cat: str) -> str:
    items = ['<li><a href="/" title="Trang chủ">Trang chủ</a></li>']
    if cat in PARENT:
        n, h = PARENT[cat]
        items.append(f'<li><a href="{h}" title="{esc(n)}">{esc(n)}</a></li>')
    else:
        items.append('<li><a href="/linh-vuc.htm" title="Lĩnh vực">Lĩnh vực</a></li>')
    items.append(f'<li class="active"><a href="/{cat}.htm" data-role="cate-name" title="{esc(CATS[cat])}">{esc(CATS[cat])}</a></li>')
    return f'<div class="detail-breadcrumb"><ul class="breadcrumb">{"".join(items)}</ul></div>'


def article_page(a: Art) -> tuple[str, dict]:
    s = SPEC[a.key]
    b = Body(a.title)
    s["body"](b)
    sapo = ""
    if s["lead"]:
        shown = (s["prefix"] + " " if s["prefix"] else "") + s["lead"]
        sapo = f'<h2 class="detail-sapo" data-role="sapo">{esc(shown)}</h2>'
    tags = "".join(
        f'<li><a href="/tim-kiem.htm?keywords={quote_plus(t)}" title="{esc(t)}">{esc(t)}</a></li>'
        for t in s["tags"])
    others = [x for x in MAIN if x.key != a.key]
    idx = MAIN.index(a)
    related = (others[idx:idx + 3] if idx + 3 <= len(others) else others[:3])
    rel_items = "".join(stream_item(x, sapo=False) for x in related)
    if s.get("related_gone"):
        rel_items += stream_item(GONE, sapo=False)
    same = [x for x in MAIN + OLD if x.key != a.key][:10]
    zone_items = [x for x in OLD + MAIN[::-1] if x.key != a.key and x not in related][:4]
    jsonld = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": a.url},
        "headline": a.title, "description": s["lead"] or a.teaser,
        "image": {"@type": "ImageObject", "url": a.thumb, "width": 1200, "height": 800},
        "datePublished": iso(s["pub"]), "dateModified": iso(s["upd"] or s["pub"]),
        "author": {"@type": "Organization", "name": SITE},
        "publisher": {"@type": "Organization", "name": SITE,
                      "logo": {"@type": "ImageObject", "url": "https://static.nnmt.gov.vn/web_images/logo-nnmt.png"}},
    }
    extra = (f'<meta property="article:published_time" content="{iso(s["pub"])}">\n'
             + (f'<meta property="article:modified_time" content="{iso(s["upd"])}">\n' if s["upd"] else "")
             + f'<meta property="article:section" content="{esc(CATS[a.cat])}">\n'
             + '<script type="application/ld+json">' + json.dumps(jsonld, ensure_ascii=False) + "</script>\n")
    main = f"""
{breadcrumb(a.cat)}
<div class="detail__cmain" data-newsid="{a.id}" data-zoneid="{1000 + list(CATS).index(a.cat)}">
  <h1 class="detail-title" data-role="title">{esc(a.title)}</h1>
  <div class="detail-info">
    {s["date"]}
    <div class="detail-share">
      <a href="https://www.facebook.com/sharer/sharer.php?u={a.url}" class="share-fb" rel="nofollow" target="_blank" title="Chia sẻ Facebook"><svg width="20" height="20"><use xlink:href="#icon-facebook"></use></svg></a>
      <a href="javascript:;" class="share-zalo" data-href="{a.url}" title="Chia sẻ Zalo"><svg width="20" height="20"><use xlink:href="#icon-zalo"></use></svg></a>
      <a href="javascript:window.print();" class="share-print" title="In bài"><svg width="20" height="20"><use xlink:href="#icon-print"></use></svg></a>
      <a href="mailto:?subject={esc(a.title)}&amp;body={a.url}" class="share-mail" title="Gửi email"><svg width="20" height="20"><use xlink:href="#icon-mail"></use></svg></a>
    </div>
  </div>
  {sapo}
  <div class="detail-content afcbc-body" data-role="content" itemprop="articleBody">
    <div data-check-position="body_start"></div>
{b.html()}
    <div data-check-position="body_end" class="clearfix"></div>
  </div>
  {s.get("author_html", "")}
  <div class="detail-tag"><span class="detail-tag__label">Từ khóa:</span><ul class="detail-tag-list">{tags}</ul></div>
  <div class="detail-social">
    <a href="javascript:window.print();" class="detail-print">In bài</a> <a href="javascript:history.back();" class="detail-back">Quay lại</a>
    <a href="#" class="detail-top">Về đầu trang</a>
  </div>
  <div class="detail__related"><div class="box-heading">Tin liên quan</div><div class="box-stream">{rel_items}</div></div>
  <div class="box-category box-category--zone"><div class="box-heading"><a href="/{a.cat}.htm">Tin cùng chuyên mục</a></div>
    <div class="box-stream">{"".join(stream_item(x) for x in zone_items)}</div></div>
  <div class="box-category box-category--other"><div class="box-heading">Các tin khác</div>
    <ul class="box-category-list">{"".join(item_small(x) for x in same)}</ul></div>
  <div class="detail-date-form"><form action="/tin-tuc.htm" method="get"><label>Xem tin theo ngày</label>
    <input type="date" name="date" value="{TODAY:%Y-%m-%d}"><button type="submit">Xem</button></form></div>
</div>
"""
    page_html = page(f"{a.title} | {SHORT}", s["lead"] or a.teaser, a.url, main, extra, "article", a.key,
                     og_title=a.title)
    expected = {
        "title": norm(a.title),
        "agency_prefix": s["prefix"],
        "lead": norm(s["lead"]) if s["lead"] else None,
        "text": "\n\n".join(b.text),
        "published_at": iso(s["pub"]),
        "updated_at": iso(s["upd"]),
        "date_label": s["label"],
        "authors": s["authors"],
        "unit": s["unit"],
        "images": b.images,
        "category": CATS[a.cat],
    }
    return page_html, expected


# --------------------------------------------------------------------------------------------
# Non-article pages
# --------------------------------------------------------------------------------------------

def list_main(title: str, cat_path: str, items: list[Art], more: str = "") -> str:
    return f"""
<div class="detail-breadcrumb"><ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li class="active"><a href="{cat_path}" data-role="cate-name">{esc(title)}</a></li></ul></div>
<h1 class="list__title">{esc(title)}</h1>
<div class="box-stream list__lmain timeline_list" data-zone="{cat_path}">
{"".join(stream_item(x) for x in items)}
</div>
{more}
"""


def home_page() -> str:
    top = A1
    focus = f"""<div class="box-focus">
  <a class="box-focus-link-with-avatar" href="{top.path}" title="{esc(top.title)}"><img class="box-focus-avatar" src="{thumb(top.thumb, 'zoom/560_350')}" alt="{esc(top.title)}"></a>
  <div class="box-focus-content"><h2><a class="box-focus-link-title" data-id="{top.id}" href="{top.path}" title="{esc(top.title)}">{esc(top.title)}</a></h2>
  <span class="box-stream-time">{dmy_hm(top.pub)}</span><p class="box-focus-sapo">{esc(top.teaser)}</p></div>
</div>"""
    latest = "".join(stream_item(x) for x in (A2, A3, A4, A5, A6, A7))
    sections = ""
    for name, path, arts in (("Thủy lợi - Phòng chống thiên tai", "/thuy-loi.htm", [A8, A11, OLD[1]]),
                             ("Lâm nghiệp", "/lam-nghiep.htm", [A9, OLD[3]]),
                             ("Tổ chức - Cán bộ", "/to-chuc-can-bo.htm", [A10]),
                             ("Chăn nuôi", "/chan-nuoi.htm", [A12])):
        sections += (f'<div class="box-category" data-path="{path}"><div class="box-heading"><a href="{path}">{esc(name)}</a></div>'
                     f'<ul class="box-category-list">{"".join(item_small(x) for x in arts)}</ul></div>\n')
    main = f"""<h1 class="hidden">{esc(SITE)}</h1>
{focus}
<div class="box-heading"><a href="/tin-tuc.htm">Tin mới</a></div>
<div class="box-stream">{latest}</div>
<a class="list__viewmore" href="/tin-tuc.htm">Xem tất cả tin tức</a>
{sections}
<div class="box-category"><div class="box-heading">Thông tin cần biết</div>
<ul class="box-category-list"><li><a href="/gioi-thieu/chuc-nang-nhiem-vu.htm">Chức năng, nhiệm vụ của Bộ</a></li>
<li><a href="/lien-he.htm">Danh bạ liên hệ các đơn vị thuộc Bộ</a></li>
<li><a href="/trong-trot.htm">Chuyên mục Trồng trọt</a></li></ul></div>"""
    return page(SITE, "Thông tin chính thống về nông nghiệp, môi trường, tài nguyên", HOST + "/", main)


def news_page() -> str:
    more = ('<a class="list__viewmore" href="/timelinelist/1021/2.htm" data-page="2" data-zone="1021" '
            'title="Xem thêm">Xem thêm</a>')
    main = list_main("Tin tức", "/tin-tuc.htm", [A1, A2, A3, A4, A5, A6, A7, A8], more)
    return page(f"Tin tức | {SHORT}", "Tin tức hoạt động của Bộ Nông nghiệp và Môi trường",
                HOST + "/tin-tuc.htm", main)


def timeline_page() -> str:
    # The CMS's "Xem thêm" endpoint: a bare fragment, no <html>/<head>, loaded by script.
    return "\n".join(stream_item(x) for x in [A9, A10, A11, A12] + OLD) + "\n"


def trongtrot_page() -> str:
    more = '<a class="list__viewmore" href="/timelinelist/1002/2.htm" data-page="2" data-zone="1002">Xem thêm</a>'
    main = list_main("Trồng trọt", "/trong-trot.htm", [A1, A2, A4, OLD[0], OLD[2]], more)
    return page(f"Trồng trọt | {SHORT}", "Tin tức lĩnh vực trồng trọt", HOST + "/trong-trot.htm", main)


def static_page() -> str:
    duties = [
        "Trình Chính phủ dự án luật, dự thảo nghị quyết của Quốc hội, dự thảo nghị định của Chính phủ về nông nghiệp, lâm nghiệp, thủy sản, thủy lợi, đất đai, tài nguyên nước, môi trường và khí tượng thủy văn.",
        "Ban hành thông tư, quyết định, chỉ thị và các văn bản khác về quản lý nhà nước thuộc phạm vi quản lý của Bộ.",
        "Chỉ đạo, hướng dẫn, kiểm tra và tổ chức thực hiện chiến lược, quy hoạch, kế hoạch phát triển ngành sau khi được phê duyệt.",
        "Quản lý nhà nước về phòng, chống thiên tai; an toàn đập, hồ chứa nước; điều tra cơ bản về tài nguyên và môi trường.",
        "Thực hiện hợp tác quốc tế trong các lĩnh vực thuộc phạm vi quản lý của Bộ theo quy định của pháp luật.",
    ]
    lis = "".join(f"<li>{esc(x)}</li>" for x in duties)
    main = f"""<div class="detail-breadcrumb"><ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu.htm">Giới thiệu</a></li><li class="active"><a href="/gioi-thieu/chuc-nang-nhiem-vu.htm">Chức năng, nhiệm vụ</a></li></ul></div>
<h1 class="detail-title">Chức năng, nhiệm vụ</h1>
<div class="detail-content static-content">
<p>Bộ Nông nghiệp và Môi trường là cơ quan của Chính phủ, thực hiện chức năng quản lý nhà nước về nông nghiệp, lâm nghiệp, diêm nghiệp, thủy sản, thủy lợi, phát triển nông thôn, đất đai, tài nguyên nước, khoáng sản, địa chất, môi trường, khí tượng thủy văn, đo đạc và bản đồ, biển và hải đảo; quản lý nhà nước các dịch vụ công trong các ngành, lĩnh vực thuộc phạm vi quản lý của Bộ.</p>
<p><strong>Bộ có các nhiệm vụ, quyền hạn chủ yếu sau:</strong></p>
<ol>{lis}</ol>
<p>Cơ cấu tổ chức của Bộ gồm các vụ, cục, thanh tra, văn phòng và các đơn vị sự nghiệp công lập trực thuộc. Danh sách chi tiết xem tại mục <a href="/gioi-thieu/co-cau-to-chuc.htm">Cơ cấu tổ chức</a>.</p>
</div>"""
    return page(f"Chức năng, nhiệm vụ | {SHORT}", "Chức năng, nhiệm vụ của Bộ",
                HOST + "/gioi-thieu/chuc-nang-nhiem-vu.htm", main)


def contact_page() -> str:
    rows = [("Văn phòng Bộ", "024.3846.8161", "vanphong@nnmt.gov.vn"),
            ("Vụ Tổ chức cán bộ", "024.3843.8802", "vutccb@nnmt.gov.vn"),
            ("Cục Trồng trọt", "024.3823.4651", "cuctrongtrot@nnmt.gov.vn"),
            ("Cục Bảo vệ thực vật", "024.3533.0361", "bvtv@nnmt.gov.vn"),
            ("Cục Chăn nuôi", "024.3734.5443", "cucchannuoi@nnmt.gov.vn"),
            ("Cục Thủy lợi", "024.3733.5703", "cucthuyloi@nnmt.gov.vn"),
            ("Cục Lâm nghiệp và Kiểm lâm", "024.3843.8792", "lamnghiep@nnmt.gov.vn"),
            ("Trung tâm Chuyển đổi số và Thống kê", "024.3823.5219", "banbientap@nnmt.gov.vn")]
    trs = "".join(f"<tr><td>{i}</td><td>{esc(n)}</td><td>{p}</td><td><a href=\"mailto:{e}\">{e}</a></td></tr>"
                  for i, (n, p, e) in enumerate(rows, 1))
    main = f"""<div class="detail-breadcrumb"><ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li class="active"><a href="/lien-he.htm">Liên hệ</a></li></ul></div>
<h1 class="detail-title">Liên hệ</h1>
<div class="contact-info">
<p><strong>Ban Biên tập Cổng Thông tin điện tử Bộ Nông nghiệp và Môi trường</strong></p>
<p>Địa chỉ: Số 16 phố Nguyễn Công Trứ, phường Phạm Đình Hổ, quận Hai Bà Trưng, Hà Nội</p>
<p>Điện thoại: 024.3823.5xxx - Email: banbientap@nnmt.gov.vn</p>
</div>
<h2 class="box-heading">Danh bạ điện thoại các đơn vị thuộc Bộ</h2>
<table class="table-data contact-table" border="1"><thead><tr><th>STT</th><th>Đơn vị</th><th>Điện thoại</th><th>Email</th></tr></thead><tbody>{trs}</tbody></table>
<h2 class="box-heading">Gửi ý kiến cho Ban Biên tập</h2>
<form class="contact-form" action="/lien-he.htm" method="post">
<input type="text" name="hoten" placeholder="Họ và tên (*)"> <input type="email" name="email" placeholder="Email (*)">
<input type="text" name="tieude" placeholder="Tiêu đề"> <textarea name="noidung" placeholder="Nội dung"></textarea>
<button type="submit">Gửi</button></form>"""
    return page(f"Liên hệ | {SHORT}", "Thông tin liên hệ", HOST + "/lien-he.htm", main)


def search_page() -> str:
    found = [A2, A1, A4]
    main = f"""<div class="detail-breadcrumb"><ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li class="active"><a href="{SEARCH_PATH}">Tìm kiếm</a></li></ul></div>
<h1 class="list__title">Kết quả tìm kiếm</h1>
<form class="search-page__form" action="/tim-kiem.htm" method="get"><input type="text" name="keywords" value="lúa"><button type="submit">Tìm kiếm</button></form>
<p class="search-page__count">Tìm thấy <b>{len(found)}</b> kết quả với từ khóa "<b>lúa</b>"</p>
<div class="box-stream list__lmain">{"".join(stream_item(x) for x in found)}</div>"""
    return page(f"Tìm kiếm: lúa | {SHORT}", "Kết quả tìm kiếm", HOST + SEARCH_PATH, main)


def sitemap_page() -> str:
    groups = "".join(
        f'<li><a href="{href}">{esc(name)}</a>' + (
            "<ul>" + "".join(f'<li><a href="{h}">{esc(n)}</a></li>' for n, h in subs) + "</ul>" if subs else "")
        + "</li>" for name, href, subs in MENU)
    main = f"""<div class="detail-breadcrumb"><ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li class="active"><a href="/so-do-website.htm">Sơ đồ website</a></li></ul></div>
<h1 class="detail-title">Sơ đồ website</h1>
<ul class="sitemap-tree">{groups}<li><a href="/so-do-website.htm">Sơ đồ website</a></li></ul>"""
    return page(f"Sơ đồ website | {SHORT}", "Sơ đồ website", HOST + "/so-do-website.htm", main)


def soft404_page() -> str:
    main = f"""<div class="page-404">
<h1 class="page-404__title">Không tìm thấy trang</h1>
<p>Xin lỗi, đường dẫn bạn truy cập không tồn tại hoặc nội dung đã được gỡ bỏ.</p>
<p>Vui lòng quay lại <a href="/">trang chủ</a> hoặc sử dụng chức năng tìm kiếm.</p>
<form action="/tim-kiem.htm" method="get"><input type="text" name="keywords" placeholder="Tìm kiếm tin tức"><button type="submit">Tìm kiếm</button></form>
</div>
<div class="box-heading">Tin mới</div><div class="box-stream">{"".join(stream_item(x, sapo=False) for x in (A1, A2, A3))}</div>"""
    return page(f"Không tìm thấy trang | {SHORT}", "Không tìm thấy trang", GONE.url, main)


# --------------------------------------------------------------------------------------------

def write(name: str, url: str, kind: str, body: str, expected: dict | None = None):
    body = nfc(body)
    (OUT / f"{name}.html").write_bytes(body.encode("utf-8"))
    meta = {"url": url, "content_type": "text/html; charset=utf-8", "kind": kind}
    if expected is not None:
        meta["expected"] = expected
    (OUT / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", "utf-8")


def main():
    for old in OUT.glob("*.html"):
        old.unlink()
    for old in OUT.glob("*.json"):
        if old.name != "site.json":
            old.unlink()
    for a in MAIN:
        html_text, expected = article_page(a)
        write(a.key, a.url, "article", html_text, expected)
    write("home", HOST + "/", "listing", home_page())
    write("tin-tuc", HOST + "/tin-tuc.htm", "listing", news_page())
    write("tin-tuc-p2", HOST + "/timelinelist/1021/2.htm", "listing", timeline_page())
    write("trong-trot", HOST + "/trong-trot.htm", "listing", trongtrot_page())
    write("chuc-nang-nhiem-vu", HOST + "/gioi-thieu/chuc-nang-nhiem-vu.htm", "static", static_page())
    write("lien-he", HOST + "/lien-he.htm", "contact", contact_page())
    write("tim-kiem", HOST + SEARCH_PATH, "search", search_page())
    write("so-do-website", HOST + "/so-do-website.htm", "sitemap", sitemap_page())
    write("soft-404", GONE.url, "soft_404", soft404_page())


if __name__ == "__main__":
    main()
