"""Timestamp parsing: text cells to epoch milliseconds and ISO 8601 UTC, a whole column at a time.

Timestamps are read from, in order of preference:
- ISO-like text: `2024-03-15`, `2024-03-15 14:20`, `2024-03-15T14:20:00.250+02:00`, `2024/03/15`;
- numeric dates: `15/03/2024`, `03/15/2024 2:20 PM`, `15.03.24` — day-first or month-first as
  chosen (`auto` decides from values whose day is above 12; when no value decides, the column is
  *ambiguous*, read day-first, and the caller must say so);
- numbers: compact dates (`20240315`), then Excel/LibreOffice serial days or epoch seconds,
  milliseconds or microseconds, one unit for the column decided by magnitude or forced
  (`app.core.number_dates`);
- a few other spellings (`15 Mar 2024`, `March 15, 2024 10:00`) through pandas for the leftovers.
Values without a zone are in `timezone` (default UTC), daylight saving handled as
`app.core.local_time` says (a skipped time fails, a repeated one reads as its first). Output: `YYYY-MM-DDTHH:MM:SSZ`, with
`.fff` only when there are fractional seconds.

A column that is all plain ISO 8601 goes through Arrow's own parser; any other goes through one
recogniser per spelling above, each filling in the date/time parts (`_Parts`) of the rows it
reads, and the parts are then checked against the calendar and put together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from app.core.local_time import is_utc, read_local, skipped_reason
from app.core.number_dates import (
    MAX_ABS_MS,
    NUMBER_UNITS,
    NumberReading,
    majority_unit,
    size_classes,
    to_epoch_ms,
    unit_code,
)
from app.core.transforms import arrow_strings

DateOrder = Literal["auto", "day_first", "month_first"]
NumericDates = Literal["auto", "excel", "excel_1904", "epoch_s", "epoch_ms", "epoch_us"]
DATE_ORDERS: tuple[str, ...] = ("auto", "day_first", "month_first")
NUMERIC_DATES: tuple[str, ...] = ("auto", *NUMBER_UNITS)
BY_SIZE = "by_size"  # a column whose numbers are each read by their own size (no majority)

_TIME = (
    r"(?:[T ]+(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,](?P<f>\d{1,9}))?)?"
    r"\s*(?P<ap>[AaPp]\.?[Mm]\.?)?)?"
)
_ZONE = r"\s*(?P<tz>[Zz]|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?"
_ISO = r"^(?P<y>\d{4})[-/.](?P<a>\d{1,2})[-/.](?P<b>\d{1,2})" + _TIME + _ZONE + "$"
_NUMERIC_DATE = r"^(?P<a>\d{1,2})[-/.](?P<b>\d{1,2})[-/.](?P<y>\d{4}|\d{2})" + _TIME + _ZONE + "$"
_NUMBER = r"^\d{1,17}(?:\.\d+)?$"
_COMPACT_DATE = r"^(?:19|20)\d{2}[01]\d[0-3]\d$"
_SEPARATORS = pa.array(["-", "/", "."])

_MIN_YEAR = 1


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
    numbers: NumberReading | None = None  # how plain numbers were read (None: there were none)
    # bool: a wall-clock time the clocks passed twice (read as the first); see local_time
    repeated: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))


@dataclass(frozen=True)
class DateOrderEvidence:
    """What the values say about day-first vs month-first."""

    numeric_dates: int  # values like 03/04/2024
    day_first_only: int  # values only readable day-first (first number > 12)
    month_first_only: int  # values only readable month-first (second number > 12)

    @classmethod
    def of(cls, a: np.ndarray, b: np.ndarray) -> DateOrderEvidence:
        """The evidence of numeric dates whose first numbers are `a` and second `b`."""
        return cls(
            numeric_dates=int(a.size),
            day_first_only=int(((a > 12) & (b <= 12)).sum()),
            month_first_only=int(((b > 12) & (a <= 12)).sum()),
        )

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


def _ints(arr: pa.Array | pa.ChunkedArray, default: int = 0) -> np.ndarray:
    """Digits text → int64 (empty/null → default)."""
    filled = pc.if_else(pc.greater(pc.utf8_length(pc.fill_null(arr, "")), 0), arr, str(default))
    return pc.cast(pc.fill_null(filled, str(default)), pa.int64()).to_numpy(zero_copy_only=False)


def date_order_evidence(values: pd.Series) -> DateOrderEvidence:
    """Count numeric dates and the ones that only read one way."""
    arr = pc.utf8_trim_whitespace(arrow_strings(values))
    parts = pc.extract_regex(arr, _NUMERIC_DATE)
    matched = pc.is_valid(parts).to_numpy(zero_copy_only=False)
    if not matched.any():
        return DateOrderEvidence(0, 0, 0)
    return DateOrderEvidence.of(
        _ints(_field(parts, "a"))[matched], _ints(_field(parts, "b"))[matched]
    )


def parse_timestamps(
    values: pd.Series,
    *,
    order: DateOrder = "auto",
    timezone: str = "UTC",
    numbers: NumericDates = "auto",
    column_unit: str | None = None,
) -> TimestampParse:
    """Parse text timestamps to epoch milliseconds and ISO 8601 UTC (see the module rules).

    `column_unit`: with `numbers="auto"`, the unit already decided for the whole column (a
    few edited rows are read as the file was), `BY_SIZE` for each number by its size."""
    arr = pc.utf8_trim_whitespace(arrow_strings(values))
    empty = pc.equal(pc.utf8_length(arr), 0).to_numpy(zero_copy_only=False)
    fast = _parse_iso_fast(arr, empty, timezone)
    if fast is not None:
        return fast
    text = _Text(arr, empty)
    parts = _Parts.zeros(len(arr))
    _read_iso(text, parts)
    reading = _read_numeric_dates(text, parts, order)
    numbers_read = _read_numbers(text, parts, numbers, column_unit)
    leftover = ~parts.matched & ~empty
    if leftover.any():
        _read_leftovers(arr, leftover, reading.order, parts)
    epoch_ms, ok = _assemble(parts, empty)
    repeated = np.zeros(len(arr), dtype=bool)
    if not is_utc(timezone):
        local = ok & ~parts.has_zone
        if local.any():
            repeated = _localize_rows(epoch_ms, ok, parts.reason, local, timezone)
    return TimestampParse(
        iso=format_iso(epoch_ms, ok),
        epoch_ms=epoch_ms,
        ok=ok,
        empty=empty,
        reason=parts.reason,
        order=reading.order,
        ambiguous=reading.ambiguous,
        date_only=parts.date_only & ok,
        numeric_dates=reading.count,
        numbers=numbers_read,
        repeated=repeated,
    )


@dataclass
class _Parts:
    """Date/time parts of every row, filled in by the recognisers (all aligned with the column).

    A row a recogniser reads is `matched`; one it reads straight to an instant (a number, a
    month-name spelling) is `direct`, with the instant in `direct_ms` instead of the parts.
    """

    y: np.ndarray
    mo: np.ndarray
    d: np.ndarray
    h: np.ndarray
    mi: np.ndarray
    s: np.ndarray
    ms: np.ndarray
    offset_min: np.ndarray  # the written zone's offset, where `has_zone`
    has_zone: np.ndarray
    date_only: np.ndarray
    matched: np.ndarray
    direct: np.ndarray
    direct_ms: np.ndarray
    reason: np.ndarray  # object array: "" or why the row is not a date

    @classmethod
    def zeros(cls, n: int) -> _Parts:
        """Parts of `n` rows, none read yet."""

        def ints() -> np.ndarray:
            return np.zeros(n, dtype=np.int64)

        def flags() -> np.ndarray:
            return np.zeros(n, dtype=bool)

        return cls(
            y=ints(), mo=ints(), d=ints(), h=ints(), mi=ints(), s=ints(), ms=ints(),
            offset_min=ints(), has_zone=flags(), date_only=flags(), matched=flags(),
            direct=flags(), direct_ms=ints(), reason=np.full(n, "", dtype=object),
        )  # fmt: skip

    def take_time(self, found: pa.StructArray, where: np.ndarray) -> None:
        """Write the time-of-day and zone groups of `found` (aligned with rows `where`)."""
        hh = _ints(_field(found, "h"))
        ap = pc.utf8_lower(pc.fill_null(_field(found, "ap"), ""))
        is_pm = pc.starts_with(ap, "p").to_numpy(zero_copy_only=False)
        is_am = pc.starts_with(ap, "a").to_numpy(zero_copy_only=False)
        bad_ampm = (is_pm | is_am) & ((hh > 12) | (hh == 0))
        hh = np.where(is_pm & (hh < 12), hh + 12, hh)
        hh = np.where(is_am & (hh == 12), 0, hh)
        self.h[where] = hh
        self.mi[where] = _ints(_field(found, "mi"))
        self.s[where] = _ints(_field(found, "s"))
        frac = pc.fill_null(_field(found, "f"), "")
        frac3 = pc.utf8_slice_codeunits(pc.utf8_rpad(frac, width=3, padding="0"), 0, 3)
        self.ms[where] = _ints(frac3)
        no_time = pc.equal(pc.utf8_length(pc.fill_null(_field(found, "h"), "")), 0)
        self.date_only[where] = no_time.to_numpy(zero_copy_only=False)
        tz = pc.fill_null(_field(found, "tz"), "")
        self.has_zone[where] = pc.greater(pc.utf8_length(tz), 0).to_numpy(zero_copy_only=False)
        signed = pc.match_substring_regex(tz, r"^[+-]").to_numpy(zero_copy_only=False)
        if signed.any():
            digits = pc.replace_substring(tz, ":", "")
            sign = np.where(pc.starts_with(tz, "-").to_numpy(zero_copy_only=False), -1, 1)
            hours = _ints(pc.utf8_slice_codeunits(digits, 1, 3))
            mins = _ints(pc.utf8_slice_codeunits(digits, 3, 5))
            self.offset_min[where[signed]] = (sign * (hours * 60 + mins))[signed]
        self.reason[where[bad_ampm]] = "hour does not fit AM/PM"


@dataclass(frozen=True)
class _Text:
    """The trimmed column being read, and which cells are blank."""

    arr: pa.Array
    empty: np.ndarray

    def extract(
        self, pattern: str, candidates: np.ndarray
    ) -> tuple[pa.StructArray | None, np.ndarray]:
        """Run a capturing regex on the candidate rows only; parts align with the returned rows."""
        idx = np.flatnonzero(candidates)
        if idx.size == 0:
            return None, idx
        subset = self.arr if idx.size == len(self.arr) else self.arr.take(pa.array(idx))
        found = pc.extract_regex(subset, pattern)
        hit = pc.is_valid(found).to_numpy(zero_copy_only=False)
        if not hit.all():
            found = found.filter(pa.array(hit))
            idx = idx[hit]
        return found, idx

    def separator_at(self, position: int) -> np.ndarray:
        """Rows with a date separator (`-`, `/`, `.`) at `position`."""
        char = pc.utf8_slice_codeunits(self.arr, position, position + 1)
        return pc.is_in(char, value_set=_SEPARATORS).to_numpy(zero_copy_only=False)


def _read_iso(text: _Text, parts: _Parts) -> None:
    """ISO-like: year first (a separator right after four characters)."""
    found, idx = text.extract(_ISO, ~text.empty & text.separator_at(4))
    if found is None or not idx.size:
        return
    parts.y[idx] = _ints(_field(found, "y"))
    parts.mo[idx] = _ints(_field(found, "a"))
    parts.d[idx] = _ints(_field(found, "b"))
    parts.take_time(found, idx)
    parts.matched[idx] = True


@dataclass(frozen=True)
class _DateReading:
    """How numeric dates were read: the order used, whether the values left it open, and how
    many there were."""

    order: str
    ambiguous: bool = False
    count: int = 0


def _read_numeric_dates(text: _Text, parts: _Parts, order: DateOrder) -> _DateReading:
    """Numeric dates, day-first or month-first (`auto`: as the values decide)."""
    used_order: str = "day_first" if order == "auto" else order
    candidates = ~text.empty & ~parts.matched & (text.separator_at(1) | text.separator_at(2))
    found, idx = text.extract(_NUMERIC_DATE, candidates)
    if found is None or not idx.size:
        return _DateReading(used_order)
    a = _ints(_field(found, "a"))
    b = _ints(_field(found, "b"))
    ambiguous = False
    if order == "auto":
        evidence = DateOrderEvidence.of(a, b)
        used_order = evidence.decided or "day_first"
        ambiguous = evidence.ambiguous
    day, month = (a, b) if used_order == "day_first" else (b, a)
    yy = _ints(_field(found, "y"))
    short_year = pc.equal(pc.utf8_length(pc.fill_null(_field(found, "y"), "")), 2)
    short = short_year.to_numpy(zero_copy_only=False)
    parts.y[idx] = np.where(short, np.where(yy < 70, 2000 + yy, 1900 + yy), yy)
    parts.mo[idx] = month
    parts.d[idx] = day
    parts.take_time(found, idx)
    # Only when the other reading is a real month does swapping help (31/13 fits neither).
    parts.reason[idx[(month > 12) & (day >= 1) & (day <= 12)]] = (
        "not a date when read day-first"
        if used_order == "day_first"
        else "not a date when read month-first"
    )
    parts.matched[idx] = True
    return _DateReading(used_order, ambiguous, int(idx.size))


def _read_numbers(
    text: _Text, parts: _Parts, numbers: NumericDates, column_unit: str | None = None
) -> NumberReading | None:
    """Plain numbers: compact dates (auto only), then serial days or epoch times in one unit
    (`auto`: the column's size class, see number_dates); None when there are none."""
    arr = text.arr
    idx = np.flatnonzero(~parts.matched & ~text.empty)
    if idx.size:
        is_number = pc.match_substring_regex(arr.take(pa.array(idx)), _NUMBER)
        idx = idx[is_number.to_numpy(zero_copy_only=False)]
    if idx.size and numbers == "auto":
        idx = _read_compact_dates(arr, idx, parts)
    if not idx.size:
        return None
    raw = pc.cast(arr.take(pa.array(idx)), pa.float64()).to_numpy(zero_copy_only=False)
    unit: str | None = numbers
    if numbers == "auto":
        unit = majority_unit(size_classes(raw)) if column_unit is None else column_unit
        unit = None if unit == BY_SIZE else unit
    # Unit codes per number (0: no unit): one unit for the column, or each by its size.
    codes = size_classes(raw) if unit is None else np.full(idx.size, unit_code(unit), np.int8)
    values_ms = np.zeros(idx.size, dtype=np.float64)
    for code in np.flatnonzero(np.bincount(codes)).tolist():
        if code:
            where = codes == code
            values_ms[where] = to_epoch_ms(raw[where], NUMBER_UNITS[code - 1])
    usable = (codes != 0) & (np.abs(values_ms) < MAX_ABS_MS)
    parts.direct_ms[idx[usable]] = values_ms[usable].astype(np.int64)
    parts.direct[idx[usable]] = True
    # Epoch times are instants (UTC by definition); only serial days are wall-clock times.
    serial = (codes == unit_code("excel")) | (codes == unit_code("excel_1904"))
    parts.has_zone[idx[usable & ~serial]] = True
    parts.date_only[idx[serial & (raw == np.floor(raw))]] = True
    parts.reason[idx[~usable]] = "number is not a date (not an Excel date or epoch time)"
    parts.matched[idx] = True
    return NumberReading(idx, raw, unit, detected=numbers == "auto")


def _read_compact_dates(arr: pa.Array, idx: np.ndarray, parts: _Parts) -> np.ndarray:
    """Compact dates among the numbers at rows `idx`; returns the rows that are not.

    Compact dates (20240315, from SAP and many exports) sit between the Excel-serial and epoch
    ranges, so in auto mode an 8-digit 19000101–20991231 value is year-month-day.
    """
    digits = arr.take(pa.array(idx))
    compact = pc.match_substring_regex(digits, _COMPACT_DATE)
    compact_np = compact.to_numpy(zero_copy_only=False)
    if not compact_np.any():
        return idx
    ymd = _ints(digits.filter(compact))
    where = idx[compact_np]
    parts.y[where], parts.mo[where], parts.d[where] = ymd // 10_000, ymd // 100 % 100, ymd % 100
    parts.date_only[where] = True
    parts.matched[where] = True
    return idx[~compact_np]


def _assemble(parts: _Parts, empty: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(epoch ms, ok): the parts put together and checked against the calendar; rows that are
    no date get their reason."""
    y, mo, d, h, mi, s = parts.y, parts.mo, parts.d, parts.h, parts.mi, parts.s
    matched, direct, reason = parts.matched, parts.direct, parts.reason
    comp = matched & ~direct
    valid_parts = (
        comp & (mo >= 1) & (mo <= 12) & (d >= 1) & (d <= 31) & (h < 24) & (mi < 60) & (s < 60)
    ) & (y >= _MIN_YEAR)
    months = ((y - 1970) * 12 + (mo - 1)).astype("datetime64[M]")
    days = months.astype("datetime64[D]") + (d - 1).astype("timedelta64[D]")
    same_month = days.astype("datetime64[M]") == months
    valid_parts &= same_month
    epoch_ms = days.astype("datetime64[ms]").astype(np.int64) + (
        ((h * 60 + mi) * 60 + s) * 1000 + parts.ms
    )
    epoch_ms = np.where(parts.has_zone, epoch_ms - parts.offset_min * 60_000, epoch_ms)
    epoch_ms = np.where(direct, parts.direct_ms, epoch_ms)
    unexplained = reason == ""  # once: each object-array comparison holds the GIL ~8 ms per 1M
    ok = (valid_parts | direct) & unexplained
    # The two sets are disjoint (comp rows are matched), so `unexplained` serves both.
    reason[comp & ~valid_parts & unexplained] = "no such date or time"
    reason[~matched & ~empty & ~direct & unexplained] = "not a date or time Backfill can read"
    return epoch_ms, ok


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
    repeated = np.zeros(n, dtype=bool)
    if not zoned and not is_utc(timezone):
        repeated = _localize_rows(epoch_ms, ok, reason, present, timezone)
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
        repeated=repeated,
    )
    return result


def _localize_rows(
    epoch_ms: np.ndarray, ok: np.ndarray, reason: np.ndarray, rows: np.ndarray, timezone: str
) -> np.ndarray:
    """Read the wall-clock times of `rows` (a mask) in `timezone`, in place; a time the clocks
    skipped fails with a reason. Returns the rows whose time happened twice (first taken)."""
    idx = np.flatnonzero(rows)
    local = read_local(epoch_ms[idx], timezone)
    epoch_ms[idx[~local.skipped]] = local.utc_ms[~local.skipped]
    ok[idx[local.skipped]] = False
    reason[idx[local.skipped]] = skipped_reason(timezone)
    repeated = np.zeros(len(epoch_ms), dtype=bool)
    repeated[idx[local.repeated]] = True
    return repeated


def _read_leftovers(arr: pa.Array, leftover: np.ndarray, order: str, parts: _Parts) -> None:
    """Leftover spellings (month names…): pandas on the unique values only."""
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
            parts.direct_ms[i], parts.has_zone[i], parts.date_only[i] = hit[0], hit[1], hit[2]
            parts.direct[i] = True


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
