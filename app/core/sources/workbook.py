"""Workbooks (XLSX, XLSM, XLSB, XLS, ODS) read with fastexcel (the Rust calamine reader): the
sheet Excel opens on, every cell as the text a person sees, the header row chosen (see the
package rules)."""

from __future__ import annotations

import re
import zipfile
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from app.core.cancel import raise_if_cancelled
from app.core.headers import unique_headers
from app.core.native_stderr import panic_reports_hidden
from app.core.number_formats import apply_formats
from app.core.ods_shown import apply_ods_formats
from app.core.sources.detect import (
    OLE_MAGIC,
    WORKBOOK_FORMATS,
    ZIP_MAGIC,
    detect_format,
    read_bytes,
    read_head,
)
from app.core.sources.errors import LoadCancelled, LoadError
from app.core.sources.options import LoadOptions
from app.core.sources.rows import finish, guess_header_row, non_empty_mask
from app.core.sources.said import Joined, LoadWords, Names
from app.core.table import SourceInfo, Table
from app.core.value_readings import ValueColumn, named_readings
from app.core.workbook_read import (
    BookFacts,
    SheetKind,
    book_facts,
    calamine_grid,
    exact_columns,
    exact_numbers,
    fixed_xls_bytes,
    has_xls_chart,
    is_native_panic,
    needs_typed_read,
    ods_error_cells,
    patch_cell_errors,
    patch_positions,
    rounded_number_columns,
    sheet_kinds,
    strip_nul,
)
from app.core.xls_shown import apply_xls_formats

if TYPE_CHECKING:
    import fastexcel

_ENCRYPTED_MARKERS = (
    "EncryptedPackage".encode("utf-16-le"),
    "EncryptionInfo".encode("utf-16-le"),
)
# Formula cells without a saved value are looked for in this much sheet XML (~35 ms).
_FORMULA_SCAN_BYTES = 16 * 1024 * 1024
_MIDNIGHT = re.compile(r"^(\d{4}-\d{2}-\d{2}) 00:00:00$")


@panic_reports_hidden()
def list_workbook_sheets(path: Path) -> list[str]:
    """Sheet names of a workbook (an empty list for text and JSON files)."""
    head = read_head(path)
    if detect_format(path, head) not in WORKBOOK_FORMATS:
        return []
    _check_workbook_container(path, head)
    return list(_open_workbook(path).sheet_names)


@panic_reports_hidden()
def workbook_visibility(path: Path) -> dict[str, str]:
    """Each sheet's visibility in workbook order (empty for text and JSON files)."""
    head = read_head(path)
    if detect_format(path, head) not in WORKBOOK_FORMATS:
        return {}
    _check_workbook_container(path, head)
    return _sheet_visibility(path, tuple(_open_workbook(path).sheet_names))


def _sheet_visibility(path: Path, sheets: tuple[str, ...]) -> dict[str, str]:
    """Visibility from calamine's sheet metadata (reads only the workbook part, no cells)."""
    kinds = sheet_kinds(path, sheets, _mislabelled(path))
    return {name: kind.visibility for name, kind in kinds.items()}


def preview_workbook_rows(
    path: Path, head: bytes, fmt: str, sheet: str | None, n: int
) -> list[list[str]]:
    """The first `n` rows of a sheet as display text, before any header choice."""
    _check_workbook_container(path, head)
    read = _read_workbook_grid(path, sheet, n_rows=n)
    grid = [_display_dates(col, fmt) for col in read.columns]
    positions = read.positions
    width = (max(positions) + 1) if positions else 0
    cells = [[""] * len(grid[0]) for _ in range(width)] if grid else []
    for position, col in zip(positions, grid, strict=True):
        cells[position] = col.to_pylist()
    return [list(row) for row in zip(*cells, strict=True)] if cells else []


def _check_workbook_container(path: Path, head: bytes) -> None:
    if head.startswith(ZIP_MAGIC):
        if not zipfile.is_zipfile(path):
            raise LoadError.said(
                "{file} is damaged or incomplete (the workbook is cut short).",
                "Copy or download the file again, or re-save it from Excel.",
                file=path.name,
            )
        return
    if head.startswith(OLE_MAGIC):
        data = read_bytes(path)
        if any(marker in data for marker in _ENCRYPTED_MARKERS):
            raise LoadError.said(
                "{file} is password-protected.",
                "Open it in Excel, save an unprotected copy, and load that copy.",
                file=path.name,
            )
        return
    if not head:
        raise LoadError.said(
            "{file} is empty.", "Choose a workbook that holds data.", file=path.name
        )
    raise LoadError.said(
        "{file} is not a valid Excel or OpenDocument workbook.",
        "Check the file; if it is really CSV, rename it to .csv.",
        file=path.name,
    )


def _open_workbook(path: Path) -> fastexcel.ExcelReader:
    import fastexcel

    try:
        fixed = fixed_xls_bytes(path)
        if fixed is not None:
            return fastexcel.read_excel(fixed)
        if _mislabelled(path):
            # fastexcel picks its reader by extension; given bytes it looks at the content.
            return fastexcel.read_excel(path.read_bytes())
        return fastexcel.read_excel(path)
    except BaseException as exc:  # fastexcel's own hierarchy, or a Rust panic: "unreadable"
        if not isinstance(exc, Exception) and not is_native_panic(exc):
            raise
        raise workbook_error(path, exc) from exc


def _mislabelled(path: Path) -> bool:
    """True when a workbook's extension names another format than its content."""
    return detect_format(path, read_head(path)) != path.suffix.lower().lstrip(".")


def workbook_error(path: Path, exc: BaseException) -> LoadError:
    """The plain sentence for a workbook a reader refused or panicked on."""
    detail = str(exc).lower()
    if "password" in detail or "encrypt" in detail:
        return LoadError.said(
            "{file} is password-protected.",
            "Open it in Excel, save an unprotected copy, and load that copy.",
            file=path.name,
        )
    return LoadError.said(
        "{file} is damaged or is not a workbook Backfill can read.",
        "Open it in Excel or LibreOffice and save it again as .xlsx, or export it as CSV.",
        file=path.name,
    )


@dataclass
class _Grid:
    """One sheet's cells as string columns (element i is sheet row i+1)."""

    columns: list[pa.Array]
    sheet: str
    sheets: tuple[str, ...]
    positions: list[int]  # each column's 0-based sheet position (may start right of A)
    notes: list[str] = field(default_factory=list)  # why this sheet was chosen, if not obvious
    values: dict[int, ValueColumn] = field(default_factory=dict)  # value_readings, by position


@panic_reports_hidden()
def _read_workbook_grid(path: Path, sheet: str | None, n_rows: int | None = None) -> _Grid:
    """All cells of one sheet as display text (see the module rules)."""
    fmt = detect_format(path, read_head(path))
    mislabelled = _mislabelled(path)
    reader = _open_workbook(path)
    sheets = tuple(reader.sheet_names)
    if not sheets:
        raise LoadError.said(
            "{file} has no sheets.", "Choose a workbook that holds data.", file=path.name
        )
    facts = book_facts(path, fmt)
    kinds = sheet_kinds(path, sheets, mislabelled)
    notes: list[str] = []
    if sheet is None:
        sheet, notes = _default_sheet(path, sheets, kinds, facts)
    elif sheet not in sheets:
        raise LoadError.said(
            "{file} has no sheet named '{sheet}'.",
            "Sheets in this workbook: {sheets}.",
            file=path.name,
            sheet=sheet,
            sheets=Joined(sheets),
        )
    if kinds[sheet].chart:
        tables = [name for name in sheets if not kinds[name].chart]
        raise LoadError.said(
            "Sheet '{sheet}' of {file} is a chart, not a table of cells.",
            "Choose a sheet that holds data: {sheets}."
            if tables
            else "Choose a workbook that holds data.",
            sheet=sheet,
            file=path.name,
            sheets=Joined(tables),
        )
    try:
        loaded_sheet = reader.load_sheet(
            sheet, header_row=None, skip_rows=0, dtypes="string", n_rows=n_rows
        )
        positions = [info.absolute_index for info in loaded_sheet.available_columns()]
        loaded, errors = loaded_sheet.to_arrow_with_errors()
    except BaseException as exc:
        if not isinstance(exc, Exception) and not is_native_panic(exc):
            raise
        raise workbook_error(path, exc) from exc
    columns = patch_cell_errors(list(loaded.columns), errors)
    if len(positions) != len(columns):
        positions = list(range(len(columns)))
    if fmt == "xls" and has_xls_chart(path):
        # The bundled reader would mix the chart's series into the cells; the newer one not.
        with suppress(Exception):
            columns, positions = calamine_grid(path, sheet, mislabelled, n_rows)
    suspects = rounded_number_columns(columns)
    if fmt in ("xlsx", "xlsm") and _tiny_numbers_read_as_zero(path, sheet, columns):
        suspects = sorted({*suspects, *(i for i, c in enumerate(columns) if _has_zero(c))})
    # Should a second reading fail, the fast reading stands: it is only less exact.
    if suspects:
        with suppress(Exception):
            columns = exact_numbers(reader, sheet, positions, columns, suspects, n_rows)
    if needs_typed_read(columns, facts):
        with suppress(Exception):
            columns = exact_columns(path, sheet, positions, columns, mislabelled, n_rows)
    values: dict[int, ValueColumn] = {}
    if fmt in ("xlsx", "xlsm"):
        columns, values = _shown_numbers(path, sheet, columns, positions, n_rows)
    elif fmt == "ods":
        with suppress(Exception):  # the values stand; only error texts would be missing
            columns = patch_positions(columns, positions, ods_error_cells(path, sheet, n_rows))
        with suppress(Exception):  # the values stand; only their display format is lost
            columns, values = apply_ods_formats(path, sheet, columns, positions, n_rows)
    elif fmt == "xls":
        with suppress(Exception):  # the values stand; only their display format is lost
            columns, values = apply_xls_formats(path, sheet, columns, positions, n_rows)
    columns = strip_nul([pc.fill_null(col, "") for col in columns])
    return _Grid(columns, sheet, sheets, positions, notes, values)


_TINY_NUMBER = re.compile(rb"<v>\s*[\d.]+[eE]-\d")
# Sheets up to this much XML are searched for tiny numbers (~25 ms); larger ones are not.
_TINY_SCAN_BYTES = 16 * 1024 * 1024


def _has_zero(column: pa.Array) -> bool:
    return bool(pc.any(pc.equal(column, "0")).as_py())


def _tiny_numbers_read_as_zero(path: Path, sheet: str, columns: list[pa.Array]) -> bool:
    """True when a "0" cell may be a tiny number (below 5e-10, rounded to 0 by the fast
    reading): the sheet XML stores such a value in scientific notation."""
    if not any(_has_zero(col) for col in columns):
        return False
    try:
        with zipfile.ZipFile(path) as archive:
            part = _sheet_part(archive, sheet)
            if part is None or archive.getinfo(part).file_size > _TINY_SCAN_BYTES:
                return False
            return _TINY_NUMBER.search(archive.read(part)) is not None
    except (KeyError, OSError, zipfile.BadZipFile, SyntaxError):
        return False


def _shown_numbers(
    path: Path, sheet: str, columns: list[pa.Array], positions: list[int], n_rows: int | None
) -> tuple[list[pa.Array], dict[int, ValueColumn]]:
    """Numbers as their format shows them (`00123`, `15%`), and the values that hides."""
    try:
        with zipfile.ZipFile(path) as archive:
            part = _sheet_part(archive, sheet)
            if part is None:
                return columns, {}
            return apply_formats(archive, part, list(columns), positions, n_rows)
    except (KeyError, OSError, zipfile.BadZipFile, SyntaxError, ValueError):
        return columns, {}  # the values stand; only their display format is lost


def _default_sheet(
    path: Path, sheets: tuple[str, ...], kinds: dict[str, SheetKind], facts: BookFacts
) -> tuple[str, list[str]]:
    """The sheet Excel opens on: the active tab when it is a visible worksheet, else the
    first visible worksheet (a hidden first sheet is usually a lookup list), plus notes."""
    tables = [name for name in sheets if not kinds[name].chart] or list(sheets)
    visible = [name for name in tables if kinds[name].visibility == "visible"]
    active = facts.active_name
    if facts.active_tab is not None and facts.active_tab < len(sheets):
        active = sheets[facts.active_tab]
    if not visible:
        return tables[0], [
            LoadWords(
                "Every sheet of {file} is hidden in Excel; loaded '{sheet}', the first one. "
                "Check that it is the sheet you want.",
                file=path.name,
                sheet=tables[0],
            )
        ]
    chosen = active if active in visible else visible[0]
    if chosen != visible[0]:
        return chosen, [
            LoadWords(
                "Loaded sheet '{sheet}', the one the workbook opens on in Excel (its active tab).",
                sheet=chosen,
            )
        ]
    skipped = [name for name in sheets[: sheets.index(chosen)] if not kinds[name].chart]
    if not skipped:
        return chosen, []
    return chosen, [
        LoadWords(
            "Loaded sheet '{sheet}', the first visible one; {hidden} is hidden in Excel."
            if len(skipped) == 1
            else "Loaded sheet '{sheet}', the first visible one; {hidden} are hidden in Excel.",
            sheet=chosen,
            hidden=Names(skipped),
        )
    ]


def load_workbook(path: Path, fmt: str, head: bytes, options: LoadOptions) -> Table:
    """One sheet of the workbook at `path` (see the package rules)."""
    sheet, header_row, cancel = options.sheet, options.header_row, options.cancel
    _check_workbook_container(path, head)
    raise_if_cancelled(cancel, LoadCancelled)
    options.report(
        0,
        None,
        LoadWords("Reading sheet '{sheet}' of {file}", sheet=sheet, file=path.name)
        if sheet
        else LoadWords("Reading the first sheet of {file}", file=path.name),
    )
    read = _read_workbook_grid(path, sheet)
    grid = [_display_dates(col, fmt) for col in read.columns]
    sheet_name, sheets, positions = read.sheet, read.sheets, read.positions
    raise_if_cancelled(cancel, LoadCancelled)
    height = len(grid[0]) if grid else 0
    if height == 0:
        raise LoadError.said(
            "Sheet '{sheet}' of {file} is empty.",
            "Choose another sheet." if len(sheets) > 1 else "Choose a workbook that holds data.",
            sheet=sheet_name,
            file=path.name,
        )
    if header_row is None:
        top = [col.slice(0, 50) for col in grid]
        filled = sum(
            pc.greater(pc.utf8_length(col), 0).to_numpy(zero_copy_only=False).astype(int)
            for col in top
        )
        header_row = guess_header_row(list(np.atleast_1d(filled)))
        if header_row == 0:  # nothing in the top rows: the first non-empty row further down
            hits = np.flatnonzero(non_empty_mask(grid))
            if hits.size == 0:
                raise LoadError.said(
                    "Sheet '{sheet}' of {file} has no values.",
                    "Choose another sheet."
                    if len(sheets) > 1
                    else "Choose a workbook that holds data.",
                    sheet=sheet_name,
                    file=path.name,
                )
            header_row = int(hits[0]) + 1
    if header_row > height:
        raise LoadError.said(
            "Row {row} cannot be the header: sheet '{sheet}' has {count} row."
            if height == 1
            else "Row {row} cannot be the header: sheet '{sheet}' has {count} rows.",
            "Choose a header row that holds the column names.",
            row=header_row,
            sheet=sheet_name,
            count=height,
        )
    header_cells = [col[header_row - 1].as_py() for col in grid]
    if not any(str(c).strip() for c in header_cells):
        raise LoadError.said(
            "Row {row} of sheet '{sheet}' is empty, so it cannot be the header row.",
            "Choose the row that holds the column names.",
            row=header_row,
            sheet=sheet_name,
        )
    body = [col.slice(header_row) for col in grid]
    # Columns with neither a header nor any data are sheet padding, not columns.
    keep = [
        i
        for i, col in enumerate(body)
        if str(header_cells[i]).strip() or pc.max(pc.utf8_length(col)).as_py() not in (None, 0)
    ]
    names = unique_headers(
        [header_cells[i] if str(header_cells[i]).strip() else None for i in keep]
    )
    # unique_headers numbers blank headers by their position among kept columns; use sheet
    # positions instead so "Column 7" matches the spreadsheet's seventh column.
    for slot, i in enumerate(keep):
        if not str(header_cells[i]).strip():
            names[slot] = _unique_name(f"Column {positions[i] + 1}", names, slot)
    body = [body[i] for i in keep]
    arrow_table = pa.Table.from_arrays(body, names=names)
    row_numbers = np.arange(header_row + 1, header_row + 1 + arrow_table.num_rows)
    info = SourceInfo(path=path, format=fmt, sheet=sheet_name, sheets=sheets, header_row=header_row)
    warnings: list[str] = list(read.notes)
    if fmt in ("xlsx", "xlsm") and any(pc.any(pc.equal(col, "")).as_py() for col in body):
        # Only an empty cell can be a formula without a saved value; most sheets skip the scan.
        columns = {positions[i]: name for i, name in zip(keep, names, strict=True)}
        note = _unsaved_formulas_note(path, sheet_name, header_row, columns)
        if note:
            warnings.append(note)
    table = finish(arrow_table, names, row_numbers, info, warnings, options)
    table.values = named_readings(read.values, [positions[i] for i in keep], names)
    return table


def _sheet_part(archive: zipfile.ZipFile, sheet: str) -> str | None:
    """The zip member holding `sheet`'s cells, via workbook.xml and its relationships."""
    from xml.etree import ElementTree

    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rel_id = None
    for node in workbook.iterfind(".//{*}sheet"):
        if node.get("name") == sheet:
            rel_id = next((v for k, v in node.attrib.items() if k.endswith("}id")), None)
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    for node in rels.iterfind("{*}Relationship"):
        if node.get("Id") == rel_id:
            target = node.get("Target", "")
            return target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return None


_CELL_REF = re.compile(rb'\br="([A-Z]+)(\d+)"')
_CELL_TYPE = re.compile(rb'\bt="([a-zA-Z]+)"')
_SAVED_VALUE = re.compile(rb"<v>[^<]")
_FORMULA = re.compile(rb"<f[\s>/]")


def _unsaved_formulas_note(
    path: Path, sheet: str, header_row: int, columns: dict[int, str]
) -> str | None:
    """A warning naming the columns whose formula cells have no saved result (they read empty).

    Workbooks written by scripts and never opened in Excel store formulas without results.
    Scans at most `_FORMULA_SCAN_BYTES` of the sheet's XML so large sheets stay fast.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            part = _sheet_part(archive, sheet)
            if part is None:
                return None
            size = archive.getinfo(part).file_size
            with archive.open(part) as handle:
                xml = handle.read(_FORMULA_SCAN_BYTES)
    except (KeyError, OSError, zipfile.BadZipFile, SyntaxError):
        return None  # the cells loaded; this check is only a hint
    partial = size > len(xml)
    if partial:
        xml = xml[: xml.rfind(b"</row>") + len(b"</row>")]
    counts: dict[str, int] = {}
    found = _FORMULA.search(xml)
    while found is not None:
        start = found.start()
        cell_start = xml.rfind(b"<c ", 0, start)
        cell_end = xml.find(b"</c>", start)
        if cell_start == -1 or cell_end == -1:
            break
        tag = xml[cell_start : xml.find(b">", cell_start)]
        inner = xml[start:cell_end]
        ref = _CELL_REF.search(tag)
        kind = _CELL_TYPE.search(tag)
        # Excel saves an empty text result as t="str" with an empty <v>: that one is a value.
        saved = _SAVED_VALUE.search(inner) or (kind and kind.group(1) == b"str" and b"<v" in inner)
        if ref and not saved and int(ref.group(2)) > header_row:
            name = columns.get(_column_index(ref.group(1).decode()))
            if name is not None:
                counts[name] = counts.get(name, 0) + 1
        found = _FORMULA.search(xml, cell_end)
    if not counts:
        return None
    total = sum(counts.values())
    where = (
        LoadWords("in column '{column}'", column=next(iter(counts)))
        if len(counts) == 1
        else LoadWords(
            "in columns {columns}",
            columns=Joined(
                LoadWords("'{column}' ({count})", column=name, count=n)
                for name, n in counts.items()
            ),
        )
    )
    if partial:
        return LoadWords(
            "At least {count} formula cell {where} has no saved value and read empty — open "
            "the file in Excel and save it again."
            if total == 1
            else "At least {count} formula cells {where} have no saved value and read empty — "
            "open the file in Excel and save it again.",
            count=total,
            where=where,
        )
    return LoadWords(
        "{count} formula cell {where} has no saved value and read empty — open the file in "
        "Excel and save it again."
        if total == 1
        else "{count} formula cells {where} have no saved value and read empty — open the file "
        "in Excel and save it again.",
        count=total,
        where=where,
    )


def _column_index(letters: str) -> int:
    """0-based column index of Excel column letters (A → 0, AA → 26)."""
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1


def _unique_name(base: str, names: list[str], slot: int) -> str:
    others = {n.casefold() for j, n in enumerate(names) if j != slot}
    name, counter = base, 2
    while name.casefold() in others:
        name = f"{base} ({counter})"
        counter += 1
    return name


def _display_dates(column: pa.Array, fmt: str) -> pa.Array:
    """Date cells as a person reads them: `2024-03-04` at midnight, `10:30:00` for a time alone,
    `2024-03-04 10:05:00` otherwise (ODS writes a "T" there; Excel files do not)."""
    if fmt == "ods" and pc.any(pc.match_substring(column, "T")).as_py():
        column = pc.replace_substring_regex(
            column, r"^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2}(?:\.\d+)?)$", r"\1 \2"
        )
    # Cheap scans first: most columns hold no dates and skip both regex passes.
    if pc.any(pc.ends_with(column, " 00:00:00")).as_py():
        column = pc.replace_substring_regex(column, _MIDNIGHT.pattern, r"\1")
    if pc.any(pc.starts_with(column, "1899-12-3")).as_py():
        column = pc.replace_substring_regex(
            column, r"^1899-12-(?:30|31) (\d{2}:\d{2}:\d{2}(?:\.\d+)?)$", r"\1"
        )
    return column
