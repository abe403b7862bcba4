"""Add or edit a destination profile: name, destination, base URL, kind and its API key.

The key goes to the SecretStore (system keychain, or this session only where none exists) and
never into the profile file. "Test connection" sends one real, deliberately empty request off
the GUI thread (`app.core.reachability.check_connection`): a 400-style answer means the key was
accepted, a 401/403 means it was not; when a proxy is used, the result says so.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.profiles import KINDS, SANDBOX_URL, Profile, ProfileError
from app.core.reachability import TEST_TIMEOUT_S, ConnectionCheck, check_connection
from app.core.secrets import DESCRIBE_KEYRING, DESCRIBE_SESSION, SecretError
from app.ui.connection_words import connection_reason
from app.ui.destination_names import DESTINATION_IDS, destination_label
from app.ui.texts import translate
from app.ui.upload_core_words import connection_text, key_place_text
from app.ui.workers import TaskRunner

__all__ = ["TEST_TIMEOUT_S", "ConnectionCheck", "ProfileDialog", "check_connection"]


def kind_label(kind: str) -> str:
    """A profile kind as the Kind list offers it."""
    return {
        "sandbox": translate("ProfileDialog", "Sandbox (test server, nothing real)"),
        "staging": translate("ProfileDialog", "Staging (a test project at the vendor)"),
        "production": translate("ProfileDialog", "Production (real data)"),
    }[kind]


class ProfileDialog(QDialog):
    """Edit one profile. `saved` carries the stored Profile after a successful save."""

    saved = Signal(object)

    def __init__(
        self,
        *,
        profiles: Any,
        secrets: Any,
        profile: Profile | None = None,
        destination_id: str = "vibefollow-events",
        sandbox_url: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("profileDialog")
        self.profiles = profiles
        self.secrets = secrets
        self.original = profile
        self.sandbox_url = sandbox_url
        self.result_profile: Profile | None = None
        self.last_check: ConnectionCheck | None = None
        self.tasks = TaskRunner(self, max_threads=1)
        self.setWindowTitle(
            translate("ProfileDialog", "Edit destination profile")
            if profile
            else translate("ProfileDialog", "New destination profile")
        )
        self.setMinimumWidth(520)
        self._build(profile, destination_id)

    def _build(self, profile: Profile | None, destination_id: str) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        form = QFormLayout()
        form.setSpacing(8)

        self.name_edit = QLineEdit(profile.name if profile else "")
        self.name_edit.setPlaceholderText(
            translate("ProfileDialog", "e.g. Production — VibeFollow acme-prod")
        )
        form.addRow(translate("ProfileDialog", "Name"), self.name_edit)

        self.destination_combo = QComboBox()
        for dest_id in DESTINATION_IDS:
            self.destination_combo.addItem(destination_label(dest_id), dest_id)
        chosen = profile.destination_id if profile else destination_id
        self.destination_combo.setCurrentIndex(max(0, self.destination_combo.findData(chosen)))
        form.addRow(translate("ProfileDialog", "Destination"), self.destination_combo)

        self.url_edit = QLineEdit(
            "" if profile is None or profile.base_url == SANDBOX_URL else profile.base_url
        )
        self.url_edit.setPlaceholderText("https://api.example.com")
        form.addRow(translate("ProfileDialog", "Base URL"), self.url_edit)

        self.kind_combo = QComboBox()
        for kind in KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.kind_combo.setCurrentIndex(
            self.kind_combo.findData(profile.kind if profile else "production")
        )
        form.addRow(translate("ProfileDialog", "Kind"), self.kind_combo)

        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        has_key = profile is not None and self.secrets.get(profile.name) is not None
        self.key_edit.setPlaceholderText(
            translate("ProfileDialog", "Leave empty to keep the stored key")
            if has_key
            else translate("ProfileDialog", "Paste the API key")
        )
        form.addRow(translate("ProfileDialog", "API key"), self.key_edit)
        self.key_status = QLabel(self._key_status_text())
        self.key_status.setObjectName("sectionHint")
        self.key_status.setWordWrap(True)
        form.addRow("", self.key_status)
        layout.addLayout(form)

        test_row = QHBoxLayout()
        self.test_button = QPushButton(translate("ProfileDialog", "Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel("")
        self.test_result.setWordWrap(True)
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        layout.addLayout(test_row)

        self.error_label = QLabel("")
        self.error_label.setObjectName("formError")
        self.error_label.setStyleSheet("color: #dc2626; font-weight: 600;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _key_status_text(self) -> str:
        if not self.secrets.keyring_available():
            words = translate(
                "ProfileDialog",
                "{place}: no system keychain exists on this computer, so the key is kept in "
                "memory until Backfill closes. It is never written to a file.",
            )
            return words.format(place=key_place_text(DESCRIBE_SESSION))
        name = self.original.name if self.original else ""
        if name and self.secrets.where(name) == "session":
            return key_place_text(DESCRIBE_SESSION)
        words = translate("ProfileDialog", "{place} when you save.")
        return words.format(place=key_place_text(DESCRIBE_KEYRING))

    # -- values --------------------------------------------------------------------------------

    def _key(self) -> str:
        typed = self.key_edit.text().strip()
        if typed:
            return typed
        if self.original is not None:
            return self.secrets.get(self.original.name) or ""
        return ""

    def _profile(self) -> Profile:
        return Profile(
            name=self.name_edit.text().strip(),
            destination_id=str(self.destination_combo.currentData()),
            base_url=self.url_edit.text().strip(),
            kind=self.kind_combo.currentData(),
        )

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    # -- actions -------------------------------------------------------------------------------

    def test_connection(self) -> None:
        """Check address and key in a worker thread; the result appears beside the button."""
        destination_id = str(self.destination_combo.currentData())
        base_url = self.url_edit.text().strip()
        key = self._key()
        self.test_button.setEnabled(False)
        self.test_result.setText(translate("ProfileDialog", "Testing…"))
        task = self.tasks.start(
            "test", lambda progress, cancel: check_connection(destination_id, base_url, key)
        )
        task.finished.connect(self._tested)
        task.failed.connect(lambda message, hint: self._tested(ConnectionCheck(False, message)))

    def _tested(self, check: ConnectionCheck) -> None:
        self.last_check = check
        self.test_button.setEnabled(True)
        mark = "✓" if check.ok else "✗"
        colour = "#15803d" if check.ok else "#dc2626"
        self.test_result.setStyleSheet(f"color: {colour};")
        destination_id = str(self.destination_combo.currentData())
        self.test_result.setText(f"{mark} {connection_text(check, destination_id)}")

    def save(self) -> None:
        """Store the profile and its key; stays open with a plain message when something's off."""
        profile = self._profile()
        if not profile.name:
            self._show_error(translate("ProfileDialog", "Give the profile a name."))
            return
        key = self._key()
        if not key:
            self._show_error(translate("ProfileDialog", "Enter the API key for this profile."))
            return
        try:
            stored = self.profiles.save(profile)
        except ProfileError as exc:
            self._show_error(connection_reason(str(exc)) or str(exc))
            return
        try:
            self.secrets.set(stored.name, key)
        except SecretError as exc:
            self._show_error(str(exc))
            return
        if self.original is not None and self.original.name != stored.name:
            # Renamed: the old entry and its key go, so no orphaned key stays in the keychain.
            with contextlib.suppress(ProfileError):
                self.profiles.delete(self.original.name)
            self.secrets.delete(self.original.name)
        self.result_profile = stored
        self.key_status.setText(key_place_text(self.secrets.describe(stored.name)))
        self.saved.emit(stored)
        self.accept()

    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        self.tasks.shutdown(2_000)
        super().done(result)
