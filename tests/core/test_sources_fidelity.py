"""Workbook values read as the spreadsheet shows them (issue 17) and honest text/JSON reading.

Every file is made here: xlsxwriter writes 1904 workbooks, durations, error cells and chart
sheets; ODS files are written by hand (the XML LibreOffice writes, minus styles).
"""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import xlsxwriter

from app.core import sources
from app.core.cell_text import number_text
from app.core.sources import LoadError, list_sheets, load_table, read_preview_rows, sheet_visibility
from tests.core.builders import write_ods, write_xlsx

_X14_EXT = (
    b'<extLst><ext uri="{79F54976-1DA5-4618-B147-4CDE4B953A38}" '
    b'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
    b"<x14:workbookPr/></ext></extLst>"
)


def _rewrite_part(path: Path, part: str, change) -> Path:
    """Rewrite one zip member in place (keeps every other member as it was)."""
    with zipfile.ZipFile(path) as source:
        items = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in items:
            target.writestr(info, change(data) if info.filename == part else data)
    return path


def _ods_with_cells(path: Path, header: list[str], cells_xml: str, settings: str = "") -> Path:
    """An ODS whose second row is `cells_xml` (raw table-cell elements)."""
    write_ods(path, [header])
    _rewrite_part(
        path,
        "content.xml",
        lambda data: data.replace(
            b"</table:table>",
            f"<table:table-row>{cells_xml}</table:table-row></table:table>".encode(),
        ),
    )
    if settings:
        with zipfile.ZipFile(path, "a") as archive:
            archive.writestr("settings.xml", settings)
    return path


# --- 1. the 1904 date system ------------------------------------------------------------------


def test_1904_workbook_with_x14_workbookpr_reads_its_dates(tmp_path):
    path = tmp_path / "mac.xlsx"
    book = xlsxwriter.Workbook(path, {"date_1904": True})
    sheet = book.add_worksheet("S")
    when = book.add_format({"num_format": "d/m/yyyy"})
    sheet.write_row(0, 0, ["When", "n"])
    sheet.write_datetime(1, 0, datetime.datetime(1971, 1, 1), when)
    sheet.write(1, 1, 1)
    book.close()
    # Excel 2010+ adds an x14:workbookPr extension; the bundled reader then loses date1904.
    _rewrite_part(
        path, "xl/workbook.xml", lambda x: x.replace(b"</workbook>", _X14_EXT + b"</workbook>")
    )
    table = load_table(path)
    assert table.df.to_dict("list") == {"When": ["1971-01-01"], "n": ["1"]}


# --- 2. durations -----------------------------------------------------------------------------


def test_xlsx_durations_read_as_durations(tmp_path):
    path = tmp_path / "dur.xlsx"
    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet("S")
    hours = book.add_format({"num_format": "[h]:mm:ss"})
    clock = book.add_format({"num_format": "hh:mm:ss"})
    sheet.write_row(0, 0, ["Long", "Day and a half", "Short", "Time"])
    sheet.write_number(1, 0, (255 * 3600 + 10 * 60 + 10) / 86400, hours)
    sheet.write_number(1, 1, 1.5, hours)
    sheet.write_number(1, 2, 0.75, hours)
    sheet.write_number(1, 3, 0.5, clock)
    book.close()
    table = load_table(path)
    assert table.df.iloc[0].tolist() == ["255:10:10", "36:00:00", "18:00:00", "12:00:00"]


def test_ods_time_cells_are_not_empty(tmp_path):
    cells = (
        '<table:table-cell office:value-type="time" office:time-value="PT10H10M10S">'
        "<text:p>10:10:10</text:p></table:table-cell>"
        '<table:table-cell office:value-type="time" office:time-value="PT255H10M10S">'
        "<text:p>255:10:10</text:p></table:table-cell>"
    )
    path = _ods_with_cells(tmp_path / "t.ods", ["At", "Took"], cells)
    table = load_table(path)
    assert table.df.to_dict("list") == {"At": ["10:10:10"], "Took": ["255:10:10"]}


# --- 4. error cells ---------------------------------------------------------------------------


def _error_workbook(path: Path) -> Path:
    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet("S")
    sheet.write_row(0, 0, ["id", "lookup"])
    sheet.write_row(1, 0, ["a", "x"])
    sheet.write_formula(2, 0, "=NA()", None, "#N/A")
    sheet.write_formula(2, 1, "=#REF!", None, "#REF!")
    sheet.write_row(3, 0, ["b", "y"])
    sheet.write_formula(4, 1, "=1/0", None, "#DIV/0!")
    sheet.write(4, 0, "c")
    book.close()
    return path


def test_error_cells_show_what_they_show_and_their_rows_stay(tmp_path):
    table = load_table(_error_workbook(tmp_path / "e.xlsx"))
    assert table.df.to_dict("list") == {
        "id": ["a", "#N/A", "b", "c"],
        "lookup": ["x", "#REF!", "y", "#DIV/0!"],
    }
    assert table.row_numbers.tolist() == [2, 3, 4, 5]
    assert not any("empty row" in w for w in table.warnings)


def test_ods_error_cells_show_what_they_show(tmp_path):
    # As LibreOffice writes them: #N/A with an empty string value, #DIV/0! with a float 0.
    cells = (
        '<table:table-cell table:formula="of:=NA()" office:string-value="" '
        'calcext:value-type="error"><text:p>#N/A</text:p></table:table-cell>'
        '<table:table-cell table:formula="of:=1/0" office:value-type="float" office:value="0" '
        'calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell>'
        '<table:table-cell office:value-type="float" office:value="0"><text:p>0</text:p>'
        "</table:table-cell>"
    )
    path = _ods_with_cells(tmp_path / "e.ods", ["a", "b", "c"], cells)
    _rewrite_part(
        path,
        "content.xml",
        lambda x: x.replace(
            b"<office:document-content ",
            b'<office:document-content xmlns:calcext="urn:org:documentfoundation:names:'
            b'experimental:calc:xmlns:calcext:1.0" ',
        ),
    )
    table = load_table(path)
    assert table.df.to_dict("list") == {"a": ["#N/A"], "b": ["#DIV/0!"], "c": ["0"]}
    assert table.row_numbers.tolist() == [2]


def test_sheet_of_only_errors_is_not_refused(tmp_path):
    path = tmp_path / "only.xlsx"
    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet("S")
    sheet.write_formula(0, 0, "=NA()", None, "#N/A")
    sheet.write_formula(1, 0, "=NA()", None, "#N/A")
    book.close()
    table = load_table(path)
    assert table.headers == ["#N/A"]
    assert table.df["#N/A"].tolist() == ["#N/A"]


def test_preview_shows_error_cells(tmp_path):
    rows = read_preview_rows(_error_workbook(tmp_path / "e.xlsx"), n=3)
    assert rows[2] == ["#N/A", "#REF!"]


# --- 5. chart sheets and the active tab -------------------------------------------------------


def _xls_with_embedded_chart(path: Path) -> Path:
    """An .xls whose sheet 'Host' holds a chart substream with cached series values, as Excel
    writes an embedded chart of another sheet's data (xlwt writes no charts: added by hand)."""
    import struct

    import xlwt

    worksheet = sys.modules["xlwt.Worksheet"].Worksheet
    original = worksheet.get_biff_data

    def with_chart(self) -> bytes:
        data = original(self)
        if self.name != "Host":
            return data
        bof = struct.pack("<HHHHHHII", 0x0809, 16, 0x0600, 0x0020, 0x0DBB, 0x07CC, 0, 6)
        series = struct.pack("<HHHHHd", 0x0203, 14, 0, 0, 15, 1.0)
        series += struct.pack("<HHHHHd", 0x0203, 14, 5, 3, 15, 2.0)
        eof = struct.pack("<HH", 0x000A, 0)
        return data[:-4] + bof + series + eof + data[-4:]  # before the sheet's own EOF

    book = xlwt.Workbook()
    host = book.add_sheet("Host")
    for r, row in enumerate([["HEADER TEXT A1", "b"], ["x", 5]]):
        for c, value in enumerate(row):
            host.write(r, c, value)
    book.add_sheet("Data").write(0, 0, 1.0)
    worksheet.get_biff_data = with_chart
    try:
        book.save(str(path))
    finally:
        worksheet.get_biff_data = original
    return path


def test_xls_chart_data_does_not_replace_sheet_text(tmp_path):
    path = _xls_with_embedded_chart(tmp_path / "chart.xls")
    table = load_table(path)
    assert table.headers == ["HEADER TEXT A1", "b"]
    assert table.df.to_dict("list") == {"HEADER TEXT A1": ["x"], "b": ["5"]}
    assert read_preview_rows(path, n=2) == [["HEADER TEXT A1", "b"], ["x", "5"]]


def test_chart_sheet_first_is_not_opened_by_default(tmp_path):
    path = tmp_path / "chart.xlsx"
    book = xlsxwriter.Workbook(path)
    chartsheet = book.add_chartsheet("Chart1")
    data = book.add_worksheet("Data")
    data.write_row(0, 0, ["a", "b"])
    data.write_row(1, 0, [1, 2])
    chart = book.add_chart({"type": "line"})
    chart.add_series({"values": "=Data!$A$2:$B$2"})
    chartsheet.set_chart(chart)
    book.close()
    table = load_table(path)
    assert table.info.sheet == "Data"
    assert table.df.to_dict("list") == {"a": ["1"], "b": ["2"]}
    with pytest.raises(LoadError) as err:
        load_table(path, sheet="Chart1")
    assert "chart" in err.value.message.lower()


def test_default_sheet_is_the_active_tab(tmp_path):
    path = tmp_path / "tabs.xlsx"
    book = xlsxwriter.Workbook(path)
    book.add_worksheet("First").write_row(0, 0, ["x"])
    second = book.add_worksheet("Second")
    second.write_row(0, 0, ["y"])
    second.write_row(1, 0, ["2"])
    second.activate()
    book.close()
    table = load_table(path)
    assert table.info.sheet == "Second"
    assert table.df["y"].tolist() == ["2"]
    assert read_preview_rows(path, n=1) == [["y"]]


def test_xls_default_sheet_is_the_active_tab(tmp_path):
    import xlwt

    book = xlwt.Workbook()
    book.add_sheet("First").write(0, 0, "x")
    second = book.add_sheet("Second")
    second.write(0, 0, "y")
    second.write(1, 0, "2")
    second.set_selected(True)
    book.set_active_sheet(1)
    book.save(str(tmp_path / "tabs.xls"))
    table = load_table(tmp_path / "tabs.xls")
    assert table.info.sheet == "Second"
    assert table.df["y"].tolist() == ["2"]


def test_xls_durations_numbers_and_nul_bytes(tmp_path):
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("S")
    hours = xlwt.easyxf(num_format_str="[h]:mm:ss")
    clock = xlwt.easyxf(num_format_str="hh:mm:ss")
    for col, name in enumerate(["Long", "Day and a half", "Time", "n", "D\x00a\x00y"]):
        sheet.write(0, col, name)
    sheet.write(1, 0, (255 * 3600 + 10 * 60 + 10) / 86400, hours)
    sheet.write(1, 1, 1.5, hours)
    sheet.write(1, 2, 0.5, clock)
    sheet.write(1, 3, 40310000.01)
    sheet.write(1, 4, "M\x00o\x00n")
    book.save(str(tmp_path / "d.xls"))
    table = load_table(tmp_path / "d.xls")
    assert table.headers == ["Long", "Day and a half", "Time", "n", "Day"]
    assert table.df.iloc[0].tolist() == ["255:10:10", "36:00:00", "12:00:00", "40310000.01", "Mon"]


def test_ods_default_sheet_is_the_active_table(tmp_path):
    settings = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-settings xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"><office:settings>'
        '<config:config-item-set config:name="ooo:view-settings"><config:config-item-map-indexed'
        ' config:name="Views"><config:config-item-map-entry>'
        '<config:config-item config:name="ActiveTable" config:type="string">Second'
        "</config:config-item></config:config-item-map-entry></config:config-item-map-indexed>"
        "</config:config-item-set></office:settings></office:document-settings>"
    )
    path = write_ods(tmp_path / "two.ods", [["x"], ["1"]], sheet="First")
    _rewrite_part(
        path,
        "content.xml",
        lambda data: data.replace(
            b"</office:spreadsheet>",
            b'<table:table table:name="Second"><table:table-row><table:table-cell '
            b'office:value-type="string"><text:p>y</text:p></table:table-cell></table:table-row>'
            b'<table:table-row><table:table-cell office:value-type="string"><text:p>2</text:p>'
            b"</table:table-cell></table:table-row></table:table></office:spreadsheet>",
        ),
    )
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("settings.xml", settings)
    table = load_table(path)
    assert table.info.sheet == "Second"


def test_hidden_active_tab_falls_back_to_first_visible(tmp_path):
    path = tmp_path / "h.xlsx"
    book = xlsxwriter.Workbook(path)
    book.add_worksheet("Shown").write_row(0, 0, ["x"])
    hidden = book.add_worksheet("Lookup")
    hidden.write_row(0, 0, ["y"])
    hidden.hide()
    book.close()
    _rewrite_part(
        path,
        "xl/workbook.xml",
        lambda x: x.replace(b"<workbookView ", b'<workbookView activeTab="1" '),
    )
    assert load_table(path).info.sheet == "Shown"


def test_every_sheet_hidden_is_said(tmp_path):
    import openpyxl

    path = tmp_path / "allhidden.xlsx"
    book = openpyxl.Workbook()
    first = book.active
    first.title = "A"
    first.append(["id"])
    first.append(["1"])
    second = book.create_sheet("B")
    second.append(["id"])
    book.save(path)
    # openpyxl refuses to save with no visible sheet; hide them in the XML as Excel can.
    _rewrite_part(
        path,
        "xl/workbook.xml",
        lambda x: x.replace(b'state="visible" r:id', b'state="hidden" r:id'),
    )
    assert set(sheet_visibility(path).values()) == {"hidden"}
    table = load_table(path)
    assert table.info.sheet == "A"
    assert any("every sheet" in w.lower() and "hidden" in w for w in table.warnings)


# --- 6. NUL bytes -----------------------------------------------------------------------------


def test_nul_bytes_in_workbook_text_are_removed(tmp_path):
    path = write_xlsx(tmp_path / "nul.xlsx", {"S": [["Dxay", "id"], ["Mxon", "1"]]})
    _rewrite_part(
        path,
        "xl/sharedStrings.xml"
        if "xl/sharedStrings.xml" in zipfile.ZipFile(path).namelist()
        else "xl/worksheets/sheet1.xml",
        lambda x: x.replace(b"Dxay", b"D\x00a\x00y\x00").replace(b"Mxon", b"M\x00o\x00n"),
    )
    table = load_table(path)
    assert table.headers == ["Day", "id"]
    assert table.df.iloc[0].tolist() == ["Mon", "1"]


def _biff5_workbook(path: Path, rows: list[list[str]], encoding: str, codepage: int) -> Path:
    """A BIFF5 (Excel 5/95) workbook of text cells, as Excel for Mac wrote them."""
    import struct

    from xlwt.CompoundDoc import XlsDoc

    def record(kind: int, data: bytes) -> bytes:
        return struct.pack("<HH", kind, len(data)) + data

    sheet = record(0x0809, struct.pack("<HHHH", 0x0500, 0x0010, 0x0DBB, 0x07CC))
    sheet += record(0x0200, struct.pack("<HHHHH", 0, len(rows), 0, len(rows[0]), 0))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            raw = text.encode(encoding)
            sheet += record(0x0204, struct.pack("<HHHH", r, c, 15, len(raw)) + raw)
    sheet += record(0x000A, b"")
    head = record(0x0809, struct.pack("<HHHH", 0x0500, 0x0005, 0x0DBB, 0x07CC))
    head += record(0x0042, struct.pack("<H", codepage))
    name = b"Sheet1"
    offset = len(head) + 4 + 7 + len(name) + 4
    book = head + record(0x0085, struct.pack("<IHB", offset, 0, len(name)) + name)
    XlsDoc().save(str(path), book + record(0x000A, b"") + sheet)
    return path


def test_biff5_workbook_from_excel_for_mac_reads_its_text(tmp_path):
    rows = [["Name", "City"], ["Café Müller", "Zürich"]]
    path = _biff5_workbook(tmp_path / "mac.xls", rows, "mac-roman", 0x8000)
    table = load_table(path)
    assert table.df.to_dict("list") == {"Name": ["Café Müller"], "City": ["Zürich"]}
    assert list_sheets(path) == ["Sheet1"]


def test_biff5_cyrillic_code_page(tmp_path):
    path = _biff5_workbook(tmp_path / "ru.xls", [["Имя"], ["Иван"]], "cp1251", 1251)
    assert load_table(path).df.to_dict("list") == {"Имя": ["Иван"]}


# --- 7. numbers as their shortest faithful text -----------------------------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (40310000.01, "40310000.01"),
        (1.41497334797082, "1.41497334797082"),
        (1e-10, "1e-10"),
        (-1e-10, "-1e-10"),
        (0.1 + 0.2, "0.3"),
        (1.0, "1"),
        (-0.0, "0"),
        (123456789012.0, "123456789012"),
        (1e20, "100000000000000000000"),
        (0.00001, "0.00001"),
        (1 / 3, "0.333333333333333"),
        (2.5, "2.5"),
    ],
)
def test_number_text(value, text):
    assert number_text(value) == text


def test_xlsx_numbers_keep_their_digits(tmp_path):
    path = tmp_path / "n.xlsx"
    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet("S")
    sheet.write_row(0, 0, ["a", "b", "c", "d"])
    sheet.write_row(1, 0, [40310000.01, 1.41497334797082, 1e-10, 12.5])
    sheet.write_row(2, 0, [-1e-10, 2, 3, "text"])
    # Text that looks like a long number is text: it stays exactly as written.
    sheet.write_row(3, 0, ["12345678901234567890", 123456789012345678, "0.1234567890", 1])
    book.close()
    table = load_table(path)
    assert table.df.iloc[0].tolist() == ["40310000.01", "1.41497334797082", "1e-10", "12.5"]
    assert table.df.iloc[1].tolist() == ["-1e-10", "2", "3", "text"]
    assert table.df.iloc[2].tolist() == [
        "12345678901234567890",
        "123456789012345696",
        "0.1234567890",
        "1",
    ]


def test_tiny_number_alone_is_not_read_as_zero(tmp_path):
    path = write_xlsx(tmp_path / "tiny.xlsx", {"S": [["a", "b"], [1e-10, 0], [2, 3]]})
    table = load_table(path)
    assert table.df.to_dict("list") == {"a": ["1e-10", "2"], "b": ["0", "3"]}


# --- 8. Rust panics ---------------------------------------------------------------------------


def _panic_class() -> type[BaseException]:
    # pyo3 registers its PanicException in a `pyo3_runtime` module when an extension needs it;
    # the exception is a BaseException, not an Exception. Make one from a real panic-free path:
    import fastexcel  # noqa: F401 - loads the extension module

    runtime = sys.modules.get("pyo3_runtime")
    if runtime is not None and hasattr(runtime, "PanicException"):
        return runtime.PanicException

    class PanicException(BaseException):  # same shape as pyo3's
        __module__ = "pyo3_runtime"

    return PanicException


def test_rust_panic_is_a_plain_message(tmp_path, monkeypatch):
    import fastexcel

    path = write_xlsx(tmp_path / "w.xlsx", {"S": [["id"], ["1"]]})
    panic = _panic_class()

    def explode(*_args, **_kwargs):
        raise panic("index out of bounds: the len is 3 but the index is 7")

    monkeypatch.setattr(fastexcel, "read_excel", explode)
    for call in (load_table, list_sheets, read_preview_rows, sheet_visibility):
        with pytest.raises(LoadError) as err:
            call(path)
        assert "damaged" in err.value.message


def test_rust_panic_report_is_kept_off_the_terminal(tmp_path):
    # What Rust's panic hook writes to fd 2 (it cannot be replaced from Python), written the
    # same way — to the file descriptor, beneath Python — while a workbook is read.
    code = f"""
import os, fastexcel
from app.core.sources import LoadError, load_table
real = fastexcel.read_excel
def noisy(*args, **kwargs):
    os.write(2, b"thread '<unnamed>' panicked at src/xls.rs:10:5:\\nindex out of bounds\\n"
                b"stack backtrace:\\n   0: rust_begin_unwind\\n             at panicking.rs:1:1\\n"
                b"note: Some details are omitted\\n")
    os.write(2, b"ordinary output\\n")
    return real(*args, **kwargs)
fastexcel.read_excel = noisy
table = load_table({str(_error_workbook(tmp_path / "e.xlsx"))!r})
print(len(table))
"""
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "RUST_BACKTRACE": "1"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "4"
    assert "panicked" not in done.stderr and "backtrace" not in done.stderr
    assert "ordinary output" in done.stderr


# --- 9. small text-file fixes and labels ------------------------------------------------------


def test_header_only_csv_without_final_newline_has_no_data_rows(tmp_path):
    path = tmp_path / "h.csv"
    path.write_text("id,email")
    table = load_table(path)
    assert table.headers == ["id", "email"]
    assert len(table) == 0
    assert table.warnings == ["There are no data rows below the header (row 1)."]


def test_xlsb_is_labelled_as_xlsb(tmp_path):
    book = tmp_path / "book.xlsb"
    with zipfile.ZipFile(book, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.bin", b"\x83\x01\x00")
    assert sources.detect_format(book, book.read_bytes()[:128]) == "xlsb"
    renamed = book.rename(tmp_path / "data.csv")
    assert sources.detect_format(renamed, renamed.read_bytes()[:128]) == "xlsb"
    with pytest.raises(LoadError) as err:  # the parts are not a real workbook
        load_table(renamed)
    assert "XLSX" not in str(err.value)
    assert ".xlsb" in sources.SUPPORTED_EXTENSIONS
    assert "*.xlsb" in sources.file_filter()


def test_utf16_with_unpaired_surrogate_says_what_is_wrong(tmp_path):
    path = tmp_path / "u16.csv"
    body = "id,name\n1,ok\n".encode("utf-16-le") + b"\x00\xd8" + "x\n".encode("utf-16-le")
    path.write_bytes(b"\xff\xfe" + body)
    with pytest.raises(LoadError) as err:
        load_table(path)
    assert "None" not in str(err.value)
    assert "UTF-16" in err.value.message
    assert err.value.hint


# --- issue 10 item 5: JSON numbers keep their text --------------------------------------------


def test_json_numbers_keep_their_text(tmp_path):
    path = tmp_path / "n.json"
    path.write_text(
        '[{"id": 123456789012345678901234567890, "a": 1e5, "b": 1.10, "c": -0.0, "d": 7,'
        ' "nested": {"x": 1.50, "y": [1e5, true, null]}}]'
    )
    table = load_table(path)
    assert table.df.iloc[0].tolist() == [
        "123456789012345678901234567890",
        "1e5",
        "1.10",
        "-0.0",
        "7",
        '{"x":1.50,"y":[1e5,true,null]}',
    ]


def test_ndjson_numbers_keep_their_text(tmp_path):
    path = tmp_path / "n.ndjson"
    path.write_text('{"id": 00, "v": 1}\n'.replace("00", "12345678901234567890") + '{"id": 2.50}\n')
    table = load_table(path)
    assert table.df["id"].tolist() == ["12345678901234567890", "2.50"]


# --- 10. exit without SIGABRT -----------------------------------------------------------------


def test_process_exits_cleanly_after_loading_workbooks(tmp_path):
    path = _error_workbook(tmp_path / "e.xlsx")
    code = (
        "import sys\n"
        "from app.core.sources import load_table, sheet_visibility\n"
        f"for _ in range(20):\n    load_table({str(path)!r}); sheet_visibility({str(path)!r})\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


# --- issue 11 (subset): zero-padded and fixed-decimal formats ---------------------------------


def _formatted_workbook(path: Path) -> Path:
    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet("S")
    formats = {
        "Postcode": "00000",
        "Employee": "0000",
        "Price": "0.00",
        "Signed": "0.00;[Red]-0.00",
        "Builtin": 2,  # Excel's built-in "0.00"
        "Share": "0%",
        "Count": "#,##0",
    }
    sheet.write_row(0, 0, list(formats))
    styles = [book.add_format({"num_format": code}) for code in formats.values()]
    rows = [
        [123, 42, 2.5, -1.5, 3, 0.15, 1234],
        [98765, 7, 2.567, 4, 1.25, 1, 5],
    ]
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            sheet.write_number(r, c, value, styles[c])
    sheet.write_string(3, 0, "N/A", styles[0])  # text in a padded column stays text
    sheet.write_formula(3, 2, "=1+1.5", styles[2], 2.5)
    book.close()
    return path


def test_zero_padded_and_fixed_decimal_numbers_read_as_excel_shows_them(tmp_path):
    table = load_table(_formatted_workbook(tmp_path / "f.xlsx"))
    assert table.df.to_dict("list") == {
        "Postcode": ["00123", "98765", "N/A"],
        "Employee": ["0042", "0007", ""],
        # 2.567 shows as 2.57; the value stays for number fields (test_shown_formats).
        "Price": ["2.50", "2.57", "2.50"],
        "Signed": ["-1.50", "4.00", ""],
        "Builtin": ["3.00", "1.25", ""],
        # Percent and thousands separators as shown (issue 11); number fields read them back.
        "Share": ["15%", "100%", ""],
        "Count": ["1,234", "5", ""],
    }


def test_preview_shows_padded_numbers(tmp_path):
    rows = read_preview_rows(_formatted_workbook(tmp_path / "f.xlsx"), n=2)
    assert rows[1][:3] == ["00123", "0042", "2.50"]


def test_exact_numbers_in_a_sheet_that_starts_right_of_a(tmp_path):
    path = tmp_path / "offset.xlsx"
    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet("S")
    sheet.write_row(2, 2, ["h", "v"])
    sheet.write_row(3, 2, ["a", 1 / 3])
    sheet.write_row(4, 2, ["b", 40310000.01])
    book.close()
    table = load_table(path)
    assert table.df.to_dict("list") == {"h": ["a", "b"], "v": ["0.333333333333333", "40310000.01"]}
    assert table.row_numbers.tolist() == [4, 5]


def test_panic_filter_never_makes_another_thread_wait():
    import threading

    from app.core.native_stderr import panic_reports_hidden, without_panic_reports

    entered, release = threading.Event(), threading.Event()

    def hold() -> None:
        with panic_reports_hidden():
            entered.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert entered.wait(10)
        with panic_reports_hidden(), panic_reports_hidden():  # neither blocks nor deadlocks
            pass
    finally:
        release.set()
        holder.join(10)
    text = (
        b"a\nthread '<unnamed>' panicked at src/x.rs:1:1:\nboom\n"
        b"note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\nb\n"
    )
    assert without_panic_reports(text) == b"a\nb\n"
