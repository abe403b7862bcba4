"""What a validation found: the issues and groups, and the payloads of the valid rows (kept as
columns, built into records or payload JSON on demand)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import TYPE_CHECKING

import numpy as np

from app.core.column_records import build_records, payload_json
from app.core.issues import IssueGroup, RowIssue, summary_words
from app.core.payload_columns import PayloadColumns
from app.core.phrases import Phrase
from app.core.records import Record

if TYPE_CHECKING:
    from app.core.mapping import Mapping
    from app.core.timestamp_checks import ColumnReading

# Rows whose payload JSON is built in one go (then handed out a block at a time).
PAYLOAD_ROWS = 32_768


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
        columns: PayloadColumns,
        excluded: frozenset[int],
        timestamp_fixed_at: str | None,
        now: datetime,
        notes: list[Phrase],
        seconds: float,
        timestamp_readings: dict[str, ColumnReading] | None = None,
    ) -> None:
        self.mapping = mapping
        self.row_numbers = row_numbers  # kept (not excluded) rows, in table order
        self.issues = issues
        self.groups = groups
        self.invalid_mask = invalid_mask  # aligned with row_numbers: the row has an error
        self.columns = columns  # payload values of every kept row
        self.excluded_rows = excluded
        self.timestamp_fixed_at = timestamp_fixed_at
        self.now = now
        self.notes = notes
        self.seconds = seconds
        # How each timestamp column was read (unit, own range): an edit's rows read the same.
        self.timestamp_readings = timestamp_readings or {}
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
        return sorted(int(r) for r in self.row_numbers[self.invalid_mask])

    @property
    def invalid_count(self) -> int:
        """How many rows have at least one error."""
        return int(self.invalid_mask.sum())

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

    def _build(self, positions: np.ndarray) -> list[Record]:
        return build_records(self.mapping.schema, self.row_numbers, self.columns, positions)

    @property
    def records(self) -> list[Record]:
        """Payloads of the valid rows in file order (built on first use, then cached)."""
        if self._records is None:
            self._records = self._build(np.flatnonzero(~self.invalid_mask))
        return self._records

    def iter_record_batches(self, size: int = 1000) -> Iterator[list[Record]]:
        """Valid records in file order, `size` at a time, built lazily (bounded memory)."""
        if self._records is not None:
            for start in range(0, len(self._records), size):
                yield self._records[start : start + size]
            return
        positions = np.flatnonzero(~self.invalid_mask)
        for start in range(0, positions.size, size):
            yield self._build(positions[start : start + size])

    def iter_payload_blocks(self, size: int = 1000) -> Iterator[tuple[list[int], list[bytes]]]:
        """(row numbers, payload JSON) of the valid rows, `size` at a time: the bytes of
        `orjson.dumps(record.payload, option=OPT_SORT_KEYS)`, built from the columns."""
        positions = np.flatnonzero(~self.invalid_mask)
        schema = self.mapping.schema
        # Built many blocks at a time: Arrow kernels cost per call, not per row.
        step = size * max(1, PAYLOAD_ROWS // size)
        for start in range(0, positions.size, step):
            part = positions[start : start + step]
            rows = self.row_numbers[part].tolist()
            payloads = payload_json(schema, self.columns, part)
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
