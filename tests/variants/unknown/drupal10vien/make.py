"""Generator of the drupal10vien held-out template (Drupal 10 + Olivero sub-theme).

    python tests/variants/unknown/drupal10vien/make.py

Deterministic: pages and truth files come from the same data in content.py.
"""
from __future__ import annotations

import hashlib
import html
import json
import re
import sys
import unicodedata
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from content import ARTICLES, EVENTS, OTHERS, SITE_NAME, SITE_SLOGAN, TERMS  # noqa: E402

HOST = "https://vyhdh.gov.vn"
THEME = "olivero_vien"
TID = "olivero-vien"  # block ids use hyphens
TODAY = datetime(2024, 7, 17, 8, 5)
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
SOFT404 = "/tin-tuc/thong-bao-nghi-le-30-4-va-1-5-2023"
SEARCH = "/search/node?keys=sot+xuat+huyet"
TERM_TID = {"tin-hoat-dong": 3, "nghien-cuu-khoa-hoc": 4, "dao-tao": 5, "thong-bao": 6}
TERM_DESC = {
    "tin-hoat-dong": "Tin tức về hoạt động chuyên môn, công tác đoàn thể và sự kiện của Viện.",
    "nghien-cuu-khoa-hoc": "Đề tài, dự án, hội thảo và kết quả nghiên cứu khoa học của Viện.",
    "dao-tao": "Hoạt động đào tạo sau đại học, đào tạo liên tục và chỉ đạo tuyến.",
    "thong-bao": "Thông báo của Viện gửi tới người bệnh, học viên và các đơn vị.",
}


def h(s: str) -> str:
    return html.escape(s, quote=True)


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def tok(seed: str, n: int = 8) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    out, i = "", 0
    while len(out) < n:
        d = hashlib.sha256(f"{seed}/{i}".encode()).digest()
        out += "".join(alphabet[b % 64] for b in d)
        i += 1
    return out[:n]


def uuid(seed: str) -> str:
    x = hashlib.md5(seed.encode()).hexdigest()
    return f"{x[:8]}-{x[8:12]}-4{x[13:16]}-a{x[17:20]}-{x[20:32]}"


def utc(dt: datetime) -> str:
    return (dt - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%SZ")


def local_iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def d_long(dt):  # "Thứ Ba, 12/03/2024 - 09:15"
    return f"{WD[dt.weekday()]}, {dt:%d/%m/%Y - %H:%M}"


def d_vn(dt):  # "12 Tháng 3, 2024"
    return f"{dt.day} Tháng {dt.month}, {dt.year}"


def d_iso(dt):
    return dt.strftime("%Y-%m-%d")


def d_short(dt):
    return dt.strftime("%d/%m/%Y")


def path_of(a: dict) -> str:
    return f"/tin-tuc/{a['alias']}" if a["alias"] else f"/node/{a['nid']}"


def inline(text: str) -> tuple[str, str]:
    """[[href|label]] -> link; returns (html, plain)."""
    parts, plain, pos = [], [], 0
    for m in re.finditer(r"\[\[([^|\]]+)\|([^\]]+)\]\]", text):
        parts.append(h(text[pos:m.start()]))
        plain.append(text[pos:m.start()])
        parts.append(f'<a href="{h(m.group(1))}">{h(m.group(2))}</a>')
        plain.append(m.group(2))
        pos = m.end()
    parts.append(h(text[pos:]))
    plain.append(text[pos:])
    return "".join(parts), "".join(plain)


def time_el(dt: datetime, shown: str, date_only=False) -> str:
    attr = dt.strftime("%Y-%m-%dT12:00:00Z") if date_only else utc(dt)
    return f'<time datetime="{attr}" title="{h(d_long(dt))}" class="datetime">{h(shown)}</time>'


# ---------------------------------------------------------------- all items
def all_items():
    items = []
    for a in ARTICLES:
        dt = a["dt"] if a["fmt"] == "long" else a["dt"].replace(hour=0, minute=0)
        items.append(dict(title=a["title"], href=path_of(a), dt=dt, term=a["term"], art=a))
    for t, slug, dt, term in OTHERS:
        items.append(dict(title=t, href=f"/tin-tuc/{slug}", dt=dt, term=term, art=None))
    items.append(dict(title="Thông báo nghỉ lễ 30/4 và 1/5 năm 2023", href=SOFT404,
                      dt=datetime(2023, 4, 24), term="thong-bao", art=None))
    items.sort(key=lambda x: x["dt"], reverse=True)
    return items


ITEMS = all_items()

# ---------------------------------------------------------------- chrome
MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu", [("Chức năng, nhiệm vụ", "/gioi-thieu"), ("Lịch sử phát triển", "/gioi-thieu/lich-su-phat-trien"),
                                   ("Ban lãnh đạo", "/gioi-thieu/ban-lanh-dao"), ("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc"),
                                   ("Các khoa, phòng", "/gioi-thieu/cac-khoa-phong")]),
    ("Tin tức", "/tin-tuc", [(n, f"/chu-de/{k}") for k, n in TERMS.items()]),
    ("Nghiên cứu", "/nghien-cuu", [("Đề tài, dự án", "/nghien-cuu/de-tai-du-an"), ("Công bố khoa học", "/nghien-cuu/cong-bo-khoa-hoc"),
                                   ("Hợp tác quốc tế", "/nghien-cuu/hop-tac-quoc-te"), ("Bản tin y học nhiệt đới", "/nghien-cuu/ban-tin")]),
    ("Đào tạo", "/dao-tao", [("Đào tạo sau đại học", "/dao-tao/sau-dai-hoc"), ("Đào tạo liên tục", "/dao-tao/dao-tao-lien-tuc"),
                             ("Chỉ đạo tuyến", "/dao-tao/chi-dao-tuyen")]),
    ("Dịch vụ y tế", "/dich-vu", [("Phòng khám", "/dich-vu/phong-kham"), ("Xét nghiệm", "/dich-vu/xet-nghiem"),
                                 ("Bảng giá dịch vụ", "/dich-vu/bang-gia"), ("Đặt lịch khám", "/dich-vu/dat-lich-kham")]),
    ("Văn bản", "/van-ban", [("Văn bản chỉ đạo", "/van-ban/chi-dao"), ("Văn bản quy phạm", "/van-ban/quy-pham"),
                             ("Công khai tài chính", "/van-ban/cong-khai-tai-chinh")]),
    ("Hỏi đáp", "/hoi-dap", []),
    ("Liên hệ", "/lien-he", []),
]

PROVINCES = ("Hà Nội|TP. Hồ Chí Minh|Hải Phòng|Đà Nẵng|Cần Thơ|An Giang|Bà Rịa - Vũng Tàu|Bắc Giang|Bắc Kạn|Bạc Liêu|"
             "Bắc Ninh|Bến Tre|Bình Định|Bình Dương|Bình Phước|Bình Thuận|Cà Mau|Cao Bằng|Đắk Lắk|Đắk Nông|Điện Biên|"
             "Đồng Nai|Đồng Tháp|Gia Lai|Hà Giang|Hà Nam|Hà Tĩnh|Hải Dương|Hậu Giang|Hòa Bình|Hưng Yên|Khánh Hòa|"
             "Kiên Giang|Kon Tum|Lai Châu|Lâm Đồng|Lạng Sơn|Lào Cai|Long An|Nam Định|Nghệ An|Ninh Bình|Ninh Thuận|"
             "Phú Thọ|Phú Yên|Quảng Bình|Quảng Nam|Quảng Ngãi|Quảng Ninh|Quảng Trị|Sóc Trăng|Sơn La|Tây Ninh|"
             "Thái Bình|Thái Nguyên|Thanh Hóa|Thừa Thiên Huế|Tiền Giang|Trà Vinh|Tuyên Quang|Vĩnh Long|Vĩnh Phúc|Yên Bái").split("|")


HASSEL = ' data-drupal-selector="primary-nav-menu-item-has-children"'


def primary_menu() -> str:
    out = [f'<nav id="block-{TID}-main-menu" class="primary-nav block block-menu navigation menu--main" '
           f'aria-labelledby="block-{TID}-main-menu-menu" role="navigation">\n'
           f'  <h2 class="visually-hidden block__title" id="block-{TID}-main-menu-menu">Menu chính</h2>\n'
           '  <ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">\n']
    for i, (name, href, subs) in enumerate(MENU, 1):
        has = " primary-nav__menu-item--has-children" if subs else ""
        out.append(f'    <li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1{has}"'
                   f'{HASSEL if subs else ""}>\n'
                   f'      <a href="{href}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1'
                   f'{" primary-nav__menu-link--has-children" if subs else ""}" data-drupal-selector="primary-nav-menu-link-has-children">'
                   f'<span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">{h(name)}</span></a>\n')
        if subs:
            out.append(f'      <button class="primary-nav__button-toggle" data-drupal-selector="primary-nav-submenu-toggle-button" '
                       f'aria-controls="primary-menu-item-{i}" aria-expanded="false" aria-hidden="true" tabindex="-1">'
                       f'<span class="visually-hidden">Menu con {h(name)}</span><span class="icon--menu-toggle"></span></button>\n'
                       '      <span data-drupal-selector="primary-nav-menu-🥕" class="primary-nav__menu-🥕"></span>\n'
                       f'      <ul class="menu primary-nav__menu primary-nav__menu--level-2" data-drupal-selector="primary-nav-menu--level-2" id="primary-menu-item-{i}">\n')
            for sn, sh in subs:
                out.append(f'        <li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-2">'
                           f'<a href="{sh}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-2">'
                           f'<span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-2">{h(sn)}</span></a></li>\n')
            out.append("      </ul>\n")
        out.append("    </li>\n")
    out.append("  </ul>\n</nav>\n")
    return "".join(out)


def search_form(suffix="narrow") -> str:
    return (f'<div class="search-block-form block block-search-{suffix}" data-drupal-selector="search-block-form" '
            f'id="block-{TID}-search-form-{suffix}" role="search">\n  <div class="content">\n'
            '    <form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form">\n'
            '      <div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">\n'
            '        <label for="edit-keys" class="form-item__label visually-hidden">Tìm kiếm</label>\n'
            '        <input title="Nhập từ khóa cần tìm." placeholder="Tìm kiếm tin tức" data-drupal-selector="edit-keys" type="search" '
            'id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search form-element--api-search" />\n'
            '      </div>\n      <div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions">'
            '<button class="button--primary search-form__submit button js-form-submit form-submit" data-drupal-selector="edit-submit" '
            'type="submit" id="edit-submit" value="Tìm kiếm"><span class="icon--search"></span><span class="visually-hidden">Tìm kiếm</span></button></div>\n'
            '    </form>\n  </div>\n</div>\n')


def header() -> str:
    return f'''<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
  <div class="site-header__topbar">
    <div id="block-{TID}-ngayhientai" class="block block-block-content block-block-content{uuid('today')}">
      <div class="block__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>Hôm nay: {d_long(TODAY)[:-8]} | Đường dây nóng: 0257 3821 499</p></div></div>
    </div>
  </div>
  <div class="site-header__fixable" data-drupal-selector="site-header-fixable">
    <div class="site-header__initial">
      <button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="Đầu trang cố định" aria-checked="false">
        <span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span>
      </button>
    </div>
    <div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner">
      <div class="container site-header__inner__container">
<div id="block-{TID}-site-branding" class="site-branding block block-system block-system-branding-block">
  <div class="site-branding__inner">
    <a href="/" rel="home" class="site-branding__logo"><img src="/sites/default/files/logo-vien_0.png" alt="Trang chủ" fetchpriority="high" /></a>
    <div class="site-branding__text">
      <div class="site-branding__name"><a href="/" title="Trang chủ" rel="home">{h(SITE_NAME)}</a></div>
      <div class="site-branding__slogan">{h(SITE_SLOGAN)}</div>
    </div>
  </div>
</div>
        <div class="mobile-buttons" data-drupal-selector="mobile-buttons">
          <button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Menu chính" aria-controls="header-nav" aria-expanded="false">
            <span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span>
          </button>
        </div>
        <div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
{search_form("narrow")}{primary_menu()}{search_form("wide").replace('id="search-block-form"', 'id="search-block-form--2"').replace('id="edit-keys"', 'id="edit-keys--2"').replace('for="edit-keys"', 'for="edit-keys--2"')}
<nav role="navigation" aria-labelledby="block-{TID}-account-menu-menu" id="block-{TID}-account-menu" class="block block-menu navigation menu--account secondary-nav">
  <span class="visually-hidden" id="block-{TID}-account-menu-menu">Menu tài khoản</span>
  <ul class="menu secondary-nav__menu secondary-nav__menu--level-1">
    <li class="secondary-nav__menu-item secondary-nav__menu-item--link secondary-nav__menu-item--level-1"><a href="/user/login" class="secondary-nav__menu-link secondary-nav__menu-link--link secondary-nav__menu-link--level-1" data-drupal-link-system-path="user/login">Đăng nhập</a></li>
    <li class="secondary-nav__menu-item secondary-nav__menu-item--link secondary-nav__menu-item--level-1"><a href="/en" class="secondary-nav__menu-link secondary-nav__menu-link--link secondary-nav__menu-link--level-1" hreflang="en">English</a></li>
  </ul>
</nav>
        </div>
      </div>
    </div>
  </div>
</header>
'''


def breadcrumb(trail) -> str:
    lis = "".join(f'<li class="breadcrumb__item"><a href="{href}" class="breadcrumb__link">{h(n)}</a></li>\n' if href else
                  f'<li class="breadcrumb__item">{h(n)}</li>\n' for n, href in trail)
    return (f'<div class="region region--breadcrumb grid-full layout--pass--content-medium">\n'
            f'  <div id="block-{TID}-breadcrumbs" class="block block-system block-system-breadcrumb-block">\n'
            '    <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">\n'
            '      <h2 id="system-breadcrumb" class="visually-hidden">Đường dẫn chuyển hướng</h2>\n'
            f'      <div class="breadcrumb__content">\n        <ol class="breadcrumb__list">\n{lis}        </ol>\n      </div>\n'
            '    </nav>\n  </div>\n</div>\n')


def views_list(block_id, title, view_id, rows, cls="") -> str:
    return (f'<div class="views-element-container block block-views block-views-block{view_id}-block-1 {cls}" id="block-{TID}-{block_id}">\n'
            f'  <h2 class="block__title">{h(title)}</h2>\n  <div class="block__content">\n'
            f'    <div><div class="view view-{view_id.replace("_", "-")} view-id-{view_id} view-display-id-block_1 js-view-dom-id-{tok(block_id + title, 64)}">\n'
            f'      <div class="view-content"><div class="item-list"><ul>\n{rows}      </ul></div></div>\n'
            '    </div></div>\n  </div>\n</div>\n')


def sidebar(exclude_href=None) -> str:
    rows = ""
    for it in [x for x in ITEMS if x["href"] != exclude_href and x["href"] != SOFT404][:7]:
        rows += (f'        <li><div class="views-field views-field-title"><span class="field-content"><a href="{it["href"]}" hreflang="vi">{h(it["title"])}</a></span></div>'
                 f'<div class="views-field views-field-created"><span class="field-content">{time_el(it["dt"], d_iso(it["dt"]))}</span></div></li>\n')
    ev = ""
    for t, slug, dt, place in EVENTS:
        ev += (f'        <li><div class="views-field views-field-title"><span class="field-content"><a href="/su-kien/{slug}" hreflang="vi">{h(t)}</a></span></div>'
               f'<div class="views-field views-field-field-thoi-gian"><span class="field-content">{time_el(dt, d_long(dt))}</span></div>'
               f'<div class="views-field views-field-field-dia-diem"><span class="field-content">{h(place)}</span></div></li>\n')
    terms = "".join(f'<li><a href="/chu-de/{k}" hreflang="vi">{h(n)}</a> ({sum(1 for x in ITEMS if x["term"] == k) + 37 * (i + 1)})</li>'
                    for i, (k, n) in enumerate(TERMS.items()))
    opts = "".join(f'<option value="https://soyte.{tok(p, 5).lower()}.gov.vn">Sở Y tế {h(p)}</option>' for p in PROVINCES)
    return f'''<div class="region region--sidebar">
{views_list("views-block-tin-moi-block-1", "Tin mới", "tin_moi", rows)}{views_list("views-block-su-kien-block-1", "Sự kiện sắp tới", "su_kien", ev, "block--su-kien")}
<div id="block-{TID}-chude" class="block block-views block-views-blockchu-de-block-1">
  <h2 class="block__title">Chủ đề</h2>
  <div class="block__content"><div class="item-list"><ul>{terms}</ul></div></div>
</div>
<div id="block-{TID}-tukhoa" class="block block-block-content block-block-content{uuid('tukhoa')}">
  <h2 class="block__title">Tìm kiếm nhiều</h2>
  <div class="block__content"><div class="text-content clearfix field field--name-body field--label-hidden field__item"><p><a href="{SEARCH}">sốt xuất huyết</a> · <a href="/search/node?keys=sot+ret">sốt rét</a> · <a href="/search/node?keys=ky+sinh+trung">ký sinh trùng</a> · <a href="/search/node?keys=tuyen+sinh">tuyển sinh</a></p></div></div>
</div>
<div id="block-{TID}-lienketwebsite" class="block block-block-content block-block-content{uuid('lienket')}">
  <h2 class="block__title">Liên kết website</h2>
  <div class="block__content">
    <ul class="lien-ket">
      <li><a href="https://chinhphu.vn" target="_blank">Cổng thông tin điện tử Chính phủ</a></li>
      <li><a href="https://moh.gov.vn" target="_blank">Bộ Y tế</a></li>
      <li><a href="https://dichvucong.gov.vn" target="_blank">Cổng Dịch vụ công quốc gia</a></li>
    </ul>
    <select class="form-select lien-ket__select" onchange="if(this.value)window.open(this.value)" aria-label="Các đơn vị y tế">
      <option value="">-- Sở Y tế các tỉnh, thành phố --</option>{opts}
    </select>
  </div>
</div>
<div id="block-{TID}-thongketruycap" class="block block-statistics-counter">
  <h2 class="block__title">Thống kê truy cập</h2>
  <div class="block__content"><ul class="thong-ke"><li>Đang truy cập: <span>42</span></li><li>Hôm nay: <span>1.318</span></li><li>Tổng lượt truy cập: <span>2.415.306</span></li></ul></div>
</div>
<div id="block-{TID}-tinnhiemmang" class="block block-block-content">
  <div class="block__content"><a href="https://tinnhiemmang.vn/danh-ba-tin-nhiem/vyhdhgovvn-{tok('tnm', 10).lower()}" title="Chứng nhận Tín Nhiệm Mạng" target="_blank"><img src="https://tinnhiemmang.vn/handle_cert?id=vyhdh.gov.vn" width="150" height="auto" alt="Chứng nhận Tín Nhiệm Mạng" /></a></div>
</div>
</div>
'''


def footer() -> str:
    return f'''<footer class="site-footer">
  <div class="site-footer__inner container">
<div class="region region--footer-top grid-full layout--pass--content-medium">
  <div class="region--footer_top__inner">
<div id="block-{TID}-thongtinlienhe" class="block block-block-content block-block-content{uuid('footer-addr')}">
  <h2 class="block__title">{h(SITE_NAME.upper())}</h2>
  <div class="block__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
    <p>Cơ quan chủ quản: Bộ Y tế</p>
    <p>Địa chỉ: Số 146 đường Lê Thánh Tôn, phường 5, thành phố Tuy Hòa, tỉnh Phú Yên</p>
    <p>Điện thoại: 0257 3821 466 - Fax: 0257 3821 467 - Email: vanphong@vyhdh.gov.vn</p>
    <p>Giấy phép số 42/GP-TTĐT do Cục Phát thanh, truyền hình và thông tin điện tử cấp ngày 09/8/2021</p>
  </div></div>
</div>
<nav role="navigation" aria-labelledby="block-{TID}-footer-menu" id="block-{TID}-footer" class="block block-menu navigation menu--footer">
  <h2 class="block__title" id="block-{TID}-footer-menu">Truy cập nhanh</h2>
  <ul class="menu menu--footer__menu">
    <li class="menu__item"><a href="/gioi-thieu">Giới thiệu</a></li>
    <li class="menu__item"><a href="/lien-he">Liên hệ</a></li>
    <li class="menu__item"><a href="/hoi-dap">Gửi câu hỏi</a></li>
    <li class="menu__item"><a href="/so-do-website">Sơ đồ website</a></li>
    <li class="menu__item"><a href="/rss.xml">RSS</a></li>
    <li class="menu__item"><a href="/user/login">Đăng nhập</a></li>
  </ul>
</nav>
  </div>
</div>
<div class="region region--footer-bottom grid-full layout--pass--content-medium">
<div id="block-{TID}-banquyen" class="block block-block-content block-block-content{uuid('copyright')}">
  <div class="block__content"><p>© 2021 - 2024 Bản quyền thuộc về {h(SITE_NAME)}. Ghi rõ nguồn "{h(SITE_NAME)}" khi phát hành lại thông tin từ website này.</p></div>
</div>
<div id="block-{TID}-powered" class="block block-system block-system-powered-by-block">
  <span>Vận hành bởi <a href="https://www.drupal.org">Drupal</a></span>
</div>
</div>
  </div>
</footer>
'''


def head(title_tag, path, canonical, shortlink=None, og=None, nid=None, kind="node") -> str:
    css = "".join(f'<link rel="stylesheet" media="all" href="/sites/default/files/css/css_{tok(f"css{i}{kind}", 43)}.css?delta={i}&amp;language=vi&amp;theme={THEME}&amp;include={tok("inc" + kind, 180)}" />\n'
                  for i in range(5))
    ogm = ""
    if og:
        ogm = (f'<meta property="og:site_name" content="{h(SITE_NAME)}" />\n<meta property="og:type" content="article" />\n'
               f'<meta property="og:url" content="{HOST}{canonical}" />\n<meta property="og:title" content="{h(og[0])}" />\n'
               + (f'<meta property="og:image" content="{HOST}{og[1]}" />\n' if og[1] else ""))
    short = f'<link rel="shortlink" href="{HOST}{shortlink}" />\n' if shortlink else ""
    return f'''<!DOCTYPE html>
<html lang="vi" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50">
  <head>
    <meta charset="utf-8" />
<meta name="description" content="{h(SITE_NAME)} - {h(SITE_SLOGAN)}" />
<link rel="canonical" href="{HOST}{canonical}" />
{short}{ogm}<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/custom/{THEME}/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" type="application/rss+xml" title="{h(SITE_NAME)}" href="{HOST}/rss.xml" />
    <title>{h(title_tag)} | {h(SITE_NAME)}</title>
    {css}<link rel="preload" href="/core/themes/olivero/fonts/metropolis/Metropolis-Regular.woff2" as="font" type="font/woff2" crossorigin />
<link rel="preload" href="/core/themes/olivero/fonts/metropolis/Metropolis-SemiBold.woff2" as="font" type="font/woff2" crossorigin />
<link rel="preload" href="/core/themes/olivero/fonts/lora/lora-v14-latin-regular.woff2" as="font" type="font/woff2" crossorigin />
    <noscript><link rel="stylesheet" href="/core/themes/olivero/css/components/navigation/nav-primary-no-js.css?{tok('v', 6).lower()}" />
</noscript>
  </head>
'''


def settings_json(path, nid=None, front=False) -> str:
    s = {"path": {"baseUrl": "/", "pathPrefix": "", "currentPath": path.lstrip("/") or "node", "currentPathIsAdmin": False,
                  "isFront": front, "currentLanguage": "vi"},
         "pluralDelimiter": "\u0003", "suppressDeprecationErrors": True,
         "ajaxPageState": {"libraries": tok("libs" + path, 1400), "theme": THEME, "theme_token": None},
         "ajaxTrustedUrl": {"/search/node": True, "/comment/reply/node": True},
         "views": {"ajax_path": "/views/ajax", "ajaxViews": {
             f"views_dom_id:{tok(path + str(i), 64)}": {"view_name": v, "view_display_id": "block_1", "view_args": "",
                                                       "view_path": "/" + path.lstrip("/"), "view_base_path": None,
                                                       "view_dom_id": tok(path + str(i), 64), "pager_element": 0}
             for i, v in enumerate(["tin_moi", "su_kien", "bai_viet_lien_quan"])}},
         "olivero": {"mobile_menu_breakpoint": 1200},
         "user": {"uid": 0, "permissionsHash": tok("perm", 64)}}
    if nid:
        s["statistics"] = {"data": {"nid": str(nid)}, "url": "/core/modules/statistics/statistics.php"}
    return json.dumps(s, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")


def page(*, title_tag, path, canonical, body_class, trail, main, title=None, shortlink=None, og=None, nid=None,
         below="", kind="node", front=False) -> str:
    title_block = ""
    if title:
        title_block = (f'<div class="region region--content-above">\n<div id="block-{TID}-page-title" class="block block-core block-page-title-block">\n'
                       f'  <h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">{h(title)}</span></h1>\n'
                       '</div>\n<div data-drupal-messages-fallback class="hidden messages-list"></div>\n</div>\n')
    scripts = "".join(f'<script src="/sites/default/files/js/js_{tok(f"js{i}{kind}", 43)}.js?scope=footer&amp;delta={i}&amp;language=vi&amp;theme={THEME}&amp;include={tok("jinc" + kind, 120)}"></script>\n'
                      for i in range(3))
    return (head(title_tag, path, canonical, shortlink, og, nid, kind)
            + f'''  <body class="{body_class}">
        <a href="#main-content" class="visually-hidden focusable skip-link">Chuyển tới nội dung chính</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper">
  <div id="page">
{header()}
    <div id="main-wrapper" class="layout-main-wrapper layout-container">
      <div id="main" class="layout-main">
        <div class="main-content">
          <a id="main-content" tabindex="-1"></a>
          <div class="main-content__container container">
{breadcrumb(trail) if trail else ""}
            <div class="sidebar-grid grid-full">
              <main role="main" class="site-main">
{title_block}<div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-{TID}-content" class="block block-system block-system-main-block">
  <div class="block__content">
{main}
  </div>
</div>
{below}</div>
              </main>
{sidebar(path)}
            </div>
          </div>
        </div>
        <div class="social-bar">
          <div class="social-bar__inner fixable">
            <div class="rotate"><div id="block-{TID}-chiase" class="block block-block-content"><div class="block__content"><p>Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u={HOST}{canonical}" target="_blank" rel="nofollow">Facebook</a> <a href="https://zalo.me/share?u={HOST}{canonical}" target="_blank" rel="nofollow">Zalo</a></p></div></div></div>
          </div>
        </div>
      </div>
    </div>
{footer()}
    <div class="overlay" data-drupal-selector="overlay"></div>
  </div>
</div>
  </div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{settings_json(path, nid, front)}</script>
{scripts}  </body>
</html>
''')


# ---------------------------------------------------------------- article
def img_styled(file):
    return f"/sites/default/files/styles/wide/public/{file}?itok={tok(file, 8)}"


def img_inline(file):
    return f"/sites/default/files/{file}"


def cap_text(caption, credit):
    return " ".join(x for x in (caption, credit) if x)


def render_article(a):
    texts, images = [], []
    dt = a["dt"] if a["fmt"] == "long" else a["dt"].replace(hour=0, minute=0)
    shown = {"long": d_long, "vn": d_vn, "iso": d_iso}[a["fmt"]](dt)
    parts = []
    # header meta
    meta = ""
    if a["account"]:
        acct = a["account"]
        upd = ""
        if a["updated"]:
            upd = f'\n        <div class="node__changed">Cập nhật: {time_el(a["updated"], d_vn(a["updated"]))}</div>'
        meta = (f'\n      <div class="node__meta">\n        <div class="node__author-image"><img src="/core/themes/olivero/images/avatar.svg" alt="" width="40" height="40" /></div>\n'
                f'        <span>Đăng bởi <span class="node__author"><span class="field field--name-uid field--type-entity-reference field--label-hidden">'
                f'<span lang="" typeof="schema:Person" property="schema:name" datatype="">{h(acct)}</span></span></span> lúc '
                f'<span class="field field--name-created field--type-created field--label-hidden">{time_el(dt, shown)}</span>\n        </span>{upd}\n      </div>\n')
    # content
    if a["summary"]:
        parts.append(f'<div class="field field--name-field-tom-tat field--type-string-long field--label-hidden field__item">{h(a["summary"])}</div>')
    if a["image"]:
        f, cap, cred = a["image"]
        src = img_styled(f)
        images.append({"src": HOST + src, "caption": cap, "credit": cred})
        parts.append('<div class="field field--name-field-image field--type-entity-reference field--label-hidden field__item">'
                     '<figure class="media-figure"><article class="media media--type-image media--view-mode-bai-viet">'
                     '<div class="field field--name-field-media-image field--type-image field--label-hidden field__item">'
                     f'<img loading="lazy" src="{h(src)}" width="1100" height="619" alt="{h(cap or a["title"])}" class="image-style-wide" />'
                     f'</div></article><figcaption class="media-figure__caption">{h(cap_text(cap, cred))}</figcaption></figure></div>')
    if a["type"] == "thong-bao":
        parts.append('<div class="field field--name-field-ngay-dang field--type-datetime field--label-inline clearfix">'
                     f'<div class="field__label">Ngày đăng</div><div class="field__item">{time_el(dt, shown, date_only=True)}</div></div>')
    body = []
    if a["lead_bold"]:
        pre = (a["prefix"] + " ") if a["prefix"] else ""
        body.append(f'<p><strong>{h(pre + a["lead"])}</strong></p>')
    for b in a["blocks"]:
        k = b[0]
        if k == "p":
            ht, pl = inline(b[1])
            body.append(f'<p class="text-align-justify">{ht}</p>' if len(pl) > 200 else f"<p>{ht}</p>")
            texts.append(pl)
        elif k == "b":
            body.append(f"<p><strong>{h(b[1])}</strong></p>")
            texts.append(b[1])
        elif k in ("ul", "ol"):
            body.append(f"<{k}>" + "".join(f"<li>{h(x)}</li>" for x in b[1]) + f"</{k}>")
            texts.extend(b[1])
        elif k == "table":
            rows = b[1]
            t = ('<figure class="table"><table><thead><tr>' + "".join(f"<th>{h(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>"
                 + "".join("<tr>" + "".join(f"<td>{h(c)}</td>" for c in r) + "</tr>" for r in rows[1:]) + "</tbody></table></figure>")
            body.append(t)
            texts.extend(" | ".join(r) for r in rows)
        elif k == "fig":
            _, f, cap, cred = b
            src = img_inline(f)
            images.append({"src": HOST + src, "caption": cap, "credit": cred})
            body.append(f'<figure role="group" class="caption caption-img align-center"><img src="{src}" data-entity-uuid="{uuid(f)}" '
                        f'data-entity-type="file" alt="{h(cap)}" width="800" height="533" loading="lazy" />'
                        f"<figcaption>{h(cap_text(cap, cred))}</figcaption></figure>")
        elif k == "em":
            _, f, cap, cred = b
            src = img_inline(f)
            images.append({"src": HOST + src, "caption": cap, "credit": cred})
            body.append(f'<p class="text-align-center"><img src="{src}" data-entity-uuid="{uuid(f)}" data-entity-type="file" alt="" '
                        f'width="800" height="533" loading="lazy" /></p>')
            body.append(f'<p class="text-align-center"><em>{h(cap_text(cap, cred))}</em></p>')
        elif k == "src":
            body.append(f'<p class="text-align-right"><em>Nguồn: {h(b[1])}</em></p>')
        elif k == "right":
            body.append(f'<p class="text-align-right"><strong>{h(b[1])}</strong></p>')
    parts.append('<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">'
                 + "\n".join(body) + "</div>")
    if a["tacgia"]:
        parts.append('<div class="field field--name-field-tac-gia field--type-string field--label-inline clearfix"><div class="field__label">Tác giả</div>'
                     '<div class="field__items">' + "".join(f'<div class="field__item">{h(x)}</div>' for x in a["tacgia"]) + "</div></div>")
    if a["attachments"]:
        rows = ""
        for f, mime, size in a["attachments"]:
            name = f.split("/")[-1]
            ext = name.rsplit(".", 1)[1]
            rows += (f'<div class="field__item"><span class="file file--mime-{mime.replace("/", "-").replace(".", "-")} file--{"application-pdf" if ext == "pdf" else "x-office-document"}">'
                     f' <a href="/sites/default/files/{f}" type="{mime}">{h(name)}</a></span> <span class="file__size">({size})</span></div>')
        parts.append('<div class="field field--name-field-tai-lieu-dinh-kem field--type-file field--label-above">'
                     f'<div class="field__label">Tài liệu đính kèm:</div><div class="field__items">{rows}</div></div>')
    parts.append('<div class="field field--name-field-chu-de field--type-entity-reference field--label-above field--tags">'
                 '<h3 class="field__label field--tags__label">Chủ đề</h3><ul class="links field__items field--tags__items">'
                 f'<li class="field--tags__item"><a href="/chu-de/{a["term"]}" hreflang="vi">{h(TERMS[a["term"]])}</a></li></ul></div>')
    views = 120 + (a["nid"] * 37) % 900
    parts.append(f'<ul class="links inline"><li class="statistics-counter">{views} lượt xem</li>'
                 f'<li class="print-html"><a href="/node/{a["nid"]}/printable/print_html" class="print-page" rel="nofollow">Bản in</a></li></ul>')
    comments = ""
    if a["comments"] or a["comment_form"]:
        cm = ""
        for i, (who, cdt, txt) in enumerate(a["comments"]):
            cid = a["nid"] * 3 + i
            cm += f'''<article data-comment-user-id="0" id="comment-{cid}" class="comment js-comment by-anonymous" role="article" data-drupal-selector="comment">
  <span class="hidden" data-comment-timestamp="{int((cdt - timedelta(hours=7) - datetime(1970, 1, 1)).total_seconds())}"></span>
  <div class="comment__picture-wrapper"><div class="comment__picture"><img src="/core/themes/olivero/images/avatar.svg" alt="" width="40" height="40" /></div></div>
  <div class="comment__text-wrapper">
    <footer class="comment__meta">
      <p class="comment__author"><span lang="">{h(who)} (chưa xác minh)</span></p>
      <p class="comment__time">{cdt:%d/%m/%Y - %H:%M}</p>
      <p class="visually-hidden"><a href="/comment/{cid}#comment-{cid}" hreflang="vi">Đường dẫn cố định</a></p>
    </footer>
    <div class="comment__content"><div class="text-content clearfix field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>{h(txt)}</p></div></div>
    <ul class="links inline comment__links"><li class="comment-reply"><a href="/comment/reply/node/{a["nid"]}/comment/{cid}" class="comment__links-link">Trả lời</a></li></ul>
  </div>
</article>
'''
        count = f'<span class="comments__count">{len(a["comments"])}</span>' if a["comments"] else ""
        form = ""
        if a["comment_form"]:
            ft = tok(f"form{a['nid']}", 43)
            form = f'''<div class="comment-form__title-wrapper"><h2 class="add-comment__heading">Thêm bình luận mới</h2></div>
<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{a["nid"]}/comment" method="post" id="comment-form" accept-charset="UTF-8">
  <div class="js-form-item form-item js-form-type-textfield form-item-name js-form-item-name">
    <label for="edit-name" class="form-item__label">Họ và tên</label>
    <input data-drupal-default-value="Khách" data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text form-element form-element--type-text form-element--api-textfield" />
  </div>
  <div class="js-form-item form-item js-form-type-email form-item-mail js-form-item-mail">
    <label for="edit-mail" class="form-item__label">Thư điện tử</label>
    <input data-drupal-selector="edit-mail" aria-describedby="edit-mail--description" type="email" id="edit-mail" name="mail" value="" size="30" maxlength="64" class="form-email form-element form-element--type-email form-element--api-email" />
    <div id="edit-mail--description" class="form-item__description">Nội dung này được giữ riêng tư và không hiển thị công khai.</div>
  </div>
  <div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper" data-drupal-selector="edit-comment-body-wrapper" id="edit-comment-body-wrapper">
    <div class="js-form-item form-item js-form-type-textarea form-item-comment-body-0-value js-form-item-comment-body-0-value">
      <label for="edit-comment-body-0-value" class="form-item__label js-form-required form-required">Bình luận</label>
      <div class="form-textarea-wrapper"><textarea data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" class="form-textarea required form-element form-element--type-textarea form-element--api-textarea" required="required" aria-required="true"></textarea></div>
    </div>
  </div>
  <input autocomplete="off" data-drupal-selector="form-{ft}" type="hidden" name="form_build_id" value="form-{ft}" />
  <input data-drupal-selector="edit-comment-comment-form" type="hidden" name="form_id" value="comment_comment_form" />
  <div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--3"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit--3" name="op" value="Gửi bình luận" class="button button--primary js-form-submit form-submit" />
<input data-drupal-selector="edit-preview" type="submit" id="edit-preview" name="op" value="Xem trước" class="button js-form-submit form-submit" /></div>
</form>
'''
        comments = (f'\n  <div id="comments" class="">\n<section data-drupal-selector="comments" class="comments">\n'
                    + (f'  <h2 class="comments__title">Bình luận {count}</h2>\n' if a["comments"] else "")
                    + cm + form + "</section>\n  </div>\n")
    node = (f'<article data-history-node-id="{a["nid"]}" class="node node--type-{a["type"]} node--view-mode-full">\n'
            f'  <header class="">{meta}  </header>\n  <div class="node__content">\n    ' + "\n    ".join(parts) + "\n  </div>" + comments + "</article>\n")
    # related view
    rel = [x for x in ITEMS if x["term"] == a["term"] and x["href"] != path_of(a) and x["href"] != SOFT404][:5]
    rows = "".join(f'        <li><div class="views-field views-field-title"><span class="field-content"><a href="{x["href"]}" hreflang="vi">{h(x["title"])}</a></span></div>'
                   f'<div class="views-field views-field-created"><span class="field-content">({d_short(x["dt"])})</span></div></li>\n' for x in rel)
    below = views_list("views-block-bai-viet-lien-quan-block-1", "Bài viết liên quan", "bai_viet_lien_quan", rows)
    p = path_of(a)
    og_img = img_styled(a["image"][0]) if a["image"] else None
    out = page(title_tag=a["title"], path=p, canonical=p, shortlink=f"/node/{a['nid']}", og=(a["title"], og_img), nid=a["nid"],
               body_class=f"path-node page-node-type-{a['type']}", title=a["title"],
               trail=[("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), (TERMS[a["term"]], f"/chu-de/{a['term']}")],
               main=node, below=below, kind="node")
    lead = a["summary"] or (a["lead"] if a["lead_bold"] else None)
    dlabel = "Ngày đăng" if a["type"] == "thong-bao" else None
    expected = {
        "title": nfc(a["title"]), "agency_prefix": a["prefix"], "lead": nfc(lead) if lead else None,
        "text": nfc("\n\n".join(texts)), "published_at": local_iso(dt),
        "updated_at": local_iso(a["updated"]) if a["updated"] else None, "date_label": dlabel,
        "authors": a["truth_authors"], "unit": a["truth_unit"], "images": images, "category": TERMS[a["term"]],
    }
    return p, out, expected


# ---------------------------------------------------------------- listings
def teaser(it):
    a = it["art"]
    img = ""
    summ = ""
    if a and a["image"]:
        img = (f'<div class="field field--name-field-image field--type-entity-reference field--label-hidden field__item">'
               f'<img loading="lazy" src="/sites/default/files/styles/thumbnail_16_9/public/{a["image"][0]}?itok={tok("t" + a["image"][0], 8)}" width="320" height="180" alt="" /></div>')
    if a:
        s = a["summary"] or (a["lead"] if a["lead_bold"] else a["blocks"][0][1])
        s = re.sub(r"\[\[[^|]*\|([^\]]*)\]\]", r"\1", s)
        w = s.split()
        summ = f'<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{h(" ".join(w[:32]) + (" ..." if len(w) > 32 else ""))}</p></div>'
    who = a["account"] if a and a["account"] else "admin"
    return (f'<div class="views-row"><article class="node node--type-article node--view-mode-teaser">\n'
            f'  <header class=""><h2 class="node__title"><a href="{it["href"]}" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">{h(it["title"])}</span></a></h2>\n'
            f'    <div class="node__meta"><span>Đăng bởi <span class="node__author">{h(who)}</span> lúc {time_el(it["dt"], it["dt"].strftime("%d/%m/%Y - %H:%M"))}</span></div>\n  </header>\n'
            f'  <div class="node__content">{img}{summ}<ul class="links inline"><li class="node-readmore"><a href="{it["href"]}" rel="tag" hreflang="vi">Xem thêm<span class="visually-hidden"> về {h(it["title"])}</span></a></li></ul></div>\n'
            '</article></div>\n')


def pager(cur, last):
    li = []
    if cur > 0:
        li.append('<li class="pager__item pager__item--first"><a href="?page=0" title="Đến trang đầu"><span class="visually-hidden">Trang đầu</span><span aria-hidden="true">«</span></a></li>')
        li.append(f'<li class="pager__item pager__item--previous"><a href="?page={cur - 1}" title="Đến trang trước" rel="prev"><span class="visually-hidden">Trang trước</span><span aria-hidden="true">‹</span></a></li>')
    for p in range(last + 1):
        if p == cur:
            li.append(f'<li class="pager__item is-active pager__item--active"><a href="?page={p}" title="Trang hiện tại" aria-current="page"><span class="visually-hidden">Trang hiện tại</span>{p + 1}</a></li>')
        else:
            li.append(f'<li class="pager__item"><a href="?page={p}" title="Đến trang {p + 1}"><span class="visually-hidden">Trang</span>{p + 1}</a></li>')
    if cur < last:
        li.append(f'<li class="pager__item pager__item--next"><a href="?page={cur + 1}" title="Đến trang sau" rel="next"><span class="visually-hidden">Trang sau</span><span aria-hidden="true">›</span></a></li>')
        li.append(f'<li class="pager__item pager__item--last"><a href="?page={last}" title="Đến trang cuối"><span class="visually-hidden">Trang cuối</span><span aria-hidden="true">»</span></a></li>')
    return ('<nav class="pager" role="navigation" aria-labelledby="pagination-heading">\n  <h4 id="pagination-heading" class="visually-hidden">Phân trang</h4>\n'
            '  <ul class="pager__items js-pager__items">\n    ' + "\n    ".join(li) + "\n  </ul>\n</nav>\n")


def term_page(term, pg=0, per=10):
    its = [x for x in ITEMS if x["term"] == term]
    last = max(0, (len(its) - 1) // per)
    chunk = its[pg * per:(pg + 1) * per]
    main = (f'<div class="views-element-container"><div class="view view-taxonomy-term view-id-taxonomy_term view-display-id-page_1 js-view-dom-id-{tok(term + str(pg), 64)}">\n'
            f'  <div class="view-header"><div id="taxonomy-term-{TERM_TID[term]}" class="taxonomy-term vocabulary-chu-de"><div class="content">'
            f'<div class="text-content clearfix field field--name-description field--type-text-long field--label-hidden field__item"><p>{h(TERM_DESC[term])}</p></div></div></div></div>\n'
            '  <div class="view-content">\n' + "".join(teaser(x) for x in chunk) + "  </div>\n"
            + (pager(pg, last) if last > 0 else "") + "</div></div>\n")
    path = f"/chu-de/{term}"
    url = path + (f"?page={pg}" if pg else "")
    return url, page(title_tag=TERMS[term] + (f" - Trang {pg + 1}" if pg else ""), path=path, canonical=path,
                     body_class="path-taxonomy", trail=[("Trang chủ", "/"), ("Tin tức", "/tin-tuc")],
                     title=TERMS[term], main=main, kind="term")


def home():
    feat = ITEMS[0]
    blocks = [f'<div class="tin-noi-bat">\n{teaser(feat)}</div>\n']
    for k, n in TERMS.items():
        its = [x for x in ITEMS if x["term"] == k and x["href"] != SOFT404][:5]
        rows = "".join(f'        <li><div class="views-field views-field-title"><span class="field-content"><a href="{x["href"]}" hreflang="vi">{h(x["title"])}</a></span></div>'
                       f'<div class="views-field views-field-created"><span class="field-content">{time_el(x["dt"], d_short(x["dt"]))}</span></div></li>\n' for x in its)
        blocks.append(views_list(f"views-block-trang-chu-{k}", n, f"trang_chu_{k.replace('-', '_')}", rows)
                      .replace("</ul></div></div>", f'</ul></div></div>\n      <div class="more-link"><a href="/chu-de/{k}">Xem tất cả</a></div>', 1))
    banner = ('<div id="block-' + TID + '-banner" class="block block-block-content"><div class="block__content">'
              '<p><a href="/hoi-dap"><img src="/sites/default/files/banner/hoi-dap-truc-tuyen.png" alt="Hỏi đáp trực tuyến" width="760" height="120" /></a></p>'
              '<p><a href="/gioi-thieu"><img src="/sites/default/files/banner/gioi-thieu-vien.png" alt="Giới thiệu Viện" width="760" height="120" /></a></p></div></div>\n')
    return page(title_tag="Trang chủ", path="/", canonical="/", body_class="path-frontpage", trail=None,
                title=None, main="".join(blocks) + banner, kind="front", front=True)


# ---------------------------------------------------------------- other pages
def simple(path, title, main, body_class, trail=None, kind="page"):
    return page(title_tag=title, path=path, canonical=path, body_class=body_class,
                trail=trail or [("Trang chủ", "/")], title=title, main=main, kind=kind)


def static_page():
    depts = ["Phòng Tổ chức - Hành chính", "Phòng Kế hoạch - Tài chính", "Phòng Đào tạo và Chỉ đạo tuyến", "Phòng Quản lý khoa học",
             "Khoa Côn trùng học", "Khoa Ký sinh trùng", "Khoa Vi sinh - Miễn dịch", "Khoa Sinh học phân tử",
             "Khoa Dịch tễ", "Khoa Truyền thông - Giáo dục sức khỏe", "Phòng khám đa khoa"]
    body = ('<article class="node node--type-page node--view-mode-full"><div class="node__content">'
            '<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">'
            f"<p>{h(SITE_NAME)} là đơn vị sự nghiệp công lập trực thuộc Bộ Y tế, có chức năng nghiên cứu khoa học, đào tạo, chỉ đạo tuyến và cung cấp dịch vụ y tế trong lĩnh vực bệnh nhiệt đới, ký sinh trùng và côn trùng y học tại khu vực duyên hải.</p>"
            "<h2>Nhiệm vụ chính</h2><ol>"
            "<li>Nghiên cứu dịch tễ học, đặc điểm sinh học của tác nhân gây bệnh và véc tơ truyền bệnh.</li>"
            "<li>Chỉ đạo chuyên môn, kỹ thuật về phòng chống bệnh nhiệt đới cho các địa phương trong khu vực được phân công.</li>"
            "<li>Đào tạo sau đại học, đào tạo liên tục nguồn nhân lực y tế theo quy định.</li>"
            "<li>Khám, chữa bệnh và thực hiện các xét nghiệm chuyên sâu về ký sinh trùng, vi sinh và sinh học phân tử.</li>"
            "<li>Hợp tác quốc tế trong nghiên cứu và đào tạo.</li></ol>"
            "<h2>Cơ cấu tổ chức</h2><p>Viện có Viện trưởng, các Phó Viện trưởng và các khoa, phòng chức năng sau:</p><ul>"
            + "".join(f"<li>{h(d)}</li>" for d in depts) + "</ul></div></div></article>")
    return simple("/gioi-thieu", "Chức năng, nhiệm vụ", body, "path-node page-node-type-page", [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu")])


def contact_page():
    rows = [("Văn phòng Viện", "0257 3821 466", "vanphong@vyhdh.gov.vn"), ("Phòng khám đa khoa", "0257 3821 499", "phongkham@vyhdh.gov.vn"),
            ("Phòng Đào tạo và Chỉ đạo tuyến", "0257 3821 470", "daotao@vyhdh.gov.vn"), ("Phòng Quản lý khoa học", "0257 3821 472", "khoahoc@vyhdh.gov.vn"),
            ("Khoa Côn trùng học", "0257 3821 475", "contrung@vyhdh.gov.vn")]
    tbl = "<table class=\"danh-ba\"><thead><tr><th>Đơn vị</th><th>Điện thoại</th><th>Thư điện tử</th></tr></thead><tbody>" + "".join(
        f"<tr><td>{h(a)}</td><td>{b}</td><td><a href=\"mailto:{c}\">{c}</a></td></tr>" for a, b, c in rows) + "</tbody></table>"
    form = ('<form class="contact-message-feedback-form contact-message-form contact-form" data-drupal-selector="contact-message-feedback-form" action="/lien-he" method="post" id="contact-message-feedback-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item"><label for="edit-name" class="form-item__label js-form-required form-required">Họ và tên</label><input type="text" id="edit-name" name="name" required="required" class="form-text required form-element" /></div>'
            '<div class="js-form-item form-item"><label for="edit-mail" class="form-item__label js-form-required form-required">Thư điện tử</label><input type="email" id="edit-mail" name="mail" required="required" class="form-email required form-element" /></div>'
            '<div class="js-form-item form-item"><label for="edit-subject-0-value" class="form-item__label js-form-required form-required">Tiêu đề</label><input type="text" id="edit-subject-0-value" name="subject[0][value]" class="form-text required form-element" /></div>'
            '<div class="js-form-item form-item"><label for="edit-message-0-value" class="form-item__label js-form-required form-required">Nội dung</label><textarea id="edit-message-0-value" name="message[0][value]" rows="12" class="form-textarea required form-element"></textarea></div>'
            '<div class="form-actions"><input type="submit" id="edit-submit--2" name="op" value="Gửi tin nhắn" class="button button--primary js-form-submit form-submit" /></div></form>')
    main = (f'<div class="text-content"><p><strong>{h(SITE_NAME)}</strong></p><p>Địa chỉ: Số 146 đường Lê Thánh Tôn, phường 5, thành phố Tuy Hòa, tỉnh Phú Yên</p>'
            '<p>Giờ làm việc: Thứ Hai đến Thứ Sáu, sáng 7:00 - 11:30, chiều 13:30 - 17:00</p></div>' + tbl
            + '<h2>Gửi thư liên hệ</h2>' + form)
    return simple("/lien-he", "Liên hệ", main, "path-contact")


def search_page():
    hits = [x for x in ITEMS if x["art"] and ("sốt xuất huyết" in (x["title"] + " ".join(str(b[1]) for b in x["art"]["blocks"])).lower())][:6]
    lis = ""
    for x in hits:
        a = x["art"]
        snippet = next((b[1] for b in a["blocks"] if b[0] == "p" and "sốt xuất huyết" in b[1]), a["blocks"][0][1])
        i = snippet.find("sốt xuất huyết")
        sn = h(snippet[max(0, i - 60):i]) + "<strong>sốt xuất huyết</strong>" + h(snippet[i + 14:i + 90]) if i >= 0 else h(snippet[:150])
        lis += (f'<li><h3 class="search-result__title"><a href="{x["href"]}">{h(x["title"])}</a></h3>'
                f'<div class="search-result__snippet-info"><p class="search-result__snippet">... {sn} ...</p>'
                f'<p class="search-result__info">{h(a["account"] or "admin")} - {x["dt"]:%d/%m/%Y - %H:%M} - {len(a["comments"])} bình luận</p></div></li>\n')
    form = search_form("page").replace('id="search-block-form"', 'id="search-form"').replace('value=""', 'value="sot xuat huyet"', 1)
    main = form + f'<h2>Kết quả tìm kiếm</h2>\n<ol class="search-results node_search-results">\n{lis}</ol>\n'
    return page(title_tag="Tìm kiếm", path="/search/node", canonical="/search/node", body_class="path-search",
                trail=[("Trang chủ", "/"), ("Tìm kiếm", "/search")], title="Tìm kiếm", main=main, kind="search")


def login_page():
    main = ('<form class="user-login-form" data-drupal-selector="user-login-form" action="/user/login" method="post" id="user-login-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item"><label for="edit-name" class="form-item__label js-form-required form-required">Tên đăng nhập</label>'
            '<input autocorrect="none" autocapitalize="none" spellcheck="false" autofocus="autofocus" autocomplete="username" type="text" id="edit-name" name="name" size="60" maxlength="60" class="form-text required form-element" required="required" /></div>'
            '<div class="js-form-item form-item"><label for="edit-pass" class="form-item__label js-form-required form-required">Mật khẩu</label>'
            '<input autocomplete="current-password" type="password" id="edit-pass" name="pass" size="60" maxlength="128" class="form-text required form-element" required="required" /></div>'
            f'<input type="hidden" name="form_build_id" value="form-{tok("login", 43)}" /><input type="hidden" name="form_id" value="user_login_form" />'
            '<div class="form-actions"><input type="submit" id="edit-submit" name="op" value="Đăng nhập" class="button js-form-submit form-submit" /></div></form>'
            '<ul><li><a href="/user/password" title="Gửi hướng dẫn đặt lại mật khẩu qua thư điện tử.">Quên mật khẩu?</a></li></ul>')
    return simple("/user/login", "Đăng nhập", main, "path-user", kind="user")


def form_page():
    main = ('<div class="text-content"><p>Người bệnh, học viên và các đơn vị có thể gửi câu hỏi về chuyên môn, thủ tục khám chữa bệnh hoặc đào tạo. Viện sẽ trả lời qua thư điện tử trong vòng 5 ngày làm việc.</p></div>'
            '<form class="webform-submission-form webform-submission-add-form webform-submission-hoi-dap-form" data-drupal-selector="webform-submission-hoi-dap-add-form" action="/hoi-dap" method="post" id="webform-submission-hoi-dap-add-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item"><label for="edit-ho-ten" class="form-item__label js-form-required form-required">Họ và tên</label><input type="text" id="edit-ho-ten" name="ho_ten" class="form-text required" required="required" /></div>'
            '<div class="js-form-item form-item"><label for="edit-dien-thoai" class="form-item__label">Số điện thoại</label><input type="tel" id="edit-dien-thoai" name="dien_thoai" class="form-tel" /></div>'
            '<div class="js-form-item form-item"><label for="edit-email" class="form-item__label js-form-required form-required">Thư điện tử</label><input type="email" id="edit-email" name="email" class="form-email required" required="required" /></div>'
            '<div class="js-form-item form-item"><label for="edit-linh-vuc" class="form-item__label">Lĩnh vực</label><select id="edit-linh-vuc" name="linh_vuc" class="form-select"><option value="kham-benh">Khám, chữa bệnh</option><option value="xet-nghiem">Xét nghiệm</option><option value="dao-tao">Đào tạo</option><option value="khac">Khác</option></select></div>'
            '<div class="js-form-item form-item"><label for="edit-cau-hoi" class="form-item__label js-form-required form-required">Nội dung câu hỏi</label><textarea id="edit-cau-hoi" name="cau_hoi" rows="8" class="form-textarea required" required="required"></textarea></div>'
            '<div class="form-actions webform-actions"><input type="submit" id="edit-actions-submit" name="op" value="Gửi câu hỏi" class="webform-button--submit button button--primary js-form-submit form-submit" /></div></form>')
    return simple("/hoi-dap", "Gửi câu hỏi", main, "path-webform", kind="webform")


def sitemap_page():
    lis = ""
    for name, href, subs in MENU:
        lis += f'<li><a href="{href}">{h(name)}</a>' + (("<ul>" + "".join(f'<li><a href="{sh}">{h(sn)}</a></li>' for sn, sh in subs) + "</ul>") if subs else "") + "</li>"
    main = (f'<div class="sitemap"><div class="sitemap-box sitemap-box-menu sitemap-box-menu-main"><h2>Menu chính</h2><div class="content"><ul class="sitemap-menu">{lis}'
            '</ul></div></div><div class="sitemap-box sitemap-box-menu"><h2>Khác</h2><div class="content"><ul><li><a href="/so-do-website">Sơ đồ website</a></li>'
            '<li><a href="/user/login">Đăng nhập</a></li><li><a href="/rss.xml">Tin RSS</a></li></ul></div></div></div>')
    return simple("/so-do-website", "Sơ đồ website", main, "path-sitemap", kind="sitemap")


def soft404_page():
    main = ('<div class="text-content"><p>Không tìm thấy trang yêu cầu.</p><p>Trang bạn tìm có thể đã bị xóa, đổi tên hoặc tạm thời không truy cập được. '
            'Vui lòng quay lại <a href="/">trang chủ</a> hoặc dùng chức năng tìm kiếm.</p></div>')
    return page(title_tag="Không tìm thấy trang", path=SOFT404, canonical=SOFT404, body_class="path-system",
                trail=[("Trang chủ", "/")], title="Không tìm thấy trang", main=main, kind="404")


# ---------------------------------------------------------------- write
def main():
    for old in HERE.glob("*.html"):
        old.unlink()
    for old in HERE.glob("*.json"):
        if old.name != "site.json":
            old.unlink()

    def write(stem, url, kind, body, expected=None):
        (HERE / f"{stem}.html").write_bytes(nfc(body).encode("utf-8"))
        meta = {"url": HOST + url, "content_type": "text/html; charset=utf-8", "kind": kind}
        if expected is not None:
            meta["expected"] = expected
        (HERE / f"{stem}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", "utf-8")

    for a in ARTICLES:
        p, body, exp = render_article(a)
        write(f"{a['id']}_{a['alias'] or 'node-' + str(a['nid'])}"[:40], p, "article", body, exp)
    write("home", "/", "listing", home())
    for i, (t, pg) in enumerate([("tin-hoat-dong", 0), ("tin-hoat-dong", 1), ("nghien-cuu-khoa-hoc", 0), ("dao-tao", 0), ("thong-bao", 0)]):
        url, body = term_page(t, pg)
        write(f"list_{t}" + (f"_p{pg}" if pg else ""), url, "listing", body)
    write("static_gioi-thieu", "/gioi-thieu", "static", static_page())
    write("contact_lien-he", "/lien-he", "contact", contact_page())
    write("search_sot-xuat-huyet", SEARCH, "search", search_page())
    write("login", "/user/login", "login", login_page())
    write("form_hoi-dap", "/hoi-dap", "form", form_page())
    write("sitemap", "/so-do-website", "sitemap", sitemap_page())
    write("soft404", SOFT404, "soft_404", soft404_page())
    (HERE / "site.json").write_text(json.dumps({"host": HOST, "home": "/", "family": "unknown", "template": "drupal10vien",
                                                "held_out": True}, ensure_ascii=False) + "\n", "utf-8")


if __name__ == "__main__":
    main()
