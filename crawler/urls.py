"""URL canonicalisation: one spelling per page, so one article is fetched and stored once."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, Protocol
from urllib.parse import parse_qsl, quote, unquote, urlencode, urljoin, urlsplit, urlunsplit

__all__ = ["canonicalize", "canonical_from_link", "declared_canonical", "document_base",
           "GLOBAL_DROP_PARAMS", "page_number", "page_series", "repeated_segment",
           "strip_session_path", "url_shape"]

#: Parameters that never select content on any portal (tracking, sessions). HOSTILE.md T2/T3.
GLOBAL_DROP_PARAMS = (
    r"utm_\w+", "fbclid", "gclid", "dclid", "msclkid", "zarsrc", "_ga", "mc_cid", "mc_eid",
    "jsessionid", "phpsessid", "sessionid", "sid", "aspsessionid", "cfid", "cftoken",
    # print and AMP renderings of one article (HOSTILE.md T5)
    "print", "amp",
)
#: Parameter values that only ask for another rendering of the same page (T5).
_RENDERING_VALUES = {("output", "amp"), ("output", "print"), ("view", "print"), ("format", "amp"),
                     ("format", "print"), ("type", "print")}
_GLOBAL_DROP = tuple(re.compile(p, re.I) for p in GLOBAL_DROP_PARAMS)
_SESSION_PATH_RE = re.compile(
    r";(?:jsessionid|sessionid|phpsessid)=[^/?#]*"
    # ASP.NET cookieless sessions: /(S(x1y2…))/ and /(X(1)S(x1y2…))/ path prefixes
    r"|/\((?:[A-Z]\([^()/]*\))+\)(?=/)", re.I)
#: /amp/ prefix, /amp or /print suffix on an article path (T5)
_RENDERING_PATH_RE = re.compile(r"^/amp(?=/)|(?<=\.html)/(?:amp|print)/?$|(?<=\.htm)/(?:amp|print)/?$"
                                r"|(?<=\.aspx)/(?:amp|print)/?$", re.I)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def strip_session_path(path: str) -> str:
    return _SESSION_PATH_RE.sub("", path)


def canonicalize(
    url: str,
    *,
    drop_params: Iterable[re.Pattern[str]] = (),
    sort_params: bool = True,
    lowercase_path: bool = False,
    lowercase_param_names: bool = False,
) -> str:
    """Return the canonical spelling of ``url``.

    Lower-cases scheme and host, drops the default port, the fragment, session ids, the
    parameters in :data:`GLOBAL_DROP_PARAMS` and ``drop_params`` (full-match regexes on the
    name, case-insensitive), sorts the remaining parameters (stable for repeated names) and
    normalises percent-encoding.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    path = strip_session_path(parts.path) or "/"
    path = _RENDERING_PATH_RE.sub("", path) or "/"
    if len(path) > 1 and path.endswith("/") and "." in path.rsplit("/", 2)[-2]:
        path = path.rstrip("/")  # "/x-12345.html/": a file name never ends in a slash (T5)
    path = quote(unquote(path), safe="/-._~!$&'()*+,;=:@%")
    if lowercase_path:
        path = path.lower()
    params = []
    for name, value in parse_qsl(parts.query, keep_blank_values=True):
        key = name.lower() if lowercase_param_names else name
        if any(p.fullmatch(name) for p in _GLOBAL_DROP) or any(
            p.fullmatch(name) for p in drop_params
        ) or (name.lower(), value.lower()) in _RENDERING_VALUES:
            continue
        params.append((key, value))
    if sort_params:
        params.sort(key=lambda kv: kv[0])
    query = urlencode(params, quote_via=quote, safe="-._~!$'()*,;:@/")
    return urlunsplit((scheme, netloc, path, query, ""))


#: Query parameters that number a listing's pages on the portals we know (PORTALS.md):
#: HueCIT ``pg``, Liferay ``_101[_INSTANCE_x]_cur``, SharePoint ``Page``, cema ``p``, generic
#: ``page``/``trang``/``pageindex``.
_PAGE_PARAM_RE = re.compile(r"(?:page|pg|p|trang|pageindex|pagenumber|pageno|\w+_cur)", re.I)
#: Page numbers inside the path: ``/<section>/trang-N.htm``, ``/page/N``.
_PAGE_PATH_RE = re.compile(r"/[^/]+/(?:trang-|page/|p)(\d{1,5})(?:\.html?|/)?$", re.I)


_PAGE_SUFFIX_RE = re.compile(r"/(?:trang-|page/|p)\d{1,5}(?:\.html?|/)?$", re.I)


def page_number(url: str) -> int | None:
    """The page number a listing URL asks for, or ``None`` when it names none (a first page).

    Pagination is read from the parameters and path shapes portals use; the stop rule of
    incremental crawls (``PORTAL_LISTING_OVERLAP``) needs to know which link is the next page.
    """
    parts = urlsplit(url)
    for name, value in parse_qsl(parts.query):
        if value.isdigit() and _PAGE_PARAM_RE.fullmatch(name):
            return int(value)
    if m := _PAGE_PATH_RE.search(parts.path):
        return int(m.group(1))
    return None


def page_series(url: str) -> str:
    """The listing a page belongs to: the URL without its page number (``/?gd=5&pg=3`` and
    ``/?gd=5`` are one series, ``/?gd=7&pg=3`` another)."""
    parts = urlsplit(url)
    params = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
              if not (v.isdigit() and _PAGE_PARAM_RE.fullmatch(k))]
    path = _PAGE_SUFFIX_RE.sub("", parts.path) if _PAGE_PATH_RE.search(parts.path) else parts.path
    path = path.rstrip("/") or "/"
    return urlunsplit((parts.scheme, parts.netloc, path, urlencode(params), ""))


_DIGITS_RE = re.compile(r"\d+")


def url_shape(url: str) -> str:
    """The URL with every run of digits as ``N`` and parameter values that hold digits as
    ``N``: pages of one calendar, one pagination series or one template share a shape."""
    parts = urlsplit(url)
    params = sorted(f"{k}={'N' if any(c.isdigit() for c in v) else v}"
                    for k, v in parse_qsl(parts.query, keep_blank_values=True))
    return _DIGITS_RE.sub("N", parts.path) + ("?" + "&".join(params) if params else "")


def repeated_segment(url: str, limit: int = 3) -> str | None:
    """A path segment that occurs ``limit`` times or more (``/vi/vi/vi/``, or a language
    switch ``/vi/en/vi/en/vi``): a relative-link loop, never a real page (HOSTILE.md T4).
    Numbers (``/2024/1/1/``) may repeat."""
    segments = [s for s in urlsplit(url).path.split("/") if s and not s.isdigit()]
    if len(segments) < limit:
        return None
    counts: dict[str, int] = {}
    for segment in segments:
        counts[segment] = counts.get(segment, 0) + 1
        if counts[segment] >= limit:
            return segment
    return None


# -- what a page says about URLs: <base href>, <link rel="canonical"> ----------------------------

#: The whitespace HTML strips from both ends of a URL attribute.
_HTML_SPACE = " \t\n\f\r"
_BASE_XPATH = "(//base[@href])[1]/@href"
_CANONICAL_XPATH = ("//link[@href][contains(concat(' ', normalize-space(translate(@rel, "
                    "'CANONICAL', 'canonical')), ' '), ' canonical ')]/@href")


def document_base(page_url: str, root: Any) -> str:
    """The URL a page's relative links resolve against, as a browser computes it: the first
    ``<base>`` that has an ``href``, joined to the page's URL, else the page's URL.

    ``root`` is the parsed page (an lxml tree, e.g. ``response.selector.root``): the parser has
    decoded the attribute, so ``<base href="…?a=1&amp;b=2">`` means ``?a=1&b=2``. Read from the
    raw bytes instead (as w3lib's ``get_base_url`` does), the ``&amp;`` stays, every ``#top``
    link becomes a new URL, and a portal that echoes the request URL into its ``<base>`` grows
    it by one ``amp;`` per page until the page budget is spent."""
    found = root.xpath(_BASE_XPATH)
    href = str(found[0]).strip(_HTML_SPACE) if found else ""
    return urljoin(page_url, href) if href else page_url


def declared_canonical(page_url: str, root: Any) -> str | None:
    """The absolute URL a page names in its first ``<link rel="canonical">``, or ``None``."""
    for href in root.xpath(_CANONICAL_XPATH):
        if href := str(href).strip(_HTML_SPACE):
            return urljoin(document_base(page_url, root), href)
    return None


class _UrlRules(Protocol):
    """What :func:`canonical_from_link` needs of a site profile."""

    def canonicalize(self, url: str) -> str: ...

    def classify(self, canonical_url: str) -> tuple[str, str | None]: ...


def _site(netloc: str) -> str:
    return netloc.lower().removeprefix("www.")


def canonical_from_link(page_url: str, declared: str | None, profile: _UrlRules) -> str | None:
    """The canonical URL an article row takes from its page's ``<link rel="canonical">``, or
    ``None`` when the page's own URL stands.

    An old-slug copy, a ``?utm``/non-SEF duplicate or a print view names the article's real URL:
    taking it makes every copy a version of one article. Portals also misuse the tag, pointing
    every page at the home page or a section, which would fold all articles into one; so a
    declared URL is ignored when it is on another site (``www.`` and the scheme aside), is the
    home page, is a listing or a trap by the family's rules, or is a section above the page
    (a path the page's path lies under) that the rules do not call an article. The result is
    on the page's own scheme and host, in the profile's canonical form."""
    if not declared:
        return None
    page, target = urlsplit(page_url), urlsplit(declared)
    if target.scheme not in ("http", "https") or _site(target.netloc) != _site(page.netloc):
        return None
    own = profile.canonicalize(page_url)
    canonical = profile.canonicalize(
        target._replace(scheme=page.scheme, netloc=page.netloc).geturl())
    if canonical == own:
        return None
    parts = urlsplit(canonical)
    if parts.path == "/" and not parts.query:
        return None  # the home page
    kind, _ = profile.classify(canonical)
    if kind in ("listing", "trap"):
        return None
    section = parts.path.rstrip("/") + "/"
    if kind != "article" and not parts.query and urlsplit(own).path.startswith(section):
        return None  # a section the page sits in
    return canonical
