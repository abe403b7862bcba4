"""Shared pieces of the Upload/Report GUI tests: a qasync loop per test and a ready session."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import qasync
import shiboken6

from app.core.fields import get_schema
from app.core.mapping import suggest_mapping
from app.core.sources import load_table
from app.core.uploader import UploadSettings
from app.core.validate import validate
from app.sandbox import DEFAULT_API_KEY
from tests.upload.pair_files import THEN_EVENT, USERS_MAPPING, write_signups_csv

WAIT_MS = 20_000

# Small chunks so a few hundred rows make many requests; quick backoff so faults stay fast.
FAST = UploadSettings(chunk_size=25, backoff_base=0.01, backoff_cap=0.05, seed=7)
ONE_AT_A_TIME = replace(FAST, initial_concurrency=1, max_concurrency=1, min_concurrency=1)


@pytest.fixture
def qloop(qapp) -> Iterator[qasync.QEventLoop]:
    """A qasync loop on the test's QApplication, "running" while qtbot spins Qt's events.

    `stop()` is never called: it would call QApplication.exit(), which makes every later
    QEventLoop.exec() in the process return at once. Leftover tasks are cancelled at teardown.
    """
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    asyncio.events._set_running_loop(loop)
    try:
        yield loop
    finally:
        leftover = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for task in leftover:
            task.cancel()
        if leftover:
            from pytestqt.qtbot import QtBot

            QtBot(qapp).waitUntil(lambda: all(t.done() for t in leftover), timeout=WAIT_MS)
        asyncio.events._set_running_loop(None)
        loop.close()
        asyncio.set_event_loop(None)
        # Delete the loop's timer object here, on the GUI thread. Left to the garbage collector
        # it may be destroyed from another thread, which cannot unregister its Qt timers: a
        # later timer event then hits a dead object and the process crashes.
        shiboken6.delete(loop._timer)
        assert not leftover, f"tasks left running: {leftover}"


def write_users_csv(path: Path, rows: int, *, bad_every: int = 0) -> Path:
    """Users with IDs C00001…; with `bad_every`, every n-th row's plan is "reject-me"."""
    lines = ["Customer ID,Email,Plan"]
    for i in range(1, rows + 1):
        plan = "reject-me" if bad_every and i % bad_every == 0 else ("pro" if i % 2 else "free")
        lines.append(f"C{i:05d},user{i}@example.com,{plan}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def prepare_session(session, sandbox, path: Path, destination_id: str = "vibefollow-users") -> None:
    """Load, map and validate `path` with the core, as the first three steps would."""
    session.set_sandbox(sandbox.base_url, DEFAULT_API_KEY)
    session.set_destination(destination_id)
    table = load_table(path)
    session.set_table(table)
    mapping = suggest_mapping(table, get_schema(destination_id)).mapping
    session.set_mapping(mapping)
    session.set_validation(validate(table, mapping))


@pytest.fixture
def upload_window(qtbot, qloop, ui_settings) -> Iterator[Callable[..., object]]:
    """A MainWindow whose Upload and Report steps are the real pages (earlier steps stand-ins,
    so nothing re-maps or re-validates behind the test's back). Closed and joined at teardown."""
    from app.ui.main_window import MainWindow
    from app.ui.pages.report_page import ReportPage
    from app.ui.pages.upload_page import UploadPage
    from app.ui.session import Session
    from tests.gui.stub_pages import ComingNextPage

    windows: list[MainWindow] = []

    def make(destination_id: str = "vibefollow-users", *, real_map: bool = False) -> MainWindow:
        """`real_map`: the Map step is the real page too (its cards drive the upload)."""
        from app.ui.pages.map_page import MapPage

        session = Session(destination_id=destination_id)
        pages = [ComingNextPage(session, t) for t in ("Load", "Map", "Review")]
        if real_map:
            pages[1] = MapPage(session)
        pages += [UploadPage(session), ReportPage(session)]
        window = MainWindow(session, pages, settings=ui_settings)
        window.pages[3].ask_pause_and_close = lambda: True
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        return window

    yield make
    for window in windows:
        window.close()
        for page in window.pages:
            page.shutdown()
    for window in windows:
        upload = window.pages[3]
        qtbot.waitUntil(lambda u=upload: not u.runner.is_active(), timeout=WAIT_MS)


def ready_upload(upload_window, sandbox, tmp_path: Path, rows: int, *, bad_every=0, settings=FAST):
    """(window, Upload page) for `rows` users loaded, mapped and validated, on the Upload step."""
    window = upload_window()
    path = write_users_csv(tmp_path / "users.csv", rows, bad_every=bad_every)
    prepare_session(window.session, sandbox, path)
    page = window.pages[3]
    page.upload_settings = settings
    assert window.go_to(3)
    return window, page


def start_slow_upload(qtbot, upload_window, sandbox, tmp_path: Path, rows: int, *, logged=1):
    """(window, page) of an upload sent one request at a time to a slow sandbox, started and
    past its first `logged` chunks: there is time to pause, cancel or close mid-way."""
    sandbox.configure(latency_ms=150)
    window, page = ready_upload(upload_window, sandbox, tmp_path, rows, settings=ONE_AT_A_TIME)
    qtbot.waitUntil(page.primary_enabled, timeout=WAIT_MS)
    window.primary_button.click()
    qtbot.waitUntil(lambda: len(page.log_model.lines()) >= logged, timeout=WAIT_MS)
    return window, page


# One row per request, one try: each request's outcome is a row's.
ONE_TRY = replace(ONE_AT_A_TIME, chunk_size=2, max_attempts=1)


def pair_upload(
    upload_window, sandbox, tmp_path, rows: int, settings: UploadSettings | None = None
):
    """(window, Upload page) with `rows` signups mapped to users, then a `user_signed_up`
    event each, validated and on the Upload step."""
    window = upload_window()
    session = window.session
    session.set_sandbox(sandbox.base_url, DEFAULT_API_KEY)
    session.set_destination("vibefollow-users")
    table = load_table(write_signups_csv(tmp_path / "signups.csv", rows))
    session.set_table(table)
    session.set_mapping(USERS_MAPPING)
    session.set_then_event(THEN_EVENT)
    session.set_validation(validate(table, USERS_MAPPING))
    page = window.pages[3]
    page.upload_settings = settings or ONE_TRY
    assert window.go_to(3)
    return window, page
