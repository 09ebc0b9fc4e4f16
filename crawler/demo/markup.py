"""Markup both demo sites share: the order of lead, paragraphs, photos and the unit line."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from crawler.demo.corpus import DemoArticle, DemoImage

__all__ = ["article_body"]


def article_body(a: DemoArticle, *, lead: str, paragraph: str,
                 image: Callable[[DemoArticle, DemoImage], str], unit_line: bool = True) -> str:
    """The body container's inner HTML.

    ``lead`` and ``paragraph`` are format strings with one ``{}`` for the escaped text. Photo k
    follows paragraph 2k (or the last); the unit closes the body as a bold right-aligned line.
    """
    blocks = [lead.format(escape(a.lead))]
    last = len(a.paragraphs) - 1
    after = [min(2 * k, last) for k in range(len(a.images))]  # photo k follows paragraph 2k
    for i, para in enumerate(a.paragraphs):
        blocks.append(paragraph.format(escape(para)))
        blocks.extend(image(a, img) for img, pos in zip(a.images, after, strict=True) if pos == i)
    if a.unit and unit_line:
        blocks.append(f'<p style="text-align: right;"><strong>{escape(a.unit)}</strong></p>')
    return "".join(blocks)
