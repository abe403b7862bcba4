"""Why a file could not be loaded, in the UI's language: the core's LoadError keeps its
sentences as templates and values (`LoadError.said`); here they are translated and filled, with
counts in the locale's digits. The CLI and the logs keep the core's English.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.core.sources.said import ROW_LIST_LIMIT, Joined, LoadWords, Names, Rows
from app.ui.texts import number, translate

# Every template the core's loaders say (lupdate collects them from here; a test checks the
# core says none that is missing).
TEMPLATES = (
    QT_TRANSLATE_NOOP("LoadError", "{file} could not be read as a delimited text file."),
    QT_TRANSLATE_NOOP(
        "LoadError", "Check that it is a CSV/TSV file; re-export it from the original program."
    ),
    QT_TRANSLATE_NOOP("LoadError", "'{delimiter}' cannot be used as a delimiter."),
    QT_TRANSLATE_NOOP("LoadError", "Use a single character."),
    QT_TRANSLATE_NOOP("LoadError", "Row {row} is empty, so it cannot be the header row."),
    QT_TRANSLATE_NOOP("LoadError", "Choose the row that holds the column names."),
    QT_TRANSLATE_NOOP(
        "LoadError",
        '{file} has a quote (") that is never closed, so the rest of the file cannot be split into rows.',
    ),
    QT_TRANSLATE_NOOP(
        "LoadError", "Open the file in a text editor or Excel, fix the quotes, and save it again."
    ),
    QT_TRANSLATE_NOOP(
        "LoadError", "{file} contains characters that are not valid text in the chosen encoding."
    ),
    QT_TRANSLATE_NOOP("LoadError", "Choose another encoding (for example Windows-1252)."),
    QT_TRANSLATE_NOOP(
        "LoadError",
        '{file} has a quote (") in row {row} that is never closed, so the rest of the file cannot be split into rows.',
    ),
    QT_TRANSLATE_NOOP("LoadError", "The file {file} does not exist."),
    QT_TRANSLATE_NOOP("LoadError", "Check the path."),
    QT_TRANSLATE_NOOP("LoadError", "{file} is a folder, not a file."),
    QT_TRANSLATE_NOOP("LoadError", "Choose a file."),
    QT_TRANSLATE_NOOP("LoadError", "Backfill is not allowed to read {file}."),
    QT_TRANSLATE_NOOP(
        "LoadError", "Check the file's permissions, or close it in other programs and try again."
    ),
    QT_TRANSLATE_NOOP("LoadError", "The file {file} could not be read ({reason})."),
    QT_TRANSLATE_NOOP("LoadError", "{file} is empty."),
    QT_TRANSLATE_NOOP("LoadError", "Choose a file that holds data."),
    QT_TRANSLATE_NOOP("LoadError", "{file} holds no records."),
    QT_TRANSLATE_NOOP("LoadError", "{file} is not valid text."),
    QT_TRANSLATE_NOOP("LoadError", "Save it as UTF-8 JSON."),
    QT_TRANSLATE_NOOP("LoadError", "{file} does not hold a list of records."),
    QT_TRANSLATE_NOOP(
        "LoadError", 'Backfill reads a JSON array of objects, like [{{"id": 1}}, {{"id": 2}}].'
    ),
    QT_TRANSLATE_NOOP("LoadError", "Line {line} of {file} is not valid JSON."),
    QT_TRANSLATE_NOOP("LoadError", "Each line of an NDJSON file must be one complete JSON object."),
    QT_TRANSLATE_NOOP("LoadError", "The header row must be 1 or more."),
    QT_TRANSLATE_NOOP("LoadError", "Row numbers start at 1."),
    QT_TRANSLATE_NOOP("LoadError", "{file} is too large to load on this computer."),
    QT_TRANSLATE_NOOP("LoadError", "Split it into smaller files and load them one at a time."),
    QT_TRANSLATE_NOOP("LoadError", "Backfill could not read {file} ({reason})."),
    QT_TRANSLATE_NOOP(
        "LoadError", "If it opens in Excel, save it again as .xlsx or CSV and load that copy."
    ),
    QT_TRANSLATE_NOOP("LoadError", "Choose a file that has a header row and data."),
    QT_TRANSLATE_NOOP(
        "LoadError",
        "{file} does not look like a spreadsheet or text file (it contains binary data).",
    ),
    QT_TRANSLATE_NOOP(
        "LoadError",
        "Check that you picked the right file; export it as CSV or Excel if it came from another program.",
    ),
    QT_TRANSLATE_NOOP("LoadError", "{file} is {what}, not a spreadsheet."),
    QT_TRANSLATE_NOOP("LoadError", "Export the data as CSV or Excel and load that file."),
    QT_TRANSLATE_NOOP(
        "LoadError", "{file} cannot be read: '{encoding}' is not an encoding Backfill knows."
    ),
    QT_TRANSLATE_NOOP("LoadError", "Leave the encoding on automatic, or pick one from the list."),
    QT_TRANSLATE_NOOP("LoadError", "{file} is not a valid Excel or OpenDocument workbook."),
    QT_TRANSLATE_NOOP("LoadError", "Check the file; if it is really CSV, rename it to .csv."),
    QT_TRANSLATE_NOOP("LoadError", "{file} is damaged or is not a workbook Backfill can read."),
    QT_TRANSLATE_NOOP(
        "LoadError",
        "Open it in Excel or LibreOffice and save it again as .xlsx, or export it as CSV.",
    ),
    QT_TRANSLATE_NOOP("LoadError", "Choose a workbook that holds data."),
    QT_TRANSLATE_NOOP("LoadError", "{file} is password-protected."),
    QT_TRANSLATE_NOOP(
        "LoadError", "Open it in Excel, save an unprotected copy, and load that copy."
    ),
    QT_TRANSLATE_NOOP("LoadError", "{file} has no sheets."),
    QT_TRANSLATE_NOOP(
        "LoadError", "Row {row} of sheet '{sheet}' is empty, so it cannot be the header row."
    ),
    QT_TRANSLATE_NOOP("LoadError", "{file} is damaged or incomplete (the workbook is cut short)."),
    QT_TRANSLATE_NOOP("LoadError", "Copy or download the file again, or re-save it from Excel."),
    QT_TRANSLATE_NOOP(
        "LoadError", "{file} has no data rows below the header (row {row}); nothing to send."
    ),
    QT_TRANSLATE_NOOP(
        "LoadError",
        "Row {row} cannot be the header row of {file}: it is empty or beyond the top of the file.",
    ),
    QT_TRANSLATE_NOOP(
        "LoadError",
        '{file} has a quote (") near its end that is never closed, so the rest of the file cannot be split into rows.',
    ),
    QT_TRANSLATE_NOOP(
        "LoadError", "{file} has no header row: no line at the top holds column names."
    ),
    QT_TRANSLATE_NOOP(
        "LoadError", "Check that the file holds data, or choose the header row yourself."
    ),
    # Rows of a CSV whose cells do not match the header (plural chosen in the core).
    QT_TRANSLATE_NOOP(
        "LoadError",
        "{count} row of {file} has a different number of cells than the header ({cells}).",
    ),
    QT_TRANSLATE_NOOP(
        "LoadError",
        "{count} rows of {file} have a different number of cells than the header ({cells}).",
    ),
    QT_TRANSLATE_NOOP(
        "LoadError",
        "{count} row of {file} (from line {line}) has a different number of cells than the header ({cells}).",
    ),
    QT_TRANSLATE_NOOP(
        "LoadError",
        "{count} rows of {file} (from line {line}) have a different number of cells than the header ({cells}).",
    ),
    QT_TRANSLATE_NOOP(
        "LoadError",
        "{count} row of {file} has a different number of cells than the header ({cells}): row {rows} ({first}).",
    ),
    QT_TRANSLATE_NOOP(
        "LoadError",
        "{count} rows of {file} have a different number of cells than the header ({cells}): rows {rows} ({first}).",
    ),
    QT_TRANSLATE_NOOP("LoadError", "row {row} has {count} cell"),
    QT_TRANSLATE_NOOP("LoadError", "row {row} has {count} cells"),
    QT_TRANSLATE_NOOP(
        "LoadError",
        "A value probably contains an unquoted delimiter or line break. Fix those rows, or check that the delimiter and header row are right.",
    ),
    QT_TRANSLATE_NOOP("LoadError", "{file} has no header row: its first line is empty."),
    QT_TRANSLATE_NOOP("LoadError", "{file} has no header row: the first {count} lines are empty."),
    QT_TRANSLATE_NOOP("LoadError", "{file} has no header row: no line at the top could be read."),
    QT_TRANSLATE_NOOP(
        "LoadError", "Row {row} cannot be the header: the file has only {count} row near the top."
    ),
    QT_TRANSLATE_NOOP(
        "LoadError", "Row {row} cannot be the header: the file has only {count} rows near the top."
    ),
    QT_TRANSLATE_NOOP("LoadError", "Choose a header row that holds the column names."),
    QT_TRANSLATE_NOOP(
        "LoadError",
        "{file} is UTF-16 text with a damaged character at byte {byte} (one half of a two-part character is missing), so it cannot be read safely.",
    ),
    QT_TRANSLATE_NOOP(
        "LoadError", "{file} cannot be read as {encoding}: the bytes at byte {byte} do not fit it."
    ),
    QT_TRANSLATE_NOOP(
        "LoadError", "{file} is not valid {encoding} text: the bytes at byte {byte} do not fit it."
    ),
    QT_TRANSLATE_NOOP(
        "LoadError", "Open it in the program that made it and save it again as UTF-8 CSV."
    ),
    QT_TRANSLATE_NOOP(
        "LoadError", "Leave the encoding on automatic, or pick the one the file was saved with."
    ),
    QT_TRANSLATE_NOOP("LoadError", "{file} is not valid JSON (line {line}, column {column})."),
    QT_TRANSLATE_NOOP(
        "LoadError",
        "Check that the file is complete; a JSON file must be one array of objects.",
    ),
    QT_TRANSLATE_NOOP("LoadError", "{count} record of {file} is not an object: {records}."),
    QT_TRANSLATE_NOOP("LoadError", "{count} records of {file} are not objects: {records}."),
    QT_TRANSLATE_NOOP("LoadError", "Every record must be an object with named fields."),
    QT_TRANSLATE_NOOP("LoadError", "{file} has no sheet named '{sheet}'."),
    QT_TRANSLATE_NOOP("LoadError", "Sheets in this workbook: {sheets}."),
    QT_TRANSLATE_NOOP("LoadError", "Sheet '{sheet}' of {file} is a chart, not a table of cells."),
    QT_TRANSLATE_NOOP("LoadError", "Choose a sheet that holds data: {sheets}."),
    QT_TRANSLATE_NOOP("LoadError", "Sheet '{sheet}' of {file} is empty."),
    QT_TRANSLATE_NOOP("LoadError", "Sheet '{sheet}' of {file} has no values."),
    QT_TRANSLATE_NOOP("LoadError", "Choose another sheet."),
    QT_TRANSLATE_NOOP(
        "LoadError", "Row {row} cannot be the header: sheet '{sheet}' has {count} row."
    ),
    QT_TRANSLATE_NOOP(
        "LoadError", "Row {row} cannot be the header: sheet '{sheet}' has {count} rows."
    ),
)
# The kinds of file that are not spreadsheets ("{file} is {what}, not a spreadsheet.").
KINDS = (
    QT_TRANSLATE_NOOP("LoadError", "a PDF document"),
    QT_TRANSLATE_NOOP("LoadError", "a PNG image"),
    QT_TRANSLATE_NOOP("LoadError", "a JPEG image"),
    QT_TRANSLATE_NOOP("LoadError", "a GIF image"),
    QT_TRANSLATE_NOOP("LoadError", "a gzip archive"),
    QT_TRANSLATE_NOOP("LoadError", "a RAR archive"),
    QT_TRANSLATE_NOOP("LoadError", "a 7-Zip archive"),
    QT_TRANSLATE_NOOP("LoadError", "a SQLite database"),
    QT_TRANSLATE_NOOP("LoadError", "a program file"),
    QT_TRANSLATE_NOOP("LoadError", "a Windows program file"),
)


def load_error_words(error: BaseException) -> tuple[str, str] | None:
    """(message, hint) of a LoadError made with `said`, translated; None for any other."""
    template = getattr(error, "template", None)
    if not isinstance(template, str):
        return None
    values = getattr(error, "values", {})
    hint = getattr(error, "hint_template", "") or ""
    message = said_words("LoadError", template, values)
    return message, said_words("LoadError", hint, values) if hint else ""


def said_words(context: str, template: str, values: dict[str, object]) -> str:
    """`template` translated in `context` and filled with `values` in the UI's language: counts
    in the locale's digits, row lists and names as the language lists them, parts that are
    `LoadWords` translated in turn."""
    filled = {key: _value(context, key, value) for key, value in values.items()}
    return translate(context, template).format(**filled)


def _value(context: str, key: str, value: object) -> object:
    if isinstance(value, LoadWords):
        return said_words(context, value.template, value.values)
    if isinstance(value, Rows):
        shown = ", ".join(number(n) for n in value[:ROW_LIST_LIMIT])
        return shown + (", …" if len(value) > ROW_LIST_LIMIT else "")
    if isinstance(value, Names):
        return ", ".join(translate("LoadNote", "'{name}'").format(name=name) for name in value)
    if isinstance(value, Joined):
        return ", ".join(str(_value(context, key, part)) for part in value)
    if isinstance(value, int) and not isinstance(value, bool):
        return number(value)
    if key == "what" and isinstance(value, str):  # the kind of a file that is no spreadsheet
        return translate("LoadError", value)
    return value
