"""Run crawls of one or more sources in this process (Scrapy's reactor runs once per process)."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawler.sources import Source

__all__ = ["RunResult", "project_settings", "run_crawls"]

logger = logging.getLogger(__name__)


@dataclass
class RunResult:
    source: str
    run_id: str
    finish_reason: str
    stats: dict[str, Any]

    @property
    def ok(self) -> bool:
        return self.finish_reason == "finished" and not self.stats.get("archive/write_errors")


def project_settings(archive: Path | str, config: Path | str | None = None,
                     overrides: dict[str, Any] | None = None) -> Settings:
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    if os.environ.get("PORTAL_ARCHIVE_BATCH_ROWS"):  # small parts, for crash tests
        settings.set("ARCHIVE_BATCH_ROWS", int(os.environ["PORTAL_ARCHIVE_BATCH_ROWS"]),
                     priority="project")
    settings.set("ARCHIVE_PATH", str(archive), priority="cmdline")
    if config:
        settings.set("PORTAL_SOURCES_FILE", str(config), priority="cmdline")
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    return settings


def run_crawls(
    sources: list[Source],
    *,
    archive: Path | str,
    config: Path | str | None = None,
    max_pages: int | None = None,
    overrides: dict[str, Any] | None = None,
    demo_portal: Any = None,
) -> list[RunResult]:
    """Crawl ``sources`` concurrently into ``archive``; blocks until all have finished.

    Demo sources are served by ``demo_portal`` if given (a running ``DemoPortal``, e.g. one
    grown to thousands of articles), else by a portal started for this call."""
    from contextlib import ExitStack

    from archive.locks import SourceBusy, source_lock
    from crawler.demo import DemoPortal
    from crawler.spiders.portal import PortalSpider

    settings = project_settings(archive, config, overrides)
    locks = ExitStack()
    busy: list[RunResult] = []
    free = []
    for source in sources:
        try:
            locks.enter_context(source_lock(archive, source.name))
            free.append(source)
        except SourceBusy as exc:
            logger.warning("skipped: %s", exc)
            busy.append(RunResult(source.name, "", "source_busy", {}))
    sources = free
    if not sources:
        locks.close()
        return busy
    process = CrawlerProcess(settings)
    own_demo = demo_portal is None and any(s.is_demo for s in sources)
    grown = settings.getint("PORTAL_DEMO_ARTICLES", 0) or None
    demo = DemoPortal(articles=grown).start() if own_demo else demo_portal
    crawlers = []
    try:
        for source in sources:
            crawler = process.create_crawler(PortalSpider)
            kwargs: dict[str, Any] = {"source": source.name}
            if config:
                kwargs["config"] = str(config)
            if demo is not None and source.is_demo:
                kwargs["base_url"] = demo.url(source.demo_site)
            if max_pages:
                kwargs["max_pages"] = max_pages
            process.crawl(crawler, **kwargs)
            crawlers.append((source, crawler))
        process.start()
    finally:
        if own_demo:
            demo.stop()
        locks.close()
    results = []
    for source, crawler in crawlers:
        stats = crawler.stats.get_stats() if crawler.stats else {}
        run_id = getattr(crawler.spider, "run_id", "")
        results.append(RunResult(source.name, run_id, stats.get("finish_reason", "unknown"), stats))
    return busy + results
