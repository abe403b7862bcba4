"""One problem group on the Review step: count, plain sentence, and what to do about it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.ui.models.issues_model import fix_label
from app.ui.texts import translate
from app.ui.words.review_lines import group_detail, group_headline, group_problem, rows_words
from app.ui.words.review_words import word


class ProblemCard(QFrame):
    """ "37 rows: email is not a valid address — rows 4, 17, …  [Show rows] [Trim] [Exclude]"."""

    show_rows = Signal(object)
    fix = Signal(object)
    exclude = Signal(object)

    def __init__(self, group: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = group
        self.setObjectName("problemCard")
        self.setProperty("severity", group.severity)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 10, 8)
        layout.setSpacing(10)
        text = QVBoxLayout()
        text.setSpacing(2)
        self.headline = QLabel(
            translate("ProblemCard", "<b>{rows}</b>: {problem}").format(
                rows=rows_words(group.count), problem=_escape(group_problem(group))
            )
        )
        self.headline.setObjectName("problemText")
        self.headline.setWordWrap(True)
        self.detail = QLabel(group_detail(group))
        self.detail.setTextFormat(Qt.TextFormat.PlainText)  # a column's name is the file's
        self.detail.setObjectName("sectionHint")
        self.detail.setWordWrap(True)
        text.addWidget(self.headline)
        text.addWidget(self.detail)
        layout.addLayout(text, 1)
        # A screen reader reads the card, and each of its buttons, as one sentence.
        sentence = translate("ProblemCard", "{problem}. {detail}.").format(
            problem=group_headline(group), detail=self.detail.text()
        )
        self.setAccessibleName(sentence)
        for label in (self.headline, self.detail):
            # Long sentences wrap instead of widening the card past the window.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            label.setMinimumWidth(200)
        self.show_button = QPushButton(translate("ProblemCard", "Show rows"))
        self.show_button.clicked.connect(lambda: self.show_rows.emit(self.group))
        layout.addWidget(self.show_button)
        fix_text = fix_label(group.fix)
        self.fix_button: QPushButton | None = None
        if fix_text:
            self.fix_button = QPushButton(word(fix_text))
            self.fix_button.setObjectName("fixButton")
            self.fix_button.setToolTip(
                translate(
                    "ProblemCard", "Change the mapping's cleaning for this field and check again"
                )
            )
            self.fix_button.clicked.connect(lambda: self.fix.emit(self.group))
            layout.addWidget(self.fix_button)
        self.exclude_button = QPushButton(translate("ProblemCard", "Exclude rows"))
        self.exclude_button.setToolTip(
            translate("ProblemCard", "Leave these rows out of the upload")
        )
        self.exclude_button.clicked.connect(lambda: self.exclude.emit(self.group))
        layout.addWidget(self.exclude_button)
        for button in (self.show_button, self.fix_button, self.exclude_button):
            if button is not None:
                tip = button.toolTip()
                described = translate("ProblemCard", "{tip}: {sentence}")
                button.setAccessibleDescription(
                    described.format(tip=tip, sentence=sentence) if tip else sentence
                )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
