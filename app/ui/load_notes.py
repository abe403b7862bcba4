"""What the Load step notes about a file that loaded with caveats (formulas without saved
values, hidden sheets, the sheet chosen, a legacy encoding, skipped rows…) and what it says
while reading, in the UI's language: the core's words are `LoadWords` (templates with values);
the CLI keeps the English."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.core.sources.options import Progress
from app.core.sources.said import LoadWords
from app.ui.load_errors import said_words

# Every warning template the core's loaders say (a test checks the core says none missing).
NOTES = (
    QT_TRANSLATE_NOOP(
        "LoadNote",
        "The first line 'sep={hint}' is Excel's delimiter hint: the file is read as {delimiter}-separated and, as in Excel, that line is hidden and not counted as a row.",
    ),
    QT_TRANSLATE_NOOP("LoadNote", "comma"),
    QT_TRANSLATE_NOOP("LoadNote", "semicolon"),
    QT_TRANSLATE_NOOP("LoadNote", "tab"),
    QT_TRANSLATE_NOOP("LoadNote", "pipe"),
    QT_TRANSLATE_NOOP(
        "LoadNote",
        "The file is not UTF-8; it was read as {encoding}. If accented letters look wrong, choose another encoding.",
    ),
    QT_TRANSLATE_NOOP(
        "LoadNote", "{file} is really {kind}, whatever its name says; it was read as one."
    ),
    QT_TRANSLATE_NOOP("LoadNote", "an Excel workbook (XLSX)"),
    QT_TRANSLATE_NOOP("LoadNote", "an Excel workbook (XLSM)"),
    QT_TRANSLATE_NOOP("LoadNote", "an Excel binary workbook (XLSB)"),
    QT_TRANSLATE_NOOP("LoadNote", "an XLS workbook (Excel 97–2003)"),
    QT_TRANSLATE_NOOP("LoadNote", "an OpenDocument spreadsheet (ODS)"),
    QT_TRANSLATE_NOOP("LoadNote", "Skipped {count} empty row: {rows}."),
    QT_TRANSLATE_NOOP("LoadNote", "Skipped {count} empty rows: {rows}."),
    QT_TRANSLATE_NOOP("LoadNote", "There are no data rows below the header (row {row})."),
    QT_TRANSLATE_NOOP("LoadNote", "There are no data rows."),
    QT_TRANSLATE_NOOP(
        "LoadNote",
        "Every sheet of {file} is hidden in Excel; loaded '{sheet}', the first one. Check that it is the sheet you want.",
    ),
    QT_TRANSLATE_NOOP(
        "LoadNote",
        "Loaded sheet '{sheet}', the one the workbook opens on in Excel (its active tab).",
    ),
    QT_TRANSLATE_NOOP(
        "LoadNote", "Loaded sheet '{sheet}', the first visible one; {hidden} is hidden in Excel."
    ),
    QT_TRANSLATE_NOOP(
        "LoadNote", "Loaded sheet '{sheet}', the first visible one; {hidden} are hidden in Excel."
    ),
    QT_TRANSLATE_NOOP("LoadNote", "'{name}'"),
    QT_TRANSLATE_NOOP("LoadNote", "in column '{column}'"),
    QT_TRANSLATE_NOOP("LoadNote", "in columns {columns}"),
    QT_TRANSLATE_NOOP("LoadNote", "'{column}' ({count})"),
    QT_TRANSLATE_NOOP(
        "LoadNote",
        "{count} formula cell {where} has no saved value and read empty — open the file in Excel and save it again.",
    ),
    QT_TRANSLATE_NOOP(
        "LoadNote",
        "{count} formula cells {where} have no saved value and read empty — open the file in Excel and save it again.",
    ),
    QT_TRANSLATE_NOOP(
        "LoadNote",
        "At least {count} formula cell {where} has no saved value and read empty — open the file in Excel and save it again.",
    ),
    QT_TRANSLATE_NOOP(
        "LoadNote",
        "At least {count} formula cells {where} have no saved value and read empty — open the file in Excel and save it again.",
    ),
    # What the progress panel says while a file is read.
    QT_TRANSLATE_NOOP("LoadNote", "Opening {file}"),
    QT_TRANSLATE_NOOP("LoadNote", "Reading sheet '{sheet}' of {file}"),
    QT_TRANSLATE_NOOP("LoadNote", "Reading the first sheet of {file}"),
    QT_TRANSLATE_NOOP("LoadNote", "Reading {file} — {count} row"),
    QT_TRANSLATE_NOOP("LoadNote", "Reading {file} — {count} rows"),
    QT_TRANSLATE_NOOP("LoadNote", "Read {count} row"),
    QT_TRANSLATE_NOOP("LoadNote", "Read {count} rows"),
)


def said_progress(progress: Progress) -> Progress:
    """`progress` told the core's words in the UI's language (Qt translates on any thread)."""

    def said(done: int, total: int | None, message: str) -> None:
        progress(done, total, note_words(message))

    return said


def note_words(note: str) -> str:
    """A load warning in the UI's language; one that is plain text stays as it is."""
    if isinstance(note, LoadWords):
        return said_words("LoadNote", note.template, note.values)
    return note
