"""FingerprintPipeline: content-derived ids and hashes (deterministic, no clock, no counter)."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from urllib.parse import urlsplit

from crawler.items import ArticleItem

__all__ = ["FingerprintPipeline", "article_id", "version_id", "text_sha256"]

#: Fields whose change makes a new version (besides the text). Chrome never reaches them.
VERSION_FIELDS = ("title", "lead", "published_at", "updated_at", "unit", "images", "authors")


def _sha(data: str) -> str:
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def article_id(source: str, canonical_url: str) -> str:
    """Stable per source and canonical path+query.

    Scheme, host and port are left out: a portal that moves from http to https, or the demo
    portal that listens on a new free port each run, keeps its articles' ids.
    """
    parts = urlsplit(canonical_url)
    return _sha(f"{source}\x00{parts.path}?{parts.query}")[:32]


def text_sha256(text: str) -> str:
    return _sha(unicodedata.normalize("NFC", text))


def version_id(aid: str, item: ArticleItem) -> str:
    key = {f: item.get(f) for f in VERSION_FIELDS}
    # A photo moved to another host (CDN, port) is the same photo: compare path and caption.
    key["images"] = [
        {**img, "src": urlsplit(img.get("src") or "")._replace(scheme="", netloc="").geturl()}
        for img in item.get("images") or []
    ]
    key["text_sha256"] = item["text_sha256"]
    payload = json.dumps(key, sort_keys=True, default=str, ensure_ascii=False)
    return _sha(aid + "\x00" + payload)[:32]


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
