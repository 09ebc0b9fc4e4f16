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

Each rule lives in its own module, this one runs them in order: ``block.py`` (the main block),
``title.py``, ``page_dates.py``, ``lines.py`` (line signatures and chrome lines), ``lead.py``,
``byline.py``, with ``page_index.py`` holding what they look up in the page more than once.
"""

from __future__ import annotations

import copy
from typing import Any

from crawler.extract import body as B
from crawler.extract.block import (
    _br_places,
    _densest,
    _outside_lines,
    _places,
    _restore_dropped,
    _without_layout_tables,
    _without_pruned,
    main_block,
)
from crawler.extract.byline import (
    _closing_byline,
    _field_byline,
    _labelled_after,
    _labelled_before,
    _signed_after,
    _unit_field,
    find_byline,
)
from crawler.extract.lead import _images_before, _is_caption_line, find_lead
from crawler.extract.lines import (
    CHROME_LINE_RE,
    _is_chrome,
    _is_linkish,
    _is_within,
    _item_links,
    _link_texts,
    _sig,
    _table_rows,
    clean_lines,
    link_line_count,
)
from crawler.extract.page_dates import (
    _is_bare_date,
    _is_date_line,
    _text_stream,
    find_dates,
    longest_segment,
)
from crawler.extract.page_index import _CATEGORY_LINK, PageIndex, _meta
from crawler.extract.title import _SITE_NAME_RE, _names_site, find_title

__all__ = ["extract_generic", "find_title", "main_block", "CHROME_LINE_RE"]


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
    # where the article's attached files are looked for (extract.attachment_links)
    result["_block_path"] = root.getroottree().getpath(block) if block is not None else None
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
