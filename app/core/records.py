"""A validated record ready to send, tied to the spreadsheet row it came from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Record:
    """One payload for a destination (e.g. {"external_user_id": ..., "traits": {...}}).

    `row` is the spreadsheet row number the operator sees; it follows the record through
    upload, journal and report.
    """

    row: int
    payload: dict[str, Any]
