# -*- coding: utf-8 -*-
"""Generate the chinhphu.vn-style (VCCorp CMS family, 2016-2020 desktop layout) mini-site.

    /work/main/.venv/bin/python tests/variants/vccorp/chinhphu2016/make.py

Standard library only. Writes <page>.html and <page>.json next to this file.
"""

from __future__ import annotations

import html
import json
import random
import sys
import unicodedata
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
from articles import ARTICLES  # noqa: E402

HOST = "https://vpcp.chinhphu.vn"
CDN = "https://vpcp.cdnchinhphu.vn"
STATIC = "https://static.vpcp.cdnchinhphu.vn/web"
ZONE_ID = "334894974524682240"
SITE = "Cổng Thông tin điện tử Văn phòng Chính phủ"
TODAY = "Thứ Năm, 15/04/2021"
TZ = timezone(timedelta(hours=7))
ZONES = {
    "chi-dao-dieu-hanh": ("Chỉ đạo điều hành", 1001),
    "chinh-sach-moi": ("Chính sách mới", 1002),
    "tin-bo-nganh": ("Tin bộ ngành", 1003),
}
MENU = [("Trang chủ", "/"), ("Chỉ đạo điều hành", "/chi-dao-dieu-hanh.htm"), ("Chính sách mới", "/chinh-sach-moi.htm"),
        ("Tin bộ ngành", "/tin-bo-nganh.htm"), ("Hoạt động của lãnh đạo", "/hoat-dong-cua-lanh-dao.htm"),
        ("Văn bản", "/van-ban.htm"), ("Cải cách hành chính", "/cai-cach-hanh-chinh.htm"),
        ("Giới thiệu", "/gioi-thieu.htm"), ("Liên hệ", "/lien-he.htm")]

SUBMENU = {
    "Chỉ đạo điều hành": ["Hoạt động của Thủ tướng", "Hoạt động của các Phó Thủ tướng", "Phiên họp Chính phủ", "Công điện"],
    "Chính sách mới": ["Nghị định", "Quyết định", "Chỉ thị", "Nghị quyết của Chính phủ"],
    "Tin bộ ngành": ["Kinh tế", "Xã hội", "Y tế", "Giáo dục", "Nông nghiệp"],
    "Văn bản": ["Văn bản quy phạm pháp luật", "Văn bản chỉ đạo điều hành", "Dự thảo văn bản"],
    "Cải cách hành chính": ["Kiểm soát thủ tục hành chính", "Một cửa, một cửa liên thông", "Chính phủ điện tử"],
}
OLD_NEWS = [  # headlines of other (older) items, linked but not part of this mini-site
    ("Chính phủ ban hành Nghị quyết về các nhiệm vụ, giải pháp cải thiện môi trường kinh doanh", "nghi-quyet-cai-thien-moi-truong-kinh-doanh", (2019, 5, 2, 9, 14)),
    ("Thủ tướng chỉ thị tăng cường công tác phòng, chống thiên tai mùa mưa bão", "chi-thi-phong-chong-thien-tai-mua-mua-bao", (2019, 6, 11, 16, 3)),
    ("Sửa đổi quy định về quản lý, sử dụng tài sản công tại cơ quan nhà nước", "sua-doi-quy-dinh-quan-ly-su-dung-tai-san-cong", (2019, 6, 25, 10, 40)),
    ("Phó Thủ tướng chủ trì họp Ban Chỉ đạo quốc gia về ứng dụng công nghệ thông tin", "hop-ban-chi-dao-ung-dung-cong-nghe-thong-tin", (2019, 7, 30, 15, 22)),
    ("Quy định mới về chế độ báo cáo của cơ quan hành chính nhà nước", "quy-dinh-moi-ve-che-do-bao-cao", (2019, 9, 5, 8, 55)),
    ("Ban hành danh mục thủ tục hành chính tích hợp trên Cổng Dịch vụ công quốc gia", "danh-muc-thu-tuc-hanh-chinh-tich-hop-cong-dich-vu-cong", (2019, 12, 9, 17, 10)),
    ("Thủ tướng yêu cầu bảo đảm cung ứng hàng hóa dịp Tết Nguyên đán", "bao-dam-cung-ung-hang-hoa-dip-tet", (2020, 1, 6, 11, 30)),
    ("Kéo dài thời hạn nộp thuế, tiền thuê đất cho doanh nghiệp bị ảnh hưởng bởi dịch bệnh", "keo-dai-thoi-han-nop-thue-tien-thue-dat", (2020, 4, 8, 19, 45)),
    ("Phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025", "phe-duyet-chuong-trinh-chuyen-doi-so-quoc-gia", (2020, 6, 4, 7, 50)),
    ("Hội nghị trực tuyến Chính phủ với các địa phương về thúc đẩy đầu tư công", "hoi-nghi-truc-tuyen-thuc-day-dau-tu-cong", (2020, 7, 18, 12, 5)),
]
DOCS = [("Nghị định 30/2020/NĐ-CP về công tác văn thư", (2020, 3, 5)), ("Quyết định 1291/QĐ-TTg phê duyệt Đề án Chính phủ điện tử", (2019, 10, 7)),
        ("Nghị quyết 02/NQ-CP năm 2020 về cải thiện môi trường kinh doanh", (2020, 1, 1)), ("Chỉ thị 16/CT-TTg về thực hiện các biện pháp cấp bách", (2020, 3, 31)),
        ("Nghị định 61/2018/NĐ-CP về thực hiện cơ chế một cửa, một cửa liên thông", (2018, 4, 23)), ("Quyết định 45/QĐ-TTg về Cổng Dịch vụ công quốc gia", (2019, 1, 8))]


def old_url(slug: str, t) -> str:
    y, m, d, hh, mm = t
    return f"/{slug}-115{y % 100:02d}{m:02d}{d:02d}{hh:02d}{mm:02d}{(d * 7 + mm) % 60:02d}{(hh * 37 + d) % 1000:03d}.htm"


def inline_css() -> str:
    sels = ["#admWrapsite", ".w1040", ".header", ".header-top", ".header-date", ".header-top-links li", ".header-main", ".header-logo img",
            ".header-search", ".txt-search", ".btn-search", ".menu", ".menu-list", ".menu-item", ".menu-link", ".menu-item:hover .sub-menu",
            ".sub-menu", ".sub-menu a", ".header-hotline", ".hotline-title", ".detail-page", ".detail-cate", ".detail-cate a", ".detail-left",
            ".detail-right", ".detail-title", ".detail-time", ".detail-sapo", ".detail-content", ".detail-content p", ".detail-content h2",
            ".detail-content table", ".detail-content td", ".VCSortableInPreviewMode", ".VCSortableInPreviewMode[type=Photo] img",
            ".PhotoCMS_Caption", ".PhotoCMS_Caption p", ".PhotoCMS_Author", ".VCSortableInPreviewMode.alignRight", ".kbwscwl-relatedbox",
            ".kbwscwlr-title", ".kbwscwlrl", ".kbwscwlrl-title a", ".VCObjectBoxRelatedNewsContentWrapper", ".VCObjectBoxRelatedNewsItemTitle",
            ".VCObjectBoxRelatedNewsItemSapo", ".detail-tag", ".detail-tag-item a", ".detail-share a", ".box-related", ".list-related li",
            ".box-samecat", ".box-header", ".box-title", ".box-stream-item", ".box-stream-avatar", ".box-stream-content h3",
            ".box-stream-link-title", ".box-stream-time", ".box-stream-sapo", ".box-most-view", ".list-most-view li", ".box-links select",
            ".box-docs li", ".box-docs .time", ".list-page", ".list-cate", ".list-cate-title", ".paging a", ".paging .current", ".footer",
            ".footer-menu", ".footer-info", ".footer-title", ".page-404", ".box-404", ".title-404", ".static-content", ".contact-table td"]
    props = ["display:block;", "position:relative;", "margin:0 auto;", "padding:10px 0;", "font-family:Arial,Helvetica,sans-serif;",
             "font-size:14px;", "line-height:1.5;", "color:#222;", "background:#fff;", "border-bottom:1px solid #e5e5e5;", "overflow:hidden;",
             "text-align:left;", "font-weight:700;", "color:#9f224e;", "width:1040px;", "float:left;", "float:right;", "clear:both;"]
    out = []
    for i, sel in enumerate(sels):
        p = "".join(props[(i * 3 + j) % len(props)] for j in range(4 + i % 3))
        out.append(f"{sel}{{{p}}}")
        out.append(f"@media (max-width:1040px){{{sel}{{{props[i % len(props)]}}}}}")
    return "\n".join(out)


E = html.escape
BY_KEY = {a["key"]: a for a in ARTICLES}


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def news_id(a: dict) -> str:
    y, mo, d, h, mi, s = a["idsec"]
    tail = (sum(map(ord, a["key"])) * 7) % 1000
    return f"115{y % 100:02d}{mo:02d}{d:02d}{h:02d}{mi:02d}{s:02d}{tail:03d}"


def art_url(a: dict) -> str:
    return f"/{a['slug']}-{news_id(a)}.htm"


def dmyhm(t) -> str:
    y, m, d, hh, mm = t
    return f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}"


def iso(t) -> str:
    y, m, d, hh, mm = t
    return f"{y:04d}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00+07:00"


def img_url(a: dict, name: str, n: int) -> str:
    y, mo, d, h, mi, s = a["idsec"]
    ms = int(datetime(y, mo, d, h, mi, s, tzinfo=TZ).timestamp() * 1000) + 61000 * n + 217
    suffix = (sum(map(ord, name)) * 7919) % 10 ** 6
    return f"{CDN}/{ZONE_ID}/{y}/{mo}/{d}/{name}-{ms}{suffix:06d}.jpg"


def ascii_slug(s: str) -> str:
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return "-".join(x for x in "".join(c if c.isalnum() else "-" for c in s).split("-") if x)


def first_photo(a: dict) -> str | None:
    for b in a["blocks"]:
        if b[0] == "photo":
            return img_url(a, b[1], 1)
    return None


# --------------------------------------------------------------------------- body

def render_body(a: dict) -> tuple[str, list[str], list[dict]]:
    out, text, images = [], [], []
    n = 0
    for b in a["blocks"]:
        k = b[0]
        if k == "p":
            out.append(f"<p>{E(b[1])}</p>")
            text.append(b[1])
        elif k == "ph":
            out.append(f"<p>{b[1]}</p>")
            text.append(b[2])
        elif k == "h":
            out.append(f"<h2>{E(b[1])}</h2>")
            text.append(b[1])
        elif k == "ul":
            out.append("<ul>" + "".join(f"<li>{E(i)}</li>" for i in b[1]) + "</ul>")
            text.extend(b[1])
        elif k == "table":
            rows = b[1]
            body = "".join("<tr>" + "".join((f"<td><b>{E(c)}</b></td>" if ri == 0 else f"<td>{E(c)}</td>") for c in r) + "</tr>"
                           for ri, r in enumerate(rows))
            out.append('<div class="VCSortableInPreviewMode" type="BoxTable" data-border="1">'
                       f'<table class="VCCTable" border="1" cellpadding="4" style="width:100%;border-collapse:collapse;"><tbody>{body}</tbody></table></div>')
            text.extend(" | ".join(r) for r in rows)
        elif k == "photo":
            n += 1
            _, name, cap, credit, style = b
            src = img_url(a, name, n)
            alt = f"{a['title']} - Ảnh {n}."
            photoid = 500000 + (sum(map(ord, name)) * 31) % 400000
            img = (f'<a href="{src}" data-fancybox-group="img-lightbox" title="{E(alt)}" target="_blank" class="detail-img-lightbox">'
                   f'<img src="{src}" id="img_{photoid}{n}" w="800" h="533" alt="{E(alt)}" title="{E(alt)}" rel="lightbox" '
                   f'photoid="{photoid}{n}" type="photo" data-original="{src}" width="" height="" class="lightbox-content" /></a>')
            if style == "inline":
                out.append(f'<div class="VCSortableInPreviewMode" type="Photo" style=""><div>{img}</div>'
                           f'<div class="PhotoCMS_Caption"><p data-placeholder="[nhập chú thích]" class="">{E(cap.rstrip("."))} - {E(credit)}</p></div></div>')
            elif style == "author":
                out.append(f'<div class="VCSortableInPreviewMode" type="Photo" style=""><div>{img}</div>'
                           f'<div class="PhotoCMS_Caption"><p data-placeholder="[nhập chú thích]" class="">{E(cap)}</p></div>'
                           f'<div class="PhotoCMS_Author"><p>{E(credit)}</p></div></div>')
            elif style == "figure":
                out.append(f'<figure class="VCSortableInPreviewMode" type="Photo" style=""><div>{img}</div>'
                           f'<figcaption class="PhotoCMS_Caption"><p data-placeholder="[nhập chú thích]" class="">{E(cap.rstrip("."))}. {E(credit)}</p></figcaption></figure>')
            else:  # nocap
                out.append(f'<div class="VCSortableInPreviewMode noCaption" type="Photo" style=""><div>{img}</div></div>')
            images.append({"src": src, "caption": cap, "credit": credit})
        elif k == "relbox":
            items = []
            for key in b[1]:
                o = BY_KEY[key]
                items.append(f'<li class="kbwscwlrl" data-date="{dmyhm(o["pub"])}" data-id="{news_id(o)}" data-avatar="{first_photo(o) or ""}" '
                             f'data-url="{art_url(o)}" data-title="{E(o["title"])}"><h4 class="kbwscwlrl-title">'
                             f'<a class="title link-callout" href="{art_url(o)}" target="_blank">{E(o["title"])}</a></h4></li>')
            out.append('<!-- bonewsrelation --><div class="VCSortableInPreviewMode alignRight" type="RelatedNewsBox" data-style="align-right" relatednewsboxtype="type-1">'
                       '<div class="kbwscwl-relatedbox type-1 chinhphu"><div class="kbwscwlr-title">Tin liên quan</div>'
                       f'<ul class="kbwscwlr-list">{"".join(items)}</ul></div></div>')
        elif k == "relone":
            o = BY_KEY[b[1]]
            out.append(f'<div class="VCSortableInPreviewMode" type="RelatedOneNews" data-id="{news_id(o)}">'
                       f'<div class="VCObjectBoxRelatedNewsContentWrapper"><a class="VCObjectBoxRelatedNewsItemAvatar" href="{art_url(o)}">'
                       f'<img src="{first_photo(o) or STATIC + "/images/no-avatar.png"}" alt="{E(o["title"])}" /></a>'
                       f'<a class="VCObjectBoxRelatedNewsItemTitle" href="{art_url(o)}" title="{E(o["title"])}">{E(o["title"])}</a>'
                       f'<p class="VCObjectBoxRelatedNewsItemSapo">{E(o["lead"] or "")[:160]}</p></div></div>')
        elif k == "sig":
            out.append(f'<p style="text-align: right;"><b>{E(b[1])}</b></p>')
        elif k == "source":
            out.append(f'<p style="text-align: right;"><i>Nguồn: {E(b[1])}</i></p>')
        elif k == "attach":
            items = "".join(f'<li><a href="{h}" target="_blank" title="{E(t)}">{E(t)}</a></li>' for t, h in b[1])
            out.append(f'<div class="detail-attachment"><p><b>File đính kèm:</b></p><ul class="list-attach">{items}</ul></div>')
        else:
            raise ValueError(k)
    return "\n".join(out), text, images


# --------------------------------------------------------------------------- chrome

def stream_item(a: dict, with_sapo: bool = True) -> str:
    u = art_url(a)
    av = first_photo(a)
    av_html = (f'<a class="box-stream-link-with-avatar" href="{u}" title="{E(a["title"])}">'
               f'<img class="box-stream-avatar" src="{av.replace(CDN, CDN + "/zoom/260_163")}" alt="{E(a["title"])}" /></a>' if av else "")
    sapo = a["lead"] or next(b[1] for b in a["blocks"] if b[0] == "p")
    return (f'<div class="box-stream-item" data-id="{news_id(a)}">{av_html}<div class="box-stream-content">'
            f'<h3><a class="box-stream-link-title" href="{u}" title="{E(a["title"])}">{E(a["title"])}</a></h3>'
            f'<span class="box-stream-time" title="{iso(a["pub"])}">{dmyhm(a["pub"])}</span>'
            + (f'<p class="box-stream-sapo">{E(sapo[:220])}</p>' if with_sapo else "") + "</div></div>")


def sidebar(rng: random.Random) -> str:
    pool = sorted(ARTICLES, key=lambda a: a["key"])
    rng.shuffle(pool)
    most = "".join(f'<li><a href="{art_url(a)}" title="{E(a["title"])}">{E(a["title"])}</a></li>' for a in pool[:4])
    most += ('<li><a href="/thu-tuong-chu-tri-hoi-nghi-truc-tuyen-chinh-phu-voi-dia-phuong-115191230183012485.htm" '
             'title="Thủ tướng chủ trì Hội nghị trực tuyến Chính phủ với địa phương">Thủ tướng chủ trì Hội nghị trực tuyến Chính phủ với địa phương</a></li>')
    links = [("Cổng TTĐT Chính phủ", "https://chinhphu.vn"), ("Báo Điện tử Chính phủ", "https://baochinhphu.vn"),
             ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"), ("Cơ sở dữ liệu quốc gia về văn bản pháp luật", "https://vbpl.vn"),
             ("Công báo Chính phủ", "https://congbao.chinhphu.vn"), ("Hệ thống tiếp nhận phản ánh kiến nghị", "https://pakn.dichvucong.gov.vn"),
             ("Bộ Kế hoạch và Đầu tư", "https://www.mpi.gov.vn"), ("Bộ Tài chính", "https://www.mof.gov.vn")]
    opts = "".join(f'<option value="{h}">{E(n)}</option>' for n, h in links)
    olds = OLD_NEWS[:]
    rng.shuffle(olds)
    latest_html = "".join(f'<li><a href="{old_url(sl, t)}" title="{E(ti)}">{E(ti)}</a><span class="time">{dmyhm(t)}</span></li>' for ti, sl, t in olds[:8])
    docs_html = "".join(f'<li><a href="/van-ban/{ascii_slug(ti)}.htm" title="{E(ti)}">{E(ti)}</a><span class="time">{d:02d}/{m:02d}/{y}</span></li>'
                        for ti, (y, m, d) in DOCS)
    return f"""<div class="detail-right sidebar">
    <div class="box-banner-right"><a href="https://dichvucong.gov.vn" target="_blank" rel="nofollow"><img src="{STATIC}/images/banner-dvcqg.jpg" alt="Cổng Dịch vụ công quốc gia" /></a></div>
    <div class="box-banner-right"><a href="https://pakn.dichvucong.gov.vn" target="_blank" rel="nofollow"><img src="{STATIC}/images/banner-pakn.jpg" alt="Tiếp nhận phản ánh, kiến nghị" /></a></div>
    <div class="box-most-view"><div class="box-header"><span class="box-title">Đọc nhiều</span></div><ol class="list-most-view">{most}</ol></div>
    <div class="box-news-latest"><div class="box-header"><a class="box-title" href="/tin-moi.htm">Tin mới</a></div><ul class="list-news-latest">{latest_html}</ul></div>
    <div class="box-docs"><div class="box-header"><a class="box-title" href="/van-ban.htm">Văn bản mới</a></div><ul>{docs_html}</ul></div>
    <div class="box-video"><div class="box-header"><a class="box-title" href="/video.htm">Video</a></div>
        <div class="VCSortableInPreviewMode" type="VideoStream"><div class="videoNewsPlayer" data-vid="vpcp/2021/4/14/hop-chinh-phu-thuong-ky-{rng.randint(1000, 9999)}.mp4" data-thumb="{STATIC}/images/video-thumb.jpg"></div></div></div>
    <div class="box-links"><div class="box-header"><span class="box-title">Liên kết website</span></div>
        <select class="select-links" onchange="if(this.value)window.open(this.value,'_blank');"><option value="">-- Chọn liên kết --</option>{opts}</select></div>
</div>"""


def page(path: str, title: str, description: str, active: str, content: str, seed: int, head_extra: str = "",
         page_type: str = "list", zone_id: int = 0, news_id_: str = "0") -> str:
    rng = random.Random(seed)
    def sub(name):
        kids = SUBMENU.get(name)
        if not kids:
            return ""
        base = dict(MENU)[name][:-4]
        return '<ul class="sub-menu">' + "".join(
            f'<li><a href="{base}/{ascii_slug(k)}.htm" title="{E(k)}">{E(k)}</a></li>' for k in kids) + "</ul>"
    menu = "".join(f'<li class="menu-item{" active" if name == active else ""}"><a class="menu-link" href="{h}" title="{E(name)}">{E(name)}</a>{sub(name)}</li>'
                   for name, h in MENU)
    ver = "20210409v2"
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml">
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <title>{E(title)}</title>
    <meta name="description" content="{E(description)}" />
    <meta name="keywords" content="Văn phòng Chính phủ, chỉ đạo điều hành, chính sách mới, Thủ tướng Chính phủ" />
    <meta name="robots" content="index,follow" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="copyright" content="{E(SITE)}" />
    <meta name="author" content="{E(SITE)}" />
    <meta property="fb:app_id" content="1463871903858732" />
    <meta property="og:site_name" content="{E(SITE)}" />
    {head_extra}
    <link rel="shortcut icon" href="{STATIC}/images/favicon.ico" type="image/x-icon" />
    <style type="text/css">{inline_css()}</style>
    <link rel="stylesheet" href="{STATIC}/css/common.min.css?v={ver}" type="text/css" />
    <link rel="stylesheet" href="{STATIC}/css/{'detail' if page_type == 'detail' else 'list'}.min.css?v={ver}" type="text/css" />
    <script type="text/javascript">
        var pageSettings = {{
            Domain: "{HOST}",
            sharefbApiDomain: "https://sharefb.cnnd.vn",
            videoplayer: "https://vcplayer.mediacdn.vn",
            VideoToken: "L3NlY3VyZS92ZXJpZnkveHZxZGN4ZWJjNHN5anZ6a2p5aGJ0Ym1uYzl6M2F2",
            ajaxDomain: "https://s1.vpcp.chinhphu.vn",
            commentSiteName: "vpcp",
            DomainUtils: "https://utils3.cnnd.vn",
            imageDomain: "{CDN}",
            allowAds: false
        }};
        var _ADM_Channel = '%2f{page_type}%2f';
        var zoneId = '{zone_id}';
        var newsId = '{news_id_}';
    </script>
    <script async src="https://www.googletagmanager.com/gtag/js?id=UA-132019547-1"></script>
    <script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('js', new Date());gtag('config', 'UA-132019547-1');</script>
</head>
<body>
<div id="admWrapsite">
    <div class="header">
        <div class="header-top"><div class="w1040 clearfix">
            <span class="header-date">{TODAY}</span>
            <ul class="header-top-links"><li><a href="https://en.chinhphu.vn" rel="nofollow" target="_blank">English</a></li><li><a href="https://chinhphu.vn" target="_blank">Cổng TTĐT Chính phủ</a></li><li><a href="/rss.htm">RSS</a></li><li><a href="/lien-he.htm">Liên hệ</a></li></ul>
        </div></div>
        <div class="header-main"><div class="w1040 clearfix">
            <a href="/" class="header-logo" title="{E(SITE)}"><img src="{STATIC}/images/logo-vpcp.png" alt="{E(SITE)}" /></a>
            <div class="header-search"><form action="/tim-kiem.htm" method="get" id="frmSearch"><input type="text" name="keywords" class="txt-search" placeholder="Nhập từ khóa tìm kiếm" autocomplete="off" /><button type="submit" class="btn-search" title="Tìm kiếm"><span class="icon-search"></span></button></form></div>
        </div></div>
        <div class="menu"><div class="w1040"><ul class="menu-list clearfix">{menu}</ul></div></div>
        <div class="header-hotline"><div class="w1040"><span class="hotline-title">Sự kiện:</span> <a href="/cai-cach-hanh-chinh.htm">Cải cách hành chính</a> <a href="/chinh-phu-dien-tu.htm">Xây dựng Chính phủ điện tử</a> <a href="/phong-chong-dich-covid-19.htm">Phòng, chống dịch COVID-19</a> <span class="hotline-title">Từ khóa:</span> <a href="/tim-kiem.htm?keywords=gi%E1%BA%A3i%20ng%C3%A2n">giải ngân</a> <a href="/tim-kiem.htm?keywords=h%E1%BA%A1n%20m%E1%BA%B7n">hạn mặn</a></div></div>
    </div>
    <div class="main">
{content}
    </div>
    <div class="footer">
        <div class="footer-menu"><div class="w1040"><ul>{''.join(f'<li><a href="{h}">{E(n)}</a></li>' for n, h in MENU[1:])}</ul></div></div>
        <div class="footer-info"><div class="w1040 clearfix">
            <div class="footer-left">
                <p class="footer-title">{E(SITE).upper()}</p>
                <p>Cơ quan chủ quản: Văn phòng Chính phủ</p>
                <p>Địa chỉ: Số 1 Hoàng Hoa Thám, Ba Đình, Hà Nội. Điện thoại: 080.43162 - Fax: 080.44130</p>
                <p>Email: thongtinchinhphu@chinhphu.vn</p>
            </div>
            <div class="footer-right">
                <p>Giấy phép số 91/GP-TTĐT do Bộ Thông tin và Truyền thông cấp.</p>
                <p>Ghi rõ nguồn "Cổng Thông tin điện tử Văn phòng Chính phủ" hoặc "vpcp.chinhphu.vn" khi phát hành lại thông tin từ các nguồn này.</p>
                <p class="footer-dev">Thiết kế và phát triển bởi VCCorp</p>
            </div>
        </div></div>
    </div>
</div>
<script src="{STATIC}/js/jquery-1.12.4.min.js" type="text/javascript"></script>
<script src="{STATIC}/js/common.min.js?v={ver}" type="text/javascript"></script>
<script src="{STATIC}/js/{'detail' if page_type == 'detail' else 'list'}.min.js?v={ver}" type="text/javascript"></script>
<script type="text/javascript">
    (runinit = window.runinit || []).push(function () {{
        loadJsAsync('https://adminplayer.sohatv.vn/resource/init-script/playerInitScript.js', function () {{ }});
        $('.header-search .txt-search').keypress(function (e) {{ if (e.which == 13) {{ $('#frmSearch').submit(); }} }});
    }});
</script>
</body>
</html>
"""


def article_page(a: dict) -> tuple[str, dict]:
    zname, zid = ZONES[a["zone"]]
    u = art_url(a)
    body, text, images = render_body(a)
    nid = news_id(a)
    sapo = (f'<h2 class="detail-sapo" data-role="sapo">{E(a["prefix"] + " ") if a["prefix"] else ""}{E(a["lead"])}</h2>' if a["lead"] else "")
    others = sorted((o for o in ARTICLES if o["key"] != a["key"]), key=lambda o: o["pub"], reverse=True)
    same = [o for o in others if o["zone"] == a["zone"]][:5]
    rel = [o for o in others if o not in same][:3]
    tags = {"chi-dao-dieu-hanh": ["Chỉ đạo điều hành", "Phó Thủ tướng"], "chinh-sach-moi": ["Chính sách mới", "Nghị định"],
            "tin-bo-nganh": ["Cải cách hành chính", "Bộ ngành"]}[a["zone"]]
    tag_html = "".join(f'<li class="detail-tag-item"><a href="/{ascii_slug(t)}.html" title="{E(t)}">{E(t)}</a></li>' for t in tags)
    desc = (a["prefix"] + " " if a["prefix"] else "") + (a["lead"] or text[0])
    og_img = images[0]["src"] if images else f"{STATIC}/images/og-vpcp.jpg"
    ld = {
        "@context": "http://schema.org", "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": HOST + u},
        "headline": a["title"], "description": desc[:300],
        "image": {"@type": "ImageObject", "url": og_img, "width": 800, "height": 533},
        "datePublished": iso(a["pub"]), "dateModified": iso(a["pub"]),
        "author": {"@type": "Person", "name": a["authors"][0] if a["authors"] else (a["unit"] or "VGP")},
        "publisher": {"@type": "Organization", "name": SITE, "logo": {"@type": "ImageObject", "url": f"{STATIC}/images/logo-vpcp.png", "width": 300, "height": 60}},
    }
    bc = {"@context": "http://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "item": {"@id": HOST + "/", "name": "Trang chủ"}},
        {"@type": "ListItem", "position": 2, "item": {"@id": f"{HOST}/{a['zone']}.htm", "name": zname}}]}
    head = (f'<meta property="og:title" content="{E(a["title"])}" />\n    <meta property="og:type" content="article" />\n'
            f'    <meta property="og:description" content="{E(desc[:300])}" />\n    <meta property="og:url" content="{HOST}{u}" />\n'
            f'    <meta property="og:image" content="{og_img}" />\n    <meta property="article:published_time" content="{iso(a["pub"])}" />\n'
            f'    <meta property="article:section" content="{E(zname)}" />\n    <link rel="canonical" href="{HOST}{u}" />\n'
            f'    <script type="application/ld+json">{json.dumps(bc, ensure_ascii=False)}</script>\n'
            f'    <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    rel_html = "".join(f'<li><a href="{art_url(o)}" title="{E(o["title"])}">{E(o["title"])}</a> <span class="time">{dmyhm(o["pub"])}</span></li>' for o in rel)
    same_html = "".join(stream_item(o, with_sapo=False) for o in same)
    content = f"""        <div class="detail-page w1040 clearfix" data-newsid="{nid}">
            <div class="detail-cate"><a href="/" class="home" title="Trang chủ">Trang chủ</a><span class="sep">&rsaquo;</span><a href="/{a['zone']}.htm" data-role="cate-name" title="{E(zname)}">{E(zname)}</a></div>
            <div class="detail-container clearfix">
                <div class="detail-left">
                    <div class="detail-main" id="mainDetail">
                        <h1 class="detail-title" data-role="title">{E(a["title"])}</h1>
                        <div class="detail-time"><span class="detail-time-icon"></span><span data-role="publishdate">{dmyhm(a["pub"])}</span></div>
                        {sapo}
                        <div class="detail-content" data-role="content">
{body}
                        </div>
                        <div class="detail-tag"><span class="detail-tag-title">Từ khóa:</span><ul class="detail-tag-list">{tag_html}</ul></div>
                        <div class="detail-share"><a href="javascript:;" class="sendsocial fb" rel="facebook" data-href="{HOST}{u}">Facebook</a><a href="javascript:;" class="sendsocial zalo" rel="zalo" data-href="{HOST}{u}">Zalo</a><a href="javascript:window.print();" class="print" rel="nofollow">In bài viết</a><a href="mailto:?subject={E(a['title'])}&amp;body={HOST}{u}" class="mail" rel="nofollow">Gửi email</a></div>
                    </div>
                    <div class="box-related"><div class="box-header"><span class="box-title">Tin liên quan</span></div><ul class="list-related">{rel_html}</ul></div>
                    <div class="box-samecat"><div class="box-header"><a class="box-title" href="/{a['zone']}.htm">Tin cùng chuyên mục</a></div><div class="box-stream">{same_html}</div></div>
                </div>
{sidebar(random.Random(sum(map(ord, a['key']))))}
            </div>
        </div>"""
    html_text = page(u, f"{a['title']} | {SITE}", desc[:200], zname, content, seed=sum(map(ord, a["key"])), head_extra=head,
                     page_type="detail", zone_id=zid, news_id_=nid)
    exp = {
        "title": a["title"], "agency_prefix": a["prefix"], "lead": a["lead"], "text": "\n\n".join(text),
        "published_at": iso(a["pub"]), "updated_at": None, "date_label": None, "authors": a["authors"], "unit": a["unit"],
        "images": images, "category": zname,
    }
    return html_text, exp


def pager(cur: int, total: int, zone: str) -> str:
    def href(n):
        return f"/{zone}.htm" if n == 1 else f"/{zone}/trang-{n}.htm"
    parts = ['<div class="paging">']
    if cur > 1:
        parts.append(f'<a class="prev" href="{href(cur - 1)}" title="Trang trước">&laquo;</a>')
    for n in range(1, total + 1):
        parts.append(f'<span class="current">{n}</span>' if n == cur else f'<a href="{href(n)}" title="Trang {n}">{n}</a>')
    if cur < total:
        parts.append(f'<a class="next" href="{href(cur + 1)}" title="Trang sau">&raquo;</a>')
    parts.append("</div>")
    return "".join(parts)


def list_page(title: str, items: list[dict], seed: int, extra_top: str = "", pag: str = "") -> str:
    return f"""        <div class="list-page w1040 clearfix">
            <div class="list-cate"><a href="/" class="home">Trang chủ</a><span class="sep">&rsaquo;</span><h1 class="list-cate-title">{E(title)}</h1></div>
            <div class="list-container clearfix">
                <div class="list-left">
{extra_top}
                    <div class="box-stream" id="timeline">{''.join(stream_item(a) for a in items)}</div>
                    {pag}
                </div>
{sidebar(random.Random(seed))}
            </div>
        </div>"""


def write(name: str, url_path: str, html_text: str, kind: str, expected: dict | None = None) -> None:
    (HERE / f"{name}.html").write_bytes(nfc(html_text).encode("utf-8"))
    meta = {"url": HOST + url_path, "content_type": "text/html; charset=utf-8", "kind": kind}
    if expected is not None:
        meta["expected"] = {k: (nfc(v) if isinstance(v, str) else v) for k, v in expected.items()}
    (HERE / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", "utf-8")


def main() -> None:
    for old in HERE.glob("*.html"):
        old.unlink()
    for old in HERE.glob("*.json"):
        if old.name != "site.json":
            old.unlink()
    latest = sorted(ARTICLES, key=lambda a: a["pub"], reverse=True)
    for a in ARTICLES:
        h, exp = article_page(a)
        write(f"article_{a['key']}", art_url(a), h, "article", exp)

    # home: featured + timeline + zone blocks
    feat = latest[0]
    focus = "".join('<li><a href="%s" title="%s">%s</a></li>' % (art_url(a), E(a["title"]), E(a["title"])) for a in latest[1:4])
    top = (f'<div class="home-focus clearfix"><div class="focus-main">{stream_item(feat)}</div>'
           f'<ul class="focus-list">{focus}</ul></div>')
    zone_blocks = ""
    for z, (zn, _) in ZONES.items():
        items = [a for a in latest if a["zone"] == z][:3]
        zone_blocks += (f'<div class="box-cate"><div class="box-header"><a class="box-title" href="/{z}.htm">{E(zn)}</a></div>'
                        f'<div class="box-stream">{"".join(stream_item(a, False) for a in items)}</div></div>')
    home = list_page("Tin mới", latest[4:8], 1, top) .replace('<h1 class="list-cate-title">Tin mới</h1>', '<span class="list-cate-title">Tin mới</span>')
    home = home.replace('                    <div class="box-stream" id="timeline">',
                        zone_blocks + '\n                    <div class="box-stream" id="timeline">', 1)
    home = home.replace("                    \n                </div>\n", '                    <div class="view-more"><a href="/tin-moi.htm">Xem thêm tin mới</a></div>\n                </div>\n', 1)
    write("home", "/", page("/", SITE, "Cổng Thông tin điện tử Văn phòng Chính phủ - thông tin chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ",
                            "Trang chủ", home, seed=1, page_type="home"), "listing")

    # zone listings (3 per page, VCCorp /zone/trang-N.htm paging)
    per = 3
    for z, (zn, zid) in ZONES.items():
        items = [a for a in latest if a["zone"] == z]
        pages = [items[i:i + per] for i in range(0, len(items), per)]
        for n, chunk in enumerate(pages, 1):
            path = f"/{z}.htm" if n == 1 else f"/{z}/trang-{n}.htm"
            pag = pager(n, len(pages), z) if len(pages) > 1 else ""
            write(f"listing_{z.replace('-', '_')}_p{n}", path,
                  page(path, f"{zn} | {SITE}", zn, zn, list_page(zn, chunk, 10 + n + zid, "", pag), seed=10 + n + zid, zone_id=zid),
                  "listing")

    # search results (server-rendered)
    kw = "giải ngân"
    res = [BY_KEY["giai-ngan"], BY_KEY["thong-cao-thang-9"]]
    top = f'<div class="search-info">Tìm thấy <b>{len(res)}</b> kết quả với từ khóa "<b>{E(kw)}</b>"</div>'
    sp = "/tim-kiem.htm?keywords=gi%E1%BA%A3i%20ng%C3%A2n"
    write("search", sp, page(sp, f"Tìm kiếm: {kw} | {SITE}", "Tìm kiếm", "", list_page("Kết quả tìm kiếm", res, 50, top), seed=50), "search")

    # static page
    static = """        <div class="static-page w1040 clearfix">
            <div class="list-cate"><a href="/" class="home">Trang chủ</a><span class="sep">&rsaquo;</span><h1 class="list-cate-title">Giới thiệu</h1></div>
            <div class="static-content">
                <h2>Vị trí và chức năng của Văn phòng Chính phủ</h2>
                <p>Văn phòng Chính phủ là cơ quan ngang bộ của Chính phủ, là bộ máy giúp việc của Chính phủ và Thủ tướng Chính phủ. Văn phòng Chính phủ có chức năng tổng hợp, tham mưu, giúp việc, điều hòa, phối hợp hoạt động chung của Chính phủ; tham mưu, giúp việc Thủ tướng Chính phủ lãnh đạo, chỉ đạo, điều hành hoạt động của Chính phủ và hệ thống hành chính nhà nước.</p>
                <p>Văn phòng Chính phủ quản lý nhà nước về công tác kiểm soát thủ tục hành chính, tổ chức triển khai thực hiện cơ chế một cửa, một cửa liên thông; bảo đảm thông tin phục vụ công tác lãnh đạo, chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ và cung cấp thông tin cho công chúng theo quy định của pháp luật.</p>
                <h2>Cổng Thông tin điện tử Văn phòng Chính phủ</h2>
                <p>Cổng Thông tin điện tử Văn phòng Chính phủ cung cấp thông tin về hoạt động chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ; các chính sách mới được ban hành; thông tin về công tác cải cách thủ tục hành chính và hoạt động của các đơn vị thuộc Văn phòng Chính phủ.</p>
                <ul><li>Vụ Tổng hợp</li><li>Vụ Pháp luật</li><li>Cục Kiểm soát thủ tục hành chính</li><li>Cục Hành chính - Quản trị</li><li>Trung tâm Thông tin, Tin học</li></ul>
            </div>
        </div>"""
    write("static_gioi_thieu", "/gioi-thieu.htm", page("/gioi-thieu.htm", f"Giới thiệu | {SITE}", "Giới thiệu Văn phòng Chính phủ", "Giới thiệu", static, seed=60), "static")

    contact = """        <div class="static-page w1040 clearfix">
            <div class="list-cate"><a href="/" class="home">Trang chủ</a><span class="sep">&rsaquo;</span><h1 class="list-cate-title">Liên hệ</h1></div>
            <div class="static-content contact-page">
                <p><b>Cổng Thông tin điện tử Văn phòng Chính phủ</b></p>
                <p>Địa chỉ: Số 1 Hoàng Hoa Thám, quận Ba Đình, Hà Nội</p>
                <table class="contact-table" border="1" cellpadding="4"><tbody>
                    <tr><td>Ban biên tập</td><td>080.43162</td><td>bbt@chinhphu.vn</td></tr>
                    <tr><td>Bộ phận kỹ thuật</td><td>080.44130</td><td>kythuat@chinhphu.vn</td></tr>
                    <tr><td>Tiếp nhận phản ánh, kiến nghị</td><td>080.48466</td><td>pakn@chinhphu.vn</td></tr>
                </tbody></table>
                <form class="contact-form" action="/lien-he.htm" method="post">
                    <p><label>Họ và tên</label><input type="text" name="fullname" /></p>
                    <p><label>Email</label><input type="text" name="email" /></p>
                    <p><label>Nội dung</label><textarea name="content" rows="6"></textarea></p>
                    <p><button type="submit">Gửi liên hệ</button></p>
                </form>
            </div>
        </div>"""
    write("contact", "/lien-he.htm", page("/lien-he.htm", f"Liên hệ | {SITE}", "Liên hệ", "Liên hệ", contact, seed=70), "contact")

    gone = """        <div class="page-404 w1040 clearfix">
            <div class="box-404">
                <p class="title-404">Không tìm thấy trang</p>
                <p>Đường dẫn bạn truy cập không tồn tại hoặc bài viết đã bị gỡ bỏ.</p>
                <p><a href="/" class="btn-home">Quay về trang chủ</a></p>
            </div>
        </div>"""
    gp = "/thu-tuong-chu-tri-hoi-nghi-truc-tuyen-chinh-phu-voi-dia-phuong-115191230183012485.htm"
    write("soft404_removed_article", gp, page(gp, f"Không tìm thấy trang | {SITE}", "Không tìm thấy trang", "", gone, seed=80), "soft_404")


if __name__ == "__main__":
    main()
