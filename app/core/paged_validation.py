"""A big file's validation, kept small: what the Review step shows of a `PagedTable`.

The file is validated slice by slice (`app.core.tally`, the CLI's path); of each slice's
result only the findings stay, as numpy arrays: which rows have a problem, which cells are
marked (row, column, kind, message), each group's rows. The payloads are not kept: preparing
the job validates the slices again (`job_parts`), the same way, with the same `now`. An
edited row is checked again on its own and its findings replace the old ones (`recheck`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Set
from collections.abc import Mapping as MappingOf
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from time import perf_counter
from typing import Any, cast

import numpy as np
import pandas as pd

from app.core.cancel import Cancel
from app.core.issues import IssueGroup, RowIssue, group_words, sort_groups, summary_words
from app.core.jobs import JobPart
from app.core.mapping import Mapping
from app.core.paged_table import PagedTable
from app.core.phrases import Phrase
from app.core.stream import SlicedFile
from app.core.table import Table
from app.core.tally import ValidationTally, validated_slices
from app.core.validate import Progress, ValidationResult, validate


class RowSet(Set[int]):
    """Spreadsheet row numbers as a sorted numpy array (a set without an object per row)."""

    def __init__(self, rows: np.ndarray | Iterable[int] = ()) -> None:
        values = rows if isinstance(rows, np.ndarray) else np.fromiter(rows, dtype=np.int64)
        self.array = np.unique(values.astype(np.int64))

    def __contains__(self, row: object) -> bool:
        if not isinstance(row, int | np.integer):
            return False
        at = int(np.searchsorted(self.array, row))
        return at < self.array.size and int(self.array[at]) == row

    def __iter__(self) -> Iterator[int]:
        return iter(self.array.tolist())

    def __len__(self) -> int:
        return int(self.array.size)

    def __sub__(self, other: Any) -> RowSet:
        theirs = other.array if isinstance(other, RowSet) else np.fromiter(other, np.int64)
        return RowSet(np.setdiff1d(self.array, theirs, assume_unique=True))


@dataclass(frozen=True)
class _Kind:
    """What a mark is, shared by every row with the same problem."""

    column: str | None
    field: str
    code: str
    severity: str
    fix: str | None


class Marks(MappingOf[tuple[int, str], str]):
    """Every issue as four arrays (row, column index, kind, message), sorted by cell; read as
    the {(row number, column): message} mapping `cell_messages` is."""

    def __init__(
        self,
        headers: list[str],
        rows: np.ndarray,
        kinds: np.ndarray,
        messages: np.ndarray,
        kind_list: list[_Kind],
        message_list: list[str],
    ) -> None:
        self.headers = headers
        self._col = {h: i for i, h in enumerate(headers)}
        self.kind_list = kind_list
        self.message_list = message_list
        cols = np.array(
            [self._col.get(k.column, -1) if k.column else -1 for k in kind_list], dtype=np.int64
        )
        columns = cols[kinds] if kinds.size else np.zeros(0, dtype=np.int64)
        keys = rows * (len(headers) + 1) + (columns + 1)
        order = np.argsort(keys, kind="stable")
        self.rows, self.kinds, self.messages = rows[order], kinds[order], messages[order]
        self.cell_keys = keys[order]
        warning = np.array([k.severity == "warning" for k in kind_list], dtype=bool)
        self.warning = warning[self.kinds] if self.kinds.size else np.zeros(0, dtype=bool)

    def _key(self, cell: object) -> int | None:
        if not isinstance(cell, tuple) or len(cell) != 2 or cell[1] not in self._col:
            return None
        return int(cell[0]) * (len(self.headers) + 1) + self._col[cell[1]] + 1

    def _span(self, cell: object) -> slice:
        key = self._key(cell)
        if key is None:
            return slice(0, 0)
        low = int(np.searchsorted(self.cell_keys, key, side="left"))
        return slice(low, int(np.searchsorted(self.cell_keys, key, side="right")))

    def __getitem__(self, cell: object) -> str:
        """The cell's message (several joined by '; '), as `cell_messages` gives it."""
        span = self._span(cell)
        if span.stop == span.start:
            raise KeyError(cell)
        return "; ".join(self.message_list[int(m)] for m in self.messages[span])

    def __contains__(self, cell: object) -> bool:
        span = self._span(cell)
        return span.stop > span.start

    def __iter__(self) -> Iterator[tuple[int, str]]:
        width = len(self.headers) + 1
        for key in np.unique(self.cell_keys[self.cell_keys % width > 0]).tolist():
            yield (key // width, self.headers[key % width - 1])

    def __len__(self) -> int:
        width = len(self.headers) + 1
        return int(np.unique(self.cell_keys[self.cell_keys % width > 0]).size)

    def warning_only(self, cell: object) -> bool:
        """Whether every issue of the cell only warns."""
        span = self._span(cell)
        return span.stop > span.start and bool(self.warning[span].all())

    def issues(self, rows: np.ndarray | None = None) -> list[RowIssue]:
        """The marks as issues (built on demand: the download, one row's status)."""
        at = np.arange(self.rows.size) if rows is None else rows
        out = []
        for i in at:
            kind = self.kind_list[int(self.kinds[i])]
            out.append(
                RowIssue(
                    int(self.rows[i]),
                    kind.column,
                    kind.field,
                    kind.code,
                    self.message_list[int(self.messages[i])],
                    kind.severity,
                    kind.fix,
                )  # fmt: skip
            )
        return out


class WarningCells:
    """The `warning_cells` container of a paged validation: cells whose issues only warn."""

    def __init__(self, marks: Marks) -> None:
        self._marks = marks

    def __contains__(self, cell: object) -> bool:
        return self._marks.warning_only(cell)


_GroupKey = tuple[str, str, str | None]


class _Findings:
    """Issues gathered slice by slice into arrays; kinds and message texts stored once."""

    def __init__(self, kinds: list[_Kind] | None = None, texts: list[str] | None = None) -> None:
        self.kind_list = list(kinds or [])
        self.message_list = list(texts or [])
        self._kinds = {k: i for i, k in enumerate(self.kind_list)}
        self._texts = {t: i for i, t in enumerate(self.message_list)}
        self.parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        self.group_rows: dict[_GroupKey, list[np.ndarray]] = {}

    def add(self, result: ValidationResult) -> None:
        count = len(result.issues)
        rows = np.empty(count, dtype=np.int64)
        kinds = np.empty(count, dtype=np.int32)
        texts = np.empty(count, dtype=np.int32)
        for i, issue in enumerate(result.issues):
            kind = _Kind(issue.column, issue.field, issue.code, issue.severity, issue.fix)
            rows[i] = issue.row_number
            kinds[i] = self._kinds.setdefault(kind, len(self._kinds))
            texts[i] = self._texts.setdefault(issue.message, len(self._texts))
            if kinds[i] == len(self.kind_list):
                self.kind_list.append(kind)
            if texts[i] == len(self.message_list):
                self.message_list.append(issue.message)
        self.parts.append((rows, kinds, texts))
        for group in result.groups:
            key = (group.field, group.code, group.fix)
            self.group_rows.setdefault(key, []).append(np.asarray(group.rows, dtype=np.int64))

    def marks(self, headers: list[str]) -> Marks:
        def joined(i: int) -> np.ndarray:
            arrays = [p[i] for p in self.parts]
            return np.concatenate(arrays) if arrays else np.zeros(0, dtype=np.int64)

        return Marks(headers, joined(0), joined(1), joined(2), self.kind_list, self.message_list)

    def rows_of(self, key: _GroupKey) -> np.ndarray:
        arrays = self.group_rows.get(key, [])
        return np.concatenate(arrays) if arrays else np.zeros(0, dtype=np.int64)


def _group(tally: Any, rows: np.ndarray) -> IssueGroup:
    # The rows stay one numpy array (the cards and the filter only count, slice and search it).
    return IssueGroup(
        tally.field, tally.code, tally.severity, tally.column, tally.count, tally.message,
        tally.summary, cast(tuple[int, ...], rows), tally.fix, tally.words,
    )  # fmt: skip


class PagedValidation:
    """A `ValidationResult` look-alike for a paged file: counts, groups and marks only."""

    def __init__(
        self,
        *,
        paged: PagedTable,
        mapping: Mapping,
        now: datetime,
        excluded_rows: frozenset[int],
        marks: Marks,
        groups: list[IssueGroup],
        total_rows: int,
        warning_count: int,
        notes: list[Phrase],
        seconds: float,
        timestamp_fixed_at: str | None = None,
    ) -> None:
        self.paged = paged
        self.mapping = mapping
        self.now = now
        self.excluded_rows = excluded_rows
        self.marks = marks
        self.groups = groups
        self.notes = notes
        self.seconds = seconds
        self.timestamp_fixed_at = timestamp_fixed_at
        self._total = total_rows
        self._warnings = warning_count
        errors = np.array([k.severity == "error" for k in marks.kind_list], dtype=bool)
        is_error = errors[marks.kinds] if marks.kinds.size else np.zeros(0, dtype=bool)
        self.error_rows = RowSet(marks.rows[is_error])  # rows not sent
        self.problem_rows = RowSet(marks.rows)

    @property
    def total_rows(self) -> int:
        """Rows validated (excluded rows not counted)."""
        return self._total

    @property
    def invalid_count(self) -> int:
        """How many rows have at least one error."""
        return len(self.error_rows)

    @property
    def valid_count(self) -> int:
        """How many rows will be sent."""
        return self._total - self.invalid_count

    @property
    def warning_count(self) -> int:
        """Warnings (rows are still sent)."""
        return self._warnings

    @property
    def invalid_rows(self) -> list[int]:
        """Row numbers with at least one error, ascending."""
        return self.error_rows.array.tolist()

    @property
    def error_groups(self) -> list[IssueGroup]:
        """Groups that block rows."""
        return [g for g in self.groups if g.severity == "error"]

    @property
    def cell_messages(self) -> Marks:
        """{(row number, column): message}, answered from the arrays."""
        return self.marks

    @property
    def issues(self) -> list[RowIssue]:
        """Every issue (built on demand, for the download)."""
        return self.marks.issues()

    def issues_for_row(self, row_number: int) -> list[RowIssue]:
        """Every issue on one spreadsheet row."""
        rows = self.marks.rows
        low = int(np.searchsorted(rows, row_number, side="left"))
        high = int(np.searchsorted(rows, row_number, side="right"))
        return self.marks.issues(np.arange(low, high))

    def summary_line(self) -> str:
        """`12,408 rows: 12,371 valid, 37 invalid, 5 warnings`."""
        return summary_words(
            self._total,
            self.valid_count,
            self.invalid_count,
            self._warnings,
            len(self.excluded_rows),
        )

    def parts(self, cancel: Cancel = None, *, mapping: Mapping | None = None) -> Iterator[JobPart]:
        """The file validated again slice by slice, as job parts (edits and excluded rows as
        they were when this was checked, the same `now`): what `prepare_job` streams. With
        `mapping`, checked against that one instead (a pair's events part)."""
        paged = self.paged
        sliced = SlicedFile(
            paged.info, paged.headers, paged.head(), list(paged.warnings), True,
            lambda: _after_first(paged.slices(cancel)),
        )  # fmt: skip
        tally = ValidationTally()
        yield from validated_slices(
            sliced, mapping or self.mapping, tally, now=self.now, excluded_rows=self.excluded_rows
        )


def _after_first(slices: Iterator[Table]) -> Iterator[Table]:
    next(slices, None)
    yield from slices


def validate_paged(
    paged: PagedTable,
    mapping: Mapping,
    *,
    excluded_rows: Iterable[int] = frozenset(),
    progress: Progress | None = None,
    cancel: Cancel = None,
    now: datetime | None = None,
) -> PagedValidation:
    """Validate a paged file slice by slice (the CLI's `validated_slices`), keeping only what
    Review shows. Raises MappingProblem, ValidationCancelled."""
    started = perf_counter()
    now = now or datetime.now(UTC)
    excluded = frozenset(int(r) for r in excluded_rows)
    sliced = SlicedFile(
        paged.info, paged.headers, paged.head(), list(paged.warnings), True,
        lambda: _after_first(paged.slices(cancel)),
    )  # fmt: skip
    tally = ValidationTally()
    findings = _Findings()
    for part in validated_slices(sliced, mapping, tally, now=now, excluded_rows=excluded):
        findings.add(part.validation)
        if progress is not None:
            progress(tally.rows, len(paged), f"checked {tally.rows:,} rows")
    groups = [_group(g, findings.rows_of((g.field, g.code, g.fix))) for g in tally.sorted_groups()]
    return PagedValidation(
        paged=paged, mapping=mapping, now=now, excluded_rows=excluded,
        marks=findings.marks(paged.headers), groups=groups, total_rows=tally.rows,
        warning_count=tally.warnings, notes=list(tally.notes),
        seconds=perf_counter() - started, timestamp_fixed_at=tally.timestamp_fixed_at,
    )  # fmt: skip


def rows_table(paged: PagedTable, positions: Iterable[int]) -> Table:
    """Some rows of a paged file (edits applied) as a small in-memory table."""
    at = sorted({int(p) for p in positions})
    columns = {
        h: pd.array([paged.cell(p, c) for p in at], dtype="string")
        for c, h in enumerate(paged.headers)
    }
    numbers = np.array([paged.row_number(p) for p in at], dtype=np.int64)
    return Table(df=pd.DataFrame(columns), row_numbers=numbers, info=paged.info, warnings=[])


def recheck(previous: PagedValidation, positions: Iterable[int]) -> PagedValidation:
    """`previous` with the edited rows at `positions` checked again on their own (the rest of
    the findings kept). Duplicates of an edited row elsewhere in the file are not looked for."""
    table = rows_table(previous.paged, positions)
    numbers = table.row_numbers
    mine = frozenset(int(r) for r in numbers if int(r) in previous.excluded_rows)
    result = validate(table, previous.mapping, now=previous.now, excluded_rows=mine)
    old = previous.marks
    keep = ~np.isin(old.rows, numbers)
    findings = _Findings(old.kind_list, old.message_list)
    findings.parts.append((old.rows[keep], old.kinds[keep], old.messages[keep]))
    dropped_warnings = int(old.warning[~keep].sum())
    findings.add(result)
    marks = findings.marks(previous.paged.headers)
    groups: dict[_GroupKey, IssueGroup] = {}
    for group in previous.groups:
        rows = np.asarray(group.rows, dtype=np.int64)
        left = rows[~np.isin(rows, numbers)]
        gone = rows.size - left.size
        groups[(group.field, group.code, group.fix)] = replace(
            group, count=group.count - gone, rows=cast(tuple[int, ...], left)
        )
    for group in result.groups:
        key = (group.field, group.code, group.fix)
        before = groups.get(key)
        rows = np.asarray(group.rows, dtype=np.int64)
        if before is None:
            groups[key] = replace(group, rows=cast(tuple[int, ...], rows))
            continue
        merged = np.union1d(np.asarray(before.rows, dtype=np.int64), rows)
        groups[key] = replace(
            before, count=before.count + group.count, rows=cast(tuple[int, ...], merged)
        )
    reworded = [g if not g.count else replace(g, message=_reworded(g)) for g in groups.values()]
    return PagedValidation(
        paged=previous.paged, mapping=previous.mapping, now=previous.now,
        excluded_rows=previous.excluded_rows, marks=marks,
        groups=sort_groups([g for g in reworded if g.count > 0]),
        total_rows=previous.total_rows,
        warning_count=previous.warning_count - dropped_warnings + result.warning_count,
        notes=previous.notes, seconds=previous.seconds,
        timestamp_fixed_at=previous.timestamp_fixed_at,
    )  # fmt: skip


def _reworded(group: IssueGroup) -> str:
    return group_words(group.count, group.summary, group.first_rows)


def job_parts(table: Table, validation: ValidationResult | PagedValidation) -> Iterable[JobPart]:
    """What `prepare_job` and the duplicate check stream: the one in-memory part, or a paged
    file's slices validated again."""
    if isinstance(validation, PagedValidation):
        return validation.parts()
    return [JobPart(table, validation)]
