"""The reader cache: one read connection to the live index per thread, reused while
``CURRENT`` names the same file, and the statement runner that turns SQLite's errors into
``SearchError``."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path

from archive.search.store import (
    CURRENT,
    REBUILD_HINT,
    SearchError,
    _connect,
    _current_path,
    _search_dir,
)

__all__ = ["close_readers"]


#: Open reader connections, per thread and index folder (most recent last): a connection
#: reads each shard's FTS5 structure once, which costs a first query several milliseconds.
_READERS: OrderedDict[tuple[int, str], tuple[str, sqlite3.Connection]] = OrderedDict()
_READERS_LOCK = threading.Lock()
#: Room for a few callers' threads and the pool's, per index.
_MAX_READERS = 32


def _reset_after_fork() -> None:
    """A forked child must not share the parent's connections (nor a lock one of its threads held)."""
    global _READERS_LOCK
    _READERS_LOCK = threading.Lock()
    _READERS.clear()


os.register_at_fork(after_in_child=_reset_after_fork)


def _reader(root: Path) -> tuple[str, sqlite3.Connection]:
    """This thread's read connection to the live index and the index file's name; reused
    while ``CURRENT`` names the same file (a rebuild switching it closes the old one)."""
    folder = _search_dir(root)
    try:
        name = (folder / CURRENT).read_text().strip()
    except FileNotFoundError:
        name = ""
    key = (threading.get_ident(), str(folder))
    with _READERS_LOCK:
        cached = _READERS.pop(key, None)
        if cached is not None and cached[0] == name:
            _READERS[key] = cached
            return cached
    if cached is not None:
        cached[1].close()
    path = _current_path(root)
    if path is None:
        raise SearchError(f"no search index in {root}: run `portal-archive index` first")
    try:
        entry = (path.name, _connect(path, readonly=True))
    except sqlite3.DatabaseError as exc:
        raise SearchError(f"the search index {path} is damaged ({exc}); {REBUILD_HINT}") from exc
    with _READERS_LOCK:
        _READERS[key] = entry
        while len(_READERS) > _MAX_READERS:
            _READERS.popitem(last=False)[1][1].close()
    return entry


def _open_reader(root: Path) -> sqlite3.Connection:
    """A read connection to the live index (reused while ``CURRENT`` names the same file)."""
    return _reader(root)[1]


def close_readers() -> None:
    """Close the cached read connections (a rebuilt index's old file is released at once)."""
    with _READERS_LOCK:
        while _READERS:
            _READERS.popitem()[1][1].close()


def _run(con: sqlite3.Connection, sql: str, params: Sequence) -> list[tuple]:
    try:
        return con.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        raise SearchError(f"the search index could not answer: {exc}") from exc
