"""Demo site imitating a DotNetNuke ministry portal.

URLs: ``/Default.aspx?tabid=N`` listings whose later pages are Telerik postbacks
(``rgPageNext``, unreachable by GET), articles
``/Default.aspx?tabid=N&ctl=ArticleView&mid=580&ArticleID=M`` linked with parameters in varying
order, a print view and login/register links to refuse. Module ids (``dnn_ctr580_…``) mark the
fields; the lead is a plain (not bold) summary panel; authors and the source office sit in
their own labels. Articles older than 2020 use the older module template.
"""

from __future__ import annotations

import itertools
from datetime import datetime
from html import escape
from urllib.parse import parse_qs

from crawler.demo import chrome
from crawler.demo.corpus import DemoArticle, DemoAttachment, DemoImage, load_corpus
from crawler.demo.markup import MutableCorpus, article_body
from crawler.demo.server import PIXEL, Reply

__all__ = ["DotNetNukeSite"]

SITE_NAME = "Bộ Nội vụ"
TABS = {120: ("tin-hoat-dong", "Tin hoạt động"), 121: ("cai-cach-cong-vu", "Cải cách công vụ")}
TAB_BY_KEY = {v[0]: k for k, v in TABS.items()}
PER_PAGE = 5
MID = 580
_WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _dnn_date(dt: datetime) -> str:
    return f"{_WEEKDAYS[dt.weekday()]}, {dt.day} Tháng {dt.month} {dt.year} {dt:%H:%M}"


class DotNetNukeSite(MutableCorpus):
    family = "dotnetnuke"

    def __init__(self, base: str) -> None:
        self.base = base
        self.articles = load_corpus("dotnetnuke")
        self._index()
        self._hits = itertools.count(905_117)


    def _index(self) -> None:
        self.by_id = {a.id: a for a in self.articles}

    @staticmethod
    def article_path(a: DemoArticle, *, variant: int = 0) -> str:
        tab = TAB_BY_KEY[a.category]
        if variant % 2:
            return f"/Default.aspx?ArticleID={a.id}&mid={MID}&tabid={tab}&ctl=ArticleView"
        return f"/Default.aspx?tabid={tab}&ctl=ArticleView&mid={MID}&ArticleID={a.id}"

    @staticmethod
    def image_src(a: DemoArticle, file: str) -> str:
        return f"/Portals/0/Images/{a.published:%Y/%m}/{file}"

    @staticmethod
    def attachment_src(a: DemoArticle, doc: DemoAttachment) -> str:
        ticket = chrome.stable_id("fileticket", f"{a.id}/{doc.file}", length=12)
        return f"/LinkClick.aspx?fileticket={ticket}%3d&tabid=85&mid={MID}"

    def category_label(self, a: DemoArticle) -> str:
        return TABS[TAB_BY_KEY[a.category]][1]

    def handle(self, path: str, query: str) -> Reply:
        q = {k.lower(): v[0] for k, v in parse_qs(query).items()}
        low = path.lower()
        if low == "/robots.txt":
            return Reply(200, b"User-agent: *\nDisallow: /Admin/\nDisallow: /Providers/\n",
                         {"Content-Type": "text/plain"})
        if low.startswith("/portals/"):
            return Reply(200, PIXEL, {"Content-Type": "image/gif"})
        if low == "/":
            return Reply.redirect("/Default.aspx?tabid=36", 302)
        if low == "/login.aspx" or q.get("ctl", "").lower() in ("login", "register", "sendpassword"):
            return Reply.html(self._layout("Đăng nhập", '<div class="login">Tên đăng nhập <input> Mật khẩu <input></div>'))
        if low != "/default.aspx":
            return Reply.not_found()
        tab = int(q["tabid"]) if q.get("tabid", "").isdigit() else 36
        if q.get("ctl", "").lower() in ("articleview", "print") and q.get("articleid", "").isdigit():
            a = self.by_id.get(int(q["articleid"]))
            if a is None:
                main = '<div class="dnnFormMessage dnnFormWarning">Bài viết không tồn tại hoặc đã bị xóa.</div>'
                return Reply.html(self._layout("Không tìm thấy bài viết", main))
            return self.article(a)
        if tab in TABS:
            return self.listing(tab)
        return self.home()

    def home(self) -> Reply:
        items = "".join(f'<li><a href="{escape(self.article_path(a))}">{escape(a.title)}</a></li>'
                        for a in self.articles[:4])
        return Reply.html(self._layout("Trang chủ", f'<div id="dnn_ctr500_ModuleContent"><ul>{items}</ul></div>'))

    def listing(self, tab: int) -> Reply:
        key, label = TABS[tab]
        items = [a for a in self.articles if a.category == key][:PER_PAGE]
        rows = "".join(
            f'<tr class="rgRow"><td><a href="{escape(self.article_path(a, variant=i))}">{escape(a.title)}</a></td>'
            f"<td>{a.published:%d/%m/%Y}</td></tr>"
            for i, a in enumerate(items)
        )
        pager = ('<div class="rgPager"><input type="submit" name="dnn$ctr581$ListView$grid$ctl00$ctl03$ctl01$ctl28" '
                 'class="rgPageNext" onclick="__doPostBack(\'dnn$ctr581$ListView$grid\',\'Next\')" value=" "></div>')
        main = f'<div id="dnn_ctr581_ModuleContent"><h2>{escape(label)}</h2><table class="rgMasterTable">{rows}</table>{pager}</div>'
        return Reply.html(self._layout(label, main, tab=tab))

    def article(self, a: DemoArticle) -> Reply:
        old = a.published.year < 2020
        tab = TAB_BY_KEY[a.category]
        ctr = f"dnn_ctr{MID}_ArticleView"
        body = article_body(a, lead="", paragraph="<p>{}</p>", image=self._image, unit_line=False)
        if a.attachments:
            links = "".join(
                f'<p><a href="{escape(self.attachment_src(a, d))}">{escape(d.file)}</a></p>' if i == 0 else
                f'<p><a href="{escape(self.attachment_src(a, d))}" title="{escape(d.file)}">'
                "Tải về</a></p>" for i, d in enumerate(a.attachments))
            body += f"<p><strong>Văn bản đính kèm:</strong></p>{links}"
        date_html = f'<span id="{ctr}_lblDate" class="NormalDate">{_dnn_date(a.published)}</span>'
        if a.updated:
            date_html += f' <span id="{ctr}_lblUpdate" class="NormalDate">Cập nhật: {_dnn_date(a.updated)}</span>'
        summary = f'<div id="{ctr}_pnlSummary" class="summary"><p>{escape(a.lead)}</p></div>'
        authors = f'<span id="{ctr}_lblTacGia" class="author">{escape(", ".join(a.authors))}</span>' if a.authors else ""
        source = f'<span id="{ctr}_lblNguonThongTin" class="source">Nguồn: {escape(a.unit)}</span>' if a.unit else ""
        others = [o for o in self.articles if o.category == a.category and o.published < a.published][:5]
        others_html = "".join(
            f'<li><a href="{escape(self.article_path(o, variant=i + 1))}">{escape(o.title)}</a> ({o.published:%d/%m/%Y})</li>'
            for i, o in enumerate(others)
        )
        title = f'<h2><span id="{ctr}_lblTitle" class="Head">{escape(a.title)}</span></h2>'
        if old:  # the older template: date above the title, summary after the body opens
            header = date_html + title + summary
        else:
            header = title + date_html + summary
        main = (
            f'<div id="dnn_ctr{MID}_ModuleContent" class="DNNModuleContent"><div class="article">{header}'
            f'<div id="{ctr}_pnlContent" class="content">{body}</div>'
            f'<div class="article-footer">{authors} {source}</div>'
            f'<a href="{escape(self.article_path(a))}&amp;print=1" class="print">In bài</a></div></div>'
            f'<div id="dnn_ctr582_ModuleContent"><h3>Các tin khác</h3><ul>{others_html}</ul></div>'
        )
        return Reply.html(self._layout(a.title, main, tab=tab), last_modified=self.last_modified(a))

    def _image(self, a: DemoArticle, img: DemoImage) -> str:
        src = escape(self.image_src(a, img.file))
        caption = escape(img.caption) + (f". {escape(img.credit)}" if img.credit else "")
        if img.style == "figure":
            return f'<figure class="image"><img src="{src}"><figcaption>{caption}</figcaption></figure>'
        if img.style == "table":
            return (f'<table class="image" style="width:100%"><tbody><tr><td align="center"><img src="{src}"></td></tr>'
                    f'<tr><td align="center"><i>{caption}</i></td></tr></tbody></table>')
        return f'<p align="center"><img src="{src}"></p><p align="center"><i>{caption}</i></p>'

    def _layout(self, title: str, main: str, *, tab: int | None = None) -> str:
        menu = "".join(f'<li><a href="/Default.aspx?tabid={t}">{escape(v[1])}</a></li>' for t, v in TABS.items())
        crumb = (f'<span id="dnn_dnnBreadcrumb_lblBreadCrumb" class="breadcrumb"><a href="/Default.aspx?tabid=36">Trang chủ</a> › '
                 f'<a href="/Default.aspx?tabid={tab}" class="breadcrumb-item">{escape(TABS[tab][1])}</a></span>') if tab else ""
        total = next(self._hits)
        hits = f"{total:,}".replace(",", ".")
        counts = chrome.visit_counts(total)
        state = chrome.aspnet_state(
            f"/Default.aspx?tabid={tab or 36}",
            [title, *(v[1] for v in TABS.values()), *(label for label, _ in _DNN_MODULE_TITLES),
             *_DNN_POLL, *(label for label, _, _ in _DNN_NAV), *(name for name, _ in _DNN_UNITS)],
            ["dnn$dnnSEARCH$txtSearch", "dnn$dnnSEARCH$cmdSearch", "dnn$ctr640$ViewPoll$cmdVote",
             "dnn$ctr640$ViewPoll$cmdResult", *(f"dnn$ctr640$ViewPoll$rblAnswers${i}" for i in range(len(_DNN_POLL) - 1))],
        )
        dnn_vars = chrome.json_script({"__scdoff": "1", "sf_siteRoot": "/", "sf_tabId": str(tab or 36),
                                       "cookieconsent_enabled": False})
        nav = "".join(
            f'<li class="haschild"><a href="{href}">{escape(label)}</a><ul class="subMenu">'
            + "".join(f'<li><a href="{url}"{_DNN_BLANK if url.startswith("http") else ""}>{escape(name)}</a></li>'
                      for name, url in children)
            + "</ul></li>"
            for label, href, children in _DNN_NAV
        )
        link_selects = "".join(
            f'<select class="NormalTextBox lienket" onchange="moLienKet(this)" title="{escape(label)}">'
            f"{chrome.options(items, label)}</select>"
            for label, items in _DNN_LINK_GROUPS
        )
        units = "".join(f'<li><a href="{url}" target="_blank">{escape(name)}</a></li>' for name, url in _DNN_UNITS)
        departments = "".join(f"<li>{escape(name)}</li>" for name in _DNN_DEPARTMENTS)
        documents = "".join(
            f'<li><a href="/Portals/0/VanBan/{file}" target="_blank" class="SubHead">{escape(number)}</a>'
            f'<div class="Normal">{escape(summary)}</div><span class="NormalDate">Ngày ban hành: {issued}</span></li>'
            for number, summary, issued, file in _DNN_DOCUMENTS
        )
        banners = "".join(
            f'<a href="{url}" target="_blank" title="{escape(name)}"><img src="/Portals/0/Banner/{img}" alt="{escape(name)}"></a>'
            for name, url, img in _DNN_BANNERS
        )
        poll = "".join(
            f'<tr><td><input id="dnn_ctr640_ViewPoll_rblAnswers_{i}" type="radio" name="dnn$ctr640$ViewPoll$rblAnswers" '
            f'value="{i + 1}"><label for="dnn_ctr640_ViewPoll_rblAnswers_{i}">{escape(text)}</label></td></tr>'
            for i, text in enumerate(_DNN_POLL[1:])
        )
        modules = dict(_DNN_MODULE_TITLES)
        left = (
            _dnn_module(611, modules["links"], f'{link_selects}<ul class="lienket-khac">{units}</ul>')
            + _dnn_module(612, modules["org"], f'<ul class="co-cau">{departments}</ul>')
            + _dnn_module(613, modules["docs"], f'<ul class="van-ban-moi">{documents}</ul>')
            + _dnn_module(614, modules["services"], f'<div class="banner">{banners}</div>')
        )
        right = (
            _dnn_module(640, modules["poll"], (
                f'<div class="poll"><p class="poll-question">{escape(_DNN_POLL[0])}</p><table id="dnn_ctr640_ViewPoll_rblAnswers">{poll}</table>'
                '<input type="submit" name="dnn$ctr640$ViewPoll$cmdVote" value="Bình chọn" id="dnn_ctr640_ViewPoll_cmdVote" class="CommandButton">'
                ' <a id="dnn_ctr640_ViewPoll_cmdResult" class="CommandButton" '
                "href=\"javascript:__doPostBack('dnn$ctr640$ViewPoll$cmdResult','')\">Xem kết quả</a></div>"
            ), kind="Poll")
            + _dnn_module(641, modules["schedule"], (
                '<ul class="lich-cong-tac"><li><a href="/Portals/0/LichCongTac/lich-cong-tac-lanh-dao-bo-tuan-51-2023.pdf" target="_blank">'
                "Lịch công tác của Lãnh đạo Bộ tuần 51 (18/12 - 24/12/2023)</a></li>"
                '<li><a href="/Portals/0/LichCongTac/lich-cong-tac-lanh-dao-bo-tuan-50-2023.pdf" target="_blank">'
                "Lịch công tác của Lãnh đạo Bộ tuần 50 (11/12 - 17/12/2023)</a></li></ul>"
            ))
            + _dnn_module(642, modules["stats"], (
                f'<div class="counter">Số lượt truy cập: {hits}</div><table class="thong-ke">'
                f'<tr><td>Đang trực tuyến</td><td>{counts["online"]}</td></tr><tr><td>Hôm nay</td><td>{counts["today"]}</td></tr>'
                f'<tr><td>Hôm qua</td><td>{counts["yesterday"]}</td></tr><tr><td>Tuần này</td><td>{counts["week"]}</td></tr>'
                f'<tr><td>Tháng này</td><td>{counts["month"]}</td></tr></table>'
                f'<div class="tinnhiem">{chrome.tinnhiemmang_badge("moha.gov.vn")}</div>'
            ))
        )
        return f"""<!DOCTYPE html>
<html lang="vi-VN"><head id="Head"><meta charset="utf-8"><title>{escape(title)} &gt; {SITE_NAME}</title>
<meta content="text/javascript" http-equiv="Content-Script-Type">
<meta content="text/css" http-equiv="Content-Style-Type">
<meta id="MetaDescription" name="DESCRIPTION" content="Cổng Thông tin điện tử {SITE_NAME}: tin hoạt động, cải cách công vụ, văn bản và thủ tục hành chính ngành nội vụ.">
<meta id="MetaKeywords" name="KEYWORDS" content="Bộ Nội vụ, cải cách hành chính, cải cách công vụ, cán bộ công chức, viên chức, chính quyền địa phương, thi đua khen thưởng, tôn giáo, văn thư lưu trữ">
<meta id="MetaCopyright" name="COPYRIGHT" content="Bản quyền thuộc {SITE_NAME}">
<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke ">
<meta id="MetaAuthor" name="AUTHOR" content="{SITE_NAME}">
<meta name="RESOURCE-TYPE" content="DOCUMENT">
<meta name="DISTRIBUTION" content="GLOBAL">
<meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW">
<meta name="REVISIT-AFTER" content="1 DAYS">
<meta name="RATING" content="GENERAL">
<style id="StylePlaceholder" type="text/css"></style>
<link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=412" type="text/css" rel="stylesheet">
<link href="/DesktopModules/NewsArticles/module.css?cdv=412" type="text/css" rel="stylesheet">
<link href="/DesktopModules/HTML/module.css?cdv=412" type="text/css" rel="stylesheet">
<link href="/DesktopModules/Polls/module.css?cdv=412" type="text/css" rel="stylesheet">
<link href="/Portals/_default/Skins/BoNoiVu/skin.css?cdv=412" type="text/css" rel="stylesheet">
<link href="/Portals/_default/Containers/BoNoiVu/container.css?cdv=412" type="text/css" rel="stylesheet">
<link href="/Portals/0/portal.css?cdv=412" type="text/css" rel="stylesheet">
<script src="/Resources/libraries/jQuery/01_09_01/jquery.js?cdv=412" type="text/javascript"></script>
<script src="/Resources/libraries/jQuery-Migrate/01_02_01/jquery-migrate.js?cdv=412" type="text/javascript"></script>
<script src="/Resources/libraries/jQuery-UI/01_11_03/jquery-ui.js?cdv=412" type="text/javascript"></script>
<style type="text/css">{_DNN_CSS}</style>
{chrome.ga_snippet("G-MOHAPORTAL")}
</head>
<body id="Body"><form name="Form" method="post" action="/Default.aspx" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="StylesheetManager_TSSM" id="StylesheetManager_TSSM" value="">
<input type="hidden" name="ScriptManager_TSM" id="ScriptManager_TSM" value=";;System.Web.Extensions, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35:vi-VN:c2fd4ec1-7c4e-4f3b-a4f4-8b3c6e0fa9d1:ea597d4b:b25378d2">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{state["__VIEWSTATE"]}">
</div>
{chrome.postback_script('Form')}
<script src="/WebResource.axd?d=UbaGkS0dKpnGb5z8QtmrhEkaOTyqs6JuPcA0nG1JZ6TxqSR2_3QcOxZ1Kj4nH2Ms0&amp;t=637100356680000000" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
var __cultureInfo = {{"name":"vi-VN","numberFormat":{{"CurrencyDecimalDigits":0,"CurrencyDecimalSeparator":",","CurrencyGroupSizes":[3],"NumberGroupSizes":[3],"NumberDecimalSeparator":",","NumberGroupSeparator":".","CurrencySymbol":"₫","NaNSymbol":"NaN","PercentSymbol":"%"}},"dateTimeFormat":{{"FirstDayOfWeek":1,"ShortDatePattern":"dd/MM/yyyy","LongTimePattern":"h:mm:ss tt","ShortTimePattern":"h:mm tt","DayNames":["Chủ Nhật","Thứ Hai","Thứ Ba","Thứ Tư","Thứ Năm","Thứ Sáu","Thứ Bảy"],"MonthNames":["Tháng Giêng","Tháng Hai","Tháng Ba","Tháng Tư","Tháng Năm","Tháng Sáu","Tháng Bảy","Tháng Tám","Tháng Chín","Tháng Mười","Tháng Mười Một","Tháng Mười Hai",""]}}}};
//]]>
</script>
<script src="/Telerik.Web.UI.WebResource.axd?_TSM_HiddenField_=ScriptManager_TSM&amp;compress=1&amp;_TSM_CombinedScripts_=%3b%3bSystem.Web.Extensions%2c+Version%3d4.0.0.0%2c+Culture%3dneutral%2c+PublicKeyToken%3d31bf3856ad364e35%3avi-VN%3ac2fd4ec1-7c4e-4f3b-a4f4-8b3c6e0fa9d1%3aea597d4b%3ab25378d2" type="text/javascript"></script>
<script src="/js/dnn.modalpopup.js?cdv=412" type="text/javascript"></script>
<script src="/js/dnncore.js?cdv=412" type="text/javascript"></script>
<script src="/DesktopModules/NewsArticles/includes/shadowbox/shadowbox.js?cdv=412" type="text/javascript"></script>
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="{state["__VIEWSTATEGENERATOR"]}">
<input type="hidden" name="__VIEWSTATEENCRYPTED" id="__VIEWSTATEENCRYPTED" value="">
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{state["__EVENTVALIDATION"]}">
</div>
<script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ScriptManager', 'Form', ['tdnn$ctr581$ListView$UpdatePanel1','dnn_ctr581_ListView_UpdatePanel1','tdnn$ctr640$ViewPoll$UpdatePanel1','dnn_ctr640_ViewPoll_UpdatePanel1'], [], [], 90, '');
//]]>
</script>
<div id="dnn_ControlPanel"></div>
<div id="skin_wrapper">
<div class="top-bar"><span id="dnn_dnnCURRENTDATE_lblDate" class="DateToken"></span>{chrome.weekday_clock_script("dnn_dnnCURRENTDATE_lblDate")}
<span class="top-links"><a href="https://en.moha.gov.vn/" target="_blank">English</a> | <a href="https://mail.moha.gov.vn/" target="_blank">Thư điện tử công vụ</a> |
<a href="https://vanban.moha.gov.vn/" target="_blank">Văn bản điều hành</a></span></div>
<div class="header"><img src="/Portals/0/Skins/logo-bnv.png" alt="Logo {SITE_NAME}" class="logo"><span>{SITE_NAME.upper()}</span>
<div class="slogan">CỔNG THÔNG TIN ĐIỆN TỬ</div>
<a href="/Login.aspx?returnurl=%2fDefault.aspx" class="login">Đăng nhập</a>
<a href="/Default.aspx?tabid=36&amp;ctl=Register&amp;returnurl=%2f">Đăng ký</a>
<div id="dnn_dnnSEARCH_ClassicSearch" class="search"><input name="dnn$dnnSEARCH$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSEARCH_txtSearch" class="NormalTextBox" placeholder="Tìm kiếm" onkeydown="return __dnn_KeyDown('13', 'javascript:__doPostBack(%27dnn$dnnSEARCH$cmdSearch%27,%27%27)', event);">
<a id="dnn_dnnSEARCH_cmdSearch" class="SkinObject" href="javascript:__doPostBack('dnn$dnnSEARCH$cmdSearch','')">Tìm kiếm</a></div></div>
<div id="dnn_dnnNAV"><ul class="menu"><li><a href="/Default.aspx?tabid=36">Trang chủ</a></li>{menu}{nav}</ul></div>
<div id="dnn_TopPane" class="TopPane"><div class="marquee">Thi đua lập thành tích chào mừng kỷ niệm 78 năm Ngày thành lập ngành Tổ chức nhà nước (28/8/1945 - 28/8/2023)</div></div>
<div id="dnn_LeftPane" class="LeftPane">{left}</div>
<div id="dnn_ContentPane">{crumb}{main}</div>
<div id="dnn_RightPane">{right}</div>
<div id="dnn_FooterPane"><div class="footer-links"><a href="/Default.aspx?tabid=36">Trang chủ</a>{"".join(f' | <a href="/Default.aspx?tabid={t}">{escape(v[1])}</a>' for t, v in TABS.items())}</div>
<p>Cổng Thông tin điện tử {SITE_NAME} - 8 Phố Demo, Hà Nội</p>
<p>Điện thoại: 024.6282.0000 - Fax: 024.6282.0001 - Email: cttdt@demo.moha.gov.vn</p>
<p>Chịu trách nhiệm chính: Giám đốc Trung tâm Thông tin</p>
<p>Giấy phép số 126/GP-TTĐT do Cục Phát thanh, truyền hình và thông tin điện tử cấp ngày 14/11/2018</p>
<p>Ghi rõ nguồn "Cổng Thông tin điện tử {SITE_NAME}" khi phát hành lại thông tin từ nguồn này.</p></div>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop">
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="{escape(dnn_vars)}">
<script type="text/javascript">
//<![CDATA[
function moLienKet(ddl) {{
    var url = ddl.options[ddl.selectedIndex].value;
    if (url) {{ window.open(url, '_blank'); }}
    ddl.selectedIndex = 0;
}}
$(function () {{
    $('#dnn_dnnNAV li.haschild').hover(
        function () {{ $(this).children('ul.subMenu').stop(true, true).fadeIn(150); }},
        function () {{ $(this).children('ul.subMenu').stop(true, true).fadeOut(100); }});
    Shadowbox.init({{ language: 'vi', players: ['img', 'iframe'] }});
}});
Sys.Application.initialize();
//]]>
</script>
</form></body></html>"""


_DNN_BLANK = ' target="_blank"'


def _dnn_module(ctr: int, title: str, content: str, *, kind: str = "DNN_HTML") -> str:
    """A module in the skin's container, as DotNetNuke renders one: anchor, title, content."""
    body = (f'<div id="dnn_ctr{ctr}_HtmlModule_lblContent" class="Normal">{content}</div>'
            if kind == "DNN_HTML" else content)
    return (
        f'<div class="DnnModule DnnModule-{kind} DnnModule-{ctr}"><a name="{ctr}"></a>'
        f'<div class="c_container c_head_title"><div class="c_head"><h2 class="c_title">'
        f'<span id="dnn_ctr{ctr}_dnnTITLE_titleLabel" class="TitleHead">{escape(title)}</span></h2></div>'
        f'<div id="dnn_ctr{ctr}_ContentPane" class="c_content"><div id="dnn_ctr{ctr}_ModuleContent" '
        f'class="DNNModuleContent Mod{kind.replace("_", "")}C">{body}</div></div></div></div>'
    )


_DNN_MODULE_TITLES = (
    ("links", "Liên kết website"), ("org", "Cơ cấu tổ chức"), ("docs", "Văn bản mới"),
    ("services", "Dịch vụ công trực tuyến"), ("poll", "Thăm dò ý kiến"), ("schedule", "Lịch công tác"),
    ("stats", "Thống kê truy cập"),
)
#: Agencies under the ministry with their own sites.
_DNN_UNITS = (
    ("Ban Tôn giáo Chính phủ", "https://btgcp.gov.vn/"),
    ("Ban Thi đua - Khen thưởng Trung ương", "https://thiduakhenthuong.gov.vn/"),
    ("Cục Văn thư và Lưu trữ nhà nước", "https://vanthuluutru.gov.vn/"),
    ("Viện Khoa học tổ chức nhà nước", "https://isos.gov.vn/"),
    ("Tạp chí Tổ chức nhà nước", "https://tcnn.vn/"),
    ("Trường Bồi dưỡng cán bộ, công chức", "https://truongboiduong.moha.gov.vn/"),
)
_DNN_NAV = (
    ("Giới thiệu", "javascript:void(0)", (
        ("Chức năng, nhiệm vụ", "/Portals/0/GioiThieu/chuc-nang-nhiem-vu-bo-noi-vu.pdf"),
        ("Sơ đồ tổ chức", "/Portals/0/GioiThieu/so-do-to-chuc-bo-noi-vu.jpg"),
    )),
    ("Văn bản", "javascript:void(0)", (
        ("Văn bản quy phạm pháp luật", "https://vbpl.vn/bonoivu/Pages/Home.aspx"),
        ("Văn bản chỉ đạo điều hành", "https://vanban.moha.gov.vn/"),
        ("Dự thảo văn bản lấy ý kiến", "https://duthao.moha.gov.vn/"),
    )),
    ("Thủ tục hành chính", "https://dichvucong.moha.gov.vn/", (
        ("Dịch vụ công trực tuyến", "https://dichvucong.moha.gov.vn/dich-vu-cong"),
        ("Tra cứu hồ sơ", "https://dichvucong.moha.gov.vn/tra-cuu-ho-so"),
        ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/"),
    )),
    ("Đơn vị thuộc Bộ", "javascript:void(0)", _DNN_UNITS),
)
_DNN_DEPARTMENTS = (
    "Vụ Tổ chức - Biên chế", "Vụ Chính quyền địa phương", "Vụ Công chức - Viên chức", "Vụ Tiền lương",
    "Vụ Cải cách hành chính", "Vụ Tổ chức phi chính phủ", "Vụ Công tác thanh niên", "Vụ Hợp tác quốc tế",
    "Vụ Pháp chế", "Vụ Kế hoạch - Tài chính", "Vụ Tổ chức cán bộ", "Văn phòng Bộ", "Thanh tra Bộ",
    "Trung tâm Thông tin",
)
_DNN_LINK_GROUPS = (
    ("Chính phủ", chrome.CENTRAL_GOVERNMENT),
    ("Các bộ, ngành", chrome.MINISTRIES + chrome.GOVERNMENT_AGENCIES),
    ("Các tỉnh, thành phố", chrome.province_sites("{name}")),
    ("Sở Nội vụ các tỉnh, thành phố", chrome.province_sites("Sở Nội vụ {name}", "sonoivu.{slug}.gov.vn")),
)
_DNN_DOCUMENTS = (  # (số hiệu, trích yếu, ngày ban hành, tệp)
    ("Số 6512/BNV-CCVC", "Về việc hướng dẫn thi nâng ngạch công chức năm 2024", "14/12/2023", "6512-bnv-ccvc.pdf"),
    ("Số 18/2023/TT-BNV", "Thông tư quy định chế độ báo cáo thống kê ngành Nội vụ", "08/12/2023", "18-2023-tt-bnv.pdf"),
    ("Số 1024/QĐ-BNV", "Quyết định ban hành kế hoạch cải cách hành chính năm 2024", "05/12/2023", "1024-qd-bnv.pdf"),
    ("Số 6388/BNV-CQĐP", "Về việc sắp xếp đơn vị hành chính cấp huyện, cấp xã", "28/11/2023", "6388-bnv-cqdp.pdf"),
)
_DNN_BANNERS = (
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/", "dvcqg.png"),
    ("Cổng Dịch vụ công Bộ Nội vụ", "https://dichvucong.moha.gov.vn/", "dvc-bnv.png"),
    ("Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức", "https://csdlcbccvc.moha.gov.vn/", "csdl-cbccvc.png"),
    ("Chỉ số cải cách hành chính PAR INDEX", "https://parindex.moha.gov.vn/", "par-index.png"),
)
_DNN_POLL = (
    "Bạn quan tâm nội dung nào trên Cổng Thông tin điện tử Bộ Nội vụ?",
    "Tin hoạt động của Bộ", "Văn bản chỉ đạo điều hành", "Thủ tục hành chính",
    "Cải cách hành chính, cải cách công vụ", "Ý kiến khác",
)
_DNN_CSS = """
body { margin: 0; font: 13px/1.5 Tahoma, Arial, sans-serif; background: #f0ece4; }
#skin_wrapper { width: 1100px; margin: 0 auto; background: #fff; }
.top-bar { padding: 4px 10px; background: #7a0c0c; color: #fff; font-size: 12px; } .top-bar a { color: #fff; } .top-bar .top-links { float: right; }
.header { position: relative; height: 120px; background: #b71c1c url(/Portals/0/Skins/header-trongdong.png) no-repeat right; color: #ffeb3b; }
.header .logo { position: absolute; left: 15px; top: 15px; height: 90px; } .header span { position: absolute; left: 120px; top: 35px; font-size: 28px; font-weight: bold; }
.header .slogan { position: absolute; left: 120px; top: 75px; color: #fff; } .header .login { position: absolute; right: 90px; top: 8px; color: #fff; }
.header .search { position: absolute; right: 15px; bottom: 12px; }
#dnn_dnnNAV { background: #8e1515; } #dnn_dnnNAV ul { margin: 0; padding: 0; list-style: none; }
#dnn_dnnNAV > ul > li { display: inline-block; position: relative; } #dnn_dnnNAV > ul > li > a { display: block; padding: 9px 14px; color: #fff; font-weight: bold; }
#dnn_dnnNAV .subMenu { display: none; position: absolute; z-index: 500; min-width: 260px; background: #fff; border: 1px solid #8e1515; }
#dnn_dnnNAV .subMenu a { display: block; padding: 6px 10px; color: #8e1515; }
.TopPane .marquee { padding: 4px 10px; color: #b71c1c; font-weight: bold; }
.LeftPane { float: left; width: 250px; padding: 10px; } #dnn_ContentPane { float: left; width: 560px; padding: 10px; } #dnn_RightPane { float: right; width: 230px; padding: 10px; }
.c_head .c_title { margin: 0 0 6px; padding: 6px 8px; background: #b71c1c; color: #fff; font-size: 14px; text-transform: uppercase; }
.DnnModule { margin-bottom: 12px; } select.lienket { width: 100%; margin-bottom: 5px; } .banner img { width: 100%; margin-bottom: 5px; }
.van-ban-moi li { margin-bottom: 6px; } .NormalDate { color: #888; font-size: 11px; }
.Head { color: #b71c1c; font-size: 20px; } .summary { font-weight: bold; } .thong-ke td + td { text-align: right; }
#dnn_FooterPane { clear: both; padding: 12px; background: #7a0c0c; color: #fff; text-align: center; } #dnn_FooterPane a { color: #fff; }
"""
