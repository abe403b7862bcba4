"""The checks of a timestamp field: unreadable values, times the clocks skipped or repeated,
dates before 1971, in the future, or far outside the file's own range; with a one-click fix
where one exists (the other date order, another unit for a column of numbers) and a note
saying how a column of numbers was read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from app.core.checks import Checks
from app.core.fields import DestinationSchema, FieldSpec
from app.core.mapping import FieldSource, Mapping
from app.core.number_dates import UNIT_FIX_WORDS, UNIT_WORDS, NumberReading, better_unit
from app.core.payload_columns import ColumnValues, PayloadColumns, as_numpy
from app.core.phrases import Phrase
from app.core.time_range import MS_PER_DAY, RangeTally, far_out
from app.core.timestamps import BY_SIZE, TimestampParse, format_iso, parse_timestamps

if TYPE_CHECKING:
    from app.core.validation_result import ValidationResult

FUTURE_TOLERANCE_MS = 24 * 3600 * 1000
# Events before 1971 are almost always a unit mistake (milliseconds read as seconds land in
# January 1970) or a date read the wrong way; 1971 keeps the whole first epoch year out.
EARLIEST_PLAUSIBLE_MS = 31_536_000_000  # 1971-01-01T00:00:00Z
EARLIEST_PLAUSIBLE_YEAR = 1971


@dataclass(frozen=True)
class ColumnReading:
    """How a whole timestamp column was read, so an edit's few rows are read the same way."""

    unit: str | None  # the unit detected for its numbers (BY_SIZE: each by size); None: none
    days: tuple[int, int] | None  # the file's own range (first and last day since 1970)
    unit_fix: str | None = None  # the unit that would read the column's numbers better


@dataclass(frozen=True)
class TimestampOutcome:
    """What checking a timestamp field says beyond its issues."""

    notes: list[Phrase]
    reading: ColumnReading


@dataclass(frozen=True)
class TimestampField:
    """The field being checked: its spec, the column it is read from, and how it is read."""

    spec: FieldSpec
    column: str | None
    src: FieldSource

    @property
    def label(self) -> str:
        return self.spec.label

    @property
    def lower(self) -> str:
        return self.spec.label.lower()

    def phrase(self, template: str, *, lower: bool = False, **values: str | Phrase) -> Phrase:
        """A sentence about this field (its label lower-cased inside a group's summary)."""
        return Phrase.of(template, label=Phrase(self.lower if lower else self.label), **values)

    def add(
        self,
        checks: Checks,
        mask: np.ndarray,
        code: str,
        severity: str,
        summary: str | Phrase,
        messages: np.ndarray | str | Phrase,
        fix: str | None = None,
    ) -> None:
        """Record one check of this field."""
        checks.add(mask, self.spec.name, self.column, code, severity, summary, messages, fix)


def check_timestamp(
    checks: Checks,
    columns: PayloadColumns,
    spec: FieldSpec,
    column: str | None,
    values: pd.Series,
    src: FieldSource,
    schema: DestinationSchema,
    now_ms: int,
    fixed_iso: str,
    *,
    whole_column: bool = True,
    pinned: ColumnReading | None = None,
) -> TimestampOutcome:
    """Parse a timestamp field, add its checks and values; returns notes on how it was read
    and the column's reading.

    `whole_column`: `values` are the whole file's (not a slice or an edit's few rows), so
    dates far outside the file's own range can be told. `pinned`: an edit's few rows are read
    and judged as the whole column was (its unit and its range).
    """
    n = len(values)
    parsed = parse_timestamps(
        values,
        order=src.date_order,  # type: ignore[arg-type]
        timezone=src.timezone,
        numbers=src.numeric_dates,  # type: ignore[arg-type]
        column_unit=pinned.unit if pinned is not None else None,
    )
    tf = TimestampField(spec, column, src)
    # An edit's rows take the whole column's fix, not one judged on themselves.
    mended, unit_fix = _unit_fix(parsed, now_ms, pinned)
    bad = ~parsed.ok & ~parsed.empty
    if bad.any():
        _unreadable(checks, tf, parsed, bad, mended, unit_fix)
    event = schema.record_kind == "event"
    iso = parsed.iso  # a fresh array of this call's own (a 1M-object copy holds the GIL ~10 ms)
    if event:
        iso[parsed.empty] = fixed_iso
        tf.add(
            checks, parsed.empty, "empty_timestamp", "warning",
            tf.phrase("{label} is empty; the validation time is used", lower=True),
            tf.phrase("{label} is empty; {time} (validation time) will be sent", time=fixed_iso),
        )  # fmt: skip
    fix = _Fixing(mended, unit_fix)
    plausible = _implausible(checks, tf, parsed, now_ms, fix)
    if whole_column or (pinned is not None and pinned.days is not None):
        days = _far_out(checks, tf, parsed, plausible, fix, pinned.days if pinned else None)
    else:
        days = None
    iso[bad] = ""
    key = np.where(parsed.empty, now_ms - now_ms % 1000, parsed.epoch_ms)
    present = parsed.ok | (parsed.empty if event else np.zeros(n, dtype=bool))
    columns.fields[spec.name] = ColumnValues(iso, present, key)
    reading = parsed.numbers
    unit = (reading.unit or BY_SIZE) if reading is not None and reading.detected else None
    return TimestampOutcome(_notes(tf, parsed), ColumnReading(unit, days, unit_fix))


def _unit_fix(
    parsed: TimestampParse, now_ms: int, pinned: ColumnReading | None
) -> tuple[np.ndarray, str | None]:
    """(the rows the fix mends, the unit that would read more of the column's numbers as
    plausible dates, if any): rows whose number reads as a plausible date in that unit."""
    rows = np.zeros(len(parsed.ok), dtype=bool)
    reading = parsed.numbers
    if reading is None:
        return rows, None
    hi = now_ms + FUTURE_TOLERANCE_MS
    if pinned is not None:
        unit = pinned.unit_fix
    else:
        current = np.where(parsed.ok[reading.rows], parsed.epoch_ms[reading.rows], np.nan)
        unit = better_unit(reading, current, EARLIEST_PLAUSIBLE_MS, hi)
    if unit is None:
        return rows, None
    fixed = reading.readings(unit)
    rows[reading.rows[(fixed >= EARLIEST_PLAUSIBLE_MS) & (fixed <= hi)]] = True
    return rows, unit


def _with_fix(
    checks: Checks,
    tf: TimestampField,
    mask: np.ndarray,
    code: str,
    summary: Phrase,
    messages: np.ndarray | str | Phrase,
    mended: np.ndarray,
    unit_fix: str | None,
    severity: str = "warning",
) -> None:
    """One check; the rows the unit fix mends apart, with the fix, when there is one."""
    if unit_fix is None:
        tf.add(checks, mask, code, severity, summary, messages)
        return
    fixable = mask & mended
    fixed = Phrase.of("{problem} ({fix}?)", problem=summary, fix=Phrase(UNIT_FIX_WORDS[unit_fix]))
    tf.add(checks, fixable, code, severity, fixed, messages, unit_fix)
    tf.add(checks, mask & ~fixable, code, severity, summary, messages)


def _unreadable(
    checks: Checks,
    tf: TimestampField,
    parsed: TimestampParse,
    bad: np.ndarray,
    mended: np.ndarray,
    unit_fix: str | None,
) -> None:
    """Values that are no date: the other date order or another unit fixes some."""
    messages = np.char.add(f"{tf.label}: ", parsed.reason.astype(str)).astype(object)
    read_day_first = bad & (parsed.reason == "not a date when read day-first")
    read_month_first = bad & (parsed.reason == "not a date when read month-first")
    for mask, fix in ((read_day_first, "month_first"), (read_month_first, "day_first")):
        tf.add(
            checks, mask, "invalid_timestamp", "error",
            tf.phrase(
                "{label} only reads as a date the other way round ({order})", lower=True,
                order=Phrase(fix.replace("_", "-")),
            ),
            messages, fix,
        )  # fmt: skip
    skipped = bad & np.char.startswith(parsed.reason.astype(str), "no such time in ")
    tf.add(
        checks, skipped, "skipped_local_time", "error",
        tf.phrase(
            "{label} is a time the clocks skipped in {zone} (daylight saving starts)",
            lower=True, zone=tf.src.timezone,
        ),
        messages,
    )  # fmt: skip
    rest = bad & ~read_day_first & ~read_month_first & ~skipped
    _with_fix(
        checks, tf, rest, "invalid_timestamp",
        tf.phrase("{label} is not a date/time Backfill can read", lower=True), messages, mended, unit_fix, "error",
    )  # fmt: skip


@dataclass(frozen=True)
class _Fixing:
    """The unit that would read the column's numbers better (if any), and the rows it mends."""

    mended: np.ndarray
    unit_fix: str | None


def _implausible(
    checks: Checks, tf: TimestampField, parsed: TimestampParse, now_ms: int, fix: _Fixing
) -> np.ndarray:
    """Warnings on readable dates: in the future, before 1971, repeated by the clocks; returns
    the rows that are plausible."""
    ok = parsed.ok
    future = ok & (parsed.epoch_ms > now_ms + FUTURE_TOLERANCE_MS)
    early = ok & (parsed.epoch_ms < EARLIEST_PLAUSIBLE_MS)
    _with_fix(
        checks, tf, future, "future_timestamp", tf.phrase("{label} is in the future", lower=True),
        tf.phrase("{label} is in the future"), fix.mended, fix.unit_fix,
    )  # fmt: skip
    year = str(EARLIEST_PLAUSIBLE_YEAR)
    _with_fix(
        checks, tf, early, "implausible_timestamp",
        tf.phrase("{label} is before {year}", lower=True, year=year),
        tf.phrase("{label} is before {year} — check the date format", year=year),
        fix.mended, fix.unit_fix,
    )  # fmt: skip
    tf.add(
        checks, ok & parsed.repeated, "repeated_local_time", "warning",
        tf.phrase(
            "{label} happened twice in {zone} (clocks went back); "
            "the first (summer time) was taken", lower=True, zone=tf.src.timezone,
        ),
        tf.phrase(
            "{label} happened twice in {zone}; read as the first (summer time)",
            zone=tf.src.timezone,
        ),
    )  # fmt: skip
    return ok & ~future & ~early


def _far_out(
    checks: Checks,
    tf: TimestampField,
    parsed: TimestampParse,
    plausible: np.ndarray,
    fix: _Fixing,
    days: tuple[int, int] | None,
) -> tuple[int, int] | None:
    """Dates far outside the file's own range (`days`, first and last; None: the range of
    these rows, as the chart judges it). Returns the range used."""
    at = np.flatnonzero(plausible)
    day = np.floor_divide(parsed.epoch_ms[at], MS_PER_DAY)
    if days is None:
        if not at.size:
            return None
        inside = ~far_out(parsed.epoch_ms[at])
        days = (int(day[inside].min()), int(day[inside].max()))
    outside = np.zeros(len(plausible), dtype=bool)
    outside[at[(day < days[0]) | (day > days[1])]] = True
    if outside.any():
        first_ms, last_ms = days[0] * MS_PER_DAY, days[1] * MS_PER_DAY
        _with_fix(
            checks, tf, outside, "far_out_timestamp",
            far_out_summary(tf.lower, first_ms, last_ms),
            far_out_summary(tf.label, first_ms, last_ms), fix.mended, fix.unit_fix,
        )  # fmt: skip
    return days


def far_out_summary(label: str, first_ms: int, last_ms: int) -> Phrase:
    """`Timestamp is far outside the file's other dates (2023-01-04 to 2024-06-30)`."""
    first, last = format_iso(np.array([first_ms, last_ms], dtype=np.int64))
    return Phrase.of(
        "{label} is far outside the file's other dates ({first} to {last})",
        label=Phrase(label),
        first=first[:10],
        last=last[:10],
    )


@dataclass(frozen=True)
class FarOutGroup:
    """A whole file's far-out dates of one field, told after its last slice."""

    field: str
    column: str | None
    summary: str
    count: int
    first_rows: tuple[int, ...]
    words: Phrase | None = None  # the summary's template and values


@dataclass
class FarOutAcrossSlices:
    """Far-out dates of a file validated slice by slice: a slice alone cannot tell them (the
    range is the whole file's), so each slice's plausible times are counted here by day."""

    tallies: dict[str, RangeTally] = field(default_factory=dict)

    def add(self, result: ValidationResult) -> None:
        """Count the plausible times of one slice's timestamp fields."""
        mapping = result.mapping
        now_ms = int(result.now.timestamp() * 1000)
        fixed = now_ms - now_ms % 1000  # an empty event cell's time: not the file's own
        for spec in mapping.schema.fields:
            values = result.columns.fields.get(spec.name)
            if spec.kind != "timestamp" or values is None:
                continue
            if mapping.source(spec.name).kind != "column":
                continue
            key = np.asarray(as_numpy(values.key), dtype=np.int64)
            keep = np.asarray(values.present, dtype=bool) & (key != fixed)
            keep &= (key >= EARLIEST_PLAUSIBLE_MS) & (key <= now_ms + FUTURE_TOLERANCE_MS)
            tally = self.tallies.setdefault(spec.name, RangeTally())
            tally.add(key[keep], result.row_numbers[keep])

    def groups(self, mapping: Mapping) -> list[FarOutGroup]:
        """One group per timestamp field with far-out dates."""
        out = []
        for name, tally in self.tallies.items():
            found = tally.far_out()
            if found is None:
                continue
            spec = mapping.schema.field(name)
            words = far_out_summary(spec.label.lower(), found.first_ms, found.last_ms)
            column = mapping.source(name).column
            out.append(FarOutGroup(name, column, str(words), found.count, found.first_rows, words))
        return out


def _notes(tf: TimestampField, parsed: TimestampParse) -> list[Phrase]:
    """How the column was read, where the values decided it: the date order, the unit."""
    notes: list[Phrase] = []
    name = tf.column or tf.label
    if parsed.ambiguous and tf.src.date_order == "auto":
        notes.append(
            Phrase.of(
                "Every date in '{column}' could be day-first or month-first; they were read "
                "day-first. Choose the date order in the mapping if that is wrong.",
                column=name,
            )
        )
    reading = parsed.numbers
    if reading is not None and reading.detected:
        notes.append(unit_phrase(name, reading))
    return notes


def unit_phrase(name: str, reading: NumberReading) -> Phrase:
    """How column `name`'s numbers were read, when the values decided it."""
    if reading.unit is not None:
        return Phrase.of(
            "'{column}' holds {unit} (read as such); choose another unit "
            "in the mapping if that is wrong.",
            column=name,
            unit=Phrase(UNIT_WORDS[reading.unit]),
        )
    return Phrase.of(
        "'{column}' mixes numbers of different sizes; each was read by its size (Excel serial "
        "days, epoch seconds, milliseconds or microseconds). Choose one unit in the mapping if "
        "they are all of one kind.",
        column=name,
    )


def detected_unit(values: pd.Series) -> NumberReading | None:
    """How `values` (a sample of a column) read as plain numbers with the unit left to detect;
    None when they hold none (the Map step shows the unit before validation)."""
    return parse_timestamps(values).numbers
