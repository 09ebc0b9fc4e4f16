#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for the held-out template vccorp/tapchi2023 (deterministic).

    python tests/variants/vccorp/tapchi2023/make.py

Writes every <page>.html and its truth <page>.json from the data in content.py, so that the
truth is exactly the text the pages print. All text is invented for this test.
"""
from __future__ import annotations

import hashlib
import html
import json
import re
import sys
import unicodedata
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import content as C  # noqa: E402

HOST = "https://tapchidattainguyen.gov.vn"
CDN = "https://cdn.tapchidattainguyen.gov.vn"
TODAY = datetime(2024, 3, 20, 7, 42)
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def visible(fragment: str) -> str:
    t = re.sub(r"<[^>]+>", "", fragment)
    return re.sub(r"\s+", " ", html.unescape(t)).strip()


def slugify(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def h8(s: str, n: int = 3) -> int:
    return int(hashlib.md5(s.encode()).hexdigest(), 16) % (10 ** n)


def news_id(ts: datetime, ms: int) -> str:
    return "115" + ts.strftime("%y%m%d%H%M%S") + f"{ms:03d}"


def fmt_time(ts: datetime, fmt: str) -> str:
    if fmt == "A":
        return ts.strftime("%d/%m/%Y %H:%M")
    if fmt == "B":
        return f"{WEEKDAYS[ts.weekday()]}, {ts.strftime('%d/%m/%Y - %H:%M')}"
    return ts.strftime("%d/%m/%Y | %H:%M") + " GMT+7"


# ----------------------------------------------------------------------------- items
class Item:
    def __init__(self, title, cat, ts, nid, art=None):
        self.title, self.cat, self.ts, self.nid, self.art = title, cat, ts, nid, art
        self.path = f"/{slugify(title)}-{nid}.htm"
        self.thumb = f"{CDN}/thumb_w/360/{ts.year}/{ts.month}/{ts.day}/{slugify(title)[:40]}-{nid[-6:]}.jpg"

    @property
    def sapo(self):
        if self.art:
            return self.art["lead"]
        return "Bài viết cập nhật thông tin về " + self.title[0].lower() + self.title[1:] + "."


ARTS = []
for a in C.ARTICLES:
    for k in ("title", "lead"):
        a[k] = nfc(a[k])
    ARTS.append(Item(a["title"], a["cat"], a["ts"], news_id(a["ts"], a["ms"]), a))
BYKEY = {it.art["key"]: it for it in ARTS}
FILL = []
for cat, title, ts in C.FILLER:
    ts = ts.replace(second=h8(title, 2) % 60)
    FILL.append(Item(nfc(title), cat, ts, news_id(ts, h8(title + "x"))))
BYTITLE = {it.title: it for it in ARTS + FILL}
ALL = sorted(ARTS + FILL, key=lambda i: i.ts, reverse=True)


def in_cat(cat):
    return [i for i in ALL if i.cat == cat or C.PARENT.get(i.cat) == cat]


# ----------------------------------------------------------------------------- chrome
def css() -> str:
    base = """
*{box-sizing:border-box}html,body{margin:0;padding:0}body{font-family:"Roboto",Arial,Helvetica,sans-serif;font-size:15px;color:#222;background:#fff}
a{color:#1b1b1b;text-decoration:none}a:hover{color:#0a6b3d}img{max-width:100%;height:auto;border:0}
.dtn-container{width:1160px;margin:0 auto;position:relative}.dtn-row{display:flex;flex-wrap:wrap}
.dtn-topbar{background:#0a6b3d;color:#fff;font-size:13px;height:32px;line-height:32px}.dtn-topbar a{color:#fff;margin-left:14px}
.dtn-topbar__date{float:left}.dtn-topbar__links{float:right}
.dtn-header__brand{display:flex;align-items:center;height:96px}.dtn-header__logo img{height:72px}
.dtn-header__slogan{margin-left:16px;color:#0a6b3d;font-size:13px;text-transform:uppercase;letter-spacing:.3px}
.dtn-search{margin-left:auto;position:relative}.dtn-search input{width:260px;height:34px;border:1px solid #cfd8d3;padding:0 36px 0 10px;border-radius:17px}
.dtn-search button{position:absolute;right:4px;top:4px;width:26px;height:26px;border:0;background:transparent}
.dtn-nav{background:#f3f7f5;border-top:2px solid #0a6b3d;border-bottom:1px solid #dde6e1}.dtn-nav__list{list-style:none;margin:0;padding:0;display:flex}
.dtn-nav__item{position:relative}.dtn-nav__item>a{display:block;padding:0 14px;line-height:42px;font-weight:700;font-size:14px;text-transform:uppercase}
.dtn-nav__item.active>a,.dtn-nav__item>a:hover{color:#0a6b3d}.dtn-nav__sub{display:none;position:absolute;top:42px;left:0;background:#fff;min-width:220px;z-index:20;box-shadow:0 4px 12px rgba(0,0,0,.12);list-style:none;padding:6px 0;margin:0}
.dtn-nav__item:hover .dtn-nav__sub{display:block}.dtn-nav__sub a{display:block;padding:8px 14px;font-size:14px}
.dtn-hotkeys{font-size:13px;padding:8px 0;border-bottom:1px solid #eee}.dtn-hotkeys span{font-weight:700;color:#0a6b3d;margin-right:6px}.dtn-hotkeys a{margin-right:12px;color:#555}
.dtn-main{padding:18px 0 30px}.dtn-col-main{width:780px;margin-right:40px}.dtn-col-side{width:340px}
.dtn-breadcrumb{font-size:14px;margin-bottom:10px}.dtn-breadcrumb a{color:#0a6b3d;font-weight:700;text-transform:uppercase}.dtn-breadcrumb a+a:before{content:"\\203A";margin:0 8px;color:#999}
.dtn-detail__title{font-size:32px;line-height:42px;font-weight:700;margin:6px 0 12px}
.dtn-detail__meta{display:flex;font-size:14px;color:#777;margin-bottom:14px;align-items:center}.dtn-detail__author{font-weight:700;color:#333;margin-right:14px}
.dtn-detail__sapo{font-size:17px;line-height:27px;font-weight:700;margin:0 0 16px;color:#222}
.dtn-detail__content{font-size:17px;line-height:28px}.dtn-detail__content p{margin:0 0 16px}.dtn-detail__content h2{font-size:21px;margin:22px 0 12px}.dtn-detail__content h3{font-size:19px;margin:18px 0 10px}
.dtn-detail__content figure{margin:0 0 18px}.dtn-detail__content figcaption{background:#f4f4f4;padding:8px 12px;font-size:14px;line-height:21px;color:#555;text-align:center}
.dtn-detail__content figcaption p{margin:0}.dtn-photo__credit{font-style:italic;color:#777}
.dtn-detail__content table{width:100%;border-collapse:collapse;margin:0 0 18px;font-size:15px}.dtn-detail__content td{border:1px solid #ccc;padding:6px 8px}
.dtn-quote{margin:20px 0;padding:16px 20px 16px 56px;background:#eef6f1;position:relative}.dtn-quote:before{content:"\\201C";position:absolute;left:14px;top:-6px;font-size:64px;color:#0a6b3d}
.dtn-quote blockquote{margin:0;font-style:italic;font-size:17px}
.dtn-inline-relate{float:left;width:250px;margin:4px 22px 14px 0;border-top:3px solid #0a6b3d;background:#f7f9f8;padding:10px 12px}.dtn-inline-relate__title{font-weight:700;text-transform:uppercase;font-size:14px;color:#0a6b3d;margin-bottom:6px}
.dtn-inline-relate ul{list-style:none;margin:0;padding:0}.dtn-inline-relate li{font-size:14px;line-height:20px;padding:6px 0;border-top:1px dotted #ccc}
.dtn-inline-card{display:flex;border:1px solid #e1e1e1;padding:12px;margin:0 0 18px;background:#fafafa}.dtn-inline-card__thumb{width:180px;flex:none;margin-right:14px}
.dtn-inline-card__title{display:block;font-weight:700;font-size:16px;line-height:22px;margin-bottom:6px}.dtn-inline-card__sapo{font-size:14px;line-height:20px;color:#555;margin:0!important}
.dtn-detail__tags{margin:20px 0;font-size:14px}.dtn-detail__tags a{display:inline-block;background:#f1f1f1;padding:4px 10px;margin:0 6px 6px 0;border-radius:3px}
.dtn-share{display:flex;align-items:center;gap:8px;margin:10px 0}.dtn-share a{display:inline-flex;width:32px;height:32px;border-radius:50%;background:#eef1ef;align-items:center;justify-content:center}
.dtn-share svg{width:16px;height:16px;fill:#444}.dtn-share__label{font-size:13px;color:#777;margin-right:4px}
.dtn-box{margin:26px 0}.dtn-box__head{border-bottom:2px solid #0a6b3d;margin-bottom:12px}.dtn-box__head h3,.dtn-box__head span{display:inline-block;background:#0a6b3d;color:#fff;font-size:14px;text-transform:uppercase;padding:6px 14px;margin:0}
.dtn-box__list{list-style:none;margin:0;padding:0}.dtn-box__list li{padding:9px 0;border-bottom:1px solid #eee;font-size:15px;line-height:21px}
.dtn-time{color:#999;font-size:13px;margin-left:6px;white-space:nowrap}
.dtn-story{display:flex;padding:14px 0;border-bottom:1px solid #eee}.dtn-story__thumb{width:260px;flex:none;margin-right:16px}
.dtn-story__title{font-size:19px;line-height:26px;font-weight:700;margin:0 0 6px}.dtn-story__sapo{font-size:14px;line-height:21px;color:#555;margin:6px 0 0}
.dtn-mostread ol{list-style:none;counter-reset:mr;margin:0;padding:0}.dtn-mostread li{counter-increment:mr;display:flex;padding:10px 0;border-bottom:1px solid #eee;font-size:15px;line-height:21px}
.dtn-mostread li:before{content:counter(mr);font-size:28px;color:#0a6b3d;font-weight:700;width:36px;flex:none}
.dtn-banner{margin:0 0 18px}.dtn-banner img{display:block;width:100%}
.dtn-links select{width:100%;height:34px;margin-bottom:8px;border:1px solid #ccc}
.dtn-print-cover{display:flex;gap:10px}.dtn-print-cover a{width:50%;text-align:center;font-size:13px}
.dtn-pager{display:flex;gap:6px;margin:20px 0}.dtn-pager a,.dtn-pager span{display:inline-block;min-width:34px;height:34px;line-height:34px;text-align:center;border:1px solid #ddd;border-radius:3px}
.dtn-pager .active{background:#0a6b3d;color:#fff;border-color:#0a6b3d}
.dtn-footer{background:#0a4d2d;color:#e2efe8;font-size:14px;line-height:22px;padding:24px 0}.dtn-footer a{color:#fff}
.dtn-footer__menu{list-style:none;margin:0 0 16px;padding:0 0 12px;display:flex;flex-wrap:wrap;border-bottom:1px solid rgba(255,255,255,.2)}.dtn-footer__menu li{margin-right:18px}
.dtn-footer__cols{display:flex;justify-content:space-between}.dtn-footer__col{width:48%}.dtn-footer__badge img{height:44px}
.dtn-static h1,.dtn-page-title{font-size:26px;color:#0a6b3d;margin:8px 0 16px}.dtn-static p{font-size:16px;line-height:26px}
.dtn-form label{display:block;font-weight:700;margin:10px 0 4px}.dtn-form input,.dtn-form textarea{width:100%;border:1px solid #ccc;padding:8px}
.dtn-form button{background:#0a6b3d;color:#fff;border:0;padding:10px 22px;margin-top:12px}
.dtn-404{text-align:center;padding:40px 0}.dtn-404 strong{display:block;font-size:72px;color:#0a6b3d;line-height:80px}
.dtn-sitemap ul{columns:2;list-style:none;padding:0}.dtn-sitemap li{padding:4px 0}.dtn-sitemap h2{font-size:18px;border-bottom:1px solid #ddd}
"""
    util = []
    for prop, short in (("margin-top", "mt"), ("margin-bottom", "mb"), ("padding-top", "pt"),
                        ("padding-bottom", "pb"), ("margin-left", "ml"), ("margin-right", "mr")):
        util.append("".join(f".dtn-{short}-{n}{{{prop}:{n}px!important}}" for n in range(0, 42, 2)))
    for w in range(10, 101, 5):
        util.append(f".dtn-w-{w}{{width:{w}%!important}}")
    for bp in (1280, 1024, 768):
        util.append(f"@media (max-width:{bp}px){{.dtn-container{{width:{bp - 40}px}}"
                    f".dtn-col-main{{width:{int((bp - 40) * .66)}px}}.dtn-col-side{{width:{int((bp - 40) * .30)}px}}"
                    f".dtn-story__thumb{{width:{bp // 5}px}}.dtn-detail__title{{font-size:{bp // 40}px}}}}")
    return base + "\n".join(util)


ICONS = {
    "facebook": "M22 12a10 10 0 1 0-11.6 9.9v-7H7.9V12h2.5V9.8c0-2.5 1.5-3.9 3.8-3.9 1.1 0 2.2.2 2.2.2v2.5h-1.2c-1.2 0-1.6.8-1.6 1.6V12h2.8l-.4 2.9h-2.3v7A10 10 0 0 0 22 12z",
    "zalo": "M12 2C6.5 2 2 6 2 10.9c0 2.8 1.5 5.3 3.8 6.9L5 21.5l4.1-2.2c.9.2 1.9.4 2.9.4 5.5 0 10-4 10-8.9S17.5 2 12 2zm-4.3 11.3H5.4l2.2-3H5.6v-1h3.5l-2.2 3h1.8v1zm3.1 0h-1v-.4c-.3.3-.7.5-1.2.5-.9 0-1.6-.8-1.6-1.8s.7-1.8 1.6-1.8c.5 0 .9.2 1.2.5v-.4h1v3.4zm1.6 0h-1V8.6h1v4.7zm2.9.1c-1 0-1.8-.8-1.8-1.8s.8-1.8 1.8-1.8 1.8.8 1.8 1.8-.8 1.8-1.8 1.8z",
    "twitter": "M22.5 5.9c-.8.3-1.6.6-2.5.7.9-.5 1.6-1.4 1.9-2.4-.8.5-1.8.9-2.7 1.1a4.3 4.3 0 0 0-7.4 3.9A12.2 12.2 0 0 1 3 4.7a4.3 4.3 0 0 0 1.3 5.7c-.7 0-1.4-.2-2-.5 0 2.1 1.5 3.8 3.4 4.2-.6.2-1.3.2-1.9.1.5 1.7 2.1 3 4 3a8.6 8.6 0 0 1-6.3 1.8 12.1 12.1 0 0 0 6.6 1.9c7.9 0 12.2-6.5 12.2-12.2v-.6c.8-.6 1.5-1.3 2.1-2.2z",
    "link": "M10.6 13.4a1 1 0 0 1 0-1.4l3.5-3.5a1 1 0 1 1 1.4 1.4L12 13.4a1 1 0 0 1-1.4 0zm-2.1 4.2a3 3 0 0 1-4.2-4.2l2.8-2.8a1 1 0 0 0-1.4-1.4l-2.8 2.8a5 5 0 0 0 7.1 7.1l2.8-2.8a1 1 0 0 0-1.4-1.4l-2.9 2.7zm12.1-14.2a5 5 0 0 0-7.1 0l-2.8 2.8a1 1 0 0 0 1.4 1.4l2.8-2.8a3 3 0 0 1 4.2 4.2l-2.8 2.8a1 1 0 0 0 1.4 1.4l2.8-2.8a5 5 0 0 0 .1-7z",
    "print": "M19 8H5a3 3 0 0 0-3 3v6h4v4h12v-4h4v-6a3 3 0 0 0-3-3zm-3 11H8v-5h8v5zm3-7a1 1 0 1 1 0-2 1 1 0 0 1 0 2zM18 3H6v4h12V3z",
}


def share(where: str, it: Item | None = None) -> str:
    url = HOST + it.path if it else HOST + "/"
    out = [f'<div class="dtn-share dtn-share--{where}"><span class="dtn-share__label">Chia sẻ</span>']
    for name, title in (("facebook", "Chia sẻ Facebook"), ("zalo", "Chia sẻ Zalo"),
                        ("twitter", "Chia sẻ Twitter"), ("link", "Sao chép liên kết"), ("print", "In bài viết")):
        out.append(f'<a href="javascript:;" class="dtn-share__btn dtn-share__btn--{name}" data-url="{esc(url)}" '
                   f'title="{title}" rel="nofollow"><svg viewBox="0 0 24 24" aria-hidden="true"><path d="{ICONS[name]}"/></svg></a>')
    out.append("</div>")
    return "".join(out)


NAV = [("thoi-su", ["hoat-dong-cua-bo"]), ("chinh-sach", []), ("chuyen-doi-so", []), ("moi-truong", []),
       ("nong-thon-moi", []), ("khoa-hoc-cong-nghe", []), ("anh", [])]
EXTRA_SUB = {"thoi-su": [("/thoi-su/dia-phuong.htm", "Địa phương"), ("/thoi-su/quoc-te.htm", "Quốc tế")],
             "chinh-sach": [("/chinh-sach/van-ban-moi.htm", "Văn bản mới"), ("/chinh-sach/hoi-dap.htm", "Hỏi đáp chính sách"),
                            ("/chinh-sach/du-thao.htm", "Lấy ý kiến dự thảo")],
             "moi-truong": [("/moi-truong/bien-doi-khi-hau.htm", "Biến đổi khí hậu"), ("/moi-truong/da-dang-sinh-hoc.htm", "Đa dạng sinh học")],
             "khoa-hoc-cong-nghe": [("/khoa-hoc-cong-nghe/de-tai.htm", "Đề tài - Dự án"), ("/khoa-hoc-cong-nghe/sang-kien.htm", "Sáng kiến")],
             "anh": [("/video.htm", "Video"), ("/infographic.htm", "Infographic")]}


def cat_path(cat: str) -> str:
    return f"/{cat}.htm"


def header(active: str | None) -> str:
    d = TODAY
    nav = ['<li class="dtn-nav__item dtn-nav__item--home"><a href="/" title="Trang chủ">Trang chủ</a></li>']
    for cat, subs in NAV:
        cls = " active" if active in (cat, *subs) else ""
        sub = "".join(f'<li><a href="{cat_path(s)}" title="{esc(C.CATS[s])}">{esc(C.CATS[s])}</a></li>' for s in subs)
        sub += "".join(f'<li><a href="{p}" title="{esc(t)}">{esc(t)}</a></li>' for p, t in EXTRA_SUB.get(cat, []))
        nav.append(f'<li class="dtn-nav__item{cls}"><a href="{cat_path(cat)}" title="{esc(C.CATS[cat])}">{esc(C.CATS[cat])}</a>'
                   + (f'<ul class="dtn-nav__sub">{sub}</ul>' if sub else "") + "</li>")
    nav.append('<li class="dtn-nav__item"><a href="/emagazine.htm" title="E-Magazine">E-Magazine</a></li>')
    return f"""
<div class="dtn-topbar"><div class="dtn-container">
<span class="dtn-topbar__date">{WEEKDAYS[d.weekday()]}, {d.strftime('%d/%m/%Y')}</span>
<span class="dtn-topbar__links"><a href="/tin-moi.htm" title="Tin mới">Tin mới</a><a href="/rss.htm" title="RSS">RSS</a><a href="/lien-he.htm" title="Liên hệ">Liên hệ</a><a href="/dang-nhap.htm" rel="nofollow" title="Đăng nhập">Đăng nhập</a></span>
</div></div>
<header class="dtn-header"><div class="dtn-container dtn-header__brand">
<a class="dtn-header__logo" href="/" title="{esc(C.SITE_NAME)}"><img src="{CDN}/web_images/logo-tapchi-dtn.png" alt="{esc(C.SITE_NAME)}" width="320" height="72"></a>
<div class="dtn-header__slogan">Cơ quan của {esc(C.MINISTRY)}<br>Diễn đàn chính sách và khoa học về đất đai, tài nguyên, môi trường</div>
<form class="dtn-search" action="/tim-kiem.htm" method="get" role="search"><input type="text" name="keywords" placeholder="Tìm kiếm tin tức" aria-label="Tìm kiếm tin tức" autocomplete="off"><button type="submit" aria-label="Tìm kiếm"><svg viewBox="0 0 24 24" width="16" height="16"><path d="M15.5 14h-.8l-.3-.3A6.5 6.5 0 1 0 14 15.5l.3.3v.8l5 5 1.5-1.5-5-5zm-6 0A4.5 4.5 0 1 1 14 9.5 4.5 4.5 0 0 1 9.5 14z"/></svg></button></form>
</div>
<nav class="dtn-nav" id="dtn-nav"><div class="dtn-container"><ul class="dtn-nav__list">{''.join(nav)}</ul></div></nav>
<div class="dtn-container dtn-hotkeys"><span>Tiêu điểm:</span><a href="/tim-kiem.htm?keywords=n%C6%B0%E1%BB%9Bc+s%E1%BA%A1ch">Nước sạch</a><a href="/su-kien/luat-dat-dai-2024.htm">Luật Đất đai 2024</a><a href="/su-kien/mua-kho-2024.htm">Mùa khô 2024</a><a href="/su-kien/chuyen-doi-so-nganh.htm">Chuyển đổi số ngành</a></div>
</header>"""


LINK_GROUPS = [
    ("Chính phủ", ["Cổng thông tin điện tử Chính phủ", "Văn phòng Chính phủ", "Cổng Dịch vụ công quốc gia", "Cơ sở dữ liệu quốc gia về văn bản pháp luật"]),
    ("Các bộ, ngành ở Trung ương", ["Bộ Kế hoạch và Đầu tư", "Bộ Tài chính", "Bộ Xây dựng", "Bộ Công Thương", "Bộ Giao thông vận tải",
                                   "Bộ Khoa học và Công nghệ", "Bộ Thông tin và Truyền thông", "Bộ Tư pháp", "Bộ Nội vụ", "Bộ Y tế"]),
    ("Đơn vị trực thuộc Bộ", ["Cục Quản lý Tài nguyên nước", "Cục Đăng ký và Dữ liệu thông tin đất đai", "Cục Kiểm soát ô nhiễm môi trường",
                             "Cục Địa chất", "Cục Đo đạc, Bản đồ và Thông tin địa lý", "Viện Chiến lược, Chính sách tài nguyên",
                             "Trung tâm Truyền thông tài nguyên", "Báo Phù Sa"]),
    ("Sở Tài nguyên các tỉnh, thành phố", ["Sở Tài nguyên thành phố Hà Nội", "Sở Tài nguyên Thành phố Hồ Chí Minh", "Sở Tài nguyên thành phố Đà Nẵng",
                                           "Sở Tài nguyên thành phố Hải Phòng", "Sở Tài nguyên thành phố Cần Thơ", "Sở Tài nguyên tỉnh Đắk Lắk",
                                           "Sở Tài nguyên tỉnh Gia Lai", "Sở Tài nguyên tỉnh Lâm Đồng", "Sở Tài nguyên tỉnh Cà Mau",
                                           "Sở Tài nguyên tỉnh Quảng Ninh", "Sở Tài nguyên tỉnh Nghệ An", "Sở Tài nguyên tỉnh Thừa Thiên Huế"]),
]


def sidebar() -> str:
    reads = [BYKEY[k] for k in ("a04", "a01", "a08", "a07", "a05", "a03", "a10", "a12")]
    mr = "".join(f'<li><a href="{i.path}" title="{esc(i.title)}">{esc(i.title)}</a></li>' for i in reads)
    links = ""
    for g, names in LINK_GROUPS:
        opts = "".join(f'<option value="https://lienket.invalid/{slugify(n)}">{esc(n)}</option>' for n in names)
        links += f'<select onchange="dtnOpenLink(this)" aria-label="{esc(g)}"><option value="">-- {esc(g)} --</option>{opts}</select>'
    return f"""
<aside class="dtn-col-side" id="dtn-sidebar">
<div class="dtn-banner" id="adm_sticky_right_1"><a href="https://dichvucong.gov.vn" target="_blank" rel="nofollow" title="Cổng Dịch vụ công quốc gia"><img src="{CDN}/web_images/banner-dvc-quoc-gia.png" alt="Cổng Dịch vụ công quốc gia" width="340" height="120"></a></div>
<div class="dtn-box dtn-mostread"><div class="dtn-box__head"><span>Đọc nhiều</span></div><ol>{mr}</ol></div>
<div class="dtn-box dtn-print"><div class="dtn-box__head"><span>Tạp chí in</span></div>
<div class="dtn-print-cover"><a href="/tap-chi-in/so-5-2024.htm" title="Số 5 - Tháng 3/2024"><img src="{CDN}/web_images/bia-so-5-2024.jpg" alt="Bìa tạp chí số 5 năm 2024" width="160" height="220"><br>Số 5 - Tháng 3/2024</a>
<a href="/tap-chi-in/so-4-2024.htm" title="Số 4 - Tháng 2/2024"><img src="{CDN}/web_images/bia-so-4-2024.jpg" alt="Bìa tạp chí số 4 năm 2024" width="160" height="220"><br>Số 4 - Tháng 2/2024</a></div></div>
<div class="dtn-box dtn-links"><div class="dtn-box__head"><span>Liên kết website</span></div>{links}</div>
<div class="dtn-banner"><a href="/chuyen-de/luat-dat-dai-2024.htm" title="Chuyên trang Luật Đất đai 2024"><img src="{CDN}/web_images/banner-luat-dat-dai-2024.jpg" alt="Chuyên trang Luật Đất đai 2024" width="340" height="200"></a></div>
<div class="dtn-banner" id="adm_sticky_right_2"><div id="zone-dtn-right-2" data-zone="right_2"></div></div>
</aside>"""


def footer() -> str:
    menu = "".join(f'<li><a href="{cat_path(c)}">{esc(n)}</a></li>' for c, n in C.CATS.items() if c not in C.PARENT)
    menu += ('<li><a href="/gioi-thieu.htm">Giới thiệu</a></li><li><a href="/lien-he.htm">Liên hệ</a></li>'
             '<li><a href="/so-do-website.htm">Sơ đồ website</a></li><li><a href="/rss.htm">RSS</a></li>')
    return f"""
<footer class="dtn-footer" id="dtn-footer"><div class="dtn-container">
<ul class="dtn-footer__menu">{menu}</ul>
<div class="dtn-footer__cols">
<div class="dtn-footer__col">
<p><strong>{esc(C.SITE_NAME.upper())}</strong><br>Cơ quan của {esc(C.MINISTRY)}</p>
<p>Giấy phép hoạt động tạp chí điện tử số 215/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 14/05/2021.</p>
<p>Tổng Biên tập: Nguyễn Văn Thịnh<br>Phó Tổng Biên tập: Trần Thị Hoa, Lê Quốc Bảo</p>
</div>
<div class="dtn-footer__col">
<p>Tòa soạn: Số 18 phố Hoàng Quốc Việt, quận Cầu Giấy, Hà Nội<br>Văn phòng đại diện phía Nam: Số 42 đường Nguyễn Thông, Quận 3, TP. Hồ Chí Minh</p>
<p>Điện thoại: 024.3793.6420 - Fax: 024.3793.6421<br>Email: toasoan@tapchidattainguyen.gov.vn</p>
<p>Ghi rõ nguồn "{esc(C.SITE_NAME)}" khi phát hành lại thông tin từ website này.</p>
<p class="dtn-footer__badge"><a href="https://tinnhiemmang.vn" target="_blank" rel="nofollow" title="Chứng nhận Tín Nhiệm Mạng"><img src="{CDN}/web_images/tin-nhiem-mang.png" alt="Chứng nhận Tín Nhiệm Mạng" width="120" height="44"></a></p>
</div></div>
<p class="dtn-footer__copy">© Bản quyền thuộc về {esc(C.SITE_NAME)}. Thiết kế và phát triển trên nền tảng CMS tòa soạn điện tử.</p>
</div></footer>"""


def scripts(page_type: str, nid: str = "0", cat: str = "") -> str:
    zones = ",".join(f'{{"id":"zone-dtn-{n}","slot":"{n}","w":{w},"h":{h}}}'
                     for n, w, h in (("top", 1160, 90), ("right_1", 340, 280), ("right_2", 340, 600),
                                     ("inread", 640, 360), ("bottom", 1160, 250), ("catfish", 728, 90)))
    return f"""
<script>
var pageSettings = {{"Domain":"{HOST}","ImageStorage":"{CDN}/","VideoStorage":"https://video.tapchidattainguyen.gov.vn/","sharefbApiDomain":"https://sharefb.tapchidattainguyen.gov.vn","commentSiteName":"tapchidtn","allowComment":false,"PageType":"{page_type}","NewsId":"{nid}","ZoneUrl":"{cat}","trackingDomain":"https://log.tapchidattainguyen.gov.vn","adsZones":[{zones}]}};
function dtnOpenLink(s){{if(s.value){{window.open(s.value,'_blank');s.selectedIndex=0;}}}}
(function(){{var lazy=[].slice.call(document.querySelectorAll('img[data-original]'));function show(){{lazy.forEach(function(img){{if(!img.getAttribute('data-loaded')){{var r=img.getBoundingClientRect();if(r.top<window.innerHeight+400){{img.src=img.getAttribute('data-original');img.setAttribute('data-loaded','1');}}}}}});}}window.addEventListener('scroll',show,{{passive:true}});document.addEventListener('DOMContentLoaded',show);}})();
(function(){{var btns=document.querySelectorAll('.dtn-share__btn');for(var i=0;i<btns.length;i++){{btns[i].addEventListener('click',function(e){{e.preventDefault();var u=encodeURIComponent(this.getAttribute('data-url'));var c=this.className;if(c.indexOf('facebook')>-1)window.open('https://www.facebook.com/sharer/sharer.php?u='+u,'_blank','width=600,height=460');else if(c.indexOf('zalo')>-1)window.open('https://sp.zalo.me/share_inline?url='+u,'_blank','width=600,height=460');else if(c.indexOf('twitter')>-1)window.open('https://twitter.com/intent/tweet?url='+u,'_blank','width=600,height=460');else if(c.indexOf('print')>-1)window.print();else if(navigator.clipboard)navigator.clipboard.writeText(decodeURIComponent(u));}});}}}})();
(function(){{var t=new Image();t.src=pageSettings.trackingDomain+'/t.gif?type='+pageSettings.PageType+'&id='+pageSettings.NewsId+'&z='+encodeURIComponent(pageSettings.ZoneUrl)+'&r='+encodeURIComponent(document.referrer)+'&_='+(+new Date());}})();
</script>
<script async src="{CDN}/web_js/dtn.app.min.js?v=2023.11.07.1"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-DTN2023XYZ"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-DTN2023XYZ');</script>"""


def page(title: str, body: str, *, active=None, page_type="home", nid="0", cat="", head_extra="", canonical="/",
         description="") -> str:
    desc = description or "Tạp chí điện tử Đất đai và Tài nguyên - Cơ quan của Bộ Đất đai và Tài nguyên: tin tức, chính sách, nghiên cứu về đất đai, tài nguyên nước, khoáng sản, môi trường."
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=1200">
<title>{esc(title)}</title>
<meta name="description" content="{esc(desc)}">
<meta name="keywords" content="tạp chí đất đai, tài nguyên nước, môi trường, khoáng sản, chính sách đất đai">
<meta name="robots" content="index,follow">
<meta name="copyright" content="{esc(C.SITE_NAME)}">
<meta name="author" content="{esc(C.SITE_NAME)}">
<link rel="canonical" href="{HOST}{canonical}">
<link rel="alternate" media="only screen and (max-width: 640px)" href="https://m.tapchidattainguyen.gov.vn{canonical}">
<link rel="alternate" type="application/rss+xml" title="RSS" href="{HOST}/rss/home.rss">
<link rel="shortcut icon" href="{CDN}/web_images/favicon.ico">
<meta property="fb:app_id" content="2023110700001">
<meta property="og:site_name" content="{esc(C.SITE_NAME)}">
{head_extra}
<link rel="preconnect" href="{CDN}">
<link rel="stylesheet" href="{CDN}/web_css/dtn.font.min.css?v=2023.11.07.1">
<style>{css()}</style>
</head>
<body class="dtn-body dtn-body--{page_type}">
<div id="admWrapsite">
<div class="dtn-ads-top" id="adm_top"><div id="zone-dtn-top" data-zone="top"></div></div>
{header(active)}
<main class="dtn-main"><div class="dtn-container dtn-row">
{body}
{sidebar()}
</div></main>
<div class="dtn-container dtn-ads-bottom"><div id="zone-dtn-bottom" data-zone="bottom"></div></div>
{footer()}
</div>
{scripts(page_type, nid, cat)}
</body>
</html>
"""


# ----------------------------------------------------------------------------- article
def photo_html(a, n, blk):
    _, fname, cap, credit, style = blk
    ts = a["ts"]
    src = f"{CDN}/{ts.year}/{ts.month}/{ts.day}/{fname}"
    alt = f'{a["title"]} - Ảnh {n}.'
    big = src.replace(CDN + "/", CDN + "/zoom/1200/")
    if style == "inline":
        fc = f"<p>{esc(cap)}" + (f" {esc(credit)}" if credit else "") + "</p>"
    elif style == "dash":
        fc = f"<p>{esc(cap)}" + (f" - {esc(credit)}" if credit else "") + "</p>"
    else:  # span
        fc = f"<p>{esc(cap)}</p>" + (f'<p class="dtn-photo__credit">{esc(credit)}</p>' if credit else "")
    lazy = f' data-original="{src}"' if n % 2 == 0 else ""
    h = (f'<div class="dtn-media" type="Photo" data-style="align-center"><figure class="dtn-media__fig">'
         f'<a href="{big}" data-fancybox="img-lightbox" title="{esc(alt)}" target="_blank">'
         f'<img src="{src}"{lazy} alt="{esc(alt)}" title="{esc(alt)}" width="780" height="520" loading="lazy" class="dtn-media__img"></a>'
         f'<figcaption class="dtn-media__caption" data-placeholder="[nhập chú thích]">{fc}</figcaption></figure></div>')
    truth = {"src": src, "caption": cap, "credit": credit}
    return h, truth


def ref_item(ref):
    return BYKEY[ref] if ref in BYKEY else BYTITLE[nfc(ref)]


def article_page(it: Item):
    a = it.art
    paras, images, out = [], [], []
    n_photo = 0
    for blk in a["body"]:
        kind = blk[0]
        if kind == "p":
            out.append(f"<p>{blk[1]}</p>")
            paras.append(visible(blk[1]))
        elif kind in ("h2", "h3"):
            out.append(f"<{kind}>{esc(blk[1])}</{kind}>")
            paras.append(blk[1])
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{esc(x)}</li>" for x in blk[1]) + f"</{kind}>")
            paras.extend(blk[1])
        elif kind == "table":
            rows = []
            for i, r in enumerate(blk[1]):
                cells = "".join((f"<td><strong>{esc(c)}</strong></td>" if i == 0 else f"<td>{esc(c)}</td>") for c in r)
                rows.append(f"<tr>{cells}</tr>")
                paras.append(" | ".join(r))
            out.append(f'<table class="dtn-table" border="1" cellpadding="4" cellspacing="0"><tbody>{"".join(rows)}</tbody></table>')
        elif kind == "quote":
            out.append(f'<div class="dtn-quote" type="SimpleQuote"><blockquote><p>{esc(blk[1])}</p></blockquote></div>')
            paras.append(blk[1])
        elif kind == "photo":
            n_photo += 1
            h, t = photo_html(a, n_photo, blk)
            out.append(h)
            images.append(t)
        elif kind == "relbox":
            lis = "".join(f'<li><a href="{ref_item(r).path}" title="{esc(ref_item(r).title)}">{esc(ref_item(r).title)}</a></li>'
                          for r in blk[1])
            out.append(f'<div class="dtn-inline-relate" type="RelatedNewsBox" contenteditable="false">'
                       f'<div class="dtn-inline-relate__title">Tin liên quan</div><ul>{lis}</ul></div>')
        elif kind == "card":
            r = ref_item(blk[1])
            out.append(f'<div class="dtn-inline-card" type="RelatedOneNews" contenteditable="false">'
                       f'<a class="dtn-inline-card__thumb" href="{r.path}" title="{esc(r.title)}"><img src="{r.thumb}" alt="{esc(r.title)}" width="180" height="120"></a>'
                       f'<div class="dtn-inline-card__info"><a class="dtn-inline-card__title" href="{r.path}" title="{esc(r.title)}">{esc(r.title)}</a>'
                       f'<p class="dtn-inline-card__sapo">{esc(r.sapo)}</p></div></div>')
        elif kind == "blank":
            out.append("<p>&nbsp;</p>")
    for kind, text in a["sig"]:
        if kind == "b":
            out.append(f'<p style="text-align: right;"><strong>{esc(text)}</strong></p>')
        else:
            out.append(f'<p style="text-align: right;"><em>{esc(text)}</em></p>')

    cat = a["cat"]
    crumbs = []
    if cat in C.PARENT:
        crumbs.append(C.PARENT[cat])
    crumbs.append(cat)
    crumb_html = "".join(f'<a href="{cat_path(c)}" title="{esc(C.CATS[c])}" itemprop="item">{esc(C.CATS[c])}</a>' for c in crumbs)
    if a["meta_authors"]:
        auth = " - ".join(f'<a href="/tac-gia/{slugify(x)}.htm" rel="author">{esc(x)}</a>' for x in a["meta_authors"])
        auth_html = f'<div class="dtn-detail__author">{auth}</div>'
    else:
        auth_html = ""
    timestr = fmt_time(a["ts"], a["fmt"])
    iso = a["ts"].strftime("%Y-%m-%dT%H:%M:00+07:00")  # as printed (minutes); the id keeps the seconds
    prefix = "(TCĐT) - " if a["prefix"] else ""
    tags = "".join(f'<a href="/tag/{slugify(t)}.htm" title="{esc(t)}">{esc(t)}</a>' for t in a["tags"])
    same = [i for i in in_cat(C.PARENT.get(cat, cat)) if i is not it][:8]
    same_html = "".join(f'<li><a href="{i.path}" title="{esc(i.title)}">{esc(i.title)}</a>'
                        f'<span class="dtn-time">{i.ts.strftime("%d/%m/%Y %H:%M")}</span></li>' for i in same)
    main = f"""
<div class="dtn-col-main">
<div class="dtn-detail" id="dtn-detail" data-newsid="{it.nid}" data-zone="{cat}">
<div class="dtn-breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList">{crumb_html}</div>
{share("top", it)}
<h1 class="dtn-detail__title" data-role="title">{esc(a["title"])}</h1>
<div class="dtn-detail__meta">{auth_html}<div class="dtn-detail__time" data-role="publishdate">{esc(timestr)}</div></div>
<h2 class="dtn-detail__sapo" data-role="sapo">{esc(prefix + a["lead"])}</h2>
<div class="dtn-ads-inread" id="zone-dtn-inread" data-zone="inread"></div>
<div class="dtn-detail__content" data-role="content" id="dtn-body">
{chr(10).join(out)}
</div>
<div class="dtn-detail__tags"><span>Từ khóa:</span>{tags}</div>
{share("bottom", it)}
<div class="dtn-detail__back"><a href="{cat_path(cat)}" title="Quay lại">Quay lại</a> <a href="#dtn-nav" title="Lên đầu trang">Đầu trang</a></div>
</div>
<div class="dtn-box dtn-box--samecat"><div class="dtn-box__head"><h3>Tin cùng chuyên mục</h3></div><ul class="dtn-box__list">{same_html}</ul></div>
</div>"""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "mainEntityOfPage": {"@type": "WebPage", "@id": HOST + it.path},
          "headline": a["title"], "description": a["lead"],
          "image": {"@type": "ImageObject", "url": images[0]["src"] if images else it.thumb, "width": 780, "height": 520},
          "datePublished": iso, "dateModified": iso,
          "author": {"@type": "Person", "name": " - ".join(a["meta_authors"]) or C.SITE_NAME},
          "publisher": {"@type": "Organization", "name": C.SITE_NAME,
                        "logo": {"@type": "ImageObject", "url": f"{CDN}/web_images/logo-tapchi-dtn.png"}}}
    head = (f'<meta property="og:type" content="article">\n<meta property="og:title" content="{esc(a["title"])}">\n'
            f'<meta property="og:description" content="{esc(a["lead"])}">\n<meta property="og:url" content="{HOST}{it.path}">\n'
            f'<meta property="og:image" content="{esc(ld["image"]["url"])}">\n'
            f'<meta property="article:published_time" content="{iso}">\n<meta property="article:section" content="{esc(C.CATS[cat])}">\n'
            f'<meta name="news_keywords" content="{esc(", ".join(a["tags"]))}">\n'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    doc = page(f'{a["title"]} - {C.SITE_NAME}', main, active=cat, page_type="detail", nid=it.nid, cat=cat,
               head_extra=head, canonical=it.path, description=a["lead"])
    expected = {
        "title": a["title"], "agency_prefix": "(TCĐT) -" if a["prefix"] else None, "lead": a["lead"],
        "text": "\n\n".join(nfc(p) for p in paras), "published_at": iso, "updated_at": None, "date_label": None,
        "authors": a["authors"], "unit": a["unit"], "images": images, "category": C.CATS[cat],
    }
    return doc, expected


# ----------------------------------------------------------------------------- listings
def story(i: Item, big=False) -> str:
    return (f'<div class="dtn-story{" dtn-story--big" if big else ""}" data-newsid="{i.nid}">'
            f'<a class="dtn-story__thumb" href="{i.path}" title="{esc(i.title)}"><img src="{i.thumb}" alt="{esc(i.title)}" width="260" height="173" loading="lazy"></a>'
            f'<div class="dtn-story__info"><h3 class="dtn-story__title"><a href="{i.path}" title="{esc(i.title)}">{esc(i.title)}</a></h3>'
            f'<a class="dtn-story__cat" href="{cat_path(i.cat)}">{esc(C.CATS[i.cat])}</a><span class="dtn-time">{i.ts.strftime("%d/%m/%Y %H:%M")}</span>'
            f'<p class="dtn-story__sapo">{esc(i.sapo)}</p></div></div>')


def home_page():
    newest = [i for i in ALL if i.art][:12] + [i for i in ALL if not i.art][:6]
    newest.sort(key=lambda i: i.ts, reverse=True)
    blocks = []
    for cat in ("chinh-sach", "moi-truong", "chuyen-doi-so", "khoa-hoc-cong-nghe"):
        items = in_cat(cat)[:5]
        lis = "".join(f'<li><a href="{i.path}" title="{esc(i.title)}">{esc(i.title)}</a></li>' for i in items)
        blocks.append(f'<div class="dtn-box dtn-box--cat"><div class="dtn-box__head"><h3><a href="{cat_path(cat)}">{esc(C.CATS[cat])}</a></h3></div><ul class="dtn-box__list">{lis}</ul></div>')
    main = (f'<div class="dtn-col-main"><h1 class="dtn-page-title" style="position:absolute;left:-9999px">{esc(C.SITE_NAME)}</h1>'
            f'<div class="dtn-highlight">{story(newest[0], True)}</div>'
            f'<div class="dtn-box dtn-box--latest"><div class="dtn-box__head"><h3>Tin mới nhất</h3></div>{"".join(story(i) for i in newest[1:])}</div>'
            f'{"".join(blocks)}'
            f'<div class="dtn-box"><div class="dtn-box__head"><h3>Tiện ích</h3></div><ul class="dtn-box__list">'
            f'<li><a href="/gioi-thieu.htm">Giới thiệu Tạp chí</a></li><li><a href="/lien-he.htm">Liên hệ tòa soạn</a></li>'
            f'<li><a href="/so-do-website.htm">Sơ đồ website</a></li><li><a href="/dang-nhap.htm">Đăng nhập cộng tác viên</a></li></ul></div></div>')
    return page(C.SITE_NAME, main, page_type="home", canonical="/")


def cat_page(cat: str, pageno: int, per=15):
    items = in_cat(cat)
    total = (len(items) + per - 1) // per
    chunk = items[(pageno - 1) * per: pageno * per]
    path = cat_path(cat) if pageno == 1 else f"/{cat}/trang-{pageno}.htm"
    pager = []
    if pageno > 1:
        pager.append(f'<a href="{cat_path(cat) if pageno == 2 else f"/{cat}/trang-{pageno - 1}.htm"}" title="Trang trước">«</a>')
    for p in range(1, max(total, 3) + 1):
        href = cat_path(cat) if p == 1 else f"/{cat}/trang-{p}.htm"
        pager.append(f'<span class="active">{p}</span>' if p == pageno else f'<a href="{href}" title="Trang {p}">{p}</a>')
    pager.append(f'<a href="/{cat}/trang-{pageno + 1}.htm" title="Trang sau">»</a>')
    main = (f'<div class="dtn-col-main"><div class="dtn-breadcrumb"><a href="{cat_path(cat)}">{esc(C.CATS[cat])}</a></div>'
            f'<h1 class="dtn-page-title">{esc(C.CATS[cat])}{"" if pageno == 1 else f" - Trang {pageno}"}</h1>'
            f'<div class="dtn-box dtn-box--list">{"".join(story(i, n == 0 and pageno == 1) for n, i in enumerate(chunk))}</div>'
            f'<div class="dtn-pager">{"".join(pager)}</div></div>')
    return path, page(f'{C.CATS[cat]}{"" if pageno == 1 else f" - Trang {pageno}"} - {C.SITE_NAME}', main, active=cat,
                      page_type="category", cat=cat, canonical=path)


def simple(path, title, inner, page_type):
    latest = [i for i in ALL if i.art][:6] + [i for i in ALL if not i.art][:6]
    latest.sort(key=lambda i: i.ts, reverse=True)
    box = (f'<div class="dtn-box dtn-box--latest"><div class="dtn-box__head"><h3>Tin mới nhất</h3></div>'
           f'{"".join(story(i) for i in latest)}</div>')
    main = f'<div class="dtn-col-main"><div class="dtn-static">{inner}</div>{box}</div>'
    return page(f"{title} - {C.SITE_NAME}", main, page_type=page_type, canonical=path)


def static_pages():
    pages = {}
    pages["gioi-thieu"] = ("/gioi-thieu.htm", "static", simple("/gioi-thieu.htm", "Giới thiệu", f"""
<div class="dtn-breadcrumb"><a href="/gioi-thieu.htm">Giới thiệu</a></div>
<h1>Giới thiệu {esc(C.SITE_NAME)}</h1>
<p>{esc(C.SITE_NAME)} là cơ quan báo chí trực thuộc {esc(C.MINISTRY)}, có chức năng thông tin, tuyên truyền chủ trương, chính sách, pháp luật về đất đai, tài nguyên nước, khoáng sản, môi trường và là diễn đàn trao đổi khoa học của các nhà quản lý, nhà nghiên cứu trong ngành.</p>
<h2>Nhiệm vụ</h2>
<ul><li>Xuất bản tạp chí in định kỳ hai số mỗi tháng và các số chuyên đề;</li><li>Vận hành tạp chí điện tử, cập nhật tin tức, bài viết hằng ngày;</li><li>Tổ chức hội thảo, tọa đàm khoa học về chính sách tài nguyên;</li><li>Phối hợp với các đơn vị trong ngành thực hiện công tác truyền thông.</li></ul>
<h2>Cơ cấu tổ chức</h2>
<table class="dtn-table" border="1" cellpadding="6"><tbody><tr><td><strong>Đơn vị</strong></td><td><strong>Chức năng chính</strong></td></tr>
<tr><td>Ban Biên tập</td><td>Biên tập nội dung tạp chí in và tạp chí điện tử</td></tr><tr><td>Ban Thư ký tòa soạn</td><td>Điều phối kế hoạch xuất bản, trình bày</td></tr>
<tr><td>Ban Trị sự</td><td>Hành chính, tài chính, phát hành</td></tr><tr><td>Văn phòng đại diện phía Nam</td><td>Thông tin khu vực phía Nam</td></tr></tbody></table>
<p>Tạp chí hoạt động theo Giấy phép số 215/GP-BTTTT ngày 14/05/2021 của Bộ Thông tin và Truyền thông.</p>""", "static"))
    pages["lien-he"] = ("/lien-he.htm", "contact", simple("/lien-he.htm", "Liên hệ", f"""
<div class="dtn-breadcrumb"><a href="/lien-he.htm">Liên hệ</a></div>
<h1>Liên hệ tòa soạn</h1>
<p><strong>Tòa soạn:</strong> Số 18 phố Hoàng Quốc Việt, quận Cầu Giấy, Hà Nội</p>
<p><strong>Điện thoại:</strong> 024.3793.6420 - <strong>Fax:</strong> 024.3793.6421</p>
<p><strong>Email:</strong> toasoan@tapchidattainguyen.gov.vn</p>
<p><strong>Văn phòng đại diện phía Nam:</strong> Số 42 đường Nguyễn Thông, Quận 3, TP. Hồ Chí Minh - Điện thoại: 028.3930.1168</p>
<p><strong>Quảng cáo - Phát hành:</strong> 024.3793.6425 - quangcao@tapchidattainguyen.gov.vn</p>
<form class="dtn-form" action="/lien-he.htm" method="post"><label for="f-name">Họ và tên</label><input id="f-name" name="name"><label for="f-mail">Email</label><input id="f-mail" name="email">
<label for="f-msg">Nội dung</label><textarea id="f-msg" name="message" rows="6"></textarea><button type="submit">Gửi liên hệ</button></form>""", "contact"))
    results = [i for i in ALL if i.art and ("nước" in i.title.lower() or "nước" in i.sapo.lower())][:10]
    res_html = "".join(story(i) for i in results)
    pages["tim-kiem"] = ("/tim-kiem.htm?keywords=n%C6%B0%E1%BB%9Bc+s%E1%BA%A1ch", "search",
                         simple("/tim-kiem.htm", "Tìm kiếm", f"""
<h1>Kết quả tìm kiếm</h1>
<form class="dtn-form" action="/tim-kiem.htm" method="get"><input name="keywords" value="nước sạch"><button type="submit">Tìm kiếm</button></form>
<p class="dtn-search__count">Tìm thấy {len(results)} kết quả với từ khóa <strong>nước sạch</strong></p>
<div class="dtn-box dtn-box--list">{res_html}</div>""", "search"))
    pages["dang-nhap"] = ("/dang-nhap.htm", "login", simple("/dang-nhap.htm", "Đăng nhập", """
<h1>Đăng nhập</h1>
<p>Dành cho cộng tác viên và bạn đọc đã đăng ký tài khoản.</p>
<form class="dtn-form" action="/dang-nhap.htm" method="post"><label for="u">Tên đăng nhập hoặc email</label><input id="u" name="username" autocomplete="username">
<label for="p">Mật khẩu</label><input id="p" name="password" type="password" autocomplete="current-password">
<label><input type="checkbox" name="remember" style="width:auto"> Ghi nhớ đăng nhập</label><button type="submit">Đăng nhập</button></form>
<p><a href="/quen-mat-khau.htm" rel="nofollow">Quên mật khẩu?</a> | <a href="/dang-ky.htm" rel="nofollow">Đăng ký tài khoản</a></p>""", "login"))
    sm = '<div class="dtn-breadcrumb"><a href="/so-do-website.htm">Sơ đồ website</a></div><h1>Sơ đồ website</h1><div class="dtn-sitemap">'
    for cat, subs in NAV:
        lis = "".join(f'<li><a href="{cat_path(s)}">{esc(C.CATS[s])}</a></li>' for s in subs)
        lis += "".join(f'<li><a href="{p}">{esc(t)}</a></li>' for p, t in EXTRA_SUB.get(cat, []))
        sm += f'<h2><a href="{cat_path(cat)}">{esc(C.CATS[cat])}</a></h2><ul>{lis}</ul>'
    sm += ('<h2>Thông tin</h2><ul><li><a href="/gioi-thieu.htm">Giới thiệu</a></li><li><a href="/lien-he.htm">Liên hệ</a></li>'
           '<li><a href="/tin-moi.htm">Tin mới</a></li><li><a href="/rss.htm">RSS</a></li></ul></div>')
    pages["so-do-website"] = ("/so-do-website.htm", "sitemap", simple("/so-do-website.htm", "Sơ đồ website", sm, "sitemap"))
    pages["emagazine"] = ("/emagazine.htm", "soft_404", simple("/emagazine.htm", "Không tìm thấy trang", """
<div class="dtn-404"><strong>404</strong><h1>Không tìm thấy trang</h1>
<p>Trang bạn yêu cầu không tồn tại hoặc đã được chuyển sang địa chỉ khác.</p>
<p><a href="/" title="Trang chủ">Quay về trang chủ</a></p></div>""", "error"))
    return pages


# ----------------------------------------------------------------------------- write
def write(name, url_path, kind, doc, expected=None):
    meta = {"url": HOST + url_path, "content_type": "text/html; charset=utf-8", "kind": kind}
    if expected is not None:
        meta["expected"] = expected
    (HERE / f"{name}.html").write_bytes(nfc(doc).encode("utf-8"))
    (HERE / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", "utf-8")


def main():
    for old in list(HERE.glob("*.html")) + [p for p in HERE.glob("*.json") if p.name != "site.json"]:
        old.unlink()
    (HERE / "site.json").write_text(json.dumps({"host": HOST, "home": "/", "family": "vccorp", "template": "tapchi2023",
                                                "held_out": True}, ensure_ascii=False, indent=1) + "\n", "utf-8")
    for it in ARTS:
        doc, exp = article_page(it)
        write(f'{it.art["key"]}-{slugify(it.title)[:40].rstrip("-")}', it.path, "article", doc, exp)
    write("home", "/", "listing", home_page())
    for n in (1, 2):
        path, doc = cat_page("chinh-sach", n)
        write(f"cat-chinh-sach-p{n}", path, "listing", doc)
    for name, (path, kind, doc) in static_pages().items():
        write(name, path, kind, doc)


if __name__ == "__main__":
    main()
