"""Shared fixtures: the demo portal, one in-process crawl of it reused by spider tests, and a
short engine heartbeat for every crawl in the test process. Helpers: tests/helpers.py."""

from __future__ import annotations

import pytest
from scrapy.core.engine import ExecutionEngine

from crawler.demo import DemoPortal
from tests.helpers import DEMO_SOURCES, FAST_HEARTBEAT, CrawlResult, crawl_in_process


@pytest.fixture(scope="session", autouse=True)
def fast_engine_heartbeat():
    """Every crawl in the test process checks for idle work every 0.1 s instead of Scrapy's
    5 s, as in Scrapy's own suite. Session-scoped, so the session's shared crawls
    (``demo_crawl``) get it too.

    Crawls the tests start in a subprocess keep 5 s: measured on the crawl commands the tests
    run (issue #15), the heartbeat never delayed one (the engine is woken by each response and
    item), so passing a test-only add-on to every subprocess would buy nothing."""
    mp = pytest.MonkeyPatch()
    mp.setattr(ExecutionEngine, "_SLOT_HEARTBEAT_INTERVAL", FAST_HEARTBEAT)
    yield
    mp.undo()


@pytest.fixture(scope="session")
def demo_portal():
    with DemoPortal() as portal:
        yield portal


@pytest.fixture(scope="session")
def demo_crawl(tmp_path_factory, demo_portal) -> dict[str, CrawlResult]:
    archive = tmp_path_factory.mktemp("demo-crawl") / "archive"
    return crawl_in_process(archive, DEMO_SOURCES, demo_portal)
