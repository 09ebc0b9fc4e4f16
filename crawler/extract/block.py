"""The generic path's main block: the element holding most of trafilatura's lines, and the
lines it dropped or printed from outside it.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from typing import Any

from crawler.extract import body as B
from crawler.extract.lines import (
    _inside_link_box,
    _is_chrome,
    _is_linkish,
    _is_related_label,
    _is_within,
    _link_texts,
    _sig,
)

__all__ = ["main_block"]

_BLOCK_TAGS = ("p", "div", "td", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
               "section", "article", "span", "font", "strong", "b", "em", "figcaption", "dd")


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
