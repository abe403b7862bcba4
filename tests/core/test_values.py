"""Values go out as the file has them: no type guessed from the first rows bends a later one."""

from __future__ import annotations

from pathlib import Path

from app.core.fields import get_schema
from app.core.mapping import suggest_mapping
from app.core.sources import load_table
from app.core.validate import validate


def test_a_zip_code_further_down_keeps_its_leading_zero(tmp_path: Path):
    path = tmp_path / "users.csv"
    lines = ["Customer ID,Postal code,Opted in"]
    for i in range(1, 1001):
        zip_code = "02134" if i == 700 else str(10000 + i)
        opted = "maybe" if i == 900 else ("true" if i % 2 else "false")
        lines.append(f"C{i},{zip_code},{opted}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = load_table(path)
    mapping = suggest_mapping(table, get_schema("vibefollow-users")).mapping
    result = validate(table, mapping)
    assert result.invalid_count == 0  # "maybe" is text, not a broken boolean
    by_row = {r.row: r.payload for r in result.records}
    assert by_row[701]["traits"]["postal_code"] == "02134"
    assert by_row[901]["traits"]["opted_in"] == "maybe"


def test_numbers_written_the_european_way_convert_when_unambiguous():
    import pandas as pd

    from app.core.transforms import convert_values

    cells = ["1,5", "-2,75", "1.234,56", "1,234.56", "0,001", "1.234", "1,234", "x"]
    typed = convert_values(pd.Series(cells, dtype="str"), "number")
    assert list(typed.values[:6]) == [1.5, -2.75, 1234.56, 1234.56, 0.001, 1.234]
    assert list(typed.bad) == [False] * 6 + [True, True]  # 1,234 could be 1.234 or 1234
