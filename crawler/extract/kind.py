"""What a page is — an article, a listing, or another kind — judged from the page itself.

The family's URL rules are a prior, never a gate. The signals hold on any template, not one
theme's class names:

- what the page *names itself*: its h1, the last step of its breadcrumb trail, its
  ``<title>``/``og:title`` (a contact, sitemap, login or information page says so, and a news
  headline that only begins like one — "Giới thiệu sản phẩm…" — is not one);
- its *structure*: a listing's main block is a run of sibling items, each opening with a link
  to another page and carrying a summary or a date; an article's body is one run of
  paragraphs of running text that are not links. Summaries that outweigh the page's own
  running text, a block under the headline that opens with a link to another page, or a pager
  with no running text make a listing;
- what it holds: a password field, a text box echoing the URL's query, a form with little
  text, phone numbers throughout a short text; and JSON-LD/``og:type`` saying "article".
  One run of running text of an article body's length (100+ words) is the page's own text:
  a comment form, a login box, a comment pager or a box of links beside it is not the page.

Where nothing decides, the page is an article: losing an article costs more than archiving a
page too many.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote_plus, urlsplit

from lxml import etree

__all__ = ["PageKind", "count_words", "judge", "page_signals"]


class PageKind:
    ARTICLE = "article"
    LISTING = "listing"
    STATIC = "static"
    CONTACT = "contact"
    SEARCH = "search"
    LOGIN = "login"
    FORM = "form"
    SITEMAP = "sitemap"
    SOFT_404 = "soft_404"
    ATTACHMENT = "attachment"
    EMPTY = "empty"
    ALL = (ARTICLE, LISTING, STATIC, CONTACT, SEARCH, LOGIN, FORM, SITEMAP, SOFT_404, ATTACHMENT,
           EMPTY)


_STATIC_TITLE_RE = re.compile(
    r"^(?:giới thiệu|giới thiệu chung|chức năng|nhiệm vụ|chức năng,? nhiệm vụ|lịch sử|"
    r"quá trình hình thành|cơ cấu tổ chức|sơ đồ tổ chức|tổ chức bộ máy|lãnh đạo|ban lãnh đạo|"
    r"lãnh đạo (?:sở|ubnd|huyện|xã|bộ|cục)|các phòng|đơn vị trực thuộc|hướng dẫn|quy chế|"
    r"điều khoản|chính sách|tổng quan|thông tin chung|vị trí địa lý|điều kiện tự nhiên|"
    r"about(?: us)?|introduction|history|organi[sz]ation)\b",
    re.I,
)
_CONTACT_TITLE_RE = re.compile(r"^(?:liên hệ|thông tin liên hệ|danh bạ(?: điện thoại| thư điện tử"
                               r"| email| cơ quan| liên hệ)?|địa chỉ liên hệ|liên hệ - góp ý|liên hệ góp ý"
                               r"|contact(?: us)?)(?=\s|$)", re.I)
_SITEMAP_TITLE_RE = re.compile(r"^(?:sơ đồ (?:cổng|website|web|trang|site)|sitemap|site map)", re.I)
_SEARCH_RE = re.compile(r"kết quả tìm kiếm|tìm thấy \d+ kết quả|search results|"
                        r"không có kết quả (?:nào )?(?:phù hợp|tìm kiếm)", re.I)
_SEARCH_PARAM_RE = re.compile(r"[?&](?:q|s|keyword|keywords|tukhoa|tu-khoa|search|searchtext|"
                              r"query|k|kw)=([^&#]*)", re.I)
_PHONE_RE = re.compile(r"(?<!\d)(?:\(?0\d{1,3}\)?[\s.\-]?)(?:\d[\s.\-]?)?\d{3}[\s.\-]?\d{3,4}(?!\d)")
_ATTACHMENT_RE = re.compile(r"attachment|wp-att|/attachment/", re.I)
_LOGIN_NAME_RE = re.compile(r"^(?:đăng nhập|login|log in|sign in)(?=\s|$)")
_SEARCH_TITLE_RE = re.compile(r"^(?:tìm kiếm|kết quả tìm kiếm|tra cứu|search)\b", re.I)
#: Names of information pages, matched against a whole (short) heading by _named.
_STATIC_NAME_RE = re.compile(
    r"^(?:giới thiệu(?: chung)?|tổng quan|thông tin chung|chức năng(?: và)? nhiệm vụ(?: và)?"
    r"(?: quyền hạn)?|chức năng|nhiệm vụ(?: quyền hạn)?|cơ cấu tổ chức|sơ đồ tổ chức"
    r"|tổ chức bộ máy|(?:ban )?lãnh đạo|lịch sử(?: hình thành)?(?: và phát triển)?"
    r"|quá trình hình thành(?: và phát triển)?|vị trí địa lý|điều kiện tự nhiên"
    r"|đơn vị trực thuộc|các phòng(?: chuyên môn)?|about(?: us)?)(?=\s|$)")


_WORD_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]"
                      r"|[^\s\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]+")


_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def count_words(text: str) -> int:
    """Words, counting each CJK character as one (those scripts put no space between words)."""
    if text.isascii() or not _CJK_RE.search(text):
        return len(text.split())
    return len(_WORD_RE.findall(text))


def page_signals(root: Any) -> dict[str, Any]:
    """Cheap facts read from the untouched page tree, before extraction alters it.

    Besides the form controls, the *structure* of the page: its repeated items (a listing's
    main block is a run of sibling items, each a link to another page with a summary or a
    date), the longest run of running text outside them (an article's body), pagination,
    the page's own headings and what structured metadata says it is."""
    password = bool(root.xpath("//input[translate(@type,'PASSWORD','password')='password']"))
    textareas = len(root.xpath("//textarea"))
    inputs = len(root.xpath("//input[not(@type='hidden')] | //select"))
    body_class = " ".join(root.xpath("//body/@class"))
    body = root.find(".//body")
    titles = _titles(root)
    title_parts = [p for t in titles for p in _split_title(t)]
    structure = _structure(body if body is not None else root, title_parts)
    return {"password": password, "textareas": textareas, "inputs": inputs,
            "attachment": bool(_ATTACHMENT_RE.search(body_class)),
            "search_values": _search_values(root), "headings": _headings(root, titles),
            "title_parts": title_parts,
            "doc_types": _doc_types(root), **structure}


# -- page structure -----------------------------------------------------------------------------
#: Never part of the reading: scripts, form widgets, scrolling banners.
_SKIP_TAGS = frozenset({"script", "style", "noscript", "select", "option", "head", "template",
                        "svg", "button", "iframe", "textarea", "marquee", "title", "object"})
#: Paragraph-level elements: each holds its own run of text.
_BLOCK_TAGS = frozenset({"p", "div", "td", "th", "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5",
                         "h6", "blockquote", "pre", "section", "article", "main", "tr", "table",
                         "ul", "ol", "dl", "figure", "figcaption", "form", "body", "center",
                         "address", "fieldset", "caption", "header", "footer", "nav", "aside"})
_DATE_RE = re.compile(r"\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4}|\d{4}-\d{2}-\d{2}"
                      r"|ngày\s+\d{1,2}\s+tháng|\d{1,2}\s+tháng\s+\d{1,2},?\s+\d{4}", re.I)
#: A pager's links: page numbers, arrows, "Trang sau", "Tiếp"…
_PAGER_LINK_RE = re.compile(r"^(?:\d{1,4}|[«»‹›<>]{1,2}|\.\.\.|…|(?:trang\s+)?(?:sau|trước|kế|"
                            r"tiếp|đầu|cuối)(?:\s+(?:»|›))?|(?:«|‹)\s*(?:trang\s+)?(?:trước|đầu)"
                            r"|next|prev(?:ious)?|first|last|older(?: posts)?|newer(?: posts)?)$",
                            re.I)
#: An item's headline link has a headline's worth of words and opens the item. These sizes
#: and the thresholds in _listing/judge (30/50/60 words of running text) were set on half of
#: the variant corpus and checked on the other half (tests/variants, bench/eval_extract.py).
_HEADLINE_WORDS = 4
#: The most words of a page's name ("Chính sách bảo mật", "Điều khoản sử dụng"); a title
#: that begins like one and runs longer is a headline ("Hướng dẫn thực hiện chế độ…").
_NAME_WORDS = 5
#: Words of an undated page with no information-page name that make it an article: a short
#: post or notice (40+ words) is kept; a few lines are a page of the site. Set from the
#: variant corpus (no static page there reaches it untitled as one) and public short posts.
_SHORT_WORDS = 40
_ITEM_LEAD_WORDS = 12
#: A summary: a piece of running text of this many words inside an item, not a date line.
_SUMMARY_WORDS = 8
#: Words in one run of paragraphs that only an article body reaches (a category blurb, an
#: address block or a form's instructions stay well below it: the longest run of any listing,
#: form, login or search page of the variant corpus is 92 words).
_BODY_RUN = 100


_CHROME_TAGS = frozenset({"nav", "aside", "header", "footer"})


def _is_chrome(el: Any) -> bool:
    """Navigation, sidebars and the page's own header/footer (an <article>'s header is not)."""
    if el.tag in ("nav", "aside"):
        return True
    if el.tag in ("header", "footer"):
        return not any(a.tag in ("article", "main") for a in el.iterancestors())
    return False


def _link_target(a: Any) -> str | None:
    href = (a.get("href") or "").strip()
    if not href or href.lower().startswith(("#", "javascript", "mailto:", "tel:")):
        return None
    return href


#: The text of an element outside its links (a summary beside the item's headline link).
_UNLINKED_TEXT = etree.XPath(".//text()[not(ancestor::a)]")


class _Links:
    """The page's links to other pages with their text, its headline links (those with a
    headline's worth of words) and every element that holds one. Read once per page: sibling
    items are tried at every level of the tree, and only an element holding a headline link
    can be or hold an item (most of a page's elements are not tried at all)."""

    def __init__(self, body: Any) -> None:
        self.linked: list[tuple[Any, str]] = []
        self.heads: dict[Any, str] = {}
        self.holders: set[Any] = set()
        self._texts: dict[Any, str] = {}
        self._words: dict[Any, int] = {}
        self._summaries: dict[Any, int] = {}
        for a in body.iter("a"):
            if not _link_target(a):
                continue
            text = a.text_content()
            self.linked.append((a, text))
            if count_words(text) >= _HEADLINE_WORDS:
                self.heads[a] = text
                self.holders.add(a)
                for anc in a.iterancestors():
                    if anc in self.holders:
                        break
                    self.holders.add(anc)

    def head(self, members: list[Any]) -> Any:
        """The first headline link in ``members``, in reading order (a member that is itself
        a link is not searched inside)."""
        for m in members:
            if m not in self.holders:
                continue
            if m.tag == "a":
                if m in self.heads:
                    return m
                continue
            for a in m.iter("a"):
                if a in self.heads:
                    return a
        return None

    def text(self, el: Any) -> str:
        """``el.text_content()``, read once: spans of different tags share members."""
        text = self._texts.get(el)
        if text is None:
            text = self._texts[el] = el.text_content()
        return text

    def words(self, el: Any) -> int:
        """``count_words(self.text(el))`` up to 201 (an item holds 200 at most), counted once:
        the layout's columns are long."""
        words = self._words.get(el)
        if words is None:
            text = self.text(el)
            words = 201 if len(text) > 402 and len(text.split(None, 201)) > 201 \
                else min(count_words(text), 201)
            self._words[el] = words
        return words

    def summary(self, el: Any) -> int:
        """Words of a summary ``el`` holds: its running text outside links when it holds no
        paragraph-level element and has 8+ words that are not a date line; else 0. Read once:
        nested items (a list of lists) meet the same paragraphs."""
        words = self._summaries.get(el)
        if words is None:
            words = 0
            if not any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in el):
                piece = " ".join(_UNLINKED_TEXT(el))
                n = count_words(piece)
                if n >= _SUMMARY_WORDS and not (n < 14 and _DATE_RE.search(piece)):
                    words = n
            self._summaries[el] = words
        return words

    def date_line(self, el: Any) -> bool:
        """Whether ``el`` holds a date line: a short text outside links with a date in it."""
        if any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in el):
            return False
        piece = " ".join(_UNLINKED_TEXT(el))
        return count_words(piece) < 14 and bool(_DATE_RE.search(piece))


def _item(members: list[Any], links: _Links) -> dict[str, Any] | None:
    """One listing item: sibling elements that open with a link to another page (a headline,
    possibly after a date or a thumbnail) and may carry a summary; ``None`` if they do not.

    A summary is one paragraph: a linked heading followed by two sibling paragraphs of running
    text and no date line is a section of an article's body (news sites head body sections
    with links to related stories), not an item; with a date line it is an item with a long
    excerpt (a blog's front page), and paragraphs inside a member are that member's own (a
    row of a grid holding several items, each with its summary)."""
    head = links.head(members)
    if head is None:
        return None
    if sum(links.words(m) for m in members) > 200:  # a column of the layout, not an item
        return None
    text = " ".join(links.text(m) for m in members)
    at = text.find(links.heads[head])
    if at > 0 and count_words(text[:at]) > _ITEM_LEAD_WORDS:
        return None  # a link inside running text, not an item's headline
    summary = paragraphs = 0
    siblings: dict[Any, int] = {}
    for m in members:
        for el in m.iter(*_LEAF_TAGS):
            n = links.summary(el)
            if n:
                summary = max(summary, n)
                paragraphs += el is m and el.tag in _BLOCK_TAGS
                if el.tag == "p" and el is not m and el not in links.holders:
                    parent = el.getparent()
                    siblings[parent] = siblings.get(parent, 0) + 1
    if paragraphs >= 2 and not any(links.date_line(el) for m in members
                                   for el in m.iter(*_LEAF_TAGS)):
        return None
    if max(siblings.values(), default=0) >= 3:
        # Three paragraphs of running text side by side, none holding a headline link, inside
        # a member: an article's body in a row of the layout, not an item's one summary (a
        # grid row's items each hold their own paragraph, beside their own link).
        return None
    return {"href": _link_target(head), "summary": summary}


_LEAF_TAGS = ("p", "div", "span", "td", "dd", "li", "em", "i", "small", "blockquote", "section")


def _groups(body: Any, links: _Links) -> tuple[list[dict[str, Any]], set[Any]]:
    """Runs of sibling items (same tag, each opening with a link to another page) and the
    elements they cover. An item spans from its element to the next item's, so items written
    as flat siblings (a linked heading, then a date line, then a summary) are whole too."""
    groups: list[dict[str, Any]] = []
    covered: set[Any] = set()
    for parent in body.iter():
        if parent not in links.holders or len(parent) < 2 or parent.tag in _SKIP_TAGS:
            continue  # an item holds a headline link, and a run is two items
        kids = [c for c in parent if isinstance(c.tag, str) and c.tag not in _SKIP_TAGS]
        if len(kids) < 2:
            continue
        by_tag: dict[str, list[int]] = {}
        for i, kid in enumerate(kids):
            by_tag.setdefault(kid.tag, []).append(i)
        for idxs in by_tag.values():
            if len(idxs) < 2:
                continue
            items, spans = [], []
            for k, i in enumerate(idxs):
                end = idxs[k + 1] if k + 1 < len(idxs) else min(len(kids), 2 * i - idxs[k - 1])
                item = _item(kids[i:end], links)
                if item:
                    items.append(item)
                    spans.append(kids[i:end])
            if len(items) < 2 or len({it["href"] for it in items}) < 2:
                continue
            chrome = any(_is_chrome(el) for el in (parent, *parent.iterancestors()))
            summarised = [it["summary"] for it in items if it["summary"]]
            groups.append({"items": len(items), "summarised": len(summarised),
                           "summary_words": sum(summarised), "chrome": chrome,
                           "first": spans[0][0], "parent": parent,
                           "hrefs": frozenset(it["href"] for it in items)})
            covered.update(el for span in spans for el in span)
    return groups, covered


def _blocks(body: Any, covered: set[Any]) -> list[list[Any]]:
    """Paragraph-level blocks in reading order: [element, words outside links, words in links,
    inside a listing item, inside page chrome, the block's own text outside links]."""
    blocks: list[list[Any]] = []

    def add(block: list[Any], text: str, in_link: bool) -> None:
        # Most pieces are the markup's indentation: no words to count.
        if in_link:
            if not text.isspace():
                block[2] += count_words(text)
        else:
            if not text.isspace():
                block[1] += count_words(text)
            block[5] += text

    def walk(el: Any, in_link: bool, in_item: bool, chrome: bool, block: list[Any]) -> None:
        if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS:
            return
        in_item = in_item or el in covered
        chrome = chrome or (el.tag in _CHROME_TAGS and _is_chrome(el))
        if el.tag in _BLOCK_TAGS:
            block = [el, 0, 0, in_item, chrome, ""]
            blocks.append(block)
        in_link = in_link or el.tag == "a"
        if el.text:
            add(block, el.text, in_link)
        for child in el:
            walk(child, in_link, in_item, chrome, block)
            if child.tail:
                add(block, child.tail, in_link)

    walk(body, False, False, False, [body, 0, 0, False, False, ""])
    return blocks


#: The site's own address lines (every page's footer): not running text of the page. Matched
#: against lower-cased text (twice as fast as re.I on a long block).
_IMPRINT_RE = re.compile(r"(?<!\d)0\d{2,3}[\s.\-]?\d{3}[\s.\-]?\d{3,4}(?!\d)|@[\w-]+\.\w|©|\(c\)"
                         r"|bản quyền|giấy phép|copyright|địa chỉ\s*:|điện thoại\s*:|e-?mail\s*:"
                         # who runs and made the site (PORTALS.md's footers)
                         r"|cơ quan chủ quản|chịu trách nhiệm chính|ghi rõ nguồn"
                         r"|thiết kế (?:và phát triển|bởi)|phát triển bởi|all rights reserved"
                         r"|powered by|designed by")


def _is_imprint(text: str, words: int) -> bool:
    """The site's address or copyright block: imprint cues at least one per body run's worth
    of words. A story of body length closed by one agency credit ("(c) Indo-Asian News
    Service", "© TTXVN") is the story's own text."""
    text = text.lower()
    if not _IMPRINT_RE.search(text):
        return False
    return words < _BODY_RUN or len(_IMPRINT_RE.findall(text)) * _BODY_RUN > words


def _prose_runs(blocks: list[list[Any]]) -> list[tuple[int, int]]:
    """(words, index of the block after it) for each run of running text outside listing
    items and chrome: paragraphs of 8+ words that are not links, in one container (photo
    and data tables between them do not cut the run), uninterrupted by a link block or an
    item. An article's body is one long run; a listing has none but its category blurb and
    the sidebar's scraps, each in a box of its own (the footer's address and copyright lines
    do not count)."""
    runs: list[tuple[int, int]] = []
    run = 0
    home = None
    for i, (el, plain, linked, in_item, chrome, own) in enumerate(blocks):
        if chrome and not in_item:
            continue
        if in_item or (linked >= 3 and linked > plain):
            if run:
                runs.append((run, i))
            run = 0
        elif plain >= _SUMMARY_WORDS and linked <= 0.3 * (plain + linked) \
                and not _is_imprint(own, plain):
            if run and not any(a is home for a in el.iterancestors()):
                runs.append((run, i))
                run = 0
            if not run:
                home = el.getparent()
            run += plain
    if run:
        runs.append((run, len(blocks)))
    return runs


def _has_pager(links: _Links) -> bool:
    """Page-number links side by side (1 2 3 » / Trang sau): a paginated list."""
    seen: dict[Any, list[str]] = {}
    for a, text in links.linked:
        text = " ".join(text.split())
        if not _PAGER_LINK_RE.match(text):
            continue
        parent = a.getparent()
        if parent is not None and parent.tag == "li":
            parent = parent.getparent()
        seen.setdefault(parent, []).append(text)
    return any(len(texts) >= 2 and any(t.isdigit() for t in texts) for texts in seen.values())


def _structure(body: Any, title_parts: list[str]) -> dict[str, Any]:
    """Listing items against running text, over the page and under its headline: the facts
    :func:`_listing` weighs."""
    links = _Links(body)
    groups, covered = _groups(body, links)
    blocks = _blocks(body, covered)
    runs = _prose_runs(blocks)
    main = [g for g in groups if not g["chrome"]]
    summarised = [g for g in main if g["summarised"] >= 2 and 2 * g["summarised"] >= g["items"]]
    best = max(summarised, key=lambda g: g["summary_words"], default=None)
    before = 0
    if best is not None:
        order = {b[0]: i for i, b in enumerate(blocks)}
        start = order.get(best["first"], len(blocks))
        before = max((w for w, end in runs if end <= start), default=0)
    out = {
        "prose": max((w for w, _ in runs), default=0),
        "prose_before_items": before,
        "items": best["items"] if best else 0,
        "summary_words": best["summary_words"] if best else 0,
        "all_summary_words": _distinct_summary_words(summarised),
        "pager": _has_pager(links),
        "region": False, "region_items": 0, "region_prose": 0, "region_opens_with_link": False,
        # The elements listing items cover, for the generic path: an item's summary never
        # locates the article (not a fact to judge by, nor to log).
        "_covered": covered,
    }
    region = _headline_region(body, title_parts)
    if region is not None:
        out["region"] = True
        in_region = set(region.iter())  # the region and all it holds
        inside = [b for b in blocks if b[0] in in_region]
        out["region_prose"] = max((w for w, _ in _prose_runs(inside)), default=0)
        out["region_opens_with_link"] = _opens_with_link(inside)
        out["region_items"] = max((g["items"] for g in main if g["parent"] in in_region),
                                  default=0)
    return out


def _distinct_summary_words(groups: list[dict[str, Any]]) -> int:
    """Summary words over the page's lists, a list shown twice counted once: a template
    often repeats one box (a ticker at the top and the foot, a desktop and a mobile copy),
    which lists no more than it did once."""
    seen: set[frozenset[str]] = set()
    total = 0
    for g in groups:
        if g["hrefs"] not in seen:
            seen.add(g["hrefs"])
            total += g["summary_words"]
    return total


def _opens_with_link(blocks: list[list[Any]]) -> bool:
    """Whether, under the headline, a heading that links to another page comes before any
    running text: a listing's first item (even a lone one on its last page), where an
    article has its body."""
    for el, plain, linked, _, chrome, _ in blocks:
        if chrome:
            continue
        if el.tag in ("h2", "h3", "h4") and linked >= _HEADLINE_WORDS and plain <= 2:
            return any(_link_target(a) for a in el.iter("a"))
        if plain >= _SUMMARY_WORDS and linked <= plain:
            return False
    return False


def _headline_region(body: Any, title_parts: list[str]) -> Any:
    """The block the page's headline heads: the nearest container of the headline (the h1-h3
    that agrees best with ``<title>``/``og:title``, else the first h1) holding 30 words
    more than it. What this block holds is the page's own content, whatever the sidebars."""
    refs = [set(p.casefold().split()) for p in title_parts]
    best, best_score, first_h1 = None, 0.0, None
    for h in body.iter("h1", "h2", "h3"):
        if h.find(".//a") is not None or any(a.tag == "a" or _is_chrome(a)
                                             for a in (h, *h.iterancestors())):
            continue
        words = set(" ".join(h.text_content().split()).casefold().split())
        if not words or len(words) > 40:
            continue
        if first_h1 is None and h.tag == "h1":
            first_h1 = h
        # A part of three words or fewer ("Thông báo", a section's name) heads the page only
        # as its very words: a box "Thông báo khác" is another box, not the page's heading.
        score = max((len(words & r) / max(len(words), len(r)) for r in refs
                     if r and (len(r) > 3 or words == r)), default=0.0)
        if score > best_score + 0.01:
            best, best_score = h, score
    heading = best if best_score >= 0.6 else first_h1
    if heading is None:
        return None
    own = count_words(heading.text_content())
    for anc in heading.iterancestors():
        if anc is body or count_words(anc.text_content()) >= own + 30:
            return None if anc is body else anc
    return None


# -- other facts --------------------------------------------------------------------------------
def _search_values(root: Any) -> list[str]:
    """What is typed in the page's text boxes: a search page echoes the query it answers."""
    values = []
    for el in root.xpath("//input[not(@type) or @type='text' or @type='search'][@value]"):
        value = " ".join((el.get("value") or "").split())
        if 2 <= len(value) <= 80:
            values.append(value)
    return values[:5]


def _headings(root: Any, titles: list[str]) -> list[str]:
    """The names a page gives itself: its first h1 outside links and navigation, the last
    step of its breadcrumb trail, and the page's part of its ``titles`` (see :func:`_titles`)."""
    out = []
    for h in root.iter("h1"):
        if h.find(".//a") is not None or any(a.tag == "a" or _is_chrome(a)
                                             for a in h.iterancestors()):
            continue
        text = " ".join(h.text_content().split())
        if text:
            out.append(text)
            break
    crumb = _breadcrumb_current(root)
    if crumb and crumb.rstrip().endswith(":"):
        crumb = None  # a field's label ("SEARCH:" over a search box), not a page's name
    return out + ([crumb] if crumb else []) + _page_names(titles)


_CRUMB_SEP_RE = re.compile(r"^[\s»›>/|\\→·:-]*$")


def _breadcrumb_current(root: Any) -> str | None:
    """The last step of a breadcrumb trail ("Trang chủ » Giới thiệu » Chức năng nhiệm vụ"),
    when it is plain text: the name of the page itself. Trails are found from their links:
    a link followed by a separator, within a short line that ends in text."""
    tried: set[Any] = set()
    for a in root.iter("a"):
        box = a.getparent()
        tail = a.tail if (a.tail or "").strip() or box is None else box.tail
        if not (tail or "").strip() or not _CRUMB_SEP_RE.match(tail):
            continue
        for _ in range(3):
            if box is None or box in tried:
                break
            tried.add(box)
            last = _trail_end(box)
            if last:
                return last
            box = box.getparent()
    return None


def _trail_end(box: Any) -> str | None:
    pieces: list[tuple[str, bool]] = []
    for text in box.xpath(".//text()[not(ancestor::script or ancestor::style)]"):
        if text.strip():
            parent = text.getparent()
            linked = parent.tag == "a" or any(x.tag == "a" for x in parent.iterancestors())
            if text.is_tail:
                linked = any(x.tag == "a" for x in parent.iterancestors())
            pieces.append((text.strip(), linked))
            if len(pieces) > 12:
                return None
    if len(pieces) < 3 or not pieces[0][1] or pieces[-1][1]:
        return None
    seps = [t for t, linked in pieces[1:-1] if not linked]
    last = pieces[-1][0]
    if seps and all(_CRUMB_SEP_RE.match(t) for t in seps) and not _CRUMB_SEP_RE.match(last) \
            and count_words(last) <= 12:
        return " ".join(last.lstrip("»›>/|-: ").split())
    return None


def _titles(root: Any) -> list[str]:
    """The page's ``<title>`` and ``og:title`` values, spacing collapsed: read once, for the
    page's names (:func:`_page_names`) and the parts a headline must agree with."""
    found = [root.findtext(".//title") or "", *root.xpath("//meta[@property='og:title']/@content")]
    return [" ".join(t.split()) for t in found]


def _split_title(title: str) -> list[str]:
    """A title's parts between dashes, bars, colons and "»". Unlike ``generic.title_parts``,
    not between ">"/"›": a breadcrumb-style title stays whole here (:func:`_page_names` reads
    such titles by their ends), and splitting it would change which headline agrees."""
    return [p for p in _TITLE_SPLIT_RE.split(title) if p.strip()]


def _page_names(titles: list[str]) -> list[str]:
    """The page's own part of ``<title>``/``og:title``: the first part ("Giới thiệu - Cổng
    TTĐT…"), or the last of a breadcrumb-style title ("Sở … > Liên hệ"); never a middle part
    (a category name)."""
    names = []
    for title in titles:
        trail = [p for p in _TRAIL_SPLIT_RE.split(title) if p.strip()]
        if len(trail) > 1:
            # "Sở … > Liên hệ" or "Đăng nhập > Bộ Nội vụ": the page is one end of the trail.
            names += [trail[0], trail[-1]]
        else:
            names += _split_title(title)[:1]
    return names


_TRAIL_SPLIT_RE = re.compile(r"\s+[>›»]\s+")
_TITLE_SPLIT_RE = re.compile(r"\s+(?:[-–—|:»]|::)\s+")
_ARTICLE_TYPES = frozenset({"article", "newsarticle", "blogposting", "reportagenewsarticle",
                            "report", "analysisnewsarticle"})


def _doc_types(root: Any) -> list[str]:
    """What the page says it is: ``og:type`` and JSON-LD ``@type`` values, lower-cased."""
    types = [t.strip().lower() for t in root.xpath("//meta[@property='og:type']/@content")]
    for script in root.xpath("//script[@type='application/ld+json']"):
        types += [t.lower() for t in re.findall(r'"@type"\s*:\s*"([A-Za-z]+)"', script.text or "")]
    return types


#: A site's information section, by its breadcrumb name or its URL's path segment.
_INFO_SECTION_RE = re.compile(r"^(?:giới thiệu|giới thiệu chung|tổng quan|thông tin chung"
                              r"|about(?: us)?|introduction)$", re.I)
_INFO_PATH_RE = re.compile(r"/(?:gioi-?thieu(?:-chung)?|gioithieu|tong-?quan|about(?:-us)?"
                           r"|introduction)(?:[/.]|$)", re.I)


def _in_information_section(result: dict[str, Any], url: str) -> bool:
    """Whether the page sits in the site's "Giới thiệu" section (breadcrumb or path): an
    undated page there that is titled like an information page is one, however long its
    title ("Vị trí địa lý và điều kiện tự nhiên")."""
    category = " ".join((result.get("category") or "").split())
    return bool(_INFO_SECTION_RE.match(category)) or bool(_INFO_PATH_RE.search(
        urlsplit(url).path))


def judge(result: dict[str, Any], signals: dict[str, Any], url: str,
          url_kind: str | None = None) -> tuple[str, str]:
    """``(kind, reason)`` for an extracted page. ``url_kind`` is the family's URL rule.

    The kinds a page names itself (a password field, an echoed search query, a sitemap or
    contact title) come first; then the page's structure (repeated items against running
    text); then what is left of the body. Where nothing decides, the page is an article:
    losing an article costs more than archiving a page too many."""
    title = result.get("title") or ""
    text = result.get("text") or ""
    lead = result.get("lead") or ""
    words = count_words(text) + count_words(lead)
    dated = bool(result.get("published_at") or result.get("date_raw"))
    heading = result.get("_page_heading") or title
    names = list(dict.fromkeys(signals.get("headings") or (title, heading)))
    prior = "container" if result.get("_profile_container") else url_kind
    if signals.get("attachment"):
        return PageKind.ATTACHMENT, "attachment page markup"
    if signals.get("password") and (any(_named(n, _LOGIN_NAME_RE) for n in names) or (
            words < 200 and not _has_body_run(signals))):
        return PageKind.LOGIN, "password field"
    if _is_search(heading, names, signals, url, prior):
        return PageKind.SEARCH, "search results"
    if any(_SITEMAP_TITLE_RE.search(n) and count_words(n) <= 8 for n in names):
        return PageKind.SITEMAP, "sitemap title"
    if not _says_article(signals):
        if any(_named(n, _LOGIN_NAME_RE) for n in names):
            return PageKind.LOGIN, "named as a login page"
        if any(_named(n, _CONTACT_TITLE_RE) for n in names):
            return PageKind.CONTACT, "named as a contact page"
        if any(_named(n, _STATIC_NAME_RE) for n in names):
            return PageKind.STATIC, "named as an information page"
    if _is_contact(text, words):
        return PageKind.CONTACT, "phone directory"
    # A form beneath a body-length run of text is the article's comment form.
    # A short notice under its dated headline keeps its comment form too.
    if signals.get("textareas") and signals.get("inputs", 0) >= 2 and not _has_body_run(signals) \
            and (words < 150 or signals.get("prose", 0) < 50) and not (dated and 40 <= words < 150):
        return PageKind.FORM, "form with little text"
    if _is_site_root(url):
        return PageKind.LISTING, "the site's home page"
    listing = _listing(result, signals, prior, words)
    if listing:
        return PageKind.LISTING, listing
    # The URL has a listing's shape and the page found no article container: its "headline"
    # must at least be what the page calls itself, else it is a box heading over a sidebar.
    if prior == "listing" and title and not _agrees(title, signals.get("title_parts", [])):
        return PageKind.LISTING, f"listing URL, and the headline {title[:60]!r} is not the page's title"
    # The prior: the profile found its article container, or the URL has an article's shape.
    if words < {"container": 1, "article": 10}.get(prior or "", 25):
        return PageKind.EMPTY, "too little body text"
    if not dated:
        if _STATIC_TITLE_RE.search(title) and (
                count_words(title) <= _NAME_WORDS or not _has_body_run(signals)
                or _in_information_section(result, url)):
            return PageKind.STATIC, "information page title, no date"
        if prior in ("container", "article"):
            return PageKind.ARTICLE, f"body text, no date ({prior} prior)"
        if words >= _SHORT_WORDS or signals.get("prose", 0) >= 80 or _says_article(signals):
            # The page's own longest run counts too: the extractor may have kept part of it.
            return PageKind.ARTICLE, "body text, no date"
        return PageKind.STATIC, "short text without a date"
    if not title:
        return PageKind.ARTICLE, "dated body text (no headline found)"
    return PageKind.ARTICLE, "headline, date and body"


def _is_search(heading: str, names: list[str], signals: dict[str, Any], url: str,
               prior: str | None) -> bool:
    """A results heading, a search parameter in the URL, or a text box echoing the URL's
    query (the query a results page answers)."""
    if _SEARCH_RE.search(heading) or any(_SEARCH_TITLE_RE.match(n) for n in names[:3]):
        return True
    # A query someone typed holds a letter; "?id=…&k=55240" is a record's number.
    if prior != "container" and any(any(c.isalpha() for c in unquote_plus(m[1]))
                                    for m in _SEARCH_PARAM_RE.finditer(url)):
        return True
    query = unquote_plus(urlsplit(url).query).casefold()
    return bool(query) and any(v.casefold() in query for v in signals.get("search_values", ()))


def _listing(result: dict[str, Any], signals: dict[str, Any], prior: str | None,
             words: int) -> str | None:
    """Why the page is a listing, or ``None``.

    Its main block is a run of items, each a link to another page with a summary, and
    their summaries outweigh any running text of the page's own (an article's body is one
    long run; a listing's longest run is a category blurb or the footer's address). Or,
    with no running text at all, a run of links after the headline, or a pager."""
    prose = signals.get("prose", 0)
    items = signals.get("items", 0)
    summaries = max(signals.get("summary_words", 0), signals.get("all_summary_words", 0))
    region_prose = signals.get("region_prose", 0)
    # The rules on the headline's block and the pager hold only for a page without a run of
    # body length: a headline's block that holds no text beside a long run elsewhere is a box
    # of links by the headline (share, topics, related), and a pager pages the comments.
    body_run = _has_body_run(signals)
    if signals.get("region_opens_with_link") and region_prose < 60 and not body_run:
        return f"a link to another page heads the headline's block ({region_prose} words of text)"
    own_text = region_prose >= 30 and not signals.get("region_items")
    # A run of body length is an article's own text: a related box's summaries below it must
    # then clearly outweigh it (a listing's longest run is a blurb or an address).
    outweigh = summaries > (2 * prose if prose >= _BODY_RUN else prose)
    if items and outweigh and not own_text and not (
            signals.get("prose_before_items", 0) >= 40 and _says_article(signals)):
        return f"{items} items with summaries ({summaries} words), longest running text {prose}"
    region_items = signals.get("region_items", 0)
    if region_items >= 4 and signals.get("region_prose", 0) < 30 and not body_run:
        return (f"{region_items} links to other pages under the headline, no running text "
                f"({signals.get('region_prose', 0)} words)")
    # Under the headline when it was found (a sidebar's scraps are not the page's text).
    own = region_prose if signals.get("region") else prose
    if signals.get("pager") and own < 60 and not body_run:
        return f"pagination, longest running text {own} words"
    listing = result.get("_listing") or {}
    link_lines = result.get("_link_lines", 0)
    segment = listing.get("segment")
    if segment is not None and segment < 60 and prior != "container" and words < 250 and (
            listing.get("item_links", 0) >= 3 or link_lines >= 3) and prose < 50:
        return (f"links to other pages after the headline, none followed by running text "
                f"(longest stretch {segment} words)")
    return None


def _is_site_root(url: str) -> bool:
    """The site's home page (``/``, ``/index.php``, ``/Pages/default.aspx``, ``/trang-chu``):
    a portal's front page lists; it is never one article."""
    parts = urlsplit(url)
    if parts.query:
        return False
    path = parts.path.rstrip("/").lower()
    if path.count("/") > 2:
        return False
    stem = path.rsplit("/", 1)[-1].split(".", 1)[0]
    return path in ("", "/pages/default.aspx") or stem in _HOME_STEMS


#: A front page's file name on any CMS (``/index.php``, ``/Pages/home.aspx``, ``/trang-chu``).
_HOME_STEMS = frozenset({"index", "default", "home", "trang-chu", "trangchu"})


def _agrees(title: str, parts: list[str]) -> bool:
    """Whether a headline is what the page's ``<title>``/``og:title`` names (either contains
    the other, case and spacing aside). No title on the page: nothing to disagree with."""
    if not parts:
        return True
    head = " ".join(title.casefold().split())
    for part in parts:
        part = " ".join(part.casefold().split())
        if count_words(part) >= 2 and (part in head or head in part):
            return True
    return False


def _has_body_run(signals: dict[str, Any]) -> bool:
    """Whether the page holds one run of running text of an article body's length: then a
    form, a login box, a pager or a box of links is beside the page's text, not the page."""
    return signals.get("prose", 0) >= _BODY_RUN


def _says_article(signals: dict[str, Any]) -> bool:
    return any(t in _ARTICLE_TYPES for t in signals.get("doc_types", ()))


def _is_contact(text: str, words: int) -> bool:
    """A directory: phone numbers throughout a short text."""
    return words < 400 and len(_PHONE_RE.findall(text)) >= 4


def _named(name: str, names: re.Pattern[str]) -> bool:
    """A page named as an information (or contact) page and nothing else ("Giới thiệu chung",
    "Chức năng, nhiệm vụ", "Lãnh đạo Sở", "Liên hệ"); a headline that only begins so
    ("Giới thiệu sản phẩm OCOP của xã", "Liên hệ nộp hồ sơ trực tuyến") is news."""
    folded = " ".join(name.casefold().replace(",", " ").split())
    m = names.match(folded)
    if not m:
        return False
    tail = folded[m.end():].strip(" :.-–")
    # What may follow the name: the unit it belongs to ("Lãnh đạo Sở", "… của UBND xã").
    return not tail or tail.startswith(("của ", "về ")) or (
        count_words(tail) <= 3 and tail.split()[0] in _UNIT_WORDS)


_UNIT_WORDS = frozenset({"sở", "ubnd", "ủy", "uỷ", "phòng", "ban", "xã", "phường", "thị", "huyện",
                         "tỉnh", "thành", "quận", "cục", "chi", "trung", "bộ", "đơn", "cơ", "hđnd",
                         "trường", "văn", "viện", "tổng", "chung"})
