"""ExtractPipeline: turns a ``PageCapture`` into article fields in worker processes.

Extraction is CPU-bound (lxml, trafilatura): on the reactor thread it would stall downloads.
It runs in a pool of worker processes that can be killed: each page has a wall-clock limit
(``EXTRACT_TIMEOUT``) after which its worker is terminated and replaced, and each worker a
memory limit (``EXTRACT_MEMORY_MB``). A page that hits either is dropped with a counted
reason and the crawl goes on (HOSTILE.md S4).
"""

from __future__ import annotations

import asyncio
import logging
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Self

from pebble import ProcessExpired, ProcessPool
from scrapy.exceptions import DropItem, NotConfigured

from crawler.config import project
from crawler.extract import Status, extract_page
from crawler.items import ArticleItem, PageCapture, RemovalNotice
from crawler.profiles import UrlKind
from crawler.urls import canonical_from_link
from crawler.workers import PoolConfig, SharedPools, WorkerError, in_worker, limit_worker_memory

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler
    from scrapy.settings import BaseSettings

__all__ = ["ExtractPipeline", "ExtractConfig", "WorkerError", "limit_worker_memory"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExtractConfig(PoolConfig):
    @classmethod
    def from_settings(cls, settings: BaseSettings) -> ExtractConfig:
        ours = project(settings)
        workers = ours.get("EXTRACT_WORKERS")
        workers = (os.cpu_count() or 1) if workers in (None, "") else int(workers)
        timeout = ours.getfloat("EXTRACT_TIMEOUT")
        memory_mb = ours.getint("EXTRACT_MEMORY_MB")
        if workers < 0:
            raise NotConfigured("EXTRACT_WORKERS must be >= 0")
        if timeout <= 0:
            raise NotConfigured("EXTRACT_TIMEOUT must be > 0")
        if memory_mb < 0:
            raise NotConfigured("EXTRACT_MEMORY_MB must be >= 0")
        return cls(workers, timeout, memory_mb)


class ExtractPipeline:
    #: What a worker runs on each page: a module-level function (workers import it by name).
    extract = staticmethod(extract_page)

    def __init__(self, crawler: Crawler, config: ExtractConfig) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.config = config
        self._pool: ProcessPool | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler, ExtractConfig.from_settings(crawler.settings))

    def open_spider(self, spider: Spider | None = None) -> None:
        if self.config.workers > 0:
            self._pool = SharedPools.acquire(self.config)

    def close_spider(self, spider: Spider | None = None) -> None:
        if self._pool is not None:
            SharedPools.release(self.config)
            self._pool = None

    async def _run(self, page: dict) -> dict:
        if self._pool is None:
            return self.extract(page)
        future = self._pool.schedule(in_worker, args=(self.extract, page),
                                     timeout=self.config.timeout)
        return await asyncio.wrap_future(future)

    def _drop(self, reason: str, url: str, detail: str = "") -> DropItem:
        self.stats.inc_value(f"extract/errors/{reason}")
        self.stats.inc_value(f"dropped/{reason}")
        logger.warning("extraction failed [%s] %s %s", reason, url, detail)
        return DropItem(f"{reason}: {url}")

    def _canonical_from_link(self, url: str, declared: str | None) -> str | None:
        """The article URL the page names in ``<link rel="canonical">`` (``declared``, as the
        extraction read it), when the source's profile accepts it
        (``crawler.urls.canonical_from_link``, the rule ``reextract`` and ``ingest`` apply too)."""
        profile = getattr(self.crawler.spider, "profile", None)
        return None if profile is None else canonical_from_link(url, declared, profile)

    async def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        if not isinstance(item, PageCapture):
            return item
        url = item["url"]
        page = {"url": url, "body": item["body"], "content_type": item.get("content_type"),
                "hints": item["hints"], "url_kind": item.get("url_kind"),
                "headers": item.get("headers")}
        try:
            fields = await self._run(page)
        except TimeoutError:
            raise self._drop("extract_timeout", url, f"(> {self.config.timeout:g} s)") from None
        except MemoryError:
            raise self._drop("extract_memory", url, f"(> {self.config.memory_mb} MB)") from None
        except ProcessExpired as exc:
            raise self._drop("extract_worker_died", url, f"(exit code {exc.exitcode})") from None
        except Exception as exc:  # one bad page must never stop the crawl
            detail = str(exc) if isinstance(exc, WorkerError) else repr(exc)
            raise self._drop("extract_error", url, detail) from None
        status = fields.pop("status")
        kind = fields.pop("page_kind", None)
        kind_reason = fields.pop("kind_reason", None)
        declared = fields.pop("link_canonical", None)
        self.stats.inc_value(f"extract/status/{status}")
        if status not in (Status.OK, Status.NOT_ARTICLE) and item.get("url_kind") == UrlKind.ARTICLE:
            # An article link whose page gave no article (soft 404, empty, unreadable): the run
            # row's article_requests_failed. Pages fetched as listings are judged, not failed.
            self.stats.inc_value(f"extract/article_failed/{status}")
        if kind:
            self.stats.inc_value(f"pages/kind/{kind}")
        for flag in fields.get("flags", ()):
            self.stats.inc_value(f"extract/flags/{flag}")
        if status == Status.SOFT_404:
            # A removal if the archive knows this article; the store pipeline decides.
            return RemovalNotice(
                source=item["source"], reason="soft_404", run_id=item["run_id"], url=url,
                canonical_url=item["canonical_url"], http_status=item["http_status"],
                fetched_at=item["fetched_at"], warc_pointer=item.get("warc_pointer"),
            )
        if status == Status.NOT_ARTICLE:
            # Judged from the page: a listing, an information page, a form… Its capture is in
            # the WARC; it is counted by kind (pages/kind/*) and not archived as a row.
            self.stats.inc_value("dropped/not_article")
            logger.debug("not an article [%s: %s] %s", kind, kind_reason, url)
            raise DropItem(f"not_article: {kind}: {url}")
        if status != Status.OK:
            # Not an article after all (empty, binary, undecodable…): counted, logged.
            self.stats.inc_value(f"dropped/{status}")
            raise DropItem(f"{status}: {url}")
        return self._article(item, fields, declared)

    def _article(self, item: PageCapture, fields: dict, declared: str | None) -> ArticleItem:
        """The archive row (``archive.rows.build_row``, as ``reextract`` and ``ingest`` build
        theirs) of an article page: what extraction read, the capture it read it from, and
        what the crawl knew of it (the redirect it followed, the listing that led to it)."""
        # Imported here, not with the module: each worker imports this module for
        # ``in_worker``, and the archive package (pyarrow, DuckDB) would not even load
        # under a worker's memory cap (EXTRACT_MEMORY_MB).
        from archive.rows import Capture, build_row

        url = item["url"]
        redirected = ("redirected",) if item.get("redirect_urls") else ()
        capture = Capture(
            url=url, status=item["http_status"], fetched_at=item["fetched_at"],
            etag=item.get("http_etag"), last_modified=item.get("http_last_modified"),
            pointer=item.get("warc_pointer"),
            flags=(*redirected, *(item.get("capture_flags") or ())),
        )
        return ArticleItem(build_row(
            fields, capture, source=item["source"], canonical_url=item["canonical_url"],
            run_id=item["run_id"], extracted_at=datetime.now(UTC),
            linked_canonical=self._canonical_from_link(url, declared),
            listing_category=item.get("listing_category"),
        ))
