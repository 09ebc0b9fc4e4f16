"""Read and query an archive with DuckDB: views over the published Parquet parts.

Views:
  ``article_versions`` every stored version of every article;
  ``articles``         the latest version of each article (by capture time), with its
                       duplicate cluster (``cluster_id``, ``is_original``);
  ``clusters``         one row per duplicate cluster: its original, sources, size;
  ``article_clusters`` every clustered version: cluster, match kind and score;
  ``attachments``      one row per document the latest version of an article attaches:
                       its capture and the text read from it;
  ``runs``             one row per crawl run.
User values travel only as bound parameters (``Archive.sql(query, params)``).

Two ways in. :meth:`Archive.sql` is for your own code (it runs any SQL, as DuckDB does in your
process). :meth:`Archive.query` is for SQL someone else typed (``portal-archive query``, a web
page): one SELECT, run on a connection of its own that sees the archive's views and nothing
else, no file, no network, no extension, no setting, under a time and a memory limit.
"""

from __future__ import annotations

import glob
import json
import logging
import os
import re
import threading
import time
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from archive.dates import date_bound
from archive.errors import UsageProblem
from archive.names import check_source_name, literal, literal_list
from archive.schema import ARTICLE_SCHEMA, RUN_SCHEMA, TIMEZONE, schema_problem
from archive.views import ARTICLE_CLUSTERS_EMPTY, DERIVED_VIEWS

__all__ = ["Archive", "QueryError", "QueryLimit", "open_archive", "replaced_by", "to_arrow"]

logger = logging.getLogger(__name__)


class QueryError(ValueError, UsageProblem):
    """A query the read-only query interface refuses (not one SELECT statement, or not SQL),
    or stopped at one of its limits (:class:`QueryLimit`)."""


class QueryLimit(QueryError):
    """A query stopped at its time, memory or result-size limit: the statement was sound, so
    a failure (exit status 1), not a usage problem."""

    exit_code = 1


#: Limits on SQL someone else typed (:meth:`Archive.query`): wall-clock seconds, and DuckDB's
#: memory limit (no spilling to disk: a query over it fails instead of filling a disk).
QUERY_TIMEOUT = 60.0
QUERY_MEMORY = "1GB"
#: The largest result :meth:`Archive.query` returns: rows and Arrow bytes (what DuckDB's
#: memory limit does not cover: the result as it leaves DuckDB).
QUERY_MAX_ROWS = 1_000_000
QUERY_MAX_BYTES = 256 * 1024 * 1024
#: Rows per batch read from DuckDB: the most a result can pass its byte limit by.
_BATCH_ROWS = 1024
#: The views the archive defines, in the order they are built.
VIEWS = ("article_versions", "runs", "article_clusters", "articles", "clusters", "attachments")


ARTICLES_GLOB = "articles/*/*.parquet"
#: Version -> cluster (archive/dedup.py); empty until ``portal-archive dedup`` has run.
CLUSTERS_FILE = "dedup/clusters.parquet"
RUNS_GLOB = "runs/*.parquet"


def to_arrow(rel: duckdb.DuckDBPyRelation) -> pa.Table:
    """A DuckDB relation as an Arrow table (``to_arrow_table`` on DuckDB 2, older name before)."""
    method = getattr(rel, "to_arrow_table", None) or rel.fetch_arrow_table
    return method()


def open_archive(path: Path | str = "data") -> Archive:
    """Open the archive at ``path`` for reading (it need not exist yet)."""
    return Archive(path)


class Archive:
    """A read-only view of an archive directory.

    Views are bound to the parts published when the archive was opened (or last
    ``refresh()``ed), so a crawl that publishes new parts meanwhile never disturbs a query.
    """

    def __init__(self, root: Path | str = "data") -> None:
        self.root = Path(root).absolute()  # (a folder named "~" is that folder, not $HOME)
        #: Parts left out of the views because their footer could not be read: (path, reason).
        self.bad_parts: list[tuple[str, str]] = []
        self.con = duckdb.connect()
        self.con.sql(f"SET TimeZone = {literal(TIMEZONE)}")
        # Parts are never rewritten under their name (archive/writer.py), so their footers can
        # be kept between queries: a lookup then reads the few row groups it needs, not every
        # part's footer again (at 100k articles, 27 -> 14 ms for one id).
        self.con.sql("SET parquet_metadata_cache = true")
        self._bound: dict[str, list[str]] = {}
        self._clusters: str | None = None
        self._sandbox: duckdb.DuckDBPyConnection | None = None
        self._query_lock = threading.Lock()
        self.refresh()

    # -- setup --------------------------------------------------------------------------------
    def _parts(self, pattern: str) -> list[str]:
        """Published parts whose footer reads back; a torn or foreign file is reported in
        ``bad_parts`` and left out, so one bad file cannot make every query fail (P8)."""
        good = []
        replaced: set[str] = set()
        # (the archive's own path is no pattern: an 'archive[1]' folder is that folder)
        for path in sorted(glob.glob(os.path.join(glob.escape(str(self.root)), pattern))):
            try:
                replaces = _check_footer(path, pattern.split("/", 1)[0])
            except (OSError, ValueError, pa.ArrowException) as exc:
                self.bad_parts.append((path, str(exc).splitlines()[0]))
                logger.warning("left out unreadable part %s: %s", path, exc)
                continue
            good.append(path)
            folder = os.path.dirname(path)
            replaced.update(os.path.join(folder, name) for name in replaces)
        # A compacted part names the parts it replaces: from the instant it is published they
        # are out of every view, even if a crash left them on disk.
        return [p for p in good if p not in replaced]

    def _readable_clusters(self) -> str | None:
        """The clusters file when it reads back as one (else ``None``, with the reason in
        ``bad_parts``): a damaged derived file leaves the archive readable, unclustered."""
        from archive.dedup import clusters_readable

        path = self.root / CLUSTERS_FILE
        if not path.exists():
            return None
        if reason := clusters_readable(self.root):
            self.bad_parts.append((str(path), reason))
            logger.warning("left out unreadable %s: %s", path, reason)
            return None
        return str(path)

    def article_parts(self) -> list[str]:
        """The article parts the views read (readable, not replaced by a compacted part)."""
        return self._parts(ARTICLES_GLOB)

    def versions_of(self, source: str, article_ids: Sequence[str]) -> list[dict[str, Any]]:
        """Every stored version of these articles of ``source``, oldest first, read from that
        source's parts alone (a lookup then opens its few files, not every part)."""
        # (the folder is the source's name, or source=<name> in archives begun before that)
        folders = {check_source_name(source), f"source={source}"}
        parts = [p for p in self._bound["article_versions"]
                 if os.path.basename(os.path.dirname(p)) in folders]
        ids = list(article_ids)
        # one id as an equality, which the parts' Bloom filters answer without decoding groups
        match = "article_id = $id" if len(ids) == 1 else "list_contains($ids, article_id)"
        return self.records(
            f"SELECT * FROM {_parts_query(self.con, parts, 'article_versions')} "
            f"WHERE source = $source AND {match} ORDER BY fetched_at, extracted_at NULLS FIRST",
            {"source": source, **({"id": ids[0]} if len(ids) == 1 else {"ids": ids})})

    def refresh(self) -> None:
        """Re-list published parts so the views include what was committed since opening."""
        self.bad_parts = []
        self._bound = {"article_versions": self._parts(ARTICLES_GLOB), "runs": self._parts(RUNS_GLOB)}
        self._clusters = self._readable_clusters()
        _define_views(self.con, self._bound, self._clusters)
        if self._sandbox is not None:  # bound to the old parts: made again when next asked
            self._sandbox.close()
            self._sandbox = None

    _closed = False

    def _query_connection(self) -> duckdb.DuckDBPyConnection:
        """The connection :meth:`query` runs on: the same views, and nothing else. Files are
        read only through the views (DuckDB's ``allowed_paths``: exactly the parts they were
        built on); then external access, extension loading and every setting are locked."""
        if self._closed:
            raise QueryError("the archive is closed")
        if self._sandbox is None:
            con = duckdb.connect(config={
                "autoinstall_known_extensions": False, "autoload_known_extensions": False,
                "memory_limit": QUERY_MEMORY, "temp_directory": ""})
            try:
                con.sql(f"SET TimeZone = {literal(TIMEZONE)}")
                _define_views(con, self._bound, self._clusters)
                files = [p for parts in self._bound.values() for p in parts]
                if self._clusters:
                    files.append(self._clusters)
                con.sql(f"SET allowed_paths = {literal_list(os.path.abspath(p) for p in files)}")
                con.sql("SET enable_external_access = false")
                con.sql("SET lock_configuration = true")
            except BaseException:
                con.close()
                raise
            self._sandbox = con
        return self._sandbox

    # -- queries ------------------------------------------------------------------------------
    def query(self, query: str, params: Sequence[Any] | dict[str, Any] | None = None, *,
              timeout: float = QUERY_TIMEOUT, max_rows: int = QUERY_MAX_ROWS,
              max_bytes: int = QUERY_MAX_BYTES) -> pa.Table:
        """Run SQL someone else wrote (``portal-archive query``, a web page) and return its
        result as Arrow: one SELECT (or a plain ``EXPLAIN`` of one) over the views, on a
        connection that reads no other file, reaches no network, loads no extension and
        changes no setting. It stops (:class:`QueryLimit`) after ``timeout`` seconds, over
        ``QUERY_MEMORY`` in DuckDB, or when its result passes ``max_rows`` rows or
        ``max_bytes`` bytes (read in small batches, so a huge result is never held whole).
        Raises :class:`QueryError` for anything but one read statement; values belong in
        ``params``. Threads share an ``Archive``: their queries run one after another."""
        with self._query_lock:  # one query at a time on the connection (threads wait)
            con = self._query_connection()
            _check_read_only(con, query)
            deadline = time.monotonic() + timeout
            timer = threading.Timer(timeout, con.interrupt)
            timer.daemon = True
            timer.start()
            try:
                return _capped_result(con.sql(query, params=params), deadline, timeout,
                                      max_rows, max_bytes)
            except duckdb.InterruptException as exc:
                raise QueryLimit(f"query stopped after {timeout:g} s (the time limit)") from exc
            except duckdb.OutOfMemoryException as exc:
                raise QueryLimit(f"query stopped: it needs more than {QUERY_MEMORY} of memory "
                                 "(the memory limit)") from exc
            finally:
                timer.cancel()

    def sql(self, query: str,
            params: Sequence[Any] | dict[str, Any] | None = None) -> duckdb.DuckDBPyRelation:
        """Run any SQL over the views; returns a DuckDB relation (``fetchall()``, ``.df()``
        with pandas installed, …). Values belong in ``params``, never in the string."""
        return self.con.sql(query, params=params)

    def rows(self, query: str,
             params: Sequence[Any] | dict[str, Any] | None = None) -> list[tuple[Any, ...]]:
        """:meth:`sql`'s rows as tuples, run once (a relation binds the query, then runs it
        again to fetch: twice the cost of a quick lookup)."""
        return self.con.execute(query, params).fetchall()

    def records(self, query: str,
                params: Sequence[Any] | dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """:meth:`rows` as dicts by column name."""
        cursor = self.con.execute(query, params)
        names = [d[0] for d in cursor.description or ()]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def articles(
        self,
        *,
        source: str | None = None,
        since: date | datetime | str | None = None,
        until: date | datetime | str | None = None,
        limit: int | None = None,
        columns: str | Sequence[str] = "*",
        unit: str | None = None,
        query: str | None = None,
    ) -> pa.Table:
        """Latest article versions filtered like ``portal-archive search``/``export``, as Arrow:
        ``source``, publication date (``since`` inclusive, ``until`` exclusive), ``unit``
        (case and diacritics ignored) and a full-text ``query`` (every matching article, best
        first, with its ``score``; needs the search index)."""
        return to_arrow(self.select_articles(source=source, since=since, until=until, limit=limit,
                                             columns=columns, unit=unit, query=query))

    def select_articles(
        self,
        *,
        source: str | None = None,
        since: date | datetime | str | None = None,
        until: date | datetime | str | None = None,
        limit: int | None = None,
        columns: str | Sequence[str] = "*",
        unit: str | None = None,
        query: str | None = None,
    ) -> duckdb.DuckDBPyRelation:
        """:meth:`articles` as a DuckDB relation (stream it with ``to_arrow_reader()``).
        ``columns``: ``"*"``, or column names of ``articles`` (a list, or one string with
        commas between them); anything else is refused (:class:`QueryError`)."""
        columns = self._column_list(columns)
        try:
            since, until = date_bound(since), date_bound(until)
        except ValueError as exc:
            raise QueryError(str(exc)) from None
        if limit is not None and (not isinstance(limit, int) or limit < 0):
            raise QueryError(f"limit must be a whole number >= 0, not {limit!r}")
        where: list[str] = []
        params: list[Any] = []
        if source:
            where.append("source = ?")
            params.append(source)
        if since:
            where.append("published_at >= CAST(? AS TIMESTAMPTZ)")
            params.append(str(since))
        if until:
            where.append("published_at < CAST(? AS TIMESTAMPTZ)")
            params.append(str(until))
        if unit:
            from archive.search import fold

            # archive.search.fold in SQL: strip_accents folds every Vietnamese mark but đ.
            where.append("replace(strip_accents(lower(trim(unit))), 'đ', 'd') = ?")
            params.append(fold(unit).strip())
        where_sql = " WHERE " + " AND ".join(where) if where else ""
        if not query:
            select = (f"SELECT {columns} FROM articles{where_sql} "
                      "ORDER BY published_at DESC NULLS LAST, article_id")
            if limit is not None:
                select += " LIMIT ?"
                params.append(int(limit))
            return self.con.sql(select, params=params)
        from archive.search import matching_versions

        matches = matching_versions(self.root, query, source=source, unit=unit, since=since, until=until)
        # Joined as a relation over the Arrow table, not through a name registered on the
        # connection: the relation returned is lazy, so a registered name could never be
        # dropped here and one would pile up per call.
        found = self.con.from_arrow(matches.rename_columns(["_match_version", "score"]))
        chosen = self.con.sql(f"SELECT {columns}, version_id AS _match_key, article_id AS _match_order "
                              f"FROM articles{where_sql}", params=params)
        rel = chosen.join(found, "_match_key = _match_version").order("score DESC, _match_order")
        if limit is not None:
            rel = rel.limit(int(limit))
        return rel.project("* EXCLUDE (_match_key, _match_order, _match_version)")

    def _column_list(self, columns: str | Sequence[str]) -> str:
        """``columns`` as SQL: ``*``, or each name checked against the ``articles`` view and
        quoted. A name is never SQL text: "title FROM articles; COPY …" is no column."""
        if isinstance(columns, str):
            if columns.strip() == "*":
                return "*"
            columns = columns.split(",")
        names = [c.strip() if isinstance(c, str) else c for c in columns]
        known = self.con.sql("SELECT * FROM articles LIMIT 0").columns
        unknown = [n for n in names if n not in known]
        if unknown or not names:
            raise QueryError(f"unknown column {unknown[0]!r} (articles has: {', '.join(known)})"
                             if unknown else "no column asked for")
        return ", ".join('"' + n + '"' for n in names)

    def search(
        self,
        query: str,
        *,
        source: str | None = None,
        unit: str | None = None,
        since: date | datetime | str | None = None,
        until: date | datetime | str | None = None,
        limit: int = 20,
        all_copies: bool = False,
    ) -> pa.Table:
        """Ranked full-text hits (``archive/search/``; the index must exist: ``portal-archive
        index``) as Arrow: rank, score, exact, title, source, published_at, unit, url,
        snippet (matches in ``<mark>``), article_id, version_id, cluster_id, copies."""
        from archive.search import hits_table, search

        return hits_table(search(self.root, query, source=source, unit=unit, since=since,
                                 until=until, limit=limit, all_copies=all_copies))

    def arrow(self, query: str, params: Sequence[Any] | dict[str, Any] | None = None) -> pa.Table:
        """:meth:`sql` fetched as an Arrow table."""
        return to_arrow(self.con.sql(query, params=params))

    def df(self, query: str, params: Sequence[Any] | dict[str, Any] | None = None) -> Any:
        """:meth:`sql` fetched as a pandas DataFrame (pandas must be installed)."""
        return self.con.sql(query, params=params).df()

    def latest_state(self, source: str, article_ids: list[str] | None = None
                     ) -> dict[str, tuple[str, bool]]:
        """``article_id -> (version_id, removed)`` of each article's newest row for ``source``
        (only of ``article_ids`` when given): a capture is stored only when it differs from
        this."""
        rows = self.con.sql(
            "SELECT article_id, version_id, coalesce(removed, false) FROM article_versions "
            "WHERE source = $source AND ($ids IS NULL OR list_contains($ids, article_id)) "
            "QUALIFY row_number() OVER (PARTITION BY article_id "
            "ORDER BY fetched_at DESC, extracted_at DESC NULLS LAST, version_id DESC) = 1",
            params={"source": source, "ids": article_ids},
        ).fetchall()
        return {aid: (vid, removed) for aid, vid, removed in rows}

    def sources(self) -> list[str]:
        """The sources the archive holds rows of, by name."""
        return [s for (s,) in self.con.sql(
            "SELECT DISTINCT source FROM article_versions ORDER BY 1").fetchall()]

    def last_runs(self) -> dict[str, dict[str, Any]]:
        """Per source, its latest run: ``started_at``, ``finish_reason``, ``articles_new``."""
        rel = self.con.sql(
            "SELECT source, max(started_at) AS started_at, "
            "arg_max(finish_reason, started_at) AS finish_reason, "
            "arg_max(articles_new, started_at) AS articles_new FROM runs GROUP BY source")
        return {row[0]: dict(zip(rel.columns[1:], row[1:], strict=True)) for row in rel.fetchall()}

    def has_captures(self, source: str) -> bool:
        """Whether any latest article version of ``source`` points at a stored capture."""
        return bool(self.con.sql(
            "SELECT 1 FROM articles WHERE source = $source AND warc_file IS NOT NULL LIMIT 1",
            params={"source": source}).fetchall())

    def runs(self, source: str | None = None, limit: int | None = None) -> pa.Table:
        """Crawl runs, newest first (without the raw ``stats_json``): one row per run, the
        rows of a run several workers shared merged (``workers``: how many; archive/shared_runs.py)."""
        from archive.shared_runs import merge_shared_runs

        # Only the rows of the newest ``limit`` runs are read (a shared run's rows are one run).
        rel = self.con.sql(
            "WITH r AS (SELECT *, coalesce(try(json_extract_string(stats_json, '$.\"frontier/run\"')), "
            "run_id) AS _run FROM runs WHERE ($source IS NULL OR source = $source)), "
            "g AS (SELECT source, _run FROM r GROUP BY ALL ORDER BY min(started_at) DESC "
            "LIMIT $limit) "
            "SELECT * EXCLUDE (_run) FROM r SEMI JOIN g USING (source, _run) ORDER BY started_at",
            params={"source": source, "limit": None if limit is None else max(0, int(limit))})
        table = to_arrow(rel)
        rows = merge_shared_runs(table.to_pylist())
        rows.sort(key=lambda r: r["started_at"], reverse=True)
        fields = [f for f in table.schema if f.name != "stats_json"]
        schema = pa.schema([*fields, pa.field("workers", pa.int64())])
        return pa.Table.from_pylist([{f.name: r.get(f.name) for f in schema} for r in rows],
                                    schema=schema)

    def per_source(self) -> list[dict[str, Any]]:
        """Per source: its article count and first and last publication day."""
        rel = self.con.sql(
            "SELECT source, count(*) AS articles, "
            "strftime(min(published_at), '%Y-%m-%d') AS first_published, "
            "strftime(max(published_at), '%Y-%m-%d') AS last_published "
            "FROM articles GROUP BY source ORDER BY source")
        return [dict(zip(rel.columns, r, strict=True)) for r in rel.fetchall()]

    def latest(self, n: int = 3) -> list[dict[str, Any]]:
        """The ``n`` latest articles by publication: day (and time, when the page gave one),
        source, unit, title, text."""
        rel = self.con.sql(
            "SELECT CASE WHEN date_precision = 'day' THEN strftime(published_at, '%Y-%m-%d') "
            "ELSE strftime(published_at, '%Y-%m-%d %H:%M') END AS published, source, unit, "
            "title, text FROM articles ORDER BY published_at DESC NULLS LAST, article_id "
            "LIMIT $n", params={"n": int(n)})
        return [dict(zip(rel.columns, r, strict=True)) for r in rel.fetchall()]

    def count(self, view: str = "articles") -> int:
        if view not in VIEWS:
            raise ValueError(f"unknown view {view!r}")
        return self.con.sql(f"SELECT count(*) FROM {view}").fetchall()[0][0]

    def close(self) -> None:
        with self._query_lock:
            if self._sandbox is not None:
                self._sandbox.close()
                self._sandbox = None
        self.con.close()
        self._closed = True

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _capped_result(rel: duckdb.DuckDBPyRelation, deadline: float, timeout: float,
                   max_rows: int, max_bytes: int) -> pa.Table:
    """``rel`` read batch by batch into one Arrow table, stopped past the deadline or a size
    limit: DuckDB's own limits end where its result is handed over."""
    reader = rel.to_arrow_reader(_BATCH_ROWS) if hasattr(rel, "to_arrow_reader") \
        else rel.fetch_record_batch(_BATCH_ROWS)
    batches, rows, size = [], 0, 0
    for batch in reader:
        rows += batch.num_rows
        size += batch.nbytes
        if rows > max_rows or size > max_bytes:
            what = f"{max_rows:,} rows" if rows > max_rows else f"{max_bytes // 2**20} MB"
            raise QueryLimit(f"query stopped: its result is over {what} (the size limit); "
                             "add a LIMIT, or aggregate")
        if time.monotonic() > deadline:
            raise QueryLimit(f"query stopped after {timeout:g} s (the time limit)")
        batches.append(batch)
    return pa.Table.from_batches(batches, schema=reader.schema)


def _parts_query(con: duckdb.DuckDBPyConnection, parts: list[str], view: str) -> str:
    """A FROM item reading ``parts`` as rows of ``view`` (every column of its schema, in
    order): the scan itself when every part has them all (a ``SELECT *`` around it costs a
    lookup as much again), else the parts with the missing columns as nulls."""
    if not parts:
        return f"_empty_{view}"
    schema = ARTICLE_SCHEMA if view == "article_versions" else RUN_SCHEMA
    # union_by_name lets parts written under an older schema version sit beside new ones.
    scan = (f"read_parquet({literal_list(parts)}, union_by_name = true, "
            "hive_partitioning = false)")
    columns_of = con.sql(f"SELECT * FROM {scan} LIMIT 0").columns
    if all(name in columns_of for name in schema.names):
        return scan
    columns = ", ".join(f'"{name}"' for name in schema.names)
    return f"(SELECT {columns} FROM (SELECT * FROM {scan} UNION ALL BY NAME SELECT * FROM _empty_{view}))"


def _define_views(con: duckdb.DuckDBPyConnection, bound: dict[str, list[str]],
                  clusters: str | None) -> None:
    """The archive's views on ``con``, over the given parts (``bound``: view -> part files)
    and clusters file."""
    for view, schema in (("article_versions", ARTICLE_SCHEMA), ("runs", RUN_SCHEMA)):
        # The full schema, empty: the view when there is no part yet, and the source of null
        # columns that every part predates, so queries written for the current schema run.
        con.register(f"_empty_{view}", schema.empty_table())
        con.sql(f"CREATE OR REPLACE TEMP VIEW {view} AS SELECT * FROM {_parts_query(con, bound[view], view)}")
    if clusters:
        con.sql("CREATE OR REPLACE TEMP VIEW article_clusters AS "
                f"SELECT * FROM read_parquet({literal(clusters)})")
    else:
        con.sql(ARTICLE_CLUSTERS_EMPTY)
    for sql in DERIVED_VIEWS:
        con.sql(sql)


#: What may open a statement before its first keyword: blanks and comments.
_LEADING_NOISE_RE = re.compile(r"(?:\s+|--[^\n]*(?:\n|$)|/\*.*?\*/)*", re.S)


def _check_read_only(con: duckdb.DuckDBPyConnection, query: str) -> None:
    """Raise :class:`QueryError` unless ``query`` is one SELECT, or a plain ``EXPLAIN`` of one
    (``EXPLAIN ANALYZE`` runs its statement, whatever that is). Parsed by DuckDB, not matched
    by prefix."""
    try:
        statements = con.extract_statements(query)
    except duckdb.Error as exc:
        raise QueryError(str(exc).splitlines()[0]) from exc
    if len(statements) != 1:
        raise QueryError(f"expected one SQL statement, got {len(statements)}")
    kind = statements[0].type
    if kind == duckdb.StatementType.EXPLAIN:
        text = statements[0].query
        noise = _LEADING_NOISE_RE.match(text)  # matches, if only the empty string
        rest = text[noise.end():] if noise else text
        m = re.match(r"explain\s+(?!analy[sz]e\b)", rest, re.I)
        try:
            inner = con.extract_statements(rest[m.end():]) if m else []
        except duckdb.Error:
            inner = []
        if len(inner) != 1 or inner[0].type != duckdb.StatementType.SELECT:
            raise QueryError("only SELECT queries are allowed here, and EXPLAIN of one "
                             "(not EXPLAIN ANALYZE)")
    elif kind == duckdb.StatementType.MULTI:  # a PIVOT whose values DuckDB must look up first
        raise QueryError("only one SELECT is allowed here, and this PIVOT runs several "
                         "statements: list its values (PIVOT … ON col IN ('a', 'b') …)")
    elif kind != duckdb.StatementType.SELECT:
        raise QueryError(f"only SELECT queries are allowed here, not {kind.name}")


_FOOTERS_OK: dict[tuple[str, int, float], tuple[str, ...]] = {}
REPLACES_KEY = b"portal_archive.replaces"


def replaced_by(path: str) -> tuple[str, ...]:
    """Names of the parts a compacted article part replaces (empty for an ordinary part)."""
    return _check_footer(path, "articles")


def _check_footer(path: str, table: str) -> tuple[str, ...]:
    """Read a part's footer and check its schema (raises on a torn, empty or foreign file);
    return the names of the parts it replaces, if it is a compacted part."""
    st = os.stat(path)
    key = (path, st.st_size, st.st_mtime)
    if key not in _FOOTERS_OK:
        footer = pq.read_metadata(path)
        if problem := schema_problem(footer.schema.to_arrow_schema(), table):
            raise ValueError(f"not a part of the {table} table: {problem}")
        raw = (footer.metadata or {}).get(REPLACES_KEY)
        _FOOTERS_OK[key] = tuple(json.loads(raw)) if raw else ()
    return _FOOTERS_OK[key]
