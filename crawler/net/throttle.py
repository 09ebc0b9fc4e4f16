"""Per-host waiting on hostile networks (HOSTILE.md N1, N5).

:class:`ThrottleMiddleware`: ``429``/``503`` wait for ``Retry-After`` (seconds or HTTP-date,
capped) or an exponential backoff, per host: the host's download slot is paused, other hosts
go on (N1). Connection-level failures back off per host too, and a host that keeps failing
is given up for the run and listed in the run summary (N5). A shutdown does not wait for a
pause to end.
"""

from __future__ import annotations

import logging
import time
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any, Self

from scrapy import signals
from scrapy.utils.httpobj import urlparse_cached

from crawler.config import project
from crawler.faults import Refused, failure_reason, record

if TYPE_CHECKING:
    from scrapy import Request, Spider
    from scrapy.core.downloader import Slot
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from scrapy.utils.asyncio import AsyncioLoopingCall
    from twisted.internet.task import LoopingCall

__all__ = ["HOST_FAILURES", "ThrottleMiddleware", "parse_retry_after"]

logger = logging.getLogger(__name__)


def parse_retry_after(value: str | bytes | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP-date), else None."""
    if not value:
        return None
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None or when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


#: Failures that say something about the host rather than the page (the robots.txt
#: middleware gives such a host up too).
HOST_FAILURES = {"dns_failure", "connection_refused", "timeout", "tls_failure", "connection_reset"}


class ThrottleMiddleware:
    """Per-host waiting: Retry-After and backoff on 429/503, backoff and give-up on failing
    hosts (N1, N5). Settings: ``PORTAL_RETRY_AFTER_MAX`` (longest wait honoured, seconds),
    ``PORTAL_THROTTLE_TRIES`` (429/503 retries per URL), ``PORTAL_BACKOFF_BASE`` (first
    backoff, doubled each time), ``PORTAL_HOST_FAILURES`` (failures in a row that give a host
    up for the run)."""

    def __init__(self, crawler: Crawler) -> None:
        s = project(crawler.settings)
        self.crawler = crawler
        self.max_wait = s.getfloat("PORTAL_RETRY_AFTER_MAX")
        self.tries = s.getint("PORTAL_THROTTLE_TRIES")
        self.base = s.getfloat("PORTAL_BACKOFF_BASE")
        self.host_failures = s.getint("PORTAL_HOST_FAILURES")
        self._failures: dict[str, int] = {}
        self.failing: dict[str, str] = {}  # host -> last failure reason
        self._paused_until: dict[str, float] = {}  # download slot -> monotonic time
        self._too_long: dict[str, int] = {}  # host -> Retry-After answers too long, in a row
        self._watch: AsyncioLoopingCall | LoopingCall | None = None
        #: with a shared frontier, the per-host gate all workers obey (crawler/distributed)
        self._shared = bool(s.get("PORTAL_FRONTIER"))
        self._checked_shared: dict[str, float] = {}  # host -> when its shared verdict was read
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    # -- pausing a host -----------------------------------------------------------------------
    def pause(self, request: Request, seconds: float) -> None:
        """Hold every queued request of ``request``'s download slot for ``seconds``.

        Scrapy's downloader delays a slot with ``slot.latercall`` (how DOWNLOAD_DELAY works);
        a longer pause replaces a shorter one, and closing the slot cancels it.
        """
        from scrapy.utils.asyncio import call_later

        downloader = self.crawler.engine.downloader
        key, slot = downloader._get_slot(request)
        if self._closing():  # a stopping run does not wait: what waits is kept for the next
            self._fail_queue(slot, "shutdown")
            return
        until = time.monotonic() + seconds
        if slot.latercall is not None:
            if self._paused_until.get(key, 0) >= until:
                return
            slot.latercall.cancel()
        self._paused_until[key] = until
        slot.latercall = call_later(seconds, downloader._latercall, slot)
        if (gate := self._gate()) is not None:  # every worker waits as long
            gate.share_pause(urlparse_cached(request).netloc.lower(), seconds)

    def _gate(self) -> Any:
        """The shared per-host gate of a frontier crawl, else None."""
        if not self._shared:
            return None
        from crawler.distributed.gate import HostGateMiddleware

        try:
            return self.crawler.get_downloader_middleware(HostGateMiddleware)
        except RuntimeError:  # no engine: the middleware driven by hand
            return None

    def spider_opened(self, spider: Spider) -> None:
        from scrapy.utils.asyncio import create_looping_call

        self._watch = create_looping_call(self._release_on_close)
        self._watch.start(0.25, now=False)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self._watch is not None and self._watch.running:
            self._watch.stop()
        for host, why in sorted(self.failing.items()):
            self.crawler.stats.set_value(f"portal/failing_hosts/{host}", why)

    def _release_on_close(self) -> None:
        """Once the engine starts closing, a pause must not hold the shutdown: requests
        waiting in a paused slot fail at once (the frontier journal keeps them)."""
        engine = self.crawler.engine
        if engine is None or not self._closing():
            return
        for dslot in list(engine.downloader.slots.values()):
            if dslot.latercall is None:
                continue
            dslot.latercall.cancel()
            dslot.latercall = None
            self._fail_queue(dslot, "shutdown")

    def _fail_queue(self, slot: Slot, reason: str, detail: str = "") -> None:
        """Fail the requests queued in a download slot (they passed ``process_request``
        already); the spider keeps them for the next run."""
        while slot.queue:
            queued, deferred = slot.queue.popleft()
            record(self.crawler, reason, queued.url, detail, level=logging.INFO)
            deferred.errback(Refused(reason, detail))

    def _drain(self, request: Request, why: str) -> None:
        """Fail the requests already queued for a host that was just given up (they passed
        ``process_request`` before it failed); the spider keeps them for the next run."""
        _key, slot = self.crawler.engine.downloader._get_slot(request)
        self._fail_queue(slot, "host_failing", why)

    # -- middleware hooks ---------------------------------------------------------------------
    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        host = urlparse_cached(request).hostname or ""
        if host not in self.failing and self._shared:
            self._read_shared_verdict(host, urlparse_cached(request).netloc.lower())
        if host in self.failing:
            record(self.crawler, "host_failing", request.url, self.failing[host],
                   level=logging.INFO)
            raise Refused("host_failing", self.failing[host])
        return None

    def _read_shared_verdict(self, host: str, netloc: str) -> None:
        """A host another worker gave up is given up here too (read at most every 2 s)."""
        now = time.monotonic()
        if now - self._checked_shared.get(host, 0.0) < 2.0 or (gate := self._gate()) is None:
            return
        self._checked_shared[host] = now
        if reason := gate.shared_give_up_reason(netloc):
            self.failing[host] = reason
            logger.warning("host %s given up by another worker (%s): given up here too", host, reason)

    def process_response(self, request: Request, response: Response,
                         spider: Spider | None = None) -> Request | Response:
        host = urlparse_cached(request).hostname or ""
        self._failures.pop(host, None)
        if response.status not in (429, 503):
            self._too_long.pop(host, None)
            return response
        stats = self.crawler.stats
        asked = parse_retry_after(response.headers.get("Retry-After"))
        tries = request.meta.get("portal_throttle_tries", 0)
        wait = asked if asked is not None else self.base * 2 ** tries
        if asked is not None and asked > self.max_wait:
            # This URL waits for the next run. One such answer does not stop the host (a URL
            # can be rate-limited on its own); three in a row give the host up for the run.
            detail = f"HTTP {response.status}, Retry-After {asked:.0f}s > {self.max_wait:.0f}s"
            record(self.crawler, "retry_after_too_long", request.url, detail)
            count = self._too_long[host] = self._too_long.get(host, 0) + 1
            if count >= 3 and host not in self.failing:
                self.failing[host] = "retry_after_too_long"
                logger.warning("host %s asked %d times in a row to wait longer than %.0fs: "
                               "giving it up for this run", host, count, self.max_wait)
                self._drain(request, "retry_after_too_long")
            raise Refused("retry_after_too_long", detail)
        self._too_long.pop(host, None)
        self.pause(request, min(wait, self.max_wait))
        if asked is not None:
            stats.inc_value("portal/retry_after/honoured")
        if request.meta.get("portal_robots"):
            return response  # robots.txt 5xx: "unavailable", handled by the robots middleware
        if tries >= self.tries:
            detail = f"HTTP {response.status} after {tries} retries"
            record(self.crawler, "throttled", request.url, detail)
            raise Refused("throttled", detail)
        stats.inc_value("portal/retry_after/retries")
        logger.info("HTTP %s for %s: waiting %.1fs before retry %d", response.status,
                    request.url, wait, tries + 1)
        retry = request.replace(dont_filter=True)
        retry.meta["portal_throttle_tries"] = tries + 1
        retry.priority = request.priority
        return retry

    def _closing(self) -> bool:
        slot = getattr(self.crawler.engine, "_slot", None)
        return slot is not None and slot.closing is not None

    def process_exception(self, request: Request, exception: BaseException,
                          spider: Spider | None = None) -> None:
        reason = failure_reason(exception)
        if reason not in HOST_FAILURES:
            return None
        host = urlparse_cached(request).hostname or ""
        count = self._failures[host] = self._failures.get(host, 0) + 1
        self.crawler.stats.inc_value(f"portal/host_failures/{reason}")
        if count >= self.host_failures and host not in self.failing:
            self.failing[host] = reason
            logger.warning("host %s failed %d times in a row (%s): giving it up for this run",
                           host, count, reason)
            if (gate := self._gate()) is not None:
                gate.share_give_up(urlparse_cached(request).netloc.lower(), reason)
            self._drain(request, reason)
        elif count > 1:
            self.pause(request, min(self.base * 2 ** (count - 2), self.max_wait))
        return None
