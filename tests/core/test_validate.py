"""Every validation rule, payload shapes, issue groups, partial re-validation and the report."""

from __future__ import annotations

import csv
import threading
from datetime import UTC, datetime

import numpy as np
import pandas as pd
import pytest

from app.core.mapping import ExtraColumn, FieldSource, Mapping
from app.core.report_cells import encode_cell as neutralise_cell
from app.core.table import SourceInfo, Table
from app.core.validate import (
    MappingProblem,
    ValidationCancelled,
    validate,
    validate_rows,
    write_issue_report,
)

NOW = datetime(2024, 6, 1, 12, 0, 0, tzinfo=UTC)


def make_table(columns: dict[str, list[str]], first_row: int = 2) -> Table:
    df = pd.DataFrame({k: pd.Series(v, dtype="str") for k, v in columns.items()})
    rows = np.arange(first_row, first_row + len(df))
    return Table(df=df, row_numbers=rows, info=SourceInfo(path="x.csv", format="csv"))  # type: ignore[arg-type]


def users_mapping(**extras) -> Mapping:
    return Mapping(
        destination="vibefollow-users",
        fields={
            "external_user_id": FieldSource.from_column("id"),
            "email": FieldSource.from_column("email"),
        },
        **extras,
    )


def events_mapping(
    dest: str = "vibefollow-events", timestamp: str | None = "when", **options
) -> Mapping:
    names = {
        "vibefollow-events": ("external_user_id", "name"),
        "ourspriv-events": ("distinctId", "event"),
        "flokit-events": ("user_id", "event"),
    }[dest]
    fields = {names[0]: FieldSource.from_column("user"), names[1]: FieldSource.from_column("event")}
    if timestamp:
        fields["timestamp"] = FieldSource.from_column(timestamp, **options)
    return Mapping(destination=dest, fields=fields)


def codes(result) -> list[tuple[int, str, str]]:
    return [(i.row_number, i.code, i.severity) for i in result.issues]


# --- Payload shapes ---------------------------------------------------------------------------


def test_users_payload_shape_and_traits():
    table = make_table(
        {
            "id": ["u1", "u2"],
            "email": ["ann@x.io", ""],
            "Plan Type": ["pro", ""],
            "Seats": ["3", "4"],
        }
    )
    result = validate(
        table, users_mapping(extras={"Seats": ExtraColumn(value_type="number")}), now=NOW
    )
    assert result.valid_count == 2 and result.issues == []
    assert [r.row for r in result.records] == [2, 3]
    assert result.records[0].payload == {
        "external_user_id": "u1",
        "email": "ann@x.io",
        "traits": {"plan_type": "pro", "seats": 3},
    }
    # empty optional email and empty trait are left out, not sent as ""
    assert result.records[1].payload == {"external_user_id": "u2", "traits": {"seats": 4}}
    assert result.timestamp_fixed_at is None


@pytest.mark.parametrize(
    ("dest", "keys"),
    [
        ("vibefollow-events", ["external_user_id", "name", "timestamp", "properties"]),
        ("ourspriv-events", ["event", "distinctId", "timestamp", "properties"]),
        ("flokit-events", ["event", "user_id", "timestamp", "properties"]),
    ],
)
def test_event_payload_shapes(dest, keys):
    table = make_table(
        {"user": ["u1"], "event": ["signup"], "when": ["2024-03-15 14:20"], "plan": ["pro"]}
    )
    result = validate(table, events_mapping(dest), now=NOW)
    payload = result.records[0].payload
    assert list(payload) == keys
    assert payload["timestamp"] == "2024-03-15T14:20:00Z"
    assert payload["properties"] == {"plan": "pro"}


def test_record_batches_match_records():
    n = 2500
    table = make_table(
        {
            "id": [f"u{i}" if i % 7 else "" for i in range(n)],
            "email": [f"p{i}@x.io" if i % 2 else "" for i in range(n)],
            "plan": ["pro" if i % 3 else "" for i in range(n)],
        }
    )
    result = validate(table, users_mapping(), now=NOW)
    batches = list(result.iter_record_batches(1000))
    assert [len(b) for b in batches] == [1000, 1000, result.valid_count - 2000]
    flat = [record for batch in batches for record in batch]
    assert flat == result.records
    assert [len(b) for b in result.iter_record_batches(1000)] == [len(b) for b in batches]


def test_events_without_timestamp_column_get_one_fixed_time():
    table = make_table({"user": ["u1", "u2"], "event": ["a", "b"]})
    result = validate(table, events_mapping(timestamp=None), now=NOW)
    assert result.timestamp_fixed_at == "2024-06-01T12:00:00Z"
    assert {r.payload["timestamp"] for r in result.records} == {"2024-06-01T12:00:00Z"}
    assert "properties" not in result.records[0].payload


def test_fixed_timestamp_collapsing_repeated_events_is_explained():
    table = make_table({"user": ["u1", "u1", "u2"], "event": ["login", "login", "login"]})
    result = validate(table, events_mapping(timestamp=None), now=NOW)
    assert codes(result) == [(3, "duplicate", "warning")]
    assert "map a timestamp column" in str(result.notes[0])
    assert str(result.notes[0]).startswith("1 event repeats an earlier row's user and name.")


def test_constant_source_and_extras_ignored():
    table = make_table({"user": ["u1"], "when": ["2024-01-01"], "notes": ["x"]})
    mapping = Mapping(
        destination="flokit-events",
        fields={
            "event": FieldSource.from_constant("imported"),
            "user_id": FieldSource.from_column("user"),
            "timestamp": FieldSource.from_column("when"),
        },
        extras_policy="ignore",
    )
    result = validate(table, mapping, now=NOW)
    assert result.records[0].payload == {
        "event": "imported",
        "user_id": "u1",
        "timestamp": "2024-01-01T00:00:00Z",
    }


# --- Rules ------------------------------------------------------------------------------------


def test_required_fields_missing_or_only_spaces():
    table = make_table({"id": ["u1", "", "   "], "email": ["", "", ""]})
    result = validate(table, users_mapping(), now=NOW)
    assert codes(result) == [(3, "missing", "error"), (4, "blank", "error")]
    assert result.invalid_rows == [3, 4]
    assert result.valid_count == 1
    issue = result.issues_for_row(3)[0]
    assert issue.column == "id" and issue.field == "external_user_id"
    assert issue.message == "User ID is empty"


def test_spaces_around_ids_are_warned_with_trim_fix():
    table = make_table({"id": [" u1", "u2"], "email": ["", ""]})
    result = validate(table, users_mapping(), now=NOW)
    assert codes(result) == [(2, "surrounding_spaces", "warning")]
    assert result.groups[0].fix == "trim"
    assert result.valid_count == 2
    trimmed = users_mapping().with_field(
        "external_user_id", FieldSource.from_column("id", transforms=("trim",))
    )
    again = validate(table, trimmed, now=NOW)
    assert again.issues == [] and again.records[0].payload["external_user_id"] == "u1"


def test_email_rules_and_their_fixes():
    table = make_table(
        {
            "id": ["1", "2", "3", "4", "5", "6", "7"],
            "email": [
                "ann@x.io",
                "not-an-email",
                " bob@x.io ",
                "Cat@X.io",
                "a..b@x.io",
                "d@x",
                "@x.io",
            ],
        }
    )
    result = validate(table, users_mapping(), now=NOW)
    assert codes(result) == [
        (3, "invalid_email", "error"),
        (4, "email_spaces", "error"),
        (5, "mixed_case_email", "warning"),
        (6, "invalid_email", "error"),
        (7, "invalid_email", "error"),
        (8, "invalid_email", "error"),
    ]
    groups = {g.code: g for g in result.groups}
    assert groups["invalid_email"].count == 4
    assert (
        groups["invalid_email"].message == "4 rows: email is not a valid address — rows 3, 6, 7, 8"
    )
    assert groups["invalid_email"].fix is None
    assert groups["email_spaces"].fix == "trim"
    assert groups["mixed_case_email"].fix == "lowercase"
    fixed = users_mapping().with_field(
        "email", FieldSource.from_column("email", transforms=("trim", "lowercase"))
    )
    again = validate(table, fixed, now=NOW)
    assert {i.row_number for i in again.issues} == {3, 6, 7, 8}
    assert again.records[1].payload["email"] == "bob@x.io"


def test_timestamp_rules():
    table = make_table(
        {
            "user": ["u"] * 6,
            "event": ["a", "b", "c", "d", "e", "f"],
            "when": ["2024-03-01", "soon", "2030-01-01", "1970-01-02", "", "2024-02-30"],
        }
    )
    result = validate(table, events_mapping(), now=NOW)
    assert codes(result) == [
        (3, "invalid_timestamp", "error"),
        (4, "future_timestamp", "warning"),
        (5, "implausible_timestamp", "warning"),
        (6, "empty_timestamp", "warning"),
        (7, "invalid_timestamp", "error"),
    ]
    assert result.issues_for_row(7)[0].message == "Timestamp: no such date or time"
    empty_row = next(r for r in result.records if r.row == 6)
    assert empty_row.payload["timestamp"] == "2024-06-01T12:00:00Z"


def test_wrong_date_order_group_offers_the_switch():
    table = make_table(
        {"user": ["u1", "u2"], "event": ["a", "b"], "when": ["03/04/2024", "04/25/2024"]}
    )
    result = validate(table, events_mapping(date_order="day_first"), now=NOW)
    group = result.error_groups[0]
    assert group.code == "invalid_timestamp" and group.fix == "month_first"
    assert group.rows == (3,)
    switched = validate(
        table, events_mapping(date_order="day_first").with_fix("timestamp", group.fix), now=NOW
    )
    assert switched.invalid_count == 0
    assert [r.payload["timestamp"] for r in switched.records] == [
        "2024-03-04T00:00:00Z",
        "2024-04-25T00:00:00Z",
    ]


def test_ambiguous_auto_dates_are_noted():
    table = make_table({"user": ["u1"], "event": ["a"], "when": ["03/04/2024"]})
    result = validate(table, events_mapping(), now=NOW)
    assert result.notes and "day-first or month-first" in str(result.notes[0])


def test_typed_properties_must_convert():
    table = make_table(
        {
            "id": ["1", "2", "3"],
            "email": ["", "", ""],
            "Seats": ["3", "three", ""],
            "Meta": ['{"a": 1}', "{", "[]"],
        }
    )
    mapping = users_mapping(
        extras={"Seats": ExtraColumn(value_type="number"), "Meta": ExtraColumn(value_type="json")}
    )
    result = validate(table, mapping, now=NOW)
    assert [(i.row_number, i.field, i.column) for i in result.issues] == [
        (3, "traits.seats", "Seats"),
        (3, "traits.meta", "Meta"),
    ]
    assert result.records[0].payload["traits"] == {"seats": 3, "meta": {"a": 1}}
    assert result.records[1].payload["traits"] == {"meta": []}


def test_record_size_limit():
    table = make_table({"id": ["1", "2"], "email": ["", ""], "notes": ["x" * 40_000, "short"]})
    result = validate(table, users_mapping(), now=NOW)
    assert codes(result) == [(2, "record_too_large", "error")]
    assert "32 KB" in result.issues[0].message


def test_duplicate_events_use_the_servers_dedupe_key():
    table = make_table(
        {
            "user": ["u1", "u1", "u1", "u2", "u1"],
            "event": ["a", "a", "a", "a", "b"],
            "when": [
                "2024-01-01 10:00",
                "2024-01-01T10:00:00Z",
                "2024-01-01 10:01",
                "2024-01-01 10:00",
                "2024-01-01 10:00",
            ],
            "extra": ["1", "2", "3", "4", "5"],
        }
    )
    result = validate(table, events_mapping(), now=NOW)
    assert codes(result) == [(3, "duplicate", "warning")]
    assert result.issues[0].message == "Same user id, event name, timestamp as row 2"
    assert "VibeFollow keeps only one" in result.groups[0].message
    assert result.valid_count == 5


def test_duplicate_users_and_whole_record_duplicates():
    users = make_table({"id": ["u1", "u2", "u1"], "email": ["a@x.io", "b@x.io", "c@x.io"]})
    result = validate(users, users_mapping(), now=NOW)
    assert codes(result) == [(4, "duplicate", "warning")]
    assert "updates the same user" in result.groups[0].summary
    flokit = make_table(
        {
            "user": ["u1", "u1", "u1"],
            "event": ["a", "a", "a"],
            "when": ["2024-01-01"] * 3,
            "p": ["1", "1", "2"],
        }
    )
    result = validate(flokit, events_mapping("flokit-events"), now=NOW)
    assert codes(result) == [(3, "duplicate", "warning")]


def test_invalid_rows_are_not_counted_as_duplicates():
    table = make_table({"id": ["", "", "u1"], "email": ["x", "x", "a@x.io"]})
    result = validate(table, users_mapping(), now=NOW)
    assert all(i.code != "duplicate" for i in result.issues)


def test_excluded_rows_are_skipped():
    table = make_table({"id": ["u1", "", "u3"], "email": ["", "", ""]})
    result = validate(table, users_mapping(), now=NOW, excluded_rows={3})
    assert result.invalid_count == 0
    assert [r.row for r in result.records] == [2, 4]
    assert result.total_rows == 2
    assert "1 excluded" in result.summary_line()


def test_mapping_problems_are_refused():
    table = make_table({"id": ["u1"]})
    with pytest.raises(MappingProblem, match="User ID"):
        validate(table, Mapping(destination="vibefollow-users"), now=NOW)
    with pytest.raises(MappingProblem, match="'email'"):
        validate(table, users_mapping(), now=NOW)


def test_groups_cells_and_summary():
    table = make_table({"id": [str(i) if i % 3 else "" for i in range(33)], "email": [""] * 33})
    result = validate(table, users_mapping(), now=NOW)
    group = result.groups[0]
    assert group.count == 11
    assert group.rows[-1] == 32
    assert group.first_rows == tuple(range(2, 32, 3))
    assert group.message.endswith("rows 2, 5, 8, 11, 14, 17, 20, 23, 26, 29, …")
    assert result.cell_messages[(2, "id")] == "User ID is empty"
    assert result.summary_line() == "33 rows: 22 valid, 11 invalid"


def test_progress_and_cancel():
    table = make_table({"id": ["u1"], "email": [""]})
    steps = []
    validate(table, users_mapping(), now=NOW, progress=lambda d, t, m: steps.append((d, t, m)))
    assert steps and steps[-1][0] == steps[-1][1]
    stop = threading.Event()
    stop.set()
    with pytest.raises(ValidationCancelled):
        validate(table, users_mapping(), now=NOW, cancel=stop)


# --- Re-validating edited rows ----------------------------------------------------------------


def test_validate_rows_after_an_edit():
    table = make_table({"id": ["u1", "", "u3"], "email": ["a@x.io", "b@x.io", "bad"]})
    first = validate(table, users_mapping(), now=NOW)
    assert first.invalid_rows == [3, 4]
    table.df.loc[1, "id"] = "u2"
    second = validate_rows(table, users_mapping(), [1], first)
    assert second.invalid_rows == [4]
    assert [r.row for r in second.records] == [2, 3]
    assert second.records[1].payload == {"external_user_id": "u2", "email": "b@x.io"}
    assert [g.code for g in second.groups] == ["invalid_email"]
    assert second.groups[0].message == "1 row: email is not a valid address — row 4"
    assert second.issues_for_row(3) == [] and second.cell_messages == {
        (4, "email"): "Email is not a valid address"
    }
    # an edit can also create a duplicate of another row
    table.df.loc[2, ["id", "email"]] = ["u1", "c@x.io"]
    third = validate_rows(table, users_mapping(), [2], second)
    assert codes(third) == [(4, "duplicate", "warning")]
    assert third.issues[0].message == "Same user id as row 2"
    assert third.valid_count == 3
    assert third.timestamp_fixed_at == first.timestamp_fixed_at


# --- Issue report -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["=HYPERLINK(1)", "+A1", "-1+1", "@SUM(A1)", "\tx", "\rx"])
def test_neutralise_formula_cells(text):
    assert neutralise_cell(text) == "'" + text
    assert neutralise_cell("plain") == "plain"
    # One rule with the rejection report: plain numbers stay, a NUL is escaped.
    assert neutralise_cell("-1") == "-1" and neutralise_cell("+1") == "+1"
    assert neutralise_cell("\0x") == "'_x0000_x"


def test_issue_report(tmp_path):
    table = make_table({"=cmd": ["", "u2"], "email": ["", "bad"]})
    mapping = Mapping(
        destination="vibefollow-users",
        fields={
            "external_user_id": FieldSource.from_column("=cmd"),
            "email": FieldSource.from_column("email"),
        },
    )
    result = validate(table, mapping, now=NOW)
    path = write_issue_report(result, tmp_path / "out" / "issues.csv")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["Row", "Severity", "Column", "Field", "Code", "Message"]
    assert rows[1] == ["2", "error", "'=cmd", "external_user_id", "missing", "User ID is empty"]
    assert rows[2][:5] == ["3", "error", "email", "email", "invalid_email"]
