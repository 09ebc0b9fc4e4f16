"""Ctrl-C twice, and a crawl killed outright: rows are stored, the run is recorded, and the
crawl report claims only what is on disk (#14 point 13)."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from archive import open_archive

EXE = str(Path(sys.executable).parent / "portal-archive")
#: A demo portal this large takes seconds to crawl: the tests act while it runs.
BIG_DEMO = "PORTAL_DEMO_ARTICLES=3000"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PORTAL_ARCHIVE", None)
    return env


def _start(archive: Path, *settings: str) -> subprocess.Popen:
    args = [EXE, "crawl", "demo-huecit", "--archive", str(archive), "--log-level", "INFO",
            "-s", BIG_DEMO, "-s", "LOGSTATS_INTERVAL=0.2"]
    for setting in settings:
        args += ["-s", setting]
    return subprocess.Popen(args, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def _wait_for_log(proc: subprocess.Popen, pattern: str, at_least: int = 0,
                  timeout: float = 60) -> None:
    """Read the crawl's log until a line matches ``pattern`` (with its number, if it has a
    group, at least ``at_least``)."""
    deadline = time.monotonic() + timeout
    for line in proc.stderr:
        found = re.search(pattern, line)
        if found and (not found.groups() or int(found.group(1)) >= at_least):
            return
        assert time.monotonic() < deadline, f"no {pattern!r} in the log in time"
    raise AssertionError(f"the crawl ended early (rc {proc.wait()})")


def _wait_for_items(proc: subprocess.Popen, at_least: int) -> None:
    _wait_for_log(proc, r"scraped (\d+) items", at_least)


def test_ctrl_c_twice_stores_the_buffered_rows_and_the_run(tmp_path):
    archive = tmp_path / "arch"
    # Neither the row count nor the time bound (60 s) publishes anything before the interrupt.
    proc = _start(archive, "ARCHIVE_BATCH_ROWS=100000")
    _wait_for_items(proc, 30)
    assert not list(archive.glob("articles/*/*.parquet"))
    proc.send_signal(signal.SIGINT)
    # Two signals sent at once may reach Python's handler as one: the second is sent once
    # the first was taken, and forces the reactor to stop while the spider is closing.
    _wait_for_log(proc, "Received SIGINT, shutting down gracefully")
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 1, err[-3000:]
    report = re.search(r"demo-huecit: (\w+); \d+ responses, (\d+) new", out)
    assert report, out
    reason, claimed = report.group(1), int(report.group(2))
    with open_archive(archive) as arch:
        stored = arch.count("article_versions")
        runs = arch.sql("SELECT finish_reason, articles_new FROM runs").fetchall()
    assert stored >= 30 and claimed == stored
    assert runs == [("interrupted", stored)] and reason == "interrupted"
    assert f"Archive {archive}: {stored} articles" in out


def test_a_killed_crawl_keeps_what_waited_past_the_time_bound(tmp_path):
    archive = tmp_path / "arch"
    proc = _start(archive, "ARCHIVE_BATCH_ROWS=100000", "ARCHIVE_FLUSH_SECONDS=0.5")
    try:
        _wait_for_items(proc, 10)
        # Logged every 0.2 s by LOGSTATS_INTERVAL; a part must appear while the crawl runs.
        for line in proc.stderr:
            if list(archive.glob("articles/*/*.parquet")):
                break
            assert "Closing spider" not in line, "no part published before the crawl ended"
        else:
            raise AssertionError(f"the crawl ended early (rc {proc.wait()})")
    finally:
        proc.kill()
        proc.communicate(timeout=60)
    with open_archive(archive) as arch:
        assert arch.count("article_versions") >= 1


def test_rows_that_could_not_be_written_are_not_reported_new(tmp_path):
    """Disk full on every publish (as tests/test_chaos.py injects it): the report says how
    many rows were not stored and counts none of them as new."""
    hook = tmp_path / "sitecustomize.py"  # loaded by the crawl process only
    hook.write_text(
        "import errno, archive.writer as w\n"
        "def full(*a, **k):\n"
        "    raise OSError(errno.ENOSPC, 'No space left on device')\n"
        "w.pq.write_table = full\n")
    proc = subprocess.run([EXE, "crawl", "demo-vccorp", "--archive", str(tmp_path / "a"),
                           "--log-level", "ERROR"], env={**_env(), "PYTHONPATH": str(tmp_path)},
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1
    report = re.search(r"demo-vccorp: \w+; \d+ responses, (\d+) new", proc.stdout)
    assert report and report.group(1) == "0", proc.stdout
    lost = re.search(r"(\d+) article row\(s\) could not be stored", proc.stdout)
    assert lost and int(lost.group(1)) > 0
    with open_archive(tmp_path / "a") as arch:
        assert arch.count("article_versions") == 0
        assert arch.count("runs") == 0  # the run row could not be written either
