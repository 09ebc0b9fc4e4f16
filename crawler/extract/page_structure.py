"""A page's structure for the page-kind judge: its repeated link items, its text blocks, its
runs of running text and its pager (see ``kind.py``).
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

__all__ = ["count_words"]

_WORD_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]"
                      r"|[^\s\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]+")


_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def count_words(text: str) -> int:
    """Words, counting each CJK character as one (those scripts put no space between words)."""
    if text.isascii() or not _CJK_RE.search(text):
        return len(text.split())
    return len(_WORD_RE.findall(text))


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
