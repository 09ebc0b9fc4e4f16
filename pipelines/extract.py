"""ExtractPipeline: turns a ``PageCapture`` into article fields in worker processes.

Extraction is CPU-bound (lxml, trafilatura); running it on the reactor thread would stall
downloads, so it runs in a process pool and the pipeline awaits the result.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from scrapy.exceptions import DropItem, NotConfigured

from crawler.extract import Status, extract_page
from crawler.items import ArticleItem, PageCapture

__all__ = ["ExtractPipeline", "ExtractConfig"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExtractConfig:
    workers: int
    timeout: float

    @classmethod
    def from_settings(cls, settings) -> ExtractConfig:
        workers = settings.get("EXTRACT_WORKERS")
        workers = (os.cpu_count() or 1) if workers in (None, "") else int(workers)
        timeout = settings.getfloat("EXTRACT_TIMEOUT", 60.0)
        if workers < 0:
            raise NotConfigured("EXTRACT_WORKERS must be >= 0")
        if timeout <= 0:
            raise NotConfigured("EXTRACT_TIMEOUT must be > 0")
        return cls(workers, timeout)


class ExtractPipeline:
    def __init__(self, crawler, config: ExtractConfig) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.config = config
        self._pool: ProcessPoolExecutor | None = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, ExtractConfig.from_settings(crawler.settings))

    def _new_pool(self) -> ProcessPoolExecutor:
        # forkserver/spawn: never fork a process that runs the Twisted reactor and its threads.
        methods = multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        return ProcessPoolExecutor(max_workers=self.config.workers, mp_context=ctx)

    def open_spider(self, spider=None) -> None:
        if self.config.workers > 0:
            self._pool = self._new_pool()

    def close_spider(self, spider=None) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    async def _run(self, page: dict) -> dict:
        if self._pool is None:
            return extract_page(page)
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(self._pool, extract_page, page)
        return await asyncio.wait_for(future, timeout=self.config.timeout)

    async def process_item(self, item, spider=None):
        if not isinstance(item, PageCapture):
            return item
        page = {
            "url": item["url"],
            "body": item["body"],
            "content_type": item.get("content_type"),
            "hints": item["hints"],
        }
        try:
            fields = await self._run(page)
        except TimeoutError:
            self.stats.inc_value("extract/errors/timeout")
            raise DropItem(f"extract_timeout: {item['url']}") from None
        except BrokenProcessPool:
            self.stats.inc_value("extract/errors/worker_died")
            self._pool = self._new_pool()
            raise DropItem(f"extract_worker_died: {item['url']}") from None
        except Exception as exc:  # one bad page must never stop the crawl
            self.stats.inc_value(f"extract/errors/{type(exc).__name__}")
            logger.exception("extraction failed for %s", item["url"])
            raise DropItem(f"extract_error: {item['url']}: {exc!r}") from None
        status = fields.pop("status")
        self.stats.inc_value(f"extract/status/{status}")
        if status != Status.OK:
            # Not an article after all (soft 404, empty or undecodable page): counted, logged.
            self.stats.inc_value(f"dropped/{status}")
            raise DropItem(f"{status}: {item['url']}")
        article = ArticleItem()
        for key in ("source", "run_id", "url", "canonical_url", "http_status", "fetched_at"):
            article[key] = item[key]
        for key, value in fields.items():
            article[key] = value
        if item.get("redirect_urls"):
            article["flags"] = [*article.get("flags", []), "redirected"]
        return article
