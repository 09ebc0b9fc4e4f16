"""The archive is data, kept out of the code (issue #15, point 1): its default folder is
``./data`` everywhere it is named, ``make demo`` leaves a clone's ``git status`` as it was, and
every writer refuses a folder holding Python code before it creates anything there."""

from __future__ import annotations

import inspect
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pytest
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archive import open_archive
from archive.layout import CodeFolder, code_problem, write_problem
from archive.reader import Archive
from archive.warc import RunWarcWriter
from archive.writer import PartWriter, publish_table
from crawler.cli import main

ROOT = Path(__file__).resolve().parents[1]
REFUSED = "holds Python code: choose another --archive"
_PAGE = ("<html><head><title>Hội nghị tổng kết công tác năm 2023</title></head><body>"
         "<h1>Hội nghị tổng kết công tác năm 2023</h1><div>"
         + "<p>Sáng 12/1, Sở Tư pháp tổ chức hội nghị tổng kết công tác năm 2023 và triển khai "
           "nhiệm vụ năm tới với sự tham dự của lãnh đạo các phòng.</p>" * 6
         + "</div></body></html>").encode()


def _cli(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every path under ``folder`` (hidden ones too) with its bytes; None for a folder."""
    return {str(p.relative_to(folder)): p.read_bytes() if p.is_file() else None
            for p in sorted(folder.rglob("*"))}


def _package(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "__init__.py").write_text('"""A package."""\n')
    return folder


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    """A WARC file holding one article page, and a sources file naming no source."""
    folder = tmp_path_factory.mktemp("inputs")
    warc = folder / "page.warc.gz"
    with open(warc, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                           ("Content-Length", str(len(_PAGE)))], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "http://so-tu-phap.example.vn/tin/2023", "response", payload=io.BytesIO(_PAGE),
            length=len(_PAGE), http_headers=http))
    config = folder / "sources.toml"
    config.write_text("# no source configured\n")
    return {"warc": warc, "config": config}


@pytest.fixture(scope="module")
def old_archive(tmp_path_factory, files) -> Path:
    """An archive an earlier version wrote into a package (its old default ``./archive`` was
    the ``archive/`` package): written by a real ingest, then a package's ``__init__.py``."""
    root = tmp_path_factory.mktemp("checkout") / "archive"
    result = _cli("ingest", str(files["warc"]), "--config", str(files["config"]),
                  "--archive", str(root))
    assert result.exit_code == 0, result.output
    with open_archive(root) as arc:
        assert arc.count("articles") == 1
    assert (root / "search").is_dir() and (root / "dedup").is_dir()
    return _package(root)


# -- the default folder ----------------------------------------------------------------------------

def test_every_default_archive_path_is_data():
    from crawler import settings

    defaults = {name: param.default for name, cmd in main.commands.items()
                for param in cmd.params if param.name == "archive_path"}
    assert len(defaults) > 15 and set(defaults.values()) == {"data"}, defaults
    assert "default: data]" in " ".join(_cli("crawl", "--help").output.split())
    assert settings.ARCHIVE_PATH == "data"
    assert inspect.signature(open_archive).parameters["path"].default == "data"
    assert inspect.signature(Archive).parameters["root"].default == "data"


def _git(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, timeout=60)


needs_git = pytest.mark.skipif(shutil.which("git") is None or not (ROOT / ".git").exists(),
                               reason="needs git and a checkout")


@needs_git
def test_gitignore_covers_the_data_folder_and_none_of_the_code():
    data = ["data/articles/demo-huecit/part-1.parquet", "data/search/index-1.sqlite",
            "data/dedup/clusters.parquet", "data/.locks/demo-huecit.lock", "data/warc/x.warc.gz"]
    for path in data:
        assert _git("check-ignore", "--no-index", "-q", path).returncode == 0, path
    for path in ["archive/search/index.py", "archive/dedup.py", "archive/writer.py"]:
        assert _git("check-ignore", "--no-index", "-q", path).returncode == 1, path


@needs_git
@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_demo_in_a_fresh_clone_archives_into_data_and_leaves_git_status_alone(tmp_path):
    venv = Path(sys.executable).parent.parent
    if not (venv / "bin" / "portal-archive").exists():
        pytest.skip("the suite does not run from the project's venv")
    clone = tmp_path / "clone"
    assert _git("clone", "--quiet", str(ROOT), str(clone)).returncode == 0
    # The working tree's Makefile and .gitignore, committed or not, are what is tested.
    for name in ("Makefile", ".gitignore"):
        shutil.copy(ROOT / name, clone / name)
    before = _git("status", "--porcelain", cwd=clone).stdout
    env = {k: v for k, v in os.environ.items() if k != "PORTAL_ARCHIVE"}
    # `make demo` as a user runs it, but with the suite's venv: -o skips the install step.
    proc = subprocess.run(["make", "--no-print-directory", "-C", str(clone), "demo", f"VENV={venv}",
                           "-o", f"{venv}/.installed"],
                          env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert "--archive data" in proc.stdout
    with open_archive(clone / "data") as arc:
        assert arc.count("articles") > 100
    # (archive/search/ is the search package's code: its data would be CURRENT and index-*)
    code = clone / "archive"
    assert not any((code / name).exists() for name in ("articles", "dedup", "runs", "warc"))
    assert not any((code / "search").glob("index-*")) and not (code / "search" / "CURRENT").exists()
    after = _git("status", "--porcelain", cwd=clone).stdout
    assert after == before and "??" not in after, after


# -- a folder holding Python code --------------------------------------------------------------------

def test_what_counts_as_python_code(tmp_path):
    assert code_problem(_package(tmp_path / "pkg")) == f"{tmp_path / 'pkg'} {REFUSED}"
    script = tmp_path / "scripts"
    script.mkdir()
    (script / "run.py").write_text("print(1)\n")
    assert code_problem(script) == f"{script} {REFUSED}"
    assert code_problem(ROOT) == f"{ROOT} {REFUSED}"  # the checkout itself (pyproject.toml)
    # A user's folder named archive, Python one level down, a missing folder: fine.
    user = tmp_path / "archive"
    (user / "notes").mkdir(parents=True)
    (user / "notes" / "plot.py").write_text("")
    (user / "README.txt").write_text("")
    assert code_problem(user) is None
    assert code_problem(tmp_path / "missing") is None
    assert write_problem(tmp_path / "missing") is None


def test_library_writers_refuse_a_package_and_write_nothing(tmp_path):
    pkg = _package(tmp_path / "pkg")
    before = _snapshot(pkg)
    assert write_problem(pkg) == f"{pkg} {REFUSED}"
    with pytest.raises(CodeFolder, match=REFUSED):
        PartWriter(pkg, partition={"source": "demo-huecit"})
    with pytest.raises(CodeFolder, match=REFUSED):
        publish_table(pkg, "runs", pa.table({"run_id": ["r1"]}))
    with pytest.raises(CodeFolder, match=REFUSED):
        RunWarcWriter(pkg, "demo-huecit", "r1")
    assert issubclass(CodeFolder, PermissionError)  # reported as a failed write where one is
    assert _snapshot(pkg) == before


def test_library_ingest_into_a_package_raises_and_writes_no_row(tmp_path, files):
    from crawler.reprocess import ingest

    pkg = _package(tmp_path / "pkg")
    with pytest.raises(CodeFolder, match=REFUSED):
        ingest(pkg, [files["warc"]], {})
    assert not (pkg / "articles").exists() and not (pkg / "warc").exists()


def test_a_crawl_into_a_package_is_refused_before_anything_is_fetched(tmp_path):
    pkg = _package(tmp_path / "pkg")
    before = _snapshot(pkg)
    result = _cli("crawl", "--archive", str(pkg))  # the demo portal, the default job
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"Error: {pkg} {REFUSED}"]
    assert _snapshot(pkg) == before


def test_scrapy_crawl_into_a_package_is_refused(tmp_path):
    pkg = _package(tmp_path / "pkg")
    before = _snapshot(pkg)
    scrapy = shutil.which("scrapy", path=str(Path(sys.executable).parent))
    proc = subprocess.run([scrapy, "crawl", "portal", "-a", "source=demo-liferay",
                           "-s", f"ARCHIVE_PATH={pkg}", "-s", "LOG_LEVEL=WARNING"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode != 0
    assert f"CodeFolder: {pkg} {REFUSED}" in proc.stderr
    assert _snapshot(pkg) == before


@pytest.mark.parametrize("command", [
    ["ingest", "{warc}", "--config", "{config}"], ["reextract", "--config", "{config}"],
    ["compact"], ["dedup"], ["index"], ["index", "--rebuild"], ["schedule", "--once",
                                                               "--config", "{config}"],
    ["crawl"]], ids=lambda c: " ".join(a for a in c if not a.startswith("{")))
def test_write_commands_refuse_an_archive_left_in_a_package(old_archive, files, command):
    before = _snapshot(old_archive)
    args = [a.format(warc=files["warc"], config=files["config"]) for a in command]
    result = _cli(*args, "--archive", str(old_archive))
    assert result.exit_code == 1, result.output
    assert result.output.strip().splitlines()[-1] == f"Error: {old_archive} {REFUSED}"
    assert _snapshot(old_archive) == before


def test_read_commands_still_read_an_archive_left_in_a_package(old_archive):
    before = _snapshot(old_archive)
    summary = _cli("summary", "--archive", str(old_archive))
    assert summary.exit_code == 0 and "1 articles" in summary.output, summary.output
    assert _snapshot(old_archive) == before
    # (SQLite may add its -shm file beside the index it reads: a read, not a write.)
    found = _cli("search", "tổng kết", "--format", "json", "--archive", str(old_archive))
    assert found.exit_code == 0 and "Hội nghị tổng kết" in found.output, found.output


def test_search_builds_no_index_in_a_package(old_archive, tmp_path):
    copy = tmp_path / "archive"
    shutil.copytree(old_archive, copy)
    shutil.rmtree(copy / "search")
    result = _cli("search", "tổng kết", "--archive", str(copy))
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1] == f"Error: no search index yet, and {copy} {REFUSED}"
    assert not (copy / "search").exists()


def test_a_users_folder_named_archive_holding_no_python_is_written(tmp_path, files):
    root = tmp_path / "archive"
    root.mkdir()
    (root / "README.txt").write_text("my archive\n")
    result = _cli("ingest", str(files["warc"]), "--config", str(files["config"]),
                  "--archive", str(root))
    assert result.exit_code == 0, result.output
    with open_archive(root) as arc:
        assert arc.count("articles") == 1
