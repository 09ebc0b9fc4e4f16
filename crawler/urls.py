"""URL canonicalisation: one spelling per page, so one article is fetched and stored once."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

__all__ = ["canonicalize", "GLOBAL_DROP_PARAMS", "page_number", "page_series", "repeated_segment",
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
