"""Markup both demo sites share: the order of lead, paragraphs, photos and the unit line."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from html import escape

from crawler.demo.corpus import DemoArticle, DemoImage

__all__ = ["MutableCorpus", "article_body"]


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


class MutableCorpus:
    """What a portal does to its articles between two crawls, for tests of versions and
    removals: ``edit`` one (the page changes), ``remove`` one (the page answers 404)."""

    articles: tuple[DemoArticle, ...]

    def _index(self) -> None:  # each site rebuilds its lookup tables
        raise NotImplementedError

    def last_modified(self, a: DemoArticle):
        """What the page's Last-Modified header says: its dates, or the time of an edit."""
        stamp = a.updated or a.published
        edited = self.__dict__.get("_edited", {}).get(a.id)
        return max(stamp, edited) if edited else stamp

    def edit(self, article_id: int, **changes) -> DemoArticle:
        from datetime import UTC, datetime

        old = next(a for a in self.articles if a.id == article_id)
        new = dataclasses.replace(old, **changes)
        self.__dict__.setdefault("_edited", {})[article_id] = datetime.now(UTC)
        self.articles = tuple(new if a.id == article_id else a for a in self.articles)
        self._index()
        return new

    def remove(self, article_id: int, status: int = 404) -> DemoArticle:
        """Take an article down: its URL answers ``status`` (404, 410), or with ``status=200``
        the site's own "not found" page (a soft 404, as most portals do)."""
        gone = next(a for a in self.articles if a.id == article_id)
        self.articles = tuple(a for a in self.articles if a.id != article_id)
        self._index()
        if status != 200:
            path, _, query = self.article_path(gone).partition("?")
            self.gone[gone_key(path, query)] = status
        return gone

    @property
    def gone(self) -> dict[tuple, int]:
        if "_gone" not in self.__dict__:
            self._gone: dict[tuple, int] = {}
        return self._gone


def gone_key(path: str, query: str) -> tuple:
    """A URL's identity for removals: case-folded path, parameters in any order."""
    from urllib.parse import parse_qsl

    return path.lower(), tuple(sorted((k.lower(), v) for k, v in parse_qsl(query)))
