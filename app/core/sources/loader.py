"""The ways in: load a whole file, preview its top rows, list a workbook's sheets. Each picks
the reader for the file's format and turns any failure into a `LoadError` sentence."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.core.cancel import Cancel
from app.core.sources.delimited import load_delimited
from app.core.sources.detect import (
    WORKBOOK_FORMATS,
    detect_format,
    read_bytes,
    read_head,
)
from app.core.sources.errors import LoadCancelled, LoadError
from app.core.sources.json_files import load_json
from app.core.sources.options import LoadOptions, Progress
from app.core.sources.said import LoadWords, read_words
from app.core.sources.text import decode, head_records, sniff_delimiter, strip_sep_hint
from app.core.sources.workbook import (
    list_workbook_sheets,
    load_workbook,
    preview_workbook_rows,
    workbook_error,
    workbook_visibility,
)
from app.core.table import Table
from app.core.workbook_read import is_native_panic


def load_table(
    path: str | Path,
    *,
    sheet: str | None = None,
    header_row: int | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    progress: Progress | None = None,
    cancel: Cancel = None,
) -> Table:
    """Read `path` into a Table of text cells (see the package rules).

    `header_row` is the 1-based spreadsheet row holding the column names (default: the first
    non-empty row that is not a title line). Raises LoadError for unusable input and
    LoadCancelled when `cancel` fires.
    """
    options = LoadOptions(
        sheet=sheet,
        header_row=header_row,
        encoding=encoding,
        delimiter=delimiter,
        progress=progress,
        cancel=cancel,
    )
    return load_with(path, options)


def load_with(path: str | Path, options: LoadOptions) -> Table:
    """`load_table` for a caller that already holds its choices as one `LoadOptions`."""
    path = Path(path)
    with plain_errors(path):
        return _load_table(path, options)


@contextmanager
def plain_errors(path: Path) -> Iterator[None]:
    """Turn any failure while reading `path` into a LoadError sentence, never a traceback.

    Rust panics inside the workbook readers arrive as pyo3's PanicException, which is a
    BaseException: they are caught here too (KeyboardInterrupt and SystemExit are not).
    """
    try:
        yield
    except (LoadError, LoadCancelled):
        raise
    except MemoryError as exc:
        raise LoadError.said(
            "{file} is too large to load on this computer.",
            "Split it into smaller files and load them one at a time.",
            file=path.name,
        ) from exc
    except Exception as exc:  # an operator gets a sentence, never a traceback
        raise LoadError.said(
            "Backfill could not read {file} ({reason}).",
            "If it opens in Excel, save it again as .xlsx or CSV and load that copy.",
            file=path.name,
            reason=exc,
        ) from exc
    except BaseException as exc:
        if not is_native_panic(exc):
            raise
        raise workbook_error(path, exc) from exc


def _load_table(path: Path, options: LoadOptions) -> Table:
    head = read_head(path)
    fmt = detect_format(path, head)
    if options.header_row is not None and options.header_row < 1:
        raise LoadError.said("The header row must be 1 or more.", "Row numbers start at 1.")
    options.report(0, None, LoadWords("Opening {file}", file=path.name))
    if fmt in WORKBOOK_FORMATS:
        table = load_workbook(path, fmt, head, options)
    elif fmt in ("json", "ndjson"):
        table = load_json(path, fmt, options)
    else:
        table = load_delimited(path, fmt, options)
    if path.suffix.lower().lstrip(".") not in (fmt, "jsonl") and fmt in WORKBOOK_FORMATS:
        table.warnings.insert(
            0,
            LoadWords(
                "{file} is really {kind}, whatever its name says; it was read as one.",
                file=path.name,
                kind=LoadWords(REALLY_IS[fmt]),
            ),
        )
    options.report(len(table), len(table), read_words(len(table)))
    return table


# What a workbook with another format's name really is ("… is really an XLS workbook …").
REALLY_IS = {
    "xlsx": "an Excel workbook (XLSX)",
    "xlsm": "an Excel workbook (XLSM)",
    "xlsb": "an Excel binary workbook (XLSB)",
    "xls": "an XLS workbook (Excel 97–2003)",
    "ods": "an OpenDocument spreadsheet (ODS)",
}


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
    with plain_errors(path):
        return _read_preview_rows(
            path, LoadOptions(sheet=sheet, encoding=encoding, delimiter=delimiter), n
        )


def _read_preview_rows(path: Path, options: LoadOptions, n: int) -> list[list[str]]:
    head = read_head(path)
    fmt = detect_format(path, head)
    if fmt in WORKBOOK_FORMATS:
        return preview_workbook_rows(path, head, fmt, options.sheet, n)
    if fmt in ("json", "ndjson"):
        table = load_json(path, fmt, LoadOptions())
        rows = [table.headers]
        rows.extend(table.df.head(max(n - 1, 0)).astype(object).values.tolist())
        return rows[:n]
    data = read_bytes(path)
    decoded = decode(path, data, options.encoding)
    utf8, hint = strip_sep_hint(decoded.utf8)
    delim = options.delimiter or hint or sniff_delimiter(utf8, fmt)
    records = head_records(utf8, delim, n)
    return [list(r) for r in records]


def list_sheets(path: str | Path) -> list[str]:
    """Sheet names of a workbook (an empty list for text and JSON files)."""
    path = Path(path)
    with plain_errors(path):
        return list_workbook_sheets(path)


def sheet_visibility(path: str | Path) -> dict[str, str]:
    """Each sheet's visibility in workbook order: "visible", "hidden" or "veryhidden".

    Empty for text and JSON files; lets a sheet picker label hidden sheets.
    """
    path = Path(path)
    with plain_errors(path):
        return workbook_visibility(path)
