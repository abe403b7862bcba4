"""Delimited text (CSV, TSV, TXT) loaded whole: the header row chosen, the cells parsed by
pyarrow as text, and ragged rows, unclosed quotes and padding columns dealt with."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from app.core.cancel import raise_if_cancelled
from app.core.headers import unique_headers
from app.core.sources.detect import read_bytes
from app.core.sources.errors import LoadCancelled, LoadError
from app.core.sources.options import LoadOptions
from app.core.sources.rows import finish, guess_header_row
from app.core.sources.said import LoadWords, Rows, delimiter_words, reading_words
from app.core.sources.text import (
    DELIMITERS,
    decode,
    head_records,
    not_utf8_note,
    sniff_delimiter,
    strip_sep_hint,
)
from app.core.table import SourceInfo, Table

# Larger CSVs are read block by block to report progress and honour cancel; smaller ones in
# one multi-threaded call (under a second), which is ~1.5× faster on two cores.
_STREAM_THRESHOLD = 128 * 1024 * 1024
_BLOCK_SIZE = 8 * 1024 * 1024


def load_delimited(path: Path, fmt: str, options: LoadOptions) -> Table:
    """`path` as delimited text (see the package rules)."""
    header_row, delimiter = options.header_row, options.delimiter
    data = read_bytes(path)
    raise_if_cancelled(options.cancel, LoadCancelled)
    decoded = decode(path, data, options.encoding)
    del data
    utf8 = decoded.utf8
    if delimiter is not None and delimiter not in DELIMITERS and len(delimiter) != 1:
        raise LoadError.said(
            "'{delimiter}' cannot be used as a delimiter.",
            "Use a single character.",
            delimiter=delimiter,
        )
    utf8, hint = strip_sep_hint(utf8)
    delim = delimiter or hint or sniff_delimiter(utf8, fmt)
    wanted = (header_row or 0) + 1 if header_row else 200
    records = head_records(utf8, delim, max(wanted, 200))
    if header_row is None:
        counts = [sum(1 for c in r if c.strip()) for r in records[:50]]
        header_row = guess_header_row(counts)
        if header_row == 0:
            raise LoadError.said(
                "{file} has no header row: its first line is empty."
                if len(records) == 1
                else "{file} has no header row: the first {count} lines are empty."
                if records
                else "{file} has no header row: no line at the top could be read.",
                "Check that the file holds data, or choose the header row yourself.",
                file=path.name,
                count=len(records),
            )
    if header_row > len(records):
        raise LoadError.said(
            "Row {row} cannot be the header: the file has only {count} row near the top."
            if len(records) == 1
            else "Row {row} cannot be the header: the file has only {count} rows near the top.",
            "Choose a header row that holds the column names.",
            row=header_row,
            count=len(records),
        )
    raw_header = records[header_row - 1]
    if not any(cell.strip() for cell in raw_header):
        raise LoadError.said(
            "Row {row} is empty, so it cannot be the header row.",
            "Choose the row that holds the column names.",
            row=header_row,
        )
    names = unique_headers(raw_header)
    arrow_table = _parse_csv(path, utf8, delim, header_row, names, options)
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
            LoadWords(
                "The first line 'sep={hint}' is Excel's delimiter hint: the file is read as "
                "{delimiter}-separated and, as in Excel, that line is hidden and not counted as "
                "a row.",
                hint=hint,
                delimiter=delimiter_words(hint),
            )
        )
    note = not_utf8_note(decoded.encoding)
    if note:
        warnings.append(note)
    return finish(arrow_table, names, row_numbers, info, warnings, options)


def _parse_csv(
    path: Path,
    utf8: bytes,
    delim: str,
    header_row: int,
    names: list[str],
    options: LoadOptions,
) -> pa.Table:
    ragged: list[tuple[int | None, int]] = []

    def on_invalid(row: pacsv.InvalidRow) -> str:
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
            try:
                for batch in reader:
                    raise_if_cancelled(options.cancel, LoadCancelled)
                    batches.append(batch)
                    done += batch.num_rows
                    options.report(done, None, reading_words(path.name, done))
            finally:
                reader.close()  # no read-ahead thread left running after a cancel
            table = pa.Table.from_batches(batches, schema=reader.schema)
    except pa.ArrowInvalid as exc:
        if "Could not skip initial" in str(exc) and not _has_record_after(utf8, header_row):
            # The header is the last line and has no line break after it: no data rows.
            return pa.table({name: pa.array([], pa.large_string()) for name in names})
        raise csv_error(path, str(exc), header_row) from exc
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
            raise LoadError.said(
                '{file} has a quote (") in row {row} that is never closed, so the rest of the file cannot be split into rows.',
                "Open the file in a text editor or Excel, fix the quotes, and save it again.",
                file=path.name,
                row=row,
            )


def csv_error(path: Path, detail: str, header_row: int) -> LoadError:
    """The plain sentence for a pyarrow parse failure (`detail`) of a delimited file."""
    lowered = detail.lower()
    if "quote" in lowered or "out of sync" in lowered or "unterminated" in lowered:
        return LoadError.said(
            '{file} has a quote (") that is never closed, so the rest of the file cannot be split into rows.',
            "Open the file in a text editor or Excel, fix the quotes, and save it again.",
            file=path.name,
        )
    if "utf8" in lowered or "utf-8" in lowered:
        return LoadError.said(
            "{file} contains characters that are not valid text in the chosen encoding.",
            "Choose another encoding (for example Windows-1252).",
            file=path.name,
        )
    return LoadError.said(
        "{file} could not be read as a delimited text file.",
        "Check that it is a CSV/TSV file; re-export it from the original program.",
        file=path.name,
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

        def on_invalid(row: pacsv.InvalidRow) -> str:
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
    first = LoadWords(
        "row {row} has {count} cell" if first_count == 1 else "row {row} has {count} cells",
        row=first_number,
        count=first_count,
    )
    return LoadError.said(
        "{count} row of {file} has a different number of cells than the header ({cells}): "
        "row {rows} ({first})."
        if count == 1
        else "{count} rows of {file} have a different number of cells than the header "
        "({cells}): rows {rows} ({first}).",
        "A value probably contains an unquoted delimiter or line break. Fix those rows, or "
        "check that the delimiter and header row are right.",
        count=count,
        file=path.name,
        cells=len(names),
        rows=Rows(rows),
        first=first,
    )
