"""Issue 16 item 9: while the job is written to the journal the Upload step says so, with a
count and a bar, instead of a silent "0 of N"."""

from __future__ import annotations

import re

from app.ui.upload_runner import RunState
from tests.gui import upload_support
from tests.gui.upload_support import WAIT_MS, ready_upload

qloop = upload_support.qloop
upload_window = upload_support.upload_window


def test_preparing_the_job_is_told_with_a_count(qtbot, upload_window, sandbox, tmp_path):
    window, page = ready_upload(upload_window, sandbox, tmp_path, rows=6_000)
    qtbot.waitUntil(lambda: page.primary_enabled(), timeout=WAIT_MS)
    said: list[str] = []
    original = page.progress_label.setText
    page.progress_label.setText = lambda text: (said.append(text), original(text))[1]
    window.primary_button.click()
    qtbot.waitUntil(lambda: page.runner.state == RunState.FINISHED, timeout=WAIT_MS)
    counted = [t for t in said if re.search(r"journal — [\d,]+ of 6,000", t)]
    assert counted, said[:8]
    assert not any(t.startswith("0 of 6,000") for t in said[: said.index(counted[0])])
