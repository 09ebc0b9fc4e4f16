"""Read and query an archive with DuckDB: views over the published Parquet parts.

Views:
  ``article_versions`` every stored version of every article;
  ``articles``         the latest version of each article (by capture time);
  ``runs``             one row per crawl run.
User values travel only as bound parameters (``Archive.sql(query, params)``).
"""

from __future__ import annotations

import glob
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from archive.schema import ARTICLE_SCHEMA, RUN_SCHEMA, TIMEZONE

__all__ = ["Archive", "open_archive", "to_arrow"]

ARTICLES_GLOB = "articles/*/*.parquet"
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
        self.con = duckdb.connect()
        self.con.sql(f"SET TimeZone = '{TIMEZONE}'")
        self.refresh()

    # -- setup --------------------------------------------------------------------------------
    def _parts(self, pattern: str) -> list[str]:
        return sorted(glob.glob(str(self.root / pattern)))

    def _bind(self, view: str, pattern: str, schema: pa.Schema) -> None:
        parts = self._parts(pattern)
        if parts:
            # union_by_name lets parts written under an older schema version sit beside new ones.
            rel = self.con.read_parquet(parts, union_by_name=True, hive_partitioning=False)
            self.con.sql(f"CREATE OR REPLACE TEMP VIEW {view} AS {rel.sql_query()}")
        else:
            # No part yet: an empty view with the full schema, so queries still type-check.
            self.con.register(f"_empty_{view}", schema.empty_table())
            self.con.sql(f"CREATE OR REPLACE TEMP VIEW {view} AS SELECT * FROM _empty_{view}")

    def refresh(self) -> None:
        """Re-list published parts so the views include what was committed since opening."""
        self._bind("article_versions", ARTICLES_GLOB, ARTICLE_SCHEMA)
        self._bind("runs", RUNS_GLOB, RUN_SCHEMA)
        self.con.sql(
            "CREATE OR REPLACE TEMP VIEW articles AS SELECT * FROM article_versions "
            "QUALIFY row_number() OVER (PARTITION BY article_id "
            "ORDER BY fetched_at DESC, version_id DESC) = 1"
        )

    # -- queries ------------------------------------------------------------------------------
    def sql(self, query: str, params: Sequence[Any] | dict[str, Any] | None = None):
        """Run SQL over the views; returns a DuckDB relation (``.arrow()``, ``.df()``, …)."""
        return self.con.sql(query, params=params)

    def articles(
        self,
        *,
        source: str | None = None,
        since: date | datetime | str | None = None,
        until: date | datetime | str | None = None,
        limit: int | None = None,
        columns: str = "*",
    ) -> pa.Table:
        """Latest article versions filtered by source and publication date, as Arrow."""
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
        query = f"SELECT {columns} FROM articles"
        if where:
            query += " WHERE " + " AND ".join(where)
        query += " ORDER BY published_at DESC NULLS LAST, article_id"
        if limit is not None:
            query += " LIMIT ?"
            params.append(int(limit))
        return to_arrow(self.con.sql(query, params=params))

    def known_versions(self, source: str) -> set[str]:
        """Version ids already stored for ``source`` (to skip unchanged re-captures)."""
        rows = self.con.sql(
            "SELECT DISTINCT version_id FROM article_versions WHERE source = ?", params=[source]
        ).fetchall()
        return {r[0] for r in rows}

    def count(self, view: str = "articles") -> int:
        if view not in {"articles", "article_versions", "runs"}:
            raise ValueError(f"unknown view {view!r}")
        return self.con.sql(f"SELECT count(*) FROM {view}").fetchall()[0][0]

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
