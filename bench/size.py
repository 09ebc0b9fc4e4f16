"""Archive size against what was fetched: article Parquet bytes and WARC bytes as ratios of
the raw HTML bytes, on the demo crawl and on a synthetic archive.

    .venv/bin/python bench/size.py [--articles 100000]

The synthetic archive renders that many articles (~3 KB of Vietnamese-like text each) through
the demo portal's HueCIT and Liferay templates, captures each page in a WARC file exactly as a
crawl does, and writes the extracted rows to Parquet with the archive writer. Target: Parquet
at most 10% of the raw HTML.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

# The project root instead of bench/ (whose incremental.py would shadow Twisted's dependency).
sys.path[0] = str(Path(__file__).resolve().parents[1])


def _du(path: Path, pattern: str) -> int:
    return sum(p.stat().st_size for p in path.rglob(pattern))


def demo(tmp: Path) -> None:
    from archive.warc import iter_responses
    from crawler.runner import run_crawls
    from crawler.sources import load_sources

    root = tmp / "demo"
    run_crawls([s for s in load_sources().values() if s.is_demo], archive=root,
               overrides={"LOG_LEVEL": "ERROR"})
    html = sum(len(r.body) for f in (root / "warc").rglob("*.warc.gz") for r in iter_responses(f))
    report("demo crawl", root, html)


def report(label: str, root: Path, html: int) -> None:
    parquet = _du(root / "articles", "*.parquet")
    warc = _du(root / "warc", "*.warc.gz")
    print(f"{label}: raw HTML {html / 1e6:.1f} MB; article Parquet {parquet / 1e6:.2f} MB "
          f"({parquet / html:.1%} of HTML); WARC {warc / 1e6:.1f} MB ({warc / html:.1%} of HTML)")


def synthetic(tmp: Path, n: int) -> None:
    from archive.ids import article_id, text_sha256, version_id
    from archive.warc import RunWarcWriter
    from archive.writer import PartWriter
    from crawler.demo.corpus import load_corpus
    from crawler.demo.huecit import HueCitSite
    from crawler.demo.liferay import LiferaySite
    from crawler.extract import extract_page
    from crawler.profiles import make_profile

    rng = random.Random(7)
    words = sorted({w for site in ("huecit", "liferay") for a in load_corpus(site)
                    for p in a.paragraphs for w in p.split()})
    root = tmp / "synthetic"
    html_bytes = 0
    start = time.perf_counter()
    for family, cls in (("huecit", HueCitSite), ("liferay", LiferaySite)):
        site = cls("https://portal.example.gov.vn")
        templates = site.articles
        hints = make_profile(family, family).hints()
        source = f"synthetic-{family}"
        warc = RunWarcWriter(root, source, f"{source}-run")
        parts = PartWriter(root, partition={"source": source}, batch_rows=20_000,
                           before_publish=warc.sync)
        for i in range(n // 2):
            base = templates[i % len(templates)]
            paragraphs = tuple(" ".join(rng.choices(words, k=rng.randint(60, 110))) + "."
                               for _ in range(5))
            a = dataclasses.replace(base, id=900_000 + i, paragraphs=paragraphs,
                                    title=" ".join(rng.choices(words, k=12)),
                                    slug=f"bai-viet-{i}",
                                    published=base.published - timedelta(days=i % 3000))
            site.articles = (a,)
            site._index()
            path, _, query = cls.article_path(a).partition("?")
            reply = site.handle(path, query)
            html_bytes += len(reply.body)
            url = "https://portal.example.gov.vn" + cls.article_path(a)
            pointer = warc.write_exchange(url, method="GET", request_headers=[], status=200,
                                          reason="OK", response_headers=list(reply.headers.items()),
                                          body=reply.body)
            fields = extract_page({"url": url, "body": reply.body,
                                   "content_type": reply.headers["Content-Type"], "hints": hints})
            fields.pop("status")
            row = {**fields, "source": source, "url": url, "canonical_url": url, "run_id": "r",
                   "fetched_at": datetime.now(UTC), "extracted_at": datetime.now(UTC),
                   "removed": False, "http_status": 200, "warc_file": pointer.file,
                   "warc_offset": pointer.offset, "warc_length": pointer.length,
                   "warc_record_id": pointer.record_id,
                   "text_sha256": text_sha256(fields["text"]),
                   "word_count": len(fields["text"].split())}
            row["article_id"] = article_id(source, url)
            row["version_id"] = version_id(row["article_id"], row)
            parts.add(row)
        parts.close()
        warc.close()
    print(f"synthetic archive: {n} articles built in {time.perf_counter() - start:.0f} s")
    report(f"synthetic {n}", root, html_bytes)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        demo(Path(tmp))
        synthetic(Path(tmp), args.articles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
