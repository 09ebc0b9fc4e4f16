"""Article rows from extracted fields and the capture they came from: the one place a crawl, a
re-extraction and an ingest set a row's identity, hashes and provenance.

The crawl (``pipelines/``) and the offline paths (``crawler/reprocess.py``: ``reextract``,
``ingest``) call :func:`build_row`, so one capture gives the same row whichever way it was
read; only ``run_id`` and ``extracted_at`` say which reading it was. Callers pass plain values
(this module imports no Scrapy, no crawler code).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, MutableMapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from archive.ids import article_id, text_sha256, version_id
from archive.schema import ARTICLE_SCHEMA
from archive.warc import CapturedResponse, WarcPointer

__all__ = ["CAPTURE_FLAGS", "Capture", "build_row", "fingerprint", "photo_capture", "removal_row"]

#: Flags that describe the download, not the page: a crawl knows them (the redirect it
#: followed, a gzip stream cut short, the certificate policy, an overridden noarchive), a
#: stored response record does not say them all, so a re-extraction carries them over.
CAPTURE_FLAGS = ("redirected", "truncated_gzip", "tls_unverified", "noarchive_overridden")

#: Columns the builder sets from the capture and the content; extraction never sets them.
_NOT_EXTRACTED = frozenset({
    "article_id", "version_id", "source", "url", "canonical_url", "word_count", "text_sha256",
    "fetched_at", "extracted_at", "removed", "http_status", "http_etag", "http_last_modified",
    "run_id", "warc_file", "warc_offset", "warc_length", "warc_record_id",
})
_EXTRACTED = frozenset(ARTICLE_SCHEMA.names) - _NOT_EXTRACTED


@dataclass(frozen=True)
class Capture:
    """What a row records of the HTTP response it was read from."""

    url: str
    status: int
    fetched_at: datetime
    #: The validators the next crawl sends back (If-None-Match, If-Modified-Since).
    etag: str | None = None
    last_modified: str | None = None
    #: Where the response record is (``None``: the crawl could not write it).
    pointer: WarcPointer | None = None
    #: :data:`CAPTURE_FLAGS` that apply, in the order the row lists them.
    flags: tuple[str, ...] = ()

    @classmethod
    def of(cls, response: CapturedResponse, *, fetched_at: datetime,
           flags: Iterable[str] = ()) -> Capture:
        """A stored response record as a row's capture; its ETag and Last-Modified headers
        are the ones the crawl read from the same response."""
        return cls(url=response.url, status=response.status, fetched_at=fetched_at,
                   etag=_last_header(response, "ETag"),
                   last_modified=_last_header(response, "Last-Modified"),
                   pointer=response.pointer, flags=tuple(flags))


def _last_header(response: CapturedResponse, name: str) -> str | None:
    """The header's last value, empty as ``None``: what the crawl reads from Scrapy's
    ``Headers.get`` for a header sent twice."""
    name = name.lower()
    values = [v for k, v in response.headers if k.lower() == name]
    return (values[-1] if values else None) or None


def build_row(fields: Mapping[str, Any], capture: Capture, *, source: str, canonical_url: str,
              run_id: str, extracted_at: datetime, linked_canonical: str | None = None,
              listing_category: str | None = None) -> dict[str, Any]:
    """An article row (every column of ``ARTICLE_SCHEMA``) from what extraction read
    (``fields``: record columns only) and the ``capture`` it read it from.

    ``canonical_url``: the fetched URL's canonical form; ``linked_canonical``, when given, is
    the article URL the page names in ``<link rel="canonical">`` and accepted by the caller's
    profile: it replaces ``canonical_url`` and the row is flagged ``canonical_from_link``.
    ``listing_category``: the section that listed the page, kept when the page names none.
    """
    unknown = set(fields) - _EXTRACTED
    if unknown:
        raise ValueError(f"not extracted record fields: {', '.join(sorted(unknown))}")
    row: dict[str, Any] = dict.fromkeys(ARTICLE_SCHEMA.names)
    row.update(fields)
    if not row["category"] and listing_category:
        row["category"] = listing_category
    flags = [*(fields.get("flags") or ()), *capture.flags]
    if linked_canonical:
        # An old-slug or duplicate URL naming the article's own: one article, two copies.
        canonical_url = linked_canonical
        flags.append("canonical_from_link")
    row.update(
        source=source, url=capture.url, canonical_url=canonical_url, run_id=run_id,
        http_status=capture.status, http_etag=capture.etag,
        http_last_modified=capture.last_modified, fetched_at=capture.fetched_at,
        extracted_at=extracted_at, removed=False, flags=flags,
    )
    _point(row, capture.pointer)
    fingerprint(row)
    return row


def removal_row(capture: Capture, *, source: str, canonical_url: str, run_id: str,
                reason: str) -> dict[str, Any]:
    """The marker row of an archived article that now answers 404/410 or a "not found"
    page (``reason``): a version of its own, never a deletion."""
    aid = article_id(source, canonical_url)
    row: dict[str, Any] = dict.fromkeys(ARTICLE_SCHEMA.names)
    row.update(
        article_id=aid, version_id=version_id(aid, {}, removed=True), source=source,
        url=capture.url, canonical_url=canonical_url, removed=True,
        fetched_at=capture.fetched_at, extracted_at=capture.fetched_at,
        http_status=capture.status, http_etag=capture.etag,
        http_last_modified=capture.last_modified, run_id=run_id,
        flags=["removed", reason, *capture.flags], images=[], authors=[],
    )
    _point(row, capture.pointer)
    return row


def fingerprint(row: MutableMapping[str, Any]) -> None:
    """Set the content-derived columns of ``row`` (``text_sha256``, ``word_count``,
    ``article_id``, ``version_id``) from its text, source, canonical URL and version fields."""
    text = row.get("text") or ""
    row["text_sha256"] = text_sha256(text)
    row["word_count"] = len(text.split())
    row["article_id"] = article_id(row["source"], row["canonical_url"])
    row["version_id"] = version_id(row["article_id"], row)


def _point(row: dict[str, Any], pointer: WarcPointer | None) -> None:
    if pointer is not None:
        row.update(warc_file=pointer.file, warc_offset=pointer.offset,
                   warc_length=pointer.length, warc_record_id=pointer.record_id)


def photo_capture(body: bytes, media_type: str, pointer: WarcPointer) -> dict[str, Any]:
    """An image entry's capture fields (archive/schema.py) for a photo whose decoded bytes
    are ``body``, a raster image of ``media_type``, held by the record at ``pointer``: as the
    crawl records it (pipelines/images.py) and ingest finds it (crawler/reprocess.py)."""
    return {"status": "captured", "media_type": media_type, "bytes": len(body),
            "sha256": hashlib.sha256(body).hexdigest(), "warc_file": pointer.file,
            "warc_offset": pointer.offset, "warc_length": pointer.length}
