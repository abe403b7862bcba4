"""Workbook cell values as the text a person sees in the spreadsheet (General format).

- numbers: at most 15 significant digits, as Excel and LibreOffice show them (`0.1+0.2` is
  `0.3`, `40310000.01` stays `40310000.01`), positional unless tiny (`1e-10`);
- durations (`[h]:mm:ss` cells, ODS time values): `255:10:10`, hours never wrapped into days;
- times of day `10:30:00`, dates `2024-03-04`, date-times `2024-03-04 10:05:00(.500)`;
- booleans: `TRUE` / `FALSE`; error cells: what the cell shows (`#N/A`, `#REF!`).
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal

# calamine's names for error cells → what Excel displays.
ERROR_TEXT = {
    "Div0": "#DIV/0!",
    "NA": "#N/A",
    "Name": "#NAME?",
    "Null": "#NULL!",
    "Num": "#NUM!",
    "Ref": "#REF!",
    "Value": "#VALUE!",
    "GettingData": "#GETTING_DATA",
}
_ISO_DURATION = re.compile(r"^(-)?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$")
# Below this magnitude General shows scientific notation (LibreOffice: 1E-10).
_SMALLEST_POSITIONAL = 1e-9


def number_text(value: float) -> str:
    """A number as General format shows it: 15 significant digits, trailing zeros dropped."""
    if value != value or value in (float("inf"), float("-inf")):
        return str(value)
    if value == 0:
        return "0"
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    digits = f"{value:.15g}"
    if abs(value) < _SMALLEST_POSITIONAL:
        mantissa, _, exponent = digits.partition("e")
        return f"{mantissa}e{int(exponent)}" if exponent else digits
    if "e" in digits:
        digits = format(Decimal(digits), "f")
    if "." in digits:
        digits = digits.rstrip("0").rstrip(".")
    return digits


def duration_text(seconds: float) -> str:
    """Elapsed time as `[h]:mm:ss` shows it (`36:00:00`, `255:10:10`, `.500` for fractions)."""
    sign = "-" if seconds < 0 else ""
    millis = round(abs(seconds) * 1000)
    whole, fraction = divmod(millis, 1000)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{sign}{hours:02d}:{minutes:02d}:{secs:02d}"
    return text + (f".{fraction:03d}" if fraction else "")


def iso_duration_text(iso: str) -> str | None:
    """`PT255H10M10S` (how calamine hands over ODS time cells) as `255:10:10`; None if not one."""
    found = _ISO_DURATION.match(iso.strip())
    if found is None:
        return None
    sign, days, hours, minutes, seconds = found.groups()
    total = (
        int(days or 0) * 86400
        + int(hours or 0) * 3600
        + int(minutes or 0) * 60
        + float(seconds or 0)
    )
    return duration_text(-total if sign else total)


def value_text(value: object) -> str:
    """Any value python-calamine returns for a cell, as display text (see the module rules)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"  # as Excel and LibreOffice show a boolean cell
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return number_text(value)
    if isinstance(value, datetime.timedelta):
        return duration_text(value.total_seconds())
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time(0):
            return value.date().isoformat()
        text = value.strftime("%Y-%m-%d %H:%M:%S")
        return text + (f".{value.microsecond // 1000:03d}" if value.microsecond else "")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, datetime.time):
        text = value.strftime("%H:%M:%S")
        return text + (f".{value.microsecond // 1000:03d}" if value.microsecond else "")
    return str(value)


def error_detail_text(detail: str) -> str | None:
    """The display text of a cell fastexcel could not give as a string, from its error detail.

    fastexcel reports such cells as "Expected string but got 'Error(NA)'" or
    "... 'DurationIso(\"PT10H10M10S\")'"; anything else stays unknown (None).
    """
    found = re.search(r"got '(\w+)\((.*)\)'$", detail)
    if found is None:
        return None
    kind, inner = found.groups()
    if kind == "Error":
        return ERROR_TEXT.get(inner, f"#{inner.upper()}")
    if kind == "DurationIso":
        return iso_duration_text(inner.strip('"'))
    return None
