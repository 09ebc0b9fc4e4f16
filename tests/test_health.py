"""Health flags for runs that archived nothing while their article links failed, and for a jump
in the share of pages judged articles that came out empty (issue #13); runs by page kind.

Rules are checked on run rows published with the archive's own writer, and end to end on the
run rows real crawls of the demo portal write when its article links break or its template
stops giving the body.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from archive import RUN_SCHEMA, open_archive
from archive.health import check_health
from archive.writer import publish_table
from crawler.cli import main
from crawler.demo.markup import gone_key

NOW = datetime(2026, 11, 10, tzinfo=UTC)


def _run(day: int, **fields) -> dict:
    """A run row of source ``s`` as the store pipeline writes it: a healthy run by default."""
    start = datetime(2026, 11, 1, tzinfo=UTC) + timedelta(days=day)
    row = dict.fromkeys(RUN_SCHEMA.names)
    row.update(run_id=f"s-{day}", source="s", started_at=start,
               finished_at=start + timedelta(minutes=5), finish_reason="finished", requests=60,
               responses=60, articles_new=3, articles_unchanged=20, errors=0,
               responses_by_status='{"200": 60}', dropped_by_reason='{"not_article": 4}',
               errors_by_kind="{}", empty_text_share=0.02, missing_date_share=0.0,
               missing_title_share=0.0, article_requests_failed=0, article_empty_share=0.0,
               pages_by_kind='{"article": 23, "listing": 4}')
    row.update(fields)
    return row


def _flags(root: Path, rows: list[dict]) -> list[str]:
    publish_table(root, "runs", pa.Table.from_pylist(rows, schema=RUN_SCHEMA), prefix="run")
    with open_archive(root) as arch:
        flags, checked = check_health(arch, now=NOW)
    assert checked == ["s"]
    return [f.kind for f in flags]


_BROKEN_LINKS = {"articles_new": 0, "articles_unchanged": 0, "article_requests_failed": 23,
                 "responses_by_status": '{"200": 37, "404": 23}',
                 "dropped_by_reason": '{"http_404": 23, "not_article": 4}',
                 "pages_by_kind": '{"listing": 4}', "article_empty_share": None}
_EMPTY_BODIES = {"articles_new": 1, "articles_unchanged": 12, "article_empty_share": 0.4348,
                 "article_requests_failed": 10, "pages_by_kind": '{"article": 13, "empty": 10}',
                 "dropped_by_reason": '{"no_body": 10}',
                 "stats_json": '{"extract/article_failed/no_body": 10, "pages/kind/article": 13}'}


@pytest.mark.parametrize("history,last,expected", [
    pytest.param({}, {}, [], id="healthy"),
    # Nothing new, nothing failed: a quiet day of the portal, not a broken crawl.
    pytest.param({}, {"articles_new": 0, "articles_unchanged": 0,
                      "pages_by_kind": '{"listing": 4}'}, [], id="quiet"),
    pytest.param({}, _BROKEN_LINKS, ["articles_failed"], id="article-links-404"),
    pytest.param({}, {**_BROKEN_LINKS, "responses_by_status": '{"200": 37, "500": 23}',
                      "dropped_by_reason": "{}"}, ["articles_failed"], id="article-links-5xx"),
    # Every article page came but was dropped empty: also nothing archived.
    pytest.param({}, {**_EMPTY_BODIES, "articles_new": 0, "articles_unchanged": 0},
                 ["articles_failed", "empty_articles"], id="all-dropped"),
    # A dead link the portal keeps: it fails in every run, so a quiet run is still quiet.
    pytest.param({"article_requests_failed": 1},
                 {"articles_new": 0, "articles_unchanged": 0, "article_requests_failed": 1},
                 [], id="persistent-dead-link"),
    # Some links failed, but articles were archived: not this flag.
    pytest.param({}, {"article_requests_failed": 5}, [], id="some-failed-some-archived"),
    pytest.param({}, _EMPTY_BODIES, ["empty_articles"], id="template-change"),
    # The same share on a source whose article pages are always that empty: its normal.
    pytest.param({"article_empty_share": 0.4}, _EMPTY_BODIES, [], id="usual-empty-share"),
    # Two empty pages of a tiny run are noise, not a template change.
    pytest.param({}, {"article_empty_share": 0.5, "pages_by_kind": '{"article": 2, "empty": 2}',
                      "articles_new": 2, "articles_unchanged": 0,
                      "stats_json": '{"extract/article_failed/no_body": 2}'}, [], id="tiny-run"),
])
def test_article_health_flags(tmp_path, history, last, expected):
    rows = [_run(d, **history) for d in range(8)] + [_run(8, **last)]
    assert _flags(tmp_path, rows) == expected


def test_empty_text_share_still_judges_runs_recorded_before_page_kinds(tmp_path):
    """History without article_empty_share (schema 6 runs): the old share keeps watch."""
    rows = [_run(d, article_empty_share=None, pages_by_kind=None) for d in range(8)]
    rows.append(_run(8, **{**_EMPTY_BODIES, "empty_text_share": 0.45}))
    assert _flags(tmp_path, rows) == ["extraction_health"]
    # Once both have the sharper share, it replaces the old one: one flag, not two.
    rows = [_run(d) for d in range(8)] + [_run(8, **{**_EMPTY_BODIES, "empty_text_share": 0.45})]
    assert _flags(tmp_path / "b", rows) == ["empty_articles"]


def test_runs_of_schema_6_read_with_the_new_columns_null(tmp_path):
    old = pa.schema([f for f in RUN_SCHEMA if f.name not in
                     ("pages_by_kind", "article_requests_failed", "article_empty_share")],
                    metadata={b"portal_archive.schema_version": b"6"})
    rows = [{k: v for k, v in _run(d).items() if k in old.names} for d in range(3)]
    (tmp_path / "runs").mkdir()
    pq.write_table(pa.Table.from_pylist(rows, schema=old), tmp_path / "runs" / "run-old.parquet")
    with open_archive(tmp_path) as arch:
        assert arch.sql("SELECT * FROM runs").columns == RUN_SCHEMA.names
        assert arch.sql("SELECT count(*), count(pages_by_kind), count(article_requests_failed) "
                        "FROM runs").fetchall() == [(3, 0, 0)]
        flags, _ = check_health(arch, now=datetime(2026, 11, 4, tzinfo=UTC))
    assert flags == []
    out = CliRunner().invoke(main, ["runs", "--archive", str(tmp_path)])
    assert out.exit_code == 0, out.output
    assert "pages_by_kind" in out.output and "article_requests_failed" in out.output


# -- end to end: the run rows real crawls write ----------------------------------------------

def _break_every_article(site, status: int) -> None:
    """Every article link the listings show answers ``status``."""
    for article in site.articles:
        path, _, query = site.article_path(article).partition("?")
        site.gone[gone_key(path, query)] = status


def _last_run(root: Path) -> dict:
    with open_archive(root) as arch:
        rel = arch.sql("SELECT * FROM runs ORDER BY started_at DESC LIMIT 1")
        return dict(zip(rel.columns, rel.fetchall()[0], strict=True))


def _health(root: Path) -> list[str]:
    with open_archive(root) as arch:
        flags, _ = check_health(arch)
    return [f.kind for f in flags]


@pytest.fixture(scope="module")
def broken_links(tmp_path_factory):
    """Liferay crawled (healthy), then every article link answering 404 on a re-check; and a
    first crawl of a portal whose article links answer 500."""
    from crawler.demo import DemoPortal
    from tests.helpers import crawl_in_process

    root = tmp_path_factory.mktemp("health-links")
    archive, fresh = root / "archive", root / "fresh"
    with DemoPortal() as portal:
        crawl_in_process(archive, ["demo-liferay"], portal)
        healthy = (_last_run(archive), _health(archive))
        _break_every_article(portal.site("liferay"), 404)
        crawl_in_process(archive, ["demo-liferay"], portal, PORTAL_RECHECK="known")
        gone = (_last_run(archive), _health(archive))
    with DemoPortal() as portal:
        _break_every_article(portal.site("vccorp"), 500)
        crawl_in_process(fresh, ["demo-vccorp"], portal)
        failing = (_last_run(fresh), _health(fresh))
    return {"healthy": healthy, "gone": gone, "failing": failing, "archive": archive}


def test_a_healthy_crawl_records_pages_by_kind_and_raises_nothing(broken_links):
    run, flags = broken_links["healthy"]
    kinds = json.loads(run["pages_by_kind"])
    assert kinds["article"] == run["articles_new"] > 0
    assert run["article_empty_share"] == 0.0
    # The Liferay demo lists one article that was deleted (404): a failed link, nothing more.
    assert run["article_requests_failed"] >= 1
    assert flags == []


def test_a_run_whose_article_links_all_answer_404_is_flagged(broken_links):
    first, _ = broken_links["healthy"]
    run, flags = broken_links["gone"]
    assert run["articles_new"] == run["articles_changed"] == run["articles_unchanged"] == 0
    assert run["articles_removed"] == first["articles_new"]  # marked removed, never deleted
    assert run["article_requests_failed"] > first["articles_new"]
    assert flags == ["articles_failed"]
    out = CliRunner().invoke(main, ["health", "--archive", str(broken_links["archive"])])
    assert out.exit_code == 1
    assert f"demo-liferay: articles_failed: last run {run['run_id']} archived no article" \
        in out.output and "HTTP 404" in out.output
    table = CliRunner().invoke(main, ["runs", "--archive", str(broken_links["archive"])]).output
    assert f"article:{first['articles_new']}" in table  # the healthy run's page kinds


def test_a_first_run_whose_article_links_all_answer_500_is_flagged(broken_links):
    run, flags = broken_links["failing"]
    assert run["articles_new"] == 0
    assert run["article_requests_failed"] > 0
    assert json.loads(run["responses_by_status"])["500"] >= run["article_requests_failed"]
    assert flags == ["articles_failed"]


@pytest.fixture(scope="module")
def template_change(tmp_path_factory):
    """HueCIT crawled twice unchanged, then the portal's new template stops serving the body
    of a section's articles (it would load it by script): crawled again."""
    from crawler.demo import DemoPortal
    from tests.helpers import crawl_in_process

    archive = tmp_path_factory.mktemp("health-template") / "archive"
    with DemoPortal() as portal:
        crawl_in_process(archive, ["demo-huecit"], portal)
        crawl_in_process(archive, ["demo-huecit"], portal, PORTAL_RECHECK="known")
        steady = (_last_run(archive), _health(archive))
        site = portal.site("huecit")
        emptied = site.articles[::2]
        for article in emptied:
            site.edit(article.id, paragraphs=(), lead="", images=())
        crawl_in_process(archive, ["demo-huecit"], portal, PORTAL_RECHECK="known")
        changed = (_last_run(archive), _health(archive))
    return steady, changed, len(emptied)


def test_a_steady_history_raises_nothing(template_change):
    (run, flags), _, _ = template_change
    assert run["articles_new"] == 0 and run["articles_unchanged"] > 0
    assert run["article_empty_share"] in (0.0, None)
    assert flags == []


def test_a_jump_in_empty_article_pages_is_flagged(template_change):
    _, (run, flags), emptied = template_change
    # Emptied pages are judged empty or too short, or listings where only the related-news
    # links are left after the headline.
    empty = json.loads(run["pages_by_kind"]).get("empty", 0)
    assert 3 <= empty + json.loads(run["dropped_by_reason"]).get("too_short", 0) <= emptied
    assert run["article_empty_share"] >= 0.2
    assert run["articles_unchanged"] > 0  # the other articles are fine: not articles_failed
    assert flags == ["empty_articles"]


def test_a_removed_article_is_gone_whatever_page_its_link_came_from():
    """Liferay's asset lists link articles with ``?redirect=<the list>``: a removed article
    answers 404 on those links too (it answered 200 there, so a re-check run raced a 404 of
    the article's own URL against a 200 of the listing's link: a flaky 'changed' row)."""
    import urllib.error
    import urllib.request

    from crawler.demo import DemoPortal

    with DemoPortal() as portal:
        site = portal.site("liferay")
        article = site.articles[0]
        _break_every_article(site, 404)
        for suffix in ("", "?redirect=%2Ftin-tuc-su-kien"):
            with pytest.raises(urllib.error.HTTPError) as caught:
                urllib.request.urlopen(portal.url("liferay") + site.article_path(article) + suffix)
            caught.value.close()
            assert caught.value.code == 404


def _worker(day: int, worker: str, **fields) -> dict:
    """One worker's row of a run of ``s`` several workers shared (crawler/distributed)."""
    stats = {"frontier/run": f"s-shared-{day}", "frontier/worker": worker,
             "extract/status/ok": fields.pop("pages", 20)}
    return _run(day, run_id=f"s-{day}-{worker}", stats_json=json.dumps(stats), **fields)


def test_the_workers_rows_of_a_shared_run_are_read_as_one_run(tmp_path):
    """Health and `runs` judge a run, not a worker: a worker stopped on the way (SIGTERM) or
    one that found no work is no failed or unreachable run when another worker finished it."""
    history = [_run(day) for day in range(6)]
    shared = [
        _worker(6, "a", articles_new=2, empty_text_share=0.1, pages=30),
        _worker(6, "b", finish_reason="shutdown", articles_new=1, empty_text_share=0.0, pages=10),
        _worker(6, "c", requests=0, responses=0, articles_new=0, articles_unchanged=0,
                responses_by_status="{}", pages_by_kind="{}", pages=0, empty_text_share=None),
    ]
    assert _flags(tmp_path, history + shared) == []
    with open_archive(tmp_path) as arch:
        newest = arch.runs("s", limit=1).to_pylist()[0]
    assert newest["run_id"] == "s-shared-6" and newest["workers"] == 3
    assert newest["finish_reason"] == "finished" and newest["articles_new"] == 3
    assert newest["requests"] == 120 and json.loads(newest["responses_by_status"]) == {"200": 120}
    assert newest["empty_text_share"] == 0.075  # weighted by the pages each worker judged


def test_a_shared_run_no_worker_finished_is_flagged(tmp_path):
    history = [_run(day) for day in range(6)]
    shared = [_worker(6, "a", finish_reason="shutdown"), _worker(6, "b", finish_reason="shutdown")]
    assert _flags(tmp_path, history + shared) == ["run_failed"]
