# -*- coding: utf-8 -*-
"""Generate the DotNetNuke 7 + Vietnamese vendor news module mini-site (pages + truth).

Run: /work/main/.venv/bin/python tests/variants/dotnetnuke/dnnvendor/make.py
Standard library only.
"""
import sys
sys.dont_write_bytecode = True
import base64  # noqa: E402
import datetime  # noqa: E402
import html  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
import unicodedata  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from articles import ARTICLES  # noqa: E402

HOST = "https://sokhcn.vinhphuc.gov.vn"
SITE = {"host": HOST, "home": "/", "family": "dotnetnuke", "template": "dnnvendor"}
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
TABS = {12: (94, "Tin tức - Sự kiện"), 13: (95, "Tiêu chuẩn - Đo lường - Chất lượng"),
        14: (96, "Thông báo"), 15: (97, "Sở hữu trí tuệ")}
LIST_B = "/Default.aspx?tabid=99"
MODULE = {94: 512, 95: 518, 96: 521, 97: 524, 99: 530}


def esc(s):
    return html.escape(s, quote=True)


def plain(fragment):
    t = re.sub(r"<[^>]+>", " ", fragment)
    t = html.unescape(t)
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", t).strip())


def art_url(a):
    return "/Default.aspx?tabid=%d&CateID=%d&NewsID=%d" % (TABS[a["cate"]][0], a["cate"], a["id"])


def viewstate(rng, n):
    return "/wEPDwUKMTY1NDU2MTA1Mg9kFgYCAQ8WAh4EVGV4dAUm" + base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


# ------------------------------------------------------------------ body
def render_body(blocks):
    out, text, images = [], [], []
    for b in blocks:
        k = b[0]
        if k == "p":
            out.append('<p style="text-align: justify;">%s</p>' % b[1])
            text.append(plain(b[1]))
        elif k == "h":
            out.append('<p style="text-align: justify;"><strong>%s</strong></p>' % esc(b[1]))
            text.append(plain(b[1]))
        elif k == "br":
            out.append('<p style="text-align: justify;">%s</p>' % "<br />\n".join(b[1]))
            text.extend(plain(x) for x in b[1])
        elif k == "ul":
            out.append('<ul>\n%s\n</ul>' % "\n".join("    <li>%s</li>" % x for x in b[1]))
            text.extend(plain(x) for x in b[1])
        elif k == "table":
            rows = b[1]
            h = ['<table border="1" cellspacing="0" cellpadding="4" style="width: 100%; border-collapse: collapse;">', "<tbody>"]
            for r, row in enumerate(rows):
                cell = "td"
                h.append("<tr>" + "".join('<%s style="text-align: %s;">%s%s%s</%s>' % (
                    cell, "left" if i == 0 else "center", "<strong>" if r == 0 else "", esc(c), "</strong>" if r == 0 else "", cell)
                    for i, c in enumerate(row)) + "</tr>")
            h.append("</tbody></table>")
            out.append("\n".join(h))
            text.extend(" | ".join(row) for row in rows)
        elif k == "img":
            _, src, cap, credit, style = b
            if style == "cell":
                out.append('<table align="center" border="0" cellpadding="3" cellspacing="0" style="width: 500px;">\n<tbody>\n'
                           '<tr><td><img alt="" src="%s" style="width: 500px; height: 333px;" /></td></tr>\n'
                           '<tr><td style="text-align: center;"><span style="font-size: 12px;"><em>%s</em></span></td></tr>\n'
                           '</tbody>\n</table>' % (src, esc(cap + (" (%s)" % credit if credit else ""))))
            else:
                out.append('<p style="text-align: center;"><img alt="%s" src="%s" style="width: 500px; height: 333px;" /></p>' % (esc(cap), src))
                out.append('<p style="text-align: center;"><em>%s</em></p>' % esc(cap + (" (%s)" % credit if credit else "")))
            images.append({"src": HOST + src, "caption": cap, "credit": credit})
        elif k == "sig":
            out.append('<p style="text-align: right;"><strong>%s</strong></p>' % esc(b[1]))
        elif k == "source":
            out.append('<p style="text-align: right;"><em><strong>%s</strong></em></p>' % esc(b[1]))
        elif k == "files":
            out.append('<p><strong>Tải về:</strong></p>')
            out.append("<ul>\n%s\n</ul>" % "\n".join('    <li><a href="%s" target="_blank"><img alt="" src="/DesktopModules/VPSoft_TinTuc/images/download.gif" /> %s</a></li>' % (h, esc(n)) for n, h in b[1]))
        else:
            raise ValueError(k)
    return "\n".join(out), text, images


# ------------------------------------------------------------------ chrome
MENU = [("/", "Trang chủ"), ("/Default.aspx?tabid=57", "Giới thiệu"), ("/Default.aspx?tabid=94", "Tin tức - Sự kiện"),
        ("/Default.aspx?tabid=95", "Tiêu chuẩn - Đo lường - Chất lượng"), ("/Default.aspx?tabid=97", "Sở hữu trí tuệ"),
        ("/Default.aspx?tabid=96", "Thông báo"), ("/Default.aspx?tabid=101", "Văn bản"), ("/Default.aspx?tabid=104", "Thủ tục hành chính"),
        ("/Default.aspx?tabid=60", "Liên hệ")]


def head(title, desc):
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html  xml:lang="vi-VN" lang="vi-VN" xmlns="http://www.w3.org/1999/xhtml">
<head id="Head">
<!--*********************************************-->
<!-- DNN Platform - http://www.dnnsoftware.com   -->
<!-- Copyright (c) 2002-2014                     -->
<!-- by DNN Corporation                          -->
<!--*********************************************-->
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type" /><meta content="text/javascript" http-equiv="Content-Script-Type" /><meta content="text/css" http-equiv="Content-Style-Type" /><meta id="MetaDescription" name="DESCRIPTION" content="%s" /><meta id="MetaKeywords" name="KEYWORDS" content="khoa học công nghệ, Vĩnh Phúc, sở khoa học và công nghệ,DotNetNuke,DNN" /><meta id="MetaCopyright" name="COPYRIGHT" content="Bản quyền thuộc Sở Khoa học và Công nghệ tỉnh Vĩnh Phúc" /><meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " /><meta id="MetaAuthor" name="AUTHOR" content="Sở Khoa học và Công nghệ Vĩnh Phúc" /><meta name="RESOURCE-TYPE" content="DOCUMENT" /><meta name="DISTRIBUTION" content="GLOBAL" /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" /><meta name="REVISIT-AFTER" content="1 DAYS" /><meta name="RATING" content="GENERAL" /><meta http-equiv="PAGE-ENTER" content="RevealTrans(Duration=0,Transition=1)" /><style id="StylePlaceholder" type="text/css"></style><link href="/Portals/_default/default.css?cdv=58" type="text/css" rel="stylesheet"/><link href="/DesktopModules/VPSoft_TinTuc/module.css?cdv=58" type="text/css" rel="stylesheet"/><link href="/Portals/_default/Skins/KHCN_VinhPhuc/skin.css?cdv=58" type="text/css" rel="stylesheet"/><link href="/Portals/_default/Containers/KHCN_VinhPhuc/container.css?cdv=58" type="text/css" rel="stylesheet"/><link href="/Portals/0/portal.css?cdv=58" type="text/css" rel="stylesheet"/><link href="/Portals/_default/Skins/_default/WebControlSkin/Default/ComboBox.Default.css?cdv=58" type="text/css" rel="stylesheet"/><script src="/Resources/libraries/jQuery/01_09_01/jquery.js?cdv=58" type="text/javascript"></script><script src="/Resources/libraries/jQuery-Migrate/01_02_01/jquery-migrate.js?cdv=58" type="text/javascript"></script><script src="/Resources/libraries/jQuery-UI/01_10_03/jquery-ui.js?cdv=58" type="text/javascript"></script><link id="Template_539" rel="stylesheet" type="text/css" href="/DesktopModules/DDRMenu/DNNStandard/menudef.css" /><link rel='SHORTCUT ICON' href='/Portals/0/favicon.ico?ver=2014-04-22-081215-000' type='image/x-icon' />     
        
			    <script type="text/javascript">
			      var _gaq = _gaq || [];
			      _gaq.push(['_setAccount', 'UA-41873120-1']);
			      _gaq.push(['_trackPageview']);
			      (function() {
				      var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
				      ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
				      var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
			      })();
			    </script>
        
		  <title>
	%s
</title></head>
""" % (esc(desc), esc(title))


def form_open(rng, action, vs):
    return """<body id="Body">
    
    <form method="post" action="%s" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="StylesheetManager_TSSM" id="StylesheetManager_TSSM" value="" />
<input type="hidden" name="ScriptManager_TSM" id="ScriptManager_TSM" value="" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
if (!theForm) {
    theForm = document.Form;
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


<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZEcmxjUmDRSnHyTSNzS7F3uLBa7u6Q7kiUWmuxI1&amp;t=635294563620000000" type="text/javascript"></script>


<script type="text/javascript">
//<![CDATA[
var __cultureInfo = {"name":"vi-VN","numberFormat":{"CurrencyDecimalDigits":0,"CurrencyDecimalSeparator":",","IsReadOnly":true,"CurrencyGroupSizes":[3],"NumberGroupSizes":[3],"PercentGroupSizes":[3],"CurrencyGroupSeparator":".","CurrencySymbol":"₫","NaNSymbol":"NaN","CurrencyNegativePattern":8,"NumberNegativePattern":1,"PercentPositivePattern":0,"PercentNegativePattern":0,"NegativeInfinitySymbol":"-Infinity","NegativeSign":"-","NumberDecimalDigits":2,"NumberDecimalSeparator":",","NumberGroupSeparator":".","CurrencyPositivePattern":3,"PositiveInfinitySymbol":"Infinity","PositiveSign":"+","PercentDecimalDigits":2,"PercentDecimalSeparator":",","PercentGroupSeparator":".","PercentSymbol":"%%","PerMilleSymbol":"‰","NativeDigits":["0","1","2","3","4","5","6","7","8","9"],"DigitSubstitution":1},"dateTimeFormat":{"AMDesignator":"SA","Calendar":{"MinSupportedDateTime":"\\/Date(-62135596800000)\\/","MaxSupportedDateTime":"\\/Date(253402300799999)\\/","AlgorithmType":1,"CalendarType":1,"Eras":[1],"TwoDigitYearMax":2029,"IsReadOnly":true},"DateSeparator":"/","FirstDayOfWeek":1,"CalendarWeekRule":0,"FullDateTimePattern":"dd MMMM yyyy h:mm:ss tt","LongDatePattern":"dd MMMM yyyy","LongTimePattern":"h:mm:ss tt","MonthDayPattern":"dd MMMM","PMDesignator":"CH","RFC1123Pattern":"ddd, dd MMM yyyy HH\\u0027:\\u0027mm\\u0027:\\u0027ss \\u0027GMT\\u0027","ShortDatePattern":"dd/MM/yyyy","ShortTimePattern":"h:mm tt","SortableDateTimePattern":"yyyy\\u0027-\\u0027MM\\u0027-\\u0027dd\\u0027T\\u0027HH\\u0027:\\u0027mm\\u0027:\\u0027ss","TimeSeparator":":","UniversalSortableDateTimePattern":"yyyy\\u0027-\\u0027MM\\u0027-\\u0027dd HH\\u0027:\\u0027mm\\u0027:\\u0027ss\\u0027Z\\u0027","YearMonthPattern":"MMMM yyyy","AbbreviatedDayNames":["CN","Hai","Ba","Tư","Năm","Sáu","Bảy"],"ShortestDayNames":["C","H","B","T","N","S","B"],"DayNames":["Chủ Nhật","Thứ Hai","Thứ Ba","Thứ Tư","Thứ Năm","Thứ Sáu","Thứ Bảy"],"AbbreviatedMonthNames":["Thg1","Thg2","Thg3","Thg4","Thg5","Thg6","Thg7","Thg8","Thg9","Thg10","Thg11","Thg12",""],"MonthNames":["Tháng Giêng","Tháng Hai","Tháng Ba","Tháng Tư","Tháng Năm","Tháng Sáu","Tháng Bảy","Tháng Tám","Tháng Chín","Tháng Mười","Tháng Mười Một","Tháng Mười Hai",""],"IsReadOnly":true,"NativeCalendarName":"Lịch Gregory","AbbreviatedMonthGenitiveNames":["Thg1","Thg2","Thg3","Thg4","Thg5","Thg6","Thg7","Thg8","Thg9","Thg10","Thg11","Thg12",""],"MonthGenitiveNames":["Tháng Giêng","Tháng Hai","Tháng Ba","Tháng Tư","Tháng Năm","Tháng Sáu","Tháng Bảy","Tháng Tám","Tháng Chín","Tháng Mười","Tháng Mười Một","Tháng Mười Hai",""]},"eras":[1,"A.D.",null,0]};//]]>
</script>

<script src="/Telerik.Web.UI.WebResource.axd?_TSM_HiddenField_=ScriptManager_TSM&amp;compress=1&amp;_TSM_CombinedScripts_=%%3b%%3bSystem.Web.Extensions%%2c+Version%%3d4.0.0.0%%2c+Culture%%3dneutral%%2c+PublicKeyToken%%3d31bf3856ad364e35%%3avi-VN%%3a%%3bTelerik.Web.UI%%2c+Version%%3d2013.2.717.40%%2c+Culture%%3dneutral%%2c+PublicKeyToken%%3d121fae78165ba3d4%%3avi-VN%%3a%%3a" type="text/javascript"></script>
<div class="aspNetHidden">
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAA%s" />
</div><script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ScriptManager', 'Form', ['tdnn$ctr540$Survey$UpdatePanel1','dnn_ctr540_Survey_UpdatePanel1'], [], [], 90, '');
//]]>
</script>
""" % (action, viewstate(rng, vs), base64.b64encode(bytes(rng.getrandbits(8) for _ in range(120))).decode())


def module(mid, name, title, inner, cls="c_box"):
    return """<div class="DnnModule DnnModule-%s DnnModule-%d"><a name="%d"></a>
<div class="%s">
	<div class="c_head"><h2 class="c_title"><span id="dnn_ctr%d_dnnTITLE_titleLabel" class="TitleHead">%s</span>


</h2></div>
	<div id="dnn_ctr%d_ContentPane" class="c_content"><!-- Start_Module_%d --><div id="dnn_ctr%d_ModuleContent" class="DNNModuleContent Mod%sC">
	%s
</div><!-- End_Module_%d --></div>
</div>
</div>""" % (name, mid, mid, cls, mid, esc(title), mid, mid, mid, name, inner, mid)


def skin_top(rng, today, active, returnurl, crumb):
    nav = []
    for i, (href, label) in enumerate(MENU):
        cls = "item" + (" first" if i == 0 else "") + (" last" if i == len(MENU) - 1 else "") + (" selected" if label == active else "")
        nav.append('<li class="%s"><a href="%s"><div><span>%s</span></div></a></li>' % (cls, href, label))
    return """<!--CDF(Css|/Portals/_default/Skins/KHCN_VinhPhuc/skin.css?cdv=58)-->
<div id="wrapper">
	<div id="header">
		<div class="topbar">
			<span id="dnn_dnnCURRENTDATE_lblDate" class="DateToken">%s</span>
			<div class="topright">
				<a id="dnn_dnnLOGIN_loginLink" title="Đăng nhập" class="SkinObject" rel="nofollow" onclick="this.disabled=true;" href="/Default.aspx?tabid=36&amp;ctl=Login&amp;returnurl=%s">Đăng nhập</a>
				| <a href="/Default.aspx?tabid=108">Sơ đồ trang</a> | <a href="/Default.aspx?tabid=60">Liên hệ</a>
			</div>
		</div>
		<div class="banner"><a id="dnn_dnnLOGO_hypLogo" title="Sở Khoa học và Công nghệ tỉnh Vĩnh Phúc" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/banner_khcn_2014.jpg" alt="Sở Khoa học và Công nghệ tỉnh Vĩnh Phúc" style="border-width:0px;" /></a></div>
		<div id="menu">
<!-- DDRmenu v02.00.01 - DNNStandard template --><ul class="topLevel">
	%s
</ul>
		</div>
		<div class="searchbar">
			<span id="dnn_dnnSEARCH_ClassicSearch">
    
    
    <span class="searchInputContainer" data-moreresults="Xem thêm kết quả" data-noresult="Không tìm thấy kết quả">
        <input name="dnn$dnnSEARCH$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSEARCH_txtSearch" class="NormalTextBox" autocomplete="off" placeholder="Tìm kiếm..." />
        <a class="dnnSearchBoxClearText" title="Xóa tìm kiếm"></a>
    </span>
    <a id="dnn_dnnSEARCH_cmdSearch" class="SkinObject" href="javascript:__doPostBack(&#39;dnn$dnnSEARCH$cmdSearch&#39;,&#39;&#39;)">Tìm kiếm</a>
</span>
			<div class="breadcrumb">Bạn đang ở: <span id="dnn_dnnBREADCRUMB_lblBreadCrumb"><a href="/" class="SkinObject">Trang chủ</a>%s</span></div>
		</div>
	</div>
""" % (today, returnurl, "\n\t".join(nav), crumb)


def left_col(rng, exclude_ids=()):
    # module "Tin mới" (vendor), DNN Links, Survey, counter
    pick = [a for a in ARTICLES if a["id"] not in exclude_ids]
    rng.shuffle(pick)
    newest = "".join('<li><a id="dnn_ctr535_TinMoi_rptTinMoi_hplTieuDe_%d" href="%s">%s</a></li>' % (i, art_url(a), esc(a["title"])) for i, a in enumerate(pick[:4]))
    links = ["Cổng TTĐT Chính phủ", "Bộ Khoa học và Công nghệ", "Cổng TTĐT tỉnh Vĩnh Phúc", "Sở Nông nghiệp và PTNT",
             "Sở Công Thương", "Sở Kế hoạch và Đầu tư", "UBND thành phố Vĩnh Yên", "UBND thị xã Phúc Yên",
             "Cục Sở hữu trí tuệ", "Tổng cục Tiêu chuẩn Đo lường Chất lượng", "Cổng Dịch vụ công quốc gia"]
    opts = "".join('\n\t<option value="%d">%s</option>' % (i + 11, l) for i, l in enumerate(links))
    survey = "".join('<tr><td><input id="dnn_ctr540_Survey_lstSurvey_optOptions_%d" type="radio" name="dnn$ctr540$Survey$lstSurvey$ctl00$optOptions" value="%d" /><label for="dnn_ctr540_Survey_lstSurvey_optOptions_%d">%s</label></td></tr>'
                     % (i, 31 + i, i, t) for i, t in enumerate(["Rất dễ tìm", "Dễ tìm", "Khó tìm", "Ý kiến khác"]))
    total = rng.randint(1_800_000, 2_200_000)
    return "\n".join([
        module(535, "VPSoft_TinMoi", "Tin mới cập nhật", '<ul class="tinmoi">%s</ul>' % newest),
        module(538, "Links", "Liên kết website",
               '<select name="dnn$ctr538$Links$cboLinks" id="dnn_ctr538_Links_cboLinks" class="NormalTextBox" onchange="window.open(this.options[this.selectedIndex].title);">\n\t<option value="">-- Liên kết website --</option>%s\n</select>' % opts),
        module(540, "Survey", "Thăm dò ý kiến",
               '<div id="dnn_ctr540_Survey_UpdatePanel1"><span id="dnn_ctr540_Survey_lstSurvey_lblQuestion_0" class="SubHead">Bạn đánh giá việc tra cứu thông tin trên Trang thông tin điện tử của Sở?</span><table id="dnn_ctr540_Survey_lstSurvey_optOptions">%s</table><input type="submit" name="dnn$ctr540$Survey$cmdSubmit" value="Biểu quyết" id="dnn_ctr540_Survey_cmdSubmit" class="CommandButton" /> <a id="dnn_ctr540_Survey_cmdResults" class="CommandButton" href="javascript:__doPostBack(&#39;dnn$ctr540$Survey$cmdResults&#39;,&#39;&#39;)">Xem kết quả</a></div>' % survey),
        module(542, "VPSoft_ThongKe", "Thống kê truy cập",
               '<table class="thongke"><tr><td>Đang truy cập:</td><td><span id="dnn_ctr542_ThongKe_lblOnline">%d</span></td></tr><tr><td>Hôm nay:</td><td><span id="dnn_ctr542_ThongKe_lblHomNay">%s</span></td></tr><tr><td>Tổng lượt truy cập:</td><td><span id="dnn_ctr542_ThongKe_lblTong">%s</span></td></tr></table>'
               % (rng.randint(12, 95), "{:,}".format(rng.randint(800, 2500)).replace(",", "."), "{:,}".format(total).replace(",", "."))),
    ])


def right_col(rng):
    banners = [("/Default.aspx?tabid=104", "/Portals/0/Banner/tthc.jpg", "Thủ tục hành chính"),
               ("http://dichvucong.vinhphuc.gov.vn", "/Portals/0/Banner/dvc.jpg", "Dịch vụ công trực tuyến"),
               ("/Default.aspx?tabid=101", "/Portals/0/Banner/vanban.jpg", "Văn bản quy phạm pháp luật"),
               ("http://www.most.gov.vn", "/Portals/0/Banner/bokhcn.jpg", "Bộ Khoa học và Công nghệ")]
    rng.shuffle(banners)
    html_ = "".join('<p><a href="%s" target="_blank"><img alt="%s" src="%s" style="width: 230px;" /></a></p>' % b for b in banners)
    return module(545, "DNN_HTML", "Liên kết nhanh", '<div id="dnn_ctr545_HtmlModule_lblContent" class="Normal">%s</div>' % html_)


def skin_bottom(rng, mids):
    return """
	<div id="footer">
		<div id="dnn_FooterPane" class="FooterPane">
		<div class="DnnModule DnnModule-DNN_HTML DnnModule-550"><a name="550"></a><div id="dnn_ctr550_ContentPane"><!-- Start_Module_550 --><div id="dnn_ctr550_ModuleContent" class="DNNModuleContent ModDNNHTMLC">
	<div id="dnn_ctr550_HtmlModule_lblContent" class="Normal">
	<p style="text-align: center;"><strong>SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH VĨNH PHÚC</strong><br />
Địa chỉ: Số 38 đường Nguyễn Trãi, phường Đống Đa, TP. Vĩnh Yên, tỉnh Vĩnh Phúc<br />
Điện thoại: 0211.3842.xxx - Fax: 0211.3842.xxx - Email: sokhcn@vinhphuc.gov.vn<br />
Chịu trách nhiệm chính: Giám đốc Sở Khoa học và Công nghệ<br />
Ghi rõ nguồn "Sở Khoa học và Công nghệ Vĩnh Phúc" khi phát hành lại thông tin từ nguồn này.</p>
</div>
</div><!-- End_Module_550 --></div></div></div>
		<div class="copyright"><span id="dnn_dnnCOPYRIGHT_lblCopyright" class="SkinObject">Copyright 2014 by Sở KH&amp;CN Vĩnh Phúc</span> | Thiết kế bởi VPSoft</div>
	</div>
</div>

<!--CDF(Javascript|/js/dnncore.js?cdv=58)-->
<!--CDF(Javascript|/Resources/Shared/Scripts/jquery/jquery.hoverIntent.min.js?cdv=58)-->

        <input name="ScrollTop" type="hidden" id="ScrollTop" />
        <input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`%d`}" />
        <input name="__RequestVerificationToken" type="hidden" value="%s" />
    
<script type="text/javascript" src="/Resources/Shared/Scripts/jquery/jquery.hoverIntent.min.js?cdv=58"></script><script type="text/javascript" src="/js/dnncore.js?cdv=58"></script><script type="text/javascript" src="/js/dnn.modalpopup.js?cdv=58"></script><script type="text/javascript" src="/Resources/Shared/scripts/jquery/jquery.tooltip.js?cdv=58"></script><script type="text/javascript" src="/Resources/Search/SearchSkinObjectPreview.js?cdv=58"></script><script type="text/javascript" src="/js/dnn.servicesframework.js?cdv=58"></script><script type="text/javascript">
//<![CDATA[
%s
//]]>
</script>
</form>
    <!--CDF(Javascript|/js/dnn.modalpopup.js?cdv=58)--><!--CDF(Css|/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=58)-->
    
</body>
</html>
""" % (mids[0], "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_") for _ in range(108)),
       "\n".join("Sys.Application.add_init(function() {\n    $create(Telerik.Web.UI.RadComboBox, {\"_dropDownWidth\":0,\"_height\":0,\"_skin\":\"Default\",\"_uniqueId\":\"dnn$ctr%d$Settings\",\"clientStateFieldID\":\"dnn_ctr%d_Settings_ClientState\"}, null, null, $get(\"dnn_ctr%d_Settings\"));\n});" % (m, m, m) for m in mids[1:]))


def page(title, url, rng, tabid, active, crumb, center, vs, desc, radgrid_init="", exclude_ids=()):
    today = datetime.date(2015, 12, 14) + datetime.timedelta(days=rng.randint(0, 2))
    today_s = "%s, %02d/%02d/%d" % (WEEKDAYS[today.weekday()], today.day, today.month, today.year)
    from urllib.parse import quote
    returnurl = re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), quote(url, safe=""))
    doc = head(title, desc)
    doc += form_open(rng, url.replace("&", "&amp;"), vs)
    doc += skin_top(rng, today_s, active, returnurl, crumb)
    doc += """	<div id="content">
		<div id="dnn_LeftPane" class="LeftPane">
%s
		</div>
		<div id="dnn_ContentPane" class="ContentPane">
%s
		</div>
		<div id="dnn_RightPane" class="RightPane">
%s
		</div>
		<div class="clear"></div>
	</div>
""" % (left_col(rng, exclude_ids), center, right_col(rng))
    doc += skin_bottom(rng, [tabid, MODULE.get(tabid, 512)])
    if radgrid_init:
        doc = doc.replace("</form>", radgrid_init + "\n</form>", 1)
    return doc


def crumb_for(tabid, label):
    return '<span class="breadcrumb-sep"> » </span><a href="/Default.aspx?tabid=%d" class="SkinObject">%s</a>' % (tabid, esc(label))


# ------------------------------------------------------------------ articles
def article_page(i, a):
    rng = random.Random(200 + i)
    tabid, catname = TABS[a["cate"]]
    mid = MODULE[tabid]
    c = "dnn_ctr%d_TinTuc" % mid
    body_html, text, images = render_body(a["body"])
    lead_html = ""
    if a["lead"]:
        full = (a["prefix"] + " " if a["prefix"] else "") + a["lead"]
        lead_html = '<div class="tomtat"><span id="%s_lblTomTat" class="TomTat">%s</span></div>' % (c, esc(full))
    upd = ""
    if a["updated"]:
        upd = ' &nbsp;|&nbsp; <span id="%s_lblNgayCapNhat" class="NgayCapNhat">%s</span>' % (c, a["updated"][1])
    author = '<div class="tacgia" style="text-align: right;"><b><span id="%s_lblTacGia">%s</span></b></div>' % (c, esc(a["author"])) if a["author"] else '<div class="tacgia" style="text-align: right;"><b><span id="%s_lblTacGia"></span></b></div>' % c
    source = '<div class="nguontin" style="text-align: right;">Nguồn tin: <span id="%s_lblNguonTin" class="NguonTin">%s</span></div>' % (c, esc(a["source"])) if a["source"] else ""
    others = [ARTICLES[k] for k in a["related"]]
    tinkhac = "".join('<tr>\n\t\t<td><img src="/DesktopModules/VPSoft_TinTuc/images/bullet.gif" alt="" /> <a id="%s_dlTinKhac_hplTieuDe_%d" class="TinKhac" href="%s">%s</a> <span id="%s_dlTinKhac_lblNgay_%d" class="NgayTinKhac">(%s)</span></td>\n\t</tr>'
                      % (c, n, art_url(o), esc(o["title"]), c, n, o["date_iso"][8:10] + "/" + o["date_iso"][5:7] + "/" + o["date_iso"][:4]) for n, o in enumerate(others))
    inner = """
<div id="%(c)s_pnlChiTiet" class="tintuc-chitiet">
	<div class="tieude"><span id="%(c)s_lblTieuDe" class="TieuDe">%(title)s</span></div>
	<div class="ngaydang"><span id="%(c)s_lblNgayDang" class="NgayDang">%(date)s</span>%(upd)s</div>
	%(lead)s
	<div class="noidung"><span id="%(c)s_lblNoiDung" class="NoiDung">%(body)s</span></div>
	%(author)s
	%(source)s
	<div class="congcu">
		<a id="%(c)s_hplIn" href="javascript:window.print()"><img src="/DesktopModules/VPSoft_TinTuc/images/print.gif" alt="" /> In bài viết</a>
		<a id="%(c)s_hplGuiEmail" href="mailto:?subject=%(title)s"><img src="/DesktopModules/VPSoft_TinTuc/images/email.gif" alt="" /> Gửi email</a>
		<a id="%(c)s_hplQuayLai" href="javascript:history.go(-1)"><img src="/DesktopModules/VPSoft_TinTuc/images/back.gif" alt="" /> Quay lại</a>
	</div>
	<div class="tinkhac">
		<span id="%(c)s_lblTinKhac" class="TieuDeTinKhac">Các tin khác</span>
		<table id="%(c)s_dlTinKhac" cellspacing="0" style="width:100%%;border-collapse:collapse;">
	%(tinkhac)s
</table>
	</div>
</div>
""" % {"c": c, "title": esc(a["title"]), "date": a["date_show"], "upd": upd, "lead": lead_html, "body": body_html,
       "author": author, "source": source, "tinkhac": tinkhac}
    center = module(mid, "VPSoft_TinTuc", catname, inner, "c_box c_detail")
    url = art_url(a)
    doc = page("Sở Khoa học và Công nghệ Vĩnh Phúc > %s" % catname, url, rng, tabid, catname, crumb_for(tabid, catname),
               center, 15000 + 800 * i, a["lead"] or a["title"], exclude_ids=(a["id"],))
    exp = {
        "title": a["title"], "agency_prefix": a["prefix"], "lead": a["lead"], "text": "\n\n".join(text),
        "published_at": a["date_iso"], "updated_at": a["updated"][0] if a["updated"] else None,
        "date_label": a["date_label"], "authors": a["authors"], "unit": a["unit"], "images": images,
        "category": catname,
    }
    return url, doc, exp


def short_date(a):
    return "%s/%s/%s" % (a["date_iso"][8:10], a["date_iso"][5:7], a["date_iso"][:4])


# ------------------------------------------------------------------ listing A: RadGrid postback paging
FILLER = [
    ("Hội nghị tổng kết hoạt động khoa học và công nghệ huyện Yên Lạc năm 2015", "11/12/2015", None),
    ("Kiểm tra việc thực hiện nhiệm vụ khoa học và công nghệ cấp cơ sở tại huyện Sông Lô", "02/12/2015", None),
    ("Tập huấn nghiệp vụ thống kê khoa học và công nghệ năm 2015", "24/11/2015", None),
    ("Hội đồng tư vấn xác định nhiệm vụ khoa học và công nghệ năm 2016 họp phiên thứ nhất", "16/11/2015", None),
    ("Khảo sát nhu cầu đổi mới công nghệ của doanh nghiệp nhỏ và vừa", "06/11/2015", None),
]


def radgrid(mid, rows, page_no, pages, total):
    g = "dnn_ctr%d_TinTuc_grdDanhSach" % mid
    n = "dnn$ctr%d$TinTuc$grdDanhSach$ctl00$ctl03$ctl01" % mid
    trs = []
    for r, (title, href, date, summary, img) in enumerate(rows):
        cls = "rgRow" if r % 2 == 0 else "rgAltRow"
        a_html = ('<a id="%s_ctl00_ctl%02d_hplTieuDe" class="TieuDeDS" href="%s">%s</a>' % (g, 4 + 2 * r, href, esc(title)) if href else
                  '<a id="%s_ctl00_ctl%02d_hplTieuDe" class="TieuDeDS" href="javascript:__doPostBack(&#39;%s$ctl00$ctl%02d$hplTieuDe&#39;,&#39;&#39;)">%s</a>' % (g, 4 + 2 * r, g.replace("_", "$"), 4 + 2 * r, esc(title)))
        trs.append("""<tr class="%s" id="%s_ctl00__%d">
	<td><div class="item-ds">%s%s <span class="NgayDS">(%s)</span><div class="TomTatDS">%s</div></div></td>
</tr>""" % (cls, g, r, '<img class="AnhDS" src="%s" alt="" width="120" />' % img if img else "", a_html, date, esc(summary)))
    nums = []
    for p in range(1, min(pages, 10) + 1):
        if p == page_no:
            nums.append('<a onclick="returnfalse;" title="Đến trang %d" class="rgCurrentPage" href="#"><span>%d</span></a>' % (p, p))
        else:
            nums.append('<a title="Đến trang %d" href="javascript:__doPostBack(&#39;%s$ctl%02d&#39;,&#39;&#39;)"><span>%d</span></a>' % (p, n, 3 + 2 * p, p))
    nums.append('<a title="10 trang tiếp" href="javascript:__doPostBack(&#39;%s$ctl24&#39;,&#39;&#39;)"><span>...</span></a>' % n)
    return """<div id="%(g)s" class="RadGrid RadGrid_Default">

<table cellspacing="0" class="rgMasterTable" border="0" id="%(g)s_ctl00" style="width:100%%;table-layout:auto;empty-cells:show;">
	<colgroup>
		<col  />
	</colgroup>
<thead>
		<tr style="display:none;">
			<th scope="col">&nbsp;</th>
		</tr>
	</thead><tfoot>
		<tr class="rgPager">
			<td><table summary="Data pager which controls on which page is shown." border="0" style="width:100%%;border-spacing:0;">
				<tr>
					<td class="rgPagerCell NextPrevAndNumeric"><div class="rgWrap rgArrPart1"><input type="submit" name="%(n)s$ctl01" value=" " onclick="returnfalse;" title="Trang đầu" class="rgPageFirst" /><input type="submit" name="%(n)s$ctl02" value=" " onclick="returnfalse;" title="Trang trước" class="rgPagePrev" /></div><div class="rgWrap rgNumPart">%(nums)s</div><div class="rgWrap rgArrPart2"><input type="submit" name="%(n)s$ctl26" value=" " title="Trang sau" class="rgPageNext" /><input type="submit" name="%(n)s$ctl27" value=" " title="Trang cuối" class="rgPageLast" /></div><div class="rgWrap rgInfoPart">
						&nbsp;Trang <strong>%(p)d</strong> / <strong>%(pages)d</strong>, tin <strong>1</strong> đến <strong>%(cnt)d</strong> trong tổng số <strong>%(total)d</strong>
					</div></td>
				</tr>
			</table></td>
		</tr>
	</tfoot><tbody>
	%(trs)s
	</tbody>

</table><input id="%(g)s_ClientState" name="%(g)s_ClientState" type="hidden" autocomplete="off" />
	</div>""" % {"g": g, "n": n, "nums": "".join(nums), "p": page_no, "pages": pages, "cnt": len(rows), "total": total, "trs": "\n".join(trs)}


def radgrid_init(mid):
    g = "dnn_ctr%d_TinTuc_grdDanhSach" % mid
    return """<script type="text/javascript">
//<![CDATA[
Sys.Application.add_init(function() {
    $create(Telerik.Web.UI.RadGrid, {"ClientID":"%s","ClientSettings":{"AllowKeyboardNavigation":false,"PostBackFunction":"__doPostBack(\\u0027{0}\\u0027,\\u0027{1}\\u0027)","Scrolling":{}},"MasterTableView":{"ClientID":"%s_ctl00","columns":[{"UniqueName":"TemplateColumn","Display":true,"Type":"Telerik.Web.UI.GridTemplateColumn"}],"PageSize":10,"PageCount":23},"UniqueID":"dnn$ctr%d$TinTuc$grdDanhSach","_activeRowIndex":"","_controlToFocus":"","_currentPageIndex":0,"_editIndexes":"[]","_embeddedSkin":true,"_gridTableViewsData":"[{\\"ClientID\\":\\"%s_ctl00\\",\\"UniqueID\\":\\"dnn$ctr%d$TinTuc$grdDanhSach$ctl00\\",\\"PageSize\\":10,\\"PageCount\\":23,\\"EditMode\\":\\"EditForms\\",\\"AllowPaging\\":true,\\"CurrentPageIndex\\":0,\\"VirtualItemCount\\":0,\\"AllowMultiColumnSorting\\":false,\\"IsItemInserted\\":false,\\"clientDataKeyNames\\":[],\\"_dataBindTemplates\\":false}]","_shouldFocusOnPage":false,"allowMultiRowSelection":false,"clientStateFieldID":"%s_ClientState","renderMode":1,"skin":"Default"}, null, null, $get("%s"));
});
//]]>
</script>""" % (g, g, mid, g, mid, g, g)


def main():
    written = []

    def emit(name, url, kind, doc, exp=None):
        (HERE / (name + ".html")).write_bytes(doc.encode("utf-8"))
        meta = {"url": HOST + url, "content_type": "text/html; charset=utf-8", "kind": kind}
        if exp is not None:
            meta["expected"] = exp
        (HERE / (name + ".json")).write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", "utf-8")
        written.append(name)

    for i, a in enumerate(ARTICLES):
        url, doc, exp = article_page(i, a)
        emit("article-%02d-news%d" % (i + 1, a["id"]), url, "article", doc, exp)

    order = sorted(ARTICLES, key=lambda a: a["date_iso"], reverse=True)

    # listing A: tab 94, RadGrid with postback paging (page 2+ unreachable by GET)
    rng = random.Random(301)
    cat12 = [a for a in order if a["cate"] == 12]
    rows = [(t, None, d, "", None) for t, d, _ in FILLER[:2]]
    rows += [(a["title"], art_url(a), short_date(a), (a["lead"] or "")[:200], None) for a in cat12]
    rows += [(t, None, d, "", None) for t, d, _ in FILLER[2:]]
    rows = sorted(rows, key=lambda r: (r[2][6:], r[2][3:5], r[2][:2]), reverse=True)[:10]
    center = module(512, "VPSoft_TinTuc", "Tin tức - Sự kiện", '<div id="dnn_ctr512_TinTuc_pnlDanhSach" class="tintuc-danhsach">%s</div>' % radgrid(512, rows, 1, 23, 226))
    emit("listing-tab94-radgrid", "/Default.aspx?tabid=94", "listing",
         page("Sở Khoa học và Công nghệ Vĩnh Phúc > Tin tức - Sự kiện", "/Default.aspx?tabid=94", rng, 94, "Tin tức - Sự kiện",
              crumb_for(94, "Tin tức - Sự kiện"), center, 16000, "Tin tức - Sự kiện", radgrid_init(512)))

    # listing B: tab 99 "Tin tổng hợp", vendor pager with GET links (&Page=N)
    per = 5
    chunks = [order[k:k + per] for k in range(0, len(order), per)]
    for p, chunk in enumerate(chunks, 1):
        rng = random.Random(310 + p)
        url = LIST_B + ("" if p == 1 else "&Page=%d" % p)
        items = "".join("""<div class="item-tonghop">
		<a id="dnn_ctr530_TinTongHop_rptTin_hplAnh_%d" href="%s"><img src="%s" alt="" class="AnhDaiDien" width="140" /></a>
		<a id="dnn_ctr530_TinTongHop_rptTin_hplTieuDe_%d" class="TieuDeDS" href="%s">%s</a>
		<span id="dnn_ctr530_TinTongHop_rptTin_lblNgay_%d" class="NgayDS">%s</span>
		<div class="TomTatDS"><span id="dnn_ctr530_TinTongHop_rptTin_lblTomTat_%d">%s</span></div>
	</div>""" % (n, art_url(a), next((b[1] for b in a["body"] if b[0] == "img"), "/DesktopModules/VPSoft_TinTuc/images/noimage.jpg"),
                 n, art_url(a), esc(a["title"]), n, short_date(a), n, esc((a["lead"] or plain(a["body"][0][1]))[:200])) for n, a in enumerate(chunk))
        pager = ['<span class="lblTrang">Trang:</span>']
        for q in range(1, len(chunks) + 1):
            pager.append('<span class="trang-hientai">%d</span>' % q if q == p else '<a class="trang" href="%s">%d</a>' % (LIST_B + ("" if q == 1 else "&Page=%d" % q), q))
        if p < len(chunks):
            pager.append('<a class="trang-sau" href="%s&Page=%d">Sau »</a>' % (LIST_B, p + 1))
        center = module(530, "VPSoft_TinTongHop", "Tin tổng hợp", '<div class="tintonghop">%s</div><div class="phantrang" id="dnn_ctr530_TinTongHop_pnlPhanTrang">%s</div>' % (items, " ".join(pager)))
        emit("listing-tab99-p%d" % p, url, "listing",
             page("Sở Khoa học và Công nghệ Vĩnh Phúc > Tin tổng hợp", url, rng, 99, "", crumb_for(99, "Tin tổng hợp"), center, 8000, "Tin tổng hợp"))

    # home
    rng = random.Random(300)
    hot = order[0]
    home_inner = """<div class="tinnoibat">
	<a href="%s"><img src="%s" alt="" width="320" /></a>
	<h3><a href="%s">%s</a></h3>
	<p>%s</p>
	<ul class="tinnoibat-khac">%s</ul>
	<a class="xemtiep" href="%s">Xem tiếp »</a>
</div>""" % (art_url(hot), next((b[1] for b in hot["body"] if b[0] == "img"), "/Portals/0/TinTuc/noimage.jpg"), art_url(hot), esc(hot["title"]), esc(hot["lead"] or ""),
             "".join('<li><a href="%s">%s</a> <span class="ngay">(%s)</span></li>' % (art_url(a), esc(a["title"]), short_date(a)) for a in order[1:5]), LIST_B)
    boxes = module(560, "VPSoft_TinNoiBat", "Tin nổi bật", home_inner)
    for tabid, (cid, label) in [(94, (12, "Tin tức - Sự kiện")), (96, (14, "Thông báo")), (95, (13, "Tiêu chuẩn - Đo lường - Chất lượng"))]:
        items = [a for a in order if a["cate"] == cid][:4]
        lis = "".join('<li><a href="%s">%s</a> <span class="ngay">(%s)</span></li>' % (art_url(a), esc(a["title"]), short_date(a)) for a in items)
        boxes += "\n" + module(561 + tabid % 10, "VPSoft_TinTheoChuyenMuc", label, '<ul class="ds-chuyenmuc">%s</ul><a class="xemtiep" href="/Default.aspx?tabid=%d">Xem tiếp »</a>' % (lis, tabid))
    boxes += "\n" + module(570, "DNN_HTML", "Giới thiệu chung", '<div class="Normal"><a href="/Default.aspx?tabid=57">Chức năng, nhiệm vụ</a> | <a href="/Default.aspx?tabid=60">Danh bạ điện thoại</a> | <a href="%s&amp;Page=2">Tin cũ hơn</a></div>' % LIST_B)
    emit("home", "/", "listing", page("Sở Khoa học và Công nghệ Vĩnh Phúc > Trang chủ", "/", rng, 36, "Trang chủ", "", boxes, 12000, "Trang thông tin điện tử Sở Khoa học và Công nghệ tỉnh Vĩnh Phúc"))

    # static
    rng = random.Random(320)
    static = module(575, "DNN_HTML", "Chức năng, nhiệm vụ", """<div id="dnn_ctr575_HtmlModule_lblContent" class="Normal">
<p style="text-align: justify;"><strong>1. Vị trí và chức năng</strong></p>
<p style="text-align: justify;">Sở Khoa học và Công nghệ là cơ quan chuyên môn thuộc UBND tỉnh Vĩnh Phúc, có chức năng tham mưu, giúp UBND tỉnh quản lý nhà nước về khoa học và công nghệ, bao gồm: hoạt động khoa học và công nghệ; phát triển tiềm lực khoa học và công nghệ; tiêu chuẩn, đo lường, chất lượng; sở hữu trí tuệ; ứng dụng bức xạ và đồng vị phóng xạ; an toàn bức xạ và hạt nhân.</p>
<p style="text-align: justify;"><strong>2. Nhiệm vụ và quyền hạn</strong></p>
<p style="text-align: justify;">Trình UBND tỉnh dự thảo quy hoạch, kế hoạch phát triển khoa học và công nghệ; tổ chức tuyển chọn, giao trực tiếp, đánh giá, nghiệm thu nhiệm vụ khoa học và công nghệ cấp tỉnh; quản lý hoạt động chuyển giao công nghệ, thị trường công nghệ trên địa bàn.</p>
<p style="text-align: justify;"><strong>3. Cơ cấu tổ chức</strong></p>
<p>Văn phòng; Thanh tra; Phòng Quản lý khoa học; Phòng Quản lý công nghệ và Sở hữu trí tuệ; Chi cục Tiêu chuẩn Đo lường Chất lượng; Trung tâm Ứng dụng tiến bộ khoa học và công nghệ; Trung tâm Thông tin và Thống kê khoa học và công nghệ.</p>
</div>""")
    emit("static-tab57", "/Default.aspx?tabid=57", "static",
         page("Sở Khoa học và Công nghệ Vĩnh Phúc > Giới thiệu > Chức năng nhiệm vụ", "/Default.aspx?tabid=57", rng, 57, "Giới thiệu", crumb_for(57, "Chức năng nhiệm vụ"), static, 5000, "Chức năng nhiệm vụ"))

    # contact
    rng = random.Random(321)
    people = [("Văn phòng Sở", "0211.3842.xxx", "vanphong.skhcn@vinhphuc.gov.vn"), ("Phòng Quản lý khoa học", "0211.3842.xxx", "qlkh.skhcn@vinhphuc.gov.vn"),
              ("Phòng Quản lý công nghệ và SHTT", "0211.3843.xxx", "qlcn.skhcn@vinhphuc.gov.vn"), ("Thanh tra Sở", "0211.3845.xxx", "thanhtra.skhcn@vinhphuc.gov.vn"),
              ("Chi cục Tiêu chuẩn Đo lường Chất lượng", "0211.3862.xxx", "chicuc.tdc@vinhphuc.gov.vn"), ("Trung tâm Ứng dụng tiến bộ KH&CN", "0211.3721.xxx", "ttud.skhcn@vinhphuc.gov.vn")]
    rows = "".join("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (k + 1, esc(n), t, e) for k, (n, t, e) in enumerate(people))
    contact = module(580, "DNN_HTML", "Danh bạ điện thoại", '<div id="dnn_ctr580_HtmlModule_lblContent" class="Normal"><p>Sở Khoa học và Công nghệ tỉnh Vĩnh Phúc - Số 38 đường Nguyễn Trãi, TP. Vĩnh Yên</p><table border="1" cellpadding="4" cellspacing="0" style="width:100%%;border-collapse:collapse;"><tr><td><strong>STT</strong></td><td><strong>Đơn vị</strong></td><td><strong>Điện thoại</strong></td><td><strong>Email</strong></td></tr>%s</table></div>' % rows)
    contact += "\n" + module(581, "Feedback", "Gửi ý kiến", '<div class="dnnForm"><div class="dnnFormItem"><label for="dnn_ctr581_Feedback_txtName">Họ tên</label><input name="dnn$ctr581$Feedback$txtName" type="text" id="dnn_ctr581_Feedback_txtName" /></div><div class="dnnFormItem"><label for="dnn_ctr581_Feedback_txtBody">Nội dung</label><textarea name="dnn$ctr581$Feedback$txtBody" rows="6" id="dnn_ctr581_Feedback_txtBody"></textarea></div><a id="dnn_ctr581_Feedback_cmdSend" class="dnnPrimaryAction" href="javascript:__doPostBack(&#39;dnn$ctr581$Feedback$cmdSend&#39;,&#39;&#39;)">Gửi</a></div>')
    emit("contact-tab60", "/Default.aspx?tabid=60", "contact",
         page("Sở Khoa học và Công nghệ Vĩnh Phúc > Liên hệ", "/Default.aspx?tabid=60", rng, 60, "Liên hệ", crumb_for(60, "Liên hệ"), contact, 5000, "Liên hệ"))

    # login (DNN core Authentication control, reached from the home page's "Đăng nhập" link)
    rng = random.Random(322)
    login = """<div class="DnnModule DnnModule- DnnModule--1"><a name="-1"></a>
<div class="c_box"><div class="c_head"><h2 class="c_title"><span id="dnn_ctr_dnnTITLE_titleLabel" class="TitleHead">Đăng nhập</span></h2></div>
<div id="dnn_ctr_ContentPane" class="c_content"><div id="dnn_ctr_ModuleContent">
<div id="dnn_ctr_Login_pnlLogin" class="dnnForm dnnLogin dnnClear">
	<div id="dnn_ctr_Login_pnlLoginContainer" class="LoginPanel" style="">
		<div id="dnn_ctr_Login_DNN"><div class="dnnForm dnnLoginService dnnClear">
    <div class="dnnFormItem"><div class="dnnLabel"><label for="dnn_ctr_Login_Login_DNN_txtUsername" id="dnn_ctr_Login_Login_DNN_plUsername" class="dnnFormLabel">Tên đăng nhập:</label></div><input name="dnn$ctr$Login$Login_DNN$txtUsername" type="text" id="dnn_ctr_Login_Login_DNN_txtUsername" /></div>
    <div class="dnnFormItem"><div class="dnnLabel"><label for="dnn_ctr_Login_Login_DNN_txtPassword" id="dnn_ctr_Login_Login_DNN_plPassword" class="dnnFormLabel">Mật khẩu:</label></div><input name="dnn$ctr$Login$Login_DNN$txtPassword" type="password" id="dnn_ctr_Login_Login_DNN_txtPassword" class="NormalTextBox" autocomplete="off" /></div>
    <div class="dnnFormItem"><span class="dnnFormLabel">&nbsp;</span><div class="dnnLoginRememberMe"><span class="dnnCheckbox"><input id="dnn_ctr_Login_chkCookie" type="checkbox" name="dnn$ctr$Login$chkCookie" /><label for="dnn_ctr_Login_chkCookie">Ghi nhớ đăng nhập</label></span></div></div>
    <div class="dnnFormItem"><label class="dnnFormLabel">&nbsp;</label><a id="dnn_ctr_Login_Login_DNN_cmdLogin" title="Đăng nhập" class="dnnPrimaryAction" href="javascript:__doPostBack(&#39;dnn$ctr$Login$Login_DNN$cmdLogin&#39;,&#39;&#39;)">Đăng nhập</a><a id="dnn_ctr_Login_Login_DNN_cancelLink" class="dnnSecondaryAction" CausesValidation="false" href="/">Hủy</a></div>
    <div class="dnnFormItem"><span class="dnnFormLabel">&nbsp;</span><div class="dnnLoginActions"><ul class="dnnActions dnnClear"><li id="dnn_ctr_Login_liPassword"><a id="dnn_ctr_Login_passwordLink" class="dnnSecondaryAction" href="/Default.aspx?tabid=36&amp;ctl=SendPassword&amp;returnurl=%2f">Quên mật khẩu?</a></li></ul></div></div>
</div></div>
	</div>
</div>
</div></div></div></div>"""
    emit("login", "/Default.aspx?tabid=36&ctl=Login&returnurl=%2f", "login",
         page("Sở Khoa học và Công nghệ Vĩnh Phúc > Đăng nhập", "/Default.aspx?tabid=36&ctl=Login&returnurl=%2f", rng, 36, "", crumb_for(36, "Trang chủ"), login, 3000, "Đăng nhập"))

    (HERE / "site.json").write_text(json.dumps(SITE, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print("wrote", len(written), "pages")


if __name__ == "__main__":
    main()
