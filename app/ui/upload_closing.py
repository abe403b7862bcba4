"""Closing the window while the Upload step works: ask, pause in order, stop writing the job,
and close only once the run and the writing have both ended (never waited for on the GUI
thread: each end arrives as a signal).

Pause means pause: nothing new is sent, the answers to the requests in flight are recorded
(the server may have stored those rows), the job is left paused in the journal, the rows
written so far stay committed, and only then does the window close — before the event loop
stops.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from app.ui.texts import translate
from app.ui.upload_preparing import JobPreparer
from app.ui.upload_runner import UploadRunner


class ClosingInOrder:
    """`can_close` for the Upload step; `close` is called (from the event loop) once it may."""

    def __init__(
        self,
        runner: UploadRunner,
        preparer: JobPreparer,
        *,
        ask: Callable[[], bool],
        closing: Callable[[], None],
        close: Callable[[], None],
    ) -> None:
        self._runner, self._preparer = runner, preparer
        self._ask = ask  # "pause and close?" (False: keep going)
        self._closing = closing  # says the window closes once the requests in flight are in
        self._close = close
        self._after_run = False
        self._after_writing = False
        preparer.writing_ended.connect(self._writing_ended)

    def can_close(self) -> bool:
        """True when nothing runs; else asks, stops in order and closes later (False now)."""
        runner = self._runner
        if not runner.is_active():
            return not self._wait_for_writing()
        if not runner.stopping:
            if not self._ask():
                return False
            runner.stop_after_in_flight(state="paused")
        self._preparer.stop()
        if not self._after_run:
            self._after_run = True
            runner.finished.connect(self._run_ended)
        self._closing()
        return False

    def _run_ended(self, _outcome: object = None) -> None:
        if self._after_run:
            self._after_run = False
            self._runner.finished.disconnect(self._run_ended)
            if not self._wait_for_writing():
                # After the page's own handling of the end of the run, from the event loop.
                QTimer.singleShot(0, self._close)

    def _wait_for_writing(self) -> bool:
        """The job's rows still being written: stopped, closed once they are. True meanwhile."""
        if not self._preparer.still_writing:
            return False
        self._preparer.stop()
        self._after_writing = True
        return True

    def _writing_ended(self, _outcome: object) -> None:
        if self._after_writing and not self._runner.is_active():
            self._after_writing = False
            QTimer.singleShot(0, self._close)


def ask_pause_and_close(parent: QWidget) -> bool:
    """The question when the window closes mid-upload (Yes: pause in order and close)."""
    answer = QMessageBox.question(
        parent,
        translate("UploadPage", "Upload in progress"),
        translate("UploadPage", "Upload in progress — pause and close? You can resume later."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
