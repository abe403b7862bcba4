"""A file's own range of time, and the events far outside it: one rule, used by the chart of
events over time (`timeline`) and by the Review group of far-out dates (`timestamp_checks`).

The range is the middle 90 % of events widened by ten times that middle's own span (at least
a week) on each side; days beyond it are far out (a few rows decades from the rest are a
unit or typing mistake far more often than real events).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

MS_PER_DAY = 86_400_000
MIN_EVENTS = 20  # fewer events than this say too little about a range to call any far out


def core_range(days: np.ndarray, counts: np.ndarray) -> tuple[int, int]:
    """The first and last day within the range, from distinct ascending `days` and their
    event `counts`: all of them, less far-out tails."""
    total = int(counts.sum())
    if total < MIN_EVENTS or days.size < 3:
        return int(days[0]), int(days[-1])
    cumulative = np.cumsum(counts)
    lo = int(days[int(np.searchsorted(cumulative, total * 0.05, side="right"))])
    hi = int(days[min(int(np.searchsorted(cumulative, total * 0.95)), days.size - 1)])
    reach = 10 * max(hi - lo, 7)
    inside = days[(days >= lo - reach) & (days <= hi + reach)]
    return int(inside[0]), int(inside[-1])


def far_out(epoch_ms: np.ndarray) -> np.ndarray:
    """Which of these times (epoch ms) lie far outside their own range (bool mask)."""
    values = np.asarray(epoch_ms, dtype=np.int64)
    if values.size < MIN_EVENTS:
        return np.zeros(values.size, dtype=bool)
    day = np.floor_divide(values, MS_PER_DAY)
    days, counts = np.unique(day, return_counts=True)
    lo, hi = core_range(days, counts)
    return (day < lo) | (day > hi)


FIRST_ROWS_KEPT = 10  # as many as a problem group shows


@dataclass
class RangeTally:
    """The days of a file's times summed slice by slice, each with its first few rows, so the
    far-out rows can be told once the whole file has been seen (one entry per distinct day)."""

    _days: dict[int, list[int]] = field(default_factory=dict)  # day → [count, first rows…]

    def add(self, epoch_ms: np.ndarray, row_numbers: np.ndarray) -> None:
        """Count one slice's times (epoch ms) on their spreadsheet rows (ascending)."""
        if not len(epoch_ms):
            return
        day = np.floor_divide(np.asarray(epoch_ms, dtype=np.int64), MS_PER_DAY)
        order = np.argsort(day, kind="stable")
        days, starts, counts = np.unique(day[order], return_index=True, return_counts=True)
        rows = np.asarray(row_numbers)[order]
        for d, start, count in zip(days.tolist(), starts.tolist(), counts.tolist(), strict=True):
            entry = self._days.setdefault(d, [0])
            entry[0] += count
            room = FIRST_ROWS_KEPT + 1 - len(entry)
            if room > 0:
                entry.extend(rows[start : start + min(room, count)].tolist())

    def far_out(self) -> FarOut | None:
        """The far-out rows (how many, the first ones) and the range they are far from."""
        if not self._days:
            return None
        days = np.array(sorted(self._days), dtype=np.int64)
        counts = np.array([self._days[d][0] for d in days.tolist()], dtype=np.int64)
        lo, hi = core_range(days, counts)
        outside = [d for d in days.tolist() if d < lo or d > hi]
        if not outside:
            return None
        count = sum(self._days[d][0] for d in outside)
        rows = sorted(r for d in outside for r in self._days[d][1:])[:FIRST_ROWS_KEPT]
        return FarOut(count, tuple(rows), lo * MS_PER_DAY, hi * MS_PER_DAY)


@dataclass(frozen=True)
class FarOut:
    """Far-out rows of a whole file: how many, the first few, and the range they are far from."""

    count: int
    first_rows: tuple[int, ...]
    first_ms: int  # the range's first day (epoch ms)
    last_ms: int  # the range's last day
