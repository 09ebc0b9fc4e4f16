# -*- coding: utf-8 -*-
"""Generate the WordPress commune-site variant (pages + truth).

    /work/main/.venv/bin/python tests/variants/unknown/wordpress/make.py

Standard library only.  Renders content.py through an imitation of WordPress 6.6 output
(block editor + classic editor posts, Underscores-based Vietnamese theme, Yoast SEO head,
WP-Polls / WP Statistics / Contact Form 7 widgets) and writes <page>.html + <page>.json.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from content import CATS, POSTS, TAGS  # noqa: E402

HOST = "https://tanphuoc.dongson.gov.vn"
HOST_J = HOST.replace("/", "\\/")
SITE = "Cổng thông tin điện tử xã Tân Phước"
SITE_DESC = "Huyện Đồng Sơn"
WPVER = "6.6.2"
THEME = "xaphuong"
TODAY = dt.datetime(2024, 11, 14, 9, 12)
HOME_PPP = 10
ARCHIVE_PPP = 5
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def attr(s: str) -> str:
    return html.escape(s, quote=True)


def texturize(s: str) -> str:
    """The part of wptexturize() that touches our text: ' - ' becomes an en dash."""
    return s.replace(" - ", " – ").replace("...", "…")


def inline(s: str) -> str:
    """Plain text with **bold** spans -> HTML (texturized)."""
    out = esc(texturize(s))
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", out)


def plain(s: str) -> str:
    s = texturize(s).replace("**", "")
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", s).strip())


def iso(d: dt.datetime) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"


def utc(d: dt.datetime) -> str:
    return (d - dt.timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S") + "+00:00"


def pdate(s: str | None) -> dt.datetime | None:
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M") if s else None


def h8(*parts) -> str:
    return hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()


def num(seed: str, lo: int, hi: int) -> int:
    return lo + int(h8(seed), 16) % (hi - lo + 1)


def vn_num(n: int) -> str:
    return f"{n:,}".replace(",", ".")


# ---------------------------------------------------------------- post model
POSTS.sort(key=lambda p: p["date"])
for i, p in enumerate(POSTS):
    p["id"] = 1302 + 13 * i
    p["dt"] = pdate(p["date"])
    p["mdt"] = pdate(p["modified"])
    p["url"] = f"/{p['dt']:%Y/%m/%d}/{p['slug']}/"
    img_n = 0
    for b in p["body"]:
        if isinstance(b, tuple) and b[0] == "img":
            img_n += 1
            b[1]["id"] = p["id"] - img_n
            b[1]["parent"] = p
BY_KEY = {p["key"]: p for p in POSTS}
NEWEST = sorted(POSTS, key=lambda p: p["date"], reverse=True)


def up(path: str) -> str:
    return f"{HOST}/wp-content/uploads/{path}"


def img_src(im: dict) -> str:
    """The URL WordPress prints: the 'large' intermediate size for big originals."""
    base, ext = im["file"].rsplit(".", 1)
    if im["w"] >= 1024:
        return up(f"{base}-{im['w']}x{im['h']}.{ext}")
    return up(im["file"])


def srcset(im: dict) -> str:
    base, ext = im["file"].rsplit(".", 1)
    h300 = round(300 * im["h"] / im["w"])
    h768 = round(768 * im["h"] / im["w"])
    parts = [f"{img_src(im)} {im['w']}w", f"{up(base)}-300x{h300}.{ext} 300w"]
    if im["w"] > 768:
        parts.append(f"{up(base)}-768x{h768}.{ext} 768w")
    return ", ".join(parts)


def attach_url(im: dict) -> str:
    return im["parent"]["url"] + im["attach"] + "/"


def caption_html(im: dict) -> str:
    cap = inline(im["caption"]) if im["caption"] else ""
    if im.get("credit"):
        if im.get("printed") == "paren":
            cap += f" ({esc(im['credit'])})"
        else:
            cap += f" <em>{esc(im['credit'])}</em>"
    return cap


def render_img(im: dict, first: bool) -> str:
    lazy = "" if first else ' loading="lazy"'
    alt = attr(plain(im["caption"])) if im["caption"] else ""
    style = im["style"]
    if style in ("block", "plain"):
        tag = (f'<img{lazy} decoding="async" width="{im["w"]}" height="{im["h"]}" src="{img_src(im)}" '
               f'alt="{alt}" class="wp-image-{im["id"]}" srcset="{srcset(im)}" '
               f'sizes="(max-width: {im["w"]}px) 100vw, {im["w"]}px" />')
        if im.get("attach"):
            tag = f'<a href="{HOST}{attach_url(im)}">{tag}</a>'
        cap = f'<figcaption class="wp-element-caption">{caption_html(im)}</figcaption>' if im["caption"] else ""
        return f'<figure class="wp-block-image aligncenter size-large">{tag}{cap}</figure>'
    if style == "wpcap":
        return (f'<figure id="attachment_{im["id"]}" aria-describedby="caption-attachment-{im["id"]}" '
                f'style="width: {im["w"]}px" class="wp-caption aligncenter"><img{lazy} decoding="async" '
                f'class="size-full wp-image-{im["id"]}" src="{img_src(im)}" alt="{alt}" width="{im["w"]}" '
                f'height="{im["h"]}" srcset="{srcset(im)}" sizes="(max-width: {im["w"]}px) 100vw, {im["w"]}px" />'
                f'<figcaption id="caption-attachment-{im["id"]}" class="wp-caption-text">{caption_html(im)}'
                f'</figcaption></figure>')
    if style == "italic":
        return (f'<p style="text-align: center;"><img{lazy} decoding="async" class="aligncenter size-full '
                f'wp-image-{im["id"]}" src="{img_src(im)}" alt="" width="{im["w"]}" height="{im["h"]}" '
                f'srcset="{srcset(im)}" sizes="(max-width: {im["w"]}px) 100vw, {im["w"]}px" /></p>\n'
                f'<p style="text-align: center;"><em>{caption_html(im)}</em></p>')
    raise ValueError(style)


def render_body(p: dict) -> tuple[str, dict]:
    """Return (entry-content HTML, truth fields)."""
    block = p["editor"] == "block"
    just = "" if block else ' style="text-align: justify;"'
    out: list[str] = []
    text: list[str] = []
    images: list[dict] = []
    lead = None
    if p["lead"]:
        lead = plain(p["lead"])
        if p["prefix"]:
            if block:
                out.append(f"<p><strong>{esc(p['prefix'])} {inline(p['lead'])}</strong></p>")
            else:
                out.append(f"<p{just}><b>{esc(p['prefix'])} {inline(p['lead'])}</b></p>")
        else:
            out.append(f"<p{just}><strong>{inline(p['lead'])}</strong></p>")
    first_img = True
    for b in p["body"]:
        if isinstance(b, str):
            out.append(f"<p{just}>{inline(b)}</p>")
            text.append(plain(b))
            continue
        kind = b[0]
        if kind == "h":
            cls = ' class="wp-block-heading"' if block else ""
            out.append(f"<h3{cls}>{inline(b[1])}</h3>")
            text.append(plain(b[1]))
        elif kind == "ul":
            cls = ' class="wp-block-list"' if block else ""
            out.append(f"<ul{cls}>\n" + "\n".join(f"<li>{inline(x)}</li>" for x in b[1]) + "\n</ul>")
            text.extend(plain(x) for x in b[1])
        elif kind == "table":
            rows = b[1]
            head = "<thead><tr>" + "".join(f"<th>{inline(c)}</th>" for c in rows[0]) + "</tr></thead>"
            body = "<tbody>" + "".join(
                "<tr>" + "".join(f"<td>{inline(c)}</td>" for c in r) + "</tr>" for r in rows[1:]) + "</tbody>"
            out.append(f'<figure class="wp-block-table"><table class="has-fixed-layout">{head}{body}</table></figure>')
            text.extend(" | ".join(plain(c) for c in r) for r in rows)
        elif kind == "img":
            im = b[1]
            out.append(render_img(im, first_img))
            first_img = False
            images.append({"src": img_src(im),
                           "caption": plain(im["caption"]) if im["caption"] else None,
                           "credit": im.get("credit")})
        elif kind == "files":
            out.append("<p><strong>File đính kèm:</strong></p>")
            for label, f in b[1]:
                mid = "wp-block-file--media-" + h8(f)[:8] + "-" + h8(f, 1)[:4] + "-" + h8(f, 2)[:4] + "-" + h8(f, 3)[:12]
                out.append(f'<div class="wp-block-file"><a id="{mid}" href="{up(f)}">{esc(label)}</a>'
                           f'<a href="{up(f)}" class="wp-block-file__button wp-element-button" download '
                           f'aria-describedby="{mid}">Tải về</a></div>')
        elif kind == "rel":
            items = []
            for key, which in b[1]:
                q = BY_KEY[key]
                u = q["old_url"] if which == "old" else q["url"]
                items.append(f'<li><a href="{HOST}{u}">{inline(q["title"])}</a> ({q["dt"]:%d/%m/%Y})</li>')
            cls = ' class="wp-block-list"' if block else ""
            out.append(f"<p><strong>Tin liên quan:</strong></p>\n<ul{cls}>\n" + "\n".join(items) + "\n</ul>")
        else:
            raise ValueError(kind)
    authors, unit = [], None
    sig = p.get("sig")
    right = ' class="has-text-align-right"' if block else ' style="text-align: right;"'
    if sig:
        if sig[0] == "author":
            out.append(f"<p{right}><strong>{esc(sig[1])}</strong></p>")
            authors = [sig[1]]
        elif sig[0] == "unit":
            out.append(f"<p{right}><strong>{esc(sig[1])}</strong></p>")
            unit = sig[1]
        elif sig[0] == "nguon":
            out.append(f"<p{right}><em>Nguồn: {esc(sig[1])}</em></p>")
            unit = sig[1]
    truth = dict(
        title=plain(p["title"]), agency_prefix=p["prefix"], lead=lead, text="\n\n".join(text),
        published_at=iso(p["dt"]), updated_at=iso(p["mdt"]) if p["mdt"] else None,
        date_label="Ngày đăng", authors=authors, unit=unit, images=images,
        category=CATS[p["cat"]],
    )
    return "\n".join(out), truth


# ---------------------------------------------------------------- chrome
PALETTE = [("black", "#000000"), ("cyan-bluish-gray", "#abb8c3"), ("white", "#ffffff"),
           ("pale-pink", "#f78da7"), ("vivid-red", "#cf2e2e"), ("luminous-vivid-orange", "#ff6900"),
           ("luminous-vivid-amber", "#fcb900"), ("light-green-cyan", "#7bdcb5"),
           ("vivid-green-cyan", "#00d084"), ("pale-cyan-blue", "#8ed1fc"), ("vivid-cyan-blue", "#0693e3"),
           ("vivid-purple", "#9b51e0")]
GRADIENTS = [("vivid-cyan-blue-to-vivid-purple", "linear-gradient(135deg,rgba(6,147,227,1) 0%,rgb(155,81,224) 100%)"),
             ("light-green-cyan-to-vivid-green-cyan", "linear-gradient(135deg,rgb(122,220,180) 0%,rgb(0,208,130) 100%)"),
             ("luminous-vivid-amber-to-luminous-vivid-orange", "linear-gradient(135deg,rgba(252,185,0,1) 0%,rgba(255,105,0,1) 100%)"),
             ("luminous-vivid-orange-to-vivid-red", "linear-gradient(135deg,rgba(255,105,0,1) 0%,rgb(207,46,46) 100%)"),
             ("very-light-gray-to-cyan-bluish-gray", "linear-gradient(135deg,rgb(238,238,238) 0%,rgb(169,184,195) 100%)"),
             ("cool-to-warm-spectrum", "linear-gradient(135deg,rgb(74,234,220) 0%,rgb(151,120,209) 20%,rgb(207,42,186) 40%,rgb(238,44,130) 60%,rgb(251,105,98) 80%,rgb(254,248,76) 100%)"),
             ("blush-light-purple", "linear-gradient(135deg,rgb(255,206,236) 0%,rgb(152,150,240) 100%)"),
             ("blush-bordeaux", "linear-gradient(135deg,rgb(254,205,165) 0%,rgb(254,45,45) 50%,rgb(107,0,62) 100%)"),
             ("luminous-dusk", "linear-gradient(135deg,rgb(255,203,112) 0%,rgb(199,81,192) 50%,rgb(65,88,208) 100%)"),
             ("pale-ocean", "linear-gradient(135deg,rgb(255,245,203) 0%,rgb(182,227,212) 50%,rgb(51,167,181) 100%)"),
             ("electric-grass", "linear-gradient(135deg,rgb(202,248,128) 0%,rgb(113,206,126) 100%)"),
             ("midnight", "linear-gradient(135deg,rgb(2,3,129) 0%,rgb(40,116,252) 100%)")]
FONT_SIZES = [("small", "13px"), ("medium", "20px"), ("large", "36px"), ("x-large", "42px")]


def global_styles() -> str:
    vars_ = [f"--wp--preset--color--{n}: {c};" for n, c in PALETTE]
    vars_ += [f"--wp--preset--gradient--{n}: {g};" for n, g in GRADIENTS]
    vars_ += [f"--wp--preset--font-size--{n}: {s};" for n, s in FONT_SIZES]
    vars_ += [f"--wp--preset--spacing--{k}: {v};" for k, v in
              [(20, "0.44rem"), (30, "0.67rem"), (40, "1rem"), (50, "1.5rem"), (60, "2.25rem"), (70, "3.38rem"), (80, "5.06rem")]]
    vars_ += ["--wp--preset--shadow--natural: 6px 6px 9px rgba(0, 0, 0, 0.2);",
              "--wp--preset--shadow--deep: 12px 12px 50px rgba(0, 0, 0, 0.4);",
              "--wp--preset--shadow--sharp: 6px 6px 0px rgba(0, 0, 0, 0.2);",
              "--wp--preset--shadow--outlined: 6px 6px 0px -3px rgba(255, 255, 255, 1), 6px 6px rgba(0, 0, 0, 1);",
              "--wp--preset--shadow--crisp: 6px 6px 0px rgba(0, 0, 0, 1);"]
    rules = [":root{" + "".join(vars_) + "}"]
    rules.append(":where(.is-layout-flex){gap: 0.5em;}:where(.is-layout-grid){gap: 0.5em;}"
                 "body .is-layout-flex{display: flex;}.is-layout-flex{flex-wrap: wrap;align-items: center;}"
                 "body .is-layout-grid{display: grid;}")
    for n, _ in PALETTE:
        rules.append(f".has-{n}-color{{color: var(--wp--preset--color--{n}) !important;}}")
    for n, _ in PALETTE:
        rules.append(f".has-{n}-background-color{{background-color: var(--wp--preset--color--{n}) !important;}}")
    for n, _ in PALETTE:
        rules.append(f".has-{n}-border-color{{border-color: var(--wp--preset--color--{n}) !important;}}")
    for n, _ in GRADIENTS:
        rules.append(f".has-{n}-gradient-background{{background: var(--wp--preset--gradient--{n}) !important;}}")
    for n, _ in FONT_SIZES:
        rules.append(f".has-{n}-font-size{{font-size: var(--wp--preset--font-size--{n}) !important;}}")
    rules.append(":where(.wp-block-post-template.is-layout-flex){gap: 1.25em;}"
                 ":where(.wp-block-columns.is-layout-flex){gap: 2em;}")
    return "\n".join(rules)


EMOJI = ('window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/",'
         '"ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/svg\\/","svgExt":".svg",'
         '"source":{"concatemoji":"' + HOST.replace("/", "\\/") + '\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=' + WPVER + '"}};\n'
         '/*! This file is auto-generated */\n'
         '!function(w,d){var s=w._wpemojiSettings;if(!s||!s.source)return;'
         'var c=d.createElement("canvas"),x=c.getContext&&c.getContext("2d");'
         'function load(u){var t=d.createElement("script");t.src=u;t.defer=!0;d.head.appendChild(t)}'
         'if(!x||!x.fillText){load(s.source.concatemoji);return}'
         'x.textBaseline="top";x.font="600 32px Arial";x.fillText("\\ud83c\\udff3\\ufe0f\\u200d\\u26a7\\ufe0f",0,0);'
         'var a=c.toDataURL();x.clearRect(0,0,c.width,c.height);x.fillText("\\ud83c\\udff3\\ufe0f\\u200b\\u26a7\\ufe0f",0,0);'
         'if(a===c.toDataURL()){load(s.source.concatemoji)}s.supports={everything:a!==c.toDataURL()};'
         'd.addEventListener("DOMContentLoaded",function(){s.DOMReady=!0})}(window,document);')

EMOJI_CSS = ("img.wp-smiley, img.emoji {\n\tdisplay: inline !important;\n\tborder: none !important;\n"
             "\tbox-shadow: none !important;\n\theight: 1em !important;\n\twidth: 1em !important;\n"
             "\tmargin: 0 0.07em !important;\n\tvertical-align: -0.1em !important;\n"
             "\tbackground: none !important;\n\tpadding: 0 !important;\n}")

THEME_CSS = """
.site-header{background:#fff url(/wp-content/themes/xaphuong/images/bg-header.jpg) no-repeat center top}
.top-bar{background:#0a5c9e;color:#fff;font-size:13px;line-height:30px}
.top-bar a{color:#fff}.top-bar .today{float:left}.top-bar .top-links{float:right}
.main-navigation{background:#c8102e}.main-navigation ul{list-style:none;margin:0;padding:0}
.main-navigation li{position:relative;display:inline-block}.main-navigation a{display:block;color:#fff;padding:0 14px;line-height:42px;font-weight:700;text-transform:uppercase;font-size:13px}
.main-navigation .sub-menu{display:none;position:absolute;top:42px;left:0;background:#fff;min-width:240px;z-index:99;box-shadow:0 2px 6px rgba(0,0,0,.2)}
.main-navigation li:hover>.sub-menu{display:block}.main-navigation .sub-menu a{color:#333;text-transform:none;font-weight:400;line-height:34px;border-bottom:1px dotted #ddd}
.entry-title{font-size:24px;color:#0a5c9e;line-height:1.35}.entry-meta{color:#888;font-size:13px;margin:6px 0 14px}
.entry-content{text-align:justify;font-size:15px;line-height:1.6}.entry-content .wp-caption-text,.entry-content .wp-element-caption{font-style:italic;text-align:center;font-size:13px;color:#555}
.related-posts h3{border-bottom:2px solid #c8102e;font-size:16px;text-transform:uppercase}.related-posts li span{color:#999;font-size:12px}
.widget-title{background:#0a5c9e;color:#fff;font-size:14px;padding:8px 10px;text-transform:uppercase;margin:0}
.widget ul{list-style:none;padding:0}.widget li{border-bottom:1px dotted #ccc;padding:6px 0}
.site-footer{background:#0a5c9e;color:#fff;padding:20px 0;font-size:13px}.site-footer a{color:#ffd400}
#breadcrumbs{font-size:13px;padding:8px 0;border-bottom:1px solid #eee}.share-buttons{margin:16px 0;padding:8px 0;border-top:1px dashed #ddd}
.pagination .page-numbers{display:inline-block;border:1px solid #ddd;padding:2px 9px;margin-right:3px}.pagination .current{background:#0a5c9e;color:#fff}
.wpstatistics-counter td{padding:3px 6px}.wp-polls-ul li{border:0}
"""

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu/", [("Tổng quan về xã", "/gioi-thieu/"),
                                    ("Lịch sử truyền thống", "/gioi-thieu/lich-su-truyen-thong/"),
                                    ("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc/")]),
    ("Tin tức", "/category/tin-tuc-su-kien/", [(CATS["tin-tuc-su-kien"], "/category/tin-tuc-su-kien/"),
                                             (CATS["nong-thon-moi"], "/category/nong-thon-moi/"),
                                             (CATS["van-hoa-xa-hoi"], "/category/van-hoa-xa-hoi/")]),
    ("Thông báo", "/category/thong-bao/", []),
    ("Cải cách hành chính", "/category/cai-cach-hanh-chinh/", [
        ("Thủ tục hành chính", "/thu-tuc-hanh-chinh/"),
        ("Dịch vụ công trực tuyến", "https://dichvucong.gov.vn/"),
        (CATS["cai-cach-hanh-chinh"], "/category/cai-cach-hanh-chinh/")]),
    ("Văn bản", "/van-ban/", [("Văn bản của UBND xã", "/van-ban/ubnd-xa/"),
                              ("Văn bản của HĐND xã", "/van-ban/hdnd-xa/")]),
    ("Liên hệ", "/lien-he/", []),
]


def menu_html(active: str) -> str:
    out = ['<ul id="primary-menu" class="menu">']
    mid = 25
    for label, href, subs in MENU:
        mid += 1
        cls = ["menu-item", "menu-item-type-custom" if label == "Trang chủ" else "menu-item-type-taxonomy",
               "menu-item-object-category" if href.startswith("/category") else "menu-item-object-page"]
        if subs:
            cls.append("menu-item-has-children")
        cur = ""
        if href == active:
            cls += ["current-menu-item"]
            cur = ' aria-current="page"'
        cls.append(f"menu-item-{mid}")
        out.append(f'<li id="menu-item-{mid}" class="{" ".join(cls)}"><a href="{href}"{cur}>{esc(label)}</a>')
        if subs:
            out.append('<ul class="sub-menu">')
            for sl, sh in subs:
                mid += 1
                out.append(f'\t<li id="menu-item-{mid}" class="menu-item menu-item-type-custom menu-item-object-custom '
                           f'menu-item-{mid}"><a href="{sh}">{esc(sl)}</a></li>')
            out.append("</ul>")
        out.append("</li>")
    out.append("</ul>")
    return "\n".join(out)


LINKS = [("Cổng thông tin điện tử Chính phủ", "https://chinhphu.vn"),
         ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
         ("Cổng thông tin điện tử tỉnh", "https://www.binhgiang.gov.vn"),
         ("Cổng thông tin điện tử huyện Đồng Sơn", "https://dongson.gov.vn"),
         ("Báo Nhân Dân", "https://nhandan.vn"),
         ("Hệ thống quản lý văn bản điều hành", "https://qlvb.dongson.gov.vn")]


def sidebar(seed: str) -> str:
    w = []
    w.append('<section id="search-2" class="widget widget_search"><form role="search" method="get" '
             f'class="search-form" action="{HOST}/">\n\t\t\t\t<label>\n\t\t\t\t\t<span class="screen-reader-text">'
             'Tìm kiếm cho:</span>\n\t\t\t\t\t<input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" '
             'value="" name="s" />\n\t\t\t\t</label>\n\t\t\t\t<input type="submit" class="search-submit" '
             'value="Tìm kiếm" />\n\t\t\t</form>'
             f'<p class="search-suggest">Tìm nhiều: <a href="{HOST}/?s=%C4%91%E1%BA%A5t">đất</a>, '
             f'<a href="{HOST}/?s=ti%C3%AAm+ch%E1%BB%A7ng">tiêm chủng</a>, <a href="{HOST}/?s=VNeID">VNeID</a></p></section>')
    items = "".join(f'\n\t\t\t\t\t<li>\n\t\t\t\t\t<a href="{HOST}{p["url"]}">{esc(texturize(p["title"]))}</a>\n\t\t\t\t\t\t\t'
                    f'<span class="post-date">{p["dt"]:%d/%m/%Y}</span>\n\t\t\t\t\t\t</li>' for p in NEWEST[:5])
    w.append(f'<section id="recent-posts-2" class="widget widget_recent_entries">\n\t\t<h2 class="widget-title">'
             f'Tin mới</h2>\n\t\t<ul>{items}\n\t\t\t\t</ul>\n\n\t\t</section>')
    # popular posts (WordPress Popular Posts) — differs between pages
    ranked = sorted(POSTS, key=lambda p: h8(seed, p["key"]))[:5]
    pop = "".join(f'<li><a href="{HOST}{p["url"]}" class="wpp-post-title" target="_self">{esc(texturize(p["title"]))}</a> '
                  f'<span class="wpp-meta post-stats"><span class="wpp-views">{vn_num(num(seed + p["key"], 120, 2900))} lượt xem</span></span></li>\n'
                  for p in ranked)
    w.append(f'<section id="wpp-3" class="widget popular-posts">\n<h2 class="widget-title">Tin xem nhiều</h2>\n'
             f'<!-- WordPress Popular Posts -->\n<ul class="wpp-list">\n{pop}</ul>\n</section>')
    vn = BY_KEY["vneid"]
    w.append('<section id="custom_html-4" class="widget_text widget widget_custom_html"><h2 class="widget-title">'
             'Đề án 06</h2><div class="textwidget custom-html-widget"><a href="' + HOST + vn["old_url"] + '">'
             '<img src="' + up("2023/11/banner-de-an-06.png") + '" alt="Đề án 06" width="300" height="120" /></a>'
             '<p>Hướng dẫn đăng ký, kích hoạt tài khoản định danh điện tử VNeID</p></div></section>')
    opts = "".join(f'<option value="{attr(u)}">{esc(n)}</option>' for n, u in LINKS)
    w.append('<section id="text-5" class="widget widget_text"><h2 class="widget-title">Liên kết website</h2>'
             '<div class="textwidget"><p><select onchange="if(this.value) window.open(this.value)" style="width:100%">'
             f'<option value="">-- Chọn liên kết --</option>{opts}</select></p>\n'
             f'<p><a href="https://dichvucong.gov.vn/" target="_blank" rel="noopener"><img loading="lazy" decoding="async" '
             f'src="{up("2022/05/banner-dvc-quoc-gia.jpg")}" alt="Cổng Dịch vụ công quốc gia" width="300" height="90" /></a></p>\n'
             f'<p><a href="https://tinnhiemmang.vn/" target="_blank" rel="noopener"><img loading="lazy" decoding="async" '
             f'src="{up("2022/05/tin-nhiem-mang.png")}" alt="Chứng nhận Tín Nhiệm Mạng" width="150" height="68" /></a></p>\n'
             '</div></section>')
    w.append('<section id="polls-widget-3" class="widget widget_polls-widget"><h2 class="widget-title">Thăm dò ý kiến</h2>'
             '<div id="polls-3" class="wp-polls">\n\t<form id="polls_form_3" class="wp-polls-form" action="/index.php" method="post">\n'
             f'\t\t<p style="display: none;"><input type="hidden" id="poll_3_nonce" name="wp-polls-nonce" value="{h8(seed, "poll")[:10]}" /></p>\n'
             '\t\t<p style="display: none;"><input type="hidden" name="poll_id" value="3" /></p>\n'
             '\t\t<p style="text-align: center;"><strong>Ông/bà đánh giá thế nào về chất lượng phục vụ tại Bộ phận Một cửa xã?</strong></p>'
             '<div id="polls-3-ans" class="wp-polls-ans"><ul class="wp-polls-ul">\n'
             '\t\t<li><input type="radio" id="poll-answer-9" name="poll_3" value="9" /> <label for="poll-answer-9">Rất hài lòng</label></li>\n'
             '\t\t<li><input type="radio" id="poll-answer-10" name="poll_3" value="10" /> <label for="poll-answer-10">Hài lòng</label></li>\n'
             '\t\t<li><input type="radio" id="poll-answer-11" name="poll_3" value="11" /> <label for="poll-answer-11">Chưa hài lòng</label></li>\n'
             '\t\t</ul><p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" onclick="poll_vote(3);" /></p>'
             '<p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result(3); return false;" title="Xem kết quả">Xem kết quả</a></p>'
             '</div>\n\t</form>\n</div>\n<div id="polls-3-loading" class="wp-polls-loading"><img src="' + HOST +
             '/wp-content/plugins/wp-polls/images/loading.gif" width="16" height="16" alt="Đang tải ..." title="Đang tải ..." class="wp-polls-image" />&nbsp;Đang tải ...</div>\n'
             '</section>')
    cats = "".join(f'\t<li class="cat-item cat-item-{i + 3}"><a href="{HOST}/category/{slug}/">{esc(name)}</a> '
                   f'({sum(1 for p in POSTS if p["cat"] == slug)})\n</li>\n' for i, (slug, name) in enumerate(CATS.items()))
    w.append(f'<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Chuyên mục</h2>\n'
             f'\t\t\t<ul>\n{cats}\t\t\t</ul>\n\n\t\t\t</section>')
    online = num(seed + "on", 3, 38)
    today = num(seed + "td", 180, 640)
    total = 1_284_000 + num(seed + "tt", 0, 9000)
    w.append('<section id="wp_statistics_widget-2" class="widget widget_wp_statistics_widget"><h2 class="widget-title">'
             'Thống kê truy cập</h2><ul class="wp-statistics-widget">'
             f'<li><label>Đang trực tuyến: </label>{online}</li>'
             f'<li><label>Truy cập hôm nay: </label>{vn_num(today)}</li>'
             f'<li><label>Truy cập hôm qua: </label>{vn_num(num(seed + "yd", 300, 900))}</li>'
             f'<li><label>Truy cập tháng này: </label>{vn_num(num(seed + "mo", 6000, 9000))}</li>'
             f'<li><label>Tổng lượt truy cập: </label>{vn_num(total)}</li></ul></section>')
    return "\n".join(w)


def head(title: str, canonical: str, *, og_type="website", desc="", extra_links="", schema=None,
         pub=None, mod=None, image=None) -> str:
    metas = [f'<meta name="description" content="{attr(desc)}" />' if desc else "",
             f'<link rel="canonical" href="{canonical}" />',
             '<meta property="og:locale" content="vi_VN" />',
             f'<meta property="og:type" content="{og_type}" />',
             f'<meta property="og:title" content="{attr(title)}" />']
    if desc:
        metas.append(f'<meta property="og:description" content="{attr(desc)}" />')
    metas += [f'<meta property="og:url" content="{canonical}" />',
              f'<meta property="og:site_name" content="{attr(SITE)}" />']
    if pub:
        metas.append(f'<meta property="article:published_time" content="{utc(pub)}" />')
    if mod:
        metas.append(f'<meta property="article:modified_time" content="{utc(mod)}" />')
    if image:
        metas += [f'<meta property="og:image" content="{image}" />',
                  '<meta property="og:image:type" content="image/jpeg" />']
    metas.append('<meta name="twitter:card" content="summary_large_image" />')
    if og_type == "article":
        metas += ['<meta name="twitter:label1" content="Được viết bởi" />',
                  '<meta name="twitter:data1" content="bbt_tanphuoc" />',
                  '<meta name="twitter:label2" content="Ước tính thời gian đọc" />',
                  '<meta name="twitter:data2" content="3 phút" />']
    graph = schema or []
    graph = graph + [
        {"@type": "WebSite", "@id": f"{HOST}/#website", "url": f"{HOST}/", "name": SITE,
         "description": SITE_DESC, "publisher": {"@id": f"{HOST}/#organization"},
         "potentialAction": [{"@type": "SearchAction", "target": {"@type": "EntryPoint",
                              "urlTemplate": f"{HOST}/?s={{search_term_string}}"},
                              "query-input": {"@type": "PropertyValueSpecification", "valueRequired": True,
                                              "valueName": "search_term_string"}}],
         "inLanguage": "vi"},
        {"@type": "Organization", "@id": f"{HOST}/#organization", "name": "UBND xã Tân Phước",
         "url": f"{HOST}/", "logo": {"@type": "ImageObject", "inLanguage": "vi", "@id": f"{HOST}/#/schema/logo/image/",
                                     "url": up("2022/05/logo-tan-phuoc.png"), "contentUrl": up("2022/05/logo-tan-phuoc.png"),
                                     "width": 120, "height": 120, "caption": "UBND xã Tân Phước"},
         "image": {"@id": f"{HOST}/#/schema/logo/image/"}},
    ]
    ld = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False, separators=(",", ":"))
    ld = ld.replace("/", "\\/")
    return f"""<!doctype html>
<html lang="vi">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">

	<!-- This site is optimized with the Yoast SEO plugin v23.8 - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{esc(title)}</title>
	{chr(10).join("	" + m for m in metas if m).strip()}
	<script type="application/ld+json" class="yoast-schema-graph">{ld}</script>
	<!-- / Yoast SEO plugin. -->


<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{attr(SITE)} &raquo; Dòng thông tin" href="{HOST}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{attr(SITE)} &raquo; Dòng phản hồi" href="{HOST}/comments/feed/" />
{extra_links}<script>
{EMOJI}
</script>
<style id='wp-emoji-styles-inline-css'>

	{EMOJI_CSS}
</style>
<link rel='stylesheet' id='wp-block-library-css' href='{HOST}/wp-includes/css/dist/block-library/style.min.css?ver={WPVER}' media='all' />
<style id='classic-theme-styles-inline-css'>
/*! This file is auto-generated */
.wp-block-button__link{{color:#fff;background-color:#32373c;border-radius:9999px;box-shadow:none;text-decoration:none;padding:calc(.667em + 2px) calc(1.333em + 2px);font-size:1.125em}}.wp-block-file__button{{background:#32373c;color:#fff;text-decoration:none}}
</style>
<style id='global-styles-inline-css'>
{global_styles()}
</style>
<link rel='stylesheet' id='contact-form-7-css' href='{HOST}/wp-content/plugins/contact-form-7/includes/css/styles.css?ver=5.9.8' media='all' />
<link rel='stylesheet' id='wordpress-popular-posts-css-css' href='{HOST}/wp-content/plugins/wordpress-popular-posts/assets/css/wpp.css?ver=7.1.0' media='all' />
<link rel='stylesheet' id='wp-polls-css' href='{HOST}/wp-content/plugins/wp-polls/polls-css.css?ver=2.77.2' media='all' />
<link rel='stylesheet' id='{THEME}-fonts-css' href='https://fonts.googleapis.com/css2?family=Roboto:wght@400;700&#038;display=swap' media='all' />
<link rel='stylesheet' id='bootstrap-grid-css' href='{HOST}/wp-content/themes/{THEME}/assets/css/bootstrap-grid.min.css?ver=4.6.2' media='all' />
<link rel='stylesheet' id='font-awesome-css' href='{HOST}/wp-content/themes/{THEME}/assets/css/font-awesome.min.css?ver=4.7.0' media='all' />
<link rel='stylesheet' id='{THEME}-style-css' href='{HOST}/wp-content/themes/{THEME}/style.css?ver=2.3.1' media='all' />
<style id='{THEME}-style-inline-css'>
{THEME_CSS}
</style>
<script src="{HOST}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script src="{HOST}/wp-includes/js/jquery/jquery-migrate.min.js?ver=3.4.1" id="jquery-migrate-js"></script>
<script id="wpp-json" type="application/json">
{{"sampling_active":0,"sampling_rate":100,"ajax_url":"{HOST_J}\\/wp-json\\/wordpress-popular-posts\\/v1\\/popular-posts","api_url":"{HOST_J}\\/wp-json\\/wordpress-popular-posts","ID":0,"token":"{h8(title)[:10]}","lang":0,"debug":0}}
</script>
<script src="{HOST}/wp-content/plugins/wordpress-popular-posts/assets/js/wpp.min.js?ver=7.1.0" id="wpp-js-js"></script>
<link rel="https://api.w.org/" href="{HOST}/wp-json/" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="{HOST}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress {WPVER}" />
<link rel="icon" href="{up("2022/05/cropped-logo-tan-phuoc-32x32.png")}" sizes="32x32" />
<link rel="icon" href="{up("2022/05/cropped-logo-tan-phuoc-192x192.png")}" sizes="192x192" />
<link rel="apple-touch-icon" href="{up("2022/05/cropped-logo-tan-phuoc-180x180.png")}" />
<meta name="msapplication-TileImage" content="{up("2022/05/cropped-logo-tan-phuoc-270x270.png")}" />
</head>
"""


def page_top(body_class: str, active: str, crumbs: list[tuple[str, str | None]]) -> str:
    d = TODAY
    bc = []
    for label, href in crumbs:
        if href:
            bc.append(f'<span><a href="{href}">{esc(label)}</a></span>')
        else:
            bc.append(f'<span class="breadcrumb_last" aria-current="page">{esc(label)}</span>')
    return f"""
<body class="{body_class}">
<div id="fb-root"></div>
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#primary">Chuyển đến nội dung</a>
	<div class="top-bar">
		<div class="container clearfix">
			<span class="today"><i class="fa fa-calendar"></i> {WEEKDAYS[d.weekday()]}, ngày {d:%d/%m/%Y}</span>
			<span class="top-links"><a href="/so-do-website/">Sơ đồ website</a> | <a href="{HOST}/feed/">RSS</a> | <a href="{HOST}/wp-login.php">Đăng nhập</a></span>
		</div>
	</div>
	<header id="masthead" class="site-header">
		<div class="container">
			<div class="site-branding">
				<a href="{HOST}/" class="custom-logo-link" rel="home"><img width="120" height="120" src="{up("2022/05/logo-tan-phuoc.png")}" class="custom-logo" alt="{attr(SITE)}" decoding="async" /></a>
				<div class="site-title-wrap">
					<p class="site-title-top">ỦY BAN NHÂN DÂN HUYỆN ĐỒNG SƠN</p>
					<p class="site-title"><a href="{HOST}/" rel="home">{esc(SITE)}</a></p>
					<p class="site-description">{esc(SITE_DESC)}</p>
				</div>
			</div><!-- .site-branding -->
		</div>
		<nav id="site-navigation" class="main-navigation">
			<div class="container">
			<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><i class="fa fa-bars"></i> Menu</button>
			<div class="menu-menu-chinh-container">{menu_html(active)}</div>
			</div>
		</nav><!-- #site-navigation -->
	</header><!-- #masthead -->
	<div class="marquee-bar container"><marquee scrollamount="4" onmouseover="this.stop()" onmouseout="this.start()">Chào mừng Quý khách đến với {esc(SITE)} &#8211; huyện Đồng Sơn</marquee></div>
	<div class="container"><p id="breadcrumbs"><span>{" » ".join(bc)}</span></p></div>
	<div id="content" class="site-content container">
	<div class="row">
"""


def page_bottom(seed: str, post_id: int = 0) -> str:
    return f"""
	<aside id="secondary" class="widget-area col-md-4">
{sidebar(seed)}
	</aside><!-- #secondary -->
	</div><!-- .row -->
	</div><!-- #content -->

	<footer id="colophon" class="site-footer">
		<div class="container">
		<div class="row">
			<div class="col-md-8 footer-info">
				<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN PHƯỚC &#8211; HUYỆN ĐỒNG SƠN</strong></p>
				<p>Cơ quan chủ quản: Ủy ban nhân dân xã Tân Phước</p>
				<p>Địa chỉ: Thôn Phước Lộc, xã Tân Phước, huyện Đồng Sơn &#8211; Điện thoại: 0235 3861 100 &#8211; Email: tanphuoc@dongson.gov.vn</p>
				<p>Chịu trách nhiệm chính: Ông Huỳnh Văn Tâm &#8211; Chủ tịch UBND xã</p>
				<p><em>Ghi rõ nguồn &#8220;Cổng thông tin điện tử xã Tân Phước&#8221; khi phát hành lại thông tin từ website này.</em></p>
			</div>
			<div class="col-md-4 footer-links">
				<a href="/gioi-thieu/">Giới thiệu</a> | <a href="/lien-he/">Liên hệ</a> | <a href="{HOST}/feed/">RSS</a>
				<div class="site-info">Thiết kế bởi <a href="https://vietweb-egov.vn" rel="nofollow">VietWeb eGov</a> &#8211; Vận hành trên nền WordPress</div>
			</div>
		</div>
		</div>
	</footer><!-- #colophon -->
</div><!-- #page -->

<a href="#page" class="back-to-top" title="Lên đầu trang"><i class="fa fa-angle-up"></i></a>
<script src="{HOST}/wp-includes/js/dist/hooks.min.js?ver=2810c76e705dd1a53b18" id="wp-hooks-js"></script>
<script src="{HOST}/wp-includes/js/dist/i18n.min.js?ver=5e580eb46a90c2b997e6" id="wp-i18n-js"></script>
<script id="wp-i18n-js-after">
wp.i18n.setLocaleData( {{ 'text direction\\u0004ltr': [ 'ltr' ] }} );
</script>
<script id="contact-form-7-js-extra">
var wpcf7 = {{"api":{{"root":"{HOST_J}\\/wp-json\\/","namespace":"contact-form-7\\/v1"}},"cached":"1"}};
</script>
<script src="{HOST}/wp-content/plugins/contact-form-7/includes/js/index.js?ver=5.9.8" id="contact-form-7-js"></script>
<script id="wp-polls-js-extra">
var pollsL10n = {{"ajax_url":"{HOST_J}\\/wp-admin\\/admin-ajax.php","text_wait":"Y\\u00eau c\\u1ea7u c\\u1ee7a b\\u1ea1n \\u0111ang \\u0111\\u01b0\\u1ee3c x\\u1eed l\\u00fd.","text_valid":"Vui l\\u00f2ng ch\\u1ecdn m\\u1ed9t c\\u00e2u tr\\u1ea3 l\\u1eddi h\\u1ee3p l\\u1ec7.","text_multiple":"S\\u1ed1 l\\u1ef1a ch\\u1ecdn t\\u1ed1i \\u0111a \\u0111\\u01b0\\u1ee3c ph\\u00e9p:","show_loading":"1","show_fading":"1"}};
</script>
<script src="{HOST}/wp-content/plugins/wp-polls/polls-js.js?ver=2.77.2" id="wp-polls-js"></script>
<script src="{HOST}/wp-content/themes/{THEME}/assets/js/navigation.js?ver=2.3.1" id="{THEME}-navigation-js"></script>
<script src="{HOST}/wp-content/themes/{THEME}/assets/js/main.js?ver=2.3.1" id="{THEME}-main-js"></script>
<script id="wp-statistics-tracker-js-extra">
var WP_Statistics_Tracker_Object = {{"requestUrl":"{HOST_J}\\/wp-json\\/wp-statistics\\/v2","ajaxUrl":"{HOST_J}\\/wp-admin\\/admin-ajax.php","hitParams":{{"wp_statistics_hit":1,"source_type":"{"post" if post_id else "home"}","source_id":{post_id},"search_query":"","signature":"{h8(seed, "sig")}","endpoint":"hit"}},"option":{{"dntEnabled":false,"bypassAdBlockers":false,"consentIntegration":{{"name":null,"status":[]}},"isPreview":false,"trackAnonymously":false,"isWpConsentApiActive":false,"consentLevel":"disabled"}},"jsCheckTime":"60000","isLegacyEventLoaded":""}};
</script>
<script src="{HOST}/wp-content/plugins/wp-statistics/assets/js/tracker.js?ver=14.11.2" id="wp-statistics-tracker-js"></script>

</body>
</html>
"""


# ---------------------------------------------------------------- pages
OUT: list[tuple[str, str, dict]] = []  # (name, html, meta)


def emit(name: str, url_path: str, kind: str, page: str, expected=None, canonical=None):
    meta = {"url": HOST + url_path, "content_type": "text/html; charset=UTF-8", "kind": kind}
    if canonical:
        meta["canonical"] = canonical
    if expected is not None:
        meta["expected"] = expected
    OUT.append((name, page, meta))


def excerpt(p: dict, n=40) -> str:
    src = p["lead"] or next(b for b in p["body"] if isinstance(b, str))
    words = texturize(src).replace("**", "").split()
    return esc(" ".join(words[:n])) + (" [&hellip;]" if len(words) > n else "")


def first_image(p: dict):
    for b in p["body"]:
        if isinstance(b, tuple) and b[0] == "img":
            return b[1]
    return None


def post_classes(p: dict, extra="") -> str:
    c = [f"post-{p['id']}", "post", "type-post", "status-publish", "format-standard"]
    if first_image(p):
        c.append("has-post-thumbnail")
    c.append("hentry")
    c.append(f"category-{p['cat']}")
    c += [f"tag-{t}" for t in p["tags"]]
    return " ".join(c) + extra


def related_after(p: dict) -> str:
    same = [q for q in NEWEST if q["cat"] == p["cat"] and q is not p][:5]
    if len(same) < 3:
        same += [q for q in NEWEST if q is not p and q not in same][: 5 - len(same)]
    lis = "".join(f'\n\t\t<li><a href="{HOST}{q["url"]}" rel="bookmark">{esc(texturize(q["title"]))}</a> '
                  f'<span>({q["dt"]:%d/%m/%Y})</span></li>' for q in same)
    return f'<div class="related-posts">\n\t<h3 class="related-title">Tin cùng chuyên mục</h3>\n\t<ul>{lis}\n\t</ul>\n</div>'


def single(p: dict, served_at: str) -> tuple[str, dict]:
    content, truth = render_body(p)
    canonical = HOST + p["url"]
    idx = POSTS.index(p)
    prev_p = POSTS[idx - 1] if idx > 0 else None
    next_p = POSTS[idx + 1] if idx + 1 < len(POSTS) else None
    title_t = texturize(p["title"])
    fi = first_image(p)
    desc = plain(p["lead"] or next(b for b in p["body"] if isinstance(b, str)))[:155]
    schema = [
        {"@type": "Article", "@id": f"{canonical}#article", "isPartOf": {"@id": canonical},
         "author": {"name": "bbt_tanphuoc", "@id": f"{HOST}/#/schema/person/{h8('bbt')}"},
         "headline": title_t, "datePublished": utc(p["dt"]), "dateModified": utc(p["mdt"] or p["dt"]),
         "mainEntityOfPage": {"@id": canonical}, "wordCount": len(truth["text"].split()),
         "publisher": {"@id": f"{HOST}/#organization"},
         "articleSection": [CATS[p["cat"]]], "inLanguage": "vi"},
        {"@type": "WebPage", "@id": canonical, "url": canonical, "name": f"{title_t} - {SITE}",
         "isPartOf": {"@id": f"{HOST}/#website"}, "datePublished": utc(p["dt"]),
         "dateModified": utc(p["mdt"] or p["dt"]), "breadcrumb": {"@id": f"{canonical}#breadcrumb"},
         "inLanguage": "vi", "potentialAction": [{"@type": "ReadAction", "target": [canonical]}]},
        {"@type": "BreadcrumbList", "@id": f"{canonical}#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": f"{HOST}/"},
            {"@type": "ListItem", "position": 2, "name": CATS[p["cat"]], "item": f"{HOST}/category/{p['cat']}/"},
            {"@type": "ListItem", "position": 3, "name": title_t}]},
    ]
    extra = (f'<link rel="alternate" type="application/rss+xml" title="{attr(SITE)} &raquo; {attr(title_t)} Dòng phản hồi" '
             f'href="{canonical}feed/" />\n')
    hd = head(f"{title_t} - {SITE}", canonical, og_type="article", desc=desc, extra_links=extra,
              schema=schema, pub=p["dt"], mod=p["mdt"], image=img_src(fi) if fi else None)
    hd = hd.replace('<link rel="EditURI"',
                    f'<link rel="alternate" title="JSON" type="application/json" href="{HOST}/wp-json/wp/v2/posts/{p["id"]}" />'
                    f'<link rel="EditURI"')
    hd = hd.replace('<link rel="icon"',
                    f"<link rel='shortlink' href='{HOST}/?p={p['id']}' />\n"
                    f'<link rel="alternate" title="oEmbed (JSON)" type="application/json+oembed" href="{HOST}/wp-json/oembed/1.0/embed?url={canonical.replace(":", "%3A").replace("/", "%2F")}" />\n'
                    f'<link rel="alternate" title="oEmbed (XML)" type="text/xml+oembed" href="{HOST}/wp-json/oembed/1.0/embed?url={canonical.replace(":", "%3A").replace("/", "%2F")}&#038;format=xml" />\n'
                    '<link rel="icon"', 1)
    body_class = (f"post-template-default single single-post postid-{p['id']} single-format-standard "
                  f"wp-custom-logo wp-embed-responsive")
    top = page_top(body_class, f"/category/{p['cat']}/",
                   [("Trang chủ", f"{HOST}/"), (CATS[p["cat"]], f"{HOST}/category/{p['cat']}/"), (title_t, None)])
    meta = (f'<span class="posted-on"><i class="fa fa-clock-o"></i> Ngày đăng: <time class="entry-date published" '
            f'datetime="{iso(p["dt"])}">{WEEKDAYS[p["dt"].weekday()]}, {p["dt"]:%d/%m/%Y - %H:%M}</time></span>')
    if p["mdt"]:
        meta += (f' <span class="updated-on"><i class="fa fa-pencil"></i> Cập nhật: <time class="updated" '
                 f'datetime="{iso(p["mdt"])}">{p["mdt"]:%d/%m/%Y - %H:%M}</time></span>')
    meta += (f' <span class="cat-links"><i class="fa fa-folder-open"></i> <a href="{HOST}/category/{p["cat"]}/" '
             f'rel="category tag">{esc(CATS[p["cat"]])}</a></span>'
             f' <span class="post-views"><i class="fa fa-eye"></i> {vn_num(num(served_at, 90, 2400))} lượt xem</span>')
    tags = ""
    if p["tags"]:
        tags = ('<span class="tags-links"><i class="fa fa-tags"></i> Từ khóa: ' +
                ", ".join(f'<a href="{HOST}/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in p["tags"]) + "</span>")
    share_u = canonical.replace(":", "%3A").replace("/", "%2F")
    nav = ['<nav class="navigation post-navigation" aria-label="Bài viết">',
           '<h2 class="screen-reader-text">Điều hướng bài viết</h2>', '<div class="nav-links">']
    if prev_p:
        nav.append(f'<div class="nav-previous"><a href="{HOST}{prev_p["url"]}" rel="prev"><span class="nav-subtitle">'
                   f'Bài trước</span> <span class="nav-title">{esc(texturize(prev_p["title"]))}</span></a></div>')
    if next_p:
        nav.append(f'<div class="nav-next"><a href="{HOST}{next_p["url"]}" rel="next"><span class="nav-subtitle">'
                   f'Bài tiếp theo</span> <span class="nav-title">{esc(texturize(next_p["title"]))}</span></a></div>')
    nav.append("</div>\n\t</nav>")
    main = f"""		<main id="primary" class="site-main col-md-8">

		
<article id="post-{p['id']}" class="{post_classes(p)}">
	<header class="entry-header">
		<h1 class="entry-title">{esc(title_t)}</h1>			<div class="entry-meta">
				{meta}
			</div><!-- .entry-meta -->
			</header><!-- .entry-header -->

	
	<div class="entry-content">
		{content}
	</div><!-- .entry-content -->

	<footer class="entry-footer">
		{tags}
	</footer><!-- .entry-footer -->
	<div class="share-buttons">
		<span>Chia sẻ:</span>
		<a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={share_u}" target="_blank" rel="nofollow noopener"><i class="fa fa-facebook"></i> Facebook</a>
		<a class="share-zalo zalo-share-button" data-href="{canonical}" data-oaid="579745863508352884" data-layout="2" data-color="blue" data-customize="false">Zalo</a>
		<a class="share-email" href="mailto:?subject={attr(title_t)}&amp;body={canonical}"><i class="fa fa-envelope"></i> Email</a>
		<a class="share-print" href="javascript:window.print()"><i class="fa fa-print"></i> In bài viết</a>
	</div>
</article><!-- #post-{p['id']} -->

	{chr(10).join(nav)}
{related_after(p)}

		</main><!-- #main -->
"""
    return hd + top + main + page_bottom(served_at, p["id"]), truth


def list_item(p: dict) -> str:
    fi = first_image(p)
    thumb = ""
    if fi:
        base, ext = fi["file"].rsplit(".", 1)
        h = round(300 * fi["h"] / fi["w"])
        thumb = (f'<div class="post-thumbnail"><a href="{HOST}{p["url"]}" aria-hidden="true" tabindex="-1">'
                 f'<img width="300" height="{h}" src="{up(base)}-300x{h}.{ext}" class="attachment-medium size-medium '
                 f'wp-post-image" alt="{attr(texturize(p["title"]))}" decoding="async" loading="lazy" /></a></div>')
    return f"""<article id="post-{p['id']}" class="{post_classes(p)}">
	{thumb}
	<header class="entry-header">
		<h2 class="entry-title"><a href="{HOST}{p['url']}" rel="bookmark">{esc(texturize(p['title']))}</a></h2>			<div class="entry-meta">
				<span class="posted-on"><i class="fa fa-clock-o"></i> <time class="entry-date published" datetime="{iso(p['dt'])}">{p['dt']:%d/%m/%Y}</time></span>			</div><!-- .entry-meta -->
			</header><!-- .entry-header -->
	<div class="entry-summary">
		<p>{excerpt(p)}</p>
	</div><!-- .entry-summary -->
</article><!-- #post-{p['id']} -->
"""


def pagination(base: str, cur: int, total: int) -> str:
    if total <= 1:
        return ""
    def href(n):
        return f"{HOST}{base}" if n == 1 else f"{HOST}{base}page/{n}/"
    parts = []
    if cur > 1:
        parts.append(f'<a class="prev page-numbers" href="{href(cur - 1)}">&laquo; Trang trước</a>')
    for n in range(1, total + 1):
        if n == cur:
            parts.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            parts.append(f'<a class="page-numbers" href="{href(n)}">{n}</a>')
    if cur < total:
        parts.append(f'<a class="next page-numbers" href="{href(cur + 1)}">Trang sau &raquo;</a>')
    return ('\n\t<nav class="navigation pagination" aria-label="Phân trang bài viết">\n\t\t<h2 class="screen-reader-text">'
            'Phân trang bài viết</h2>\n\t\t<div class="nav-links">' + "\n".join(parts) + "</div>\n\t</nav>")


def listing(name: str, base: str, posts: list, ppp: int, body_class: str, heading: str | None,
            crumbs_label: str, active: str, title: str):
    pages = max(1, -(-len(posts) // ppp))
    for n in range(1, pages + 1):
        chunk = posts[(n - 1) * ppp: n * ppp]
        path = base if n == 1 else f"{base}page/{n}/"
        canonical = HOST + path
        bc = body_class + (f" paged paged-{n}" if n > 1 else "")
        t = title + (f" - Trang {n} trên {pages}" if n > 1 else "")
        crumbs = [("Trang chủ", f"{HOST}/")]
        if base != "/":
            crumbs.append((crumbs_label, None if n == 1 else f"{HOST}{base}"))
            if n > 1:
                crumbs.append((f"Trang {n}", None))
        else:
            crumbs = [("Trang chủ", None if n == 1 else f"{HOST}/")] + ([(f"Trang {n}", None)] if n > 1 else [])
        extra = ""
        if base.startswith("/category/"):
            extra = (f'<link rel="alternate" type="application/rss+xml" title="{attr(SITE)} &raquo; {attr(crumbs_label)} '
                     f'Dòng thông tin chuyên mục" href="{HOST}{base}feed/" />\n')
        if n > 1:
            extra += f'<link rel="prev" href="{HOST}{base if n == 2 else base + f"page/{n - 1}/"}" />\n'
        if n < pages:
            extra += f'<link rel="next" href="{HOST}{base}page/{n + 1}/" />\n'
        schema = [{"@type": "CollectionPage", "@id": canonical, "url": canonical, "name": t,
                   "isPartOf": {"@id": f"{HOST}/#website"}, "inLanguage": "vi"}]
        hd = head(t, canonical, extra_links=extra, schema=schema)
        top = page_top(bc, active, crumbs)
        hdr = (f'\t\t\t<header class="page-header">\n\t\t\t\t<h1 class="page-title">{heading}</h1>\n\t\t\t</header>'
               '<!-- .page-header -->\n' if heading else "")
        main = (f'\t\t<main id="primary" class="site-main col-md-8">\n\n{hdr}\n' +
                "\n".join(list_item(p) for p in chunk) + pagination(base, n, pages) + "\n\t\t</main><!-- #main -->\n")
        nm = name if n == 1 else f"{name}-page-{n}"
        emit(nm, path, "listing", hd + top + main + page_bottom(f"{nm}"))


def attachment_page(im: dict):
    p = im["parent"]
    path = attach_url(im)
    canonical = HOST + path
    att_id = im["id"]
    t = im["attach"]
    base, ext = im["file"].rsplit(".", 1)
    h300 = round(300 * im["h"] / im["w"])
    hd = head(f"{t} - {SITE}", canonical, schema=[{"@type": "WebPage", "@id": canonical, "url": canonical,
                                                   "name": f"{t} - {SITE}", "isPartOf": {"@id": f"{HOST}/#website"},
                                                   "datePublished": utc(p["dt"]), "inLanguage": "vi"}])
    hd = hd.replace('<link rel="EditURI"',
                    f'<link rel="alternate" title="JSON" type="application/json" href="{HOST}/wp-json/wp/v2/media/{att_id}" />'
                    f'<link rel="EditURI"')
    top = page_top(f"attachment attachment-template-default single single-attachment postid-{att_id} "
                   f"attachmentid-{att_id} attachment-jpeg wp-custom-logo wp-embed-responsive", "",
                   [("Trang chủ", f"{HOST}/"), (CATS[p["cat"]], f"{HOST}/category/{p['cat']}/"),
                    (texturize(p["title"]), f"{HOST}{p['url']}"), (t, None)])
    cap = f'<div class="entry-caption"><p>{caption_html(im)}</p></div>' if im["caption"] else ""
    main = f"""		<main id="primary" class="site-main col-md-8">

<article id="post-{att_id}" class="post-{att_id} attachment type-attachment status-inherit hentry">
	<header class="entry-header">
		<h1 class="entry-title">{esc(t)}</h1>	</header><!-- .entry-header -->
	<div class="entry-content">
		<p class="attachment"><a href="{up(im['file'])}"><img width="300" height="{h300}" src="{up(base)}-300x{h300}.{ext}" class="attachment-medium size-medium" alt="" decoding="async" srcset="{up(base)}-300x{h300}.{ext} 300w, {img_src(im)} {im['w']}w" sizes="(max-width: 300px) 100vw, 300px" /></a></p>
		{cap}
	</div><!-- .entry-content -->
	<footer class="entry-footer">
		<span class="full-size-link"><span class="screen-reader-text">Kích thước đầy đủ </span><a href="{up(im['file'])}">{im['w']} &times; {im['h']}</a></span>
	</footer>
</article><!-- #post-{att_id} -->

	<nav class="navigation post-navigation" aria-label="Bài viết">
		<h2 class="screen-reader-text">Điều hướng bài viết</h2>
		<div class="nav-links"><div class="nav-previous"><a href="{HOST}{p['url']}" rel="prev"><span class="meta-nav">Đăng trong</span><span class="post-title">{esc(texturize(p['title']))}</span></a></div></div>
	</nav>
		</main><!-- #main -->
"""
    emit(f"attachment-{t}", path, "attachment", hd + top + main + page_bottom(t, att_id))


def static_page(name: str, path: str, kind: str, title: str, page_id: int, inner: str):
    canonical = HOST + path
    hd = head(f"{title} - {SITE}", canonical, schema=[{"@type": "WebPage", "@id": canonical, "url": canonical,
                                                       "name": f"{title} - {SITE}", "isPartOf": {"@id": f"{HOST}/#website"},
                                                       "inLanguage": "vi"}])
    hd = hd.replace('<link rel="EditURI"',
                    f'<link rel="alternate" title="JSON" type="application/json" href="{HOST}/wp-json/wp/v2/pages/{page_id}" />'
                    f'<link rel="EditURI"')
    top = page_top(f"page-template-default page page-id-{page_id} wp-custom-logo wp-embed-responsive", path,
                   [("Trang chủ", f"{HOST}/"), (title, None)])
    main = f"""		<main id="primary" class="site-main col-md-8">

<article id="post-{page_id}" class="post-{page_id} page type-page status-publish hentry">
	<header class="entry-header">
		<h1 class="entry-title">{esc(title)}</h1>	</header><!-- .entry-header -->

	<div class="entry-content">
{inner}
	</div><!-- .entry-content -->
</article><!-- #post-{page_id} -->

		</main><!-- #main -->
"""
    emit(name, path, kind, hd + top + main + page_bottom(name))


GIOI_THIEU = """<h3 class="wp-block-heading">1. Vị trí địa lý</h3>
<p>Xã Tân Phước nằm ở phía Đông Nam huyện Đồng Sơn, cách trung tâm huyện 12 km. Phía Bắc giáp xã Tân Lập, phía Nam giáp sông Cái, phía Đông giáp xã Phước Sơn, phía Tây giáp thị trấn Đồng Sơn. Tổng diện tích tự nhiên 2.146 ha, trong đó đất nông nghiệp 1.520 ha.</p>
<h3 class="wp-block-heading">2. Dân số, đơn vị hành chính</h3>
<p>Toàn xã có 7 thôn: Phước Lộc, Phước Hòa, Đông Yên, Tây Yên, An Bình, An Lạc và Phú Thạnh, với 2.318 hộ, 7.962 nhân khẩu. Nhân dân chủ yếu sống bằng nghề trồng lúa, chăn nuôi bò, trồng cây ăn quả và buôn bán nhỏ.</p>
<h3 class="wp-block-heading">3. Truyền thống lịch sử</h3>
<p>Trong hai cuộc kháng chiến chống thực dân Pháp và đế quốc Mỹ, Đảng bộ và nhân dân xã Tân Phước đã có nhiều đóng góp to lớn; xã được Nhà nước tuyên dương danh hiệu Anh hùng Lực lượng vũ trang nhân dân năm 1998. Năm 2019, xã được công nhận đạt chuẩn nông thôn mới; năm 2023 đạt chuẩn nông thôn mới nâng cao.</p>
<figure class="wp-block-table"><table><tbody><tr><td>Chức vụ</td><td>Họ và tên</td><td>Điện thoại</td></tr><tr><td>Bí thư Đảng ủy, Chủ tịch HĐND xã</td><td>Nguyễn Văn Thành</td><td>0905 112 233</td></tr><tr><td>Chủ tịch UBND xã</td><td>Huỳnh Văn Tâm</td><td>0914 456 789</td></tr><tr><td>Phó Chủ tịch UBND xã</td><td>Phạm Minh Đức</td><td>0935 246 810</td></tr></tbody></table></figure>"""

LIEN_HE = f"""<p><strong>ỦY BAN NHÂN DÂN XÃ TÂN PHƯỚC</strong></p>
<p>Địa chỉ: Thôn Phước Lộc, xã Tân Phước, huyện Đồng Sơn<br>Điện thoại: 0235 3861 100 &#8211; Fax: 0235 3861 101<br>Email: tanphuoc@dongson.gov.vn</p>
<p>Bộ phận Tiếp nhận và Trả kết quả: 0235 3861 102 (giờ hành chính các ngày làm việc)</p>

<div class="wpcf7 no-js" id="wpcf7-f58-p47-o1" lang="vi" dir="ltr" data-wpcf7-id="58">
<div class="screen-reader-response"><p role="status" aria-live="polite" aria-atomic="true"></p> <ul></ul></div>
<form action="/lien-he/#wpcf7-f58-p47-o1" method="post" class="wpcf7-form init" aria-label="Form liên hệ" novalidate="novalidate" data-status="init">
<div style="display: none;">
<input type="hidden" name="_wpcf7" value="58" />
<input type="hidden" name="_wpcf7_version" value="5.9.8" />
<input type="hidden" name="_wpcf7_locale" value="vi" />
<input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f58-p47-o1" />
<input type="hidden" name="_wpcf7_container_post" value="47" />
<input type="hidden" name="_wpcf7_posted_data_hash" value="" />
</div>
<p><label> Họ và tên (bắt buộc)<br />
<span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" maxlength="400" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" autocomplete="name" aria-required="true" aria-invalid="false" value="" type="text" name="your-name" /></span> </label>
</p>
<p><label> Địa chỉ email (bắt buộc)<br />
<span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" maxlength="400" class="wpcf7-form-control wpcf7-email wpcf7-validates-as-required wpcf7-text wpcf7-validates-as-email" autocomplete="email" aria-required="true" aria-invalid="false" value="" type="email" name="your-email" /></span> </label>
</p>
<p><label> Tiêu đề<br />
<span class="wpcf7-form-control-wrap" data-name="your-subject"><input size="40" maxlength="400" class="wpcf7-form-control wpcf7-text" aria-invalid="false" value="" type="text" name="your-subject" /></span> </label>
</p>
<p><label> Nội dung<br />
<span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" maxlength="2000" class="wpcf7-form-control wpcf7-textarea" aria-invalid="false" name="your-message"></textarea></span> </label>
</p>
<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi liên hệ" />
</p><div class="wpcf7-response-output" aria-hidden="true"></div>
</form>
</div>
<iframe src="https://www.google.com/maps/embed?pb=!1m14!1m8!1m3!1d3840.1!2d108.1!3d15.5!3m2!1i1024!2i768!4f13.1" width="100%" height="300" style="border:0;" allowfullscreen="" loading="lazy"></iframe>"""


def search_page(term: str, term_q: str):
    found = [p for p in NEWEST if term.lower() in (p["title"] + " " + " ".join(b for b in p["body"] if isinstance(b, str))).lower()]
    path = f"/?s={term_q}"
    canonical = HOST + path
    title = f"Bạn đã tìm kiếm {term} - {SITE}"
    hd = head(title, canonical, schema=[{"@type": ["CollectionPage", "SearchResultsPage"], "@id": canonical,
                                         "url": canonical, "name": title, "isPartOf": {"@id": f"{HOST}/#website"},
                                         "inLanguage": "vi"}])
    hd = hd.replace('<meta property="og:locale"', '<meta name="robots" content="noindex, follow" />\n\t<meta property="og:locale"')
    top = page_top("search search-results wp-custom-logo wp-embed-responsive", "",
                   [("Trang chủ", f"{HOST}/"), (f"Bạn đã tìm kiếm {term}", None)])
    main = (f'\t\t<main id="primary" class="site-main col-md-8">\n\n\t\t\t<header class="page-header">\n'
            f'\t\t\t\t<h1 class="page-title">Kết quả tìm kiếm cho: <span>{esc(term)}</span></h1>\n\t\t\t</header>\n' +
            "\n".join(list_item(p) for p in found) + "\n\t\t</main><!-- #main -->\n")
    emit("search-dat-dai", path, "search", hd + top + main + page_bottom("search"))


def main():
    for f in HERE.glob("*.html"):
        f.unlink()
    for f in HERE.glob("*.json"):
        if f.name != "site.json":
            f.unlink()
    for p in POSTS:
        page, truth = single(p, p["url"])
        emit(f"post-{p['key']}", p["url"], "article", page, expected=truth)
        if p.get("old_url"):
            page2, truth2 = single(p, p["old_url"])
            assert truth2 == truth
            emit(f"post-{p['key']}-old-slug", p["old_url"], "article", page2, expected=truth2,
                 canonical=HOST + p["url"])
        for b in p["body"]:
            if isinstance(b, tuple) and b[0] == "img" and b[1].get("attach"):
                attachment_page(b[1])
    listing("home", "/", NEWEST, HOME_PPP, "home blog wp-custom-logo wp-embed-responsive", None,
            "Trang chủ", "/", f"{SITE} - {SITE_DESC}")
    for i, (slug, name) in enumerate(CATS.items()):
        posts = [p for p in NEWEST if p["cat"] == slug]
        listing(f"category-{slug}", f"/category/{slug}/", posts, ARCHIVE_PPP,
                f"archive category category-{slug} category-{i + 3} wp-custom-logo wp-embed-responsive",
                f"Chuyên mục: <span>{esc(name)}</span>", name, f"/category/{slug}/", f"Lưu trữ {name} - {SITE}")
    for slug in ("an-sinh-xa-hoi",):
        posts = [p for p in NEWEST if slug in p["tags"]]
        listing(f"tag-{slug}", f"/tag/{slug}/", posts, ARCHIVE_PPP,
                f"archive tag tag-{slug} wp-custom-logo wp-embed-responsive",
                f"Thẻ: <span>{esc(TAGS[slug])}</span>", TAGS[slug], "", f"Lưu trữ {TAGS[slug]} - {SITE}")
    static_page("page-gioi-thieu", "/gioi-thieu/", "static", "Giới thiệu chung về xã Tân Phước", 45, GIOI_THIEU)
    static_page("page-lien-he", "/lien-he/", "contact", "Liên hệ", 47, LIEN_HE)
    search_page("đất", "%C4%91%E1%BA%A5t")
    for name, page, meta in OUT:
        assert unicodedata.is_normalized("NFC", page), name
        (HERE / f"{name}.html").write_text(page, encoding="utf-8")
        (HERE / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "site.json").write_text(json.dumps({"host": HOST, "home": "/", "family": "unknown",
                                                "template": "wordpress"}, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(OUT)} pages")


if __name__ == "__main__":
    main()
