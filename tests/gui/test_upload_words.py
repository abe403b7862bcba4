"""What the Upload step says about an estimate and the end of a run (app/ui/upload_words.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from app.core.journal import JobSummary
from app.core.uploader import UploadSettings
from app.ui.upload_runner import RunOutcome, RunState
from app.ui.upload_words import canary_words, ending_words, estimate_words

NOW = datetime(2026, 11, 3, 10, 0, tzinfo=UTC)
JOB = JobSummary(
    id="20261103-100000-abcd",
    file_name="events.csv",
    source_path="/tmp/events.csv",
    destination_id="vibefollow-events",
    base_url="http://127.0.0.1:1",
    profile_name="Sandbox",
    state="finished",
    created_at=NOW,
    updated_at=NOW,
    rows=300,
    accepted=290,
    rejected=10,
    failed=0,
    pending=0,
)


def test_estimate_words():
    assert estimate_words(0, "vibefollow-events", UploadSettings(), None) == "Nothing to send yet."
    words = estimate_words(2_500, "vibefollow-events", UploadSettings(chunk_size=1000), 0.3)
    assert words.startswith("2,500 rows → 3 requests → about ")


def test_canary_words_warn_when_rows_were_refused():
    batch = replace(JOB, state="paused", accepted=95, rejected=5, pending=200)
    words = canary_words(batch)
    assert words.kind == "warning"
    assert words.message == "Test batch: of the first 100 rows, 95 accepted, 5 rejected, 0 failed."
    assert "remaining 200 rows" in words.hint
    clean = canary_words(replace(batch, accepted=100, rejected=0))
    assert clean.kind == "info"


def test_a_finished_run_writes_the_receipt_and_says_the_counts():
    words = ending_words(RunOutcome(RunState.FINISHED), JOB)
    assert words.finished and words.kind == "" and words.settle is None
    assert words.say == "Upload finished: 290 accepted, 10 rejected, 0 failed."


def test_a_stop_by_a_problem_is_an_error_and_settles_failed():
    stopped = replace(JOB, state="stopped_auth", pending=120, last_error="The key was refused.")
    words = ending_words(RunOutcome(RunState.FINISHED), stopped)
    assert words.kind == "error" and words.message == "The key was refused."
    assert words.settle is RunState.FAILED and not words.finished
    assert "120 rows stay pending" in words.say
    failed = ending_words(RunOutcome(RunState.FAILED, None, "Unreachable."), None)
    assert failed.message == "Unreachable." and "0 rows stay pending" in failed.say


def test_rows_left_over_are_a_resumable_stop():
    paused = replace(JOB, state="paused", pending=7)
    words = ending_words(RunOutcome(RunState.FINISHED), paused)
    assert words.kind == "info" and words.settle is RunState.CANCELLED
    assert words.message == "Upload stopped. 7 rows not sent yet stay pending."
