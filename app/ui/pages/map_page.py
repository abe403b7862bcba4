"""② Map: which column feeds each destination field, how values are cleaned, and the rest.

Auto-suggest (and a matching saved template) fill the choices; the operator adjusts them.
Every change produces a new `Mapping` in the session; the page holds no mapping rules itself.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import mapping as core_mapping
from app.core.appdirs import data_dir
from app.core.fields import SCHEMAS, DestinationSchema, FieldSpec, get_schema
from app.core.file_kind import FileKindGuess, destination_for, infer_file_kind
from app.core.mapping import (
    ExtraColumn,
    FieldSource,
    Mapping,
    MappingSuggestion,
    Template,
    TemplateApplication,
)
from app.core.table import Table
from app.core.template_choice import TemplateChoice, choose_template, load_templates
from app.core.transforms import TRANSFORM_LABELS, VALUE_TYPES, apply_text_transforms
from app.core.value_readings import conversion_note, extra_lines
from app.ui.assets import icon
from app.ui.destination_names import destination_label
from app.ui.pages.base import StepPage
from app.ui.session import Session
from app.ui.theme import fit_page_margins, set_style_state
from app.ui.widgets.notice import Notice
from app.ui.widgets.page_scroll import PageScroll
from app.ui.workers import Task, TaskRunner

CONFIDENCE_DOTS = {"exact": "●●●", "likely": "●●○", "guess": "●○○", "none": "○○○"}
CONFIDENCE_WORDS = {
    "exact": "exact",
    "likely": "likely",
    "guess": "guess",
    "none": "no match",
    "yours": "your choice",
    "template": "from template",
}
ORDER_WORDS = {"day_first": "day-first (DD/MM)", "month_first": "month-first (MM/DD)"}
COMMON_ZONES = (
    "UTC",
    "Europe/London",
    "Europe/Berlin",
    "Europe/Paris",
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/Sao_Paulo",
    "Asia/Kolkata",
    "Asia/Singapore",
    "Asia/Tokyo",
    "Australia/Sydney",
)
# Date cues are computed on a sample so switching day/month order stays instant on big files.
DATE_SAMPLE_ROWS = 20_000


def templates_dir() -> Path:
    """Where saved mapping templates live (inside the data dir)."""
    folder = data_dir() / "templates"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def local_zone() -> str:
    """The computer's IANA time zone name (e.g. "Europe/Berlin"), or "UTC"."""
    zone = QTimeZone.systemTimeZoneId()
    text = bytes(zone.data()).decode() if isinstance(zone, QByteArray) else str(zone)
    return text or "UTC"


@dataclass(frozen=True)
class SuggestionPlan:
    """What the background matching found for a file: where it goes and how it maps."""

    destination: str
    suggestion: MappingSuggestion
    choice: TemplateChoice | None
    file_kind: FileKindGuess | None = None
    moved_from: str | None = None  # the destination used before, when the file's kind differs


def plan_suggestion(
    table: Table, destination: str, folder: Path, *, infer_destination: bool = False
) -> SuggestionPlan:
    """Auto-suggest (for the destination the file's kind calls for, when asked) and find a
    saved template made for (nearly) these headers."""
    guess = infer_file_kind(table) if infer_destination else None
    chosen = destination_for(guess.kind, destination) if guess is not None else destination
    suggestion = core_mapping.suggest_mapping(table, get_schema(chosen))
    choice = choose_template(load_templates(folder), table.headers, chosen)
    moved = destination if chosen != destination else None
    return SuggestionPlan(chosen, suggestion, choice, guess, moved)


class FieldRow:
    """The widgets of one target field in the grid."""

    def __init__(self, spec: FieldSpec) -> None:
        self.spec = spec
        required = " *" if spec.required else ""
        self.label = QLabel(f"{spec.label}{required}")
        self.label.setObjectName("fieldName")
        self.label.setToolTip(spec.description)
        self.combo = QComboBox()
        self.combo.setMinimumWidth(170)
        self.combo.setToolTip(spec.description)
        self.constant = QLineEdit()
        self.constant.setPlaceholderText("Value for every row")
        self.constant.hide()
        self.samples = QLabel("")
        self.samples.setObjectName("sampleValues")
        self.samples.setMinimumWidth(140)
        self.samples.setWordWrap(True)
        self.confidence = QLabel("")
        self.confidence.setObjectName("confidence")
        self.options = QWidget()
        options = QHBoxLayout(self.options)
        options.setContentsMargins(0, 0, 0, 0)
        options.setSpacing(8)
        self.transform_boxes: dict[str, QCheckBox] = {}
        self.order_combo: QComboBox | None = None
        self.numbers_combo: QComboBox | None = None
        self.zone_combo: QComboBox | None = None
        if spec.kind == "timestamp":
            self.order_combo = QComboBox()
            self.order_combo.addItem("Dates: detect order", "auto")
            self.order_combo.addItem("Day first (31/12)", "day_first")
            self.order_combo.addItem("Month first (12/31)", "month_first")
            self.order_combo.setToolTip("How to read dates like 04/03/2024")
            self.zone_combo = QComboBox()
            self.zone_combo.setEditable(True)
            zones = list(dict.fromkeys(["UTC", local_zone(), *COMMON_ZONES]))
            self.zone_combo.addItems(zones)
            self.zone_combo.setToolTip("Time zone of times written without one")
            self.numbers_combo = QComboBox()
            for label, value in (
                ("Numbers: detect", "auto"),
                ("Excel date numbers", "excel"),
                ("Unix time (seconds)", "epoch_s"),
                ("Unix time (milliseconds)", "epoch_ms"),
            ):
                self.numbers_combo.addItem(label, value)
            self.numbers_combo.setToolTip("How to read times written as plain numbers")
            self.numbers_combo.hide()  # shown when the column holds numbers
            options.addWidget(self.order_combo)
            options.addWidget(self.numbers_combo)
            options.addWidget(self.zone_combo)
        else:
            for name in ("trim", "lowercase"):
                box = QCheckBox(TRANSFORM_LABELS.get(name, name))
                box.setToolTip(
                    "Remove spaces around each value"
                    if name == "trim"
                    else "Change every value to lower case"
                )
                self.transform_boxes[name] = box
                options.addWidget(box)
        options.addStretch(1)
        self.date_note = QFrame()
        note_layout = QHBoxLayout(self.date_note)
        note_layout.setContentsMargins(0, 0, 0, 4)
        self.date_text = QLabel("")
        self.date_text.setObjectName("dateWarning")
        self.date_text.setWordWrap(True)
        self.date_switch = QPushButton("")
        self.date_switch.setObjectName("fixButton")
        note_layout.addWidget(self.date_text, 1)
        note_layout.addWidget(self.date_switch)
        self.date_note.hide()

    def source_column(self) -> tuple[str, str | None]:
        """("column", name), ("constant", None) or ("none", None) from the chooser."""
        kind, _, column = (self.combo.currentData() or "none:").partition(":")
        return kind, column if kind == "column" else None


class ExtrasDialog(QDialog):
    """Choose which unmapped columns go into properties/traits, under which key and type."""

    def __init__(self, mapping: Mapping, headers: list[str], extras_key: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Other columns → {extras_key}")
        self.resize(620, 420)
        self.mapping = mapping
        used = mapping.mapped_columns()
        self.columns = [h for h in headers if h not in used]
        plan = {p.column: p for p in mapping.extra_plan(headers)}
        layout = QVBoxLayout(self)
        intro = QLabel(
            f"Ticked columns are sent with each record as {extras_key}. "
            "Untick a column to leave it out; change the key or the kind of value if needed."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(self.columns), 3)
        self.table.setHorizontalHeaderLabels(["Column in your file", "Sent as", "Kind of value"])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.type_combos: list[QComboBox] = []
        for row, column in enumerate(self.columns):
            extra = mapping.extras.get(column, ExtraColumn())
            item = QTableWidgetItem(column)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if column in plan else Qt.CheckState.Unchecked
            )
            self.table.setItem(row, 0, item)
            key = plan[column].key if column in plan else (extra.key or core_mapping.snake_case(column))
            self.table.setItem(row, 1, QTableWidgetItem(key))
            combo = QComboBox()
            combo.addItems(list(VALUE_TYPES))
            combo.setCurrentText(extra.value_type)
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
            include = self.table.item(row, 0).checkState() == Qt.CheckState.Checked
            key = self.table.item(row, 1).text().strip() or None
            if key == core_mapping.snake_case(column):
                key = None
            old = mapping.extras.get(column, ExtraColumn())
            mapping = mapping.with_extra(
                column,
                replace(old, include=include, key=key, value_type=self.type_combos[row].currentText()),
            )
        return mapping


class MapPage(StepPage):
    """The second step: destination, one row per target field, other columns, templates."""

    title = "Map"
    icon_name = "step-map"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.runner = TaskRunner(self)
        self.suggest_task: Task | None = None
        self.rows: dict[str, FieldRow] = {}
        self.chosen_by: dict[str, str] = {}  # field -> "yours" | "template" | suggestion word
        self._syncing = False
        self._table_seen: Table | None = None
        # A new file's destination follows what the file lists (users or events) until the
        # operator picks one; then their choice stands.
        self._infer_destination = True
        self.choice: TemplateChoice | None = None  # the template in use, with its drift
        self.proposals_pending = False  # renamed columns proposed, not yet accepted or declined
        self._build()
        session.table_changed.connect(self._table_changed)
        session.mapping_changed.connect(self._mapping_changed_elsewhere)

    # -- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(12)

        self.heading = QLabel("Match your columns to the destination's fields")
        self.heading.setObjectName("pageHeading")
        layout.addWidget(self.heading)

        top = QHBoxLayout()
        top.addWidget(QLabel("Send to"))
        self.destination_combo = QComboBox()
        for dest_id in SCHEMAS:
            self.destination_combo.addItem(destination_label(dest_id), dest_id)
        self.destination_combo.currentIndexChanged.connect(self._destination_picked)
        top.addWidget(self.destination_combo)
        self.needs_label = QLabel("")
        self.needs_label.setObjectName("pageSubheading")
        top.addWidget(self.needs_label, 1)
        layout.addLayout(top)

        self.template_bar = QFrame()
        self.template_bar.setObjectName("templateBar")
        bar = QHBoxLayout(self.template_bar)
        bar.setContentsMargins(12, 6, 8, 6)
        self.template_label = QLabel("No template in use.")
        self.template_label.setWordWrap(True)
        self.undo_template = QPushButton("Use suggestions instead")
        self.undo_template.setObjectName("linkButton")
        self.undo_template.clicked.connect(self._use_suggestions)
        self.save_template_button = QPushButton(icon("save"), "Save template…")
        self.save_template_button.clicked.connect(lambda: self.save_template())
        self.load_template_button = QPushButton(icon("open"), "Load template…")
        self.load_template_button.clicked.connect(self.load_template_dialog)
        self.accept_proposals_button = QPushButton("Use the proposed columns")
        self.accept_proposals_button.setObjectName("fixButton")
        self.accept_proposals_button.setToolTip(
            "Take the proposed columns as the renamed ones: the template's settings and "
            "property keys stay as they were"
        )
        self.accept_proposals_button.clicked.connect(self.accept_proposals)
        self.decline_proposals_button = QPushButton("Keep as it is")
        self.decline_proposals_button.setToolTip(
            "The proposed columns are new ones: send them under their own names"
        )
        self.decline_proposals_button.clicked.connect(self.decline_proposals)
        bar.addWidget(self.template_label, 1)
        bar.addWidget(self.undo_template)
        bar.addWidget(self.save_template_button)
        bar.addWidget(self.load_template_button)
        self.drift_notice = Notice()  # a template's columns that are missing or renamed
        # The answer to the proposed renames sits under the notice that asks the question.
        self.drift_actions = QWidget()
        drift_row = QHBoxLayout(self.drift_actions)
        drift_row.setContentsMargins(0, 0, 0, 0)
        drift_row.addWidget(self.accept_proposals_button)
        drift_row.addWidget(self.decline_proposals_button)
        drift_row.addStretch(1)
        self.drift_actions.hide()
        self.kind_notice = Notice()  # "this file lists people, so it goes to … users"

        self.status_notice = Notice()
        self.guess_notice = Notice()  # "Backfill is not sure about …": separate from errors

        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.setSpacing(12)
        self.fields_card = QFrame()
        self.fields_card.setObjectName("card")
        self.grid = QGridLayout(self.fields_card)
        self.grid.setContentsMargins(16, 12, 16, 12)
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(8)
        # Everything below the destination scrolls as one page, so a short window (200 %
        # scaling) scrolls the page instead of squeezing the fields into a two-row box.
        for widget in (
            self.template_bar,
            self.drift_notice,
            self.drift_actions,
            self.kind_notice,
            self.status_notice,
            self.guess_notice,
        ):
            holder_layout.addWidget(widget)
        holder_layout.addWidget(self.fields_card)

        self.extras_card = QFrame()
        self.extras_card.setObjectName("card")
        extras = QGridLayout(self.extras_card)
        extras.setContentsMargins(16, 12, 16, 12)
        extras.setHorizontalSpacing(14)
        self.extras_title = QLabel("Properties")
        self.extras_title.setObjectName("fieldName")
        self.extras_label = QLabel("")
        self.extras_label.setWordWrap(True)
        self.extras_policy = QComboBox()
        self.extras_policy.addItem("Send other columns along", "include")
        self.extras_policy.addItem("Leave other columns out", "ignore")
        self.extras_policy.currentIndexChanged.connect(self._policy_changed)
        self.extras_button = QPushButton("Choose…")
        self.extras_button.clicked.connect(self.choose_extras)
        self.ignored_title = QLabel("Not imported")
        self.ignored_title.setObjectName("fieldName")
        self.ignored_label = QLabel("")
        self.ignored_label.setObjectName("sampleValues")
        self.ignored_label.setWordWrap(True)
        extras.addWidget(self.extras_title, 0, 0)
        extras.addWidget(self.extras_label, 0, 1)
        extras.addWidget(self.extras_policy, 0, 2)
        extras.addWidget(self.extras_button, 0, 3)
        extras.addWidget(self.ignored_title, 1, 0)
        extras.addWidget(self.ignored_label, 1, 1, 1, 3)
        extras.setColumnStretch(1, 1)
        holder_layout.addWidget(self.extras_card)
        holder_layout.addStretch(1)
        self.scroll = PageScroll(holder)
        layout.addWidget(self.scroll, 1)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        fit_page_margins(self)  # short windows (200 % scaling): tighter margins

    # -- StepPage ------------------------------------------------------------------------------

    def primary_text(self) -> str:
        return "Next: Review ▶"

    def primary_enabled(self) -> bool:
        mapping = self.session.mapping
        return (
            self.session.table is not None
            and mapping is not None
            and not mapping.missing_required()
            and not self.is_busy
            and not self.proposals_pending
        )

    def primary_hint(self) -> str:
        mapping = self.session.mapping
        if self.session.table is None:
            return "Load a file first."
        if self.is_busy or mapping is None:
            return "Matching your columns…"
        missing = mapping.missing_required()
        if missing:
            names = " and ".join(spec.label for spec in missing)
            verb = "is" if len(missing) == 1 else "are"
            return f"{names} {verb} required: choose the column that holds it, or a fixed value."
        if self.proposals_pending:
            return "Some template columns seem renamed: use the proposed columns or keep as it is."
        return ""

    def is_complete(self) -> bool:
        mapping = self.session.mapping
        return mapping is not None and not mapping.missing_required()

    def can_enter(self) -> bool:
        return self.session.table is not None

    def on_enter(self) -> None:
        table = self.session.table
        if table is None:
            return
        # A new file clears the mapping (Session.set_table); one set since then — by a template,
        # "Fix and re-import" or this page — is kept.
        mapping = self.session.mapping
        if mapping is None or mapping.destination != self.session.destination_id:
            self.start_suggestion()
        else:
            self._table_seen = table
            self._sync_from_mapping()

    def shutdown(self) -> None:
        self.runner.shutdown()

    @property
    def is_busy(self) -> bool:
        return self.suggest_task is not None and self.suggest_task.is_running

    # -- suggestion ----------------------------------------------------------------------------

    def _table_changed(self) -> None:
        self._table_seen = None
        self._infer_destination = True
        self._set_choice(None)
        self.kind_notice.clear()
        self.chosen_by = {}  # confidence words belonged to the previous file's suggestion
        if self.isVisible() and self.session.table is not None:
            self.start_suggestion()

    def _mapping_changed_elsewhere(self) -> None:
        # e.g. a one-click fix on Review changed transforms; a hidden page syncs on_enter.
        if (
            not self._syncing
            and self.isVisible()
            and self.session.mapping is not None
            and self.rows
        ):
            self._sync_from_mapping()

    def start_suggestion(self) -> Task | None:
        """Auto-suggest a mapping for the loaded table (in the background)."""
        table = self.session.table
        if table is None:
            return None
        destination = self.session.destination_id
        folder = templates_dir()
        infer = self._infer_destination
        self._table_seen = table
        task = self.runner.start(
            "suggest",
            lambda _progress, _cancel: plan_suggestion(
                table, destination, folder, infer_destination=infer
            ),
        )
        self.suggest_task = task
        task.finished.connect(partial(self._suggested, task))
        task.failed.connect(partial(self._suggest_failed, task))
        self.status_notice.show_message("info", "Matching your columns to the fields…")
        self.state_changed.emit()
        return task

    def _suggested(self, task: Task, plan: SuggestionPlan) -> None:
        if task is not self.suggest_task:
            return
        suggestion = plan.suggestion
        self.status_notice.clear()
        self._infer_destination = False  # decided for this file; the operator may change it
        if plan.destination != self.session.destination_id:
            self.session.set_destination(plan.destination)
        self._show_kind(plan)
        self.session.set_suggestion(suggestion)
        self.chosen_by = {name: fs.word for name, fs in suggestion.fields.items()}
        if plan.choice is not None:
            self._apply_choice(plan.choice, automatic=True)
        else:
            self.session.template_name = None
            self._set_choice(None)
            self._set_mapping(suggestion.mapping)
            self._show_template_bar(None)
        self.state_changed.emit()

    def _show_kind(self, plan: SuggestionPlan) -> None:
        """Say why the file goes where it goes when its kind moved it from the last destination."""
        guess = plan.file_kind
        if plan.moved_from is None or guess is None or guess.kind is None:
            self.kind_notice.clear()
            return
        self.kind_notice.show_message(
            "info",
            f"This file lists {guess.describe()}, so it goes to "
            f"{destination_label(plan.destination)}: {guess.reason}.",
            "Change “Send to” above if that is wrong.",
        )

    def _suggest_failed(self, task: Task, message: str, hint: str) -> None:
        if task is not self.suggest_task:
            return
        self.status_notice.show_message("error", f"Columns could not be matched: {message}", hint)
        if self.session.mapping is None:
            self._set_mapping(Mapping(destination=self.session.destination_id))
        self.state_changed.emit()

    def _destination_picked(self) -> None:
        if self._syncing:
            return
        dest = self.destination_combo.currentData()
        if dest and dest != self.session.destination_id:
            self._infer_destination = False  # the operator's choice stands
            self.kind_notice.clear()
            self.session.set_destination(dest)
            self.session.set_mapping(None)
            self.start_suggestion()

    # -- mapping <-> widgets -------------------------------------------------------------------

    def _set_mapping(self, mapping: Mapping) -> None:
        self._syncing = True
        try:
            self.session.set_mapping(mapping)
        finally:
            self._syncing = False
        self._sync_from_mapping()

    def _build_rows(self, schema: DestinationSchema) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self.rows = {}
        for col, text in enumerate(["Field", "Column in your file", "Sample values", "Confidence"]):
            header = QLabel(text)
            header.setObjectName("sectionLabel")
            self.grid.addWidget(header, 0, col)
        grid_row = 1
        for spec in schema.fields:
            row = FieldRow(spec)
            self.rows[spec.name] = row
            cell = QWidget()
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(4)
            cell_layout.addWidget(row.combo)
            cell_layout.addWidget(row.constant)
            self.grid.addWidget(row.label, grid_row, 0)
            self.grid.addWidget(cell, grid_row, 1)
            self.grid.addWidget(row.samples, grid_row, 2)
            self.grid.addWidget(row.confidence, grid_row, 3)
            # Cleaning and date options on a line of their own: narrow windows keep every
            # column on screen.
            self.grid.addWidget(row.options, grid_row + 1, 1, 1, 3)
            self.grid.addWidget(row.date_note, grid_row + 2, 1, 1, 3)
            grid_row += 3
            row.combo.currentIndexChanged.connect(partial(self._field_edited, spec.name))
            row.constant.editingFinished.connect(partial(self._field_edited, spec.name))
            for box in row.transform_boxes.values():
                box.toggled.connect(partial(self._field_edited, spec.name))
            if row.order_combo is not None:
                row.order_combo.currentIndexChanged.connect(partial(self._field_edited, spec.name))
            if row.numbers_combo is not None:
                row.numbers_combo.currentIndexChanged.connect(
                    partial(self._field_edited, spec.name)
                )
            if row.zone_combo is not None:
                row.zone_combo.currentTextChanged.connect(partial(self._field_edited, spec.name))
            row.date_switch.clicked.connect(partial(self._switch_date_order, spec.name))
        self.grid.setColumnStretch(2, 1)
        self._rows_for = schema.id

    def _sync_from_mapping(self) -> None:
        """Fill every widget from the session's mapping."""
        table = self.session.table
        mapping: Mapping | None = self.session.mapping
        if table is None or mapping is None:
            return
        schema = mapping.schema
        self._syncing = True
        try:
            _select_data(self.destination_combo, schema.id)
            self.heading.setText(f"Match your columns to {destination_label(schema.id)}")
            required = ", ".join(s.label for s in schema.required_fields)
            optional = ", ".join(s.label for s in schema.fields if not s.required)
            self.needs_label.setText(
                f"Needs {required}" + (f"; optional: {optional}" if optional else "")
            )
            if getattr(self, "_rows_for", None) != schema.id or not self.rows:
                self._build_rows(schema)
            for name, row in self.rows.items():
                self._fill_row(row, mapping.source(name), table)
            self._fill_extras(mapping, table)
            self._show_doubts(mapping)
        finally:
            self._syncing = False
        self.state_changed.emit()

    def _fill_row(self, row: FieldRow, source: FieldSource, table: Table) -> None:
        combo = row.combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("— not mapped —", "none:")
        combo.addItem("Same value for every row…", "constant:")
        for header in table.headers:
            combo.addItem(header, f"column:{header}")
        if source.kind == "column":
            _select_data(combo, f"column:{source.column}")
        elif source.kind == "constant":
            combo.setCurrentIndex(1)
        else:
            combo.setCurrentIndex(0)
        combo.blockSignals(False)
        row.constant.setVisible(source.kind == "constant")
        row.constant.setText(source.constant or "")
        for name, box in row.transform_boxes.items():
            box.blockSignals(True)
            box.setChecked(name in source.transforms)
            box.setEnabled(source.kind != "none")
            box.blockSignals(False)
        if row.order_combo is not None:
            row.order_combo.blockSignals(True)
            _select_data(row.order_combo, source.date_order)
            row.order_combo.setEnabled(source.kind == "column")
            row.order_combo.blockSignals(False)
        if row.numbers_combo is not None:
            row.numbers_combo.blockSignals(True)
            _select_data(row.numbers_combo, source.numeric_dates)
            numeric = source.kind == "column" and _mostly_numbers(table.df[source.column])
            row.numbers_combo.setVisible(numeric or source.numeric_dates != "auto")
            row.numbers_combo.blockSignals(False)
        if row.zone_combo is not None:
            row.zone_combo.blockSignals(True)
            row.zone_combo.setCurrentText(source.timezone)
            row.zone_combo.setEnabled(source.kind != "none")
            row.zone_combo.blockSignals(False)

        # Confidence cue.
        word = self.chosen_by.get(row.spec.name, "yours")
        if source.kind == "none":
            word = "none"
        elif source.kind == "constant":
            word = "yours"
        dots = CONFIDENCE_DOTS.get(word, "●●●")
        row.confidence.setText(f"{dots} {CONFIDENCE_WORDS.get(word, word)}")
        set_style_state(row.confidence, "word", word if word in CONFIDENCE_DOTS else "exact")
        reason = ""
        if self.session.suggestion is not None and word in CONFIDENCE_DOTS:
            fs = self.session.suggestion.fields.get(row.spec.name)
            reason = fs.reason if fs is not None else ""
        row.confidence.setToolTip(reason)

        # Sample values, as they will be sent after cleaning.
        if source.kind == "column" and source.column in table.df.columns:
            head = table.df[source.column].head(200)
            cleaned = apply_text_transforms(head, source.transforms)
            values = [v for v in dict.fromkeys(cleaned.tolist()) if v][:3]
            row.samples.setText(", ".join(_short(v) for v in values) or "(all empty)")
            row.samples.setToolTip("\n".join(values))
        elif source.kind == "constant":
            row.samples.setText(_short(source.constant or "") or "(empty)")
        else:
            row.samples.setText(
                "every row gets the validation time"
                if row.spec.kind == "timestamp"
                else ("required" if row.spec.required else "")
            )
        self._fill_date_note(row, source, table)

    def _fill_date_note(self, row: FieldRow, source: FieldSource, table: Table) -> None:
        if row.spec.kind != "timestamp" or source.kind != "column" or not source.column:
            row.date_note.hide()
            return
        values = table.df[source.column].head(DATE_SAMPLE_ROWS)
        order = None if source.date_order == "auto" else source.date_order
        note = core_mapping.date_note(values, row.spec.name, source.column, order=order)
        if note is None or not (note.ambiguous or order is not None):
            row.date_note.hide()
            return
        other = "month_first" if note.order == "day_first" else "day_first"
        now = " · ".join(f"{a} → {_readable(b)}" for a, b in note.samples[:2])
        alt = " · ".join(_readable(b) for _, b in note.alternative[:2])
        prefix = "⚠ " if note.ambiguous else ""
        row.date_text.setText(
            f"{prefix}{note.message}\n{now}\n"
            f"Read {ORDER_WORDS[other]} they would be: {alt}"
        )
        set_style_state(row.date_text, "ambiguous", note.ambiguous)
        row.date_switch.setText(f"Read {other.replace('_', '-')} instead")
        row.date_switch.setProperty("order", other)
        row.date_note.show()

    def _show_doubts(self, mapping: Mapping) -> None:
        """Point at required fields filled by a mere guess (or not at all)."""
        schema = mapping.schema
        unsure = [
            spec.label
            for spec in schema.required_fields
            if mapping.source(spec.name).kind == "column"
            and self.chosen_by.get(spec.name) in ("guess", "none")
        ]
        if not unsure:
            self.guess_notice.clear()
            return
        names = " and ".join(unsure)
        hint = "Pick the right column in the list, or a fixed value."
        if schema.record_kind == "event":
            hint += " If the file lists people rather than things they did, send it to "
            hint += "VibeFollow users instead (Send to, above)."
        self.guess_notice.show_message(
            "warning", f"Check {names}: Backfill is only guessing which column holds it.", hint
        )

    def _fill_extras(self, mapping: Mapping, table: Table) -> None:
        schema = mapping.schema
        self.extras_title.setText(schema.extras_key.capitalize())
        _select_data(self.extras_policy, mapping.extras_policy)
        plan = mapping.extra_plan(table.headers)
        if plan:
            names = column_list([p.column for p in plan])
            note = conversion_note(table, plan)  # "\nSent as numbers: Share 15% → 0.15" or ""
            self.extras_label.setText(f"{names} → {schema.extras_key} (snake_case keys){note}")
            self.extras_label.setToolTip("\n".join(extra_lines(table, plan[:200])))
        else:
            self.extras_label.setText(f"No other columns are sent as {schema.extras_key}.")
            self.extras_label.setToolTip("")
        used = mapping.mapped_columns() | {p.column for p in plan}
        ignored = [h for h in table.headers if h not in used]
        self.ignored_label.setText(
            column_list(ignored) if ignored else "Nothing — every column is used."
        )
        self.ignored_label.setToolTip("\n".join(ignored[:200]))

    def _field_edited(self, field_name: str, *_: object) -> None:
        if self._syncing:
            return
        mapping: Mapping | None = self.session.mapping
        if mapping is None:
            return
        row = self.rows[field_name]
        old = mapping.source(field_name)
        kind, column = row.source_column()
        options: dict[str, Any] = {
            "transforms": tuple(n for n, box in row.transform_boxes.items() if box.isChecked()),
            "date_order": row.order_combo.currentData() if row.order_combo else old.date_order,
            "timezone": (row.zone_combo.currentText().strip() or "UTC")
            if row.zone_combo
            else old.timezone,
            "numeric_dates": row.numbers_combo.currentData()
            if row.numbers_combo
            else old.numeric_dates,
        }
        if kind == "column" and column != old.column:
            # A different column keeps the cleaning the field had; suggestion reasons no longer apply.
            self.chosen_by[field_name] = "yours"
        if kind == "column":
            source = FieldSource.from_column(column, **options)
        elif kind == "constant":
            source = FieldSource.from_constant(row.constant.text(), **options)
            self.chosen_by[field_name] = "yours"
        else:
            source = FieldSource()
        self._set_mapping(mapping.with_field(field_name, source))

    def _switch_date_order(self, field_name: str) -> None:
        mapping: Mapping | None = self.session.mapping
        row = self.rows.get(field_name)
        if mapping is None or row is None:
            return
        order = row.date_switch.property("order")
        source = mapping.source(field_name)
        self._set_mapping(mapping.with_field(field_name, replace(source, date_order=order)))
        self.session.say(f"Dates in '{source.column}' are now read {ORDER_WORDS[order]}.")

    def _policy_changed(self) -> None:
        mapping: Mapping | None = self.session.mapping
        if self._syncing or mapping is None:
            return
        self._set_mapping(replace(mapping, extras_policy=self.extras_policy.currentData()))

    def choose_extras(self) -> None:
        """Per-column choice of what goes into properties/traits."""
        mapping: Mapping | None = self.session.mapping
        table = self.session.table
        if mapping is None or table is None:
            return
        dialog = ExtrasDialog(mapping, table.headers, mapping.schema.extras_key, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._set_mapping(dialog.result_mapping())

    # -- templates -----------------------------------------------------------------------------

    def _apply_template(
        self, template: Template, application: TemplateApplication, *, automatic: bool
    ) -> None:
        choice = TemplateChoice(
            template,
            application,
            exact=application.exact,
            missing_required=tuple(s.label for s in application.mapping.missing_required()),
        )
        self._apply_choice(choice, automatic=automatic)

    def _apply_choice(self, choice: TemplateChoice, *, automatic: bool) -> None:
        """Use a template's mapping; say what drifted and offer the proposed renames."""
        template, application = choice.template, choice.application
        self.session.template_name = template.name
        for name in application.mapping.fields:
            self.chosen_by[name] = "template"
        self._set_choice(choice)
        self._set_mapping(application.mapping)
        self._show_template_bar(template.name, application, automatic=automatic)

    def _set_choice(self, choice: TemplateChoice | None) -> None:
        self.choice = choice
        self.proposals_pending = choice is not None and bool(choice.proposals)
        self.drift_actions.setVisible(self.proposals_pending)
        if choice is None or not choice.drifted:
            self.drift_notice.clear()
            return
        if choice.proposals:
            hint = (
                "Use the proposed columns to keep the template's settings and property keys, "
                "or keep it as it is if they are new columns."
            )
        elif choice.missing_required:
            hint = "Choose the column that now holds it below, then save the template again."
        else:
            hint = "Check the fields below; save the template again once it fits this file."
        self.drift_notice.show_message("warning", choice.drift_words(), hint)

    def accept_proposals(self) -> None:
        """Take the proposed columns as the template's renamed ones."""
        choice, table = self.choice, self.session.table
        if choice is None or table is None or not choice.proposals:
            return
        accepted = choice.accept_proposals(table.headers)
        for name in accepted.application.mapping.fields:
            self.chosen_by[name] = "template"
        self._set_choice(accepted)
        self._set_mapping(accepted.application.mapping)
        self._show_template_bar(choice.template.name, accepted.application)
        self.session.say(f"Template '{choice.template.name}' now uses the proposed columns")
        self.state_changed.emit()

    def decline_proposals(self) -> None:
        """The proposed columns are new ones: keep the template as applied."""
        choice = self.choice
        if choice is None:
            return
        self._set_choice(replace(choice, proposals={}))
        self.state_changed.emit()

    def _show_template_bar(
        self,
        name: str | None,
        application: TemplateApplication | None = None,
        *,
        automatic: bool = False,
    ) -> None:
        if name is None or application is None:
            self.template_label.setText(
                "Columns matched automatically. Save this as a template to reuse it next time."
            )
            self.undo_template.hide()
            return
        verb = "applied automatically" if automatic else "applied"
        detail = "" if application.exact else f" — {application.summary()}"
        self.template_label.setText(f"Template '{name}' {verb}{detail}")
        self.undo_template.setVisible(self.session.suggestion is not None)

    def _use_suggestions(self) -> None:
        suggestion = self.session.suggestion
        if suggestion is None:
            return
        self.session.template_name = None
        self._set_choice(None)
        self.chosen_by = {name: fs.word for name, fs in suggestion.fields.items()}
        self._set_mapping(suggestion.mapping)
        self._show_template_bar(None)
        self.state_changed.emit()

    def save_template(self, path: Path | None = None) -> Path | None:
        """Save the mapping as a template (asks where unless `path` is given)."""
        mapping: Mapping | None = self.session.mapping
        table = self.session.table
        if mapping is None or table is None:
            return None
        if path is None:
            default = templates_dir() / f"{table.info.path.stem}.json"
            chosen, _ = QFileDialog.getSaveFileName(
                self, "Save mapping template", str(default), "Mapping templates (*.json)"
            )
            if not chosen:
                return None
            path = Path(chosen)
        # Without ".json" the file would never be listed or applied again.
        path = core_mapping.template_path(path)
        try:
            template = core_mapping.save_template(mapping, table.headers, path)
        except OSError as exc:
            self.status_notice.show_message(
                "error", "The template could not be saved.", str(exc.strerror or exc)
            )
            return None
        self.session.template_name = template.name
        self._set_choice(None)
        self.template_label.setText(f"Saved as template '{template.name}'.")
        self.session.say(f"Template '{template.name}' saved")
        return path

    def load_template_dialog(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, "Load mapping template", str(templates_dir()), "Mapping templates (*.json)"
        )
        if chosen:
            self.load_template(Path(chosen))

    def load_template(self, path: Path) -> bool:
        """Apply a saved template to the loaded file."""
        table = self.session.table
        if table is None:
            return False
        try:
            template = core_mapping.load_template(path)
        except ValueError as exc:
            self.status_notice.show_message("error", str(exc), "Choose a template saved by Backfill.")
            return False
        if template.mapping.destination != self.session.destination_id:
            self.session.set_destination(template.mapping.destination)
        self._infer_destination = False
        self.kind_notice.clear()
        choice = choose_template([template], table.headers) or TemplateChoice(
            template, core_mapping.apply_template(template, table.headers), exact=False
        )
        self.status_notice.clear()
        self._apply_choice(choice, automatic=False)
        self.state_changed.emit()
        return True


def column_list(names: list[str], shown: int = 8) -> str:
    """"A, B, C" or "A, B, … and 52 more (60 columns)": long lists say how long they are."""
    if len(names) <= shown:
        return ", ".join(names)
    rest = len(names) - shown
    return f"{', '.join(names[:shown])} … and {rest:,} more ({len(names):,} columns)"


def _select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def _mostly_numbers(values: Any) -> bool:
    """True when most of the first filled cells are plain numbers (Excel serials, Unix times)."""
    head = values.head(200).str.strip()
    head = head[head.str.len() > 0]
    if head.empty:
        return False
    return bool(head.str.fullmatch(r"\d+(?:\.\d+)?").mean() >= 0.5)


def _short(text: str, limit: int = 24) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _readable(iso: str) -> str:
    """"2024-03-04T10:05:00Z" → "4 Mar 2024 10:05": a month name can't be misread."""
    try:
        stamp = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso  # "(not a date)"
    day = f"{stamp.day} {stamp:%b %Y}"
    if (stamp.hour, stamp.minute, stamp.second) == (0, 0, 0):
        return day
    return f"{day} {stamp:%H:%M}" + (f":{stamp:%S}" if stamp.second else "")
