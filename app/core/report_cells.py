"""Report cells: written so a spreadsheet never runs them, read back exactly as first read.

One writer (`encode_cell`) and one reader (`decode_cell`) for every cell Backfill writes into a
file meant to be opened in a spreadsheet and loaded again (the rejection report; the issue
report uses the same guard):

1. The formula guard (OWASP, CWE-1236): a cell that starts with `=`, `+`, `-`, `@`, tab, CR or
   NUL gets a leading `'`, so a spreadsheet program shows it as text. A plain number (optional
   sign, digits, `.`/`,` separators, optional exponent: `-5`, `+3.25`, `-2e3`) cannot run
   anything and is written unchanged. A cell that already starts with `'` followed by what
   would be guarded gets one more `'`, so taking one `'` off on the way back is never wrong.
2. Characters the file format cannot hold are escaped as `_xHHHH_` (the Office Open XML
   convention Excel itself uses), and a literal `_xHHHH_` in the text as `_x005F_xHHHH_`:
   - CSV: control characters other than tab, LF and CR (a NUL would make the file unreadable
     as text);
   - XLSX: control characters other than tab and LF, CR (XML turns it into LF), and the
     spaces, tabs and line breaks of a whitespace-only cell (they would be trimmed).
   Only characters up to U+00FF are ever escaped: the workbook reader (calamine) decodes no
   others.
   Excel and the workbook reader decode `_xHHHH_` in XLSX themselves; for CSV, `decode_cell`
   does.

`decode_cell(encode_cell(text, fmt), fmt) == text` for every text (tested over nasty strings
through the real loader). Only Backfill's own reports are decoded on loading (see
`app.core.report.restore_report_cells`); any other file is taken as is.
"""

from __future__ import annotations

import re
from typing import Any, Literal

CellFormat = Literal["csv", "xlsx"]

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\0")
_PLAIN_NUMBER = re.compile(r"[+-]?[\d.,]*\d[\d.,]*(?:[eE][+-]?\d+)?")
_LITERAL_ESCAPE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")  # every start, overlapping ones too
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")
_CSV_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_XLSX_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f]")
_XML_SPACE = re.compile(r"[ \t\n\r]")
TEXT_FORMATS = ("csv", "tsv", "txt")  # formats whose reader leaves `_xHHHH_` to us
XLSX_FORMATS = ("xlsx", "xlsm")  # the reader decodes one level; reports carry a second


def _code(char: str) -> str:
    return f"_x{ord(char):04X}_"


def needs_guard(text: str) -> bool:
    """Whether `text` is written with a leading `'` (see module docstring)."""
    rest = text.lstrip("'")
    return rest.startswith(FORMULA_TRIGGERS) and not _PLAIN_NUMBER.fullmatch(rest)


def neutralise(value: Any) -> str:
    """The cell as text, prefixed with `'` when a spreadsheet would treat it as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if needs_guard(text) else text


def restore_neutralised(value: str) -> str:
    """The text `neutralise` was given, when `value` is what it wrote; else `value` as is."""
    if value.startswith("'") and needs_guard(value[1:]):
        return value[1:]
    return value


def escape_cell(text: str, fmt: CellFormat) -> str:
    """`text` with what `fmt` cannot hold written as `_xHHHH_` (and literal ones protected)."""
    if fmt == "xlsx" and ("\0" in text or "_x" in text):
        # The workbook loader drops NUL characters (broken writers pad text with them), so
        # XLSX text is escaped twice: the reader gives back `_x0000_`, which `decode_cell`
        # turns into NUL again (and literal `_xHHHH_` stays literal through both levels).
        text = _LITERAL_ESCAPE.sub("_x005F_", text).replace("\0", "_x0000_")
    text = _LITERAL_ESCAPE.sub("_x005F_", text)
    if fmt == "csv":
        return _CSV_UNSAFE.sub(lambda m: _code(m.group()), text)
    text = _XLSX_UNSAFE.sub(lambda m: _code(m.group()), text)
    if text and not text.strip():
        # Written without xml:space="preserve", so the reader would trim its XML whitespace.
        text = _XML_SPACE.sub(lambda m: _code(m.group()), text)
    return text


def unescape_cell(text: str) -> str:
    """The inverse of `escape_cell` (what the workbook reader does by itself for XLSX)."""
    if "_x" not in text:
        return text
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)


def encode_cell(value: Any, fmt: CellFormat = "csv") -> str:
    """The text to write into a `fmt` report for this cell value (the one formula guard of
    every report: the rejection report's cells and headers, the issue report's cells)."""
    return escape_cell(neutralise(value), fmt)


def decode_cell(text: str, source_format: str) -> str:
    """The original value of a report cell as loaded from a file of `source_format`."""
    if source_format in TEXT_FORMATS or source_format in XLSX_FORMATS:
        text = unescape_cell(text)
    return restore_neutralised(text)
