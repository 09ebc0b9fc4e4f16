"""Read and query an archive with DuckDB: views over the published Parquet parts.

Views:
  ``article_versions`` every stored version of every article;
  ``articles``         the latest version of each article (by capture time), with its
                       duplicate cluster (``cluster_id``, ``is_original``);
  ``clusters``         one row per duplicate cluster: its original, sources, size;
  ``article_clusters`` every clustered version: cluster, match kind and score;
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
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from archive.names import literal, literal_list
from archive.schema import ARTICLE_SCHEMA, RUN_SCHEMA, TIMEZONE, schema_problem

__all__ = ["Archive", "QueryError", "open_archive", "replaced_by", "to_arrow"]

logger = logging.getLogger(__name__)


class QueryError(ValueError):
    """A query the read-only query interface refuses (not one SELECT statement), or stopped
    (over its time or memory limit)."""


#: Limits on SQL someone else typed (:meth:`Archive.query`): wall-clock seconds, and DuckDB's
#: memory limit (no spilling to disk: a query over it fails instead of filling a disk).
QUERY_TIMEOUT = 60.0
QUERY_MEMORY = "1GB"
#: The views the archive defines, in the order they are built.
VIEWS = ("article_versions", "runs", "article_clusters", "articles", "clusters")


ARTICLES_GLOB = "articles/*/*.parquet"
#: Latest live version of each article; ``removed_at`` when a later re-check found it gone.
_ARTICLES_VIEW = """
CREATE OR REPLACE TEMP VIEW articles AS
WITH live AS (
    SELECT * FROM article_versions WHERE NOT coalesce(removed, false)
    QUALIFY row_number() OVER (PARTITION BY article_id
        ORDER BY fetched_at DESC, extracted_at DESC NULLS LAST, version_id DESC) = 1
), gone AS (
    SELECT article_id AS gone_id, max(fetched_at) AS gone_at FROM article_versions
    WHERE coalesce(removed, false) GROUP BY article_id
)
SELECT live.* EXCLUDE (removed),
       CASE WHEN gone.gone_at > live.fetched_at THEN gone.gone_at END AS removed_at,
       ac.cluster_id, ac.is_original
FROM live LEFT JOIN gone ON gone.gone_id = live.article_id
LEFT JOIN article_clusters ac ON ac.version_id = live.version_id
"""
CLUSTERS_FILE = "dedup/clusters.parquet"
#: Version -> cluster (archive/dedup.py); empty until ``portal-archive dedup`` has run.
_ARTICLE_CLUSTERS_EMPTY = """
CREATE OR REPLACE TEMP VIEW article_clusters AS
SELECT NULL::VARCHAR AS version_id, NULL::VARCHAR AS article_id, NULL::VARCHAR AS source,
       NULL::VARCHAR AS cluster_id, NULL::BOOLEAN AS is_original,
       NULL::VARCHAR AS original_article_id, NULL::VARCHAR AS original_source,
       NULL::VARCHAR AS match, NULL::DOUBLE AS score, NULL::BIGINT AS cluster_size,
       NULL::INTEGER AS dedup_version
WHERE false
"""
#: One row per cluster: its original (title, source, url, date), size and sources.
_CLUSTERS_VIEW = """
CREATE OR REPLACE TEMP VIEW clusters AS
WITH members AS (
    SELECT cluster_id, count(*) AS versions, count(DISTINCT article_id) AS articles,
           count(DISTINCT source) AS source_count, list(DISTINCT source ORDER BY source) AS sources,
           list(DISTINCT match ORDER BY match) FILTER (WHERE match IS NOT NULL) AS matches
    FROM article_clusters GROUP BY cluster_id
)
SELECT m.cluster_id, m.articles, m.versions, m.source_count, m.sources, m.matches,
       o.source AS original_source, o.article_id AS original_article_id,
       o.title, o.url AS original_url, o.published_at AS original_published_at
FROM members m LEFT JOIN article_versions o ON o.version_id = m.cluster_id
"""
RUNS_GLOB = "runs/*.parquet"


def to_arrow(rel) -> pa.Table:
    """A DuckDB relation as an Arrow table (``to_arrow_table`` on DuckDB 2, older name before)."""
    method = getattr(rel, "to_arrow_table", None) or rel.fetch_arrow_table
    return method()


def open_archive(path: Path | str = "archive") -> Archive:
    """Open the archive at ``path`` for reading (it need not exist yet)."""
    return Archive(path)


class Archive:
    """A read-only view of an archive directory.

    Views are bound to the parts published when the archive was opened (or last
    ``refresh()``ed), so a crawl that publishes new parts meanwhile never disturbs a query.
    """

    def __init__(self, root: Path | str = "archive") -> None:
        self.root = Path(root)
        #: Parts left out of the views because their footer could not be read: (path, reason).
        self.bad_parts: list[tuple[str, str]] = []
        self.con = duckdb.connect()
        self.con.sql(f"SET TimeZone = {literal(TIMEZONE)}")
        self._bound: dict[str, list[str]] = {}
        self._clusters: str | None = None
        self._sandbox: duckdb.DuckDBPyConnection | None = None
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

    def refresh(self) -> None:
        """Re-list published parts so the views include what was committed since opening."""
        self.bad_parts = []
        self._bound = {"article_versions": self._parts(ARTICLES_GLOB), "runs": self._parts(RUNS_GLOB)}
        self._clusters = self._readable_clusters()
        _define_views(self.con, self._bound, self._clusters)
        if self._sandbox is not None:  # bound to the old parts: made again when next asked
            self._sandbox.close()
            self._sandbox = None

    def _query_connection(self) -> duckdb.DuckDBPyConnection:
        """The connection :meth:`query` runs on: the same views, and nothing else. Files are
        read only through the views (DuckDB's ``allowed_paths``: exactly the parts they were
        built on); then external access, extension loading and every setting are locked."""
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
              timeout: float = QUERY_TIMEOUT) -> pa.Table:
        """Run SQL someone else wrote (``portal-archive query``, a web page) and return its
        result as Arrow: one SELECT (or a plain ``EXPLAIN`` of one) over the views, on a
        connection that reads no other file, reaches no network, loads no extension and
        changes no setting, stopped after ``timeout`` seconds or over ``QUERY_MEMORY``.
        Raises :class:`QueryError` for anything else; values belong in ``params``."""
        con = self._query_connection()
        _check_read_only(con, query)
        timer = threading.Timer(timeout, con.interrupt)
        timer.daemon = True
        timer.start()
        try:
            return to_arrow(con.sql(query, params=params))
        except duckdb.InterruptException as exc:
            raise QueryError(f"query stopped after {timeout:g} s (the time limit)") from exc
        except duckdb.OutOfMemoryException as exc:
            raise QueryError(f"query stopped: it needs more than {QUERY_MEMORY} of memory "
                             "(the memory limit)") from exc
        finally:
            timer.cancel()

    def sql(self, query: str, params: Sequence[Any] | dict[str, Any] | None = None):
        """Run any SQL over the views; returns a DuckDB relation (``fetchall()``, ``.df()``
        with pandas installed, …). Values belong in ``params``, never in the string."""
        return self.con.sql(query, params=params)

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
    ):
        """:meth:`articles` as a DuckDB relation (stream it with ``to_arrow_reader()``).
        ``columns``: ``"*"``, or column names of ``articles`` (a list, or one string with
        commas between them); anything else is refused (:class:`QueryError`)."""
        columns = self._column_list(columns)
        where, params = [], []
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
        """Ranked full-text hits (``archive/search.py``; the index must exist: ``portal-archive
        index``) as Arrow: rank, score, exact, title, source, published_at, unit, url,
        snippet (matches in ``<mark>``), article_id, version_id, cluster_id, copies."""
        from archive.search import hits_table, search

        return hits_table(search(self.root, query, source=source, unit=unit, since=since,
                                 until=until, limit=limit, all_copies=all_copies))

    def arrow(self, query: str, params: Sequence[Any] | dict[str, Any] | None = None) -> pa.Table:
        """:meth:`sql` fetched as an Arrow table."""
        return to_arrow(self.con.sql(query, params=params))

    def df(self, query: str, params: Sequence[Any] | dict[str, Any] | None = None):
        """:meth:`sql` fetched as a pandas DataFrame (pandas must be installed)."""
        return self.con.sql(query, params=params).df()

    def latest_state(self, source: str) -> dict[str, tuple[str, bool]]:
        """``article_id -> (version_id, removed)`` of each article's newest row for ``source``:
        a capture is stored only when it differs from this."""
        rows = self.con.sql(
            "SELECT article_id, version_id, coalesce(removed, false) FROM article_versions "
            "WHERE source = ? QUALIFY row_number() OVER (PARTITION BY article_id "
            "ORDER BY fetched_at DESC, extracted_at DESC NULLS LAST, version_id DESC) = 1",
            params=[source],
        ).fetchall()
        return {aid: (vid, removed) for aid, vid, removed in rows}

    def count(self, view: str = "articles") -> int:
        if view not in {"articles", "article_versions", "runs", "clusters", "article_clusters"}:
            raise ValueError(f"unknown view {view!r}")
        return self.con.sql(f"SELECT count(*) FROM {view}").fetchall()[0][0]

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _define_views(con: duckdb.DuckDBPyConnection, bound: dict[str, list[str]],
                  clusters: str | None) -> None:
    """The archive's views on ``con``, over the given parts (``bound``: view -> part files)
    and clusters file."""
    for view, schema in (("article_versions", ARTICLE_SCHEMA), ("runs", RUN_SCHEMA)):
        parts = bound[view]
        # The full schema, empty: the view when there is no part yet, and the source of null
        # columns that every part predates, so queries written for the current schema run.
        con.register(f"_empty_{view}", schema.empty_table())
        if parts:
            # union_by_name lets parts written under an older schema version sit beside new ones.
            rel = con.read_parquet(parts, union_by_name=True, hive_partitioning=False)
            query = rel.sql_query()
            if any(name not in rel.columns for name in schema.names):
                columns = ", ".join(f'"{name}"' for name in schema.names)
                query = (f"SELECT {columns} FROM ({query} UNION ALL BY NAME "
                         f"SELECT * FROM _empty_{view})")
            con.sql(f"CREATE OR REPLACE TEMP VIEW {view} AS {query}")
        else:
            con.sql(f"CREATE OR REPLACE TEMP VIEW {view} AS SELECT * FROM _empty_{view}")
    if clusters:
        con.sql("CREATE OR REPLACE TEMP VIEW article_clusters AS "
                f"SELECT * FROM read_parquet({literal(clusters)})")
    else:
        con.sql(_ARTICLE_CLUSTERS_EMPTY)
    con.sql(_ARTICLES_VIEW)
    con.sql(_CLUSTERS_VIEW)


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
        rest = text[_LEADING_NOISE_RE.match(text).end():]
        m = re.match(r"explain\s+(?!analy[sz]e\b)", rest, re.I)
        try:
            inner = con.extract_statements(rest[m.end():]) if m else []
        except duckdb.Error:
            inner = []
        if len(inner) != 1 or inner[0].type != duckdb.StatementType.SELECT:
            raise QueryError("only SELECT queries are allowed here, and EXPLAIN of one "
                             "(not EXPLAIN ANALYZE)")
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
