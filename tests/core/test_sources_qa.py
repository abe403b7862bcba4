"""QA findings on loading: hidden sheets, formulas without values, Excel's `sep=` line, giant
cells, mislabelled workbooks, message wording and narrow tables under a title line."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.core.sources import (
    LoadError,
    guess_header_row,
    list_sheets,
    load_table,
    read_preview_rows,
    sheet_visibility,
)
from tests.core.builders import write_ods, write_xlsx

FIXTURES = Path(__file__).parent.parent / "fixtures"


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


# --- 2. formulas without a saved value --------------------------------------------------------


def test_formulas_without_saved_values_are_reported(tmp_path):
    path = tmp_path / "script.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Orders"
    ws.append(["Report"])
    ws.append(["id", "Price", "Total", "Tax"])
    for row in range(3, 15):
        ws.append([str(row), row, f"=B{row}*2", f"=B{row}*0.2" if row < 6 else 1])
    ws.auto_filter.ref = "A2:D14"  # <filterColumn>-like markup must not count as formulas
    wb.save(path)
    table = load_table(path)
    assert table.info.header_row == 2
    assert table.df["Total"].tolist() == [""] * 12
    notes = [w for w in table.warnings if "formula" in w]
    assert notes == [
        "15 formula cells in columns 'Total' (12), 'Tax' (3) have no saved value and read "
        "empty — open the file in Excel and save it again."
    ]


def test_single_unsaved_formula_column_and_saved_formulas(tmp_path):
    path = tmp_path / "one.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["id", "Total"])
    ws.append(["1", "=1+1"])
    ws.append(["2", ""])
    wb.save(path)
    notes = [w for w in load_table(path).warnings if "formula" in w]
    assert notes == [
        "1 formula cell in column 'Total' has no saved value and read empty — open the file "
        "in Excel and save it again."
    ]
    # What Excel writes: a cached result, or t="str" with an empty <v> for an empty text result.
    import zipfile

    saved = tmp_path / "saved.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(saved, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(
                    b'<c r="B2"><f>1+1</f><v /></c>', b'<c r="B2" t="str"><f>""</f><v></v></c>'
                )
                assert b't="str"' in data
            dst.writestr(item, data)
    table = load_table(saved)
    assert not [w for w in table.warnings if "formula" in w]


# --- 3. Excel's sep= line ---------------------------------------------------------------------


def test_sep_hint_line_is_hidden_like_excel_does(tmp_path):
    path = _write(tmp_path, "x.csv", "\ufeffsep=;\r\nid;name\r\n1;Ann, Jr\r\n\r\n3;Bo\r\n")
    table = load_table(path)
    assert table.info.delimiter == ";"
    assert table.info.header_row == 1
    assert table.row_numbers.tolist() == [2, 4]
    assert table.df.to_dict("list") == {"id": ["1", "3"], "name": ["Ann, Jr", "Bo"]}
    assert any("'sep=;'" in w and "semicolon" in w for w in table.warnings)
    assert any("Skipped 1 empty row: 3." in w for w in table.warnings)
    assert read_preview_rows(path, n=2) == [["id", "name"], ["1", "Ann, Jr"]]
    # The operator's header-row choice counts rows as Excel shows them.
    explicit = load_table(path, header_row=2)
    assert explicit.headers == ["1", "Ann, Jr"]
    assert explicit.row_numbers.tolist() == [4]


def test_sep_hint_ragged_rows_use_excel_row_numbers(tmp_path):
    path = _write(tmp_path, "x.csv", "sep=|\nid|name\n1|Ann\n2|Bo|extra\n")
    with pytest.raises(LoadError) as err:
        load_table(path)
    assert "row 3 (row 3 has 3 cells)" in err.value.message  # line 4 of the file


# --- 4. delimiter sniffing next to a giant cell -----------------------------------------------


def test_delimiter_sniffed_despite_a_giant_unquoted_cell(tmp_path):
    giant = "word, " * 30_000  # 180 kB, commas included: over csv's 128 kB field limit
    path = _write(tmp_path, "g.csv", f"id;note;city\n1;{giant};Paris\n2;short;Rome\n")
    table = load_table(path)
    assert table.info.delimiter == ";"
    assert table.headers == ["id", "note", "city"]
    assert table.df["city"].tolist() == ["Paris", "Rome"]
    assert len(table.df["note"][0]) == len(giant)


def test_delimiter_sniffed_despite_a_giant_quoted_multiline_cell(tmp_path):
    giant = "line, more\n" * 30_000  # 330 kB: runs past the sniffing window
    path = _write(tmp_path, "q.csv", f'id;note\n1;"{giant}"\n2;x\n')
    table = load_table(path)
    assert table.info.delimiter == ";"
    assert table.df["note"].tolist() == [giant, "x"]
    assert table.row_numbers.tolist() == [2, 3]


# --- 5. workbooks whose extension lies --------------------------------------------------------


def test_xls_renamed_xlsx_is_read_as_xls(tmp_path):
    renamed = _write(tmp_path, "legacy.xlsx", (FIXTURES / "legacy.xls").read_bytes())
    table = load_table(renamed)
    assert table.info.format == "xls"
    assert table.df["id"].tolist() == ["00123", "u2"]
    assert "legacy.xlsx is really an XLS workbook" in table.warnings[0]
    assert list_sheets(renamed) == ["Events", "Other"]
    assert sheet_visibility(renamed) == {"Events": "visible", "Other": "visible"}
    assert read_preview_rows(renamed, n=1)[0][:2] == ["id", "event"]


@pytest.mark.parametrize("name", ["book.xls", "book.csv", "book"])
def test_xlsx_under_another_name_is_read_as_xlsx(tmp_path, name):
    source = write_xlsx(tmp_path / "src.xlsx", {"S": [["id"], ["7"]]})
    renamed = source.rename(tmp_path / name)
    table = load_table(renamed)
    assert table.info.format == "xlsx"
    assert table.df["id"].tolist() == ["7"]
    assert f"{name} is really an Excel workbook (XLSX)" in table.warnings[0]


def test_ods_renamed_xlsx_is_read_as_ods(tmp_path):
    source = write_ods(tmp_path / "src.ods", [["id", "n"], ["a", 1]])
    renamed = source.rename(tmp_path / "sheet.xlsx")
    table = load_table(renamed)
    assert table.info.format == "ods"
    assert table.df.to_dict("list") == {"id": ["a"], "n": ["1"]}
    assert "really an OpenDocument spreadsheet" in table.warnings[0]


# --- 6. counts in messages agree with their nouns ---------------------------------------------


def test_json_single_non_object_is_singular(tmp_path):
    path = _write(tmp_path, "a.json", '[{"id": 1}, 5, {"id": 2}]')
    with pytest.raises(LoadError) as err:
        load_table(path)
    assert err.value.message == "1 record of a.json is not an object: 2."
    path = _write(tmp_path, "b.json", '[{"id": 1}, 5, 6]')
    with pytest.raises(LoadError) as err:
        load_table(path)
    assert err.value.message == "2 records of b.json are not objects: 2, 3."


def test_single_counts_in_load_errors_and_progress(tmp_path):
    with pytest.raises(LoadError) as err:
        load_table(_write(tmp_path, "r.csv", "a,b\n1,2\n3\n"))
    assert "(row 3 has 1 cell)." in err.value.message
    with pytest.raises(LoadError) as err:
        load_table(_write(tmp_path, "h.csv", "id\n"), header_row=5)
    assert "the file has only 1 row near the top" in err.value.message
    with pytest.raises(LoadError) as err:
        load_table(write_xlsx(tmp_path / "w.xlsx", {"S": [["id"]]}), header_row=3)
    assert err.value.message.endswith("sheet 'S' has 1 row.")
    seen: list[str] = []
    load_table(
        _write(tmp_path, "one.csv", "id\n1\n"), progress=lambda done, total, msg: seen.append(msg)
    )
    assert seen[-1] == "Read 1 row"


# --- 7. a title line above a narrow table -----------------------------------------------------


def test_title_line_above_a_two_column_sheet_is_skipped(tmp_path):
    rows = [["Customers — March"], [], ["id", "email"], ["1", "a@x.io"], ["2", None]]
    table = load_table(write_xlsx(tmp_path / "w.xlsx", {"S": rows}))
    assert table.info.header_row == 3
    assert table.headers == ["id", "email"]
    assert table.row_numbers.tolist() == [4, 5]
    csv_table = load_table(_write(tmp_path, "t.csv", "Customers — March\nid;email\n1;a@x.io\n"))
    assert csv_table.info.header_row == 2
    assert csv_table.headers == ["id", "email"]


def test_one_column_files_keep_their_first_row(tmp_path):
    table = load_table(_write(tmp_path, "one.csv", "email\na@x.io\nb@x.io\n"))
    assert table.info.header_row == 1
    assert table.headers == ["email"]
    # A stray note far down a one-column sheet does not turn a data row into the header.
    rows: list[list[object]] = [["email"], *[[f"u{i}@x.io"] for i in range(10)], ["z@x.io", "note"]]
    sheet = load_table(write_xlsx(tmp_path / "one.xlsx", {"S": rows}))
    assert sheet.info.header_row == 1
    assert sheet.headers == ["email", "Column 2"]


def test_guess_header_row_rules():
    assert guess_header_row([1, 0, 2, 2]) == 3  # title over a narrow table
    assert guess_header_row([1, 1, 1, 2, 2]) == 4  # up to three title lines
    assert guess_header_row([1, 1, 1, 1, 1, 2]) == 1  # a one-column table with a stray cell
    assert guess_header_row([1, 1, 1]) == 1
    assert guess_header_row([0, 3, 3]) == 2
    assert guess_header_row([1, 4, 4]) == 2
    assert guess_header_row([0, 0]) == 0
