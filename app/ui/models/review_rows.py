"""The rows the Review step shows and checks: the loaded table in memory, or a big file paged
from disk (`app.core.paged_table`). One set of calls for both, so the page does not branch."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np

from app.core import validate as core_validate
from app.core.mapping import Mapping
from app.core.paged_table import PagedTable
from app.core.paged_validation import PagedValidation, WarningCells, recheck, validate_paged
from app.core.table import Table
from app.core.validate import Progress
from app.ui.models.dataframe_model import DataFrameModel
from app.ui.models.problem_index import Checked, index_problems, rechecked
from app.ui.workers import CancelFlag

Result = Any  # a ValidationResult, or a PagedValidation for a paged file


def show_rows(model: DataFrameModel, table: Table, paged: PagedTable | None) -> None:
    """Put the rows into the table model (from disk for a paged file)."""
    if paged is not None:
        model.set_paged(paged)
    else:
        model.set_frame(table.df, table.row_numbers)


def shown(model: DataFrameModel, table: Table, paged: PagedTable | None) -> bool:
    """Whether the model already shows these rows."""
    return model.source is (paged if paged is not None else table.df)


def check_rows(
    table: Table,
    paged: PagedTable | None,
    mapping: Mapping,
    excluded: set[int],
    progress: Progress,
    cancel: CancelFlag,
) -> Checked:
    """Validate every row (a paged file slice by slice) and index where the problems are."""
    if paged is None:
        result = core_validate.validate(
            table, mapping, excluded_rows=excluded, progress=progress, cancel=cancel
        )
        return index_problems(table, result)
    paged_result = validate_paged(
        paged, mapping, excluded_rows=excluded, progress=progress, cancel=cancel
    )
    return index_paged(paged_result)


def index_paged(result: PagedValidation) -> Checked:
    """Where a paged validation's problems are (positions from the record-batch index)."""
    positions = result.paged.positions_of(result.problem_rows.array)
    return Checked(
        result, positions, result.problem_rows, result.error_rows, WarningCells(result.marks)
    )


def index_any(table: Table, result: Result) -> Checked:
    """`index_problems` for either kind of result."""
    if isinstance(result, PagedValidation):
        return index_paged(result)
    return index_problems(table, result)


def recheck_rows(table: Table, mapping: Mapping, rows: list[int], previous: Result) -> Result:
    """Check the edited frame rows again (a paged file: those rows alone, from the overlay)."""
    if isinstance(previous, PagedValidation):
        return recheck(previous, rows)
    return core_validate.validate_rows(table, mapping, rows, previous)


def rechecked_any(before: Checked | None, table: Table, rows: list[int], result: Result) -> Checked:
    """`rechecked` for either kind of result."""
    if isinstance(result, PagedValidation):
        return index_paged(result)
    return rechecked(before, table, rows, result)


def positions_of(table: Table, paged: PagedTable | None, numbers: Iterable[int]) -> np.ndarray:
    """Frame rows (ascending) of these spreadsheet row numbers."""
    wanted = np.fromiter(numbers, dtype=np.int64)
    if paged is not None:
        return paged.positions_of(wanted)
    return np.flatnonzero(np.isin(np.asarray(table.row_numbers), wanted))


def row_number(table: Table, paged: PagedTable | None, frame_row: int) -> int:
    """The spreadsheet row number of a frame row."""
    if paged is not None:
        return paged.row_number(frame_row)
    return int(table.row_numbers[frame_row])
