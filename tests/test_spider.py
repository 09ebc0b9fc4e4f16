"""The real spider and pipelines against the demo portal, in process: items, stats, archive."""

from __future__ import annotations

from collections import Counter

import pytest

from archive import open_archive
from crawler.demo.corpus import load_corpus
from crawler.demo.huecit import CP1258_ARTICLES, HueCitSite
from crawler.demo.liferay import LiferaySite
from crawler.profiles import make_profile

SITES = {"demo-huecit": ("huecit", HueCitSite), "demo-liferay": ("liferay", LiferaySite)}


def expected_urls(source: str, demo_portal) -> set[str]:
    site, cls = SITES[source]
    profile = make_profile(site, source)
    base = demo_portal.url(site)
    return {profile.canonicalize(base + cls.article_path(a)) for a in load_corpus(site)}


@pytest.mark.parametrize("source", sorted(SITES))
def test_every_article_archived_once(demo_crawl, demo_portal, source):
    result = demo_crawl[source]
    got = Counter(item["canonical_url"] for item in result.items)
    assert set(got) == expected_urls(source, demo_portal)
    assert max(got.values()) == 1
    with open_archive(result.archive) as archive:
        rows = archive.sql(
            "SELECT canonical_url FROM article_versions WHERE source = ?", [source]
        ).fetchall()
    assert sorted(r[0] for r in rows) == sorted(got)
    assert result.stats["finish_reason"] == "finished"
    assert result.stats["archive/articles_new"] == len(got)


@pytest.mark.parametrize("source", sorted(SITES))
def test_items_match_the_demo_truth(demo_crawl, source):
    site, cls = SITES[source]
    truth = {a.id: a for a in load_corpus(site)}
    checked = 0
    for item in demo_crawl[source].items:
        art_id = int(item["canonical_url"].rsplit("tc=", 1)[-1]) if site == "huecit" else \
            int(item["canonical_url"].rsplit("/", 1)[-1].split("-", 1)[0])
        a = truth[art_id]
        assert item["title"] == a.title
        assert item["lead"] == a.lead
        assert item["text"] == a.text
        assert item["published_at"] == a.published
        assert item["date_precision"] == ("minute" if a.time_known else "day")
        assert item["unit"] == a.unit
        assert [i["caption"] for i in item["images"]] == [i.caption for i in a.images]
        checked += 1
    assert checked == len(truth)


@pytest.mark.parametrize("source", sorted(SITES))
def test_no_trap_fetched_and_no_page_fetched_twice(demo_crawl, source):
    result = demo_crawl[source]
    profile = make_profile(SITES[source][0], source)
    urls = [url for _, url in result.responses if not url.endswith("/robots.txt")]
    canonical = Counter(profile.canonicalize(u) for u in urls)
    assert max(canonical.values()) == 1, canonical.most_common(3)
    kinds = Counter(profile.classify(u)[0] for u in canonical)
    assert kinds["trap"] == 0
    # Every article page fetched is a demo article, or the one deleted (soft 404) article.
    assert kinds["article"] == len(result.items) + 1
    assert result.stats["robotstxt/request_count"] == 1


def test_huecit_traps_soft404_redirect_and_encoding(demo_crawl):
    result = demo_crawl["demo-huecit"]
    stats = result.stats
    assert stats["portal/trap/calendar"] >= 1
    assert stats["dropped/soft_404"] == 1
    assert stats["robotstxt/forbidden"] == 1  # "Giới thiệu" is closed to robots
    assert stats["downloader/response_status_count/301"] >= 1
    cp1258 = [i for i in result.items if i["canonical_url"].endswith(f"tc={min(CP1258_ARTICLES)}")]
    assert cp1258 and cp1258[0]["encoding"] == "cp1258"
    assert "not_nfc_source" in cp1258[0]["flags"]
    # chrome never leaks into text
    for item in result.items:
        for chrome in ("Truy cập tổng", "Các tin khác", "Xem tin theo ngày", "Liên kết website",
                       "Tìm kiếm tin tức", "Ghi rõ nguồn"):
            assert chrome not in item["text"]


def test_liferay_traps_feeds_and_sitemap(demo_crawl):
    stats = demo_crawl["demo-liferay"].stats
    assert stats["portal/trap/language_switch"] >= 1
    assert stats["portal/trap/login"] >= 1
    assert stats["portal/feeds/parsed"] >= 2  # the configured feed and one announced by <link>
    assert stats["portal/sitemaps/from_robots"] == 1
    assert stats["portal/sitemaps/parsed"] == 1
    assert stats["dropped/soft_404"] == 1
    # No page under a language switch or login URL was ever requested.
    assert stats["downloader/request_count"] < 120


@pytest.fixture(scope="module")
def huecit_recrawl(demo_crawl, demo_portal):
    """A second crawl of the HueCIT site into the same archive (blocking calls need a fixture)."""
    from tests.conftest import crawl_in_process

    return crawl_in_process(demo_crawl["demo-huecit"].archive, ["demo-huecit"], demo_portal)


def test_recrawl_adds_no_duplicate_versions(demo_crawl, huecit_recrawl):
    first = demo_crawl["demo-huecit"]
    # Re-crawl into the same archive: nothing changed (the visitor counter did), nothing added.
    again = huecit_recrawl["demo-huecit"]
    assert again.stats.get("archive/articles_new", 0) == 0
    assert again.stats["archive/articles_unchanged"] == len(first.items)
    with open_archive(first.archive) as archive:
        assert archive.sql("SELECT count(*) FROM article_versions WHERE source = 'demo-huecit'"
                           ).fetchall()[0][0] == len(first.items)
        assert archive.count("runs") >= 3


@pytest.fixture(scope="module")
def budget_crawl(tmp_path_factory, demo_portal):
    from tests.conftest import crawl_in_process

    archive = tmp_path_factory.mktemp("budget") / "archive"
    # Also the path where the spider reads robots.txt itself (robots not obeyed).
    return crawl_in_process(archive, ["demo-liferay"], demo_portal,
                            spider_args={"max_pages": 12}, ROBOTSTXT_OBEY=False)["demo-liferay"]


def test_page_budget_is_a_hard_limit(budget_crawl):
    stats = budget_crawl.stats
    assert stats["finish_reason"] == "finished"
    assert stats["portal/budget_refused"] > 0
    # robots.txt is outside the budget; "/" redirects once
    assert stats["downloader/request_count"] <= 12 + 1 + 1
    assert 0 < len(budget_crawl.items) < len(load_corpus("liferay"))
    assert stats["portal/sitemaps/from_robots"] == 1
