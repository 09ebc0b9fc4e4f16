"""How the ``portal-archive`` commands print: tables, CSV and JSON (one rule for values JSON
and CSV have no type for), Arrow results as rows, warnings about left-out parts, the archive
summary, and a progress bar on a terminal."""

from __future__ import annotations

import csv
import io
import json
import math
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    import pyarrow as pa
    from click._termui_impl import ProgressBar

    from archive.reader import Archive


def _cell(value: Any, width: int = 60) -> str:
    text = "" if value is None else str(value)
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _table(rows: list[dict[str, Any]] | list[tuple], columns: list[str] | None = None) -> str:
    columns = columns or (list(rows[0]) if rows else [])
    if not columns:
        return "(no rows)"
    cells = [[_cell(v) for v in (r.values() if isinstance(r, dict) else r)] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)) for row in cells]
    if not rows:
        lines.append("(no rows)")
    return "\n".join(line.rstrip() for line in lines)


def _format(rows: list[tuple], columns: list[str], fmt: str) -> str:
    if fmt == "json":
        records = [dict(zip(columns, row, strict=True)) for row in rows]
        return json.dumps(_finite(records), ensure_ascii=False, default=_json_value, indent=1,
                          allow_nan=False)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        # csv quotes a field holding "\n" but not a lone "\r", which readers take for a line
        # end: a row with one is written all quoted.
        quoted = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_ALL)
        writer.writerow(columns)
        for row in rows:
            cells = [_csv_value(v) for v in row]
            (quoted if any(isinstance(c, str) and "\r" in c for c in cells) else writer).writerow(cells)
        return buf.getvalue()
    return _table(rows, columns)


def _json_value(value: Any) -> Any:
    """What JSON has no type for: dates and times as ISO 8601 (with their offset), bytes as
    hex, the rest (decimals, UUIDs) as text."""
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _finite(value: Any) -> Any:
    """``value`` with NaN and infinities as null: JSON has no number for them."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value


def _csv_value(value: Any) -> Any:
    """A CSV cell: lists and structs as JSON, dates and times as ISO 8601, null as empty."""
    if value is None:
        return ""
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if isinstance(value, list | tuple | dict):
        return json.dumps(_finite(value), ensure_ascii=False, default=_json_value)
    return value.isoformat() if hasattr(value, "isoformat") else value


def _rows(table: pa.Table) -> list[tuple]:
    """An Arrow table's rows as tuples of Python values (columns may share a name)."""
    return list(zip(*(_python_values(col) for col in table.columns), strict=True))


def _python_values(column: pa.ChunkedArray) -> list:
    """An Arrow column as Python values; whole decimals (DuckDB's HUGEINT sums) as ints."""
    import pyarrow as pa

    values = column.to_pylist()
    if pa.types.is_decimal(column.type) and column.type.scale == 0:
        values = [None if v is None else int(v) for v in values]
    elif pa.types.is_interval(column.type):  # (months, days, nanoseconds) as ISO 8601
        values = [None if v is None else _iso_duration(*v) for v in values]
    return values


def _iso_duration(months: int, days: int, nanoseconds: int) -> str:
    """An interval as ISO 8601 (``P1M2DT3.5S``); DuckDB intervals keep the three apart."""
    seconds = nanoseconds / 1e9
    date_part = (f"{months}M" if months else "") + (f"{days}D" if days else "")
    time_part = f"T{seconds:g}S" if seconds else ""
    return f"P{date_part}{time_part}" if date_part or time_part else "PT0S"


def _warn_bad_parts(archive: Archive) -> None:
    for path, reason in archive.bad_parts:
        click.echo(f"warning: left out unreadable part {path}: {reason}", err=True)


def _unique(columns: list[str]) -> list[str]:
    """Column names made unique (``a``, ``a_2``), so no output format drops a column."""
    seen: dict[str, int] = {}
    out = []
    for name in columns:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name}_{seen[name]}")
    return out


def _counts(text: str | None) -> str:
    """A JSON object of counts as ``key:n`` words, largest first (a run's page kinds on one
    line of the runs table)."""
    counts = json.loads(text) if text else {}
    return " ".join(f"{k}:{n}" for k, n in sorted(counts.items(), key=lambda kv: -kv[1]))


def _json_default(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


class _ProgressBar:
    """click's progress bar on stderr while it is a terminal, as a ``progress(done, total)``
    callback; nothing otherwise (logs and pipes stay clean)."""

    def __init__(self, label: str, *, quiet: bool = False) -> None:
        self.label = label
        self.enabled = not quiet and sys.stderr.isatty()
        self.bar: ProgressBar[int] | None = None
        self.done = 0

    def __enter__(self) -> Callable[[int, int], None] | None:
        return self.update if self.enabled else None

    def update(self, done: int, total: int) -> None:
        if self.bar is None:
            self.bar = click.progressbar(length=max(total, 1), label=self.label, file=sys.stderr)
            self.bar.__enter__()
        self.bar.update(done - self.done)
        self.done = done

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self.bar is not None:
            self.bar.__exit__(exc_type, exc, tb)


def _summary_text(archive_path: Path, run_ids: list[str] | None = None) -> str:
    from archive import open_archive

    with open_archive(archive_path) as archive:
        _warn_bad_parts(archive)
        sources = archive.per_source()
        samples = archive.latest(3)
        total = archive.count("articles")
    lines = [f"Archive {archive_path}: {total} articles", "", _table(sources), "", "Latest articles:"]
    for s in samples:
        first_words = " ".join((s["text"] or "").split()[:18])
        lines.append(f"- {s['published']} [{s['source']}] {s['title']}")
        lines.append(f"    unit: {s['unit'] or '-'}")
        lines.append(f"    {first_words}…")
    return "\n".join(lines)


def clusters_line(result: Any) -> str:
    """What a dedup run (archive.dedup.DedupResult) did, in one line."""
    return (f"duplicate clusters: {result.new_versions} new version(s) matched; "
            f"{result.multi} cluster(s) with copies among {result.versions} version(s)")


def index_line(result: Any) -> str:
    """What an index update (archive.search.IndexResult) did, in one line."""
    state = "rebuilt" if result.rebuilt else "up to date" if result.up_to_date else "updated"
    return (f"search index {state}: {result.added} article(s) indexed, {result.removed} "
            f"dropped; {result.documents} in the index")
