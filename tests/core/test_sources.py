"""Loading every supported format as text, with row numbers, and refusing bad files clearly."""

from __future__ import annotations

import threading
from datetime import date, datetime, time
from pathlib import Path

import pytest

from app.core.sources import (
    SUPPORTED_EXTENSIONS,
    LoadCancelled,
    LoadError,
    file_filter,
    list_sheets,
    load_table,
    read_preview_rows,
)
from tests.core.builders import write_ods, write_protected_xlsx, write_xlsx

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# --- CSV basics -------------------------------------------------------------------------------


def test_csv_cells_stay_text_exactly(tmp_path):
    path = _write(tmp_path, "a.csv", "id,amount,code,note\n00123,1e5,007,\n42,1.50,TRUE,x\n")
    table = load_table(path)
    assert table.headers == ["id", "amount", "code", "note"]
    assert table.df.iloc[0].tolist() == ["00123", "1e5", "007", ""]
    assert table.df.iloc[1].tolist() == ["42", "1.50", "TRUE", "x"]
    assert all(str(dtype) == "str" for dtype in table.df.dtypes)
    assert table.row_numbers.tolist() == [2, 3]
    assert table.info.format == "csv"
    assert table.info.encoding == "utf-8"
    assert table.info.delimiter == ","
    assert table.info.header_row == 1


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiter_is_sniffed(tmp_path, delimiter):
    text = "\n".join(
        delimiter.join(row) for row in [["a", "b", "c"], ["1", "2,5", "3"], ["4", "5", "6"]]
    )
    if delimiter == ",":
        text = 'a,b,c\n1,"2,5",3\n4,5,6'
    path = _write(tmp_path, "d.txt", text + "\n")
    table = load_table(path)
    assert table.info.delimiter == delimiter
    assert table.df["b"].tolist() == ["2,5", "5"]


def test_excel_sep_hint_line(tmp_path):
    path = _write(tmp_path, "x.csv", "sep=;\nid;name\n1;Ann, Jr\n")
    table = load_table(path)
    assert table.info.delimiter == ";"
    assert table.info.header_row == 1  # Excel hides the sep= line
    assert table.df.to_dict("list") == {"id": ["1"], "name": ["Ann, Jr"]}


def test_trailing_delimiters_do_not_make_columns(tmp_path):
    table = load_table(_write(tmp_path, "t.csv", "id,name,\n1,Ann,\n2,Bob,\n"))
    assert table.headers == ["id", "name"]
    kept = load_table(_write(tmp_path, "k.csv", "id,name,\n1,Ann,x\n2,Bob,\n"))
    assert kept.headers == ["id", "name", "Column 3"]


def test_tsv_extension_and_explicit_delimiter(tmp_path):
    path = _write(tmp_path, "t.tsv", "a\tb\n1\t2\n")
    assert load_table(path).info.delimiter == "\t"
    semi = _write(tmp_path, "s.csv", "a;b\n1;2\n")
    forced = load_table(semi, delimiter=",")
    assert forced.headers == ["a;b"]


def test_quoted_multiline_cell_counts_as_one_row(tmp_path):
    path = _write(tmp_path, "m.csv", 'id,note\n1,"line one\nline two"\n2,plain\n')
    table = load_table(path)
    assert table.df["note"].tolist() == ["line one\nline two", "plain"]
    assert table.row_numbers.tolist() == [2, 3]


def test_blank_lines_keep_row_numbers_and_are_reported(tmp_path):
    path = _write(tmp_path, "b.csv", "id,x\n1,a\n\n\n2,b\n3,c\n\n")
    table = load_table(path)
    assert table.df["id"].tolist() == ["1", "2", "3"]
    assert table.row_numbers.tolist() == [2, 5, 6]
    assert table.warnings == ["Skipped 2 empty rows: 3, 4."]


def test_crlf_line_endings(tmp_path):
    path = _write(tmp_path, "w.csv", b"id,name\r\n1,Ann\r\n2,Bob\r\n")
    table = load_table(path)
    assert table.df["name"].tolist() == ["Ann", "Bob"]


# --- Encodings --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "reported"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),
        ("utf-16-le", "utf-16-le"),
        ("utf-16-be", "utf-16-be"),
        ("cp1252", "cp1252"),
    ],
)
def test_encodings_are_detected_and_reported(tmp_path, encoding, reported):
    text = "name,city\nJosé,Zürich\nRenée,Málaga\n"
    path = _write(tmp_path, "e.csv", text.encode(encoding))
    table = load_table(path)
    assert table.headers == ["name", "city"]  # no BOM glued to the first header
    assert table.df["name"].tolist() == ["José", "Renée"]
    assert table.df["city"].tolist() == ["Zürich", "Málaga"]
    assert table.info.encoding == reported
    if reported == "cp1252":
        assert any("not UTF-8" in w for w in table.warnings)


def test_cp1252_specific_characters(tmp_path):
    path = _write(tmp_path, "q.csv", "price,note\n€5,“quoted”\n".encode("cp1252"))
    table = load_table(path)
    assert table.df.iloc[0].tolist() == ["€5", "“quoted”"]


def test_explicit_wrong_encoding_is_a_load_error(tmp_path):
    path = _write(tmp_path, "u.csv", "a\nJosé\n".encode("cp1252"))
    with pytest.raises(LoadError) as err:
        load_table(path, encoding="utf-8")
    assert "cannot be read as utf-8" in err.value.message


def test_committed_cp1252_fixture():
    table = load_table(FIXTURES / "users_cp1252.csv")
    assert table.info.encoding == "cp1252"
    assert table.info.delimiter == ";"
    assert table.df["Name"].tolist() == ["Anna Müller", "José Ñúñez"]


# --- Headers ----------------------------------------------------------------------------------


def test_duplicate_and_blank_headers_are_made_unique(tmp_path):
    path = _write(tmp_path, "h.csv", "Email,,email, Email ,Name\na,b,c,d,e\n")
    table = load_table(path)
    assert table.headers == ["Email", "Column 2", "email (2)", "Email (3)", "Name"]


def test_header_row_choice_and_title_lines(tmp_path):
    text = "Sales export — March\nGenerated 2024-03-31\n\nid,name,plan\n1,Ann,pro\n2,Bob,free\n"
    path = _write(tmp_path, "t.csv", text)
    auto = load_table(path)
    assert auto.info.header_row == 4
    assert auto.headers == ["id", "name", "plan"]
    assert auto.row_numbers.tolist() == [5, 6]
    chosen = load_table(path, header_row=5)
    assert chosen.headers == ["1", "Ann", "pro"]
    assert chosen.row_numbers.tolist() == [6]


def test_header_without_data_rows_loads_with_a_warning(tmp_path):
    table = load_table(_write(tmp_path, "h.csv", "id,email\n"))
    assert table.headers == ["id", "email"] and len(table) == 0
    assert table.warnings == ["There are no data rows below the header (row 1)."]


def test_header_row_out_of_range_or_empty(tmp_path):
    path = _write(tmp_path, "r.csv", "a,b\n\n1,2\n")
    with pytest.raises(LoadError, match="empty"):
        load_table(path, header_row=2)
    with pytest.raises(LoadError, match="cannot be the header"):
        load_table(path, header_row=40)


def test_preview_rows_before_header_choice(tmp_path):
    path = _write(tmp_path, "p.csv", "Title\n\nid,name\n1,Ann\n")
    rows = read_preview_rows(path, n=10)
    assert rows == [["Title"], [], ["id", "name"], ["1", "Ann"]]


# --- Bad text files ---------------------------------------------------------------------------


def test_ragged_rows_name_their_row_numbers(tmp_path):
    path = _write(tmp_path, "r.csv", "id,name\n1,Ann\n2,Bob,extra\n3\n4,Dee\n")
    with pytest.raises(LoadError) as err:
        load_table(path)
    assert "2 rows" in err.value.message
    assert "rows 3, 4" in err.value.message
    assert err.value.hint


def test_committed_ragged_fixture():
    with pytest.raises(LoadError, match="row 4"):
        load_table(FIXTURES / "ragged.csv")


def test_unclosed_quote(tmp_path):
    path = _write(tmp_path, "q.csv", 'id,name\n1,"Ann\n2,Bob\n3,Cy\n')
    with pytest.raises(LoadError) as err:
        load_table(path)
    assert "never closed" in err.value.message
    assert "row 2" in err.value.message


def test_stray_inch_mark_is_not_an_unclosed_quote(tmp_path):
    path = _write(tmp_path, "i.csv", 'id,size\n1,5" screen\n2,7\n')
    assert load_table(path).df["size"].tolist() == ['5" screen', "7"]


@pytest.mark.parametrize("content", [b"", b"\n\n  \n", b"\xef\xbb\xbf"])
def test_empty_files(tmp_path, content):
    path = _write(tmp_path, "e.csv", content)
    with pytest.raises(LoadError, match="empty"):
        load_table(path)


def test_binary_junk_is_refused(tmp_path):
    junk = bytes((i * 37 + 11) % 256 for i in range(4000))
    path = _write(tmp_path, "junk.csv", junk)
    with pytest.raises(LoadError, match="binary data"):
        load_table(path)
    png = _write(tmp_path, "pic.csv", b"\x89PNG\r\n\x1a\n" + junk)
    with pytest.raises(LoadError, match="PNG image"):
        load_table(png)


def test_missing_file(tmp_path):
    with pytest.raises(LoadError, match="does not exist"):
        load_table(tmp_path / "nope.csv")


# --- Workbooks --------------------------------------------------------------------------------


def test_xlsx_values_become_the_text_a_person_sees(tmp_path):
    path = write_xlsx(
        tmp_path / "w.xlsx",
        {
            "Events": [
                ["id", "when", "day", "amount", "count", "flag", "clock", "zip"],
                [
                    "00123",
                    datetime(2024, 3, 4, 10, 5),
                    date(2024, 3, 4),
                    1.5,
                    3,
                    True,
                    time(10, 30),
                    "00501",
                ],
                [
                    "x",
                    datetime(2024, 3, 4, 10, 5, 0, 500000),
                    date(2024, 12, 31),
                    0.1 + 0.2,
                    1.0,
                    False,
                    None,
                    None,
                ],
            ],
            "Other": [["a"], ["b"]],
        },
    )
    table = load_table(path)
    assert table.info.format == "xlsx"
    assert table.info.sheet == "Events"
    assert table.info.sheets == ("Events", "Other")
    assert table.df.iloc[0].tolist() == [
        "00123",
        "2024-03-04 10:05:00",
        "2024-03-04",
        "1.5",
        "3",
        "TRUE",
        "10:30:00",
        "00501",
    ]
    assert table.df.iloc[1].tolist() == [
        "x",
        "2024-03-04 10:05:00.500",
        "2024-12-31",
        "0.3",
        "1",
        "FALSE",
        "",
        "",
    ]
    assert table.row_numbers.tolist() == [2, 3]


def test_xlsx_date_headers_read_like_dates(tmp_path):
    path = write_xlsx(
        tmp_path / "w.xlsx", {"S": [["id", date(2024, 1, 1), date(2024, 2, 1)], ["a", 1, 2]]}
    )
    assert load_table(path).headers == ["id", "2024-01-01", "2024-02-01"]


def test_xlsx_sheet_choice_and_list_sheets(tmp_path):
    path = write_xlsx(tmp_path / "w.xlsx", {"A": [["x"], ["1"]], "B": [["y"], ["2"], ["3"]]})
    assert list_sheets(path) == ["A", "B"]
    table = load_table(path, sheet="B")
    assert table.headers == ["y"]
    assert table.df["y"].tolist() == ["2", "3"]
    with pytest.raises(LoadError) as err:
        load_table(path, sheet="C")
    assert "no sheet named 'C'" in err.value.message
    assert "A, B" in err.value.hint


def test_xlsx_title_rows_offset_and_blank_header_column(tmp_path):
    path = write_xlsx(
        tmp_path / "w.xlsx",
        {
            "S": [
                [None, "Quarterly customers"],
                [],
                [None, "id", None, "email", "email"],
                [None, "1", "note a", "a@x.io", "b@x.io"],
                [],
                [None, "2", None, "c@x.io", None],
            ]
        },
    )
    table = load_table(path)
    assert table.info.header_row == 3
    assert table.headers == ["id", "Column 3", "email", "email (2)"]
    assert table.row_numbers.tolist() == [4, 6]
    assert table.df["Column 3"].tolist() == ["note a", ""]
    preview = read_preview_rows(path, n=3)
    assert preview[0][1] == "Quarterly customers"
    assert preview[2][1] == "id"


def test_xlsx_data_far_down_the_sheet(tmp_path):
    rows: list[list[object]] = [[] for _ in range(60)]
    rows += [["id", "name"], ["1", "Ann"]]
    table = load_table(write_xlsx(tmp_path / "w.xlsx", {"S": rows}))
    assert table.info.header_row == 61
    assert table.row_numbers.tolist() == [62]


def test_xlsx_saved_with_csv_extension_is_read_as_workbook(tmp_path):
    path = write_xlsx(tmp_path / "w.xlsx", {"S": [["id"], ["1"]]})
    renamed = path.rename(tmp_path / "really.csv")
    table = load_table(renamed)
    assert table.info.format == "xlsx"
    assert table.df["id"].tolist() == ["1"]
    assert "really an Excel workbook" in table.warnings[0]


def test_truncated_xlsx(tmp_path):
    path = write_xlsx(tmp_path / "w.xlsx", {"S": [["id"], *[[str(i)] for i in range(200)]]})
    data = path.read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(LoadError) as err:
        load_table(cut)
    assert "damaged or incomplete" in err.value.message


def test_password_protected_workbook(tmp_path):
    path = write_protected_xlsx(tmp_path / "secret.xlsx")
    with pytest.raises(LoadError) as err:
        load_table(path)
    assert "password-protected" in err.value.message
    assert "unprotected copy" in err.value.hint


def test_real_excel_encrypted_workbook():
    with pytest.raises(LoadError) as err:
        load_table(FIXTURES / "protected.xlsx")
    assert err.value.message == "protected.xlsx is password-protected."
    with pytest.raises(LoadError, match="password-protected"):
        list_sheets(FIXTURES / "protected.xlsx")


def test_legacy_xls():
    path = FIXTURES / "legacy.xls"
    assert list_sheets(path) == ["Events", "Other"]
    table = load_table(path)
    assert table.info.format == "xls"
    assert table.df.to_dict("list") == {
        "id": ["00123", "u2"],
        "event": ["signup", "trial"],
        "when": ["2024-03-04 10:05:00", "2024-03-05 08:00:00"],
        "day": ["2024-03-04", "2024-12-31"],
        "amount": ["1.5", "3"],
        "zip": ["00501", "10115"],
    }
    assert table.row_numbers.tolist() == [2, 3]


def test_not_a_workbook(tmp_path):
    path = _write(tmp_path, "fake.xlsx", "id,name\n1,Ann\n")
    with pytest.raises(LoadError, match="not a valid Excel"):
        load_table(path)


def test_empty_sheet(tmp_path):
    path = write_xlsx(tmp_path / "w.xlsx", {"Empty": [], "Data": [["a"], ["1"]]})
    with pytest.raises(LoadError, match="empty"):
        load_table(path)
    assert load_table(path, sheet="Data").df["a"].tolist() == ["1"]


def test_ods(tmp_path):
    path = write_ods(
        tmp_path / "o.ods",
        [
            ["id", "when", "n"],
            ["00123", datetime(2024, 3, 4, 10, 5), 1.5],
            [None, None, None],
            ["b", date(2024, 3, 5), 2],
        ],
    )
    table = load_table(path)
    assert table.info.format == "ods"
    assert table.df.to_dict("list") == {
        "id": ["00123", "b"],
        "when": ["2024-03-04 10:05:00", "2024-03-05"],
        "n": ["1.5", "2"],
    }
    assert table.row_numbers.tolist() == [2, 4]


# --- JSON -------------------------------------------------------------------------------------


def test_json_array_of_objects(tmp_path):
    path = _write(
        tmp_path,
        "e.json",
        '[{"id": "00123", "n": 1.50, "ok": true, "tags": ["a"], "x": null},'
        ' {"id": "7", "extra": "late key"}]',
    )
    table = load_table(path)
    assert table.headers == ["id", "n", "ok", "tags", "x", "extra"]
    # A number keeps the text it was written with (issue 10): 1.50 is not 1.5.
    assert table.df.iloc[0].tolist() == ["00123", "1.50", "true", '["a"]', "", ""]
    assert table.df.iloc[1].tolist() == ["7", "", "", "", "", "late key"]
    assert table.row_numbers.tolist() == [1, 2]


def test_ndjson_rows_carry_line_numbers(tmp_path):
    path = _write(tmp_path, "e.ndjson", '{"id": 1}\n\n{"id": 2, "b": "x"}\n')
    table = load_table(path)
    assert table.df["id"].tolist() == ["1", "2"]
    assert table.row_numbers.tolist() == [1, 3]
    bad = _write(tmp_path, "bad.ndjson", '{"id": 1}\n{"id": \n')
    with pytest.raises(LoadError, match="Line 2"):
        load_table(bad)


def test_json_that_is_not_records(tmp_path):
    with pytest.raises(LoadError, match="not valid JSON"):
        load_table(_write(tmp_path, "a.json", '[{"id": 1},'))
    with pytest.raises(LoadError, match="not objects"):
        load_table(_write(tmp_path, "b.json", '[1, 2, {"id": 3}]'))


# --- Progress, cancel, dialog filter ----------------------------------------------------------


def test_progress_is_reported_and_cancel_stops(tmp_path):
    path = _write(tmp_path, "p.csv", "id\n" + "\n".join(str(i) for i in range(1000)) + "\n")
    seen: list[tuple[int, int | None, str]] = []
    table = load_table(path, progress=lambda d, t, m: seen.append((d, t, m)))
    assert len(table) == 1000
    assert seen[-1][0] == 1000
    assert all(isinstance(message, str) and message for _, _, message in seen)
    stop = threading.Event()
    stop.set()
    with pytest.raises(LoadCancelled):
        load_table(path, cancel=stop)
    with pytest.raises(LoadCancelled):
        load_table(path, cancel=lambda: True)


def test_large_files_stream_in_blocks_with_progress_and_cancel(tmp_path, monkeypatch):
    from app.core.sources import delimited as sources

    monkeypatch.setattr(sources, "_STREAM_THRESHOLD", 100)
    monkeypatch.setattr(sources, "_BLOCK_SIZE", 4096)
    rows = "\n".join(f"{i:05d},name {i}" for i in range(3000))
    path = _write(tmp_path, "big.csv", "id,name\n" + rows + "\n")
    seen: list[int] = []
    table = load_table(path, progress=lambda done, total, message: seen.append(done))
    assert len(table) == 3000
    assert table.df["id"].iloc[-1] == "02999"
    assert table.row_numbers[-1] == 3001
    assert len([d for d in seen if 0 < d < 3000]) >= 3  # several block-sized steps
    calls = iter(range(1000))
    with pytest.raises(LoadCancelled):
        load_table(path, cancel=lambda: next(calls) >= 3)
    bad = _write(tmp_path, "bad.csv", "id,name\n" + rows + "\n9999,a,b\n")
    with pytest.raises(LoadError, match="row 3,002"):
        load_table(bad)


def test_file_filter_lists_every_extension():
    text = file_filter()
    for ext in SUPPORTED_EXTENSIONS:
        assert f"*{ext}" in text
