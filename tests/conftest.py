"""Shared fixtures: the demo portal, and one in-process crawl of it reused by spider tests."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import pytest_twisted

from crawler.demo import DemoPortal

DEMO_SOURCES = ["demo-huecit", "demo-liferay", "demo-sharepoint", "demo-dotnetnuke", "demo-vccorp"]
#: The public extraction benchmark beside the checkout (../shared/data/aeb) or where
#: PORTAL_ARCHIVE_AEB points.
AEB_DIR = Path(os.environ.get("PORTAL_ARCHIVE_AEB")
               or Path(__file__).resolve().parents[1].parent / "shared" / "data" / "aeb")


@pytest.fixture(scope="session")
def demo_portal():
    with DemoPortal() as portal:
        yield portal


@dataclass
class CrawlResult:
    source: str
    archive: Path
    items: list[Any] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    responses: list[tuple[int, str]] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)
    run_id: str = ""


def crawl_in_process(archive: Path, sources: list[str], demo_portal: DemoPortal,
                     spider_args: dict[str, Any] | None = None,
                     **overrides: Any) -> dict[str, CrawlResult]:
    """Crawl demo sources with the real spider and pipelines on the test reactor."""
    from scrapy import signals
    from scrapy.crawler import CrawlerRunner
    from twisted.internet import defer

    from crawler.runner import project_settings
    from crawler.spiders.portal import PortalSpider

    settings = project_settings(archive, overrides={"EXTRACT_WORKERS": 2, "LOG_LEVEL": "WARNING",
                                                    **overrides})
    runner = CrawlerRunner(settings)
    results: dict[str, CrawlResult] = {}
    deferreds = []
    for name in sources:
        result = results[name] = CrawlResult(name, archive)
        crawler = runner.create_crawler(PortalSpider)
        crawler.signals.connect(lambda item, _r=result, **kw: _r.items.append(item),
                                signal=signals.item_scraped, weak=False)
        crawler.signals.connect(lambda response, _r=result, **kw:
                                _r.responses.append((response.status, response.url)),
                                signal=signals.response_received, weak=False)
        crawler.signals.connect(lambda item, exception, _r=result, **kw:
                                _r.dropped.append(str(exception)),
                                signal=signals.item_dropped, weak=False)
        site = (spider_args or {}).get("site") or name.removeprefix("demo-")
        kwargs = {k: v for k, v in (spider_args or {}).items() if k != "site"}
        deferreds.append(crawler.crawl(source=name, base_url=demo_portal.url(site), **kwargs))
        result._crawler = crawler  # type: ignore[attr-defined]
    pytest_twisted.blockon(defer.DeferredList(deferreds, fireOnOneErrback=True))
    for result in results.values():
        crawler = result._crawler  # type: ignore[attr-defined]
        result.stats = crawler.stats.get_stats()
        result.run_id = crawler.spider.run_id
    return results


@pytest.fixture(scope="session")
def demo_crawl(tmp_path_factory, demo_portal) -> dict[str, CrawlResult]:
    archive = tmp_path_factory.mktemp("demo-crawl") / "archive"
    return crawl_in_process(archive, DEMO_SOURCES, demo_portal)
