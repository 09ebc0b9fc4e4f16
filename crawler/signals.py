"""Signals of the crawl's own (Scrapy's are in ``scrapy.signals``)."""

from __future__ import annotations

__all__ = ["rows_published"]

#: The store published buffered rows to the archive (``urls``: the pages they were read from).
rows_published = object()
