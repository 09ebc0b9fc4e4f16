"""Searching: a query's ranked hits (duplicate clusters collapsed, exact spelling first for a
query typed with diacritics, snippets), every matching version (``matching_versions``), and
hits as an Arrow table."""

from __future__ import annotations

import re
import sqlite3
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa

from archive.schema import TIMEZONE
from archive.search.filters import _filter
from archive.search.fold import _nfc
from archive.search.query import Expressions, Node, _exact_check, match_expressions, parse_query
from archive.search.rank import RANK_WINDOW, _ranked
from archive.search.readers import _reader, _run, close_readers
from archive.search.snippet import _highlighter, snippet
from archive.search.store import _LOCAL, REBUILD_HINT, SearchError, SearchTimeout, _unpack

__all__ = ["RERANK", "Hit", "Hits", "hits_table", "indexed_source", "matching_versions", "search"]


#: Best-ranked matches among which, for a query typed with diacritics, the articles holding
#: its words as typed come first (their text is read for this, a page at a time).
RERANK = 60


@dataclass
class Hit:
    rank: int
    score: float  # bm25 over the folded text, higher is better
    exact: bool  # the query's words are found with the diacritics as typed
    title: str
    source: str
    published_at: datetime | None
    unit: str | None
    url: str
    snippet: str
    article_id: str
    version_id: str
    cluster_id: str | None
    copies: int  # other indexed articles in the same duplicate cluster
    #: the name of the attached document the match is in, when it is in none of the
    #: article's own text (the snippet is that document's)
    in_attachment: str | None = None


class Hits(list):
    """Hits, best first. ``window_full``: more articles matched than were ranked
    (``RANK_WINDOW``), so the best of the most recently published ones were returned;
    ``window_from``: the publication time of the oldest of those. ``matched``: the articles
    ranked (every copy; at most the window). ``facets`` (when asked for): among those, how many
    per ``source`` and per ``unit`` (``""``: no unit), most first, and ``stories``, how many
    once each duplicate cluster counts once."""

    window_full: bool = False
    window_from: datetime | None = None
    matched: int = 0
    facets: dict[str, Any] | None = None

def search(root: Path | str, query: str, *, source: str | None = None, unit: str | None = None,
           since: date | datetime | str | None = None, until: date | datetime | str | None = None,
           limit: int = 20, offset: int = 0, all_copies: bool = False,
           window: int | None = RANK_WINDOW, mark: tuple[str, str] = ("<mark>", "</mark>"),
           facets: bool = False, timeout: float | None = None) -> Hits:
    """Ranked hits for ``query`` among the latest live versions of the archive's articles.

    bm25 over the folded text, title weighted ``TITLE_WEIGHT``, doubled for words typed side
    by side found so; when the query has diacritics, the best ``RERANK`` are re-ordered so
    that those holding the words as typed come first. One hit per duplicate cluster (its
    best-ranked copy) unless ``all_copies``. ``until`` is exclusive; dates without a zone
    are portal local time. A query matching more than ``window`` articles ranks the
    ``window`` most recent (``Hits.window_full``, ``Hits.window_from``); ``window=None``
    ranks every match however many (slow on very common words). Raises SearchSyntaxError
    for a malformed query, SearchError when there is no index. ``offset`` skips that many
    hits (stories, unless ``all_copies``): the next page; ``facets`` fills ``Hits.facets``.
    ``timeout``: seconds after which the search stops with :class:`SearchTimeout` (SQLite
    checks it every few thousand steps of its work; shards read on the pool, with
    ``SEARCH_THREADS`` > 1, are not stopped).
    """
    root = Path(root).absolute()  # (a folder named "~" is that folder: DuckDB and pyarrow expand "~/")
    tree = parse_query(query)
    ex = match_expressions(tree)
    limit = max(1, int(limit))
    offset = max(0, int(offset))
    end = offset + limit
    name, con = _reader(root)
    if timeout is not None:
        deadline = time.monotonic() + timeout
        con.set_progress_handler(lambda: time.monotonic() > deadline, 1000)
    try:
        flt = _filter(con, source, unit, since, until)
        rows, window_full = _ranked(root, name, con, tree, ex, flt, window)
        docs: dict[int, tuple] = {}
        rows, exact_ids = _rerank(con, tree, ex, rows, max(RERANK, end * 4), end, all_copies, docs)
        picked = rows[offset:end] if all_copies else _collapse(con, rows, end)[offset:]
        hits = Hits(_hits(con, picked, tree, exact_ids, mark, docs, first=offset + 1))
        hits.matched = len(rows)
        if facets:
            hits.facets = _facets(con, rows)
        hits.window_full = window_full
        if window_full:
            oldest = _run(con, "SELECT published FROM docs WHERE id = ?", [min(i for i, _ in rows)])
            if oldest and oldest[0][0] is not None:
                hits.window_from = _local(oldest[0][0])
        return hits
    except (sqlite3.OperationalError, SearchError) as exc:
        cause = exc.__cause__ if isinstance(exc, SearchError) else exc
        if timeout is not None and time.monotonic() > deadline and "interrupt" in str(cause):
            raise SearchTimeout(f"the search stopped after {timeout:g} s (its time limit)") from None
        if isinstance(exc, SearchError):
            raise
        close_readers()  # a damaged or replaced file: the next search opens it afresh
        raise SearchError(f"the search index could not answer: {exc} (if it is damaged, "
                          f"{REBUILD_HINT})") from exc
    except sqlite3.DatabaseError as exc:
        close_readers()
        raise SearchError(f"the search index could not answer: {exc} (if it is damaged, "
                          f"{REBUILD_HINT})") from exc
    finally:
        if timeout is not None:
            con.set_progress_handler(None, 0)


def _local(published: int) -> datetime:
    return datetime.fromtimestamp(published / 1e6, UTC).astimezone(_LOCAL)


#: What ``_docs`` reads of a document: title, body (unpacked), cluster, then the hit fields,
#: then the text of its attached documents (unpacked).
_DOC = ("SELECT d.id, d.title, b.body, d.cluster_id, d.source, d.published, d.unit, d.url, d.article_id, "
        "d.version_id, b.files FROM docs d LEFT JOIN bodies b ON b.id = d.id WHERE d.id IN ({})")


def _docs(con: sqlite3.Connection, ids: list[int], docs: dict[int, tuple]) -> dict[int, tuple]:
    """``docs`` with the stored fields of ``ids`` added (each read and unpacked once per query)."""
    missing = [i for i in ids if i not in docs]
    if missing:
        for i, title, body, *rest, files in _run(con, _DOC.format(",".join("?" * len(missing))), missing):
            docs[i] = (title or "", _unpack(body), *rest, _unpack(files))
    return docs


def _rerank(con: sqlite3.Connection, tree: Node, ex: Expressions, rows: list[tuple[int, float]],
            head: int, limit: int, all_copies: bool,
            docs: dict[int, tuple]) -> tuple[list[tuple[int, float]], set[int]]:
    """For a query typed with diacritics, the articles holding its words as typed first,
    among the best ``head``. They are checked ``limit`` at a time, best first, until
    ``limit`` of them (clusters, unless ``all_copies``) are found: the rest cannot reach
    the page, and the order is the one checking all ``head`` would give."""
    if not rows or not ex.diacritics:
        return rows, set()
    check = _exact_check(tree)
    exact_ids: set[int] = set()
    keys: set = set()
    checked = 0
    while checked < min(head, len(rows)) and len(keys) < limit:
        chunk = [i for i, _ in rows[checked:min(head, checked + limit)]]
        _docs(con, chunk, docs)
        for i in chunk:
            title, body, cluster = docs[i][:3]
            # Stored texts are NFC already: lower() is what exact() would do.
            if check(title.lower() + "\n" + body.lower() + "\n" + docs[i][-1].lower()):
                exact_ids.add(i)
                keys.add(i if all_copies or not cluster else cluster)
        checked += len(chunk)
    top = rows[:checked]
    return [r for r in top if r[0] in exact_ids] + [r for r in top if r[0] not in exact_ids] + \
        rows[checked:], exact_ids


def _collapse(con: sqlite3.Connection, rows: list[tuple[int, float]], limit: int) -> list[tuple[int, float]]:
    """The best-ranked match of each duplicate cluster, until ``limit``."""
    seen: set[str] = set()
    picked: list[tuple[int, float]] = []
    step = max(limit * 3, 60)
    for start in range(0, len(rows), step):
        chunk = rows[start:start + step]
        ids = [i for i, _ in chunk]
        clusters = dict(_run(con, f"SELECT id, cluster_id FROM docs WHERE id IN ({','.join('?' * len(ids))})",
                             ids))
        for i, score in chunk:
            key = clusters.get(i) or f"doc:{i}"
            if key not in seen:
                seen.add(key)
                picked.append((i, score))
                if len(picked) == limit:
                    return picked
    return picked


def _facets(con: sqlite3.Connection, rows: list[tuple[int, float]]) -> dict[str, Any]:
    """Counts of the ranked matches per source and per unit, and their stories."""
    by_source: Counter[str] = Counter()
    by_unit: Counter[str] = Counter()
    stories: set[str] = set()
    for start in range(0, len(rows), 500):
        ids = [i for i, _ in rows[start:start + 500]]
        for i, src, unit, cluster in _run(con, "SELECT id, source, unit, cluster_id FROM docs "
                                               f"WHERE id IN ({','.join('?' * len(ids))})", ids):
            by_source[src] += 1
            by_unit[unit or ""] += 1
            stories.add(cluster or f"doc:{i}")
    return {"source": dict(by_source.most_common()), "unit": dict(by_unit.most_common()),
            "stories": len(stories)}


def _hits(con: sqlite3.Connection, picked: list[tuple[int, float]], tree: Node, exact_ids: set[int],
          mark: tuple[str, str], docs: dict[int, tuple], *, first: int = 1) -> list[Hit]:
    if not picked:
        return []
    _docs(con, [r[0] for r in picked], docs)
    cluster_ids = sorted({docs[i][2] for i, _ in picked if docs[i][2]})
    sizes = dict(_run(con, f"SELECT cluster_id, count(*) FROM docs WHERE cluster_id IN "
                           f"({','.join('?' * len(cluster_ids))}) GROUP BY cluster_id",
                      cluster_ids)) if cluster_ids else {}
    pattern = _highlighter(tree)
    hits = []
    for n, (doc_id, score) in enumerate(picked, first):
        title, body, cid, source, published, unit, url, aid, vid, files = docs[doc_id]
        passage, in_file = _passage(title, body, files, pattern, mark)
        hits.append(Hit(
            rank=n, score=round(-score, 4), exact=doc_id in exact_ids, title=title, source=source,
            published_at=_local(published) if published is not None else None,
            unit=unit, url=url or "", snippet=passage,
            article_id=aid, version_id=vid, cluster_id=cid,
            copies=max(0, sizes.get(cid, 1) - 1) if cid else 0, in_attachment=in_file))
    return hits


def _passage(title: str, body: str, files: str, pattern: re.Pattern[str] | None,
             mark: tuple[str, str]) -> tuple[str, str | None]:
    """The snippet of a hit, and the name of the attached document it comes from when the
    query's words are in none of the article's own text but in that document's."""
    if files and pattern is not None and not _finds(pattern, title + "\n" + body):
        named = [doc.partition("\x1f")[::2] for doc in files.split("\x1e")]
        best = max(named, key=lambda nt: len(pattern.findall(_nfc(nt[1]).lower())))
        if _finds(pattern, best[1]):
            return snippet(best[1], pattern, mark=mark), best[0] or "?"
    return snippet(body, pattern, mark=mark), None


def _finds(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(_nfc(text).lower()) is not None


def matching_versions(root: Path | str, query: str, *, source: str | None = None,
                      unit: str | None = None, since: date | datetime | str | None = None,
                      until: date | datetime | str | None = None) -> pa.Table:
    """Every indexed article matching ``query`` (all copies, no window): ``version_id``,
    ``score`` (bm25, higher is better)."""
    tree = parse_query(query)
    root = Path(root).absolute()  # (a folder named "~" is that folder: DuckDB and pyarrow expand "~/")
    name, con = _reader(root)
    try:
        rows, _ = _ranked(root, name, con, tree, match_expressions(tree),
                          _filter(con, source, unit, since, until), None)
        versions: dict[int, str] = {}
        for start in range(0, len(rows), 10_000):
            chunk = [i for i, _ in rows[start:start + 10_000]]
            versions.update(_run(con, f"SELECT id, version_id FROM docs WHERE id IN "
                                      f"({','.join('?' * len(chunk))})", chunk))
    except sqlite3.DatabaseError as exc:
        close_readers()
        raise SearchError(f"the search index could not answer: {exc} (if it is damaged, "
                          f"{REBUILD_HINT})") from exc
    return pa.table({"version_id": pa.array([versions[i] for i, _ in rows], pa.string()),
                     "score": pa.array([-score for _, score in rows], pa.float64())})


def indexed_source(root: Path | str, article_id: str) -> str | None:
    """The source of an indexed article, from the index's own table of articles (an article
    id never changes source: archive/ids.py); ``None`` when there is no index or it does not
    hold the article (removed, not yet indexed). Lets a lookup by id read one source's parts."""
    try:
        _, con = _reader(Path(root).absolute())
        found = con.execute("SELECT source FROM docs WHERE article_id = ?", (article_id,)).fetchone()
    except (SearchError, sqlite3.Error):
        return None
    return found[0] if found else None


_HIT_SCHEMA = pa.schema([
    ("rank", pa.int32()), ("score", pa.float64()), ("exact", pa.bool_()), ("title", pa.string()),
    ("source", pa.string()), ("published_at", pa.timestamp("us", tz=TIMEZONE)), ("unit", pa.string()),
    ("url", pa.string()), ("snippet", pa.string()), ("article_id", pa.string()),
    ("version_id", pa.string()), ("cluster_id", pa.string()), ("copies", pa.int32()),
    ("in_attachment", pa.string()),
])


def hits_table(hits: Sequence[Hit]) -> pa.Table:
    """Hits as an Arrow table (``.to_pandas()``, ``.to_pylist()``, ``polars.from_arrow``)."""
    return pa.Table.from_pylist([asdict(h) for h in hits], schema=_HIT_SCHEMA)
