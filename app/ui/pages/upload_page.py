"""④ Upload: where the rows go (profile, banner, key), the estimate, then Start/Pause/Resume/Cancel.

The page renders; it decides nothing about HTTP. The job is written to the journal in a worker
(1M rows take seconds), then `UploadRunner` runs the core Uploader as a Task on the qasync loop.
The one primary button is Start → Pause/Resume → Continue (after a canary) → Next: Report.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.destinations import get_destination
from app.core.jobs import JobPart, job_source, prepare_job, rows_accepted_before
from app.core.jobstate import Verdict, verdict
from app.core.profiles import SANDBOX_URL, Profile, ProfileStore
from app.core.reasons import plain_reason
from app.core.receipt import write_receipt
from app.core.uploader import ChunkLogEntry, Progress, Uploader, UploadSettings, estimate
from app.core.urls import is_loopback_host
from app.core.words import (
    duration_words,
    local_clock,
    local_day,
    plural,
    progress_words,
    wait_words,
)
from app.ui.destination_names import destination_label
from app.ui.dialogs.confirm_production import ConfirmProductionDialog, loud_name
from app.ui.dialogs.profile_dialog import ConnectionCheck, ProfileDialog, check_connection
from app.ui.pages.base import StepPage
from app.ui.session import Session
from app.ui.upload_runner import RunOutcome, RunState, UploadRunner
from app.ui.widgets.notice import Notice
from app.ui.workers import TaskRunner

REPORT_STEP = 4
CHUNK_LOG_CAP = 5_000
DEFAULT_CANARY_ROWS = 100
LOG_INTERVAL_MS = 200
JOB_FROM_JOURNAL = "journal"
# The engine words its waits as "Waiting 12 s: <reason>"; the page counts the seconds down itself.
_WAIT_PREFIX = re.compile(r"^Waiting [\d.,]+ s: ?")  # a job resumed from the journal rather than created here


# -- the chunk log -----------------------------------------------------------------------------


class ChunkLogModel(QAbstractListModel):
    """The live chunk log: one formatted line per chunk, newest last, capped."""

    def __init__(self, cap: int = CHUNK_LOG_CAP, parent: Any = None) -> None:
        super().__init__(parent)
        self.cap = cap
        self._lines: list[str] = []
        self._tips: list[str] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._lines[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[index.row()] or None
        return None

    def append(self, line: str, tip: str = "") -> None:
        """Add a line at the bottom, dropping the oldest beyond the cap."""
        self.extend([(line, tip)])

    def extend(self, items: list[tuple[str, str]]) -> None:
        """Add several lines at once (one model update, so one repaint)."""
        if not items:
            return
        items = items[-self.cap :]
        overflow = len(self._lines) + len(items) - self.cap
        if overflow > 0:
            self.beginRemoveRows(QModelIndex(), 0, overflow - 1)
            del self._lines[:overflow]
            del self._tips[:overflow]
            self.endRemoveRows()
        n = len(self._lines)
        self.beginInsertRows(QModelIndex(), n, n + len(items) - 1)
        self._lines.extend(line for line, _ in items)
        self._tips.extend(tip for _, tip in items)
        self.endInsertRows()

    def clear(self) -> None:
        self.beginResetModel()
        self._lines.clear()
        self._tips.clear()
        self.endResetModel()

    def lines(self) -> list[str]:
        """Every line shown (tests, copy to clipboard)."""
        return list(self._lines)


def chunk_line(entry: ChunkLogEntry) -> tuple[str, str]:
    """(line, tooltip) for one chunk:
    "10:42:07  request 8  rows 7,002–8,001   1,000 sent   988 accepted   12 rejected"."""
    parts = [local_clock(entry.time), f"request {entry.chunk:,}"]
    if entry.first_row == entry.last_row:
        parts.append(f"row {entry.first_row:,}")
    else:
        parts.append(f"rows {entry.first_row:,}–{entry.last_row:,}")
    parts.append(f"{entry.sent:,} sent")
    parts.append(f"{entry.accepted:,} accepted")
    if entry.rejected:
        parts.append(f"{entry.rejected:,} rejected")
    if entry.retried:
        parts.append(f"{entry.retried:,} to retry")
    if entry.note:
        parts.append(entry.note)
    elif entry.status is not None and not 200 <= entry.status < 300:
        parts.append(f"HTTP {entry.status}")
    tip = entry.note or (f"HTTP {entry.status}" if entry.status is not None else "no answer")
    return "   ".join(parts), tip


# -- the page ---------------------------------------------------------------------------------


class ProfileBanner(QFrame):
    """A full-width strip in the profile's colour: grey for sandbox, red for production."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("uploadBanner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        self.label = QLabel("")
        self.label.setObjectName("uploadBannerText")
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.kind = "sandbox"

    def show_profile(self, profile: Profile | None, base_url: str) -> None:
        kind = profile.kind if profile is not None else "sandbox"
        self.kind = kind
        colour = profile.badge_colour if profile is not None else "#6b7280"
        name = profile.name if profile is not None else "Sandbox"
        if kind == "production":
            text = f"{loud_name(kind, name)}. Rows go to the real API at {base_url}."
            weight = "800"
        elif kind == "staging":
            text = f"{loud_name(kind, name)} at {base_url}"
            weight = "700"
        elif profile is None or profile.builtin:
            text = "SANDBOX — the test server built into Backfill. Nothing leaves this computer."
            weight = "600"
        else:
            text = f"SANDBOX — {name} at {base_url}"
            weight = "600"
        self.label.setText(text)
        self.setProperty("profileKind", kind)
        self.setStyleSheet(
            f"#uploadBanner {{ background: {colour}; border-radius: 8px; }}"
            f" #uploadBannerText {{ color: #ffffff; font-weight: {weight}; font-size: 11pt; }}"
        )


class UploadPage(StepPage):
    """The fourth step. Owns the UploadRunner (and with it the upload Task) and its workers."""

    title = "Upload"
    icon_name = "step-upload"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.runner = UploadRunner(self)
        # Engine knobs for this page's uploads (tests shrink the chunk size).
        self.upload_settings = UploadSettings()
        self.workers = TaskRunner(self, max_threads=1)
        self.profile: Profile | None = None
        self.base_url: str = ""
        self.duplicates: int | None = None  # rows already accepted there (None = not checked)
        self.duplicates_day: str = ""
        self._duplicates_key: tuple[Any, ...] | None = None
        self._job_source: object = None  # the validation the session's job came from
        self._preparing = False
        # Median answer time measured in the last upload (None: the typical 0.3 s is assumed).
        self.measured_request_s: float | None = None
        self._wait_until: float | None = None
        self._wait_reason = ""
        self._last_progress: Any = None
        self._total = 0
        self._job_cache: tuple[str, Any] | None = None
        self._canary: int | None = None
        self.receipt_paths: Any = None
        self.last_check: ConnectionCheck | None = None
        self.counts: dict[str, int] = {}
        self.confirm_dialog: ConfirmProductionDialog | None = None
        self.profile_dialog: ProfileDialog | None = None
        # Asked when the window closes mid-upload; tests replace it (never a blocking modal).
        self.ask_pause_and_close: Callable[[], bool] = self._ask_pause_and_close
        self._build()
        self.runner.progress.connect(self._on_progress)
        self.runner.chunk_logged.connect(self._on_chunk)
        self.runner.state_changed.connect(self._on_run_state)
        self.runner.canary_finished.connect(self._on_canary)
        self.runner.finished.connect(self._on_finished)
        self._chunk_backlog: list[tuple[str, str]] = []
        self._log_timer = QTimer(self)
        self._log_timer.setSingleShot(True)
        self._log_timer.setInterval(LOG_INTERVAL_MS)
        self._log_timer.timeout.connect(self._flush_chunk_log)
        self.runner.finished.connect(self._flush_chunk_log)
        self.runner.canary_finished.connect(self._flush_chunk_log)
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(250)
        self._wait_timer.timeout.connect(self._tick_wait)
        session.validation_changed.connect(self._inputs_changed)
        session.destination_changed.connect(self._reload_profiles)
        session.sandbox_changed.connect(self._reload_profiles)
        session.job_changed.connect(self._job_changed)

    # -- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(12)
        self.heading = QLabel("Upload")
        self.heading.setObjectName("pageHeading")
        layout.addWidget(self.heading)

        self.banner = ProfileBanner()
        layout.addWidget(self.banner)

        # Where: profile, destination, key.
        where = QFrame()
        where.setObjectName("card")
        grid = QGridLayout(where)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.addWidget(self._fact_name("Profile"), 0, 0)
        self.profile_combo = QComboBox()
        self.profile_combo.setMinimumWidth(280)
        self.profile_combo.currentIndexChanged.connect(self._profile_chosen)
        self.add_profile_button = QPushButton("Add…")
        self.add_profile_button.clicked.connect(self.add_profile)
        self.edit_profile_button = QPushButton("Edit…")
        self.edit_profile_button.clicked.connect(self.edit_profile)
        row = QHBoxLayout()
        row.addWidget(self.profile_combo, 1)
        row.addWidget(self.add_profile_button)
        row.addWidget(self.edit_profile_button)
        grid.addLayout(row, 0, 1)
        grid.addWidget(self._fact_name("Sends to"), 1, 0)
        self.target_label = QLabel("")
        self.target_label.setObjectName("factValue")
        self.target_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.target_label, 1, 1)
        grid.addWidget(self._fact_name("API key"), 2, 0)
        self.key_label = QLabel("")
        self.test_button = QPushButton("Test connection")
        self.test_button.setToolTip("Send one empty request with the key: nothing is stored.")
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel("")
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_label)
        key_row.addSpacing(12)
        key_row.addWidget(self.test_button)
        key_row.addWidget(self.test_result, 1)
        grid.addLayout(key_row, 2, 1)
        grid.addWidget(self._fact_name("Estimate"), 3, 0)
        self.estimate_label = QLabel("")
        self.estimate_label.setWordWrap(True)
        grid.addWidget(self.estimate_label, 3, 1)
        canary_row = QHBoxLayout()
        self.canary_check = QCheckBox("Send a test batch of")
        self.canary_rows = QSpinBox()
        self.canary_rows.setRange(1, 100_000)
        self.canary_rows.setValue(DEFAULT_CANARY_ROWS)
        self.canary_rows.setGroupSeparatorShown(True)
        canary_after = QLabel("rows first, then ask before sending the rest")
        canary_row.addWidget(self.canary_check)
        canary_row.addWidget(self.canary_rows)
        canary_row.addWidget(canary_after, 1)
        grid.addLayout(canary_row, 4, 1)
        grid.setColumnStretch(1, 1)
        layout.addWidget(where)

        # Saved profiles that could not be read are hidden: the operator must know why.
        self.profiles_notice = Notice()
        layout.addWidget(self.profiles_notice)

        # A damaged upload history was set aside on opening: past jobs are gone from resume.
        self.journal_notice = Notice()
        layout.addWidget(self.journal_notice)

        self.duplicate_notice = Notice()
        layout.addWidget(self.duplicate_notice)
        self.send_duplicates = QCheckBox("Send them again")
        self.send_duplicates.hide()
        self.send_duplicates.toggled.connect(lambda _on: self.state_changed.emit())
        layout.addWidget(self.send_duplicates)

        # Progress.
        self.progress_card = QFrame()
        self.progress_card.setObjectName("progressPanel")
        progress = QVBoxLayout(self.progress_card)
        progress.setContentsMargins(14, 10, 14, 10)
        progress.setSpacing(6)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(10)
        progress.addWidget(self.bar)
        self.progress_label = QLabel("")
        self.progress_label.setObjectName("progressWords")
        progress.addWidget(self.progress_label)
        counters = QHBoxLayout()
        counters.setSpacing(24)
        self.counter_labels: dict[str, QLabel] = {}
        for name in ("Accepted", "Rejected", "Failed", "Pending"):
            label = QLabel(f"{name} 0")
            label.setObjectName("counter")
            self.counter_labels[name.lower()] = label
            counters.addWidget(label)
        counters.addStretch(1)
        progress.addLayout(counters)
        wait_row = QHBoxLayout()
        self.wait_label = QLabel("")
        self.wait_label.setObjectName("waitWords")
        self.wait_label.setWordWrap(True)
        wait_row.addWidget(self.wait_label, 1)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip(
            "Stop sending (Ctrl+.). Rows not sent yet stay pending; resume them later."
        )
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setShortcut(QKeySequence("Ctrl+."))
        wait_row.addWidget(self.cancel_button)
        progress.addLayout(wait_row)
        self.progress_card.hide()
        layout.addWidget(self.progress_card)

        self.notice = Notice()
        layout.addWidget(self.notice)

        self.log_label = QLabel("Requests sent")
        self.log_label.setObjectName("sectionLabel")
        layout.addWidget(self.log_label)
        self.log_model = ChunkLogModel(parent=self)
        self.log_view = QListView()
        self.log_view.setObjectName("chunkLog")
        self.log_view.setModel(self.log_model)
        self.log_view.setUniformItemSizes(True)  # constant-time layout for thousands of lines
        self.log_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.log_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.log_view, 1)
        self.log_label.hide()
        self.log_view.hide()
        layout.addStretch(0)

    @staticmethod
    def _fact_name(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("factName")
        return label

    # -- StepPage ------------------------------------------------------------------------------

    def can_enter(self) -> bool:
        v = self.session.validation
        return self.session.job_id is not None or (v is not None and v.valid_count > 0)

    def is_complete(self) -> bool:
        return self.runner.state == RunState.FINISHED

    def primary_text(self) -> str:
        state = self.runner.state
        if state == RunState.RUNNING:
            return "Pause"
        if state == RunState.PAUSED:
            return "Resume"
        if state == RunState.CANARY_DONE:
            return "Continue upload ▶"
        if state == RunState.FINISHED:
            return "Next: Report ▶"
        if self._preparing:
            return "Preparing…"
        return "Resume upload ▶" if self._existing_job() is not None else "Start upload ▶"

    def primary_enabled(self) -> bool:
        if self.runner.state in (
            RunState.RUNNING,
            RunState.PAUSED,
            RunState.CANARY_DONE,
            RunState.FINISHED,
        ):
            return True
        return not self.primary_hint() and not self._preparing

    def primary_hint(self) -> str:
        if self.runner.is_active() or self.runner.state == RunState.CANARY_DONE:
            return ""
        if self._preparing:
            return "Writing the job to the journal…"
        if self.profile is None:
            return "Choose where to send the rows."
        if self.profile.base_url == SANDBOX_URL and not self.session.sandbox_url:
            return "The built-in test server is not running: choose or add another profile."
        if not self._api_key():
            return f"No API key for “{self.profile.name}”: press Edit… to add it."
        if self._existing_job() is not None:
            return ""
        if self._job_source is JOB_FROM_JOURNAL and self.session.job_id is not None:
            job = self._job_summary()
            if job is not None and job.pending and job.profile_name != self.profile.name:
                return f"This job was started with “{job.profile_name}”: choose it to resume."
        v = self.session.validation
        if v is None or v.valid_count == 0:
            return "There are no valid rows to send. Go back to Review."
        if self.duplicates is None:
            return "Checking for rows sent before…"
        if self.duplicates and not self.send_duplicates.isChecked():
            return "Some rows were sent before: tick “Send them again” to send them anyway."
        return ""

    def on_primary(self) -> None:
        state = self.runner.state
        if state == RunState.RUNNING:
            self.pause()
        elif state == RunState.PAUSED:
            self.resume()
        elif state == RunState.CANARY_DONE:
            self.continue_after_canary()
        elif state == RunState.FINISHED:
            self.advance_requested.emit()
        else:
            self.start()

    def on_enter(self) -> None:
        if self.profile_combo.count() == 0:
            self._reload_profiles()
        self.show_journal_note()
        self._refresh_facts()
        self._check_duplicates()

    def show_journal_note(self) -> None:
        """Warn when the upload history was damaged and set aside (the journal says so)."""
        journal = self.session.journal
        note = getattr(journal, "recovery_note", None) if journal is not None else None
        if note:
            self.journal_notice.show_message(
                "warning", note, "New uploads are recorded as usual from now on."
            )
        else:
            self.journal_notice.clear()

    def can_close(self) -> bool:
        """An upload running: ask, then pause in order and close once that is done (False now).

        Pause means pause: nothing new is sent, the answers to the requests in flight are
        recorded (the server may have stored those rows), the job is left paused in the
        journal, and only then does the window close — before the event loop stops."""
        if not self.runner.is_active():
            return True
        if not self.runner.stopping:
            if not self.ask_pause_and_close():
                return False
            self.runner.stop_after_in_flight(state="paused")
        if not getattr(self, "_close_pending", False):
            self._close_pending = True
            self.runner.finished.connect(self._close_window_when_stopped)
        self.session.say(
            "Pausing: waiting for the answers to the requests already sent, then closing. "
            "The upload can be resumed later."
        )
        return False

    def _close_window_when_stopped(self, _outcome: object = None) -> None:
        if getattr(self, "_close_pending", False):
            self._close_pending = False
            self.runner.finished.disconnect(self._close_window_when_stopped)
            # After the page's own handling of the end of the run, from the event loop.
            QTimer.singleShot(0, self._close_window)

    def _close_window(self) -> None:
        window = self.window()
        if window is not None and window.isVisible():
            window.close()

    def shutdown(self) -> None:
        self._wait_timer.stop()
        self._log_timer.stop()
        self.runner.shutdown()
        self.workers.shutdown()
        for dialog in (self.confirm_dialog, self.profile_dialog):
            if dialog is not None:
                dialog.reject()

    def _ask_pause_and_close(self) -> bool:
        answer = QMessageBox.question(
            self,
            "Upload in progress",
            "Upload in progress — pause and close? You can resume later.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- profiles ------------------------------------------------------------------------------

    def _store(self) -> ProfileStore:
        return self.session.profiles

    def _reload_profiles(self) -> None:
        store = self._store()
        current = self.profile.name if self.profile is not None else None
        dest = self.session.destination_id
        profiles = [p for p in store.list() if p.destination_id == dest] if store else []
        problem = getattr(store, "load_problem", None) if store else None
        if problem:
            self.profiles_notice.show_message(
                "warning", problem, "Until then only the built-in sandbox profile is offered here."
            )
        else:
            self.profiles_notice.clear()
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        for p in profiles:
            label = p.name if p.kind == "sandbox" else f"{p.name}  ({p.kind})"
            self.profile_combo.addItem(label, p)
        index = next((i for i, p in enumerate(profiles) if p.name == current), -1)
        if index < 0:  # "Sandbox" preselected
            index = next((i for i, p in enumerate(profiles) if p.kind == "sandbox"), 0)
        self.profile_combo.setCurrentIndex(index if profiles else -1)
        self.profile_combo.blockSignals(False)
        self._profile_chosen(self.profile_combo.currentIndex())

    def select_profile(self, name: str) -> bool:
        """Choose a profile by name (returns False when it is not offered here)."""
        for i in range(self.profile_combo.count()):
            if self.profile_combo.itemData(i).name == name:
                self.profile_combo.setCurrentIndex(i)
                self._profile_chosen(i)
                return True
        return False

    def _profile_chosen(self, index: int) -> None:
        profile = self.profile_combo.itemData(index) if index >= 0 else None
        if profile is not None and profile.base_url == SANDBOX_URL:
            url = self.session.sandbox_url
            base_url = url or ""
        else:
            base_url = profile.base_url if profile is not None else ""
        self.profile = profile
        self.base_url = base_url
        self.test_result.setText("")
        self.edit_profile_button.setEnabled(profile is not None and not profile.builtin)
        if profile is not None and self.session.profile != profile:
            self.session.set_profile(profile)
        self._refresh_facts()
        self._check_duplicates()

    def add_profile(self) -> None:
        self._open_profile_dialog(None)

    def edit_profile(self) -> None:
        if self.profile is not None and not self.profile.builtin:
            self._open_profile_dialog(self.profile)

    def _open_profile_dialog(self, profile: Profile | None) -> ProfileDialog:
        dialog = ProfileDialog(
            profiles=self._store(),
            secrets=self.session.secrets,
            profile=profile,
            destination_id=self.session.destination_id,
            sandbox_url=self.session.sandbox_url,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._profile_saved)
        dialog.finished.connect(lambda _r: setattr(self, "profile_dialog", None))
        self.profile_dialog = dialog
        dialog.open()
        return dialog

    def _profile_saved(self, profile: Profile) -> None:
        self.profile = profile
        if profile.destination_id != self.session.destination_id:
            self.session.say(
                f"“{profile.name}” sends to {destination_label(profile.destination_id)}; "
                "it is listed when that destination is chosen on the Map step."
            )
            self.profile = None
        self._reload_profiles()

    def _api_key(self) -> str | None:
        profile = self.profile
        if profile is None:
            return None
        if profile.base_url == SANDBOX_URL:
            return self.session.sandbox_key
        secrets = self.session.secrets
        return secrets.get(profile.name) if secrets is not None else None

    def _key_words(self) -> str:
        profile = self.profile
        if profile is None:
            return ""
        if profile.base_url == SANDBOX_URL:
            return "The sandbox's built-in test key"
        return self.session.secrets.describe(profile.name)

    def test_connection(self) -> None:
        """Check the chosen profile's address and key in a worker; the answer shows beside it."""
        if self.profile is None:
            return
        dest_id, base_url, key = self.profile.destination_id, self.base_url, self._api_key() or ""
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet("")
        self.test_result.setText("Testing…")
        task = self.workers.start(
            "test", lambda progress, cancel: check_connection(dest_id, base_url, key)
        )
        task.finished.connect(self._tested)
        task.failed.connect(lambda message, hint: self._tested(ConnectionCheck(False, message)))

    def _tested(self, check: ConnectionCheck) -> None:
        self.last_check = check
        self.test_button.setEnabled(True)
        self.test_result.setStyleSheet(f"color: {'#15803d' if check.ok else '#dc2626'};")
        self.test_result.setText(("✓ " if check.ok else "✗ ") + check.message)

    def needs_confirmation(self) -> bool:
        """True when rows would leave the sandbox (any non-sandbox profile or non-local URL)."""
        if self.profile is None:
            return True
        if self.profile.kind != "sandbox":
            return True


        return not is_loopback_host(urlsplit(self.base_url).hostname or "")

    # -- facts ---------------------------------------------------------------------------------

    def _rows_to_send(self) -> int:
        job = self._existing_job()
        if job is not None:
            return int(job.pending)
        v = self.session.validation
        return 0 if v is None else int(v.valid_count)

    def _refresh_facts(self) -> None:
        self.banner.show_profile(self.profile, self.base_url or "(sandbox not running)")
        dest_id = self.profile.destination_id if self.profile else self.session.destination_id
        label = destination_label(dest_id)
        self.target_label.setText(f"{label} at {self.base_url or '—'}")
        self.key_label.setText(self._key_words() or "—")
        self.estimate_label.setText(self._estimate_words(dest_id))
        job = self._existing_job()
        if job is not None:
            self.heading.setText(f"Upload — job {job.id}")
        elif self.session.job_id:
            self.heading.setText(f"Upload — job {self.session.job_id}")
        else:
            self.heading.setText("Upload")
        self.state_changed.emit()

    def _estimate_words(self, dest_id: str) -> str:
        rows = self._rows_to_send()
        if rows <= 0:
            return "Nothing to send yet."

        # The page's own settings: a fixed concurrency of 1 sends one request at a time.
        s = self.upload_settings
        fixed = s.min_concurrency == s.max_concurrency
        concurrency = s.max_concurrency if fixed else s.initial_concurrency
        est = estimate(
            rows,
            get_destination(dest_id),
            concurrency=concurrency,
            chunk_size=s.chunk_size,
            request_s=self.measured_request_s,
        )
        text = (
            f"{plural(est.rows, 'row')} → {plural(est.requests, 'request')} → "
            f"about {duration_words(est.seconds)}"
        )
        return f"{text}; {est.note}" if est.note else text

    # -- the session's job ---------------------------------------------------------------------

    def _existing_job(self) -> Any:
        """The session's job when it still has rows to send and still matches what's loaded."""
        job_id = self.session.job_id
        if job_id is None or self.session.journal is None:
            return None
        if self._job_source is not JOB_FROM_JOURNAL and self._job_source is not (
            self.session.validation
        ):
            return None
        job = self._job_summary()
        if job is None:
            return None
        if self.profile is not None and job.profile_name != self.profile.name:
            return None  # another profile was chosen since: its rows go in a job of their own
        return job if job.pending > 0 else None

    def _job_summary(self) -> Any:
        """The session's job as last read from the journal (cached: the journal serialises
        access, so a read on the GUI thread could wait behind a long write in a worker)."""
        job_id = self.session.job_id
        if job_id is None:
            return None
        cached = self._job_cache
        if cached is None or cached[0] != job_id:
            try:
                cached = (job_id, self.session.journal.job(job_id))
            except KeyError:
                cached = (job_id, None)
            self._job_cache = cached
        return cached[1]

    def _inputs_changed(self) -> None:
        self._job_cache = None
        self.duplicates = None
        self._duplicates_key = None
        if not self.runner.is_active() and self.runner.state != RunState.CANARY_DONE:
            self._reset_run_view()
        if self.isVisible():
            self._check_duplicates()
        self._refresh_facts()

    def _job_changed(self) -> None:
        self._job_cache = None
        self._refresh_facts()

    def resume_job(self, job_id: str, *, start: bool = True) -> None:
        """Continue a job from the journal (resume-on-start, "Retry failed rows")."""
        journal = self.session.journal
        job = journal.job(job_id)
        self._job_cache = None
        self._job_source = JOB_FROM_JOURNAL
        self.session.set_job(job.id)
        if self.session.destination_id != job.destination_id:
            self.session.set_destination(job.destination_id)
        self._reload_profiles()
        self._reset_run_view()
        if job.profile_name and not self.select_profile(job.profile_name):
            # Never resume a job through another profile: it could send to the wrong place.
            self.notice.show_message(
                "error",
                f"This job was started with the profile “{job.profile_name}”, which no longer "
                "exists.",
                "Add a profile with that name (and its API key) to resume it.",
            )
            self._refresh_facts()
            return
        self._show_counts(job.accepted, job.rejected, job.failed, job.pending, job.rows)
        if job.rows > job.pending:  # partly sent: show how far it got before Resume is pressed
            self.progress_label.setText(progress_words(job.rows - job.pending, job.rows, None, None))
            self.cancel_button.setEnabled(False)
            self.progress_card.show()
        self._refresh_facts()
        if start and job.pending > 0:
            self.start()

    # -- duplicate guard -----------------------------------------------------------------------

    def _check_duplicates(self) -> None:
        v = self.session.validation
        if v is None or self.profile is None or not self.base_url or self.session.journal is None:
            self._show_duplicates()
            return
        key = (id(v), self.profile.destination_id, self.base_url)
        if key == self._duplicates_key:
            return
        self._duplicates_key = key
        self.duplicates = None
        journal, table = self.session.journal, self.session.table
        dest_id, base_url = self.profile.destination_id, self.base_url

        def work(progress: Any, cancel: Any) -> tuple[int, str]:
            before = rows_accepted_before(journal, dest_id, base_url, [JobPart(table, v)], cancel)
            day = local_day(before.last_active) if before.last_active else ""
            return before.count, day

        task = self.workers.start("duplicates", work)
        task.finished.connect(lambda result, k=key: self._duplicates_checked(k, result))
        task.failed.connect(lambda message, hint, k=key: self._duplicates_checked(k, (0, "")))
        self._show_duplicates()

    def _duplicates_checked(self, key: tuple[Any, ...], result: tuple[int, str]) -> None:
        if key != self._duplicates_key:
            return  # an older check for another profile or validation
        self.duplicates, self.duplicates_day = result
        self.send_duplicates.setChecked(False)
        self._show_duplicates()
        self.state_changed.emit()

    def _show_duplicates(self) -> None:
        if self.duplicates:
            when = f" on {self.duplicates_day}" if self.duplicates_day else " before"
            total = self.session.validation.valid_count if self.session.validation else 0
            self.duplicate_notice.show_message(
                "warning",
                f"{self.duplicates:,} of these {total:,} rows were already accepted by this "
                f"destination{when} — send them again?",
                "The API may store them twice. Tick “Send them again” only if that is intended.",
            )
            self.send_duplicates.show()
        else:
            self.duplicate_notice.clear()
            self.send_duplicates.hide()

    # -- starting ------------------------------------------------------------------------------

    def start(self) -> None:
        """Start (or resume) the upload, asking first when rows would leave the sandbox."""
        if self.runner.is_active() or self._preparing:
            return
        hint = self.primary_hint()
        if hint:
            self.notice.show_message("warning", hint)
            return
        self.notice.clear()
        if self.needs_confirmation():
            self._ask_confirmation()
        else:
            self._confirmed()

    def _ask_confirmation(self) -> None:
        assert self.profile is not None
        dialog = ConfirmProductionDialog(
            rows=self._rows_to_send(),
            profile_name=self.profile.name,
            kind=self.profile.kind,
            destination=destination_label(self.profile.destination_id),
            base_url=self.base_url,
            colour=self.profile.badge_colour,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._confirmed)
        dialog.finished.connect(lambda _r: setattr(self, "confirm_dialog", None))
        self.confirm_dialog = dialog
        dialog.open()

    def _confirmed(self) -> None:
        job = self._existing_job()
        if job is not None:
            self._run(job.id)
        else:
            self._prepare_job()

    def _prepare_job(self) -> None:
        """Write the job (every row pending, original cells kept) in a worker, then run it."""
        session, profile = self.session, self.profile
        table, validation, journal = session.table, session.validation, session.journal
        assert profile is not None and validation is not None and table is not None
        base_url = self.base_url

        def work(progress: Any, cancel: Any) -> str:
            total = validation.valid_count
            progress(0, total, "Fingerprinting the file")
            source = job_source(
                table,
                validation.mapping,
                destination_id=profile.destination_id,
                base_url=base_url,
                profile_name=profile.name,
            )
            progress(0, total, f"Writing {plural(total, 'row')} to the journal")
            parts = [JobPart(table, validation)]
            prepared = prepare_job(
                journal, source, parts, progress=progress, cancel=cancel, total=total
            )
            return prepared.job_id

        self._preparing = True
        self._reset_run_view()
        self.progress_card.show()
        self.cancel_button.setEnabled(False)
        self.bar.setRange(0, 0)
        self.progress_label.setText("Preparing the upload…")
        task = self.workers.start("prepare", work)
        task.progress.connect(self._preparing_progress)
        task.finished.connect(lambda job_id, v=validation: self._prepared(job_id, v))
        task.failed.connect(self._prepare_failed)
        task.cancelled.connect(self._prepare_failed)
        self.state_changed.emit()

    def _preparing_progress(self, done: int, total: int | None, words: str) -> None:
        """Say what happens before the first request: "Writing the rows to the journal —
        120,000 of 300,000" with a bar, not a silent "0 of 300,000"."""
        if total and done:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * done / total))
            self.progress_label.setText(f"{words} — {done:,} of {total:,}…")
        else:
            self.progress_label.setText(f"{words}…")

    def _prepared(self, job_id: str, validation: Any) -> None:
        self._preparing = False
        self._job_source = validation
        self.session.set_job(job_id)
        self._run(job_id)

    def _prepare_failed(self, message: str = "", hint: str = "") -> None:
        self._preparing = False
        self.bar.setRange(0, 1000)
        self.progress_card.hide()
        if message:
            self.notice.show_message("error", f"The upload could not be prepared: {message}", hint)
        self.state_changed.emit()

    def _run(self, job_id: str) -> None:
        self._job_cache = None
        profile = self.profile
        assert profile is not None

        destination = get_destination(profile.destination_id)
        journal = self.session.journal
        base_url, api_key = self.base_url, self._api_key() or ""
        job = journal.job(job_id)
        self._total = job.rows
        self._show_counts(job.accepted, job.rejected, job.failed, job.pending, job.rows)

        def make(on_progress: Callable[[Any], None], on_chunk: Callable[[Any], None]) -> Any:
            return Uploader(
                destination,
                journal,
                job_id,
                base_url=base_url,
                api_key=api_key,
                settings=self.upload_settings,
                on_progress=on_progress,
                on_chunk=on_chunk,
            )

        canary = self.canary_rows.value() if self.canary_check.isChecked() else None
        if canary is not None and job.accepted + job.rejected + job.failed > 0:
            canary = None  # a job already under way has had its canary
        self.progress_card.show()
        self.log_label.show()
        self.log_view.show()
        self.cancel_button.setEnabled(True)
        self.bar.setRange(0, 1000)
        self.notice.clear()
        if canary:
            self.session.say(f"Test batch: sending the first {plural(canary, 'row')}…")
        else:
            self.session.say(f"Uploading {plural(job.pending, 'row')}…")
        self._canary = canary
        self.runner.start(make, canary_rows=canary)
        self._refresh_facts()

    # -- running -------------------------------------------------------------------------------

    def pause(self) -> None:
        self.runner.pause()
        self.session.say("Pausing: the requests in flight finish, nothing new is sent.")
        if self._last_progress is not None:
            p = self._last_progress
            self.progress_label.setText(progress_words(p.done, p.rows, None, None))

    def resume(self) -> None:
        self.runner.resume()
        self.session.say("Sending again.")

    def cancel(self) -> None:
        """Stop sending; unsent rows stay pending and the job can be resumed later. The answers
        to the requests already sent are waited for and recorded first."""
        stopping = self.runner.is_active()
        self.runner.cancel()
        if stopping:
            self.session.say("Stopping: the requests already sent finish, nothing new is sent.")

    def continue_after_canary(self) -> None:
        """The operator saw the canary's outcome and wants the rest sent."""
        self.notice.clear()
        self.runner.proceed()

    def _on_run_state(self, _state: str) -> None:
        active = self.runner.is_active()
        for widget in (
            self.profile_combo,
            self.add_profile_button,
            self.edit_profile_button,
            self.canary_check,
            self.canary_rows,
        ):
            widget.setEnabled(not active and self.runner.state != RunState.CANARY_DONE)
        if not active and self.profile is not None:
            self.edit_profile_button.setEnabled(not self.profile.builtin)
        self.cancel_button.setEnabled(active or self.runner.state == RunState.CANARY_DONE)
        if self.runner.state == RunState.PAUSED:
            self.wait_label.setText("Paused. Nothing new is sent until you press Resume.")
        self.state_changed.emit()

    def _on_progress(self, p: Progress) -> None:
        self._last_progress = p
        if p.latency_s:
            self.measured_request_s = p.latency_s  # the next estimate uses what was measured
        self._show_counts(p.accepted, p.rejected, p.failed, p.pending, p.rows)
        eta = p.eta_s
        if eta is not None and p.backoff_s > 0:
            eta += p.backoff_s  # nothing moves until the wait is over
        if self.runner.state != RunState.RUNNING:
            rate, eta = None, None  # paused: no speed, no promise
        else:
            rate = p.records_per_s
        self.progress_label.setText(progress_words(p.done, p.rows, rate, eta))
        if p.backoff_s > 0:
            self._wait_until = time.monotonic() + p.backoff_s
            self._wait_reason = _WAIT_PREFIX.sub("", p.backoff_reason) or "the API asked us to wait"
            self._tick_wait()
            self._wait_timer.start()
        elif self.runner.state == RunState.RUNNING:
            self._wait_until = None
            self._wait_timer.stop()
            problem = plain_reason(None, p.last_error) if p.last_error else ""
            self.wait_label.setText(f"Last problem: {problem}" if problem else "")

    def _tick_wait(self) -> None:
        if self._wait_until is None:
            self._wait_timer.stop()
            return
        left = self._wait_until - time.monotonic()
        if left <= 0:
            self._wait_until = None
            self._wait_timer.stop()
            self.wait_label.setText("")
            return
        self.wait_label.setText(wait_words(left, self._wait_reason))

    def _show_counts(self, accepted: int, rejected: int, failed: int, pending: int, total: int) -> None:
        self.counts = {
            "accepted": accepted,
            "rejected": rejected,
            "failed": failed,
            "pending": pending,
        }
        for name, value in self.counts.items():
            self.counter_labels[name].setText(f"{name.capitalize()} {value:,}")
        self.bar.setValue(0 if total <= 0 else int((total - pending) * 1000 / total))

    def _on_chunk(self, entry: ChunkLogEntry) -> None:
        # Lines are gathered and shown a few times a second: one repaint per batch, not per chunk.
        self._chunk_backlog.append(chunk_line(entry))
        if not self._log_timer.isActive():
            self._log_timer.start()

    def _flush_chunk_log(self) -> None:
        self._log_timer.stop()
        items, self._chunk_backlog = self._chunk_backlog, []
        if not items:
            return
        bar = self.log_view.verticalScrollBar()
        at_bottom = bar.value() >= bar.maximum() - 2
        self.log_model.extend(items)
        if at_bottom:
            self.log_view.scrollToBottom()

    def _on_canary(self, outcome: RunOutcome) -> None:
        self._job_cache = None
        job = self.session.journal.job(self.session.job_id)
        self._show_counts(job.accepted, job.rejected, job.failed, job.pending, job.rows)
        sent = job.accepted + job.rejected + job.failed
        self.progress_label.setText(progress_words(sent, job.rows, None, None))
        kind = "info" if not (job.rejected or job.failed) else "warning"
        self.notice.show_message(
            kind,
            f"Test batch: of the first {plural(sent, 'row')}, {job.accepted:,} accepted, "
            f"{job.rejected:,} rejected, {job.failed:,} failed.",
            f"Press “Continue upload” to send the remaining {plural(job.pending, 'row')}, "
            "or Cancel to stop here (the job stays resumable).",
        )
        self.session.say("Test batch finished — check the outcome, then continue or cancel.")
        self.state_changed.emit()

    def _on_finished(self, outcome: RunOutcome) -> None:
        self._job_cache = None
        self._wait_timer.stop()
        self._wait_until = None
        journal, job_id = self.session.journal, self.session.job_id
        job = journal.job(job_id) if job_id else None
        if job is not None:
            self._show_counts(job.accepted, job.rejected, job.failed, job.pending, job.rows)
            self.progress_label.setText(
                progress_words(job.rows - job.pending, job.rows, None, None)
            )
        ending = verdict(job) if job is not None else None
        if outcome.state == RunState.FAILED or ending is Verdict.STOPPED:
            message = outcome.message or (job.last_error if job else "") or "The upload stopped."
            self.wait_label.setText("")  # its "Last problem" is the notice's sentence: say it once
            self.notice.show_message(
                "error",
                message,
                "Rows not sent yet stay pending: fix the problem, then press “Resume upload”.",
            )
            pending = job.pending if job is not None else 0
            self.session.say(
                f"Upload stopped by a problem (see the Upload step); "
                f"{plural(pending, 'row')} stay pending."
            )
            self.runner_state_override(RunState.FAILED)
        elif outcome.state == RunState.CANCELLED or ending is Verdict.UNFINISHED:
            pending = job.pending if job is not None else 0
            self.wait_label.setText("")
            self.notice.show_message(
                "info",
                f"Upload stopped. {plural(pending, 'row')} not sent yet stay pending.",
                "Press “Resume upload” to send them now, or resume the job later.",
            )
            self.session.say(f"Upload stopped; {plural(pending, 'row')} stay pending.")
            self.runner_state_override(RunState.CANCELLED)
        else:
            self.wait_label.setText("")
            self._write_receipt()
            assert job is not None
            self.session.say(
                f"Upload finished: {job.accepted:,} accepted, {job.rejected:,} rejected, "
                f"{job.failed:,} failed."
            )
        self._refresh_facts()
        self.session.job_changed.emit()

    def runner_state_override(self, state: RunState) -> None:
        """The job did not finish although the engine returned (stopped, or rows left over)."""
        if self.runner.state == RunState.FINISHED:
            self.runner.settle(state)

    def _write_receipt(self) -> None:
        job_id = self.session.job_id
        if job_id is None:
            return
        journal = self.session.journal

        def work(progress: Any, cancel: Any) -> Any:

            return write_receipt(journal, job_id)

        task = self.workers.start("receipt", work)
        task.finished.connect(self._receipt_written)
        task.failed.connect(
            lambda message, hint: self.session.say(f"The receipt could not be saved: {message}")
        )

    def _receipt_written(self, paths: Any) -> None:
        self.receipt_paths = paths
        self.session.job_changed.emit()  # the Report step says "receipt saved"

    def _reset_run_view(self) -> None:
        self._last_progress = None
        self._chunk_backlog = []
        self.log_model.clear()
        self.notice.clear()
        self.wait_label.setText("")
        self.progress_label.setText("")
        self.bar.setValue(0)
        self.progress_card.hide()
        self.log_label.hide()
        self.log_view.hide()
        if not self.runner.is_active():
            self.runner.reset()
