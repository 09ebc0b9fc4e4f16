"""Every project setting (PORTAL_*, ARCHIVE_*, WARC_*, EXTRACT_*) is read in one place with one
default (crawler/config.py, defaults from crawler/settings.py) and documented in
docs/settings.md (issue #15: the spider fell back to PORTAL_RECHECK=known, settings.py said age)."""

from __future__ import annotations

import ast
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from crawler import settings as project_module
from crawler.config import DEFAULTS, PREFIXES, project

ROOT = Path(__file__).resolve().parent.parent
#: The installed code and the benchmarks; tests set settings, they do not read them.
SCANNED = ("archive", "crawler", "pipelines", "bench")
_GETTERS = {"get", "getint", "getfloat", "getbool", "getlist", "getdict", "getdictorlist",
            "getwithbase", "getpriority"}
_NAME = re.compile(rf"(?:{'|'.join(PREFIXES)})[A-Z0-9_]+")


def _project_name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and _NAME.fullmatch(node.value):
        return node.value
    return None


def _is_environ(node: ast.expr) -> bool:
    """``os.environ`` / ``environ``: environment variables share the prefix, not the rule."""
    return (isinstance(node, ast.Attribute) and node.attr == "environ") or (
        isinstance(node, ast.Name) and node.id == "environ")


def _is_project_call(node: ast.expr) -> bool:
    return (isinstance(node, ast.Call) and (
        (isinstance(node.func, ast.Name) and node.func.id == "project")
        or (isinstance(node.func, ast.Attribute) and node.func.attr == "project")))


class _Reads(ast.NodeVisitor):
    """Reads of a project setting that do not go through ``project(settings)``: a getter
    called on anything else (``settings.getint("PORTAL_X", 5)``, ``settings.get("ARCHIVE_PATH")``),
    a fallback passed to the project reader, or ``settings["PORTAL_X"]``."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.found: list[str] = []
        self._readers: list[set[str]] = [set()]  # names bound to project(...), per function

    def _function(self, node) -> None:
        readers = {target.id for stmt in ast.walk(node) if isinstance(stmt, ast.Assign)
                   and _is_project_call(stmt.value) for target in stmt.targets
                   if isinstance(target, ast.Name)}
        self._readers.append(readers)
        self.generic_visit(node)
        self._readers.pop()

    visit_FunctionDef = visit_AsyncFunctionDef = _function

    def _through_project(self, receiver: ast.expr) -> bool:
        return _is_project_call(receiver) or (
            isinstance(receiver, ast.Name) and receiver.id in self._readers[-1])

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = _project_name(node.args[0]) if node.args else None
        if (name and isinstance(func, ast.Attribute) and func.attr in _GETTERS
                and not _is_environ(func.value)):
            where = f"{self.path}:{node.lineno} {ast.unparse(node)}"
            if not self._through_project(func.value):
                self.found.append(f"{where}: read it through crawler.config.project(settings)")
            elif len(node.args) > 1 or node.keywords:
                self.found.append(f"{where}: its own fallback; the default is crawler/settings.py's")
        self.generic_visit(node)

    def visit_Subscript(self, node: ast.Subscript) -> None:
        if (isinstance(node.ctx, ast.Load) and _project_name(node.slice)
                and not _is_environ(node.value)):
            self.found.append(f"{self.path}:{node.lineno} {ast.unparse(node)}: read it through "
                              "crawler.config.project(settings)")
        self.generic_visit(node)


def _offences(source: str, path: str) -> list[str]:
    visitor = _Reads(path)
    visitor.visit(ast.parse(source))
    return visitor.found


def test_no_module_reads_a_project_setting_with_its_own_default():
    found = []
    for folder in SCANNED:
        for file in sorted((ROOT / folder).rglob("*.py")):
            rel = file.relative_to(ROOT).as_posix()
            if rel == "crawler/config.py":
                continue
            found += _offences(file.read_text("utf-8"), rel)
    assert found == []


@pytest.mark.parametrize(("code", "caught"), [
    ('def f(s):\n    return s.get("PORTAL_RECHECK", "known")\n', True),
    ('def f(crawler):\n    return crawler.settings.getint("PORTAL_SHAPE_DEPTH", 25)\n', True),
    ('def f(s):\n    return s.get("ARCHIVE_PATH")\n', True),
    ('def f(s):\n    return s["WARC_ENABLED"]\n', True),
    ('def f(s):\n    ours = project(s)\n    return ours.getfloat("EXTRACT_TIMEOUT", 9.0)\n', True),
    ('def f(s):\n    ours = project(s)\n    return ours.getfloat("EXTRACT_TIMEOUT")\n', False),
    ('def f(s):\n    return project(s).get("PORTAL_RECHECK")\n', False),
    ('def f(s):\n    return s.getint("DOWNLOAD_TIMEOUT", 30)\n', False),  # Scrapy's, not ours
    ('import os\ndef f():\n    return os.environ.get("PORTAL_ARCHIVE", "x")\n', False),
])
def test_the_check_catches_reads_that_bypass_the_one_place(code, caught):
    assert bool(_offences(code, "example.py")) is caught


def test_every_project_setting_has_one_default_and_is_documented():
    names = {n for n in dir(project_module) if n.startswith(PREFIXES)}
    assert set(DEFAULTS) == names
    documented = set(re.findall(r"^\| `([A-Z0-9_]+)` \|",
                                (ROOT / "docs" / "settings.md").read_text("utf-8"), re.M))
    assert sorted(names - documented) == []


def test_a_crawler_built_without_the_project_module_gets_the_project_defaults():
    """``get_crawler()`` has Scrapy's defaults only: every component falls back to
    crawler/settings.py's values, not to numbers of its own."""
    from scrapy.utils.test import get_crawler

    from crawler.net.robots import PortalRobotsTxtMiddleware
    from crawler.net.throttle import ThrottleMiddleware
    from pipelines.extract import ExtractConfig
    from pipelines.store import StoreConfig

    crawler = get_crawler(settings_dict={"ROBOTSTXT_OBEY": True})
    throttle = ThrottleMiddleware.from_crawler(crawler)
    assert (throttle.max_wait, throttle.tries, throttle.base, throttle.host_failures) == (
        project_module.PORTAL_RETRY_AFTER_MAX, project_module.PORTAL_THROTTLE_TRIES,
        project_module.PORTAL_BACKOFF_BASE, project_module.PORTAL_HOST_FAILURES)
    assert PortalRobotsTxtMiddleware.from_crawler(crawler).retry_after == project_module.PORTAL_ROBOTS_RETRY
    extract = ExtractConfig.from_settings(crawler.settings)
    assert (extract.timeout, extract.memory_mb) == (project_module.EXTRACT_TIMEOUT,
                                                   project_module.EXTRACT_MEMORY_MB)
    store = StoreConfig.from_settings(crawler.settings)
    assert (str(store.path), store.batch_rows, store.flush_seconds) == (
        project_module.ARCHIVE_PATH, project_module.ARCHIVE_BATCH_ROWS,
        project_module.ARCHIVE_FLUSH_SECONDS)
    # A value set on the crawler still wins, converted by Scrapy's getter.
    crawler = get_crawler(settings_dict={"PORTAL_THROTTLE_TRIES": "7"})
    assert ThrottleMiddleware.from_crawler(crawler).tries == 7


def test_the_spider_rechecks_by_age_unless_told_otherwise(tmp_path):
    """The drift issue #15 names: without the project module the spider re-checked every
    archived article (its own fallback ``known``); settings.py's default is ``age``."""
    from scrapy.utils.test import get_crawler

    from crawler.spiders.portal import PortalSpider
    from tests.helpers import make_row, publish_rows

    old_but_fresh = {**make_row(1), "fetched_at": datetime.now(UTC)}  # published 2021
    publish_rows(tmp_path, [old_but_fresh])

    def due(**settings) -> list[str]:
        crawler = get_crawler(PortalSpider, {"ARCHIVE_PATH": str(tmp_path), **settings})
        spider = PortalSpider.from_crawler(crawler, source="demo-huecit", base_url="http://x")
        return spider._known_articles()

    assert project_module.PORTAL_RECHECK == "age"
    assert due() == []  # neither young nor last fetched long ago
    assert due(PORTAL_RECHECK="known") == ["http://x/?tc=1"]


def test_an_unknown_name_is_refused_not_read_with_a_guess():
    from scrapy.settings import Settings

    with pytest.raises(KeyError, match="PORTAL_RECHEK is not a project setting"):
        project(Settings()).get("PORTAL_RECHEK")



@pytest.fixture
def synced_crawl(tmp_path, demo_portal, monkeypatch):
    """A crawl of one demo source, noting every WARC sync (crawls run outside the test's
    greenlet, as in the other crawl fixtures)."""
    from crawler.capture import WarcCaptureMiddleware
    from tests.helpers import crawl_in_process

    synced = []
    original = WarcCaptureMiddleware.sync

    def sync(self):
        synced.append(self)
        original(self)

    monkeypatch.setattr(WarcCaptureMiddleware, "sync", sync)
    result = crawl_in_process(tmp_path / "archive", ["demo-huecit"], demo_portal)["demo-huecit"]
    return result, synced


def test_the_store_pipeline_finds_the_warc_writer_through_the_downloader(synced_crawl):
    """Rows are published only after the WARC records they point at are synced: the store
    pipeline finds the capture middleware through Scrapy's downloader (not through an
    attribute the middleware set on the crawler)."""
    from crawler.capture import WarcCaptureMiddleware

    result, synced = synced_crawl
    assert result.stats.get("archive/rows_written", 0) > 0
    assert synced and all(isinstance(mw, WarcCaptureMiddleware) for mw in synced)
    assert not hasattr(result._crawler, "portal_warc")
