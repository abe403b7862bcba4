"""Legacy .xls (BIFF8) number cells as Excel shows them, and the values the display hides.

calamine gives an .xls cell's value only. The formats live in the workbook stream: FORMAT
records (code by id), XF records (cell style → format id) and each number cell's XF index
(NUMBER, RK, MULRK, FORMULA). This module reads the stream out of the OLE2 container (a
compound file: sector chains from its FAT), the globals first — when no cell style has a
number format that changes how a number reads, it stops there — then the one sheet's cells.
Boolean cells (BOOLERR) show `TRUE` / `FALSE`. Rendering is `format_codes`, as for XLSX.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa

from app.core.format_codes import BUILTIN_CODES, NumberFormat, parse_format
from app.core.number_formats import holds_boolean_words, put_texts, shown_column
from app.core.value_readings import ValueColumn

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END_OF_CHAIN = 0xFFFFFFFE
_FORMAT, _XF, _BOUNDSHEET, _EOF, _BOF = 0x041E, 0x00E0, 0x0085, 0x000A, 0x0809
_NUMBER, _RK, _MULRK, _FORMULA, _BOOLERR = 0x0203, 0x027E, 0x00BD, 0x0006, 0x0205


@dataclass
class _Sheet:
    """Number cells of one sheet by (column, XF index), and its boolean cells."""

    numbers: dict[tuple[int, int], list[int]] = field(default_factory=dict)
    booleans: dict[int, tuple[list[int], list[str]]] = field(default_factory=dict)


def apply_xls_formats(
    path: Path,
    sheet: str,
    columns: list[pa.Array],
    positions: list[int],
    n_rows: int | None,
    data: bytes | None = None,
) -> tuple[list[pa.Array], dict[int, ValueColumn]]:
    """`columns` with the sheet's number cells as shown, and per sheet column the values hid."""
    stream = workbook_stream(data if data is not None else path.read_bytes())
    if stream is None:
        return columns, {}
    formats, offsets = _globals(stream)
    booleans = any(holds_boolean_words(col) for col in columns)
    if (not formats and not booleans) or sheet not in offsets:
        return columns, {}
    cells = _sheet_cells(stream, offsets[sheet], set(formats), booleans)
    columns = list(columns)  # a failure part way leaves the caller's columns as they were
    slot = {position: i for i, position in enumerate(positions)}
    readings: dict[int, ValueColumn] = {}
    by_column: dict[int, tuple[list[int], list[int]]] = {}
    for (position, xf), rows in cells.numbers.items():
        found = by_column.setdefault(position, ([], []))
        found[0].extend(rows)
        found[1].extend([xf] * len(rows))
    for position, (rows, styles) in by_column.items():
        column = slot.get(position)
        if column is not None:
            index, xfs = np.asarray(rows, dtype=np.int64), np.asarray(styles, dtype=np.int64)
            columns[column], hidden = shown_column(columns[column], index, xfs, formats, n_rows)
            if hidden is not None:
                readings[position] = hidden
    for position, (rows, texts) in cells.booleans.items():
        column = slot.get(position)
        if column is not None:
            index = np.asarray(rows, dtype=np.int64)
            columns[column] = put_texts(columns[column], index, pa.array(texts), n_rows)
    return columns, readings


def workbook_stream(data: bytes) -> bytes | None:
    """The `Workbook` stream of an OLE2 compound file (None when there is none)."""
    if not data.startswith(_OLE_MAGIC) or len(data) < 512:
        return None
    sector_size = 1 << struct.unpack_from("<H", data, 0x1E)[0]
    mini_size = 1 << struct.unpack_from("<H", data, 0x20)[0]
    first_dir, cutoff, first_mini_fat = struct.unpack_from("<I4xII", data, 0x30)
    first_difat, difat_count = struct.unpack_from("<II", data, 0x44)
    fat_sectors = [s for s in struct.unpack_from("<109I", data, 0x4C) if s < 0xFFFFFFFA]
    next_difat = first_difat
    for _ in range(difat_count):
        block = _sector(data, next_difat, sector_size)
        entries = struct.unpack(f"<{sector_size // 4}I", block)
        fat_sectors += [s for s in entries[:-1] if s < 0xFFFFFFFA]
        next_difat = entries[-1]
    fat_bytes = b"".join(_sector(data, s, sector_size) for s in fat_sectors)
    fat = np.frombuffer(fat_bytes, dtype="<u4")
    directory = _chain(data, fat, first_dir, sector_size)
    root_start = struct.unpack_from("<I", directory, 116)[0]
    for offset in range(0, len(directory) - 127, 128):
        entry = directory[offset : offset + 128]
        name_size = struct.unpack_from("<H", entry, 64)[0]
        name = entry[: max(name_size - 2, 0)].decode("utf-16-le", "replace")
        if name not in ("Workbook", "Book") or entry[66] != 2:
            continue
        start, size = struct.unpack_from("<II", entry, 116)
        if size >= cutoff:
            return _chain(data, fat, start, sector_size)[:size]
        mini_stream = _chain(data, fat, root_start, sector_size)
        mini_fat = np.frombuffer(_chain(data, fat, first_mini_fat, sector_size), dtype="<u4")
        return _chain(mini_stream, mini_fat, start, mini_size, header=0)[:size]
    return None


def _sector(data: bytes, index: int, size: int, header: int | None = None) -> bytes:
    start = (size if header is None else header) + index * size
    return data[start : start + size]


def _chain(data: bytes, fat: np.ndarray, start: int, size: int, header: int | None = None) -> bytes:
    parts, sector, seen = [], start, 0
    # A chain longer than the FAT is a loop in a damaged file.
    while sector < len(fat) and sector != _END_OF_CHAIN and seen <= len(fat):
        parts.append(_sector(data, sector, size, header))
        sector, seen = int(fat[sector]), seen + 1
    return b"".join(parts)


def _records(stream: bytes, offset: int = 0):
    """(record id, body, offset) from `offset` to the end of the stream."""
    size = len(stream)
    while offset + 4 <= size:
        kind, length = struct.unpack_from("<HH", stream, offset)
        yield kind, stream[offset + 4 : offset + 4 + length], offset
        offset += 4 + length


def _globals(stream: bytes) -> tuple[dict[int, NumberFormat], dict[str, int]]:
    """XF index → number format (the ones that change how a number reads), sheet → offset."""
    codes: dict[int, str] = dict(BUILTIN_CODES)
    xf_formats: list[int] = []
    offsets: dict[str, int] = {}
    for kind, body, _ in _records(stream):
        if kind == _FORMAT and len(body) >= 5:
            codes[struct.unpack_from("<H", body)[0]] = _unicode(body, 2, wide_length=True)
        elif kind == _XF and len(body) >= 4:
            xf_formats.append(struct.unpack_from("<H", body, 2)[0])
        elif kind == _BOUNDSHEET and len(body) >= 8:
            offsets[_unicode(body, 6, wide_length=False)] = struct.unpack_from("<I", body)[0]
        elif kind == _EOF:
            break
    formats: dict[int, NumberFormat] = {}
    for xf, number_format in enumerate(xf_formats):
        parsed = parse_format(codes.get(number_format, ""))
        if parsed is not None:
            formats[xf] = parsed
    return formats, offsets


def _unicode(body: bytes, at: int, wide_length: bool) -> str:
    """A BIFF8 XLUnicodeString (length, flags, characters compressed or UTF-16)."""
    if wide_length:
        count, flags, at = struct.unpack_from("<H", body, at)[0], body[at + 2], at + 3
    else:
        count, flags, at = body[at], body[at + 1], at + 2
    if flags & 0x01:
        return body[at : at + 2 * count].decode("utf-16-le", "replace")
    return body[at : at + count].decode("latin-1")


def _sheet_cells(stream: bytes, offset: int, styled: set[int], booleans: bool) -> _Sheet:
    """The sheet's number cells of `styled` XF indexes and (when asked) its boolean cells."""
    sheet = _Sheet()

    def add(row: int, col: int, xf: int) -> None:
        # The value itself is the General text already read; only where and which style.
        if xf in styled:
            sheet.numbers.setdefault((col, xf), []).append(row)

    for kind, body, at in _records(stream, offset):
        if kind == _EOF:
            break
        if kind == _BOF and at != offset:
            break  # the next substream
        if (kind == _NUMBER and len(body) >= 14) or (kind == _RK and len(body) >= 10):
            row, col, xf = struct.unpack_from("<HHH", body)
            add(row, col, xf)
        elif kind == _MULRK and len(body) >= 6:
            row, first = struct.unpack_from("<HH", body)
            for i in range((len(body) - 6) // 6):
                add(row, first + i, struct.unpack_from("<H", body, 4 + 6 * i)[0])
        elif kind == _FORMULA and len(body) >= 14 and body[12:14] != b"\xff\xff":
            row, col, xf = struct.unpack_from("<HHH", body)
            add(row, col, xf)
        elif kind == _BOOLERR and booleans and len(body) >= 8 and body[7] == 0:
            row, col = struct.unpack_from("<HH", body)
            rows, texts = sheet.booleans.setdefault(col, ([], []))
            rows.append(row)
            texts.append("TRUE" if body[6] else "FALSE")
    return sheet
