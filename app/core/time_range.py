"""A file's own range of time, and the events far outside it: one rule, used by the chart of
events over time (`timeline`) and by the Review group of far-out dates (`timestamp_checks`).

The range is the middle 90 % of events widened by ten times that middle's own span (at least
a week) on each side; days beyond it are far out (a few rows decades from the rest are a
unit or typing mistake far more often than real events).
"""

from __future__ import annotations

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
