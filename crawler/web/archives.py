"""The archive as the web app reads it: a few read-only ``Archive`` handles shared by the
request threads, each re-listed when a writer has published new parts since."""

from __future__ import annotations

import os
import queue
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from archive import open_archive
from archive.reader import Archive

T = TypeVar("T")

#: Seconds between two looks at whether the archive changed (a listing of folder names).
CHECK_EVERY = 2.0


def _stamp(root: Path) -> tuple:
    """What changes whenever a writer publishes: the part names of every table, the clusters
    file's time, the search index files' times. Listing names only: no file is opened."""
    names: list[tuple[str, float]] = []
    for folder in ("articles", "runs", "dedup"):
        for dirpath, _dirs, files in os.walk(root / folder):
            for name in files:
                if name.endswith(".parquet"):
                    path = os.path.join(dirpath, name)
                    try:
                        names.append((path, os.stat(path).st_mtime))
                    except OSError:
                        continue
    try:  # the search index: a new file switched in, or the live one updated in place
        with os.scandir(root / "search") as entries:
            names += [(e.path, e.stat().st_mtime) for e in entries if e.is_file()]
    except OSError:
        pass
    return tuple(sorted(names))


class Archives:
    """Up to ``size`` open ``Archive`` handles (one DuckDB connection each); a request borrows
    one for its reads. A handle sees the parts published when it was last refreshed; when the
    archive changed (checked at most every ``CHECK_EVERY`` seconds) each handle re-lists them
    before its next use."""

    def __init__(self, root: Path | str, size: int = 2) -> None:
        self.root = Path(root).absolute()
        self._free: queue.LifoQueue[Archive] = queue.LifoQueue()
        self._made = 0
        self._size = max(1, size)
        self._lock = threading.Lock()
        self._stamp = _stamp(self.root)
        self._checked = time.monotonic()
        self._seen: dict[int, tuple] = {}
        self._memo: dict[str, tuple[tuple, Any]] = {}

    def memo(self, name: str, compute: Callable[[], T]) -> T:
        """``compute()``, kept until the archive changes (e.g. whether the search index is
        current: a check that reads every part's footer, not once per request)."""
        stamp = self._current_stamp()
        with self._lock:
            held = self._memo.get(name)
            if held is not None and held[0] == stamp:
                return held[1]
        value = compute()
        with self._lock:
            self._memo[name] = (stamp, value)
        return value

    def _current_stamp(self) -> tuple:
        with self._lock:
            if time.monotonic() - self._checked >= CHECK_EVERY:
                self._stamp = _stamp(self.root)
                self._checked = time.monotonic()
            return self._stamp

    @contextmanager
    def borrow(self) -> Iterator[Archive]:
        stamp = self._current_stamp()
        archive = self._take()
        try:
            if self._seen.get(id(archive)) != stamp:
                archive.refresh()
                self._seen[id(archive)] = stamp
            yield archive
        finally:
            self._free.put(archive)

    def _take(self) -> Archive:
        try:
            return self._free.get_nowait()
        except queue.Empty:
            pass
        with self._lock:
            if self._made < self._size:
                self._made += 1
                archive = open_archive(self.root)
                self._seen[id(archive)] = self._stamp
                return archive
        return self._free.get()

    def close(self) -> None:
        while True:
            try:
                self._free.get_nowait().close()
            except queue.Empty:
                return
