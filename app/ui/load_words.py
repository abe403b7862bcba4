"""What the Load step says about a file: its kind, its size, its delimiter, the preview's caption,
the formats it takes. No widgets; every word in the UI's language, numbers in its locale."""

from __future__ import annotations

from app.core import sources
from app.ui.texts import number, translate


def format_name(fmt: str) -> str:
    """ "CSV (delimited text)" for "csv"; an unknown kind by its upper-case code."""
    names = {
        "csv": translate("LoadPage", "CSV (delimited text)"),  # the Delimiter fact says which
        "tsv": translate("LoadPage", "TSV (tab-separated text)"),
        "txt": translate("LoadPage", "Text"),
        "xlsx": translate("LoadPage", "Excel workbook (.xlsx)"),
        "xlsm": translate("LoadPage", "Excel workbook with macros (.xlsm)"),
        "xls": translate("LoadPage", "Excel 97–2003 workbook (.xls)"),
        "ods": translate("LoadPage", "OpenDocument spreadsheet (.ods)"),
        "json": "JSON",
        "ndjson": translate("LoadPage", "JSON lines"),
        "jsonl": translate("LoadPage", "JSON lines"),
    }
    return names.get(fmt, fmt.upper())


def delimiter_name(delimiter: str) -> str:
    """ "comma", "tab" … as the Delimiter fact says it; another character as itself."""
    names = {
        ",": translate("LoadPage", "comma"),
        ";": translate("LoadPage", "semicolon"),
        "\t": translate("LoadPage", "tab"),
        "|": translate("LoadPage", "pipe"),
    }
    return names.get(delimiter, delimiter)


def delimiter_choice(delimiter: str) -> str:
    """ "Comma", "Tab" … as the Delimiter list offers it."""
    names = {
        ",": translate("LoadPage", "Comma"),
        ";": translate("LoadPage", "Semicolon"),
        "\t": translate("LoadPage", "Tab"),
        "|": translate("LoadPage", "Pipe"),
    }
    return names.get(delimiter, delimiter)


def size_words(rows: int, columns: int) -> str:
    """ "2,500 rows × 6 columns", "1 row × 1 column"."""
    return translate("LoadPage", "{rows} × {columns}").format(
        rows=rows_words(rows, empty=False),
        columns=translate("LoadPage", "%Ln column(s)", None, columns),
    )


def rows_words(rows: int, *, empty: bool = True) -> str:
    """ "501 rows", "1 row"; with `empty`, "no data rows" for none."""
    if rows <= 0 and empty:
        return translate("LoadPage", "no data rows")
    count = max(rows, 0)  # a plain name: lupdate skips a call whose count is an expression
    return translate("LoadPage", "%Ln row(s)", None, count)


def preview_caption(shown: int, rows: int) -> str:
    """ "First 20 of 2,500 rows", "All 12 rows", "The only row"."""
    if rows > shown:
        return translate("LoadPage", "First {shown} of %Ln row(s)", None, rows).format(
            shown=number(shown)
        )
    if shown == 1:
        return translate("LoadPage", "The only row")
    if shown:
        return translate("LoadPage", "All %Ln row(s)", None, shown)
    return translate("LoadPage", "No data rows below the header")


def formats_line() -> str:
    """What the drop zone takes: "Excel, OpenDocument, CSV, text and JSON files: CSV, JSON, …"."""
    exts = sorted({e.lstrip(".").upper() for e in sources.SUPPORTED_EXTENSIONS})
    return translate("LoadPage", "Excel, OpenDocument, CSV, text and JSON files: {kinds}").format(
        kinds=", ".join(exts)
    )


def sheet_label(name: str, visibility: dict[str, str]) -> str:
    """ "Lookup (hidden in Excel)" for a hidden or very hidden sheet, else the name."""
    if visibility.get(name, "visible") == "visible":
        return name
    return translate("LoadPage", "{sheet} (hidden in Excel)").format(sheet=name)
