"""Compaction: parts merged with no moment at which a view shows rows missing or doubled, and
a kill at any stage leaves a consistent archive; old schema versions read beside new ones."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from archive import ARTICLE_SCHEMA, PartWriter, open_archive
from archive.compact import compact
from tests.chaos import kill_at_stage
from tests.helpers import make_row


def _fill(root: Path, parts: int = 4, per_part: int = 5) -> set[tuple]:
    writer = PartWriter(root, partition={"source": "demo-huecit"}, batch_rows=per_part)
    writer.extend(make_row(i) for i in range(parts * per_part))
    writer.close()
    return _versions(root)


def _versions(root: Path) -> set[tuple]:
    with open_archive(root) as arch:
        rows = arch.sql("SELECT article_id, version_id FROM article_versions").fetchall()
    assert len(rows) == len(set(rows)), "a version is visible twice"
    return set(rows)


def test_compact_merges_parts_and_keeps_every_row(tmp_path):
    before = _fill(tmp_path)
    assert len(list((tmp_path / "articles").rglob("*.parquet"))) == 4
    result = compact(tmp_path, grace=0)
    assert result[0].replaced == 4 and result[0].rows == 20
    assert len(list((tmp_path / "articles").rglob("*.parquet"))) == 1
    assert _versions(tmp_path) == before


def test_views_consistent_at_every_stage(tmp_path):
    before = _fill(tmp_path)
    seen = []

    def hook(stage):  # what a reader opening the archive right now would get
        seen.append((stage, _versions(tmp_path)))

    compact(tmp_path, hook=hook, grace=0)
    assert [s for s, _ in seen] == ["before_publish", "after_publish", "deleting"]
    assert all(v == before for _, v in seen)


@pytest.mark.parametrize("stage", ["before_publish", "after_publish", "deleting"])
def test_kill_9_during_compaction(tmp_path, stage):
    before = _fill(tmp_path)
    exe = str(Path(sys.executable).parent / "portal-archive")
    with kill_at_stage(stage) as env:
        proc = subprocess.run([exe, "compact", "--archive", str(tmp_path)], env=env,
                              capture_output=True, timeout=120)
    assert proc.returncode == -9
    assert _versions(tmp_path) == before  # no row missing or doubled after the kill
    # The next compaction finishes the job.
    subprocess.run([exe, "compact", "--grace", "0", "--archive", str(tmp_path)], check=True,
                   timeout=120, capture_output=True)
    assert _versions(tmp_path) == before
    assert len(list((tmp_path / "articles").rglob("part-*.parquet"))) == 1


def test_parts_of_an_older_schema_read_and_compact(tmp_path):
    """Schema version 1 had no updated_label, extracted_at or removed."""
    old_schema = pa.schema([f for f in ARTICLE_SCHEMA if f.name not in
                            ("updated_label", "extracted_at", "removed")],
                           metadata={b"portal_archive.schema_version": b"1"})
    old_rows = [{k: v for k, v in make_row(i).items() if k in old_schema.names} for i in range(3)]
    folder = tmp_path / "articles" / "source=demo-huecit"
    folder.mkdir(parents=True)
    pq.write_table(pa.Table.from_pylist(old_rows, schema=old_schema), folder / "part-old.parquet")
    writer = PartWriter(tmp_path, partition={"source": "demo-huecit"})
    writer.extend(make_row(i) for i in range(3, 6))
    writer.close()
    with open_archive(tmp_path) as arch:
        rows = arch.sql("SELECT article_id, removed FROM article_versions ORDER BY 1").fetchall()
        assert len(rows) == 6 and rows[0][1] is None
        assert arch.count("articles") == 6
    compact(tmp_path, grace=0)
    with open_archive(tmp_path) as arch:
        assert arch.count("article_versions") == 6


def test_an_open_reader_survives_a_compaction(tmp_path):
    before = _fill(tmp_path)
    with open_archive(tmp_path) as arch:  # listed the small parts
        compact(tmp_path)  # default grace: replaced parts stay for a while
        assert arch.count("article_versions") == len(before)
    assert _versions(tmp_path) == before


def test_one_compaction_at_a_time(tmp_path):
    from archive.locks import SourceBusy, source_lock

    _fill(tmp_path)
    with source_lock(tmp_path, "_compaction"), pytest.raises(SourceBusy):
        compact(tmp_path)
