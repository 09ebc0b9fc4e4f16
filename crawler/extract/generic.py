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
import json
import re
from typing import Any

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
    r"(?:thống kê |số lượ(?:ng|t) )?(?:lượt )?truy cập"
    r"(?: tổng| hiện tại| trong ngày| hôm nay| trong tháng)?\s*[:\-]?\s*[\d.,\s]*"
    r"|đang (?:truy cập|online|trực tuyến)\s*[:\-]?\s*[\d.,\s]*"
    r"|(?:tổng|hôm nay|hôm qua|tuần này|tháng này|trong năm|online)\s*[:\-]\s*[\d.,]+"
    r"|(?:in|in bài|in bài viết|in trang|gửi email|gửi bài viết|chia sẻ|chia sẻ bài viết|bản in"
    r"|lên đầu trang|về đầu trang|quay lại|trở về|trở lại|đầu trang|bình luận|gửi|đóng"
    r"|tweet|share|like|print|email|back to top|top|facebook|zalo|twitter)"
    r"(?:\s*[|/]\s*(?:in|in bài|in bài viết|in trang|gửi email|chia sẻ|bản in|quay lại|trở về"
    r"|lên đầu trang|đầu trang|facebook|zalo|twitter|tweet|share|print|email|bình luận))*"
    r"|xem tin theo ngày.*|tìm kiếm tin tức.*|thăm dò ý kiến.*|liên kết website.*"
    r"|ghi rõ nguồn.*|.*khi phát hành lại thông tin từ nguồn này.*"
    r"|chứng nhận tín nhiệm mạng.*|skip (?:ribbon commands|to main content).*"
    r"|truy cập nội dung luôn.*|từ khóa\s*:.*|tags?\s*:.*|chủ đề\s*:.*"
    r")[\s.:|]*$",
    re.I,
)
_RELATED_LABEL_RE = re.compile(
    r"^(?:tin|bài|văn bản|thông tin)?\s*(?:liên quan|cùng (?:chủ đề|chuyên mục|danh mục|lĩnh vực)"
    r"|khác|mới(?: nhất| hơn)?|đã đưa|cũ hơn|xem nhiều(?: nhất)?|nổi bật|đọc nhiều(?: nhất)?)"
    r"|^(?:các|những) (?:tin|bài|văn bản) (?:khác|liên quan|đã đưa|cùng chuyên mục)"
    r"|^xem thêm|^đọc thêm|^có thể bạn quan tâm|^bài viết liên quan|^related",
    re.I,
)
_SUMMARY_CLASS_RE = re.compile(r"sapo|summary|lead|tomtat|tom-tat|trichyeu|trich-yeu|chapeau"
                               r"|intro|description|desc|abstract|teaser|mota|mo-ta", re.I)
_AUTHOR_CLASS_RE = re.compile(r"author|tacgia|tac-gia|tac_gia|byline|writer|nguoiviet|butdanh"
                              r"|nguontin|nguon-tin|nguon_tin|source", re.I)
_TITLE_SPLIT_RE = re.compile(r"\s+(?:[-–—|:»]|::)\s+")
_DATE_HINT_RE = re.compile(r"\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}|\d{4}-\d{2}-\d{2}"
                           r"|ngày\s+\d{1,2}\s+tháng", re.I)


def _sig(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


def _tokens(text: str) -> set[str]:
    return set(_sig(text).split())


def _similar(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / min(len(ta), len(tb))


# -- the main block ---------------------------------------------------------------------------
def main_block(root: Any, lines: list[str]) -> Any:
    """The element holding most of ``lines`` (trafilatura's paragraphs): found by text, the
    deepest element whose text covers 70% of what matched."""
    wanted = {_sig(x): len(x) for x in lines if len(x) >= 25}
    if not wanted:
        return None
    matched: list[tuple[Any, int]] = []
    seen: set[str] = set()
    for el in root.iter(*_BLOCK_TAGS):
        text = B.text_of(el)
        if len(text) < 25:
            continue
        sig = _sig(text)
        if sig in wanted and sig not in seen:
            seen.add(sig)
            matched.append((el, wanted[sig]))
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
    return max(candidates, key=lambda el: depth[el]) if candidates else None


# -- title --------------------------------------------------------------------------------------
def _meta(root: Any, *names: str) -> str | None:
    for name in names:
        for el in root.xpath(f"//meta[@property='{name}' or @name='{name}']"):
            value = B.clean(el.get("content"))
            if value:
                return value
    return None


def title_parts(page_title: str) -> list[str]:
    return [p for p in _TITLE_SPLIT_RE.split(page_title) if p.strip()]


def find_title(root: Any, block: Any, meta_title: str | None = None) -> tuple[str | None, Any]:
    """The headline and its element (or ``None`` when only the ``<title>`` gave it)."""
    page_title = B.text_of(root.find(".//title"))
    references = [t for t in (_meta(root, "og:title", "twitter:title"), page_title, meta_title) if t]
    headings = [h for h in root.iter("h1", "h2", "h3", "h4")
                if 3 <= len(B.text_of(h)) <= 400 and not _inside_link_box(h)]
    # Elements named as a title (div.title-news, span.article-title) count as headings.
    headings += [el for el in root.xpath(
        "//*[self::div or self::span or self::p or self::td or self::a or self::strong]"
        "[contains(translate(@class,'TITLE','title'),'title')"
        " or contains(translate(@id,'TITLE','title'),'title')]")
        if 3 <= len(B.text_of(el)) <= 400 and el.find(".//div") is None]
    order = {el: i for i, el in enumerate(root.iter())}
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
        return s

    best = max(headings, key=score, default=None)
    if best is not None and score(best) >= 2.0:
        return B.text_of(best), best
    for ref in references:
        parts = title_parts(ref)
        if parts:
            return max(parts, key=len), None
    if best is not None and score(best) >= 0.5:
        return B.text_of(best), best
    return None, None


def _is_within(el: Any, ancestor: Any) -> bool:
    return any(a is ancestor for a in el.iterancestors())


def _inside_link_box(el: Any) -> bool:
    return any(a.tag in ("nav", "footer", "aside", "header") for a in el.iterancestors())


# -- dates --------------------------------------------------------------------------------------
def _text_stream(root: Any) -> list[tuple[Any, str, bool]]:
    """(element, text, inside a link) for every text piece in document order."""
    out = []
    skip = {"script", "style", "noscript", "option", "select", "title", "head"}
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag in skip or any(a.tag in skip for a in el.iterancestors()):
            continue
        in_link = el.tag == "a" or any(a.tag == "a" for a in el.iterancestors())
        if el.text and el.text.strip():
            out.append((el, el.text, in_link))
        for child in el:
            if child.tail and child.tail.strip():
                out.append((el, child.tail, in_link))
    return out


def _structured_date(root: Any) -> ParsedDate | None:
    value = _meta(root, "article:published_time", "og:published_time", "datePublished",
                  "pubdate", "publishdate", "dc.date.issued", "DC.date.issued", "date")
    if not value:
        for el in root.xpath("//*[@itemprop='datePublished']"):
            value = el.get("content") or el.get("datetime") or B.text_of(el)
            if value:
                break
    if not value:
        for script in root.xpath("//script[@type='application/ld+json']"):
            try:
                data = json.loads(script.text or "")
            except ValueError:
                continue
            items = data if isinstance(data, list) else [data]
            if isinstance(data, dict) and isinstance(data.get("@graph"), list):
                items = [data, *data["@graph"]]
            for item in items:
                if isinstance(item, dict) and item.get("datePublished"):
                    value = str(item["datePublished"])
                    break
            if value:
                break
    if not value:
        return None
    found = parse_dates(value)
    return found[0] if found and found[0].value is not None else None


def find_dates(root: Any, title_el: Any, block: Any) -> tuple[ParsedDate | None, ParsedDate | None, str]:
    """Publication and update dates printed near the headline, with where they came from."""
    stream = _text_stream(root)
    labels = UPDATED_LABELS + PUBLISHED_LABELS
    anchor = None
    if title_el is not None:
        anchor = next((i for i, (el, _, _) in enumerate(stream)
                       if el is title_el or _is_within(el, title_el)), None)
    if anchor is None and block is not None:
        anchor = next((i for i, (el, _, _) in enumerate(stream)
                       if el is block or _is_within(el, block)), None)
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
        if block is not None:  # and never past the end of the article's own block
            last = max((i for i, (el, _, _) in enumerate(stream)
                        if el is block or _is_within(el, block)), default=None)
            if last is not None and last >= anchor:
                hi = min(hi, last)
        for i in range(lo, hi + 1):
            _, text, in_link = stream[i]
            if in_link or not _DATE_HINT_RE.search(text):
                continue
            before = " ".join(t for _, t, _ in stream[max(lo, i - 2):i])[-60:]
            for d in parse_dates(before + " " + text, labels):
                if d.value is None:
                    continue
                if len(d.raw) > 80:  # a lone date keeps its whole context: keep the piece
                    d = ParsedDate(d.value, d.precision, " ".join(text.split())[:120], d.label)
                found.append(((i < anchor, abs(i - anchor)), d))
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
    structured = _structured_date(root)
    if published is None and structured is not None:
        return structured, updated, "metadata"
    if published is not None and structured is not None and published.precision == "day" \
            and structured.value and published.value \
            and structured.value.date() == published.value.date():
        return structured.__class__(structured.value, structured.precision, published.raw,
                                    published.label), updated, "text"
    return published, updated, "text"


def _labelled_plain(d: ParsedDate) -> bool:
    return not d.label or len(d.label) <= 40


# -- chrome lines -------------------------------------------------------------------------------
def _link_texts(root: Any) -> set[str]:
    return {_sig(B.text_of(a)) for a in root.iter("a") if len(B.text_of(a)) >= 12}


def _is_chrome(line: str) -> bool:
    return bool(CHROME_LINE_RE.match(line)) or len(line) <= 2


_DATE_ANY_RE = re.compile(r"\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4}")


def listing_signals(block: Any) -> dict[str, int]:
    """Links to other pages (anchors with a headline's worth of words) in the main block and
    its parent, against the block's own running text: a listing is mostly such links."""
    best = {"item_links": 0, "link_words": 0, "words": 0, "dates": 0}
    el = block
    for _ in range(2):
        if el is None:
            break
        items = set()
        link_words = 0
        for a in el.iter("a"):
            href = (a.get("href") or "").strip().lower()
            text = B.text_of(a)
            if len(text.split()) >= 4 and href and not href.startswith(("#", "javascript")):
                items.add(href)
                link_words += len(text.split())
        words = len(B.text_of(el).split())
        dates = len(_DATE_ANY_RE.findall(B.text_of(el)))
        if len(items) > best["item_links"]:
            best = {"item_links": len(items), "link_words": link_words, "words": words,
                    "dates": dates}
        el = el.getparent()
    return best


_LEAF_BLOCKS = ("p", "div", "td", "li", "blockquote", "dd")
_BLOCK_CHILDREN = {"p", "div", "td", "li", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
                   "h6", "blockquote", "section", "article", "dl", "tr", "tbody", "figure"}


def prose_run(root: Any) -> int:
    """Words in the longest run of consecutive sibling paragraphs of running text (no item
    links between them): an article body has one; a listing's summaries are each cut off by
    the next item's link."""
    best = 0
    for parent in root.iter(*_LEAF_BLOCKS, "section", "article", "main", "font", "span", "form"):
        run = 0
        leaf_seen = False
        for child in parent:
            if not isinstance(child.tag, str):
                continue
            if child.tag not in _LEAF_BLOCKS or any(
                    isinstance(g.tag, str) and g.tag in _BLOCK_CHILDREN for g in child):
                if child.find(".//a") is not None and len(B.text_of(child).split()) >= 4:
                    run = 0  # an item's link: the run of prose ends
                continue
            leaf_seen = True
            text = B.text_of(child)
            words = len(text.split())
            linked = sum(len(B.text_of(a).split()) for a in child.iter("a"))
            if words >= 8 and linked <= 0.3 * words:
                run += words
                best = max(best, run)
            elif linked >= 4:
                run = 0
        if not leaf_seen:
            # Text written straight into the element with <br>s (old templates).
            text = (parent.text or "") + "".join(c.tail or "" for c in parent)
            best = max(best, len(text.split()))
    return best


def longest_segment(root: Any, title_el: Any, block: Any, links: int = 6) -> int:
    """Words of running text between the headline and each of the next ``links`` links to
    other pages (anchors with a headline's worth of words), the longest such stretch. An
    article's body is one long stretch (a related box inside it only splits it once or
    twice); a listing's stretches are its items' summaries, each cut by the next item's link."""
    stream = _text_stream(root)
    start = None
    for anchor in (title_el, root.find(".//h1"), block):
        if anchor is not None:
            start = next((i for i, (el, _, _) in enumerate(stream)
                          if el is anchor or _is_within(el, anchor)), None)
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


def link_line_stats(lines: list[str], link_texts: set[str]) -> tuple[int, int]:
    """How many lines are each a link's text, and in how many separate runs: a listing
    interleaves item links with their summaries; an article has one box of them, if any."""
    count = runs = 0
    previous = False
    for line in lines:
        linkish = _is_linkish(line, link_texts)
        count += linkish
        runs += linkish and not previous
        previous = linkish
    return count, runs


def clean_lines(lines: list[str], link_texts: set[str]) -> list[str]:
    """Drop chrome lines and related-news runs from trafilatura's paragraphs."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if _RELATED_LABEL_RE.match(line) and len(line.split()) <= 8:
            # A label and the link lines under it.
            j = i + 1
            while j < len(lines) and _is_linkish(lines[j], link_texts):
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


_TRAILING_DATE_RE = re.compile(r"\s*[\(\[]?\s*\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?\s*[\)\]]?\s*$")


def _is_linkish(line: str, link_texts: set[str]) -> bool:
    sig = _sig(line)
    if sig in link_texts:
        return True
    stripped = _sig(_TRAILING_DATE_RE.sub("", line))
    return bool(stripped) and stripped in link_texts


# -- lead, unit, authors ---------------------------------------------------------------------------
def find_lead(root: Any, title_el: Any, block: Any, first_line: str | None) -> tuple[str | None, Any]:
    """A summary element near the headline, or a bold first paragraph of the main block."""
    candidates = []
    for el in root.xpath("//*[@class or @id]"):
        if el.tag not in ("p", "div", "h2", "h3", "h4", "span", "strong", "b", "section", "td"):
            continue
        name = (el.get("class") or "") + " " + (el.get("id") or "")
        if not _SUMMARY_CLASS_RE.search(name) or "title" in name.lower():
            continue
        text = B.text_of(el)
        if not 8 <= len(text.split()) <= 150 or el.find(".//a") is not None and \
                len(B.text_of(el.find(".//a"))) > 0.5 * len(text):
            continue
        if el.getparent() is not None and el.getparent().tag == "head":
            continue
        candidates.append(el)
    for el in candidates:
        if title_el is not None and not _is_within(el, title_el) and (
                _near(el, title_el) or (block is not None and (_is_within(el, block) or _near(el, block)))):
            return " ".join(B.paragraphs(el)), el
    if block is not None:
        bold = B.bold_first_paragraph(block)
        if bold is not None and 8 <= len(B.text_of(bold).split()) <= 150:
            return B.text_of(bold), bold
    return None, None


def _near(a: Any, b: Any) -> bool:
    """Siblings or cousins: within three levels of a common ancestor."""
    ancestors = {id(x): d for d, x in enumerate([a, *a.iterancestors()])}
    for d, x in enumerate([b, *b.iterancestors()]):
        if id(x) in ancestors:
            return ancestors[id(x)] <= 3 and d <= 3
    return False


def find_byline(root: Any, block: Any) -> tuple[list[str], str | None]:
    """Authors and issuing unit from author/source fields near the body."""
    authors: list[str] = []
    unit = None
    for el in root.xpath("//*[@class or @id]"):
        name = (el.get("class") or "") + " " + (el.get("id") or "")
        if not _AUTHOR_CLASS_RE.search(name) or el.tag in ("meta", "link", "script", "img", "a"):
            continue
        if block is not None and not (_is_within(el, block) or _near(el, block)):
            continue
        text = B.text_of(el)
        if not text or len(text.split()) > 12:
            continue
        text = re.sub(r"^(?:tác giả|người viết|bài(?: và ảnh)?|by|author)\s*:\s*", "", text, flags=re.I)
        if re.search(r"nguon|source", name, re.I) or B.strip_source_label(text) != text:
            unit = unit or B.strip_source_label(text) or None
        elif not authors:
            authors = [a.strip() for a in re.split(r",|;| và ", text) if a.strip()]
    return authors, unit


# -- the whole generic path ------------------------------------------------------------------------
def extract_generic(html: str, root: Any, url: str, result: dict) -> None:
    """Fill ``result`` from the page with no profile selector (see the module docstring)."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    meta = (doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)) if doc is not None else {}
    lines = _table_rows([p for p in (B.clean(x) for x in (meta.get("text") or "").split("\n")) if p])
    block = main_block(root, lines)
    title, title_el = find_title(root, block, B.clean(meta.get("title")) or None)
    result["title"] = title
    result["_listing"] = listing_signals(block if block is not None else root.find(".//body"))
    links = _link_texts(root)
    result["_link_lines"], result["_link_runs"] = link_line_stats(lines, links)
    lines = clean_lines(lines, links)
    if title and lines and _sig(lines[0]) == _sig(title):
        lines = lines[1:]  # trafilatura keeps a headline printed inside the body block

    result["_listing"] = listing_signals(block if block is not None else root.find(".//body"))
    result["_listing"]["segment"] = longest_segment(root, title_el, block)
    work = copy.deepcopy(block) if block is not None else None
    lead, lead_el = find_lead(root, title_el, block, lines[0] if lines else None)
    if lead:
        result["lead"] = lead
        lead_sig = _sig(lead)
        lines = [x for x in lines if _sig(x) != lead_sig]
    if work is not None:
        B.prune_related(work)
        images = B.pop_images(work, url)
        caption_sigs = set()
        for img in images:
            for part in (img.get("caption"), img.get("credit")):
                if part:
                    caption_sigs.add(_sig(part))
        if images:
            result["images"] = [i for i in images if i.get("caption") or i.get("credit")
                                or not _decorative(i["src"])]
            lines = [x for x in lines if not _is_caption_line(x, caption_sigs, images)]
        unit = B.pop_unit(work, bold_right=True)
        if unit and lines and _sig(lines[-1]).endswith(_sig(unit)):
            lines = lines[:-1]
            result["unit"] = unit
    authors, unit = find_byline(root, block)
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
    result["text"] = "\n\n".join(lines)

    published, updated, how = find_dates(root, title_el, block)
    result["_dates"] = (published, updated, how)
    if not result.get("category"):
        cats = meta.get("categories")
        result["category"] = (B.clean(cats[0]) if isinstance(cats, list | tuple) and cats
                              else B.clean(cats) if isinstance(cats, str) else None) or None
    if meta.get("author") and not result.get("authors") and not result.get("unit"):
        result["authors"] = [B.clean(a) for a in meta["author"].split(";") if B.clean(a)]


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


def _decorative(src: str) -> bool:
    return bool(re.search(r"icon|logo|banner|spacer|pixel|blank|button|arrow|bullet", src, re.I))


def _is_caption_line(line: str, caption_sigs: set[str], images: list[dict]) -> bool:
    sig = _sig(line)
    if sig in caption_sigs:
        return True
    for img in images:
        cap = " ".join(x for x in (img.get("caption"), img.get("credit")) if x)
        if cap and _sig(cap) == sig:
            return True
    return False
