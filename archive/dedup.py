"""One story, one cluster: republished articles found across portals, with their original.

Every step is a query over Parquet tables, run by DuckDB here (the same joins run on Spark):

``dedup/sentences/``  one row per (version, sentence) of every article version: the 64-bit
                      hash of the sentence after NFC, lower case, number separators and
                      punctuation are normalised, and its length in words. Sentences under
                      ``MIN_WORDS`` words (view counters, "In bài viết", credits) are left out.
``dedup/docs/``       one row per version: its words in kept sentences, the numbers they hold.
``dedup/edges/``      verified pairs: the share of the smaller version's sentence words the
                      other holds (containment, so a lead-only excerpt matches its original),
                      the share of the larger's (coverage), whether their numbers agree; kind
                      ``exact`` (same normalised sentences), ``near`` (a symmetric match) or
                      ``contained`` (an excerpt, or a match that figures cannot confirm).
``dedup/clusters.parquet``  every version's cluster: connected components of the edges,
                      labelled by the cluster's original (earliest ``published_at``, ties by
                      first capture, then version id).

Candidates come from shared sentence hashes: every pair of versions sharing a sentence that
at most ``PAIR_CAP`` versions hold, and for sentences more common than that (boilerplate, or a
story republished very widely) each version paired with the first holder only, so the
candidate count grows linearly. Verification keeps a pair when most of the smaller text's
sentence words are shared *and* the numbers of the smaller text (figures, dates) are found in
the other: template bulletins and yearly reports share their skeleton but not their figures;
independent reports of one event share figures but not sentences.

Incremental: only versions without a ``dedup/docs`` row are hashed and matched (against all);
components are recomputed from the stored edges, which is cheap. ``cluster(rebuild=True)``
starts over, and so does a run that finds a stored part whose footer does not read back. The
same archive gives the same clusters however its versions arrived, except that for sentences
held by more than ``PAIR_CAP`` versions the "first holder" is the first at the time of
matching.
"""

from __future__ import annotations

import logging
import os
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from archive.laps import Laps
from archive.names import literal, literal_list
from archive.schema import TIMEZONE

__all__ = ["CLUSTERS_FILE", "REBUILD_HINT", "DedupResult", "cluster", "clusters_readable", "Params"]

logger = logging.getLogger(__name__)

DEDUP_VERSION = 1


@dataclass(frozen=True)
class Params:
    sample: int = 8  # keep the word 3-grams whose hash is divisible by this (1 in 8)
    min_words: int = 6  # shorter lines are chrome (view counters, share links, date stamps)
    pair_cap: int = 50  # shingles held by more versions pair each with one holder only
    min_shared: int = 2  # sampled shingles a candidate pair must share
    containment: float = 0.5  # share of the smaller version's shingles found in the other
    numbers: float = 0.8  # share of the smaller version's figures found in the other
    dates: float = 0.8  # share of the smaller version's dates found in the other
    # Without figures on both sides to compare, two texts join symmetrically ("near") only
    # when they share this much of the larger; otherwise the smaller is attached as an excerpt.
    unverified: float = 0.9


@dataclass
class DedupResult:
    new_versions: int = 0
    candidates: int = 0
    edges: int = 0
    versions: int = 0
    clusters: int = 0
    multi: int = 0  # clusters with more than one version
    seconds: dict[str, float] = field(default_factory=dict)


# Sentence split and normalisation in SQL, with plain replace() wherever a regex is not
# needed (several times faster in DuckDB): lower case; digit groups joined ("1.200" and
# "1200", "2,5" and "25" agree); . ! ? ; … and line breaks end a sentence; commas, quotes and
# brackets are dropped, dashes separate words; a slash stays inside its word ("15/03/2023").
# Text in the archive is NFC already (the extractor normalises it); an NFD text (from a foreign
# source) is normalised first.
_SENTENCE_ENDS = (".", "!", "?", ";", "…", "\r")
_DELETED = (",", ":", "(", ")", '"', "'", "“", "”", "‘", "’", "«", "»", "[", "]", "*")
_SEPARATORS = ("–", "—", "|", "\t")


#: Headings of the related-articles lists printed after an article (PORTALS.md, chrome).
_RELATED_HEADINGS = ("tin cùng chuyên mục", "tin cùng chủ đề", "tin liên quan", "các tin khác",
                     "tin khác", "bài viết liên quan", "các bài viết khác", "các tin đã đưa",
                     "tin đã đưa", "xem thêm")


def _prepared_text(column: str) -> str:
    expr = (f"lower(CASE WHEN regexp_matches({column}, '[\\x{{0300}}-\\x{{036F}}]') "
            f"THEN nfc_normalize({column}) ELSE {column} END)")
    expr = f"regexp_replace({expr}, '(\\d)[.,](\\d)', '\\1\\2', 'g')"
    for mark in _SENTENCE_ENDS:
        expr = f"replace({expr}, {_literal(mark)}, chr(10))"
    for mark in _DELETED:
        expr = f"replace({expr}, {_literal(mark)}, '')"
    for mark in _SEPARATORS:
        expr = f"replace({expr}, {_literal(mark)}, ' ')"
    return expr


def _literal(text: str) -> str:
    if text == "\r":
        return "chr(13)"
    if text == "\t":
        return "chr(9)"
    return "'" + text.replace("'", "''") + "'"


def _versions_sql(articles_glob: str) -> str:
    """Live versions with text; the lead joins the body, since republishers keep, prefix or
    drop it (``text_key``: a hash of the two, for exact copies)."""
    return f"""
        SELECT version_id, article_id, source, published_at, fetched_at,
               CASE WHEN coalesce(lead, '') = '' THEN text ELSE lead || chr(10) || chr(10) || text END
                   AS text
        FROM read_parquet({articles_glob}, union_by_name = true, hive_partitioning = false)
        WHERE NOT coalesce(removed, false) AND text IS NOT NULL AND text <> ''
    """


def _publish(con: duckdb.DuckDBPyConnection, root: Path, table_dir: str, query: str) -> Path | None:
    """COPY ``query`` to a new Parquet part under ``root/table_dir``: staged, fsynced, footer
    checked, renamed (the archive's commit protocol). No part for an empty result."""
    from archive.layout import fsync_dir
    from archive.writer import _staging_dir

    staging = _staging_dir(root)
    staging.mkdir(parents=True, exist_ok=True)
    target = root / table_dir
    target.mkdir(parents=True, exist_ok=True)
    staged = staging / f"part-{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:12]}.parquet"
    try:
        con.sql(f"COPY ({query}) TO {literal(str(staged))} (FORMAT parquet, COMPRESSION zstd)")
        rows = con.sql("SELECT count(*) FROM read_parquet(?)", params=[str(staged)]).fetchall()[0][0]
        if rows == 0:
            staged.unlink()
            return None
        with open(staged, "rb") as f:
            os.fsync(f.fileno())
        final = target / staged.name
        os.replace(staged, final)
        fsync_dir(target)
        return final
    except BaseException:
        staged.unlink(missing_ok=True)
        raise


def _parts(root: Path, table_dir: str) -> list[str]:
    return sorted(str(p) for p in (root / table_dir).glob("*.parquet"))


def _sql_list(paths: list[str]) -> str:
    return literal_list(paths)


def cluster(root: Path | str, *, rebuild: bool = False, params: Params = Params(),
            article_parts: list[str] | None = None, memory_limit: str | None = None,
            threads: int | None = None) -> DedupResult:
    """Match the archive's new article versions and recompute clusters; returns counts."""
    import shutil

    from archive.locks import source_lock

    root = Path(root).absolute()  # (a folder named "~" is that folder: DuckDB and pyarrow expand "~/")
    result = DedupResult()
    if article_parts is None:
        from archive.reader import Archive

        with Archive(root) as archive:
            article_parts = archive.article_parts()
    if not article_parts:
        return result
    with source_lock(root, "_dedup"):
        if not rebuild and (damaged := _damaged_parts(root)):
            # A derived file gone bad (a full disk, a copy cut short): everything under
            # dedup/ is made again from the article rows, as `dedup --rebuild` does.
            logger.warning("unreadable duplicate-cluster part(s) %s: computing the clusters "
                           "again from scratch",
                           "; ".join(f"{path} ({reason})" for path, reason in damaged))
            rebuild = True
        if rebuild:
            shutil.rmtree(root / "dedup", ignore_errors=True)
        con = duckdb.connect()
        con.sql(f"SET TimeZone = '{TIMEZONE}'")
        # Spill files go to this process's staging folder (DuckDB's default is ./.tmp): a
        # crash leaves them where the next writer's sweep removes them.
        from archive.writer import _staging_dir

        spill = _staging_dir(root)
        con.sql(f"SET temp_directory = {literal(str(spill))}")
        if memory_limit:
            con.sql(f"SET memory_limit = {literal(str(memory_limit))}")
        if threads:
            con.sql(f"SET threads = {int(threads)}")
        con.sql("SET preserve_insertion_order = false")
        try:
            _run(con, root, article_parts, params, result)
        finally:
            con.close()
            for leftover in spill.glob("duckdb_temp*"):
                leftover.unlink(missing_ok=True)
    return result


#: The stored tables an incremental run reads (``dedup/clusters.parquet`` is written anew).
_TABLES = ("dedup/shingles", "dedup/docs", "dedup/edges")


def _damaged_parts(root: Path) -> list[tuple[str, str]]:
    """(path, why) of each stored part whose footer does not read back: DuckDB would stop
    on it half-way through a run."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    damaged = []
    for table in _TABLES:
        for path in _parts(root, table):
            try:
                pq.read_metadata(path)
            except (OSError, pa.ArrowException) as exc:
                damaged.append((path, str(exc).splitlines()[0] if str(exc) else type(exc).__name__))
    return damaged


#: Article rows hashed per step (a group of part files).
CHUNK_ROWS = 100_000


def _groups(parts: list[str], max_rows: int) -> list[list[str]]:
    import pyarrow.parquet as pq

    groups: list[list[str]] = [[]]
    rows = 0
    for part in parts:
        n = pq.read_metadata(part).num_rows
        if groups[-1] and rows + n > max_rows:
            groups.append([])
            rows = 0
        groups[-1].append(part)
        rows += n
    return [g for g in groups if g]


def _run(con: duckdb.DuckDBPyConnection, root: Path, articles: list[str], p: Params,
         result: DedupResult) -> None:
    lap = Laps(result.seconds)

    old_docs = _parts(root, "dedup/docs")
    if old_docs:
        con.sql(f"CREATE TEMP VIEW old_docs AS SELECT version_id FROM read_parquet({_sql_list(old_docs)})")
    else:
        con.sql("CREATE TEMP VIEW old_docs AS SELECT NULL::VARCHAR AS version_id WHERE false")
    # New versions are hashed a group of part files at a time, so memory stays bounded by the
    # group, not by the archive (each part file is read once).
    for group in _groups(articles, CHUNK_ROWS):
        con.sql(f"""CREATE OR REPLACE TEMP TABLE new_versions AS
                    SELECT v.* FROM ({_versions_sql(_sql_list(group))}) v
                    ANTI JOIN old_docs o USING (version_id)
                    QUALIFY row_number() OVER (PARTITION BY version_id ORDER BY fetched_at) = 1""")
        n = con.sql("SELECT count(*) FROM new_versions").fetchall()[0][0]
        if n:
            _signatures(con, p, first=not result.new_versions)
            result.new_versions += n
    lap("hash")
    if result.new_versions:
        _publish(con, root, "dedup/shingles", "SELECT vk, h FROM new_shingles")
        con.sql(f"CREATE TEMP VIEW shingles AS SELECT * FROM "
                f"read_parquet({_sql_list(_parts(root, 'dedup/shingles'))})")
        doc_parts = _parts(root, "dedup/docs")
        con.sql("CREATE TEMP VIEW all_docs AS "
                + (f"SELECT * FROM read_parquet({_sql_list(doc_parts)}) UNION ALL " if doc_parts else "")
                + "SELECT * FROM new_docs")
        _candidates(con, p)
        result.candidates = con.sql("SELECT count(*) FROM candidates").fetchall()[0][0]
        lap("candidates")
        _verify(con, root, p)
        _publish(con, root, "dedup/docs", "SELECT * FROM new_docs")
        lap("verify")
    _components(con, root, result)
    lap("components")


def _signatures(con: duckdb.DuckDBPyConnection, p: Params, *, first: bool) -> None:
    """Add to ``new_shingles`` (sampled word 3-gram hashes) and ``new_docs`` (per version:
    shingle count, figures and dates) the versions in ``new_versions``."""
    # The text compared: up to a related-articles heading (the lists portals print after
    # an article, which leak into copies taken from other portals), lines long enough to be
    # text rather than "Lượt xem: 1.234", "In bài | Chia sẻ" or a date stamp.
    headings = "|".join(_RELATED_HEADINGS)
    con.sql(rf"""
        CREATE OR REPLACE TEMP TABLE bodies AS
        SELECT version_id, hash(version_id) AS vk, array_to_string(list_filter(
                   string_split(regexp_replace(text, '(?is)\n[ \t]*(?:{headings})[ \t]*:?[ \t]*(?:\n.*)?$',
                                               ''), chr(10)),
                   lambda l: length(l) - length(replace(l, ' ', '')) >= {p.min_words - 1}), chr(10)) AS text
        FROM new_versions
    """)
    con.sql(f"""
        CREATE OR REPLACE TEMP TABLE words AS
        SELECT vk, replace({_prepared_text("text")}, chr(10), ' ') AS t FROM bodies
    """)
    into = "CREATE TEMP TABLE new_shingles AS" if first else "INSERT INTO new_shingles"
    con.sql(f"""
        {into}
        SELECT DISTINCT vk, h FROM (
            SELECT vk, unnest(list_filter(
                list_transform(range(1, len(ws) - 1), lambda i: hash(ws[i], ws[i + 1], ws[i + 2])),
                lambda h: h % {p.sample} = 0)) AS h
            FROM (SELECT vk, list_filter(string_split(t, ' '), lambda x: x <> '') AS ws FROM words)
        )
    """)
    # Figures and dates of the compared text (words that start with a digit): what tells one
    # week's bulletin from the next. Dates lose their zero padding ("05/03" and "5/3" agree).
    into = "CREATE TEMP TABLE new_docs AS" if first else "INSERT INTO new_docs"
    con.sql(f"""
        {into}
        WITH facts AS (
            SELECT vk, regexp_extract_all(t, '(?:^| )([0-9][^ ]*)', 1) AS figures FROM words
        )
        SELECT v.version_id, hash(v.version_id) AS vk, v.article_id, v.source, v.published_at,
               v.fetched_at, hash(v.text) AS text_key, coalesce(s.n, 0)::INTEGER AS words,
               coalesce(list_distinct(list_transform(list_filter(f.figures, lambda x: NOT contains(x, '/')),
                                                     lambda x: ltrim(x, '0'))), []) AS nums,
               coalesce(list_distinct(list_transform(
                   list_filter(f.figures, lambda x: contains(x, '/')),
                   lambda d: array_to_string(list_transform(string_split(d, '/'), lambda x: ltrim(x, '0')),
                                             '/'))), []) AS dates
        FROM new_versions v LEFT JOIN facts f ON f.vk = hash(v.version_id)
        LEFT JOIN (SELECT vk, count(*) AS n FROM new_shingles
                   WHERE vk IN (SELECT vk FROM words) GROUP BY vk) s ON s.vk = hash(v.version_id)
    """)
    con.sql("DROP TABLE words")
    con.sql("DROP TABLE bodies")


def _candidates(con: duckdb.DuckDBPyConnection, p: Params) -> None:
    """Pairs (at least one side new) with the sampled shingles they share. A shingle that at
    most ``pair_cap`` versions hold counts for every pair of its holders; a more common one
    (boilerplate, or a story republished very widely) pairs each new holder with one fixed
    holder only (the smallest key), so the work grows linearly with the archive."""
    con.sql("""
        CREATE TEMP TABLE holders AS
        SELECT h, count(*) AS df, min(vk) AS first_vk
        FROM shingles WHERE h IN (SELECT h FROM new_shingles) GROUP BY h
    """)
    con.sql(f"""
        CREATE TEMP TABLE candidates AS
        WITH rare AS (
            SELECT least(n.vk, s.vk) AS a, greatest(n.vk, s.vk) AS b, h FROM new_shingles n
            JOIN holders USING (h) JOIN shingles s USING (h)
            WHERE holders.df <= {p.pair_cap} AND s.vk <> n.vk
        ), common AS (
            SELECT least(n.vk, holders.first_vk) AS a, greatest(n.vk, holders.first_vk) AS b, h
            FROM new_shingles n JOIN holders USING (h)
            WHERE holders.df > {p.pair_cap} AND holders.first_vk <> n.vk
        )
        SELECT a, b, count(DISTINCT h) AS shared FROM (
            SELECT * FROM rare UNION ALL SELECT * FROM common)
        GROUP BY a, b HAVING count(DISTINCT h) >= {p.min_shared}
    """)


def _verify(con: duckdb.DuckDBPyConnection, root: Path, p: Params) -> None:
    """Score candidates (shared shingles over the smaller and the larger version's, figures
    and dates of the smaller found in the other) and publish the accepted pairs as edges."""
    con.sql(f"""
        CREATE TEMP TABLE scored AS
        SELECT c.a, c.b, c.shared, da.words AS wa, db.words AS wb,
               c.shared / least(da.words, db.words) AS containment,
               c.shared / greatest(da.words, db.words) AS coverage,
               CASE WHEN len(da.nums) > 0 AND len(db.nums) > 0
                    THEN len(list_intersect(da.nums, db.nums)) / least(len(da.nums), len(db.nums))
                    END AS numbers,
               CASE WHEN len(da.dates) > 0 AND len(db.dates) > 0
                    THEN len(list_intersect(da.dates, db.dates)) / least(len(da.dates), len(db.dates))
                    END AS dates,
               da.text_key = db.text_key AS same_text
        FROM candidates c JOIN all_docs da ON da.vk = c.a JOIN all_docs db ON db.vk = c.b
        WHERE c.shared >= {p.containment} * least(da.words, db.words) OR da.text_key = db.text_key
    """)
    _publish(con, root, "dedup/edges", f"""
        SELECT a, b, wa, wb, shared, containment, coverage, numbers, dates,
               CASE WHEN same_text OR (containment >= 1 AND coverage >= 1) THEN 'exact'
                    WHEN coverage >= 0.5 AND (numbers IS NOT NULL OR coverage >= {p.unverified})
                    THEN 'near' ELSE 'contained' END AS kind
        FROM scored
        WHERE same_text OR (containment >= {p.containment}
                            AND coalesce(numbers, 1.0) >= {p.numbers}
                            AND coalesce(dates, 1.0) >= {p.dates})
        UNION ALL  -- the same text, even with too few words to compare
        SELECT least(n.vk, f.vk), greatest(n.vk, f.vk), n.words, n.words, n.words,
               1.0, 1.0, 1.0, 1.0, 'exact'
        FROM new_docs n JOIN (SELECT text_key, min(vk) AS vk FROM all_docs GROUP BY ALL) f
             ON f.text_key = n.text_key AND f.vk <> n.vk
        ANTI JOIN scored ON scored.a = least(n.vk, f.vk) AND scored.b = greatest(n.vk, f.vk)
    """)


def _components(con: duckdb.DuckDBPyConnection, root: Path, result: DedupResult) -> None:
    """Clusters from the edges, labelled by rank (the original first), written as
    ``dedup/clusters.parquet`` (replaced atomically).

    ``exact`` and ``near`` edges join versions symmetrically (connected components, by
    min-label propagation). A ``contained`` edge only attaches the group of the smaller text
    (an excerpt) to one group holding a larger text: the one it is best contained in, the
    earliest on a tie. An excerpt that two look-alike texts both contain (a bulletin's lead
    without its figures) must not join those two into one story.
    """
    docs = _parts(root, "dedup/docs")
    if not docs:
        return
    edges = _parts(root, "dedup/edges")
    con.sql(f"""
        CREATE OR REPLACE TEMP TABLE ranked AS
        SELECT version_id, vk, article_id, source, published_at, fetched_at, words,
               row_number() OVER (ORDER BY published_at NULLS LAST, fetched_at, version_id) AS r
        FROM read_parquet({_sql_list(docs)})
    """)
    if edges:
        con.sql(f"""CREATE OR REPLACE TEMP TABLE e AS
                    SELECT CASE WHEN ed.wa <= ed.wb THEN ra.r ELSE rb.r END AS x,
                           CASE WHEN ed.wa <= ed.wb THEN rb.r ELSE ra.r END AS y,
                           ed.kind, ed.containment
                    FROM read_parquet({_sql_list(edges)}) ed
                    JOIN ranked ra ON ra.vk = ed.a JOIN ranked rb ON rb.vk = ed.b""")
    else:
        con.sql("CREATE OR REPLACE TEMP TABLE e (x BIGINT, y BIGINT, kind VARCHAR, containment DOUBLE)")
    con.sql("""CREATE OR REPLACE TEMP TABLE und AS
               SELECT x, y FROM e WHERE kind <> 'contained'
               UNION ALL SELECT y, x FROM e WHERE kind <> 'contained'""")
    con.sql("CREATE OR REPLACE TEMP TABLE lab AS SELECT r AS n, r AS l FROM ranked")
    for _ in range(100):
        changed = con.sql("""
            WITH m AS (SELECT u.x AS n, min(lb.l) AS l FROM und u JOIN lab lb ON lb.n = u.y GROUP BY u.x)
            UPDATE lab SET l = m.l FROM m WHERE lab.n = m.n AND m.l < lab.l
            RETURNING 1
        """).fetchall()
        # Pointer jumping: a node takes its label's label, halving path lengths.
        con.sql("""UPDATE lab SET l = j.l2 FROM (SELECT a.n, b.l AS l2 FROM lab a JOIN lab b ON b.n = a.l
                   WHERE b.l < a.l) j WHERE lab.n = j.n""")
        if not changed:
            break
    else:  # pragma: no cover - would need a chain of 2^100 versions
        raise RuntimeError("dedup components did not converge")
    # Attach excerpt groups: each to its best container group, which must hold a longer text
    # (so attachments never form a cycle), then follow attachments to their end.
    con.sql("""
        CREATE OR REPLACE TEMP TABLE grp AS
        SELECT lab.l AS g, max(ranked.words) AS wmax FROM lab JOIN ranked ON ranked.r = lab.n GROUP BY lab.l
    """)
    con.sql("""
        CREATE OR REPLACE TEMP TABLE ptr AS
        SELECT src, arg_max(dst, score * 1e12 - dst) AS dst FROM (
            SELECT ls.l AS src, ly.l AS dst, max(e.containment) AS score
            FROM e JOIN lab ls ON ls.n = e.x JOIN lab ly ON ly.n = e.y
            JOIN ranked rx ON rx.r = e.x JOIN grp gx ON gx.g = ls.l
            -- through the longest text of the group only: a group holding full copies does
            -- not follow one of its excerpts into another story
            WHERE e.kind = 'contained' AND ls.l <> ly.l AND rx.words = gx.wmax
            GROUP BY ls.l, ly.l
        ) c JOIN grp gs ON gs.g = c.src JOIN grp gd ON gd.g = c.dst
        WHERE gd.wmax > gs.wmax OR (gd.wmax = gs.wmax AND c.dst < c.src)
        GROUP BY src
    """)
    for _ in range(64):
        moved = con.sql("""UPDATE ptr SET dst = p2.dst FROM ptr p2 WHERE ptr.dst = p2.src
                           RETURNING 1""").fetchall()
        if not moved:
            break
    con.sql("""
        CREATE OR REPLACE TEMP TABLE final AS
        WITH g AS (SELECT lab.n, coalesce(ptr.dst, lab.l) AS grp FROM lab LEFT JOIN ptr ON ptr.src = lab.l)
        SELECT n, min(n) OVER (PARTITION BY grp) AS l FROM g
    """)
    final = root / "dedup" / "clusters.parquet"
    staged = final.with_name(f".clusters-{uuid.uuid4().hex[:8]}.parquet")
    con.sql(f"""
        COPY (
            WITH members AS (
                SELECT d.*, final.l FROM ranked d JOIN final ON final.n = d.r
            ), best AS (  -- each member's match with the original, else its strongest
                SELECT me.r, arg_max(me.kind, (me.other = mem.l)::INT * 10 + me.containment) AS kind,
                       arg_max(me.containment, (me.other = mem.l)::INT * 10 + me.containment) AS score
                FROM (SELECT x AS r, y AS other, kind, containment FROM e
                      UNION ALL SELECT y, x, kind, containment FROM e) me
                JOIN members mem ON mem.r = me.r
                GROUP BY me.r
            ), orig AS (
                SELECT l, version_id AS original_version_id, article_id AS original_article_id,
                       source AS original_source
                FROM members WHERE r = l
            )
            SELECT m.version_id, m.article_id, m.source,
                   orig.original_version_id AS cluster_id,
                   m.article_id = orig.original_article_id AS is_original,
                   orig.original_article_id, orig.original_source,
                   CASE WHEN m.r = m.l THEN NULL ELSE best.kind END AS match,
                   CASE WHEN m.r = m.l THEN NULL ELSE best.score END AS score,
                   count(*) OVER (PARTITION BY m.l) AS cluster_size,
                   {DEDUP_VERSION} AS dedup_version
            FROM members m JOIN orig USING (l) LEFT JOIN best ON best.r = m.r
            ORDER BY cluster_id, version_id
        ) TO {literal(str(staged))} (FORMAT parquet, COMPRESSION zstd, {_CLUSTERS_LAYOUT})
    """)
    with open(staged, "rb") as f:
        os.fsync(f.fileno())
    os.replace(staged, final)
    stats = con.sql("""SELECT count(*), count(DISTINCT cluster_id),
                               count(DISTINCT cluster_id) FILTER (WHERE cluster_size > 1)
                        FROM read_parquet(?)""", params=[str(final)]).fetchall()[0]
    result.versions, result.clusters, result.multi = stats
    result.edges = con.sql("SELECT count(*) FROM e").fetchall()[0][0]


#: The clusters every view joins (``article_clusters``), and the columns they read of it.
CLUSTERS_FILE = "dedup/clusters.parquet"
#: How the clusters file is laid out for lookups (the web page's article: one version's
#: cluster, then how many articles it holds): sorted by cluster, so a cluster's members sit in
#: one row group; small groups; every column dictionary-encoded, which is when DuckDB writes a
#: Bloom filter per group, so a version id skips the groups that cannot hold it. Measured at
#: 100k versions: a version's cluster in 2 ms against 6.7 ms, the file 17% larger.
_CLUSTERS_LAYOUT = "ROW_GROUP_SIZE 4096, DICTIONARY_SIZE_LIMIT 5000"
#: What to do about a damaged file under ``dedup/``.
REBUILD_HINT = "`portal-archive dedup --rebuild` computes the clusters again"
_CLUSTER_COLUMNS = ("version_id", "article_id", "source", "cluster_id", "is_original",
                    "original_article_id", "original_source", "match", "score", "cluster_size",
                    "dedup_version")


def clusters_readable(root: Path | str) -> str | None:
    """None when ``dedup/clusters.parquet`` is absent or its footer reads back with the
    columns the views use; else why not, and how to make it again, in one line. A damaged
    clusters file is a derived file gone bad: readers leave it out rather than fail."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = Path(root) / CLUSTERS_FILE
    if not path.exists():
        return None
    try:
        names = pq.read_schema(path).names
    except (OSError, pa.ArrowException) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    else:
        missing = [c for c in _CLUSTER_COLUMNS if c not in names]
        if not missing:
            return None
        reason = f"no column {', '.join(missing)}"
    return f"{reason}; {REBUILD_HINT}"
