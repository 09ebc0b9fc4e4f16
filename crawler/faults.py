"""Stable reason codes for requests the crawler refuses or cannot complete (HOSTILE.md).

Every fault ends the same way: a reason code from :data:`REASONS`, a counter
``portal/refused/<reason>`` in the run's stats, a log line naming the URL and, when the page
should be tried again, the URL kept in the source's frontier journal for the next run
(``keep``). Middlewares raise :class:`Refused`; the spider's errback records it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from scrapy.exceptions import IgnoreRequest

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

__all__ = ["REASONS", "CAPTURE_REASONS", "Refused", "failure_reason", "record"]

logger = logging.getLogger(__name__)

#: reason code -> (keep the URL for the next run?, what happened). docs/faults.md lists them.
REASONS: dict[str, tuple[bool, str]] = {
    "ssrf_blocked": (False, "the host resolves to a private, loopback, link-local or reserved "
                            "address the source does not allow"),
    "not_http": (False, "a link or redirect to a scheme other than http(s)"),
    "offsite": (False, "a redirect (or request) to another site than the source's"),
    "dns_failure": (True, "the host name does not resolve"),
    "connection_refused": (True, "nothing listens on the host's port"),
    "connection_reset": (True, "the connection broke before the whole response arrived"),
    "timeout": (True, "no complete response within DOWNLOAD_TIMEOUT (per request deadline)"),
    "tls_failure": (True, "TLS handshake or certificate verification failed"),
    "host_failing": (True, "the host failed too often in a row this run; left for the next run"),
    "retry_after_too_long": (True, "the server asked to wait longer than PORTAL_RETRY_AFTER_MAX"),
    "throttled": (True, "429/503 answered again after every retry"),
    "shutdown": (True, "the run stopped while the request waited for its host's pause to end"),
    "redirect_loop": (False, "a redirect leads back to a URL of its own chain"),
    "redirect_limit": (False, "more redirects than REDIRECT_MAX_TIMES"),
    "size_limit": (False, "the body (as sent, or decompressed) is larger than DOWNLOAD_MAXSIZE"),
    "robots_unavailable": (True, "robots.txt answered 5xx or could not be fetched: nothing is "
                                 "fetched from the host until it can be read (RFC 9309)"),
    "robots_disallowed": (False, "robots.txt disallows the URL"),
    "maintenance": (True, "a 200 page that says the site is under maintenance"),
    "noarchive": (False, "the page asks not to be archived (meta robots / X-Robots-Tag)"),
    "download_failed": (True, "any other download error (its type is logged)"),
}

#: Why ``ingest`` and ``reextract`` pass a stored capture over (their report's ``skipped``,
#: besides the extraction's statuses). reason code -> what happened. docs/faults.md lists them.
CAPTURE_REASONS: dict[str, str] = {
    "http_<status>": "ingest: a response other than 200 (http_404, http_301…)",
    "not_html": "ingest: a response whose Content-Type is not HTML; its payload is not read",
    "size_limit": "ingest: a payload larger than the crawl's DOWNLOAD_MAXSIZE (20 MiB), as "
                  "stored or decoded; not read past the limit",
    "header_limit": "ingest: a response whose HTTP status line and headers pass 256 KiB "
                    "(archive.warc.MAX_HTTP_HEAD; no real server sends one); neither its head "
                    "nor its payload is held",
    "warc_damaged": "ingest: the file cannot be read past a record (cut short, corrupt, not "
                    "WARC): the records before it are ingested, the command exits 1",
    "capture_damaged": "reextract: the record a row points at fails its gzip CRC or "
                       "WARC-Block-Digest, or is cut short: the row is kept, the command exits 1",
    "capture_unreadable": "reextract: the WARC file a row points at cannot be opened or read; "
                          "the row is kept, the command exits 1",
}


class Refused(IgnoreRequest):
    """A request refused or given up with a reason code from :data:`REASONS`."""

    def __init__(self, reason: str, detail: str = "") -> None:
        if reason not in REASONS:
            raise ValueError(f"unknown reason code {reason!r}")
        self.reason = reason
        self.keep = REASONS[reason][0]
        self.detail = detail
        super().__init__(f"{reason}: {detail}" if detail else reason)


def record(crawler: Crawler, reason: str, url: str, detail: str = "", *,
           level: int = logging.WARNING) -> None:
    """Count ``reason`` in the run's stats and log it with the URL."""
    crawler.stats.inc_value(f"portal/refused/{reason}")
    crawler.stats.inc_value("portal/refused")
    logger.log(level, "refused [%s] %s%s", reason, url, f": {detail}" if detail else "")


def failure_reason(exc: BaseException) -> str:
    """The reason code of a download exception (Scrapy's and Twisted's exception types)."""
    if isinstance(exc, Refused):
        return exc.reason
    from scrapy.exceptions import (
        CannotResolveHostError,
        DownloadCancelledError,
        DownloadConnectionRefusedError,
        DownloadTimeoutError,
        ResponseDataLossError,
    )
    from twisted.internet import error as neterror
    from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

    from crawler.net.address_guard import BlockedAddress

    chain = [exc, exc.__cause__, exc.__context__, *(getattr(r, "value", r)
                                                    for r in getattr(exc, "reasons", None) or [])]
    if any(isinstance(e, BlockedAddress) for e in chain):
        return "ssrf_blocked"  # refused by the resolver when the connection looked the name up
    if isinstance(exc, CannotResolveHostError | neterror.DNSLookupError):
        return "dns_failure"
    if isinstance(exc, DownloadConnectionRefusedError | neterror.ConnectionRefusedError):
        return "connection_refused"
    if isinstance(exc, DownloadTimeoutError | neterror.TimeoutError | TimeoutError):
        return "timeout"
    if isinstance(exc, DownloadCancelledError):
        return "size_limit"
    if _is_tls(exc):
        return "tls_failure"
    if isinstance(exc, ResponseDataLossError | ResponseFailed | ResponseNeverReceived
                  | neterror.ConnectionLost | neterror.ConnectionDone | ConnectionError):
        return "connection_reset"
    return "download_failed"


def _is_tls(exc: BaseException) -> bool:
    ssl_errors: tuple[type[BaseException], ...]
    try:
        from OpenSSL.SSL import Error as SSLError

        ssl_errors = (SSLError,)
    except ImportError:  # pragma: no cover - pyOpenSSL is a Scrapy dependency
        ssl_errors = ()
    seen = [exc]
    for reasons in (getattr(exc, "reasons", None) or []):  # Twisted wraps failures in lists
        seen.append(getattr(reasons, "value", reasons))
    for cause in (exc.__cause__, exc.__context__):
        if cause is not None:
            seen.append(cause)
    return any(isinstance(e, ssl_errors) or "SSL" in type(e).__name__
               or "certificate verify" in str(e) for e in seen)
