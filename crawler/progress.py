"""Progress of a long crawl: a live line on a terminal, periodic log lines otherwise."""

from __future__ import annotations

import logging
import sys
from datetime import datetime
from typing import TYPE_CHECKING, Self

from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task

from crawler.config import project

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler

__all__ = ["ProgressExtension"]

logger = logging.getLogger(__name__)


class ProgressExtension:
    def __init__(self, crawler: Crawler, interval: float, live: bool) -> None:
        self.crawler = crawler
        self.interval = interval
        self.live = live
        self._loop: task.LoopingCall | None = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        settings = project(crawler.settings)
        if not settings.getbool("PORTAL_PROGRESS"):
            raise NotConfigured("PORTAL_PROGRESS is off")
        live = sys.stderr.isatty()
        interval = 1.0 if live else settings.getfloat("PORTAL_PROGRESS_INTERVAL")
        if interval <= 0:
            raise NotConfigured("PORTAL_PROGRESS_INTERVAL must be > 0")
        return cls(crawler, interval, live)

    def line(self) -> str:
        stats = self.crawler.stats
        get = stats.get_value
        errors = sum(v for k, v in stats.get_stats().items()
                     if k.startswith(("portal/errors/", "extract/errors/")) and isinstance(v, int))
        source = getattr(getattr(self.crawler.spider, "source", None), "name", "?")
        return (f"{source}: {get('downloader/response_count', 0)} pages, "
                f"{get('archive/articles_new', 0)} new / {get('archive/articles_changed', 0)} "
                f"changed / {get('archive/articles_unchanged', 0)} unchanged articles, "
                f"{get('portal/traps_refused', 0)} traps refused, {errors} errors")

    def report(self) -> None:
        if self.live:
            sys.stderr.write("\r" + self.line()[:160].ljust(100))
            sys.stderr.flush()
        else:
            # Straight to stderr: shown whatever LOG_LEVEL is (cron mail, journald, a log file).
            sys.stderr.write(f"{datetime.now():%Y-%m-%d %H:%M:%S} [progress] {self.line()}\n")
            sys.stderr.flush()

    def spider_opened(self, spider: Spider) -> None:
        self._loop = task.LoopingCall(self.report)
        self._loop.start(self.interval, now=False)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self._loop is not None and self._loop.running:
            self._loop.stop()
        if self.live:
            sys.stderr.write("\r" + self.line()[:160].ljust(100) + "\n")
