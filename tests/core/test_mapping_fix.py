"""One fix path: a Review card's one-click fix goes through `Mapping.with_fix`."""

from __future__ import annotations

import pytest

from app.core.mapping import ExtraColumn, FieldSource, Mapping


def _mapping() -> Mapping:
    return Mapping(
        destination="vibefollow-events",
        fields={
            "external_user_id": FieldSource.from_column("Customer ID", transforms=("lowercase",)),
            "name": FieldSource.from_column("Action"),
        },
        extras={"Seats": ExtraColumn(value_type="number")},
    )


def test_trim_goes_first_so_later_cleaning_sees_clean_values():
    fixed = _mapping().with_fix("external_user_id", "trim", column="Customer ID")
    assert fixed.source("external_user_id").transforms == ("trim", "lowercase")
    assert fixed.with_fix("name", "lowercase").source("name").transforms == ("lowercase",)


def test_trim_of_a_property_column_keeps_its_other_settings():
    fixed = _mapping().with_fix("properties.seats", "trim", column="Seats")
    assert fixed.extras["Seats"] == ExtraColumn(value_type="number", trim=True)
    assert fixed.fields == _mapping().fields
    fresh = _mapping().with_fix("properties.plan", "trim", column="Plan")
    assert fresh.extras["Plan"] == ExtraColumn(trim=True)


def test_a_property_column_takes_no_other_fix():
    with pytest.raises(ValueError, match="cannot apply"):
        _mapping().with_fix("properties.seats", "lowercase", column="Seats")
    with pytest.raises(ValueError, match="not mapped"):
        _mapping().with_fix("properties.seats", "trim")
