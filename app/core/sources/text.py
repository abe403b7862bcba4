"""Delimited text before parsing: bytes decoded to UTF-8, Excel's `sep=` line, the delimiter
sniffed and the first records read (shared by a whole load and a sliced one)."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import numpy as np

from app.core.encoding import DecodedText, decode_to_utf8
from app.core.sources.errors import LoadError
from app.core.sources.said import LoadWords

DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
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
HEAD_BYTES = 256 * 1024  # the top of the file that sniffing and the header choice look at
_SNIFF_LINE_MAX = 64 * 1024  # below csv's 128 kB field limit
_SEP_HINT = re.compile(rb"^(?:\xef\xbb\xbf)?sep=([,;\t|])\r?\n")
_UNICODE = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be")


def decode(path: Path, data: bytes, encoding: str | None) -> DecodedText:
    """`data` as UTF-8 in the chosen or detected encoding; empty, binary or undecodable data
    is a LoadError."""
    if blank_bytes(data):
        raise LoadError.said(
            "{file} is empty.", "Choose a file that has a header row and data.", file=path.name
        )
    for magic, what in _BINARY_MAGICS.items():
        if data.startswith(magic):
            raise LoadError.said(
                "{file} is {what}, not a spreadsheet.",
                "Export the data as CSV or Excel and load that file.",
                file=path.name,
                what=what,
            )
    try:
        decoded = decode_to_utf8(data, encoding)
    except UnicodeDecodeError as exc:
        raise _undecodable(path, exc, encoding) from exc
    except LookupError as exc:
        raise LoadError.said(
            "{file} cannot be read: '{encoding}' is not an encoding Backfill knows.",
            "Leave the encoding on automatic, or pick one from the list.",
            file=path.name,
            encoding=encoding,
        ) from exc
    sample = decoded.utf8[:65536]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if b"\x00" in sample or controls > max(8, len(sample) // 100):
        raise LoadError.said(
            "{file} does not look like a spreadsheet or text file (it contains binary data).",
            "Check that you picked the right file; export it as CSV or Excel if it came from another program.",
            file=path.name,
        )
    return decoded


def _undecodable(path: Path, exc: UnicodeDecodeError, chosen: str | None) -> LoadError:
    """A plain sentence for bytes that are not text in the encoding chosen or detected."""
    name = exc.encoding.upper().replace("UTF-16-LE", "UTF-16").replace("UTF-16-BE", "UTF-16")
    values = {"file": path.name, "byte": exc.start}
    if "surrogate" in exc.reason or (name == "UTF-16" and "end of data" in exc.reason):
        return LoadError.said(
            "{file} is UTF-16 text with a damaged character at byte {byte} (one half of a "
            "two-part character is missing), so it cannot be read safely.",
            "Open it in the program that made it and save it again as UTF-8 CSV."
            if chosen is None
            else "Leave the encoding on automatic, or pick the one the file was saved with.",
            **values,
        )
    if chosen is not None:
        return LoadError.said(
            "{file} cannot be read as {encoding}: the bytes at byte {byte} do not fit it.",
            "Leave the encoding on automatic, or pick the one the file was saved with.",
            encoding=chosen,
            **values,
        )
    return LoadError.said(
        "{file} is not valid {encoding} text: the bytes at byte {byte} do not fit it.",
        "Open it in the program that made it and save it again as UTF-8 CSV.",
        encoding=name,
        **values,
    )


_CONTROL_BYTES = bytes(c for c in range(32) if c not in (9, 10, 13))
_BLANK = b"\xef\xbb\xbf\xff\xfe \t\r\n\x00"


def blank_bytes(data: bytes) -> bool:
    """True when the file holds nothing but whitespace/BOMs (without copying a large file)."""
    if data[:65536].strip(_BLANK):
        return False
    return not data.strip(_BLANK)


def strip_sep_hint(utf8: bytes) -> tuple[bytes, str | None]:
    """Remove Excel's `sep=;` first line (Excel hides it, so row 1 is the line after it)."""
    hint = _SEP_HINT.match(utf8[:16])
    if hint is None:
        return utf8, None
    return utf8[hint.end() :], hint.group(1).decode()


def head_records(utf8: bytes, delimiter: str, limit: int) -> list[list[str]]:
    """Parse up to `limit` complete records from the start of the file (quotes respected)."""
    head = utf8[:HEAD_BYTES]
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
    head = utf8[:HEAD_BYTES]
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


def sniff_delimiter(utf8: bytes, fmt: str) -> str:
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


def not_utf8_note(encoding: str) -> str | None:
    """The warning for text read in a legacy encoding (None for UTF-8 and UTF-16)."""
    if encoding in _UNICODE:
        return None
    return LoadWords(
        "The file is not UTF-8; it was read as {encoding}. If accented letters look wrong, "
        "choose another encoding.",
        encoding=encoding,
    )
