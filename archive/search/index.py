"""Building and updating the index: incremental, in place, in committed batches (only the
article versions not yet indexed are added; replaced versions and removed articles are
dropped), or a rebuild into a new file that ``CURRENT`` switches to atomically; shards,
and whether the index is up to date with the archive (``index_state``)."""

from __future__ import annotations

import logging
import sqlite3
import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, overload

import pyarrow as pa
import pyarrow.compute as pc

from archive import layout
from archive.laps import Laps
from archive.names import literal
from archive.search.fold import _dfold, _nfc, fold
from archive.search.store import (
    _FOLD_ID,
    _LOCAL,
    _SCHEMA,
    _SHARD,
    CURRENT,
    _connect,
    _current_path,
    _meta,
    _meta_tokens,
    _pack,
    _publish_pointer,
    _search_dir,
    _set_meta,
    _shards,
    _sweep,
    _transaction,
    _unpack,
)

if TYPE_CHECKING:  # imported where used: `import archive.search` loads no DuckDB
    import duckdb

    from archive.reader import Archive

__all__ = [
    "BATCH_DOCS",
    "COMPACT_DOCS",
    "REBUILD_SHARE",
    "SHARD_DOCS",
    "IndexResult",
    "IndexState",
    "can_update",
    "index_state",
    "index_status",
    "sweep_spill",
    "update_index",
]

logger = logging.getLogger(__name__)

#: ``progress(done, total)``, called as articles are written.
_Progress = Callable[[int, int], None]
#: A shard as ``(n, first_id, last_id, capacity)``.
_Shard = tuple[int, int, int, int]


#: Documents per committed batch while indexing: readers see progress, the WAL stays small.
BATCH_DOCS = 5_000
#: An update replacing more than this share of the index builds a new file instead.
REBUILD_SHARE = 0.5
#: A changed shard of up to this many documents is merged into one segment after an update
#: (optimizing 25,000 articles takes ~1 s; see _compact).
COMPACT_DOCS = 4 * 25_000
#: Documents per shard (fts_<n>): bm25's per-query statistics read every row of a shard
#: holding a query word, so a shard bounds that cost (bench/search.py).
SHARD_DOCS = 25_000


@dataclass
class IndexResult:
    added: int = 0  # articles (re)indexed
    removed: int = 0  # index rows dropped: replaced versions and removed articles
    reclustered: int = 0  # rows whose duplicate cluster changed
    documents: int = 0  # articles in the index afterwards
    rebuilt: bool = False
    up_to_date: bool = False  # nothing had changed since the last update
    seconds: dict[str, float] = field(default_factory=dict)


def _fingerprint(root: Path, parts: list[str]) -> str:
    """What the index was built from: the rows of the article parts, and the clusters file.
    Rows are named by the ordinary parts that brought them (``layout.part_content``: a
    compacted part names the parts it merged), so a compaction, which only moves rows
    between files, leaves the fingerprint as it was, and any new part changes it."""
    items: set[str] = set()
    for p in parts:
        try:
            items.update(layout.part_content(root, p))
        except FileNotFoundError:
            items.add(f"{p}:gone")
    ordered = sorted(items)
    try:
        st = (Path(root) / "dedup" / "clusters.parquet").stat()
        ordered.append(f"clusters:{st.st_size}:{st.st_mtime_ns}")
    except FileNotFoundError:
        pass
    return f"{zlib.crc32(chr(10).join(ordered).encode())}/{len(ordered)}"




@dataclass(frozen=True)
class IndexState:
    """The live index: ``missing``, ``damaged`` (``detail`` says why), ``behind`` the
    archive (article rows or clusters it has not indexed), or ``current``."""

    state: str
    detail: str = ""


def index_state(root: Path | str, *, thorough: bool = False) -> IndexState:
    """The state of the live index, reading it only (a read-only archive is fine).
    ``thorough`` also checks every page of the file (``PRAGMA quick_check``: a full read,
    what ``portal-archive verify`` does); without it, a damage deeper than the file's header
    and its ``meta`` table shows only when a search reaches it."""
    from archive.reader import Archive

    root = Path(root).absolute()  # (a folder named "~" is that folder: DuckDB and pyarrow expand "~/")
    pointer = _search_dir(root) / CURRENT
    if not pointer.exists():
        return IndexState("missing")
    path = _current_path(root)
    if path is None:
        try:
            name = pointer.read_text(errors="replace").strip()[:80]
        except OSError as exc:
            name = str(exc)
        return IndexState("damaged", f"{pointer} names no index file ({name!r})")
    try:
        con = _connect(path, readonly=True)
        try:
            stored = _meta(con, "fingerprint")
            if thorough:
                found = [row[0] for row in con.execute("PRAGMA quick_check").fetchall()]
                if found != ["ok"]:
                    return IndexState("damaged", f"{path}: {found[0]}")
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return IndexState("damaged", f"{path}: {exc}")
    with Archive(root) as archive:
        parts = archive.article_parts()
    if stored != _fingerprint(root, parts):
        return IndexState("behind", "article rows or duplicate clusters changed since it was built")
    return IndexState("current")


def index_status(root: Path | str) -> tuple[bool, bool]:
    """``(exists, up_to_date)``: whether an index exists (a damaged one too), and whether it
    covers every published article row and the current duplicate clusters."""
    state = index_state(root).state
    return state != "missing", state == "current"


def can_update(root: Path | str) -> bool:
    """Whether this process may write the index: the archive's folder, and the folders an
    update writes in (the index's, the locks', the staging one) where they exist. Searching
    never updates an index it could not; it says the index is behind instead."""
    from archive.writer import STAGING_DIR

    root = Path(root).absolute()  # (a folder named "~" is that folder: DuckDB and pyarrow expand "~/")
    return all(layout.writable(folder) for folder in
               (root, _search_dir(root), root / ".locks", root / STAGING_DIR) if folder.exists())


def update_index(root: Path | str, *, rebuild: bool = False,
                 progress: _Progress | None = None) -> IndexResult:
    """Bring the search index up to date with the archive; returns what changed.

    Only articles whose latest live version is not yet indexed are (re)indexed; rows of
    replaced versions and removed articles are dropped. ``rebuild`` writes a new index from
    scratch (readers keep the old one until it is complete). Raises
    :class:`archive.locks.SourceBusy` when another indexer is running. ``progress(done,
    total)`` is called as articles are written.
    """
    from archive.locks import source_lock
    from archive.reader import Archive

    root = Path(root).absolute()  # (a folder named "~" is that folder: DuckDB and pyarrow expand "~/")
    result = IndexResult()
    lap = Laps(result.seconds)

    with source_lock(root, "_search"):
        _search_dir(root).mkdir(parents=True, exist_ok=True)
        con = _open_for_update(root) if not rebuild else None
        try:
            with Archive(root) as archive:
                parts = archive.article_parts()
                fingerprint = _fingerprint(root, parts)
                if con is not None and _meta(con, "fingerprint") == fingerprint:
                    result.documents = con.execute("SELECT count(*) FROM docs").fetchone()[0]
                    result.up_to_date = True
                    return result
                _spill_to_staging(archive, root)
                wanted = _table(archive.sql(
                    "SELECT article_id, version_id, cluster_id FROM articles WHERE removed_at IS NULL"))
                lap("list")
                if con is not None and not _update_in_place(con, archive, wanted, result, progress):
                    con.close()
                    con = None
                if con is None:
                    _rebuild(root, archive, wanted.num_rows, fingerprint, result, progress, lap)
                    result.documents = wanted.num_rows
                else:
                    _set_meta(con, "fingerprint", fingerprint)
                    lap("index")
                    result.documents = con.execute("SELECT count(*) FROM docs").fetchone()[0]
        finally:
            if con is not None:
                con.close()
            sweep_spill(root)
    return result


def _open_for_update(root: Path) -> sqlite3.Connection | None:
    """The live index, open for writing; None when there is none or it must be rebuilt."""
    current = _current_path(root)
    if current is None:
        return None
    con = None
    try:
        con = _connect(current)
        if _meta(con, "layout") == _FOLD_ID:
            return con
        logger.warning("search index %s was made by another version: rebuilding", current)
    except sqlite3.DatabaseError as exc:
        logger.warning("search index %s unreadable (%s): rebuilding", current, exc)
    if con is not None:
        con.close()
    return None


def _spill_to_staging(archive: Archive, root: Path) -> None:
    """DuckDB spill files (sorting a rebuild's rows) in this process's staging folder, which
    the next writer sweeps after a crash (DuckDB's default is ./.tmp)."""
    from archive.writer import _staging_dir

    spill = str(_staging_dir(root)).replace("'", "''")
    archive.con.sql(f"SET temp_directory = {literal(str(spill))}")


def sweep_spill(root: Path) -> None:
    from archive.writer import _staging_dir

    for leftover in _staging_dir(root).glob("duckdb_temp*"):
        leftover.unlink(missing_ok=True)


def _table(rel: duckdb.DuckDBPyRelation) -> pa.Table:
    from archive.reader import to_arrow

    return to_arrow(rel)


def _rebuild(root: Path, archive: Archive, total: int, fingerprint: str, result: IndexResult,
             progress: _Progress | None, lap: Callable[[str], None]) -> None:
    """A new index file from every latest live version; ``CURRENT`` switches to it at the end."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    path = _search_dir(root) / f"index-{stamp}-{uuid.uuid4().hex[:8]}.sqlite"
    con = _connect(path)
    try:
        con.executescript(_SCHEMA)
        _set_meta(con, "layout", _FOLD_ID)
        _set_meta(con, "created_at", datetime.now(UTC).isoformat())
        result.rebuilt = True
        _insert_versions(con, archive, None, result, progress, total=total, plan=_shard_plan(total))
        lap("index")
        # New articles go to the newest shard until it holds SHARD_DOCS.
        con.execute("UPDATE shards SET capacity = max(capacity, ?) WHERE n = (SELECT max(n) FROM shards)",
                    (SHARD_DOCS,))
        # One segment per shard: fewer b-tree probes per query word than many small ones.
        for (n,) in con.execute("SELECT n FROM shards").fetchall():
            con.execute(f"INSERT INTO fts_{n} (fts_{n}) VALUES ('optimize')")
        _set_meta(con, "fingerprint", fingerprint)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        lap("optimize")
    except BaseException:
        con.close()
        for leftover in _search_dir(root).glob(path.name + "*"):
            leftover.unlink(missing_ok=True)
        raise
    con.close()
    _publish_pointer(root, path.name)
    _sweep(root, path)


def _update_in_place(con: sqlite3.Connection, archive: Archive, wanted: pa.Table, result: IndexResult,
                     progress: _Progress | None) -> bool:
    """Apply the difference between the index and ``wanted``; False (nothing changed) when
    it is so large that a rebuild is cheaper."""
    import duckdb

    rows = con.execute("SELECT id, article_id, version_id, cluster_id FROM docs").fetchall()
    have = pa.table([pa.array(col, typ) for col, typ in zip(
        zip(*rows, strict=True) if rows else ([], [], [], []),
        (pa.int64(), pa.string(), pa.string(), pa.string()), strict=True)],
        names=["id", "article_id", "version_id", "cluster_id"])
    diff = duckdb.connect()
    try:
        diff.register("have", have)
        diff.register("wanted", wanted)
        drop = [r[0] for r in diff.sql(
            "SELECT id FROM have ANTI JOIN wanted USING (article_id, version_id)").fetchall()]
        add = _table(diff.sql("SELECT article_id, version_id, cluster_id FROM wanted "
                              "ANTI JOIN have USING (article_id, version_id)"))
        recluster = diff.sql(
            "SELECT w.cluster_id, h.id FROM have h JOIN wanted w USING (article_id, version_id) "
            "WHERE h.cluster_id IS DISTINCT FROM w.cluster_id").fetchall()
    finally:
        diff.close()
    if len(rows) > BATCH_DOCS and len(drop) + add.num_rows > REBUILD_SHARE * len(rows):
        return False
    shards = _shards(con)
    newest = shards[0][0] if shards else -1
    touched = {sh[0] for sh in shards for i in drop if sh[1] <= i <= sh[2]} if drop else set()
    for start in range(0, len(drop), BATCH_DOCS):
        with _transaction(con):
            _delete(con, drop[start:start + BATCH_DOCS])
    result.removed = len(drop)
    if recluster:
        with _transaction(con):
            con.executemany("UPDATE docs SET cluster_id = ? WHERE id = ?", recluster)
        result.reclustered = len(recluster)
    if add.num_rows:
        _insert_versions(con, archive, add, result, progress, total=add.num_rows)
        touched |= {sh[0] for sh in _shards(con) if sh[0] >= newest}
    _compact(con, touched)
    return True


def _compact(con: sqlite3.Connection, shards: set[int]) -> None:
    """Merge each changed shard of up to ``COMPACT_DOCS`` documents into one segment again.
    Every update leaves new segments in the shards it wrote to, and FTS5 reads a term's
    matches newest first (what every query does) far slower across several segments: in a
    newest shard of 12,500 articles after two updates, 3.7-5.9 ms instead of 0.7-1.1 ms for
    a 4-syllable phrase. Bigger shards, rarely changed, are left to FTS5's automerge."""
    sizes = {n: last - first + 1 for n, first, last, *_ in _shards(con)}
    for n in sorted(shards):
        if n in sizes and sizes[n] <= COMPACT_DOCS:
            con.execute(f"INSERT INTO fts_{n} (fts_{n}) VALUES ('optimize')")



def _delete(con: sqlite3.Connection, ids: list[int]) -> None:
    """Remove documents: a contentless FTS5 table forgets a row only when given the very
    values it indexed, re-made here from the stored title, body and filter fields."""
    marks = ",".join("?" * len(ids))
    rows = con.execute(_STORED + f"WHERE d.id IN ({marks})", ids).fetchall()
    shards = _shards(con)
    for row in rows:
        n = next(sh[0] for sh in shards if sh[1] <= row[0] <= sh[2])
        con.execute(_FTS_DELETE.format(n=n), _fts_values(*row))
    con.execute(f"DELETE FROM docs WHERE id IN ({marks})", ids)
    con.execute(f"DELETE FROM bodies WHERE id IN ({marks})", ids)


#: A document as stored, for the very FTS values it was indexed with (``_fts_values``).
_STORED = ("SELECT d.id, d.title, b.body, b.files, d.source, d.unit, d.published FROM docs d "
           "LEFT JOIN bodies b ON b.id = d.id ")
_FTS_INSERT = "INSERT INTO fts_{n} (rowid, title, body, files, meta) VALUES (?, ?, ?, ?, ?)"
_FTS_DELETE = ("INSERT INTO fts_{n} (fts_{n}, rowid, title, body, files, meta) "
               "VALUES ('delete', ?, ?, ?, ?, ?)")


def _fts_values(i: int, title: str | None, body: bytes | None, files: bytes | None,
                source: str, unit: str | None, published: int | None) -> tuple:
    return (i, _dfold(title or ""), _dfold(_unpack(body)), _dfold(_unpack(files)),
            _meta_tokens(source, unit, published))


def _shard_plan(total: int) -> list[int]:
    """Documents per shard for a rebuild of ``total`` documents, oldest first: the newest
    shards hold ``SHARD_DOCS`` (a common word's statistics pass stays short), older ones
    ``2 * SHARD_DOCS``; no shard holds fewer than half ``SHARD_DOCS`` unless the archive does
    (its bm25 statistics would be noise). Older shards were once up to 8 times bigger (fewer
    shards for a rare word to visit), but bm25's statistics pass runs over the whole of each
    shard holding a match: at 1M articles, a 4-syllable phrase with one match in each of two
    200,000-article shards spent ~20 ms in each, against ~0.2 ms of fixed cost per shard
    visited (bench/search.py)."""
    sizes: list[int] = []
    size, left = SHARD_DOCS, total
    while left > 0:
        sizes.append(min(size, left))
        left -= size
        if len(sizes) >= 2:
            size = min(size * 2, 2 * SHARD_DOCS)
    if len(sizes) > 1 and sizes[-1] < SHARD_DOCS // 2:
        last = sizes.pop()  # (popped first: `sizes[-2] += sizes.pop()` writes one slot off)
        sizes[-1] += last
    return sizes[::-1]


def _open_shard(con: sqlite3.Connection, n: int, first_id: int, capacity: int) -> _Shard:
    con.execute(_SHARD.format(n=n))
    shard = (n, first_id, first_id - 1, capacity)
    con.execute("INSERT INTO shards (n, first_id, last_id, capacity) VALUES (?, ?, ?, ?)", shard)
    return shard


def _split(con: sqlite3.Connection, shard: _Shard) -> _Shard:
    """A full newest shard gives its newer half to a new shard (returned), so that the shard
    new documents go to never starts empty: bm25 over a handful of rows ranks at random."""
    n, first, last, _ = shard
    mid = first + (last - first + 1) // 2
    moved = con.execute(_STORED + "WHERE d.id BETWEEN ? AND ? ORDER BY d.id", (mid, last)).fetchall()
    rows = []
    for row in moved:
        values = _fts_values(*row)
        con.execute(_FTS_DELETE.format(n=n), values)
        rows.append((*values, row[-1]))
    con.execute("UPDATE shards SET last_id = ?1, capacity = ?1 - first_id + 1, "
                "first_published = (SELECT min(published) FROM docs WHERE id BETWEEN ?2 AND ?1), "
                "last_published = (SELECT max(published) FROM docs WHERE id BETWEEN ?2 AND ?1), "
                "undated = (SELECT count(*) FROM docs WHERE id BETWEEN ?2 AND ?1 AND published IS NULL) "
                "WHERE n = ?3", (mid - 1, first, n))
    new = _open_shard(con, n + 1, mid, SHARD_DOCS)
    if rows:
        new = _add_to_shards(con, new, rows, None)
    return (new[0], new[1], max(new[2], last), new[3])


@overload
def _add_to_shards(con: sqlite3.Connection, shard: _Shard, rows: list[tuple],
                   plan: list[int] | None) -> _Shard: ...
@overload
def _add_to_shards(con: sqlite3.Connection, shard: _Shard | None, rows: list[tuple],
                   plan: list[int] | None) -> _Shard | None: ...
def _add_to_shards(con: sqlite3.Connection, shard: _Shard | None, rows: list[tuple],
                   plan: list[int] | None) -> _Shard | None:
    """Insert FTS rows ``(id, title, body, files, meta, published)`` (ids ascending, above every
    indexed id) into the newest shard while it has room; then, in a rebuild, into the next
    shard of ``plan``, else into the newer half of the full shard split in two. Returns the
    newest ``(n, first, last, capacity)``; None only when there was none and ``rows`` is
    empty (no shard is opened for no rows)."""
    i = 0
    while i < len(rows):
        if shard is None:
            shard = _open_shard(con, 0, rows[i][0], plan[0] if plan else SHARD_DOCS)
        elif shard[2] - shard[1] + 1 >= shard[3]:
            if plan is not None:
                n = shard[0] + 1
                shard = _open_shard(con, n, rows[i][0], plan[n] if n < len(plan) else SHARD_DOCS)
            else:
                shard = _split(con, shard)
        n, first, last, capacity = shard
        chunk = rows[i:i + capacity - (last - first + 1)]
        con.executemany(_FTS_INSERT.format(n=n), [r[:5] for r in chunk])
        dated = [r[5] for r in chunk if r[5] is not None]
        con.execute("UPDATE shards SET last_id = ?, undated = undated + ?, "
                    "first_published = min(coalesce(first_published, ?), coalesce(?, first_published)), "
                    "last_published = max(coalesce(last_published, ?), coalesce(?, last_published)) "
                    "WHERE n = ?", (chunk[-1][0], len(chunk) - len(dated),
                                    *(2 * [min(dated) if dated else None]),
                                    *(2 * [max(dated) if dated else None]), n))
        shard = (n, first, chunk[-1][0], capacity)
        i += len(chunk)
    return shard


#: The text of the documents an article attaches: each ``name US text``, RS between them.
_FILES = ("coalesce(array_to_string([coalesce(x.name, '') || chr(31) || x.text "
          "FOR x IN a.attachments IF x.text IS NOT NULL], chr(30)), '')")

_FETCH = """
SELECT a.article_id, a.version_id, a.source, a.unit,
       epoch_us(a.published_at) AS published, a.cluster_id, a.url, a.title,
       CASE WHEN coalesce(a.lead, '') = '' THEN coalesce(a.text, '')
            ELSE a.lead || chr(10) || chr(10) || coalesce(a.text, '') END AS body,
       {files} AS files
FROM articles a
"""


#: The versions named in ``only`` (with their cluster) from the parts ``src`` holding them;
#: a version stored twice is read once.
_FETCH_ADDED = """
SELECT a.article_id, a.version_id, a.source, a.unit, epoch_us(a.published_at) AS published,
       n.cluster_id, a.url, a.title,
       CASE WHEN coalesce(a.lead, '') = '' THEN coalesce(a.text, '')
            ELSE a.lead || chr(10) || chr(10) || coalesce(a.text, '') END AS body,
       {files} AS files
FROM ({src}) a JOIN {only} n USING (article_id, version_id)
WHERE NOT coalesce(a.removed, false)
QUALIFY row_number() OVER (PARTITION BY a.article_id ORDER BY a.fetched_at DESC) = 1
"""


def _insert_versions(con: sqlite3.Connection, archive: Archive, only: pa.Table | None,
                     result: IndexResult, progress: _Progress | None, *, total: int,
                     plan: list[int] | None = None) -> None:
    """Index the latest live versions (all, or those in ``only``) in committed batches, in
    publication order: ids then follow it, and a query matching more articles than it ranks
    ranks the most recent (``RANK_WINDOW``)."""
    order = " ORDER BY a.published_at NULLS FIRST, a.fetched_at, a.article_id"
    if only is None:
        rel = archive.sql(_FETCH.format(files=_FILES) + " WHERE a.removed_at IS NULL" + order)
    else:
        name = f"_index_add_{uuid.uuid4().hex[:8]}"
        archive.con.register(name, only)
        # Text is read only from the parts holding the versions to add, found by their ids:
        # through the articles view, every part's text was read (at 1M articles, 28 s of the
        # 45 s that adding 10k took).
        keys = archive.con.read_parquet(archive.article_parts(), filename=True, union_by_name=True,
                                        hive_partitioning=False)
        files = sorted(r[0] for r in archive.con.sql(
            f"SELECT DISTINCT k.filename FROM ({keys.sql_query()}) k SEMI JOIN {name} n USING (version_id)"
        ).fetchall())
        if not files:
            return
        src = archive.con.read_parquet(files, union_by_name=True, hive_partitioning=False)
        rel = archive.sql(_FETCH_ADDED.format(src=src.sql_query(), only=name, files=_FILES) + order)
    shard = con.execute("SELECT n, first_id, last_id, capacity FROM shards "
                        "ORDER BY n DESC LIMIT 1").fetchone()
    top = con.execute("SELECT max(id) FROM docs").fetchone()[0] or 0
    next_id = max(shard[2] if shard else 0, top) + 1
    done = 0
    years = [int(y) for y in (_meta(con, "first_year"), _meta(con, "last_year")) if y]
    for batch in (getattr(rel, "to_arrow_reader", None) or rel.fetch_record_batch)(BATCH_DOCS):
        cols = {name: batch.column(name).to_pylist() for name in batch.schema.names}
        docs, bodies, fts = [], [], []
        files_col = cols["files"]
        for k in range(batch.num_rows):
            doc_id = next_id + k
            title, body, unit = _nfc(cols["title"][k] or ""), _nfc(cols["body"][k] or ""), cols["unit"][k]
            docs.append((doc_id, cols["article_id"][k], cols["version_id"][k], cols["source"][k],
                         unit, fold(unit).strip() if unit else None, cols["published"][k],
                         cols["cluster_id"][k], cols["url"][k], title))
            attached = _nfc(files_col[k] or "")
            bodies.append((doc_id, _pack(body), _pack(attached) if attached else None))
            fts.append((doc_id, _dfold(title), _dfold(body), _dfold(attached),
                        _meta_tokens(cols["source"][k], unit, cols["published"][k]), cols["published"][k]))
        years += [datetime.fromtimestamp(p / 1e6, UTC).astimezone(_LOCAL).year
                  for p in pc.min_max(batch.column("published")).as_py().values() if p is not None]
        with _transaction(con):
            if years:  # the span a date filter without one of its bounds reaches to
                _set_meta(con, "first_year", str(min(years)))
                _set_meta(con, "last_year", str(max(years)))
            con.executemany("INSERT INTO docs (id, article_id, version_id, source, unit, unit_f, "
                            "published, cluster_id, url, title) VALUES (?,?,?,?,?,?,?,?,?,?)", docs)
            con.executemany("INSERT INTO bodies (id, body, files) VALUES (?, ?, ?)", bodies)
            shard = _add_to_shards(con, shard, fts, plan)
        next_id += batch.num_rows
        done += batch.num_rows
        result.added += batch.num_rows
        if progress is not None:
            progress(done, total)
