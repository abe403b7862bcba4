"""What a validated file says about its users and its time, before anything is sent: the
identity preview (`identity.py`) and the picture of time (`timeline.py`), fed from the valid
rows of each validation result — a whole file's or one slice's at a time.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa

from app.core.identity import IdentityPreview, IdentityTally
from app.core.payload_columns import ARROW_TYPES, ColumnValues, as_numpy
from app.core.timeline import Histogram, TimelineTally
from app.core.validation_result import ValidationResult


@dataclass
class Insight:
    """Identity and time figures summed over validation results."""

    identity: IdentityTally = field(default_factory=IdentityTally)
    timeline: TimelineTally = field(default_factory=TimelineTally)

    def add(self, result: ValidationResult) -> None:
        """Count the valid rows of one result (rows that will be sent)."""
        positions = np.flatnonzero(~result.invalid_mask)
        if not positions.size:
            return
        schema = result.mapping.schema
        users = result.columns.fields.get(schema.user_field)
        if users is not None:
            self.identity.add(_values(users, positions), result.row_numbers[positions])
        if schema.record_kind == "event" and "timestamp" in result.columns.fields:
            times = result.columns.fields["timestamp"]
            # Rows whose time was fixed (empty cell) carry the validation time, not the file's.
            own = positions[np.asarray(times.present, dtype=bool)[positions]]
            fixed = result.timestamp_fixed_at
            if fixed is not None and own.size:
                own = own[np.asarray(as_numpy(times.data)[own] != fixed, dtype=bool)]
            self.timeline.add(np.asarray(as_numpy(times.key), dtype=np.int64)[own])

    def preview(self, known: np.ndarray | None = None) -> IdentityPreview:
        """The identity preview (see `IdentityTally.result`)."""
        return self.identity.result(known)

    def histogram(self) -> Histogram:
        """Events per day, week, month or years."""
        return self.timeline.histogram()


def _values(column: ColumnValues, positions: np.ndarray) -> pa.Array:
    data = column.data
    if isinstance(data, ARROW_TYPES):
        taken = data.take(pa.array(positions))
        return taken.combine_chunks() if isinstance(taken, pa.ChunkedArray) else taken
    return pa.array(as_numpy(data)[positions], pa.large_string(), from_pandas=True)

