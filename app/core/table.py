"""The loaded spreadsheet: raw text cells plus each row's spreadsheet row number."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    from app.core.value_readings import ValueColumn


@dataclass(frozen=True)
class SourceInfo:
    """What was read and how: shown to the operator and recorded in the journal."""

    path: Path
    format: str  # csv, tsv, txt, xlsx, xlsm, xlsb, xls, ods, json, ndjson
    encoding: str | None = None  # text formats only
    delimiter: str | None = None  # text formats only
    sheet: str | None = None  # workbooks only
    sheets: tuple[str, ...] = ()  # every sheet in a workbook
    header_row: int = 1  # spreadsheet row number (1-based) of the header line


@dataclass
class Table:
    """A loaded sheet. Every cell is text ("" when empty); nothing is coerced.

    `df` has one column per (uniquified) header, in file order, all string-typed.
    `row_numbers[i]` is the spreadsheet row number (as Excel shows it) of `df.iloc[i]`.
    """

    df: pd.DataFrame
    row_numbers: np.ndarray
    info: SourceInfo
    warnings: list[str] = field(default_factory=list)
    # Workbook cells whose shown text hides their number (`0.0` shows 2.46 as `2.5`), by column:
    # number fields send the value (`value_readings`).
    values: dict[str, ValueColumn] = field(default_factory=dict)

    @property
    def headers(self) -> list[str]:
        """Column names in file order."""
        return [str(c) for c in self.df.columns]

    def __len__(self) -> int:
        return len(self.df)
