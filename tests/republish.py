"""A labelled evaluation set for near-duplicate detection: one story, one cluster.

Every demo-corpus article is a story's original. Most are republished one to five times by other
portals of the same network (PORTALS.md, "Article anatomy"), each copy edited the way republishers
edit: leaked chrome, a new title, an agency prefix, a paragraph dropped or moved, a different
photo caption, only the lead, small wording and encoding changes. Beside them sit hard negatives
that a dedup method must keep apart although they read alike: yearly "Hội nghị tổng kết công tác
năm …" reports of different units, template bulletins that differ only in names, figures and
dates, and one event written up independently by two or three outlets. A few negatives are
republished too, so they also appear inside true clusters.

Story ids: ``r0000``…``r0103`` for corpus stories; ``y-<family>-NN`` (yearly reports),
``b-<family>-NN`` (bulletins) and ``e-<event>-N`` (same-event coverage) for negatives, so the
family of a negative is its story id without the last ``-NN`` part. Doc ids are
``<story>-<kind>-<k>``, k = 0 for a story's original.

``EvalDoc.text`` is the lead followed by the body paragraphs, separated by blank lines: the archive
keeps ``lead`` apart from ``text``, but republishers prefix, keep or drop the lead, so a dedup
method should compare the two joined this way.

All text is invented (data in ``republish_data/*.json`` beside this file); the generator is
deterministic for a seed: each story draws from its own ``random.Random(f"{seed}:{story}")``, so
editing one story's data leaves every other story's documents unchanged.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from itertools import combinations
from pathlib import Path
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

from crawler.demo.corpus import SITES, DemoArticle, load_corpus

__all__ = ["EvalDoc", "build_eval_set", "true_pairs"]

VN = ZoneInfo("Asia/Ho_Chi_Minh")
_DATA = Path(__file__).resolve().parent / "republish_data"

#: Edit kinds in the order they appear in a composed kind ("chrome+trimmed").
_EDIT_KINDS = ("exact", "chrome", "retitled", "prefix", "trimmed", "reordered", "photo", "lead_only", "typos")
_NEGATIVE_KINDS = ("negative_yearly", "negative_bulletin", "negative_same_event")


@dataclass(frozen=True)
class EvalDoc:
    doc_id: str  # unique and stable: "<story>-<kind>-<k>"
    source: str  # portal name
    url: str
    title: str
    text: str  # lead first, then body paragraphs, separated by blank lines
    published_at: datetime  # tz-aware, Asia/Ho_Chi_Minh
    story: str  # ground truth: docs with equal story are one cluster
    kind: str  # "original" | edit kinds joined by "+" | one of _NEGATIVE_KINDS


# --------------------------------------------------------------------------------------------
# Sources: the portals that publish and republish. Hosts and names are invented or generic.


@dataclass(frozen=True)
class _Source:
    name: str
    host: str
    style: str  # URL shape, see _url()
    region: str  # "tth" | "hn" | "qb" | "qt" | "national": who republishes whom
    title: str  # the site name, as a leaked header line shows it
    credit: str  # how a republisher credits it: "Nguồn: <credit>"
    prefix: str | None = None  # its agency prefix, opening the lead of its copies
    section: str = "Tin tức - Sự kiện"


_SOURCES = {s.name: s for s in (
    # Thừa Thiên Huế: department and district sites on HueCIT eGov, the province portal, the paper
    _Source("so-nnptnt-thua-thien-hue", "snnptnt.thuathienhue.gov.vn", "huecit", "tth",
            "Sở Nông nghiệp và Phát triển nông thôn tỉnh Thừa Thiên Huế", "Sở NN&PTNT Thừa Thiên Huế",
            section="Tin hoạt động"),
    _Source("so-tu-phap-thua-thien-hue", "stp.thuathienhue.gov.vn", "huecit", "tth",
            "Sở Tư pháp tỉnh Thừa Thiên Huế", "Sở Tư pháp Thừa Thiên Huế"),
    _Source("so-gddt-thua-thien-hue", "sgddt.thuathienhue.gov.vn", "huecit", "tth",
            "Sở Giáo dục và Đào tạo tỉnh Thừa Thiên Huế", "Sở GD&ĐT Thừa Thiên Huế"),
    _Source("so-noi-vu-thua-thien-hue", "snv.thuathienhue.gov.vn", "huecit", "tth",
            "Sở Nội vụ tỉnh Thừa Thiên Huế", "Sở Nội vụ Thừa Thiên Huế", section="Tin hoạt động"),
    _Source("dai-kttv-thua-thien-hue", "kttv.thuathienhue.gov.vn", "huecit", "tth",
            "Đài Khí tượng Thủy văn tỉnh Thừa Thiên Huế", "Đài KTTV Thừa Thiên Huế", section="Tin dự báo"),
    _Source("cong-ttdt-thua-thien-hue", "thuathienhue.gov.vn", "hue-portal", "tth",
            "Cổng Thông tin điện tử Thừa Thiên Huế", "Cổng TTĐT tỉnh", "TTĐT -", section="Tin địa phương"),
    _Source("ubnd-huyen-phong-dien", "phongdien.thuathienhue.gov.vn", "huecit", "tth",
            "Cổng thông tin điện tử huyện Phong Điền", "UBND huyện Phong Điền"),
    _Source("ubnd-huyen-quang-dien", "quangdien.thuathienhue.gov.vn", "huecit", "tth",
            "Cổng thông tin điện tử huyện Quảng Điền", "UBND huyện Quảng Điền"),
    _Source("ubnd-huyen-phu-vang", "phuvang.thuathienhue.gov.vn", "huecit", "tth",
            "Cổng thông tin điện tử huyện Phú Vang", "UBND huyện Phú Vang"),
    _Source("ubnd-thi-xa-huong-thuy", "huongthuy.thuathienhue.gov.vn", "huecit", "tth",
            "Cổng thông tin điện tử thị xã Hương Thủy", "UBND thị xã Hương Thủy"),
    _Source("bao-thua-thien-hue", "baothuathienhue.vn", "news", "tth",
            "Báo Thừa Thiên Huế điện tử", "Báo Thừa Thiên Huế", "(TTH.VN) -", section="Chính trị - Xã hội"),
    # Hà Nội: Liferay department and district sites, the city portal
    _Source("so-khcn-ha-noi", "sokhcn.hanoi.gov.vn", "liferay", "hn",
            "Sở Khoa học và Công nghệ thành phố Hà Nội", "Sở KH&CN Hà Nội"),
    _Source("so-tttt-ha-noi", "sotttt.hanoi.gov.vn", "liferay", "hn",
            "Sở Thông tin và Truyền thông Hà Nội", "Sở TT&TT Hà Nội"),
    _Source("cong-gtdt-ha-noi", "hanoi.gov.vn", "liferay-asset", "hn",
            "Cổng giao tiếp điện tử thành phố Hà Nội", "Cổng GTĐT Hà Nội", "HNP -",
            section="Tin tức sự kiện"),
    _Source("ubnd-quan-ba-dinh", "badinh.hanoi.gov.vn", "liferay", "hn",
            "Cổng thông tin điện tử quận Ba Đình", "UBND quận Ba Đình"),
    _Source("ubnd-quan-cau-giay", "caugiay.hanoi.gov.vn", "liferay", "hn",
            "Cổng thông tin điện tử quận Cầu Giấy", "UBND quận Cầu Giấy"),
    _Source("ubnd-huyen-ung-hoa", "unghoa.hanoi.gov.vn", "liferay", "hn",
            "Cổng thông tin điện tử huyện Ứng Hòa", "UBND huyện Ứng Hòa"),
    # Quảng Bình: dated-path portal family, the provincial paper
    _Source("cong-ttdt-quang-binh", "quangbinh.gov.vn", "dated", "qb",
            "Cổng thông tin điện tử tỉnh Quảng Bình", "Cổng TTĐT Quảng Bình"),
    _Source("bao-quang-binh", "baoquangbinh.vn", "news", "qb",
            "Báo Quảng Bình điện tử", "Báo Quảng Bình", "(QBĐT) –", section="Xã hội"),
    _Source("so-gddt-quang-binh", "sogddt.quangbinh.gov.vn", "dated", "qb",
            "Sở Giáo dục và Đào tạo Quảng Bình", "Sở GD&ĐT Quảng Bình"),
    _Source("so-noi-vu-quang-binh", "sonoivu.quangbinh.gov.vn", "dated", "qb",
            "Sở Nội vụ tỉnh Quảng Bình", "Sở Nội vụ Quảng Bình"),
    _Source("so-tai-chinh-quang-binh", "stc.quangbinh.gov.vn", "dated", "qb",
            "Sở Tài chính tỉnh Quảng Bình", "Sở Tài chính Quảng Bình", section="Thông tin giá cả"),
    _Source("so-tu-phap-quang-binh", "sotuphap.quangbinh.gov.vn", "dated", "qb",
            "Sở Tư pháp tỉnh Quảng Bình", "Sở Tư pháp Quảng Bình"),
    _Source("so-nnptnt-quang-binh", "snnptnt.quangbinh.gov.vn", "dated", "qb",
            "Sở Nông nghiệp và Phát triển nông thôn Quảng Bình", "Sở NN&PTNT Quảng Bình"),
    # Quảng Trị: Liferay with epoch-millisecond article URLs
    _Source("so-nnptnt-quang-tri", "snnptnt.quangtri.gov.vn", "quangtri", "qt",
            "Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Trị", "Sở NN&PTNT Quảng Trị"),
    _Source("so-tu-phap-quang-tri", "stp.quangtri.gov.vn", "quangtri", "qt",
            "Sở Tư pháp tỉnh Quảng Trị", "Sở Tư pháp Quảng Trị"),
    # national: the demo ministries and the government paper
    _Source("bo-gddt", "moet.gov.vn", "sharepoint", "national",
            "Bộ Giáo dục và Đào tạo", "Bộ GD&ĐT", section="Tin tổng hợp"),
    _Source("bo-noi-vu", "moha.gov.vn", "dnn", "national",
            "Bộ Nội vụ - Cổng thông tin điện tử", "Bộ Nội vụ"),
    _Source("bao-chinh-phu", "baochinhphu.vn", "vccorp", "national",
            "Báo điện tử Chính phủ", "baochinhphu.vn", "(Chinhphu.vn) -", section="Thời sự"),
)}

#: Where each demo site's articles come from, and who republishes them.
_CORPUS_SOURCE = {"huecit": "so-nnptnt-thua-thien-hue", "liferay": "so-khcn-ha-noi",
                  "sharepoint": "bo-gddt", "dotnetnuke": "bo-noi-vu", "vccorp": "bao-chinh-phu"}
_CORPUS_NETWORK = {
    "huecit": ("cong-ttdt-thua-thien-hue", "ubnd-huyen-phong-dien", "ubnd-huyen-quang-dien",
               "ubnd-huyen-phu-vang", "ubnd-thi-xa-huong-thuy", "bao-thua-thien-hue"),
    "liferay": ("cong-gtdt-ha-noi", "so-tttt-ha-noi", "ubnd-quan-ba-dinh", "ubnd-quan-cau-giay",
                "ubnd-huyen-ung-hoa"),
    "sharepoint": ("bao-chinh-phu", "so-gddt-quang-binh", "so-gddt-thua-thien-hue", "bao-quang-binh",
                   "cong-ttdt-quang-binh", "cong-ttdt-thua-thien-hue"),
    "dotnetnuke": ("bao-chinh-phu", "so-noi-vu-quang-binh", "so-noi-vu-thua-thien-hue",
                   "cong-ttdt-quang-binh", "cong-ttdt-thua-thien-hue", "bao-quang-binh"),
    "vccorp": ("cong-ttdt-thua-thien-hue", "cong-gtdt-ha-noi", "cong-ttdt-quang-binh", "bao-quang-binh",
               "bao-thua-thien-hue", "ubnd-huyen-phong-dien"),
}
#: Who republishes a negative, by the region of its source.
_REGION_NETWORK = {
    "tth": ("cong-ttdt-thua-thien-hue", "bao-thua-thien-hue", "ubnd-huyen-phong-dien",
            "ubnd-huyen-quang-dien", "ubnd-huyen-phu-vang", "ubnd-thi-xa-huong-thuy"),
    "hn": ("cong-gtdt-ha-noi", "ubnd-quan-ba-dinh", "ubnd-quan-cau-giay", "ubnd-huyen-ung-hoa"),
    "qb": ("cong-ttdt-quang-binh", "bao-quang-binh"),
    "qt": ("so-nnptnt-quang-tri", "so-tu-phap-quang-tri"),
    "national": ("bao-chinh-phu", "cong-ttdt-thua-thien-hue", "cong-ttdt-quang-binh"),
}
#: A retitling republisher may open the title with the story's place or agency.
_TITLE_PLACE = {"tth": "Thừa Thiên Huế", "hn": "Hà Nội", "qb": "Quảng Bình", "qt": "Quảng Trị"}


def _ascii_slug(text: str) -> str:
    folded = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_text = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def _url(src: _Source, title: str, published: datetime, rng: random.Random) -> str:
    """A URL of the shape the source's CMS family uses (PORTALS.md, "CMS families")."""
    slug = _ascii_slug(title)[:90].rstrip("-")
    base = f"https://{src.host}"
    num = rng.randint(1000, 999999)
    match src.style:
        case "huecit":
            return f"{base}/?gd={rng.choice((3, 7, 12, 19, 25))}&cn={rng.choice((28, 79, 115, 204))}&tc={num}"
        case "hue-portal":
            guid, cid = (str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper() for _ in range(2))
            return f"{base}/vi-vn/{quote(src.section)}/tid/{slug}/newsid/{guid}/cid/{cid}"
        case "liferay":
            return f"{base}/tin-tuc/-/view_content/{num}-{slug}.html"
        case "liferay-asset":
            instance = rng.choice(("Ab3xK", "q7RfZ", "LmN2p"))
            return f"{base}/web/guest/tin-tuc/-/asset_publisher/{instance}/content/{slug}"
        case "dated":
            camel = "-".join(w.capitalize() for w in slug.split("-"))
            return f"{base}/portal/pages/{published:%Y-%m-%d}/{camel}-{num}.aspx"
        case "quangtri":
            category_ts = rng.randint(10**12, 10**13)
            return f"{base}/chi-tiet-tin/-/view-article/1/{category_ts}/{int(published.timestamp() * 1000)}"
        case "sharepoint":
            return f"{base}/tintuc/Pages/{slug}.aspx"
        case "dnn":
            tab = rng.choice((57, 63, 88))
            return f"{base}/Default.aspx?tabid={tab}&ctl=ArticleView&mid=412&ArticleID={num}"
        case "vccorp":
            return f"{base}/{slug}-115{published:%y%m%d%H%M%S}{rng.randint(0, 999):03d}.htm"
        case "news":
            return f"{base}/{_ascii_slug(src.section)}/{slug}-{num}.html"
    raise ValueError(f"unknown URL style {src.style!r}")


# --------------------------------------------------------------------------------------------
# Drafts and edits. A draft is a title and paragraphs, the lead first.


_Related = tuple[str, datetime]  # (title, published) of an older item a related-news box may list


@dataclass
class _Draft:
    title: str
    paras: list[str]
    source: _Source
    published: datetime
    images: tuple[tuple[str, str | None], ...] = ()  # (caption, credit) of the original's photos


def _vn_number(x: float, dp: int = 0) -> str:
    """1234567.5 -> "1.234.567,5" (Vietnamese grouping and decimal comma)."""
    return f"{x:,.{dp}f}".replace(",", "\0").replace(".", ",").replace("\0", ".")


_CHROME_ACTIONS = ("In bài viết | Gửi email | Chia sẻ", "In trang | Gửi bài viết | Chia sẻ Facebook",
                   "Bản in | Gửi email | Về đầu trang", "Chia sẻ: Facebook | Zalo | In bài viết")
_CHROME_BREADCRUMB_SEPARATORS = (" > ", " » ", " / ")
_CHROME_VIEWS = ("Lượt xem: {n}", "Số lượt xem: {n}", "Lượt xem {n}", "Đã xem: {n}")
_CHROME_RELATED = ("Tin liên quan", "Tin liên quan:", "Các tin khác", "Tin cùng chuyên mục")
_CHROME_RATING = ("Đánh giá bài viết: ★★★★★", "Cỡ chữ: A- A A+", "Ý kiến bạn đọc (0)")


def _chrome(d: _Draft, rng: random.Random, original: _Source, related: Sequence[_Related]) -> None:
    """Lines an extractor leaks when it reads the republisher's page: header, breadcrumb,
    counters, share links, the source credit, a related-news box (older titles of the same
    source or family, with their dates)."""
    top, bottom = [], []
    if rng.random() < 0.6:
        top.append(d.source.title.upper() if rng.random() < 0.5 else d.source.title)
    if rng.random() < 0.6:
        top.append(rng.choice(_CHROME_BREADCRUMB_SEPARATORS).join(("Trang chủ", d.source.section)))
    options = ["views", "actions", "credit", "related", "rating"]
    rng.shuffle(options)
    for option in options[: rng.randint(2, 4)]:
        if option == "views":
            bottom.append(rng.choice(_CHROME_VIEWS).format(n=_vn_number(rng.randint(40, 9999))))
        elif option == "actions":
            bottom.append(rng.choice(_CHROME_ACTIONS))
        elif option == "credit":
            bottom.append(f"Nguồn: {original.credit}")
        elif option == "rating":
            bottom.append(rng.choice(_CHROME_RATING))
        else:
            older = sorted((r for r in related if r[1] < d.published), key=lambda r: r[1], reverse=True)[:8]
            if len(older) >= 2:
                bottom.append(rng.choice(_CHROME_RELATED))
                picked = rng.sample(older, rng.randint(2, min(3, len(older))))
                picked.sort(key=lambda r: r[1], reverse=True)
                bottom += [f"{title} ({when:%d/%m/%Y})" for title, when in picked]
    if not top and not bottom:
        bottom.append(rng.choice(_CHROME_ACTIONS))
    d.paras[:0] = top
    d.paras.extend(bottom)


_TITLE_REWRITES = (
    ("Hội nghị tổng kết công tác năm", "Tổng kết công tác năm"), ("Triển khai", "Tổ chức triển khai"),
    ("Tăng cường", "Đẩy mạnh"), ("Đẩy mạnh", "Tăng cường"), ("Tập huấn", "Tổ chức tập huấn"),
    ("Kiểm tra", "Đoàn công tác kiểm tra"), ("Hội thảo", "Tổ chức hội thảo"),
    ("Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT"), ("Sở Khoa học và Công nghệ", "Sở KH&CN"),
    ("khoa học và công nghệ", "KH&CN"), ("nông thôn mới", "NTM"), ("thủ tục hành chính", "TTHC"),
    ("Thủ tướng", "Thủ tướng Chính phủ"), ("Bộ GD&ĐT", "Bộ Giáo dục và Đào tạo"), ("Tin lũ", "Bản tin lũ"),
    ("đổi mới sáng tạo", "ĐMST"), ("cải cách hành chính", "CCHC"), ("Bản tin giá cả", "Thông tin giá cả"),
    ("Thông báo lịch tiếp công dân", "Lịch tiếp công dân"),
)


#: Where a title may be cut: after a colon, or before a second clause ("…, triển khai nhiệm vụ …").
_TITLE_CUT = re.compile(r": |, (?=(?:triển khai|thúc đẩy|chủ động|cho ý kiến|thu hút|nâng cao|góp phần) )")


def _retitle(d: _Draft, rng: random.Random, original: _Source) -> None:
    """A rewritten title: a phrase rewritten, the place prepended, a clause cut, or capitals."""
    title = d.title
    rewrites = [(a, b) for a, b in _TITLE_REWRITES if a in title and b not in title]
    place = _TITLE_PLACE.get(original.region)
    strategies = ["upper"]
    if rewrites:
        strategies += ["rewrite"] * 3
    if place and place not in title:
        strategies += ["place"] * 2
    if _TITLE_CUT.search(title):
        strategies += ["cut"] * 2
    match rng.choice(strategies):
        case "rewrite":
            for a, b in rng.sample(rewrites, min(2, len(rewrites))):
                title = title.replace(a, b, 1)
        case "place":
            title = f"{place}: {title[0].upper()}{title[1:]}"
        case "cut":
            head, tail = _TITLE_CUT.split(title, maxsplit=1)
            # "Kicker: headline" keeps the headline; "headline, second clause" keeps the headline
            if ": " in title and len(tail.split()) >= 5:
                title = tail[0].upper() + tail[1:]
            else:
                title = head
        case _:
            title = title.upper()
    d.title = title


def _prefix(d: _Draft, rng: random.Random, original: _Source) -> None:
    """An agency prefix opening the lead: the republisher's own, or the original's credit."""
    choices = [p for p in (d.source.prefix, original.prefix) if p] or ["TTĐT -"]
    d.paras[0] = f"{rng.choice(choices)} {d.paras[0]}"


def _trim(d: _Draft, rng: random.Random) -> None:
    """One or two body paragraphs dropped (never the lead), most often from the end."""
    body = len(d.paras) - 1
    drop = 2 if body >= 4 and rng.random() < 0.5 else 1
    if rng.random() < 0.5:
        gone = set(range(len(d.paras) - drop, len(d.paras)))
    else:
        gone = set(rng.sample(range(1, len(d.paras)), drop))
    d.paras = [p for i, p in enumerate(d.paras) if i not in gone]


def _reorder(d: _Draft, rng: random.Random) -> None:
    """Two adjacent body paragraphs swapped, or one body paragraph moved elsewhere."""
    n = len(d.paras)
    if rng.random() < 0.5 or n < 4:
        i = rng.randint(1, n - 2)
        d.paras[i], d.paras[i + 1] = d.paras[i + 1], d.paras[i]
    else:
        i = rng.randint(1, n - 1)
        j = rng.choice([k for k in range(1, n) if k not in (i, i + 1)])
        para = d.paras.pop(i)
        d.paras.insert(j if j < i else j - 1, para)


_CAPTIONS = (
    "Quang cảnh hội nghị", "Toàn cảnh buổi làm việc", "Đại biểu phát biểu ý kiến tại hội nghị",
    "Lãnh đạo tỉnh phát biểu chỉ đạo", "Đoàn công tác kiểm tra thực tế tại cơ sở",
    "Các đại biểu tham quan mô hình", "Trao Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc",
    "Đại biểu dự buổi lễ", "Lãnh đạo địa phương trao đổi với người dân", "Một góc khu vực trưng bày",
)
_CREDITS = ("Ảnh: PV", "Ảnh: T.H", "Ảnh: Minh Anh", "Ảnh: Hữu Phúc", "Ảnh: Quốc Hùng", "Ảnh: Phòng VH-TT",
            "Ảnh: Thanh Bình", "Ảnh: CTV", "Ảnh minh họa", "Ảnh: Lê Hoàng")


def _photo(d: _Draft, rng: random.Random) -> None:
    """A different photo: its caption (kept as an italic paragraph) and credit."""
    lines = []
    if d.images and rng.random() < 0.5:  # the original's photo, credited by the republisher
        caption, credit = d.images[0]
        lines.append((caption, rng.choice([c for c in _CREDITS if c != credit])))
    else:
        lines.append((rng.choice(_CAPTIONS), rng.choice(_CREDITS)))
    if rng.random() < 0.25:
        lines.append((rng.choice(_CAPTIONS), rng.choice(_CREDITS)))
    for k, (caption, credit) in enumerate(lines):
        line = rng.choice((f"{caption}. {credit}", f"{caption} ({credit})", f"{caption}. ({credit})"))
        where = 1 if k == 0 and rng.random() < 0.7 else max(1, len(d.paras) - 1)
        d.paras.insert(where, line)


_MORE_LINKS = ("Xem chi tiết tại đây.", "(Xem tiếp)", "Chi tiết xem tại website của đơn vị.")


def _lead_only(d: _Draft, rng: random.Random) -> None:
    """Only the lead, or the lead and the first body paragraph: at most about a third of the text
    (republishers that post an excerpt and link to the original)."""
    total = sum(len(p) for p in d.paras)
    keep = d.paras[:1]
    if len(d.paras) > 2 and len(d.paras[0]) + len(d.paras[1]) <= 0.35 * total:
        keep = d.paras[:2]
    if rng.random() < 0.3:
        keep = keep + [rng.choice(_MORE_LINKS)]
    d.paras = keep


_ABBREVIATIONS = (
    ("tỉnh Thừa Thiên Huế", "tỉnh TT-Huế"), ("Thừa Thiên Huế", "TT-Huế"), ("thành phố Hà Nội", "TP Hà Nội"),
    ("Ủy ban nhân dân", "UBND"), ("Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT"),
    ("Sở Khoa học và Công nghệ", "Sở KH&CN"), ("Bộ Giáo dục và Đào tạo", "Bộ GD&ĐT"),
    ("nông thôn mới", "NTM"), ("COVID-19", "Covid-19"), ("Thủ tướng Chính phủ", "Thủ tướng"),
    ("thủ tục hành chính", "TTHC"), ("hợp tác xã", "HTX"), ("khoa học và công nghệ", "KH&CN"),
    ("Bảo hiểm xã hội", "BHXH"), ("bảo hiểm y tế", "BHYT"), ("Chủ tịch UBND", "Chủ tịch Ủy ban nhân dân"),
)
#: Old-style tone placement ("hoá", "thuỷ") that some editors and portals keep.
_TONE_STYLE = (("hóa", "hoá"), ("hòa", "hoà"), ("thủy", "thuỷ"), ("khỏe", "khoẻ"), ("tòa", "toà"),
               ("lũy", "luỹ"))
_REWORDS = (
    ("vừa tổ chức", "đã tổ chức"), ("nhằm", "để"), ("Theo đó, ", "Theo đó "), ("đồng thời", "cùng với đó"),
    ("yêu cầu", "đề nghị"), ("cho biết", "thông tin"), ("khoảng", "gần"), ("hơn ", "trên "),
    ("tiếp tục", "sẽ tiếp tục"), ("nhấn mạnh", "khẳng định"), ("tham dự", "dự"), ("Tại hội nghị", "Tại đây"),
)
_GROUPED_NUMBER = re.compile(r"\b\d{1,3}(?:\.\d{3})+\b")


def _typos(d: _Draft, rng: random.Random) -> None:
    """A few words changed: numbers regrouped, names abbreviated, old-style tone marks, a
    sentence lightly reworded; and often decomposed (NFD) diacritics, of one paragraph or all."""
    text = "\n\n".join(d.paras)
    ops = ["numbers", "abbrev", "tone", "reword"]
    rng.shuffle(ops)
    wanted, changed = rng.randint(2, 3), 0
    for op in ops:
        if changed >= wanted:
            break
        before = text
        if op == "numbers":
            hits = list(_GROUPED_NUMBER.finditer(text))[:3]
            for m in reversed(hits):
                text = text[: m.start()] + m.group().replace(".", "") + text[m.end():]
        elif op == "abbrev":
            for a, b in [(a, b) for a, b in _ABBREVIATIONS if a in text][:2]:
                text = text.replace(a, b, 2)
        elif op == "tone":
            pairs = [(a, b) for a, b in _TONE_STYLE if a in text]
            if pairs:
                a, b = rng.choice(pairs)
                text = text.replace(a, b)
        else:
            candidates = [(a, b) for a, b in _REWORDS if a in text]
            for a, b in rng.sample(candidates, min(2, len(candidates))):
                text = text.replace(a, b, 1)
        changed += text != before
    d.paras = text.split("\n\n")
    mode = rng.random()
    if mode < 0.35:  # a legacy portal that stores everything decomposed
        d.paras = [unicodedata.normalize("NFD", p) for p in d.paras]
        d.title = unicodedata.normalize("NFD", d.title)
    elif mode < 0.7:  # one paragraph pasted from a decomposed source
        i = rng.randrange(len(d.paras))
        d.paras[i] = unicodedata.normalize("NFD", d.paras[i])
    elif not changed:
        d.paras[-1] = unicodedata.normalize("NFD", d.paras[-1])


_PRIMARY_WEIGHTS = {"exact": 1.0, "chrome": 1.3, "retitled": 0.8, "prefix": 0.8, "trimmed": 1.0,
                    "reordered": 0.9, "photo": 0.9, "lead_only": 1.0, "typos": 1.0}
#: Republication delays: minutes on a portal network, hours, or days later.
_DELAYS = ((0.35, 15, 240), (0.4, 180, 36 * 60), (0.25, 24 * 60, 6 * 24 * 60))


def _pick_kinds(rng: random.Random, body_paragraphs: int) -> tuple[str, ...]:
    allowed = {k: w for k, w in _PRIMARY_WEIGHTS.items()
               if body_paragraphs >= 2 or k not in ("trimmed", "reordered")}
    primary = rng.choices(list(allowed), weights=list(allowed.values()))[0]
    kinds = {primary}
    if primary != "exact":
        if rng.random() < 0.4:
            kinds.add("chrome")
        if rng.random() < 0.2:
            kinds.add(rng.choice(("retitled", "prefix", "photo", "typos")))
    return tuple(k for k in _EDIT_KINDS if k in kinds)


def _office_hours(t: datetime) -> datetime:
    """Portals publish between about 6 and 22 o'clock: a night-time instant moves to the next morning."""
    if t.hour < 6:
        return t.replace(hour=6 + t.minute % 3)
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=6 + t.minute % 3)
    return t


def _republish(original: _Draft, story: str, rng: random.Random, network: Sequence[str], count: int,
               related: Sequence[_Related], kinds_override: Sequence[tuple[str, ...]] = ()) -> list[EvalDoc]:
    """``count`` copies of ``original`` by sources of ``network``, each with its edit kinds."""
    base = original.published
    if base.hour == 0 and base.minute == 0:  # date-only original: it went up during office hours
        base += timedelta(hours=8)
    out = []
    for k, name in enumerate(rng.sample(list(network), count), start=1):
        kinds = kinds_override[k - 1] if kinds_override else _pick_kinds(rng, len(original.paras) - 1)
        _, lo, hi = rng.choices(_DELAYS, weights=[w for w, _, _ in _DELAYS])[0]
        published = _office_hours(base + timedelta(minutes=rng.randint(lo, hi)))
        d = _Draft(original.title, list(original.paras), _SOURCES[name], published, original.images)
        for kind in ("lead_only", "trimmed", "reordered", "photo", "prefix", "chrome", "retitled", "typos"):
            if kind not in kinds:
                continue
            if kind == "chrome":
                _chrome(d, rng, original.source, related)
            elif kind == "retitled":
                _retitle(d, rng, original.source)
            elif kind == "prefix":
                _prefix(d, rng, original.source)
            else:
                {"lead_only": _lead_only, "trimmed": _trim, "reordered": _reorder, "photo": _photo,
                 "typos": _typos}[kind](d, rng)
        kind = "+".join(kinds)
        out.append(_doc(d, story, kind, k, rng))
    return out


def _doc(d: _Draft, story: str, kind: str, k: int, rng: random.Random) -> EvalDoc:
    url_title = unicodedata.normalize("NFC", d.title)
    return EvalDoc(doc_id=f"{story}-{kind}-{k}", source=d.source.name,
                   url=_url(d.source, url_title, d.published, rng), title=d.title, text="\n\n".join(d.paras),
                   published_at=d.published, story=story, kind=kind)


# --------------------------------------------------------------------------------------------
# Originals from the demo corpus


def _corpus_draft(a: DemoArticle) -> _Draft:
    return _Draft(a.title, [a.lead, *a.paragraphs], _SOURCES[_CORPUS_SOURCE[a.site]], a.published,
                  tuple((i.caption, i.credit) for i in a.images))


def _corpus_url(a: DemoArticle) -> str:
    """The original's URL on its demo site, in that site's shape."""
    src = _SOURCES[_CORPUS_SOURCE[a.site]]
    match a.site:
        case "huecit":
            return f"https://{src.host}/?gd=19&cn=115&tc={a.id}"
        case "liferay":
            return f"https://{src.host}/tin-tuc/-/view_content/{a.id}-{a.slug}.html"
        case "sharepoint":
            return f"https://{src.host}/tintuc/Pages/{a.slug}.aspx"
        case "dotnetnuke":
            return f"https://{src.host}/Default.aspx?tabid=57&ctl=ArticleView&mid=412&ArticleID={a.id}"
    return f"https://{src.host}/{a.slug}-115{a.published:%y%m%d%H%M%S}{a.id % 1000:03d}.htm"


#: How many times a corpus story is republished (0 = not at all).
_COPIES = {0: 0.06, 1: 0.16, 2: 0.22, 3: 0.24, 4: 0.17, 5: 0.15}


def _corpus_docs(seed: int) -> list[EvalDoc]:
    # The corpus's own republications (``republishes``) are copies, not stories of their own.
    articles = [a for site in SITES for a in sorted(load_corpus(site), key=lambda a: a.id)
                if a.republishes is None]
    titles_by_site = {site: [(a.title, a.published) for a in load_corpus(site)] for site in SITES}
    docs = []
    for n, a in enumerate(articles):
        story = f"r{n:04d}"
        rng = random.Random(f"{seed}:{story}")
        d = _corpus_draft(a)
        docs.append(EvalDoc(doc_id=f"{story}-original-0", source=d.source.name, url=_corpus_url(a),
                            title=a.title, text="\n\n".join(d.paras), published_at=a.published, story=story,
                            kind="original"))
        count = rng.choices(list(_COPIES), weights=list(_COPIES.values()))[0]
        related = [r for r in titles_by_site[a.site] if r[0] != a.title]
        docs += _republish(d, story, rng, _CORPUS_NETWORK[a.site], count, related)
    return docs


# --------------------------------------------------------------------------------------------
# Hard negatives, from the templates and texts in republish_data/


@cache
def _data(name: str) -> Any:
    return json.loads((_DATA / name).read_text("utf-8"))


_SLOT = re.compile(r"\{(\w+)\}")


def _fill(template: str, ctx: Mapping[str, object]) -> str:
    return _SLOT.sub(lambda m: str(ctx[m.group(1)]), template)


def _render(entry: Any, rng: random.Random, ctx: Mapping[str, object]) -> str:
    """A template entry: a string; a list of alternatives (one is drawn); or {"p": chance, "s":
    entry}, included with that chance."""
    if isinstance(entry, str):
        return _fill(entry, ctx)
    if isinstance(entry, list):
        return _render(rng.choice(entry), rng, ctx)
    return _render(entry["s"], rng, ctx) if rng.random() < entry["p"] else ""


def _paragraph(sentences: Sequence[Any], rng: random.Random, ctx: Mapping[str, object]) -> str:
    return " ".join(s for s in (_render(e, rng, ctx) for e in sentences) if s)


def _figure(rng: random.Random, spec: Sequence[float]) -> str:
    """[lo, hi] -> an integer; [lo, hi, dp] -> a number with dp decimals; Vietnamese format."""
    if len(spec) == 2:
        return _vn_number(rng.randint(int(spec[0]), int(spec[1])))
    return _vn_number(round(rng.uniform(spec[0], spec[1]), int(spec[2])), int(spec[2]))


def _dmy(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def _at(d: date, hour: int, minute: int) -> datetime:
    return datetime(d.year, d.month, d.day, hour, minute, tzinfo=VN)


def _yearly(seed: int) -> list[tuple[str, _Draft, str]]:
    """Yearly "Hội nghị tổng kết công tác năm X" reports: one skeleton per family, filled per unit."""
    out = []
    for fam in _data("yearly.json")["families"]:
        for i, unit in enumerate(fam["units"], start=1):
            story = f"y-{fam['family']}-{i:02d}"
            rng = random.Random(f"{seed}:{story}")
            year = unit["year"]
            if rng.random() < 0.5:
                meeting = date(year, 12, rng.randint(18, 30))
            else:
                meeting = date(year + 1, 1, rng.randint(4, 19))
            ctx: dict[str, object] = {k: v for k, v in unit.items() if isinstance(v, str)}
            ctx |= {"year": year, "next": year + 1, "date": _dmy(meeting),
                    "date_short": f"{meeting.day}/{meeting.month}", "part": rng.choice(("Sáng", "Chiều")),
                    "specific": " ".join(unit["specific"])}
            for name, spec in (fam["figures"] | unit.get("figures", {})).items():
                ctx[name] = _figure(rng, spec)
            for name, expr in fam.get("derived", {}).items():
                ctx[name] = _derive(expr, ctx)
            title = _render(fam["title"], rng, ctx)
            paras = [_paragraph(p, rng, ctx) for p in fam["paragraphs"]]
            posted = meeting + timedelta(days=rng.choice((0, 0, 1, 2)))
            published = _at(posted, rng.randint(16, 20), rng.randint(0, 59))
            out.append((story, _Draft(title, paras, _SOURCES[unit["source"]], published), "negative_yearly"))
    return out


def _price_bulletins(seed: int, fam: Mapping[str, Any]) -> list[tuple[str, _Draft, str]]:
    """Weekly market-price bulletins: the same items each week, about one in eight repriced."""
    out = []
    for i, week in enumerate(fam["weeks"], start=1):
        story = f"b-{fam['family']}-{i:02d}"
        rng = random.Random(f"{seed}:{story}")
        start = date.fromisoformat(week)
        end = start + timedelta(days=6)
        ctx = {"start": f"{start.day:02d}/{start.month:02d}", "end": _dmy(end), "year": start.year,
               "week": start.isocalendar().week}
        groups = []
        for g in fam["groups"]:
            rows, moved = [], 0
            for name, unit, price, step in g["items"]:
                row = f"{name} {_vn_number(price)} đồng/{unit}"
                if rng.random() < 0.12:
                    delta = step * rng.choice((-2, -1, 1, 1, 2))
                    row = f"{name} {_vn_number(price + delta)} đồng/{unit}"
                    row += f" ({'tăng' if delta > 0 else 'giảm'} {_vn_number(abs(delta))} đồng)"
                    moved += 1
                rows.append(row)
            trend = g["stable"] if not moved else rng.choice(g["moved"])
            groups.append(f"{g['heading']} {trend}. {'; '.join(rows)}.")
        paras = [_paragraph(p, rng, ctx) for p in fam["before"]] + groups
        paras += [_paragraph(p, rng, ctx) for p in fam["after"]]
        published = _at(end + timedelta(days=1), rng.randint(8, 10), rng.randint(0, 59))
        out.append((story, _Draft(_render(fam["title"], rng, ctx), paras, _SOURCES[fam["source"]], published),
                    "negative_bulletin"))
    return out


def _flood_bulletins(seed: int, fam: Mapping[str, Any]) -> list[tuple[str, _Draft, str]]:
    """Flood bulletins of a hydro-meteorological station: water levels, rainfall, the next issue."""
    out = []
    for i, issue in enumerate(fam["issues"], start=1):
        story = f"b-{fam['family']}-{i:02d}"
        rng = random.Random(f"{seed}:{story}")
        at = datetime.fromisoformat(issue["at"]).replace(tzinfo=VN)
        since = at - timedelta(hours=rng.choice((12, 18, 24)))
        level = issue["level"]
        ctx: dict[str, object] = {
            "hour": at.hour, "date": _dmy(at.date()), "since_hour": since.hour,
            "since_date": _dmy(since.date()), "next_hour": (at + timedelta(hours=3)).hour,
            "next_date": _dmy((at + timedelta(hours=3)).date()), "kind": fam["kinds"][str(level)],
            "risk": fam["risk"][str(level)], "forecaster": rng.choice(fam["forecasters"]),
        }
        lo = rng.randint(40, 80) * level + 40
        ctx |= {"rain_lo": lo, "rain_hi": lo + rng.randint(50, 100) * level}
        ctx["rain_stations"] = ", ".join(f"{name} {lo + rng.randint(60, 180) * level} mm"
                                         for name in rng.sample(fam["rain_stations"], 4))
        now, peak = [], []
        for station, river, alarms in fam["stations"]:
            value = round(alarms[min(level, 3) - 1] + rng.uniform(-0.6, 0.4), 2)
            now.append(f"tại {station} trên sông {river}: {_vn_number(value, 2)} m, {_alarm(value, alarms)}")
            crest = round(value + rng.uniform(0.3, 1.2), 2)
            peak.append(f"sông {river} tại {station} {_vn_number(crest, 2)} m, {_alarm(crest, alarms)}")
        ctx["levels"] = "; ".join(now)
        ctx["peaks"] = "; ".join(peak[:3])
        paras = [_paragraph(p, rng, ctx) for p in fam["paragraphs"]]
        out.append((story, _Draft(_render(fam["title"], rng, ctx), paras, _SOURCES[fam["source"]],
                                  at + timedelta(minutes=rng.randint(10, 40))), "negative_bulletin"))
    return out


def _alarm(value: float, alarms: Sequence[float]) -> str:
    """Water level relative to the alarm levels (báo động, BĐ1-3)."""
    above = [k for k, a in enumerate(alarms, start=1) if value >= a]
    if not above:
        return f"dưới mức báo động 1 là {_vn_number(alarms[0] - value, 2)} m"
    k = above[-1]
    return f"trên mức báo động {k} là {_vn_number(value - alarms[k - 1], 2)} m"


def _filled_bulletins(seed: int, fam: Mapping[str, Any]) -> list[tuple[str, _Draft, str]]:
    """Bulletins whose instances are listed as data (unit, date, figures) and filled into one template."""
    out = []
    for i, inst in enumerate(fam["instances"], start=1):
        story = f"b-{fam['family']}-{i:02d}"
        rng = random.Random(f"{seed}:{story}")
        unit = fam["units"][inst["unit"]]
        issued = date.fromisoformat(inst["issued"])
        ctx: dict[str, object] = dict(unit) | {k: v for k, v in inst.items() if k not in ("unit", "issued")}
        for name in [k for k in ctx if k.endswith("_on")]:
            day = date.fromisoformat(str(ctx[name]))
            ctx |= {name: _dmy(day), f"{name}_weekday": _WEEKDAYS[day.weekday()]}
        ctx["issued"] = _dmy(issued)
        for name, spec in fam.get("figures", {}).items():
            ctx[name] = _figure(rng, spec)
        for name, expr in fam.get("derived", {}).items():
            ctx[name] = _derive(expr, ctx)
        paras = [_paragraph(p, rng, ctx) for p in fam["paragraphs"]]
        published = _at(issued, rng.randint(8, 16), rng.randint(0, 59))
        title = _render(fam["title"], rng, ctx)
        out.append((story, _Draft(title, paras, _SOURCES[unit["source"]], published), "negative_bulletin"))
    return out


_WEEKDAYS = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")


def _derive(expr: Sequence[Any], ctx: Mapping[str, object]) -> str:
    """["sum", a, b, …], ["diff", a, b], ["pct", part, whole] or ["add", a, constant, decimals]
    over Vietnamese-formatted figures: totals that add up, targets above this year's result."""
    def value(name: str) -> float:
        return float(str(ctx[name]).replace(".", "").replace(",", "."))
    op, *names = expr
    if op == "add":
        name, delta, dp = names
        return _vn_number(round(value(name) + delta, dp), dp)
    if op == "sum":
        return _vn_number(sum(value(n) for n in names))
    if op == "diff":
        return _vn_number(value(names[0]) - value(names[1]))
    if op == "pct":
        return _vn_number(round(100 * value(names[0]) / value(names[1]), 1), 1)
    raise ValueError(f"unknown derived op {op!r}")


def _bulletins(seed: int) -> list[tuple[str, _Draft, str]]:
    builders = {"price": _price_bulletins, "flood": _flood_bulletins, "filled": _filled_bulletins}
    return [x for fam in _data("bulletins.json")["families"] for x in builders[fam["builder"]](seed, fam)]


def _same_event() -> list[tuple[str, _Draft, str]]:
    """One event written up independently by two or three outlets: hand-written, no template."""
    out = []
    for event in _data("same_event.json")["events"]:
        for k, art in enumerate(event["articles"], start=1):
            published = datetime.fromisoformat(art["published"]).replace(tzinfo=VN)
            d = _Draft(art["title"], [art["lead"], *art["paragraphs"]], _SOURCES[art["source"]], published)
            out.append((f"e-{event['event']}-{k}", d, "negative_same_event"))
    return out


_NEGATIVE_COPY_KINDS = (("exact",), ("chrome",), ("prefix",), ("chrome", "retitled"))


def _negative_docs(seed: int) -> list[EvalDoc]:
    negatives = _yearly(seed) + _bulletins(seed) + _same_event()
    titles: dict[str, list[_Related]] = {}
    for story, d, _ in negatives:
        titles.setdefault(story.rsplit("-", 1)[0], []).append((d.title, d.published))
    docs = []
    for story, d, kind in negatives:
        rng = random.Random(f"{seed}:{story}")
        docs.append(_doc(d, story, kind, 0, rng))
    # A few negatives republished as they are (exactly, with chrome, with a prefix): negatives
    # inside true clusters, so a method cannot win by never grouping formulaic texts.
    rng = random.Random(f"{seed}:negatives-republished")
    for kind in _NEGATIVE_KINDS:
        group = [x for x in negatives if x[2] == kind]
        for story, d, _ in rng.sample(group, 3):
            family = story.rsplit("-", 1)[0]
            network = [n for n in _REGION_NETWORK[d.source.region] if n != d.source.name
                       # a district does not republish another district's notices
                       and not (n.startswith("ubnd-") and d.source.name.startswith("ubnd-"))]
            count = min(len(network), rng.randint(1, 2))
            kinds = [rng.choice(_NEGATIVE_COPY_KINDS) for _ in range(count)]
            related = [r for r in titles[family] if r[0] != d.title]
            copy_rng = random.Random(f"{seed}:{story}:copies")
            docs += _republish(d, story, copy_rng, network, count, related, kinds)
    return docs


def build_eval_set(seed: int = 0) -> list[EvalDoc]:
    """The evaluation documents: corpus originals and their republications, then the negatives."""
    return _corpus_docs(seed) + _negative_docs(seed)


def true_pairs(docs: Iterable[EvalDoc]) -> set[frozenset[str]]:
    """All unordered pairs of doc ids that belong to one story."""
    by_story: dict[str, list[str]] = {}
    for d in docs:
        by_story.setdefault(d.story, []).append(d.doc_id)
    return {frozenset(p) for ids in by_story.values() for p in combinations(ids, 2)}
