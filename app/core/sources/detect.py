"""What a file is: its first bytes, read with plain errors, and the format they show."""

from __future__ import annotations

import zipfile
from pathlib import Path

from app.core.sources.errors import LoadError

TEXT_FORMATS = ("csv", "tsv", "txt")
WORKBOOK_FORMATS = ("xlsx", "xlsm", "xlsb", "xls", "ods")
JSON_FORMATS = ("json", "ndjson", "jsonl")
SUPPORTED_EXTENSIONS: tuple[str, ...] = tuple(
    f".{ext}" for ext in (*TEXT_FORMATS, *WORKBOOK_FORMATS, *JSON_FORMATS)
)

ZIP_MAGIC = b"PK\x03\x04"
_ODS_MIMETYPE = b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
FORMAT_NAMES = {
    "xlsx": "Excel workbook (XLSX)",
    "xlsm": "Excel workbook (XLSM)",
    "xlsb": "Excel binary workbook (XLSB)",
    "xls": "XLS workbook (Excel 97–2003)",
    "ods": "OpenDocument spreadsheet (ODS)",
}


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


def detect_format(path: Path, head: bytes) -> str:
    """The format to read `path` as: its content decides when it contradicts the extension."""
    ext = path.suffix.lower().lstrip(".")
    if ext == "jsonl":
        ext = "ndjson"
    if head.startswith(ZIP_MAGIC):
        # ODS stores its mimetype first and uncompressed, so the head shows it.
        if _ODS_MIMETYPE in head:
            return "ods"
        if ext in ("xlsx", "xlsm"):
            return ext
        # An xlsx saved as .xls, .csv or without extension, or a binary workbook (XLSB).
        return "xlsb" if _is_xlsb(path) else "xlsx"
    if head.startswith(OLE_MAGIC):
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


def read_head(path: Path, size: int = 128) -> bytes:
    """The first `size` bytes of `path`; a missing, unreadable or folder path is a LoadError."""
    try:
        with path.open("rb") as handle:
            return handle.read(size)
    except FileNotFoundError as exc:
        raise LoadError.said(
            "The file {file} does not exist.", "Check the path.", file=path.name
        ) from exc
    except IsADirectoryError as exc:
        raise LoadError.said(
            "{file} is a folder, not a file.", "Choose a file.", file=path.name
        ) from exc
    except PermissionError as exc:
        raise LoadError.said(
            "Backfill is not allowed to read {file}.",
            "Check the file's permissions, or close it in other programs and try again.",
            file=path.name,
        ) from exc
    except OSError as exc:
        raise LoadError.said(
            "The file {file} could not be read ({reason}).", file=path.name, reason=exc.strerror
        ) from exc


def read_bytes(path: Path) -> bytes:
    """All of `path`'s bytes; a read failure is a LoadError."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise LoadError.said(
            "The file {file} could not be read ({reason}).", file=path.name, reason=exc.strerror
        ) from exc
