"""A request queue shared by workers, where taking work is a lease, not a removal.

scrapy-redis pops a request off a list: a worker killed while it holds requests loses them.
Here the queue is a Redis stream read through one consumer group: a worker's read leaves
each entry *pending* under its name until it acknowledges it (done: stored, or refused for a
reason). An entry left pending longer than the lease (its worker died, or hung) is taken over
by the next worker that asks (``XAUTOCLAIM``), so every request is eventually done by someone.
A worker still busy with an entry renews its lease. An entry delivered ``max_deliveries``
times without being acknowledged (it kills every worker that takes it) is moved to a
dead-letter stream with its delivery count, not retried forever.

Entries are JSON objects (a serialised request); nothing is unpickled.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

import redis

__all__ = ["OVER_BUDGET", "Lease", "LeasedQueue", "queue_key"]

logger = logging.getLogger(__name__)

_GROUP = "workers"

# KEYS: seen set, stream; ARGV: member, entry, budget (0: none). Recorded and pushed together,
# or neither: a call whose reply is lost (Redis killed after doing it) can be made again
# safely. -1: a new request beyond the budget (the set holds that many already).
_PUSH_ONCE = """
if redis.call('SISMEMBER', KEYS[1], ARGV[1]) == 1 then return false end
local budget = tonumber(ARGV[3])
if budget > 0 and redis.call('SCARD', KEYS[1]) >= budget then return -1 end
redis.call('SADD', KEYS[1], ARGV[1])
return redis.call('XADD', KEYS[2], '*', 'd', ARGV[2])
"""
#: What :meth:`LeasedQueue.push_once` returns for a request beyond the budget.
OVER_BUDGET = "over budget"


def queue_key(name: str) -> str:
    """The Redis stream holding source ``name``'s requests."""
    return f"pa:{name}:queue"


@dataclass(frozen=True)
class Lease:
    """One entry held by a worker: acknowledge it with :meth:`LeasedQueue.ack`."""

    entry_id: str
    data: dict[str, Any]
    deliveries: int  # 1 the first time; more when taken over from a worker that did not ack


class LeasedQueue:
    def __init__(self, client: redis.Redis, name: str, *, lease_seconds: float = 60.0,
                 max_deliveries: int = 5) -> None:
        self.client = client
        self.stream = queue_key(name)
        self.dead = f"pa:{name}:dead"
        self.lease_ms = max(1, int(lease_seconds * 1000))
        self.max_deliveries = max_deliveries
        self._push_once: Any = None
        try:
            client.xgroup_create(self.stream, _GROUP, id="0", mkstream=True)
        except redis.ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise

    def push_once(self, seen_key: str, member: str, data: dict[str, Any], budget: int = 0) -> str | None:
        """Add an entry unless ``member`` is in the set ``seen_key`` already (then None), and
        record it there, in one atomic step; with a ``budget``, a new member beyond that many
        in the set is refused (then :data:`OVER_BUDGET`)."""
        if self._push_once is None:
            self._push_once = self.client.register_script(_PUSH_ONCE)
        entry_id = self._push_once(keys=[seen_key, self.stream],
                                   args=[member, json.dumps(data, ensure_ascii=False), budget])
        if entry_id == -1:
            return OVER_BUDGET
        return _text(entry_id) if entry_id else None

    def push(self, data: dict[str, Any]) -> str:
        """Add an entry; return its id."""
        entry_id = self.client.xadd(self.stream, {"d": json.dumps(data, ensure_ascii=False)})
        return _text(entry_id)

    def take(self, worker: str, count: int = 1, *, block_seconds: float | None = None) -> list[Lease]:
        """Up to ``count`` entries for ``worker``: first any whose lease ran out (their
        worker is gone), then new ones (waiting up to ``block_seconds`` for one)."""
        leases = self._reclaim(worker, count)
        if len(leases) < count:
            block = None if block_seconds is None else max(1, int(block_seconds * 1000))
            reply: Any = self.client.xreadgroup(_GROUP, worker, {self.stream: ">"},
                                           count=count - len(leases), block=block)
            for _stream, entries in reply or ():
                leases += [Lease(_text(i), _decode(fields), 1) for i, fields in entries if fields]
        return leases

    def _reclaim(self, worker: str, count: int) -> list[Lease]:
        claim: Any = self.client.xautoclaim(self.stream, _GROUP, worker,
                                            min_idle_time=self.lease_ms, count=count)
        claimed = claim[1]  # [next cursor, entries, deleted ids]
        if not claimed:
            return []
        ids = [_text(i) for i, _ in claimed]
        pending: Any = self.client.xpending_range(self.stream, _GROUP, min=ids[0], max=ids[-1],
                                                  count=len(ids) + 64, consumername=worker)
        times = {_text(p["message_id"]): int(p["times_delivered"]) for p in pending}
        leases = []
        for (_, fields), entry_id in zip(claimed, ids, strict=True):
            if not fields:  # deleted while pending: nothing to do
                self.client.xack(self.stream, _GROUP, entry_id)
                continue
            deliveries = times.get(entry_id, 2)
            if deliveries > self.max_deliveries:
                self._bury(entry_id, fields, deliveries)
                continue
            leases.append(Lease(entry_id, _decode(fields), deliveries))
        if leases:
            logger.info("took over %d request(s) whose worker stopped answering", len(leases))
        return leases

    def _bury(self, entry_id: str, fields: dict, deliveries: int) -> None:
        logger.warning("request %s given up after %d deliveries without an acknowledgement",
                       entry_id, deliveries)
        pipe = self.client.pipeline()
        pipe.xadd(self.dead, {**fields, "deliveries": str(deliveries), "id": entry_id})
        pipe.xack(self.stream, _GROUP, entry_id)
        pipe.xdel(self.stream, entry_id)
        pipe.execute()

    def renew(self, worker: str, entry_ids: list[str]) -> None:
        """Keep holding these entries (their lease starts again now)."""
        if entry_ids:
            ids: list[Any] = list(entry_ids)
            self.client.xclaim(self.stream, _GROUP, worker, min_idle_time=0, message_ids=ids,
                               justid=True)

    def release(self, worker: str, entry_ids: list[str]) -> None:
        """Give these entries back undone (the worker is stopping): the next worker that asks
        takes them at once, not when their lease runs out."""
        if entry_ids:
            ids: list[Any] = list(entry_ids)
            self.client.xclaim(self.stream, _GROUP, worker, min_idle_time=0, message_ids=ids,
                               idle=self.lease_ms + 1, justid=True)

    def ack(self, entry_ids: list[str]) -> None:
        """These entries are done: never handed out again."""
        if entry_ids:
            pipe = self.client.pipeline()
            pipe.xack(self.stream, _GROUP, *entry_ids)
            pipe.xdel(self.stream, *entry_ids)
            pipe.execute()

    def waiting(self) -> int:
        """Entries not yet done: never taken, or held under a lease."""
        return int(self.client.xlen(self.stream))

    def held(self) -> int:
        """Entries taken and not yet acknowledged."""
        return int(self.client.xpending(self.stream, _GROUP)["pending"])

    def dead_letters(self) -> list[dict[str, Any]]:
        """Entries given up, with their delivery counts."""
        entries: Any = self.client.xrange(self.dead)
        return [{**_decode(fields), "deliveries": int(_text(fields[b"deliveries"]))}
                for _id, fields in entries]


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


def _decode(fields: dict) -> dict[str, Any]:
    raw = fields.get(b"d", fields.get("d"))
    return json.loads(raw) if raw is not None else {}
