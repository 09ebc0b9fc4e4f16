"""Article extraction: raw captured page -> record fields. No Scrapy import, picklable I/O.

Runs in worker processes (see ``pipelines/extract.py``) and again, offline, when an archive is
re-extracted from its captures. The profile's hints (body container, title and date nodes,
nodes to prune) find the article; trafilatura extracts pages no profile describes.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from typing import Any
from urllib.parse import urljoin

import lxml.html
from lxml import etree
from lxml.cssselect import CSSSelector
from crawler.extract.dates import ParsedDate, parse_date
from crawler.extract.encoding import decode_html

__all__ = ["EXTRACTOR_VERSION", "extract_page", "Status"]

logger = logging.getLogger(__name__)

#: Bump when extraction output changes for the same input (re-extraction compares it).
EXTRACTOR_VERSION = "1"


class Status:
    OK = "ok"
    SOFT_404 = "soft_404"
    NO_BODY = "no_body"
    UNDECODABLE = "undecodable"


_BLOCK_TAGS = {
    "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "td", "th",
    "section", "article", "dd", "dt", "figcaption", "header", "footer", "ul", "ol", "table",
    "tr", "tbody", "figure",
}
_WS_RE = re.compile(r"[\s\u00a0\u200b\ufeff]+")
_CREDIT_RE = re.compile(
    r"^(?P<caption>.*?)[\s.,;:–\-]*\(?\s*(?P<credit>(?:Ảnh|Nguồn ảnh)\s*:\s*[^()]+?)\s*\)?\s*$"
)
_RIGHT_RE = re.compile(r"text-align\s*:\s*right", re.I)
_CSS_CACHE: dict[str, CSSSelector] = {}


def _css(selector: str) -> CSSSelector:
    sel = _CSS_CACHE.get(selector)
    if sel is None:
        sel = _CSS_CACHE[selector] = CSSSelector(selector)
    return sel


def _clean(text: str | None) -> str:
    return unicodedata.normalize("NFC", _WS_RE.sub(" ", text or "")).strip()


def _text(el: Any) -> str:
    return _clean(el.text_content()) if el is not None else ""


def _first(root: Any, selector: str | None) -> Any:
    if not selector:
        return None
    found = _css(selector)(root)
    return found[0] if found else None


def _split_credit(caption: str) -> tuple[str, str | None]:
    m = _CREDIT_RE.match(caption)
    if not m or not m.group("credit"):
        return caption, None
    return m.group("caption").strip(" .,;:–-") or caption, m.group("credit").strip()


def _pop_images(container: Any, base_url: str) -> list[dict[str, str | None]]:
    """Collect photos with captions (figure/figcaption, one-cell caption tables); remove them."""
    images = []
    candidates = []
    for node in container.iter("figure", "table"):  # document order
        if node.tag == "figure":
            candidates.append((node, node.find(".//figcaption")))
            continue
        rows = node.findall(".//tr")
        cells = node.findall(".//td")
        if node.find(".//img") is not None and len(rows) <= 3 and len(cells) <= len(rows):
            caption_cells = [c for c in cells if c.find(".//img") is None]
            candidates.append((node, caption_cells[0] if caption_cells else None))
    for node, caption_el in candidates:
        img = node.find(".//img")
        if img is None or node.getparent() is None:
            continue
        caption, credit = _split_credit(_text(caption_el)) if caption_el is not None else ("", None)
        images.append({
            "src": urljoin(base_url, img.get("src", "")),
            "caption": caption or None,
            "credit": credit,
        })
        node.drop_tree()
    for img in list(container.iter("img")):  # photos without a caption
        images.append({"src": urljoin(base_url, img.get("src", "")), "caption": None, "credit": None})
        img.drop_tree()
    return images


def _is_bold_only(el: Any) -> bool:
    text = _text(el)
    if not text:
        return False
    bold = " ".join(_text(b) for b in el.iter("strong", "b"))
    return _clean(bold) == text


def _pop_unit(container: Any) -> str | None:
    """The issuing unit or author: a short, bold, right-aligned last paragraph."""
    blocks = [el for el in container.iter("p", "div") if _text(el)]
    if not blocks:
        return None
    last = blocks[-1]
    right = _RIGHT_RE.search(last.get("style", "")) or (last.get("align", "").lower() == "right")
    text = _text(last)
    if right and _is_bold_only(last) and len(text.split()) <= 15:
        last.drop_tree()
        return text
    return None


def _paragraphs(container: Any) -> list[str]:
    for br in container.iter("br"):
        br.tail = "\n" + (br.tail or "")
    out: list[str] = []

    def walk(el: Any) -> None:
        if not isinstance(el.tag, str):
            return
        has_block = any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in el)
        if el.tag in _BLOCK_TAGS and not has_block:
            for line in (el.text_content() or "").split("\n"):
                line = _clean(line)
                if line:
                    out.append(line)
            return
        if el.text and _clean(el.text):
            out.append(_clean(el.text))
        for child in el:
            walk(child)
            if child.tail and _clean(child.tail):
                out.append(_clean(child.tail))

    walk(container)
    return out


def _trafilatura(html: str, url: str) -> dict[str, Any]:
    import trafilatura

    # trafilatura's defaults, which score best on the generic benchmark (tests/test_extract.py).
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if doc is None:
        return {}
    return doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)


def extract_page(page: dict[str, Any]) -> dict[str, Any]:
    """Extract one captured page.

    ``page`` holds ``url``, ``body`` (bytes), ``content_type`` and ``hints`` (a profile's
    :meth:`~crawler.profiles.Profile.hints`). Returns record fields plus ``status``.
    """
    hints = page["hints"]
    url = page["url"]
    result: dict[str, Any] = {
        "status": Status.OK, "flags": [], "extractor_version": EXTRACTOR_VERSION,
        "profile": hints["profile"], "language": hints.get("language") or None,
        "authors": [], "images": [],
    }
    body = page.get("body") or b""
    if not body.strip():
        result["status"] = Status.NO_BODY
        result["flags"].append("empty_body")
        return result
    html, encoding, flags = decode_html(body, page.get("content_type"))
    result["encoding"] = encoding
    result["flags"].extend(flags)
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        result["status"] = Status.UNDECODABLE
        return result

    title_el = _first(root, hints.get("title"))
    container = _first(root, hints.get("body"))
    date_el = _first(root, hints.get("date"))
    crumbs = _css(hints["breadcrumb"])(root) if hints.get("breadcrumb") else []
    if crumbs:
        result["category"] = _text(crumbs[-1]) or None

    if container is None:
        if hints.get("body"):
            result["flags"].append("profile_body_missing")
        meta = _trafilatura(html, url)
        paragraphs = [p for p in (_clean(x) for x in (meta.get("text") or "").split("\n")) if p]
        result.update(
            title=_clean(meta.get("title")) or _text(title_el) or None,
            text="\n\n".join(paragraphs),
            lead=_clean(meta.get("description")) or None,
            category=result.get("category") or _first_of(meta.get("categories")),
        )
        if meta.get("author"):
            result["authors"] = [_clean(a) for a in meta["author"].split(";") if _clean(a)]
        if meta.get("date"):
            _apply_date(result, parse_date(meta["date"]), "metadata")
        result["flags"].append("extracted_by_trafilatura")
    else:
        for selector in hints.get("prune") or ():
            for node in _css(selector)(container):
                if node is not container:
                    node.drop_tree()
        result["images"] = _pop_images(container, url)
        result["unit"] = _pop_unit(container) if hints.get("unit_last_bold_right") else None
        lead_el = _first(container, hints.get("lead"))
        if lead_el is not None:
            block = lead_el if lead_el.tag == "p" else lead_el.getparent()
            result["lead"] = _text(block) or None
            block.drop_tree()
        result["title"] = _text(title_el) or None
        result["text"] = "\n\n".join(_paragraphs(container))

    if date_el is not None:
        labels = tuple(hints.get("date_labels") or ())
        _apply_date(result, parse_date(_text(date_el), labels), None)

    if _looks_soft_404(result, hints, _text(root.find(".//title"))):
        result["status"] = Status.SOFT_404
    elif not result.get("text"):
        result["status"] = Status.NO_BODY
    return result


def _first_of(value: Any) -> str | None:
    if isinstance(value, list | tuple):
        value = value[0] if value else None
    return _clean(value) or None


def _apply_date(result: dict[str, Any], parsed: ParsedDate | None, fallback_label: str | None) -> None:
    if parsed is None:
        return
    result["date_raw"] = parsed.raw
    result["date_label"] = parsed.label or fallback_label
    if parsed.value is None:
        result["flags"].append("date_invalid")  # raw text kept, never "repaired"
        return
    result["published_at"] = parsed.value
    result["date_precision"] = parsed.precision


def _looks_soft_404(result: dict[str, Any], hints: dict[str, Any], page_title: str) -> bool:
    """A "not found" page served with status 200: short, and saying so (PORTALS.md trap 6)."""
    phrases = [p.casefold() for p in hints.get("soft_404_phrases") or ()]
    if not phrases:
        return False
    # A title that *opens* with the phrase; an article may well mention "không tìm thấy" later.
    for title in (page_title, result.get("title")):
        if title and any(title.casefold().startswith(p) for p in phrases):
            return True
    text = result.get("text") or ""
    return len(text.split()) < 60 and any(p in text.casefold() for p in phrases)
