"""The per-host gate every download passes (``HostGateMiddleware``, last downloader middleware):
a request waits for a slot of its host and gives it back when its download ends. With a shared
frontier (``PORTAL_FRONTIER``) the gate is in Redis and holds across all workers
(``HostGate``: concurrency, delay, pauses, give-ups); without one it is the process's own
(``LocalGate``: the concurrency; Scrapy's slot keeps the delay). Scrapy's downloader alone let
3-9 requests of a host out at once at a concurrency of 2 when the delay was short."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import urlsplit

from crawler.config import project
from crawler.distributed.hosts import HostGate, LocalGate

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response

__all__ = ["HostGateMiddleware"]

logger = logging.getLogger(__name__)


class HostGateMiddleware:
    """Downloader middleware: every download waits for a slot of its host's gate and gives it
    back when it ends. With a shared frontier the gate is in Redis (``HostGate``:
    ``CONCURRENT_REQUESTS_PER_DOMAIN`` across all workers, ``DOWNLOAD_DELAY`` between two
    starts); else it is this process's own (``LocalGate``: the concurrency; Scrapy's slot keeps
    the delay)."""

    def __init__(self, crawler: Crawler) -> None:
        ours = project(crawler.settings)
        self.crawler = crawler
        self.url = ours.get("PORTAL_FRONTIER")
        self.concurrency = crawler.settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") or 1
        self.delay = crawler.settings.getfloat("DOWNLOAD_DELAY")
        self.gate: HostGate | LocalGate | None = None
        self._unreleased: list[tuple[str, str]] = []  # slots an outage kept from being given back
        self._asking: dict[str, asyncio.Lock] = {}  # per host: the request asking the gate
        self._freed: dict[str, asyncio.Event] = {}  # per host: set when this worker frees a slot

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def _open(self) -> HostGate | LocalGate:
        if self.gate is None:
            # A slot outlives no download (DOWNLOAD_TIMEOUT bounds each): a killed worker's
            # slot holds its host that long at most.
            slot_seconds = self.crawler.settings.getfloat("DOWNLOAD_TIMEOUT") + 5
            if not self.url:
                self.gate = LocalGate(slot_seconds)
            else:
                spider = self.crawler.spider
                from crawler.distributed.scheduler import connect

                self.gate = HostGate(connect(self.url), spider.source.name,  # type: ignore[union-attr]
                                     slot_seconds=slot_seconds)
        return self.gate

    async def process_request(self, request: Request, spider: Any = None) -> None:
        host = urlsplit(request.url).netloc.lower()
        # One request per host of this worker asks the gate at a time; the others queue here
        # (else each of the requests the engine hands the downloader polls Redis).
        async with self._asking.setdefault(host, asyncio.Lock()):
            await self._acquire(request, host)

    async def _acquire(self, request: Request, host: str) -> None:
        waited = 0.0
        import redis

        while True:
            try:
                gate = self._open()
                while self._unreleased:
                    gate.release(*self._unreleased[-1])
                    self._unreleased.pop()
                grant = gate.acquire(host, concurrency=self.concurrency,
                                     delay=self.delay if self.url else 0.0)
            except (redis.ConnectionError, redis.TimeoutError, OSError):
                # Redis unreachable: wait for it (the scheduler says so in the log)
                self.crawler.stats.inc_value("frontier/redis_unavailable")
                await asyncio.sleep(0.5)
                continue
            if grant.token is not None:
                request.meta["portal_host_slot"] = (host, grant.token)
                if waited:
                    self.crawler.stats.inc_value("frontier/host_waits")
                return None
            waited += grant.wait
            # until a slot may be free, or this worker gives one of the host's back
            freed = self._freed.setdefault(host, asyncio.Event())
            freed.clear()
            try:
                await asyncio.wait_for(freed.wait(), grant.wait)
            except TimeoutError:
                pass

    # -- decisions of the throttle (crawler/net/throttle.py), shared with every worker --------
    def share_pause(self, host: str, seconds: float) -> None:
        """No worker starts a request to ``host`` for ``seconds`` (Retry-After, back-off)."""
        self._shared_call(lambda gate: gate.pause(host, seconds))

    def share_give_up(self, host: str, reason: str) -> None:
        """``host`` is given up for this run by every worker (a run lasts no more than a day)."""
        self._shared_call(lambda gate: gate.give_up(host, reason, for_seconds=86400))

    def shared_give_up_reason(self, host: str) -> str | None:
        return self._shared_call(lambda gate: gate.given_up(host))

    def _shared_call(self, call: Any) -> Any:
        import redis

        if not self.url:
            return None
        try:
            return call(self._open())
        except (redis.RedisError, OSError) as exc:  # the local decision stands meanwhile
            logger.info("a per-host decision not shared (%s)", exc)
            return None

    def _release(self, request: Request) -> None:
        slot = request.meta.pop("portal_host_slot", None)
        if slot is not None and (freed := self._freed.get(slot[0])) is not None:
            freed.set()
        if slot is not None and self.gate is not None:
            import redis

            self._unreleased.append(slot)
            try:
                while self._unreleased:
                    self.gate.release(*self._unreleased[-1])
                    self._unreleased.pop()
            except (redis.ConnectionError, redis.TimeoutError, OSError):
                pass  # given back once Redis answers (else the slot's lease would hold the host)

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Response:
        self._release(request)
        return response

    def process_exception(self, request: Request, exception: BaseException, spider: Any = None) -> None:
        self._release(request)
        return None
