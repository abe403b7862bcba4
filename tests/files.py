"""Spreadsheets for the end-to-end tests, written at test time."""

from __future__ import annotations

from pathlib import Path

EVENT_HEADERS = "Customer ID,Action,When,Plan,Note"


def write_events_csv(path: Path, n: int, *, invalid_rows: int = 0, start: int = 0) -> Path:
    """`n` valid VibeFollow-style events (unique user/name/time), then `invalid_rows` with no user.

    Rows are numbered as in Excel: the header is row 1, the first event row 2.
    """
    lines = [EVENT_HEADERS]
    for i in range(start, start + n):
        minute, second = divmod(i, 60)
        hour, minute = divmod(minute, 60)
        note = "=SUM(A1)" if i % 97 == 0 else f"note {i}"
        lines.append(
            f"C{i:06d},signup,2024-03-04T{hour % 24:02d}:{minute:02d}:{second:02d}Z,pro,{note}"
        )
    for i in range(invalid_rows):
        lines.append(f",signup,2024-03-05T10:00:{i % 60:02d}Z,free,missing user")
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path
