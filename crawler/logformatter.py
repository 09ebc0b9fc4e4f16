"""Log lines that name the reason and the URL, never a whole item with its raw body."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from scrapy.logformatter import LogFormatter, LogFormatterResult

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.http import Response
    from twisted.python.failure import Failure

__all__ = ["PortalLogFormatter"]


def _url(item: Any) -> str:
    try:
        return item.get("url") or "?"
    except AttributeError:
        return "?"


class PortalLogFormatter(LogFormatter):
    def dropped(self, item: Any, exception: BaseException, response: Response | Failure | None,
                spider: Spider | None = None) -> LogFormatterResult:
        # Expected outcomes (soft 404s, stubs) are INFO; counters carry the totals.
        return {
            "level": logging.INFO,
            "msg": "Dropped [%(reason)s]",
            "args": {"reason": str(exception)},
        }

    def scraped(self, item: Any, response: Response | Failure | None,
                spider: Spider | None = None) -> LogFormatterResult:
        return {
            "level": logging.DEBUG,
            "msg": "Archived article %(url)s",
            "args": {"url": _url(item)},
        }

    def item_error(self, item: Any, exception: BaseException, response: Response | Failure | None,
                   spider: Spider | None = None) -> LogFormatterResult:
        return {
            "level": logging.ERROR,
            "msg": "Error processing article %(url)s",
            "args": {"url": _url(item)},
        }
