"""One destination field on the Map step: its column chooser, cleaning and date options, the
sample values and the confidence cue, and the date-order warning under it.

The row owns its widgets and their signals: it says `edited` when the operator changed
something and fills itself from a `FieldSource` with the signals blocked, so a programmatic
fill never reads as an edit.
"""

from __future__ import annotations

from datetime import datetime

import pandas as pd
from PySide6.QtCore import QByteArray, QLocale, QObject, QSignalBlocker, QTimeZone, Signal
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
from app.core.mapping.suggest import ORDER_WORDS
from app.core.number_dates import UNIT_WORDS
from app.core.table import Table
from app.core.timestamp_checks import detected_unit, unit_phrase
from app.core.transforms import TRANSFORM_LABELS, apply_text_transforms
from app.core.value_maps import apply_value_map
from app.ui.accessibility import named
from app.ui.texts import translate
from app.ui.theme import set_style_state
from app.ui.words.map_words import said, word

CONFIDENCE_DOTS = {"exact": "●●●", "likely": "●●○", "guess": "●○○", "none": "○○○"}
__all__ = ["ORDER_WORDS", "FieldRow", "confidence_word", "local_zone"]
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
NUMBER_READINGS = ("auto", "excel", "excel_1904", "epoch_s", "epoch_ms", "epoch_us")
# Date cues are computed on a sample so switching day/month order stays instant on big files.
DATE_SAMPLE_ROWS = 20_000


def confidence_word(word: str) -> str:
    """How the column was chosen, in the UI's language ("exact", "from template", …)."""
    words = {
        "exact": translate("FieldRow", "exact"),
        "likely": translate("FieldRow", "likely"),
        "guess": translate("FieldRow", "guess"),
        "none": translate("FieldRow", "no match"),
        "yours": translate("FieldRow", "your choice"),
        "template": translate("FieldRow", "from template"),
    }
    return words.get(word, word)


def _number_reading(value: str) -> str:
    """An item of the "how plain numbers are read" list."""
    words = {
        "auto": translate("FieldRow", "Numbers: detect"),
        "excel": translate("FieldRow", "Excel date numbers"),
        "excel_1904": translate("FieldRow", "Excel date numbers (1904 base)"),
        "epoch_s": translate("FieldRow", "Unix time (seconds)"),
        "epoch_ms": translate("FieldRow", "Unix time (milliseconds)"),
        "epoch_us": translate("FieldRow", "Unix time (microseconds)"),
    }
    return words[value]


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
        self.field_label = word(spec.label)  # the API's name (spec.name) is never translated
        description = word(spec.description)
        required = " *" if spec.required else ""
        self.label = QLabel(f"{self.field_label}{required}")
        self.label.setObjectName("fieldName")
        self.label.setToolTip(description)
        column_for = translate("FieldRow", "Column for {field}").format(field=self.field_label)
        self.combo = named(QComboBox(), column_for, description)
        self.combo.setMinimumWidth(170)
        self.label.setBuddy(self.combo)  # screen readers read the field's name as its label
        self.combo.setToolTip(description)
        every_row = translate("FieldRow", "Value for {field} in every row")
        self.constant = named(QLineEdit(), every_row.format(field=self.field_label))
        self.constant.setPlaceholderText(translate("FieldRow", "Value for every row"))
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
        field = self.field_label
        order_of = translate("FieldRow", "Date order of {field}").format(field=field)
        self.order_combo = named(QComboBox(), order_of)
        self.order_combo.addItem(translate("FieldRow", "Dates: detect order"), "auto")
        self.order_combo.addItem(translate("FieldRow", "Day first (31/12)"), "day_first")
        self.order_combo.addItem(translate("FieldRow", "Month first (12/31)"), "month_first")
        self.order_combo.setToolTip(translate("FieldRow", "How to read dates like 04/03/2024"))
        zone_of = translate("FieldRow", "Time zone of {field}").format(field=field)
        self.zone_combo = named(QComboBox(), zone_of)
        self.zone_combo.setEditable(True)
        # IANA names are what is sent and saved: they stay as written.
        self.zone_combo.addItems(list(dict.fromkeys(["UTC", local_zone(), *COMMON_ZONES])))
        self.zone_combo.setToolTip(translate("FieldRow", "Time zone of times written without one"))
        numbers_of = translate("FieldRow", "How {field} numbers are read").format(field=field)
        self.numbers_combo = named(QComboBox(), numbers_of)
        for value in NUMBER_READINGS:
            self.numbers_combo.addItem(_number_reading(value), value)
        self.numbers_combo.setToolTip(_plain_numbers_tip())
        self.numbers_combo.hide()  # shown when the column holds numbers
        options.addWidget(self.order_combo)
        options.addWidget(self.numbers_combo)
        options.addWidget(self.zone_combo)

    def _build_cleaning_options(self, options: QHBoxLayout) -> None:
        tips = {
            "trim": translate("FieldRow", "Remove spaces around each value"),
            "lowercase": translate("FieldRow", "Change every value to lower case"),
        }
        for name, tip in tips.items():
            box = QCheckBox(word(TRANSFORM_LABELS.get(name, name)))
            box.setToolTip(tip)
            box.setAccessibleDescription(f"{self.field_label}: {tip}")
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
        combo.addItem(translate("FieldRow", "— not mapped —"), "none:")
        combo.addItem(translate("FieldRow", "Same value for every row…"), "constant:")
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
        label, tip = _number_reading("auto"), _plain_numbers_tip()
        if reading is not None and reading.unit:
            unit = word(UNIT_WORDS[reading.unit])
            label = translate("FieldRow", "Numbers: detect ({unit})").format(unit=unit)
        elif reading is not None:
            label = translate("FieldRow", "Numbers: detect (each by its size)")
        if reading is not None:
            tip = said(unit_phrase(source.column or "", reading))
        self.numbers_combo.setItemText(0, label)
        self.numbers_combo.setToolTip(tip)

    def _show_confidence(self, source: FieldSource, word: str, reason: str) -> None:
        if source.kind == "none":
            word = "none"
        elif source.kind == "constant":
            word = "yours"
        dots = CONFIDENCE_DOTS.get(word, "●●●")
        self.confidence.setText(f"{dots} {confidence_word(word)}")
        set_style_state(self.confidence, "word", word if word in CONFIDENCE_DOTS else "exact")
        self.confidence.setToolTip(reason if word in CONFIDENCE_DOTS else "")

    def _show_samples(self, source: FieldSource, table: Table, value_map: dict[str, str]) -> None:
        """Sample values, as they will be sent after value mapping and cleaning."""
        if source.kind == "column" and source.column in table.df.columns:
            head = apply_value_map(table.df[source.column].head(200), value_map)
            cleaned = apply_text_transforms(head, source.transforms)
            values = [v for v in dict.fromkeys(cleaned.tolist()) if v][:3]
            shown = ", ".join(_short(v) for v in values)
            self.samples.setText(shown or translate("FieldRow", "(all empty)"))
            self.samples.setToolTip("\n".join(values))
        elif source.kind == "constant":
            self.samples.setText(_short(source.constant or "") or translate("FieldRow", "(empty)"))
        elif self.spec.kind == "timestamp":
            self.samples.setText(translate("FieldRow", "every row gets the validation time"))
        else:
            self.samples.setText(translate("FieldRow", "required") if self.spec.required else "")

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
        other_way = translate("FieldRow", "Read {order} they would be: {dates}").format(
            order=word(ORDER_WORDS[other]), dates=alt
        )
        self.date_text.setText(f"{prefix}{said(note.why)}\n{now}\n{other_way}")
        set_style_state(self.date_text, "ambiguous", note.ambiguous)
        switch = {
            "day_first": translate("FieldRow", "Read day-first instead"),
            "month_first": translate("FieldRow", "Read month-first instead"),
        }
        self.date_switch.setText(switch[other])
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


def _plain_numbers_tip() -> str:
    return translate("FieldRow", "How to read times written as plain numbers")


def _readable(iso: str) -> str:
    """ "2024-03-04T10:05:00Z" → "4 Mar 2024 10:05": a month name can't be misread (the month
    in the UI's language: "4 Mär 2024")."""
    try:
        stamp = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return translate("FieldRow", "(not a date)") if iso == "(not a date)" else iso
    month = QLocale().standaloneMonthName(stamp.month, QLocale.FormatType.ShortFormat)
    day = f"{stamp.day} {month} {stamp.year}"
    if (stamp.hour, stamp.minute, stamp.second) == (0, 0, 0):
        return day
    return f"{day} {stamp:%H:%M}" + (f":{stamp:%S}" if stamp.second else "")
