"""Re-validating edited rows gives exactly what a full validation of the edited table gives."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import numpy as np
import pandas as pd
import pytest

from app.core import revalidate as validate_module
from app.core.mapping import ExtraColumn, FieldSource, Mapping
from app.core.table import SourceInfo, Table
from app.core.validate import ValidationResult, validate, validate_rows

NOW = datetime(2024, 6, 1, 12, 0, 0, tzinfo=UTC)


def _table(columns: dict[str, list[str]]) -> Table:
    df = pd.DataFrame({k: pd.Series(v, dtype="str") for k, v in columns.items()})
    rows = np.arange(2, 2 + len(df))
    return Table(df=df, row_numbers=rows, info=SourceInfo(path="x.csv", format="csv"))  # type: ignore[arg-type]


def _cell(rng: random.Random, column: str) -> str:
    """Values drawn from small pools, so edits make and break duplicates and problems."""
    pools = {
        "id": ["u1", "u2", "u3", "", " u4", "   "],
        "email": ["a@x.io", "B@x.io", "bad", "", " c@x.io", "d@x.io"],
        "user": ["u1", "u2", "", "u3"],
        "event": ["signup", "login", ""],
        "when": [
            "2024-03-15 14:20",
            "2024-03-15T14:20:00Z",
            "",
            "nope",
            "2099-01-01",
            "1970-01-02",
        ],
        "seats": ["1", "2", "x", ""],
        "plan": ["pro", "free", ""],
        "extra": ["[1, 2]", "[3, 4]", '{"a": 1}', "nope", "", "7"],
    }
    return rng.choice(pools[column])


def _mappings() -> dict[str, Mapping]:
    users = Mapping(
        destination="vibefollow-users",
        fields={
            "external_user_id": FieldSource.from_column("id"),
            "email": FieldSource.from_column("email"),
        },
        extras={
            "seats": ExtraColumn(value_type="number"),
            "extra": ExtraColumn(value_type="json"),
        },
    )
    events = {
        dest: Mapping(
            destination=dest,
            fields={
                user: FieldSource.from_column("user"),
                name: FieldSource.from_column("event"),
                "timestamp": FieldSource.from_column("when"),
            },
        )
        for dest, user, name in (
            ("vibefollow-events", "external_user_id", "name"),
            ("ourspriv-events", "distinctId", "event"),
        )
    }
    return {"vibefollow-users": users, **events}


def _same(got: ValidationResult, want: ValidationResult) -> None:
    assert got.issues == want.issues
    assert got.groups == want.groups
    assert got.invalid_rows == want.invalid_rows
    assert got.records == want.records
    assert got.warning_count == want.warning_count


@pytest.mark.parametrize("destination", sorted(_mappings()))
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_edits_match_full_validation(destination: str, seed: int) -> None:
    _edit_and_compare(destination, seed)


def test_edits_match_after_columns_are_compacted(monkeypatch: pytest.MonkeyPatch) -> None:
    # Edited Arrow columns are kept as chunks, then compacted: the values must not move.
    monkeypatch.setattr(validate_module, "MAX_EDIT_CHUNKS", 3)
    monkeypatch.setattr(validate_module, "FEW_ROWS", 1)  # several edited rows: taken at once
    _edit_and_compare("vibefollow-events", 4)
    _edit_and_compare("vibefollow-users", 5)


def _edit_and_compare(destination: str, seed: int) -> None:
    rng = random.Random(seed)
    mapping = _mappings()[destination]
    names = ["id", "email", "seats", "plan", "extra"] if destination == "vibefollow-users" else [
        "user", "event", "when", "plan"
    ]  # fmt: skip
    n = 60
    table = _table({c: [_cell(rng, c) for _ in range(n)] for c in names})
    excluded = {int(r) for r in rng.sample(range(2, 2 + n), 5)}
    result = validate(table, mapping, now=NOW, excluded_rows=excluded)
    for _ in range(25):
        edited = rng.sample(range(n), rng.choice([1, 1, 2, 4]))
        for position in edited:
            column = rng.choice(names)
            table.df.loc[position, column] = _cell(rng, column)
        result = validate_rows(table, mapping, edited, result)
        _same(result, validate(table, mapping, now=NOW, excluded_rows=excluded))
