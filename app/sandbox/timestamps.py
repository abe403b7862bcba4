"""Strict ISO-8601 date-time parsing (date, time and an explicit UTC offset or Z)."""

from __future__ import annotations

from datetime import datetime

_fromisoformat = datetime.fromisoformat


def parse_instant(value: object) -> datetime | None:
    """The timezone-aware instant `value` denotes, or None if it is not an ISO-8601 date-time.

    Requires the extended date form, a `T` separator, a time and an offset (or Z); C-speed
    fromisoformat does the parsing, the two checks after it reject date-only and naive values.
    """
    if type(value) is not str or len(value) < 17 or value[10] != "T":
        return None
    try:
        instant = _fromisoformat(value)
    except ValueError:
        return None
    return instant if instant.tzinfo is not None else None
