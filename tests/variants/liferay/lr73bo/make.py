"""Generate the lr73bo held-out template: pages (*.html) and their truth (*.json).

Deterministic: run `python tests/variants/liferay/lr73bo/make.py`. All text is invented.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import sys
import unicodedata
from pathlib import Path
from urllib.parse import quote_plus

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from content import ARTICLES, GROUP, HOST, MINISTRY, SITE  # noqa: E402

TODAY = "Thứ Sáu, 19/04/2024"
IMG_FOLDER = 41573
DOC_FOLDER = 43817
LOGIN_URL = ("/trang-chu?p_p_id=com_liferay_login_web_portlet_LoginPortlet&p_p_lifecycle=0"
             "&p_p_state=maximized&p_p_mode=view&saveLastPath=false"
             "&_com_liferay_login_web_portlet_LoginPortlet_mvcRenderCommandName=%2Flogin%2Flogin")
SEARCH_URL = "/tim-kiem?q=d%E1%BB%AF+li%E1%BB%87u"
SOFT404_URL = "/van-ban-chi-dao-dieu-hanh"
PER_PAGE = 4


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def norm(s: str | None) -> str | None:
    if s is None:
        return None
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def hid(*parts: str, n: int = 12) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:n]


def uuid(seed: str) -> str:
    h = hashlib.md5(seed.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def img_path(file: str) -> str:
    ts = 1700000000000 + int(hid(file, n=8), 16) % 20000000000
    return f"/documents/{GROUP}/{IMG_FOLDER}/{file}/{uuid(file)}?t={ts}"


def ddmmyyyy(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}"


# ---------------------------------------------------------------- chrome

MODULES = ["frontend-js-web", "frontend-js-aui-web", "frontend-taglib", "frontend-taglib-clay",
           "layout-content-page-editor-web", "fragment-renderer-react-impl", "asset-taglib",
           "site-navigation-menu-web", "portal-search-web", "product-navigation-control-menu-web",
           "social-bookmarks-taglib", "dynamic-data-mapping-form-web", "login-web",
           "journal-web", "asset-publisher-web", "layout-taglib", "clay-css"]
SUBS = ["index", "util/ns", "util/escape", "util/debounce", "util/get_portlet_id", "util/navigate",
        "util/fetch", "util/form/get_form_element", "component", "events", "liferay/dom_task_runner",
        "collection_display/pagination", "toggle", "dropdown/DropdownProvider", "modal/Modal",
        "portlet/portlet_util", "state/State", "utils/session", "utils/storage"]


def loader_config() -> str:
    items = []
    for i, m in enumerate(MODULES[:7]):
        ver = f"{3 + i % 4}.{(i * 7) % 12}.{(i * 13) % 40}"
        for j, s in enumerate(SUBS):
            name = f"{m}@{ver}/{s}"
            deps = [f"{MODULES[(i + k) % len(MODULES)]}@{ver}/{SUBS[(j + k) % len(SUBS)]}" for k in (1, 3)]
            items.append(f'"{name}":{{"dependencies":["module","require",'
                         + ",".join(f'"{d}"' for d in deps)
                         + f'],"path":"/o/js/resolved-module/{name}.js"}}')
    return "Liferay.Loader.addModules({" + ",".join(items) + "});"


THEME_JS = """
\tvar themeDisplay = Liferay.ThemeDisplay = {
\t\tgetLayoutId: function() {return "%(lid)s";},
\t\tgetLayoutRelativeControlPanelURL: function() {return "/group/guest/~/control_panel/manage";},
\t\tgetLayoutRelativeURL: function() {return "%(path)s";},
\t\tgetLayoutURL: function() {return "%(host)s%(path)s";},
\t\tgetParentLayoutId: function() {return "0";},
\t\tisControlPanel: function() {return false;},
\t\tisPrivateLayout: function() {return "false";},
\t\tisVirtualLayout: function() {return false;},
\t\tgetBCP47LanguageId: function() {return "vi-VN";},
\t\tgetCanonicalURL: function() {return "%(host)s%(path)s";},
\t\tgetCDNBaseURL: function() {return "%(host)s";},
\t\tgetCDNDynamicResourcesHost: function() {return "";},
\t\tgetCDNHost: function() {return "";},
\t\tgetCompanyGroupId: function() {return "20133";},
\t\tgetCompanyId: function() {return "20097";},
\t\tgetDefaultLanguageId: function() {return "vi_VN";},
\t\tgetDoAsUserIdEncoded: function() {return "";},
\t\tgetLanguageId: function() {return "vi_VN";},
\t\tgetParentGroupId: function() {return "%(group)s";},
\t\tgetPathContext: function() {return "";},
\t\tgetPathImage: function() {return "/image";},
\t\tgetPathJavaScript: function() {return "/o/frontend-js-web";},
\t\tgetPathMain: function() {return "/c";},
\t\tgetPathThemeImages: function() {return "%(host)s/o/cdsnn-theme/images";},
\t\tgetPathThemeRoot: function() {return "/o/cdsnn-theme";},
\t\tgetPlid: function() {return "%(plid)s";},
\t\tgetPortalURL: function() {return "%(host)s";},
\t\tgetRealUserId: function() {return "20101";},
\t\tgetScopeGroupId: function() {return "%(group)s";},
\t\tgetScopeGroupIdOrLiveGroupId: function() {return "%(group)s";},
\t\tgetSessionId: function() {return "";},
\t\tgetSiteAdminURL: function() {return "%(host)s/group/guest/~/control_panel/manage?p_p_lifecycle=0&p_p_state=maximized&p_v_l_s_g_id=%(group)s";},
\t\tgetSiteGroupId: function() {return "%(group)s";},
\t\tgetURLControlPanel: function() {return "/group/control_panel?refererPlid=%(plid)s";},
\t\tgetURLHome: function() {return "%(host)s/web/guest";},
\t\tgetUserEmailAddress: function() {return "";},
\t\tgetUserId: function() {return "20101";},
\t\tgetUserName: function() {return "";},
\t\tisAddSessionIdToURL: function() {return false;},
\t\tisImpersonated: function() {return false;},
\t\tisSignedIn: function() {return false;},
\t\tisStateExclusive: function() {return false;},
\t\tisStateMaximized: function() {return false;},
\t\tisStatePopUp: function() {return false;}
\t};
\tvar themeDisplay = Liferay.ThemeDisplay;
\tLiferay.AUI = {
\t\tgetAvailableLangPath: function() {return 'available_languages.jsp?browserId=other&themeId=cdsnntheme_WAR_cdsnntheme&colorSchemeId=01&languageId=vi_VN&t=1712890000000';},
\t\tgetCombine: function() {return true;},
\t\tgetComboPath: function() {return '/combo/?browserId=other&minifierType=&languageId=vi_VN&t=1712890000000&';},
\t\tgetDateFormat: function() {return '%%d/%%m/%%Y';},
\t\tgetEditorCKEditorPath: function() {return '/o/frontend-editor-ckeditor-web';},
\t\tgetFilter: function() {return 'min';},
\t\tgetFilterConfig: function() {return null;},
\t\tgetJavaScriptRootPath: function() {return '/o/frontend-js-web';},
\t\tgetPortletRootPath: function() {return '/html/portlet';},
\t\tgetStaticResourceURLParams: function() {return '?browserId=other&minifierType=&languageId=vi_VN&t=1712890000000';}
\t};
\tLiferay.authToken = 'Xq3vR8pLm2Tz';
\tLiferay.currentURL = '%(path)s';
\tLiferay.currentURLEncoded = '%(pathenc)s';
"""

CSS_LINKS = [
    "/o/frontend-theme-font-awesome-web/css/main.css",
    "/o/frontend-js-aui-web/alloy_ui.css",
    "/o/frontend-taglib-clay/css/main.css",
    "/o/layout-taglib/css/main.css",
    "/o/fragment-collection-contributor-basic-component/css/main.css",
    "/o/product-navigation-control-menu-theme-contributor/product_navigation_control_menu.css",
    "/o/cdsnn-theme/css/clay.css",
    "/o/cdsnn-theme/css/main.css",
]

SCRIPTS = ["/o/frontend-js-jquery-web/jquery/jquery.min.js", "/o/frontend-js-aui-web/aui/aui/aui.js",
           "/o/frontend-js-aui-web/liferay/modules.js", "/o/frontend-js-aui-web/liferay/aui_sandbox.js",
           "/o/frontend-js-web/loader/config.js", "/o/frontend-js-web/loader/loader.js",
           "/o/frontend-js-web/liferay/dom_task_runner.js", "/o/frontend-js-web/liferay/events.js",
           "/o/frontend-js-web/liferay/lazy_load.js", "/o/frontend-js-web/liferay/liferay.js",
           "/o/frontend-js-web/liferay/global.bundle.js", "/o/frontend-js-web/liferay/portlet.js",
           "/o/frontend-js-web/liferay/workflow.js"]


def head(title: str, path: str, plid: int, extra: str = "", desc: str = "") -> str:
    links = "\n".join(f'<link class="lfr-css-file" data-senna-track="temporary" href="{HOST}{c}?browserId=other&amp;themeId=cdsnntheme_WAR_cdsnntheme&amp;languageId=vi_VN&amp;t=1712890000000" id="liferayAUICSS{i}" rel="stylesheet" type="text/css" />'
                      for i, c in enumerate(CSS_LINKS))
    scripts = "\n".join(f'<script src="{HOST}{s}?browserId=other&amp;languageId=vi_VN&amp;t=1712890000000" type="text/javascript"></script>'
                        for s in SCRIPTS)
    js = THEME_JS % dict(lid=plid % 97, path=path, host=HOST, group=GROUP, plid=plid,
                         pathenc=path.replace("/", "%2F").replace("?", "%3F").replace("=", "%3D").replace("&", "%26"))
    d = f'<meta content="{esc(desc)}" lang="vi-VN" name="description" />\n' if desc else ""
    return f"""<!DOCTYPE html>

<html class="ltr" dir="ltr" lang="vi-VN">

<head>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<title>{esc(title)} - {esc(SITE)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
{d}<script data-senna-track="permanent" src="/combo?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;t=1712890000000&amp;/o/frontend-js-jquery-web/jquery/jquery.min.js&amp;/o/frontend-js-jquery-web/jquery/init.js&amp;/o/frontend-js-jquery-web/jquery/ajax.js&amp;/o/frontend-js-jquery-web/jquery/bootstrap.bundle.min.js" type="text/javascript"></script>
<link data-senna-track="temporary" href="{HOST}{path}" rel="canonical" />
<link data-senna-track="temporary" href="{HOST}{path}" hreflang="vi-VN" rel="alternate" />
<link data-senna-track="temporary" href="{HOST}/en{path}" hreflang="en-US" rel="alternate" />
<link data-senna-track="temporary" href="{HOST}{path}" hreflang="x-default" rel="alternate" />
<meta property="og:locale" content="vi_VN">
<meta property="og:site_name" content="{esc(SITE)}">
<meta property="og:title" content="{esc(title)} - {esc(SITE)}">
<meta property="og:url" content="{HOST}{path}">
{extra}<link href="{HOST}/o/cdsnn-theme/images/favicon.ico" rel="icon" />
{links}
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
var Liferay = Liferay || {{}};
Liferay.Browser = {{acceptsGzip: function() {{return true;}}, getMajorVersion: function() {{return 124.0;}}, getRevision: function() {{return "537.36";}}, getVersion: function() {{return "124.0";}}, isAir: function() {{return false;}}, isChrome: function() {{return true;}}, isEdge: function() {{return false;}}, isFirefox: function() {{return false;}}, isGecko: function() {{return true;}}, isIe: function() {{return false;}}, isIphone: function() {{return false;}}, isLinux: function() {{return true;}}, isMac: function() {{return false;}}, isMobile: function() {{return false;}}, isMozilla: function() {{return false;}}, isOpera: function() {{return false;}}, isRtf: function() {{return true;}}, isSafari: function() {{return true;}}, isSun: function() {{return false;}}, isWebKit: function() {{return true;}}, isWindows: function() {{return false;}}}};
Liferay.Data = Liferay.Data || {{}};
Liferay.Data.ICONS_INLINE_SVG = true;
Liferay.Data.NAV_SELECTOR = '#navigation';
Liferay.Data.NAV_SELECTOR_MOBILE = '#navigationCollapse';
Liferay.Data.isCustomizationView = function() {{return false;}};
Liferay.Data.notices = [null];
Liferay.PortletKeys = {{DOCUMENT_LIBRARY: 'com_liferay_document_library_web_portlet_DLPortlet', DYNAMIC_DATA_MAPPING: 'com_liferay_dynamic_data_mapping_web_portlet_DDMPortlet', ITEM_SELECTOR: 'com_liferay_item_selector_web_portlet_ItemSelectorPortlet'}};
Liferay.PropsValues = {{JAVASCRIPT_SINGLE_PAGE_APPLICATION_TIMEOUT: 0, NTLM_AUTH_ENABLED: false, UPLOAD_SERVLET_REQUEST_IMPL_MAX_SIZE: 104857600}};
{js}
{loader_config()}
// ]]>
</script>
{scripts}
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
Liferay.Portlet.list = ["com_liferay_site_navigation_menu_web_portlet_SiteNavigationMenuPortlet_INSTANCE_mainmenu","com_liferay_portal_search_web_search_bar_portlet_SearchBarPortlet_INSTANCE_hdrsearch","com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_vbmoi","com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_lienket"];
// ]]>
</script>
</head>
"""


NAV = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu/chuc-nang-nhiem-vu", [("Chức năng, nhiệm vụ", "/gioi-thieu/chuc-nang-nhiem-vu"),
                                                      ("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc"),
                                                      ("Lãnh đạo Cục", "/gioi-thieu/lanh-dao-cuc"),
                                                      ("Lịch sử phát triển", "/gioi-thieu/lich-su")]),
    ("Tin tức", "/tin-tuc", [("Tin hoạt động", "/tin-tuc"), ("Chuyển đổi số", "/chuyen-doi-so"),
                             ("Thông báo", "/thong-bao"), ("Tin địa phương", "/tin-dia-phuong")]),
    ("Văn bản", SOFT404_URL, [("Văn bản chỉ đạo, điều hành", SOFT404_URL),
                              ("Văn bản quy phạm pháp luật", "/van-ban-quy-pham"),
                              ("Dự thảo lấy ý kiến", "/du-thao")]),
    ("Dữ liệu mở", "/du-lieu-mo", [("Danh mục dữ liệu", "/du-lieu-mo"), ("Thống kê", "/thong-ke")]),
    ("Hỏi đáp", "/hoi-dap", []),
    ("Liên hệ", "/lien-he", []),
]


def header(active: str) -> str:
    items = []
    for i, (label, href, subs) in enumerate(NAV):
        act = " active" if label == active else ""
        if subs:
            sub = "\n".join(f'\t\t\t\t<li class="" role="presentation"><a aria-labelledby="layout_{i}{j}" class="dropdown-item" href="{h}" role="menuitem"><span class="text-truncate">{esc(l)}</span></a></li>'
                            for j, (l, h) in enumerate(subs))
            items.append(f"""\t\t<li class="lfr-nav-item nav-item dropdown{act}" id="layout_{i}" role="presentation">
\t\t\t<a aria-haspopup="true" class="nav-link text-truncate dropdown-toggle" href="{href}" role="menuitem">
\t\t\t\t<span class="text-truncate">{esc(label)}
\t\t\t\t<span class="lfr-nav-child-toggle"><svg aria-hidden="true" class="lexicon-icon lexicon-icon-angle-down" focusable="false"><use href="/o/cdsnn-theme/images/clay/icons.svg#angle-down"></use></svg></span></span>
\t\t\t</a>
\t\t\t<ul aria-expanded="false" class="child-menu dropdown-menu" role="menu">
{sub}
\t\t\t</ul>
\t\t</li>""")
        else:
            items.append(f'\t\t<li class="lfr-nav-item nav-item{act}" id="layout_{i}" role="presentation"><a class="nav-link text-truncate" href="{href}" role="menuitem"><span class="text-truncate">{esc(label)}</span></a></li>')
    nav = "\n".join(items)
    return f"""
<body class="controls-visible yui3-skin-sam guest-site signed-out public-page site">
<nav aria-label="Liên kết nhanh" class="quick-access-nav" id="hcwb_quickAccessNav">
\t<h1 class="hide-accessible">Điều hướng</h1>
\t<ul>
\t\t<li><a href="#main-content">Truy cập nội dung luôn</a></li>
\t</ul>
</nav>
<div class="d-flex flex-column min-vh-100">
<div class="d-flex flex-column flex-fill position-relative" id="wrapper">
<header class="header" id="banner">
\t<div class="topbar bg-primary text-white small">
\t\t<div class="container-fluid container-fluid-max-xl d-flex justify-content-between py-1">
\t\t\t<span class="today"><svg class="lexicon-icon lexicon-icon-calendar" focusable="false"><use href="/o/cdsnn-theme/images/clay/icons.svg#calendar"></use></svg> {TODAY}</span>
\t\t\t<span class="topbar-links"><a class="text-white" href="/so-do-website">Sơ đồ website</a> | <a class="text-white" href="{esc(LOGIN_URL)}" rel="nofollow">Đăng nhập</a> | <a class="text-white" href="/en/" hreflang="en-US" lang="en-US">English</a></span>
\t\t</div>
\t</div>
\t<div class="navbar-brand-row">
\t\t<div class="container-fluid container-fluid-max-xl d-flex align-items-center py-3">
\t\t\t<a class="logo custom-logo" href="/" title="Về trang chủ {esc(SITE)}"><img alt="{esc(SITE)}" height="84" src="/image/layout_set_logo?img_id=41210&amp;t=1712890000000" width="84" /></a>
\t\t\t<div class="site-title ml-3">
\t\t\t\t<div class="ministry text-uppercase small">{esc(MINISTRY)}</div>
\t\t\t\t<div class="site-name h3 text-uppercase font-weight-bold mb-0">{esc(SITE)}</div>
\t\t\t</div>
\t\t\t<div class="ml-auto d-none d-md-block">
\t\t\t\t<div class="portlet-boundary portlet-boundary_com_liferay_portal_search_web_search_bar_portlet_SearchBarPortlet_" id="p_p_id_com_liferay_portal_search_web_search_bar_portlet_SearchBarPortlet_INSTANCE_hdrsearch_">
\t\t\t\t<form action="/tim-kiem" class="form-inline" method="get" name="_com_liferay_portal_search_web_search_bar_portlet_SearchBarPortlet_INSTANCE_hdrsearch_fm">
\t\t\t\t\t<div class="input-group search-bar search-bar-simple">
\t\t\t\t\t\t<div class="input-group-item search-bar-keywords-input-wrapper">
\t\t\t\t\t\t\t<input aria-label="Tìm kiếm" class="form-control input-group-inset input-group-inset-after search-bar-keywords-input" name="q" placeholder="Tìm kiếm tin tức..." title="Tìm kiếm" type="text" value="" />
\t\t\t\t\t\t\t<div class="input-group-inset-item input-group-inset-item-after"><button aria-label="Gửi" class="btn btn-unstyled" type="submit"><svg class="lexicon-icon lexicon-icon-search" focusable="false"><use href="/o/cdsnn-theme/images/clay/icons.svg#search"></use></svg></button></div>
\t\t\t\t\t\t</div>
\t\t\t\t\t</div>
\t\t\t\t</form>
\t\t\t\t</div>
\t\t\t</div>
\t\t</div>
\t</div>
\t<nav class="navbar navbar-expand-md navbar-dark bg-dark site-navigation" id="navigation" role="navigation">
\t\t<div class="container-fluid container-fluid-max-xl">
\t\t<button aria-controls="navigationCollapse" aria-expanded="false" aria-label="Bật/tắt điều hướng" class="navbar-toggler" data-target="#navigationCollapse" data-toggle="liferay-collapse" type="button"><span class="navbar-toggler-icon"></span></button>
\t\t<div class="collapse navbar-collapse" id="navigationCollapse">
\t\t<div class="portlet-boundary portlet-boundary_com_liferay_site_navigation_menu_web_portlet_SiteNavigationMenuPortlet_ portlet-static portlet-static-end portlet-barebone portlet-navigation" id="p_p_id_com_liferay_site_navigation_menu_web_portlet_SiteNavigationMenuPortlet_INSTANCE_mainmenu_">
\t<ul aria-label="Trang web" class="navbar-blank navbar-nav navbar-site" role="menubar">
{nav}
\t</ul>
\t\t</div>
\t\t</div>
\t\t</div>
\t</nav>
</header>
<section class="flex-fill" id="content">
\t<h2 class="hide-accessible sr-only" role="heading" aria-level="1">{esc(SITE)}</h2>
"""


LINK_GROUPS = [
    ("Chính phủ", ["Cổng thông tin điện tử Chính phủ", "Văn phòng Chính phủ", "Cổng Dịch vụ công quốc gia"]),
    ("Các bộ, ngành ở TW", ["Bộ Tài nguyên và Môi trường", "Bộ Công Thương", "Bộ Khoa học và Công nghệ",
                            "Bộ Thông tin và Truyền thông", "Bộ Kế hoạch và Đầu tư"]),
    ("Đơn vị thuộc Bộ", ["Cục Trồng trọt", "Cục Chăn nuôi", "Cục Bảo vệ thực vật", "Cục Thủy sản",
                          "Cục Kinh tế hợp tác", "Trung tâm Khuyến nông quốc gia", "Văn phòng Bộ"]),
    ("Sở Nông nghiệp và PTNT", ["Sở NN&PTNT Hà Nội", "Sở NN&PTNT Nghệ An", "Sở NN&PTNT Lâm Đồng",
                                "Sở NN&PTNT Đồng Tháp", "Sở NN&PTNT Sơn La", "Sở NN&PTNT Tiền Giang"]),
]


def sidebar(recent: list[dict]) -> str:
    vb = [("Quyết định số 245/QĐ-CĐSNN ban hành Kế hoạch chuyển đổi số năm 2024", "15/03/2024"),
          ("Công văn số 98/CĐSNN-VP về việc báo cáo tình hình cập nhật dữ liệu", "07/03/2024"),
          ("Quyết định số 187/QĐ-CĐSNN về quy chế quản lý tài khoản hệ thống", "26/02/2024"),
          ("Kế hoạch số 12/KH-CĐSNN tổ chức tập huấn năm 2024", "18/01/2024")]
    vbh = "\n".join(f'\t\t\t<li class="list-group-item"><a href="{SOFT404_URL}?id={k}">{esc(t)}</a><div class="small text-secondary">{d}</div></li>'
                    for k, (t, d) in enumerate(vb))
    rec = "\n".join(f'\t\t\t<li class="list-group-item"><a href="/w/{a["slug"]}">{esc(a["title"])}</a> <span class="small text-secondary">({ddmmyyyy(a["published"])})</span></li>'
                    for a in recent)
    opts = "\n".join(f'\t\t\t<optgroup label="{esc(g)}">' + "".join(f'<option value="https://{hid(n, n=6)}.gov.vn">{esc(n)}</option>' for n in names) + "</optgroup>"
                     for g, names in LINK_GROUPS)
    return f"""
\t<div class="col col-md-4 col-12 lfr-layout-structure-item-column">
\t\t<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-decorate" id="p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_vbmoi_">
\t\t<section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_vbmoi">
\t\t<div class="portlet-content"><h2 class="portlet-title-text">Văn bản mới</h2>
\t\t<ul class="list-group list-group-flush">
{vbh}
\t\t</ul></div></section></div>
\t\t<div class="portlet-boundary portlet-decorate mt-3" id="p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_tinmoi_">
\t\t<section class="portlet"><div class="portlet-content"><h2 class="portlet-title-text">Tin mới cập nhật</h2>
\t\t<ul class="list-group list-group-flush">
{rec}
\t\t</ul></div></section></div>
\t\t<div class="banner-list mt-3">
\t\t\t<a href="https://dichvucong.gov.vn" target="_blank"><img alt="Cổng Dịch vụ công quốc gia" class="img-fluid" src="/documents/{GROUP}/41002/banner-dvcqg.png" /></a>
\t\t\t<a href="/du-lieu-mo"><img alt="Cổng dữ liệu mở ngành nông nghiệp" class="img-fluid mt-2" src="/documents/{GROUP}/41002/banner-dulieumo.png" /></a>
\t\t\t<a href="/hoi-dap"><img alt="Hỏi đáp trực tuyến" class="img-fluid mt-2" src="/documents/{GROUP}/41002/banner-hoidap.png" /></a>
\t\t</div>
\t\t<div class="card mt-3 lien-ket-website"><div class="card-header font-weight-bold">Liên kết website</div><div class="card-body">
\t\t<select class="form-control" onchange="if(this.value) window.open(this.value);"><option value="">-- Chọn liên kết --</option>
{opts}
\t\t</select></div></div>
\t\t<div class="card mt-3 thong-ke-truy-cap"><div class="card-header font-weight-bold">Thống kê truy cập</div><div class="card-body small">
\t\t\t<div>Đang truy cập: <strong>127</strong></div>
\t\t\t<div>Hôm nay: <strong>2.846</strong></div>
\t\t\t<div>Tổng lượt truy cập: <strong>4.215.390</strong></div>
\t\t</div></div>
\t</div>
"""


def footer() -> str:
    return f"""
</section>
<footer class="footer bg-dark text-white mt-4" id="footer" role="contentinfo">
\t<div class="container-fluid container-fluid-max-xl py-4">
\t\t<div class="row">
\t\t\t<div class="col-md-7">
\t\t\t\t<p class="font-weight-bold text-uppercase mb-1">Cổng thông tin điện tử {esc(SITE)}</p>
\t\t\t\t<p class="mb-1">Cơ quan chủ quản: {esc(MINISTRY)}</p>
\t\t\t\t<p class="mb-1">Địa chỉ: Số 14 ngõ 28 phố Vọng Đức, quận Hoàn Kiếm, Hà Nội</p>
\t\t\t\t<p class="mb-1">Điện thoại: 024 3868 1100 - Fax: 024 3868 1199 - Thư điện tử: cdsnn@mard.gov.vn</p>
\t\t\t\t<p class="mb-1">Chịu trách nhiệm chính: Cục trưởng {esc(SITE)}</p>
\t\t\t\t<p class="small">Ghi rõ nguồn “Cổng thông tin điện tử {esc(SITE)}” khi phát hành lại thông tin từ nguồn này.</p>
\t\t\t</div>
\t\t\t<div class="col-md-5 text-md-right">
\t\t\t\t<ul class="list-inline small">
\t\t\t\t\t<li class="list-inline-item"><a class="text-white" href="/so-do-website">Sơ đồ website</a></li>
\t\t\t\t\t<li class="list-inline-item"><a class="text-white" href="/lien-he">Liên hệ</a></li>
\t\t\t\t\t<li class="list-inline-item"><a class="text-white" href="/hoi-dap">Hỏi đáp</a></li>
\t\t\t\t\t<li class="list-inline-item"><a class="text-white" href="{SOFT404_URL}">Văn bản</a></li>
\t\t\t\t\t<li class="list-inline-item"><a class="text-white" href="/rss/-/asset_publisher/tinmoi/rss">RSS</a></li>
\t\t\t\t</ul>
\t\t\t\t<a href="https://tinnhiemmang.vn/danh-ba-tin-nhiem/cdsnnmardgovvn" target="_blank" title="Chứng nhận Tín Nhiệm Mạng"><img alt="Chứng nhận Tín Nhiệm Mạng" src="https://tinnhiemmang.vn/handle_cert?id=cdsnn.mard.gov.vn" width="150" /></a>
\t\t\t</div>
\t\t</div>
\t</div>
</footer>
</div>
</div>
<script type="text/javascript">
// <![CDATA[
Liferay.Loader.require('frontend-js-web@5.0.30/liferay/dom_task_runner', function(m) {{ m.default && m.default.runTasks && m.default.runTasks(document); }});
AUI().use('aui-base', 'liferay-menu', 'liferay-notice', 'liferay-poller', 'liferay-session', function(A) {{
\t(function() {{
\t\tLiferay.Util.addInputType();
\t\tLiferay.Portlet.ready(function(portletId, node) {{ Liferay.Util.addInputType(node); }});
\t}})();
\t(function() {{
\t\tnew Liferay.Menu();
\t\tvar liferayNotices = Liferay.Data.notices;
\t\tfor (var i = 0; i < liferayNotices.length; i++) {{ new Liferay.Notice(liferayNotices[i]); }}
\t}})();
}});
// ]]>
</script>
<script src="{HOST}/o/cdsnn-theme/js/main.js?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;t=1712890000000" type="text/javascript"></script>
<script type="text/javascript">
(function(i,s,o,g,r,a,m){{i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){{(i[r].q=i[r].q||[]).push(arguments)}},i[r].l=1*new Date();a=s.createElement(o),m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)}})(window,document,'script','//www.google-analytics.com/analytics.js','ga');
ga('create', 'UA-00000000-1', 'auto');
ga('send', 'pageview');
</script>
</body>

</html>
"""


def frag(key: str, inner: str, seed: str, extra_cls: str = "") -> str:
    cls = f"lfr-layout-structure-item-{key} lfr-layout-structure-item-{hid(seed, key, n=8)}-{hid(key, seed, n=4)}"
    if extra_cls:
        cls += " " + extra_cls
    return f'<div class="{cls}"><div id="fragment-{hid(seed, key, "f", n=5)}-{hid(key, n=4)}">{inner}</div></div>'


def container(inner: str, seed: str) -> str:
    return (f'<div class="layout-content portlet-layout" id="main-content" role="main">\n'
            f'<div class="lfr-layout-structure-item-container lfr-layout-structure-item-{hid(seed, "c", n=8)} container-fluid container-fluid-max-xl mt-4">\n'
            f'<div class="lfr-layout-structure-item-row"><div class="row align-items-lg-start align-items-sm-start align-items-start flex-lg-row flex-md-row flex-row flex-sm-row">\n'
            f'{inner}\n</div></div>\n</div>\n</div>\n')


def breadcrumb(items: list[tuple[str, str | None]]) -> str:
    lis = []
    for i, (label, href) in enumerate(items):
        if href is None or i == len(items) - 1:
            lis.append(f'<li class="breadcrumb-item"><span class="active breadcrumb-text-truncate">{esc(label)}</span></li>')
        else:
            lis.append(f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{href}" title="{esc(label)}"><span class="breadcrumb-text-truncate">{esc(label)}</span></a></li>')
    return ('<div class="portlet-boundary portlet-boundary_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_ portlet-static portlet-barebone" id="p_p_id_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_INSTANCE_bc_">'
            '<nav aria-label="Đường dẫn" id="_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_INSTANCE_bc_breadcrumbs-defaultScreen">'
            f'<ol class="breadcrumb">{"".join(lis)}</ol></nav></div>')


# ---------------------------------------------------------------- articles

def render_body(a: dict) -> tuple[str, list[str], list[dict]]:
    """Return (html, text paragraphs, images) for an article body."""
    out, paras, images = [], [], []
    nfig = 0
    for b in a["body"]:
        k = b[0]
        if k in ("p", "div"):
            out.append(f"<{k}>{esc(b[1])}</{k}>")
            paras.append(b[1])
        elif k in ("fig", "tbl1", "imgem"):
            _, file, cap, cred = b
            src = img_path(file)
            alt = esc(cap or a["title"])
            images.append({"src": HOST + src, "caption": cap, "credit": cred})
            nfig += 1
            if k == "fig":
                if cap and cred:
                    fc = f"{esc(cap)} {esc(cred)}" if nfig % 2 else f"{esc(cap)}<br><em>{esc(cred)}</em>"
                else:
                    fc = esc(cap or cred)
                out.append(f'<figure class="image"><img alt="{alt}" src="{src}" width="800" height="533"><figcaption>{fc}</figcaption></figure>')
            elif k == "tbl1":
                fc = " ".join(esc(x) for x in (cap, cred) if x)
                out.append('<table align="center" border="0" cellpadding="2" cellspacing="0" class="image-table" style="width:100%;"><tbody>'
                           f'<tr><td style="text-align:center;"><img alt="{alt}" src="{src}" style="width:100%;" /></td></tr>'
                           f'<tr><td style="text-align:center;"><em>{fc}</em></td></tr></tbody></table>')
            else:
                fc = " ".join(esc(x) for x in (cap, cred) if x)
                out.append(f'<p style="text-align:center;"><img alt="" src="{src}" style="max-width:100%;" /></p>'
                           f'<p style="text-align:center;"><em>{fc}</em></p>')
        elif k == "data":
            rows = b[1]
            th = "".join(f"<th>{esc(c)}</th>" for c in rows[0])
            trs = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
            out.append(f'<figure class="table"><table class="table table-bordered"><thead><tr>{th}</tr></thead><tbody>{trs}</tbody></table></figure>')
            paras.extend(" | ".join(r) for r in rows)
        elif k in ("ul", "ol"):
            out.append(f"<{k}>" + "".join(f"<li>{esc(x)}</li>" for x in b[1]) + f"</{k}>")
            paras.extend(b[1])
        elif k == "br":
            out.append("<p>" + "<br>".join(esc(x) for x in b[1]) + "</p>")
            paras.extend(b[1])
        elif k == "inrel":
            lis = "".join(f'<li><a href="/w/{s}">{esc(t)}</a></li>' for s, t in b[1])
            out.append(f'<div class="box-tin-lien-quan" style="border-left:3px solid #0b6b3a;padding:8px 12px;margin:12px 0;background:#f3f8f4;"><p><strong>Tin liên quan:</strong></p><ul>{lis}</ul></div>')
        elif k == "sigr":
            tag = a.get("body_tag", "p")
            out.append(f'<{tag} style="text-align:right;"><strong>{esc(b[1])}</strong></{tag}>')
        elif k == "src":
            out.append(f'<p style="text-align:right;"><em>Nguồn: {esc(b[1])}</em></p>')
    return "\n".join(out), paras, images


def date_fragment(a: dict) -> tuple[str, str | None]:
    d = a["date"]
    icon = '<svg aria-hidden="true" class="lexicon-icon lexicon-icon-time" focusable="false"><use href="/o/cdsnn-theme/images/clay/icons.svg#time"></use></svg>'
    if d[0] == "meta":
        return "", None
    if d[0] == "plain":
        inner = f'{icon} <span data-lfr-editable-id="element-text" data-lfr-editable-type="text">{d[2]}</span>'
        label = None
    elif d[0] == "label":
        inner = f'<span class="text-secondary">{esc(d[1])}</span> <span data-lfr-editable-id="element-text" data-lfr-editable-type="text">{esc(d[2])}</span>'
        label = d[1].rstrip(":")
    else:
        inner = (f'<span class="text-secondary">{esc(d[1])}</span> <span data-lfr-editable-id="element-text" data-lfr-editable-type="text">{d[2]}</span>'
                 f' <span class="px-1">|</span> <span class="text-secondary">{esc(d[3])}</span> <span data-lfr-editable-id="element-text-2" data-lfr-editable-type="text">{d[4]}</span>')
        label = d[1].rstrip(":")
    html_ = frag("basic-component-paragraph", f'<div class="component-paragraph article-date small text-secondary text-break">{inner}</div>', a["slug"] + "date")
    return html_, label


def share(path: str) -> str:
    u = (HOST + path).replace(":", "%3A").replace("/", "%2F")
    return ('<div class="social-bookmarks d-flex align-items-center my-3"><span class="mr-2 small">Chia sẻ:</span>'
            f'<a class="btn btn-monospaced btn-sm btn-secondary mr-1" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" title="Facebook"><svg class="lexicon-icon lexicon-icon-social-facebook"><use href="/o/cdsnn-theme/images/clay/icons.svg#social-facebook"></use></svg></a>'
            f'<a class="btn btn-monospaced btn-sm btn-secondary mr-1" href="https://sp.zalo.me/share_inline?url={u}" target="_blank" title="Zalo">Z</a>'
            f'<a class="btn btn-monospaced btn-sm btn-secondary mr-1" href="https://twitter.com/intent/tweet?url={u}" target="_blank" title="Twitter"><svg class="lexicon-icon lexicon-icon-twitter"><use href="/o/cdsnn-theme/images/clay/icons.svg#twitter"></use></svg></a>'
            f'<a class="btn btn-monospaced btn-sm btn-secondary mr-1" href="mailto:?subject=Chia%20s%E1%BA%BB&amp;body={u}" title="Gửi thư"><svg class="lexicon-icon lexicon-icon-envelope-closed"><use href="/o/cdsnn-theme/images/clay/icons.svg#envelope-closed"></use></svg></a>'
            '<a class="btn btn-monospaced btn-sm btn-secondary" href="javascript:window.print();" title="In trang"><svg class="lexicon-icon lexicon-icon-print"><use href="/o/cdsnn-theme/images/clay/icons.svg#print"></use></svg></a></div>')


def related(a: dict, by_date: list[dict]) -> str:
    others = [x for x in by_date if x["slug"] != a["slug"]]
    same = [x for x in others if x["cat"] == a["cat"]][:4]
    pick = same + [x for x in others if x not in same][: 6 - len(same)]
    lis = "\n".join(
        f'\t<li class="list-group-item px-0"><!--\n\t\t<div class="asset-abstract-img">thumbnail</div>\n\t--><a class="asset-title" href="/w/{x["slug"]}">{esc(x["title"])}</a> <span class="small text-secondary">({ddmmyyyy(x["published"])})</span></li>'
        for x in pick)
    return f"""<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-decorate mt-4" id="p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_tinlq_">
<section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_tinlq">
<div class="portlet-content"><h2 class="portlet-title-text h5 border-bottom pb-2">Tin liên quan</h2>
<ul class="list-group list-group-flush">
{lis}
</ul></div></section></div>"""


def article_page(a: dict, by_date: list[dict]) -> tuple[str, dict]:
    path = f"/w/{a['slug']}"
    body_html, paras, images = render_body(a)
    date_html, label = date_fragment(a)
    seed = a["slug"]
    heading = frag("basic-component-heading",
                   f'<div class="component-heading"><h1 class="component-heading mb-0 text-break" data-lfr-editable-id="element-text" data-lfr-editable-type="text">{esc(a["title"])}</h1></div>', seed + "h")
    author = ""
    if a.get("author_field"):
        author = frag("basic-component-paragraph",
                      f'<div class="component-paragraph article-author small"><span class="text-secondary">Tác giả:</span> <span data-lfr-editable-id="element-text" data-lfr-editable-type="text">{esc(a["author_field"])}</span></div>', seed + "au")
    meta_row = f'<div class="lfr-layout-structure-item-row article-meta d-flex flex-wrap justify-content-between my-2"><div>{date_html}</div><div>{author}</div></div>'
    lead_html = ""
    if a["lead_style"] == "bold":
        txt = (a["prefix"] + " " if a.get("prefix") else "") + a["lead"]
        lead_html = frag("basic-component-paragraph",
                         f'<div class="component-paragraph text-break"><p class="component-paragraph mb-0 text-break" data-lfr-editable-id="element-text" data-lfr-editable-type="rich-text"><strong>{esc(txt)}</strong></p></div>', seed + "lead", "mb-3")
    elif a["lead_style"] == "summary":
        lead_html = frag("basic-component-paragraph",
                         '<div class="card card-summary bg-light border-0 p-3 mb-3"><div class="summary-label font-weight-bold text-uppercase small mb-1">Tóm tắt</div>'
                         f'<div class="component-paragraph mb-0 text-break font-italic" data-lfr-editable-id="element-text" data-lfr-editable-type="rich-text">{esc(a["lead"])}</div></div>', seed + "lead")
    body = frag("basic-component-html",
                f'<div class="component-html article-body" data-lfr-editable-id="element-html" data-lfr-editable-type="html">\n{body_html}\n</div>', seed + "body")
    att = ""
    if a.get("attachments"):
        lis = "".join(f'<li class="list-group-item"><svg class="lexicon-icon lexicon-icon-document"><use href="/o/cdsnn-theme/images/clay/icons.svg#document"></use></svg> '
                      f'<a href="/documents/{GROUP}/{DOC_FOLDER}/{f}/{uuid(f)}" target="_blank">{esc(lbl)}</a> <span class="small text-secondary">({f.rsplit(".", 1)[1].upper()}, {40 + len(f) * 7} KB)</span></li>'
                      for f, lbl in a["attachments"])
        att = frag("basic-component-html", f'<div class="attachments mt-3"><h2 class="h6 font-weight-bold">Tệp đính kèm</h2><ul class="list-group">{lis}</ul></div>', seed + "att")
    tags = "".join(f'<a class="label label-lg label-secondary mr-1" href="/tim-kiem?tag={quote_plus(t)}"><span class="label-item label-item-expand">{esc(t)}</span></a>' for t in a["tags"])
    tags_html = (f'<div class="taglib-asset-tags-summary mt-3"><span class="small text-secondary mr-1">Từ khóa:</span>{tags}</div>')
    crumbs = breadcrumb([("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), (a["cat"], f"/{a['catslug']}")])
    main_col = (f'<div class="col col-md-8 col-12 lfr-layout-structure-item-column">\n{crumbs}\n{heading}\n{meta_row}\n{lead_html}\n{body}\n{att}\n{tags_html}\n'
                f'{share(path)}\n{related(a, by_date)}\n</div>')
    extra = ""
    desc = a["lead"] or a["body"][0][1]
    if a["date"][0] == "meta":
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
              "datePublished": a["published"], "author": {"@type": "Person", "name": a.get("author_field")},
              "publisher": {"@type": "GovernmentOrganization", "name": SITE},
              "mainEntityOfPage": HOST + path,
              "image": [images[0]["src"]] if images else []}
        extra = (f'<meta property="og:type" content="article">\n<meta property="article:published_time" content="{a["published"]}">\n'
                 f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n')
    else:
        extra = '<meta property="og:type" content="article">\n'
    if images:
        extra += f'<meta property="og:image" content="{images[0]["src"]}">\n'
    page = (head(a["title"], path, 30000 + int(hid(seed, n=4), 16), extra, desc) + header("Tin tức")
            + container(main_col + sidebar(by_date[:5]), seed) + footer())
    d = a["date"]
    upd = a.get("updated")
    truth = {
        "url": HOST + path,
        "content_type": "text/html; charset=utf-8",
        "kind": "article",
        "expected": {
            "title": norm(a["title"]),
            "agency_prefix": a.get("prefix"),
            "lead": norm(a["lead"]),
            "text": "\n\n".join(norm(p) for p in paras),
            "published_at": a["published"],
            "updated_at": upd,
            "date_label": label,
            "authors": [norm(x) for x in a["authors"]],
            "unit": norm(a["unit"]),
            "images": [{"src": i["src"], "caption": norm(i["caption"]), "credit": norm(i["credit"])} for i in images],
            "category": a["cat"],
        },
    }
    assert d[0] != "upd" or upd
    return page, truth


# ---------------------------------------------------------------- listings and other pages

def collection_item(a: dict, i: int) -> str:
    img = next((b for b in a["body"] if b[0] in ("fig", "tbl1", "imgem")), None)
    thumb = (f'<div class="component-image overflow-hidden"><a href="/w/{a["slug"]}"><img alt="" class="overflow-hidden img-fluid" data-lfr-editable-id="image-square" data-lfr-editable-type="image" src="{img_path(img[1])}&amp;imageThumbnail=2" /></a></div>'
             if img else f'<div class="component-image overflow-hidden"><img alt="" class="overflow-hidden img-fluid" data-lfr-editable-id="image-square" data-lfr-editable-type="image" src="/o/cdsnn-theme/images/no-image.png" /></div>')
    summary = a["lead"] or a["body"][0][1]
    return f"""<div class="col col-md-12 lfr-layout-structure-item-collection-item mb-3"><div class="row border-bottom pb-3">
\t<div class="col-md-4">{frag("basic-component-image", thumb, a["slug"] + "thumb")}</div>
\t<div class="col-md-8">
\t{frag("basic-component-heading", f'<div class="component-heading"><h3 class="component-heading h5 mb-1 text-break" data-lfr-editable-id="element-text" data-lfr-editable-type="text"><a href="/w/{a["slug"]}">{esc(a["title"])}</a></h3></div>', a["slug"] + "lh")}
\t{frag("basic-component-paragraph", f'<p class="component-paragraph small text-secondary mb-1" data-lfr-editable-id="element-text" data-lfr-editable-type="text">{ddmmyyyy(a["published"])}</p>', a["slug"] + "ld")}
\t<!-- <span class="view-count">Lượt xem: {100 + i * 37}</span> -->
\t{frag("basic-component-paragraph", f'<p class="component-paragraph mb-0 text-break" data-lfr-editable-id="element-text" data-lfr-editable-type="rich-text">{esc(summary)}</p>', a["slug"] + "ls")}
\t</div>
</div></div>"""


def pagination(base: str, cur: int, pages: int) -> str:
    if pages <= 1:
        return ""
    def url(n):
        return base if n == 1 else f"{base}?page_number={n}"
    lis = []
    prev_cls = " disabled" if cur == 1 else ""
    lis.append(f'<li class="page-item{prev_cls}"><a class="page-link" href="{url(max(1, cur - 1))}" aria-label="Trước"><svg class="lexicon-icon lexicon-icon-angle-left"><use href="/o/cdsnn-theme/images/clay/icons.svg#angle-left"></use></svg></a></li>')
    for n in range(1, pages + 1):
        act = " active" if n == cur else ""
        lis.append(f'<li class="page-item{act}"><a class="page-link" href="{url(n)}">{n}</a></li>')
    nxt_cls = " disabled" if cur == pages else ""
    lis.append(f'<li class="page-item{nxt_cls}"><a class="page-link" href="{url(min(pages, cur + 1))}" aria-label="Tiếp"><svg class="lexicon-icon lexicon-icon-angle-right"><use href="/o/cdsnn-theme/images/clay/icons.svg#angle-right"></use></svg></a></li>')
    return (f'<div class="pagination-bar mt-3"><div class="pagination-results small text-secondary">Trang {cur} / {pages}</div>'
            f'<ul class="pagination pagination-root">{"".join(lis)}</ul></div>')


def listing_main(title: str, items: list[dict], crumbs, pag: str, seed: str, intro: str = "") -> str:
    head_ = frag("basic-component-heading", f'<div class="component-heading"><h1 class="component-heading h3 mb-3 text-break border-bottom pb-2" data-lfr-editable-id="element-text" data-lfr-editable-type="text">{esc(title)}</h1></div>', seed)
    coll = "\n".join(collection_item(a, i) for i, a in enumerate(items))
    return (f'<div class="col col-md-8 col-12 lfr-layout-structure-item-column">\n{breadcrumb(crumbs)}\n{head_}\n{intro}'
            f'<div class="lfr-layout-structure-item-collection lfr-layout-structure-item-{hid(seed, "coll", n=8)}"><div class="row">\n{coll}\n</div>{pag}</div>\n</div>')


def simple_page(title: str, path: str, active: str, crumbs, inner: str, by_date, desc: str = "") -> str:
    seed = path
    head_ = frag("basic-component-heading", f'<div class="component-heading"><h1 class="component-heading h3 mb-3 text-break" data-lfr-editable-id="element-text" data-lfr-editable-type="text">{esc(title)}</h1></div>', seed + "h")
    main_col = f'<div class="col col-md-8 col-12 lfr-layout-structure-item-column">\n{breadcrumb(crumbs)}\n{head_}\n{inner}\n</div>'
    return head(title, path, 40000 + int(hid(seed, n=4), 16), "", desc) + header(active) + container(main_col + sidebar(by_date[:5]), seed) + footer()


def para_frag(text: str, seed: str) -> str:
    return frag("basic-component-paragraph", f'<p class="component-paragraph mb-2 text-break" data-lfr-editable-id="element-text" data-lfr-editable-type="rich-text">{esc(text)}</p>', seed)


def build() -> dict[str, tuple[str, dict]]:
    by_date = sorted(ARTICLES, key=lambda a: a["published"], reverse=True)
    pages: dict[str, tuple[str, dict]] = {}

    def put(name, url_path, kind, page):
        pages[name] = (page, {"url": HOST + url_path, "content_type": "text/html; charset=utf-8", "kind": kind})

    for i, a in enumerate(ARTICLES, 1):
        page, truth = article_page(a, by_date)
        pages[f"article-{i:02d}"] = (page, truth)

    # home
    intro_links = ('<div class="quick-links d-flex flex-wrap mb-3">'
                   '<a class="btn btn-outline-primary btn-sm mr-2 mb-2" href="/tin-tuc">Tin hoạt động</a>'
                   '<a class="btn btn-outline-primary btn-sm mr-2 mb-2" href="/chuyen-doi-so">Chuyển đổi số</a>'
                   '<a class="btn btn-outline-primary btn-sm mr-2 mb-2" href="/thong-bao">Thông báo</a>'
                   '<a class="btn btn-outline-primary btn-sm mr-2 mb-2" href="/gioi-thieu/chuc-nang-nhiem-vu">Giới thiệu</a>'
                   f'<a class="btn btn-outline-secondary btn-sm mr-2 mb-2" href="{SEARCH_URL}">Tìm nhiều: dữ liệu</a></div>')
    main = listing_main("Tin mới nhất", by_date[:8], [("Trang chủ", None)],
                        '<div class="text-right"><a class="btn btn-link" href="/tin-tuc">Xem tất cả »</a></div>', "home", intro_links)
    put("home", "/", "listing", head("Trang chủ", "/", 20200, "", f"Cổng thông tin điện tử {SITE}") + header("Trang chủ")
        + container(main + sidebar(by_date[:5]), "/") + footer())

    # section listings
    sections = [("tin-tuc", "Tin hoạt động"), ("chuyen-doi-so", "Chuyển đổi số"), ("thong-bao", "Thông báo")]
    for slug, name in sections:
        items = [a for a in by_date if a["catslug"] == slug]
        npages = (len(items) + PER_PAGE - 1) // PER_PAGE
        for n in range(1, npages + 1):
            chunk = items[(n - 1) * PER_PAGE: n * PER_PAGE]
            path = f"/{slug}" + ("" if n == 1 else f"?page_number={n}")
            main = listing_main(name, chunk, [("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), (name, None)],
                                pagination(f"/{slug}", n, npages), slug + str(n))
            put(f"listing-{slug}" + ("" if n == 1 else f"-p{n}"), path, "listing",
                head(name, path, 20300 + n, "", f"{name} - {SITE}") + header("Tin tức") + container(main + sidebar(by_date[:5]), path) + footer())

    # static
    static_paras = [
        "Cục Chuyển đổi số nông nghiệp là tổ chức thuộc Bộ, thực hiện chức năng tham mưu, giúp Bộ trưởng quản lý nhà nước và tổ chức thực thi về chuyển đổi số, công nghệ thông tin và thống kê trong lĩnh vực nông nghiệp.",
        "Cục có tư cách pháp nhân, có con dấu và tài khoản riêng, trụ sở đặt tại thành phố Hà Nội.",
    ]
    duties = ["Trình Bộ trưởng chiến lược, kế hoạch chuyển đổi số dài hạn và hằng năm của ngành.",
              "Xây dựng, quản lý và vận hành cơ sở dữ liệu dùng chung của Bộ.",
              "Bảo đảm an toàn thông tin cho các hệ thống thông tin thuộc phạm vi quản lý.",
              "Tổ chức thu thập, tổng hợp và công bố số liệu thống kê ngành theo quy định.",
              "Hướng dẫn, kiểm tra các địa phương trong việc ứng dụng công nghệ số vào sản xuất, kinh doanh nông sản.",
              "Thực hiện hợp tác quốc tế, nghiên cứu khoa học trong lĩnh vực được giao."]
    inner = "\n".join(para_frag(p, f"st{i}") for i, p in enumerate(static_paras))
    inner += frag("basic-component-html", '<div class="component-html"><h2 class="h5">Nhiệm vụ và quyền hạn</h2><ol>' + "".join(f"<li>{esc(d)}</li>" for d in duties) + "</ol></div>", "stduties")
    inner += frag("basic-component-html", '<div class="component-html"><ul class="nav nav-underline"><li class="nav-item"><a class="nav-link" href="/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></li><li class="nav-item"><a class="nav-link" href="/gioi-thieu/lanh-dao-cuc">Lãnh đạo Cục</a></li></ul></div>', "stnav")
    put("static-chuc-nang", "/gioi-thieu/chuc-nang-nhiem-vu", "static",
        simple_page("Chức năng, nhiệm vụ", "/gioi-thieu/chuc-nang-nhiem-vu", "Giới thiệu",
                    [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu/chuc-nang-nhiem-vu"), ("Chức năng, nhiệm vụ", None)], inner, by_date))

    # contact
    units = [("Văn phòng Cục", "024 3868 1101", "vanphong.cdsnn@mard.gov.vn"),
             ("Phòng Tổng hợp", "024 3868 1105", "tonghop.cdsnn@mard.gov.vn"),
             ("Phòng Hạ tầng và An toàn thông tin", "024 3868 1108", "hatang.cdsnn@mard.gov.vn"),
             ("Trung tâm Thông tin và Thống kê", "024 3868 1112", "ttthongke.cdsnn@mard.gov.vn"),
             ("Trung tâm Dữ liệu", "024 3868 1122", "trungtamdulieu.cdsnn@mard.gov.vn")]
    rows = "".join(f"<tr><td>{esc(u)}</td><td>{p}</td><td><a href=\"mailto:{m}\">{m}</a></td></tr>" for u, p, m in units)
    inner = para_frag(f"{SITE} - Số 14 ngõ 28 phố Vọng Đức, quận Hoàn Kiếm, Hà Nội. Điện thoại: 024 3868 1100.", "ct0")
    inner += frag("basic-component-html", f'<div class="component-html"><table class="table table-striped"><thead><tr><th>Đơn vị</th><th>Điện thoại</th><th>Thư điện tử</th></tr></thead><tbody>{rows}</tbody></table>'
                  '<div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" src="https://maps.google.com/maps?q=21.0285,105.8448&amp;z=16&amp;output=embed" title="Bản đồ"></iframe></div></div>', "ctmap")
    put("contact", "/lien-he", "contact", simple_page("Liên hệ", "/lien-he", "Liên hệ", [("Trang chủ", "/"), ("Liên hệ", None)], inner, by_date))

    # search results
    hits = [a for a in by_date if "dữ liệu" in (a["title"] + " " + (a["lead"] or "") + " ".join(b[1] for b in a["body"] if b[0] in ("p", "div"))).lower()]
    res = "\n".join(
        f'<li class="list-group-item list-group-item-flex"><div class="autofit-col autofit-col-expand"><section class="autofit-section">'
        f'<h4 class="component-title"><a href="/w/{a["slug"]}">{esc(a["title"])}</a></h4>'
        f'<p class="list-group-subtext"><span class="subtext-item">Nội dung web</span> <span class="subtext-item">{ddmmyyyy(a["published"])}</span></p>'
        f'<p class="search-document-content text-default">{esc((a["lead"] or a["body"][0][1])[:160])}…</p></section></div></li>'
        for a in hits)
    inner = (f'<div class="portlet-boundary portlet-boundary_com_liferay_portal_search_web_search_results_portlet_SearchResultsPortlet_"><div class="search-total-label mb-2">Tìm thấy {len(hits)} kết quả cho <strong>dữ liệu</strong>.</div>'
             f'<ul class="list-group">{res}</ul></div>'
             '<div class="portlet-boundary portlet-boundary_com_liferay_portal_search_web_type_facet_portlet_TypeFacetPortlet_ mt-3"><h5>Loại</h5><ul class="list-unstyled"><li><label><input type="checkbox" /> Nội dung web</label></li><li><label><input type="checkbox" /> Tài liệu</label></li></ul></div>')
    put("search", SEARCH_URL, "search", simple_page("Tìm kiếm", SEARCH_URL, "", [("Trang chủ", "/"), ("Tìm kiếm", None)], inner, by_date))

    # login
    ns = "_com_liferay_login_web_portlet_LoginPortlet_"
    inner = f"""<div class="portlet-boundary portlet-boundary_com_liferay_login_web_portlet_LoginPortlet_ portlet-login" id="p_p_id{ns}">
<section class="portlet" id="portlet{ns[:-1]}"><div class="portlet-content"><div class="login-container">
<form action="/trang-chu?p_p_id=com_liferay_login_web_portlet_LoginPortlet&amp;p_p_lifecycle=1&amp;p_p_state=maximized&amp;p_p_mode=view&amp;{ns}javax.portlet.action=%2Flogin%2Flogin&amp;{ns}mvcRenderCommandName=%2Flogin%2Flogin" class="form sign-in-form" data-fm-namespace="{ns}" id="{ns}loginForm" method="post" name="{ns}loginForm">
<input class="field form-control" id="{ns}formDate" name="{ns}formDate" type="hidden" value="1713494400000" />
<input class="field form-control" id="{ns}saveLastPath" name="{ns}saveLastPath" type="hidden" value="false" />
<div class="inline-alert-container lfr-alert-container"></div>
<fieldset class="input-container">
<div class="form-group input-text-wrapper"><label class="control-label" for="{ns}login">Địa chỉ email</label><input autocomplete="username" class="field clearable form-control" id="{ns}login" name="{ns}login" type="text" value="" /></div>
<div class="form-group input-text-wrapper"><label class="control-label" for="{ns}password">Mật khẩu</label><input autocomplete="current-password" class="field form-control" id="{ns}password" name="{ns}password" type="password" value="" /></div>
<div class="form-group form-inline input-checkbox-wrapper"><label for="{ns}rememberMe"><input class="field" id="{ns}rememberMe" name="{ns}rememberMe" type="checkbox" /> Ghi nhớ đăng nhập</label></div>
</fieldset>
<div class="button-holder"><button class="btn btn-primary" id="{ns}login-btn" type="submit"><span class="lfr-btn-label">Đăng nhập</span></button></div>
</form>
<div class="navigation"><ul class="lfr-icon-list"><li><a href="/trang-chu?p_p_id=com_liferay_login_web_portlet_LoginPortlet&amp;p_p_lifecycle=0&amp;p_p_state=maximized&amp;p_p_mode=view&amp;{ns}mvcRenderCommandName=%2Flogin%2Fforgot_password" rel="nofollow">Quên mật khẩu</a></li></ul></div>
</div></div></section></div>"""
    put("login", LOGIN_URL, "login", simple_page("Đăng nhập", LOGIN_URL, "", [("Trang chủ", "/"), ("Đăng nhập", None)], inner, by_date))

    # form (Liferay Forms)
    fns = "_com_liferay_dynamic_data_mapping_form_web_portlet_DDMFormPortlet_INSTANCE_hoidap_"
    fields = [("hoTen", "Họ và tên", "text"), ("email", "Thư điện tử", "text"), ("dienThoai", "Số điện thoại", "text"),
              ("tieuDe", "Tiêu đề câu hỏi", "text")]
    fh = "".join(f'<div class="form-group"><label for="{fns}{k}">{esc(lbl)} <span class="reference-mark">*</span></label><input class="ddm-field-text form-control" id="{fns}{k}" name="{fns}{k}" type="{t}" /></div>' for k, lbl, t in fields)
    inner = para_frag("Tổ chức, cá nhân có thể gửi câu hỏi về các nội dung thuộc lĩnh vực quản lý của Cục. Câu trả lời sẽ được đăng tải công khai sau khi được lãnh đạo Cục phê duyệt.", "fm0")
    inner += f"""<div class="portlet-boundary portlet-boundary_com_liferay_dynamic_data_mapping_form_web_portlet_DDMFormPortlet_" id="p_p_id{fns}">
<form action="/hoi-dap?p_p_id=com_liferay_dynamic_data_mapping_form_web_portlet_DDMFormPortlet_INSTANCE_hoidap&amp;p_p_lifecycle=1&amp;p_p_state=normal&amp;p_p_mode=view&amp;{fns}javax.portlet.action=%2Fdynamic_data_mapping_form%2Fadd_form_instance_record" class="ddm-form-builder-app ddm-form-renderer lfr-ddm-form-content" id="{fns}fm" method="post">
<div class="ddm-form-page-container"><div class="lfr-ddm-form-page">{fh}
<div class="form-group"><label for="{fns}noiDung">Nội dung câu hỏi <span class="reference-mark">*</span></label><textarea class="ddm-field-text form-control" id="{fns}noiDung" name="{fns}noiDung" rows="6"></textarea></div>
<div class="form-group"><label>Mã xác nhận</label><img alt="captcha" class="captcha" src="/c/portal/captcha/get_image?portletId=com_liferay_dynamic_data_mapping_form_web_portlet_DDMFormPortlet" /><input class="form-control" name="{fns}captchaText" type="text" /></div>
</div></div>
<div class="lfr-ddm-form-pagination-controls"><button class="btn btn-primary lfr-ddm-form-submit" type="submit">Gửi câu hỏi</button></div>
</form></div>"""
    put("form-hoi-dap", "/hoi-dap", "form", simple_page("Hỏi đáp", "/hoi-dap", "Hỏi đáp", [("Trang chủ", "/"), ("Hỏi đáp", None)], inner, by_date))

    # sitemap
    def tree(items):
        return "<ul>" + "".join(f'<li><a href="{h}">{esc(l)}</a>' + (tree([(x, y, []) for x, y in s]) if s else "") + "</li>" for l, h, s in items) + "</ul>"
    nav = NAV + [("Sơ đồ website", "/so-do-website", []), ("Tìm kiếm", SEARCH_URL, [])]
    inner = ('<div class="portlet-boundary portlet-boundary_com_liferay_site_navigation_site_map_web_portlet_SiteNavigationSiteMapPortlet_">'
             f'<div class="site-map">{tree(nav)}</div></div>')
    put("sitemap", "/so-do-website", "sitemap", simple_page("Sơ đồ website", "/so-do-website", "", [("Trang chủ", "/"), ("Sơ đồ website", None)], inner, by_date))

    # soft 404
    inner = ('<div class="portlet-boundary portlet-boundary_com_liferay_portal_kernel_servlet_taglib_ui_StatusPortlet_"><div class="alert alert-danger" role="alert">'
             '<strong class="lead">Lỗi:</strong> Không tìm thấy tài nguyên được yêu cầu.</div>'
             f'<div class="small text-secondary">{HOST}{SOFT404_URL}</div>'
             '<p class="mt-3"><a href="/">« Quay về trang chủ</a></p></div>')
    put("soft-404", SOFT404_URL, "soft_404", simple_page("Không tìm thấy trang", SOFT404_URL, "Văn bản", [("Trang chủ", "/"), ("Không tìm thấy trang", None)], inner, by_date))
    return pages


def main() -> None:
    pages = build()
    for f in HERE.glob("*.html"):
        f.unlink()
    for f in HERE.glob("*.json"):
        if f.name != "site.json":
            f.unlink()
    for name, (page, truth) in pages.items():
        (HERE / f"{name}.html").write_bytes(unicodedata.normalize("NFC", page).encode("utf-8"))
        (HERE / f"{name}.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "site.json").write_text(json.dumps({"host": HOST, "home": "/", "family": "liferay",
                                                "template": "lr73bo", "held_out": True}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
