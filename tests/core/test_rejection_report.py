"""Rejection report: original columns first, row/field/code/reason after, formula-safe."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from typing import Any

import openpyxl
import pytest

from app.core.report import group_by_reason, neutralise, row_ranges, write_rejection_report


@dataclass
class Outcome:
    row: int
    state: str
    code: str | None
    field: str | None
    message: str | None
    original: dict[str, Any] = field(default_factory=dict)
    payload: dict[str, Any] | None = None


COLUMNS = ["Customer ID", "Email", "Amount", "Note"]


def outcomes() -> list[Outcome]:
    return [
        Outcome(
            7,
            "rejected",
            "invalid_email",
            "email",
            "email is not a valid address",
            {"Customer ID": "C7", "Email": "bad@", "Amount": "-5", "Note": '=HYPERLINK("x")'},
        ),
        Outcome(
            3,
            "rejected",
            "invalid_email",
            "email",
            "email is not a valid address",
            {"Customer ID": "C3", "Email": "@evil", "Amount": "+3.25", "Note": "- dash note"},
        ),
        Outcome(4, "accepted", None, None, None, {"Customer ID": "C4", "Email": "a@b.c"}),
        Outcome(
            9,
            "failed",
            "server_error",
            None,
            "HTTP 500 after 5 attempts",
            {"Customer ID": "C9", "Email": "z@y.x", "Amount": "007", "Note": "\tTAB\x01"},
        ),
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+2", "'=1+2"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("-2+3", "'-2+3"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("\0x", "'\0x"),
        ("- note", "'- note"),
        ("-5", "-5"),
        ("+3.25", "+3.25"),
        ("-1,5", "-1,5"),
        ("-2e3", "-2e3"),
        ("-", "'-"),
        ("plain", "plain"),
        ("", ""),
        (None, ""),
        (12, "12"),
        ("a=b", "a=b"),
    ],
)
def test_neutralise(value, expected):
    assert neutralise(value) == expected


def test_csv_layout_bom_and_neutralisation(tmp_path):
    path = write_rejection_report(outcomes(), tmp_path / "rejected.csv", columns=COLUMNS)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == [*COLUMNS, "Row", "Field", "Code", "Reason", "State"]
    assert [r[4] for r in rows[1:]] == ["3", "7", "9"]  # sorted by row, accepted row left out
    by_row = {r[4]: r for r in rows[1:]}
    assert by_row["7"][:4] == ["C7", "bad@", "-5", '\'=HYPERLINK("x")']
    assert by_row["3"][1:4] == ["'@evil", "+3.25", "'- dash note"]
    assert by_row["9"][2:4] == ["007", "'\tTAB_x0001_"]  # escaped: re-imports as \x01
    assert by_row["9"][5:] == ["", "server_error", "HTTP 500 after 5 attempts", "failed"]
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "@", "\t", "\r", "\0")), cell


def test_xlsx_layout_text_cells_and_neutralisation(tmp_path):
    path = write_rejection_report(outcomes(), tmp_path / "rejected.xlsx", columns=COLUMNS)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    assert rows[0] == [*COLUMNS, "Row", "Field", "Code", "Reason", "State"]
    assert [r[4] for r in rows[1:]] == [3, 7, 9]
    assert rows[2][:4] == ["C7", "bad@", "-5", '\'=HYPERLINK("x")']
    assert rows[3][3] == "'\tTAB_x0001_"  # Excel's own escape (openpyxl leaves it as is)
    assert rows[3][2] == "007"  # text, not the number 7
    for r in ws.iter_rows(min_row=2):
        for i, c in enumerate(r):
            if i == 4:
                assert c.data_type == "n"
            else:  # text cells: never a formula ("f") or a coerced number
                assert c.data_type in ("s", "inlineStr"), (c.coordinate, c.data_type)


def test_columns_default_to_first_seen_and_collisions_get_prefixed(tmp_path):
    outs = [
        Outcome(5, "rejected", "missing", "user_id", "missing", {"Row": "r1", "Code": "X"}),
        Outcome(6, "rejected", "missing", "user_id", "missing", {"Code": "Y", "Extra": "e"}),
    ]
    path = write_rejection_report(outs, tmp_path / "r.csv")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == [
        "Row",
        "Code",
        "Extra",
        "Backfill Row",
        "Field",
        "Backfill Code",
        "Reason",
        "State",
    ]
    assert rows[2] == ["", "Y", "e", "6", "user_id", "missing", "missing", "rejected"]


def test_unknown_extension_refused(tmp_path):
    with pytest.raises(ValueError, match=".csv or .xlsx"):
        write_rejection_report(outcomes(), tmp_path / "r.pdf")


def test_empty_report_has_header_only(tmp_path):
    path = write_rejection_report([], tmp_path / "r.xlsx", columns=COLUMNS)
    ws = openpyxl.load_workbook(path).active
    assert ws.max_row == 1


def test_group_by_reason():
    outs = outcomes() + [
        Outcome(11, "rejected", "invalid_email", "email", "email 'q@' is not valid"),
    ]
    groups = group_by_reason(outs)
    assert [(g.state, g.code, g.count) for g in groups] == [
        ("rejected", "invalid_email", 3),
        ("failed", "server_error", 1),
    ]
    assert groups[0].rows == [3, 7, 11]
    assert groups[0].reason == "email is not a valid address"
    assert groups[0].describe() == "3 rows (rows 3, 7, 11): email is not a valid address"


def test_row_ranges():
    assert row_ranges([5]) == "row 5"
    assert row_ranges([3, 4, 5, 9, 1200, 1201]) == "rows 3–5, 9, 1,200–1,201"
    assert row_ranges(list(range(2, 40, 2)), limit=3) == "rows 2, 4, 6, … (+16 more)"
