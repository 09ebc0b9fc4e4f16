"""Explicit, versioned pyarrow schemas for the article and run tables (never inferred).

`docs/fields.md` documents every column; `tests/test_contract.py` checks that this module, the
Scrapy item and the documentation agree.
"""

from __future__ import annotations

import pyarrow as pa

__all__ = ["ARTICLE_SCHEMA", "RUN_SCHEMA", "SCHEMA_VERSION", "TIMEZONE", "IMAGE_TYPE",
           "IMAGE_CAPTURE_FIELDS", "IMAGE_CAPTURE_KEYS", "ATTACHMENT_TYPE", "ATTACHMENT_KEYS",
           "schema_problem"]

#: Bumped whenever a column is added, removed or changes type; stored in every file's metadata.
SCHEMA_VERSION = 9
#: Portal times are local; stored as instants, displayed in this zone.
TIMEZONE = "Asia/Ho_Chi_Minh"

_TS_LOCAL = pa.timestamp("us", tz=TIMEZONE)
_TS_UTC = pa.timestamp("us", tz="UTC")

#: An article's photo: where the page pointed, its caption and credit as printed, and its own
#: capture (schema 8): ``status`` "captured" (the WARC record holding it, what it is, its
#: size and sha256) or why not (docs/faults.md: off_site, too_large, not_an_image, ...).
IMAGE_CAPTURE_FIELDS = (
    pa.field("status", pa.string()),
    pa.field("media_type", pa.string()),
    pa.field("bytes", pa.int64()),
    pa.field("sha256", pa.string()),
    pa.field("warc_file", pa.string()),
    pa.field("warc_offset", pa.int64()),
    pa.field("warc_length", pa.int64()),
)
IMAGE_CAPTURE_KEYS = tuple(f.name for f in IMAGE_CAPTURE_FIELDS)
IMAGE_TYPE = pa.struct(
    [
        pa.field("src", pa.string()),
        pa.field("caption", pa.string()),
        pa.field("credit", pa.string()),
        *IMAGE_CAPTURE_FIELDS,
    ]
)

#: A document the article links to as attached (schema 9: a decree, a plan, a spreadsheet):
#: where the page pointed and the file name it showed; its capture, as a photo's (``status``
#: "captured" or why not: docs/faults.md); and what was read from it: ``text_status`` "text"
#: or why no text (``no_text_layer``, ``encrypted``, ``zip_bomb``…), ``pages`` (of a PDF, a
#: DOCX as last laid out, or an XLSX's sheets) and ``text``. The ``attachments`` view lists
#: them one row each.
ATTACHMENT_TYPE = pa.struct(
    [
        pa.field("url", pa.string()),
        pa.field("name", pa.string()),
        *IMAGE_CAPTURE_FIELDS,
        pa.field("text_status", pa.string()),
        pa.field("pages", pa.int32()),
        pa.field("text", pa.string()),
    ]
)
ATTACHMENT_KEYS = tuple(ATTACHMENT_TYPE.field(i).name for i in range(ATTACHMENT_TYPE.num_fields))

_META = {b"portal_archive.schema_version": str(SCHEMA_VERSION).encode()}

ARTICLE_SCHEMA = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("version_id", pa.string(), nullable=False),
        pa.field("source", pa.string(), nullable=False),
        pa.field("url", pa.string(), nullable=False),
        pa.field("canonical_url", pa.string(), nullable=False),
        pa.field("title", pa.string()),
        pa.field("agency_prefix", pa.string()),
        pa.field("lead", pa.string()),
        pa.field("text", pa.string()),
        pa.field("published_at", _TS_LOCAL),
        pa.field("updated_at", _TS_LOCAL),
        pa.field("date_label", pa.string()),
        pa.field("updated_label", pa.string()),
        pa.field("date_raw", pa.string()),
        pa.field("date_precision", pa.string()),
        pa.field("authors", pa.list_(pa.string())),
        pa.field("unit", pa.string()),
        pa.field("images", pa.list_(IMAGE_TYPE)),
        pa.field("attachments", pa.list_(ATTACHMENT_TYPE)),
        pa.field("category", pa.string()),
        pa.field("language", pa.string()),
        pa.field("word_count", pa.int32()),
        pa.field("text_sha256", pa.string()),
        pa.field("fetched_at", _TS_UTC, nullable=False),
        pa.field("extracted_at", _TS_UTC),
        pa.field("removed", pa.bool_()),
        pa.field("http_status", pa.int16()),
        pa.field("http_etag", pa.string()),
        pa.field("http_last_modified", pa.string()),
        pa.field("encoding", pa.string()),
        pa.field("flags", pa.list_(pa.string())),
        pa.field("run_id", pa.string(), nullable=False),
        pa.field("warc_file", pa.string()),
        pa.field("warc_offset", pa.int64()),
        pa.field("warc_length", pa.int64()),
        pa.field("warc_record_id", pa.string()),
        pa.field("profile", pa.string()),
        pa.field("family", pa.string()),
        pa.field("family_signal", pa.string()),
        pa.field("extractor_version", pa.string()),
    ],
    metadata=_META,
)

RUN_SCHEMA = pa.schema(
    [
        pa.field("run_id", pa.string(), nullable=False),
        pa.field("source", pa.string(), nullable=False),
        pa.field("started_at", _TS_UTC, nullable=False),
        pa.field("finished_at", _TS_UTC),
        pa.field("finish_reason", pa.string()),
        pa.field("requests", pa.int64()),
        pa.field("responses", pa.int64()),
        pa.field("articles_new", pa.int64()),
        pa.field("articles_changed", pa.int64()),
        pa.field("articles_removed", pa.int64()),
        pa.field("articles_unchanged", pa.int64()),
        pa.field("items_dropped", pa.int64()),
        pa.field("traps_refused", pa.int64()),
        pa.field("errors", pa.int64()),
        pa.field("responses_by_status", pa.string()),
        pa.field("dropped_by_reason", pa.string()),
        pa.field("errors_by_kind", pa.string()),
        pa.field("empty_text_share", pa.float64()),
        pa.field("missing_date_share", pa.float64()),
        pa.field("missing_title_share", pa.float64()),
        pa.field("refused_by_reason", pa.string()),
        pa.field("failing_hosts", pa.string()),
        pa.field("pages_by_kind", pa.string()),
        pa.field("article_requests_failed", pa.int64()),
        pa.field("article_empty_share", pa.float64()),
        pa.field("stats_json", pa.string()),
    ],
    metadata=_META,
)


_REQUIRED = {"articles": ("article_id", "version_id", "source", "fetched_at"),
             "runs": ("run_id", "source")}


def _fits(found: pa.DataType, expected: pa.DataType) -> bool:
    """``found`` is ``expected``, or an earlier version of it: a struct (or a list of them)
    with some of its fields, each of the right type (readers add the rest as nulls)."""
    if found.equals(expected):
        return True
    if pa.types.is_list(found) and pa.types.is_list(expected):
        return _fits(found.value_type, expected.value_type)
    if pa.types.is_struct(found) and pa.types.is_struct(expected):
        want = {expected.field(i).name: expected.field(i).type for i in range(expected.num_fields)}
        return all(found.field(i).name in want and _fits(found.field(i).type, want[found.field(i).name])
                   for i in range(found.num_fields))
    return False


def schema_problem(schema: pa.Schema, table: str) -> str | None:
    """Why a part's schema cannot belong to ``table`` ("articles" or "runs"), or ``None``.

    Columns of any earlier schema version are fine (missing ones read as null); an unknown
    column, a changed type or a missing key column means a foreign file.
    """
    expected = ARTICLE_SCHEMA if table == "articles" else RUN_SCHEMA
    for name in schema.names:
        if name not in expected.names:
            return f"unknown column {name!r}"
        if not _fits(schema.field(name).type, expected.field(name).type):
            return f"column {name!r} is {schema.field(name).type}, expected {expected.field(name).type}"
    for required in _REQUIRED[table]:
        if required not in schema.names:
            return f"required column {required!r} missing"
    return None
