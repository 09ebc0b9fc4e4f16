"""The stock-Scrapy baseline of ``bench/hostile.py``: Scrapy's own default settings and a minimal
spider, run in a subprocess so its memory and shutdown time can be measured.

    .venv/bin/python bench/stock_spider.py OUT.json --timeout 60 --scope /n1/ START_URL...

The spider follows every ``<a href>`` of an HTML page and every ``<loc>``/``<link>`` of an XML
file whose host is a start URL's host and whose path starts with a ``--scope`` prefix (``/$``:
exactly ``/``; every hostile page links the home page, the scope keeps a crawl to its case), and yields
``{url, status, bytes}`` for every HTML response: what a stock spider would store. Links are
read with a regular expression, not a parsed DOM, so the baseline's own cost is Scrapy's
(download, decompression, decoding), not lxml's on a gigabyte page. Settings: none but
``CLOSESPIDER_TIMEOUT`` (so traps end) and a log file. Stats and items go to OUT.json.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from urllib.parse import urljoin, urlsplit

sys.path[0] = str(Path(__file__).resolve().parents[1])

import scrapy  # noqa: E402
from scrapy.crawler import CrawlerProcess  # noqa: E402
from scrapy.http import HtmlResponse, TextResponse, XmlResponse  # noqa: E402

_HREF = re.compile(rb"""<a\s[^>]*?href\s*=\s*["']([^"']*)["']""", re.I)


def _netloc(url: str) -> tuple[str | None, int | None]:
    parts = urlsplit(url)
    try:
        return parts.hostname, parts.port
    except ValueError:
        return None, None


class StockSpider(scrapy.Spider):
    name = "stock"

    def __init__(self, start: list[str], scope: list[str], items: list[dict], **kw) -> None:
        super().__init__(**kw)
        self.start_urls = start
        self.scope = tuple(scope)
        self.hosts = {_netloc(u) for u in start}
        self.items = items

    def _follow(self, url: str) -> bool:
        parts = urlsplit(url)
        path = parts.path + ("?" + parts.query if parts.query else "")
        return (parts.scheme in ("http", "https") and _netloc(url) in self.hosts
                and any(path == s[:-1] if s.endswith("$") else path.startswith(s) for s in self.scope))

    def parse(self, response):
        if isinstance(response, HtmlResponse):
            item = {"url": response.url, "status": response.status, "bytes": len(response.body)}
            self.items.append(item)
            yield item
            hrefs = [h.decode(response.encoding, "replace") for h in _HREF.findall(response.body)]
        elif isinstance(response, XmlResponse):
            hrefs = response.xpath("//*[local-name()='loc' or local-name()='link']/text()").getall()
        elif isinstance(response, TextResponse):
            hrefs = [h.decode(response.encoding, "replace") for h in _HREF.findall(response.body)]
        else:
            return
        for href in hrefs:
            url = urljoin(response.url, href.strip())
            if self._follow(url):
                yield scrapy.Request(url)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("start", nargs="+")
    parser.add_argument("--scope", action="append", default=[])
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--log-file")
    args = parser.parse_args()
    settings = {"CLOSESPIDER_TIMEOUT": args.timeout}
    if args.log_file:
        settings["LOG_FILE"] = args.log_file
    items: list[dict] = []
    process = CrawlerProcess(settings=settings)
    crawler = process.create_crawler(StockSpider)
    process.crawl(crawler, start=args.start, scope=args.scope or ["/"], items=items)
    process.start()
    stats = {k: v if isinstance(v, int | float | str) else str(v)
             for k, v in crawler.stats.get_stats().items()}
    Path(args.out).write_text(json.dumps({"stats": stats, "items": items}), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
