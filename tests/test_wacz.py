"""``portal-archive export --format wacz`` (#19): a WACZ package that Webrecorder's own checker
accepts and that pywb replays, an archived article and its photo included.

pywb pins an old redis client and other packages the project's environment must not take, so
it lives in an environment of its own, made on first use beside the project's
(``.venv/pywb-env``, by pip from the same package index as ``make test``'s)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner

from crawler.cli import main
from crawler.demo.images import photo

SOURCE = "demo-huecit"
PYWB_ENV = Path(sys.prefix) / "pywb-env"


def _pywb() -> Path:
    """The pywb environment's bin folder, made when missing (skipped where pip cannot reach
    a package index; in CI that fails the test instead)."""
    bin_dir = PYWB_ENV / "bin"
    if not (bin_dir / "wayback").exists():
        try:
            subprocess.run([sys.executable, "-m", "venv", "--clear", str(PYWB_ENV)], check=True,
                           capture_output=True, timeout=120)
            subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "--quiet", "pywb>=2.8"],
                           check=True, capture_output=True, timeout=600)
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
            shutil.rmtree(PYWB_ENV, ignore_errors=True)
            reason = f"pywb could not be installed: {exc}"
            if os.environ.get("CI"):
                pytest.fail(reason)
            pytest.skip(reason)
    return bin_dir


@pytest.fixture(scope="module")
def package(demo_crawl, tmp_path_factory):
    root = demo_crawl[SOURCE].archive
    out = tmp_path_factory.mktemp("wacz") / "huecit.wacz"
    result = CliRunner().invoke(main, ["export", "--format", "wacz", "--source", SOURCE,
                                       "-o", str(out), "--archive", str(root)])
    assert result.exit_code == 0, result.output
    return root, out


def test_the_package_holds_the_sources_captures_pages_and_digests(package):
    import hashlib

    root, out = package
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        datapackage = json.loads(zf.read("datapackage.json"))
        for resource in datapackage["resources"]:
            assert resource["hash"] == "sha256:" + hashlib.sha256(zf.read(resource["path"])).hexdigest()
        digest = json.loads(zf.read("datapackage-digest.json"))
        assert digest["hash"] == "sha256:" + hashlib.sha256(zf.read("datapackage.json")).hexdigest()
        pages = [json.loads(line) for line in zf.read("pages/pages.jsonl").splitlines()]
        index = zf.read("indexes/index.cdx").decode().splitlines()
        warcs = [n for n in names if n.startswith("archive/")]
        assert all(zf.getinfo(n).compress_type == zipfile.ZIP_STORED for n in warcs)
    assert datapackage["wacz_version"] == "1.1.1"
    assert warcs and all(SOURCE in n for n in warcs)  # this source's files alone
    from archive import open_archive

    with open_archive(root) as archive:
        (count,) = archive.rows("SELECT count(*) FROM article_versions WHERE source = $s AND "
                                "NOT coalesce(removed, false)", {"s": SOURCE})[0]
    assert pages[0]["format"] == "json-pages-1.0" and len(pages) - 1 == count
    records = [json.loads(line.split(" ", 2)[2]) for line in index]
    assert {r.get("mime") for r in records} >= {"text/html", "image/jpeg"}
    assert index == sorted(index)


def test_webrecorders_checker_accepts_it(package):
    _, out = package
    checked = subprocess.run([str(Path(sys.executable).parent / "wacz"), "validate", "-f", str(out)],
                             capture_output=True, text=True, timeout=120)
    assert checked.returncode == 0 and "is valid" in checked.stdout, checked.stdout + checked.stderr


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_pywb_replays_an_article_and_its_photo(package, tmp_path):
    root, out = package
    bin_dir = _pywb()
    subprocess.run([str(bin_dir / "wb-manager"), "init", "portal"], cwd=tmp_path, check=True,
                   capture_output=True, timeout=120)
    subprocess.run([str(bin_dir / "wb-manager"), "add", "--unpack-wacz", "portal", str(out)],
                   cwd=tmp_path, check=True, capture_output=True, timeout=120)
    from archive import open_archive

    with open_archive(root) as archive:
        url, title, images = archive.rows(
            "SELECT url, title, images FROM articles WHERE source = $s AND len(images) > 0 "
            "ORDER BY url LIMIT 1", {"s": SOURCE})[0]
    port = _free_port()
    server = subprocess.Popen([str(bin_dir / "wayback"), "-p", str(port), "-b", "127.0.0.1"],
                              cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        def replay(target: str) -> tuple[int, str, bytes]:
            deadline = time.monotonic() + 30
            while True:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/portal/2id_/{target}",
                                                timeout=10) as response:
                        return response.status, response.headers["Content-Type"], response.read()
                except urllib.error.URLError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.2)

        status, _, body = replay(url)
        assert status == 200 and title.encode() in body
        status, media_type, body = replay(images[0]["src"])
        assert (status, media_type) == (200, "image/jpeg")
        assert body == photo(urlsplit(images[0]["src"]).path)
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_what_a_wacz_export_refuses(package, tmp_path):
    root, _ = package
    runner = CliRunner()
    out = str(tmp_path / "x.wacz")
    base = ["export", "--format", "wacz", "--archive", str(root)]
    refused = runner.invoke(main, [*base, "-o", out, "--unit", "Văn phòng"])
    assert refused.exit_code == 2 and "--unit" in refused.output
    assert runner.invoke(main, [*base, "-o", "-"]).exit_code == 2
    for run in ("no-such-run", SOURCE):  # a run id is matched whole, not as a prefix
        none = runner.invoke(main, [*base, "-o", out, "--source", SOURCE, "--run", run])
        assert none.exit_code == 1 and "no WARC files" in none.output and not Path(out).exists()
    csv_run = runner.invoke(main, ["export", "--format", "csv", "--archive", str(root), "-o", out,
                                   "--run", "x"])
    assert csv_run.exit_code == 2 and "--run" in csv_run.output
