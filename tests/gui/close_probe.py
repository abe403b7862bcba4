"""Drive the real launcher (`run_gui`, its qasync loop) in a fresh process mid-upload.

    python -m tests.gui.close_probe close|quit|resume SANDBOX_URL EVENTS_CSV

close / quit: load EVENTS_CSV for Ours Privacy, start the upload to the sandbox at SANDBOX_URL,
and once requests are in flight close the main window (or ask the application to quit),
answering "pause and close?" with Yes. resume: accept the start-up offer to resume the unfinished
job and wait until it finishes, then close. Prints facts as `KEY value` lines; every exception
that reaches sys.excepthook is counted (HOOK) and still printed to stderr.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

import app.ui.launch as launch
from app.core.uploader import UploadSettings
from app.sandbox import DEFAULT_API_KEY
from app.ui.main_window import MainWindow
from app.ui.upload_runner import RunState
from tests.gui.upload_support import prepare_session

# Several requests in flight against a slow sandbox: there is time to close mid-way.
SETTINGS = UploadSettings(
    chunk_size=25, initial_concurrency=3, max_concurrency=3, min_concurrency=3, seed=7
)
TIMEOUT_S = 60.0


def main() -> int:
    mode, url, csv = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    app = QApplication(sys.argv[:1])
    hooked: list[object] = []
    original_hook = launch._unexpected_error_hook

    def hook(kind, exc, tb) -> None:  # noqa: ANN001 - sys.excepthook's signature
        hooked.append(exc)
        original_hook(kind, exc, tb)

    launch._unexpected_error_hook = hook
    started = time.monotonic()
    state: dict[str, object] = {"window": None, "stage": "find"}

    def give_up(why: str) -> None:
        print("TIMEOUT", why, flush=True)
        app.exit(3)

    def step() -> None:
        if time.monotonic() - started > TIMEOUT_S:
            give_up(str(state["stage"]))
            return
        window = state["window"]
        if window is None:
            found = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
            if found:
                window = state["window"] = found[0]
                window.session.set_sandbox(url, DEFAULT_API_KEY)
                state["stage"] = "resume" if mode == "resume" else "prepare"
        elif state["stage"] == "prepare":
            prepare_session(window.session, SimpleNamespace(base_url=url), csv, "ourspriv-events")
            page = window.pages[3]
            page.ask_pause_and_close = lambda: True
            page.upload_settings = SETTINGS
            window.go_to(3)
            state["stage"] = "start"
        elif state["stage"] == "start" and window.pages[3].primary_enabled():
            window.primary_button.click()
            state["stage"] = "sending"
        elif state["stage"] == "sending" and len(window.pages[3].log_model.lines()) >= 2:
            page = window.pages[3]
            print("CLOSING", page.counts["accepted"], flush=True)
            state["stage"] = "closing"
            if mode == "quit":
                app.quit()
            else:
                window.close()
        elif state["stage"] == "resume":
            dialog = getattr(window, "resume_dialog", None)
            if dialog is not None and dialog.isVisible():
                print("OFFERED", dialog.job_list.count(), flush=True)
                dialog.resume_button.click()
                state["stage"] = "resuming"
        elif state["stage"] == "resuming" and window.pages[3].runner.state == RunState.FINISHED:
            print("FINISHED", window.pages[3].counts["accepted"], flush=True)
            state["stage"] = "closing"
            window.close()
        if state["stage"] != "closing":
            QTimer.singleShot(20, step)

    QTimer.singleShot(20, step)
    code = launch.run_gui(["--no-sandbox"])
    print("EXIT", code, flush=True)
    print("HOOK", len(hooked), flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
