"""Demo site imitating the chinhphu.vn family (VCCorp-style CMS).

URLs: articles ``/<slug>-115<yyMMddHHmmss><NNN>.htm`` (the id encodes the publication time),
listings ``/<category>.htm`` and ``/<category>/trang-N.htm``, ``/tin-moi.htm``, RSS
``/rss/home.rss``. The lead is an ``h2`` sapo opening with an agency prefix
("(Chinhphu.vn) -"); photos carry generated alt text ("<title> - Ảnh 1."); related-news boxes sit
*inside* the body; authors and source follow the body.
"""

from __future__ import annotations

import itertools
import re
from html import escape

from crawler.demo import chrome
from crawler.demo.corpus import DemoArticle, DemoAttachment, DemoImage, load_corpus
from crawler.demo.markup import MutableCorpus, article_body
from crawler.demo.server import PIXEL, Reply

__all__ = ["VCCorpSite"]

SITE_NAME = "Báo điện tử Chính phủ"
CATEGORIES = {"thoi-su": "Thời sự", "chinh-sach-moi": "Chính sách mới"}
PER_PAGE = 4
_ARTICLE_RE = re.compile(r"^/(?P<slug>[a-z0-9-]+)-(?P<id>115\d{15})\.htm$")
_LISTING_RE = re.compile(r"^/(?P<cat>[a-z0-9-]+)(?:/trang-(?P<page>\d+))?\.htm$")


def news_id(a: DemoArticle) -> str:
    return f"115{a.published:%y%m%d%H%M%S}{a.id % 1000:03d}"


class VCCorpSite(MutableCorpus):
    family = "vccorp"

    def __init__(self, base: str) -> None:
        self.base = base
        self.articles = load_corpus("vccorp")
        self._index()
        self._hits = itertools.count(88_120_337)


    def _index(self) -> None:
        self.by_news_id = {news_id(a): a for a in self.articles}

    @staticmethod
    def article_path(a: DemoArticle) -> str:
        return f"/{a.slug}-{news_id(a)}.htm"

    @staticmethod
    def image_src(a: DemoArticle, file: str) -> str:
        return f"/thumb/w_1000/{a.published:%Y/%-m/%-d}/{file}"

    @staticmethod
    def attachment_src(a: DemoArticle, doc: DemoAttachment) -> str:
        return f"/Uploaded/van-ban/{a.published:%Y_%m_%d}/{doc.file}"

    def category_label(self, a: DemoArticle) -> str:
        return CATEGORIES[a.category]

    def handle(self, path: str, query: str) -> Reply:
        if path == "/robots.txt":
            return Reply(200, b"User-agent: *\nDisallow: /search\n", {"Content-Type": "text/plain"})
        if path.startswith("/thumb/"):
            return Reply(200, PIXEL, {"Content-Type": "image/gif"})
        if path == "/rss/home.rss":
            return self.feed()
        if path in ("/", "/tin-moi.htm"):
            return self.listing(None, 1)
        if m := _ARTICLE_RE.match(path):
            a = self.by_news_id.get(m.group("id"))
            if a is None:
                main = '<div class="error-page"><h1>Không tìm thấy nội dung</h1><p>Liên kết không tồn tại.</p></div>'
                return Reply.html(self._layout("Không tìm thấy nội dung", main))
            return self.article(a)
        if (m := _LISTING_RE.match(path)) and m.group("cat") in CATEGORIES:
            return self.listing(m.group("cat"), int(m.group("page") or 1))
        return Reply.not_found()

    def listing(self, category: str | None, page: int) -> Reply:
        items = [a for a in self.articles if category is None or a.category == category]
        pages = max(1, -(-len(items) // PER_PAGE))
        page = min(max(page, 1), pages)
        rows = "".join(
            f'<div class="box-stream-item"><a class="box-stream-link-title" href="{self.article_path(a)}" '
            f'title="{escape(a.title)}">{escape(a.title)}</a><p class="box-stream-sapo">{escape(a.lead[:140])}…</p></div>'
            for a in items[(page - 1) * PER_PAGE : page * PER_PAGE]
        )
        pager = ""
        if category:
            pager = "".join(f'<a href="/{category}/trang-{n}.htm">{n}</a> ' for n in range(1, pages + 1))
        title = CATEGORIES.get(category or "", "Tin mới")
        return Reply.html(self._layout(title, f'<div class="box-stream">{rows}</div><div class="paging">{pager}</div>'))

    def article(self, a: DemoArticle) -> Reply:
        lead = f"{a.agency_prefix} {a.lead}" if a.agency_prefix else a.lead
        body = article_body(a, lead="", paragraph="<p>{}</p>", image=self._image, unit_line=False)
        related = [o for o in self.articles if o is not a][:2]
        box = ('<div class="VCSortableInPreviewMode link-content-footer" type="RelatedNewsBox">'
               '<div class="kbwscwl-relatedbox"><strong>Tin liên quan</strong><ul>'
               + "".join(f'<li><a href="{self.article_path(o)}">{escape(o.title)}</a></li>' for o in related)
               + "</ul></div></div>")
        # The related box sits after the second paragraph, inside the body.
        cut = body.find("</p>", body.find("</p>") + 4) + 4 if len(a.paragraphs) > 2 else len(body)
        body = body[:cut] + box + body[cut:]
        stamp = f'<div class="detail-time"><div data-role="publishdate">{a.published:%d/%m/%Y %H:%M}</div>'
        if a.updated:
            stamp += f'<div class="detail-update">Cập nhật: {a.updated:%d/%m/%Y %H:%M}</div>'
        stamp += "</div>"
        authors = f'<p class="detail-author">{escape(", ".join(a.authors))}</p>' if a.authors else ""
        source = f'<p class="detail-source">Nguồn: {escape(a.unit)}</p>' if a.unit else ""
        main = (
            f'<div class="detail-container" data-id="{news_id(a)}">'
            f'<div class="detail-cate"><a href="/{a.category}.htm">{escape(CATEGORIES[a.category])}</a></div>'
            f'<h1 class="detail-title" data-role="title">{escape(a.title)}</h1>{stamp}'
            f'<h2 class="detail-sapo" data-role="sapo">{escape(lead)}</h2>'
            f'<div class="detail-content afcbc-body" data-role="content">{body}</div>'
            + "".join(f'<div class="detail-file"><a href="{escape(self.attachment_src(a, d))}" '
                      f'target="_blank">{escape(d.title)}</a></div>' for d in a.attachments)
            + f'<div class="detail-author-source">{authors}{source}</div>'
            '<div class="detail-share"><a href="https://www.facebook.com/sharer/sharer.php">Chia sẻ</a> '
            '<a href="javascript:window.print()">In</a></div></div>'
        )
        return Reply.html(self._layout(a.title, main), last_modified=self.last_modified(a))

    def _image(self, a: DemoArticle, img: DemoImage) -> str:
        src = escape(self.image_src(a, img.file))
        n = a.images.index(img) + 1
        alt = escape(f"{a.title} - Ảnh {n}.")
        caption = escape(img.caption)
        credit = f"<p>{escape(img.credit)}</p>" if img.credit else ""
        if img.style == "figure":
            return (f'<figure class="VCSortableInPreviewMode" type="Photo"><div><img src="{src}" alt="{alt}" title="{alt}"></div>'
                    f'<figcaption class="PhotoCMS_Caption"><p>{caption}</p>{credit}</figcaption></figure>')
        credit_inline = f" - {escape(img.credit)}" if img.credit else ""
        if img.style == "table":
            return (f'<table class="VCSortableInPreviewMode" type="Photo" align="center"><tbody><tr><td><img src="{src}" alt="{alt}"></td></tr>'
                    f'<tr><td class="PhotoCMS_Caption">{caption}{credit_inline}</td></tr></tbody></table>')
        return f'<p><img src="{src}" alt="{alt}"></p><p><em>{caption}{credit_inline}</em></p>'

    def feed(self) -> Reply:
        items = "".join(
            f"<item><title><![CDATA[{a.title}]]></title><link>{self.base}{self.article_path(a)}</link>"
            f"<pubDate>{a.published:%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>"
            for a in self.articles
        )
        body = f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{SITE_NAME}</title>{items}</channel></rss>'
        return Reply(200, body.encode(), {"Content-Type": "application/rss+xml; charset=utf-8"})

    def _layout(self, title: str, main: str) -> str:
        menu = "".join(f'<li><a href="/{k}.htm">{escape(v)}</a></li>' for k, v in CATEGORIES.items())
        hits = f"{next(self._hits):,}".replace(",", ".")
        mega = "".join(
            f'<div class="mega-menu__col"><p class="mega-menu__title">{escape(group)}</p><ul>'
            + "".join(f'<li><a href="{url}" target="_blank" rel="noopener">{escape(name)}</a></li>' for name, url in links)
            + "</ul></div>"
            for group, links in _VC_MEGA_MENU
        )
        sister = "".join(
            f'<li><a href="{url}" target="_blank" rel="noopener" title="{escape(name)}">'
            f'<img src="https://static.vgpcdn.vn/baochinhphu/web_images/chuyen-trang/{img}" alt="{escape(name)}" loading="lazy"></a></li>'
            for name, url, img in _VC_SISTER_SITES
        )
        selects = "".join(
            f'<div class="box-link__item"><select class="box-link__select" aria-label="{escape(label)}" '
            f'onchange="if (this.value) window.open(this.value, \'_blank\');">{chrome.options(items, label)}</select></div>'
            for label, items in _VC_LINK_GROUPS
        )
        socials = "".join(
            f'<a class="footer__social footer__social--{key}" href="{url}" target="_blank" rel="nofollow noopener" '
            f'title="{escape(name)}">{escape(name)}</a>'
            for key, name, url in _VC_SOCIALS
        )
        footer_menu = "".join(
            f'<li><a href="{href}">{escape(label)}</a></li>'
            for label, href in (("Tin mới", "/tin-moi.htm"), *((v, f"/{k}.htm") for k, v in CATEGORIES.items()),
                                ("RSS", "/rss/home.rss"))
        )
        offcanvas = "".join(
            f'<details class="offcanvas__group"><summary>{escape(group)}</summary><ul>'
            + "".join(f'<li><a href="{url}" target="_blank" rel="noopener">{escape(name)}</a></li>' for name, url in links)
            + "</ul></details>"
            for group, links in _VC_MEGA_MENU
        )
        utilities = "".join(
            f'<li><a href="{url}" target="_blank" rel="noopener"><span class="icon icon-{icon}"></span>{escape(name)}</a></li>'
            for name, url, icon in _VC_UTILITIES
        )
        settings = chrome.json_script(_VC_PAGE_SETTINGS)
        organization = chrome.json_script(_VC_ORGANIZATION)
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{escape(title)}</title>
<link rel="alternate" type="application/rss+xml" href="/rss/home.rss">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="description" content="{SITE_NAME} - Cơ quan của Chính phủ, tiếng nói của Chính phủ: thông tin chỉ đạo, điều hành, chính sách mới và hoạt động của Chính phủ, Thủ tướng Chính phủ.">
<meta name="keywords" content="Báo điện tử Chính phủ, Chính phủ, Thủ tướng, chính sách mới, chỉ đạo điều hành, thời sự">
<meta name="robots" content="index,follow,max-image-preview:large">
<meta name="format-detection" content="telephone=no">
<meta property="og:site_name" content="BAOCHINHPHU.VN">
<meta property="og:locale" content="vi_VN">
<meta name="twitter:card" content="summary_large_image">
<link rel="dns-prefetch" href="https://static.vgpcdn.vn">
<link rel="dns-prefetch" href="https://media.vgpcdn.vn">
<link rel="preconnect" href="https://static.vgpcdn.vn" crossorigin>
<link rel="shortcut icon" href="https://static.vgpcdn.vn/baochinhphu/web_images/favicon.ico" type="image/x-icon">
<link rel="apple-touch-icon" href="https://static.vgpcdn.vn/baochinhphu/web_images/apple-touch-icon.png">
<link rel="preload" as="font" href="https://static.vgpcdn.vn/baochinhphu/web_fonts/NotoSerif-Bold.woff2" type="font/woff2" crossorigin>
<style>{_VC_CSS}</style>
<link rel="stylesheet" href="https://static.vgpcdn.vn/baochinhphu/web_css/2023/main.min.css?v=20231215.2" media="print" onload="this.media='all'">
<script>var pageSettings = {settings};</script>
<script type="application/ld+json">{organization}</script>
<script>
    function loadJsAsync(src, callback) {{
        var s = document.createElement('script');
        s.src = src; s.async = true;
        if (typeof callback === 'function') {{ s.onload = callback; }}
        document.getElementsByTagName('head')[0].appendChild(s);
    }}
    var runinit = window.runinit || [];
</script>
{chrome.ga_snippet("G-BAOCHINHPHU")}
</head>
<body class="bg-white">
<div id="fb-root"></div>
<header class="header">
<div class="header__top"><div class="container"><span class="header__date" id="header-date"></span>{chrome.weekday_clock_script("header-date")}
<span class="header__hotline">Đường dây nóng: 024.3999.1000 - Email: thudientu@demo.baochinhphu.vn</span>
<ul class="header__lang"><li><a href="https://en.baochinhphu.vn/" target="_blank" rel="noopener">English</a></li>
<li><a href="https://cn.baochinhphu.vn/" target="_blank" rel="noopener">中文</a></li>
<li><a href="https://chinhphu.vn/" target="_blank" rel="noopener">Chinhphu.vn</a></li></ul></div></div>
<div class="header__main container"><a href="/" class="logo">{SITE_NAME}</a>
<ul class="menu"><li><a href="/tin-moi.htm">Tin mới</a></li>{menu}
<li class="menu__more"><a href="javascript:;" class="menu__toggle" aria-label="Tất cả chuyên mục">☰</a></li></ul>
<form action="/search" class="search"><input name="q" placeholder="Tìm kiếm"></form></div>
<div class="mega-menu" id="mega-menu"><div class="container">{mega}</div></div>
</header>
<div class="offcanvas" id="offcanvas" aria-hidden="true"><div class="offcanvas__head"><a href="/" class="offcanvas__logo">{SITE_NAME}</a>
<a href="javascript:;" class="offcanvas__close" aria-label="Đóng">✕</a></div>
<ul class="offcanvas__menu"><li><a href="/tin-moi.htm">Tin mới</a></li>{menu}</ul>{offcanvas}
<div class="offcanvas__socials">{socials}</div></div>
<main>{main}</main>
<aside class="sidebar">
<div class="box-most-view"><h3>Đọc nhiều</h3><div class="box-most-view__list" data-type="mostview" data-zone="0" data-size="8"></div></div>
<div class="box-sister"><h3 class="box-sister__title">Chuyên trang</h3><ul>{sister}</ul></div>
<div class="box-link"><h3 class="box-link__title">Liên kết</h3>{selects}</div>
<div class="box-utility"><h3 class="box-utility__title">Tiện ích</h3><ul class="box-utility__list">{utilities}</ul></div>
<div class="box-banner"><a href="https://dichvucong.gov.vn/" target="_blank" rel="noopener"><img src="https://static.vgpcdn.vn/baochinhphu/web_images/banner/dich-vu-cong-quoc-gia.png" alt="Cổng Dịch vụ công quốc gia" loading="lazy"></a>
<a href="https://xaydungchinhsach.chinhphu.vn/" target="_blank" rel="noopener"><img src="https://static.vgpcdn.vn/baochinhphu/web_images/banner/xay-dung-chinh-sach.png" alt="Xây dựng chính sách, pháp luật" loading="lazy"></a></div>
</aside>
<footer class="footer"><div class="container">
<ul class="footer__menu">{footer_menu}</ul>
<p>Cơ quan chủ quản: Văn phòng Chính phủ (demo)</p>
<p>Tổng Biên tập: Tổng Biên tập Báo điện tử Chính phủ</p>
<p>Giấy phép số 455/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 16/9/2021</p>
<p>Tòa soạn: 16 Phố Demo, quận Ba Đình, Hà Nội. Điện thoại: 024.3999.1001 - Fax: 024.3999.1002</p>
<p>Lượt truy cập: {hits}</p>
<p>Ghi rõ nguồn "{SITE_NAME}" khi phát hành lại thông tin từ nguồn này.</p>
<div class="footer__socials">{socials}</div>
<div class="footer__tinnhiem">{chrome.tinnhiemmang_badge("baochinhphu.vn")}</div></div></footer>
<a href="javascript:;" class="back-to-top" id="back-to-top" aria-label="Lên đầu trang">▲</a>
<script src="https://static.vgpcdn.vn/baochinhphu/web_js/2023/main.min.js?v=20231215.2" defer></script>
<script src="https://static.vgpcdn.vn/baochinhphu/web_js/2023/detail.min.js?v=20231215.2" defer></script>
<script>{_VC_JS}</script>
</body></html>"""


_VC_MEGA_MENU = (
    ("Chính phủ", (
        ("Cổng Thông tin điện tử Chính phủ", "https://chinhphu.vn/"),
        ("Văn phòng Chính phủ", "https://vpcp.chinhphu.vn/"),
        ("Hệ thống văn bản Chính phủ", "https://vanban.chinhphu.vn/"),
        ("Công báo Chính phủ", "https://congbao.chinhphu.vn/"),
    )),
    ("Chính sách", (
        ("Xây dựng chính sách, pháp luật", "https://xaydungchinhsach.chinhphu.vn/"),
        ("Thông tin chính sách", "https://thongtinchinhsach.chinhphu.vn/"),
        ("Hỏi - đáp chính sách", "https://hoidap.chinhphu.vn/"),
    )),
    ("Dịch vụ công", (
        ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/"),
        ("Phản ánh, kiến nghị", "https://pakn.dichvucong.gov.vn/"),
        ("Cơ sở dữ liệu quốc gia về văn bản pháp luật", "https://vbpl.vn/"),
    )),
    ("Phiên bản khác", (
        ("English", "https://en.baochinhphu.vn/"), ("中文", "https://cn.baochinhphu.vn/"),
        ("Multimedia", "https://media.baochinhphu.vn/"), ("Podcast", "https://podcast.baochinhphu.vn/"),
    )),
)
_VC_SISTER_SITES = (
    ("Xây dựng chính sách, pháp luật", "https://xaydungchinhsach.chinhphu.vn/", "xay-dung-chinh-sach.png"),
    ("Thông tin chính sách", "https://thongtinchinhsach.chinhphu.vn/", "thong-tin-chinh-sach.png"),
    ("Văn phòng Chính phủ", "https://vpcp.chinhphu.vn/", "vpcp.png"),
    ("Hệ thống văn bản Chính phủ", "https://vanban.chinhphu.vn/", "he-thong-van-ban.png"),
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/", "dich-vu-cong.png"),
)
_VC_LINK_GROUPS = (
    ("Các bộ, cơ quan ngang bộ", chrome.MINISTRIES),
    ("Cơ quan thuộc Chính phủ", chrome.GOVERNMENT_AGENCIES),
    ("Các tỉnh, thành phố", chrome.province_sites("{name}")),
)
_VC_UTILITIES = (
    ("Tra cứu văn bản", "https://vbpl.vn/", "document"),
    ("Dịch vụ công trực tuyến", "https://dichvucong.gov.vn/", "service"),
    ("Dự báo thời tiết", "https://nchmf.gov.vn/", "weather"),
    ("Tỷ giá ngoại tệ", "https://sbv.gov.vn/", "exchange"),
    ("Phản ánh, kiến nghị", "https://pakn.dichvucong.gov.vn/", "feedback"),
    ("Tra cứu mã số thuế", "https://tracuunnt.gdt.gov.vn/", "tax"),
)
_VC_SOCIALS = (
    ("facebook", "Facebook", "https://www.facebook.com/baodientuchinhphu.demo"),
    ("youtube", "YouTube", "https://www.youtube.com/@baodientuchinhphu.demo"),
    ("zalo", "Zalo", "https://zalo.me/baodientuchinhphu.demo"),
    ("tiktok", "TikTok", "https://www.tiktok.com/@baodientuchinhphu.demo"),
)
_VC_PAGE_SETTINGS = {
    "Domain": "https://baochinhphu.vn", "DomainMobile": "https://m.baochinhphu.vn",
    "imageDomain": "https://media.vgpcdn.vn", "staticDomain": "https://static.vgpcdn.vn/baochinhphu",
    "apiDomain": "https://api.baochinhphu.vn", "ajaxDomain": "https://s1.baochinhphu.vn",
    "videoDomain": "https://video.vgpcdn.vn", "videoplayer": "https://static.vgpcdn.vn/player/vgp-player.min.js?v=3.4.2",
    "commentSiteName": "baochinhphu", "allowComment": False, "allowAds": False, "allowLazyLoadImage": True,
    "sharefbApiDomain": "https://sharefb.vgpcdn.vn", "shareSocialCount": True,
    "thumbSizes": {"listing": "zoom/260_163", "sidebar": "zoom/120_75", "detail": "w_1000"},
    "boxes": {"mostview": "/ajax-load/most-view.htm", "samezone": "/ajax-load/same-zone.htm"},
    "version": "20231215.2",
}
_VC_ORGANIZATION = {
    "@context": "https://schema.org", "@type": "NewsMediaOrganization", "name": "Báo điện tử Chính phủ",
    "alternateName": "BAOCHINHPHU.VN", "url": "https://baochinhphu.vn",
    "logo": {"@type": "ImageObject", "url": "https://static.vgpcdn.vn/baochinhphu/web_images/logo.png",
             "width": 600, "height": 60},
    "parentOrganization": {"@type": "GovernmentOrganization", "name": "Văn phòng Chính phủ"},
    "address": {"@type": "PostalAddress", "streetAddress": "16 Phố Demo, quận Ba Đình",
                "addressLocality": "Hà Nội", "addressCountry": "VN"},
    "contactPoint": {"@type": "ContactPoint", "telephone": "+84-24-3999-1001", "contactType": "customer service"},
    "sameAs": [url for _, _, url in _VC_SOCIALS],
}
_VC_CSS = """
*, *:before, *:after { box-sizing: border-box; }
body { margin: 0; font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.5; color: #222; }
a { color: inherit; text-decoration: none; } ul { margin: 0; padding: 0; list-style: none; }
.container { width: 1160px; margin: 0 auto; }
.header__top { background: #f5f5f5; font-size: 13px; line-height: 32px; color: #666; }
.header__hotline { margin-left: 24px; } .header__lang { float: right; } .header__lang li { display: inline-block; margin-left: 12px; }
.header__main { display: flex; align-items: center; height: 80px; }
.logo { display: block; width: 300px; height: 50px; font: bold 0/0 a; background: url(https://static.vgpcdn.vn/baochinhphu/web_images/logo.png) no-repeat; color: transparent; }
.menu { display: flex; flex: 1; margin-left: 30px; } .menu li a { display: block; padding: 0 14px; font-weight: bold; line-height: 80px; text-transform: uppercase; color: #9f224e; }
.search input { width: 220px; height: 34px; padding: 0 10px; border: 1px solid #ddd; border-radius: 17px; }
.mega-menu { display: none; position: absolute; left: 0; right: 0; z-index: 99; padding: 20px 0; background: #fff; box-shadow: 0 4px 12px rgba(0, 0, 0, .15); }
.mega-menu.is-open { display: block; } .mega-menu .container { display: flex; } .mega-menu__col { flex: 1; }
.mega-menu__title { font-weight: bold; color: #9f224e; text-transform: uppercase; } .mega-menu__col li { padding: 4px 0; font-size: 14px; }
main { float: left; width: 800px; margin-left: calc((100% - 1160px) / 2); }
.sidebar { float: right; width: 330px; margin-right: calc((100% - 1160px) / 2); }
.box-stream-item { padding: 16px 0; border-bottom: 1px solid #eee; } .box-stream-link-title { font-size: 20px; font-weight: bold; }
.box-stream-sapo { color: #555; font-size: 15px; }
.detail-title { font-size: 32px; line-height: 1.3; } .detail-time { color: #888; font-size: 14px; } .detail-sapo { font-size: 18px; font-weight: bold; }
.detail-content p { margin: 0 0 16px; text-align: justify; } .PhotoCMS_Caption { font-size: 14px; color: #555; text-align: center; }
.kbwscwl-relatedbox { margin: 16px 0; padding: 12px 16px; border-left: 3px solid #9f224e; background: #f7f7f7; }
.box-most-view h3, .box-sister__title, .box-link__title { margin: 0 0 12px; padding-bottom: 6px; border-bottom: 2px solid #9f224e; font-size: 16px; text-transform: uppercase; color: #9f224e; }
.box-sister li { margin-bottom: 8px; } .box-sister img, .box-banner img { display: block; width: 100%; }
.box-link__select { width: 100%; height: 34px; margin-bottom: 8px; }
.footer { clear: both; margin-top: 30px; padding: 24px 0; background: #9f224e; color: #fff; font-size: 14px; }
.footer p { margin: 4px 0; } .footer__menu li { display: inline-block; margin-right: 16px; font-weight: bold; }
.offcanvas { position: fixed; top: 0; bottom: 0; left: -320px; z-index: 1000; width: 300px; padding: 16px; overflow-y: auto; background: #fff; transition: left .25s; }
.offcanvas.is-open { left: 0; box-shadow: 4px 0 16px rgba(0, 0, 0, .2); } .offcanvas__head { display: flex; justify-content: space-between; margin-bottom: 12px; }
.offcanvas__menu li a { display: block; padding: 8px 0; border-bottom: 1px solid #eee; font-weight: bold; color: #9f224e; }
.offcanvas__group summary { padding: 8px 0; font-weight: bold; cursor: pointer; } .offcanvas__group li { padding: 4px 0 4px 12px; font-size: 14px; }
.box-utility__title { margin: 16px 0 12px; padding-bottom: 6px; border-bottom: 2px solid #9f224e; font-size: 16px; text-transform: uppercase; color: #9f224e; }
.box-utility__list { display: flex; flex-wrap: wrap; } .box-utility__list li { width: 50%; padding: 6px 0; font-size: 14px; }
.box-utility .icon { display: inline-block; width: 20px; height: 20px; margin-right: 6px; vertical-align: middle; background: url(https://static.vgpcdn.vn/baochinhphu/web_images/icons.svg) no-repeat; }
.detail-cate a { color: #9f224e; font-weight: bold; text-transform: uppercase; font-size: 14px; }
.detail-author-source { text-align: right; font-weight: bold; } .detail-share a { display: inline-block; margin-right: 10px; font-size: 14px; }
figure.VCSortableInPreviewMode { margin: 16px 0; } figure.VCSortableInPreviewMode img { display: block; width: 100%; height: auto; }
@media (max-width: 1180px) { .container { width: auto; padding: 0 12px; } main, .sidebar { float: none; width: auto; margin: 0 12px; } .mega-menu { display: none !important; } }
.footer__social { display: inline-block; margin-right: 12px; } .back-to-top { position: fixed; right: 20px; bottom: 20px; display: none; }
"""
_VC_JS = """
(function () {
    var toggle = document.querySelector('.menu__toggle'), mega = document.getElementById('mega-menu');
    var offcanvas = document.getElementById('offcanvas');
    if (toggle && mega) {
        toggle.addEventListener('click', function (e) {
            e.preventDefault();
            if (window.innerWidth < 1180) { offcanvas.classList.add('is-open'); } else { mega.classList.toggle('is-open'); }
        });
    }
    document.querySelector('.offcanvas__close').addEventListener('click', function (e) {
        e.preventDefault();
        offcanvas.classList.remove('is-open');
    });
    var backToTop = document.getElementById('back-to-top');
    window.addEventListener('scroll', function () {
        backToTop.style.display = window.pageYOffset > 400 ? 'block' : 'none';
        document.body.classList.toggle('header-sticky', window.pageYOffset > 120);
    });
    backToTop.addEventListener('click', function (e) { e.preventDefault(); window.scrollTo({ top: 0, behavior: 'smooth' }); });
    // Boxes filled after load: most read, same section.
    var boxes = document.querySelectorAll('[data-type]');
    Array.prototype.forEach.call(boxes, function (box) {
        var url = pageSettings.ajaxDomain + pageSettings.boxes[box.getAttribute('data-type')];
        if (!url) { return; }
        fetch(url + '?zone=' + box.getAttribute('data-zone') + '&size=' + box.getAttribute('data-size'))
            .then(function (r) { return r.ok ? r.text() : ''; })
            .then(function (html) { box.innerHTML = html; })
            .catch(function () {});
    });
    if (pageSettings.allowLazyLoadImage && 'IntersectionObserver' in window) {
        var io = new IntersectionObserver(function (entries) {
            entries.forEach(function (entry) {
                if (!entry.isIntersecting) { return; }
                var img = entry.target;
                img.src = img.getAttribute('data-src');
                io.unobserve(img);
            });
        });
        Array.prototype.forEach.call(document.querySelectorAll('img[data-src]'), function (img) { io.observe(img); });
    }
    runinit.forEach(function (fn) { try { fn(); } catch (e) { } });
})();
"""
