"""Counts, durations and moments in the words the app and the CLI show the operator.

One place for them, so "12,371 rows", "3 min 20 s" and "3 Nov" read the same everywhere.
"""

from __future__ import annotations

from datetime import UTC, datetime


def plural(n: int, noun: str) -> str:
    """ "1 row", "12,371 rows"."""
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


def duration_words(seconds: float) -> str:
    """ "8 s", "3 min 20 s", "1 h 05 min": short, for progress lines (never "0 s")."""
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return f"{max(seconds, 1)} s"
    if seconds < 3600:
        minutes, secs = divmod(seconds, 60)
        return f"{minutes} min {secs:02d} s" if secs else f"{minutes} min"
    hours, rest = divmod(seconds, 3600)
    return f"{hours} h {rest // 60:02d} min"


def progress_words(done: int, total: int, rate: float | None, eta: float | None) -> str:
    """ "8,000 of 12,371 rows · 2,140 rows/s · about 2 s left"."""
    parts = [f"{done:,} of {plural(total, 'row')}"]
    if rate:
        parts.append(f"{rate:,.0f} rows/s")
    if eta is not None and done < total:
        parts.append(f"about {duration_words(eta)} left")
    return " · ".join(parts)


def wait_words(seconds: float, reason: str) -> str:
    """ "Waiting 12 s: the API asked us to slow down (429)"."""
    return f"Waiting {duration_words(seconds)}: {reason}"


def local_clock(moment: datetime | float | None = None) -> str:
    """HH:MM:SS in the operator's time zone (now, a datetime, or a Unix timestamp)."""
    if moment is None:
        moment = datetime.now(UTC)
    elif isinstance(moment, int | float):
        moment = datetime.fromtimestamp(moment, UTC)
    return moment.astimezone().strftime("%H:%M:%S")


def local_day(moment: datetime) -> str:
    """ "3 Nov" in the operator's time zone (with the year when it is not this year)."""
    local = moment.astimezone()
    text = f"{local.day} {local:%b}"
    if local.year != datetime.now().year:
        text += f" {local.year}"
    return text


def local_date(moment: datetime) -> str:
    """ "2026-11-03" in the operator's time zone (the CLI's sortable, greppable form)."""
    return moment.astimezone().strftime("%Y-%m-%d")


def local_minute(moment: datetime) -> str:
    """ "2026-11-03 10:42" in the operator's time zone (the CLI's job lists)."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")
