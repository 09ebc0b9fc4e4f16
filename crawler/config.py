"""The project's settings (``PORTAL_*``, ``ARCHIVE_*``, ``WARC_*``, ``EXTRACT_*``), read in one
place with one default: the value in crawler/settings.py.

Components read them through :func:`project` instead of ``settings.getint(NAME, fallback)``,
so a Settings object built without the project module (``get_crawler()`` in tests, code that
embeds the crawler) gets the same defaults as ``scrapy crawl portal``; a name that is not a
project setting raises ``KeyError`` instead of reading a typo's fallback.
tests/test_settings_one_place.py holds every module to this.
"""

from __future__ import annotations

from typing import Any

from crawler import settings as _project

__all__ = ["DEFAULTS", "PREFIXES", "ProjectSettings", "project"]

PREFIXES = ("PORTAL_", "ARCHIVE_", "WARC_", "EXTRACT_")

#: Every project setting and its default, as crawler/settings.py declares it.
DEFAULTS: dict[str, Any] = {
    name: getattr(_project, name) for name in dir(_project) if name.startswith(PREFIXES)
}


class ProjectSettings:
    """A Scrapy Settings object read with crawler/settings.py's defaults.

    The getters are Scrapy's (``getint`` converts ``"3"``, ``getbool`` ``"false"``…); only
    the fallback comes from here. Scrapy falls back for a missing name and for ``None``.
    """

    def __init__(self, settings: Any) -> None:
        self._settings = settings

    @staticmethod
    def default(name: str) -> Any:
        try:
            return DEFAULTS[name]
        except KeyError:
            raise KeyError(f"{name} is not a project setting (crawler/settings.py)") from None

    def get(self, name: str) -> Any:
        return self._settings.get(name, self.default(name))

    def getint(self, name: str) -> int:
        return self._settings.getint(name, self.default(name))

    def getfloat(self, name: str) -> float:
        return self._settings.getfloat(name, self.default(name))

    def getbool(self, name: str) -> bool:
        return self._settings.getbool(name, self.default(name))

    def getlist(self, name: str) -> list[Any]:
        return self._settings.getlist(name, self.default(name))


def project(settings: Any) -> ProjectSettings:
    """``settings`` (a Scrapy Settings object), read with the project's defaults."""
    return ProjectSettings(settings)
