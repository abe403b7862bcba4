"""Where the rows go: the profile (Add…, Edit…), its address, its key, Test connection."""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QWidget,
)

from app.core.profiles import SANDBOX_URL, Profile
from app.core.urls import is_loopback_host
from app.ui.accessibility import named
from app.ui.destination_names import destination_label, profile_label
from app.ui.dialogs.profile_dialog import ConnectionCheck, ProfileDialog, check_connection
from app.ui.session import Session
from app.ui.texts import translate
from app.ui.upload_core_words import connection_text, key_place_text
from app.ui.widgets.notice import Notice
from app.ui.workers import TaskRunner

OK_GREEN, BAD_RED = "#15803d", "#dc2626"


class ProfilePicker(QFrame):
    """The "where" card. Rows below the profile's own (estimate, test batch) are the page's:
    `add_fact` puts them in the same grid so the names line up."""

    chosen = Signal()  # `profile` and `base_url` changed (a choice, a reload, a saved profile)

    def __init__(
        self, session: Session, workers: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.workers = workers  # the page's: its shutdown joins the connection test too
        self.profile: Profile | None = None
        self.base_url = ""  # the profile's address, the running sandbox's for a sandbox profile
        self.last_check: ConnectionCheck | None = None
        self.profile_dialog: ProfileDialog | None = None
        # Saved profiles that could not be read are hidden: the operator must know why.
        self.notice = Notice()  # placed by the page, below the card
        self.setObjectName("card")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(16, 12, 16, 12)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        self._build_profile_row()
        self.target_label = QLabel("")
        self.target_label.setObjectName("factValue")
        self.target_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_fact(translate("ProfilePicker", "Sends to"), self.target_label)
        self.add_fact(translate("ProfilePicker", "API key"), self._build_key_row())

    def _build_profile_row(self) -> None:
        self.combo = named(
            QComboBox(),
            translate("ProfilePicker", "Profile"),
            translate("ProfilePicker", "Where the rows are sent, and with which key"),
        )
        self.combo.setMinimumWidth(280)
        self.combo.currentIndexChanged.connect(self._chosen)
        self.add_button = QPushButton(translate("ProfilePicker", "Add…"))
        self.add_button.clicked.connect(self.add_profile)
        self.edit_button = QPushButton(translate("ProfilePicker", "Edit…"))
        self.edit_button.clicked.connect(self.edit_profile)
        row = QHBoxLayout()
        row.addWidget(self.combo, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.edit_button)
        self.add_fact(translate("ProfilePicker", "Profile"), row)

    def _build_key_row(self) -> QHBoxLayout:
        self.key_label = QLabel("")
        self.test_button = QPushButton(translate("ProfilePicker", "Test connection"))
        self.test_button.setToolTip(
            translate("ProfilePicker", "Send one empty request with the key: nothing is stored.")
        )
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel("")
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.key_label)
        row.addSpacing(12)
        row.addWidget(self.test_button)
        row.addWidget(self.test_result, 1)
        return row

    def add_fact(self, name: str, value: QWidget | QLayout) -> None:
        """A row of the card: its name on the left ("" for none), the value on the right."""
        row = self.grid.rowCount() if self.grid.count() else 0
        if name:
            label = QLabel(name)
            label.setObjectName("factName")
            self.grid.addWidget(label, row, 0)
        if isinstance(value, QLayout):
            self.grid.addLayout(value, row, 1)
        else:
            self.grid.addWidget(value, row, 1)

    # -- the choice ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Offer the profiles of the session's destination, keeping the current choice."""
        store = self.session.profiles
        current = self.profile.name if self.profile is not None else None
        dest = self.session.destination_id
        profiles = [p for p in store.list() if p.destination_id == dest] if store else []
        problem = store.load_problem if store else None
        if problem:
            self.notice.show_message(
                "warning",
                problem,
                translate(
                    "ProfilePicker", "Until then only the built-in sandbox profile is offered here."
                ),
            )
        else:
            self.notice.clear()
        self.combo.blockSignals(True)
        self.combo.clear()
        for p in profiles:
            label = offered_label(p)
            self.combo.addItem(label, p)
        index = next((i for i, p in enumerate(profiles) if p.name == current), -1)
        if index < 0:  # "Sandbox" preselected
            index = next((i for i, p in enumerate(profiles) if p.kind == "sandbox"), 0)
        self.combo.setCurrentIndex(index if profiles else -1)
        self.combo.blockSignals(False)
        self._chosen(self.combo.currentIndex())

    def select(self, name: str) -> bool:
        """Choose a profile by name (returns False when it is not offered here)."""
        for i in range(self.combo.count()):
            if self.combo.itemData(i).name == name:
                self.combo.setCurrentIndex(i)
                self._chosen(i)
                return True
        return False

    def _chosen(self, index: int) -> None:
        profile: Profile | None = self.combo.itemData(index) if index >= 0 else None
        if profile is not None and profile.base_url == SANDBOX_URL:
            base_url = self.session.sandbox_url or ""
        else:
            base_url = profile.base_url if profile is not None else ""
        self.profile = profile
        self.base_url = base_url
        self.test_result.setText("")
        self.edit_button.setEnabled(profile is not None and not profile.builtin)
        if profile is not None and self.session.profile != profile:
            self.session.set_profile(profile)
        self.chosen.emit()

    def set_editable(self, editable: bool, *, idle: bool) -> None:
        """Lock the choice while a job runs (or waits after its test batch); Edit… stays off
        for a built-in profile."""
        for widget in (self.combo, self.add_button, self.edit_button):
            widget.setEnabled(editable)
        if idle and self.profile is not None:
            self.edit_button.setEnabled(not self.profile.builtin)

    @property
    def destination_id(self) -> str:
        """Where the chosen profile sends (the session's destination when none is chosen)."""
        return self.profile.destination_id if self.profile else self.session.destination_id

    @property
    def needs_sandbox(self) -> bool:
        """True when the chosen profile means "the built-in sandbox"."""
        return self.profile is not None and self.profile.base_url == SANDBOX_URL

    def leaves_sandbox(self) -> bool:
        """True when rows would leave the sandbox (any non-sandbox profile or non-local URL)."""
        if self.profile is None or self.profile.kind != "sandbox":
            return True
        return not is_loopback_host(urlsplit(self.base_url).hostname or "")

    def show_facts(self) -> None:
        """Refresh "Sends to" and "API key"."""
        self.target_label.setText(
            translate("ProfilePicker", "{destination} at {url}").format(
                destination=destination_label(self.destination_id), url=self.base_url or "—"
            )
        )
        self.key_label.setText(self.key_words() or "—")

    # -- profiles ------------------------------------------------------------------------------

    def add_profile(self) -> None:
        """Open the profile dialog for a new profile."""
        self.open_dialog(None)

    def edit_profile(self) -> None:
        """Open the profile dialog on the chosen profile (never a built-in one)."""
        if self.profile is not None and not self.profile.builtin:
            self.open_dialog(self.profile)

    def open_dialog(self, profile: Profile | None) -> ProfileDialog:
        """The window-modal profile dialog (new when `profile` is None)."""
        dialog = ProfileDialog(
            profiles=self.session.profiles,
            secrets=self.session.secrets,
            profile=profile,
            destination_id=self.session.destination_id,
            sandbox_url=self.session.sandbox_url,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        dialog.finished.connect(self._dialog_closed)
        self.profile_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, _result: int) -> None:
        self.profile_dialog = None

    def close_dialog(self) -> None:
        """The page is closing: dismiss the dialog if it is open."""
        if self.profile_dialog is not None:
            self.profile_dialog.reject()

    def _saved(self, profile: Profile) -> None:
        self.profile = profile
        if profile.destination_id != self.session.destination_id:
            words = translate(
                "ProfilePicker",
                "“{profile}” sends to {destination}; it is listed when that destination is "
                "chosen on the Map step.",
            )
            destination = destination_label(profile.destination_id)
            self.session.say(words.format(profile=profile.name, destination=destination))
            self.profile = None
        self.reload()

    # -- the key -------------------------------------------------------------------------------

    def api_key(self) -> str | None:
        """The chosen profile's key (the sandbox's own for a sandbox profile), if any."""
        profile = self.profile
        if profile is None:
            return None
        if profile.base_url == SANDBOX_URL:
            return self.session.sandbox_key
        secrets = self.session.secrets
        return secrets.get(profile.name) if secrets is not None else None

    def key_words(self) -> str:
        """Where the key comes from, in words ("" with no profile)."""
        profile = self.profile
        if profile is None:
            return ""
        if profile.base_url == SANDBOX_URL:
            return translate("ProfilePicker", "The sandbox's built-in test key")
        return key_place_text(str(self.session.secrets.describe(profile.name)))

    def test_connection(self) -> None:
        """Check the chosen profile's address and key in a worker; the answer shows beside it."""
        if self.profile is None:
            return
        dest_id, base_url, key = self.profile.destination_id, self.base_url, self.api_key() or ""
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet("")
        self.test_result.setText(translate("ProfilePicker", "Testing…"))
        task = self.workers.start(
            "test", lambda progress, cancel: check_connection(dest_id, base_url, key)
        )
        task.finished.connect(self._tested)
        task.failed.connect(lambda message, hint: self._tested(ConnectionCheck(False, message)))

    def _tested(self, check: ConnectionCheck) -> None:
        self.last_check = check
        self.test_button.setEnabled(True)
        self.test_result.setStyleSheet(f"color: {OK_GREEN if check.ok else BAD_RED};")
        words = connection_text(check, self.destination_id, proxy=False)
        self.test_result.setText(("✓ " if check.ok else "✗ ") + words)


def offered_label(profile: Profile) -> str:
    """A profile as the list offers it: its name (a built-in sandbox one in the UI's language),
    and its kind unless it is a sandbox."""
    if profile.kind == "sandbox":
        return profile_label(profile)
    kind = {
        "staging": translate("ProfilePicker", "staging"),
        "production": translate("ProfilePicker", "production"),
    }.get(profile.kind, profile.kind)
    return f"{profile_label(profile)}  ({kind})"
