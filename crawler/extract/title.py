"""The generic path's headline: the heading that agrees with the page's ``<title>``, else the
``<title>`` without its site-name suffix.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from crawler.extract import body as B
from crawler.extract.lines import _inside_link_box, _is_within, _link_texts, _sig, _similar, _tokens
from crawler.extract.page_index import _TITLE_NAME_RE, PageIndex, _link_target, _meta

__all__ = ["find_title", "title_parts"]

_TITLE_SPLIT_RE = re.compile(r"\s+(?:[-–—|:»>›]|::)\s+")


def title_parts(page_title: str) -> list[str]:
    return [p for p in _TITLE_SPLIT_RE.split(page_title) if p.strip()]


#: The portal's own name, which many portals put in every page's ``<title>``.
_SITE_NAME_RE = re.compile(r"^(?:cổng|trang)\s+(?:thông tin|ttđt|tin tức)|^cổng ttđt|^website\b"
                           r"|^portal\b|^trang chủ\b|^home\b", re.I)


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


def _title_candidates(root: Any, index: PageIndex) -> list[Any]:
    """Headings, and elements named as a title (div.title-news, span.TieuDe), outside
    navigation boxes and of a headline's length."""
    found = list(root.iter("h1", "h2", "h3", "h4"))
    for el, name in index.named:
        if el.tag in _TITLE_TAGS and _TITLE_NAME_RE.search(name) and el.find(".//div") is None:
            found.append(el)
    return [el for el in found if 3 <= len(B.text_of(el)) <= 400 and not _inside_link_box(el)]


_TITLE_TAGS = frozenset({"div", "span", "p", "td", "a", "strong", "b"})


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


def _field_cell(box: Any, label: re.Pattern[str], least: int, most: int) -> Any:
    """The value cell of the first two-cell row in ``box`` whose first cell is ``label`` and
    whose value holds ``least`` to ``most`` words: a record shown as a table of fields."""
    for row in box.iter("tr"):
        cells = [c for c in row if c.tag in ("td", "th")]
        if len(cells) == 2 and label.match(B.text_of(cells[0])) \
                and least <= len(B.text_of(cells[1]).split()) <= most:
            return cells[1]
    return None
