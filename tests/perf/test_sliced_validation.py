"""Validating in slices gives exactly what validating the whole frame at once gives."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import numpy as np
import pandas as pd
import pytest

from app.core import checks as validate_module
from app.core.mapping import ExtraColumn, FieldSource, Mapping
from app.core.table import SourceInfo, Table
from app.core.validate import validate

NOW = datetime(2024, 6, 1, 12, 0, 0, tzinfo=UTC)
POOLS = {
    "id": ["u1", "u2", "", " u3", "u4", "u5", "u6"],
    "email": ["a@x.io", "bad", "", "C@x.io"],
    "seats": ["1", "+2", "2.5", "x", "", " 7 ", "1e400", "-0"],
    "active": ["yes", "No", "0", "maybe", ""],
    "extra": ['{"a": 1}', "[1, 2]", "nope", "", "3.5", "NaN"],
}


def _random_table(rng: random.Random, n: int) -> Table:
    df = pd.DataFrame(
        {c: pd.Series([rng.choice(p) for _ in range(n)], dtype="str") for c, p in POOLS.items()}
    )
    rows = np.arange(2, 2 + n)
    return Table(df=df, row_numbers=rows, info=SourceInfo(path="x.csv", format="csv"))  # type: ignore[arg-type]


MAPPING = Mapping(
    destination="vibefollow-users",
    fields={
        "external_user_id": FieldSource.from_column("id"),
        "email": FieldSource.from_column("email"),
    },
    extras={
        "seats": ExtraColumn(value_type="number"),
        "active": ExtraColumn(value_type="boolean"),
        "extra": ExtraColumn(value_type="json"),
    },
)


@pytest.mark.parametrize("seed", [1, 2])
def test_slices_match_one_pass(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    table = _random_table(random.Random(seed), 500)
    whole = validate(table, MAPPING, now=NOW)
    assert whole.invalid_count and whole.valid_count  # the frame has both kinds of rows
    monkeypatch.setattr(validate_module, "SLICE_ROWS", 7)
    sliced = validate(table, MAPPING, now=NOW)
    assert sliced.issues == whole.issues
    assert sliced.groups == whole.groups
    assert sliced.invalid_rows == whole.invalid_rows
    assert sliced.records == whole.records
    # numbers keep their kind (int vs float) across slice boundaries
    kinds = [type(r.payload.get("traits", {}).get("seats")) for r in sliced.records]
    assert kinds == [type(r.payload.get("traits", {}).get("seats")) for r in whole.records]


def test_empty_table_still_validates(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(validate_module, "SLICE_ROWS", 7)
    result = validate(_random_table(random.Random(0), 0), MAPPING, now=NOW)
    assert result.total_rows == 0 and result.records == []
