"""Full demo crawl throughput vs. a plain single-process trafilatura loop on the same pages.

    .venv/bin/python bench/crawl_demo.py [--repeat N]

Prints pages/s and articles/s of the complete crawl (spider, worker-pool extraction,
validation, Parquet commit), then the rate of ``trafilatura.extract`` called in a loop in one
process over the article pages that crawl archived, and the ratio of the two.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

# The project root instead of bench/ (whose incremental.py would shadow Twisted's dependency).
sys.path[0] = str(Path(__file__).resolve().parents[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="passes of the trafilatura loop")
    args = parser.parse_args()

    import trafilatura

    from archive import open_archive
    from crawler.demo import DemoPortal
    from crawler.extract import extract_page
    from crawler.runner import run_crawls
    from crawler.sources import load_sources

    sources = [s for s in load_sources().values() if s.is_demo]
    with tempfile.TemporaryDirectory() as tmp:
        archive_dir = Path(tmp) / "archive"
        start = time.perf_counter()
        results = run_crawls(sources, archive=archive_dir, overrides={"LOG_LEVEL": "ERROR"})
        crawl_s = time.perf_counter() - start
        pages = sum(r.stats.get("downloader/response_count", 0) for r in results)
        articles = sum(r.stats.get("archive/articles_new", 0) for r in results)
        with open_archive(archive_dir) as archive:
            rows = archive.sql("SELECT source, url FROM articles ORDER BY url").fetchall()

    # The same article pages, fetched again from a fresh demo portal (ports differ per run).
    bodies: list[tuple[str, bytes, str]] = []
    with DemoPortal() as portal:
        for source, url in rows:
            site = source.removeprefix("demo-")
            path = url.split("/", 3)[3] if url.count("/") >= 3 else ""
            with urllib.request.urlopen(f"{portal.url(site)}/{path}") as resp:
                bodies.append((site, resp.read(), resp.headers.get("Content-Type")))

    # trafilatura gets the bytes, as a user of it would pass them (it decodes them itself).
    htmls = [b for _, b, _ in bodies]
    start = time.perf_counter()
    for _ in range(args.repeat):
        for html in htmls:
            trafilatura.extract(html)
    traf_rate = len(htmls) * args.repeat / (time.perf_counter() - start)

    profiles = {s.name.removeprefix("demo-"): s.profile() for s in sources}
    hints = {site: p.hints() for site, p in profiles.items()}
    start = time.perf_counter()
    for _ in range(args.repeat):
        for site, body, ctype in bodies:
            extract_page({"url": "http://x/", "body": body, "content_type": ctype, "hints": hints[site]})
    ours_rate = len(bodies) * args.repeat / (time.perf_counter() - start)

    crawl_pages_rate = pages / crawl_s
    crawl_articles_rate = articles / crawl_s
    print(f"machine: {os.cpu_count()} CPUs, python {sys.version.split()[0]}")
    print(f"full demo crawl: {pages} pages, {articles} articles in {crawl_s:.2f} s")
    print(f"  crawl pages/s:                         {crawl_pages_rate:8.1f}")
    print(f"  crawl articles/s:                      {crawl_articles_rate:8.1f}")
    print(f"same {len(htmls)} article pages, single process, {args.repeat} passes:")
    print(f"  trafilatura.extract pages/s (baseline): {traf_rate:8.1f}")
    print(f"  project extract_page pages/s:           {ours_rate:8.1f}")
    print(f"ratio crawl articles/s / trafilatura loop pages/s: {crawl_articles_rate / traf_rate:.2f}")
    print(f"ratio crawl pages/s / trafilatura loop pages/s:    {crawl_pages_rate / traf_rate:.2f}")
    print(f"ratio project extract_page / trafilatura loop:     {ours_rate / traf_rate:.2f}")


if __name__ == "__main__":
    main()
