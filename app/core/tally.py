"""A file validated slice by slice: each slice's result becomes a job part, and the counts and
problem groups are summed here, so what the operator is told covers the whole file while only
one slice's validation is alive at a time."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

import numpy as np

from app.core.duplicates import DuplicateMemory
from app.core.insight import Insight
from app.core.issues import sort_groups
from app.core.jobs import JobPart
from app.core.mapping import Mapping
from app.core.phrases import Phrase
from app.core.stream import SlicedFile
from app.core.table import Table
from app.core.timestamp_checks import FarOutAcrossSlices
from app.core.validate import (
    FIRST_ROWS_SHOWN,
    ValidationResult,
    group_words,
    summary_words,
    validate,
)


@dataclass
class GroupTally:
    """One problem (field, code, fix) summed over the slices."""

    field: str
    code: str
    severity: str
    summary: str
    column: str | None = None
    fix: str | None = None
    count: int = 0
    # `field` is a column name here (the attribute above), so the dataclasses one is spelled out.
    first_rows: list[int] = dataclasses.field(default_factory=list)
    words: Phrase | None = None  # the summary's template and values (see IssueGroup.words)

    @property
    def message(self) -> str:
        """The same sentence a whole-file validation gives for this group."""
        return group_words(self.count, self.summary, self.first_rows)


@dataclass
class ValidationTally:
    """Counts, groups and notes of every slice validated so far."""

    rows: int = 0
    valid: int = 0
    invalid: int = 0
    warnings: int = 0
    slices: int = 0
    timestamp_fixed_at: str | None = None
    groups: dict[tuple[str, str, str | None], GroupTally] = field(default_factory=dict)
    notes: dict[Phrase, None] = field(default_factory=dict)
    # Users and time of the valid rows (`backfill validate` shows them); None: not counted.
    insight: Insight | None = None
    # A file read in slices: far-out dates are told once every slice is seen (see `settle`).
    far_out: FarOutAcrossSlices | None = None

    def add(self, result: ValidationResult) -> None:
        """Sum one slice's result in."""
        self.slices += 1
        self.rows += result.total_rows
        self.valid += result.valid_count
        self.invalid += result.invalid_count
        self.warnings += result.warning_count
        self.timestamp_fixed_at = self.timestamp_fixed_at or result.timestamp_fixed_at
        if self.insight is not None:
            self.insight.add(result)
        if self.far_out is not None:
            self.far_out.add(result)
        for note in result.notes:
            self.notes.setdefault(note, None)
        for group in result.groups:
            key = (group.field, group.code, group.fix)
            tally = self.groups.get(key)
            if tally is None:
                tally = self.groups[key] = GroupTally(
                    group.field, group.code, group.severity, group.summary, group.column, group.fix,
                    words=group.words,
                )  # fmt: skip
            tally.count += group.count
            room = FIRST_ROWS_SHOWN - len(tally.first_rows)
            if room > 0:
                tally.first_rows.extend(group.rows[:room])

    def settle(self, mapping: Mapping) -> None:
        """After the last slice: the groups only the whole file can tell (far-out dates)."""
        if self.far_out is None:
            return
        for found in self.far_out.groups(mapping):
            self.groups[(found.field, "far_out_timestamp", None)] = GroupTally(
                found.field, "far_out_timestamp", "warning", found.summary, found.column, None,
                found.count, list(found.first_rows), found.words,
            )  # fmt: skip
            self.warnings += found.count
        self.far_out = None

    def summary_line(self) -> str:
        """`12,408 rows: 12,371 valid, 37 invalid, 5 warnings`."""
        return summary_words(self.rows, self.valid, self.invalid, self.warnings, 0)

    def sorted_groups(self) -> list[GroupTally]:
        """Errors first, then the largest groups (as a whole-file validation sorts them)."""
        return sort_groups(self.groups.values())


# A streamed file's first slice is validated in two parts, this many rows first: the job's
# first commit (two 1,000-row blocks) is then written, and sent, before the other 8,000 rows
# of the slice are validated (the README's Performance section has the measured effect).
HEAD_ROWS = 2_000


def _early_head(slices: Iterator[Table]) -> Iterator[Table]:
    """The slices with the first one cut after `HEAD_ROWS` rows (same rows, same order)."""
    first = next(slices, None)
    if first is None:
        return
    if len(first) > 2 * HEAD_ROWS and not first.values:
        yield _rows(first, 0, HEAD_ROWS, first.warnings)
        yield _rows(first, HEAD_ROWS, len(first), [])
    else:
        yield first
    yield from slices


def _rows(table: Table, start: int, stop: int, warnings: list[str]) -> Table:
    return Table(
        df=table.df.iloc[start:stop].reset_index(drop=True),
        row_numbers=table.row_numbers[start:stop],
        info=table.info,
        warnings=warnings,
    )


def validated_slices(
    sliced: SlicedFile,
    mapping: Mapping,
    tally: ValidationTally,
    *,
    now: datetime | None = None,
    excluded_rows: frozenset[int] = frozenset(),
) -> Iterator[JobPart]:
    """Each slice of the file validated as a job part (one `now` for all, so a file without a
    timestamp column gets one fixed time); duplicates are found across slices too. Rows in
    `excluded_rows` are left out, as a whole-file validation leaves them."""
    now = now or datetime.now(UTC)
    # A file read whole is one slice: validation already compares every row with every other.
    seen = DuplicateMemory() if sliced.streamed else None
    if sliced.streamed:
        tally.far_out = FarOutAcrossSlices()
    left_out = np.fromiter(excluded_rows, dtype=np.int64, count=len(excluded_rows))
    slices = _early_head(sliced.slices()) if sliced.streamed else sliced.slices()
    for table in slices:
        # Each slice is told only its own excluded rows: each part keeps back only those.
        mine = table.row_numbers[np.isin(table.row_numbers, left_out)] if left_out.size else ()
        excluded = frozenset(int(r) for r in mine)
        result = validate(table, mapping, now=now, seen=seen, excluded_rows=excluded)
        tally.add(result)
        yield JobPart(table, result)
    tally.settle(mapping)
