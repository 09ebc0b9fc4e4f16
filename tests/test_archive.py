"""Archive library: round trip, atomic publish, crash safety, plain-tool readability."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime

import duckdb
import pyarrow as pa
import pyarrow.dataset as ds
import pytest

from archive import ARTICLE_SCHEMA, SCHEMA_VERSION, PartWriter, open_archive
from archive.reader import to_arrow
from archive.writer import STAGING_DIR, publish_table, sweep_staging
from tests.helpers import make_row


def test_round_trip_equal(tmp_path):
    rows = [make_row(i) for i in range(25)]
    writer = PartWriter(tmp_path, partition={"source": "demo-huecit"}, batch_rows=10)
    writer.extend(rows)
    writer.close()
    assert writer.rows_written == 25 and len(writer.parts) == 3
    with open_archive(tmp_path) as archive:
        table = to_arrow(archive.sql("SELECT * FROM article_versions ORDER BY article_id"))
    assert table.column_names == ARTICLE_SCHEMA.names
    got = table.cast(ARTICLE_SCHEMA).to_pylist()
    assert got == pa.Table.from_pylist(rows, schema=ARTICLE_SCHEMA).to_pylist()


def test_readable_without_project_code(tmp_path):
    writer = PartWriter(tmp_path, partition={"source": "demo-liferay"})
    writer.extend(make_row(i, "demo-liferay") for i in range(5))
    writer.close()
    glob = str(tmp_path / "articles" / "*" / "*.parquet")
    assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{glob}')").fetchall()[0][0] == 5
    table = ds.dataset(tmp_path / "articles", format="parquet", partitioning="hive").to_table()
    assert table.num_rows == 5 and set(table.column("source").to_pylist()) == {"demo-liferay"}
    meta = ds.dataset(tmp_path / "articles", format="parquet").schema.metadata
    assert meta[b"portal_archive.schema_version"] == str(SCHEMA_VERSION).encode()


def test_empty_archive_has_typed_views(tmp_path):
    with open_archive(tmp_path / "missing") as archive:
        assert archive.count("articles") == 0
        assert archive.sql("SELECT title, published_at FROM articles").fetchall() == []


def test_latest_version_view(tmp_path):
    old, new = make_row(1), make_row(1)
    new.update(version_id="v-new", title="Tiêu đề đã sửa",
               fetched_at=datetime(2026, 11, 2, tzinfo=UTC))
    for row in (old, new):
        publish_table(tmp_path, "articles/source=demo-huecit",
                      pa.Table.from_pylist([row], schema=ARTICLE_SCHEMA))
    with open_archive(tmp_path) as archive:
        assert archive.count("article_versions") == 2
        assert archive.sql("SELECT title FROM articles").fetchall() == [("Tiêu đề đã sửa",)]


def test_failed_write_publishes_nothing(tmp_path, monkeypatch):
    import archive.writer as w

    earlier = PartWriter(tmp_path, partition={"source": "x"})
    earlier.extend(make_row(i, "x") for i in range(3))
    earlier.close()

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(w.pq, "write_table", boom)
    with pytest.raises(OSError):
        publish_table(tmp_path, "articles/source=x",
                      pa.Table.from_pylist([make_row(1)], schema=ARTICLE_SCHEMA))
    assert list((tmp_path / "articles").rglob("*.parquet")) == earlier.parts  # nothing new
    assert not [p for p in (tmp_path / STAGING_DIR).rglob("*") if p.is_file()]
    with open_archive(tmp_path) as archive:  # earlier data intact
        assert archive.count("articles") == 3


_WRITER_SCRIPT = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {root!r})
    from tests.helpers import make_row
    from archive import PartWriter
    import archive.writer as w
    real = w.pq.write_table
    def slow(table, sink, **kw):
        # Write half the bytes, signal, then stall: the kill lands mid-file.
        import io
        buf = io.BytesIO(); real(table, buf, **kw); data = buf.getvalue()
        sink.write(data[: len(data) // 2]); sink.flush()
        print("HALF", flush=True); time.sleep(60)
    writer = PartWriter({archive!r}, partition={{"source": "demo-huecit"}}, batch_rows=50)
    writer.extend(make_row(i) for i in range(50))   # first part: published
    print("PUBLISHED", flush=True)
    w.pq.write_table = slow
    writer.extend(make_row(i) for i in range(50, 100))  # second part: killed mid-write
""")


def test_kill_during_write_leaves_archive_readable(tmp_path):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    script = _WRITER_SCRIPT.format(root=root, archive=str(tmp_path))
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        lines = []
        deadline = time.monotonic() + 60
        while "HALF" not in lines and time.monotonic() < deadline:
            lines.append(proc.stdout.readline().strip())
        assert lines[-2:] == ["PUBLISHED", "HALF"], lines
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
        proc.stdout.close()
    staged = [p for p in (tmp_path / STAGING_DIR).rglob("*") if p.is_file()]
    assert len(staged) == 1  # the torn file exists, but only in its writer's staging folder
    with open_archive(tmp_path) as archive:
        assert archive.count("articles") == 50
    glob = str(tmp_path / "articles" / "*" / "*.parquet")
    assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{glob}')").fetchall()[0][0] == 50
    assert sweep_staging(tmp_path) == 1  # its writer is dead
    assert not list((tmp_path / STAGING_DIR).iterdir())


def test_sweep_never_touches_a_live_writers_file(tmp_path, monkeypatch):
    import threading

    import archive.writer as w

    real, started, release = w.pq.write_table, threading.Event(), threading.Event()

    def slow(table, sink, **kw):
        real(table, sink, **kw)
        started.set()
        release.wait(10)

    monkeypatch.setattr(w.pq, "write_table", slow)
    result = {}
    t = threading.Thread(target=lambda: result.setdefault("path", publish_table(
        tmp_path, "articles/source=x", pa.Table.from_pylist([make_row(1)], schema=ARTICLE_SCHEMA))))
    t.start()
    assert started.wait(10)
    assert sweep_staging(tmp_path) == 0  # another crawl starting now sweeps nothing live
    release.set()
    t.join(10)
    assert result["path"].exists()


def test_articles_filters_use_bound_parameters(tmp_path):
    writer = PartWriter(tmp_path, partition={"source": "demo-huecit"})
    writer.extend(make_row(i) for i in range(10))  # published 2021-02-21 + i days
    writer.close()
    with open_archive(tmp_path) as archive:
        assert archive.articles(source="demo-huecit").num_rows == 10
        assert archive.articles(source="x' OR '1'='1").num_rows == 0
        got = archive.articles(since="2021-02-25", until="2021-02-28", columns="article_id")
        assert sorted(got.column("article_id").to_pylist()) == ["a0004", "a0005", "a0006"]
        assert archive.articles(limit=2).num_rows == 2
