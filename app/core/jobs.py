"""The one way a job is prepared, for the CLI and the app alike.

table + validation → journal blocks (payload JSON and original cells, a block of 1,000 rows at
a time, straight from the columns) + the rows validation kept back → one journal transaction.
Nothing here holds one Python object per row for the whole file: records, cells and hashes
exist for one block at a time and are dropped once written.

A job may be prepared from several parts (a CSV read and validated a slice at a time, see
`app.core.stream`); each part is a (Table, ValidationResult) pair whose rows follow the
previous part's.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from app.core.cancel import Cancel, Cancelled, raise_if_cancelled
from app.core.fingerprint import sha256_file
from app.core.job_rows import reblock
from app.core.journal import (
    BLOCK_SIZE,
    AcceptedBefore,
    EarlierAcceptances,
    JobSource,
    Journal,
    KeptBackRow,
    RowBlock,
)
from app.core.mapping import Mapping
from app.core.row_feed import RowFeed
from app.core.table import Table
from app.core.validation_result import ValidationResult

Progress = Callable[[int, "int | None", str], None]


class PreparationCancelled(Cancelled):
    """The operator cancelled while the job was being written (nothing was stored)."""

    words = "The upload was not prepared: cancelled."


@dataclass(frozen=True)
class JobPart:
    """A slice of the file, loaded and validated: the unit `prepare_job` streams."""

    table: Table
    validation: ValidationResult


def source_info(table: Table) -> dict[str, Any]:
    """How the file was read, as the journal keeps it (the report's column order included)."""
    info = table.info
    return {
        "path": str(info.path),
        "format": info.format,
        "encoding": info.encoding,
        "delimiter": info.delimiter,
        "sheet": info.sheet,
        "header_row": info.header_row,
        "headers": list(table.headers),
    }


def job_source(
    table: Table,
    mapping: Mapping,
    *,
    destination_id: str,
    base_url: str,
    profile_name: str,
) -> JobSource:
    """Everything the journal records about a new job but its rows."""
    path = Path(table.info.path)
    try:
        digest = sha256_file(path)
    except OSError:
        digest = ""  # the file moved since loading; the job still records its name
    return JobSource(
        path=str(path.resolve()) if path.exists() else str(path),
        sha256=digest,
        info=source_info(table),
        destination_id=destination_id,
        base_url=base_url,
        profile_name=profile_name,
        mapping=mapping.to_dict(),
    )


@dataclass(frozen=True)
class PreparedJob:
    """A job written to the journal, and what was learnt while writing it."""

    job_id: str
    rows: int  # valid rows, all pending
    kept_back: int  # rows not sent (invalid or excluded)
    accepted_before: int  # rows an earlier job already delivered to the same place
    accepted_last_active: datetime | None = None  # when the newest such job last changed


def prepare_job(
    journal: Journal,
    source: JobSource | None,
    parts: Iterable[JobPart],
    *,
    progress: Progress | None = None,
    cancel: Cancel = None,
    total: int | None = None,
    earlier: EarlierAcceptances | None = None,
    feed: RowFeed | None = None,
    job_id: str | None = None,
) -> PreparedJob:
    """Write a new job (every valid row pending, every other row kept back with its reason),
    a few blocks per committed transaction (`Journal.begin_job` / `append_blocks` /
    `finish_preparing`), telling `feed` after each commit so an uploader can send them at once.
    `total` (valid rows, when known) is for `progress`; with `earlier`, the rows an earlier job
    delivered are counted on the way (one pass over a sliced file).

    `job_id`: a job begun with `Journal.begin_job` (its id known before its rows are written,
    so an uploader can start on it), or one whose preparation stopped part-way: `parts` are
    then the whole file again (read and validated the same way), and the rows it holds are
    skipped once checked to be the same rows (`source` is only needed without `job_id`).
    Without a `feed` nobody can have sent anything: a failed or cancelled preparation deletes
    its new job ("nothing was stored"); with one, the job stays, unfinished, for a resume."""
    kept: list[KeptBackRow] = []
    written = [0, 0]
    begun = job_id is None
    job_id = job_id or _begin(journal, source)
    skip = 0 if begun else journal.job(job_id).rows

    def blocks() -> Iterator[RowBlock]:
        for part in parts:
            for block in job_blocks(part.table, part.validation):
                raise_if_cancelled(cancel, PreparationCancelled)
                yield block
            kept.extend(kept_back_rows(part.table, part.validation))

    def counted(block: RowBlock) -> None:
        written[0] += len(block.rows)
        if earlier is not None and earlier.prefixes.size:
            written[1] += earlier.count_in(
                [hashlib.blake2b(p, digest_size=16).digest() for p in block.payloads]
            )
        if progress is not None:
            progress(written[0], total, "Writing the rows to the journal")

    try:
        batch: list[RowBlock] = []
        for block in reblock(blocks(), BLOCK_SIZE):
            start = written[0]
            counted(block)
            if start < skip:  # written by the run that stopped
                if written[0] >= skip:
                    _check_same_rows(journal, job_id, block, written[0] == skip)
                continue
            batch.append(block)
            # The first rows go out soon; later ones in fewer, larger commits (each fsyncs).
            first = written[0] <= skip + FIRST_COMMIT_BLOCKS * BLOCK_SIZE
            if len(batch) >= (FIRST_COMMIT_BLOCKS if first else COMMIT_BLOCKS):
                _append(journal, job_id, batch, feed)
                batch = []
        if written[0] < skip:
            _check_same_rows(journal, job_id, None, False)
        if batch:
            _append(journal, job_id, batch, feed)
        # By now the parts have streamed past and `kept` holds every row kept back.
        journal.finish_preparing(job_id, kept)
    except BaseException as exc:
        if feed is not None:
            feed.failed(exc)
        elif begun:
            with contextlib.suppress(Exception):  # the first error is the one to tell
                journal.discard_job(job_id)  # nobody sent a row of it: as if never begun
        raise
    if feed is not None:
        feed.finished()
    last_active = earlier.last_active if earlier is not None and written[1] else None
    return PreparedJob(job_id, written[0], len(kept), written[1], last_active)


def _begin(journal: Journal, source: JobSource | None) -> str:
    if source is None:
        raise ValueError("prepare_job needs a source or a begun job's id")
    return journal.begin_job(source)


# Blocks per committed append: the first commit comes early so sending starts while the file
# is still read; later ones are larger, since each commit syncs the journal to disk.
FIRST_COMMIT_BLOCKS = 2
COMMIT_BLOCKS = 10


def _append(journal: Journal, job_id: str, batch: list[RowBlock], feed: RowFeed | None) -> None:
    rows = journal.append_blocks(job_id, batch)
    if feed is not None:
        feed.added(rows)


class PreparationMismatch(RuntimeError):
    """A resumed preparation reads other rows than the job already holds."""


def _check_same_rows(
    journal: Journal, job_id: str, block: RowBlock | None, ends_there: bool
) -> None:
    """A resumed preparation's last skipped block must be the job's last stored one, row for
    row, ending where the stored rows end (the file's hash vouches for the blocks before)."""
    rows = journal.job(job_id).rows
    stored = journal.stored_block_rows(job_id, (rows - 1) // BLOCK_SIZE) if rows else []
    if block is None or not ends_there or list(block.rows) != stored:
        raise PreparationMismatch(
            "The file reads differently than when this job was started (other valid rows), "
            "so the rest of it cannot be added to the job."
        )


def rows_accepted_before(
    journal: Journal,
    destination_id: str,
    base_url: str,
    parts: Iterable[JobPart],
    cancel: Cancel = None,
) -> AcceptedBefore:
    """How many valid rows these parts share with rows this destination accepted before."""

    def hashes() -> Iterator[bytes]:
        for part in parts:
            for _, payloads in part.validation.iter_payload_blocks(BLOCK_SIZE):
                raise_if_cancelled(cancel, PreparationCancelled)
                yield from (hashlib.blake2b(p, digest_size=16).digest() for p in payloads)

    return journal.accepted_before(destination_id, base_url, hashes())


def job_blocks(table: Table, validation: ValidationResult) -> Iterator[RowBlock]:
    """The valid rows as journal blocks: payload JSON and original cells, one block at a time."""
    headers = table.headers
    columns = [_arrow_column(table.df[h]) for h in headers]
    where = _RowPositions(table.row_numbers)
    for rows, payloads in validation.iter_payload_blocks(BLOCK_SIZE):
        positions = where(rows)
        yield RowBlock(
            rows=rows,
            payloads=payloads,
            headers=headers,
            cells=[_cells(col, positions) for col in columns],
        )


class _RowPositions:
    """Spreadsheet row numbers → positions in the table (ascending numbers: a binary search)."""

    def __init__(self, row_numbers: np.ndarray) -> None:
        self._numbers = np.asarray(row_numbers, dtype=np.int64)
        ascending = self._numbers.size < 2 or bool(np.all(np.diff(self._numbers) > 0))
        self._index = None if ascending else pd.Index(self._numbers)

    def __call__(self, rows: Sequence[int]) -> np.ndarray:
        wanted = np.asarray(rows, dtype=np.int64)
        if self._index is not None:
            return self._index.get_indexer(wanted)
        at = np.searchsorted(self._numbers, wanted)
        inside = at < self._numbers.size
        found = np.zeros(wanted.size, dtype=bool)
        found[inside] = self._numbers[at[inside]] == wanted[inside]
        return np.where(found, at, -1)


def _cells(column: pa.ChunkedArray, positions: np.ndarray) -> list[str]:
    """The column's cells at `positions` (a block of mostly consecutive rows) as Python text.

    A take from the whole column walks every chunk; the block's own span is cut out first.
    """
    if positions.size == 0:
        return []
    if positions.min() < 0:
        return [column[int(p)].as_py() if p >= 0 else "" for p in positions]
    low, high = int(positions.min()), int(positions.max())
    span = column.slice(low, high - low + 1)
    if high - low + 1 == positions.size:
        return span.to_pylist()  # consecutive (no invalid row inside the block)
    return span.take(pa.array(positions - low)).to_pylist()


def kept_back_rows(table: Table, validation: ValidationResult) -> Iterator[KeptBackRow]:
    """The rows that are not sent: invalid ones (with their errors) and excluded ones."""
    originals = _Originals(table)
    for row in validation.invalid_rows:
        errors = [i for i in validation.issues_for_row(row) if i.severity == "error"]
        first = errors[0] if errors else None
        yield KeptBackRow(
            row=row,
            state="invalid",
            code=first.code if first else "invalid",
            field=first.field if first else None,
            message="; ".join(dict.fromkeys(i.message for i in errors)) or "invalid row",
            original=originals(row),
        )
    for row in sorted(validation.excluded_rows):
        yield KeptBackRow(
            row=row,
            state="excluded",
            code="excluded",
            field=None,
            message="left out by the operator on the Review step",
            original=originals(row),
        )


class _Originals:
    """row number → the row's cells by header, read from the columns one row at a time."""

    def __init__(self, table: Table) -> None:
        self._headers = table.headers
        self._columns = [_arrow_column(table.df[h]) for h in self._headers]
        self._where = _RowPositions(table.row_numbers)

    def __call__(self, row: int) -> dict[str, str]:
        i = int(self._where([row])[0])
        if i < 0:
            return {}
        return {h: col[i].as_py() for h, col in zip(self._headers, self._columns, strict=True)}


def _arrow_column(series: pd.Series) -> pa.ChunkedArray:
    """A column's cells as Arrow text (no copy for Arrow-backed columns), nulls as ""."""
    array = pa.array(series.array)
    if isinstance(array, pa.Array):
        array = pa.chunked_array([array])
    if not pa.types.is_string(array.type) and not pa.types.is_large_string(array.type):
        array = pc.cast(array, pa.large_string())
    return pc.fill_null(array, "")
