"""One column's value map: its distinct values with their counts, and what to send instead.

Suggestions appear as grey placeholder text in the "Sent as" cells and are only taken when
the operator presses "Use suggestions" (or types them): nothing is mapped by itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.value_maps import ValueCount
from app.ui.texts import number, translate


def shown_value(value: str) -> str:
    """A cell as the list shows it: quoted when spaces around it would otherwise be invisible."""
    return f"“{value}”" if value != value.strip() else value


class ValueMapDialog(QDialog):
    """Map the distinct values of one column to the text sent instead."""

    def __init__(
        self,
        column: str,
        counts: tuple[ValueCount, ...],
        entries: dict[str, str],
        suggestion: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("ValueMapDialog", "Values of “{column}”").format(column=column)
        )
        self.resize(520, 460)
        self.counts = counts
        self.suggestion = suggestion
        layout = QVBoxLayout(self)
        held = len(counts)  # lupdate misses translate() calls with a call inside
        intro = QLabel(
            translate(
                "ValueMapDialog",
                "“{column}” holds %Ln different value(s). Type what to send instead of a "
                "value; leave it empty to send the value as it is.",
                None,
                held,
            ).format(column=column)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(counts), 3)
        self.table.setHorizontalHeaderLabels(
            [
                translate("ValueMapDialog", "Value in your file"),
                translate("ValueMapDialog", "Rows"),
                translate("ValueMapDialog", "Sent as"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.edits: dict[str, QLineEdit] = {}
        for row, vc in enumerate(counts):
            self.table.setItem(row, 0, _read_only(shown_value(vc.value)))
            self.table.setItem(row, 1, _read_only(number(vc.count)))
            edit = QLineEdit(entries.get(vc.value, ""))
            edit.setAccessibleName(
                translate("ValueMapDialog", "Sent as, instead of {value}").format(value=vc.value)
            )
            if vc.value in suggestion:
                edit.setPlaceholderText(
                    translate("ValueMapDialog", "suggested: {value}").format(
                        value=suggestion[vc.value]
                    )
                )
            self.table.setCellWidget(row, 2, edit)
            self.edits[vc.value] = edit
        layout.addWidget(self.table, 1)
        layout.addWidget(self._build_buttons())

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        count = len(self.suggestion)
        self.use_suggestions = QPushButton(
            translate("ValueMapDialog", "Use suggestions ({count})").format(count=number(count))
        )
        self.use_suggestions.setToolTip(
            translate("ValueMapDialog", "Fill the empty “Sent as” cells with the suggested values")
        )
        self.use_suggestions.setVisible(bool(count))
        self.use_suggestions.clicked.connect(self.take_suggestions)
        self.clear_button = QPushButton(translate("ValueMapDialog", "Clear all"))
        self.clear_button.clicked.connect(self.clear)
        role = QDialogButtonBox.ButtonRole.ActionRole
        buttons.addButton(self.use_suggestions, role)
        buttons.addButton(self.clear_button, role)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons

    def take_suggestions(self) -> None:
        """Fill every empty "Sent as" cell that has a suggestion with it."""
        for value, target in self.suggestion.items():
            edit = self.edits.get(value)
            if edit is not None and not edit.text():
                edit.setText(target)

    def clear(self) -> None:
        """Send every value as it is."""
        for edit in self.edits.values():
            edit.clear()

    def result_entries(self) -> dict[str, str]:
        """The value map the dialog describes (values left empty pass unchanged)."""
        return {
            value: edit.text()
            for value, edit in self.edits.items()
            if edit.text() and edit.text() != value
        }


def _read_only(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item
