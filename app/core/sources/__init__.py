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
- booleans: `TRUE` / `FALSE` as Excel shows them (JSON: `true` / `false`); formulas: their last
  calculated value (a workbook written by a program and never opened in Excel may have none:
  those cells read empty and `Table.warnings` names the columns and counts, from a bounded scan
  of the sheet XML);
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

Modules: `loader` (the entry points), `options` (`LoadOptions`), `detect` (the format from the
first bytes), `text` (decoding and delimiter sniffing), `delimited`, `workbook`, `json_files`
(one per kind of format), `rows` (header row, empty rows, the common tail), `errors` and
`words` (counts and row lists in messages).
"""

from app.core.sources.detect import (
    JSON_FORMATS,
    SUPPORTED_EXTENSIONS,
    TEXT_FORMATS,
    WORKBOOK_FORMATS,
    detect_format,
    file_filter,
)
from app.core.sources.errors import LoadCancelled, LoadError
from app.core.sources.loader import (
    list_sheets,
    load_table,
    load_with,
    read_preview_rows,
    sheet_visibility,
)
from app.core.sources.options import LoadOptions, Progress
from app.core.sources.rows import guess_header_row
from app.core.sources.text import DELIMITER_NAMES, DELIMITERS

__all__ = [
    "DELIMITERS",
    "DELIMITER_NAMES",
    "JSON_FORMATS",
    "SUPPORTED_EXTENSIONS",
    "TEXT_FORMATS",
    "WORKBOOK_FORMATS",
    "LoadCancelled",
    "LoadError",
    "LoadOptions",
    "Progress",
    "detect_format",
    "file_filter",
    "guess_header_row",
    "list_sheets",
    "load_table",
    "load_with",
    "read_preview_rows",
    "sheet_visibility",
]
