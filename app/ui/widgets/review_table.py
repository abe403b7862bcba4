"""The Review step's table: editable cells tinted by their problems, a header click to sort,
columns fitted to a sample of rows, and for rows the destination refused, their Reason first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QStyle, QWidget

from app.core.report import report_extra_columns
from app.core.table import Table
from app.ui.accessibility import named_table
from app.ui.models.dataframe_model import DataFrameModel
from app.ui.texts import translate
from app.ui.widgets.data_table import WIDEST_COLUMN, DataTableView

# Columns are fitted to the header and this many rows' text, measured here: Qt's own fit asks
# the model ~8 roles for each of ~1,400 cells (60–90 ms on the GUI thread at any size).
FIT_SAMPLE_ROWS = 60


class ReviewTable(DataTableView):
    """A DataTableView over the Review step's model (`sectionClicked` asks for a sort)."""

    def __init__(self, model: DataFrameModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review_model = model
        self.setObjectName("reviewTable")
        named_table(self, translate("ReviewTable", "Rows of your file"))
        self.setModel(model)
        self.setAlternatingRowColors(False)  # the tints carry the meaning here
        header = self.horizontalHeader()
        header.setSectionsClickable(True)
        header.setToolTip(
            translate(
                "ReviewTable",
                "Click a column name to sort by it (again: reverse, third time: file order)",
            )
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setMinimumHeight(120)  # a few rows, whatever sits above

    def fit_sampled_columns(self) -> None:
        """Each column as wide as its header or its text in the first FIT_SAMPLE_ROWS rows."""
        model = self.review_model
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self)
        air = 2 * (margin + 1) + 16  # the delegate's margins, then a little air as fit_columns
        rows = [model.frame_row(r) for r in range(min(FIT_SAMPLE_ROWS, model.rowCount()))]
        for col in range(model.columnCount()):
            # 80 characters already pass WIDEST_COLUMN; measuring more would only cost time.
            texts = {model.cell_text(row, col)[:80] for row in rows}
            widest_text = max((metrics.horizontalAdvance(text) for text in texts), default=0)
            wanted = max(widest_text + air, header.sectionSizeHint(col) + 16)
            header.resizeSection(col, min(WIDEST_COLUMN, wanted))

    def arrange_columns(self, rejected: Table | None) -> None:
        """File order; for rows the destination refused, their Reason first (on screen only:
        the data keeps the report's column order) and Backfill's bookkeeping columns hidden."""
        header = self.horizontalHeader()
        for logical in range(header.count()):
            header.showSection(logical)
            header.moveSection(header.visualIndex(logical), logical)
        if rejected is None:
            return
        row, _field, code, reason, state = report_extra_columns(rejected.headers)
        names = rejected.headers
        header.moveSection(header.visualIndex(names.index(reason)), 0)
        for name in (row, code, state):  # the row header, the API's code (kept in exports)
            header.hideSection(names.index(name))

    def show_sort(self, column: int | None, descending: bool = False) -> None:
        """The header's sort arrow on `column` (None: rows in file order, no arrow)."""
        header = self.horizontalHeader()
        header.setSortIndicatorShown(column is not None)
        if column is not None:
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            header.setSortIndicator(column, order)
