"""The Upload step's test batch (the canary): the first N rows, then ask about the rest."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from app.ui.accessibility import named
from app.ui.texts import translate

DEFAULT_CANARY_ROWS = 100


class CanaryChoice(QWidget):
    """ "[ ] Send a test batch of [100] rows first, then ask before sending the rest"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(translate("CanaryChoice", "Send a test batch of"))
        self.rows = named(QSpinBox(), translate("CanaryChoice", "Rows in the test batch"))
        self.rows.setRange(1, 100_000)
        self.rows.setValue(DEFAULT_CANARY_ROWS)
        self.rows.setGroupSeparatorShown(True)
        row.addWidget(self.check)
        row.addWidget(self.rows)
        row.addWidget(
            QLabel(translate("CanaryChoice", "rows first, then ask before sending the rest")), 1
        )

    def chosen_rows(self) -> int | None:
        """How many rows the test batch sends (None: no test batch)."""
        return self.rows.value() if self.check.isChecked() else None

    def set_editable(self, editable: bool) -> None:
        """Locked while a job runs or waits after its test batch."""
        self.check.setEnabled(editable)
        self.rows.setEnabled(editable)
