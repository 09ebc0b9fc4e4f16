"""Cleaning the article body container: chrome inside it, photos and captions, the unit line.

Every function takes the container element (a private copy of the page tree) and removes what
it consumed, so the paragraphs left at the end are the article body and nothing else.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any
from urllib.parse import urljoin

__all__ = [
    "clean", "text_of", "prune_related", "pop_images", "pop_unit", "paragraphs",
    "split_credit", "split_agency_prefix", "strip_source_label",
]

_WS_RE = re.compile(r"[\s\u00a0\u200b\ufeff]+")
_CREDIT_RE = re.compile(
    r"^(?P<caption>.*?)[\s.,;:–\-]*\(?\s*(?P<credit>(?:Ảnh|Nguồn ảnh|Photo)\s*:\s*[^()]+?)\s*\)?\s*$",
    re.I,
)
#: Agency prefixes that open a lead: "(Chinhphu.vn) -", "HNP -", "(QBĐT) –", "VOV.VN -", "VGP -".
_PREFIX_RE = re.compile(
    r"^\s*(?P<prefix>\([^()]{2,40}\)\s*[-–—]|[A-ZĐ][A-ZĐa-z0-9.]{1,14}(?:\.[A-Za-z]{2,3})?\s*[-–—])\s+"
)
_SOURCE_RE = re.compile(r"^\s*(?:Nguồn(?:\s+tin)?|Theo)\s*:\s*", re.I)
_FILE_NAME_RE = re.compile(r"^\S+\.(?:jpe?g|png|gif|webp|bmp|tiff?)$", re.I)
_AUTO_ALT_RE = re.compile(r"\s-\sẢnh\s\d+\.?$")
_RIGHT_RE = re.compile(r"text-align\s*:\s*right", re.I)
_RELATED_LABELS = ("tin liên quan", "bài liên quan", "xem thêm", "tin cùng chủ đề", "các tin khác",
                   "đọc thêm", "tin khác")
_BLOCK_TAGS = {
    "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "td", "th",
    "section", "article", "dd", "dt", "figcaption", "header", "footer", "ul", "ol", "table",
    "tr", "tbody", "figure", "aside",
}


def clean(text: str | None) -> str:
    return unicodedata.normalize("NFC", _WS_RE.sub(" ", text or "")).strip()


def text_of(el: Any) -> str:
    return clean(el.text_content()) if el is not None else ""


def split_credit(caption: str) -> tuple[str, str | None]:
    m = _CREDIT_RE.match(caption)
    if not m or not m.group("credit"):
        return caption, None
    return m.group("caption").strip(" .,;:–-") or caption, m.group("credit").strip()


def split_agency_prefix(text: str) -> tuple[str | None, str]:
    m = _PREFIX_RE.match(text)
    if not m:
        return None, text
    return clean(m.group("prefix")), text[m.end():].strip()


def strip_source_label(text: str) -> str:
    return _SOURCE_RE.sub("", text).strip()


def _links_share(el: Any) -> float:
    total = len(text_of(el)) or 1
    linked = sum(len(text_of(a)) for a in el.iter("a"))
    return linked / total


def prune_related(container: Any) -> int:
    """Drop related-news boxes inside the body: a block opening with "Tin liên quan" (or the
    like) whose text is mostly links. Returns how many were dropped."""
    dropped = 0
    for el in list(container.iter("div", "table", "ul", "section", "aside", "p")):
        if el is container or el.getparent() is None:
            continue
        head = text_of(el)[:40].casefold()
        if head.startswith(_RELATED_LABELS) and el.find(".//a") is not None \
                and _links_share(el) >= 0.5:
            el.drop_tree()
            dropped += 1
    return dropped


def _image_entry(img: Any, caption_text: str, base_url: str) -> dict[str, str | None]:
    caption, credit = split_credit(caption_text) if caption_text else ("", None)
    if caption and _AUTO_ALT_RE.search(caption):
        caption = ""  # "<title> - Ảnh 1." is generated alt text, not a caption
    return {"src": urljoin(base_url, img.get("src", "")), "caption": caption or None,
            "credit": credit}


def _is_italic_only(el: Any) -> bool:
    text = text_of(el)
    if not text:
        return False
    italic = clean(" ".join(text_of(i) for i in el.iter("em", "i")))
    return italic == text


def _block_of(img: Any, container: Any) -> Any:
    node = img
    while node.getparent() is not None and node.getparent() is not container \
            and node.getparent().tag not in ("figure", "td"):
        node = node.getparent()
    return node


def pop_images(container: Any, base_url: str) -> list[dict[str, str | None]]:
    """Photos with captions, in body order: ``<figure>``/``<figcaption>``, one-cell caption
    tables, and an image followed by an italic caption paragraph. Removes what it takes."""
    images = []
    for img in list(container.iter("img")):
        if img.getparent() is None or not _attached(img, container):
            continue
        figure = next((a for a in img.iterancestors() if a.tag == "figure"), None)
        if figure is not None and _within(figure, container):
            cap = figure.find(".//figcaption")
            images.append(_image_entry(img, text_of(cap) if cap is not None else "", base_url))
            figure.drop_tree()
            continue
        table = next((a for a in img.iterancestors() if a.tag == "table"), None)
        if table is not None and _within(table, container) and _is_caption_table(table):
            cells = [c for c in table.iter("td", "th") if c.find(".//img") is None]
            images.append(_image_entry(img, text_of(cells[0]) if cells else "", base_url))
            table.drop_tree()
            continue
        block = _block_of(img, container)
        following = block.getnext() if block is not img else None
        caption = ""
        if following is not None and following.tag in ("p", "div") and _is_italic_only(following) \
                and len(text_of(following).split()) <= 40:
            caption = text_of(following)
            following.drop_tree()
        images.append(_image_entry(img, caption, base_url))
        if block is not img and not text_of(block):
            block.drop_tree()
        else:
            img.drop_tree()
    return images


def _attached(el: Any, container: Any) -> bool:
    return any(a is container for a in el.iterancestors())


def _within(el: Any, container: Any) -> bool:
    return el is not container and _attached(el, container)


def _is_caption_table(table: Any) -> bool:
    rows = table.findall(".//tr")
    cells = table.findall(".//td") + table.findall(".//th")
    return 0 < len(rows) <= 3 and len(cells) <= len(rows) and len(table.findall(".//img")) == 1


def _is_bold_only(el: Any) -> bool:
    text = text_of(el)
    if not text:
        return False
    bold = clean(" ".join(text_of(b) for b in el.iter("strong", "b")))
    return bold == text


def pop_unit(container: Any, *, bold_right: bool) -> str | None:
    """The issuing unit: a last paragraph "Nguồn: …", or (when the family signs that way) a
    short, bold, right-aligned last paragraph."""
    blocks = [el for el in container.iter("p", "div") if text_of(el) and el is not container]
    if not blocks:
        return None
    last = blocks[-1]
    text = text_of(last)
    if _SOURCE_RE.match(text) and len(text.split()) <= 20:
        last.drop_tree()
        return strip_source_label(text) or None
    right = _RIGHT_RE.search(last.get("style", "")) or last.get("align", "").lower() == "right"
    if bold_right and right and _is_bold_only(last) and len(text.split()) <= 15:
        last.drop_tree()
        return text
    return None


def paragraphs(container: Any) -> list[str]:
    """Text blocks left in the container, one per paragraph; file-name-only lines dropped."""
    for br in container.iter("br"):
        br.tail = "\n" + (br.tail or "")
    out: list[str] = []

    def add(raw: str) -> None:
        for line in raw.split("\n"):
            line = clean(line)
            if line and not _FILE_NAME_RE.match(line):
                out.append(line)

    def walk(el: Any) -> None:
        if not isinstance(el.tag, str):
            return
        has_block = any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in el)
        if el.tag in _BLOCK_TAGS and not has_block:
            add(el.text_content() or "")
            return
        if el.text:
            add(el.text)
        for child in el:
            walk(child)
            if child.tail:
                add(child.tail)

    walk(container)
    return out
