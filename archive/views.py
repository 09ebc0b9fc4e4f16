"""The archive's views over the ``article_versions`` and ``runs`` scans (archive/reader.py binds
those to the published parts): the SQL of each, in the order they are built."""

from __future__ import annotations

__all__ = ["ARTICLE_CLUSTERS_EMPTY", "DERIVED_VIEWS"]

#: Latest live version of each article; ``removed_at`` when a later re-check found it gone.
ARTICLES_VIEW = """
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

#: ``article_clusters`` before ``portal-archive dedup`` has run: no row, the file's columns.
ARTICLE_CLUSTERS_EMPTY = """
CREATE OR REPLACE TEMP VIEW article_clusters AS
SELECT NULL::VARCHAR AS version_id, NULL::VARCHAR AS article_id, NULL::VARCHAR AS source,
       NULL::VARCHAR AS cluster_id, NULL::BOOLEAN AS is_original,
       NULL::VARCHAR AS original_article_id, NULL::VARCHAR AS original_source,
       NULL::VARCHAR AS match, NULL::DOUBLE AS score, NULL::BIGINT AS cluster_size,
       NULL::INTEGER AS dedup_version
WHERE false
"""

#: One row per cluster: its original (title, source, url, date), size and sources.
CLUSTERS_VIEW = """
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

#: One row per document the latest version of each article attaches (schema 9), with the
#: article it belongs to: what was captured and read, and where its capture is.
ATTACHMENTS_VIEW = """
CREATE OR REPLACE TEMP VIEW attachments AS
SELECT article_id, version_id, source, canonical_url AS article_url, title AS article_title,
       published_at, fetched_at, position, d.url, d.name, d.status, d.media_type, d.bytes,
       d.sha256, d.warc_file, d.warc_offset, d.warc_length, d.text_status, d.pages, d.text
FROM (SELECT article_id, version_id, source, canonical_url, title, published_at, fetched_at,
             unnest(attachments) AS d, unnest(generate_series(1, len(attachments))) AS position
      FROM articles WHERE len(attachments) > 0)
"""

#: Built after ``article_versions``, ``runs`` and ``article_clusters``, in this order.
DERIVED_VIEWS = (ARTICLES_VIEW, CLUSTERS_VIEW, ATTACHMENTS_VIEW)
