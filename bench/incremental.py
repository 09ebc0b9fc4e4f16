"""First crawl vs. an unchanged repeat crawl of a grown demo portal: requests and wall time.

    .venv/bin/python bench/incremental.py [--articles 2000]

Both crawls run `portal-archive crawl` in their own process (as a scheduler would) against
the embedded demo portal grown to ``--articles`` articles (``PORTAL_DEMO_ARTICLES``; the
generated articles are the same in both processes), with the default re-check policy.
Prints requests, responses by status, articles archived and wall time of each crawl, and the
repeat/first ratios. Target (issue #5): the repeat makes at most 5% of the first's requests
and archives nothing.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def crawl(archive: Path, articles: int) -> tuple[float, list[dict]]:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "crawler.cli", "crawl", "--archive", str(archive),
                    "-s", f"PORTAL_DEMO_ARTICLES={articles}", "-s", "PORTAL_PROGRESS=False",
                    "--log-level", "ERROR"],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    out = subprocess.run([sys.executable, "-m", "crawler.cli", "runs", "--archive", str(archive),
                          "--limit", "1000", "--json"],
                         cwd=ROOT, check=True, capture_output=True, text=True).stdout
    return wall, json.loads(out)


def totals(runs: list[dict]) -> dict[str, int]:
    keys = ("requests", "articles_new", "articles_changed", "articles_unchanged")
    return {k: sum(r.get(k) or 0 for r in runs) for k in keys}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "archive"
        first_wall, first_runs = crawl(archive, args.articles)
        repeat_wall, all_runs = crawl(archive, args.articles)
    first_ids = {r["run_id"] for r in first_runs}
    first = totals(first_runs)
    repeat = totals([r for r in all_runs if r["run_id"] not in first_ids])
    print(f"demo portal grown to {args.articles} articles, {len(first_runs)} sources")
    print(f"{'':8} {'requests':>9} {'new':>6} {'changed':>8} {'wall s':>7}")
    print(f"{'first':8} {first['requests']:9d} {first['articles_new']:6d} "
          f"{first['articles_changed']:8d} {first_wall:7.1f}")
    print(f"{'repeat':8} {repeat['requests']:9d} {repeat['articles_new']:6d} "
          f"{repeat['articles_changed']:8d} {repeat_wall:7.1f}")
    print(f"repeat/first: requests {repeat['requests'] / first['requests']:.3f}, "
          f"wall time {repeat_wall / first_wall:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
