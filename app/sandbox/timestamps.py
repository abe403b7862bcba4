"""Strict ISO-8601 date-time parsing (date, time and an explicit UTC offset or Z)."""

from __future__ import annotations

import re
from datetime import datetime

_ISO_DATETIME = re.compile(
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})\Z"
)


def parse_instant(value: object) -> datetime | None:
    """The timezone-aware instant `value` denotes, or None if it is not an ISO-8601 date-time."""
    if not isinstance(value, str) or _ISO_DATETIME.match(value) is None:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None
