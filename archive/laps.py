"""Time spent in each phase of a long job (indexing, dedup), for the reports that print it."""

from __future__ import annotations

import time


class Laps:
    """``lap("name")`` writes the seconds since the previous lap (or since creation) under
    ``name`` in ``into``, rounded to hundredths."""

    def __init__(self, into: dict[str, float]) -> None:
        self.into = into
        self._tick = time.perf_counter()

    def __call__(self, name: str) -> None:
        now = time.perf_counter()
        self.into[name] = round(now - self._tick, 2)
        self._tick = now
