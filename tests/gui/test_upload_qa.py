"""Upload/Report defects found by a QA pass: each test drives the real pages against the sandbox."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton

from app.ui.theme import LIGHT, stylesheet
from app.ui.upload_runner import RunState
from tests.gui import upload_support
from tests.gui.mnemonics import plain
from tests.gui.upload_support import (
    ONE_AT_A_TIME,
    WAIT_MS,
    prepare_session,
    ready_upload,
    start_slow_upload,
)

qloop = upload_support.qloop
upload_window = upload_support.upload_window


def _visible_texts(page) -> list[str]:
    """Every non-empty text the operator can see on the page (labels, notices)."""
    from PySide6.QtWidgets import QLabel

    texts = []
    for label in page.findChildren(QLabel):
        if label.isVisibleTo(page) and label.text().strip():
            texts.append(label.text().strip())
    return texts


def _refused_upload(qtbot, upload_window, sandbox, tmp_path):
    window, page = ready_upload(upload_window, sandbox, tmp_path, rows=60)
    window.session.set_sandbox(sandbox.base_url, "not-the-key")
    qtbot.waitUntil(page.primary_enabled, timeout=WAIT_MS)
    window.primary_button.click()
    qtbot.waitUntil(lambda: page.runner.state == RunState.FAILED, timeout=WAIT_MS)
    return window, page


def test_a_refused_key_is_said_once(qtbot, upload_window, sandbox, tmp_path):
    window, page = _refused_upload(qtbot, upload_window, sandbox, tmp_path)
    assert "401" in page.notice.message.text()
    texts = _visible_texts(page)
    # "(401 …" and not a bare "401": the sandbox's random port may contain those digits.
    sentences = [t for t in texts if "(401" in t]
    assert len(sentences) == 1, sentences
    assert sandbox.records("vibefollow-users") == []


def test_status_bar_says_how_a_refused_upload_ended(qtbot, upload_window, sandbox, tmp_path):
    window, page = _refused_upload(qtbot, upload_window, sandbox, tmp_path)
    status = window.statusBar().currentMessage()
    assert not status.startswith("Uploading"), status
    assert "stopped" in status.lower() and "60 rows" in status


def test_status_bar_says_how_a_cancelled_upload_ended(qtbot, upload_window, sandbox, tmp_path):
    window, page = start_slow_upload(qtbot, upload_window, sandbox, tmp_path, 300)
    assert window.statusBar().currentMessage().startswith("Uploading 300 rows")
    page.cancel()
    qtbot.waitUntil(lambda: page.runner.state == RunState.CANCELLED, timeout=WAIT_MS)
    status = window.statusBar().currentMessage()
    assert status.startswith("Upload stopped;") and "stay pending" in status


def test_status_bar_says_how_a_finished_upload_ended(qtbot, upload_window, sandbox, tmp_path):
    window, page = ready_upload(upload_window, sandbox, tmp_path, rows=80)
    qtbot.waitUntil(page.primary_enabled, timeout=WAIT_MS)
    window.primary_button.click()
    qtbot.waitUntil(lambda: page.runner.state == RunState.FINISHED, timeout=WAIT_MS)
    # The receipt is written in a worker; its news must not blank the status.
    qtbot.waitUntil(lambda: page.receipt_paths is not None, timeout=WAIT_MS)
    status = window.statusBar().currentMessage()
    assert status.startswith("Upload finished: 80 accepted, 0 rejected, 0 failed"), status


def test_send_the_rest_shows_the_jobs_counts_before_start(qtbot, upload_window, sandbox, tmp_path):
    window, page = start_slow_upload(qtbot, upload_window, sandbox, tmp_path, 300, logged=2)
    page.cancel()
    qtbot.waitUntil(lambda: page.runner.state == RunState.CANCELLED, timeout=WAIT_MS)
    job = window.session.journal.job(window.session.job_id)
    assert job.accepted > 0 and job.pending > 0

    assert window.go_to(4)
    report = window.pages[4]
    qtbot.waitUntil(
        lambda: report.job is not None and report.resume_button.isVisible(), timeout=WAIT_MS
    )
    report.resume_button.click()
    assert window.current == 3
    assert (
        page.runner.state == RunState.IDLE
        and plain(window.primary_button.text()) == "Resume upload ▶"
    )
    assert page.progress_card.isVisible()
    assert page.counter_labels["accepted"].isVisible()
    assert page.counter_labels["accepted"].text() == f"Accepted {job.accepted:,}"
    assert page.counter_labels["pending"].text() == f"Pending {job.pending:,}"
    assert page.progress_label.text().startswith(f"{job.rows - job.pending:,} of 300 rows")
    assert not page.cancel_button.isEnabled()  # nothing runs yet


def test_estimate_counts_the_pages_chunk_size_and_fixed_concurrency(
    qtbot, upload_window, sandbox, tmp_path
):
    # 500 rows in chunks of 25, one request at a time: 20 requests waited for one after another.
    window, page = ready_upload(upload_window, sandbox, tmp_path, rows=500, settings=ONE_AT_A_TIME)
    assert page.estimate_label.text().startswith("500 rows → 20 requests → about 6 s")
    # The same rows with 4 fixed requests in flight take a quarter of the waiting.
    page.upload_settings = replace(ONE_AT_A_TIME, min_concurrency=4, max_concurrency=4)
    page._refresh_facts()
    assert page.estimate_label.text().startswith("500 rows → 20 requests → about 2 s")


def test_unreadable_saved_profiles_are_explained(qtbot, upload_window, sandbox, tmp_path):
    profiles_file = Path(os.environ["BACKFILL_DATA_DIR"]) / "profiles.json"
    profiles_file.write_text("{hand edited", encoding="utf-8")
    window, page = ready_upload(upload_window, sandbox, tmp_path, rows=5)
    assert page.profiles_notice.isVisible()
    assert "profiles file" in page.profiles_notice.text and "damaged" in page.profiles_notice.text
    assert str(profiles_file) in page.profiles_notice.text
    assert page.profile is not None and page.profile.builtin  # the sandbox still works

    profiles_file.unlink()  # fixed: the next look at the profiles drops the warning
    window.session.set_sandbox(sandbox.base_url, window.session.sandbox_key)
    assert not page.profiles_notice.isVisible() and page.profiles_notice.text == ""


def _indicator_inside(box) -> list[QColor]:
    """The pixels inside a checkbox's indicator (its border left out), as drawn now."""
    option = QStyleOptionButton()
    box.initStyleOption(option)
    rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = box.grab().toImage()
    scale = image.width() / max(1, box.width())
    inner = rect.adjusted(3, 3, -3, -3)
    return [
        image.pixelColor(int(x * scale), int(y * scale))
        for x in range(inner.left(), inner.right() + 1)
        for y in range(inner.top(), inner.bottom() + 1)
    ]


def test_a_disabled_ticked_canary_box_still_shows_its_tick(qtbot, upload_window, sandbox, tmp_path):
    window, page = ready_upload(upload_window, sandbox, tmp_path, rows=120)
    window.setStyleSheet(stylesheet(LIGHT))  # the app's look, on this window only
    page.canary_check.setChecked(True)
    page.canary_rows.setValue(30)
    qtbot.waitUntil(page.primary_enabled, timeout=WAIT_MS)
    window.primary_button.click()
    qtbot.waitUntil(lambda: page.runner.state == RunState.CANARY_DONE, timeout=WAIT_MS)
    assert not page.canary_check.isEnabled() and page.canary_check.isChecked()

    unticked = QCheckBox("unticked", page)
    unticked.setEnabled(False)
    unticked.show()
    ticked_px = _indicator_inside(page.canary_check)
    unticked_px = _indicator_inside(unticked)
    lightness = [c.lightness() for c in ticked_px]
    assert max(lightness) - min(lightness) > 50, "the tick does not stand out from its box"
    mean = sum(lightness) / len(lightness)
    unticked_mean = sum(c.lightness() for c in unticked_px) / len(unticked_px)
    assert abs(mean - unticked_mean) > 25, "a ticked box looks like an unticked one"
    page.cancel()
    qtbot.waitUntil(lambda: page.runner.state == RunState.CANCELLED, timeout=WAIT_MS)


def test_window_title_names_the_job(qtbot, upload_window, sandbox, tmp_path):
    window, page = ready_upload(upload_window, sandbox, tmp_path, rows=30)
    assert window.windowTitle() == "Backfill — users.csv → VibeFollow users"
    qtbot.waitUntil(page.primary_enabled, timeout=WAIT_MS)
    window.primary_button.click()
    qtbot.waitUntil(lambda: page.runner.state == RunState.FINISHED, timeout=WAIT_MS)
    job_id = window.session.job_id
    assert job_id
    assert window.windowTitle() == f"Backfill — users.csv → VibeFollow users · job {job_id}"


def _write_events_csv(path: Path, rows: int) -> Path:
    lines = ["User ID,Event,Timestamp"]
    lines += [
        f"U{i:05d},signup,2024-03-01T10:{i // 60 % 60:02d}:{i % 60:02d}Z" for i in range(rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _lost_answer_report(qtbot, upload_window, sandbox, tmp_path, destination_id):
    window = upload_window(destination_id)
    prepare_session(
        window.session, sandbox, _write_events_csv(tmp_path / "events.csv", 300), destination_id
    )
    assert window.session.validation.valid_count == 300
    page = window.pages[3]
    page.upload_settings = replace(ONE_AT_A_TIME, chunk_size=100)
    assert window.go_to(3)
    sandbox.set_faults(script=["drop_after"])  # the first chunk is stored, then its answer lost
    qtbot.waitUntil(page.primary_enabled, timeout=WAIT_MS)
    window.primary_button.click()
    qtbot.waitUntil(lambda: page.runner.state == RunState.FINISHED, timeout=WAIT_MS)
    window.primary_button.click()  # Next: Report
    report = window.pages[4]
    # Entering the step may read the outcome again: wait for the read that is in flight.
    qtbot.waitUntil(
        lambda: report.job is not None and not report.summary.text().startswith("Reading"),
        timeout=WAIT_MS,
    )
    return window, report


def test_report_warns_of_rows_resent_where_the_api_keeps_duplicates(
    qtbot, upload_window, sandbox, tmp_path
):
    window, report = _lost_answer_report(qtbot, upload_window, sandbox, tmp_path, "ourspriv-events")
    assert report.summary.text().startswith("300 accepted, 0 rejected, 0 failed")
    assert report.duplicates_notice.isVisible()
    assert report.duplicates_notice.message.text() == (
        "100 rows were sent again after an answer was lost; Ours Privacy does not remove "
        "duplicates, so up to 100 may be stored twice."
    )


def test_report_says_nothing_of_resent_rows_where_the_api_dedupes(
    qtbot, upload_window, sandbox, tmp_path
):
    window, report = _lost_answer_report(
        qtbot, upload_window, sandbox, tmp_path, "vibefollow-events"
    )
    assert window.session.journal.job_stats(report.job.id).resent_after_lost_answer == 100
    assert not report.duplicates_notice.isVisible()
