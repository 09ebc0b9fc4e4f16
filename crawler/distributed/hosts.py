"""Per-host politeness shared by every worker: at most ``concurrency`` requests in flight to a
host across all workers, at least ``delay`` between two starts, pauses (``Retry-After``,
back-off) and "given up for this run" decisions that one worker takes and all obey.

Each request asks :meth:`HostGate.acquire` for a slot; the answer is a slot token, or how
long to wait. A slot is itself a lease: a worker killed mid-request does not hold the host's
slot forever, it expires after ``slot_seconds``. Every decision is one Lua script on Redis's
clock, so two workers asking at once cannot both take the last slot.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import redis

__all__ = ["Grant", "HostGate", "LocalGate"]

# KEYS: slots (zset token -> expiry ms), next (earliest next start, ms), pause (ms)
# ARGV: concurrency, delay ms, slot ms, token
_ACQUIRE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local pause = tonumber(redis.call('GET', KEYS[3]) or '0')
if pause > now then return pause - now end
local nxt = tonumber(redis.call('GET', KEYS[2]) or '0')
if nxt > now then return nxt - now end
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then
  local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return math.max(1, math.min(tonumber(first[2]) - now, 50))
end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[4])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3]) * 2)
if tonumber(ARGV[2]) > 0 then
  redis.call('SET', KEYS[2], now + tonumber(ARGV[2]), 'PX', tonumber(ARGV[2]) + 1000)
end
return 0
"""

# KEYS: pause; ARGV: ms from now. A pause only ever lengthens.
_PAUSE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local untill = now + tonumber(ARGV[1])
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if untill > current then
  redis.call('SET', KEYS[1], untill, 'PX', tonumber(ARGV[1]) + 1000)
end
return math.max(untill, current) - now
"""


@dataclass(frozen=True)
class Grant:
    """``token`` when a slot was taken (give it back with :meth:`HostGate.release`), else
    ``wait``: seconds until asking again can succeed."""

    token: str | None
    wait: float


class HostGate:
    def __init__(self, client: redis.Redis, name: str, *, slot_seconds: float = 300.0) -> None:
        self.client = client
        self.prefix = f"pa:{name}:host:"
        self.slot_ms = max(1, int(slot_seconds * 1000))
        self._acquire = client.register_script(_ACQUIRE)
        self._pause = client.register_script(_PAUSE)

    def _keys(self, host: str) -> list[str]:
        base = self.prefix + host
        return [base + ":slots", base + ":next", base + ":pause"]

    def acquire(self, host: str, *, concurrency: int, delay: float = 0.0) -> Grant:
        """A slot for one request to ``host``, or how long to wait for one."""
        token = uuid.uuid4().hex
        wait_ms = int(self._acquire(keys=self._keys(host),
                                    args=[max(1, concurrency), int(delay * 1000), self.slot_ms, token]))
        return Grant(token, 0.0) if wait_ms == 0 else Grant(None, wait_ms / 1000)

    def release(self, host: str, token: str) -> None:
        """The request holding ``token`` has ended."""
        self.client.zrem(self._keys(host)[0], token)

    def in_flight(self, host: str) -> int:
        """Slots held now (expired ones included until the next acquire sweeps them)."""
        return int(self.client.zcard(self._keys(host)[0]))

    def pause(self, host: str, seconds: float) -> float:
        """No worker starts a request to ``host`` for ``seconds`` (``Retry-After``, back-off);
        an earlier, longer pause stands. Returns the pause now in force, in seconds."""
        return int(self._pause(keys=[self._keys(host)[2]], args=[max(1, int(seconds * 1000))])) / 1000

    def give_up(self, host: str, reason: str, *, for_seconds: float) -> bool:
        """Record that ``host`` is given up (for this run: ``for_seconds``) with ``reason``;
        True for the worker whose decision it was, False when another's already stood."""
        return bool(self.client.set(self.prefix + host + ":gaveup", reason,
                                    nx=True, px=max(1, int(for_seconds * 1000))))

    def given_up(self, host: str) -> str | None:
        """Why ``host`` is given up, or None."""
        reason = self.client.get(self.prefix + host + ":gaveup")
        return reason.decode() if isinstance(reason, bytes) else reason


@dataclass
class LocalGate:
    """:class:`HostGate`'s concurrency for the requests of one process (a crawl with no shared
    frontier): at most ``concurrency`` in flight per host, each slot a lease of ``slot_seconds``
    (a slot a request never gave back frees itself). Scrapy's downloader is meant to do this, but
    with a short delay it starts several queued requests of a host before any counts as
    transferring (3 in flight at a concurrency of 2, seen by the server)."""

    slot_seconds: float = 300.0
    _held: dict[str, dict[str, float]] = field(default_factory=dict)  # host -> token -> expiry

    def acquire(self, host: str, *, concurrency: int, delay: float = 0.0) -> Grant:
        now = time.monotonic()
        held = self._held.setdefault(host, {})
        for token in [t for t, expiry in held.items() if expiry <= now]:
            del held[token]
        if len(held) >= max(1, concurrency):
            return Grant(None, max(0.001, min(min(held.values()) - now, 0.05)))
        token = uuid.uuid4().hex
        held[token] = now + self.slot_seconds
        return Grant(token, 0.0)

    def release(self, host: str, token: str) -> None:
        self._held.get(host, {}).pop(token, None)

    def in_flight(self, host: str) -> int:
        return len(self._held.get(host, {}))
