"""Issue 11: workbook cells as the operator sees them, and number fields reading their value.

Expected texts were confirmed with LibreOffice Calc 7 (`soffice --headless --convert-to
'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,false,true'`, i.e. "as shown"), outer
spaces trimmed; the suite does not need LibreOffice.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import xlsxwriter

from app.core.fields import get_schema
from app.core.format_codes import parse_format, render
from app.core.mapping import ExtraColumn, FieldSource, Mapping, suggest_mapping
from app.core.sources import load_table, read_preview_rows
from app.core.transforms import convert_values, sniff_value_type
from app.core.validate import validate, validate_rows
from app.core.value_readings import (
    conversion_note,
    extra_lines,
    number_reading,
    sample_conversions,
    value_column,
)

ACCOUNTING = '_("$"* #,##0.00_);_("$"* \\(#,##0.00\\);_("$"* "-"??_);_(@_)'

# (format code, stored value, what LibreOffice shows)
SHOWN = [
    ("#,##0", 1234567, "1,234,567"),
    ("#,##0", 0, "0"),
    ("#,##0.00", 1234.5, "1,234.50"),
    ("#,##0.00", -1234.5, "-1,234.50"),
    ("0%", 0.15, "15%"),
    ("0%", -0.5, "-50%"),
    ("0.0%", 0.153, "15.3%"),
    ('"$"#,##0.00', 1234.5, "$1,234.50"),
    ("[$€-407] #,##0.00", 1234.5, "€ 1,234.50"),
    (ACCOUNTING, -1234.5, "$(1,234.50)"),
    (ACCOUNTING, 0, "$-"),
    ("0.00E+00", 12345, "1.23E+04"),
    ("0.00E+00", 0.000123, "1.23E-04"),
    ("0.00E+00", -12345, "-1.23E+04"),
    ("##0.0E+0", 12345, "12.3E+3"),
    ("# ?/?", 0.333, "1/3"),
    ("# ?/?", 1.5, "1 1/2"),
    ("# ?/?", 2, "2"),
    ("# ?/?", -1.25, "-1 1/4"),
    ("# ??/??", 3.14159, "3 14/99"),
    ("?/8", 0.3, "2/8"),
    ("0.0", 2.46, "2.5"),
    ("0.0", -0.04, "0.0"),
    ("00000", 123, "00123"),
    ("#.00", 0.5, ".50"),
    ("000-00-0000", 123456789, "123-45-6789"),
    ('#,##0,"K"', 1234567, "1,235K"),
    ('General" kg"', 2.5, "2.5 kg"),
    ("0.00;[Red]-0.00", -1.5, "-1.50"),
    ("0.00;(0.00)", -3, "(3.00)"),
    ('"Yes";"Yes";"No"', 1, "Yes"),
    ('"Yes";"Yes";"No"', 0, "No"),
    ("0;-0;;@", 0, ""),
    ("#,##0 ;(#,##0)", -1234, "(1,234)"),
]


@pytest.mark.parametrize(("code", "value", "shown"), SHOWN)
def test_format_codes_render_as_libreoffice_shows(code, value, shown):
    number_format = parse_format(code)
    assert number_format is not None
    assert render(number_format, value) == shown


@pytest.mark.parametrize("code", ["General", "@", "yyyy-mm-dd", "[h]:mm:ss", "[>=100]0;0.0", ""])
def test_codes_that_are_not_number_displays_are_left_to_the_value(code):
    assert parse_format(code) is None


def _workbook(path: Path) -> Path:
    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet("S")
    columns = {
        "id": (None, ["u1", "u2", "u3"]),
        "Postcode": ("00000", [123, 98765, 42]),
        "Share": ("0%", [0.15, 1, 0.075]),
        "Price": ('"$"#,##0.00', [1234.5, 2, -3.25]),
        "Rounded": ("0.0", [2.46, 1, 3.04]),
        "Count": ("#,##0", [1234, 5, 1234567]),
        "Sci": ("0.00E+00", [12345, 0.5, 100]),
        "Part": ("# ?/?", [0.5, 1.25, 0.333]),
        "Flag": (None, [True, False, True]),
        "Word": (None, ["true", "x", "false"]),
        "Code": ("@", ["00123", "7", "x"]),
    }
    for c, (name, (code, cells)) in enumerate(columns.items()):
        sheet.write(0, c, name)
        style = book.add_format({"num_format": code}) if code else None
        for r, value in enumerate(cells, start=1):
            if isinstance(value, str):
                sheet.write_string(r, c, value, style)
            else:
                sheet.write(r, c, value, style)
    book.close()
    return path


def test_load_shows_cells_as_excel_does(tmp_path):
    table = load_table(_workbook(tmp_path / "f.xlsx"))
    assert table.df.to_dict("list") == {
        "id": ["u1", "u2", "u3"],
        "Postcode": ["00123", "98765", "00042"],
        "Share": ["15%", "100%", "8%"],
        "Price": ["$1,234.50", "$2.00", "-$3.25"],
        "Rounded": ["2.5", "1.0", "3.0"],
        "Count": ["1,234", "5", "1,234,567"],
        "Sci": ["1.23E+04", "5.00E-01", "1.00E+02"],
        "Part": ["1/2", "1 1/4", "1/3"],
        "Flag": ["TRUE", "FALSE", "TRUE"],
        "Word": ["true", "x", "false"],  # text stays as written
        "Code": ["00123", "7", "x"],
    }
    preview = read_preview_rows(tmp_path / "f.xlsx", n=2)
    assert preview[1][1:4] == ["00123", "15%", "$1,234.50"]


def test_the_table_keeps_the_values_its_text_hides(tmp_path):
    table = load_table(_workbook(tmp_path / "f.xlsx"))
    # 15% and $1,234.50 read back exactly: only hiding displays keep a second reading.
    assert set(table.values) == {"Share", "Rounded", "Count", "Sci", "Part"}
    share = table.values["Share"]
    assert share.rows.tolist() == [4] and share.value.tolist() == ["0.075"]
    assert table.values["Rounded"].value.tolist() == ["2.46", "3.04"]


def _numbers_mapping(*columns: str, text: tuple[str, ...] = ()) -> Mapping:
    extras = {c: ExtraColumn(value_type="number") for c in columns}
    extras |= {c: ExtraColumn(value_type="text") for c in text}
    return Mapping(
        destination="vibefollow-users",
        fields={"external_user_id": FieldSource.from_column("id")},
        extras=extras,
    )


def test_number_fields_get_the_value_and_text_fields_the_text_shown(tmp_path):
    table = load_table(_workbook(tmp_path / "f.xlsx"))
    numbers = ("Postcode", "Share", "Price", "Rounded", "Count", "Sci", "Part")
    mapping = _numbers_mapping(*numbers, text=("Code", "Flag"))
    result = validate(table, mapping)
    assert result.invalid_count == 0, result.error_groups
    traits = [r.payload["traits"] for r in result.records]
    assert [t["share"] for t in traits] == [0.15, 1, 0.075]
    assert [t["price"] for t in traits] == [1234.5, 2, -3.25]
    assert [t["rounded"] for t in traits] == [2.46, 1, 3.04]
    assert [t["count"] for t in traits] == [1234, 5, 1234567]
    assert [t["sci"] for t in traits] == [12345, 0.5, 100]
    assert [t["part"] for t in traits] == [0.5, 1.25, 0.333]
    assert [t["postcode"] for t in traits] == [123, 98765, 42]
    assert [t["code"] for t in traits] == ["00123", "7", "x"]
    assert [t["flag"] for t in traits] == ["TRUE", "FALSE", "TRUE"]


def test_an_edited_cell_is_read_as_edited(tmp_path):
    table = load_table(_workbook(tmp_path / "f.xlsx"))
    mapping = _numbers_mapping("Rounded")
    first = validate(table, mapping)
    table.df.loc[0, "Rounded"] = "7.5"
    again = validate_rows(table, mapping, [0], first)
    assert [r.payload["traits"]["rounded"] for r in again.records] == [7.5, 1, 3.04]


def test_sniffed_types_follow_the_values(tmp_path):
    table = load_table(_workbook(tmp_path / "f.xlsx"))
    mapping = suggest_mapping(table, get_schema("vibefollow-users")).mapping
    types = {name: extra.value_type for name, extra in mapping.extras.items()}
    for name in ("Share", "Price", "Rounded", "Count", "Sci"):
        assert types.get(name) == "number", name
    # `1/2` could as well be a day and month: a fraction column is numbered by choice only.
    assert types.get("Part", "text") == "text"
    assert types.get("Postcode", "text") == "text"  # leading zeros: an identifier
    assert types.get("Flag") == "boolean"


def test_shown_text_in_a_text_file_reads_as_numbers():
    shown = ["15%", "$1,234.50", "€ 1,234.50", "(1,234.50)", "$(1,234.50)", "-$5.00", "1 1/2",
             "3/8", "-50%", "15.3%", "1,250%", "1.23E+04", "USD 5", "5 EUR", "0.07%", "1.234,5 €"]  # fmt: skip
    typed = convert_values(pd.Series(shown), "number")
    assert not typed.bad.any()
    assert typed.values.tolist() == [
        0.15, 1234.5, 1234.5, -1234.5, -1234.5, -5.0, 1.5, 0.375, -0.5, 0.153, 12.5, 12300.0,
        5, 5, 0.0007, 1234.5,
    ]  # fmt: skip
    # Still not numbers: ambiguous grouping, words, an accounting zero without its value.
    assert convert_values(pd.Series(["1,234", "abc", "$-", "2.5 kg"]), "number").bad.all()
    assert sniff_value_type(pd.Series(["15%", "7.5%"])) == "number"
    assert sniff_value_type(pd.Series(["$1,234.50", "$2.00"])) == "number"
    assert sniff_value_type(pd.Series(["1,234", "5"])) == "text"


def test_sample_values_say_what_a_number_field_sends():
    values = pd.Series(["15%", "2.5", "$1,234.50", "abc", "", "15%"])
    rows = np.arange(2, 8)
    hidden = value_column([3], ["2.5"], ["2.46"])
    assert sample_conversions(values, rows, hidden, limit=4) == [
        "15% → 0.15",
        "2.5 → 2.46",
        "$1,234.50 → 1234.5",
        "abc → not a number",
    ]
    assert sample_conversions(pd.Series(["3", "4"]), np.arange(2, 4), None) == ["3", "4"]


def test_number_reading_skips_cells_changed_since_loading():
    hidden = value_column([5, 2], ["1,235", "2.5"], ["1234.5", "2.46"])
    values = pd.Series(["2.5", "x", "9", "1,235"])
    read = number_reading(values, np.array([2, 3, 4, 5]), hidden)
    assert read.tolist() == ["2.46", "x", "9", "1234.5"]
    assert number_reading(pd.Series(["2.6"]), np.array([2]), hidden).tolist() == ["2.6"]


def test_map_step_words_the_number_conversions(tmp_path):
    table = load_table(_workbook(tmp_path / "f.xlsx"))
    mapping = _numbers_mapping("Share", "Rounded", text=("Code",))
    plan = mapping.extra_plan(table.headers)
    lines = dict(line.split(" → ", 1) for line in extra_lines(table, plan))
    assert lines["Share"] == "share: 15% → 0.15, 100% → 1"
    assert lines["Rounded"] == "rounded: 2.5 → 2.46, 1.0 → 1"
    assert lines["Code"] == "code"
    assert conversion_note(table, plan) == (
        "\nSent as numbers: Share 15% → 0.15; Rounded 2.5 → 2.46"
    )
    plain = _numbers_mapping(text=("Share",))
    assert conversion_note(table, plain.extra_plan(table.headers)) == ""


_ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
)


_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
    '<manifest:file-entry manifest:full-path="/" '
    'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


def _ods_cell(kind: str, value: str, shown: str, attribute: str = "value") -> str:
    return (
        f'<table:table-cell office:value-type="{kind}" office:{attribute}="{value}">'
        f"<text:p>{shown}</text:p></table:table-cell>"
    )


def test_ods_cells_read_as_the_text_saved_with_them(tmp_path):
    # What LibreOffice writes: the value and the text it displayed (checked against its CSV).
    rows = [
        '<table:table-cell office:value-type="string"><text:p>id</text:p></table:table-cell>'
        + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{name}</text:p>'
            "</table:table-cell>"
            for name in ("Share", "Price", "Rounded", "Flag", "Zip")
        ),
        '<table:table-cell office:value-type="string"><text:p>u1</text:p></table:table-cell>'
        + _ods_cell("percentage", "0.15", "15%")
        + _ods_cell("currency", "1234.5", "$1,234.50")
        + _ods_cell("float", "2.46", "2.5")
        + _ods_cell("boolean", "true", "TRUE", "boolean-value")
        + _ods_cell("float", "123", "00123"),
    ]
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODS_NS}>'
        '<office:automatic-styles><number:number-style style:name="N1">'
        '<number:number number:decimal-places="1"/></number:number-style>'
        "</office:automatic-styles><office:body><office:spreadsheet>"
        '<table:table table:name="S">'
        + "".join(f"<table:table-row>{row}</table:table-row>" for row in rows)
        + "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    path = tmp_path / "f.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", _MANIFEST)
    table = load_table(path)
    assert table.df.iloc[0].tolist() == ["u1", "15%", "$1,234.50", "2.5", "TRUE", "00123"]
    assert set(table.values) == {"Rounded"}
    result = validate(table, _numbers_mapping("Share", "Price", "Rounded", text=("Zip", "Flag")))
    traits = result.records[0].payload["traits"]
    assert traits == {
        "share": 0.15,
        "price": 1234.5,
        "rounded": 2.46,
        "flag": "TRUE",
        "zip": "00123",
    }


def test_xls_cells_read_as_excel_shows_them(tmp_path):
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("S")
    columns = {
        "id": (None, ["u1", "u2"]),
        "Share": ("0%", [0.15, 0.075]),
        "Price": ('"$"#,##0.00', [1234.5, -3.25]),
        "Rounded": ("0.0", [2.46, 100000.04]),
        "Zip": ("00000", [123, 98765]),
        "Flag": (None, [True, False]),
    }
    for c, (name, (code, cells)) in enumerate(columns.items()):
        sheet.write(0, c, name)
        for r, value in enumerate(cells, start=1):
            if code:
                sheet.write(r, c, value, xlwt.easyxf(num_format_str=code))
            else:
                sheet.write(r, c, value)
    path = tmp_path / "f.xls"
    book.save(str(path))
    table = load_table(path)
    assert table.df.to_dict("list") == {
        "id": ["u1", "u2"],
        "Share": ["15%", "8%"],
        "Price": ["$1,234.50", "-$3.25"],
        "Rounded": ["2.5", "100000.0"],
        "Zip": ["00123", "98765"],
        "Flag": ["TRUE", "FALSE"],
    }
    result = validate(table, _numbers_mapping("Share", "Price", "Rounded", text=("Zip",)))
    traits = [r.payload["traits"] for r in result.records]
    assert [t["share"] for t in traits] == [0.15, 0.075]
    assert [t["price"] for t in traits] == [1234.5, -3.25]
    assert [t["rounded"] for t in traits] == [2.46, 100000.04]
    assert [t["zip"] for t in traits] == ["00123", "98765"]


def test_xls_stream_from_a_large_workbook(tmp_path):
    # Past the 4 kB mini-stream cutoff and several FAT sectors: the regular sector chains.
    import xlwt

    from app.core.xls_shown import workbook_stream

    book = xlwt.Workbook()
    sheet = book.add_sheet("S")
    style = xlwt.easyxf(num_format_str="0.0%")
    for r in range(3000):
        sheet.write(r, 0, r / 1000, style)
    path = tmp_path / "big.xls"
    book.save(str(path))
    stream = workbook_stream(path.read_bytes())
    assert stream is not None and stream[:2] == b"\x09\x08"
    table = load_table(path, header_row=1)
    assert table.df.iloc[:, 0].tolist()[:3] == ["0.1%", "0.2%", "0.3%"]
    assert table.df.iloc[-1, 0] == "299.9%"


@pytest.mark.parametrize(
    "code",
    ["0.00", "00000", "#,##0", "#,##0.00", "0%", "0.0%", '"$"#,##0.00', "[$€-407] #,##0.00",
     "0.00;[Red]-0.00", "#,##0,", '0.0" kg"', "#.00", "#,###", "0"],
)  # fmt: skip
def test_column_kernels_render_as_the_general_renderer(code):
    from app.core.format_vector import plain_shape, render_plain

    number_format = parse_format(code)
    assert number_format is not None
    shape = plain_shape(number_format)
    assert shape is not None, code
    rng = np.random.default_rng(5)
    values = np.concatenate(
        [
            rng.uniform(-1e7, 1e7, 300),
            rng.uniform(-2, 2, 300),
            np.round(rng.uniform(-1000, 1000, 300), 3),
            [0.0, -0.0, 2.675, 1.005, 0.5, -0.5, 999.995, 1e15, 0.125, -0.004, 1234567.891],
        ]
    )
    fast = render_plain(values, shape).to_pylist()
    slow = [render(number_format, float(v)) for v in values]
    # None: past exact integer range, left to the general renderer (here only 1e15).
    assert [f if f is not None else s for f, s in zip(fast, slow, strict=True)] == slow
    assert sum(f is None for f in fast) <= 1


def test_codes_the_kernels_leave_to_the_general_renderer():
    from app.core.format_vector import plain_shape

    for code in (ACCOUNTING, "0.00E+00", "# ?/?", "000-00-0000", "0.00;(0.00)", "0.", "??0.0"):
        number_format = parse_format(code)
        assert number_format is not None and plain_shape(number_format) is None, code


def test_a_damaged_xls_container_gives_no_formats():
    from app.core.xls_shown import workbook_stream

    header = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    header[0x1E:0x20] = (9).to_bytes(2, "little")  # 512-byte sectors
    header[0x20:0x22] = (6).to_bytes(2, "little")
    header[0x4C:0x50] = (0).to_bytes(4, "little")  # FAT in sector 0 ...
    fat = (0).to_bytes(4, "little") * 128  # ... whose every entry points at sector 0: a loop
    assert workbook_stream(bytes(header) + fat) is None
    assert workbook_stream(b"not a compound file") is None
