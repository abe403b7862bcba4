"""Payload records and payload JSON of valid rows, built from their payload columns.

Records are dicts made a whole column at a time; payload JSON is put together by Arrow kernels
without a dict per row (byte for byte what orjson writes for the record, see `payload_json`).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import numpy as np
import pyarrow as pa

from app.core.fields import DestinationSchema
from app.core.payload_columns import ColumnData, ColumnValues, PatchedColumn, PayloadColumns
from app.core.payload_json import as_bytes, json_text, object_text
from app.core.records import Record


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic GC while building millions of small acyclic objects.

    Each burst of new dicts/issues would otherwise trigger collections over everything alive;
    pausing roughly halves the build time.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def build_records(
    schema: DestinationSchema,
    row_numbers: np.ndarray,
    columns: PayloadColumns,
    positions: np.ndarray,
) -> list[Record]:
    """Payload records for the kept rows at `positions` (all valid), in that order."""
    with gc_paused():
        return _build_records(schema, row_numbers[positions].tolist(), columns, positions)


def _build_records(
    schema: DestinationSchema, rows: list[int], cols: PayloadColumns, positions: np.ndarray
) -> list[Record]:
    selector = pa.array(positions)

    def kept(values: ColumnValues) -> np.ndarray:
        if isinstance(values.data, (np.ndarray, PatchedColumn)):
            return values.data[positions]
        return np.asarray(values.data.take(selector).to_numpy(zero_copy_only=False), dtype=object)

    def dicts(items: list[tuple[str, ColumnValues]]) -> list[dict[str, Any]]:
        """One dict per row: full columns zipped in one pass, gappy columns filled after."""
        present = {key: values.present[positions] for key, values in items}
        whole = [(k, v) for k, v in items if present[k].all()]
        out: list[dict[str, Any]]
        if whole:
            keys = [k for k, _ in whole]
            lists = [kept(v).tolist() for _, v in whole]
            # Equal lengths by construction; strict checks would cost ~10% here.
            out = [dict(zip(keys, values, strict=False)) for values in zip(*lists, strict=False)]
        else:
            out = [{} for _ in rows]
        for key, values in items:
            if present[key].all():
                continue
            data = kept(values)
            for i in np.flatnonzero(present[key]).tolist():
                out[i][key] = data[i]
        return out

    names = [spec.name for spec in schema.fields if spec.name in cols.fields]
    payloads = dicts([(name, cols.fields[name]) for name in names])
    if any(not cols.fields[name].present[positions].all() for name in names):
        order = names  # gaps were filled last: restore the schema's key order
        payloads = [{k: p[k] for k in order if k in p} for p in payloads]
    if cols.extras:
        extras_key = schema.extras_key
        for payload, bag in zip(payloads, dicts(cols.extras), strict=True):
            if bag:
                payload[extras_key] = bag
    return list(map(Record, rows, payloads))


def payload_json(
    schema: DestinationSchema, cols: PayloadColumns, positions: np.ndarray
) -> list[bytes]:
    """Payload JSON of the kept rows at `positions` (all valid), without a dict per row."""
    n = int(positions.size)

    def member(key: str, values: ColumnValues) -> tuple[str, pa.Array, np.ndarray]:
        return key, json_text(_taken(values.data, positions)), values.present[positions]

    members = [member(s.name, cols.fields[s.name]) for s in schema.fields if s.name in cols.fields]
    if cols.extras:
        inner = [member(key, values) for key, values in cols.extras]
        any_present = np.logical_or.reduce([present for _, _, present in inner])
        members.append((schema.extras_key, object_text(inner, n), any_present))
    return as_bytes(object_text(members, n))


def _taken(data: ColumnData, positions: np.ndarray) -> pa.Array | np.ndarray:
    """The values at `positions` (ascending), cut from the block's own span first."""
    if isinstance(data, (np.ndarray, PatchedColumn)):
        return np.asarray(data[positions])
    if not positions.size:
        return data.slice(0, 0)
    low, high = int(positions[0]), int(positions[-1])
    span = data.slice(low, high - low + 1)
    if isinstance(span, pa.ChunkedArray):
        span = span.combine_chunks()
    if high - low + 1 == positions.size:
        return span
    return span.take(pa.array(positions - low))
