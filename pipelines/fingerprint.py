"""FingerprintPipeline: content-derived ids and hashes (``archive.ids``) on each article."""

from __future__ import annotations

from archive.ids import article_id, text_sha256, version_id
from crawler.items import ArticleItem

__all__ = ["FingerprintPipeline"]


class FingerprintPipeline:
    def process_item(self, item, spider=None):
        if not isinstance(item, ArticleItem):
            return item
        text = item.get("text") or ""
        item["text_sha256"] = text_sha256(text)
        item["word_count"] = len(text.split())
        item["article_id"] = article_id(item["source"], item["canonical_url"])
        item["version_id"] = version_id(item["article_id"], item)
        return item
