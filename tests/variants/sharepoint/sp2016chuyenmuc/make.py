# -*- coding: utf-8 -*-
"""Generate the SharePoint 2016 provincial-portal mini-site (pages + truth).

    /work/main/.venv/bin/python tests/variants/sharepoint/sp2016chuyenmuc/make.py

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

HOST = "https://www.quangninh.gov.vn"
TODAY = datetime(2021, 4, 8, 10, 0)
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
rnd = random.Random(2016)
BY_ID = {a["id"]: a for a in ARTICLES}


def nfc(s):
    return unicodedata.normalize("NFC", s)


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00" if dt else None


def guid():
    h = "%032x" % rnd.getrandbits(128)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def art_url(a):
    return "/Pages/chi-tiet.aspx?url=" + quote(f"/{a['slug']}-{a['id']}.htm", safe="")


def cat_url(cid, page=1):
    u = f"/vn/chuyen-muc/{cid}/{CATS[cid][1]}.aspx"
    return u if page == 1 else f"{u}?page={page}"


def dmy(dt):
    return dt.strftime("%d/%m/%Y")


def dmyhm(dt):
    return dt.strftime("%d/%m/%Y %H:%M")


def img_src(a, fname):
    return f"/PublishingImages/tin-tuc/{a['when'].year}/{a['when'].month:02d}/{fname}"


FILLER = [
    ("Tỉnh Quảng Ninh dẫn đầu Chỉ số năng lực cạnh tranh cấp tỉnh lần thứ tư liên tiếp", datetime(2021, 4, 7, 16, 20), 28660),
    ("Khởi công dự án đường bao biển nối thành phố Hạ Long với thành phố Cẩm Phả", datetime(2021, 4, 5, 9, 10), 28651),
    ("Hội nghị đối thoại với doanh nghiệp quý I năm 2021", datetime(2021, 4, 2, 14, 0), 28640),
    ("Ra mắt mô hình “Chợ 4.0” thanh toán không dùng tiền mặt", datetime(2021, 3, 30, 10, 25), 28633),
    ("Phát động phong trào thi đua cao điểm chào mừng bầu cử", datetime(2021, 3, 26, 8, 45), 28621),
    ("Cô Tô đón những đoàn khách du lịch đầu tiên của năm", datetime(2021, 3, 22, 15, 30), 28610),
    ("Tăng cường kiểm soát tải trọng phương tiện trên các tuyến quốc lộ", datetime(2021, 3, 18, 11, 5), 28598),
    ("Hạ Long hoàn thành giải phóng mặt bằng dự án cảng tàu khách", datetime(2021, 3, 15, 17, 40), 28587),
    ("Bình Liêu tổ chức Lễ hội Hoa sở", datetime(2021, 3, 10, 9, 0), 28572),
    ("Triển khai tiêm vắc xin phòng Covid-19 đợt 1 cho lực lượng tuyến đầu", datetime(2021, 3, 8, 13, 15), 28565),
    ("Hội nghị tổng kết công tác tư pháp năm 2020", datetime(2021, 1, 14, 8, 30), 28470),
    ("Công bố quy hoạch phân khu khu kinh tế Vân Đồn", datetime(2021, 1, 8, 15, 0), 28455),
    ("Đông Triều đón nhận danh hiệu huyện nông thôn mới", datetime(2020, 12, 28, 9, 45), 28420),
    ("Hướng dẫn chuyển đổi mã số thuế cá nhân sang mã định danh", datetime(2020, 12, 21, 10, 10), 28402),
]


def filler_url(t_id_slug):
    title, when, fid = t_id_slug
    slug = "tin-" + str(fid)
    return "/Pages/chi-tiet.aspx?url=" + quote(f"/{slug}-{fid}.htm", safe="")


# ---------------------------------------------------------------- body

def render_body(a):
    out, text, images = [], [], []
    for blk in a["body"]:
        kind = blk[0]
        if kind == "p":
            out.append(f'<p style="text-align:justify;">{escape(blk[1])}</p>')
            text.append(blk[1])
        elif kind == "h":
            out.append(f'<h3 class="ms-rteElement-H3">{escape(blk[1])}</h3>')
            text.append(blk[1])
        elif kind == "br":
            out.append('<p style="text-align:justify;">' + "<br/>".join(escape(x) for x in blk[1]) + "</p>")
            text.extend(blk[1])
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{escape(x)}</li>" for x in blk[1]) + "</ul>")
            text.extend(blk[1])
        elif kind == "table":
            rows = []
            for r, row in enumerate(blk[1]):
                cls = "ms-rteTableHeaderRow-1" if r == 0 else ("ms-rteTableOddRow-1" if r % 2 else "ms-rteTableEvenRow-1")
                tag = "th" if r == 0 else "td"
                cells = "".join(f'<{tag} class="ms-rteTable{"Header" if r == 0 else ("Even" if c % 2 == 0 else "Odd")}Col-1" rowspan="1" colspan="1">{escape(v)}</{tag}>'
                                for c, v in enumerate(row))
                rows.append(f'<tr class="{cls}">{cells}</tr>')
                text.append(" | ".join(row))
            out.append('<table width="100%" class="ms-rteTable-1" cellspacing="0"><tbody>' + "".join(rows) + "</tbody></table>")
        elif kind == "img":
            _, fname, cap, credit, style = blk
            src = img_src(a, fname)
            images.append({"src": HOST + src, "caption": cap, "credit": credit})
            img = f'<img src="{src}" alt="{escape(fname)}" style="margin:5px;width:640px;" />'
            shown = None
            if cap:
                shown = f"{cap} ({credit})" if credit else cap
            if style == "tbl":
                out.append('<table class="ms-rteTable-default" align="center" cellspacing="0" style="width:100%;"><tbody>'
                           f'<tr class="ms-rteTableEvenRow-default"><td class="ms-rteTableEvenCol-default" style="text-align:center;">{img}</td></tr>'
                           f'<tr class="ms-rteTableOddRow-default"><td class="ms-rteTableEvenCol-default" style="text-align:center;"><em>{escape(shown or "")}</em></td></tr>'
                           "</tbody></table>")
            elif style == "em":
                out.append(f'<p style="text-align:center;">{img}</p>')
                if shown:
                    out.append(f'<p style="text-align:center;"><em>{escape(shown)}</em></p>')
            else:
                out.append(f'<p style="text-align:center;">{img}</p>')
        elif kind == "related":
            lis = "".join(f'<li><a href="{art_url(BY_ID[i])}">{escape(BY_ID[i]["title"])}</a></li>' for i in blk[1])
            out.append(f'<div class="tin-lien-quan" style="border:1px solid #ccc;padding:5px 10px;"><p><strong>Tin liên quan:</strong></p><ul>{lis}</ul></div>')
        else:
            raise ValueError(kind)
    return "".join(out), text, images


# ---------------------------------------------------------------- chrome

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/vn/Pages/gioi-thieu.aspx", [("Tổng quan", "/vn/Pages/gioi-thieu.aspx"), ("Lịch sử", "/vn/Pages/lich-su.aspx"),
                                                 ("Bản đồ hành chính", "/vn/Pages/ban-do.aspx")]),
    ("Tin tức - Sự kiện", cat_url(2), [(CATS[c][0], cat_url(c)) for c in (5, 7, 9, 12)]),
    ("Chính quyền", "/vn/Pages/chinh-quyen.aspx", [("Tỉnh ủy", "/vn/Pages/tinh-uy.aspx"), ("HĐND tỉnh", "/vn/Pages/hdnd.aspx"),
                                                   ("UBND tỉnh", "/vn/Pages/ubnd.aspx"), ("Các sở, ban, ngành", "/vn/Pages/so-nganh.aspx")]),
    ("Văn bản", "/vn/Pages/van-ban.aspx", [("Văn bản chỉ đạo, điều hành", "/vn/Pages/van-ban.aspx?loai=1"),
                                           ("Văn bản quy phạm pháp luật", "/vn/Pages/van-ban.aspx?loai=2")]),
    ("Công dân", "/vn/Pages/cong-dan.aspx", []),
    ("Doanh nghiệp", "/vn/Pages/doanh-nghiep.aspx", []),
    ("Du khách", "/vn/Pages/du-khach.aspx", []),
    ("Liên hệ", "/vn/Pages/lien-he.aspx", []),
]

LINKBOX = [
    ("Chính phủ", "http://www.chinhphu.vn"), ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
    ("Bộ Nội vụ", "https://www.moha.gov.vn"), ("Bộ Tài chính", "https://www.mof.gov.vn"),
    ("Bộ Kế hoạch và Đầu tư", "https://www.mpi.gov.vn"), ("Bộ Thông tin và Truyền thông", "https://mic.gov.vn"),
    ("Tỉnh ủy Quảng Ninh", "http://www.quangninh.org.vn"), ("Sở Tư pháp", "https://sotuphap.quangninh.gov.vn"),
    ("Sở Y tế", "https://soyte.quangninh.gov.vn"), ("Sở Du lịch", "https://sodulich.quangninh.gov.vn"),
    ("Sở Nội vụ", "https://sonoivu.quangninh.gov.vn"), ("Sở Thông tin và Truyền thông", "https://stttt.quangninh.gov.vn"),
    ("Thành phố Hạ Long", "https://halong.quangninh.gov.vn"), ("Thành phố Cẩm Phả", "https://campha.quangninh.gov.vn"),
    ("Thành phố Uông Bí", "https://uongbi.quangninh.gov.vn"), ("Thành phố Móng Cái", "https://mongcai.quangninh.gov.vn"),
    ("Huyện Vân Đồn", "https://vandon.quangninh.gov.vn"), ("Huyện Cô Tô", "https://coto.quangninh.gov.vn"),
    ("Huyện Bình Liêu", "https://binhlieu.quangninh.gov.vn"), ("Huyện Tiên Yên", "https://tienyen.quangninh.gov.vn"),
]


def viewstate(n):
    return base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(n))).decode()


def wp_zone(title, inner, wpq):
    g = guid()
    gu = g.replace("-", "_")
    title_html = (f'<div class="ms-webpart-chrome-title" id="WebPartTitlectl00_ctl{wpq}_g_{gu}"><span title="{escape(title)}" id="WebPartCaptionWPQ{wpq}"></span>'
                  f'<h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>{escape(title)}</span><span id="WebPartCaptionWPQ{wpq}"></span></nobr></h2></div>') if title else ""
    return (f'<div class="ms-webpart-zone ms-fullWidth">\n<div id="MSOZoneCell_WebPartctl00_ctl{wpq}_g_{gu}" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth ">'
            f'<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth ">{title_html}'
            f'<div WebPartID="{g}" HasPers="false" id="WebPartctl00_ctl{wpq}_g_{gu}" width="100%" class="ms-WPBody noindex " allowDelete="false" style="" >'
            f'<div id="ctl00_ctl{wpq}_g_{gu}">\n{inner}\n</div><div class="ms-clear"></div></div></div></div>\n</div>')


def sidebar(seed):
    r = random.Random(seed)
    picks = r.sample(FILLER, 7)
    news = "".join(f'<li><a href="{filler_url(f)}">{escape(f[0])}</a><span class="date">{dmy(f[1])}</span></li>' for f in picks)
    opts = "".join(f'<option value="{u}">{escape(n)}</option>' for n, u in LINKBOX)
    total = 42518733 + r.randint(0, 50000)
    online = 1200 + r.randint(0, 2500)
    poll = "".join(f'<li><input type="radio" name="poll" id="poll{k}" value="{k}"/><label for="poll{k}">{escape(c)}</label></li>'
                   for k, c in enumerate(["Dễ tìm kiếm, đầy đủ", "Khá đầy đủ", "Khó tìm kiếm", "Ý kiến khác"]))
    return "\n".join([
        wp_zone("Tin mới nhận", f'<div class="box-news-right"><ul class="list-news-right">{news}</ul></div>', 40 + seed % 5),
        wp_zone("", '<div class="banner-right">'
                '<a href="https://dichvucong.quangninh.gov.vn" target="_blank"><img src="/SiteAssets/banner/dich-vu-cong.jpg" alt="Cổng dịch vụ công tỉnh"/></a>'
                '<a href="https://dichvucong.gov.vn" target="_blank"><img src="/SiteAssets/banner/dvcqg.jpg" alt="Cổng Dịch vụ công quốc gia"/></a>'
                '<a href="/vn/Pages/hoi-dap.aspx"><img src="/SiteAssets/banner/hoi-dap.jpg" alt="Hỏi đáp trực tuyến"/></a>'
                '<a href="/vn/Pages/lich-cong-tac.aspx"><img src="/SiteAssets/banner/lich-cong-tac.jpg" alt="Lịch công tác"/></a></div>', 46),
        wp_zone("Thăm dò ý kiến", f'<div class="poll"><p>Bạn thấy thông tin trên Cổng thông tin điện tử tỉnh như thế nào?</p><ul>{poll}</ul>'
                '<input type="button" value="Biểu quyết" class="btn-vote"/> <input type="button" value="Xem kết quả" class="btn-result"/></div>', 47),
        wp_zone("Liên kết website", f'<div class="lienket"><select onchange="window.open(this.value)"><option value="">--- Chọn liên kết ---</option>{opts}</select></div>', 48),
        wp_zone("Thống kê truy cập", f'<div class="thongke"><p>Đang truy cập: <span>{online:,}</span></p><p>Tổng lượt truy cập: <span>{total:,}</span></p></div>'.replace(",", "."), 49),
    ])


def menu_html(active):
    lis = []
    for n, h, kids in MENU:
        sub = ("<ul class=\"dropdown-menu\">" + "".join(f'<li><a href="{kh}">{escape(kn)}</a></li>' for kn, kh in kids) + "</ul>") if kids else ""
        lis.append(f'<li class="{"active " if n == active else ""}{"dropdown" if kids else ""}"><a href="{h}">{escape(n)}</a>{sub}</li>')
    return '<div class="qn-menu"><ul class="nav navbar-nav">' + "".join(lis) + "</ul></div>"


def page(url, action, title, active, main_html, seed, page_item_id):
    pg = guid()
    today = f"{WEEKDAYS[TODAY.weekday()]}, {dmy(TODAY)}"
    digest = "0x" + "%0128X" % rnd.getrandbits(512) + ",08 Apr 2021 03:00:00 -0000"
    ctx = ("{webServerRelativeUrl:\"\\u002fvn\",webAbsoluteUrl:\"https:\\u002f\\u002fwww.quangninh.gov.vn\\u002fvn\",siteAbsoluteUrl:\"https:\\u002f\\u002fwww.quangninh.gov.vn\","
           f"serverRequestPath:\"{action.split('?')[0].replace('/', chr(92) + 'u002f')}\",layoutsUrl:\"_layouts\\u002f15\",webTitle:\"Cổng thông tin điện tử tỉnh Quảng Ninh\","
           "webTemplate:\"39\",tenantAppVersion:\"0\",isAppWeb:false,webLogoUrl:\"_layouts\\u002f15\\u002fimages\\u002fsiteicon.png\",webLanguage:1033,currentLanguage:1033,"
           "currentUICultureName:\"en-US\",currentCultureName:\"vi-VN\",clientServerTimeDelta:new Date(\"2021-04-08T03:00:00.0000000Z\") - new Date(),"
           f"siteClientTag:\"1279$$16.0.4717.1000\",crossDomainPhotosEnabled:false,webUIVersion:15,webPermMasks:{{High:16,Low:200769}},pageListId:\"{{{pg}}}\",pageItemId:{page_item_id},"
           "pagePersonalizationScope:1,alertsEnabled:false,customMarkupInCalculatedFieldDisabled:true,siteServerRelativeUrl:\"\\u002f\",allowSilverlightPrompt:'True',"
           "isSiteAdmin:false,userId:0,systemUserKey:null}")
    return f"""

<!DOCTYPE html >
<html dir="ltr" lang="vi-VN">
<head><meta http-equiv="X-UA-Compatible" content="IE=edge" /><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>
	{escape(title)}
</title><link rel="shortcut icon" href="/Style%20Library/QN/images/favicon.ico" type="image/vnd.microsoft.icon" id="favicon" />
<link rel="stylesheet" type="text/css" href="/_layouts/15/1033/styles/Themable/corev15.css?rev=VY7Ke2MzYS%2FUSiWj2W9Oag%3D%3DTAG0"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/QN/css/bootstrap.min.css"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/QN/css/portal.css?v=20200915"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=ZPUh4V%2B8GbHRcUiuUpAqdg%3D%3DTAG0"></script>
<script type="text/javascript" src="/ScriptResource.axd?d={viewstate(48).replace('+', '-').replace('/', '_')}&amp;t=ffffffffecf19baa"></script>
<script type="text/javascript" src="/_layouts/15/blank.js?rev=ZaOXZEobVwykPO9g8hq%2F8A%3D%3DTAG0"></script>
<script type="text/javascript" src="/ScriptResource.axd?d={viewstate(48).replace('+', '-').replace('/', '_')}&amp;t=ffffffffecf19baa"></script>
<script type="text/javascript">RegisterSod("initstrings.js", "\\u002f_layouts\\u002f15\\u002f1033\\u002finitstrings.js?rev=2fvbQS8EPTm8xhEsNUOhJA\\u00253D\\u00253DTAG0");</script>
<script type="text/javascript">RegisterSod("strings.js", "\\u002f_layouts\\u002f15\\u002f1033\\u002fstrings.js?rev=wu4zGN5e3fcHLMcqYhMCbg\\u00253D\\u00253DTAG0");RegisterSodDep("strings.js", "initstrings.js");</script>
<script type="text/javascript">RegisterSod("sp.init.js", "\\u002f_layouts\\u002f15\\u002fsp.init.js?rev=jvJC3Kl5gbORaLtf7kxULQ\\u00253D\\u00253DTAG0");</script>
<script type="text/javascript">RegisterSod("core.js", "\\u002f_layouts\\u002f15\\u002fcore.js?rev=OuK8lknoOD37VvjQyOzSOQ\\u00253D\\u00253DTAG0");RegisterSodDep("core.js", "strings.js");</script>
<script type="text/javascript">RegisterSod("sp.runtime.js", "\\u002f_layouts\\u002f15\\u002fsp.runtime.js?rev=9sKdsC9N6p2BiRk3313M7Q\\u00253D\\u00253DTAG0");RegisterSodDep("sp.runtime.js", "sp.res.resx");</script>
<script type="text/javascript">RegisterSod("sp.js", "\\u002f_layouts\\u002f15\\u002fsp.js?rev=Rc2jBk8Lh2r9%2BQ9%2FjM4p1g\\u00253D\\u00253DTAG0");RegisterSodDep("sp.js", "sp.runtime.js");RegisterSodDep("sp.js", "sp.ui.dialog.js");RegisterSodDep("sp.js", "sp.res.resx");</script>
<link type="text/xml" rel="alternate" href="/vn/_vti_bin/spsdisco.aspx" />
<link rel="canonical" href="{HOST}{escape(url)}" />
<script type="text/javascript" src="/Style%20Library/QN/js/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="/Style%20Library/QN/js/bootstrap.min.js"></script>
</head>
<body onhashchange="if (typeof(_spBodyOnHashChange) != 'undefined') _spBodyOnHashChange();"><div id="imgPrefetch" style="display:none">
<img src="/_layouts/15/images/spcommon.png?rev=44" />
<img src="/_layouts/15/images/spcommon.png?rev=44" />
</div>
<form method="post" action="{escape(action)}" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div class="aspNetHidden">
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
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWBAIGD2QWAmYPZBYCAgEPFgIeE1ByZXZpb3VzQ29udHJvbE1vZGULKYgBTWljcm9zb2Z0LlNoYXJlUG9pbnQuV2ViQ29udHJvbHMuU1BDb250cm9sTW9kZS{viewstate(5200)}" />
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
<script src="/WebResource.axd?d={viewstate(60).replace('+', '-').replace('/', '_')}&amp;t=637100472800000000" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
var MSOWebPartPageFormName = 'aspnetForm';
var g_presenceEnabled = true;
var g_wsaEnabled = false;
var g_correlationId = '{guid()}';
var g_wsaQoSEnabled = false;
var g_wsaQoSDataPoints = [];
var g_wsaRUMEnabled = false;
var g_wsaLCID = 1033;
var g_wsaListTemplateId = 850;
var g_wsaSiteTemplateId = 'CMSPUBLISHING#0';
var _fV4UI=true;var _spPageContextInfo = {ctx};
var L_Menu_BaseUrl="\\u002fvn";
var L_Menu_LCID="1033";
var L_Menu_SiteTheme="null";
document.onreadystatechange=fnRemoveAllStatus; function fnRemoveAllStatus(){{removeAllStatus(true)}};
var _spWebPartComponents = new Object();//]]>
</script>
<script src="/_layouts/15/blank.js?rev=ZaOXZEobVwykPO9g8hq%2F8A%3D%3DTAG0" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
(function(){{
        if (typeof(_spBodyOnLoadFunctions) === 'undefined' || _spBodyOnLoadFunctions === null) {{ return; }}
        _spBodyOnLoadFunctions.push(function() {{
            if (typeof(SPClientTemplates) === 'undefined' || SPClientTemplates === null || (typeof(APD_InAssetPicker) === 'function' && APD_InAssetPicker())) {{ return; }}
        }});
    }})();//]]>
</script>
<div id="ms-designer-ribbon">
	<div id="TurnOnAccessibility" style="display:none" class="s4-notdlg noindex">
		<a id="linkTurnOnAcc" href="#" class="ms-accessible ms-acc-button" onclick="SetIsAccessibilityFeatureEnabled(true);UpdateAccessibilityUI();document.getElementById('linkTurnOffAcc').focus();return false;">Turn on more accessible mode</a>
	</div>
	<div id="TurnOffAccessibility" style="display:none" class="s4-notdlg noindex">
		<a id="linkTurnOffAcc" href="#" class="ms-accessible ms-acc-button" onclick="SetIsAccessibilityFeatureEnabled(false);UpdateAccessibilityUI();document.getElementById('linkTurnOnAcc').focus();return false;">Turn off more accessible mode</a>
	</div>
	<div class="s4-notdlg noindex">
		<a href="javascript:;" onclick="document.getElementById(&#39;startNavigation&#39;).focus();" class="ms-accessible ms-acc-button" accesskey="J">Skip Ribbon Commands</a>
	</div>
	<div class="s4-notdlg noindex">
		<a href="#mainContent" class="ms-accessible ms-acc-button">Skip to main content</a>
	</div>
	<div id="suiteBarDelta" class="ms-dialogHidden ms-fullWidth noindex">
		<div id="suiteBarTop" class="ms-dialogHidden ms-fullWidth noindex"></div>
	</div>
	<div id="s4-ribbonrow" style="display:none">
		<div id="globalNavBox" class="noindex"><div id="ribbonBox"><div id="s4-ribboncont"></div></div></div>
	</div>
</div>
<div id="s4-workspace" class="ms-core-overlay">
<div id="s4-bodyContainer">
<div class="qn-header">
	<div class="qn-topbar container">
		<span class="qn-date">{today}</span>
		<span class="qn-toplinks"><a href="/">Trang chủ</a> | <a href="/vn/Pages/so-do-cong.aspx">Sơ đồ cổng</a> | <a href="/en/Pages/default.aspx">English</a> | <a href="/_layouts/15/Authenticate.aspx?Source=%2F">Đăng nhập</a></span>
	</div>
	<div class="qn-banner container"><a href="/"><img src="/Style%20Library/QN/images/banner.png" alt="Cổng thông tin điện tử tỉnh Quảng Ninh" /></a></div>
	<div class="qn-nav container">
		{menu_html(active)}
		<div class="qn-search"><input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" placeholder="Tìm kiếm tin tức" /><input type="submit" name="ctl00$btnSearch" value="Tìm" onclick="window.location.href='/Pages/tim-kiem.aspx?k='+encodeURIComponent(document.getElementById('ctl00_txtSearch').value);return false;" id="ctl00_btnSearch" /></div>
	</div>
</div>
<div id="contentRow" class="container">
	<div id="notificationArea" class="ms-notif-box"></div>
	<div id="DeltaPageStatusBar"><div id="pageStatusBar"></div></div>
	<div id="DeltaPlaceHolderMain">
		<a id="mainContent" name="mainContent" tabindex="-1"></a>
		<div class="row">
			<div class="col-md-8 col-sm-12 qn-left">
{main_html}
			</div>
			<div class="col-md-4 col-sm-12 qn-right">
{sidebar(seed)}
			</div>
		</div>
	</div>
</div>
<div class="qn-footer">
	<div class="container">
		<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NINH</strong></p>
		<p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Quảng Ninh. Cơ quan thường trực: Trung tâm Truyền thông tỉnh Quảng Ninh.</p>
		<p>Địa chỉ: Tầng 5, Trụ sở Liên cơ quan số 3, phường Hồng Hà, thành phố Hạ Long, tỉnh Quảng Ninh. Điện thoại: (0203) 3634 219.</p>
		<p>Ghi rõ nguồn “Cổng thông tin điện tử tỉnh Quảng Ninh” khi phát hành lại thông tin từ nguồn này.</p>
		<p><a href="/vn/Pages/lien-he.aspx">Liên hệ</a> | <a href="/vn/Pages/gioi-thieu.aspx">Giới thiệu</a> | <a href="/rss/tin-tuc-su-kien.rss">RSS</a></p>
	</div>
</div>
</div>
</div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;window.g_updateFormDigestPageLoaded = new Date(); window.g_updateFormDigestPageLoaded.setDate(window.g_updateFormDigestPageLoaded.getDate() -5);var _fV4UI = true;
function _RegisterWebPartPageCUI()
{{
    var initInfo = {{editable: false,isEditMode: false,allowWebPartAdder: false,listId: "{{{pg}}}",itemId: {page_item_id},recycleBinEnabled: true,enableMinorVersioning: true,enableModeration: false,forceCheckout: true,rootFolderUrl: "\\u002fPages",itemPermissions:{{High:16,Low:200769}}}};
    SP.Ribbon.WebPartComponent.registerWithPageManager(initInfo);
    var wpcomp = SP.Ribbon.WebPartComponent.get_instance();
    var hid;
    hid = document.getElementById("_wpSelected");
    if (hid != null) {{ var wpid = hid.value; if (wpid.length > 0) {{ var zc = document.getElementById(wpid); if (zc != null) wpcomp.selectWebPart(zc, false); }} }}
}}
ExecuteOrDelayUntilScriptLoaded(_RegisterWebPartPageCUI, "sp.ribbon.js");
var __wpmExportWarning='This Web Part Page has been personalized. As a result, one or more Web Part properties may contain confidential information. Make sure the properties contain information that is safe for others to read. After exporting this Web Part, view properties in the Web Part description file (.WebPart) by using a text editor such as Microsoft Notepad.';var __wpmCloseProviderWarning='You are about to close this Web Part.  It is currently providing data to other Web Parts, and these connections will be deleted if this Web Part is closed.  To close this Web Part, click OK.  To keep this Web Part, click Cancel.';var __wpmDeleteWarning='You are about to permanently delete this Web Part.  Are you sure you want to do this?  To delete this Web Part, click OK.  To keep this Web Part, click Cancel.';
//]]>
</script>
<div class="aspNetHidden">
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="BAB98CB3" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAS{viewstate(90)}" />
</div>
<script type="text/javascript">
//<![CDATA[
WebForm_InitCallback();var _spWebPartComponents = new Object();
Sys.Application.add_init(function() {{
    $create(SP.UI.Status, null, null, null, $get('DeltaPageStatusBar'));
}});
//]]>
</script>
</form>
<span id="DeltaPlaceHolderUtilityContent"></span>
<script type="text/javascript">
  (function(i,s,o,g,r,a,m){{i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){{(i[r].q=i[r].q||[]).push(arguments)}},i[r].l=1*new Date();a=s.createElement(o),m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)}})(window,document,'script','https://www.google-analytics.com/analytics.js','ga');
  ga('create', 'UA-36401822-1', 'auto'); ga('send', 'pageview');
</script>
</body>
</html>
"""


# ---------------------------------------------------------------- pages

def date_line(a):
    if a["dateonly"]:
        s = f'<span class="lbl">Ngày đăng:</span> <span id="{{p}}_lblNgayDang">{dmy(a["when"])}</span>'
    else:
        s = f'<span class="lbl">Ngày đăng:</span> <span id="{{p}}_lblNgayDang">{dmyhm(a["when"])}</span>'
    if a.get("updated"):
        s += f' <span class="sep">|</span> <span class="lbl">Cập nhật:</span> <span id="{{p}}_lblNgayCapNhat">{dmyhm(a["updated"])}</span>'
    return s


def article_page(a, idx):
    url = art_url(a)
    body, text, images = render_body(a)
    p = "ctl00_ctl33_g_" + guid().replace("-", "_")
    cname = CATS[a["cat"]][0]
    lead = ""
    if a["lead"]:
        shown = f"{a['prefix']} {a['lead']}" if a["prefix"] else a["lead"]
        lead = f'<div class="news-sapo"><span id="{p}_lblTomTat">{escape(shown)}</span></div>'
    author = f'<div class="news-author" style="text-align:right;"><strong><span id="{p}_lblTacGia">{escape(a["author"])}</span></strong></div>' if a.get("author") else ""
    source = f'<div class="news-source" id="{p}_pnNguontin"><span class="lbl">Nguồn:</span> <span id="{p}_lblNguonTin">{escape(a["source"])}</span></div>' if a.get("source") else ""
    attach = ""
    if a.get("attach"):
        lis = "".join(f'<li><a href="/vn/VanBan/{quote(f)}" target="_blank"><img src="/_layouts/15/images/ic{f.rsplit(".", 1)[1][:3]}.png" alt=""/> {escape(l)}</a> <a class="download" href="/vn/VanBan/{quote(f)}?download=1">Tải về</a></li>' for l, f in a["attach"])
        attach = f'<div class="news-attach"><p class="title-attach">File đính kèm</p><ul>{lis}</ul></div>'
    others = sorted([b for b in ARTICLES if b is not a], key=lambda b: b["when"], reverse=True)[:6]
    other_lis = "".join(f'<li><a href="{art_url(b)}">{escape(b["title"])}</a> <span class="date">({dmy(b["when"])})</span></li>' for b in others)
    other_lis += "".join(f'<li><a href="{filler_url(f)}">{escape(f[0])}</a> <span class="date">({dmy(f[1])})</span></li>' for f in FILLER[idx:idx + 4])
    inner = f"""<div class="news-detail">
<div class="breadcrumb-news"><a href="/">Trang chủ</a> <span>&gt;</span> <a href="{cat_url(a['cat'])}">{escape(cname)}</a></div>
<h1 class="news-title"><span id="{p}_lblTitle">{escape(a['title'])}</span></h1>
<div class="news-date">{date_line(a).replace('{p}', p)}</div>
{lead}
<div class="news-content ms-rtestate-field" id="{p}_divContent">{body}</div>
{author}
{source}
{attach}
<div class="news-tools"><a href="javascript:window.print();">In trang</a> | <a href="mailto:?subject={quote(a['title'])}">Gửi email</a> | <a href="https://www.facebook.com/sharer.php?u={quote(HOST + '/vn/' + a['slug'] + '-' + str(a['id']) + '.htm', safe='')}" target="_blank">Chia sẻ Facebook</a> | <a href="javascript:history.go(-1);">Quay lại</a></div>
</div>"""
    other = f'<div class="news-other"><ul>{other_lis}</ul></div>'
    main = wp_zone("", inner, 33) + "\n" + wp_zone("Các tin khác", other, 34)
    html = page(url, "./chi-tiet.aspx?url=" + quote(f"/{a['slug']}-{a['id']}.htm", safe="").lower(), a["title"], "Tin tức - Sự kiện", main, idx, 3)
    exp = {
        "title": a["title"],
        "agency_prefix": a["prefix"],
        "lead": a["lead"],
        "text": "\n\n".join(collapse(t) for t in text),
        "published_at": iso(a["when"]),
        "updated_at": iso(a.get("updated")),
        "date_label": "Ngày đăng",
        "authors": a["authors"],
        "unit": a["unit"],
        "images": images,
        "category": cname,
    }
    return url, html, exp


def item_html(a, with_img):
    summ = a["lead"] or a["body"][0][1]
    img = ""
    if with_img:
        first = next((b for b in a["body"] if b[0] == "img"), None)
        src = img_src(a, first[1]) if first else "/Style%20Library/QN/images/no-image.jpg"
        img = f'<a class="thumb" href="{art_url(a)}"><img src="{src}?RenditionID=3" alt="" /></a>'
    return (f'<div class="news-item">{img}<h3><a href="{art_url(a)}">{escape(a["title"])}</a></h3>'
            f'<span class="date">{dmyhm(a["when"]) if not a["dateonly"] else dmy(a["when"])}</span><p>{escape(summ[:200])}…</p></div>')


def listing_pages():
    out = []
    latest = sorted(ARTICLES, key=lambda a: a["when"], reverse=True)
    # home
    feat = latest[0]
    blocks = [wp_zone("", '<div class="home-featured">' + item_html(feat, True) + '<ul class="home-featured-list">'
                      + "".join(f'<li><a href="{art_url(a)}">{escape(a["title"])}</a></li>' for a in latest[1:5]) + "</ul></div>", 30)]
    for cid in (2, 5, 7, 9, 12):
        items = [a for a in latest if a["cat"] == cid]
        lis = "".join(f'<li><a href="{art_url(a)}">{escape(a["title"])}</a> <span class="date">({dmy(a["when"])})</span></li>' for a in items)
        blocks.append(wp_zone(CATS[cid][0], f'<div class="home-cat"><ul>{lis}</ul><a class="more" href="{cat_url(cid)}">Xem thêm</a></div>', 31 + cid))
    kw = "".join(f'<a href="/Pages/tim-kiem.aspx?k={quote_plus(k)}">{escape(k)}</a> ' for k in ["OCOP"])
    blocks.append(wp_zone("Từ khóa nổi bật", f'<div class="tags">{kw}<a href="/vn/Pages/gioi-thieu.aspx">Giới thiệu Quảng Ninh</a> <a href="/vn/Pages/lien-he.aspx">Danh bạ điện thoại</a></div>', 45))
    out.append(("home", "/", page("/", "/Pages/default.aspx", "Trang chủ", "Trang chủ", "\n".join(blocks), 100, 1), "listing"))
    # category 2 = all
    delta = 5
    chunks = [latest[:delta], latest[delta:]]
    for n, chunk in enumerate(chunks, start=1):
        url = cat_url(2, n)
        items = "".join(item_html(a, True) for a in chunk)
        if n == 2:
            items += ('<div class="news-item"><h3><a href="/Pages/chi-tiet.aspx?url=%2Fthong-bao-lich-nghi-tet-duong-lich-2019-25010.htm">'
                      'Thông báo lịch nghỉ Tết Dương lịch năm 2019</a></h3><span class="date">28/12/2018 16:00</span><p>UBND tỉnh thông báo lịch nghỉ Tết Dương lịch năm 2019 đối với cán bộ, công chức…</p></div>')
        pager = '<div class="pager">' + "".join(
            (f'<span class="current">{k}</span>' if k == n else f'<a href="{cat_url(2, k)}">{k}</a>') for k in (1, 2, 3))
        pager += f' <a href="{cat_url(2, n + 1)}">Trang sau</a> <a href="{cat_url(2, 46)}">Trang cuối</a></div>'
        inner = f'<div class="list-news"><div class="breadcrumb-news"><a href="/">Trang chủ</a> <span>&gt;</span> <span>Tin tức - Sự kiện</span></div>{items}{pager}</div>'
        out.append((f"chuyen-muc-2-p{n}", url, page(url, f"/Pages/chuyen-muc.aspx?id=2&amp;page={n}", "Tin tức - Sự kiện", "Tin tức - Sự kiện",
                                                     wp_zone("Tin tức - Sự kiện", inner, 33), 200 + n, 4), "listing"))
    return out


def other_pages():
    out = []
    intro = """<div class="ms-rtestate-field"><h2>Tổng quan về tỉnh Quảng Ninh</h2>
<p style="text-align:justify;">Quảng Ninh là tỉnh ven biển thuộc vùng Đông Bắc Việt Nam, có đường biên giới trên bộ và trên biển với Trung Quốc. Tỉnh có 13 đơn vị hành chính cấp huyện, gồm 4 thành phố, 2 thị xã và 7 huyện.</p>
<p style="text-align:justify;">Tỉnh có vịnh Hạ Long hai lần được UNESCO công nhận là Di sản thiên nhiên thế giới, có hệ thống cảng biển, cửa khẩu quốc tế và nguồn tài nguyên than đá lớn nhất cả nước.</p>
<h3>Chức năng, nhiệm vụ của Cổng thông tin điện tử</h3>
<ul><li>Cung cấp thông tin chỉ đạo, điều hành của Tỉnh ủy, HĐND, UBND tỉnh;</li><li>Cung cấp dịch vụ công trực tuyến và tiếp nhận phản ánh, kiến nghị;</li><li>Quảng bá hình ảnh, tiềm năng của tỉnh.</li></ul></div>"""
    out.append(("gioi-thieu", "/vn/Pages/gioi-thieu.aspx", page("/vn/Pages/gioi-thieu.aspx", "/vn/Pages/gioi-thieu.aspx", "Giới thiệu", "Giới thiệu", wp_zone("Giới thiệu", intro, 33), 300, 7), "static"))
    rows = [("Văn phòng UBND tỉnh", "(0203) 3835 102", "vpubnd@quangninh.gov.vn"),
            ("Sở Nội vụ", "(0203) 3835 612", "sonoivu@quangninh.gov.vn"),
            ("Sở Tư pháp", "(0203) 3835 348", "sotuphap@quangninh.gov.vn"),
            ("Sở Thông tin và Truyền thông", "(0203) 3656 001", "stttt@quangninh.gov.vn"),
            ("Trung tâm Phục vụ hành chính công tỉnh", "(0203) 3638 555", "hcc@quangninh.gov.vn"),
            ("Trung tâm Truyền thông tỉnh", "(0203) 3634 219", "tttt@quangninh.gov.vn")]
    tr = "".join(f"<tr><td>{k + 1}</td><td>{escape(a)}</td><td>{b}</td><td>{c}</td></tr>" for k, (a, b, c) in enumerate(rows))
    contact = f"""<div class="ms-rtestate-field"><h2>Danh bạ điện thoại</h2><p>Ban biên tập Cổng thông tin điện tử tỉnh Quảng Ninh - Trung tâm Truyền thông tỉnh.</p>
<table class="ms-rteTable-1" width="100%"><tbody><tr class="ms-rteTableHeaderRow-1"><th>STT</th><th>Cơ quan</th><th>Điện thoại</th><th>Email</th></tr>{tr}</tbody></table></div>"""
    out.append(("lien-he", "/vn/Pages/lien-he.aspx", page("/vn/Pages/lien-he.aspx", "/vn/Pages/lien-he.aspx", "Liên hệ", "Liên hệ", wp_zone("Liên hệ", contact, 33), 301, 8), "contact"))
    # search
    q = "OCOP"
    hits = [a for a in ARTICLES if "OCOP" in a["title"] or any(q in str(b[1]) for b in a["body"])]
    res = "".join(f'<div class="ms-srch-item"><div class="ms-srch-item-title"><h3 class="ms-srch-ellipsis"><a class="ms-srch-item-link" href="{art_url(a)}">{escape(a["title"])}</a></h3></div>'
                  f'<div class="ms-srch-item-summary">{escape((a["lead"] or a["body"][0][1])[:180])}…</div><div class="ms-srch-item-path">{HOST}/vn/{a["slug"]}-{a["id"]}.htm</div></div>' for a in hits)
    sinner = f'<div class="ms-srch-result" id="Result"><div id="ResultCount" class="ms-srch-resultscount">Khoảng {len(hits)} kết quả</div><div id="Groups" class="ms-srch-group">{res}</div></div>'
    surl = f"/Pages/tim-kiem.aspx?k={quote_plus(q)}"
    out.append(("tim-kiem", surl, page(surl, surl, "Tìm kiếm", "", wp_zone("Kết quả tìm kiếm", sinner, 33), 302, 9), "search"))
    # soft 404
    gurl = "/Pages/chi-tiet.aspx?url=%2Fthong-bao-lich-nghi-tet-duong-lich-2019-25010.htm"
    ginner = '<div class="news-detail"><div class="news-empty"><p>Tin bài không tồn tại hoặc đã bị xóa!</p><p><a href="/">Về trang chủ</a></p></div></div>'
    out.append(("khong-ton-tai", gurl, page(gurl, gurl.replace("/Pages/", "./").lower(), "Chi tiết tin", "Tin tức - Sự kiện", wp_zone("", ginner, 33), 303, 3), "soft_404"))
    return out


def main():
    for fn in os.listdir(HERE):
        if fn.endswith(".html") or (fn.endswith(".json") and fn != "site.json"):
            os.remove(os.path.join(HERE, fn))
    with open(os.path.join(HERE, "site.json"), "w", encoding="utf-8") as f:
        json.dump({"host": HOST, "home": "/", "family": "sharepoint", "template": "sp2016chuyenmuc"}, f, ensure_ascii=False, indent=1)
    out = []
    for idx, a in enumerate(ARTICLES):
        url, html, exp = article_page(a, idx)
        out.append((f"article-{idx + 1:02d}-{a['id']}", url, html, "article", exp))
    for name, url, html, kind in listing_pages() + other_pages():
        out.append((name, url, html, kind, None))
    for name, url, html, kind, exp in out:
        with open(os.path.join(HERE, name + ".html"), "w", encoding="utf-8", newline="\r\n") as f:
            f.write(nfc(html))
        meta = {"url": HOST + url, "content_type": "text/html; charset=utf-8", "kind": kind}
        if exp is not None:
            meta["expected"] = json.loads(nfc(json.dumps(exp, ensure_ascii=False)))
        with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(meta, f, ensure_ascii=False, indent=1)
    print(f"wrote {len(out)} pages")


if __name__ == "__main__":
    main()
