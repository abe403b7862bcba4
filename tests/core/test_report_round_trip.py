"""Every cell of a rejection report re-imports exactly as first read, CSV and XLSX alike.

Property-style: many nasty strings (formula starts, control characters, CR/LF, NUL, quotes,
`_xHHHH_` look-alikes, whitespace-only, unicode), written by the real report writer and loaded
back through the real loader (`load_table` + `restore_report_cells`).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.core.report import restore_report_cells, write_rejection_report
from app.core.report_cells import decode_cell, encode_cell, neutralise
from app.core.report_cells import encode_cell as neutralise_cell
from app.core.sources import load_table

PIECES = [
    "=",
    "+",
    "-",
    "@",
    "\t",
    "\r",
    "\n",
    "\r\n",
    "\0",
    "\x01",
    "\x0b",
    "\x1f",
    "\x7f",
    "'",
    "''",
    '"',
    '""',
    ",",
    ";",
    "|",
    " ",
    "  ",
    "\u00a0",
    "\u3000",
    "\u2028",
    "\ufeff",
    "\ufffd",
    "_x000D_",
    "_x005F_",
    "_x0041_",
    "_x2028_",
    "_x",
    "x_",
    "_X00",
    "é",
    "😀",
    "ß",
    "1",
    "-5",
    "1e5",
    "007",
    "NA",
    "null",
    "nan",
    "TRUE",
    "sep=,",
    "SUM(A1)",
    "cmd|' /C calc'!A0",
    "a",
]
FIXED = [
    "\r=1+1",
    "x\x00y",
    "\0",
    "'=1",
    "''=1",
    "'hello",
    "-5",
    "+44 20 7946 0958",
    "- call back",
    "\t",
    "\n",
    "  ",
    " \u3000",
    "\r",
    "\r\n",
    "_x000D_",
    "_x005F_x000D_",
    '=HYPERLINK("x")',
    "@user",
    "",
    "é😀",
    '"quoted"',
    "NA",
    "null",
    "1,5",
    "-",
    "'",
]


@dataclass
class Outcome:
    row: int
    state: str
    code: str | None
    field: str | None
    message: str | None
    original: dict[str, Any] | None


def nasty_strings(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    made = list(FIXED)
    while len(made) < count:
        made.append("".join(rng.choice(PIECES) for _ in range(rng.randint(1, 6))))
    return made


def loader_normal_headers(strings: list[str], count: int) -> list[str]:
    """Header names as the loader itself produces them (whitespace collapsed, unique)."""
    names: list[str] = []
    seen: set[str] = set()
    for s in strings:
        name = " ".join(s.split())
        if name and name.casefold() not in seen and not name.startswith("\ufeff"):
            seen.add(name.casefold())
            names.append(name)
        if len(names) == count:
            return names
    raise AssertionError("not enough header names")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("seed", [1, 2])
def test_every_cell_and_header_re_imports_exactly(tmp_path: Path, suffix: str, seed: int):
    values = nasty_strings(600, seed)
    headers = loader_normal_headers(nasty_strings(400, seed + 100)[len(FIXED) :], 30)
    outcomes = []
    for i in range(20):
        cells = values[i * 30 : (i + 1) * 30]
        outcomes.append(
            Outcome(
                i + 2, "rejected", "validation", None, "bad", dict(zip(headers, cells, strict=True))
            )
        )
    path = write_rejection_report(outcomes, tmp_path / f"report{suffix}", columns=headers)

    table = restore_report_cells(load_table(path))

    assert table.headers[: len(headers)] == headers
    for i, outcome in enumerate(outcomes):
        row = table.df.iloc[i]
        for name in headers:
            assert row[name] == outcome.original[name], (name, outcome.original[name], row[name])


def test_the_shown_cases_from_the_issue(tmp_path: Path):
    original = {"a": "\r=1+1", "b": "x\x00y"}
    for suffix in (".csv", ".xlsx"):
        path = write_rejection_report(
            [Outcome(2, "rejected", "c", None, "m", original)],
            tmp_path / f"r{suffix}",
            columns=["a", "b"],
        )
        table = restore_report_cells(load_table(path))
        assert table.df.iloc[0][["a", "b"]].tolist() == ["\r=1+1", "x\x00y"], suffix


@pytest.mark.parametrize("text", FIXED)
def test_codec_is_lossless_on_its_own(text: str):
    assert decode_cell(encode_cell(text, "csv"), "csv") == text


def test_one_guard_rule_for_issue_and_rejection_reports():
    for text in ("-5", "+3.25", "-2e3", "=1", "- note", "@x", "\tx", "'=1", "x\x00"):
        assert neutralise_cell(text) == encode_cell(text, "csv")
    assert neutralise_cell("-5") == neutralise("-5") == "-5"
    assert neutralise("'=1") == "''=1"
