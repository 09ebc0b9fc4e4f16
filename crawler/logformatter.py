"""Log lines that name the reason and the URL, never a whole item with its raw body."""

from __future__ import annotations

import logging

from scrapy.logformatter import LogFormatter

__all__ = ["PortalLogFormatter"]


def _url(item) -> str:
    try:
        return item.get("url") or "?"
    except AttributeError:
        return "?"


class PortalLogFormatter(LogFormatter):
    def dropped(self, item, exception, response, spider=None):
        # Expected outcomes (soft 404s, stubs) are INFO; counters carry the totals.
        return {
            "level": logging.INFO,
            "msg": "Dropped [%(reason)s]",
            "args": {"reason": str(exception)},
        }

    def scraped(self, item, response, spider=None):
        return {
            "level": logging.DEBUG,
            "msg": "Archived article %(url)s",
            "args": {"url": _url(item)},
        }

    def item_error(self, item, exception, response, spider=None):
        return {
            "level": logging.ERROR,
            "msg": "Error processing article %(url)s",
            "args": {"url": _url(item)},
        }
