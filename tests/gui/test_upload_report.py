"""Upload and Report steps against the in-process sandbox: real widgets, real engine, real HTTP."""

from __future__ import annotations

import csv
from dataclasses import replace

import pytest
from openpyxl import load_workbook

from app.ui.upload_runner import RunState
from tests.gui import upload_support
from tests.gui.mnemonics import plain
from tests.gui.upload_support import FAST, WAIT_MS, ready_upload, start_slow_upload

# Fixtures shared with the other Upload/Report test modules.
qloop = upload_support.qloop
upload_window = upload_support.upload_window


def _wait_ready(qtbot, page):
    qtbot.waitUntil(lambda: page.primary_enabled(), timeout=WAIT_MS)


def _counts(page):
    return {k: page.counts[k] for k in ("accepted", "rejected", "failed", "pending")}


def test_upload_with_faults_counts_add_up_and_match_the_sandbox(
    qtbot, upload_window, sandbox, tmp_path
):
    sandbox.configure(fractional_retry_after=True)
    sandbox.set_faults(
        p500=0.15,
        p429=0.1,
        retry_after=0.05,
        seed=3,
        reject_field="traits.plan",
        reject_pattern="^reject-me$",
        reject_code="invalid_trait",
    )
    window, page = ready_upload(upload_window, sandbox, tmp_path, rows=300, bad_every=10)
    assert page.profile is not None and page.profile.kind == "sandbox"
    assert "SANDBOX" in page.banner.label.text()
    # The estimate counts the page's own chunk size (25 here, 1,000 by default).
    assert page.estimate_label.text().startswith("300 rows → 12 requests")
    _wait_ready(qtbot, page)
    assert plain(window.primary_button.text()) == "Start upload ▶"

    window.primary_button.click()
    qtbot.waitUntil(lambda: page.runner.state == RunState.FINISHED, timeout=WAIT_MS)

    assert _counts(page) == {"accepted": 270, "rejected": 30, "failed": 0, "pending": 0}
    assert page.counter_labels["accepted"].text() == "Accepted 270"
    stored = sandbox.records("vibefollow-users")
    assert len({r["external_user_id"] for r in stored}) == 270
    assert len(stored) == 270  # nothing stored twice despite 500s and 429s
    codes = sandbox.stats()["vibefollow-users"]["status_codes"]
    assert codes.get("500", 0) + codes.get("429", 0) > 0  # the faults really happened
    lines = page.log_model.lines()
    assert len(lines) >= 12 and any("request 1 " in line for line in lines)  # any finishing order
    assert plain(window.primary_button.text()) == "Next: Report ▶"
    job = window.session.journal.job(window.session.job_id)
    assert (job.accepted, job.rejected, job.failed, job.pending) == (270, 30, 0, 0)


def test_pause_sends_nothing_new_then_resume_finishes(qtbot, upload_window, sandbox, tmp_path):
    window, page = start_slow_upload(qtbot, upload_window, sandbox, tmp_path, 400, logged=2)
    window.primary_button.click()  # Pause
    assert page.runner.state == RunState.PAUSED
    assert plain(window.primary_button.text()) == "Resume"
    # In-flight requests finish; after that nothing new reaches the server.
    qtbot.waitUntil(lambda: not page.runner._uploader._in_flight, timeout=WAIT_MS)
    held = len(sandbox.records("vibefollow-users"))
    qtbot.wait(300)
    assert len(sandbox.records("vibefollow-users")) == held < 400
    assert "Paused" in page.wait_label.text()

    window.primary_button.click()  # Resume
    qtbot.waitUntil(lambda: page.runner.state == RunState.FINISHED, timeout=WAIT_MS)
    assert len(sandbox.records("vibefollow-users")) == 400
    assert _counts(page)["pending"] == 0


def test_cancel_leaves_rows_pending_and_resumable(qtbot, upload_window, sandbox, tmp_path):
    window, page = start_slow_upload(qtbot, upload_window, sandbox, tmp_path, 400)
    page.cancel_button.click()
    qtbot.waitUntil(lambda: page.runner.state == RunState.CANCELLED, timeout=WAIT_MS)
    job = window.session.journal.job(window.session.job_id)
    assert job.pending > 0 and job.accepted + job.pending == 400
    assert "stay pending" in page.notice.text
    assert job in window.session.journal.unfinished_jobs() or any(
        j.id == job.id for j in window.session.journal.unfinished_jobs()
    )
    assert plain(window.primary_button.text()) == "Resume upload ▶"

    window.primary_button.click()
    qtbot.waitUntil(lambda: page.runner.state == RunState.FINISHED, timeout=WAIT_MS)
    stored = sandbox.records("vibefollow-users")
    assert len(stored) == 400 and len({r["external_user_id"] for r in stored}) == 400


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_report_exports_rejected_rows(qtbot, upload_window, sandbox, tmp_path, kind):
    sandbox.set_faults(reject_field="traits.plan", reject_pattern="^reject-me$")
    window, page = ready_upload(upload_window, sandbox, tmp_path, rows=120, bad_every=40)
    _wait_ready(qtbot, page)
    window.primary_button.click()
    qtbot.waitUntil(lambda: page.runner.state == RunState.FINISHED, timeout=WAIT_MS)
    report = window.pages[4]
    with qtbot.waitSignal(report.loaded, timeout=WAIT_MS):
        window.primary_button.click()  # Next: Report
    assert window.current == 4
    qtbot.waitUntil(lambda: "receipt saved" in report.summary.text(), timeout=WAIT_MS)
    assert report.summary.text() == "117 accepted, 3 rejected, 0 failed — receipt saved"
    assert report.model.rowCount() == 3
    assert report.model.row_numbers() == [41, 81, 121]  # header is row 1: data row 40 is row 41
    assert report.group_list.count() == 2  # "All …" + one reason

    out = tmp_path / f"rejected.{kind}"
    with qtbot.waitSignal(report.exported, timeout=WAIT_MS):
        report.export(out)
    if kind == "csv":
        with open(out, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh))
    else:
        wb = load_workbook(out, read_only=True)
        rows = [
            [("" if c is None else str(c)) for c in r]
            for r in wb.active.iter_rows(values_only=True)
        ]
        wb.close()
    assert rows[0][:3] == ["Customer ID", "Email", "Plan"]
    assert rows[0][3] == "Row"
    assert [r[0] for r in rows[1:]] == ["C00040", "C00080", "C00120"]
    assert [r[3] for r in rows[1:]] == ["41", "81", "121"]
    assert all(r[2] == "reject-me" for r in rows[1:])


def test_reading_the_shown_job_again_keeps_its_figures_up(qtbot, upload_window, sandbox, tmp_path):
    # A second read of the same job (its state changed again) used to blank the summary to
    # "Reading the outcome…" right after `loaded`, a flicker a test could catch mid-way.
    window, page = ready_upload(upload_window, sandbox, tmp_path, rows=30)
    _wait_ready(qtbot, page)
    window.primary_button.click()
    qtbot.waitUntil(lambda: page.runner.state == RunState.FINISHED, timeout=WAIT_MS)
    report = window.pages[4]
    with qtbot.waitSignal(report.loaded, timeout=WAIT_MS):
        window.primary_button.click()  # Next: Report
    shown = report.summary.text()
    assert shown.startswith("30 accepted")
    with qtbot.waitSignal(report.loaded, timeout=WAIT_MS):
        report.reload()
        assert report.summary.text() == shown
    assert report.summary.text().startswith("30 accepted")


def test_retry_failed_rows_sends_them_again(qtbot, upload_window, sandbox, tmp_path):
    # Every request fails for a while: rows end up failed after max_attempts.
    sandbox.set_faults(p500=1.0, budget=6)
    settings = replace(FAST, chunk_size=50, max_attempts=2)
    window, page = ready_upload(upload_window, sandbox, tmp_path, rows=100, settings=settings)
    _wait_ready(qtbot, page)
    window.primary_button.click()
    qtbot.waitUntil(lambda: page.runner.state == RunState.FINISHED, timeout=WAIT_MS)
    job = window.session.journal.job(window.session.job_id)
    assert job.failed > 0
    report = window.pages[4]
    with qtbot.waitSignal(report.loaded, timeout=WAIT_MS):
        window.primary_button.click()
    assert report.retry_button.isEnabled()
    report.retry_button.click()
    assert window.current == 3
    qtbot.waitUntil(
        lambda: page.runner.state == RunState.FINISHED and page.counts["pending"] == 0,
        timeout=WAIT_MS,
    )
    job = window.session.journal.job(window.session.job_id)
    assert (job.accepted, job.failed, job.pending) == (100, 0, 0)
    assert len(sandbox.records("vibefollow-users")) == 100
