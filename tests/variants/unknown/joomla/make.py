# -*- coding: utf-8 -*-
"""Generate the Joomla 3 district-agency variant (pages + truth).

    /work/main/.venv/bin/python tests/variants/unknown/joomla/make.py

Standard library only.  Imitates Joomla 3.10 output (com_content article / category blog /
category list / featured views, Protostar-derived site template "cambinh", mod_articles_latest,
mod_articles_popular, mod_related_items, mod_articles_category, mod_custom, mod_banners, Vinaora
Visitors Counter, com_contact, com_users, com_search) with search-engine-friendly URLs switched on
but without URL rewriting (/index.php/<menu>/<id>-<alias>).  Hand-typed links in a custom HTML
module still use the raw non-SEF form, so four articles are reachable under both URL styles.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from content import ARTICLES, CATS  # noqa: E402

HOST = "https://nongnghiep.cambinh.gov.vn"
SITE = "Phòng Nông nghiệp và PTNT huyện Cẩm Bình"
TPL = "cambinh"
TODAY = dt.datetime(2024, 11, 20, 8, 5)
BLOG_PER_PAGE = 6
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
MEDIA_V = "3f0c1a9e5b2d7c64a8e1f2b3c4d5e6f7"


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def attr(s: str) -> str:
    return html.escape(s, quote=True)


def plain(s: str) -> str:
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", s).strip())


def iso(d: dt.datetime) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"


def lc2(d: dt.datetime) -> str:
    """DATE_FORMAT_LC2 'l, d F Y H:i' as the vi-VN language pack prints it."""
    return f"{WEEKDAYS[d.weekday()]}, {d:%d} Tháng {d.month} {d:%Y %H:%M}"


def lc3(d: dt.datetime) -> str:
    return f"{d:%d} Tháng {d.month} {d:%Y}"


def h8(*parts) -> str:
    return hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()


def num(seed: str, lo: int, hi: int) -> int:
    return lo + int(h8(seed), 16) % (hi - lo + 1)


# ---------------------------------------------------------------- model
ARTICLES.sort(key=lambda a: a["date"])
for i, a in enumerate(ARTICLES):
    a["id"] = 41 + i * 3 + (i % 2)
    a["dt"] = dt.datetime.strptime(a["date"], "%Y-%m-%d %H:%M")
    a["mdt"] = dt.datetime.strptime(a["modified"], "%Y-%m-%d %H:%M") if a["modified"] else None
    catid, itemid, cname, layout = CATS[a["cat"]]
    a["catid"], a["itemid"], a["cname"] = catid, itemid, cname
    a["sef"] = f"/index.php/{a['cat']}/{a['id']}-{a['alias']}"
    a["nonsef"] = (f"/index.php?option=com_content&view=article&id={a['id']}:{a['alias']}"
                   f"&catid={catid}&Itemid={itemid}")
    a["hits"] = num(a["alias"], 60, 1900)
NEWEST = sorted(ARTICLES, key=lambda a: a["date"], reverse=True)
HOT = [a for a in ARTICLES if a.get("hot")]


def shows_date(a: dict) -> bool:
    # the "Thông báo" menu item hides every date in the article view
    return a["cat"] != "thong-bao"


# ---------------------------------------------------------------- body
def img_tag(im: dict) -> str:
    return (f'<img src="/{im["file"]}" alt="{attr(plain(im["caption"] or ""))}" width="{im["w"]}" '
            f'height="{im["h"]}" />')


def render_body(a: dict) -> tuple[str, dict]:
    out: list[str] = []
    text: list[str] = []
    images: list[dict] = []
    J = ' style="text-align: justify;"'
    lead = None
    if a["lead"]:
        lead = plain(a["lead"])
        pre = f"{esc(a['prefix'])} " if a["prefix"] else ""
        out.append(f"<p{J}><strong>{pre}{esc(a['lead'])}</strong></p>")
    for b in a["body"]:
        if isinstance(b, str):
            out.append(f"<p{J}>{esc(b)}</p>")
            text.append(plain(b))
            continue
        k = b[0]
        if k == "h":
            out.append(f"<h3><strong>{esc(b[1])}</strong></h3>")
            text.append(plain(b[1]))
        elif k == "ul":
            out.append("<ul>\n" + "\n".join(f"<li style=\"text-align: justify;\">{esc(x)}</li>" for x in b[1]) + "\n</ul>")
            text.extend(plain(x) for x in b[1])
        elif k == "table":
            rows = b[1]
            trs = ["<tr>" + "".join(f'<td style="text-align: center;"><strong>{esc(c)}</strong></td>' for c in rows[0]) + "</tr>"]
            trs += ["<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:]]
            out.append('<table class="table table-bordered" style="width: 100%; border-collapse: collapse;" border="1" '
                       'cellpadding="5">\n<tbody>\n' + "\n".join(trs) + "\n</tbody>\n</table>")
            text.extend(" | ".join(plain(c) for c in r) for r in rows)
        elif k == "img":
            im = b[1]
            cap = esc(im["caption"]) if im["caption"] else ""
            if im["style"] == "table":
                if im.get("credit") and im.get("printed") == "br":
                    cap_html = f"<em>{cap}</em><br /><em>{esc(im['credit'])}</em>"
                elif im.get("credit"):
                    cap_html = f"<em>{cap} ({esc(im['credit'])})</em>"
                else:
                    cap_html = f"<em>{cap}</em>"
                out.append('<table class="image-table" style="margin-left: auto; margin-right: auto; width: '
                           f'{im["w"]}px;" border="0" cellspacing="0" cellpadding="3" align="center">\n<tbody>\n'
                           f'<tr>\n<td>{img_tag(im)}</td>\n</tr>\n<tr>\n<td style="text-align: center;">{cap_html}</td>\n'
                           '</tr>\n</tbody>\n</table>')
            elif im["style"] == "italic":
                c = cap + (f" ({esc(im['credit'])})" if im.get("credit") else "")
                out.append(f'<p style="text-align: center;">{img_tag(im)}</p>\n<p style="text-align: center;"><em>{c}</em></p>')
            else:
                out.append(f'<p style="text-align: center;">{img_tag(im)}</p>')
            images.append({"src": HOST + "/" + im["file"], "caption": plain(im["caption"]) if im["caption"] else None,
                           "credit": im.get("credit")})
        elif k == "files":
            out.append("<p><strong>Tải về:</strong></p>")
            for label, f, size in b[1]:
                ext = f.rsplit(".", 1)[1]
                out.append(f'<p><a class="wf_file" href="/{f}" target="_blank"><img class="wf_file_icon" '
                           f'style="border: 0px; vertical-align: middle;" src="/media/jce/icons/{ext}.png" alt="{ext}" />'
                           f'<span class="wf_file_text" style="margin-left: 5px;">{esc(label)}</span>'
                           f'<span class="wf_file_size" style="margin-left: 5px;">({size})</span></a></p>')
        else:
            raise ValueError(k)
    authors, unit = ([a["byline"]] if a["byline"] else []), None
    sig = a.get("sig")
    if sig:
        if sig[0] == "author":
            out.append(f'<p style="text-align: right;"><strong>{esc(sig[1])}</strong></p>')
            authors.append(sig[1])
        elif sig[0] == "unit":
            out.append(f'<p style="text-align: right;"><strong>{esc(sig[1])}</strong></p>')
            unit = sig[1]
        else:
            out.append(f'<p style="text-align: right;"><em><strong>Nguồn: {esc(sig[1])}</strong></em></p>')
            unit = sig[1]
    if a.get("fullimage"):
        images.insert(0, {"src": HOST + "/" + a["fullimage"], "caption": None, "credit": None})
    sd = shows_date(a)
    truth = dict(title=plain(a["title"]), agency_prefix=a["prefix"], lead=lead, text="\n\n".join(text),
                 published_at=iso(a["dt"]) if sd else None,
                 updated_at=iso(a["mdt"]) if (sd and a["mdt"]) else None,
                 date_label="Ngày đăng" if sd else None, authors=authors, unit=unit, images=images,
                 category=a["cname"])
    return "\n".join(out), truth


def intro_html(a: dict) -> str:
    if a["lead"]:
        pre = f"{esc(a['prefix'])} " if a["prefix"] else ""
        return f'<p style="text-align: justify;"><strong>{pre}{esc(a["lead"])}</strong></p>'
    first = next(b for b in a["body"] if isinstance(b, str))
    return f'<p style="text-align: justify;">{esc(first)}</p>'


def first_img(a: dict):
    if a.get("fullimage"):
        return "/" + a["fullimage"]
    for b in a["body"]:
        if isinstance(b, tuple) and b[0] == "img":
            return "/" + b[1]["file"]
    return None


# ---------------------------------------------------------------- chrome
MENU = [
    (101, "Trang chủ", "/", []),
    (102, "Giới thiệu", "/index.php/gioi-thieu", [(103, "Chức năng, nhiệm vụ", "/index.php/gioi-thieu/chuc-nang-nhiem-vu"),
                                                   (104, "Cơ cấu tổ chức", "/index.php/gioi-thieu/co-cau-to-chuc")]),
    (112, "Tin tức", "/index.php/tin-tuc", []),
    (114, "Khuyến nông", "/index.php/khuyen-nong", []),
    (115, "Thủy lợi - PCTT", "/index.php/thuy-loi-pctt", []),
    (113, "Thông báo", "/index.php/thong-bao", []),
    (116, "Văn bản", "/index.php/van-ban", [(117, "Văn bản của UBND huyện", "/index.php/van-ban/ubnd-huyen"),
                                            (118, "Văn bản của Phòng", "/index.php/van-ban/van-ban-phong")]),
    (120, "Liên hệ", "/index.php/lien-he", []),
]


def menu_html(active: int) -> str:
    out = ['<ul class="nav menu nav-pills mod-list">']
    for iid, label, href, subs in MENU:
        cls = [f"item-{iid}"]
        if iid == 101:
            cls.append("default")
        sub_active = any(s[0] == active for s in subs)
        if iid == active:
            cls += ["current", "active"]
        elif sub_active:
            cls.append("active")
        if subs:
            cls += ["deeper", "parent"]
        out.append(f'<li class="{" ".join(cls)}"><a href="{href}" >{esc(label)}</a>')
        if subs:
            out.append('<ul class="nav-child unstyled small">')
            for sid, sl, sh in subs:
                c = f"item-{sid}" + (" current active" if sid == active else "")
                out.append(f'<li class="{c}"><a href="{sh}" >{esc(sl)}</a></li>')
            out.append("</ul>")
        out.append("</li>")
    out.append("</ul>")
    return "".join(out)


def breadcrumbs(items: list[tuple[str, str | None]]) -> str:
    lis = ['<li>Bạn đang ở: &#160;</li>']
    for i, (label, href) in enumerate(items, 1):
        last = i == len(items)
        if href and not last:
            lis.append(f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
                       f'<a itemprop="item" href="{href}" class="pathway"><span itemprop="name">{esc(label)}</span></a>'
                       f'<span class="divider"><img src="/media/system/images/arrow.png" alt="" /></span>'
                       f'<meta itemprop="position" content="{i}"></li>')
        else:
            lis.append(f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active">'
                       f'<span itemprop="name">{esc(label)}</span><meta itemprop="position" content="{i}"></li>')
    return ('<div aria-label="Breadcrumbs" role="navigation">\n\t<ul itemscope itemtype="https://schema.org/BreadcrumbList" '
            'class="breadcrumb">\n\t\t' + "\n\t\t".join(lis) + "\n\t</ul>\n</div>")


def digits(n: int) -> str:
    return "".join(f'<img src="/modules/mod_vvisit_counter/images/digit_counter/embwhite/{d}.png" alt="vcounter" '
                   f'title="Vinaora Visitors Counter" />' for d in f"{n:07d}")


def counter(seed: str) -> str:
    total = 2_618_400 + num(seed + "t", 0, 5000)
    rows = [("vtoday", "Hôm nay", num(seed + "d", 150, 700)), ("vyesterday", "Hôm qua", num(seed + "y", 400, 900)),
            ("vweek", "Tuần này", num(seed + "w", 1500, 3800)), ("vlweek", "Tuần trước", num(seed + "lw", 3000, 4800)),
            ("vmonth", "Tháng này", num(seed + "m", 9000, 14000)), ("vlmonth", "Tháng trước", num(seed + "lm", 14000, 19000)),
            ("vall", "Tất cả", total)]
    trs = "".join(f'<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/stats/default/{ic}.png" alt="{lab}" '
                  f'title="{lab}" /></td><td>{lab}</td><td align="right">{v}</td></tr>' for ic, lab, v in rows)
    online = num(seed + "o", 5, 60)
    return (f'<!-- Vinaora Visitors Counter >> http://vinaora.com/ -->\n<div class="vvisit_counter" style="text-align: center;">'
            f'<div>{digits(total)}</div><div><table cellpadding="0" cellspacing="0" style="margin: 3px; text-align: center; '
            f'align: center; width: 90%;" class="vinaora_counter"><tbody align="center">{trs}</tbody></table></div>'
            f'<hr style="margin-bottom: 5px;" /><div>Đang trực tuyến: {online}</div>'
            f'<div>IP của bạn: 113.{num(seed, 160, 190)}.{num(seed + "2", 1, 254)}.{num(seed + "3", 1, 254)}</div>'
            f'<div>{TODAY:%Y-%m-%d}</div></div>\n<!-- Vinaora Visitors Counter >> http://vinaora.com/ -->')


DOCS = [
    ("Quyết định số 2415/QĐ-UBND ngày 12/11/2024 phê duyệt kế hoạch sản xuất vụ Đông Xuân 2024 - 2025", "2024/qd-2415-ubnd.pdf"),
    ("Kế hoạch số 318/KH-UBND ngày 28/10/2024 về phòng, chống dịch bệnh động vật năm 2025", "2024/kh-318-ubnd.pdf"),
    ("Công văn số 512/NN ngày 21/10/2024 về chủ động ứng phó mưa lũ cuối năm", "2024/cv-512-nn.pdf"),
    ("Quyết định số 1988/QĐ-UBND ngày 30/9/2024 công nhận sản phẩm OCOP năm 2024", "2024/qd-1988-ubnd.pdf"),
    ("Kế hoạch số 244/KH-UBND ngày 15/8/2024 thực hiện Chương trình MTQG xây dựng nông thôn mới", "2024/kh-244-ubnd.pdf"),
    ("Công văn số 376/NN ngày 02/7/2024 về phòng trừ rầy nâu, rầy lưng trắng", "2024/cv-376-nn.pdf"),
    ("Quyết định số 1105/QĐ-UBND ngày 06/5/2024 về kiện toàn Ban Chỉ huy PCTT và TKCN huyện", "2024/qd-1105-ubnd.pdf"),
    ("Hướng dẫn số 08/HD-NN ngày 18/3/2024 về quy trình tiêm phòng gia súc, gia cầm", "2024/hd-08-nn.pdf"),
]


def more_modules(seed: str) -> str:
    docs = "".join(f'<li><a href="/images/van-ban/{f}" target="_blank"><span class="icon-file"></span> {esc(t)}</a></li>'
                   for t, f in DOCS)
    thumbs = "".join(f'<li class="sig-thumb"><a href="/images/thu-vien-anh/hoat-dong-{k:02d}.jpg" class="sig-link" '
                     f'data-rel="lightbox[gallery{seed[-4:]}]" title="Hoạt động của Phòng - ảnh {k}"><img class="sig-image" '
                     f'src="/cache/thumbs/hoat-dong-{k:02d}-120x90.jpg" alt="hoat-dong-{k:02d}.jpg" width="120" height="90" /></a></li>'
                     for k in range(1, 9))
    vote = num(seed + "poll", 1200, 1500)
    return f"""
					<div class="well "><h3 class="page-header">Văn bản mới</h3>

<div class="custom van-ban-moi"  >
	<ul class="van-ban-moi">{docs}</ul>
<p class="readmore"><a href="/index.php/van-ban">Xem tất cả văn bản &raquo;</a></p></div>
</div>
					<div class="well "><h3 class="page-header">Giá nông sản</h3>

<div class="custom gia-nong-san"  >
	<p class="small"><em>Cập nhật ngày 19/11/2024 tại chợ Cẩm Bình</em></p>
<table class="table table-condensed table-striped" style="width: 100%; font-size: 12px;">
<tbody>
<tr><th>Mặt hàng</th><th>ĐVT</th><th>Giá (đồng)</th></tr>
<tr><td>Lúa khô (HT1)</td><td>kg</td><td>8.200</td></tr>
<tr><td>Gạo thường</td><td>kg</td><td>15.500</td></tr>
<tr><td>Ngô hạt</td><td>kg</td><td>7.400</td></tr>
<tr><td>Lạc vỏ</td><td>kg</td><td>32.000</td></tr>
<tr><td>Bò hơi (loại 1)</td><td>kg</td><td>82.000</td></tr>
<tr><td>Lợn hơi</td><td>kg</td><td>61.000</td></tr>
<tr><td>Gà ta hơi</td><td>kg</td><td>95.000</td></tr>
<tr><td>Keo nguyên liệu</td><td>tấn</td><td>1.350.000</td></tr>
</tbody>
</table></div>
</div>
					<div class="well "><h3 class="page-header">Lịch công tác</h3>

<div class="custom lich-cong-tac"  >
	<p><strong>Tuần 47 (18/11 - 24/11/2024)</strong></p>
<ul>
<li>Thứ hai: Trưởng phòng dự họp giao ban UBND huyện.</li>
<li>Thứ ba: Kiểm tra công tác chuẩn bị vụ Đông Xuân tại xã Cẩm Hòa, Cẩm Phú.</li>
<li>Thứ năm: Hội đồng thẩm định hồ sơ xã nông thôn mới nâng cao.</li>
<li>Thứ sáu: Làm việc với Chi cục Thủy lợi tỉnh về công trình kênh N6.</li>
</ul></div>
</div>
					<div class="well "><h3 class="page-header">Thư viện ảnh</h3><!-- Simple Image Gallery (by JoomlaWorks) -->
<ul id="sigFreeId{h8(seed, 'sig')[:10]}" class="sigFreeContainer sigFreeClassic">{thumbs}
	<li class="sigFreeClear">&nbsp;</li>
</ul>
</div>
					<div class="well "><h3 class="page-header">Video</h3>

<div class="custom"  >
	<p><iframe width="100%" height="180" src="https://www.youtube.com/embed/Xq2v9cbinh0" frameborder="0" allowfullscreen="allowfullscreen"></iframe></p>
<p><em>Phóng sự: Cẩm Bình chủ động ứng phó mùa mưa bão</em></p></div>
</div>
					<div class="well "><h3 class="page-header">Thăm dò ý kiến</h3><div class="poll">
<form action="/index.php/component/poll/" method="post" name="poll_vote_2" id="poll_vote_2">
<p class="poll-question">Bạn đánh giá thế nào về thông tin khuyến nông trên trang?</p>
<ul class="poll-options">
<li><input type="radio" name="voteid" id="voteid11" value="11" /><label for="voteid11">Rất hữu ích</label></li>
<li><input type="radio" name="voteid" id="voteid12" value="12" /><label for="voteid12">Hữu ích</label></li>
<li><input type="radio" name="voteid" id="voteid13" value="13" /><label for="voteid13">Bình thường</label></li>
<li><input type="radio" name="voteid" id="voteid14" value="14" /><label for="voteid14">Chưa hữu ích</label></li>
</ul>
<div class="poll-buttons"><input type="submit" name="task_button" class="btn btn-small" value="Bình chọn" /> <a class="btn btn-small" href="/index.php/component/poll/2-danh-gia-thong-tin">Kết quả</a></div>
<p class="poll-total small">Tổng số phiếu: {vote}</p>
<input type="hidden" name="option" value="com_poll" /><input type="hidden" name="task" value="vote" /><input type="hidden" name="id" value="2" />
<input type="hidden" name="{h8(seed, 'pt')}" value="1" />
</form></div>
</div>
"""


def sidebar(seed: str) -> str:
    latest = "".join(f'\t<li itemscope itemtype="https://schema.org/Article">\n\t\t<a href="{a["sef"]}" itemprop="url">\n'
                     f'\t\t\t<span itemprop="name">\n\t\t\t\t{esc(a["title"])}\t\t\t</span>\n\t\t</a>\n\t</li>\n'
                     for a in NEWEST[:6])
    hot = "".join(f'<li><a href="{HOST}{a["nonsef"].replace("&", "&amp;")}">{esc(a["title"])}</a></li>' for a in HOT)
    popular = sorted(ARTICLES, key=lambda a: -a["hits"])[:5]
    pop = "".join(f'\t<li itemscope itemtype="https://schema.org/Article">\n\t\t<a href="{a["sef"]}" itemprop="url">\n'
                  f'\t\t\t<span itemprop="name">\n\t\t\t\t{esc(a["title"])}\t\t\t</span>\n\t\t</a>\n\t</li>\n'
                  for a in popular)
    links = [("Cổng thông tin điện tử Chính phủ", "https://chinhphu.vn"), ("Bộ Nông nghiệp và PTNT", "https://www.mard.gov.vn"),
             ("Sở Nông nghiệp và PTNT tỉnh", "https://snnptnt.tinh.gov.vn"), ("UBND huyện Cẩm Bình", "https://cambinh.gov.vn"),
             ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn")]
    opts = "".join(f'<option value="{u}">{esc(n)}</option>' for n, u in links)
    return f"""
					<div class="well "><h3 class="page-header">Tin mới nhất</h3><ul class="latestnews mod-list">
{latest}</ul>
</div>
					<div class="well hot-news"><h3 class="page-header">Tin nổi bật</h3>

<div class="custom hot-news"  >
	<ul class="tin-noi-bat">{hot}</ul></div>
</div>
					<div class="well "><h3 class="page-header">Tin đọc nhiều</h3><ul class="mostread mod-list">
{pop}</ul>
</div>
					<div class="well "><h3 class="page-header">Chủ đề quan tâm</h3>

<div class="custom"  >
	<p><a href="/index.php/component/search/?searchword=l%C3%BAa&amp;searchphrase=all&amp;Itemid=101">#lúa</a> <a href="/index.php/component/search/?searchword=OCOP&amp;searchphrase=all&amp;Itemid=101">#OCOP</a> <a href="/index.php/component/search/?searchword=thi%C3%AAn%20tai&amp;searchphrase=all&amp;Itemid=101">#thiên tai</a></p></div>
</div>
					<div class="well "><h3 class="page-header">Liên kết website</h3>

<div class="custom"  >
	<p><select style="width: 100%;" onchange="if(this.value!='') window.open(this.value,'_blank');"><option value="">--- Chọn liên kết ---</option>{opts}</select></p></div>
</div>
					<div class="well "><div class="bannergroup">

	<div class="banneritem">
																																																																			<a
							href="/index.php/component/banners/click/2" target="_blank" rel="noopener noreferrer"
							title="Cổng Dịch vụ công quốc gia">
							<img
								src="{HOST}/images/banners/dich-vu-cong-quoc-gia.jpg"
								alt="Cổng Dịch vụ công quốc gia"
								 width="270"								 height="80"							/>
						</a>
																<div class="clr"></div>
	</div>
	<div class="banneritem">
																																																																			<a
							href="/index.php/component/banners/click/3" target="_blank" rel="noopener noreferrer"
							title="Hệ thống thông tin giải quyết TTHC tỉnh">
							<img
								src="{HOST}/images/banners/mot-cua-dien-tu.jpg"
								alt="Hệ thống thông tin giải quyết TTHC tỉnh"
								 width="270"								 height="80"							/>
						</a>
																<div class="clr"></div>
	</div>

</div>
</div>
{more_modules(seed)}
					<div class="well "><h3 class="page-header">Thống kê truy cập</h3>{counter(seed)}</div>
"""


def other_news(a: dict) -> str:
    same = [b for b in NEWEST if b["cat"] == a["cat"] and b is not a][:6]
    lis = "".join(f'\n\t\t<li>\n\t\t\t\t\t<a class="mod-articles-category-title " href="{b["sef"]}">{esc(b["title"])}</a>\n'
                  f'\t\t\t\t\t\t\t\t\t\t\t\t<span class="mod-articles-category-date">{b["dt"]:%d-%m-%Y}</span>\n\t\t\t\t\t\t</li>'
                  for b in same)
    return (f'<div class="moduletable cac-tin-khac">\n\t\t\t\t\t\t\t<h3>Các tin khác</h3>\n\t\t\t\t\t\t<ul class="category-module '
            f'cac-tin-khac mod-list">{lis}\n\t</ul>\n\t\t</div>')


def related(a: dict) -> str:
    words = set(re.findall(r"\w+", a["title"].lower()))
    scored = sorted((b for b in ARTICLES if b is not a),
                    key=lambda b: (-len(words & set(re.findall(r"\w+", b["title"].lower()))), b["id"]))[:3]
    lis = "".join(f'\n<li>\n\t<a href="{b["sef"]}">\n\t\t{b["dt"]:%Y-%m-%d} - \t\t{esc(b["title"])}</a>\n</li>' for b in scored)
    return (f'<div class="moduletable">\n\t\t\t\t\t\t\t<h3>Bài viết liên quan</h3>\n\t\t\t\t\t\t<ul class="relateditems mod-list">'
            f'{lis}\n</ul>\n\t\t</div>')


def page(*, title: str, base: str, body_class: str, active: int, crumbs, main: str, seed: str,
         desc: str = "", author: str | None = None, below: str = "", search_itemid: int = 101) -> str:
    token = h8(seed, "token")
    meta_author = f'\n\t<meta name="author" content="{attr(author)}" />' if author else ""
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<meta charset="utf-8" />
	<base href="{attr(HOST + base)}" />
	<meta name="keywords" content="nông nghiệp, Cẩm Bình, khuyến nông, thủy lợi, phòng chống thiên tai, OCOP, nông thôn mới" />
	<meta name="rights" content="Phòng Nông nghiệp và PTNT huyện Cẩm Bình" />{meta_author}
	<meta name="description" content="{attr(desc or 'Trang thông tin điện tử Phòng Nông nghiệp và Phát triển nông thôn huyện Cẩm Bình')}" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>{esc(title)}</title>
	<link href="/templates/{TPL}/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="{HOST}/index.php/component/search/?Itemid={search_itemid}&amp;format=opensearch" rel="search" title="Tìm kiếm {attr(SITE)}" type="application/opensearchdescription+xml" />
	<link href="/templates/{TPL}/css/template.css?{MEDIA_V}" rel="stylesheet" />
	<link href="/templates/{TPL}/css/custom.css?{MEDIA_V}" rel="stylesheet" />
	<link href="/modules/mod_vvisit_counter/mod_vvisit_counter.css" rel="stylesheet" />
	<style>
	body.site {{ border-top: 3px solid #1b7a2f; background-color: #f4f6f1; }}
	a {{ color: #1b7a2f; }}
	.nav-list > .active > a, .nav-list > .active > a:hover, .dropdown-menu li > a:hover, .dropdown-menu .active > a, .dropdown-menu .active > a:hover, .nav-pills > .active > a, .nav-pills > .active > a:hover, .btn-primary {{ background: #1b7a2f; }}
	.header .brand img {{ max-height: 120px; }}
	.hot-news ul {{ padding-left: 16px; }} .hot-news li {{ margin-bottom: 6px; }}
	.item-page h2[itemprop="headline"] {{ font-size: 22px; line-height: 1.35; color: #14532d; }}
	dl.article-info dd {{ display: inline-block; margin-right: 12px; font-size: 12px; }}
	.date-bar {{ background: #e9f2e3; padding: 4px 10px; font-size: 12px; }}
	.footer {{ background: #14532d; color: #eee; }} .footer a {{ color: #ffd54f; }}
	</style>
	<script type="application/json" class="joomla-script-options new">{{"csrf.token":"{token}","system.paths":{{"root":"","base":""}}}}</script>
	<script src="/media/jui/js/jquery.min.js?{MEDIA_V}"></script>
	<script src="/media/jui/js/jquery-noconflict.js?{MEDIA_V}"></script>
	<script src="/media/jui/js/jquery-migrate.min.js?{MEDIA_V}"></script>
	<script src="/media/system/js/caption.js?{MEDIA_V}"></script>
	<script src="/media/jui/js/bootstrap.min.js?{MEDIA_V}"></script>
	<script src="/media/system/js/core.js?{MEDIA_V}"></script>
	<script src="/templates/{TPL}/js/template.js?{MEDIA_V}"></script>
	<script>
jQuery(window).on('load',  function() {{
				new JCaption('img.caption');
			}});jQuery(function($){{ initTooltips(); $("body").on("subform-row-add", initTooltips); function initTooltips (event, container) {{ container = container || document;$(container).find(".hasTooltip").tooltip({{"html": true,"container": "body"}});}} }});
	</script>
	<script async src="https://www.googletagmanager.com/gtag/js?id=G-CB7N2P4Q1L"></script>
	<script>
	  window.dataLayer = window.dataLayer || [];
	  function gtag(){{dataLayer.push(arguments);}}
	  gtag('js', new Date());
	  gtag('config', 'G-CB7N2P4Q1L');
	</script>
	<!--[if lt IE 9]><script src="/media/jui/js/html5.js?{MEDIA_V}"></script><![endif]-->
</head>
<body class="{body_class}">
	<!-- Body -->
	<div class="body" id="top">
		<div class="container">
			<!-- Header -->
			<header class="header" role="banner">
				<div class="header-inner clearfix">
					<a class="brand pull-left" href="/">
						<img src="{HOST}/images/banner/banner-phong-nn-cam-binh.png" alt="{attr(SITE)}" />											</a>
					<div class="header-search pull-right">
						<div class="search">
	<form action="{base.replace("&", "&amp;")}" method="post" class="form-inline" role="search">
		<label for="mod-search-searchword93" class="element-invisible">Tìm kiếm...</label> <input name="searchword" id="mod-search-searchword93" maxlength="200"  class="inputbox search-query input-medium" type="search" placeholder="Tìm kiếm..." /> <button class="button btn btn-primary" onclick="this.form.searchword.focus();">Tìm kiếm</button>		<input type="hidden" name="task" value="search" />
		<input type="hidden" name="option" value="com_search" />
		<input type="hidden" name="Itemid" value="{search_itemid}" />
	</form>
</div>

					</div>
				</div>
			</header>
							<nav class="navigation" role="navigation">
					<div class="navbar pull-left">
						<a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse">
							<span class="element-invisible">Toggle Navigation</span>
							<span class="icon-bar"></span>
							<span class="icon-bar"></span>
							<span class="icon-bar"></span>
						</a>
					</div>
					<div class="nav-collapse">
						{menu_html(active)}
					</div>
				</nav>
						<div class="moduletable date-bar">
						

<div class="custom date-bar"  >
	<p>Hôm nay: {WEEKDAYS[TODAY.weekday()]}, ngày {TODAY:%d/%m/%Y} &nbsp;|&nbsp; <a href="/index.php/dang-nhap">Đăng nhập</a> &nbsp;|&nbsp; <a href="/index.php/gioi-thieu/chuc-nang-nhiem-vu">Chức năng, nhiệm vụ</a></p></div>
		</div>
	
			{breadcrumbs(crumbs)}

			<div class="row-fluid">
								<main id="content" role="main" class="span9">
					<!-- Begin Content -->
					
					<div id="system-message-container">
	</div>

					{main}
					{below}
					<!-- End Content -->
				</main>
									<div id="aside" class="span3">
						<!-- Begin Right Sidebar -->
						{sidebar(seed)}
						<!-- End Right Sidebar -->
					</div>
							</div>
		</div>
	</div>
	<!-- Footer -->
	<footer class="footer" role="contentinfo">
		<div class="container">
			<hr />
			<ul class="nav menu footer-menu mod-list">
<li class="item-140"><a href="/" >Trang chủ</a></li><li class="item-141"><a href="/index.php/gioi-thieu" >Giới thiệu</a></li><li class="item-142"><a href="/index.php/tin-tuc" >Tin tức</a></li><li class="item-143"><a href="/index.php/khuyen-nong" >Khuyến nông</a></li><li class="item-144"><a href="/index.php/thong-bao" >Thông báo</a></li><li class="item-145"><a href="/index.php/lien-he" >Liên hệ</a></li><li class="item-146"><a href="/index.php/so-do-website" >Sơ đồ website</a></li></ul>


<div class="custom"  >
	<p style="text-align: center;"><strong>TRANG THÔNG TIN ĐIỆN TỬ PHÒNG NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN HUYỆN CẨM BÌNH</strong></p>
<p style="text-align: center;">Địa chỉ: 25 Hùng Vương, thị trấn Cẩm Bình, huyện Cẩm Bình - Điện thoại: 0235 3730 123 - Email: pnn.cambinh@tinh.gov.vn</p>
<p style="text-align: center;">Chịu trách nhiệm nội dung: Ông Lê Văn Thịnh - Trưởng phòng</p>
<p style="text-align: center;"><em>Ghi rõ nguồn "Phòng Nông nghiệp và PTNT huyện Cẩm Bình" khi phát hành lại thông tin từ trang này.</em></p></div>

			<p class="pull-right">
				<a href="#top" id="back-top">
					Về đầu trang				</a>
			</p>
			<p>
				&copy; 2024 {esc(SITE)}			</p>
		</div>
	</footer>
	
</body>
</html>
"""


def article_html(a: dict) -> tuple[str, dict]:
    content, truth = render_body(a)
    sd = shows_date(a)
    icons = f"""<div class="icons">
		
					<div class="btn-group pull-right">
				<button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-{a['id']}" aria-label="Công cụ người dùng"
				data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">
					<span class="icon-cog" aria-hidden="true"></span>
					<span class="caret" aria-hidden="true"></span>
				</button>
								<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{a['id']}">
											<li class="print-icon"> <a href="{a['sef']}?tmpl=component&amp;print=1&amp;layout=default" title="In bài viết &lt; {attr(a['title'])} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow">			<span class="icon-print" aria-hidden="true"></span>
		In	</a> </li>
																<li class="email-icon"> <a href="/index.php/component/mailto/?tmpl=component&amp;template={TPL}&amp;link={h8(a['alias'], 'mail')}" title="Gửi liên kết này cho bạn bè" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow">			<span class="icon-envelope" aria-hidden="true"></span>
		Email	</a> </li>
														</ul>
			</div>
		
	</div>"""
    info = ['<dl class="article-info muted">', '', '\t\t\t<dt class="article-info-term">', '\t\t\t\t\t\t\t\t\tChi tiết\t\t\t\t\t\t\t</dt>']
    if a["byline"]:
        info.append(f'\t\t\t\t\t<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">\n'
                    f'\t\t\t\t\tViết bởi <span itemprop="name">{esc(a["byline"])}</span>\t</dd>')
    info.append(f'\t\t\t\t\t\t\t\t\t<dd class="category-name">\n\t\t\t\t\t\t\t\t\tDanh mục: <a href="/index.php/{a["cat"]}" '
                f'itemprop="genre">{esc(a["cname"])}</a>\t\t\t\t\t</dd>')
    if sd:
        info.append(f'\t\t\t\t\t<dd class="published">\n\t\t\t\t<span class="icon-calendar" aria-hidden="true"></span>\n'
                    f'\t\t\t\t<time datetime="{iso(a["dt"])}" itemprop="datePublished">\n\t\t\t\t\tNgày đăng: {lc2(a["dt"])}'
                    f'\t\t\t\t</time>\n\t\t\t</dd>')
        if a["mdt"]:
            info.append(f'\t\t\t\t\t<dd class="modified">\n\t\t\t\t<span class="icon-calendar" aria-hidden="true"></span>\n'
                        f'\t\t\t\t<time datetime="{iso(a["mdt"])}" itemprop="dateModified">\n\t\t\t\t\tCập nhật lần cuối: '
                        f'{lc2(a["mdt"])}\t\t\t\t</time>\n\t\t\t</dd>')
    info.append(f'\t\t\t\t\t<dd class="hits">\n\t\t\t\t\t<span class="icon-eye-open" aria-hidden="true"></span>\n'
                f'\t\t\t\t\t<meta itemprop="interactionCount" content="UserPageVisits:{a["hits"]}" />\n'
                f'\t\t\t\t\tLượt xem: {a["hits"]}\t\t\t</dd>')
    info.append("\t\t\t</dl>")
    full = ""
    if a.get("fullimage"):
        full = (f'<div class="pull-none item-image"> <img\n\t src="/{a["fullimage"]}" alt="{attr(a["title"])}" '
                f'itemprop="image"/> </div>')
    same = [b for b in ARTICLES if b["cat"] == a["cat"]]
    same.sort(key=lambda b: b["date"], reverse=True)
    i = same.index(a)
    nav = ['<ul class="pager pagenav">']
    if i > 0:
        p = same[i - 1]
        nav.append(f'\t<li class="previous">\n\t\t<a class="hasTooltip" title="{attr(p["title"])}" aria-label="Bài trước: '
                   f'{attr(p["title"])}" href="{p["sef"]}" rel="prev">\n\t\t\t<span class="icon-chevron-left" aria-hidden="true">'
                   f'</span> <span aria-hidden="true">Trước</span>\t\t</a>\n\t</li>')
    if i + 1 < len(same):
        n = same[i + 1]
        nav.append(f'\t<li class="next">\n\t\t<a class="hasTooltip" title="{attr(n["title"])}" aria-label="Bài tiếp: '
                   f'{attr(n["title"])}" href="{n["sef"]}" rel="next">\n\t\t\t<span aria-hidden="true">Tiếp</span> '
                   f'<span class="icon-chevron-right" aria-hidden="true"></span>\t\t</a>\n\t</li>')
    nav.append("</ul>")
    main = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="vi-VN" />
	
		
			<div class="page-header">
		<h2 itemprop="headline">
			{esc(a['title'])}
		</h2>
							</div>
					
	{icons}
			
						{chr(10).join(info)}
	
	
		
								{full}
			<div itemprop="articleBody">
		{content} 	</div>

	
	{chr(10).join(nav)}
							</div>"""
    return main, truth


def emit_article(a: dict, url: str, out: list):
    main, truth = article_html(a)
    below = related(a) + "\n" + other_news(a)
    desc = plain(a["lead"] or next(b for b in a["body"] if isinstance(b, str)))[:160]
    html_ = page(title=f"{a['title']} - {SITE}", base=url, active=a["itemid"],
                 body_class=f"site com_content view-article no-layout no-task itemid-{a['itemid']}",
                 crumbs=[("Trang chủ", "/"), (a["cname"], f"/index.php/{a['cat']}"), (a["title"], None)],
                 main=main, seed=url, desc=desc, author=a["byline"], below=below, search_itemid=a["itemid"])
    return html_, truth


def blog_item(a: dict, cls: str, heading="h2") -> str:
    img = first_img(a)
    img_html = ""
    if img:
        img_html = (f'\t<div class="pull-left item-image"> <a href="{a["sef"]}"><img\n\t\t src="{img}" alt="{attr(a["title"])}" '
                    f'itemprop="thumbnailUrl"/></a></div>\n')
    date_dd = ""
    if shows_date(a):
        date_dd = (f'\t\t\t\t\t<dd class="published">\n\t\t\t\t<span class="icon-calendar" aria-hidden="true"></span>\n'
                   f'\t\t\t\t<time datetime="{iso(a["dt"])}" itemprop="datePublished">\n\t\t\t\t\tNgày đăng: {lc2(a["dt"])}'
                   f'\t\t\t\t</time>\n\t\t\t</dd>\n')
    return f"""<div class="{cls}" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
	<div class="page-header">
					<{heading} itemprop="name">
									<a href="{a['sef']}" itemprop="url">
						{esc(a['title'])}					</a>
							</{heading}>
		
		
		
			</div>
<dl class="article-info muted">
			<dt class="article-info-term">
									Chi tiết							</dt>
							<dd class="category-name">
																		Danh mục: <a href="/index.php/{a['cat']}" itemprop="genre">{esc(a['cname'])}</a>							</dd>
{date_dd}			</dl>
{img_html}{intro_html(a)}
	
<p class="readmore">
			<a class="btn" href="{a['sef']}" itemprop="url" aria-label="Xem thêm: {attr(a['title'])}">
			<span class="icon-chevron-right" aria-hidden="true"></span>
			Xem thêm: {esc(a['title'][:50])}{"..." if len(a['title']) > 50 else ""}		</a>
	</p>


</div>"""


def pagination(base: str, cur: int, total: int) -> str:
    def href(n):
        return base if n == 1 else f"{base}?start={(n - 1) * BLOG_PER_PAGE}"
    lis = []
    if cur == 1:
        lis += ['<li class="pagination-start"><span class="pagenav">Bắt đầu</span></li>',
                '<li class="pagination-prev"><span class="pagenav">Trước</span></li>']
    else:
        lis += [f'<li class="pagination-start"><a title="Bắt đầu" href="{href(1)}" class="hasTooltip pagenav">Bắt đầu</a></li>',
                f'<li class="pagination-prev"><a title="Trước" href="{href(cur - 1)}" class="hasTooltip pagenav">Trước</a></li>']
    for n in range(1, total + 1):
        lis.append(f'<li><span class="pagenav">{n}</span></li>' if n == cur else
                   f'<li><a href="{href(n)}" class="pagenav">{n}</a></li>')
    if cur == total:
        lis += ['<li class="pagination-next"><span class="pagenav">Sau</span></li>',
                '<li class="pagination-end"><span class="pagenav">Cuối</span></li>']
    else:
        lis += [f'<li class="pagination-next"><a title="Sau" href="{href(cur + 1)}" class="hasTooltip pagenav">Sau</a></li>',
                f'<li class="pagination-end"><a title="Cuối" href="{href(total)}" class="hasTooltip pagenav">Cuối</a></li>']
    return (f'<div class="pagination">\n\t\t\t\t\t\t\t<p class="counter pull-right"> Trang {cur} / {total} </p>\n'
            f'\t\t\t\t\t\t<ul>{"".join(lis)}</ul>\t\t\t</div>')


def write(out: list, name: str, url: str, kind: str, html_: str, expected=None):
    meta = {"url": HOST + url, "content_type": "text/html; charset=utf-8", "kind": kind}
    if expected is not None:
        meta["expected"] = expected
    out.append((name, html_, meta))


def category_blog(out: list, slug: str):
    catid, itemid, cname, _ = CATS[slug]
    items = [a for a in NEWEST if a["cat"] == slug]
    pages = max(1, -(-len(items) // BLOG_PER_PAGE))
    base = f"/index.php/{slug}"
    for n in range(1, pages + 1):
        chunk = items[(n - 1) * BLOG_PER_PAGE: n * BLOG_PER_PAGE]
        url = base if n == 1 else f"{base}?start={(n - 1) * BLOG_PER_PAGE}"
        lead_html = ""
        rows = chunk
        if n == 1 and chunk:
            lead_html = ('<div class="items-leading clearfix">\n\t\t\t' + blog_item(chunk[0], "leading-0") + "\n\t\t\t</div>")
            rows = chunk[1:]
        rows_html = "".join(
            f'\n\t\t\t\t\t\t<div class="items-row cols-1 row-{k} row-fluid clearfix">\n\t\t\t\t\t<div class="span12">\n'
            f'\t\t\t\t<div class="item column-1">\n\t\t\t\t\t{blog_item(a, "item-inner")}\n\t\t\t\t</div>\n'
            f'\t\t\t\t\t\t</div>\n\t\t\t\t\t\t\t</div>' for k, a in enumerate(rows))
        pag = pagination(base, n, pages) if pages > 1 else ""
        main = f"""<div class="blog" itemscope itemtype="https://schema.org/Blog">
			<div class="page-header">
			<h1> {esc(cname)} </h1>
		</div>
	
	
	
				{lead_html}
	
	{rows_html}
	
				{pag}
	</div>"""
        title = f"{cname} - {SITE}" if n == 1 else f"{cname} - Trang {n} - {SITE}"
        html_ = page(title=title, base=url, active=itemid,
                     body_class=f"site com_content view-category layout-blog no-task itemid-{itemid}",
                     crumbs=[("Trang chủ", "/"), (cname, None)], main=main, seed=url, search_itemid=itemid)
        write(out, f"category-{slug}" + ("" if n == 1 else f"-start-{(n - 1) * BLOG_PER_PAGE}"), url, "listing", html_)


def category_list(out: list, slug: str):
    catid, itemid, cname, _ = CATS[slug]
    items = [a for a in NEWEST if a["cat"] == slug]
    url = f"/index.php/{slug}"
    trs = "".join(f"""
							<tr class="cat-list-row{k % 2}" >
							<td headers="categorylist_header_title" class="list-title">
									<a href="{a['sef']}">
						{esc(a['title'])}					</a>
																					</td>
							<td headers="categorylist_header_date" class="list-date small">
					{a['dt']:%d-%m-%Y}				</td>
										<td headers="categorylist_header_hits" class="list-hits">
							<span class="badge badge-info">
								Lượt xem: {a['hits']}							</span>
						</td>
					</tr>""" for k, a in enumerate(items))
    main = f"""<div class="category-list">

<div>
	<div class="content-category">
		<h2> {esc(cname)} </h2>
<form action="{HOST}{url}" method="post" name="adminForm" id="adminForm" class="form-inline">
		<fieldset class="filters btn-toolbar clearfix">
		<legend class="hide">Bộ lọc</legend>
							<div class="btn-group">
											<label class="filter-search-lbl element-invisible" for="filter-search">
							Bộ lọc tiêu đề&#160;						</label>
						<input type="text" name="filter-search" id="filter-search" value="" class="inputbox" onchange="document.adminForm.submit();" title="Nội dung bộ lọc tìm kiếm." placeholder="Bộ lọc tiêu đề" />
														</div>
										<div class="btn-group pull-right">
				<label for="limit" class="element-invisible">
					Hiển thị #				</label>
				<select id="limit" name="limit" class="inputbox input-mini" size="1" onchange="this.form.submit()">
	<option value="5">5</option>
	<option value="10">10</option>
	<option value="15">15</option>
	<option value="20" selected="selected">20</option>
	<option value="25">25</option>
	<option value="0">Tất cả</option>
</select>
			</div>
		
		<input type="hidden" name="filter_order" value="" />
		<input type="hidden" name="filter_order_Dir" value="" />
		<input type="hidden" name="limitstart" value="" />
		<input type="hidden" name="task" value="" />
	</fieldset>

	<div class="control-group hide pull-right">
		<div class="controls">
			<button type="submit" name="filter_submit" class="btn btn-primary">Lọc</button>
		</div>
	</div>

	<table class="category table table-striped table-bordered table-hover">
		<caption class="hide">Danh sách bài viết trong chuyên mục {esc(cname)}</caption>
		<thead>
			<tr>
				<th scope="col" id="categorylist_header_title">
					<a href="#" onclick="Joomla.tableOrdering('a.title','asc','', document.getElementById('adminForm'));return false;" class="hasPopover" title="Tiêu đề" data-content="Chọn để sắp xếp theo cột này" data-placement="top">Tiêu đề</a>				</th>
									<th scope="col" id="categorylist_header_date">
													<a href="#" onclick="Joomla.tableOrdering('a.publish_up','asc','');return false;" class="hasPopover" title="Ngày đăng" data-content="Chọn để sắp xếp theo cột này" data-placement="top">Ngày đăng</a>											</th>
																	<th scope="col" id="categorylist_header_hits">
						<a href="#" onclick="Joomla.tableOrdering('a.hits','asc','');return false;" class="hasPopover" title="Lượt xem" data-content="Chọn để sắp xếp theo cột này" data-placement="top">Lượt xem</a>					</th>
											</tr>
		</thead>
		<tbody>{trs}
				</tbody>
	</table>
</form>
</div>
</div>
</div>"""
    html_ = page(title=f"{cname} - {SITE}", base=url, active=itemid,
                 body_class=f"site com_content view-category no-layout no-task itemid-{itemid}",
                 crumbs=[("Trang chủ", "/"), (cname, None)], main=main, seed=url, search_itemid=itemid)
    write(out, f"category-{slug}", url, "listing", html_)


def featured(out: list):
    items = [a for a in NEWEST if a.get("featured")]
    lead = '<div class="items-leading clearfix">\n\t\t\t' + blog_item(items[0], "leading-0 clearfix") + "\n\t\t\t</div>"
    rest = items[1:]
    rows = []
    for r in range(0, len(rest), 2):
        cols = "".join(f'\n\t\t\t\t<div class="span6">\n\t\t\t\t\t<div class="item column-{c + 1}">\n'
                       f'\t\t\t\t\t{blog_item(a, "item-inner")}\n\t\t\t\t\t</div>\n\t\t\t\t</div>'
                       for c, a in enumerate(rest[r:r + 2]))
        rows.append(f'\n\t\t<div class="items-row cols-2 row-{r // 2} row-fluid">{cols}\n\t\t</div>')
    more = [a for a in NEWEST if not a.get("featured")][:14]
    more_html = "".join(f'\n\t\t<li>\n\t\t\t<a href="{a["sef"]}">\n\t\t\t\t{esc(a["title"])}</a> <span class="small">'
                        f'({a["dt"]:%d/%m/%Y})</span>\n\t\t</li>' for a in more)
    tb = [a for a in NEWEST if a["cat"] == "thong-bao"]
    tb_html = "".join(f'\n\t\t<li>\n\t\t\t\t\t<a class="mod-articles-category-title " href="{a["sef"]}">{esc(a["title"])}</a>\n'
                      f'\t\t\t\t\t</li>' for a in tb)
    main = f"""<div class="blog-featured" itemscope itemtype="https://schema.org/Blog">
<div class="page-header">
	<h1>
	Tin nổi bật	</h1>
</div>
{lead}
{''.join(rows)}
	<div class="items-more">
	<ol class="nav nav-tabs nav-stacked">{more_html}
	</ol>
	</div>
</div>
<div class="moduletable thong-bao-home">
							<h3>Thông báo</h3>
						<ul class="category-module thong-bao mod-list">{tb_html}
	</ul>
		</div>
<div class="moduletable">
							<h3>Chuyên mục</h3>
						<ul class="categories-module mod-list">
	<li> <h4><a href="/index.php/tin-tuc">Tin tức</a></h4></li>
	<li> <h4><a href="/index.php/khuyen-nong">Khuyến nông</a></h4></li>
	<li> <h4><a href="/index.php/thuy-loi-pctt">Thủy lợi - Phòng chống thiên tai</a></h4></li>
	<li> <h4><a href="/index.php/thong-bao">Thông báo</a></h4></li>
</ul>
		</div>"""
    html_ = page(title=SITE, base="/", active=101, body_class="site com_content view-featured no-layout no-task itemid-101",
                 crumbs=[("Trang chủ", None)], main=main, seed="/")
    write(out, "home", "/", "listing", html_)


def single_static(out: list, name: str, url: str, itemid: int, title: str, body: str, crumbs, kind="static"):
    main = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="vi-VN" />
	
		
			<div class="page-header">
		<h2 itemprop="headline">
			{esc(title)}
		</h2>
							</div>
					
	
	
		
								<div itemprop="articleBody">
		{body} 	</div>

	
							</div>"""
    html_ = page(title=f"{title} - {SITE}", base=url, active=itemid,
                 body_class=f"site com_content view-article no-layout no-task itemid-{itemid}",
                 crumbs=crumbs, main=main, seed=url, search_itemid=itemid)
    write(out, name, url, kind, html_)


GIOI_THIEU = """<p style="text-align: justify;">Phòng Nông nghiệp và Phát triển nông thôn huyện Cẩm Bình là cơ quan chuyên môn thuộc UBND huyện, có chức năng tham mưu, giúp UBND huyện quản lý nhà nước về nông nghiệp, lâm nghiệp, diêm nghiệp, thủy sản, thủy lợi, phòng chống thiên tai, chất lượng, an toàn thực phẩm đối với nông sản, lâm sản, thủy sản và phát triển nông thôn trên địa bàn huyện.</p>
<p style="text-align: justify;">Phòng có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, vị trí việc làm, biên chế công chức và công tác của UBND huyện, đồng thời chịu sự chỉ đạo, hướng dẫn, kiểm tra về chuyên môn, nghiệp vụ của Sở Nông nghiệp và Phát triển nông thôn tỉnh.</p>
<h3>Lãnh đạo Phòng</h3>
<table class="table table-bordered" style="width: 100%;" border="1" cellpadding="5">
<tbody>
<tr><td><strong>Họ và tên</strong></td><td><strong>Chức vụ</strong></td><td><strong>Điện thoại</strong></td></tr>
<tr><td>Lê Văn Thịnh</td><td>Trưởng phòng</td><td>0235 3730 123</td></tr>
<tr><td>Nguyễn Thị Mỹ Lệ</td><td>Phó Trưởng phòng</td><td>0235 3730 125</td></tr>
<tr><td>Đặng Công Hiếu</td><td>Phó Trưởng phòng</td><td>0235 3730 126</td></tr>
</tbody>
</table>"""

CHUC_NANG = """<p style="text-align: justify;"><strong>1. Trình UBND huyện</strong> ban hành quyết định, chỉ thị; kế hoạch dài hạn, 05 năm và hằng năm; chương trình, biện pháp tổ chức thực hiện các nhiệm vụ cải cách hành chính nhà nước thuộc lĩnh vực nông nghiệp và phát triển nông thôn.</p>
<p style="text-align: justify;"><strong>2. Tổ chức thực hiện</strong> các văn bản pháp luật, quy hoạch, kế hoạch sau khi được phê duyệt; thông tin, tuyên truyền, phổ biến, giáo dục pháp luật về các lĩnh vực thuộc phạm vi quản lý được giao.</p>
<p style="text-align: justify;"><strong>3. Tham mưu</strong> cho UBND huyện thực hiện nhiệm vụ của cơ quan thường trực Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện; cơ quan thường trực Chương trình OCOP và Chương trình mục tiêu quốc gia xây dựng nông thôn mới.</p>
<p style="text-align: justify;"><strong>4. Theo dõi, tổng hợp</strong>, báo cáo định kỳ và đột xuất về tình hình thực hiện nhiệm vụ được giao theo quy định của UBND huyện và Sở Nông nghiệp và Phát triển nông thôn.</p>"""


def contact(out: list):
    url = "/index.php/lien-he"
    token = h8("contact", "tok")
    main = f"""<div class="contact" itemscope itemtype="https://schema.org/Person">
			<div class="page-header">
			<h2>
								<span class="contact-name" itemprop="name">{esc(SITE)}</span>
			</h2>
		</div>
	
	
	
	
	
	
					<h3>Liên hệ</h3>
			
							
			<dl class="contact-address dl-horizontal" itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
			<dt>
				<span class="jicons-text">
					Địa chỉ: 				</span>
			</dt>

							<dd>
					<span class="contact-street" itemprop="streetAddress">
						25 Hùng Vương, thị trấn Cẩm Bình<br />					</span>
				</dd>
							<dd>
					<span class="contact-suburb" itemprop="addressLocality">
						Huyện Cẩm Bình<br />					</span>
				</dd>
	
	<dt>
		<span class="jicons-text">
			Email: 		</span>
	</dt>
	<dd>
		<span class="contact-emailto">
			<span id="cloak{token[:8]}">Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, bạn cần kích hoạt JavaScript để xem nó.</span><script type='text/javascript'>
				document.getElementById('cloak{token[:8]}').innerHTML = '';
				var prefix = '&#109;a' + 'i&#108;' + '&#116;o';
				var path = 'hr' + 'ef' + '=';
				var addy{token[:8]} = 'pnn.c&#97;mb&#105;nh' + '&#64;';
				addy{token[:8]} = addy{token[:8]} + 't&#105;nh' + '&#46;' + 'g&#111;v' + '&#46;' + 'vn';
				document.getElementById('cloak{token[:8]}').innerHTML += '<a ' + path + '\\'' + prefix + ':' + addy{token[:8]} + '\\'>'+addy{token[:8]}+'<\\/a>';
		</script>		</span>
	</dd>
	<dt>
		<span class="jicons-text">
			Điện thoại: 		</span>
	</dt>
	<dd>
		<span class="contact-telephone" itemprop="telephone">
			0235 3730 123		</span>
	</dd>
	<dt>
		<span class="jicons-text">
			Fax: 		</span>
	</dt>
	<dd>
		<span class="contact-fax" itemprop="faxNumber">
		0235 3730 124		</span>
	</dd>
</dl>

				
					<h3>Mẫu liên hệ</h3>
			<div class="contact-form">
	<form id="contact-form" action="{url}" method="post" class="form-validate form-horizontal well">
												<fieldset>
											<legend>Gửi email. Tất cả các trường có dấu (*) là bắt buộc.</legend>
																	<div class="control-group field-spacer">
			<div class="control-label">
				<span class="spacer"><span class="before"></span><span class="text"><label id="jform_spacer-lbl" class=""><strong class="red">*</strong> Trường bắt buộc</label></span><span class="after"></span></span>					</div>
		<div class="controls">
			 		</div>
	</div>
																	<div class="control-group">
			<div class="control-label">
				<label id="jform_contact_name-lbl" for="jform_contact_name" class="hasPopover required" title="Tên" data-content="Họ tên của bạn">
	Tên<span class="star">&#160;*</span></label>
					</div>
		<div class="controls">
			<input type="text" name="jform[contact_name]" id="jform_contact_name"  value="" class="required" size="30"       required aria-required="true"      />
		</div>
	</div>
																	<div class="control-group">
			<div class="control-label">
				<label id="jform_contact_email-lbl" for="jform_contact_email" class="hasPopover required" title="Email" data-content="Địa chỉ email của bạn">
	Email<span class="star">&#160;*</span></label>
					</div>
		<div class="controls">
			<input type="email" name="jform[contact_email]" class="validate-email required" id="jform_contact_email" value="" size="30" autocomplete="email" required aria-required="true" />		</div>
	</div>
																	<div class="control-group">
			<div class="control-label">
				<label id="jform_contact_emailmsg-lbl" for="jform_contact_emailmsg" class="hasPopover required" title="Tiêu đề" data-content="Nhập tiêu đề thư của bạn.">
	Tiêu đề<span class="star">&#160;*</span></label>
					</div>
		<div class="controls">
			<input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg"  value="" class="required" size="60"       required aria-required="true"      />
		</div>
	</div>
																	<div class="control-group">
			<div class="control-label">
				<label id="jform_contact_message-lbl" for="jform_contact_message" class="hasPopover required" title="Nội dung" data-content="Nhập nội dung thư của bạn.">
	Nội dung<span class="star">&#160;*</span></label>
					</div>
		<div class="controls">
			<textarea name="jform[contact_message]" id="jform_contact_message"  cols="50"  rows="10" class="required"      required aria-required="true"     ></textarea>		</div>
	</div>
									</fieldset>
											<div class="control-group">
			<div class="controls">
				<button class="btn btn-primary validate" type="submit">Gửi email</button>
				<input type="hidden" name="option" value="com_contact" />
				<input type="hidden" name="task" value="contact.submit" />
				<input type="hidden" name="return" value="" />
				<input type="hidden" name="id" value="1:phong-nong-nghiep-va-ptnt" />
				<input type="hidden" name="{token}" value="1" />			</div>
		</div>
	</form>
</div>
			
	
	
		</div>"""
    html_ = page(title=f"Liên hệ - {SITE}", base=url, active=120,
                 body_class="site com_contact view-contact no-layout no-task itemid-120",
                 crumbs=[("Trang chủ", "/"), ("Liên hệ", None)], main=main, seed=url, search_itemid=120)
    write(out, "contact", url, "contact", html_)


def login(out: list):
    url = "/index.php/dang-nhap"
    token = h8("login", "tok")
    main = f"""<div class="login">
	
		<form action="/index.php/dang-nhap?task=user.login" method="post" class="form-validate form-horizontal well">
		<fieldset>
												<div class="control-group">
							<div class="control-label">
								<label id="username-lbl" for="username" class="required">
	Tên đăng nhập<span class="star">&#160;*</span></label>
							</div>
							<div class="controls">
								<input type="text" name="username" id="username"  value="" class="validate-username required" size="25"       required aria-required="true" autofocus       />
							</div>
						</div>
																<div class="control-group">
							<div class="control-label">
								<label id="password-lbl" for="password" class="required">
	Mật khẩu<span class="star">&#160;*</span></label>
							</div>
							<div class="controls">
								<input type="password" name="password" id="password" value=""  class="validate-password required"   size="25" maxlength="99" required aria-required="true" />							</div>
						</div>
																				<div  class="control-group">
					<div class="control-label"><label for="remember">Ghi nhớ</label></div>
					<div class="controls"><input id="remember" type="checkbox" name="remember" class="inputbox" value="yes" /></div>
				</div>
						<div class="control-group">
				<div class="controls">
					<button type="submit" class="btn btn-primary">
						Đăng nhập					</button>
				</div>
			</div>
									<input type="hidden" name="return" value="aW5kZXgucGhwP0l0ZW1pZD0xMDE=" />
			<input type="hidden" name="{token}" value="1" />		</fieldset>
	</form>
</div>
<div>
	<ul class="nav nav-tabs nav-stacked">
		<li>
			<a href="/index.php/dang-nhap?view=reset">
				Quên mật khẩu?			</a>
		</li>
		<li>
			<a href="/index.php/dang-nhap?view=remind">
				Quên tên đăng nhập?			</a>
		</li>
			</ul>
</div>"""
    html_ = page(title=f"Đăng nhập - {SITE}", base=url, active=130,
                 body_class="site com_users view-login no-layout no-task itemid-130",
                 crumbs=[("Trang chủ", "/"), ("Đăng nhập", None)], main=main, seed=url)
    write(out, "login", url, "login", html_)


def search(out: list):
    word = "lúa"
    url = "/index.php/component/search/?searchword=l%C3%BAa&searchphrase=all&Itemid=101"
    found = [a for a in NEWEST if word in (a["title"] + " " + " ".join(b for b in a["body"] if isinstance(b, str)) +
                                           " " + (a["lead"] or "")).lower()]
    res = []
    for k, a in enumerate(found, 1):
        paras = ([a["lead"]] if a["lead"] else []) + [b for b in a["body"] if isinstance(b, str)]
        src = next((x for x in paras if word in x.lower()), a["title"])
        snippet = esc(src[:200]).replace(word, f'<span class="highlight">{word}</span>')
        res.append(f"""	<dt class="result-title">
		{k}. 					<a href="{a['sef']}">
				{esc(a['title'])}			</a>
			</dt>
			<dd class="result-category">
			<span class="small">
				({esc(a['cname'])})
			</span>
		</dd>
		<dd class="result-text">
		{snippet}...	</dd>
			<dd class="result-created">
			Ngày tạo {lc3(a['dt'])}		</dd>""")
    main = f"""<div class="search">
	<form id="searchForm" action="/index.php/component/search/" method="post">
	<div class="btn-toolbar">
		<div class="btn-group pull-left">
			<label for="search-searchword" class="element-invisible">
				Nhập từ khóa:			</label>
			<input type="text" name="searchword" title="Nhập từ khóa:" placeholder="Nhập từ khóa:" id="search-searchword" size="30" maxlength="200" value="{word}" class="inputbox" />
		</div>
		<div class="btn-group pull-left">
			<button name="Search" onclick="this.form.submit()" class="btn hasTooltip" title="Tìm kiếm">
				<span class="icon-search"></span>
				Tìm kiếm			</button>
		</div>
		<input type="hidden" name="task" value="search" />
		<div class="clearfix"></div>
	</div>
	<div class="searchintro">
					<p>
				Tìm kiếm: <span class="badge badge-info">{len(found)}</span> kết quả được tìm thấy.			</p>
			</div>
			<fieldset class="phrases">
			<legend>
				Tìm kiếm cho:			</legend>
				<div class="phrases-box">
					<label for="searchphraseall" id="searchphraseall-lbl" class="radio">
	<input type="radio" name="searchphrase" id="searchphraseall" value="all"  checked="checked" />Tất cả các từ</label>
	<label for="searchphraseany" id="searchphraseany-lbl" class="radio">
	<input type="radio" name="searchphrase" id="searchphraseany" value="any"  />Bất kỳ từ nào</label>
	<label for="searchphraseexact" id="searchphraseexact-lbl" class="radio">
	<input type="radio" name="searchphrase" id="searchphraseexact" value="exact"  />Chính xác cụm từ</label>
				</div>
				<div class="ordering-box">
					<label for="ordering" class="ordering">
						Sắp xếp:					</label>
					<select id="ordering" name="ordering" class="inputbox">
	<option value="newest" selected="selected">Mới nhất trước</option>
	<option value="oldest">Cũ nhất trước</option>
	<option value="popular">Phổ biến nhất</option>
	<option value="alpha">Thứ tự chữ cái</option>
	<option value="category">Danh mục</option>
</select>
				</div>
		</fieldset>
					<div class="form-limit">
			<label for="limit">
				Hiển thị #			</label>
			<select id="limit" name="limit" class="inputbox input-mini" size="1" onchange="this.form.submit()">
	<option value="20" selected="selected">20</option>
	<option value="50">50</option>
	<option value="0">Tất cả</option>
</select>
			<p class="counter">
							</p>
		</div>
	</form>
<dl class="search-results">
{chr(10).join(res)}
</dl>
<div class="pagination">
	</div>
</div>"""
    html_ = page(title=f"Tìm kiếm - {SITE}", base=url, active=0,
                 body_class="site com_search view-search no-layout no-task itemid-101",
                 crumbs=[("Trang chủ", "/"), ("Tìm kiếm", None)], main=main, seed=url)
    write(out, "search-lua", url, "search", html_)


def main():
    for f in HERE.glob("*.html"):
        f.unlink()
    for f in HERE.glob("*.json"):
        if f.name != "site.json":
            f.unlink()
    out: list = []
    for a in ARTICLES:
        html_, truth = emit_article(a, a["sef"], out)
        write(out, f"article-{a['id']}", a["sef"], "article", html_, truth)
        if a.get("hot"):
            html2, truth2 = emit_article(a, a["nonsef"], out)
            assert truth2 == truth
            write(out, f"article-{a['id']}-nonsef", a["nonsef"], "article", html2, truth2)
    featured(out)
    for slug, (_, _, _, layout) in CATS.items():
        (category_blog if layout == "blog" else category_list)(out, slug)
    single_static(out, "gioi-thieu", "/index.php/gioi-thieu", 102, "Giới thiệu chung", GIOI_THIEU,
                  [("Trang chủ", "/"), ("Giới thiệu", None)])
    single_static(out, "chuc-nang-nhiem-vu", "/index.php/gioi-thieu/chuc-nang-nhiem-vu", 103, "Chức năng, nhiệm vụ",
                  CHUC_NANG, [("Trang chủ", "/"), ("Giới thiệu", "/index.php/gioi-thieu"), ("Chức năng, nhiệm vụ", None)])
    contact(out)
    login(out)
    search(out)
    for name, page_, meta in out:
        assert unicodedata.is_normalized("NFC", page_), name
        (HERE / f"{name}.html").write_text(page_, encoding="utf-8")
        (HERE / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "site.json").write_text(json.dumps({"host": HOST, "home": "/", "family": "unknown",
                                                "template": "joomla"}, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(out)} pages")


if __name__ == "__main__":
    main()
