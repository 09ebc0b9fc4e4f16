"""Fixity (#19): every WARC record carries SHA-256 block and payload digests, every published
part its SHA-256 beside it, and ``verify --fixity`` recomputes both and names what changed,
down to one flipped byte that nothing else would notice."""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path

from click.testing import CliRunner
from warcio.archiveiterator import ArchiveIterator

from archive.compact import compact, delete_replaced
from archive.verify import verify_archive
from archive.warc import RunWarcWriter, scan_gzip_members
from archive.writer import digest_name, file_sha256
from crawler.cli import main
from tests.helpers import make_row, publish_rows


def _archive(root: Path) -> Path:
    publish_rows(root, [make_row(i, "moh") for i in range(6)])
    warc = RunWarcWriter(root, "moh", "run-fixity")
    for n in range(3):
        warc.write_exchange(f"https://moh.gov.vn/tin/{n}", method="GET", request_headers=[],
                            status=200, reason="OK",
                            response_headers=[("Content-Type", "text/html; charset=utf-8")],
                            body=f"<html><body><p>Bài số {n}: hội nghị tổng kết.</p></body></html>".encode())
    warc.close()
    (path,) = (root / "warc").rglob("*.warc.gz")
    return path


def _flip_in_member(path: Path, member: int, old: bytes, new: bytes) -> None:
    """Change bytes inside one gzip member and compress it again: the file stays valid gzip
    and valid WARC, only the digests can tell."""
    offsets, end, damage = scan_gzip_members(path)
    assert damage is None
    data = path.read_bytes()
    bounds = [*offsets, end]
    plain = zlib.decompress(data[bounds[member]:bounds[member + 1]], wbits=31)
    assert old in plain
    changed = gzip.compress(plain.replace(old, new, 1))
    path.write_bytes(data[:bounds[member]] + changed + data[bounds[member + 1]:])


def test_records_carry_sha256_digests_and_parts_their_sha256(tmp_path):
    warc = _archive(tmp_path)
    with warc.open("rb") as fh:
        responses = [r for r in ArchiveIterator(fh) if r.rec_type == "response"]
    assert len(responses) == 3
    for record in responses:
        assert record.rec_headers.get_header("WARC-Block-Digest").startswith("sha256:")
        assert record.rec_headers.get_header("WARC-Payload-Digest").startswith("sha256:")
    (part,) = (tmp_path / "articles").rglob("part-*.parquet")
    digest = part.with_name(digest_name(part.name))
    assert digest.read_text() == f"{file_sha256(part)}  {part.name}\n"  # as sha256sum -c reads it
    report = verify_archive(tmp_path, fixity=True)
    assert report.ok and report.undigested == 0
    assert report.hashed == 1 + 7  # the part, and the warcinfo, response and request records


def test_one_flipped_byte_in_a_record_and_in_a_part_are_named(tmp_path):
    warc = _archive(tmp_path)
    _flip_in_member(warc, 3, "Bài số 1".encode(), "Bài số 7".encode())  # the second response
    (part,) = (tmp_path / "articles").rglob("part-*.parquet")
    data = bytearray(part.read_bytes())
    data[len(data) // 2] ^= 0x01
    part.write_bytes(bytes(data))

    plain = verify_archive(tmp_path)
    assert not [p for p in plain.problems if p.path == str(warc)]  # gzip and WARC still read
    report = verify_archive(tmp_path, fixity=True)
    found = {(p.kind, p.path) for p in report.problems}
    assert ("fixity_mismatch", str(warc)) in found and ("fixity_mismatch", str(part)) in found
    details = [p.detail for p in report.problems if p.path == str(warc)]
    offset = scan_gzip_members(warc)[0][3]
    assert any(d.startswith(f"record at {offset}: block digest failed") for d in details)

    result = CliRunner().invoke(main, ["verify", "--archive", str(tmp_path), "--fixity"])
    assert result.exit_code == 1 and "fixity_mismatch" in result.stderr


def test_parts_without_a_digest_and_orphan_digests(tmp_path):
    _archive(tmp_path)
    (part,) = (tmp_path / "articles").rglob("part-*.parquet")
    part.with_name(digest_name(part.name)).unlink()  # as parts written before digests
    orphan = part.with_name(digest_name("part-20260101T000000-000000000000.parquet"))
    orphan.write_text("0" * 64 + "  part-20260101T000000-000000000000.parquet\n")
    report = verify_archive(tmp_path, fixity=True)
    assert report.ok and report.undigested == 1
    assert any("never published" in n for n in report.notes)
    result = CliRunner().invoke(main, ["verify", "--archive", str(tmp_path), "--fixity"])
    assert result.exit_code == 0 and "written before parts had digests" in result.stdout


def test_compaction_keeps_digests_with_their_parts(tmp_path):
    for first in (0, 10, 20):
        publish_rows(tmp_path, [make_row(i, "moh") for i in range(first, first + 3)])
    folder = next((tmp_path / "articles").iterdir())

    def digests_match_parts() -> None:
        parts = sorted(p.name for p in folder.glob("part-*.parquet"))
        assert sorted(p.name for p in folder.glob(".*.sha256")) == [digest_name(n) for n in parts]
        report = verify_archive(tmp_path, fixity=True)
        assert report.ok and report.undigested == 0
        assert not [n for n in report.notes if "never published" in n]

    (result,) = compact(tmp_path, grace=0)  # the replaced parts deleted at once
    assert result.replaced == 3
    digests_match_parts()
    for first in (30, 40):
        publish_rows(tmp_path, [make_row(i, "moh") for i in range(first, first + 3)])
    (result,) = compact(tmp_path, grace=3600)  # kept for readers, deleted later
    assert result.replaced == 3
    digests_match_parts()
    assert delete_replaced(tmp_path, grace=0) == 3
    digests_match_parts()
