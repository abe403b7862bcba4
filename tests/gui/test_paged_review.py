"""A file above the paging threshold (injected small here) through the real window: Review's
table pages over the on-disk copy while it scrolls, an edited cell goes through the overlay
into the check and into the payload the sandbox stores, and the cache file goes with the file."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

import app.core.paged_table as paged_table
import app.core.stream as stream
from app.core.paged_validation import PagedValidation
from app.sandbox import DEFAULT_API_KEY
from app.ui.upload_runner import RunState
from tests.gui import upload_support
from tests.gui.conftest import WAIT_MS, write_customers_csv

qloop = upload_support.qloop

ROWS = 3000


@pytest.fixture
def small_pages(monkeypatch):
    monkeypatch.setattr(paged_table, "PAGE_MIN_BYTES", 1000)
    monkeypatch.setattr(stream, "ROWS_PER_SLICE", 250)  # 12 record batches


def test_review_pages_scrolls_and_sends_an_edit(
    qtbot, qloop, make_window, sandbox, tmp_path, small_pages
):
    window = make_window("vibefollow-users")
    window.pages[3].ask_pause_and_close = lambda: True
    session = window.session
    session.set_sandbox(sandbox.base_url, DEFAULT_API_KEY)
    window.open_file(write_customers_csv(tmp_path / "customers.csv", rows=ROWS))
    qtbot.waitUntil(lambda: session.table is not None, timeout=WAIT_MS)
    paged = session.paged
    assert paged is not None and paged.batch_count == 12
    assert session.row_count == ROWS and len(session.table) == 250  # the first slice only
    cache_file = paged.path
    assert cache_file.exists()

    window.primary_button.click()  # Next: Map
    map_page = window.pages[1]
    qtbot.waitUntil(lambda: session.mapping is not None and not map_page.is_busy, timeout=WAIT_MS)
    window.primary_button.click()  # Next: Review
    review = window.pages[2]
    qtbot.waitUntil(lambda: session.validation is not None and not review.is_busy, timeout=WAIT_MS)
    result = session.validation
    assert isinstance(result, PagedValidation)
    assert result.total_rows == ROWS and result.invalid_count == ROWS // 13 + 1  # + blank ID

    # Scroll the whole table: every shown row is read from its batch, a few batches kept.
    model, view = review.model, review.table_view
    assert model.rowCount() == ROWS
    for row in range(0, ROWS, 350):
        view.scrollTo(model.index(row, 0))
        qtbot.wait(1)  # paint
        assert model.data(model.index(row, 0)) == (f"C{row + 1:04d}" if row != 19 else "")
        assert model.headerData(row, Qt.Orientation.Vertical) == str(row + 2)
    view.scrollToBottom()
    assert model.data(model.index(ROWS - 1, 0)) == f"C{ROWS:04d}"
    assert len(paged._pages) <= paged_table.CACHED_BATCHES
    email = model.headers.index("Email")
    assert model.data(model.index(12, email), Qt.ItemDataRole.ToolTipRole).startswith("Row 14")

    # Edit one invalid email (data row 2613, spreadsheet row 2614) through the overlay.
    position = 2612
    assert model.setData(model.index(position, email), "fixed@example.com")
    assert paged.cell(position, email) == "fixed@example.com"
    assert session.validation.invalid_count == result.invalid_count - 1
    assert 2614 not in session.validation.error_rows

    # Leave the other invalid rows out, then upload: the edit reaches the payload.
    for code in ("invalid_email", "missing"):
        card = next(c for c in review.cards if c.group.code == code)
        card.exclude_button.click()
        qtbot.waitUntil(
            lambda: session.validation is not None and not review.is_busy, timeout=WAIT_MS
        )
    assert session.validation.invalid_count == 0
    sent = session.validation.valid_count
    window.primary_button.click()  # Next: Upload
    upload = window.pages[3]
    upload.upload_settings = replace(upload_support.FAST, chunk_size=500)
    qtbot.waitUntil(upload.primary_enabled, timeout=WAIT_MS)
    window.primary_button.click()  # Start upload
    qtbot.waitUntil(lambda: upload.runner.state == RunState.FINISHED, timeout=WAIT_MS)
    stored = {r["external_user_id"]: r for r in sandbox.records("vibefollow-users")}
    assert len(stored) == sent
    assert stored["C2613"]["email"] == "fixed@example.com"
    job = session.journal.job(session.job_id)
    assert job.accepted == sent and job.excluded == ROWS - sent

    # Another file replaces it: the cache file goes.
    session.set_table(None)
    assert not cache_file.exists()
