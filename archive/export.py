"""Export a filtered subset of the latest article versions as CSV, JSON Lines or Parquet.

Every exported row carries its provenance: the URL it was fetched from, when, the WARC record
holding the bytes (file, offset, length) and its version id, so a finding made from the
export can be traced back to the capture. The file is written beside its destination and
renamed into place when complete: an interrupted export leaves no partial file.
"""

from __future__ import annotations

import csv
import json
import os
import uuid
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

__all__ = ["EXPORT_COLUMNS", "FORMATS", "export_articles"]

FORMATS = ("csv", "jsonl", "parquet")
#: Exported columns: the article, then its duplicate cluster, then its provenance.
EXPORT_COLUMNS = [
    "article_id", "source", "title", "lead", "text", "published_at", "updated_at", "unit", "authors",
    "category", "language", "word_count", "cluster_id", "is_original",
    "url", "canonical_url", "fetched_at", "version_id", "run_id",
    "warc_file", "warc_offset", "warc_length", "warc_record_id",
]
#: Rows per batch read from DuckDB and written out (bounded memory for any export size).
BATCH_ROWS = 2_000


def export_articles(archive, path: Path | str, fmt: str, *, source: str | None = None,
                    unit: str | None = None, since: date | datetime | str | None = None,
                    until: date | datetime | str | None = None, query: str | None = None,
                    progress: Callable[[int, int], None] | None = None) -> int:
    """Write the matching latest article versions to ``path``; returns the row count.

    Filters as in ``Archive.articles``; with ``query`` every matching article (all copies of
    a duplicate cluster), best first, with a ``score`` column. ``progress(done, total)`` is
    called after each batch.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
    rel = archive.select_articles(source=source, unit=unit, since=since, until=until, query=query,
                                  columns=", ".join(EXPORT_COLUMNS))
    total = archive.con.sql(f"SELECT count(*) FROM ({rel.sql_query()})").fetchall()[0][0] \
        if progress is not None else 0
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.part")
    reader = (getattr(rel, "to_arrow_reader", None) or rel.fetch_record_batch)(BATCH_ROWS)
    written = 0
    try:
        with open(tmp, "wb") as sink:
            write = _WRITERS[fmt](sink, reader.schema)
            for batch in reader:
                write(batch)
                written += batch.num_rows
                if progress is not None:
                    progress(written, total)
            write(None)
            sink.flush()
            os.fsync(sink.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return written


def _cell(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


def _csv_writer(sink, schema: pa.Schema):
    import io

    text = io.TextIOWrapper(sink, encoding="utf-8", newline="", write_through=True)
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(schema.names)

    def write(batch: pa.RecordBatch | None) -> None:
        if batch is None:
            text.flush()
            text.detach()  # the caller closes the binary file
            return
        columns = [batch.column(i).to_pylist() for i in range(batch.num_columns)]
        writer.writerows([_cell(v) for v in row] for row in zip(*columns, strict=True))

    return write


def _jsonl_writer(sink, schema: pa.Schema):
    def default(value: Any) -> Any:
        if isinstance(value, date | datetime):
            return value.isoformat()
        raise TypeError(f"not JSON serialisable: {type(value).__name__}")

    def write(batch: pa.RecordBatch | None) -> None:
        if batch is None:
            return
        lines = [json.dumps(row, ensure_ascii=False, default=default) for row in batch.to_pylist()]
        sink.write(("\n".join(lines) + "\n").encode() if lines else b"")

    return write


def _parquet_writer(sink, schema: pa.Schema):
    writer = pq.ParquetWriter(sink, schema, compression="zstd")

    def write(batch: pa.RecordBatch | None) -> None:
        if batch is None:
            writer.close()
        else:
            writer.write_batch(batch)

    return write


_WRITERS = {"csv": _csv_writer, "jsonl": _jsonl_writer, "parquet": _parquet_writer}
