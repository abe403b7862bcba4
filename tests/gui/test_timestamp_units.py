"""The Map step's unit choice and Review's unit fix (issue 13.1): milliseconds read as seconds
show as a problem card whose one click reads them as milliseconds."""

from __future__ import annotations

from tests.gui.test_load_map_review import load, revalidated, to_map, to_review


def test_the_unit_choice_lists_every_unit(make_window, qtbot, tmp_path):
    path = tmp_path / "epoch_us.csv"
    rows = [f"U{i},login,{1_700_000_000_000_000 + i * 60_000_000}" for i in range(30)]
    path.write_text("user_id,event,timestamp\n" + "\n".join(rows) + "\n", encoding="utf-8")
    window = make_window("flokit-events")
    load(window, qtbot, path)
    row = to_map(window, qtbot).rows["timestamp"]
    units = [row.numbers_combo.itemData(i) for i in range(row.numbers_combo.count())]
    assert units == ["auto", "excel", "excel_1904", "epoch_s", "epoch_ms", "epoch_us"]
    # Before validation the Map step says what "detect" chose, and why in the tooltip.
    assert row.numbers_combo.itemText(0) == "Numbers: detect (epoch microseconds)"
    assert "holds epoch microseconds" in row.numbers_combo.toolTip()
    to_review(window, qtbot)
    assert window.session.validation.records[0].payload["timestamp"] == "2023-11-14T22:13:20Z"
    assert any("epoch microseconds" in str(note) for note in window.session.validation.notes)


def test_review_offers_read_as_milliseconds(make_window, qtbot, tmp_path):
    path = tmp_path / "epoch_ms.csv"
    rows = [f"U{i},login,{1_700_000_000_000 + i * 60_000}" for i in range(30)]
    path.write_text("user_id,event,timestamp\n" + "\n".join(rows) + "\n", encoding="utf-8")
    window = make_window("flokit-events")
    load(window, qtbot, path)
    row = to_map(window, qtbot).rows["timestamp"]
    row.numbers_combo.setCurrentIndex(row.numbers_combo.findData("epoch_s"))
    page = to_review(window, qtbot)
    assert window.session.validation.invalid_count == 30
    card = next(c for c in page.cards if c.group.fix == "epoch_ms")
    assert card.fix_button is not None and card.fix_button.text() == "Read as milliseconds"
    card.fix_button.click()
    after = revalidated(window, qtbot, page)
    assert after.invalid_count == 0
    assert window.session.mapping.source("timestamp").numeric_dates == "epoch_ms"
    assert after.records[0].payload["timestamp"] == "2023-11-14T22:13:20Z"
