"""Kill-anywhere checks (HOSTILE.md P1, P3, P6): crawl, write and compact are killed with
SIGKILL at seeded points; after each kill the archive must query, and after a resume the set
of archived article versions must equal that of an uninterrupted run.

Used by ``tests/test_chaos.py`` (a few points) and ``bench/chaos.py`` (the full sweep).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from archive import open_archive

__all__ = ["KillOutcome", "versions", "crawl", "kill_crawl_at", "kill_compaction_at"]

_EXE = str(Path(sys.executable).parent / "portal-archive")


@dataclass
class KillOutcome:
    point: str
    killed: bool
    queried_after_kill: bool
    rows_after_kill: int
    duplicates_after_kill: int
    equal_after_resume: bool
    verify_ok: bool


def versions(root: Path) -> tuple[set[tuple[str, str]], int]:
    """The archived (article_id, version_id) pairs, and how many rows repeat one."""
    with open_archive(root) as arch:
        rows = arch.sql("SELECT article_id, version_id FROM article_versions").fetchall()
    return set(rows), len(rows) - len(set(rows))


#: A per-request delay, so the demo crawl lasts several seconds whatever the machine's speed
#: and the kill points (0.8-2.6 s) fall inside it: the crawl itself takes ~1.4 s here.
_PACE = ["-s", "DOWNLOAD_DELAY=0.15"]


def crawl(root: Path, source: str, *, batch_rows: int = 4, timeout: float = 300) -> None:
    env = {**os.environ, "PORTAL_ARCHIVE_BATCH_ROWS": str(batch_rows)}
    subprocess.run([_EXE, "crawl", source, "--archive", str(root), *_PACE], env=env,
                   check=True, capture_output=True, timeout=timeout)


def _verify(root: Path) -> bool:
    return subprocess.run([_EXE, "verify", "--archive", str(root)], capture_output=True,
                          timeout=300).returncode == 0


def _after_kill(root: Path, point: str, reference: set, source: str,
                killed: bool = True) -> KillOutcome:
    try:
        seen, dups = versions(root)
        queried = True
    except Exception:  # the point of the check: any failure to query is a finding
        seen, dups, queried = set(), -1, False
    crawl(root, source)  # resume: run again to completion
    after, dups_after = versions(root)
    return KillOutcome(point, killed, queried, len(seen), dups,
                       after == reference and dups_after == 0, _verify(root))


def kill_crawl_at(root: Path, source: str, delay: float, reference: set) -> KillOutcome:
    """Start a crawl, SIGKILL its whole process group after ``delay`` seconds, resume."""
    env = {**os.environ, "PORTAL_ARCHIVE_BATCH_ROWS": "4"}
    proc = subprocess.Popen([_EXE, "crawl", source, "--archive", str(root), *_PACE], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    time.sleep(delay)
    killed = proc.poll() is None
    if killed:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    return _after_kill(root, f"crawl+{delay:.2f}s", reference, source, killed)


def kill_compaction_at(root: Path, source: str, stage: str, reference: set) -> KillOutcome:
    env = {**os.environ, "PORTAL_ARCHIVE_CHAOS_STAGE": stage}
    proc = subprocess.run([_EXE, "compact", "--archive", str(root)], env=env,
                          capture_output=True, timeout=300)
    return _after_kill(root, f"compact:{stage}", reference, source, proc.returncode == -9)


def seeded_delays(seed: int, n: int, low: float, high: float) -> list[float]:
    rng = random.Random(seed)
    return sorted(round(rng.uniform(low, high), 2) for _ in range(n))
