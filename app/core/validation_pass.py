"""One validation pass over a frame of rows: every field's checks, the record size limit and
duplicates, with progress and cancel between steps; the same pass serves a whole file, a slice
of one, and the few rows an edit re-checks (`app.core.revalidate`)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import numpy as np
import pandas as pd
import pyarrow.compute as pc

from app.core.cancel import Cancel, Cancelled, raise_if_cancelled
from app.core.checks import (
    Checks,
    check_extras,
    check_size,
    check_text,
    field_series,
    groups_of,
    issues_of,
)
from app.core.column_records import gc_paused
from app.core.duplicate_checks import dedupe_parts, earlier_slice_duplicates, in_frame_duplicates
from app.core.duplicates import DuplicateMemory
from app.core.fields import DestinationSchema, FieldSpec
from app.core.mapping import Mapping
from app.core.payload_columns import ColumnValues, PayloadColumns
from app.core.phrases import Phrase
from app.core.table import Table
from app.core.timestamp_checks import ColumnReading, check_timestamp
from app.core.timestamps import format_iso
from app.core.transforms import apply_text_transforms
from app.core.validation_result import ValidationResult

Progress = Callable[[int, "int | None", str], None]


class MappingProblem(ValueError):
    """The mapping cannot be used with this table (missing required field or column)."""


class ValidationCancelled(Cancelled):
    """The operator cancelled validation."""

    words = "Validation was cancelled."


def check_mapping(table: Table, mapping: Mapping) -> None:
    """Raise MappingProblem when a required field has no source or a column is missing."""
    missing_required = mapping.missing_required()
    if missing_required:
        labels = ", ".join(spec.label for spec in missing_required)
        raise MappingProblem(f"Choose a column or a fixed value for: {labels}.")
    missing = mapping.missing_columns(table.headers)
    if missing:
        names = ", ".join(f"'{c}'" for c in missing)
        raise MappingProblem(f"The mapping uses columns this file does not have: {names}.")


def aware_now(now: datetime | None) -> datetime:
    """`now` (or the current time) with a time zone, UTC when it had none."""
    now = now or datetime.now(UTC)
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    return now


def _checkpoint(
    progress: Progress | None, cancel: Cancel, step: int, steps: int, what: str
) -> None:
    raise_if_cancelled(cancel, ValidationCancelled)
    if progress is not None:
        progress(step, steps, what)


@dataclass
class _Found:
    """What the pass has collected so far."""

    checks: Checks
    columns: PayloadColumns
    notes: list[Phrase]
    size: np.ndarray  # payload bytes per row, roughly
    now_ms: int
    fixed_iso: str  # the time sent for events without one (whole seconds of `now`)
    timestamp_fixed_at: str | None = None
    whole_file: bool = True  # the frame is the whole file, not one slice of it
    # How each timestamp column was read (an edit's rows are read as the file was: `pinned`).
    readings: dict[str, ColumnReading] = field(default_factory=dict)
    pinned: dict[str, ColumnReading] = field(default_factory=dict)


def validate_frame(
    df: pd.DataFrame,
    row_numbers: np.ndarray,
    mapping: Mapping,
    now: datetime,
    excluded: frozenset[int],
    *,
    started: float,
    progress: Progress | None = None,
    cancel: Cancel = None,
    edited: bool = False,
    seen: DuplicateMemory | None = None,
    readings: dict[str, ColumnReading] | None = None,
) -> ValidationResult:
    """Check the rows of `df` (spreadsheet rows `row_numbers`) under `mapping`.

    `edited`: the rows are an edit's re-check, whose notes and duplicates the caller settles
    against the whole file, read as the whole file's `readings` say; `seen` carries the keys
    of earlier slices of the same file.
    """
    schema = mapping.schema
    n = len(df)
    now_ms = int(now.timestamp() * 1000)
    fixed_iso = str(format_iso(np.array([now_ms - now_ms % 1000], dtype=np.int64))[0])
    size = np.zeros(n, dtype=np.int64) + 16  # braces, commas and the bag's key
    found = _Found(Checks(), PayloadColumns(), [], size, now_ms, fixed_iso)
    found.whole_file = seen is None
    found.pinned = dict(readings or {})
    steps = len(schema.fields) + 3
    for step, spec in enumerate(schema.fields, start=1):
        _checkpoint(progress, cancel, step, steps, f"Checking {spec.label}")
        _check_field(found, df, mapping, spec, edited)
    _checkpoint(progress, cancel, steps - 2, steps, f"Checking {schema.extras_key}")
    found.size += check_extras(found.checks, found.columns, df, mapping, schema)
    check_size(found.checks, found.size, schema)
    # Duplicates among rows that are otherwise valid.
    _checkpoint(progress, cancel, steps - 1, steps, "Looking for duplicates")
    invalid = found.checks.invalid(n)
    if not edited:
        _check_duplicates(found, invalid, row_numbers, schema, seen)
    _checkpoint(progress, cancel, steps, steps, "Collecting problems")
    with gc_paused():
        issues = issues_of(found.checks, row_numbers)
    return ValidationResult(
        mapping=mapping,
        row_numbers=row_numbers,
        issues=issues,
        groups=groups_of(found.checks, row_numbers),
        invalid_mask=invalid,
        columns=found.columns,
        excluded=excluded,
        timestamp_fixed_at=found.timestamp_fixed_at,
        now=now,
        notes=found.notes,
        seconds=time.perf_counter() - started,
        timestamp_readings=found.readings,
    )


def _check_field(
    found: _Found, df: pd.DataFrame, mapping: Mapping, spec: FieldSpec, edited: bool
) -> None:
    """One field's checks and payload values (a fixed time for an event's missing timestamp)."""
    schema = mapping.schema
    n = len(df)
    src = mapping.source(spec.name)
    if src.kind == "none":
        if spec.kind == "timestamp" and schema.record_kind == "event":
            fixed_iso = found.timestamp_fixed_at = found.fixed_iso
            found.columns.fields[spec.name] = ColumnValues(
                np.full(n, fixed_iso, dtype=object),
                np.ones(n, dtype=bool),
                np.zeros(n, dtype=np.int64),
            )
            found.size += len(spec.name) + len(fixed_iso) + 6
        return
    raw, column = field_series(df, mapping, spec)
    values = apply_text_transforms(raw, src.transforms) if src.transforms else raw
    if spec.kind == "timestamp":
        outcome = check_timestamp(
            found.checks, found.columns, spec, column, values, src, schema, found.now_ms,
            found.fixed_iso, whole_column=found.whole_file and not edited,
            pinned=found.pinned.get(spec.name),
        )  # fmt: skip
        found.readings[spec.name] = outcome.reading
        if not edited:
            found.notes.extend(outcome.notes)
        found.size += len(spec.name) + 30
        return
    text = check_text(found.checks, spec, column, values)
    found.columns.fields[spec.name] = text
    found.size += pc.binary_length(text.data).to_numpy(zero_copy_only=False) + len(spec.name) + 6


def _check_duplicates(
    found: _Found,
    invalid: np.ndarray,
    row_numbers: np.ndarray,
    schema: DestinationSchema,
    seen: DuplicateMemory | None,
) -> None:
    """Duplicate warnings within the frame, and against earlier slices when `seen` is given."""
    n = len(row_numbers)
    parts = dedupe_parts(schema, found.columns)
    if not parts or not n:
        return
    dup = in_frame_duplicates(parts, invalid, row_numbers, schema)
    if seen is not None:
        in_slice = dup.mask if dup is not None else np.zeros(n, dtype=bool)
        earlier = earlier_slice_duplicates(parts, invalid, in_slice, row_numbers, schema, seen)
        if earlier is not None:
            found.checks.append(earlier)
    if dup is None:
        return
    found.checks.append(dup)
    if found.timestamp_fixed_at and "timestamp" in schema.dedupe_key:
        count = int(dup.mask.sum())
        found.notes.append(repeated_events_note(count, schema.vendor))


def repeated_events_note(count: int, vendor: str) -> Phrase:
    """ "3 events repeat an earlier row's user and name…": events a fixed time makes equal."""
    if count == 1:
        return Phrase.counted(
            "%n event repeats an earlier row's user and name. With no timestamp column every "
            "event gets the same time, so {vendor} keeps only one of each; map a timestamp "
            "column to keep them.",
            count,
            vendor=vendor,
        )
    return Phrase.counted(
        "%n events repeat an earlier row's user and name. With no timestamp column every "
        "event gets the same time, so {vendor} keeps only one of each; map a timestamp "
        "column to keep them.",
        count,
        vendor=vendor,
    )
