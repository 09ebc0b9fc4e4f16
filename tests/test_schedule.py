"""Schedules, the per-source lock, run history and health."""

from __future__ import annotations

import dataclasses
import json
import os
import select
import shlex
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pyarrow as pa
import pytest
from click.testing import CliRunner

from archive import RUN_SCHEMA, open_archive
from archive.health import check_health
from archive.locks import SourceBusy, source_lock
from archive.writer import publish_table
from crawler.cli import main
from crawler.schedule import Scheduler, cron_lines, due_sources, next_runs
from crawler.sources import load_sources

EXE = str(Path(sys.executable).parent / "portal-archive")


def _config(tmp_path: Path, schedule: str = "0 6 * * *") -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(f'[[source]]\nname = "demo-vccorp"\nfamily = "vccorp"\nbase_url = '
                    f'"demo:vccorp"\ndownload_delay = 0.0\nschedule = "{schedule}"\n'
                    '[[source]]\nname = "manual"\nfamily = "huecit"\nbase_url = "http://x.vn"\n')
    return path


def test_lock_is_exclusive_and_released_when_the_holder_dies(tmp_path):
    with source_lock(tmp_path, "s"):
        with pytest.raises(SourceBusy, match=str(os.getpid())):
            with source_lock(tmp_path, "s"):
                pass
    # A holder killed with SIGKILL leaves nothing stuck.
    root = str(Path(__file__).resolve().parents[1])
    script = (f"import sys, time; sys.path.insert(0, {root!r})\n"
              "from archive.locks import source_lock\n"
              f"with source_lock({str(tmp_path)!r}, 's'):\n"
              "    print('held', flush=True); time.sleep(60)\n")
    holder = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    with pytest.raises(SourceBusy):
        with source_lock(tmp_path, "s"):
            pass
    holder.kill()
    holder.wait()
    holder.stdout.close()
    with source_lock(tmp_path, "s"):
        pass


def test_a_second_crawl_of_the_same_source_is_refused(tmp_path):
    archive = tmp_path / "a"
    with source_lock(archive, "demo-vccorp"):
        proc = subprocess.run([EXE, "crawl", "demo-vccorp", "--archive", str(archive)],
                              capture_output=True, text=True, timeout=120)
    assert proc.returncode == 3 and "another crawl of it is running" in proc.stdout


def test_due_after_downtime_runs_once(tmp_path):
    sources = load_sources(_config(tmp_path))
    vn = timedelta(hours=7)
    now = datetime(2026, 11, 28, 10, 0, tzinfo=UTC)  # 17:00 local: today's 06:00 slot passed
    assert [d.source for d in due_sources(sources, {}, now)] == ["demo-vccorp"]  # never run
    before_slot = datetime(2026, 11, 27, 5, 0, tzinfo=UTC) + vn  # yesterday, before 06:00
    due = due_sources(sources, {"demo-vccorp": before_slot}, now)
    assert len(due) == 1 and due[0].slot.hour == 6  # three days missed or one: one crawl
    after_slot = datetime(2026, 11, 28, 0, 30, tzinfo=UTC)  # 07:30 local today
    assert due_sources(sources, {"demo-vccorp": after_slot}, now) == []


def test_print_cron(tmp_path):
    out = CliRunner().invoke(main, ["schedule", "--print-cron", "--config",
                                    str(_config(tmp_path)), "--archive", str(tmp_path / "a")])
    lines = out.output.splitlines()
    assert lines[0] == "CRON_TZ=Asia/Ho_Chi_Minh"
    assert lines[1].startswith("0 6 * * * ") and "crawl demo-vccorp" in lines[1]
    assert not any("manual" in line for line in lines)
    config = _config(tmp_path)
    assert cron_lines(load_sources(config), tmp_path / "a", config) == lines
    assert f"--config {config}" in lines[1]


def test_schedule_once_runs_what_is_due(tmp_path):
    archive = tmp_path / "a"
    config = _config(tmp_path, "* * * * *")
    out = subprocess.run([EXE, "schedule", "--once", "--config", str(config), "--archive",
                          str(archive)], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0 and "demo-vccorp: exit 0" in out.stdout
    with open_archive(archive) as arch:
        assert arch.count("runs") == 1 and arch.count("articles") == 12
    again = subprocess.run([EXE, "schedule", "--once", "--config", str(config), "--archive",
                            str(archive)], capture_output=True, text=True, timeout=300)
    # Started less than a minute ago or in this minute's slot: nothing due.
    assert "demo-vccorp: exit 0" in again.stdout or "nothing due" in again.stdout


def test_scheduler_stops_gracefully_on_sigterm(tmp_path):
    archive = tmp_path / "a"
    proc = subprocess.Popen([EXE, "schedule", "--config", str(_config(tmp_path, "* * * * *")),
                             "--archive", str(archive)], stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not (archive / "warc").exists() and time.monotonic() < deadline:
        time.sleep(0.1)  # the scheduler started a crawl, and the crawl is under way
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=180) == 0
    proc.stderr.close()
    with open_archive(archive) as arch:  # the crawl closed cleanly and recorded its run
        reasons = [r for (r,) in arch.sql("SELECT finish_reason FROM runs").fetchall()]
    assert reasons and reasons[0] in ("shutdown", "finished")


def _run(source: str, day: int, **fields) -> dict:
    start = datetime(2026, 11, 1, tzinfo=UTC) + timedelta(days=day)
    row = dict.fromkeys(RUN_SCHEMA.names)
    row.update(run_id=f"{source}-{day}", source=source, started_at=start,
               finished_at=start + timedelta(minutes=5), finish_reason="finished", requests=100,
               responses=100, articles_new=3, errors=1, responses_by_status='{"200": 100}',
               errors_by_kind="{}", empty_text_share=0.02, missing_date_share=0.0,
               missing_title_share=0.0)
    row.update(fields)
    return row


def _archive_with_runs(root: Path, rows: list[dict]) -> None:
    publish_table(root, "runs", pa.Table.from_pylist(rows, schema=RUN_SCHEMA), prefix="run")


@pytest.mark.parametrize("last,kind", [
    ({}, None),
    ({"finish_reason": "shutdown"}, "run_failed"),
    ({"responses_by_status": "{}", "errors_by_kind": '{"DNSLookupError": 3}'}, "unreachable"),
    ({"errors": 40}, "error_spike"),
    ({"empty_text_share": 0.6}, "extraction_health"),
])
def test_health_flags(tmp_path, last, kind):
    rows = [_run("s", d) for d in range(8)] + [_run("s", 8, **last)]
    _archive_with_runs(tmp_path, rows)
    with open_archive(tmp_path) as arch:
        flags, checked = check_health(arch, now=datetime(2026, 11, 10, tzinfo=UTC))
    assert checked == ["s"]
    assert [f.kind for f in flags] == ([kind] if kind else [])


def test_health_flags_a_source_gone_quiet(tmp_path):
    rows = [_run("s", d) for d in range(0, 8, 2)]  # a new article every two days
    rows += [_run("s", d, articles_new=0) for d in (9, 11, 13, 15)]
    _archive_with_runs(tmp_path, rows)
    with open_archive(tmp_path) as arch:
        flags, _ = check_health(arch, now=datetime(2026, 11, 17, tzinfo=UTC))
    assert [f.kind for f in flags] == ["stale"]
    out = CliRunner().invoke(main, ["health", "--archive", str(tmp_path)])
    assert out.exit_code == 1 and "stale" in out.output


def test_runs_command(demo_crawl):
    archive = str(demo_crawl["demo-huecit"].archive)
    out = CliRunner().invoke(main, ["runs", "--source", "demo-huecit", "--json", "--archive",
                                    archive])
    rows = json.loads(out.output)
    assert rows and rows[0]["source"] == "demo-huecit"
    assert json.loads(rows[-1]["responses_by_status"])["200"] > 30
    # Every page fetched is judged: listings are captured and counted, not archived (#13).
    dropped = json.loads(rows[-1]["dropped_by_reason"])
    kinds = json.loads(rows[-1]["pages_by_kind"])
    assert dropped.pop("soft_404") == 1 and kinds["soft_404"] == 1
    assert kinds["listing"] >= 5 and kinds["article"] >= 30
    assert dropped == {"not_article": sum(n for k, n in kinds.items()
                                          if k not in ("article", "soft_404"))}
    assert rows[-1]["empty_text_share"] == 0.0
    table = CliRunner().invoke(main, ["runs", "--archive", archive]).output
    assert "demo-vccorp" in table and "articles_new" in table


def test_progress_lines_when_not_on_a_terminal(tmp_path):
    scrapy = str(Path(sys.executable).parent / "scrapy")
    proc = subprocess.run([scrapy, "crawl", "portal", "-a", "source=demo-liferay", "-s",
                           f"ARCHIVE_PATH={tmp_path}", "-s", "PORTAL_PROGRESS_INTERVAL=0.3",
                           "-s", "LOG_LEVEL=ERROR"], cwd=Path(__file__).resolve().parents[1],
                          capture_output=True, text=True, timeout=300)
    lines = [line for line in proc.stderr.splitlines() if "[progress]" in line]
    assert proc.returncode == 0 and lines
    assert "demo-liferay:" in lines[-1] and "pages" in lines[-1] and "errors" in lines[-1]


def test_print_cron_lines_work_from_home(tmp_path, monkeypatch):
    """#14.9: cron runs in $HOME; the lines carry absolute paths, a cd, and escape '%'."""
    work = tmp_path / "work 100%"
    work.mkdir()
    _config(work)  # ./sources.toml in the working directory, no --config given
    monkeypatch.chdir(work)
    out = CliRunner().invoke(main, ["schedule", "--print-cron", "--archive", "arch"])
    assert out.exit_code == 0, out.output
    line = out.output.splitlines()[1]
    command = line[len("0 6 * * * "):]
    # cron turns a bare '%' into a newline: every one is escaped, and the unescaped command
    # is what the shell receives
    assert "%" not in command.replace("\\%", "")
    shell = command.replace("\\%", "%")
    assert shell.startswith(f"cd {shlex.quote(str(work))} && ")
    assert f"--config {shlex.quote(str(work / 'sources.toml'))}" in shell
    assert f"--archive {shlex.quote(str(work / 'arch'))}" in shell
    exe = shlex.split(shell.split(" && ")[2])[0]
    assert os.path.isabs(exe) and os.access(exe, os.X_OK)
    # The shell, started from another directory, reads the same paths back.
    words = shell.split(" && ", 2)[2].rsplit(" >> ", 1)[0]
    argv = subprocess.run(["sh", "-c", f"cd / && printf '%s\\n' {words}"],
                          capture_output=True, text=True, cwd=tmp_path).stdout.splitlines()
    assert argv[argv.index("--config") + 1] == str(work / "sources.toml")


def test_a_schedule_that_never_fires_is_refused_at_load(tmp_path):
    """#14.10: 31 February passes croniter's syntax check but never comes."""
    config = _config(tmp_path, "0 6 31 2 *")
    out = CliRunner().invoke(main, ["schedule", "--print-cron", "--config", str(config)])
    assert out.exit_code == 1
    assert "demo-vccorp" in out.output and "never fires" in out.output
    assert len(out.output.strip().splitlines()) == 1 and "Traceback" not in out.output


def test_one_bad_schedule_never_stops_the_others(tmp_path, caplog):
    """#14.10: an entry whose times cannot be computed is logged and skipped."""
    good = load_sources(_config(tmp_path, "0 6 * * *"))["demo-vccorp"]
    bad = dataclasses.replace(good, name="bad", schedule="0 6 31 2 *")
    sources = {"bad": bad, "demo-vccorp": good}
    now = datetime(2026, 11, 28, 10, 0, tzinfo=UTC)
    assert [d.source for d in due_sources(sources, {}, now)] == ["demo-vccorp"]
    assert "bad" in caplog.text
    scheduler = Scheduler(sources, tmp_path / "a")
    plan = scheduler.plan(now)
    assert "bad" not in scheduler.sources and "demo-vccorp" in scheduler.sources
    assert any(line.startswith("bad:") and "never fires" in line for line in plan)
    assert next(iter(next_runs(sources, now).values())).day == 29  # the good one's, tomorrow
    assert scheduler.tick(now) == ["demo-vccorp"]
    for proc in scheduler.running.values():  # the crawl and its workers: its own session
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def test_foreground_schedule_prints_the_next_runs_at_start(tmp_path):
    """#14.30: the foreground scheduler says what it will do before it sleeps."""
    archive = tmp_path / "a"
    now = datetime.now(UTC)
    _archive_with_runs(archive, [_run("demo-vccorp", 0, started_at=now,
                                      finished_at=now + timedelta(minutes=1))])
    proc = subprocess.Popen([EXE, "schedule", "--config", str(_config(tmp_path, "0 6 * * *")),
                             "--archive", str(archive)], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    try:
        ready, _, _ = select.select([proc.stdout], [], [], 30)
        first = proc.stdout.readline() if ready else ""
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 0
        proc.stdout.close()
    assert first.startswith("demo-vccorp: next run ") and "06:00" in first
    assert "Asia/Ho_Chi_Minh" in first or "+07:00" in first
