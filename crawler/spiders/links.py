"""How the portal spider follows links: each resolved against the page and the site's
host aliases, classified by the profile, refused as a trap by rule (repeated segments, a chain
of pages of one URL shape, a shape's page budget), not refetched when archived and not due, and
paginated one page at a time on a re-crawl. A mixin of :class:`~crawler.spiders.portal.PortalSpider`,
whose state (profile, host, budgets, known and due articles) it reads."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.http import Response, TextResponse

from crawler.extract.attachment_links import links_a_document
from crawler.profiles import UrlKind
from crawler.urls import document_base, page_number, page_series, repeated_segment, url_shape

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http.request import CallbackT

    from crawler.profiles import Profile

__all__ = ["LinkPolicy"]

logger = logging.getLogger("crawler.spiders.portal")  # (the spider's log, as before the split)


def _meta(response: Response) -> dict[str, Any]:
    """A response's request meta; none for a response built by hand (tests, tools)."""
    return response.meta if response.request is not None else {}



class LinkPolicy:
    """The spider's link-following rules (see the module docstring)."""

    # The spider's state and methods the rules use (PortalSpider sets and defines them).
    crawler: Crawler
    profile: Profile
    host: str
    base_url: str
    _aliases: set[str]
    _max_url: int
    _max_links: int
    _shape_depth: int
    _shape_budget: int
    _overlap: int
    _shape_pages: dict[str, int]
    _known: dict[str, tuple[str | None, str | None]]
    _due: set[str]
    _refused: set[str]
    _requested: set[str]
    _listed: dict[str, set[str]]
    _request: Callable[..., scrapy.Request | None]
    parse: CallbackT
    parse_article: CallbackT

    def _resolve(self, href: str, response: Response,
                 base: str | None = None) -> tuple[str, str, str, str | None] | None:
        """``(url, canonical, kind, trap reason)`` of an on-site http(s) link, else ``None``
        (counted as not_http or offsite). ``base``: the page's base URL (``document_base``),
        else its URL."""
        stats = self.crawler.stats
        try:
            url = urljoin(base or response.url, href.strip())
            parts = urlsplit(url)
            parts.port  # noqa: B018 - raises ValueError on a port that is not a number
        except ValueError:  # "http://[x/a": one broken link, not a broken page
            stats.inc_value("portal/links/invalid")
            return None
        if len(url) > self._max_url:
            stats.inc_value("portal/links/too_long")
            logger.debug("link of %d characters not followed: %s…", len(url), url[:120])
            return None
        if parts.scheme not in ("http", "https"):
            stats.inc_value("portal/links/not_http")
            return None
        if parts.username is not None or parts.password is not None:
            # Credentials in a link are never sent anywhere (HOSTILE.md N8).
            stats.inc_value("portal/links/credentials")
            return None
        netloc = parts.netloc.lower()
        if netloc != self.host:
            if netloc not in self._aliases:
                stats.inc_value("portal/links/offsite")
                return None
            # www./bare host and http/https variants of this site: fetched under its base URL
            stats.inc_value("portal/links/host_alias")
            home = urlsplit(self.base_url)
            url = parts._replace(scheme=home.scheme, netloc=home.netloc).geturl()
        elif parts.scheme != urlsplit(self.base_url).scheme:
            stats.inc_value("portal/links/host_alias")
            url = parts._replace(scheme=urlsplit(self.base_url).scheme).geturl()
        canonical = self.profile.canonicalize(url)
        kind, reason = self.profile.classify(canonical)
        if kind != UrlKind.TRAP and (segment := repeated_segment(canonical)):
            kind, reason = UrlKind.TRAP, "repeated_path"
            logger.debug("path segment %r repeats in %s", segment, url)
        return (url, canonical, kind, reason)

    def follow_link(self, href: str, response: Response) -> scrapy.Request | None:
        """Classify one link by the profile; return a request for it, or ``None``."""
        resolved = self._resolve(href, response)
        return self._follow(resolved) if resolved else None

    def _follow(self, resolved: tuple[str, str, str, str | None], category: str | None = None,
                stale_pages: int | None = None, page: int = 1, *,
                origin: tuple[str, int] | None = None,
                repeated: bool = False) -> scrapy.Request | None:
        """``stale_pages``: on a listing of a re-crawl, how many listing pages in a row (this
        one, numbered ``page``, included) held only archived articles. A re-crawl follows
        pagination one page at a time, and stops once ``PORTAL_LISTING_OVERLAP`` pages in a
        row held nothing new, so its cost grows with what is new, not with the portal's size
        (listings link every page number from the first page). ``repeated``: the listing
        showed only articles earlier pages of its series showed (pagination that repeats its
        last page forever, T7): no later page is followed. ``origin``: the linking page's URL
        shape and its depth in a chain of pages of one shape (calendars, T1)."""
        stats = self.crawler.stats
        url, canonical, kind, reason = resolved
        if kind == UrlKind.TRAP:
            self._refuse_trap(canonical, reason, url)
            return None
        if kind == UrlKind.ARTICLE:
            if self._known_not_due(canonical):
                return None
            return self._request(url, self.parse_article, priority=5, kind="article",
                                 listing_category=category)
        if kind == UrlKind.LISTING or self.profile.follow_other:
            if canonical in self._requested:
                return None
            if kind != UrlKind.LISTING and self._known_not_due(canonical):
                return None
            target = page_number(canonical)
            if repeated and target is not None and target > page:
                stats.inc_value("portal/pagination_stopped")
                return None
            shape = url_shape(canonical)
            depth = origin[1] + 1 if origin is not None and origin[0] == shape else 1
            if target is None and depth > self._shape_depth:
                self._refuse_trap(canonical, "shape_depth", url)
                return None
            if self._shape_pages.get(shape, 0) >= self._shape_budget:
                self._refuse_trap(canonical, "shape_budget", url)
                return None
            meta: dict[str, Any] = {"shape_depth": depth}
            if kind == UrlKind.OTHER and category:
                meta["listing_category"] = category  # it may read as an article
            if stale_pages is not None and target is not None and target > 1:
                if target != page + 1 or stale_pages >= self._overlap:
                    stats.inc_value("portal/pagination_stopped")
                    return None
                meta["stale_pages"] = stale_pages
            req = self._request(url, self.parse, priority=1, **meta)
            if req is not None:
                self._shape_pages[shape] = self._shape_pages.get(shape, 0) + 1
            return req
        stats.inc_value("portal/links/ignored")
        return None

    def _known_not_due(self, canonical: str) -> bool:
        """An archived article not due for a re-check (``portal/known_skipped``): not fetched
        again, whether an article rule names its URL or an earlier run judged it an article
        from the page."""
        if canonical in self._known and canonical not in self._due:
            self.crawler.stats.inc_value("portal/known_skipped")
            return True
        return False

    def _refuse_trap(self, canonical: str, reason: str | None, url: str) -> None:
        if canonical not in self._refused:
            self._refused.add(canonical)
            self.crawler.stats.inc_value(f"portal/trap/{reason}")
            self.crawler.stats.inc_value("portal/traps_refused")
            logger.debug("trap refused [%s] %s", reason, url)
        return None

    def _links(self, response: TextResponse, category: str | None = None, *,
               listing: bool = False) -> Iterator[scrapy.Request]:
        """Follow a page's links, each resolved once (at most ``PORTAL_MAX_LINKS_PER_PAGE``).
        On a listing of a re-crawl, count how many listing pages in a row held only archived
        articles (a page without article links keeps its parent's count); on any listing,
        notice when it repeats articles its series already listed."""
        anchors: dict[str, Any] = {}  # href -> its first <a>
        for a in response.selector.root.iter("a"):
            if (href := a.get("href")) is not None and href not in anchors:
                anchors[href] = a
        hrefs = list(anchors)
        if len(hrefs) > self._max_links:
            self.crawler.stats.inc_value("portal/links/capped", len(hrefs) - self._max_links)
            logger.warning("%s has %d links: following the first %d", response.url, len(hrefs),
                           self._max_links)
            hrefs = hrefs[:self._max_links]
        base = document_base(response.url, response.selector.root)
        links = []
        for href in hrefs:
            if (resolved := self._resolve(href, response, base)) is None:
                continue
            if links_a_document(resolved[0], anchors[href]):
                # a PDF, a DOCX… is no page: an article's documents are fetched with it
                # (pipelines/attachments.py), never as pages to read
                self.crawler.stats.inc_value("portal/links/document")
                continue
            links.append(resolved)
        here = self.profile.canonicalize(response.url)
        meta = _meta(response)
        origin = (url_shape(here), meta.get("shape_depth", 0))
        stale = None
        repeated = False
        page = 1
        if listing:
            articles = {canonical for _, canonical, kind, _ in links if kind == UrlKind.ARTICLE}
            listed = self._listed.setdefault(page_series(here), set())
            number = page_number(here)
            repeated = bool(articles) and number is not None and articles <= listed
            listed |= articles
            if repeated:
                self.crawler.stats.inc_value("portal/pagination_repeated")
                logger.info("listing page repeats earlier pages, not going further: %s",
                            response.url)
            page = number or 1
            if self._known:
                stale = meta.get("stale_pages", 0)
                if articles:
                    stale = stale + 1 if articles <= self._known.keys() else 0
        for resolved in links:
            if req := self._follow(resolved, category, stale, page, origin=origin,
                                   repeated=repeated):
                yield req

    def _listing_category(self, response: TextResponse) -> str | None:
        """The section a listing page shows (its breadcrumb's last item): a fallback category
        for the articles it links to."""
        selector = self.profile.breadcrumb
        if not selector:
            return None
        names = [" ".join(t.split()) for t in response.css(selector).xpath("string()").getall()]
        names = [n for n in names if n]
        return names[-1] if len(names) > 1 else None

