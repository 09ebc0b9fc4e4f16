"""Decoded page text to an lxml tree: C-chosen element classes, an unclosed ``<title>``
mended, scripts, style sheets and hidden labels dropped, truncation flagged.
"""

from __future__ import annotations

import re
from typing import Any

import lxml.html
from lxml import etree

_OPEN_TITLE_RE = re.compile(r"(<title[^>]*>[^<\n]*)", re.I)


#: Every element an ``lxml.html.HtmlElement`` (``text_content``, ``drop_tree``…), chosen in C.
#: ``lxml.html``'s own parser calls a Python method for each element the code touches, to
#: give form controls their classes, which nothing here uses: a tenth of the whole path's
#: time on a long page.
_ELEMENT_CLASSES = etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity)


def _html_parser() -> Any:
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True)
    parser.set_element_class_lookup(_ELEMENT_CLASSES)
    return parser


def _parse(html: str, flags: list[str]) -> Any:
    parser = _html_parser()
    root = lxml.html.document_fromstring(html, parser=parser)
    title = root.find(".//title")
    if title is not None and len(title.text or "") > 2000 and "</title" not in html.lower():
        # A <title> never closed swallows the whole page as its text (a truncated or
        # hand-broken template): closed at the end of its first line, the page is readable.
        flags.append("title_unclosed")
        parser = _html_parser()
        root = lxml.html.document_fromstring(_OPEN_TITLE_RE.sub(r"\1</title>", html, count=1),
                                             parser=parser)
    _without_code(root)
    for entry in parser.error_log:
        if "Excessive depth" in entry.message or "huge" in entry.message.lower():
            flags.append("nesting_truncated")  # libxml2 stops at depth 256: content was cut
            break
    if "</html>" not in html[-2000:].lower() and "</body>" not in html[-4000:].lower():
        flags.append("truncated_html")
    return root


def _without_code(root: Any) -> None:
    """The page without its scripts and style sheets (JSON-LD stays: it is data). No reader
    sees them, and every walk of the tree, trafilatura's too, would carry them: inline
    scripts are often half a page's bytes. Detection reads the raw bytes, not this tree."""
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            script.tag = "style"  # dropped with the style sheets, below
    # In C, tails kept where they are: moving a tail in Python re-validates its text, and a
    # control character in it (legacy pages carry them) would fail the whole page.
    etree.strip_elements(root, "style", with_tail=False)
    for el in _HIDDEN_STYLE(root):
        # A label no reader sees, such as SharePoint's field names over each rich-text field
        # ("Tóm tắt", "Nội dung Trang", "Chú thích ảnh"): a few words, no link, no image.
        # Hidden menus and boxes (links, longer text) stay for the page-kind judge.
        text = el.text_content()
        if len(text.split()) <= 4 and el.find(".//a") is None and el.find(".//img") is None \
                and _HIDDEN_RE.search(el.get("style") or ""):
            el.drop_tree()


_HIDDEN_STYLE = etree.XPath("//*[contains(@style, 'none')]")
_HIDDEN_RE = re.compile(r"display\s*:\s*none", re.I)
