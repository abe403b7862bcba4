"""The Map step's template strip: which template is in use, save and load, and — when the
file's columns drifted from the template's — what is missing and the proposed renames.

It shows a `TemplateChoice` (app/core/template_choice.py) and asks nothing itself: the page
connects its buttons and decides.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.mapping import TemplateApplication
from app.core.template_choice import TemplateChoice
from app.ui.assets import icon
from app.ui.texts import translate
from app.ui.widgets.notice import Notice
from app.ui.words.map_words import said


class TemplateBar(QWidget):
    """ "Template 'March customers' applied automatically  [Use suggestions] [Save…] [Load…]"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)  # as the page's own spacing: the strip reads as three rows
        self.strip = QFrame()
        self.strip.setObjectName("templateBar")
        bar = QHBoxLayout(self.strip)
        bar.setContentsMargins(12, 6, 8, 6)
        self.template_label = QLabel(translate("TemplateBar", "No template in use."))
        self.template_label.setWordWrap(True)
        self.undo_template = QPushButton(translate("TemplateBar", "Use suggestions instead"))
        self.undo_template.setObjectName("linkButton")
        self.save_template_button = QPushButton(
            icon("save"), translate("TemplateBar", "Save template…")
        )
        self.load_template_button = QPushButton(
            icon("open"), translate("TemplateBar", "Load template…")
        )
        bar.addWidget(self.template_label, 1)
        bar.addWidget(self.undo_template)
        bar.addWidget(self.save_template_button)
        bar.addWidget(self.load_template_button)
        self.drift_notice = Notice()  # a template's columns that are missing or renamed
        layout.addWidget(self.strip)
        layout.addWidget(self.drift_notice)
        layout.addWidget(self._build_drift_actions())

    def _build_drift_actions(self) -> QWidget:
        # The answer to the proposed renames sits under the notice that asks the question.
        self.accept_proposals_button = QPushButton(
            translate("TemplateBar", "Use the proposed columns")
        )
        self.accept_proposals_button.setObjectName("fixButton")
        self.accept_proposals_button.setToolTip(
            translate(
                "TemplateBar",
                "Take the proposed columns as the renamed ones: the template's settings and "
                "property keys stay as they were",
            )
        )
        self.decline_proposals_button = QPushButton(translate("TemplateBar", "Keep as it is"))
        self.decline_proposals_button.setToolTip(
            translate(
                "TemplateBar", "The proposed columns are new ones: send them under their own names"
            )
        )
        self.drift_actions = QWidget()
        drift_row = QHBoxLayout(self.drift_actions)
        drift_row.setContentsMargins(0, 0, 0, 0)
        drift_row.addWidget(self.accept_proposals_button)
        drift_row.addWidget(self.decline_proposals_button)
        drift_row.addStretch(1)
        self.drift_actions.hide()
        return self.drift_actions

    def show_drift(self, choice: TemplateChoice | None, *, asking: bool) -> None:
        """Say what drifted in `choice` (nothing when None); `asking`: offer the two answers
        to the proposed renames."""
        self.drift_actions.setVisible(asking)
        if choice is None or not choice.drifted:
            self.drift_notice.clear()
            return
        if choice.proposals:
            hint = translate(
                "TemplateBar",
                "Use the proposed columns to keep the template's settings and property keys, "
                "or keep it as it is if they are new columns.",
            )
        elif choice.missing_required:
            hint = translate(
                "TemplateBar",
                "Choose the column that now holds it below, then save the template again.",
            )
        else:
            hint = translate(
                "TemplateBar",
                "Check the fields below; save the template again once it fits this file.",
            )
        self.drift_notice.show_message("warning", said(choice.drift_phrase()), hint)

    def show_template(
        self,
        name: str | None,
        application: TemplateApplication | None,
        *,
        automatic: bool = False,
        can_undo: bool = False,
    ) -> None:
        """The template in use and how it applied; without one, the suggestion's words."""
        if name is None or application is None:
            self.template_label.setText(
                translate(
                    "TemplateBar",
                    "Columns matched automatically. Save this as a template to reuse it next time.",
                )
            )
            self.undo_template.hide()
            return
        if application.exact:
            text = (
                translate("TemplateBar", "Template '{name}' applied automatically")
                if automatic
                else translate("TemplateBar", "Template '{name}' applied")
            ).format(name=name)
        else:
            text = (
                translate("TemplateBar", "Template '{name}' applied automatically — {detail}")
                if automatic
                else translate("TemplateBar", "Template '{name}' applied — {detail}")
            ).format(name=name, detail=said(application.summary_phrase()))
        self.template_label.setText(text)
        self.undo_template.setVisible(can_undo)
