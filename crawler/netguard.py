"""Downloader middlewares that keep a crawl safe on hostile networks (HOSTILE.md N1-N8, S1-S5).

- :class:`AddressGuardMiddleware` (first of all): only http(s), and no request to a private,
  loopback, link-local or reserved address, checked after DNS resolution on every request,
  so on every redirect hop, robots.txt and sitemap too (N7). A source may allow its own
  origin (``allow_private = true``, the demo portal and tests) or named hosts and networks.
  :class:`GuardedResolver` checks every DNS answer again when a connection uses it (DNS
  rebinding).
- :class:`ThrottleMiddleware`: ``429``/``503`` wait for ``Retry-After`` (seconds or HTTP-date,
  capped) or an exponential backoff, per host: the host's download slot is paused, other hosts
  go on (N1). Connection-level failures back off per host too, and a host that keeps failing
  is given up for the run and listed in the run summary (N5). A shutdown does not wait for a
  pause to end.
- :class:`RedirectPolicyMiddleware`: redirect loops, over-long chains and redirects to other
  schemes end with a reason (N6, N7).
- :class:`PortalRobotsTxtMiddleware`: robots.txt answering 5xx or failing is "disallow
  everything for now" and is read again later (RFC 9309 2.3.1.4); 4xx is "allow"; a huge
  robots.txt is cut to its first 500 KiB of rules (S5).
- :class:`PortalHttpCompressionMiddleware`: decompression bombs stop at ``DOWNLOAD_MAXSIZE``
  with the reason ``size_limit`` (S2); a truncated gzip stream is kept and flagged (S3).
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import time
import zlib
from collections import Counter
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

from scrapy import Request, signals
from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http.request import NO_CALLBACK
from scrapy.resolver import CachingThreadedResolver
from scrapy.utils._compression import _DecompressionMaxSizeExceeded
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred
from twisted.internet.error import DNSLookupError
from w3lib.url import safe_url_string

from crawler.faults import Refused, failure_reason, record

__all__ = [
    "AddressGuardMiddleware",
    "BlockedAddress",
    "GuardedResolver",
    "PortalHttpCompressionMiddleware",
    "PortalRobotsTxtMiddleware",
    "RedirectPolicyMiddleware",
    "ThrottleMiddleware",
    "address_refusal",
    "parse_retry_after",
]

logger = logging.getLogger(__name__)

_DEFAULT_PORTS = {"http": 80, "https": 443}
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def _unwrap(ip: IPAddress) -> IPAddress:
    """The IPv4 address inside an IPv4-mapped, 6to4 or NAT64 IPv6 address."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return ip.ipv4_mapped
        if ip.sixtofour is not None:
            return ip.sixtofour
        if ip in ipaddress.ip_network("64:ff9b::/96"):
            return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return ip


def address_refusal(ip: IPAddress, allowed: tuple[ipaddress._BaseNetwork, ...] = ()) -> str | None:
    """Why ``ip`` may not be fetched (``"loopback"``, ``"private"`` …), or ``None``."""
    ip = _unwrap(ip)
    if any(ip.version == net.version and ip in net for net in allowed):
        return None
    for kind in ("loopback", "link_local", "private", "multicast", "unspecified", "reserved"):
        if getattr(ip, f"is_{kind}"):
            return kind
    if not ip.is_global:  # shared address space (100.64/10), documentation ranges …
        return "not_global"
    return None


def _literal_refusal(host: str, allowed=()) -> str | None:
    """Why a host written as an address (any spelling: ``[::1]``, ``2130706433``,
    ``0x7f.0.0.1``) or a local-only name may not be fetched, without resolving anything."""
    if host == "localhost" or host.endswith((".localhost", ".local", ".internal", ".lan")):
        return "local name"
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        try:
            ip = ipaddress.IPv4Address(socket.inet_aton(host))  # the C library's spellings
        except OSError:
            return None
    return address_refusal(ip, allowed)


def _host_port(url_or_parts) -> tuple[str, int | None]:
    parts = urlsplit(url_or_parts) if isinstance(url_or_parts, str) else url_or_parts
    try:
        port = parts.port
    except ValueError:
        port = None
    return (parts.hostname or "").lower(), port or _DEFAULT_PORTS.get(parts.scheme)


#: Names and networks the running crawls allow to resolve to non-public addresses (filled by
#: AddressGuardMiddleware when a spider opens: the resolver is one per process).
_ALLOWED_NAMES: Counter[str] = Counter()
_ALLOWED_NETWORKS: Counter[ipaddress._BaseNetwork] = Counter()


class BlockedAddress(DNSLookupError):
    """A name resolved to an address no running crawl allows (``ssrf_blocked``)."""


class GuardedResolver(CachingThreadedResolver):
    """Scrapy's caching resolver, refusing non-public answers at connection time.

    AddressGuardMiddleware checks a request before it is queued; the connection resolves the
    name again, later (through this resolver). A name whose answer changes in between (DNS
    rebinding, a TTL of 0, lookups racing to fill the cache) would connect where the guard
    never looked, so every answer is checked here too, cached or not.
    """

    def getHostByName(self, name: str, timeout=()):
        d = super().getHostByName(name, timeout)
        d.addCallback(self._check, name)
        return d

    @staticmethod
    def _check(address: str, name: str) -> str:
        try:
            ip = ipaddress.ip_address(address)
        except ValueError:
            return address
        if _ALLOWED_NAMES[name.lower().rstrip(".")] > 0:
            return address
        if kind := address_refusal(ip, tuple(n for n, c in _ALLOWED_NETWORKS.items() if c > 0)):
            raise BlockedAddress(f"{name} is {address} ({kind})")
        return address


def _ensure_resolver(crawler) -> None:
    """Install the GuardedResolver when the reactor has another one (CrawlerProcess installs
    TWISTED_DNS_RESOLVER; a CrawlerRunner, as in tests and embedding code, does not)."""
    from twisted.internet import reactor

    if not isinstance(getattr(reactor, "resolver", None), GuardedResolver):
        GuardedResolver.from_crawler(crawler, reactor).install_on_reactor()


class AddressGuardMiddleware:
    """Refuse non-http(s) URLs and hosts that resolve to non-public addresses (N7).

    Resolution goes through the reactor's resolver, Scrapy's caching one, so the address
    checked is the address the download then connects to. Allowed: the spider's source's
    ``allow_private`` (``true``: its own origin; or a list of ``host``, ``host:port`` and
    networks such as ``10.0.0.0/8``) and the ``PORTAL_ALLOW_PRIVATE`` setting (same forms).
    """

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.dns_timeout = crawler.settings.getfloat("DNS_TIMEOUT", 60)
        self.hosts: set[tuple[str, int | None]] = set()
        self.networks: tuple[ipaddress._BaseNetwork, ...] = ()
        self._add(crawler.settings.getlist("PORTAL_ALLOW_PRIVATE"))
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _add(self, entries) -> None:
        networks = list(self.networks)
        for entry in entries:
            entry = str(entry).strip()
            try:
                networks.append(ipaddress.ip_network(entry, strict=False))
                continue
            except ValueError:
                pass
            parts = urlsplit(entry if "://" in entry else f"//{entry}")
            host, port = (parts.hostname or "").lower(), None
            try:
                port = parts.port
            except ValueError:
                pass
            self.hosts.add((host, port))
        self.networks = tuple(networks)

    def spider_opened(self, spider) -> None:
        base = getattr(spider, "base_url", None)
        self.site = (urlsplit(base).hostname or "").lower().removeprefix("www.") if base else None
        source = getattr(spider, "source", None)
        allow = getattr(source, "allow_private", False)
        if allow is True or getattr(source, "is_demo", False):  # the demo portal is local
            self.hosts.add(_host_port(spider.base_url))
        elif allow:
            self._add(allow)
        _ensure_resolver(self.crawler)
        self._names = {host for host, _port in self.hosts}
        _ALLOWED_NAMES.update(self._names)
        _ALLOWED_NETWORKS.update(set(self.networks))

    def spider_closed(self, spider) -> None:
        _ALLOWED_NAMES.subtract(getattr(self, "_names", ()))
        _ALLOWED_NETWORKS.subtract(set(self.networks))

    def _allowed_host(self, host: str, port: int | None) -> bool:
        return (host, port) in self.hosts or (host, None) in self.hosts

    def _onsite(self, host: str) -> bool:
        """The source's host, its www./bare twin or a subdomain (Scrapy's offsite rule)."""
        return self.site is None or host == self.site or host.endswith("." + self.site)

    async def process_request(self, request, spider=None):
        parts = urlparse_cached(request)
        if parts.scheme not in ("http", "https"):
            record(self.crawler, "not_http", request.url)
            raise Refused("not_http", parts.scheme)
        host, port = _host_port(parts)
        if self._allowed_host(host, port):
            return None
        if not self._onsite(host) and not request.meta.get("portal_robots"):
            # Another site (a redirect away): never fetched. Named as an attempt on an internal
            # address when it plainly is one, without asking DNS about a foreign name.
            if kind := _literal_refusal(host, self.networks):
                detail = f"{host} ({kind})"
                record(self.crawler, "ssrf_blocked", request.url, detail)
                raise Refused("ssrf_blocked", detail)
            record(self.crawler, "offsite", request.url, host, level=logging.INFO)
            raise Refused("offsite", host)
        try:
            addresses = [ipaddress.ip_address(host)]
        except ValueError:
            addresses = [await self._resolve(host, request.url)]
        for ip in addresses:
            if kind := address_refusal(ip, self.networks):
                detail = f"{host} is {ip} ({kind})"
                record(self.crawler, "ssrf_blocked", request.url, detail)
                raise Refused("ssrf_blocked", detail)
        return None

    async def _resolve(self, host: str, url: str) -> IPAddress:
        from scrapy.utils.defer import maybe_deferred_to_future
        from twisted.internet import reactor

        try:
            answer = await maybe_deferred_to_future(reactor.resolve(host, (self.dns_timeout,)))
            return ipaddress.ip_address(answer)
        except BlockedAddress as exc:
            record(self.crawler, "ssrf_blocked", url, str(exc))
            raise Refused("ssrf_blocked", str(exc)) from exc
        except Exception as exc:  # DNSLookupError, timeouts, a junk answer
            record(self.crawler, "dns_failure", url, str(exc) or type(exc).__name__)
            raise Refused("dns_failure", host) from exc


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


#: Failures that say something about the host rather than the page.
_HOST_FAILURES = {"dns_failure", "connection_refused", "timeout", "tls_failure", "connection_reset"}


class ThrottleMiddleware:
    """Per-host waiting: Retry-After and backoff on 429/503, backoff and give-up on failing
    hosts (N1, N5). Settings: ``PORTAL_RETRY_AFTER_MAX`` (longest wait honoured, seconds),
    ``PORTAL_THROTTLE_TRIES`` (429/503 retries per URL), ``PORTAL_BACKOFF_BASE`` (first
    backoff, doubled each time), ``PORTAL_HOST_FAILURES`` (failures in a row that give a host
    up for the run)."""

    def __init__(self, crawler) -> None:
        s = crawler.settings
        self.crawler = crawler
        self.max_wait = s.getfloat("PORTAL_RETRY_AFTER_MAX", 120.0)
        self.tries = s.getint("PORTAL_THROTTLE_TRIES", 3)
        self.base = s.getfloat("PORTAL_BACKOFF_BASE", 2.0)
        self.host_failures = s.getint("PORTAL_HOST_FAILURES", 5)
        self._failures: dict[str, int] = {}
        self.failing: dict[str, str] = {}  # host -> last failure reason
        self._paused_until: dict[str, float] = {}  # download slot -> monotonic time
        self._too_long: dict[str, int] = {}  # host -> Retry-After answers too long, in a row
        self._watch = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    # -- pausing a host -----------------------------------------------------------------------
    def pause(self, request, seconds: float) -> None:
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

    def spider_opened(self, spider) -> None:
        from scrapy.utils.asyncio import create_looping_call

        self._watch = create_looping_call(self._release_on_close)
        self._watch.start(0.25, now=False)

    def spider_closed(self, spider, reason) -> None:
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

    def _fail_queue(self, slot, reason: str, detail: str = "") -> None:
        """Fail the requests queued in a download slot (they passed ``process_request``
        already); the spider keeps them for the next run."""
        while slot.queue:
            queued, deferred = slot.queue.popleft()
            record(self.crawler, reason, queued.url, detail, level=logging.INFO)
            deferred.errback(Refused(reason, detail))

    def _drain(self, request, why: str) -> None:
        """Fail the requests already queued for a host that was just given up (they passed
        ``process_request`` before it failed); the spider keeps them for the next run."""
        _key, slot = self.crawler.engine.downloader._get_slot(request)
        self._fail_queue(slot, "host_failing", why)

    # -- middleware hooks ---------------------------------------------------------------------
    def process_request(self, request, spider=None):
        host = urlparse_cached(request).hostname or ""
        if host in self.failing:
            record(self.crawler, "host_failing", request.url, self.failing[host],
                   level=logging.INFO)
            raise Refused("host_failing", self.failing[host])
        return None

    def process_response(self, request, response, spider=None):
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

    def process_exception(self, request, exception, spider=None):
        reason = failure_reason(exception)
        if reason not in _HOST_FAILURES:
            return None
        host = urlparse_cached(request).hostname or ""
        count = self._failures[host] = self._failures.get(host, 0) + 1
        self.crawler.stats.inc_value(f"portal/host_failures/{reason}")
        if count >= self.host_failures and host not in self.failing:
            self.failing[host] = reason
            logger.warning("host %s failed %d times in a row (%s): giving it up for this run",
                           host, count, reason)
            self._drain(request, reason)
        elif count > 1:
            self.pause(request, min(self.base * 2 ** (count - 2), self.max_wait))
        return None


class RedirectPolicyMiddleware:
    """Give redirect loops, over-long chains and non-http targets a reason (N6, N7).

    Runs before Scrapy's RedirectMiddleware sees the response (a higher order number).
    """

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.max_hops = crawler.settings.getint("REDIRECT_MAX_TIMES", 10)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _canonical(self, url: str) -> str:
        profile = getattr(getattr(self.crawler, "spider", None), "profile", None)
        return profile.canonicalize(url) if profile is not None else url

    def process_response(self, request, response, spider=None):
        location = response.headers.get("Location")
        if response.status not in (301, 302, 303, 307, 308) or not location:
            return response
        if request.meta.get("dont_redirect"):
            return response
        target = urljoin(request.url, safe_url_string(location))
        if urlsplit(target).scheme not in ("http", "https"):
            record(self.crawler, "not_http", request.url, f"redirect to {target[:200]}")
            raise Refused("not_http", f"redirect to {target[:200]}")
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if self._canonical(target) in {self._canonical(u) for u in chain}:
            detail = f"{len(chain)} hop(s) back to {target}"
            record(self.crawler, "redirect_loop", chain[0], detail)
            raise Refused("redirect_loop", detail)
        if len(chain) > self.max_hops:
            detail = f"more than {self.max_hops} redirects"
            record(self.crawler, "redirect_limit", chain[0], detail)
            raise Refused("redirect_limit", detail)
        return response


#: RFC 9309 2.5: crawlers must parse at least 500 KiB; we parse no more than that.
ROBOTS_MAX_BYTES = 500 * 1024


class _Unavailable:
    """robots.txt could not be read: disallow everything until it is read again."""

    def __init__(self, why: str) -> None:
        self.why = why
        self.since = time.monotonic()

    def allowed(self, url, user_agent) -> bool:
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

    def __init__(self, crawler) -> None:
        super().__init__(crawler)
        self.retry_after = crawler.settings.getfloat("PORTAL_ROBOTS_RETRY", 600.0)
        self.timeout = min(crawler.settings.getfloat("DOWNLOAD_TIMEOUT", 30),
                           crawler.settings.getfloat("PORTAL_ROBOTS_TIMEOUT", 15.0))

    async def robot_parser(self, request):
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
                response = await self.crawler.engine.download_async(robots)
                await self._parse_robots(response, netloc, request)
            except Exception as exc:  # every failure is "unavailable" (logged with its reason)
                self._robots_error(exc, netloc)
            self._stats.inc_value("robotstxt/request_count")
        parser = self._parsers[netloc]
        if isinstance(parser, Deferred):
            waiter: Deferred = Deferred()

            def relay(result):
                waiter.callback(result)
                return result

            parser.addCallback(relay)
            return await maybe_deferred_to_future(waiter)
        return parser

    def process_request_2(self, rp, request) -> None:
        if isinstance(rp, _Unavailable):
            record(self.crawler, "robots_unavailable", request.url, rp.why, level=logging.INFO)
            raise Refused("robots_unavailable", rp.why)
        try:
            super().process_request_2(rp, request)
        except IgnoreRequest:
            record(self.crawler, "robots_disallowed", request.url, level=logging.DEBUG)
            raise Refused("robots_disallowed") from None

    async def _parse_robots(self, response, netloc, request) -> None:
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

    def _set(self, netloc: str, parser) -> None:
        if isinstance(parser, _Unavailable):
            self._stats.inc_value("portal/robots/unavailable")
            logger.warning("robots.txt of %s unavailable (%s): nothing fetched from it for now",
                           netloc, parser.why)
        pending = self._parsers[netloc]
        self._parsers[netloc] = parser
        if hasattr(pending, "callback"):
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
        if why in _HOST_FAILURES:
            # A host whose robots.txt cannot even be fetched is given up for this run.
            host = netloc.rsplit(":", 1)[0] if not netloc.endswith("]") else netloc
            self._stats.set_value(f"portal/failing_hosts/{host.strip('[]')}", why)
        self._set(netloc, _Unavailable(f"robots.txt fetch failed: {why}"))


class PortalHttpCompressionMiddleware(HttpCompressionMiddleware):
    """Scrapy's decompression, with ``size_limit`` for bombs and a flag for cut gzip streams."""

    def process_response(self, request, response, spider=None):
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
    def from_crawler(cls, crawler):
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
