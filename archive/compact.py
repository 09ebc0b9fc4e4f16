"""Compaction: many small parts of a partition merged into one, with no moment at which a
reader of the views sees rows missing or doubled, whatever instant the process dies at.

The merged part names the parts it replaces in its footer metadata and is published
atomically (``publish_table``); from that instant the views leave the replaced parts out.
They are deleted only by a later compaction, once a grace period has passed, so readers that
listed them before keep working; a crash at any point leaves them on disk but out of every
view. One compaction runs at a time (a lock), so two can never both merge the same parts.
A plain glob over the folder (no project code) sees both until the replaced parts are
deleted; the views, `Archive` and `portal-archive query` never do.
"""

from __future__ import annotations

import contextlib
import glob
import json
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from archive.layout import COVERS_KEY, part_content
from archive.locks import source_lock
from archive.reader import REPLACES_KEY, Archive, replaced_by
from archive.schema import ARTICLE_SCHEMA
from archive.writer import digest_name, publish_table

__all__ = ["compact", "CompactResult", "delete_replaced"]

logger = logging.getLogger(__name__)


@dataclass
class CompactResult:
    source: str
    merged: str | None
    replaced: int
    rows: int


def _conform(table: pa.Table) -> pa.Table:
    """A part of any earlier schema version, as the current schema (missing columns null)."""
    columns = []
    for field in ARTICLE_SCHEMA:
        if field.name in table.column_names:
            columns.append(table.column(field.name).cast(field.type))
        else:
            columns.append(pa.nulls(table.num_rows, field.type))
    return pa.Table.from_arrays(columns, schema=ARTICLE_SCHEMA)


#: Replaced parts stay on disk this long after the part replacing them is published, so a
#: reader that listed them before (an open `Archive`, a running query) can still read them.
GRACE_SECONDS = 600


def delete_replaced(root: Path | str, grace: float = GRACE_SECONDS) -> int:
    """Delete parts replaced by a compacted part published more than ``grace`` seconds ago."""
    removed = 0
    now = time.time()
    for path in glob.glob(os.path.join(glob.escape(str(root)), "articles", "*", "part-*.parquet")):
        try:
            replaced = replaced_by(path)
        except (OSError, ValueError, pa.ArrowException):
            continue  # unreadable or foreign: verify names it
        if now - os.path.getmtime(path) < grace:
            continue
        for name in replaced:
            old = os.path.join(os.path.dirname(path), name)
            if os.path.exists(old):
                os.unlink(old)
                removed += 1
            with contextlib.suppress(FileNotFoundError):
                os.unlink(os.path.join(os.path.dirname(path), digest_name(name)))
    return removed


def compact(root: Path | str, *, source: str | None = None, min_parts: int = 2,
            grace: float = GRACE_SECONDS,
            hook: Callable[[str], None] | None = None) -> list[CompactResult]:
    """Merge each source's parts into one part; one compaction at a time per archive
    (``CompactionBusy`` otherwise). Replaced parts are deleted by a later compaction once
    ``grace`` seconds have passed. ``hook(stage)`` is called between steps (the chaos tests
    kill the process there)."""
    root = Path(root).absolute()  # (a folder named "~" is that folder: DuckDB and pyarrow expand "~/")
    with source_lock(root, "_compaction"):
        return _compact(root, source, min_parts, grace, hook)


def _compact(root: Path, source: str | None, min_parts: int, grace: float,
             hook: Callable[[str], None] | None) -> list[CompactResult]:
    delete_replaced(root, grace)
    results = []
    with Archive(root) as archive:
        # Parts are merged folder by folder: a compacted part names the parts it replaces
        # within its own folder, and a source written before the folders lost their Hive
        # key has two, ``source=<name>`` (left where it is) and ``<name>``.
        by_folder: dict[str, list[str]] = {}
        for path in archive.article_parts():
            by_folder.setdefault(Path(path).parent.name, []).append(path)
    for folder, parts in sorted(by_folder.items()):
        src = folder.removeprefix("source=")
        if source and src != source:
            continue
        if len(parts) < min_parts:
            results.append(CompactResult(src, None, 0, 0))
            continue
        table = pa.concat_tables(_conform(pq.read_table(p)) for p in parts)
        table = table.sort_by([("published_at", "ascending"), ("fetched_at", "ascending")])
        names = [os.path.basename(p) for p in parts]
        meta = dict(ARTICLE_SCHEMA.metadata or {})
        meta[REPLACES_KEY] = json.dumps(names).encode()
        # The rows it holds, named as before it moved them: readers that compare rows (the
        # search index's freshness) see the same archive before and after.
        covers = sorted({item for p in parts for item in part_content(root, p)})
        meta[COVERS_KEY] = json.dumps(covers).encode()
        table = table.replace_schema_metadata(meta)
        if hook:
            hook("before_publish")
        merged = publish_table(root, f"articles/{folder}", table)
        if hook:
            hook("after_publish")
        if hook:
            hook("deleting")
        if grace <= 0:
            for path in parts:
                os.unlink(path)
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(os.path.join(os.path.dirname(path), digest_name(os.path.basename(path))))
        logger.info("compacted %d parts of %s into %s (%d rows)", len(parts), src, merged.name,
                    table.num_rows)
        results.append(CompactResult(src, str(merged), len(parts), table.num_rows))
    return results
