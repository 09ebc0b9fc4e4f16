"""Redirect loops, over-long chains and redirects to other schemes end with a reason
(HOSTILE.md N6, N7)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Self
from urllib.parse import urljoin, urlsplit

from w3lib.url import safe_url_string

from crawler.faults import Refused, record

if TYPE_CHECKING:
    from scrapy import Request, Spider
    from scrapy.crawler import Crawler
    from scrapy.http import Response

__all__ = ["RedirectPolicyMiddleware"]


class RedirectPolicyMiddleware:
    """Give redirect loops, over-long chains and non-http targets a reason (N6, N7).

    Runs before Scrapy's RedirectMiddleware sees the response (a higher order number).
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.max_hops = crawler.settings.getint("REDIRECT_MAX_TIMES", 10)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def _canonical(self, url: str) -> str:
        profile = getattr(getattr(self.crawler, "spider", None), "profile", None)
        return profile.canonicalize(url) if profile is not None else url

    def process_response(self, request: Request, response: Response,
                         spider: Spider | None = None) -> Response:
        location = response.headers.get("Location")
        if response.status not in (301, 302, 303, 307, 308) or not location:
            return response
        if request.meta.get("dont_redirect"):
            return response
        target = urljoin(request.url, safe_url_string(location))
        if urlsplit(target).scheme not in ("http", "https"):
            record(self.crawler, "not_http", request.url, f"redirect to {target[:200]}")
            raise Refused("not_http", f"redirect to {target[:200]}")
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if self._canonical(target) in {self._canonical(u) for u in chain}:
            detail = f"{len(chain)} hop(s) back to {target}"
            record(self.crawler, "redirect_loop", chain[0], detail)
            raise Refused("redirect_loop", detail)
        if len(chain) > self.max_hops:
            detail = f"more than {self.max_hops} redirects"
            record(self.crawler, "redirect_limit", chain[0], detail)
            raise Refused("redirect_limit", detail)
        return response
