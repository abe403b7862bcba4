"""The last question before rows go anywhere but the sandbox: how many, to whom, where.

The dialog is opened with `open()` (window-modal, non-blocking) so no nested event loop runs
while an upload task may be live; callers react to `accepted` / `rejected`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.profiles import Profile
from app.ui.destination_names import destination_label
from app.ui.texts import translate


def kind_word(kind: str) -> str:
    """ "PRODUCTION", "STAGING", "SANDBOX": a profile's kind, loud, in the user's language."""
    words = {
        "production": translate("ConfirmProductionDialog", "PRODUCTION"),
        "staging": translate("ConfirmProductionDialog", "STAGING"),
        "sandbox": "SANDBOX",  # the test server's name, the same in every language
    }
    return words.get(kind, kind.upper())


def loud_name(kind: str, profile_name: str) -> str:
    """ "PRODUCTION — VibeFollow acme-prod", without repeating a kind the name already says."""
    word = kind_word(kind)
    rest = profile_name.strip()
    for said in {kind, word}:
        if rest.lower().startswith(said.lower()):
            rest = rest[len(said) :].lstrip(" —–-:")
    if not rest:
        return word
    return translate("ConfirmProductionDialog", "{kind} — {name}").format(kind=word, name=rest)


def confirmation_text(rows: int, profile_name: str, destination: str, base_url: str) -> str:
    """The question, in the operator's words."""
    words = translate(
        "ConfirmProductionDialog",
        "Send %Ln row(s) to {destination} at {url} using “{profile}”?",
        None,
        rows,
    )
    return words.format(destination=destination, url=base_url, profile=profile_name)


def title_text(kind: str) -> str:
    """The dialog's title: "Send to production?"."""
    titles = {
        "production": translate("ConfirmProductionDialog", "Send to production?"),
        "staging": translate("ConfirmProductionDialog", "Send to staging?"),
    }
    return titles.get(kind, f"{kind_word(kind)}?")


def understood_text(rows: int, kind: str) -> str:
    """The tick that must be set before Send: "Yes, send these 12,371 rows to production"."""
    if kind == "production":
        return translate(
            "ConfirmProductionDialog", "Yes, send these %Ln row(s) to production", None, rows
        )
    if kind == "staging":
        return translate(
            "ConfirmProductionDialog", "Yes, send these %Ln row(s) to staging", None, rows
        )
    words = translate("ConfirmProductionDialog", "Yes, send these %Ln row(s) to {kind}", None, rows)
    return words.format(kind=kind)


class ConfirmProductionDialog(QDialog):
    """ "Send 12,371 rows to PRODUCTION — acme-prod?" with an explicit "I understand" tick."""

    def __init__(
        self,
        *,
        rows: int,
        profile_name: str,
        kind: str,
        destination: str,
        base_url: str,
        colour: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("confirmProductionDialog")
        self.rows = rows
        self.setWindowTitle(title_text(kind))
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.setSpacing(12)

        banner = QFrame()
        banner.setObjectName("confirmBanner")
        banner.setStyleSheet(
            f"#confirmBanner {{ background: {colour}; }}"
            " #confirmBanner QLabel { color: #ffffff; font-weight: 700; font-size: 12pt; }"
        )
        banner_layout = QVBoxLayout(banner)
        banner_layout.setContentsMargins(16, 10, 16, 10)
        self.banner_label = QLabel(loud_name(kind, profile_name))
        banner_layout.addWidget(self.banner_label)
        layout.addWidget(banner)

        body = QVBoxLayout()
        body.setContentsMargins(16, 0, 16, 0)
        body.setSpacing(10)
        self.question = QLabel(confirmation_text(rows, profile_name, destination, base_url))
        self.question.setWordWrap(True)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body.addWidget(self.question)
        consequence = QLabel(
            translate(
                "ConfirmProductionDialog",
                "These records go to a real API. Accepted rows cannot be taken back from here.",
            )
        )
        consequence.setWordWrap(True)
        body.addWidget(consequence)
        self.understood = QCheckBox(understood_text(rows, kind))
        body.addWidget(self.understood)
        layout.addLayout(body)

        self.buttons = QDialogButtonBox()
        self.send_button = QPushButton(
            translate("ConfirmProductionDialog", "Send %Ln row(s)", None, rows)
        )
        self.send_button.setEnabled(False)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)  # Enter never sends by accident
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.understood.toggled.connect(self.send_button.setEnabled)
        wrap = QVBoxLayout()
        wrap.setContentsMargins(16, 0, 16, 0)
        wrap.addWidget(self.buttons)
        layout.addLayout(wrap)
        self.setMinimumWidth(480)

    def confirm(self) -> None:
        """Tick the box and press Send (keyboard-free path for tests and automation)."""
        self.understood.setChecked(True)
        self.send_button.click()


def open_confirmation(
    profile: Profile,
    rows: int,
    base_url: str,
    parent: QWidget,
    confirmed: Callable[[], None],
    closed: Callable[[int], None],
) -> ConfirmProductionDialog:
    """Open the question for sending `rows` through `profile` (not blocking; deleted once
    closed): `confirmed` on "Send", `closed` either way."""
    dialog = ConfirmProductionDialog(
        rows=rows,
        profile_name=profile.name,
        kind=profile.kind,
        destination=destination_label(profile.destination_id),
        base_url=base_url,
        colour=profile.badge_colour,
        parent=parent,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(confirmed)
    dialog.finished.connect(closed)
    dialog.open()
    return dialog
