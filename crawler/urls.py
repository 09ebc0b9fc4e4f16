"""URL canonicalisation: one spelling per page, so one article is fetched and stored once."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

__all__ = ["canonicalize", "GLOBAL_DROP_PARAMS", "page_number", "strip_session_path"]

#: Parameters that never select content on any portal (tracking, sessions). HOSTILE.md T2/T3.
GLOBAL_DROP_PARAMS = (
    r"utm_\w+", "fbclid", "gclid", "dclid", "msclkid", "zarsrc", "_ga", "mc_cid", "mc_eid",
    "jsessionid", "phpsessid", "sessionid", "sid",
)
_GLOBAL_DROP = tuple(re.compile(p, re.I) for p in GLOBAL_DROP_PARAMS)
_SESSION_PATH_RE = re.compile(r";(?:jsessionid|sessionid|phpsessid)=[^/?#]*", re.I)
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
    path = quote(unquote(path), safe="/-._~!$&'()*+,;=:@%")
    if lowercase_path:
        path = path.lower()
    params = []
    for name, value in parse_qsl(parts.query, keep_blank_values=True):
        key = name.lower() if lowercase_param_names else name
        if any(p.fullmatch(name) for p in _GLOBAL_DROP) or any(
            p.fullmatch(name) for p in drop_params
        ):
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
