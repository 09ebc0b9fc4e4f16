"""CPU per page of family detection and of decoding, the two steps every page read with generic
hints pays before extraction (issue #13's CPU target).

    .venv/bin/python bench/detect_speed.py [--pages DIR ...] [--repeat 5]

Detection is timed twice on the same pages in the same run: the plain path, every signature's
regex over the whole lower-cased page (``score_families(..., prefilter=False)``), and the fast
path, which runs a regex only when the page holds the literals it cannot match without. The two
must agree on every page; the script says so, or exits 1 naming the pages where they do not.
Decoding (``decode_html``) is timed on the same bytes. By default the pages are the AEB set
(``../shared/data/aeb/html/*.html.gz``, when present) and the variant corpus (tests/variants).
Times are process CPU time, the best of ``--repeat`` rounds, divided by the number of pages.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
from collections.abc import Callable
from pathlib import Path

# The project root instead of bench/ (whose incremental.py would shadow Twisted's dependency).
ROOT = Path(__file__).resolve().parents[1]
sys.path[0] = str(ROOT)

DEFAULT_SETS = (ROOT.parent / "shared" / "data" / "aeb" / "html", ROOT / "tests" / "variants")


def load(directory: Path) -> list[bytes]:
    """The HTML pages under ``directory`` (``*.html`` and ``*.html.gz``), sorted by path."""
    paths = sorted(p for p in directory.rglob("*") if p.name.endswith((".html", ".html.gz")))
    return [gzip.decompress(p.read_bytes()) if p.suffix == ".gz" else p.read_bytes()
            for p in paths]


def per_page_ms(step: Callable[[bytes], object], pages: list[bytes], repeat: int) -> float:
    """Best-of-``repeat`` CPU milliseconds per page of ``step``."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for page in pages:
            step(page)
        best = min(best, time.process_time() - start)
    return 1000 * best / len(pages)


def bench(name: str, pages: list[bytes], repeat: int) -> bool:
    """Print one set's figures; False when the two detection paths disagree on a page."""
    from crawler.extract.encoding import decode_html
    from crawler.profiles.detect import score_families

    score_families(pages[0])  # compile the signatures outside the timing
    differ = [i for i, page in enumerate(pages)
              if score_families(page) != score_families(page, prefilter=False)]
    plain = per_page_ms(lambda page: score_families(page, prefilter=False), pages, repeat)
    fast = per_page_ms(score_families, pages, repeat)
    decode = per_page_ms(lambda page: decode_html(page, "text/html"), pages, repeat)
    size = sum(map(len, pages)) / len(pages) / 1000
    print(f"{name}: {len(pages)} pages, {size:.0f} KB each on average")
    print(f"  detection, plain regex path  {plain:7.3f} ms/page")
    print(f"  detection, fast path         {fast:7.3f} ms/page  ({plain / fast:.1f}x cheaper)")
    print(f"  decode_html                  {decode:7.3f} ms/page")
    print(f"  paths agree on {len(pages) - len(differ)} of {len(pages)} pages"
          + (f"; differ on pages {differ[:10]}" if differ else ""))
    return not differ


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, nargs="*", default=list(DEFAULT_SETS),
                        help="directories of *.html / *.html.gz pages")
    parser.add_argument("--repeat", type=int, default=5, help="rounds; the best is reported")
    args = parser.parse_args()
    agree = True
    for directory in args.pages:
        pages = load(directory) if directory.is_dir() else []
        if not pages:
            print(f"{directory}: no pages, skipped")
            continue
        agree &= bench(str(directory), pages, args.repeat)
    return 0 if agree else 1


if __name__ == "__main__":
    sys.exit(main())
