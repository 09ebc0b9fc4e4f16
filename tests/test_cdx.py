"""Capture indexes (#19): every closed WARC file gets a CDXJ index beside it after a writer
runs, so `show --raw URL` finds any capture (a photo, a listing) without reading WARC files."""

from __future__ import annotations

import shutil
from urllib.parse import urlsplit

from click.testing import CliRunner

from archive.cdx import CDX_SUFFIX, find_captures, index_warcs, url_key
from archive.verify import verify_archive
from crawler.cli import main
from crawler.demo.images import photo
from tests.helpers import DEMO_SOURCES


def test_every_warc_file_of_a_crawl_has_its_index(demo_crawl):
    root = demo_crawl[DEMO_SOURCES[0]].archive
    # (the files of the demo crawl's own runs: other tests add files to this archive)
    runs = {r.run_id for r in demo_crawl.values()}
    warcs = sorted(p for p in (root / "warc").glob("*/*.warc.gz")
                   if p.name.rsplit("-", 1)[0] in runs)
    assert {p.name.rsplit("-", 1)[0] for p in warcs} == runs
    for path in warcs:
        index = path.with_name(path.name + CDX_SUFFIX)
        lines = index.read_text("utf-8").splitlines()
        assert lines == sorted(lines) and all(line.count(" ") >= 2 for line in lines)


def test_a_photo_is_found_by_its_url_and_printed_raw(demo_crawl, tmp_path):
    from archive import open_archive

    root = tmp_path / "archive"
    shutil.copytree(demo_crawl["demo-liferay"].archive, root)
    with open_archive(root) as archive:
        (images,) = archive.rows("SELECT images FROM articles WHERE source = 'demo-liferay' "
                                 "AND len(images) > 0 ORDER BY url LIMIT 1")[0]
    src = images[0]["src"]
    (capture,) = find_captures(root, src)
    assert capture.url == src and capture.status == "200" and capture.mime == "image/jpeg"
    assert capture.pointer.offset == images[0]["warc_offset"]
    result = CliRunner().invoke(main, ["show", "--raw", src, "--archive", str(root)])
    assert result.exit_code == 0
    assert result.stdout_bytes.startswith(b"HTTP/1.1 200")
    assert photo(urlsplit(src).path) in result.stdout_bytes
    missing = CliRunner().invoke(main, ["show", "--raw", src + "?khac=1", "--archive", str(root)])
    assert missing.exit_code == 1 and "no capture" in missing.output
    assert url_key("HTTP://WWW.Moh.gov.vn/a?b=1") == url_key("http://moh.gov.vn/a?b=1")


def test_an_index_is_made_again_for_a_changed_file_and_verify_reads_past_it(demo_crawl, tmp_path):
    root = tmp_path / "archive"
    shutil.copytree(demo_crawl["demo-vccorp"].archive, root)
    index_warcs(root)  # (files other tests added to the shared archive)
    assert index_warcs(root) == 0  # nothing left to index
    (index, *_) = sorted((root / "warc").glob(f"*/*{CDX_SUFFIX}"))
    index.unlink()
    assert index_warcs(root) == 1 and index.exists()
    report = verify_archive(root)
    assert report.ok and not [p for p in report.problems if p.path.endswith(CDX_SUFFIX)]
    index.with_name(index.name.removesuffix(CDX_SUFFIX)).unlink()  # the WARC file gone
    assert any("capture index of a WARC file that is gone" in n for n in verify_archive(root).notes)
