"""An element's text as a reader sees it: cleaned, split into paragraphs, with a caption's
credit, a lead's agency prefix and a source label split off.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

__all__ = [
    "clean", "text_of", "head_text", "unglue_credit", "split_credit", "split_agency_prefix",
    "strip_source_label", "links_share", "INLINE_TAGS", "paragraphs", "only_in",
]

#: A credit closes a caption: "… (Ảnh: Minh Châu)", "… Ảnh: VGP/Nhật Bắc". Capitalised and not
#: inside a word, so "Một số hình ảnh: đoàn công tác…" is a caption, not a credit.
_CREDIT_RE = re.compile(
    r"^(?P<caption>.*?)[\s.,;:–\-]*\(?\s*(?<!\w)(?P<credit>(?:Ảnh|ẢNH|Nguồn ảnh|Photo)\s*:\s*[^()]+?)"
    r"\s*\)?\s*$"
)
#: Agency prefixes that open a lead: "(Chinhphu.vn) -", "(QBĐT) –", or an all-caps acronym or
#: domain: "HNP -", "VGP -", "VOV.VN -". A capitalised word ("Trong – ngoài tỉnh") is not one.
_PREFIX_RE = re.compile(
    r"^\s*(?P<prefix>\([^()]{2,40}\)\s*[-–—]|[A-ZĐ][A-ZĐ0-9]{1,11}(?:\.[A-Z]{2,3})?\s*[-–—])\s+"
)
_SOURCE_RE = re.compile(r"^\s*(?:Nguồn(?:\s+tin)?|Theo)\s*:\s*", re.I)
_FILE_NAME_RE = re.compile(r"^\S+\.(?:jpe?g|png|gif|webp|bmp|tiff?)$", re.I)


def clean(text: str | None) -> str:
    """NFC text with each run of whitespace (and of the zero-width space and BOM, which
    ``str.split`` keeps) one space, trimmed."""
    if not text:
        return ""
    if "\u200b" in text or "\ufeff" in text:
        text = text.replace("\u200b", " ").replace("\ufeff", " ")
    return unicodedata.normalize("NFC", " ".join(text.split()))


def text_of(el: Any) -> str:
    return clean(el.text_content()) if el is not None else ""


def head_text(el: Any, size: int) -> tuple[str, bool]:
    """The opening of an element's text, cleaned, at least ``size`` characters of it when it
    has them, and whether that is the whole text: a test for a label ("Tin liên quan",
    "File đính kèm") reads no more than a label's length of a long box."""
    parts: list[str] = []
    seen = 0
    for piece in el.itertext():
        parts.append(piece)
        seen += len(piece)
        if seen > size:  # counted on the raw text, whose indentation cleaning removes
            text = clean("".join(parts))
            if len(text) > size:
                return text, False
            seen = len(text)
    return clean("".join(parts)), True


#: A credit glued to its caption by markup ("…các chủ thể</span><span>Ảnh: Văn Tài"): a
#: lower-case letter right before a capitalised "Ảnh:" is a missing space, not one word.
_GLUED_CREDIT_RE = re.compile(r"(\w)(?=(?:Ảnh|ẢNH|Nguồn ảnh|Photo)\s*:)")


def unglue_credit(text: str) -> str:
    """``text`` with a space before a credit glued to it ("…bể chứaẢnh: Văn Tài")."""
    return _GLUED_CREDIT_RE.sub(lambda m: m[1] + " " if m[1].islower() else m[1], text)


def split_credit(caption: str) -> tuple[str, str | None]:
    if len(caption) > 400:  # no caption is this long; the regex backtracks on hostile text
        return caption, None
    caption = unglue_credit(caption)
    m = _CREDIT_RE.match(caption)
    if not m or not m.group("credit"):
        return caption, None
    # A line that is only a credit ("Ảnh: Trung Kiên") has no caption.
    return m.group("caption").strip(" .,;:–-"), m.group("credit").strip()


def split_agency_prefix(text: str) -> tuple[str | None, str]:
    m = _PREFIX_RE.match(text)
    if not m:
        return None, text
    return clean(m.group("prefix")), text[m.end():].strip()


def strip_source_label(text: str) -> str:
    return _SOURCE_RE.sub("", text).strip()


def links_share(el: Any) -> float:
    """The share of an element's text that is link text."""
    total = len(text_of(el)) or 1
    linked = sum(len(text_of(a)) for a in el.iter("a"))
    return linked / total


def _attached(el: Any, container: Any) -> bool:
    return any(a is container for a in el.iterancestors())


INLINE_TAGS = {
    "a", "abbr", "b", "big", "cite", "code", "em", "font", "i", "ins", "kbd", "label", "mark",
    "q", "s", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "del",
    "nobr", "wbr",
}


_NOT_TEXT = frozenset({"script", "style", "noscript", "template", "select", "option", "button"})


def paragraphs(container: Any, own_only: bool = False) -> list[str]:
    """The body's paragraphs: one per block element, list item or ``<br>``-separated run;
    inline markup stays inside its paragraph and source line breaks are plain spaces. A data
    table gives one paragraph per row, cells joined by " | ". Lines that are only an image
    file name (SharePoint leaks them) are dropped. ``own_only``: only the lines the container
    prints itself (its text and inline children), not those of its block children."""
    out: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        text = clean("".join(buf))  # inline pieces join as written: "tỉnh</a>, Sở" has no space
        buf.clear()
        if text and not _FILE_NAME_RE.match(text):
            out.append(text)

    def walk(el: Any) -> None:
        tag = el.tag if isinstance(el.tag, str) else None
        if tag is None or tag in _NOT_TEXT:
            return
        if tag == "br":
            flush()
            return
        if own_only and el is not container:
            if tag in INLINE_TAGS:
                buf.append(el.text_content())  # read whole: its own <br>s are not the container's
            else:
                flush()  # a block child's lines are its own
            return
        if tag == "table":
            flush()
            for row in el.iter("tr"):
                cells = [text_of(c) for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]
                cells = [c for c in cells if c]
                if cells:
                    out.append(" | ".join(cells))
            return
        inline = tag in INLINE_TAGS
        if not inline:
            flush()
        if el.text:
            buf.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                buf.append(child.tail)
        if not inline:
            flush()

    walk(container)
    flush()
    return out


def only_in(el: Any, *tags: str) -> bool:
    """Whether all of ``el``'s text sits inside ``tags`` (a line set in bold, or in italics)."""
    text = text_of(el)
    return bool(text) and clean(" ".join(text_of(m) for m in el.iter(*tags))) == text
