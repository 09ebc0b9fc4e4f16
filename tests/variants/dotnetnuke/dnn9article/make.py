# -*- coding: utf-8 -*-
"""Generate the DNN 9 (Evoq-era skin) + news-app mini-site (pages + truth).

    /work/main/.venv/bin/python tests/variants/dotnetnuke/dnn9article/make.py

Standard library only. Article data lives in articles.py next to this file.
"""

import base64
import json
import os
import random
import re
import sys
import unicodedata
from datetime import datetime
from html import escape
from urllib.parse import quote, quote_plus

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from articles import ARTICLES, CATS  # noqa: E402

HOST = "https://skhcn.tayninh.gov.vn"
TODAY = datetime(2023, 7, 12, 8, 30)
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
CDV = 287
NEWS_MID = 1876
rnd = random.Random(9)
BY_ID = {a["id"]: a for a in ARTICLES}


def nfc(s):
    return unicodedata.normalize("NFC", s)


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00" if dt else None


def b64(n):
    return base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(n))).decode()


def art_url(a):
    return f"/tin-tuc/id/{a['id']}/{a['slug']}"


def list_url(page=1, cat=None):
    u = "/tin-tuc" + (f"/category/{cat}" if cat else "")
    return u if page == 1 else f"{u}/page/{page}"


def adam_key(a):
    r = random.Random(a["id"])
    return "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(22))


def adam(a, fname, field="Image"):
    return f"/Portals/0/adam/News/{adam_key(a)}/{field}/{fname}"


def dmy(dt):
    return dt.strftime("%d/%m/%Y")


def shown_date(a):
    return dmy(a["when"]) if a["dateonly"] else a["when"].strftime("%d/%m/%Y %H:%M")


FILLER = [
    ("Công bố Bộ chỉ số đổi mới sáng tạo cấp địa phương năm 2022", datetime(2023, 7, 7, 9, 0), 1588),
    ("Hội thảo ứng dụng công nghệ sinh học trong sản xuất nông nghiệp", datetime(2023, 6, 29, 14, 10), 1580),
    ("Kiểm định phương tiện đo tại các chợ đầu mối", datetime(2023, 6, 20, 8, 45), 1574),
    ("Giải thưởng Chất lượng quốc gia: hướng dẫn hồ sơ tham dự", datetime(2023, 6, 12, 15, 20), 1571),
    ("Nghiệm thu mô hình nuôi cá lăng nha trong lồng bè", datetime(2023, 5, 31, 10, 0), 1566),
    ("Tuyên truyền Ngày Khoa học và Công nghệ Việt Nam 18/5", datetime(2023, 5, 16, 7, 30), 1559),
    ("Đoàn công tác Bộ Khoa học và Công nghệ làm việc tại tỉnh", datetime(2023, 5, 8, 13, 45), 1557),
    ("Hướng dẫn thủ tục đăng ký hoạt động thử nghiệm", datetime(2023, 4, 26, 16, 0), 1555),
    ("Phổ biến Luật Sở hữu trí tuệ sửa đổi cho doanh nghiệp", datetime(2023, 4, 12, 9, 30), 1550),
    ("Họp Hội đồng xác định nhiệm vụ khoa học và công nghệ năm 2024", datetime(2023, 3, 28, 8, 15), 1547),
    ("Tập huấn ứng dụng công cụ cải tiến năng suất Kaizen, 5S", datetime(2023, 3, 3, 14, 0), 1536),
    ("Trao giấy chứng nhận đăng ký nhãn hiệu cho sản phẩm OCOP", datetime(2023, 2, 17, 10, 20), 1520),
]


def filler_url(f):
    return f"/tin-tuc/id/{f[2]}/tin-{f[2]}"


# ---------------------------------------------------------------- body

def render_body(a):
    out, text, images = [], [], []
    for blk in a["body"]:
        k = blk[0]
        if k == "p":
            out.append(f"<p>{escape(blk[1])}</p>")
            text.append(blk[1])
        elif k == "h":
            out.append(f"<h4>{escape(blk[1])}</h4>")
            text.append(blk[1])
        elif k == "br":
            out.append("<p>" + "<br>\n".join(escape(x) for x in blk[1]) + "</p>")
            text.extend(blk[1])
        elif k == "ul":
            out.append("<ul>\n" + "\n".join(f"<li>{escape(x)}</li>" for x in blk[1]) + "\n</ul>")
            text.extend(blk[1])
        elif k == "table":
            rows = []
            for r, row in enumerate(blk[1]):
                if r == 0:
                    rows.append("<thead><tr>" + "".join(f"<th>{escape(c)}</th>" for c in row) + "</tr></thead><tbody>")
                else:
                    rows.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>")
                text.append(" | ".join(row))
            out.append('<table class="table table-bordered table-striped">' + "\n".join(rows) + "</tbody></table>")
        elif k in ("fig", "em"):
            _, fname, cap, credit = blk
            src = adam(a, fname, "Content")
            images.append({"src": HOST + src, "caption": cap, "credit": credit})
            if k == "fig":
                capt = escape(cap) + (f' <span class="credit">{escape(credit)}</span>' if credit else "")
                out.append(f'<figure class="image wysiwyg-center"><img src="{src}?w=900" alt="{escape(cap)}" class="wysiwyg-width100pc" data-cmsid="file:{rnd.randint(2000, 9999)}">'
                           f"<figcaption>{capt}</figcaption></figure>")
            else:
                out.append(f'<p style="text-align: center;"><img src="{src}?w=900" alt="" data-cmsid="file:{rnd.randint(2000, 9999)}"></p>')
                shown = cap + (f" (Ảnh: {credit.split(': ', 1)[1]})" if credit else "")
                out.append(f'<p style="text-align: center;"><em>{escape(shown)}</em></p>')
        elif k == "related":
            lis = "".join(f'<li><a href="{art_url(BY_ID[i])}">{escape(BY_ID[i]["title"])}</a></li>' for i in blk[1])
            out.append(f'<div class="box-related"><p><strong>Tin liên quan</strong></p><ul>{lis}</ul></div>')
        elif k == "sig":
            out.append(f'<p style="text-align: right;"><strong>{escape(blk[1])}</strong></p>')
        else:
            raise ValueError(k)
    return "\n".join(out), text, images


# ---------------------------------------------------------------- chrome

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu", [("Chức năng nhiệm vụ", "/gioi-thieu/chuc-nang-nhiem-vu"), ("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc"),
                                   ("Lãnh đạo Sở", "/gioi-thieu/lanh-dao-so")]),
    ("Tin tức", "/tin-tuc", [(CATS[c], list_url(1, c)) for c in CATS]),
    ("Văn bản", "/van-ban", [("Văn bản quy phạm pháp luật", "/van-ban/qppl"), ("Văn bản chỉ đạo điều hành", "/van-ban/chi-dao-dieu-hanh")]),
    ("Thủ tục hành chính", "/thu-tuc-hanh-chinh", []),
    ("Nhiệm vụ KH&CN", "/nhiem-vu-khcn", [("Đề tài, dự án đang thực hiện", "/nhiem-vu-khcn/dang-thuc-hien"), ("Kết quả nghiệm thu", "/nhiem-vu-khcn/ket-qua")]),
    ("Hỏi đáp", "/hoi-dap", []),
    ("Liên hệ", "/lien-he", []),
]


def module(mid, kind, title, inner, content_cls=None, container="container-title"):
    ccls = content_cls or f"Mod{kind.replace('-', '').replace('_', '')}C"
    head = f'<div class="{container}-head"><h2><span id="dnn_ctr{mid}_dnnTITLE_titleLabel" class="TitleHead">{escape(title)}</span></h2></div>' if title else ""
    return (f'<div class="DnnModule DnnModule-{kind} DnnModule-{mid}"><a name="{mid}"></a>\n'
            f'<div class="{container}">{head}<div id="dnn_ctr{mid}_ContentPane" class="{container}-body"><!-- Start_Module_{mid} -->'
            f'<div id="dnn_ctr{mid}_ModuleContent" class="DNNModuleContent {ccls}">\n{inner}\n</div><!-- End_Module_{mid} --></div>\n'
            f'<div class="clearfix"></div></div>\n</div>')


def html_module(mid, title, inner):
    return module(mid, "DNN_HTML", title, f'<div id="dnn_ctr{mid}_HtmlModule_lblContent" class="Normal">\n{inner}\n</div>', "ModDNNHTMLC")


def menu_html(active):
    lis = []
    for n, h, kids in MENU:
        if kids:
            sub = '<ul class="dropdown-menu subLevel">' + "".join(f'<li class=""><a href="{HOST}{kh}">{escape(kn)}</a></li>' for kn, kh in kids) + "</ul>"
            lis.append(f'<li class="dropdown {"active" if n == active else ""}"><a href="{HOST}{h}" class="dropdown-toggle" data-toggle="dropdown">{escape(n)}<b class="caret"></b></a>{sub}</li>')
        else:
            lis.append(f'<li class="{"active" if n == active else ""}"><a href="{HOST}{h}">{escape(n)}</a></li>')
    return '<div id="dnnMenu" class="navbar-collapse collapse"><ul class="nav navbar-nav topLevel">' + "".join(lis) + "</ul></div>"


def sidebar(seed):
    r = random.Random(seed)
    picks = r.sample(FILLER, 5)
    lis = "".join(f'<li><a href="{filler_url(f)}">{escape(f[0])}</a><span class="small-date">{dmy(f[1])}</span></li>' for f in picks)
    links = [("Cổng TTĐT Chính phủ", "https://chinhphu.vn"), ("Bộ Khoa học và Công nghệ", "https://most.gov.vn"),
             ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"), ("UBND tỉnh Tây Ninh", "https://tayninh.gov.vn"),
             ("Sở Thông tin và Truyền thông", "https://sotttt.tayninh.gov.vn"), ("Sở Nông nghiệp và PTNT", "https://snnptnt.tayninh.gov.vn"),
             ("Sở Công Thương", "https://sct.tayninh.gov.vn"), ("Sở Y tế", "https://syt.tayninh.gov.vn"),
             ("Cục Sở hữu trí tuệ", "https://ipvietnam.gov.vn"), ("Tổng cục Tiêu chuẩn Đo lường Chất lượng", "https://tcvn.gov.vn"),
             ("Cục An toàn bức xạ và hạt nhân", "https://varans.vn")]
    opts = "".join(f'<option value="{u}">{escape(n)}</option>' for n, u in links)
    total = 2318402 + r.randint(0, 9000)
    return "\n".join([
        module(1890, "2sxc-app", "Tin mới", f'<div class="sc-content-block" data-cb-instance="1890" data-cb-id="1890"><div class="app-news5 app-news5-list-small"><ul>{lis}</ul></div></div>', "Mod2sxcappC"),
        html_module(1891, "", '<p><a href="https://dichvucong.tayninh.gov.vn" target="_blank"><img alt="Dịch vụ công trực tuyến" src="/Portals/0/Images/banner/dvc.png"></a></p>'
                    '<p><a href="/hoi-dap"><img alt="Hỏi đáp" src="/Portals/0/Images/banner/hoidap.png"></a></p>'
                    '<p><a href="https://hethongkhcn.tayninh.gov.vn" target="_blank"><img alt="Cơ sở dữ liệu KH&amp;CN" src="/Portals/0/Images/banner/csdl-khcn.png"></a></p>'),
        html_module(1895, "Văn bản mới", '<ul class="list-vanban">' + "".join(
            f'<li><a href="/van-ban/chi-tiet/id/{n}">{escape(t)}</a><span class="small-date">{d}</span></li>' for n, t, d in [
                (812, "Quyết định phê duyệt danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2024", "05/07/2023"),
                (809, "Kế hoạch triển khai Chương trình quốc gia về năng suất, chất lượng giai đoạn 2023 - 2025", "22/06/2023"),
                (803, "Quy chế quản lý nhiệm vụ khoa học và công nghệ sử dụng ngân sách nhà nước", "30/05/2023"),
                (798, "Kế hoạch kiểm tra nhà nước về đo lường, chất lượng năm 2023", "10/04/2023"),
                (791, "Hướng dẫn xây dựng kế hoạch khoa học và công nghệ năm 2024", "15/03/2023")]) + '</ul><a class="app-readmore" href="/van-ban">Xem tất cả</a>'),
        module(1896, "2sxc-app", "Thư viện ảnh", '<div class="sc-content-block" data-cb-instance="1896" data-cb-id="1896"><div class="app-gallery">' + "".join(
            f'<div class="app-gallery-item"><a href="/thu-vien-anh/album/{k}"><img src="/Portals/0/adam/Gallery/album{k}/Image/cover.jpg?w=330&amp;h=220&amp;mode=crop" alt="{escape(t)}"></a><p>{escape(t)}</p></div>'
            for k, t in [(31, "Ngày hội khởi nghiệp 2023"), (30, "Hội nghị tổng kết năm 2022"), (29, "Kiểm tra đo lường xăng dầu")]) + '</div></div>', "Mod2sxcappC"),
        html_module(1892, "Liên kết website", f'<select class="form-control" onchange="if(this.value)window.open(this.value,\'_blank\')"><option value="">-- Liên kết website --</option>{opts}</select>'),
        module(1893, "Survey", "Thăm dò ý kiến",
               '<div class="dnnForm dnnSurvey"><p class="question">Bạn đánh giá thế nào về giao diện trang thông tin?</p>'
               + "".join(f'<div class="dnnFormItem"><input id="dnn_ctr1893_View_rb{k}" type="radio" name="dnn$ctr1893$View$q1" value="{k}"><label for="dnn_ctr1893_View_rb{k}">{escape(c)}</label></div>'
                         for k, c in enumerate(["Đẹp, dễ sử dụng", "Bình thường", "Khó sử dụng"]))
               + '<a id="dnn_ctr1893_View_cmdSubmit" class="dnnPrimaryAction" href="javascript:__doPostBack(&#39;dnn$ctr1893$View$cmdSubmit&#39;,&#39;&#39;)">Gửi</a></div>', "ModDNNSurveyC"),
        html_module(1894, "Thống kê truy cập", f'<div class="visitor"><p>Đang trực tuyến: <b>{r.randint(20, 140)}</b></p><p>Hôm nay: <b>{r.randint(300, 900)}</b></p><p>Tổng lượt truy cập: <b>{total:,}</b></p></div>'.replace(",", ".")),
    ])


def page(url, title, active, main, seed, tabid, breadcrumb):
    today = f"{WEEKDAYS[TODAY.weekday()]}, {dmy(TODAY)}"
    bc = "".join(
        f'<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="{HOST}{h}" class="breadcrumbLink" itemprop="item"><span itemprop="name">{escape(n)}</span></a><meta itemprop="position" content="{k + 1}" /></span>'
        + ('<span class="separator"> / </span>' if k < len(breadcrumb) - 1 else "")
        for k, (n, h) in enumerate(breadcrumb))
    dnnvar = "`{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`" + str(tabid) + "`}"
    return f"""<!DOCTYPE html>
<html  lang="vi-VN">
<head id="Head">
<!--*********************************************-->
<!-- DNN Platform - http://www.dnnsoftware.com   -->
<!-- Copyright (c) 2002-2020, by DNN Corporation -->
<!--*********************************************-->
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type" /><title>
	{escape(title)}
</title><meta id="MetaDescription" name="DESCRIPTION" content="Trang thông tin điện tử Sở Khoa học và Công nghệ tỉnh Tây Ninh" /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" /><link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv={CDV}" type="text/css" rel="stylesheet"/><link href="/Portals/_default/skins/skhcn-tn/bootstrap/css/bootstrap.min.css?cdv={CDV}" type="text/css" rel="stylesheet"/><link href="/Portals/_default/skins/skhcn-tn/skin.css?cdv={CDV}" type="text/css" rel="stylesheet"/><link href="/Portals/_default/containers/skhcn-tn/container.css?cdv={CDV}" type="text/css" rel="stylesheet"/><link href="/Portals/0/portal.css?cdv={CDV}" type="text/css" rel="stylesheet"/><link href="/Portals/0/2sxc/News/bs3/styles/news.min.css?cdv={CDV}" type="text/css" rel="stylesheet"/><script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv={CDV}" type="text/javascript"></script><script src="/Resources/libraries/jQuery-Migrate/03_02_00/jquery-migrate.js?cdv={CDV}" type="text/javascript"></script><script src="/Resources/libraries/jQuery-UI/01_12_01/jquery-ui.js?cdv={CDV}" type="text/javascript"></script><link rel='SHORTCUT ICON' href='/Portals/0/favicon.ico?ver=2021-03-02-101044-000' type='image/x-icon' /><meta name="viewport" content="width=device-width, initial-scale=1.0" /><meta property="og:title" content="{escape(title)}" /><meta property="og:url" content="{HOST}{escape(url)}" /></head>
<body id="Body">

    <form method="post" action="{escape(url)}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{b64(5200)}" />
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


<script src="/WebResource.axd?d={b64(64).replace('+', '-').replace('/', '_').rstrip('=')}&amp;t=637814689746327080" type="text/javascript"></script>


<script src="/ScriptResource.axd?d={b64(96).replace('+', '-').replace('/', '_').rstrip('=')}&amp;t=ffffffff93d1c106" type="text/javascript"></script>
<script src="/ScriptResource.axd?d={b64(96).replace('+', '-').replace('/', '_').rstrip('=')}&amp;t=ffffffff93d1c106" type="text/javascript"></script>
<div class="aspNetHidden">

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
	<input type="hidden" name="__VIEWSTATEENCRYPTED" id="__VIEWSTATEENCRYPTED" value="" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{b64(120)}" />
</div><script src="/js/dnn.modalpopup.js?cdv={CDV}" type="text/javascript"></script><script src="/Portals/_default/skins/skhcn-tn/bootstrap/js/bootstrap.min.js?cdv={CDV}" type="text/javascript"></script><script src="/Portals/_default/skins/skhcn-tn/js/scripts.js?cdv={CDV}" type="text/javascript"></script><script src="/js/dnncore.js?cdv={CDV}" type="text/javascript"></script><script src="/Resources/Search/SearchSkinObjectPreview.js?cdv={CDV}" type="text/javascript"></script><script src="/js/dnn.servicesframework.js?cdv={CDV}" type="text/javascript"></script><script src="/DesktopModules/ToSIC_SexyContent/js/2sxc.api.min.js?cdv={CDV}" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ScriptManager', 'Form', [], [], [], 90, '');
//]]>
</script>

        
        
<!--CDF(Css|/Portals/_default/skins/skhcn-tn/skin.css?cdv={CDV}|DnnPageHeaderProvider|15)-->
<!--CDF(Javascript|/Portals/_default/skins/skhcn-tn/js/scripts.js?cdv={CDV}|DnnBodyProvider|100)-->
<div id="siteWrapper">
	<div class="top-bar">
		<div class="container">
			<span class="current-date"><span id="dnn_dnnCURRENTDATE_lblDate" class="DateToken">{today}</span></span>
			<div class="top-right">
				<span id="dnn_dnnSearch_ClassicSearch">
					<span class="searchInputContainer" data-moreresults="Xem thêm kết quả" data-noresult="Không tìm thấy kết quả">
						<input name="dnn$dnnSearch$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSearch_txtSearch" class="NormalTextBox" aria-label="Search" autocomplete="off" placeholder="Tìm kiếm..." />
						<a class="dnnSearchBoxClearText" title="Clear search text"></a>
					</span>
					<a id="dnn_dnnSearch_cmdSearch" class="SearchButton" href="javascript:__doPostBack(&#39;dnn$dnnSearch$cmdSearch&#39;,&#39;&#39;)">Tìm kiếm</a>
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
							}});
							searchSkinObject.init();
						}}
					}});
				</script>
				<a id="dnn_dnnLOGIN_loginLink" title="Đăng nhập" class="LoginLink" rel="nofollow" onclick="this.disabled=true;" href="{HOST}/dang-nhap?returnurl={quote(url, safe='').replace('%2F', '%2f')}">Đăng nhập</a>
			</div>
		</div>
	</div>
	<header class="site-header">
		<div class="container">
			<a id="dnn_dnnLOGO_hypLogo" title="Sở Khoa học và Công nghệ tỉnh Tây Ninh" aria-label="Sở Khoa học và Công nghệ tỉnh Tây Ninh" href="{HOST}/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/Images/logo-skhcn.png?ver=2021-03-02-101043-880" alt="Sở Khoa học và Công nghệ tỉnh Tây Ninh" /></a>
			<div class="site-name"><span>UBND TỈNH TÂY NINH</span><strong>SỞ KHOA HỌC VÀ CÔNG NGHỆ</strong></div>
		</div>
		<nav class="navbar navbar-default" role="navigation">
			<div class="container">
				<div class="navbar-header"><button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target=".navbar-collapse"><span class="sr-only">Toggle navigation</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button></div>
				{menu_html(active)}
			</div>
		</nav>
	</header>
	<div id="dnn_BannerPane" class="bannerPane DNNEmptyPane"></div>
	<div class="container main-container">
		<div class="breadcrumb-wrap"><span id="dnn_dnnBreadcrumb_lblBreadCrumb" itemprop="breadcrumb" itemscope itemtype="https://schema.org/breadcrumb"><span itemscope itemtype="http://schema.org/BreadcrumbList">{bc}</span></span></div>
		<div class="row">
			<div id="dnn_ContentPane" class="col-md-8 contentPane">{main}</div>
			<div id="dnn_RightPane" class="col-md-4 rightPane">{sidebar(seed)}</div>
		</div>
		<div class="row"><div id="dnn_BottomPane" class="col-md-12 bottomPane DNNEmptyPane"></div></div>
	</div>
	<footer class="site-footer">
		<div class="container">
			<div id="dnn_FooterPane" class="footerPane">{html_module(1899, "", '<p><strong>TRANG THÔNG TIN ĐIỆN TỬ SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TÂY NINH</strong></p><p>Chịu trách nhiệm chính: Giám đốc Sở Khoa học và Công nghệ</p><p>Địa chỉ: 211 Trần Hưng Đạo, Phường 2, TP. Tây Ninh, tỉnh Tây Ninh. Điện thoại: (0276) 3822 547 - Email: skhcn@tayninh.gov.vn</p><p>Ghi rõ nguồn “Sở Khoa học và Công nghệ tỉnh Tây Ninh” khi phát hành lại thông tin từ trang này.</p>')}</div>
			<div class="copyright"><span id="dnn_dnnCopyright_lblCopyright" class="SkinObject">Copyright 2023 by Sở Khoa học và Công nghệ Tây Ninh</span> | <a id="dnn_dnnTerms_hypTerms" class="SkinObject" rel="nofollow" href="{HOST}/Terms">Điều khoản sử dụng</a> | <a id="dnn_dnnPrivacy_hypPrivacy" class="SkinObject" rel="nofollow" href="{HOST}/Privacy">Chính sách riêng tư</a></div>
		</div>
	</footer>
</div>

        <input name="ScrollTop" type="hidden" id="ScrollTop" />
        <input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="{escape(dnnvar)}" />
        <input name="__RequestVerificationToken" type="hidden" value="{b64(70).replace('+', '-').replace('/', '_')}" />
    </form>
    <!--CDF(Javascript|/js/dnncore.js?cdv={CDV}|DnnBodyProvider|100)--><!--CDF(Javascript|/js/dnn.modalpopup.js?cdv={CDV}|DnnBodyProvider|50)--><!--CDF(Css|/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv={CDV}|DnnPageHeaderProvider|5)--><!--CDF(Javascript|/Resources/libraries/jQuery/03_05_01/jquery.js?cdv={CDV}|DnnPageHeaderProvider|5)-->
    
</body>
</html>
"""


# ---------------------------------------------------------------- pages

def article_page(a, idx):
    url = art_url(a)
    body, text, images = render_body(a)
    cname = CATS[a["cat"]]
    hero = ""
    all_images = list(images)
    if a.get("hero"):
        src = adam(a, a["hero"])
        hero = (f'<div class="app-news5-detail-img"><span class="overlay"></span><picture><source type="image/webp" srcset="{src}?w=1230&amp;h=692&amp;quality=75&amp;mode=crop&amp;scale=both&amp;format=webp 1x">'
                f'<img src="{src}?w=1230&amp;h=692&amp;quality=75&amp;mode=crop&amp;scale=both" alt="{escape(a["title"])}" class="img-fluid"></picture></div>')
        all_images.insert(0, {"src": HOST + src, "caption": None, "credit": None})
    teaser = ""
    if a["teaser"]:
        shown = f"{a['prefix']} {a['teaser']}" if a["prefix"] else a["teaser"]
        teaser = f'<p class="app-news5-detail-teaser">{escape(shown)}</p>'
    upd = f' <span class="app-news5-updated">Cập nhật: {a["updated"].strftime("%d/%m/%Y %H:%M")}</span>' if a.get("updated") else ""
    byline = ""
    if a.get("author"):
        byline += f'<div class="app-news5-author">Tác giả: <strong>{escape(a["author"])}</strong></div>'
    if a.get("source"):
        byline += f'<div class="app-news5-source">Nguồn: {escape(a["source"])}</div>'
    attach = ""
    if a.get("attach"):
        lis = "".join(f'<li><a href="{adam(a, f, "Files")}" target="_blank" download><i class="fa fa-download"></i> {escape(l)}</a></li>' for l, f in a["attach"])
        attach = f'<div class="app-news5-files"><h4>Tải về</h4><ul class="list-unstyled">{lis}</ul></div>'
    others = sorted([b for b in ARTICLES if b is not a and b["cat"] == a["cat"]] + [b for b in ARTICLES if b is not a and b["cat"] != a["cat"]][:3],
                    key=lambda b: b["when"], reverse=True)
    other = "".join(f'<li><a href="{art_url(b)}">{escape(b["title"])}</a> <span class="app-date">({dmy(b["when"])})</span></li>' for b in others)
    other += "".join(f'<li><a href="{filler_url(f)}">{escape(f[0])}</a> <span class="app-date">({dmy(f[1])})</span></li>' for f in FILLER[idx:idx + 3])
    inner = f"""<div class="sc-content-block" data-cb-instance="{NEWS_MID}" data-cb-id="{NEWS_MID}">
<div class="app-news5 app-news5-detail">
  <div class="app-news5-content">
    <h1 class="app-news5-title">{escape(a['title'])}</h1>
    <span class="app-news5-date app-news5-date-border"><i class="fa fa-calendar"></i> Ngày đăng: {shown_date(a)}</span>{upd}
    <span class="app-news5-categories"><a href="{list_url(1, a['cat'])}">{escape(cname)}</a></span>
  </div>
  <div class="app-news5-content">
    {hero}
    {teaser}
    <div class="app-news5-detail-body">
{body}
    </div>
    {byline}
    {attach}
  </div>
  <div class="app-news5-share"><a href="https://www.facebook.com/sharer/sharer.php?u={quote(HOST + url, safe='')}" target="_blank" rel="noopener"><i class="fa fa-facebook"></i> Chia sẻ</a> <a href="javascript:window.print()"><i class="fa fa-print"></i> In trang</a></div>
</div>
<a class="app-news5-back btn btn-default" href="{list_url()}">Quay lại danh sách</a>
<div class="app-news5-other"><h3>Các tin khác</h3><ul>{other}</ul></div>
</div>"""
    main = module(NEWS_MID, "2sxc-app", "", inner, "Mod2sxcappC", container="container-blank")
    html = page(url, f"{dmy(a['when'])} - {a['title']}", "Tin tức", main, idx, 61, [("Trang chủ", "/"), ("Tin tức", "/tin-tuc")])
    exp = {
        "title": a["title"], "agency_prefix": a["prefix"], "lead": a["teaser"],
        "text": "\n\n".join(collapse(t) for t in text),
        "published_at": iso(a["when"]), "updated_at": iso(a.get("updated")),
        "date_label": "Ngày đăng", "authors": a["authors"], "unit": a["unit"],
        "images": all_images, "category": cname,
    }
    return url, html, exp


def list_item(a):
    img = adam(a, a["hero"]) + "?w=360&amp;h=240&amp;mode=crop" if a.get("hero") else "/Portals/0/2sxc/News/assets/placeholder.png"
    return (f'<div class="app-news5-list-item row"><div class="col-sm-4"><a href="{art_url(a)}"><img src="{img}" alt="{escape(a["title"])}" class="img-responsive"></a></div>'
            f'<div class="col-sm-8"><div class="app-text"><h3 class="app-list"><a href="{art_url(a)}">{escape(a["title"])}</a></h3>'
            f'<span class="app-date app-date-border">{dmy(a["when"])}</span><span class="app-categories"><a href="{list_url(1, a["cat"])}">{escape(CATS[a["cat"]])}</a></span>'
            f'<p>{escape((a["teaser"] or a["body"][0][1])[:200])}…</p></div><a class="app-readmore" href="{art_url(a)}">Xem thêm</a></div></div>')


def listing_pages():
    out = []
    latest = sorted(ARTICLES, key=lambda a: a["when"], reverse=True)
    # home
    top = latest[0]
    slider = ('<div class="sc-content-block" data-cb-instance="1870" data-cb-id="1870"><div class="app-news5 app-news5-highlight">'
              + list_item(top) + '<ul class="app-news5-highlight-list">'
              + "".join(f'<li><a href="{art_url(a)}">{escape(a["title"])}</a> <span class="app-date">{dmy(a["when"])}</span></li>' for a in latest[1:6])
              + f'</ul><a class="app-readmore" href="{list_url()}">Tất cả tin tức</a></div></div>')
    blocks = [module(1870, "2sxc-app", "Tin nổi bật", slider, "Mod2sxcappC")]
    for k, c in enumerate(("thong-bao", "khoa-hoc-cong-nghe", "so-huu-tri-tue", "tieu-chuan-do-luong")):
        items = [a for a in latest if a["cat"] == c]
        lis = "".join(f'<li><a href="{art_url(a)}">{escape(a["title"])}</a> <span class="app-date">({dmy(a["when"])})</span></li>' for a in items)
        blocks.append(module(1871 + k, "2sxc-app", CATS[c],
                             f'<div class="sc-content-block" data-cb-instance="{1871 + k}" data-cb-id="{1871 + k}"><div class="app-news5 app-news5-list-small"><ul>{lis}</ul><a class="app-readmore" href="{list_url(1, c)}">Xem thêm</a></div></div>', "Mod2sxcappC"))
    blocks.append(html_module(1879, "", '<p class="quick-links"><a href="/gioi-thieu/chuc-nang-nhiem-vu">Chức năng nhiệm vụ</a> | <a href="/lien-he">Liên hệ</a> | '
                                        f'<a href="/Search-Results?Search={quote_plus("truy xuất nguồn gốc")}">Tra cứu: truy xuất nguồn gốc</a></p>'))
    out.append(("home", "/", page("/", "Trang chủ", "Trang chủ", "\n".join(blocks), 100, 55, [("Trang chủ", "/")]), "listing"))
    per = 5
    for n, chunk in enumerate([latest[:per], latest[per:]], start=1):
        url = list_url(n)
        items = "".join(list_item(a) for a in chunk)
        if n == 2:
            items += "".join(
                f'<div class="app-news5-list-item row"><div class="col-sm-8"><div class="app-text"><h3 class="app-list"><a href="{filler_url(f)}">{escape(f[0])}</a></h3>'
                f'<span class="app-date">{dmy(f[1])}</span></div></div></div>' for f in FILLER[-2:])
        pages_ = "".join(
            f'<li class="page-item{" active" if k == n else ""}"><a class="page-link" href="{list_url(k)}">{k}</a></li>' for k in (1, 2, 3, 4))
        nxt = f'<li class="page-item"><a class="page-link" href="{list_url(n + 1)}" aria-label="Next">&raquo;</a></li>'
        prv = f'<li class="page-item"><a class="page-link" href="{list_url(n - 1)}" aria-label="Previous">&laquo;</a></li>' if n > 1 else ""
        inner = (f'<div class="sc-content-block" data-cb-instance="{NEWS_MID}" data-cb-id="{NEWS_MID}"><div class="app-news5 app-news5-list">{items}'
                 f'<nav class="app-news5-paging"><ul class="pagination">{prv}{pages_}{nxt}</ul></nav></div></div>')
        out.append((f"tin-tuc-p{n}", url, page(url, "Tin tức", "Tin tức", module(NEWS_MID, "2sxc-app", "Tin tức", inner, "Mod2sxcappC"), 200 + n, 61,
                                               [("Trang chủ", "/"), ("Tin tức", "/tin-tuc")]), "listing"))
    return out


def other_pages():
    out = []
    cn = """<h3>Vị trí và chức năng</h3>
<p>Sở Khoa học và Công nghệ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về khoa học và công nghệ, bao gồm: hoạt động khoa học và công nghệ; phát triển tiềm lực khoa học và công nghệ; tiêu chuẩn, đo lường, chất lượng; sở hữu trí tuệ; ứng dụng bức xạ và đồng vị phóng xạ; an toàn bức xạ và hạt nhân.</p>
<h3>Nhiệm vụ và quyền hạn</h3>
<ol><li>Trình Ủy ban nhân dân tỉnh dự thảo quyết định, chỉ thị, kế hoạch dài hạn, 05 năm và hằng năm về khoa học và công nghệ.</li>
<li>Tổ chức thực hiện các văn bản quy phạm pháp luật, quy hoạch, kế hoạch, chương trình, đề án sau khi được phê duyệt.</li>
<li>Quản lý các nhiệm vụ khoa học và công nghệ cấp tỉnh; hướng dẫn, kiểm tra hoạt động khoa học và công nghệ cấp cơ sở.</li>
<li>Quản lý hoạt động tiêu chuẩn, đo lường, chất lượng sản phẩm, hàng hóa trên địa bàn.</li></ol>"""
    out.append(("chuc-nang-nhiem-vu", "/gioi-thieu/chuc-nang-nhiem-vu",
                page("/gioi-thieu/chuc-nang-nhiem-vu", "Chức năng nhiệm vụ", "Giới thiệu", html_module(1901, "Chức năng nhiệm vụ", cn), 300, 57,
                     [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu"), ("Chức năng nhiệm vụ", "/gioi-thieu/chuc-nang-nhiem-vu")]), "static"))
    rows = [("Ban Giám đốc", "(0276) 3822 547"), ("Văn phòng Sở", "(0276) 3822 436"), ("Phòng Quản lý khoa học", "(0276) 3813 120"),
            ("Phòng Quản lý chuyên ngành", "(0276) 3813 121"), ("Chi cục Tiêu chuẩn Đo lường Chất lượng", "(0276) 3827 385"),
            ("Trung tâm Ứng dụng tiến bộ khoa học và công nghệ", "(0276) 3842 712")]
    tr = "".join(f"<tr><td>{escape(a)}</td><td>{b}</td></tr>" for a, b in rows)
    contact = (f'<p><strong>Sở Khoa học và Công nghệ tỉnh Tây Ninh</strong></p><p>Địa chỉ: 211 Trần Hưng Đạo, Phường 2, TP. Tây Ninh</p><p>Email: skhcn@tayninh.gov.vn</p>'
               f'<table class="table table-bordered"><thead><tr><th>Đơn vị</th><th>Điện thoại</th></tr></thead><tbody>{tr}</tbody></table>')
    out.append(("lien-he", "/lien-he", page("/lien-he", "Liên hệ", "Liên hệ", html_module(1902, "Liên hệ", contact), 301, 58,
                                            [("Trang chủ", "/"), ("Liên hệ", "/lien-he")]), "contact"))
    lurl = "/dang-nhap?returnurl=%2f"
    login = """<div id="dnn_ctr396_Login_pnlLogin" class="dnnForm dnnLoginService dnnClear">
<div id="dnn_ctr396_Login_pnlLoginContainer" class="LoginPanel">
<div id="dnn_ctr396_Login_DNN">
<div id="dnn_ctr396_Login_Login_DNN_pnlLogin" class="dnnForm dnnLoginService dnnClear">
	<div class="dnnFormItem">
		<div class="dnnLabel"><label for="dnn_ctr396_Login_Login_DNN_txtUsername" id="dnn_ctr396_Login_Login_DNN_plUsername" class="dnnFormLabel">Tên đăng nhập:</label></div>
		<input name="dnn$ctr396$Login$Login_DNN$txtUsername" type="text" id="dnn_ctr396_Login_Login_DNN_txtUsername" autocomplete="off" />
	</div>
	<div class="dnnFormItem">
		<div class="dnnLabel"><label for="dnn_ctr396_Login_Login_DNN_txtPassword" id="dnn_ctr396_Login_Login_DNN_plPassword" class="dnnFormLabel">Mật khẩu:</label></div>
		<input name="dnn$ctr396$Login$Login_DNN$txtPassword" type="password" id="dnn_ctr396_Login_Login_DNN_txtPassword" autocomplete="off" />
	</div>
	<div class="dnnFormItem"><span class="dnnFormLabel"></span><span class="dnnLoginRememberMe"><input id="dnn_ctr396_Login_Login_DNN_chkCookie" type="checkbox" name="dnn$ctr396$Login$Login_DNN$chkCookie" /><label for="dnn_ctr396_Login_Login_DNN_chkCookie">Ghi nhớ đăng nhập</label></span></div>
	<div class="dnnFormItem"><label class="dnnFormLabel">&nbsp;</label><div class="dnnLoginActions"><ul class="dnnActions dnnClear">
		<li><a id="dnn_ctr396_Login_Login_DNN_cmdLogin" title="Đăng nhập" class="dnnPrimaryAction" href="javascript:__doPostBack(&#39;dnn$ctr396$Login$Login_DNN$cmdLogin&#39;,&#39;&#39;)">Đăng nhập</a></li>
		<li><a id="dnn_ctr396_Login_Login_DNN_cancelLink" class="dnnSecondaryAction" CausesValidation="false" href="/">Hủy</a></li>
	</ul></div></div>
	<div class="dnnFormItem"><label class="dnnFormLabel">&nbsp;</label><div class="dnnLoginActions"><ul class="dnnActions dnnClear">
		<li id="dnn_ctr396_Login_Login_DNN_liPassword"><a id="dnn_ctr396_Login_Login_DNN_passwordLink" class="dnnSecondaryAction" href="/dang-nhap/ctl/SendPassword?returnurl=%2f">Quên mật khẩu?</a></li>
	</ul></div></div>
</div>
</div>
</div>
</div>"""
    out.append(("dang-nhap", lurl, page(lurl, "Đăng nhập", "", module(396, "Authentication", "Đăng nhập", login, "ModAuthenticationC"), 302, 63,
                                        [("Trang chủ", "/"), ("Đăng nhập", "/dang-nhap")]), "login"))
    q = "truy xuất nguồn gốc"
    surl = f"/Search-Results?Search={quote_plus(q)}"
    search = f"""<div class="dnnSearchBoxPanel">
	<input type="text" id="dnnSearchResult_dnnSearchBox_input" value="{escape(q)}" autocomplete="off" placeholder="Nhập từ khóa..." />
	<a class="dnnSearchBoxClearText"></a><a class="dnnSearchButton" href="javascript:void(0)">Tìm kiếm</a>
</div>
<div class="dnnSearchResultPanel">
	<div class="dnnRight"><a href="javascript:void(0)" class="dnnSearchResultAdvancedTip">Tìm kiếm nâng cao</a></div>
	<div class="dnnSearchResultCount"></div>
</div>
<div class="dnnSearchResultContainer"></div>
<div class="dnnSearchResultPager"><div class="dnnLeft"><span id="dnn_ctr391_SearchResults_lblPageSize">Kết quả mỗi trang</span></div><div class="dnnRight"><ul class="dnnSearchResultPagerList"></ul></div></div>
<script type="text/javascript">
	$(function () {{
		if (typeof dnn != 'undefined' && dnn.searchResult) {{
			dnn.searchResult.defaultSettings = {{
				comboAdvancedDates: 'dnn_ctr391_SearchResults_advnacedDatesList',
				comboAdvancedScope: 'dnn_ctr391_SearchResults_SearchScopeList',
				defaultText: 'Nhập từ khóa...',
				noResultsText: 'Không tìm thấy kết quả',
				linkTarget: '',
				cultureCode: 'vi-VN'
			}};
			dnn.searchResult.moduleId = 391;
			dnn.searchResult.queryOptions = {{ searchTerm: '{q}', pageIndex: 1, pageSize: 15, sortOption: 0 }};
			dnn.searchResult.init();
		}}
	}});
</script>"""
    out.append(("tim-kiem", surl, page(surl, "Kết quả tìm kiếm", "", module(391, "SearchResults", "Kết quả tìm kiếm", search, "ModSearchResultsC"), 303, 64,
                                       [("Trang chủ", "/"), ("Search Results", "/Search-Results")]), "search"))
    return out


def main():
    for fn in os.listdir(HERE):
        if fn.endswith(".html") or (fn.endswith(".json") and fn != "site.json"):
            os.remove(os.path.join(HERE, fn))
    with open(os.path.join(HERE, "site.json"), "w", encoding="utf-8") as f:
        json.dump({"host": HOST, "home": "/", "family": "dotnetnuke", "template": "dnn9article"}, f, ensure_ascii=False, indent=1)
    out = []
    for idx, a in enumerate(ARTICLES):
        url, html, exp = article_page(a, idx)
        out.append((f"article-{idx + 1:02d}-{a['id']}", url, html, "article", exp))
    for name, url, html, kind in listing_pages() + other_pages():
        out.append((name, url, html, kind, None))
    for name, url, html, kind, exp in out:
        with open(os.path.join(HERE, name + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(nfc(html))
        meta = {"url": HOST + url, "content_type": "text/html; charset=utf-8", "kind": kind}
        if exp is not None:
            meta["expected"] = json.loads(nfc(json.dumps(exp, ensure_ascii=False)))
        with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(meta, f, ensure_ascii=False, indent=1)
    print(f"wrote {len(out)} pages")


if __name__ == "__main__":
    main()
