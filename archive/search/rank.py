"""Ranking: bm25 per shard, newest shards first, within a window of the most recent matches,
boosted where words typed side by side are found so; older shards on a small thread pool."""

from __future__ import annotations

import math
import os
import sqlite3
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from archive.search.filters import _Filter
from archive.search.query import Expressions, Node, _adjacent, _emit
from archive.search.readers import _reader, _run
from archive.search.store import _shards

__all__ = ["ASCENDING_SPAN", "FILES_WEIGHT", "PHRASE_BOOST", "RANK_WINDOW", "SEARCH_THREADS", "TITLE_WEIGHT"]


#: bm25 weight of a title match relative to a body match.
TITLE_WEIGHT = 4.0
#: bm25 weight of a match in an attached document's text (the article's own words count more).
FILES_WEIGHT = 0.5
#: Matches ranked per query: a query matching up to this many is ranked over all of them, one
#: matching more ranks the most recently published this many (Hits.window_full/_from).
#: FTS5 scores a match in 3.5-4.5 us (enumerates one in 0.1-0.4 us) and never prunes: all
#: 438,249 matches of "giáo dục" in the 1M bench would take 1.5 s. At 100k articles, 2,000
#: gave p50 26 ms, 1,000 14-16 ms on the bench/search.py query set. (`portal-archive search
#: --help` names this number.)
RANK_WINDOW = 1_000
#: Score factor of a match holding the words of the query side by side (every ranked match:
#: FTS5 finds the phrase among them).
PHRASE_BOOST = 1.0
#: A shard expected to hold fewer matches than the window needs is read in id order, up to
#: this many windows' worth, instead of newest first (see _ShardQuery).
ASCENDING_SPAN = 4
#: Threads that query shards side by side (SQLite releases the GIL while a statement runs),
#: when a query needs several shards. 1 (the caller's thread only) by default: on this
#: 2-core machine, kept busy by other work during every measurement, 2 were no faster
#: (docs/search.md); a machine with idle cores may set more (bench/search.py --threads).
SEARCH_THREADS = 1
_POOL: ThreadPoolExecutor | None = None
_POOL_LOCK = threading.Lock()


def _reset_after_fork() -> None:
    """A forked child has none of the parent's threads (the reader cache resets itself)."""
    global _POOL, _POOL_LOCK
    _POOL = None
    _POOL_LOCK = threading.Lock()


os.register_at_fork(after_in_child=_reset_after_fork)


def _pool() -> ThreadPoolExecutor:
    global _POOL
    with _POOL_LOCK:
        if _POOL is None:
            _POOL = ThreadPoolExecutor(SEARCH_THREADS, thread_name_prefix="search")
        return _POOL


class _Replaced(Exception):
    """The live index file changed between the caller's connection and a pool thread's."""


@dataclass
class _ShardQuery:
    """One shard's part of a query: its newest matches, scored (``sql``), and which of them
    hold the query's words side by side (``near``); run in the caller's thread or a pool thread."""

    root: Path
    name: str  # the index file the caller reads: a pool thread must read the same one
    sql: str
    params: list
    near: str | None  # FTS5 expression of the words typed side by side, or None
    n: int  # the shard
    limit: int | None  # the newest this many (and one more, telling that there are more)
    ascending: bool  # expected to hold fewer than ``limit`` matches: read them in id order
    cancelled: bool = False
    con: sqlite3.Connection | None = None

    def _scored(self, con: sqlite3.Connection) -> list[tuple[int, float]]:
        if self.limit is None:
            return _run(con, self.sql, self.params)
        if self.ascending:
            # FTS5 reads a term's matches in id order faster than newest first (0.7 against
            # 1.1 ms in a shard of 25,000 for a rare phrase). If the shard holds more than
            # ASCENDING_SPAN windows, it is read again newest first, which a window needs.
            cap = ASCENDING_SPAN * (self.limit + 1)
            scored = _run(con, self.sql + " LIMIT ?", [*self.params, cap])
            if len(scored) < cap:
                scored.sort(key=lambda r: -r[0])
                return scored[:self.limit + 1]
        return _run(con, self.sql + " ORDER BY f.rowid DESC LIMIT ?", [*self.params, self.limit + 1])

    def run(self, con: sqlite3.Connection | None = None) -> tuple[list[tuple[int, float]], set[int]]:
        if con is None:
            name, con = _reader(self.root)
            if name != self.name:
                raise _Replaced
        self.con = con
        try:
            if self.cancelled:
                return [], set()
            scored = self._scored(con)
            near: set[int] = set()
            if self.near and scored:
                # Within the span of the scored ids, and ANDed with the query and its filters,
                # so that FTS5 seeks through the same few posting lists.
                ids = [i for i, _ in scored]
                sql = f"SELECT rowid FROM fts_{self.n} WHERE fts_{self.n} MATCH ? AND rowid BETWEEN ? AND ?"
                near = {i for (i,) in _run(con, sql, [f"({self.near}) AND ({self.params[0]})", min(ids),
                                                      max(ids)])}
            return scored, near
        finally:
            self.con = None

    def cancel(self) -> None:
        """Not needed any more: skipped if not started, interrupted if running."""
        self.cancelled = True
        con = self.con
        if con is not None:
            con.interrupt()


def _shard_sql(n: int, ex: Expressions, flt: _Filter, covered: bool | None) -> tuple[str, list]:
    """The matches of shard ``n``, scored as they come (bm25's statistics pass runs once, on
    the first row); the caller adds the order and the limit."""
    clause = flt.clause(dates=covered is None)
    match = f"({ex.match}) AND {clause}" if clause else ex.match
    # The exact date bounds, where the shard's month tokens are not enough; CROSS JOIN
    # keeps the FTS table the outer loop (SQLite never probes it row by row).
    exact_dates = covered is None and (flt.lo is not None or flt.hi is not None)
    sql = f"SELECT f.rowid, bm25(fts_{n}, {TITLE_WEIGHT}, 1.0, {FILES_WEIGHT}, 0.0) FROM fts_{n} f"
    params: list = [match]
    if exact_dates:
        sql += " CROSS JOIN docs d ON d.id = f.rowid"
    sql += f" WHERE fts_{n} MATCH ?"
    if exact_dates:
        for bound, op in ((flt.lo, ">="), (flt.hi, "<")):
            if bound is not None:
                sql += f" AND d.published {op} ?"
                params.append(bound)
    return sql, params


def _ranked(root: Path, name: str, con: sqlite3.Connection, tree: Node, ex: Expressions, flt: _Filter,
            window: int | None) -> tuple[list[tuple[int, float]], bool]:
    """``(id, score)`` of the matching articles, best first (score: bm25, times ``1 +
    PHRASE_BOOST`` for an article holding words typed side by side found side by side), and
    whether more matched than ``window``: then only the ``window`` most recently indexed
    ones are ranked (ids follow publication order within each update), so a query matching
    half the archive costs what one matching ``window`` articles does.

    Shards are read newest first: the newest alone (it fills the window of most queries),
    then the older ones up to ``SEARCH_THREADS`` side by side, as many as the share of
    matches found so far says the window needs (every one when nothing matched yet, or
    without a window); any a full window leaves unneeded are interrupted. Reading more on
    speculation would only take CPU from the shards that are needed."""
    if flt.empty:
        return [], False
    groups = list(_adjacent(tree))
    near = " OR ".join(f"({_emit(g)})" for g in groups) or None
    plan = [(shard[0], covered, shard[2] - shard[1] + 1) for shard in _shards(con)
            if (covered := flt.covers(shard)) is not False]
    found: list[tuple[int, float]] = []
    boosted: set[int] = set()
    remaining, full = window, False
    k = scanned = matched = 0
    while k < len(plan) and not full:
        batch = [plan[k]]
        if k > 0:
            need = remaining * scanned / matched if remaining is not None and matched else math.inf
            docs = plan[k][2]
            while k + len(batch) < len(plan) and len(batch) < SEARCH_THREADS and docs < need:
                batch.append(plan[k + len(batch)])
                docs += batch[-1][2]
        # Read in id order: every match wanted, or a shard expected (from the share of matches
        # in at least as many documents already read) to hold fewer than half the window needs.
        tasks = [_ShardQuery(root, name, *_shard_sql(n, ex, flt, covered), near, n, remaining,
                             remaining is None or (scanned >= size and
                                                   matched * size < remaining * scanned / 2))
                 for n, covered, size in batch]
        k += len(batch)
        # The first in this thread, the others on the pool's.
        futures: list[Future | None] = [None] + [_pool().submit(t.run) for t in tasks[1:]]
        try:
            for task, future, (_, _, size) in zip(tasks, futures, batch, strict=True):
                try:
                    scored, near_ids = task.run(con) if future is None else future.result()
                except _Replaced:
                    scored, near_ids = task.run(con)
                scanned += size
                matched += len(scored)
                if remaining is not None and len(scored) > remaining:
                    scored, full = scored[:remaining], True
                found += scored
                boosted |= near_ids
                if remaining is not None:
                    remaining -= len(scored)
                    if full or (remaining == 0 and (task is not tasks[-1] or k < len(plan))):
                        full = True
                        break
        finally:
            for task in tasks:
                task.cancel()
    if boosted:
        found = [(i, score * (1 + PHRASE_BOOST)) if i in boosted else (i, score) for i, score in found]
    found.sort(key=lambda r: (r[1], -r[0]))
    return found, full
