"""Reading the duplicate clusters: how far they lag the archive, the list of clusters, and
one cluster's members. Computing them is archive/dedup.py's work."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pyarrow as pa

from archive.reader import Archive, to_arrow

__all__ = ["cluster_members", "find_cluster", "list_clusters", "pending", "version_cluster"]


def pending(archive: Archive) -> tuple[int, int]:
    """(live versions with text that no cluster holds, versions clustered): what
    ``portal-archive dedup`` has yet to match, and whether it ever ran (0 clustered)."""
    return archive.sql(
        "SELECT (SELECT count(*) FROM article_versions v ANTI JOIN article_clusters c "
        "        ON c.version_id = v.version_id "
        "        WHERE NOT coalesce(v.removed, false) AND v.text IS NOT NULL AND v.text <> ''), "
        "       (SELECT count(*) FROM article_clusters)").fetchall()[0]


def list_clusters(archive: Archive, *, source: str | None = None,
                  since: date | datetime | str | None = None, limit: int = 50) -> pa.Table:
    """Clusters of two or more articles, largest first: id, size, sources, the original's
    day, source and title, and the kinds of match."""
    return to_arrow(archive.sql(
        "SELECT cluster_id, articles, source_count AS sources, "
        "strftime(original_published_at, '%Y-%m-%d') AS published, original_source, "
        "title, array_to_string(matches, ',') AS matches FROM clusters "
        "WHERE articles > 1 AND ($source IS NULL OR list_contains(sources, $source)) "
        "AND ($since IS NULL OR original_published_at >= CAST($since AS TIMESTAMPTZ)) "
        "ORDER BY articles DESC, original_published_at DESC, cluster_id LIMIT $limit",
        {"source": source, "since": str(since) if since is not None else None,
         "limit": int(limit)}))


def find_cluster(archive: Archive, key: str) -> str | None:
    """The cluster holding ``key``: a cluster id, or the version id, article id, URL or
    canonical URL of any member; ``None`` when no clustered article matches."""
    by_id = archive.sql(  # ids first: the clusters alone, no article part read
        "SELECT DISTINCT cluster_id FROM article_clusters WHERE $key IN (cluster_id, version_id, "
        "article_id) ORDER BY 1", {"key": key}).fetchall()
    if by_id:
        return by_id[0][0]
    found = archive.sql(
        "SELECT DISTINCT c.cluster_id FROM article_clusters c "
        "JOIN article_versions v ON v.version_id = c.version_id "
        "WHERE $key IN (c.cluster_id, c.version_id, c.article_id, v.url, v.canonical_url) "
        "ORDER BY 1", {"key": key}).fetchall()
    return found[0][0] if found else None


def version_cluster(archive: Archive, version_id: str) -> tuple[str, int] | None:
    """The cluster of one article version and how many articles it holds (an article's
    several versions count once), read from the clusters file alone; ``None`` when the
    version is in no cluster."""
    # Equalities, each answered from the few row groups that can hold its value (the file is
    # sorted by cluster and has Bloom filters: archive/dedup.py); one query with the count as
    # a subquery scanned every group. A cluster of one version (most) needs no count.
    found = archive.rows("SELECT cluster_id, cluster_size FROM article_clusters "
                         "WHERE version_id = $id LIMIT 1", {"id": version_id})
    if not found:
        return None
    cluster_id, size = found[0]
    if size == 1:
        return cluster_id, 1
    count = archive.rows("SELECT count(DISTINCT article_id) FROM article_clusters "
                         "WHERE cluster_id = $id", {"id": cluster_id})[0][0]
    return cluster_id, int(count)


def cluster_members(archive: Archive, cluster_id: str) -> list[dict[str, Any]]:
    """Every version of a cluster, the original first: match kind and score, source, day,
    title, URL, version id, text, article id and fetch time (an article edited in place can
    have several versions in one cluster)."""
    rel = archive.sql(
        "SELECT c.is_original, c.match, round(c.score, 3) AS score, v.source, "
        "strftime(v.published_at, '%Y-%m-%d %H:%M') AS published, v.title, v.url, "
        "v.version_id, v.text, v.article_id, v.fetched_at FROM article_clusters c "
        "JOIN article_versions v ON v.version_id = c.version_id WHERE c.cluster_id = $id "
        "ORDER BY c.is_original DESC, v.published_at NULLS LAST, v.fetched_at, v.version_id",
        {"id": cluster_id})
    return [dict(zip(rel.columns, row, strict=True)) for row in rel.fetchall()]
