"""Looking one article up by id reads a few row groups, not the archive (#16: the web page's
article, `show`, `history`): how parts and the clusters file are laid out for it, and the
lookup's shortcuts giving the same rows as the plain way."""

from __future__ import annotations

import random
import shutil
import zlib

import duckdb
import pyarrow.parquet as pq
import pytest

from archive import open_archive
from archive.clusters import version_cluster
from archive.dedup import CLUSTERS_FILE, cluster
from archive.history import find_rows
from archive.search import update_index
from tests.helpers import FILLER, publish_rows, search_row

STORY = ("Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác cải cách hành chính, đánh giá "
         "kết quả thực hiện chỉ số hài lòng của người dân và doanh nghiệp trong năm qua. ")


WORDS = ("tỉnh huyện xã sở ban ngành kế hoạch đầu tư giáo dục y tế nông nghiệp thủy sản cầu "
         "đường trường học bệnh viện ngân sách doanh nghiệp hội nghị nghị quyết dự án").split()


def _text(i: int) -> str:
    """An article's own text (random words seeded by ``i``: no two alike, so none cluster)."""
    pick = random.Random(i).choice
    return " ".join(pick(WORDS) for _ in range(120)) + "."


def _rows(n: int, source: str = "moh") -> list[dict]:
    return [search_row(f"{source}-{i}", source, f"Tin số {i}", _text(zlib.crc32(source.encode()) % 1000 + i),
                       days=i) for i in range(n)]


def test_parts_carry_what_a_lookup_by_id_needs(tmp_path):
    """Row groups of at most 500 rows, a Bloom filter on both id columns of each, the long
    text columns without a dictionary: DuckDB reads the one group that holds an id."""
    rows = _rows(1_200)
    publish_rows(tmp_path, rows)
    (part,) = (tmp_path / "articles").rglob("*.parquet")
    meta = pq.ParquetFile(part).metadata
    names = pq.ParquetFile(part).schema_arrow.names
    assert meta.num_row_groups == 3 and max(meta.row_group(g).num_rows for g in range(3)) == 500
    for g in range(meta.num_row_groups):
        group = meta.row_group(g)
        for name in ("article_id", "version_id"):
            assert group.column(names.index(name)).bloom_filter_offset is not None, name
        assert not any("DICTIONARY" in e for e in group.column(names.index("text")).encodings)
        assert any("DICTIONARY" in e for e in group.column(names.index("source")).encodings)
    wanted = rows[700]["article_id"]
    plan = duckdb.sql(f"EXPLAIN ANALYZE SELECT title FROM read_parquet('{part}') "
                      f"WHERE article_id = '{wanted}'").fetchall()[0][1]
    assert "Row Groups Scanned: 1 / 3" in " ".join(plan.split())


def test_an_id_finds_the_same_rows_with_or_without_the_search_index(tmp_path):
    """By article id (the index names its source) and by version id (the parts are asked),
    with the index, without it, and for an article the index does not hold (removed)."""
    rows = _rows(30) + _rows(20, "moet")
    edited = {**rows[5], "version_id": "e" * 32, "title": "Tin số 5 (sửa)",
              "fetched_at": rows[5]["fetched_at"].replace(year=2022)}
    gone = {**rows[40], "version_id": "f" * 32, "removed": True,
            "fetched_at": rows[40]["fetched_at"].replace(year=2022)}
    publish_rows(tmp_path, rows + [edited, gone])
    keys = [rows[5]["article_id"], "e" * 32, rows[5]["version_id"], rows[40]["article_id"],
            rows[12]["article_id"]]

    def found() -> list[list[tuple[str, str, str]]]:
        with open_archive(tmp_path) as archive:
            return [[(r["source"], r["article_id"], r["version_id"]) for r in find_rows(archive, k)]
                    for k in keys]

    plain = found()
    assert [len(v) for v in plain] == [2, 2, 2, 2, 1]
    assert plain[0][-1][2] == "e" * 32 and plain[3][-1][2] == "f" * 32
    assert plain[3][0][0] == "moet"
    update_index(tmp_path)
    assert found() == plain
    with open_archive(tmp_path) as archive:  # a source the key is not of: nothing
        assert find_rows(archive, rows[5]["article_id"], source="moet") == []
        assert len(find_rows(archive, rows[5]["article_id"], source="moh")) == 2
    shutil.rmtree(tmp_path / "search")
    assert found() == plain


def test_the_clusters_file_keeps_each_cluster_together_and_answers_a_version(tmp_path):
    rows = _rows(40)
    copies = [search_row(f"copy-{s}", s, "Hội nghị tổng kết cải cách hành chính",
                         STORY * 4 + FILLER, days=3) for s in ("moet", "moit", "baochinhphu")]
    publish_rows(tmp_path, rows + copies)
    cluster(tmp_path)
    path = tmp_path / CLUSTERS_FILE
    table = pq.read_table(path)
    ids = table.column("cluster_id").to_pylist()
    assert ids == sorted(ids)
    meta = pq.ParquetFile(path).metadata
    names = table.schema.names
    assert meta.row_group(0).column(names.index("version_id")).bloom_filter_offset is not None
    with open_archive(tmp_path) as archive:
        single = version_cluster(archive, rows[7]["version_id"])
        assert single is not None and single[1] == 1
        found = version_cluster(archive, copies[1]["version_id"])
        assert found is not None and found[1] == 3
        assert {version_cluster(archive, c["version_id"]) for c in copies} == {found}
        assert version_cluster(archive, "0" * 32) is None


@pytest.mark.parametrize("key", ["article", "version"])
def test_an_article_of_several_versions_lists_them_oldest_first(tmp_path, key):
    first = search_row("story", "moh", "Bản đầu", STORY + FILLER)
    later = search_row("story", "moh", "Bản sửa", STORY + "Thêm một câu. " + FILLER,
                       version="2", fetched_days=3)
    publish_rows(tmp_path, [later])
    publish_rows(tmp_path, [first])  # a later part holding the older version
    update_index(tmp_path)
    with open_archive(tmp_path) as archive:
        got = find_rows(archive, first["article_id"] if key == "article" else first["version_id"])
    assert [r["title"] for r in got] == ["Bản đầu", "Bản sửa"]
