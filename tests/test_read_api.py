"""The read API someone else's SQL runs on (issue #14, points 1-5): one SELECT over the
archive's views, on a connection that writes nothing, reads no other file, reaches no network,
and stops at its time and memory limits; names and paths never become SQL text."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest
from click.testing import CliRunner

import archive
import archive.reader as reader
from archive.dedup import cluster
from archive.locks import source_lock
from archive.names import InvalidSourceName, check_source_name, literal
from archive.reader import QueryError
from archive.verify import verify_archive as verify
from archive.warc import RunWarcWriter
from archive.writer import PartWriter
from crawler.cli import main


@pytest.fixture
def demo_archive(demo_crawl, tmp_path) -> Path:
    """A private copy of the demo crawl's archive (tests here try to damage it)."""
    root = tmp_path / "archive"
    shutil.copytree(demo_crawl["demo-huecit"].archive, root)
    return root


def _files(root: Path) -> dict[str, float]:
    return {str(p): p.stat().st_mtime for p in root.rglob("*") if p.is_file()}


# -- 1. one read statement, parsed ----------------------------------------------------------
@pytest.mark.parametrize("sql", [
    "EXPLAIN ANALYZE COPY (SELECT 'print(1)' AS l) TO 'x.py' (FORMAT csv, HEADER false)",
    "/* hi */ explain   analyse COPY (SELECT 1) TO 'x.py'",
    "EXPLAIN ANALYZE CREATE TABLE t AS SELECT 1",
    "EXPLAIN COPY (SELECT 1) TO 'x.py'",
    "COPY (SELECT * FROM articles) TO 'dedup/clusters.parquet' (FORMAT parquet)",
    "CREATE TABLE t AS SELECT 1",
    "SET enable_external_access = true",
    "INSTALL httpfs",
    "LOAD httpfs",
    "ATTACH 'other.duckdb'",
    "PRAGMA enable_profiling",
    "SELECT 1; COPY (SELECT 1) TO 'x.py'",
])
def test_only_one_select_runs(demo_archive, sql, monkeypatch):
    monkeypatch.chdir(demo_archive)
    before = _files(demo_archive)
    with archive.open(demo_archive) as arc, pytest.raises(QueryError):
        arc.query(sql)
    out = CliRunner().invoke(main, ["query", sql, "--archive", str(demo_archive)])
    assert out.exit_code == 2 and "Traceback" not in out.output
    assert _files(demo_archive) == before
    assert not Path("x.py").exists()


def test_a_select_and_a_plain_explain_still_run(demo_archive):
    with archive.open(demo_archive) as arc:
        n = arc.query("SELECT count(*) AS n FROM articles WHERE source = ?", ["demo-huecit"])
        assert n.column("n").to_pylist()[0] > 0
        assert arc.query("EXPLAIN SELECT title FROM articles").num_rows >= 1
        # the same views as the trusted connection, clusters included
        assert arc.query("SELECT count(*) FROM clusters").num_rows == 1


# -- 2. no file, no environment, no network, no extension, limits ----------------------------
@pytest.mark.parametrize("sql", [
    "SELECT * FROM read_text('/etc/passwd')",
    "SELECT * FROM read_text('/proc/self/environ')",
    "SELECT * FROM read_csv('/etc/hostname')",
    "SELECT * FROM glob('/etc/*')",
    "SELECT * FROM '/etc/passwd'",
    "SELECT * FROM read_parquet('{outside}')",
    "SELECT * FROM read_parquet('http://127.0.0.1:9/x.parquet')",
    "SELECT * FROM sqlite_scan('x.db', 't')",
])
def test_no_file_outside_the_views_is_read(demo_archive, tmp_path, sql):
    outside = tmp_path / "outside.parquet"
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"secret": ["s3cr3t"]}), outside)
    with archive.open(demo_archive) as arc:
        with pytest.raises((QueryError, duckdb.Error)) as caught:
            arc.query(sql.format(outside=outside))
        assert "s3cr3t" not in str(caught.value)
        # the connection is still usable, and still locked
        assert arc.query("SELECT current_setting('enable_external_access') AS x"
                         ).column("x").to_pylist() == [False]


def test_settings_are_locked(demo_archive):
    with archive.open(demo_archive) as arc:
        with pytest.raises(duckdb.Error):  # no such function: SET is the only way, and it
            arc.query("SELECT set_config('enable_external_access', 'true')")  # is refused
        con = arc._query_connection()
        with pytest.raises(duckdb.Error, match="locked"):
            con.sql("SET enable_external_access = true")


def test_a_query_stops_at_its_time_limit(demo_archive):
    with archive.open(demo_archive) as arc:
        start = time.monotonic()
        with pytest.raises(QueryError, match="time limit"):
            arc.query("SELECT sum(i) FROM range(100000000000) t(i)", timeout=0.5)
        assert time.monotonic() - start < 10
        assert arc.query("SELECT 1 AS one").column("one").to_pylist() == [1]
    out = CliRunner().invoke(main, ["query", "SELECT sum(i) FROM range(100000000000) t(i)",
                                    "--timeout", "0.5", "--archive", str(demo_archive)])
    assert out.exit_code == 1 and "time limit" in out.output


def test_a_query_stops_at_its_memory_limit(demo_archive, monkeypatch):
    monkeypatch.setattr(reader, "QUERY_MEMORY", "64MB")
    with archive.open(demo_archive) as arc, pytest.raises(QueryError, match="memory limit"):
        arc.query("SELECT list(repeat('x', 1000)) FROM range(1000000)")


def test_the_library_connection_is_unchanged(demo_archive, tmp_path):
    """sql() is the user's own code in their own process: it still reads files."""
    target = tmp_path / "mine.csv"
    target.write_text("a\n1\n")
    with archive.open(demo_archive) as arc:
        arc.query("SELECT 1")
        assert arc.sql("SELECT * FROM read_csv(?)", [str(target)]).fetchall() == [(1,)]


# -- 3. column lists are names, not SQL ------------------------------------------------------
@pytest.mark.parametrize("columns", [
    "title FROM articles; COPY (SELECT 1) TO 'x.csv'; SELECT title",
    "(SELECT content FROM read_text('/etc/hostname'))",
    "title, nope",
    ["title", "url; DROP VIEW articles"],
    "",
])
def test_article_columns_are_checked(demo_archive, columns, monkeypatch):
    monkeypatch.chdir(demo_archive)
    with archive.open(demo_archive) as arc:
        with pytest.raises(QueryError):
            arc.articles(columns=columns)
        with pytest.raises(QueryError):
            arc.articles(columns=columns, query="tỉnh")
    assert not Path("x.csv").exists()


def test_article_columns_as_names_or_list(demo_archive):
    with archive.open(demo_archive) as arc:
        a = arc.articles(columns="title, url", limit=3)
        b = arc.articles(columns=["title", "url"], limit=3)
        assert a.column_names == ["title", "url"] == b.column_names
        assert a.equals(b) and a.num_rows == 3


# -- 4. paths are bound or quoted, never patterns --------------------------------------------
def test_an_archive_path_with_quote_and_brackets(demo_crawl, tmp_path):
    root = tmp_path / "o'brien [1] archive"
    shutil.copytree(demo_crawl["demo-huecit"].archive, root)
    with archive.open(root) as arc:
        n = arc.count("article_versions")
    assert n > 0
    result = cluster(root, rebuild=True)
    assert result.versions == n
    with archive.open(root) as arc:
        assert arc.query("SELECT count(*) AS c FROM article_clusters").column("c")[0].as_py() == n
    report = verify(root)
    assert not [p for p in report.problems if p.kind == "foreign_file"], report.problems
    out = CliRunner().invoke(main, ["dedup", "--rebuild", "--archive", str(root)])
    assert out.exit_code == 0, out.output


def test_sql_literals_quote_and_refuse_nul():
    assert literal("o'brien") == "'o''brien'"
    with pytest.raises(ValueError):
        literal("a\x00b")


# -- 5. one rule for source names, at every door ---------------------------------------------
@pytest.mark.parametrize("name", ["../../../x", "Bad Name", ".hidden", "a/b", "", "x" * 65,
                                  "-dash", "ÿ"])
def test_bad_source_names_are_refused_everywhere(tmp_path, name):
    with pytest.raises(InvalidSourceName):
        check_source_name(name)
    with pytest.raises(InvalidSourceName):
        PartWriter(tmp_path, partition={"source": name})
    with pytest.raises(InvalidSourceName), source_lock(tmp_path, name):
        pass
    with pytest.raises(InvalidSourceName):
        RunWarcWriter(tmp_path, name, "run")
    assert not any(tmp_path.iterdir()) or not list(tmp_path.parent.glob("x*"))


def test_ingest_refuses_a_bad_source_name(tmp_path):
    warc = tmp_path / "in.warc.gz"
    warc.write_bytes(b"")
    arc = tmp_path / "deep" / "er" / "archive"
    for name in ("../../../x", "Bad Name"):
        out = CliRunner().invoke(main, ["ingest", str(warc), "--source", name,
                                        "--archive", str(arc)])
        assert out.exit_code == 2 and "source name" in out.output
    assert not (tmp_path / "x").exists() and not arc.exists()


def test_internal_locks_keep_their_underscore(tmp_path):
    with source_lock(tmp_path, "_dedup"):
        assert (tmp_path / ".locks" / "_dedup.lock").exists()
    assert os.listdir(tmp_path / ".locks") == ["_dedup.lock"]


# -- what DuckDB's limits do not cover: the result as it leaves DuckDB ------------------------
def test_a_result_over_its_size_limit_stops(demo_archive):
    with archive.open(demo_archive) as arc:
        with pytest.raises(reader.QueryLimit, match="size limit"):  # 1.8 GB asked for
            arc.query("SELECT repeat('x', 1000000) AS s FROM range(1800)")
        with pytest.raises(reader.QueryLimit, match="rows"):
            arc.query("SELECT range FROM range(100)", max_rows=50)
        assert arc.query("SELECT range FROM range(50)", max_rows=50).num_rows == 50
    out = CliRunner().invoke(main, ["query", "SELECT range FROM range(10000000)", "--format",
                                    "csv", "--archive", str(demo_archive)])
    assert out.exit_code == 1 and "size limit" in out.output


def test_queries_from_threads_wait_their_turn_and_close_ends_them(demo_archive):
    from concurrent.futures import ThreadPoolExecutor

    arc = archive.open(demo_archive)
    with ThreadPoolExecutor(4) as pool:
        counts = list(pool.map(lambda _: arc.query("SELECT count(*) AS n FROM articles")
                               .column("n")[0].as_py(), range(8)))
    assert len(set(counts)) == 1 and counts[0] > 0
    arc.close()
    with pytest.raises(QueryError, match="closed"):
        arc.query("SELECT 1")


def test_a_pivot_that_needs_several_statements_says_how_to_write_it(demo_archive):
    with archive.open(demo_archive) as arc:
        with pytest.raises(QueryError, match="IN"):
            arc.query("SELECT * FROM (PIVOT articles ON source USING count(*))")
        listed = arc.query("SELECT * FROM (PIVOT articles ON source IN ('demo-huecit') "
                           "USING count(*))")
        assert "demo-huecit" in listed.column_names


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"since": "notadate"}, "not a date"),
    ({"until": "2024-02-30"}, "not a date"),
    ({"since": "0001-01-01"}, "before"),
    ({"limit": -1}, "limit"),
])
def test_library_arguments_are_read_as_the_cli_reads_them(demo_archive, kwargs, message):
    with archive.open(demo_archive) as arc, pytest.raises(QueryError, match=message):
        arc.articles(**kwargs)


def test_dates_as_strings_dates_and_datetimes_agree(demo_archive):
    from datetime import date, datetime
    from zoneinfo import ZoneInfo

    with archive.open(demo_archive) as arc:
        a = arc.articles(since="2021-01-01", columns="article_id")
        b = arc.articles(since=date(2021, 1, 1), columns="article_id")
        c = arc.articles(since=datetime(2021, 1, 1), columns="article_id")  # local time
        d = arc.articles(since=datetime(2021, 1, 1, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh")),
                         columns="article_id")
    assert a.num_rows > 0 and a.equals(b) and a.equals(c) and a.equals(d)


def test_query_output_is_valid_json_and_plain_csv(demo_archive):
    import json

    sql = ("SELECT 'x'::BLOB AS b, 'NaN'::DOUBLE AS nan, 'inf'::DOUBLE AS inf, "
           "INTERVAL 1 MONTH + INTERVAL 90 MINUTE AS i, [1.5, 'nan'::DOUBLE] AS l")
    out = CliRunner().invoke(main, ["query", sql, "--format", "json", "--archive",
                                    str(demo_archive)])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output) == [{"b": "78", "nan": None, "inf": None, "i": "P1MT5400S",
                                       "l": [1.5, None]}]
    out = CliRunner().invoke(main, ["query", sql, "--format", "csv", "--archive",
                                    str(demo_archive)])
    assert out.output.splitlines()[1].startswith("78,nan,inf,P1MT5400S,")


def test_a_folder_named_tilde_is_that_folder(demo_crawl, tmp_path, monkeypatch):
    """No shell expands "~" in PORTAL_ARCHIVE=~/archive from an env file; DuckDB and pyarrow
    would read $HOME/archive while Python wrote ./~/archive."""
    work, home = tmp_path / "work", tmp_path / "home"
    home.mkdir()
    shutil.copytree(demo_crawl["demo-huecit"].archive, work / "~" / "arch")
    monkeypatch.chdir(work)
    monkeypatch.setenv("HOME", str(home))
    with archive.open("~/arch") as arc:
        assert arc.count("article_versions") > 0 and not arc.bad_parts
    assert cluster("~/arch", rebuild=True).versions > 0
    assert not verify("~/arch").problems
    from tests.helpers import make_row

    writer = PartWriter("~/new", partition={"source": "demo-huecit"})
    writer.add(make_row(0))
    writer.close()
    assert list((work / "~" / "new").rglob("*.parquet")) and not list(home.rglob("*"))
