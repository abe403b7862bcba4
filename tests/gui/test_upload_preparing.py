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
    """With a test batch the whole job is written before anything is sent (otherwise rows go
    out while it is written: tests/gui/test_upload_send_while_preparing.py)."""
    window, page = ready_upload(upload_window, sandbox, tmp_path, rows=6_000)
    page.canary_check.setChecked(True)
    page.canary_rows.setValue(25)
    qtbot.waitUntil(lambda: page.primary_enabled(), timeout=WAIT_MS)
    said: list[str] = []
    original = page.progress_label.setText
    page.progress_label.setText = lambda text: (said.append(text), original(text))[1]
    window.primary_button.click()
    qtbot.waitUntil(lambda: page.runner.state == RunState.CANARY_DONE, timeout=WAIT_MS)
    counted = [t for t in said if re.search(r"journal — [\d,]+ of 6,000", t)]
    assert counted, said[:8]
    assert not any(t.startswith("0 of 6,000") for t in said[: said.index(counted[0])])


def test_the_last_problem_is_said_in_plain_words(qtbot, upload_window, sandbox, tmp_path):
    """Issue 16 item 9: no raw API codes (`queue_unavailable: … distinctId`) on the Upload step."""
    from tests.gui.upload_support import prepare_session

    sandbox.configure(latency_ms=150)  # progress is reported while requests are out
    sandbox.set_faults(p_queue_failure=0.5, seed=3)
    window = upload_window("ourspriv-events")
    events = tmp_path / "events.csv"
    lines = ["User,Event,Timestamp"] + [
        f"u{i},page_viewed,2024-01-02T10:{i // 60 % 60:02d}:{i % 60:02d}Z" for i in range(400)
    ]
    events.write_text("\n".join(lines) + "\n", encoding="utf-8")
    prepare_session(window.session, sandbox, events, "ourspriv-events")
    page = window.pages[3]
    page.upload_settings = upload_support.FAST
    assert window.go_to(3)
    qtbot.waitUntil(lambda: page.primary_enabled(), timeout=WAIT_MS)
    said: list[str] = []
    original = page.wait_label.setText
    page.wait_label.setText = lambda text: (said.append(text), original(text))[1]
    window.primary_button.click()
    qtbot.waitUntil(lambda: page.runner.state == RunState.FINISHED, timeout=WAIT_MS)
    problems = [t for t in said if t.startswith("Last problem")]
    assert problems, said
    assert not any("queue_unavailable" in t or "distinctId" in t for t in problems), problems


def test_the_estimate_after_an_upload_uses_the_measured_answer_time(
    qtbot, upload_window, sandbox, tmp_path
):
    """Issue 16 item 9: the estimate no longer ignores the latency it has seen."""
    sandbox.configure(latency_ms=250)
    window, page = ready_upload(upload_window, sandbox, tmp_path, rows=500)
    qtbot.waitUntil(lambda: page.primary_enabled(), timeout=WAIT_MS)
    assert page.measured_request_s is None
    window.primary_button.click()
    qtbot.waitUntil(lambda: page.runner.state == RunState.FINISHED, timeout=WAIT_MS)
    assert page.measured_request_s is not None and page.measured_request_s >= 0.2
