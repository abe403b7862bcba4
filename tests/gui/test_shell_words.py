"""The window opens over a damaged journal, and counts one row as "1 row"."""

from __future__ import annotations

import os
from pathlib import Path

from app.ui.dialogs.resume_dialog import offer_unfinished_jobs
from tests.gui.conftest import WAIT_MS


def test_damaged_journal_does_not_stop_the_window_opening(make_window):
    journal = Path(os.environ["BACKFILL_DATA_DIR"]) / "journal.sqlite3"
    journal.write_bytes(b"overwritten by a sync tool" * 100)
    window = make_window("vibefollow-users")
    assert offer_unfinished_jobs(window) is None  # no traceback at start-up


def test_one_row_is_one_row(make_window, qtbot, tmp_path):
    path = tmp_path / "one.csv"
    path.write_text("Customer ID,Email\nC1,a@example.com\n", encoding="utf-8")
    window = make_window("vibefollow-users")
    window.open_file(path)
    qtbot.waitUntil(lambda: window.session.table is not None, timeout=WAIT_MS)
    assert window.counts_label.text().startswith("1 row")
    assert "1 rows" not in window.counts_label.text()
    assert window.go_to(1)
    qtbot.waitUntil(lambda: window.session.mapping is not None, timeout=WAIT_MS)
    assert window.go_to(2)
    review = window.pages[2]
    qtbot.waitUntil(
        lambda: window.session.validation is not None and not review.is_busy, timeout=WAIT_MS
    )
    assert "Checked 1 row in" in window.statusBar().currentMessage()
