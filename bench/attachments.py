"""What capturing photos and attached documents costs a crawl, and how fast documents are read.

    .venv/bin/python bench/attachments.py [--articles 500] [--rounds 2] [--pdfs 40 --pages 25]

Crawl: each round crawls the whole demo portal (five sites, grown to ``--articles`` articles
in all, with the demo's synthetic articles, which carry the photos and documents of the articles
they are made from) into a fresh archive three times: nothing but pages (``PORTAL_IMAGES`` and
``PORTAL_ATTACHMENTS`` off), pages and photos, and pages, photos and documents, in rotating
order. Prints per run: seconds, articles/s, photos and documents captured, and bytes stored per
article (WARC files, Parquet parts); then the ratios of articles/s to the pages-only crawl.

Text: ``--pdfs`` text PDFs of ``--pages`` pages each (made by crawler/demo/documents.py),
read by ``crawler.extract.documents.read_document`` (what the crawl's workers run: the type
sniffed from the bytes, the checks, the text tidied) and by pypdf called directly
(``PdfReader`` and ``extract_text`` page by page): PDF pages per CPU-second of each, and their
ratio; then pages per second of wall time through the crawl's worker pool (two workers).
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


#: The crawls compared: what each captures besides the pages.
MODES = {"pages": (False, False), "photos": (True, False), "all": (True, True)}


def _crawl(mode: str, articles: int, tmp: Path) -> dict[str, float]:
    from crawler.runner import run_crawls
    from crawler.sources import load_sources

    images, attachments = MODES[mode]
    sources = [s for s in load_sources().values() if s.is_demo]
    archive = tmp / mode / "archive"
    start = time.perf_counter()
    results = run_crawls(sources, archive=archive, overrides={
        "LOG_LEVEL": "ERROR", "PORTAL_IMAGES": images, "PORTAL_ATTACHMENTS": attachments,
        "PORTAL_DEMO_ARTICLES": articles})
    seconds = time.perf_counter() - start
    stored = sum(r.stats.get("archive/articles_new", 0) for r in results)
    return {"seconds": seconds, "articles": stored,
            "photos": sum(r.stats.get("images/captured", 0) for r in results),
            "documents": sum(r.stats.get("attachments/captured", 0) for r in results),
            "warc": _bytes(archive / "warc", "*.warc.gz"),
            "parquet": _bytes(archive / "articles", "*.parquet")}


def _text_rate(pdfs: int, pages: int) -> None:
    """PDF pages read per CPU-second: ours, pypdf directly, and through the worker pool."""
    import io

    from pypdf import PdfReader

    from crawler.demo.documents import text_pdf
    from crawler.extract.documents import read_document
    from crawler.workers import PoolConfig, SharedPools, in_worker

    sentence = ("Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì, phối hợp với các sở, ngành "
                "rà soát định mức chi thường xuyên năm {n} theo đúng quy định hiện hành.")
    files = [text_pdf(f"Báo cáo số {k}", [sentence.format(n=2000 + i) for i in range(pages * 10)])
             for k in range(pdfs)]
    counted = sum(len(PdfReader(io.BytesIO(f)).pages) for f in files)

    def direct(body: bytes) -> str:
        return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(body)).pages)

    readers = {"pypdf directly": direct, "read_document": lambda b: read_document({"body": b})}
    for read in readers.values():  # imports and caches warm for both
        read(files[0])
    best = dict.fromkeys(readers, float("inf"))
    for _ in range(3):  # alternating, the best of three each
        for name, read in readers.items():
            start = time.process_time()
            for f in files:
                read(f)
            best[name] = min(best[name], time.process_time() - start)
    rates = {name: counted / seconds for name, seconds in best.items()}
    for name, rate in rates.items():
        print(f"text, {name:>15}: {rate:7.1f} PDF pages per CPU-second "
              f"({pdfs} PDFs, {counted} pages; best of 3)")
    print(f"text: read_document / pypdf directly: {rates['read_document'] / rates['pypdf directly']:.2f}")
    config = PoolConfig(2, 120.0, 1024)
    pool = SharedPools.acquire(config)
    try:
        pool.schedule(in_worker, args=(read_document, {"body": files[0]})).result()  # warm
        start = time.perf_counter()
        futures = [pool.schedule(in_worker, args=(read_document, {"body": f})) for f in files]
        for future in futures:
            future.result()
        wall = time.perf_counter() - start
    finally:
        SharedPools.release(config)
    print(f"text, worker pool (2 workers): {counted / wall:7.1f} PDF pages per second of wall time")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500,
                        help="articles in the demo portal (its five sites together)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--pdfs", type=int, default=40, help="PDFs read for the text rate")
    parser.add_argument("--pages", type=int, default=25, help="pages of each of those PDFs")
    parser.add_argument("--one", choices=list(MODES), help=argparse.SUPPRESS)  # a child's run
    args = parser.parse_args()
    if args.one:  # Scrapy's reactor runs once a process: each crawl is a process of its own
        with tempfile.TemporaryDirectory() as tmp:
            print(json.dumps(_crawl(args.one, args.articles, Path(tmp))))
        return
    print(f"machine: {os.cpu_count()} CPUs, python {sys.version.split()[0]}; "
          f"demo portal grown to {args.articles} articles")
    rates: dict[str, list[float]] = {mode: [] for mode in MODES}
    modes = list(MODES)
    for n in range(args.rounds):
        for mode in modes[n % 3:] + modes[:n % 3]:  # each mode first in turn
            child = subprocess.run([sys.executable, __file__, "--one", mode, "--articles",
                                    str(args.articles)], check=True, capture_output=True, text=True)
            got = json.loads(child.stdout.strip().splitlines()[-1])
            rate = got["articles"] / got["seconds"]
            rates[mode].append(rate)
            per = max(got["articles"], 1)
            print(f"round {n + 1}, {mode:>6}: {got['seconds']:6.1f} s, {got['articles']:5.0f} articles "
                  f"({rate:5.1f}/s), {got['photos']:5.0f} photos, {got['documents']:4.0f} documents, "
                  f"per article {got['warc'] / per / 1024:6.1f} KB WARC + "
                  f"{got['parquet'] / per / 1024:5.2f} KB Parquet")
        photos, every = (rates[m][-1] / rates["pages"][-1] for m in ("photos", "all"))
        print(f"round {n + 1}: articles/s, photos / pages only: {photos:.2f}; "
              f"photos and documents / pages only: {every:.2f}")
    print(f"overall (mean of {args.rounds} round(s)): articles/s, photos / pages only: "
          f"{sum(rates['photos']) / sum(rates['pages']):.2f}; photos and documents / pages only: "
          f"{sum(rates['all']) / sum(rates['pages']):.2f}")
    _text_rate(args.pdfs, args.pages)


if __name__ == "__main__":
    main()
