"""The portal-archive CLI through click's runner, and the crawl commands end to end."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from archive import open_archive
from crawler.cli import main
from crawler.demo.corpus import SITES, load_corpus

ROOT = Path(__file__).resolve().parents[1]
N_DEMO = sum(len(load_corpus(site)) for site in ("huecit", "liferay", "sharepoint", "dotnetnuke",
                                                 "vccorp"))


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.mark.parametrize("command", ["sources", "crawl", "summary", "query", "extract", "eval",
                                     "demo-server"])
def test_every_command_has_help(command):
    result = run(command, "--help")
    assert result.exit_code == 0 and "Usage:" in result.output


def test_sources_lists_demo_and_unverified():
    result = run("sources")
    assert result.exit_code == 0
    assert "demo-huecit" in result.output and "demo-liferay" in result.output
    assert "sotttt-hanoi" in result.output


def test_query_formats_and_bound_parameters(demo_crawl):
    archive = str(demo_crawl["demo-huecit"].archive)
    out = run("query", "SELECT source, count(*) AS n FROM articles GROUP BY 1 ORDER BY 1",
              "--archive", archive)
    assert out.exit_code == 0 and "demo-huecit" in out.output and "source" in out.output
    out = run("query", "SELECT count(*) AS n FROM articles WHERE source = ?",
              "--param", "demo-liferay", "--format", "json", "--archive", archive)
    assert json.loads(out.output) == [{"n": len(load_corpus("liferay"))}]
    out = run("query", "SELECT title FROM articles WHERE title = ?", "--param", "x' OR 1=1 --",
              "--format", "csv", "--archive", archive)
    assert out.output == "title\n"


def test_query_error_is_clear(tmp_path):
    (tmp_path / "articles").mkdir()  # an archive, if an empty one
    out = CliRunner().invoke(main, ["query", "SELECT nope FROM articles", "--archive", str(tmp_path)])
    assert out.exit_code == 1 and "Error" in out.output and "nope" in out.output


def test_summary(demo_crawl):
    out = run("summary", "--archive", str(demo_crawl["demo-huecit"].archive))
    assert out.exit_code == 0
    assert f"{N_DEMO} articles" in out.output
    assert "demo-huecit" in out.output and "Latest articles" in out.output


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PORTAL_ARCHIVE", None)
    return env


def test_crawl_command_end_to_end(tmp_path):
    """What `make demo` runs: the main job on the embedded demo portal."""
    exe = shutil.which("portal-archive", path=str(Path(sys.executable).parent))
    archive = tmp_path / "arch"
    proc = subprocess.run([exe, "crawl", "--archive", str(archive)], cwd=tmp_path, env=_env(),
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert f"{N_DEMO} articles" in proc.stdout
    for source in ("demo-huecit", "demo-liferay", "demo-sharepoint", "demo-dotnetnuke",
                   "demo-vccorp"):
        assert f"{source}: finished" in proc.stdout
    with open_archive(archive) as arch:
        assert arch.count("articles") == N_DEMO
        assert arch.count("runs") == 5
        # The crawl matched its new articles for duplicates before it returned.
        assert f"duplicate clusters: {N_DEMO} new version(s) matched" in proc.stdout
        assert arch.sql("SELECT count(cluster_id) FROM articles").fetchall()[0][0] == N_DEMO
        # The demo sites republish three Chinhphu.vn stories: each one cluster, the original
        # on the VCCorp site.
        copies = [a for site in SITES for a in load_corpus(site) if a.republishes]
        clusters = arch.sql("SELECT original_source, articles FROM clusters WHERE articles > 1"
                            ).fetchall()
        assert len(copies) == 3 and sorted(clusters) == [("demo-vccorp", 2)] * 3


def test_scrapy_crawl_portal_works(tmp_path):
    archive = tmp_path / "arch"
    scrapy = shutil.which("scrapy", path=str(Path(sys.executable).parent))
    proc = subprocess.run(
        [scrapy, "crawl", "portal", "-a", "source=demo-liferay", "-s", f"ARCHIVE_PATH={archive}",
         "-s", "LOG_LEVEL=WARNING"],
        cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    with open_archive(archive) as arch:
        assert arch.count("articles") == len(load_corpus("liferay"))
    # A plain `scrapy crawl` brings clusters and the search index up to date, as the CLI does.
    dupes = run("dupes", "--archive", str(archive))
    assert dupes.exit_code == 0 and dupes.stderr == "", dupes.output
    found = run("search", "tỉnh", "--archive", str(archive))
    assert found.exit_code == 0 and "search index" not in found.stderr, found.stderr  # built, current
    assert "demo-liferay" in found.stdout


def test_extract_prints_one_json_record_per_page(tmp_path):
    from crawler.demo.dotnetnuke import DotNetNukeSite
    from crawler.demo.vccorp import VCCorpSite

    vc = VCCorpSite("https://baochinhphu.vn")
    a = vc.articles[0]
    (tmp_path / "a.html").write_bytes(vc.handle(vc.article_path(a), "").body)
    dnn = DotNetNukeSite("https://moha.gov.vn")
    b = dnn.articles[0]
    path, _, query = dnn.article_path(b).partition("?")
    (tmp_path / "b.html").write_bytes(dnn.handle(path, query).body)
    # With a URL: the configured source on that host gives the profile.
    out = run("extract", str(tmp_path / "a.html"), "--url", "https://baochinhphu.vn" + vc.article_path(a))
    record = json.loads(out.output)
    assert record["profile"] == "baochinhphu" and record["title"] == a.title
    assert record["agency_prefix"] == a.agency_prefix and record["lead"] == a.lead
    # Without: the family is recognised from the page; two pages, two lines.
    out = run("extract", str(tmp_path / "a.html"), str(tmp_path / "b.html"))
    lines = [json.loads(line) for line in out.output.splitlines()]
    assert [r["profile"] for r in lines] == ["vccorp", "dotnetnuke"]
    assert lines[1]["published_at"] == b.published.isoformat()
    out = CliRunner().invoke(main, ["extract", str(tmp_path / "a.html"), "--profile", "nope"])
    assert out.exit_code == 1 and "unknown profile" in out.output


def test_eval_reports_every_family(tmp_path):
    out = run("eval", "--golden", str(ROOT / "tests" / "golden"), "--json")
    report = json.loads(out.output)
    assert set(report["families"]) >= {"huecit", "liferay", "sharepoint", "dotnetnuke", "vccorp"}
    assert report["overall"]["ours"]["body_f1"] > report["overall"]["trafilatura"]["body_f1"]


@pytest.mark.parametrize("sql,message", [
    ("COPY (SELECT 1 AS x) TO 'x.parquet' (FORMAT parquet)", "only SELECT"),
    ("CREATE TABLE t AS SELECT 1", "only SELECT"),
    ("SELECT 1; SELECT 2", "one SQL statement"),
    ("", "one SQL statement"),
])
def test_query_is_read_only(tmp_path, sql, message):
    (tmp_path / "articles").mkdir()  # an archive, if an empty one
    out = CliRunner().invoke(main, ["query", sql, "--archive", str(tmp_path)])
    assert out.exit_code == 2 and message in out.output
    assert not list(tmp_path.rglob("*.parquet"))


def test_query_keeps_duplicate_column_names(tmp_path):
    (tmp_path / "articles").mkdir()  # an archive, if an empty one
    out = run("query", "SELECT 1 AS a, 2 AS a", "--format", "json", "--archive", str(tmp_path))
    assert json.loads(out.output) == [{"a": 1, "a_2": 2}]


def test_torn_part_is_named_and_left_out(demo_crawl, tmp_path):
    import shutil as sh

    archive = tmp_path / "arch"
    sh.copytree(demo_crawl["demo-huecit"].archive, archive)
    torn = archive / "articles" / "demo-huecit" / "part-torn.parquet"
    torn.write_bytes(b"PAR1 not really")
    out = CliRunner().invoke(main, ["query", "SELECT count(*) AS n FROM articles", "--format",
                                    "json", "--archive", str(archive)])
    assert out.exit_code == 0
    assert "part-torn.parquet" in out.stderr
    assert json.loads(out.stdout) == [{"n": N_DEMO}]
