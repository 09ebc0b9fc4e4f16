"""Markup both demo sites share: the order of lead, paragraphs, photos and the unit line."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from html import escape
from typing import TYPE_CHECKING, Any

from crawler.demo.corpus import DemoArticle, DemoImage

if TYPE_CHECKING:
    from datetime import datetime

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
    """What a portal does to its articles between two crawls, for tests of incremental
    crawls, versions and removals: ``add`` one (published now), ``edit`` one (the page
    changes), ``remove`` one (the page answers 404); ``grow`` the site to a realistic size."""

    articles: tuple[DemoArticle, ...]
    #: the path (and query) of an article's page on the site
    article_path: Callable[[DemoArticle], str]

    def _index(self) -> None:  # each site rebuilds its lookup tables
        raise NotImplementedError

    def last_modified(self, a: DemoArticle) -> datetime:
        """What the page's Last-Modified header says: its dates, or the time of an edit."""
        stamp = a.updated or a.published
        edited = self.__dict__.get("_edited", {}).get(a.id)
        return max(stamp, edited) if edited else stamp

    def grow(self, count: int) -> None:
        """Add ``count`` generated older articles (see ``synthetic_articles``)."""
        from crawler.demo.corpus import synthetic_articles

        site = self.articles[0].site
        have = sum(1 for a in self.articles if a.id >= _synthetic_first(site))
        self._store(self.articles + synthetic_articles(site, count, start=have))

    def add(self, **changes: Any) -> DemoArticle:
        """Publish a new article now (on top of listings and feeds): a copy of the newest
        article with a fresh id and slug, then ``changes``."""
        from datetime import datetime

        from crawler.demo.corpus import VN

        newest = self.articles[0]
        fresh = max(a.id for a in self.articles) + 1
        now = datetime.now(VN).replace(second=0, microsecond=0)
        fields = {"id": fresh, "slug": f"{newest.slug}-moi-{fresh}",
                  "title": f"{newest.title} (tin mới {fresh})", "published": now,
                  "time_known": True, "updated": None, "republishes": None}
        article = dataclasses.replace(newest, **{**fields, **changes})
        self._store(self.articles + (article,))
        return article

    def _store(self, articles: Iterable[DemoArticle]) -> None:
        self.articles = tuple(sorted(articles, key=lambda a: (a.published, a.id), reverse=True))
        self._index()

    def edit(self, article_id: int, **changes: Any) -> DemoArticle:
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


def _synthetic_first(site: str) -> int:
    from crawler.demo.corpus import _SYNTHETIC_FIRST_ID

    return _SYNTHETIC_FIRST_ID[site]


#: Parameters that only say where to go back to (Liferay's ``redirect``, on every link of an
#: asset list): a removed article answers the same whatever page its link came from.
_RETURN_PARAMS = frozenset({"redirect"})


def gone_key(path: str, query: str) -> tuple:
    """A URL's identity for removals: case-folded path, parameters in any order, without the
    return-to parameters."""
    from urllib.parse import parse_qsl

    return path.lower(), tuple(sorted((k.lower(), v) for k, v in parse_qsl(query)
                                      if k.lower() not in _RETURN_PARAMS))
