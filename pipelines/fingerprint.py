"""FingerprintPipeline: content-derived ids and hashes (``archive.rows.fingerprint``) on each
article, as validation left it.

``archive.rows.build_row`` sets them when the row is built; this stage sets them again from
the row that goes to the store, so a stage between the two that changes the text or a version
field can never leave a row with stale ids. It costs one hash of the text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from archive.rows import fingerprint
from crawler.items import ArticleItem

if TYPE_CHECKING:
    from scrapy import Spider

__all__ = ["FingerprintPipeline"]


class FingerprintPipeline:
    def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        if isinstance(item, ArticleItem):
            fingerprint(item)
        return item
