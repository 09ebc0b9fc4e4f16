"""robots.txt read once per host per run, for every worker of a shared frontier: the first
worker to need a host's robots.txt claims it, fetches it and leaves the response (status and
rules) in Redis; the others wait for it there instead of fetching it again."""

from __future__ import annotations

import base64
import json
from typing import Any

import redis

__all__ = ["SharedRobots"]


class SharedRobots:
    def __init__(self, client: redis.Redis, name: str) -> None:
        self.client = client
        self.key = f"pa:{name}:robots"
        self.claims = f"pa:{name}:robots-claim:"

    def get(self, netloc: str) -> tuple[int, bytes] | None:
        """The status and body another worker left for ``netloc``, or None."""
        raw: Any = self.client.hget(self.key, netloc)
        if raw is None:
            return None
        data = json.loads(raw)
        return int(data["status"]), base64.b64decode(data["body"])

    def claim(self, netloc: str, seconds: float) -> bool:
        """True for the one worker that is to fetch it (for ``seconds``)."""
        return bool(self.client.set(self.claims + netloc, "1", nx=True,
                                    px=max(1, int(seconds * 1000))))

    def put(self, netloc: str, status: int, body: bytes) -> None:
        self.client.hset(self.key, netloc, json.dumps(
            {"status": status, "body": base64.b64encode(body).decode()}))

    def clear(self) -> None:
        """A new run: every host's robots.txt is read again."""
        self.client.delete(self.key)
