"""Generalisation (#13): extraction and page kinds on templates the rules were not written from.

The variant corpus (tests/variants/, format in its README) holds mini-sites written
independently of the demo portal and of each other. These tests hold the floor the issue
sets — never worse than bare trafilatura on any family, every article page recognised — and
``bench/eval_extract.py --variants`` prints the full family x mode table.
"""

from __future__ import annotations

import importlib.util
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from tests.variant_scoring import evaluate_variants, load_variants

VARIANTS = Path(__file__).resolve().parent / "variants"
FAMILIES = ("huecit", "liferay", "sharepoint", "dotnetnuke", "vccorp")
TEMPLATES = sorted(p.parent for p in VARIANTS.glob("*/*/site.json"))


def _check_module():
    spec = importlib.util.spec_from_file_location("variants_check", VARIANTS / "check.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("folder", TEMPLATES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_template_is_well_formed_and_crawlable(folder):
    assert _check_module().check(folder) == []


@pytest.mark.parametrize("family", FAMILIES)
def test_three_independent_templates_per_family(family):
    assert len([t for t in TEMPLATES if t.parent.name == family]) >= 3


def test_pages_of_no_known_family():
    pages = [p for p in load_variants(VARIANTS) if p.family == "unknown" and p.kind == "article"]
    assert len(pages) >= 15


@pytest.fixture(scope="module")
def report():
    # Two independent passes over ~1,000 pages, ~50 s together on one core (issue #15): bare
    # trafilatura is scored in a second process meanwhile (spawned: the test process runs a
    # reactor's threads, which a fork would copy mid-state).
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        bare = pool.submit(evaluate_variants, VARIANTS, modes=("trafilatura",))
        ours = evaluate_variants(VARIANTS, modes=("profile",))
        for table in ("table", "held_out_table", "tuned_table"):
            ours[table].update(bare.result()[table])
    return ours


@pytest.mark.parametrize("family", [*FAMILIES, "unknown"])
def test_never_worse_than_bare_trafilatura(report, family):
    """On every template rules may be tuned on. A held-out template is measured, not gated
    (bench/eval_extract.py prints it apart; its misses go in the issue's closing note): a
    test failing on it would have its pages looked at, and it would no longer be held out."""
    ours = report["tuned_table"][f"{family}|profile"]
    bare = report["tuned_table"][f"{family}|trafilatura"]
    assert ours["body_f1"] >= bare["body_f1"]
    assert ours["title"] >= bare["title"] and ours["published"] >= bare["published"]
    assert ours["chrome"] <= bare["chrome"]
    assert ours["crawl_day"] == 0


def test_article_pages_are_recognised(report):
    kinds = report["kinds_tuned"]["profile"]  # held-out templates: measured, not gated
    assert kinds["article_recall"] >= 0.99, report["problems"]


def test_non_article_pages_are_not_archived(report):
    """Listings, information, contact, search… pages: at most 1% archived as articles (#13)."""
    kinds = report["kinds_tuned"]["profile"]
    assert kinds["non_articles_archived"] <= 0.01, report["problems"]
    assert kinds["non_article_kind_right"] >= 0.9, report["problems"]


def test_held_out_templates_are_reported_apart(tmp_path):
    """A template whose site.json says "held_out" is scored in a HELD-OUT block of its own."""
    import json

    from tests.variant_scoring import format_variants

    body = ("<html><head><title>Hội nghị tổng kết công tác năm 2023 của Sở</title></head><body>"
            "<h1>Hội nghị tổng kết công tác năm 2023 của Sở</h1><p>Ngày đăng: 05/01/2024</p>"
            "<div><p>" + "Sở tổ chức hội nghị tổng kết công tác năm và triển khai nhiệm vụ mới. "
            * 8 + "</p></div></body></html>")
    expected = {"title": "Hội nghị tổng kết công tác năm 2023 của Sở", "lead": None,
                "text": "Sở tổ chức hội nghị tổng kết công tác năm và triển khai nhiệm vụ mới. " * 8,
                "published_at": "2024-01-05T00:00:00+07:00", "images": [], "authors": [],
                "unit": None}
    for name, held in (("seen", False), ("unseen", True)):
        folder = tmp_path / "unknown" / name
        folder.mkdir(parents=True)
        (folder / "site.json").write_text(json.dumps({"family": "unknown", "held_out": held}))
        (folder / "a.html").write_text(body, "utf-8")
        (folder / "a.json").write_text(json.dumps({
            "url": f"https://{name}.example.gov.vn/tin/1", "kind": "article",
            "expected": expected}), "utf-8")
    pages = load_variants(tmp_path)
    assert [(p.template, p.held_out) for p in pages] == [("seen", False), ("unseen", True)]
    report = evaluate_variants(tmp_path, modes=("generic",))
    assert report["held_out_templates"] == ["unknown/unseen"]
    assert report["held_out_table"]["unknown|generic"]["pages"] == 1
    assert report["table"]["unknown|generic"]["pages"] == 2
    assert "HELD-OUT (1 templates no rule was tuned on: unknown/unseen)" in format_variants(report)
