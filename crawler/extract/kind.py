"""What a page is — an article, a listing, or another kind — judged from the page itself.

The family's URL rules are a prior, never a gate: a page is an article when it reads as one
(a headline over a body of running text, a date near the headline), a listing when its main
block is a run of links to other pages interleaved with their summaries, and one of the other
kinds by what it holds (a password field, search results, a form, a directory of phone
numbers, an information page named as such and carrying no date).
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["PageKind", "count_words", "judge", "page_signals"]


class PageKind:
    ARTICLE = "article"
    LISTING = "listing"
    STATIC = "static"
    CONTACT = "contact"
    SEARCH = "search"
    LOGIN = "login"
    FORM = "form"
    SITEMAP = "sitemap"
    SOFT_404 = "soft_404"
    ATTACHMENT = "attachment"
    EMPTY = "empty"
    ALL = ("article", "listing", "static", "contact", "search", "login", "form", "sitemap",
           "soft_404", "attachment", "empty")


_STATIC_TITLE_RE = re.compile(
    r"^(?:giới thiệu|giới thiệu chung|chức năng|nhiệm vụ|chức năng,? nhiệm vụ|lịch sử|"
    r"quá trình hình thành|cơ cấu tổ chức|sơ đồ tổ chức|tổ chức bộ máy|lãnh đạo|ban lãnh đạo|"
    r"lãnh đạo (?:sở|ubnd|huyện|xã|bộ|cục)|các phòng|đơn vị trực thuộc|hướng dẫn|quy chế|"
    r"điều khoản|chính sách|tổng quan|thông tin chung|vị trí địa lý|điều kiện tự nhiên|"
    r"about(?: us)?|introduction|history|organi[sz]ation)\b",
    re.I,
)
_CONTACT_TITLE_RE = re.compile(r"^(?:liên hệ|thông tin liên hệ|danh bạ|danh bạ điện thoại|"
                               r"danh bạ thư điện tử|địa chỉ liên hệ|contact)\b", re.I)
_SITEMAP_TITLE_RE = re.compile(r"^(?:sơ đồ (?:cổng|website|web|trang|site)|sitemap|site map)", re.I)
_SEARCH_RE = re.compile(r"kết quả tìm kiếm|tìm thấy \d+ kết quả|search results|"
                        r"không có kết quả (?:nào )?(?:phù hợp|tìm kiếm)", re.I)
_SEARCH_PARAM_RE = re.compile(r"[?&](?:q|s|keyword|keywords|tukhoa|tu-khoa|search|searchtext|"
                              r"query|k|kw)=", re.I)
_PHONE_RE = re.compile(r"(?<!\d)(?:\(?0\d{1,3}\)?[\s.\-]?)\d{3}[\s.\-]?\d{3,4}(?!\d)")
_ATTACHMENT_RE = re.compile(r"attachment|wp-att|/attachment/", re.I)


_WORD_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]"
                      r"|[^\s\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]+")


def count_words(text: str) -> int:
    """Words, counting each CJK character as one (those scripts put no space between words)."""
    return len(_WORD_RE.findall(text))


def page_signals(root: Any) -> dict[str, Any]:
    """Cheap facts read from the untouched page tree, before extraction alters it."""
    password = bool(root.xpath("//input[translate(@type,'PASSWORD','password')='password']"))
    textareas = len(root.xpath("//textarea"))
    inputs = len(root.xpath("//input[not(@type='hidden')] | //select"))
    body_class = " ".join(root.xpath("//body/@class"))
    return {"password": password, "textareas": textareas, "inputs": inputs,
            "attachment": bool(_ATTACHMENT_RE.search(body_class))}


def judge(result: dict[str, Any], signals: dict[str, Any], url: str,
          url_kind: str | None = None) -> tuple[str, str]:
    """``(kind, reason)`` for an extracted page. ``url_kind`` is the family's URL rule."""
    title = result.get("title") or ""
    text = result.get("text") or ""
    lead = result.get("lead") or ""
    words = count_words(text) + count_words(lead)
    dated = bool(result.get("published_at") or result.get("date_raw"))
    link_lines = result.get("_link_lines", 0)
    heading = result.get("_page_heading") or title
    prior = "container" if result.get("_profile_container") else url_kind
    if signals.get("attachment"):
        return PageKind.ATTACHMENT, "attachment page markup"
    if signals.get("password") and words < 200:
        return PageKind.LOGIN, "password field"
    if _SEARCH_RE.search(heading) or (_SEARCH_PARAM_RE.search(url) and prior != "container"):
        return PageKind.SEARCH, "search results"
    listing = result.get("_listing") or {}
    items = listing.get("item_links", 0)
    segment = listing.get("segment")
    if segment is not None and segment < 60 and prior != "container" and words < 250 and (
            items >= 3 or link_lines >= 3):
        return PageKind.LISTING, (f"links to other pages after the headline, none followed by "
                                  f"running text (longest stretch {segment} words)")
    # The prior: the profile found its article container, or the URL has an article's shape.
    if words < {"container": 1, "article": 10}.get(prior, 25):
        return PageKind.EMPTY, "too little body text"
    if signals.get("textareas") and words < 150 and signals.get("inputs", 0) >= 2:
        return PageKind.FORM, "form with little text"
    if not dated:
        if _SITEMAP_TITLE_RE.search(title):
            return PageKind.SITEMAP, "sitemap title"
        if _CONTACT_TITLE_RE.search(title) or len(_PHONE_RE.findall(text)) >= 4 and words < 400:
            return PageKind.CONTACT, "contact title or phone directory"
        if _STATIC_TITLE_RE.search(title):
            return PageKind.STATIC, "information page title, no date"
        if prior in ("container", "article"):
            return PageKind.ARTICLE, f"body text, no date ({prior} prior)"
        if words >= 80:
            return PageKind.ARTICLE, "body text, no date"
        return PageKind.STATIC, "short text without a date"
    if not title:
        return PageKind.ARTICLE, "dated body text (no headline found)"
    return PageKind.ARTICLE, "headline, date and body"
