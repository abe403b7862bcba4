"""Counts, durations and moments in the words the app and the CLI show the operator.

One place for them, so "12,371 rows", "3 min 20 s" and "3 Nov" read the same everywhere.
"""

from __future__ import annotations

from datetime import UTC, datetime


def plural(n: int, noun: str) -> str:
    """ "1 row", "12,371 rows"."""
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


def _clock(seconds: float) -> tuple[int, int, int]:
    """Whole hours, minutes and seconds of a duration (rounded to the second, never negative)."""
    whole = max(0, round(seconds))
    hours, rest = divmod(whole, 3600)
    return hours, *divmod(rest, 60)


def duration_words(seconds: float) -> str:
    """ "8 s", "3 min 20 s", "1 h 05 min": short, for progress lines (never "0 s")."""
    hours, minutes, secs = _clock(seconds)
    if not hours and not minutes:
        return f"{max(secs, 1)} s"
    if not hours:
        return f"{minutes} min {secs:02d} s" if secs else f"{minutes} min"
    return f"{hours} h {minutes:02d} min"


def measured_duration(seconds: float | None) -> str:
    """ "0.8 s", "42 s", "4 min 12 s", "1 h 2 min"; "-" unknown: a receipt's measured times."""
    if seconds is None:
        return "-"
    if seconds < 10:
        return f"{seconds:.1f} s"
    hours, minutes, secs = _clock(seconds)
    if hours:
        return f"{hours} h {minutes} min"
    return f"{minutes} min {secs} s" if minutes else f"{secs} s"


def estimated_duration(seconds: float | None) -> str:
    """ "2 s", "2 min 5 s", "12 min", "3 h 2 min"; "" unknown: an estimate, rounded as one."""
    if seconds is None or seconds != seconds or seconds == float("inf"):
        return ""
    hours, minutes, secs = _clock(seconds)
    if not hours and not minutes:
        return f"{secs} s"
    if not hours:
        return f"{minutes} min {secs} s" if minutes < 10 and secs else f"{minutes} min"
    return f"{hours} h {minutes} min"


def progress_words(done: int, total: int, rate: float | None, eta: float | None) -> str:
    """ "8,000 of 12,371 rows · 2,140 rows/s · about 2 s left"."""
    parts = [f"{done:,} of {plural(total, 'row')}"]
    if rate:
        parts.append(f"{rate:,.0f} rows/s")
    if eta is not None and done < total:
        parts.append(f"about {duration_words(eta)} left")
    return " · ".join(parts)


def wait_words(seconds: float, reason: str = "") -> str:
    """ "Waiting 12 s: the API asked us to slow down (429)" (tenths under 1.5 s)."""
    shown = f"{seconds:.1f} s" if seconds < 1.5 else duration_words(seconds)
    return f"Waiting {shown}: {reason}" if reason else f"Waiting {shown}"


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
