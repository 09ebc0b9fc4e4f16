"""Content-derived identifiers: no clock, no counter, the same input gives the same id."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

__all__ = ["article_id", "version_id", "text_sha256", "VERSION_FIELDS"]

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


def version_id(aid: str, record: Mapping[str, Any], *, removed: bool = False) -> str:
    """One id per distinct content of an article: NFC text plus the key fields."""
    if removed:
        return _sha(aid + "\x00removed")[:32]
    key = {f: record.get(f) for f in VERSION_FIELDS}
    # A photo moved to another host (CDN, port) is the same photo: compare path and caption.
    # Its capture is not the article's content: a photo fetched again, or not this time, is
    # the same version.
    key["images"] = [
        {"src": urlsplit(img.get("src") or "")._replace(scheme="", netloc="").geturl(),
         "caption": img.get("caption"), "credit": img.get("credit")}
        for img in record.get("images") or []
    ]
    # The documents it attaches, by address as a photo (schema 9; an article without any has
    # the key it had before attachments were read, so its version ids stay as they were).
    if attachments := record.get("attachments"):
        key["attachments"] = [urlsplit(a.get("url") or "")._replace(scheme="", netloc="").geturl()
                              for a in attachments]
    key["text_sha256"] = record.get("text_sha256") or text_sha256(record.get("text") or "")
    payload = json.dumps(key, sort_keys=True, default=str, ensure_ascii=False)
    return _sha(aid + "\x00" + payload)[:32]
