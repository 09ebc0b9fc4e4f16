"""Article extraction: raw captured page -> record fields. No Scrapy import, picklable I/O.

Runs in worker processes (``pipelines/extract.py``), in ``portal-archive extract`` on saved
pages, and, later, offline when an archive is re-extracted from its captures. A profile's hints
(body container, title/date/lead/author/source nodes, nodes to prune) find the article on a
known CMS; pages no profile describes (the generic family, a container that is missing, or
a profile reading that fails its checks) go to the generic path (``generic.py``).
"""

from __future__ import annotations

import logging
import re
from typing import Any

from lxml import etree
from lxml.cssselect import CSSSelector

from crawler.extract import body as B
from crawler.extract.attachment_links import attachment_candidates, attachments_in
from crawler.extract.byline import _field_byline, find_byline
from crawler.extract.dates import ParsedDate, parse_dates
from crawler.extract.encoding import decode_html
from crawler.extract.family import with_family
from crawler.extract.generic import extract_generic
from crawler.extract.kind import PageKind, judge, page_signals
from crawler.extract.lines import CHROME_LINE_RE, _link_texts, _sig, link_line_count
from crawler.extract.page_dates import find_dates
from crawler.extract.parse import _parse
from crawler.extract.soft404 import _looks_soft_404, _says_not_found
from crawler.extract.title import find_title, title_parts
from crawler.urls import declared_canonical

__all__ = ["EXTRACTOR_VERSION", "extract_page", "Status"]

logger = logging.getLogger(__name__)

#: Bump when extraction output changes for the same input (re-extraction compares it).
EXTRACTOR_VERSION = "3"
#: Above this many elements a page is not an article page; parsing it is what hangs workers.
MAX_ELEMENTS = 60_000


#: An XML declaration (lxml refuses one on a decoded string), up to its first ">" even when
#: it is broken ("<?xml version="1.0" encoding="ilashack, …" with no "?>").
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*>")
_COUNT_ELEMENTS = etree.XPath("count(//*)")  # counted in C, not by walking the tree
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_C0_BYTES = bytes(c for c in range(32) if c not in (9, 10, 13))


class Status:
    OK = "ok"
    SOFT_404 = "soft_404"
    NO_BODY = "no_body"
    UNDECODABLE = "undecodable"
    BINARY = "binary"
    TOO_LARGE = "too_large"
    #: A listing, an information page, a form…: ``page_kind`` says which (extract/kind.py).
    NOT_ARTICLE = "not_article"


_CSS_CACHE: dict[str, CSSSelector] = {}


def _css(selector: str) -> CSSSelector:
    sel = _CSS_CACHE.get(selector)
    if sel is None:
        sel = _CSS_CACHE[selector] = CSSSelector(selector)
    return sel


def _first(root: Any, selector: str | None) -> Any:
    if not selector:
        return None
    found = _css(selector)(root)
    return found[0] if found else None


def _looks_binary(body: bytes) -> bool:
    head = body[:4096]
    return head.count(b"\x00") > 4 or head.startswith((b"%PDF", b"\x89PNG", b"PK\x03\x04", b"\xff\xd8\xff",
                                                       b"GIF8", b"\x1f\x8b"))


def extract_page(page: dict[str, Any]) -> dict[str, Any]:
    """Extract one captured page.

    ``page`` holds ``url``, ``body`` (bytes), ``content_type`` and ``hints`` (a profile's
    :meth:`~crawler.profiles.Profile.hints`). Returns record fields plus ``status``,
    ``page_kind``, ``kind_reason`` and ``link_canonical`` (what ``<link rel="canonical">``
    names), which are not record fields.
    """
    page, family, signal = with_family(page)
    try:
        result = _extract_page(page)
    except MemoryError:
        # lxml's errors carry their error log, which cannot be pickled back to the crawl.
        raise MemoryError(f"out of memory extracting {page.get('url')}") from None
    except etree.LxmlError as exc:
        # libxml2 reports a failed allocation as a parse or XPath error ("unknown error").
        if "memory" in str(exc).lower() or _near_memory_limit():
            raise MemoryError(f"out of memory extracting {page.get('url')}") from None
        raise RuntimeError(f"{type(exc).__name__}: {exc}") from None
    result.setdefault("family", family)
    result.setdefault("family_signal", signal)
    return result


def _near_memory_limit() -> bool:
    """Whether this process came close to its address-space limit (a worker's memory cap)."""
    import resource

    soft, _ = resource.getrlimit(resource.RLIMIT_AS)
    if soft == resource.RLIM_INFINITY:
        return False
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux
    return peak > 0.5 * soft


def _extract_page(page: dict[str, Any]) -> dict[str, Any]:
    hints = page["hints"]
    url = page["url"]
    result: dict[str, Any] = {
        "status": Status.OK, "flags": [], "extractor_version": EXTRACTOR_VERSION,
        "profile": hints["profile"], "language": hints.get("language") or None,
        "authors": [], "images": [], "unit": None, "lead": None, "agency_prefix": None,
        "attachments": [],
    }
    flags: list[str] = result["flags"]
    raw = page.get("body") or b""
    if not raw.strip():
        result["status"] = Status.NO_BODY
        flags.append("empty_body")
        return result
    if _looks_binary(raw):
        result["status"] = Status.BINARY
        return result
    html, encoding, decode_flags = decode_html(raw, page.get("content_type"))
    # lxml refuses a decoded string that still declares an encoding (<?xml … encoding=…?>);
    # C0 control characters are no text in HTML, and lxml (so trafilatura) fails on them.
    html = _XML_DECL_RE.sub("", html, count=1)
    if encoding.replace("-", "_").startswith(("utf_16", "utf_32")) \
            or len(raw.translate(None, _C0_BYTES)) != len(raw):
        # (an ASCII-compatible encoding decodes C0 characters from C0 bytes only: a page
        # without them, nearly every page, skips the search over its whole text)
        html = _CONTROL_RE.sub("", html)
    result["encoding"] = encoding
    flags.extend(decode_flags)
    try:
        root = _parse(html, flags)
    except (etree.ParserError, ValueError):
        result["status"] = Status.UNDECODABLE
        return result
    if _COUNT_ELEMENTS(root) > MAX_ELEMENTS:
        result["status"] = Status.TOO_LARGE
        return result
    # The URL the page names as its own, read once for the crawl and the offline paths alike
    # (whether a row takes it is crawler.urls.canonical_from_link's rule, with the profile).
    result["link_canonical"] = declared_canonical(url, root)
    # Links to attached documents, read before extraction prunes their box from the body.
    candidates = attachment_candidates(root, url)

    lang = root.get("lang") or ""
    if not result["language"] and lang[:2].isalpha():
        # The profile's language wins: templates keep lang="en" on Vietnamese pages.
        result["language"] = lang[:2].lower()
    crumbs = _css(hints["breadcrumb"])(root) if hints.get("breadcrumb") else []
    if len(crumbs) > 1 or (crumbs and "cate" in (crumbs[0].getparent().get("class") or "")):
        # A breadcrumb with only the home link names no section.
        result["category"] = B.text_of(crumbs[-1]) or None
    page_title = B.text_of(root.find(".//title"))
    signals = page_signals(root)
    result["_not_found"] = _says_not_found(root)

    container = _first(root, hints.get("body"))
    generic = None
    block_path = root.getroottree().getpath(container) if container is not None else None
    if container is not None:
        # The profile's reading first; checked against the page, each missing field filled
        # by the generic finders, the whole reading replaced when its body fails the checks.
        _extract_dates(root, hints, result)
        _profile_byline(root, hints, result)
        _extract_profiled(root, container, url, hints, result)
        result["_link_lines"] = link_line_count(
            (result.get("text") or "").split("\n\n"), _link_texts(root))
        problem, generic = (None, None) if _looks_soft_404(result, hints, page_title) else \
            _profile_problem(result, html, url)
        if problem:
            flags.extend(("profile_rejected", f"profile_rejected_{problem}"))
            logger.info("profile %s rejected on %s: %s", hints["profile"], url, problem)
            _reset_fields(result)
            container = None
    elif hints.get("body"):
        flags.append("profile_body_missing")
    if container is not None:
        _fill_missing(root, container, url, result)
        result["_profile_container"] = True
        result["_block_path"] = block_path
    elif generic is not None:  # the check of the profile's reading made the generic one
        flags.extend(generic.pop("flags"))
        result.update(generic)
    else:  # on a fresh tree when the profile's reading pruned this one
        if "profile_rejected" in flags:  # a fresh tree: the judged one's items are not its
            _run_generic(_parse(html, []), url, result)
        else:
            _run_generic(root, url, result, signals.get("_covered"))

    lead = result.get("lead")
    prefix, rest = B.split_agency_prefix(lead) if lead else (None, lead)
    if prefix:
        result["agency_prefix"], result["lead"] = prefix, rest or None
    if not result.get("title"):
        _title_fallback(root, page_title, result)

    if _looks_soft_404(result, hints, page_title):
        result["status"] = Status.SOFT_404
        result["page_kind"], result["kind_reason"] = PageKind.SOFT_404, "not-found wording"
    else:
        kind, reason = judge(result, signals, url, page.get("url_kind"))
        result["page_kind"], result["kind_reason"] = kind, reason
        if kind == PageKind.EMPTY:
            result["status"] = Status.NO_BODY
        elif kind != PageKind.ARTICLE:
            result["status"] = Status.NOT_ARTICLE
    result["attachments"] = attachments_in(candidates, result.get("_block_path"))
    for key in ("_link_lines", "_profile_container", "_listing", "_not_found", "_block_path"):
        result.pop(key, None)
    return result


_FIELDS = ("title", "lead", "text", "images", "unit", "authors", "published_at", "updated_at",
           "date_raw", "date_label", "date_precision", "updated_label")


def _reset_fields(result: dict) -> None:
    for key in _FIELDS:
        result.pop(key, None)
    result["authors"], result["images"] = [], []
    result["unit"] = result["lead"] = None
    result["flags"][:] = [f for f in result["flags"] if f not in ("date_invalid", "related_box_in_body")]


def _profile_problem(result: dict, html: str, url: str) -> tuple[str | None, dict | None]:
    """Why the profile's body cannot be trusted on this page, or ``None``; with the generic
    reading of the page when one was made (it replaces the profile's on a short body).

    A body that is empty, holds chrome lines, or is much shorter than the generic reading of
    the same page (a container that holds only part of the article on this template). The
    generic reading is only computed for short bodies: a long clean body is the article."""
    text = result.get("text") or ""
    if not text.strip():
        return "empty_body", None
    paragraphs = text.split("\n\n")
    chrome = [p for p in paragraphs if CHROME_LINE_RE.match(p)]
    if chrome:
        if len(chrome) * 2 >= len(paragraphs):
            return "chrome", None
        result["text"] = "\n\n".join(p for p in paragraphs if not CHROME_LINE_RE.match(p))
        result["flags"].append("chrome_removed")
    words = len(text.split()) + len((result.get("lead") or "").split())
    if words >= 120:
        return None, None
    # Made from the state _reset_fields leaves, so that it can stand in for the profile's.
    generic: dict = {"flags": [], "authors": [], "images": [], "unit": None, "lead": None,
                     "category": result.get("category")}
    _run_generic(_parse(html, []), url, generic)
    other = len((generic.get("text") or "").split()) + len((generic.get("lead") or "").split())
    if other >= 40 and other > 1.8 * words:
        return "short_body", generic
    return None, None


def _run_generic(root: Any, url: str, result: dict, covered: set | None = None) -> None:
    extract_generic(root, url, result, covered)
    published, updated, how = result.pop("_dates")
    if published is not None:
        _apply(result, "published", published, "metadata" if how == "metadata" else None)
    if updated is not None:
        _apply(result, "updated", updated, None)
    if not (result.get("published_at") or result.get("date_raw")):
        _dateline(result)
    result["flags"].append("extracted_by_generic")


def _fill_missing(root: Any, container: Any, url: str, result: dict) -> None:
    """Each field the profile's nodes did not give, from the generic finders (a template that
    moved its title or date)."""
    used = False
    title_el = None
    if not result.get("title"):
        title, title_el = find_title(root, container, url=url)
        if title:
            result["title"], used = title, True
    if not (result.get("published_at") or result.get("date_raw")):
        published, updated, how = find_dates(root, title_el, container)
        if published is not None:
            _apply(result, "published", published, "metadata" if how == "metadata" else None)
            used = True
            if updated is not None and not result.get("updated_at"):
                _apply(result, "updated", updated, None)
        else:
            _dateline(result)
    if used:
        result["flags"].append("metadata_fallback")
    _strip_heading_lines(result)
    if not result.get("authors") and not result.get("unit"):
        _byline_fallback(root, container, result)


#: An author line printed as text: "Tác giả: Thu Trang", "Người viết: …", "Bài và ảnh: …".
_AUTHOR_LINE_RE = re.compile(r"^(?:tác giả|người viết|bài(?: và ảnh)?|phóng viên)\s*:\s*(.{2,60})$",
                             re.I)


def _strip_heading_lines(result: dict) -> None:
    """A container that also holds the headline and its date line (another template of the
    family) gives them as the body's first lines: they are the title and the date, read
    already, not body text."""
    lines = (result.get("text") or "").split("\n\n")
    title = _sig(result.get("title") or "")
    drop = 0
    for line in lines[:3]:
        short = len(line.split()) <= 16
        if (title and _sig(line) == title) or (short and parse_dates(line)
                                               and not line.rstrip().endswith(".")):
            drop += 1
        else:
            break
    if drop and drop < len(lines):
        result["text"] = "\n\n".join(lines[drop:])


def _byline_fallback(root: Any, container: Any, result: dict) -> None:
    """No author or unit from the profile's nodes: the generic finders (author/source
    fields near the body), then an author line printed as text ("Tác giả: …")."""
    authors, unit = find_byline(root, container)
    if authors or unit:
        result["authors"], result["unit"] = authors, unit
        return
    lines = (result.get("text") or "").split("\n\n")
    for i, line in enumerate(lines):
        if m := _AUTHOR_LINE_RE.match(line):
            result["authors"] = [a.strip() for a in re.split(r",|;| - | và ", m.group(1))
                                 if a.strip()]
            result["text"] = "\n\n".join(lines[:i] + lines[i + 1:])
            return


def _profile_byline(root: Any, hints: dict, result: dict) -> None:
    """Authors and unit from the profile's author and source nodes, each checked: an office
    in the author node is the unit; what is not shaped like a person's name (a CMS account
    such as "admin admin", a date, a sentence) is left for the generic finders."""
    author_el = _first(root, hints.get("author"))
    if author_el is not None:
        authors, unit = _field_byline(B.text_of(author_el))
        result["authors"] = [a for a in authors if _plausible_author(a)]
        result["unit"] = unit
    source_el = _first(root, hints.get("source"))
    if source_el is not None:
        result["unit"] = B.strip_source_label(B.text_of(source_el)) or result.get("unit")


def _plausible_author(name: str) -> bool:
    """Whether an author field's piece can be a person's name: a few words, no digits, not
    a CMS account, and capitalised as names are printed."""
    words = name.split()
    return (1 <= len(words) <= 6 and not any(ch.isdigit() for ch in name)
            and not B.ACCOUNT_RE.match(name) and "_" not in name and name[:1].isupper())


def _title_fallback(root: Any, page_title: str, result: dict) -> None:
    """A page whose headline no finder read still has a ``<title>`` or an ``<h1>``."""
    parts = title_parts(page_title) if page_title else []
    title = max(parts, key=len) if parts else B.text_of(root.find(".//h1"))
    if title:
        result["title"] = title
        result["flags"].append("title_fallback")


#: The official dateline of a document ("Hà Nội, ngày 05 tháng 03 năm 2024") on a line of its
#: own at the top of the text: the date an issuing unit signed, when the page prints no other.
_DATELINE_RE = re.compile(r"^[^\W\d][^\n,]{0,40},\s+(ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\s*$",
                          re.M)


def _dateline(result: dict) -> None:
    """The dateline of the lead or the first paragraphs, when no date was found by the profile."""
    head = "\n".join(p for p in ((result.get("lead") or ""), *(result.get("text") or "").split("\n\n")[:3]))
    if m := _DATELINE_RE.search(head):
        parsed = parse_dates(m.group(1))
        if parsed:
            _apply(result, "published", parsed[0], "dateline")


def _extract_profiled(root: Any, container: Any, url: str, hints: dict, result: dict) -> None:
    title_el = _first(root, hints.get("title"))
    result["title"] = B.text_of(title_el) or None
    lead_el = _first(root, hints.get("lead"))
    if lead_el is None and hints.get("lead_bold_first"):
        lead_el = B.bold_first_paragraph(container)
    if lead_el is not None:
        result["lead"] = " ".join(B.paragraphs(lead_el)) or None
        if lead_el is not container:
            lead_el.drop_tree()
    for selector in hints.get("prune") or ():
        for node in _css(selector)(container):
            if node is not container and node.getparent() is not None:
                node.drop_tree()
    if B.prune_related(container):
        result["flags"].append("related_box_in_body")
    B.prune_attachments(container)
    result["images"] = B.pop_images(container, url)
    # The family's convention, read as its pages were written: a bold right-aligned closing
    # line names the unit, even when it is one person's name (see body._signature).
    bold_right = bool(hints.get("unit_last_bold_right"))
    authors, unit, _ = B.pop_signature(container, bold_right=bold_right,
                                       name_as_unit=bold_right)
    if unit and not result.get("unit"):
        result["unit"] = unit
    if authors and not result.get("authors"):
        result["authors"] = authors
    result["text"] = "\n\n".join(B.paragraphs(container))


def _apply(result: dict, which: str, parsed: ParsedDate, fallback_label: str | None) -> None:
    label = parsed.label or fallback_label
    if parsed.value is None:
        result["flags"].append("date_invalid")  # raw text and label kept, never "repaired"
        if which == "published":
            result.setdefault("date_raw", parsed.raw.strip())
            result.setdefault("date_label", label)
        return
    if which == "published":
        result["published_at"] = parsed.value
        result["date_precision"] = parsed.precision
        result["date_raw"] = parsed.raw.strip()
        result["date_label"] = label
    else:
        result["updated_at"] = parsed.value
        result["updated_label"] = label


def _extract_dates(root: Any, hints: dict, result: dict) -> None:
    """Publication and update dates from the profile's date nodes, each with its label.

    A lone date is the publication date, whatever its label (HueCIT shows only "Ngày cập
    nhật"). With several, the first whose label is not an update label is the publication
    date and the first update-labelled other one the update date.
    """
    published_labels = tuple(hints.get("date_labels") or ())
    updated_labels = tuple(hints.get("updated_labels") or ())
    texts = []
    for key in ("date", "updated"):
        el = _first(root, hints.get(key))
        if el is not None:
            texts.append(B.text_of(el))
    found: list[ParsedDate] = []
    for text in dict.fromkeys(texts):  # the same node may serve both selectors
        found += parse_dates(text, published_labels + updated_labels)
    if not found:
        return
    update_set = set(updated_labels)
    published = found[0] if len(found) == 1 else next(
        (d for d in found if d.label not in update_set), found[0])
    _apply(result, "published", published, None)
    updated = next((d for d in found if d is not published and d.label in update_set), None)
    if updated is not None:
        _apply(result, "updated", updated, None)
