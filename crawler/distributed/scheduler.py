"""Scrapy's scheduler over the shared frontier, and the pieces that tell it when a request is
done: any number of crawler processes, on any machines, crawl one source together.

``FrontierScheduler`` (``SCHEDULER`` when ``PORTAL_FRONTIER`` names a Redis) keeps no queue of
its own: a request the spider schedules is recorded in the source's ``SeenSet`` (by its
canonical URL; of several workers scheduling it, one does) and pushed to the source's
``LeasedQueue``; ``next_request`` takes leases from it. A lease is acknowledged only when the
request is finished with:

- a page whose callback yielded no item (a listing, a feed): once its links are scheduled
  (``FrontierAckMiddleware``, a spider middleware around every callback);
- a page that became an item: when the item is dropped, stored unchanged, or its row is
  published to the archive (the store's ``rows_published`` signal), never before;
- a failed download: when its errback has run.

A worker killed at any point leaves its leases unacknowledged; when they run out
(``PORTAL_FRONTIER_LEASE``) the next worker that asks takes them over. Entries are JSON (URL,
callback name, priority, the spider's own meta), never pickles. ``HostGateMiddleware``
(crawler/distributed/gate.py) asks the shared per-host gate before every download, so all
workers together keep a host's concurrency and delay.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import time
from collections import deque
from collections.abc import AsyncIterator, Iterable
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import urlsplit

from scrapy import Request, signals
from scrapy.core.scheduler import BaseScheduler

from crawler.config import project
from crawler.distributed.queue import OVER_BUDGET, LeasedQueue
from crawler.distributed.runs import SharedRun
from crawler.distributed.seen import SeenSet
from crawler.faults import Refused
from crawler.signals import rows_published

if TYPE_CHECKING:
    import redis
    from scrapy import Spider
    from scrapy.crawler import Crawler
    from scrapy.http import Response

__all__ = ["FrontierAckMiddleware", "FrontierScheduler", "connect"]

logger = logging.getLogger(__name__)

#: Meta keys Scrapy and its middlewares set for one download: never carried to another worker.
_LOCAL_META = frozenset({"download_slot", "download_latency", "depth", "redirect_times",
                         "redirect_ttl", "redirect_urls", "redirect_reasons", "retry_times",
                         "warc_pointer", "warc_revisit", "warc_payload_sha256", "fetched_at",
                         "frontier_entry", "portal_host_slot"})
ENTRY = "frontier_entry"
#: Seconds a worker with nothing to take keeps buffered rows that others may wait on.
_IDLE_PUBLISH = 5.0


def connect(url: str, *, patience: float = 0.0) -> redis.Redis:
    """A client for the frontier's Redis (``redis://host:port/db``), checked: while it does
    not answer, asked again every second for up to ``patience`` seconds (a worker started
    while Redis restarts waits for it), then the error is raised."""
    import redis

    client = redis.Redis.from_url(url, socket_timeout=30, socket_connect_timeout=10,
                                  health_check_interval=30)
    deadline = time.monotonic() + patience
    while True:
        try:
            client.ping()
            return client
        except (redis.ConnectionError, redis.TimeoutError) as exc:
            if time.monotonic() >= deadline:
                raise
            logger.warning("frontier Redis unreachable (%s): waiting for it", exc)
            time.sleep(1.0)


class FrontierScheduler(BaseScheduler):
    def __init__(self, crawler: Crawler) -> None:
        ours = project(crawler.settings)
        self.crawler = crawler
        self.stats = crawler.stats
        self.url = ours.get("PORTAL_FRONTIER")
        self.lease = ours.getfloat("PORTAL_FRONTIER_LEASE")
        self.worker = f"{socket.gethostname()}:{os.getpid()}"
        self._buffer: deque[Request] = deque()
        self._held: dict[str, float] = {}  # entry id -> when taken or last renewed
        self._urls: dict[str, str] = {}  # entry id -> the URL last asked for under it
        #: URL of an item's page -> its entries (two addresses may redirect to one page),
        #: until the item is stored; then, while its row is buffered, until it is published
        self._awaiting: dict[str, list[str]] = {}
        self._published_wait: dict[str, list[str]] = {}
        self.queue: LeasedQueue | None = None
        self.seen: SeenSet | None = None
        self._poller: Any = None
        self.run: SharedRun | None = None
        self.run_id = ""
        self.budget = 0  # the source's page budget across all workers (0: none)
        #: while Redis cannot be reached: requests to record and push, in order, and entries
        #: to acknowledge, sent once it answers again
        self._outbox: deque[Request] = deque()
        self._unacked: list[str] = []
        self._down = False
        self._idle_since: float | None = None  # with rows waiting, found nothing to take since
        self._store: Any = None  # the store pipeline (False: the crawl runs none)
        #: entries held before by a worker that stopped answering (it may have stored them)
        self._taken_over: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def open(self, spider: Spider) -> None:
        name = spider.source.name  # type: ignore[attr-defined]
        # (blocking: nothing of this crawl can start before its frontier answers)
        client = connect(self.url, patience=max(60.0, self.lease))
        self.queue = LeasedQueue(client, name, lease_seconds=self.lease,
                                 max_deliveries=project(self.crawler.settings).getint(
                                     "PORTAL_FRONTIER_MAX_DELIVERIES"))
        self.seen = SeenSet(client, name)
        self.budget = int(getattr(spider, "max_pages", 0) or 0)
        # Join the workers crawling the source, or start its next run (what the last run saw
        # is then forgotten, so re-checks and new listings are fetched): one atomic decision.
        self.run = SharedRun(client, name, member_seconds=self.lease)
        self.run_id, started = self.run.join(self.worker, spider.run_id)  # type: ignore[attr-defined]
        self._beaten = time.monotonic()
        self.stats.set_value("frontier/worker", self.worker)
        self.stats.set_value("frontier/run", self.run_id)
        sig = self.crawler.signals
        sig.connect(self._item_scraped, signal=signals.item_scraped)
        sig.connect(self._item_dropped, signal=signals.item_dropped)
        sig.connect(self._rows_published, signal=rows_published)
        # An idle engine asks its scheduler again only every few seconds (its heartbeat):
        # other workers' new entries are looked for twice a second instead.
        from twisted.internet import task

        self._poller = task.LoopingCall(self._poke)
        self._poller.start(0.5, now=False)
        logger.info("worker %s %s run %s of %s, sharing its frontier at %s", self.worker,
                    "starts" if started else "joins", self.run_id, name,
                    urlsplit(self.url)._replace(netloc=urlsplit(self.url).hostname or "").geturl())

    def _poke(self) -> None:
        if self.queue is not None and not self._down:
            self._renew()  # here, not per request: a worker busy or idle keeps its leases
        if self.run is not None and time.monotonic() - self._beaten > self.lease / 3:
            ok, alive = self._try(self.run.beat, self.worker)
            if ok:
                self._beaten = time.monotonic()
                if not alive:
                    logger.warning("worker %s was presumed gone (no sign for %.0f s); it goes "
                                   "on, and its requests may be taken over", self.worker, self.lease)
        slot = getattr(self.crawler.engine, "_slot", None)
        if slot is not None and not self._buffer:
            slot.nextcall.schedule()

    def close(self, reason: str) -> None:
        if self._poller is not None and self._poller.running:
            self._poller.stop()
        if self.run is not None and self._try(self.run.leave, self.worker)[0]:
            ok, alive = self._try(self.run.alive)
            if ok and not alive:  # the last worker of the run: it updates what follows rows
                self.stats.set_value("frontier/last_out", 1)
        left = list(self._held)
        if left:  # given back: another worker takes them now (else when their leases run out)
            given, _ = self._try(self.queue.release, self.worker, left) if self.queue else (False, None)
            logger.info("worker %s stops holding %d unfinished request(s)%s", self.worker,
                        len(left), ", given back" if given else "")

    # -- Redis unreachable ------------------------------------------------------------------
    def _try(self, call: Any, *args: Any) -> tuple[bool, Any]:
        """``call(*args)``, or ``(False, None)`` when Redis cannot be reached (counted as
        ``frontier/redis_unavailable``, said once per outage): the worker pauses, keeps what
        it would have sent, and sends it when Redis answers again."""
        import redis

        try:
            result = call(*args)
        except (redis.ConnectionError, redis.TimeoutError, OSError) as exc:
            self.stats.inc_value("frontier/redis_unavailable")
            if not self._down:
                logger.warning("frontier Redis unreachable (%s): worker %s pauses, keeps what it "
                               "would send, and retries twice a second", exc, self.worker)
                self._down = True
            return False, None
        if self._down:
            logger.warning("frontier Redis answers again: worker %s goes on", self.worker)
            self._down = False
        return True, result

    def _drain(self) -> bool:
        """Send what an outage held back; True when nothing is left to send."""
        assert self.queue is not None and self.seen is not None
        if self._unacked:
            ok, _ = self._try(self.queue.ack, list(self._unacked))
            if not ok:
                return False
            self.stats.inc_value("frontier/acknowledged", len(self._unacked))
            self._unacked.clear()
        while self._outbox:
            if not self._record_and_push(self._outbox[0]):
                return False
            self._outbox.popleft()
        return True

    def _record_and_push(self, request: Request) -> bool:
        """Record and push one request (one atomic step: a retry after a lost reply can push
        nothing twice); False when Redis did not answer (the caller keeps it)."""
        assert self.queue is not None and self.seen is not None
        key = request.meta.get("portal_canonical") or request.url
        ok, entry = self._try(self.queue.push_once, self.seen.key, f"{request.method} {key}",
                              _entry(request), self.budget)
        if not ok:
            return False
        if entry == OVER_BUDGET:  # the source's max_pages, counted across all workers
            self.stats.inc_value("portal/budget_refused")
            self.stats.inc_value("frontier/budget_refused")
        else:
            self.stats.inc_value("frontier/enqueued" if entry else "frontier/duplicate")
        return True

    # -- scheduling -------------------------------------------------------------------------
    def has_pending_requests(self) -> bool:
        assert self.queue is not None
        if self._buffer or not self._drain():
            return True
        # Entries no worker has finished, other than this worker's rows waiting to be published
        # (those are published when this worker closes).
        mine = sum(map(len, self._awaiting.values())) + sum(map(len, self._published_wait.values()))
        ok, waiting = self._try(self.queue.waiting)
        return not ok or waiting > mine

    def enqueue_request(self, request: Request) -> bool:
        assert self.queue is not None and self.seen is not None
        if (entry := request.meta.get(ENTRY)) in self._held:
            # a retry or a redirect of a request this worker holds: the same entry, here; a
            # redirect to a page some worker has scheduled already is not fetched again
            redirect = request.url != self._urls.get(entry)
            if redirect:
                ok, new = self._try(self.seen.add, f"{request.method} {self._key(request.url)}")
                if ok and not new:
                    self.stats.inc_value("frontier/duplicate")
                    self.done(entry)
                    return False
            self._urls[entry] = request.url
            self._buffer.append(request)
            return True
        if (self._outbox or self._down or not self._record_and_push(request)):
            self._outbox.append(request)  # in order, sent when Redis answers again
        return True

    def _key(self, url: str) -> str:
        """The spider's canonical form of ``url`` (what its own requests are recorded by)."""
        profile = getattr(self.crawler.spider, "profile", None)
        return profile.canonicalize(url) if profile is not None else url

    def next_request(self) -> Request | None:
        assert self.queue is not None
        if not self._drain():
            return self._buffer.popleft() if self._buffer else None
        if not self._buffer:
            ok, leases = self._try(self.queue.take, self.worker, 4)
            for lease in leases if ok else ():
                request = _request(lease.data, self.crawler.spider)
                if request is None:  # an entry no spider method answers: done, refused
                    self.queue.ack([lease.entry_id])
                    self.stats.inc_value("frontier/unreadable")
                    continue
                request.meta[ENTRY] = lease.entry_id
                request.errback = self._finishing(request.errback, lease.entry_id)
                self._held[lease.entry_id] = time.monotonic()
                self._urls[lease.entry_id] = request.url
                if lease.deliveries > 1:
                    self.stats.inc_value("frontier/taken_over")
                    self._taken_over.add(lease.entry_id)
                self._buffer.append(request)
        if self._buffer:
            self.stats.inc_value("frontier/dequeued")
            return self._buffer.popleft()
        if self._published_wait and self._publish_due() and (store := self._the_store()):
            # Nothing to take, and what is left is this worker's buffered rows (or they have
            # waited a while): published now, not at the store's flush timer, so their
            # requests are done and the workers waiting on them can finish.
            store.flush_now()
        return None

    def _publish_due(self) -> bool:
        assert self.queue is not None
        mine = sum(map(len, self._published_wait.values()))
        ok, waiting = self._try(self.queue.waiting)
        if ok and waiting <= mine:
            return True
        if self._idle_since is None:
            self._idle_since = time.monotonic()
        return time.monotonic() - self._idle_since > _IDLE_PUBLISH

    def _finishing(self, errback: Any, entry: str) -> Any:
        """The request's errback, and then its entry done: a failed download's errback
        output never passes the spider middlewares (FrontierAckMiddleware)."""
        def finish(failure: Any) -> Any:
            try:
                return errback(failure) if errback is not None else None
            finally:
                if failure.check(Refused) and failure.value.reason == "shutdown":
                    # not done: this worker is stopping; another fetches it (close gives it back)
                    self._urls.pop(entry, None)
                else:
                    self.done(entry)
        finish.__name__ = getattr(errback, "__name__", "finish")
        return finish

    def _renew(self) -> None:
        """Leases of requests still in hand are renewed before they can run out."""
        assert self.queue is not None
        now = time.monotonic()
        due = [e for e, t in self._held.items() if now - t > self.lease / 3]
        if due and self._try(self.queue.renew, self.worker, due)[0]:
            for e in due:
                self._held[e] = now

    # -- finishing --------------------------------------------------------------------------
    def done(self, entry: str | None) -> None:
        self._urls.pop(entry or "", None)
        self._taken_over.discard(entry or "")
        if entry and self._held.pop(entry, None) is not None:
            assert self.queue is not None
            if self._unacked or not self._try(self.queue.ack, [entry])[0]:
                self._unacked.append(entry)  # sent when Redis answers again
                return
            self.stats.inc_value("frontier/acknowledged")

    def expect_item(self, url: str, entry: str | None) -> None:
        """The page at ``url`` gave an item: its entry is done when the item is. When the
        entry was taken over, the worker that held it may have published the item's row and
        died before saying so: the store compares it with the archive as it is now."""
        if entry:
            self._awaiting.setdefault(url, []).append(entry)
            if entry in self._taken_over and (store := self._the_store()) is not None:
                store.recheck(url)

    def _item_scraped(self, item: Any, response: Response | None = None, spider: Any = None) -> None:
        url = item.get("url") if hasattr(item, "get") else None
        entries = self._awaiting.pop(url, None) if url else None
        if not entries:
            return
        if url in self._buffered:  # its row waits in the store's buffer: done once published
            self._published_wait.setdefault(url, []).extend(entries)
            return
        for entry in entries:
            self.done(entry)

    def _item_dropped(self, item: Any, response: Response | None = None,
                      exception: BaseException | None = None, spider: Any = None) -> None:
        url = item.get("url") if hasattr(item, "get") else None
        for entry in self._awaiting.pop(url, []) if url else []:
            self.done(entry)

    @property
    def _buffered(self) -> set[str]:
        """URLs whose rows the store holds unpublished (its ``buffered_urls``)."""
        store = self._the_store()
        return store.buffered_urls if store is not None else set()

    def _the_store(self) -> Any:
        """The crawl's store pipeline, found once (it does not change during the crawl)."""
        if self._store is None:
            self._store = _store(self.crawler) or False
        return self._store or None

    def _rows_published(self, urls: Iterable[str]) -> None:
        self._idle_since = None
        for url in urls:
            for entry in self._published_wait.pop(url, None) or ():
                self.done(entry)


def _store(crawler: Crawler) -> Any:
    """The store pipeline of this crawl, if it runs one."""
    from pipelines.store import StorePipeline

    engine = crawler.engine
    pipes = getattr(getattr(getattr(engine, "scraper", None), "itemproc", None), "middlewares", ())
    return next((p for p in pipes if isinstance(p, StorePipeline)), None)


def _entry(request: Request) -> dict[str, Any]:
    meta = {}
    for key, value in request.meta.items():
        if key in _LOCAL_META or key.startswith("_"):
            continue
        try:
            json.dumps(value)
        except (TypeError, ValueError):
            continue
        meta[key] = value
    return {"url": request.url, "method": request.method, "priority": request.priority,
            "callback": getattr(request.callback, "__name__", None),
            "errback": getattr(request.errback, "__name__", None),
            "dont_filter": request.dont_filter, "meta": meta}


def _request(data: dict[str, Any], spider: Any) -> Request | None:
    def method(name: Any) -> Any:
        if not isinstance(name, str) or name.startswith("__"):
            return None
        found = getattr(spider, name, None)
        return found if callable(found) else None

    url = data.get("url")
    callback = method(data.get("callback"))
    if not isinstance(url, str) or (data.get("callback") and callback is None):
        return None
    return Request(url, method=str(data.get("method") or "GET"), callback=callback,
                   errback=method(data.get("errback")), priority=int(data.get("priority") or 0),
                   meta=dict(data.get("meta") or {}), dont_filter=True)


class FrontierAckMiddleware:
    """Spider middleware: a request's entry is done once its callback's output is handed on
    (its links are in the frontier); a page that gave an item waits for the item."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def _scheduler(self) -> FrontierScheduler | None:
        slot = getattr(self.crawler.engine, "_slot", None)
        scheduler = getattr(slot, "scheduler", None)
        return scheduler if isinstance(scheduler, FrontierScheduler) else None

    def _watch(self, response: Response) -> tuple[Any, Any]:
        """For one callback's output: what to call on each output, and at its end."""
        entry = response.meta.get(ENTRY) if response.request is not None else None
        scheduler = self._scheduler()
        if scheduler is None or not entry:
            return (lambda out: None), (lambda: None)
        items: list[bool] = []

        def each(out: Any) -> None:
            if not isinstance(out, Request):  # an item: the entry waits for it
                items.append(True)
                scheduler.expect_item(out.get("url") or response.url, entry)

        def end() -> None:
            if not items:  # its links are in the frontier: done
                scheduler.done(entry)

        return each, end

    async def process_spider_output_async(self, response: Response, result: AsyncIterator[Any],
                                          spider: Any = None) -> AsyncIterator[Any]:
        each, end = self._watch(response)
        async for out in result:
            each(out)
            yield out
        end()

    def process_spider_output(self, response: Response, result: Iterable[Any],
                              spider: Any = None) -> Iterable[Any]:
        each, end = self._watch(response)
        for out in result:
            each(out)
            yield out
        end()
