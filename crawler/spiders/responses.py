"""What the portal spider reads from a response besides links: the URLs a feed or sitemap
lists, whether a page is XML, whether a 200 page says the site is down for maintenance, and
the headers the extraction workers receive."""

from __future__ import annotations

import logging
import re
import unicodedata
from typing import Any

from lxml import etree
from scrapy.http import Response, TextResponse

__all__ = ["feed_locations", "header_lists", "is_maintenance_page", "is_xml"]

logger = logging.getLogger(__name__)

_FEED_TYPES = ("rss", "atom", "xml")
_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
#: A feed or sitemap that declares a DTD or entities is rejected whole (HOSTILE.md: entity bombs
#: and external entities made parsers drop valid URLs or emit junk ones); none needs them.
_XML_DTD_RE = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.I)
#: 200 pages that say the site is down for maintenance (N2): a phrase in a short page.
_MAINTENANCE_RE = re.compile(
    r"(?:đang|tạm dừng[^.]{0,40}để|tạm ngừng[^.]{0,40}để) (?:được )?(?:bảo trì|nâng cấp)"
    r"|under maintenance|down for maintenance|service (?:temporarily )?unavailable", re.I)
_MAINTENANCE_MAX_CHARS = 1500
_MAINTENANCE_WORDS = ("bảo trì", "nâng cấp", "maintenance", "unavailable")


def feed_locations(body: bytes, url: str, stats: Any) -> tuple[list[str], bool]:
    """The URLs an RSS/Atom feed, a sitemap or a sitemap index lists, and whether it is a
    sitemap index (its URLs are sitemaps). A feed declaring a DTD or entities, one that does
    not parse, or of no known format is rejected whole, counted and logged: ``([], False)``."""
    if _XML_DTD_RE.search(body):
        stats.inc_value("portal/feeds/rejected/xml_entities")
        logger.warning("feed rejected [xml_entities] %s: it declares a DTD or entities", url)
        return [], False
    try:
        root = etree.fromstring(body, parser=_XML_PARSER)
    except etree.XMLSyntaxError as exc:
        stats.inc_value("portal/feeds/rejected/xml_error")
        logger.warning("feed rejected [xml_error] %s: %s", url, exc)
        return [], False
    tag = etree.QName(root).localname.lower()
    if tag in ("urlset", "sitemapindex"):
        stats.inc_value("portal/sitemaps/parsed")
        return list(root.xpath("//*[local-name()='loc']/text()")), tag == "sitemapindex"
    if tag in ("rss", "feed", "rdf"):
        stats.inc_value("portal/feeds/parsed")
        return list(root.xpath("//*[local-name()='item' or local-name()='entry']"
                               "/*[local-name()='link']/text() | "
                               "//*[local-name()='entry']/*[local-name()='link']/@href")), False
    stats.inc_value("portal/feeds/rejected/unknown_format")
    logger.warning("feed rejected [unknown_format] %s: root <%s>", url, tag)
    return [], False


def is_xml(response: Response) -> bool:
    """A feed or sitemap by its Content-Type, or by an XML declaration opening a non-HTML body."""
    ctype = (response.headers.get("Content-Type") or b"").decode("latin-1").lower()
    if any(t in ctype for t in _FEED_TYPES) and "html" not in ctype:
        return True
    return response.body[:100].lstrip().startswith(b"<?xml") and b"<html" not in response.body[:500]


def is_maintenance_page(response: TextResponse) -> bool:
    """A short 200 page saying the site is down for maintenance (N2): not an article, tried
    again next run. A long page that mentions maintenance is an article about it."""
    if len(response.body) > 200_000:
        return False
    head = unicodedata.normalize("NFC", response.text).lower()
    if not any(word in head for word in _MAINTENANCE_WORDS):
        return False
    text = " ".join(response.xpath("//body//text()[not(ancestor::script or "
                                   "ancestor::style)]").getall()).split()
    title = " ".join(response.xpath("//title//text()").getall())
    short = unicodedata.normalize("NFC", " ".join(text))
    title = unicodedata.normalize("NFC", title)
    return len(short) <= _MAINTENANCE_MAX_CHARS and bool(
        _MAINTENANCE_RE.search(short) or _MAINTENANCE_RE.search(title))


def header_lists(response: TextResponse) -> dict[str, list[str]]:
    """Response headers as plain name -> values (picklable for the extraction workers): a
    family's server header or cookie can name the CMS where the markup does not."""
    return {name.decode("latin-1"): [v.decode("latin-1") for v in values]
            for name, values in response.headers.items()}
