"""The generic path: an article from any page, with no site selector.

trafilatura finds the body text (its defaults measure best on real pages of the open web, see
``bench/eval_extract.py``); what the portal profiles know is then applied as rules that hold
on any template:

- the **main block**: the element holding most of trafilatura's paragraphs, found by text, so
  captions, the lead and the closing signature can be read from its structure;
- the **headline**: the heading that agrees with the page's ``<title>``/``og:title``, never a
  sidebar heading; else the ``<title>`` without its site-name suffix;
- **dates** by their labels (Ngày đăng, Ngày cập nhật, Cập nhật, Đăng lúc…) near the headline,
  structured metadata (``article:published_time``, JSON-LD, ``<time>``), datelines; never a
  date printed far from the headline (the header's "today"), inside a link (related items), or
  in the body (event dates);
- **chrome** by text and structure: runs of lines that are links (related/other-news boxes),
  lines under a related-news label, visitor counters, share/print/back-to-top lines;
- the **lead** (a summary element or a bold first paragraph), **captions** (figure, photo
  tables, italic line under a photo, "Ảnh:" credits) and the **issuing unit or author** (a
  "Nguồn:" line, a short bold or right-aligned last line, author fields).
"""

from __future__ import annotations

import copy
import functools
import json
import re
import unicodedata
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree

from crawler.extract import body as B
from crawler.extract.dates import ParsedDate, parse_dates

__all__ = ["extract_generic", "find_title", "main_block", "CHROME_LINE_RE"]

_BLOCK_TAGS = ("p", "div", "td", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
               "section", "article", "span", "font", "strong", "b", "em", "figcaption", "dd")
#: Labels printed before a publication date / an update date on Vietnamese portals.
PUBLISHED_LABELS = ("Ngày đăng", "Đăng ngày", "Đăng lúc", "Ngày xuất bản", "Ngày ban hành",
                    "Thời gian đăng", "Ngày đưa tin", "Posted on", "Published")
UPDATED_LABELS = ("Ngày cập nhật", "Cập nhật lúc", "Cập nhật", "Sửa đổi", "Updated",
                  "Last updated")
#: A line that is page chrome whatever the template (PORTALS.md "Chrome to strip").
CHROME_LINE_RE = re.compile(
    r"^(?:"
    r"(?:thống kê |số lượ(?:ng|t) |tổng (?:số )?)?(?:lượt )?truy cập"
    r"(?: tổng| hiện tại| trong ngày| hôm nay| trong tháng)?\s*[:\-]?\s*[\d.,\s]*+"
    r"|đang (?:truy cập|online|trực tuyến)\s*[:\-]?\s*[\d.,\s]*+"
    r"|(?:tổng|hôm nay|hôm qua|tuần này|tháng này|trong năm|online)\s*[:\-]\s*[\d.,]++"
    r"|(?:in|in bài|in bài viết|in trang|gửi email|gửi bài viết|chia sẻ|chia sẻ bài viết|bản in"
    r"|lên đầu trang|về đầu trang|quay lại|trở về|trở lại|đầu trang|bình luận|gửi|đóng"
    r"|tweet|share|like|print|email|back to top|top|facebook|zalo|twitter)"
    r"(?:\s*[|/]\s*(?:in|in bài|in bài viết|in trang|gửi email|chia sẻ|bản in|quay lại|trở về"
    r"|lên đầu trang|đầu trang|facebook|zalo|twitter|tweet|share|print|email|bình luận))*"
    r"|xem tin theo ngày.*|tìm kiếm tin tức.*|thăm dò ý kiến.*|liên kết website.*"
    r"|ghi rõ nguồn.*|.*khi phát hành lại thông tin từ nguồn này.*"
    r"|chứng nhận tín nhiệm mạng.*|skip (?:ribbon commands|to main content).*"
    r"|truy cập nội dung luôn.*|từ khóa\s*:.*|tags?\s*:.*|chủ đề\s*:.*"
    # a page's view counter: "1307 lượt đọc", "Lượt xem: 52", "Số lần đọc: 9"
    r"|[\d.,]++\s+lượt (?:xem|đọc|truy cập)|(?:lượt|số lần) (?:xem|đọc)\s*:?\s*[\d.,]++"
    r")[\s.:|]*+$",
    re.I,
)
_RELATED_LABEL_RE = re.compile(
    r"^(?:tin|bài|văn bản|thông tin)?\s*(?:liên quan|cùng (?:chủ đề|chuyên mục|danh mục|lĩnh vực)"
    r"|khác|mới(?: nhất| hơn)?|đã đưa|cũ hơn|xem nhiều(?: nhất)?|nổi bật|đọc nhiều(?: nhất)?)"
    r"(?!\w)"
    r"|^(?:các|những) (?:tin|bài|văn bản) (?:khác|liên quan|đã đưa|cùng chuyên mục)"
    r"|^xem thêm|^đọc thêm|^có thể bạn quan tâm|^bài viết liên quan|^related",
    re.I,
)
_SUMMARY_CLASS_RE = re.compile(r"sapo|summary|lead|tomtat|tom-tat|trichyeu|trich-yeu|chapeau"
                               r"|intro|description|desc|abstract|teaser|mota|mo-ta", re.I)
_AUTHOR_CLASS_RE = re.compile(r"author|tacgia|tac-gia|tac_gia|byline|writer|nguoiviet|butdanh"
                              r"|nguontin|nguon-tin|nguon_tin|source", re.I)
_TITLE_SPLIT_RE = re.compile(r"\s+(?:[-–—|:»>›]|::)\s+")
_DATE_HINT_RE = re.compile(r"\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}|\d{4}-\d{2}-\d{2}"
                           r"|\d{1,2}\s+tháng\s+\d{1,2}(?:,?\s+|\s+năm\s+)\d{4}", re.I)


_NON_WORD_RE = re.compile(r"\W+")


def _sig(text: str) -> str:
    """Text reduced to its words, for comparing a line with the element printing it. Short
    texts are cached: a page asks for the same lines' and links' signatures many times over
    (a whole page's text is not worth keeping)."""
    return _short_sig(text) if len(text) <= 2000 else _sig_of(text)


def _sig_of(text: str) -> str:
    return _NON_WORD_RE.sub(" ", unicodedata.normalize("NFC", text).casefold()).strip()


_short_sig = functools.lru_cache(maxsize=16384)(_sig_of)


def _tokens(text: str) -> set[str]:
    return set(_sig(text).split())


def _similar(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / min(len(ta), len(tb))


# -- the main block ---------------------------------------------------------------------------
def _places(root: Any, lines: list[str] | None = None) -> dict[str, list[Any]]:
    """Every block element's text signature, with the elements printing exactly that text:
    where each of trafilatura's lines sits in the page. Given the lines, an element with
    twice as many words as the longest of them is skipped unsigned: it cannot print one."""
    most = max((len(x.split()) for x in lines), default=0) if lines is not None else None
    # The first word of every line and table cell looked up here: an element whose text
    # opens with another word prints none of them, and needs no signature.
    firsts = None if lines is None else {
        sig.split(" ", 1)[0] for line in lines for piece in (line, *line.split(" | "))
        if (sig := _sig(piece))}
    places: dict[str, list[Any]] = {}
    for el in root.iter(*_BLOCK_TAGS):
        text = el.text_content()
        if not 3 <= len(text) <= 6000:  # a paragraph's length; longer ones are whole boxes
            continue
        if most is not None and len(text) > 20 * most and len(text.split()) > 2 * most:
            continue
        if firsts is not None and not _may_open(text, firsts):
            continue
        if sig := _sig(text):
            places.setdefault(sig, []).append(el)
            if (most is None or len(text.split()) <= most) \
                    and any(isinstance(c.tag, str) and c.tag in _BREAKING for c in el):
                # Its pieces on lines of their own, as trafilatura joins them with a space
                # ("<a>Quyết định số 215</a> <span>ngày 04/3</span><p>Ban hành…</p>")
                spaced = _sig(" ".join(el.itertext()))
                if spaced != sig:
                    places.setdefault(spaced, []).append(el)
    return places


#: Children that start a line of their own inside an element.
_BREAKING = frozenset({"p", "div", "br", "ul", "ol", "li", "table", "h2", "h3", "h4", "h5",
                       "h6", "blockquote", "dl", "dd", "dt", "section"})


_WORD_RUN_RE = re.compile(r"\w+")


def _may_open(text: str, firsts: set[str]) -> bool:
    """Whether the signature of ``text`` may open with one of ``firsts``: its first word,
    read from the opening characters only (when that word runs to their end, or there is
    none yet, the whole signature has to tell)."""
    head = unicodedata.normalize("NFC", text[:80]).casefold()
    m = _WORD_RUN_RE.search(head)
    return m is None or m.end() == len(head) or m.group() in firsts


def _br_places(root: Any) -> dict[str, list[Any]]:
    """Lines an element prints between ``<br>``s ("125/QĐ-UBND (12/03/2024)<br>Quyết định…"),
    with that element: no element prints exactly one, the one holding them is their place.
    For telling lines outside the article's block only: as weights for finding the block,
    one paragraph of many such lines would outweigh the rest of the article."""
    places: dict[str, list[Any]] = {}
    for parent in {br.getparent() for br in root.iter("br")} - {None}:
        for piece in B.paragraphs(parent, own_only=True):
            if len(piece) >= 3 and (sig := _sig(piece)):
                places.setdefault(sig, []).append(parent)
    return places


def _prose_weight(line: str, link_texts: set[str]) -> int:
    """How much a line counts when locating the article: running text, not a menu item, a
    box title, a counter, the footer's "Ghi rõ nguồn" notice, nor another article's headline
    in an "other news" box (a line that is a link's text, perhaps with its date)."""
    if len(line) < 25 or len(line.split()) < 6 or _is_chrome(line) \
            or _is_linkish(line, link_texts) or _FOOTER_LINE_RE.match(line):
        return 0
    return len(line)


#: The opening of a footer's lines on any portal: who runs the site, its address, phone,
#: licence, copyright. An article may print such a line too, so it is not dropped as chrome;
#: it only never pulls the article's block out to the page's footer.
_FOOTER_LINE_RE = re.compile(
    r"^\s*(?:cơ quan chủ quản|cơ quan thường trực|chịu trách nhiệm|trưởng ban biên tập"
    r"|địa chỉ|điện thoại|đt|fax|e-?mail|giấy phép|bản quyền|copyright|©|ghi rõ nguồn"
    r"|thiết kế bởi|phát triển bởi|đơn vị (?:thực hiện|quản lý|vận hành))(?!\w)", re.I)


def main_block(root: Any, lines: list[str], places: dict[str, list[Any]] | None = None,
               link_texts: set[str] | None = None, covered: set | None = None) -> Any:
    """The element holding most of ``lines`` (trafilatura's paragraphs) that are running
    text: found by text, the deepest element covering 70% of what matched. Lines that are
    menu items or boxes outside it do not pull it up to the whole page (trafilatura returns
    the whole page when it is laid out in one table), nor do lines printed in a listing's
    items (``covered``: a sidebar's "Văn bản mới", each number over its summary)."""
    if places is None:
        places = _places(root)
    if link_texts is None:
        link_texts = _link_texts(root)
    wanted = {_sig(x): w for x in lines if (w := _prose_weight(x, link_texts))}
    if not wanted:
        return None
    matched: list[tuple[Any, int]] = []
    for sig, n in wanted.items():
        els = [el for el in places.get(sig, ()) if not _inside_link_box(el)
               and not (covered and (el in covered or any(a in covered for a in el.iterancestors())))
               and not _widget_line(el)]
        if els:
            matched.append((els[0], n))
    total = sum(n for _, n in matched)
    if not matched or total < 0.3 * sum(wanted.values()):
        return None
    weight: dict[Any, int] = {}
    depth: dict[Any, int] = {}
    for el, n in matched:
        chain = [el, *el.iterancestors()]
        for d, anc in enumerate(reversed(chain)):
            weight[anc] = weight.get(anc, 0) + n
            depth[anc] = d
    candidates = [el for el, w in weight.items() if w >= 0.7 * total]
    if not candidates:
        return None
    block = max(candidates, key=lambda el: depth[el])
    # A quoted letter or a boxed section holding most of the text is not the whole article:
    # the paragraphs beside it, under the same parent, are its text too.
    while (parent := block.getparent()) is not None and weight.get(parent, 0) > weight[block] \
            and all(c.tag in _TEXT_CHILDREN for c in parent if c is not block and c in weight):
        block = parent
    return block


#: Class or id of reader comments, in any CMS or language ("bình luận", "ý kiến bạn đọc"):
#: a long thread outweighs a short article, and is no part of it.
_COMMENTS_NAME_RE = re.compile(r"comment|disqus|respond|discussion|binh-?_?luan|y-?_?kien", re.I)


def _densest(root: Any, link_texts: set[str]) -> tuple[Any, int] | None:
    """The element whose own paragraphs hold the most running text (what :func:`_prose_weight`
    counts, in characters), and that much: each ``<p>`` of running text counts for its parent,
    and half for the grandparent (a body split in sections), as readability scores a page.
    Never a box of navigation, a sidebar or the page's header or footer; reader comments
    do not count."""
    weights: dict[Any, int] = {}
    score: dict[Any, float] = {}
    for p in root.iter("p"):
        raw = p.text_content()
        if len(raw) < 25 or sum(len(a.text_content()) for a in p.iter("a")) > 0.3 * len(raw):
            continue  # (the cheap tests first: most paragraphs of a page are short or links)
        w = _prose_weight(B.clean(raw), link_texts)
        if not w or any(_COMMENTS_NAME_RE.search(f"{a.get('class') or ''} {a.get('id') or ''}")
                        for a in p.iterancestors()):
            continue
        weights[p] = w
        parent = p.getparent()
        if parent is not None:
            score[parent] = score.get(parent, 0) + w
            if (grand := parent.getparent()) is not None:
                score[grand] = score.get(grand, 0) + w / 2
    for el in sorted(score, key=score.__getitem__, reverse=True)[:3]:
        if el.tag not in ("body", "html") and not _inside_link_box(el):
            return el, sum(w for p, w in weights.items() if _is_within(p, el))
    return None


def _widget_line(el: Any) -> bool:
    """A line that is a widget's, not running text: printed by an element that is mostly
    links (a bar of menu links with the date), or a poll's question (a short box of radio
    buttons within three levels)."""
    if el.find(".//a") is not None and B.links_share(el) >= 0.5:
        return True
    box = el
    for _ in range(3):
        box = box.getparent()
        if box is None or box.tag in ("body", "html"):
            return False
        if box.find(".//input[@type='radio']") is not None:
            return len(B.text_of(box).split()) <= 80  # a poll, not a column holding one
    return False


#: Elements that hold an article's own text, not boxes of the page.
_TEXT_CHILDREN = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre",
                            "figure", "table", "dl"})


def _outside_lines(lines: list[str], block: Any, places: dict[str, list[Any]],
                   br_places: dict[str, list[Any]] | None = None) -> list[str]:
    """trafilatura's lines without those printed only outside the article's block: menu
    items, box titles, breadcrumbs, polls, counters and footers it kept from a page laid
    out in one table. (On the public benchmark this also helps: 0.963 -> 0.965 body F1.)"""
    inside = set(block.iter())
    out = []
    for line in lines:
        els = places.get(_sig(line)) or (br_places or {}).get(_sig(line))
        if not els and " | " in line:  # a table row: placed by its cells
            els = [el for cell in line.split(" | ") for el in places.get(_sig(cell), ())]
        if els and not any(el in inside or any(a in inside for a in el.iterancestors())
                           for el in els):
            continue
        out.append(line)
    return out


# -- title --------------------------------------------------------------------------------------
def _meta(index: PageIndex, *names: str) -> str | None:
    """The first non-empty ``<meta>`` content under the first of ``names`` (a ``property`` or a
    ``name``) that has one."""
    for name in names:
        for content in index.metas.get(name, ()):
            value = B.clean(content)
            if value:
                return value
    return None


def title_parts(page_title: str) -> list[str]:
    return [p for p in _TITLE_SPLIT_RE.split(page_title) if p.strip()]


#: The portal's own name, which many portals put in every page's ``<title>``.
_SITE_NAME_RE = re.compile(r"^(?:cổng|trang)\s+(?:thông tin|ttđt|tin tức)|^cổng ttđt|^website\b"
                           r"|^portal\b|^trang chủ\b|^home\b", re.I)
#: Class or id naming an element as a title, in English or Vietnamese ("tiêu đề").
_TITLE_NAME_RE = re.compile(r"title|tieu-?_?de|headline", re.I)


def _site_or_section(part: str, links: set[str]) -> bool:
    """A ``<title>`` part that names the portal, a section (a menu link) or the kind of page
    ("Chi tiết tin", "Tin tức", "Chi tiết tin tức": a detail view that never set its own
    title): three words are too few for a Vietnamese headline."""
    words = len(_sig(part).split())
    return bool(_SITE_NAME_RE.match(part) or _PAGE_KIND_TITLE_RE.match(part)) or words <= 3 \
        or (words <= 8 and _sig(part) in links)


#: A ``<title>`` naming the kind of page, not the article: a CMS's detail view ("Chi tiết
#: tin tức", "Xem chi tiết bài viết", "Nội dung tin", "Tin tức chi tiết", "News detail").
_PAGE_KIND_TITLE_RE = re.compile(
    r"^\s*(?:(?:xem\s+)?chi tiết|nội dung|xem)(?:\s+(?:tin|tin tức|tin bài|bài viết|bài|thông báo"
    r"|sự kiện|văn bản|hoạt động))*\s*$"
    r"|^\s*(?:tin tức|tin bài|bài viết|thông báo|sự kiện)\s+chi tiết\s*$"
    r"|^\s*(?:news|article|post)\s+details?\s*$|^\s*details?\s*$", re.I)


_NAMED = etree.XPath("//*[@class or @id or @itemprop]")
_JSON_LD = etree.XPath("//script[@type='application/ld+json']")
_CATEGORY_LINK = etree.XPath("//a[contains(concat(' ', normalize-space(@rel), ' '), ' category ')]")
#: Any of the three, on a lower-cased name (a case-blind regex is twice as slow).
_ANY_NAME_RE = re.compile("|".join(r.pattern for r in (_TITLE_NAME_RE, _SUMMARY_CLASS_RE,
                                                         _AUTHOR_CLASS_RE)))
@functools.lru_cache(maxsize=8192)
def _names_any(name: str) -> bool:
    """Whether a class/id/itemprop string names a title, a summary or an author (a page
    repeats its class names hundreds of times: each is tested once)."""
    return bool(_ANY_NAME_RE.search(name.lower()))


class PageIndex:
    """Lookups of one parsed page that several finders share, each computed once, when first
    asked, and held by the caller for that page only (no state outlives the page)."""

    def __init__(self, root: Any) -> None:
        self.root = root
        self._site_names: dict[str | None, list[set[str]]] = {}

    @functools.cached_property
    def named(self) -> list[tuple[Any, str]]:
        """Elements whose class, id or schema.org itemprop names a title, a summary or an
        author, with that name: one walk of the page for the three searches."""
        found = []
        for el in _NAMED(self.root):
            name = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('itemprop') or ''}"
            if _names_any(name):
                found.append((el, name))
        return found

    @functools.cached_property
    def json_ld(self) -> list[dict]:
        """The page's JSON-LD objects (a list, a ``@graph`` and the objects in it), parsed
        once for the date, section and author readers."""
        items: list[dict] = []
        for script in _JSON_LD(self.root):
            try:
                data = json.loads(script.text or "")
            except ValueError:
                continue
            found = data if isinstance(data, list) else [data]
            if isinstance(data, dict) and isinstance(data.get("@graph"), list):
                found = [data, *data["@graph"]]
            items.extend(x for x in found if isinstance(x, dict))
        return items

    @functools.cached_property
    def metas(self) -> dict[str, list[str]]:
        """``<meta>`` contents by ``property`` and by ``name``, in page order."""
        found: dict[str, list[str]] = {}
        for el in self.root.iter("meta"):
            content = el.get("content")
            if content is not None:
                for key in {el.get("property"), el.get("name")} - {None}:
                    found.setdefault(key, []).append(content)
        return found

    def site_names(self, url: str | None) -> list[set[str]]:
        """:func:`_site_names` of the page, read once (the title and the byline both ask)."""
        if url not in self._site_names:
            self._site_names[url] = _site_names(self.root, url)
        return self._site_names[url]

    @functools.cached_property
    def order(self) -> dict[Any, int]:
        """Every element's position in reading order."""
        return {el: i for i, el in enumerate(self.root.iter())}


def _title_candidates(root: Any, index: PageIndex) -> list[Any]:
    """Headings, and elements named as a title (div.title-news, span.TieuDe), outside
    navigation boxes and of a headline's length."""
    found = list(root.iter("h1", "h2", "h3", "h4"))
    for el, name in index.named:
        if el.tag in _TITLE_TAGS and _TITLE_NAME_RE.search(name) and el.find(".//div") is None:
            found.append(el)
    return [el for el in found if 3 <= len(B.text_of(el)) <= 400 and not _inside_link_box(el)]


_TITLE_TAGS = frozenset({"div", "span", "p", "td", "a", "strong", "b"})


#: Paths of a portal's home page: a link there, with the portal's name or logo, is the
#: masthead, whatever the CMS.
_HOME_PATHS = frozenset({"", "/index.html", "/index.htm", "/index.php", "/default.aspx",
                         "/trang-chu", "/home", "/web/guest", "/vi", "/vi-vn", "/portal"})


def _link_target(a: Any, url: str | None) -> tuple[str, str, str] | None:
    """(host, path, query) a link leads to, resolved against the page, or ``None`` for a
    link that leads nowhere (``#``, ``javascript:``, ``mailto:``)."""
    href = (a.get("href") or "").strip()
    if not href or href.startswith("#") or href.lower().startswith(("javascript", "mailto:")):
        return None
    parts = urlsplit(urljoin(url or "", href))
    return parts.netloc.lower(), parts.path.rstrip("/").lower(), parts.query


def _may_lead_home(href: str) -> bool:
    """A cheap look at a link before resolving it (pages carry hundreds): an absolute or
    root-relative link whose path is not a home page's, or with a query, cannot lead home."""
    href = href.strip().split("#", 1)[0]
    if "?" in href:
        return False
    if "://" in href or href.startswith("//"):
        rest = href.split("//", 1)[1]
        path = rest[rest.find("/"):] if "/" in rest else ""
    elif href.startswith("/"):
        path = href
    else:
        return True  # relative to the page: only resolving tells
    return path.rstrip("/").lower() in _HOME_PATHS


def _site_names(root: Any, url: str | None) -> list[set[str]]:
    """The portal's name as its masthead prints it: text, ``title`` and logo ``alt`` of the
    links to its own home page. A ``<title>`` part that repeats it names the site, not the
    article ("Sở Khoa học và Công nghệ Vĩnh Phúc > Tin tức")."""
    host = urlsplit(url).netloc.lower() if url else None
    names = []
    for a in root.iter("a"):
        if not _may_lead_home(a.get("href") or ""):
            continue
        target = _link_target(a, url)
        if target is None or target[1] not in _HOME_PATHS or target[2]:
            continue
        if host and target[0] and target[0] != host:
            continue  # another portal's home, in a "Liên kết website" box
        for text in (B.text_of(a), a.get("title"), *(i.get("alt") for i in a.iter("img"))):
            if text and len(tokens := _tokens(text)) >= 3:
                names.append(tokens)
    # A banner or footer line that names the portal as portals do ("TRANG THÔNG TIN ĐIỆN TỬ
    # SỞ KHOA HỌC VÀ CÔNG NGHỆ …"), linked or not: the name after that opening.
    for el in _PORTAL_LINE(root):
        if el.lstrip()[:1] not in "cCtT":
            continue  # (cheaper than the regex on every line)
        m = _PORTAL_NAME_RE.match(" ".join(el.split()))
        if m and 3 <= len(tokens := _tokens(m[1])) <= 20:
            names.append(tokens)
    return names


_PORTAL_LINE = etree.XPath("//text()[string-length(normalize-space()) > 20"
                           " and string-length(normalize-space()) < 200]")
_PORTAL_NAME_RE = re.compile(r"^(?:cổng|trang)\s+(?:thông tin|ttđt)(?:\s+điện tử)?\s*[:\-–]?\s+(.+)$",
                             re.I)


def _names_site(part: str, names: list[set[str]]) -> bool:
    """Whether a ``<title>`` part is the portal's name (nearly all its words in a masthead
    name, and most of that name's words in it)."""
    words = _tokens(part)
    return bool(words) and any(len(words & n) >= 0.8 * len(words) and len(words & n)
                               >= 0.6 * len(n) for n in names)


def _links_elsewhere(el: Any, url: str | None) -> bool:
    """A heading that is (or sits in) a link to another page: an item of a list of other
    articles, never this page's headline. Without the page's address nothing is known."""
    if url is None:
        return False
    link = el if el.tag == "a" else next((a for a in el.iterancestors() if a.tag == "a"), None)
    if link is None:
        inner = el.findall(".//a")
        if len(inner) != 1 or B.text_of(inner[0]) != B.text_of(el):
            return False
        link = inner[0]
    target = _link_target(link, url)
    if target is None:
        return False
    here = urlsplit(url)
    return target != (here.netloc.lower(), here.path.rstrip("/").lower(), here.query)


def find_title(root: Any, block: Any, links: set[str] | None = None, url: str | None = None,
               index: PageIndex | None = None) -> tuple[str | None, Any]:
    """The headline and its element (or ``None`` when only the ``<title>`` gave it).

    A heading agreeing with the ``<title>``/``og:title`` near the body wins; a short heading
    that is also a menu link names a section ("Tin tức - Sự kiện"), not the article. With
    no agreeing heading, the ``<title>`` without the portal's and the section's names; with
    nothing left of it either (a ``<title>`` that is only "Portal > Section"), the heading
    or title-named element just before the body. A heading naming the portal (as its
    masthead's home link does) or linking to another page (a box of other articles) is not
    the headline."""
    if links is None:
        links = _link_texts(root)
    index = index or PageIndex(root)
    page_title = B.text_of(root.find(".//title"))
    printed = [t for t in (_meta(index, "og:title", "twitter:title"), page_title) if t]
    site = index.site_names(url)
    # Each reference without the parts naming the portal or a section.
    references = []
    for t in printed:
        if t and not _site_or_section(t, links):
            kept = [p for p in title_parts(t) if not _names_site(p, site)
                    and not _site_or_section(p, links)]
            if kept:
                references.append(" ".join(kept))
    headings = [h for h in _title_candidates(root, index)
                if not _names_site(B.text_of(h), site)]
    order = index.order
    block_pos = order.get(block, len(order)) if block is not None else len(order)

    def score(h: Any) -> float:
        text = B.text_of(h)
        agree = max((_similar(text, r) for r in references), default=0.0)
        pos = order.get(h, 0)
        before = pos <= block_pos or (block is not None and _is_within(h, block))
        s = agree * 3 + (1.0 if h.tag == "h1" else 0.3) + (0.5 if before else -1.0)
        if block is not None:  # nearer the body is better
            s -= min(abs(block_pos - pos), 400) / 400
        if len(text.split()) < 3:
            s -= 1.0
        if len(text.split()) <= 6 and _sig(text) in links:
            s -= 2.0  # a section's name, also a menu link
        elif _links_elsewhere(h, url):
            s -= 2.0  # another article's headline, in a box of links
        return s

    field = _title_field(root)
    if field is not None and (not references or max(
            _similar(B.text_of(field), r) for r in references) >= 0.8):
        return B.text_of(field), field  # a record's own "Tiêu đề" field, as <title> says
    scored = {h: score(h) for h in headings}
    best = max(headings, key=scored.__getitem__, default=None)
    if best is not None and scored[best] >= 2.0:
        return B.text_of(best), best
    if field is not None:
        return B.text_of(field), field
    for ref in references:
        parts = [p for p in title_parts(ref) if not _site_or_section(p, links)
                 and not _names_site(p, site)]
        if parts:
            return max(parts, key=len), None
    if best is not None and scored[best] >= 0.5:
        return B.text_of(best), best
    return None, None


#: The label of a record's title field (a list item's display form): "Tiêu đề", "Title".
_TITLE_FIELD_RE = re.compile(r"^\s*(?:tiêu đề|title|tên (?:bài|tin|thông báo))\s*:?\s*$", re.I)


def _title_field(root: Any) -> Any:
    """The value cell of a table row labelled as the title, when it holds a headline's
    length: a record shown as a form of fields has no heading of its own."""
    return _field_cell(root, _TITLE_FIELD_RE, 3, 60)


def _is_within(el: Any, ancestor: Any) -> bool:
    return any(a is ancestor for a in el.iterancestors())


def _inside_link_box(el: Any) -> bool:
    """Inside navigation, a sidebar, or the page's own header or footer. A ``<header>``
    within an article or ``<main>`` is the article's header (WordPress puts the headline and
    its date there), not the page's masthead."""
    for a in el.iterancestors():
        if a.tag in ("nav", "aside"):
            return True
        if a.tag in ("header", "footer") and not any(
                b.tag in ("article", "main", "section") for b in a.iterancestors()):
            return True
    return False


# -- dates --------------------------------------------------------------------------------------
def _text_stream(root: Any) -> list[tuple[Any, str, bool]]:
    """(element, text, inside a link) for every text piece in document order.

    One recursive walk carrying the "inside a link" flag down, instead of asking every
    element for its ancestors: this runs on every page, on trees of thousands of elements."""
    out: list[tuple[Any, str, bool]] = []

    def walk(el: Any, in_link: bool) -> None:
        if not isinstance(el.tag, str) or el.tag in _STREAM_SKIP:
            return
        in_link = in_link or el.tag == "a"
        if el.text and el.text.strip():
            out.append((el, el.text, in_link))
        for child in el:
            walk(child, in_link)
            if child.tail and child.tail.strip():
                out.append((el, child.tail, in_link))

    walk(root, False)
    return out


_STREAM_SKIP = frozenset({"script", "style", "noscript", "option", "select", "title", "head"})


def _position(stream: list[tuple[Any, str, bool]], anchor: Any) -> int | None:
    """Index of the first text piece inside ``anchor``."""
    inside = set(anchor.iter())
    return next((i for i, (el, _, _) in enumerate(stream) if el in inside), None)


def _structured_date(root: Any, index: PageIndex) -> ParsedDate | None:
    value = _meta(index, "article:published_time", "og:published_time", "datePublished",
                  "pubdate", "publishdate", "dc.date.issued", "DC.date.issued", "date")
    if not value:
        for el in root.xpath("//*[@itemprop='datePublished']"):
            value = el.get("content") or el.get("datetime") or B.text_of(el)
            if value:
                break
    if not value:
        value = next((str(x["datePublished"]) for x in index.json_ld if x.get("datePublished")),
                     None)
    if not value:
        return None
    found = parse_dates(value)
    return found[0] if found and found[0].value is not None else None


def find_dates(root: Any, title_el: Any, block: Any, stream: list | None = None,
               index: PageIndex | None = None) -> tuple[ParsedDate | None, ParsedDate | None, str]:
    """Publication and update dates printed near the headline, with where they came from.
    ``stream`` is :func:`_text_stream` of ``root`` when the caller already has it."""
    if stream is None:
        stream = _text_stream(root)
    labels = UPDATED_LABELS + PUBLISHED_LABELS
    anchor = None
    if title_el is not None:
        anchor = _position(stream, title_el)
    if anchor is None and block is not None:
        anchor = _position(stream, block)
    found: list[tuple[tuple[bool, int], ParsedDate]] = []
    if anchor is not None:
        # A window around the headline: a little before it (dates printed above a title), up
        # to ~700 characters of text after it; never inside links (related items' dates).
        lo, chars = anchor, 0
        while lo > 0 and chars < 160:
            lo -= 1
            chars += len(stream[lo][1])
        hi, chars = anchor, 0
        while hi < len(stream) - 1 and chars < 700:
            hi += 1
            chars += len(stream[hi][1])
        body = set(block.iter()) if block is not None else set()
        last = None
        if body:  # and never past the end of the article's own block
            last = max((i for i, (el, _, _) in enumerate(stream) if el in body), default=None)
            if last is not None and last >= anchor:
                hi = min(hi, last)

        def scan(start: int, end: int, labelled_only: bool, alone_until: int = -1) -> None:
            for i in range(start, end + 1):
                el, text, in_link = stream[i]
                alone = i < alone_until and _is_bare_date(B.text_of(el))
                if in_link or not _DATE_HINT_RE.search(text):
                    continue
                if _names_today(el):
                    continue  # the header's clock: "<span class='current-time'>Thứ hai, …"
                if i < anchor and _beside_link(el):
                    continue  # above the headline: the last item of a box of links, "(14/10)"
                in_prose = _in_running_text(el, body, text, block)
                before = _label_before(stream, i, start)
                for d in parse_dates(before + " " + text, labels):
                    if d.value is None or _TODAY_RE.search(d.label or ""):
                        continue  # the header's "Hôm nay: Thứ tư, 20/11/2024"
                    if (in_prose or labelled_only and not alone) and d.label not in labels:
                        continue  # "Ngày 18/01/2023, UBND …": an event date in the body
                    if len(d.raw) > 80:  # a lone date keeps its whole context: keep the piece
                        d = ParsedDate(d.value, d.precision, " ".join(text.split())[:120], d.label)
                    found.append(((i < anchor, abs(i - anchor)), d))

        scan(lo, hi, False)
        if not found and last is not None and last >= anchor:
            # Printed under the body ("Ngày cập nhật 01/04/2024" after the signature), in the
            # block's foot or the few lines after it: a labelled date, or a date alone in its
            # element before any link ("Thứ Hai, ngày 04 tháng 3 năm 2024"); never the dates
            # of a box's items, each beside its link.
            end, chars = last, 0
            while end < len(stream) - 1 and chars < 200:
                end += 1
                chars += len(stream[end][1])
            first_link = next((i for i in range(hi + 1, end + 1) if stream[i][2]), end + 1)
            scan(hi + 1, end, True, alone_until=first_link)
    published = updated = None
    if found:
        dedup: dict[str, tuple[tuple[bool, int], ParsedDate]] = {}
        for dist, d in found:
            key = d.value.isoformat() if d.value else d.raw
            if key not in dedup or dist < dedup[key][0]:
                dedup[key] = (dist, d)
        dates = sorted(dedup.values(), key=lambda x: x[0])
        upd = [d for _, d in dates if d.label in UPDATED_LABELS]
        pub = [d for _, d in dates if d.label in PUBLISHED_LABELS and d.label not in UPDATED_LABELS]
        other = [d for _, d in dates if d.label not in UPDATED_LABELS and d.label not in PUBLISHED_LABELS]
        if pub:
            published = pub[0]
        elif other and (not upd or _labelled_plain(other[0])):
            published = other[0]
        elif upd:
            published, upd = upd[0], upd[1:]  # a lone update date serves as publication date
        if upd and published is not None and upd[0] is not published:
            updated = upd[0]
    structured = _structured_date(root, index or PageIndex(root))
    if published is None and structured is not None:
        return structured, updated, "metadata"
    if published is not None and structured is not None and published.precision == "day" \
            and structured.value and published.value \
            and structured.value.date() == published.value.date():
        return structured.__class__(structured.value, structured.precision, published.raw,
                                    published.label), updated, "text"
    return published, updated, "text"


def _label_before(stream: list[tuple[Any, str, bool]], i: int, lo: int) -> str:
    """The label printed just before a date in a piece of its own ("Ngày đăng:" in one
    span, the date in the next): up to two short preceding pieces, never the headline."""
    pieces: list[str] = []
    for j in range(i - 1, max(lo, i - 2) - 1, -1):
        text = stream[j][1].strip()
        if len(text) > 30:
            break
        pieces.insert(0, text)
    return " ".join(pieces)


_TODAY_RE = re.compile(r"hôm nay|today", re.I)
#: Class or id of the element printing the current date in a page's header, in any theme.
_TODAY_NAME_RE = re.compile(r"clock|current-?_?(?:time|date)|cur-?_?date|today|hom-?_?nay"
                            r"|ngay-?_?hien-?_?tai|date-?_?now|now-?_?date|realtime", re.I)


def _names_today(el: Any) -> bool:
    """Whether the element (or its parent) is named as the header's clock or today's date."""
    for x in (el, el.getparent()):
        if x is not None and _TODAY_NAME_RE.search(f"{x.get('class') or ''} {x.get('id') or ''}"):
            return True
    return False


_BLOCK_LEVEL = frozenset({"p", "div", "td", "th", "li", "dd", "section", "article", "blockquote"})


_FIELD_SEP_RE = re.compile(r"\s[|•·]\s")


def _in_running_text(el: Any, body: set[Any], piece: str = "", block: Any = None) -> bool:
    """Text inside a sentence (its paragraph runs on: the lead's or the body's event dates)
    or a data table of the article's ``body``, not a short line of its own such as "Ngày
    cập nhật 10/02/2023" (nor any line of a page laid out in tables)."""
    para = next((a for a in (el, *el.iterancestors()) if a.tag in _BLOCK_LEVEL), el)
    text = B.text_of(para)
    for h in para.iter("h1", "h2", "h3"):
        if h is not el and not _is_within(el, h):
            # the headline's box: "<h1>…</h1> <span>(25/01/2024 08:40)</span>" is a dateline
            text = text.replace(B.text_of(h), " ", 1)
    if piece and _FIELD_SEP_RE.search(text):
        # A line of fields ("Thứ Năm, 07/11/2024 - 10:12 | Tác giả: … | Lượt xem: 1353"):
        # the date's own field is what runs on or not.
        piece = " ".join(piece.split())
        fields = _FIELD_SEP_RE.split(text)
        # (a piece holding a separator itself, "28/03/2024 | 16:05", by its first part)
        text = next((f for f in fields if piece in f), None) \
            or next((f for f in fields if _FIELD_SEP_RE.split(piece)[0] in f), text)
    if len(text.split()) >= 15:
        return True
    # (a table the block is, or lies in, lays the article out: its cells are no data)
    return el in body and any(a.tag == "table" and a in body and a is not block
                              for a in el.iterancestors())


def _labelled_plain(d: ParsedDate) -> bool:
    return not d.label or len(d.label) <= 40


# -- chrome lines -------------------------------------------------------------------------------
def _link_texts(root: Any) -> set[str]:
    return {_sig(text) for a in root.iter("a") if len(text := B.text_of(a)) >= 12}


_BULLET_RE = re.compile(r"^[-•*·]\s+")


def _is_chrome(line: str) -> bool:
    """A chrome line, also as a list item (trafilatura prints ``<li>`` as "- item")."""
    line = _BULLET_RE.sub("", line)
    return bool(CHROME_LINE_RE.match(line)) or len(line) <= 2


def _item_links(block: Any) -> int:
    """Links to other pages (anchors with a headline's worth of words) in the main block or
    its parent, whichever holds more: a listing is mostly such links."""
    boxes = (block, block.getparent()) if block is not None else ()
    return max((len(_item_hrefs(el)) for el in boxes if el is not None), default=0)


def _item_hrefs(el: Any) -> set[str]:
    hrefs = set()
    for a in el.iter("a"):
        href = (a.get("href") or "").strip().lower()
        if len(B.text_of(a).split()) >= 4 and href and not href.startswith(("#", "javascript")):
            hrefs.add(href)
    return hrefs


def longest_segment(root: Any, title_el: Any, block: Any, links: int = 6,
                    stream: list | None = None) -> int:
    """Words of running text between the headline and each of the next ``links`` links to
    other pages (anchors with a headline's worth of words), the longest such stretch. An
    article's body is one long stretch (a related box inside it only splits it once or
    twice); a listing's stretches are its items' summaries, each cut by the next item's link."""
    if stream is None:
        stream = _text_stream(root)
    start = None
    for anchor in (title_el, root.find(".//h1"), block):
        if anchor is not None:
            start = _position(stream, anchor)
            if start is not None:
                break
    if start is None:
        return 0
    best = current = seen = 0
    last_link = None
    for el, text, in_link in stream[start:]:
        if in_link:
            a = el if el.tag == "a" else next(x for x in el.iterancestors() if x.tag == "a")
            if a is not last_link and len(B.text_of(a).split()) >= 4:
                last_link = a
                best = max(best, current)
                current = 0
                seen += 1
                if seen > links:
                    break
            continue
        current += len(text.split())
    return max(best, current) if seen <= links else best


_LABELS_RE = re.compile(r"(?<!\w)(?:" + "|".join(sorted(
    (re.escape(x) for x in PUBLISHED_LABELS + UPDATED_LABELS), key=len, reverse=True)) + r")(?!\w)",
    re.I)
#: What a line printing only a date carries besides its label: the date, the time, a
#: weekday, "ngày"/"lúc", a time zone.
_DATE_PARTS_RE = re.compile(
    r"\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4}|\d{4}-\d{2}-\d{2}(?:T[\d:.]+)?"
    r"|\d{1,2}\s+tháng\s+\d{1,2}(?:,?\s+|\s+năm\s+)\d{4}"
    r"|\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?(?:\s*(?:am|pm|sa|ch))?"
    r"|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật|ngày|lúc|gmt\s*[+-]\s*\d+", re.I)


def _beside_link(el: Any) -> bool:
    """Whether a piece sits in a list item or row that holds a link: an item of a box of
    links, dated."""
    item = next((a for a in (el, *el.iterancestors()) if a.tag in ("li", "tr", "dd")), None)
    return item is not None and item.find(".//a") is not None


def _is_bare_date(text: str) -> bool:
    """Whether a text is a date and nothing else (a weekday, "ngày", a time, brackets)."""
    return len(text) <= 60 and bool(_DATE_HINT_RE.search(text)) and not any(
        c.isalnum() for c in _DATE_PARTS_RE.sub(" ", text))


def _is_date_line(line: str) -> bool:
    """A line that is only a labelled date ("Ngày xuất bản: 12/05/2025", "Cập nhật lúc 08:30
    ngày 12/03/2024"): the article's date field, read by find_dates, not its text."""
    if len(line) > 90 or not _LABELS_RE.search(line) or not _DATE_HINT_RE.search(line):
        return False
    rest = _DATE_PARTS_RE.sub(" ", _LABELS_RE.sub(" ", line))
    return not any(c.isalnum() for c in rest)


def link_line_count(lines: list[str], link_texts: set[str]) -> int:
    """How many lines are each a link's text: a listing is made of its items' links."""
    return sum(_is_linkish(line, link_texts) for line in lines)


def clean_lines(lines: list[str], link_texts: set[str]) -> list[str]:
    """Drop chrome lines and related-news runs from trafilatura's paragraphs."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if _is_related_label(line):
            # A label and the link lines under it (or under the next box's label: an empty
            # "Tin liên quan" box before "Các tin khác").
            j = i + 1
            while j < len(lines) and (_is_linkish(lines[j], link_texts)
                                      or _is_related_label(lines[j])):
                j += 1
            if j > i + 1 or j == len(lines):
                i = j
                continue
        if _is_linkish(lines[i], link_texts):
            j = i
            while j < len(lines) and _is_linkish(lines[j], link_texts):
                j += 1
            if j - i >= 2:  # a run of lines that are each a link: a box of other articles
                i = j
                continue
        if not _is_chrome(line):
            out.append(line)
        i += 1
    return out


def _is_related_label(line: str) -> bool:
    return bool(_RELATED_LABEL_RE.match(line)) and len(line.split()) <= 8


#: The date (and time) an "other news" box prints after each item: "(04/03/2024 09:10)",
#: "- 04/03/2024", "[12/3]".
_TRAILING_DATE_RE = re.compile(r"\s*[-–]?\s*[\(\[]?\s*\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?"
                               r"(?:\s*,?\s*\d{1,2}[:h]\d{2}(?::\d{2})?)?\s*[\)\]]?\s*$")


_DATE_ENDS = frozenset("0123456789)]")


def _is_linkish(line: str, link_texts: set[str]) -> bool:
    sig = _sig(line)
    if sig in link_texts:
        return True
    if line.rstrip()[-1:] not in _DATE_ENDS:
        return False  # no trailing date to strip
    stripped = _sig(_TRAILING_DATE_RE.sub("", line))
    return bool(stripped) and stripped in link_texts


# -- lead, unit, authors ---------------------------------------------------------------------------
def find_lead(root: Any, title_el: Any, block: Any,
              index: PageIndex | None = None) -> tuple[str | None, Any]:
    """(text, element) of a summary element near the headline, or of a bold first paragraph
    of the main block. An element holding the body block is never its summary (Drupal's body
    field is "text-with-summary")."""
    if title_el is not None:  # "near the headline": without one, no summary element is
        index = index or PageIndex(root)
        order = index.order
        for el, name in index.named:
            if _is_summary(el, name) and not _is_within(el, title_el) and (
                    block is None or not (el is block or _is_within(block, el))) and (
                    # a summary opens the article: not a box after its body (a sidebar's
                    # "About this blog" summary)
                    block is None or _is_within(el, block)
                    or order.get(el, 0) < order.get(block, 0)) and (
                    _near(el, title_el) or (block is not None and (_is_within(el, block)
                                                                   or _near(el, block)))):
                return " ".join(B.paragraphs(el)), el
    if block is not None:
        bold = B.bold_first_paragraph(block)
        if bold is None:
            bold = _bold_before(block)
        if bold is not None and 8 <= len(B.text_of(bold).split()) <= 150:
            return B.text_of(bold), bold
    return None, None


def _bold_before(block: Any) -> Any:
    """A bold paragraph printed just before the body block, in a box of its own (a page
    built of fragments or fields: the sapo's fragment, then the body's): the nearest
    preceding box with text, up to three levels above the block, when it is that one
    paragraph."""
    for el in (block, *list(block.iterancestors())[:3]):
        for sibling in el.itersiblings(preceding=True):
            if not isinstance(sibling.tag, str) or not B.text_of(sibling):
                continue  # an empty wrapper
            paras = [p for p in sibling.iter("p", "div") if B.text_of(p) and p.find(".//p") is None
                     and p.find(".//div") is None]
            last = paras[-1] if paras else sibling
            return last if B.is_bold_only(last) and last.find(".//img") is None \
                and B.text_of(last) == B.text_of(sibling) else None
    return None


def _images_before(lead_el: Any, block: Any, url: str) -> list[dict]:
    """Captioned photos printed before the body block, outside it, near the summary (or the
    headline, ``lead_el`` then): a "featured image" field above or below the lead (Drupal,
    WordPress, Joomla's full-text image). Only within
    the nearest element (never the whole page) holding both the summary and the block, and
    only before the block, so boxes after the article (other news with thumbnails) never
    count; photos linking to other pages (a slider of other stories) are no photos of it."""
    if block is None or lead_el is not None and _is_within(lead_el, block):
        return []
    up = [block, *block.iterancestors()]
    region = next((a for a in up[1:4] if lead_el is not None and _is_within(lead_el, a)), None)
    if region is None:
        # no summary or headline near: the block's own parent, a media field beside the body
        # field (Drupal's node content)
        region = block.getparent()
    if region is None or region.tag in ("body", "html"):
        return []
    path = []  # the block's place under the region, as child positions
    for el in up[:up.index(region)]:
        path.append(el.getparent().index(el))
    work = copy.deepcopy(region)
    node = work
    for i in reversed(path):
        node = node[i]
    while node is not work:  # cut the block and everything after it, at every level
        parent = node.getparent()
        for later in list(parent)[parent.index(node):]:
            parent.remove(later)
        node = parent
    return [i for i in B.pop_images(work, url) if i.get("caption")]


def _is_summary(el: Any, name: str) -> bool:
    """An element named (class, id, itemprop) as a summary (sapo, tóm tắt, lead…) of a
    lead's length, not links (one link, or a strip of other stories' links)."""
    if el.tag not in ("p", "div", "h2", "h3", "h4", "span", "strong", "b", "section", "td") \
            or _hidden(el):
        return False
    if not _SUMMARY_CLASS_RE.search(name) or "title" in name.lower() \
            or _AUTHOR_CLASS_RE.search(name):
        return False  # a title, or an author's description (a bio box after the article)
    text = B.text_of(el)
    if not 8 <= len(text.split()) <= 150 or el.find(".//a") is not None and \
            B.links_share(el) > 0.5:
        return False
    return el.getparent() is None or el.getparent().tag != "head"


def _near(a: Any, b: Any, up: int = 3) -> bool:
    """Siblings or cousins: within three levels of a common ancestor (``a`` within ``up``)."""
    # Keyed by the elements themselves, not id(): lxml makes a new proxy object for a node
    # whose old one was freed, so the id of a proxy nothing holds matches nothing (or a
    # stranger that reused its memory). The dict holds them, so each node keeps its proxy.
    ancestors = {x: d for d, x in enumerate([a, *a.iterancestors()])}
    for d, x in enumerate([b, *b.iterancestors()]):
        if x in ancestors:
            return ancestors[x] <= up and d <= 3
    return False


_HIDDEN_CLASSES = frozenset({"hidden", "hide", "d-none", "sr-only", "visually-hidden", "invisible"})
_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _hidden(el: Any) -> bool:
    """Not shown to a reader (microdata a theme hides, a screen-reader label): its text is
    metadata, often the site's name as "author"."""
    for x in (el, *el.iterancestors()):
        if _HIDDEN_CLASSES.intersection((x.get("class") or "").split()) \
                or _HIDDEN_STYLE_RE.search(x.get("style") or ""):
            return True
    return False


def find_byline(root: Any, block: Any,
                index: PageIndex | None = None) -> tuple[list[str], str | None]:
    """Authors and issuing unit from author/source fields near the body."""
    authors: list[str] = []
    unit = None
    index = index or PageIndex(root)
    order = index.order
    for el, name in index.named:
        if not _AUTHOR_CLASS_RE.search(name) or el.tag in ("meta", "link", "script", "img", "a"):
            continue
        source = bool(re.search(r"nguon|source", name, re.I))
        if block is not None and not (
                _is_within(el, block) or _near(el, block)
                # an author field in the article's header, before the body: four levels up
                or not source and _near(el, block, up=4) and order.get(el, 0) < order.get(block, 0)) \
                or _hidden(el):
            continue
        text = _field_text(el)
        if not text or len(text.split()) > 12:
            continue
        if source or B.strip_source_label(text) != text:
            unit = unit or B.strip_source_label(text) or None
        elif not authors:
            authors, office = _field_byline(text)
            unit = unit or office
    return authors, unit


_FIELD_LABEL_RE = re.compile(r"^(?:tác giả|người viết|tác giả bài viết|author|authors|bài|tin"
                             r"|(?:viết|đăng) bởi|by)\s*:?$", re.I)


def _field_text(el: Any) -> str:
    """An author field's text with its pieces apart: a label element and one element per
    name ("<div>Tác giả</div><div>Phạm Thu Trang</div><div>Đỗ Quang Vinh</div>") read as
    "Phạm Thu Trang, Đỗ Quang Vinh", not run together."""
    pieces = [t for t in (B.clean(x) for x in el.itertext()) if t]
    if len(pieces) > 1 and _FIELD_LABEL_RE.match(pieces[0]):
        pieces = pieces[1:]
        if len(pieces) == 1:
            return pieces[0]
    if len(pieces) > 1 and all(B.is_person(p) for p in pieces):
        return ", ".join(pieces)
    return B.text_of(el)


def _field_byline(text: str) -> tuple[list[str], str | None]:
    """An author field's text as (authors, unit): an office printed in the author field
    ("Chi cục Chăn nuôi và Thú y") is the unit, never split into people at its "và"."""
    text = _BY_LABEL_RE.sub("", text)  # "Viết bởi Phan Thị Thu" (Joomla), "Posted by …"
    found = B.split_byline(text)
    if found is not None:
        authors, unit = found
    else:
        text = B.AUTHOR_LABEL_RE.sub("", text)
        authors, unit = [a.strip() for a in re.split(r",|;| - ", text) if a.strip()], None
    # No one's name holds a digit (a "byline" box printing the date and a view count), and
    # a CMS account ("admin", "Test Test") is no one's.
    return [a for a in authors if not any(c.isdigit() for c in a)
            and not B.ACCOUNT_RE.match(a)], unit


_BY_LABEL_RE = re.compile(r"^\s*(?:(?:(?:viết|đăng|gửi|biên tập) )?bởi|(?:written|posted) by|by)"
                          r"\s*(?::\s*|\s)", re.I)


#: The labels of an author field in an article's header, with their colon: fewer than
#: body.AUTHOR_LABEL_RE ("Tin:", "Bài:", "By:" there open a closing line, not a header field).
_AUTHOR_FIELD_RE = re.compile(r"^\s*(?:tác giả|người viết|phóng viên)\s*:\s*", re.I)


def _labelled_before(stream: list[tuple[Any, str, bool]], title_el: Any, block: Any) -> str | None:
    """The name of a labelled author field printed between the headline and the body
    ("Tác giả: <span>Phạm Thị Hồng Nhung</span>" in the article's header)."""
    start, end = _position(stream, title_el), _position(stream, block)
    if start is None or end is None:
        return None
    for i in range(start, end):
        text = stream[i][1].strip()
        if not _AUTHOR_FIELD_RE.match(text):
            continue
        rest = _AUTHOR_FIELD_RE.sub("", text).strip() or (
            stream[i + 1][1].strip() if i + 1 < end else "")
        if rest and len(rest.split()) <= 12:
            return rest
    return None


def _labelled_after(block: Any) -> list[str]:
    """Labelled byline lines ("Tác giả: …", "Nguồn tin: …") printed just after the article's
    block, outside it: author and source fields a theme puts under the body."""
    found: list[str] = []
    for anchor in (block, block.getparent()):
        if anchor is None:
            continue
        for sibling in list(anchor.itersiblings())[:3]:
            for el in sibling.iter("p", "div", "span", "li", "td", "dd"):
                if el.find(".//p") is not None or el.find(".//div") is not None:
                    continue
                text = B.text_of(el)
                if text and len(text.split()) <= 20 and _LABELLED_RE.match(text) \
                        and text not in found:
                    found.append(text)
        if found:
            break
    return found


def _signed_after(block: Any) -> tuple[list[str], str | None, str] | None:
    """(authors, unit, line) of a signature printed right after the article's block, outside
    it: a bold or right-aligned name or office (or a labelled line) in the first element
    that follows, as a theme prints a field under the body ("<p align=right><b>Sở Tài
    chính</b></p>" after the content box)."""
    for sibling in list(block.itersiblings())[:2]:
        if not isinstance(sibling.tag, str):
            continue
        text = B.text_of(sibling)
        if not text:
            continue  # an empty spacer
        if sibling.tag not in ("p", "div") or sibling.find(".//a") is not None \
                or any(c.isdigit() for c in text) or _is_chrome(text) \
                or _RELATED_LABEL_RE.match(text):
            return None
        found = B.signature(sibling)
        return (*found, text) if found and (found[0] or found[1]) else None
    return None


#: The label of a record's issuing-office field (a list item's display form, a document's
#: properties table): "Cơ quan ban hành", "Đơn vị ban hành", "Cơ quan phát hành".
_UNIT_FIELD_RE = re.compile(r"^\s*(?:cơ quan|đơn vị|nơi)\s+(?:ban hành|phát hành|soạn thảo|đăng tin)"
                            r"\s*:?\s*$", re.I)


def _unit_field(block: Any) -> tuple[list[str], str | None, str] | None:
    """([], unit, value) from an issuing-office field in the table the article's block sits
    in or holds: a row whose label cell names it and whose other cell holds a short value."""
    table = next((a for a in block.iterancestors() if a.tag == "table"), None)
    for box in (block, table):
        if box is not None and (cell := _field_cell(box, _UNIT_FIELD_RE, 1, 12)) is not None:
            return [], B.text_of(cell), B.text_of(cell)
    return None


def _field_cell(box: Any, label: re.Pattern[str], least: int, most: int) -> Any:
    """The value cell of the first two-cell row in ``box`` whose first cell is ``label`` and
    whose value holds ``least`` to ``most`` words: a record shown as a table of fields."""
    for row in box.iter("tr"):
        cells = [c for c in row if c.tag in ("td", "th")]
        if len(cells) == 2 and label.match(B.text_of(cells[0])) \
                and least <= len(B.text_of(cells[1]).split()) <= most:
            return cells[1]
    return None


# -- the whole generic path ------------------------------------------------------------------------
def extract_generic(root: Any, url: str, result: dict, covered: set | None = None) -> None:
    """Fill ``result`` from the page with no profile selector (see the module docstring).
    ``covered``: the elements of the page's listing items (kind.page_signals), whose text
    never locates the article's block."""
    import trafilatura

    # Without trafilatura's metadata (a third of its time, htmldate's date search mostly): the
    # dates, title and byline are this module's own; only the declared section and author
    # are read, by _light_meta. Body text is the same either way (bench/eval_public.py).
    # Without reader comments: they are not the article (the archive's text is the article's).
    doc = trafilatura.bare_extraction(_without_layout_tables(root), url=url,
                                      with_metadata=False, include_comments=False)
    meta = (doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)) if doc is not None else {}
    index = PageIndex(root)
    meta.update(_light_meta(root, index))
    lines = _table_rows([p for p in (B.clean(x) for x in (meta.get("text") or "").split("\n")) if p])
    places = _places(root, lines)
    links = _link_texts(root)
    plain = sum(len(x) for x in lines if not _is_linkish(x, links) and not _is_chrome(x))
    body = root.find(".//body")
    # (no block can hold four times the page's whole text: most pages need no search)
    dense = _densest(root, links) if body is None or 4 * plain < len(body.text_content()) \
        else None
    if dense is not None and plain < 0.25 * dense[1]:
        # trafilatura's lines are other boxes (a theme whose article box it discards): the
        # element holding the most running text is the article's block, its paragraphs the
        # lines, as the profiled path reads a container.
        block = dense[0]
        lines = _table_rows(B.paragraphs(block))
        result["flags"].append("block_by_density")
    else:
        br_places = _br_places(root)
        block = None
        if covered:
            # Not located by listing items' text; then by lines between <br>s too (an
            # announcement written as one paragraph of <br> lines has no other)
            block = main_block(root, lines, places, links, covered)
            if block is None:
                block = main_block(root, lines, {**br_places, **places}, links, covered)
        if block is None:
            block = main_block(root, lines, places, links)
        if block is not None:
            lines = _outside_lines(lines, block, places, br_places)
    title, title_el = find_title(root, block, links, url, index)
    result["title"] = title
    result["_link_lines"] = link_line_count(lines, links)
    lines = [x for x in clean_lines(lines, links) if not _is_date_line(x) and not _is_bare_date(x)]
    if title and lines and _sig(lines[0]) == _sig(title):
        lines = lines[1:]  # trafilatura keeps a headline printed inside the body block

    stream = _text_stream(root)
    result["_listing"] = {
        "item_links": _item_links(block if block is not None else root.find(".//body")),
        "segment": longest_segment(root, title_el, block, stream=stream)}
    work = copy.deepcopy(block) if block is not None else None
    lead, lead_el = find_lead(root, title_el, block, index)
    if lead:
        result["lead"] = lead
        lead_sig = _sig(lead)
        lines = [x for x in lines if _sig(x) != lead_sig]
    if work is not None:
        printed = f" {_sig(' '.join(work.itertext()))} "
        if B.prune_related(work) + B.prune_attachments(work):
            lines = _without_pruned(lines, printed, work)
        # photos between the summary (else the headline) and the body: a featured image
        above = lead_el if lead_el is not None and not _is_within(lead_el, block) else title_el
        images = _images_before(above, block, url) + B.pop_images(work, url)
        caption_sigs = set()
        for img in images:
            for part in (img.get("caption"), img.get("credit")):
                if part:
                    caption_sigs.add(_sig(part))
        if images:
            result["images"] = [i for i in images if i.get("caption") or i.get("credit")
                                or not B.FURNITURE_SRC_RE.search(i["src"])]
            lines = [x for x in lines if not _is_caption_line(x, caption_sigs, images)]
        lines = _restore_dropped(lines, work, links, result.get("lead"))
        lines = _closing_byline(work, lines, result)
    authors, unit = find_byline(root, block, index)
    if not (authors or unit or result.get("authors") or result.get("unit")) \
            and title_el is not None and block is not None \
            and (named := _labelled_before(stream, title_el, block)):
        authors, office = _field_byline(named)
        unit = unit or office
    if block is not None and not (authors or unit or result.get("authors")
                                  or result.get("unit")):
        for text in _labelled_after(block):
            if B.strip_source_label(text) != text:
                unit = unit or B.strip_source_label(text) or None
            elif not authors:
                authors, office = _field_byline(text)
                unit = unit or office
    if block is not None and not (authors or unit or result.get("authors")
                                  or result.get("unit")):
        signed = _signed_after(block) or _unit_field(block)
        if signed:
            authors, unit, shown = signed
            lines = [x for x in lines if _sig(x) != _sig(shown)]
    if unit and not result.get("unit"):
        result["unit"] = unit
        lines = [x for x in lines if _sig(B.strip_source_label(x)) != _sig(unit)]
    if authors and not result.get("authors"):
        result["authors"] = authors
    if lines and not result.get("unit") and not result.get("authors"):
        last = lines[-1]
        if B.strip_source_label(last) != last and len(last.split()) <= 20:
            result["unit"] = B.strip_source_label(last)
            lines = lines[:-1]
    names = {_sig(n) for n in (*(result.get("authors") or ()), result.get("unit")) if n}
    # a line that is only the byline's name ("Hữu Phước" under a photo story's headline)
    lines = [x for x in lines if _sig(x) not in names]
    result["text"] = "\n\n".join(lines)

    published, updated, how = find_dates(root, title_el, block, stream, index)
    result["_dates"] = (published, updated, how)
    if not result.get("category"):
        cats = meta.get("categories")
        result["category"] = (B.clean(cats[0]) if isinstance(cats, list | tuple) and cats
                              else B.clean(cats) if isinstance(cats, str) else None) or None
    if meta.get("author") and not result.get("authors") and not result.get("unit"):
        # Only a name the page prints: metadata often holds the CMS account ("bbt_tanphuoc")
        # or the portal's own name ("Cổng thông tin điện tử huyện …"), no one's byline.
        shown = _sig(root.find(".//body").text_content() if root.find(".//body") is not None
                     else "")
        site = index.site_names(url)
        result["authors"] = [a for a in (B.clean(x) for x in meta["author"].split(";"))
                             if a and f" {_sig(a)} " in f" {shown} "
                             and not _SITE_NAME_RE.match(a) and not _names_site(a, site)]


def _light_meta(root: Any, index: PageIndex) -> dict[str, Any]:
    """The page's declared section and author: ``article:section``/``article:author`` and
    ``author`` meta, and JSON-LD ``articleSection``/``author``."""
    out: dict[str, Any] = {}
    section = _meta(index, "article:section")
    author = _meta(index, "author", "article:author")
    for item in index.json_ld:
        if not section and isinstance(item.get("articleSection"), str | list):
            sec = item["articleSection"]
            section = sec if isinstance(sec, str) else next(
                (x for x in sec if isinstance(x, str)), None)
        who = item.get("author")
        if not author and who:
            names = [w.get("name") if isinstance(w, dict) else w
                     for w in (who if isinstance(who, list) else [who])]
            author = "; ".join(n for n in names if isinstance(n, str) and n.strip()) or None
    if not section:  # a blog's category link: <a rel="category tag">
        link = next(iter(_CATEGORY_LINK(root)), None)
        section = B.text_of(link) or None if link is not None else None
    if section:
        out["categories"] = [section]
    if author and not author.startswith("http"):
        out["author"] = author
    return out


def _restore_dropped(lines: list[str], work: Any, link_texts: set[str],
                     lead: str | None) -> list[str]:
    """``lines`` with the article block's paragraphs trafilatura left out between two it
    kept: it drops a list that follows a paragraph, for one. Only running text comes back —
    not chrome, a related box's label, a link's text, the lead or what it already printed
    (perhaps merged into another line)."""
    if len(lines) < 2:
        return lines
    have = {_sig(x) for x in lines}
    printed = f" {' '.join(_sig(x) for x in lines)} "
    skip = {_sig(lead)} if lead else set()
    paras = B.paragraphs(work)
    kept = [i for i, p in enumerate(paras) if _sig(p) in have]
    if len(kept) < 2:
        return lines
    out = list(lines)
    local: dict[str, list[Any]] = {}  # the block's elements by signature
    for el in work.iter(*_BLOCK_TAGS):
        local.setdefault(_sig(el.text_content()), []).append(el)
    for i in range(kept[0] + 1, kept[-1]):
        para, sig = paras[i], _sig(paras[i])
        if not sig or sig in have or f" {sig} " in printed or sig in skip \
                or _is_chrome(para) or _is_related_label(para) or B.is_attachment_label(para) \
                or _is_linkish(para, link_texts) or _mostly_link(sig, link_texts):
            continue
        before = _sig(paras[i - 1])  # after the paragraph before it (restored or kept)
        here, there = local.get(sig), local.get(before)
        if here and there and not any(_close(a, b) for a in here for b in there):
            continue  # in another box than its neighbour (an author's bio after the article)
        at = next((j + 1 for j in range(len(out) - 1, -1, -1) if _sig(out[j]) == before), None)
        if at is None:
            continue
        out.insert(at, para)
        have.add(sig)
    return out


def _close(a: Any, b: Any, up: int = 2) -> bool:
    """Siblings, or cousins within ``up`` levels: the same run of the article's text (a list
    and the paragraph before it), not two boxes of the page."""
    ancestors = {x: d for d, x in enumerate([a, *a.iterancestors()][:up + 1])}
    return any(x in ancestors for x in [b, *b.iterancestors()][:up + 1])


def _mostly_link(sig: str, link_texts: set[str]) -> bool:
    """A paragraph that is mostly one link's text: a file or another page ("Mẫu đơn…Tải về")."""
    return any(len(x) >= 0.5 * len(sig) and x in sig for x in link_texts)


def _without_pruned(lines: list[str], printed: str, work: Any) -> list[str]:
    """``lines`` without those of the related-news and attached-file boxes pruned from the
    block: a line the block printed (``printed``, its text signature before pruning) and no
    longer prints, and the boxes' labels ("Tin liên quan", "File đính kèm:"), which
    trafilatura may keep while dropping the links under them."""
    left = f" {_sig(' '.join(work.itertext()))} "

    def gone(line: str) -> bool:
        sig = f" {_sig(line)} "
        return sig not in left and (sig in printed or _is_related_label(line)
                                    or B.is_attachment_label(line))

    return [x for x in lines if not gone(x)]


_LABELLED_RE = re.compile(r"^\s*(?:nguồn(?: tin)?|theo|tác giả|người viết)\s*:", re.I)


def _closing_byline(work: Any, lines: list[str], result: dict) -> list[str]:
    """Authors and unit from the closing lines of the article's block (a signature), and
    ``lines`` without them. A signature that is not among trafilatura's last lines is not
    the article's (a block reaching past its end)."""
    authors, unit, taken = B.pop_signature(
        work, chrome=lambda t: _is_chrome(t) or bool(_RELATED_LABEL_RE.match(t))
        or _is_date_line(t) or _is_bare_date(t))  # a date printed under the signature
    if not taken:
        return lines
    tail = {_sig(x) for x in lines[-(len(taken) + 2):]}
    every = {_sig(x) for x in lines}
    # A labelled line ("Nguồn: …") trafilatura left out is still the article's.
    if not all(_sig(t) in tail or (_sig(t) not in every and B.split_byline(t) is not None
                                   and _LABELLED_RE.match(t)) for t in taken):
        return lines
    gone = {_sig(t) for t in taken}
    keep = len(lines)
    while keep and _sig(lines[keep - 1]) in gone:
        keep -= 1
    head, rest = lines[:keep], [x for x in lines[keep:] if _sig(x) not in gone]
    if unit:
        result["unit"] = unit
    if authors:
        result["authors"] = authors
    return head + rest


#: A table that lays out the page rather than holding data: cells holding other tables,
#: boxes, headings, lists or forms (old portals put every column of the page in one).
_LAYOUT_TABLE = "//table[.//td//table or .//td//div or .//td//h1 or .//td//h2 or .//td//h3" \
    " or .//td//ul or .//td//form or .//th//table or .//th//div]"


def _without_layout_tables(root: Any) -> Any:
    """What trafilatura reads: the page, with layout tables turned into boxes.

    trafilatura keeps tables as tables, so on a page laid out in one its output is the whole
    page, menus and footer included, one Markdown row per layout row. Rewritten as ``div``s,
    the layout is read as the boxes it is and the article found inside. Either way
    trafilatura gets our parsed tree, which it copies, instead of parsing the page a second
    time (the same output on the public benchmark, one parse less per page)."""
    if not root.xpath(_LAYOUT_TABLE):
        return root
    work = copy.deepcopy(root)
    for table in work.xpath(_LAYOUT_TABLE):
        # Its own rows and cells only: a data table inside a layout cell stays a table.
        sections = [c for c in table if c.tag in ("tbody", "thead", "tfoot")]
        rows = [r for part in (table, *sections) for r in part if r.tag == "tr"]
        for el in (table, *rows, *(c for r in rows for c in r if c.tag in ("td", "th"))):
            el.tag = "div"
        for part in sections:
            part.drop_tag()
    return work


_TABLE_RULE_RE = re.compile(r"^\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$")


def _table_rows(lines: list[str]) -> list[str]:
    """trafilatura writes table rows as Markdown ("| a | b |", "|---|---|"): one paragraph per
    row with cells joined by " | ", as the profiled path writes them."""
    out = []
    for line in lines:
        if line.startswith("|") and line.endswith("|"):
            if _TABLE_RULE_RE.match(line):
                continue
            cells = [c.strip() for c in line.strip("|").split("|")]
            line = " | ".join(c for c in cells if c)
            if not line:
                continue
        out.append(line)
    return out


def _is_caption_line(line: str, caption_sigs: set[str], images: list[dict]) -> bool:
    sig = _sig(B.unglue_credit(line))
    if sig in caption_sigs:
        return True
    for img in images:
        cap = " ".join(x for x in (img.get("caption"), img.get("credit")) if x)
        if cap and _sig(cap) == sig:
            return True
    return False
