"""What capturing photos costs a crawl: the demo portal crawled with and without them.

    .venv/bin/python bench/media.py [--articles 500] [--rounds 2]

Each round crawls the whole demo portal (five sites, grown to ``--articles`` articles each
with the demo's synthetic articles, which carry the photos of the articles they are made
from) into a fresh archive twice, ``PORTAL_IMAGES`` off and on, in alternating order. Prints
per run: seconds, articles/s, photos captured, and bytes stored per article (WARC files,
Parquet parts); then the ratio of articles/s with photos to without, per round and overall.
Attachments (issue #19) are not captured yet: they will be measured here too.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The project root instead of bench/ (whose incremental.py would shadow Twisted's dependency).
sys.path[0] = str(Path(__file__).resolve().parents[1])


def _bytes(folder: Path, pattern: str) -> int:
    return sum(p.stat().st_size for p in folder.rglob(pattern))


def _crawl(images: bool, articles: int, tmp: Path) -> dict[str, float]:
    from crawler.runner import run_crawls
    from crawler.sources import load_sources

    sources = [s for s in load_sources().values() if s.is_demo]
    archive = tmp / ("with-photos" if images else "without") / "archive"
    start = time.perf_counter()
    results = run_crawls(sources, archive=archive, overrides={
        "LOG_LEVEL": "ERROR", "PORTAL_IMAGES": images, "PORTAL_DEMO_ARTICLES": articles})
    seconds = time.perf_counter() - start
    stored = sum(r.stats.get("archive/articles_new", 0) for r in results)
    return {"seconds": seconds, "articles": stored,
            "photos": sum(r.stats.get("images/captured", 0) for r in results),
            "warc": _bytes(archive / "warc", "*.warc.gz"),
            "parquet": _bytes(archive / "articles", "*.parquet")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500, help="articles per demo site")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--one", choices=["on", "off"], help=argparse.SUPPRESS)  # a child's run
    args = parser.parse_args()
    if args.one:  # Scrapy's reactor runs once a process: each crawl is a process of its own
        with tempfile.TemporaryDirectory() as tmp:
            print(json.dumps(_crawl(args.one == "on", args.articles, Path(tmp))))
        return
    print(f"machine: {os.cpu_count()} CPUs, python {sys.version.split()[0]}; "
          f"demo portal grown to {args.articles} articles a site")
    rates: dict[bool, list[float]] = {False: [], True: []}
    for n in range(args.rounds):
        order = (False, True) if n % 2 == 0 else (True, False)
        for images in order:
            child = subprocess.run(
                [sys.executable, __file__, "--one", "on" if images else "off",
                 "--articles", str(args.articles)], check=True, capture_output=True, text=True)
            got = json.loads(child.stdout.strip().splitlines()[-1])
            rate = got["articles"] / got["seconds"]
            rates[images].append(rate)
            per = max(got["articles"], 1)
            print(f"round {n + 1}, photos {'on ' if images else 'off'}: {got['seconds']:6.1f} s, "
                  f"{got['articles']:5.0f} articles ({rate:5.1f}/s), {got['photos']:5.0f} photos, "
                  f"per article {got['warc'] / per / 1024:6.1f} KB WARC + "
                  f"{got['parquet'] / per / 1024:5.2f} KB Parquet")
        print(f"round {n + 1}: articles/s with photos / without: "
              f"{rates[True][-1] / rates[False][-1]:.2f}")
    print(f"overall: articles/s with photos / without: "
          f"{sum(rates[True]) / sum(rates[False]):.2f} (mean of {args.rounds} round(s) each)")


if __name__ == "__main__":
    main()
