"""Kill-anywhere checks (HOSTILE.md P1, P3, P6): crawl, write and compact are killed with
SIGKILL at seeded points; after each kill the archive must query, and after a resume the set
of archived article versions must equal that of an uninterrupted run.

Used by ``tests/test_chaos.py`` (a few points), ``tests/test_compact.py`` and ``bench/chaos.py``
(the full sweep). The processes are the real ``portal-archive`` commands; what the harness
changes in them it passes in, never through a switch production code reads: small Parquet
batches as ``-s ARCHIVE_BATCH_ROWS=N``, the compaction kill point as a ``hook`` that
:func:`kill_at_stage` installs in the child process.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from archive import open_archive

__all__ = ["KillOutcome", "versions", "crawl", "kill_crawl_at", "kill_compaction_at", "kill_at_stage",
           "seeded_delays"]

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


def _batch(rows: int) -> list[str]:
    """Small Parquet parts, so a kill lands while rows are being published."""
    return ["-s", f"ARCHIVE_BATCH_ROWS={rows}"]


def crawl(root: Path, source: str, *, batch_rows: int = 4, timeout: float = 300) -> None:
    subprocess.run([_EXE, "crawl", source, "--archive", str(root), *_PACE, *_batch(batch_rows)],
                   check=True, capture_output=True, timeout=timeout)


#: Loaded by the child's interpreter at startup (``sitecustomize`` on its PYTHONPATH): every
#: ``archive.compact.compact`` call gets a ``hook`` that SIGKILLs the process at one stage,
#: after the caller's own hook, if any, has run.
_KILL_AT_STAGE = """\
import os, signal
import archive.compact as _module
_compact = _module.compact
def compact(*args, hook=None, **kwargs):
    def kill_at(stage):
        if hook is not None:
            hook(stage)
        if stage == {stage!r}:
            os.kill(os.getpid(), signal.SIGKILL)
    return _compact(*args, hook=kill_at, **kwargs)
_module.compact = compact
"""


@contextmanager
def kill_at_stage(stage: str) -> Iterator[dict[str, str]]:
    """The environment for a ``portal-archive compact`` process that kills itself with SIGKILL
    when compaction reaches ``stage`` (``before_publish``, ``after_publish``, ``deleting``)."""
    with tempfile.TemporaryDirectory(prefix="chaos-hook-") as folder:
        (Path(folder) / "sitecustomize.py").write_text(_KILL_AT_STAGE.format(stage=stage))
        path = os.pathsep.join(p for p in (folder, os.environ.get("PYTHONPATH")) if p)
        yield {**os.environ, "PYTHONPATH": path}


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
    proc = subprocess.Popen([_EXE, "crawl", source, "--archive", str(root), *_PACE, *_batch(4)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    time.sleep(delay)
    killed = proc.poll() is None
    if killed:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    return _after_kill(root, f"crawl+{delay:.2f}s", reference, source, killed)


def kill_compaction_at(root: Path, source: str, stage: str, reference: set) -> KillOutcome:
    with kill_at_stage(stage) as env:
        proc = subprocess.run([_EXE, "compact", "--archive", str(root)], env=env,
                              capture_output=True, timeout=300)
    return _after_kill(root, f"compact:{stage}", reference, source, proc.returncode == -9)


def seeded_delays(seed: int, n: int, low: float, high: float) -> list[float]:
    rng = random.Random(seed)
    return sorted(round(rng.uniform(low, high), 2) for _ in range(n))
