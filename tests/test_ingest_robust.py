"""Reading WARC files that are large, cut short or rotten (issue #14 points 11, 23, 27).

``ingest`` reads each record's headers before its payload, so a video record costs no memory;
a damaged file keeps the records before the damage, names the damage and exits 1; ``reextract``
over a rotten record names it under its own reason and exits 1. WARC files are written here
with warcio, damaged with a knife, and read through the CLI (or, to measure memory, a
subprocess).
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from click.testing import CliRunner
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archive import open_archive
from crawler.cli import main
from tests.helpers import INGEST_MEMORY, measure

ROOT = Path(__file__).resolve().parents[1]
_ARTICLE = ("<html><head><title>{title}</title></head><body><h1>{title}</h1><div>"
            + "<p>Sáng 12/1, Sở Tư pháp tổ chức hội nghị tổng kết công tác năm {year} và triển "
              "khai nhiệm vụ năm tới với sự tham dự của lãnh đạo các phòng.</p>" * 6
            + "</div></body></html>")
_YEARS = (2021, 2022, 2023)


class _Zeros(io.RawIOBase):
    """``n`` zero bytes as a stream: a huge payload that is never in the test's memory."""

    def __init__(self, n: int) -> None:
        self.left = n

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        n = min(len(buffer), self.left)
        buffer[:n] = bytes(n)
        self.left -= n
        return n


def _response(writer: WARCWriter, url: str, content_type: str, payload, length: int) -> None:
    http = StatusAndHeaders("200 OK", [("Content-Type", content_type),
                                       ("Content-Length", str(length))], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=payload, length=length,
                                                  http_headers=http))


def _article(writer: WARCWriter, year: int) -> None:
    body = _ARTICLE.format(title=f"Hội nghị tổng kết công tác năm {year}", year=year).encode()
    _response(writer, f"http://so-tu-phap.example.vn/tin/{year}", "text/html; charset=utf-8",
              io.BytesIO(body), len(body))


def _warc(path: Path, *, gzip: bool = True, big: dict[str, int] | None = None) -> list[int]:
    """Three article pages (and ``big``: content type -> bytes of zeros after the first);
    returns the offset of each record."""
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        _article(writer, _YEARS[0])
        for i, (ctype, size) in enumerate((big or {}).items()):
            _response(writer, f"http://so-tu-phap.example.vn/files/{i}", ctype,
                      io.BufferedReader(_Zeros(size), 1 << 20), size)
        for year in _YEARS[1:]:
            _article(writer, year)
    with open(path, "rb") as fh:
        iterator = ArchiveIterator(fh)
        return [iterator.get_record_offset() for _ in iterator]


def _cli(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture()
def config(tmp_path) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text("# no source configured\n")
    return path


def _titles(archive: Path) -> list[str]:
    with open_archive(archive) as arch:
        return sorted(t for (t,) in arch.sql("SELECT title FROM articles").fetchall())


# -- point 11: headers first, payloads streamed past ------------------------------------------------


def test_a_huge_non_html_record_is_skipped_without_reading_it(tmp_path):
    """A 300 MB video record (zeros: 300 KB on disk) and a 24 MB 'HTML' record: neither payload
    is read (the old code held each whole, then some); the pages around them are ingested."""
    warc = tmp_path / "mixed.warc.gz"
    _warc(warc, big={"video/mp4": 300 * 2**20, "text/html": 24 * 2**20})
    assert warc.stat().st_size < 2 * 2**20
    got = measure(INGEST_MEMORY, warc, tmp_path / "archive")
    assert got["grew_mb"] < 100, got  # the video alone is 300 MB
    assert got["written"] == 3
    assert got["skipped"] == {"not_html": 1, "size_limit": 1}


# -- point 23: a damaged file keeps what precedes the damage, names it, exits 1 -------------------
@pytest.mark.parametrize("where", ["in_headers", "in_payload"])
def test_a_truncated_warc_keeps_the_records_before_the_cut_and_exits_1(tmp_path, config, where):
    warc = tmp_path / "cut.warc.gz"
    offsets = _warc(warc)
    data = warc.read_bytes()
    cut = offsets[2] + 40 if where == "in_headers" else len(data) - 60
    warc.write_bytes(data[:cut])
    archive = tmp_path / "archive"
    result = _cli("ingest", str(warc), "--config", str(config), "--archive", str(archive))
    assert result.exit_code == 1
    assert "2 rows written" in result.stdout and "1 warc_damaged" in result.stdout
    assert f"{warc.resolve()}: record cut short" in result.stderr
    assert f"at offset {offsets[2]}" in result.stderr
    assert "read before it: 2 response record(s), 2 row(s) written" in result.stderr
    assert _titles(archive) == [f"Hội nghị tổng kết công tác năm {y}" for y in _YEARS[:2]]


def test_a_corrupt_record_mid_file_is_named(tmp_path, config):
    warc = tmp_path / "rot.warc.gz"
    offsets = _warc(warc)
    data = bytearray(warc.read_bytes())
    data[offsets[1] + 30] ^= 0xFF  # inside the second record's deflate stream
    warc.write_bytes(bytes(data))
    result = _cli("ingest", str(warc), "--config", str(config), "--archive",
                  str(tmp_path / "archive"))
    assert result.exit_code == 1
    assert "1 rows written" in result.stdout
    assert f"at offset {offsets[1]}" in result.stderr


def test_random_bytes_get_a_one_line_message(tmp_path, config):
    junk = tmp_path / "junk.warc.gz"
    junk.write_bytes(bytes(range(256)) * 40)
    result = _cli("ingest", str(junk), "--config", str(config), "--archive",
                  str(tmp_path / "archive"))
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and len(lines[0]) < 400, result.output
    assert lines[0].isprintable() and lines[0].isascii()
    assert "not a WARC or ARC record" in lines[0] and "junk.warc.gz" in lines[0]


# -- point 27: reextract names a rotten capture ---------------------------------------------------
@pytest.mark.parametrize("gzip", [True, False], ids=["gzip_crc", "block_digest"])
def test_reextract_names_a_rotten_capture_and_exits_1(tmp_path, config, gzip):
    warc = tmp_path / ("capture.warc.gz" if gzip else "capture.warc")
    offsets = _warc(warc, gzip=gzip)
    archive = tmp_path / "archive"
    assert _cli("ingest", str(warc), "--config", str(config), "--archive",
                str(archive)).exit_code == 0
    data = bytearray(warc.read_bytes())
    if gzip:
        data[offsets[1] + 200] ^= 0x01  # one bit of the compressed record
    else:  # one letter of the page: still HTML, still the same length
        at = data.index("tổng kết".encode(), offsets[1] + 600)
        data[at] = ord("T")
    warc.write_bytes(bytes(data))
    result = _cli("reextract", "--config", str(config), "--archive", str(archive))
    assert result.exit_code == 1
    assert "2 unchanged" in result.stdout and "1 capture_damaged" in result.stdout
    problem = "corrupt gzip data" if gzip else "WARC-Block-Digest mismatch"
    assert f"{warc.resolve()}: {problem}" in result.stderr
    assert f"at offset {offsets[1]}" in result.stderr and "/tin/2022" in result.stderr
    assert "no_body" not in result.stdout


def test_capture_reasons_are_documented():
    from crawler.faults import CAPTURE_REASONS

    doc = (ROOT / "docs" / "faults.md").read_text("utf-8")
    assert [code for code in CAPTURE_REASONS if f"| `{code}` |" not in doc] == []
