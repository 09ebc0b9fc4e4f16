# -*- coding: utf-8 -*-
"""Generate the Huế main provincial portal mini-site (DNN-style friendly paths, HueCIT news module).

Run: /work/main/.venv/bin/python tests/variants/huecit/hueportal/make.py
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
import uuid  # noqa: E402
from pathlib import Path  # noqa: E402
from urllib.parse import quote  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from articles import ARTICLES  # noqa: E402

HOST = "https://thuathienhue.gov.vn"
SITE = {"host": HOST, "home": "/", "family": "huecit", "template": "hueportal"}
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
NS = uuid.UUID("6f1c2b9e-3d4a-4e7b-9a51-0c2d8e7f1a33")


def esc(s):
    return html.escape(s, quote=True)


def plain(fragment):
    t = re.sub(r"<[^>]+>", " ", fragment)
    t = html.unescape(t)
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", t).strip())


def gid(name):
    import hashlib
    return str(uuid.UUID(bytes=hashlib.md5(name.encode("utf-8")).digest(), version=4)).upper()


def cat_seg(cat):
    return quote(cat.replace(" - ", "-").replace(" ", "-"), safe="-")


def cat_url(cat):
    return "/vi-vn/%s/cid/%s" % (cat_seg(cat), gid("cat:" + cat))


def art_url(a):
    return "/vi-vn/%s/tid/%s/newsid/%s/cid/%s" % (cat_seg(a["cat"]), a["slug"], gid("news:" + a["slug"]), gid("cat:" + a["cat"]))


NEWS_CAT = "Tin tức"
LIST_URL = cat_url(NEWS_CAT)


def ddmmyyyy(iso):
    return "%s/%s/%s" % (iso[8:10], iso[5:7], iso[:4])


# ------------------------------------------------------------------ body
def render_body(blocks):
    out, text, images = [], [], []
    for b in blocks:
        k = b[0]
        if k == "p":
            out.append('<p style="text-align:justify">%s</p>' % b[1])
            text.append(plain(b[1]))
        elif k == "h":
            out.append('<p style="text-align:justify"><strong>%s</strong></p>' % esc(b[1]))
            text.append(plain(b[1]))
        elif k == "br":
            out.append('<p style="text-align:justify">%s</p>' % "<br />\r\n".join(b[1]))
            text.extend(plain(x) for x in b[1])
        elif k == "ul":
            out.append("<ul>\r\n%s\r\n</ul>" % "\r\n".join("\t<li style=\"text-align:justify\">%s</li>" % x for x in b[1]))
            text.extend(plain(x) for x in b[1])
        elif k == "table":
            rows = b[1]
            h = ['<table border="1" cellpadding="1" cellspacing="1" class="table table-bordered" style="width:100%">', "\t<thead>",
                 "\t\t<tr>" + "".join('<th scope="col">%s</th>' % esc(c) for c in rows[0]) + "</tr>", "\t</thead>", "\t<tbody>"]
            for row in rows[1:]:
                h.append("\t\t<tr>" + "".join("<td>%s</td>" % esc(c) for c in row) + "</tr>")
            h += ["\t</tbody>", "</table>"]
            out.append("\r\n".join(h))
            text.extend(" | ".join(r) for r in rows)
        elif k == "img":
            _, src, cap, credit, style = b
            if style == "figure":
                out.append('<figure class="image"><img alt="%s" height="533" src="%s" width="800" />\r\n<figcaption>%s%s</figcaption>\r\n</figure>'
                           % (esc(cap), src, esc(cap), (" <em>(%s)</em>" % esc(credit)) if credit else ""))
            elif style == "cell":
                out.append('<table align="center" border="0" cellpadding="1" cellspacing="1" style="width:100%%">\r\n\t<tbody>\r\n'
                           '\t\t<tr>\r\n\t\t\t<td style="text-align:center"><img alt="" src="%s" style="width:100%%" /></td>\r\n\t\t</tr>\r\n'
                           '\t\t<tr>\r\n\t\t\t<td style="text-align:center"><span style="font-size:12px"><em>%s</em></span></td>\r\n\t\t</tr>\r\n'
                           '\t</tbody>\r\n</table>' % (src, esc(cap + (". %s" % credit if credit else ""))))
            else:
                out.append('<p style="text-align:center"><img alt="" src="%s" style="height:467px; width:700px" /></p>' % src)
                out.append('<p style="text-align:center"><em>%s</em></p>' % esc(cap))
                if credit:
                    out.append('<p style="text-align:right"><em>%s</em></p>' % esc(credit))
            images.append({"src": HOST + src, "caption": cap, "credit": credit})
        elif k == "related":
            lis = "".join('<li><a href="%s">%s</a> (%s)</li>' % (art_url(ARTICLES[j]), esc(ARTICLES[j]["title"]), ddmmyyyy(ARTICLES[j]["date_iso"])) for j in b[1])
            out.append('<table align="right" border="0" cellpadding="5" class="tinlienquan" style="background-color:#eeeeee; width:40%%">\r\n\t<tbody>\r\n\t\t<tr>\r\n\t\t\t<td><strong>Tin liên quan:</strong>\r\n\t\t\t<ul>%s</ul>\r\n\t\t\t</td>\r\n\t\t</tr>\r\n\t</tbody>\r\n</table>' % lis)
        elif k == "sig":
            out.append('<p style="text-align:right"><strong>%s</strong></p>' % esc(b[1]))
        elif k == "source":
            out.append('<p style="text-align:right"><em>%s</em></p>' % esc(b[1]))
        elif k == "files":
            out.append('<p><strong>File đính kèm:</strong></p>')
            out.append("<ul class=\"attach\">%s</ul>" % "".join('<li><a href="%s" target="_blank"><i class="fa fa-file-pdf-o"></i> %s</a></li>' % (h, esc(n)) for n, h in b[1]))
        else:
            raise ValueError(k)
    return "\r\n\r\n".join(out), text, images


# ------------------------------------------------------------------ chrome
MENU = [("Giới thiệu", [("Tổng quan", "/vi-vn/Gi%E1%BB%9Bi-thi%E1%BB%87u/tid/Tong-quan-ve-Thua-Thien-Hue/newsid/" + gid("news:tongquan") + "/cid/" + gid("cat:Giới thiệu")),
                        ("Lịch sử", "/vi-vn/Gi%E1%BB%9Bi-thi%E1%BB%87u/cid/" + gid("cat:Giới thiệu")),
                        ("Lãnh đạo tỉnh", "/vi-vn/L%C3%A3nh-%C4%91%E1%BA%A1o-t%E1%BB%89nh")]),
        ("Tin tức", [(c, cat_url(c)) for c in ["Chỉ đạo - Điều hành", "Kinh tế - Đầu tư", "Văn hóa - Du lịch", "Y tế - Giáo dục",
                                                "Cải cách hành chính", "Chuyển đổi số"]]),
        ("Chính quyền", [("Hội đồng nhân dân tỉnh", "/vi-vn/H%C4%90ND-t%E1%BB%89nh"), ("UBND tỉnh", "/vi-vn/UBND-t%E1%BB%89nh"),
                         ("Sở, ban, ngành", "/vi-vn/S%E1%BB%9F-ban-ng%C3%A0nh"), ("UBND cấp huyện", "/vi-vn/UBND-c%E1%BA%A5p-huy%E1%BB%87n")]),
        ("Công dân", [("Dịch vụ công trực tuyến", "https://dichvucong.thuathienhue.gov.vn"), ("Hỏi đáp", "/vi-vn/H%E1%BB%8Fi-%C4%91%C3%A1p")]),
        ("Doanh nghiệp", [("Thông tin đầu tư", cat_url("Kinh tế - Đầu tư")), ("Thủ tục đầu tư", "/vi-vn/Th%E1%BB%A7-t%E1%BB%A5c-%C4%91%E1%BA%A7u-t%C6%B0")]),
        ("Du khách", [("Điểm đến", "/vi-vn/%C4%90i%E1%BB%83m-%C4%91%E1%BA%BFn"), ("Lễ hội", "/vi-vn/L%E1%BB%85-h%E1%BB%99i")])]


def head(title, desc, canonical):
    return """<!DOCTYPE html>
<html  lang="vi-VN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<meta name="REVISIT-AFTER" content="1 DAYS" />
<meta name="RATING" content="GENERAL" />
<meta name="RESOURCE-TYPE" content="DOCUMENT" />
<meta content="text/javascript" http-equiv="Content-Script-Type" />
<meta content="text/css" http-equiv="Content-Style-Type" />
<title>
	%s
</title><meta id="MetaDescription" name="DESCRIPTION" content="%s" /><meta id="MetaKeywords" name="KEYWORDS" content="Thừa Thiên Huế, cổng thông tin điện tử, Huế" /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" /><link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=412" type="text/css" rel="stylesheet"/><link href="/DesktopModules/HueCIT.News/module.css?cdv=412" type="text/css" rel="stylesheet"/><link href="/Portals/_default/skins/hue2019/css/bootstrap.min.css?cdv=412" type="text/css" rel="stylesheet"/><link href="/Portals/_default/skins/hue2019/css/font-awesome.min.css?cdv=412" type="text/css" rel="stylesheet"/><link href="/Portals/_default/skins/hue2019/skin.css?cdv=412" type="text/css" rel="stylesheet"/><link href="/Portals/_default/containers/hue2019/container.css?cdv=412" type="text/css" rel="stylesheet"/><link href="/Portals/0/portal.css?cdv=412" type="text/css" rel="stylesheet"/><script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=412" type="text/javascript"></script><script src="/Resources/libraries/jQuery-Migrate/03_02_00/jquery-migrate.js?cdv=412" type="text/javascript"></script><script src="/Resources/libraries/jQuery-UI/01_12_01/jquery-ui.js?cdv=412" type="text/javascript"></script><link rel="canonical" href="%s" /><meta property="og:title" content="%s" /><meta property="og:url" content="%s" /><meta property="og:site_name" content="Cổng Thông tin điện tử Thừa Thiên Huế" /><link rel='icon' href='/Portals/0/favicon.ico?ver=2bNaBnp0rmfhQoXV8NDjxg%%3d%%3d' type='image/x-icon' /><meta name="viewport" content="width=device-width, initial-scale=1.0" /></head>
""" % (esc(title), esc(desc), esc(canonical), esc(title), esc(canonical))


def form_open(rng, action, vs):
    return """<body id="Body">

    <form method="post" action="%s" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
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


<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZNZr42xUqmA1cu5uT6JWy71MV02kNwuLGL617JfsWitqyEH-aZNltvGBQs-0&amp;t=637814689746327080" type="text/javascript"></script>

<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvoKBs0pxdOeWHAw6_ZJzGAQf1vOm7BG1JdJp-UyBGwXs&amp;t=5c0e0825" type="text/javascript"></script>
<div class="aspNetHidden">
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
	<input type="hidden" name="__VIEWSTATEENCRYPTED" id="__VIEWSTATEENCRYPTED" value="" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s" />
</div><script src="/js/dnn.js?cdv=412" type="text/javascript"></script><script src="/js/dnn.modalpopup.js?cdv=412" type="text/javascript"></script><script src="/Portals/_default/skins/hue2019/js/bootstrap.min.js?cdv=412" type="text/javascript"></script><script src="/Portals/_default/skins/hue2019/js/jquery.marquee.min.js?cdv=412" type="text/javascript"></script><script src="/js/dnncore.js?cdv=412" type="text/javascript"></script><script src="/js/dnn.servicesframework.js?cdv=412" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ScriptManager', 'Form', [], [], [], 90, '');
//]]>
</script>
""" % (action, base64.b64encode(bytes(rng.getrandbits(8) for _ in range(vs))).decode(),
       base64.b64encode(bytes(rng.getrandbits(8) for _ in range(96))).decode())


def header(today, active):
    items = []
    items.append('<li class="nav-item%s"><a class="nav-link" href="/"><i class="fa fa-home"></i> Trang chủ</a></li>' % (" active" if active == "Trang chủ" else ""))
    for label, subs in MENU:
        sub = "".join('<li><a href="%s">%s</a></li>' % (h, esc(s)) for s, h in subs)
        items.append('<li class="nav-item dropdown%s"><a class="nav-link dropdown-toggle" href="javascript:void(0)" data-toggle="dropdown">%s</a><ul class="dropdown-menu">%s</ul></li>'
                     % (" active" if label == active else "", label, sub))
    return """<!--CDF(Css|/Portals/_default/skins/hue2019/skin.css?cdv=412|DnnPageHeaderProvider|100)-->
<div class="hue-wrapper">
<header class="hue-header">
	<div class="topbar container">
		<span class="today"><i class="fa fa-calendar"></i> %s</span>
		<span class="lang"><a href="/vi-vn/"><img src="/Portals/_default/skins/hue2019/images/vn.png" alt="Tiếng Việt" /></a> <a href="/en-us/"><img src="/Portals/_default/skins/hue2019/images/en.png" alt="English" /></a></span>
		<span class="topright"><a href="/vi-vn/S%%C6%%A1-%%C4%%91%%E1%%BB%%93-c%%E1%%BB%%95ng">Sơ đồ cổng</a> | <a href="/vi-vn/Li%%C3%%AAn-h%%E1%%BB%%87">Liên hệ</a> | <a href="/vi-vn/RSS">RSS</a></span>
	</div>
	<div class="banner container"><a id="dnn_dnnLOGO_hypLogo" title="Cổng Thông tin điện tử Thừa Thiên Huế" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/banner-2021.png" alt="CỔNG THÔNG TIN ĐIỆN TỬ THỪA THIÊN HUẾ" /></a></div>
	<nav class="navbar navbar-expand-lg hue-menu"><div class="container">
		<ul class="navbar-nav">%s</ul>
		<div class="search-box">
			<input type="text" id="txtSearchKeyword" class="form-control" placeholder="Tìm kiếm..." onkeypress="if(event.keyCode==13){window.location='/vi-vn/T%%C3%%ACm-ki%%E1%%BA%%BFm?q='+encodeURIComponent(this.value);return false;}" />
			<a href="javascript:void(0)" onclick="window.location='/vi-vn/T%%C3%%ACm-ki%%E1%%BA%%BFm?q='+encodeURIComponent(document.getElementById('txtSearchKeyword').value)"><i class="fa fa-search"></i></a>
		</div>
	</div></nav>
	<div class="marquee-bar container"><span class="marquee-title">Thông báo:</span> <div class="marquee">Người dân có thể phản ánh hiện trường qua ứng dụng Hue-S hoặc đường dây nóng 1022 &nbsp;&nbsp;&nbsp; Tra cứu hồ sơ thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh</div></div>
</header>
""" % (today, "".join(items))


def sidebar(rng, exclude=None):
    pick = [a for a in ARTICLES if a is not exclude]
    rng.shuffle(pick)
    most = "".join('<li><a href="%s">%s</a></li>' % (art_url(a), esc(a["title"])) for a in pick[:5])
    links_groups = [("Chính phủ", ["Cổng Thông tin điện tử Chính phủ", "Cổng Dịch vụ công quốc gia"]),
                    ("Các bộ, ngành ở TW", ["Bộ Thông tin và Truyền thông", "Bộ Nội vụ", "Bộ Kế hoạch và Đầu tư"]),
                    ("Tỉnh ủy, UBND tỉnh", ["Tỉnh ủy Thừa Thiên Huế", "HĐND tỉnh Thừa Thiên Huế"]),
                    ("Sở, ban, ngành", ["Sở Tư pháp", "Sở Nội vụ", "Sở Y tế", "Sở Văn hóa và Thể thao", "Sở Du lịch"]),
                    ("UBND huyện, thị xã", ["UBND thành phố Huế", "UBND thị xã Hương Thủy", "UBND thị xã Hương Trà", "UBND huyện Phú Lộc"])]
    opts = "".join('<optgroup label="%s">%s</optgroup>' % (g, "".join('<option value="#">%s</option>' % x for x in xs)) for g, xs in links_groups)
    return """<aside class="col-md-4 col-right">
	<div id="dnn_RightPane" class="RightPane">
	<div class="DnnModule DnnModule-HueCITNews DnnModule-1131"><a name="1131"></a><div class="box-container"><div class="box-title"><h3><span id="dnn_ctr1131_dnnTITLE_titleLabel" class="Head">Tin đọc nhiều</span></h3></div><div id="dnn_ctr1131_ContentPane"><!-- Start_Module_1131 --><div id="dnn_ctr1131_ModuleContent" class="DNNModuleContent ModHueCITNewsC">
		<ul class="news-mostview">%s</ul>
	</div><!-- End_Module_1131 --></div></div></div>
	<div class="DnnModule DnnModule-DNN_HTML DnnModule-1135"><a name="1135"></a><div class="box-container"><div id="dnn_ctr1135_ContentPane"><!-- Start_Module_1135 --><div id="dnn_ctr1135_ModuleContent" class="DNNModuleContent ModDNNHTMLC">
		<div id="dnn_ctr1135_HtmlModule_lblContent" class="Normal"><p><a href="https://hues.vn"><img alt="Hue-S" src="/Portals/0/Banner/hue-s.png" style="width:100%%" /></a></p><p><a href="https://dichvucong.thuathienhue.gov.vn"><img alt="Dịch vụ công trực tuyến" src="/Portals/0/Banner/dvc.png" style="width:100%%" /></a></p><p><a href="https://dichvucong.gov.vn"><img alt="Cổng Dịch vụ công quốc gia" src="/Portals/0/Banner/dvcqg.png" style="width:100%%" /></a></p></div>
	</div><!-- End_Module_1135 --></div></div></div>
	<div class="DnnModule DnnModule-HueCITLinks DnnModule-1137"><a name="1137"></a><div class="box-container"><div class="box-title"><h3><span id="dnn_ctr1137_dnnTITLE_titleLabel" class="Head">Liên kết website</span></h3></div><div id="dnn_ctr1137_ContentPane"><!-- Start_Module_1137 --><div id="dnn_ctr1137_ModuleContent" class="DNNModuleContent ModHueCITLinksC">
		<select class="form-control" onchange="if(this.value!='#')window.open(this.value)"><option value="#">-- Chọn liên kết --</option>%s</select>
	</div><!-- End_Module_1137 --></div></div></div>
	<div class="DnnModule DnnModule-HueCITCounter DnnModule-1139"><a name="1139"></a><div class="box-container"><div class="box-title"><h3><span id="dnn_ctr1139_dnnTITLE_titleLabel" class="Head">Thống kê truy cập</span></h3></div><div id="dnn_ctr1139_ContentPane"><!-- Start_Module_1139 --><div id="dnn_ctr1139_ModuleContent" class="DNNModuleContent ModHueCITCounterC">
		<ul class="counter"><li>Truy cập tổng <span id="dnn_ctr1139_Counter_lblTotal">%s</span></li><li>Truy cập hiện tại <span id="dnn_ctr1139_Counter_lblOnline">%s</span></li></ul>
	</div><!-- End_Module_1139 --></div></div></div>
	<div class="tinnhiem"><a href="https://tinnhiemmang.vn/danh-ba-tin-nhiem/thuathienhuegovvn-1234" title="Chứng nhận Tín Nhiệm Mạng" target="_blank"><img src="https://tinnhiemmang.vn/handle_cert?id=thuathienhue.gov.vn" width="150" alt="Chứng nhận Tín Nhiệm Mạng" /></a></div>
	</div>
</aside>""" % (most, opts, "{:,}".format(rng.randint(17_000_000, 19_000_000)).replace(",", "."), "{:,}".format(rng.randint(1500, 7000)).replace(",", "."))


def footer(rng):
    return """<footer class="hue-footer">
	<div class="container">
		<div id="dnn_FooterPane" class="FooterPane">
		<div class="DnnModule DnnModule-DNN_HTML DnnModule-1150"><a name="1150"></a><div id="dnn_ctr1150_ContentPane"><!-- Start_Module_1150 --><div id="dnn_ctr1150_ModuleContent" class="DNNModuleContent ModDNNHTMLC">
		<div id="dnn_ctr1150_HtmlModule_lblContent" class="Normal">
		<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THỪA THIÊN HUẾ</strong></p>
		<p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Thừa Thiên Huế<br />
		Cơ quan thường trực: Sở Thông tin và Truyền thông - Số 06 Lê Lợi, thành phố Huế<br />
		Điện thoại: 0234.3822.xxx - Email: banbientap@thuathienhue.gov.vn<br />
		Giấy phép số 95/GP-TTĐT do Cục Quản lý Phát thanh, Truyền hình và Thông tin điện tử cấp.<br />
		Ghi rõ nguồn "Cổng Thông tin điện tử Thừa Thiên Huế" khi phát hành lại thông tin từ nguồn này.</p>
		</div>
		</div><!-- End_Module_1150 --></div></div>
		</div>
		<div class="footer-links"><a href="/">Trang chủ</a> | <a href="/vi-vn/S%%C6%%A1-%%C4%%91%%E1%%BB%%93-c%%E1%%BB%%95ng">Sơ đồ cổng</a> | <a href="/vi-vn/Li%%C3%%AAn-h%%E1%%BB%%87">Liên hệ</a></div>
	</div>
</footer>
</div>
        <input name="ScrollTop" type="hidden" id="ScrollTop" />
        <input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`%d`}" />
        <input name="__RequestVerificationToken" type="hidden" value="%s" />
<script type="text/javascript">
//<![CDATA[
$(function(){ $('.marquee').marquee({duration: 15000, pauseOnHover: true}); });
//]]>
</script>
</form>
    <!--CDF(Javascript|/js/dnncore.js?cdv=412|DnnBodyProvider|100)--><!--CDF(Javascript|/js/dnn.modalpopup.js?cdv=412|DnnBodyProvider|50)--><!--CDF(Javascript|/Portals/_default/skins/hue2019/js/bootstrap.min.js?cdv=412|DnnBodyProvider|100)-->
<script async src="https://www.googletagmanager.com/gtag/js?id=UA-11322334-1"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'UA-11322334-1');</script>
</body>
</html>
""" % (rng.choice([41, 56, 87]), "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_") for _ in range(92)))


def breadcrumb(trail):
    out = ['<li class="breadcrumb-item"><a href="/"><i class="fa fa-home"></i></a></li>']
    for label, href in trail:
        out.append('<li class="breadcrumb-item"><a href="%s">%s</a></li>' % (href, esc(label)) if href else
                   '<li class="breadcrumb-item active">%s</li>' % esc(label))
    return '<ol class="breadcrumb">%s</ol>' % "".join(out)


def page(title, url, rng, main_html, active, vs, desc, exclude=None):
    today = datetime.date(2021, 11, 22) + datetime.timedelta(days=rng.randint(0, 3))
    doc = head(title, desc, HOST + url)
    doc += form_open(rng, url.replace("&", "&amp;"), vs)
    doc += header("%s, %02d/%02d/%d" % (WEEKDAYS[today.weekday()], today.day, today.month, today.year), active)
    doc += """<section class="hue-main container"><div class="row">
<div class="col-md-8 col-content">
<div id="dnn_ContentPane" class="ContentPane">
%s
</div>
</div>
%s
</div></section>
""" % (main_html, sidebar(rng, exclude))
    doc += footer(rng)
    return doc


def news_module(mid, inner, title=None):
    t = '<div class="box-title"><h2><span id="dnn_ctr%d_dnnTITLE_titleLabel" class="Head">%s</span></h2></div>' % (mid, esc(title)) if title else ""
    return """<div class="DnnModule DnnModule-HueCITNews DnnModule-%d"><a name="%d"></a>
<div class="box-container box-news">%s<div id="dnn_ctr%d_ContentPane"><!-- Start_Module_%d --><div id="dnn_ctr%d_ModuleContent" class="DNNModuleContent ModHueCITNewsC">
%s
</div><!-- End_Module_%d --></div></div></div>""" % (mid, mid, t, mid, mid, mid, inner, mid)


# ------------------------------------------------------------------ pages
def article_page(i, a):
    rng = random.Random(400 + i)
    body_html, text, images = render_body(a["body"])
    lead_html = ""
    if a["lead"]:
        full = (a["prefix"] + " " if a["prefix"] else "") + a["lead"]
        lead_html = '<div class="news-sapo"><strong>%s</strong></div>' % esc(full)
    date_html = '<span class="news-date"><i class="fa fa-clock-o"></i> %s</span>' % a["date_show"]
    if a["updated"] and a["updated"][1]:
        date_html = '<span class="news-date"><i class="fa fa-clock-o"></i> %s</span> <span class="news-update">%s</span>' % (a["date_show"], a["updated"][1])
    others = [ARTICLES[k] for k in a["others"]]
    more = "".join('<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (art_url(o), esc(o["title"]), ddmmyyyy(o["date_iso"])) for o in others)
    inner = """<div class="news-detail">
	%s
	<h1 class="news-title">%s</h1>
	<div class="news-info">%s <span class="news-view"><i class="fa fa-eye"></i> Lượt xem: %d</span></div>
	%s
	<div class="news-content" id="dnn_ctr1125_ViewNews_NewsDetail_divContent">
%s
	</div>
	<div class="news-tools">
		<a href="javascript:window.print()"><i class="fa fa-print"></i> In trang</a>
		<a href="javascript:void(0)" onclick="window.open('https://www.facebook.com/sharer/sharer.php?u='+encodeURIComponent(location.href))"><i class="fa fa-facebook"></i> Chia sẻ</a>
		<a href="javascript:history.back()"><i class="fa fa-reply"></i> Trở về</a>
	</div>
	<div class="news-other">
		<h3 class="title-other">Các tin khác</h3>
		<ul>%s</ul>
	</div>
</div>""" % (breadcrumb([("Tin tức", LIST_URL), (a["cat"], cat_url(a["cat"]))]), esc(a["title"]), date_html, rng.randint(120, 4800),
             lead_html, body_html, more)
    url = art_url(a)
    doc = page(a["title"] + " - Cổng Thông tin điện tử Thừa Thiên Huế", url, rng, news_module(1125, inner), "Tin tức",
               15000 + 700 * i, a["lead"] or a["title"], exclude=a)
    exp = {
        "title": a["title"], "agency_prefix": a["prefix"], "lead": a["lead"], "text": "\n\n".join(text),
        "published_at": a["date_iso"], "updated_at": a["updated"][0] if a["updated"] else None,
        "date_label": a["date_label"], "authors": a["authors"], "unit": a["unit"], "images": images,
        "category": a["cat"],
    }
    return url, doc, exp


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
        emit("article-%02d-%s" % (i + 1, a["slug"][:32].rstrip("-").lower()), url, "article", doc, exp)

    order = sorted(ARTICLES, key=lambda a: a["date_iso"], reverse=True)

    def first_img(a):
        return next((b[1] for b in a["body"] if b[0] == "img"), "/Portals/0/Medias/no-image.jpg")

    # listing "Tin tức" with path pagination /page/N
    per = 5
    chunks = [order[k:k + per] for k in range(0, len(order), per)]
    for p, chunk in enumerate(chunks, 1):
        rng = random.Random(450 + p)
        url = LIST_URL + ("" if p == 1 else "/page/%d" % p)
        items = "".join("""<div class="news-item media">
		<a class="news-img" href="%s"><img src="%s" alt="" class="mr-3" width="200" /></a>
		<div class="media-body"><h3 class="news-item-title"><a href="%s">%s</a></h3>
		<span class="news-date">%s</span>
		<p class="news-item-sapo">%s</p></div>
	</div>""" % (art_url(a), first_img(a), art_url(a), esc(a["title"]), ddmmyyyy(a["date_iso"]), esc((a["lead"] or plain(a["body"][0][1]))[:220])) for a in chunk)
        pager = ['<li class="page-item%s"><a class="page-link" href="%s">%d</a></li>' % (" active" if q == p else "", LIST_URL + ("" if q == 1 else "/page/%d" % q), q)
                 for q in range(1, len(chunks) + 1)]
        if p < len(chunks):
            pager.append('<li class="page-item"><a class="page-link" href="%s/page/%d">»</a></li>' % (LIST_URL, p + 1))
        inner = '%s<div class="news-list">%s</div><nav><ul class="pagination">%s</ul></nav>' % (breadcrumb([("Tin tức", None)]), items, "".join(pager))
        emit("listing-tin-tuc-p%d" % p, url, "listing", page("Tin tức - Cổng Thông tin điện tử Thừa Thiên Huế", url, rng, news_module(1120, inner, "Tin tức"), "Tin tức", 6000, "Tin tức"))

    # home
    rng = random.Random(460)
    hot = order[0]
    home = news_module(1101, """<div class="hot-news row">
	<div class="col-md-7"><a href="%s"><img src="%s" alt="" class="img-fluid" /></a><h2><a href="%s">%s</a></h2><p>%s</p></div>
	<div class="col-md-5"><ul class="hot-list">%s</ul></div>
</div>""" % (art_url(hot), first_img(hot), art_url(hot), esc(hot["title"]), esc(hot["lead"] or ""),
             "".join('<li><a href="%s">%s</a></li>' % (art_url(a), esc(a["title"])) for a in order[1:6])), "Tin nổi bật")
    for mid, cat in [(1103, "Chỉ đạo - Điều hành"), (1104, "Văn hóa - Du lịch"), (1105, "Kinh tế - Đầu tư")]:
        xs = [a for a in order if a["cat"] == cat]
        home += "\n" + news_module(mid, '<ul class="cat-list">%s</ul><a class="more" href="%s">Xem thêm</a>' % (
            "".join('<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (art_url(a), esc(a["title"]), ddmmyyyy(a["date_iso"])) for a in xs), cat_url(cat)), cat)
    home += "\n" + news_module(1108, '<ul class="cat-list">%s</ul><a class="more" href="%s">Xem tất cả tin tức</a> | <a href="%s/page/2">Tin cũ hơn</a> | <a href="/vi-vn/T%%C3%%ACm-ki%%E1%%BA%%BFm?q=Hue-S">Hue-S</a> | <a href="%s">Thông tin tổng quan</a>' % (
        "".join('<li><a href="%s">%s</a></li>' % (art_url(a), esc(a["title"])) for a in order[6:]), LIST_URL, LIST_URL, MENU[0][1][0][1]), "Tin khác")
    home += '\n<div class="hidden-link"><a href="/vi-vn/' + cat_seg("Tin tức - Sự kiện") + '/tid/Hoi-nghi-xuc-tien-dau-tu-nam-2019/newsid/0B7D3C11-5E2A-4F0E-9C41-2D1A7E90B6AC/cid/' + gid("cat:Tin tức - Sự kiện") + '">Hội nghị xúc tiến đầu tư năm 2019</a></div>'
    emit("home", "/", "listing", page("Cổng Thông tin điện tử Thừa Thiên Huế", "/", rng, home, "Trang chủ", 11000, "Cổng Thông tin điện tử tỉnh Thừa Thiên Huế"))

    # static: article-shaped URL holding the introduction page
    rng = random.Random(461)
    st_url = MENU[0][1][0][1]
    st = news_module(1125, """<div class="news-detail">%s
	<h1 class="news-title">Tổng quan về Thừa Thiên Huế</h1>
	<div class="news-content">
<p style="text-align:justify">Thừa Thiên Huế là tỉnh thuộc vùng Bắc Trung Bộ, diện tích tự nhiên khoảng 4.947 km², có bờ biển dài 128 km và hệ đầm phá Tam Giang - Cầu Hai rộng lớn nhất Đông Nam Á.</p>
<p style="text-align:justify">Tỉnh có 9 đơn vị hành chính cấp huyện gồm thành phố Huế, thị xã Hương Thủy, thị xã Hương Trà và các huyện Phong Điền, Quảng Điền, Phú Vang, Phú Lộc, A Lưới, Nam Đông.</p>
<p style="text-align:justify">Quần thể Di tích Cố đô Huế, Nhã nhạc cung đình Huế, Mộc bản triều Nguyễn, Châu bản triều Nguyễn và Thơ văn trên kiến trúc cung đình Huế là những di sản được UNESCO ghi danh.</p>
	</div>
</div>""" % breadcrumb([("Giới thiệu", None)]))
    emit("static-tong-quan", st_url, "static", page("Tổng quan về Thừa Thiên Huế - Cổng Thông tin điện tử Thừa Thiên Huế", st_url, rng, st, "Giới thiệu", 4000, "Tổng quan"))

    # sitemap
    rng = random.Random(462)
    sm_url = "/vi-vn/S%C6%A1-%C4%91%E1%BB%93-c%E1%BB%95ng"
    tree = "".join('<li><strong>%s</strong><ul>%s</ul></li>' % (label, "".join('<li><a href="%s">%s</a></li>' % (h, esc(s)) for s, h in subs)) for label, subs in MENU)
    sm = news_module(1160, '%s<ul class="sitemap"><li><a href="/">Trang chủ</a></li><li><a href="%s">Tin tức</a></li>%s</ul>' % (breadcrumb([("Sơ đồ cổng", None)]), LIST_URL, tree), "Sơ đồ cổng")
    emit("sitemap", sm_url, "sitemap", page("Sơ đồ cổng - Cổng Thông tin điện tử Thừa Thiên Huế", sm_url, rng, sm, "", 3000, "Sơ đồ cổng"))

    # search
    rng = random.Random(463)
    se_url = "/vi-vn/T%C3%ACm-ki%E1%BA%BFm?q=Hue-S"
    hits = [a for a in ARTICLES if "Hue-S" in a["title"] + " ".join(str(b[1]) for b in a["body"])]
    res = "".join('<div class="search-item"><h4><a href="%s">%s</a></h4><span class="date">%s</span><p>%s</p></div>' % (art_url(a), esc(a["title"]), ddmmyyyy(a["date_iso"]), esc((a["lead"] or plain(a["body"][0][1]))[:180])) for a in hits)
    se = news_module(1165, '%s<div class="search-form"><input type="text" class="form-control" value="Hue-S" /> <button type="button" class="btn btn-primary">Tìm kiếm</button></div><p class="search-count">Tìm thấy %d kết quả cho từ khóa "Hue-S"</p>%s' % (breadcrumb([("Tìm kiếm", None)]), len(hits), res), "Kết quả tìm kiếm")
    emit("search-hue-s", se_url, "search", page("Tìm kiếm - Cổng Thông tin điện tử Thừa Thiên Huế", se_url, rng, se, "", 3000, "Tìm kiếm"))

    # soft 404: article-shaped URL of a removed item, 200 with chrome
    rng = random.Random(464)
    nf_url = "/vi-vn/" + cat_seg("Tin tức - Sự kiện") + "/tid/Hoi-nghi-xuc-tien-dau-tu-nam-2019/newsid/0B7D3C11-5E2A-4F0E-9C41-2D1A7E90B6AC/cid/" + gid("cat:Tin tức - Sự kiện")
    nf = news_module(1125, '<div class="news-detail"><div class="alert alert-warning">Tin bài không tồn tại hoặc đã bị gỡ bỏ.</div><p><a href="/">Quay về trang chủ</a></p></div>')
    emit("soft404-tin-da-go", nf_url, "soft_404", page("Cổng Thông tin điện tử Thừa Thiên Huế", nf_url, rng, nf, "Tin tức", 3000, "Cổng Thông tin điện tử Thừa Thiên Huế"))

    (HERE / "site.json").write_text(json.dumps(SITE, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print("wrote", len(written), "pages")


if __name__ == "__main__":
    main()
