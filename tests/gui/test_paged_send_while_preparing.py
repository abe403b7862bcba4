"""Issue 9, a big (paged) file through the real window: its job is sent while it is written,
Cancel cuts the writing short, and the Upload step's resume reads the file again the same way
(the rows left out on Review stay out): every row exactly once."""

from __future__ import annotations

from dataclasses import replace

import pytest

import app.core.paged_table as paged_table
import app.core.stream as stream
from app.core.paged_validation import PagedValidation
from app.sandbox import DEFAULT_API_KEY
from app.ui.upload_runner import RunState
from tests.gui import upload_support
from tests.gui.conftest import WAIT_MS, write_customers_csv
from tests.gui.test_upload_send_while_preparing import HoldSecondCommit

qloop = upload_support.qloop

ROWS = 15_000


@pytest.fixture
def small_pages(monkeypatch):
    monkeypatch.setattr(paged_table, "PAGE_MIN_BYTES", 1000)
    monkeypatch.setattr(stream, "ROWS_PER_SLICE", 1_000)


def test_a_paged_job_cancelled_while_written_resumes_from_the_file(
    qtbot, qloop, make_window, sandbox, tmp_path, small_pages
):
    window = make_window("vibefollow-users")
    window.pages[3].ask_pause_and_close = lambda: True
    session = window.session
    session.set_sandbox(sandbox.base_url, DEFAULT_API_KEY)
    window.open_file(write_customers_csv(tmp_path / "customers.csv", rows=ROWS))
    qtbot.waitUntil(lambda: session.table is not None, timeout=WAIT_MS)
    assert session.paged is not None
    window.primary_button.click()  # Next: Map
    map_page = window.pages[1]
    qtbot.waitUntil(lambda: session.mapping is not None and not map_page.is_busy, timeout=WAIT_MS)
    window.primary_button.click()  # Next: Review
    review = window.pages[2]
    qtbot.waitUntil(lambda: session.validation is not None and not review.is_busy, timeout=WAIT_MS)
    card = next(c for c in review.cards if c.group.code == "invalid_email")
    card.exclude_button.click()  # left out: a resumed preparation must leave them out too
    qtbot.waitUntil(lambda: session.validation is not None and not review.is_busy, timeout=WAIT_MS)
    validation = session.validation
    assert isinstance(validation, PagedValidation) and validation.excluded_rows
    sent, left_out = validation.valid_count, len(validation.excluded_rows)

    window.primary_button.click()  # Next: Upload
    upload = window.pages[3]
    upload.upload_settings = replace(upload_support.FAST, chunk_size=500)
    journal = session.journal
    hold = HoldSecondCommit(journal)
    qtbot.waitUntil(upload.primary_enabled, timeout=WAIT_MS)
    window.primary_button.click()  # Start upload
    try:
        qtbot.waitUntil(hold.reached.is_set, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: len(sandbox.records("vibefollow-users")) > 0, timeout=WAIT_MS)
        upload.cancel_button.click()
    finally:
        hold.release()
    qtbot.waitUntil(lambda: upload.runner.state == RunState.CANCELLED, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not upload.preparer.still_writing, timeout=WAIT_MS)
    job = journal.job(session.job_id)
    assert job.preparing and 0 < job.rows < sent

    qtbot.waitUntil(upload.primary_enabled, timeout=WAIT_MS)
    window.primary_button.click()  # Resume upload: the file is read again
    qtbot.waitUntil(lambda: upload.runner.state == RunState.FINISHED, timeout=WAIT_MS)
    job = journal.job(session.job_id)
    assert (job.rows, job.excluded, job.preparing) == (sent, left_out, False)
    assert job.accepted + job.rejected + job.failed + job.pending == sent
    ids = [r["external_user_id"] for r in sandbox.records("vibefollow-users")]
    assert len(ids) == len(set(ids)) == job.accepted == sent
