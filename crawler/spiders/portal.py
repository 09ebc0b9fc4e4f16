"""PortalSpider: crawls one source by the rules of its site profile.

It reads start pages, feeds and sitemaps (named by the source or by robots.txt, or announced
by ``<link rel="alternate">``), follows listings and pagination, sends every HTML page to the
pipelines as a raw capture (extraction judges from the page whether it is an article; the URL
rules are only its prior), and refuses traps by rule, counting each under
``portal/trap/<reason>``.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError

from crawler.capture import noarchive_directive
from crawler.config import project
from crawler.faults import Refused, failure_reason, record
from crawler.frontier import Frontier
from crawler.items import PageCapture, RemovalNotice
from crawler.profiles import UrlKind
from crawler.sources import Source, load_sources
from crawler.spiders.links import LinkPolicy, _meta
from crawler.spiders.recheck import recheck_plan
from crawler.spiders.responses import feed_locations, header_lists, is_maintenance_page, is_xml
from crawler.urls import (
    document_base,
)

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http.request import CallbackT
    from scrapy.settings import BaseSettings

    from crawler.demo import DemoPortal

__all__ = ["PortalSpider", "new_run_id"]

logger = logging.getLogger(__name__)



def new_run_id(source: str, now: datetime | None = None) -> str:
    now = now or datetime.now(UTC)
    return f"{source}-{now:%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:6]}"


class PortalSpider(LinkPolicy, scrapy.Spider):
    name = "portal"

    def __init__(
        self,
        source: str | None = None,
        config: str | None = None,
        base_url: str | None = None,
        run_id: str | None = None,
        max_pages: str | int | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        if not source:
            raise ValueError("PortalSpider needs a source: scrapy crawl portal -a source=NAME")
        self.config_path = config
        self.source_name = source
        self.base_url_arg = base_url
        self.run_id = run_id or new_run_id(source)
        self.max_pages_arg = int(max_pages) if max_pages not in (None, "") else None
        self._demo: DemoPortal | None = None
        self._refused: set[str] = set()
        self._requested: set[str] = set()
        #: canonical URL -> (ETag, Last-Modified) of archived articles, for conditional requests
        self._known: dict[str, tuple[str | None, str | None]] = {}
        #: canonical URLs of archived articles due for a re-check this run (PORTAL_RECHECK)
        self._due: set[str] = set()
        self._overlap = 1
        #: on-disk pending list for resuming after a kill (crawler/frontier.py)
        self._frontier: Frontier | None = None
        #: canonical URL -> kind: work this run could not do, left for the next run
        self._retry: dict[str, str] = {}
        #: URL shape -> pages of it requested this run that are not articles (trap budgets)
        self._shape_pages: dict[str, int] = {}
        #: listing series (URL without page number) -> article URLs its pages listed (a page
        #: listing only those repeats the series)
        self._listed: dict[str, set[str]] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        spider = super().from_crawler(crawler, *args, **kwargs)
        ours = project(crawler.settings)
        config = spider.config_path or ours.get("PORTAL_SOURCES_FILE")
        sources = load_sources(config)
        if spider.source_name not in sources:
            raise ValueError(f"unknown source {spider.source_name!r}; known: {sorted(sources)}")
        spider.setup(sources[spider.source_name], ours.getint("PORTAL_DEMO_ARTICLES") or None)
        spider.apply_source_settings(crawler.settings)
        crawler.signals.connect(spider._closed, signal=signals.spider_closed)
        crawler.signals.connect(spider._robots_seen, signal=signals.response_received)
        crawler.signals.connect(spider._item_dropped, signal=signals.item_dropped)
        return spider

    def setup(self, source: Source, demo_articles: int | None = None) -> None:
        self.source = source
        self.profile = source.profile()
        base = self.base_url_arg
        if not base and (demo_site := source.demo_site) is not None:
            from crawler.demo import DemoPortal

            self._demo = DemoPortal(articles=demo_articles).start()
            base = self._demo.url(demo_site)
        self.base_url = (base or source.base_url).rstrip("/")
        self.host = urlsplit(self.base_url).netloc.lower()
        bare = self.host.removeprefix("www.")
        #: the same site under another name: with or without "www." (HOSTILE.md T5)
        self._aliases = {bare, f"www.{bare}"} - {self.host}
        self.allowed_domains = [urlsplit(self.base_url).hostname]
        self.max_pages = self.max_pages_arg or source.max_pages

    def apply_source_settings(self, settings: BaseSettings) -> None:
        """Per-source politeness: the source's delay and concurrency for this crawler."""
        ours = project(settings)
        self._overlap = max(1, ours.getint("PORTAL_LISTING_OVERLAP"))
        self._max_links = ours.getint("PORTAL_MAX_LINKS_PER_PAGE")
        self._max_url = ours.getint("PORTAL_MAX_URL_LENGTH")
        self._shape_depth = ours.getint("PORTAL_SHAPE_DEPTH")
        self._shape_budget = ours.getint("PORTAL_SHAPE_BUDGET")
        if settings.frozen:  # Scrapy < 2.13 builds spiders after freezing settings
            logger.warning("settings frozen: source %s keeps global delay/concurrency", self.name)
            return
        # (the concurrency is kept by crawler/distributed/gate.py's HostGateMiddleware too: Scrapy's
        # downloader alone let 3-9 requests of a host out at once at a concurrency of 2)
        settings.set("DOWNLOAD_DELAY", self.source.download_delay, priority="spider")
        settings.set("CONCURRENT_REQUESTS_PER_DOMAIN", self.source.concurrency, priority="spider")
        settings.set("DOWNLOAD_VERIFY_CERTIFICATES", self.source.tls_verify, priority="spider")
        if self.source.max_duration:
            settings.set("CLOSESPIDER_TIMEOUT", self.source.max_duration, priority="spider")

    def _closed(self, spider: scrapy.Spider, reason: str) -> None:
        if spider is not self:
            return
        if self._demo is not None:
            self._demo.stop()
        if self._frontier is not None:
            stats = self.crawler.stats
            # Only a run that ran to its end and stored everything forgets its journal; any
            # other end (kill, Ctrl-C, time limit, a failed write) leaves it for the next run.
            clean = reason == "finished" and not stats.get_value("archive/write_errors")
            self._frontier.close(dict(self._retry) if clean else None)
            stats.set_value("portal/frontier_left", len(self._retry))

    def _item_dropped(self, item: Any, response: Response | None, exception: BaseException,
                      spider: scrapy.Spider | None = None) -> None:
        """A page that gave no row (soft 404, not an article…) is finished with."""
        if response is not None:
            self._done(response)

    def _done(self, response_or_request: Response | scrapy.Request | None) -> None:
        if self._frontier is None:
            return
        request = getattr(response_or_request, "request", response_or_request)
        canonical = request.meta.get("portal_canonical") if request is not None else None
        if canonical:
            self._frontier.done(canonical)

    # -- requests ---------------------------------------------------------------------------
    def _request(self, url: str, callback: CallbackT, *, priority: int = 0, kind: str = "listing",
                 **meta: Any) -> scrapy.Request | None:
        """A request for ``url`` unless its canonical form was requested already or the
        source's page budget is spent (``max_pages``; the page is then left for the next
        run). Every request is written to the frontier journal first."""
        canonical = self.profile.canonicalize(url)
        if canonical in self._requested:
            return None
        self._requested.add(canonical)
        if self._frontier is not None:
            self._frontier.scheduled(kind, canonical)
        if len(self._requested) > self.max_pages:
            self.crawler.stats.inc_value("portal/budget_refused")
            self._retry[canonical] = kind
            return None
        return scrapy.Request(url, callback=callback, priority=priority, errback=self._errback,
                              meta={"portal_kind": kind, "portal_canonical": canonical, **meta})

    def conditional_headers(self, url: str) -> dict[str, str]:
        """If-None-Match / If-Modified-Since for an archived article's URL (any spelling, and
        after a redirect too: ConditionalRequestsMiddleware asks for every request)."""
        if not self._known:
            return {}
        etag, modified = self._known.get(self.profile.canonicalize(url), (None, None))
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if modified:
            headers["If-Modified-Since"] = modified
        return headers

    async def start(self) -> AsyncIterator[Any]:
        known = self._known_articles()  # before any request, so every one can be conditional
        pending = self._resume()
        src = self.source
        if not self.settings.getbool("ROBOTSTXT_OBEY"):
            # Otherwise the robots.txt middleware fetches it and _robots_seen reads it.
            yield scrapy.Request(f"{self.base_url}/robots.txt", callback=self.parse_robots,
                                 priority=20, dont_filter=True, errback=self._errback)
        for url in src.absolute(self.base_url, tuple(src.feeds) + self.profile.feeds):
            if req := self._request(url, self.parse_feed, priority=15, kind="feed"):
                yield req
        for url in src.absolute(self.base_url, tuple(src.sitemaps) + self.profile.sitemaps):
            if req := self._request(url, self.parse_feed, priority=15, kind="sitemap"):
                yield req
        for url in src.absolute(self.base_url, src.start_urls):
            if req := self._request(url, self.parse, priority=10, portal_start=True):
                yield req
        for kind, url in pending:
            callback, priority = {"article": (self.parse_article, 5),
                                  "listing": (self.parse, 1)}.get(kind, (self.parse_feed, 15))
            if req := self._request(url, callback, priority=priority, kind=kind):
                yield req
        for url in known:
            # Re-check what the archive holds, even if no listing links to it any more; every
            # request for a known article is conditional (see _request), so an unchanged page
            # can answer 304 without its body.
            if req := self._request(url, self.parse_article, priority=0, kind="article"):
                yield req

    def _on_this_base(self, stored: str) -> str:
        """A URL stored by an earlier run, on this run's scheme and host (the demo portal's
        port changes between runs)."""
        base = urlsplit(self.base_url)
        return urlsplit(stored)._replace(scheme=base.scheme, netloc=base.netloc).geturl()

    def _resume(self) -> list[tuple[str, str]]:
        """What the last run of this source scheduled and did not finish (it was killed, or
        its page budget ran out, or a fetch failed): requested again, before anything else
        is discovered. Articles the archive holds by now count as finished."""
        root = project(self.settings).get("ARCHIVE_PATH")
        if not root or project(self.settings).get("PORTAL_FRONTIER"):
            return []  # (a shared frontier keeps what is pending in Redis, not on disk)
        self._frontier = Frontier(root, self.source.name)
        pending = []
        for kind, stored in self._frontier.load():
            url = self._on_this_base(stored)
            if kind == "article" and self.profile.canonicalize(url) in self._known:
                continue
            pending.append((kind, url))
        self.crawler.stats.set_value("portal/resumed", len(pending))
        if pending:
            logger.info("resuming %d pending page(s) from the last run of %s", len(pending),
                        self.source.name)
        return pending

    def _known_articles(self) -> list[str]:
        """The archive's live articles of this source, remembered with their validators (every
        request for one is conditional); those due for a re-check by PORTAL_RECHECK returned,
        the others not fetched even when a listing links them."""
        ours = project(self.settings)
        root = ours.get("ARCHIVE_PATH")
        if not root:
            return []
        plan = recheck_plan(root, self.source.name, self.settings, self.profile.canonicalize,
                            self._on_this_base)
        self._known.update(plan.known)
        self._due |= plan.due
        self.crawler.stats.set_value("portal/recheck_scheduled", len(plan.urls))
        return plan.urls

    def _errback(self, failure: Any) -> RemovalNotice | None:  # a Failure, with Scrapy's .request
        request = failure.request
        if failure.check(HttpError):
            response = failure.value.response
            if response.status == 304:
                # Not modified since the stored version: nothing to fetch, nothing to store.
                self.crawler.stats.inc_value("portal/not_modified")
                self._done(request)
                return None
            self.crawler.stats.inc_value(f"portal/http_errors/{response.status}")
            self._article_failed(request, f"http_{response.status}")
            if response.status in (404, 410):
                self._done(request)  # gone: recorded below if it was an archived article
            elif canonical := request.meta.get("portal_canonical"):
                self._retry[canonical] = request.meta.get("portal_kind", "listing")
            if response.status in (404, 410) and request.meta.get("portal_kind") == "article":
                # A known article that is gone is recorded as removed, never deleted.
                return RemovalNotice(
                    source=self.source.name, reason=f"http_{response.status}", run_id=self.run_id,
                    url=response.url,
                    canonical_url=self.profile.canonicalize(response.url),
                    http_status=response.status,
                    fetched_at=response.meta.get("fetched_at") or datetime.now(UTC),
                    warc_pointer=response.meta.get("warc_pointer"),
                )
            logger.info("HTTP %s for %s", response.status, request.url)
            return None
        if failure.check(Refused):
            # Refused with a reason by a middleware, which counted and logged it (docs/faults.md).
            self._article_failed(request, failure.value.reason)
            self._keep_or_done(request, failure.value.keep)
            return None
        if failure.check(IgnoreRequest):
            # Refused on purpose by a Scrapy rule (offsite…), counted by its middleware.
            logger.debug("request ignored %s: %s", request.url, failure.getErrorMessage())
            self._done(request)
            return None
        reason = failure_reason(failure.value)
        self.crawler.stats.inc_value(f"portal/errors/{reason}")
        self._article_failed(request, reason)
        record(self.crawler, reason, request.url,
               f"{type(failure.value).__name__}: {failure.getErrorMessage()}"[:300])
        self._keep_or_done(request, True)
        return None

    def _article_failed(self, request: scrapy.Request, reason: str) -> None:
        """Count an article link that gave no page (``portal/article_failed/<reason>``): the
        run row's ``article_requests_failed`` tells a run that archived nothing because its
        article links failed from a quiet one (archive/health.py). A 304 (the archived version
        stands) and a request Scrapy ignored on purpose (offsite…) are no failure."""
        if request.meta.get("portal_kind") == "article":
            self.crawler.stats.inc_value(f"portal/article_failed/{reason}")

    def _keep_or_done(self, request: scrapy.Request | None, keep: bool) -> None:
        """Leave a page for the next run (``keep``), or count it finished."""
        meta = request.meta if request is not None else {}  # none: a response built by hand
        canonical = meta.get("portal_canonical")
        if keep and canonical:
            self._retry[canonical] = meta.get("portal_kind", "listing")
        else:
            self._done(request)

    # -- callbacks ----------------------------------------------------------------------------
    def parse(self, response: Response, **kwargs: Any) -> Iterator[scrapy.Request | PageCapture]:
        """A page fetched as a listing (or, where the family follows them, a page its rules do
        not name): its links are followed, and it goes to extraction too, which judges from
        its content whether it is an article (archived) or not (counted by kind)."""
        stats = self.crawler.stats
        if is_xml(response):
            yield from self.parse_feed(response)
            return
        if not isinstance(response, TextResponse):
            stats.inc_value("portal/pages/not_html")
            self._done(response)
            return
        stats.inc_value("portal/pages/listing")
        if is_maintenance_page(response):
            record(self.crawler, "maintenance", response.url)
            self._keep_or_done(response.request, True)
            return
        yield from self._listing_links(response)
        if capture := self._capture(response, self._url_kind(response)):
            yield capture
        self._done(response)

    def _url_kind(self, response: TextResponse) -> str:
        """The page-kind judge's prior: a start URL is a listing by the source's word, any other
        page what the family's URL rules call it as fetched (after redirects); a trap reached
        anyway is just "other"."""
        if _meta(response).get("portal_start"):
            return UrlKind.LISTING
        kind, _ = self.profile.classify(self.profile.canonicalize(response.url))
        return UrlKind.OTHER if kind == UrlKind.TRAP else kind

    def _listing_links(self, response: TextResponse) -> Iterator[scrapy.Request]:
        for href in response.xpath(
            "//link[@rel='alternate'][contains(@type,'rss') or contains(@type,'atom')]/@href"
        ).getall():
            url = urljoin(document_base(response.url, response.selector.root), href.strip())
            if urlsplit(url).netloc.lower() == self.host:
                if req := self._request(url, self.parse_feed, priority=15, kind="feed"):
                    yield req
        yield from self._links(response, self._listing_category(response), listing=True)

    def parse_article(self, response: Response,
                      **kwargs: Any) -> Iterator[scrapy.Request | PageCapture]:
        stats = self.crawler.stats
        if not isinstance(response, TextResponse):
            stats.inc_value("portal/pages/not_html")
            self._done(response)
            return
        stats.inc_value("portal/pages/article")
        if is_maintenance_page(response):
            record(self.crawler, "maintenance", response.url)
            self.crawler.stats.inc_value("portal/article_failed/maintenance")
            self._keep_or_done(response.request, True)
            return
        if capture := self._capture(response, UrlKind.ARTICLE):
            yield capture
        else:
            self._done(response)
        # "Các tin khác" and related lists lead to more articles.
        yield from self._links(response)

    def _capture(self, response: TextResponse, url_kind: str) -> PageCapture | None:
        """The page as the pipelines need it, or ``None`` when it asked not to be archived
        (``noarchive``, obeyed by default; noarchive is not nofollow: its links still count).
        ``url_kind``: the family's URL rule for it, a prior for the page-kind judge."""
        flags = [f for f in response.flags if f in ("truncated_gzip",)]
        if response.url.startswith("https:") and not self.settings.getbool(
                "DOWNLOAD_VERIFY_CERTIFICATES"):
            flags.append("tls_unverified")  # the source's certificate policy, per capture
        if noarchive := noarchive_directive(response):
            if self.source.obey_noarchive:
                record(self.crawler, "noarchive", response.url, noarchive, level=logging.INFO)
                return None
            flags.append("noarchive_overridden")
        meta = _meta(response)
        return PageCapture(
            source=self.source.name,
            run_id=self.run_id,
            url=response.url,
            canonical_url=self.profile.canonicalize(response.url),
            http_status=response.status,
            content_type=(response.headers.get("Content-Type") or b"").decode("latin-1") or None,
            http_etag=(response.headers.get("ETag") or b"").decode("latin-1") or None,
            http_last_modified=(response.headers.get("Last-Modified") or b"").decode("latin-1")
            or None,
            body=response.body,
            fetched_at=meta.get("fetched_at") or datetime.now(UTC),
            hints=self.profile.hints(),
            redirect_urls=list(meta.get("redirect_urls", [])),
            listing_category=meta.get("listing_category"),
            warc_pointer=meta.get("warc_pointer"),
            capture_flags=flags,
            url_kind=url_kind,
            headers=header_lists(response),
        )

    def _robots_seen(self, response: Response, request: scrapy.Request,
                     spider: scrapy.Spider | None = None, **kwargs: Any) -> None:
        """Read ``Sitemap:`` lines from the robots.txt that Scrapy's middleware fetched."""
        parts = urlsplit(response.url)
        if parts.path != "/robots.txt" or parts.netloc.lower() != self.host:
            return
        if request.callback == self.parse_robots:  # our own request: its callback reads it
            return
        for req in self.parse_robots(response):
            self.crawler.engine.crawl(req)

    def parse_robots(self, response: Response, **kwargs: Any) -> Iterator[scrapy.Request]:
        for line in response.text.splitlines() if isinstance(response, TextResponse) else ():
            key, _, value = line.partition(":")
            if key.strip().lower() == "sitemap" and value.strip():
                url = value.strip()
                if urlsplit(url).netloc.lower() == self.host:
                    self.crawler.stats.inc_value("portal/sitemaps/from_robots")
                    if req := self._request(url, self.parse_feed, priority=15, kind="sitemap"):
                        yield req

    def parse_feed(self, response: Response, **kwargs: Any) -> Iterator[scrapy.Request]:
        """RSS, Atom, sitemap and sitemap index: every <link>/<loc> is treated as a link."""
        yield from self._feed_links(response)
        self._done(response)

    def _feed_links(self, response: Response) -> Iterator[scrapy.Request]:
        locs, index = feed_locations(response.body, response.url, self.crawler.stats)
        for loc in locs:
            if index:  # a sitemap index: its <loc>s are sitemaps
                if req := self._request(loc.strip(), self.parse_feed, kind="sitemap"):
                    yield req
            elif req := self.follow_link(loc, response):
                yield req
