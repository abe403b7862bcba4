"""The Report step says why a job stopped short, not only how many rows are left."""

from __future__ import annotations

from app.core.uploader import UploadSettings
from app.ui.upload_runner import RunState
from tests.gui import upload_support
from tests.gui.conftest import WAIT_MS

qloop = upload_support.qloop


def test_refused_key_is_named_on_the_report(qtbot, qloop, make_window, sandbox, tmp_path):
    window = make_window("flokit-events")
    window.pages[3].ask_pause_and_close = lambda: True
    session = window.session
    session.set_sandbox(sandbox.base_url, "not-the-sandbox-key")
    path = tmp_path / "events.csv"
    path.write_text(
        "user_id,event,ts\n" + "".join(f"U{i},e,2024-01-01T00:00:00Z\n" for i in range(30)),
        encoding="utf-8",
    )
    window.open_file(path)
    qtbot.waitUntil(lambda: session.table is not None, timeout=WAIT_MS)
    assert window.go_to(1)
    qtbot.waitUntil(lambda: session.mapping is not None, timeout=WAIT_MS)
    assert window.go_to(2)
    qtbot.waitUntil(lambda: session.validation is not None, timeout=WAIT_MS)
    assert window.go_to(3)
    upload = window.pages[3]
    upload.upload_settings = UploadSettings(chunk_size=10)
    qtbot.waitUntil(upload.primary_enabled, timeout=WAIT_MS)
    window.primary_button.click()
    qtbot.waitUntil(
        lambda: upload.runner.state not in (RunState.RUNNING, RunState.IDLE), timeout=WAIT_MS
    )
    assert session.journal.job(session.job_id).state == "stopped_auth"

    report = window.pages[4]
    with qtbot.waitSignal(report.loaded, timeout=WAIT_MS):
        assert window.go_to(4)
    assert "30 not sent yet" in report.summary.text()
    assert report.notice.isVisible()
    assert "refused the API key" in report.notice.text


def test_resume_offer_says_why_a_job_stopped():
    from datetime import UTC, datetime
    from types import SimpleNamespace

    from app.ui.dialogs.resume_dialog import describe_job

    job = SimpleNamespace(
        file_name="events.csv",
        destination_id="flokit-events",
        profile_name="acme-prod",
        created_at=datetime(2026, 11, 3, 10, 42, tzinfo=UTC),
        rows=1_200,
        accepted=200,
        rejected=0,
        failed=0,
        pending=1_000,
        state="stopped_auth",
        last_error="FloKit refused the API key (401 Unauthorized): Invalid API key.",
    )
    words = describe_job(job)
    assert "1,000 still to send" in words
    assert "Stopped: FloKit refused the API key" in words
