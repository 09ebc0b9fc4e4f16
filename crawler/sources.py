"""Sources: the portals to crawl, declared in a TOML file.

Each ``[[source]]`` names the portal, its CMS family, where to start and how hard to crawl.
A ``base_url`` of ``demo:<site>`` points at the bundled demo portal, started on demand.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from crawler.profiles import Profile, ProfileError, make_profile

__all__ = ["Source", "load_sources", "default_config_path", "SourceError"]

_NAME_RE = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
_KNOWN_KEYS = {
    "name", "family", "title", "base_url", "start_urls", "feeds", "sitemaps", "max_pages",
    "download_delay", "concurrency", "verified", "notes", "overrides", "language",
}


class SourceError(ValueError):
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

    @property
    def is_demo(self) -> bool:
        return self.base_url.startswith("demo:")

    @property
    def demo_site(self) -> str | None:
        return self.base_url.split(":", 1)[1] if self.is_demo else None

    def profile(self) -> Profile:
        return make_profile(self.family, self.name, self.overrides)

    def absolute(self, base: str, paths: tuple[str, ...]) -> list[str]:
        return [urljoin(base.rstrip("/") + "/", p) for p in paths]


def default_config_path() -> Path:
    """``./sources.toml`` when present, else the packaged list (demo portal and known portals)."""
    local = Path("sources.toml")
    if local.is_file():
        return local
    return Path(str(resources.files("crawler").joinpath("sources.toml")))


def _build(entry: dict[str, Any], where: str) -> Source:
    unknown = set(entry) - _KNOWN_KEYS
    if unknown:
        raise SourceError(f"{where}: unknown key(s) {sorted(unknown)}")
    for key in ("name", "family", "base_url"):
        if not isinstance(entry.get(key), str) or not entry[key]:
            raise SourceError(f"{where}: '{key}' is required and must be a string")
    if not _NAME_RE.fullmatch(entry["name"]):
        raise SourceError(f"{where}: name {entry['name']!r} must match {_NAME_RE.pattern}")
    base = entry["base_url"]
    if not (base.startswith(("http://", "https://")) or re.fullmatch(r"demo:\w+", base)):
        raise SourceError(f"{where}: base_url {base!r} must be http(s):// or demo:<site>")
    kwargs = dict(entry)
    for key in ("start_urls", "feeds", "sitemaps"):
        if key in kwargs:
            if not isinstance(kwargs[key], list) or not all(isinstance(x, str) for x in kwargs[key]):
                raise SourceError(f"{where}: '{key}' must be a list of strings")
            kwargs[key] = tuple(kwargs[key])
    for key, typ in (("max_pages", int), ("concurrency", int), ("download_delay", (int, float))):
        if key in kwargs and (not isinstance(kwargs[key], typ) or kwargs[key] < 0):
            raise SourceError(f"{where}: '{key}' must be a non-negative number")
    language = kwargs.pop("language", None)
    if language:
        kwargs.setdefault("overrides", {})["language"] = language
    source = Source(**kwargs)
    try:
        source.profile()  # fail at load, not mid-crawl
    except ProfileError as exc:
        raise SourceError(f"{where}: {exc}") from exc
    return source


def load_sources(path: Path | str | None = None) -> dict[str, Source]:
    """Load and validate every source in the TOML file; names must be unique."""
    path = Path(path) if path else default_config_path()
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise SourceError(f"{path}: {exc}") from exc
    sources: dict[str, Source] = {}
    for i, entry in enumerate(data.get("source", [])):
        where = f"{path} [[source]] #{i + 1}"
        source = _build(entry, where)
        if source.name in sources:
            raise SourceError(f"{where}: duplicate source name {source.name!r}")
        sources[source.name] = source
    return sources
