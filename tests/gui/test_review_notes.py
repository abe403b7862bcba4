"""Review shows the check's notes (the unit an epoch column was read in) under its summary."""

from __future__ import annotations

from tests.gui.test_load_map_review import load, send_to, to_map, to_review


def test_review_names_the_unit_of_an_epoch_column(make_window, qtbot, tmp_path):
    path = tmp_path / "events.csv"
    rows = ["user_id,event,ts"] + [f"u{i},signup,{1717000000000 + i * 60000}" for i in range(50)]
    path.write_text("\n".join(rows) + "\n")
    window = make_window("vibefollow-events")
    load(window, qtbot, path)
    send_to(window, qtbot, to_map(window, qtbot), "vibefollow-events")
    page = to_review(window, qtbot)
    lines = page.summary.text().splitlines()
    assert lines[0].startswith("50 rows: 50 valid")
    assert any(line.startswith("Note: 'ts' holds epoch milliseconds") for line in lines[1:])
