# -*- coding: utf-8 -*-
"""Generate the lr62vnpt variant mini-site (Liferay 6.2 CE + VNPT eportal-style theme).

Run: /work/main/.venv/bin/python tests/variants/liferay/lr62vnpt/make.py
Standard library only. Writes <page>.html (bytes as served) and <page>.json (truth) next to this file.
"""
from __future__ import annotations

import html
import json
import sys
import unicodedata
from pathlib import Path
from urllib.parse import quote, urljoin

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from articles import ARTICLES  # noqa: E402

HOST = "https://sokhcn.hanoi.gov.vn"
SITE = "Sở Khoa học và Công nghệ Hà Nội"
THEME = "/sokhcn-theme"
THEME_ID = "sokhcnhanoi_WAR_sokhcnhanoitheme"
BUILD_T = "1702871234000"
TODAY = "Thứ Sáu, ngày 08/03/2024"
GROUP_ID = "10180"
COMPANY_ID = "10154"
AP_INST = "k3Rt9XbQ2mLs"       # asset publisher instance on the category page
VIEW_PID = "vnptviewcontent_WAR_vnpteportalportlet_INSTANCE_Zq8kLmN3xYtR"

E = html.escape
HOSTJ = HOST.replace("/", "\\x2f")


def nfc(s):
    return unicodedata.normalize("NFC", s)


def ampm(d):
    y, m, dd, hh, mi = d
    h12 = hh % 12 or 12
    return f"{dd:02d}/{m:02d}/{y} | {h12:02d}:{mi:02d} {'AM' if hh < 12 else 'PM'}"


def dmy(d):
    return f"{d[2]:02d}/{d[1]:02d}/{d[0]}"


def iso(d):
    if d is None:
        return None
    y, m, dd, hh, mi = d
    return f"{y:04d}-{m:02d}-{dd:02d}T{hh:02d}:{mi:02d}:00+07:00"


def art_url(a):
    return f"/{a['page']}/-/view_content/{a['id']}-{a['url_slug']}.html"


def js_url(u):
    return u.replace("/", "\\x2f").replace("=", "\\x3d").replace("&", "\\x26").replace("?", "\\x3f")


# Older items that exist on the real site but are not part of the fixture (their links answer 404).
OLDER = [
    ("hoat-dong-cua-so", 4405511, "hoi-nghi-so-ket-cong-tac-6-thang-dau-nam-2023", "Hội nghị sơ kết công tác 6 tháng đầu năm 2023", (2023, 7, 12, 15, 40)),
    ("hoat-dong-cua-so", 4388207, "lanh-dao-so-tham-va-lam-viec-voi-khu-cong-nghe-cao-hoa-lac", "Lãnh đạo Sở thăm và làm việc với Khu công nghệ cao Hòa Lạc", (2023, 6, 2, 9, 30)),
    ("hoat-dong-cua-so", 4371950, "trao-giai-thuong-sang-tao-khoa-hoc-cong-nghe-thu-do", "Trao Giải thưởng sáng tạo khoa học công nghệ Thủ đô", (2023, 5, 18, 17, 5)),
    ("hoat-dong-cua-so", 3011245, "hoi-nghi-tong-ket-cong-tac-nam-2017", "Hội nghị tổng kết công tác năm 2017", (2018, 1, 16, 0, 0)),
    ("thong-bao", 4479001, "thong-bao-lich-tiep-cong-dan-thang-11-2023", "Thông báo lịch tiếp công dân tháng 11/2023", (2023, 10, 30, 8, 0)),
    ("thong-bao", 4460318, "thong-bao-ket-qua-xet-tuyen-vien-chuc-nam-2023", "Thông báo kết quả xét tuyển viên chức năm 2023", (2023, 10, 5, 16, 10)),
    ("thong-bao", 4432876, "thong-bao-ve-viec-nghiem-thu-nhiem-vu-khcn-dot-2-nam-2023", "Thông báo về việc nghiệm thu nhiệm vụ KH&CN đợt 2 năm 2023", (2023, 9, 1, 10, 45)),
    ("tieu-chuan-do-luong-chat-luong", 4501144, "kiem-tra-chat-luong-mu-bao-hiem-cho-nguoi-di-mo-to-xe-may", "Kiểm tra chất lượng mũ bảo hiểm cho người đi mô tô, xe máy", (2023, 11, 20, 14, 0)),
    ("cai-cach-hanh-chinh", 4468830, "cong-bo-danh-muc-thu-tuc-hanh-chinh-linh-vuc-so-huu-tri-tue", "Công bố danh mục thủ tục hành chính lĩnh vực sở hữu trí tuệ", (2023, 10, 16, 11, 20)),
]


def older_url(o):
    return f"/{o[0]}/-/view_content/{o[1]}-{o[2]}.html"


A = {a["slug"]: a for a in ARTICLES}
SOFT404_URL = "/hoat-dong-cua-so/-/view_content/4400012-hoi-nghi-so-ket-cong-tac-quy-ii-nam-2023.html"
SEARCH_URL = ("/trang-chu?p_p_id=3&p_p_lifecycle=0&p_p_state=maximized&p_p_mode=view"
              "&_3_struts_action=%2Fsearch%2Fsearch&_3_redirect=%2Ftrang-chu&_3_keywords=kh%E1%BB%9Fi+nghi%E1%BB%87p&_3_groupId=0")


def ap_page_url(page, cur, inst=AP_INST, delta=5):
    return (f"/{page}?p_p_id=101_INSTANCE_{inst}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
            f"&p_p_col_id=column-1&p_p_col_pos=1&p_p_col_count=2&_101_INSTANCE_{inst}_delta={delta}"
            f"&_101_INSTANCE_{inst}_keywords=&_101_INSTANCE_{inst}_advancedSearch=false"
            f"&_101_INSTANCE_{inst}_andOperator=true&p_r_p_564233524_resetCur=false&_101_INSTANCE_{inst}_cur={cur}")


MENU = [
    ("Trang chủ", "/trang-chu", []),
    ("Giới thiệu", "/gioi-thieu", [("Chức năng nhiệm vụ", "/chuc-nang-nhiem-vu"), ("Cơ cấu tổ chức", "/co-cau-to-chuc"),
                                   ("Lãnh đạo Sở", "/lanh-dao-so"), ("Danh bạ điện thoại", "/danh-ba-dien-thoai")]),
    ("Tin tức - Sự kiện", "/tin-tuc-su-kien", [("Hoạt động của Sở", "/hoat-dong-cua-so"),
                                               ("Tiêu chuẩn - Đo lường - Chất lượng", "/tieu-chuan-do-luong-chat-luong"),
                                               ("Cải cách hành chính", "/cai-cach-hanh-chinh"),
                                               ("Khoa học và đời sống", "/khoa-hoc-va-doi-song")]),
    ("Thông báo", "/thong-bao", []),
    ("Văn bản", "/van-ban", [("Văn bản quy phạm pháp luật", "/van-ban-quy-pham-phap-luat"), ("Văn bản chỉ đạo điều hành", "/van-ban-chi-dao-dieu-hanh")]),
    ("Thủ tục hành chính", "/thu-tuc-hanh-chinh", []),
    ("Hỏi đáp", "/hoi-dap", []),
    ("Liên hệ", "/lien-he", []),
]


def nav(selected):
    out = ['<nav class="sort-pages modify-pages navbar site-navigation" id="navigation" role="navigation">',
           '<div class="navbar-inner"><div class="collapse nav-collapse">',
           '<ul aria-label="Các trang của trang web" class="nav nav-collapse" role="menubar">']
    for i, (name, href, kids) in enumerate(MENU):
        lid = 2 + i * 3
        cls = "lfr-nav-item"
        if name == selected:
            cls += " selected active"
        if kids:
            cls += " dropdown"
        out.append(f'<li class="{cls}" id="layout_{lid}" aria-haspopup="{"true" if kids else "false"}" role="presentation">')
        dd = 'aria-haspopup="true" class="dropdown-toggle" ' if kids else ""
        caret = ' <b class="caret"></b>' if kids else ""
        out.append(f'<a aria-labelledby="layout_{lid}" {dd}href="{href}" role="menuitem"><span> {E(name)}{caret}</span></a>')
        if kids:
            out.append('<ul class="dropdown-menu child-menu" role="menu">')
            for j, (kn, kh) in enumerate(kids):
                out.append(f'<li class="lfr-nav-item" id="layout_{lid * 10 + j}" role="presentation"><a class="" href="{kh}" role="menuitem">{E(kn)}</a></li>')
            out.append('</ul>')
        out.append('</li>')
    out.append('</ul></div></div></nav>')
    out.append('<script type="text/javascript">\n// <![CDATA[\nAUI().use("liferay-navigation-interaction", function(A) {(function() {var navigation = A.one("#navigation");'
               'Liferay.Data.NAV_INTERACTION_LIST_SELECTOR = ".navbar-site";Liferay.Data.NAV_LIST_SELECTOR = ".navbar-site";'
               'if (navigation) {navigation.plug(Liferay.NavigationInteraction);}})();});\n// ]]>\n</script>')
    return "\n".join(out)


def portlet(pid, title, body, css="", decorate=True, static="portlet-static portlet-static-end"):
    root = pid.split("_INSTANCE_")[0]
    out = [f'<div class="portlet-boundary portlet-boundary_{root}_  {static} portlet-borderless {css} " id="p_p_id_{pid}_" >',
           f'<span id="p_{pid}"></span>']
    if decorate:
        out.append(f'<section class="portlet" id="portlet_{pid}">')
        out.append(f'<header class="portlet-topper"><h1 class="portlet-title"><span tabindex="0" class="portlet-title-text">{E(title)}</span></h1>'
                   f'<menu class="portlet-topper-toolbar" id="portlet-topper-toolbar_{pid}" type="toolbar"></menu></header>')
        out.append('<div class="portlet-content"><div class=" portlet-content-container" style=""><div class="portlet-body">')
        out.append(body)
        out.append('</div></div></div></section>')
    else:
        out.append('<div class="portlet-borderless-container" style=""><div class="portlet-body">')
        out.append(body)
        out.append('</div></div>')
    out.append('</div>')
    return "\n".join(out)


def breadcrumb(items):
    pid = "73_INSTANCE_bRdC9mXk2pLq"
    lis = []
    for i, (name, href) in enumerate(items):
        cls = []
        if i == 0:
            cls.append("first")
        if i == len(items) - 1:
            cls += ["active", "last"]
        cls.append("breadcrumb-truncate")
        div = '<span class="divider">/</span>' if i < len(items) - 1 else ""
        lis.append(f'<li class="{" ".join(cls)}"><a href="{href}" >{E(name)}</a>{div}</li>')
    body = f'<ul aria-label="Breadcrumb" class="breadcrumb breadcrumb-horizontal">{"".join(lis)}</ul>'
    return portlet(pid, "Điều hướng", body, css="portlet-breadcrumb", decorate=False)


def sidebar(variant):
    parts = []
    # banner links
    banners = [("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn", "banner-dvcqg.png"),
               ("Cổng dịch vụ công Thành phố Hà Nội", "https://dichvucong.hanoi.gov.vn", "banner-dvc-hanoi.png"),
               ("Hệ thống thông tin giải quyết TTHC", "https://motcua.hanoi.gov.vn", "banner-motcua.png"),
               ("Chuyển đổi số Thủ đô", "https://chuyendoiso.hanoi.gov.vn", "banner-cds.png")]
    b = "".join(f'<div class="banner-item"><a href="{h}" target="_blank" title="{E(t)}"><img alt="{E(t)}" src="{THEME}/images/banner/{f}" /></a></div>' for t, h, f in banners)
    parts.append(portlet("vnptbanner_WAR_vnpteportalportlet_INSTANCE_bN1r2T3y", "Banner", f'<div class="vnpt-banner">{b}</div>', css="portlet-banner", decorate=False))
    # most-read list (rotates)
    pool = [(a["title"], art_url(a), dmy(a["date"])) for a in ARTICLES] + [(o[3], older_url(o), dmy(o[4])) for o in OLDER]
    k = variant % len(pool)
    pick = (pool[k:] + pool[:k])[:6]
    if variant % 3 == 0:
        pick[-1] = ("Hội nghị sơ kết công tác quý II năm 2023", SOFT404_URL, "14/07/2023")
    lis = "".join(f'<li><a href="{h}" title="{E(t)}">{E(t)}</a><!--<span class="date">({d})</span>--></li>' for t, h, d in pick)
    parts.append(portlet("vnptmostview_WAR_vnpteportalportlet_INSTANCE_mV7w8X9y", "Tin xem nhiều", f'<div class="most-view-news"><ul class="list-news">{lis}</ul></div>', css="portlet-most-view"))
    # documents
    docs = [("Quyết định số 215/QĐ-SKHCN", "Về việc phê duyệt danh mục nhiệm vụ KH&CN cấp Thành phố năm 2024", "05/03/2024"),
            ("Kế hoạch số 48/KH-SKHCN", "Kiểm tra nhà nước về đo lường, chất lượng năm 2024", "28/02/2024"),
            ("Công văn số 312/SKHCN-VP", "Về việc triển khai Tháng hành động vì an toàn thực phẩm", "26/02/2024"),
            ("Quyết định số 187/QĐ-SKHCN", "Ban hành Quy chế làm việc của Hội đồng tư vấn", "20/02/2024"),
            ("Thông báo số 36/TB-SKHCN", "Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 2", "19/02/2024")]
    dl = "".join(f'<div class="doc-item"><a href="/van-ban?_vnptdocument_WAR_vnpteportalportlet_docId={9100 + i}"><span class="doc-number">{E(n)}</span></a>'
                 f'<p class="doc-summary">{E(s)}</p><p class="doc-date">Ngày ban hành: {d}</p></div>' for i, (n, s, d) in enumerate(docs[variant % 2:] + docs[:variant % 2]))
    parts.append(portlet("vnptdocument_WAR_vnpteportalportlet_INSTANCE_dC4v5B6n", "Văn bản mới", f'<div class="new-documents"><marquee direction="up" onmouseout="this.start()" onmouseover="this.stop()" scrollamount="2">{dl}</marquee></div>', css="portlet-new-documents"))
    # poll (Liferay polls display portlet 59)
    poll = ('<form action="/trang-chu?p_p_id=59_INSTANCE_pL0lQ1w2&amp;p_p_lifecycle=1&amp;p_p_state=normal&amp;p_p_mode=view&amp;_59_INSTANCE_pL0lQ1w2_struts_action=%2Fpolls_display%2Fview&amp;_59_INSTANCE_pL0lQ1w2_cmd=vote" method="post" name="_59_INSTANCE_pL0lQ1w2_fm">'
            '<input name="_59_INSTANCE_pL0lQ1w2_formDate" type="hidden" value="1709867405123" /><input name="_59_INSTANCE_pL0lQ1w2_questionId" type="hidden" value="2203318" />'
            '<span class="poll-description">Bạn đánh giá thế nào về chất lượng cung cấp dịch vụ công trực tuyến của Sở?</span><br /><br />'
            + "".join(f'<label class="radio" for="_59_INSTANCE_pL0lQ1w2_choiceId{2203320 + i}"><input class="field" id="_59_INSTANCE_pL0lQ1w2_choiceId{2203320 + i}" name="_59_INSTANCE_pL0lQ1w2_choiceId" type="radio" value="{2203320 + i}" /> {c}. {t}</label>'
                      for i, (c, t) in enumerate([("a", "Rất hài lòng"), ("b", "Hài lòng"), ("c", "Chưa hài lòng"), ("d", "Ý kiến khác")]))
            + '<div class="button-holder "><button class="btn btn-primary" type="submit">Bình chọn</button></div>'
            '<a href="/trang-chu?p_p_id=59_INSTANCE_pL0lQ1w2&amp;p_p_lifecycle=0&amp;_59_INSTANCE_pL0lQ1w2_viewResults=1">Xem kết quả</a></form>')
    parts.append(portlet("59_INSTANCE_pL0lQ1w2", "Thăm dò ý kiến", poll, css="portlet-polls-display"))
    # links
    groups = [("Chính phủ", [("Cổng thông tin điện tử Chính phủ", "https://chinhphu.vn"), ("Bộ Khoa học và Công nghệ", "https://most.gov.vn")]),
              ("Thành phố Hà Nội", [("Cổng Giao tiếp điện tử Hà Nội", "https://hanoi.gov.vn"), ("Sở Thông tin và Truyền thông", "https://sotttt.hanoi.gov.vn"),
                                    ("Sở Kế hoạch và Đầu tư", "https://sokhdt.hanoi.gov.vn"), ("Sở Tài chính", "https://sotaichinh.hanoi.gov.vn")]),
              ("Quận, huyện, thị xã", [("UBND quận Hà Đông", "https://hadong.hanoi.gov.vn"), ("UBND huyện Sóc Sơn", "https://socson.hanoi.gov.vn"),
                                        ("UBND huyện Đông Anh", "https://donganh.hanoi.gov.vn")])]
    sel = '<select class="link-select" onchange="if(this.value!=\'\')window.open(this.value,\'_blank\');"><option value="">-- Liên kết website --</option>'
    for g, links in groups:
        sel += f'<optgroup label="{E(g)}">' + "".join(f'<option value="{h}">{E(t)}</option>' for t, h in links) + '</optgroup>'
    sel += '</select>'
    parts.append(portlet("vnptweblink_WAR_vnpteportalportlet_INSTANCE_wL5k6J7h", "Liên kết website", f'<div class="web-link">{sel}</div>', css="portlet-web-link"))
    # counter
    total = 17_887_020 + variant * 1_337
    online = 412 + (variant * 37) % 300
    cnt = (f'<div class="statistic"><ul><li><span class="label-stat">Đang truy cập:</span> <span class="value">{online:,}</span></li>'
           f'<li><span class="label-stat">Hôm nay:</span> <span class="value">{(5_120 + variant * 61):,}</span></li>'
           f'<li><span class="label-stat">Tổng lượt truy cập:</span> <span class="value">{total:,}</span></li></ul></div>').replace(",", ".")
    parts.append(portlet("vnptcounter_WAR_vnpteportalportlet_INSTANCE_cT8r9E0w", "Thống kê truy cập", cnt, css="portlet-counter"))
    return "\n".join(parts)


def head_js(url, plid, layout_id, title_js):
    cur = js_url(url)
    curpath = cur.split("\\x3f")[0]
    enc = quote(url, safe="")
    return f"""<script type="text/javascript">
	// <![CDATA[
		var Liferay = {{
			Browser: {{
				acceptsGzip: function() {{return true;}},
				getMajorVersion: function() {{return 0;}},
				getRevision: function() {{return '';}},
				getVersion: function() {{return '';}},
				isAir: function() {{return false;}},
				isChrome: function() {{return false;}},
				isFirefox: function() {{return false;}},
				isGecko: function() {{return false;}},
				isIe: function() {{return false;}},
				isIphone: function() {{return false;}},
				isLinux: function() {{return false;}},
				isMac: function() {{return false;}},
				isMobile: function() {{return false;}},
				isMozilla: function() {{return false;}},
				isOpera: function() {{return false;}},
				isRtf: function() {{return false;}},
				isSafari: function() {{return false;}},
				isSun: function() {{return false;}},
				isWap: function() {{return false;}},
				isWapXhtml: function() {{return false;}},
				isWebKit: function() {{return false;}},
				isWindows: function() {{return false;}},
				isWml: function() {{return false;}}
			}},
			Data: {{
				NAV_SELECTOR: '#navigation',
				isCustomizationView: function() {{return false;}},
				notices: [null]
			}},
			ThemeDisplay: {{
				getLayoutId: function() {{return '{layout_id}';}},
				getLayoutURL: function() {{return '{HOSTJ}{curpath}';}},
				getParentLayoutId: function() {{return '0';}},
				isPrivateLayout: function() {{return 'false';}},
				isVirtualLayout: function() {{return false;}},
				getBCP47LanguageId: function() {{return 'vi-VN';}},
				getCDNBaseURL: function() {{return '{HOSTJ}';}},
				getCDNDynamicResourcesHost: function() {{return '';}},
				getCDNHost: function() {{return '';}},
				getCompanyId: function() {{return '{COMPANY_ID}';}},
				getCompanyGroupId: function() {{return '10194';}},
				getDefaultLanguageId: function() {{return 'vi_VN';}},
				getDoAsUserIdEncoded: function() {{return '';}},
				getLanguageId: function() {{return 'vi_VN';}},
				getParentGroupId: function() {{return '{GROUP_ID}';}},
				getPathContext: function() {{return '';}},
				getPathImage: function() {{return '\\x2fimage';}},
				getPathJavaScript: function() {{return '\\x2fhtml\\x2fjs';}},
				getPathMain: function() {{return '\\x2fc';}},
				getPathThemeImages: function() {{return '{HOSTJ}\\x2fsokhcn-theme\\x2fimages';}},
				getPathThemeRoot: function() {{return '\\x2fsokhcn-theme';}},
				getPlid: function() {{return '{plid}';}},
				getPortalURL: function() {{return '{HOSTJ}';}},
				getPortletSetupShowBordersDefault: function() {{return true;}},
				getScopeGroupId: function() {{return '{GROUP_ID}';}},
				getScopeGroupIdOrLiveGroupId: function() {{return '{GROUP_ID}';}},
				getSessionId: function() {{return '';}},
				getSiteGroupId: function() {{return '{GROUP_ID}';}},
				getURLControlPanel: function() {{return '\\x2fgroup\\x2fcontrol_panel\\x3fdoAsGroupId\\x3d{GROUP_ID}\\x26refererPlid\\x3d{plid}';}},
				getURLHome: function() {{return '{HOSTJ}\\x2fweb\\x2fguest';}},
				getUserId: function() {{return '10158';}},
				getUserName: function() {{return '';}},
				isAddSessionIdToURL: function() {{return false;}},
				isFreeformLayout: function() {{return false;}},
				isImpersonated: function() {{return false;}},
				isSignedIn: function() {{return false;}},
				isStateExclusive: function() {{return false;}},
				isStateMaximized: function() {{return false;}},
				isStatePopUp: function() {{return false;}}
			}},
			PropsValues: {{
				NTLM_AUTH_ENABLED: false
			}}
		}};

		var themeDisplay = Liferay.ThemeDisplay;

		Liferay.AUI = {{
			getAvailableLangPath: function() {{return 'available_languages.jsp?browserId=other&themeId={THEME_ID}&colorSchemeId=01&minifierType=js&languageId=vi_VN&b=6205&t={BUILD_T}';}},
			getCombine: function() {{return true;}},
			getComboPath: function() {{return '/combo/?browserId=other&minifierType=&languageId=vi_VN&b=6205&t={BUILD_T}&';}},
			getFilter: function() {{return 'min';}},
			getJavaScriptRootPath: function() {{return '/html/js';}},
			getLangPath: function() {{return 'aui_lang.jsp?browserId=other&themeId={THEME_ID}&colorSchemeId=01&minifierType=js&languageId=vi_VN&b=6205&t={BUILD_T}';}},
			getStaticResourceURLParams: function() {{return '?browserId=other&minifierType=&languageId=vi_VN&b=6205&t={BUILD_T}';}}
		}};

		Liferay.authToken = 'Xk2bQ9aL';

		Liferay.currentURL = '{cur}';
		Liferay.currentURLEncoded = '{enc}';
	// ]]>
</script>
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId={THEME_ID}&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6205&amp;t={BUILD_T}" type="text/javascript"></script>
<script type="text/javascript">
	// <![CDATA[
		Liferay.Portlet.list = ['73_INSTANCE_bRdC9mXk2pLq','vnptbanner_WAR_vnpteportalportlet_INSTANCE_bN1r2T3y','vnptmostview_WAR_vnpteportalportlet_INSTANCE_mV7w8X9y','vnptdocument_WAR_vnpteportalportlet_INSTANCE_dC4v5B6n','59_INSTANCE_pL0lQ1w2','vnptweblink_WAR_vnpteportalportlet_INSTANCE_wL5k6J7h','vnptcounter_WAR_vnpteportalportlet_INSTANCE_cT8r9E0w'];
	// ]]>
</script>
<script type="text/javascript">
	(function(i,s,o,g,r,a,m){{i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){{
	(i[r].q=i[r].q||[]).push(arguments)}},i[r].l=1*new Date();a=s.createElement(o),
	m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)
	}})(window,document,'script','//www.google-analytics.com/analytics.js','ga');
	ga('create', 'UA-48211734-1', 'auto');
	ga('send', 'pageview');
</script>"""


CSS_BLOCK = "\n".join(
    f"#p_p_id_{p}_ .portlet-borderless-container {{border-width: ; border-style: }}"
    for p in ["73_INSTANCE_bRdC9mXk2pLq", "vnptbanner_WAR_vnpteportalportlet_INSTANCE_bN1r2T3y", "vnptmostview_WAR_vnpteportalportlet_INSTANCE_mV7w8X9y",
              "vnptdocument_WAR_vnpteportalportlet_INSTANCE_dC4v5B6n", "59_INSTANCE_pL0lQ1w2", "vnptweblink_WAR_vnpteportalportlet_INSTANCE_wL5k6J7h",
              "vnptcounter_WAR_vnpteportalportlet_INSTANCE_cT8r9E0w"])


def page(*, url, title, desc, plid, layout_id, selected, crumbs, main_portlets, variant, keywords=""):
    statics = ""
    onloads = []
    pids = ["73_INSTANCE_bRdC9mXk2pLq"] + [p for p, _ in main_portlets] + [
        "vnptbanner_WAR_vnpteportalportlet_INSTANCE_bN1r2T3y", "vnptmostview_WAR_vnpteportalportlet_INSTANCE_mV7w8X9y",
        "vnptdocument_WAR_vnpteportalportlet_INSTANCE_dC4v5B6n", "59_INSTANCE_pL0lQ1w2",
        "vnptweblink_WAR_vnpteportalportlet_INSTANCE_wL5k6J7h", "vnptcounter_WAR_vnpteportalportlet_INSTANCE_cT8r9E0w"]
    for i, p in enumerate(pids):
        ref = js_url(f"/c/portal/render_portlet?p_l_id={plid}&p_p_id={p}&p_p_lifecycle=0&p_t_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-{1 if i < len(main_portlets) + 1 else 2}&p_p_col_pos={i}&p_p_col_count={len(pids)}&p_p_isolated=1&currentURL={quote(url, safe='')}")
        onloads.append(f"(function() {{Liferay.Portlet.onLoad({{canEditTitle: false, columnPos: {i}, isStatic: 'end', namespacedId: 'p_p_id_{p}_', portletId: '{p}', refreshURL: '{ref}'}});}})();")
    flags = (f'<div class="language-flags"><a href="{url.split("?")[0]}/vi" title="Tiếng Việt" class="taglib-language-list-text"><img alt="Tiếng Việt" src="{THEME}/images/flags/vi_VN.png" /></a>'
             f'<a href="{url.split("?")[0]}/en" title="English" class="taglib-language-list-text last"><img alt="English" src="{THEME}/images/flags/en_US.png" /></a></div>')
    header = f"""<header id="banner" role="banner">
<div class="top-bar clearfix"><div class="container-inner">
<div class="current-date"><i class="icon-calendar"></i> {TODAY}</div>
<div class="top-links"><a href="/so-do-website">Sơ đồ cổng</a> | <a href="/lien-he">Liên hệ</a> | <a href="/rss/-/asset_publisher/{AP_INST}/rss" class="rss">RSS</a> | <a href="/c/portal/login?p_l_id={plid}" rel="nofollow">Đăng nhập</a></div>
{flags}
</div></div>
<div class="header-main clearfix"><div class="container-inner">
<h1 class="site-title"><a class="logo custom-logo" href="/trang-chu" title="Đi tới {E(SITE)}"><img alt="{E(SITE)}" height="96" src="/image/layout_set_logo?img_id=2204871&amp;t={BUILD_T}" width="96" /></a>
<span class="site-name-top">ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI</span><span class="site-name" title="Đi tới {E(SITE)}">SỞ KHOA HỌC VÀ CÔNG NGHỆ</span></h1>
<div class="header-search">
<form action="/trang-chu?p_p_id=3&amp;p_p_lifecycle=0&amp;p_p_state=maximized&amp;p_p_mode=view&amp;_3_struts_action=%2Fsearch%2Fsearch&amp;_3_redirect=%2Ftrang-chu" method="get" name="_3_fm" onSubmit="_3_search(); return false;">
<input name="p_p_id" type="hidden" value="3" /><input name="p_p_lifecycle" type="hidden" value="0" /><input name="p_p_state" type="hidden" value="maximized" /><input name="p_p_mode" type="hidden" value="view" /><input name="_3_struts_action" type="hidden" value="/search/search" /><input name="_3_redirect" type="hidden" value="/trang-chu" />
<input class="search-input" id="_3_keywords" name="_3_keywords" placeholder="Tìm kiếm tin tức" size="30" title="Tìm kiếm" type="text" value="" />
<input name="_3_groupId" type="hidden" value="0" />
<input alt="Tìm kiếm" class="search-button" src="{THEME}/images/common/search.png" title="Tìm kiếm" type="image" />
</form>
<script type="text/javascript">function _3_search() {{var keywords = document._3_fm._3_keywords.value;keywords = keywords.replace(/^\\s+|\\s+$/, '');if (keywords != '') {{submitForm(document._3_fm);}}}}</script>
</div>
</div></div>
{nav(selected)}
</header>"""
    main = "\n".join(h for _, h in main_portlets)
    footer = f"""<footer id="footer" role="contentinfo">
<div class="footer-links"><a href="/trang-chu">Trang chủ</a> | <a href="/chuc-nang-nhiem-vu">Giới thiệu</a> | <a href="/hoat-dong-cua-so">Tin tức</a> | <a href="/thong-bao">Thông báo</a> | <a href="/danh-ba-dien-thoai">Danh bạ</a> | <a href="/so-do-website">Sơ đồ cổng</a></div>
<div class="footer-info">
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ KHOA HỌC VÀ CÔNG NGHỆ HÀ NỘI</strong></p>
<p>Cơ quan chủ quản: Sở Khoa học và Công nghệ Hà Nội. Chịu trách nhiệm chính: Giám đốc Sở</p>
<p>Địa chỉ: Số 5 Nguyễn Trãi, quận Hà Đông, thành phố Hà Nội. Điện thoại: 024.3382.xxxx - Fax: 024.3382.xxxx - Email: sokhcn@hanoi.gov.vn</p>
<p>Ghi rõ nguồn “sokhcn.hanoi.gov.vn” khi phát hành lại thông tin từ nguồn này.</p>
</div>
<div class="footer-badge"><a href="https://tinnhiemmang.vn/danh-ba-tin-nhiem/sokhcnhanoigovvn-1660000000" title="Chứng nhận Tín Nhiệm Mạng" target="_blank"><img src="https://tinnhiemmang.vn/handle_cert?id=sokhcn.hanoi.gov.vn" width="150px" height="auto" alt="Chứng nhận Tín Nhiệm Mạng" /></a></div>
<div class="powered-by">Phát triển bởi VNPT Hà Nội</div>
</footer>"""
    return f"""<!DOCTYPE html>

<html class="aui ltr" dir="ltr" lang="vi-VN">

<head>
	<title>{E(title)} - {E(SITE)}</title>

	<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="{E(desc)}" lang="vi-VN" name="description" />
{f'<meta content="{E(keywords)}" lang="vi-VN" name="keywords" />' if keywords else ''}

<link href="{THEME}/images/favicon.ico" rel="Shortcut Icon" />

<link href="{HOST}{url.split('?')[0]}" rel="canonical" />
<link href="{HOST}{url.split('?')[0]}" hreflang="x-default" rel="alternate" />
<link href="{HOST}/en{url.split('?')[0]}" hreflang="en-US" rel="alternate" />

<link class="lfr-css-file" href="{HOST}{THEME}/css/aui.css?browserId=other&amp;themeId={THEME_ID}&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6205&amp;t={BUILD_T}" rel="stylesheet" type="text/css" />

<link href="/html/css/main.css?browserId=other&amp;themeId={THEME_ID}&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6205&amp;t={BUILD_T}" rel="stylesheet" type="text/css" />

{head_js(url, plid, layout_id, title)}

<link class="lfr-css-file" href="{HOST}{THEME}/css/main.css?browserId=other&amp;themeId={THEME_ID}&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6205&amp;t={BUILD_T}" rel="stylesheet" type="text/css" />

<style type="text/css">
{CSS_BLOCK}
</style>
</head>

<body class=" yui3-skin-sam controls-visible guest-site signed-out public-page site">

<a href="#main-content" id="skip-to-content">Truy cập nội dung luôn</a>

<div class="container-fluid" id="wrapper">
{header}

<div id="content">
{breadcrumb(crumbs)}

<div class="columns-2" id="main-content" role="main">
	<div class="portlet-layout row-fluid">
		<div class="portlet-column portlet-column-first span8" id="column-1">
			<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{main}
			</div>
		</div>

		<div class="portlet-column portlet-column-last span4" id="column-2">
			<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
{sidebar(variant)}
			</div>
		</div>
	</div>
</div>

<form action="#" id="hrefFm" method="post" name="hrefFm">
	<span></span>
</form>
</div>

{footer}
</div>

<script type="text/javascript">
// <![CDATA[
	Liferay.Util.addInputFocus();
	Liferay.Portlet.runtimePortletIds = ['73_INSTANCE_bRdC9mXk2pLq'];
// ]]>
</script>

<script type="text/javascript">
// <![CDATA[
	AUI().use('aui-base', 'liferay-menu', 'liferay-notice', 'liferay-poller', 'liferay-session', function(A) {{(function() {{
			Liferay.Util.addInputType();
			Liferay.Portlet.ready(
				function(portletId, node) {{
					Liferay.Util.addInputType(node);
				}}
			);
			if (A.UA.mobile) {{
				Liferay.Util.addInputCancel();
			}}
		}})();
		(function() {{
			new Liferay.Menu();
			var liferayNotices = Liferay.Data.notices;
			for (var i = 1; i < liferayNotices.length; i++) {{
				new Liferay.Notice(liferayNotices[i]);
			}}
		}})();
		{chr(10).join('		' + o for o in onloads)}
		(function() {{
			Liferay.Session = new Liferay.SessionBase(
				{{
					autoExtend: true,
					sessionLength: 30,
					redirectOnExpire: false,
					redirectUrl: '{HOSTJ}\\x2fweb\\x2fguest',
					warningLength: 0
				}}
			);
		}})();
	}});
// ]]>
</script>

<script src="{HOST}{THEME}/js/main.js?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;b=6205&amp;t={BUILD_T}" type="text/javascript"></script>

<script type="text/javascript">
	// <![CDATA[
	// ]]>
</script>

</body>

</html>
"""


# --------------------------------------------------------------------------------------------
# article body rendering (HTML + truth at the same time)

def render_body(a):
    html_parts, text, images, attach, related_inline = [], [], [], None, None
    for b in a["body"]:
        if isinstance(b, str):
            html_parts.append(f'<p style="text-align: justify;">{E(b)}</p>')
            text.append(b)
            continue
        kind = b[0]
        if kind == "h":
            html_parts.append(f'<p style="text-align: justify;"><strong>{E(b[1])}</strong></p>')
            text.append(b[1])
        elif kind == "img":
            _, path, cap, credit, style = b
            src = HOST + path
            full = cap if not credit else f"{cap} ({credit})"
            if style == "em":
                html_parts.append(f'<p style="text-align: center;"><img alt="" src="{path}" style="width: 600px; height: 400px;" /></p>')
                html_parts.append(f'<p style="text-align: center;"><em>{E(full)}</em></p>')
            elif style == "br":
                html_parts.append(f'<p style="text-align: center;"><img alt="{E(cap)}" src="{path}" style="width: 600px; height: 399px;" /><br />\n<em>{E(cap)}. {E(credit)}</em></p>')
                full = None
            else:  # one-cell photo table with a caption row
                html_parts.append('<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 600px;"><tbody>'
                                  f'<tr><td><img alt="" src="{path}" style="width: 600px; height: 400px;" /></td></tr>'
                                  f'<tr><td style="text-align: center;"><span style="font-size:12px;"><em>{E(full)}</em></span></td></tr>'
                                  '</tbody></table>')
            c = cap if style != "br" else cap + "."
            images.append({"src": src, "caption": c, "credit": credit})
        elif kind == "table":
            rows = b[1]
            t = ['<table border="1" cellpadding="0" cellspacing="0" class="MsoTableGrid" style="width:100%; border-collapse:collapse;"><tbody>']
            for i, r in enumerate(rows):
                cells = "".join(f'<td style="text-align:{"center" if j != 1 else "left"}; padding: 3px;">{"<strong>" if i == 0 else ""}{E(c)}{"</strong>" if i == 0 else ""}</td>' for j, c in enumerate(r))
                t.append(f'<tr>{cells}</tr>')
                text.append(" | ".join(r))
            t.append('</tbody></table>')
            html_parts.append("".join(t))
        elif kind == "ul":
            html_parts.append('<ul>' + "".join(f'<li style="text-align: justify;">{E(x)}</li>' for x in b[1]) + '</ul>')
            text.extend(b[1])
        elif kind == "br":
            html_parts.append('<p style="text-align: justify;">' + "<br />\n".join(E(x) for x in b[1]) + '</p>')
            text.extend(b[1])
        elif kind == "sig":
            html_parts.append(f'<p style="text-align: right;"><strong>{E(b[1])}</strong></p>')
        elif kind == "attach":
            attach = b[1]
        elif kind == "related":
            rel = []
            for t_, h_, d_ in b[1]:
                if h_ is None:
                    h_ = art_url(next(x for x in ARTICLES if x["title"] == t_))
                rel.append(f'<li><a href="{h_}">{E(t_)}</a> ({d_})</li>')
            html_parts.append('<p><strong><span style="color:#0000cd;">Tin liên quan:</span></strong></p><ul class="related-inline">' + "".join(rel) + '</ul>')
    return "\n".join(html_parts), text, images, attach


def article_page(a, idx):
    url = art_url(a)
    body_html, text, images, attach = render_body(a)
    date_html = f'<span class="label-date">Ngày đăng</span> <span class="date-value">{ampm(a["date"])}</span>'
    if a.get("updated"):
        date_html += f' <span class="sep">-</span> <span class="label-date">Cập nhật</span> <span class="date-value">{ampm(a["updated"])}</span>'
    lead_html = ""
    if a["lead"]:
        pre = f'{E(a["prefix"])} ' if a.get("prefix") else ""
        lead_html = f'<div class="news-detail-sapo"><strong>{pre}{E(a["lead"])}</strong></div>'
    meta = ""
    if a["authors"] and not any(isinstance(b, tuple) and b[0] == "sig" for b in a["body"]):
        meta += f'<div class="news-detail-author"><span class="label">Tác giả:</span> {E(", ".join(a["authors"]))}</div>'
    if a.get("source"):
        meta += f'<div class="news-detail-source"><span class="label">Nguồn:</span> {E(a["source"])}</div>'
    att = ""
    if attach:
        att = ('<div class="news-detail-attachments"><div class="title-attach">File đính kèm</div><ul>'
               + "".join(f'<li><i class="icon-paper-clip"></i> <a href="{h}" target="_blank">{E(t)}</a> <a class="download" href="{h}?download=true">Tải về</a></li>' for t, h in attach)
               + '</ul></div>')
    tags = {"hoat-dong-cua-so": ["khoa học công nghệ", "khởi nghiệp"], "thong-bao": ["nhiệm vụ KH&CN", "tuyển chọn"],
            "tieu-chuan-do-luong-chat-luong": ["đo lường", "xăng dầu"], "cai-cach-hanh-chinh": ["cải cách hành chính", "dịch vụ công"]}[a["page"]]
    tag_html = ('<div class="news-detail-tags"><span class="label">Từ khóa:</span> '
                + " ".join((f'<a class="tag" href="{E(SEARCH_URL)}">{E(t)}</a>' if t == "khởi nghiệp" else
                            f'<a class="tag" href="/trang-chu?p_p_id=3&amp;p_p_lifecycle=0&amp;p_p_state=maximized&amp;_3_struts_action=%2Fsearch%2Fsearch&amp;_3_keywords={quote(t)}">{E(t)}</a>')
                           for t in tags) + '</div>')
    # "Các tin khác": same category, others
    others = [x for x in ARTICLES if x is not a]
    others = (others[idx % len(others):] + others[:idx % len(others)])[:5]
    olds = [o for o in OLDER if o[0] == a["page"]][:2]
    lis = "".join(f'<li><a href="{art_url(x)}">{E(x["title"])}</a> <span class="date">({dmy(x["date"])})</span></li>' for x in others)
    lis += "".join(f'<li><a href="{older_url(o)}">{E(o[3])}</a> <span class="date">({dmy(o[4])})</span></li>' for o in olds)
    tools = (f'<div class="news-detail-tools"><a href="javascript:window.print();" class="print"><i class="icon-print"></i> In bài viết</a>'
             f' <a href="mailto:?subject={quote(a["title"])}&amp;body={quote(HOST + url)}" class="email"><i class="icon-envelope"></i> Gửi email</a>'
             f' <a href="https://www.facebook.com/sharer/sharer.php?u={quote(HOST + url, safe="")}" target="_blank" class="facebook">Chia sẻ</a>'
             f' <a href="javascript:history.back();" class="back">Quay lại</a></div>')
    detail = f"""<div class="vnpt-news-detail" id="_{VIEW_PID}_newsDetail">
<!-- begin news detail -->
<div class="news-detail-title"><h3 class="title">{E(a["title"])}</h3></div>
<div class="news-detail-date">{date_html}</div>
<!--<div class="news-detail-view">Lượt xem: <span>{1200 + idx * 97}</span></div>-->
{lead_html}
<div class="news-detail-content journal-content-article">
{body_html}
</div>
{meta}
{att}
{tag_html}
{tools}
<!-- end news detail -->
</div>
<div class="news-detail-others">
<div class="title-others"><span>Các tin khác</span></div>
<ul class="list-others">{lis}</ul>
<div class="view-more"><a href="/{a['page']}">Xem thêm &raquo;</a></div>
</div>"""
    cat_page = "/" + a["page"]
    crumbs = [("Trang chủ", "/trang-chu")]
    if a["page"] != "thong-bao":
        crumbs.append(("Tin tức - Sự kiện", "/tin-tuc-su-kien"))
    crumbs.append((a["category"], cat_page))
    html_doc = page(url=url, title=a["title"], desc=(a["lead"] or text[0])[:250], plid=30500 + idx, layout_id=40 + idx,
                    selected="Thông báo" if a["page"] == "thong-bao" else "Tin tức - Sự kiện", crumbs=crumbs,
                    main_portlets=[(VIEW_PID, portlet(VIEW_PID, a["category"], detail, css="portlet-view-content"))],
                    variant=idx + 1, keywords=", ".join(tags))
    expected = {
        "title": a["title"],
        "agency_prefix": a.get("prefix"),
        "lead": a["lead"],
        "text": "\n\n".join(text),
        "published_at": iso(a["date"]),
        "updated_at": iso(a.get("updated")),
        "date_label": "Ngày đăng",
        "authors": a["authors"],
        "unit": a["unit"],
        "images": images,
        "category": a["category"],
    }
    return url, html_doc, expected


# --------------------------------------------------------------------------------------------
# listing pages (Asset Publisher 101 with a VNPT application display template)

def summary(a):
    s = a["lead"] or next(b for b in a["body"] if isinstance(b, str))
    if len(s) > 220:
        s = s[:220].rsplit(" ", 1)[0] + "..."
    return s


def thumb(a):
    for b in a["body"]:
        if isinstance(b, tuple) and b[0] == "img":
            return b[1] + "?imageThumbnail=1"
    return f"{THEME}/images/common/no-image.jpg"


def ap_item(title, href, date, summ, img, first=False):
    return f"""<div class="news-item clearfix{' first' if first else ''}">
	<!-- <div class="news-category"><span>Tin tức</span></div> -->
	<div class="news-image"><a href="{href}"><img alt="{E(title)}" src="{img}" /></a></div>
	<div class="news-info">
		<h3 class="news-title"><a href="{href}">{E(title)}</a></h3>
		<div class="news-date">Ngày đăng {date}</div>
		<!-- <div class="news-author">Tác giả: </div>
		<div class="news-view">Lượt xem: 0</div> -->
		<div class="news-summary">{E(summ)}</div>
		<!-- <div class="news-more"><a href="{href}">Xem tiếp</a></div> -->
	</div>
</div>"""


def pager(page_name, cur, total, delta, inst=AP_INST):
    pages = (total + delta - 1) // delta
    def u(n):
        return E(ap_page_url(page_name, n, inst, delta))
    first = f'<li class="{"disabled " if cur == 1 else ""}first"><a href="{"javascript:;" if cur == 1 else u(1)}">&larr; Đầu</a></li>'
    prev = f'<li class="{"disabled" if cur == 1 else ""}"><a href="{"javascript:;" if cur == 1 else u(cur - 1)}">Trước</a></li>'
    nxt = f'<li class="{"disabled" if cur == pages else ""}"><a href="{"javascript:;" if cur == pages else u(cur + 1)}">Tiếp</a></li>'
    last = f'<li class="{"disabled " if cur == pages else ""}last"><a href="{"javascript:;" if cur == pages else u(pages)}">Cuối &rarr;</a></li>'
    opts = "".join(f'<li role="presentation"><a href="{u(n)}" class=" taglib-icon" id="_101_INSTANCE_{inst}_ocerSearchContainerPageIterator_{n}" role="menuitem"><span class="taglib-text-icon">{n}</span></a></li>' for n in range(1, pages + 1))
    a_ = (cur - 1) * delta + 1
    b_ = min(cur * delta, total)
    return f"""<div class="taglib-page-iterator" id="_101_INSTANCE_{inst}_ocerSearchContainerPageIterator">
<div class="clearfix lfr-pagination">
	<div class="lfr-pagination-config">
		<div class="lfr-pagination-page-selector">
			<div class="btn-group lfr-icon-menu current-page-menu"><a class="dropdown-toggle direction-down max-display-items-15 btn" href="javascript:;" id="_101_INSTANCE_{inst}_ocerSearchContainerPageIterator_pageMenu" title="Trang {cur} của {pages}"><span class="lfr-icon-menu-text">Trang {cur} của {pages}</span> <i class="caret"></i></a>
				<ul class="dropdown-menu lfr-menu-list direction-down" role="menu">{opts}</ul>
			</div>
		</div>
		<div class="lfr-pagination-delta-selector">
			<div class="btn-group lfr-icon-menu"><a class="dropdown-toggle direction-down max-display-items-15 btn" href="javascript:;" title="{delta} Mục mỗi trang"><span class="lfr-icon-menu-text">{delta} Mục mỗi trang</span> <i class="caret"></i></a></div>
		</div>
	</div>
	<small class="search-results">Hiển thị {a_} - {b_} của {total} kết quả.</small>
	<ul class="pager lfr-pagination-buttons">{first}{prev}{nxt}{last}</ul>
</div>
</div>"""


def listing_category(page_name, cat_name, cur, items, total, delta, variant, crumbs, plid):
    body = "\n".join(ap_item(*it, first=(i == 0)) for i, it in enumerate(items))
    body = f'<div class="vnpt-news-list">\n{body}\n</div>\n' + pager(page_name, cur, total, delta)
    pid = f"101_INSTANCE_{AP_INST}"
    url = f"/{page_name}" if cur == 1 else ap_page_url(page_name, cur)
    return url, page(url=url, title=cat_name, desc=cat_name, plid=plid, layout_id=plid - 30000, selected="Thông báo" if page_name == "thong-bao" else "Tin tức - Sự kiện",
                     crumbs=crumbs, main_portlets=[(pid, portlet(pid, cat_name, body, css="portlet-asset-publisher"))], variant=variant)


def it_a(a):
    return (a["title"], art_url(a), ampm(a["date"]), summary(a), thumb(a))


def it_o(o):
    return (o[3], older_url(o), ampm(o[4]), o[3] + ".", f"{THEME}/images/common/no-image.jpg")


# --------------------------------------------------------------------------------------------

def write(name, url, html_doc, kind, expected=None):
    html_doc = nfc(html_doc)
    (HERE / f"{name}.html").write_bytes(html_doc.encode("utf-8"))
    meta = {"url": HOST + url, "content_type": "text/html; charset=utf-8", "kind": kind}
    if expected is not None:
        exp = {k: (nfc(v) if isinstance(v, str) else v) for k, v in expected.items()}
        meta["expected"] = exp
    (HERE / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def home():
    by_date = sorted(ARTICLES, key=lambda a: a["date"], reverse=True)
    feat = by_date[0]
    feat_html = (f'<div class="hot-news clearfix"><div class="hot-news-image"><a href="{art_url(feat)}"><img alt="{E(feat["title"])}" src="{thumb(feat)}" /></a></div>'
                 f'<div class="hot-news-info"><h2 class="hot-news-title"><a href="{art_url(feat)}">{E(feat["title"])}</a></h2>'
                 f'<div class="news-date">Ngày đăng {ampm(feat["date"])}</div><div class="news-summary">{E(summary(feat))}</div></div></div>')
    others = "".join(f'<li><!--<img src="{thumb(a)}" />--><a href="{art_url(a)}">{E(a["title"])}</a> <span class="date">({dmy(a["date"])})</span></li>'
                     for a in by_date[1:7])
    p1 = portlet("101_INSTANCE_hOmE1aBcDeF", "Tin tức - Sự kiện", feat_html + f'<ul class="list-news-home">{others}</ul><div class="view-more"><a href="/hoat-dong-cua-so">Xem tất cả</a></div>', css="portlet-asset-publisher")
    tb = [a for a in ARTICLES if a["page"] == "thong-bao"]
    tb_items = "".join(f'<li><a href="{art_url(a)}">{E(a["title"])}</a> <span class="date">{dmy(a["date"])}</span></li>' for a in tb)
    tb_items += "".join(f'<li><a href="{older_url(o)}">{E(o[3])}</a> <span class="date">{dmy(o[4])}</span></li>' for o in OLDER if o[0] == "thong-bao")
    p2 = portlet("101_INSTANCE_hOmE2gHiJkL", "Thông báo", f'<ul class="list-notice">{tb_items}</ul><div class="view-more"><a href="/thong-bao">Xem tất cả</a></div>', css="portlet-asset-publisher")
    rest = [a for a in by_date[7:]] + [a for a in ARTICLES if a["page"] in ("cai-cach-hanh-chinh", "tieu-chuan-do-luong-chat-luong")]
    seen, rows = set(), []
    for a in rest:
        if a["slug"] in seen:
            continue
        seen.add(a["slug"])
        rows.append(f'<li><a href="{art_url(a)}">{E(a["title"])}</a> <span class="date">({dmy(a["date"])})</span></li>')
    p3 = portlet("101_INSTANCE_hOmE3mNoPqR", "Chuyên mục", f'<ul class="list-news-cat">{"".join(rows)}</ul>', css="portlet-asset-publisher")
    intro = ('<div class="quick-links"><ul><li><a href="/chuc-nang-nhiem-vu">Chức năng nhiệm vụ</a></li><li><a href="/danh-ba-dien-thoai">Danh bạ điện thoại</a></li>'
             '<li><a href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li><li><a href="/hoi-dap">Hỏi đáp trực tuyến</a></li></ul></div>')
    p4 = portlet("56_INSTANCE_qUiCkLiNk01", "Truy cập nhanh", intro, css="portlet-journal-content")
    url = "/"
    return url, page(url=url, title="Trang chủ", desc="Cổng thông tin điện tử Sở Khoa học và Công nghệ Hà Nội", plid=30201, layout_id=1, selected="Trang chủ",
                     crumbs=[("Trang chủ", "/trang-chu")],
                     main_portlets=[("101_INSTANCE_hOmE1aBcDeF", p1), ("101_INSTANCE_hOmE2gHiJkL", p2), ("101_INSTANCE_hOmE3mNoPqR", p3), ("56_INSTANCE_qUiCkLiNk01", p4)], variant=0)


def static_pages():
    out = []
    # Chức năng nhiệm vụ: web content display (portlet 56)
    jc = """<div class="journal-content-article">
<p style="text-align: center;"><strong>CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ HÀ NỘI</strong></p>
<p><strong>1. Vị trí và chức năng</strong></p>
<p style="text-align: justify;">Sở Khoa học và Công nghệ là cơ quan chuyên môn thuộc Ủy ban nhân dân thành phố Hà Nội, có chức năng tham mưu, giúp Ủy ban nhân dân Thành phố quản lý nhà nước về khoa học và công nghệ, bao gồm: hoạt động khoa học và công nghệ; phát triển tiềm lực khoa học và công nghệ; tiêu chuẩn, đo lường, chất lượng; sở hữu trí tuệ; ứng dụng bức xạ và đồng vị phóng xạ; an toàn bức xạ và hạt nhân.</p>
<p style="text-align: justify;">Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân Thành phố, đồng thời chịu sự chỉ đạo, hướng dẫn, thanh tra, kiểm tra về chuyên môn, nghiệp vụ của Bộ Khoa học và Công nghệ.</p>
<p><strong>2. Nhiệm vụ và quyền hạn</strong></p>
<p style="text-align: justify;">a) Trình Ủy ban nhân dân Thành phố dự thảo quyết định, chỉ thị; quy hoạch, kế hoạch dài hạn, 05 năm và hằng năm về phát triển khoa học và công nghệ trên địa bàn;</p>
<p style="text-align: justify;">b) Tổ chức thực hiện các văn bản quy phạm pháp luật, quy hoạch, kế hoạch sau khi được phê duyệt; thông tin, tuyên truyền, phổ biến, giáo dục pháp luật về các lĩnh vực thuộc phạm vi quản lý;</p>
<p style="text-align: justify;">c) Hướng dẫn, kiểm tra việc xác định, tuyển chọn, giao trực tiếp, đánh giá, nghiệm thu và ứng dụng kết quả nhiệm vụ khoa học và công nghệ cấp Thành phố;</p>
<p style="text-align: justify;">d) Tổ chức thực hiện việc kiểm tra nhà nước về đo lường, chất lượng sản phẩm, hàng hóa trong sản xuất, lưu thông trên địa bàn;</p>
<p style="text-align: justify;">đ) Thực hiện các nhiệm vụ khác do Ủy ban nhân dân Thành phố giao và theo quy định của pháp luật.</p>
<p><strong>3. Cơ cấu tổ chức</strong></p>
<p style="text-align: justify;">Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc. Các phòng chuyên môn, nghiệp vụ: Văn phòng; Thanh tra; Phòng Kế hoạch - Tài chính; Phòng Quản lý khoa học; Phòng Quản lý công nghệ và Thị trường công nghệ; Phòng Quản lý chuyên ngành. Chi cục Tiêu chuẩn Đo lường Chất lượng và các đơn vị sự nghiệp trực thuộc.</p>
</div>"""
    pid = "56_INSTANCE_cNnV2x3Yz4Ab"
    url = "/chuc-nang-nhiem-vu"
    out.append(("static-chuc-nang-nhiem-vu", url, page(url=url, title="Chức năng nhiệm vụ", desc="Chức năng, nhiệm vụ của Sở Khoa học và Công nghệ Hà Nội",
                                                      plid=30210, layout_id=11, selected="Giới thiệu", crumbs=[("Trang chủ", "/trang-chu"), ("Giới thiệu", "/gioi-thieu"), ("Chức năng nhiệm vụ", url)],
                                                      main_portlets=[(pid, portlet(pid, "Chức năng nhiệm vụ", jc, css="portlet-journal-content"))], variant=21), "static"))
    # Danh bạ
    rows = [("Văn phòng Sở", "Chánh Văn phòng", "024.3382.1001", "vanphong_sokhcn@hanoi.gov.vn"),
            ("Thanh tra Sở", "Chánh Thanh tra", "024.3382.1002", "thanhtra_sokhcn@hanoi.gov.vn"),
            ("Phòng Kế hoạch - Tài chính", "Trưởng phòng", "024.3382.1003", "khtc_sokhcn@hanoi.gov.vn"),
            ("Phòng Quản lý khoa học", "Trưởng phòng", "024.3382.1004", "qlkh_sokhcn@hanoi.gov.vn"),
            ("Phòng Quản lý công nghệ và Thị trường công nghệ", "Trưởng phòng", "024.3382.1005", "qlcn_sokhcn@hanoi.gov.vn"),
            ("Phòng Quản lý chuyên ngành", "Trưởng phòng", "024.3382.1006", "qlcn2_sokhcn@hanoi.gov.vn"),
            ("Chi cục Tiêu chuẩn Đo lường Chất lượng", "Chi cục trưởng", "024.3773.2001", "chicuctdc@hanoi.gov.vn"),
            ("Bộ phận một cửa", "Cán bộ tiếp nhận", "024.3382.1010", "motcua_sokhcn@hanoi.gov.vn")]
    tb = ('<div class="journal-content-article"><p><strong>DANH BẠ ĐIỆN THOẠI CÁC PHÒNG, ĐƠN VỊ</strong></p>'
          '<table border="1" cellpadding="3" cellspacing="0" style="width:100%"><tbody><tr><td><strong>Đơn vị</strong></td><td><strong>Chức vụ</strong></td><td><strong>Điện thoại</strong></td><td><strong>Email</strong></td></tr>'
          + "".join(f'<tr><td>{E(a)}</td><td>{E(b)}</td><td>{c}</td><td><a href="mailto:{d}">{d}</a></td></tr>' for a, b, c, d in rows)
          + '</tbody></table><p>Địa chỉ: Số 5 Nguyễn Trãi, quận Hà Đông, thành phố Hà Nội.</p></div>')
    pid = "56_INSTANCE_dBdT5c6Vb7Nm"
    url = "/danh-ba-dien-thoai"
    out.append(("contact-danh-ba", url, page(url=url, title="Danh bạ điện thoại", desc="Danh bạ điện thoại", plid=30214, layout_id=14, selected="Giới thiệu",
                                            crumbs=[("Trang chủ", "/trang-chu"), ("Giới thiệu", "/gioi-thieu"), ("Danh bạ điện thoại", url)],
                                            main_portlets=[(pid, portlet(pid, "Danh bạ điện thoại", tb, css="portlet-journal-content"))], variant=22), "contact"))
    # Sơ đồ website (site map portlet 85)
    def tree(items):
        s = '<ul class="sitemap-list">'
        for name, href, kids in items:
            s += f'<li><a href="{href}">{E(name)}</a>'
            if kids:
                s += tree([(k, h, []) for k, h in kids])
            s += '</li>'
        return s + '</ul>'
    extra = [("Sơ đồ website", "/so-do-website", [])]
    sm = f'<div class="site-map">{tree(MENU + extra)}</div>'
    pid = "85_INSTANCE_sMaP8d9Fg0Hj"
    url = "/so-do-website"
    out.append(("sitemap", url, page(url=url, title="Sơ đồ website", desc="Sơ đồ website", plid=30230, layout_id=30, selected="",
                                    crumbs=[("Trang chủ", "/trang-chu"), ("Sơ đồ website", url)],
                                    main_portlets=[(pid, portlet(pid, "Sơ đồ website", sm, css="portlet-site-map"))], variant=23), "sitemap"))
    # soft 404: deleted content, same view_content page renders an error message with status 200
    msg = (f'<div class="vnpt-news-detail" id="_{VIEW_PID}_newsDetail"><div class="alert alert-error">Nội dung không tồn tại hoặc đã bị xóa!</div>'
           '<div class="portlet-msg-info">Không tìm thấy bài viết bạn yêu cầu. Vui lòng quay lại <a href="/trang-chu">Trang chủ</a> hoặc sử dụng chức năng tìm kiếm.</div></div>')
    out.append(("soft404-view-content", SOFT404_URL, page(url=SOFT404_URL, title="Hoạt động của Sở", desc="Hoạt động của Sở", plid=30500, layout_id=40, selected="Tin tức - Sự kiện",
                                                         crumbs=[("Trang chủ", "/trang-chu"), ("Tin tức - Sự kiện", "/tin-tuc-su-kien"), ("Hoạt động của Sở", "/hoat-dong-cua-so")],
                                                         main_portlets=[(VIEW_PID, portlet(VIEW_PID, "Hoạt động của Sở", msg, css="portlet-view-content"))], variant=24), "soft_404"))
    # search results (portlet 3)
    hits = [a for a in ARTICLES if "khởi nghiệp" in (a["title"] + (a["lead"] or "") + " ".join(x for x in a["body"] if isinstance(x, str)))]
    rows = "".join(f"""<tr class="{'' if i % 2 else 'lfr-row-alt'}"><td class="table-cell first last">
<span class="asset-entry">
	<span class="asset-entry-type">Nội dung Web <span class="icon-file-alt"></span></span>
	<span class="asset-entry-title"><a href="{art_url(a)}">{E(a["title"])}</a></span>
	<span class="asset-entry-summary">{E(summary(a))}</span>
</span></td></tr>""" for i, a in enumerate(hits))
    sr = f"""<form action="{E(SEARCH_URL)}" method="get" name="_3_fm">
<div class="form-search"><div class="input-append"><input class="search-query span9" id="_3_keywords" name="_3_keywords" placeholder="Tìm kiếm" type="text" value="khởi nghiệp" /><button class="btn" type="submit">Tìm kiếm</button></div></div>
</form>
<div class="search-results"><div class="lfr-search-container "><div class="results-grid">
<table class="table table-bordered table-hover table-striped"><thead class="table-columns"><tr><th class="table-first-header table-last-header" id="_3_ocerSearchContainer_col-1">&nbsp;</th></tr></thead>
<tbody class="table-data">{rows}</tbody></table></div></div>
<div class="taglib-search-iterator-page-iterator-bottom"><div class="clearfix lfr-pagination"><small class="search-results">Hiển thị {len(hits)} kết quả.</small></div></div></div>"""
    out.append(("search-khoi-nghiep", SEARCH_URL, page(url=SEARCH_URL, title="Tìm kiếm", desc="Tìm kiếm", plid=30201, layout_id=1, selected="Trang chủ",
                                                        crumbs=[("Trang chủ", "/trang-chu"), ("Tìm kiếm", SEARCH_URL)],
                                                        main_portlets=[("3", portlet("3", "Tìm kiếm", sr, css="portlet-search"))], variant=25), "search"))
    return out


def main():
    for old in HERE.glob("*.html"):
        old.unlink()
    for old in HERE.glob("*.json"):
        if old.name != "site.json":
            old.unlink()
    for i, a in enumerate(ARTICLES):
        url, doc, exp = article_page(a, i)
        write("article-" + a["slug"], url, doc, "article", exp)
    url, doc = home()
    write("home", url, doc, "listing")
    # category listing with asset-publisher pagination (delta 5)
    hd = sorted([a for a in ARTICLES if a["page"] == "hoat-dong-cua-so"], key=lambda a: a["date"], reverse=True)
    olds = [o for o in OLDER if o[0] == "hoat-dong-cua-so"]
    items = [it_a(a) for a in hd] + [it_o(o) for o in olds]
    items.sort(key=lambda it: it[2][6:10] + it[2][3:5] + it[2][0:2], reverse=True)
    total = 23
    crumbs = [("Trang chủ", "/trang-chu"), ("Tin tức - Sự kiện", "/tin-tuc-su-kien"), ("Hoạt động của Sở", "/hoat-dong-cua-so")]
    url, doc = listing_category("hoat-dong-cua-so", "Hoạt động của Sở", 1, items[:5], total, 5, 11, crumbs, 30240)
    write("listing-hoat-dong-cua-so", url, doc, "listing")
    url, doc = listing_category("hoat-dong-cua-so", "Hoạt động của Sở", 2, items[5:10], total, 5, 12, crumbs, 30240)
    write("listing-hoat-dong-cua-so-p2", url, doc, "listing")
    tb = [it_a(a) for a in ARTICLES if a["page"] == "thong-bao"] + [it_o(o) for o in OLDER if o[0] == "thong-bao"]
    url, doc = listing_category("thong-bao", "Thông báo", 1, tb, 4, 5, 13, [("Trang chủ", "/trang-chu"), ("Thông báo", "/thong-bao")], 30250)
    write("listing-thong-bao", url, doc, "listing")
    for name, url, doc, kind in static_pages():
        write(name, url, doc, kind)


if __name__ == "__main__":
    main()
