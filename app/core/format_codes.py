"""Excel number format codes, rendered the way Excel and LibreOffice show a number.

Covers what workbooks use for numbers: digit placeholders (`0 # ?`) with thousands separators
(`#,##0.00`), scaling by trailing commas, percent (`0.0%`), literal text and currency symbols
(`"$"#,##0.00`, `[$€-407] #,##0.00`, `\\(`), accounting padding (`_(` is a space, `* ` fill is
dropped: a table has no column width to fill), colours, up to four sections
(positive;negative;zero;text), scientific (`0.00E+00`, `##0.0E+0`), fractions (`# ?/?`,
`# ??/??`, `?/8`) and `General` inside a code. Separators are Excel's US defaults (`,` and `.`)
whatever the locale tag says, so shown text reads back the same on every machine.

Dates, times, durations and conditional sections (`[>=100]`) are not rendered here (None):
dates read as ISO text by design and durations have their own reading (`cell_text`).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from functools import lru_cache

from app.core.cell_text import number_text

# ECMA-376 18.8.30 built-in formats that show numbers (dates 14-22 and 45-47 are left out).
BUILTIN_CODES: dict[int, str] = {
    1: "0",
    2: "0.00",
    3: "#,##0",
    4: "#,##0.00",
    5: '"$"#,##0_);\\("$"#,##0\\)',
    6: '"$"#,##0_);[Red]\\("$"#,##0\\)',
    7: '"$"#,##0.00_);\\("$"#,##0.00\\)',
    8: '"$"#,##0.00_);[Red]\\("$"#,##0.00\\)',
    9: "0%",
    10: "0.00%",
    11: "0.00E+00",
    12: "# ?/?",
    13: "# ??/??",
    37: "#,##0 ;(#,##0)",
    38: "#,##0 ;[Red](#,##0)",
    39: "#,##0.00;(#,##0.00)",
    40: "#,##0.00;[Red](#,##0.00)",
    48: "##0.0E+0",
}
_COLOUR = re.compile(r"^(?:Black|Blue|Cyan|Green|Magenta|Red|White|Yellow|Color\s*\d+)$", re.I)
# Letters that make a code a date or time (outside quotes): not rendered here.
_DATE_LETTERS = set("yYmMdDhHsSaAgGbBeE")

Token = tuple[str, str]  # (kind, text): lit, digit, point, comma, percent, exp, slash, general


@dataclass(frozen=True)
class Section:
    """One `;`-separated part of a format code, tokenised."""

    tokens: tuple[Token, ...]

    def has(self, kind: str) -> bool:
        """True when the section holds a token of `kind`."""
        return any(k == kind for k, _ in self.tokens)


@dataclass(frozen=True)
class NumberFormat:
    """A parsed format code: its sections for positive, negative and zero numbers."""

    sections: tuple[Section, ...]

    def section_for(self, value: float) -> tuple[Section, bool]:
        """The section showing `value`, and whether a minus sign must be added."""
        numeric = self.sections[:3]
        if value < 0 and len(numeric) >= 2:
            return numeric[1], False
        if value == 0 and len(numeric) >= 3:
            return numeric[2], False
        return numeric[0], value < 0


def split_sections(code: str) -> list[str]:
    """`code` split at the `;` that are not quoted or escaped."""
    parts, current, quoted, i = [], [], False, 0
    while i < len(code):
        char = code[i]
        if char == "\\" and not quoted and i + 1 < len(code):
            current.append(code[i : i + 2])
            i += 2
            continue
        if char == '"':
            quoted = not quoted
        if char == ";" and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
        i += 1
    parts.append("".join(current))
    return parts


@lru_cache(maxsize=512)
def parse_format(code: str) -> NumberFormat | None:
    """The code as sections of tokens; None when it is not a number format this module shows
    (General, text `@`, dates, times, conditions)."""
    if not code or code.strip().lower() == "general":
        return None
    sections = []
    for part in split_sections(code)[:3]:
        tokens = _tokens(part)
        if tokens is None:
            return None
        sections.append(Section(tuple(tokens)))
    first = sections[0]
    if len(sections) == 1 and not any(first.has(kind) for kind in ("digit", "general")):
        return None  # `@`, or one literal: the value's own text stands
    # Several literal sections (`"Yes";"Yes";"No"`) are words for the sign: shown as written.
    return NumberFormat(tuple(sections))


def _tokens(section: str) -> list[Token] | None:
    """Tokens of one section, or None for a date/time/conditional section."""
    tokens: list[Token] = []
    i, size = 0, len(section)
    while i < size:
        char = section[i]
        if char == '"':
            end = section.find('"', i + 1)
            end = size if end < 0 else end
            tokens.append(("lit", section[i + 1 : end]))
            i = end + 1
        elif char == "\\":
            tokens.append(("lit", section[i + 1 : i + 2]))
            i += 2
        elif char == "_":
            tokens.append(("lit", " "))
            i += 2
        elif char == "*":
            i += 2  # fill to the column width: no width in a table
        elif char == "[":
            end = section.find("]", i)
            if end < 0:
                return None
            body = section[i + 1 : end]
            if body.startswith("$"):
                tokens.append(("lit", body[1:].split("-", 1)[0]))
            elif not _COLOUR.match(body):
                return None  # conditions, elapsed time, locale-only tags of dates
            i = end + 1
        elif section[i : i + 7].lower() == "general":
            tokens.append(("general", ""))
            i += 7
        elif char in "0#?":
            tokens.append(("digit", char))
            i += 1
        elif char in "Ee" and section[i + 1 : i + 2] in ("+", "-"):
            tokens.append(("exp", section[i + 1]))
            i += 2
        elif char in _DATE_LETTERS or char == "@":
            return None if char != "@" else [*tokens, ("lit", "")]
        else:
            kind = {".": "point", ",": "comma", "%": "percent", "/": "slash"}.get(char, "lit")
            tokens.append((kind, char))
            i += 1
    return tokens


def render(number_format: NumberFormat, value: float) -> str | None:
    """`value` as the format shows it (outer spaces trimmed), or None if it cannot say."""
    if not math.isfinite(value):
        return None
    section, minus = number_format.section_for(value)
    magnitude = abs(value)  # the section (or the minus added below) shows the sign
    text: str | None
    if section.has("general"):
        text = _with_literals(section.tokens, number_text(magnitude))
    elif section.has("exp"):
        text = _scientific(section.tokens, magnitude)
    elif section.has("slash") and section.has("digit"):
        text = _fraction(section.tokens, magnitude)
    elif section.has("digit"):
        text = _decimal(section.tokens, magnitude)
    else:
        text = "".join(t for k, t in section.tokens if k not in ("comma", "point"))
    if text is None:
        return None
    text = text.strip()
    return f"-{text}" if minus and _shows_a_digit_other_than_zero(text) else text


def _shows_a_digit_other_than_zero(text: str) -> bool:
    return any(char in "123456789" for char in text)


def _with_literals(tokens: tuple[Token, ...], number: str) -> str:
    """General inside literal text (`General" kg"`)."""
    out = []
    for kind, text in tokens:
        out.append(number if kind == "general" else text if kind in ("lit", "slash") else "")
    return "".join(out)


def _rounded(value: float, decimals: int) -> Decimal:
    """`value` rounded half away from zero, on its 15-digit decimal as Excel does."""
    exact = Decimal(f"{value:.15g}")
    return exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def _decimal(tokens: tuple[Token, ...], value: float) -> str:
    """Digit placeholders, thousands separators, scaling commas, percent and literals."""
    digit_at = [i for i, (kind, _) in enumerate(tokens) if kind == "digit"]
    last_digit = digit_at[-1]
    point = next((i for i, (kind, _) in enumerate(tokens) if kind == "point"), None)
    # Commas right after the last digit placeholder divide by 1,000 each; between digits they
    # are the thousands separator.
    scaling = 0
    for kind, _ in tokens[last_digit + 1 :]:
        if kind != "comma":
            break
        scaling += 1
    grouped = any(
        kind == "comma" and digit_at[0] < i < last_digit and (point is None or i < point)
        for i, (kind, _) in enumerate(tokens)
    )
    percent = sum(1 for kind, _ in tokens if kind == "percent")
    scaled = value * (100**percent) / (1000**scaling)
    fraction_slots = [i for i in digit_at if point is not None and i > point]
    integer_slots = [i for i in digit_at if point is None or i < point]
    number = _rounded(scaled, len(fraction_slots))
    whole_text, _, fraction_text = f"{number:f}".partition(".")
    whole_digits = whole_text.lstrip("0")
    if grouped:
        whole_digits = f"{int(whole_digits or 0):,}" if whole_digits else ""
    out = [text if kind in ("lit", "percent", "slash") else "" for kind, text in tokens]
    _fill_integer(out, tokens, integer_slots, whole_digits)
    if point is not None:
        out[point] = "."
        _fill_fraction(out, tokens, fraction_slots, fraction_text)
    return "".join(out)


def _fill_integer(out: list[str], tokens: tuple[Token, ...], slots: list[int], digits: str) -> None:
    """Digits into the integer placeholders from the right; the leftmost takes the rest."""
    if not slots:
        return
    remaining = digits
    for order, slot in enumerate(reversed(slots)):
        leftmost = order == len(slots) - 1
        if remaining:
            out[slot] = remaining if leftmost else remaining[-1]
            remaining = "" if leftmost else remaining[:-1]
            # a thousands separator travels with the digit it follows
            if not leftmost and remaining.endswith(","):
                out[slot] = "," + out[slot]
                remaining = remaining[:-1]
        else:
            out[slot] = {"0": "0", "?": " "}.get(tokens[slot][1], "")


def _fill_fraction(
    out: list[str], tokens: tuple[Token, ...], slots: list[int], digits: str
) -> None:
    """Decimal digits left to right; trailing zeros vanish under `#` and become spaces under `?`."""
    kept = list(digits)
    for position in range(len(slots) - 1, -1, -1):
        placeholder = tokens[slots[position]][1]
        if kept[position] != "0" or placeholder == "0":
            break
        kept[position] = "" if placeholder == "#" else " "
    for slot, digit in zip(slots, kept, strict=True):
        out[slot] = digit


def _scientific(tokens: tuple[Token, ...], value: float) -> str:
    """`0.00E+00` (and engineering `##0.0E+0`): mantissa placeholders, E, signed exponent."""
    exp_at = next(i for i, (kind, _) in enumerate(tokens) if kind == "exp")
    mantissa = tokens[:exp_at]
    point = next((i for i, (kind, _) in enumerate(mantissa) if kind == "point"), len(mantissa))
    integer = [text for kind, text in mantissa[:point] if kind == "digit"]
    decimals = sum(1 for kind, _ in mantissa[point:] if kind == "digit")
    exponent_digits = sum(1 for kind, _ in tokens[exp_at + 1 :] if kind == "digit")
    step = len(integer) if len(integer) > 1 and "#" in integer else 1
    exponent = 0 if value == 0 else math.floor(math.log10(value))
    exponent -= exponent % step
    mantissa_value = _rounded(value / 10**exponent, decimals)
    if mantissa_value >= 10**step:
        exponent += step
        mantissa_value = _rounded(value / 10**exponent, decimals)
    sign = "-" if exponent < 0 else ("+" if tokens[exp_at][1] == "+" else "")
    first_digit = next((i for i, (kind, _) in enumerate(mantissa) if kind == "digit"), 0)
    prefix = "".join(text for kind, text in mantissa[:first_digit] if kind == "lit")
    suffix = "".join(text for kind, text in tokens[exp_at + 1 :] if kind == "lit")
    return f"{prefix}{mantissa_value:f}E{sign}{abs(exponent):0{max(exponent_digits, 1)}d}{suffix}"


def _fraction(tokens: tuple[Token, ...], value: float) -> str | None:
    """`# ?/?`, `# ??/??`, `?/8`: a whole part when the code has one, then num/den."""
    slash = next(i for i, (kind, _) in enumerate(tokens) if kind == "slash")
    before = tokens[:slash]
    after = tokens[slash + 1 :]
    # The numerator is the run of placeholders just before the slash; digits before it, past
    # a literal (the space), are the whole part.
    numerator_start = slash
    while numerator_start > 0 and before[numerator_start - 1][0] == "digit":
        numerator_start -= 1
    mixed = any(kind == "digit" for kind, _ in before[:numerator_start])
    fixed = "".join(t for k, t in after if k == "lit" and t.isdigit())
    width = sum(1 for kind, _ in after if kind == "digit")
    whole, rest = (int(value), value - int(value)) if mixed else (0, value)
    if fixed:
        denominator = int(fixed)
        numerator = round(rest * denominator)
    else:
        if width == 0:
            return None
        best = Fraction(rest).limit_denominator(10**width - 1)
        numerator, denominator = best.numerator, best.denominator
    if mixed and numerator == denominator:
        whole, numerator = whole + 1, 0
    if numerator == 0:
        return str(whole) if mixed or not fixed else f"0/{denominator}"
    text = f"{numerator}/{denominator}"
    return f"{whole} {text}" if mixed and whole else text
