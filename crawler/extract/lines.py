"""Trafilatura's lines against the page: text signatures, chrome and link lines, and the
tree tests the generic path shares.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any

from crawler.extract import body as B

__all__ = ["CHROME_LINE_RE", "clean_lines", "link_line_count"]

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
