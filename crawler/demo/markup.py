"""Markup both demo sites share: the order of lead, paragraphs, photos and the unit line."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from crawler.demo.corpus import DemoArticle, DemoImage

__all__ = ["article_body"]


def article_body(a: DemoArticle, *, lead: str, paragraph: str,
                 image: Callable[[DemoArticle, DemoImage], str]) -> str:
    """The body container's inner HTML.

    ``lead`` and ``paragraph`` are format strings with one ``{}`` for the escaped text. Photos
    follow the first and third paragraphs; the unit closes the body as a bold right-aligned line.
    """
    blocks = [lead.format(escape(a.lead))]
    for i, para in enumerate(a.paragraphs):
        blocks.append(paragraph.format(escape(para)))
        if i in (0, 2) and len(a.images) > i // 2:
            blocks.append(image(a, a.images[i // 2]))
    if a.unit:
        blocks.append(f'<p style="text-align: right;"><strong>{escape(a.unit)}</strong></p>')
    return "".join(blocks)
