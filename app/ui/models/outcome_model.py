"""The Report step's rows table: rejected and failed rows (row, outcome, field, reason) as a
virtual model over plain column lists, so a million rejections scroll as smoothly as ten.
A users-and-events job's table also says which part each line is about and how the row's
other part stands (row, part, outcome, other part, field, reason)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.core.journal import RowOutcome
from app.core.pair_outcomes import PairOutcome
from app.ui.texts import number, translate
from app.ui.words.report_lines import reason_text, state_words

COLUMNS = ("Row", "Outcome", "Field", "Reason")
PAIR_COLUMNS = ("Row", "Part", "Outcome", "Other part", "Field", "Reason")


def column_names(pair: bool = False) -> tuple[str, ...]:
    """The table's headers in the UI's language (COLUMNS, or PAIR_COLUMNS, in English)."""
    if pair:
        return (
            translate("OutcomeModel", "Row"),
            translate("OutcomeModel", "Part"),
            translate("OutcomeModel", "Outcome"),
            translate("OutcomeModel", "Other part"),
            translate("OutcomeModel", "Field"),
            translate("OutcomeModel", "Reason"),
        )
    return (
        translate("OutcomeModel", "Row"),
        translate("OutcomeModel", "Outcome"),
        translate("OutcomeModel", "Field"),
        translate("OutcomeModel", "Reason"),
    )


@dataclass(frozen=True)
class OutcomeColumns:
    """The report table's columns as plain lists, plus the row order (by spreadsheet row)."""

    rows: list[int]
    states: list[str]
    fields: list[str]
    reasons: list[str]
    row_array: np.ndarray
    order: np.ndarray
    parts: list[str] | None = None  # a pair's: the part each line is about
    others: list[str] | None = None  # … and how the row's other part stands


def outcome_columns(outcomes: Sequence[RowOutcome | PairOutcome]) -> OutcomeColumns:
    """Columns for `OutcomeModel` (O(n): call it in a worker for big reports); a pair's
    lines (`PairOutcome`) add the part and the other part's state."""
    rows = [int(o.row) for o in outcomes]
    # Rejections repeat a few reasons many times: each is worded once.
    reasons: dict[tuple[str | None, str | None], str] = {}
    for o in outcomes:
        if (o.code, o.message) not in reasons:
            reasons[(o.code, o.message)] = reason_text(o.code, o.message)
    states = {state: state_words(state) for state in {o.state for o in outcomes}}
    array = np.asarray(rows, dtype=np.int64)
    columns = OutcomeColumns(
        rows=rows,
        states=[states[o.state] for o in outcomes],
        fields=[o.field or "" for o in outcomes],
        reasons=[reasons[(o.code, o.message)] or states[o.state] for o in outcomes],
        row_array=array,
        order=np.argsort(array, kind="stable"),
    )
    lines = [o for o in outcomes if isinstance(o, PairOutcome)]
    if not lines or len(lines) != len(outcomes):
        return columns
    from app.ui.words.pair_words import other_part_words, part_words

    parts = {part: part_words(part) for part in {o.part for o in lines}}
    return replace(
        columns,
        parts=[parts[o.part] for o in lines],
        fields=[o.part_field or "" for o in lines],  # the Part column names the part
        others=[other_part_words(o) for o in lines],
    )


class OutcomeModel(QAbstractTableModel):
    """Rejected/failed rows: row number, outcome, field, reason. Optionally one group only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[int] = []
        self._states: list[str] = []
        self._fields: list[str] = []
        self._reasons: list[str] = []
        self._parts: list[str] | None = None
        self._others: list[str] | None = None
        self._order: np.ndarray = np.empty(0, dtype=np.int64)  # positions shown, in order

    def set_outcomes(self, outcomes: list[RowOutcome], only_rows: list[int] | None = None) -> None:
        """Show these outcomes (sorted by row); with `only_rows`, just those row numbers."""
        self.set_columns(outcome_columns(outcomes), only_rows)

    def set_columns(self, columns: OutcomeColumns, only_rows: list[int] | None = None) -> None:
        """Show prepared columns (built off the GUI thread for big reports)."""
        self.beginResetModel()
        self._rows, self._states, self._fields, self._reasons, rows = (
            columns.rows,
            columns.states,
            columns.fields,
            columns.reasons,
            columns.row_array,
        )
        self._parts, self._others = columns.parts, columns.others
        order = columns.order
        if only_rows is not None:
            keep = np.isin(rows[order], np.asarray(only_rows, dtype=np.int64))
            order = order[keep]
        self._order = order
        self.endResetModel()

    def row_numbers(self) -> list[int]:
        """Spreadsheet row numbers in display order."""
        return [self._rows[i] for i in self._order]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else int(self._order.size)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 1 + len(self._shown())

    def _shown(self) -> tuple[list[str], ...]:
        """The shown columns' lists, in order."""
        if self._parts is not None and self._others is not None:
            return (self._parts, self._states, self._others, self._fields, self._reasons)
        return (self._states, self._fields, self._reasons)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        i = int(self._order[index.row()])
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 0:
                return number(self._rows[i])
            return self._shown()[col - 1][i]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return column_names(self._parts is not None)[section]
        return None
