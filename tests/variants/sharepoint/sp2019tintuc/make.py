"""Generator for the held-out variant template sharepoint/sp2019tintuc.

    python tests/variants/sharepoint/sp2019tintuc/make.py

Writes <page>.html + <page>.json next to this file.  A provincial portal on SharePoint
Server 2019 classic publishing with a Vietnamese integrator's custom master page and web
parts.  Everything (text, names, numbers) is invented; only the SharePoint markup SHAPES
(s4-workspace, DeltaPlaceHolderMain, web-part zones, ms-rtestate-field, list forms ...)
imitate what the product renders.  Written by helper (session 4).

Article truth is computed from the same block lists that produce the HTML, so the two
cannot drift apart.
"""

from __future__ import annotations

import base64
import html
import json
import random
import re
import unicodedata
import uuid
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
HOST = "https://www.travinh.gov.vn"
SITE = "Cổng thông tin điện tử tỉnh Trà Vinh"
TODAY = "Thứ Sáu, ngày 15/03/2024"
BUILD = "16.0.10337.12109"
REV = "hk0jQ2Wy0NfRjF0%2FnBMw1A%3D%3D"

esc = html.escape


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def plain(fragment: str) -> str:
    """Visible text of an inline HTML fragment (tags stripped, entities decoded)."""
    return norm(html.unescape(re.sub(r"<[^>]+>", "", fragment)))


def rng_for(name: str) -> random.Random:
    return random.Random(f"sp2019tintuc:{name}")


def guid(r: random.Random) -> str:
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def viewstate(r: random.Random, n: int) -> str:
    return "/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIU" + base64.b64encode(
        bytes(r.getrandbits(8) for _ in range(n))).decode()


# ---------------------------------------------------------------------------------------
# Site navigation (custom mega menu rendered through the AspMenu shapes of SharePoint)
# ---------------------------------------------------------------------------------------

MENU = [
    ("Giới thiệu", "/gioi-thieu/Pages/default.aspx", [
        ("Giới thiệu chung", "/gioi-thieu/Pages/default.aspx"),
        ("Chức năng, nhiệm vụ", "/gioi-thieu/Pages/chuc-nang-nhiem-vu.aspx"),
        ("Lịch sử hình thành", "/gioi-thieu/Pages/lich-su.aspx"),
        ("Điều kiện tự nhiên", "/gioi-thieu/Pages/dieu-kien-tu-nhien.aspx"),
        ("Đơn vị hành chính", "/gioi-thieu/Pages/don-vi-hanh-chinh.aspx"),
        ("Bản đồ hành chính", "/gioi-thieu/Pages/ban-do.aspx"),
    ]),
    ("Chính quyền", "/chinh-quyen/Pages/default.aspx", [
        ("Tỉnh ủy", "/chinh-quyen/Pages/tinh-uy.aspx"),
        ("Hội đồng nhân dân tỉnh", "/chinh-quyen/Pages/hdnd.aspx"),
        ("Ủy ban nhân dân tỉnh", "/chinh-quyen/Pages/ubnd.aspx"),
        ("Sở, ban, ngành", "/chinh-quyen/Pages/so-ban-nganh.aspx"),
        ("UBND huyện, thị xã, thành phố", "/chinh-quyen/Pages/ubnd-huyen.aspx"),
        ("Danh bạ điện thoại", "/Pages/lien-he.aspx"),
    ]),
    ("Tin tức - Sự kiện", "/tin-tuc/Pages/default.aspx", [
        ("Tin trong tỉnh", "/tin-tuc/Pages/tin-trong-tinh.aspx"),
        ("Kinh tế", "/tin-tuc/Pages/kinh-te.aspx"),
        ("Văn hóa - Xã hội", "/tin-tuc/Pages/van-hoa-xa-hoi.aspx"),
        ("Tin Trung ương", "/tin-tuc/Pages/tin-trung-uong.aspx"),
        ("Quốc phòng - An ninh", "/tin-tuc/Pages/quoc-phong-an-ninh.aspx"),
        ("Tin ảnh", "/tin-tuc/Pages/tin-anh.aspx"),
        ("Video", "/tin-tuc/Pages/video.aspx"),
    ]),
    ("Chỉ đạo điều hành", "/chi-dao-dieu-hanh/Pages/default.aspx", [
        ("Thông báo", "/Lists/ThongBao/AllItems.aspx"),
        ("Lịch công tác", "/chi-dao-dieu-hanh/Pages/lich-cong-tac.aspx"),
        ("Thông cáo báo chí", "/chi-dao-dieu-hanh/Pages/thong-cao-bao-chi.aspx"),
        ("Phát ngôn và cung cấp thông tin", "/chi-dao-dieu-hanh/Pages/phat-ngon.aspx"),
    ]),
    ("Văn bản", "/van-ban/Pages/default.aspx", [
        ("Văn bản quy phạm pháp luật", "/van-ban/Pages/vbqppl.aspx"),
        ("Văn bản chỉ đạo điều hành", "/van-ban/Pages/vbcd.aspx"),
        ("Dự thảo văn bản", "/van-ban/Pages/du-thao.aspx"),
    ]),
    ("Thông tin cần biết", "/thong-tin/Pages/default.aspx", [
        ("Quy hoạch - Kế hoạch", "/thong-tin/Pages/quy-hoach.aspx"),
        ("Dự án đầu tư", "/thong-tin/Pages/du-an.aspx"),
        ("Đấu thầu - Mua sắm công", "/thong-tin/Pages/dau-thau.aspx"),
        ("Ngân sách nhà nước", "/thong-tin/Pages/ngan-sach.aspx"),
        ("Thông tin tuyển dụng", "/thong-tin/Pages/tuyen-dung.aspx"),
    ]),
    ("Du lịch", "/du-lich/Pages/default.aspx", [
        ("Điểm đến", "/du-lich/Pages/diem-den.aspx"),
        ("Lễ hội", "/du-lich/Pages/le-hoi.aspx"),
        ("Ẩm thực", "/du-lich/Pages/am-thuc.aspx"),
    ]),
    ("Hỏi đáp", "/hoi-dap/Pages/default.aspx", []),
]

CATS = {
    "ttt": ("Tin trong tỉnh", "/tin-tuc/Pages/tin-trong-tinh.aspx"),
    "kt": ("Kinh tế", "/tin-tuc/Pages/kinh-te.aspx"),
    "vhxh": ("Văn hóa - Xã hội", "/tin-tuc/Pages/van-hoa-xa-hoi.aspx"),
    "ttu": ("Tin Trung ương", "/tin-tuc/Pages/tin-trung-uong.aspx"),
    "tb": ("Thông báo", "/Lists/ThongBao/AllItems.aspx"),
}


def mega_menu(active: str | None) -> str:
    out = ['<div id="zz1_TopNavigationMenu" class="noindex ms-core-listMenu-horizontalBox tv-megamenu">',
           '<ul id="zz2_RootAspMenu" class="root ms-core-listMenu-root static">',
           '<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline '
           'ms-navedit-linkNode" tabindex="0" href="/"><span class="additional-background '
           'ms-navedit-flyoutArrow"><span class="menu-item-text">Trang chủ</span></span></a></li>']
    for label, href, subs in MENU:
        sel = " selected" if label == active else ""
        dyn = " dynamic-children" if subs else ""
        out.append(f'<li class="static{dyn}{sel}"><a class="static{dyn}{sel} menu-item '
                   f'ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" tabindex="0" '
                   f'href="{href}"><span aria-haspopup="true" class="additional-background '
                   f'ms-navedit-flyoutArrow{dyn}"><span class="menu-item-text">{esc(label)}</span>'
                   f'</span></a>')
        if subs:
            out.append('<ul class="dynamic">')
            for sl, sh in subs:
                out.append(f'<li class="dynamic"><a class="dynamic menu-item ms-core-listMenu-item '
                           f'ms-displayInline ms-navedit-linkNode" tabindex="0" href="{sh}">'
                           f'<span class="additional-background ms-navedit-flyoutArrow">'
                           f'<span class="menu-item-text">{esc(sl)}</span></span></a></li>')
            out.append('</ul>')
        out.append('</li>')
    out.append('</ul></div>')
    return "\n".join(out)


def head(title: str, path: str, web: str, r: random.Random, extra: str = "") -> str:
    page_list = guid(r)
    ctx = {
        "webServerRelativeUrl": web, "webAbsoluteUrl": HOST + (web if web != "/" else ""),
        "siteAbsoluteUrl": HOST, "serverRequestPath": path.split("?")[0],
        "layoutsUrl": "_layouts/15", "webTitle": "Tin tức" if web == "/tin-tuc" else SITE,
        "webTemplate": "39", "tenantAppVersion": "0", "isAppWeb": False,
        "webLogoUrl": "/Style Library/TraVinh/images/logo.png", "webLanguage": 1066,
        "currentLanguage": 1066, "currentUICultureName": "vi-VN", "currentCultureName": "vi-VN",
        "env": None, "nid": 0, "fid": 0, "serverTime": "2024-03-15T01:12:33.4416017Z",
        "siteClientTag": f"12$${BUILD}", "crossDomainPhotosEnabled": False,
        "webUIVersion": 15, "webPermMasks": {"High": 16, "Low": 200769},
        "pageListId": "{" + page_list + "}", "pageItemId": r.randint(20, 480),
        "pagePersonalizationScope": 1, "alertsEnabled": False, "customMarkupInCalculatedFieldDisabled": True,
        "siteServerRelativeUrl": "/", "allowSilverlightPrompt": "True", "isSiteAdmin": False,
    }
    ctx_js = json.dumps(ctx, ensure_ascii=False).replace('"serverTime"', '"serverTime"')
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns:o="urn:schemas-microsoft-com:office:office" lang="vi-VN" dir="ltr">
<head><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta name="viewport" content="width=device-width, initial-scale=1" /><meta name="msapplication-TileImage" content="/_layouts/15/images/SharePointMetroAppTile.png" /><meta name="msapplication-TileColor" content="#0072C6" /><title>
\t{esc(title)}
</title><link rel="shortcut icon" href="/Style%20Library/TraVinh/images/favicon.ico" type="image/vnd.microsoft.icon" id="favicon" />
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev={REV}"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/vi-VN/Themable/Core%20Styles/pagelayouts15.css"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/TraVinh/css/bootstrap.min.css"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/TraVinh/css/portal.css?v=2.4"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/TraVinh/css/megamenu.css?v=2.4"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=bhHMhkXv2YMQR5Q%2FeSeHEw%3D%3D"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvsJ3cYzJbyu2GGrM3f2OWxXyQ1OwqwBlNcYEHPZj2eiR0&amp;t=ffffffffe6692267"></script>
<script type="text/javascript" src="/_layouts/15/blank.js?rev=ZaOXZEobVwykPO9g8hq%2F8A%3D%3D"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=bBkDMgMoDaXS8GeFnCMoWPmPEsY1Kx4UuKGR3QCMIq3EhZ76MQqyU4n8rD8kPmmi0&amp;t=ffffffffe6692267"></script>
<script type="text/javascript">RegisterSod("initstrings.js", "\\u002f_layouts\\u002f15\\u002f1066\\u002finitstrings.js?rev=7pVv%2FTYc5yLzvqNbBETbfg%3D%3D");</script>
<script type="text/javascript">RegisterSod("strings.js", "\\u002f_layouts\\u002f15\\u002f1066\\u002fstrings.js?rev=kE2UXhfuqBdnkz8%2BfXqAtg%3D%3D");RegisterSodDep("strings.js", "initstrings.js");</script>
<script type="text/javascript">RegisterSod("sp.init.js", "\\u002f_layouts\\u002f15\\u002fsp.init.js?rev=jvJC3Kl5gbORaLtf7kxULQ%3D%3D");</script>
<script type="text/javascript">RegisterSod("sp.res.resx", "\\u002f_layouts\\u002f15\\u002fScriptResx.ashx?culture=vi\\u00252Dvn\\u0026name=SP\\u00252ERes\\u0026rev=yNk\\u00252FhRzgBn40LJVP\\u00252BqfgdQ\\u00253D\\u00253D");</script>
<script type="text/javascript">RegisterSod("sp.ui.dialog.js", "\\u002f_layouts\\u002f15\\u002fsp.ui.dialog.js?rev=3Oh2QbaaiXSb7ldu2zd6QQ%3D%3D");RegisterSodDep("sp.ui.dialog.js", "sp.init.js");RegisterSodDep("sp.ui.dialog.js", "sp.res.resx");</script>
<script type="text/javascript">RegisterSod("core.js", "\\u002f_layouts\\u002f15\\u002fcore.js?rev=GpU7vxyOqzS0F9OfEX3CCw%3D%3D");RegisterSodDep("core.js", "strings.js");</script>
<script type="text/javascript">RegisterSod("menu.js", "\\u002f_layouts\\u002f15\\u002fmenu.js?rev=cXv35JACAh0ZCqUwKU592w%3D%3D");</script>
<script type="text/javascript">RegisterSod("mQuery.js", "\\u002f_layouts\\u002f15\\u002fmquery.js?rev=VYAJYBo5H8I3gVSL3MzD6A%3D%3D");</script>
<script type="text/javascript">RegisterSod("callout.js", "\\u002f_layouts\\u002f15\\u002fcallout.js?rev=ryx2n4ePkYj1%2FALmcsXZfA%3D%3D");RegisterSodDep("callout.js", "strings.js");RegisterSodDep("callout.js", "mQuery.js");RegisterSodDep("callout.js", "core.js");</script>
<script type="text/javascript">RegisterSod("sp.core.js", "\\u002f_layouts\\u002f15\\u002fsp.core.js?rev=tZDGLPOvY1bRw%2BsgzXpxTg%3D%3D");RegisterSodDep("sp.core.js", "strings.js");RegisterSodDep("sp.core.js", "sp.init.js");RegisterSodDep("sp.core.js", "core.js");</script>
<script type="text/javascript">RegisterSod("sp.runtime.js", "\\u002f_layouts\\u002f15\\u002fsp.runtime.js?rev=5f2WkYJoaxlIRdwUeg4WEg%3D%3D");RegisterSodDep("sp.runtime.js", "sp.res.resx");</script>
<script type="text/javascript">RegisterSod("sp.js", "\\u002f_layouts\\u002f15\\u002fsp.js?rev=0s3V%2FIaIcIWaeVDWgxW5Fw%3D%3D");RegisterSodDep("sp.js", "sp.runtime.js");RegisterSodDep("sp.js", "sp.ui.dialog.js");RegisterSodDep("sp.js", "sp.res.resx");</script>
<script type="text/javascript">RegisterSod("sp.publishing.resources.resx", "\\u002f_layouts\\u002f15\\u002fScriptResx.ashx?culture=vi\\u00252Dvn\\u0026name=SP\\u00252EPublishing\\u00252EResources\\u0026rev=q6nxzZIVVXE5X1SPZIMD3A\\u00253D\\u00253D");</script>
<script type="text/javascript">RegisterSod("mediaplayer.js", "\\u002f_layouts\\u002f15\\u002fmediaplayer.js?rev=C5ko%2FsolyVg7BCeaEhkvUg%3D%3D");RegisterSodDep("mediaplayer.js", "sp.publishing.resources.resx");</script>
<link type="text/xml" rel="alternate" href="/_vti_bin/spsdisco.aspx" />
<script type="text/javascript">
// <![CDATA[
var _spPageContextInfo = {ctx_js};
// ]]>
</script>
<script type="text/javascript" src="/Style%20Library/TraVinh/js/jquery-3.4.1.min.js"></script>
<script type="text/javascript" src="/Style%20Library/TraVinh/js/bootstrap.min.js"></script>
<script type="text/javascript" src="/Style%20Library/TraVinh/js/portal.js?v=2.4"></script>
{extra}<style type="text/css">
\t.s4-skipribbonshortcut {{ display:none; }}
\t#s4-ribbonrow {{ display:none; }}
</style>
<link rel="canonical" href="{HOST}{esc(path)}" />
</head>
"""


def form_open(path: str, r: random.Random, vs_bytes: int) -> str:
    digest = "0x" + "".join(r.choice("0123456789ABCDEF") for _ in range(128)) + ",15 Mar 2024 01:12:33 -0000"
    action = "." + path.split("?")[0][path.split("?")[0].rfind("/"):] if path != "/" else "./"
    if "?" in path:
        action += "?" + path.split("?", 1)[1]
    hidden = [("_wpcmWpid", ""), ("wpcmVal", ""), ("MSOWebPartPage_PostbackSource", ""),
              ("MSOTlPn_SelectedWpId", ""), ("MSOTlPn_View", "0"), ("MSOTlPn_ShowSettings", "False"),
              ("MSOGallery_SelectedLibrary", ""), ("MSOGallery_FilterString", ""),
              ("MSOTlPn_Button", "none"), ("__EVENTTARGET", ""), ("__EVENTARGUMENT", ""),
              ("__REQUESTDIGEST", digest), ("MSOSPWebPartManager_DisplayModeName", "Browse"),
              ("MSOSPWebPartManager_ExitingDesignMode", "false"), ("MSOWebPartPage_Shared", ""),
              ("MSOLayout_LayoutChanges", ""), ("MSOLayout_InDesignMode", ""), ("_wpSelected", ""),
              ("_wzSelected", ""), ("MSOSPWebPartManager_OldDisplayModeName", "Browse"),
              ("MSOSPWebPartManager_StartWebPartEditingName", "false"),
              ("MSOSPWebPartManager_EndWebPartEditing", "false"),
              ("__VIEWSTATE", viewstate(r, vs_bytes))]
    inputs = "\n".join(f'<input type="hidden" name="{n}" id="{n}" value="{esc(v)}" />' for n, v in hidden)
    return f"""<body>
<div id="imgPrefetch" style="display:none">
<img src="/_layouts/15/images/spcommon.png?rev=44" />
<img src="/Style%20Library/TraVinh/images/logo.png" />
</div>
<form method="post" action="{esc(action)}" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div class="aspNetHidden">
{inputs}
</div>
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
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZNZr42xUqmA1cu5uT6JWy71MV02kNwuLGL617JfsWitqyEE_e3SnT_qbCwJhjbz_qA2&amp;t=637811739887756727" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
var MSOWebPartPageFormName = 'aspnetForm';
var g_presenceEnabled = true;
var g_wsaEnabled = false;
var g_correlationId = '{guid(r)}';
var g_wsaQoSEnabled = false;
var g_wsaQoSDataPoints = [];
var g_wsaRUMEnabled = false;
var g_wsaLCID = 1066;
var g_wsaListTemplateId = 850;
var g_wsaSiteTemplateId = 'CMSPUBLISHING#0';
var _fV4UI=true;var _spPageContextInfo = window._spPageContextInfo;
var L_Menu_BaseUrl="";
var L_Menu_LCID="1066";
var L_Menu_SiteTheme="null";
document.onreadystatechange=fnRemoveAllStatus; function fnRemoveAllStatus(){{removeAllStatus(true)}};
var _spWebPartComponents = new Object();//]]>
</script>
<script src="/_layouts/15/blank.js?rev=ZaOXZEobVwykPO9g8hq%2F8A%3D%3D" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
(function(){{
    if (typeof(_spBodyOnLoadFunctions) === 'undefined' || _spBodyOnLoadFunctions === null) {{ return; }}
    _spBodyOnLoadFunctions.push(function() {{ ExecuteOrDelayUntilScriptLoaded(function() {{ }}, 'core.js'); }});
}})();//]]>
</script>
<script type="text/javascript">
//<![CDATA[
function WebForm_OnSubmit() {{
UpdateFormDigest('\\u002f', 1440000);if (typeof(_spFormOnSubmitWrapper) != 'undefined') {{return _spFormOnSubmitWrapper();}} else {{return true;}};
return true;
}}
//]]>
</script>
<div class="aspNetHidden">
\t<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="BAB98CB3" />
</div>
<script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ctl00$ScriptManager', 'aspnetForm', [], [], [], 90, 'ctl00');
//]]>
</script>
<div id="ms-designer-ribbon">
<div id="TurnOnAccessibility" style="display:none" class="s4-notdlg noindex">
<a id="linkTurnOnAcc" href="#" class="ms-accessible ms-acc-button" onclick="SetIsAccessibilityFeatureEnabled(true);UpdateAccessibilityUI();document.getElementById('linkTurnOffAcc').focus();return false;">Bật chế độ trợ năng nâng cao</a>
</div>
<div id="TurnOffAccessibility" style="display:none" class="s4-notdlg noindex">
<a id="linkTurnOffAcc" href="#" class="ms-accessible ms-acc-button" onclick="SetIsAccessibilityFeatureEnabled(false);UpdateAccessibilityUI();document.getElementById('linkTurnOnAcc').focus();return false;">Tắt chế độ trợ năng nâng cao</a>
</div>
<div class="s4-notdlg noindex">
<a href="javascript:;" onclick="document.getElementById('startNavigation').focus();" class="ms-accessible ms-acc-button" accesskey="Y">Skip Ribbon Commands</a>
</div>
<div class="s4-notdlg noindex">
<a href="javascript:;" onclick="document.getElementById('mainContent').focus();" class="ms-accessible ms-acc-button">Skip to main content</a>
</div>
<div id="s4-ribbonrow" style="height:0px">
<div id="globalNavBox" class="noindex"><div id="ribbonBox"><div id="s4-ribboncont">
<div id="DeltaSPRibbon"></div>
</div></div></div>
<span id="DeltaSPNavigation"></span>
</div>
</div>
<div id="s4-workspace">
<div id="s4-bodyContainer">
"""


def header_block(active_menu: str | None) -> str:
    return f"""<div class="tv-top noindex">
<div class="container">
<div class="row">
<div class="col-md-6 tv-today"><span class="ico-calendar"></span> {TODAY}</div>
<div class="col-md-6 tv-toplinks text-right">
<a href="/Pages/so-do-cong.aspx">Sơ đồ cổng</a> | <a href="/Pages/lien-he.aspx">Liên hệ</a> | <a href="/_layouts/15/Authenticate.aspx?Source=%2F">Đăng nhập</a> | <a href="/en/Pages/default.aspx">English</a>
</div>
</div>
</div>
</div>
<div class="tv-header">
<div class="container">
<a id="ctl00_onetidProjectPropertyTitleGraphic" href="/" class="tv-logo"><img src="/Style%20Library/TraVinh/images/logo.png" alt="Quốc huy" /></a>
<div class="tv-sitename"><span class="l1">CỔNG THÔNG TIN ĐIỆN TỬ</span><span class="l2">TỈNH TRÀ VINH</span></div>
<div class="tv-search" id="DeltaPlaceHolderSearchArea">
<div id="SearchBox" class="ms-srch-sb ms-srch-sb-border">
<input type="text" value="" maxlength="2048" title="Tìm kiếm tin tức" id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_sbox" autocomplete="off" autocorrect="off" class="ms-textSmall ms-srch-sb-prompt ms-helperText" placeholder="Tìm kiếm tin tức..." />
<a title="Tìm kiếm" class="ms-srch-sb-searchLink" id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_SearchLink" onclick="Srch.U.goToSearchResults(); return false;" href="javascript: {{}}"><img src="/_layouts/15/images/searchresultui.png?rev=44" class="ms-srch-sb-searchImg" alt="Tìm kiếm" /></a>
</div>
</div>
</div>
</div>
<nav class="tv-nav" id="startNavigation">
<div class="container">
<div id="DeltaTopNavigation" class="ms-displayInline ms-core-navigation" role="navigation">
{mega_menu(active_menu)}
</div>
</div>
</nav>
<div class="tv-hotkeys noindex"><div class="container"><span class="lbl">Từ khóa:</span>
<a href="/_layouts/15/osssearchresults.aspx?u=https%3A%2F%2Fwww.travinh.gov.vn&amp;k=chuy%E1%BB%83n%20%C4%91%E1%BB%95i%20s%E1%BB%91">chuyển đổi số</a>
<a href="/_layouts/15/osssearchresults.aspx?u=https%3A%2F%2Fwww.travinh.gov.vn&amp;k=c%E1%BA%A3i%20c%C3%A1ch%20h%C3%A0nh%20ch%C3%ADnh">cải cách hành chính</a>
<a href="/_layouts/15/osssearchresults.aspx?u=https%3A%2F%2Fwww.travinh.gov.vn&amp;k=n%C3%B4ng%20th%C3%B4n%20m%E1%BB%9Bi">nông thôn mới</a>
<a href="https://dichvucong.gov.vn" target="_blank">Cổng Dịch vụ công quốc gia</a>
</div></div>
"""


LINK_GROUPS = [
    ("Chính phủ", ["Cổng Thông tin điện tử Chính phủ", "Văn phòng Chính phủ", "Cổng Dịch vụ công quốc gia"]),
    ("Các bộ, ngành ở TW", ["Bộ Kế hoạch và Đầu tư", "Bộ Tài chính", "Bộ Thông tin và Truyền thông",
                           "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Y tế", "Bộ Giáo dục và Đào tạo"]),
    ("Tỉnh ủy, UBND tỉnh", ["Tỉnh ủy Trà Vinh", "HĐND tỉnh Trà Vinh", "Văn phòng UBND tỉnh"]),
    ("Sở, ban, ngành", ["Sở Nội vụ", "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Thông tin và Truyền thông",
                       "Sở Nông nghiệp và PTNT", "Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế",
                       "Sở Giáo dục và Đào tạo", "Sở Tư pháp", "Sở Công Thương"]),
    ("UBND huyện, thị xã", ["TP. Trà Vinh", "Thị xã Duyên Hải", "Huyện Càng Long", "Huyện Cầu Kè",
                           "Huyện Tiểu Cần", "Huyện Châu Thành", "Huyện Cầu Ngang", "Huyện Trà Cú",
                           "Huyện Duyên Hải"]),
]


def wp(wpq: int, title: str | None, inner: str, r: random.Random, extra_cls: str = "") -> str:
    """One web part inside a zone, with the chrome SharePoint 2013-2019 renders."""
    t = ""
    if title:
        t = (f'<div class="ms-webpart-chrome-title" id="WebPartWPQ{wpq}_ChromeTitle">'
             f'<span title="{esc(title)}" id="WebPartTitleWPQ{wpq}" class="js-webpart-titleCell">'
             f'<h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>{esc(title)}'
             f'</span><span id="WebPartCaptionWPQ{wpq}"></span></nobr></h2></span></div>')
    return (f'<div id="MSOZoneCell_WebPartWPQ{wpq}" class="s4-wpcell-plain ms-webpartzone-cell '
            f'ms-webpart-cell-vertical ms-fullWidth {extra_cls}"><div class="ms-webpart-chrome '
            f'ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth ">{t}<div webpartid="{guid(r)}" '
            f'haspers="false" id="WebPartWPQ{wpq}" width="100%" class="ms-WPBody " allowdelete="false" '
            f'style="">{inner}<div class="ms-clear"></div></div></div></div>')


def zone(*parts: str) -> str:
    return '<div class="ms-webpart-zone ms-fullWidth">\n' + "\n".join(parts) + '\n</div>'


def right_column(r: random.Random) -> str:
    groups = []
    for g, items in LINK_GROUPS:
        opts = "".join(f'<option value="https://lienket.travinh.gov.vn/?id={zlib.crc32(i.encode()) % 99991}">{esc(i)}</option>' for i in items)
        groups.append(f'<select class="form-control tv-linkbox" onchange="if(this.value) window.open(this.value);">'
                      f'<option value="">-- {esc(g)} --</option>{opts}</select>')
    vb = "".join(
        f'<li><a href="/van-ban/Pages/chi-tiet-van-ban.aspx?ItemID={n}">{esc(t)}</a><span class="date">{d}</span></li>'
        for n, t, d in [
            (812, "Quyết định ban hành Kế hoạch cải cách hành chính năm 2024", "12/03/2024"),
            (809, "Chỉ thị về tăng cường công tác phòng, chống cháy rừng mùa khô", "08/03/2024"),
            (806, "Kế hoạch tổ chức các hoạt động kỷ niệm Ngày Quốc tế Hạnh phúc 20/3", "05/03/2024"),
            (801, "Quyết định phê duyệt danh mục dự án kêu gọi đầu tư năm 2024", "29/02/2024"),
        ])
    poll_opts = "".join(
        f'<div class="radio"><label><input type="radio" name="ctl00$g_poll$rdoPoll" value="{i}" /> {esc(o)}</label></div>'
        for i, o in enumerate(["Rất hài lòng", "Hài lòng", "Bình thường", "Chưa hài lòng"], 1))
    return zone(
        wp(11, "Văn bản mới", f'<ul class="tv-vanban">{vb}</ul><a class="more" href="/van-ban/Pages/default.aspx">Xem tất cả</a>', r),
        wp(12, "Liên kết website", "\n".join(groups), r),
        wp(13, None, '<div class="tv-banners"><a href="https://dichvucong.gov.vn" target="_blank"><img src="/Style%20Library/TraVinh/images/banner-dvcqg.png" alt="Cổng Dịch vụ công quốc gia" /></a>'
                     '<a href="/thong-tin/Pages/hoi-dap.aspx"><img src="/Style%20Library/TraVinh/images/banner-hoidap.png" alt="Hỏi đáp trực tuyến" /></a>'
                     '<a href="https://tinnhiemmang.vn" target="_blank"><img src="/Style%20Library/TraVinh/images/tinnhiemmang.png" alt="Chứng nhận Tín Nhiệm Mạng" /></a></div>', r),
        wp(14, "Thăm dò ý kiến", f'<div class="tv-poll"><p class="q">Bạn đánh giá thế nào về giao diện mới của Cổng thông tin điện tử tỉnh?</p>{poll_opts}'
                                 '<input type="submit" name="ctl00$g_poll$btnVote" value="Biểu quyết" class="btn btn-primary btn-sm" /> '
                                 '<a href="javascript:void(0)" onclick="ShowPollResult();">Xem kết quả</a></div>', r),
        wp(15, "Thống kê truy cập", '<div class="tv-counter"><div>Đang truy cập: <b>1.245</b></div><div>Hôm nay: <b>18.327</b></div>'
                                    '<div>Tháng này: <b>402.118</b></div><div>Tổng lượt truy cập: <b>42.817.605</b></div></div>', r),
    )


def footer(r: random.Random) -> str:
    return f"""<footer class="tv-footer noindex">
<div class="container">
<div class="row">
<div class="col-md-8">
<p class="tv-f-title">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TRÀ VINH</p>
<p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Trà Vinh. Cơ quan thường trực: Văn phòng UBND tỉnh.</p>
<p>Chịu trách nhiệm chính: Chánh Văn phòng UBND tỉnh.</p>
<p>Địa chỉ: số 1, đường 19 tháng 5, phường 1, thành phố Trà Vinh, tỉnh Trà Vinh.</p>
<p>Điện thoại: 0294.3 855 000 - Fax: 0294.3 855 001 - Email: bbt@travinh.gov.vn</p>
<p>Giấy phép số 41/GP-TTĐT ngày 06/5/2019 của Cục Phát thanh, truyền hình và thông tin điện tử.</p>
<p>Ghi rõ nguồn “Cổng thông tin điện tử tỉnh Trà Vinh” khi phát hành lại thông tin từ nguồn này.</p>
</div>
<div class="col-md-4 text-right">
<a href="/Pages/so-do-cong.aspx">Sơ đồ cổng</a> | <a href="/Pages/lien-he.aspx">Liên hệ</a> | <a href="/rss/Pages/default.aspx">RSS</a><br />
<a href="https://tinnhiemmang.vn/danh-ba-tin-nhiem/travinhgovvn-1624872431" target="_blank"><img src="/Style%20Library/TraVinh/images/handle_cert.png" alt="Chứng nhận Tín Nhiệm Mạng" width="150" /></a>
</div>
</div>
</div>
</footer>
"""


def page_close(r: random.Random) -> str:
    return f"""</div>
</div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;var _fV4UI = true;
function _RegisterWebPartPageCUI()
{{
    var initInfo = {{editable: false,isEditMode: false,allowWebPartAdder: false,listId: "{{{guid(r)}}}",itemId: {r.randint(10, 900)},recycleBinEnabled: true,enableMinorVersioning: true,enableModeration: true,forceCheckout: true,rootFolderUrl: "\\u002fPages",itemPermissions:{{High:16,Low:200769}}}};
    SP.Ribbon.WebPartComponent.registerWithPageManager(initInfo);
    var wpcomp = SP.Ribbon.WebPartComponent.get_instance();
    var hid;
    hid = document.getElementById("_wpSelected");
    if (hid != null) {{ var wpid = hid.value; if (wpid.length > 0) {{ var zc = document.getElementById(wpid); if (zc != null) wpcomp.selectWebPart(zc, false); }} }}
}}
ExecuteOrDelayUntilScriptLoaded(_RegisterWebPartPageCUI, "sp.ribbon.js");
var __wpmExportWarning='This Web Part Page has been personalized. As a result, one or more Web Part properties may contain confidential information. Make sure the properties contain information that is safe for others to read. After exporting this Web Part, view properties in the Web Part description file (.WebPart) by using a text editor such as Microsoft Notepad.';var __wpmCloseProviderWarning='You are about to close this Web Part.  It is currently providing data to other Web Parts, and these connections will be deleted if this Web Part is closed.  To close this Web Part, click OK.  To keep this Web Part, click Cancel.';var __wpmDeleteWarning='You are about to permanently delete this Web Part.  Are you sure you want to do this?  To delete this Web Part, click OK.  To keep this Web Part, click Cancel.';var g_clientIdDeltaPlaceHolderMain = "DeltaPlaceHolderMain";
var g_clientIdDeltaPlaceHolderUtilityContent = "DeltaPlaceHolderUtilityContent";
//]]>
</script>
<script type="text/javascript">
//<![CDATA[
var g_commandUIHandlers = {{"name":"CommandHandlers","attrs":{{}},"children":[]}};
g_QuickLaunchControlIds.push("zz1_TopNavigationMenu");_spBodyOnLoadFunctionNames.push('QuickLaunchInitDroppableFlyout');
theForm.oldSubmit = theForm.submit;
theForm.submit = WebForm_SaveScrollPositionSubmit;
theForm.oldOnSubmit = theForm.onsubmit;
theForm.onsubmit = WebForm_SaveScrollPositionOnSubmit;
WebForm_InitCallback();
var _spWebPartComponents = new Object();
Sys.Application.add_init(function() {{
    $create(SP.UI.AspMenu, null, null, null, $get('zz1_TopNavigationMenu'));
}});
ExecuteOrDelayUntilScriptLoaded(function(){{ /* portal analytics */ }}, 'sp.js');
//]]>
</script>
</form>
<span id="DeltaPlaceHolderUtilityContent"></span>
<script type="text/javascript">
  (function(i,s,o,g,r,a,m){{i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){{(i[r].q=i[r].q||[]).push(arguments)}},i[r].l=1*new Date();a=s.createElement(o),m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)}})(window,document,'script','https://www.google-analytics.com/analytics.js','ga');
  ga('create', 'UA-81023456-1', 'auto'); ga('send', 'pageview');
</script>
</body>
</html>
"""


def breadcrumb(items: list[tuple[str, str | None]]) -> str:
    parts = ['<a href="/">Trang chủ</a>']
    for label, href in items:
        if href:
            parts.append(f'<span class="sep"> &gt; </span><a href="{href}">{esc(label)}</a>')
        else:
            parts.append(f'<span class="sep"> &gt; </span><span class="current">{esc(label)}</span>')
    return ('<div class="tv-breadcrumb noindex" id="ctl00_PlaceHolderMain_siteMapPath">'
            '<span id="ctl00_PlaceHolderMain_SiteMapPath1">' + "".join(parts) + '</span></div>')


def build_page(*, title: str, path: str, web: str, active: str | None, main: str, name: str,
               vs_bytes: int = 9000, head_extra: str = "") -> str:
    r = rng_for(name)
    return (head(title, path, web, r, head_extra) + form_open(path, r, vs_bytes) + header_block(active)
            + '<div id="contentRow" class="container">\n<div class="row">\n'
            + '<div id="contentBox" class="col-md-8" aria-live="polite" aria-relevant="all">\n'
            + '<div id="notificationArea" class="ms-notif-box"></div>\n'
            + '<div id="DeltaPageStatusBar"><div id="pageStatusBar"></div></div>\n'
            + '<div id="DeltaPlaceHolderMain">\n<a id="mainContent" name="mainContent" tabindex="-1"></a>\n'
            + main + '\n<div style="display:none" id="hidZone"></div>\n</div>\n</div>\n'
            + '<div id="sideBox" class="col-md-4 noindex">\n' + right_column(r) + '\n</div>\n'
            + '</div>\n</div>\n' + footer(r) + page_close(r))


# ---------------------------------------------------------------------------------------
# Article bodies: blocks -> (html, truth paragraphs, images)
# ---------------------------------------------------------------------------------------

RTE_P = 'class="ms-rteElement-P" style="text-align:justify;"'


def render_blocks(blocks: list[tuple]) -> tuple[str, list[str], list[dict]]:
    out, paras, images = [], [], []
    for b in blocks:
        kind = b[0]
        if kind == "p":
            out.append(f'<p {RTE_P}><span class="ms-rteFontSize-2">{b[1]}</span></p>')
            paras.append(plain(b[1]))
        elif kind == "pplain":          # pasted from Word: bare <p>, no RTE classes
            out.append(f'<p style="margin-bottom:6pt;text-align:justify">{b[1]}</p>')
            paras.append(plain(b[1]))
        elif kind == "div":             # content migrated from the 2010 portal
            out.append(f'<div style="text-align:justify">{b[1]}</div>')
            paras.append(plain(b[1]))
        elif kind == "br":
            out.append('<div style="text-align:justify">' + "<br />\n".join(b[1]) + '<br /></div>')
            paras.extend(plain(x) for x in b[1])
        elif kind == "h":
            out.append(f'<p {RTE_P}><strong>{b[1]}</strong></p>')
            paras.append(plain(b[1]))
        elif kind == "ul":
            out.append('<ul>' + "".join(f'<li><span class="ms-rteFontSize-2">{x}</span></li>' for x in b[1]) + '</ul>')
            paras.extend(plain(x) for x in b[1])
        elif kind == "table":
            rows = b[1]
            trs = []
            for i, row in enumerate(rows):
                if i == 0:
                    trs.append('<tr class="ms-rteTableHeaderRow-default">' + "".join(
                        f'<th class="ms-rteTableHeaderFirstCol-default" rowspan="1" colspan="1" style="width:25%;">{c}</th>'
                        for c in row) + '</tr>')
                else:
                    cls = "ms-rteTableEvenRow-default" if i % 2 == 0 else "ms-rteTableOddRow-default"
                    trs.append(f'<tr class="{cls}">' + "".join(
                        f'<td class="ms-rteTableEvenCol-default" rowspan="1" colspan="1" style="text-align:{"left" if j == 0 else "right"};">{c}</td>'
                        for j, c in enumerate(row)) + '</tr>')
                paras.append(" | ".join(plain(c) for c in row))
            out.append('<table width="100%" class="ms-rteTable-default" cellspacing="0" style="border-collapse:collapse;"><tbody>'
                       + "".join(trs) + '</tbody></table>')
        elif kind == "blank":
            out.append('<p>&#160;</p>')
        elif kind == "raw":             # boxes inside the body that are not article text
            out.append(b[1])
        elif kind == "img":
            d = b[1]
            src, cap, cred, style = d["src"], d.get("caption"), d.get("credit"), d["style"]
            alt = esc(d.get("alt", ""))
            images.append({"src": HOST + src, "caption": cap, "credit": cred})
            img = f'<img src="{esc(src)}" alt="{alt}" style="margin:5px;width:600px;" />'
            if style == "em_paren":       # italic paragraph after the image, credit in parentheses
                text = cap + (f" ({cred})" if cred else "")
                out.append(f'<p style="text-align:center;">{img}</p>')
                out.append(f'<p style="text-align:center;"><em><span class="ms-rteFontSize-1">{esc(text)}</span></em></p>')
            elif style == "em_sep":       # caption paragraph, credit on its own right-aligned line
                out.append(f'<p style="text-align:center;">{img}</p>')
                out.append(f'<p style="text-align:center;"><em>{esc(cap)}</em></p>')
                out.append(f'<p style="text-align:right;"><em>{esc(cred)}</em></p>')
            elif style == "table":        # one-cell photo table with a caption row
                cell = f'<em>{esc(cap)}</em>' + (f'<br /><span style="font-size:9pt;">{esc(cred)}</span>' if cred else "")
                out.append('<table class="ms-rteTable-0 tv-photo" align="center" cellspacing="0" style="width:600px;"><tbody>'
                           f'<tr><td style="text-align:center;">{img}</td></tr>'
                           f'<tr><td style="text-align:center;background-color:#f2f2f2;">{cell}</td></tr></tbody></table>')
            elif style == "figure":
                fc = esc(cap) + (f'<br /><i>{esc(cred)}</i>' if cred else "")
                out.append(f'<figure class="image" style="text-align:center;">{img}<figcaption>{fc}</figcaption></figure>')
            elif style == "bare":
                out.append(f'<p style="text-align:center;">{img}</p>')
            else:
                raise ValueError(style)
        else:
            raise ValueError(kind)
    return "\n".join(out), paras, images


def related_box(items: list[tuple[str, str, str]]) -> str:
    lis = "".join(f'<li><a href="{h}">{esc(t)}</a> <span style="color:#888;">({d})</span></li>' for t, h, d in items)
    return ('<div class="tv-related-inline" style="float:right;width:260px;border:1px solid #ccc;padding:6px;margin:0 0 8px 10px;">'
            '<p><strong>Tin liên quan:</strong></p><ul>' + lis + '</ul></div>')


# Each article: url, renderer (pub | wp | form), cat, title, prefix, lead, lead_where
# (summary | bold | sapo | sapo_bold | None), date_html, truth dates, byline/sig, blocks.
ARTICLES: list[dict] = []


def A(**kw):
    ARTICLES.append(kw)


A(name="a01_chuyen_doi_so", renderer="pub", cat="ttt",
  url="/tin-tuc/Pages/trien-khai-ke-hoach-chuyen-doi-so-nam-2024.aspx",
  title="UBND tỉnh triển khai kế hoạch chuyển đổi số năm 2024",
  prefix="(CTTĐT) -",
  lead="Chiều 13/3, UBND tỉnh tổ chức hội nghị triển khai kế hoạch chuyển đổi số năm 2024 với sự tham dự của lãnh đạo các sở, ban, ngành tỉnh và UBND các huyện, thị xã, thành phố.",
  lead_where="summary",
  date_html='<span class="lbl">Ngày đăng:</span> <span class="val">14/03/2024 08:15</span>',
  list_date="14/03/2024 08:15",
  published_at="2024-03-14T08:15:00+07:00", updated_at=None, date_label="Ngày đăng",
  page_image={"src": "/tin-tuc/PublishingImages/2024/03/hoi-nghi-chuyen-doi-so.jpg?RenditionID=6",
              "caption": "Quang cảnh hội nghị triển khai kế hoạch chuyển đổi số năm 2024", "credit": None},
  blocks=[
      ("p", "Theo báo cáo của Sở Thông tin và Truyền thông, năm 2023 tỉnh đã hoàn thành 41/45 chỉ tiêu của kế hoạch chuyển đổi số; tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận và giải quyết trực tuyến toàn trình đạt 62,4%, tăng gần 20 điểm phần trăm so với năm trước. Hệ thống quản lý văn bản và điều hành được triển khai thông suốt từ cấp tỉnh đến cấp xã, góp phần giảm đáng kể thời gian xử lý công việc."),
      ("p", "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như hạ tầng mạng ở một số xã vùng sâu còn chưa ổn định, kỹ năng số của một bộ phận cán bộ, công chức và người dân còn hạn chế, dữ liệu chuyên ngành chưa được kết nối, chia sẻ đầy đủ giữa các cơ quan."),
      ("img", {"src": "/tin-tuc/PublishingImages/2024/03/phat-bieu-chi-dao.jpg?RenditionID=2", "alt": "DSC_4512.JPG",
               "caption": "Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo tại hội nghị", "credit": "Ảnh: Minh Tâm", "style": "em_paren"}),
      ("p", "Năm 2024, tỉnh đặt mục tiêu 100% thủ tục hành chính đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình; 80% hồ sơ công việc tại cấp tỉnh, 60% tại cấp huyện được xử lý trên môi trường mạng; mỗi hộ gia đình có ít nhất một người biết sử dụng các tiện ích số cơ bản."),
      ("p", "Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh đề nghị thủ trưởng các cơ quan, đơn vị trực tiếp chỉ đạo công tác chuyển đổi số tại đơn vị mình, xem đây là nhiệm vụ trọng tâm gắn với cải cách hành chính. Sở Thông tin và Truyền thông chủ trì, phối hợp với các doanh nghiệp viễn thông hoàn thiện hạ tầng, đẩy mạnh phổ cập điện thoại thông minh và phát huy vai trò của tổ công nghệ số cộng đồng ở các ấp, khóm."),
      ("p", "Dịp này, UBND tỉnh khen thưởng 12 tập thể và 15 cá nhân có thành tích xuất sắc trong triển khai chuyển đổi số năm 2023."),
  ],
  sig_html='<p style="text-align:right;"><strong>Thanh Hà</strong></p>', authors=["Thanh Hà"], unit=None)

A(name="a02_cau_rach_lop", renderer="pub", cat="ttt",
  url="/tin-tuc/Pages/khanh-thanh-cau-rach-lop.aspx",
  title="Khánh thành và đưa vào sử dụng cầu Rạch Lợp trên tuyến đường huyện 12",
  prefix=None, lead=None, lead_where=None,
  date_html='<span class="lbl">Cập nhật lúc</span> <span class="val">15:42:07 ngày 12/03/2024</span>',
  list_date="12/03/2024 15:42",
  published_at="2024-03-12T15:42:07+07:00", updated_at=None, date_label="Cập nhật lúc",
  blocks=[
      ("p", "Sáng ngày 10/3/2024, UBND huyện Càng Long tổ chức lễ khánh thành và đưa vào sử dụng cầu Rạch Lợp thuộc tuyến đường huyện 12, nối liền hai xã Tân An và Huyền Hội."),
      ("p", "Công trình được khởi công ngày 15/6/2023 với tổng mức đầu tư hơn 18,6 tỷ đồng từ nguồn vốn ngân sách tỉnh và ngân sách huyện. Cầu có chiều dài 72 m, rộng 6,5 m, kết cấu bê tông cốt thép dự ứng lực, tải trọng thiết kế 30 tấn; hai đầu cầu được đầu tư đường dẫn dài tổng cộng 240 m."),
      ("img", {"src": "/tin-tuc/PublishingImages/2024/03/cau-rach-lop.jpg?RenditionID=2",
               "caption": "Đại biểu cắt băng khánh thành cầu Rạch Lợp", "credit": "Ảnh: Hoàng Nam", "style": "table"}),
      ("p", "Trước đây, người dân hai xã phải đi đò hoặc đi vòng gần 9 km để qua lại. Việc đưa cầu vào sử dụng sớm hơn kế hoạch 3 tháng giúp rút ngắn thời gian đi lại, tạo điều kiện thuận lợi cho việc vận chuyển nông sản, đặc biệt là dừa và lúa, vào mùa thu hoạch."),
      ("p", "Phát biểu tại buổi lễ, lãnh đạo UBND huyện ghi nhận sự đồng thuận của người dân trong công tác giải phóng mặt bằng, với 37 hộ tự nguyện hiến đất, cây trồng để thi công đường dẫn. Huyện yêu cầu đơn vị quản lý thường xuyên kiểm tra, bảo trì để công trình phát huy hiệu quả lâu dài."),
      ("p", "Dự kiến đến ngày 30/4/2024, huyện sẽ tiếp tục khởi công thêm 2 cây cầu nông thôn trên địa bàn các xã Đại Phước và Nhị Long."),
  ],
  sig_html='<p style="text-align:right;"><em>Nguồn: Báo Trà Vinh</em></p>', authors=[], unit="Báo Trà Vinh")

A(name="a03_thu_ngan_sach", renderer="wp", cat="kt", item_id=2304, cat_id=3,
  url="/Pages/chi-tiet-tin.aspx?ItemID=2304&CatID=3",
  title="Thu ngân sách nhà nước 2 tháng đầu năm 2024 đạt 21,3% dự toán",
  prefix=None,
  lead="Tổng thu ngân sách nhà nước trên địa bàn tỉnh 2 tháng đầu năm 2024 ước đạt 1.093 tỷ đồng, bằng 21,3% dự toán Hội đồng nhân dân tỉnh giao, tăng 8,7% so với cùng kỳ năm trước.",
  lead_where="sapo_bold",
  date_html='<span class="lbl">Ngày đăng:</span> <span id="ctl00_ctl47_g_6c0e3f3a_lblNgayDang">11/03/2024 02:30 PM</span>',
  list_date="11/03/2024 14:30",
  published_at="2024-03-11T14:30:00+07:00", updated_at=None, date_label="Ngày đăng",
  blocks=[
      ("p", "Theo Sở Tài chính, trong tổng thu, thu nội địa ước đạt 1.021 tỷ đồng, thu từ hoạt động xuất nhập khẩu đạt 72 tỷ đồng. Một số khoản thu đạt khá như thu từ doanh nghiệp nhà nước do địa phương quản lý, thuế thu nhập cá nhân và thu tiền sử dụng đất."),
      ("p", "Kết quả thu một số khoản chủ yếu như sau (đơn vị: tỷ đồng):"),
      ("table", [["Nội dung", "Dự toán năm 2024", "Ước thực hiện 2 tháng", "Tỷ lệ (%)"],
                 ["Tổng thu NSNN trên địa bàn", "5.130", "1.093", "21,3"],
                 ["Thu nội địa", "4.830", "1.021", "21,1"],
                 ["Thu từ doanh nghiệp nhà nước", "620", "148", "23,9"],
                 ["Thuế thu nhập cá nhân", "410", "97", "23,7"],
                 ["Thu tiền sử dụng đất", "900", "176", "19,6"],
                 ["Thu xuất nhập khẩu", "300", "72", "24,0"]]),
      ("p", "Tổng chi ngân sách địa phương 2 tháng ước thực hiện 1.486 tỷ đồng, bằng 15,2% dự toán, trong đó chi đầu tư phát triển 412 tỷ đồng, chi thường xuyên 1.074 tỷ đồng. Các khoản chi cơ bản đáp ứng yêu cầu hoạt động của bộ máy, chi trả kịp thời chế độ cho các đối tượng chính sách trong dịp Tết Nguyên đán Giáp Thìn."),
      ("p", "Sở Tài chính đề nghị các cơ quan thu tiếp tục rà soát nguồn thu, chống thất thu, xử lý nợ đọng thuế; các chủ đầu tư khẩn trương hoàn thiện thủ tục để giải ngân vốn đầu tư công ngay từ những tháng đầu năm."),
  ],
  sig_html='<p style="text-align:right;"><strong>Sở Tài chính</strong></p>', authors=[], unit="Sở Tài chính")

A(name="a04_thang_thanh_nien", renderer="pub", cat="ttt",
  url="/tin-tuc/Pages/ra-quan-thang-thanh-nien-2024.aspx",
  title="Hơn 3.000 đoàn viên, thanh niên ra quân hưởng ứng Tháng Thanh niên năm 2024",
  prefix=None,
  lead="Ngày 6/3, Tỉnh đoàn phối hợp với UBND thành phố Trà Vinh tổ chức lễ ra quân hưởng ứng Tháng Thanh niên năm 2024 với chủ đề “Tuổi trẻ xung kích chuyển đổi số, bảo vệ môi trường”.",
  lead_where="bold",
  date_html='<span class="val">Thứ Năm, 07/03/2024 10:00</span>',
  byline='Tác giả: <span class="author">Ngọc Lan</span>',
  list_date="07/03/2024 10:00",
  published_at="2024-03-07T10:00:00+07:00", updated_at=None, date_label=None,
  blocks=[
      ("p", "Tại lễ ra quân, các đoàn viên, thanh niên đã tham gia dọn vệ sinh, trồng cây xanh trên các tuyến đường nội ô, ra mắt 15 công trình thanh niên thắp sáng đường quê và trao tặng 50 suất quà cho thiếu nhi có hoàn cảnh khó khăn."),
      ("raw", related_box([
          ("Tỉnh đoàn tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2023", "/tin-tuc/Pages/tinh-doan-tong-ket-nam-2023.aspx", "22/12/2023"),
          ("Ra mắt tổ công nghệ số cộng đồng tại 106 xã, phường, thị trấn", "/tin-tuc/Pages/ra-mat-to-cong-nghe-so-cong-dong.aspx", "18/10/2023"),
          ("Khởi động chiến dịch tình nguyện Mùa hè xanh năm 2023", "/tin-tuc/Pages/khoi-dong-mua-he-xanh-2023.aspx", "02/07/2023"),
      ])),
      ("p", "Trong Tháng Thanh niên, các cấp bộ Đoàn trong tỉnh sẽ tập trung thực hiện 5 nhóm hoạt động trọng tâm, trong đó chú trọng hỗ trợ người dân cài đặt, sử dụng ứng dụng định danh điện tử và thanh toán không dùng tiền mặt; tổ chức ngày hội hiến máu tình nguyện “Giọt hồng tuổi trẻ”; phát động phong trào phân loại rác thải tại nguồn ở các khu dân cư."),
      ("p", "Bí thư Tỉnh đoàn cho biết, năm nay mỗi cơ sở đoàn phải có ít nhất một công trình, phần việc thanh niên cụ thể, có địa chỉ và được người dân ghi nhận. Kết quả thực hiện sẽ là căn cứ để đánh giá, xếp loại tổ chức cơ sở đoàn cuối năm."),
      ("img", {"src": "/tin-tuc/PublishingImages/2024/03/ra-quan-thang-thanh-nien.jpg?RenditionID=2", "alt": "ra-quan-thang-thanh-nien.jpg",
               "caption": None, "credit": None, "style": "bare"}),
      ("p", "Dịp này, Ban Thường vụ Tỉnh đoàn tặng bằng khen cho 8 tập thể và 12 cá nhân có thành tích xuất sắc trong Tháng Thanh niên năm 2023."),
  ],
  sig_html='', authors=["Ngọc Lan"], unit=None)

A(name="a05_thong_bao_tiep_cong_dan", renderer="form", cat="tb", item_id=57,
  url="/Lists/ThongBao/DispForm.aspx?ID=57",
  title="Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND tỉnh tháng 3 năm 2024",
  prefix=None, lead=None, lead_where=None,
  date_html="06/03/2024", list_date="06/03/2024",
  published_at="2024-03-06T00:00:00+07:00", updated_at=None, date_label="Ngày đăng",
  blocks=[
      ("pplain", "Văn phòng UBND tỉnh thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND tỉnh trong tháng 3 năm 2024 như sau:"),
      ("pplain", "- Thời gian: từ 7 giờ 30 phút, ngày 20/3/2024 (thứ Tư)."),
      ("pplain", "- Địa điểm: Trụ sở Ban Tiếp công dân tỉnh, số 9 đường Lê Lợi, phường 1, thành phố Trà Vinh."),
      ("pplain", "Công dân có nhu cầu được tiếp vui lòng đăng ký trước với Ban Tiếp công dân tỉnh và mang theo giấy tờ tùy thân, tài liệu liên quan."),
  ],
  unit_field="Văn phòng UBND tỉnh",
  attachments=[("TB-lich-tiep-cong-dan-T3-2024.pdf", "/Lists/ThongBao/Attachments/57/TB-lich-tiep-cong-dan-T3-2024.pdf"),
               ("Mau-phieu-dang-ky-tiep-cong-dan.docx", "/Lists/ThongBao/Attachments/57/Mau-phieu-dang-ky-tiep-cong-dan.docx")],
  sig_html='', authors=[], unit="Văn phòng UBND tỉnh")

A(name="a06_thu_hoach_lua", renderer="wp", cat="kt", item_id=2291, cat_id=3,
  url="/Pages/chi-tiet-tin.aspx?ItemID=2291&CatID=3",
  title="Nông dân thu hoạch lúa Đông Xuân, năng suất bình quân đạt 6,8 tấn/ha",
  prefix="THTV –",
  lead="Đến nay, nông dân trong tỉnh đã thu hoạch hơn 42.000 ha lúa vụ Đông Xuân 2023 - 2024, chiếm 56% diện tích xuống giống; năng suất bình quân ước đạt 6,8 tấn/ha, cao hơn vụ cùng kỳ 0,3 tấn/ha.",
  lead_where="sapo_bold",
  date_html='<span class="lbl">Ngày đăng:</span> <span>04/03/2024 07:30</span> | <span class="lbl">Cập nhật:</span> <span>05/03/2024 16:10</span>',
  list_date="04/03/2024 07:30",
  published_at="2024-03-04T07:30:00+07:00", updated_at="2024-03-05T16:10:00+07:00", date_label="Ngày đăng",
  blocks=[
      ("p", "Theo Sở Nông nghiệp và Phát triển nông thôn, toàn tỉnh xuống giống gần 75.000 ha lúa Đông Xuân, trong đó diện tích sử dụng giống xác nhận chiếm trên 80%. Nhờ thời tiết thuận lợi, sâu bệnh được kiểm soát tốt nên lúa đạt năng suất khá."),
      ("img", {"src": "/ImagesNews/2024/03/thu-hoach-lua-dong-xuan.jpg",
               "caption": "Nông dân huyện Cầu Kè thu hoạch lúa Đông Xuân bằng máy gặt đập liên hợp", "credit": "Ảnh: Hữu Phước", "style": "em_paren"}),
      ("p", "Giá lúa tươi tại ruộng hiện dao động từ 7.800 đến 8.200 đồng/kg tùy giống, cao hơn cùng kỳ năm trước khoảng 1.000 đồng/kg. Với mức giá này, sau khi trừ chi phí, nông dân lãi từ 25 đến 30 triệu đồng/ha."),
      ("p", "Ngành nông nghiệp khuyến cáo nông dân tranh thủ thu hoạch khi lúa chín đạt 85 - 90%, phơi sấy kịp thời để bảo đảm chất lượng hạt; đồng thời vệ sinh đồng ruộng, chuẩn bị xuống giống vụ Hè Thu theo đúng lịch thời vụ khuyến cáo, tránh gieo sạ tràn lan khi chưa đủ nước ngọt."),
      ("img", {"src": "/ImagesNews/2024/03/lua-say-tap-trung.jpg",
               "caption": "Lúa sau thu hoạch được đưa đến các lò sấy tập trung", "credit": None, "style": "em_paren"}),
      ("p", "Hiện các hợp tác xã và doanh nghiệp liên kết đã bao tiêu khoảng 12.000 ha lúa theo hợp đồng ký từ đầu vụ."),
  ],
  sig_html='', author_field="Hữu Phước", authors=["Hữu Phước"], unit=None)

A(name="a07_hoi_thi_van_nghe", renderer="pub", cat="vhxh",
  url="/tin-tuc/Pages/khai-mac-hoi-thi-van-nghe-quan-chung-cac-dan-toc.aspx",
  title="Khai mạc Hội thi văn nghệ quần chúng các dân tộc tỉnh năm 2024",
  prefix=None,
  lead="Tối 4/3, tại Nhà Văn hóa tỉnh, Sở Văn hóa, Thể thao và Du lịch khai mạc Hội thi văn nghệ quần chúng các dân tộc tỉnh năm 2024, thu hút 11 đội với hơn 300 diễn viên, nghệ nhân tham gia.",
  lead_where="bold",
  date_html='<span class="lbl">Ngày đăng:</span> <span class="val">05/03/2024</span>',
  list_date="05/03/2024",
  published_at="2024-03-05T00:00:00+07:00", updated_at=None, date_label="Ngày đăng",
  blocks=[
      ("p", "Hội thi nhằm bảo tồn, phát huy giá trị văn hóa truyền thống của đồng bào Kinh, Khmer, Hoa trong tỉnh, đồng thời tạo sân chơi lành mạnh, góp phần nâng cao đời sống tinh thần cho nhân dân. Các tiết mục tập trung ca ngợi quê hương, đất nước, tình đoàn kết giữa các dân tộc và những đổi thay trong xây dựng nông thôn mới."),
      ("img", {"src": "/tin-tuc/PublishingImages/2024/03/tiet-muc-mua-khmer.jpg?RenditionID=2",
               "caption": "Tiết mục múa dân tộc Khmer tại đêm khai mạc", "credit": "Ảnh: Thạch Dũng", "style": "em_sep"}),
      ("p", "Trong 3 đêm thi, mỗi đơn vị trình diễn chương trình dài từ 40 đến 45 phút gồm các loại hình hát, múa, đờn ca tài tử và nhạc cụ dân tộc. Ban tổ chức sẽ trao 1 giải A, 2 giải B, 3 giải C toàn đoàn cùng nhiều giải cá nhân cho diễn viên, nhạc công xuất sắc."),
      ("p", "Theo ban tổ chức, năm nay lần đầu tiên có đội tham gia đến từ các câu lạc bộ văn nghệ ở cơ sở, trong đó nhiều diễn viên là nông dân, học sinh. Một số tiết mục được dàn dựng công phu, kết hợp sân khấu với trình chiếu hình ảnh về danh thắng của tỉnh."),
      ("blank",),
  ],
  sig_html='<p style="text-align:right;"><strong>Nguồn: Sở Văn hóa, Thể thao và Du lịch</strong></p>',
  authors=[], unit="Sở Văn hóa, Thể thao và Du lịch")

A(name="a08_cap_phep_dau_tu", renderer="wp", cat="kt", item_id=2266, cat_id=3,
  url="/Pages/chi-tiet-tin.aspx?ItemID=2266&CatID=3",
  title="Tỉnh cấp mới giấy chứng nhận đầu tư cho 3 dự án năng lượng và chế biến thủy sản",
  prefix=None,
  lead="Trong tháng 2/2024, UBND tỉnh cấp quyết định chủ trương đầu tư và giấy chứng nhận đăng ký đầu tư cho 3 dự án với tổng vốn đăng ký gần 2.450 tỷ đồng.",
  lead_where="sapo",
  date_html='<span>(Ngày đăng 01/03/2024 14:20:55)</span>',
  list_date="01/03/2024 14:20",
  published_at="2024-03-01T14:20:55+07:00", updated_at=None, date_label="Ngày đăng",
  blocks=[
      ("br", ["Cụ thể, dự án nhà máy điện gió ven biển giai đoạn 2 có vốn đăng ký 1.980 tỷ đồng, công suất 48 MW, dự kiến vận hành thương mại vào quý IV năm 2025.",
              "Dự án nhà máy chế biến tôm xuất khẩu tại khu công nghiệp có vốn đăng ký 320 tỷ đồng, công suất 12.000 tấn thành phẩm mỗi năm, giải quyết việc làm cho khoảng 1.200 lao động.",
              "Dự án kho lạnh bảo quản nông, thủy sản có vốn đăng ký 148 tỷ đồng, sức chứa 8.000 tấn."]),
      ("p", "Sở Kế hoạch và Đầu tư cho biết, tỉnh tiếp tục rà soát quỹ đất sạch tại các khu, cụm công nghiệp; đẩy mạnh cải cách thủ tục đầu tư, rút ngắn thời gian thẩm định hồ sơ còn không quá 15 ngày làm việc so với quy định 35 ngày."),
      ("p", "Lũy kế đến nay, trên địa bàn tỉnh có 418 dự án còn hiệu lực với tổng vốn đăng ký hơn 168.000 tỷ đồng."),
  ],
  sig_html='', source_field="Sở Kế hoạch và Đầu tư", authors=[], unit="Sở Kế hoạch và Đầu tư")

A(name="a09_huy_hieu_dang", renderer="pub", cat="ttt",
  url="/tin-tuc/Pages/trao-huy-hieu-40-nam-tuoi-dang-dang-bo-khoi.aspx",
  title="Trao Huy hiệu 40 năm tuổi Đảng cho đảng viên Đảng bộ khối cơ quan tỉnh",
  prefix=None, lead=None, lead_where=None,
  date_html='<span class="lbl">Ngày đăng:</span> <span class="val">20/12/2019 12:00 AM</span>',
  list_date="20/12/2019",
  published_at="2019-12-20T00:00:00+07:00", updated_at=None, date_label="Ngày đăng",
  blocks=[
      ("div", "Đảng ủy Khối các cơ quan tỉnh vừa tổ chức lễ trao Huy hiệu 40 năm tuổi Đảng cho 6 đảng viên đang sinh hoạt tại các chi bộ trực thuộc."),
      ("div", "Phát biểu tại buổi lễ, đại diện Ban Thường vụ Đảng ủy Khối chúc mừng các đảng viên được nhận Huy hiệu Đảng đợt này; ghi nhận những đóng góp của các đồng chí trong quá trình công tác và mong các đồng chí tiếp tục giữ gìn phẩm chất, là tấm gương để đảng viên trẻ học tập, noi theo."),
      ("div", "Thay mặt các đảng viên, một đồng chí bày tỏ niềm vinh dự, tự hào và hứa sẽ tiếp tục tu dưỡng, rèn luyện, tích cực tham gia các hoạt động tại nơi cư trú."),
  ],
  sig_html='<div style="text-align:right;"><strong>Ban Tuyên giáo Đảng ủy Khối</strong></div>',
  authors=[], unit="Ban Tuyên giáo Đảng ủy Khối")

A(name="a10_day_hoc_trai_nghiem", renderer="wp", cat="vhxh", item_id=2257, cat_id=5,
  url="/Pages/chi-tiet-tin.aspx?ItemID=2257&CatID=5",
  title="Ngành giáo dục tỉnh đẩy mạnh dạy học gắn với trải nghiệm thực tế",
  prefix=None,
  lead="Nhiều trường học trên địa bàn tỉnh đã chủ động xây dựng các chủ đề dạy học gắn với thực tế địa phương, giúp học sinh hứng thú hơn và vận dụng kiến thức vào cuộc sống.",
  lead_where="sapo",
  date_html='<span class="tv-date">28/02/2024 - 16:45</span>',
  list_date="28/02/2024 16:45",
  published_at="2024-02-28T16:45:00+07:00", updated_at=None, date_label=None,
  blocks=[
      ("p", "Tại Trường THCS thị trấn Tiểu Cần, học sinh khối 8 được đưa đến các vườn dừa, ao nuôi tôm để tìm hiểu quy trình sản xuất, sau đó làm báo cáo theo nhóm dưới sự hướng dẫn của giáo viên các môn Sinh học, Công nghệ và Địa lý."),
      ("img", {"src": "/ImagesNews/2024/02/hoc-sinh-trai-nghiem-nuoi-tom.jpg",
               "caption": "Học sinh tìm hiểu mô hình nuôi tôm tại địa phương", "credit": "Ảnh: Thu Trang", "style": "figure"}),
      ("p", "Theo Sở Giáo dục và Đào tạo, học kỳ I năm học 2023 - 2024, toàn tỉnh có hơn 85% trường trung học tổ chức ít nhất hai chủ đề dạy học trải nghiệm. Hoạt động được đánh giá bằng sản phẩm cụ thể như báo cáo, mô hình, video thay cho bài kiểm tra viết truyền thống."),
      ("h", "Khó khăn về kinh phí và thời gian"),
      ("p", "Tuy nhiên, việc tổ chức trải nghiệm ngoài nhà trường vẫn gặp khó khăn về kinh phí đưa đón học sinh, bảo đảm an toàn và sắp xếp thời khóa biểu. Một số trường ở vùng sâu chủ yếu tổ chức trong khuôn viên trường hoặc mời nghệ nhân, nông dân giỏi đến trao đổi với học sinh."),
      ("p", "Sở Giáo dục và Đào tạo đề nghị các trường phối hợp với chính quyền địa phương, hội cha mẹ học sinh và doanh nghiệp để huy động nguồn lực, đồng thời chia sẻ các chủ đề hay lên kho học liệu số dùng chung của ngành."),
  ],
  sig_html='', author_field="Minh Khoa - Thu Trang", authors=["Minh Khoa", "Thu Trang"], unit=None)

A(name="a11_sot_xuat_huyet", renderer="pub", cat="vhxh",
  url="/tin-tuc/Pages/chu-dong-phong-chong-sot-xuat-huyet-mua-kho.aspx",
  title="Chủ động phòng, chống dịch sốt xuất huyết ngay từ đầu mùa khô",
  prefix=None,
  lead="Dù đang là mùa khô nhưng số ca mắc sốt xuất huyết trên địa bàn tỉnh vẫn được ghi nhận rải rác ở nhiều địa phương. Ngành y tế khuyến cáo người dân không chủ quan, chủ động diệt lăng quăng tại hộ gia đình.",
  lead_where="summary",
  date_html='<span class="lbl">Cập nhật:</span> <span class="val">27/02/2024 09:10</span>',
  list_date="27/02/2024 09:10",
  published_at="2024-02-27T09:10:00+07:00", updated_at=None, date_label="Cập nhật",
  blocks=[
      ("p", "Từ đầu năm đến nay, toàn tỉnh ghi nhận 64 ca mắc sốt xuất huyết, giảm 31% so với cùng kỳ năm trước, chưa có trường hợp tử vong. Các ca mắc tập trung ở thành phố Trà Vinh và các huyện Châu Thành, Cầu Ngang."),
      ("p", "Trung tâm Kiểm soát bệnh tật tỉnh nhận định, thói quen trữ nước sinh hoạt trong mùa khô tạo điều kiện cho muỗi vằn sinh sản, vì vậy nguy cơ bùng phát dịch vẫn có thể xảy ra nếu không được kiểm soát tốt."),
      ("p", "Để chủ động phòng bệnh, người dân cần thực hiện các biện pháp sau:"),
      ("ul", ["Đậy kín tất cả dụng cụ chứa nước để muỗi không vào đẻ trứng.",
              "Hằng tuần thay nước bình hoa, bỏ muối hoặc dầu vào bát nước kê chân chạn.",
              "Thu gom, hủy các vật dụng phế thải có thể chứa nước đọng quanh nhà.",
              "Ngủ màn, mặc quần áo dài tay kể cả ban ngày để phòng muỗi đốt.",
              "Khi có dấu hiệu sốt cao đột ngột, cần đến ngay cơ sở y tế để được khám và điều trị, không tự ý điều trị tại nhà."]),
      ("img", {"src": "/tin-tuc/PublishingImages/2024/02/phun-hoa-chat-diet-muoi.jpg?RenditionID=2",
               "caption": "Nhân viên y tế phun hóa chất diệt muỗi tại khu dân cư", "credit": "Ảnh: CDC Trà Vinh", "style": "table"}),
      ("p", "Ngành y tế cũng yêu cầu các trạm y tế xã tăng cường giám sát, phát hiện sớm ca bệnh, xử lý triệt để ổ dịch trong vòng 48 giờ và tổ chức các đợt chiến dịch diệt lăng quăng định kỳ với sự tham gia của học sinh, đoàn viên thanh niên."),
  ],
  sig_html='<p style="text-align:right;"><strong>Kim Ngân</strong></p>', authors=["Kim Ngân"], unit=None)

A(name="a12_giai_ngan_von", renderer="wp", cat="ttu", item_id=2249, cat_id=1, nfd_body=True,
  title_tag="Chi tiết tin tức",
  url="/Pages/chi-tiet-tin.aspx?ItemID=2249&CatID=1",
  title="Thủ tướng yêu cầu đẩy nhanh giải ngân vốn đầu tư công ngay từ đầu năm",
  prefix="(Chinhphu.vn) -",
  lead="Thủ tướng Chính phủ vừa ký ban hành công điện đề nghị các bộ, ngành, địa phương quyết liệt triển khai các giải pháp đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2024 ngay từ những tháng đầu năm.",
  lead_where="sapo_bold",
  date_html='<span>26/02/2024 20:10</span>',
  list_date="26/02/2024 20:10",
  published_at="2024-02-26T20:10:00+07:00", updated_at=None, date_label=None,
  blocks=[
      ("pplain", "Công điện nêu rõ, năm 2024 tổng kế hoạch vốn đầu tư công được giao là rất lớn, đòi hỏi các cấp, các ngành phải vào cuộc quyết liệt hơn. Việc giải ngân chậm không chỉ làm giảm hiệu quả sử dụng vốn mà còn ảnh hưởng đến mục tiêu tăng trưởng chung."),
      ("pplain", "Thủ tướng yêu cầu người đứng đầu các cơ quan, đơn vị trực tiếp chỉ đạo, chịu trách nhiệm về kết quả giải ngân; phân công lãnh đạo theo dõi từng dự án; kịp thời tháo gỡ vướng mắc về giải phóng mặt bằng, nguồn vật liệu xây dựng và thủ tục điều chỉnh dự án."),
      ("pplain", "Các địa phương được yêu cầu xử lý nghiêm các tổ chức, cá nhân cố tình gây khó khăn, cản trở tiến độ giao vốn, giải ngân; điều chuyển vốn từ các dự án chậm giải ngân sang các dự án có khả năng giải ngân tốt hơn theo quy định."),
      ("pplain", "Bộ Kế hoạch và Đầu tư được giao theo dõi, tổng hợp tình hình, định kỳ báo cáo Thủ tướng Chính phủ kết quả giải ngân của từng bộ, ngành, địa phương."),
  ],
  sig_html='', source_field="Cổng Thông tin điện tử Chính phủ", authors=[], unit="Cổng Thông tin điện tử Chính phủ")


# Items that exist only as links (their pages answer 404 on the test server), to fill lists.
FILLERS = [
    ("Đoàn công tác của tỉnh làm việc với Bộ Giao thông vận tải về tuyến cao tốc", "/tin-tuc/Pages/lam-viec-bo-gtvt-tuyen-cao-toc.aspx", "13/03/2024 17:05", "ttt"),
    ("Hội nghị giao ban báo chí tháng 3 năm 2024", "/tin-tuc/Pages/giao-ban-bao-chi-thang-3-2024.aspx", "09/03/2024 09:30", "ttt"),
    ("Tỉnh ủy quán triệt nghị quyết hội nghị Trung ương lần thứ tám", "/tin-tuc/Pages/quan-triet-nghi-quyet-tw8.aspx", "02/03/2024 08:00", "ttt"),
    ("Gặp mặt cán bộ hưu trí nhân dịp đầu xuân Giáp Thìn", "/tin-tuc/Pages/gap-mat-can-bo-huu-tri-2024.aspx", "20/02/2024 15:00", "ttt"),
    ("Lễ giao nhận quân năm 2024 diễn ra trang trọng, an toàn", "/tin-tuc/Pages/le-giao-nhan-quan-2024.aspx", "19/02/2024 10:15", "ttt"),
    ("Xuất khẩu hàng hóa 2 tháng đầu năm tăng 12%", "/Pages/chi-tiet-tin.aspx?ItemID=2288&CatID=3", "03/03/2024 10:40", "kt"),
    ("Hỗ trợ doanh nghiệp nhỏ và vừa tiếp cận nguồn vốn ưu đãi", "/Pages/chi-tiet-tin.aspx?ItemID=2241&CatID=3", "22/02/2024 14:00", "kt"),
    ("Khai mạc giải bóng chuyền các đội mạnh toàn tỉnh", "/Pages/chi-tiet-tin.aspx?ItemID=2270&CatID=5", "01/03/2024 19:30", "vhxh"),
    ("Tuyển sinh lớp 10 năm học 2024 - 2025: giữ ổn định phương thức xét tuyển", "/Pages/chi-tiet-tin.aspx?ItemID=2239&CatID=5", "21/02/2024 08:45", "vhxh"),
]
SOFT404_URL = "/tin-tuc/Pages/ngay-hoi-van-hoa-the-thao-dong-bao-khmer-2019.aspx"
OLD_ITEMS = [  # old items on page 2 of "Tin trong tỉnh"
    ("Ngày hội văn hóa, thể thao đồng bào Khmer năm 2019", SOFT404_URL, "25/11/2019 12:00 AM"),
    ("Tổng kết 10 năm thực hiện phong trào toàn dân đoàn kết xây dựng đời sống văn hóa", "/tin-tuc/Pages/tong-ket-10-nam-phong-trao-toan-dan.aspx", "18/11/2019 12:00 AM"),
]


def date_only(s: str) -> str:
    return s.split()[0]


def sorted_items(exclude: str | None = None, cat: str | None = None):
    items = [(a["title"], a["url"], a["list_date"], a["cat"], a) for a in ARTICLES if a["name"] != exclude]
    items += [(t, u, d, c, None) for t, u, d, c in FILLERS]
    if cat:
        items = [x for x in items if x[3] == cat]

    def key(x):
        d = x[2]
        dd, mm, yy = d.split()[0].split("/")
        return (yy, mm, dd, d.split()[1] if " " in d else "00:00")
    return sorted(items, key=key, reverse=True)


def other_news(a: dict) -> str:
    lis = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a> <span class="date">({date_only(d)})</span></li>'
                  for t, u, d, c, _ in sorted_items(exclude=a["name"])[:10])
    return f'<ul class="tv-other-news">{lis}</ul><div class="more"><a href="{CATS[a["cat"]][1]}">Xem thêm</a></div>'


def tools(a: dict) -> str:
    u = HOST + a["url"]
    return (f'<div class="tv-tools noindex"><span class="views">Lượt xem: {zlib.crc32(a["name"].encode()) % 3000 + 150}</span> '
            f'<a href="javascript:window.print();" title="In trang"><img src="/Style%20Library/TraVinh/images/print.png" alt="" /> In trang</a> '
            f'<a href="mailto:?subject={esc(a["title"])}&amp;body={esc(u)}"><img src="/Style%20Library/TraVinh/images/email.png" alt="" /> Gửi email</a> '
            f'<a href="javascript:history.back();">Quay lại</a> '
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={esc(u)}" target="_blank" class="fb">Chia sẻ</a></div>')


def lead_html(a: dict) -> str:
    if not a["lead"]:
        return ""
    return (a["prefix"] + " " if a["prefix"] else "") + esc(a["lead"])


def rich_field(ctl: int, inner: str, label: str = "Nội dung Trang") -> str:
    return (f'<div id="ctl00_PlaceHolderMain_ctl0{ctl}_label" style="display:none">{label}</div>'
            f'<div id="ctl00_PlaceHolderMain_ctl0{ctl}__ControlWrapper_RichHtmlField" class="ms-rtestate-field" '
            f'style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl0{ctl}_label">{inner}</div>')


def render_article(a: dict) -> tuple[str, dict]:
    body_html, paras, images = render_blocks(a["blocks"])
    if a.get("nfd_body"):
        body_html = unicodedata.normalize("NFD", body_html)
    r = rng_for(a["name"] + "-wp")
    cat_label, cat_href = CATS[a["cat"]]
    tn_crumbs = [("Tin tức - Sự kiện", "/tin-tuc/Pages/default.aspx"), (cat_label, None)]
    if a["renderer"] == "pub":
        lead = ""
        page_img = ""
        if a["lead_where"] == "summary":
            lead = (f'<div class="article-summary">{rich_field(2, lead_html(a), "Tóm tắt")}</div>')
        elif a["lead_where"] == "bold":
            body_html = f'<p style="text-align:justify;"><b>{lead_html(a)}</b></p>\n' + body_html
        if a.get("page_image"):
            pi = a["page_image"]
            images.insert(0, {"src": HOST + pi["src"], "caption": pi["caption"], "credit": pi["credit"]})
            page_img = (f'<div class="captioned-image"><div class="image">'
                        f'<div id="ctl00_PlaceHolderMain_ctl03__ControlWrapper_RichImageField" class="ms-rtestate-field" style="display:inline">'
                        f'<div class="ms-rtestate-field" style="display:inline"><img alt="" src="{esc(pi["src"])}" style="BORDER:0px solid;" /></div></div></div>'
                        f'<div class="caption">{rich_field(5, esc(pi["caption"]), "Chú thích ảnh")}</div></div>')
        byline = f'<div class="by-line">{a["byline"]}</div>' if a.get("byline") else ""
        main = (breadcrumb(tn_crumbs[:1] + [(cat_label, cat_href)]) + '\n'
                + '<div class="article article-left tv-article">\n'
                + f'<div id="DeltaPlaceHolderPageTitleInTitleArea"><h1 id="pageTitle" class="ms-core-pageTitle"><span><span>{esc(a["title"])}</span></span></h1></div>\n'
                + f'<div class="article-header"><div class="date-line">{a["date_html"]}</div>{byline}</div>\n'
                + lead + page_img
                + f'\n<div class="article-content">{rich_field(4, body_html + a["sig_html"])}</div>\n'
                + tools(a) + '\n'
                + zone(wp(3, "Các tin khác", other_news(a), r)) + '\n</div>')
        page = build_page(title=a["title"], path=a["url"], web="/tin-tuc", active="Tin tức - Sự kiện",
                          main=main, name=a["name"], vs_bytes=12000)
    elif a["renderer"] == "wp":
        sapo = ""
        if a["lead_where"] == "sapo":
            sapo = f'<div class="tv-news-sapo">{lead_html(a)}</div>'
        elif a["lead_where"] == "sapo_bold":
            sapo = f'<div class="tv-news-sapo"><b>{lead_html(a)}</b></div>'
        tail = a["sig_html"]
        if a.get("author_field"):
            tail += f'<div class="tv-news-author" style="text-align:right;"><b>{esc(a["author_field"])}</b></div>'
        if a.get("source_field"):
            tail += f'<div class="tv-news-source" style="text-align:right;"><i>Nguồn: {esc(a["source_field"])}</i></div>'
        detail = (f'<div class="tv-news-detail" id="ctl00_ctl47_g_6c0e3f3a_pnDetail">'
                  f'<div class="tv-news-title"><h2>{esc(a["title"])}</h2></div>'
                  f'<div class="tv-news-date">{a["date_html"]}</div>{sapo}'
                  f'<div class="tv-news-content ms-rtestate-field">{body_html}</div>{tail}{tools(a)}</div>')
        main = (breadcrumb([("Tin tức - Sự kiện", "/tin-tuc/Pages/default.aspx"), (cat_label, cat_href)]) + '\n'
                + zone(wp(3, None, detail, r), wp(4, "Các tin khác", other_news(a), r)))
        title_tag = a.get("title_tag") or f'{a["title"]} - Cổng TTĐT tỉnh Trà Vinh'
        page = build_page(title=title_tag, path=a["url"], web="/", active="Tin tức - Sự kiện",
                          main=main, name=a["name"], vs_bytes=15000)
    elif a["renderer"] == "form":
        att = "".join(f'<tr id="{guid(r)}"><td class="ms-vb"><span style="vertical-align:middle"><img src="/_layouts/15/images/ic{n.rsplit(".", 1)[1]}.png" alt="" /></span> '
                      f'<a tabindex="1" href="{esc(h)}">{esc(n)}</a></td></tr>' for n, h in a["attachments"])

        def row(label, internal, ftype, value, cls=""):
            return (f'<tr><td nowrap="true" valign="top" width="113px" class="ms-formlabel"><h3 class="ms-standardheader">'
                    f'<a name="SPBookmark_{internal}"></a>{esc(label)}</h3></td>'
                    f'<td valign="top" class="ms-formbody" width="350px" id="SPField{ftype}">\n'
                    f'<!-- FieldName="{esc(label)}"\n FieldInternalName="{internal}"\n FieldType="SPField{ftype}"\n -->\n'
                    f'{value}</td></tr>')
        ext = "ExternalClass" + "".join(r.choice("0123456789ABCDEF") for _ in range(32))
        table = ('<table class="ms-formtable" style="margin-top: 8px;" border="0" cellpadding="0" cellspacing="0" width="100%" role="presentation">'
                 + row("Tiêu đề", "Title", "Text", esc(a["title"]))
                 + row("Ngày đăng", "NgayDang", "DateTime", a["date_html"])
                 + row("Nội dung", "NoiDung", "Note", f'<div dir=""><div class="{ext}">{body_html}</div></div>')
                 + row("Cơ quan ban hành", "CoQuanBanHanh", "Text", esc(a["unit_field"]))
                 + row("Tệp đính kèm", "Attachments", "Attachments",
                       f'<table border="0" cellpadding="0" cellspacing="0" id="idAttachmentsTable">{att}</table>')
                 + '</table>')
        toolbar = ('<table width="100%" class="ms-formtoolbar" cellpadding="2" cellspacing="0" border="0" role="presentation"><tr>'
                   '<td width="99%" class="ms-toolbar" nowrap="nowrap"><img src="/_layouts/15/images/blank.gif?rev=44" width="1" height="18" alt="" /></td>'
                   '<td class="ms-toolbar" nowrap="nowrap"><table cellpadding="0" cellspacing="0" width="100%"><tr><td align="right" width="100%" nowrap="nowrap">'
                   '<input type="button" name="ctl00$ctl40$g_1f2e$ctl00$toolBarTbl$RightRptControls$ctl00$ctl00$diidIOGoBack" value="Đóng" '
                   'onclick="STSNavigate(\'\\u002fLists\\u002fThongBao\\u002fAllItems.aspx\');return false;" class="ms-ButtonHeightWidth" /></td></tr></table></td></tr></table>')
        main = (breadcrumb([("Chỉ đạo điều hành", "/chi-dao-dieu-hanh/Pages/default.aspx"), (cat_label, cat_href)]) + '\n'
                + zone(wp(2, None, '<div id="WebPartWPQ2_form" class="ms-formtable-wrap">' + table + toolbar + '</div>', r),
                       wp(5, "Thông báo khác", other_news(a), r)))
        page = build_page(title=f'{cat_label} - {a["title"]}', path=a["url"], web="/", active="Chỉ đạo điều hành",
                          main=main, name=a["name"], vs_bytes=11000)
    else:
        raise ValueError(a["renderer"])
    expected = {
        "title": norm(a["title"]),
        "agency_prefix": a["prefix"],
        "lead": norm(a["lead"]) if a["lead"] else None,
        "text": "\n\n".join(p for p in paras if p),
        "published_at": a["published_at"],
        "updated_at": a["updated_at"],
        "date_label": a["date_label"],
        "authors": a["authors"],
        "unit": a["unit"],
        "images": images,
        "category": cat_label,
    }
    return page, expected


# ---------------------------------------------------------------------------------------
# Non-article pages
# ---------------------------------------------------------------------------------------

def thumb_for(a: dict | None) -> str:
    if a is None:
        return "/Style%20Library/TraVinh/images/no-image.jpg"
    for b in a["blocks"]:
        if b[0] == "img":
            return b[1]["src"].split("?")[0] + "?RenditionID=5"
    if a.get("page_image"):
        return a["page_image"]["src"].split("?")[0] + "?RenditionID=5"
    return "/Style%20Library/TraVinh/images/no-image.jpg"


def excerpt(a: dict | None) -> str:
    if a is None:
        return ""
    src = a["lead"] or plain(a["blocks"][0][1] if isinstance(a["blocks"][0][1], str) else a["blocks"][0][1][0])
    words = src.split()
    return " ".join(words[:32]) + (" ..." if len(words) > 32 else "")


def news_item(t, u, d, a, with_sapo=True) -> str:
    sapo = f'<p class="sapo">{esc(excerpt(a))}</p>' if with_sapo and a else ""
    return (f'<div class="tv-news-item clearfix"><a class="thumb" href="{esc(u)}"><img src="{thumb_for(a)}" alt="" /></a>'
            f'<h3 class="title"><a href="{esc(u)}">{esc(t)}</a></h3><span class="date">{d}</span>{sapo}</div>')


def home_page() -> str:
    r = rng_for("home-wp")
    items = sorted_items()
    feat = [x for x in items if x[4] is not None and x[4]["renderer"] != "form"][:4]
    slider = "".join(f'<div class="item{" active" if i == 0 else ""}"><a href="{esc(u)}"><img src="{thumb_for(a).replace("RenditionID=5", "RenditionID=6")}" alt="" />'
                     f'<div class="carousel-caption"><h3>{esc(t)}</h3></div></a></div>' for i, (t, u, d, c, a) in enumerate(feat))
    latest = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a> <span class="date">{d}</span></li>' for t, u, d, c, a in items[:12])
    blocks = []
    for key in ("ttt", "kt", "vhxh", "ttu"):
        label, href = CATS[key]
        its = sorted_items(cat=key)
        if not its:
            continue
        first = news_item(*its[0][:3], its[0][4])
        rest = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a> <span class="date">({date_only(d)})</span></li>' for t, u, d, c, a in its[1:5])
        blocks.append(wp(20 + len(blocks), None, f'<div class="tv-cat-block"><h2 class="tv-cat-title"><a href="{href}">{esc(label)}</a></h2>{first}<ul>{rest}</ul></div>', r))
    tb = [a for a in ARTICLES if a["cat"] == "tb"]
    tb_html = "".join(f'<li><a href="{a["url"]}">{esc(a["title"])}</a> <span class="date">({a["list_date"]})</span></li>' for a in tb)
    tb_html += ('<li><a href="/Lists/ThongBao/DispForm.aspx?ID=56">Thông báo kết quả tuyển dụng viên chức năm 2023</a> <span class="date">(01/03/2024)</span></li>'
                '<li><a href="/Lists/ThongBao/DispForm.aspx?ID=55">Thông báo nghỉ Tết Nguyên đán Giáp Thìn năm 2024</a> <span class="date">(25/01/2024)</span></li>')
    main = (zone(wp(2, None, f'<div id="tvCarousel" class="carousel slide" data-ride="carousel"><div class="carousel-inner">{slider}</div>'
                             '<a class="left carousel-control" href="#tvCarousel" data-slide="prev">‹</a><a class="right carousel-control" href="#tvCarousel" data-slide="next">›</a></div>', r),
                 wp(3, "Tin mới nhất", f'<ul class="tv-latest">{latest}</ul>', r),
                 wp(4, "Thông báo", f'<ul class="tv-thongbao">{tb_html}</ul><a class="more" href="/Lists/ThongBao/AllItems.aspx">Xem tất cả</a>', r))
            + '\n' + zone(*blocks))
    return build_page(title=SITE, path="/", web="/", active=None, main=main, name="home", vs_bytes=14000)


def category_page(key: str, page: int, per: int, extra_old: bool = False) -> tuple[str, str]:
    label, href = CATS[key]
    items = sorted_items(cat=key)
    if extra_old:
        items = items + [(t, u, d, key, None) for t, u, d in OLD_ITEMS]
    pages = (len(items) + per - 1) // per
    chunk = items[(page - 1) * per: page * per]
    path = href + (f"?Page={page}" if page > 1 else "")
    r = rng_for(f"cat-{key}-{page}")
    lst = "".join(news_item(t, u, d, a) for t, u, d, c, a in chunk)
    pager = ['<div class="tv-pager">']
    if page > 1:
        pager.append(f'<a href="{href}{"?Page=" + str(page - 1) if page > 2 else ""}">« Trang trước</a>')
    for i in range(1, pages + 1):
        pager.append(f'<span class="current">{i}</span>' if i == page else f'<a href="{href}{"?Page=" + str(i) if i > 1 else ""}">{i}</a>')
    if page < pages:
        pager.append(f'<a href="{href}?Page={page + 1}">Trang sau »</a>')
    pager.append('</div>')
    main = (breadcrumb([("Tin tức - Sự kiện", "/tin-tuc/Pages/default.aspx"), (label, None)]) + '\n'
            + f'<div id="DeltaPlaceHolderPageTitleInTitleArea"><h1 id="pageTitle" class="ms-core-pageTitle"><span>{esc(label)}</span></h1></div>\n'
            + zone(wp(2, None, f'<div class="tv-news-list">{lst}</div>' + "".join(pager), r)))
    return path, build_page(title=label, path=path, web="/tin-tuc", active="Tin tức - Sự kiện", main=main,
                            name=f"cat-{key}-{page}", vs_bytes=9000)


def thongbao_list() -> tuple[str, str]:
    path = "/Lists/ThongBao/AllItems.aspx"
    r = rng_for("tb-list")
    rows = [(a["title"], a["url"], a["list_date"]) for a in ARTICLES if a["cat"] == "tb"]
    rows += [("Thông báo kết quả tuyển dụng viên chức năm 2023", "/Lists/ThongBao/DispForm.aspx?ID=56", "01/03/2024"),
             ("Thông báo lịch tiếp công dân định kỳ tháng 2 năm 2024", "/Lists/ThongBao/DispForm.aspx?ID=54", "05/02/2024"),
             ("Thông báo nghỉ Tết Nguyên đán Giáp Thìn năm 2024", "/Lists/ThongBao/DispForm.aspx?ID=55", "25/01/2024")]
    trs = "".join(f'<tr class="ms-itmHoverEnabled ms-itmhover" iid="{guid(r)}"><td class="ms-cellstyle ms-vb-title">'
                  f'<div class="ms-vb itx"><a class="ms-listlink ms-draggable" href="{esc(u)}" onclick="EditLink2(this,\'WPQ2\');return false;" target="_self">{esc(t)}</a></div></td>'
                  f'<td class="ms-cellstyle ms-vb2"><nobr>{d}</nobr></td></tr>' for t, u, d in rows)
    table = (f'<table summary="Thông báo" xmlns:o="urn:schemas-microsoft-com:office:office" o:WebQuerySourceHref="" '
             f'cellpadding="1" cellspacing="0" class="ms-listviewtable" border="0" id="{{{guid(r)}}}-{{{guid(r)}}}" dir="none">'
             '<thead id="js-listviewthead-WPQ2"><tr valign="top" class="ms-viewheadertr ms-vhltr">'
             '<th scope="col" class="ms-vh2"><div class="ms-vh-div">Tiêu đề</div></th>'
             '<th scope="col" class="ms-vh2"><div class="ms-vh-div">Ngày đăng</div></th></tr></thead>'
             f'<tbody>{trs}</tbody></table>')
    main = (breadcrumb([("Chỉ đạo điều hành", "/chi-dao-dieu-hanh/Pages/default.aspx"), ("Thông báo", None)]) + '\n'
            + zone(wp(2, "Thông báo", table, r)))
    return path, build_page(title="Thông báo - Tất cả các mục", path=path, web="/", active="Chỉ đạo điều hành",
                            main=main, name="tb-list", vs_bytes=10000)


def static_page(path: str, title: str, crumbs, body: str, name: str) -> tuple[str, str]:
    r = rng_for(name)
    main = (breadcrumb(crumbs) + '\n'
            + f'<div id="DeltaPlaceHolderPageTitleInTitleArea"><h1 id="pageTitle" class="ms-core-pageTitle"><span>{esc(title)}</span></h1></div>\n'
            + f'<div class="tv-static">{rich_field(1, body)}</div>\n'
            + zone(wp(3, None, '<ul class="tv-sub-nav">' + "".join(f'<li><a href="{h}">{esc(l)}</a></li>' for l, h in MENU[0][2]) + '</ul>', r)))
    return path, build_page(title=title, path=path, web=path.rsplit("/Pages", 1)[0] or "/", active="Giới thiệu",
                            main=main, name=name, vs_bytes=8000)


GIOI_THIEU = """<p class="ms-rteElement-P">Trà Vinh là tỉnh ven biển thuộc vùng đồng bằng sông Cửu Long, nằm giữa hai nhánh sông lớn, có bờ biển dài và hệ thống kênh rạch chằng chịt. Tỉnh có 9 đơn vị hành chính cấp huyện gồm thành phố Trà Vinh, thị xã Duyên Hải và 7 huyện.</p>
<p class="ms-rteElement-P">Dân cư của tỉnh gồm ba dân tộc chính là Kinh, Khmer và Hoa cùng chung sống đoàn kết, tạo nên bản sắc văn hóa phong phú với hệ thống chùa Khmer, các lễ hội truyền thống và nghệ thuật dân gian đặc sắc.</p>
<p class="ms-rteElement-P">Kinh tế của tỉnh chủ yếu dựa vào nông nghiệp, thủy sản, đồng thời đang phát triển mạnh công nghiệp năng lượng, dịch vụ cảng biển và du lịch sinh thái. Tỉnh xác định chuyển đổi số, cải cách hành chính và phát triển nguồn nhân lực là những khâu đột phá trong giai đoạn hiện nay.</p>
<h3 class="ms-rteElement-H3">Thông tin chung</h3>
<table class="ms-rteTable-default" width="100%" cellspacing="0"><tbody>
<tr><td>Tỉnh lỵ</td><td>Thành phố Trà Vinh</td></tr>
<tr><td>Đơn vị hành chính cấp huyện</td><td>9 (1 thành phố, 1 thị xã, 7 huyện)</td></tr>
<tr><td>Mã vùng điện thoại</td><td>0294</td></tr>
<tr><td>Biển số xe</td><td>84</td></tr>
</tbody></table>"""

CHUC_NANG = """<p class="ms-rteElement-P"><strong>I. Vị trí, chức năng</strong></p>
<p class="ms-rteElement-P">Ủy ban nhân dân tỉnh do Hội đồng nhân dân tỉnh bầu, là cơ quan chấp hành của Hội đồng nhân dân tỉnh, cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước Hội đồng nhân dân tỉnh và cơ quan hành chính nhà nước cấp trên.</p>
<p class="ms-rteElement-P"><strong>II. Nhiệm vụ, quyền hạn</strong></p>
<ol>
<li>Xây dựng, trình Hội đồng nhân dân tỉnh quyết định các nội dung thuộc thẩm quyền và tổ chức thực hiện các nghị quyết của Hội đồng nhân dân tỉnh.</li>
<li>Quy định tổ chức bộ máy và nhiệm vụ, quyền hạn cụ thể của các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh.</li>
<li>Tổ chức thực hiện ngân sách địa phương; phát triển kinh tế - xã hội, công nghiệp, xây dựng, thương mại, dịch vụ, du lịch, nông nghiệp, lâm nghiệp, ngư nghiệp trên địa bàn tỉnh.</li>
<li>Thực hiện các biện pháp xây dựng lực lượng vũ trang và quốc phòng toàn dân; bảo đảm an ninh, trật tự, an toàn xã hội.</li>
<li>Thực hiện nhiệm vụ, quyền hạn do cơ quan nhà nước cấp trên phân cấp, ủy quyền.</li>
</ol>
<p class="ms-rteElement-P"><strong>III. Cơ cấu tổ chức</strong></p>
<p class="ms-rteElement-P">Ủy ban nhân dân tỉnh gồm Chủ tịch, các Phó Chủ tịch và các Ủy viên là người đứng đầu cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, Ủy viên phụ trách quân sự, Ủy viên phụ trách công an.</p>"""


def contact_page() -> tuple[str, str]:
    path = "/Pages/lien-he.aspx"
    r = rng_for("contact")
    rows = [("Văn phòng UBND tỉnh", "0294.3 855 000", "vpubnd@travinh.gov.vn"),
            ("Ban Biên tập Cổng TTĐT tỉnh", "0294.3 855 111", "bbt@travinh.gov.vn"),
            ("Ban Tiếp công dân tỉnh", "0294.3 862 222", "btcd@travinh.gov.vn"),
            ("Trung tâm Phục vụ hành chính công", "0294.3 868 333", "hcc@travinh.gov.vn"),
            ("Sở Thông tin và Truyền thông", "0294.3 866 444", "stttt@travinh.gov.vn"),
            ("Sở Tài chính", "0294.3 852 555", "stc@travinh.gov.vn"),
            ("Sở Kế hoạch và Đầu tư", "0294.3 852 666", "skhdt@travinh.gov.vn")]
    trs = "".join(f'<tr><td>{i}</td><td>{esc(n)}</td><td>{p}</td><td><a href="mailto:{m}">{m}</a></td></tr>' for i, (n, p, m) in enumerate(rows, 1))
    body = (f'<p><strong>BAN BIÊN TẬP CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TRÀ VINH</strong></p>'
            f'<p>Địa chỉ: số 1, đường 19 tháng 5, phường 1, thành phố Trà Vinh, tỉnh Trà Vinh</p>'
            f'<p>Điện thoại: 0294.3 855 111 - Fax: 0294.3 855 001 - Email: <a href="mailto:bbt@travinh.gov.vn">bbt@travinh.gov.vn</a></p>'
            f'<h3 class="ms-rteElement-H3">Danh bạ điện thoại các cơ quan</h3>'
            f'<table class="ms-rteTable-default" width="100%" cellspacing="0"><thead><tr><th>STT</th><th>Cơ quan</th><th>Điện thoại</th><th>Thư điện tử</th></tr></thead><tbody>{trs}</tbody></table>')
    form = ('<div class="tv-contact-form"><h3>Gửi ý kiến cho Ban Biên tập</h3>'
            '<div class="form-group"><label>Họ và tên (*)</label><input name="ctl00$g_lh$txtHoTen" type="text" class="form-control" /></div>'
            '<div class="form-group"><label>Thư điện tử (*)</label><input name="ctl00$g_lh$txtEmail" type="text" class="form-control" /></div>'
            '<div class="form-group"><label>Nội dung (*)</label><textarea name="ctl00$g_lh$txtNoiDung" rows="5" class="form-control"></textarea></div>'
            '<input type="submit" name="ctl00$g_lh$btnGui" value="Gửi" class="btn btn-primary" /></div>')
    main = (breadcrumb([("Liên hệ", None)]) + '\n'
            + '<div id="DeltaPlaceHolderPageTitleInTitleArea"><h1 id="pageTitle" class="ms-core-pageTitle"><span>Liên hệ</span></h1></div>\n'
            + f'<div class="tv-static">{rich_field(1, body)}</div>\n' + zone(wp(2, None, form, r)))
    return path, build_page(title="Liên hệ", path=path, web="/", active=None, main=main, name="contact", vs_bytes=9000)


SEARCH_PATH = "/_layouts/15/osssearchresults.aspx?u=https%3A%2F%2Fwww.travinh.gov.vn&k=chuy%E1%BB%83n%20%C4%91%E1%BB%95i%20s%E1%BB%91"


def search_page() -> tuple[str, str]:
    r = rng_for("search")
    hits = [ARTICLES[0], ARTICLES[3]]
    items = []
    for a in hits:
        summ = esc(excerpt(a)).replace("chuyển đổi số", "<strong>chuyển đổi số</strong>")
        items.append(f'<div class="ms-srch-item" id="ctl00_ctl39_g_b2c9_csr{len(items) + 1}_item">'
                     f'<div id="ctl00_ctl39_g_b2c9_csr{len(items) + 1}_item_titleContainer" class="ms-srch-item-title">'
                     f'<h3 class="ms-srch-ellipsis"><a clicktype="Result" id="ctl00_ctl39_g_b2c9_csr{len(items) + 1}_item_link" href="{a["url"]}" class="ms-srch-item-link" title="{esc(a["title"])}">{esc(a["title"])}</a></h3></div>'
                     f'<div class="ms-srch-item-summary">{summ}</div>'
                     f'<div class="ms-srch-item-path" title="{HOST}{esc(a["url"])}">{HOST}{esc(a["url"])}</div></div>')
    items.append('<div class="ms-srch-item"><div class="ms-srch-item-title"><h3 class="ms-srch-ellipsis">'
                 '<a class="ms-srch-item-link" href="/van-ban/Pages/chi-tiet-van-ban.aspx?ItemID=779">Kế hoạch chuyển đổi số tỉnh Trà Vinh năm 2024</a></h3></div>'
                 '<div class="ms-srch-item-summary">Kế hoạch <strong>chuyển đổi số</strong> năm 2024 ban hành kèm theo quyết định của UBND tỉnh ...</div>'
                 f'<div class="ms-srch-item-path">{HOST}/van-ban/Pages/chi-tiet-van-ban.aspx?ItemID=779</div></div>')
    box = ('<div class="ms-srch-sb ms-srch-sb-border" id="SearchBox"><input type="text" value="chuyển đổi số" maxlength="2048" '
           'title="Nhập từ khóa tìm kiếm" class="ms-textLarge ms-srch-sb-prompt" /><a title="Tìm kiếm" class="ms-srch-sb-searchLink" href="javascript: {}">'
           '<img src="/_layouts/15/images/searchresultui.png?rev=44" alt="Tìm kiếm" /></a></div>')
    res = ('<div id="ctl00_ctl39_g_b2c9_csr" class="ms-srch-result"><div id="ResultCount" class="ms-srch-resultscount">Khoảng 3 kết quả</div>'
           f'<div id="Groups" class="ms-srch-result-groups"><div id="Group_0" class="ms-srch-group"><div class="ms-srch-group-content">{"".join(items)}</div></div></div>'
           '<div id="PagingLink" class="ms-srch-Paging"><ul><li id="PagingSelf"><a>1</a></li></ul></div></div>'
           '<script type="text/javascript">Srch.ScriptApplicationManager.get_current().states = {"webUILanguageName":"vi-VN","webDefaultLanguage":1066,"contextUrl":"https://www.travinh.gov.vn","showAdminDetails":false,"defaultPagesListName":"Pages"};</script>')
    main = (breadcrumb([("Kết quả tìm kiếm", None)]) + '\n'
            + zone(wp(2, None, box, r), wp(3, None, '<div class="ms-srch-refinement">Lọc theo: <a href="javascript:void(0)">Trang</a> · <a href="javascript:void(0)">Tài liệu</a></div>', r),
                   wp(4, None, res, r)))
    return SEARCH_PATH, build_page(title="Tìm kiếm: chuyển đổi số", path=SEARCH_PATH, web="/", active=None, main=main,
                                   name="search", vs_bytes=7000)


def soft404_page() -> tuple[str, str]:
    r = rng_for("soft404")
    body = ('<div class="tv-notfound" style="text-align:center;padding:40px 0;">'
            '<img src="/Style%20Library/TraVinh/images/404.png" alt="" />'
            '<h2>Không tìm thấy trang</h2>'
            '<p>Tài nguyên không được tìm thấy. Trang bạn yêu cầu có thể đã bị xóa, đổi tên hoặc tạm thời không truy cập được.</p>'
            '<p>Vui lòng quay về <a href="/">Trang chủ</a> hoặc sử dụng chức năng tìm kiếm.</p>'
            f'<p class="ms-metadata" style="display:none">Correlation ID: {guid(r)}</p></div>')
    main = zone(wp(2, None, body, r))
    return SOFT404_URL, build_page(title="Không tìm thấy trang", path=SOFT404_URL, web="/tin-tuc", active=None, main=main,
                                   name="soft404", vs_bytes=6000)


def sitemap_page() -> tuple[str, str]:
    path = "/Pages/so-do-cong.aspx"
    r = rng_for("sitemap")
    lis = []
    for label, href, subs in MENU:
        sub = "".join(f'<li><a href="{h}">{esc(l)}</a></li>' for l, h in subs)
        lis.append(f'<li><a href="{href}">{esc(label)}</a>{"<ul>" + sub + "</ul>" if sub else ""}</li>')
    tree = f'<ul class="tv-sitemap"><li><a href="/">Trang chủ</a><ul>{"".join(lis)}<li><a href="/Pages/lien-he.aspx">Liên hệ</a></li></ul></li></ul>'
    main = (breadcrumb([("Sơ đồ cổng", None)]) + '\n'
            + '<div id="DeltaPlaceHolderPageTitleInTitleArea"><h1 id="pageTitle" class="ms-core-pageTitle"><span>Sơ đồ cổng</span></h1></div>\n'
            + zone(wp(2, None, tree, r)))
    return path, build_page(title="Sơ đồ cổng", path=path, web="/", active=None, main=main, name="sitemap", vs_bytes=7000)


# ---------------------------------------------------------------------------------------

def write(name: str, path: str, page: str, kind: str, expected: dict | None = None) -> None:
    (HERE / f"{name}.html").write_bytes(page.encode("utf-8"))
    meta = {"url": HOST + path, "content_type": "text/html; charset=utf-8", "kind": kind}
    if expected is not None:
        meta["expected"] = expected
    (HERE / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", "utf-8")


def main() -> None:
    for old in HERE.glob("*.html"):
        old.unlink()
    for old in HERE.glob("*.json"):
        if old.name != "site.json":
            old.unlink()
    for a in ARTICLES:
        page, exp = render_article(a)
        write(a["name"], a["url"], page, "article", exp)
    write("home", "/", home_page(), "listing")
    p, html_ = category_page("ttt", 1, 6, extra_old=True); write("list_tin_trong_tinh", p, html_, "listing")
    p, html_ = category_page("ttt", 2, 6, extra_old=True); write("list_tin_trong_tinh_p2", p, html_, "listing")
    p, html_ = category_page("kt", 1, 5); write("list_kinh_te", p, html_, "listing")
    p, html_ = category_page("vhxh", 1, 5); write("list_van_hoa_xa_hoi", p, html_, "listing")
    p, html_ = thongbao_list(); write("list_thong_bao", p, html_, "listing")
    p, html_ = static_page("/gioi-thieu/Pages/default.aspx", "Giới thiệu chung", [("Giới thiệu", "/gioi-thieu/Pages/default.aspx"), ("Giới thiệu chung", None)], GIOI_THIEU, "static-gt")
    write("static_gioi_thieu", p, html_, "static")
    p, html_ = static_page("/gioi-thieu/Pages/chuc-nang-nhiem-vu.aspx", "Chức năng, nhiệm vụ", [("Giới thiệu", "/gioi-thieu/Pages/default.aspx"), ("Chức năng, nhiệm vụ", None)], CHUC_NANG, "static-cn")
    write("static_chuc_nang_nhiem_vu", p, html_, "static")
    p, html_ = contact_page(); write("contact_lien_he", p, html_, "contact")
    p, html_ = search_page(); write("search_chuyen_doi_so", p, html_, "search")
    p, html_ = soft404_page(); write("soft404_trang_cu", p, html_, "soft_404")
    p, html_ = sitemap_page(); write("sitemap_so_do_cong", p, html_, "sitemap")


if __name__ == "__main__":
    main()
