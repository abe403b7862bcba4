"""The second reading of a workbook cell: its value, where the text shown does not say it.

The table holds what the operator sees in Excel (`00123`, `15%`, `$1,234.50`, `2.5`). A number
field reads that text back (`shown_numbers`: `15%` is 0.15), which is exact for most formats.
Where the display rounds or hides the number (`0.0` shows 2.46 as `2.5`, `#,##0` shows 1234 as
the ambiguous `1,234`, `# ?/?` shows 0.333 as `1/3`), the loader keeps the value too: a
`ValueColumn` per column holds those cells only (row number, shown text, value text).

Number properties are converted from the value wherever the cell still holds the text it was
loaded with (an edited cell is read as edited); identifiers and text properties keep the text
shown. `sample_conversions` words the difference for the Map step ("15% → 0.15").
"""

from __future__ import annotations

from collections.abc import Mapping as MappingType
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from app.core.cell_text import number_text
from app.core.transforms import convert_values
from app.core.value_maps import apply_value_maps

if TYPE_CHECKING:
    from app.core.mapping import Mapping
    from app.core.mapping.model import ExtraPlan
    from app.core.table import Table


@dataclass(frozen=True)
class ValueColumn:
    """Cells of one column whose shown text does not read back as their value."""

    rows: np.ndarray  # spreadsheet row numbers, ascending (int64)
    shown: np.ndarray  # object: the text loaded into the table
    value: np.ndarray  # object: the stored number as General text

    def __len__(self) -> int:
        return len(self.rows)


def value_column(rows: list[int], shown: list[str], value: list[str]) -> ValueColumn:
    """A ValueColumn from parallel lists (sorted by row)."""
    order = np.argsort(np.asarray(rows, dtype=np.int64), kind="stable")
    return ValueColumn(
        np.asarray(rows, dtype=np.int64)[order],
        np.asarray(shown, dtype=object)[order],
        np.asarray(value, dtype=object)[order],
    )


def number_reading(
    values: pd.Series, row_numbers: np.ndarray, column: ValueColumn | None
) -> pd.Series:
    """`values` with each cell the loader kept a value for replaced by that value's text
    (unless the cell was edited since)."""
    if column is None or len(column) == 0 or len(values) == 0:
        return values
    rows = np.asarray(row_numbers, dtype=np.int64)
    at = np.clip(np.searchsorted(column.rows, rows), 0, len(column) - 1)
    hit = column.rows[at] == rows
    if not hit.any():
        return values
    current = values.to_numpy(dtype=object)
    hit &= current == column.shown[at]
    if not hit.any():
        return values
    out = current.copy()
    out[hit] = column.value[at[hit]]
    return pd.Series(out, index=values.index, dtype=values.dtype)


def numbers_as_values(
    df: pd.DataFrame,
    row_numbers: np.ndarray,
    readings: MappingType[str, ValueColumn],
    number_columns: set[str] | frozenset[str],
) -> pd.DataFrame:
    """`df` with the number columns read as their values (the frame itself when none differ)."""
    chosen = [name for name in number_columns if name in readings and name in df.columns]
    if not chosen:
        return df
    out = df.copy(deep=False)
    for name in chosen:
        out[name] = number_reading(df[name], row_numbers, readings[name])
    return out


def sample_conversions(
    values: pd.Series, row_numbers: np.ndarray, column: ValueColumn | None, limit: int = 3
) -> list[str]:
    """The first distinct filled cells as a number field sends them: `15% → 0.15` where the
    number differs from the text shown, else the text."""
    read = number_reading(values, row_numbers, column)
    typed = convert_values(read, "number")
    out: list[str] = []
    for shown, value, bad in zip(values.tolist(), typed.values.tolist(), typed.bad, strict=True):
        if not str(shown).strip():
            continue
        sent = "not a number" if bad else number_text(float(value))
        line = str(shown) if sent == str(shown).strip() else f"{shown} → {sent}"
        if line not in out:
            out.append(line)
        if len(out) == limit:
            break
    return out


def named_readings(
    by_position: MappingType[int, ValueColumn], positions: list[int], names: list[str]
) -> dict[str, ValueColumn]:
    """The readings of sheet columns (by 0-based position) under the table's column names."""
    return {
        name: by_position[position]
        for position, name in zip(positions, names, strict=True)
        if position in by_position
    }


def frame_for_validation(
    table: Table, df: pd.DataFrame, row_numbers: np.ndarray, mapping: Mapping
) -> pd.DataFrame:
    """`df` (rows of `table`) with the mapping's value maps applied, and the columns sent as
    number properties read as their values (a mapped cell is sent as mapped)."""
    df = apply_value_maps(df, mapping)
    if not table.values:
        return df
    numbers = {p.column for p in mapping.extra_plan(list(df.columns)) if p.value_type == "number"}
    return numbers_as_values(df, row_numbers, table.values, numbers)


def table_number_reading(table: Table, column: str) -> pd.Series:
    """A whole column of `table` as a number field reads it (for sniffing its type)."""
    return number_reading(table.df[column], table.row_numbers, table.values.get(column))


_SAMPLE_ROWS = 200


def extra_lines(table: Table, plan: list[ExtraPlan]) -> list[str]:
    """One line per property column: `Share → share`, and for a number column whose text is not
    what is sent, its first conversions: `Share → share: 15% → 0.15, 7.5% → 0.075`."""
    lines = []
    for extra in plan:
        line = f"{extra.column} → {extra.key}"
        changes = _conversions(table, extra) if extra.value_type == "number" else []
        lines.append(f"{line}: {', '.join(changes)}" if changes else line)
    return lines


def conversion_note(table: Table, plan: list[ExtraPlan], columns: int = 3) -> str:
    """A line `Sent as numbers: Share 15% → 0.15; Price $1,234.50 → 1234.5` (with its leading
    newline), or "" when every number column is sent as written."""
    found = conversion_samples(table, plan, columns)
    return f"\nSent as numbers: {'; '.join(found)}" if found else ""


def conversion_samples(table: Table, plan: list[ExtraPlan], columns: int = 3) -> list[str]:
    """The first conversion of up to `columns` number columns: `Share 15% → 0.15`."""
    found = []
    for extra in plan:
        if extra.value_type != "number":
            continue
        changes = _conversions(table, extra)
        if changes:
            found.append(f"{extra.column} {changes[0]}")
        if len(found) == columns:
            break
    return found


def _conversions(table: Table, extra: ExtraPlan) -> list[str]:
    if extra.column not in table.df.columns:
        return []
    head = table.df[extra.column].head(_SAMPLE_ROWS)
    if extra.trim:
        head = head.str.strip()
    samples = sample_conversions(
        head, table.row_numbers[: len(head)], table.values.get(extra.column), limit=2
    )
    return [line for line in samples if " → " in line]
