"""Who signed a page: author fields and labels, the issuing unit, the closing signature."""

from __future__ import annotations

import re
from typing import Any

from crawler.extract import body as B
from crawler.extract.lead import _hidden, _near
from crawler.extract.lines import _RELATED_LABEL_RE, _is_chrome, _is_within, _sig
from crawler.extract.page_dates import _is_bare_date, _is_date_line, _position
from crawler.extract.page_index import _AUTHOR_CLASS_RE, PageIndex
from crawler.extract.title import _field_cell

__all__ = ["find_byline"]


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
