"""Duplicate rows within a validation: rows repeating an earlier row's dedupe key (the server's
key, or the whole record when the server has none) are warned, naming the first row.

Within one frame the keys are factorised exactly; a file validated slice by slice also checks
each slice against the keys of the earlier ones (`app.core.duplicates.DuplicateMemory`).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from app.core.checks import Check
from app.core.duplicates import DuplicateMemory, row_hashes
from app.core.fields import DestinationSchema
from app.core.issues import duplicate_message, duplicate_words
from app.core.payload_columns import ColumnData, PatchedColumn, PayloadColumns


def dedupe_parts(schema: DestinationSchema, columns: PayloadColumns) -> list[ColumnData]:
    """Key arrays that identify "the same record" for this destination."""
    if schema.dedupe_key:
        return [columns.fields[name].key for name in schema.dedupe_key if name in columns.fields]
    parts = [values.key for values in columns.fields.values()]
    parts.extend(values.key for _, values in columns.extras)
    return parts


def _plain_parts(parts: list[ColumnData]) -> list[pa.Array | pa.ChunkedArray | np.ndarray]:
    """The parts with patched (edited) columns made whole arrays."""
    return [p.materialise() if isinstance(p, PatchedColumn) else p for p in parts]


def _codes(key: pa.Array | pa.ChunkedArray | np.ndarray) -> np.ndarray:
    if isinstance(key, np.ndarray):
        return pd.factorize(key)[0].astype(np.int64)
    return pc.dictionary_encode(key).indices.to_numpy(zero_copy_only=False).astype(np.int64)


def _combined_codes(parts: list[pa.Array | pa.ChunkedArray | np.ndarray]) -> np.ndarray:
    """One int64 per row, equal exactly when every part is equal."""
    combined: np.ndarray | None = None
    for part in parts:
        codes = _codes(part)
        if combined is None:
            combined = codes
            continue
        width = int(codes.max(initial=0)) + 1
        if int(combined.max(initial=0)) >= (1 << 62) // width:
            combined = pd.factorize(combined)[0].astype(np.int64)
        combined = combined * width + codes
    assert combined is not None
    return combined


def _duplicate_check(
    mask: np.ndarray, first_row: np.ndarray, schema: DestinationSchema
) -> Check | None:
    """The warning for rows `mask` repeating the rows `first_row` (aligned), or None."""
    if not mask.any():
        return None
    what, summary = duplicate_words(schema)
    messages = np.full(mask.size, "", dtype=object)
    idx = np.flatnonzero(mask)
    messages[idx] = [duplicate_message(what, int(first_row[i])) for i in idx]
    return Check(mask, "record", None, "duplicate", "warning", summary, messages)


def in_frame_duplicates(
    parts: list[ColumnData],
    invalid: np.ndarray,
    row_numbers: np.ndarray,
    schema: DestinationSchema,
) -> Check | None:
    """Valid rows repeating the key of an earlier valid row of this frame."""
    n = len(row_numbers)
    first_row = np.zeros(n, dtype=np.int64)
    combined = _combined_codes(_plain_parts(parts))
    combined[invalid] = -1 - np.flatnonzero(invalid)
    codes, uniques = pd.factorize(combined)
    dup = pd.Series(codes).duplicated(keep="first").to_numpy() & ~invalid
    if not dup.any():
        return None
    first_pos = np.full(len(uniques), -1, dtype=np.int64)
    order = np.arange(n)[::-1]
    first_pos[codes[order]] = order
    first_row[dup] = row_numbers[first_pos[codes[dup]]]
    return _duplicate_check(dup, first_row, schema)


def earlier_slice_duplicates(
    parts: list[ColumnData],
    invalid: np.ndarray,
    in_slice: np.ndarray,
    row_numbers: np.ndarray,
    schema: DestinationSchema,
    seen: DuplicateMemory,
) -> Check | None:
    """Rows repeating a key of an earlier slice; this slice's new keys are remembered."""
    hashes = row_hashes(_plain_parts(parts))
    first = seen.first_rows(hashes)
    fresh = ~invalid & ~in_slice
    repeat = fresh & (first >= 0)
    new = fresh & (first < 0)
    seen.remember(hashes[new], row_numbers[new])
    return _duplicate_check(repeat, first, schema)
