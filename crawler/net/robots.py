"""robots.txt by RFC 9309's error rules, with a size cap (HOSTILE.md S5).

:class:`PortalRobotsTxtMiddleware`: robots.txt answering 5xx or failing is "disallow
everything for now" and is read again later (RFC 9309 2.3.1.4); 4xx is "allow"; a huge
robots.txt is cut to its first 500 KiB of rules.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any, Self

from scrapy import Request
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response as PlainResponse
from scrapy.http.request import NO_CALLBACK
from scrapy.robotstxt import RobotParser
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred

from crawler.config import project
from crawler.faults import Refused, failure_reason, record
from crawler.net.throttle import HOST_FAILURES

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Response

__all__ = ["ROBOTS_MAX_BYTES", "PortalRobotsTxtMiddleware", "robots_rules"]

logger = logging.getLogger(__name__)

#: RFC 9309 2.5: crawlers must parse at least 500 KiB; we parse no more than that.
ROBOTS_MAX_BYTES = 500 * 1024


class _Unavailable(RobotParser):
    """robots.txt could not be read: disallow everything until it is read again.

    A RobotParser: it takes a parser's place in Scrapy's table of the hosts' parsers."""

    def __init__(self, why: str) -> None:
        self.why = why
        self.since = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler: Crawler, robotstxt_body: bytes) -> Self:
        raise NotImplementedError("made when robots.txt could not be read, never from a body")

    def allowed(self, url: str | bytes, user_agent: str | bytes) -> bool:
        return False


def robots_rules(body: bytes, limit: int = ROBOTS_MAX_BYTES) -> tuple[bytes, bool]:
    """The rule text of a robots.txt body, at most ``limit`` bytes; ``True`` when cut.

    Comment and blank lines are dropped first, so a file padded with comments keeps its rules.
    """
    if len(body) <= limit:
        return body, False
    lines = [line for line in body.splitlines()
             if line.strip() and not line.lstrip().startswith(b"#")]
    kept, size = [], 0
    for line in lines:
        size += len(line) + 1
        if size > limit:
            break
        kept.append(line)
    return b"\n".join(kept) + b"\n", True


class PortalRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware with RFC 9309's error rules and a size cap."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        ours = project(crawler.settings)
        self.retry_after = ours.getfloat("PORTAL_ROBOTS_RETRY")
        self.timeout = min(crawler.settings.getfloat("DOWNLOAD_TIMEOUT", 30),
                           ours.getfloat("PORTAL_ROBOTS_TIMEOUT"))
        self.frontier = ours.get("PORTAL_FRONTIER")
        self._shared: Any = None

    def _shared_robots(self) -> Any:
        """The robots.txt responses the workers of a shared frontier leave one another."""
        if self._shared is None:
            from crawler.distributed.robots import SharedRobots
            from crawler.distributed.scheduler import connect

            self._shared = SharedRobots(connect(self.frontier), self.crawler.spider.source.name)  # type: ignore[union-attr]
        return self._shared

    async def _from_other_worker(self, netloc: str) -> tuple[int, bytes] | None:
        """With a shared frontier: the robots.txt another worker fetched, waiting for it while
        another worker fetches it; None when this worker is to fetch it (or Redis fails)."""
        import asyncio

        import redis

        try:
            shared = self._shared_robots()
            deadline = time.monotonic() + self.timeout + 2
            while (found := shared.get(netloc)) is None:
                if shared.claim(netloc, self.timeout + 2) or time.monotonic() > deadline:
                    return None
                await asyncio.sleep(0.1)
        except (redis.RedisError, OSError) as exc:
            logger.info("robots.txt of %s not shared (%s): fetched here", netloc, exc)
            return None
        self._stats.inc_value("frontier/robots_shared")
        return found

    def _leave_for_others(self, netloc: str, response: Response) -> None:
        import redis

        try:
            self._shared_robots().put(netloc, response.status, response.body[:2 * ROBOTS_MAX_BYTES])
        except (redis.RedisError, OSError) as exc:
            logger.info("robots.txt of %s not shared (%s)", netloc, exc)

    async def robot_parser(self, request: Request) -> RobotParser | None:
        """The host's parser, fetching robots.txt once. Every request that arrives while it
        is being fetched waits on its own Deferred chained to the fetch: Scrapy 2.19 awaits
        the shared Deferred directly, whose first awaiter swallows the result (its callback
        returns None), so the others saw "no robots.txt" and went ahead — against RFC 9309
        when robots.txt turns out unavailable or disallows them."""
        netloc = urlparse_cached(request).netloc
        parser = self._parsers.get(netloc)
        if isinstance(parser, _Unavailable) and time.monotonic() - parser.since >= self.retry_after:
            del self._parsers[netloc]  # read it again
        if netloc not in self._parsers:
            self._parsers[netloc] = Deferred()
            url = urlparse_cached(request)
            # One try, on a short deadline: an unreachable robots.txt means "nothing for now"
            # and is read again after PORTAL_ROBOTS_RETRY, so retries would only delay the verdict.
            robots = Request(f"{url.scheme}://{url.netloc}/robots.txt", priority=self.DOWNLOAD_PRIORITY,
                             meta={"dont_obey_robotstxt": True, "dont_retry": True,
                                   "download_timeout": self.timeout, "portal_robots": True},
                             callback=NO_CALLBACK)
            try:
                shared = await self._from_other_worker(netloc) if self.frontier else None
                if shared is not None:  # read by another worker of this run
                    response: Response = PlainResponse(robots.url, status=shared[0], body=shared[1],
                                                   request=robots)
                else:
                    response = await self.crawler.engine.download_async(robots)
                    if self.frontier:
                        self._leave_for_others(netloc, response)
                await self._parse_robots(response, netloc, request)
            except Exception as exc:  # every failure is "unavailable" (logged with its reason)
                self._robots_error(exc, netloc)
            self._stats.inc_value("robotstxt/request_count")
        parser = self._parsers[netloc]
        if isinstance(parser, Deferred):
            waiter: Deferred[RobotParser | None] = Deferred()

            def relay(result: RobotParser | None) -> RobotParser | None:
                waiter.callback(result)
                return result

            parser.addCallback(relay)
            return await maybe_deferred_to_future(waiter)
        return parser

    def process_request_2(self, rp: RobotParser | None, request: Request) -> None:
        if isinstance(rp, _Unavailable):
            record(self.crawler, "robots_unavailable", request.url, rp.why, level=logging.INFO)
            raise Refused("robots_unavailable", rp.why)
        try:
            super().process_request_2(rp, request)
        except IgnoreRequest:
            record(self.crawler, "robots_disallowed", request.url, level=logging.DEBUG)
            raise Refused("robots_disallowed") from None

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        stats = self._stats
        if response.status >= 500 or response.status == 429:
            stats.inc_value("robotstxt/response_count")
            stats.inc_value(f"robotstxt/response_status_count/{response.status}")
            self._set(netloc, _Unavailable(f"robots.txt answered HTTP {response.status}"))
            return
        if 400 <= response.status < 500:  # no robots.txt: everything allowed
            stats.inc_value("robotstxt/response_count")
            stats.inc_value(f"robotstxt/response_status_count/{response.status}")
            self._set(netloc, None)
            return
        body, cut = robots_rules(response.body)
        if cut:
            stats.inc_value("portal/robots/oversized")
            logger.warning("robots.txt of %s is %d bytes: read its first %d bytes of rules",
                           netloc, len(response.body), ROBOTS_MAX_BYTES)
            response = response.replace(body=body)
        await super()._parse_robots(response, netloc, request)

    def _set(self, netloc: str, parser: RobotParser | None) -> None:
        if isinstance(parser, _Unavailable):
            self._stats.inc_value("portal/robots/unavailable")
            logger.warning("robots.txt of %s unavailable (%s): nothing fetched from it for now",
                           netloc, parser.why)
        pending = self._parsers[netloc]
        self._parsers[netloc] = parser
        if isinstance(pending, Deferred):
            pending.callback(parser)

    def _robots_error(self, exc: Exception, netloc: str) -> None:
        why = exc.reason if isinstance(exc, Refused) else failure_reason(exc)
        if why == "size_limit":
            # Larger than DOWNLOAD_MAXSIZE: unreadable however often it is fetched. Treated as
            # no robots.txt (counted, logged) rather than blocking the source for good.
            self._stats.inc_value("portal/robots/too_large")
            logger.warning("robots.txt of %s is larger than DOWNLOAD_MAXSIZE: read as allowing "
                           "everything", netloc)
            self._set(netloc, None)
            return
        if not isinstance(exc, IgnoreRequest):
            self._stats.inc_value(f"robotstxt/exception_count/{type(exc)}")
            record(self.crawler, why, f"//{netloc}/robots.txt", f"{type(exc).__name__}: {exc}"[:300])
        if why in HOST_FAILURES:
            # A host whose robots.txt cannot even be fetched is given up for this run.
            host = netloc.rsplit(":", 1)[0] if not netloc.endswith("]") else netloc
            self._stats.set_value(f"portal/failing_hosts/{host.strip('[]')}", why)
        self._set(netloc, _Unavailable(f"robots.txt fetch failed: {why}"))
