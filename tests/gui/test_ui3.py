"""A set-aside upload history is told to the operator; hidden Excel sheets are labelled as such."""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl

from app.ui.pages.load_page import LoadPage
from tests.gui import upload_support
from tests.gui.conftest import WAIT_MS
from tests.gui.upload_support import ready_upload

qloop = upload_support.qloop
upload_window = upload_support.upload_window


def damage_journal() -> Path:
    """Junk bytes where the journal's SQLite file belongs (this test's data dir)."""
    path = Path(os.environ["BACKFILL_DATA_DIR"]) / "journal.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"this is not a database\x00\xff" * 200)
    return path


def test_a_damaged_journal_is_announced_and_shown_on_the_upload_step(
    qtbot, upload_window, sandbox, tmp_path
):
    damaged = damage_journal()
    window, page = ready_upload(upload_window, sandbox, tmp_path, rows=5)
    # Once, in the status bar, when the window first opens the journal.
    qtbot.waitUntil(lambda: "set aside" in window.statusBar().currentMessage(), timeout=WAIT_MS)
    assert page.journal_notice.isVisible()
    assert "set aside" in page.journal_notice.text
    assert "can't be resumed" in page.journal_notice.text
    assert page.journal_notice.property("kind") == "warning"
    # The junk was moved aside and a working journal took its place.
    assert any(p.name.startswith("journal.sqlite3.damaged-") for p in damaged.parent.iterdir())
    assert window.session.journal.unfinished_jobs() == []


def test_a_healthy_journal_shows_no_notice(qtbot, upload_window, sandbox, tmp_path):
    window, page = ready_upload(upload_window, sandbox, tmp_path, rows=5)
    window.announce_journal_note()  # what the window runs once after it first shows
    assert window.session.journal.recovery_note is None
    assert not page.journal_notice.isVisible()
    assert "set aside" not in window.statusBar().currentMessage()


def write_book_with_hidden_first_sheet(path: Path) -> Path:
    book = openpyxl.Workbook()
    lookup = book.active
    lookup.title = "Lookup"
    lookup.append(["Code", "Meaning"])
    lookup.append(["A", "Active"])
    lookup.sheet_state = "hidden"
    users = book.create_sheet("Users")
    users.append(["User ID", "E-mail"])
    for i in range(1, 11):
        users.append([f"U{i}", f"u{i}@example.com"])
    secret = book.create_sheet("Secret")
    secret.append(["Key"])
    secret.append(["k1"])
    secret.sheet_state = "veryHidden"
    book.save(path)
    return path


def test_hidden_sheets_are_labelled_and_still_loadable(make_window, qtbot, tmp_path):
    path = write_book_with_hidden_first_sheet(tmp_path / "book.xlsx")
    window = make_window()
    page: LoadPage = window.pages[0]
    task = page.load_path(path)
    assert task is not None
    qtbot.waitUntil(lambda: window.session.table is not None, timeout=WAIT_MS)

    combo = page.sheet_combo
    assert window.session.table.info.sheet == "Users"  # the first visible sheet
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Lookup (hidden in Excel)",
        "Users",
        "Secret (hidden in Excel)",
    ]
    assert [combo.itemData(i) for i in range(combo.count())] == ["Lookup", "Users", "Secret"]
    assert combo.currentText() == "Users"
    # The loader's warning about the skipped hidden sheet is on the page.
    assert page.notice.isVisible()
    assert "hidden in Excel" in page.notice.text and "'Lookup'" in page.notice.text

    combo.setCurrentIndex(0)  # choosing the hidden sheet loads it by its real name
    qtbot.waitUntil(
        lambda: window.session.table is not None and window.session.table.info.sheet == "Lookup",
        timeout=WAIT_MS,
    )
    assert window.session.table.headers == ["Code", "Meaning"]
    assert combo.currentText() == "Lookup (hidden in Excel)"
    assert page.fact_labels["sheet"].text() == "Lookup (hidden in Excel)"
