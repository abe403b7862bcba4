"""Rules about rows that every format shares: which row is the header, which rows are empty,
and the common tail that turns parsed columns into a `Table`."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from app.core.cancel import raise_if_cancelled
from app.core.sources.errors import LoadCancelled
from app.core.sources.options import LoadOptions
from app.core.sources.said import LoadWords, Rows, read_words
from app.core.table import SourceInfo, Table


def guess_header_row(filled_counts: Sequence[int]) -> int:
    """1-based header row from the filled-cell counts of the top rows (0 when all are empty).

    The first non-empty row, unless it is a title line: a row with fewer than half the cells
    of the widest top row is skipped (e.g. "Sales report — March" above the real header), and
    so are up to three one-cell lines right above a row of two or more cells (a title over a
    narrow table). A one-column file keeps its first row.
    """
    widest = max(filled_counts, default=0)
    if widest == 0:
        return 0
    needed = max(1, (widest + 1) // 2)
    first = next(i for i, count in enumerate(filled_counts) if count >= needed)
    if filled_counts[first] == 1 and widest >= 2:
        titles = 0
        for i in range(first, len(filled_counts)):
            if filled_counts[i] >= 2:
                return i + 1
            titles += filled_counts[i] == 1
            if titles > _TITLE_LINES:
                break
    return first + 1


_TITLE_LINES = 3


def non_empty_mask(columns: Sequence[pa.Array]) -> np.ndarray:
    """True for each row with at least one non-empty cell."""
    mask: np.ndarray | None = None
    for col in columns:
        filled = pc.greater(pc.utf8_length(col), 0).to_numpy(zero_copy_only=False)
        mask = filled if mask is None else (mask | filled)
    return mask if mask is not None else np.zeros(0, dtype=bool)


def finish(
    arrow_table: pa.Table,
    names: list[str],
    row_numbers: np.ndarray,
    info: SourceInfo,
    warnings: list[str],
    options: LoadOptions,
) -> Table:
    """The parsed columns as a Table: nulls read "", empty rows skipped (and named in a
    warning unless they only pad the end), a note when no data rows are left."""
    raise_if_cancelled(options.cancel, LoadCancelled)
    columns = [pc.fill_null(col, "") for col in arrow_table.columns]
    if columns and not pc.any(pc.equal(pc.binary_length(columns[0]), 0)).as_py():
        mask = np.ones(len(row_numbers), dtype=bool)  # no empty first cell: no empty row
    else:
        mask = non_empty_mask(columns) if columns else np.zeros(len(row_numbers), dtype=bool)
    row_numbers = np.asarray(row_numbers, dtype=np.int64)
    if columns and not mask.all():
        skipped = row_numbers[~mask]
        row_numbers = row_numbers[mask]
        selection = pa.array(mask)
        columns = [pc.filter(col, selection) for col in columns]
        # Trailing blank rows (sheet padding) are not worth a warning.
        if skipped.size and int(skipped[0]) < int(row_numbers[-1] if row_numbers.size else 0):
            inner = skipped[skipped < (row_numbers[-1] if row_numbers.size else 0)]
            warnings.append(
                LoadWords(
                    "Skipped {count} empty row: {rows}."
                    if inner.size == 1
                    else "Skipped {count} empty rows: {rows}.",
                    count=int(inner.size),
                    rows=Rows(int(n) for n in inner.tolist()),
                )
            )
    df = pa.Table.from_arrays(columns, names=[f"c{i}" for i in range(len(names))]).to_pandas()
    df.columns = pd.Index(names, dtype=object)
    df.index = pd.RangeIndex(len(row_numbers))
    if len(df) == 0:
        warnings.append(
            LoadWords("There are no data rows below the header (row {row}).", row=info.header_row)
            if info.header_row
            else LoadWords("There are no data rows.")
        )
    options.report(len(df), len(df), read_words(len(df)))
    return Table(df=df, row_numbers=row_numbers, info=info, warnings=warnings)
