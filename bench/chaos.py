"""The full kill-anywhere sweep (HOSTILE.md P1/P3/P6): seeded SIGKILLs spread over a crawl's
start, its fetching and Parquet writes (small batches), its end, and every compaction stage.

    .venv/bin/python bench/chaos.py [--seed N] [--points 20] [--source demo-liferay]

Prints one line per kill point: whether the process was still running when killed, whether
the archive queried right after, rows visible, duplicate rows, whether the resumed archive
equals an uninterrupted run's, and whether `portal-archive verify` passed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

# The project root instead of bench/ (whose incremental.py would shadow Twisted's dependency).
sys.path[0] = str(Path(__file__).resolve().parents[1])

from tests.chaos import crawl, kill_compaction_at, kill_crawl_at, seeded_delays, versions  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=20261128)
    parser.add_argument("--points", type=int, default=20, help="crawl kill points")
    parser.add_argument("--source", default="demo-liferay")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ref = Path(tmp) / "reference"
        start = time.perf_counter()
        crawl(ref, args.source)
        duration = time.perf_counter() - start
        reference, _ = versions(ref)
        print(f"reference crawl of {args.source}: {len(reference)} versions in {duration:.1f} s")
        outcomes = []
        for i, delay in enumerate(seeded_delays(args.seed, args.points, 0.3, duration * 0.95)):
            outcomes.append(kill_crawl_at(Path(tmp) / f"crawl-{i}", args.source, delay, reference))
        for stage in ("before_publish", "after_publish", "deleting"):
            root = Path(tmp) / f"compact-{stage}"
            crawl(root, args.source)
            outcomes.append(kill_compaction_at(root, args.source, stage, reference))
    print(f"{'kill point':<24} killed  queried  rows  dups  resumed=ref  verify")
    for o in outcomes:
        print(f"{o.point:<24} {str(o.killed):<7} {str(o.queried_after_kill):<8} "
              f"{o.rows_after_kill:>4}  {o.duplicates_after_kill:>4}  {str(o.equal_after_resume):<11}  "
              f"{o.verify_ok}")
    bad = [o for o in outcomes if not (o.queried_after_kill and o.duplicates_after_kill == 0
                                       and o.equal_after_resume and o.verify_ok)]
    killed = sum(o.killed for o in outcomes)
    print(f"{len(outcomes)} kill points ({killed} landed while running), {len(bad)} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
