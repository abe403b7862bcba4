"""The issue report and the rejection report guard formulas with one rule, so both re-import."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from app.core.mapping import ExtraColumn, FieldSource, Mapping
from app.core.report import write_rejection_report
from app.core.report_cells import decode_cell
from app.core.table import SourceInfo, Table
from app.core.validate import validate, write_issue_report

NOW = datetime(2024, 6, 1, 12, 0, 0, tzinfo=UTC)


@dataclass
class _Outcome:
    row: int
    state: str
    code: str | None
    field: str | None
    message: str | None
    original: dict[str, Any] | None


def _csv_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_both_reports_write_a_negative_number_as_data_and_a_formula_guarded(tmp_path: Path):
    # Columns named like a negative number (data) and like a formula (guarded) carry bad numbers,
    # so the issue report names them in its Column cells; the rejection report in its header.
    headers = ["-5", "=1"]
    df = pd.DataFrame({name: pd.Series(values, dtype="str") for name, values in {
        "id": ["u1"], "email": ["ann@x.io"], "-5": ["x"], "=1": ["y"],
    }.items()})  # fmt: skip
    table = Table(df=df, row_numbers=np.arange(2, 3), info=SourceInfo(path="x.csv", format="csv"))  # type: ignore[arg-type]
    mapping = Mapping(
        destination="vibefollow-users",
        fields={
            "external_user_id": FieldSource.from_column("id"),
            "email": FieldSource.from_column("email"),
        },
        extras={name: ExtraColumn(value_type="number") for name in headers},
    )
    issues = _csv_rows(write_issue_report(validate(table, mapping, now=NOW), tmp_path / "i.csv"))
    rejected = write_rejection_report(
        [_Outcome(2, "rejected", "c", None, "m", {"-5": "x", "=1": "y"})],
        tmp_path / "r.csv",
        columns=headers,
    )
    issue_cells = sorted(row[2] for row in issues[1:])
    header_cells = sorted(_csv_rows(rejected)[0][:2])
    assert issue_cells == header_cells == ["'=1", "-5"]
    assert sorted(decode_cell(cell, "csv") for cell in issue_cells) == sorted(headers)
