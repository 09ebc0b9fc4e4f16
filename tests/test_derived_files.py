"""Derived files and the archive's folder: a damaged clusters file or search index is left out
or made again, and ``verify`` names it; a read-only archive is searched without a write; a
path holding no archive is refused by the commands that read one; compaction does not make
the search index look behind; a crawl into a folder it cannot write stops before fetching."""

from __future__ import annotations

import os
import shutil
import stat
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from archive import layout
from archive.dedup import cluster, clusters_readable
from archive.search import index_state, search, update_index
from crawler.cli import main
from tests.helpers import CORPUS, FILLER
from tests.helpers import publish_rows as _publish
from tests.helpers import search_row as _row

ROOT_USER = os.geteuid() == 0


def _rows(rows: list[dict]) -> list[dict]:
    """Rows without WARC pointers: these archives hold no WARC file for verify to check."""
    return [{**r, "warc_file": None, "warc_offset": None, "warc_length": None} for r in rows]


def _cli(*args: str):
    """The command through click's runner; an exception escaping it (a traceback for a user)
    fails the test."""
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """An archive with duplicate clusters and a search index, copied by each test."""
    root = tmp_path_factory.mktemp("derived") / "archive"
    _publish(root, _rows(CORPUS[:5]))
    _publish(root, _rows(CORPUS[5:]))
    cluster(root)
    update_index(root)
    return root


@pytest.fixture
def archive(built, tmp_path) -> Path:
    root = tmp_path / "archive"
    shutil.copytree(built, root)
    return root


def _damage(path: Path) -> None:
    """Cut a file to half its size, like a disk that filled up mid-write."""
    with open(path, "r+b") as f:
        f.truncate(path.stat().st_size // 2)


def _snapshot(root: Path) -> dict[str, int]:
    """Every file and folder under ``root`` with its modification time: a file created and
    removed again still changes its folder's."""
    return {str(p): p.stat().st_mtime_ns for p in [root, *root.rglob("*")]}


# -- 6: damaged derived files ---------------------------------------------------------------------
def test_a_damaged_clusters_file_is_left_out_and_named_by_verify(archive):
    clusters = archive / "dedup" / "clusters.parquet"
    assert clusters_readable(archive) is None
    _damage(clusters)
    reason = clusters_readable(archive)
    assert reason and "portal-archive dedup --rebuild" in reason
    # Every command still answers, the articles without their clusters.
    out = _cli("summary", "--archive", str(archive))
    assert out.exit_code == 0 and f"{len(CORPUS)} articles" in out.output
    assert "portal-archive dedup --rebuild" in out.output
    assert _cli("search", "hoi nghi", "--archive", str(archive)).exit_code == 0
    assert _cli("health", "--archive", str(archive)).exit_code == 0
    out = _cli("verify", "--archive", str(archive))
    assert out.exit_code == 1
    assert "damaged_derived" in out.output and "clusters.parquet" in out.output
    assert "portal-archive dedup --rebuild" in out.output
    # The command verify names makes it whole again.
    assert _cli("dedup", "--rebuild", "--archive", str(archive)).exit_code == 0
    out = _cli("verify", "--archive", str(archive))
    assert out.exit_code == 0 and out.output.rstrip().endswith("ok")


def test_verify_names_a_damaged_dedup_part(archive):
    (part,) = (archive / "dedup" / "docs").glob("*.parquet")
    _damage(part)
    out = _cli("verify", "--archive", str(archive))
    assert out.exit_code == 1 and f"damaged_derived: {part}" in out.output
    assert "portal-archive dedup --rebuild" in out.output


@pytest.mark.parametrize("how", ["truncated", "not sqlite", "pointer"])
def test_a_damaged_search_index_is_named_and_made_again(archive, how):
    index = next((archive / "search").glob("index-*.sqlite"))
    if how == "truncated":
        _damage(index)
    elif how == "not sqlite":
        index.write_bytes(b"not a database at all" * 100)
    else:
        (archive / "search" / "CURRENT").write_text("index-gone.sqlite\n")
    assert index_state(archive, thorough=True).state == "damaged"
    out = _cli("verify", "--archive", str(archive))
    assert out.exit_code == 1 and "damaged_derived" in out.output
    assert "portal-archive index --rebuild" in out.output
    # Searching where the archive can be written makes a new index, and says so.
    out = _cli("search", "hoi nghi", "--archive", str(archive))
    assert out.exit_code == 0, out.output
    assert "damaged" in out.output and "Hội nghị xúc tiến" in out.output
    assert _cli("verify", "--archive", str(archive)).exit_code == 0


def test_verify_notes_derived_files_behind_the_archive(archive):
    out = _cli("verify", "--archive", str(archive))
    assert out.exit_code == 0 and "note:" not in out.output
    assert "5 derived files checked" in out.output  # 4 dedup/ tables, the index
    _publish(archive, _rows([_row("new", "moit", "Hội chợ hàng Việt", FILLER, days=900)]))
    out = _cli("verify", "--archive", str(archive))
    assert out.exit_code == 0, out.output  # behind is no damage
    assert "note: duplicate clusters are behind the archive: 1 article version(s)" in out.output
    assert "note: the search index is behind the archive" in out.output


# -- 7: a read-only archive -----------------------------------------------------------------------
@pytest.fixture
def read_only(archive, monkeypatch):
    """The archive with every write permission removed. Root writes through permissions (a CI
    container): there, the probe answers what it answers everyone else on such a folder."""
    for path in [archive, *archive.rglob("*")]:
        path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    if ROOT_USER:
        monkeypatch.setattr(layout, "writable", lambda folder: False)
    yield archive
    for path in [archive, *archive.rglob("*")]:
        path.chmod(path.stat().st_mode | stat.S_IWUSR)


def test_search_on_a_read_only_archive_writes_nothing(read_only):
    before = _snapshot(read_only)
    out = _cli("search", "hoi nghi", "--archive", str(read_only))
    assert out.exit_code == 0, out.output
    assert "Hội nghị xúc tiến" in out.output and "behind" not in out.output
    assert [h.title for h in search(read_only, "da nang")] == ["Đà Nẵng khởi công cầu mới"]
    assert _snapshot(read_only) == before


def test_a_read_only_archive_behind_or_without_an_index_is_not_written(archive, monkeypatch):
    _publish(archive, _rows([_row("new", "moit", "Hội chợ hàng Việt", FILLER, days=900)]))
    shutil.rmtree(archive / "search")
    shutil.copytree(archive, archive.parent / "no-index")
    update_index(archive)
    _publish(archive, _rows([_row("newer", "moit", "Hội chợ mới", FILLER, days=901)]))
    for root, expect in ((archive, 0), (archive.parent / "no-index", 1)):
        for path in [root, *root.rglob("*")]:
            path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
        with monkeypatch.context() as patch:
            if ROOT_USER:
                patch.setattr(layout, "writable", lambda folder: False)
            before = _snapshot(root)
            out = _cli("search", "hoi cho", "--archive", str(root))
            assert _snapshot(root) == before
        assert out.exit_code == expect, out.output
        if expect == 0:  # behind: said, not updated
            assert "the search index is behind the archive" in out.output
            assert "Hội chợ hàng Việt" in out.output
        else:
            assert out.output.count("\n") == 1
            assert "no search index yet" in out.output and "read-only" in out.output
        for path in [root, *root.rglob("*")]:
            path.chmod(path.stat().st_mode | stat.S_IWUSR)


@pytest.mark.skipif(ROOT_USER, reason="root writes through folder permissions")
def test_read_only_really_means_no_permission(archive):
    for path in [archive, *archive.rglob("*")]:
        path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    try:
        assert not layout.writable(archive)
        assert _cli("search", "hoi nghi", "--archive", str(archive)).exit_code == 0
        out = _cli("compact", "--archive", str(archive))
        assert out.exit_code == 1 and "cannot write to the archive" in out.output
    finally:
        for path in [archive, *archive.rglob("*")]:
            path.chmod(path.stat().st_mode | stat.S_IWUSR)


# -- 8: a path that holds no archive --------------------------------------------------------------
@pytest.mark.parametrize("command", [
    ["verify"], ["health"], ["summary"], ["search", "hoi"], ["index"], ["compact"],
    ["query", "SELECT 1"], ["export", "--format", "csv", "-o", "-"], ["runs"], ["show", "x"],
    ["history", "x"], ["dupes"],
])
def test_a_path_holding_no_archive_is_refused(tmp_path, command):
    for path in (tmp_path / "typo-path", tmp_path):  # missing, and a folder of something else
        out = _cli(*command, "--archive", str(path))
        assert out.exit_code == 2, out.output
        assert f"no archive at {path}" in out.output
    assert not (tmp_path / "typo-path").exists()
    assert list(tmp_path.iterdir()) == []


def test_an_empty_archive_a_crawl_made_is_an_archive(tmp_path):
    (tmp_path / "runs").mkdir()
    out = _cli("verify", "--archive", str(tmp_path))
    assert out.exit_code == 0 and out.output.rstrip().endswith("ok")
    out = _cli("health", "--archive", str(tmp_path))
    assert out.exit_code == 0 and "no runs recorded yet" in out.output
    assert _cli("summary", "--archive", str(tmp_path)).exit_code == 0


# -- 21: compaction and the search index ----------------------------------------------------------
def test_compaction_leaves_the_search_index_current(archive):
    def search_says_behind() -> bool:
        out = _cli("search", "hoi cho", "--archive", str(archive))
        assert out.exit_code == 0, out.output
        return "behind" in out.output

    assert _cli("compact", "--archive", str(archive), "--grace", "0").exit_code == 0
    assert len(list((archive / "articles").rglob("*.parquet"))) == len({r["source"] for r in CORPUS})
    assert index_state(archive).state == "current" and not search_says_behind()
    # New rows are still noticed, compacted or not.
    _publish(archive, _rows([_row("new", "moet", "Hội chợ hàng Việt", FILLER, days=900)]))
    assert search_says_behind()
    assert _cli("compact", "--archive", str(archive), "--grace", "0").exit_code == 0
    assert search_says_behind()
    assert _cli("index", "--archive", str(archive)).exit_code == 0
    assert not search_says_behind()
    # A compacted part merged again with a new one: the rows they hold are what counts.
    _publish(archive, _rows([_row("newer", "moet", "Hội chợ mới", FILLER, days=901)]))
    assert _cli("index", "--archive", str(archive)).exit_code == 0
    assert _cli("compact", "--archive", str(archive), "--grace", "0").exit_code == 0
    assert not search_says_behind()
    assert len(search(archive, "hoi cho")) == 2


# -- 22: a crawl into a folder it cannot write ----------------------------------------------------
def test_a_crawl_into_an_unwritable_folder_stops_before_fetching(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    targets = [blocker / "archive"]
    if not ROOT_USER:  # root writes through folder permissions
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o555)
        targets.append(locked)
    for target in targets:
        started = time.monotonic()
        out = _cli("crawl", "--archive", str(target))
        assert out.exit_code == 1, out.output
        assert out.output.startswith("Error: cannot write to the archive") and out.output.count("\n") == 1
        assert time.monotonic() - started < 5  # no portal was started, nothing was fetched
