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
import pyarrow.compute as pc

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


def apply_formats(
    archive: zipfile.ZipFile,
    part: str,
    columns: list[pa.Array],
    positions: list[int],
    n_rows: int | None = None,
) -> list[pa.Array]:
    """Replace the text of number cells whose style is zero-padding or fixed decimals.

    One regex pass over the sheet XML finds the cells of those styles; the padding is then
    done column by column with vectorised string kernels (no per-cell Python).
    """
    shapes = styled_shapes(archive)
    if not shapes:
        return columns
    styles = "|".join(str(index) for index in sorted(shapes))
    cell = re.compile(
        rb'<c r="([A-Z]+)(\d+)"([^>]*?)\bs="(' + styles.encode() + rb')"([^>]*)>'
        rb"(?:<f\b[^>]*?(?:/>|>[^<]*</f>))?<v>([^<]*)</v>"
    )
    found = cell.findall(archive.read(part))
    if not found:
        return columns
    letters, rows, before, style, after, value = (
        pa.array(field, pa.binary()) for field in zip(*found, strict=True)
    )
    attributes = pc.binary_join_element_wise(before, after, b"")
    # Typed cells other than numbers (t="s", "str", "b", "e") are not numbers.
    number = pc.or_(
        pc.invert(pc.match_substring(attributes, ' t="')), pc.match_substring(attributes, 't="n"')
    )
    rows = pc.subtract(pc.cast(pc.cast(rows, pa.string()), pa.int64()), 1)
    values = pc.cast(value, pa.string())
    styles_found = pc.cast(pc.cast(style, pa.string()), pa.int64())
    slot = {position: i for i, position in enumerate(positions)}
    for name in pc.unique(letters).to_pylist():
        column = slot.get(_column_index(name.decode()))
        if column is None:
            continue
        in_column = pc.and_(number, pc.equal(letters, pa.scalar(name, pa.binary())))
        for index in pc.unique(pc.filter(styles_found, in_column)).to_pylist():
            chosen = pc.and_(in_column, pc.equal(styles_found, index))
            columns[column] = _put(
                columns[column],
                pc.filter(rows, chosen),
                _padded(pc.filter(values, chosen), shapes[index]),
                n_rows,
            )
    return columns


_PLAIN_NUMBER = r"^(?P<sign>-?)(?P<whole>\d+)(?:\.(?P<fraction>\d+))?$"


def _padded(values: pa.Array | list[str], shape: tuple[int, int]) -> pa.Array:
    """Stored values as the shape shows them; null where that would change the number
    (more decimals than shown, or not a plain decimal)."""
    integer_zeros, decimals = shape
    parts = pc.extract_regex(pa.array(values, pa.string()), _PLAIN_NUMBER)
    sign = pc.struct_field(parts, "sign")
    whole = pc.utf8_ltrim(pc.struct_field(parts, "whole"), "0")
    fraction = pc.struct_field(parts, "fraction")
    fits = pc.less_equal(pc.utf8_length(fraction), decimals)
    # "#.00" shows 0.5 as ".50"; a leading 0 keeps it a number for whoever reads it next.
    whole = pc.utf8_lpad(whole, max(integer_zeros, 1), "0")
    if decimals:
        fraction = pc.utf8_rpad(fraction, decimals, "0")
        text = pc.binary_join_element_wise(sign, whole, ".", fraction, "")
    else:
        text = pc.binary_join_element_wise(sign, whole, "")
    return pc.if_else(fits, text, pa.scalar(None, pa.string()))


def _put(column: pa.Array, rows: pa.Array, texts: pa.Array, n_rows: int | None) -> pa.Array:
    """`column` with `texts` at `rows` (null texts and rows past the column are skipped)."""
    index = rows.to_numpy(zero_copy_only=False)
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
