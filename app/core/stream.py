"""A file read as consecutive slices of rows, so a job never needs the whole file in memory.

Delimited text above `STREAM_MIN_BYTES` is parsed a slice at a time straight from disk
(pyarrow's streaming CSV reader, transcoding on the fly when the file is not UTF-8); the
reading choices (encoding, `sep=` hint, delimiter, header row, column names) are made from the
file's head exactly as `load_table` makes them. Smaller files, workbooks and JSON are loaded
whole by `load_table` and form a single slice. Either way each slice is a `Table` whose
`row_numbers` continue the previous slice's, so row identity is the same as a whole load.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from app.core.headers import unique_headers
from app.core.report import restore_report_cells
from app.core.sources import LoadError, LoadOptions, load_with
from app.core.sources.delimited import csv_error
from app.core.sources.detect import detect_format, read_head
from app.core.sources.rows import guess_header_row, non_empty_mask
from app.core.sources.text import (
    HEAD_BYTES,
    decode,
    head_records,
    not_utf8_note,
    sniff_delimiter,
    strip_sep_hint,
)
from app.core.table import SourceInfo, Table

STREAM_MIN_BYTES = 4 * 1024 * 1024  # below this a whole load is cheap enough
ROWS_PER_SLICE = 10_000  # 25,000 peaked ~20 MB higher on a 1M-row upload
# pyarrow's reader keeps about 35 blocks in flight: 256 KB blocks hold ~9 MB where 1 MB blocks
# held ~37 MB (measured), and parse no slower. A record longer than a block is read by opening
# the file again with larger blocks (see `_record_batches`).
_BLOCK_BYTES = 256 * 1024
_MAX_BLOCK_BYTES = 1024 * 1024 * 1024
_DELIMITED = ("csv", "tsv", "txt")


@dataclass
class SlicedFile:
    """A file opened for slice-by-slice reading: `first` is the first slice (for choosing a
    mapping), `slices()` yields every slice in order, `first` included."""

    info: SourceInfo
    headers: list[str]
    first: Table
    warnings: list[str] = field(default_factory=list)
    streamed: bool = False
    _rest: Callable[[], Iterator[Table]] | None = None

    def reading_words(self) -> str:
        """`53 MB × 5 columns, read 25,000 rows at a time` (a file read in slices)."""
        megabytes = Path(self.info.path).stat().st_size / 1e6
        size = f"{megabytes:,.0f} MB" if megabytes >= 10 else f"{megabytes:.1f} MB"
        columns = f"{len(self.headers):,} column{'s' if len(self.headers) != 1 else ''}"
        return f"{size} × {columns}, read {len(self.first):,} rows at a time"

    def slices(self) -> Iterator[Table]:
        """Every slice of the file, in order, `first` included (once: the file is read once)."""
        yield self.first
        if self._rest is not None:
            yield from self._rest()


def sliced_table(table: Table, slices: Callable[[], Iterator[Table]] | None = None) -> SlicedFile:
    """A table already read, as a file read in slices: itself, one slice; or (a paged file,
    `table` its first slice) every slice `slices()` yields, read when `slices()` is walked."""
    if slices is None:
        return SlicedFile(table.info, table.headers, table, list(table.warnings))
    every = slices()
    first = next(every, table)
    return SlicedFile(table.info, table.headers, first, list(table.warnings), True, lambda: every)


def open_sliced(
    path: str | Path,
    *,
    sheet: str | None = None,
    header_row: int | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    stream_min_bytes: int | None = None,
    rows_per_slice: int | None = None,
) -> SlicedFile:
    """Open `path` for reading in slices (see the module rule). Raises LoadError."""
    path = Path(path)
    stream_min_bytes = STREAM_MIN_BYTES if stream_min_bytes is None else stream_min_bytes
    rows_per_slice = ROWS_PER_SLICE if rows_per_slice is None else rows_per_slice
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise LoadError.said(
            "The file {file} could not be read ({reason}).", file=path.name, reason=exc.strerror
        ) from exc
    options = LoadOptions(
        sheet=sheet, header_row=header_row, encoding=encoding, delimiter=delimiter
    )
    fmt = detect_format(path, read_head(path))
    if fmt not in _DELIMITED or size < stream_min_bytes:
        table = restore_report_cells(load_with(path, options))
        return SlicedFile(table.info, table.headers, table, list(table.warnings))
    plan = _plan(path, fmt, options)
    batches = _batches(plan, rows_per_slice)
    first = next(batches, None)
    if first is None:
        raise LoadError.said(
            "{file} has no data rows below the header (row {row}); nothing to send.",
            file=path.name,
            row=plan.header_row,
        )
    first_table = _slice_table(plan, first, plan.header_row + 1)

    def rest() -> Iterator[Table]:
        # The same reader goes on where the first slice ended: the file is read once.
        next_row = plan.header_row + 1 + first.num_rows
        for batch in batches:
            yield _slice_table(plan, batch, next_row)
            next_row += batch.num_rows

    return SlicedFile(plan.info, plan.names, first_table, plan.warnings, True, rest)


@dataclass(frozen=True)
class _Plan:
    path: Path
    info: SourceInfo
    names: list[str]
    header_row: int
    skip_lines: int  # physical lines before the first data row (sep= hint and header)
    delimiter: str
    encoding: str
    warnings: list[str]


def _plan(path: Path, fmt: str, options: LoadOptions) -> _Plan:
    """The reading choices, made from the file's head as `load_table` makes them."""
    header_row = options.header_row
    with path.open("rb") as handle:
        head = handle.read(HEAD_BYTES * 4)
    # Cut after the last whole line; in UTF-16-LE a newline is two bytes, 0A 00.
    width = 2 if head.startswith(b"\xff\xfe") else 1
    cut = head.rfind(b"\n\x00" if width == 2 else b"\n")
    head = head[: cut + width] if cut > 0 else head
    decoded = decode(path, head, options.encoding)
    utf8, hint = strip_sep_hint(decoded.utf8)
    delim = options.delimiter or hint or sniff_delimiter(utf8, fmt)
    records = head_records(utf8, delim, max((header_row or 0) + 1, 200))
    if header_row is None:
        header_row = guess_header_row([sum(1 for c in r if c.strip()) for r in records[:50]])
    if (
        header_row < 1
        or header_row > len(records)
        or not any(c.strip() for c in records[header_row - 1])
    ):
        # Said from the head alone: a whole load (for its wording) would read the whole file.
        if header_row < 1:
            raise LoadError.said(
                "{file} has no header row: no line at the top holds column names.",
                "Check that the file holds data, or choose the header row yourself.",
                file=path.name,
            )
        raise LoadError.said(
            "Row {row} cannot be the header row of {file}: it is empty or beyond the top of the file.",
            "Choose the row that holds the column names.",
            row=header_row,
            file=path.name,
        )
    names = unique_headers(records[header_row - 1])
    info = SourceInfo(
        path=path,
        format=fmt,
        encoding=decoded.encoding,
        delimiter=delim,
        header_row=header_row,
    )
    note = not_utf8_note(decoded.encoding)
    warnings = [note] if note else []
    return _Plan(
        path,
        info,
        names,
        header_row,
        header_row + (1 if hint else 0),
        delim,
        decoded.encoding,
        warnings,
    )


def _batches(plan: _Plan, rows: int) -> Iterator[pa.Table]:
    """The data rows as Arrow tables of `rows` rows (the last shorter)."""
    ragged: list[int] = []

    def on_invalid(row: pacsv.InvalidRow) -> str:
        ragged.append(row.number or 0)
        return "skip"

    schema = pa.schema([(name, pa.large_string()) for name in plan.names])
    pending: list[pa.RecordBatch] = []
    held = 0
    for batch in _record_batches(plan, on_invalid):
        if ragged:
            raise _ragged(plan, ragged)
        pending.append(batch)
        held += batch.num_rows
        while held >= rows:
            table = pa.Table.from_batches(pending, schema=schema)
            yield table.slice(0, rows).combine_chunks()
            rest = table.slice(rows)
            pending, held = rest.to_batches(), rest.num_rows
    if ragged:
        raise _ragged(plan, ragged)
    if held:
        last = pa.Table.from_batches(pending, schema=schema).combine_chunks()
        _check_unclosed_quote(plan, last)
        yield last


def _record_batches(
    plan: _Plan, on_invalid: Callable[[pacsv.InvalidRow], str]
) -> Iterator[pa.RecordBatch]:
    """The data rows as pyarrow reads them. A record longer than a block ("straddles two block
    boundaries") reopens the file with blocks 8× larger, skipping the rows already read."""
    block = _BLOCK_BYTES
    delivered = 0
    while True:
        reader: pacsv.CSVStreamingReader | None = None
        try:
            reader = _open_reader(plan, on_invalid, block, delivered)
            for batch in reader:
                delivered += batch.num_rows
                yield batch
            return
        except pa.ArrowInvalid as exc:
            if "straddl" not in str(exc) or block >= _MAX_BLOCK_BYTES:
                raise csv_error(plan.path, str(exc), plan.header_row) from exc
            block *= 8
        finally:
            # Its read-ahead threads must not outlive the reading: a pyarrow reader torn down
            # at interpreter exit can abort the process (apache/arrow#34314).
            if reader is not None:
                reader.close()


def _open_reader(
    plan: _Plan, on_invalid: Callable[[pacsv.InvalidRow], str], block: int, skip: int
) -> pacsv.CSVStreamingReader:
    encoding = plan.encoding.lower().replace("_", "-")
    return pacsv.open_csv(
        plan.path,
        read_options=pacsv.ReadOptions(
            skip_rows=plan.skip_lines,
            skip_rows_after_names=skip,
            column_names=plan.names,
            block_size=block,
            encoding="utf8" if encoding in ("utf-8", "utf-8-sig", "utf8") else plan.encoding,
        ),
        parse_options=pacsv.ParseOptions(
            delimiter=plan.delimiter,
            newlines_in_values=True,
            ignore_empty_lines=False,
            invalid_row_handler=on_invalid,
        ),
        convert_options=pacsv.ConvertOptions(
            column_types={name: pa.large_string() for name in plan.names},
            strings_can_be_null=False,
            quoted_strings_can_be_null=False,
            null_values=[],
        ),
    )


def _check_unclosed_quote(plan: _Plan, last: pa.Table) -> None:
    """An unclosed quote reads as one cell running to the end of the file: refuse it, as a
    whole load does (a multi-line cell in the last row and an odd number of quotes)."""
    if not last.num_rows:
        return
    tail = last.slice(last.num_rows - 1)
    if not any("\n" in (c[0].as_py() or "") or "\r" in (c[0].as_py() or "") for c in tail.columns):
        return
    quotes = 0
    with plan.path.open("rb") as handle:
        while block := handle.read(1 << 20):
            quotes += block.count(b'"')
    if quotes % 2:
        raise LoadError.said(
            '{file} has a quote (") near its end that is never closed, so the rest of the file cannot be split into rows.',
            "Open the file in a text editor or Excel, fix the quotes, and save it again.",
            file=plan.path.name,
        )


def _ragged(plan: _Plan, numbers: list[int]) -> LoadError:
    count = len(numbers)
    known = [n for n in numbers if n > 0]  # threaded parsing does not number rows
    if not known:
        return LoadError.said(
            "{count} row of {file} has a different number of cells than the header ({cells})."
            if count == 1
            else "{count} rows of {file} have a different number of cells than the header "
            "({cells}).",
            "A value probably contains an unquoted delimiter or line break. Fix those rows, or "
            "check that the delimiter and header row are right.",
            count=count,
            file=plan.path.name,
            cells=len(plan.names),
        )
    return LoadError.said(
        "{count} row of {file} (from line {line}) has a different number of cells than the "
        "header ({cells})."
        if count == 1
        else "{count} rows of {file} (from line {line}) have a different number of cells than "
        "the header ({cells}).",
        "A value probably contains an unquoted delimiter or line break. Fix those rows, or "
        "check that the delimiter and header row are right.",
        count=count,
        file=plan.path.name,
        line=min(known),
        cells=len(plan.names),
    )


def _slice_table(plan: _Plan, batch: pa.Table, start_row: int) -> Table:
    """One slice as a Table: empty rows skipped, row numbers continuing from `start_row`."""
    numbers = np.arange(start_row, start_row + batch.num_rows, dtype=np.int64)
    columns = [pc.fill_null(col, "") for col in batch.columns]
    keep = non_empty_mask(columns) if columns else np.zeros(batch.num_rows, bool)
    if not keep.all():
        selection = pa.array(keep)
        columns = [pc.filter(col, selection) for col in columns]
        numbers = numbers[keep]
    frame = pa.Table.from_arrays(columns, names=[f"c{i}" for i in range(len(columns))])
    df = frame.to_pandas()
    df.columns = plan.names
    return restore_report_cells(Table(df=df, row_numbers=numbers, info=plan.info, warnings=[]))
