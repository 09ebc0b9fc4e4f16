"""ImageCapturePipeline: an article's photos fetched and kept in the run's WARC, each image
entry of the row told where its capture is (or why there is none).

A photo is fetched through the crawl's own downloader (``engine.download_async``), so every
downloader middleware applies to it as to a page: the address guard, robots.txt, per-host
throttling, and the WARC capture, which writes the exchange and hands back its pointer. What
is fetched: ``http(s)`` photos on the article's own site (its host, the ``www.`` twin, a host
under it) or on a host of ``PORTAL_IMAGE_HOSTS`` (a portal's CDN elsewhere), at most
``PORTAL_IMAGES_PER_ARTICLE`` an article, each at most ``PORTAL_IMAGE_MAX_BYTES``. A photo
already captured (earlier in the run, or in an earlier run of the source: its URL is in the
archive with a capture) is not fetched again: its entry points at that capture. Each photo
not captured gets its reason, counted as ``images/skipped/<reason>`` (docs/faults.md).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.exceptions import DownloadCancelledError, IgnoreRequest

from archive.rows import photo_capture
from archive.schema import IMAGE_CAPTURE_KEYS
from crawler.config import project
from crawler.extract.photos import sniff_image
from crawler.items import ArticleItem

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler

__all__ = ["ImageCapturePipeline"]

logger = logging.getLogger(__name__)

class ImageCapturePipeline:
    def __init__(self, crawler: Crawler) -> None:
        ours = project(crawler.settings)
        self.crawler = crawler
        self.stats = crawler.stats
        self.enabled = ours.getbool("PORTAL_IMAGES") and ours.getbool("WARC_ENABLED")
        self.per_article = ours.getint("PORTAL_IMAGES_PER_ARTICLE")
        # (never more than the crawl allows any response: DOWNLOAD_MAXSIZE)
        largest = crawler.settings.getint("DOWNLOAD_MAXSIZE")
        self.max_bytes = min(ours.getint("PORTAL_IMAGE_MAX_BYTES"), largest or 2**62)
        self.hosts = {h.lower() for h in ours.getlist("PORTAL_IMAGE_HOSTS")}
        self.root = ours.get("ARCHIVE_PATH")
        #: src -> capture fields, for photos captured in this run or an earlier one
        self.known: dict[str, dict[str, Any]] = {}
        #: by the SHA-256 of the payload as received: the capture fields of the response
        #: record holding it, and that record's (URI, WARC-Date), of which the WARC capture
        #: makes a fetch of the same bytes again a revisit
        self.by_digest: dict[str, dict[str, Any]] = {}
        #: article id -> (latest version id, removed), as the store pipeline reads it
        self.latest: dict[str, tuple[str, bool]] = {}
        self.revisits: dict[str, tuple[str, str | None]] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def open_spider(self, spider: Spider | None = None) -> None:
        source = getattr(spider, "source", None)
        if self.enabled and self.root and source is not None:
            # (a photo of an earlier run is reused by its URL; revisits are made within a run,
            # of a response record whose URI and date are known to resolve in replay tools)
            self.known, self.latest = _captured_before(self.root, source.name)

    async def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        if not isinstance(item, ArticleItem) or not item.get("images"):
            return item
        if self.latest.get(item.get("article_id") or "") == (item.get("version_id"), False):
            return item  # archived as it is: the store keeps nothing of it, so no photo either
        host = (urlsplit(item.get("url") or "").hostname or "").lower()
        fetched = [0]  # photos this article asked for: the per-article cap counts these
        for image in item["images"]:
            image.update(await self._capture(image.get("src") or "", host, fetched))
        return item

    async def _capture(self, src: str, host: str, fetched: list[int]) -> dict[str, Any]:
        if not self.enabled:
            return {}
        if known := self.known.get(src):
            self.stats.inc_value("images/known")
            return known
        reason = self._refusal(src, host, fetched[0])
        if reason is None:
            fetched[0] += 1
            found = await self._fetch(src)
            if found.get("status") == "captured":
                self.known[src] = found
                self.stats.inc_value("images/captured")
                return found
            reason = found["status"]
        self.stats.inc_value(f"images/skipped/{reason}")
        return {"status": reason}

    def _refusal(self, src: str, host: str, n: int) -> str | None:
        try:
            parts = urlsplit(src)
            image_host = (parts.hostname or "").lower()
        except ValueError:
            return "bad_url"
        if parts.scheme == "data":
            return "inline"
        if parts.scheme not in ("http", "https") or not image_host:
            return "bad_url"
        if not _same_site(image_host, host) and image_host not in self.hosts:
            return "off_site"
        if n >= self.per_article:
            return "over_limit"
        return None

    async def _fetch(self, src: str) -> dict[str, Any]:
        request = Request(src, meta={"download_maxsize": self.max_bytes, "portal_image": True,
                                     "portal_image_hosts": self.hosts,
                                     "portal_image_digests": self.revisits}, dont_filter=True)
        engine = self.crawler.engine
        assert engine is not None
        self.stats.inc_value("images/requests")  # beyond the source's page budget (max_pages)
        try:
            response = await engine.download_async(request)
        except IgnoreRequest as exc:
            logger.debug("photo %s not fetched: %s", src, exc)
            return {"status": "refused"}
        except DownloadCancelledError as exc:  # the size cap (declared, or as it streamed)
            logger.debug("photo %s not fetched: %s", src, exc)
            return {"status": "too_large"}
        except Exception as exc:  # a timeout, a reset, a refused connection
            logger.debug("photo %s not fetched: %r", src, exc)
            return {"status": "failed"}
        if response.status != 200:
            return {"status": f"http_{response.status}"}
        body = response.body
        media_type = sniff_image(body)
        if media_type is None:
            return {"status": "not_an_image"}
        if "dataloss" in (response.flags or []):
            return {"status": "truncated"}
        # only what the capture of this very response left (crawler/capture.py clears an
        # earlier hop's): no pointer, no capture to point at (noarchive, disk full)
        pointer = response.meta.get("warc_pointer")
        payload = response.meta.get("warc_payload_sha256")
        if pointer is None or payload is None:
            return {"status": "not_captured"}
        if response.meta.get("warc_revisit"):
            # written as a revisit of the record that holds these bytes: the entry points there
            self.stats.inc_value("images/revisits")
            if (original := self.by_digest.get(payload)) is not None:
                return {**original, "status": "captured"}
            return {"status": "not_captured"}
        found = photo_capture(body, media_type, pointer)
        # the record's own URI (the last hop's) and date: what a replay tool resolves
        fetched = response.meta.get("fetched_at")
        self.by_digest.setdefault(payload, found)
        self.revisits.setdefault(payload, (response.url, fetched.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
                                           if fetched else None))
        return found


def _same_site(image_host: str, page_host: str) -> bool:
    """The page's own site: its host, the ``www.`` twin, or a host under it (``media.``,
    ``static.``): what the address guard lets through as on-site, on any portal."""
    site = page_host.removeprefix("www.")
    return image_host.removeprefix("www.") == site or image_host.endswith("." + site)


def _captured_before(root: str, source: str) -> tuple[dict[str, dict[str, Any]],
                                                     dict[str, tuple[str, bool]]]:
    """src -> capture fields of the photos an earlier run of ``source`` captured, and the
    source's latest version of each article (``Archive.latest_state``)."""
    from pathlib import Path

    from archive.reader import Archive

    if not (Path(root) / "articles").is_dir():
        return {}, {}
    with Archive(root) as archive:
        latest = archive.latest_state(source)
        try:
            rows = archive.records(
                "SELECT DISTINCT ON (i.src) i.* FROM (SELECT unnest(images) AS i "
                "FROM article_versions WHERE source = $source) WHERE i.status = 'captured'",
                {"source": source})
        except Exception as exc:  # parts written before photos were captured: nothing known
            logger.debug("no earlier photo captures read: %s", exc)
            rows = []
    return {r["src"]: {k: r.get(k) for k in IMAGE_CAPTURE_KEYS} for r in rows}, latest
