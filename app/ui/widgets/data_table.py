"""The table view used for spreadsheets: fixed row heights, no wrapping, columns fit to a sample."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

ROW_HEIGHT = 26
WIDEST_COLUMN = 320
# Columns are sized from this many rows, never the whole (possibly million-row) frame.
SIZE_SAMPLE_ROWS = 200


class DataTableView(QTableView):
    """A QTableView set up for big virtual models."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        # Tab leaves the table for the next control (arrows move between cells): no trap.
        self.setTabKeyNavigation(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(150)
        header.setResizeContentsPrecision(SIZE_SAMPLE_ROWS)
        header.setStretchLastSection(True)
        vertical = self.verticalHeader()
        # Fixed heights: the view never measures a million rows.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(ROW_HEIGHT)

    def fit_columns(self, widest: int = WIDEST_COLUMN) -> None:
        """Size columns to their text in the first rows, capped at `widest` pixels."""
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        for col in range(header.count()):
            # A little air after the longest text; long text stops at `widest`.
            header.resizeSection(col, min(widest, header.sectionSize(col) + 16))
