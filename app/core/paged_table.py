"""A big delimited file kept on disk, so the app never holds all its rows in memory.

While loading, the file's slices (`app.core.stream`) are written as record batches to an Arrow
IPC file (Feather v2, uncompressed) in the app's cache folder. Reading it back is random access
by record batch: the table view asks for the cells of the rows it shows (the few batches it
touches are kept, least recently used first out), and validation and job preparation walk it a
slice at a time. The operator's cell edits are an overlay (row position, column → text) applied
on every read. Files below `PAGE_MIN_BYTES`, workbooks and JSON keep the in-memory `Table`.

The cache file goes when the table is closed, and at the latest when the process exits; files
left by a process that died are swept when the next one opens a table.
"""

from __future__ import annotations

import os
import re
import threading
import uuid
import weakref
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

from app.core.appdirs import cache_dir
from app.core.cancel import Cancel, raise_if_cancelled
from app.core.sources import LoadCancelled, LoadOptions, Progress
from app.core.sources.detect import detect_format, read_head
from app.core.sources.said import read_words
from app.core.stream import open_sliced
from app.core.table import SourceInfo, Table

PAGE_MIN_BYTES = 64 * 1024 * 1024  # a users CSV of about 1.5M rows
CACHED_BATCHES = 8  # what a view scrolled back and forth touches
_PAGED_FORMATS = ("csv", "tsv", "txt")
_ROW = "row_number"
_NAME = re.compile(r"^paged-(\d+)-[0-9a-f]+\.arrow$")


def should_page(path: Path, min_bytes: int | None = None) -> bool:
    """Whether `path` is a delimited file big enough to be kept on disk."""
    limit = PAGE_MIN_BYTES if min_bytes is None else min_bytes
    try:
        if path.stat().st_size < limit:
            return False
    except OSError:
        return False
    return detect_format(path, read_head(path)) in _PAGED_FORMATS


class _Page:
    """One record batch as the view reads it: each column's cells as text, its row numbers."""

    __slots__ = ("columns", "numbers")

    def __init__(self, batch: pa.RecordBatch, width: int) -> None:
        self.columns: list[list[str]] = [batch.column(i).to_pylist() for i in range(width)]
        self.numbers: np.ndarray = batch.column(width).to_numpy()


class PagedTable:
    """The rows of a big file on disk: random access to cells, and slices in file order."""

    def __init__(
        self,
        path: Path,
        info: SourceInfo,
        headers: list[str],
        warnings: list[str],
        offsets: np.ndarray,
        bounds: np.ndarray,
    ) -> None:
        self.path = path  # the cache file
        self.info = info
        self.headers = headers
        self.warnings = warnings
        self._offsets = offsets  # offsets[b]: position of batch b's first row; last = len
        self._bounds = bounds  # (first, last) row number of each batch
        self._map = pa.memory_map(str(path))
        self._reader = pa.ipc.open_file(self._map)
        self._pages: OrderedDict[int, _Page] = OrderedDict()
        self._lock = threading.Lock()  # the view and a worker may read at once
        self.edits: dict[tuple[int, int], str] = {}  # (position, column index) → text
        # The first slice as read (choosing a mapping, the Load step's preview).
        self.first = Table(
            df=pd.DataFrame(columns=headers),
            row_numbers=np.zeros(0, np.int64),
            info=info,
            warnings=list(warnings),
        )
        self._finalizer = weakref.finalize(self, _remove, self._map, path)

    def __len__(self) -> int:
        return int(self._offsets[-1])

    @property
    def batch_count(self) -> int:
        """Record batches in the file (the slices it was written in)."""
        return int(self._offsets.size - 1)

    def close(self) -> None:
        """Drop the cached pages and delete the cache file."""
        with self._lock:
            self._pages.clear()
        self._finalizer()

    @property
    def closed(self) -> bool:
        """Whether the cache file is gone."""
        return not self._finalizer.alive

    # -- random access (the table view) -------------------------------------------------------

    def _batch_of(self, position: int) -> int:
        return int(np.searchsorted(self._offsets, position, side="right")) - 1

    def _page(self, batch: int) -> _Page:
        with self._lock:
            page = self._pages.get(batch)
            if page is not None:
                self._pages.move_to_end(batch)
                return page
            page = _Page(self._reader.get_batch(batch), len(self.headers))
            self._pages[batch] = page
            while len(self._pages) > CACHED_BATCHES:
                self._pages.popitem(last=False)
            return page

    def cell(self, position: int, column: int) -> str:
        """The text of one cell (an edit, if any, else the file's)."""
        edited = self.edits.get((position, column))
        if edited is not None:
            return edited
        batch = self._batch_of(position)
        return self._page(batch).columns[column][position - int(self._offsets[batch])]

    def row_number(self, position: int) -> int:
        """The spreadsheet row number of the row at `position`."""
        batch = self._batch_of(position)
        return int(self._page(batch).numbers[position - int(self._offsets[batch])])

    def edit(self, position: int, column: int, text: str) -> None:
        """Keep the operator's text for one cell; every later read sees it."""
        self.edits[(position, column)] = text

    def positions_of(self, numbers: np.ndarray) -> np.ndarray:
        """Positions of these spreadsheet row numbers (ascending result; unknown ones left out).

        A batch with no skipped row is counted through; only the others are read."""
        wanted = np.unique(np.asarray(numbers, dtype=np.int64))
        if wanted.size == 0 or self.batch_count == 0:
            return np.zeros(0, dtype=np.int64)
        batches = np.searchsorted(self._bounds[:, 0], wanted, side="right") - 1
        found: list[np.ndarray] = []
        for batch in np.unique(batches[batches >= 0]):
            mine = wanted[batches == batch]
            first, last = (int(v) for v in self._bounds[batch])
            start, stop = int(self._offsets[batch]), int(self._offsets[batch + 1])
            mine = mine[mine <= last]
            if last - first + 1 == stop - start:
                found.append(start + (mine - first))
                continue
            rows = self._numbers(int(batch))
            at = np.searchsorted(rows, mine)
            inside = at < rows.size
            hit = np.zeros(mine.size, dtype=bool)
            hit[inside] = rows[at[inside]] == mine[inside]
            found.append(start + at[hit])
        return np.concatenate(found).astype(np.int64) if found else np.zeros(0, dtype=np.int64)

    def _numbers(self, batch: int) -> np.ndarray:
        with self._lock:
            return self._reader.get_batch(batch).column(len(self.headers)).to_numpy()

    # -- in order (validation, the job) -------------------------------------------------------

    def slices(self, cancel: Cancel = None) -> Iterator[Table]:
        """Every batch as a `Table` (edits applied), in file order, read from disk one at a
        time (a reader of its own: a worker may walk it while the view reads)."""
        edits = dict(self.edits)  # as they are now: an edit made meanwhile is checked again
        with pa.OSFile(str(self.path)) as source:
            reader = pa.ipc.open_file(source)
            for batch in range(reader.num_record_batches):
                raise_if_cancelled(cancel)
                yield self._slice(reader.get_batch(batch), batch, edits)

    def _slice(self, batch: pa.RecordBatch, index: int, edits: dict[tuple[int, int], str]) -> Table:
        width = len(self.headers)
        df = pa.Table.from_batches([batch]).select(list(range(width))).to_pandas()
        df.columns = self.headers
        start, stop = int(self._offsets[index]), int(self._offsets[index + 1])
        for (position, column), text in edits.items():
            if start <= position < stop:
                df.iat[position - start, column] = text
        numbers = batch.column(width).to_numpy().astype(np.int64)
        return Table(df=df, row_numbers=numbers, info=self.info, warnings=[])

    def head(self) -> Table:
        """The first slice (for choosing a mapping and the Load step's preview)."""
        with pa.OSFile(str(self.path)) as source:
            return self._slice(pa.ipc.open_file(source).get_batch(0), 0, dict(self.edits))


def open_paged(
    path: str | Path,
    options: LoadOptions | None = None,
    *,
    rows_per_slice: int | None = None,
    folder: Path | None = None,
    progress: Progress | None = None,
    cancel: Cancel = None,
) -> PagedTable:
    """Read a delimited file slice by slice into a cache file. Raises LoadError/LoadCancelled."""
    options = options or LoadOptions()
    folder = folder or cache_dir()
    sweep_stale(folder)
    sliced = open_sliced(
        path, header_row=options.header_row, encoding=options.encoding,
        delimiter=options.delimiter, stream_min_bytes=0, rows_per_slice=rows_per_slice,
    )  # fmt: skip
    target = folder / f"paged-{os.getpid()}-{uuid.uuid4().hex}.arrow"
    headers = list(sliced.first.headers)  # a rejection report's names are restored here
    offsets, bounds = [0], []
    schema = pa.schema(
        [(f"c{i}", pa.large_string()) for i in range(len(headers))] + [(_ROW, pa.int64())]
    )
    try:
        with pa.OSFile(str(target), "wb") as sink, pa.ipc.new_file(sink, schema) as writer:
            for table in sliced.slices():
                raise_if_cancelled(cancel, LoadCancelled)
                if not len(table):
                    continue
                writer.write_batch(_batch(table, schema))
                offsets.append(offsets[-1] + len(table))
                bounds.append((int(table.row_numbers[0]), int(table.row_numbers[-1])))
                if progress is not None:
                    progress(offsets[-1], None, read_words(offsets[-1]))
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    paged = PagedTable(
        target,
        sliced.info,
        headers,
        list(sliced.warnings),
        np.asarray(offsets, dtype=np.int64),
        np.asarray(bounds, dtype=np.int64).reshape(-1, 2),
    )
    if paged.batch_count:
        paged.first = replace(paged.head(), warnings=list(sliced.warnings))
    return paged


def _batch(table: Table, schema: pa.Schema) -> pa.RecordBatch:
    arrays = [pa.array(table.df[h].array, type=pa.large_string()) for h in table.headers]
    arrays.append(pa.array(np.asarray(table.row_numbers, dtype=np.int64)))
    return pa.RecordBatch.from_arrays(arrays, schema=schema)


def _remove(mapped: pa.MemoryMappedFile, path: Path) -> None:
    mapped.close()
    path.unlink(missing_ok=True)


def sweep_stale(folder: Path) -> None:
    """Delete cache files whose process is gone (a crash or a kill leaves them behind)."""
    if os.name != "posix":
        return  # no cheap "is that process alive" there; such files are few and harmless
    for file in folder.glob("paged-*.arrow"):
        match = _NAME.match(file.name)
        if match is None or int(match.group(1)) == os.getpid():
            continue
        try:
            os.kill(int(match.group(1)), 0)
        except ProcessLookupError:
            file.unlink(missing_ok=True)
        except OSError:
            pass  # alive (or not ours to ask about)
