"""Run crawls of one or more sources in this process (Scrapy's reactor runs once per process)."""

from __future__ import annotations

import difflib
import ipaddress
import logging
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from scrapy.crawler import CrawlerProcess
from scrapy.settings import BaseSettings, Settings

from archive.errors import UsageProblem
from crawler.config import project
from crawler.sources import Source

__all__ = ["RunResult", "SettingsError", "check_overrides", "project_settings", "run_crawls"]

logger = logging.getLogger(__name__)

#: Settings the crawl takes from its arguments: an override would send the crawl elsewhere
#: than dedup, the search index and the source list that follow the arguments.
_FROM_ARGUMENTS = {"ARCHIVE_PATH": "--archive", "PORTAL_SOURCES_FILE": "--config"}
_OUR_PREFIXES = ("PORTAL_", "ARCHIVE_", "WARC_", "EXTRACT_")
_CHOICES = {"PORTAL_RECHECK": ("age", "known", "none")}
#: whole-number settings whose default is None
_OPTIONAL_INTS = {"EXTRACT_WORKERS"}
#: whole-number defaults read with getfloat: a fraction is meant
_FRACTIONAL = {"DOWNLOAD_TIMEOUT", "DNS_TIMEOUT", "PORTAL_RECHECK_YOUNG_DAYS",
               "PORTAL_RECHECK_OLD_DAYS"}
#: 0 would stall the crawl or write nothing
_AT_LEAST_ONE = {"CONCURRENT_REQUESTS", "CONCURRENT_REQUESTS_PER_DOMAIN", "CONCURRENT_ITEMS",
                 "PORTAL_LISTING_OVERLAP", "ARCHIVE_BATCH_ROWS", "WARC_MAX_BYTES"}
_BOOLS = {"1": True, "True": True, "true": True, "0": False, "False": False, "false": False}
#: list settings that hold plain values, given on a command line as ``a,b``: not refused as
#: wiring, their entries checked
_VALUE_LISTS = {"PORTAL_ALLOW_PRIVATE"}


class SettingsError(ValueError, UsageProblem):
    """A ``NAME=value`` override that the crawl cannot use, with the reason."""


def _known_settings() -> Settings:
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    return settings


def _number(name: str, value: Any, default: Any) -> int | float:
    whole = isinstance(default, int) and name not in _FRACTIONAL
    kind = "a whole number" if whole else "a number"
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise SettingsError(f"{name}={value!r}: must be {kind}") from None
    if not math.isfinite(number) or (whole and not number.is_integer()):
        raise SettingsError(f"{name}={value!r}: must be {kind}")
    minimum = 1 if name in _AT_LEAST_ONE else None if "PRIORITY" in name else 0
    if minimum is not None and number < minimum:
        raise SettingsError(f"{name}={value!r}: must be {kind} >= {minimum}")
    return int(number) if whole else number


def check_overrides(overrides: dict[str, Any]) -> dict[str, Any]:
    """Check setting overrides (``-s NAME=value``) against the settings' defaults; return
    them with numbers and booleans converted, or raise SettingsError naming the setting.

    Names with a project prefix must be project settings (a typo is refused with the name
    meant); other unknown names are refused only when they are a near miss of a known one,
    so settings of third-party Scrapy components still pass. A setting whose default is a
    dict or a list (``ITEM_PIPELINES``, ``*_MIDDLEWARES``, ``EXTENSIONS``, ``ADDONS``,
    ``SPIDER_MODULES``…) wires the crawl's components: text for it is refused (``{}`` would
    run a crawl that stores nothing, a class path would be imported); code may pass a value."""
    known = _known_settings()
    checked: dict[str, Any] = {}
    for name, value in overrides.items():
        if name in _FROM_ARGUMENTS:
            raise SettingsError(f"{name} cannot be overridden: use {_FROM_ARGUMENTS[name]} "
                                "(dedup and the search index follow it)")
        if name not in known:
            close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.8)
            if name.startswith(_OUR_PREFIXES) or close:
                hint = f"; did you mean {close[0]}?" if close else " (docs/settings.md)"
                raise SettingsError(f"unknown setting {name}{hint}")
            checked[name] = value
            continue
        default = known[name]
        if not isinstance(value, str):  # set by code, not typed on a command line
            checked[name] = value
        elif name in _VALUE_LISTS:
            checked[name] = _allow_private(name, value)
        elif isinstance(default, BaseSettings | dict | list | tuple):
            raise SettingsError(f"{name} wires the crawl's components and cannot be set with -s; "
                                "use `scrapy crawl portal` with your own settings module")
        elif name in _CHOICES:
            if value not in _CHOICES[name]:
                raise SettingsError(f"{name}={value!r}: must be one of "
                                    f"{', '.join(_CHOICES[name])}")
            checked[name] = value
        elif isinstance(default, bool):
            if value not in _BOOLS:
                raise SettingsError(f"{name}={value!r}: must be true or false (or 1 or 0)")
            checked[name] = _BOOLS[value]
        elif isinstance(default, int | float):
            checked[name] = _number(name, value, default)
        elif name in _OPTIONAL_INTS:
            checked[name] = None if value in ("", "None") else _number(name, value, 0)
        else:
            checked[name] = value
    return checked


def _allow_private(name: str, value: str) -> list[str]:
    """``host``, ``host:port`` and networks, comma-separated (crawler/net/address_guard.py reads them)."""
    entries = [entry.strip() for entry in value.split(",")] if value.strip() else []
    for entry in entries:
        try:
            ipaddress.ip_network(entry, strict=False)
            continue
        except ValueError:
            pass
        try:
            parts = urlsplit(f"//{entry}")
            ok = bool(parts.hostname) and not parts.path and not parts.query
            parts.port  # noqa: B018 - raises on a port that is no number or out of range
        except ValueError:
            ok = False
        if not ok:
            raise SettingsError(f"{name}={value!r}: {entry!r} is no host, host:port or network")
    return entries


@dataclass
class RunResult:
    source: str
    run_id: str
    finish_reason: str
    stats: dict[str, Any]

    @property
    def ok(self) -> bool:
        return self.finish_reason == "finished" and not self.stats.get("archive/write_errors")


def project_settings(archive: Path | str, config: Path | str | None = None,
                     overrides: dict[str, Any] | None = None) -> Settings:
    overrides = check_overrides(overrides or {})
    settings = _known_settings()
    settings.set("ARCHIVE_PATH", str(archive), priority="cmdline")
    if config:
        settings.set("PORTAL_SOURCES_FILE", str(config), priority="cmdline")
    for key, value in overrides.items():
        settings.set(key, value, priority="cmdline")
    if project(settings).get("PORTAL_FRONTIER"):
        # Several processes share one frontier (crawler/distributed): its scheduler and the
        # middleware that finishes its entries (the per-host gate, HostGateMiddleware, is
        # always on: with a frontier URL it is shared through Redis).
        settings.set("SCHEDULER", "crawler.distributed.scheduler.FrontierScheduler", priority="cmdline")
        spider_mw = dict(settings.getdict("SPIDER_MIDDLEWARES"))
        spider_mw["crawler.distributed.scheduler.FrontierAckMiddleware"] = 10
        settings.set("SPIDER_MIDDLEWARES", spider_mw, priority="cmdline")
    return settings


def run_crawls(
    sources: list[Source],
    *,
    archive: Path | str,
    config: Path | str | None = None,
    max_pages: int | None = None,
    overrides: dict[str, Any] | None = None,
    demo_portal: Any = None,
    after: bool = True,
) -> list[RunResult]:
    """Crawl ``sources`` concurrently into ``archive``; blocks until all have finished.

    Demo sources are served by ``demo_portal`` if given (a running ``DemoPortal``, e.g. one
    grown to thousands of articles), else by a portal started for this call. ``after``: when
    rows were written, bring clusters and the search index up to date once all crawls have
    finished (archive.derived; each crawl's own store pipeline leaves it to this call)."""
    from contextlib import ExitStack

    from archive.locks import SourceBusy, source_lock
    from crawler.demo import DemoPortal
    from crawler.spiders.portal import PortalSpider

    settings = project_settings(archive, config, overrides)
    settings.set("ARCHIVE_UPDATE_DERIVED", False, priority="cmdline")  # once, below
    locks = ExitStack()
    busy: list[RunResult] = []
    free = []
    shared = bool(project(settings).get("PORTAL_FRONTIER"))
    for source in sources:
        try:
            # Workers of a shared frontier crawl a source together (their own lock is in
            # Redis: crawler/distributed/runs.py); a plain crawl of it excludes them.
            locks.enter_context(source_lock(archive, source.name, shared=shared))
            free.append(source)
        except SourceBusy as exc:
            logger.warning("skipped: %s", exc)
            busy.append(RunResult(source.name, "", "source_busy", {}))
    sources = free
    if not sources:
        locks.close()
        return busy
    process = CrawlerProcess(settings)
    own_demo = demo_portal is None and any(s.is_demo for s in sources)
    grown = project(settings).getint("PORTAL_DEMO_ARTICLES") or None
    demo = DemoPortal(articles=grown).start() if own_demo else demo_portal
    crawlers = []
    try:
        for source in sources:
            crawler = process.create_crawler(PortalSpider)
            kwargs: dict[str, Any] = {"source": source.name}
            if config:
                kwargs["config"] = str(config)
            if demo is not None and (demo_site := source.demo_site) is not None:
                kwargs["base_url"] = demo.url(demo_site)
            if max_pages:
                kwargs["max_pages"] = max_pages
            process.crawl(crawler, **kwargs)
            crawlers.append((source, crawler))
        process.start()
    finally:
        if own_demo:
            demo.stop()
        locks.close()
    results = []
    for source, crawler in crawlers:
        stats = crawler.stats.get_stats() if crawler.stats else {}
        run_id = getattr(crawler.spider, "run_id", "")
        results.append(RunResult(source.name, run_id, stats.get("finish_reason", "unknown"), stats))
    from pipelines.store import derived_due

    if after and any(derived_due(r.stats) for r in results):
        from archive.derived import update_derived

        update_derived(archive)
    return busy + results
