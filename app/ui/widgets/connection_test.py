"""The "Test connection" button's round trip, shared by the Upload step's profile picker and
the profile dialog: check address and key in a worker, then show ✓/✗ and the words beside it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractButton, QLabel

from app.core.reachability import ConnectionCheck, check_connection
from app.ui.workers import Task, TaskRunner

OK_GREEN, BAD_RED = "#15803d", "#dc2626"


def start_connection_test(
    runner: TaskRunner,
    button: QAbstractButton,
    result: QLabel,
    destination_id: str,
    base_url: str,
    key: str,
    done: Callable[[ConnectionCheck], None],
) -> Task:
    """Disable `button`, say "Testing…" in `result`, check in the background; `done` gets the
    answer (a worker failure arrives as a failed check, never as an exception)."""
    button.setEnabled(False)
    result.setStyleSheet("")
    result.setText("Testing…")
    task = runner.start(
        "test", lambda _progress, _cancel: check_connection(destination_id, base_url, key)
    )
    task.finished.connect(done)
    task.failed.connect(lambda message, _hint: done(ConnectionCheck(False, message)))
    return task


def show_connection_result(
    button: QAbstractButton, result: QLabel, check: ConnectionCheck, words: str
) -> None:
    """Enable `button` again and show `words` with a green ✓ or a red ✗."""
    button.setEnabled(True)
    result.setStyleSheet(f"color: {OK_GREEN if check.ok else BAD_RED};")
    result.setText(f"{'✓' if check.ok else '✗'} {words}")
