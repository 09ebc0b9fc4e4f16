"""The address guard asks the source what it may reach, not "is this the demo" (issue #15):
a ``demo:`` source is loaded with ``allow_private = true`` (its own origin, on loopback)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import pytest_twisted

from crawler.faults import Refused
from crawler.net.address_guard import AddressGuardMiddleware
from crawler.sources import load_sources

LOCAL = "http://127.0.0.1:8123"


def _sources(tmp_path, allow: str) -> dict:
    config = tmp_path / "sources.toml"
    config.write_text(
        '[[source]]\nname = "demo-local"\nfamily = "huecit"\nbase_url = "demo:huecit"\n'
        f"{allow}"
        '[[source]]\nname = "plain"\nfamily = "huecit"\nbase_url = "https://so.gov.vn"\n', "utf-8")
    return load_sources(config)


@pytest.mark.parametrize("allow", ["", "allow_private = false\n", 'allow_private = ["10.0.0.0/8"]\n'])
def test_a_demo_source_is_loaded_allowing_its_own_origin(tmp_path, allow):
    sources = _sources(tmp_path, allow)
    assert sources["demo-local"].allow_private is True
    assert sources["plain"].allow_private is False


def test_every_packaged_demo_source_allows_its_own_origin():
    demos = [s for s in load_sources().values() if s.base_url.startswith("demo:")]
    assert demos and all(s.allow_private is True for s in demos)


async def _verdict(source) -> str:
    from scrapy import Request
    from scrapy.utils.test import get_crawler

    crawler = get_crawler()
    guard = AddressGuardMiddleware.from_crawler(crawler)
    spider = SimpleNamespace(base_url=LOCAL, source=source)
    guard.spider_opened(spider)
    try:
        await guard.process_request(Request(f"{LOCAL}/tin/a-1.html"))
        return "allowed"
    except Refused as exc:
        return exc.reason
    finally:
        guard.spider_closed(spider)


@pytest_twisted.ensureDeferred
async def test_the_guard_reads_allow_private_only(tmp_path):
    sources = _sources(tmp_path, "allow_private = false\n")
    assert await _verdict(sources["demo-local"]) == "allowed"
    assert await _verdict(sources["plain"]) == "ssrf_blocked"
    # Being the demo is no longer a pass of its own: only what the source allows counts.
    assert await _verdict(SimpleNamespace(is_demo=True, allow_private=False)) == "ssrf_blocked"
