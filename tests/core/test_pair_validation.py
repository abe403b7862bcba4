"""The event part of a pair validated before sending: the same findings its preparation
meets (`app.core.pair_validation` over `event_mapping`), and its times in the histogram."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from app.core.mapping import event_mapping
from app.core.pair_validation import event_group_message, event_part_tally
from app.core.sources import load_table
from app.core.stream import open_sliced, sliced_table
from app.core.table import Table
from app.core.tally import ValidationTally, validated_slices
from tests.upload.pair_files import THEN_EVENT, USERS_MAPPING

NOW = datetime(2026, 1, 1, tzinfo=UTC)
SHEET = """id,email,plan,signed_up
u0,u0@example.com,free,2024-03-04T10:00:00Z
u1,u1@example.com,pro,
u2,u2@example.com,free,not a date
u3,u3@example.com,pro,1960-01-01T00:00:00Z
u4,u4@example.com,free,2099-01-01T00:00:00Z
"""


def _sheet(tmp_path: Path) -> Path:
    path = tmp_path / "signups.csv"
    path.write_text(SHEET, encoding="utf-8")
    return path


def test_each_event_time_problem_is_found(tmp_path):
    tally = event_part_tally(open_sliced(_sheet(tmp_path)), USERS_MAPPING, THEN_EVENT, now=NOW)
    codes = {g.code: g.first_rows for g in tally.sorted_groups()}
    assert codes["invalid_timestamp"] == [4]
    assert codes["empty_timestamp"] == [3]
    assert codes["implausible_timestamp"] == [5]
    assert codes["future_timestamp"] == [6]
    assert (tally.rows, tally.valid, tally.invalid) == (5, 4, 1)
    assert tally.insight is not None
    # The chart counts the valid rows' own times: the empty cell's validation time is not one.
    assert sum(b.count for b in tally.insight.histogram().bins) == 3


def test_the_findings_are_those_of_the_pair_preparation(tmp_path):
    path = _sheet(tmp_path)
    before = event_part_tally(open_sliced(path), USERS_MAPPING, THEN_EVENT, now=NOW)
    prepared = ValidationTally()
    events = event_mapping(USERS_MAPPING, THEN_EVENT)
    for _ in validated_slices(open_sliced(path), events, prepared, now=NOW):
        pass
    assert [g.message for g in before.sorted_groups()] == [
        g.message for g in prepared.sorted_groups()
    ]
    assert (before.valid, before.invalid) == (prepared.valid, prepared.invalid)


def test_excluded_rows_are_left_out_of_the_event_part(tmp_path):
    tally = event_part_tally(
        open_sliced(_sheet(tmp_path)),
        USERS_MAPPING,
        THEN_EVENT,
        now=NOW,
        excluded_rows=frozenset({4}),
    )
    assert tally.invalid == 0 and "invalid_timestamp" not in {g.code for g in tally.sorted_groups()}


def test_the_event_part_names_its_problems():
    assert event_group_message("1 row: x") == "Event: 1 row: x"


def test_a_table_in_memory_is_checked_as_its_file(tmp_path):
    path = _sheet(tmp_path)
    table = load_table(path)
    whole = event_part_tally(sliced_table(table), USERS_MAPPING, THEN_EVENT, now=NOW)
    halves = [_rows(table, 0, 2), _rows(table, 2, 5)]
    paged = event_part_tally(
        sliced_table(halves[0], lambda: iter(halves)), USERS_MAPPING, THEN_EVENT, now=NOW
    )
    read = event_part_tally(open_sliced(path), USERS_MAPPING, THEN_EVENT, now=NOW)
    for tally in (whole, paged):
        assert (tally.rows, tally.invalid) == (read.rows, read.invalid)
        assert [g.message for g in tally.sorted_groups()] == [
            g.message for g in read.sorted_groups()
        ]


def _rows(table: Table, start: int, stop: int) -> Table:
    return Table(
        table.df.iloc[start:stop].reset_index(drop=True), table.row_numbers[start:stop], table.info
    )
