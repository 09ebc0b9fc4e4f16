"""Request fingerprints on the canonical URL, so URL variants of one page are fetched once."""

from __future__ import annotations

from typing import TYPE_CHECKING, Self
from weakref import WeakKeyDictionary

from scrapy import Request
from scrapy.utils.request import fingerprint

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

__all__ = ["CanonicalFingerprinter"]


class CanonicalFingerprinter:
    """Fingerprint = Scrapy's default fingerprint of the request with its URL canonicalised by the
    running spider's profile (parameter order, session and tracking noise). Redirect targets are
    canonicalised too, since the URL is read from each request, not from meta."""

    def __init__(self, crawler: Crawler | None = None) -> None:
        self.crawler = crawler
        self._cache: WeakKeyDictionary[Request, bytes] = WeakKeyDictionary()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def fingerprint(self, request: Request) -> bytes:
        cached = self._cache.get(request)
        if cached is None:
            spider = getattr(self.crawler, "spider", None)
            profile = getattr(spider, "profile", None)
            if profile is not None and request.url.startswith(("http://", "https://")):
                request_for_fp = request.replace(url=profile.canonicalize(request.url))
            else:
                request_for_fp = request
            cached = self._cache[request] = fingerprint(request_for_fp)
        return cached
