"""The pieces workers share through Redis (#17), against a real redis-server: a queue whose
reads are leases (nothing lost when a worker dies), a seen-set, and per-host politeness that
holds across workers."""

from __future__ import annotations

import threading
import time

import pytest

from crawler.distributed import HostGate, LeasedQueue, SeenSet
from tests.redis_server import RedisServer


@pytest.fixture
def server(tmp_path):
    with RedisServer(tmp_path / "redis") as running:
        yield running


def test_a_dead_workers_requests_go_to_another_after_the_lease(server):
    queue = LeasedQueue(server.client(), "t", lease_seconds=0.3)
    for n in range(10):
        queue.push({"url": f"https://so.gov.vn/tin/{n}"})
    held_by_dead = queue.take("a", 3)
    alive = queue.take("b", 10)
    assert len(held_by_dead) == 3 and len(alive) == 7
    assert queue.take("b", 10) == []  # held by a: not handed out again while its lease runs
    queue.ack([lease.entry_id for lease in alive])
    time.sleep(0.4)
    taken_over = queue.take("b", 10)
    assert sorted(lease.data["url"] for lease in taken_over) == sorted(
        lease.data["url"] for lease in held_by_dead)
    assert {lease.deliveries for lease in taken_over} == {2}
    queue.ack([lease.entry_id for lease in taken_over])
    assert (queue.waiting(), queue.held()) == (0, 0)
    time.sleep(0.4)
    assert queue.take("c", 10) == []  # acknowledged entries never come back


def test_a_renewed_lease_is_kept(server):
    queue = LeasedQueue(server.client(), "t", lease_seconds=0.3)
    queue.push({"url": "https://so.gov.vn/a"})
    (lease,) = queue.take("a")
    for _ in range(3):
        time.sleep(0.2)
        queue.renew("a", [lease.entry_id])
        assert queue.take("b") == []
    time.sleep(0.4)
    assert [taken.entry_id for taken in queue.take("b")] == [lease.entry_id]


def test_workers_taking_at_once_never_share_an_entry(server):
    queue = LeasedQueue(server.client(), "t")
    for n in range(400):
        queue.push({"n": n})
    got: dict[str, list[int]] = {}

    def work(name: str) -> None:
        own = LeasedQueue(server.client(), "t")
        mine = got.setdefault(name, [])
        while batch := own.take(name, 7):
            mine += [lease.data["n"] for lease in batch]
            own.ack([lease.entry_id for lease in batch])

    threads = [threading.Thread(target=work, args=(f"w{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    taken = [n for mine in got.values() for n in mine]
    assert sorted(taken) == list(range(400))
    assert sum(1 for mine in got.values() if mine) > 1


def test_an_entry_that_kills_every_worker_is_given_up(server):
    queue = LeasedQueue(server.client(), "t", lease_seconds=0.1, max_deliveries=2)
    queue.push({"url": "https://so.gov.vn/doc"})
    delivered = []
    for worker in ("a", "b", "c", "d"):
        delivered += [lease.deliveries for lease in queue.take(worker)]
        time.sleep(0.15)  # each dies holding it
    assert delivered == [1, 2]
    (dead,) = queue.dead_letters()
    assert dead["url"] == "https://so.gov.vn/doc" and dead["deliveries"] == 3
    assert queue.waiting() == 0


def test_queued_and_leased_entries_survive_a_redis_kill(server):
    queue = LeasedQueue(server.client(), "t", lease_seconds=0.2)
    for n in range(5):
        queue.push({"n": n})
    done = queue.take("a", 2)
    queue.ack([lease.entry_id for lease in done])
    queue.take("a", 1)  # held when Redis dies
    server.kill()
    server.start()  # same port, same append-only file
    queue = LeasedQueue(server.client(), "t", lease_seconds=0.2)
    time.sleep(0.3)
    rest = queue.take("b", 10)
    assert sorted(lease.data["n"] for lease in rest) == [2, 3, 4]


def test_of_workers_adding_one_request_exactly_one_schedules_it(server):
    seen = SeenSet(server.client(), "t")
    wins: list[bool] = []
    lock = threading.Lock()

    def add() -> None:
        own = SeenSet(server.client(), "t")
        for n in range(200):
            first = own.add(f"fp{n}")
            with lock:
                wins.append(first)

    threads = [threading.Thread(target=add) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert wins.count(True) == 200 and len(seen) == 200 and "fp7" in seen
    seen.forget("fp7")
    assert "fp7" not in seen and seen.add("fp7")


def test_a_hosts_concurrency_and_delay_hold_across_workers(server):
    """Eight threads with their own connections (as eight workers), each starting requests
    to one host allowed two at a time: never more than two in flight, measured here."""
    in_flight, peak, done = [0], [0], [0]
    lock = threading.Lock()

    def worker() -> None:
        gate = HostGate(server.client(), "t")
        for _ in range(6):
            while (grant := gate.acquire("sotttt.hue.gov.vn", concurrency=2)).token is None:
                time.sleep(grant.wait)
            with lock:
                in_flight[0] += 1
                peak[0] = max(peak[0], in_flight[0])
            time.sleep(0.01)
            with lock:
                in_flight[0] -= 1
                done[0] += 1
            gate.release("sotttt.hue.gov.vn", grant.token)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert done[0] == 48 and peak[0] == 2

    gate = HostGate(server.client(), "t")
    starts = []
    for _ in range(4):
        while (grant := gate.acquire("moh.gov.vn", concurrency=4, delay=0.1)).token is None:
            time.sleep(grant.wait)
        starts.append(time.monotonic())
        gate.release("moh.gov.vn", grant.token)
    gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    assert min(gaps) >= 0.09


def test_a_dead_workers_slot_expires_and_pauses_and_give_ups_are_shared(server):
    gate = HostGate(server.client(), "t", slot_seconds=0.2)
    assert gate.acquire("a.gov.vn", concurrency=1).token  # its worker dies holding it
    refused = gate.acquire("a.gov.vn", concurrency=1)
    assert refused.token is None and 0 < refused.wait <= 0.2
    time.sleep(0.25)
    assert gate.acquire("a.gov.vn", concurrency=1).token

    other = HostGate(server.client(), "t")  # another worker
    assert gate.pause("b.gov.vn", 0.5) == pytest.approx(0.5, abs=0.01)
    assert other.pause("b.gov.vn", 0.1) > 0.3  # a shorter pause does not cut a longer one
    waiting = other.acquire("b.gov.vn", concurrency=5)
    assert waiting.token is None and waiting.wait > 0.3

    assert gate.give_up("c.gov.vn", "connection_refused", for_seconds=5)
    assert not other.give_up("c.gov.vn", "timeout", for_seconds=5)
    assert other.given_up("c.gov.vn") == "connection_refused"
    assert other.given_up("d.gov.vn") is None


def test_the_first_worker_starts_a_run_the_others_join_it_and_a_dead_one_drops_out(server):
    from crawler.distributed.runs import SharedRun

    client = server.client()
    run = SharedRun(client, "t", member_seconds=1.0)
    queue, seen = LeasedQueue(client, "t"), SeenSet(client, "t")
    seen.add("GET https://so.gov.vn/tin/0")  # left by the last run, which finished
    assert run.join("a", "run-a") == ("run-a", True)  # a new run: the last one is forgotten
    assert len(seen) == 0
    seen.add("GET https://so.gov.vn/")
    queue.push({"url": "https://so.gov.vn/"})
    assert run.join("b", "run-b") == ("run-a", False)  # joins, forgets nothing
    assert len(seen) == 1 and sorted(run.alive()) == ["a", "b"]
    assert run.beat("a")
    run.leave("a")
    time.sleep(1.2)  # b was killed: its membership runs out
    assert run.alive() == [] and not run.beat("b")  # b was presumed gone
    # every worker gone, work left: the next worker goes on with that run, forgetting nothing
    run.leave("b")
    assert run.join("c", "run-c") == ("run-a", False)
    assert len(seen) == 1 and queue.waiting() == 1


def test_the_page_budget_holds_across_workers(server):
    client = server.client()
    queue, seen = LeasedQueue(client, "t"), SeenSet(client, "t")
    took = [queue.push_once(seen.key, f"GET https://so.gov.vn/tin/{n}", {"url": str(n)}, 5)
            for n in range(8)]
    assert sum(1 for t in took if t and t != "over budget") == 5
    assert took[5:] == ["over budget"] * 3
    # a request seen already is a duplicate, not over the budget
    assert queue.push_once(seen.key, "GET https://so.gov.vn/tin/0", {"url": "0"}, 5) is None
    assert len(seen) == 5 and queue.waiting() == 5


def test_workers_of_a_shared_frontier_share_the_file_lock_a_plain_crawl_takes_alone(tmp_path):
    from archive.locks import SourceBusy, source_lock

    with source_lock(tmp_path, "s", shared=True), source_lock(tmp_path, "s", shared=True):
        with pytest.raises(SourceBusy):
            with source_lock(tmp_path, "s"):
                pass
    with source_lock(tmp_path, "s"):
        with pytest.raises(SourceBusy):
            with source_lock(tmp_path, "s", shared=True):
                pass


def test_one_processs_gate_keeps_a_hosts_concurrency_and_frees_a_forgotten_slot():
    from crawler.distributed.hosts import LocalGate

    gate = LocalGate(slot_seconds=0.2)
    first, second = (gate.acquire("a.gov.vn", concurrency=2) for _ in range(2))
    third = gate.acquire("a.gov.vn", concurrency=2)
    assert first.token and second.token and third.token is None and 0 < third.wait <= 0.05
    assert gate.acquire("b.gov.vn", concurrency=2).token  # another host is another count
    gate.release("a.gov.vn", first.token)
    assert gate.acquire("a.gov.vn", concurrency=2).token
    time.sleep(0.25)  # slots never given back free themselves
    assert gate.in_flight("a.gov.vn") == 2 and gate.acquire("a.gov.vn", concurrency=2).token
