"""The Map step's "Values" card: the columns in use that hold few distinct values, each with
its counts, its value map, a suggestion and a "Map values…" button.

Values are counted over the whole column in the background once per file
(`app.core.value_maps.few_value_columns`); the card shows the columns the mapping sends and
says `mapping_edited` with the new mapping when the operator changed a column's map.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFrame, QGridLayout, QLabel, QPushButton, QWidget

from app.core.mapping import Mapping
from app.core.table import Table
from app.core.value_maps import (
    ValueCount,
    entry_parts,
    few_value_columns,
    looks_boolean,
    suggest_value_map,
)
from app.ui.texts import number, translate
from app.ui.widgets.value_map_dialog import ValueMapDialog, shown_value
from app.ui.workers import Task, TaskRunner

COUNTS_SHOWN = 4  # "Pro (12), free (9), PRO (3), pro (2), … (6 values)"


class ValueMapsCard(QFrame):
    """Columns with few distinct values and their value maps."""

    mapping_edited = Signal(object)  # the new Mapping

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.runner = runner
        self.task: Task | None = None
        self.counts: dict[str, tuple[ValueCount, ...]] = {}
        self._counted: Table | None = None  # the table `counts` belong to
        self._mapping: Mapping | None = None
        self._table: Table | None = None
        self.buttons: dict[str, QPushButton] = {}
        self.summaries: dict[str, QLabel] = {}
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(16, 12, 16, 12)
        self.grid.setHorizontalSpacing(14)
        self.hide()

    def show_mapping(self, mapping: Mapping, table: Table) -> None:
        """Show the columns `mapping` sends from `table` (counting them first if needed)."""
        self._mapping, self._table = mapping, table
        if self._counted is not table:
            self._count(table)
            return
        self._fill()

    def _count(self, table: Table) -> None:
        self._counted = table
        self.counts = {}
        headers = list(table.headers)
        task = self.runner.start(
            "value counts", lambda _progress, _cancel: few_value_columns(table, headers)
        )
        self.task = task
        task.finished.connect(partial(self._counted_values, task))
        self._fill()

    def _counted_values(self, task: Task, counts: dict[str, tuple[ValueCount, ...]]) -> None:
        if task is not self.task:
            return
        self.counts = counts
        self._fill()

    def _used(self) -> dict[str, str]:
        """The columns the mapping sends as text or flags, each with its value type."""
        mapping, table = self._mapping, self._table
        if mapping is None or table is None:
            return {}
        schema = mapping.schema
        used = {
            src.column: "text"
            for name, src in mapping.fields.items()
            if src.kind == "column" and src.column and schema.field(name).kind != "timestamp"
        }
        # Number and JSON properties are read as such; a value map is for words and flags.
        plan = mapping.extra_plan(table.headers)
        used.update({p.column: p.value_type for p in plan if p.value_type in ("text", "boolean")})
        return used

    def value_types(self) -> dict[str, str]:
        """The columns offered, each with how its values are sent: sent columns with few
        values where a value repeats or something is suggested (not a tiny file's IDs)."""
        offered = {}
        for column, value_type in self._used().items():
            counts = self.counts.get(column)
            if counts and (any(vc.count > 1 for vc in counts) or self._suggest(column, value_type)):
                offered[column] = value_type
        return offered

    def suggestion(self, column: str) -> dict[str, str]:
        """Obvious entries for `column` that are not in its map yet."""
        return self._suggest(column, self._used().get(column, "text"))

    def _suggest(self, column: str, value_type: str) -> dict[str, str]:
        counts = self.counts.get(column, ())
        found = suggest_value_map(counts, boolean=looks_boolean(counts, value_type))
        entries = self._mapping.value_maps.get(column, {}) if self._mapping else {}
        return {value: target for value, target in found.items() if value not in entries}

    def _fill(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons, self.summaries = {}, {}
        columns = list(self.value_types())
        self.setVisible(bool(columns))
        if not columns:
            return
        title = QLabel(translate("ValueMapsCard", "Values"))
        title.setObjectName("fieldName")
        intro = QLabel(
            translate(
                "ValueMapsCard",
                "Columns with few different values: send some of them as another value.",
            )
        )
        intro.setWordWrap(True)
        self.grid.addWidget(title, 0, 0)
        self.grid.addWidget(intro, 0, 1, 1, 2)
        for row, column in enumerate(columns, start=1):
            self._add_row(row, column)
        self.grid.setColumnStretch(1, 1)

    def _add_row(self, row: int, column: str) -> None:
        assert self._mapping is not None
        name = QLabel(column)
        summary = QLabel(self._summary(column))
        summary.setObjectName("sampleValues")
        summary.setWordWrap(True)
        button = QPushButton(translate("ValueMapsCard", "Map values…"))
        button.setAccessibleName(
            translate("ValueMapsCard", "Map the values of {column}").format(column=column)
        )
        button.clicked.connect(partial(self.edit, column))
        self.grid.addWidget(name, row, 0)
        self.grid.addWidget(summary, row, 1)
        self.grid.addWidget(button, row, 2)
        self.buttons[column] = button
        self.summaries[column] = summary

    def _summary(self, column: str) -> str:
        counts = self.counts[column]
        listed = ", ".join(
            f"{shown_value(vc.value)} ({number(vc.count)})" for vc in counts[:COUNTS_SHOWN]
        )
        if len(counts) > COUNTS_SHOWN:
            held = len(counts)  # lupdate misses translate() calls with a call inside
            values = translate("ValueMapsCard", "%Ln value(s)", None, held)
            listed = translate("ValueMapsCard", "{listed}, … ({values})").format(
                listed=listed, values=values
            )
        lines = [listed]
        entries = self._mapping.value_maps.get(column, {}) if self._mapping else {}
        if entries:
            lines.append(
                translate("ValueMapsCard", "Sent instead: {entries}").format(
                    entries=entry_list(entries)
                )
            )
        suggestion = self.suggestion(column)
        if suggestion:
            lines.append(
                translate("ValueMapsCard", "Suggested (not applied): {entries}").format(
                    entries=entry_list(suggestion)
                )
            )
        return "\n".join(lines)

    def dialog(self, column: str) -> ValueMapDialog:
        """The dialog that edits `column`'s map (not shown yet)."""
        entries = self._mapping.value_maps.get(column, {}) if self._mapping else {}
        return ValueMapDialog(
            column, self.counts[column], dict(entries), self.suggestion(column), self
        )

    def edit(self, column: str) -> None:
        """Ask for `column`'s value map and hand the mapping with it on."""
        if self._mapping is None or column not in self.counts:
            return
        dialog = self.dialog(column)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        entries = dialog.result_entries()
        dialog.deleteLater()  # a child of the card: gone once closed, not kept per use
        if accepted:
            self.apply(column, entries)

    def apply(self, column: str, entries: dict[str, str]) -> None:
        """Say the mapping with `column`'s map replaced by `entries`."""
        if self._mapping is not None:
            self.mapping_edited.emit(self._mapping.with_value_map(column, entries))


def entry_list(entries: dict[str, str], shown: int = 3) -> str:
    """`'Y' → 'true'; 'N' → 'false'; … and 2 more`, the "more" in the UI's language."""
    parts = entry_parts(entries)
    listed = "; ".join(parts[:shown])
    if len(parts) <= shown:
        return listed
    left = len(parts) - shown  # lupdate misses translate() calls with a call inside
    more = translate("ValueMapsCard", "… and %Ln more", None, left)
    return f"{listed}; {more}"
