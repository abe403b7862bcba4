"""QA findings on loading: hidden sheets, formulas without values, Excel's `sep=` line, giant
cells, mislabelled workbooks, message wording and narrow tables under a title line."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from app.core.sources import list_sheets, load_table, read_preview_rows, sheet_visibility


def _write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# --- 1. hidden sheets -------------------------------------------------------------------------


def _hidden_first_workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    lookup = wb.active
    lookup.title = "Lookup"
    lookup.append(["code", "label"])
    lookup.append(["A", "Alpha"])
    lookup.sheet_state = "hidden"
    customers = wb.create_sheet("Customers")
    customers.append(["id", "email"])
    customers.append(["1", "a@x.io"])
    secret = wb.create_sheet("Secret")
    secret.append(["k"])
    secret.sheet_state = "veryHidden"
    wb.save(path)
    return path


def test_default_sheet_is_the_first_visible_one(tmp_path):
    path = _hidden_first_workbook(tmp_path / "hidden.xlsx")
    table = load_table(path)
    assert table.info.sheet == "Customers"
    assert table.headers == ["id", "email"]
    assert any("'Lookup' is hidden" in w for w in table.warnings)
    assert read_preview_rows(path, n=1) == [["id", "email"]]
    # An explicit choice still reaches the hidden sheet, and list_sheets keeps every name.
    assert load_table(path, sheet="Lookup").headers == ["code", "label"]
    assert list_sheets(path) == ["Lookup", "Customers", "Secret"]
    assert sheet_visibility(path) == {
        "Lookup": "hidden",
        "Customers": "visible",
        "Secret": "veryhidden",
    }


def test_visible_first_sheet_has_no_hidden_warning(tmp_path):
    path = tmp_path / "plain.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["id"])
    wb.active.append(["1"])
    wb.save(path)
    table = load_table(path)
    assert table.warnings == []
    assert sheet_visibility(path) == {"Sheet": "visible"}
    assert sheet_visibility(_write(tmp_path, "a.csv", "id\n1\n")) == {}
