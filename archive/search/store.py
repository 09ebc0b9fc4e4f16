"""The index file: its SQLite schema (documents, compressed bodies, FTS5 shards, filter
tokens), connections, and the ``search/CURRENT`` pointer that names the live file."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pyarrow as pa

from archive import layout
from archive.errors import ArchiveError
from archive.schema import TIMEZONE
from archive.search.fold import fold

__all__ = ["CURRENT", "INDEX_VERSION", "REBUILD_HINT", "SEARCH_DIR", "SearchError"]


SEARCH_DIR = "search"
CURRENT = "CURRENT"
#: Bumped when the index layout or the folding changes: an index of another version is rebuilt.
INDEX_VERSION = 2  # 2: the text of attached documents (files)

_LOCAL = ZoneInfo(TIMEZONE)


class SearchError(RuntimeError, ArchiveError):
    """The index is missing, being built for the first time, or could not answer."""


class SearchTimeout(SearchError):
    """The search ran past its time limit and was stopped."""


#: Stored in the index: an index whose tokens another SQLite (its Unicode tables) or another
#: layout made is rebuilt, because removing a document re-tokenizes its stored text and must
#: produce the very tokens it was indexed with.
_FOLD_ID = f"{INDEX_VERSION}/sqlite {sqlite3.sqlite_version}"

#: What to do about a damaged index.
REBUILD_HINT = "`portal-archive index --rebuild` makes a new one"


_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE docs (
    id INTEGER PRIMARY KEY,  -- the FTS rowid: ids follow publication order within each update
    article_id TEXT NOT NULL UNIQUE,
    version_id TEXT NOT NULL,
    source TEXT NOT NULL,
    unit TEXT,
    unit_f TEXT,             -- folded, for --unit
    published INTEGER,       -- microseconds since the epoch (UTC)
    cluster_id TEXT,
    url TEXT,
    title TEXT
);
CREATE INDEX docs_cluster ON docs (cluster_id);
-- lead and text, compressed (_pack): for snippets, the exact-diacritic check, and removals (a
-- contentless FTS5 table forgets a row only when given the very text it indexed).
-- files: the text of the documents the article attaches, each as name US text, RS between.
CREATE TABLE bodies (id INTEGER PRIMARY KEY, body BLOB, files BLOB);
-- Diacritics and case folded in C by the tokenizer; đ/Đ -> d/D before (_dfold).
-- The text index is cut into shards (fts_<n>) of SHARD_DOCS consecutive ids each: bm25's
-- per-query statistics cost a pass over a shard's rows holding each word, not the archive's.
CREATE TABLE shards (
    n INTEGER PRIMARY KEY,
    first_id INTEGER NOT NULL,
    last_id INTEGER NOT NULL,
    capacity INTEGER NOT NULL,
    first_published INTEGER,
    last_published INTEGER,
    undated INTEGER NOT NULL DEFAULT 0  -- documents without a publication date
);
"""
# meta: one token per filter value (source, unit, year, month: _meta_tokens), so a filter is
# one more AND in the MATCH, which FTS5 answers by seeking, not by reading every match.
_SHARD = """
CREATE VIRTUAL TABLE fts_{n} USING fts5 (
    title, body, files, meta, content = '', tokenize = 'unicode61 remove_diacritics 2'
)
"""


def _search_dir(root: Path) -> Path:
    return Path(root) / SEARCH_DIR


def _current_path(root: Path) -> Path | None:
    """The live index file named by ``search/CURRENT``, or None."""
    try:
        name = (_search_dir(root) / CURRENT).read_text().strip()
    except FileNotFoundError:
        return None
    path = _search_dir(root) / name
    if "/" in name or not name.startswith("index-") or not path.exists():
        return None
    return path


def _connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    if readonly and not layout.writable(path.parent):
        con = _connect_unwritable(path)
    else:
        con = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
    if readonly:
        con.execute("PRAGMA query_only = 1")
        # Pages read through a memory map and a 64 MiB cache: a common word's posting lists
        # span megabytes, and SQLite's 2 MiB default cache would copy them in for every query.
        con.execute("PRAGMA mmap_size = 2147418112")
        con.execute("PRAGMA cache_size = -65536")
    else:
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA synchronous = NORMAL")
        con.execute("PRAGMA cache_size = -65536")  # 64 MiB: FTS5 segment merges stay in memory
    return con


def _connect_unwritable(path: Path) -> sqlite3.Connection:
    """The index in a folder this process cannot write to (a read-only mount, another user's
    archive), opened so that SQLite never tries to. While an indexer has the file open, its
    ``-shm`` file exists and is read (``mode=ro``). Otherwise nothing is writing the file,
    and it is opened ``immutable``: a read-only connection would create the ``-shm`` file
    where it can (as root, anywhere), and fail where it cannot. (An indexer the folder's
    owner starts while this connection reads can make a search fail.)"""
    uri = path.resolve().as_uri()  # percent-encoded: '?', '#' or '%' in a path stay the path's
    shm = path.with_name(path.name + "-shm")
    options = "mode=ro" if shm.exists() else "mode=ro&immutable=1"
    return sqlite3.connect(f"{uri}?{options}", uri=True, timeout=30, isolation_level=None,
                           check_same_thread=False)


def _meta(con: sqlite3.Connection, key: str) -> str | None:
    row = con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _set_meta(con: sqlite3.Connection, key: str, value: str) -> None:
    con.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))


def _publish_pointer(root: Path, name: str) -> None:
    """Point ``CURRENT`` at ``name`` atomically (write, fsync, rename, fsync the folder)."""
    folder = _search_dir(root)
    tmp = folder / f".{CURRENT}.{os.getpid()}.{uuid.uuid4().hex[:8]}"
    with open(tmp, "w") as f:
        f.write(name + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, folder / CURRENT)
    layout.fsync_dir(folder)


def _sweep(root: Path, keep: Path | None) -> None:
    """Remove index files other than the live one: an index a rebuild replaced, or a rebuild
    that crashed. Runs under the indexer lock, so no other writer owns them; a reader that
    still has an old file open keeps reading it."""
    folder = _search_dir(root)
    for path in folder.glob("index-*"):
        if keep is None or path.name.split(".sqlite")[0] != keep.name.split(".sqlite")[0]:
            path.unlink(missing_ok=True)
    for path in folder.glob(f".{CURRENT}.*"):
        path.unlink(missing_ok=True)


class _transaction:
    def __init__(self, con: sqlite3.Connection) -> None:
        self.con = con

    def __enter__(self) -> None:
        self.con.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: type[BaseException] | None, *exc: object) -> None:
        self.con.execute("COMMIT" if kind is None else "ROLLBACK")


def _shards(con: sqlite3.Connection) -> list[tuple]:
    """``(n, first_id, last_id, first_published, last_published, undated)``, newest first."""
    return con.execute("SELECT n, first_id, last_id, first_published, last_published, undated "
                       "FROM shards ORDER BY n DESC").fetchall()


def _pack(text: str) -> bytes:
    """A body as stored: its UTF-8 length (4 bytes) and zstd frame (pyarrow's codec: several
    times faster than zlib both ways, which snippets and the exact check feel)."""
    data = text.encode()
    return len(data).to_bytes(4, "little") + pa.compress(data, codec="zstd", asbytes=True)


def _unpack(body: bytes | None) -> str:
    if not body:
        return ""
    size = int.from_bytes(body[:4], "little")
    return pa.decompress(body[4:], decompressed_size=size, codec="zstd", asbytes=True).decode()


def _token(kind: str, value: str) -> str:
    """A filter token: ``z`` + kind + hex, one FTS5 token that no word of a text resembles."""
    return "z" + kind + hashlib.blake2b(value.encode(), digest_size=8).hexdigest()


def _meta_tokens(source: str | None, unit: str | None, published: int | None) -> str:
    """The ``meta`` column of a document: its source, unit, year and month as tokens."""
    tokens = [_token("s", source or "")]
    if unit and unit.strip():
        tokens.append(_token("u", fold(unit).strip()))
    if published is not None:
        day = datetime.fromtimestamp(published / 1e6, UTC).astimezone(_LOCAL)
        tokens += [f"zy{day.year}", f"zm{day.year}{day.month:02d}"]
    return " ".join(tokens)
