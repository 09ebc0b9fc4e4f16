"""Which workers crawl a source now, and which run of it they share: the per-source lock of a
shared frontier, held in Redis with an expiry.

A crawl of one process holds the source's file lock (archive/locks.py) for its whole run. The
workers of a shared frontier crawl a source together, on several machines, so the lock they
share is a set of members in Redis, each with an expiry its worker renews while it lives: a
killed worker drops out when its membership runs out, and the source is free once the last
member has left or expired.

Joining decides, in one script, whether a worker starts a new run or joins the one going on:

- members alive: it joins their run;
- no member alive and nothing left in the queue: a new run begins — what the last run saw is
  forgotten (seen-set, shared robots.txt responses), so re-checks and new listings are fetched;
- no member alive but requests left (every worker of the run was killed): the run goes on
  under its own id with what is left.

So two workers starting at the same instant never both start a run, and a worker starting in
the instant between another's first request and its first push never forgets that request.
"""

from __future__ import annotations

from typing import Any

import redis

from crawler.distributed.queue import queue_key

__all__ = ["SharedRun"]

# KEYS: members (zset worker -> expiry ms), run id, queue stream, seen set, robots hash
# ARGV: worker, membership ms, the run id proposed for a new run
_JOIN = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local run = redis.call('GET', KEYS[2])
local new = 0
if redis.call('ZCARD', KEYS[1]) == 0 then
  if redis.call('XLEN', KEYS[3]) == 0 then
    redis.call('DEL', KEYS[4], KEYS[5])
    run = ARGV[3]
    new = 1
  elseif not run then
    run = ARGV[3]
  end
  redis.call('SET', KEYS[2], run)
end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
return {run, new}
"""

# KEYS: members; ARGV: worker, membership ms. 0 when the membership had run out already.
_BEAT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local was = redis.call('ZSCORE', KEYS[1], ARGV[1])
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
if was and tonumber(was) >= now then return 1 end
return 0
"""

# KEYS: members; the live members' names
_ALIVE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
return redis.call('ZRANGE', KEYS[1], 0, -1)
"""


class SharedRun:
    def __init__(self, client: redis.Redis, name: str, *, member_seconds: float = 60.0) -> None:
        self.client = client
        self.name = name
        self.members = f"pa:{name}:workers"
        self.run_key = f"pa:{name}:run"
        self._keys = [self.members, self.run_key, queue_key(name), f"pa:{name}:seen",
                      f"pa:{name}:robots"]
        self.member_ms = max(1000, int(member_seconds * 1000))
        self._join = client.register_script(_JOIN)
        self._beat = client.register_script(_BEAT)
        self._alive = client.register_script(_ALIVE)

    def join(self, worker: str, run_id: str) -> tuple[str, bool]:
        """Become a member; the shared run's id (``run_id`` when this worker starts it) and
        whether this worker started it."""
        run, new = self._join(keys=self._keys, args=[worker, self.member_ms, run_id])
        return _text(run), bool(new)

    def beat(self, worker: str) -> bool:
        """Renew the membership; False when it had run out (the worker was presumed dead)."""
        return bool(self._beat(keys=[self.members], args=[worker, self.member_ms]))

    def leave(self, worker: str) -> None:
        self.client.zrem(self.members, worker)

    def alive(self) -> list[str]:
        """The workers crawling the source now."""
        names: Any = self._alive(keys=[self.members])
        return [_text(n) for n in names]

    def current(self) -> str | None:
        """The id of the source's current (or last) shared run."""
        run: Any = self.client.get(self.run_key)
        return _text(run) if run is not None else None


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
