"""An inline message in plain words: what happened, and what to try (error, warning or info)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.ui.accessibility import alert
from app.ui.theme import set_style_state


class Notice(QFrame):
    """A tinted box with a bold sentence and an optional hint below it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        self.message = QLabel("")
        self.message.setObjectName("noticeMessage")
        self.message.setWordWrap(True)
        self.hint = QLabel("")
        self.hint.setObjectName("noticeHint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        self.hide()

    def show_message(self, kind: str, message: str, hint: str = "") -> None:
        """kind: "error", "warning" or "info"."""
        # The label carries the kind too: rules keyed on a parent's property aren't re-applied.
        for widget in (self, self.message):
            set_style_state(widget, "kind", kind)
        self.message.setText(message)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.show()
        alert(self, self.text)  # how an upload ended, what failed: said at once

    def clear(self) -> None:
        self.message.setText("")
        self.hint.setText("")
        self.hide()

    @property
    def text(self) -> str:
        """Message and hint as one string (for tests and accessibility)."""
        return " ".join(t for t in (self.message.text(), self.hint.text()) if t)
