"""XLSX number formats: each number cell as the text Excel shows, and its value where they differ.

A Postcode 123 formatted `00000` shows `00123`, a share 0.15 formatted `0%` shows `15%`, a price
1234.5 formatted `"$"#,##0.00` shows `$1,234.50`, 2.46 formatted `0.0` shows `2.5`. The table
holds the text shown (what the operator sees in Excel); where that text does not read back as the
stored number (rounded, `1,234`, fractions, accounting zero `$-`), the value is kept beside it as
a `ValueColumn` (`value_readings`), so a number field still sends 2.46.

Boolean cells show `TRUE` / `FALSE`, as in Excel and LibreOffice.

Cost: styles.xml is read (a few kB); the sheet XML is scanned only when some cell style has a
number format other than General, or when a column holds `true`/`false`; formats are rendered
once per distinct value and style (`format_codes`).
"""

from __future__ import annotations

import re
import zipfile
from xml.etree import ElementTree

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from app.core.cell_text import number_text
from app.core.format_codes import BUILTIN_CODES, NumberFormat, parse_format, render
from app.core.transforms import convert_values
from app.core.value_readings import ValueColumn, value_column

_BOOLEAN_CELL = re.compile(rb'<c r="([A-Z]+)(\d+)"[^>]*?\bt="b"[^>]*><v>([01])</v>')


def styled_formats(archive: zipfile.ZipFile) -> dict[int, NumberFormat]:
    """Cell style index → number format, for the styles whose format changes how a number reads."""
    try:
        root = ElementTree.fromstring(archive.read("xl/styles.xml"))
    except (KeyError, ElementTree.ParseError):
        return {}
    codes = dict(BUILTIN_CODES)
    for node in root.iterfind("{*}numFmts/{*}numFmt"):
        try:
            codes[int(node.get("numFmtId", ""))] = node.get("formatCode", "")
        except ValueError:
            continue
    formats: dict[int, NumberFormat] = {}
    for index, xf in enumerate(root.iterfind("{*}cellXfs/{*}xf")):
        try:
            code = codes.get(int(xf.get("numFmtId", "0")))
        except ValueError:
            continue
        parsed = parse_format(code) if code else None
        if parsed is not None:
            formats[index] = parsed
    return formats


def apply_formats(
    archive: zipfile.ZipFile,
    part: str,
    columns: list[pa.Array],
    positions: list[int],
    n_rows: int | None = None,
) -> tuple[list[pa.Array], dict[int, ValueColumn]]:
    """Number cells as their format shows them, and per sheet column the values they hide.

    One regex pass over the sheet XML finds the cells of formatted styles; each distinct
    (style, value) is rendered once and put back column by column.
    """
    formats = styled_formats(archive)
    may_be_boolean = any(holds_boolean_words(col) for col in columns)
    if not formats and not may_be_boolean:
        return columns, {}
    xml = archive.read(part)
    slot = {position: i for i, position in enumerate(positions)}
    readings: dict[int, ValueColumn] = {}
    if formats:
        for position, rows, shown, hidden in _formatted_cells(xml, formats):
            column = slot.get(position)
            if column is None:
                continue
            columns[column] = put_texts(columns[column], rows - 1, shown, n_rows)
            if hidden:
                readings[position] = value_column(*hidden)
    if may_be_boolean:
        _booleans(xml, columns, slot, n_rows)
    return columns, readings


def holds_boolean_words(column: pa.Array) -> bool:
    """True when a column holds `true`/`false` (how fastexcel gives boolean cells)."""
    return bool(pc.any(pc.is_in(column, value_set=pa.array(["true", "false"]))).as_py())


_Hidden = tuple[list[int], list[str], list[str]]


def _formatted_cells(
    xml: bytes, formats: dict[int, NumberFormat]
) -> list[tuple[int, np.ndarray, pa.Array, _Hidden | None]]:
    """Per sheet column: 1-based rows, shown texts and the (row, shown, value) it hides."""
    styles = "|".join(str(index) for index in sorted(formats))
    cell = re.compile(
        rb'<c r="([A-Z]+)(\d+)"([^>]*?)\bs="(' + styles.encode() + rb')"([^>]*)>'
        rb"(?:<f\b[^>]*?(?:/>|>[^<]*</f>))?<v>([^<]*)</v>"
    )
    found = cell.findall(xml)
    if not found:
        return []
    letters, rows, before, style, after, value = (
        pa.array(field, pa.binary()) for field in zip(*found, strict=True)
    )
    attributes = pc.binary_join_element_wise(before, after, b"")
    # Typed cells other than numbers (t="s", "str", "b", "e") are not numbers.
    number = pc.or_(
        pc.invert(pc.match_substring(attributes, ' t="')), pc.match_substring(attributes, 't="n"')
    )
    row_numbers = pc.cast(pc.cast(rows, pa.string()), pa.int64())
    values = pc.cast(value, pa.string())
    styles_found = pc.cast(pc.cast(style, pa.string()), pa.int64())
    out = []
    for name in pc.unique(letters).to_pylist():
        in_column = pc.and_(number, pc.equal(letters, pa.scalar(name, pa.binary())))
        column_rows, column_shown = [], []
        hidden: _Hidden = ([], [], [])
        for index in pc.unique(pc.filter(styles_found, in_column)).to_pylist():
            chosen = pc.and_(in_column, pc.equal(styles_found, index))
            picked_rows = pc.filter(row_numbers, chosen).to_numpy()
            shown, lossy, stored = rendered(pc.filter(values, chosen), formats[index])
            column_rows.append(picked_rows)
            column_shown.append(shown)
            where = np.flatnonzero(lossy)
            hidden[0].extend(picked_rows[where].tolist())
            hidden[1].extend(shown.take(pa.array(where)).to_pylist())
            hidden[2].extend(stored[where].tolist())
        out.append(
            (
                _column_index(name.decode()),
                np.concatenate(column_rows),
                pa.concat_arrays(column_shown),
                hidden if hidden[0] else None,
            )
        )
    return out


def rendered(
    values: pa.Array, number_format: NumberFormat
) -> tuple[pa.Array, np.ndarray, np.ndarray]:
    """Per cell of stored number text: shown text (null: not rendered), whether that text
    hides the value, and the value's General text; each distinct value is rendered once."""
    distinct = pc.unique(values)
    texts = distinct.to_pylist()
    numbers = [_float(text) for text in texts]
    shown = [None if n is None else render(number_format, n) for n in numbers]
    general = [None if n is None else number_text(n) for n in numbers]
    typed = convert_values(pd.Series([s or "" for s in shown], dtype=object), "number")
    lossy = [
        s is not None and n is not None and (bad or float(v) != n)
        for s, n, v, bad in zip(shown, numbers, typed.values.tolist(), typed.bad, strict=True)
    ]
    at = pc.index_in(values, value_set=distinct)
    return (
        pa.array(shown, pa.string()).take(at),
        np.asarray(lossy, dtype=bool)[at.to_numpy()],
        np.asarray(general, dtype=object)[at.to_numpy()],
    )


def _float(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _booleans(
    xml: bytes, columns: list[pa.Array], slot: dict[int, int], n_rows: int | None
) -> None:
    """Boolean cells as `TRUE` / `FALSE` (fastexcel gives `true` / `false`)."""
    by_column: dict[int, tuple[list[int], list[str]]] = {}
    for letters, row, bit in _BOOLEAN_CELL.findall(xml):
        column = slot.get(_column_index(letters.decode()))
        if column is not None:
            rows, texts = by_column.setdefault(column, ([], []))
            rows.append(int(row))
            texts.append("TRUE" if bit == b"1" else "FALSE")
    for column, (rows, texts) in by_column.items():
        columns[column] = put_texts(
            columns[column], np.asarray(rows) - 1, pa.array(texts, pa.string()), n_rows
        )


def put_texts(column: pa.Array, index: np.ndarray, texts: pa.Array, n_rows: int | None) -> pa.Array:
    """`column` with `texts` at 0-based `index` (null texts and rows past the column skipped)."""
    keep = pc.is_valid(texts).to_numpy(zero_copy_only=False) & (index < len(column))
    if n_rows is not None:
        keep &= index < n_rows
    if not keep.any():
        return column
    values = column.to_numpy(zero_copy_only=False).astype(object)
    values[index[keep]] = texts.filter(pa.array(keep)).to_numpy(zero_copy_only=False)
    return pa.array(values, type=column.type)


def _column_index(letters: str) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1
