"""StorePipeline: writes article rows in batches to the Parquet archive, and the run row.

A row is written only when a capture differs from the article's newest stored version, so
re-crawling an unchanged article adds nothing (``archive/articles_unchanged``); an edited one
adds a version (``archive/articles_changed``); a known article that now answers 404/410 gets
a removal marker (``archive/articles_removed``). Nothing is ever overwritten or deleted.

Those counts grow only once a row is published, so a report made from them never claims a
row that is not on disk. Buffered rows are published every ``ARCHIVE_FLUSH_SECONDS`` as well
as every ``ARCHIVE_BATCH_ROWS``; when the reactor is stopped before the spider closed (a
second Ctrl-C), what is buffered is still published and the run recorded as ``interrupted``.
"""

from __future__ import annotations

import json
import logging
import math
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

import pyarrow as pa
from scrapy import signals
from scrapy.exceptions import DropItem, NotConfigured

from archive.health import EMPTY_ARTICLE_STATS
from archive.ids import article_id
from archive.reader import Archive
from archive.rows import Capture, removal_row
from archive.schema import ARTICLE_SCHEMA, RUN_SCHEMA
from archive.warc import recover_torn_warcs
from archive.writer import PartWriter, publish_table, sweep_staging
from crawler.capture import WarcCaptureMiddleware
from crawler.config import project
from crawler.items import ArticleItem, RemovalNotice
from crawler.signals import rows_published

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler
    from scrapy.settings import BaseSettings
    from twisted.internet.task import LoopingCall

__all__ = ["StorePipeline", "StoreConfig", "derived_due"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class StoreConfig:
    path: Path
    batch_rows: int
    #: Seconds a row may wait in the buffer (0: only the row count publishes).
    flush_seconds: float = 60.0

    @classmethod
    def from_settings(cls, settings: BaseSettings) -> StoreConfig:
        ours = project(settings)
        path = ours.get("ARCHIVE_PATH")
        if not path:
            raise NotConfigured("ARCHIVE_PATH is not set")
        batch = ours.getint("ARCHIVE_BATCH_ROWS")
        if batch < 1:
            raise NotConfigured("ARCHIVE_BATCH_ROWS must be >= 1")
        try:
            flush = ours.getfloat("ARCHIVE_FLUSH_SECONDS")
        except ValueError:
            flush = math.nan
        if not math.isfinite(flush) or flush < 0:
            raise NotConfigured("ARCHIVE_FLUSH_SECONDS must be a number of seconds >= 0")
        return cls(Path(path), batch, flush)


#: Prefixes of the counts of article links that gave no article: HTTP errors, download
#: failures and refusals on article URLs (the spider), article-URL pages that came out as a
#: soft 404, empty or unreadable (extraction).
_ARTICLE_FAILED = ("portal/article_failed/", "extract/article_failed/")


def _article_requests_failed(stats: dict) -> int:
    """Article links that gave no article this run (docs/fields.md), with the pages judged
    articles that validation dropped too short. Health tells a run that archived nothing
    because its articles failed from a run that simply found nothing new."""
    failed = sum(v for k, v in stats.items() if k.startswith(_ARTICLE_FAILED) and isinstance(v, int))
    return failed + stats.get("dropped/too_short", 0)


def _article_empty_share(stats: dict) -> float | None:
    """Share of the article pages that came out empty (``EMPTY_ARTICLE_STATS``) among them
    and the pages judged articles. Pages fetched as listings are left out, also when they are
    judged empty: a jump means the article template changed, not that a quiet run met a
    stub page."""
    judged = stats.get("pages/kind/article", 0) + stats.get("extract/article_failed/no_body", 0)
    if not judged:
        return None
    return round(sum(stats.get(key, 0) for key in EMPTY_ARTICLE_STATS) / judged, 4)


def derived_due(stats: dict) -> bool:
    """Whether a crawl with these stats brings clusters and the search index up to date when
    it ends (archive/derived.py): when it wrote rows; in a shared frontier (several workers,
    crawler/distributed), only the worker that left its run last, for all of them (each would
    otherwise repeat the others' work, and carry its memory peak, ~300 MB at 5,000 articles)."""
    if stats.get("frontier/run"):
        return bool(stats.get("frontier/last_out"))
    return bool(stats.get("archive/rows_written"))


class StorePipeline:
    def __init__(self, crawler: Crawler, config: StoreConfig) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.config = config
        self.writer: PartWriter | None = None
        self.latest: dict[str, tuple[str, bool]] = {}
        self.started_at = datetime.now(UTC)
        #: Rows in the writer's buffer by the stat they count in: counted once published.
        self._unpublished: Counter[str] = Counter()
        #: The pages the buffered rows were read from (``rows_published`` names them once
        #: published: a shared frontier finishes their requests then, crawler/distributed).
        self.buffered_urls: set[str] = set()
        #: Pages taken over from a worker of a shared frontier that stopped answering: it may
        #: have published their rows before it died, so the archive is asked again first.
        self._recheck: set[str] = set()
        self._timer: LoopingCall | None = None
        self._shutdown_trigger: Any = None  # the reactor's handle of the trigger
        self._closed = False
        self._run_recorded = False
        self._warc: WarcCaptureMiddleware | None = None
        self.update_derived = project(crawler.settings).getbool("ARCHIVE_UPDATE_DERIVED")
        crawler.signals.connect(self._spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler, StoreConfig.from_settings(crawler.settings))

    def open_spider(self, spider: Any = None) -> None:  # PortalSpider: its source and run id
        spider = spider or self.crawler.spider
        self.source = spider.source.name
        self.run_id = spider.run_id
        self.config.path.mkdir(parents=True, exist_ok=True)
        sweep_staging(self.config.path)
        for file, cut in recover_torn_warcs(self.config.path):
            self.stats.inc_value("archive/warc_tails_repaired")
            logger.warning("repaired %s after an interrupted run (%d bytes cut)", file, cut)
        with Archive(self.config.path) as archive:
            self.latest = archive.latest_state(self.source)
        self.writer = PartWriter(
            self.config.path, "articles", schema=ARTICLE_SCHEMA,
            partition={"source": self.source}, batch_rows=self.config.batch_rows,
            before_publish=self._sync_captures,
        )
        try:  # the run's WARC writer, found through the downloader (None: WARC_ENABLED off)
            self._warc = self.crawler.get_downloader_middleware(WarcCaptureMiddleware)
        except RuntimeError:  # no engine: the pipeline driven by hand
            self._warc = None
        self._watch_reactor()

    def _watch_reactor(self) -> None:
        from scrapy.utils.reactor import is_reactor_installed

        if not is_reactor_installed():
            return
        from twisted.internet import reactor, task

        if self.config.flush_seconds:
            self._timer = task.LoopingCall(self._flush)
            self._timer.start(self.config.flush_seconds, now=False)
        # A second Ctrl-C stops the reactor without closing the spider: this runs anyway.
        # (ignored: without the mypy-zope plugin mypy reads an interface method's first
        # argument as self, here and in _spider_closed)
        self._shutdown_trigger = reactor.addSystemEventTrigger(
            "before", "shutdown", self._reactor_stopping)  # type: ignore[arg-type]

    def _sync_captures(self) -> None:
        # Rows are published only after the WARC records they point at are on disk.
        if self._warc is not None:
            self._warc.sync()

    def recheck(self, url: str) -> None:
        """The item of the page at ``url`` is compared with the archive as it is now, not as
        it was when this crawl started (crawler/distributed: a request taken over from a
        worker killed after it published the row, before it said the request was done)."""
        self._recheck.add(url)

    def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        if isinstance(item, RemovalNotice):
            return self._removal(item)
        if not isinstance(item, ArticleItem):
            return item
        if item.get("url") in self._recheck:
            self._recheck.discard(item["url"])
            from twisted.internet.threads import deferToThread

            # (in a thread: a query of the archive, off the reactor)
            return deferToThread(self._read_latest, item["article_id"]).addCallback(
                lambda _: self._store(item))
        return self._store(item)

    def _read_latest(self, aid: str) -> None:
        with Archive(self.config.path) as archive:
            found = archive.latest_state(self.source, [aid])
        if aid in found and found[aid] != self.latest.get(aid):
            self.stats.inc_value("archive/rechecked_newer")
            self.latest[aid] = found[aid]

    def _store(self, item: ArticleItem) -> ArticleItem:
        if self.latest.get(item["article_id"]) == (item["version_id"], False):
            self.stats.inc_value("archive/articles_unchanged")
            return item
        state = "articles_changed" if item["article_id"] in self.latest else "articles_new"
        # The row archive.rows.build_row made (ExtractPipeline), as validation left it.
        self._add({name: item.get(name) for name in ARTICLE_SCHEMA.names}, f"archive/{state}")
        self.latest[item["article_id"]] = (item["version_id"], False)
        return item

    def _removal(self, notice: RemovalNotice) -> RemovalNotice:
        """A known article now answers 404/410: a removal marker, never a deletion."""
        aid = article_id(notice["source"], notice["canonical_url"])
        if aid not in self.latest:
            # Never archived: a dead link or a soft 404, not a removal.
            self.stats.inc_value(f"dropped/{notice['reason']}")
            raise DropItem(f"{notice['reason']}: {notice['url']}")
        if self.latest[aid][1]:
            return notice  # already marked removed
        capture = Capture(url=notice["url"], status=notice["http_status"],
                          fetched_at=notice["fetched_at"], pointer=notice.get("warc_pointer"))
        row = removal_row(capture, source=notice["source"], canonical_url=notice["canonical_url"],
                          run_id=notice["run_id"], reason=notice["reason"])
        self._add(row, "archive/articles_removed")
        self.latest[aid] = (row["version_id"], True)
        logger.info("article removed [%s]: %s", notice["reason"], notice["url"])
        return notice

    def _add(self, row: dict, stat: str) -> None:
        assert self.writer is not None  # made by open_spider
        self._unpublished[stat] += 1
        if row.get("url"):
            self.buffered_urls.add(row["url"])
        try:
            self.writer.add(row)
        except OSError as exc:
            # Disk full or gone: nothing was half-published (the part stays in staging and is
            # removed); the rows stay buffered and the next flush tries again.
            self.stats.inc_value("archive/write_errors")
            logger.error("could not publish %d rows to %s: %s", self.writer.pending,
                         self.config.path, exc)
        self._count_published()

    def _count_published(self) -> None:
        """Move the counts of the buffered rows into the stats once the buffer is published
        (a flush publishes all of it or none)."""
        assert self.writer is not None  # made by open_spider
        if self.writer.pending == 0 and self._unpublished:
            for stat, n in self._unpublished.items():
                self.stats.inc_value(stat, n)
            self._unpublished.clear()
            urls, self.buffered_urls = self.buffered_urls, set()
            self.crawler.signals.send_catch_log(signal=rows_published, urls=urls)

    def flush_now(self) -> None:
        """Publish the buffered rows now (a shared frontier's idle worker: crawler/distributed)."""
        if self.writer is not None and self.writer.pending:
            self._flush()

    def _flush(self) -> None:
        """The time bound, run every ``ARCHIVE_FLUSH_SECONDS``: the buffer is published, so
        a crawl killed outright (SIGKILL, power loss) loses at most that much work."""
        assert self.writer is not None  # made by open_spider, which starts this timer
        try:
            self.writer.flush()
        except OSError as exc:
            self.stats.inc_value("archive/write_errors")
            logger.error("could not publish %d rows to %s: %s", self.writer.pending,
                         self.config.path, exc)
        self._count_published()

    def close_spider(self, spider: Spider | None = None) -> None:
        if self.writer is None or self._closed:
            return
        self._closed = True
        if self._timer is not None and self._timer.running:
            self._timer.stop()
        try:
            self.writer.close()
        except OSError as exc:
            self.stats.inc_value("archive/write_errors")
            self.stats.set_value("archive/rows_lost", self.writer.pending)
            logger.error("could not publish the last %d rows to %s: %s; they will be "
                         "fetched again by the next run", self.writer.pending,
                         self.config.path, exc)
        self._count_published()
        self.stats.set_value("archive/rows_written", self.writer.rows_written)
        self.stats.set_value("archive/parts_published", len(self.writer.parts))

    def _reactor_stopping(self) -> None:
        """The reactor stops before the spider closed (a second Ctrl-C): publish what is
        buffered and record the run as ``interrupted``, else both would be lost."""
        self._shutdown_trigger = None
        if self.writer is None or self._run_recorded:
            return
        logger.warning("crawl of %s stopped before it closed: publishing %d buffered row(s), "
                       "recording the run as interrupted", self.source, self.writer.pending)
        self.close_spider()
        self.stats.set_value("finish_reason", "interrupted")
        self.stats.set_value("finish_time", datetime.now(UTC))
        self._record_run("interrupted")

    def _spider_closed(self, spider: Spider, reason: str) -> None:
        # After close_spider, so the run row carries the final counts.
        if self._shutdown_trigger is not None:
            from twisted.internet import reactor

            reactor.removeSystemEventTrigger(self._shutdown_trigger)  # type: ignore[call-arg, misc]
            self._shutdown_trigger = None
        if self._run_recorded:  # by _reactor_stopping: the stats say what the run row says
            self.stats.set_value("finish_reason", "interrupted")
        self._record_run(reason)
        if self.update_derived and derived_due(self.stats.get_stats()):
            self._update_derived()

    def _update_derived(self) -> None:
        """Clusters and search index brought up to date, as the CLI does after a crawl; a
        failure is logged, never the crawl's."""
        from archive.derived import update_derived

        try:
            done = update_derived(self.config.path)
        except Exception as exc:  # (sqlite, DuckDB, OS errors): the rows are stored already
            self.stats.inc_value("archive/derived_errors")
            logger.error("clusters and search index not updated: %s; `portal-archive dedup` "
                         "and `portal-archive index` catch up", exc)
            return
        if done.clusters is not None:
            logger.info("duplicate clusters: %d new version(s) matched", done.clusters.new_versions)
        if done.index is not None:
            logger.info("search index: %d article(s) indexed", done.index.added)

    def _record_run(self, reason: str) -> None:
        if self._run_recorded:
            return
        self._run_recorded = True
        stats = self.stats.get_stats()
        get = stats.get

        def total(prefix: str) -> int:
            return sum(v for k, v in stats.items() if k.startswith(prefix) and isinstance(v, int))

        def by_prefix(prefix: str) -> str:
            return json.dumps({k[len(prefix):]: v for k, v in sorted(stats.items())
                               if k.startswith(prefix) and isinstance(v, int)})

        pages = total("extract/status/")
        errors = {k.split("/", 2)[-1]: v for k, v in stats.items() if isinstance(v, int) and (
            k.startswith(("portal/errors/", "extract/errors/")) or k == "archive/write_errors")}
        errors.update({f"http_{k.rsplit('/', 1)[-1]}": v for k, v in stats.items()
                       if k.startswith("portal/http_errors/")})

        def share(*keys: str) -> float | None:
            return round(sum(get(k, 0) for k in keys) / pages, 4) if pages else None

        row = {
            "run_id": self.run_id,
            "source": self.source,
            "started_at": get("start_time") or self.started_at,
            "finished_at": datetime.now(UTC),
            "finish_reason": reason,
            "requests": get("downloader/request_count", 0),
            "responses": get("downloader/response_count", 0),
            "articles_new": get("archive/articles_new", 0),
            "articles_changed": get("archive/articles_changed", 0),
            "articles_removed": get("archive/articles_removed", 0),
            "articles_unchanged": get("archive/articles_unchanged", 0)
            + get("portal/not_modified", 0),
            "items_dropped": get("item_dropped_count", 0),
            "traps_refused": get("portal/traps_refused", 0),
            "errors": total("portal/errors/") + total("extract/errors/")
            + get("archive/write_errors", 0),
            "responses_by_status": by_prefix("downloader/response_status_count/"),
            "dropped_by_reason": by_prefix("dropped/"),
            "errors_by_kind": json.dumps(dict(sorted(errors.items()))),
            "empty_text_share": share("extract/status/no_body", "dropped/too_short"),
            "missing_date_share": share("validate/no_date"),
            "missing_title_share": share("validate/no_title"),
            "refused_by_reason": by_prefix("portal/refused/"),
            "failing_hosts": json.dumps({k[len("portal/failing_hosts/"):]: v
                                         for k, v in sorted(stats.items())
                                         if k.startswith("portal/failing_hosts/")}),
            "pages_by_kind": by_prefix("pages/kind/"),
            "article_requests_failed": _article_requests_failed(stats),
            "article_empty_share": _article_empty_share(stats),
            "stats_json": json.dumps(stats, default=str, sort_keys=True),
        }
        try:
            publish_table(self.config.path, "runs", pa.Table.from_pylist([row], schema=RUN_SCHEMA),
                          prefix="run")
        except OSError:
            logger.exception("could not record run %s", self.run_id)
