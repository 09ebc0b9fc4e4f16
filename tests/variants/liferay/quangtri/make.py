# -*- coding: utf-8 -*-
"""Generate the Quảng Trị-style Liferay 6.2 mini-site (pages + truth).

    /work/main/.venv/bin/python tests/variants/liferay/quangtri/make.py

Standard library only. Article data lives in articles.py next to this file.
"""

import json
import os
import random
import re
import sys
import unicodedata
from datetime import datetime, timedelta, timezone
from html import escape
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from articles import ARTICLES, CATS  # noqa: E402

HOST = "https://quangtri.gov.vn"
GROUP = 10181
TODAY = datetime(2021, 3, 10, 9, 0)
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
PID = "viewarticle_WAR_qtportalportlet"
LPID = "viewlist_WAR_qtportalportlet"
rnd = random.Random(20200525)


def nfc(s):
    return unicodedata.normalize("NFC", s)


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def epoch_ms(dt):
    return int(dt.replace(tzinfo=timezone(timedelta(hours=7))).timestamp() * 1000)


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00" if dt else None


def qt_date(dt):
    return f"{dt.hour}:{dt.minute:02d}, {WEEKDAYS[dt.weekday()]}, {dt.day}-{dt.month}-{dt.year}"


def short_date(dt):
    return f"{dt.day}-{dt.month}-{dt.year}"


BY_KEY = {a["key"]: a for a in ARTICLES}


def art_url(a):
    return f"/chi-tiet-tin/-/view-article/1/{CATS[a['cat']][1]}/{epoch_ms(a['when'])}"


def list_url(cat):
    return f"/danh-sach-tin/-/view-list/1/{CATS[cat][1]}"


def uuid4():
    h = "%032x" % rnd.getrandbits(128)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def img_url(a, fname):
    folder = 1520000 + rnd.randint(1000, 9999)
    return f"/documents/{GROUP}/{folder}/{fname}/{uuid4()}?t={epoch_ms(a['when']) - 3600000}"


# Filler headlines for sidebars / home lists (links go to pages not written: 404).
FILLER = [
    ("Hội nghị giao ban báo chí tháng 3", datetime(2021, 3, 9, 16, 2)),
    ("Khánh thành nhà văn hóa cộng đồng thôn Vĩnh Hòa", datetime(2021, 3, 7, 10, 40)),
    ("Tăng cường quản lý an toàn thực phẩm tại các bếp ăn tập thể", datetime(2021, 3, 5, 8, 15)),
    ("Cấp giấy chứng nhận đầu tư dự án điện gió tại huyện Hướng Hóa", datetime(2021, 3, 4, 14, 30)),
    ("Triển khai tháng thanh niên năm 2021", datetime(2021, 3, 2, 9, 5)),
    ("Hướng dẫn phòng bệnh lở mồm long móng trên đàn gia súc", datetime(2021, 2, 26, 15, 45)),
    ("Đón nhận bằng công nhận di tích quốc gia đặc biệt", datetime(2021, 2, 24, 7, 50)),
    ("Gặp mặt doanh nghiệp đầu xuân Tân Sửu", datetime(2021, 2, 22, 9, 30)),
    ("Kiểm tra công tác chuẩn bị bầu cử tại huyện Vĩnh Linh", datetime(2021, 2, 19, 13, 55)),
    ("Phát động Tết trồng cây đời đời nhớ ơn Bác Hồ", datetime(2021, 2, 18, 8, 0)),
    ("Bàn giao nhà tình nghĩa cho gia đình chính sách ở Gio Linh", datetime(2021, 1, 28, 10, 20)),
    ("Đẩy mạnh thanh toán không dùng tiền mặt trong dịch vụ công", datetime(2021, 1, 25, 14, 10)),
    ("Sơ kết mô hình cánh đồng lớn vụ Đông Xuân", datetime(2021, 1, 20, 9, 45)),
    ("Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND tỉnh", datetime(2021, 1, 15, 16, 30)),
    ("Trao học bổng cho học sinh nghèo vượt khó huyện Đakrông", datetime(2021, 1, 12, 8, 25)),
    ("Hội thảo phát triển du lịch đường Hồ Chí Minh huyền thoại", datetime(2021, 1, 8, 14, 0)),
    ("Nghiệm thu mô hình nuôi tôm thẻ chân trắng ứng dụng công nghệ cao", datetime(2020, 12, 28, 10, 5)),
    ("Phê duyệt quy hoạch chi tiết khu đô thị Nam Đông Hà", datetime(2020, 12, 22, 15, 35)),
]


def filler_url(i, when):
    return f"/chi-tiet-tin/-/view-article/1/{CATS['tin-tuc'][1]}/{epoch_ms(when) + i * 7}"


# ---------------------------------------------------------------- body rendering + truth

def render_body(a, idx):
    """Return (html, text_paragraphs, images) for the article body (content-article)."""
    out, text, images = [], [], []
    credit_paren = idx % 2 == 0
    for blk in a["body"]:
        kind = blk[0]
        if kind == "p":
            out.append(f'<p style="text-align: justify;">{escape(blk[1])}</p>')
            text.append(blk[1])
        elif kind == "h":
            out.append(f"<p><strong>{escape(blk[1])}</strong></p>")
            text.append(blk[1])
        elif kind == "br":
            out.append("<p>" + "<br />\n".join(escape(x) for x in blk[1]) + "</p>")
            text.extend(blk[1])
        elif kind == "ul":
            out.append("<ul>\n" + "\n".join(f"\t<li>{escape(x)}</li>" for x in blk[1]) + "\n</ul>")
            text.extend(blk[1])
        elif kind == "table":
            rows = []
            for r, row in enumerate(blk[1]):
                cells = "".join(
                    (f'<td style="text-align: center;"><strong>{escape(c)}</strong></td>' if r == 0
                     else f"<td>{escape(c)}</td>") for c in row)
                rows.append(f"\t\t<tr>{cells}</tr>")
                text.append(" | ".join(row))
            out.append('<table border="1" cellpadding="1" cellspacing="1" style="width: 100%;">\n\t<tbody>\n'
                       + "\n".join(rows) + "\n\t</tbody>\n</table>")
        elif kind == "img":
            _, fname, cap, credit = blk
            src = img_url(a, fname)
            out.append(f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 600px; height: 400px;" /></p>')
            if cap:
                if credit:
                    shown = f"{cap} ({credit})" if credit_paren else f"{cap} - {credit}"
                else:
                    shown = cap
                out.append(f'<p style="text-align: center;"><em>{escape(shown)}</em></p>')
            images.append({"src": HOST + src, "caption": cap, "credit": credit})
        elif kind == "related":
            items = "".join(
                f'\n\t\t<tr><td>&rsaquo; <a href="{art_url(BY_KEY[k])}">{escape(BY_KEY[k]["title"])}</a></td></tr>'
                for k in blk[1])
            out.append('<table align="right" border="0" cellpadding="4" cellspacing="0" class="tin-lien-quan" '
                       'style="width: 260px; margin-left: 10px; background: #f2f6fa;">\n\t<tbody>\n'
                       '\t\t<tr><td><strong>TIN LIÊN QUAN</strong></td></tr>' + items + "\n\t</tbody>\n</table>")
        elif kind == "sig":
            out.append(f'<p style="text-align: right;"><strong>{escape(blk[1])}</strong></p>')
        else:
            raise ValueError(kind)
    return "\n".join(out), text, images


# ---------------------------------------------------------------- chrome

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu", [("Giới thiệu chung", "/gioi-thieu"), ("Lịch sử - Văn hóa", "/lich-su-van-hoa"),
                                   ("Điều kiện tự nhiên", "/dieu-kien-tu-nhien"), ("Bản đồ hành chính", "/ban-do-hanh-chinh")]),
    ("Tin tức - Sự kiện", list_url("tin-tuc"), [(CATS[c][0], list_url(c)) for c in ("kinh-te", "van-hoa-xa-hoi", "thong-bao")]),
    ("Chính quyền", "/chinh-quyen", [("HĐND tỉnh", "/hdnd-tinh"), ("UBND tỉnh", "/ubnd-tinh"), ("Sở, ban, ngành", "/so-ban-nganh"),
                                     ("UBND huyện, thị xã, thành phố", "/ubnd-huyen")]),
    ("Văn bản", "/van-ban", [("Văn bản quy phạm pháp luật", "/van-ban-qppl"), ("Văn bản chỉ đạo điều hành", "/van-ban-chi-dao"),
                             ("Dự thảo lấy ý kiến", "/du-thao")]),
    ("Đầu tư - Phát triển", "/dau-tu", [("Danh mục dự án kêu gọi đầu tư", "/du-an-keu-goi"), ("Thủ tục đầu tư", "/thu-tuc-dau-tu")]),
    ("Dịch vụ công", "https://dichvucong.quangtri.gov.vn/", []),
    ("Hỏi đáp", "/hoi-dap", []),
]

LINKS = [
    ("Chính phủ", [("Cổng Thông tin điện tử Chính phủ", "http://chinhphu.vn"), ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn")]),
    ("Các bộ, ngành ở TW", [("Bộ Nội vụ", "https://moha.gov.vn"), ("Bộ Tư pháp", "https://moj.gov.vn"),
                            ("Bộ Thông tin và Truyền thông", "https://mic.gov.vn"), ("Bộ Y tế", "https://moh.gov.vn"),
                            ("Bộ Nông nghiệp và PTNT", "https://mard.gov.vn"), ("Bộ Giáo dục và Đào tạo", "https://moet.gov.vn")]),
    ("Tỉnh ủy, UBND tỉnh", [("Tỉnh ủy Quảng Trị", "http://tinhuyquangtri.vn"), ("HĐND tỉnh", "http://hdnd.quangtri.gov.vn")]),
    ("Sở, ban, ngành", [("Sở Nội vụ", "http://sonoivu.quangtri.gov.vn"), ("Sở Tư pháp", "http://sotuphap.quangtri.gov.vn"),
                        ("Sở Y tế", "http://soyte.quangtri.gov.vn"), ("Sở Giáo dục và Đào tạo", "http://sgddt.quangtri.gov.vn"),
                        ("Sở Thông tin và Truyền thông", "http://stttt.quangtri.gov.vn"), ("Sở Kế hoạch và Đầu tư", "http://skhdt.quangtri.gov.vn"),
                        ("Sở Nông nghiệp và PTNT", "http://snnptnt.quangtri.gov.vn"), ("Sở Tài chính", "http://stc.quangtri.gov.vn")]),
    ("UBND huyện, thị xã", [("Thành phố Đông Hà", "http://dongha.quangtri.gov.vn"), ("Thị xã Quảng Trị", "http://thixa.quangtri.gov.vn"),
                            ("Huyện Vĩnh Linh", "http://vinhlinh.quangtri.gov.vn"), ("Huyện Gio Linh", "http://giolinh.quangtri.gov.vn"),
                            ("Huyện Cam Lộ", "http://camlo.quangtri.gov.vn"), ("Huyện Triệu Phong", "http://trieuphong.quangtri.gov.vn"),
                            ("Huyện Hải Lăng", "http://hailang.quangtri.gov.vn"), ("Huyện Hướng Hóa", "http://huonghoa.quangtri.gov.vn"),
                            ("Huyện Đakrông", "http://dakrong.quangtri.gov.vn"), ("Huyện đảo Cồn Cỏ", "http://conco.quangtri.gov.vn")]),
]


def nav_html(active):
    items = []
    for i, (name, href, kids) in enumerate(MENU, start=1):
        sel = ' class="selected"' if name == active else ""
        sub = ""
        if kids:
            sub = ('\n\t\t\t<ul class="child-menu" role="menu">' + "".join(
                f'\n\t\t\t\t<li id="layout_{i}{j}" role="presentation"><a href="{h}" role="menuitem">{escape(n)}</a></li>'
                for j, (n, h) in enumerate(kids, start=1)) + "\n\t\t\t</ul>")
        items.append(f'\t\t<li{sel} id="layout_{i}" role="presentation">'
                     f'<a aria-labelledby="layout_{i}" aria-haspopup=\'{str(bool(kids)).lower()}\' href="{href}" role="menuitem">'
                     f'<span> {escape(name)}</span></a>{sub}\n\t\t</li>')
    return ('<nav class="sort-pages modify-pages" id="navigation" role="navigation">\n\t<h1 class="hide-accessible">Điều hướng</h1>\n'
            '\t<ul aria-label="Trang web" role="menubar">\n' + "\n".join(items) + "\n\t</ul>\n</nav>")


def portlet(pid, title, inner, borderless=False, extra_cls=""):
    safe = pid
    if borderless:
        return (f'<div class="portlet-boundary portlet-boundary_{safe.split("_INSTANCE_")[0]}_  portlet-static portlet-static-end portlet-borderless {extra_cls}" id="p_p_id_{safe}_" >\n'
                f'\t\t<span id="p_{safe}"></span>\n\t<div class="portlet-borderless-container" style="">\n\t\t<div class="portlet-body">\n'
                f"{inner}\n\t\t</div>\n\t</div>\n</div>")
    return (f'<div class="portlet-boundary portlet-boundary_{safe.split("_INSTANCE_")[0]}_  portlet-static portlet-static-end {extra_cls}" id="p_p_id_{safe}_" >\n'
            f'\t\t<span id="p_{safe}"></span>\n\t<section class="portlet" id="portlet_{safe}">\n'
            f'\t\t<header class="portlet-topper">\n\t\t\t<h1 class="portlet-title">\n\t\t\t\t<span class="portlet-title-text">{escape(title)}</span>\n\t\t\t</h1>\n'
            f'\t\t\t<menu class="portlet-topper-toolbar" id="portlet-topper-toolbar_{safe}" type="toolbar"></menu>\n\t\t</header>\n'
            f'\t\t<div class="portlet-content">\n\t\t\t<div class=" portlet-content-container" style="">\n\t\t\t\t<div class="portlet-body">\n'
            f"{inner}\n\t\t\t\t</div>\n\t\t\t</div>\n\t\t</div>\n\t</section>\n</div>")


def sidebar(seed):
    r = random.Random(seed)
    picks = r.sample(FILLER, 6)
    news = "\n".join(
        f'\t<li><a href="{filler_url(i, w)}">{escape(t)}</a> <span class="date-small">({short_date(w)})</span></li>'
        for i, (t, w) in enumerate(picks))
    vb = "\n".join(f'\t<li><a href="/van-ban-chi-dao/-/vb/{n}">{escape(t)}</a></li>' for n, t in [
        (4521, "Quyết định ban hành quy chế làm việc của UBND tỉnh nhiệm kỳ 2021 - 2026"),
        (4517, "Chỉ thị về tăng cường công tác phòng cháy, chữa cháy rừng mùa khô"),
        (4509, "Kế hoạch triển khai Chương trình chuyển đổi số tỉnh đến năm 2025"),
        (4498, "Nghị quyết về chính sách hỗ trợ phát triển nông nghiệp hữu cơ")])
    links = "".join(
        f'\n\t<select class="lien-ket" onchange="if(this.value!=\'\')window.open(this.value);">\n\t\t<option value="">-- {escape(g)} --</option>'
        + "".join(f'\n\t\t<option value="{u}">{escape(n)}</option>' for n, u in opts) + "\n\t</select>"
        for g, opts in LINKS)
    date_form = ('<form action="/danh-sach-tin/-/view-list/1/%d" method="get" name="_xemtin_fm">\n' % CATS["tin-tuc"][1]
                 + '\t<select name="ngay">' + "".join(f'<option value="{d}"{" selected" if d == TODAY.day else ""}>{d}</option>' for d in range(1, 32)) + "</select>\n"
                 + '\t<select name="thang">' + "".join(f'<option value="{m}"{" selected" if m == TODAY.month else ""}>Tháng {m}</option>' for m in range(1, 13)) + "</select>\n"
                 + '\t<select name="nam">' + "".join(f'<option value="{y}"{" selected" if y == TODAY.year else ""}>{y}</option>' for y in range(2010, TODAY.year + 1)) + "</select>\n"
                 + '\t<button class="btn" type="submit">Xem</button>\n</form>')
    photos = '<div class="tin-anh">' + "".join(
        f'\n\t<div class="item"><a href="{filler_url(40 + k, w)}"><img alt="" src="/documents/{GROUP}/1519{k:03d}/thumb-{k}.jpg" width="300" /></a>'
        f'<p><a href="{filler_url(40 + k, w)}">{escape(t)}</a></p></div>'
        for k, (t, w) in enumerate(r.sample(FILLER, 3))) + "\n</div>"
    total = 17887020 + r.randint(0, 90000)
    online = 300 + r.randint(0, 900)
    poll = ("<form action=\"/chi-tiet-tin?p_p_id=59_INSTANCE_QTpoll01&amp;p_p_lifecycle=1&amp;p_p_state=normal&amp;p_p_mode=view&amp;_59_INSTANCE_QTpoll01_struts_action=%2Fpolls_display%2Fview\" method=\"post\" name=\"_59_INSTANCE_QTpoll01_fm\">\n"
            "\t<input name=\"_59_INSTANCE_QTpoll01_questionId\" type=\"hidden\" value=\"215402\" />\n"
            "\t<p class=\"poll-question\">Bạn đánh giá thế nào về chất lượng dịch vụ công trực tuyến của tỉnh?</p>\n"
            + "".join(f'\t<div class="radio"><label><input name="_59_INSTANCE_QTpoll01_choiceId" type="radio" value="{215410 + k}" /> {escape(c)}</label></div>\n'
                      for k, c in enumerate(["Rất hài lòng", "Hài lòng", "Bình thường", "Chưa hài lòng"]))
            + "\t<button class=\"btn\" type=\"submit\">Bình chọn</button> <a href=\"javascript:;\">Xem kết quả</a>\n</form>")
    return "\n".join([
        portlet("tinnoibat_WAR_qtportalportlet", "Tin mới", f'<ul class="list-news-small">\n{news}\n</ul>'),
        portlet("vanban_WAR_qtportalportlet", "Văn bản chỉ đạo điều hành", f'<ul class="list-vanban">\n{vb}\n</ul>'),
        portlet("56_INSTANCE_QTbanner01", "Liên kết nhanh",
                '<div class="journal-content-article">\n<p><a href="https://dichvucong.quangtri.gov.vn/"><img alt="Cổng dịch vụ công" src="/documents/10181/0/banner-dvc.png" /></a></p>\n'
                '<p><a href="https://dichvucong.gov.vn"><img alt="Cổng Dịch vụ công quốc gia" src="/documents/10181/0/banner-dvcqg.png" /></a></p>\n'
                '<p><a href="/hoi-dap"><img alt="Hỏi đáp trực tuyến" src="/documents/10181/0/banner-hoidap.png" /></a></p>\n</div>', borderless=True),
        portlet("lienket_WAR_qtportalportlet", "Liên kết website", f'<div class="lien-ket-website">{links}\n</div>'),
        portlet("59_INSTANCE_QTpoll01", "Thăm dò ý kiến", poll),
        portlet("xemtintheongay_WAR_qtportalportlet", "Xem tin theo ngày", date_form),
        portlet("tinanh_WAR_qtportalportlet", "Tin ảnh", photos),
        portlet("thongke_WAR_qtportalportlet", "Thống kê truy cập",
                f'<div class="thong-ke">\n\t<p>Truy cập tổng: <strong>{total:,}</strong></p>\n\t<p>Truy cập hiện tại: <strong>{online:,}</strong></p>\n</div>'.replace(",", ".")),
    ])


def head_js(url, plid, layout_id):
    cur = url
    js_cur = cur
    for ch, code in (("/", "\\x2f"), ("-", "\\x2d"), ("?", "\\x3f"), ("&", "\\x26"), ("=", "\\x3d")):
        js_cur = js_cur.replace(ch, code)
    token = ''.join(rnd.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(8))
    layout_url = cur.split('/-/')[0] if '/-/' in cur else cur.split('?')[0]
    return f"""<script type="text/javascript">
	// <![CDATA[
		var Liferay = {{
			Browser: {{
				acceptsGzip: function() {{ return true; }},
				getMajorVersion: function() {{ return 0.0; }},
				getRevision: function() {{ return ''; }},
				getVersion: function() {{ return ''; }},
				isAir: function() {{ return false; }},
				isChrome: function() {{ return false; }},
				isFirefox: function() {{ return false; }},
				isGecko: function() {{ return false; }},
				isIe: function() {{ return false; }},
				isIphone: function() {{ return false; }},
				isLinux: function() {{ return false; }},
				isMac: function() {{ return false; }},
				isMobile: function() {{ return false; }},
				isMozilla: function() {{ return false; }},
				isOpera: function() {{ return false; }},
				isRtf: function() {{ return false; }},
				isSafari: function() {{ return false; }},
				isSun: function() {{ return false; }},
				isWap: function() {{ return false; }},
				isWapXhtml: function() {{ return false; }},
				isWebKit: function() {{ return false; }},
				isWindows: function() {{ return false; }},
				isWml: function() {{ return false; }}
			}},
			Data: {{
				NAV_SELECTOR: '#navigation',
				isCustomizationView: function() {{ return false; }},
				notices: [null]
			}},
			ThemeDisplay: {{
				getLayoutId: function() {{ return "{layout_id}"; }},
				getLayoutURL: function() {{ return "{HOST}{layout_url}"; }},
				getParentLayoutId: function() {{ return "0"; }},
				isPrivateLayout: function() {{ return "false"; }},
				isVirtualLayout: function() {{ return false; }},
				getBCP47LanguageId: function() {{ return "vi-VN"; }},
				getCDNBaseURL: function() {{ return "{HOST}"; }},
				getCDNDynamicResourcesHost: function() {{ return ""; }},
				getCDNHost: function() {{ return ""; }},
				getCompanyId: function() {{ return "10155"; }},
				getCompanyGroupId: function() {{ return "10195"; }},
				getDefaultLanguageId: function() {{ return "vi_VN"; }},
				getDoAsUserIdEncoded: function() {{ return ""; }},
				getLanguageId: function() {{ return "vi_VN"; }},
				getParentGroupId: function() {{ return "{GROUP}"; }},
				getPathContext: function() {{ return ""; }},
				getPathImage: function() {{ return "/image"; }},
				getPathJavaScript: function() {{ return "/html/js"; }},
				getPathMain: function() {{ return "/c"; }},
				getPathThemeImages: function() {{ return "{HOST}/quangtri-theme/images"; }},
				getPathThemeRoot: function() {{ return "/quangtri-theme"; }},
				getPlid: function() {{ return "{plid}"; }},
				getPortalURL: function() {{ return "{HOST}"; }},
				getPortletSetupShowBordersDefault: function() {{ return true; }},
				getScopeGroupId: function() {{ return "{GROUP}"; }},
				getScopeGroupIdOrLiveGroupId: function() {{ return "{GROUP}"; }},
				getSessionId: function() {{ return ""; }},
				getSiteGroupId: function() {{ return "{GROUP}"; }},
				getURLControlPanel: function() {{ return "/group/control_panel?refererPlid={plid}"; }},
				getURLHome: function() {{ return "https\\x3a\\x2f\\x2fquangtri\\x2egov\\x2evn\\x2fweb\\x2fguest"; }},
				getUserId: function() {{ return "10159"; }},
				getUserName: function() {{ return ""; }},
				isAddSessionIdToURL: function() {{ return false; }},
				isFreeformLayout: function() {{ return false; }},
				isImpersonated: function() {{ return false; }},
				isSignedIn: function() {{ return false; }},
				isStateExclusive: function() {{ return false; }},
				isStateMaximized: function() {{ return false; }},
				isStatePopUp: function() {{ return false; }}
			}},
			PropsValues: {{
				NTLM_AUTH_ENABLED: false
			}}
		}};

		var themeDisplay = Liferay.ThemeDisplay;

		Liferay.AUI = {{
			getAvailableLangPath: function() {{ return 'available_languages.jsp?browserId=other&themeId=quangtritheme_WAR_quangtritheme&colorSchemeId=01&minifierType=js&languageId=vi_VN&b=6210&t=1571213145000'; }},
			getCombine: function() {{ return true; }},
			getComboPath: function() {{ return '/combo/?browserId=other&minifierType=&languageId=vi_VN&b=6210&t=1571213145000&'; }},
			getFilter: function() {{ return 'min'; }},
			getJavaScriptRootPath: function() {{ return '/html/js'; }},
			getLangPath: function() {{ return 'aui_lang.jsp?browserId=other&themeId=quangtritheme_WAR_quangtritheme&colorSchemeId=01&minifierType=js&languageId=vi_VN&b=6210&t=1571213145000'; }}
		}};

		Liferay.authToken = '{token}';
		Liferay.currentURL = '{js_cur}';
		Liferay.currentURLEncoded = '{quote(cur, safe='')}';
	// ]]>
</script>
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=quangtritheme_WAR_quangtritheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6210&amp;t=1571213145000" type="text/javascript"></script>
<script type="text/javascript">
	// <![CDATA[
		Liferay.Portlet.list = ['{PID}', 'tinnoibat_WAR_qtportalportlet', 'vanban_WAR_qtportalportlet', '56_INSTANCE_QTbanner01', 'lienket_WAR_qtportalportlet', '59_INSTANCE_QTpoll01', 'thongke_WAR_qtportalportlet'];
	// ]]>
</script>"""


def foot_js(portlets):
    loads = "\n".join(
        f"\tLiferay.Portlet.onLoad({{canEditTitle: false, columnPos: {i}, isStatic: 'end', namespacedId: 'p_p_id_{p}_', "
        f"portletId: '{p}', refreshURL: '\\x2fc\\x2fportal\\x2frender_portlet\\x3fp_l_id\\x3d10823\\x26p_p_id\\x3d{p}\\x26p_p_lifecycle\\x3d0\\x26p_t_lifecycle\\x3d0\\x26p_p_state\\x3dnormal\\x26p_p_mode\\x3dview\\x26p_p_col_id\\x3dcolumn-1\\x26p_p_col_pos\\x3d{i}\\x26p_p_col_count\\x3d1\\x26p_p_isolated\\x3dtrue'}});"
        for i, p in enumerate(portlets))
    return f"""<script type="text/javascript">
// <![CDATA[
	Liferay.Util.addInputFocus();
// ]]>
</script>
<script type="text/javascript">
// <![CDATA[
AUI().use('aui-base', 'liferay-menu', 'liferay-notice', 'liferay-poller', 'liferay-session', function(A) {{(function() {{
{loads}
	if (A.UA.mobile) {{ Liferay.Util.addInputCancel(); }}
}})();(function() {{
	new Liferay.Menu();
	var liferayNotices = Liferay.Data.notices;
	for (var i = 1; i < liferayNotices.length; i++) {{ new Liferay.Notice(liferayNotices[i]); }}
}})();(function() {{
	Liferay.Session = new Liferay.SessionBase({{
		autoExtend: true, sessionLength: 30, redirectOnExpire: false,
		redirectUrl: '{HOST}/web/guest', warningLength: 1
	}});
}})();}});
// ]]>
</script>
<script src="/quangtri-theme/js/main.js?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;b=6210&amp;t=1571213145000" type="text/javascript"></script>
<script type="text/javascript">
	(function(i,s,o,g,r,a,m){{i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){{
	(i[r].q=i[r].q||[]).push(arguments)}},i[r].l=1*new Date();a=s.createElement(o),
	m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)
	}})(window,document,'script','//www.google-analytics.com/analytics.js','ga');
	ga('create', 'UA-48213377-1', 'auto');
	ga('send', 'pageview');
</script>"""


def page(url, title, active, main_html, seed, plid="10823", layout_id="23", body_cls=""):
    today = f"{WEEKDAYS[TODAY.weekday()]}, ngày {TODAY.day:02d}/{TODAY.month:02d}/{TODAY.year}"
    en_link = "/en" + (url if url != "/" else "/")
    return f"""<!DOCTYPE html>

<html class="ltr" dir="ltr" lang="vi-VN">

<head>
	<title>{escape(title)} - Cổng thông tin điện tử tỉnh Quảng Trị</title>

	<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="/quangtri-theme/images/favicon.ico" rel="Shortcut Icon" />
<link href="{HOST}{escape(url)}" rel="canonical" />
<link href="{HOST}/en{escape(url)}" hreflang="en-US" rel="alternate" />
<link href="{HOST}{escape(url)}" hreflang="x-default" rel="alternate" />

<link class="lfr-css-file" href="{HOST}/quangtri-theme/css/aui.css?browserId=other&amp;themeId=quangtritheme_WAR_quangtritheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t=1571213145000" rel="stylesheet" type="text/css" />
<link href="/html/css/main.css?browserId=other&amp;themeId=quangtritheme_WAR_quangtritheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t=1571213145000" rel="stylesheet" type="text/css" />
<link href="/qtportal-portlet/css/main.css?browserId=other&amp;themeId=quangtritheme_WAR_quangtritheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t=1583892012000" rel="stylesheet" type="text/css" />
<link href="/html/portlet/polls_display/css/main.css?browserId=other&amp;themeId=quangtritheme_WAR_quangtritheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t=1571213145000" rel="stylesheet" type="text/css" />
{head_js(url, plid, layout_id)}
<link class="lfr-css-file" href="{HOST}/quangtri-theme/css/main.css?browserId=other&amp;themeId=quangtritheme_WAR_quangtritheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t=1571213145000" rel="stylesheet" type="text/css" />
<style type="text/css">
	#p_p_id_{PID}_ .portlet-borderless-container {{ border-width: ; border-style: }}
</style>
</head>

<body class=" yui3-skin-sam controls-visible guest-site signed-out public-page site {body_cls}">

<a href="#main-content" id="skip-to-content">Truy cập nội dung luôn</a>

<div class="container-fluid" id="wrapper">
	<header id="banner" role="banner">
		<div class="top-bar">
			<div class="current-date">{today}</div>
			<div class="top-links">
				<a href="/">Trang chủ</a> |
				<a href="/so-do-website">Sơ đồ cổng</a> |
				<a href="/web/guest/trang-chu?p_p_id=58&amp;p_p_lifecycle=0&amp;p_p_state=maximized&amp;p_p_mode=view&amp;saveLastPath=false&amp;_58_struts_action=%2Flogin%2Flogin" data-redirect="false" id="sign-in" rel="nofollow">Đăng nhập</a> |
				<a href="{escape(en_link)}" lang="en-US">English</a>
			</div>
		</div>
		<div id="heading">
			<h1 class="site-title">
				<a class="logo custom-logo" href="/" title="Đi đến Cổng thông tin điện tử tỉnh Quảng Trị">
					<img alt="Cổng thông tin điện tử tỉnh Quảng Trị" height="120" src="/image/layout_set_logo?img_id=1534211&amp;t=1571213145000" width="1000" />
				</a>
			</h1>
		</div>
		<div class="search-bar">
			<form action="/tim-kiem" method="get" name="_3_fm" onsubmit="submitForm(this); return false;">
				<input name="_3_keywords" placeholder="Tìm kiếm tin tức" size="30" title="Tìm kiếm tin tức" type="text" value="" />
				<input alt="Tìm kiếm" src="/quangtri-theme/images/common/search.png" title="Tìm kiếm" type="image" />
			</form>
		</div>
{nav_html(active)}
	</header>

	<div id="content">
		<div class="columns-2" id="main-content" role="main">
			<div class="portlet-layout row-fluid">
				<div class="portlet-column portlet-column-first span8" id="column-1">
					<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{main_html}
					</div>
				</div>
				<div class="portlet-column portlet-column-last span4" id="column-2">
					<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
{sidebar(seed)}
					</div>
				</div>
			</div>
		</div>
		<form action="#" id="hrefFm" method="post" name="hrefFm"><span></span></form>
	</div>

	<footer id="footer" role="contentinfo">
		<div class="footer-menu">
			<ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/van-ban">Văn bản</a></li><li><a href="/hoi-dap">Hỏi đáp</a></li><li><a href="/so-do-website">Sơ đồ cổng</a></li><li><a href="/lien-he">Liên hệ</a></li><li><a href="/rss">RSS</a></li></ul>
		</div>
		<div class="footer-content">
			<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG TRỊ</strong></p>
			<p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Quảng Trị</p>
			<p>Địa chỉ: Số 45 Hùng Vương, thành phố Đông Hà, tỉnh Quảng Trị. Điện thoại: 0233.3852.112 - Email: cttdt@quangtri.gov.vn</p>
			<p>Giấy phép số 08/GP-TTĐT do Sở Thông tin và Truyền thông cấp. Ghi rõ nguồn “Cổng thông tin điện tử tỉnh Quảng Trị” khi phát hành lại thông tin từ nguồn này.</p>
			<p class="powered-by">Powered by <a href="http://www.liferay.com" rel="external">Liferay</a></p>
		</div>
		<div class="tin-nhiem-mang"><a href="https://tinnhiemmang.vn/danh-ba-tin-nhiem/quangtrigovvn-1631234000" target="_blank" title="Chung nhan Tin Nhiem Mang"><img alt="Chứng nhận Tín Nhiệm Mạng" src="https://tinnhiemmang.vn/handle_cert?id=quangtri.gov.vn" width="150" /></a></div>
	</footer>
</div>

{foot_js([PID, 'tinnoibat_WAR_qtportalportlet', 'vanban_WAR_qtportalportlet', '56_INSTANCE_QTbanner01', 'lienket_WAR_qtportalportlet', '59_INSTANCE_QTpoll01', 'thongke_WAR_qtportalportlet'])}

</body>

</html>"""


# ---------------------------------------------------------------- pages

def article_page(a, idx):
    url = art_url(a)
    body_html, text, images = render_body(a, idx)
    cat_name = CATS[a["cat"]][0]
    lead_html = ""
    if a["lead"]:
        shown = (a["prefix"] + " " + a["lead"]) if a["prefix"] else a["lead"]
        lead_html = f'\t\t<div class="summary-article"><strong>{escape(shown)}</strong></div>\n'
    source_html = ""
    if a.get("source"):
        source_html = f'\t\t<div class="source-article">Nguồn: <span>{escape(a["source"])}</span></div>\n'
    attach_html = ""
    if a.get("attach"):
        lis = "".join(
            f'\n\t\t\t<li><img alt="" src="/qtportal-portlet/images/{f.rsplit(".", 1)[1]}.png" /> <a href="/documents/{GROUP}/0/{quote(f)}/{uuid4()}" target="_blank">{escape(lbl)}</a></li>'
            for lbl, f in a["attach"])
        attach_html = f'\t\t<div class="attachment-article">\n\t\t\t<p class="attach-title">File đính kèm:</p>\n\t\t\t<ul>{lis}\n\t\t\t</ul>\n\t\t</div>\n'
    others = [b for b in ARTICLES if b is not a]
    rel = [BY_KEY[k] for k in a.get("related", [])] + [b for b in others if b["key"] not in a.get("related", [])][:3]
    rel_items_extra = "".join(
        f'\n\t\t\t\t<li><a href="{filler_url(60 + k, w)}">{escape(t)}</a> <span class="date">({short_date(w)})</span></li>'
        for k, (t, w) in enumerate(FILLER[idx: idx + 5]))
    rel_items = "".join(
        f'\n\t\t\t\t<li><a href="{art_url(b)}">{escape(b["title"])}</a> <span class="date">({short_date(b["when"])})</span></li>'
        for b in rel)
    views = 150 + (epoch_ms(a["when"]) // 1000) % 2400
    inner = f"""
<div class="view-article">
	<div class="breadcrumb-article"><a href="/">Trang chủ</a> <span class="divider">&raquo;</span> <a href="{list_url(a['cat'])}">{escape(cat_name)}</a></div>
	<div class="detail-article">
		<h2 class="title-article">{escape(a['title'])}</h2>
		<div class="info-article"><span class="date-article">{qt_date(a['when'])}</span> <span class="view-article-count">Lượt xem: {views}</span></div>
{lead_html}		<div class="content-article">
{body_html}
		</div>
{source_html}{attach_html}		<div class="tool-article">
			<a href="javascript:window.print();" class="print">In bài viết</a>
			<a href="mailto:?subject={quote(a['title'])}&amp;body={quote(HOST + url)}" class="email">Gửi email</a>
			<a href="https://www.facebook.com/sharer/sharer.php?u={quote(HOST + url, safe='')}" target="_blank" class="facebook">Chia sẻ</a>
			<a href="javascript:history.back();" class="back">Quay lại</a>
		</div>
	</div>
	<div class="other-article">
		<div class="title-other">Các tin đã đưa</div>
		<ul>{rel_items}{rel_items_extra}
		</ul>
		<div class="view-more"><a href="{list_url(a['cat'])}">Xem thêm &raquo;</a></div>
	</div>
</div>"""
    main = portlet(PID, "Chi tiết tin", inner, borderless=True, extra_cls="viewarticle-portlet")
    html = page(url, a["title"], "Tin tức - Sự kiện", main, seed=idx, layout_id="23")
    authors = list(a["authors"])
    expected = {
        "title": a["title"],
        "agency_prefix": a["prefix"],
        "lead": a["lead"],
        "text": "\n\n".join(collapse(t) for t in text),
        "published_at": iso(a["when"]),
        "updated_at": iso(a.get("updated")),
        "date_label": None,
        "authors": authors,
        "unit": a["unit"],
        "images": images,
        "category": cat_name,
    }
    return url, html, expected


def list_item(a, i):
    return f"""
			<div class="item-news{' first' if i == 0 else ''}">
				<!-- <div class="item-news-image"><a href="{art_url(a)}"><img src="/qtportal-portlet/images/no-image.png" /></a></div> -->
				<a class="title-news" href="{art_url(a)}">{escape(a['title'])}</a>
				<span class="date-news">{qt_date(a['when'])}</span>
				<!-- <span class="view-count">{i}</span> -->
				<div class="summary-news">{escape((a['lead'] or a['body'][0][1])[:220])}…</div>
			</div>"""


def listing_pages():
    pages = []
    # home
    latest = sorted(ARTICLES, key=lambda a: a["when"], reverse=True)
    hot = latest[0]
    hot_html = f"""
<div class="tin-noi-bat">
	<div class="hot-news">
		<a href="{art_url(hot)}"><img alt="" src="/documents/{GROUP}/1520001/hot-{hot['key']}.jpg" /></a>
		<h3><a href="{art_url(hot)}">{escape(hot['title'])}</a></h3>
		<span class="date-news">{qt_date(hot['when'])}</span>
	</div>
	<ul class="hot-list">""" + "".join(
        f'\n\t\t<li><a href="{art_url(a)}">{escape(a["title"])}</a></li>' for a in latest[1:5]) + "\n\t</ul>\n</div>"
    blocks = [portlet("tinnoibat_WAR_qtportalportlet_INSTANCE_home", "Tin nổi bật", hot_html, borderless=True)]
    for cat in ("tin-tuc", "kinh-te", "van-hoa-xa-hoi", "thong-bao"):
        items = [a for a in latest if a["cat"] == cat] or latest[:2]
        lis = "".join(f'\n\t<li><a href="{art_url(a)}">{escape(a["title"])}</a> <span class="date">({short_date(a["when"])})</span></li>' for a in items)
        lis += "".join(f'\n\t<li><a href="{filler_url(k, w)}">{escape(t)}</a> <span class="date">({short_date(w)})</span></li>'
                       for k, (t, w) in enumerate(FILLER[len(items) * 2: len(items) * 2 + 3]))
        blocks.append(portlet(f"{LPID}_INSTANCE_home{cat.replace('-', '')}", CATS[cat][0],
                              f'<ul class="list-news-home">{lis}\n</ul>\n<div class="view-more"><a href="{list_url(cat)}">Xem tiếp &raquo;</a></div>'))
    blocks.append(portlet("56_INSTANCE_QThomeintro", "Giới thiệu",
                          '<div class="journal-content-article"><p>Quảng Trị là tỉnh ven biển thuộc vùng Bắc Trung Bộ. '
                          '<a href="/gioi-thieu">Xem thêm</a> | <a href="/so-do-website">Sơ đồ cổng</a></p></div>'))
    pages.append(("home", "/", page("/", "Trang chủ", "Trang chủ", "\n".join(blocks), seed=100, plid="10820", layout_id="1"), "listing"))

    # category "Tin tức - Sự kiện" with all articles, 5 per page
    delta = 5
    base = list_url("tin-tuc")
    p2 = (f"{base}?p_p_id={LPID}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1&p_p_col_count=1"
          f"&_{LPID}_cur=2&_{LPID}_delta={delta}")
    p3 = p2.replace("_cur=2", "_cur=3")
    chunks = [latest[:delta], latest[delta:]]
    for n, chunk in enumerate(chunks, start=1):
        url = base if n == 1 else p2
        items = "".join(list_item(a, i) for i, a in enumerate(chunk))
        if n == 2:
            gone = datetime(2020, 1, 1, 7, 0)
            items += f"""
			<div class="item-news">
				<a class="title-news" href="/chi-tiet-tin/-/view-article/1/{CATS['tin-tuc'][1]}/{epoch_ms(gone)}">Thông báo nghỉ Tết Dương lịch năm 2020</a>
				<span class="date-news">{qt_date(gone)}</span>
				<div class="summary-news">Thực hiện quy định của Bộ luật Lao động, UBND tỉnh thông báo lịch nghỉ Tết Dương lịch…</div>
			</div>"""
        e = f"&amp;_{LPID}_delta={delta}"
        pg_links = [
            f'<li class="{"disabled" if n == 1 else ""}"><a href="{escape(base) if n == 2 else "javascript:;"}">&larr; Đầu</a></li>',
            f'<li class="{"disabled" if n == 1 else ""}"><a href="{escape(base) if n == 2 else "javascript:;"}">Trước</a></li>',
            f'<li class="{"active" if n == 1 else ""}"><a href="{escape(base)}">1</a></li>',
            f'<li class="{"active" if n == 2 else ""}"><a href="{escape(p2)}">2</a></li>',
            f'<li><a href="{escape(p3)}">3</a></li>',
            f'<li><a href="{escape(p2 if n == 1 else p3)}">Sau</a></li>',
            f'<li><a href="{escape(p3)}">Cuối &rarr;</a></li>',
        ]
        _ = e
        inner = f"""
<div class="list-article">
	<div class="breadcrumb-article"><a href="/">Trang chủ</a> <span class="divider">&raquo;</span> <span>Tin tức - Sự kiện</span></div>
	<div class="list-news">{items}
	</div>
	<div class="taglib-search-iterator-page-iterator-bottom">
		<div class="pagination">
			<small class="search-results">Hiển thị {(n - 1) * delta + 1} - {(n - 1) * delta + len(chunk)} trong 13 kết quả.</small>
			<ul class="pagination-content">
				{chr(10).join(pg_links)}
			</ul>
		</div>
	</div>
</div>"""
        main = portlet(LPID, "Tin tức - Sự kiện", inner, borderless=True, extra_cls="viewlist-portlet")
        pages.append((f"list-tintuc-p{n}", url, page(url, "Tin tức - Sự kiện", "Tin tức - Sự kiện", main, seed=200 + n, plid="10825", layout_id="24"), "listing"))
    return pages


def static_pages():
    pages = []
    intro = """
<div class="journal-content-article">
<h2 style="text-align: center;">GIỚI THIỆU CHUNG VỀ TỈNH QUẢNG TRỊ</h2>
<p><strong>1. Vị trí địa lý</strong></p>
<p>Quảng Trị là tỉnh thuộc vùng duyên hải Bắc Trung Bộ, phía Bắc giáp tỉnh Quảng Bình, phía Nam giáp tỉnh Thừa Thiên Huế, phía Tây giáp nước Cộng hòa Dân chủ Nhân dân Lào, phía Đông giáp Biển Đông. Tỉnh có 10 đơn vị hành chính cấp huyện gồm thành phố Đông Hà, thị xã Quảng Trị và 8 huyện.</p>
<p><strong>2. Diện tích và dân số</strong></p>
<p>Diện tích tự nhiên khoảng 4.700 km², dân số hơn 630.000 người, gồm các dân tộc Kinh, Vân Kiều, Pa Kô cùng sinh sống.</p>
<p><strong>3. Tiềm năng phát triển</strong></p>
<p>Tỉnh nằm trên Hành lang kinh tế Đông - Tây, có Cửa khẩu quốc tế Lao Bảo và Cửa khẩu quốc tế La Lay, thuận lợi phát triển thương mại, dịch vụ logistics, năng lượng tái tạo và du lịch lịch sử, văn hóa.</p>
<table border="1" cellpadding="2" cellspacing="0" style="width: 100%;"><tbody>
<tr><td><strong>Đơn vị hành chính</strong></td><td><strong>Trung tâm hành chính</strong></td></tr>
<tr><td>Thành phố Đông Hà</td><td>Phường 1</td></tr>
<tr><td>Thị xã Quảng Trị</td><td>Phường 2</td></tr>
<tr><td>Huyện Vĩnh Linh</td><td>Thị trấn Hồ Xá</td></tr>
<tr><td>Huyện Hướng Hóa</td><td>Thị trấn Khe Sanh</td></tr>
</tbody></table>
</div>"""
    main = portlet("56_INSTANCE_QTgioithieu", "Giới thiệu chung", intro)
    pages.append(("gioi-thieu", "/gioi-thieu", page("/gioi-thieu", "Giới thiệu chung", "Giới thiệu", main, seed=300, plid="10830", layout_id="3"), "static"))

    # sitemap (Liferay Site Map portlet 85)
    def tree(items):
        return "<ul>" + "".join(
            f'<li><a href="{h}">{escape(n)}</a>' + (tree([(kn, kh, []) for kn, kh in kids]) if kids else "") + "</li>"
            for n, h, kids in items) + "</ul>"
    extra = [("Sơ đồ cổng", "/so-do-website", []), ("Tìm kiếm", "/tim-kiem", [])]
    sm = f'<div class="lfr-sitemap">\n{tree(MENU + extra)}\n</div>'
    main = portlet("85_INSTANCE_QTsitemap01", "Sơ đồ cổng", sm)
    pages.append(("so-do-website", "/so-do-website", page("/so-do-website", "Sơ đồ cổng", "", main, seed=301, plid="10834", layout_id="9"), "sitemap"))

    # login (portlet 58 maximized)
    lurl = "/web/guest/trang-chu?p_p_id=58&p_p_lifecycle=0&p_p_state=maximized&p_p_mode=view&saveLastPath=false&_58_struts_action=%2Flogin%2Flogin"
    form = f"""
<div class="login-container">
	<form action="{HOST}/web/guest/trang-chu?p_p_id=58&amp;p_p_lifecycle=1&amp;p_p_state=maximized&amp;p_p_mode=view&amp;saveLastPath=false&amp;_58_struts_action=%2Flogin%2Flogin" autocomplete="on" class="form sign-in-form " data-fm-namespace="_58_" id="_58_fm" method="post" name="_58_fm">
		<input name="_58_formDate" type="hidden" value="1615341600000" />
		<input class="field" id="_58_saveLastPath" name="_58_saveLastPath" type="hidden" value="false" />
		<input class="field" id="_58_redirect" name="_58_redirect" type="hidden" value="" />
		<input class="field" id="_58_doActionAfterLogin" name="_58_doActionAfterLogin" type="hidden" value="false" />
		<fieldset class="fieldset input-container">
			<div class="">
				<div class="control-group">
					<label class="control-label" for="_58_login"> Địa chỉ email </label>
					<input class="field clearable" id="_58_login" name="_58_login" type="text" value="@quangtri.gov.vn" />
				</div>
				<div class="control-group">
					<label class="control-label" for="_58_password"> Mật khẩu </label>
					<input class="field" id="_58_password" name="_58_password" type="password" value="" />
				</div>
				<span id="_58_passwordCapsLockSpan" style="display: none;">Phím Caps Lock đang bật.</span>
				<label class="checkbox" for="_58_rememberMeCheckbox"><input id="_58_rememberMeCheckbox" name="_58_rememberMeCheckbox" onclick="Liferay.Util.updateCheckboxValue(this);" type="checkbox" /> Ghi nhớ tôi</label>
			</div>
		</fieldset>
		<div class="button-holder ">
			<button class="btn btn-primary" type="submit">Đăng nhập</button>
		</div>
	</form>
	<div class="navigation">
		<ul class="lfr-component taglib-icon-list unstyled">
			<li><a class="taglib-icon" href="/web/guest/trang-chu?p_p_id=58&amp;p_p_lifecycle=0&amp;p_p_state=maximized&amp;p_p_mode=view&amp;_58_struts_action=%2Flogin%2Fforgot_password" id="_58_rjus"><i class="icon-question-sign"></i><span class="taglib-text "> Quên mật khẩu</span></a></li>
		</ul>
	</div>
</div>"""
    main = portlet("58", "Đăng nhập", form)
    pages.append(("dang-nhap", lurl, page(lurl, "Trang chủ", "", main, seed=302, plid="10820", layout_id="1", body_cls="page-maximized"), "login"))

    # soft 404: article id that no longer exists (200 with full chrome)
    gone = datetime(2020, 1, 1, 7, 0)
    gurl = f"/chi-tiet-tin/-/view-article/1/{CATS['tin-tuc'][1]}/{epoch_ms(gone)}"
    inner = """
<div class="view-article">
	<div class="portlet-msg-alert alert alert-warning">Bài viết không tồn tại hoặc đã bị gỡ bỏ.</div>
	<p><a href="/">Quay về trang chủ</a></p>
</div>"""
    main = portlet(PID, "Chi tiết tin", inner, borderless=True, extra_cls="viewarticle-portlet")
    pages.append(("khong-tim-thay", gurl, page(gurl, "Chi tiết tin", "Tin tức - Sự kiện", main, seed=303), "soft_404"))
    return pages


def main():
    for fn in os.listdir(HERE):
        if fn.endswith(".html") or (fn.endswith(".json") and fn != "site.json"):
            os.remove(os.path.join(HERE, fn))
    with open(os.path.join(HERE, "site.json"), "w", encoding="utf-8") as f:
        json.dump({"host": HOST, "home": "/", "family": "liferay", "template": "quangtri"}, f, ensure_ascii=False, indent=1)
    out = []
    for idx, a in enumerate(ARTICLES):
        url, html, exp = article_page(a, idx)
        out.append((f"article-{idx + 1:02d}-{a['key']}", url, html, "article", exp))
    for name, url, html, kind in listing_pages() + static_pages():
        out.append((name, url, html, kind, None))
    for name, url, html, kind, exp in out:
        html = nfc(html)
        with open(os.path.join(HERE, name + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(html)
        meta = {"url": HOST + url, "content_type": "text/html;charset=UTF-8", "kind": kind}
        if exp is not None:
            meta["expected"] = json.loads(nfc(json.dumps(exp, ensure_ascii=False)))
        with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(meta, f, ensure_ascii=False, indent=1)
    print(f"wrote {len(out)} pages")


if __name__ == "__main__":
    main()
