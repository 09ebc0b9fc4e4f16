"""Read and query an archive with DuckDB: views over the published Parquet parts.

Views:
  ``article_versions`` every stored version of every article;
  ``articles``         the latest version of each article (by capture time), with its
                       duplicate cluster (``cluster_id``, ``is_original``);
  ``clusters``         one row per duplicate cluster: its original, sources, size;
  ``article_clusters`` every clustered version: cluster, match kind and score;
  ``runs``             one row per crawl run.
User values travel only as bound parameters (``Archive.sql(query, params)``).
"""

from __future__ import annotations

import glob
import json
import logging
import os
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from archive.schema import ARTICLE_SCHEMA, RUN_SCHEMA, TIMEZONE, schema_problem

__all__ = ["Archive", "QueryError", "open_archive", "replaced_by", "to_arrow"]

logger = logging.getLogger(__name__)


class QueryError(ValueError):
    """A query the read-only query interface refuses (not one SELECT statement)."""


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
        self.con.sql(f"SET TimeZone = '{TIMEZONE}'")
        self.refresh()

    # -- setup --------------------------------------------------------------------------------
    def _parts(self, pattern: str) -> list[str]:
        """Published parts whose footer reads back; a torn or foreign file is reported in
        ``bad_parts`` and left out, so one bad file cannot make every query fail (P8)."""
        good = []
        replaced: set[str] = set()
        for path in sorted(glob.glob(str(self.root / pattern))):
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

    def _bind(self, view: str, pattern: str, schema: pa.Schema) -> None:
        parts = self._parts(pattern)
        # The full schema, empty: the view when there is no part yet, and the source of null
        # columns that every part predates, so queries written for the current schema run.
        self.con.register(f"_empty_{view}", schema.empty_table())
        if parts:
            # union_by_name lets parts written under an older schema version sit beside new ones.
            rel = self.con.read_parquet(parts, union_by_name=True, hive_partitioning=False)
            query = rel.sql_query()
            if any(name not in rel.columns for name in schema.names):
                columns = ", ".join(f'"{name}"' for name in schema.names)
                query = (f"SELECT {columns} FROM ({query} UNION ALL BY NAME "
                         f"SELECT * FROM _empty_{view})")
            self.con.sql(f"CREATE OR REPLACE TEMP VIEW {view} AS {query}")
        else:
            self.con.sql(f"CREATE OR REPLACE TEMP VIEW {view} AS SELECT * FROM _empty_{view}")

    def article_parts(self) -> list[str]:
        """The article parts the views read (readable, not replaced by a compacted part)."""
        return self._parts(ARTICLES_GLOB)

    def refresh(self) -> None:
        """Re-list published parts so the views include what was committed since opening."""
        self.bad_parts = []
        self._bind("article_versions", ARTICLES_GLOB, ARTICLE_SCHEMA)
        self._bind("runs", RUNS_GLOB, RUN_SCHEMA)
        clusters = self.root / CLUSTERS_FILE
        if clusters.exists():
            path = str(clusters).replace("'", "''")
            self.con.sql("CREATE OR REPLACE TEMP VIEW article_clusters AS "
                         f"SELECT * FROM read_parquet('{path}')")
        else:
            self.con.sql(_ARTICLE_CLUSTERS_EMPTY)
        self.con.sql(_ARTICLES_VIEW)
        self.con.sql(_CLUSTERS_VIEW)

    # -- queries ------------------------------------------------------------------------------
    def query(self, query: str, params: Sequence[Any] | dict[str, Any] | None = None):
        """Like :meth:`sql`, but only one read-only statement (SELECT, EXPLAIN): what the
        CLI runs, so a typed command can never write into the archive."""
        statements = self.con.extract_statements(query)
        if len(statements) != 1:
            raise QueryError(f"expected one SQL statement, got {len(statements)}")
        kind = statements[0].type
        if kind not in (duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN):
            raise QueryError(f"only SELECT queries are allowed here, not {kind.name}")
        return self.con.sql(query, params=params)

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
        columns: str = "*",
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
        columns: str = "*",
        unit: str | None = None,
        query: str | None = None,
    ):
        """:meth:`articles` as a DuckDB relation (stream it with ``to_arrow_reader()``)."""
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
