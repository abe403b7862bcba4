"""Plain numbers as instants: epoch seconds, milliseconds and microseconds, and Excel/LibreOffice
serial day numbers (1900 or 1904 base), told apart by magnitude.

The magnitude classes do not overlap, so each number has one natural reading: serial days
10,000–200,000 (1927–2447), epoch seconds 1e8–1e11 (1973–5138), milliseconds 1e11–1e14 and
microseconds 1e14–1e17. A column is read in one unit: the class that more than half of its
numbers fall in. Only when no class holds a majority is each number read by its own size (a
column mixing units on purpose is rare; the note says so). A 1904-based serial cannot be told
from a 1900-based one by size: the operator chooses it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

NumberUnit = str  # one of NUMBER_UNITS
NUMBER_UNITS: tuple[str, ...] = ("excel", "excel_1904", "epoch_s", "epoch_ms", "epoch_us")
UNIT_WORDS: dict[str, str] = {
    "excel": "Excel serial day numbers",
    "excel_1904": "Excel serial day numbers (1904 base)",
    "epoch_s": "epoch seconds",
    "epoch_ms": "epoch milliseconds",
    "epoch_us": "epoch microseconds",
}
UNIT_FIX_WORDS: dict[str, str] = {
    "excel": "read as Excel serial days",
    "excel_1904": "read as Excel serial days (1904 base)",
    "epoch_s": "read as seconds",
    "epoch_ms": "read as milliseconds",
    "epoch_us": "read as microseconds",
}
# Days from 1970-01-01 back to each serial base's day zero (1899-12-30 and 1904-01-01).
_BASE_DAYS = {"excel": -25_569, "excel_1904": -24_107}
_MS_PER_DAY = 86_400_000
_MS_PER = {"epoch_s": 1000.0, "epoch_ms": 1.0, "epoch_us": 0.001}
# Half-open magnitude ranges of each size class (the 1904 serial shares the 1900 one's).
_SIZES: tuple[tuple[str, float, float], ...] = (
    ("excel", 1e4, 2e5),
    ("epoch_s", 1e8, 1e11),
    ("epoch_ms", 1e11, 1e14),
    ("epoch_us", 1e14, 1e17),
)
MAX_ABS_MS = 2.5e14  # about year 9892: beyond it a number is no date Backfill sends


def unit_code(unit: NumberUnit) -> int:
    """A unit's code in `size_classes` (0 is no unit)."""
    return NUMBER_UNITS.index(unit) + 1


def size_classes(raw: np.ndarray) -> np.ndarray:
    """The size class of each number as a unit code (int8; 0 for none): numbers, not Python
    objects, so a million values cost a few milliseconds."""
    out = np.zeros(raw.shape, dtype=np.int8)
    for unit, lo, hi in _SIZES:
        out[(raw >= lo) & (raw < hi)] = unit_code(unit)
    return out


def majority_unit(classes: np.ndarray) -> NumberUnit | None:
    """The size class more than half of the classified numbers fall in, else None."""
    counts = np.bincount(classes, minlength=len(NUMBER_UNITS) + 1)[1:]
    named = int(counts.sum())
    best = int(np.argmax(counts))
    return NUMBER_UNITS[best] if named and counts[best] * 2 > named else None


def to_epoch_ms(raw: np.ndarray, unit: NumberUnit) -> np.ndarray:
    """Numbers read in `unit` as epoch milliseconds (float64, rounded; serials are wall-clock)."""
    with np.errstate(invalid="ignore", over="ignore"):
        if unit in _BASE_DAYS:
            return np.round((raw + _BASE_DAYS[unit]) * _MS_PER_DAY)
        return np.round(raw * _MS_PER[unit])


@dataclass(frozen=True)
class NumberReading:
    """How a column's plain numbers were read: which rows, their values, and the unit."""

    rows: np.ndarray  # row positions of the numbers read as times (not compact dates)
    raw: np.ndarray  # float64 values at `rows`
    unit: NumberUnit | None  # the unit used for every number; None: each read by its size
    detected: bool  # the unit came from the values (the mapping said "auto")

    def readings(self, unit: NumberUnit) -> np.ndarray:
        """Every number read in `unit` (epoch ms, float64)."""
        return to_epoch_ms(self.raw, unit)


def plausible_count(ms: np.ndarray, lo_ms: int, hi_ms: int) -> int:
    """How many readings fall between `lo_ms` and `hi_ms` (inclusive)."""
    return int(((ms >= lo_ms) & (ms <= hi_ms)).sum())


def better_unit(
    reading: NumberReading, current: np.ndarray, lo_ms: int, hi_ms: int
) -> NumberUnit | None:
    """The unit that puts the most numbers between `lo_ms` and `hi_ms`, when it puts more there
    than the reading used (`current`, epoch ms at `reading.rows`); None when none does better."""
    if not reading.raw.size:
        return None
    best, best_count = None, plausible_count(current, lo_ms, hi_ms)
    for unit in NUMBER_UNITS:
        if unit == reading.unit:
            continue
        count = plausible_count(reading.readings(unit), lo_ms, hi_ms)
        if count > best_count:
            best, best_count = unit, count
    return best
