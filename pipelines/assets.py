"""What an article's photos and attached documents share: which of them may be fetched, and
one fetch through the crawl's own downloader into the run's WARC.

A file is fetched through ``engine.download_async``, so every downloader middleware applies to
it as to a page: the address guard, robots.txt, per-host throttling, and the WARC capture,
which writes the exchange and hands back its pointer. What may be fetched: ``http(s)``
addresses on the article's own site (its host, the ``www.`` twin, a host under it) or on a host
the settings name (a portal's CDN or document server elsewhere). Bytes already archived in the
run are written as a revisit record of the first capture (``digests``), not again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.exceptions import DownloadCancelledError, IgnoreRequest

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

    from archive.warc import WarcPointer

__all__ = ["Fetched", "PayloadIndex", "captured_before", "fetch", "refusal", "same_site"]

logger = logging.getLogger(__name__)


class PayloadIndex(dict):
    """SHA-256 of a payload as received -> (URI, WARC-Date) of the response record holding
    those bytes, which the WARC capture makes a fetch of the same bytes again a revisit of.

    Filled by the pipeline with this run's captures; a payload an earlier run of the source
    captured (``earlier``: SHA-256 -> the capture fields rows keep) is looked up in that
    capture's own record when first asked for, and taken only when the record is a response
    whose ``WARC-Payload-Digest`` names these very bytes (a row's SHA-256 is of the decoded
    body; a compressed transfer is no revisit of it)."""

    def __init__(self, root: str | None, earlier: dict[str, dict[str, Any]] | None = None) -> None:
        super().__init__()
        self.root = root
        self.earlier = earlier or {}
        self._checked: set[str] = set()

    def get(self, payload: str, default: Any = None) -> Any:
        if payload in self:
            return self[payload]
        fields = self.earlier.get(payload)
        if fields is None or payload in self._checked or not self.root:
            return default
        self._checked.add(payload)
        import base64

        from archive.warc import WarcPointer, record_at

        try:
            record = record_at(self.root, WarcPointer(fields["warc_file"], fields["warc_offset"],
                                                      fields["warc_length"], ""))
        except Exception as exc:  # a file gone or damaged: the bytes are captured again
            logger.debug("earlier capture of %s not readable: %s", payload, exc)
            return default
        headers = record.rec_headers
        expected = "sha256:" + base64.b32encode(bytes.fromhex(payload)).decode()
        if record.rec_type != "response" or headers.get_header("WARC-Payload-Digest") != expected:
            return default
        found = (headers.get_header("WARC-Target-URI"), headers.get_header("WARC-Date"))
        self[payload] = found
        return found


def same_site(host: str, page_host: str) -> bool:
    """The page's own site: its host, the ``www.`` twin, or a host under it (``media.``,
    ``static.``): what the address guard lets through as on-site, on any portal."""
    site = page_host.removeprefix("www.")
    return host.removeprefix("www.") == site or host.endswith("." + site)


def refusal(src: str, page_host: str, hosts: set[str]) -> str | None:
    """Why ``src`` is not fetched for a page on ``page_host`` (``bad_url``, ``inline`` for a
    ``data:`` address, ``off_site``), or None."""
    try:
        parts = urlsplit(src)
        host = (parts.hostname or "").lower()
    except ValueError:
        return "bad_url"
    if parts.scheme == "data":
        return "inline"
    if parts.scheme not in ("http", "https") or not host:
        return "bad_url"
    if not same_site(host, page_host) and host not in hosts:
        return "off_site"
    return None


@dataclass(frozen=True)
class Fetched:
    """A file fetched whole with status 200 and captured: its decoded bytes, the record
    holding them, the SHA-256 of the payload as received, and whether that record is a
    revisit (the bytes were captured earlier in the run)."""

    url: str
    body: bytes
    pointer: WarcPointer
    payload_sha256: str
    revisit: bool
    fetched_at: Any

    @property
    def record_date(self) -> str | None:
        """The record's WARC-Date as written (what a replay tool resolves a revisit by)."""
        return self.fetched_at.strftime("%Y-%m-%dT%H:%M:%S.%fZ") if self.fetched_at else None


async def fetch(crawler: Crawler, src: str, *, max_bytes: int, hosts: set[str],
                digests: dict[str, tuple[str, str | None]]) -> Fetched | str:
    """Fetch ``src`` into the run's WARC: what was captured, or why nothing was (``refused``,
    ``too_large``, ``failed``, ``http_<status>``, ``truncated``, ``not_captured``).

    ``hosts``: hosts beyond the page's site the address guard lets this fetch reach;
    ``digests``: payload SHA-256 -> (URI, WARC-Date) of the record holding those bytes, of
    which the capture makes the same bytes again a revisit."""
    request = Request(src, meta={"download_maxsize": max_bytes, "portal_asset_hosts": hosts,
                                 "portal_asset_digests": digests}, dont_filter=True)
    engine = crawler.engine
    assert engine is not None
    try:
        response = await engine.download_async(request)
    except IgnoreRequest as exc:
        logger.debug("%s not fetched: %s", src, exc)
        return "refused"
    except DownloadCancelledError as exc:  # the size cap (declared, or as it streamed)
        logger.debug("%s not fetched: %s", src, exc)
        return "too_large"
    except Exception as exc:  # a timeout, a reset, a refused connection
        logger.debug("%s not fetched: %r", src, exc)
        return "failed"
    if response.status != 200:
        return f"http_{response.status}"
    if "dataloss" in (response.flags or []):
        return "truncated"
    # only what the capture of this very response left (crawler/capture.py clears an earlier
    # hop's): no pointer, no capture to point at (noarchive, disk full)
    pointer = response.meta.get("warc_pointer")
    payload = response.meta.get("warc_payload_sha256")
    if pointer is None or payload is None:
        return "not_captured"
    return Fetched(response.url, response.body, pointer, payload,
                   bool(response.meta.get("warc_revisit")), response.meta.get("fetched_at"))


def captured_before(root: str, source: str, column: str, key: str
                    ) -> tuple[dict[str, dict[str, Any]], dict[str, tuple[str, bool]]]:
    """What earlier runs of ``source`` captured of ``column`` (``images`` by ``src``,
    ``attachments`` by ``url``): address -> capture fields (``IMAGE_CAPTURE_KEYS``); and the
    source's latest version of each article (``Archive.latest_state``)."""
    from pathlib import Path

    from archive.reader import Archive
    from archive.schema import IMAGE_CAPTURE_KEYS

    if not (Path(root) / "articles").is_dir():
        return {}, {}
    fields = ", ".join(f"e.{k}" for k in IMAGE_CAPTURE_KEYS)
    with Archive(root) as archive:
        latest = archive.latest_state(source)
        try:
            # (column and key are this module's callers' constants, never input)
            rows = archive.records(
                f"SELECT DISTINCT ON (e.{key}) e.{key} AS address, {fields} FROM "
                f"(SELECT unnest({column}) AS e FROM article_versions WHERE source = $source) "
                "WHERE e.status = 'captured'", {"source": source})
        except Exception as exc:  # parts written before these were captured: none known
            logger.debug("no earlier %s captures read: %s", column, exc)
            rows = []
    return {r["address"]: {k: r.get(k) for k in IMAGE_CAPTURE_KEYS} for r in rows}, latest
