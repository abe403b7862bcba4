"""A progress bar with words and a Cancel button, for work running in the background."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout

from app.ui.texts import number, translate


class ProgressPanel(QFrame):
    """ "Reading sheet 'Customers' — 412,000 of 1,048,575 rows" ▇▇▇▇░░ [Cancel]."""

    cancel_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("progressPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)
        self.label = QLabel("")
        self.label.setObjectName("progressWords")
        layout.addWidget(self.label)
        row = QHBoxLayout()
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.cancel_button = QPushButton(translate("ProgressPanel", "Cancel"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.hide()

    def start(self, words: str) -> None:
        """Show the panel in "busy" mode with these words."""
        self.label.setText(words)
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.show()

    def update_progress(self, done: int, total: int, words: str, unit: str = "rows") -> None:
        """Show `words` and, when the total is known, "done of total unit" and a filled bar."""
        words_in = words
        if total > 0:
            self.bar.setRange(0, 1000)
            self.bar.setValue(min(1000, int(done * 1000 / total)))
            if words and f"{total:,}" not in words:
                if unit == "steps":
                    words = translate("ProgressPanel", "{words} (step {done} of {total})")
                else:
                    words = translate("ProgressPanel", "{words} — {done} of {total} rows")
                words = words.format(words=words_in, done=number(done), total=number(total))
        else:
            self.bar.setRange(0, 0)
        if words:
            self.label.setText(words)

    def finish(self) -> None:
        self.hide()
