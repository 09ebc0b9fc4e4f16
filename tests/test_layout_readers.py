"""The article table reads with the obvious calls of other tools (#14 point 12).

``pandas.read_parquet(path)`` is ``pyarrow.parquet.read_table(path)`` followed by
``to_pandas()`` (pandas' ``PyArrowImpl.read``), so the pyarrow call stands for both.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from archive import ARTICLE_SCHEMA, PartWriter, open_archive
from archive.compact import compact
from archive.verify import verify_archive
from tests.helpers import make_row


def _write(root: Path, source: str, first: int, n: int, batch: int = 2) -> None:
    writer = PartWriter(root, partition={"source": source}, batch_rows=batch)
    writer.extend(make_row(i, source) for i in range(first, first + n))
    writer.close()


def _counts(table: pa.Table) -> dict[str, int]:
    rows = table.group_by("source").aggregate([("article_id", "count")]).to_pylist()
    return {r["source"]: r["article_id_count"] for r in rows}


def test_the_articles_folder_reads_with_the_obvious_calls(tmp_path):
    _write(tmp_path, "demo-huecit", 0, 5)
    _write(tmp_path, "demo-liferay", 100, 3)
    folder = tmp_path / "articles"
    expected = {"demo-huecit": 5, "demo-liferay": 3}

    table = pq.read_table(folder)  # what pandas.read_parquet(folder) runs
    assert _counts(table) == expected
    assert table.schema.field("source").type == pa.string()
    assert _counts(ds.dataset(folder).to_table()) == expected
    hive = ds.dataset(folder, partitioning="hive")
    assert _counts(hive.to_table()) == expected
    assert hive.to_table(filter=ds.field("source") == "demo-liferay").num_rows == 3
    glob = str(folder / "*" / "*.parquet").replace("'", "''")
    assert dict(duckdb.sql(f"SELECT source, count(*) FROM read_parquet('{glob}') GROUP BY 1")
                .fetchall()) == expected
    with open_archive(tmp_path) as arch:
        assert dict(arch.sql("SELECT source, count(*) FROM article_versions GROUP BY 1")
                    .fetchall()) == expected
    # Each source still has its own folder, so a reader of one source opens only its files.
    assert sorted(p.name for p in folder.iterdir()) == ["demo-huecit", "demo-liferay"]


def test_compaction_and_verify_keep_the_layout(tmp_path):
    _write(tmp_path, "demo-huecit", 0, 6)
    (result,) = compact(tmp_path, grace=0)
    assert (result.source, result.replaced, result.rows) == ("demo-huecit", 3, 6)
    assert [p.parent.name for p in (tmp_path / "articles").rglob("*.parquet")] == ["demo-huecit"]
    assert pq.read_table(tmp_path / "articles").num_rows == 6
    report = verify_archive(tmp_path)
    assert report.ok, report.problems
    assert (report.parts, report.rows) == (1, 6)


def test_an_archive_with_old_source_folders_still_reads_and_compacts(tmp_path):
    """Parts written under the former ``articles/source=<name>/`` folders stay where they are;
    the archive's own readers take both, and compaction merges each folder in place."""
    old = tmp_path / "articles" / "source=demo-huecit"
    old.mkdir(parents=True)
    for n in range(2):
        rows = [make_row(i) for i in range(n * 2, n * 2 + 2)]
        pq.write_table(pa.Table.from_pylist(rows, schema=ARTICLE_SCHEMA), old / f"part-old{n}.parquet")
    _write(tmp_path, "demo-huecit", 10, 4)
    with open_archive(tmp_path) as arch:
        assert arch.count("article_versions") == 8
    results = compact(tmp_path, source="demo-huecit", grace=0)
    assert sorted((r.replaced, r.rows) for r in results) == [(2, 4), (2, 4)]
    with open_archive(tmp_path) as arch:
        assert arch.count("article_versions") == 8
        assert arch.sql("SELECT count(DISTINCT version_id) FROM article_versions").fetchall() == [(8,)]
    # The documented call for such an archive: no folder-name partitioning.
    assert pq.read_table(tmp_path / "articles", partitioning=None).num_rows == 8
    assert verify_archive(tmp_path).ok


def test_dupes_says_when_clusters_are_missing_or_behind(tmp_path, demo_crawl):
    """Rows that arrived with no dedup step after them (parts copied in from another archive,
    or a crawl run with ``ARCHIVE_UPDATE_DERIVED=false``): `dupes` says the clusters were never
    computed, then that they are behind, and names the command each time."""
    import shutil

    from click.testing import CliRunner

    from crawler.cli import main
    from crawler.demo.corpus import load_corpus

    crawled = demo_crawl["demo-liferay"].archive
    archive = tmp_path / "arch"

    def copy_in(source: str) -> None:
        shutil.copytree(crawled / "articles" / source, archive / "articles" / source)

    def dupes(*args: str):
        result = CliRunner().invoke(main, ["dupes", *args, "--archive", str(archive)])
        assert result.exit_code == 0, result.output
        return result

    copy_in("demo-liferay")
    listed = dupes("--format", "json")
    assert "have not been computed" in listed.stderr
    assert "portal-archive dedup" in listed.stderr and listed.stdout.strip() == "[]"
    assert CliRunner().invoke(main, ["dedup", "--archive", str(archive)]).exit_code == 0
    assert dupes().stderr == ""
    copy_in("demo-vccorp")
    behind = dupes().stderr
    assert f"{len(load_corpus('vccorp'))} article version(s)" in behind
    assert "behind" in behind and "portal-archive dedup" in behind
    assert CliRunner().invoke(main, ["dedup", "--archive", str(archive)]).exit_code == 0
    assert dupes().stderr == ""


def test_an_article_is_found_from_its_source_folder_and_from_a_misplaced_part(tmp_path):
    """``find_rows`` reads the source's own folder (either name it has had); a part someone
    moved into another folder is still found, through every part."""
    import shutil

    from archive.history import find_rows

    _write(tmp_path, "demo-huecit", 0, 3)
    _write(tmp_path, "moh", 10, 3)
    with open_archive(tmp_path) as archive:
        assert [r["article_id"] for r in find_rows(archive, "a0001")] == ["a0001"]
        assert archive.versions_of("moh", ["a0011"])
        assert not archive.versions_of("moh", ["a0001"])
    old_style = tmp_path / "articles" / "source=moh"
    shutil.move(tmp_path / "articles" / "moh", old_style)
    with open_archive(tmp_path) as archive:
        assert archive.versions_of("moh", ["a0011"])  # the older folder name
    misplaced = tmp_path / "articles" / "demo-huecit"
    for part in old_style.glob("*.parquet"):
        shutil.move(part, misplaced / part.name)
    with open_archive(tmp_path) as archive:
        assert not archive.versions_of("moh", ["a0011"])
        rows = find_rows(archive, "a0011")
        assert [(r["source"], r["article_id"]) for r in rows] == [("moh", "a0011")]
