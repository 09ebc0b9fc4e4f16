"""Raw captures: WARC files tied to rows, show/history/verify/reextract/ingest through the CLI."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from archive import open_archive
from archive.warc import WarcPointer, iter_responses, read_record
from crawler.cli import main
from crawler.demo.corpus import load_corpus
from crawler.demo.liferay import LiferaySite


def run(*args: str, ok: bool = True):
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, result.output + result.stderr
    return result


@pytest.fixture()
def archive(demo_crawl, tmp_path) -> Path:
    target = tmp_path / "archive"
    shutil.copytree(demo_crawl["demo-liferay"].archive, target)
    return target


def test_every_row_points_at_its_response_record(demo_crawl):
    root = demo_crawl["demo-liferay"].archive
    with open_archive(root) as arch:
        rows = arch.sql("SELECT url, warc_file, warc_offset, warc_length, warc_record_id, "
                        "http_status FROM article_versions WHERE NOT removed").fetchall()
    assert rows
    for url, file, offset, length, record_id, status in rows:
        captured = read_record(root, WarcPointer(file, offset, length, record_id))
        assert captured.url == url and captured.status == status
        assert b"<html" in captured.body[:300].lower()


def test_warc_files_hold_every_exchange_and_pass_warcio_check(demo_crawl):
    root = demo_crawl["demo-liferay"].archive
    files = sorted((root / "warc").rglob("*.warc.gz"))
    assert files
    urls = [r.url for f in files for r in iter_responses(f)]
    assert any(u.endswith("/robots.txt") for u in urls)
    assert any("/rss/" in u for u in urls)
    statuses = [r.status for f in files for r in iter_responses(f)]
    assert 302 in statuses  # the redirect of "/" is kept too
    warcio = shutil.which("warcio", path=str(Path(__import__("sys").executable).parent))
    for f in files:
        assert subprocess.run([warcio, "check", str(f)], capture_output=True).returncode == 0
        index = subprocess.run([warcio, "index", str(f)], capture_output=True, text=True)
        assert index.returncode == 0 and '"warc-type": "request"' in index.stdout


def test_show_and_raw(archive):
    a = load_corpus("liferay")[0]
    with open_archive(archive) as arch:
        (url,) = arch.sql("SELECT url FROM articles WHERE title = ?", [a.title]).fetchall()[0]
    out = run("show", url, "--archive", str(archive)).output
    assert f"title: {a.title}" in out and a.paragraphs[0] in out
    raw = CliRunner().invoke(main, ["show", url, "--raw", "--archive", str(archive)]).stdout_bytes
    assert raw.startswith(b"HTTP/1.1 200") and a.title.encode() in raw
    assert run("show", "nope", "--archive", str(archive), ok=False).exit_code == 1


def test_verify_names_torn_and_foreign_files(archive):
    assert "ok" in run("verify", "--archive", str(archive)).output
    warc = next((archive / "warc").rglob("*.warc.gz"))
    data = warc.read_bytes()
    warc.write_bytes(data[: len(data) - 40])  # a crash mid-record
    (archive / "articles" / "demo-liferay" / "notes.txt").write_text("hello")
    part = next((archive / "articles").rglob("part-*.parquet"))
    torn = part.with_name("part-torn.parquet")
    torn.write_bytes(part.read_bytes()[:100])
    result = run("verify", "--archive", str(archive), ok=False)
    assert result.exit_code == 1
    assert "torn_warc" in result.stderr and warc.name in result.stderr
    assert "foreign_file" in result.stderr and "notes.txt" in result.stderr
    assert "torn_part" in result.stderr and "part-torn.parquet" in result.stderr


def test_reextract_writes_versions_only_where_extraction_changed(archive, tmp_path):
    unchanged = run("reextract", "--archive", str(archive)).output
    assert "0 rows changed" in unchanged
    # A changed rule: this portal's bold right-aligned last line is no longer read as the unit.
    config = tmp_path / "sources.toml"
    config.write_text('[[source]]\nname = "demo-liferay"\nfamily = "liferay"\n'
                      'base_url = "demo:liferay"\noverrides = { unit_last_bold_right = false }\n')
    with_unit = sum(1 for a in load_corpus("liferay") if a.unit)
    out = run("reextract", "--source", "demo-liferay", "--config", str(config),
              "--archive", str(archive)).output
    assert f"{with_unit} rows changed" in out
    with open_archive(archive) as arch:
        q = "SELECT count(*) FROM articles WHERE source = 'demo-liferay' AND unit IS NOT NULL"
        assert arch.sql(q).fetchall()[0][0] == 0
        # the new versions still point at the captures they came from, fetched when they were
        same = arch.sql("SELECT count(DISTINCT (warc_file, warc_offset)) FROM article_versions "
                        "WHERE source = 'demo-liferay' AND NOT removed").fetchall()[0][0]
        assert same == len(load_corpus("liferay"))


def test_history_shows_versions_with_a_diff(archive, tmp_path):
    config = tmp_path / "sources.toml"
    config.write_text('[[source]]\nname = "demo-liferay"\nfamily = "liferay"\n'
                      'base_url = "demo:liferay"\noverrides = { unit_last_bold_right = false }\n')
    run("reextract", "--source", "demo-liferay", "--config", str(config), "--archive", str(archive))
    a = next(a for a in load_corpus("liferay") if a.unit)
    with open_archive(archive) as arch:
        (url,) = arch.sql("SELECT url FROM articles WHERE title = ?", [a.title]).fetchall()[0]
    out = run("history", url, "--archive", str(archive)).output
    assert "2 version(s)" in out and "changed: unit" in out
    assert f"+{a.unit}" in out  # the unit line moved into the text


@pytest.fixture()
def wget_warc(demo_portal, tmp_path) -> tuple[Path, list]:
    wget = shutil.which("wget")
    if wget is None:
        pytest.skip("wget not installed")
    base = demo_portal.url("liferay")
    articles = load_corpus("liferay")[:6]
    urls = [base + LiferaySite.article_path(a) for a in articles] + [base + "/tin-tuc-su-kien"]
    (tmp_path / "urls.txt").write_text("\n".join(urls))
    subprocess.run([wget, "--quiet", "--warc-file=" + str(tmp_path / "capture"), "-i",
                    str(tmp_path / "urls.txt"), "-O", "/dev/null", "--no-warc-keep-log"],
                   check=True, timeout=120, cwd=tmp_path)
    return tmp_path / "capture.warc.gz", articles


def test_ingest_wget_warc(wget_warc, tmp_path):
    warc, articles = wget_warc
    archive = tmp_path / "archive"
    out = run("ingest", str(warc), "--archive", str(archive)).output
    assert f"{len(articles)} rows written" in out
    with open_archive(archive) as arch:
        rows = arch.sql("SELECT title, text, warc_file FROM articles ORDER BY title").fetchall()
    assert sorted(r[0] for r in rows) == sorted(a.title for a in articles)
    by_title = {a.title: a for a in articles}
    for title, text, warc_file in rows:
        assert text == by_title[title].text
        assert warc_file == str(warc.resolve())  # rows point at the foreign file
    again = run("ingest", str(warc), "--archive", str(archive)).output
    assert "0 rows written" in again and f"{len(articles)} unchanged" in again
    assert "ok" in run("verify", "--archive", str(archive)).output


def test_ingest_warcio_written_warc(demo_crawl, tmp_path):
    """Our own run WARCs are plain warcio output: ingesting them into a fresh archive gives the
    same articles as the crawl did."""
    src = demo_crawl["demo-liferay"].archive
    warcs = sorted((src / "warc" / "source=demo-liferay").rglob("*.warc.gz"))
    archive = tmp_path / "fresh"
    run("ingest", *map(str, warcs), "--source", "demo-liferay", "--archive", str(archive))
    with open_archive(archive) as new, open_archive(src) as old:
        q = "SELECT title, text FROM articles WHERE source = 'demo-liferay' ORDER BY title"
        assert new.sql(q).fetchall() == old.sql(q).fetchall()


def test_torn_tail_repaired_only_when_no_live_writer(tmp_path):
    from archive.verify import verify_archive
    from archive.warc import RunWarcWriter, recover_torn_warcs

    writer = RunWarcWriter(tmp_path, "s", "run")
    for i in range(3):
        writer.write_exchange(f"http://a/{i}", method="GET", request_headers=[], status=200,
                              reason="OK", response_headers=[], body=b"x" * 500)
    assert recover_torn_warcs(tmp_path) == []  # held by its live writer
    writer.close()
    path = next(tmp_path.rglob("*.warc.gz"))
    path.write_bytes(path.read_bytes()[:-25])  # a kill mid-record
    assert not verify_archive(tmp_path).ok
    (repaired,) = recover_torn_warcs(tmp_path)
    assert repaired[1] > 0 and verify_archive(tmp_path).ok
    assert len(list(iter_responses(path))) == 3  # every complete record kept


def test_damage_inside_files_is_reported_never_cut(archive):
    from archive.warc import recover_torn_warcs

    warc = next((archive / "warc").rglob("*.warc.gz"))
    data = bytearray(warc.read_bytes())
    data[len(data) // 2] ^= 0xFF  # a flipped byte mid-file: records after it are intact
    warc.write_bytes(bytes(data))
    assert recover_torn_warcs(archive) == [] and warc.stat().st_size == len(data)
    part = next((archive / "articles").rglob("part-*.parquet"))
    raw = bytearray(part.read_bytes())
    for i in range(len(raw) // 3, len(raw) // 3 + 400):  # pages damaged, footer intact
        raw[i] ^= 0x5A
    part.write_bytes(bytes(raw))
    foreign = archive / "articles" / "demo-liferay" / "part-foreign.parquet"
    shutil.copy(next((archive / "runs").glob("run-*.parquet")), foreign)
    result = run("verify", "--archive", str(archive), ok=False)
    assert "torn_warc" in result.stderr and "torn_part" in result.stderr
    assert "schema_mismatch" in result.stderr and "part-foreign.parquet" in result.stderr
    out = run("query", "SELECT count(*) AS n FROM articles WHERE source = 'demo-liferay'",
              "--format", "json", "--archive", str(archive))
    assert "part-foreign.parquet" in out.stderr  # named, and left out of the views
    assert json.loads(out.stdout) == [{"n": len(load_corpus("liferay"))}]


def test_same_url_in_two_sources_needs_a_source(archive, tmp_path):
    warcs = sorted((archive / "warc").rglob("demo-liferay*.warc.gz"))
    run("ingest", *map(str, warcs), "--source", "copy", "--archive", str(archive))
    a = load_corpus("liferay")[0]
    with open_archive(archive) as arch:
        (url,) = arch.sql("SELECT url FROM articles WHERE source = 'demo-liferay' AND title = ?",
                          [a.title]).fetchall()[0]
    out = run("history", url, "--archive", str(archive), ok=False)
    assert out.exit_code == 1 and "--source" in out.output
    assert "1 version(s)" in run("history", url, "--source", "copy", "--archive",
                                 str(archive)).output


def test_ingest_refuses_files_that_are_not_warcs(tmp_path):
    import gzip as gz

    bad = tmp_path / "notes.warc.gz"
    bad.write_bytes(gz.compress(b"not a WARC file at all"))
    out = run("ingest", str(bad), "--archive", str(tmp_path / "a"), ok=False)
    assert out.exit_code == 1 and "no HTTP response record" in out.output
