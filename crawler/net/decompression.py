"""Decompression with limits: bombs stop at ``DOWNLOAD_MAXSIZE`` with the reason
``size_limit`` (HOSTILE.md S2); a truncated gzip stream is kept and flagged (S3)."""

from __future__ import annotations

import logging
import zlib
from typing import TYPE_CHECKING, Self

from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.utils._compression import _DecompressionMaxSizeExceeded

from crawler.faults import Refused, record

if TYPE_CHECKING:
    from scrapy import Request, Spider
    from scrapy.crawler import Crawler
    from scrapy.http import Response

__all__ = ["PortalHttpCompressionMiddleware", "gzip_complete"]

logger = logging.getLogger(__name__)



class PortalHttpCompressionMiddleware(HttpCompressionMiddleware):
    """Scrapy's decompression, with ``size_limit`` for bombs and a flag for cut gzip streams."""

    crawler: Crawler  # set by from_crawler (Scrapy's middleware keeps only its stats)

    def process_response(self, request: Request, response: Response,
                         spider: Spider | None = None) -> Request | Response:
        encodings = [e.strip().lower() for v in response.headers.getlist("Content-Encoding")
                     for e in v.split(b",")]
        try:
            decoded = super().process_response(request, response)
        except IgnoreRequest as exc:
            if isinstance(exc.__cause__, _DecompressionMaxSizeExceeded):
                detail = f"decompressed past DOWNLOAD_MAXSIZE ({len(response.body)} bytes sent)"
                record(self.crawler, "size_limit", request.url, detail)
                raise Refused("size_limit", detail) from exc
            raise
        if encodings in ([b"gzip"], [b"x-gzip"]) and not gzip_complete(response.body):
            self.crawler.stats.inc_value("portal/truncated_gzip")
            logger.warning("gzip stream cut short: %s (kept what it holds, flagged)", request.url)
            decoded.flags.append("truncated_gzip")
        return decoded

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        mw = super().from_crawler(crawler)
        mw.crawler = crawler
        return mw


def gzip_complete(body: bytes) -> bool:
    """Whether a gzip body ends with its stream's end (a cut stream decodes only partly)."""
    decompressor = zlib.decompressobj(wbits=47)
    data = body
    try:
        while data:
            while True:
                decompressor.decompress(data, 1 << 16)
                data = decompressor.unconsumed_tail
                if not data:
                    break
            if not decompressor.eof:
                return False
            data = decompressor.unused_data.lstrip(b"\0")
            decompressor = zlib.decompressobj(wbits=47)
    except zlib.error:
        return False
    return True
