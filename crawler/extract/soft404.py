"""A "not found" page served with status 200: its message, and the hints a profile gives."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from lxml import etree

from crawler.extract import body as B

#: A system message saying the page is gone, as portals word it in a heading or a short box.
_NOT_FOUND_RE = re.compile(
    r"^(?:rất tiếc[,!.]?\s*)?(?:không tìm thấy|(?:trang|bài viết|tin bài|tin|tài nguyên|nội dung"
    r"|văn bản|đường dẫn|liên kết|page)\b.{0,50}?(?:không tồn tại|không còn tồn tại"
    r"|không (?:được )?tìm thấy|đã bị (?:xóa|xoá|gỡ)|not found|does not exist))|^(?:404|page not found)\b",
    re.I)


#: Words without which no element can say "not found", as plain substrings of lowered text:
#: one substring test per text node (a case-blind regex over every node costs 5 ms a page).
_NOT_FOUND_HINTS = ("tìm thấy", "tồn tại", "not found", "does not exist", "đã bị xóa", "đã bị xoá",
                    "đã bị gỡ")


def _says_not_found(root: Any) -> bool:
    """A heading, or a short block outside links, that says the page is not there."""
    if not _hinted(root.text_content()):
        return False  # most pages: one C-level join and a few substring tests
    seen: set[Any] = set()
    for piece in _HINTED_TEXT(root):  # only elements around a text saying it: no full scan
        if not _hinted(piece):
            continue
        owner = piece.getparent()
        if owner is not None and piece.is_tail:
            owner = owner.getparent()
        for el in ([owner, *owner.iterancestors()][:4] if owner is not None else ()):
            if el in seen or el.tag not in _MESSAGE_TAGS:
                continue
            seen.add(el)
            text = B.text_of(el)
            if not text or len(text.split()) > 25 or el.find(".//div") is not None:
                continue
            if any(a.tag == "a" for a in el.iterancestors()) or el.find(".//a") is not None:
                continue
            if text == "404" and el.tag not in ("h1", "h2", "h3"):
                continue  # a number alone is a counter's value ("Đang truy cập: 404") unless a heading
            if _NOT_FOUND_RE.match(text):
                return True
    return False


_HINTED_TEXT = etree.XPath("//text()[not(parent::script or parent::style)]")
_MESSAGE_TAGS = frozenset({"h1", "h2", "h3", "h4", "p", "div", "span", "td", "strong", "b"})


def _hinted(text: str) -> bool:
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    low = text.lower()
    return any(h in low for h in _NOT_FOUND_HINTS) or _has_404(low)


def _has_404(text: str) -> bool:
    """"404" alone, not inside 14045 or 4.040 (a regex with look-behind is slow on whole pages)."""
    i = text.find("404")
    while i != -1:
        before, after = text[i - 1:i] or " ", text[i + 3:i + 4] or " "
        if not (before.isdigit() or before in ".,") and not (after.isdigit() or after in ".,"):
            return True
        i = text.find("404", i + 3)
    return False


def _looks_soft_404(result: dict[str, Any], hints: dict[str, Any], page_title: str) -> bool:
    """A "not found" page served with status 200: short, and saying so (PORTALS.md trap 6)."""
    if result.get("_not_found") and len((result.get("text") or "").split()) < 400 \
            and not result.get("_profile_container"):
        return True
    phrases = [p.casefold() for p in hints.get("soft_404_phrases") or ()]
    if not phrases or result.get("published_at") or result.get("date_raw"):
        return False  # an article with a date that happens to say "không tìm thấy"
    # A title that *opens* with the phrase; an article may well mention "không tìm thấy" later.
    for title in (page_title, result.get("title")):
        if title and any(title.casefold().startswith(p) for p in phrases):
            return True
    text = result.get("text") or ""
    return len(text.split()) < 60 and any(p in text.casefold() for p in phrases)
