"""Run `run_gui --open FILE` in a fresh process, close the window once the file is loaded.

Used by test_shell.py (a subprocess: the real launcher owns its QApplication and event loop).
"""

from __future__ import annotations

import sys
import tempfile
import time

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from app.ui.launch import run_gui
from app.ui.main_window import MainWindow


def main() -> int:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    app = QApplication(sys.argv[:1])
    started = time.monotonic()

    def poll() -> None:
        for widget in app.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.session.table is not None:
                print("TITLE", widget.windowTitle(), flush=True)
                print("SANDBOX", widget.session.sandbox_url, flush=True)
                widget.close()
                return
        if time.monotonic() - started > 30:
            print("TIMEOUT", flush=True)
            app.quit()
            return
        QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)
    code = run_gui(["--open", sys.argv[1]])
    print("EXIT", code, flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
