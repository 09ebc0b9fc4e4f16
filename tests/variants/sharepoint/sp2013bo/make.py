# -*- coding: utf-8 -*-
"""Generator of the sp2013bo held-out variant template (SharePoint Server 2013 publishing, ministry portal).

    python tests/variants/sharepoint/sp2013bo/make.py

Writes every <page>.html and its truth <page>.json next to this file, deterministically, from the
invented content in content.py. Written by helper (session 5) without reading the project's code.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import json
import re
import sys
import unicodedata
from pathlib import Path
from urllib.parse import quote

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import content as C  # noqa: E402

HOST = "https://www.bxd.gov.vn"
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
SOFT404_PATH = "/Pages/PageNotFoundError.aspx?requestUrl=" + quote(HOST + "/tin-tuc/Pages/hoi-nghi-tong-ket-cong-tac-nam-2019.aspx", safe="")
SEARCH_PATH = "/search/Pages/results.aspx?k=" + quote("quy hoạch")
LOGIN_PATH = "/_layouts/15/NVS.Portal/DangNhap.aspx?ReturnUrl=%2fPages%2fdefault.aspx"
WEB_TITLES = {"tin-tuc": "Tin tức - Sự kiện", "thong-bao": "Thông báo", "": "Cổng thông tin điện tử Bộ Xây dựng",
              "gioi-thieu": "Giới thiệu", "hoi-dap": "Hỏi đáp", "search": "Tìm kiếm"}


# ----------------------------------------------------------------------------- helpers

def esc(s: str) -> str:
    return html.escape(s, quote=False)


def attr(s: str) -> str:
    return html.escape(s, quote=True)


def rnd(seed: str, n: int) -> bytes:
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}/{i}".encode()).digest()
        i += 1
    return out[:n]


def b64(seed: str, n: int) -> str:
    return base64.b64encode(rnd(seed, n)).decode()


def guid(seed: str) -> str:
    h = hashlib.md5(seed.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def rev(seed: str) -> str:
    return quote(base64.b64encode(rnd("rev" + seed, 16)).decode(), safe="")


def js_path(p: str) -> str:
    return p.replace("/", "\\u002f")


def d_dmy(t, sep="/") -> str:
    return f"{t[2]:02d}{sep}{t[1]:02d}{sep}{t[0]}"


def d_hm(t) -> str:
    return f"{t[3]:02d}:{t[4]:02d}"


def weekday(t) -> str:
    return WEEKDAYS[dt.date(t[0], t[1], t[2]).weekday()]


def iso(t) -> str:
    return f"{t[0]:04d}-{t[1]:02d}-{t[2]:02d}T{t[3]:02d}:{t[4]:02d}:00+07:00"


LINK_RE = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")


def inline_html(s: str) -> str:
    out, pos = [], 0
    for m in LINK_RE.finditer(s):
        out.append(esc(s[pos:m.start()]))
        out.append(f'<a href="{attr(m.group(2))}">{esc(m.group(1))}</a>')
        pos = m.end()
    out.append(esc(s[pos:]))
    return "".join(out)


def inline_text(s: str) -> str:
    return LINK_RE.sub(lambda m: m.group(1), s)


def art_url(a) -> str:
    return f"/{a['web']}/Pages/{a['slug']}.aspx"


ART = {a["slug"]: a for a in C.ARTICLES}
BY_DATE = sorted(C.ARTICLES, key=lambda a: a["pub"], reverse=True)


def art_desc(a) -> str:
    if a.get("summary"):
        return a["summary"]
    for b in a["body"]:
        if b[0] in ("lead", "p"):
            return inline_text(b[1])
    return ""


def first_image(a):
    if a.get("page_image"):
        return a["page_image"][0]
    for b in a["body"]:
        if b[0] in ("img_table", "figure", "img_em"):
            return b[1]
    return None


def thumb(a) -> str:
    src = first_image(a)
    if src:
        return src.split("?")[0] + "?RenditionID=3"
    return "/Style%20Library/NVS/images/no-image-bxd.png"


# ----------------------------------------------------------------------------- chrome

def head(title: str, path: str, og: dict | None = None) -> str:
    sods = []
    names = ["initstrings.js", "strings.js", "sp.init.js", "sp.res.resx", "sp.ui.dialog.js", "core.js",
             "menu.js", "mQuery.js", "callout.js", "clienttemplates.js", "sharing.js", "suitelinks.js",
             "clientrenderer.js", "srch.resources.resx", "search.clientcontrols.js", "sp.runtime.js", "sp.js",
             "sp.search.js", "ajaxtoolkit.js", "cui.js", "inplview", "ribbon", "sp.publishing.resources.resx",
             "userprofile", "followingcommon.js", "profilebrowserscriptres.resx", "sp.ui.mysitecommon.js",
             "browserScript", "sp.core.js", "dragdrop.js", "quicklaunch.js", "sp.datetimeutil.js",
             "datepicker.js", "socialdata.js", "clientforms.js", "sp.ui.rte.js", "SP.Publishing.EditingPageStateManager.js"]
    for n in names:
        loc = "1066/" if n in ("initstrings.js", "strings.js") else ""
        if n.endswith(".resx"):
            url = f"/_layouts/15/ScriptResx.ashx?culture=vi%2Dvn&name={n[:-5].replace('.', '%2E')}&rev={rev(n)}"
        else:
            url = f"/_layouts/15/{loc}{n if '.' in n else n + '.js'}?rev={rev(n)}"
        sods.append(f'RegisterSod("{n}", "{js_path(url)}");')
    deps = [("strings.js", "initstrings.js"), ("sp.ui.dialog.js", "sp.init.js"), ("sp.ui.dialog.js", "sp.res.resx"),
            ("core.js", "strings.js"), ("callout.js", "strings.js"), ("callout.js", "mQuery.js"),
            ("callout.js", "core.js"), ("clienttemplates.js", "initstrings.js"), ("sharing.js", "mQuery.js"),
            ("sharing.js", "clienttemplates.js"), ("sharing.js", "core.js"), ("suitelinks.js", "strings.js"),
            ("suitelinks.js", "core.js"), ("clientrenderer.js", "initstrings.js"),
            ("search.clientcontrols.js", "sp.init.js"), ("search.clientcontrols.js", "clientrenderer.js"),
            ("search.clientcontrols.js", "srch.resources.resx"), ("sp.js", "sp.runtime.js"), ("sp.js", "sp.ui.dialog.js"),
            ("sp.js", "sp.res.resx"), ("sp.search.js", "sp.init.js"), ("sp.search.js", "sp.runtime.js"),
            ("cui.js", "ajaxtoolkit.js"), ("inplview", "strings.js"), ("inplview", "core.js"), ("inplview", "sp.js"),
            ("ribbon", "strings.js"), ("ribbon", "core.js"), ("ribbon", "sp.core.js"), ("ribbon", "sp.js"),
            ("ribbon", "cui.js"), ("ribbon", "sp.res.resx"), ("ribbon", "sp.runtime.js"), ("userprofile", "sp.runtime.js"),
            ("followingcommon.js", "sp.js"), ("followingcommon.js", "userprofile"), ("followingcommon.js", "core.js"),
            ("sp.ui.mysitecommon.js", "sp.init.js"), ("sp.ui.mysitecommon.js", "sp.runtime.js"),
            ("sp.ui.mysitecommon.js", "userprofile"), ("browserScript", "strings.js"), ("sp.core.js", "strings.js"),
            ("sp.core.js", "sp.init.js"), ("sp.core.js", "core.js"), ("dragdrop.js", "strings.js"),
            ("quicklaunch.js", "strings.js"), ("quicklaunch.js", "dragdrop.js"), ("datepicker.js", "strings.js"),
            ("clientforms.js", "strings.js"), ("sp.ui.rte.js", "sp.js")]
    for a, b in deps:
        sods.append(f'RegisterSodDep("{a}", "{b}");')
    ogm = ""
    if og:
        ogm = (f'<meta property="og:type" content="article" /><meta property="og:title" content="{attr(og["title"])}" />'
               f'<meta property="og:description" content="{attr(og["desc"])}" />'
               f'<meta property="og:url" content="{attr(HOST + path)}" />'
               + (f'<meta property="og:image" content="{attr(HOST + og["image"])}" />' if og.get("image") else "")
               + f'<meta name="description" content="{attr(og["desc"])}" />')
    canon = HOST + path.split("?")[0]
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:mso="urn:schemas-microsoft-com:office:office" xmlns:msdt="uuid:C2F41010-65B3-11d1-A29F-00AA00C14882" lang="vi-VN" dir="ltr">
<head><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta name="viewport" content="width=device-width, initial-scale=1.0" /><meta name="msapplication-TileImage" content="/_layouts/15/images/SharePointMetroAppTile.png" /><meta name="msapplication-TileColor" content="#0072C6" /><title>
\t{esc(title)}
</title><link rel="shortcut icon" href="/Style%20Library/NVS/images/favicon.ico" type="image/vnd.microsoft.icon" id="favicon" /><link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev={rev('corev15')}"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/NVS/css/nvs-bootstrap.min.css"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/NVS/css/nvs-bo-portal.css?v=2.3.1"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev={rev('init.js')}"></script>
<script src="/ScriptResource.axd?d={b64('sr1' + path, 90).replace('+', '-').replace('/', '_')}&amp;t=ffffffffecf19baa" type="text/javascript"></script>
<script type="text/javascript" src="/_layouts/15/blank.js?rev={rev('blank.js')}"></script>
<script type="text/javascript" src="/ScriptResource.axd?d={b64('sr2' + path, 90).replace('+', '-').replace('/', '_')}&amp;t=ffffffffecf19baa"></script>
<script type="text/javascript" src="/Style%20Library/NVS/js/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="/Style%20Library/NVS/js/nvs-portal.js?v=2.3.1"></script>
<script type="text/javascript">RegisterSod("require.js", "{js_path('/_layouts/15/require.js?rev=' + rev('require.js'))}");</script>
<script type="text/javascript">
{chr(10).join(sods)}
</script>
<link type="text/xml" rel="alternate" href="/_vti_bin/spsdisco.aspx" />
{ogm}
<link rel="canonical" href="{attr(canon)}" />
<style type="text/css">
\t.s4-skipribbonshortcut {{ display:none; }}
\t#s4-ribbonrow {{ display:none; }}
\t.nvs-hidden {{ display:none; }}
</style>
</head>
"""


def hidden_inputs(path: str, vs_len: int) -> str:
    vs = "/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIBD2QWBAIBD2QWBAIGD2QWAgIBDxYCHhNQcmV2aW91c0NvbnRyb2xNb2RlCymIAU1pY3Jvc29mdC5TaGFyZVBvaW50LldlYkNvbnRyb2xzLlNQQ29udHJvbE1vZGUs" + b64("vs" + path, vs_len)
    ev = "/wEdAAe" + b64("ev" + path, 180)
    digest = "0x" + rnd("dg" + path, 64).hex().upper() + ",07 Dec 2026 07:12:31 -0000"
    return f"""<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="MSOTlPn_View" id="MSOTlPn_View" value="0" />
<input type="hidden" name="MSOTlPn_ShowSettings" id="MSOTlPn_ShowSettings" value="False" />
<input type="hidden" name="MSOGallery_SelectedLibrary" id="MSOGallery_SelectedLibrary" value="" />
<input type="hidden" name="MSOGallery_FilterString" id="MSOGallery_FilterString" value="" />
<input type="hidden" name="MSOTlPn_Button" id="MSOTlPn_Button" value="none" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="{digest}" />
<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse" />
<input type="hidden" name="MSOSPWebPartManager_ExitingDesignMode" id="MSOSPWebPartManager_ExitingDesignMode" value="false" />
<input type="hidden" name="MSOWebPartPage_Shared" id="MSOWebPartPage_Shared" value="" />
<input type="hidden" name="MSOLayout_LayoutChanges" id="MSOLayout_LayoutChanges" value="" />
<input type="hidden" name="MSOLayout_InDesignMode" id="MSOLayout_InDesignMode" value="" />
<input type="hidden" name="_wpSelected" id="_wpSelected" value="" />
<input type="hidden" name="_wzSelected" id="_wzSelected" value="" />
<input type="hidden" name="MSOSPWebPartManager_OldDisplayModeName" id="MSOSPWebPartManager_OldDisplayModeName" value="Browse" />
<input type="hidden" name="MSOSPWebPartManager_StartWebPartEditingName" id="MSOSPWebPartManager_StartWebPartEditingName" value="false" />
<input type="hidden" name="MSOSPWebPartManager_EndWebPartEditing" id="MSOSPWebPartManager_EndWebPartEditing" value="false" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{
    theForm = document.aspnetForm;
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

<script src="/WebResource.axd?d={b64('wr1' + path, 60).replace('+', '-').replace('/', '_')}&amp;t=635589219571259667" type="text/javascript"></script>
<div class="aspNetHidden">
\t<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="{rnd('vg' + path, 4).hex().upper()}" />
\t<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{ev}" />
</div>
"""


def page_context(path: str, web: str, list_item: int | None) -> str:
    web_url = "/" + web if web else "/"
    web_title = WEB_TITLES.get(web, web)
    item = (f'pageListId:"{{{guid("pages" + web)}}}",pageItemId:{list_item}, ' if list_item else "")
    return f"""<script type="text/javascript">
//<![CDATA[
var MSOWebPartPageFormName = 'aspnetForm';
var g_presenceEnabled = true;
var g_wsaEnabled = false;
var g_wsaQoSEnabled = false;
var g_wsaQoSDataPoints = [];
var g_wsaLCID = 1066;
var g_wsaListTemplateId = 850;
var g_wsaSiteTemplateId = 'CMSPUBLISHING#0';
var _fV4UI=true;var _spPageContextInfo = {{webServerRelativeUrl: "{js_path(web_url)}", webAbsoluteUrl: "{js_path(HOST + (web_url if web else ''))}", siteAbsoluteUrl: "{js_path(HOST)}", serverRequestPath: "{js_path(path.split('?')[0])}", layoutsUrl: "_layouts\\u002f15", webTitle: "{web_title}", webTemplate: "39", tenantAppVersion: "0", isAppWeb: false, webLogoUrl: "\\u002fStyle Library\\u002fNVS\\u002fimages\\u002flogo-bxd.png", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: "vi-VN", currentCultureName: "vi-VN", clientServerTimeDelta: new Date("2026-12-07T07:12:31.2471230Z") - new Date(), siteClientTag: "1138$$15.0.5023.1000", crossDomainPhotosEnabled:false, webUIVersion:15, webPermMasks:{{High:16,Low:200769}},{item}pagePersonalizationScope:1, alertsEnabled:false, siteServerRelativeUrl: "\\u002f", allowSilverlightPrompt:'True'}};var L_Menu_BaseUrl="{js_path(web_url)}";
var L_Menu_LCID="1066";
var L_Menu_SiteTheme="null";
document.onreadystatechange=fnRemoveAllStatus; function fnRemoveAllStatus(){{removeAllStatus(true)}};
var _spWebPartComponents = new Object();//]]>
</script>

<script src="/_layouts/15/blank.js?rev={rev('blank.js')}" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
(function(){{

        if (typeof(_spBodyOnLoadFunctions) === 'undefined' || _spBodyOnLoadFunctions === null) {{
            return;
        }}
        _spBodyOnLoadFunctions.push(function() {{
            SP.SOD.executeFunc('core.js', 'FollowingDocument', function() {{ FollowingDocument(); }});
        }});
    }})();(function(){{

        if (typeof(_spBodyOnLoadFunctions) === 'undefined' || _spBodyOnLoadFunctions === null) {{
            return;
        }}
        _spBodyOnLoadFunctions.push(function() {{
            SP.SOD.executeFunc('core.js', 'FollowingCallout', function() {{ FollowingCallout(); }});
        }});
    }})();if (typeof(DeferWebFormInitCallback) == 'function') DeferWebFormInitCallback();//]]>
</script>

<script src="/ScriptResource.axd?d={b64('sr3' + path, 120).replace('+', '-').replace('/', '_')}&amp;t=ffffffffecf19baa" type="text/javascript"></script>
<script src="/_layouts/15/sp.publishing.resources.resx?rev={rev('pubres')}" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
if (typeof(Sys) === 'undefined') throw new Error('ASP.NET Ajax client-side framework failed to load.');
//]]>
</script>
"""


def ribbon() -> str:
    return """<div id="TurnOnAccessibility" style="display:none" class="s4-notdlg noindex">
\t<a id="linkTurnOnAcc" href="#" class="ms-accessible ms-acc-button" onclick="SetIsAccessibilityFeatureEnabled(true);UpdateAccessibilityUI();document.getElementById('linkTurnOffAcc').focus();return false;">Turn on more accessible mode</a>
</div>
<div id="TurnOffAccessibility" style="display:none" class="s4-notdlg noindex">
\t<a id="linkTurnOffAcc" href="#" class="ms-accessible ms-acc-button" onclick="SetIsAccessibilityFeatureEnabled(false);UpdateAccessibilityUI();document.getElementById('linkTurnOnAcc').focus();return false;">Turn off more accessible mode</a>
</div>
<div class="s4-notdlg s4-skipribbonshortcut noindex">
\t<a href="javascript:;" onclick="document.getElementById('startNavigation').focus();" class="ms-accessible ms-acc-button" accesskey="Y">Skip Ribbon Commands</a>
</div>
<div class="s4-notdlg noindex">
\t<a href="javascript:;" onclick="document.getElementById('mainContent').focus();" class="ms-accessible ms-acc-button">Skip to main content</a>
</div>
<div id="TurnOffAnimation" style="display:none;" class="s4-notdlg noindex">
\t<a id="linkTurnOffAnimation" href="#" class="ms-accessible ms-acc-button" onclick="ToggleAnimationStatus();return false;">Turn off Animations</a>
</div>
<div id="TurnOnAnimation" style="display:none;" class="s4-notdlg noindex">
\t<a id="linkTurnOnAnimation" href="#" class="ms-accessible ms-acc-button" onclick="ToggleAnimationStatus();return false;">Turn on Animations</a>
</div>
<a id="HiddenAnchor" href="javascript:;" style="display:none;"></a>
<div id="ms-designer-ribbon">
\t<div id="suiteBar" class="ms-dialogHidden noindex" style="display:none">
\t\t<div id="suiteBarLeft"><div class="ms-table ms-fullWidth"><div class="ms-tableRow"><div class="ms-tableCell ms-verticalAlignMiddle"><div class="ms-core-brandingText">SharePoint</div></div><div id="DeltaSuiteLinks" class="ms-core-deltaSuiteLinks"><div id="suiteLinksBox"></div></div></div></div></div>
\t\t<div id="suiteBarRight"><div id="DeltaSuiteBarRight" class="ms-core-deltaSuiteBarRight"><div id="welcomeMenuBox"><span style="display:none"><menu type='ServerMenu' id="zz1_ID_PersonalActionMenu" hideicons="true"></menu></span></div></div></div>
\t</div>
\t<div id="s4-ribbonrow" class="ms-dialogHidden" style="display:none">
\t\t<div id="globalNavBox" class="noindex"><div id="ribbonBox"><div id="DeltaSPRibbon"><div class='ms-cui-ribbonTopBars'><div class='ms-cui-topBar1'></div><div class='ms-cui-topBar2'><div id='RibbonContainer-TabRowLeft' class='ms-cui-TabRowLeft ms-core-defaultFont ms-dialogHidden'></div><div id='RibbonContainer-TabRowRight' class='ms-cui-TabRowRight s4-trc-container s4-notdlg ms-core-defaultFont'></div></div></div><span id="DeltaSPNavigation"></span></div></div></div>
\t\t<div id="DeltaWebPartAdderUpdatePanelContainer" class="ms-core-webpartadder"><div id="WebPartAdderUpdatePanelContainer"><div id="ctl00_WebPartAdderUpdatePanel"><span id="ctl00_WebPartAdder"></span></div></div></div>
\t</div>
</div>
<span id="DeltaSPWebPartManager"></span>
"""


MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu/Pages/default.aspx", [
        ("Chức năng, nhiệm vụ", "/gioi-thieu/Pages/chuc-nang-nhiem-vu.aspx"),
        ("Cơ cấu tổ chức", "/gioi-thieu/Pages/co-cau-to-chuc.aspx"),
        ("Lãnh đạo Bộ", "/gioi-thieu/Pages/lanh-dao-bo.aspx"),
        ("Lịch sử phát triển", "/gioi-thieu/Pages/lich-su-phat-trien.aspx")]),
    ("Tin tức - Sự kiện", "/tin-tuc/Pages/default.aspx", [
        ("Hoạt động của Bộ", "/tin-tuc/Pages/hoat-dong-cua-bo.aspx"),
        ("Hoạt động của Lãnh đạo Bộ", "/tin-tuc/Pages/hoat-dong-lanh-dao-bo.aspx"),
        ("Chỉ đạo điều hành", "/tin-tuc/Pages/chi-dao-dieu-hanh.aspx"),
        ("Quy hoạch - Kiến trúc", "/tin-tuc/Pages/quy-hoach-kien-truc.aspx"),
        ("Khoa học - Công nghệ", "/tin-tuc/Pages/khoa-hoc-cong-nghe.aspx")]),
    ("Thông báo", "/thong-bao/Pages/default.aspx", []),
    ("Văn bản", "/van-ban/Pages/default.aspx", [
        ("Văn bản quy phạm pháp luật", "/van-ban/Pages/van-ban-qppl.aspx"),
        ("Văn bản chỉ đạo điều hành", "/van-ban/Pages/van-ban-chi-dao.aspx"),
        ("Lấy ý kiến dự thảo", "/van-ban/Pages/du-thao.aspx")]),
    ("Dịch vụ công", "https://dichvucong.gov.vn/p/home/dvc-trang-chu.html", []),
    ("Hỏi đáp", "/hoi-dap/Pages/default.aspx", [
        ("Gửi câu hỏi", "/hoi-dap/Pages/gui-cau-hoi.aspx")]),
    ("Liên hệ", "/Pages/lien-he.aspx", []),
]


def menu_html(active: str) -> str:
    out = ['<div id="DeltaTopNavigation" class="ms-displayInline ms-core-navigation ms-dialogHidden">',
           '<a name="startNavigation"></a>',
           '<div id="zz12_TopNavigationMenu" class=" noindex ms-core-listMenu-horizontalBox">',
           '<ul id="zz13_RootAspMenu" class="root ms-core-listMenu-root static">']
    for label, href, subs in MENU:
        sel = label == active
        cls = "static" + (" selected" if sel else "") + (" dynamic-children" if subs else "")
        acls = cls + " menu-item ms-core-listMenu-item ms-displayInline" + (" ms-core-listMenu-selected" if sel else "") + " ms-navedit-linkNode"
        span_extra = '<span class="ms-hidden">Currently selected</span>' if sel else ""
        popup = ' aria-haspopup="true"' if subs else ""
        out.append(f'<li class="{cls}"><a class="{acls}" tabindex="0" href="{attr(href)}"><span{popup} class="additional-background ms-navedit-flyoutArrow{" dynamic-children" if subs else ""}"><span class="menu-item-text">{esc(label)}</span>{span_extra}</span></a>')
        if subs:
            out.append('<ul class="dynamic">')
            for sl, sh in subs:
                out.append(f'<li class="dynamic"><a class="dynamic menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" tabindex="-1" href="{attr(sh)}"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">{esc(sl)}</span></span></a></li>')
            out.append("</ul>")
        out.append("</li>")
    out.append("</ul></div></div>")
    return "\n".join(out)


def header(active: str) -> str:
    t = C.TODAY
    today = f"{WEEKDAYS[dt.date(*t).weekday()]}, ngày {t[2]:02d}/{t[1]:02d}/{t[0]}"
    return f"""<div id="nvsTopBar" class="nvs-topbar ms-dialogHidden noindex">
\t<div class="container">
\t\t<div class="nvs-topbar-left"><span class="nvs-today" id="nvsToday">{today}</span></div>
\t\t<div class="nvs-topbar-right">
\t\t\t<a href="/">Trang chủ</a><span class="nvs-sep">|</span>
\t\t\t<a href="/Pages/so-do-cong.aspx">Sơ đồ cổng</a><span class="nvs-sep">|</span>
\t\t\t<a href="/Pages/lien-he.aspx">Liên hệ</a><span class="nvs-sep">|</span>
\t\t\t<a href="/rss/Pages/default.aspx">RSS</a><span class="nvs-sep">|</span>
\t\t\t<a href="{attr(LOGIN_PATH)}" class="nvs-login">Đăng nhập</a><span class="nvs-sep">|</span>
\t\t\t<a href="/en/Pages/default.aspx" class="nvs-lang" title="English"><img src="/Style%20Library/NVS/images/flag-en.png" alt="English" /></a>
\t\t</div>
\t</div>
</div>
<div id="s4-titlerow" class="ms-dialogHidden s4-titlerowhidetitle nvs-banner">
\t<div class="container">
\t\t<div class="ms-tableRow">
\t\t\t<div id="siteIcon" class="ms-tableCell ms-verticalAlignTop">
\t\t\t\t<div id="DeltaSiteLogo"><a id="ctl00_onetidProjectPropertyTitleGraphic" title="Cổng thông tin điện tử Bộ Xây dựng" class="ms-siteicon-a" href="/"><img id="ctl00_onetidHeadbnnr2" class="ms-siteicon-img" name="onetidHeadbnnr0" src="/Style%20Library/NVS/images/logo-bxd.png" alt="Cổng thông tin điện tử Bộ Xây dựng" /></a></div>
\t\t\t</div>
\t\t\t<div class="ms-breadcrumb-box ms-tableCell ms-verticalAlignTop nvs-sitename">
\t\t\t\t<div class="nvs-sitename-1">CỔNG THÔNG TIN ĐIỆN TỬ</div>
\t\t\t\t<div class="nvs-sitename-2">BỘ XÂY DỰNG</div>
\t\t\t</div>
\t\t</div>
\t</div>
</div>
<div class="nvs-mainmenu ms-dialogHidden">
\t<div class="container">
{menu_html(active)}
\t</div>
</div>
<div class="nvs-tickerbar ms-dialogHidden noindex">
\t<div class="container"><span class="nvs-ticker-label">Tin mới:</span>
\t\t<marquee scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();">{'&#160;&#160;&#9679;&#160;&#160;'.join(f'<a href="{art_url(a)}">{esc(a["title"])}</a>' for a in BY_DATE[:4])}</marquee>
\t</div>
</div>
"""


def wp(wpq: int, title: str | None, inner: str, cls: str = "") -> str:
    g = guid(f"wp{wpq}{title}")
    t = ""
    if title:
        t = (f'<div class="ms-webpart-chrome-title" id="WebPartWPQ{wpq}_ChromeTitle">'
             f'<span title="{attr(title)}" id="WebPartTitleWPQ{wpq}" class="js-webpart-titleCell">'
             f'<h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>{esc(title)}</span><span id="WebPartCaptionWPQ{wpq}"></span></nobr></h2></span></div>')
    return (f'<div id="MSOZoneCell_WebPartWPQ{wpq}" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth {cls}">'
            f'<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth ">{t}'
            f'<div webpartid="{g}" haspers="false" id="WebPartWPQ{wpq}" width="100%" class="ms-WPBody noindex " allowdelete="false" style="" >'
            f'{inner}<div class="ms-clear"></div></div></div></div>\n<div class="ms-PartSpacingVertical"></div>\n')


def zone(parts: str) -> str:
    return f'<div class="ms-webpart-zone ms-fullWidth">\n{parts}</div>\n'


def sidebar(seed: str) -> str:
    vb = "".join(f'<li class="dfwp-item"><div class="nvs-vb-item"><a class="nvs-vb-so" href="/van-ban/Pages/chi-tiet-van-ban.aspx?ItemID={200 + i}">{esc(so)}</a>'
                 f'<div class="nvs-vb-trichyeu">{esc(ty)}</div><div class="nvs-vb-ngay">Ban hành: {esc(d)}</div></div></li>'
                 for i, (so, ty, d) in enumerate(C.VAN_BAN_MOI))
    search = f"""<div id="SearchBox" name="Control"><div class="ms-srch-sb ms-srch-sb-border" id="ctl00_ctl47_csr_sboxdiv"><input type="text" value="" maxlength="2048" accesskey="S" title="Tìm kiếm tin tức" id="ctl00_ctl47_csr_sbox" placeholder="Tìm kiếm tin tức..." autocomplete="off" autocorrect="off" onkeypress="EnsureScriptFunc('Search.ClientControls.js', 'Srch.U', function() {{if (Srch.U.isEnterKey(String.fromCharCode(event.keyCode))) {{$find('ctl00_ctl47_csr').search($get('ctl00_ctl47_csr_sbox').value);return Srch.U.cancelEvent(event);}}}})" class="ms-textSmall ms-srch-sb-prompt ms-helperText" /><a title="Tìm kiếm" class="ms-srch-sb-searchLink" id="ctl00_ctl47_csr_SearchLink" onclick="$find('ctl00_ctl47_csr').search($get('ctl00_ctl47_csr_sbox').value);" href="javascript: {{}}"><img src="/_layouts/15/images/searchresultui.png?rev=23" class="ms-srch-sb-searchImg" id="searchImg" alt="Tìm kiếm" /></a><div class="ms-qSuggest-container ms-shadow" id="AutoCompContainer"><div id="ctl00_ctl47_csr_AutoCompList"></div></div></div></div>
<script type="text/javascript">//<![CDATA[
Sys.Application.add_init(function() {{ $create(Srch.SearchBox, {{"delayLoadTemplateScripts":true,"initialPrompt":"Tìm kiếm tin tức...","messages":[],"queryGroupNames":["MasterPage"],"renderTemplateId":"~sitecollection/_catalogs/masterpage/Display Templates/Search/Control_SearchBox_Compact.js","resultsPageAddress":"/search/Pages/results.aspx","serverInitialRender":true,"showDataErrors":true,"showQuerySuggestions":false,"states":{{}},"tryInplaceQuery":false}}, null, null, $get("ctl00_ctl47_csr")); }});
//]]></script>"""
    links = [("Chính phủ", [("Cổng thông tin điện tử Chính phủ", "https://chinhphu.vn"), ("Văn phòng Chính phủ", "https://vpcp.chinhphu.vn")]),
             ("Các bộ, ngành ở Trung ương", [("Bộ Tài chính", "https://mof.gov.vn"), ("Bộ Nông nghiệp và Môi trường", "https://mae.gov.vn"), ("Bộ Công Thương", "https://moit.gov.vn"), ("Bộ Nội vụ", "https://moha.gov.vn")]),
             ("UBND các tỉnh, thành phố", [("Thành phố Hà Nội", "https://hanoi.gov.vn"), ("Thành phố Hồ Chí Minh", "https://hochiminhcity.gov.vn"), ("Tỉnh Bắc Ninh", "https://bacninh.gov.vn"), ("Tỉnh Lào Cai", "https://laocai.gov.vn")]),
             ("Sở Xây dựng các địa phương", [("Sở Xây dựng Hà Nội", "https://soxaydung.hanoi.gov.vn"), ("Sở Xây dựng Đà Nẵng", "https://sxd.danang.gov.vn")])]
    sel = ['<div class="nvs-lienket">']
    for grp, items in links:
        sel.append(f'<select class="nvs-lienket-select" onchange="if(this.value!=\'\')window.open(this.value);"><option value="">-- {esc(grp)} --</option>'
                   + "".join(f'<option value="{attr(u)}">{esc(n)}</option>' for n, u in items) + "</select>")
    sel.append("</div>")
    n = int.from_bytes(rnd("cnt" + seed, 3), "big") % 900
    poll = """<div class="nvs-poll" id="nvsPoll"><div class="nvs-poll-q">Bạn đánh giá thế nào về việc cung cấp thông tin trên Cổng thông tin điện tử của Bộ?</div>
<ul class="nvs-poll-opts"><li><input type="radio" name="ctl00$ctl51$g_poll$rdoPoll" id="rdoPoll_0" value="1" /><label for="rdoPoll_0">Đầy đủ, kịp thời</label></li>
<li><input type="radio" name="ctl00$ctl51$g_poll$rdoPoll" id="rdoPoll_1" value="2" /><label for="rdoPoll_1">Tương đối đầy đủ</label></li>
<li><input type="radio" name="ctl00$ctl51$g_poll$rdoPoll" id="rdoPoll_2" value="3" /><label for="rdoPoll_2">Chưa đáp ứng nhu cầu</label></li>
<li><input type="radio" name="ctl00$ctl51$g_poll$rdoPoll" id="rdoPoll_3" value="4" /><label for="rdoPoll_3">Ý kiến khác</label></li></ul>
<div class="nvs-poll-btn"><input type="submit" name="ctl00$ctl51$g_poll$btnVote" value="Biểu quyết" id="btnVote" class="nvs-btn" /> <a href="javascript:__doPostBack('ctl00$ctl51$g_poll$lnkResult','')" class="nvs-btn-link">Xem kết quả</a></div></div>"""
    counter = (f'<div class="nvs-thongke"><ul><li><span class="nvs-tk-lbl">Đang truy cập:</span> <span class="nvs-tk-val">{1000 + n:,}</span></li>'
               f'<li><span class="nvs-tk-lbl">Hôm nay:</span> <span class="nvs-tk-val">{15000 + 7 * n:,}</span></li>'
               f'<li><span class="nvs-tk-lbl">Tháng này:</span> <span class="nvs-tk-val">{101000 + 13 * n:,}</span></li>'
               f'<li><span class="nvs-tk-lbl">Tổng lượt truy cập:</span> <span class="nvs-tk-val">{48215000 + 17 * n:,}</span></li></ul></div>').replace(",", ".")
    banners = """<div class="nvs-banner-list"><a href="https://dichvucong.gov.vn" target="_blank"><img src="/Style%20Library/NVS/images/banner-dvcqg.png" alt="Cổng Dịch vụ công quốc gia" /></a>
<a href="/dich-vu-cong/Pages/default.aspx"><img src="/Style%20Library/NVS/images/banner-dvc-bxd.png" alt="Dịch vụ công trực tuyến Bộ Xây dựng" /></a>
<a href="/hoi-dap/Pages/gui-cau-hoi.aspx"><img src="/Style%20Library/NVS/images/banner-hoidap.png" alt="Hỏi đáp trực tuyến" /></a>
<a href="https://csdl.bxd.gov.vn" target="_blank"><img src="/Style%20Library/NVS/images/banner-csdl.png" alt="Cơ sở dữ liệu ngành Xây dựng" /></a></div>"""
    parts = (wp(20, None, search, "nvs-wp-search")
             + wp(21, "Văn bản mới", f'<div id="cbqwpctl00_ctl51_g_{guid("vb").replace("-", "_")}" class="cbq-layout-main"><ul class="dfwp-column dfwp-list" style="width:100%">{vb}</ul></div><div class="nvs-xemtiep"><a href="/van-ban/Pages/default.aspx">Xem tiếp »</a></div>')
             + wp(22, None, banners)
             + wp(23, "Liên kết website", "".join(sel))
             + wp(24, "Thăm dò ý kiến", poll)
             + wp(25, "Thống kê truy cập", counter))
    return f'<div class="nvs-col-right col-md-4 ms-dialogHidden">\n{zone(parts)}</div>\n'


def footer() -> str:
    return """<div id="nvsFooter" class="nvs-footer ms-dialogHidden noindex">
\t<div class="container">
\t\t<div class="nvs-footer-links"><a href="/">Trang chủ</a> | <a href="/gioi-thieu/Pages/chuc-nang-nhiem-vu.aspx">Giới thiệu</a> | <a href="/Pages/so-do-cong.aspx">Sơ đồ cổng</a> | <a href="/Pages/lien-he.aspx">Liên hệ</a> | <a href="/hoi-dap/Pages/gui-cau-hoi.aspx">Hỏi đáp</a></div>
\t\t<div class="nvs-footer-info">
\t\t\t<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ BỘ XÂY DỰNG</strong></p>
\t\t\t<p>Cơ quan chủ quản: Bộ Xây dựng. Chịu trách nhiệm chính: Giám đốc Trung tâm Thông tin.</p>
\t\t\t<p>Địa chỉ: Số 18 phố Hàng Chuối, phường Hai Bà Trưng, Hà Nội. Điện thoại: 024.3976 6612 - Fax: 024.3976 6613. Email: bbt@bxd.gov.vn</p>
\t\t\t<p>Giấy phép số 85/GP-TTĐT ngày 12/5/2020 của Cục Phát thanh, truyền hình và thông tin điện tử.</p>
\t\t\t<p>Ghi rõ nguồn "Cổng thông tin điện tử Bộ Xây dựng" khi phát hành lại thông tin từ nguồn này.</p>
\t\t\t<p class="nvs-copyright">© Bản quyền thuộc về Bộ Xây dựng. Thiết kế và phát triển bởi NVS Solutions.</p>
\t\t</div>
\t\t<div class="nvs-footer-badge"><a href="https://tinnhiemmang.vn/danh-ba-tin-nhiem/bxdgovvn-1666231711" title="Chứng nhận Tín Nhiệm Mạng" target="_blank"><img src="/Style%20Library/NVS/images/handle_cert.png" width="150" alt="Chứng nhận Tín Nhiệm Mạng" /></a></div>
\t</div>
</div>
"""


def tail(path: str) -> str:
    return f"""<div id="DeltaFormDigest">
<script type="text/javascript">//<![CDATA[
        var formDigestElement = document.getElementsByName('__REQUESTDIGEST')[0];
        if (!((formDigestElement == null) || (formDigestElement.tagName.toLowerCase() != 'input') || (formDigestElement.type.toLowerCase() != 'hidden') ||
            (formDigestElement.value == null) || (formDigestElement.value.length <= 0)))
        {{
            formDigestElement.value = '0x{rnd("dg2" + path, 64).hex().upper()},07 Dec 2026 07:12:31 -0000';
            g_updateFormDigestPageLoaded = new Date();
        }}
        //]]>
        </script>
</div>

<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;window.g_updateFormDigestPageLoaded = new Date(); window.g_updateFormDigestPageLoaded.setDate(window.g_updateFormDigestPageLoaded.getDate() -5);var _fV4UI = true;
function _RegisterWebPartPageCUI()
{{
    var initInfo = {{editable: false,isEditMode: false,allowWebPartAdder: false,listId: "{{{guid('pages')}}}",itemId: 12,recycleBinEnabled: true,enableMinorVersioning: true,enableModeration: true,forceCheckout: true,rootFolderUrl: "\\u002fPages",itemPermissions:{{High:16,Low:200769}}}};
    SP.Ribbon.WebPartComponent.registerWithPageManager(initInfo);
    var wpcomp = SP.Ribbon.WebPartComponent.get_instance();
    var hid;
    hid = document.getElementById("_wpSelected");
    if (hid != null)
    {{
        var wpid = hid.value;
        if (wpid.length > 0)
        {{
            var zc = document.getElementById(wpid);
            if (zc != null)
                wpcomp.selectWebPart(zc, false);
        }}
    }}
}}
ExecuteOrDelayUntilScriptLoaded(_RegisterWebPartPageCUI, "sp.ribbon.js");
var __wpmExportWarning='This Web Part Page has been personalized. As a result, one or more Web Part properties may contain confidential information. Make sure the properties contain information that is safe for others to read. After exporting this Web Part, view properties in the Web Part description file (.WebPart) by using a text editor such as Microsoft Notepad.';var __wpmCloseProviderWarning='You are about to close this Web Part.  It is currently providing data to other Web Parts, and these connections will be deleted if this Web Part is closed.  To close this Web Part, click OK.  To keep this Web Part, click Cancel.';var __wpmDeleteWarning='You are about to permanently delete this Web Part.  Are you sure you want to do this?  To delete this Web Part, click OK.  To keep this Web Part, click Cancel.';var g_clientIdDeltaPlaceHolderMain = "DeltaPlaceHolderMain";
var g_clientIdDeltaPlaceHolderUtilityContent = "DeltaPlaceHolderUtilityContent";
//]]>
</script>
</form>
<span id="DeltaPlaceHolderUtilityContent"></span>
<script type="text/javascript">
  (function (i, s, o, g, r, a, m) {{ i['GoogleAnalyticsObject'] = r; i[r] = i[r] || function () {{ (i[r].q = i[r].q || []).push(arguments) }}, i[r].l = 1 * new Date(); a = s.createElement(o), m = s.getElementsByTagName(o)[0]; a.async = 1; a.src = g; m.parentNode.insertBefore(a, m) }})(window, document, 'script', '//www.google-analytics.com/analytics.js', 'ga');
  ga('create', 'UA-41822{int.from_bytes(rnd("ga", 2), "big") % 1000:03d}-1', 'auto'); ga('send', 'pageview');
</script>
</body>
</html>
"""


def layout(path: str, title_tag: str, web: str, active: str, main_html: str, list_item: int | None = None,
           og: dict | None = None, vs_len: int = 14000, sidebar_on: bool = True) -> str:
    action = "./" + path.split("/")[-1]
    body = [head(title_tag, path, og), '<body>\n<div id="imgPrefetch" style="display:none">\n'
            '<img src="/_layouts/15/images/spcommon.png?rev=23" />\n<img src="/_layouts/15/images/spcommon.png?rev=23" />\n'
            '<img src="/_layouts/15/images/siteicon.png?rev=23" />\n</div>\n',
            f'<form method="post" action="{attr(action)}" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">\n',
            hidden_inputs(path, vs_len), page_context(path, web, list_item),
            '<script type="text/javascript">\n//<![CDATA[\nfunction WebForm_OnSubmit() {\nUpdateFormDigest(\'\\u002f\', 1440000);if (typeof(_spFormOnSubmitWrapper) != \'undefined\') {return _spFormOnSubmitWrapper();} else {return true;};\nreturn true;\n}\n//]]>\n</script>\n',
            ribbon(),
            '<div id="s4-workspace" class="ms-core-overlay">\n<div id="s4-bodyContainer">\n',
            header(active),
            '<div id="contentRow" class="nvs-content-row">\n<div class="container"><div class="row">\n',
            f'<div id="contentBox" class="nvs-col-main {"col-md-8" if sidebar_on else "col-md-12"}" aria-live="polite" aria-relevant="all">\n'
            '<div id="notificationArea" class="ms-notif-box"></div>\n'
            '<div id="DeltaPageStatusBar"><div id="pageStatusBar"></div></div>\n'
            '<div id="DeltaPlaceHolderMain">\n<a id="mainContent" name="mainContent" tabindex="-1"></a>\n',
            main_html,
            '\n</div>\n</div>\n',
            sidebar(path) if sidebar_on else "",
            '</div></div>\n</div>\n',
            footer(),
            '</div>\n</div>\n',
            tail(path)]
    return "".join(body)


def breadcrumb(items: list[tuple[str, str | None]]) -> str:
    parts = []
    for i, (label, href) in enumerate(items):
        if i:
            parts.append('<span class="nvs-bc-sep"> › </span>')
        if href:
            parts.append(f'<span><a class="nvs-bc-link" href="{attr(href)}">{esc(label)}</a></span>')
        else:
            parts.append(f'<span class="nvs-bc-current">{esc(label)}</span>')
    return f'<div class="nvs-breadcrumb"><span id="ctl00_PlaceHolderMain_siteMapPath">{"".join(parts)}</span></div>\n'


# ----------------------------------------------------------------------------- article

def img_tag(src: str, w: int = 560) -> str:
    alt = src.split("/")[-1].split("?")[0]
    return f'<img alt="{attr(alt)}" src="{attr(src)}" style="width:{w}px;height:auto;" />'


def render_block(b, a) -> str:
    k = b[0]
    if k == "lead":
        txt = (a["prefix"] + " " if a.get("prefix") else "") + b[1]
        return f'<p style="text-align:justify;"><strong>{inline_html(txt)}</strong></p>'
    if k == "p":
        return f'<p style="text-align:justify;">{inline_html(b[1])}</p>'
    if k == "h":
        return f'<p style="text-align:justify;"><strong>{inline_html(b[1])}</strong></p>'
    if k == "h3":
        return f'<h3 class="ms-rteElement-H3B">{esc(b[1])}</h3>'
    if k in ("ul", "ol"):
        return f"<{k}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b[1]) + f"</{k}>"
    if k == "br":
        return '<p style="text-align:justify;">' + "<br/>".join(inline_html(x) for x in b[1]) + "</p>"
    if k == "table":
        rows = []
        for i, r in enumerate(b[1]):
            if i == 0:
                rows.append('<tr class="ms-rteTableHeaderRow-default">' + "".join(
                    f'<th class="ms-rteTableHeaderEvenCol-default" style="text-align:center;"><strong>{esc(c)}</strong></th>' for c in r) + "</tr>")
            else:
                cls = "ms-rteTableEvenRow-default" if i % 2 == 0 else "ms-rteTableOddRow-default"
                rows.append(f'<tr class="{cls}">' + "".join(
                    f'<td class="ms-rteTableEvenCol-default">{esc(c)}</td>' for c in r) + "</tr>")
        return ('<table class="ms-rteTable-default" width="100%" cellspacing="0" style="border-collapse:collapse;"><tbody>'
                + "".join(rows) + "</tbody></table>")
    if k == "img_table":
        _, src, cap, cred = b
        captxt = " ".join(x for x in (cap, cred) if x)
        return ('<table class="nvs-photo" align="center" border="0" cellpadding="3" cellspacing="0" style="width:560px;"><tbody>'
                f'<tr><td style="text-align:center;">{img_tag(src)}</td></tr>'
                f'<tr><td class="nvs-photo-cap" style="text-align:center;"><em>{esc(captxt)}</em></td></tr></tbody></table>')
    if k == "figure":
        _, src, cap, cred = b
        fc = esc(cap) + (f" <em>({esc(cred)})</em>" if cred else "")
        return f'<figure class="nvs-figure image">{img_tag(src)}<figcaption>{fc}</figcaption></figure>'
    if k == "img_em":
        _, src, cap, cred = b
        txt = cap if cap else cred
        return (f'<p style="text-align:center;">{img_tag(src)}</p>'
                f'<p style="text-align:center;"><em>{esc(txt)}</em></p>')
    if k == "related":
        items = "".join(f'<li><a href="{art_url(ART[s])}">{esc(ART[s]["title"])}</a> <span class="nvs-rel-date">({d_dmy(ART[s]["pub"])})</span></li>' for s in b[1])
        return f'<div class="nvs-tinlienquan-inline" style="border:1px solid #ddd;padding:6px 10px;margin:10px 0;"><p><strong>Tin liên quan:</strong></p><ul>{items}</ul></div>'
    if k == "attach":
        return f'<p><strong>Tải về:</strong> <img src="/_layouts/15/images/icpdf.png" alt="" /> <a href="{attr(b[2])}" target="_blank">{esc(b[1])}</a></p>'
    if k == "empty":
        return "<p>\u200b</p>"
    if k == "sig_author" or k == "sig_unit":
        return f'<p style="text-align:right;"><strong>{esc(b[1])}</strong></p>'
    if k == "sig_source":
        return f'<p style="text-align:right;"><em>Nguồn: {esc(b[1])}</em></p>'
    raise ValueError(k)


def truth_of(a) -> dict:
    text = []
    images = []
    lead = a.get("summary")
    if a.get("page_image"):
        s, cap, cred = a["page_image"]
        images.append({"src": HOST + s, "caption": cap, "credit": cred})
    for b in a["body"]:
        k = b[0]
        if k == "lead":
            lead = b[1]
        elif k in ("p", "h", "h3"):
            text.append(inline_text(b[1]))
        elif k in ("ul", "ol", "br"):
            text.extend(inline_text(x) for x in b[1])
        elif k == "table":
            text.extend(" | ".join(r) for r in b[1])
        elif k in ("img_table", "figure", "img_em"):
            images.append({"src": HOST + b[1], "caption": b[2], "credit": b[3]})
    norm = lambda s: unicodedata.normalize("NFC", " ".join(s.split())) if isinstance(s, str) else s  # noqa: E731
    labels = {"F1": "Ngày đăng", "F2": None, "F3": "Ngày xuất bản"}
    return {
        "title": norm(a["title"]),
        "agency_prefix": a.get("prefix"),
        "lead": norm(lead),
        "text": "\n\n".join(norm(t) for t in text),
        "published_at": iso(a["pub"]),
        "updated_at": iso(a["upd"]) if a.get("upd") else None,
        "date_label": labels[a["fmt"]],
        "authors": [norm(x) for x in a["authors"]],
        "unit": norm(a["unit"]),
        "images": [{k: norm(v) for k, v in im.items()} for im in images],
        "category": norm(a["category"]),
    }


def date_line(a) -> str:
    p, u = a["pub"], a.get("upd")
    if a["fmt"] == "F1":
        s = f'<span class="nvs-info-date"><span class="nvs-lbl">Ngày đăng:</span> {d_dmy(p)} {d_hm(p)}</span>'
        if u:
            s += f'<span class="nvs-sep"> | </span><span class="nvs-info-update"><span class="nvs-lbl">Cập nhật:</span> {d_dmy(u)} {d_hm(u)}</span>'
    elif a["fmt"] == "F2":
        s = f'<span class="nvs-info-date">{weekday(p)}, {d_dmy(p)} - {d_hm(p)}</span>'
        if u:
            s += f' <span class="nvs-info-update">(Cập nhật: {weekday(u)}, {d_dmy(u)} - {d_hm(u)})</span>'
    else:
        s = f'<span class="nvs-info-date"><span class="nvs-lbl">Ngày xuất bản:</span> {d_dmy(p, "-")}</span>'
    if a.get("author_field"):
        s += f'<span class="nvs-sep"> | </span><span class="nvs-info-author">Tác giả: <b>{esc(a["author_field"])}</b></span>'
    s += f'<span class="nvs-sep"> | </span><span class="nvs-info-view">Lượt xem: {a["views"]}</span>'
    return s


def list_items(arts, with_desc=False, with_thumb=False, date_fmt="paren") -> str:
    out = []
    for x in arts:
        if isinstance(x, dict):
            href, title, pub = art_url(x), x["title"], x["pub"]
            desc, th = art_desc(x), thumb(x)
        else:
            href, title, pub, desc, th = x
        d = d_dmy(pub)
        ds = f"({d})" if date_fmt == "paren" else d
        pieces = ['<li class="dfwp-item"><div class="nvs-tin-item">']
        if with_thumb:
            pieces.append(f'<div class="nvs-tin-anh"><a href="{attr(href)}"><img src="{attr(th)}" alt="{attr(title)}" /></a></div>')
        pieces.append(f'<div class="nvs-tin-nd"><a class="nvs-tin-tieude" href="{attr(href)}" title="{attr(title)}">{esc(title)}</a> '
                      f'<span class="nvs-tin-ngay">{ds}</span>')
        if with_desc and desc:
            pieces.append(f'<div class="nvs-tin-mota">{esc(desc)}</div>')
        pieces.append("</div></div></li>")
        out.append("".join(pieces))
    return f'<div id="cbqwpctl00_g_{guid(str(len(out)) + (out[0] if out else "")).replace("-", "_")}" class="cbq-layout-main"><ul class="dfwp-column dfwp-list" style="width:100%">' + "".join(out) + "</ul></div>"


def article_page(a, idx: int) -> tuple[str, dict]:
    path = art_url(a)
    web = a["web"]
    bc = [("Trang chủ", "/")]
    if web == "tin-tuc":
        bc += [("Tin tức - Sự kiện", "/tin-tuc/Pages/default.aspx"), (a["category"], None)]
    else:
        bc += [("Thông báo", None)]
    body_html = "".join(render_block(b, a) for b in a["body"])
    if a.get("nfd"):
        body_html = unicodedata.normalize("NFD", body_html)
    summary = ""
    if a.get("summary"):
        summary = ('<div class="nvs-article-sapo"><div id="ctl00_PlaceHolderMain_ctl01_label" style=\'display:none\'>Tóm tắt</div>'
                   '<div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl01_label">'
                   f'{esc(a["summary"])}</div></div>\n')
    pimg = ""
    if a.get("page_image"):
        s, cap, cred = a["page_image"]
        pimg = ('<div class="nvs-article-image"><div id="ctl00_PlaceHolderMain_ctl03_label" style=\'display:none\'>Ảnh trang</div>'
                '<div id="ctl00_PlaceHolderMain_ctl03__ControlWrapper_RichImageField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl03_label">'
                f'<div class="ms-rtestate-field"><img alt="" src="{attr(s)}" style="BORDER:0px solid;" /></div></div>'
                f'<div class="nvs-article-image-cap">{esc(cap)} {esc(cred)}</div></div>\n')
    share = quote(HOST + path, safe="")
    tools = (f'<div class="nvs-article-tools noindex"><a class="nvs-tool-print" href="javascript:window.print();" title="In bài viết">In bài viết</a>'
             f'<a class="nvs-tool-mail" href="mailto:?subject={quote(a["title"])}&amp;body={share}" title="Gửi email">Gửi email</a>'
             f'<a class="nvs-tool-fb" href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank" title="Chia sẻ Facebook">Facebook</a>'
             f'<a class="nvs-tool-zalo" href="https://sp.zalo.me/share_inline?u={share}" target="_blank" title="Chia sẻ Zalo">Zalo</a>'
             '<span class="nvs-fontsize"><a href="javascript:nvsFontSize(-1);">A-</a><a href="javascript:nvsFontSize(0);">A</a><a href="javascript:nvsFontSize(1);">A+</a></span></div>\n')
    source = ""
    if a.get("source_field"):
        source = f'<div class="nvs-article-source" id="ctl00_PlaceHolderMain_pnNguonTin"><span class="nvs-lbl">Nguồn tin:</span> {esc(a["source_field"])}</div>\n'
    tags = '<div class="nvs-article-tags"><span class="nvs-lbl">Từ khóa:</span> ' + ", ".join(
        f'<a href="{attr(SEARCH_PATH if t == "quy hoạch" else "/search/Pages/results.aspx?k=" + quote(t))}">{esc(t)}</a>' for t in a["tags"]) + "</div>\n"
    rel_items = []
    for s in a["related"]:
        if s == "@soft404":
            rel_items.append((SOFT404_PATH, "Hội nghị tổng kết công tác năm 2019 và triển khai nhiệm vụ năm 2020", (2019, 12, 28, 0, 0), "", ""))
        else:
            rel_items.append(ART[s])
    others = [x for x in BY_DATE if x["web"] == web and x is not a][:6]
    main = [breadcrumb(bc),
            f'<div class="nvs-article" id="nvsArticle" data-itemid="{100 + idx}">\n',
            f'<div class="nvs-article-head"><h1 class="nvs-article-title">{esc(a["title"])}</h1>\n'
            f'<div class="nvs-article-info">{date_line(a)}</div></div>\n',
            tools, summary, pimg,
            '<div class="nvs-article-content"><div id="ctl00_PlaceHolderMain_ctl02_label" style=\'display:none\'>Nội dung trang</div>'
            '<div id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl02_label">'
            f'{body_html}</div></div>\n',
            source, tags,
            '<div class="nvs-article-back noindex"><a href="javascript:history.back();">« Quay lại</a> <a href="#" onclick="window.scrollTo(0,0);return false;">Đầu trang</a></div>\n',
            '</div>\n',
            zone(wp(5, "Tin liên quan", list_items(rel_items), "nvs-wp-lienquan")
                 + wp(6, "Các tin khác", list_items(others), "nvs-wp-tinkhac"))]
    og = {"title": a["title"], "desc": art_desc(a), "image": first_image(a)}
    html_s = layout(path, f'{a["title"]} - Bộ Xây dựng', web, "Thông báo" if web == "thong-bao" else "Tin tức - Sự kiện",
                    "".join(main), list_item=100 + idx, og=og, vs_len=16000 + 700 * idx)
    meta = {"url": HOST + path, "content_type": "text/html; charset=utf-8", "kind": "article", "expected": truth_of(a)}
    return html_s, meta


# ----------------------------------------------------------------------------- non-article pages

def pager(base: str, cur: int, last: int = 9) -> str:
    out = ['<div class="nvs-pager">']
    if cur > 1:
        out.append(f'<a class="nvs-pg-prev" href="{base}{"" if cur == 2 else "?Page=" + str(cur - 1)}">« Trước</a>')
    for n in range(1, 6):
        if n == cur:
            out.append(f'<span class="nvs-pg-current">{n}</span>')
        else:
            out.append(f'<a href="{base}{"" if n == 1 else "?Page=" + str(n)}">{n}</a>')
    out.append(f'<span>...</span><a href="{base}?Page={last}">{last}</a>')
    out.append(f'<a class="nvs-pg-next" href="{base}?Page={cur + 1}">Sau »</a></div>')
    return "".join(out)


def older_rows(rows, web):
    return [(f"/{web}/Pages/{s}.aspx", t, d, "", "/Style%20Library/NVS/images/no-image-bxd.png") for s, t, d in rows]


def cswp_script(seed: str, arts) -> str:
    rows = [{"Title": a["title"], "Path": HOST + art_url(a), "ArticleStartDateOWSDATE": iso(a["pub"]).replace("+07:00", "Z"),
             "PublishingImage": thumb(a)} for a in arts]
    data = json.dumps({"ResultTables": [{"ResultRows": rows, "RowCount": len(rows), "TotalRows": len(rows)}]}, ensure_ascii=False)
    g = guid(seed).replace("-", "_")
    return (f'<div id="ctl00_ctl52_g_{g}_csr" class="nvs-cswp"><noscript><div class="ms-srch-result-noscript">Không thể hiển thị nội dung này khi trình duyệt tắt JavaScript.</div></noscript></div>'
            f'<script type="text/javascript">//<![CDATA[\nSys.Application.add_init(function() {{ var ctx = {data};\n'
            f'$create(Srch.ContentBySearch, {{"alternateErrorMessage":"","delayLoadTemplateScripts":true,"groupTemplateId":"~sitecollection/_catalogs/masterpage/Display Templates/Content Web Parts/Group_Content.js","itemTemplateId":"~sitecollection/_catalogs/masterpage/Display Templates/Content Web Parts/NVS_Item_TinDocNhieu.js","numberOfItems":5,"queryGroupName":"{g}","renderTemplateId":"~sitecollection/_catalogs/masterpage/Display Templates/Content Web Parts/NVS_Control_List.js","resultsPerPage":5,"showAdvancedLink":false,"showBestBets":false,"states":{{}},"preloadedData":ctx}}, null, null, $get("ctl00_ctl52_g_{g}_csr")); }});\n//]]></script>')


def home_page():
    path = "/"
    tin = [a for a in BY_DATE if a["web"] == "tin-tuc"]
    tb = [a for a in BY_DATE if a["web"] == "thong-bao"]
    top = tin[0]
    featured = (f'<div class="nvs-noibat"><div class="nvs-noibat-anh"><a href="{art_url(top)}"><img src="{attr(first_image(top))}" alt="{attr(top["title"])}" /></a></div>'
                f'<div class="nvs-noibat-nd"><h3><a href="{art_url(top)}">{esc(top["title"])}</a></h3><span class="nvs-tin-ngay">{d_dmy(top["pub"])}</span>'
                f'<p>{esc(art_desc(top))}</p></div></div>'
                + list_items(tin[1:5], with_thumb=True))
    chidao = [a for a in tin if a["category"] in ("Chỉ đạo điều hành", "Văn bản - Chính sách", "Kinh tế xây dựng")]
    main = [breadcrumb([("Trang chủ", None)]),
            '<div class="nvs-home">\n',
            zone(wp(2, "Tin nổi bật", featured, "nvs-wp-noibat")
                 + wp(3, "Tin tức - Sự kiện", list_items(tin[:8], with_desc=True, with_thumb=True, date_fmt="plain")
                      + '<div class="nvs-xemtiep"><a href="/tin-tuc/Pages/default.aspx">Xem tất cả tin tức »</a></div>')
                 + wp(4, "Thông báo", list_items(tb + older_rows(C.OLDER_THONGBAO[:1], "thong-bao"))
                      + '<div class="nvs-xemtiep"><a href="/thong-bao/Pages/default.aspx">Xem tất cả thông báo »</a></div>')
                 + wp(7, "Chỉ đạo điều hành", list_items(chidao))
                 + wp(8, "Tin đọc nhiều", cswp_script("home-docnhieu", sorted(C.ARTICLES, key=lambda a: int(a["views"].replace(".", "")), reverse=True)[:5]))
                 + wp(9, "Video - Hình ảnh", '<div class="nvs-video"><a href="/media/Pages/video.aspx"><img src="/Style%20Library/NVS/images/video-placeholder.jpg" alt="Video" /></a>'
                      '<ul><li><a href="/media/Pages/video.aspx?id=41">Phóng sự: Ngành Xây dựng chung tay phát triển nhà ở xã hội</a></li>'
                      '<li><a href="/media/Pages/video.aspx?id=40">Bản tin Xây dựng tuần thứ 48</a></li></ul></div>')
                 + wp(10, "Chuyên mục", '<ul class="nvs-chuyenmuc"><li><a href="/gioi-thieu/Pages/chuc-nang-nhiem-vu.aspx">Chức năng, nhiệm vụ</a></li>'
                      f'<li><a href="{attr(SEARCH_PATH)}">Tra cứu thông tin quy hoạch</a></li>'
                      '<li><a href="/hoi-dap/Pages/gui-cau-hoi.aspx">Hỏi đáp trực tuyến</a></li>'
                      '<li><a href="/Pages/so-do-cong.aspx">Sơ đồ cổng</a></li></ul>')),
            '</div>\n']
    h = layout(path, "Cổng thông tin điện tử Bộ Xây dựng - Trang chủ", "", "Trang chủ", "".join(main), list_item=1, vs_len=22000)
    return h, {"url": HOST + "/", "content_type": "text/html; charset=utf-8", "kind": "listing"}


def listing_page(web: str, page: int):
    base = f"/{web}/Pages/default.aspx"
    path = base + ("" if page == 1 else f"?Page={page}")
    arts = [a for a in BY_DATE if a["web"] == web]
    title = WEB_TITLES[web]
    if web == "tin-tuc":
        items = arts[:8] if page == 1 else arts[8:] + older_rows(C.OLDER_TINTUC, web)
    else:
        items = arts + older_rows(C.OLDER_THONGBAO, web)
    pg = pager(base, page) if web == "tin-tuc" else ""
    main = [breadcrumb([("Trang chủ", "/"), (title, None)]),
            f'<div class="nvs-listing"><h1 class="nvs-page-title">{esc(title)}</h1>\n',
            zone(wp(2, None, list_items(items, with_desc=True, with_thumb=True, date_fmt="plain") + pg, "nvs-wp-danhsach")
                 + wp(3, "Tin đọc nhiều", cswp_script("ds" + path, sorted(C.ARTICLES, key=lambda a: int(a["views"].replace(".", "")), reverse=True)[:5]))),
            "</div>\n"]
    t = f"{title}{'' if page == 1 else ' - Trang ' + str(page)} - Bộ Xây dựng"
    h = layout(path, t, web, title, "".join(main), list_item=1, vs_len=18000 + 900 * page)
    return h, path, {"url": HOST + path, "content_type": "text/html; charset=utf-8", "kind": "listing"}


def static_page():
    path = "/gioi-thieu/Pages/chuc-nang-nhiem-vu.aspx"
    body = "".join(render_block(b, {"prefix": None}) for b in C.CHUC_NANG)
    main = [breadcrumb([("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu/Pages/default.aspx"), ("Chức năng, nhiệm vụ", None)]),
            '<div class="nvs-static"><h1 class="nvs-page-title">Chức năng, nhiệm vụ của Bộ Xây dựng</h1>',
            '<div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl01_label">',
            body, "</div></div>\n",
            zone(wp(3, "Giới thiệu", '<ul class="nvs-submenu"><li><a href="/gioi-thieu/Pages/chuc-nang-nhiem-vu.aspx">Chức năng, nhiệm vụ</a></li>'
                    '<li><a href="/gioi-thieu/Pages/co-cau-to-chuc.aspx">Cơ cấu tổ chức</a></li><li><a href="/gioi-thieu/Pages/lanh-dao-bo.aspx">Lãnh đạo Bộ</a></li>'
                    '<li><a href="/gioi-thieu/Pages/lich-su-phat-trien.aspx">Lịch sử phát triển</a></li></ul>'))]
    h = layout(path, "Chức năng, nhiệm vụ - Bộ Xây dựng", "gioi-thieu", "Giới thiệu", "".join(main), list_item=3, vs_len=17000)
    return h, path, {"url": HOST + path, "content_type": "text/html; charset=utf-8", "kind": "static"}


def contact_page():
    path = "/Pages/lien-he.aspx"
    rows = "".join(f'<tr class="{"ms-rteTableOddRow-default" if i % 2 else "ms-rteTableEvenRow-default"}"><td>{i + 1}</td><td>{esc(n)}</td><td>{esc(p)}</td><td><a href="mailto:{e}">{e}</a></td></tr>'
                   for i, (n, p, e) in enumerate(C.LIEN_HE))
    main = [breadcrumb([("Trang chủ", "/"), ("Liên hệ", None)]),
            '<div class="nvs-static nvs-lienhe"><h1 class="nvs-page-title">Liên hệ</h1>',
            '<div class="ms-rtestate-field">',
            '<p><strong>BỘ XÂY DỰNG</strong></p><p>Địa chỉ: Số 18 phố Hàng Chuối, phường Hai Bà Trưng, Hà Nội</p>'
            '<p>Điện thoại: 024.3976 1101 - Fax: 024.3976 1102</p><p>Email: bbt@bxd.gov.vn</p>'
            '<p><strong>Danh bạ các đơn vị thuộc Bộ</strong></p>'
            '<table class="ms-rteTable-default" width="100%"><tbody><tr class="ms-rteTableHeaderRow-default"><th>STT</th><th>Đơn vị</th><th>Điện thoại</th><th>Email</th></tr>'
            f'{rows}</tbody></table>',
            '<p><strong>Gửi thông tin liên hệ</strong></p>'
            '<table class="nvs-form"><tr><td>Họ và tên (*)</td><td><input name="ctl00$PlaceHolderMain$txtHoTen" type="text" class="nvs-input" /></td></tr>'
            '<tr><td>Email (*)</td><td><input name="ctl00$PlaceHolderMain$txtEmail" type="text" class="nvs-input" /></td></tr>'
            '<tr><td>Nội dung (*)</td><td><textarea name="ctl00$PlaceHolderMain$txtNoiDung" rows="6" cols="50" class="nvs-input"></textarea></td></tr>'
            '<tr><td></td><td><input type="submit" name="ctl00$PlaceHolderMain$btnGui" value="Gửi liên hệ" class="nvs-btn" /></td></tr></table>',
            '<div class="nvs-map"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3724.6!2d105.85!3d21.01" width="100%" height="300" frameborder="0" style="border:0"></iframe></div>',
            "</div></div>\n"]
    h = layout(path, "Liên hệ - Bộ Xây dựng", "", "Liên hệ", "".join(main), list_item=4, vs_len=17000)
    return h, path, {"url": HOST + path, "content_type": "text/html; charset=utf-8", "kind": "contact"}


REQ = '<span class="ms-accentText" title="Đây là trường bắt buộc."> *</span>'


def form_page():
    path = "/hoi-dap/Pages/gui-cau-hoi.aspx"
    fields = [("Họ và tên", "txtHoTen", True), ("Địa chỉ", "txtDiaChi", False), ("Điện thoại", "txtDienThoai", False),
              ("Email", "txtEmail", True), ("Tiêu đề câu hỏi", "txtTieuDe", True)]
    rows = "".join(f'<tr><td nowrap="true" valign="top" width="190px" class="ms-formlabel"><h3 class="ms-standardheader"><nobr>{esc(l)}{REQ if r else ""}</nobr></h3></td>'
                   f'<td valign="top" class="ms-formbody" width="350px"><span dir="none"><input name="ctl00$ctl40$g_hoidap$ff{i}$ctl00$ctl00$TextField" type="text" maxlength="255" id="ctl00_ctl40_g_hoidap_ff{i}_{n}" title="{attr(l)}" class="ms-long ms-spellcheck-true" /><br /></span></td></tr>'
                   for i, (l, n, r) in enumerate(fields))
    rows += ('<tr><td class="ms-formlabel"><h3 class="ms-standardheader"><nobr>Lĩnh vực</nobr></h3></td><td class="ms-formbody"><select name="ctl00$ctl40$g_hoidap$ddlLinhVuc" class="ms-RadioText">'
             '<option value="1">Quy hoạch - Kiến trúc</option><option value="2">Hoạt động đầu tư xây dựng</option><option value="3">Nhà ở - Thị trường bất động sản</option>'
             '<option value="4">Vật liệu xây dựng</option><option value="5">Lĩnh vực khác</option></select></td></tr>'
             '<tr><td class="ms-formlabel"><h3 class="ms-standardheader"><nobr>Nội dung câu hỏi<span class="ms-accentText"> *</span></nobr></h3></td><td class="ms-formbody">'
             '<textarea name="ctl00$ctl40$g_hoidap$ff9$ctl00$ctl00$TextField" rows="8" cols="20" class="ms-long"></textarea></td></tr>'
             '<tr><td class="ms-formlabel"><h3 class="ms-standardheader"><nobr>Mã xác nhận</nobr></h3></td><td class="ms-formbody"><img src="/_layouts/15/NVS.Portal/Captcha.ashx?t=638689" alt="Mã xác nhận" /> <input name="ctl00$ctl40$g_hoidap$txtCaptcha" type="text" maxlength="6" class="ms-input" /></td></tr>')
    form = ('<div class="nvs-hoidap-intro"><p>Tổ chức, cá nhân gửi câu hỏi liên quan đến các lĩnh vực quản lý nhà nước của Bộ Xây dựng theo mẫu dưới đây. '
            'Câu hỏi sẽ được chuyển đến đơn vị chuyên môn để trả lời và đăng tải trên mục Hỏi đáp.</p><p>Các trường có dấu (*) là bắt buộc.</p></div>'
            f'<table class="ms-formtable" style="margin-top: 8px;" border="0" cellpadding="0" cellspacing="0" width="100%">{rows}</table>'
            '<table class="ms-formtoolbar" cellpadding="2" cellspacing="0" border="0" width="100%"><tr><td width="99%" class="ms-toolbar" nowrap="nowrap"></td>'
            '<td class="ms-toolbar" nowrap="nowrap"><input type="button" name="ctl00$ctl40$g_hoidap$savebutton2$ctl00$diidIOSaveItem" value="Gửi câu hỏi" onclick="nvsSubmitQuestion();" class="ms-ButtonHeightWidth" /></td>'
            '<td class="ms-toolbar" nowrap="nowrap"><input type="button" value="Nhập lại" onclick="nvsResetForm();" class="ms-ButtonHeightWidth" /></td></tr></table>')
    main = [breadcrumb([("Trang chủ", "/"), ("Hỏi đáp", "/hoi-dap/Pages/default.aspx"), ("Gửi câu hỏi", None)]),
            '<div class="nvs-form-page"><h1 class="nvs-page-title">Gửi câu hỏi</h1>\n',
            zone(wp(2, None, form, "nvs-wp-form")), "</div>\n"]
    h = layout(path, "Gửi câu hỏi - Bộ Xây dựng", "hoi-dap", "Hỏi đáp", "".join(main), list_item=2, vs_len=19000)
    return h, path, {"url": HOST + path, "content_type": "text/html; charset=utf-8", "kind": "form"}


def sitemap_page():
    path = "/Pages/so-do-cong.aspx"
    out = ['<ul class="nvs-sitemap">']
    for label, href, subs in MENU:
        out.append(f'<li><a href="{attr(href)}">{esc(label)}</a>')
        if subs:
            out.append("<ul>" + "".join(f'<li><a href="{attr(h)}">{esc(l)}</a></li>' for l, h in subs) + "</ul>")
        out.append("</li>")
    out.append(f'<li><a href="{attr(SEARCH_PATH)}">Tìm kiếm</a></li><li><a href="/rss/Pages/default.aspx">RSS</a></li>'
               f'<li><a href="{attr(LOGIN_PATH)}">Đăng nhập hệ thống</a></li></ul>')
    main = [breadcrumb([("Trang chủ", "/"), ("Sơ đồ cổng", None)]),
            '<div class="nvs-static"><h1 class="nvs-page-title">Sơ đồ cổng thông tin</h1>', "".join(out), "</div>\n"]
    h = layout(path, "Sơ đồ cổng - Bộ Xây dựng", "", "", "".join(main), list_item=5, vs_len=17000)
    return h, path, {"url": HOST + path, "content_type": "text/html; charset=utf-8", "kind": "sitemap"}


def search_page():
    path = SEARCH_PATH
    hits = [ART["doan-cong-tac-bo-xay-dung-lam-viec-voi-ubnd-tinh-lao-cai"], ART["ket-qua-cap-giay-phep-xay-dung-10-thang-dau-nam-2026"],
            ART["thu-truong-kiem-tra-du-an-nha-o-xa-hoi-tai-bac-ninh"]]
    items = []
    for i, a in enumerate(hits):
        desc = art_desc(a).replace("quy hoạch", "<strong>quy hoạch</strong>")
        items.append(f'<div class="ms-srch-item" id="ctl00_ctl40_g_srch_csr{i + 1}"><div id="ctl00_ctl40_g_srch_csr{i + 1}_item" class="ms-srch-item-body">'
                     f'<div class="ms-srch-item-title"><h3 class="ms-srch-ellipsis"><a class="ms-srch-item-link" href="{art_url(a)}">{esc(a["title"])}</a></h3></div>'
                     f'<div class="ms-srch-item-summary">{d_dmy(a["pub"])} ... {desc.replace("&", "&amp;")} ...</div>'
                     f'<div class="ms-srch-item-path" title="{attr(HOST + art_url(a))}">{esc(HOST.replace("https://", "") + art_url(a))}</div></div></div>')
    res = ('<div id="ctl00_ctl40_g_srch_csr" class="ms-srch-result"><div id="ResultCount" class="ms-srch-resultscount">Khoảng 3 kết quả</div>'
           '<div id="Groups" class="ms-srch-result-groups"><div id="Group" class="ms-srch-group"><div class="ms-srch-group-content">'
           + "".join(items) + '</div></div></div><div id="Paging" class="ms-srch-Paging"></div></div>')
    box = ('<div class="ms-srch-sb ms-srch-sb-border"><input type="text" value="quy hoạch" maxlength="2048" title="Tìm kiếm" class="ms-textLarge ms-srch-sbLarge-fullWidth" />'
           '<a title="Tìm kiếm" class="ms-srch-sb-searchLink" href="javascript: {}"><img src="/_layouts/15/images/searchresultui.png?rev=23" class="ms-srch-sb-searchImg" alt="Tìm kiếm" /></a></div>')
    refiner = ('<div class="ms-ref-refiner"><div class="ms-ref-refinername">Chuyên mục</div><div class="ms-ref-unsel-shortList">'
               '<div class="ms-ref-filterlink"><a href="javascript:{}">Quy hoạch - Kiến trúc</a> <span class="ms-ref-count">(1)</span></div>'
               '<div class="ms-ref-filterlink"><a href="javascript:{}">Quản lý hoạt động xây dựng</a> <span class="ms-ref-count">(1)</span></div>'
               '<div class="ms-ref-filterlink"><a href="javascript:{}">Hoạt động của Lãnh đạo Bộ</a> <span class="ms-ref-count">(1)</span></div></div></div>')
    main = [breadcrumb([("Trang chủ", "/"), ("Kết quả tìm kiếm", None)]),
            '<div class="nvs-search"><h1 class="nvs-page-title">Kết quả tìm kiếm</h1>\n',
            zone(wp(2, None, box) + wp(3, None, res, "nvs-wp-searchresults") + wp(4, "Lọc kết quả", refiner)), "</div>\n"]
    h = layout(path, "Kết quả tìm kiếm - Bộ Xây dựng", "search", "", "".join(main), list_item=1, vs_len=20000)
    return h, path, {"url": HOST + path, "content_type": "text/html; charset=utf-8", "kind": "search"}


def login_page():
    path = LOGIN_PATH
    form = ('<div class="nvs-login-box"><h1 class="nvs-page-title">Đăng nhập hệ thống</h1>'
            '<div class="nvs-login-note">Dành cho cán bộ, công chức, viên chức Bộ Xây dựng. Sử dụng tài khoản thư điện tử công vụ để đăng nhập.</div>'
            '<table class="nvs-login-table"><tr><td><label for="ctl00_PlaceHolderMain_signInControl_UserName">Tên đăng nhập</label></td>'
            '<td><input name="ctl00$PlaceHolderMain$signInControl$UserName" type="text" id="ctl00_PlaceHolderMain_signInControl_UserName" autocomplete="off" class="ms-inputuserfield" /></td></tr>'
            '<tr><td><label for="ctl00_PlaceHolderMain_signInControl_password">Mật khẩu</label></td>'
            '<td><input name="ctl00$PlaceHolderMain$signInControl$password" type="password" id="ctl00_PlaceHolderMain_signInControl_password" autocomplete="off" class="ms-inputuserfield" /></td></tr>'
            '<tr><td></td><td><input id="ctl00_PlaceHolderMain_signInControl_RememberMe" type="checkbox" name="ctl00$PlaceHolderMain$signInControl$RememberMe" /><label for="ctl00_PlaceHolderMain_signInControl_RememberMe">Ghi nhớ đăng nhập</label></td></tr>'
            '<tr><td></td><td><input type="submit" name="ctl00$PlaceHolderMain$signInControl$login" value="Đăng nhập" id="ctl00_PlaceHolderMain_signInControl_login" class="ms-ButtonHeightWidth" /></td></tr></table>'
            '<div class="nvs-login-links"><a href="/_layouts/15/NVS.Portal/QuenMatKhau.aspx">Quên mật khẩu?</a></div></div>')
    main = [breadcrumb([("Trang chủ", "/"), ("Đăng nhập", None)]), form]
    h = layout(path, "Đăng nhập - Bộ Xây dựng", "", "", "".join(main), vs_len=15000)
    return h, path, {"url": HOST + path, "content_type": "text/html; charset=utf-8", "kind": "login"}


def soft404_page():
    path = SOFT404_PATH
    msg = ('<div class="nvs-notfound"><h1 class="nvs-page-title">Không tìm thấy trang</h1>'
           '<div class="ms-rtestate-field"><p>Rất tiếc, trang bạn yêu cầu không tồn tại hoặc đã được di chuyển sang địa chỉ khác.</p>'
           '<p>Quý độc giả vui lòng kiểm tra lại đường dẫn, quay về <a href="/">Trang chủ</a> hoặc sử dụng chức năng tìm kiếm để tìm thông tin cần thiết.</p>'
           '<p>Xin cảm ơn!</p></div></div>')
    main = [breadcrumb([("Trang chủ", "/"), ("Lỗi", None)]), msg,
            zone(wp(3, "Tin mới nhất", list_items(BY_DATE[:5])))]
    h = layout(path, "Không tìm thấy trang - Bộ Xây dựng", "", "", "".join(main), list_item=6, vs_len=15000)
    return h, path, {"url": HOST + path, "content_type": "text/html; charset=utf-8", "kind": "soft_404"}


# ----------------------------------------------------------------------------- main

def write(name: str, html_s: str, meta: dict) -> None:
    (HERE / f"{name}.html").write_bytes(html_s.encode("utf-8"))
    (HERE / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", "utf-8")


def main() -> None:
    for p in list(HERE.glob("*.html")) + [q for q in HERE.glob("*.json") if q.name != "site.json"]:
        p.unlink()
    h, m = home_page()
    write("home", h, m)
    h, _, m = listing_page("tin-tuc", 1)
    write("tintuc-p1", h, m)
    h, _, m = listing_page("tin-tuc", 2)
    write("tintuc-p2", h, m)
    h, _, m = listing_page("thong-bao", 1)
    write("thongbao", h, m)
    for fn, name in ((static_page, "chuc-nang-nhiem-vu"), (contact_page, "lien-he"), (form_page, "gui-cau-hoi"),
                     (sitemap_page, "so-do-cong"), (search_page, "tim-kiem"), (login_page, "dang-nhap"),
                     (soft404_page, "khong-tim-thay")):
        h, _, m = fn()
        write(name, h, m)
    for i, a in enumerate(C.ARTICLES, 1):
        h, m = article_page(a, i)
        write(f"bai{i:02d}", h, m)
    (HERE / "site.json").write_text(json.dumps({"host": HOST, "home": "/", "family": "sharepoint",
                                                "template": "sp2013bo", "held_out": True}, ensure_ascii=False, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()
