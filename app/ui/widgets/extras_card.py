"""The Map step's card for the file's other columns: what goes into properties/traits (with the
numbers converted on the way), the send-or-leave-out choice, and what is not imported."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QLabel, QPushButton, QWidget

from app.core.mapping import Mapping
from app.core.table import Table
from app.core.value_readings import conversion_samples, extra_lines
from app.ui.accessibility import named
from app.ui.texts import number, translate


def extras_title(extras_key: str) -> str:
    """ "Traits" / "Properties" in the UI's language (the API's key itself stays as it is)."""
    words = {
        "traits": translate("ExtrasCard", "Traits"),
        "properties": translate("ExtrasCard", "Properties"),
    }
    return words.get(extras_key, extras_key.capitalize())


class ExtrasCard(QFrame):
    """Other columns: sent along as properties/traits, or left out."""

    policy_changed = Signal(str)  # "include" | "ignore"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        extras = QGridLayout(self)
        extras.setContentsMargins(16, 12, 16, 12)
        extras.setHorizontalSpacing(14)
        self.title = QLabel(translate("ExtrasCard", "Properties"))
        self.title.setObjectName("fieldName")
        self.label = QLabel("")
        self.label.setWordWrap(True)
        self.policy = named(QComboBox(), translate("ExtrasCard", "Other columns"))
        self.policy.addItem(translate("ExtrasCard", "Send other columns along"), "include")
        self.policy.addItem(translate("ExtrasCard", "Leave other columns out"), "ignore")
        self.policy.currentIndexChanged.connect(
            lambda: self.policy_changed.emit(self.policy.currentData())
        )
        self.button = QPushButton(translate("ExtrasCard", "Choose…"))
        self.ignored_title = QLabel(translate("ExtrasCard", "Not imported"))
        self.ignored_title.setObjectName("fieldName")
        self.ignored_label = QLabel("")
        self.ignored_label.setObjectName("sampleValues")
        self.ignored_label.setWordWrap(True)
        extras.addWidget(self.title, 0, 0)
        extras.addWidget(self.label, 0, 1)
        extras.addWidget(self.policy, 0, 2)
        extras.addWidget(self.button, 0, 3)
        extras.addWidget(self.ignored_title, 1, 0)
        extras.addWidget(self.ignored_label, 1, 1, 1, 3)
        extras.setColumnStretch(1, 1)

    def show_mapping(self, mapping: Mapping, table: Table) -> None:
        """Say which of `table`'s other columns `mapping` sends, and which none."""
        schema = mapping.schema
        key = schema.extras_key
        self.title.setText(extras_title(key))
        with QSignalBlocker(self.policy):
            index = self.policy.findData(mapping.extras_policy)
            if index >= 0:
                self.policy.setCurrentIndex(index)
        plan = mapping.extra_plan(table.headers)
        if plan:
            names = column_list([p.column for p in plan])
            text = translate("ExtrasCard", "{columns} → {key} (snake_case keys)").format(
                columns=names, key=key
            )
            converted = conversion_samples(table, plan)  # ["Share 15% → 0.15", …]
            if converted:
                sent = translate("ExtrasCard", "Sent as numbers: {changes}")
                text += "\n" + sent.format(changes="; ".join(converted))
            self.label.setText(text)
            self.label.setToolTip("\n".join(extra_lines(table, plan[:200])))
        else:
            none = translate("ExtrasCard", "No other columns are sent as {key}.")
            self.label.setText(none.format(key=key))
            self.label.setToolTip("")
        used = mapping.mapped_columns() | {p.column for p in plan}
        ignored = [h for h in table.headers if h not in used]
        self.ignored_label.setText(
            column_list(ignored)
            if ignored
            else translate("ExtrasCard", "Nothing — every column is used.")
        )
        self.ignored_label.setToolTip("\n".join(ignored[:200]))


def column_list(names: list[str], shown: int = 8) -> str:
    """ "A, B, C" or "A, B, … and 52 more (60 columns)": long lists say how long they are."""
    if len(names) <= shown:
        return ", ".join(names)
    rest, total = len(names) - shown, len(names)  # lupdate misses calls with len() inside
    more = translate("ExtrasCard", "{listed} … and {rest} more (%Ln column(s))", None, total)
    return more.format(listed=", ".join(names[:shown]), rest=number(rest))
