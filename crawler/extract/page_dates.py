"""A page's publication and update dates, by their labels near the headline, structured
metadata and datelines; never the header's "today", a related item's or an event's date.
"""

from __future__ import annotations

import re
from typing import Any

from crawler.extract import body as B
from crawler.extract.dates import ParsedDate, parse_dates
from crawler.extract.lines import _is_within
from crawler.extract.page_index import PageIndex, _meta

__all__ = ["PUBLISHED_LABELS", "UPDATED_LABELS", "find_dates", "longest_segment"]

#: Labels printed before a publication date / an update date on Vietnamese portals.
PUBLISHED_LABELS = ("Ngày đăng", "Đăng ngày", "Đăng lúc", "Ngày xuất bản", "Ngày ban hành",
                    "Thời gian đăng", "Ngày đưa tin", "Posted on", "Published")
UPDATED_LABELS = ("Ngày cập nhật", "Cập nhật lúc", "Cập nhật", "Sửa đổi", "Updated",
                  "Last updated")
_DATE_HINT_RE = re.compile(r"\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}|\d{4}-\d{2}-\d{2}"
                           r"|\d{1,2}\s+tháng\s+\d{1,2}(?:,?\s+|\s+năm\s+)\d{4}", re.I)


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
