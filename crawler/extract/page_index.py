"""What the generic path looks up in a page more than once: named elements, meta tags,
JSON-LD, and the site's own names.
"""

from __future__ import annotations

import functools
import json
import re
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree

from crawler.extract import body as B
from crawler.extract.lines import _tokens

__all__ = ["PageIndex"]

_SUMMARY_CLASS_RE = re.compile(r"sapo|summary|lead|tomtat|tom-tat|trichyeu|trich-yeu|chapeau"
                               r"|intro|description|desc|abstract|teaser|mota|mo-ta", re.I)
_AUTHOR_CLASS_RE = re.compile(r"author|tacgia|tac-gia|tac_gia|byline|writer|nguoiviet|butdanh"
                              r"|nguontin|nguon-tin|nguon_tin|source", re.I)


# -- named elements and meta tags ----------------------------------------------------------------
def _meta(index: PageIndex, *names: str) -> str | None:
    """The first non-empty ``<meta>`` content under the first of ``names`` (a ``property`` or a
    ``name``) that has one."""
    for name in names:
        for content in index.metas.get(name, ()):
            value = B.clean(content)
            if value:
                return value
    return None
#: Class or id naming an element as a title, in English or Vietnamese ("tiêu đề").
_TITLE_NAME_RE = re.compile(r"title|tieu-?_?de|headline", re.I)


_NAMED = etree.XPath("//*[@class or @id or @itemprop]")
_JSON_LD = etree.XPath("//script[@type='application/ld+json']")
_CATEGORY_LINK = etree.XPath("//a[contains(concat(' ', normalize-space(@rel), ' '), ' category ')]")
#: Any of the three, on a lower-cased name (a case-blind regex is twice as slow).
_ANY_NAME_RE = re.compile("|".join(r.pattern for r in (_TITLE_NAME_RE, _SUMMARY_CLASS_RE,
                                                         _AUTHOR_CLASS_RE)))
@functools.lru_cache(maxsize=8192)
def _names_any(name: str) -> bool:
    """Whether a class/id/itemprop string names a title, a summary or an author (a page
    repeats its class names hundreds of times: each is tested once)."""
    return bool(_ANY_NAME_RE.search(name.lower()))


class PageIndex:
    """Lookups of one parsed page that several finders share, each computed once, when first
    asked, and held by the caller for that page only (no state outlives the page)."""

    def __init__(self, root: Any) -> None:
        self.root = root
        self._site_names: dict[str | None, list[set[str]]] = {}

    @functools.cached_property
    def named(self) -> list[tuple[Any, str]]:
        """Elements whose class, id or schema.org itemprop names a title, a summary or an
        author, with that name: one walk of the page for the three searches."""
        found = []
        for el in _NAMED(self.root):
            name = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('itemprop') or ''}"
            if _names_any(name):
                found.append((el, name))
        return found

    @functools.cached_property
    def json_ld(self) -> list[dict]:
        """The page's JSON-LD objects (a list, a ``@graph`` and the objects in it), parsed
        once for the date, section and author readers."""
        items: list[dict] = []
        for script in _JSON_LD(self.root):
            try:
                data = json.loads(script.text or "")
            except ValueError:
                continue
            found = data if isinstance(data, list) else [data]
            if isinstance(data, dict) and isinstance(data.get("@graph"), list):
                found = [data, *data["@graph"]]
            items.extend(x for x in found if isinstance(x, dict))
        return items

    @functools.cached_property
    def metas(self) -> dict[str, list[str]]:
        """``<meta>`` contents by ``property`` and by ``name``, in page order."""
        found: dict[str, list[str]] = {}
        for el in self.root.iter("meta"):
            content = el.get("content")
            if content is not None:
                for key in {el.get("property"), el.get("name")} - {None}:
                    found.setdefault(key, []).append(content)
        return found

    def site_names(self, url: str | None) -> list[set[str]]:
        """:func:`_site_names` of the page, read once (the title and the byline both ask)."""
        if url not in self._site_names:
            self._site_names[url] = _site_names(self.root, url)
        return self._site_names[url]

    @functools.cached_property
    def order(self) -> dict[Any, int]:
        """Every element's position in reading order."""
        return {el: i for i, el in enumerate(self.root.iter())}


#: Paths of a portal's home page: a link there, with the portal's name or logo, is the
#: masthead, whatever the CMS.
_HOME_PATHS = frozenset({"", "/index.html", "/index.htm", "/index.php", "/default.aspx",
                         "/trang-chu", "/home", "/web/guest", "/vi", "/vi-vn", "/portal"})


def _link_target(a: Any, url: str | None) -> tuple[str, str, str] | None:
    """(host, path, query) a link leads to, resolved against the page, or ``None`` for a
    link that leads nowhere (``#``, ``javascript:``, ``mailto:``)."""
    href = (a.get("href") or "").strip()
    if not href or href.startswith("#") or href.lower().startswith(("javascript", "mailto:")):
        return None
    parts = urlsplit(urljoin(url or "", href))
    return parts.netloc.lower(), parts.path.rstrip("/").lower(), parts.query


def _may_lead_home(href: str) -> bool:
    """A cheap look at a link before resolving it (pages carry hundreds): an absolute or
    root-relative link whose path is not a home page's, or with a query, cannot lead home."""
    href = href.strip().split("#", 1)[0]
    if "?" in href:
        return False
    if "://" in href or href.startswith("//"):
        rest = href.split("//", 1)[1]
        path = rest[rest.find("/"):] if "/" in rest else ""
    elif href.startswith("/"):
        path = href
    else:
        return True  # relative to the page: only resolving tells
    return path.rstrip("/").lower() in _HOME_PATHS


def _site_names(root: Any, url: str | None) -> list[set[str]]:
    """The portal's name as its masthead prints it: text, ``title`` and logo ``alt`` of the
    links to its own home page. A ``<title>`` part that repeats it names the site, not the
    article ("Sở Khoa học và Công nghệ Vĩnh Phúc > Tin tức")."""
    host = urlsplit(url).netloc.lower() if url else None
    names = []
    for a in root.iter("a"):
        if not _may_lead_home(a.get("href") or ""):
            continue
        target = _link_target(a, url)
        if target is None or target[1] not in _HOME_PATHS or target[2]:
            continue
        if host and target[0] and target[0] != host:
            continue  # another portal's home, in a "Liên kết website" box
        for text in (B.text_of(a), a.get("title"), *(i.get("alt") for i in a.iter("img"))):
            if text and len(tokens := _tokens(text)) >= 3:
                names.append(tokens)
    # A banner or footer line that names the portal as portals do ("TRANG THÔNG TIN ĐIỆN TỬ
    # SỞ KHOA HỌC VÀ CÔNG NGHỆ …"), linked or not: the name after that opening.
    for el in _PORTAL_LINE(root):
        if el.lstrip()[:1] not in "cCtT":
            continue  # (cheaper than the regex on every line)
        m = _PORTAL_NAME_RE.match(" ".join(el.split()))
        if m and 3 <= len(tokens := _tokens(m[1])) <= 20:
            names.append(tokens)
    return names


_PORTAL_LINE = etree.XPath("//text()[string-length(normalize-space()) > 20"
                           " and string-length(normalize-space()) < 200]")
_PORTAL_NAME_RE = re.compile(r"^(?:cổng|trang)\s+(?:thông tin|ttđt)(?:\s+điện tử)?\s*[:\-–]?\s+(.+)$",
                             re.I)
