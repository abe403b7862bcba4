"""Issue 16 (9): the smaller things an operator tripped over on Load, Map, Review and Upload."""

from __future__ import annotations

import openpyxl

from tests.gui.conftest import WAIT_MS
from tests.gui.test_load_map_review import load, send_to, to_map, to_review


def test_a_notes_sheet_points_at_the_sheet_with_the_rows(make_window, qtbot, tmp_path):
    path = tmp_path / "book.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    book.active["A1"] = "Exported by the CRM"
    users = book.create_sheet("Users Q2")
    users.append(["User ID", "Email"])
    for i in range(501):
        users.append([f"U{i}", f"u{i}@example.com"])
    book.save(path)

    window = make_window()
    load(window, qtbot, path)
    page = window.pages[0]
    assert window.session.table.info.sheet == "Notes"
    assert not page.sheet_hint.isHidden()
    assert "'Users Q2' holds 501 rows" in page.sheet_hint.text()
    labels = [page.sheet_combo.itemText(i) for i in range(page.sheet_combo.count())]
    assert labels == ["Notes — no data rows", "Users Q2 — 501 rows"]
    page.sheet_combo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: window.session.table.info.sheet == "Users Q2", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not page.is_loading, timeout=WAIT_MS)
    assert page.sheet_hint.isHidden()


def test_cp1250_can_be_chosen_for_central_european_files(make_window, qtbot, tmp_path):
    path = tmp_path / "klienci.csv"
    path.write_bytes("User ID,City\nU1,Łódź\nU2,Kraków\n".encode("cp1250"))
    window = make_window()
    page = window.pages[0]
    assert page.encoding_combo.findData("cp1250") >= 0
    load(window, qtbot, path)
    page.encoding_combo.setCurrentIndex(page.encoding_combo.findData("cp1250"))
    qtbot.waitUntil(lambda: not page.is_loading, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.session.table.info.encoding == "cp1250", timeout=WAIT_MS)
    assert list(window.session.table.df["City"]) == ["Łódź", "Kraków"]


def test_an_impossible_date_is_not_the_example_on_map(make_window, qtbot, tmp_path):
    path = tmp_path / "events.csv"
    lines = ["user_id,event,when"]
    days = ["31/02/2024", "04/03/2024", "05/06/2024", "07/08/2024"]
    lines += [f"U{i},login,{days[i % 4]}" for i in range(20)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    window = make_window("flokit-events")
    load(window, qtbot, path)
    page = send_to(window, qtbot, to_map(window, qtbot), "flokit-events")
    row = page.rows["timestamp"]
    row.order_combo.setCurrentIndex(row.order_combo.findData("day_first"))
    assert not row.date_note.isHidden()
    text = row.date_text.text()
    examples = text.splitlines()[1]
    assert "31/02/2024" not in examples and "4 Mar 2024" in examples
    assert "'31/02/2024' is not a date either way" in text


def test_no_data_rows_is_a_warning_not_a_green_tick(make_window, qtbot, tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("User ID,Email\n", encoding="utf-8")
    window = make_window()
    load(window, qtbot, path)
    to_map(window, qtbot)
    review = to_review(window, qtbot)
    assert "no data rows" in review.all_good.text()
    assert review.all_good.property("kind") == "warning"
    assert not review.all_good.text().startswith("✓")


def test_upload_step_speaks_plain_words(make_window, qtbot):
    window = make_window()
    upload = window.pages[3]
    words = " ".join([upload.canary_check.text(), upload.log_label.text()]).lower()
    assert "canary" not in words and "chunk" not in words
