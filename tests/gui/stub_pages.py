"""A plain stand-in step page, so a test can isolate the steps it drives."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.ui.pages.base import StepPage
from app.ui.session import Session


class ComingNextPage(StepPage):
    """A page that only shows its title; its primary button is never enabled."""

    def __init__(self, session: Session, title: str, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.title = title
        self.icon_name = f"step-{title.lower()}"
        layout = QVBoxLayout(self)
        label = QLabel(f"{title} is coming next.")
        label.setObjectName("placeholder")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)

    def primary_text(self) -> str:
        return "Next ▶"

    def primary_enabled(self) -> bool:
        return False
