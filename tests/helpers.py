"""Helpers several test modules share: an in-process crawl of the demo portal, article rows
for archives built by hand, and the search corpus. Test modules import from here (or use the
fixtures in conftest.py), never from one another: a test module imported by a second one is
imported twice, and plain ``pytest`` cannot import it at all."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest_twisted

from crawler.demo.dotnetnuke import DotNetNukeSite
from crawler.demo.huecit import HueCitSite
from crawler.demo.liferay import LiferaySite
from crawler.demo.sharepoint import SharePointSite
from crawler.demo.vccorp import VCCorpSite

DEMO_SOURCES = ["demo-huecit", "demo-liferay", "demo-sharepoint", "demo-dotnetnuke", "demo-vccorp"]
DEMO_SITES = {"huecit": HueCitSite, "liferay": LiferaySite, "sharepoint": SharePointSite,
              "dotnetnuke": DotNetNukeSite, "vccorp": VCCorpSite}
#: The public extraction benchmark beside the checkout (../shared/data/aeb) or where
#: PORTAL_ARCHIVE_AEB points.
AEB_DIR = Path(os.environ.get("PORTAL_ARCHIVE_AEB")
               or Path(__file__).resolve().parents[1].parent / "shared" / "data" / "aeb")

# -- the engine's heartbeat ------------------------------------------------------------------
#: Scrapy's engine also looks for work every 5 s when nothing else wakes it (a request held
#: back by a component, the last item leaving a pipeline); Scrapy's own suite shortens that to
#: 0.1 s (its conftest's ``fast_engine_heartbeat``), and so does tests/conftest.py for every
#: crawl in the test process.
FAST_HEARTBEAT = 0.1

# -- crawling the demo portal in-process -----------------------------------------------------


@dataclass
class CrawlResult:
    source: str
    archive: Path
    items: list[Any] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    responses: list[tuple[int, str]] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)
    run_id: str = ""


def crawl_in_process(archive: Path, sources: list[str], demo_portal: Any,
                     spider_args: dict[str, Any] | None = None,
                     **overrides: Any) -> dict[str, CrawlResult]:
    """Crawl demo sources with the real spider and pipelines on the test reactor."""
    results, done = start_crawls(archive, sources, demo_portal, spider_args, **overrides)
    pytest_twisted.blockon(done)
    return finish_crawls(results)


def start_crawls(archive: Path, sources: list[str], demo_portal: Any,
                 spider_args: dict[str, Any] | None = None,
                 **overrides: Any) -> tuple[dict[str, CrawlResult], Any]:
    """:func:`crawl_in_process` begun: the results to fill and a Deferred that fires when
    every crawl has ended (several such batches, each with its own settings, can run on the
    reactor at once: wait for them together, then :func:`finish_crawls` each)."""
    from scrapy import signals
    from scrapy.crawler import CrawlerRunner
    from twisted.internet import defer

    from crawler.runner import project_settings
    from crawler.spiders.portal import PortalSpider

    settings = project_settings(archive, overrides={"EXTRACT_WORKERS": 2, "LOG_LEVEL": "WARNING",
                                                    **overrides})
    runner = CrawlerRunner(settings)
    results: dict[str, CrawlResult] = {}
    deferreds = []
    for name in sources:
        result = results[name] = CrawlResult(name, archive)
        crawler = runner.create_crawler(PortalSpider)
        crawler.signals.connect(lambda item, _r=result, **kw: _r.items.append(item),
                                signal=signals.item_scraped, weak=False)
        crawler.signals.connect(lambda response, _r=result, **kw:
                                _r.responses.append((response.status, response.url)),
                                signal=signals.response_received, weak=False)
        crawler.signals.connect(lambda item, exception, _r=result, **kw:
                                _r.dropped.append(str(exception)),
                                signal=signals.item_dropped, weak=False)
        site = (spider_args or {}).get("site") or name.removeprefix("demo-")
        kwargs = {k: v for k, v in (spider_args or {}).items() if k != "site"}
        deferreds.append(crawler.crawl(source=name, base_url=demo_portal.url(site), **kwargs))
        result._crawler = crawler  # type: ignore[attr-defined]
    return results, defer.DeferredList(deferreds, fireOnOneErrback=True)


def finish_crawls(results: dict[str, CrawlResult]) -> dict[str, CrawlResult]:
    """Stats and run ids of crawls :func:`start_crawls` began, once they have ended."""
    for result in results.values():
        crawler = result._crawler  # type: ignore[attr-defined]
        result.stats = crawler.stats.get_stats()
        result.run_id = crawler.spider.run_id
    return results


# -- extraction truth ------------------------------------------------------------------------
TRUTH_FIELDS = ("title", "agency_prefix", "lead", "text", "published_at", "date_precision",
                "updated_at", "authors", "unit", "images", "category")


def as_record(got: dict) -> dict:
    """The fields of an extraction (or an item) the demo corpus and golden files give truth
    for, dates as ISO text."""
    out = {k: got.get(k) for k in TRUTH_FIELDS}
    for key in ("published_at", "updated_at"):
        out[key] = out[key].isoformat() if out[key] else None
    # what the page says of each photo (its capture is the crawl's, tests/test_images.py)
    out["images"] = [{k: i.get(k) for k in ("src", "caption", "credit")} for i in out["images"] or []]
    return out


# -- article rows written by hand ------------------------------------------------------------
VN = timezone(timedelta(hours=7))


def make_row(i: int, source: str = "demo-huecit") -> dict:
    """A complete article row, distinct per ``i``."""
    return {
        "article_id": f"a{i:04d}", "version_id": f"v{i:04d}", "source": source,
        "url": f"http://x/?tc={i}", "canonical_url": f"http://x/?tc={i}",
        "title": f"Tiêu đề số {i}", "agency_prefix": None, "lead": "Mở đầu",
        "text": "Đoạn một.\n\nĐoạn hai có dấu: Thừa Thiên Huế.",
        "published_at": datetime(2021, 2, 21, 10, 25, tzinfo=VN) + timedelta(days=i),
        "updated_at": None, "date_label": "Ngày đăng", "date_raw": "Ngày đăng 21/02/2021",
        "date_precision": "minute", "authors": ["Minh Châu"], "unit": "Văn phòng",
        "images": [{"src": "http://x/a.jpg", "caption": "Quang cảnh", "credit": "Ảnh: A"}],
        "category": "Tin hoạt động", "language": "vi", "word_count": 9, "text_sha256": "0" * 64,
        "fetched_at": datetime(2026, 11, 1, tzinfo=UTC), "http_status": 200, "encoding": "utf-8",
        "flags": [], "run_id": "r1", "warc_file": None, "warc_offset": None, "warc_length": None,
        "warc_record_id": None, "profile": "demo-huecit", "extractor_version": "1",
    }


# -- the search corpus: small archives with known answers -------------------------------------
SEARCH_BASE = datetime(2021, 3, 1, 8, 0, tzinfo=UTC)
FILLER = ("Các đơn vị triển khai kế hoạch năm theo đúng tiến độ được giao và báo cáo kết quả "
          "về văn phòng trước ngày cuối tháng. ")


def search_row(key: str, source: str, title: str, text: str, *, days: int = 0,
               unit: str | None = None, version: str = "1", removed: bool = False,
               fetched_days: int | None = None) -> dict:
    """The fields of an article row search reads; ids derived from ``key``."""
    aid = hashlib.md5(key.encode()).hexdigest()
    vid = hashlib.md5(f"{key}/{version}".encode()).hexdigest()
    published = SEARCH_BASE + timedelta(days=days)
    fetched = published + timedelta(days=fetched_days if fetched_days is not None else 0, hours=1)
    url = f"https://{source}.gov.vn/tin/{key}"
    return {"article_id": aid, "version_id": vid, "source": source, "url": url,
            "canonical_url": url, "title": title, "text": text, "published_at": published,
            "fetched_at": fetched, "unit": unit, "removed": removed, "run_id": f"run-{version}",
            "text_sha256": hashlib.sha256(text.encode()).hexdigest(),
            "warc_file": f"warc/source={source}/run-{version}-00000.warc.gz",
            "warc_offset": 1000 + days, "warc_length": 4321, "language": "vi"}


def publish_rows(root: Path, rows: list[dict]) -> None:
    """Article parts as the crawler publishes them: one per source, through the real writer."""
    from archive.schema import ARTICLE_SCHEMA
    from archive.writer import publish_table

    for source in sorted({r["source"] for r in rows}):
        full = [{**dict.fromkeys(ARTICLE_SCHEMA.names), **r} for r in rows if r["source"] == source]
        publish_table(root, f"articles/source={source}", pa.Table.from_pylist(full, schema=ARTICLE_SCHEMA))


CORPUS = [
    search_row("hoinghi", "sokhdt-hue", "Hội nghị xúc tiến đầu tư tỉnh Thừa Thiên Huế năm 2021",
               "Sáng nay, hội nghị xúc tiến đầu tư đã thu hút nhiều doanh nghiệp. " + FILLER,
               days=0, unit="Văn phòng Sở"),
    search_row("danang", "baochinhphu", "Đà Nẵng khởi công cầu mới",
               "Thành phố Đà Nẵng khởi công xây dựng cầu qua sông Hàn. " + FILLER, days=40),
    search_row("tran-name", "moh", "Bộ trưởng tiếp đoàn công tác",
               "Ông Trần Văn Thuấn, Thứ trưởng Bộ Y tế, phát biểu tại buổi làm việc. " + FILLER,
               days=100, unit="Văn phòng Bộ"),
    # "tràn" (overflow) folds to "tran" like the surname "Trần"; it is in the title here,
    # so it outranks the surname on bm25 alone.
    search_row("tran-flood", "moh", "Nước tràn bờ, tràn vào khu dân cư",
               "Mưa lớn làm nước tràn qua đê bao. " + FILLER, days=101),
    search_row("title-match", "moet", "Chuyển đổi số trong giáo dục",
               "Các trường học tham gia chương trình. " + FILLER, days=200),
    search_row("body-match", "moet", "Tin hoạt động của ngành",
               "Các trường học tham gia chương trình chuyển đổi số. " + FILLER, days=201),
    search_row("apart", "moet", "Hội thảo khoa học",
               "Hội đồng nhân dân tỉnh ra nghị quyết về ngân sách. " + FILLER, days=300),
    search_row("nongthon", "snnptnt-hue", "Xây dựng nông thôn mới",
               "Huyện Phong Điền hoàn thành tiêu chí nông thôn mới và phát triển thủy sản. " + FILLER,
               days=400, unit="Chi cục Thủy sản"),
    search_row("nongthon2", "snnptnt-hue", "Nông thôn mới kiểu mẫu",
               "Xã Quảng Thái đạt chuẩn nông thôn mới kiểu mẫu. " + FILLER, days=800,
               unit="Văn phòng Điều phối nông thôn mới tỉnh"),
]


#: Run in a fresh interpreter by :func:`measure`: ingest argv[1] (a WARC) into argv[2], and
#: how much the peak memory grew (DuckDB is loaded before the baseline is taken).
INGEST_MEMORY = """
import json, resource, sys
from crawler.reprocess import ingest
from archive.reader import Archive
Archive(sys.argv[2]).close()  # DuckDB loaded before the baseline
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
report = ingest(sys.argv[2], [sys.argv[1]], {})
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"grew_mb": (after - before) / 1024, "written": report.written,
                  "skipped": dict(report.skipped)}))
"""


def measure(script: str, *args: object) -> dict:
    """``script`` run with ``args`` in a fresh interpreter (the checkout on its path); the
    JSON object its last line prints."""
    import json
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    out = subprocess.run([sys.executable, "-c", script, *map(str, args)],
                         capture_output=True, text=True, timeout=120, cwd=root,
                         env={**os.environ, "PYTHONPATH": str(root)})
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def toml_value(value: Any) -> str:
    """A TOML value, of the kinds a source entry holds."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # JSON's string escapes are TOML's
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {toml_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(f"no TOML for {value!r}")
