"""Which of the file's other columns go into properties/traits, under which key and type."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import mapping as core_mapping
from app.core.mapping import ExtraColumn, Mapping
from app.core.transforms import VALUE_TYPES
from app.ui.accessibility import named, named_table
from app.ui.texts import translate


def value_type_word(value_type: str) -> str:
    """A kind of value as the list shows it; the value itself ("number") is what is saved."""
    words = {
        "text": translate("ExtrasDialog", "text"),
        "number": translate("ExtrasDialog", "number"),
        "boolean": translate("ExtrasDialog", "true/false"),
        "json": translate("ExtrasDialog", "JSON"),
    }
    return words.get(value_type, value_type)


class ExtrasDialog(QDialog):
    """Choose which unmapped columns go into properties/traits, under which key and type."""

    def __init__(
        self, mapping: Mapping, headers: list[str], extras_key: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("ExtrasDialog", "Other columns → {key}").format(key=extras_key)
        )
        self.resize(620, 420)
        self.mapping = mapping
        used = mapping.mapped_columns()
        self.columns = [h for h in headers if h not in used]
        plan = {p.column: p for p in mapping.extra_plan(headers)}
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "ExtrasDialog",
                "Ticked columns are sent with each record as {key}. "
                "Untick a column to leave it out; change the key or the kind of value if needed.",
            ).format(key=extras_key)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(self.columns), 3)
        self.table.setHorizontalHeaderLabels(
            [
                translate("ExtrasDialog", "Column in your file"),
                translate("ExtrasDialog", "Sent as"),
                translate("ExtrasDialog", "Kind of value"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        named_table(self.table, translate("ExtrasDialog", "Other columns"))
        self.type_combos: list[QComboBox] = []
        for row, column in enumerate(self.columns):
            extra = mapping.extras.get(column, ExtraColumn())
            item = QTableWidgetItem(column)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if column in plan else Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, item)
            key = (
                plan[column].key
                if column in plan
                else (extra.key or core_mapping.snake_case(column))
            )
            self.table.setItem(row, 1, QTableWidgetItem(key))
            kind_of = translate("ExtrasDialog", "Kind of value for {column}")
            combo = named(QComboBox(), kind_of.format(column=column))
            for value_type in VALUE_TYPES:
                combo.addItem(value_type_word(value_type), value_type)
            combo.setCurrentIndex(max(0, combo.findData(extra.value_type)))
            self.table.setCellWidget(row, 2, combo)
            self.type_combos.append(combo)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def result_mapping(self) -> Mapping:
        """The mapping with the dialog's choices applied."""
        mapping = self.mapping
        for row, column in enumerate(self.columns):
            include = _item(self.table, row, 0).checkState() == Qt.CheckState.Checked
            key = _item(self.table, row, 1).text().strip() or None
            if key == core_mapping.snake_case(column):
                key = None
            old = mapping.extras.get(column, ExtraColumn())
            mapping = mapping.with_extra(
                column,
                replace(
                    old, include=include, key=key, value_type=self.type_combos[row].currentData()
                ),
            )
        return mapping


def _item(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None  # every cell of the first two columns is set in __init__
    return item
