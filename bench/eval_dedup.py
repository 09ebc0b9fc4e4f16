"""Dedup quality on the labelled republication set: ours vs datasketch MinHashLSH.

    .venv/bin/python bench/eval_dedup.py [--seed N]

Pair precision, recall, F1 and hard negatives wrongly merged, for ``archive.dedup`` and for
datasketch MinHashLSH at thresholds 0.8 and 0.5 (128 permutations, word 5-grams; ``pip install
-e '.[bench]'``) on the same documents. Targets (issue #6): F1 >= 0.98, no hard negative merged.
The set and the scoring are test code (``tests/republish.py``, ``tests/dedup_eval.py``), which
``tests/test_dedup.py`` holds to the targets.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

# The project root instead of bench/ (whose incremental.py would shadow Twisted's dependency).
sys.path[0] = str(Path(__file__).resolve().parents[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    from tests.dedup_eval import report
    from tests.republish import build_eval_set

    print(report(build_eval_set(args.seed)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
