"""Wall-clock times read in a time zone (IANA names through `zoneinfo`), daylight saving
handled on purpose:

- a time the clocks skipped (02:30 on a spring-forward night in Europe/Berlin) never happened
  there, so it is not read: the row fails and says why, rather than being moved silently;
- a time the clocks passed twice (02:30 on a fall-back night) is read as its first occurrence,
  still in summer time (as `zoneinfo` does with `fold=0`), and the row is flagged so the
  operator sees it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class LocalReading:
    """Wall-clock times as UTC: epoch ms, and which were skipped or repeated by the clocks."""

    utc_ms: np.ndarray  # int64; meaningless where `skipped`
    skipped: np.ndarray  # bool: no such time in the zone (clocks went forward over it)
    repeated: np.ndarray  # bool: the time happened twice (clocks went back); first taken


def is_utc(timezone: str) -> bool:
    """No conversion needed (UTC, or no zone given)."""
    return not timezone or timezone.upper() == "UTC"


def read_local(local_ms: np.ndarray, timezone: str) -> LocalReading:
    """Read wall-clock epoch milliseconds (`local_ms`) in `timezone` (see the module rules)."""
    n = len(local_ms)
    if is_utc(timezone) or not n:
        none = np.zeros(n, dtype=bool)
        return LocalReading(np.asarray(local_ms, dtype=np.int64), none, none.copy())
    stamps = pd.DatetimeIndex(pd.to_datetime(np.asarray(local_ms, dtype=np.int64), unit="ms"))
    strict = stamps.tz_localize(timezone, ambiguous="NaT", nonexistent="NaT")
    # ambiguous=True takes the summer-time (first) reading of a repeated time.
    first = stamps.tz_localize(timezone, ambiguous=np.ones(n, dtype=bool), nonexistent="NaT")
    strict_missing = np.asarray(strict.isna())
    first_missing = np.asarray(first.isna())
    skipped = first_missing
    repeated = strict_missing & ~first_missing
    utc = first.tz_convert("UTC").tz_localize(None).as_unit("ms").asi8.astype(np.int64)
    utc = np.where(skipped, 0, utc)
    return LocalReading(utc, skipped, repeated)


def skipped_reason(timezone: str) -> str:
    """Why a skipped wall-clock time is not read."""
    return f"no such time in {timezone}: the clocks went forward over it"
