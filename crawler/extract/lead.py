"""The lead (a summary element or a bold first paragraph) and the photos printed before it."""

from __future__ import annotations

import copy
import re
from typing import Any

from crawler.extract import body as B
from crawler.extract.lines import _is_within, _sig
from crawler.extract.page_index import _AUTHOR_CLASS_RE, _SUMMARY_CLASS_RE, PageIndex

__all__ = ["find_lead"]


# -- the lead ------------------------------------------------------------------------------------
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


def _is_caption_line(line: str, caption_sigs: set[str], images: list[dict]) -> bool:
    sig = _sig(B.unglue_credit(line))
    if sig in caption_sigs:
        return True
    for img in images:
        cap = " ".join(x for x in (img.get("caption"), img.get("credit")) if x)
        if cap and _sig(cap) == sig:
            return True
    return False
