"""Load → Map → Review through the real pages: workers, suggestions, problems, fixes, edits."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest
from PySide6.QtCore import Qt

from app.core import mapping as core_mapping
from app.core.mapping import FieldSource
from app.core.template_choice import templates_dir
from app.ui.models.dataframe_model import DataFrameModel
from tests.gui.conftest import WAIT_MS
from tests.gui.mnemonics import plain


def load(window, qtbot, path: Path):
    task = window.pages[0].load_path(path)
    assert task is not None
    qtbot.waitUntil(lambda: not task.is_running, timeout=WAIT_MS)
    return task


def to_map(window, qtbot):
    assert window.go_to(1)
    page = window.pages[1]
    qtbot.waitUntil(
        lambda: not page.is_busy and window.session.mapping is not None, timeout=WAIT_MS
    )
    return page


def send_to(window, qtbot, page, destination: str):
    """The operator picks the destination on Map (a file's own kind no longer decides)."""
    page.destination_combo.setCurrentIndex(page.destination_combo.findData(destination))
    qtbot.waitUntil(
        lambda: (
            not page.is_busy
            and window.session.mapping is not None
            and window.session.mapping.destination == destination
        ),
        timeout=WAIT_MS,
    )
    return page


def to_review(window, qtbot):
    assert window.go_to(2)
    page = window.pages[2]
    qtbot.waitUntil(
        lambda: window.session.validation is not None and not page.is_busy, timeout=WAIT_MS
    )
    return page


def review_of(make_window, qtbot, path: Path):
    """(window, Review page) for `path` loaded and mapped as suggested, validation done."""
    window = make_window()
    load(window, qtbot, path)
    to_map(window, qtbot)
    return window, to_review(window, qtbot)


def revalidated(window, qtbot, page):
    qtbot.waitUntil(
        lambda: window.session.validation is not None and not page.is_busy, timeout=WAIT_MS
    )
    return window.session.validation


# -- Load -------------------------------------------------------------------------------------


def test_load_csv_shows_facts_and_preview(make_window, qtbot, customers_csv, ui_settings):
    window = make_window()
    page = window.pages[0]
    task = load(window, qtbot, customers_csv)
    assert task.error is None
    table = window.session.table
    assert len(table) == 60 and table.headers == ["Customer ID", "Email", "Plan", "Signed up"]
    assert page.fact_labels["size"].text() == "60 rows × 4 columns"
    assert page.fact_labels["format"].text().startswith("CSV")
    assert page.fact_labels["delimiter"].text() == "comma"
    assert page.fact_labels["encoding"].text() == "utf-8"
    assert page.preview_model.rowCount() == 20  # first 20 rows only
    assert page.preview_model.headerData(0, Qt.Orientation.Vertical) == "2"  # Excel row numbers
    assert page.preview_model.data(page.preview_model.index(0, 0)) == "C0001"
    assert page.preview_label.text() == "First 20 of 60 rows"
    assert window.primary_button.isEnabled()
    assert ui_settings.recent_files() == [customers_csv.resolve()]


def test_load_xlsx_offers_its_sheets(make_window, qtbot, tmp_path):
    path = tmp_path / "book.xlsx"
    book = openpyxl.Workbook()
    first = book.active
    first.title = "Customers"
    first.append(["User ID", "E-mail"])
    for i in range(1, 31):
        first.append([f"U{i}", f"u{i}@example.com"])
    other = book.create_sheet("Notes")
    other.append(["Note"])
    other.append(["hello"])
    book.save(path)

    window = make_window()
    page = window.pages[0]
    load(window, qtbot, path)
    assert window.session.table.info.sheet == "Customers"
    assert [page.sheet_combo.itemText(i) for i in range(page.sheet_combo.count())] == [
        "Customers",
        "Notes",
    ]
    assert page.fact_labels["size"].text() == "30 rows × 2 columns"
    assert page.fact_labels["sheet"].text() == "Customers"
    assert page.preview_model.rowCount() == 20

    page.sheet_combo.setCurrentText("Notes")  # picking another sheet reloads it
    qtbot.waitUntil(lambda: window.session.table.info.sheet == "Notes", timeout=WAIT_MS)
    assert window.session.table.headers == ["Note"]


def test_a_bad_file_is_explained_in_words(make_window, qtbot, tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    window = make_window()
    page = window.pages[0]
    task = load(window, qtbot, path)
    assert task.error is not None
    assert page.notice.isVisible()
    assert "PNG" in page.notice.text
    assert "Traceback" not in page.notice.text and "Error" not in page.notice.message.text()
    assert window.session.table is None
    assert not window.primary_button.isEnabled()


def test_missing_file_is_explained(make_window, tmp_path):
    window = make_window()
    assert window.pages[0].load_path(tmp_path / "nope.csv") is None
    assert "could not be found" in window.pages[0].notice.text


# -- Map --------------------------------------------------------------------------------------


def test_mapping_is_suggested_with_confidence(make_window, qtbot, customers_csv):
    window = make_window()
    load(window, qtbot, customers_csv)
    page = to_map(window, qtbot)
    mapping = window.session.mapping
    assert mapping.source("external_user_id").column == "Customer ID"
    assert mapping.source("email").column == "Email"
    assert page.rows["email"].combo.currentText() == "Email"
    assert page.rows["email"].confidence.text().startswith("●●●")
    assert page.rows["email"].samples.text().startswith("user1@example.com")
    assert "Plan" in page.extras_label.text() and "traits" in page.extras_label.text()
    assert plain(window.primary_button.text()) == "Next: Review ▶"
    assert window.primary_button.isEnabled()


def test_required_field_left_empty_blocks_next_and_says_why(make_window, qtbot, customers_csv):
    window = make_window()
    load(window, qtbot, customers_csv)
    page = to_map(window, qtbot)
    page.rows["external_user_id"].combo.setCurrentIndex(0)  # "— not mapped —"
    assert window.session.mapping.source("external_user_id").kind == "none"
    assert not window.primary_button.isEnabled()
    assert "User ID is required" in window.hint_label.text()
    assert not window.sidebar.buttons[2].isEnabled()  # Review can't be reached either
    page.rows["external_user_id"].combo.setCurrentText("Customer ID")
    assert window.primary_button.isEnabled()


def test_switching_destination_suggests_again(make_window, qtbot, customers_csv):
    window = make_window()
    load(window, qtbot, customers_csv)
    page = to_map(window, qtbot)
    index = page.destination_combo.findData("flokit-events")
    page.destination_combo.setCurrentIndex(index)
    qtbot.waitUntil(
        lambda: (
            window.session.mapping is not None
            and window.session.mapping.destination == "flokit-events"
        ),
        timeout=WAIT_MS,
    )
    assert set(page.rows) == {"event", "user_id", "timestamp"}
    assert "FloKit" in window.windowTitle()


def test_saved_template_is_applied_to_matching_headers(make_window, qtbot, customers_csv, tmp_path):
    # A template made for a file that also had a 'Region' column.
    mapping = core_mapping.Mapping(
        destination="vibefollow-users",
        fields={
            "external_user_id": FieldSource.from_column("Customer ID"),
            "email": FieldSource.from_column("Email", transforms=("trim",)),
        },
    )
    headers = ["Customer ID", "Email", "Plan", "Signed up", "Region"]
    core_mapping.save_template(mapping, headers, templates_dir() / "March customers.json")

    window = make_window()
    load(window, qtbot, customers_csv)
    page = to_map(window, qtbot)
    assert window.session.template_name == "March customers"
    text = page.template_label.text()
    assert "Template 'March customers' applied" in text
    assert "1 column missing: 'Region'" in text
    assert window.session.mapping.source("email").transforms == ("trim",)
    assert page.rows["email"].confidence.text().endswith("from template")


# -- Review -----------------------------------------------------------------------------------


def test_problems_are_grouped_in_plain_words(make_window, qtbot, customers_csv):
    window, page = review_of(make_window, qtbot, customers_csv)
    result = window.session.validation
    assert result.invalid_count == 5
    texts = [c.headline.text() for c in page.cards]
    assert any("4 rows</b>: email is not a valid address" in t for t in texts)
    assert any("1 row</b>: User ID is empty" in t for t in texts)
    assert page.groups_model.rowCount() == len(page.cards)
    assert "55 valid, 5 invalid" in page.summary.text()
    assert "5 problems" in window.counts_label.text()
    # Invalid cells are tinted, with the message as tooltip; row 14 is frame row 12.
    email_col = 1
    index = page.model.index(12, email_col)
    assert page.model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    assert "not a valid" in page.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert page.model.data(page.model.index(0, email_col), Qt.ItemDataRole.BackgroundRole) is None


def test_one_click_fix_reduces_the_problems(make_window, qtbot, customers_csv):
    window = make_window()
    load(window, qtbot, customers_csv)
    map_page = to_map(window, qtbot)
    # Undo the suggested cleaning so the spaces and capitals show up as problems.
    map_page.rows["email"].transform_boxes["trim"].setChecked(False)
    map_page.rows["email"].transform_boxes["lowercase"].setChecked(False)
    assert window.session.mapping.source("email").transforms == ()
    page = to_review(window, qtbot)
    before = window.session.validation
    assert before.invalid_count == 10
    card = next(c for c in page.cards if c.group.code == "email_spaces")
    assert card.fix_button is not None and card.fix_button.text() == "Trim spaces"
    card.fix_button.click()
    after = revalidated(window, qtbot, page)
    assert after.invalid_count == 5  # the 6 rows with spaces (1 also has no ID) are fine now
    assert "trim" in window.session.mapping.source("email").transforms
    assert not any(c.group.code == "email_spaces" for c in page.cards)
    lower = next(c for c in page.cards if c.group.code == "mixed_case_email")
    lower.fix_button.click()
    final = revalidated(window, qtbot, page)
    assert final.warning_count < after.warning_count
    assert window.session.mapping.source("email").transforms == ("trim", "lowercase")


def test_editing_a_cell_revalidates_the_row_at_once(make_window, qtbot, customers_csv):
    window, page = review_of(make_window, qtbot, customers_csv)
    assert window.session.validation.invalid_count == 5
    index = page.model.index(12, 1)  # row 14: "not-an-email"
    assert page.model.setData(index, "fixed@example.com", Qt.ItemDataRole.EditRole)
    result = window.session.validation  # re-validated synchronously, no worker round trip
    assert result.invalid_count == 4
    assert window.session.table.df.iat[12, 1] == "fixed@example.com"
    assert page.model.data(index, Qt.ItemDataRole.BackgroundRole) is None
    assert any("3 rows</b>: email is not a valid address" in c.headline.text() for c in page.cards)
    assert "Row 14 is fine now" in window.statusBar().currentMessage()
    assert "4 problems" in window.counts_label.text()


def test_excluding_a_group_leaves_its_rows_out(make_window, qtbot, customers_csv):
    window, page = review_of(make_window, qtbot, customers_csv)
    card = next(c for c in page.cards if c.group.code == "invalid_email")
    card.exclude_button.click()
    result = revalidated(window, qtbot, page)
    assert window.session.excluded_rows == {14, 27, 40, 53}
    assert result.invalid_count == 1 and result.total_rows == 56
    assert "4 excluded" in window.counts_label.text()
    assert page.model.data(page.model.index(12, 0), Qt.ItemDataRole.FontRole).strikeOut()


def test_only_rows_with_problems_filters_by_index(make_window, qtbot, customers_csv):
    window, page = review_of(make_window, qtbot, customers_csv)
    frame = window.session.table.df
    page.only_problems.setChecked(True)
    # Errors (rows 14, 21, 27, 40, 53) and warnings (capital letters: every 7th data row).
    expected = sorted([14, 21, 27, 40, 53] + [8, 15, 22, 29, 36, 43, 50, 57])
    assert page.model.rowCount() == len(expected)
    assert [page.model.row_number(r) for r in range(len(expected))] == expected
    assert page.model.frame is frame  # a row-index view, never a copy
    card = next(c for c in page.cards if c.group.code == "missing")
    card.show_button.click()
    assert page.model.rowCount() == 1 and page.model.row_number(0) == 21
    page.show_all_rows()
    assert page.model.rowCount() == 60


def test_download_problems_writes_the_issue_report(make_window, qtbot, customers_csv, tmp_path):
    window, page = review_of(make_window, qtbot, customers_csv)
    written = page.download_problems(tmp_path / "problems.csv")
    lines = written.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Row,")
    assert len(lines) == 1 + len(window.session.validation.issues)
    assert (
        plain(window.primary_button.text()) == "Next: Upload ▶"
        and window.primary_button.isEnabled()
    )


# -- the virtual model ------------------------------------------------------------------------


def test_dataframe_model_serves_a_million_rows_without_per_cell_items():
    n = 1_000_000
    ids = pd.array([f"C{i:07d}" for i in range(n)], dtype="str")
    frame = pd.DataFrame({"id": ids, "email": ids, "plan": pd.array(["pro"] * n, dtype="str")})
    started = time.perf_counter()
    model = DataFrameModel(frame, np.arange(2, n + 2))
    build = time.perf_counter() - started
    assert model.rowCount() == n and model.columnCount() == 3
    assert build < 0.5  # no per-cell work at construction

    started = time.perf_counter()
    rows = [0, 1, 500_000, 999_999] + list(range(700_000, 700_040))
    for row in rows:
        for col in range(3):
            model.data(model.index(row, col))
    per_cell = (time.perf_counter() - started) / (len(rows) * 3)
    assert per_cell < 0.001  # a screenful is a few hundred cells: well under one frame
    assert model.data(model.index(999_999, 0)) == "C0999999"
    assert model.headerData(999_999, Qt.Orientation.Vertical) == "1000001"

    model.set_rows(np.array([999_999, 3]))  # filter = an index array, not a copy
    assert model.rowCount() == 2 and model.data(model.index(1, 0)) == "C0000003"
    assert model.frame is frame


@pytest.mark.parametrize("text", ["", "x" * 500])
def test_dataframe_model_cuts_long_cells_but_keeps_them_in_the_tooltip(text):
    frame = pd.DataFrame({"a": pd.array([text], dtype="str")})
    model = DataFrameModel(frame)
    shown = model.data(model.index(0, 0))
    assert len(shown) <= 201
    if len(text) > 200:
        assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == text


def test_big_files_recheck_an_edited_row_in_the_worker(
    make_window, qtbot, customers_csv, monkeypatch
):
    from app.ui.pages import review_page

    monkeypatch.setattr(review_page, "SYNC_REVALIDATE_ROWS", 0)  # treat the fixture as "big"
    window, page = review_of(make_window, qtbot, customers_csv)
    page.model.setData(page.model.index(12, 1), "a@example.com", Qt.ItemDataRole.EditRole)
    page.model.setData(page.model.index(25, 1), "b@example.com", Qt.ItemDataRole.EditRole)
    assert page.is_busy and not window.primary_button.isEnabled()  # no upload while checking
    qtbot.waitUntil(lambda: not page.is_busy, timeout=WAIT_MS)
    assert window.session.validation.invalid_count == 3  # both edits counted, rows 14 and 27
    assert window.primary_button.isEnabled()


def test_header_row_override_reloads_the_file(make_window, qtbot, customers_csv):
    window = make_window()
    page = window.pages[0]
    load(window, qtbot, customers_csv)
    page.header_spin.setValue(2)  # the operator says the names are on row 2
    qtbot.waitUntil(lambda: window.session.table.info.header_row == 2, timeout=WAIT_MS)
    assert window.session.table.headers[0] == "C0001"
    assert len(window.session.table) == 59
    assert page.fact_labels["size"].text() == "59 rows × 4 columns"


def test_ambiguous_dates_warn_and_switch_order(make_window, qtbot, tmp_path):
    path = tmp_path / "events.csv"
    rows = ["User,Action,Signed up"] + [
        f"U{i},signup,0{(i % 9) + 1}/0{((i + 3) % 9) + 1}/2024 10:05" for i in range(40)
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    window = make_window("vibefollow-events")
    load(window, qtbot, path)
    page = to_map(window, qtbot)
    row = page.rows["timestamp"]
    assert window.session.mapping.source("timestamp").column == "Signed up"
    assert not row.date_note.isHidden()
    assert row.date_text.text().startswith("⚠")
    assert "day-first" in row.date_text.text()
    assert row.date_switch.text() == "Read month-first instead"
    row.date_switch.click()
    assert window.session.mapping.source("timestamp").date_order == "month_first"
    assert row.order_combo.currentData() == "month_first"
    assert row.date_switch.text() == "Read day-first instead"


def test_a_constant_can_fill_a_required_field(make_window, qtbot, customers_csv):
    window = make_window("vibefollow-events")
    load(window, qtbot, customers_csv)
    page = send_to(window, qtbot, to_map(window, qtbot), "vibefollow-events")
    row = page.rows["name"]
    row.combo.setCurrentIndex(1)  # "Same value for every row…"
    assert not row.constant.isHidden()
    row.constant.setText("customer_imported")
    row.constant.editingFinished.emit()
    source = window.session.mapping.source("name")
    assert (source.kind, source.constant) == ("constant", "customer_imported")
    assert window.primary_button.isEnabled()
    review = to_review(window, qtbot)
    records = window.session.validation.records
    assert records and all(r.payload["name"] == "customer_imported" for r in records)
    assert review.summary.text()


def test_unmapped_columns_can_be_left_out(make_window, qtbot, customers_csv):
    window = make_window()
    load(window, qtbot, customers_csv)
    page = to_map(window, qtbot)
    assert "Plan" in page.extras_label.text()
    page.extras_policy.setCurrentIndex(page.extras_policy.findData("ignore"))
    assert window.session.mapping.extras_policy == "ignore"
    assert "Plan" in page.ignored_label.text() and "Signed up" in page.ignored_label.text()
    review = to_review(window, qtbot)
    assert review.summary.text()
    assert all("traits" not in r.payload for r in window.session.validation.records)


def test_dropping_on_the_drop_zone_loads(make_window, qtbot, customers_csv):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    window = make_window()
    page = window.pages[0]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(customers_csv))])
    page.drop_zone.dropEvent(
        QDropEvent(
            QPointF(10, 10),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )
    qtbot.waitUntil(lambda: window.session.table is not None, timeout=WAIT_MS)
    assert page.views.currentIndex() == 1


def test_encoding_override_reads_the_file_again(make_window, qtbot, tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes("Name,City\nRené,Zürich\nAnaïs,Köln\n".encode("cp1252"))
    window = make_window()
    page = window.pages[0]
    load(window, qtbot, path)
    assert page.encoding_combo.isVisibleTo(page) and page.delimiter_combo.isVisibleTo(page)
    page.encoding_combo.setCurrentIndex(page.encoding_combo.findData("utf-8"))
    qtbot.waitUntil(lambda: not page.is_loading, timeout=WAIT_MS)
    # Not valid UTF-8: the loader says so in words (or decodes with replacement), never a crash.
    assert window.session.table is not None
    page.encoding_combo.setCurrentIndex(page.encoding_combo.findData("cp1252"))
    qtbot.waitUntil(
        lambda: not page.is_loading and window.session.table.info.encoding == "cp1252",
        timeout=WAIT_MS,
    )
    assert window.session.table.df.iat[0, 1] == "Zürich"
    assert page.fact_labels["encoding"].text() == "cp1252"


def test_cancelling_a_load_keeps_the_previous_file(make_window, qtbot, customers_csv, tmp_path):
    big = tmp_path / "big.csv"
    line = "C0000001,someone@example.com,pro,2024-03-01\n"
    with big.open("w", encoding="utf-8") as handle:
        handle.write("Customer ID,Email,Plan,Signed up\n")
        handle.write(line * 500_000)  # ~22 MB: read in blocks, with progress and cancel
    window = make_window()
    page = window.pages[0]
    load(window, qtbot, customers_csv)
    task = page.load_path(big)
    assert page.progress.isVisible() and page.is_loading
    assert not window.primary_button.isEnabled()  # no moving on while loading
    window.cancel_action.trigger()  # Esc
    qtbot.waitUntil(lambda: not task.is_running, timeout=WAIT_MS)
    if task.was_cancelled:
        assert window.session.table.info.path == customers_csv
        assert "cancelled" in page.notice.text
    else:  # the machine was faster than the click: the big file simply loaded
        assert len(window.session.table) == 500_000
    assert not page.progress.isVisible()


def test_template_save_and_load_through_the_page(make_window, qtbot, customers_csv, tmp_path):
    window = make_window()
    load(window, qtbot, customers_csv)
    page = to_map(window, qtbot)
    page.rows["email"].transform_boxes["lowercase"].setChecked(True)
    saved = page.save_template(tmp_path / "Customers.json")
    assert saved is not None and saved.exists()
    page.rows["email"].combo.setCurrentIndex(0)
    assert window.session.mapping.source("email").kind == "none"
    assert page.load_template(saved)
    source = window.session.mapping.source("email")
    assert source.column == "Email" and "lowercase" in source.transforms
    assert "Template 'Customers' applied" in page.template_label.text()
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert not page.load_template(bad)
    assert "could not be read" in page.status_notice.text


def test_extras_dialog_chooses_columns_keys_and_types(make_window, qtbot, customers_csv):
    from app.ui.widgets.extras_dialog import ExtrasDialog

    window = make_window()
    load(window, qtbot, customers_csv)
    page = to_map(window, qtbot)
    mapping = window.session.mapping
    dialog = ExtrasDialog(mapping, window.session.table.headers, "traits", page)
    qtbot.addWidget(dialog)
    assert dialog.columns == ["Plan", "Signed up"]
    dialog.table.item(1, 0).setCheckState(Qt.CheckState.Unchecked)  # leave 'Signed up' out
    dialog.table.item(0, 1).setText("plan_name")
    chosen = dialog.result_mapping()
    plan = chosen.extra_plan(window.session.table.headers)
    assert [(p.column, p.key) for p in plan] == [("Plan", "plan_name")]


def test_numeric_times_offer_a_unit_choice(make_window, qtbot, tmp_path):
    path = tmp_path / "epoch.csv"
    rows = ["user_id,event,timestamp"] + [f"U{i},login,{1_700_000_000 + i * 60}" for i in range(30)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    window = make_window("flokit-events")
    load(window, qtbot, path)
    page = to_map(window, qtbot)
    row = page.rows["timestamp"]
    assert not row.numbers_combo.isHidden()
    row.numbers_combo.setCurrentIndex(row.numbers_combo.findData("epoch_s"))
    assert window.session.mapping.source("timestamp").numeric_dates == "epoch_s"
    to_review(window, qtbot)
    first = window.session.validation.records[0].payload
    assert first["timestamp"] == "2023-11-14T22:13:20Z"


def test_recent_files_menu_reopens_a_file(make_window, qtbot, customers_csv, tmp_path):
    other = tmp_path / "other.csv"
    other.write_text("User ID,Email\nU1,u1@example.com\n", encoding="utf-8")
    window = make_window()
    page = window.pages[0]
    load(window, qtbot, customers_csv)
    load(window, qtbot, other)
    page._fill_recent_menu()
    names = [a.text() for a in page.recent_menu.actions()]
    assert names == ["other.csv", "customers.csv"]
    page.recent_menu.actions()[1].trigger()
    qtbot.waitUntil(lambda: window.session.table.info.path.name == "customers.csv", timeout=WAIT_MS)


def test_a_guessed_required_field_is_pointed_out(make_window, qtbot, customers_csv):
    window = make_window("vibefollow-events")  # a list of customers, not events
    load(window, qtbot, customers_csv)
    page = send_to(window, qtbot, to_map(window, qtbot), "vibefollow-events")
    guessed = [
        name
        for name in ("external_user_id", "name")
        if page.chosen_by.get(name) in ("guess", "none")
        and window.session.mapping.source(name).kind == "column"
    ]
    if not guessed:
        pytest.skip("the suggester found confident matches for this file")
    assert "only guessing" in page.guess_notice.text
    assert "VibeFollow users" in page.guess_notice.text
    current = window.session.mapping.source(guessed[0]).column
    other = next(h for h in window.session.table.headers if h != current)
    page.rows[guessed[0]].combo.setCurrentText(other)  # the operator decides
    if len(guessed) == 1:
        assert page.guess_notice.isHidden()


def test_sorting_by_a_column_uses_an_index_not_the_frame(make_window, qtbot, customers_csv):
    window, page = review_of(make_window, qtbot, customers_csv)
    frame = window.session.table.df
    before = frame.copy()
    task = page.sort_by_column(0)  # Customer ID, ascending; the blank ID (row 21) goes last
    qtbot.waitUntil(lambda: not task.is_running, timeout=WAIT_MS)
    assert page.model.row_number(0) == 2 and page.model.row_number(59) == 21
    task = page.sort_by_column(0)  # descending
    qtbot.waitUntil(lambda: not task.is_running, timeout=WAIT_MS)
    assert page.model.data(page.model.index(0, 0)) == "C0060"
    page.only_problems.setChecked(True)  # the filter keeps the sort order
    shown = [page.model.row_number(r) for r in range(page.model.rowCount())]
    assert shown[0] == 57 and shown[-1] == 21
    assert page.sort_by_column(0) is None  # third click: file order again
    assert [page.model.row_number(r) for r in range(3)] == [8, 14, 15]
    pd.testing.assert_frame_equal(frame, before)  # the DataFrame itself never moved


def test_sort_order_is_numeric_for_numbers_and_puts_blanks_last():
    from app.ui.models.dataframe_model import sort_order

    frame = pd.DataFrame({"n": pd.array(["10", "9", "", "2.5", "-1"], dtype="str")})
    assert sort_order(frame, "n").tolist() == [4, 3, 1, 0, 2]
    assert sort_order(frame, "n", descending=True).tolist() == [0, 1, 3, 4, 2]
    text = pd.DataFrame({"t": pd.array(["b", "A", "", "c", "a"], dtype="str")})
    assert sort_order(text, "t").tolist() == [1, 4, 0, 3, 2]


def test_warnings_are_tinted_differently_from_errors(make_window, qtbot, customers_csv):
    window, page = review_of(make_window, qtbot, customers_csv)
    email = 1
    error = page.model.index(12, email)  # row 14: not an email (error)
    warning = page.model.index(6, email)  # row 8: capital letters (warning)
    error_brush = page.model.data(error, Qt.ItemDataRole.BackgroundRole)
    warning_brush = page.model.data(warning, Qt.ItemDataRole.BackgroundRole)
    assert error_brush is not None and warning_brush is not None
    assert error_brush.color() != warning_brush.color()
    assert "capital" in page.model.cell_issue(6, email)
    header = page.model.headerData
    assert header(12, Qt.Orientation.Vertical, Qt.ItemDataRole.ForegroundRole) is not None
    assert header(0, Qt.Orientation.Vertical, Qt.ItemDataRole.ForegroundRole) is None


def test_a_table_set_by_another_step_is_shown_on_load(make_window, qtbot, customers_csv):
    from app.core.sources import load_table

    window = make_window()
    page = window.pages[0]
    table = load_table(customers_csv)  # e.g. Report's "Fix and re-import"
    window.session.set_table(table)
    assert page.views.currentIndex() == 1
    assert page.fact_labels["size"].text() == "60 rows × 4 columns"
    window.session.set_table(None)
    assert page.views.currentIndex() == 0


def test_save_and_download_buttons_ask_where(
    make_window, qtbot, customers_csv, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    answers = iter([str(tmp_path / "mine.json"), str(tmp_path / "problems.csv")])
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (next(answers), ""))
    )
    window = make_window()
    load(window, qtbot, customers_csv)
    page = to_map(window, qtbot)
    page.save_template_button.click()
    assert (tmp_path / "mine.json").exists()
    review = to_review(window, qtbot)
    review.download_button.click()
    assert (tmp_path / "problems.csv").read_text(encoding="utf-8-sig").startswith("Row,")
    review.recheck_button.click()
    assert review.is_busy or window.session.validation is not None
    qtbot.waitUntil(lambda: not review.is_busy, timeout=WAIT_MS)
