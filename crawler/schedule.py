"""Scheduled crawls: each source on its own cron schedule, one crawl per source at a time.

Policy after downtime: a source whose last crawl started before its most recent scheduled
slot is due, once. Missed slots are coalesced, never replayed one by one: an archivist wants
the portal's current state, not ten back-to-back crawls of it.

Every crawl runs in its own process (Scrapy's reactor cannot restart), as
``portal-archive crawl NAME``; the crawl takes the source's lock itself, so a crawl started
by cron, by hand or by this scheduler never overlaps another of the same source.
"""

from __future__ import annotations

import logging
import os
import shlex
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from croniter import CroniterBadDateError, croniter

from archive.reader import Archive
from crawler.sources import Source, default_config_path

__all__ = ["Due", "due_sources", "next_runs", "last_starts", "run_once", "Scheduler",
           "cron_lines"]

logger = logging.getLogger(__name__)
# Absolute: cron and systemd start jobs in $HOME with a minimal PATH. Not resolved, so a
# venv's interpreter symlink keeps its venv.
_EXE = os.path.join(os.path.dirname(os.path.abspath(sys.executable)), "portal-archive")


@dataclass(frozen=True)
class Due:
    source: str
    slot: datetime  # the most recent scheduled time, in the source's timezone


def last_starts(root: Path | str) -> dict[str, datetime]:
    """When each source's latest crawl started (from the runs table)."""
    with Archive(root) as archive:
        rows = archive.sql("SELECT source, max(started_at) FROM runs "
                           "WHERE run_id NOT LIKE 'reextract-%' GROUP BY source").fetchall()
    return {src: started for src, started in rows}


def previous_slot(source: Source, now: datetime) -> datetime:
    local = now.astimezone(ZoneInfo(source.timezone))
    return croniter(source.schedule, local).get_prev(datetime)


def next_slot(source: Source, now: datetime) -> datetime:
    local = now.astimezone(ZoneInfo(source.timezone))
    return croniter(source.schedule, local).get_next(datetime)


def _unusable(source: Source, exc: Exception) -> str:
    """Why a source's schedule gives no time (logged; the other sources go on)."""
    if isinstance(exc, CroniterBadDateError):
        return f"schedule {source.schedule!r} never fires"
    return f"schedule {source.schedule!r} in {source.timezone}: {exc}"


def due_sources(sources: dict[str, Source], started: dict[str, datetime],
                now: datetime) -> list[Due]:
    due = []
    for source in sources.values():
        if not source.schedule:
            continue
        try:
            slot = previous_slot(source, now)
        except Exception as exc:  # one bad entry never stops the others
            logger.error("%s skipped: %s", source.name, _unusable(source, exc))
            continue
        last = started.get(source.name)
        if last is None or last < slot:
            due.append(Due(source.name, slot))
    return due


def next_runs(sources: dict[str, Source], now: datetime) -> dict[str, datetime]:
    """The next slot of each scheduled source; one whose time cannot be computed is logged
    and left out."""
    runs = {}
    for source in sources.values():
        if not source.schedule:
            continue
        try:
            runs[source.name] = next_slot(source, now)
        except Exception as exc:  # one bad entry never stops the others
            logger.error("%s skipped: %s", source.name, _unusable(source, exc))
    return runs


def _command(source: str, archive: Path, config: Path | None) -> list[str]:
    cmd = [_EXE, "crawl", source, "--archive", str(archive)]
    if config:
        cmd += ["--config", str(config)]
    return cmd


def run_once(sources: dict[str, Source], archive: Path, config: Path | None = None,
             now: datetime | None = None) -> dict[str, int]:
    """Run every due source now (each in its own process, in parallel); exit codes by source."""
    now = now or datetime.now(UTC)
    due = due_sources(sources, last_starts(archive), now)
    procs = {d.source: subprocess.Popen(_command(d.source, archive, config)) for d in due}
    return {name: proc.wait() for name, proc in procs.items()}


class Scheduler:
    """The long-running scheduler: starts due crawls, sleeps until the next slot, and on
    SIGINT/SIGTERM starts nothing new, asks running crawls to finish (SIGINT: Scrapy closes
    gracefully, publishing what it has), and exits once they have."""

    def __init__(self, sources: dict[str, Source], archive: Path, config: Path | None = None,
                 *, poll: float = 60.0, grace: float = 120.0) -> None:
        self.sources = {n: s for n, s in sources.items() if s.schedule}
        self.unscheduled = [n for n, s in sources.items() if not s.schedule]
        self.archive = archive
        self.config = config
        self.poll = poll
        self.grace = grace
        self.running: dict[str, subprocess.Popen] = {}
        self.attempted: dict[str, datetime] = {}
        self._stop = threading.Event()

    def stop(self, *_args: object) -> None:
        self._stop.set()

    def _reap(self) -> None:
        for name, proc in list(self.running.items()):
            if proc.poll() is not None:
                logger.info("crawl of %s finished with exit code %s", name, proc.returncode)
                del self.running[name]

    def plan(self, now: datetime) -> list[str]:
        """One line per source: when it runs next (or that it runs now, being due). A source
        whose schedule gives no time is named, and dropped from this scheduler."""
        lines, upcoming = [], {}
        for name, source in list(self.sources.items()):
            try:
                upcoming[name] = next_slot(source, now)
            except Exception as exc:  # one bad entry never stops the others
                lines.append(f"{name}: skipped: {_unusable(source, exc)}")
                del self.sources[name]
        started = last_starts(self.archive)
        due = {d.source: d.slot for d in due_sources(self.sources, started, now)}
        for name, source in self.sources.items():
            when = f"{upcoming[name].isoformat(' ', 'minutes')} ({source.timezone})"
            if name in due:
                why = ("never crawled" if name not in started else
                       f"last crawl before the {due[name].isoformat(' ', 'minutes')} slot")
                lines.append(f"{name}: next run now ({why}), then {when}")
            else:
                lines.append(f"{name}: next run {when}")
        lines += [f"{name}: no schedule (crawled only when asked)" for name in self.unscheduled]
        return lines

    def tick(self, now: datetime) -> list[str]:
        """Start what is due and not running; return the sources started."""
        self._reap()
        started = last_starts(self.archive)
        for name, when in self.attempted.items():  # a crawl that died without a run row
            if started.get(name) is None or started[name] < when:
                started[name] = when
        launched = []
        for due in due_sources(self.sources, started, now):
            if due.source in self.running:
                continue
            logger.info("starting crawl of %s (slot %s)", due.source, due.slot.isoformat())
            self.running[due.source] = subprocess.Popen(
                _command(due.source, self.archive, self.config), start_new_session=True)
            self.attempted[due.source] = now
            launched.append(due.source)
        return launched

    def serve(self, echo: Callable[[str], None] | None = None) -> int:
        """Run until stopped; first ``echo`` (default: log) when each source runs next."""
        signal.signal(signal.SIGINT, self.stop)
        signal.signal(signal.SIGTERM, self.stop)
        for line in self.plan(datetime.now(UTC)):
            (echo or logger.info)(line)
        if not self.sources:
            logger.warning("no source has a usable schedule")
            return 0
        while not self._stop.is_set():
            now = datetime.now(UTC)
            self.tick(now)
            upcoming = min(next_runs(self.sources, now).values(), default=None)
            wait = self.poll if upcoming is None else (upcoming - now).total_seconds()
            wait = max(1.0, min(self.poll, wait))
            self._stop.wait(wait)
        logger.info("stopping: letting %d running crawl(s) finish", len(self.running))
        for proc in self.running.values():
            if proc.poll() is None:
                # The crawl process only: it closes its worker pool itself on the way out.
                proc.send_signal(signal.SIGINT)
        for name, proc in self.running.items():
            try:
                proc.wait(timeout=self.grace)
            except subprocess.TimeoutExpired:
                logger.warning("crawl of %s did not stop in %gs; killing it", name, self.grace)
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        return 0


def _cron_command(words: list[str]) -> str:
    """Shell words for a crontab line: quoted, and '%' escaped (cron turns a bare one into a
    newline and feeds what follows to the command's stdin)."""
    for word in words:
        # A line cannot hold a newline, and a backslash before '%' cannot be written so
        # that cron and the shell both read it back.
        if any(c in word for c in "\n\r\\"):
            raise ValueError(f"{word!r}: a path with a newline or a backslash cannot be "
                             "written on a crontab line")
    return " ".join(shlex.quote(w) for w in words).replace("%", "\\%")


def cron_lines(sources: dict[str, Source], archive: Path, config: Path | None = None) -> list[str]:
    """Crontab lines equivalent to the schedules (for cron or systemd-timer users).

    Cron starts jobs in $HOME: each line changes to the current directory and names the
    archive, the sources file (default: the one this command reads) and the executable by
    absolute path."""
    lines = []
    cwd = Path.cwd()
    archive = archive.resolve()
    config = (config or default_config_path()).resolve()
    logs = archive / "logs"
    for tz in sorted({s.timezone for s in sources.values() if s.schedule}):
        lines.append(f"CRON_TZ={tz}")
        for s in sources.values():
            if s.schedule and s.timezone == tz:
                lines.append(
                    f"{s.schedule} {_cron_command(['cd', str(cwd)])} && "
                    f"{_cron_command(['mkdir', '-p', str(logs)])} && "
                    f"{_cron_command(_command(s.name, archive, config))} >> "
                    f"{_cron_command([str(logs / f'{s.name}.log')])} 2>&1")
    return lines
