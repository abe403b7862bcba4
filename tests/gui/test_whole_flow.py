"""The whole desktop flow with every real page: load → map → review (fix, edit, exclude) →
upload to the in-process sandbox with injected faults, paused and resumed → report exported."""

from __future__ import annotations

import csv
from dataclasses import replace

from PySide6.QtCore import Qt

from app.core.uploader import UploadSettings
from app.sandbox import DEFAULT_API_KEY
from app.ui.upload_runner import RunState
from tests.gui import upload_support
from tests.gui.conftest import WAIT_MS, write_customers_csv

qloop = upload_support.qloop  # the qasync loop the Upload page's engine runs on

FAST = UploadSettings(chunk_size=5, backoff_base=0.01, backoff_cap=0.05, seed=11)


def test_load_to_report_through_the_real_window(qtbot, qloop, make_window, sandbox, tmp_path):
    sandbox.configure(latency_ms=40)
    sandbox.set_faults(
        p500=0.1,
        p429=0.1,
        retry_after=0.05,
        seed=5,
        reject_field="traits.plan",
        reject_pattern="^free$",
        reject_code="invalid_trait",
    )
    window = make_window("vibefollow-users")
    window.pages[3].ask_pause_and_close = lambda: True  # no dialog if teardown finds it busy
    session = window.session
    session.set_sandbox(sandbox.base_url, DEFAULT_API_KEY)

    # ① Load (as if dropped on the window).
    window.open_file(write_customers_csv(tmp_path / "customers.csv", rows=60))
    qtbot.waitUntil(lambda: session.table is not None, timeout=WAIT_MS)
    assert window.sidebar.buttons[1].isEnabled()

    # ② Map: suggested without help.
    window.primary_button.click()  # Next: Map
    map_page = window.pages[1]
    qtbot.waitUntil(lambda: session.mapping is not None and not map_page.is_busy, timeout=WAIT_MS)
    assert session.mapping.source("email").column == "Email"

    # ③ Review: fix capitals in one click, correct one email by hand, exclude the rest.
    window.primary_button.click()  # Next: Review
    review = window.pages[2]
    qtbot.waitUntil(lambda: session.validation is not None and not review.is_busy, timeout=WAIT_MS)
    assert session.validation.invalid_count == 5
    lower = next(c for c in review.cards if c.group.code == "mixed_case_email")
    lower.fix_button.click()
    qtbot.waitUntil(lambda: session.validation is not None and not review.is_busy, timeout=WAIT_MS)
    assert not any(c.group.code == "mixed_case_email" for c in review.cards)
    review.model.setData(review.model.index(12, 1), "row14@example.com", Qt.ItemDataRole.EditRole)
    assert session.validation.invalid_count == 4
    for code in ("invalid_email", "missing"):
        card = next(c for c in review.cards if c.group.code == code)
        card.exclude_button.click()
        qtbot.waitUntil(
            lambda: session.validation is not None and not review.is_busy, timeout=WAIT_MS
        )
    result = session.validation
    assert result.invalid_count == 0 and result.total_rows == 56
    assert session.excluded_rows == {21, 27, 40, 53}

    # ④ Upload: start, pause, resume, finish despite 500s and 429s.
    window.primary_button.click()  # Next: Upload
    upload = window.pages[3]
    upload.upload_settings = replace(FAST, initial_concurrency=1, max_concurrency=1)
    assert window.current == 3 and "SANDBOX" in window.header.badge.text()
    qtbot.waitUntil(upload.primary_enabled, timeout=WAIT_MS)
    window.primary_button.click()  # Start upload
    qtbot.waitUntil(lambda: len(upload.log_model.lines()) >= 1, timeout=WAIT_MS)
    assert upload.runner.state != RunState.FINISHED  # 12 chunks, one at a time, 40 ms each
    window.primary_button.click()  # Pause
    assert upload.runner.state == RunState.PAUSED
    qtbot.waitUntil(lambda: not upload.runner._uploader._in_flight, timeout=WAIT_MS)
    held = len(sandbox.records("vibefollow-users"))
    qtbot.wait(150)
    assert len(sandbox.records("vibefollow-users")) == held  # nothing new while paused
    window.primary_button.click()  # Resume
    qtbot.waitUntil(lambda: upload.runner.state == RunState.FINISHED, timeout=WAIT_MS)
    stored = sandbox.records("vibefollow-users")
    assert "C0013" in {r["external_user_id"] for r in stored}  # row 14, fixed by hand, went
    assert all(r["email"] == r["email"].lower() for r in stored if "email" in r)
    assert len(stored) == len({r["external_user_id"] for r in stored})  # nothing stored twice

    # ⑤ Report: the rejected "free" plans, exported with their spreadsheet rows.
    report = window.pages[4]
    with qtbot.waitSignal(report.loaded, timeout=WAIT_MS):
        window.primary_button.click()  # Next: Report
    qtbot.waitUntil(lambda: "receipt saved" in report.summary.text(), timeout=WAIT_MS)
    job = session.journal.job(session.job_id)
    assert job.accepted + job.rejected == 56 and job.failed == 0 and job.pending == 0
    # Every row not accepted is on the Report: the rejected ones and those left out on Review.
    assert job.rejected > 0 and job.excluded == 4
    assert report.model.rowCount() == job.rejected + job.excluded
    out = tmp_path / "rejected.csv"
    with qtbot.waitSignal(report.exported, timeout=WAIT_MS):
        report.export(out)
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:4] == ["Customer ID", "Email", "Plan", "Signed up"]
    state = rows[0].index("State")
    rejected = [r for r in rows[1:] if r[state] == "rejected"]
    assert all(r[2] == "free" for r in rejected) and len(rejected) == job.rejected
    assert [r[state] for r in rows[1:]].count("excluded") == job.excluded
    assert all(window.sidebar.buttons[i].mark == "✓" for i in range(4))
