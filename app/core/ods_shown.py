"""ODS number cells as the text the spreadsheet shows (its `<text:p>`), and the values it hides.

An OpenDocument cell carries both readings: `office:value="0.15"` and the text LibreOffice
displayed when it saved the file, `<text:p>15%</text:p>`. calamine hands over the value only,
so for sheets whose numbers have a display format (percent, currency, booleans, number styles
with decimals, grouping, padding, scientific or fractions) the content XML is walked once and
the shown text taken, keeping the value beside it where the text does not read back as it
(`value_readings`). Sheets without such formats pay one bytes search.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pandas as pd
import pyarrow as pa

from app.core.cell_text import number_text
from app.core.ods_walk import sheet_cells
from app.core.transforms import convert_values
from app.core.value_readings import ValueColumn, value_column
from app.core.workbook_read import patch_positions

_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT_P = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}p"
_NUMBER_KINDS = ("float", "percentage", "currency", "boolean")
_MARKERS = (
    b'value-type="percentage"',
    b'value-type="currency"',
    b'value-type="boolean"',
    b"<number:number-style",
    b"<number:percentage-style",
    b"<number:currency-style",
)
_MAX_REPEAT = 1024  # a repeated cell this wide is sheet padding, not data

Cells = dict[int, tuple[list[int], list[str], list[str]]]  # column → (rows, shown, value)


def has_number_formats(path: Path) -> bool:
    """True when the workbook declares number display formats or typed number cells."""
    with zipfile.ZipFile(path) as archive:
        content = archive.read("content.xml")
        styles = archive.read("styles.xml") if "styles.xml" in archive.namelist() else b""
    return any(marker in content or marker in styles for marker in _MARKERS)


def apply_ods_formats(
    path: Path, sheet: str, columns: list[pa.Array], positions: list[int], n_rows: int | None
) -> tuple[list[pa.Array], dict[int, ValueColumn]]:
    """`columns` with the sheet's number cells as shown, and the values that hides."""
    if not has_number_formats(path):
        return columns, {}
    shown, readings = shown_cells(path, sheet, n_rows)
    return patch_positions(list(columns), positions, shown), readings


def shown_cells(
    path: Path, sheet: str, n_rows: int | None = None
) -> tuple[dict[int, dict[int, str]], dict[int, ValueColumn]]:
    """Shown text of the sheet's number cells (0-based column → {0-based row: text}) and,
    per column, the values that text hides (rows as sheet row numbers)."""
    with zipfile.ZipFile(path) as archive, archive.open("content.xml") as handle:
        content = handle.read()
    cells = _number_cells(content, sheet, n_rows)
    shown: dict[int, dict[int, str]] = {}
    readings: dict[int, ValueColumn] = {}
    for column, (rows, texts, values) in cells.items():
        shown[column] = dict(zip(rows, texts, strict=True))
        hidden = _hidden(rows, texts, values)
        if hidden[0]:
            readings[column] = value_column(*hidden)
    return shown, readings


def _number_cells(content: bytes, sheet: str, n_rows: int | None) -> Cells:
    found: Cells = {}
    for row, col, repeat, node in sheet_cells(content, sheet, n_rows):
        kind = node.get(f"{_OFFICE}value-type")
        if kind not in _NUMBER_KINDS:
            continue
        text = "\n".join("".join(p.itertext()) for p in node.iter(_TEXT_P)).strip()
        value = node.get(f"{_OFFICE}boolean-value" if kind == "boolean" else f"{_OFFICE}value")
        if text and value is not None:
            for offset in range(min(repeat, _MAX_REPEAT)):
                rows, texts, values = found.setdefault(col + offset, ([], [], []))
                rows.append(row)
                texts.append(text)
                values.append(value)
    return found


def _hidden(
    rows: list[int], texts: list[str], values: list[str]
) -> tuple[list[int], list[str], list[str]]:
    """The cells whose shown text does not read back as their number (rows 1-based)."""
    typed = convert_values(pd.Series(texts, dtype=object), "number")
    out: tuple[list[int], list[str], list[str]] = ([], [], [])
    for row, text, value, got, bad in zip(
        rows, texts, values, typed.values.tolist(), typed.bad, strict=True
    ):
        number = _number(value)
        if number is None or (not bad and float(got) == number):
            continue
        out[0].append(row + 1)
        out[1].append(text)
        out[2].append(number_text(number))
    return out


def _number(value: str) -> float | None:
    if value in ("true", "false"):
        return None  # a boolean reads back from TRUE/FALSE as itself
    try:
        return float(value)
    except ValueError:
        return None
