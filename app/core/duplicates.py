"""Duplicate rows across the slices of a file read slice by slice.

Within one slice, validation finds repeated dedupe keys exactly (factorised codes). Across
slices it remembers, for every distinct key of the earlier slices, a 64-bit hash and the row
number where it first appeared: 12 bytes per distinct row in sorted numpy runs, never a Python
object per row. That memory is the one thing a sliced job keeps that grows with the file
(10 million distinct rows: 120 MB). A hash collision can only add a spurious duplicate
*warning* (duplicates are sent; the warning says the API will merge them), never drop a row.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
import pyarrow as pa

_MIX = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit constant: combining part hashes
# Runs stop growing at this many keys: a merge then never copies more than 2 × 12 MB, and a
# lookup searches one run per million distinct rows seen (cheap next to validating a slice).
MAX_RUN = 1 << 20


def row_hashes(parts: Sequence[pa.Array | pa.ChunkedArray | np.ndarray]) -> np.ndarray:
    """One uint64 per row over the key parts (equal keys give equal hashes)."""
    combined: np.ndarray | None = None
    for part in parts:
        values = part if isinstance(part, np.ndarray) else part.to_numpy(zero_copy_only=False)
        if values.dtype == object or values.dtype.kind in "USb":
            hashed = pd.util.hash_array(np.asarray(values, dtype=object), categorize=False)
        else:
            hashed = pd.util.hash_array(values)
        with np.errstate(over="ignore"):
            combined = hashed if combined is None else (combined * _MIX) ^ hashed
    assert combined is not None
    return combined


class DuplicateMemory:
    """Keys seen in earlier slices: sorted runs of (hash, first row), merged like a binary
    counter (two runs merge only when they are the same size, up to `max_run` keys), so a
    lookup searches few runs and a merge never copies more than the two runs it joins."""

    def __init__(self, max_run: int = MAX_RUN) -> None:
        self._runs: list[tuple[np.ndarray, np.ndarray, int]] = []  # (hashes, rows, level)
        self._max_run = max_run

    def __len__(self) -> int:
        return sum(int(hashes.size) for hashes, _, _ in self._runs)

    def first_rows(self, hashes: np.ndarray) -> np.ndarray:
        """For each hash, the row where an earlier slice had it first, else -1."""
        found = np.full(hashes.size, -1, dtype=np.int64)
        for run, rows, _ in self._runs:  # oldest (largest) first: the first row wins
            if not run.size:
                continue
            missing = found < 0
            probe = hashes[missing]
            at = np.minimum(np.searchsorted(run, probe), run.size - 1)
            hit = run[at] == probe
            found[np.flatnonzero(missing)[hit]] = rows[at[hit]]
        return found

    def remember(self, hashes: np.ndarray, rows: np.ndarray) -> None:
        """Add keys first seen at `rows` (keys already remembered keep their first row)."""
        if not hashes.size:
            return
        new, first = np.unique(hashes, return_index=True)
        fresh = self.first_rows(new) < 0
        run = (new[fresh], np.asarray(rows, dtype=np.uint32)[first][fresh], 0)
        while (
            self._runs
            and self._runs[-1][2] == run[2]
            and self._runs[-1][0].size + run[0].size <= self._max_run
        ):
            older = self._runs.pop()
            run = (*_merge(older[0], older[1], run[0], run[1]), run[2] + 1)
        self._runs.append(run)


def _merge(
    a: np.ndarray, a_rows: np.ndarray, b: np.ndarray, b_rows: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Two sorted runs with disjoint hashes as one (no sort: `b` is placed into `a`)."""
    at = np.searchsorted(a, b) + np.arange(b.size)
    hashes = np.empty(a.size + b.size, dtype=a.dtype)
    rows = np.empty(a.size + b.size, dtype=a_rows.dtype)
    from_b = np.zeros(hashes.size, dtype=bool)
    from_b[at] = True
    hashes[at], rows[at] = b, b_rows
    hashes[~from_b], rows[~from_b] = a, a_rows
    return hashes, rows
