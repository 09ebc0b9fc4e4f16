"""ValidatePipeline: rejects article items that cannot be archived as articles."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, NoReturn, Self

from scrapy.exceptions import DropItem

from crawler.extract.quality import quality_flags, refusal
from crawler.items import ArticleItem

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

__all__ = ["ValidatePipeline"]

logger = logging.getLogger(__name__)


class ValidatePipeline:
    def __init__(self, stats: StatsCollector) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler.stats)

    def _drop(self, reason: str, item: ArticleItem) -> NoReturn:
        self.stats.inc_value(f"dropped/{reason}")
        raise DropItem(f"{reason}: {item.get('url')}")

    def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        if not isinstance(item, ArticleItem):
            return item
        if reason := refusal(item):
            self._drop(reason, item)
        flags = quality_flags(item)
        for flag in flags:
            self.stats.inc_value(f"validate/{flag}")
        if flags:
            item["flags"] = [*item.get("flags", []), *flags]
        return item
