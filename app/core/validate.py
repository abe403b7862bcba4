"""Check every row against the destination's rules and build the payloads of the valid ones.

Vectorised over whole columns (pandas/pyarrow string kernels, numpy masks): the per-row Python
work is only creating issue objects for rows that have problems and, at the end, the payload
dicts of valid rows. Rules, from the vendor documents plus Backfill's own safety checks:

- required fields present and not blank (at least 1 character); spaces around IDs warned (trim);
- emails valid (after any mapped transforms); mixed-case emails warned (lowercase);
- timestamps readable (see transforms), future (> 1 day ahead) or before 1990 warned;
  a file with no timestamp column gets one explicit time fixed at validation, so a retried
  upload is deduplicated by the server;
- typed property values convert (number / boolean / JSON);
- the serialized record stays under the destination's per-record size limit;
- duplicates within the file (the server's dedupe key, or the whole record when the server has
  none) are warned, naming the first row.
"""

from __future__ import annotations

import csv
import gc
import itertools
import time
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from operator import attrgetter
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from app.core.duplicates import DuplicateMemory, row_hashes
from app.core.fields import DestinationSchema, FieldSpec
from app.core.mapping import FieldSource, Mapping
from app.core.payload_json import as_bytes, json_text, object_text
from app.core.records import Record
from app.core.table import Table
from app.core.transforms import (
    TypedValues,
    apply_text_transforms,
    convert_values,
    format_iso,
    parse_timestamps,
)
from app.core.value_readings import frame_for_validation

Severity = str  # "error" | "warning"
Progress = Callable[[int, "int | None", str], None]

# RE2-compatible (pyarrow) form of a common server-side email rule: local part without leading
# or doubled dots, a dotted domain whose last label has at least two letters.
EMAIL_PATTERN = (
    r"[A-Za-z0-9_'+\-]([A-Za-z0-9_'+\-.]*[A-Za-z0-9_+\-])?"
    r"@([A-Za-z0-9]([A-Za-z0-9\-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}"
)
FUTURE_TOLERANCE_MS = 24 * 3600 * 1000
EARLIEST_PLAUSIBLE_MS = 631_152_000_000  # 1990-01-01T00:00:00Z
FIRST_ROWS_SHOWN = 10


class MappingProblem(ValueError):
    """The mapping cannot be used with this table (missing required field or column)."""


class ValidationCancelled(Exception):
    """The operator cancelled validation."""


@dataclass(frozen=True, slots=True)
class RowIssue:
    """One problem in one cell (or row) with the spreadsheet row number the operator sees."""

    row_number: int
    column: str | None
    field: str
    code: str
    message: str
    severity: Severity = "error"
    fix: str | None = None  # the transform that would fix it (same as its group's)


@dataclass(frozen=True)
class IssueGroup:
    """All rows with the same problem, described once for people."""

    field: str
    code: str
    severity: Severity
    column: str | None
    count: int
    message: str  # "312 rows: email is not a valid address — rows 4, 17, 52, …"
    summary: str  # "email is not a valid address"
    rows: tuple[int, ...]  # every affected row number, ascending
    fix: str | None  # a transform that would fix the group: trim, lowercase, day_first, …

    @property
    def first_rows(self) -> tuple[int, ...]:
        """The first few row numbers, for display."""
        return self.rows[:FIRST_ROWS_SHOWN]


@dataclass
class _Check:
    """A vectorised check's outcome before it becomes RowIssues."""

    mask: np.ndarray
    field: str
    column: str | None
    code: str
    severity: Severity
    summary: str
    messages: np.ndarray | str
    fix: str | None = None


@dataclass(frozen=True)
class _Patched:
    """A numpy column with a few values replaced, without copying it (edited rows).

    Copying a million-row object array costs ~20 ms (one reference count per cell); an edit
    only needs the replaced positions kept beside the shared, never-modified base.
    """

    base: np.ndarray
    where: np.ndarray  # ascending positions
    values: np.ndarray  # the values at `where`

    def __len__(self) -> int:
        return len(self.base)

    def __getitem__(self, index: int | np.ndarray) -> object:
        if isinstance(index, (int, np.integer)):
            at = int(np.searchsorted(self.where, index))
            if at < self.where.size and self.where[at] == index:
                return self.values[at]
            return self.base[index]
        index = np.asarray(index)
        out = self.base[index]
        at = np.searchsorted(self.where, index).clip(max=max(self.where.size - 1, 0))
        hit = self.where[at] == index if self.where.size else np.zeros(index.size, dtype=bool)
        out[hit] = self.values[at[hit]]
        return out

    def equal(self, value: object) -> np.ndarray:
        """Elementwise `== value`, as a bool mask."""
        mask = np.asarray(self.base == value, dtype=bool)
        mask[self.where] = np.asarray(self.values == value, dtype=bool)
        return mask

    def with_values(self, where: np.ndarray, values: np.ndarray) -> _Patched | np.ndarray:
        """These positions replaced too; a plain array again once edits pile up."""
        merged = dict(zip(self.where.tolist(), self.values, strict=True))
        merged.update(zip(where.tolist(), values, strict=True))
        keys = np.asarray(sorted(merged), dtype=np.int64)
        # Filled one by one: np.asarray would turn equal-length list values into a 2-D array.
        replaced = np.empty(keys.size, dtype=self.base.dtype)
        for j, key in enumerate(keys.tolist()):
            replaced[j] = merged[key]
        patched = _Patched(self.base, keys, replaced)
        return patched.materialise() if keys.size > MAX_EDIT_CHUNKS else patched

    def materialise(self) -> np.ndarray:
        """A plain array with every replacement applied."""
        out = self.base.copy()
        out[self.where] = self.values
        return out


# A column of values: Arrow (chunked once rows were edited) or numpy (patched once edited).
_Data = pa.Array | pa.ChunkedArray | np.ndarray | _Patched
_ARROW = (pa.Array, pa.ChunkedArray)
# Edits kept as separate chunks of a column before it is compacted into one array again.
MAX_EDIT_CHUNKS = 256
# Rows per call for work that holds the GIL per cell (keeps each call to a few ms).
SLICE_ROWS = 65_536
# Rows whose payload JSON is built in one go (then handed out a block at a time).
PAYLOAD_ROWS = 32_768
# Edited rows read cell by cell rather than taken from whole columns.
FEW_ROWS = 64


@dataclass
class _Values:
    """One payload value per kept row; Arrow arrays stay Arrow until records are built."""

    data: _Data
    present: np.ndarray  # bool: the value is sent (empty optional cells are left out)
    key: _Data  # hashable stand-in for duplicate detection

    def numpy(self) -> np.ndarray:
        """The values as a numpy object array."""
        return _as_numpy(self.data)

    def key_numpy(self) -> np.ndarray:
        """The dedupe key as a numpy array."""
        return _as_numpy(self.key)


def _as_numpy(values: _Data) -> np.ndarray:
    if isinstance(values, np.ndarray):
        return values
    if isinstance(values, _Patched):
        return values.materialise()
    return np.asarray(values.to_numpy(zero_copy_only=False), dtype=object)


def _arrow(values: pd.Series) -> pa.Array:
    arr = pa.array(values.array)
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    return pc.fill_null(arr, "")


@dataclass
class _Columns:
    """Payload values of every kept row, ready for record building."""

    fields: dict[str, _Values] = field(default_factory=dict)
    extras: list[tuple[str, _Values]] = field(default_factory=list)


class ValidationResult:
    """What validation found: issues, groups, and the payload records of the valid rows."""

    def __init__(
        self,
        *,
        mapping: Mapping,
        row_numbers: np.ndarray,
        issues: list[RowIssue],
        groups: list[IssueGroup],
        invalid_mask: np.ndarray,
        columns: _Columns,
        excluded: frozenset[int],
        timestamp_fixed_at: str | None,
        now: datetime,
        notes: list[str],
        seconds: float,
    ) -> None:
        self.mapping = mapping
        self.row_numbers = row_numbers  # kept (not excluded) rows, in table order
        self.issues = issues
        self.groups = groups
        self._invalid_mask = invalid_mask
        self._columns = columns
        self.excluded_rows = excluded
        self.timestamp_fixed_at = timestamp_fixed_at
        self.now = now
        self.notes = notes
        self.seconds = seconds
        self._records: list[Record] | None = None
        self._by_row: dict[int, list[RowIssue]] | None = None
        self._cells: dict[tuple[int, str], str] | None = None

    @property
    def total_rows(self) -> int:
        """Rows validated (excluded rows not counted)."""
        return int(self.row_numbers.size)

    @property
    def invalid_rows(self) -> list[int]:
        """Row numbers with at least one error, ascending."""
        return sorted(int(r) for r in self.row_numbers[self._invalid_mask])

    @property
    def invalid_count(self) -> int:
        """How many rows have at least one error."""
        return int(self._invalid_mask.sum())

    @property
    def valid_count(self) -> int:
        """How many rows will be sent."""
        return self.total_rows - self.invalid_count

    @property
    def warning_count(self) -> int:
        """Warnings (rows are still sent)."""
        return sum(1 for i in self.issues if i.severity == "warning")

    @property
    def error_groups(self) -> list[IssueGroup]:
        """Groups that block rows."""
        return [g for g in self.groups if g.severity == "error"]

    @property
    def records(self) -> list[Record]:
        """Payloads of the valid rows in file order (built on first use, then cached)."""
        if self._records is None:
            self._records = _build_records(self, np.flatnonzero(~self._invalid_mask))
        return self._records

    def iter_record_batches(self, size: int = 1000) -> Iterator[list[Record]]:
        """Valid records in file order, `size` at a time, built lazily (bounded memory)."""
        if self._records is not None:
            for start in range(0, len(self._records), size):
                yield self._records[start : start + size]
            return
        positions = np.flatnonzero(~self._invalid_mask)
        for start in range(0, positions.size, size):
            yield _build_records(self, positions[start : start + size])

    def iter_payload_blocks(self, size: int = 1000) -> Iterator[tuple[list[int], list[bytes]]]:
        """(row numbers, payload JSON) of the valid rows, `size` at a time: the bytes of
        `orjson.dumps(record.payload, option=OPT_SORT_KEYS)`, built from the columns."""
        positions = np.flatnonzero(~self._invalid_mask)
        # Built many blocks at a time: Arrow kernels cost per call, not per row.
        step = size * max(1, PAYLOAD_ROWS // size)
        for start in range(0, positions.size, step):
            part = positions[start : start + step]
            rows, payloads = self.row_numbers[part].tolist(), _payload_json(self, part)
            for at in range(0, len(rows), size):
                yield rows[at : at + size], payloads[at : at + size]

    def issues_for_row(self, row_number: int) -> list[RowIssue]:
        """Every issue on one spreadsheet row."""
        if self._by_row is None:
            by_row: dict[int, list[RowIssue]] = {}
            for issue in self.issues:
                by_row.setdefault(issue.row_number, []).append(issue)
            self._by_row = by_row
        return self._by_row.get(row_number, [])

    @property
    def cell_messages(self) -> dict[tuple[int, str], str]:
        """{(row number, column): message} for tinting cells; several issues joined by '; '."""
        if self._cells is None:
            cells: dict[tuple[int, str], str] = {}
            for issue in self.issues:
                if issue.column is None:
                    continue
                key = (issue.row_number, issue.column)
                cells[key] = f"{cells[key]}; {issue.message}" if key in cells else issue.message
            self._cells = cells
        return self._cells

    def summary_line(self) -> str:
        """`12,408 rows: 12,371 valid, 37 invalid, 5 warnings`."""
        return summary_words(
            self.total_rows,
            self.valid_count,
            self.invalid_count,
            self.warning_count,
            len(self.excluded_rows),
        )


def summary_words(total: int, valid: int, invalid: int, warnings: int, excluded: int) -> str:
    """`12,408 rows: 12,371 valid, 37 invalid, 5 warnings` (the one wording of a validation)."""
    line = f"{total:,} row{'s' if total != 1 else ''}: {valid:,} valid, {invalid:,} invalid"
    if warnings:
        line += f", {warnings:,} warning{'s' if warnings != 1 else ''}"
    if excluded:
        line += f", {excluded:,} excluded"
    return line


def group_words(count: int, summary: str, first_rows: Sequence[int]) -> str:
    """`312 rows: email is not a valid address — rows 4, 17, 52, …` (first rows, ascending)."""
    return f"{count:,} row{'s' if count != 1 else ''}: {summary} — {_rows_text(first_rows, count)}"


# ---------------------------------------------------------------------------------------------


def _rows_text(rows: Sequence[int], count: int | None = None) -> str:
    count = len(rows) if count is None else count
    shown = ", ".join(f"{r:,}" for r in rows[:FIRST_ROWS_SHOWN])
    if count > FIRST_ROWS_SHOWN:
        shown += ", …"
    return f"row {shown}" if count == 1 else f"rows {shown}"


def _now(now: datetime | None) -> datetime:
    now = now or datetime.now(UTC)
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    return now


def _check_mapping(table: Table, mapping: Mapping) -> None:
    missing_required = mapping.missing_required()
    if missing_required:
        labels = ", ".join(spec.label for spec in missing_required)
        raise MappingProblem(f"Choose a column or a fixed value for: {labels}.")
    missing = mapping.missing_columns(table.headers)
    if missing:
        names = ", ".join(f"'{c}'" for c in missing)
        raise MappingProblem(f"The mapping uses columns this file does not have: {names}.")


def validate(
    table: Table,
    mapping: Mapping,
    *,
    now: datetime | None = None,
    excluded_rows: Iterable[int] = frozenset(),
    progress: Progress | None = None,
    cancel: object = None,
    seen: DuplicateMemory | None = None,
) -> ValidationResult:
    """Validate every row of `table` under `mapping` (rows in `excluded_rows` are skipped).

    `seen` carries the keys of earlier slices of the same file (a file validated slice by
    slice): rows repeating them are warned as duplicates too, and this slice's keys are added.
    Raises MappingProblem when the mapping cannot apply, ValidationCancelled on cancel.
    """
    started = time.perf_counter()
    _check_mapping(table, mapping)
    now = _now(now)
    excluded = frozenset(int(r) for r in excluded_rows)
    keep = ~np.isin(table.row_numbers, np.fromiter(excluded, dtype=np.int64, count=len(excluded)))
    df = table.df if keep.all() else table.df[keep].reset_index(drop=True)
    row_numbers = np.asarray(table.row_numbers)[keep]
    df = frame_for_validation(table, df, row_numbers, mapping)
    return _validate_frame(
        df, row_numbers, mapping, now, excluded, progress, cancel, started, context=None, seen=seen
    )


def validate_rows(
    table: Table,
    mapping: Mapping,
    row_positions: Sequence[int],
    previous: ValidationResult,
) -> ValidationResult:
    """Re-validate a few rows (by df position) after an edit; returns an updated full result.

    Uses the previous result's fixed timestamp. Only the edited rows are checked again, plus
    the duplicate warnings of the rows sharing an old or new dedupe key with them, so the
    result equals a full validation of the edited table at a tiny fraction of its cost.
    """
    started = time.perf_counter()
    _check_mapping(table, mapping)
    positions = np.asarray(sorted(set(int(p) for p in row_positions)), dtype=np.int64)
    edited_rows = np.asarray(table.row_numbers)[positions]
    excluded = np.fromiter(
        previous.excluded_rows, dtype=np.int64, count=len(previous.excluded_rows)
    )
    kept = ~np.isin(edited_rows, excluded)
    positions, edited_rows = positions[kept], edited_rows[kept]
    sub_df = frame_for_validation(table, _rows_frame(table.df, positions), edited_rows, mapping)
    partial = _validate_frame(
        sub_df,
        edited_rows,
        mapping,
        previous.now,
        previous.excluded_rows,
        None,
        None,
        started,
        context=previous,
    )
    return _merge(previous, partial, edited_rows, started)


def _rows_frame(df: pd.DataFrame, positions: np.ndarray) -> pd.DataFrame:
    """The rows at `positions` as a new frame (same columns and dtypes).

    A few cells are read one by one: `iloc` with a list takes from every chunk of every
    column (~4 ms a column on a million-row file), which would dominate a one-row edit.
    """
    if positions.size > FEW_ROWS:
        return df.iloc[positions].reset_index(drop=True)
    at = positions.tolist()
    return pd.DataFrame(
        {name: pd.Series([df[name].iloc[p] for p in at], dtype=df[name].dtype) for name in df},
        columns=df.columns,
    )


def _merge(
    previous: ValidationResult, partial: ValidationResult, edited: np.ndarray, started: float
) -> ValidationResult:
    """The previous result with the edited rows' outcome swapped in, duplicates brought up to date."""
    schema = previous.mapping.schema
    where = np.searchsorted(previous.row_numbers, edited)
    invalid = previous._invalid_mask.copy()
    invalid[where] = partial._invalid_mask
    columns = _Columns()
    for name, values in previous._columns.fields.items():
        columns.fields[name] = _merged(values, partial._columns.fields.get(name), where)
    partial_extras = dict(partial._columns.extras)
    for key, values in previous._columns.extras:
        columns.extras.append((key, _merged(values, partial_extras.get(key), where)))

    # Duplicate warnings can change on every row that shares an old or a new key with an edit.
    old_parts = _dedupe_parts(schema, previous._columns)
    new_parts = _dedupe_parts(schema, columns)
    dup_of: dict[int, int | None] = {}  # kept position -> row it repeats (None: no duplicate)
    if new_parts and where.size:
        keys = {_key_at(old_parts, int(i)) for i in where} | {
            _key_at(new_parts, int(i)) for i in where
        }
        for key in keys:
            members = _rows_with_key(new_parts, key)
            valid = members[~invalid[members]]
            for i in members.tolist():
                dup_of[i] = None
            if valid.size > 1:
                first = int(previous.row_numbers[valid[0]])
                for i in valid[1:].tolist():
                    dup_of[i] = first
        for i in where.tolist():
            dup_of.setdefault(i, None)
    what, dup_summary = _duplicate_words(schema)

    fresh: dict[int, list[RowIssue]] = {}
    for issue in partial.issues:
        fresh.setdefault(issue.row_number, []).append(issue)
    edited_set = set(edited.tolist())
    rowkey = attrgetter("row_number")
    old_issues = previous.issues
    pieces: list[list[RowIssue]] = []
    removed: list[RowIssue] = []
    added: list[RowIssue] = []
    cursor = 0
    affected = sorted(
        (int(previous.row_numbers[i]), dup_of.get(i)) for i in {*dup_of, *where.tolist()}
    )
    for row, first in affected:
        lo = bisect_left(old_issues, row, lo=cursor, key=rowkey)
        hi = bisect_right(old_issues, row, lo=lo, key=rowkey)
        pieces.append(old_issues[cursor:lo])
        before = old_issues[lo:hi]
        if row in edited_set:
            after = list(fresh.get(row, []))
        else:
            after = [i for i in before if i.code != "duplicate"]
        if first is not None:
            after.append(
                RowIssue(
                    row, None, "record", "duplicate", f"Same {what} as row {first:,}", "warning"
                )
            )
        if after != before:
            removed.extend(before)
            added.extend(after)
        pieces.append(after)
        cursor = hi
    pieces.append(old_issues[cursor:])
    issues = [issue for piece in pieces for issue in piece] if len(pieces) > 1 else old_issues

    words = {(g.field, g.code, g.fix): g for g in partial.groups}
    words.setdefault(
        ("record", "duplicate", None),
        IssueGroup("record", "duplicate", "warning", None, 0, "", dup_summary, (), None),
    )
    groups = _regroup(previous.groups, removed, added, words)
    return ValidationResult(
        mapping=previous.mapping,
        row_numbers=previous.row_numbers,
        issues=issues,
        groups=groups,
        invalid_mask=invalid,
        columns=columns,
        excluded=previous.excluded_rows,
        timestamp_fixed_at=previous.timestamp_fixed_at,
        now=previous.now,
        notes=previous.notes,
        seconds=time.perf_counter() - started,
    )


def _key_at(parts: list[_Data], i: int) -> tuple[object, ...]:
    """The dedupe key of kept row position `i`, as plain Python values."""
    return tuple(p[i].as_py() if isinstance(p, _ARROW) else _plain(p[i]) for p in parts)


def _plain(value: object) -> object:
    """A numpy scalar as the Python value it holds (objects from object arrays as they are)."""
    return value.item() if isinstance(value, np.generic) else value


def _equal(part: _Data, value: object) -> np.ndarray:
    if isinstance(part, _Patched):
        return part.equal(value)
    if isinstance(part, _ARROW):
        hit = pc.equal(part, pa.scalar(value, type=part.type))
        return hit.to_numpy(zero_copy_only=False).astype(bool, copy=False)
    return np.asarray(part == value, dtype=bool)


def _rows_with_key(parts: list[_Data], key: tuple[object, ...]) -> np.ndarray:
    """Kept positions whose dedupe key equals `key`, ascending (one full scan, then narrowing)."""
    found = np.flatnonzero(_equal(parts[0], key[0]))
    for part, value in zip(parts[1:], key[1:], strict=True):
        if not found.size:
            break
        narrowed = part.take(pa.array(found)) if isinstance(part, _ARROW) else part[found]
        found = found[_equal(narrowed, value)]
    return found


def _regroup(
    groups: list[IssueGroup],
    removed: list[RowIssue],
    added: list[RowIssue],
    words: dict[tuple[str, str, str | None], IssueGroup],
) -> list[IssueGroup]:
    """Groups with the rows of `removed` issues taken out and those of `added` put in."""
    if not removed and not added:
        return groups
    out: dict[tuple[str, str, str | None], set[int]] = {}
    into: dict[tuple[str, str, str | None], set[int]] = {}
    for issue in removed:
        out.setdefault((issue.field, issue.code, issue.fix), set()).add(issue.row_number)
    for issue in added:
        into.setdefault((issue.field, issue.code, issue.fix), set()).add(issue.row_number)
    result: list[IssueGroup] = []
    for group in groups:
        key = (group.field, group.code, group.fix)
        if key not in out and key not in into:
            result.append(group)
            continue
        rows = _edit_rows(group.rows, out.pop(key, set()), into.pop(key, set()))
        if rows:
            result.append(
                _make_group(
                    group.field, group.code, group.severity, group.column, group.summary, rows,
                    group.fix,
                )
            )  # fmt: skip
    for key, rows_in in into.items():
        model = words.get(key)
        if model is None:
            first = next(i for i in added if (i.field, i.code, i.fix) == key)
            summary = _GROUP_WORDS.get(first.code, first.message).format(
                field=first.field.replace("_", " ")
            )
            model = IssueGroup(
                first.field, first.code, first.severity, first.column, 0, "", summary, (), first.fix
            )
        rows = tuple(sorted(rows_in))
        result.append(
            _make_group(
                model.field, model.code, model.severity, model.column, model.summary, rows,
                model.fix,
            )
        )  # fmt: skip
    return _sort_groups(result)


def _edit_rows(rows: tuple[int, ...], out: set[int], into: set[int]) -> tuple[int, ...]:
    """A sorted row tuple with `out` taken out and `into` added (sliced, not rebuilt one by one)."""
    pieces: list[tuple[int, ...]] = []
    cursor = 0
    for row in sorted(out | into):
        at = bisect_left(rows, row, lo=cursor)
        pieces.append(rows[cursor:at])
        present = at < len(rows) and rows[at] == row
        keep = row in into if row in out else True
        if keep:
            pieces.append((row,))
        cursor = at + 1 if present else at
    pieces.append(rows[cursor:])
    return tuple(itertools.chain.from_iterable(pieces))


def _merged(old: _Values, new: _Values | None, where: np.ndarray) -> _Values:
    if new is None or not where.size:
        return old
    data = _replaced(old.data, new.data, where)
    present = old.present.copy()
    present[where] = new.present
    key = (
        data if old.key is old.data and new.key is new.data else _replaced(old.key, new.key, where)
    )
    return _Values(data, present, key)


def _replaced(old: _Data, new: _Data, where: np.ndarray) -> _Data:
    """`old` with the values at ascending positions `where` replaced by `new`.

    Arrow columns become chunked arrays of zero-copy slices around the edits (a copy of a
    million strings would cost tens of ms per column); they are compacted once edits pile up.
    """
    if isinstance(old, _ARROW) and isinstance(new, _ARROW):
        new = new.cast(old.type)
        pieces: list[pa.Array | pa.ChunkedArray] = []
        cursor = 0
        for k, at in enumerate(where.tolist()):
            pieces.append(old[cursor:at])
            pieces.append(new[k : k + 1])
            cursor = at + 1
        pieces.append(old[cursor:])
        chunks = [c for piece in pieces for c in _chunks(piece) if len(c)]
        if len(chunks) > MAX_EDIT_CHUNKS:
            return pa.chunked_array(chunks, type=old.type).combine_chunks()
        return pa.chunked_array(chunks, type=old.type)
    replacement = _as_numpy(new)
    if isinstance(old, _Patched):
        return old.with_values(where, replacement)
    if isinstance(old, np.ndarray):
        return _Patched(old, np.empty(0, dtype=np.int64), old[:0]).with_values(where, replacement)
    out = _as_numpy(old).copy()
    out[where] = replacement
    return out


def _chunks(values: pa.Array | pa.ChunkedArray) -> list[pa.Array]:
    return values.chunks if isinstance(values, pa.ChunkedArray) else [values]


def _checkpoint(progress: Progress | None, cancel: object, step: int, steps: int, what: str):
    if cancel is not None:
        fired = cancel.is_set() if hasattr(cancel, "is_set") else bool(cancel())  # type: ignore[operator]
        if fired:
            raise ValidationCancelled("Validation was cancelled.")
    if progress is not None:
        progress(step, steps, what)


def _series(df: pd.DataFrame, mapping: Mapping, spec: FieldSpec) -> tuple[pd.Series, str | None]:
    src = mapping.source(spec.name)
    if src.kind == "column":
        assert src.column is not None
        return df[src.column], src.column
    value = src.constant if src.kind == "constant" else ""
    return pd.Series([value] * len(df), dtype="str"), None


def _blank(values: pd.Series) -> np.ndarray:
    return (values.str.len() == 0).to_numpy(dtype=bool, na_value=True)


class _Checks(list):
    """The checks of one validation run, with a compact way to add one."""

    def add(
        self,
        mask: np.ndarray,
        field_name: str,
        column: str | None,
        code: str,
        severity: Severity,
        summary: str,
        messages: np.ndarray | str,
        fix: str | None = None,
    ) -> None:
        """Record a check if any row fails it."""
        if mask.any():
            self.append(_Check(mask, field_name, column, code, severity, summary, messages, fix))


def _validate_frame(
    df: pd.DataFrame,
    row_numbers: np.ndarray,
    mapping: Mapping,
    now: datetime,
    excluded: frozenset[int],
    progress: Progress | None,
    cancel: object,
    started: float,
    context: ValidationResult | None,
    seen: DuplicateMemory | None = None,
) -> ValidationResult:
    schema = mapping.schema
    n = len(df)
    checks = _Checks()
    columns = _Columns()
    notes: list[str] = []
    now_ms = int(now.timestamp() * 1000)
    fixed_iso = str(format_iso(np.array([now_ms - now_ms % 1000], dtype=np.int64))[0])
    timestamp_fixed_at: str | None = None
    size = np.zeros(n, dtype=np.int64) + 16  # braces, commas and the bag's key
    steps = len(schema.fields) + 3
    step = 0

    for spec in schema.fields:
        step += 1
        _checkpoint(progress, cancel, step, steps, f"Checking {spec.label}")
        src = mapping.source(spec.name)
        if src.kind == "none":
            if spec.kind == "timestamp" and schema.record_kind == "event":
                timestamp_fixed_at = fixed_iso
                columns.fields[spec.name] = _Values(
                    np.full(n, fixed_iso, dtype=object),
                    np.ones(n, dtype=bool),
                    np.zeros(n, dtype=np.int64),
                )
                size += len(spec.name) + len(fixed_iso) + 6
            continue
        raw, column = _series(df, mapping, spec)
        values = apply_text_transforms(raw, src.transforms) if src.transforms else raw
        if spec.kind == "timestamp":
            note = _check_timestamp(
                checks, columns, spec, column, values, src, schema, now_ms, fixed_iso
            )
            if note and context is None:
                notes.append(note)
            size += len(spec.name) + 30
            continue
        text = _check_text(checks, spec, column, values)
        columns.fields[spec.name] = text
        size += pc.binary_length(text.data).to_numpy(zero_copy_only=False) + len(spec.name) + 6

    step += 1
    _checkpoint(progress, cancel, step, steps, f"Checking {schema.extras_key}")
    size += _check_extras(checks, columns, df, mapping, schema)
    limit_kb = schema.max_record_bytes // 1024
    checks.add(
        size > schema.max_record_bytes,
        "record",
        None,
        "record_too_large",
        "error",
        f"the row is larger than {limit_kb} KB",
        f"The row is larger than {limit_kb} KB once sent; leave some long columns out",
    )

    # Duplicates among rows that are otherwise valid.
    step += 1
    _checkpoint(progress, cancel, step, steps, "Looking for duplicates")
    invalid = np.zeros(n, dtype=bool)
    for check in checks:
        if check.severity == "error":
            invalid |= check.mask
    parts = _dedupe_parts(schema, columns)
    # Edited rows (context given): validate_rows settles duplicates against the whole file.
    if parts and n and context is None:
        dup = _duplicates(parts, invalid, row_numbers, schema)
        if seen is not None:
            in_slice = dup.mask if dup is not None else np.zeros(n, dtype=bool)
            earlier = _earlier_slice_duplicates(parts, invalid, in_slice, row_numbers, schema, seen)
            if earlier is not None:
                checks.append(earlier)
        if dup is not None:
            checks.append(dup)
            if timestamp_fixed_at and "timestamp" in schema.dedupe_key and context is None:
                count = int(dup.mask.sum())
                notes.append(
                    f"{count:,} event{'s' if count != 1 else ''} "
                    f"repeat{'' if count != 1 else 's'} an earlier row's user and "
                    "name. With no timestamp column every event gets the same time, so "
                    f"{schema.vendor} keeps only one of each; map a timestamp column to keep them."
                )

    step += 1
    _checkpoint(progress, cancel, step, steps, "Collecting problems")
    with _gc_paused():
        issues = _issues(checks, row_numbers)
    return ValidationResult(
        mapping=mapping,
        row_numbers=row_numbers,
        issues=issues,
        groups=_group_checks(checks, row_numbers),
        invalid_mask=invalid,
        columns=columns,
        excluded=excluded,
        timestamp_fixed_at=timestamp_fixed_at,
        now=now,
        notes=notes,
        seconds=time.perf_counter() - started,
    )


def _check_timestamp(
    checks: _Checks,
    columns: _Columns,
    spec: FieldSpec,
    column: str | None,
    values: pd.Series,
    src: FieldSource,
    schema: DestinationSchema,
    now_ms: int,
    fixed_iso: str,
) -> str | None:
    """Parse a timestamp field, add its checks and values; returns an ambiguity note or None."""
    n = len(values)
    parsed = parse_timestamps(
        values,
        order=src.date_order,  # type: ignore[arg-type]
        timezone=src.timezone,
        numbers=src.numeric_dates,  # type: ignore[arg-type]
    )
    label, lower = spec.label, spec.label.lower()
    bad = ~parsed.ok & ~parsed.empty
    if bad.any():
        messages = np.char.add(f"{label}: ", parsed.reason.astype(str)).astype(object)
        read_day_first = bad & (parsed.reason == "not a date when read day-first")
        read_month_first = bad & (parsed.reason == "not a date when read month-first")
        for mask, fix in ((read_day_first, "month_first"), (read_month_first, "day_first")):
            checks.add(
                mask, spec.name, column, "invalid_timestamp", "error",
                f"{lower} only reads as a date the other way round ({fix.replace('_', '-')})",
                messages, fix,
            )  # fmt: skip
        checks.add(
            bad & ~read_day_first & ~read_month_first, spec.name, column, "invalid_timestamp",
            "error", f"{lower} is not a date/time Backfill can read", messages,
        )  # fmt: skip
    event = schema.record_kind == "event"
    iso = parsed.iso  # a fresh array of this call's own (a 1M-object copy holds the GIL ~10 ms)
    if event:
        iso[parsed.empty] = fixed_iso
        checks.add(
            parsed.empty, spec.name, column, "empty_timestamp", "warning",
            f"{lower} is empty; the validation time is used",
            f"{label} is empty; {fixed_iso} (validation time) will be sent",
        )  # fmt: skip
    ok = parsed.ok
    checks.add(
        ok & (parsed.epoch_ms > now_ms + FUTURE_TOLERANCE_MS), spec.name, column,
        "future_timestamp", "warning", f"{lower} is in the future", f"{label} is in the future",
    )  # fmt: skip
    checks.add(
        ok & (parsed.epoch_ms < EARLIEST_PLAUSIBLE_MS), spec.name, column,
        "implausible_timestamp", "warning", f"{lower} is before 1990",
        f"{label} is before 1990 — check the date format",
    )  # fmt: skip
    iso[bad] = ""
    key = np.where(parsed.empty, now_ms - now_ms % 1000, parsed.epoch_ms)
    present = ok | (parsed.empty if event else np.zeros(n, dtype=bool))
    columns.fields[spec.name] = _Values(iso, present, key)
    if parsed.ambiguous and src.date_order == "auto":
        return (
            f"Every date in '{column}' could be day-first or month-first; they were read "
            "day-first. Choose the date order in the mapping if that is wrong."
        )
    return None


def _check_text(checks: _Checks, spec: FieldSpec, column: str | None, values: pd.Series) -> _Values:
    """Required/blank, email and surrounding-space checks for a text or email field."""
    label, lower = spec.label, spec.label.lower()
    stripped = values.str.strip()
    blank = _blank(stripped)
    if spec.required:
        whitespace_only = blank & ~_blank(values)
        checks.add(
            blank & ~whitespace_only, spec.name, column, "missing", "error",
            f"{label} is empty", f"{label} is empty",
        )  # fmt: skip
        checks.add(
            whitespace_only, spec.name, column, "blank", "error",
            f"{label} holds only spaces", f"{label} holds only spaces",
        )  # fmt: skip
    padded = ~blank & (stripped != values).to_numpy(dtype=bool, na_value=False)
    if spec.kind == "email":
        valid = stripped.str.fullmatch(EMAIL_PATTERN).to_numpy(dtype=bool, na_value=False) & ~(
            values.str.contains("..", regex=False).to_numpy(dtype=bool, na_value=False)
        )
        bad = ~blank & (~valid | padded)
        checks.add(
            bad & valid, spec.name, column, "email_spaces", "error",
            f"{lower} has spaces around it", f"{label} has spaces around it", "trim",
        )  # fmt: skip
        checks.add(
            bad & ~valid, spec.name, column, "invalid_email", "error",
            f"{lower} is not a valid address", f"{label} is not a valid address",
        )  # fmt: skip
        checks.add(
            ~blank & ~bad & (values.str.lower() != values).to_numpy(dtype=bool, na_value=False),
            spec.name, column, "mixed_case_email", "warning",
            f"{lower} has capital letters (the same person may exist in lower case)",
            f"{label} has capital letters", "lowercase",
        )  # fmt: skip
    else:
        checks.add(
            padded, spec.name, column, "surrounding_spaces", "warning",
            f"{label} has spaces around it (sent as is, so it may not match)",
            f"{label} has spaces around it", "trim",
        )  # fmt: skip
    text = _arrow(values)
    return _Values(text, ~blank, text)


def _check_extras(
    checks: _Checks,
    columns: _Columns,
    df: pd.DataFrame,
    mapping: Mapping,
    schema: DestinationSchema,
) -> np.ndarray:
    """Convert every property/trait column, add type checks; returns bytes added per row."""
    size = np.zeros(len(df), dtype=np.int64)
    for plan in mapping.extra_plan(list(df.columns)):
        values = df[plan.column].str.strip() if plan.trim else df[plan.column]
        raw = _arrow(values)
        if plan.value_type == "text":
            present = pc.greater(pc.utf8_length(pc.utf8_trim_whitespace(raw)), 0)
            extra = _Values(raw, present.to_numpy(zero_copy_only=False), raw)
        else:
            typed, present = _convert_in_slices(values, plan.value_type)
            message = f"'{plan.column}' {typed.message}"
            checks.add(
                typed.bad, f"{schema.extras_key}.{plan.key}", plan.column, "invalid_value",
                "error", message, message,
            )  # fmt: skip
            extra = _Values(typed.values, present, raw)
        columns.extras.append((plan.key, extra))
        size += pc.binary_length(raw).to_numpy(zero_copy_only=False) + len(plan.key) + 6
    return size


def _convert_in_slices(values: pd.Series, value_type: str) -> tuple[TypedValues, np.ndarray]:
    """convert_values over SLICE_ROWS rows at a time, and which converted values are sent.

    Conversion makes one Python object per cell while holding the GIL; over a million rows
    in one call that held the GUI thread off for 25–40 ms. Cells convert independently, so
    slices give the same values.
    """
    n = len(values)
    out = np.empty(n, dtype=object)
    bad = np.zeros(n, dtype=bool)
    present = np.zeros(n, dtype=bool)
    message = ""
    for start in range(0, max(n, 1), SLICE_ROWS):
        part = convert_values(values.iloc[start : start + SLICE_ROWS], value_type)
        stop = start + len(part.values)
        out[start:stop] = part.values
        bad[start:stop] = part.bad
        present[start:stop] = np.not_equal(part.values, None)
        message = part.message
    return TypedValues(out, bad, message), present


def _dedupe_parts(schema: DestinationSchema, columns: _Columns) -> list[_Data]:
    """Key arrays that identify "the same record" for this destination."""
    if schema.dedupe_key:
        return [columns.fields[name].key for name in schema.dedupe_key if name in columns.fields]
    parts = [values.key for values in columns.fields.values()]
    parts.extend(values.key for _, values in columns.extras)
    return parts


def _codes(key: pa.Array | np.ndarray) -> np.ndarray:
    if isinstance(key, np.ndarray):
        return pd.factorize(key)[0].astype(np.int64)
    return pc.dictionary_encode(key).indices.to_numpy(zero_copy_only=False).astype(np.int64)


def _combined_codes(parts: list[pa.Array | np.ndarray]) -> np.ndarray:
    """One int64 per row, equal exactly when every part is equal."""
    combined: np.ndarray | None = None
    for part in parts:
        codes = _codes(part)
        if combined is None:
            combined = codes
            continue
        width = int(codes.max(initial=0)) + 1
        if int(combined.max(initial=0)) >= (1 << 62) // width:
            combined = pd.factorize(combined)[0].astype(np.int64)
        combined = combined * width + codes
    assert combined is not None
    return combined


def _duplicate_words(schema: DestinationSchema) -> tuple[str, str]:
    """(what makes rows "the same", the group summary) for this destination."""
    what = (
        ", ".join(schema.field(k).label.lower() for k in schema.dedupe_key)
        if schema.dedupe_key
        else "values in every column"
    )
    return what, f"same {what} as an earlier row — {schema.dedupe_effect}"


def _duplicates(
    parts: list[pa.Array | np.ndarray],
    invalid: np.ndarray,
    row_numbers: np.ndarray,
    schema: DestinationSchema,
) -> _Check | None:
    what, summary = _duplicate_words(schema)
    n = len(row_numbers)
    first_row = np.zeros(n, dtype=np.int64)
    combined = _combined_codes(parts)
    combined[invalid] = -1 - np.flatnonzero(invalid)
    codes, uniques = pd.factorize(combined)
    dup = pd.Series(codes).duplicated(keep="first").to_numpy() & ~invalid
    if not dup.any():
        return None
    first_pos = np.full(len(uniques), -1, dtype=np.int64)
    order = np.arange(n)[::-1]
    first_pos[codes[order]] = order
    first_row[dup] = row_numbers[first_pos[codes[dup]]]
    messages = np.full(n, "", dtype=object)
    idx = np.flatnonzero(dup)
    messages[idx] = [f"Same {what} as row {first_row[i]:,}" for i in idx]
    return _Check(dup, "record", None, "duplicate", "warning", summary, messages)


def _earlier_slice_duplicates(
    parts: list[_Data],
    invalid: np.ndarray,
    in_slice: np.ndarray,
    row_numbers: np.ndarray,
    schema: DestinationSchema,
    seen: DuplicateMemory,
) -> _Check | None:
    """Rows repeating a key of an earlier slice; this slice's new keys are remembered."""
    what, summary = _duplicate_words(schema)
    hashes = row_hashes([p.materialise() if isinstance(p, _Patched) else p for p in parts])
    first = seen.first_rows(hashes)
    fresh = ~invalid & ~in_slice
    repeat = fresh & (first >= 0)
    new = fresh & (first < 0)
    seen.remember(hashes[new], row_numbers[new])
    if not repeat.any():
        return None
    messages = np.full(len(row_numbers), "", dtype=object)
    idx = np.flatnonzero(repeat)
    messages[idx] = [f"Same {what} as row {int(first[i]):,}" for i in idx]
    return _Check(repeat, "record", None, "duplicate", "warning", summary, messages)


def _issues(checks: list[_Check], row_numbers: np.ndarray) -> list[RowIssue]:
    issues: list[RowIssue] = []
    for check in checks:
        idx = np.flatnonzero(check.mask)
        if isinstance(check.messages, str):
            msg = check.messages
            issues.extend(
                RowIssue(
                    int(row_numbers[i]),
                    check.column,
                    check.field,
                    check.code,
                    msg,
                    check.severity,
                    check.fix,
                )
                for i in idx
            )
        else:
            issues.extend(
                RowIssue(
                    int(row_numbers[i]),
                    check.column,
                    check.field,
                    check.code,
                    str(check.messages[i]),
                    check.severity,
                    check.fix,
                )
                for i in idx
            )
    issues.sort(key=lambda issue: issue.row_number)
    return issues


def _group_checks(checks: list[_Check], row_numbers: np.ndarray) -> list[IssueGroup]:
    merged: dict[tuple[str, str, str | None], tuple[_Check, np.ndarray]] = {}
    for check in checks:
        key = (check.field, check.code, check.fix)
        if key in merged:
            merged[key] = (merged[key][0], merged[key][1] | check.mask)
        else:
            merged[key] = (check, check.mask.copy())
    groups = []
    for check, mask in merged.values():
        rows = tuple(int(r) for r in np.sort(row_numbers[mask]))
        groups.append(
            _make_group(
                check.field,
                check.code,
                check.severity,
                check.column,
                check.summary,
                rows,
                check.fix,
            )
        )
    return _sort_groups(groups)


def _make_group(
    field_name: str,
    code: str,
    severity: str,
    column: str | None,
    summary: str,
    rows: tuple[int, ...],
    fix: str | None,
) -> IssueGroup:
    count = len(rows)
    message = group_words(count, summary, rows)
    return IssueGroup(field_name, code, severity, column, count, message, summary, rows, fix)


def _sort_groups(groups: list[IssueGroup]) -> list[IssueGroup]:
    return sorted(groups, key=lambda g: (g.severity != "error", -g.count, g.field, g.code))


def _group(issues: list[RowIssue], known: Iterable[IssueGroup]) -> list[IssueGroup]:
    """Groups rebuilt from issues (after a partial re-validation), keeping known wording."""
    words = {(g.field, g.code, g.fix): g.summary for g in known}
    buckets: dict[tuple[str, str, str | None], list[RowIssue]] = {}
    for issue in issues:
        buckets.setdefault((issue.field, issue.code, issue.fix), []).append(issue)
    groups = []
    for (field_name, code, fix), items in buckets.items():
        first = items[0]
        rows = tuple(sorted({i.row_number for i in items}))
        summary = words.get((field_name, code, fix))
        if summary is None:
            summary = _GROUP_WORDS.get(code, first.message).format(
                field=field_name.replace("_", " ")
            )
        groups.append(
            _make_group(field_name, code, first.severity, first.column, summary, rows, fix)
        )
    return _sort_groups(groups)


_GROUP_WORDS: dict[str, str] = {
    "missing": "{field} is empty",
    "blank": "{field} holds only spaces",
    "email_spaces": "email has spaces around it",
    "invalid_email": "email is not a valid address",
    "mixed_case_email": "email has capital letters",
    "surrounding_spaces": "{field} has spaces around it",
    "invalid_timestamp": "{field} is not a date/time Backfill can read",
    "empty_timestamp": "{field} is empty; the validation time is used",
    "future_timestamp": "{field} is in the future",
    "implausible_timestamp": "{field} is before 1990",
    "invalid_value": "{field} has values of the wrong type",
    "record_too_large": "the row is too large to send",
    "duplicate": "the row repeats an earlier row",
}


# ---------------------------------------------------------------------------------------------
# Records


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic GC while building millions of small acyclic objects.

    Each burst of new dicts/issues would otherwise trigger collections over everything alive;
    pausing roughly halves the build time.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _build_records(result: ValidationResult, positions: np.ndarray) -> list[Record]:
    """Payload records for the kept rows at `positions` (all valid), in that order."""
    with _gc_paused():
        return _build_records_unpaused(result, positions)


def _build_records_unpaused(result: ValidationResult, positions: np.ndarray) -> list[Record]:
    schema = result.mapping.schema
    rows = result.row_numbers[positions].tolist()
    cols = result._columns
    selector = pa.array(positions)

    def kept(values: _Values) -> np.ndarray:
        if isinstance(values.data, (np.ndarray, _Patched)):
            return values.data[positions]
        return np.asarray(values.data.take(selector).to_numpy(zero_copy_only=False), dtype=object)

    def dicts(items: list[tuple[str, _Values]]) -> list[dict]:
        """One dict per row: full columns zipped in one pass, gappy columns filled after."""
        present = {key: values.present[positions] for key, values in items}
        whole = [(k, v) for k, v in items if present[k].all()]
        if whole:
            keys = [k for k, _ in whole]
            lists = [kept(v).tolist() for _, v in whole]
            # Equal lengths by construction; strict checks would cost ~10% here.
            out = [dict(zip(keys, values, strict=False)) for values in zip(*lists, strict=False)]
        else:
            out = [{} for _ in rows]
        for key, values in items:
            if present[key].all():
                continue
            data = kept(values)
            for i in np.flatnonzero(present[key]).tolist():
                out[i][key] = data[i]
        return out

    names = [spec.name for spec in schema.fields if spec.name in cols.fields]
    payloads = dicts([(name, cols.fields[name]) for name in names])
    if any(not cols.fields[name].present[positions].all() for name in names):
        order = names  # gaps were filled last: restore the schema's key order
        payloads = [{k: p[k] for k in order if k in p} for p in payloads]
    if cols.extras:
        extras_key = schema.extras_key
        for payload, bag in zip(payloads, dicts(cols.extras), strict=True):
            if bag:
                payload[extras_key] = bag
    return list(map(Record, rows, payloads))


def _payload_json(result: ValidationResult, positions: np.ndarray) -> list[bytes]:
    """Payload JSON of the kept rows at `positions` (all valid), without a dict per row."""
    schema = result.mapping.schema
    cols = result._columns
    n = int(positions.size)

    def member(key: str, values: _Values) -> tuple[str, pa.Array, np.ndarray]:
        return key, json_text(_taken(values.data, positions)), values.present[positions]

    members = [member(s.name, cols.fields[s.name]) for s in schema.fields if s.name in cols.fields]
    if cols.extras:
        inner = [member(key, values) for key, values in cols.extras]
        any_present = np.logical_or.reduce([present for _, _, present in inner])
        members.append((schema.extras_key, object_text(inner, n), any_present))
    return as_bytes(object_text(members, n))


def _taken(data: _Data, positions: np.ndarray) -> pa.Array | np.ndarray:
    """The values at `positions` (ascending), cut from the block's own span first."""
    if isinstance(data, (np.ndarray, _Patched)):
        return np.asarray(data[positions])
    if not positions.size:
        return data.slice(0, 0)
    low, high = int(positions[0]), int(positions[-1])
    span = data.slice(low, high - low + 1)
    if isinstance(span, pa.ChunkedArray):
        span = span.combine_chunks()
    if high - low + 1 == positions.size:
        return span
    return span.take(pa.array(positions - low))


# ---------------------------------------------------------------------------------------------
# Issue report


def neutralise_cell(value: object) -> str:
    """Text safe to open in a spreadsheet, written as every report cell is (one rule for all:
    `app.core.report_cells.encode_cell`, so `-5` stays `-5` and `=1` becomes `'=1`)."""
    from app.core.report_cells import encode_cell

    return encode_cell(value, "csv")


def write_issue_report(result: ValidationResult, path: str | Path) -> Path:
    """Write one CSV line per issue: row, severity, column, field, code, message."""
    with IssueReport(path) as report:
        report.add(result.issues)
    return Path(path)


class IssueReport:
    """The issue report written as validation goes (a file validated slice by slice)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.lines = 0
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._handle = self.path.open("w", newline="", encoding="utf-8-sig")
        self._writer = csv.writer(self._handle)
        self._writer.writerow(["Row", "Severity", "Column", "Field", "Code", "Message"])

    def add(self, issues: Iterable[RowIssue]) -> None:
        """Append these issues (in the order given)."""
        for issue in issues:
            self.lines += 1
            self._writer.writerow(
                [
                    issue.row_number,
                    issue.severity,
                    neutralise_cell(issue.column or ""),
                    neutralise_cell(issue.field),
                    issue.code,
                    neutralise_cell(issue.message),
                ]
            )

    def close(self) -> None:
        """Finish the file."""
        self._handle.close()

    def __enter__(self) -> IssueReport:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
