"""The requests any worker has scheduled, shared: a Redis set of request fingerprints (the
crawl's own ``REQUEST_FINGERPRINTER_CLASS``, which the caller computes; scrapy-redis's filter
computes a fingerprint of its own). Held in Redis, not in the worker: a long crawl's worker
memory stays flat."""

from __future__ import annotations

from typing import Any

import redis

__all__ = ["SeenSet"]


class SeenSet:
    def __init__(self, client: redis.Redis, name: str) -> None:
        self.client = client
        self.key = f"pa:{name}:seen"

    def add(self, fingerprint: bytes | str) -> bool:
        """Record ``fingerprint``; True when no worker had recorded it before (atomic: of two
        workers adding it at once, exactly one gets True)."""
        return bool(self.client.sadd(self.key, fingerprint))

    def forget(self, fingerprint: bytes | str) -> None:
        """Let the request be scheduled again (it was refused for now, e.g. robots.txt
        unavailable, and belongs to the next run)."""
        self.client.srem(self.key, fingerprint)

    def __contains__(self, fingerprint: bytes | str) -> bool:
        member: Any = fingerprint  # (redis-py's stub says str; bytes are members too)
        return bool(self.client.sismember(self.key, member))

    def clear(self) -> None:
        """Forget every request (a new run of the crawl begins)."""
        self.client.delete(self.key)

    def __len__(self) -> int:
        return int(self.client.scard(self.key))
