# -*- coding: utf-8 -*-
"""Generate the DNN 9 + EasyDNNnews mini-site (pages + truth).

    /work/main/.venv/bin/python tests/variants/dotnetnuke/easydnnnews/make.py

Standard library only. Writes <page>.html and <page>.json next to this file.
"""

from __future__ import annotations

import base64
import html
import json
import random
import sys
import unicodedata
from pathlib import Path
from urllib.parse import urljoin

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
from articles import ARTICLES  # noqa: E402

HOST = "https://snnptnt.quangninh.gov.vn"
SITE = "Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Ninh"
TODAY = "Thứ Năm, 15/04/2021"
CDV = "187"
NEWS_MID, TB_MID = 1094, 1120
NEWS_TAB, TB_TAB = 128, 131
SEC_NAME = {"tin": "Tin tức - Sự kiện", "tb": "Thông báo"}
SEC_PATH = {"tin": "/tin-tuc-su-kien", "tb": "/thong-bao"}
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]

E = html.escape


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def art_url(a: dict) -> str:
    if a["section"] == "tin":
        return f"/tin-tuc-su-kien/ArtMID/{NEWS_MID}/ArticleID/{a['id']}/{a['slug']}"
    return f"/tabid/{TB_TAB}/ArticleID/{a['id']}/{a['slug']}.aspx"


def dmy(t, with_time=True) -> str:
    y, m, d, hh, mm = t
    s = f"{d:02d}/{m:02d}/{y}"
    return f"{s} | {hh:02d}:{mm:02d}" if with_time else s


def iso(t) -> str:
    y, m, d, hh, mm = t
    return f"{y:04d}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00+07:00"


def ascii_slug(s: str, lower: bool = True) -> str:
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    out = "".join(c if c.isalnum() else "-" for c in s)
    out = "-".join(x for x in out.split("-") if x)
    return out.lower() if lower else out


def rnd_b64(rng: random.Random, n: int) -> str:
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


# --------------------------------------------------------------------------- chrome

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu", [("Chức năng, nhiệm vụ", "/gioi-thieu/chuc-nang-nhiem-vu"),
                                    ("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc"),
                                    ("Lãnh đạo Sở", "/gioi-thieu/lanh-dao-so"),
                                    ("Đơn vị trực thuộc", "/gioi-thieu/don-vi-truc-thuoc")]),
    ("Tin tức - Sự kiện", "/tin-tuc-su-kien", [("Trồng trọt", "/tin-tuc-su-kien/category/trong-trot"),
                                                ("Chăn nuôi - Thú y", "/tin-tuc-su-kien/category/chan-nuoi-thu-y"),
                                                ("Lâm nghiệp", "/tin-tuc-su-kien/category/lam-nghiep"),
                                                ("Thủy sản", "/tin-tuc-su-kien/category/thuy-san"),
                                                ("Nông thôn mới", "/tin-tuc-su-kien/category/nong-thon-moi"),
                                                ("OCOP", "/tin-tuc-su-kien/category/ocop")]),
    ("Thông báo", "/thong-bao", []),
    ("Văn bản", "/van-ban", [("Văn bản quy phạm pháp luật", "/van-ban/van-ban-qppl"),
                              ("Văn bản chỉ đạo điều hành", "/van-ban/chi-dao-dieu-hanh"),
                              ("Dự thảo lấy ý kiến", "/van-ban/du-thao")]),
    ("Thủ tục hành chính", "/thu-tuc-hanh-chinh", []),
    ("Hỏi đáp", "/hoi-dap", []),
    ("Liên hệ", "/lien-he", []),
]


def menu_html(active: str) -> str:
    out = ['<nav id="qnMainMenu" class="qn-menu"><div class="container">',
           '<!-- DDRMenu v2.0 - Bootstrap3Nav template -->',
           '<ul class="nav navbar-nav topLevel">']
    for i, (name, href, kids) in enumerate(MENU):
        cls = ["item"]
        if i == 0:
            cls.append("first")
        if i == len(MENU) - 1:
            cls.append("last")
        if kids:
            cls.append("haschild dropdown")
        if name == active:
            cls.append("active current")
        attrs = ' class="dropdown-toggle" data-toggle="dropdown"' if kids else ""
        out.append(f'<li class="{" ".join(cls)}"><a href="{href}"{attrs}><span>{E(name)}</span>'
                   + ('<b class="caret"></b>' if kids else "") + "</a>")
        if kids:
            out.append('<ul class="dropdown-menu subLevel">')
            for j, (kn, kh) in enumerate(kids):
                kc = "item first" if j == 0 else ("item last" if j == len(kids) - 1 else "item")
                out.append(f'<li class="{kc}"><a href="{kh}"><span>{E(kn)}</span></a></li>')
            out.append("</ul>")
        out.append("</li>")
    out.append("</ul></div></nav>")
    return "\n".join(out)


def module(mid: int, modname: str, inner: str, title: str | None = None, cont: str = "qnBox") -> str:
    head = ""
    if title:
        head = (f'<div class="qnBox_head"><h2 class="qnBox_title"><span id="dnn_ctr{mid}_dnnTITLE_titleLabel" '
                f'class="TitleHead">{E(title)}</span></h2></div>')
    return (f'<div class="DnnModule DnnModule-{modname} DnnModule-{mid}"><a name="{mid}"></a>\n'
            f'<div class="{cont}">{head}<div id="dnn_ctr{mid}_ContentPane" class="qnBox_body">'
            f'<!-- Start_Module_{mid} --><div id="dnn_ctr{mid}_ModuleContent" class="DNNModuleContent Mod{modname.replace("_", "")}C">\n'
            f"{inner}\n"
            f'</div><!-- End_Module_{mid} --></div>\n<div class="clear"></div>\n</div>\n</div>')


def html_module(mid: int, body: str, title: str | None = None, cont: str = "qnBox") -> str:
    return module(mid, "DNN_HTML", f'<div id="dnn_ctr{mid}_HtmlModule_lblContent" class="Normal">\n{body}\n</div>',
                  title, cont)


def breadcrumb(items: list[tuple[str, str]]) -> str:
    parts = ['<span id="dnn_dnnBREADCRUMB_lblBreadCrumb" itemprop="breadcrumb" itemscope="" '
             'itemtype="https://schema.org/breadcrumb"><span itemscope itemtype="http://schema.org/BreadcrumbList">']
    for i, (name, href) in enumerate(items, 1):
        sep = '<span class="breadcrumbSep">&nbsp;&rsaquo;&nbsp;</span>' if i > 1 else ""
        parts.append(f'{sep}<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
                     f'<a href="{HOST}{href}" class="breadcrumbLink" itemprop="item"><span itemprop="name">{E(name)}</span></a>'
                     f'<meta itemprop="position" content="{i}" /></span>')
    parts.append("</span></span>")
    return "".join(parts)


def sidebar(rng: random.Random, variant: int) -> str:
    docs = [
        ("Quyết định 1025/QĐ-UBND về ban hành Bộ tiêu chí xã nông thôn mới kiểu mẫu", "/van-ban/chi-dao-dieu-hanh/ArtMID/1136/ArticleID/512"),
        ("Kế hoạch 48/KH-SNN triển khai Tháng hành động vì an toàn thực phẩm", "/van-ban/chi-dao-dieu-hanh/ArtMID/1136/ArticleID/509"),
        ("Công văn 386/SNN-CNTY về tăng cường phòng chống bệnh cúm gia cầm", "/van-ban/chi-dao-dieu-hanh/ArtMID/1136/ArticleID/507"),
        ("Quyết định 4567/QĐ-UBND phê duyệt đề án phát triển lâm nghiệp bền vững", "/van-ban/van-ban-qppl/ArtMID/1135/ArticleID/221"),
        ("Dự thảo Nghị quyết hỗ trợ phát triển sản phẩm OCOP giai đoạn 2021-2025", "/van-ban/du-thao/ArtMID/1137/ArticleID/88"),
        ("Chỉ thị 02/CT-UBND về phòng, chống thiên tai năm 2021", "/van-ban/chi-dao-dieu-hanh/ArtMID/1136/ArticleID/503"),
    ]
    rng.shuffle(docs)
    docs_html = "<ul class=\"qnDocList\">" + "".join(
        f'<li><a href="{h}" title="{E(t)}">{E(t)}</a></li>' for t, h in docs[:5]) + "</ul>"
    links = [("Chính phủ", "https://chinhphu.vn"), ("Bộ Nông nghiệp và Phát triển nông thôn", "https://www.mard.gov.vn"),
             ("Tỉnh ủy Quảng Ninh", "https://quangninh.org.vn"), ("Cổng TTĐT tỉnh Quảng Ninh", "https://www.quangninh.gov.vn"),
             ("Trung tâm Phục vụ hành chính công tỉnh", "https://dichvucong.quangninh.gov.vn"),
             ("Sở Tài nguyên và Môi trường", "https://stnmt.quangninh.gov.vn"), ("Sở Công Thương", "https://soct.quangninh.gov.vn"),
             ("UBND thành phố Hạ Long", "https://halong.quangninh.gov.vn"), ("UBND thị xã Đông Triều", "https://dongtrieu.quangninh.gov.vn"),
             ("UBND huyện Ba Chẽ", "https://bache.quangninh.gov.vn"), ("UBND huyện Tiên Yên", "https://tienyen.quangninh.gov.vn")]
    opts = "".join(f'<option value="{h}">{E(n)}</option>' for n, h in links)
    online = rng.randint(40, 260)
    today = rng.randint(900, 2600)
    total = 4318276 + variant * 1731 + rng.randint(0, 900)
    fmt = lambda n: f"{n:,}".replace(",", ".")
    poll_q = rng.choice(["Bạn đánh giá thế nào về chất lượng thông tin trên Cổng?",
                         "Bạn thường tìm kiếm thông tin gì trên trang của Sở?"])
    poll_opts = (["Rất tốt", "Tốt", "Bình thường", "Chưa đáp ứng"] if "chất lượng" in poll_q else
                 ["Tin tức - Sự kiện", "Văn bản chỉ đạo", "Thủ tục hành chính", "Giá cả thị trường nông sản"])
    poll = "".join(f'<tr><td><input id="dnn_ctr1150_ViewPoll_rblAnswers_{i}" type="radio" name="dnn$ctr1150$ViewPoll$rblAnswers" '
                   f'value="{i + 1}" /><label for="dnn_ctr1150_ViewPoll_rblAnswers_{i}">{E(o)}</label></td></tr>'
                   for i, o in enumerate(poll_opts))
    return "\n".join([
        html_module(1141, '<div class="qnBanner"><a href="https://dichvucong.gov.vn" target="_blank"><img src="/Portals/0/Banner/dvc-quoc-gia.png" alt="Cổng Dịch vụ công quốc gia" /></a>'
                          '<a href="https://dichvucong.quangninh.gov.vn" target="_blank"><img src="/Portals/0/Banner/dvc-quangninh.png" alt="Dịch vụ công trực tuyến tỉnh Quảng Ninh" /></a>'
                          '<a href="/thu-tuc-hanh-chinh"><img src="/Portals/0/Banner/bo-thu-tuc-hanh-chinh.png" alt="Bộ thủ tục hành chính" /></a></div>',
                    None, "qnNoTitle"),
        module(1136, "EasyDNNnews", '<div class="eds_news_module_1136 news eds_subCollection_news eds_template_List_Article_TitleOnly">'
                                    f'<div id="dnn_ctr1136_ViewEasyDNNNewsMain_ctl00_pnlListArticles">{docs_html}</div></div>', "Văn bản mới"),
        html_module(1142, '<div class="qnLinkWeb"><select id="ddlLienKet" onchange="if(this.value!=\'\')window.open(this.value);">'
                          f'<option value="">-- Liên kết website --</option>{opts}</select></div>', "Liên kết website"),
        module(1150, "DNNPoll", f'<div class="pollQuestion">{E(poll_q)}</div><table id="dnn_ctr1150_ViewPoll_rblAnswers" class="pollAnswers">{poll}</table>'
                                '<div class="pollButtons"><input type="submit" name="dnn$ctr1150$ViewPoll$cmdVote" value="Biểu quyết" id="dnn_ctr1150_ViewPoll_cmdVote" class="dnnPrimaryAction" />'
                                '<input type="submit" name="dnn$ctr1150$ViewPoll$cmdResult" value="Xem kết quả" id="dnn_ctr1150_ViewPoll_cmdResult" class="dnnSecondaryAction" /></div>',
               "Thăm dò ý kiến"),
        module(1155, "VisitorCounter", f'<div class="qnCounter"><p><span class="lbl">Đang truy cập:</span> <span id="dnn_ctr1155_Counter_lblOnline">{fmt(online)}</span></p>'
                                       f'<p><span class="lbl">Hôm nay:</span> <span id="dnn_ctr1155_Counter_lblToday">{fmt(today)}</span></p>'
                                       f'<p><span class="lbl">Tổng lượt truy cập:</span> <span id="dnn_ctr1155_Counter_lblTotal">{fmt(total)}</span></p></div>',
               "Thống kê truy cập"),
    ])


def page(path: str, title: str, description: str, active: str, crumbs: list, content: str, seed: int,
         og: str = "", tab_id: int = 36, right: bool = True, body_cls: str = "") -> str:
    rng = random.Random(seed)
    vs = rnd_b64(rng, rng.randint(5200, 9800))
    ev = rnd_b64(rng, rng.randint(300, 700))
    wr = rnd_b64(rng, 60).replace("+", "-").replace("/", "_").rstrip("=")
    sr = [rnd_b64(rng, 90).replace("+", "-").replace("/", "_").rstrip("=") for _ in range(3)]
    token = rnd_b64(rng, 80).replace("+", "").replace("/", "")
    action = E(path)
    right_pane = (f'<div id="dnn_RightPane" class="col-md-4 rightPane">\n{sidebar(rng, seed)}\n</div>' if right else
                  '<div id="dnn_RightPane" class="col-md-4 rightPane DNNEmptyPane"></div>')
    main_cls = "col-md-8" if right else "col-md-12"
    crumb_html = breadcrumb(crumbs) if crumbs else ""
    return f"""<!DOCTYPE html>
<html  lang="vi-VN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />

<!--**********************************************************************************-->
<!-- DNN Platform - http://www.dnnsoftware.com                                        -->
<!-- Copyright (c) 2002-2018, by DNN Corporation                                      -->
<!--**********************************************************************************-->
<title>
	{E(title)}
</title><meta id="MetaDescription" name="DESCRIPTION" content="{E(description)}" /><meta id="MetaKeywords" name="KEYWORDS" content="nông nghiệp, nông thôn mới, Quảng Ninh, OCOP, thú y, kiểm lâm" /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" /><link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv={CDV}" type="text/css" rel="stylesheet"/><link href="/DesktopModules/EasyDNNnews/Templates/_default/Ozone/Ozone.css?cdv={CDV}" type="text/css" rel="stylesheet"/><link href="/DesktopModules/EasyDNNnews/static/common/common.css?cdv={CDV}" type="text/css" rel="stylesheet"/><link href="/DesktopModules/DNNPoll/module.css?cdv={CDV}" type="text/css" rel="stylesheet"/><link href="/Portals/_default/Skins/QNPortal/bootstrap/css/bootstrap.min.css?cdv={CDV}" type="text/css" rel="stylesheet"/><link href="/Portals/_default/Skins/QNPortal/skin.css?cdv={CDV}" type="text/css" rel="stylesheet"/><link href="/Portals/_default/Containers/QNPortal/container.css?cdv={CDV}" type="text/css" rel="stylesheet"/><link href="/Portals/0/portal.css?cdv={CDV}" type="text/css" rel="stylesheet"/><script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv={CDV}" type="text/javascript"></script><script src="/Resources/libraries/jQuery-Migrate/03_02_00/jquery-migrate.js?cdv={CDV}" type="text/javascript"></script><script src="/Resources/libraries/jQuery-UI/01_12_01/jquery-ui.js?cdv={CDV}" type="text/javascript"></script>{og}<link rel='icon' href='/Portals/0/favicon.ico?ver=2019-05-21-101512-670' type='image/x-icon' /><meta name="viewport" content="width=device-width,initial-scale=1" /></head>
<body id="Body" class="{body_cls}">

    <form method="post" action="{action}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
if (!theForm) {{
    theForm = document.Form;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>


<script src="/WebResource.axd?d={wr}&amp;t=637453842580000000" type="text/javascript"></script>


<script type="text/javascript">
//<![CDATA[
var __cultureInfo = {{"name":"vi-VN","numberFormat":{{"CurrencyDecimalDigits":0,"CurrencyDecimalSeparator":",","CurrencyGroupSizes":[3],"NumberGroupSizes":[3],"CurrencyGroupSeparator":".","CurrencySymbol":"₫","NumberGroupSeparator":".","NumberDecimalSeparator":","}},"dateTimeFormat":{{"AMDesignator":"SA","Calendar":{{"MinSupportedDateTime":"\\/Date(-62135596800000)\\/","MaxSupportedDateTime":"\\/Date(253402300799999)\\/","TwoDigitYearMax":2029}},"DateSeparator":"/","FirstDayOfWeek":1,"FullDateTimePattern":"dd MMMM yyyy h:mm:ss tt","LongDatePattern":"dd MMMM yyyy","PMDesignator":"CH","ShortDatePattern":"dd/MM/yyyy","ShortTimePattern":"h:mm tt","DayNames":["Chủ Nhật","Thứ Hai","Thứ Ba","Thứ Tư","Thứ Năm","Thứ Sáu","Thứ Bảy"]}}}};//]]>
</script>

<script src="/ScriptResource.axd?d={sr[0]}&amp;t=ffffffffa1df2a5c" type="text/javascript"></script>
<script src="/ScriptResource.axd?d={sr[1]}&amp;t=ffffffffa1df2a5c" type="text/javascript"></script>
<div class="aspNetHidden">

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
	<input type="hidden" name="__VIEWSTATEENCRYPTED" id="__VIEWSTATEENCRYPTED" value="" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{ev}" />
</div><script src="/js/dnn.modalpopup.js?cdv={CDV}" type="text/javascript"></script><script src="/Resources/Shared/Scripts/jquery/jquery.hoverIntent.min.js?cdv={CDV}" type="text/javascript"></script><script src="/js/dnncore.js?cdv={CDV}" type="text/javascript"></script><script src="/Resources/Search/SearchSkinObjectPreview.js?cdv={CDV}" type="text/javascript"></script><script src="/js/dnn.servicesframework.js?cdv={CDV}" type="text/javascript"></script><script src="/DesktopModules/EasyDNNnews/js/jquery.cookie_2.2.1.js?cdv={CDV}" type="text/javascript"></script><script src="/DesktopModules/EasyDNNnews/static/eds_jquery/eds_jq.js?cdv={CDV}" type="text/javascript"></script><script src="/DesktopModules/EasyDNNnews/static/common/common.js?cdv={CDV}" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ScriptManager', 'Form', [], [], [], 90, '');
//]]>
</script>

        
        
        

<!--CDF(Css|/Portals/_default/Skins/QNPortal/skin.css?cdv={CDV}|DnnPageHeaderProvider|100)-->
<div id="siteWrapper" class="qnSite">
    <div class="qnTopBar">
        <div class="container">
            <div class="qnTopBar_left"><span id="dnn_dnnCURRENTDATE_lblDate" class="DateToday">{TODAY}</span></div>
            <div class="qnTopBar_right">
                <div class="qnLanguage"><a href="/" class="active" title="Tiếng Việt"><img src="/Portals/_default/Skins/QNPortal/images/vn.png" alt="vi-VN" /></a></div>
                <div class="qnLogin"><a id="dnn_dnnLOGIN_loginLink" title="Đăng nhập" class="LoginLink" rel="nofollow" onclick="this.disabled=true;" href="/dang-nhap?returnurl=%2f">Đăng nhập</a></div>
                <div class="qnSearch">
<span id="dnn_dnnSEARCH_ClassicSearch">
    <span class="searchInputContainer" data-moreresults="Xem thêm kết quả" data-noresult="Không tìm thấy kết quả">
        <input name="dnn$dnnSEARCH$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSEARCH_txtSearch" class="NormalTextBox" aria-label="Search" autocomplete="off" placeholder="Tìm kiếm..." />
        <a class="dnnSearchBoxClearText" title="Xóa nội dung tìm kiếm"></a>
    </span>
    <a id="dnn_dnnSEARCH_cmdSearch" class="SearchButton" href="javascript:__doPostBack(&#39;dnn$dnnSEARCH$cmdSearch&#39;,&#39;&#39;)">Tìm kiếm</a>
</span>
<script type="text/javascript">
    $(function() {{
        if (typeof dnn != "undefined" && typeof dnn.searchSkinObject != "undefined") {{
            var searchSkinObject = new dnn.searchSkinObject({{
                delayTriggerAutoSearch : 400,
                minCharRequiredTriggerAutoSearch : 2,
                searchType: 'S',
                enableWildSearch: true,
                cultureCode: 'vi-VN',
                portalId: -1
                }}
            );
            searchSkinObject.init();
        }}
    }});
</script>
                </div>
            </div>
        </div>
    </div>
    <header class="qnHeader">
        <div class="container">
            <a id="dnn_dnnLOGO_hypLogo" title="{E(SITE)}" aria-label="{E(SITE)}" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/Banner/banner-snnptnt-2019.png?ver=2019-05-21-101512-670" alt="{E(SITE)}" /></a>
        </div>
    </header>
    {menu_html(active)}
    <div class="qnBreadcrumb"><div class="container"><a href="/" class="breadcrumbHome">Trang chủ</a>{'<span class="breadcrumbSep">&nbsp;&rsaquo;&nbsp;</span>' + crumb_html if crumb_html else ''}</div></div>
    <div class="qnMarquee"><div class="container"><div id="dnn_MarqueePane" class="MarqueePane DNNEmptyPane"></div></div></div>
    <div id="qnContent" class="container">
        <div class="row">
            <div id="dnn_ContentPane" class="{main_cls} contentPane">
{content}
            </div>
            {right_pane}
        </div>
        <div class="row"><div id="dnn_BottomPane" class="col-md-12 BottomPane DNNEmptyPane"></div></div>
    </div>
    <footer class="qnFooter">
        <div class="container">
            <div id="dnn_FooterPane" class="FooterPane">
{html_module(1160, '<p class="ftTitle"><strong>SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH QUẢNG NINH</strong></p>'
                   '<p>Địa chỉ: Tầng 9, Trụ sở Liên cơ quan số 3, phường Hồng Hà, thành phố Hạ Long, tỉnh Quảng Ninh</p>'
                   '<p>Điện thoại: 0203.3835.468 - Fax: 0203.3835.203 - Email: snnptnt@quangninh.gov.vn</p>'
                   '<p>Chịu trách nhiệm chính: Giám đốc Sở Nông nghiệp và Phát triển nông thôn</p>'
                   '<p>Ghi rõ nguồn "snnptnt.quangninh.gov.vn" khi phát hành lại thông tin từ website này.</p>', None, "qnNoTitle")}
            </div>
            <div class="qnFooter_bottom">
                <span id="dnn_dnnCOPYRIGHT_lblCopyright" class="SkinObject">Copyright 2021 by Sở Nông nghiệp và PTNT Quảng Ninh</span>
                <span class="qnFooterLinks"><a href="/lien-he">Liên hệ</a> | <a href="/gioi-thieu/chuc-nang-nhiem-vu">Giới thiệu</a> | <a href="/tim-kiem?Search=OCOP">Tìm kiếm</a></span>
                <a href="https://tinnhiemmang.vn/danh-ba-tin-nhiem/snnptntquangninhgovvn-1619000000" title="Chung nhan Tin Nhiem Mang" target="_blank"><img src="https://tinnhiemmang.vn/handle_cert?id=snnptnt.quangninh.gov.vn" width="150px" height="auto" alt="Chung nhan Tin Nhiem Mang"></a>
            </div>
        </div>
    </footer>
</div>
<!--CDF(Javascript|/Portals/_default/Skins/QNPortal/bootstrap/js/bootstrap.min.js?cdv={CDV}|DnnBodyProvider|100)-->
<!--CDF(Javascript|/Portals/_default/Skins/QNPortal/js/skin.js?cdv={CDV}|DnnBodyProvider|100)-->

        <input name="ScrollTop" type="hidden" id="ScrollTop" />
        <input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`{tab_id}`}}" />
        <input name="__RequestVerificationToken" type="hidden" value="{token}" /><script src="/Portals/_default/Skins/QNPortal/bootstrap/js/bootstrap.min.js?cdv={CDV}" type="text/javascript"></script><script src="/Portals/_default/Skins/QNPortal/js/skin.js?cdv={CDV}" type="text/javascript"></script>
    
<script type="text/javascript">
//<![CDATA[
Sys.Application.add_init(function() {{
    $create(Sys.Extended.UI.ModalPopupBehavior, {{"id":"dnn_ctr1150_ViewPoll_mpe"}}, null, null, null);
}});
//]]>
</script>
</form>
    <!--CDF(Javascript|/js/dnncore.js?cdv={CDV}|DnnBodyProvider|100)--><!--CDF(Javascript|/js/dnn.modalpopup.js?cdv={CDV}|DnnBodyProvider|50)--><!--CDF(Css|/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv={CDV}|DnnPageHeaderProvider|5)-->
<script type="text/javascript">
  (function(i,s,o,g,r,a,m){{i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){{
  (i[r].q=i[r].q||[]).push(arguments)}},i[r].l=1*new Date();a=s.createElement(o),
  m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)
  }})(window,document,'script','https://www.google-analytics.com/analytics.js','ga');
  ga('create', 'UA-87452361-1', 'auto');
  ga('send', 'pageview');
</script>
</body>
</html>
"""


# --------------------------------------------------------------------------- article body

def cap_html(cap: str, credit: str | None, style: str | None) -> str:
    if not credit:
        return E(cap)
    if style == "paren":
        return f"{E(cap)} ({E(credit)})"
    if style == "dash":
        return f"{E(cap.rstrip('.'))} - {E(credit)}"
    return f"{E(cap)} {E(credit)}"


def render_blocks(a: dict) -> tuple[str, list[str], list[dict]]:
    out, text, images = [], [], []
    for b in a["blocks"]:
        k = b[0]
        if k == "p":
            out.append(f'<p style="text-align: justify;">{E(b[1])}</p>')
            text.append(b[1])
        elif k == "ph":
            out.append(f'<p style="text-align: justify;">{b[1]}</p>')
            text.append(b[2])
        elif k == "h":
            out.append(f"<p><strong>{E(b[1])}</strong></p>")
            text.append(b[1])
        elif k == "ul":
            out.append("<ul>" + "".join(f"<li>{E(i)}</li>" for i in b[1]) + "</ul>")
            text.extend(b[1])
        elif k == "table":
            rows = b[1]
            t = ['<table border="1" cellpadding="5" cellspacing="0" style="width:100%; border-collapse:collapse;"><tbody>']
            for ri, r in enumerate(rows):
                if ri and r[0] == "":  # total row: label spans the first two columns
                    cells = f'<td colspan="2" style="text-align:center;"><strong>{E(r[1])}</strong></td>' + "".join(
                        f"<td><strong>{E(c)}</strong></td>" for c in r[2:])
                else:
                    cells = "".join((f'<td style="text-align:center;"><strong>{E(c)}</strong></td>' if ri == 0 else f"<td>{E(c)}</td>")
                                    for c in r)
                t.append(f"<tr>{cells}</tr>")
                text.append(" | ".join(c for c in r if c != "") if any(r) else "")
            t.append("</tbody></table>")
            out.append("".join(t))
        elif k in ("imgtable", "imgfig", "imgital"):
            _, src, cap, credit, style = b
            alt = E(cap.rstrip("."))
            if k == "imgtable":
                out.append('<table align="center" border="0" cellpadding="3" cellspacing="0" class="image" style="width:600px;"><tbody>'
                           f'<tr><td><img alt="{alt}" src="{src}" style="width: 600px; height: 400px;" /></td></tr>'
                           f'<tr><td class="image_desc" style="text-align: center;"><em>{cap_html(cap, credit, style)}</em></td></tr>'
                           "</tbody></table>")
            elif k == "imgfig":
                out.append(f'<figure class="image" style="display:block;text-align:center;"><img alt="{alt}" height="400" src="{src}" width="600" />'
                           f"<figcaption>{cap_html(cap, credit, style)}</figcaption></figure>")
            else:
                out.append(f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 600px; height: 399px;" /></p>')
                out.append(f'<p style="text-align: center;"><em>{cap_html(cap, credit, style)}</em></p>')
            images.append({"src": urljoin(HOST + "/", src), "caption": cap, "credit": credit})
        elif k == "sig":
            out.append(f'<p style="text-align: right;"><strong>{E(b[1])}</strong></p>')
        elif k == "source":
            out.append(f'<p style="text-align: right;"><em>Nguồn: {E(b[1])}</em></p>')
        elif k == "attach":
            pass  # rendered by the template after the content, see below
        else:
            raise ValueError(k)
    return "\n".join(out), text, images


def attachments_html(a: dict) -> str:
    for b in a["blocks"]:
        if b[0] == "attach":
            items = "".join(f'<li><a class="edn_attachment" href="{h}" target="_blank"><span class="edn_fileIcon edn_{h.rsplit(".", 1)[1]}"></span>{E(t)}</a></li>'
                            for t, h in b[1])
            return (f'<div class="edn_articleDocuments"><h3 class="edn_documentsTitle">File đính kèm</h3>'
                    f'<ul class="edn_documentList">{items}</ul></div>')
    return ""


def list_item(a: dict, thumb: bool = True, summary: bool = True) -> str:
    u = art_url(a)
    img = ""
    first_img = next((b for b in a["blocks"] if b[0] in ("imgtable", "imgfig", "imgital")), None)
    if thumb:
        src = (f"/Portals/0/EasyDNNnews/thumbs/{a['id']}/{a['id']}{first_img[1].rsplit('/', 1)[1]}" if first_img
               else "/Portals/0/EasyDNNnews/thumbs/no-image-snn.jpg")
        img = f'<a class="edn_articleImage" href="{u}"><img alt="{E(a["title"])}" src="{src}" /></a>'
    summ = a["lead"] or next(b[1] for b in a["blocks"] if b[0] == "p")
    if len(summ) > 220:
        summ = summ[:summ.rfind(" ", 0, 210)] + "..."
    return ("<!--ArticleTemplate-->\n"
            f'<article class="edn_article edn_clearFix">{img}'
            f'<h2 class="edn_articleTitle"><a href="{u}" target="_self">{E(a["title"])}</a></h2>'
            f'<div class="edn_metaDetails"><time>{dmy(a["pub"], False)}</time></div>'
            + (f'<div class="edn_articleSummary">{E(summ)}</div>' if summary else "")
            + f'<div class="edn_readMoreButtonWrapper"><a class="edn_readMore edn_readMoreButton" href="{u}" target="_self">Xem tiếp</a></div>'
            "</article>")


def article_page(a: dict, others: list[dict]) -> tuple[str, dict]:
    sec = a["section"]
    mid = NEWS_MID if sec == "tin" else TB_MID
    u = art_url(a)
    body, text, images = render_blocks(a)
    date_only = a.get("date_only", False)
    if sec == "tin":
        meta = [f'<span class="edn_metaDetails1">Ngày đăng: <time>{dmy(a["pub"])}</time></span>']
        if a["upd"]:
            meta.append(f'<span class="edn_separator">|</span><span class="edn_metaDetails2">Cập nhật: <time>{dmy(a["upd"])}</time></span>')
        meta.append(f'<span class="edn_separator">|</span><span class="edn_articleAuthor">Tác giả: '
                    f'<a href="/tin-tuc-su-kien/author/{a["id"] % 7 + 3}/{ascii_slug(a["author_field"], False)}" rel="author">{E(a["author_field"])}</a></span>')
        meta.append(f'<span class="edn_separator">|</span><span class="edn_numberOfViews">Lượt xem: {a["views"]:,}</span>'.replace(",", "."))
        date_label = "Ngày đăng"
        tmpl = "eds_template_Details_Article_Ozone eds_templateGroup_newsDetailsDefault"
    else:
        meta = [f'<span class="edn_metaDetails1"><i class="fa fa-calendar"></i> Cập nhật: <time>{dmy(a["pub"], False)}</time></span>',
                f'<span class="edn_numberOfViews"><i class="fa fa-eye"></i> {a["views"]:,}</span>'.replace(",", ".")]
        date_label = "Cập nhật"
        tmpl = "eds_template_Details_Article_Simple eds_templateGroup_newsDetailsSimple"
    cats = "".join(f'<a href="/tin-tuc-su-kien/category/{ascii_slug(c)}" class="edn_category">{E(c)}</a>' for c in a["cats"])
    lead = f'<div class="edn_articleSummary Detail_Summary"><p><strong>{E(a["lead"])}</strong></p></div>' if a["lead"] else ""
    # related articles: same section first, with dates
    rel = [o for o in others if o["id"] != a["id"]]
    rel_same = [o for o in rel if o["section"] == sec][:4]
    rel_other = [o for o in rel if o not in rel_same][:4]
    related = ('<div class="edn_relatedArticlesWrapper"><h3 class="edn_relatedTitle">Tin liên quan</h3><ul class="edn_relatedArticles">'
               + "".join(f'<li><a href="{art_url(o)}">{E(o["title"])}</a> <span class="edn_articleDate">({dmy(o["pub"], False)})</span></li>'
                         for o in rel_same) + "</ul></div>") if rel_same else ""
    other_html = ('<div class="edn_otherArticles"><h3 class="edn_otherTitle">Các tin khác</h3><ul>'
                  + "".join(f'<li><a href="{art_url(o)}">{E(o["title"])}</a> <span class="edn_articleDate">{dmy(o["pub"], not o.get("date_only"))}</span></li>'
                            for o in rel_other) + "</ul></div>")
    inner = (f'<div class="eds_news_module_{mid} news eds_subCollection_news eds_news_Ozone {tmpl} eds_styleSwitchCriteria_portalSettingsSource">\n'
             f'<div id="dnn_ctr{mid}_ViewEasyDNNNewsMain_ctl00_pnlViewArticle">\n'
             f'<!--ArticleTemplate-->\n<article class="edn_article edn_articleDetails">\n'
             f'<h1 class="edn_articleTitle">{E(a["title"])}</h1>\n'
             f'<div class="edn_metaDetails">{"".join(meta)}</div>\n'
             f'{lead}\n'
             f'<div class="edn_articleContent main_content">\n{body}\n</div>\n'
             f'{attachments_html(a)}\n'
             + (f'<div class="edn_articleCategories"><span>Chuyên mục:</span> {cats}</div>\n' if sec == "tin" else "")
             + f'<div class="edn_socialPrintWrapper"><a class="edn_printButton" href="/DesktopModules/EasyDNNNews/PrintArticle.aspx?portalid=0&amp;moduleid={mid}&amp;tabid={NEWS_TAB if sec == "tin" else TB_TAB}&amp;articleid={a["id"]}" target="_blank" rel="nofollow">In bài viết</a>'
             f'<a class="edn_emailButton" href="javascript:void(0);" rel="nofollow">Gửi email</a>'
             f'<div class="fb-like" data-href="{HOST}{u}" data-layout="button_count" data-action="like" data-share="true"></div></div>\n'
             f'</article>\n{related}\n{other_html}\n'
             '<div class="edn_backLink"><a href="javascript:history.back();">&laquo; Quay lại</a></div>\n'
             '</div>\n</div>')
    first_img = images[0]["src"] if images else f"{HOST}/Portals/0/Banner/og-snnptnt.jpg"
    desc = a["lead"] or text[0]
    og = (f'<meta property="og:title" content="{E(a["title"])}" /><meta property="og:type" content="article" />'
          f'<meta property="og:url" content="{HOST}{u}" /><meta property="og:image" content="{first_img}" />'
          f'<meta property="og:description" content="{E(desc[:200])}" /><meta property="og:site_name" content="{E(SITE)}" />'
          f'<link rel="canonical" href="{HOST}{u}" />')
    content = module(mid, "EasyDNNnews", inner, None, "qnNoTitle")
    crumbs = [(SEC_NAME[sec], SEC_PATH[sec])]
    page_html = page(u, f"{a['title']} > {SEC_NAME[sec]}", desc[:160], SEC_NAME[sec], crumbs, content,
                     seed=a["id"], og=og, tab_id=NEWS_TAB if sec == "tin" else TB_TAB)
    # signature/authors/unit truth
    exp = {
        "title": a["title"],
        "agency_prefix": None,
        "lead": a["lead"],
        "text": "\n\n".join(t for t in text if t),
        "published_at": iso(a["pub"]) if not date_only else iso(a["pub"][:3] + (0, 0)),
        "updated_at": iso(a["upd"]) if a["upd"] else None,
        "date_label": date_label,
        "authors": a["authors"],
        "unit": a["unit"],
        "images": images,
        "category": SEC_NAME[sec],
    }
    return page_html, exp


# --------------------------------------------------------------------------- listings & others

def news_list_module(items: list[dict], mid: int, pager: str, title: str | None = None) -> str:
    inner = (f'<div class="eds_news_module_{mid} news eds_subCollection_news eds_news_Ozone eds_template_List_Article_Default '
             f'eds_templateGroup_newsListDefault eds_styleSwitchCriteria_portalSettingsSource">\n'
             f'<div id="dnn_ctr{mid}_ViewEasyDNNNewsMain_ctl00_pnlListArticles">\n<!--ArticleRepeat:Before:-->\n'
             f'<div class="edn_{mid}_article_list_wrapper">\n' + "\n".join(list_item(a) for a in items) +
             f"\n</div>\n<!--ArticleRepeat:After:-->\n{pager}\n</div>\n</div>")
    return module(mid, "EasyDNNnews", inner, title)


def pager_html(cur: int, total: int, base: str, mid: int) -> str:
    def href(n):
        return base if n == 1 else f"{base}/PgrID/{mid}/PageID/{n}"
    parts = ['<div class="article_pager">']
    if cur > 1:
        parts.append(f'<a class="first" href="{href(1)}">Trang đầu</a><a class="prev" href="{href(cur - 1)}">Trang trước</a>')
    for n in range(1, total + 1):
        parts.append(f'<a class="active page" href="{href(n)}">{n}</a>' if n == cur else f'<a class="page" href="{href(n)}">{n}</a>')
    if cur < total:
        parts.append(f'<a class="next" href="{href(cur + 1)}">Trang sau</a><a class="last" href="{href(total)}">Trang cuối</a>')
    parts.append("</div>")
    return "".join(parts)


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
    by_date = sorted(ARTICLES, key=lambda a: a["pub"], reverse=True)
    news = [a for a in by_date if a["section"] == "tin"]
    notices = [a for a in by_date if a["section"] == "tb"]

    for a in ARTICLES:
        html_text, exp = article_page(a, by_date)
        write(f"article_{a['id']}", art_url(a), html_text, "article", exp)

    # home
    slider = ('<div class="qnHotNews">' + "".join(
        f'<div class="qnHotItem"><a href="{art_url(a)}"><span class="qnHotTitle">{E(a["title"])}</span></a></div>' for a in news[:3])
        + '<div class="qnHotItem"><a href="/tin-tuc-su-kien/ArtMID/1094/ArticleID/2199/Hoi-nghi-tong-ket-cong-tac-nam-2019-trien-khai-nhiem-vu-nam-2020">'
          '<span class="qnHotTitle">Hội nghị tổng kết công tác năm 2019, triển khai nhiệm vụ năm 2020</span></a></div></div>')
    home_content = "\n".join([
        html_module(1088, slider, "Tin nổi bật"),
        news_list_module(news[:5], NEWS_MID, '<div class="edn_viewAll"><a href="/tin-tuc-su-kien">Xem tất cả</a></div>', "Tin tức - Sự kiện"),
        module(TB_MID, "EasyDNNnews",
               f'<div class="eds_news_module_{TB_MID} news eds_subCollection_news eds_template_List_Article_TitleDate">'
               f'<div id="dnn_ctr{TB_MID}_ViewEasyDNNNewsMain_ctl00_pnlListArticles"><ul class="qnNoticeList">'
               + "".join(f'<li><a href="{art_url(a)}">{E(a["title"])}</a> <span class="edn_articleDate">({dmy(a["pub"], False)})</span></li>' for a in notices)
               + '</ul><div class="edn_viewAll"><a href="/thong-bao">Xem tất cả</a></div></div></div>', "Thông báo"),
    ])
    write("home", "/", page("/", f"Trang chủ > {SITE}", SITE, "Trang chủ", [], home_content, seed=1, tab_id=36), "listing")

    # news listing, 2 pages
    per = 4
    pages = [news[i:i + per] for i in range(0, len(news), per)]
    for n, items in enumerate(pages, 1):
        path = "/tin-tuc-su-kien" if n == 1 else f"/tin-tuc-su-kien/PgrID/{NEWS_MID}/PageID/{n}"
        content = news_list_module(items, NEWS_MID, pager_html(n, len(pages), "/tin-tuc-su-kien", NEWS_MID))
        write(f"listing_tin_tuc_p{n}", path,
              page(path, "Tin tức - Sự kiện > " + SITE, "Tin tức - Sự kiện", "Tin tức - Sự kiện",
                   [("Tin tức - Sự kiện", "/tin-tuc-su-kien")], content, seed=10 + n, tab_id=NEWS_TAB), "listing")

    content = news_list_module(notices, TB_MID, pager_html(1, 1, "/thong-bao", TB_MID))
    write("listing_thong_bao", "/thong-bao",
          page("/thong-bao", "Thông báo > " + SITE, "Thông báo", "Thông báo", [("Thông báo", "/thong-bao")], content,
               seed=20, tab_id=TB_TAB), "listing")

    # static: functions and duties
    static = html_module(1170, """<h2 style="text-align:center;">CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN</h2>
<p><strong>1. Vị trí và chức năng</strong></p>
<p>Sở Nông nghiệp và Phát triển nông thôn là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, có chức năng tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về nông nghiệp, lâm nghiệp, thủy sản, thủy lợi, phòng, chống thiên tai, phát triển nông thôn và chất lượng, an toàn thực phẩm đối với nông sản, lâm sản, thủy sản và muối.</p>
<p>Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Bộ Nông nghiệp và Phát triển nông thôn.</p>
<p><strong>2. Nhiệm vụ và quyền hạn</strong></p>
<ul><li>Trình Ủy ban nhân dân tỉnh dự thảo quyết định, chỉ thị; quy hoạch, kế hoạch dài hạn, 05 năm và hằng năm về nông nghiệp, lâm nghiệp, thủy sản, thủy lợi và phát triển nông thôn;</li>
<li>Tổ chức thực hiện các văn bản quy phạm pháp luật, quy hoạch, kế hoạch sau khi được phê duyệt; thông tin, tuyên truyền, phổ biến, giáo dục pháp luật trong lĩnh vực được giao;</li>
<li>Quản lý, chỉ đạo công tác phòng, chống dịch bệnh động vật, thực vật; quản lý giống cây trồng, vật nuôi, phân bón, thức ăn chăn nuôi, thuốc thú y, thuốc bảo vệ thực vật;</li>
<li>Thường trực Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh về xây dựng nông thôn mới và Chương trình Mỗi xã, phường một sản phẩm;</li>
<li>Thực hiện các nhiệm vụ khác do Ủy ban nhân dân tỉnh giao và theo quy định của pháp luật.</li></ul>
<p><strong>3. Cơ cấu tổ chức</strong></p>
<p>Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc; các phòng chuyên môn: Văn phòng, Thanh tra, Phòng Kế hoạch - Tài chính, Phòng Tổ chức cán bộ, Phòng Quản lý xây dựng công trình; các chi cục: Trồng trọt và Bảo vệ thực vật, Chăn nuôi và Thú y, Kiểm lâm, Thủy sản, Thủy lợi, Phát triển nông thôn, Quản lý chất lượng nông lâm sản và thủy sản; các đơn vị sự nghiệp trực thuộc.</p>""",
                         "Chức năng, nhiệm vụ")
    write("static_chuc_nang", "/gioi-thieu/chuc-nang-nhiem-vu",
          page("/gioi-thieu/chuc-nang-nhiem-vu", "Chức năng, nhiệm vụ > " + SITE, "Chức năng, nhiệm vụ", "Giới thiệu",
               [("Giới thiệu", "/gioi-thieu"), ("Chức năng, nhiệm vụ", "/gioi-thieu/chuc-nang-nhiem-vu")], static, seed=30, tab_id=41),
          "static")

    # contact: phone directory + DNN feedback form
    rows = [("Văn phòng Sở", "0203.3835.468", "vanphong.snnptnt@quangninh.gov.vn"),
            ("Thanh tra Sở", "0203.3835.712", "thanhtra.snnptnt@quangninh.gov.vn"),
            ("Phòng Kế hoạch - Tài chính", "0203.3835.290", "khtc.snnptnt@quangninh.gov.vn"),
            ("Chi cục Trồng trọt và Bảo vệ thực vật", "0203.3835.377", "cctt.snnptnt@quangninh.gov.vn"),
            ("Chi cục Chăn nuôi và Thú y", "0203.3835.196", "cccnty.snnptnt@quangninh.gov.vn"),
            ("Chi cục Kiểm lâm", "0203.3835.582", "cckl.snnptnt@quangninh.gov.vn"),
            ("Chi cục Thủy sản", "0203.3846.251", "ccts.snnptnt@quangninh.gov.vn"),
            ("Trung tâm Khuyến nông", "0203.3825.634", "ttkn.snnptnt@quangninh.gov.vn")]
    tbl = ('<table class="table table-bordered qnDirectory"><thead><tr><th>Đơn vị</th><th>Điện thoại</th><th>Email</th></tr></thead><tbody>'
           + "".join(f"<tr><td>{E(a)}</td><td>{b}</td><td><a href=\"mailto:{c}\">{c}</a></td></tr>" for a, b, c in rows) + "</tbody></table>")
    contact = "\n".join([
        html_module(1175, '<p><strong>SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH QUẢNG NINH</strong></p>'
                          '<p>Địa chỉ: Tầng 9, Trụ sở Liên cơ quan số 3, phường Hồng Hà, thành phố Hạ Long</p>'
                          '<p>Điện thoại: 0203.3835.468 - Fax: 0203.3835.203</p>' + tbl, "Danh bạ điện thoại"),
        module(1176, "Feedback",
               '<div class="dnnForm dnnFeedback"><div class="dnnFormItem"><label for="dnn_ctr1176_Feedback_txtName">Họ và tên</label>'
               '<input name="dnn$ctr1176$Feedback$txtName" type="text" id="dnn_ctr1176_Feedback_txtName" /></div>'
               '<div class="dnnFormItem"><label for="dnn_ctr1176_Feedback_txtEmail">Email</label><input name="dnn$ctr1176$Feedback$txtEmail" type="text" id="dnn_ctr1176_Feedback_txtEmail" /></div>'
               '<div class="dnnFormItem"><label for="dnn_ctr1176_Feedback_txtBody">Nội dung</label><textarea name="dnn$ctr1176$Feedback$txtBody" rows="6" id="dnn_ctr1176_Feedback_txtBody"></textarea></div>'
               '<ul class="dnnActions"><li><a id="dnn_ctr1176_Feedback_cmdSend" class="dnnPrimaryAction" href="javascript:__doPostBack(&#39;dnn$ctr1176$Feedback$cmdSend&#39;,&#39;&#39;)">Gửi góp ý</a></li></ul></div>',
               "Gửi thư góp ý"),
    ])
    write("contact", "/lien-he", page("/lien-he", "Liên hệ > " + SITE, "Liên hệ", "Liên hệ", [("Liên hệ", "/lien-he")], contact,
                                      seed=40, tab_id=58), "contact")

    # search results (DNN 9 renders results client-side; page holds the empty container)
    search = module(405, "SearchResults", """<div class="dnnForm dnnSearchResults">
<div class="dnnSearchBoxPanel">
    <div id="dnnSearchResult_dnnSearchBox" class="dnnSearchBox"><input type="text" id="dnnSearchResult_dnnSearchBox_input" value="OCOP" /><a class="dnnSearchButton"></a></div>
    <a href="javascript:void(0)" class="dnnSearchResultAdvancedTip">Tìm kiếm nâng cao</a>
</div>
<div class="dnnSearchResultPanel">
    <div class="dnnLeft"><span class="dnnSearchResultCountNumber">Đang tải kết quả...</span></div>
    <div class="dnnRight"><ul class="dnnSearchResultSortOptions"><li class="active"><a href="#byRelevance">Liên quan nhất</a></li><li><a href="#byDate">Mới nhất</a></li></ul></div>
</div>
<div class="dnnSearchResult-loading"></div>
<div id="dnnSearchResult-scrollContainer" class="dnnSearchResultContainer"></div>
<div class="dnnSearchResultPager"><div class="dnnLeft"><span></span></div><div class="dnnRight"><ul></ul></div></div>
</div>
<script type="text/javascript">
    $(function () {
        if (typeof dnn.searchResult !== 'undefined') {
            dnn.searchResult.defaultSettings = { comboAdvancedDates: 'Bất kỳ lúc nào', comboAdvancedScope: 'Tất cả', noresultsText: 'Không tìm thấy kết quả nào', pageSize: 15, showDescription: true, maxDescriptionLength: 100 };
            dnn.searchResult.init();
        }
    });
</script>""", None, "qnNoTitle")
    write("search", "/tim-kiem?Search=OCOP",
          page("/tim-kiem?Search=OCOP", "Tìm kiếm > " + SITE, "Tìm kiếm", "", [("Tìm kiếm", "/tim-kiem")], search, seed=50, tab_id=33),
          "search")

    # login (DNN core Account Login)
    login = module(0, "Login", """<div class="dnnForm dnnLoginService dnnClear">
    <div class="dnnFormItem"><div class="dnnLabel"><label for="dnn_ctr_Login_Login_DNN_txtUsername" id="dnn_ctr_Login_Login_DNN_plUsername" class="dnnFormLabel">Tên đăng nhập:</label></div>
        <input name="dnn$ctr$Login$Login_DNN$txtUsername" type="text" id="dnn_ctr_Login_Login_DNN_txtUsername" autocomplete="off" /></div>
    <div class="dnnFormItem"><div class="dnnLabel"><label for="dnn_ctr_Login_Login_DNN_txtPassword" id="dnn_ctr_Login_Login_DNN_plPassword" class="dnnFormLabel">Mật khẩu:</label></div>
        <input name="dnn$ctr$Login$Login_DNN$txtPassword" type="password" id="dnn_ctr_Login_Login_DNN_txtPassword" autocomplete="off" /></div>
    <div class="dnnFormItem"><span class="dnnFormLabel">&nbsp;</span><span class="dnnLoginRememberMe"><input id="dnn_ctr_Login_Login_DNN_chkCookie" type="checkbox" name="dnn$ctr$Login$Login_DNN$chkCookie" /><label for="dnn_ctr_Login_Login_DNN_chkCookie">Ghi nhớ đăng nhập</label></span></div>
    <div class="dnnFormItem"><label class="dnnFormLabel">&nbsp;</label><div class="dnnLoginActions"><ul class="dnnActions dnnClear">
        <li><a id="dnn_ctr_Login_Login_DNN_cmdLogin" title="Đăng nhập" class="dnnPrimaryAction" href="javascript:__doPostBack(&#39;dnn$ctr$Login$Login_DNN$cmdLogin&#39;,&#39;&#39;)">Đăng nhập</a></li>
        <li><a id="dnn_ctr_Login_Login_DNN_cancelLink" class="dnnSecondaryAction" href="/" causesvalidation="false">Hủy bỏ</a></li></ul></div></div>
    <div class="dnnFormItem"><span class="dnnFormLabel">&nbsp;</span><div class="dnnLoginActions"><ul class="dnnActions dnnClear">
        <li id="dnn_ctr_Login_Login_DNN_liPassword"><a id="dnn_ctr_Login_Login_DNN_passwordLink" class="dnnSecondaryAction" href="/dang-nhap/ctl/SendPassword?returnurl=%2f">Quên mật khẩu?</a></li></ul></div></div>
</div>""", "Đăng nhập", "qnBox").replace("dnn_ctr0_", "dnn_ctr_").replace("DnnModule-0", "DnnModule-Login")
    write("login", "/dang-nhap?returnurl=%2f",
          page("/dang-nhap?returnurl=%2f", "Đăng nhập > " + SITE, "Đăng nhập", "", [("Đăng nhập", "/dang-nhap")], login, seed=60,
               tab_id=34, right=False), "login")

    # soft 404: EasyDNN shows a module message for a deleted article, served with 200 and full chrome
    gone = module(NEWS_MID, "EasyDNNnews",
                  f'<div class="eds_news_module_{NEWS_MID} news eds_subCollection_news eds_news_Ozone eds_template_Details_Article_Ozone">'
                  f'<div id="dnn_ctr{NEWS_MID}_ViewEasyDNNNewsMain_ctl00_pnlViewArticle">'
                  f'<div id="dnn_ctr{NEWS_MID}_ViewEasyDNNNewsMain_ctl00_pnlArticleNotAvailable" class="edn_articleNotAvailable">'
                  '<p class="edn_articleNotAvailableText">Bài viết không tồn tại hoặc đã bị gỡ bỏ.</p>'
                  '<p><a href="/tin-tuc-su-kien">Quay lại danh sách tin</a></p></div></div></div>', None, "qnNoTitle")
    gp = "/tin-tuc-su-kien/ArtMID/1094/ArticleID/2199/Hoi-nghi-tong-ket-cong-tac-nam-2019-trien-khai-nhiem-vu-nam-2020"
    write("soft404_article_2199", gp,
          page(gp, "Tin tức - Sự kiện > " + SITE, "Tin tức - Sự kiện", "Tin tức - Sự kiện",
               [("Tin tức - Sự kiện", "/tin-tuc-su-kien")], gone, seed=70, tab_id=NEWS_TAB), "soft_404")


if __name__ == "__main__":
    main()
