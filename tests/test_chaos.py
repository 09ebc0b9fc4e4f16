"""A short chaos run in the suite: SIGKILL during crawls (with small Parquet batches, so
writes are in flight) and during compaction; the full seeded sweep is bench/chaos.py."""

from __future__ import annotations

import pytest

from tests.chaos import crawl, kill_compaction_at, kill_crawl_at, seeded_delays, versions

SOURCE = "demo-dotnetnuke"
#: The kill-and-resume runs and the two-writer run: 5-8 s each on 2 cores, ~40 s together with
#: the reference crawl (issue #15). `make test` runs them (CI's budget allows); `pytest -m
#: "not slow"` leaves them out of a quick loop.
slow = pytest.mark.slow


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    root = tmp_path_factory.mktemp("reference")
    crawl(root, SOURCE)
    found, dups = versions(root)
    assert found and dups == 0
    return found


@slow
@pytest.mark.parametrize("delay", seeded_delays(seed=20261128, n=3, low=0.8, high=2.6))
def test_kill_during_crawl_then_resume(tmp_path, reference, delay):
    outcome = kill_crawl_at(tmp_path, SOURCE, delay, reference)
    assert outcome.killed, "the crawl ended before the kill point: move the points earlier"
    assert outcome.queried_after_kill and outcome.duplicates_after_kill == 0
    assert outcome.equal_after_resume
    assert outcome.verify_ok  # a torn WARC tail left by the kill is repaired at the next start


@slow
def test_kill_during_compaction_then_resume(tmp_path, reference):
    crawl(tmp_path, SOURCE)  # many small parts
    outcome = kill_compaction_at(tmp_path, SOURCE, "after_publish", reference)
    assert outcome.killed and outcome.queried_after_kill and outcome.duplicates_after_kill == 0
    assert outcome.rows_after_kill == len(reference)
    assert outcome.equal_after_resume and outcome.verify_ok


@slow
def test_two_crawls_write_one_archive_at_once(tmp_path):
    """Two crawl processes (two sources) into one archive, a reader querying throughout:
    every row of both lands, the reader never errs."""
    import subprocess
    import sys
    import time
    from pathlib import Path

    from archive import open_archive
    from crawler.demo.corpus import load_corpus

    exe = str(Path(sys.executable).parent / "portal-archive")
    procs = [subprocess.Popen([exe, "crawl", src, "--archive", str(tmp_path),
                               "-s", "ARCHIVE_BATCH_ROWS=3"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
             for src in ("demo-huecit", "demo-vccorp")]
    reads = 0
    while any(p.poll() is None for p in procs):
        with open_archive(tmp_path) as arch:  # must never raise while parts are published
            arch.count("articles")
        reads += 1
        time.sleep(0.05)
    assert [p.returncode for p in procs] == [0, 0] and reads > 0
    with open_archive(tmp_path) as arch:
        counts = dict(arch.sql("SELECT source, count(*) FROM articles GROUP BY 1").fetchall())
    assert counts == {"demo-huecit": len(load_corpus("huecit")),
                      "demo-vccorp": len(load_corpus("vccorp"))}


def test_disk_full_during_a_crawl_is_a_clear_error(tmp_path, monkeypatch):
    """ENOSPC on every publish: the crawl says so and exits 1; nothing half-published."""
    import subprocess
    import sys
    from pathlib import Path

    from archive import open_archive

    hook = tmp_path / "sitecustomize.py"  # injected into the crawl process only
    hook.write_text(
        "import errno, archive.writer as w\n"
        "def full(*a, **k):\n"
        "    raise OSError(errno.ENOSPC, 'No space left on device')\n"
        "w.pq.write_table = full\n")
    env = {**__import__("os").environ, "PYTHONPATH": str(tmp_path)}
    exe = str(Path(sys.executable).parent / "portal-archive")
    proc = subprocess.run([exe, "crawl", "demo-vccorp", "--archive", str(tmp_path / "a"),
                           "--log-level", "ERROR"], env=env, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 1
    assert "No space left on device" in proc.stderr
    assert not list((tmp_path / "a").rglob("*.parquet"))
    with open_archive(tmp_path / "a") as arch:
        assert arch.count("articles") == 0


def _environment_reads(path) -> list[tuple[int, str]]:
    """Environment variables a module reads by name: ``os.environ[...]``, ``.get``,
    ``os.getenv``, ``... in os.environ`` and click's ``envvar=``."""
    import ast

    def environ(node) -> bool:
        return isinstance(node, ast.Attribute) and node.attr == "environ" \
            or isinstance(node, ast.Name) and node.id == "environ"

    def literal(node) -> str | None:
        return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None

    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        name = None
        if isinstance(node, ast.Subscript) and environ(node.value):
            name = literal(node.slice)
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            if isinstance(func, ast.Attribute) and (func.attr == "getenv" or
                                                    func.attr in ("get", "pop") and environ(func.value)):
                name = literal(node.args[0])
        elif isinstance(node, ast.Compare) and any(environ(c) for c in node.comparators):
            name = literal(node.left)
        if isinstance(node, ast.Call):
            found += [(node.lineno, literal(k.value)) for k in node.keywords
                      if k.arg == "envvar" and literal(k.value)]
        if name:
            found.append((node.lineno, name))
    return found


def test_installed_code_reads_no_test_switch_from_the_environment(tmp_path):
    """Issue #15: the chaos harness passes what it changes (``-s ARCHIVE_BATCH_ROWS=N``, a
    compaction hook installed in the child process), so the installed code reads no
    test-only environment variable: every one it reads is one the README documents."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    readme = (root / "README.md").read_text(encoding="utf-8")
    reads = [f"{path.relative_to(root)}:{line} {name}" for package in ("archive", "crawler", "pipelines")
             for path in sorted((root / package).rglob("*.py")) for line, name in _environment_reads(path)]
    assert any(r.endswith(" PORTAL_ARCHIVE") for r in reads), "the scan misses click's envvar"
    assert [r for r in reads if f"`{r.split()[-1]}`" not in readme] == []
    planted = tmp_path / "m.py"  # the scan sees every way of reading one
    planted.write_text('import os\nfrom os import environ\nos.environ["A"]; os.environ.get("B")\n'
                       'os.getenv("C"); "D" in os.environ; environ.pop("E")\n'
                       'click.option("--x", envvar="F"); env = {**os.environ, "G": "1"}\n')
    assert _environment_reads(planted) == [(3, "A"), (3, "B"), (4, "C"), (4, "D"), (4, "E"), (5, "F")]
