# -*- coding: utf-8 -*-
"""Generate the sp2013chitiet variant mini-site (SharePoint Server 2013 publishing site with custom
"chi tiết tin" / "danh sách tin" web parts, as on ministry portals).

Run: /work/main/.venv/bin/python tests/variants/sharepoint/sp2013chitiet/make.py
Standard library only. Writes <page>.html (bytes as served) and <page>.json (truth) next to this file.
"""
from __future__ import annotations

import base64
import html
import json
import random
import sys
import unicodedata
import uuid
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from articles import ARTICLES  # noqa: E402

HOST = "https://www.molisa.gov.vn"
SITE = "Cổng thông tin điện tử Bộ Lao động - Thương binh và Xã hội"
TODAY = "Thứ sáu, 08/03/2024"
E = html.escape
CTL = "ctl00_ctl54"

CATS = {188: "Tin hoạt động", 190: "Lao động - Việc làm", 192: "Bảo trợ xã hội", 195: "Thông báo",
        196: "Người có công", 197: "Giáo dục nghề nghiệp"}

OLDER = [  # items of the real list not part of the fixture (links answer 404)
    (231377, 188, "Tổ chức Hội thi giáo viên dạy giỏi giáo dục nghề nghiệp toàn quốc", (2023, 4, 3, 10, 0)),
    (231298, 188, "Đẩy mạnh chuyển đổi số trong giáo dục nghề nghiệp", (2023, 3, 20, 15, 30)),
    (231520, 190, "Tổ chức phiên giao dịch việc làm trực tuyến kết nối các tỉnh phía Bắc", (2023, 5, 4, 9, 15)),
    (231466, 190, "Hướng dẫn thực hiện chính sách hỗ trợ tiền thuê nhà cho người lao động", (2023, 4, 19, 16, 0)),
    (231410, 190, "Công bố tình hình thị trường lao động quý I năm 2023", (2023, 4, 12, 14, 20)),
    (231351, 190, "Rà soát nhu cầu tuyển dụng lao động của doanh nghiệp sau Tết", (2023, 3, 27, 8, 40)),
    (231288, 190, "Tăng cường quản lý lao động nước ngoài làm việc tại Việt Nam", (2023, 3, 16, 11, 5)),
    (231430, 192, "Hỗ trợ gạo cứu đói dịp giáp hạt năm 2023 cho các địa phương", (2023, 4, 14, 10, 30)),
    (231880, 195, "Thông báo lịch tiếp công dân của Lãnh đạo Bộ tháng 12/2023", (2023, 12, 1, 8, 0)),
]
SOFT404 = (230001, 188)


def nfc(s):
    return unicodedata.normalize("NFC", s)


def d_time(d):
    return f"{d[2]:02d}/{d[1]:02d}/{d[0]} {d[3]:02d}:{d[4]:02d}"


def d_date(d):
    return f"{d[2]:02d}/{d[1]:02d}/{d[0]}"


def iso(d):
    if d is None:
        return None
    return f"{d[0]:04d}-{d[1]:02d}-{d[2]:02d}T{d[3]:02d}:{d[4]:02d}:00+07:00"


def ct_url(idtin, idcm):
    return f"/Pages/chitiettin.aspx?idTin={idtin}&idcm={idcm}"


def ds_url(idcm, page=None):
    return f"/Pages/danhsachtin.aspx?idcm={idcm}" + (f"&Page={page}" if page else "")


def art_url(a):
    return ct_url(a["idTin"], a["idcm"])


def wp_id(seed):
    g = uuid.UUID(int=random.Random(seed).getrandbits(128), version=4)
    return str(g), f"{CTL}_g_{str(g).replace('-', '_')}"


def viewstate(seed, n):
    rng = random.Random(seed)
    raw = bytes([0xFF, 0x01, 0x0F, 0x0F]) + bytes(rng.getrandbits(8) for _ in range(n))
    return "/wEPDwU" + base64.b64encode(raw).decode()[7:]


def u_esc(s):
    return s.replace("/", "\\u002f")


# ------------------------------------------------------------------------------------------------

def head(title, url, seed):
    rng = random.Random(seed)
    revs = ["2bpHeX9U8DH09TB5zpJcsQ%3D%3D", "ZF7OFYO7uj7Fl7OgH8SVvA%3D%3D", "ZaOXZEobVwykPO9g8hq%2F8A%3D%3D"]
    sods = ["initstrings.js", "strings.js", "sp.init.js", "sp.res.resx", "sp.ui.dialog.js", "core.js", "menu.js", "mQuery.js",
            "callout.js", "clienttemplates.js", "sharing.js", "suitelinks.js", "sp.runtime.js", "sp.js", "userprofile",
            "followingcommon.js", "profilebrowserscriptres.resx", "sp.ui.mysitecommon.js", "browserScript", "inplview",
            "sp.core.js", "cui.js", "ribbon", "WPAdderClass", "dragdrop.js", "quicklaunch.js"]
    sod_lines = []
    for s in sods:
        rev = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(16))).decode().replace("/", "%2F").replace("+", "%2B").replace("=", "%3D")
        path = ("\\u002f_layouts\\u002f15\\u002f1066\\u002f" if s in ("initstrings.js", "strings.js", "sp.res.resx", "profilebrowserscriptres.resx") else "\\u002f_layouts\\u002f15\\u002f") + s.replace(".resx", ".js") if "." in s else "\\u002f_layouts\\u002f15\\u002f" + s + ".js"
        sod_lines.append(f'<script type="text/javascript">RegisterSod("{s}", "{path}?rev={rev}");</script>')
    sr = "".join(f'<script type="text/javascript" src="/ScriptResource.axd?d={base64.urlsafe_b64encode(bytes(rng.getrandbits(8) for _ in range(90))).decode().rstrip("=")}&amp;t=ffffffffecf19baa"></script>\n' for _ in range(2))
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" /><meta name="msapplication-TileImage" content="/_layouts/15/images/SharePointMetroAppTile.png" /><meta name="msapplication-TileColor" content="#0072C6" /><title>
	{E(title)}
</title><link rel="shortcut icon" href="/Style%20Library/molisa/images/favicon.ico" type="image/vnd.microsoft.icon" id="favicon" /><link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev={revs[0]}"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/molisa/css/molisa.css"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev={revs[1]}"></script>
{sr}<script type="text/javascript" src="/_layouts/15/blank.js?rev={revs[2]}"></script>
{chr(10).join(sod_lines)}
<link type="text/xml" rel="alternate" href="/_vti_bin/spsdisco.aspx" />
<link rel="canonical" href="{E(HOST + url)}" />
<script type="text/javascript" src="/Style%20Library/molisa/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/Style%20Library/molisa/js/molisa.js"></script>
</head>"""


def hidden_fields(url, seed, vs_len):
    rng = random.Random(seed + 7)
    digest = "0x" + "".join(rng.choice("0123456789ABCDEF") for _ in range(128)) + ",08 Mar 2024 02:14:07 -0000"
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
<input type="hidden" name="MSOSPWebPartManager_OldDisplayModeName" id="MSOSPWebPartManager_OldDisplayModeName" value="Browse" />
<input type="hidden" name="MSOSPWebPartManager_StartWebPartEditingName" id="MSOSPWebPartManager_StartWebPartEditingName" value="false" />
<input type="hidden" name="MSOSPWebPartManager_EndWebPartEditing" id="MSOSPWebPartManager_EndWebPartEditing" value="false" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(seed, vs_len)}" />
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


<script src="/WebResource.axd?d=xJDQ0uFhMg1ngnQ3dzMRvNKkiT3pBJWoGUwd8fPTN3p2OvRIfQUZDwlW_55YdZp2Gm8TH8HBG6y5Xn6WVbyBvhIUJoY1&amp;t=636271779501517547" type="text/javascript"></script>
"""


def page_ctx(url, seed):
    rng = random.Random(seed + 3)
    corr = uuid.UUID(int=rng.getrandbits(128), version=4)
    path = url.split("?")[0]
    return f"""<script type="text/javascript">
//<![CDATA[
var MSOWebPartPageFormName = 'aspnetForm';
var g_presenceEnabled = true;
var g_wsaEnabled = false;
var g_correlationId = '{corr}';
var g_wsaQoSEnabled = false;
var g_wsaQoSDataPoints = [];
var g_wsaRUMEnabled = false;
var g_wsaLCID = 1066;
var g_wsaListTemplateId = 850;
var g_wsaSiteTemplateId = 'CMSPUBLISHING#0';
var _fV4UI=true;var _spPageContextInfo = {{webServerRelativeUrl: "\\u002f", webAbsoluteUrl: "https:\\u002f\\u002fwww.molisa.gov.vn", siteAbsoluteUrl: "https:\\u002f\\u002fwww.molisa.gov.vn", serverRequestPath: "{u_esc(path)}", layoutsUrl: "_layouts\\u002f15", webTitle: "B\\u1ED9 Lao \\u0111\\u1ED9ng - Th\\u01B0\\u01A1ng binh v\\u00E0 X\\u00E3 h\\u1ED9i", webTemplate: "53", tenantAppVersion: "0", isAppWeb: false, Has2019Era: false, webLogoUrl: "_layouts\\u002f15\\u002fimages\\u002fsiteicon.png", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: "vi-VN", currentCultureName: "vi-VN", clientServerTimeDelta: new Date("2024-03-08T02:14:07.5312331Z") - new Date(), siteClientTag: "1841$$15.0.5023.1000", crossDomainPhotosEnabled:false, webUIVersion:15, webPermMasks:{{High:16,Low:196673}}, pageListId:"{{b5c1f0a3-7e42-4d2b-9a61-3f8c2e7d4a90}}", pageItemId:{7 + seed % 5}, pagePersonalizationScope:1, alertsEnabled:false, siteServerRelativeUrl: "\\u002f", allowSilverlightPrompt:'True'}};var L_Menu_BaseUrl="";
var L_Menu_LCID="1066";
var L_Menu_SiteTheme="null";
document.onreadystatechange=fnRemoveAllStatus; function fnRemoveAllStatus(){{removeAllStatus(true)}};
var _spWebPartComponents = new Object();//]]>
</script>
<script src="/_layouts/15/blank.js?rev=ZaOXZEobVwykPO9g8hq%2F8A%3D%3D" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
(function(){{

        if (typeof(_spBodyOnLoadFunctions) === 'undefined' || _spBodyOnLoadFunctions === null) {{
            return;
        }}
        _spBodyOnLoadFunctions.push(function() 
        {{
          if (!_spPageContextInfo) {{
              return;
          }}
          var elem = document.getElementById('DeltaPlaceHolderPageTitleInTitleArea');
          if (elem != null) {{
              elem.style.display = 'none';
          }}
        }});
    }})();
function WebForm_OnSubmit() {{
UpdateFormDigest('\\u002f', 1440000);if (typeof(_spFormOnSubmitWrapper) != 'undefined') {{return _spFormOnSubmitWrapper();}} else {{return true;}};
return true;
}}
//]]>
</script>
"""


def wp_zone(title, inner, seed, show_title=True, noindex=False):
    guid, cid = wp_id(seed)
    zid = cid.replace(f"{CTL}_g_", "")
    t = ""
    if show_title:
        t = (f'<div class="ms-webpart-chrome-title" id="WebPart{cid}_ChromeTitle">\n'
             f'<span title="{E(title)}" id="WebPartTitle{cid}" class="js-webpart-titleCell"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>{E(title)}</span><span id="WebPartCaption{cid}"></span></nobr></h2></span>\n'
             '</div>')
    return f"""<div class="ms-webpart-zone ms-fullWidth">
	<div id="MSOZoneCell_WebPart{cid}" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth ">
		<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth ">
			{t}<div WebPartID="{guid}" HasPers="false" id="WebPart{cid}" width="100%" class="ms-WPBody {'noindex ' if noindex else ''}" allowDelete="false" style="" ><div id="{cid}">
{inner}
			</div><div class="ms-clear"></div></div>
		</div>
	</div>
</div>"""


def header(seed):
    menu = [("Trang chủ", "/Pages/default.aspx"), ("Giới thiệu", "/Pages/chucnangnhiemvu.aspx"), ("Tin tức - Sự kiện", ds_url(188)),
            ("Lao động - Việc làm", ds_url(190)), ("Bảo trợ xã hội", ds_url(192)), ("Người có công", ds_url(196)),
            ("Giáo dục nghề nghiệp", ds_url(197)), ("Văn bản", "/Pages/vanban.aspx"), ("Hỏi đáp", "/Pages/hoidap.aspx"), ("Liên hệ", "/Pages/danhba.aspx")]
    lis = "".join(f'<li class="static{" selected" if i == 0 else ""}"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="{E(h)}"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">{E(n)}</span></span></a></li>'
                  for i, (n, h) in enumerate(menu))
    return f"""<div id="TurnOnAccessibility" style="display:none" class="s4-notdlg noindex">
	<a id="linkTurnOnAcc" href="#" class="ms-accessible ms-acc-button" onclick="SetIsAccessibilityFeatureEnabled(true);UpdateAccessibilityUI();document.getElementById('linkTurnOffAcc').focus();return false;">Turn on more accessible mode</a>
</div>
<div id="TurnOffAccessibility" style="display:none" class="s4-notdlg noindex">
	<a id="linkTurnOffAcc" href="#" class="ms-accessible ms-acc-button" onclick="SetIsAccessibilityFeatureEnabled(false);UpdateAccessibilityUI();document.getElementById('linkTurnOnAcc').focus();return false;">Turn off more accessible mode</a>
</div>
<div class="s4-notdlg s4-skipribbonshortcut noindex">
	<a href="javascript:;" onclick="document.getElementById(&#39;startNavigation&#39;).focus();" class="ms-accessible ms-acc-button" accesskey="Y">Skip Ribbon Commands</a>
</div>
<div class="s4-notdlg noindex">
	<a href="javascript:;" onclick="document.getElementById(&#39;mainContent&#39;).focus();" class="ms-accessible ms-acc-button">Skip to main content</a>
</div>
<div id="ms-designer-ribbon">
	<div>
	<div id="s4-ribbonrow" style="visibility:hidden;display:none"></div>
</div>
</div>
<div id="s4-workspace" class="ms-core-overlay">
<div id="s4-bodyContainer">
<div class="molisa-wrapper">
<div class="molisa-topbar">
	<div class="ngayhientai"><span id="{CTL}_lblNgayHienTai">{TODAY}</span></div>
	<div class="toplinks"><a href="/Pages/default.aspx">Trang chủ</a> | <a href="/Pages/sodo.aspx">Sơ đồ cổng</a> | <a href="/en/Pages/default.aspx">English</a> | <a href="/_layouts/15/Authenticate.aspx?Source=%2FPages%2Fdefault%2Easpx" rel="nofollow">Đăng nhập</a></div>
</div>
<div class="molisa-header">
	<a href="/Pages/default.aspx" class="logo"><img src="/Style%20Library/molisa/images/logo-molisa.png" alt="Bộ Lao động - Thương binh và Xã hội" /></a>
	<div class="banner-text"><span class="line1">CỔNG THÔNG TIN ĐIỆN TỬ</span><span class="line2">BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI</span></div>
	<div class="search-box" id="SearchBox">
		<input name="ctl00$txtTuKhoa" type="text" id="ctl00_txtTuKhoa" class="txt-timkiem" placeholder="Nhập từ khóa tìm kiếm..." onkeypress="if(event.keyCode==13){{window.location='/Pages/timkiem.aspx?tukhoa='+encodeURIComponent(this.value);return false;}}" />
		<input type="submit" name="ctl00$btnTimKiem" value="Tìm kiếm" onclick="window.location='/Pages/timkiem.aspx?tukhoa='+encodeURIComponent(document.getElementById('ctl00_txtTuKhoa').value);return false;" id="ctl00_btnTimKiem" class="btn-timkiem" />
	</div>
</div>
<div class="molisa-menu noindex" id="startNavigation">
	<div id="DeltaTopNavigation" class="ms-displayInline ms-core-navigation" role="navigation">
	<div id="zz1_TopNavigationMenu" class=" noindex ms-core-listMenu-horizontalBox">
		<ul id="zz2_RootAspMenu" class="root ms-core-listMenu-root static">{lis}</ul>
	</div>
	</div>
</div>"""


def sidebar(seed, photo_files):
    rng = random.Random(seed)
    pool = [(a["title"], art_url(a)) for a in ARTICLES] + [(o[2], ct_url(o[0], o[1])) for o in OLDER]
    rng.shuffle(pool)
    docnhieu = pool[:6]
    if seed % 4 == 0:
        docnhieu[-1] = ("Hội nghị giao ban công tác lao động, người có công và xã hội quý I", ct_url(*SOFT404))
    lis = "".join(f'<li><a href="{E(h)}">{E(t)}</a></li>' for t, h in docnhieu)
    s1 = wp_zone("Tin đọc nhiều", f'<div class="tindocnhieu"><ul>{lis}</ul></div>', seed * 10 + 1)
    # picture library web part: items without Title show their file name (leaks as text)
    pics = "".join(f'<div class="anh-item"><a href="/PublishingImages/ThuVienAnh/{f}"><img src="/PublishingImages/ThuVienAnh/_t/{f.replace(".", "_")}.jpg" alt="{f}" /></a><div class="ten-anh">{f}</div></div>'
                   for f in photo_files)
    s2 = wp_zone("Thư viện ảnh", f'<div class="thuvienanh">{pics}<div class="xemtiep"><a href="/PublishingImages/Forms/Thumbnails.aspx">Xem tiếp</a></div></div>', seed * 10 + 2)
    links = [("Cổng Thông tin điện tử Chính phủ", "https://chinhphu.vn"), ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
             ("Bảo hiểm xã hội Việt Nam", "https://baohiemxahoi.gov.vn"), ("Bộ Y tế", "https://moh.gov.vn"), ("Bộ Giáo dục và Đào tạo", "https://moet.gov.vn"),
             ("Bộ Nội vụ", "https://moha.gov.vn"), ("Tổng cục Thống kê", "https://gso.gov.vn")]
    opts = "".join(f'<option value="{h}">{E(t)}</option>' for t, h in links)
    s3 = wp_zone("Liên kết website", f'<div class="lienket"><select name="ddlLienKet" onchange="window.open(this.value)"><option value="">--- Chọn liên kết ---</option>{opts}</select></div>', seed * 10 + 3)
    b = ('<div class="banner-phai"><a href="https://dichvucong.molisa.gov.vn" target="_blank"><img src="/Style%20Library/molisa/images/banner-dvc.png" alt="Dịch vụ công trực tuyến" /></a>'
         '<a href="/Pages/hoidap.aspx"><img src="/Style%20Library/molisa/images/banner-hoidap.png" alt="Hỏi đáp chính sách" /></a>'
         '<a href="https://tongdai111.vn" target="_blank"><img src="/Style%20Library/molisa/images/tongdai-111.png" alt="Tổng đài 111" /></a></div>')
    s4 = wp_zone("Banner", b, seed * 10 + 4, show_title=False)
    poll = ('<div class="binhchon"><p class="cauhoi">Bạn quan tâm nhất đến thông tin nào trên Cổng thông tin điện tử của Bộ?</p>'
            + "".join(f'<div><input id="{CTL}_rdo{i}" type="radio" name="{CTL}$binhchon" value="{i}" /><label for="{CTL}_rdo{i}">{E(t)}</label></div>'
                      for i, t in enumerate(["Chính sách lao động, việc làm", "Chính sách người có công", "Giáo dục nghề nghiệp", "Bảo trợ xã hội, trẻ em"]))
            + f'<input type="submit" name="{CTL}$btnBinhChon" value="Bình chọn" class="btn" /> <a href="javascript:__doPostBack(\'{CTL}$lnkKetQua\',\'\')">Xem kết quả</a></div>')
    s5 = wp_zone("Thăm dò ý kiến", poll, seed * 10 + 5)
    total = 48_213_554 + seed * 2_911
    cnt = (f'<div class="thongke"><div>Đang trực tuyến: <b>{(1_203 + seed * 17) % 2000:,}</b></div><div>Hôm nay: <b>{(21_530 + seed * 203):,}</b></div>'
           f'<div>Tổng số lượt truy cập: <b>{total:,}</b></div></div>').replace(",", ".")
    s6 = wp_zone("Thống kê truy cập", cnt, seed * 10 + 6)
    return "\n".join([s1, s4, s2, s5, s3, s6])


def footer():
    return """<div class="molisa-footer">
	<div class="footer-menu"><a href="/Pages/default.aspx">Trang chủ</a> | <a href="/Pages/chucnangnhiemvu.aspx">Giới thiệu</a> | <a href="/Pages/danhba.aspx">Danh bạ</a> | <a href="/Pages/hoidap.aspx">Hỏi đáp</a> | <a href="/Pages/sodo.aspx">Sơ đồ cổng</a></div>
	<div class="footer-info">
		<p><b>CỔNG THÔNG TIN ĐIỆN TỬ BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI</b></p>
		<p>Cơ quan chủ quản: Bộ Lao động - Thương binh và Xã hội. Chịu trách nhiệm chính: Giám đốc Trung tâm Thông tin</p>
		<p>Địa chỉ: Số 12 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: (024) 3826 xxxx - Email: ttth@molisa.gov.vn</p>
		<p>Ghi rõ nguồn "Cổng thông tin điện tử Bộ Lao động - Thương binh và Xã hội" khi phát hành lại thông tin từ nguồn này.</p>
	</div>
	<div class="tinnhiemmang"><a href="https://tinnhiemmang.vn/danh-ba-tin-nhiem/molisagovvn-1632471030" title="Chứng nhận Tín Nhiệm Mạng" target="_blank"><img src="https://tinnhiemmang.vn/handle_cert?id=molisa.gov.vn" width="150px" height="auto" alt="Chứng nhận Tín Nhiệm Mạng" /></a></div>
</div>"""


PHOTO_FILES = ["IMG_5521.JPG", "hoinghi-trienkhai-2024.jpg", "DSC_0412.JPG", "tang-qua-tet-nguoi-co-cong.jpg", "phien-gdvl-T5-2023.png",
               "IMG_20231207_093015.jpg", "khai-giang-nghe.JPG", "anh-bia-thang-hanh-dong.png"]


def render_page(*, url, title, main_html, seed, vs_len=6000):
    photos = (PHOTO_FILES[seed % len(PHOTO_FILES):] + PHOTO_FILES[:seed % len(PHOTO_FILES)])[:4]
    action = "./" + url.split("/")[-1]
    body = f"""
<body>
<div id="imgPrefetch" style="display:none">
<img src="/_layouts/15/images/spcommon.png?rev=23" />
<img src="/_layouts/15/images/spcommon.png?rev=23" />
<img src="/_layouts/15/images/siteIcon.png?rev=23" />
</div>

<form method="post" action="{E(action)}" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
{hidden_fields(url, seed, vs_len)}
{page_ctx(url, seed)}
<span id="DeltaSPWebPartManager">
	
</span>
<script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ctl00$ScriptManager', 'aspnetForm', [], [], [], 90, 'ctl00');
//]]>
</script>

<span id="DeltaDelegateControls">
	
</span>
{header(seed)}
<div class="molisa-main clearfix" id="contentRow">
	<div class="molisa-cottrai" id="contentBox" aria-live="polite" aria-relevant="all">
		<div id="notificationArea" class="ms-notif-box"></div>
		<div id="DeltaPageStatusBar">
			<div id="pageStatusBar"></div>
		</div>
		<div id="DeltaPlaceHolderMain">
			<a id="mainContent" name="mainContent" tabindex="-1"></a>
			<div class="ms-table ms-fullWidth">
				<div class="tableCol-75">
					<div class="cell-margin">
{main_html}
					</div>
				</div>
			</div>
<div style='display:none' id='hidZone'></div>
		</div>
	</div>
	<div class="molisa-cotphai">
{sidebar(seed, photos)}
	</div>
</div>
{footer()}
</div>
</div>
</div>

<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;window.g_updateFormDigestPageLoaded = new Date(); window.g_updateFormDigestPageLoaded.setDate(window.g_updateFormDigestPageLoaded.getDate() -5);var _fV4UI = true;
function _RegisterWebPartPageCUI()
{{
    var initInfo = {{editable: false,isEditMode: false,allowWebPartAdder: false,listId: "{{b5c1f0a3-7e42-4d2b-9a61-3f8c2e7d4a90}}",itemId: {7 + seed % 5},recycleBinEnabled: true,enableMinorVersioning: true,enableModeration: true,forceCheckout: true,rootFolderUrl: "\\u002fPages",itemPermissions:{{High:16,Low:196673}}}};
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
var __wpmExportWarning='This Web Part Page has been personalized. As a result, one or more Web Part properties may contain confidential information. Make sure the properties contain information that is safe for others to read. After exporting this Web Part, view properties in the Web Part description file (.WebPart) by using a text editor such as Microsoft Notepad.';var __wpmCloseProviderWarning='You are about to close this Web Part.  It is currently providing data to other Web Parts, and these connections will be deleted if this Web Part is closed.  To close this Web Part, click OK.  To keep this Web Part, click Cancel.';var __wpmDeleteWarning='You are about to permanently delete this Web Part.  Are you sure you want to do this?  To delete this Web Part, click OK.  To keep this Web Part, click Cancel.';//]]>
</script>

<script type="text/javascript">
//<![CDATA[
Sys.Application.add_init(function() {{
    $create(SP.UI.Controls.PageStatusBar, null, null, null, $get("pageStatusBar"));
}});
//]]>
</script>
</form>
<span id="DeltaPlaceHolderUtilityContent"></span>
<script type="text/javascript">
  var _gaq = _gaq || [];
  _gaq.push(['_setAccount', 'UA-30217745-1']);
  _gaq.push(['_trackPageview']);
</script>
</body>
</html>
"""
    return head(title, url, seed) + body


# ------------------------------------------------------------------------------------------------

def render_body(a, cid):
    out, text, images, attach, lead_in_body = [], [], [], None, None
    for b in a["body"]:
        if isinstance(b, str):
            out.append(f'<p class="ms-rteElement-P" style="text-align:justify;">{E(b)}</p>')
            text.append(b)
            continue
        k = b[0]
        if k == "lead_in_body":
            out.append(f'<p class="ms-rteElement-P" style="text-align:justify;"><strong>{E(b[1])}</strong></p>')
            lead_in_body = b[1]
        elif k == "h":
            out.append(f'<p class="ms-rteElement-P" style="text-align:justify;"><strong>{E(b[1])}</strong></p>')
            text.append(b[1])
        elif k == "img":
            _, path, cap, credit, style = b
            fname = path.rsplit("/", 1)[1]
            if style == "table":
                out.append('<table class="ms-rteTable-default" cellspacing="0" align="center" style="width:90%;"><tbody>'
                           f'<tr class="ms-rteTableEvenRow-default"><td class="ms-rteTableEvenCol-default" style="text-align:center;"><img src="{path}" alt="" style="margin:5px;width:560px;" /></td></tr>'
                           f'<tr class="ms-rteTableOddRow-default"><td class="ms-rteTableEvenCol-default" style="text-align:center;"><em>{E(cap)}. {E(credit)}</em></td></tr>'
                           '</tbody></table>')
                images.append({"src": HOST + path, "caption": cap + ".", "credit": credit})
            elif style == "em":
                out.append(f'<p class="ms-rteElement-P" style="text-align:center;"><img src="{path}" alt="{fname}" style="margin:5px;width:560px;" /></p>')
                out.append(f'<p class="ms-rteElement-P" style="text-align:center;"><span class="ms-rteFontSize-1"><em>{E(cap)} ({E(credit)})</em></span></p>')
                images.append({"src": HOST + path, "caption": cap, "credit": credit})
            else:  # div.anh + p.chuthich, credit on its own line
                out.append(f'<div class="anh" style="text-align:center;"><img src="{path}" alt="{fname}" width="560" /></div>')
                out.append(f'<p class="chuthich" style="text-align:center;"><em>{E(cap)}</em><br/><em>{E(credit)}</em></p>')
                images.append({"src": HOST + path, "caption": cap, "credit": credit})
        elif k == "table":
            t = ['<table class="ms-rteTable-default" cellspacing="0" style="width:100%;"><tbody>']
            for i, r in enumerate(b[1]):
                tag, cls = ("th", "ms-rteTableHeaderRow-default") if i == 0 else ("td", "ms-rteTableOddRow-default" if i % 2 else "ms-rteTableEvenRow-default")
                t.append(f'<tr class="{cls}">' + "".join(f'<{tag} class="ms-rteTable{"Header" if i == 0 else ""}{"EvenCol" if j % 2 == 0 else "OddCol"}-default" rowspan="1" colspan="1">{E(c)}</{tag}>' for j, c in enumerate(r)) + '</tr>')
                text.append(" | ".join(r))
            t.append('</tbody></table>')
            out.append("".join(t))
        elif k == "ul":
            out.append('<ul>' + "".join(f'<li>{E(x)}</li>' for x in b[1]) + '</ul>')
            text.extend(b[1])
        elif k == "br":
            out.append('<p class="ms-rteElement-P" style="text-align:justify;">' + "<br/>".join(E(x) for x in b[1]) + '</p>')
            text.extend(b[1])
        elif k == "sig":
            out.append(f'<p class="ms-rteElement-P" style="text-align:right;"><strong>{E(b[1])}</strong></p>')
        elif k == "attach":
            attach = b[1]
        elif k == "related":
            lis = "".join(f'<li><a href="{E(ct_url(i, c))}">{E(t)}</a> <span class="ngay">({d})</span></li>' for i, c, t, d in b[1])
            out.append(f'<div class="tinlienquan-trongbai"><p><strong>Tin liên quan:</strong></p><ul>{lis}</ul></div>')
    return "\n".join(out), text, images, attach, lead_in_body


def article_page(a, idx):
    url = art_url(a)
    guid, cid = wp_id(1000 + idx)
    body_html, text, images, attach, lead_in_body = render_body(a, cid)
    dstr = d_time(a["date"]) if a["date_fmt"] == "datetime" else d_date(a["date"])
    date_html = f'<span id="{cid}_ctl00_lblNgayDang" class="ngaydang">Ngày đăng: {dstr}</span>'
    if a.get("updated"):
        date_html += f' <span class="sep">|</span> <span id="{cid}_ctl00_lblNgayCapNhat" class="ngaycapnhat">Cập nhật: {d_time(a["updated"])}</span>'
    date_html += f' <span class="luotxem">| Lượt xem: {(1_534 + idx * 211):,}</span>'.replace(",", ".")
    lead = a["lead"]
    lead_html = ""
    if lead:
        pre = f'{E(a["prefix"])} ' if a.get("prefix") else ""
        lead_html = f'<div class="tomtat"><span id="{cid}_ctl00_lblTomTat">{pre}{E(lead)}</span></div>'
    if lead_in_body:
        lead = lead_in_body
    meta = ""
    if a.get("author_field"):
        meta += f'<div class="tacgia"><span id="{cid}_ctl00_lblTacGia">{E(a["author_field"])}</span></div>'
    if a.get("source"):
        meta += f'<div class="nguontin"><span id="{cid}_ctl00_lblNguonThongTin">Nguồn: {E(a["source"])}</span></div>'
    att = ""
    if attach:
        att = ('<div class="filedinhkem"><span class="tieude-dinhkem">Tải về:</span><ul>'
               + "".join(f'<li><img src="/_layouts/15/images/{"icpdf.png" if h.endswith(".pdf") else "icdocx.png"}" alt="" /> <a href="{h}" target="_blank">{E(t)}</a></li>' for t, h in attach)
               + '</ul></div>')
    others = [x for x in ARTICLES if x is not a]
    others = (others[idx % len(others):] + others[:idx % len(others)])[:6]
    olds = [o for o in OLDER if o[1] == a["idcm"]][:3]
    lis = "".join(f'<li><a href="{E(art_url(x))}">{E(x["title"])}</a> <span class="ngay">({d_date(x["date"])})</span></li>' for x in others)
    lis += "".join(f'<li><a href="{E(ct_url(o[0], o[1]))}">{E(o[2])}</a> <span class="ngay">({d_date(o[3])})</span></li>' for o in olds)
    cat = a["category"]
    inner = f"""<div id="{cid}_ctl00_pnlChiTiet" class="chitiettin">
	<div class="duongdan"><a href="/Pages/default.aspx">Trang chủ</a> <span class="phancach">»</span> <a href="{E(ds_url(a['idcm']))}">{E(cat)}</a></div>
	<div class="tieude"><h1><span id="{cid}_ctl00_lblTieuDe">{E(a["title"])}</span></h1></div>
	<div class="thongtin">{date_html}</div>
	{lead_html}
	<div class="noidung">
		<div id="{cid}_ctl00_divNoiDung" class="ms-rtestate-field">{body_html}</div>
	</div>
	{meta}
	{att}
	<div class="congcu"><a href="javascript:window.print();"><img src="/Style%20Library/molisa/images/icon-print.gif" alt="In" /> In bài viết</a> <a href="mailto:?subject={quote(a['title'])}&amp;body={quote(HOST + url, safe='')}"><img src="/Style%20Library/molisa/images/icon-email.gif" alt="Email" /> Gửi email</a> <a href="#s4-workspace">Về đầu trang</a></div>
	<div class="tinkhac">
		<div class="tieude-tinkhac">Các tin khác</div>
		<ul>{lis}</ul>
	</div>
</div>"""
    main = wp_zone("Chi tiết tin", inner, 1000 + idx, show_title=False)
    doc = render_page(url=url, title="Chi tiết tin", main_html=main, seed=idx + 1, vs_len=5200 + idx * 300)
    exp = {
        "title": a["title"],
        "agency_prefix": a.get("prefix"),
        "lead": lead,
        "text": "\n\n".join(text),
        "published_at": iso(a["date"]),
        "updated_at": iso(a.get("updated")),
        "date_label": "Ngày đăng",
        "authors": a["authors"],
        "unit": a["unit"],
        "images": images,
        "category": cat,
    }
    return url, doc, exp


def summary(a):
    s = a["lead"] or next((b[1] for b in a["body"] if isinstance(b, tuple) and b[0] == "lead_in_body"), None) or next(b for b in a["body"] if isinstance(b, str))
    return s if len(s) <= 240 else s[:240].rsplit(" ", 1)[0] + "..."


def thumb(a):
    for b in a["body"]:
        if isinstance(b, tuple) and b[0] == "img":
            return b[1]
    return None


def list_item(title, href, date, summ, img, missing_name=None):
    if img:
        pic = f'<a href="{E(href)}"><img src="{img}" alt="" width="140" height="95" /></a>'
    elif missing_name:
        pic = f'<span class="tenfile">{missing_name}</span>'  # web part prints the stored file name when the image field has no URL
    else:
        pic = '<a href="{0}"><img src="/Style%20Library/molisa/images/no-image.jpg" alt="" width="140" height="95" /></a>'.format(E(href))
    return f"""<div class="item-tin clearfix">
	<div class="anh-tin">{pic}</div>
	<div class="noidung-tin">
		<a class="tieude-tin" href="{E(href)}">{E(title)}</a> <span class="ngay-tin">({date})</span>
		<div class="tomtat-tin">{E(summ)}</div>
	</div>
</div>"""


def listing_page(idcm, page, items, total_pages, seed):
    url = ds_url(idcm, page if page and page > 1 else None)
    pg = page or 1
    links = []
    if pg > 1:
        links.append(f'<a href="{E(ds_url(idcm, 1))}">Đầu</a>')
        links.append(f'<a href="{E(ds_url(idcm, pg - 1))}">Trước</a>')
    for n in range(1, total_pages + 1):
        links.append(f'<span class="current">{n}</span>' if n == pg else f'<a href="{E(ds_url(idcm, n))}">{n}</a>')
    if pg < total_pages:
        links.append(f'<a href="{E(ds_url(idcm, pg + 1))}">Sau</a>')
        links.append(f'<a href="{E(ds_url(idcm, total_pages))}">Cuối</a>')
    guid, cid = wp_id(2000 + idcm * 10 + pg)
    inner = (f'<div class="danhsachtin" id="{cid}_ctl00_pnlDanhSach"><div class="duongdan"><a href="/Pages/default.aspx">Trang chủ</a> <span class="phancach">»</span> <a href="{E(ds_url(idcm))}">{E(CATS[idcm])}</a></div>'
             + "\n".join(items)
             + f'<div class="phantrang" id="{cid}_ctl00_divPhanTrang">{" ".join(links)}</div></div>')
    main = wp_zone(CATS[idcm], inner, 2000 + idcm * 10 + pg)
    return url, render_page(url=url, title=CATS[idcm], main_html=main, seed=seed)


def home():
    by_date = sorted(ARTICLES, key=lambda a: a["date"], reverse=True)
    top = by_date[0]
    nb = (f'<div class="tinnoibat"><div class="anh-noibat"><a href="{E(art_url(top))}"><img src="{thumb(top) or "/Style%20Library/molisa/images/no-image.jpg"}" alt="" /></a></div>'
          f'<a class="tieude-noibat" href="{E(art_url(top))}">{E(top["title"])}</a><div class="tomtat-noibat">{E(summary(top))}</div>'
          '<ul class="tinmoi">' + "".join(f'<li><a href="{E(art_url(a))}">{E(a["title"])}</a> <span class="ngay">({d_date(a["date"])})</span></li>' for a in by_date[1:5]) + '</ul></div>')
    zones = [wp_zone("Tin nổi bật", nb, 3001, show_title=False)]
    for idcm, seedz in ((190, 3002), (192, 3003), (195, 3004)):
        items = [a for a in by_date if a["idcm"] == idcm]
        lis = "".join(f'<li><a href="{E(art_url(a))}">{E(a["title"])}</a> <span class="ngay">({d_date(a["date"])})</span></li>' for a in items)
        lis += "".join(f'<li><a href="{E(ct_url(o[0], o[1]))}">{E(o[2])}</a> <span class="ngay">({d_date(o[3])})</span></li>' for o in [o for o in OLDER if o[1] == idcm][:2])
        zones.append(wp_zone(CATS[idcm], f'<div class="khoitin"><ul>{lis}</ul><div class="xemtiep"><a href="{E(ds_url(idcm))}">Xem tiếp »</a></div></div>', seedz))
    hd = [a for a in by_date if a["idcm"] == 188]
    lis = "".join(f'<li><a href="{E(art_url(a))}">{E(a["title"])}</a> <span class="ngay">({d_date(a["date"])})</span></li>' for a in hd)
    zones.append(wp_zone(CATS[188], f'<div class="khoitin"><ul>{lis}</ul><div class="xemtiep"><a href="{E(ds_url(188))}">Xem tiếp »</a></div></div>', 3005))
    ql = ('<div class="truycapnhanh"><a href="/Pages/chucnangnhiemvu.aspx">Chức năng, nhiệm vụ</a> <a href="/Pages/danhba.aspx">Danh bạ điện thoại</a> '
          '<a href="/Pages/hoidap.aspx">Gửi câu hỏi</a> <a href="/Pages/timkiem.aspx?tukhoa=vi%E1%BB%87c+l%C3%A0m">Tìm: việc làm</a></div>')
    zones.append(wp_zone("Truy cập nhanh", ql, 3006))
    url = "/Pages/default.aspx"
    return url, render_page(url=url, title="Trang chủ", main_html="\n".join(zones), seed=0, vs_len=9000)


def statics():
    out = []
    # static: functions and duties (publishing page content field)
    pc = """<div class="ms-rtestate-field">
<h2 class="ms-rteElement-H2">Vị trí và chức năng</h2>
<p class="ms-rteElement-P">Bộ Lao động - Thương binh và Xã hội là cơ quan của Chính phủ, thực hiện chức năng quản lý nhà nước về: lao động, việc làm; giáo dục nghề nghiệp; tiền lương; bảo hiểm xã hội; an toàn, vệ sinh lao động; người có công; bảo trợ xã hội; trẻ em; bình đẳng giới; phòng, chống tệ nạn xã hội; quản lý nhà nước các dịch vụ công thuộc phạm vi quản lý của Bộ.</p>
<h2 class="ms-rteElement-H2">Nhiệm vụ và quyền hạn</h2>
<p class="ms-rteElement-P">Trình Chính phủ dự án luật, dự thảo nghị quyết của Quốc hội, dự án pháp lệnh, dự thảo nghị quyết của Ủy ban Thường vụ Quốc hội; dự thảo nghị quyết, nghị định của Chính phủ theo chương trình, kế hoạch xây dựng pháp luật hằng năm của Bộ đã được phê duyệt.</p>
<p class="ms-rteElement-P">Trình Chính phủ, Thủ tướng Chính phủ chiến lược, quy hoạch, kế hoạch phát triển dài hạn, 05 năm, hằng năm và các dự án, công trình quan trọng quốc gia thuộc ngành, lĩnh vực do Bộ quản lý.</p>
<p class="ms-rteElement-P">Chỉ đạo, hướng dẫn, kiểm tra và tổ chức thực hiện các văn bản quy phạm pháp luật, chiến lược, quy hoạch, kế hoạch, chương trình, dự án, đề án thuộc phạm vi quản lý của Bộ sau khi được ban hành, phê duyệt.</p>
<h2 class="ms-rteElement-H2">Cơ cấu tổ chức</h2>
<p class="ms-rteElement-P">Các vụ: Kế hoạch - Tài chính; Pháp chế; Tổ chức cán bộ; Hợp tác quốc tế; Bình đẳng giới; Bảo hiểm xã hội. Văn phòng Bộ; Thanh tra Bộ. Các cục: Việc làm; Quản lý lao động ngoài nước; An toàn lao động; Người có công; Bảo trợ xã hội; Trẻ em; Phòng, chống tệ nạn xã hội. Tổng cục Giáo dục nghề nghiệp. Các đơn vị sự nghiệp trực thuộc Bộ.</p>
</div>"""
    url = "/Pages/chucnangnhiemvu.aspx"
    out.append(("static-chucnangnhiemvu", url, render_page(url=url, title="Chức năng, nhiệm vụ", main_html=wp_zone("Chức năng, nhiệm vụ", pc, 4001), seed=21), "static"))
    # contact directory: list view web part (XsltListViewWebPart) - SP2013 list view markup
    rows = [("Văn phòng Bộ", "(024) 3826 9556", "vanphong@molisa.gov.vn"), ("Vụ Pháp chế", "(024) 3826 9523", "vuphapche@molisa.gov.vn"),
            ("Cục Việc làm", "(024) 3734 7808", "cucvieclam@molisa.gov.vn"), ("Cục An toàn lao động", "(024) 3826 9544", "cucatld@molisa.gov.vn"),
            ("Cục Trẻ em", "(024) 3734 8098", "cuctreem@molisa.gov.vn"), ("Cục Bảo trợ xã hội", "(024) 3826 9550", "cucbtxh@molisa.gov.vn"),
            ("Trung tâm Thông tin", "(024) 3826 9561", "ttth@molisa.gov.vn"), ("Thanh tra Bộ", "(024) 3826 9532", "thanhtra@molisa.gov.vn")]
    trs = "".join(f'<tr class="{"ms-alternating " if i % 2 else ""}ms-itmhover" iid="42,{i + 1},0"><td class="ms-cellstyle ms-vb2">{E(a)}</td><td class="ms-cellstyle ms-vb2">{b}</td><td class="ms-cellstyle ms-vb2"><a href="mailto:{c}">{c}</a></td></tr>'
                  for i, (a, b, c) in enumerate(rows))
    lv = (f'<table summary="Danh bạ" xmlns:o="urn:schemas-microsoft-com:office:office" o:WebQuerySourceHref="" cellpadding="1" cellspacing="0" border="0" id="onetidDoclibViewTbl0" class="ms-listviewtable" dir="none">'
          '<thead id="js-listviewthead-WPQ2"><tr valign="top" class="ms-viewheadertr ms-vhltr"><th class="ms-vh2">Đơn vị</th><th class="ms-vh2">Điện thoại</th><th class="ms-vh2">Email</th></tr></thead>'
          f'<tbody>{trs}</tbody></table><p>Địa chỉ: Số 12 Ngô Quyền, Hoàn Kiếm, Hà Nội.</p>')
    url = "/Pages/danhba.aspx"
    out.append(("contact-danhba", url, render_page(url=url, title="Danh bạ điện thoại", main_html=wp_zone("Danh bạ điện thoại", lv, 4002), seed=22), "contact"))
    # form: question form
    guid, cid = wp_id(4003)
    nm = cid.replace("_", "$", 2)
    fields = [("txtHoTen", "Họ và tên (*)"), ("txtDiaChi", "Địa chỉ"), ("txtDienThoai", "Điện thoại"), ("txtEmail", "Email (*)"), ("txtTieuDe", "Tiêu đề câu hỏi (*)")]
    fm = '<div class="guicauhoi"><p>Để gửi câu hỏi về chính sách lao động, người có công và xã hội, đề nghị bạn điền đầy đủ thông tin dưới đây.</p><table class="tbl-form">'
    fm += "".join(f'<tr><td class="lbl">{E(l)}</td><td><input name="{nm}$ctl00${f}" type="text" id="{cid}_ctl00_{f}" class="txt" /></td></tr>' for f, l in fields)
    fm += (f'<tr><td class="lbl">Lĩnh vực</td><td><select name="{nm}$ctl00$ddlLinhVuc" id="{cid}_ctl00_ddlLinhVuc">'
           + "".join(f'<option value="{i}">{E(t)}</option>' for i, t in enumerate(["Lao động - Việc làm", "Tiền lương", "Bảo hiểm xã hội", "Người có công", "Bảo trợ xã hội", "Giáo dục nghề nghiệp"]))
           + '</select></td></tr>'
           f'<tr><td class="lbl">Nội dung câu hỏi (*)</td><td><textarea name="{nm}$ctl00$txtNoiDung" rows="8" cols="50" id="{cid}_ctl00_txtNoiDung" class="txtarea"></textarea></td></tr>'
           f'<tr><td class="lbl">Mã xác nhận</td><td><img src="/_layouts/15/molisa/captcha.ashx?t=638455412" alt="captcha" /> <input name="{nm}$ctl00$txtCaptcha" type="text" id="{cid}_ctl00_txtCaptcha" /></td></tr>'
           f'<tr><td></td><td><input type="submit" name="{nm}$ctl00$btnGui" value="Gửi câu hỏi" id="{cid}_ctl00_btnGui" /> <input type="reset" value="Nhập lại" /></td></tr></table></div>')
    url = "/Pages/hoidap.aspx"
    out.append(("form-hoidap", url, render_page(url=url, title="Hỏi đáp", main_html=wp_zone("Gửi câu hỏi", fm, 4003), seed=23), "form"))
    # search results (custom web part)
    q = "việc làm"
    hits = [a for a in ARTICLES if q in (a["title"] + " " + " ".join(x for x in a["body"] if isinstance(x, str))).lower()]
    res = (f'<div class="ketquatimkiem"><p>Tìm thấy <b>{len(hits)}</b> kết quả với từ khóa "<b>{q}</b>"</p>'
           + "".join(f'<div class="kq-item"><a href="{E(art_url(a))}">{E(a["title"])}</a><div class="kq-ngay">{d_date(a["date"])}</div><div class="kq-tomtat">{E(summary(a))}</div></div>' for a in hits)
           + '</div>')
    url = "/Pages/timkiem.aspx?tukhoa=vi%E1%BB%87c+l%C3%A0m"
    out.append(("search-vieclam", url, render_page(url=url, title="Tìm kiếm", main_html=wp_zone("Kết quả tìm kiếm", res, 4004), seed=24), "search"))
    # soft 404: detail web part with an id that no longer exists, status 200
    guid, cid = wp_id(4005)
    msg = (f'<div id="{cid}_ctl00_pnlChiTiet" class="chitiettin"><div class="duongdan"><a href="/Pages/default.aspx">Trang chủ</a></div>'
           f'<div class="thongbao-loi"><span id="{cid}_ctl00_lblThongBao">Tin bài không tồn tại hoặc đã bị gỡ bỏ.</span></div>'
           '<div><a href="/Pages/default.aspx">« Quay về trang chủ</a></div></div>')
    url = ct_url(*SOFT404)
    out.append(("soft404-chitiettin", url, render_page(url=url, title="Chi tiết tin", main_html=wp_zone("Chi tiết tin", msg, 4005, show_title=False), seed=4), "soft_404"))
    return out


def write(name, url, doc, kind, expected=None):
    doc = nfc(doc)
    (HERE / f"{name}.html").write_bytes(doc.encode("utf-8"))
    meta = {"url": HOST + url, "content_type": "text/html; charset=utf-8", "kind": kind}
    if expected is not None:
        meta["expected"] = {k: (nfc(v) if isinstance(v, str) else v) for k, v in expected.items()}
    (HERE / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main():
    for old in list(HERE.glob("*.html")) + [p for p in HERE.glob("*.json") if p.name != "site.json"]:
        old.unlink()
    for i, a in enumerate(ARTICLES):
        url, doc, exp = article_page(a, i)
        write("article-" + a["slug"], url, doc, "article", exp)
    url, doc = home()
    write("home", url, doc, "listing")
    # Lao động - Việc làm: 3 fixture items + older ones, 5 per page
    items = [(a["title"], art_url(a), d_date(a["date"]), summary(a), thumb(a), None) for a in ARTICLES if a["idcm"] == 190]
    items += [(o[2], ct_url(o[0], o[1]), d_date(o[3]), o[2] + ".", None, "anh-dai-dien-tin.jpg" if o[0] == 231466 else None) for o in OLDER if o[1] == 190]
    items.sort(key=lambda it: it[2][6:] + it[2][3:5] + it[2][:2], reverse=True)
    rendered = [list_item(*it[:5], missing_name=it[5]) for it in items]
    url, doc = listing_page(190, None, rendered[:5], 4, 11)
    write("listing-lao-dong-viec-lam", url, doc, "listing")
    url, doc = listing_page(190, 2, rendered[5:10], 4, 12)
    write("listing-lao-dong-viec-lam-p2", url, doc, "listing")
    items = [(a["title"], art_url(a), d_date(a["date"]), summary(a), thumb(a), None) for a in ARTICLES if a["idcm"] == 192]
    items += [(o[2], ct_url(o[0], o[1]), d_date(o[3]), o[2] + ".", None, "IMG_0331.JPG") for o in OLDER if o[1] == 192]
    rendered = [list_item(*it[:5], missing_name=it[5]) for it in items]
    url, doc = listing_page(192, None, rendered, 1, 13)
    write("listing-bao-tro-xa-hoi", url, doc, "listing")
    for name, url, doc, kind in statics():
        write(name, url, doc, kind)


if __name__ == "__main__":
    main()
