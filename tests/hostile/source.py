"""The hostile site as a portal-archive source, for tests and ``bench/hostile.py``.

The site is a plain CMS the generic family can crawl; its article markup is named so that
extraction reads title, date and body by selector, as it would for a described portal.
"""

from __future__ import annotations

import re

__all__ = ["source_toml"]


def source_toml(base_url: str, *, name: str = "hostile", start_urls: tuple[str, ...] = ("/",),
                feeds: tuple[str, ...] = (), sitemaps: tuple[str, ...] = (),
                allow_private: bool | tuple[str, ...] = True, confine: tuple[str, ...] = (),
                concurrency: int = 4, **extra: object) -> str:
    """One ``[[source]]`` entry for the hostile server at ``base_url`` (its own origin allowed
    on loopback, nothing else unless ``allow_private`` names it). ``confine``: path prefixes
    (``"/n1/"``) outside which links are refused (as trap ``outside``), to crawl one case."""

    def value(v: object) -> str:
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, str):
            return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
        if isinstance(v, tuple | list):
            return "[" + ", ".join(value(x) for x in v) + "]"
        return str(v)

    lines = [
        "[[source]]",
        f"name = {value(name)}",
        'family = "generic"',
        f"base_url = {value(base_url)}",
        f"start_urls = {value(tuple(start_urls))}",
        f"feeds = {value(tuple(feeds))}",
        f"sitemaps = {value(tuple(sitemaps))}",
        f"allow_private = {value(allow_private)}",
        "download_delay = 0.0",
        f"concurrency = {concurrency}",
    ]
    lines += [f"{key} = {value(v)}" for key, v in extra.items()]
    traps = ""
    if confine:
        allowed = "|".join(re.escape(p.lstrip("/")) for p in confine)
        traps = f', trap_urls = [["outside", {value(f"^/(?!(?:{allowed}))")}]]'
    lines.append('overrides = { title = "h1.tieu-de", date = ".ngay-dang", body = ".noi-dung", '
                 'date_labels = ["Ngày đăng"], listing_urls = ["^/$", "^/[a-z]\\\\d/$"]'
                 + traps + ' }')
    return "\n".join(lines) + "\n"
