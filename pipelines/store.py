"""StorePipeline: writes article rows in batches to the Parquet archive, and the run row.

A row is written only for a version the archive does not hold yet, so re-crawling an
unchanged article adds nothing (counted as ``archive/articles_unchanged``).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
from scrapy import signals
from scrapy.exceptions import NotConfigured

from archive.reader import Archive
from archive.schema import ARTICLE_SCHEMA, RUN_SCHEMA
from archive.writer import PartWriter, publish_table, sweep_staging
from crawler.items import ArticleItem

__all__ = ["StorePipeline", "StoreConfig"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class StoreConfig:
    path: Path
    batch_rows: int

    @classmethod
    def from_settings(cls, settings) -> StoreConfig:
        path = settings.get("ARCHIVE_PATH")
        if not path:
            raise NotConfigured("ARCHIVE_PATH is not set")
        batch = settings.getint("ARCHIVE_BATCH_ROWS", 5000)
        if batch < 1:
            raise NotConfigured("ARCHIVE_BATCH_ROWS must be >= 1")
        return cls(Path(path), batch)


class StorePipeline:
    def __init__(self, crawler, config: StoreConfig) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.config = config
        self.writer: PartWriter | None = None
        self.known: set[str] = set()
        self.started_at = datetime.now(UTC)
        crawler.signals.connect(self._spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, StoreConfig.from_settings(crawler.settings))

    def open_spider(self, spider=None) -> None:
        spider = spider or self.crawler.spider
        self.source = spider.source.name
        self.run_id = spider.run_id
        self.config.path.mkdir(parents=True, exist_ok=True)
        sweep_staging(self.config.path)
        with Archive(self.config.path) as archive:
            self.known = archive.known_versions(self.source)
        self.writer = PartWriter(
            self.config.path, "articles", schema=ARTICLE_SCHEMA,
            partition={"source": self.source}, batch_rows=self.config.batch_rows,
        )

    def process_item(self, item, spider=None):
        if not isinstance(item, ArticleItem):
            return item
        if item["version_id"] in self.known:
            self.stats.inc_value("archive/articles_unchanged")
            return item
        row = {name: item.get(name) for name in ARTICLE_SCHEMA.names}
        self.writer.add(row)
        self.known.add(item["version_id"])
        self.stats.inc_value("archive/articles_new")
        if self.writer.pending == 0:
            self.stats.set_value("archive/rows_written", self.writer.rows_written)
        return item

    def close_spider(self, spider=None) -> None:
        if self.writer is not None:
            self.writer.close()
            self.stats.set_value("archive/rows_written", self.writer.rows_written)
            self.stats.set_value("archive/parts_published", len(self.writer.parts))

    def _spider_closed(self, spider, reason: str) -> None:
        # After close_spider, so the run row carries the final counts.
        stats = self.stats.get_stats()
        get = stats.get

        def total(prefix: str) -> int:
            return sum(v for k, v in stats.items() if k.startswith(prefix) and isinstance(v, int))

        row = {
            "run_id": self.run_id,
            "source": self.source,
            "started_at": get("start_time") or self.started_at,
            "finished_at": datetime.now(UTC),
            "finish_reason": reason,
            "requests": get("downloader/request_count", 0),
            "responses": get("downloader/response_count", 0),
            "articles_new": get("archive/articles_new", 0),
            "articles_unchanged": get("archive/articles_unchanged", 0),
            "items_dropped": get("item_dropped_count", 0),
            "traps_refused": get("portal/traps_refused", 0),
            "errors": total("portal/errors/") + total("extract/errors/"),
            "stats_json": json.dumps(stats, default=str, sort_keys=True),
        }
        try:
            publish_table(self.config.path, "runs", pa.Table.from_pylist([row], schema=RUN_SCHEMA),
                          prefix="run")
        except OSError:
            logger.exception("could not record run %s", self.run_id)
