"""A picture of time: how a file's events spread over days, weeks or months, so a column read
in the wrong unit or zone is seen at a glance (thousands of events in January 1970, a lone
spike a century ahead).

Fed epoch milliseconds a slice at a time; it keeps one count per distinct UTC day (a few
thousand numbers for decades of events), and picks the bin width from the span at the end.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum

import numpy as np

from app.core.time_range import core_range

_MS_PER_DAY = 86_400_000
MAX_BINS = 60  # a chart wider than this stops being readable at a glance


class BinWidth(StrEnum):
    """How wide one bar is."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True)
class Bin:
    """One bar: the first day it covers and how many events fall in it."""

    start: date
    count: int

    def label(self, width: BinWidth) -> str:
        """`2024-03-05`, `week of 2024-03-04`, `2024-03` or `2024`."""
        if width is BinWidth.MONTH:
            return self.start.strftime("%Y-%m")
        if width is BinWidth.YEAR:
            return str(self.start.year)
        if width is BinWidth.WEEK:
            return f"week of {self.start.isoformat()}"
        return self.start.isoformat()


@dataclass(frozen=True)
class Histogram:
    """Events per bin, oldest first; empty bins between the first and last are kept."""

    width: BinWidth
    bins: tuple[Bin, ...]
    events: int
    earlier: int = 0  # far-out events before the first bin (see `TimelineTally.histogram`)
    later: int = 0
    step: int = 1  # years per bar when even one bar a year is too many

    @property
    def first(self) -> date | None:
        return self.bins[0].start if self.bins else None

    def text_lines(self, bar_chars: int = 40) -> list[str]:
        """The chart as text (for `backfill validate` and the text receipt)."""
        if not self.bins:
            return []
        top = max(b.count for b in self.bins)
        labels = [self.label(b) for b in self.bins]
        pad = max(len(label) for label in labels)
        unit = self.width.value if self.step == 1 else f"{self.step} years"
        lines = [f"Events per {unit}, {self.events:,} in all (UTC):"]
        if self.earlier:
            lines.append(f"  {self.earlier:,} far earlier than {self.label(self.bins[0])}")
        for label, b in zip(labels, self.bins, strict=True):
            length = 0 if not b.count else max(1, round(bar_chars * b.count / top))
            lines.append(f"  {label:<{pad}}  {'█' * length:<{bar_chars}}  {b.count:,}")
        if self.later:
            lines.append(f"  {self.later:,} far later than {self.label(self.bins[-1])}")
        return lines

    def label(self, b: Bin) -> str:
        """A bar's label; a bar of several years names its first and last."""
        if self.step > 1:
            return f"{b.start.year}–{b.start.year + self.step - 1}"
        return b.label(self.width)


@dataclass
class TimelineTally:
    """Counts events per UTC day over the slices of a file."""

    _days: dict[int, int] = field(default_factory=dict)
    events: int = 0

    def add(self, epoch_ms: np.ndarray) -> None:
        """Count one slice's timestamps (epoch milliseconds; invalid rows left out by the caller)."""
        values = np.asarray(epoch_ms, dtype=np.int64)
        if not values.size:
            return
        days, counts = np.unique(np.floor_divide(values, _MS_PER_DAY), return_counts=True)
        for day, count in zip(days.tolist(), counts.tolist(), strict=True):
            self._days[day] = self._days.get(day, 0) + count
        self.events += int(values.size)

    def histogram(self, max_bins: int = MAX_BINS) -> Histogram:
        """Bins as wide as the span needs to fit `max_bins` bars (day, week, month, then
        years). Far-out events (`time_range.core_range`) are counted as `earlier` / `later` instead
        of stretching the chart over empty decades."""
        if not self._days:
            return Histogram(BinWidth.DAY, (), 0)
        days = np.array(sorted(self._days), dtype=np.int64)
        counts = np.array([self._days[d] for d in days.tolist()], dtype=np.int64)
        lo, hi = core_range(days, counts)
        inside = (days >= lo) & (days <= hi)
        earlier = int(counts[days < lo].sum())
        later = int(counts[days > hi].sum())
        days, counts = days[inside], counts[inside]
        for width in BinWidth:
            starts = _bin_starts(days, width)
            bins = _bins_between(starts[0], starts[-1], width)
            if bins <= max_bins or width is BinWidth.YEAR:
                step = 1 if width is not BinWidth.YEAR else -(-bins // max_bins)
                filled = _filled(starts, counts, width, step)
                return Histogram(width, filled, self.events, earlier, later, step)
        raise AssertionError("unreachable: YEAR always returns")


def _bin_starts(days: np.ndarray, width: BinWidth) -> list[date]:
    """The first day of each day's bin (weeks start on Monday)."""
    as_dates = [date(1970, 1, 1) + timedelta(days=int(d)) for d in days.tolist()]
    if width is BinWidth.DAY:
        return as_dates
    if width is BinWidth.WEEK:
        return [d - timedelta(days=d.weekday()) for d in as_dates]
    if width is BinWidth.MONTH:
        return [d.replace(day=1) for d in as_dates]
    return [d.replace(month=1, day=1) for d in as_dates]


def _next(start: date, width: BinWidth) -> date:
    if width is BinWidth.DAY:
        return start + timedelta(days=1)
    if width is BinWidth.WEEK:
        return start + timedelta(days=7)
    if width is BinWidth.MONTH:
        return date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return date(start.year + 1, 1, 1)


def _bins_between(first: date, last: date, width: BinWidth) -> int:
    if width is BinWidth.DAY:
        return (last - first).days + 1
    if width is BinWidth.WEEK:
        return (last - first).days // 7 + 1
    if width is BinWidth.MONTH:
        return (last.year - first.year) * 12 + last.month - first.month + 1
    return last.year - first.year + 1


def _filled(
    starts: list[date], counts: np.ndarray, width: BinWidth, step: int = 1
) -> tuple[Bin, ...]:
    """Every bar from the first to the last, empty ones included (`step` years per bar)."""
    if step > 1:
        base = starts[0].year
        starts = [date(base + (d.year - base) // step * step, 1, 1) for d in starts]
    per_start: dict[date, int] = {}
    for start, count in zip(starts, counts.tolist(), strict=True):
        per_start[start] = per_start.get(start, 0) + count
    out: list[Bin] = []
    cursor, last = starts[0], starts[-1]
    while cursor <= last:
        out.append(Bin(cursor, per_start.get(cursor, 0)))
        cursor = _next(cursor, width) if step == 1 else date(cursor.year + step, 1, 1)
    return tuple(out)


def utc_day(epoch_ms: int) -> date:
    """The UTC day of an epoch-milliseconds time."""
    return datetime.fromtimestamp(epoch_ms / 1000, UTC).date()
