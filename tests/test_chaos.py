"""A short chaos run in the suite: SIGKILL during crawls (with small Parquet batches, so
writes are in flight) and during compaction; the full seeded sweep is bench/chaos.py."""

from __future__ import annotations

import pytest

from crawler.chaos import crawl, kill_compaction_at, kill_crawl_at, seeded_delays, versions

SOURCE = "demo-dotnetnuke"


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    root = tmp_path_factory.mktemp("reference")
    crawl(root, SOURCE)
    found, dups = versions(root)
    assert found and dups == 0
    return found


@pytest.mark.parametrize("delay", seeded_delays(seed=20261128, n=3, low=0.8, high=2.6))
def test_kill_during_crawl_then_resume(tmp_path, reference, delay):
    outcome = kill_crawl_at(tmp_path, SOURCE, delay, reference)
    assert outcome.killed, "the crawl ended before the kill point: move the points earlier"
    assert outcome.queried_after_kill and outcome.duplicates_after_kill == 0
    assert outcome.equal_after_resume
    assert outcome.verify_ok  # a torn WARC tail left by the kill is repaired at the next start


def test_kill_during_compaction_then_resume(tmp_path, reference):
    crawl(tmp_path, SOURCE)  # many small parts
    outcome = kill_compaction_at(tmp_path, SOURCE, "after_publish", reference)
    assert outcome.killed and outcome.queried_after_kill and outcome.duplicates_after_kill == 0
    assert outcome.rows_after_kill == len(reference)
    assert outcome.equal_after_resume and outcome.verify_ok
