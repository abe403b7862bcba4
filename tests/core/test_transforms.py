"""Timestamp reading, text transforms and property value types."""

from __future__ import annotations

import pandas as pd
import pytest

from app.core.timestamps import date_order_evidence, format_iso, parse_timestamps
from app.core.transforms import apply_text_transforms, convert_values, sniff_value_type


def _iso(values, **options):
    parsed = parse_timestamps(pd.Series(values, dtype="str"), **options)
    return [v or None for v in parsed.iso], parsed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-15T14:20:00Z", "2024-03-15T14:20:00Z"),
        ("2024-03-15 14:20:00", "2024-03-15T14:20:00Z"),
        ("2024-03-15 14:20", "2024-03-15T14:20:00Z"),
        ("2024-03-15", "2024-03-15T00:00:00Z"),
        ("2024-03-15T14:20:00.250+02:00", "2024-03-15T12:20:00.250Z"),
        ("2024-03-15T14:20:00-0500", "2024-03-15T19:20:00Z"),
        ("2024/03/15 9:05", "2024-03-15T09:05:00Z"),
        ("15/03/2024", "2024-03-15T00:00:00Z"),
        ("15.03.2024 14:20", "2024-03-15T14:20:00Z"),
        ("15/03/24", "2024-03-15T00:00:00Z"),
        ("03/15/2024 2:20 PM", "2024-03-15T14:20:00Z"),
        ("03/15/2024 12:05 AM", "2024-03-15T00:05:00Z"),
        ("45366", "2024-03-15T00:00:00Z"),
        ("45366.5", "2024-03-15T12:00:00Z"),
        ("1710512400", "2024-03-15T14:20:00Z"),
        ("1710512400123", "2024-03-15T14:20:00.123Z"),
        ("15 Mar 2024", "2024-03-15T00:00:00Z"),
        ("March 15, 2024 10:00", "2024-03-15T10:00:00Z"),
        ("  2024-03-15T14:20:00Z  ", "2024-03-15T14:20:00Z"),
    ],
)
def test_timestamp_spellings(text, expected):
    iso, parsed = _iso([text])
    assert iso == [expected]
    assert parsed.ok.all()


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2024-02-30", "no such date or time"),
        ("2024-03-15 25:00", "no such date or time"),
        ("yesterday", "not a date or time Backfill can read"),
        ("42", "number is not a date"),
        ("13/13/2024", "no such date or time"),  # neither reading is a date
        ("13:00 PM 2024", "not a date or time Backfill can read"),
    ],
)
def test_unreadable_timestamps_say_why(text, reason):
    _, parsed = _iso([text])
    assert not parsed.ok[0]
    assert reason in parsed.reason[0]


def test_blank_cells_are_empty_not_errors():
    _, parsed = _iso(["", "  ", "2024-01-01"])
    assert parsed.empty.tolist() == [True, True, False]
    assert parsed.reason[:2].tolist() == ["", ""]


def test_date_order_is_decided_by_values_or_flagged_ambiguous():
    iso, parsed = _iso(["03/04/2024", "25/04/2024"])
    assert parsed.order == "day_first" and not parsed.ambiguous
    assert iso == ["2024-04-03T00:00:00Z", "2024-04-25T00:00:00Z"]
    iso, parsed = _iso(["03/04/2024", "04/25/2024"])
    assert parsed.order == "month_first" and not parsed.ambiguous
    assert iso[0] == "2024-03-04T00:00:00Z"
    iso, parsed = _iso(["03/04/2024", "05/06/2024"])
    assert parsed.ambiguous
    assert parsed.order == "day_first"
    iso, parsed = _iso(["03/04/2024"], order="month_first")
    assert iso == ["2024-03-04T00:00:00Z"] and not parsed.ambiguous


def test_date_order_evidence_counts():
    evidence = date_order_evidence(pd.Series(["01/02/2024", "13/02/2024", "2024-01-01", "x"]))
    assert evidence.numeric_dates == 2
    assert evidence.day_first_only == 1
    assert evidence.month_first_only == 0
    assert evidence.decided == "day_first"
    assert not evidence.ambiguous
    assert date_order_evidence(pd.Series(["01/02/2024"])).ambiguous


def test_time_zone_for_values_without_one():
    iso, parsed = _iso(
        ["2024-01-15 10:00", "2024-07-15 10:00", "2024-07-15T10:00:00Z", "2024-03-31 02:30"],
        timezone="Europe/Berlin",
    )
    assert iso[:3] == ["2024-01-15T09:00:00Z", "2024-07-15T08:00:00Z", "2024-07-15T10:00:00Z"]
    assert not parsed.ok[3]  # skipped by the spring-forward change
    assert "Europe/Berlin" in parsed.reason[3]


def test_numeric_units_can_be_forced():
    iso, _ = _iso(["1710512400"], numbers="epoch_s")
    assert iso == ["2024-03-15T14:20:00Z"]
    iso, _ = _iso(["1710512400000"], numbers="epoch_ms")
    assert iso == ["2024-03-15T14:20:00Z"]
    iso, _ = _iso(["100"], numbers="excel")
    assert iso == ["1900-04-09T00:00:00Z"]


def test_format_iso_fraction_only_when_needed():
    import numpy as np

    out = format_iso(np.array([0, 1_500, 1_710_512_400_000], dtype=np.int64))
    assert out.tolist() == [
        "1970-01-01T00:00:00Z",
        "1970-01-01T00:00:01.500Z",
        "2024-03-15T14:20:00Z",
    ]


def test_text_transforms():
    values = pd.Series(["  Ann@X.io ", "bob\u00a0", "a   b"], dtype="str")
    assert apply_text_transforms(values, ["trim", "lowercase"]).tolist() == [
        "ann@x.io",
        "bob",
        "a   b",
    ]
    assert apply_text_transforms(values, ["collapse_spaces"]).tolist()[2] == "a b"
    with pytest.raises(KeyError):
        apply_text_transforms(values, ["shout"])


def test_number_values():
    typed = convert_values(
        pd.Series(["1", "+5", "-2.5", "1e3", "00123", "x", "", "nan"], dtype="str"), "number"
    )
    assert typed.values.tolist() == [1, 5, -2.5, 1000.0, 123, None, None, None]
    assert typed.bad.tolist() == [False, False, False, False, False, True, False, True]
    assert isinstance(typed.values[0], int)


def test_boolean_and_json_values():
    typed = convert_values(pd.Series(["yes", "FALSE", "1", "maybe", ""], dtype="str"), "boolean")
    assert typed.values.tolist() == [True, False, True, None, None]
    assert typed.bad.tolist() == [False, False, False, True, False]
    typed = convert_values(pd.Series(['{"a": [1, 2]}', "[1", "3", ""], dtype="str"), "json")
    assert typed.values.tolist() == [{"a": [1, 2]}, None, 3, None]
    assert typed.bad.tolist() == [False, True, False, False]
    with pytest.raises(ValueError):
        convert_values(pd.Series(["a"], dtype="str"), "colour")


def test_value_type_sniffing_keeps_ids_as_text():
    assert sniff_value_type(pd.Series(["1", "2", "30.5", ""], dtype="str")) == "number"
    assert sniff_value_type(pd.Series(["00123", "1"], dtype="str")) == "text"
    assert sniff_value_type(pd.Series(["true", "FALSE"], dtype="str")) == "boolean"
    assert sniff_value_type(pd.Series(["pro", "1"], dtype="str")) == "text"
    assert sniff_value_type(pd.Series(['{"a": 1}', "[1, 2]"], dtype="str")) == "json"
    assert sniff_value_type(pd.Series(["{not json", "[1]"], dtype="str")) == "text"
