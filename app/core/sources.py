"""Load a spreadsheet file into a `Table` of raw text cells, each row tied to its row number.

Formats: CSV/TSV/TXT (delimiter sniffed among `,` `;` tab `|`), XLSX/XLSM/XLSB/XLS/ODS (fastexcel,
the Rust calamine reader), JSON (array of objects) and NDJSON (one object per line).

Every cell is text and nothing is coerced: `00123` stays `00123`, `1e5` stays `1e5`, an empty
cell is "". Workbook cells become the text a person sees in the spreadsheet (`cell_text`):

- numbers: as their number format shows them in Excel (XLSX, XLS; ODS: the text saved with
  the cell): `00123`, `2.50`, `1,234`, `15%`, `$1,234.50`, `1.23E+04`, `1 1/2`, `2.5` for 2.46
  under `0.0` (`format_codes`); General format's text otherwise, at most 15 significant digits
  (`1.0` → `1`, `0.1+0.2` → `0.3`, `40310000.01` stays so, `1e-10`). Where the text shown
  does not read back as the number, `Table.values` keeps the value (`value_readings`): number
  fields send 2.46 and 0.15, identifiers and text send what is shown;
- dates and times: ISO text — `2024-03-04` for a date at midnight, `2024-03-04 10:05:00` for a
  date with a time (`.500` when there are fractional seconds), `10:30:00` for a time-only cell;
  durations (`[h]:mm:ss`, ODS times) as `255:10:10`; 1904-based workbooks read right;
- booleans: `TRUE` / `FALSE` as Excel shows them (JSON: `true` / `false`); formulas: their last calculated value (a workbook written by a
  program and never opened in Excel may have none: those cells read empty and `Table.warnings`
  names the columns and counts, from a bounded scan of the sheet XML);
- error cells show what they show (`#N/A`, `#DIV/0!`), so a required field there is not empty;
- NUL characters inside workbook text are dropped.

Without a `sheet`, a workbook opens where Excel opens it: its active tab when that is a visible
worksheet, else its first visible worksheet (chart sheets are never chosen; `sheet_visibility`
tells a picker which sheets are hidden; a workbook whose every sheet is hidden is read from its
first sheet, with a warning). The format comes from the content when the extension lies (an XLS
renamed .xlsx, an XLSX renamed .csv), with a warning.

Row numbers are what Excel shows: a workbook row keeps its sheet row number; a CSV row is its
record number in the file (blank lines count, a quoted value spanning lines counts once; an
Excel `sep=;` first line sets the delimiter and, hidden as in Excel, is not counted).
JSON arrays number objects from 1; NDJSON rows carry their line number; a JSON number keeps
the text it was written with (`1.10`, `1e5`, a 30-digit id). Rows whose every cell
is empty are skipped (and the skipped numbers reported in `Table.warnings`).

Any unreadable input raises `LoadError` with a plain sentence and a hint — never a traceback,
also for a Rust panic inside a workbook reader (whose report is kept off the terminal).
"""

from __future__ import annotations

import csv
import io
import json
import re
import threading
import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import orjson
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from app.core.encoding import decode_to_utf8
from app.core.headers import unique_headers
from app.core.native_stderr import panic_reports_hidden
from app.core.number_formats import apply_formats
from app.core.ods_shown import apply_ods_formats
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

Progress = Callable[[int, "int | None", str], None]

TEXT_FORMATS = ("csv", "tsv", "txt")
WORKBOOK_FORMATS = ("xlsx", "xlsm", "xlsb", "xls", "ods")
JSON_FORMATS = ("json", "ndjson", "jsonl")
SUPPORTED_EXTENSIONS: tuple[str, ...] = tuple(
    f".{ext}" for ext in (*TEXT_FORMATS, *WORKBOOK_FORMATS, *JSON_FORMATS)
)
DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
# Offered in the encoding picker; anything Python knows is accepted.
COMMON_ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1", "cp1250", "mac-roman")

_ZIP_MAGIC = b"PK\x03\x04"
_ODS_MIMETYPE = b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_MARKERS = (
    "EncryptedPackage".encode("utf-16-le"),
    "EncryptionInfo".encode("utf-16-le"),
)
_FORMAT_NAMES = {
    "xlsx": "Excel workbook (XLSX)",
    "xlsm": "Excel workbook (XLSM)",
    "xlsb": "Excel binary workbook (XLSB)",
    "xls": "XLS workbook (Excel 97–2003)",
    "ods": "OpenDocument spreadsheet (ODS)",
}
_BINARY_MAGICS = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
    b"Rar!": "a RAR archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"SQLite format 3": "a SQLite database",
    b"\x7fELF": "a program file",
    b"MZ": "a Windows program file",
}
# Larger CSVs are read block by block to report progress and honour cancel; smaller ones in
# one multi-threaded call (under a second), which is ~1.5× faster on two cores.
_STREAM_THRESHOLD = 128 * 1024 * 1024
_BLOCK_SIZE = 8 * 1024 * 1024
_HEAD_BYTES = 256 * 1024
_SNIFF_LINE_MAX = 64 * 1024  # below csv's 128 kB field limit
# Formula cells without a saved value are looked for in this much sheet XML (~35 ms).
_FORMULA_SCAN_BYTES = 16 * 1024 * 1024
_SEP_HINT = re.compile(rb"^(?:\xef\xbb\xbf)?sep=([,;\t|])\r?\n")
_MIDNIGHT = re.compile(r"^(\d{4}-\d{2}-\d{2}) 00:00:00$")


class LoadError(Exception):
    """The file cannot be loaded. `message` says why in plain words, `hint` what to try."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message if not hint else f"{message} {hint}")
        self.message = message
        self.hint = hint


class LoadCancelled(Exception):
    """The operator cancelled loading."""


def file_filter() -> str:
    """A Qt open-dialog filter string listing every supported extension."""
    patterns = " ".join(f"*{ext}" for ext in SUPPORTED_EXTENSIONS)
    return (
        f"Spreadsheets ({patterns});;"
        "CSV / text (*.csv *.tsv *.txt);;"
        "Excel (*.xlsx *.xlsm *.xlsb *.xls);;"
        "OpenDocument (*.ods);;"
        "JSON (*.json *.ndjson *.jsonl);;"
        "All files (*)"
    )


def _cancelled(cancel: object) -> bool:
    if cancel is None:
        return False
    if isinstance(cancel, threading.Event):
        return cancel.is_set()
    return bool(cancel())  # type: ignore[operator]


def _check_cancel(cancel: object) -> None:
    if _cancelled(cancel):
        raise LoadCancelled("Loading was cancelled.")


def _report(progress: Progress | None, done: int, total: int | None, message: str) -> None:
    if progress is not None:
        progress(done, total, message)


def _count(n: int, noun: str, plural: str | None = None) -> str:
    """`1 row`, `2 rows`, `1,234 rows`: a count with its noun in the right number."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"


def _format_rows(numbers: Sequence[int], limit: int = 8) -> str:
    shown = ", ".join(f"{n:,}" for n in numbers[:limit])
    return shown + (", …" if len(numbers) > limit else "")


# ---------------------------------------------------------------------------------------------
# Format detection


def detect_format(path: Path, head: bytes) -> str:
    """The format to read `path` as: its content decides when it contradicts the extension."""
    ext = path.suffix.lower().lstrip(".")
    if ext == "jsonl":
        ext = "ndjson"
    if head.startswith(_ZIP_MAGIC):
        # ODS stores its mimetype first and uncompressed, so the head shows it.
        if _ODS_MIMETYPE in head:
            return "ods"
        if ext in ("xlsx", "xlsm"):
            return ext
        # An xlsx saved as .xls, .csv or without extension, or a binary workbook (XLSB).
        return "xlsb" if _is_xlsb(path) else "xlsx"
    if head.startswith(_OLE_MAGIC):
        # An OLE2 file is a legacy .xls (an encrypted .xlsx is OLE2 too: the container
        # check refuses it as password-protected before anything reads it).
        return "xls"
    if ext in (*TEXT_FORMATS, *WORKBOOK_FORMATS, "json", "ndjson"):
        return ext
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"["):
        return "json"
    if stripped.startswith(b"{"):
        return "ndjson"
    return "csv"


def _is_xlsb(path: Path) -> bool:
    """True for a ZIP workbook whose parts are binary (XLSB): it has xl/workbook.bin."""
    try:
        with zipfile.ZipFile(path) as archive:
            return "xl/workbook.bin" in archive.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


def list_sheets(path: str | Path) -> list[str]:
    """Sheet names of a workbook (an empty list for text and JSON files)."""
    path = Path(path)
    with _plain_errors(path):
        return _list_sheets(path)


@panic_reports_hidden()
def _list_sheets(path: Path) -> list[str]:
    head = _read_head(path)
    if detect_format(path, head) not in WORKBOOK_FORMATS:
        return []
    _check_workbook_container(path, head)
    return list(_open_workbook(path).sheet_names)


def sheet_visibility(path: str | Path) -> dict[str, str]:
    """Each sheet's visibility in workbook order: "visible", "hidden" or "veryhidden".

    Empty for text and JSON files; lets a sheet picker label hidden sheets.
    """
    path = Path(path)
    with _plain_errors(path):
        return _sheet_visibility_of(path)


@panic_reports_hidden()
def _sheet_visibility_of(path: Path) -> dict[str, str]:
    head = _read_head(path)
    if detect_format(path, head) not in WORKBOOK_FORMATS:
        return {}
    _check_workbook_container(path, head)
    return _sheet_visibility(path, tuple(_open_workbook(path).sheet_names))


def _sheet_visibility(path: Path, sheets: tuple[str, ...]) -> dict[str, str]:
    """Visibility from calamine's sheet metadata (reads only the workbook part, no cells)."""
    kinds = sheet_kinds(path, sheets, _mislabelled(path))
    return {name: kind.visibility for name, kind in kinds.items()}


def _read_head(path: Path, size: int = 128) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(size)
    except FileNotFoundError as exc:
        raise LoadError(f"The file {path.name} does not exist.", "Check the path.") from exc
    except IsADirectoryError as exc:
        raise LoadError(f"{path.name} is a folder, not a file.", "Choose a file.") from exc
    except PermissionError as exc:
        raise LoadError(
            f"Backfill is not allowed to read {path.name}.",
            "Check the file's permissions, or close it in other programs and try again.",
        ) from exc
    except OSError as exc:
        raise LoadError(f"The file {path.name} could not be read ({exc.strerror}).") from exc


# ---------------------------------------------------------------------------------------------
# Public entry points


def load_table(
    path: str | Path,
    *,
    sheet: str | None = None,
    header_row: int | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    progress: Progress | None = None,
    cancel: object = None,
) -> Table:
    """Read `path` into a Table of text cells (see the module rules).

    `header_row` is the 1-based spreadsheet row holding the column names (default: the first
    non-empty row that is not a title line). Raises LoadError for unusable input and
    LoadCancelled when `cancel` fires.
    """
    path = Path(path)
    with _plain_errors(path):
        return _load_table(path, sheet, header_row, encoding, delimiter, progress, cancel)


@contextmanager
def _plain_errors(path: Path) -> Iterator[None]:
    """Turn any failure while reading `path` into a LoadError sentence, never a traceback.

    Rust panics inside the workbook readers arrive as pyo3's PanicException, which is a
    BaseException: they are caught here too (KeyboardInterrupt and SystemExit are not).
    """
    try:
        yield
    except (LoadError, LoadCancelled):
        raise
    except MemoryError as exc:
        raise LoadError(
            f"{path.name} is too large to load on this computer.",
            "Split it into smaller files and load them one at a time.",
        ) from exc
    except Exception as exc:  # an operator gets a sentence, never a traceback
        raise LoadError(
            f"Backfill could not read {path.name} ({exc}).",
            "If it opens in Excel, save it again as .xlsx or CSV and load that copy.",
        ) from exc
    except BaseException as exc:
        if not is_native_panic(exc):
            raise
        raise _workbook_error(path, exc) from exc


def _load_table(
    path: Path,
    sheet: str | None,
    header_row: int | None,
    encoding: str | None,
    delimiter: str | None,
    progress: Progress | None,
    cancel: object,
) -> Table:
    head = _read_head(path)
    fmt = detect_format(path, head)
    if header_row is not None and header_row < 1:
        raise LoadError("The header row must be 1 or more.", "Row numbers start at 1.")
    _report(progress, 0, None, f"Opening {path.name}")
    if fmt in WORKBOOK_FORMATS:
        table = _load_workbook(path, fmt, head, sheet, header_row, progress, cancel)
    elif fmt in ("json", "ndjson"):
        table = _load_json(path, fmt, progress, cancel)
    else:
        table = _load_delimited(path, fmt, header_row, encoding, delimiter, progress, cancel)
    if path.suffix.lower().lstrip(".") not in (fmt, "jsonl") and fmt in WORKBOOK_FORMATS:
        table.warnings.insert(
            0,
            f"{path.name} is really an {_FORMAT_NAMES[fmt]}, whatever its name says; it was "
            "read as one.",
        )
    _report(progress, len(table), len(table), f"Read {_count(len(table), 'row')}")
    return table


def read_preview_rows(
    path: str | Path,
    *,
    sheet: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    n: int = 30,
) -> list[list[str]]:
    """The first `n` raw rows before any header choice (for a header-row picker).

    Row i of the result is spreadsheet row i+1; cells are text, "" when empty.
    """
    path = Path(path)
    with _plain_errors(path):
        return _read_preview_rows(path, sheet, encoding, delimiter, n)


def _read_preview_rows(
    path: Path, sheet: str | None, encoding: str | None, delimiter: str | None, n: int
) -> list[list[str]]:
    head = _read_head(path)
    fmt = detect_format(path, head)
    if fmt in WORKBOOK_FORMATS:
        _check_workbook_container(path, head)
        read = _read_workbook_grid(path, sheet, n_rows=n)
        grid = [_display_dates(col, fmt) for col in read.columns]
        positions = read.positions
        width = (max(positions) + 1) if positions else 0
        cells = [[""] * len(grid[0]) for _ in range(width)] if grid else []
        for position, col in zip(positions, grid, strict=True):
            cells[position] = col.to_pylist()
        return [list(row) for row in zip(*cells, strict=True)] if cells else []
    if fmt in ("json", "ndjson"):
        table = _load_json(path, fmt, None, None)
        rows = [table.headers]
        rows.extend(table.df.head(max(n - 1, 0)).astype(object).values.tolist())
        return rows[:n]
    data = _read_bytes(path)
    decoded = _decode(path, data, encoding)
    utf8, hint = _strip_sep_hint(decoded.utf8)
    delim = delimiter or hint or _sniff_delimiter(utf8, fmt)
    records = _head_records(utf8, delim, n)
    return [list(r) for r in records]


def guess_header_row(filled_counts: Sequence[int]) -> int:
    """1-based header row from the filled-cell counts of the top rows (0 when all are empty).

    The first non-empty row, unless it is a title line: a row with fewer than half the cells
    of the widest top row is skipped (e.g. "Sales report — March" above the real header), and
    so are up to three one-cell lines right above a row of two or more cells (a title over a
    narrow table). A one-column file keeps its first row.
    """
    widest = max(filled_counts, default=0)
    if widest == 0:
        return 0
    needed = max(1, (widest + 1) // 2)
    first = next(i for i, count in enumerate(filled_counts) if count >= needed)
    if filled_counts[first] == 1 and widest >= 2:
        titles = 0
        for i in range(first, len(filled_counts)):
            if filled_counts[i] >= 2:
                return i + 1
            titles += filled_counts[i] == 1
            if titles > _TITLE_LINES:
                break
    return first + 1


_TITLE_LINES = 3


# ---------------------------------------------------------------------------------------------
# Delimited text


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise LoadError(f"The file {path.name} could not be read ({exc.strerror}).") from exc


def _decode(path: Path, data: bytes, encoding: str | None):
    if _blank_bytes(data):
        raise LoadError(f"{path.name} is empty.", "Choose a file that has a header row and data.")
    for magic, what in _BINARY_MAGICS.items():
        if data.startswith(magic):
            raise LoadError(
                f"{path.name} is {what}, not a spreadsheet.",
                "Export the data as CSV or Excel and load that file.",
            )
    try:
        decoded = decode_to_utf8(data, encoding)
    except UnicodeDecodeError as exc:
        raise _undecodable(path, exc, encoding) from exc
    except LookupError as exc:
        raise LoadError(
            f"{path.name} cannot be read: '{encoding}' is not an encoding Backfill knows.",
            "Leave the encoding on automatic, or pick one from the list.",
        ) from exc
    sample = decoded.utf8[:65536]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if b"\x00" in sample or controls > max(8, len(sample) // 100):
        raise LoadError(
            f"{path.name} does not look like a spreadsheet or text file (it contains binary data).",
            "Check that you picked the right file; export it as CSV or Excel if it came from "
            "another program.",
        )
    return decoded


def _undecodable(path: Path, exc: UnicodeDecodeError, chosen: str | None) -> LoadError:
    """A plain sentence for bytes that are not text in the encoding chosen or detected."""
    name = exc.encoding.upper().replace("UTF-16-LE", "UTF-16").replace("UTF-16-BE", "UTF-16")
    where = f"at byte {exc.start:,}"
    if "surrogate" in exc.reason or (name == "UTF-16" and "end of data" in exc.reason):
        what = (
            f"{path.name} is UTF-16 text with a damaged character {where} (one half of a "
            "two-part character is missing), so it cannot be read safely."
        )
    elif chosen is not None:
        what = f"{path.name} cannot be read as {chosen}: the bytes {where} do not fit it."
    else:
        what = f"{path.name} is not valid {name} text: the bytes {where} do not fit it."
    hint = (
        "Open it in the program that made it and save it again as UTF-8 CSV."
        if chosen is None
        else "Leave the encoding on automatic, or pick the one the file was saved with."
    )
    return LoadError(what, hint)


_CONTROL_BYTES = bytes(c for c in range(32) if c not in (9, 10, 13))
_BLANK = b"\xef\xbb\xbf\xff\xfe \t\r\n\x00"


def _blank_bytes(data: bytes) -> bool:
    """True when the file holds nothing but whitespace/BOMs (without copying a large file)."""
    if data[:65536].strip(_BLANK):
        return False
    return not data.strip(_BLANK)


def _strip_sep_hint(utf8: bytes) -> tuple[bytes, str | None]:
    """Remove Excel's `sep=;` first line (Excel hides it, so row 1 is the line after it)."""
    hint = _SEP_HINT.match(utf8[:16])
    if hint is None:
        return utf8, None
    return utf8[hint.end() :], hint.group(1).decode()


def _head_records(utf8: bytes, delimiter: str, limit: int) -> list[list[str]]:
    """Parse up to `limit` complete records from the start of the file (quotes respected)."""
    head = utf8[:_HEAD_BYTES]
    complete = len(head) == len(utf8)
    text = head.decode("utf-8", errors="ignore")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    records: list[list[str]] = []
    try:
        for record in reader:
            records.append(record)
            if len(records) > limit:
                break
    except csv.Error:
        return records[:limit]  # the record that failed was never appended
    if not complete and len(records) <= limit and records:
        records.pop()  # the last record may be cut by the head boundary
    return records[:limit]


def _sniff_lines(utf8: bytes) -> list[str]:
    """Up to 200 complete one-line records from the top of the file, for delimiter sniffing.

    Lines cut by the head boundary, lines inside a quoted multi-line cell (tracked by quote
    parity) and giant lines are left out, so one huge cell cannot sway the choice.
    """
    head = utf8[:_HEAD_BYTES]
    raw = head.decode("utf-8", errors="ignore").splitlines()
    if len(head) < len(utf8) and raw:
        raw = raw[:-1]  # the head may end mid-line
    complete: list[str] = []
    inside = False
    for line in raw:
        odd = line.count('"') % 2 == 1
        if not inside and not odd and line.strip() and len(line) <= _SNIFF_LINE_MAX:
            complete.append(line)
            if len(complete) == 200:
                break
        if odd:
            inside = not inside
    if complete:
        return complete
    # A stray quote near the top hid every line: fall back to the short non-empty lines.
    return [line for line in raw if line.strip() and len(line) <= _SNIFF_LINE_MAX][:200]


def _sniff_delimiter(utf8: bytes, fmt: str) -> str:
    """Pick the delimiter giving the most consistent number (>1) of fields per line."""
    lines = _sniff_lines(utf8)
    best = "\t" if fmt == "tsv" else ","
    best_score = (0.0, 0)
    for delim in DELIMITERS:
        counts: list[int] = []
        try:
            for record in csv.reader(lines, delimiter=delim, strict=False):
                counts.append(len(record))
        except csv.Error:
            pass  # score the records read before the one that failed
        if not counts:
            continue
        values, freq = np.unique(np.array(counts), return_counts=True)
        modal = int(values[np.argmax(freq)])
        if modal <= 1:
            continue
        consistency = float(freq.max()) / len(counts)
        score = (round(consistency, 2), modal)
        if score > best_score:
            best, best_score = delim, score
    return best


def _load_delimited(
    path: Path,
    fmt: str,
    header_row: int | None,
    encoding: str | None,
    delimiter: str | None,
    progress: Progress | None,
    cancel: object,
) -> Table:
    data = _read_bytes(path)
    _check_cancel(cancel)
    decoded = _decode(path, data, encoding)
    del data
    utf8 = decoded.utf8
    if delimiter is not None and delimiter not in DELIMITERS and len(delimiter) != 1:
        raise LoadError(f"'{delimiter}' cannot be used as a delimiter.", "Use a single character.")
    utf8, hint = _strip_sep_hint(utf8)
    delim = delimiter or hint or _sniff_delimiter(utf8, fmt)
    wanted = (header_row or 0) + 1 if header_row else 200
    records = _head_records(utf8, delim, max(wanted, 200))
    if header_row is None:
        counts = [sum(1 for c in r if c.strip()) for r in records[:50]]
        header_row = guess_header_row(counts)
        if header_row == 0:
            raise LoadError(
                f"{path.name} has no header row: "
                + (
                    "its first line is empty."
                    if len(records) == 1
                    else f"the first {len(records):,} lines are empty."
                    if records
                    else "no line at the top could be read."
                ),
                "Check that the file holds data, or choose the header row yourself.",
            )
    if header_row > len(records):
        raise LoadError(
            f"Row {header_row:,} cannot be the header: the file has only "
            f"{_count(len(records), 'row')} near the top.",
            "Choose a header row that holds the column names.",
        )
    raw_header = records[header_row - 1]
    if not any(cell.strip() for cell in raw_header):
        raise LoadError(
            f"Row {header_row:,} is empty, so it cannot be the header row.",
            "Choose the row that holds the column names.",
        )
    names = unique_headers(raw_header)
    arrow_table = _parse_csv(path, utf8, delim, header_row, names, progress, cancel)
    # Trailing delimiters make unnamed, empty columns: padding, not data.
    padding = [
        i
        for i, cell in enumerate(raw_header)
        if not cell.strip() and not pc.max(pc.binary_length(arrow_table.column(i))).as_py()
    ]
    if padding:
        arrow_table = arrow_table.drop_columns([names[i] for i in padding])
        names = [name for i, name in enumerate(names) if i not in padding]
    info = SourceInfo(
        path=path,
        format=fmt,
        encoding=decoded.encoding,
        delimiter=delim,
        header_row=header_row,
    )
    row_numbers = np.arange(header_row + 1, header_row + 1 + arrow_table.num_rows, dtype=np.int64)
    warnings: list[str] = []
    if hint:
        warnings.append(
            f"The first line 'sep={hint}' is Excel's delimiter hint: the file is read as "
            f"{DELIMITER_NAMES.get(hint, repr(hint))}-separated and, as in Excel, that line is "
            "hidden and not counted as a row."
        )
    if decoded.encoding not in ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"):
        warnings.append(
            f"The file is not UTF-8; it was read as {decoded.encoding}. If accented letters look "
            "wrong, choose another encoding."
        )
    return _finish(arrow_table, names, row_numbers, info, warnings, progress, cancel)


def _parse_csv(
    path: Path,
    utf8: bytes,
    delim: str,
    header_row: int,
    names: list[str],
    progress: Progress | None,
    cancel: object,
) -> pa.Table:
    ragged: list[tuple[int | None, int]] = []

    def on_invalid(row) -> str:
        ragged.append((row.number, row.actual_columns))
        return "skip"

    read_options = pacsv.ReadOptions(
        skip_rows=header_row,
        column_names=names,
        block_size=_BLOCK_SIZE,
        use_threads=True,
    )
    parse_options = pacsv.ParseOptions(
        delimiter=delim,
        # Only a quoted value can hold a line break; without quotes the faster splitter is exact.
        newlines_in_values=b'"' in utf8,
        ignore_empty_lines=False,
        invalid_row_handler=on_invalid,
    )
    convert_options = pacsv.ConvertOptions(
        column_types={name: pa.large_string() for name in names},
        strings_can_be_null=False,
        quoted_strings_can_be_null=False,
        null_values=[],
    )
    source = pa.BufferReader(utf8)
    try:
        if len(utf8) <= _STREAM_THRESHOLD:
            table = pacsv.read_csv(
                source,
                read_options=read_options,
                parse_options=parse_options,
                convert_options=convert_options,
            )
        else:
            batches = []
            done = 0
            reader = pacsv.open_csv(
                source,
                read_options=read_options,
                parse_options=parse_options,
                convert_options=convert_options,
            )
            for batch in reader:
                _check_cancel(cancel)
                batches.append(batch)
                done += batch.num_rows
                _report(progress, done, None, f"Reading {path.name} — {_count(done, 'row')}")
            table = pa.Table.from_batches(batches, schema=reader.schema)
    except pa.ArrowInvalid as exc:
        if "Could not skip initial" in str(exc) and not _has_record_after(utf8, header_row):
            # The header is the last line and has no line break after it: no data rows.
            return pa.table({name: pa.array([], pa.large_string()) for name in names})
        raise _csv_error(path, str(exc), header_row) from exc
    if ragged:
        raise _ragged_error(path, utf8, delim, header_row, names, ragged)
    _check_unclosed_quote(path, utf8, table, header_row)
    return table


def _has_record_after(utf8: bytes, header_row: int) -> bool:
    """True when the text holds more than `header_row` records (quotes respected)."""
    reader = csv.reader(io.StringIO(utf8.decode("utf-8", "replace"), newline=""), strict=False)
    try:
        return sum(1 for _ in zip(range(header_row + 1), reader, strict=False)) > header_row
    except csv.Error:
        return True


def _check_unclosed_quote(path: Path, utf8: bytes, table: pa.Table, header_row: int) -> None:
    """pyarrow reads an unclosed quote as one cell running to the end of the file; refuse it.

    Evidence: an odd number of quote characters and a multi-line cell in the last row.
    """
    if table.num_rows == 0:
        return
    last = table.slice(table.num_rows - 1)
    for column in last.columns:
        value = column[0].as_py() or ""
        if ("\n" in value or "\r" in value) and utf8.count(b'"') % 2 == 1:
            row = header_row + table.num_rows
            raise LoadError(
                f'{path.name} has a quote (") in row {row:,} that is never closed, so the rest '
                "of the file cannot be split into rows.",
                "Open the file in a text editor or Excel, fix the quotes, and save it again.",
            )


def _csv_error(path: Path, detail: str, header_row: int) -> LoadError:
    lowered = detail.lower()
    if "quote" in lowered or "out of sync" in lowered or "unterminated" in lowered:
        return LoadError(
            f'{path.name} has a quote (") that is never closed, so the rest of the file cannot '
            "be split into rows.",
            "Open the file in a text editor or Excel, fix the quotes, and save it again.",
        )
    if "utf8" in lowered or "utf-8" in lowered:
        return LoadError(
            f"{path.name} contains characters that are not valid text in the chosen encoding.",
            "Choose another encoding (for example Windows-1252).",
        )
    return LoadError(
        f"{path.name} could not be read as a delimited text file.",
        "Check that it is a CSV/TSV file; re-export it from the original program.",
    )


def _ragged_error(
    path: Path,
    utf8: bytes,
    delim: str,
    header_row: int,
    names: list[str],
    ragged: list[tuple[int | None, int]],
) -> LoadError:
    if any(number is None for number, _ in ragged):
        # Threaded parsing does not know row numbers; parse again serially to name them.
        ragged = []

        def on_invalid(row) -> str:
            ragged.append((row.number, row.actual_columns))
            return "skip"

        pacsv.read_csv(
            pa.BufferReader(utf8),
            read_options=pacsv.ReadOptions(
                skip_rows=header_row, column_names=names, use_threads=False
            ),
            parse_options=pacsv.ParseOptions(
                delimiter=delim,
                newlines_in_values=True,
                ignore_empty_lines=False,
                invalid_row_handler=on_invalid,
            ),
            convert_options=pacsv.ConvertOptions(column_types=dict.fromkeys(names, pa.string())),
        )
    rows = sorted(int(n) for n, _ in ragged if n is not None)
    first_number, first_count = min(ragged, key=lambda item: item[0] or 0)
    count = len(ragged)
    return LoadError(
        f"{count:,} row{'s' if count != 1 else ''} of {path.name} "
        f"{'have' if count != 1 else 'has'} a different number of cells than the header "
        f"({len(names)}): row{'s' if count != 1 else ''} {_format_rows(rows)} "
        f"(row {first_number:,} has {_count(first_count, 'cell')}).",
        "A value probably contains an unquoted delimiter or line break. Fix those rows, or "
        "check that the delimiter and header row are right.",
    )


# ---------------------------------------------------------------------------------------------
# Workbooks


def _check_workbook_container(path: Path, head: bytes) -> None:
    if head.startswith(_ZIP_MAGIC):
        if not zipfile.is_zipfile(path):
            raise LoadError(
                f"{path.name} is damaged or incomplete (the workbook is cut short).",
                "Copy or download the file again, or re-save it from Excel.",
            )
        return
    if head.startswith(_OLE_MAGIC):
        data = _read_bytes(path)
        if any(marker in data for marker in _ENCRYPTED_MARKERS):
            raise LoadError(
                f"{path.name} is password-protected.",
                "Open it in Excel, save an unprotected copy, and load that copy.",
            )
        return
    if not head:
        raise LoadError(f"{path.name} is empty.", "Choose a workbook that holds data.")
    raise LoadError(
        f"{path.name} is not a valid Excel or OpenDocument workbook.",
        "Check the file; if it is really CSV, rename it to .csv.",
    )


def _open_workbook(path: Path):
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
        raise _workbook_error(path, exc) from exc


def _mislabelled(path: Path) -> bool:
    """True when a workbook's extension names another format than its content."""
    return detect_format(path, _read_head(path)) != path.suffix.lower().lstrip(".")


def _workbook_error(path: Path, exc: BaseException) -> LoadError:
    detail = str(exc).lower()
    if "password" in detail or "encrypt" in detail:
        return LoadError(
            f"{path.name} is password-protected.",
            "Open it in Excel, save an unprotected copy, and load that copy.",
        )
    return LoadError(
        f"{path.name} is damaged or is not a workbook Backfill can read.",
        "Open it in Excel or LibreOffice and save it again as .xlsx, or export it as CSV.",
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
    fmt = detect_format(path, _read_head(path))
    mislabelled = _mislabelled(path)
    reader = _open_workbook(path)
    sheets = tuple(reader.sheet_names)
    if not sheets:
        raise LoadError(f"{path.name} has no sheets.", "Choose a workbook that holds data.")
    facts = book_facts(path, fmt)
    kinds = sheet_kinds(path, sheets, mislabelled)
    notes: list[str] = []
    if sheet is None:
        sheet, notes = _default_sheet(path, sheets, kinds, facts)
    elif sheet not in sheets:
        raise LoadError(
            f"{path.name} has no sheet named '{sheet}'.",
            f"Sheets in this workbook: {', '.join(sheets)}.",
        )
    if kinds[sheet].chart:
        tables = [name for name in sheets if not kinds[name].chart]
        raise LoadError(
            f"Sheet '{sheet}' of {path.name} is a chart, not a table of cells.",
            f"Choose a sheet that holds data: {', '.join(tables)}."
            if tables
            else "Choose a workbook that holds data.",
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
        raise _workbook_error(path, exc) from exc
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
            f"Every sheet of {path.name} is hidden in Excel; loaded '{tables[0]}', the first "
            "one. Check that it is the sheet you want."
        ]
    chosen = active if active in visible else visible[0]
    if chosen != visible[0]:
        return chosen, [
            f"Loaded sheet '{chosen}', the one the workbook opens on in Excel (its active tab)."
        ]
    skipped = [name for name in sheets[: sheets.index(chosen)] if not kinds[name].chart]
    if not skipped:
        return chosen, []
    return chosen, [
        f"Loaded sheet '{chosen}', the first visible one; "
        + ", ".join(f"'{name}'" for name in skipped)
        + (" is" if len(skipped) == 1 else " are")
        + " hidden in Excel."
    ]


def _load_workbook(
    path: Path,
    fmt: str,
    head: bytes,
    sheet: str | None,
    header_row: int | None,
    progress: Progress | None,
    cancel: object,
) -> Table:
    _check_workbook_container(path, head)
    _check_cancel(cancel)
    _report(progress, 0, None, f"Reading sheet {sheet or '(first)'} of {path.name}")
    read = _read_workbook_grid(path, sheet)
    grid = [_display_dates(col, fmt) for col in read.columns]
    sheet_name, sheets, positions = read.sheet, read.sheets, read.positions
    _check_cancel(cancel)
    height = len(grid[0]) if grid else 0
    if height == 0:
        raise LoadError(
            f"Sheet '{sheet_name}' of {path.name} is empty.",
            "Choose another sheet." if len(sheets) > 1 else "Choose a workbook that holds data.",
        )
    if header_row is None:
        top = [col.slice(0, 50) for col in grid]
        filled = sum(
            pc.greater(pc.utf8_length(col), 0).to_numpy(zero_copy_only=False).astype(int)
            for col in top
        )
        header_row = guess_header_row(list(np.atleast_1d(filled)))
        if header_row == 0:  # nothing in the top rows: the first non-empty row further down
            hits = np.flatnonzero(_non_empty_mask(grid))
            if hits.size == 0:
                raise LoadError(
                    f"Sheet '{sheet_name}' of {path.name} has no values.",
                    "Choose another sheet."
                    if len(sheets) > 1
                    else "Choose a workbook that holds data.",
                )
            header_row = int(hits[0]) + 1
    if header_row > height:
        raise LoadError(
            f"Row {header_row:,} cannot be the header: sheet '{sheet_name}' has "
            f"{_count(height, 'row')}.",
            "Choose a header row that holds the column names.",
        )
    header_cells = [col[header_row - 1].as_py() for col in grid]
    if not any(str(c).strip() for c in header_cells):
        raise LoadError(
            f"Row {header_row:,} of sheet '{sheet_name}' is empty, so it cannot be the header row.",
            "Choose the row that holds the column names.",
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
    table = _finish(arrow_table, names, row_numbers, info, warnings, progress, cancel)
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
        f"in column '{next(iter(counts))}'"
        if len(counts) == 1
        else "in columns " + ", ".join(f"'{name}' ({n:,})" for name, n in counts.items())
    )
    return (
        f"{'At least ' if partial else ''}{total:,} formula cell{'s' if total != 1 else ''} "
        f"{where} {'have' if total != 1 else 'has'} no saved value and read empty — open the "
        "file in Excel and save it again."
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


def _non_empty_mask(columns: Sequence[pa.Array]) -> np.ndarray:
    mask: np.ndarray | None = None
    for col in columns:
        filled = pc.greater(pc.utf8_length(col), 0).to_numpy(zero_copy_only=False)
        mask = filled if mask is None else (mask | filled)
    return mask if mask is not None else np.zeros(0, dtype=bool)


# ---------------------------------------------------------------------------------------------
# JSON


class _JsonNumber(str):
    """A JSON number kept as the text it was written with (`1e5`, `1.10`, a 30-digit id)."""

    __slots__ = ()


# Number tokens whose text a float/int round trip would change: exponents, trailing zeros
# after the point, more than 15 significant digits, long runs of leading zeros, `-0`.
# (It may also match inside strings: then the exact parser runs, which is only slower.)
_REWRITTEN_NUMBER = re.compile(rb"\d[eE]|\.\d*0(?!\d)|\d[\d.]{15,}|\.0{4}|-0(?![\d.])")


def _json_loader(data: bytes) -> Callable[[bytes | str], object]:
    """orjson when every number's text survives it (fast); else a parser keeping the text."""
    if _REWRITTEN_NUMBER.search(data) is None:
        return orjson.loads
    return _exact_json_loads


def _exact_json_loads(text: bytes | str) -> object:
    return json.loads(text, parse_float=_JsonNumber, parse_int=_JsonNumber)


def _json_dump(value: object) -> str:
    """Compact JSON text of a nested value, numbers exactly as they were written."""
    if isinstance(value, _JsonNumber):
        return str.__str__(value)
    if isinstance(value, dict):
        return (
            "{" + ",".join(f"{_json_dump(str(k))}:{_json_dump(v)}" for k, v in value.items()) + "}"
        )
    if isinstance(value, list):
        return "[" + ",".join(_json_dump(v) for v in value) + "]"
    return orjson.dumps(value).decode()


def _json_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return _json_dump(value)
    return orjson.dumps(value).decode()


def _load_json(path: Path, fmt: str, progress: Progress | None, cancel: object) -> Table:
    data = _read_bytes(path)
    if _blank_bytes(data):
        raise LoadError(f"{path.name} is empty.", "Choose a file that holds data.")
    try:
        decoded = decode_to_utf8(data)
    except UnicodeDecodeError as exc:
        raise LoadError(f"{path.name} is not valid text.", "Save it as UTF-8 JSON.") from exc
    objects: list[object] = []
    numbers: list[int] = []
    loads = _json_loader(decoded.utf8)
    if fmt == "ndjson":
        for line_number, line in enumerate(decoded.utf8.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                objects.append(loads(line))
            except json.JSONDecodeError as exc:
                raise LoadError(
                    f"Line {line_number:,} of {path.name} is not valid JSON.",
                    "Each line of an NDJSON file must be one complete JSON object.",
                ) from exc
            numbers.append(line_number)
            if len(numbers) % 100_000 == 0:
                _check_cancel(cancel)
    else:
        try:
            parsed = loads(decoded.utf8)
        except json.JSONDecodeError as exc:
            raise LoadError(
                f"{path.name} is not valid JSON ({exc.args[0] if exc.args else 'syntax error'}).",
                "Check that the file is complete; a JSON file must be one array of objects.",
            ) from exc
        if isinstance(parsed, dict):
            lists = [v for v in parsed.values() if isinstance(v, list)]
            if len(lists) == 1:
                parsed = lists[0]
        if not isinstance(parsed, list):
            raise LoadError(
                f"{path.name} does not hold a list of records.",
                'Backfill reads a JSON array of objects, like [{"id": 1}, {"id": 2}].',
            )
        objects = parsed
        numbers = list(range(1, len(parsed) + 1))
    bad = [n for n, obj in zip(numbers, objects, strict=True) if not isinstance(obj, dict)]
    if bad:
        raise LoadError(
            f"{_count(len(bad), 'record')} of {path.name} "
            f"{'is not an object' if len(bad) == 1 else 'are not objects'}: {_format_rows(bad)}.",
            "Every record must be an object with named fields.",
        )
    if not objects:
        raise LoadError(f"{path.name} holds no records.", "Choose a file that holds data.")
    keys: dict[str, None] = {}
    for obj in objects:
        keys.update(dict.fromkeys(obj))  # type: ignore[arg-type]
    raw_names = list(keys)
    names = unique_headers(raw_names)
    columns = [
        pa.array([_json_text(obj.get(key)) for obj in objects], type=pa.large_string())  # type: ignore[union-attr]
        for key in raw_names
    ]
    arrow_table = pa.Table.from_arrays(columns, names=names)
    info = SourceInfo(path=path, format=fmt, encoding=decoded.encoding, header_row=0)
    return _finish(
        arrow_table, names, np.asarray(numbers, dtype=np.int64), info, [], progress, cancel
    )


# ---------------------------------------------------------------------------------------------
# Common tail


def _finish(
    arrow_table: pa.Table,
    names: list[str],
    row_numbers: np.ndarray,
    info: SourceInfo,
    warnings: list[str],
    progress: Progress | None,
    cancel: object,
) -> Table:
    _check_cancel(cancel)
    columns = [pc.fill_null(col, "") for col in arrow_table.columns]
    if columns and not pc.any(pc.equal(pc.binary_length(columns[0]), 0)).as_py():
        mask = np.ones(len(row_numbers), dtype=bool)  # no empty first cell: no empty row
    else:
        mask = _non_empty_mask(columns) if columns else np.zeros(len(row_numbers), dtype=bool)
    row_numbers = np.asarray(row_numbers, dtype=np.int64)
    if columns and not mask.all():
        skipped = row_numbers[~mask]
        row_numbers = row_numbers[mask]
        selection = pa.array(mask)
        columns = [pc.filter(col, selection) for col in columns]
        # Trailing blank rows (sheet padding) are not worth a warning.
        if skipped.size and int(skipped[0]) < int(row_numbers[-1] if row_numbers.size else 0):
            inner = skipped[skipped < (row_numbers[-1] if row_numbers.size else 0)]
            warnings.append(
                f"Skipped {inner.size:,} empty row{'s' if inner.size != 1 else ''}: "
                f"{_format_rows(inner.tolist())}."
            )
    df = pa.Table.from_arrays(columns, names=[f"c{i}" for i in range(len(names))]).to_pandas()
    df.columns = pd.Index(names, dtype=object)
    df.index = pd.RangeIndex(len(row_numbers))
    if len(df) == 0:
        where = f" below the header (row {info.header_row})" if info.header_row else ""
        warnings.append(f"There are no data rows{where}.")
    _report(progress, len(df), len(df), f"Read {_count(len(df), 'row')}")
    return Table(df=df, row_numbers=row_numbers, info=info, warnings=warnings)
