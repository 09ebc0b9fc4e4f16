# -*- coding: utf-8 -*-
"""Generate the SharePoint 2010 publishing mini-site (pages + truth).

Run: /work/main/.venv/bin/python tests/variants/sharepoint/sp2010publishing/make.py
Standard library only. Written for the variant corpus; markup imitates what a SharePoint Server
2010 publishing site (customised v4.master + ArticleLeft-like page layout) sends.
"""
import sys
sys.dont_write_bytecode = True
import base64
import html
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from articles import ARTICLES  # noqa: E402

HOST = "https://moet.gov.vn"
SITE = {"host": HOST, "home": "/", "family": "sharepoint", "template": "sp2010publishing"}
LIST_URL = "/tintuc/Pages/tin-tuc-su-kien.aspx"
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def esc(s):
    return html.escape(s, quote=True)


def plain(fragment):
    t = re.sub(r"<[^>]+>", " ", fragment)
    t = html.unescape(t)
    t = re.sub(r"\s+", " ", t).strip()
    return unicodedata.normalize("NFC", t)


def guid(rng):
    h = "%032x" % rng.getrandbits(128)
    return ("{%s-%s-%s-%s-%s}" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])).upper()


def viewstate(rng, n):
    return "/wEPDwUBMA9kFgJmD2QWAgIBD2QW" + base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


def art_url(a):
    return "/tintuc/Pages/%s.aspx" % a["slug"]


# ---------------------------------------------------------------- body rendering + truth
def render_body(blocks):
    """Returns (html, text_paragraphs, images)."""
    out, text, images = [], [], []
    for b in blocks:
        kind = b[0]
        if kind == "p":
            out.append('<p style="text-align: justify">%s</p>' % b[1])
            text.append(plain(b[1]))
        elif kind == "pw":
            out.append('<p class="MsoNormal" style="text-align: justify; margin: 0cm 0cm 6pt; line-height: 130%%">'
                       '<span style="font-family: &quot;times new roman&quot;,&quot;serif&quot;; font-size: 13pt">%s</span></p>' % b[1])
            text.append(plain(b[1]))
        elif kind == "h":
            out.append('<p style="text-align: justify"><strong>%s</strong></p>' % esc(b[1]))
            text.append(plain(b[1]))
        elif kind == "br":
            out.append("<p>%s</p>" % "<br />".join(b[1]))
            text.extend(plain(x) for x in b[1])
        elif kind == "ul":
            out.append('<ul>%s</ul>' % "".join('<li style="text-align: justify">%s</li>' % x for x in b[1]))
            text.extend(plain(x) for x in b[1])
        elif kind == "table":
            rows = b[1]
            h = ['<table class="ms-rteTable-default" cellspacing="0" style="width: 100%"><tbody>']
            h.append('<tr class="ms-rteTableHeaderRow-default">' + "".join(
                '<th class="ms-rteTableHeader%s-default" rowspan="1" colspan="1">%s</th>' % (
                    "FirstCol" if i == 0 else ("EvenCol" if i % 2 else "OddCol"), esc(c)) for i, c in enumerate(rows[0])) + "</tr>")
            for r, row in enumerate(rows[1:]):
                cls = "ms-rteTableOddRow-default" if r % 2 == 0 else "ms-rteTableEvenRow-default"
                h.append('<tr class="%s">' % cls + "".join(
                    '<td class="ms-rteTable%s-default">%s</td>' % (
                        "FirstCol" if i == 0 else ("EvenCol" if i % 2 else "OddCol"), esc(c)) for i, c in enumerate(row)) + "</tr>")
            h.append("</tbody></table>")
            out.append("".join(h))
            text.extend(" | ".join(plain(c) for c in row) for row in rows)
        elif kind == "img":
            _, src, cap, credit, style = b
            fname = src.rsplit("/", 1)[1]
            if style == "p-em":
                capline = cap + (" (%s)" % credit if credit else "")
                out.append('<p style="text-align: center"><img alt="%s" src="%s" class="ms-rteImage-2" style="margin: 5px; width: 480px; height: 320px" /></p>'
                           % (esc(fname), src))
                out.append('<p style="text-align: center"><em><span class="ms-rteFontSize-1">%s</span></em></p>' % esc(capline))
            elif style == "cell":
                capline = cap + (". %s" % credit if credit else "")
                out.append('<table class="ms-rteTable-1" align="center" cellspacing="0" style="width: 480px"><tbody>'
                           '<tr class="ms-rteTableOddRow-1"><td class="ms-rteTableOddCol-1"><img alt="" src="%s" class="ms-rtePosition-4" style="width: 470px; height: 313px" /></td></tr>'
                           '<tr class="ms-rteTableEvenRow-1"><td class="ms-rteTableOddCol-1" style="text-align: center"><span class="ms-rteStyle-Caption">%s</span></td></tr>'
                           '</tbody></table>' % (src, esc(capline)))
            else:  # plain: image then a centred caption paragraph without em
                out.append('<div style="text-align: center"><img alt="%s" src="%s" class="ms-rteImage-1" border="0" /></div>'
                           % (esc(cap), src))
                out.append('<div class="ms-rteFontSize-1" style="text-align: center">%s</div>' % esc(cap))
            images.append({"src": HOST + src, "caption": cap, "credit": credit})
        elif kind == "sig":
            out.append('<p style="text-align: right"><strong>%s</strong></p>' % esc(b[1]))
        elif kind == "source":
            out.append('<p style="text-align: right"><em>%s</em></p>' % esc(b[1]))
        elif kind == "files":
            lis = "".join('<li><a href="%s"><img alt="" src="/_layouts/images/icpdf.gif" class="ms-asset-icon ms-rtePosition-4" />%s</a></li>'
                          % (href, esc(name)) for name, href in b[1])
            out.append('<p><strong>File đính kèm:</strong></p><ul class="attachments">%s</ul>' % lis)
        else:
            raise ValueError(kind)
    return "\n".join(out), text, images


# ---------------------------------------------------------------- chrome
TOPNAV = [("/", "Trang chủ"), ("/Pages/gioi-thieu.aspx", "Giới thiệu"), (LIST_URL, "Tin tức - Sự kiện"),
          ("/van-ban/Pages/default.aspx", "Văn bản"), ("/thu-tuc-hanh-chinh/Pages/default.aspx", "Thủ tục hành chính"),
          ("/tuyensinh/Pages/default.aspx", "Tuyển sinh"), ("/hoidap/Pages/default.aspx", "Hỏi đáp"),
          ("/Pages/lien-he.aspx", "Liên hệ")]

QUICK = [("Tin tức - Sự kiện", LIST_URL, [("Hoạt động của Bộ", "/tintuc/Pages/hoat-dong-cua-bo.aspx"),
                                          ("Tin tổng hợp", "/tintuc/Pages/tin-tong-hop.aspx"),
                                          ("Giáo dục đại học", "/tintuc/Pages/giao-duc-dai-hoc.aspx")]),
         ("Văn bản chỉ đạo", "/tintuc/Pages/van-ban-chi-dao.aspx", []),
         ("Tuyển sinh", "/tintuc/Pages/tuyen-sinh.aspx", []),
         ("Cơ sở dữ liệu ngành", "/cosodulieu/Pages/default.aspx", []),
         ("Thông tin tuyển dụng", "/tintuc/Pages/tuyen-dung.aspx", []),
         ("Đề án Ngoại ngữ 2020", "/dean2020/Pages/default.aspx", [])]

LINKS = ["Cổng thông tin điện tử Chính phủ", "Bộ Khoa học và Công nghệ", "Bộ Lao động - Thương binh và Xã hội",
         "Bộ Nội vụ", "Bộ Tài chính", "Đại học Quốc gia Hà Nội", "Đại học Quốc gia TP. Hồ Chí Minh",
         "Nhà xuất bản Giáo dục Việt Nam", "Báo Giáo dục và Thời đại", "Cổng Dịch vụ công quốc gia"]


def head(title, rng, extra="", canonical=""):
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta http-equiv="X-UA-Compatible" content="IE=8" /><title>
	%s
</title><link rel="stylesheet" type="text/css" href="/Style%%20Library/vi-VN/Core%%20Styles/controls.css"/>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/search.css?rev=Uoc0fsLMo87aYwT%%2FGX5UPw%%3D%%3D"/>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/wiki.css?rev=9pXM9jgtUVYAHk21JOAbIw%%3D%%3D"/>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/corev4.css?rev=iIikGkMuXBs8CWzKDAyjsQ%%3D%%3D"/>
<link rel="stylesheet" type="text/css" href="/Style%%20Library/moet/css/moet-2012.css"/>
<script type="text/javascript">
// <![CDATA[
document.write('<script type="text/javascript" src="/_layouts/1066/init.js?rev=ck%%2BHdHQ8ABQHif7kr%%2Bj7iQ%%3D%%3D"></' + 'script>');
document.write('<script type="text/javascript" src="/ScriptResource.axd?d=PSJpQ3QAQk-_9hGfyCYQmXiVy0rcLnj9frdQKlsHCjYz0BKz1O_fSYp7&amp;t=ffffffffec2d9970"></' + 'script>');
document.write('<script type="text/javascript" src="/_layouts/blank.js?rev=QGOYAJlouiWgFRlhHVlMKA%%3D%%3D"></' + 'script>');
// ]]>
</script>
<meta name="Microsoft Theme" content="v4.master 0" />
<link type="text/xml" rel="alternate" href="/tintuc/_vti_bin/spsdisco.aspx" />
%s
<link rel="canonical" href="%s" />
<link rel="shortcut icon" href="/Style%%20Library/moet/images/favicon.ico" type="image/vnd.microsoft.icon" />
<style type="text/css">
	.s4-skipribbonshortcut { display:none; }
	.ms-bodyareaframe { padding: 0px; }
</style></head>
""" % (esc(title), extra, canonical)


def hidden_inputs(rng, action, vs_len):
    digest = "0x" + "%0128X" % rng.getrandbits(512)
    return """<form name="aspnetForm" method="post" action="%s" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div>
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="MSOTlPn_View" id="MSOTlPn_View" value="0" />
<input type="hidden" name="MSOTlPn_ShowSettings" id="MSOTlPn_ShowSettings" value="False" />
<input type="hidden" name="MSOGallery_SelectedLibrary" id="MSOGallery_SelectedLibrary" value="" />
<input type="hidden" name="MSOGallery_FilterString" id="MSOGallery_FilterString" value="" />
<input type="hidden" name="MSOTlPn_Button" id="MSOTlPn_Button" value="none" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="%s,%s -0000" />
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
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {
    theForm = document.aspnetForm;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>
<script src="/WebResource.axd?d=bTvlRj0TS3nCgPfVHtBc3A2&amp;t=634605546709717464" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
var MSOWebPartPageFormName = 'aspnetForm';
var g_presenceEnabled = true;
var g_wsaEnabled = false;
var g_wsaLCID = 1066;
var g_wsaSiteTemplateId = 'BLANKINTERNET#0';
var g_wsaListTemplateId = 850;
var _fV4UI=true;var _spPageContextInfo = {webServerRelativeUrl: "\\u002ftintuc", webLanguage: 1066, currentLanguage: 1066, webUIVersion:4,pageListId:"%s",pageItemId:%d, userId:0, alertsEnabled:false, siteServerRelativeUrl: "\\u002f", allowSilverlightPrompt:'True'};document.onreadystatechange=fnRemoveAllStatus; function fnRemoveAllStatus(){removeAllStatus(true)};
function _spNavigateHierarchy(nodeDiv, dataSourceId, dataPath, url, listInContext, type) {
    CoreInvoke('ProcessDefaultNavigateHierarchy', nodeDiv, dataSourceId, dataPath, url, listInContext, type, document.forms.aspnetForm, "", "\\u002ftintuc\\u002fPages");
}
//]]>
</script>
<script src="/_layouts/blank.js?rev=QGOYAJlouiWgFRlhHVlMKA%%3D%%3D" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
if (typeof(DeferWebFormInitCallback) == 'function') DeferWebFormInitCallback();function WebForm_OnSubmit() {
UpdateFormDigest('\\u002ftintuc', 1440000);if (typeof(_spFormOnSubmitWrapper) != 'undefined') {return _spFormOnSubmitWrapper();} else {return true;};
return true;
}
//]]>
</script>
""" % (action, digest, "15 Nov 2012 02:11:45", viewstate(rng, vs_len), guid(rng), rng.randint(40, 900))


def ribbon():
    return """<script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ctl00$ScriptManager', document.getElementById('aspnetForm'));
Sys.WebForms.PageRequestManager.getInstance()._updateControls([], [], [], 90);
//]]>
</script>

<div id="TurnOnAccessibility" style="display:none" class="s4-notdlg noindex">
	<a id="linkTurnOnAcc" href="#" class="ms-TurnOnAcc" onclick="SetIsAccessibilityFeatureEnabled(true);UpdateAccessibilityUI();document.getElementById('linkTurnOffAcc').focus();return false;">Bật chế độ truy cập dễ dàng hơn</a>
</div>
<div id="TurnOffAccessibility" style="display:none" class="s4-notdlg noindex">
	<a id="linkTurnOffAcc" href="#" class="ms-TurnOffAcc" onclick="SetIsAccessibilityFeatureEnabled(false);UpdateAccessibilityUI();document.getElementById('linkTurnOnAcc').focus();return false;">Tắt chế độ truy cập dễ dàng hơn</a>
</div>
<div class="s4-notdlg s4-skipribbonshortcut noindex">
	<a href="javascript:;" onclick="javascript:this.href='#startNavigation';" class="ms-SkiptoNavigation" accesskey="Y">Skip Ribbon Commands</a>
</div>
<div class="s4-notdlg noindex">
	<a href="javascript:;" onclick="javascript:this.href='#mainContent';" class="ms-SkiptoMainContent" accesskey="X">Skip to main content</a>
</div>
<div id="s4-ribbonrow" class="s4-pr s4-ribbonrowhidetitle" style="display:none">
	<div id="s4-ribboncont">
		<div class="ms-cui-ribbonTopBars"><div class="ms-cui-topBar1"></div><div class="ms-cui-topBar2"><div id="RibbonContainer-TabRowLeft" class="ms-cui-TabRowLeft ms-siteactionscontainer s4-notdlg">
			<span class="ms-siteactionsmenu" id="siteactiontd"><span style="display:none"><menu type='ServerMenu' id="zz3_ctl00" CompactMode="true"><ie:menuitem id="zz4_MenuItem_ViewAllSiteContents" type="option" iconSrc="/_layouts/images/allcontent32.png" onMenuClick="STSNavigate2(event,'/tintuc/_layouts/viewlsts.aspx');" text="Xem Toàn bộ Nội dung Site" description="Xem tất cả các thư viện và danh sách trong site này." menuGroupId="300"></ie:menuitem></menu></span></span>
		</div><div id="RibbonContainer-TabRowRight" class="ms-cui-TabRowRight s4-trc-container s4-notdlg">
			<a id="ctl00_IdWelcome_ExplicitLogin" class="ms-signInLink" href="/_layouts/Authenticate.aspx?Source=%2Ftintuc%2FPages%2Fdefault.aspx" style="display:inline;">Đăng nhập</a>
		</div></div></div>
	</div>
	<div id="notificationArea" class="s4-noti"></div>
	<div id="WebPartAdderUpdatePanelContainer"><div id="WebPartAdderUpdatePanel"></div><div id="WebPartAdderUpdatePanelTrigger" style="display:none"></div></div>
</div>
"""


def titlerow(rng, day_text, selected):
    nav = []
    for href, label in TOPNAV:
        sel = " selected" if label == selected else ""
        hid = '<span class="ms-hidden">Currently selected</span>' if sel else ""
        nav.append('<li class="static%s"><a class="static%s menu-item" href="%s"><span class="additional-background"><span class="menu-item-text">%s</span>%s</span></a></li>'
                   % (sel, sel, href, label, hid))
    hot = "".join('<a href="%s">%s</a> ' % h for h in [
        ("/Search/Pages/results.aspx?k=tuy%E1%BB%83n%20sinh", "tuyển sinh"),
        ("/Search/Pages/results.aspx?k=d%E1%BA%A1y%20th%C3%AAm", "dạy thêm"),
        ("/Search/Pages/results.aspx?k=h%E1%BB%8Dc%20b%E1%BB%95ng", "học bổng")])
    return """<div id="s4-workspace">
<div id="s4-bodyContainer">
<div id="s4-titlerow" class="s4-pr s4-notdlg s4-titlerowhidetitle">
	<div class="moet-header">
		<div class="moet-banner"><a href="/" title="Bộ Giáo dục và Đào tạo"><img src="/Style%%20Library/moet/images/banner-2012.jpg" alt="Cổng thông tin điện tử Bộ Giáo dục và Đào tạo" width="1000" height="120" /></a></div>
		<div class="moet-topbar">
			<span class="moet-today">%s</span>
			<span class="moet-lang"><a href="/">Tiếng Việt</a> | <a href="/en/Pages/default.aspx">English</a></span>
		</div>
		<div id="zz1_TopNavigationMenuV4" class="s4-tn">
			<div class="menu horizontal menu-horizontal">
				<ul class="root static">%s</ul>
			</div>
		</div>
		<div class="s4-search s4-rp">
			<div id="SRSB"><div>
				<input name="ctl00$PlaceHolderSearchArea$ctl01$ctl03" type="hidden" id="ctl00_PlaceHolderSearchArea_ctl01_ctl03" value="1066" />
				<table class="s4-wpTopTable s4-search" border="0" cellpadding="0" cellspacing="0">
					<tr><td class="s4-searchbox-QueryPrompt"><input name="ctl00$PlaceHolderSearchArea$ctl01$S3031AEBB_InputKeywords" type="text" value="Tìm kiếm..." maxlength="200" id="ctl00_PlaceHolderSearchArea_ctl01_S3031AEBB_InputKeywords" accesskey="S" title="Tìm kiếm..." class="ms-sbplain" alt="Tìm kiếm..." onkeypress="javascript: return S3031AEBB_OSBEK(event);" style="width:170px;" /></td>
					<td class="ms-sbgo ms-sbcell"><a id="ctl00_PlaceHolderSearchArea_ctl01_S3031AEBB_go" title="Tìm kiếm" href="javascript:S3031AEBB_Submit()"><img title="Tìm kiếm" class="srch-gosearchimg" alt="Tìm kiếm" src="/_layouts/images/gosearch15.png" style="border-width:0px;" /></a></td></tr>
				</table>
			</div></div>
			<div class="moet-hotkeys">Tìm nhiều: %s</div>
		</div>
	</div>
</div>
""" % (day_text, "".join(nav), hot)


def leftpanel(rng, selected_cat):
    items = []
    for label, href, subs in QUICK:
        sel = " selected" if label == selected_cat else ""
        sub = ""
        if subs:
            sub = '<ul class="static">' + "".join(
                '<li class="static%s"><a class="static%s menu-item" href="%s"><span class="additional-background"><span class="menu-item-text">%s</span></span></a></li>'
                % (((" selected",) * 2 if s == selected_cat else ("", "")) + (h, s)) for s, h in subs) + "</ul>"
        items.append('<li class="static%s"><a class="static%s menu-item" href="%s"><span class="additional-background"><span class="menu-item-text">%s</span></span></a>%s</li>'
                     % (sel, sel, href, label, sub))
    opts = "".join('<option value="http://www.example-lienket-%d.gov.vn">%s</option>' % (i, l) for i, l in enumerate(LINKS))
    total = rng.randint(28_000_000, 29_500_000)
    online = rng.randint(300, 2400)
    poll = "".join('<tr><td><input id="ctl00_PlaceHolderLeftNavBar_poll_rb%d" type="radio" name="ctl00$PlaceHolderLeftNavBar$poll" value="%d" /><label for="ctl00_PlaceHolderLeftNavBar_poll_rb%d">%s</label></td></tr>'
                   % (i, i, i, t) for i, t in enumerate(["Rất hữu ích", "Hữu ích", "Bình thường", "Chưa hữu ích"]))
    return """<div id="s4-mainarea" class="s4-pr s4-widecontentarea">
<div id="s4-leftpanel" class="s4-notdlg">
	<div id="s4-leftpanel-content">
		<a name="startNavigation"></a>
		<div class="ms-quicklaunchouter">
		<div class="ms-quickLaunch">
			<h3 class="ms-standardheader"><label class="ms-hidden">Quick Launch</label></h3>
			<div id="ctl00_PlaceHolderLeftNavBar_QuickLaunchNavigationManager">
				<div id="zz2_V4QuickLaunchMenu" class="s4-ql">
					<div class="menu vertical menu-vertical">
						<ul class="root static">%s</ul>
					</div>
				</div>
			</div>
		</div>
		</div>
		<div class="moet-box moet-links">
			<h3 class="moet-box-title">Liên kết website</h3>
			<select id="ddlLienKet" onchange="if(this.value!='')window.open(this.value);"><option value="">-- Chọn liên kết --</option>%s</select>
		</div>
		<div class="moet-box moet-poll">
			<h3 class="moet-box-title">Thăm dò ý kiến</h3>
			<div class="poll-question">Bạn đánh giá thế nào về thông tin trên Cổng thông tin điện tử của Bộ?</div>
			<table id="ctl00_PlaceHolderLeftNavBar_poll" border="0">%s</table>
			<input type="submit" name="ctl00$PlaceHolderLeftNavBar$btnVote" value="Biểu quyết" id="ctl00_PlaceHolderLeftNavBar_btnVote" class="ms-ButtonHeightWidth" /> <a href="javascript:__doPostBack('ctl00$PlaceHolderLeftNavBar$lnkResult','')">Xem kết quả</a>
		</div>
		<div class="moet-box moet-counter">
			<h3 class="moet-box-title">Thống kê truy cập</h3>
			<div>Tổng lượt truy cập: <span id="ctl00_PlaceHolderLeftNavBar_lblTong">%s</span></div>
			<div>Đang trực tuyến: <span id="ctl00_PlaceHolderLeftNavBar_lblOnline">%s</span></div>
		</div>
		<div class="ms-quicklaunchouter"><div class="ms-quickLaunch"><ul class="s4-specialNavLinkList"><li><a class="ms-quicklaunchouter" href="/tintuc/_layouts/viewlsts.aspx" accesskey="3"><span class="s4-specialNavIcon">&nbsp;</span><span class="ms-splinkbutton-text">Toàn bộ Nội dung Site</span></a></li></ul></div></div>
	</div>
</div>
""" % ("".join(items), opts, poll, "{:,}".format(total).replace(",", "."), online)


def footer():
    return """<div class="moet-footer s4-notdlg">
	<div class="moet-footer-links"><a href="/">Trang chủ</a> | <a href="/Pages/gioi-thieu.aspx">Giới thiệu</a> | <a href="/Pages/so-do-site.aspx">Sơ đồ site</a> | <a href="/Pages/lien-he.aspx">Liên hệ</a> | <a href="/rss/Pages/default.aspx">RSS</a></div>
	<div class="moet-footer-info">
		<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ BỘ GIÁO DỤC VÀ ĐÀO TẠO</strong></p>
		<p>Địa chỉ: 49 Đại Cồ Việt, Hai Bà Trưng, Hà Nội. Điện thoại: (04) 3869 4795 - Fax: (04) 3869 4085</p>
		<p>Ghi rõ nguồn "Cổng thông tin điện tử Bộ Giáo dục và Đào tạo" khi phát hành lại thông tin từ nguồn này.</p>
	</div>
</div>
</div>
</div>
"""


def tail(rng):
    return """<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;window.g_updateFormDigestPageLoaded = new Date(); window.g_updateFormDigestPageLoaded.setDate(window.g_updateFormDigestPageLoaded.getDate() -5);var _fV4UI = true;
function _RegisterWebPartPageCUI()
{
    var initInfo = {editable: false,isEditMode: false,allowWebPartAdder: false,listId: "%s",itemId: %d,recycleBinEnabled: true,enableMinorVersioning: true,enableModeration: true,forceCheckout: true,rootFolderUrl: "\\u002ftintuc\\u002fPages",itemPermissions:{High:16,Low:196673}};
    SP.Ribbon.WebPartComponent.registerWithPageManager(initInfo);
    var wpcomp = SP.Ribbon.WebPartComponent.get_instance();
    var hid;
    hid = document.getElementById("_wpSelected");
    if (hid != null)
    {
        var wpid = hid.value;
        if (wpid.length > 0)
        {
            var zc = document.getElementById(wpid);
            if (zc != null)
                wpcomp.selectWebPart(zc, false);
        }
    }
    hid = document.getElementById("_wzSelected");
    if (hid != null)
    {
        var wzid = hid.value;
        if (wzid.length > 0)
        {
            wpcomp.selectWebPartZone(null, wzid);
        }
    }
}
ExecuteOrDelayUntilScriptLoaded(_RegisterWebPartPageCUI, "sp.ribbon.js");
var __wpmExportWarning='This Web Part Page has been personalized. As a result, one or more Web Part properties may contain confidential information. Make sure the properties contain information that is safe for others to read. After exporting this Web Part, view properties in the Web Part description file (.WebPart) by using a text editor such as Microsoft Notepad.';var __wpmCloseProviderWarning='You are about to close this Web Part.  It is currently providing data to other Web Parts, and these connections will be deleted if this Web Part is closed.  To close this Web Part, click OK.  To keep this Web Part, click Cancel.';var __wpmDeleteWarning='You are about to permanently delete this Web Part.  Are you sure you want to do this?  To delete this Web Part, click OK.  To keep this Web Part, click Cancel.';
_spBodyOnLoadFunctionNames.push("_fixupSpAnchors");
//]]>
</script>
<script type="text/javascript">
//<![CDATA[
Sys.Application.add_init(function() {
    $create(SP.UI.Controls.Ribbon.RibbonControl, {"id":"Ribbon","showTabs":false}, null, null, $get("Ribbon"));
});
//]]>
</script>
</form>
<script type="text/javascript">
  var _gaq = _gaq || [];
  _gaq.push(['_setAccount', 'UA-%08d-1']);
  _gaq.push(['_trackPageview']);
</script>
</body>
</html>
""" % (guid(rng), rng.randint(1, 900), rng.randint(10000000, 99999999))


def day_text(d, m, y, wd):
    return "%s, ngày %02d/%02d/%d" % (WEEKDAYS[wd], d, m, y)


def breadcrumb(trail):
    parts = []
    for i, (label, href) in enumerate(trail):
        if i:
            parts.append('<span> &#8250; </span>')
        if href:
            parts.append('<span><a class="ms-sitemapdirectional" href="%s">%s</a></span>' % (href, esc(label)))
        else:
            parts.append('<span class="ms-sitemapdirectional">%s</span>' % esc(label))
    return '<div class="moet-breadcrumb s4-notdlg"><span id="ctl00_PlaceHolderTitleBreadcrumb_ContentMap">%s</span></div>' % "".join(parts)


def page(title, url_path, rng, main_html, selected_top, selected_cat, today, vs_len, extra_head=""):
    body = head(title, rng, extra_head, esc(HOST + url_path))
    body += """<body scroll="no" onload="if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();" class="v4master">
"""
    action = url_path.rsplit("/", 1)[1] if "/" in url_path else url_path
    body += hidden_inputs(rng, action.replace("&", "&amp;") or "default.aspx", vs_len)
    body += ribbon()
    body += titlerow(rng, today, selected_top)
    body += leftpanel(rng, selected_cat)
    body += """<div class="s4-ca s4-ca-dlgNoRibbon" id="MSO_ContentTable">
	<a name="mainContent"></a>
	<div class="s4-ba"><div class="ms-bodyareacell">
	<div id="ctl00_MSO_ContentDiv">
%s
	</div>
	</div></div>
</div>
</div>
""" % main_html
    body += footer()
    body += tail(rng)
    return body


# ---------------------------------------------------------------- pages
def related_box(idxs, rng):
    lis = []
    for i in idxs:
        a = ARTICLES[i]
        lis.append('<li class="dfwp-item"><div class="item link-item"><a href="%s" title="">%s</a> <span class="ngay">(%s)</span></div></li>'
                   % (art_url(a), esc(a["title"]), a["date_show"].split(" ")[0]))
    return """<div class="articlelinks s4-notdlg">
	<table width="100%%" cellpadding="0" cellspacing="0" border="0"><tr><td id="MSOZoneCell_WebPartWPQ3" valign="top">
	<div class="ms-PartSpacingVertical"></div>
	<table class="s4-wpTopTable" border="0" cellpadding="0" cellspacing="0" width="100%%"><tr><td><table border="0" cellpadding="0" cellspacing="0" width="100%%"><tr class="ms-WPHeader"><td align="left" class="ms-wpTdSpace">&#160;</td><td title="Tin liên quan - Hiển thị kết quả truy vấn động của nội dung." id="WebPartTitleWPQ3" class="ms-WPHeaderTd"><h3 style="text-align:justify;" class="ms-standardheader ms-WPTitle"><nobr><span>Tin liên quan</span><span id="WebPartCaptionWPQ3"></span></nobr></h3></td><td align="right" class="ms-WPHeaderTdMenu" onclick="OpenWebPartMenu(&#39;MSOMenu_WebPartMenu&#39;, this, &#39;WebPartWPQ3&#39;,&#39;False&#39;); TrapMenuClick(event); return false;"><span style="display:none;"></span></td><td class="ms-WPHeaderTdSelection"><span class="ms-WPHeaderTdSelSpan"><input type="checkbox" id="SelectionCbxWebPartWPQ3" class="ms-WPHeaderCbxHidden" title="Chọn hoặc bỏ chọn Tin liên quan Web Part" onblur="this.className='ms-WPHeaderCbxHidden'" onfocus="this.className='ms-WPHeaderCbxVisible'" onkeyup="WpCbxKeyHandler(event);" onmouseup="WpCbxSelect(event); return false;" onclick="TrapMenuClick(event); return false;" /></span></td></tr></table></td></tr>
	<tr><td class="" valign="top"><div WebPartID="%s" HasPers="false" id="WebPartWPQ3" width="100%%" class="ms-WPBody noindex" allowDelete="false" style=""><div id="cbqwpctl00_m_g_%s" class="cbq-layout-main"><ul class="dfwp-column dfwp-list" style="width:100%%">%s</ul></div></div></td></tr></table>
	</td></tr></table>
</div>""" % (guid(rng)[1:-1].lower(), "%08x" % rng.getrandbits(32), "".join(lis))


def article_page(i, a):
    rng = random.Random(1000 + i)
    body_html, text, images = render_body(a["body"])
    # lead as the bold first paragraph of PublishingPageContent
    lead_html = ""
    if a["lead"]:
        lead_full = (a["prefix"] + " " if a["prefix"] else "") + a["lead"]
        lead_html = '<p style="text-align: justify"><strong>%s</strong></p>\n' % esc(lead_full)
    all_images = []
    pageimg_html = ""
    if a["pageimg"]:
        src, cap, credit = a["pageimg"]
        capline = cap + (" (%s)" % credit if credit else "")
        pageimg_html = """<div class="captioned-image">
				<div class="image"><div id="ctl00_PlaceHolderMain_ImageField__ControlWrapper_RichImageField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ImageField_label"><div align="left" class="ms-rtestate-field"><img alt="%s" src="%s" width="300" style="BORDER: 0px solid; " /></div></div></div>
				<div class="caption"><div id="ctl00_PlaceHolderMain_ctl01_label" style="display:none">Image Caption</div><div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl01_label">%s</div></div>
			</div>""" % (esc(src.rsplit("/", 1)[1]), src, esc(capline))
        all_images.append({"src": HOST + src, "caption": cap, "credit": credit})
    all_images.extend(images)
    date_lbl = ('<span class="date-label">%s</span> ' % a["date_label"]) if a["date_label"] else ""
    upd = ""
    if a["updated"]:
        upd = ' <span class="date-separator">|</span> <span class="date-label">Cập nhật:</span> <span class="date-updated">%s</span>' % a["updated"][1]
    byline = a["byline"]
    main = """<div class="moet-pagetitle-area">%s</div>
<div class="article article-left">
	<div class="article-header">
		<h1 class="moet-title"><span id="ctl00_PlaceHolderMain_TitleField">%s</span></h1>
		<div class="date-line">%s<span id="ctl00_PlaceHolderMain_ArticleDate">%s</span>%s</div>
	</div>
	%s
	<div class="article-content">
		<div id="ctl00_PlaceHolderMain_PageContent_label" style="display:none">Page Content</div><div id="ctl00_PlaceHolderMain_PageContent__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_PageContent_label">%s%s</div>
	</div>
	<div class="by-line"><span id="ctl00_PlaceHolderMain_ArticleByLine">%s</span></div>
	<div class="moet-tools s4-notdlg"><a href="javascript:window.print();"><img src="/Style%%20Library/moet/images/print.gif" alt="" /> In trang</a> <a href="mailto:?subject=%s&amp;body=%s"><img src="/Style%%20Library/moet/images/email.gif" alt="" /> Gửi email</a> <a href="javascript:history.back();">Quay lại</a></div>
</div>
<div class="moet-webpartzone">
%s
</div>""" % (
        breadcrumb([("Trang chủ", "/"), ("Tin tức - Sự kiện", LIST_URL), (a["cat"], "/tintuc/Pages/%s.aspx" % a["catpath"])]),
        esc(a["title"]), date_lbl, a["date_show"], upd, pageimg_html, lead_html, body_html, esc(byline),
        esc(a["title"]), esc(HOST + art_url(a)), related_box(a["related"], rng))
    y, m, d = (int(x) for x in a["date_iso"][:10].split("-"))
    import datetime
    today = datetime.date(2012, 11, 15) if i % 2 else datetime.date(2012, 11, 16)
    doc = page("\n\t%s\n" % a["title"], art_url(a), rng, main, "Tin tức - Sự kiện", a["cat"],
               day_text(today.day, today.month, today.year, today.weekday()), 14000 + 900 * i,
               '<meta name="description" content="%s" />' % esc(a["lead"] or a["title"]))
    expected = {
        "title": a["title"],
        "agency_prefix": a["prefix"],
        "lead": a["lead"],
        "text": "\n\n".join(text),
        "published_at": a["date_iso"],
        "updated_at": a["updated"][0] if a["updated"] else None,
        "date_label": a["date_label"].rstrip(":") if a["date_label"] else None,
        "authors": a["authors"],
        "unit": a["unit"],
        "images": all_images,
        "category": a["cat"],
    }
    return doc, expected


def listing_items(idxs, with_thumb=True):
    rows = []
    for i in idxs:
        a = ARTICLES[i]
        thumb = ""
        if with_thumb:
            src = a["pageimg"][0] if a["pageimg"] else "/tintuc/PublishingImages/rollup/default-news.jpg"
            thumb = '<div class="image-area-left"><a href="%s" target=""><img class="image" src="%s" alt="" width="120" height="80" /></a></div>' % (art_url(a), src)
        rows.append("""<li class="dfwp-item"><div class="item">%s<div class="link-item"><a href="%s" title="">%s</a><div class="description">%s</div><div class="moet-date">%s</div></div></div></li>"""
                    % (thumb, art_url(a), esc(a["title"]), esc((a["lead"] or plain(a["body"][0][1]))[:220] + "..."), a["date_show"].split(" ")[0]))
    return "".join(rows)


def listing_main(title, idxs, page_no, pages):
    pager = []
    if page_no > 1:
        pager.append('<a href="%s?Page=%d">&laquo; Trang trước</a>' % (LIST_URL, page_no - 1))
    for p in range(1, pages + 1):
        pager.append('<span class="current">%d</span>' % p if p == page_no else
                     '<a href="%s?Page=%d">%d</a>' % (LIST_URL, p, p))
    if page_no < pages:
        pager.append('<a href="%s?Page=%d">Trang sau &raquo;</a>' % (LIST_URL, page_no + 1))
    return """%s
<div class="moet-list">
	<h2 class="moet-list-title">%s</h2>
	<table width="100%%" cellpadding="0" cellspacing="0" border="0"><tr><td id="MSOZoneCell_WebPartWPQ2" valign="top" class="s4-wpcell-plain">
	<div WebPartID="%s" HasPers="false" id="WebPartWPQ2" width="100%%" class="ms-WPBody noindex" allowDelete="false" style=""><div id="cbqwpctl00_m_g_3f1c44a9" class="cbq-layout-main"><ul class="dfwp-column dfwp-list" style="width:100%%">%s</ul></div></div>
	</td></tr></table>
	<div class="moet-paging">%s</div>
</div>""" % (breadcrumb([("Trang chủ", "/"), ("Tin tức - Sự kiện", None)]), esc(title),
             "4b2f6a0c-8d13-4f4e-9c2a-6a8e55c0d1f2", listing_items(idxs), " ".join(pager))


def main():
    written = []

    def emit(name, url_path, kind, doc, expected=None):
        (HERE / (name + ".html")).write_bytes(doc.encode("utf-8"))
        meta = {"url": HOST + url_path, "content_type": "text/html; charset=utf-8", "kind": kind}
        if expected is not None:
            meta["expected"] = expected
        (HERE / (name + ".json")).write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", "utf-8")
        written.append(name)

    for i, a in enumerate(ARTICLES):
        doc, exp = article_page(i, a)
        emit("article-%02d-%s" % (i + 1, a["slug"][:30].rstrip("-")), art_url(a), "article", doc, exp)

    # listing pages (content query web part, ?Page=N)
    order = sorted(range(len(ARTICLES)), key=lambda k: ARTICLES[k]["date_iso"], reverse=True)
    per = 5
    chunks = [order[k:k + per] for k in range(0, len(order), per)]
    for p, chunk in enumerate(chunks, 1):
        rng = random.Random(50 + p)
        url = LIST_URL + ("" if p == 1 else "?Page=%d" % p)
        doc = page("\n\tTin tức - Sự kiện\n", url, rng, listing_main("Tin tức - Sự kiện", chunk, p, len(chunks)),
                   "Tin tức - Sự kiện", "Tin tức - Sự kiện", day_text(16, 11, 2012, 4), 9000)
        emit("listing-tin-tuc-su-kien-p%d" % p, url, "listing", doc)

    # home
    rng = random.Random(7)
    top = order[0]
    a0 = ARTICLES[top]
    home_main = """<div class="moet-home">
	<div class="moet-hot">
		<div class="moet-hot-main"><a href="%s"><img src="%s" alt="" width="400" /></a><h2><a href="%s">%s</a></h2><p>%s</p></div>
		<div class="moet-hot-list"><h3>Tin nổi bật</h3><ul>%s
		<li><a href="/tintuc/Pages/cong-bo-diem-san-dai-hoc-nam-2012.aspx">Công bố điểm sàn đại học, cao đẳng năm 2012</a> <span class="ngay">(08/08/2012)</span></li></ul></div>
	</div>
	<div class="moet-home-box"><h3><a href="%s">Tin tức - Sự kiện</a></h3><ul class="dfwp-column dfwp-list">%s</ul><a class="more" href="%s?Page=2">Xem tiếp</a></div>
	<div class="moet-home-box"><h3>Thông tin cần biết</h3><ul>
		<li><a href="/Pages/gioi-thieu.aspx">Chức năng, nhiệm vụ của Bộ</a></li>
		<li><a href="/Pages/lien-he.aspx">Danh bạ điện thoại các đơn vị</a></li>
		<li><a href="/Pages/so-do-site.aspx">Sơ đồ site</a></li>
	</ul></div>
</div>""" % (art_url(a0), (a0["pageimg"] or ("/tintuc/PublishingImages/rollup/default-news.jpg",))[0], art_url(a0), esc(a0["title"]), esc(a0["lead"] or ""),
             "".join('<li><a href="%s">%s</a> <span class="ngay">(%s)</span></li>' % (art_url(ARTICLES[k]), esc(ARTICLES[k]["title"]), ARTICLES[k]["date_show"].split(" ")[0]) for k in order[1:5]),
             LIST_URL, listing_items(order[:6], with_thumb=False), LIST_URL)
    emit("home", "/", "listing", page("\n\tCổng thông tin điện tử Bộ Giáo dục và Đào tạo\n", "/", rng, home_main, "Trang chủ", "", day_text(16, 11, 2012, 4), 16000))

    # static: giới thiệu
    rng = random.Random(8)
    static_main = """%s
<div class="article article-body">
	<h1 class="moet-title">Chức năng, nhiệm vụ</h1>
	<div id="ctl00_PlaceHolderMain_PageContent__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline">
	<p>Bộ Giáo dục và Đào tạo là cơ quan của Chính phủ, thực hiện chức năng quản lý nhà nước về giáo dục mầm non, giáo dục phổ thông, trung cấp chuyên nghiệp, giáo dục đại học và giáo dục thường xuyên; quản lý nhà nước các dịch vụ công thuộc phạm vi quản lý của Bộ.</p>
	<p><strong>Nhiệm vụ và quyền hạn chủ yếu:</strong></p>
	<ul><li>Trình Chính phủ dự án luật, dự thảo nghị quyết, nghị định về giáo dục;</li><li>Ban hành chương trình khung, quy chế thi, tuyển sinh;</li><li>Quản lý chất lượng giáo dục, kiểm định chất lượng giáo dục;</li><li>Quản lý đội ngũ nhà giáo và cán bộ quản lý giáo dục.</li></ul>
	<p>Cơ cấu tổ chức gồm các vụ, cục, thanh tra, văn phòng và các đơn vị sự nghiệp trực thuộc.</p>
	</div>
</div>""" % breadcrumb([("Trang chủ", "/"), ("Giới thiệu", None)])
    emit("static-gioi-thieu", "/Pages/gioi-thieu.aspx", "static",
         page("\n\tChức năng, nhiệm vụ\n", "/Pages/gioi-thieu.aspx", rng, static_main, "Giới thiệu", "", day_text(16, 11, 2012, 4), 8000))

    # contact
    rng = random.Random(9)
    phones = [("Văn phòng Bộ", "(04) 3869 4795"), ("Vụ Giáo dục Mầm non", "(04) 3868 4192"),
              ("Vụ Giáo dục Tiểu học", "(04) 3868 1561"), ("Vụ Giáo dục Trung học", "(04) 3869 2378"),
              ("Vụ Giáo dục Đại học", "(04) 3869 2392"), ("Cục Khảo thí và Kiểm định chất lượng giáo dục", "(04) 3868 4388"),
              ("Thanh tra Bộ", "(04) 3869 4917")]
    contact_main = """%s
<div class="article article-body">
	<h1 class="moet-title">Liên hệ</h1>
	<div class="ms-rtestate-field">
	<p>Bộ Giáo dục và Đào tạo - 49 Đại Cồ Việt, quận Hai Bà Trưng, Hà Nội</p>
	<table class="ms-rteTable-default" cellspacing="0" style="width:100%%"><tbody><tr class="ms-rteTableHeaderRow-default"><th>Đơn vị</th><th>Điện thoại</th></tr>%s</tbody></table>
	<p>Hộp thư điện tử: bogddt@moet.edu.vn</p>
	</div>
</div>""" % (breadcrumb([("Trang chủ", "/"), ("Liên hệ", None)]),
             "".join('<tr class="ms-rteTableOddRow-default"><td>%s</td><td>%s</td></tr>' % p for p in phones))
    emit("contact-lien-he", "/Pages/lien-he.aspx", "contact",
         page("\n\tLiên hệ\n", "/Pages/lien-he.aspx", rng, contact_main, "Liên hệ", "", day_text(16, 11, 2012, 4), 7000))

    # search results (Enterprise Search Center: /Search/Pages/results.aspx?k=)
    rng = random.Random(10)
    hits = [k for k in range(len(ARTICLES)) if "tuyển sinh" in (ARTICLES[k]["title"] + plain(" ".join(str(b[1]) for b in ARTICLES[k]["body"]))).lower()] or [1]
    res = "".join("""<div class="srch-results"><div class="srch-Icon"><img align="absmiddle" src="/_layouts/images/html16.png" border="0" alt="Trang web" /></div><div class="srch-Title2"><div class="srch-Title3"><a href="%s" title="%s">%s</a></div></div><div class="srch-Description2">%s</div><div class="srch-Metadata2"><span class="srch-URL2">%s</span> - %s</div></div>"""
                  % (art_url(ARTICLES[k]), esc(ARTICLES[k]["title"]), esc(ARTICLES[k]["title"]), esc((ARTICLES[k]["lead"] or "")[:160]), HOST + art_url(ARTICLES[k]), ARTICLES[k]["date_show"].split(" ")[0]) for k in hits)
    search_main = """%s
<div class="srch-main">
	<div class="srch-sb-results"><input name="ctl00$m$g_srch$SD2794C0C_InputKeywords" type="text" value="tuyển sinh" maxlength="2048" id="ctl00_m_g_srch_SD2794C0C_InputKeywords" class="ms-sbplain" /> <a href="javascript:SD2794C0C_Submit()"><img src="/_layouts/images/gosearch30.png" alt="Tìm kiếm" /></a></div>
	<div class="srch-stats">Kết quả 1-%d trong số %d.</div>
	<div id="SRB_g_b6b0c4d3_1_Results">%s</div>
</div>""" % (breadcrumb([("Trang chủ", "/"), ("Kết quả tìm kiếm", None)]), len(hits), len(hits), res)
    emit("search-tuyen-sinh", "/Search/Pages/results.aspx?k=tuy%E1%BB%83n%20sinh", "search",
         page("\n\tKết quả tìm kiếm: tuyển sinh\n", "/Search/Pages/results.aspx?k=tuy%E1%BB%83n%20sinh", rng, search_main, "", "", day_text(16, 11, 2012, 4), 6000))

    # soft 404: a deleted article URL answered with 200 and full chrome
    rng = random.Random(11)
    nf_main = """%s
<div class="article article-body">
	<h1 class="moet-title">Không tìm thấy trang</h1>
	<div class="ms-rtestate-field"><p>Trang bạn yêu cầu không tồn tại hoặc đã được chuyển sang địa chỉ khác.</p><p>Vui lòng quay lại <a href="/">Trang chủ</a> hoặc sử dụng chức năng tìm kiếm.</p></div>
</div>""" % breadcrumb([("Trang chủ", "/"), ("Không tìm thấy trang", None)])
    emit("soft404-diem-san", "/tintuc/Pages/cong-bo-diem-san-dai-hoc-nam-2012.aspx", "soft_404",
         page("\n\tKhông tìm thấy trang\n", "/tintuc/Pages/cong-bo-diem-san-dai-hoc-nam-2012.aspx", rng, nf_main, "", "", day_text(16, 11, 2012, 4), 5000))

    (HERE / "site.json").write_text(json.dumps(SITE, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print("wrote", len(written), "pages")


if __name__ == "__main__":
    main()
