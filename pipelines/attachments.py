"""AttachmentPipeline: the documents an article attaches (decrees, plans, reports as PDF, DOCX,
XLSX…) fetched into the run's WARC and their text read, each attachment entry of the row told
where its capture is and what was read from it (or why not).

Fetching follows the photos' rules (pipelines/assets.py): the article's own site or a host of
``PORTAL_ATTACHMENT_HOSTS``, at most ``PORTAL_ATTACHMENTS_PER_ARTICLE`` an article, each at most
``PORTAL_ATTACHMENT_MAX_BYTES``; a document captured earlier in the run or in an earlier run of
the source is not fetched again. Reading is hostile-input work: it runs in the crawl's
extraction worker processes (pipelines/extract.py: a memory cap per worker), each document
under its own deadline (``PORTAL_ATTACHMENT_TIMEOUT``, then the worker is killed and replaced),
after the checks of ``crawler.extract.documents`` (zip and XML bombs refused unopened). Every
outcome is counted: ``attachments/skipped/<reason>`` for a document not captured,
``attachments/text/<text_status>`` for one captured (docs/faults.md).
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import urlsplit

from archive.rows import photo_capture
from archive.schema import ATTACHMENT_KEYS
from crawler.config import project
from crawler.extract.documents import read_document, sniff_document, text_fields
from crawler.items import ArticleItem
from crawler.workers import SharedPools, in_worker
from pipelines.assets import Fetched, PayloadIndex, captured_before, fetch, refusal
from pipelines.extract import ExtractConfig

if TYPE_CHECKING:
    from pebble import ProcessPool
    from scrapy import Spider
    from scrapy.crawler import Crawler

__all__ = ["AttachmentPipeline"]

logger = logging.getLogger(__name__)

#: What was read from a document: the fields beyond its capture.
_READ_KEYS = ("text_status", "pages", "text")


class AttachmentPipeline:
    def __init__(self, crawler: Crawler) -> None:
        ours = project(crawler.settings)
        self.crawler = crawler
        self.stats = crawler.stats
        self.enabled = ours.getbool("PORTAL_ATTACHMENTS") and ours.getbool("WARC_ENABLED")
        self.per_article = ours.getint("PORTAL_ATTACHMENTS_PER_ARTICLE")
        largest = crawler.settings.getint("DOWNLOAD_MAXSIZE")
        self.max_bytes = min(ours.getint("PORTAL_ATTACHMENT_MAX_BYTES"), largest or 2**62)
        self.hosts = {h.lower() for h in ours.getlist("PORTAL_ATTACHMENT_HOSTS")}
        self.timeout = ours.getfloat("PORTAL_ATTACHMENT_TIMEOUT")
        self.limits = {"max_pages": ours.getint("PORTAL_ATTACHMENT_MAX_PAGES"),
                       "max_chars": ours.getint("PORTAL_ATTACHMENT_MAX_CHARS"),
                       "max_inflated": ours.getint("PORTAL_ATTACHMENT_MAX_INFLATED")}
        self.root = ours.get("ARCHIVE_PATH")
        self.config = ExtractConfig.from_settings(crawler.settings)
        self._pool: ProcessPool | None = None
        self.source: str | None = None
        #: url -> capture fields of documents captured in this run (with what was read), or
        #: in an earlier one (capture fields only: the text is read back when reused)
        self.known: dict[str, dict[str, Any]] = {}
        self.by_digest: dict[str, dict[str, Any]] = {}
        self.revisits = PayloadIndex(self.root)
        self.latest: dict[str, tuple[str, bool]] = {}
        self._earlier_by_digest: dict[str, str] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def open_spider(self, spider: Spider | None = None) -> None:
        # (Scrapy may call a pipeline's open_spider without the spider)
        source = getattr(spider or self.crawler.spider, "source", None)
        if not self.enabled:
            return
        if self.config.workers > 0:
            self._pool = SharedPools.acquire(self.config)
        if self.root and source is not None:
            self.source = source.name
            self.known, self.latest = captured_before(self.root, source.name, "attachments", "url")
            # (the same bytes at a new URL: a revisit of the earlier record; what was read
            # from them is read back with the rest when the revisit is made)
            earlier = {f["sha256"]: f for f in self.known.values() if f.get("sha256")}
            self.revisits = PayloadIndex(self.root, earlier)
            self._earlier_by_digest = {sha: url for url, f in self.known.items()
                                       if (sha := f.get("sha256"))}

    def close_spider(self, spider: Spider | None = None) -> None:
        if self._pool is not None:
            SharedPools.release(self.config)
            self._pool = None

    async def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        if not isinstance(item, ArticleItem) or not item.get("attachments"):
            return item
        if self.latest.get(item.get("article_id") or "") == (item.get("version_id"), False):
            return item  # archived as it is: the store keeps nothing of it
        host = (urlsplit(item.get("url") or "").hostname or "").lower()
        fetched = 0
        for entry in item["attachments"]:
            found, asked = await self._capture(entry.get("url") or "", host, fetched)
            fetched += asked
            entry.update({k: found.get(k) for k in ATTACHMENT_KEYS if k not in ("url", "name")})
        return item

    async def _capture(self, url: str, host: str, fetched: int) -> tuple[dict[str, Any], int]:
        """The fields of one attachment entry, and whether a request was made for it."""
        if not self.enabled:
            return {}, 0
        if (known := self.known.get(url)) is not None:
            self.stats.inc_value("attachments/known")
            if known.get("text_status") is None and known.get("status") == "captured":
                known = {**known, **await self._read_back(url)}
                self.known[url] = known
            return known, 0
        reason = refusal(url, host, self.hosts)
        if reason is None and fetched >= self.per_article:
            reason = "over_limit"
        if reason is not None:
            self.stats.inc_value(f"attachments/skipped/{reason}")
            return {"status": reason}, 0
        self.stats.inc_value("attachments/requests")  # beyond the source's page budget
        got = await fetch(self.crawler, url, max_bytes=self.max_bytes, hosts=self.hosts,
                          digests=self.revisits)
        found = await self._read(got) if isinstance(got, Fetched) else {"status": got}
        if found["status"] == "captured":
            self.known[url] = found
            self.stats.inc_value("attachments/captured")
            self.stats.inc_value(f"attachments/text/{found['text_status']}")
        else:
            self.stats.inc_value(f"attachments/skipped/{found['status']}")
        return found, 1

    async def _read(self, got: Fetched) -> dict[str, Any]:
        if got.revisit:
            self.stats.inc_value("attachments/revisits")
            original = self.by_digest.get(got.payload_sha256)
            if original is None and (url := self._earlier_by_digest.get(got.payload_sha256)):
                original = {**self.known[url], **await self._read_back(url)}  # an earlier run's
                self.by_digest[got.payload_sha256] = original
            return {**original, "status": "captured"} if original else {"status": "not_captured"}
        media_type = sniff_document(got.body)
        if media_type is None:
            return {"status": "not_a_document"}  # an HTML page, an image: the link misled
        found = {**photo_capture(got.body, media_type, got.pointer), **await self._text(got)}
        self.by_digest.setdefault(got.payload_sha256, found)
        self.revisits.setdefault(got.payload_sha256, (got.url, got.record_date))
        return found

    async def _text(self, got: Fetched) -> dict[str, Any]:
        """What the worker read: text_status, pages, text."""
        task = {"body": got.body, **self.limits}
        outcome: dict[str, Any] | BaseException
        try:
            if self._pool is None:
                outcome = read_document(task)
            else:
                future = self._pool.schedule(in_worker, args=(read_document, task),
                                             timeout=self.timeout)
                read: dict[str, Any] = await asyncio.wrap_future(future)
                outcome = read
        except Exception as exc:  # the deadline, the memory cap, a reader's own failure
            outcome = exc
        fields = text_fields(outcome)
        for flag in fields.pop("flags"):
            self.stats.inc_value(f"attachments/flags/{flag}")
        if isinstance(outcome, BaseException):
            logger.warning("document %s not read [%s]: %s", got.url, fields["text_status"], outcome)
        return fields

    async def _read_back(self, url: str) -> dict[str, Any]:
        """``_read_stored`` in a thread: a scan of the archive must not hold the reactor."""
        return await asyncio.to_thread(self._read_stored, url)

    def _read_stored(self, url: str) -> dict[str, Any]:
        """What an earlier run read from the document at ``url`` (its text is not held in
        memory for every known document)."""
        if not self.root or self.source is None:
            return {}
        from archive.reader import Archive

        try:
            with Archive(self.root) as archive:
                rows = archive.records(
                    "SELECT a.text_status, a.pages, a.text FROM (SELECT unnest(attachments) AS a "
                    "FROM article_versions WHERE source = $source) WHERE a.url = $url "
                    "AND a.status = 'captured' LIMIT 1", {"source": self.source, "url": url})
        except Exception as exc:  # an archive it cannot read: the entry keeps its capture
            logger.debug("no earlier text of %s read: %s", url, exc)
            return {}
        return {k: rows[0].get(k) for k in _READ_KEYS} if rows else {}

