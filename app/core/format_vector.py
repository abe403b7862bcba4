"""The common number formats rendered a column at a time (numpy and Arrow kernels, no per-cell
Python): fixed decimals, zero padding, thousands separators, percent, scaling commas and a
literal prefix or suffix (`0.00`, `00000`, `#,##0.00`, `0.0%`, `"$"#,##0.00`, `[$€-407] #,##0`),
with a second section that only signs negatives. Anything else goes to `format_codes.render`
one distinct value at a time; both give the same text (tests compare them).

Rounding is Excel's: half away from zero on the number's 15-digit decimal, so 2.675 with `0.00`
shows `2.68` although its double is a hair below 2.675.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from app.core.format_codes import NumberFormat, Section, Token

# Beyond 15 digits Excel shows zeros and a double's fraction is too coarse to find ties.
_EXACT_LIMIT = 1e15


@dataclass(frozen=True)
class PlainShape:
    """A section of the plain kind: prefix, digits, decimals, suffix."""

    prefix: str
    suffix: str
    min_integer: int  # `0` placeholders before the point
    decimals: int
    grouped: bool
    percent: int
    scaling: int  # trailing commas: each divides by 1,000
    # A negative section writes its minus whatever the rounding (`0.00;-0.00` shows -0.004 as
    # `-0.00`); a single section signs only what rounds to non-zero (`0.0` shows `0.0`).
    literal_minus: bool = False


def plain_shape(number_format: NumberFormat) -> PlainShape | None:
    """The plain shape of the format, or None when it needs `format_codes.render`."""
    sections = number_format.sections
    first = _section_shape(sections[0])
    if first is None or len(sections) > 2:
        return None
    if len(sections) == 2:
        negative = _section_shape(sections[1])
        if negative is None or negative != _signed(first):
            return None
        return replace(first, literal_minus=True)
    return first


def _signed(shape: PlainShape) -> PlainShape:
    return replace(shape, prefix="-" + shape.prefix)


def _section_shape(section: Section) -> PlainShape | None:
    tokens: list[Token] = list(section.tokens)
    i = 0
    prefix = []
    while i < len(tokens) and tokens[i][0] == "lit":
        prefix.append(tokens[i][1])
        i += 1
    integer = []
    grouped = False
    while i < len(tokens) and tokens[i][0] in ("digit", "comma"):
        if tokens[i][0] == "digit":
            integer.append(tokens[i][1])
        elif i + 1 < len(tokens) and tokens[i + 1][0] == "digit":
            grouped = True
        else:
            break  # a trailing comma scales
        i += 1
    decimals = 0
    if i < len(tokens) and tokens[i][0] == "point":
        i += 1
        while i < len(tokens) and tokens[i] == ("digit", "0"):
            decimals += 1
            i += 1
        if decimals == 0:
            return None  # `0.` shows a bare point
    scaling = 0
    while i < len(tokens) and tokens[i][0] == "comma":
        scaling += 1
        i += 1
    suffix, percent = [], 0
    for kind, text in tokens[i:]:
        if kind not in ("lit", "percent"):
            return None
        percent += kind == "percent"
        suffix.append(text)
    text = "".join(integer)
    if not integer or set(text) - {"0", "#"} or "#" in text.lstrip("#"):
        return None  # `?` padding, or `0#`: left to the general renderer
    min_integer = text.count("0")
    if grouped and min_integer > 1:
        return None
    return PlainShape(
        "".join(prefix).lstrip(),
        "".join(suffix).rstrip(),
        min_integer,
        decimals,
        grouped,
        percent,
        scaling,
    )


def render_plain(values: np.ndarray, shape: PlainShape) -> pa.Array:
    """`values` (float64) as the shape shows them; null where it cannot say exactly."""
    magnitude = np.abs(values) * (100.0**shape.percent) / (1000.0**shape.scaling)
    scaled = magnitude * 10.0**shape.decimals
    with np.errstate(invalid="ignore"):
        fits = np.isfinite(scaled) & (scaled < _EXACT_LIMIT)
    scaled = np.where(fits, scaled, 0.0)
    whole_units = np.floor(scaled)
    rest = scaled - whole_units
    # A tie on the 15-digit decimal (2.675 is 2.67499999999999982 as a double) rounds up.
    tie = np.abs(rest - 0.5) <= np.minimum(np.maximum(scaled, 1.0) * 4e-15, 1e-3)
    units = (whole_units + ((rest > 0.5) | tie)).astype(np.int64)
    step = 10**shape.decimals
    whole = units // step
    negative = (values < 0) if shape.literal_minus else (values < 0) & (units > 0)
    sign = pa.array(np.where(negative, "-", ""), pa.string())
    whole_text = _grouped(whole) if shape.grouped else pc.cast(pa.array(whole), pa.string())
    if shape.grouped:
        whole_text = pc.if_else(pa.array(whole == 0), "0" * shape.min_integer, whole_text)
    elif shape.min_integer == 0:
        whole_text = pc.if_else(pa.array(whole == 0), "", whole_text)
    else:
        whole_text = pc.utf8_lpad(whole_text, shape.min_integer, "0")
    parts = [sign, pa.scalar(shape.prefix), whole_text]
    if shape.decimals:
        fraction = pc.utf8_lpad(pc.cast(pa.array(units % step), pa.string()), shape.decimals, "0")
        parts += [pa.scalar("."), fraction]
    text = pc.binary_join_element_wise(*parts, pa.scalar(shape.suffix), "")
    return pc.if_else(pa.array(fits), text, pa.scalar(None, pa.string()))


def _grouped(whole: np.ndarray) -> pa.Array:
    """Integers with thousands separators (`1,234,567`)."""
    groups = [
        pc.utf8_lpad(pc.cast(pa.array((whole // 1000**i) % 1000), pa.string()), 3, "0")
        for i in range(5, -1, -1)
    ]
    joined = pc.binary_join_element_wise(*groups, ",")
    return pc.replace_substring_regex(joined, r"^[0,]+", "")
