"""WarcCaptureMiddleware: every HTTP exchange of a crawl goes to the run's WARC files.

It sits close to the downloader (after robots.txt, cookies and compression have shaped the
request, before redirects and decompression touch the response), so robots.txt, feeds,
listings, redirects and articles are all kept as received. The response record's pointer
travels in ``request.meta["warc_pointer"]`` to the article row.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Self

from scrapy import signals
from scrapy.exceptions import NotConfigured

from archive.warc import RunWarcWriter
from crawler.config import project

if TYPE_CHECKING:
    from scrapy import Request, Spider
    from scrapy.crawler import Crawler
    from scrapy.http import Headers, Response
    from scrapy.settings import BaseSettings

__all__ = ["WarcCaptureMiddleware", "WarcConfig", "noarchive_directive"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class WarcConfig:
    root: Path
    max_bytes: int

    @classmethod
    def from_settings(cls, settings: BaseSettings) -> WarcConfig:
        ours = project(settings)
        if not ours.getbool("WARC_ENABLED"):
            raise NotConfigured("WARC_ENABLED is off")
        root = ours.get("ARCHIVE_PATH")
        if not root:
            raise NotConfigured("ARCHIVE_PATH is not set")
        max_bytes = ours.getint("WARC_MAX_BYTES")
        if max_bytes < 1_000_000:
            raise NotConfigured("WARC_MAX_BYTES must be at least 1 MB")
        return cls(Path(root), max_bytes)


def _pairs(headers: Headers) -> list[tuple[str, str]]:
    out = []
    for key, values in headers.items():
        for value in values:
            out.append((key.decode("latin-1"), value.decode("latin-1")))
    return out


_META_ROBOTS_RE = re.compile(
    rb"<meta\s[^>]*name\s*=\s*[\"']?(?:robots|portal-archive)[\"'\s>][^>]*>", re.I)
_NOARCHIVE_RE = re.compile(rb"\b(?:noarchive|none)\b", re.I)
#: How much of a page is read for its meta robots tag (it belongs in <head>).
_PEEK_BYTES = 64 * 1024


def _peek(response: Response) -> bytes:
    """The first bytes of the decoded body, decompressing only as much as needed."""
    body = response.body
    encodings = [e.strip().lower() for v in response.headers.getlist("Content-Encoding")
                 for e in v.split(b",") if e.strip()]
    try:
        for encoding in reversed(encodings):
            if encoding in (b"gzip", b"x-gzip", b"deflate"):
                wbits = 47 if encoding != b"deflate" else 15
                try:
                    body = zlib.decompressobj(wbits).decompress(body, _PEEK_BYTES)
                except zlib.error:
                    body = zlib.decompressobj(-15).decompress(body, _PEEK_BYTES)
            elif encoding == b"br":
                import brotli

                body = brotli.Decompressor().process(body, output_buffer_limit=_PEEK_BYTES)
            elif encoding == b"zstd":
                import zstandard

                reader = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(body))
                body = reader.read(_PEEK_BYTES)
            else:
                return b""
    except Exception:  # a broken stream: the decompression middleware names it
        return b""
    return body[:_PEEK_BYTES]


def noarchive_directive(response: Response) -> str | None:
    """``"X-Robots-Tag"`` or ``"meta robots"`` when the response asks not to be archived
    (``noarchive`` or ``none``, for every robot or for portal-archive), else ``None``."""
    for value in response.headers.getlist("X-Robots-Tag"):
        agent, sep, rules = value.partition(b":")
        if sep and b"," not in agent and agent.strip().lower() not in (b"portal-archive", b"*"):
            if not _NOARCHIVE_RE.search(agent):  # "googlebot: noarchive" is not for us
                continue
        if _NOARCHIVE_RE.search(rules if sep else value):
            return "X-Robots-Tag"
    ctype = (response.headers.get("Content-Type") or b"").lower()
    if ctype and b"html" not in ctype:
        return None
    for tag in _META_ROBOTS_RE.findall(_peek(response)):
        content = re.search(rb"content\s*=\s*[\"']?([^\"'>]*)", tag, re.I)
        if content and _NOARCHIVE_RE.search(content.group(1)):
            return "meta robots"
    return None


class WarcCaptureMiddleware:
    def __init__(self, crawler: Crawler, config: WarcConfig) -> None:
        self.crawler = crawler
        self.config = config
        self.writer: RunWarcWriter | None = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler, WarcConfig.from_settings(crawler.settings))

    def spider_opened(self, spider: Spider) -> None:
        source = getattr(getattr(spider, "source", None), "name", spider.name)
        run_id = getattr(spider, "run_id", spider.name)
        self.writer = RunWarcWriter(self.config.root, source, run_id,
                                    max_bytes=self.config.max_bytes)

    def spider_closed(self, spider: Spider) -> None:
        if self.writer is not None:
            self.writer.close()
            self.crawler.stats.set_value("warc/bytes", self.writer.bytes)

    def sync(self) -> None:
        if self.writer is not None:
            self.writer.sync()

    def process_response(self, request: Request, response: Response,
                         spider: Spider | None = None) -> Response:
        # A redirect or retry copies the meta of the hop before: what that hop's capture left
        # there must never stand for this response's (it may not be written at all).
        for key in ("warc_pointer", "warc_revisit", "warc_payload_sha256", "fetched_at"):
            request.meta.pop(key, None)
        source = getattr(self.crawler.spider, "source", None)
        if noarchive := noarchive_directive(response):
            request.meta["portal_noarchive"] = noarchive
            if getattr(source, "obey_noarchive", True):
                # The page asks not to be archived (HOSTILE.md C8): no capture of it is kept;
                # the spider still reads its links and counts it.
                return response
        if self.writer is None:
            return response
        fetched_at = datetime.now(UTC)
        extra = {}
        if response.url.startswith("https:"):
            # The certificate policy the capture was made under (a source's tls_verify).
            verified = self.crawler.settings.getbool("DOWNLOAD_VERIFY_CERTIFICATES")
            extra["WARC-Portal-TLS-Verify"] = "true" if verified else "false"
        if noarchive:
            extra["WARC-Portal-Noarchive"] = f"overridden ({noarchive})"
        # A photo or document whose bytes are archived already (another URL earlier in the
        # run): a revisit record, pointing at them (pipelines/assets.py hands over the digests).
        revisit_of = None
        if (known := request.meta.get("portal_asset_digests")) is not None:
            # keyed by the payload as received (the bytes a revisit's digest names)
            payload = hashlib.sha256(response.body).hexdigest()
            request.meta["warc_payload_sha256"] = payload
            revisit_of = known.get(payload)
        try:
            pointer = self.writer.write_exchange(
                response.url,
                revisit_of=revisit_of,
                method=request.method,
                request_headers=_pairs(request.headers),
                status=response.status,
                reason="",
                response_headers=_pairs(response.headers),
                body=response.body,
                ip=str(response.ip_address) if getattr(response, "ip_address", None) else None,
                truncated="dataloss" in (response.flags or []),
                date=fetched_at,
                extra_headers=extra,
            )
        except OSError as exc:
            # Disk full or gone: the capture is lost, so the row must not claim one.
            self.crawler.stats.inc_value("warc/errors")
            logger.error("could not write WARC record for %s: %s", response.url, exc)
            return response
        self.crawler.stats.inc_value("warc/records", 2)
        request.meta["warc_pointer"] = pointer
        if revisit_of is not None:
            request.meta["warc_revisit"] = True
            self.crawler.stats.inc_value("warc/revisits")
        request.meta["fetched_at"] = fetched_at  # the row's capture time is the record's
        return response
