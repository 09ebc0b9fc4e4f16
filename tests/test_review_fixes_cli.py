"""Review of the issue #14 fixes: export destinations that are no regular file (19), `-s`
settings that wire the crawl's components (24), `show`/`history` of a moved article by the
URL they print (25), and usage errors of `crawl`, `reextract` and `sources`."""

from __future__ import annotations

import csv
import io
import os
import shutil
import stat
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pyarrow as pa
import pytest
from click.testing import CliRunner

from archive import RUN_SCHEMA, PartWriter, open_archive
from archive.export import export_articles
from archive.history import find_moved
from archive.writer import publish_table
from crawler.cli import main
from crawler.runner import SettingsError, check_overrides
from tests.helpers import make_row

NOT_REGULAR = "not a regular file: use -o - and redirect"


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def arc(tmp_path_factory) -> Path:
    """Three articles of demo-huecit and one finished run of it."""
    root = tmp_path_factory.mktemp("review") / "archive"
    writer = PartWriter(root, partition={"source": "demo-huecit"})
    writer.extend([make_row(i) for i in range(3)])
    writer.close()
    row = {name: None for name in RUN_SCHEMA.names}
    row.update(run_id="demo-huecit-r1", source="demo-huecit", articles_new=3,
               started_at=datetime(2026, 11, 1, 3, 0, tzinfo=UTC),
               finished_at=datetime(2026, 11, 1, 3, 5, tzinfo=UTC), finish_reason="finished")
    publish_table(root, "runs", pa.Table.from_pylist([row], schema=RUN_SCHEMA), prefix="run")
    return root


# -- 19: the destination of an export ------------------------------------------------------------
def test_export_through_a_symlink_replaces_its_target(arc, tmp_path):
    target = tmp_path / "target.csv"
    target.write_text("old")
    link = tmp_path / "link.csv"
    link.symlink_to(target.name)  # relative, as `ln -s target.csv link.csv`
    result = run("export", "-o", link, "--force", "--format", "csv", "--archive", arc)
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and os.readlink(link) == "target.csv"
    assert len(list(csv.DictReader(io.StringIO(target.read_text(), newline="")))) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.csv", "target.csv"]  # no .part
    # Without --force the existing target is kept, as a regular file would be.
    target.write_text("keep me")
    result = run("export", "-o", link, "--format", "csv", "--archive", arc)
    assert result.exit_code == 2 and "already exists" in result.output
    assert target.read_text() == "keep me"
    # A dangling link is followed as well: the export creates its target.
    target.unlink()
    assert run("export", "-o", link, "--format", "jsonl", "--archive", arc).exit_code == 0
    assert link.is_symlink() and len(target.read_text().splitlines()) == 3


@pytest.mark.parametrize("force", [True, False])
def test_export_refuses_a_fifo_and_a_folder(arc, tmp_path, force):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    folder = tmp_path / "folder"
    folder.mkdir()
    via_link = tmp_path / "to-fifo"
    via_link.symlink_to(fifo)
    for dest in (fifo, via_link, folder):
        args = ["export", "-o", dest, "--format", "csv", "--archive", arc]
        result = run(*args, *(["--force"] if force else []))
        assert result.exit_code == 2 and isinstance(result.exception, SystemExit), result.output
        assert "Traceback" not in result.output and ".part" not in result.output
        if dest != folder:  # click's own check names a folder: "File '…' is a directory."
            assert NOT_REGULAR in result.output
            assert len(result.output.strip().splitlines()[-1:]) == 1
    assert stat.S_ISFIFO(fifo.lstat().st_mode) and via_link.is_symlink() and folder.is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fifo", "folder", "to-fifo"]


def test_library_export_refuses_what_is_no_regular_file(arc, tmp_path):
    from archive.export import NotRegularFile

    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    link = tmp_path / "link"
    link.symlink_to(fifo)
    with open_archive(arc) as archive:
        for dest in (fifo, link, tmp_path):
            for overwrite in (True, False):
                with pytest.raises(NotRegularFile, match="not a regular file"):
                    export_articles(archive, dest, "csv", overwrite=overwrite)
        assert stat.S_ISFIFO(fifo.lstat().st_mode) and link.is_symlink()
        assert sorted(p.name for p in tmp_path.iterdir()) == ["fifo", "link"]
        # A symlink to a regular file is followed: its target is replaced, atomically.
        target = tmp_path / "t.jsonl"
        target.write_text("old")
        other = tmp_path / "other"
        other.symlink_to(target)
        assert export_articles(archive, other, "jsonl") == 3
        assert other.is_symlink() and len(target.read_text().splitlines()) == 3


# -- 24: settings that wire the crawl's components -------------------------------------------
def _config(tmp_path: Path) -> Path:
    # A portal on a private address: were a crawl to start, it would be refused at once.
    path = tmp_path / "sources.toml"
    path.write_text('[[source]]\nname = "x"\nfamily = "huecit"\nbase_url = "http://127.0.0.1:9"\n',
                    "utf-8")
    return path


@pytest.mark.parametrize("setting", [
    'DOWNLOADER_MIDDLEWARES={"x":1}', "EXTENSIONS=[1", 'SPIDER_MIDDLEWARES={"os.system":1}',
    "ITEM_PIPELINES={}", 'ADDONS={"x": 0}', "SPIDER_MODULES=os", "RETRY_HTTP_CODES=[500",
])
def test_settings_that_wire_components_are_refused(tmp_path, setting):
    archive = tmp_path / "fresh"
    result = run("crawl", "x", "--config", _config(tmp_path), "--archive", archive, "-s", setting)
    name = setting.partition("=")[0]
    assert result.exit_code == 2, result.output
    assert (f"{name} wires the crawl's components and cannot be set with -s; use `scrapy crawl "
            f"portal` with your own settings module") in " ".join(result.output.split())
    assert "Traceback" not in result.output and not archive.exists()


def test_allow_private_is_still_a_list_of_hosts():
    assert check_overrides({"PORTAL_ALLOW_PRIVATE": "10.0.0.0/8,intranet.example:8080"}) == {
        "PORTAL_ALLOW_PRIVATE": ["10.0.0.0/8", "intranet.example:8080"]}
    for bad in ("[1", "host:99999", "a,,b"):
        with pytest.raises(SettingsError, match="PORTAL_ALLOW_PRIVATE"):
            check_overrides({"PORTAL_ALLOW_PRIVATE": bad})
    # Code may still wire components (the tests do): only text from a command line is refused.
    assert check_overrides({"ITEM_PIPELINES": {}}) == {"ITEM_PIPELINES": {}}


def test_settings_doc_says_components_are_refused():
    doc = (Path(__file__).resolve().parents[1] / "docs" / "settings.md").read_text("utf-8")
    assert "wires the crawl's components" in doc and "`ITEM_PIPELINES`" in doc


# -- 25: show/history by the url they print, on another port ---------------------------------
def _other_port(url: str, port: int = 1) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(netloc=f"{parts.hostname}:{port}"))


def test_show_and_history_find_a_moved_article_by_its_printed_url(demo_crawl):
    root = demo_crawl["demo-liferay"].archive
    with open_archive(root) as archive:
        picked = {}
        for source, needle in (("demo-huecit", "?gd="), ("demo-liferay", "?redirect=%2F")):
            picked[source] = archive.sql(
                "SELECT url, canonical_url, title FROM articles WHERE source = $s "
                "AND contains(url, $n) AND url <> canonical_url ORDER BY url LIMIT 1",
                {"s": source, "n": needle}).fetchall()[0]
    for source, (url, canonical, title) in picked.items():
        for key in (_other_port(url), _other_port(url).replace("http://", "https://", 1),
                    _other_port(canonical)):
            out = run("show", key, "--archive", root)
            assert out.exit_code == 0, (key, out.output)
            assert f"source: {source}" in out.output and f"url: {url}\n" in out.output
            assert f"title: {' '.join(title.split())}" in out.output
            out = run("history", key, "--archive", root)
            assert out.exit_code == 0 and f"{url}: 1 version(s)" in out.output, out.output
        # Another host, another query, or another source: no article.
        for key in (_other_port(url).replace("127.0.0.1", "127.0.0.2", 1), _other_port(url) + "&x=1"):
            out = run("show", key, "--archive", root)
            assert out.exit_code == 1 and "no article matches" in out.output, key
        other = "demo-vccorp"
        out = run("show", _other_port(url), "--source", other, "--archive", root)
        assert out.exit_code == 1 and "no article matches" in out.output


def test_find_moved_takes_the_url_as_data(tmp_path):
    """A URL holding SQL or LIKE wildcards is compared as text, never run or matched."""
    from tests.helpers import publish_rows

    rows = [{**make_row(i), "url": f"http://h:1/a?x={i}", "canonical_url": f"http://h:1/a?x={i}"}
            for i in range(2)]
    publish_rows(tmp_path, rows)
    with open_archive(tmp_path) as archive:
        assert [r["version_id"] for r in find_moved(archive, "https://h/a?x=1")] == ["v0001"]
        for key in ("http://h:2/a?x=%", "http://h:2/a?x=_", "http://h:2/a?x=1' OR '1'='1",
                    "http://h:2/%", "http://h:2/"):
            assert find_moved(archive, key) == []


# -- usage errors of crawl, reextract, sources ---------------------------------------------
def test_crawl_of_an_unknown_source_is_a_usage_error(tmp_path):
    archive = tmp_path / "a"
    result = run("crawl", "nosuch", "--config", _config(tmp_path), "--archive", archive)
    assert result.exit_code == 2, result.output
    assert "nosuch" in result.output and "known: x" in result.output and not archive.exists()
    result = run("crawl", "--all", "x", "--config", _config(tmp_path), "--archive", archive)
    assert result.exit_code == 2 and "--all" in result.output and "NAMES" in result.output
    assert not archive.exists()


def test_reextract_of_a_source_without_captures_is_a_usage_error(arc, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(arc, copy)
    before = sorted(p.relative_to(copy) for p in copy.rglob("*"))
    for name in ("nosuch", "demo-huecit"):  # demo-huecit's rows have no WARC record
        result = run("reextract", "--source", name, "--archive", copy)
        assert result.exit_code == 2, result.output
        assert f"no captures of source {name} in the archive" in result.output
        assert "captures read" not in result.output
    assert sorted(p.relative_to(copy) for p in copy.rglob("*")) == before


def test_sources_shows_each_sources_last_run(arc, tmp_path):
    result = run("sources", "--archive", arc)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "last_run" in lines[0]
    huecit = next(line for line in lines if line.startswith("demo-huecit "))
    assert "2026-11-01 10:00 +0700 finished, 3 new" in huecit  # portal local time
    liferay = next(line for line in lines if line.startswith("demo-liferay "))
    assert "never" in liferay
    # No archive at the path: the configured sources all the same, without the column.
    result = run("sources", "--archive", tmp_path / "none")
    assert result.exit_code == 0 and "demo-huecit" in result.output
    assert "last_run" not in result.output and not (tmp_path / "none").exists()
