"""Sources: the portals to crawl, declared in a TOML file.

Each ``[[source]]`` names the portal, its CMS family, where to start and how hard to crawl.
A ``base_url`` of ``demo:<site>`` points at the bundled demo portal, started on demand.
"""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass, field, fields
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from archive.errors import ArchiveError
from archive.names import SOURCE_NAME_RE
from crawler.profiles import Family, Profile, ProfileError, make_profile

__all__ = ["Source", "load_sources", "default_config_path", "SourceError"]

_NAME_RE = SOURCE_NAME_RE  # the one rule (archive/names.py)
_KNOWN_KEYS = {
    "name", "family", "title", "base_url", "start_urls", "feeds", "sitemaps", "max_pages",
    "download_delay", "concurrency", "verified", "notes", "overrides", "language",
    "schedule", "timezone", "max_duration", "allow_private", "tls_verify", "obey_noarchive",
}


def _override_kind(annotation: str) -> str:
    if annotation == "bool":
        return "bool"
    if annotation.startswith("tuple[tuple"):
        return "pairs"
    if annotation.startswith("tuple"):
        return "strs"
    return "str"


#: Family rules a portal entry may override, with the TOML shape each takes.
_OVERRIDE_TYPES = {
    f.name: _override_kind(str(f.type)) for f in fields(Family) if f.name not in ("name", "description")
}


class SourceError(ValueError, ArchiveError):
    """A source entry that cannot be used, with the file and entry named."""


@dataclass(frozen=True)
class Source:
    name: str
    family: str
    base_url: str
    title: str = ""
    start_urls: tuple[str, ...] = ("/",)
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    max_pages: int = 5000
    download_delay: float = 1.0
    concurrency: int = 2
    verified: bool = False
    notes: str = ""
    overrides: dict[str, Any] = field(default_factory=dict)
    #: cron expression (5 fields) in ``timezone``; None: crawled only when asked
    schedule: str | None = None
    timezone: str = "Asia/Ho_Chi_Minh"
    #: seconds a crawl of this source may run before it stops (0: no limit)
    max_duration: int = 0
    #: private, loopback or link-local addresses this source may reach (HOSTILE.md N7):
    #: ``True`` for its own origin only, or a list of hosts, ``host:port`` and networks;
    #: always ``True`` for a ``demo:`` source (the demo portal listens on loopback)
    allow_private: bool | tuple[str, ...] = False
    #: verify TLS certificates (recorded with each capture); ``false`` for portals with a
    #: broken certificate, knowingly
    tls_verify: bool = True
    #: honour ``noarchive`` (meta robots, X-Robots-Tag); ``false`` archives such pages anyway,
    #: flagged ``noarchive_overridden``
    obey_noarchive: bool = True

    @property
    def is_demo(self) -> bool:
        return self.base_url.startswith("demo:")

    @property
    def demo_site(self) -> str | None:
        return self.base_url.split(":", 1)[1] if self.is_demo else None

    def serves(self, host: str) -> bool:
        """Whether pages on ``host`` (``name`` or ``name:port``, as in a URL) are this source's.

        Host names compare without case; a default port (80, 443) is the same site as none, any
        other port is a site of its own. A source whose address is only known at run time (the
        demo portal's ``demo:<site>``) serves no fixed host.
        """
        mine = _site(urlsplit(self.base_url).netloc)
        return mine is not None and mine == _site(host)

    def profile(self) -> Profile:
        return make_profile(self.family, self.name, self.overrides)

    def absolute(self, base: str, paths: tuple[str, ...]) -> list[str]:
        return [urljoin(base.rstrip("/") + "/", p) for p in paths]


def _site(netloc: str) -> tuple[str, str] | None:
    """``(host, port)`` of a URL's netloc, without case, user info or a default port."""
    parts = urlsplit("//" + netloc.rsplit("@", 1)[-1])
    try:
        port = parts.port
    except ValueError:
        return None
    if not parts.hostname:
        return None
    return parts.hostname, "" if port in (None, 80, 443) else str(port)


def default_config_path() -> Path:
    """``./sources.toml`` when present, else the packaged list (demo portal and known portals)."""
    local = Path("sources.toml")
    if local.is_file():
        return local
    return Path(str(resources.files("crawler").joinpath("sources.toml")))


_STR_KEYS = ("name", "family", "base_url", "title", "notes", "schedule", "timezone")
_LIST_KEYS = ("start_urls", "feeds", "sitemaps")


def _check_override(key: str, value: Any, where: str) -> None:
    kind = _OVERRIDE_TYPES.get(key)
    if kind is None:
        raise SourceError(f"{where}: unknown override {key!r}; known: {sorted(_OVERRIDE_TYPES)}")
    ok = {
        "str": isinstance(value, str),
        "bool": isinstance(value, bool),
        "strs": isinstance(value, list) and all(isinstance(v, str) for v in value),
        "pairs": isinstance(value, list) and all(
            isinstance(v, list) and len(v) == 2 and all(isinstance(x, str) for x in v) for v in value),
    }[kind]
    if not ok:
        expected = {"str": "a string", "bool": "true or false", "strs": "a list of strings",
                    "pairs": "a list of [reason, regex] pairs"}[kind]
        raise SourceError(f"{where}: override {key!r} must be {expected}")


def _build(entry: Any, where: str) -> Source:
    if not isinstance(entry, dict):
        raise SourceError(f"{where}: each [[source]] must be a table")
    unknown = set(entry) - _KNOWN_KEYS
    if unknown:
        raise SourceError(f"{where}: unknown key(s) {sorted(unknown)}")
    for key in ("name", "family", "base_url"):
        if not entry.get(key):
            raise SourceError(f"{where}: '{key}' is required")
    for key in _STR_KEYS:
        if key in entry and not isinstance(entry[key], str):
            raise SourceError(f"{where}: '{key}' must be a string")
    if not _NAME_RE.fullmatch(entry["name"]):
        raise SourceError(f"{where}: name {entry['name']!r} must match {_NAME_RE.pattern}")
    where = f"{where} ({entry['name']})"
    base = entry["base_url"]
    if base.startswith("demo:"):
        from crawler.demo.corpus import SITES

        if base[5:] not in SITES:
            raise SourceError(f"{where}: no demo site {base[5:]!r}; demo sites: {list(SITES)}")
    elif not re.fullmatch(r"https?://[^/\s]+(?:/\S*)?", base):
        raise SourceError(f"{where}: base_url {base!r} must be http(s)://host or demo:<site>")
    kwargs = dict(entry)
    for key in _LIST_KEYS:
        if key in kwargs:
            if not isinstance(kwargs[key], list) or not all(isinstance(x, str) for x in kwargs[key]):
                raise SourceError(f"{where}: '{key}' must be a list of strings")
            kwargs[key] = tuple(kwargs[key])
    if "schedule" in kwargs:
        from croniter import croniter

        if not croniter.is_valid(kwargs["schedule"]) or len(kwargs["schedule"].split()) != 5:
            raise SourceError(f"{where}: schedule {kwargs['schedule']!r} is not a 5-field cron "
                              "expression (e.g. \"0 6 * * *\")")
        # Valid syntax can still name a day that never comes ("0 6 31 2 *": 31 February);
        # croniter then raises instead of returning a time, and would stop the scheduler.
        try:
            croniter(kwargs["schedule"], datetime(2000, 1, 1)).get_next(datetime)
        except (ValueError, OverflowError):
            raise SourceError(f"{where}: schedule {kwargs['schedule']!r} never fires "
                              "(no such date)") from None
    if "timezone" in kwargs:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(kwargs["timezone"])
        except (ZoneInfoNotFoundError, ValueError):
            raise SourceError(f"{where}: unknown timezone {kwargs['timezone']!r}") from None
    for key, minimum in (("max_pages", 1), ("concurrency", 1), ("max_duration", 0)):
        if key in kwargs and (type(kwargs[key]) is not int or kwargs[key] < minimum):
            raise SourceError(f"{where}: '{key}' must be a whole number >= {minimum}")
    delay = kwargs.get("download_delay", 0)
    if (isinstance(delay, bool) or not isinstance(delay, int | float) or not math.isfinite(delay)
            or delay < 0):  # TOML has nan and inf
        raise SourceError(f"{where}: 'download_delay' must be a number of seconds >= 0")
    for key in ("verified", "tls_verify", "obey_noarchive"):
        if key in kwargs and not isinstance(kwargs[key], bool):
            raise SourceError(f"{where}: '{key}' must be true or false")
    if "allow_private" in kwargs:
        kwargs["allow_private"] = _allow_private(kwargs["allow_private"], where)
    if base.startswith("demo:"):
        # The demo portal runs on this machine (127.0.0.1): its own origin only, whatever the
        # entry says, so the address guard asks the source, not "is this the demo".
        kwargs["allow_private"] = True
    overrides = kwargs.get("overrides", {})
    if not isinstance(overrides, dict):
        raise SourceError(f"{where}: 'overrides' must be a table of family rules")
    for key, value in overrides.items():
        _check_override(key, value, where)
    language = kwargs.pop("language", None)
    if language is not None:
        if not isinstance(language, str):
            raise SourceError(f"{where}: 'language' must be a string")
        kwargs["overrides"] = {**overrides, "language": language}
    source = Source(**kwargs)
    try:
        source.profile()  # bad regexes and selectors fail at load, not mid-crawl
    except ProfileError as exc:
        raise SourceError(f"{where}: {exc}") from exc
    return source


def _allow_private(value: Any, where: str) -> bool | tuple[str, ...]:
    import ipaddress

    if isinstance(value, bool):
        return value
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise SourceError(f"{where}: 'allow_private' must be true, false or a list of hosts, "
                          "host:port and networks")
    for entry in value:
        try:
            ipaddress.ip_network(entry, strict=False)
        except ValueError:
            if not re.fullmatch(r"[A-Za-z0-9.\-]+(?::\d{1,5})?|\[[0-9A-Fa-f:.]+\](?::\d{1,5})?", entry):
                raise SourceError(f"{where}: allow_private entry {entry!r} is not a host, "
                                  "host:port or network") from None
    return tuple(value)


def load_sources(path: Path | str | None = None) -> dict[str, Source]:
    """Load and validate every source in the TOML file; names must be unique."""
    path = Path(path) if path else default_config_path()
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise SourceError(f"{path}: {exc}") from exc
    unknown = set(data) - {"source"}
    if unknown:
        raise SourceError(f"{path}: unknown top-level key(s) {sorted(unknown)}; "
                          "portals are declared as [[source]] tables")
    entries = data.get("source", [])
    if not isinstance(entries, list):
        raise SourceError(f"{path}: declare portals as [[source]] (an array of tables)")
    sources: dict[str, Source] = {}
    for i, entry in enumerate(entries):
        where = f"{path} [[source]] #{i + 1}"
        source = _build(entry, where)
        if source.name in sources:
            raise SourceError(f"{where}: duplicate source name {source.name!r}")
        sources[source.name] = source
    return sources
