"""A whole import with the keyboard only: type the file's path, map as suggested, review,
upload to the in-process sandbox (paused and resumed with the same key), report."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.sandbox import DEFAULT_API_KEY
from app.ui.upload_runner import RunState
from tests.gui import upload_support
from tests.gui.conftest import WAIT_MS

qloop = upload_support.qloop

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed wherever the keyboard focus is now, as an operator would."""
    focused = QApplication.focusWidget()
    assert focused is not None, "nothing has the keyboard focus"
    QTest.keyClick(focused, key, modifier)


def test_a_whole_import_without_a_mouse(qtbot, qloop, make_window, sandbox, tmp_path):
    sandbox.configure(latency_ms=40)
    path = upload_support.write_users_csv(tmp_path / "users.csv", rows=40)
    window = make_window("vibefollow-users")
    session = window.session
    session.set_sandbox(sandbox.base_url, DEFAULT_API_KEY)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)

    # ① Load: the focus starts in the file name field; type the path, Enter.
    load = window.pages[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is load.drop_zone.path_edit, timeout=WAIT_MS)
    QTest.keyClicks(QApplication.focusWidget(), str(path))
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.table is not None and not load.is_loading, timeout=WAIT_MS)
    assert QApplication.focusWidget() is not None

    # ② Map: Ctrl+Enter is the page's primary button; the suggestions are kept.
    press(Qt.Key.Key_Return, CTRL)
    map_page = window.pages[1]
    assert window.current == 1
    qtbot.waitUntil(lambda: session.mapping is not None and not map_page.is_busy, timeout=WAIT_MS)
    assert QApplication.focusWidget() is window.primary_button  # Next: Review, where work goes on

    # ③ Review: Ctrl+Enter checks (if needed) and moves on; Alt+Left goes back, Alt+Right forward.
    press(Qt.Key.Key_Return, CTRL)
    review = window.pages[2]
    qtbot.waitUntil(lambda: window.current == 2, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: session.validation is not None and not review.is_busy, timeout=WAIT_MS)
    assert session.validation.invalid_count == 0
    press(Qt.Key.Key_Left, ALT)
    assert window.current == 1
    press(Qt.Key.Key_Right, ALT)
    assert window.current == 2
    press(Qt.Key.Key_Return, CTRL)  # Next: Upload

    # ④ Upload: Ctrl+Enter starts, pauses, resumes.
    upload = window.pages[3]
    qtbot.waitUntil(lambda: window.current == 3, timeout=WAIT_MS)
    upload.upload_settings = replace(upload_support.ONE_AT_A_TIME, chunk_size=5)
    qtbot.waitUntil(upload.primary_enabled, timeout=WAIT_MS)
    assert QApplication.focusWidget() is window.primary_button
    press(Qt.Key.Key_Return, CTRL)  # Start upload
    qtbot.waitUntil(lambda: upload.runner.state == RunState.RUNNING, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: len(upload.log_model.lines()) >= 1, timeout=WAIT_MS)
    press(Qt.Key.Key_Return, CTRL)  # Pause
    assert upload.runner.state == RunState.PAUSED
    press(Qt.Key.Key_Return, CTRL)  # Resume
    qtbot.waitUntil(lambda: upload.runner.state == RunState.FINISHED, timeout=WAIT_MS)
    assert len(sandbox.records("vibefollow-users")) == 40

    # ⑤ Report.
    report = window.pages[4]
    with qtbot.waitSignal(report.loaded, timeout=WAIT_MS):
        press(Qt.Key.Key_Return, CTRL)  # Next: Report
    assert window.current == 4
    qtbot.waitUntil(lambda: "40 accepted" in report.summary.text(), timeout=WAIT_MS)
    stored = {r["external_user_id"] for r in sandbox.records("vibefollow-users")}
    assert stored == {f"C{i:05d}" for i in range(1, 41)}


def test_mnemonics_reach_the_fields_and_back(qtbot, make_window, customers_csv):
    window = make_window("vibefollow-users")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    load = window.pages[0]
    window.help_button.setFocus()
    press(Qt.Key.Key_N, ALT)  # "File &name"
    assert QApplication.focusWidget() is load.drop_zone.path_edit
    load.load_path(customers_csv)
    qtbot.waitUntil(
        lambda: window.session.table is not None and not load.is_loading, timeout=WAIT_MS
    )
    press(Qt.Key.Key_E, ALT)  # "&Encoding"
    assert QApplication.focusWidget() is load.encoding_combo
    press(Qt.Key.Key_Right, ALT)
    assert window.current == 1
    press(Qt.Key.Key_B, ALT)  # "◀ &Back" (a mnemonic clicks after a short animation)
    qtbot.waitUntil(lambda: window.current == 0, timeout=WAIT_MS)


def test_tab_follows_the_reading_order(qtbot, make_window, customers_csv):
    window = make_window("vibefollow-users")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    load = window.pages[0]
    load.load_path(customers_csv)
    qtbot.waitUntil(
        lambda: window.session.table is not None and not load.is_loading, timeout=WAIT_MS
    )
    assert QApplication.focusWidget() is window.primary_button  # loaded: Next: Map
    seen = []
    for _ in range(30):
        press(Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
        if seen[-1] is window.primary_button:
            break
    assert seen[0] is window.help_button  # from the last control round to the top
    inside = [w for w in seen if load.isAncestorOf(w)]
    assert inside.index(load.header_spin) < inside.index(load.delimiter_combo)
    assert inside.index(load.delimiter_combo) < inside.index(load.preview)
    assert seen[-1] is window.primary_button and window.back_button not in seen  # disabled on Load
