"""What a validated file says about its users and its time, before anything is sent: the
identity preview (`identity.py`) and the picture of time (`timeline.py`), fed from the valid
rows of each validation result — a whole file's or one slice's at a time.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa

from app.core.identity import IdentityPreview, IdentityTally
from app.core.payload_columns import ARROW_TYPES, as_numpy
from app.core.timeline import Histogram, TimelineTally
from app.core.validation_result import ValidationResult

CHUNK_ROWS = 25_000  # ~10 ms of hashing each


@dataclass
class Insight:
    """Identity and time figures summed over validation results."""

    identity: IdentityTally = field(default_factory=IdentityTally)
    timeline: TimelineTally = field(default_factory=TimelineTally)

    def add(self, result: ValidationResult, *, users: bool = True, times: bool = True) -> None:
        """Count the valid rows of one result (rows that will be sent). `users` / `times` pick
        the figures (times alone are ~20× cheaper)."""
        positions = np.flatnonzero(~result.invalid_mask)
        if users:
            self._add_users(result, positions)
        if times:
            self._add_times(result, positions)

    def _add_users(self, result: ValidationResult, positions: np.ndarray) -> None:
        column = result.columns.fields.get(result.mapping.schema.user_field)
        if column is None:
            return
        # Read the column once (an edited one is materialised here, not once per chunk); turn
        # it into text `CHUNK_ROWS` at a time: that holds the GIL, and the app's thread must
        # get it back between chunks.
        data = column.data if isinstance(column.data, ARROW_TYPES) else as_numpy(column.data)
        for start in range(0, positions.size, CHUNK_ROWS):
            chunk = positions[start : start + CHUNK_ROWS]
            self.identity.add(_values(data, chunk), result.row_numbers[chunk])

    def _add_times(self, result: ValidationResult, positions: np.ndarray) -> None:
        schema = result.mapping.schema
        times = result.columns.fields.get("timestamp")
        if schema.record_kind != "event" or times is None:
            return
        # Rows whose time was fixed carry the validation time, not the file's: no column
        # mapped (`timestamp_fixed_at`), or an empty cell, sent with `now` to the second (as
        # validation_pass stamps it); the receipt's chart leaves both out too.
        own = positions[np.asarray(times.present, dtype=bool)[positions]]
        fixed = result.timestamp_fixed_at
        if fixed is not None and own.size:
            own = own[np.asarray(as_numpy(times.data)[own] != fixed, dtype=bool)]
        keys = np.asarray(as_numpy(times.key), dtype=np.int64)[own]
        now_ms = int(result.now.timestamp() * 1000)
        self.timeline.add(keys[keys != now_ms - now_ms % 1000])

    def preview(self, known: np.ndarray | None = None) -> IdentityPreview:
        """The identity preview (see `IdentityTally.result`)."""
        return self.identity.result(known)

    def histogram(self) -> Histogram:
        """Events per day, week, month or years."""
        return self.timeline.histogram()


def _values(data: pa.Array | pa.ChunkedArray | np.ndarray, positions: np.ndarray) -> pa.Array:
    if isinstance(data, ARROW_TYPES):
        taken = data.take(pa.array(positions))
        return taken.combine_chunks() if isinstance(taken, pa.ChunkedArray) else taken
    return pa.array(data[positions], pa.large_string(), from_pandas=True)
