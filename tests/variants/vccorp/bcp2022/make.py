"""Generate the vccorp/bcp2022 mini-site: pages (.html) and truth (.json).

Run:  /work/main/.venv/bin/python tests/variants/vccorp/bcp2022/make.py
Standard library only. Markup imitates the 2022+ baochinhphu.vn (VCCorp CMS) layout; see TEMPLATE.md.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from datetime import datetime, timedelta
from html import escape
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
from articles import ARTICLES  # noqa: E402

HOST = "https://baochinhphu.vn"
CDN = "https://bcp.cdnchinhphu.vn"
STATIC = "https://static.mediacdn.vn/baochinhphu"
UPLOADER = "334894974524682240"
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
for _a in ARTICLES:
    # editors' scheduled publish times: the id's seconds field is 00, so the id, the JSON-LD and the
    # printed "dd/mm/yyyy hh:mm" all name the same instant
    _a["id"] = _a["id"][:13] + "00" + _a["id"][15:]
BY_KEY = {a["key"]: a for a in ARTICLES}


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def e(s: str) -> str:
    return escape(s, quote=True)


def seed(*parts) -> int:
    return int(hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()[:8], 16)


def when(a) -> datetime:
    # id = "115" + yyMMddHHmmss + 3 digits
    return datetime.strptime(a["id"][3:15], "%y%m%d%H%M%S")


def url_of(a) -> str:
    return f"/{a['slug']}-{a['id']}.htm"


def dmyhm(d: datetime) -> str:
    return d.strftime("%d/%m/%Y %H:%M")


def img_url(a, name: str, n: int) -> str:
    d = when(a) - timedelta(minutes=35 - 7 * n)
    ms = int(d.timestamp() * 1000)
    tail = seed(a["key"], name) % 10_000_000
    return f"{CDN}/{UPLOADER}/{d.year}/{d.month}/{d.day}/{name}-{ms}{tail:07d}.jpg"


def thumb(a) -> str:
    for b in a["body"]:
        if b[0] == "img":
            return img_url(a, b[1], 1).replace(CDN + "/", CDN + "/zoom/260_163/")
    d = when(a)
    return f"{CDN}/zoom/260_163/{UPLOADER}/{d.year}/{d.month}/{d.day}/anh-dai-dien-{seed(a['key']) % 10**13:013d}.jpg"


SORTED = sorted(ARTICLES, key=when, reverse=True)

# ------------------------------------------------------------------ chrome pieces

ICON_FB = ('<svg width="24" height="24" viewBox="0 0 24 24" fill="none" xmlns="http://www.w3.org/2000/svg">'
           '<path d="M13.397 20.997v-8.196h2.765l.411-3.209h-3.176V7.548c0-.926.258-1.56 1.587-1.56h1.684V3.127'
           'A22.336 22.336 0 0 0 14.201 3c-2.444 0-4.122 1.492-4.122 4.231v2.355H7.332v3.209h2.753v8.202h3.312z" '
           'fill="#3B5998"/></svg>')
ICON_ZALO = ('<svg width="24" height="24" viewBox="0 0 24 24" fill="none" xmlns="http://www.w3.org/2000/svg">'
             '<path d="M12.49 10.272v-.45h1.347v6.322h-.77a.576.576 0 0 1-.577-.573v.001a3.273 3.273 0 0 1-1.938.632'
             ' 3.284 3.284 0 0 1-3.283-3.282 3.284 3.284 0 0 1 5.221-2.65zM6.919 7.79v.205c0 .382-.051.694-.3 1.06l-.03'
             '.034a8.46 8.46 0 0 0-.213.251L2.055 14.47h4.864v.762a.576.576 0 0 1-.577.576H0v-.36c0-.44.109-.637.247-.8'
             '4L4.8 9.023H.192V7.79h6.727zm8.55 8.354a.48.48 0 0 1-.48-.48V7.79h1.441v8.354h-.961zM20.693 9.782a3.3 3.'
             '3 0 1 1 0 6.6 3.3 3.3 0 0 1 0-6.6z" fill="#0068FF"/></svg>')
ICON_PRINT = ('<svg width="20" height="20" viewBox="0 0 20 20" fill="none" xmlns="http://www.w3.org/2000/svg">'
              '<path d="M15 6V2H5v4H2.5A1.5 1.5 0 0 0 1 7.5v7A1.5 1.5 0 0 0 2.5 16H5v2h10v-2h2.5a1.5 1.5 0 0 0 '
              '1.5-1.5v-7A1.5 1.5 0 0 0 17.5 6H15zM7 4h6v2H7V4zm6 12H7v-4h6v4z" fill="#666"/></svg>')
ICON_LINK = ('<svg width="20" height="20" viewBox="0 0 20 20" fill="none" xmlns="http://www.w3.org/2000/svg">'
             '<path d="M8.46 11.54a3.5 3.5 0 0 0 4.95 0l3.03-3.03a3.5 3.5 0 0 0-4.95-4.95l-1.06 1.06 1.41 1.41'
             ' 1.06-1.06a1.5 1.5 0 0 1 2.12 2.12l-3.03 3.03a1.5 1.5 0 0 1-2.12 0l-1.41 1.42zm3.08-3.08a3.5 3.5 0 0 0-'
             '4.95 0L3.56 11.5a3.5 3.5 0 0 0 4.95 4.95l1.06-1.06-1.41-1.41-1.06 1.06a1.5 1.5 0 0 1-2.12-2.12l3.03-3.'
             '03a1.5 1.5 0 0 1 2.12 0l1.41-1.43z" fill="#666"/></svg>')
ICON_SEARCH = ('<svg width="16" height="17" viewBox="0 0 16 17" fill="none" xmlns="http://www.w3.org/2000/svg">'
               '<path fill-rule="evenodd" clip-rule="evenodd" d="M1.8 7.6a5.3 5.3 0 1 1 10.6 0 5.3 5.3 0 0 1-10.6 '
               '0zM7.1.5a7.1 7.1 0 1 0 4.4 12.7l3 3a.9.9 0 0 0 1.3-1.3l-3-3A7.1 7.1 0 0 0 7.1.5z" fill="#fff"/></svg>')
LOGO_SVG = ('<svg class="logo-star" width="64" height="64" viewBox="0 0 64 64" xmlns="http://www.w3.org/2000/svg">'
            '<circle cx="32" cy="32" r="31" fill="#C8102E" stroke="#F7D117" stroke-width="2"/>'
            '<path d="M32 12l5.3 16.3H54.4L40.6 38.4l5.3 16.3L32 44.6 18.1 54.7l5.3-16.3L9.6 28.3h17.1z" fill="#F7D117"/>'
            '</svg>')

MENU = [
    ("thoi-su", "Thời sự", ["Hoạt động của lãnh đạo Đảng, Nhà nước", "Chỉ đạo quyết định của Chính phủ, Thủ tướng Chính phủ", "Hoạt động các Bộ, ngành", "Hoạt động các địa phương"]),
    ("chinh-sach-moi", "Chính sách mới", ["Văn bản mới", "Chính sách và cuộc sống", "Tháo gỡ vướng mắc", "Dự thảo lấy ý kiến"]),
    ("kinh-te", "Kinh tế", ["Tài chính - Ngân hàng", "Đầu tư", "Thị trường", "Nông nghiệp - Nông thôn", "Doanh nghiệp"]),
    ("xa-hoi", "Xã hội", ["Lao động - Việc làm", "An sinh", "Giao thông", "Môi trường"]),
    ("giao-duc", "Giáo dục", ["Tuyển sinh", "Đào tạo nghề", "Khoa học - Công nghệ"]),
    ("y-te", "Y tế", ["Phòng chống dịch bệnh", "Chăm sóc sức khỏe", "Dược phẩm"]),
    ("cai-cach-hanh-chinh", "Cải cách hành chính", ["Cải cách thủ tục hành chính", "Chuyển đổi số", "Dịch vụ công trực tuyến"]),
    ("van-hoa", "Văn hóa", ["Di sản", "Du lịch", "Thể thao"]),
    ("quoc-te", "Quốc tế", ["Ngoại giao", "Hợp tác quốc tế", "Người Việt Nam ở nước ngoài"]),
    ("multimedia", "Multimedia", ["Video", "Ảnh", "Infographics", "Podcast"]),
]


def slugify(s: str) -> str:
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


STYLE = "\n".join(
    f".{c}{{{r}}}" for c, r in [
        ("header__top", "background:#fff;border-bottom:1px solid #e5e5e5;padding:12px 0"),
        ("header__logo", "display:flex;align-items:center"),
        ("header__lcontent .text", "text-transform:uppercase;font-size:12px;color:#C8102E;margin:0"),
        ("header__lcontent .name", "font-size:26px;font-weight:700;color:#C8102E;margin:0;text-transform:uppercase"),
        ("header__date", "font-size:13px;color:#555"),
        ("header__middle", "background:#C8102E"),
        ("header__nav ul", "display:flex;list-style:none;margin:0;padding:0"),
        ("header__nav .nav-link", "color:#fff;padding:10px 14px;display:block;font-size:14px;font-weight:700"),
        ("header__nav .nav-link.active", "background:#9d0c23"),
        ("header__nav .sub-menu", "position:absolute;display:none;background:#fff;box-shadow:0 3px 8px rgba(0,0,0,.15);min-width:240px;z-index:99"),
        ("header__nav li:hover .sub-menu", "display:block"),
        ("header__search .search-form", "display:flex;background:#9d0c23;border-radius:3px"),
        ("header__search .txt-search", "border:0;background:transparent;color:#fff;padding:6px 10px;width:220px"),
        ("header__bottom", "background:#f5f5f5;border-bottom:1px solid #e0e0e0"),
        ("header__trending a", "font-size:13px;color:#333;margin-right:14px"),
        ("detail__section", "padding:24px 0"),
        ("detail__flex", "display:flex;justify-content:space-between"),
        ("detail__main", "width:760px"),
        ("detail__sidebar", "width:300px"),
        ("detail-cate a", "color:#C8102E;font-weight:700;font-size:14px;text-transform:uppercase"),
        ("detail-title", "font-size:32px;line-height:42px;font-weight:700;color:#222;margin:10px 0 14px"),
        ("detail-top", "display:flex;justify-content:space-between;align-items:center;border-bottom:1px solid #eee;padding-bottom:8px"),
        ("detail-time", "font-size:14px;color:#888"),
        ("detail-sapo", "font-size:18px;line-height:28px;font-weight:700;color:#222;margin:16px 0"),
        ("detail-content", "font-size:18px;line-height:30px;color:#222"),
        ("detail-content p", "margin:0 0 18px"),
        ("detail-content figure", "margin:0 0 20px;text-align:center"),
        ("detail-content figure img", "max-width:100%;height:auto"),
        ("PhotoCMS_Caption", "background:#f5f5f5;font-size:15px;line-height:22px;padding:8px 12px;color:#555;font-style:italic"),
        ("kbwscwl-relatedbox", "border-left:3px solid #C8102E;background:#fafafa;padding:10px 14px;margin:0 0 20px"),
        ("kbwscwlrb-title", "display:block;color:#C8102E;font-size:15px;text-transform:uppercase;margin-bottom:6px"),
        ("kbwscwlr-list", "list-style:none;margin:0;padding:0"),
        ("kbwscwlrl-title", "font-size:16px;line-height:24px;font-weight:700;color:#222"),
        ("OneNewsTitle", "font-weight:700;font-size:17px;color:#222"),
        ("OneNewsSapo", "font-size:15px;color:#555;margin:4px 0 0"),
        ("detail-author", "text-align:right;font-weight:700;font-size:17px;margin:10px 0 20px"),
        ("detail-tags", "border-top:1px solid #eee;padding-top:12px;margin-top:10px"),
        ("tags-item", "display:inline-block;margin:0 6px 6px 0"),
        ("tags-link", "background:#f1f1f1;border-radius:14px;padding:4px 12px;font-size:13px;color:#333"),
        ("detail-share", "display:flex;gap:10px"),
        ("box-stream-item", "display:flex;border-bottom:1px solid #eee;padding:14px 0"),
        ("box-stream-link-title", "font-size:18px;line-height:25px;font-weight:700;color:#222"),
        ("box-stream-time", "font-size:13px;color:#999;display:block;margin:4px 0"),
        ("box-stream-sapo", "font-size:15px;color:#555;margin:0"),
        ("box-heading", "font-size:18px;color:#C8102E;font-weight:700;text-transform:uppercase;border-bottom:2px solid #C8102E;padding-bottom:6px"),
        ("sidebar-box", "margin-bottom:24px"),
        ("sidebar-list li", "border-bottom:1px dotted #ddd;padding:8px 0"),
        ("list__pagination", "display:flex;justify-content:center;gap:6px;margin:20px 0"),
        ("list__pagination a", "border:1px solid #ddd;padding:4px 10px;color:#333"),
        ("list__pagination .active", "background:#C8102E;color:#fff"),
        ("footer", "background:#9d0c23;color:#fff;padding:24px 0;font-size:14px;line-height:22px"),
        ("footer__menu a", "color:#fff;margin-right:16px"),
        ("footer__info p", "margin:0 0 4px"),
        ("admzone", "min-height:1px;text-align:center"),
        ("c-banner", "margin:20px 0;text-align:center"),
        ("VCSortableInPreviewMode.alignRight", "float:right;width:280px;margin:0 0 14px 20px"),
        ("VCSortableInPreviewMode.alignJustify", "clear:both"),
        ("list-file-attach", "margin:0 0 18px;padding-left:22px"),
    ]
)


def head(title: str, desc: str, canonical: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <meta name="googlebot" content="noarchive" />
    <meta name="robots" content="index, follow" />
    <title>{e(title)}</title>
    <meta name="description" content="{e(desc)}" />
    <meta name="keywords" content="Báo điện tử Chính phủ, tin tức, chính sách, chỉ đạo điều hành" />
    <meta property="og:title" content="{e(title)}" />
    <meta property="og:description" content="{e(desc)}" />
    <meta property="og:site_name" content="baochinhphu.vn" />
    <meta property="og:url" content="{HOST}{e(canonical)}" />
    <meta property="og:image" content="{STATIC}/image/logo.png" />
    <meta name="author" content="baochinhphu.vn" />
    <meta name="copyright" content="&#xA9; B&#xC1;O &#x110;I&#x1EC6;N T&#x1EEC; CH&#xCD;NH PH&#x1EE6;" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="canonical" href="{HOST}{e(canonical)}" />
    <link rel="alternate" type="application/rss+xml" title="Báo Điện tử Chính phủ" href="/rss/home.rss" />
    <meta http-equiv="x-dns-prefetch-control" content="on" />
    <link rel="dns-prefetch" href="https://static.mediacdn.vn/">
    <link rel="dns-prefetch" href="{CDN}">
    <link rel="dns-prefetch" href="https://videothumbs.mediacdn.vn/">
    <link rel="shortcut icon" href="{STATIC}/image/favicon1.png" type="image/x-icon" />
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <meta http-equiv="content-language" content="vi" />
    <meta name="format-detection" content="telephone=no" />
    <meta name="format-detection" content="address=no" />
{extra}
    <script nonce="sclotusinnline" type="text/javascript">
        var _ADM_Channel = '%2f{e(canonical.strip('/').split('-')[0] or 'home')}%2f';
    </script>
    <script nonce="sclotusinnline">
        var pageSettings = {{
            DomainAPI: "https://s.chinhphu.vn",
            Domain: "{HOST}",
            sharefbApiDomain: "https://sharefb.cnnd.vn",
            videoplayer: "https://vcplayer.mediacdn.vn",
            ajaxDomain: "https://hotroapi.chinhphu.vn",
            commentSiteName: "baochinhphu",
            allowComment: "false",
            siteId: "115",
            ThumbImage: "{CDN}",
            ThumbVideo: "https://videothumbs.cdnchinhphu.vn"
        }}
    </script>
    <script nonce="sclotusinnline">
        var _govaq = window._govaq || [];
        _govaq.push(['trackPageView']);
        _govaq.push(['enableLinkTracking']);
        (function () {{
            _govaq.push(['setTrackerUrl', 'https://f-emc.ngsp.gov.vn/tracking']);
            _govaq.push(['setSiteId', '2117']);
            var d = document, g = d.createElement('script'), s = d.getElementsByTagName('script')[0];
            g.type = 'text/javascript'; g.async = true; g.defer = true;
            g.src = 'https://f-emc.ngsp.gov.vn/embed/gov-tracking.min.js';
            s.parentNode.insertBefore(g, s);
        }})();
    </script>
    <link href="{STATIC}/css/bcp.common.min.14092024v2.css" rel="stylesheet" />
    <link href="{STATIC}/css/bcp.detail.min.14092024v2.css" rel="stylesheet" />
    <style>
{STYLE}
    </style>
    <script async src="https://static.amcdn.vn/tka/cdn.js"></script>
    <script nonce="sclotusinnline">
        var arfAsync = arfAsync || [];
        (function (w) {{
            var a = document.createElement("script");
            a.type = "text/javascript"; a.async = !0;
            a.src = "https://media1.admicro.vn/cms/Arf.min.js";
            a.onerror = function () {{ window.arferrorload = true; }};
            var b = document.getElementsByTagName("script")[0];
            b.parentNode.insertBefore(a, b);
        }})(window);
    </script>
</head>
"""


def header(today: datetime, active: str = "") -> str:
    wd = WEEKDAYS[today.weekday()]
    items = []
    for slug, name, subs in MENU:
        sub = "".join(
            f'<li><a href="/{slugify(s)}.htm" title="{e(s)}" class="sub-link">{e(s)}</a></li>' for s in subs)
        cls = "nav-link active" if slug == active else "nav-link"
        items.append(f'<li class="nav-item"><a href="/{slug}.htm" title="{e(name)}" class="{cls}">'
                     f'<span class="text">{e(name)}</span></a><ul class="sub-menu">{sub}</ul></li>')
    trending = ["Kỳ họp thứ 8 Quốc hội khóa XV", "Phòng chống thiên tai", "Chuyển đổi số quốc gia",
                "Cải cách thủ tục hành chính", "Đầu tư công", "Xóa nhà tạm, nhà dột nát"]
    tr = "".join(f'<a href="/{slugify(t)}.htm" title="{e(t)}">#{e(t)}</a>' for t in trending)
    return f"""<body>
<div id="admwrapper" data-role="page">
    <div class="header">
        <div class="header__top">
            <div class="container">
                <div class="header__logo">
                    <h1 class="header__logo-wrap">
                        <a href="/" class="header__logo-avt" title="Báo Điện tử Chính phủ">
                            {LOGO_SVG}
                            <img src="{STATIC}/image/logo.png" alt="Báo Điện tử Chính phủ" width="64" height="64">
                        </a>
                    </h1>
                    <div class="header__lcontent">
                        <p class="text">Cơ quan của Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam</p>
                        <p class="name">Báo điện tử Chính phủ</p>
                    </div>
                </div>
                <div class="header__right">
                    <p class="header__date">{wd}, {today:%d/%m/%Y}</p>
                    <div class="header__lang">
                        <a href="https://en.baochinhphu.vn" target="_blank" rel="nofollow" title="English">EN</a>
                        <a href="https://cn.baochinhphu.vn" target="_blank" rel="nofollow" title="中文">中文</a>
                    </div>
                    <div class="header__links">
                        <a href="/lien-he.htm" title="Liên hệ">Liên hệ</a>
                        <a href="/so-do-website.htm" title="Sơ đồ website">Sơ đồ website</a>
                        <a href="/rss.htm" title="RSS">RSS</a>
                    </div>
                </div>
            </div>
        </div>
        <div class="header__middle">
            <div class="container">
                <div class="header__nav">
                    <ul class="menu-main">
                        <li class="nav-item"><a href="/" title="Trang chủ" class="nav-link{' active' if active == 'home' else ''}"><span class="text">Trang chủ</span></a></li>
                        <li class="nav-item"><a href="/tin-moi.htm" title="Tin mới" class="nav-link{' active' if active == 'tin-moi' else ''}"><span class="text">Tin mới</span></a></li>
                        {''.join(items)}
                    </ul>
                </div>
                <div class="header__search">
                    <form class="search-form" action="/tim-kiem.htm" method="get">
                        <input class="txt-search" name="keywords" placeholder="Nhập nội dung cần tìm" autocomplete="off" />
                        <button type="submit" class="submit-search" title="Tìm kiếm">{ICON_SEARCH}</button>
                    </form>
                </div>
            </div>
        </div>
        <div class="header__bottom">
            <div class="container">
                <div class="header__trending"><span class="title">Sự kiện:</span>{tr}</div>
            </div>
        </div>
    </div>
    <div class="admzone" id="admzone480455"></div>
"""


def footer(n: int) -> str:
    cats = "".join(f'<a href="/{s}.htm" title="{e(nm)}">{e(nm)}</a>' for s, nm, _ in MENU)
    return f"""
    <div class="admzone" id="admzone480463"></div>
    <footer class="footer">
        <div class="container">
            <div class="footer__menu">
                <a href="/" title="Trang chủ">Trang chủ</a>{cats}
            </div>
            <div class="footer__flex">
                <div class="footer__logo"><a href="/" title="Báo Điện tử Chính phủ"><img src="{STATIC}/image/logo-footer.png" alt="Báo Điện tử Chính phủ"></a></div>
                <div class="footer__info">
                    <p class="name">BÁO ĐIỆN TỬ CHÍNH PHỦ NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
                    <p>Cơ quan chủ quản: Văn phòng Chính phủ</p>
                    <p>Giấy phép số: 145/GP-BTTTT cấp ngày 15/4/2022</p>
                    <p>Trụ sở: 16 Lê Hồng Phong, Ba Đình, Hà Nội.</p>
                    <p>Điện thoại: 080.43162; 080.48934. Email: thongtinchinhphu@chinhphu.vn</p>
                    <p>Ghi rõ nguồn "Báo Điện tử Chính phủ" hoặc "www.baochinhphu.vn" khi phát hành lại thông tin từ các nguồn này.</p>
                </div>
                <div class="footer__app">
                    <p>Tải ứng dụng Báo điện tử Chính phủ</p>
                    <a href="https://apps.apple.com/vn/app/baochinhphu/id1606034567" target="_blank" rel="nofollow" title="App Store">App Store</a>
                    <a href="https://play.google.com/store/apps/details?id=vn.chinhphu.baochinhphu" target="_blank" rel="nofollow" title="Google Play">Google Play</a>
                    <a href="https://tinnhiemmang.vn/danh-ba-tin-nhiem/baochinhphuvn-1649751536" target="_blank" rel="nofollow" title="Chứng nhận Tín Nhiệm Mạng"><img src="https://tinnhiemmang.vn/handle_cert?id=baochinhphu.vn" width="150" height="auto" alt="Chứng nhận Tín Nhiệm Mạng"></a>
                </div>
            </div>
        </div>
    </footer>
</div>
<script nonce="sclotusinnline" src="{STATIC}/js/bcp.common.min.14092024v2.js" type="text/javascript"></script>
<script nonce="sclotusinnline" type="text/javascript">
    (runinit = window.runinit || []).push(function () {{
        $(function () {{ if (typeof detailInit !== 'undefined') detailInit(); lazyLoadInit(); }});
    }});
    var _pageRenderId = '{seed('render', n):08x}';
</script>
<!-- cached: {n % 60:02d}s -->
</body>
</html>
"""


def sidebar(exclude: str | None, variant: int) -> str:
    others = [a for a in SORTED if a["key"] != exclude]
    rot = others[variant % len(others):] + others[: variant % len(others)]
    newest = "".join(
        f'<li class="sidebar-item"><a href="{url_of(a)}" title="{e(a["title"])}" class="sidebar-link">'
        f'{e(a["title"])}</a><span class="time" data-time="{when(a):%Y-%m-%dT%H:%M:%S}">{dmyhm(when(a))}</span></li>'
        for a in rot[:5])
    popular = "".join(
        f'<li class="sidebar-item"><span class="num">{i + 1}</span><a href="{url_of(a)}" title="{e(a["title"])}">'
        f'{e(a["title"])}</a></li>' for i, a in enumerate(rot[3:7]))
    return f"""
                <div class="detail__sidebar">
                    <div class="admzone" id="admzone480457"></div>
                    <div class="sidebar-box box-newest">
                        <h3 class="box-heading"><a href="/tin-moi.htm" title="Tin mới">Tin mới</a></h3>
                        <ul class="sidebar-list">{newest}</ul>
                    </div>
                    <div class="sidebar-box box-links">
                        <a href="https://dichvucong.gov.vn" target="_blank" rel="nofollow" title="Cổng Dịch vụ công quốc gia" class="banner-link"><img src="{STATIC}/image/banner-dvcqg.png" alt="Cổng Dịch vụ công quốc gia" loading="lazy"></a>
                        <a href="https://vanban.chinhphu.vn" target="_blank" rel="nofollow" title="Hệ thống văn bản" class="banner-link"><img src="{STATIC}/image/banner-hethongvanban.png" alt="Hệ thống văn bản" loading="lazy"></a>
                        <a href="https://xaydungchinhsach.chinhphu.vn" target="_blank" rel="nofollow" title="Xây dựng chính sách, pháp luật" class="banner-link"><img src="{STATIC}/image/banner-xdcs.png" alt="Xây dựng chính sách, pháp luật" loading="lazy"></a>
                        <a href="https://congbao.chinhphu.vn" target="_blank" rel="nofollow" title="Công báo" class="banner-link"><img src="{STATIC}/image/banner-congbao.png" alt="Công báo" loading="lazy"></a>
                    </div>
                    <div class="sidebar-box box-popular">
                        <h3 class="box-heading">Đọc nhiều</h3>
                        <ul class="sidebar-list">{popular}</ul>
                    </div>
                    <div class="admzone" id="admzone480458"></div>
                </div>"""


def stream_item(a, with_sapo: bool = True) -> str:
    sapo = a["sapo"] or next(b[1] for b in a["body"] if b[0] == "p")
    if a.get("prefix"):
        sapo = a["prefix"] + " " + sapo
    s = f'<p class="box-stream-sapo" data-role="sapo">{e(sapo)}</p>' if with_sapo else ""
    return f"""
                        <div class="box-stream-item" data-id="{a['id']}">
                            <a class="box-stream-link-with-avatar" href="{url_of(a)}" title="{e(a['title'])}">
                                <img loading="lazy" src="{thumb(a)}" alt="{e(a['title'])}" class="box-stream-avatar" width="260" height="163">
                            </a>
                            <div class="box-stream-content">
                                <a class="box-stream-link-title" data-type="title" data-linktype="newsdetail" data-id="{a['id']}" href="{url_of(a)}" title="{e(a['title'])}">{e(a['title'])}</a>
                                <span class="box-stream-time" data-time="{when(a):%Y-%m-%dT%H:%M:%S}">{dmyhm(when(a))}</span>
                                {s}
                            </div>
                        </div>"""


# ------------------------------------------------------------------ article body

def render_body(a):
    """Return (html, text_paragraphs, images, authors, unit)."""
    out, text, images = [], [], []
    authors = [a["author"]] if a.get("author") else []
    unit = None
    n_img = 0
    for b in a["body"]:
        kind = b[0]
        if kind == "p":
            out.append(f'<p>{e(b[1])}</p>')
            text.append(b[1])
        elif kind == "b":
            out.append(f'<p><b>{e(b[1])}</b></p>')
            text.append(b[1])
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ul>")
            text.extend(b[1])
        elif kind == "img":
            n_img += 1
            _, name, cap, credit = b
            src = img_url(a, name, n_img)
            alt = f"{a['title']} - Ảnh {n_img}."
            pid = seed(a["key"], name) % 10**9
            w, h = (1600, 1067) if n_img % 2 else (1280, 853)
            shown = " - ".join(x for x in (cap, credit) if x)
            capblock = (f'<figcaption class="PhotoCMS_Caption"><p data-placeholder="[nhập chú thích]" class="">'
                        f'{e(shown)}</p></figcaption>') if shown else ""
            out.append(
                f'<figure class="VCSortableInPreviewMode" type="Photo" style="">'
                f'<div><a href="{src}" data-fancybox="img-lightbox" title="{e(alt)}" target="_blank" '
                f'class="detail-img-lightbox"><img src="{src}" id="img_{pid}" w="{w}" h="{h}" alt="{e(alt)}" '
                f'title="{e(alt)}" rel="lightbox" photoid="{pid}" data-original="{src}" type="photo" '
                f'style="max-width:100%;" width="" height="" loading="lazy"></a></div>{capblock}</figure>')
            images.append({"src": src, "caption": cap, "credit": credit})
        elif kind == "table":
            rows = []
            for i, r in enumerate(b[1]):
                cells = "".join(
                    (f'<td style="text-align:center;"><p><b>{e(c)}</b></p></td>' if i == 0 else
                     f'<td><p>{e(c)}</p></td>') for c in r)
                rows.append(f"<tr>{cells}</tr>")
                text.append(" | ".join(r))
            out.append('<table border="1" cellpadding="0" cellspacing="0" class="MsoTableGrid" '
                       'style="width:100%;border-collapse:collapse;"><tbody>' + "".join(rows) + "</tbody></table>")
        elif kind == "rel":
            lis = "".join(
                f'<li class="kbwscwlrl" data-date="{dmyhm(when(BY_KEY[k]))}" data-id="{BY_KEY[k]["id"]}" '
                f'data-url="{url_of(BY_KEY[k])}" data-title="{e(BY_KEY[k]["title"])}">'
                f'<a class="kbwscwlrl-title" href="{url_of(BY_KEY[k])}" title="{e(BY_KEY[k]["title"])}" '
                f'data-id="{BY_KEY[k]["id"]}">{e(BY_KEY[k]["title"])}</a></li>' for k in b[1])
            align = "alignRight" if len(b[1]) < 3 else "alignJustify"
            out.append(f'<div class="VCSortableInPreviewMode {align}" type="RelatedNewsBox" '
                       f'data-style="{"align-right" if align == "alignRight" else "align-justify"}" '
                       f'relatednewsboxtype="type-4"><div class="kbwscwl-relatedbox type-4">'
                       f'<strong class="kbwscwlrb-title">Tin liên quan</strong>'
                       f'<ul class="kbwscwlr-list">{lis}</ul></div></div>')
        elif kind == "one":
            o = BY_KEY[b[1]]
            sapo = o["sapo"] or ""
            out.append(f'<div class="VCSortableInPreviewMode alignCenter" type="RelatedOneNews" '
                       f'data-id="{o["id"]}"><div class="kbwscwl-relatedbox type-1">'
                       f'<a class="OneNewsTitle" href="{url_of(o)}" title="{e(o["title"])}">{e(o["title"])}</a>'
                       f'<p class="OneNewsSapo">{e(sapo)}</p></div></div>')
        elif kind == "attach":
            if len(b[1]) > 1:
                lis = "".join(f'<li><a href="{u}" target="_blank" rel="nofollow" title="{e(t)}">{e(t)}</a></li>'
                              for t, u in b[1])
                out.append(f'<p><b>File đính kèm:</b></p><ul class="list-file-attach">{lis}</ul>')
            else:
                t, u = b[1][0]
                out.append(f'<p class="download-file" style="text-align: right;"><a href="{u}" target="_blank" '
                           f'rel="nofollow" title="{e(t)}"><b>{e(t)}</b></a></p>')
        elif kind == "sign":
            out.append(f'<p style="text-align: right;"><b>{e(b[1])}</b></p>')
            authors.append(b[1])
        elif kind == "source":
            out.append(f'<p style="text-align: right;"><i>Nguồn: {e(b[1])}</i></p>')
            unit = b[1]
    return "\n                            ".join(out), text, images, authors, unit


def share_bar(a, pos: str) -> str:
    u = HOST + url_of(a)
    return f"""<div class="detail-share {pos}">
                            <a href="javascript:;" class="sendsocial" rel="facebook" data-href="{u}" title="Chia sẻ Facebook">{ICON_FB}</a>
                            <a href="javascript:;" class="sendsocial" rel="zalo" data-href="{u}" title="Chia sẻ Zalo">{ICON_ZALO}</a>
                            <a href="javascript:;" class="btn-copy-link" data-href="{u}" title="Sao chép liên kết">{ICON_LINK}</a>
                            <a href="javascript:window.print();" class="btn-print" rel="nofollow" title="In bài viết">{ICON_PRINT}</a>
                        </div>"""


def article_page(a, idx: int):
    d = when(a)
    today = d + timedelta(days=2 + idx % 5)
    body_html, text, images, authors, unit = render_body(a)
    cat_slug, cat_name = a["cat"]
    sapo_html = ""
    if a["sapo"]:
        shown = (a["prefix"] + " " if a.get("prefix") else "") + a["sapo"]
        sapo_html = f'<h2 class="detail-sapo" data-role="sapo">{e(shown)}</h2>'
    author_html = ""
    if a.get("author"):
        author_html = (f'<div class="detail-author" data-role="author"><div class="author-info">'
                       f'<span class="name">{e(a["author"])}</span></div></div>')
    tags = "".join(
        f'<li class="tags-item"><a href="/tag/{slugify(t)}-{seed(t) % 100000}.htm" title="{e(t)}" '
        f'class="tags-link">{e(t)}</a></li>' for t in a["tags"])
    same_cat = [o for o in SORTED if o["key"] != a["key"]]
    same_cat = sorted(same_cat, key=lambda o: (o["cat"][0] != cat_slug, -when(o).timestamp()))[:4]
    stream = "".join(stream_item(o, with_sapo=False) for o in same_cat)
    desc = a["sapo"] or text[0]
    iso = d.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": HOST + url_of(a)},
        "headline": a["title"], "description": desc,
        "image": {"@type": "ImageObject", "url": images[0]["src"] if images else STATIC + "/image/logo.png",
                  "width": 800, "height": 450},
        "datePublished": iso, "dateModified": iso,
        "author": {"@type": "Person", "name": authors[0] if authors else "baochinhphu.vn"},
        "publisher": {"@type": "Organization", "name": "Báo điện tử Chính phủ",
                      "logo": {"@type": "ImageObject", "url": STATIC + "/image/logo.png"}},
    }
    bc = {"@context": "http://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "item": {"@id": HOST + "/", "name": "Trang chủ"}},
        {"@type": "ListItem", "position": 2, "item": {"@id": f"{HOST}/{cat_slug}.htm", "name": cat_name}}]}
    extra = (f'    <meta property="article:published_time" content="{iso}" />\n'
             f'    <meta property="article:section" content="{e(cat_name)}" />\n'
             f'    <meta name="pubdate" content="{iso}" />\n'
             f'    <meta property="og:type" content="article" />\n'
             f'    <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
             f'    <script type="application/ld+json">{json.dumps(bc, ensure_ascii=False)}</script>\n'
             f'    <script nonce="sclotusinnline">var _newsId = \'{a["id"]}\'; var _zoneId = \'{seed(cat_slug) % 10000}\';</script>')
    html = head(f"{a['title']} - Báo điện tử Chính phủ", desc, url_of(a), extra) + header(today, cat_slug) + f"""
    <div class="detail__section">
        <div class="container">
            <div class="detail__flex">
                <div class="detail__main" data-layout="1">
                    <div class="detail-container">
                        <div class="detail-cate">
                            <a href="/{cat_slug}.htm" title="{e(cat_name)}" data-role="cate-name" class="item-cate">{e(cat_name)}</a>
                        </div>
                        <h1 class="detail-title" data-role="title">{e(a['title'])}</h1>
                        <div class="detail-top">
                            <div class="detail-time">
                                <div data-role="publishdate">{dmyhm(d)} </div>
                            </div>
                            {share_bar(a, 'top')}
                        </div>
                        {sapo_html}
                        <div class="detail-content afcbc-body" data-role="content" itemprop="articleBody">
                            {body_html}
                        </div>
                        {author_html}
                        <div class="detail-tags">
                            <ul class="tags-list">{tags}</ul>
                        </div>
                        {share_bar(a, 'bottom')}
                        <div class="c-banner"><div class="admzone" id="admzone480460"></div></div>
                        <div class="detail-relate box-stream">
                            <h3 class="box-heading"><a href="/{cat_slug}.htm" title="{e(cat_name)}">Tin cùng chuyên mục</a></h3>
                            {stream}
                        </div>
                    </div>
                </div>
{sidebar(a['key'], idx)}
            </div>
        </div>
    </div>
""" + footer(idx)
    expected = {
        "title": a["title"],
        "agency_prefix": a.get("prefix"),
        "lead": a["sapo"],
        "text": "\n\n".join(text),
        "published_at": iso,
        "updated_at": None,
        "date_label": None,
        "authors": authors,
        "unit": unit,
        "images": images,
        "category": cat_name,
    }
    return html, expected


# ------------------------------------------------------------------ non-article pages

def list_page(canonical: str, title: str, heading: str, items, today, idx, pagination: str = "",
              active: str = "", extra_items: str = "") -> str:
    stream = "".join(stream_item(a) for a in items)
    return head(title, "Tin tức, chính sách mới nhất từ Báo điện tử Chính phủ", canonical) + header(today, active) + f"""
    <div class="list__section">
        <div class="container">
            <div class="detail__flex">
                <div class="detail__main">
                    <div class="list__breadcrumb"><a href="/" title="Trang chủ">Trang chủ</a> <span>/</span> <h1 class="list__title">{e(heading)}</h1></div>
                    <div class="box-stream" data-layout="timeline">
                        {stream}
                        {extra_items}
                    </div>
                    {pagination}
                </div>
{sidebar(None, idx)}
            </div>
        </div>
    </div>
""" + footer(idx)


def home_page(today) -> str:
    top = SORTED[0]
    focus = "".join(
        f'<li class="home__focus-item"><a href="{url_of(a)}" title="{e(a["title"])}">{e(a["title"])}</a></li>'
        for a in SORTED[1:4])
    sections = []
    for slug, name, _ in MENU:
        arts = [a for a in SORTED if a["cat"][0] == slug]
        if not arts:
            continue
        lis = "".join(
            f'<li class="box-cate-item"><a href="{url_of(a)}" title="{e(a["title"])}">{e(a["title"])}</a>'
            f'<span class="box-stream-time">{dmyhm(when(a))}</span></li>' for a in arts)
        sections.append(f'<div class="box-cate"><h2 class="box-heading"><a href="/{slug}.htm" title="{e(name)}">'
                        f'{e(name)}</a></h2><ul class="box-cate-list">{lis}</ul></div>')
    stream = "".join(stream_item(a) for a in SORTED)
    return head("Báo điện tử Chính phủ - Cơ quan của Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam",
                "Thông tin chính thống về chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ", "/") + \
        header(today, "home") + f"""
    <div class="home__section">
        <div class="container">
            <div class="home__focus">
                <div class="home__focus-main">
                    <a href="{url_of(top)}" title="{e(top['title'])}" class="home__focus-avatar"><img src="{thumb(top).replace('260_163', '750_469')}" alt="{e(top['title'])}"></a>
                    <h2 class="home__focus-title"><a href="{url_of(top)}" title="{e(top['title'])}">{e(top['title'])}</a></h2>
                    <p class="home__focus-sapo">{e(top['sapo'] or '')}</p>
                </div>
                <ul class="home__focus-list">{focus}</ul>
            </div>
            <div class="detail__flex">
                <div class="detail__main">
                    <div class="box-stream" data-layout="home">
                        <h2 class="box-heading"><a href="/tin-moi.htm" title="Tin mới">Tin mới</a></h2>
                        {stream}
                        <a href="/tin-moi.htm" class="list__viewmore" title="Xem thêm">Xem thêm</a>
                    </div>
                    {''.join(sections)}
                </div>
{sidebar(None, 0)}
            </div>
        </div>
    </div>
""" + footer(0)


def pager(base: str, cur: int, last: int) -> str:
    links = []
    for i in range(1, last + 1):
        href = f"/{base}.htm" if i == 1 else f"/{base}/trang-{i}.htm"
        cls = ' class="active"' if i == cur else ""
        links.append(f'<a href="{href}"{cls} title="Trang {i}">{i}</a>')
    if cur < last:
        links.append(f'<a href="/{base}/trang-{cur + 1}.htm" class="next" title="Trang sau">›</a>')
    return f'<div class="list__pagination">{"".join(links)}</div>'


def simple_page(canonical: str, title: str, inner: str, today, idx, active="") -> str:
    return head(title, title, canonical) + header(today, active) + f"""
    <div class="static__section">
        <div class="container">
            <div class="detail__flex">
                <div class="detail__main">
{inner}
                </div>
{sidebar(None, idx)}
            </div>
        </div>
    </div>
""" + footer(idx)


def main() -> None:
    for old in HERE.glob("*.html"):
        old.unlink()
    for old in HERE.glob("*.json"):
        if old.name != "site.json":
            old.unlink()
    pages = []  # (name, url, kind, html, expected)
    for i, a in enumerate(ARTICLES):
        html, exp = article_page(a, i + 1)
        pages.append((f"a-{a['key']}", url_of(a), "article", html, exp))

    today = datetime(2024, 9, 16, 8, 0)
    pages.append(("home", "/", "listing", home_page(today), None))

    pages.append(("tin-moi", "/tin-moi.htm", "listing",
                  list_page("/tin-moi.htm", "Tin mới - Báo điện tử Chính phủ", "Tin mới", SORTED[:5], today, 2,
                            pager("tin-moi", 1, 2), "tin-moi"), None))
    gone = ("/day-manh-dua-lao-dong-di-lam-viec-o-nuoc-ngoai-theo-hop-dong-115220614083015902.htm",
            "Đẩy mạnh đưa lao động đi làm việc ở nước ngoài theo hợp đồng", "14/06/2022 08:30")
    gone_item = f"""
                        <div class="box-stream-item" data-id="115220614083015902">
                            <div class="box-stream-content">
                                <a class="box-stream-link-title" href="{gone[0]}" title="{e(gone[1])}">{e(gone[1])}</a>
                                <span class="box-stream-time">{gone[2]}</span>
                            </div>
                        </div>"""
    pages.append(("tin-moi-trang-2", "/tin-moi/trang-2.htm", "listing",
                  list_page("/tin-moi/trang-2.htm", "Tin mới - Trang 2 - Báo điện tử Chính phủ", "Tin mới",
                            SORTED[5:], today, 3, pager("tin-moi", 2, 2), "tin-moi", gone_item), None))
    ts = [a for a in SORTED if a["cat"][0] == "thoi-su"]
    pages.append(("thoi-su", "/thoi-su.htm", "listing",
                  list_page("/thoi-su.htm", "Thời sự - Báo điện tử Chính phủ", "Thời sự", ts, today, 4,
                            '<div class="list__pagination"><a href="/thoi-su.htm" class="active" title="Trang 1">1</a>'
                            '<a href="/thoi-su/trang-2.htm" title="Trang 2">2</a><a href="/thoi-su/trang-3.htm" '
                            'title="Trang 3">3</a><a href="/thoi-su/trang-2.htm" class="next" title="Trang sau">›</a></div>',
                            "thoi-su"), None))

    # sitemap
    rows = []
    for slug, name, subs in MENU:
        sub = "".join(f'<li><a href="/{slugify(s)}.htm" title="{e(s)}">{e(s)}</a></li>' for s in subs)
        rows.append(f'<li class="sitemap-item"><a href="/{slug}.htm" title="{e(name)}"><b>{e(name)}</b></a><ul>{sub}</ul></li>')
    sm = f"""                    <div class="sitemap">
                        <h1 class="list__title">Sơ đồ website</h1>
                        <ul class="sitemap-list">
                            <li class="sitemap-item"><a href="/" title="Trang chủ"><b>Trang chủ</b></a></li>
                            <li class="sitemap-item"><a href="/tin-moi.htm" title="Tin mới"><b>Tin mới</b></a></li>
                            {''.join(rows)}
                            <li class="sitemap-item"><a href="/lien-he.htm" title="Liên hệ"><b>Liên hệ</b></a></li>
                            <li class="sitemap-item"><a href="/tim-kiem.htm?keywords=gi%E1%BA%A3i%20ng%C3%A2n" title="Tìm kiếm"><b>Tìm kiếm</b></a></li>
                            <li class="sitemap-item"><a href="/rss.htm" title="RSS"><b>RSS</b></a></li>
                        </ul>
                    </div>"""
    pages.append(("so-do-website", "/so-do-website.htm", "sitemap",
                  simple_page("/so-do-website.htm", "Sơ đồ website - Báo điện tử Chính phủ", sm, today, 5), None))

    contact = """                    <div class="contact">
                        <h1 class="list__title">Liên hệ</h1>
                        <div class="contact-info">
                            <p><b>BÁO ĐIỆN TỬ CHÍNH PHỦ</b></p>
                            <p>Địa chỉ: 16 Lê Hồng Phong, Ba Đình, Hà Nội</p>
                            <p>Điện thoại: 080.43162 - 080.48934</p>
                            <p>Fax: 080.48924</p>
                            <p>Email: thongtinchinhphu@chinhphu.vn</p>
                        </div>
                        <table class="contact-table" border="1" cellpadding="4" cellspacing="0">
                            <tbody>
                                <tr><th>Bộ phận</th><th>Điện thoại</th><th>Email</th></tr>
                                <tr><td>Ban Thư ký tòa soạn</td><td>080.43160</td><td>toasoan@chinhphu.vn</td></tr>
                                <tr><td>Ban Thời sự</td><td>080.43171</td><td>thoisu@chinhphu.vn</td></tr>
                                <tr><td>Ban Chính sách</td><td>080.43175</td><td>chinhsach@chinhphu.vn</td></tr>
                                <tr><td>Ban Kinh tế</td><td>080.43178</td><td>kinhte@chinhphu.vn</td></tr>
                                <tr><td>Ban Trị sự - Quảng cáo</td><td>080.43190</td><td>quangcao@chinhphu.vn</td></tr>
                            </tbody>
                        </table>
                        <form class="contact-form" action="/lien-he.htm" method="post">
                            <input type="text" name="fullname" placeholder="Họ và tên" />
                            <input type="text" name="email" placeholder="Email" />
                            <textarea name="content" placeholder="Nội dung"></textarea>
                            <button type="submit">Gửi</button>
                        </form>
                    </div>"""
    pages.append(("lien-he", "/lien-he.htm", "contact",
                  simple_page("/lien-he.htm", "Liên hệ - Báo điện tử Chính phủ", contact, today, 6), None))

    hits = [BY_KEY["giai-ngan"], BY_KEY["han-man"]]
    srch = "".join(stream_item(a) for a in hits)
    search = f"""                    <div class="search-page">
                        <h1 class="list__title">Kết quả tìm kiếm</h1>
                        <form class="search-form-big" action="/tim-kiem.htm" method="get">
                            <input type="text" name="keywords" value="giải ngân" />
                            <button type="submit">Tìm kiếm</button>
                        </form>
                        <p class="search-count">Tìm thấy <b>2</b> kết quả cho từ khóa "<b>giải ngân</b>"</p>
                        <div class="box-stream">{srch}</div>
                    </div>"""
    pages.append(("tim-kiem", "/tim-kiem.htm?keywords=gi%E1%BA%A3i%20ng%C3%A2n", "search",
                  simple_page("/tim-kiem.htm", "Tìm kiếm - Báo điện tử Chính phủ", search, today, 7), None))

    nf = """                    <div class="page-404">
                        <h1 class="title-404">404</h1>
                        <p class="text-404">Rất tiếc! Trang bạn tìm kiếm không tồn tại hoặc đã bị xóa.</p>
                        <p>Vui lòng quay lại <a href="/" title="Trang chủ">Trang chủ</a> hoặc sử dụng chức năng tìm kiếm.</p>
                    </div>"""
    pages.append(("soft404", gone[0], "soft_404",
                  simple_page(gone[0], "Không tìm thấy trang - Báo điện tử Chính phủ", nf, today, 8), None))

    for name, url, kind, html, exp in pages:
        html = nfc(html)
        (HERE / f"{name}.html").write_bytes(html.encode("utf-8"))
        meta = {"url": HOST + url, "content_type": "text/html; charset=utf-8", "kind": kind}
        if exp is not None:
            meta["expected"] = json.loads(nfc(json.dumps(exp, ensure_ascii=False)))
        (HERE / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", "utf-8")
    (HERE / "site.json").write_text(json.dumps(
        {"host": HOST, "home": "/", "family": "vccorp", "template": "bcp2022"}, ensure_ascii=False) + "\n", "utf-8")
    print(f"wrote {len(pages)} pages")


if __name__ == "__main__":
    main()
