"""A virtual table over a DataFrame: the view asks only for visible cells, formatted on demand.

No per-cell items and no copies: each column's array is kept as-is and indexed when a cell is
painted. Filtering ("only rows with problems") is a row-index array over the frame, and the
vertical header shows the spreadsheet row number the operator sees in Excel.

A big file is shown from disk instead (`set_paged`, `app.core.paged_table`): the cells of the
rows painted are read from their record batch, and an edit goes to the table's overlay.
"""

from __future__ import annotations

from collections.abc import Container, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from pandas.api.extensions import ExtensionArray
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.core.paged_table import PagedTable
from app.ui.texts import number as shown_number
from app.ui.texts import translate
from app.ui.words.stored_words import reread

ModelIndex = QModelIndex | QPersistentModelIndex

# Long cells are cut for display (the tooltip shows the full text); painting a 50 kB cell is slow.
MAX_DISPLAY_CHARS = 200


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
    }
)


def sort_order(df: pd.DataFrame, column: str, descending: bool = False) -> np.ndarray:
    """Frame rows ordered by one column: numerically when every filled cell is a number,
    else as text ignoring case; empty cells last either way. The frame is not touched."""
    values = pa.array(df[column])
    filled = pc.greater(pc.utf8_length(pc.fill_null(values, "")), 0)
    numbers = pc.match_substring_regex(values, r"^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$")
    numeric = bool(pc.all(pc.or_kleene(pc.invert(filled), pc.fill_null(numbers, False))).as_py())
    if numeric and pc.any(filled).as_py():
        keys = pc.cast(pc.if_else(filled, pc.utf8_trim_whitespace(values), None), pa.float64())
    else:
        keys = pc.if_else(filled, pc.utf8_lower(values), None)
    order = "descending" if descending else "ascending"
    indices = pc.array_sort_indices(keys, order=order, null_placement="at_end")
    return indices.to_numpy(zero_copy_only=False).astype(np.int64)


class DataFrameModel(QAbstractTableModel):
    """Read-mostly model of `df` (all-text cells). Optional per-cell problem and exclusion cues.

    `rows` maps view rows to frame rows; None means every row in frame order.
    """

    cell_edited = Signal(int, str, str)  # frame row, column name, new text

    def __init__(
        self,
        df: pd.DataFrame | None = None,
        row_numbers: Sequence[int] | np.ndarray | None = None,
        *,
        editable: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._df = pd.DataFrame()
        self._paged: PagedTable | None = None  # a big file read from disk instead of `_df`
        self._columns: list[ExtensionArray] = []  # each column's cells, indexed when painted
        self._headers: list[str] = []
        self._row_numbers = np.zeros(0, dtype=np.int64)
        self._rows: np.ndarray | None = None  # what the view shows: filter, then sort order
        self._filter: np.ndarray | None = None  # frame rows kept by a filter (ascending)
        self._order: np.ndarray | None = None  # frame rows in sort order (None: file order)
        self._rank: np.ndarray | None = None  # rank[frame_row] = position in the sort order
        self._editable = editable
        self._messages: Mapping[tuple[int, str], str] = {}  # (row number, column) -> message
        self._warning_cells: Container[tuple[int, str]] = ()  # cells whose issues only warn
        self._error_rows: Container[int] = ()
        self._warning_rows: Container[int] = ()
        self._excluded: set[int] = set()  # spreadsheet row numbers
        # Column name -> {cell: text sent instead}: such cells show "Y → true" (value maps).
        self._value_maps: Mapping[str, Mapping[str, str]] = {}
        self._sent: dict[int, Mapping[str, str]] = {}  # the same by column index
        self._pick_colours()
        self._struck = QFont()
        self._struck.setStrikeOut(True)
        if df is not None:
            self.set_frame(df, row_numbers)

    # -- content -------------------------------------------------------------------------------

    def set_frame(
        self, df: pd.DataFrame, row_numbers: Sequence[int] | np.ndarray | None = None
    ) -> None:
        """Show a new frame (resets the filter)."""
        self.beginResetModel()
        self._df = df
        self._paged = None
        self._headers = [str(c) for c in df.columns]
        self._columns = [df[c].array for c in df.columns]
        if row_numbers is None:
            self._row_numbers = np.arange(2, len(df) + 2, dtype=np.int64)
        else:
            self._row_numbers = np.asarray(row_numbers, dtype=np.int64)
        self._reset_arrangement()
        self.endResetModel()

    def set_paged(self, paged: PagedTable) -> None:
        """Show a big file from disk (resets the filter): nothing is copied into the model."""
        self.beginResetModel()
        self._df = pd.DataFrame()
        self._paged = paged
        self._headers = list(paged.headers)
        self._columns = []
        self._row_numbers = np.zeros(0, dtype=np.int64)
        self._reset_arrangement()
        self.endResetModel()

    def _reset_arrangement(self) -> None:
        self._rows = None
        self._filter = None
        self._order = None
        self._rank = None
        self._index_value_maps()

    def set_value_maps(self, value_maps: Mapping[str, Mapping[str, str]] | None) -> None:
        """Cells a value map sends as something else show both: `Y → true`."""
        self._value_maps = value_maps or {}
        self._index_value_maps()
        self._repaint_all()

    def _index_value_maps(self) -> None:
        self._sent = {
            col: self._value_maps[name]
            for col, name in enumerate(self._headers)
            if self._value_maps.get(name)
        }

    @property
    def frame(self) -> pd.DataFrame:
        return self._df

    @property
    def source(self) -> pd.DataFrame | PagedTable:
        """What is shown: the frame, or the big file on disk."""
        return self._paged if self._paged is not None else self._df

    @property
    def headers(self) -> list[str]:
        """Column names, in file order."""
        return list(self._headers)

    def _frame_rows(self) -> int:
        return len(self._paged) if self._paged is not None else len(self._df)

    def _number(self, frame_row: int) -> int:
        if self._paged is not None:
            return self._paged.row_number(frame_row)
        return int(self._row_numbers[frame_row])

    def set_rows(self, rows: np.ndarray | Sequence[int] | None) -> None:
        """Show only these frame rows (kept in the current sort order); None shows all."""
        self.beginResetModel()
        self._filter = None if rows is None else np.asarray(rows, dtype=np.int64)
        self._rows = self._arrange()
        self.endResetModel()

    def set_order(self, order: np.ndarray | None) -> None:
        """Show rows in this order (a permutation of frame rows, e.g. sorted by a column).

        The frame itself is never sorted; None returns to file order.
        """
        self.beginResetModel()
        if order is None:
            self._order = self._rank = None
        else:
            self._order = np.asarray(order, dtype=np.int64)
            rank = np.empty(len(self._order), dtype=np.int64)
            rank[self._order] = np.arange(len(self._order), dtype=np.int64)
            self._rank = rank
        self._rows = self._arrange()
        self.endResetModel()

    def _arrange(self) -> np.ndarray | None:
        if self._order is None or self._rank is None:
            return self._filter
        if self._filter is None:
            return self._order
        return self._filter[np.argsort(self._rank[self._filter], kind="stable")]

    def frame_row(self, view_row: int) -> int:
        """Frame row shown at `view_row`."""
        return int(self._rows[view_row]) if self._rows is not None else view_row

    def view_row(self, frame_row: int) -> int | None:
        """Where frame row `frame_row` is shown, or None when filtered out."""
        if self._rows is None:
            return frame_row if 0 <= frame_row < self._frame_rows() else None
        hits = np.flatnonzero(self._rows == frame_row)
        return int(hits[0]) if len(hits) else None

    def row_number(self, view_row: int) -> int:
        """Spreadsheet row number shown at `view_row` (as in Excel)."""
        return self._number(self.frame_row(view_row))

    def _pick_colours(self) -> None:
        # From the active light/dark tokens, so tints stay readable in both looks.
        from app.ui.theme import current_tokens

        tokens = current_tokens()

        def tint(name: str, alpha: int) -> QBrush:
            colour = QColor(tokens[name])
            colour.setAlpha(alpha)
            return QBrush(colour)

        self._issue_brush = tint("error", 48)
        self._issue_text = QBrush(QColor(tokens["error"]))
        self._warning_brush = tint("staging", 44)
        self._warning_text = QBrush(QColor(tokens["warning"]))
        self._excluded_brush = tint("disabled", 40)

    def set_issues(
        self,
        messages: Mapping[tuple[int, str], str] | None,
        *,
        warning_cells: Container[tuple[int, str]] = (),
        error_rows: Container[int] = (),
        warning_rows: Container[int] = (),
    ) -> None:
        """Problem cues, keyed by spreadsheet row number: cell messages (tooltips and tints:
        red for errors, amber for warnings) and which row numbers to colour. None clears."""
        self._messages = messages or {}
        self._warning_cells = warning_cells
        self._error_rows = error_rows
        self._warning_rows = warning_rows
        self._pick_colours()
        self._repaint_all()

    def set_excluded(self, row_numbers: set[int]) -> None:
        """Rows the operator excluded are shown dimmed and struck through."""
        self._excluded = set(row_numbers)
        self._repaint_all()

    def refresh_column(self, column: str) -> None:
        """Re-read a column after the frame was edited in place."""
        if self._paged is not None:
            return  # read from disk and the overlay on every paint
        col = self._headers.index(column)
        self._columns[col] = self._df[self._df.columns[col]].array

    def refresh_row(self, frame_row: int) -> None:
        """Repaint one frame row (after an edit or re-validation)."""
        view = self.view_row(frame_row)
        if view is not None and self._headers:
            self.dataChanged.emit(self.index(view, 0), self.index(view, len(self._headers) - 1))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, view, view)

    def _repaint_all(self) -> None:
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)

    # -- Qt model interface --------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid():
            return 0
        return len(self._rows) if self._rows is not None else self._frame_rows()

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def cell_text(self, frame_row: int, col: int) -> str:
        """The raw text of a cell."""
        if self._paged is not None:
            return self._paged.cell(frame_row, col)
        value = self._columns[col][frame_row]
        if value is None or (isinstance(value, float) and np.isnan(value)):
            return ""
        return value if isinstance(value, str) else str(value)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks ~7 roles per painted cell; answer the unused ones before any work.
        if role not in _ROLES or not index.isValid():
            return None
        row = self.frame_row(index.row())
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            text = self.cell_text(row, col)
            if role == Qt.ItemDataRole.EditRole:
                return text
            if col in self._sent and text in self._sent[col]:
                return f"{text} → {self._sent[col][text]}"
            return text[:MAX_DISPLAY_CHARS] + "…" if len(text) > MAX_DISPLAY_CHARS else text
        number = self._number(row)
        key = (number, self._headers[col])
        if role == Qt.ItemDataRole.ToolTipRole:
            message = self._messages.get(key)
            if message:
                return translate("DataFrameModel", "Row {row}, {column}: {problem}").format(
                    row=shown_number(number), column=self._headers[col], problem=reread(message)
                )
            text = self.cell_text(row, col)
            if col in self._sent and text in self._sent[col]:
                return translate(
                    "DataFrameModel", "“{text}” is sent as “{sent}” (value map on the Map step)"
                ).format(text=text, sent=self._sent[col][text])
            return text if len(text) > MAX_DISPLAY_CHARS else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if key in self._messages:
                return self._warning_brush if key in self._warning_cells else self._issue_brush
            return self._excluded_brush if number in self._excluded else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if key in self._messages:
                return self._warning_text if key in self._warning_cells else self._issue_text
            return None
        if role == Qt.ItemDataRole.FontRole and number in self._excluded:
            return self._struck
        return None

    def cell_issue(self, view_row: int, col: int) -> str | None:
        """The problem message of a cell as shown (in the UI's language), or None."""
        number = self.row_number(view_row)
        message = self._messages.get((number, self._headers[col]))
        return reread(message) if message else None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self._headers[section] if 0 <= section < len(self._headers) else None
            return None
        if not 0 <= section < self.rowCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self.row_number(section)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            number = self.row_number(section)
            if number in self._excluded:
                return translate("DataFrameModel", "Row {row} (excluded from the upload)").format(
                    row=shown_number(number)
                )
            return translate("DataFrameModel", "Row {row}").format(row=shown_number(number))
        if role == Qt.ItemDataRole.ForegroundRole:
            number = self.row_number(section)
            if number in self._error_rows:
                return self._issue_text
            return self._warning_text if number in self._warning_rows else None
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if self._editable and index.isValid():
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(  # noqa: N802
        self, index: ModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not (self._editable and index.isValid() and role == Qt.ItemDataRole.EditRole):
            return False
        row = self.frame_row(index.row())
        col = index.column()
        text = "" if value is None else str(value)
        if text == self.cell_text(row, col):
            return False
        if self._paged is not None:
            self._paged.edit(row, col, text)  # the overlay: the file on disk stays as read
        else:
            # The session's frame is edited in place: the operator's fix is the data from now on.
            self._df.iat[row, col] = text
            self._columns[col] = self._df[self._df.columns[col]].array
        self.dataChanged.emit(index, index)
        self.cell_edited.emit(row, self._headers[col], text)
        return True
