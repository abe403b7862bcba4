"""XLSX number formats that change how a number reads without changing its value.

A Postcode cell holding 123 with format `00000` shows `00123` in Excel; a price 2.5 with
format `0.00` shows `2.50`. Reading only the value loses the leading zeros of identifiers —
the classic importer complaint. This module applies the formats of that kind, and only when
the text shown is the same number as the value (so `2.567` with `0.00`, shown `2.57`, keeps
its value: a number is never rounded by its display):

- zero-padded integers (`0000`, `00000`), fixed decimals (`0.00`, `#0.0`, `000.00`);
- a second section that only puts a minus sign or colour on negatives (`0.00;[Red]-0.00`).

Percent, thousands separators, currency, scientific and date formats are left to the value
reading (the value is what a number field sends). Cost: styles.xml is read (a few kB); the
sheet XML is scanned only when some cell style uses one of these formats.
"""

from __future__ import annotations

import re
import zipfile
from xml.etree import ElementTree

import pyarrow as pa

# Built-in format ids that are of this kind (ECMA-376 18.8.30): 1 "0", 2 "0.00".
_BUILTIN = {1: "0", 2: "0.00"}
_SIMPLE = re.compile(r"^(#*)(0*)(?:\.(0+))?$")
_COLOUR = re.compile(r"^\[(?:Black|Blue|Cyan|Green|Magenta|Red|White|Yellow|Color\d+)\]", re.I)


def format_shape(code: str) -> tuple[int, int] | None:
    """(minimum integer digits, decimals) for a format of the kind above, else None."""
    sections = code.split(";")
    first = _COLOUR.sub("", sections[0]).strip()
    found = _SIMPLE.match(first)
    if found is None or not (found.group(2) or found.group(3)):
        return None
    if len(sections) > 1:
        negative = _COLOUR.sub("", sections[1]).strip()
        if negative not in (f"-{first}", first, ""):
            return None
    integer_zeros = len(found.group(2))
    decimals = len(found.group(3) or "")
    if integer_zeros <= 1 and decimals == 0:
        return None  # "0" is General for integers
    return integer_zeros, decimals


def styled_shapes(archive: zipfile.ZipFile) -> dict[int, tuple[int, int]]:
    """Cell style index → format shape, for the styles whose format is of the kind above."""
    try:
        root = ElementTree.fromstring(archive.read("xl/styles.xml"))
    except (KeyError, ElementTree.ParseError):
        return {}
    codes = dict(_BUILTIN)
    for node in root.iterfind("{*}numFmts/{*}numFmt"):
        try:
            codes[int(node.get("numFmtId", ""))] = node.get("formatCode", "")
        except ValueError:
            continue
    shapes: dict[int, tuple[int, int]] = {}
    for index, xf in enumerate(root.iterfind("{*}cellXfs/{*}xf")):
        try:
            code = codes.get(int(xf.get("numFmtId", "0")))
        except ValueError:
            continue
        shape = format_shape(code) if code else None
        if shape is not None:
            shapes[index] = shape
    return shapes


def shown_text(value: str, shape: tuple[int, int]) -> str | None:
    """The text the format shows for the stored value `value`; None when it would change
    the number (rounding) or the value is not a plain number."""
    try:
        number = float(value)
    except ValueError:
        return None
    integer_zeros, decimals = shape
    text = f"{abs(number):.{decimals}f}"
    whole, _, fraction = text.partition(".")
    whole = whole.lstrip("0").rjust(integer_zeros, "0")
    shown = ("-" if number < 0 else "") + whole + (f".{fraction}" if fraction else "")
    return shown if float(shown) == number else None


def apply_formats(
    archive: zipfile.ZipFile,
    part: str,
    columns: list[pa.Array],
    positions: list[int],
    n_rows: int | None = None,
) -> list[pa.Array]:
    """Replace the text of number cells whose style is zero-padding or fixed decimals."""
    shapes = styled_shapes(archive)
    if not shapes:
        return columns
    styles = "|".join(str(index) for index in sorted(shapes))
    cell = re.compile(
        rb'<c r="([A-Z]+)(\d+)"([^>]*?)\bs="(' + styles.encode() + rb')"([^>]*)>'
        rb"(?:<f\b[^>]*?(?:/>|>[^<]*</f>))?<v>([^<]*)</v>"
    )
    xml = archive.read(part)
    slot = {position: i for i, position in enumerate(positions)}
    fixes: dict[int, dict[int, str]] = {}
    for found in cell.finditer(xml):
        letters, row, before, style, after, value = found.groups()
        attributes = before + after
        if b' t="' in attributes and b't="n"' not in attributes:
            continue  # text, boolean, error: not a number
        row_index = int(row) - 1
        if n_rows is not None and row_index >= n_rows:
            break
        column = slot.get(_column_index(letters.decode()))
        shown = shown_text(value.decode(), shapes[int(style)])
        if column is not None and shown is not None:
            fixes.setdefault(column, {})[row_index] = shown
    for column, cells in fixes.items():
        values = columns[column].to_pylist()
        for row_index, text in cells.items():
            if row_index < len(values):
                values[row_index] = text
        columns[column] = pa.array(values, type=columns[column].type)
    return columns


def _column_index(letters: str) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1
