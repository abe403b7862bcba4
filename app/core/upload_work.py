"""The upload engine's own bookkeeping values: a chunk waiting to be sent, the running
counts, waits not yet written, the finish rate, and the records handed to `parse_response`."""

from __future__ import annotations

import functools
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, overload

from app.core.journal_store import ChunkPlan, JournalRow
from app.core.records import Record


@dataclass
class Work:
    """A committed chunk waiting to be sent (again)."""

    plan: ChunkPlan
    rows: list[JournalRow]
    attempts: int
    sent_once: bool = False
    on_wire: bool = False
    not_before: float = 0.0
    last_reason: str = ""
    # The last send may have reached the server but its answer never came back.
    answer_lost: bool = False


@dataclass
class Counts:
    """The job's row counts as this run knows them (pending is what is left)."""

    rows: int = 0
    accepted: int = 0
    rejected: int = 0
    failed: int = 0

    @property
    def pending(self) -> int:
        return self.rows - self.accepted - self.rejected - self.failed


@dataclass
class WaitTotals:
    """Waits not yet added to the job's counters (requests are counted as they leave, by
    `Journal.note_sends`)."""

    rate_wait_s: float = 0.0
    retry_after_wait_s: float = 0.0

    def take(self) -> dict[str, Any]:
        """The waits so far, as `settle_chunk` / `add_stats` keywords; starts again from 0."""
        out = {"rate_wait_s": self.rate_wait_s, "retry_after_wait_s": self.retry_after_wait_s}
        self.rate_wait_s = self.retry_after_wait_s = 0.0
        return out


class StopUpload(Exception):
    """Raised inside a send to stop the job (auth, TLS, a request that can never work)."""

    def __init__(self, state: str, message: str) -> None:
        super().__init__(message)
        self.state = state
        self.message = message


@dataclass
class DoneRate:
    """Rows finished per second over the last few seconds."""

    samples: deque[tuple[float, int]] = field(default_factory=lambda: deque(maxlen=64))

    def add(self, now: float, done: int) -> None:
        """Note `done` finished rows at `now` (keeps the last ten seconds or so)."""
        self.samples.append((now, done))
        while len(self.samples) > 2 and now - self.samples[0][0] > 10.0:
            self.samples.popleft()

    def per_s(self, now: float) -> float:
        """Over the samples' span up to now, so a long wait shows as a falling rate."""
        if len(self.samples) < 2:
            return 0.0
        (t0, d0), (_, d1) = self.samples[0], self.samples[-1]
        return (d1 - d0) / (now - t0) if now > t0 else 0.0


def median(values: Iterable[float]) -> float:
    """The middle value (the mean of the two middle ones for an even count)."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


@functools.lru_cache(maxsize=8)
def identity_order(n: int) -> tuple[int, ...]:
    """0 .. n-1: the `sent_order` of a request that keeps the rows as given."""
    return tuple(range(n))


class LazyRecords(Sequence[Record]):
    """The sent records for `parse_response`, decoded only if it looks at one (rejections)."""

    def __init__(self, rows: Sequence[JournalRow]) -> None:
        self._rows = rows

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> Record: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Record]: ...

    def __getitem__(self, index: int | slice) -> Record | Sequence[Record]:
        if isinstance(index, slice):
            return [r.record for r in self._rows[index]]
        return self._rows[index].record
