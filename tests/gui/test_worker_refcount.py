"""PySide6 6.12 steals a reference to True/False on every signal emit; the app must survive
sessions with many emits (on Python 3.11 the count reached zero and the process died)."""

from __future__ import annotations

import subprocess
import sys

from app.ui.pyside_workarounds import HEADROOM

EMITS = r"""
import gc, sys
emits = sys.getrefcount(True) + 1_000  # more emits than True has references without help
import app.ui  # the desktop app's package: the work-around runs on import
from PySide6.QtCore import QCoreApplication, QObject, Signal
class Source(QObject):
    changed = Signal()
qapp = QCoreApplication([])
source = Source()
for _ in range(emits):
    source.changed.emit()
gc.collect()
print("alive")
"""


def _survives(script: str, home) -> None:
    """Run `script` in a fresh interpreter (a crash there must not take the test run with it)."""
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(home)},
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "alive"


def test_many_signal_emits_do_not_free_true(tmp_path):
    _survives(EMITS, tmp_path)


VOID_CALLS = r"""
import gc, sys
calls = sys.getrefcount(None) + 1_000  # more calls than None has references without help
import app.ui  # the desktop app's package: the work-around runs on import
from PySide6.QtWidgets import QApplication, QLabel
qapp = QApplication([])
label = QLabel()
for _ in range(calls):
    label.setText("x")  # returns nothing: PySide6 6.12.0 steals a reference to None
gc.collect()
print("alive")
"""


def test_many_calls_returning_nothing_do_not_free_none(tmp_path):
    _survives(VOID_CALLS, tmp_path)


def test_the_gui_tests_run_with_the_headroom_too():
    if sys.version_info < (3, 12):
        assert sys.getrefcount(True) > HEADROOM // 2
        assert sys.getrefcount(None) > HEADROOM // 2
