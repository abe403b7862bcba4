"""One whole import through every step of a real window, stopping at each to let a test look:
the accessibility walk and the translation walk go the same way."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from app.sandbox import DEFAULT_API_KEY, SandboxServer
from app.ui.upload_runner import RunState
from tests.gui import upload_support
from tests.gui.conftest import WAIT_MS

# Where the walk stops, in order.
STEPS = (
    "load (empty)",
    "load",
    "map",
    "review",
    "upload",
    "upload (running)",
    "upload (done)",
    "report",
)


def through_every_step(
    qtbot, window, path: Path, sandbox: SandboxServer, at_step: Callable[[str], None]
) -> None:
    """Load `path` in `window`, map as suggested, review, upload to `sandbox` (a request at a
    time, so it is seen running) and open the report, calling `at_step(name)` at each stop."""
    session = window.session
    session.set_sandbox(sandbox.base_url, DEFAULT_API_KEY)
    at_step("load (empty)")
    task = window.pages[0].load_path(path)
    qtbot.waitUntil(lambda: not task.is_running, timeout=WAIT_MS)
    at_step("load")
    assert window.go_to(1)
    qtbot.waitUntil(
        lambda: session.mapping is not None and not window.pages[1].is_busy, timeout=WAIT_MS
    )
    at_step("map")
    assert window.go_to(2)
    qtbot.waitUntil(
        lambda: session.validation is not None and not window.pages[2].is_busy, timeout=WAIT_MS
    )
    at_step("review")
    assert window.go_to(3)
    upload = window.pages[3]
    upload.upload_settings = replace(upload_support.ONE_AT_A_TIME, chunk_size=5)
    qtbot.waitUntil(upload.primary_enabled, timeout=WAIT_MS)
    at_step("upload")
    sandbox.configure(latency_ms=60)  # a dozen requests: long enough to be seen running
    window.primary_button.click()
    qtbot.waitUntil(
        lambda: upload.runner.state == RunState.RUNNING and len(upload.log_model.lines()) >= 1,
        timeout=WAIT_MS,
    )
    at_step("upload (running)")
    qtbot.waitUntil(lambda: upload.is_complete(), timeout=WAIT_MS)
    at_step("upload (done)")
    report = window.pages[4]
    with qtbot.waitSignal(report.loaded, timeout=WAIT_MS):
        assert window.go_to(4)
    at_step("report")
