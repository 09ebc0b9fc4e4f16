"""ConditionalRequestsMiddleware: every request for an archived article asks "only if changed".

It runs on every request the downloader sees, redirect targets included, so an article
reached through an old address still answers 304 when it has not changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Self

if TYPE_CHECKING:
    from scrapy import Request, Spider
    from scrapy.crawler import Crawler

__all__ = ["ConditionalRequestsMiddleware"]


class ConditionalRequestsMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        spider = spider or self.crawler.spider
        headers = getattr(spider, "conditional_headers", None)
        if headers is None or request.method != "GET":
            return None
        for name, value in headers(request.url).items():
            request.headers.setdefault(name, value)
        return None
