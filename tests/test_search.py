"""Full-text search (archive/search/), export and the Python API on small archives with
known answers: folding, ranking, query syntax, filters, incremental updates, clusters."""

from __future__ import annotations

import csv
import io
import json
import re
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

import archive
from archive import search as search_mod
from archive.export import EXPORT_COLUMNS, export_articles
from archive.locks import SourceBusy, source_lock
from archive.search import SearchError, SearchSyntaxError, search, update_index
from archive.search import find as search_find
from archive.search import index as search_index
from archive.search import rank as search_rank
from archive.search import readers as search_readers
from archive.search import store as search_store
from crawler.cli import main
from tests.helpers import CORPUS, FILLER
from tests.helpers import publish_rows as _publish
from tests.helpers import search_row as _row

KEY = {r["title"]: r for r in CORPUS}


def _titles(hits) -> list[str]:
    return [h.title for h in hits]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("search")
    _publish(root, CORPUS)
    result = update_index(root)
    assert result.rebuilt and result.added == len(CORPUS) and result.documents == len(CORPUS)
    return root


def test_folding_finds_words_typed_without_diacritics(corpus):
    assert _titles(search(corpus, "hoi nghi xuc tien")) == [
        "Hội nghị xúc tiến đầu tư tỉnh Thừa Thiên Huế năm 2021"]
    assert _titles(search(corpus, "Da Nang")) == ["Đà Nẵng khởi công cầu mới"]
    assert _titles(search(corpus, "DA NẴNG")) == ["Đà Nẵng khởi công cầu mới"]
    assert _titles(search(corpus, "đà nẵng")) == ["Đà Nẵng khởi công cầu mới"]


def test_snippet_marks_the_original_spelling(corpus):
    hit = search(corpus, "hoi nghi")[0]
    assert "<mark>hội nghị</mark> xúc tiến" in hit.snippet
    assert hit.source == "sokhdt-hue" and hit.unit == "Văn phòng Sở"
    assert hit.published_at.isoformat().startswith("2021-03-01T15:00:00+07:00")
    hit = search(corpus, "song han", mark=("[", "]"))[0]
    assert "[sông Hàn]" in hit.snippet


def test_typed_diacritics_rank_exact_matches_first(corpus):
    folded = search(corpus, "tran")
    assert _titles(folded)[:2] == ["Nước tràn bờ, tràn vào khu dân cư", "Bộ trưởng tiếp đoàn công tác"]
    surname = search(corpus, "Trần")
    assert _titles(surname)[:2] == ["Bộ trưởng tiếp đoàn công tác", "Nước tràn bờ, tràn vào khu dân cư"]
    assert [h.exact for h in surname[:2]] == [True, False]
    assert _titles(search(corpus, "tràn"))[0] == "Nước tràn bờ, tràn vào khu dân cư"


def test_title_matches_weigh_more_than_body_matches(corpus):
    assert _titles(search(corpus, "chuyen doi so")) == ["Chuyển đổi số trong giáo dục",
                                                       "Tin hoạt động của ngành"]


def test_phrases_and_words_side_by_side(corpus):
    # The phrase needs the words next to each other; the words alone only need both.
    assert _titles(search(corpus, '"hội nghị"')) == ["Hội nghị xúc tiến đầu tư tỉnh Thừa Thiên Huế năm 2021"]
    words = _titles(search(corpus, "hoi nghi"))
    assert words == ["Hội nghị xúc tiến đầu tư tỉnh Thừa Thiên Huế năm 2021", "Hội thảo khoa học"]
    assert _titles(search(corpus, 'title:"nong thon"')) == ["Nông thôn mới kiểu mẫu",
                                                            "Xây dựng nông thôn mới"]
    assert _titles(search(corpus, "title:kieu")) == ["Nông thôn mới kiểu mẫu"]


def test_and_or_not_and_groups(corpus):
    assert set(_titles(search(corpus, "nong thon NOT thuy san"))) == {"Nông thôn mới kiểu mẫu"}
    assert set(_titles(search(corpus, "Da Nang OR Quang Thai"))) == {
        "Đà Nẵng khởi công cầu mới", "Nông thôn mới kiểu mẫu"}
    assert set(_titles(search(corpus, "(Da Nang OR Quang Thai) AND kieu mau"))) == {
        "Nông thôn mới kiểu mẫu"}
    assert search(corpus, "Da Nang AND Quang Thai") == []


def test_prefix_terms(corpus):
    assert set(_titles(search(corpus, "khoi*"))) == {"Đà Nẵng khởi công cầu mới"}
    # tràn and Trần (not trường: "truong"); typed with its diacritics, Trần ranks first.
    assert set(_titles(search(corpus, "tra*"))) == {"Nước tràn bờ, tràn vào khu dân cư",
                                                   "Bộ trưởng tiếp đoàn công tác"}
    assert _titles(search(corpus, "Trầ*"))[0] == "Bộ trưởng tiếp đoàn công tác"
    assert set(_titles(search(corpus, "truo*"))) >= {"Bộ trưởng tiếp đoàn công tác",
                                                    "Chuyển đổi số trong giáo dục"}


def test_filters(corpus):
    assert set(_titles(search(corpus, "nong thon", source="snnptnt-hue"))) == {
        "Xây dựng nông thôn mới", "Nông thôn mới kiểu mẫu"}
    assert search(corpus, "nong thon", source="moh") == []
    assert _titles(search(corpus, "nong thon", unit="chi cuc thuy san")) == ["Xây dựng nông thôn mới"]
    assert _titles(search(corpus, "cac don vi", unit="Văn phòng Bộ")) == ["Bộ trưởng tiếp đoàn công tác"]
    # until is exclusive; dates are portal local time.
    got = _titles(search(corpus, "nong thon", since="2022-01-01", until="2022-05-11"))
    assert got == ["Xây dựng nông thôn mới"]  # published 2022-04-06
    assert search(corpus, "nong thon", since="2023-05-12") == []
    assert len(search(corpus, "cac don vi", since="2021-03-01", until="2021-03-02")) == 1
    assert search(corpus, "cac don vi", since="2030-01-01") == []
    with pytest.raises(SearchSyntaxError, match="not a date"):
        search(corpus, "x", since="last tuesday")


@pytest.mark.parametrize("query, message", [
    ('"hội nghị', "unterminated quote"),
    ("(hoi nghi", "never closed"),
    ("hoi nghi)", "unexpected ')'"),
    ("OR hoi", "needs a word on each side"),
    ("hoi AND", "ends where a word was expected"),
    ("NOT hoi", "needs a word before it"),
    ("   ", "empty query"),
    ("t*", "at least two letters"),
])
def test_bad_query_syntax_is_a_clear_error(corpus, query, message):
    with pytest.raises(SearchSyntaxError, match=re.escape(message)):
        search(corpus, query)
    out = CliRunner().invoke(main, ["search", query, "--archive", str(corpus)])
    assert out.exit_code == 2 and "query:" in out.output and message.split("'")[0] in out.output


@pytest.mark.parametrize("query", [
    "'; DROP TABLE docs; --", 'x" OR 1=1 --', "NEAR(a b)", "{meta}: zs", "title: *", "a:b:c",
    "^hoi", "hoi + nghi", "rowid = 1", '""', "' OR '1'='1",
])
def test_hostile_queries_are_only_words(corpus, query):
    """Q1: user text is never SQL or FTS5 syntax; at worst it is a word that matches nothing."""
    try:
        hits = search(corpus, query, source="x' OR '1'='1")
    except SearchSyntaxError:
        hits = []
    assert hits == []
    # The index is intact and still answers.
    assert len(search(corpus, "nong thon")) == 2


def test_pages_of_hits_and_facet_counts(tmp_path):
    """``offset`` walks the ranked stories page by page (no story twice, none skipped, ranks
    continue); facets count the matches per source and unit, and the stories."""
    from archive.dedup import cluster

    story = "Tỉnh tổ chức hội nghị tổng kết công tác chuyển đổi số năm nay. " * 4
    rows = [_row(f"copy-{n}", source, "Hội nghị chuyển đổi số", story, days=n, unit="Sở TTTT")
            for n, source in enumerate(["tinh", "huyen"])]
    rows += [_row(f"own-{n}", "tinh" if n % 3 else "xa", f"Chuyển đổi số ở xã {n}",
                  f"Xã {n} họp bàn chuyển đổi số với người dân thôn {n}. " + FILLER * (n + 1),
                  days=10 + n, unit=None if n % 2 else "UBND xã")
             for n in range(7)]
    _publish(tmp_path, rows)
    cluster(tmp_path)
    update_index(tmp_path)
    whole = search(tmp_path, "chuyen doi so", limit=50, facets=True)
    assert len(whole) == 8 and whole.matched == 9  # the two copies are one story
    assert whole.facets == {"source": {"tinh": 5, "xa": 3, "huyen": 1},
                            "unit": {"UBND xã": 4, "Sở TTTT": 2, "": 3}, "stories": 8}
    pages = [search(tmp_path, "chuyen doi so", limit=3, offset=k) for k in (0, 3, 6, 9)]
    assert [len(p) for p in pages] == [3, 3, 2, 0]
    assert [h.version_id for p in pages for h in p] == [h.version_id for h in whole]
    assert [h.rank for p in pages for h in p] == list(range(1, 9))
    assert search(tmp_path, "chuyen doi so").facets is None  # only when asked for
    every = search(tmp_path, "chuyen doi so", all_copies=True, limit=4, offset=6)
    assert [h.rank for h in every] == [7, 8, 9]


def test_a_search_past_its_time_limit_stops_and_the_next_one_runs(tmp_path):
    from archive.search import SearchTimeout

    rows = [_row(f"t{n}", "tinh", f"Tin số {n} về chuyển đổi số", FILLER * (1 + n % 4), days=n)
            for n in range(300)]
    _publish(tmp_path, rows)
    update_index(tmp_path)
    with pytest.raises(SearchTimeout, match="time limit"):
        search(tmp_path, "chuyen doi so OR ke hoach", timeout=0)
    # The same reader connection answers the next search whole (the limit went with the call).
    assert len(search(tmp_path, "chuyen doi so OR ke hoach", limit=5)) == 5
    assert len(search(tmp_path, "chuyen doi so", limit=5, timeout=30)) == 5


def test_cluster_copies_collapse_to_one_hit(tmp_path):
    from archive.dedup import cluster
    from crawler.demo.corpus import load_corpus

    story = load_corpus("liferay")[0]
    rows = [_row(f"copy-{n}", source, story.title, story.text, days=n)
            for n, source in enumerate(["demo-liferay", "province", "district"])]
    rows.append(_row("other", "province", "Tin khác", FILLER * 3, days=5))
    _publish(tmp_path, rows)
    cluster(tmp_path)
    update_index(tmp_path)
    word = story.title.split()[0]
    collapsed = search(tmp_path, f'"{story.title}"')
    assert len(collapsed) == 1 and collapsed[0].copies == 2 and collapsed[0].cluster_id
    every = search(tmp_path, f'"{story.title}"', all_copies=True)
    assert sorted(h.source for h in every) == ["demo-liferay", "district", "province"]
    assert len({h.cluster_id for h in every}) == 1
    assert word  # the story's title is searchable as a phrase


def test_incremental_update_adds_replaces_and_drops(tmp_path):
    _publish(tmp_path, CORPUS)
    first = update_index(tmp_path)
    index_file = search_store._current_path(tmp_path)
    assert first.rebuilt
    assert update_index(tmp_path).up_to_date  # nothing new: nothing done
    # A new article, a new version of an old one, and a removal marker for another.
    edited = _row("danang", "baochinhphu", "Đà Nẵng thông xe cầu mới",
                  "Cầu mới tại Đà Nẵng chính thức thông xe. " + FILLER, days=40, version="2",
                  fetched_days=30)
    gone = {**_row("apart", "moet", "Hội thảo khoa học", "", days=300, version="gone",
                   fetched_days=10), "removed": True}
    new = _row("new", "moit", "Hội chợ hàng Việt", "Hội chợ thu hút khách tham quan. " + FILLER, days=900)
    _publish(tmp_path, [edited, gone, new])
    second = update_index(tmp_path)
    assert not second.rebuilt and search_store._current_path(tmp_path) == index_file
    assert (second.added, second.removed, second.documents) == (2, 2, len(CORPUS))
    assert _titles(search(tmp_path, "hoi cho")) == ["Hội chợ hàng Việt"]
    assert _titles(search(tmp_path, "da nang")) == ["Đà Nẵng thông xe cầu mới"]
    assert search(tmp_path, "khoi cong") == []  # the replaced version's words are gone
    assert search(tmp_path, "nghi quyet ngan sach") == []  # the removed article
    # The same archive indexed from scratch gives the same answers.
    rebuilt = tmp_path / "rebuilt"
    _publish(rebuilt, CORPUS + [edited, gone, new])
    update_index(rebuilt)
    for query in ["hoi", "da nang", "nong thon", "cac don vi"]:
        assert [(h.title, h.score) for h in search(tmp_path, query)] == \
               [(h.title, h.score) for h in search(rebuilt, query)]


def test_rebuild_switches_to_a_new_file(tmp_path):
    _publish(tmp_path, CORPUS)
    update_index(tmp_path)
    old = search_store._current_path(tmp_path)
    before = [(h.title, h.score) for h in search(tmp_path, "nong thon")]
    out = CliRunner().invoke(main, ["index", "--rebuild", "--archive", str(tmp_path)])
    assert out.exit_code == 0, out.output
    assert "search index rebuilt" in out.output
    new = search_store._current_path(tmp_path)
    assert new != old and not old.exists()
    assert [(h.title, h.score) for h in search(tmp_path, "nong thon")] == before


def test_search_works_while_an_indexer_writes(tmp_path, monkeypatch):
    _publish(tmp_path, CORPUS)
    update_index(tmp_path)
    monkeypatch.setattr(search_index, "BATCH_DOCS", 2)
    # Four new articles (under half the index: updated in place), two per committed batch.
    more = [_row(f"more-{n}", "moit", f"Hội chợ số {n}", FILLER, days=1000 + n) for n in range(4)]
    _publish(tmp_path, more)
    first_batch, release = threading.Event(), threading.Event()
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        first_batch.set()
        assert release.wait(30)

    errors: list[BaseException] = []

    def run() -> None:
        try:
            update_index(tmp_path, progress=progress)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    writer = threading.Thread(target=run)
    writer.start()
    try:
        assert first_batch.wait(30)
        # The indexer holds the lock and has committed one batch: readers go on, a second
        # indexer is refused.
        assert len(search(tmp_path, "nong thon")) == 2
        assert len(search(tmp_path, "hoi cho", limit=50)) == 2
        with pytest.raises(SourceBusy):
            update_index(tmp_path)
        out = CliRunner().invoke(main, ["index", "--archive", str(tmp_path)])
        assert out.exit_code == 1 and "another process is updating it" in out.output
    finally:
        release.set()
        writer.join(30)
    assert not errors and seen == [2, 4]
    assert len(search(tmp_path, "hoi cho", limit=50)) == 4


def test_search_needs_an_index(tmp_path):
    _publish(tmp_path, CORPUS)
    with pytest.raises(SearchError, match="portal-archive index"):
        search(tmp_path, "hoi")
    # The command builds it on first use.
    out = CliRunner().invoke(main, ["search", "hoi nghi", "--archive", str(tmp_path)])
    assert out.exit_code == 0, out.output
    assert "building it" in out.output and "**hội nghị**" in out.output
    with source_lock(tmp_path, "_search"):  # an indexer is running: searching still works
        out = CliRunner().invoke(main, ["search", "Đà Nẵng", "--archive", str(tmp_path)])
        assert out.exit_code == 0 and "Đà Nẵng khởi công cầu mới" in out.output


def test_search_command_formats(corpus):
    out = CliRunner().invoke(main, ["search", "nong thon", "--archive", str(corpus), "--format", "json",
                                    "--source", "snnptnt-hue", "--limit", "1"])
    assert out.exit_code == 0, out.output
    records = json.loads(out.output)
    assert len(records) == 1 and records[0]["source"] == "snnptnt-hue"
    assert "<mark>" in records[0]["snippet"] and records[0]["url"].startswith("https://")
    out = CliRunner().invoke(main, ["search", "da nang", "--archive", str(corpus), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(out.output)))
    assert [r["title"] for r in rows] == ["Đà Nẵng khởi công cầu mới"]
    assert {"title", "source", "published", "unit", "snippet"} <= set(rows[0])
    out = CliRunner().invoke(main, ["search", "khong co tu nay", "--archive", str(corpus)])
    assert out.exit_code == 0 and "no article matches" in out.output


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_export_formats_carry_provenance(corpus, tmp_path, fmt):
    target = tmp_path / f"out.{fmt}"
    out = CliRunner().invoke(main, ["export", "--format", fmt, "-o", str(target), "--archive", str(corpus),
                                    "--source", "snnptnt-hue"])
    assert out.exit_code == 0, out.output
    if fmt == "parquet":
        records = pq.read_table(target).to_pylist()
    elif fmt == "jsonl":
        records = [json.loads(line) for line in target.read_text().splitlines()]
    else:
        records = list(csv.DictReader(io.StringIO(target.read_text(), newline="")))
    assert sorted(r["title"] for r in records) == ["Nông thôn mới kiểu mẫu", "Xây dựng nông thôn mới"]
    assert list(records[0]) == EXPORT_COLUMNS
    original = KEY[records[0]["title"]]
    for column in ("url", "version_id", "warc_file", "warc_offset", "warc_length"):
        assert str(records[0][column]) == str(original[column])
    fetched = records[0]["fetched_at"]
    assert (fetched if isinstance(fetched, datetime) else datetime.fromisoformat(fetched)) == \
        original["fetched_at"]
    assert not list(tmp_path.glob(".*.part"))  # written beside, renamed into place


def test_export_with_a_query_and_filters(corpus, tmp_path):
    target = tmp_path / "q.jsonl"
    out = CliRunner().invoke(main, ["export", "--format", "jsonl", "-o", str(target), "--archive",
                                    str(corpus), "--query", "nong thon", "--until", "2023-01-01"])
    assert out.exit_code == 0, out.output
    records = [json.loads(line) for line in target.read_text().splitlines()]
    assert [r["title"] for r in records] == ["Xây dựng nông thôn mới"] and records[0]["score"] > 0
    bad = CliRunner().invoke(main, ["export", "--format", "csv", "-o", str(tmp_path / "x.csv"),
                                    "--archive", str(corpus), "--query", "(nong"])
    assert bad.exit_code == 2 and "never closed" in bad.output and not (tmp_path / "x.csv").exists()


def test_python_api(corpus, tmp_path):
    with archive.open(corpus) as arc:
        assert isinstance(arc, archive.Archive)
        hits = arc.search("hoi nghi", limit=5)
        assert hits.column("title").to_pylist()[0].startswith("Hội nghị xúc tiến")
        assert {"snippet", "score", "source", "published_at", "unit", "url"} <= set(hits.column_names)
        assert arc.search("nong thon", unit="van phong dieu phoi nong thon moi tinh").num_rows == 1
        table = arc.articles(source="moet", since="2021-09-01", columns="title")
        assert sorted(table.column("title").to_pylist()) == [
            "Chuyển đổi số trong giáo dục", "Hội thảo khoa học", "Tin hoạt động của ngành"]
        ranked = arc.articles(query="chuyen doi so", columns="title")
        assert ranked.column("title").to_pylist() == ["Chuyển đổi số trong giáo dục",
                                                      "Tin hoạt động của ngành"]
        assert arc.articles(unit="VĂN PHÒNG SỞ", columns="title").num_rows == 1
        got = arc.arrow("SELECT count(*) AS n FROM articles WHERE source = ?", ["moet"])
        assert got.to_pylist() == [{"n": 3}]
        assert arc.sql("SELECT title FROM articles WHERE unit = $u", {"u": "Văn phòng Bộ"}).fetchall() == [
            ("Bộ trưởng tiếp đoàn công tác",)]
        n = export_articles(arc, tmp_path / "all.parquet", "parquet", query="hoi")
        assert n == pq.read_metadata(tmp_path / "all.parquet").num_rows == 2


def test_articles_by_query_leave_nothing_on_the_connection(corpus):
    """Each ``articles(query=...)`` once registered its matches on the DuckDB connection
    and never dropped them: a notebook looping over queries grew the catalog without end."""
    def names(arc) -> list[str]:
        return sorted(r[0] for r in arc.sql("SELECT view_name FROM duckdb_views() WHERE NOT internal "
                                            "UNION ALL SELECT table_name FROM duckdb_tables()").fetchall())

    with archive.open(corpus) as arc:
        before = names(arc)
        first = arc.select_articles(query="chuyen doi so", columns="title", limit=1)
        for _ in range(5):
            assert arc.articles(query="nong thon", columns="title").num_rows == 2
        # Relations stay lazy and independent: the first one still reads its own matches.
        assert [r[0] for r in first.fetchall()] == ["Chuyển đổi số trong giáo dục"]
        scored = arc.articles(query="hoi nghi", source="sokhdt-hue")
        assert scored.column_names[-1] == "score" and "_match" not in " ".join(scored.column_names)
        assert scored.column("title").to_pylist() == ["Hội nghị xúc tiến đầu tư tỉnh Thừa Thiên Huế năm 2021"]
        assert names(arc) == before


def test_shards_and_the_rank_window(tmp_path, monkeypatch):
    """Many small shards answer like one; a window ranks only the most recent matches."""
    one, many = tmp_path / "one", tmp_path / "many"
    _publish(one, CORPUS)
    update_index(one)
    monkeypatch.setattr(search_index, "SHARD_DOCS", 2)
    _publish(many, CORPUS)
    update_index(many)
    assert len(search_store._shards(search_readers._open_reader(many))) >= 4
    cases = [("cac don vi", {}), ("nong thon", {"source": "snnptnt-hue"}), ("hoi", {}),
             ("cac don vi", {"since": "2021-04-01", "until": "2022-05-11"}),
             ("cac don vi", {"until": "2021-06-01"}), ("cac don vi", {"since": "2022-01-01"}),
             ("Trần", {}), ("nong thon NOT kieu mau", {})]
    for query, filters in cases:
        assert {h.title for h in search(many, query, **filters)} == \
               {h.title for h in search(one, query, **filters)}, (query, filters)
    # Every article holds FILLER: with a window of 3, the 3 most recently published are ranked.
    windowed = search(many, "cac don vi", window=3)
    newest = sorted(CORPUS, key=lambda r: r["published_at"])[-3:]
    assert windowed.window_full and {h.title for h in windowed} == {r["title"] for r in newest}
    assert not search(many, "cac don vi", window=None).window_full
    assert len(search(many, "cac don vi", window=None, limit=50)) == len(CORPUS)
    # More articles: the newest shard fills, then new ones open.
    more = [_row(f"late-{n}", "moit", f"Hội chợ số {n}", FILLER, days=2000 + n) for n in range(3)]
    _publish(many, more)
    assert update_index(many).added == 3
    assert {h.title for h in search(many, "hoi cho")} == {r["title"] for r in more}
    assert len(search(many, "cac don vi", window=None, limit=50)) == len(CORPUS) + 3
    shards = search_store._shards(search_readers._open_reader(many))
    assert all(first <= last for _, first, last, *_ in shards)


def _ranking(hits) -> list[tuple]:
    return [(h.title, h.score, h.exact) for h in hits]


def test_shards_read_side_by_side_answer_as_one_at_a_time(tmp_path, monkeypatch):
    """Shards queried on pool threads (the newest first, the next ones side by side, those a
    full window makes useless interrupted) give the very ranking of one thread reading them
    in turn, windowed or not, filtered or not."""
    monkeypatch.setattr(search_index, "SHARD_DOCS", 2)
    _publish(tmp_path, CORPUS)
    update_index(tmp_path)
    assert len(search_store._shards(search_readers._open_reader(tmp_path))) >= 4
    cases = [("cac don vi", {}), ("cac don vi", {"window": 3}), ("cac don vi", {"window": 5, "limit": 2}),
             ("hoi nghi", {}), ("Trần", {"limit": 1}), ("nong thon", {"source": "snnptnt-hue"}),
             ("cac don vi", {"since": "2021-04-01", "until": "2022-05-11", "window": 2}),
             ('"xúc tiến đầu tư"', {}), ("title:nong", {})]
    monkeypatch.setattr(search_rank, "SEARCH_THREADS", 1)
    monkeypatch.setattr(search_rank, "ASCENDING_SPAN", 0)  # every shard read newest first
    alone = [search(tmp_path, q, **kw) for q, kw in cases]
    # Shards expected to hold few matches are read in id order (span 1: often re-read newest
    # first, as there are more than one window's worth), on 1 or 3 threads: the same answers.
    for threads, span in ((1, 1), (1, 4), (3, 4), (3, 1)):
        monkeypatch.setattr(search_rank, "SEARCH_THREADS", threads)
        monkeypatch.setattr(search_rank, "ASCENDING_SPAN", span)
        for (query, kw), expected in zip(cases, alone, strict=True):
            got = search(tmp_path, query, **kw)
            assert _ranking(got) == _ranking(expected), (query, kw, threads, span)
            assert (got.window_full, got.window_from) == (expected.window_full, expected.window_from)


def test_an_update_merges_the_shards_it_changed(tmp_path, monkeypatch):
    """New rows leave new FTS5 segments, which make reading newest first slow: the shards
    an in-place update wrote to (small enough) are optimized again."""
    monkeypatch.setattr(search_index, "SHARD_DOCS", 4)
    _publish(tmp_path, CORPUS)
    update_index(tmp_path)
    merged: list[set[int]] = []
    real = search_index._compact
    monkeypatch.setattr(search_index, "_compact", lambda con, shards: (merged.append(set(shards)),
                                                                      real(con, shards))[1])
    _publish(tmp_path, [_row("late", "moit", "Hội chợ mới", FILLER, days=3000)])
    assert update_index(tmp_path).added == 1
    newest = search_store._shards(search_readers._open_reader(tmp_path))[0][0]
    assert newest in merged[-1]
    replaced = {**CORPUS[0], "version_id": "v2", "title": "Hội nghị xúc tiến (bản sửa)", "run_id": "run-2",
                "fetched_at": CORPUS[0]["fetched_at"] + timedelta(days=9)}
    _publish(tmp_path, [replaced])
    update_index(tmp_path)
    assert 0 in merged[-1]  # the oldest shard lost the replaced version
    assert _titles(search(tmp_path, "hoi nghi xuc tien")) == ["Hội nghị xúc tiến (bản sửa)"]


def test_a_full_window_says_from_when(tmp_path):
    _publish(tmp_path, CORPUS)
    update_index(tmp_path)
    # Every article holds FILLER; the 4 most recently published are ranked.
    newest = sorted(CORPUS, key=lambda r: r["published_at"])[-4:]
    hits = search(tmp_path, "cac don vi", window=4, limit=50)
    assert hits.window_full and {h.title for h in hits} == {r["title"] for r in newest}
    assert hits.window_from == newest[0]["published_at"]
    assert hits.window_from.utcoffset().total_seconds() == 7 * 3600  # portal local time
    every = search(tmp_path, "cac don vi", window=len(CORPUS), limit=50)
    assert not every.window_full and every.window_from is None and len(every) == len(CORPUS)


def test_exact_spelling_is_checked_only_as_far_as_the_page_needs(corpus, monkeypatch):
    """The exact-diacritics re-order reads articles a page at a time and stops once the page
    is full of exact matches: a short page is the head of a long one."""
    read: list[int] = []
    real = search_find._docs

    def docs(con, ids, cache):
        read.extend(ids)
        return real(con, ids, cache)

    monkeypatch.setattr(search_find, "_docs", docs)
    for query in ("Trần", "tràn", "cac đơn vị", "hội nghị", "nông thôn mới", "Đà Nẵng OR nông thôn"):
        full = _ranking(search(corpus, query, limit=50))
        for k in (1, 2, 3):
            assert _ranking(search(corpus, query, limit=k)) == full[:k], (query, k)
    read.clear()
    # 8 articles hold "các đơn vị" as typed: one page of 1 reads one article, then the hit.
    assert search(corpus, "các đơn vị", limit=1)[0].exact
    assert len(set(read)) == 1


def test_words_side_by_side_rank_higher_across_the_whole_window(tmp_path):
    """The side-by-side boost is part of every ranked match's score (FTS5 finds the phrase
    among them), not a re-order of the best few: one article holding the words side by side
    outranks many holding them apart, however many rank above it on bm25 alone."""
    # Shorter than it: bm25 alone puts all 70 before it, beyond the 60 the re-order looked at.
    rows = [_row(f"apart-{n}", "moit", f"Tin số {n}", "Nông dân về thôn. " + FILLER, days=n)
            for n in range(70)]
    rows.append(_row("together", "moit", "Tin tổng hợp", "Xây dựng nông thôn mới. " + FILLER * 2, days=100))
    _publish(tmp_path, rows)
    update_index(tmp_path)
    hits = search(tmp_path, "nong thon", limit=3)
    assert hits[0].title == "Tin tổng hợp"


def test_undated_articles_and_an_index_from_another_sqlite(tmp_path):
    undated = {**_row("undated", "moit", "Tin không ngày", "Hội chợ không ghi ngày. " + FILLER),
               "published_at": None}
    _publish(tmp_path, CORPUS + [undated])
    update_index(tmp_path)
    assert "Tin không ngày" in _titles(search(tmp_path, "hoi cho"))
    assert "Tin không ngày" not in _titles(search(tmp_path, "hoi cho", since="2000-01-01"))
    assert search(tmp_path, "hoi cho", until="2100-01-01") == []
    # An index whose tokens another SQLite made is rebuilt, not updated in place.
    con = search_store._connect(search_store._current_path(tmp_path))
    con.execute("UPDATE meta SET value = 'older' WHERE key = 'layout'")
    con.close()
    _publish(tmp_path, [_row("later", "moit", "Hội chợ mùa thu", FILLER, days=50)])
    result = update_index(tmp_path)
    assert result.rebuilt and result.documents == len(CORPUS) + 2
    assert "Hội chợ mùa thu" in _titles(search(tmp_path, "hoi cho"))


def test_demo_crawl_is_searchable_after_reextract(demo_crawl, tmp_path):
    """On real extraction output: re-extraction (like crawl and ingest) updates the index
    when it finishes; republished demo stories collapse to one hit."""
    import shutil

    from crawler.demo.corpus import SITES, load_corpus

    root = tmp_path / "archive"
    shutil.copytree(next(iter(demo_crawl.values())).archive, root)
    shutil.rmtree(root / "search")  # (the crawl built one as it closed)
    out = CliRunner().invoke(main, ["dedup", "--archive", str(root)])
    assert out.exit_code == 0, out.output
    out = CliRunner().invoke(main, ["reextract", "--archive", str(root)])
    assert out.exit_code == 0, out.output
    with archive.open(root) as arc:
        articles = arc.count("articles")
    assert f"search index rebuilt: {articles} article(s) indexed" in out.output
    story = next(a for site in SITES for a in load_corpus(site) if a.republishes)
    folded = search_mod.fold(story.title)
    hits = search(root, folded)
    assert hits[0].title == story.title and hits[0].copies == 1
    # A phrase of its body finds the original and the copy (one cluster), collapsed by default.
    phrase = '"' + " ".join(story.paragraphs[1].split()[:8]) + '"'
    every = search(root, phrase, all_copies=True)
    assert len(every) == 2 and len({h.cluster_id for h in every}) == 1
    assert len(search(root, phrase)) == 1


def test_cli_says_when_the_window_was_full(tmp_path, monkeypatch):
    import archive.search

    _publish(tmp_path, CORPUS)
    update_index(tmp_path)
    monkeypatch.setattr(archive.search, "RANK_WINDOW", 4)
    newest = sorted(CORPUS, key=lambda r: r["published_at"])[-4:]
    out = CliRunner().invoke(main, ["search", "cac don vi", "--archive", str(tmp_path)])
    assert out.exit_code == 0
    assert f"published since {newest[0]['published_at']:%Y-%m-%d}" in out.stderr
    out = CliRunner().invoke(main, ["search", "cac don vi", "--exhaustive", "--archive", str(tmp_path)])
    assert out.exit_code == 0 and "note:" not in out.stderr


def test_words_never_match_the_hidden_filter_tokens(corpus):
    """#14.16: the index keeps source, unit, year and month as tokens of a ``meta`` column;
    a word typed in a query looks in the title and the text (lead and body) only."""
    hidden = ["zy2021", "zm202103", search_store._token("s", "moh"),
              search_store._token("u", search_mod.fold("Văn phòng Sở"))]
    for token in hidden:
        for query in (token, f'"{token}"', f"{token} OR zzqq", f"({token})"):
            assert search(corpus, query) == [], query
        assert search(corpus, f"nong thon NOT {token}") != []
    # Filters still narrow by those tokens, and the documented operators still work.
    assert _titles(search(corpus, "cac don vi", since="2021-03-01", until="2021-03-02")) == [
        "Hội nghị xúc tiến đầu tư tỉnh Thừa Thiên Huế năm 2021"]
    assert _titles(search(corpus, "title:kieu")) == ["Nông thôn mới kiểu mẫu"]
    assert _titles(search(corpus, "2021")) == ["Hội nghị xúc tiến đầu tư tỉnh Thừa Thiên Huế năm 2021"]
    out = CliRunner().invoke(main, ["search", "zy2021", "--archive", str(corpus)])
    assert out.exit_code == 0 and "no article matches" in out.output


@pytest.mark.parametrize("depth", [search_mod.MAX_DEPTH + 1, 260, 5000])
def test_deeply_nested_groups_are_a_syntax_error(corpus, depth):
    """#14.17: nesting deeper than MAX_DEPTH is refused with one line, not a RecursionError."""
    query = "(" * depth + "hoi nghi" + ")" * depth
    with pytest.raises(SearchSyntaxError, match="nested too deeply"):
        search(corpus, query)
    out = CliRunner().invoke(main, ["search", query, "--archive", str(corpus)])
    assert out.exit_code == 2 and "Traceback" not in out.output
    assert "nested too deeply" in out.output and f"at most {search_mod.MAX_DEPTH}" in out.output
    # As deep as allowed still answers.
    allowed = "(" * search_mod.MAX_DEPTH + "hoi nghi" + ")" * search_mod.MAX_DEPTH
    assert len(search(corpus, allowed)) == 2


def test_show_and_history_find_an_article_after_the_port_changed(tmp_path):
    """#14.25: article_id leaves out scheme, host and port (the demo portal listens on a new
    port each run): `show`/`history` given the URL on another port find the article by that
    id, on the same host only; `show` prints the lead whole."""
    from archive.ids import article_id

    lead = "Tóm tắt: " + "đoàn công tác của Sở làm việc với các huyện về kế hoạch năm. " * 6
    assert len(lead) > 300
    rows = []
    for key, source, port in (("tin/1", "demo-huecit", 40001), ("tin/2", "demo-liferay", 40002)):
        url = f"http://127.0.0.1:{port}/{key}?id=7"
        row = _row(key, source, f"Tin {key}", FILLER, unit="Văn phòng Sở")
        rows.append({**row, "url": url, "canonical_url": url, "lead": lead,
                     "article_id": article_id(source, url)})
    _publish(tmp_path, rows)
    runner = CliRunner()
    for url in ("http://127.0.0.1:51234/tin/1?id=7", "https://127.0.0.1/tin/1?id=7"):
        out = runner.invoke(main, ["show", url, "--archive", str(tmp_path)])
        assert out.exit_code == 0, out.output
        assert "title: Tin tin/1" in out.output and "url: http://127.0.0.1:40001/tin/1?id=7" in out.output
        assert f"lead: {' '.join(lead.split())}\n" in out.output
        out = runner.invoke(main, ["history", url, "--archive", str(tmp_path)])
        assert out.exit_code == 0 and "http://127.0.0.1:40001/tin/1?id=7: 1 version(s)" in out.output
    # Another host, another path, or the id of another source's article: not this article.
    for url in ("http://127.0.0.2:40001/tin/1?id=7", "http://127.0.0.1:40001/tin/1?id=8"):
        out = runner.invoke(main, ["show", url, "--archive", str(tmp_path)])
        assert out.exit_code == 1 and "no article matches" in out.output
    out = runner.invoke(main, ["show", "http://127.0.0.1:9/tin/2?id=7", "--source", "demo-huecit",
                               "--archive", str(tmp_path)])
    assert out.exit_code == 1 and "no article matches" in out.output
    out = runner.invoke(main, ["show", "http://127.0.0.1:9/tin/2?id=7", "--archive", str(tmp_path)])
    assert out.exit_code == 0 and "source: demo-liferay" in out.output
    # Two sources on one host (the demo's five sites share 127.0.0.1) holding the same path:
    # the source must be named.
    both = tmp_path / "both"
    url = "http://127.0.0.1:40002/tin/1?id=7"
    _publish(both, [*rows, {**rows[1], "url": url, "canonical_url": url,
                            "article_id": article_id("demo-liferay", url), "version_id": "v-other"}])
    out = runner.invoke(main, ["show", "http://127.0.0.1:9/tin/1?id=7", "--archive", str(both)])
    assert out.exit_code == 1 and "demo-huecit, demo-liferay" in out.output and "--source" in out.output
    out = runner.invoke(main, ["history", "http://127.0.0.1:9/tin/1?id=7", "--source", "demo-liferay",
                               "--archive", str(both)])
    assert out.exit_code == 0 and f"{url}: 1 version(s)" in out.output


@pytest.mark.parametrize("total", [1, 12_499, 25_001, 30_000, 37_499, 60_001, 1_000_003])
def test_shard_plan_covers_every_document(total):
    """A small last shard folds into its neighbour (was an IndexError from 25,001 to 37,499
    articles, and a wrong slot above)."""
    from archive.search.index import SHARD_DOCS, _shard_plan

    sizes = _shard_plan(total)
    assert sum(sizes) == total
    assert len(sizes) == 1 or min(sizes) >= SHARD_DOCS // 2


SEARCH_PACKAGE = Path(search_mod.__file__).parent


def _package_imports(path: Path) -> set[str]:
    """The archive.search modules that ``path`` imports when it is loaded (its top-level
    statements: the imports a cycle would break)."""
    import ast

    found = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            found.add(node.module.split(".")[0])  # from .store import ...
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("archive.search."):
            found.add(node.module.split(".")[2])
    return found


def test_the_search_package_is_split_into_small_modules_without_cycles():
    """Issue #15.5: archive/search/ is split by concern, no module over 600 lines, and its
    modules import each other one way (a cycle would break whichever is imported first)."""
    modules = {p.stem: p for p in SEARCH_PACKAGE.glob("*.py") if p.stem != "__init__"}
    assert {"fold", "query", "snippet", "store", "index", "filters", "readers", "rank",
            "find"} <= set(modules)
    sizes = {name: len(p.read_text(encoding="utf-8").splitlines()) for name, p in modules.items()}
    assert max(sizes.values()) <= 600, sizes
    graph = {name: _package_imports(p) & set(modules) for name, p in modules.items()}
    done: set[str] = set()
    while len(done) < len(graph):  # peel off the modules whose imports are all peeled off
        ready = {name for name, deps in graph.items() if name not in done and deps <= done}
        assert ready, f"import cycle among {sorted(set(graph) - done)}"
        done |= ready


def test_the_search_package_keeps_every_name_other_code_imports():
    """``from archive.search import X`` works as it did when search was one module."""
    import archive.search

    used = {"update_index", "REBUILD_HINT", "can_update", "index_state", "RANK_WINDOW", "SearchError",
            "SearchSyntaxError", "search", "fold", "matching_versions", "hits_table", "index_status",
            "close_readers", "Term", "parse_query", "SEARCH_THREADS", "SHARD_DOCS", "MAX_DEPTH",
            "IndexResult", "snippet"}
    assert used | set(archive.search.__all__) <= set(dir(archive.search))
    for name in archive.search.__all__:
        assert not name.startswith("_")
