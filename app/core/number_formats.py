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

from app.core.format_codes import BUILTIN_CODES, NumberFormat, parse_format, render
from app.core.format_vector import plain_shape, render_plain
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

    One regex pass over the sheet XML finds the cells of formatted styles (their values are
    the General text already read); each column and style is rendered with column kernels.
    """
    formats = styled_formats(archive)
    may_be_boolean = any(holds_boolean_words(col) for col in columns)
    if not formats and not may_be_boolean:
        return columns, {}
    xml = archive.read(part)
    slot = {position: i for i, position in enumerate(positions)}
    readings: dict[int, ValueColumn] = {}
    if formats:
        for position, rows, styles in _formatted_cells(xml, formats):
            column = slot.get(position)
            if column is not None:
                columns[column], hidden = shown_column(
                    columns[column], rows, styles, formats, n_rows
                )
                if hidden is not None:
                    readings[position] = hidden
    if may_be_boolean:
        _booleans(xml, columns, slot, n_rows)
    return columns, readings


def holds_boolean_words(column: pa.Array) -> bool:
    """True when a column holds `true`/`false` (how fastexcel gives boolean cells)."""
    return bool(pc.any(pc.is_in(column, value_set=pa.array(["true", "false"]))).as_py())


def _formatted_cells(
    xml: bytes, formats: dict[int, NumberFormat]
) -> list[tuple[int, np.ndarray, np.ndarray]]:
    """Per sheet column: the 0-based rows of its number cells in formatted styles, and the style
    of each. The regex takes whole opening tags (one group is the cheapest findall); Arrow
    kernels take them apart."""
    styles = "|".join(str(index) for index in sorted(formats))
    cell = re.compile(rb'<c r="[A-Z]+\d+"[^>]*?\bs="(?:' + styles.encode() + rb')"[^>]*>')
    found = cell.findall(xml)
    if not found:
        return []
    tags = pc.cast(pa.array(found, pa.binary()), pa.string())
    where = pc.extract_regex(tags, r'^<c r="(?P<col>[A-Z]+)(?P<row>\d+)"')
    style = pc.struct_field(pc.extract_regex(tags, r'\bs="(?P<s>\d+)"'), "s")
    # Typed cells other than numbers (t="s", "str", "b", "e") are not numbers.
    number = pc.or_(pc.invert(pc.match_substring(tags, ' t="')), pc.match_substring(tags, 't="n"'))
    letters = pc.filter(pc.struct_field(where, "col"), number)
    row_index = pc.subtract(
        pc.cast(pc.filter(pc.struct_field(where, "row"), number), pa.int64()), 1
    )
    styles_found = pc.cast(pc.filter(style, number), pa.int64()).to_numpy()
    encoded = pc.dictionary_encode(letters)
    codes = encoded.indices.to_numpy(zero_copy_only=False)
    rows = row_index.to_numpy()
    return [
        (_column_index(name), rows[codes == code], styles_found[codes == code])
        for code, name in enumerate(encoded.dictionary.to_pylist())
    ]


def shown_column(
    column: pa.Array,
    rows: np.ndarray,
    styles: np.ndarray,
    formats: dict[int, NumberFormat],
    n_rows: int | None,
) -> tuple[pa.Array, ValueColumn | None]:
    """`column` (General text) with the number cells at 0-based `rows` shown in the format of
    their style, and the cells whose shown text hides the value (rows 1-based)."""
    inside = rows < len(column)
    if n_rows is not None:
        inside &= rows < n_rows
    rows, styles = rows[inside], styles[inside]
    hidden: tuple[list[int], list[str], list[str]] = ([], [], [])
    for index in np.unique(styles).tolist():
        picked = rows[styles == index]
        values = column.take(pa.array(picked))
        shown, lossy = rendered(values, formats[index])
        where = np.flatnonzero(lossy)
        hidden[0].extend((picked[where] + 1).tolist())
        hidden[1].extend(shown.take(pa.array(where)).to_pylist())
        hidden[2].extend(values.take(pa.array(where)).to_pylist())
        column = put_texts(column, picked, shown, n_rows)
    return column, value_column(*hidden) if hidden[0] else None


_NUMBER_TEXT = r"^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$"


def rendered(values: pa.Array, number_format: NumberFormat) -> tuple[pa.Array, np.ndarray]:
    """Per cell of General number text: the text shown (null where not a number or not
    rendered), and whether that text hides the value."""
    numeric = pc.fill_null(pc.match_substring_regex(values, _NUMBER_TEXT), False)
    floats = pc.cast(pc.if_else(numeric, values, "nan"), pa.float64()).to_numpy(
        zero_copy_only=False
    )
    shape = plain_shape(number_format)
    shown = render_plain(floats, shape) if shape is not None else None
    if shown is None or shown.null_count:
        shown = _rendered_one_by_one(values, number_format, shown)
    texts = pc.fill_null(shown, "").to_numpy(zero_copy_only=False)
    typed = convert_values(pd.Series(texts, dtype=object), "number")
    read_back = np.array([np.nan if v is None else float(v) for v in typed.values], dtype=float)
    lossy = pc.is_valid(shown).to_numpy(zero_copy_only=False) & np.isfinite(floats)
    lossy &= typed.bad | (read_back != floats)
    return shown, lossy


def _rendered_one_by_one(
    values: pa.Array, number_format: NumberFormat, fast: pa.Array | None
) -> pa.Array:
    """`format_codes.render` once per distinct value, where the column kernels could not."""
    todo = values if fast is None else pc.filter(values, pc.is_null(fast))
    distinct = pc.unique(todo)
    numbers = [_float(text) for text in distinct.to_pylist()]
    shown = pa.array(
        [None if n is None else render(number_format, n) for n in numbers], pa.string()
    )
    slow = shown.take(pc.index_in(values, value_set=distinct))
    return slow if fast is None else pc.coalesce(fast, slow)


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
