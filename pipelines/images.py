"""ImageCapturePipeline: an article's photos fetched and kept in the run's WARC, each image
entry of the row told where its capture is (or why there is none).

A photo is fetched through the crawl's own downloader into the run's WARC (pipelines/assets.py).
What is fetched: ``http(s)`` photos on the article's own site (its host, the ``www.`` twin, a
host under it) or on a host of ``PORTAL_IMAGE_HOSTS`` (a portal's CDN elsewhere), at most
``PORTAL_IMAGES_PER_ARTICLE`` an article, each at most ``PORTAL_IMAGE_MAX_BYTES``. A photo
already captured (earlier in the run, or in an earlier run of the source: its URL is in the
archive with a capture) is not fetched again: its entry points at that capture. Each photo
not captured gets its reason, counted as ``images/skipped/<reason>`` (docs/faults.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Self
from urllib.parse import urlsplit

from archive.rows import photo_capture
from crawler.config import project
from crawler.extract.photos import sniff_image
from crawler.items import ArticleItem
from pipelines.assets import PayloadIndex, captured_before, fetch, refusal

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler

__all__ = ["ImageCapturePipeline"]


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
        self.revisits = PayloadIndex(self.root)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def open_spider(self, spider: Spider | None = None) -> None:
        # (Scrapy may call a pipeline's open_spider without the spider)
        source = getattr(spider or self.crawler.spider, "source", None)
        if self.enabled and self.root and source is not None:
            # (a photo of an earlier run is reused by its URL; its bytes at a new URL are a
            # revisit of the earlier record, whose URI and date its own headers give)
            self.known, self.latest = captured_before(self.root, source.name, "images", "src")
            self.by_digest = {f["sha256"]: f for f in self.known.values() if f.get("sha256")}
            self.revisits = PayloadIndex(self.root, self.by_digest)

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
        if reason := refusal(src, host, self.hosts):
            return reason
        if n >= self.per_article:
            return "over_limit"
        return None

    async def _fetch(self, src: str) -> dict[str, Any]:
        self.stats.inc_value("images/requests")  # beyond the source's page budget (max_pages)
        got = await fetch(self.crawler, src, max_bytes=self.max_bytes, hosts=self.hosts,
                          digests=self.revisits)
        if isinstance(got, str):
            return {"status": got}
        media_type = sniff_image(got.body)
        if media_type is None:
            return {"status": "not_an_image"}
        if got.revisit:
            # written as a revisit of the record that holds these bytes: the entry points there
            self.stats.inc_value("images/revisits")
            if (original := self.by_digest.get(got.payload_sha256)) is not None:
                return {**original, "status": "captured"}
            return {"status": "not_captured"}
        found = photo_capture(got.body, media_type, got.pointer)
        # the record's own URI (the last hop's) and date: what a replay tool resolves
        self.by_digest.setdefault(got.payload_sha256, found)
        self.revisits.setdefault(got.payload_sha256, (got.url, got.record_date))
        return found

