"""Article extraction: raw captured page -> record fields. No Scrapy import, picklable I/O.

Runs in worker processes (``pipelines/extract.py``), in ``portal-archive extract`` on saved
pages, and, later, offline when an archive is re-extracted from its captures. A profile's hints
(body container, title/date/lead/author/source nodes, nodes to prune) find the article on a
known CMS; pages no profile describes (the generic family, or a container that is missing)
go to trafilatura.
"""

from __future__ import annotations

import logging
import re
from typing import Any

import lxml.html
from lxml import etree
from lxml.cssselect import CSSSelector

from crawler.extract import body as B
from crawler.extract.dates import ParsedDate, parse_dates
from crawler.extract.encoding import decode_html

__all__ = ["EXTRACTOR_VERSION", "extract_page", "Status"]

logger = logging.getLogger(__name__)

#: Bump when extraction output changes for the same input (re-extraction compares it).
EXTRACTOR_VERSION = "3"
#: Above this many elements a page is not an article page; parsing it is what hangs workers.
MAX_ELEMENTS = 60_000


_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>")


class Status:
    OK = "ok"
    SOFT_404 = "soft_404"
    NO_BODY = "no_body"
    UNDECODABLE = "undecodable"
    BINARY = "binary"
    TOO_LARGE = "too_large"


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


def _parse(html: str, flags: list[str]) -> Any:
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True)
    root = lxml.html.document_fromstring(html, parser=parser)
    for entry in parser.error_log:
        if "Excessive depth" in entry.message or "huge" in entry.message.lower():
            flags.append("nesting_truncated")  # libxml2 stops at depth 256: content was cut
            break
    if "</html>" not in html[-2000:].lower() and "</body>" not in html[-4000:].lower():
        flags.append("truncated_html")
    return root


def extract_page(page: dict[str, Any]) -> dict[str, Any]:
    """Extract one captured page.

    ``page`` holds ``url``, ``body`` (bytes), ``content_type`` and ``hints`` (a profile's
    :meth:`~crawler.profiles.Profile.hints`). Returns record fields plus ``status``.
    """
    try:
        return _extract_page(page)
    except MemoryError:
        # lxml's errors carry their error log, which cannot be pickled back to the crawl.
        raise MemoryError(f"out of memory extracting {page.get('url')}") from None
    except etree.LxmlError as exc:
        # libxml2 reports a failed allocation as a parse or XPath error ("unknown error").
        if "memory" in str(exc).lower() or _near_memory_limit():
            raise MemoryError(f"out of memory extracting {page.get('url')}") from None
        raise RuntimeError(f"{type(exc).__name__}: {exc}") from None


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
    # lxml refuses a decoded string that still declares an encoding (<?xml … encoding=…?>).
    html = _XML_DECL_RE.sub("", html, count=1)
    result["encoding"] = encoding
    flags.extend(decode_flags)
    try:
        root = _parse(html, flags)
    except (etree.ParserError, ValueError):
        result["status"] = Status.UNDECODABLE
        return result
    if sum(1 for _ in root.iter()) > MAX_ELEMENTS:
        result["status"] = Status.TOO_LARGE
        return result

    lang = root.get("lang") or ""
    if not result["language"] and lang[:2].isalpha():
        # The profile's language wins: templates keep lang="en" on Vietnamese pages.
        result["language"] = lang[:2].lower()
    crumbs = _css(hints["breadcrumb"])(root) if hints.get("breadcrumb") else []
    if len(crumbs) > 1 or (crumbs and "cate" in (crumbs[0].getparent().get("class") or "")):
        # A breadcrumb with only the home link names no section.
        result["category"] = B.text_of(crumbs[-1]) or None
    _extract_dates(root, hints, result)
    author_el = _first(root, hints.get("author"))
    if author_el is not None:
        result["authors"] = [a.strip() for a in B.text_of(author_el).split(",") if a.strip()]
    source_el = _first(root, hints.get("source"))
    if source_el is not None:
        result["unit"] = B.strip_source_label(B.text_of(source_el)) or None

    container = _first(root, hints.get("body"))
    if container is None and hints.get("body") and not hints.get("fallback_generic"):
        # A profiled family's page without its article container is not an article page.
        result["flags"].append("profile_body_missing")
        result["title"] = B.text_of(_first(root, hints.get("title"))) or None
        result["status"] = Status.NO_BODY
        if _looks_soft_404(result, hints, B.text_of(root.find(".//title"))):
            result["status"] = Status.SOFT_404
        return result
    if container is None:
        _extract_generic(html, url, hints, result)
    else:
        _extract_profiled(root, container, url, hints, result)

    lead = result.get("lead")
    prefix, rest = B.split_agency_prefix(lead) if lead else (None, lead)
    if prefix:
        result["agency_prefix"], result["lead"] = prefix, rest or None

    if _looks_soft_404(result, hints, B.text_of(root.find(".//title"))):
        result["status"] = Status.SOFT_404
    elif not result.get("text"):
        result["status"] = Status.NO_BODY
    elif container is not None and (
        not result.get("title") or not (result.get("published_at") or result.get("date_raw"))
    ):
        if not (result.get("published_at") or result.get("date_raw")):
            _dateline(result)
        _metadata_fallback(root, url, result)
    return result


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
    result["images"] = B.pop_images(container, url)
    unit = B.pop_unit(container, bold_right=bool(hints.get("unit_last_bold_right")))
    if unit and not result.get("unit"):
        result["unit"] = unit
    result["text"] = "\n\n".join(B.paragraphs(container))


def _metadata_fallback(root: Any, url: str, result: dict) -> None:
    """trafilatura's metadata for what the profile's nodes did not give (a template that moved
    its title or date). Only then: on these portals it mistakes link boxes for titles. The date
    comes from structured markup only (meta tags, JSON-LD, <time>), never from text, where
    related lists carry other articles' dates."""
    from htmldate import find_date
    from trafilatura.metadata import extract_metadata

    used = False
    if not result.get("title"):
        meta = extract_metadata(root, default_url=url)
        if meta is not None and meta.title:
            result["title"], used = B.clean(meta.title), True
    if not (result.get("published_at") or result.get("date_raw")):
        found = find_date(root, extensive_search=False, original_date=True,
                          outputformat="%Y-%m-%dT%H:%M:%S%z")
        parsed = parse_dates(found) if found else []
        if parsed and parsed[0].value is not None:
            _apply(result, "published", parsed[0], "metadata")
            used = True
    if used:
        result["flags"].append("metadata_fallback")


def _extract_generic(html: str, url: str, hints: dict, result: dict) -> None:
    import trafilatura

    if hints.get("body"):
        result["flags"].append("profile_body_missing")
    # trafilatura's defaults: they score best on the generic benchmark (tests/test_extract.py).
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    meta = (doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)) if doc is not None else {}
    result["title"] = B.clean(meta.get("title")) or None
    result["text"] = "\n\n".join(p for p in (B.clean(x) for x in (meta.get("text") or "").split("\n")) if p)
    result["lead"] = None
    if not result.get("category"):
        result["category"] = _first_of(meta.get("categories"))
    if meta.get("author") and not result["authors"]:
        result["authors"] = [B.clean(a) for a in meta["author"].split(";") if B.clean(a)]
    if meta.get("date") and not result.get("published_at") and "date_invalid" not in result["flags"]:
        found = parse_dates(meta["date"])
        if found:
            _apply(result, "published", found[0], "metadata")
    result["flags"].append("extracted_by_trafilatura")


def _first_of(value: Any) -> str | None:
    if isinstance(value, list | tuple):
        value = value[0] if value else None
    return B.clean(value) or None


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


def _looks_soft_404(result: dict[str, Any], hints: dict[str, Any], page_title: str) -> bool:
    """A "not found" page served with status 200: short, and saying so (PORTALS.md trap 6)."""
    phrases = [p.casefold() for p in hints.get("soft_404_phrases") or ()]
    if not phrases or result.get("published_at") or result.get("date_raw"):
        return False  # an article with a date that happens to say "không tìm thấy"
    # A title that *opens* with the phrase; an article may well mention "không tìm thấy" later.
    for title in (page_title, result.get("title")):
        if title and any(title.casefold().startswith(p) for p in phrases):
            return True
    text = result.get("text") or ""
    return len(text.split()) < 60 and any(p in text.casefold() for p in phrases)
