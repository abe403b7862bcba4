"""The window shell: steps, gating, shortcuts, profile banner, closing, settings, workers."""

from __future__ import annotations

import re
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from app.ui.main_window import STEP_TITLES, MainWindow
from app.ui.pages.base import StepPage
from app.ui.session import Session
from app.ui.workers import Task, TaskRunner, plain_error
from tests.gui.conftest import WAIT_MS
from tests.gui.mnemonics import plain
from tests.gui.stub_pages import ComingNextPage


def test_window_has_five_steps_and_says_where_data_goes(make_window):
    window = make_window()
    assert [p.title for p in window.pages] == list(STEP_TITLES)
    assert len(window.sidebar.buttons) == 5
    assert window.stack.count() == 5
    assert window.windowTitle() == "Backfill — file → VibeFollow users"
    assert window.header.badge.kind == "sandbox"
    assert window.header.badge.text() == "SANDBOX"
    assert window.sidebar.buttons[0].mark == "●"
    assert plain(window.primary_button.text()) == "Next: Map ▶"
    assert not window.primary_button.isEnabled()
    assert "Ctrl+O" in window.hint_label.text()


def test_steps_are_gated_until_their_inputs_exist(make_window, qtbot, customers_csv):
    window = make_window()
    assert not window.sidebar.buttons[1].isEnabled()
    assert not window.go_to(1)
    window.step_actions[2].trigger()  # Ctrl+3 before anything is loaded
    assert window.current == 0
    task = window.pages[0].load_path(customers_csv)
    with qtbot.waitSignal(task.done, timeout=WAIT_MS):
        pass
    assert window.sidebar.buttons[0].mark == "●"  # current wins over done
    assert window.sidebar.buttons[1].isEnabled()
    window.step_actions[1].trigger()  # Ctrl+2
    assert window.current == 1
    assert window.sidebar.buttons[0].mark == "✓"
    assert window.sidebar.buttons[1].mark == "●"


def test_shortcuts_cover_steps_and_actions(make_window):
    window = make_window()
    keys = [a.shortcut().toString() for a in window.step_actions]
    assert keys == ["Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5"]
    assert window.open_action.shortcut().toString() == "Ctrl+O"
    shortcuts = {s.toString() for s in window.primary_action.shortcuts()}
    assert "Ctrl+Return" in shortcuts


def test_ctrl_o_opens_the_file_dialog_and_loads(make_window, qtbot, customers_csv, monkeypatch):
    asked: list[str] = []

    def fake_dialog(parent, caption, folder, filters):
        asked.append(filters)
        return str(customers_csv), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_dialog))
    window = make_window()
    window.open_action.trigger()
    qtbot.waitUntil(lambda: window.session.table is not None, timeout=WAIT_MS)
    assert "*.xlsx" in asked[0] and "*.csv" in asked[0]
    assert window.session.table.info.path == customers_csv


def test_dropping_a_file_anywhere_loads_it(make_window, qtbot, customers_csv):
    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(customers_csv))])
    event = QDropEvent(
        QPointF(300, 300),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.session.table is not None, timeout=WAIT_MS)
    assert len(window.session.table) == 60
    assert "customers.csv" in window.windowTitle()
    assert "60 rows" in window.counts_label.text()


def test_production_profile_is_unmistakable(make_window):
    from app.core.profiles import Profile

    window = make_window()
    profile = Profile(
        name="Production — VibeFollow acme-prod",
        destination_id="vibefollow-users",
        base_url="https://api.vibefollow.example",
        kind="production",
    )
    window.session.set_profile(profile)
    assert window.header.badge.kind == "production"
    assert window.header.badge.text().startswith("PRODUCTION — ")
    assert window.header.bar.property("profileKind") == "production"
    window.session.set_profile(None)
    assert window.header.badge.kind == "sandbox"


class _BusyPage(StepPage):
    title = "Busy"

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.allow = False
        self.shut = 0

    def can_close(self) -> bool:
        return self.allow

    def shutdown(self) -> None:
        self.shut += 1


def test_close_asks_pages_and_shuts_them_down(qtbot, ui_settings):
    session = Session()
    busy = _BusyPage(session)
    pages = [busy] + [ComingNextPage(session, t) for t in STEP_TITLES[1:]]
    window = MainWindow(session, pages, settings=ui_settings)
    qtbot.addWidget(window)
    window.show()
    assert not window.close()
    assert window.isVisible() and busy.shut == 0
    busy.allow = True
    assert window.close()
    assert busy.shut == 1


def test_window_geometry_is_remembered(qtbot, ui_settings):
    session = Session()
    pages = [ComingNextPage(session, t) for t in STEP_TITLES]
    first = MainWindow(session, pages, settings=ui_settings)
    qtbot.addWidget(first)
    first.resize(780, 540)
    first.show()
    first.close()
    assert ui_settings.geometry() is not None
    second = MainWindow(
        session, [ComingNextPage(session, t) for t in STEP_TITLES], settings=ui_settings
    )
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (780, 540)


def test_recent_files_live_in_the_tmp_settings(ui_settings, customers_csv, tmp_path):
    ui_settings.add_recent_file(customers_csv)
    ui_settings.add_recent_file(tmp_path / "gone.csv")  # missing files are not offered
    assert ui_settings.recent_files() == [customers_csv.resolve()]
    assert str(tmp_path) in ui_settings.store.fileName()


def test_worker_delivers_result_progress_and_errors_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    seen: list[tuple[int, int, str]] = []

    def work(progress, cancel):
        for i in range(3):
            progress(i + 1, 3, "step")
        return 42

    task = runner.start("ok", work)
    task.progress.connect(lambda d, t, w: seen.append((d, t, w)))
    with qtbot.waitSignal(task.done, timeout=WAIT_MS):
        pass
    assert task.result == 42 and not task.is_running
    assert seen[-1] == (3, 3, "step")

    def broken(progress, cancel):
        raise FileNotFoundError("x.csv")

    task = runner.start("bad", broken)
    with qtbot.waitSignal(task.failed, timeout=WAIT_MS) as blocker:
        pass
    assert blocker.args[0] == "The file could not be found."
    assert "Traceback" not in blocker.args[0]
    runner.shutdown()


def test_worker_cancel_and_restart_by_name(qtbot):
    runner = TaskRunner()

    def slow(progress, cancel):
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            cancel.check()
            time.sleep(0.005)
        return "too late"

    first = runner.start("load", slow)
    second = runner.start("load", lambda p, c: "fresh")  # a new load replaces the old one
    qtbot.waitUntil(lambda: not first.is_running and not second.is_running, timeout=WAIT_MS)
    assert first.was_cancelled and second.result == "fresh"
    runner.shutdown()
    assert not runner.is_busy()


def test_a_tasks_relay_is_destroyed_on_the_gui_thread_even_if_a_worker_holds_it_last(qapp):
    # A finished pool thread drops its runnable (and its reference to the relay) whenever it
    # gets to it, possibly after the Task is gone: the relay must still die on the GUI thread.
    task = Task("check")
    relay = task.relay
    died_on: list[threading.Thread] = []
    relay.destroyed.connect(
        lambda: died_on.append(threading.current_thread()), Qt.ConnectionType.DirectConnection
    )
    held = [relay]
    del task, relay
    worker = threading.Thread(target=held.clear)  # the worker drops the last Python reference
    worker.start()
    worker.join()
    assert died_on == [threading.main_thread()]


def test_a_deleted_owner_gets_no_outcome_from_its_tasks(qtbot):
    # A page deleted while its work was still running: the runner (its child) waits for the
    # thread, and the outcome, queued for the GUI thread, never reaches the page's slots.
    owner = QWidget()
    runner = TaskRunner(owner)
    heard: list[object] = []
    task = runner.start("count", lambda progress, cancel: time.sleep(0.2) or 42)
    task.finished.connect(lambda result: heard.append(result))
    del runner
    owner.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # waits for the thread
    qtbot.wait(50)
    assert heard == []


def test_core_errors_keep_their_own_words():
    from app.core.sources import LoadError

    assert plain_error(LoadError("This workbook is password-protected.", "Save a copy.")) == (
        "This workbook is password-protected.",
        "Save a copy.",
    )


def test_no_display_says_how_to_get_one(monkeypatch, capsys):
    from app.ui import launch

    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert launch.run_gui([]) == 2
    err = capsys.readouterr().err
    assert "xvfb-run -a make run" in err and "QT_QPA_PLATFORM=offscreen" in err


def test_assets_are_found_in_a_frozen_bundle(monkeypatch, tmp_path):
    from app.ui import assets

    assert assets.asset_path("icons", "backfill.svg").is_file()
    assert not assets.app_icon().isNull()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert assets.asset_path("icons", "x.svg") == Path(tmp_path) / "resources" / "icons" / "x.svg"


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_theme_fills_every_colour_token(mode):
    from app.ui.theme import DARK, LIGHT, stylesheet

    qss = stylesheet(LIGHT if mode == "light" else DARK)
    rules = qss.split("*/", 1)[1]  # after the header comment
    assert re.search(r"@[a-z_]+", rules) is None
    assert (LIGHT if mode == "light" else DARK)["accent"] in rules


def test_launcher_opens_the_window_with_the_embedded_sandbox(tmp_path):
    import os
    import subprocess

    sample = Path(__file__).resolve().parents[2] / "resources" / "samples" / "users_sample.csv"
    if not sample.exists():
        pytest.skip("sample spreadsheets are not in this checkout")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BACKFILL_DATA_DIR": str(tmp_path)}
    probe = Path(__file__).with_name("launch_probe.py")
    done = subprocess.run(
        [sys.executable, str(probe), str(sample)],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert "TITLE Backfill — users_sample.csv → " in done.stdout, done.stdout + done.stderr
    assert "SANDBOX http://127.0.0.1:" in done.stdout
    assert "EXIT 0" in done.stdout
    assert "Traceback" not in done.stderr


def test_help_lists_every_shortcut(make_window):
    window = make_window()
    box = window.show_shortcuts()
    text = box.text()
    for keys in ("Ctrl+1", "Ctrl+5", "Ctrl+O", "Ctrl+Enter", "Esc", "F1"):
        assert keys in text
    box.close()
    labels = [a.text() for a in window.help_menu.actions()]
    assert labels == ["Keyboard shortcuts", "Appearance", "About Backfill"]
    assert not window.cancel_action.isEnabled()  # nothing is running


def test_default_ui_settings_live_under_the_test_path(_isolated_qsettings):
    from app.ui.settings import UiSettings

    store = UiSettings().store
    assert store.fileName().startswith(str(_isolated_qsettings))


def test_no_new_file_while_a_page_is_busy(qtbot, ui_settings, customers_csv):
    from app.ui.pages.load_page import LoadPage

    session = Session()
    busy = _BusyPage(session)
    busy.busy_reason = lambda: "Upload is running. Pause or cancel it first."  # type: ignore[method-assign]
    busy.allow = True
    load = LoadPage(session, settings=ui_settings)
    pages = [load, busy] + [ComingNextPage(session, t) for t in STEP_TITLES[2:]]
    window = MainWindow(session, pages, settings=ui_settings)
    qtbot.addWidget(window)
    window.show()
    window.open_file(customers_csv)
    assert "Upload is running" in window.busy_box.text()
    assert load.load_task is None and session.table is None
    window.busy_box.close()


def test_appearance_switches_and_is_remembered(make_window, ui_settings, qapp):
    window = make_window()
    window.theme_actions["dark"].trigger()
    assert ui_settings.theme() == "dark"
    assert qapp.property("backfillDark") is True
    window.theme_actions["light"].trigger()
    assert ui_settings.theme() == "light" and qapp.property("backfillDark") is False
    qapp.setStyleSheet("")  # leave the shared QApplication as other tests expect it
