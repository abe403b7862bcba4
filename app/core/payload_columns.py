"""Payload values of every kept row, held as columns until records or payload JSON are built.

A column stays Arrow (text, chunked once rows were edited) or numpy (converted values, patched
once rows were edited); the per-row Python objects are made only when records are built.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypeAlias, overload

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc


@dataclass(frozen=True)
class PatchedColumn:
    """A numpy column with a few values replaced, without copying it (edited rows).

    Copying a million-row object array costs ~20 ms (one reference count per cell); an edit
    only needs the replaced positions kept beside the shared, never-modified base.
    """

    base: np.ndarray
    where: np.ndarray  # ascending positions
    values: np.ndarray  # the values at `where`

    def __len__(self) -> int:
        return len(self.base)

    @overload
    def __getitem__(self, index: int | np.integer) -> object: ...

    @overload
    def __getitem__(self, index: np.ndarray) -> np.ndarray: ...

    def __getitem__(self, index: int | np.integer | np.ndarray) -> object:
        if isinstance(index, (int, np.integer)):
            slot = int(np.searchsorted(self.where, index))
            if slot < self.where.size and self.where[slot] == index:
                return self.values[slot]
            return self.base[index]
        positions = np.asarray(index)
        out = self.base[positions]
        at = np.searchsorted(self.where, positions).clip(max=max(self.where.size - 1, 0))
        hit = self.where[at] == positions if self.where.size else np.zeros(positions.size, bool)
        out[hit] = self.values[at[hit]]
        return out

    def equal(self, value: object) -> np.ndarray:
        """Elementwise `== value`, as a bool mask."""
        mask = np.asarray(self.base == value, dtype=bool)
        mask[self.where] = np.asarray(self.values == value, dtype=bool)
        return mask

    def with_values(self, where: np.ndarray, values: np.ndarray) -> PatchedColumn:
        """These positions replaced too."""
        merged = dict(zip(self.where.tolist(), self.values, strict=True))
        merged.update(zip(where.tolist(), values, strict=True))
        keys = np.asarray(sorted(merged), dtype=np.int64)
        # Filled one by one: np.asarray would turn equal-length list values into a 2-D array.
        replaced = np.empty(keys.size, dtype=self.base.dtype)
        for j, key in enumerate(keys.tolist()):
            replaced[j] = merged[key]
        return PatchedColumn(self.base, keys, replaced)

    def materialise(self) -> np.ndarray:
        """A plain array with every replacement applied."""
        out = self.base.copy()
        out[self.where] = self.values
        return out


# A column of values: Arrow (chunked once rows were edited) or numpy (patched once edited).
ColumnData: TypeAlias = pa.Array | pa.ChunkedArray | np.ndarray | PatchedColumn
ARROW_TYPES = (pa.Array, pa.ChunkedArray)


@dataclass
class ColumnValues:
    """One payload value per kept row; Arrow arrays stay Arrow until records are built."""

    data: ColumnData
    present: np.ndarray  # bool: the value is sent (empty optional cells are left out)
    key: ColumnData  # hashable stand-in for duplicate detection

    def numpy(self) -> np.ndarray:
        """The values as a numpy object array."""
        return as_numpy(self.data)

    def key_numpy(self) -> np.ndarray:
        """The dedupe key as a numpy array."""
        return as_numpy(self.key)


@dataclass
class PayloadColumns:
    """Payload values of every kept row, ready for record building."""

    fields: dict[str, ColumnValues] = field(default_factory=dict)
    extras: list[tuple[str, ColumnValues]] = field(default_factory=list)


def as_numpy(values: ColumnData) -> np.ndarray:
    """Any column as a numpy array (Arrow values as Python objects)."""
    if isinstance(values, np.ndarray):
        return values
    if isinstance(values, PatchedColumn):
        return values.materialise()
    return np.asarray(values.to_numpy(zero_copy_only=False), dtype=object)


def arrow_text(values: pd.Series) -> pa.Array:
    """A text column as one Arrow string array, empty where the cell is missing."""
    arr = pa.array(values.array)
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    return pc.fill_null(arr, "")


def chunks_of(values: pa.Array | pa.ChunkedArray) -> list[pa.Array]:
    """The Arrow arrays a (possibly chunked) column is made of."""
    return values.chunks if isinstance(values, pa.ChunkedArray) else [values]
