"""Export a filtered subset of the latest article versions as CSV, JSON Lines or Parquet.

Every exported row carries its provenance: the URL it was fetched from, when, the WARC record
holding the bytes (file, offset, length) and its version id, so a finding made from the
export can be traced back to the capture. The file is written beside its destination and
renamed into place when complete: an interrupted export leaves no partial file. A binary file
object (stdout) is written to as the rows come. A symbolic link is followed (its target is
replaced, as a regular file would be); a destination that is no regular file (a FIFO, a
device, a socket, a folder) is refused: renaming over it would replace it, not write to it.

Plain CSV is for programs (pandas, DuckDB, R, csvkit): UTF-8 without a byte order mark, every
cell as archived. ``excel=True`` makes a CSV for spreadsheet software: a UTF-8 byte order mark
(without it Excel reads UTF-8 as the ANSI code page and Vietnamese turns to mojibake), and a
``'`` before any text cell a spreadsheet would run as a formula (OWASP "CSV injection": a page
title ``=HYPERLINK(...)`` is the portal's text, not an instruction to the reader's machine).
"""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import stat
import uuid
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from archive.errors import UsageProblem
from archive.schema import TIMEZONE

if TYPE_CHECKING:
    from archive.reader import Archive

__all__ = ["ATTACHMENT_COLUMNS", "EXPORT_COLUMNS", "FORMATS", "NotRegularFile", "export_articles"]

FORMATS = ("csv", "jsonl", "parquet")
#: Exported columns: the article, then its duplicate cluster, then its provenance.
#: ``published_date`` is computed here: the calendar day of ``published_at`` in portal local
#: time, so a reader in another zone cannot put a date-only article (local midnight) on the day
#: before, as DuckDB in UTC does with ``published_at::DATE``.
EXPORT_COLUMNS = [
    "article_id", "source", "title", "lead", "text", "published_at", "published_date",
    "updated_at", "unit", "authors", "category", "language", "word_count", "cluster_id",
    "is_original", "url", "canonical_url", "fetched_at", "version_id", "run_id",
    "warc_file", "warc_offset", "warc_length", "warc_record_id",
]
_SELECTED = [c for c in EXPORT_COLUMNS if c != "published_date"]
#: Exported columns of ``table="attachments"``: the article a document belongs to, the
#: document and what was read from it, then its provenance (its own capture).
ATTACHMENT_COLUMNS = [
    "article_id", "source", "article_title", "article_url", "published_at", "published_date",
    "position", "name", "url", "media_type", "bytes", "pages", "text_status", "text", "status",
    "sha256", "warc_file", "warc_offset", "warc_length", "version_id", "fetched_at",
]
#: First characters that make a spreadsheet read a cell as a formula (OWASP CSV injection; ASVS
#: 1.2.10 adds NUL); line feed too, which some spreadsheets skip before looking for one.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\0")
_BOM = "\ufeff"
#: Rows per batch read from DuckDB and written out (bounded memory for any export size).
BATCH_ROWS = 2_000


class NotRegularFile(OSError, UsageProblem):
    """The destination exists and is no regular file (a FIFO, a device, a socket, a folder):
    an export renamed over it would replace it. Write to a stream instead."""


def export_articles(archive: Archive, path: Path | str | BinaryIO, fmt: str, *,
                    source: str | None = None, unit: str | None = None,
                    since: date | datetime | str | None = None,
                    until: date | datetime | str | None = None, query: str | None = None,
                    excel: bool = False, overwrite: bool = True,
                    progress: Callable[[int, int], None] | None = None,
                    limit: int | None = None, table: str = "articles") -> int:
    """Write the matching latest article versions to ``path``; returns the row count.

    Filters as in ``Archive.articles``; with ``query`` every matching article (all copies of
    a duplicate cluster), best first, with a ``score`` column. ``path`` may be a binary file
    object (``sys.stdout.buffer``). ``excel`` (CSV only): a CSV for spreadsheets, see the
    module's docstring. ``overwrite=False`` raises :class:`FileExistsError` rather than replace
    an existing file, also one created while the export ran. A missing folder raises
    :class:`FileNotFoundError` naming it. A symbolic link is followed: its target is written
    (replaced atomically). A destination that is no regular file raises
    :class:`NotRegularFile`. ``progress(done, total)`` is called after each batch. ``limit``:
    at most that many rows (the first ones in the order above). ``table="attachments"``: the
    documents those articles attach instead (``ATTACHMENT_COLUMNS``), one row each, with the
    text read from them and where each one's own capture is.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
    if excel and fmt != "csv":
        raise ValueError("excel applies to the csv format only")
    if isinstance(path, str | os.PathLike):  # else a binary file object, written as rows come
        path = destination(path, overwrite)
    if table not in ("articles", "attachments"):
        raise ValueError(f"unknown export table {table!r}; articles or attachments")
    rel = archive.select_articles(source=source, unit=unit, since=since, until=until, query=query,
                                  columns=", ".join(_SELECTED), limit=limit)
    if table == "attachments":
        rel = _attachments_of(archive, rel)
    total = archive.con.sql(f"SELECT count(*) FROM ({rel.sql_query()})").fetchall()[0][0] \
        if progress is not None else 0
    reader = (getattr(rel, "to_arrow_reader", None) or rel.fetch_record_batch)(BATCH_ROWS)
    if not isinstance(path, Path):
        written = _write(path, fmt, reader, excel, progress, total)
        path.flush()
        return written
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.part")
    try:
        with open(tmp, "wb") as sink:
            written = _write(sink, fmt, reader, excel, progress, total)
            sink.flush()
            os.fsync(sink.fileno())
        _commit(tmp, path, overwrite)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return written


def _attachments_of(archive: Archive, articles: Any) -> Any:
    """The attachments of the articles ``articles`` selects, in their order."""
    ids = articles.select("article_id").to_arrow_table()
    ids = ids.append_column("rank", pa.array(range(ids.num_rows), pa.int64()))
    name = f"_export_ids_{uuid.uuid4().hex[:8]}"
    archive.con.register(name, ids)
    columns = ", ".join(f"a.{c}" for c in ATTACHMENT_COLUMNS if c != "published_date")
    return archive.con.sql(f"SELECT {columns} FROM attachments a JOIN {name} i USING (article_id) "
                           "ORDER BY i.rank, a.position")


def _write(sink: BinaryIO, fmt: str, reader: pa.RecordBatchReader, excel: bool,
           progress: Callable[[int, int], None] | None, total: int) -> int:
    schema = reader.schema
    at = schema.get_field_index("published_at")
    schema = schema.insert(at + 1, pa.field("published_date", pa.date32()))
    write = _WRITERS[fmt](sink, schema, excel=excel)
    written = 0
    for batch in reader:
        write(_with_published_date(batch, at))
        written += batch.num_rows
        if progress is not None:
            progress(written, total)
    write(None)
    return written


def _with_published_date(batch: pa.RecordBatch, at: int) -> pa.RecordBatch:
    """``published_date`` after ``published_at``: its wall-clock day in portal local time
    (named explicitly: the timestamps arrive in whatever zone the connection is set to)."""
    local = pc.local_timestamp(batch.column(at).cast(pa.timestamp("us", tz=TIMEZONE)))
    return batch.add_column(at + 1, pa.field("published_date", pa.date32()), local.cast(pa.date32()))


def destination(path: Path | str, overwrite: bool) -> Path:
    """The file an export writes (a symbolic link's target), checked: no folder, FIFO or
    device; its folder exists; an existing file only when ``overwrite``."""
    path = Path(os.path.realpath(path)) if os.path.islink(path) else Path(path)
    _refuse_non_regular(path)
    if not path.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, "no such folder", str(path.parent))
    if not overwrite and path.exists():
        raise FileExistsError(errno.EEXIST, "already exists", str(path))
    return path


def _refuse_non_regular(path: Path) -> None:
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return
    except NotADirectoryError:  # a file where a folder of the path should be
        raise FileNotFoundError(errno.ENOENT, "no such folder", str(path.parent)) from None
    if not stat.S_ISREG(mode):
        raise NotRegularFile(errno.EEXIST, "not a regular file", str(path))


def _commit(tmp: Path, path: Path, overwrite: bool) -> None:
    _refuse_non_regular(path)  # made meanwhile: checked again, as late as can be
    if overwrite:
        os.replace(tmp, path)
        return
    try:
        os.link(tmp, path)  # atomic and never replaces: a file made meanwhile stays
    except FileExistsError:
        raise FileExistsError(errno.EEXIST, "already exists", str(path)) from None
    except OSError:  # a file system without hard links: checked, then renamed
        if path.exists():
            raise FileExistsError(errno.EEXIST, "already exists", str(path)) from None
        os.replace(tmp, path)
        return
    tmp.unlink()


def _cell(value: Any) -> Any:
    if isinstance(value, date):  # datetime too: ISO 8601, with the offset when it has one
        return value.isoformat()
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, default=_json_default)
    return "" if value is None else value


def _spreadsheet_cell(value: Any) -> Any:
    value = _cell(value)
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _has_cr(cells: list[Any]) -> bool:
    return any(isinstance(c, str) and "\r" in c for c in cells)


def _json_default(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


_BatchWriter = Callable[[pa.RecordBatch | None], None]
"""Takes each batch in turn, then ``None`` to finish the file."""


def _csv_writer(sink: BinaryIO, schema: pa.Schema, *, excel: bool = False) -> _BatchWriter:
    text = io.TextIOWrapper(sink, encoding="utf-8", newline="", write_through=True)
    if excel:
        text.write(_BOM)
    cell = _spreadsheet_cell if excel else _cell
    writer = csv.writer(text, lineterminator="\n")
    # csv quotes a field holding the line terminator but not a lone CR, which readers take
    # for a line end (the row would split): a row with one is written all quoted.
    quoted = csv.writer(text, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow(schema.names)

    def write(batch: pa.RecordBatch | None) -> None:
        if batch is None:
            text.flush()
            text.detach()  # the caller closes the binary file
            return
        columns = [batch.column(i).to_pylist() for i in range(batch.num_columns)]
        for row in zip(*columns, strict=True):
            cells = [cell(v) for v in row]
            (quoted if _has_cr(cells) else writer).writerow(cells)

    return write


def _jsonl_writer(sink: BinaryIO, schema: pa.Schema, *, excel: bool = False) -> _BatchWriter:
    def write(batch: pa.RecordBatch | None) -> None:
        if batch is None:
            return
        lines = [json.dumps(row, ensure_ascii=False, default=_json_default)
                 for row in batch.to_pylist()]
        sink.write(("\n".join(lines) + "\n").encode() if lines else b"")

    return write


def _parquet_writer(sink: BinaryIO, schema: pa.Schema, *, excel: bool = False) -> _BatchWriter:
    writer = pq.ParquetWriter(sink, schema, compression="zstd")

    def write(batch: pa.RecordBatch | None) -> None:
        if batch is None:
            writer.close()
        else:
            writer.write_batch(batch)

    return write


_WRITERS = {"csv": _csv_writer, "jsonl": _jsonl_writer, "parquet": _parquet_writer}
