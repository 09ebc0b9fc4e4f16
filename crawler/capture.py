"""WarcCaptureMiddleware: every HTTP exchange of a crawl goes to the run's WARC files.

It sits close to the downloader (after robots.txt, cookies and compression have shaped the
request, before redirects and decompression touch the response), so robots.txt, feeds,
listings, redirects and articles are all kept as received. The response record's pointer
travels in ``request.meta["warc_pointer"]`` to the article row.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured

from archive.warc import DEFAULT_MAX_BYTES, RunWarcWriter

__all__ = ["WarcCaptureMiddleware", "WarcConfig"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class WarcConfig:
    root: Path
    max_bytes: int

    @classmethod
    def from_settings(cls, settings) -> WarcConfig:
        if not settings.getbool("WARC_ENABLED", True):
            raise NotConfigured("WARC_ENABLED is off")
        root = settings.get("ARCHIVE_PATH")
        if not root:
            raise NotConfigured("ARCHIVE_PATH is not set")
        max_bytes = settings.getint("WARC_MAX_BYTES", DEFAULT_MAX_BYTES)
        if max_bytes < 1_000_000:
            raise NotConfigured("WARC_MAX_BYTES must be at least 1 MB")
        return cls(Path(root), max_bytes)


def _pairs(headers) -> list[tuple[str, str]]:
    out = []
    for key, values in headers.items():
        for value in values:
            out.append((key.decode("latin-1"), value.decode("latin-1")))
    return out


class WarcCaptureMiddleware:
    def __init__(self, crawler, config: WarcConfig) -> None:
        self.crawler = crawler
        self.config = config
        self.writer: RunWarcWriter | None = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        crawler.portal_warc = self  # the store pipeline syncs before publishing rows

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, WarcConfig.from_settings(crawler.settings))

    def spider_opened(self, spider) -> None:
        source = getattr(getattr(spider, "source", None), "name", spider.name)
        run_id = getattr(spider, "run_id", spider.name)
        self.writer = RunWarcWriter(self.config.root, source, run_id,
                                    max_bytes=self.config.max_bytes)

    def spider_closed(self, spider) -> None:
        if self.writer is not None:
            self.writer.close()
            self.crawler.stats.set_value("warc/bytes", self.writer.bytes)

    def sync(self) -> None:
        if self.writer is not None:
            self.writer.sync()

    def process_response(self, request, response, spider=None):
        if self.writer is None:
            return response
        fetched_at = datetime.now(UTC)
        try:
            pointer = self.writer.write_exchange(
                response.url,
                method=request.method,
                request_headers=_pairs(request.headers),
                status=response.status,
                reason="",
                response_headers=_pairs(response.headers),
                body=response.body,
                ip=str(response.ip_address) if getattr(response, "ip_address", None) else None,
                truncated="dataloss" in (response.flags or []),
                date=fetched_at,
            )
        except OSError as exc:
            # Disk full or gone: the capture is lost, so the row must not claim one.
            self.crawler.stats.inc_value("warc/errors")
            logger.error("could not write WARC record for %s: %s", response.url, exc)
            return response
        self.crawler.stats.inc_value("warc/records", 2)
        request.meta["warc_pointer"] = pointer
        request.meta["fetched_at"] = fetched_at  # the row's capture time is the record's
        return response
