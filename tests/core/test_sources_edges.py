"""Files an operator really has: odd cells and encodings load fully or fail in plain words."""

from __future__ import annotations

from pathlib import Path

from app.core.sources import load_table


def test_cell_bigger_than_the_sniffing_window_still_loads(tmp_path: Path):
    # A 300 kB cell (a pasted JSON blob, say) in row 2 used to make the header vanish:
    # "has no header row: the first 0 lines are empty".
    path = tmp_path / "blob.csv"
    path.write_text("id,notes\n" + "A1," + "x" * 300_000 + "\nA2,short\n", encoding="utf-8")
    table = load_table(path)
    assert table.headers == ["id", "notes"]
    assert table.df["id"].tolist() == ["A1", "A2"]
    assert len(table.df["notes"][0]) == 300_000
    assert table.row_numbers.tolist() == [2, 3]
