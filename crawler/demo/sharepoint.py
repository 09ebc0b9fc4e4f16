"""Demo site imitating a SharePoint 2010/2013 ministry portal.

URLs: articles ``/tintuc/Pages/<slug>.aspx`` (linked as ``/tintuc/pages/…`` too: SharePoint
answers any case), listings ``/tintuc/Pages/<category>.aspx?Page=N``, ``/`` redirects to
``/Pages/home.aspx``, an RSS feed at ``/rss/default.aspx``. Chrome: "Skip Ribbon Commands",
"Skip to main content", a ribbon, image file names leaking as text beside photos, a
"Tin liên quan" box. Pages from before 2021 use the older template (other date format, lead
inside the body).
"""

from __future__ import annotations

import itertools
from html import escape
from urllib.parse import parse_qs

from crawler.demo import chrome
from crawler.demo.corpus import DemoArticle, DemoAttachment, DemoImage, load_corpus
from crawler.demo.markup import MutableCorpus, article_body
from crawler.demo.server import PIXEL, Reply

__all__ = ["SharePointSite"]

SITE_NAME = "Bộ Giáo dục và Đào tạo"
CATEGORIES = {"tin-tong-hop": "Tin tổng hợp", "chi-dao-dieu-hanh": "Chỉ đạo điều hành"}
PER_PAGE = 5


class SharePointSite(MutableCorpus):
    family = "sharepoint"

    def __init__(self, base: str) -> None:
        self.base = base
        self.articles = load_corpus("sharepoint")
        self._index()
        self._hits = itertools.count(3_208_114)


    def _index(self) -> None:
        self.by_slug = {a.slug: a for a in self.articles}

    @staticmethod
    def article_path(a: DemoArticle) -> str:
        return f"/tintuc/Pages/{a.slug}.aspx"

    @staticmethod
    def image_src(a: DemoArticle, file: str) -> str:
        return f"/tintuc/PublishingImages/{a.published.year}/{file}"

    @staticmethod
    def attachment_src(a: DemoArticle, doc: DemoAttachment) -> str:
        return f"/tintuc/Lists/TinTuc/Attachments/{a.id}/{doc.file}"

    def category_label(self, a: DemoArticle) -> str:
        return CATEGORIES[a.category]

    def handle(self, path: str, query: str) -> Reply:
        q = {k.lower(): v[0] for k, v in parse_qs(query).items()}
        low = path.lower()
        if path == "/":
            return Reply.redirect("/Pages/home.aspx", 302)
        if low == "/robots.txt":
            return Reply(200, b"User-agent: *\nDisallow: /_layouts/\nDisallow: /_vti_bin/\n",
                         {"Content-Type": "text/plain"})
        if "/publishingimages/" in low:
            return Reply(200, PIXEL, {"Content-Type": "image/gif"})
        if low == "/rss/default.aspx":
            return self.feed()
        if low == "/pages/home.aspx":
            return self.home()
        if low.startswith("/tintuc/pages/") and low.endswith(".aspx"):
            name = low[len("/tintuc/pages/"):-len(".aspx")]
            if name in CATEGORIES:
                page = int(q["page"]) if q.get("page", "").isdigit() else 1
                return self.listing(name, page)
            if name in self.by_slug:
                return self.article(self.by_slug[name])
            return self.not_found_page()
        return Reply.not_found()

    # -- pages --------------------------------------------------------------------------------
    def home(self) -> Reply:
        items = "".join(
            f'<li><a href="{self._link(a, i)}">{escape(a.title)}</a></li>'
            for i, a in enumerate(self.articles[:6])
        )
        return Reply.html(self._layout("Trang chủ", f'<div class="news-home"><ul>{items}</ul></div>'))

    def _link(self, a: DemoArticle, i: int) -> str:
        # Links disagree on case, as on real SharePoint sites (PORTALS.md trap 4).
        path = self.article_path(a)
        return path.replace("/Pages/", "/pages/") if i % 2 else path

    def listing(self, category: str, page: int) -> Reply:
        items = [a for a in self.articles if a.category == category]
        pages = max(1, -(-len(items) // PER_PAGE))
        page = min(max(page, 1), pages)
        rows = "".join(
            f'<div class="item"><a href="{self._link(a, i)}">{escape(a.title)}</a>'
            f'<span class="date">{a.published:%d/%m/%Y}</span></div>'
            for i, a in enumerate(items[(page - 1) * PER_PAGE : page * PER_PAGE])
        )
        pager = "".join(
            f'<a href="/tintuc/Pages/{category}.aspx?Page={n}">{n}</a> ' for n in range(1, pages + 1)
        )
        main = f'<h1 class="cat">{escape(CATEGORIES[category])}</h1>{rows}<div class="paging">{pager}</div>'
        return Reply.html(self._layout(CATEGORIES[category], main, crumb=category))

    def not_found_page(self) -> Reply:
        main = ('<div class="article-detail"><h1 class="title-detail">Không tìm thấy trang</h1>'
                '<div class="content-detail"><p>Trang bạn yêu cầu không tồn tại.</p></div></div>')
        return Reply.html(self._layout("Không tìm thấy trang", main))

    def article(self, a: DemoArticle) -> Reply:
        old = a.published.year < 2021
        if old:
            stamp = f"{a.published:%H:%M | %d/%m/%Y}"
        else:
            stamp = f"Ngày đăng: {a.published:%d/%m/%Y %H:%M}"
        if a.updated:
            stamp += f" | Cập nhật: {a.updated:%d/%m/%Y %H:%M}"
        lead_html = "" if old else f'<div class="sapo-detail"><strong>{escape(a.lead)}</strong></div>'
        body = article_body(
            a, lead="<p><strong>{}</strong></p>" if old else "",
            paragraph='<p style="text-align: justify;">{}</p>', image=self._image, unit_line=False)
        related = [o for o in self.articles if o.category == a.category and o is not a][:3]
        related_html = "".join(f'<li><a href="{self.article_path(o)}">{escape(o.title)}</a></li>'
                               for o in related)
        authors = f'<p class="tacgia">{escape(", ".join(a.authors))}</p>' if a.authors else ""
        source = f'<p class="nguontin">Nguồn: {escape(a.unit)}</p>' if a.unit else ""
        main = (
            '<div id="ctl00_PlaceHolderMain_ctl00" class="article-detail">'
            f'<h1 class="title-detail">{escape(a.title)}</h1>'
            f'<div class="date-detail">{stamp}</div>{lead_html}'
            f'<div class="ms-rtestate-field content-detail">{body}'
            f'<div class="tin-lien-quan"><h3>Tin liên quan</h3><ul>{related_html}</ul></div></div>'
            f'<div class="author-detail">{authors}{source}</div>{self._attachments(a)}'
            '<div class="print-share"><a href="javascript:window.print()">In trang</a> '
            '<a href="mailto:?subject=">Gửi email</a></div></div>'
        )
        return Reply.html(self._layout(a.title, main, crumb=a.category),
                          last_modified=self.last_modified(a))

    def _attachments(self, a: DemoArticle) -> str:
        if not a.attachments:
            return ""
        rows = "".join(f'<tr><td class="ms-vb"><a href="{escape(self.attachment_src(a, d))}">'
                       f"{escape(d.file)}</a></td></tr>" for d in a.attachments)
        return f'<div class="ms-attachments"><h4>Tệp đính kèm</h4><table>{rows}</table></div>'

    def _image(self, a: DemoArticle, img: DemoImage) -> str:
        src = escape(self.image_src(a, img.file))
        caption = escape(img.caption) + (f" ({escape(img.credit)})" if img.credit else "")
        leak = f'<div class="ms-rteImage-name">{escape(img.file)}</div>'  # file name leaks as text
        if img.style == "figure":
            return f'<figure><img src="{src}" alt=""><figcaption>{caption}</figcaption></figure>'
        if img.style == "table":
            return (f'<table class="ms-rteTable-default" align="center"><tr><td><img src="{src}"></td></tr>'
                    f"<tr><td><em>{caption}</em></td></tr></table>")
        return (f'{leak}<p style="text-align: center;"><img src="{src}" alt="{escape(img.file)}"></p>'
                f'<p style="text-align: center;"><em>{caption}</em></p>')

    def feed(self) -> Reply:
        items = "".join(
            f"<item><title>{escape(a.title)}</title><link>{self.base}{self.article_path(a)}</link>"
            f"<pubDate>{a.published:%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>"
            for a in self.articles
        )
        body = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{SITE_NAME}</title>{items}</channel></rss>'
        return Reply(200, body.encode(), {"Content-Type": "text/xml; charset=utf-8"})

    def _layout(self, title: str, main: str, *, crumb: str | None = None) -> str:
        menu = "".join(
            '<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" '
            f'href="/tintuc/Pages/{k}.aspx"><span class="additional-background ms-navedit-flyoutArrow">'
            f'<span class="menu-item-text">{escape(v)}</span></span></a></li>'
            for k, v in CATEGORIES.items()
        )
        crumb_html = (f'<div class="breadcrumb"><a href="/Pages/home.aspx">Trang chủ</a> &gt; '
                      f'<a href="/tintuc/Pages/{crumb}.aspx">{escape(CATEGORIES[crumb])}</a></div>') if crumb else ""
        total = next(self._hits)
        hits = f"{total:,}".replace(",", ".")
        counts = chrome.visit_counts(total)
        web = "" if title == "Trang chủ" else "/tintuc"  # the news sub-site, or the root site
        state = chrome.aspnet_state(
            f"{web}/Pages/{crumb or 'home'}.aspx|{title}",
            [title, *CATEGORIES.values(), *(label for label, _, _ in _SP_TOP_NAV), *_SP_POLL],
            ["ctl00$PlaceHolderSearchArea$SmallSearchInputBox1$csr_sbox", "ctl00$g_poll$btnVote",
             *(f"ctl00$g_poll$rblOptions${i}" for i in range(len(_SP_POLL) - 1))],
        )
        digest = f"0x{chrome.stable_id('digest', title, length=64).upper()}{chrome.stable_id('digest2', title, length=64).upper()},18 Dec 2023 02:15:41 -0000"
        hidden = "".join(
            f'<input type="hidden" name="{name}" id="{name}" value="{escape(value)}">'
            for name, value in (
                ("_wpcmWpid", ""), ("wpcmVal", ""), ("MSOWebPartPage_PostbackSource", ""),
                ("MSOTlPn_SelectedWpId", ""), ("MSOTlPn_View", "0"), ("MSOTlPn_ShowSettings", "False"),
                ("MSOGallery_SelectedLibrary", ""), ("MSOGallery_FilterString", ""), ("MSOTlPn_Button", "none"),
                ("__EVENTTARGET", ""), ("__EVENTARGUMENT", ""), ("__REQUESTDIGEST", digest),
                ("MSOSPWebPartManager_DisplayModeName", "Browse"), ("MSOSPWebPartManager_ExitingDesignMode", "false"),
                ("MSOWebPartPage_Shared", ""), ("MSOLayout_LayoutChanges", ""), ("MSOLayout_InDesignMode", ""),
                ("_wpSelected", ""), ("_wzSelected", ""), ("MSOSPWebPartManager_OldDisplayModeName", "Browse"),
                ("MSOSPWebPartManager_StartWebPartEditingName", "false"),
                ("MSOSPWebPartManager_EndWebPartEditing", "false"), ("__VIEWSTATE", state["__VIEWSTATE"]),
            )
        )
        top_nav = "".join(
            '<li class="static dynamic-children"><a class="static dynamic-children menu-item ms-core-listMenu-item '
            f'ms-displayInline ms-navedit-linkNode" href="{href}"{_SP_BLANK if href.startswith("http") else ""}>'
            f'<span aria-haspopup="true" class="additional-background ms-navedit-flyoutArrow dynamic-children">'
            f'<span class="menu-item-text">{escape(label)}</span></span></a>'
            + ('<ul class="dynamic">' + "".join(
                f'<li class="dynamic"><a class="dynamic menu-item ms-core-listMenu-item ms-displayInline '
                f'ms-navedit-linkNode" href="{url}"{_SP_BLANK if url.startswith("http") else ""}>'
                f'<span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">'
                f"{escape(name)}</span></span></a></li>" for name, url in children) + "</ul>" if children else "")
            + "</li>"
            for label, href, children in _SP_TOP_NAV
        )
        link_selects = "".join(
            f'<div class="lienket-item"><select class="ms-RadioText" onchange="moLienKet(this)" title="{escape(label)}">'
            f"{chrome.options(items, label)}</select></div>"
            for label, items in _SP_LINK_GROUPS
        )
        banners = "".join(
            f'<li><a href="{url}" target="_blank" title="{escape(name)}"><img src="/tintuc/PublishingImages/banner/{img}" '
            f'alt="{escape(name)}" style="border:0px solid"></a></li>'
            for name, url, img in _SP_BANNERS
        )
        documents = "".join(
            f'<tr><td class="so-hieu"><a href="https://vanban.moet.gov.vn/van-ban/{doc_id}" target="_blank">{escape(number)}</a></td>'
            f'<td class="trich-yeu">{escape(summary)}</td><td class="ngay-bh">{issued}</td></tr>'
            for number, summary, issued, doc_id in _SP_DOCUMENTS
        )
        poll = "".join(
            f'<tr><td><input id="ctl00_g_poll_rblOptions_{i}" type="radio" name="ctl00$g_poll$rblOptions" value="{i + 1}">'
            f'<label for="ctl00_g_poll_rblOptions_{i}">{escape(text)}</label></td></tr>'
            for i, text in enumerate(_SP_POLL[1:])
        )
        sods = "\n".join(
            f'RegisterSod("{name}", "{chrome.js_string(f"/_layouts/15/{name}?rev={rev}")}");'
            for name, rev in _SP_SODS
        )
        context = chrome.json_script({
            "webServerRelativeUrl": web or "/", "webAbsoluteUrl": self.base + web,
            "siteAbsoluteUrl": self.base, "serverRequestPath": f"{web}/Pages/{crumb or 'home'}.aspx",
            "layoutsUrl": "_layouts/15", "webTitle": "Tin tức" if web else SITE_NAME, "webTemplate": "39",
            "tenantAppVersion": "0", "isAppWeb": False, "Has2019Era": False, "webLogoUrl": "/Style Library/MOET/images/logo.png",
            "webLanguage": 1066, "currentLanguage": 1066, "currentUICultureName": "vi-VN",
            "currentCultureName": "vi-VN", "clientServerTimeDelta": 0, "siteClientTag": "0$$15.0.5119.1000",
            "crossDomainPhotosEnabled": False, "webUIVersion": 15, "webPermMasks": {"High": 16, "Low": 196673},
            "pageListId": "{" + _sp_guid("Pages" + web) + "}", "pageItemId": 1 + len(title) % 97,
            "pagePersonalizationScope": 1, "alertsEnabled": False, "siteServerRelativeUrl": "/",
            "allowSilverlightPrompt": "True",
        })
        return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi-VN"><head><meta charset="utf-8"><title>{escape(title)}</title>
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta name="GENERATOR" content="Microsoft SharePoint">
<meta http-equiv="Expires" content="0">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="Cổng thông tin điện tử {SITE_NAME}: tin tức, chỉ đạo điều hành, văn bản, thủ tục hành chính ngành giáo dục.">
<link rel="shortcut icon" href="/_layouts/15/images/favicon.ico?rev=23" type="image/vnd.microsoft.icon" id="favicon">
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2bSpXbPrg3qzRIbzbAv%2B8g%3D%3D">
<link rel="stylesheet" type="text/css" href="/Style%20Library/MOET/css/bootstrap.min.css">
<link rel="stylesheet" type="text/css" href="/Style%20Library/MOET/css/moet.css?v=20231120">
<script type="text/javascript" src="/_layouts/15/init.js?rev=9VKsB0Y2%2BCjXVXTmWu1%2BdA%3D%3D"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=nv7asgRUU0tRmHNR2D6t1HtUjgHU8Gbi7bF4nZmQqY&amp;t=ffffffffe6692ee0"></script>
<script type="text/javascript" src="/_layouts/15/blank.js?rev=ZaOXZEobVwykPO9g8hq%2F8A%3D%3D"></script>
<script type="text/javascript" src="/Style%20Library/MOET/js/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="/Style%20Library/MOET/js/moet.menu.js?v=20231120"></script>
<script type="text/javascript">
//<![CDATA[
{sods}
//]]>
</script>
<style type="text/css">{_SP_CSS}</style>
{chrome.ga_snippet("G-MOETPORTAL")}
</head>
<body onhashchange="if (typeof(_spBodyOnHashChange) != 'undefined') _spBodyOnHashChange();">
<div id="imgPrefetch" style="display:none"><img src="/_layouts/15/images/favicon.ico?rev=23"><img src="/_layouts/15/images/spcommon.png?rev=23"><img src="/_layouts/15/images/spcommon.png?rev=23"><img src="/_layouts/15/images/siteIcon.png?rev=23"></div>
<form method="post" action="./" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div class="aspNetHidden">{hidden}</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{ theForm = document.aspnetForm; }}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZAG0REM8qqEBAHCZinHsmTftbBz8ARFqQG4SmTbTGQGNsxByiuhhp1M8BslRkHkVHQ2&amp;t=637811765229275428" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
var MSOWebPartPageFormName = 'aspnetForm';
var g_presenceEnabled = true;
var g_wsaEnabled = false;
var g_correlationId = '{_sp_guid("correlation" + title)}';
var g_wsaQoSEnabled = false;
var g_wsaQoSDataPoints = [];
var g_wsaRUMEnabled = false;
var g_wsaLCID = 1066;
var g_wsaListTemplateId = 850;
var g_wsaSiteTemplateId = 'CMSPUBLISHING#0';
var _fV4UI = true;
var _spPageContextInfo = {context};
var L_Menu_BaseUrl = "{web}";
var L_Menu_LCID = "1066";
var L_Menu_SiteTheme = "null";
document.onreadystatechange = fnRemoveAllStatus;
function fnRemoveAllStatus() {{ removeAllStatus(true); }}
var _spWebPartComponents = new Object();
//]]>
</script>
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="{state["__VIEWSTATEGENERATOR"]}">
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{state["__EVENTVALIDATION"]}"></div>
<script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ctl00$ScriptManager', 'aspnetForm', [], [], [], 90, 'ctl00');
//]]>
</script>
<span id="DeltaSPWebPartManager"></span>
<div id="TurnOnAccessibility" style="display:none" class="s4-notdlg noindex"><a id="linkTurnOnAcc" href="#" class="ms-accessible ms-acc-button" onclick="SetIsAccessibilityFeatureEnabled(true);UpdateAccessibilityUI();return false;">Bật chế độ trợ năng hơn</a></div>
<div id="s4-ribbonrow"><a href="javascript:;" class="ms-skip">Skip Ribbon Commands</a>
<a href="#mainContent" class="ms-skip">Skip to main content</a>
<div id="globalNavBox" class="noindex"><div id="ribbonBox"><div id="s4-ribboncont"><div class="ms-cui-ribbonTopBars"><div class="ms-cui-topBar1"></div><div class="ms-cui-topBar2">
<div id="RibbonContainer-TabRowLeft" class="ms-cui-TabRowLeft ms-core-defaultFont ms-dialogHidden"></div>
<div id="RibbonContainer-TabRowRight" class="ms-cui-TabRowRight s4-trc-container s4-notdlg ms-core-defaultFont"></div></div></div>
<div class="ms-cui-ribbon">Duyệt Trang</div>
<ul class="ms-cui-tts" role="tablist"><li class="ms-cui-tt ms-browseTab ms-cui-tt-s" id="Ribbon.Read-title" role="tab"><a class="ms-cui-tt-a" href="javascript:;" title="Duyệt"><span class="ms-cui-tt-span">Duyệt</span></a></li>
<li class="ms-cui-tt" id="Ribbon.WebPartPage-title" role="tab"><a class="ms-cui-tt-a" href="javascript:;" title="Trang"><span class="ms-cui-tt-span">Trang</span></a></li></ul>
</div></div></div></div>
<div id="s4-workspace" class="ms-core-overlay"><div id="s4-bodyContainer">
<div class="top-bar"><span id="ngay-hien-tai"></span>{chrome.weekday_clock_script("ngay-hien-tai")}
<span class="top-links"><a href="https://en.moet.gov.vn/" target="_blank">English</a> | <a href="https://mail.moet.gov.vn/" target="_blank">Thư điện tử</a> | <a href="https://qlvb.moet.gov.vn/" target="_blank">Quản lý văn bản</a></span></div>
<div class="header"><img class="logo" src="/Style%20Library/MOET/images/logo.png" alt="Logo {escape(SITE_NAME)}">
<h2>{SITE_NAME.upper()}</h2><div class="slogan">CỔNG THÔNG TIN ĐIỆN TỬ</div>
<div class="search"><div id="SearchBox" name="Control"><div class="ms-srch-sb ms-srch-sb-border" id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_sboxdiv">
<input type="text" value="" maxlength="2048" accesskey="S" title="Tìm kiếm" id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_sbox" autocomplete="off" autocorrect="off" class="ms-textSmall ms-srch-sb-prompt ms-helperText" placeholder="Tìm kiếm">
</div></div><a href="/_layouts/OSSSearchResults.aspx">Tìm</a></div></div>
<div id="DeltaTopNavigation" class="ms-displayInline ms-core-navigation"><div id="zz1_TopNavigationMenu" class="noindex ms-core-listMenu-horizontalBox">
<ul class="menu root ms-core-listMenu-root static"><li class="static selected"><a class="static selected menu-item ms-core-listMenu-item ms-displayInline ms-core-listMenu-selected ms-navedit-linkNode" href="/Pages/home.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Trang chủ</span></span></a></li>{menu}{top_nav}</ul></div></div>
<div class="left"><div class="ms-webpart-zone ms-fullWidth">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical"><div class="ms-webpart-chrome-title" id="WebPartTitleWPQ2"><h3 class="ms-webpart-titleText">Liên kết website</h3></div>
<div class="ms-WPBody" id="WebPartWPQ2">{link_selects}<ul><li><a href="https://chinhphu.vn">Chính phủ</a></li></ul></div></div>
<div class="ms-webpart-chrome ms-webpart-chrome-vertical"><div class="ms-webpart-chrome-title" id="WebPartTitleWPQ3"><h3 class="ms-webpart-titleText">Dịch vụ trực tuyến</h3></div>
<div class="ms-WPBody" id="WebPartWPQ3"><ul class="banner-list">{banners}</ul></div></div>
<div class="ms-webpart-chrome ms-webpart-chrome-vertical"><div class="ms-webpart-chrome-title" id="WebPartTitleWPQ4"><h3 class="ms-webpart-titleText">Văn bản mới</h3></div>
<div class="ms-WPBody" id="WebPartWPQ4"><table class="ms-listviewtable van-ban-moi"><thead><tr><th>Số hiệu</th><th>Trích yếu</th><th>Ngày ban hành</th></tr></thead><tbody>{documents}</tbody></table></div></div>
<div class="ms-webpart-chrome ms-webpart-chrome-vertical"><div class="ms-webpart-chrome-title" id="WebPartTitleWPQ5"><h3 class="ms-webpart-titleText">Thăm dò ý kiến</h3></div>
<div class="ms-WPBody" id="WebPartWPQ5"><p class="poll-question">{escape(_SP_POLL[0])}</p><table id="ctl00_g_poll_rblOptions" class="poll-options">{poll}</table>
<input type="submit" name="ctl00$g_poll$btnVote" value="Biểu quyết" id="ctl00_g_poll_btnVote" class="ms-ButtonHeightWidth">
<input type="button" value="Xem kết quả" class="ms-ButtonHeightWidth" onclick="__doPostBack('ctl00$g_poll$btnResult','')"></div></div>
</div></div>
<div id="mainContent">{crumb_html}{main}</div>
<div class="footer"><div class="footer-nav"><a href="/Pages/home.aspx">Trang chủ</a>{"".join(f' | <a href="/tintuc/Pages/{k}.aspx">{escape(v)}</a>' for k, v in CATEGORIES.items())}
 | <a href="/rss/default.aspx">RSS</a></div>
<p>{SITE_NAME} - 35 Đường Demo, Hà Nội</p>
<p>Điện thoại: 024.3869.0000 - Fax: 024.3869.0001 - Email: bbt@demo.moet.gov.vn</p>
<p>Cơ quan chủ quản: {SITE_NAME}. Chịu trách nhiệm chính: Chánh Văn phòng Bộ</p>
<p>Giấy phép số 115/GP-TTĐT do Cục Phát thanh, truyền hình và thông tin điện tử cấp ngày 09/8/2019</p>
<p>Lượt truy cập: {hits}</p><p>Đang trực tuyến: {counts["online"]}</p>
<p>Ghi rõ nguồn "{SITE_NAME}" khi phát hành lại thông tin từ nguồn này.</p>
<div class="tinnhiem">{chrome.tinnhiemmang_badge("moet.gov.vn")}</div></div></div></div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;
function moLienKet(ddl) {{
    var url = ddl.options[ddl.selectedIndex].value;
    if (url) {{ window.open(url, '_blank'); }}
    ddl.selectedIndex = 0;
}}
function WebForm_OnSubmit() {{
    UpdateFormDigest('{chrome.js_string(web or "/")}', 1440000);
    if (typeof(_spFormOnSubmitWrapper) != 'undefined') {{ return _spFormOnSubmitWrapper(); }}
    return true;
}}
ExecuteOrDelayUntilScriptLoaded(function () {{
    var searchBox = document.getElementById('ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_sbox');
    if (searchBox) {{ searchBox.setAttribute('data-resultspage', '/_layouts/OSSSearchResults.aspx'); }}
}}, 'sp.js');
_spBodyOnLoadFunctionNames.push("_spRecordSiteUsage");
_spBodyOnLoadFunctionNames.push("HideEmptyWebParts");
var g_clientIdDeltaPlaceHolderMain = "DeltaPlaceHolderMain";
var g_clientIdDeltaPlaceHolderUtilityContent = "DeltaPlaceHolderUtilityContent";
$(function () {{
    $('#zz1_TopNavigationMenu li.dynamic-children').hover(
        function () {{ $(this).children('ul.dynamic').stop(true, true).slideDown(150); }},
        function () {{ $(this).children('ul.dynamic').stop(true, true).slideUp(100); }});
}});
//]]>
</script>
</form></body></html>"""


_SP_BLANK = ' target="_blank"'


def _sp_guid(seed: str) -> str:
    h = chrome.stable_id("guid", seed, length=32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


#: Top navigation beyond the news sections: SharePoint sites link their sister systems.
_SP_TOP_NAV = (
    ("Văn bản", "https://vanban.moet.gov.vn/", (
        ("Văn bản quy phạm pháp luật", "https://vanban.moet.gov.vn/van-ban-quy-pham-phap-luat"),
        ("Văn bản chỉ đạo điều hành", "https://vanban.moet.gov.vn/van-ban-chi-dao-dieu-hanh"),
        ("Dự thảo văn bản", "https://duthao.moet.gov.vn/"),
        ("Cơ sở dữ liệu quốc gia về văn bản pháp luật", "https://vbpl.vn/"),
    )),
    ("Thủ tục hành chính", "https://dichvucong.moet.gov.vn/", (
        ("Dịch vụ công trực tuyến", "https://dichvucong.moet.gov.vn/dich-vu-cong"),
        ("Tra cứu hồ sơ", "https://dichvucong.moet.gov.vn/tra-cuu"),
        ("Công nhận văn bằng do nước ngoài cấp", "https://congnhanvanbang.moet.gov.vn/"),
        ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/"),
    )),
    ("Cơ sở dữ liệu ngành", "https://csdl.moet.gov.vn/", (
        ("Cơ sở dữ liệu giáo dục mầm non, phổ thông", "https://csdl.moet.gov.vn/"),
        ("Cơ sở dữ liệu giáo dục đại học", "https://hemis.moet.gov.vn/"),
        ("Thống kê giáo dục", "https://thongke.moet.gov.vn/"),
    )),
    ("Thi và tuyển sinh", "https://thisinh.moet.gov.vn/", (
        ("Hệ thống quản lý thi tốt nghiệp THPT", "https://thisinh.moet.gov.vn/"),
        ("Tuyển sinh đại học, cao đẳng sư phạm", "https://tuyensinh.moet.gov.vn/"),
    )),
    ("Hỏi đáp", "https://hoidap.moet.gov.vn/", ()),
)
_SP_UNIVERSITIES = (
    ("Đại học Quốc gia Hà Nội", "https://vnu.edu.vn/"), ("Đại học Quốc gia TP. Hồ Chí Minh", "https://vnuhcm.edu.vn/"),
    ("Đại học Huế", "https://hueuni.edu.vn/"), ("Đại học Đà Nẵng", "https://udn.vn/"),
    ("Đại học Thái Nguyên", "https://tnu.edu.vn/"), ("Đại học Bách khoa Hà Nội", "https://hust.edu.vn/"),
    ("Trường Đại học Sư phạm Hà Nội", "https://hnue.edu.vn/"),
    ("Trường Đại học Kinh tế Quốc dân", "https://neu.edu.vn/"),
    ("Trường Đại học Cần Thơ", "https://ctu.edu.vn/"),
    ("Trường Đại học Sư phạm TP. Hồ Chí Minh", "https://hcmue.edu.vn/"),
)
_SP_LINK_GROUPS = (
    ("Chính phủ", chrome.CENTRAL_GOVERNMENT),
    ("Các bộ, ngành", chrome.MINISTRIES + chrome.GOVERNMENT_AGENCIES),
    ("Các tỉnh, thành phố", chrome.province_sites("Cổng TTĐT {name}")),
    ("Sở Giáo dục và Đào tạo", chrome.province_sites("Sở GD&ĐT {name}", "sgddt.{slug}.gov.vn")),
    ("Đại học, học viện", _SP_UNIVERSITIES),
)
_SP_BANNERS = (
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/", "dvcqg.png"),
    ("Cổng Dịch vụ công Bộ Giáo dục và Đào tạo", "https://dichvucong.moet.gov.vn/", "dvc-moet.png"),
    ("Hệ thống tiếp nhận, trả lời phản ánh, kiến nghị", "https://pakn.dichvucong.gov.vn/", "pakn.png"),
    ("Kho học liệu số", "https://hoclieu.moet.gov.vn/", "hoc-lieu-so.png"),
    ("Cơ sở dữ liệu ngành giáo dục", "https://csdl.moet.gov.vn/", "csdl-nganh.png"),
)
_SP_DOCUMENTS = (  # (số hiệu, trích yếu, ngày ban hành, mã văn bản)
    ("5512/BGDĐT-GDTrH", "Hướng dẫn xây dựng và tổ chức thực hiện kế hoạch giáo dục của nhà trường", "15/12/2023", 41207),
    ("29/2023/TT-BGDĐT", "Thông tư ban hành quy định về dạy thêm, học thêm", "11/12/2023", 41185),
    ("4088/QĐ-BGDĐT", "Quyết định phê duyệt kế hoạch tổ chức kỳ thi tốt nghiệp trung học phổ thông", "06/12/2023", 41162),
    ("5201/BGDĐT-GDĐH", "Về việc báo cáo công tác tuyển sinh đại học năm 2023", "29/11/2023", 41120),
)
_SP_POLL = (
    "Ông/bà quan tâm nhất đến nội dung nào trên Cổng thông tin?",
    "Tin tức, sự kiện ngành giáo dục", "Văn bản chỉ đạo điều hành", "Thủ tục hành chính",
    "Thi và tuyển sinh", "Ý kiến khác",
)
_SP_SODS = (
    ("initstrings.js", "S11vfGURQYVuACMEY0tLTg%3D%3D"), ("strings.js", "qCWvRQsJsVmBuLJELtmNFw%3D%3D"),
    ("sp.init.js", "Jvj8L4NiXnYa5Byu3H8LOg%3D%3D"), ("sp.res.resx", "4KpK%2BWtRdGv5%2Bc0FtnIK4A%3D%3D"),
    ("sp.ui.dialog.js", "0xf6wCIW4E1pN83I9nSIJQ%3D%3D"), ("core.js", "ryx2n4ePkYj1%2FALmcsXZfA%3D%3D"),
    ("menu.js", "cXv35JACAh0ZCqUwKU592w%3D%3D"), ("mQuery.js", "VYSy6rVAHAJ%2FqnGXzfmu7Q%3D%3D"),
    ("callout.js", "ryx2n4ePkYj1%2FALmcsXZfA%3D%3D"), ("clienttemplates.js", "NjHQZTfQs%2BiDIjz4PK%2FeWg%3D%3D"),
    ("sharing.js", "EojE1RGcWzHh2t6JKjWQOQ%3D%3D"), ("suitelinks.js", "REwVU5jSsadDdOZlCx4wpA%3D%3D"),
    ("sp.runtime.js", "5f2WkYJoaxlIRdwUeg4WEg%3D%3D"), ("sp.js", "ryx2n4ePkYj1%2FALmcsXZfA%3D%3D"),
    ("sp.ribbon.js", "iJpMn%2FG4YBmL6O7y1uL2Vg%3D%3D"), ("search.clientcontrols.js", "Hq8hPqsAqKLnLbJ9vVhQBw%3D%3D"),
)
_SP_CSS = """
body { font-family: Arial, Helvetica, sans-serif; font-size: 13px; background: #f2f2f2; }
#s4-bodyContainer { max-width: 1140px; margin: 0 auto; background: #fff; }
#s4-ribbonrow { display: none; } .ms-skip { position: absolute; left: -10000px; }
.top-bar { padding: 4px 10px; background: #eee; font-size: 12px; } .top-bar .top-links { float: right; }
.header { position: relative; height: 120px; background: #1b4f9c url(/Style%20Library/MOET/images/header-bg.png) no-repeat right; color: #fff; }
.header .logo { position: absolute; left: 15px; top: 15px; height: 90px; } .header h2 { position: absolute; left: 120px; top: 30px; margin: 0; font-size: 26px; }
.header .slogan { position: absolute; left: 120px; top: 70px; } .header .search { position: absolute; right: 15px; top: 40px; }
.ms-core-listMenu-horizontalBox { background: #123d7a; } .ms-core-listMenu-horizontalBox ul { margin: 0; padding: 0; list-style: none; }
.ms-core-listMenu-root > li { display: inline-block; position: relative; } .ms-core-listMenu-root > li > a { display: block; padding: 10px 14px; color: #fff; font-weight: bold; }
ul.dynamic { display: none; position: absolute; z-index: 200; min-width: 260px; background: #fff; border: 1px solid #123d7a; }
ul.dynamic a { display: block; padding: 6px 10px; color: #123d7a; }
.left { float: left; width: 270px; padding: 10px; } #mainContent { margin-left: 300px; padding: 10px; }
.ms-webpart-titleText { margin: 0 0 6px; padding: 6px 8px; background: #1b4f9c; color: #fff; font-size: 14px; text-transform: uppercase; }
.lienket-item select { width: 100%; margin-bottom: 5px; } .banner-list { padding: 0; list-style: none; } .banner-list img { width: 100%; }
.van-ban-moi td { padding: 4px; border-bottom: 1px dotted #ccc; vertical-align: top; } .van-ban-moi .ngay-bh { color: #888; white-space: nowrap; }
.title-detail { color: #1b4f9c; font-size: 22px; } .date-detail { color: #888; } .sapo-detail { font-weight: bold; margin: 10px 0; }
.tin-lien-quan h3 { color: #1b4f9c; border-bottom: 1px solid #1b4f9c; } .author-detail { text-align: right; font-weight: bold; }
.footer { clear: both; padding: 15px; background: #123d7a; color: #fff; text-align: center; } .footer a { color: #fff; }
"""
