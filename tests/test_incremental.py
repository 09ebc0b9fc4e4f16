"""Incremental crawls (issue #5): a re-crawl costs what is new, finds additions and edits,
and picks up what an earlier run left pending."""

from __future__ import annotations

import pytest

from archive import open_archive
from crawler.demo import DemoPortal
from crawler.demo.corpus import SITES, load_corpus
from crawler.frontier import Frontier
from tests.helpers import DEMO_SOURCES, crawl_in_process

#: The runs here measure pages: photos (tests/test_images.py) are left out, so the requests
#: counted are the pages' alone.
PAGES_ONLY = {"PORTAL_IMAGES": False}


def _total(results, key: str) -> int:
    return sum(r.stats.get(key, 0) for r in results.values())


@pytest.fixture(scope="module")
def grown_recrawl(tmp_path_factory):
    """The whole demo portal grown to 750 articles, crawled twice with nothing changed."""
    archive = tmp_path_factory.mktemp("grown") / "archive"
    with DemoPortal(articles=750) as portal:
        first = crawl_in_process(archive, DEMO_SOURCES, portal, **PAGES_ONLY)
        again = crawl_in_process(archive, DEMO_SOURCES, portal, **PAGES_ONLY)
    return first, again, archive


def test_unchanged_recrawl_makes_at_most_5_percent_of_the_requests(grown_recrawl):
    first, again, archive = grown_recrawl
    assert _total(first, "archive/articles_new") == 750
    requests = _total(first, "downloader/request_count")
    assert _total(again, "downloader/request_count") <= 0.05 * requests
    assert _total(again, "archive/articles_new") == 0
    assert _total(again, "archive/articles_changed") == 0
    assert all(not r.items for r in again.values())  # nothing was even extracted
    assert _total(again, "portal/pagination_stopped") > 0
    with open_archive(archive) as arch:
        assert arch.count("article_versions") == 750


@pytest.fixture(scope="module")
def added_and_edited(tmp_path_factory):
    """The demo portal crawled, then 3 articles published on three sites and one recent
    article corrected; crawled again with the default re-check policy."""
    archive = tmp_path_factory.mktemp("added") / "archive"
    with DemoPortal() as portal:
        recent = portal.site("sharepoint").add()  # published today: young, re-checked
        first = crawl_in_process(archive, DEMO_SOURCES, portal, **PAGES_ONLY)
        added = [portal.site(name).add() for name in ("huecit", "liferay", "vccorp")]
        sharepoint = portal.site("sharepoint")
        corrected = (*recent.paragraphs[:-1], recent.paragraphs[-1] + " (Cập nhật lúc 16 giờ.)")
        sharepoint.edit(recent.id, paragraphs=corrected)
        second = crawl_in_process(archive, DEMO_SOURCES, portal, **PAGES_ONLY)
    return first, second, archive, added, recent


def test_three_added_one_edited_archive_exactly_three_new_one_changed(added_and_edited):
    first, second, archive, added, recent = added_and_edited
    corpus = sum(len(load_corpus(site)) for site in SITES)
    assert _total(first, "archive/articles_new") == corpus + 1
    assert _total(second, "archive/articles_new") == 3
    assert _total(second, "archive/articles_changed") == 1
    assert _total(second, "archive/articles_removed") == 0
    with open_archive(archive) as arch:
        assert arch.count("article_versions") == corpus + 1 + 3 + 1
        titles = {t for (t,) in arch.sql("SELECT title FROM article_versions WHERE run_id IN "
                                         f"({', '.join('?' * 5)})",
                                         [r.run_id for r in second.values()]).fetchall()}
        assert titles == {a.title for a in added} | {recent.title}
        text = arch.sql("SELECT text FROM articles WHERE title = ?", [recent.title]).fetchall()
        assert text[0][0].endswith("(Cập nhật lúc 16 giờ.)")


@pytest.fixture(scope="module")
def budget_then_rest(tmp_path_factory):
    """Liferay (grown to 100 articles, ten listing pages a section) crawled with a page
    budget that runs out, then again without one."""
    archive = tmp_path_factory.mktemp("resume") / "archive"
    with DemoPortal(articles=500) as portal:
        total = len(portal.site("liferay").articles)
        cut = crawl_in_process(archive, ["demo-liferay"], portal,
                               spider_args={"max_pages": 40}, **PAGES_ONLY)["demo-liferay"]
        pending = Frontier(archive, "demo-liferay").path.read_text("utf-8").splitlines()
        rest = crawl_in_process(archive, ["demo-liferay"], portal, **PAGES_ONLY)["demo-liferay"]
    return cut, pending, rest, archive, total


def test_next_run_picks_up_what_a_spent_budget_left(budget_then_rest):
    """The first run's listings linked every page; the budget stopped it. The second run
    sees only archived articles on the first listing pages (so pagination stops there) and
    still archives the rest, from the pending list the first run left."""
    cut, pending, rest, archive, total = budget_then_rest
    assert cut.stats["portal/budget_refused"] > 0 and 0 < len(cut.items) < total
    assert pending and all(line.startswith("+ ") for line in pending)
    assert rest.stats["portal/resumed"] > 0
    assert rest.stats["archive/articles_new"] == total - len(cut.items)
    with open_archive(archive) as arch:
        assert arch.count("article_versions") == total
    assert not Frontier(archive, "demo-liferay").path.exists()  # nothing left pending


def test_frontier_journal_survives_a_torn_line(tmp_path):
    frontier = Frontier(tmp_path, "s")
    assert frontier.load() == []
    frontier.scheduled("listing", "http://a.test/?pg=2")
    frontier.scheduled("article", "http://a.test/a-1.htm")
    frontier.scheduled("article", "http://a.test/a-2.htm")
    frontier.done("http://a.test/?pg=2")
    with open(frontier.path, "ab") as journal:  # killed in the middle of a write
        journal.write(b"+ article http://a.te")
    again = Frontier(tmp_path, "s")
    assert again.load() == [("article", "http://a.test/a-1.htm"),
                            ("article", "http://a.test/a-2.htm")]
    # A finished run keeps only what it was told to retry.
    again.scheduled("listing", "http://a.test/?pg=3")
    again.close({"http://a.test/?pg=3": "listing"})
    assert Frontier(tmp_path, "s").load() == [("listing", "http://a.test/?pg=3")]
    Frontier(tmp_path, "s").close({})
    assert not frontier.path.exists()
