"""The Review step's problem cards, one per issue group, stacked in a scroll area that is as
tall as the cards up to a limit, so no empty band sits above the table."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from app.core.validate import IssueGroup
from app.ui.widgets.problem_card import ProblemCard


class ProblemCardList(QScrollArea):
    """Cards for the groups shown; their buttons come out as the list's signals (the group)."""

    show_rows = Signal(object)
    fix = Signal(object)
    exclude = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget()
        self.cards_layout = QVBoxLayout(holder)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards_layout.setSpacing(6)
        self.cards_layout.addStretch(1)
        self.setWidget(holder)
        self._cards: list[ProblemCard] = []

    @property
    def cards(self) -> list[ProblemCard]:
        """The cards shown, in the groups' order."""
        return list(self._cards)

    def set_groups(self, groups: list[IssueGroup]) -> None:
        """One card per group, replacing the cards shown before."""
        for card in self._cards:
            self.cards_layout.removeWidget(card)
            card.deleteLater()
        self._cards = []
        for group in groups:
            card = ProblemCard(group)
            card.show_rows.connect(self.show_rows.emit)
            card.fix.connect(self.fix.emit)
            card.exclude.connect(self.exclude.emit)
            self.cards_layout.insertWidget(self.cards_layout.count() - 1, card)
            self._cards.append(card)

    def fit_height(self, page_height: int) -> None:
        """As tall as the cards at the current width, at most a quarter of `page_height`."""
        width = max(300, self.viewport().width())
        spacing = self.cards_layout.spacing()
        wanted = 0
        for card in self._cards:
            layout = card.layout()
            if layout is not None and layout.hasHeightForWidth():
                height = layout.heightForWidth(width)
            else:
                height = card.sizeHint().height()
            wanted += height + spacing
        # At most a quarter of the page (and 230 px): the table below always keeps most of
        # the height, also on a short window (200 % scaling on 1920×1080 is 540 px tall).
        limit = max(64, min(230, page_height // 4))
        self.setFixedHeight(max(0, min(limit, wanted)))
