"""Timestamps an operator can trust (issue 13.1): epoch units by magnitude, serial days, offsets,
daylight saving, and the Review groups for dates before 1971, in the future or far from the rest,
with their one-click fixes; each from a CSV file with the problem."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
import pandas as pd
import pytest

from app.core.mapping import FieldSource, Mapping
from app.core.number_dates import (
    better_unit,
    majority_unit,
    size_classes,
    to_epoch_ms,
    unit_code,
)
from app.core.sources import load_table
from app.core.time_range import far_out
from app.core.timestamps import parse_timestamps
from app.core.validate import validate

NOW = datetime(2024, 6, 1, 12, 0, 0, tzinfo=UTC)
BASE = datetime(2024, 1, 1, tzinfo=UTC)


def _csv(tmp_path: Path, stamps: list[str], name: str = "events.csv") -> Path:
    path = tmp_path / name
    lines = ["user,event,ts", *(f"u{i},open,{s}" for i, s in enumerate(stamps))]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _mapping(**options: str) -> Mapping:
    return Mapping(
        destination="vibefollow-events",
        fields={
            "external_user_id": FieldSource.from_column("user"),
            "name": FieldSource.from_column("event"),
            "timestamp": FieldSource.from_column("ts", **options),
        },
    )


def _validate(path: Path, mapping: Mapping | None = None):
    return validate(load_table(path), mapping or _mapping(), now=NOW)


def _groups(result) -> dict[str, tuple]:
    return {f"{g.code}:{g.fix}": g.rows for g in result.groups}


def _times(seconds: list[float]) -> list[datetime]:
    return [BASE + timedelta(seconds=s) for s in seconds]


def _sent(result) -> list[str]:
    return [r.payload["timestamp"] for r in result.records]


HOURS = [3600.0 * i for i in range(30)]  # 30 events an hour apart from 2024-01-01


@pytest.mark.parametrize(
    ("unit", "scale", "words"),
    [
        ("epoch_s", 1, "epoch seconds"),
        ("epoch_ms", 1000, "epoch milliseconds"),
        ("epoch_us", 1_000_000, "epoch microseconds"),
    ],
)
def test_epoch_columns_are_read_in_their_unit_and_say_so(tmp_path, unit, scale, words):
    stamps = [str(int(t.timestamp() * scale)) for t in _times(HOURS)]
    result = _validate(_csv(tmp_path, stamps))
    assert result.invalid_count == 0 and not result.groups
    assert _sent(result)[:2] == ["2024-01-01T00:00:00Z", "2024-01-01T01:00:00Z"]
    assert f"'ts' holds {words} (read as such)" in str(result.notes[0])


def test_a_column_is_read_in_one_unit_not_cell_by_cell(tmp_path):
    # 29 milliseconds and one value of seconds' size: the column is milliseconds, so the odd
    # value lands in January 1970 and is flagged, instead of silently reading as seconds.
    stamps = [str(int(t.timestamp() * 1000)) for t in _times(HOURS[:29])] + ["1704067200"]
    result = _validate(_csv(tmp_path, stamps))
    assert result.issues_for_row(31)[0].code == "implausible_timestamp"
    assert [r.payload["timestamp"] for r in result.records if r.row == 31] == [
        "1970-01-20T17:21:07.200Z"
    ]
    parsed = parse_timestamps(pd.Series(stamps))
    assert parsed.numbers is not None and parsed.numbers.unit == "epoch_ms"


def test_milliseconds_forced_as_seconds_offer_the_milliseconds_fix(tmp_path):
    stamps = [str(int(t.timestamp() * 1000)) for t in _times(HOURS)]
    path = _csv(tmp_path, stamps)
    result = _validate(path, _mapping(numeric_dates="epoch_s"))
    (group,) = result.groups
    assert group.code == "invalid_timestamp" and group.fix == "epoch_ms"
    assert group.count == 30 and "read as milliseconds" in group.summary
    fixed = _validate(path, _mapping(numeric_dates="epoch_s").with_fix("timestamp", group.fix))
    assert fixed.invalid_count == 0 and _sent(fixed)[0] == "2024-01-01T00:00:00Z"
    assert not fixed.notes  # a unit the mapping chose is not announced as detected


def test_seconds_forced_as_milliseconds_land_in_1970_with_the_seconds_fix(tmp_path):
    stamps = [str(int(t.timestamp())) for t in _times(HOURS)]
    result = _validate(_csv(tmp_path, stamps), _mapping(numeric_dates="epoch_ms"))
    assert _groups(result) == {"implausible_timestamp:epoch_s": tuple(range(2, 32))}
    assert "before 1971" in result.groups[0].summary
    assert "read as seconds" in result.groups[0].summary


def test_serial_day_numbers_in_a_csv(tmp_path):
    result = _validate(_csv(tmp_path, ["45292.5", "45293", "45292.25"]))
    assert _sent(result) == ["2024-01-01T12:00:00Z", "2024-01-02T00:00:00Z", "2024-01-01T06:00:00Z"]
    assert "Excel serial day numbers" in str(result.notes[0])
    # The same numbers from a workbook kept in the 1904 date system, as the mapping says.
    base_1904 = _validate(_csv(tmp_path, ["45292.5"]), _mapping(numeric_dates="excel_1904"))
    assert _sent(base_1904) == ["2028-01-02T12:00:00Z"]


def test_serials_and_epoch_told_apart_by_magnitude():
    raw = np.array([45292.5, 1.7e9, 1.7e12, 1.7e15, 5e6])
    codes = size_classes(raw)
    assert codes.tolist() == [
        unit_code(u) for u in ("excel", "epoch_s", "epoch_ms", "epoch_us")
    ] + [0]
    assert majority_unit(codes[[2, 2, 1]]) == "epoch_ms"
    assert majority_unit(codes[[0, 1]]) is None
    assert majority_unit(codes[[4, 4, 4]]) is None  # no number of any unit's size


def test_iso_with_and_without_offsets_and_the_column_zone(tmp_path):
    stamps = ["2024-03-15T14:20:00+02:00", "2024-03-15T14:20:00Z", "2024-03-15 14:20"]
    result = _validate(_csv(tmp_path, stamps), _mapping(timezone="America/New_York"))
    assert _sent(result) == ["2024-03-15T12:20:00Z", "2024-03-15T14:20:00Z", "2024-03-15T18:20:00Z"]


def test_a_time_the_clocks_skipped_fails_saying_so(tmp_path):
    # 2024-03-10 02:30 never happened in New York (02:00 jumped to 03:00).
    result = _validate(
        _csv(tmp_path, ["2024-03-10 01:30", "2024-03-10 02:30", "2024-03-10 03:30"]),
        _mapping(timezone="America/New_York"),
    )
    (group,) = result.groups
    assert group.code == "skipped_local_time" and group.severity == "error" and group.rows == (3,)
    assert "clocks went forward" in result.issues_for_row(3)[0].message
    assert _sent(result) == ["2024-03-10T06:30:00Z", "2024-03-10T07:30:00Z"]


def test_a_time_the_clocks_passed_twice_reads_as_the_first_and_is_flagged(tmp_path):
    # 2023-11-05 01:30 happened twice in New York: first in EDT (05:30Z), then in EST (06:30Z).
    stamps = ["2023-11-05 00:30", "2023-11-05 01:30", "2023-11-05 02:30"]
    result = _validate(_csv(tmp_path, stamps), _mapping(timezone="America/New_York"))
    assert result.invalid_count == 0
    assert _groups(result) == {"repeated_local_time:None": (3,)}
    assert _sent(result) == ["2023-11-05T04:30:00Z", "2023-11-05T05:30:00Z", "2023-11-05T07:30:00Z"]


def test_daylight_saving_against_zoneinfo():
    """Differential: every half hour around both changes in Berlin, read as zoneinfo reads it
    with fold=0 (the first of a repeated time); skipped times are refused."""
    zone = ZoneInfo("Europe/Berlin")
    walls = [
        datetime(2024, month, day) + timedelta(minutes=30 * k)
        for month, day in ((3, 31), (10, 27))
        for k in range(12)
    ]
    parsed = parse_timestamps(
        pd.Series([w.strftime("%Y-%m-%d %H:%M") for w in walls]), timezone="Europe/Berlin"
    )
    for i, wall in enumerate(walls):
        aware = wall.replace(tzinfo=zone)
        exists = aware.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == wall
        assert parsed.ok[i] == exists
        if exists:
            assert parsed.epoch_ms[i] == int(aware.timestamp() * 1000)
            assert parsed.repeated[i] == (
                wall.replace(fold=1).replace(tzinfo=zone).utcoffset() != aware.utcoffset()
            )


def test_dates_before_1971_and_in_the_future(tmp_path):
    stamps = ["2024-01-02", "1970-06-01", "1969-12-31", "2030-01-01", "2024-05-01"]
    result = _validate(_csv(tmp_path, stamps))
    assert _groups(result) == {
        "implausible_timestamp:None": (3, 4),
        "future_timestamp:None": (5,),
    }
    assert "before 1971" in result.issues_for_row(3)[0].message


def test_a_few_rows_decades_from_the_rest_are_grouped(tmp_path):
    # Far out is judged as the chart judges it: beyond the middle 90 % of events by ten times
    # that middle's span (so the stray rows must be under 5 % of the file at each end).
    stamps = [t.strftime("%Y-%m-%dT%H:%M:%SZ") for t in _times(HOURS * 2)]
    stamps[4] = "1994-01-01T00:00:00Z"
    stamps[9] = "2004-05-05T00:00:00Z"
    result = _validate(_csv(tmp_path, stamps))
    (group,) = result.groups
    assert group.code == "far_out_timestamp" and group.rows == (6, 11)
    assert "2024-01-01 to 2024-01-02" in group.summary, group.summary
    assert result.invalid_count == 0  # a warning: the rows are still sent


def test_far_out_uses_the_charts_rule():
    days = np.r_[np.full(40, 19_723), np.arange(19_723, 19_753), [0, 40_000]]
    ms = days.astype(np.int64) * 86_400_000
    mask = far_out(ms)
    assert mask.tolist() == [False] * 70 + [True, True]
    assert not far_out(ms[:10]).any()  # too few events to call any far out


def test_better_unit_only_when_it_reads_more_as_plausible():
    from app.core.number_dates import NumberReading

    raw = np.array([1.7e12, 1.71e12])
    reading = NumberReading(np.arange(2), raw, "epoch_s", detected=False)
    current = to_epoch_ms(raw, "epoch_s")
    lo, hi = 31_536_000_000, int(NOW.timestamp() * 1000)
    assert better_unit(reading, current, lo, hi) == "epoch_ms"
    right = NumberReading(np.arange(2), raw, "epoch_ms", detected=False)
    assert better_unit(right, to_epoch_ms(raw, "epoch_ms"), lo, hi) is None


def test_unit_fixes_and_options_round_trip_through_the_template():
    mapping = _mapping().with_fix("timestamp", "epoch_us")
    assert mapping.source("timestamp").numeric_dates == "epoch_us"
    again = Mapping.from_dict(mapping.to_dict())
    assert again.source("timestamp").numeric_dates == "epoch_us"
    with pytest.raises(ValueError):
        FieldSource.from_column("ts", numeric_dates="epoch_ns")


@pytest.mark.parametrize("rows_per_slice", [7, 50, 10_000])
def test_far_out_rows_of_a_sliced_file_match_a_whole_validation(tmp_path, rows_per_slice):
    """Differential: slice by slice, the far-out group is told after the last slice from the
    whole file's range, and equals the whole-file group (count, first rows, wording)."""
    from app.core.stream import open_sliced
    from app.core.tally import ValidationTally, validated_slices

    rng = np.random.default_rng(7)
    seconds = sorted(rng.uniform(0, 90 * 86_400, 400).tolist())
    stamps = [t.strftime("%Y-%m-%dT%H:%M:%SZ") for t in _times(seconds)]
    for at, year in ((3, 1985), (150, 2001), (151, 2001), (377, 1999)):
        stamps[at] = f"{year}-02-03T04:05:06Z"
    stamps[200] = ""  # an empty cell's validation time is not the file's own
    path = _csv(tmp_path, stamps)
    whole = {g.code: g for g in _validate(path).groups}["far_out_timestamp"]
    tally = ValidationTally()
    sliced = open_sliced(path, stream_min_bytes=0, rows_per_slice=rows_per_slice)
    for _ in validated_slices(sliced, _mapping(), tally, now=NOW):
        pass
    part = tally.groups[("timestamp", "far_out_timestamp", None)]
    assert (part.count, tuple(part.first_rows), part.summary) == (
        whole.count,
        whole.first_rows,
        whole.summary,
    )
    assert whole.rows == (5, 152, 153, 379)


def test_an_edit_is_read_and_judged_as_the_whole_column_was(tmp_path):
    """Differential: editing cells re-checks only them, yet equals a full validation of the
    edited file (the column's unit and its own range are the whole file's, not the edit's)."""
    from app.core.validate import validate_rows

    stamps = [str(int(t.timestamp() * 1000)) for t in _times(HOURS * 2)]
    table = load_table(_csv(tmp_path, stamps))
    before = validate(table, _mapping(), now=NOW)
    assert not before.groups
    df = table.df.copy()
    df.loc[3, "ts"] = "1704067200"  # seconds' size in a column of milliseconds
    df.loc[7, "ts"] = str(int(datetime(1999, 5, 5, tzinfo=UTC).timestamp() * 1000))
    edited_table = type(table)(df=df, row_numbers=table.row_numbers, info=table.info)
    edited = validate_rows(edited_table, _mapping(), [3, 7], before)
    full = validate(edited_table, _mapping(), now=NOW)
    assert [(i.row_number, i.code) for i in edited.issues] == [
        (5, "implausible_timestamp"),
        (9, "far_out_timestamp"),
    ]
    assert [(i.row_number, i.code, i.message) for i in edited.issues] == [
        (i.row_number, i.code, i.message) for i in full.issues
    ]
    assert [(g.code, g.rows, g.summary) for g in edited.groups] == [
        (g.code, g.rows, g.summary) for g in full.groups
    ]


def test_an_edit_carries_the_whole_columns_fix_not_its_own(tmp_path):
    # Alone, the edited value would read better as seconds; the column (milliseconds) would not.
    from app.core.validate import validate_rows

    stamps = [str(int(t.timestamp() * 1000)) for t in _times(HOURS * 2)]
    table = load_table(_csv(tmp_path, stamps))
    before = validate(table, _mapping(), now=NOW)
    df = table.df.copy()
    df.loc[3, "ts"] = "1704067200"
    edited_table = type(table)(df=df, row_numbers=table.row_numbers, info=table.info)
    edited = validate_rows(edited_table, _mapping(), [3], before)
    full = validate(edited_table, _mapping(), now=NOW)
    assert [(g.code, g.fix, g.rows) for g in edited.groups] == [
        (g.code, g.fix, g.rows) for g in full.groups
    ]
    assert full.groups[0].fix is None


def test_the_unit_fix_is_offered_only_on_rows_it_mends(tmp_path):
    stamps = [str(int(t.timestamp() * 1000)) for t in _times(HOURS)]
    stamps[5] = "1000"  # 1970 in seconds and in milliseconds alike: no unit mends it
    stamps[9] = "100000000000"  # year 5138 as seconds, 1973 as milliseconds
    result = _validate(_csv(tmp_path, stamps), _mapping(numeric_dates="epoch_s"))
    groups = _groups(result)
    assert groups["implausible_timestamp:None"] == (7,)
    assert groups["future_timestamp:epoch_ms"] == (11,)
    assert len(groups["invalid_timestamp:epoch_ms"]) == 28
