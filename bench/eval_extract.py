"""Extraction quality on the golden corpus, ours vs bare trafilatura, per family and overall.

    .venv/bin/python bench/eval_extract.py [--json] [--write-baseline]

Also prints CPU seconds per page for both (trafilatura with metadata, same pages), and the
generic path on the public benchmark in ../shared/data/aeb when present.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[0] = str(REPO)  # the project root instead of bench/ (see bench/size.py)

from crawler.extract.report import format_report, run_eval  # noqa: E402
from tests.variant_scoring import MODES, evaluate_variants, format_variants  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--write-baseline", action="store_true",
                        help="pin today's scores in tests/golden/baseline.json (review the diff)")
    parser.add_argument("--aeb-pages", type=int, default=181, help="benchmark pages to score")
    parser.add_argument("--variants", nargs="?", const=str(REPO / "tests" / "variants"),
                        help="score the variant corpus (templates the rules were not written "
                             "from) per family x mode instead; default tests/variants")
    parser.add_argument("--modes", default=",".join(MODES), help="modes for --variants")
    args = parser.parse_args()
    if args.variants:
        report = evaluate_variants(Path(args.variants), tuple(args.modes.split(",")))
        print(json.dumps(report, indent=1) if args.json else format_variants(report))
        return 0
    report = run_eval(REPO / "tests" / "golden", aeb_dir=REPO.parent / "shared" / "data" / "aeb",
                      aeb_pages=args.aeb_pages)
    print(json.dumps(report, indent=1) if args.json else format_report(report))
    if args.write_baseline:
        baseline = {fam: r["ours"] for fam, r in report["families"].items()}
        path = REPO / "tests" / "golden" / "baseline.json"
        path.write_text(json.dumps(baseline, indent=1, sort_keys=True) + "\n", "utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
