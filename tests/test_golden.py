"""Golden extraction corpus: every family has pages with expected records; scores are pinned.

Pages and expected JSON live in tests/golden/<family>/ (regenerated only by
``tests/golden/regenerate.py --write``, reviewed as diffs). Scores are compared with
tests/golden/baseline.json (``bench/eval_extract.py --write-baseline``) and with bare
trafilatura on the same pages.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.extract import extract_page
from crawler.extract.evaluate import METRICS, aggregate, bare_trafilatura, load_golden, score_page
from crawler.profiles import FAMILIES, make_profile
from tests.helpers import as_record

GOLDEN = Path(__file__).resolve().parent / "golden"
BASELINE = json.loads((GOLDEN / "baseline.json").read_text("utf-8"))
PROFILED = sorted(f for f in FAMILIES if f != "generic")
HIGHER_IS_BETTER = [m for m in METRICS if m != "chrome_leaks"]


def _extract(page, family):
    return extract_page({"url": page.url, "body": page.body, "content_type": page.content_type,
                         "hints": make_profile(family, family).hints()})


@pytest.fixture(scope="module")
def scores():
    out = {}
    for family in sorted(FAMILIES):
        pages = load_golden(GOLDEN, family)
        ours = [score_page(_extract(p, family), p.expected) for p in pages]
        bare = [score_page(bare_trafilatura(p), p.expected) for p in pages]
        out[family] = {"ours": aggregate(ours), "trafilatura": aggregate(bare)}
    return out


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_every_family_has_golden_pages(family):
    assert len(load_golden(GOLDEN, family)) >= 8


@pytest.mark.parametrize("page", [p for f in PROFILED for p in load_golden(GOLDEN, f)],
                         ids=lambda p: f"{p.family}-{p.name}")
def test_profiled_page_matches_expected_record(page):
    got = _extract(page, page.family)
    assert got["status"] == "ok"
    assert as_record(got) == page.expected


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_scores_never_below_baseline(scores, family):
    ours, pinned = scores[family]["ours"], BASELINE[family]
    for metric in HIGHER_IS_BETTER:
        if pinned.get(metric) is not None:
            assert ours[metric] is not None and ours[metric] >= pinned[metric], metric
    assert ours["chrome_leaks"] <= pinned["chrome_leaks"]


@pytest.mark.parametrize("family", PROFILED)
def test_targets_met_and_better_than_trafilatura(scores, family):
    ours, bare = scores[family]["ours"], scores[family]["trafilatura"]
    assert ours["body_f1"] >= 0.98
    assert ours["title_exact"] == 1.0 and ours["published_exact"] == 1.0
    assert ours["caption_precision"] >= 0.95 and ours["caption_recall"] >= 0.95
    assert ours["unit_exact"] >= 0.95
    assert ours["chrome_leaks"] == 0
    for metric in HIGHER_IS_BETTER:
        if bare[metric] is not None and bare[metric] < 1.0:
            assert ours[metric] > bare[metric], metric
    assert bare["chrome_leaks"] == 0 or ours["chrome_leaks"] < bare["chrome_leaks"]


def test_golden_corpus_is_in_sync_with_the_demo_portal():
    proc = subprocess.run([sys.executable, str(GOLDEN / "regenerate.py")], capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().endswith("0 change(s) (dry run; pass --write)"), proc.stdout
