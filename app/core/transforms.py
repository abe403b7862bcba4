"""Vectorised cell transforms: trim/lowercase, timestamp parsing to ISO 8601 UTC, value typing.

Timestamps are read from, in order of preference:
- ISO-like text: `2024-03-15`, `2024-03-15 14:20`, `2024-03-15T14:20:00.250+02:00`, `2024/03/15`;
- numeric dates: `15/03/2024`, `03/15/2024 2:20 PM`, `15.03.24` — day-first or month-first as
  chosen (`auto` decides from values whose day is above 12; when no value decides, the column is
  *ambiguous*, read day-first, and the caller must say so);
- numbers: Excel serial days (10,000–200,000 → 1927–2447), compact dates (`20240315`), epoch
  seconds (1e8–1e11) and epoch milliseconds (1e11–1e14), or forced to one unit;
- a few other spellings (`15 Mar 2024`, `March 15, 2024 10:00`) through pandas for the leftovers.
Values without a zone are in `timezone` (default UTC). Output: `YYYY-MM-DDTHH:MM:SSZ`, with
`.fff` only when there are fractional seconds.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import numpy as np
import orjson
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from app.core.shown_numbers import plain_shown_numbers

DateOrder = Literal["auto", "day_first", "month_first"]
NumericDates = Literal["auto", "excel", "epoch_s", "epoch_ms"]
ValueType = Literal["text", "number", "boolean", "json"]
VALUE_TYPES: tuple[str, ...] = ("text", "number", "boolean", "json")
DATE_ORDERS: tuple[str, ...] = ("auto", "day_first", "month_first")
NUMERIC_DATES: tuple[str, ...] = ("auto", "excel", "epoch_s", "epoch_ms")

_TIME = (
    r"(?:[T ]+(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,](?P<f>\d{1,9}))?)?"
    r"\s*(?P<ap>[AaPp]\.?[Mm]\.?)?)?"
)
_ZONE = r"\s*(?P<tz>[Zz]|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?"
_ISO = r"^(?P<y>\d{4})[-/.](?P<a>\d{1,2})[-/.](?P<b>\d{1,2})" + _TIME + _ZONE + "$"
_NUMERIC_DATE = r"^(?P<a>\d{1,2})[-/.](?P<b>\d{1,2})[-/.](?P<y>\d{4}|\d{2})" + _TIME + _ZONE + "$"
_NUMBER = r"^\d{1,15}(?:\.\d+)?$"
_SEPARATORS = pa.array(["-", "/", "."])
_EXCEL_EPOCH_DAYS = -25569  # 1899-12-30 relative to 1970-01-01

_MIN_YEAR = 1


def trim(values: pd.Series) -> pd.Series:
    """Remove spaces (and tabs, non-breaking spaces, line breaks) around each value."""
    return values.str.strip()


def lowercase(values: pd.Series) -> pd.Series:
    """Lower-case each value (emails compare case-insensitively on most servers)."""
    return values.str.lower()


def collapse_spaces(values: pd.Series) -> pd.Series:
    """Trim and squeeze runs of inner whitespace to one space."""
    return values.str.replace(r"\s+", " ", regex=True).str.strip()


TEXT_TRANSFORMS: dict[str, Callable[[pd.Series], pd.Series]] = {
    "trim": trim,
    "lowercase": lowercase,
    "collapse_spaces": collapse_spaces,
}
TRANSFORM_LABELS = {
    "trim": "Trim spaces",
    "lowercase": "Lower-case",
    "collapse_spaces": "Squeeze spaces",
    "day_first": "Read dates day-first",
    "month_first": "Read dates month-first",
}


def apply_text_transforms(values: pd.Series, names: tuple[str, ...] | list[str]) -> pd.Series:
    """Apply named transforms in order; unknown names raise KeyError."""
    for name in names:
        values = TEXT_TRANSFORMS[name](values)
    return values


# ---------------------------------------------------------------------------------------------
# Timestamps


@dataclass
class TimestampParse:
    """Result of parsing a column of timestamp text, aligned with the input."""

    iso: np.ndarray  # object array of ISO strings ("" where not parsed)
    epoch_ms: np.ndarray  # int64, meaningful where ok
    ok: np.ndarray  # bool: parsed
    empty: np.ndarray  # bool: blank cell
    reason: np.ndarray  # object array: "" or a short plain reason for failures
    order: str  # "day_first" / "month_first" actually used for numeric dates
    ambiguous: bool  # numeric dates existed and none showed which order they use
    date_only: np.ndarray  # bool: value had no time part
    numeric_dates: int = 0  # values written like 03/04/2024 (day/month order matters)


@dataclass(frozen=True)
class DateOrderEvidence:
    """What the values say about day-first vs month-first."""

    numeric_dates: int  # values like 03/04/2024
    day_first_only: int  # values only readable day-first (first number > 12)
    month_first_only: int  # values only readable month-first (second number > 12)

    @property
    def decided(self) -> str | None:
        """'day_first'/'month_first' when the values decide; None when ambiguous or absent."""
        if self.day_first_only and not self.month_first_only:
            return "day_first"
        if self.month_first_only and not self.day_first_only:
            return "month_first"
        if self.day_first_only and self.month_first_only:
            return "day_first" if self.day_first_only >= self.month_first_only else "month_first"
        return None

    @property
    def ambiguous(self) -> bool:
        """Numeric dates exist and every one reads both ways."""
        return self.numeric_dates > 0 and not self.day_first_only and not self.month_first_only


def _as_arrow(values: pd.Series) -> pa.Array:
    arr = pa.array(values.to_numpy(dtype=object, na_value=""), type=pa.string(), from_pandas=True)
    return arr


def _arrow_strings(values: pd.Series) -> pa.Array:
    try:
        arrow = pa.array(values.array)  # zero-copy for pyarrow-backed strings
        if arrow.type in (pa.string(), pa.large_string()):
            return pc.fill_null(arrow, "")
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError):
        pass
    return _as_arrow(values)


# Python objects are made a slice at a time: one `to_numpy` of a million strings holds the GIL
# for ~60 ms (the GUI thread stalls that long); a 64k-row slice holds it ~4 ms.
_SLICE_ROWS = 65_536


def _objects(arr: pa.Array | pa.ChunkedArray) -> np.ndarray:
    """Arrow values → numpy object array, converted slice by slice (see _SLICE_ROWS)."""
    n = len(arr)
    out = np.empty(n, dtype=object)
    for start in range(0, n, _SLICE_ROWS):
        part = arr.slice(start, _SLICE_ROWS)
        out[start : start + len(part)] = part.to_numpy(zero_copy_only=False)
    return out


def _field(struct: pa.StructArray | pa.ChunkedArray, name: str) -> pa.Array | pa.ChunkedArray:
    # A column loaded in several Arrow chunks gives a chunked struct, which has no .field().
    return pc.struct_field(struct, name)


def _ints(arr: pa.Array, default: int = 0) -> np.ndarray:
    """Digits text → int64 (empty/null → default)."""
    filled = pc.if_else(pc.greater(pc.utf8_length(pc.fill_null(arr, "")), 0), arr, str(default))
    return pc.cast(pc.fill_null(filled, str(default)), pa.int64()).to_numpy(zero_copy_only=False)


def date_order_evidence(values: pd.Series) -> DateOrderEvidence:
    """Count numeric dates and the ones that only read one way."""
    arr = pc.utf8_trim_whitespace(_arrow_strings(values))
    parts = pc.extract_regex(arr, _NUMERIC_DATE)
    matched = pc.is_valid(parts).to_numpy(zero_copy_only=False)
    if not matched.any():
        return DateOrderEvidence(0, 0, 0)
    a = _ints(_field(parts, "a"))[matched]
    b = _ints(_field(parts, "b"))[matched]
    return DateOrderEvidence(
        numeric_dates=int(matched.sum()),
        day_first_only=int(((a > 12) & (b <= 12)).sum()),
        month_first_only=int(((b > 12) & (a <= 12)).sum()),
    )


def parse_timestamps(
    values: pd.Series,
    *,
    order: DateOrder = "auto",
    timezone: str = "UTC",
    numbers: NumericDates = "auto",
) -> TimestampParse:
    """Parse text timestamps to epoch milliseconds and ISO 8601 UTC (see the module rules)."""
    n = len(values)
    arr = pc.utf8_trim_whitespace(_arrow_strings(values))
    empty = pc.equal(pc.utf8_length(arr), 0).to_numpy(zero_copy_only=False)
    fast = _parse_iso_fast(arr, empty, timezone)
    if fast is not None:
        return fast
    y = np.zeros(n, dtype=np.int64)
    mo = np.zeros(n, dtype=np.int64)
    d = np.zeros(n, dtype=np.int64)
    h = np.zeros(n, dtype=np.int64)
    mi = np.zeros(n, dtype=np.int64)
    s = np.zeros(n, dtype=np.int64)
    ms = np.zeros(n, dtype=np.int64)
    offset_min = np.zeros(n, dtype=np.int64)
    has_zone = np.zeros(n, dtype=bool)
    date_only = np.zeros(n, dtype=bool)
    matched = np.zeros(n, dtype=bool)
    reason = np.full(n, "", dtype=object)
    direct_ms = np.zeros(n, dtype=np.int64)
    direct = np.zeros(n, dtype=bool)

    def take_time(parts: pa.StructArray, where: np.ndarray) -> None:
        """Write the time-of-day and zone groups of `parts` (aligned with `where`)."""
        hh = _ints(_field(parts, "h"))
        ap = pc.utf8_lower(pc.fill_null(_field(parts, "ap"), ""))
        is_pm = pc.starts_with(ap, "p").to_numpy(zero_copy_only=False)
        is_am = pc.starts_with(ap, "a").to_numpy(zero_copy_only=False)
        bad_ampm = (is_pm | is_am) & ((hh > 12) | (hh == 0))
        hh = np.where(is_pm & (hh < 12), hh + 12, hh)
        hh = np.where(is_am & (hh == 12), 0, hh)
        h[where] = hh
        mi[where] = _ints(_field(parts, "mi"))
        s[where] = _ints(_field(parts, "s"))
        frac = pc.fill_null(_field(parts, "f"), "")
        frac3 = pc.utf8_slice_codeunits(pc.utf8_rpad(frac, width=3, padding="0"), 0, 3)
        ms[where] = _ints(frac3)
        no_time = pc.equal(pc.utf8_length(pc.fill_null(_field(parts, "h"), "")), 0)
        date_only[where] = no_time.to_numpy(zero_copy_only=False)
        tz = pc.fill_null(_field(parts, "tz"), "")
        has_zone[where] = pc.greater(pc.utf8_length(tz), 0).to_numpy(zero_copy_only=False)
        signed = pc.match_substring_regex(tz, r"^[+-]").to_numpy(zero_copy_only=False)
        if signed.any():
            digits = pc.replace_substring(tz, ":", "")
            sign = np.where(pc.starts_with(tz, "-").to_numpy(zero_copy_only=False), -1, 1)
            hours = _ints(pc.utf8_slice_codeunits(digits, 1, 3))
            mins = _ints(pc.utf8_slice_codeunits(digits, 3, 5))
            offset_min[where[signed]] = (sign * (hours * 60 + mins))[signed]
        reason[where[bad_ampm]] = "hour does not fit AM/PM"

    def extract(pattern: str, candidates: np.ndarray) -> tuple[pa.StructArray | None, np.ndarray]:
        """Run a capturing regex on the candidate rows only; parts align with the returned rows."""
        idx = np.flatnonzero(candidates)
        if idx.size == 0:
            return None, idx
        subset = arr if idx.size == n else arr.take(pa.array(idx))
        parts = pc.extract_regex(subset, pattern)
        hit = pc.is_valid(parts).to_numpy(zero_copy_only=False)
        if not hit.all():
            parts = parts.filter(pa.array(hit))
            idx = idx[hit]
        return parts, idx

    def separator_at(position: int) -> np.ndarray:
        char = pc.utf8_slice_codeunits(arr, position, position + 1)
        return pc.is_in(char, value_set=_SEPARATORS).to_numpy(zero_copy_only=False)

    # ISO-like: year first (a separator right after four characters).
    iso_parts, iso_idx = extract(_ISO, ~empty & separator_at(4))
    if iso_parts is not None and iso_idx.size:
        y[iso_idx] = _ints(_field(iso_parts, "y"))
        mo[iso_idx] = _ints(_field(iso_parts, "a"))
        d[iso_idx] = _ints(_field(iso_parts, "b"))
        take_time(iso_parts, iso_idx)
        matched[iso_idx] = True

    # Numeric dates: day-first or month-first.
    used_order = "day_first" if order == "auto" else order
    ambiguous = False
    nd_parts, nd_idx = extract(
        _NUMERIC_DATE, ~empty & ~matched & (separator_at(1) | separator_at(2))
    )
    nd_hit = np.zeros(n, dtype=bool)
    if nd_parts is not None and nd_idx.size:
        nd_hit[nd_idx] = True
        a = _ints(_field(nd_parts, "a"))
        b = _ints(_field(nd_parts, "b"))
        if order == "auto":
            evidence = DateOrderEvidence(
                int(nd_idx.size),
                int(((a > 12) & (b <= 12)).sum()),
                int(((b > 12) & (a <= 12)).sum()),
            )
            used_order = evidence.decided or "day_first"
            ambiguous = evidence.ambiguous
        day, month = (a, b) if used_order == "day_first" else (b, a)
        yy = _ints(_field(nd_parts, "y"))
        short_year = pc.equal(pc.utf8_length(pc.fill_null(_field(nd_parts, "y"), "")), 2)
        short = short_year.to_numpy(zero_copy_only=False)
        y[nd_idx] = np.where(short, np.where(yy < 70, 2000 + yy, 1900 + yy), yy)
        mo[nd_idx] = month
        d[nd_idx] = day
        take_time(nd_parts, nd_idx)
        # Only when the other reading is a real month does swapping help (31/13 fits neither).
        reason[nd_idx[(month > 12) & (day >= 1) & (day <= 12)]] = (
            "not a date when read day-first"
            if used_order == "day_first"
            else "not a date when read month-first"
        )
        matched[nd_idx] = True

    # Plain numbers: Excel serials or epoch seconds/milliseconds.
    num_idx = np.flatnonzero(~matched & ~empty)
    if num_idx.size:
        rest = arr.take(pa.array(num_idx))
        is_number = pc.match_substring_regex(rest, _NUMBER).to_numpy(zero_copy_only=False)
        num_idx = num_idx[is_number]
    if num_idx.size and numbers == "auto":
        # Compact dates (20240315, from SAP and many exports) sit between the Excel-serial and
        # epoch ranges, so in auto mode an 8-digit 19000101–20991231 value is year-month-day.
        digits = arr.take(pa.array(num_idx))
        compact = pc.match_substring_regex(digits, r"^(?:19|20)\d{2}[01]\d[0-3]\d$")
        compact_np = compact.to_numpy(zero_copy_only=False)
        if compact_np.any():
            ymd = _ints(digits.filter(compact))
            where = num_idx[compact_np]
            y[where], mo[where], d[where] = ymd // 10_000, ymd // 100 % 100, ymd % 100
            date_only[where] = True
            matched[where] = True
            num_idx = num_idx[~compact_np]
    if num_idx.size:
        raw = pc.cast(arr.take(pa.array(num_idx)), pa.float64()).to_numpy(zero_copy_only=False)
        if numbers == "auto":
            unit = np.where(
                (raw >= 1e11) & (raw < 1e14),
                3,
                np.where(
                    (raw >= 1e8) & (raw < 1e11), 2, np.where((raw >= 1e4) & (raw < 2e5), 1, 0)
                ),
            )
        else:
            unit = np.full(num_idx.size, {"excel": 1, "epoch_s": 2, "epoch_ms": 3}[numbers])
        with np.errstate(invalid="ignore", over="ignore"):
            excel_ms = np.round((raw + _EXCEL_EPOCH_DAYS) * 86_400_000)
            values_ms = np.where(
                unit == 1, excel_ms, np.where(unit == 2, np.round(raw * 1000), np.round(raw))
            )
        usable = (unit > 0) & (np.abs(values_ms) < 2.5e14)
        direct_ms[num_idx[usable]] = values_ms[usable].astype(np.int64)
        direct[num_idx[usable]] = True
        # Epoch times are instants (UTC by definition); only Excel serials are wall-clock times.
        has_zone[num_idx[usable & (unit >= 2)]] = True
        date_only[num_idx[(unit == 1) & (raw == np.floor(raw))]] = True
        reason[num_idx[~usable]] = "number is not a date (not an Excel date or epoch time)"
        matched[num_idx] = True

    # Leftover spellings (month names…): pandas on the unique values only.
    leftover = ~matched & ~empty
    if leftover.any():
        _parse_leftovers(arr, leftover, used_order, direct_ms, direct, has_zone, reason, date_only)

    # Assemble component-wise values into epoch milliseconds and check the calendar.
    comp = matched & ~direct
    valid_parts = (
        comp & (mo >= 1) & (mo <= 12) & (d >= 1) & (d <= 31) & (h < 24) & (mi < 60) & (s < 60)
    ) & (y >= _MIN_YEAR)
    months = ((y - 1970) * 12 + (mo - 1)).astype("datetime64[M]")
    days = months.astype("datetime64[D]") + (d - 1).astype("timedelta64[D]")
    same_month = days.astype("datetime64[M]") == months
    valid_parts &= same_month
    epoch_ms = days.astype("datetime64[ms]").astype(np.int64) + (
        ((h * 60 + mi) * 60 + s) * 1000 + ms
    )
    epoch_ms = np.where(has_zone, epoch_ms - offset_min * 60_000, epoch_ms)
    epoch_ms = np.where(direct, direct_ms, epoch_ms)
    unexplained = reason == ""  # once: each object-array comparison holds the GIL ~8 ms per 1M
    ok = (valid_parts | direct) & unexplained
    # The two sets are disjoint (comp rows are matched), so `unexplained` serves both.
    reason[comp & ~valid_parts & unexplained] = "no such date or time"
    reason[~matched & ~empty & ~direct & unexplained] = "not a date or time Backfill can read"

    if timezone and timezone.upper() != "UTC":
        local = ok & ~has_zone
        if local.any():
            _localize_rows(epoch_ms, ok, reason, local, timezone)

    iso = format_iso(epoch_ms, ok)
    result = TimestampParse(
        iso=iso,
        epoch_ms=epoch_ms,
        ok=ok,
        empty=empty,
        reason=reason,
        order=used_order,
        ambiguous=ambiguous,
        date_only=date_only & ok,
        numeric_dates=int(nd_hit.sum()),
    )
    return result


_CANONICAL = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$"
_ISO_STRICT = (
    r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)?(?:Z|[+-]\d{2}:?\d{2})?$"
)
_ZONED_SUFFIX = r"(?:Z|[+-]\d{2}:?\d{2})$"


def _parse_iso_fast(arr: pa.Array, empty: np.ndarray, timezone: str) -> TimestampParse | None:
    """Whole-column ISO 8601 via Arrow's parser; None when any value needs the general path."""
    n = len(arr)
    present = ~empty
    subset = arr.filter(pa.array(present)) if not present.all() else arr
    if len(subset) == 0:
        return None
    # A failed Arrow cast costs more than the regex path, so look at a sample first.
    sample = subset.slice(0, 2000)
    if not pc.all(pc.match_substring_regex(sample, _ISO_STRICT)).as_py():
        return None
    zoned_sample = pc.match_substring_regex(sample, _ZONED_SUFFIX)
    zoned = bool(pc.all(zoned_sample).as_py())
    if not zoned and pc.any(zoned_sample).as_py():
        return None  # a mix of zoned and local values: the general path handles both
    try:
        stamps = pc.cast(subset, pa.timestamp("ms", tz="UTC") if zoned else pa.timestamp("ms"))
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    if pc.any(pc.less(pc.utf8_length(subset), 10)).as_py():
        return None  # Arrow accepts shortened forms Backfill would rather read explicitly
    sub_ms = stamps.cast(pa.int64()).to_numpy(zero_copy_only=False)
    epoch_ms = np.zeros(n, dtype=np.int64)
    epoch_ms[present] = sub_ms
    ok = present.copy()
    reason = np.full(n, "", dtype=object)
    date_only = np.zeros(n, dtype=bool)
    date_only[present] = pc.equal(pc.utf8_length(subset), 10).to_numpy(zero_copy_only=False)
    if not zoned and timezone and timezone.upper() != "UTC":
        _localize_rows(epoch_ms, ok, reason, present, timezone)
    if zoned and pc.all(pc.match_substring_regex(subset, _CANONICAL)).as_py():
        iso = _objects(arr)  # blank cells are already "" (trimmed, nulls filled)
        iso[empty] = ""
    else:
        iso = format_iso(epoch_ms, ok)
    result = TimestampParse(
        iso=iso,
        epoch_ms=epoch_ms,
        ok=ok,
        empty=empty,
        reason=reason,
        order="day_first",
        ambiguous=False,
        date_only=date_only & ok,
    )
    return result


def _localize_rows(
    epoch_ms: np.ndarray, ok: np.ndarray, reason: np.ndarray, rows: np.ndarray, timezone: str
) -> None:
    """Read the wall-clock times of `rows` (a mask) in `timezone`, in place; a time that does not
    exist or is ambiguous there fails with a reason."""
    converted = _localize(epoch_ms[rows], timezone)
    good = ~np.isnan(converted)
    idx = np.flatnonzero(rows)
    epoch_ms[idx[good]] = converted[good].astype(np.int64)
    ok[idx[~good]] = False
    reason[idx[~good]] = f"time does not exist or is ambiguous in {timezone}"


def _localize(local_ms: np.ndarray, timezone: str) -> np.ndarray:
    stamps = pd.to_datetime(local_ms, unit="ms")
    zoned = pd.DatetimeIndex(stamps).tz_localize(timezone, ambiguous="NaT", nonexistent="NaT")
    utc = zoned.tz_convert("UTC").tz_localize(None).as_unit("ms")
    out = utc.asi8.astype(np.float64)
    out[np.asarray(utc.isna())] = np.nan
    return out


def _parse_leftovers(
    arr: pa.Array,
    leftover: np.ndarray,
    order: str,
    direct_ms: np.ndarray,
    direct: np.ndarray,
    has_zone: np.ndarray,
    reason: np.ndarray,
    date_only: np.ndarray,
) -> None:
    texts = _objects(arr)
    idx = np.flatnonzero(leftover)
    uniques = pd.unique(texts[idx])
    if len(uniques) > 20_000 or not any(re.search(r"[A-Za-z]{3}", str(u)) for u in uniques[:50]):
        return  # not month-name dates; no point asking the slow parser about each value
    parsed: dict[str, tuple[int, bool, bool]] = {}
    for text in uniques:
        if not re.search(r"[A-Za-z]{3}", text) or not re.search(r"\d", text):
            continue
        try:
            stamp = pd.Timestamp(
                pd.to_datetime(text, dayfirst=(order == "day_first"), format="mixed")
            )
        except (ValueError, TypeError, OverflowError):
            continue
        if stamp is pd.NaT or pd.isna(stamp):
            continue
        zoned = stamp.tzinfo is not None
        if zoned:
            stamp = stamp.tz_convert("UTC").tz_localize(None)
        is_date = stamp == stamp.normalize() and not re.search(r"\d:\d", text)
        parsed[text] = (int(stamp.value // 1_000_000), zoned, is_date)
    for i in idx:
        hit = parsed.get(texts[i])
        if hit is not None:
            direct_ms[i], has_zone[i], date_only[i] = hit[0], hit[1], hit[2]
            direct[i] = True


def format_iso(epoch_ms: np.ndarray, ok: np.ndarray | None = None) -> np.ndarray:
    """ISO 8601 UTC text for epoch milliseconds (`.fff` only with fractional seconds)."""
    n = len(epoch_ms)
    if ok is None:
        ok = np.ones(n, dtype=bool)
    safe = np.where(ok, epoch_ms, 0)
    seconds = pa.array(safe // 1000, type=pa.int64()).cast(pa.timestamp("s"))
    # cast-to-string is ~5× faster than strftime: "2024-03-15 14:20:00" → ISO by two edits.
    # It also runs without the GIL, so fractional seconds are formatted in Arrow too.
    spaced = pc.cast(seconds, pa.string())
    frac = ok & (safe % 1000 != 0)
    if frac.any():
        millis = pa.array(safe, type=pa.int64()).cast(pa.timestamp("ms"))
        spaced = pc.if_else(pa.array(frac), pc.cast(millis, pa.string()), spaced)
    iso = pc.binary_join_element_wise(pc.utf8_replace_slice(spaced, 10, 11, "T"), "Z", "")
    text = _objects(iso)
    text[~ok] = ""
    return text


def iso_now(now_ms: int | None = None) -> str:
    """ISO 8601 UTC text for one instant (whole seconds)."""
    import time

    value = int(time.time() * 1000) if now_ms is None else now_ms
    return str(format_iso(np.array([value - value % 1000], dtype=np.int64))[0])


# ---------------------------------------------------------------------------------------------
# Property value types

_NUMBER_TEXT = r"^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$"
_INT_TEXT = r"^[+-]?\d{1,18}$"
_TRUE = {"true", "yes", "y", "1", "t"}
_FALSE = {"false", "no", "n", "0", "f"}


# Grouped or decimal-comma numbers that can only be read one way (semicolon CSVs from Excel in
# much of Europe write 1,5 and 1.234,56). "1,234" alone could be either, so it stays unreadable.
_EU_GROUPED = r"^-?\d{1,3}(?:\.\d{3})+,\d+$|^-?\d{1,3}(?:\.\d{3}){2,}$"
_US_GROUPED = r"^-?\d{1,3}(?:,\d{3})+\.\d+$|^-?\d{1,3}(?:,\d{3}){2,}$"
_DECIMAL_COMMA = r"^-?\d+,\d+$"
_AMBIGUOUS_COMMA = r"^-?[1-9]\d{0,2},\d{3}$"


def _plain_number_text(arr: pa.Array) -> pa.Array:
    """`1,5` → `1.5`, `1.234,56` / `1,234.56` → `1234.56`; anything else unchanged."""
    has_comma = pc.match_substring(arr, ",")
    if not pc.any(has_comma).as_py():
        return arr
    eu = pc.match_substring_regex(arr, _EU_GROUPED)
    us = pc.match_substring_regex(arr, _US_GROUPED)
    decimal_comma = pc.and_(
        pc.match_substring_regex(arr, _DECIMAL_COMMA),
        pc.invert(pc.match_substring_regex(arr, _AMBIGUOUS_COMMA)),
    )
    eu_text = pc.replace_substring(pc.replace_substring(arr, ".", ""), ",", ".")
    out = pc.if_else(eu, eu_text, arr)
    out = pc.if_else(us, pc.replace_substring(arr, ",", ""), out)
    return pc.if_else(decimal_comma, pc.replace_substring(arr, ",", "."), out)


@dataclass
class TypedValues:
    """Converted values (None where the cell was empty) and which cells failed to convert."""

    values: np.ndarray  # object array
    bad: np.ndarray  # bool
    message: str  # plain reason used for every bad cell


def convert_values(values: pd.Series, value_type: str) -> TypedValues:
    """Convert text cells to a property value type: text, number, boolean or json."""
    n = len(values)
    trimmed = pc.utf8_trim_whitespace(_arrow_strings(values))
    blank = pc.equal(pc.utf8_length(trimmed), 0).to_numpy(zero_copy_only=False)
    out = np.empty(n, dtype=object)
    if value_type == "text":
        out = values.to_numpy(dtype=object, na_value="")
        out[blank] = None
        return TypedValues(out, np.zeros(n, dtype=bool), "")
    bad = np.zeros(n, dtype=bool)
    if value_type == "number":
        arr = _plain_number_text(
            plain_shown_numbers(pc.replace_substring_regex(trimmed, r"^\+", "", max_replacements=1))
        )
        looks = pc.match_substring_regex(arr, _NUMBER_TEXT).to_numpy(zero_copy_only=False)
        is_int = pc.match_substring_regex(arr, _INT_TEXT).to_numpy(zero_copy_only=False)
        floats = pc.cast(pc.if_else(pa.array(looks), arr, "0"), pa.float64()).to_numpy(
            zero_copy_only=False
        )
        finite = np.isfinite(floats)
        if not is_int.all():
            out[:] = floats.tolist()
        if is_int.any():
            ints = pc.cast(pc.if_else(pa.array(is_int), arr, "0"), pa.int64()).to_numpy(
                zero_copy_only=False
            )
            if is_int.all():
                out[:] = ints.tolist()
            else:
                idx = np.flatnonzero(is_int)
                out[idx] = ints[idx].tolist()
        bad = ~blank & ~(looks & finite)
        out[blank | bad] = None
        return TypedValues(out, bad, "is not a number")
    if value_type == "boolean":
        words = pc.utf8_lower(trimmed)
        truthy = pc.is_in(words, value_set=pa.array(sorted(_TRUE))).to_numpy(zero_copy_only=False)
        falsy = pc.is_in(words, value_set=pa.array(sorted(_FALSE))).to_numpy(zero_copy_only=False)
        out[:] = None
        out[truthy] = True
        out[falsy] = False
        bad = ~blank & ~truthy & ~falsy
        return TypedValues(out, bad, "is not true/false (or yes/no)")
    if value_type == "json":
        text = values.to_numpy(dtype=object, na_value="")
        for i, cell in enumerate(text):
            if blank[i]:
                out[i] = None
                continue
            try:
                value = orjson.loads(cell)
            except orjson.JSONDecodeError:
                bad[i] = True
                out[i] = None
                continue
            if isinstance(value, float) and not math.isfinite(value):
                bad[i] = True
                value = None
            out[i] = value
        return TypedValues(out, bad, "is not valid JSON")
    raise ValueError(f"Unknown value type '{value_type}'; use one of {', '.join(VALUE_TYPES)}.")


_SNIFF_NUMBER = r"[+-]?(?:0|[1-9]\d{0,14})(?:\.\d+)?"
# A number as a spreadsheet shows it (`15%`, `$1,234.50`, `1,234,567`, `1.23E+04`), which
# convert_values reads.
_SNIFF_SHOWN = (
    r"[+-]?[$€£]?(?:(?:0|[1-9]\d{0,14}|[1-9]\d{0,2}(?:,\d{3}){2,})(?:\.\d+)?"
    r"|[1-9]\d{0,2},\d{3}\.\d+)(?:E[+-]\d+)?%?"
)


def _all_cells_match(values: pd.Series, pattern: str) -> bool:
    """True when every non-blank cell (trimmed) fully matches `pattern`."""
    trimmed = pc.utf8_trim_whitespace(_arrow_strings(values))
    fits = pc.match_substring_regex(trimmed, f"^(?:{pattern})?$")
    return bool(pc.all(fits, skip_nulls=True).as_py() is not False)


def sniff_value_type(values: pd.Series, sample: int = 500) -> str:
    """A safe property type for a column: number/boolean/json only when every sampled value fits.

    Numbers with leading zeros (IDs, ZIP codes) stay text so `00123` survives.
    """
    head = values.head(sample).str.strip()
    head = head[head.str.len() > 0]
    if head.empty:
        return "text"
    # The sample suggests a type; every cell must fit it, or a ZIP code "02134" in row 700
    # would silently go out as 2134 (a vectorised pass: ~40 ms per million cells).
    if head.str.fullmatch(_SNIFF_NUMBER).all():
        return "number" if _all_cells_match(values, _SNIFF_NUMBER) else "text"
    if head.str.fullmatch(_SNIFF_SHOWN).all():
        return "number" if _all_cells_match(values, _SNIFF_SHOWN) else "text"
    lowered = set(head.str.lower().unique().tolist())
    if lowered <= {"true", "false"}:
        return "boolean" if _all_cells_match(values, r"(?i:true|false)") else "text"
    if head.str.match(r"[\[{]").all() and not convert_values(head, "json").bad.any():
        return "json"  # nested objects/arrays, e.g. from a JSON export
    return "text"
