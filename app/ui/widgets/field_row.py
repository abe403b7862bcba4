"""One destination field on the Map step: its column chooser, cleaning and date options, the
sample values and the confidence cue, and the date-order warning under it.

The row owns its widgets and their signals: it says `edited` when the operator changed
something and fills itself from a `FieldSource` with the signals blocked, so a programmatic
fill never reads as an edit.
"""

from __future__ import annotations

from datetime import datetime

import pandas as pd
from PySide6.QtCore import QByteArray, QObject, QSignalBlocker, QTimeZone, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import mapping as core_mapping
from app.core.fields import FieldSpec
from app.core.mapping import FieldSource
from app.core.number_dates import UNIT_WORDS
from app.core.table import Table
from app.core.timestamp_checks import detected_unit, unit_note
from app.core.transforms import TRANSFORM_LABELS, apply_text_transforms
from app.core.value_maps import apply_value_map
from app.ui.accessibility import named
from app.ui.theme import set_style_state

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
NUMBER_READINGS = (
    ("Numbers: detect", "auto"),
    ("Excel date numbers", "excel"),
    ("Excel date numbers (1904 base)", "excel_1904"),
    ("Unix time (seconds)", "epoch_s"),
    ("Unix time (milliseconds)", "epoch_ms"),
    ("Unix time (microseconds)", "epoch_us"),
)
# Date cues are computed on a sample so switching day/month order stays instant on big files.
DATE_SAMPLE_ROWS = 20_000


def local_zone() -> str:
    """The computer's IANA time zone name (e.g. "Europe/Berlin"), or "UTC"."""
    zone = QTimeZone.systemTimeZoneId()
    text = bytes(zone.data()).decode() if isinstance(zone, QByteArray) else str(zone)
    return text or "UTC"


class FieldRow(QObject):
    """The widgets of one target field in the Map step's grid."""

    edited = Signal(str)  # field name: the operator changed the column, value or cleaning
    date_order_requested = Signal(str, str)  # field name, "day_first" | "month_first"

    def __init__(self, spec: FieldSpec, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        required = " *" if spec.required else ""
        self.label = QLabel(f"{spec.label}{required}")
        self.label.setObjectName("fieldName")
        self.label.setToolTip(spec.description)
        self.combo = named(QComboBox(), f"Column for {spec.label}", spec.description)
        self.combo.setMinimumWidth(170)
        self.label.setBuddy(self.combo)  # screen readers read the field's name as its label
        self.combo.setToolTip(spec.description)
        self.constant = named(QLineEdit(), f"Value for {spec.label} in every row")
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
            self._build_date_options(options)
        else:
            self._build_cleaning_options(options)
        options.addStretch(1)
        self._build_date_note()
        self._placed: tuple[QWidget, ...] = ()  # what add_to put in the grid, date note aside
        self._connect()

    def _build_date_options(self, options: QHBoxLayout) -> None:
        self.order_combo = named(QComboBox(), f"Date order of {self.spec.label}")
        self.order_combo.addItem("Dates: detect order", "auto")
        self.order_combo.addItem("Day first (31/12)", "day_first")
        self.order_combo.addItem("Month first (12/31)", "month_first")
        self.order_combo.setToolTip("How to read dates like 04/03/2024")
        self.zone_combo = named(QComboBox(), f"Time zone of {self.spec.label}")
        self.zone_combo.setEditable(True)
        self.zone_combo.addItems(list(dict.fromkeys(["UTC", local_zone(), *COMMON_ZONES])))
        self.zone_combo.setToolTip("Time zone of times written without one")
        self.numbers_combo = named(QComboBox(), f"How {self.spec.label} numbers are read")
        for label, value in NUMBER_READINGS:
            self.numbers_combo.addItem(label, value)
        self.numbers_combo.setToolTip("How to read times written as plain numbers")
        self.numbers_combo.hide()  # shown when the column holds numbers
        options.addWidget(self.order_combo)
        options.addWidget(self.numbers_combo)
        options.addWidget(self.zone_combo)

    def _build_cleaning_options(self, options: QHBoxLayout) -> None:
        tips = {
            "trim": "Remove spaces around each value",
            "lowercase": "Change every value to lower case",
        }
        for name, tip in tips.items():
            box = QCheckBox(TRANSFORM_LABELS.get(name, name))
            box.setToolTip(tip)
            box.setAccessibleDescription(f"{self.spec.label}: {tip}")
            self.transform_boxes[name] = box
            options.addWidget(box)

    def _build_date_note(self) -> None:
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

    def _connect(self) -> None:
        self.combo.currentIndexChanged.connect(self._changed)
        self.constant.editingFinished.connect(self._changed)
        for box in self.transform_boxes.values():
            box.toggled.connect(self._changed)
        for combo in (self.order_combo, self.numbers_combo):
            if combo is not None:
                combo.currentIndexChanged.connect(self._changed)
        if self.zone_combo is not None:
            self.zone_combo.currentTextChanged.connect(self._changed)
        self.date_switch.clicked.connect(
            lambda: self.date_order_requested.emit(
                self.spec.name, self.date_switch.property("order")
            )
        )

    def _changed(self, *_: object) -> None:
        self.edited.emit(self.spec.name)

    def _blocked(self) -> list[QSignalBlocker]:
        """Blockers for every input widget: held while the row is filled from a source."""
        widgets: list[QObject] = [self.combo, self.constant, *self.transform_boxes.values()]
        widgets += [w for w in (self.order_combo, self.numbers_combo, self.zone_combo) if w]
        return [QSignalBlocker(w) for w in widgets]

    def add_to(self, grid: QGridLayout, grid_row: int) -> int:
        """Place the row's widgets from `grid_row` on; returns the next free grid row."""
        cell = QWidget()
        cell_layout = QVBoxLayout(cell)
        cell_layout.setContentsMargins(0, 0, 0, 0)
        cell_layout.setSpacing(4)
        cell_layout.addWidget(self.combo)
        cell_layout.addWidget(self.constant)
        grid.addWidget(self.label, grid_row, 0)
        grid.addWidget(cell, grid_row, 1)
        grid.addWidget(self.samples, grid_row, 2)
        grid.addWidget(self.confidence, grid_row, 3)
        # Cleaning and date options on a line of their own: narrow windows keep every
        # column on screen.
        grid.addWidget(self.options, grid_row + 1, 1, 1, 3)
        grid.addWidget(self.date_note, grid_row + 2, 1, 1, 3)
        self._placed = (self.label, cell, self.samples, self.confidence, self.options)
        return grid_row + 3

    def show_now(self) -> None:
        """Show the placed row at once instead of from the event loop (as Qt does for widgets
        added to a visible grid), so it is on screen as soon as its mapping is. Call it after
        the first fill: a combo box sizes itself to the items it holds when first shown."""
        for widget in self._placed:  # the date note and the hidden options stay hidden
            widget.show()

    # -- widgets <-> FieldSource ---------------------------------------------------------------

    def edited_source(self, old: FieldSource) -> FieldSource:
        """The source the widgets describe now; options this row has no widget for stay as in
        `old`."""
        kind, _, column = (self.combo.currentData() or "none:").partition(":")
        options: dict[str, object] = {
            "transforms": tuple(n for n, box in self.transform_boxes.items() if box.isChecked()),
            "date_order": self.order_combo.currentData() if self.order_combo else old.date_order,
            "timezone": (self.zone_combo.currentText().strip() or "UTC")
            if self.zone_combo
            else old.timezone,
            "numeric_dates": self.numbers_combo.currentData()
            if self.numbers_combo
            else old.numeric_dates,
        }
        if kind == "column":
            return FieldSource.from_column(column, **options)
        if kind == "constant":
            return FieldSource.from_constant(self.constant.text(), **options)
        return FieldSource()

    def show_source(
        self,
        source: FieldSource,
        table: Table,
        word: str,
        reason: str,
        value_map: dict[str, str] | None = None,
    ) -> None:
        """Fill the row from `source` (signals blocked); `word` is how the column was chosen
        ("exact", "guess", "yours", "template", …), `reason` the suggestion's why and
        `value_map` the column's value map (the samples show the values sent)."""
        blockers = self._blocked()
        try:
            self._show_choice(source, table)
        finally:
            for blocker in blockers:
                blocker.unblock()
        self._show_confidence(source, word, reason)
        self._show_samples(source, table, value_map or {})
        self._show_date_note(source, table)

    def _show_choice(self, source: FieldSource, table: Table) -> None:
        combo = self.combo
        combo.clear()
        combo.addItem("— not mapped —", "none:")
        combo.addItem("Same value for every row…", "constant:")
        for header in table.headers:
            combo.addItem(header, f"column:{header}")
        if source.kind == "column":
            _select_data(combo, f"column:{source.column}")
        else:
            combo.setCurrentIndex(1 if source.kind == "constant" else 0)
        self.constant.setVisible(source.kind == "constant")
        self.constant.setText(source.constant or "")
        for name, box in self.transform_boxes.items():
            box.setChecked(name in source.transforms)
            box.setEnabled(source.kind != "none")
        if self.order_combo is not None:
            _select_data(self.order_combo, source.date_order)
            self.order_combo.setEnabled(source.kind == "column")
        if self.numbers_combo is not None:
            _select_data(self.numbers_combo, source.numeric_dates)
            numeric = source.kind == "column" and _mostly_numbers(table.df[source.column])
            self.numbers_combo.setVisible(numeric or source.numeric_dates != "auto")
            self._show_detected_unit(source, table, numeric)
        if self.zone_combo is not None:
            self.zone_combo.setCurrentText(source.timezone)
            self.zone_combo.setEnabled(source.kind != "none")

    def _show_detected_unit(self, source: FieldSource, table: Table, numeric: bool) -> None:
        """The unit "detect" chose, in its own item, so the operator sees how numbers are read."""
        assert self.numbers_combo is not None
        reading = None
        if numeric and source.column:
            reading = detected_unit(table.df[source.column].head(DATE_SAMPLE_ROWS))
        label, tip = NUMBER_READINGS[0][0], "How to read times written as plain numbers"
        if reading is not None:
            label += f" ({UNIT_WORDS[reading.unit]})" if reading.unit else " (each by its size)"
            tip = unit_note(source.column or "", reading)
        self.numbers_combo.setItemText(0, label)
        self.numbers_combo.setToolTip(tip)

    def _show_confidence(self, source: FieldSource, word: str, reason: str) -> None:
        if source.kind == "none":
            word = "none"
        elif source.kind == "constant":
            word = "yours"
        dots = CONFIDENCE_DOTS.get(word, "●●●")
        self.confidence.setText(f"{dots} {CONFIDENCE_WORDS.get(word, word)}")
        set_style_state(self.confidence, "word", word if word in CONFIDENCE_DOTS else "exact")
        self.confidence.setToolTip(reason if word in CONFIDENCE_DOTS else "")

    def _show_samples(self, source: FieldSource, table: Table, value_map: dict[str, str]) -> None:
        """Sample values, as they will be sent after value mapping and cleaning."""
        if source.kind == "column" and source.column in table.df.columns:
            head = apply_value_map(table.df[source.column].head(200), value_map)
            cleaned = apply_text_transforms(head, source.transforms)
            values = [v for v in dict.fromkeys(cleaned.tolist()) if v][:3]
            self.samples.setText(", ".join(_short(v) for v in values) or "(all empty)")
            self.samples.setToolTip("\n".join(values))
        elif source.kind == "constant":
            self.samples.setText(_short(source.constant or "") or "(empty)")
        elif self.spec.kind == "timestamp":
            self.samples.setText("every row gets the validation time")
        else:
            self.samples.setText("required" if self.spec.required else "")

    def _show_date_note(self, source: FieldSource, table: Table) -> None:
        if self.spec.kind != "timestamp" or source.kind != "column" or not source.column:
            self.date_note.hide()
            return
        values = table.df[source.column].head(DATE_SAMPLE_ROWS)
        order = None if source.date_order == "auto" else source.date_order
        note = core_mapping.date_note(values, self.spec.name, source.column, order=order)
        if note is None or not (note.ambiguous or order is not None):
            self.date_note.hide()
            return
        other = "month_first" if note.order == "day_first" else "day_first"
        now = " · ".join(f"{a} → {_readable(b)}" for a, b in note.samples[:2])
        alt = " · ".join(_readable(b) for _, b in note.alternative[:2])
        prefix = "⚠ " if note.ambiguous else ""
        self.date_text.setText(
            f"{prefix}{note.message}\n{now}\nRead {ORDER_WORDS[other]} they would be: {alt}"
        )
        set_style_state(self.date_text, "ambiguous", note.ambiguous)
        self.date_switch.setText(f"Read {other.replace('_', '-')} instead")
        self.date_switch.setProperty("order", other)
        self.date_note.show()


def _select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def _mostly_numbers(values: pd.Series) -> bool:
    """True when most of the first filled cells are plain numbers (Excel serials, Unix times)."""
    head = values.head(200).str.strip()
    head = head[head.str.len() > 0]
    if head.empty:
        return False
    return bool(head.str.fullmatch(r"\d+(?:\.\d+)?").mean() >= 0.5)


def _short(text: str, limit: int = 24) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _readable(iso: str) -> str:
    """ "2024-03-04T10:05:00Z" → "4 Mar 2024 10:05": a month name can't be misread."""
    try:
        stamp = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso  # "(not a date)"
    day = f"{stamp.day} {stamp:%b %Y}"
    if (stamp.hour, stamp.minute, stamp.second) == (0, 0, 0):
        return day
    return f"{day} {stamp:%H:%M}" + (f":{stamp:%S}" if stamp.second else "")
