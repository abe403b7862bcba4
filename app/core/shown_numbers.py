"""Numbers written the way a spreadsheet shows them, as plain number text.

A number field must read what the operator sees in Excel: `15%` is 0.15, `$1,234.50` and
`€ 1,234.50` are 1234.5, an accounting negative `(1,234.50)` is -1234.5, a fraction `1 1/2` is
1.5. `plain_shown_numbers` rewrites such text into plain decimal text (`0.15`, `1,234.50`,
`-1234.50`, `1.5`) and leaves anything else as it was; grouping and decimal commas are then
read as before (`transforms._plain_number_text`: `1,234` alone stays unreadable, it could be
either 1234 or 1.234).

Percent is shifted in the text (`15.3%` → `0.153`), not divided as a double, so the number
sent is the one written.
"""

from __future__ import annotations

from fractions import Fraction

import pyarrow as pa
import pyarrow.compute as pc

_SYMBOLS = "$€£¥₹₩₽¢₺₪฿₫"
# A currency symbol or ISO code before or after the number, with optional spaces.
_CURRENCY_BEFORE = rf"^(-?)\s*(?:[{_SYMBOLS}]|[A-Z]{{3}}\s)\s*"
_CURRENCY_AFTER = rf"\s*(?:[{_SYMBOLS}]|\s[A-Z]{{3}})$"
_PARENTHESES = r"^\((.*)\)$"
_PERCENT = r"^(?P<sign>-?)(?P<whole>\d+|\d{1,3}(?:,\d{3})+)(?:\.(?P<fraction>\d+))?\s?%$"
_FRACTION = r"^-?(?:\d+ )?\d+/\d+$"


def plain_shown_numbers(arr: pa.Array) -> pa.Array:
    """Shown number text (currency, accounting brackets, percent, fractions) as plain text."""
    if not pc.any(pc.match_substring_regex(arr, r"[%/()A-Z" + _SYMBOLS + "]")).as_py():
        return arr  # the common column: one scan
    kind = arr.type
    out = _without_currency(pc.cast(arr, pa.string()))
    out = pc.replace_substring_regex(out, _PARENTHESES, r"-\1")
    out = _without_currency(out)  # `($1.00)`: the symbol inside
    out = _percent_as_fraction(out)
    return pc.cast(_fractions_as_decimals(out), kind)


def _without_currency(arr: pa.Array) -> pa.Array:
    """`$1.00`, `-$1.00`, `1.00 €`, `USD 1.00` without the currency."""
    out = pc.replace_substring_regex(arr, _CURRENCY_BEFORE, r"\1", max_replacements=1)
    return pc.replace_substring_regex(out, _CURRENCY_AFTER, "", max_replacements=1)


def _percent_as_fraction(arr: pa.Array) -> pa.Array:
    """`15%` → `0.15`, `-2.5%` → `-0.025`, `1,250%` → `12.50` (the point moved two places)."""
    is_percent = pc.fill_null(pc.match_substring_regex(arr, _PERCENT), False)
    if not pc.any(is_percent).as_py():
        return arr
    parts = pc.extract_regex(pc.if_else(is_percent, arr, "0%"), _PERCENT)
    sign = pc.struct_field(parts, "sign")
    whole = pc.utf8_lpad(pc.replace_substring(pc.struct_field(parts, "whole"), ",", ""), 3, "0")
    fraction = pc.fill_null(pc.struct_field(parts, "fraction"), "")
    head = pc.utf8_ltrim(pc.utf8_slice_codeunits(whole, 0, -2), "0")
    head = pc.utf8_lpad(head, 1, "0")
    tail = pc.utf8_slice_codeunits(whole, -2)
    shifted = pc.binary_join_element_wise(sign, head, ".", tail, fraction, "")
    return pc.if_else(is_percent, shifted, arr)


def _fractions_as_decimals(arr: pa.Array) -> pa.Array:
    """`1 1/2` → `1.5`, `3/8` → `0.375`: the few fraction cells, one by one."""
    is_fraction = pc.fill_null(pc.match_substring_regex(arr, _FRACTION), False)
    if not pc.any(is_fraction).as_py():
        return arr
    values = arr.to_pylist()
    for i in pc.indices_nonzero(is_fraction).to_pylist():
        values[i] = fraction_text(values[i]) or values[i]
    return pa.array(values, pa.string())


def fraction_text(text: str) -> str | None:
    """A fraction as the shortest decimal text of its double (`2/3` → `0.6666666666666666`)."""
    sign = -1 if text.startswith("-") else 1
    whole, _, rest = text.lstrip("-").rpartition(" ")
    numerator, _, denominator = rest.partition("/")
    if int(denominator) == 0:
        return None
    value = sign * (int(whole or 0) + Fraction(int(numerator), int(denominator)))
    return repr(float(value))
