"""Refuse requests to private, loopback, link-local and reserved addresses (SSRF; HOSTILE.md N7).

- :class:`AddressGuardMiddleware` (first of all): only http(s), and no request to a non-public
  address, checked after DNS resolution on every request, so on every redirect hop,
  robots.txt and sitemap too. A source may allow its own origin (``allow_private = true``:
  the demo portal and tests) or named hosts and networks.
- :class:`GuardedResolver` (``TWISTED_DNS_RESOLVER``) checks every DNS answer again when a
  connection uses it (DNS rebinding).
"""

from __future__ import annotations

import ipaddress
import logging
import socket
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import ParseResult, SplitResult, urlsplit

from scrapy import signals
from scrapy.resolver import CachingThreadedResolver
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.error import DNSLookupError

from crawler.config import project
from crawler.faults import Refused, record

if TYPE_CHECKING:
    from scrapy import Request, Spider
    from scrapy.crawler import Crawler
    from twisted.internet.defer import Deferred

__all__ = ["AddressGuardMiddleware", "BlockedAddress", "GuardedResolver", "address_refusal"]

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


def _literal_refusal(host: str, allowed: tuple[ipaddress._BaseNetwork, ...] = ()) -> str | None:
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


def _host_port(url_or_parts: str | SplitResult | ParseResult) -> tuple[str, int | None]:
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

    def getHostByName(self, name: str, timeout: Sequence[int] = ()) -> Deferred[str]:
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


def _ensure_resolver(crawler: Crawler) -> None:
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

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.dns_timeout = crawler.settings.getfloat("DNS_TIMEOUT", 60)
        self.hosts: set[tuple[str, int | None]] = set()
        self.networks: tuple[ipaddress._BaseNetwork, ...] = ()
        self._add(project(crawler.settings).getlist("PORTAL_ALLOW_PRIVATE"))
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def _add(self, entries: Iterable[object]) -> None:
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

    def spider_opened(self, spider: Any) -> None:  # PortalSpider's attributes, when it has them
        base = getattr(spider, "base_url", None)
        self.site = (urlsplit(base).hostname or "").lower().removeprefix("www.") if base else None
        source = getattr(spider, "source", None)
        allow = getattr(source, "allow_private", False)
        if allow is True:  # its own origin (a demo: source always, crawler/sources.py)
            self.hosts.add(_host_port(spider.base_url))
        elif allow:
            self._add(allow)
        _ensure_resolver(self.crawler)
        self._names = {host for host, _port in self.hosts}
        _ALLOWED_NAMES.update(self._names)
        _ALLOWED_NETWORKS.update(set(self.networks))

    def spider_closed(self, spider: Spider) -> None:
        _ALLOWED_NAMES.subtract(getattr(self, "_names", ()))
        _ALLOWED_NETWORKS.subtract(set(self.networks))

    def _allowed_host(self, host: str, port: int | None) -> bool:
        return (host, port) in self.hosts or (host, None) in self.hosts

    def _onsite(self, host: str) -> bool:
        """The source's host, its www./bare twin or a subdomain (Scrapy's offsite rule)."""
        return self.site is None or host == self.site or host.endswith("." + self.site)

    async def process_request(self, request: Request, spider: Spider | None = None) -> None:
        parts = urlparse_cached(request)
        if parts.scheme not in ("http", "https"):
            record(self.crawler, "not_http", request.url)
            raise Refused("not_http", parts.scheme)
        host, port = _host_port(parts)
        if self._allowed_host(host, port):
            return None
        asset_host = host in request.meta.get("portal_asset_hosts", ())  # PORTAL_IMAGE_HOSTS…
        if not self._onsite(host) and not request.meta.get("portal_robots") and not asset_host:
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
            # (ignored: without the mypy-zope plugin mypy reads the interface's first argument
            # as self; the timeout, typed as ints, is seconds as Scrapy's resolver takes them)
            answer = await maybe_deferred_to_future(
                reactor.resolve(host, (self.dns_timeout,)))  # type: ignore[call-arg, arg-type, misc]
            return ipaddress.ip_address(answer)
        except BlockedAddress as exc:
            record(self.crawler, "ssrf_blocked", url, str(exc))
            raise Refused("ssrf_blocked", str(exc)) from exc
        except Exception as exc:  # DNSLookupError, timeouts, a junk answer
            record(self.crawler, "dns_failure", url, str(exc) or type(exc).__name__)
            raise Refused("dns_failure", host) from exc
