"""ValidatePipeline: rejects article items that cannot be archived as articles."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, NoReturn, Self

from scrapy.exceptions import DropItem

from crawler.extract.kind import count_words
from crawler.items import ArticleItem

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

__all__ = ["ValidatePipeline"]

logger = logging.getLogger(__name__)

#: Fewer words than this is a stub or chrome-only page, not an article.
MIN_WORDS = 15


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
        text = item.get("text") or ""
        # Words as a reader counts them: a CJK character is a word (no spaces between them).
        if count_words(text) < MIN_WORDS:
            self._drop("too_short", item)
        if not item.get("title"):
            # Kept: the page read as an article (its kind was judged from the body) and had
            # neither a headline, <title> nor <h1>; losing its text would be worse.
            item["flags"] = [*item.get("flags", []), "no_title"]
            self.stats.inc_value("validate/no_title")
        if item.get("published_at") is None:
            # Kept: a missing date is a quality flag, not a reason to lose the article.
            item["flags"] = [*item.get("flags", []), "no_date"]
            self.stats.inc_value("validate/no_date")
        return item
