"""What fastexcel's fast string reading gets wrong, found cheaply and put right.

fastexcel (calamine) reads a sheet as text quickly but: rounds numbers to 9 decimals, turns
durations into date-times, loses `date1904` when the workbook also has an `x14:workbookPr`,
and hands error cells and ODS time cells over as conversion errors instead of text. So:

- `book_facts` reads the workbook's own XML part (a few kB): date system and active tab;
- `sheet_kinds` tells worksheets from chart sheets and hidden from visible ones;
- `patch_cell_errors` puts the text of error / ODS time cells back from fastexcel's report;
- `rounded_number_columns` spots, with vectorised scans, columns that may hold numbers
  rounded to 9 decimals; only those are read again as floats (`exact_numbers`);
- `needs_typed_read` spots 1904 dates and durations read as date-times; only then
  `exact_columns` reads the sheet again with python-calamine, which returns typed values
  (`timedelta` for durations), formatted by `cell_text`.

The common sheet (text, small decimals, ordinary dates) pays only the scans.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from app.core.cell_text import error_detail_text, number_text, value_text
from app.core.ods_walk import sheet_cells

_DATE1904 = re.compile(rb'<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(?:1|true)"')
_ACTIVE_TAB = re.compile(rb'<(?:\w+:)?workbookView\b[^>]*\bactiveTab="(\d+)"')
_ODS_ACTIVE = re.compile(rb'config:name="ActiveTable"[^>]*>([^<]*)</config:config-item>')
# fastexcel's text for numbers rounded to 9 decimals (or noisy from that rounding), integers
# past double precision, and "-0" (a tiny negative number rounded away).
_ROUNDED_NUMBER = r"^-?\d*\.\d{9,}$|^-?\d{16,}$|^-0$"
_WINDOW1 = b"\x3d\x00\x12\x00"  # BIFF record id 0x003D, length 18
_LONG_DECIMALS = r"^-?\d*\.\d{9,}$"
_NUMBER_TEXT = r"^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$"
_VISIBILITY = {"Visible": "visible", "Hidden": "hidden", "VeryHidden": "veryhidden"}


@dataclass(frozen=True)
class BookFacts:
    """Workbook-level settings read from the file's own XML."""

    date1904: bool = False
    active_tab: int | None = None  # 0-based index among all sheets
    active_name: str | None = None  # ODS names its active table


@dataclass(frozen=True)
class SheetKind:
    """A sheet's visibility ("visible", "hidden", "veryhidden") and whether it holds cells."""

    visibility: str = "visible"
    chart: bool = False


def book_facts(path: Path, fmt: str) -> BookFacts:
    """Date system and active tab of an XLSX/XLSM/ODS/XLS (defaults otherwise or on damage)."""
    if fmt == "xls":
        return BookFacts(active_tab=_xls_active_tab(path))
    try:
        with zipfile.ZipFile(path) as archive:
            if fmt in ("xlsx", "xlsm"):
                xml = archive.read("xl/workbook.xml")
                tab = _ACTIVE_TAB.search(xml)
                return BookFacts(
                    date1904=bool(_DATE1904.search(xml)),
                    active_tab=int(tab.group(1)) if tab else None,
                )
            if fmt == "ods" and "settings.xml" in archive.namelist():
                found = _ODS_ACTIVE.search(archive.read("settings.xml"))
                if found:
                    return BookFacts(active_name=found.group(1).decode("utf-8", "replace"))
    except (KeyError, OSError, zipfile.BadZipFile, ValueError):
        pass
    return BookFacts()


def _xls_active_tab(path: Path) -> int | None:
    """The active tab of a BIFF workbook: `itabCur` of its first WINDOW1 record.

    WINDOW1 (id 0x3D, 18 bytes) sits early in the workbook globals, so the first 1 MB is
    searched; the index is checked against the sheet count by the caller.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(1 << 20)
    except OSError:
        return None
    found = head.find(_WINDOW1)
    if found < 0 or found + 4 + 12 > len(head):
        return None
    return int.from_bytes(head[found + 14 : found + 16], "little")


def sheet_kinds(path: Path, sheets: tuple[str, ...], mislabelled: bool) -> dict[str, SheetKind]:
    """Each sheet's kind from calamine's sheet metadata (reads only the workbook part)."""
    import python_calamine

    found: dict[str, SheetKind] = {}
    try:
        workbook = _calamine_workbook(python_calamine, path, mislabelled)
        try:
            for meta in workbook.sheets_metadata:
                found[meta.name] = SheetKind(
                    visibility=_VISIBILITY.get(str(meta.visible).rsplit(".", 1)[-1], "visible"),
                    chart=str(meta.typ).rsplit(".", 1)[-1] == "ChartSheet",
                )
        finally:
            workbook.close()
    except BaseException as exc:  # a nicety: fastexcel reports the real damage
        if not is_native_panic(exc) and not isinstance(exc, Exception):
            raise
    return {name: found.get(name, SheetKind()) for name in sheets}


def is_native_panic(exc: BaseException) -> bool:
    """True for pyo3's PanicException (a Rust panic): a BaseException, not an Exception."""
    return type(exc).__name__ == "PanicException"


def patch_cell_errors(columns: list[pa.Array], errors: object) -> list[pa.Array]:
    """Put back the text of cells fastexcel reported instead of converting (errors, ODS times)."""
    fixes: dict[int, dict[int, str]] = {}
    for error in getattr(errors, "errors", None) or []:
        text = error_detail_text(str(error.detail))
        row, col = error.position
        if text is not None and 0 <= col < len(columns):
            fixes.setdefault(col, {})[row] = text
    for col, cells in fixes.items():
        values = columns[col].to_pylist()
        for row, text in cells.items():
            if row < len(values):
                values[row] = text
        columns[col] = pa.array(values, type=columns[col].type)
    return columns


def needs_typed_read(columns: list[pa.Array], facts: BookFacts) -> bool:
    """True when dates may be wrong: a 1904 workbook, or durations read as date-times."""
    if facts.date1904:
        return True
    # Durations come out as date-times in 1899/1900, where no real data lives.
    return any(
        pc.any(pc.starts_with(col, "1899-")).as_py() or pc.any(pc.starts_with(col, "1900-")).as_py()
        for col in columns
    )


def rounded_number_columns(columns: list[pa.Array]) -> list[int]:
    """Indexes of the columns holding text that may be a number rounded to 9 decimals."""
    return [i for i, col in enumerate(columns) if _may_be_rounded(col)]


def _may_be_rounded(column: pa.Array) -> bool:
    if pc.any(pc.equal(column, "-0")).as_py():
        return True
    # Other such text is at least 11 characters long: most columns skip the regex (~7 ms).
    if (pc.max(pc.utf8_length(column)).as_py() or 0) < 11:
        return False
    return bool(pc.any(pc.match_substring_regex(column, _ROUNDED_NUMBER)).as_py())


def exact_numbers(
    reader,
    sheet: str,
    positions: list[int],
    columns: list[pa.Array],
    suspects: list[int],
    n_rows: int | None = None,
) -> list[pa.Array]:
    """Number cells of the `suspects` columns as their stored value's General text.

    The columns are read again as floats. A text cell comes back as the float it spells, so
    a cell is replaced only where its text and the stored double disagree — which a text
    cell never does (a 20-digit id stored as text stays as written), and a number rounded
    by the fast reading does.
    """
    loaded = reader.load_sheet(
        sheet,
        header_row=None,
        skip_rows=0,
        dtypes="float",
        n_rows=n_rows,
        use_columns=[positions[i] for i in suspects],
    )
    batch, _ = loaded.to_arrow_with_errors()
    for j, i in enumerate(suspects):
        fast, floats = columns[i], batch.column(j)
        if len(fast) != len(floats):
            continue
        numeric = pc.fill_null(pc.match_substring_regex(fast, _NUMBER_TEXT), False)
        as_float = pc.cast(pc.if_else(numeric, fast, "0"), pa.float64())
        # fastexcel's text of a number may also spell the same double with noise digits
        # (40310000.009999998): 9+ decimals and more than 15 significant digits mark it.
        digits = pc.utf8_ltrim(pc.replace_substring_regex(fast, r"[-.]", ""), "0")
        noisy = pc.and_(
            pc.match_substring_regex(fast, _LONG_DECIMALS), pc.greater(pc.utf8_length(digits), 15)
        )
        differs = pc.and_(
            numeric,
            pc.or_(pc.fill_null(pc.not_equal(as_float, floats), False), noisy),
        )
        differs = pc.and_(differs, pc.is_valid(floats))
        rows = np.flatnonzero(differs.to_numpy(zero_copy_only=False))
        if rows.size == 0:
            continue
        values = fast.to_pylist()
        stored = floats.to_numpy(zero_copy_only=False)
        for row in rows.tolist():
            values[row] = number_text(float(stored[row]))
        columns[i] = pa.array(values, type=fast.type)
    return columns


def exact_columns(
    path: Path,
    sheet: str,
    positions: list[int],
    fast: list[pa.Array],
    mislabelled: bool,
    n_rows: int | None = None,
) -> list[pa.Array]:
    """The sheet's cells as display text from python-calamine's typed values.

    Cells python-calamine leaves empty keep fastexcel's text (error cells are only in the
    latter); the shape follows `fast` (element i of a column is sheet row i+1).
    """
    import python_calamine

    workbook = _calamine_workbook(python_calamine, path, mislabelled)
    try:
        rows = workbook.get_sheet_by_name(sheet).to_python(skip_empty_area=False, nrows=n_rows)
    finally:
        workbook.close()
    result: list[pa.Array] = []
    for position, fast_col in zip(positions, fast, strict=True):
        previous = fast_col.to_pylist()
        values = []
        for i, old in enumerate(previous):
            row = rows[i] if i < len(rows) else ()
            value = value_text(row[position]) if position < len(row) else ""
            values.append(value if value != "" else old)
        result.append(pa.array(values, type=fast_col.type))
    return result


_ODS_ERROR = b'value-type="error"'


def ods_error_cells(path: Path, sheet: str, n_rows: int | None = None) -> dict[int, dict[int, str]]:
    """Error cells of an ODS sheet (calamine reads `#N/A` as "" and `#DIV/0!` as 0):
    0-based sheet column → {0-based sheet row: the text the cell shows}.

    The content XML is walked only when it holds an error cell at all (one bytes search).
    """
    with zipfile.ZipFile(path) as archive, archive.open("content.xml") as handle:
        content = handle.read()
    if _ODS_ERROR not in content:
        return {}
    found: dict[int, dict[int, str]] = {}
    for row, col, repeat, node in sheet_cells(content, sheet, n_rows):
        kind = next(
            (v for k, v in node.attrib.items() if k.endswith("}value-type") and "calcext" in k),
            None,
        )
        if kind == "error":
            text = "".join(node.itertext()).strip() or "#VALUE!"
            for offset in range(min(repeat, 1024)):
                found.setdefault(col + offset, {})[row] = text
    return found


def patch_positions(
    columns: list[pa.Array], positions: list[int], cells: dict[int, dict[int, str]]
) -> list[pa.Array]:
    """`columns` with the texts of `cells` (sheet column → {row: text}) put in."""
    slot = {position: i for i, position in enumerate(positions)}
    for position, rows in cells.items():
        i = slot.get(position)
        if i is None:
            continue
        values = columns[i].to_pylist()
        for row, text in rows.items():
            if row < len(values):
                values[row] = text
        columns[i] = pa.array(values, type=columns[i].type)
    return columns


# BIFF8 BOF record of a chart substream (dt = 0x0020). calamine before 0.37 (bundled in
# fastexcel 0.21) reads the cached series of an embedded chart as cells of its worksheet.
_XLS_CHART_BOF = b"\x09\x08\x10\x00\x00\x06\x20\x00"


def has_xls_chart(path: Path) -> bool:
    """True when a legacy .xls holds a chart (embedded or a chart sheet)."""
    try:
        with path.open("rb") as handle:
            return _XLS_CHART_BOF in handle.read()
    except OSError:
        return False


def calamine_grid(
    path: Path, sheet: str, mislabelled: bool, n_rows: int | None = None
) -> tuple[list[pa.Array], list[int]]:
    """A whole sheet from python-calamine (string columns from A, element i = row i+1)."""
    import python_calamine

    workbook = _calamine_workbook(python_calamine, path, mislabelled)
    try:
        rows = workbook.get_sheet_by_name(sheet).to_python(skip_empty_area=False, nrows=n_rows)
    finally:
        workbook.close()
    width = max((len(row) for row in rows), default=0)
    columns = [
        pa.array([value_text(row[i]) if i < len(row) else "" for row in rows], pa.string())
        for i in range(width)
    ]
    return columns, list(range(width))


def strip_nul(columns: list[pa.Array]) -> list[pa.Array]:
    """Remove NUL characters (some writers pad text with them; they are never meant)."""
    return [pc.replace_substring(col, "\x00", "") if _may_hold_nul(col) else col for col in columns]


def _may_hold_nul(column: pa.Array) -> bool:
    """A NUL byte anywhere in the column's character data (a memchr-speed scan)."""
    buffers = column.buffers()
    data = buffers[2] if len(buffers) > 2 else None
    return data is not None and data.size > 0 and bool((np.frombuffer(data, np.uint8) == 0).any())


def _calamine_workbook(python_calamine, path: Path, mislabelled: bool):
    fixed = fixed_xls_bytes(path)
    if fixed is not None:
        return python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(fixed))
    if mislabelled:  # calamine picks its reader by extension; given bytes it looks inside
        return python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(path.read_bytes()))
    return python_calamine.CalamineWorkbook.from_path(str(path))


# CODEPAGE record (0x0042) naming Apple Roman as BIFF does (32768), which calamine does not
# know; 10000 is the same code page under its Windows number, which it does.
_APPLE_ROMAN = b"\x42\x00\x02\x00\x00\x80"
_MAC_ROMAN = b"\x42\x00\x02\x00\x10\x27"
_BIFF_BOF = b"\x09\x08"


def fixed_xls_bytes(path: Path) -> bytes | None:
    """A legacy .xls from Excel for Mac with its code page renamed so it can be read; None
    when the file needs no change (or is not an .xls)."""
    try:
        with path.open("rb") as handle:
            if handle.read(8) != b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
                return None
            data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + handle.read()
    except OSError:
        return None
    found = data.find(_APPLE_ROMAN)
    # The record sits among the first records of the workbook globals, after their BOF.
    if found < 0 or not 0 <= found - data.rfind(_BIFF_BOF, 0, found) <= 4096:
        return None
    return data[:found] + _MAC_ROMAN + data[found + len(_APPLE_ROMAN) :]
