"""What a review of issue #14's fixes still found broken in the commands that write (points 6,
7, 8, 11, 22): a damaged part under ``dedup/`` is computed again, not a traceback; ``dedup`` and
``reextract`` need an archive; every write command says in one line when it cannot write to
the archive; a WARC record's HTTP header block is capped.

Archives are built with the real writer, damaged with ``truncate``, and made read-only with
permissions (root writes through those: there the probe is told what it tells everyone else,
as in test_derived_files.py, or the file is made immutable, which stops root too).
"""

from __future__ import annotations

import io
import logging
import os
import shutil
import stat
import subprocess
import uuid
import zlib
from contextlib import contextmanager
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archive import layout
from archive.dedup import cluster
from archive.warc import CapturedResponse, SkippedResponse, iter_records, iter_responses
from crawler.cli import main
from tests.helpers import CORPUS, FILLER, INGEST_MEMORY, measure
from tests.helpers import publish_rows as _publish
from tests.helpers import search_row as _row

ROOT = Path(__file__).resolve().parents[1]
ROOT_USER = os.geteuid() == 0
_ARTICLE = ("<html><head><title>{title}</title></head><body><h1>{title}</h1><div>"
            + "<p>Sáng 12/1, Sở Tư pháp tổ chức hội nghị tổng kết công tác năm {year} và triển "
              "khai nhiệm vụ năm tới với sự tham dự của lãnh đạo các phòng.</p>" * 6
            + "</div></body></html>")


def _cli(*args: str):
    """The command through click's runner; an exception escaping it (a traceback for a user)
    fails the test."""
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _rows(rows: list[dict]) -> list[dict]:
    """Rows without WARC pointers: these archives hold no WARC file for verify to check."""
    return [{**r, "warc_file": None, "warc_offset": None, "warc_length": None} for r in rows]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """An archive clustered twice (two parts in each dedup/ table), copied by each test."""
    root = tmp_path_factory.mktemp("writes") / "archive"
    _publish(root, _rows(CORPUS[:5]))
    cluster(root)
    _publish(root, _rows(CORPUS[5:]))
    cluster(root)
    return root


@pytest.fixture
def archive(built, tmp_path) -> Path:
    root = tmp_path / "archive"
    shutil.copytree(built, root)
    return root


@pytest.fixture
def config(tmp_path) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text("# no source configured\n")
    return path


def _article(writer: WARCWriter, year: int) -> None:
    body = _ARTICLE.format(title=f"Hội nghị tổng kết công tác năm {year}", year=year).encode()
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                       ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        f"http://so-tu-phap.example.vn/tin/{year}", "response", payload=io.BytesIO(body),
        length=len(body), http_headers=http))


@pytest.fixture
def warc(tmp_path) -> Path:
    path = tmp_path / "page.warc.gz"
    with open(path, "wb") as fh:
        _article(WARCWriter(fh, gzip=True), 2023)
    return path


def _truncate_parts(root: Path, table: str) -> list[Path]:
    """``truncate -s 100`` every part of a dedup table, as the review did."""
    parts = sorted((root / "dedup" / table).glob("*.parquet"))
    assert parts
    for part in parts:
        os.truncate(part, 100)
    return parts


def _clusters(root: Path) -> set[tuple[str, str]]:
    table = pq.read_table(root / "dedup" / "clusters.parquet", columns=["version_id", "cluster_id"])
    return set(zip(*table.to_pydict().values(), strict=True))


def _verified(root: Path) -> None:
    out = _cli("verify", "--archive", str(root))
    assert out.exit_code == 0 and out.output.rstrip().endswith("ok"), out.output


# -- point 6: a damaged part under dedup/ is computed again ----------------------------------------
@pytest.mark.parametrize("table", ["docs", "edges", "shingles"])
def test_dedup_computes_a_damaged_dedup_table_again(archive, table, caplog):
    parts = _truncate_parts(archive, table)
    # A new version makes the run read every table (shingles are read only to match new ones).
    _publish(archive, _rows([_row("new", "moit", "Hội chợ hàng Việt", FILLER, days=900)]))
    expected = archive.parent / "expected"
    shutil.copytree(archive, expected)
    cluster(expected, rebuild=True)
    with caplog.at_level(logging.WARNING, logger="archive.dedup"):
        out = _cli("dedup", "--archive", str(archive))
    assert out.exit_code == 0, out.output
    assert "duplicate clusters: 10 new version(s) matched" in out.output  # all of them again
    warnings = [r.getMessage() for r in caplog.records if r.name == "archive.dedup"]
    assert len(warnings) == 1 and all(str(p) in warnings[0] for p in parts), warnings
    assert "again from scratch" in warnings[0]
    assert _clusters(archive) == _clusters(expected)
    _verified(archive)


@pytest.mark.parametrize("table", ["edges", "shingles"])
def test_ingest_into_an_archive_with_a_damaged_dedup_table(archive, table, warc, config):
    _truncate_parts(archive, table)
    out = _cli("ingest", str(warc), "--source", "newsrc", "--config", str(config),
               "--archive", str(archive))
    assert out.exit_code == 0, out.output
    assert "1 rows written" in out.output
    assert "duplicate clusters: 10 new version(s) matched" in out.output
    assert "not updated" not in out.output
    _verified(archive)


def test_dupes_says_a_damaged_clusters_file_is_damaged(archive):
    clusters = archive / "dedup" / "clusters.parquet"
    os.truncate(clusters, 100)
    out = _cli("dupes", "--archive", str(archive))
    assert out.exit_code == 0, out.output
    assert (f"warning: the duplicate clusters file {clusters} is damaged; "
            "`portal-archive dedup --rebuild` rebuilds it") in out.output
    assert "have not been computed" not in out.output


# -- points 8, 22: dedup and reextract need an archive ---------------------------------------------
@pytest.mark.parametrize("command", [["dedup"], ["reextract"], ["reextract", "--source", "moit"]])
def test_dedup_and_reextract_need_an_archive(tmp_path, config, command):
    empty = tmp_path / "empty"
    empty.mkdir()
    other = tmp_path / "other"  # a folder of something else (like /etc)
    other.mkdir()
    (other / "notes.txt").write_text("not an archive\n")
    for path in (tmp_path / "nonexist", empty, other):
        before = sorted(path.rglob("*")) if path.exists() else None
        out = _cli(*command, "--config", str(config), "--archive", str(path)) \
            if command[0] == "reextract" else _cli(*command, "--archive", str(path))
        assert out.exit_code == 2, out.output
        assert f"no archive at {path}" in out.output
        assert (sorted(path.rglob("*")) if path.exists() else None) == before
    assert not (tmp_path / "nonexist").exists()


# -- points 7, 22: a write command on an archive it cannot write -----------------------------------
def _files(root: Path) -> dict[str, int]:
    """Every file under ``root`` with its modification time, and every folder."""
    return {str(p): p.stat().st_mtime_ns if p.is_file() else 0 for p in root.rglob("*")}


@pytest.fixture
def read_only(archive, monkeypatch):
    """The archive with every write permission removed; as root (a CI container), the probe
    is told what it tells everyone else on such a folder."""
    for path in [archive, *archive.rglob("*")]:
        path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    if ROOT_USER:
        monkeypatch.setattr(layout, "writable", lambda folder: False)
    yield archive
    for path in [archive, *archive.rglob("*")]:
        path.chmod(path.stat().st_mode | stat.S_IWUSR)


_WRITE_COMMANDS = {
    "ingest": lambda warc, config: ["ingest", str(warc), "--source", "newsrc", "--config", str(config)],
    "reextract": lambda warc, config: ["reextract", "--config", str(config)],
    "dedup": lambda warc, config: ["dedup"],
    "dedup --rebuild": lambda warc, config: ["dedup", "--rebuild"],
    "index": lambda warc, config: ["index"],
    "compact": lambda warc, config: ["compact", "--grace", "0"],
}


@pytest.mark.parametrize("command", list(_WRITE_COMMANDS))
def test_a_write_command_on_a_read_only_archive_says_so_in_one_line(read_only, command, warc,
                                                                      config):
    before = _files(read_only)
    out = _cli(*_WRITE_COMMANDS[command](warc, config), "--archive", str(read_only))
    assert out.exit_code == 1, out.output
    assert out.output.startswith(f"Error: cannot write to the archive {read_only}: "), out.output
    assert out.output.count("\n") == 1, out.output
    assert _files(read_only) == before


@contextmanager
def _unwritable(path: Path):
    """``path`` (a file) refused to every writer: read-only, and for root, immutable."""
    path.touch()
    if ROOT_USER:
        if shutil.which("chattr") is None or subprocess.run(
                ["chattr", "+i", str(path)], capture_output=True).returncode != 0:
            pytest.skip("root cannot be refused a write here (chattr +i not permitted)")
    else:
        path.chmod(0o444)
    try:
        yield
    finally:
        if ROOT_USER:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        path.chmod(0o644)


@pytest.mark.parametrize("command, lock", [
    ("ingest", "newsrc"), ("reextract", "moit"), ("dedup", "_dedup"), ("compact", "_compaction"),
])
def test_a_write_refused_after_the_check_is_one_line_too(archive, command, lock, warc, config):
    """The check at the start cannot foresee every file (a lock file of another user's): a
    write refused later is said the same way, never as a traceback or the WARC's fault."""
    _publish(archive, _rows([_row("new", "moit", "Hội chợ hàng Việt", FILLER, days=900)]))
    args = _WRITE_COMMANDS[command](warc, config)
    lock_file = archive / ".locks" / f"{lock}.lock"
    lock_file.parent.mkdir(exist_ok=True)
    with _unwritable(lock_file):
        out = _cli(*args, "--archive", str(archive))
    assert out.exit_code == 1, out.output
    assert out.output.startswith(f"Error: cannot write to the archive {archive}: "), out.output
    assert str(lock_file) in out.output and "WARC" not in out.output
    assert out.output.count("\n") == 1, out.output


# -- point 11: the HTTP header block of a WARC record is capped ------------------------------------
def _raw_response(fh, url: str, head: list[bytes], body: bytes) -> None:
    """One gzip member holding a response record whose HTTP head is ``head`` (chunks written
    as they come: a 300 MB header line is never in the test's memory)."""
    block = sum(len(c) for c in head) + len(body)
    warc_head = ("WARC/1.0\r\nWARC-Type: response\r\n"
                 f"WARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
                 "WARC-Date: 2024-01-12T03:00:00Z\r\n"
                 f"WARC-Target-URI: {url}\r\n"
                 "Content-Type: application/http; msgtype=response\r\n"
                 f"Content-Length: {block}\r\n\r\n").encode()
    gz = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    for chunk in (warc_head, *head, body, b"\r\n\r\n"):
        fh.write(gz.compress(chunk))
    fh.write(gz.flush())


def _huge_header(size: int) -> list[bytes]:
    """``X-Big: aaaa…`` of ``size`` bytes, in 1 MiB chunks, between ordinary headers."""
    mib = b"a" * 2**20
    return [b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nX-Big: ",
            *[mib] * (size // 2**20), mib[:size % 2**20], b"\r\n\r\n"]


_MEASURE_READ = """
import json, resource, sys
from archive.warc import SkippedResponse, iter_responses
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
got = [r.reason if isinstance(r, SkippedResponse) else r.status for r in iter_responses(sys.argv[1])]
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"grew_mb": (after - before) / 1024, "got": got}))
"""


@pytest.fixture(scope="module")
def huge_header_warc(tmp_path_factory) -> Path:
    """Two article pages around a response with a 300 MB ``X-Big:`` header line (300 KB
    gzipped)."""
    warc = tmp_path_factory.mktemp("huge") / "big-header.warc.gz"
    with open(warc, "wb") as fh:
        _article(WARCWriter(fh, gzip=True), 2021)
        _raw_response(fh, "http://so-tu-phap.example.vn/tin/big", _huge_header(300 * 2**20),
                      b"<html><body><p>x</p></body></html>")
        _article(WARCWriter(fh, gzip=True), 2022)
    assert warc.stat().st_size < 2 * 2**20
    return warc




def test_a_300_mb_http_header_line_is_skipped_without_reading_it(huge_header_warc):
    got = measure(_MEASURE_READ, huge_header_warc)
    assert got["grew_mb"] < 100, got  # the header line alone is 300 MB
    assert got["got"] == [200, "header_limit", 200]


def test_ingest_of_a_300_mb_http_header_line_holds_none_of_it(huge_header_warc, tmp_path):
    got = measure(INGEST_MEMORY, huge_header_warc, tmp_path / "archive")
    assert got["written"] == 2 and got["skipped"] == {"header_limit": 1}, got
    assert got["grew_mb"] < 100, got


def test_the_cap_counts_the_whole_header_block_not_one_line(tmp_path):
    """Many ordinary lines past the cap are skipped too; a large but real head (cookies, CSP:
    tens of KB) and the records after a skipped one are read."""
    from archive.warc import MAX_HTTP_HEAD

    many = [b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n",
            *[b"X-Line-%06d: %s\r\n" % (i, b"v" * 100) for i in range(MAX_HTTP_HEAD // 100)],
            b"\r\n"]
    large = [b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n",
             b"Set-Cookie: %s\r\n" % (b"c" * 60_000), b"X-Folded: a\r\n b\r\n\r\n"]
    warc = tmp_path / "heads.warc.gz"
    with open(warc, "wb") as fh:
        _raw_response(fh, "http://example.vn/many", many, b"<p>many</p>")
        _raw_response(fh, "http://example.vn/large", large, b"<p>large</p>")
    got = list(iter_responses(warc))
    assert [type(r) for r in got] == [SkippedResponse, CapturedResponse]
    assert got[0].reason == "header_limit" and got[0].url == "http://example.vn/many"
    assert got[0].pointer.offset == 0 and got[1].pointer.offset == got[0].pointer.length
    assert got[1].status == 200 and got[1].body == b"<p>large</p>"
    assert got[1].header("Set-Cookie") == "c" * 60_000 and got[1].header("X-Folded") == "a b"
    with open(warc, "rb") as fh:  # the quick pass over a file caps heads the same way
        assert [r.http_headers is None for r in iter_records(fh)] == [True, False]
