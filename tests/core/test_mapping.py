"""Field schemas, mapping suggestions, date notes and templates."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from app.core.fields import DESTINATION_IDS, SCHEMAS, get_schema
from app.core.mapping import (
    ExtraColumn,
    FieldSource,
    Mapping,
    apply_template,
    date_note,
    load_template,
    save_template,
    snake_case,
    suggest_mapping,
    template_matches,
)
from app.core.table import SourceInfo, Table


def make_table(columns: dict[str, list[str]]) -> Table:
    df = pd.DataFrame({k: pd.Series(v, dtype="str") for k, v in columns.items()})
    n = len(df)
    return Table(
        df=df, row_numbers=np.arange(2, n + 2), info=SourceInfo(path="x.csv", format="csv")
    )  # type: ignore[arg-type]


def test_schemas_follow_the_vendor_documents():
    assert set(DESTINATION_IDS) == {
        "vibefollow-users",
        "vibefollow-events",
        "ourspriv-events",
        "flokit-events",
    }
    users = get_schema("vibefollow-users")
    assert users.record_kind == "user" and users.extras_key == "traits"
    assert [f.name for f in users.required_fields] == ["external_user_id"]
    assert users.field("email").kind == "email"
    events = get_schema("vibefollow-events")
    assert events.field_names == ("external_user_id", "name", "timestamp")
    assert events.dedupe_key == ("external_user_id", "name", "timestamp")
    assert get_schema("ourspriv-events").field_names == ("event", "distinctId", "timestamp")
    assert get_schema("flokit-events").field_names == ("event", "user_id", "timestamp")
    assert all(s.max_batch == 1000 for s in SCHEMAS.values())
    with pytest.raises(KeyError, match="Choose one of"):
        get_schema("segment")
    with pytest.raises(TypeError):
        SCHEMAS["x"] = users  # type: ignore[index]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Plan Type", "plan_type"),
        ("signUpDate", "sign_up_date"),
        ("Größe (cm)", "grosse_cm"),
        ("!!", "column"),
    ],
)
def test_snake_case(header, expected):
    assert snake_case(header) == expected


@pytest.mark.parametrize(
    ("headers", "dest", "field", "column"),
    [
        (["User ID", "Event", "Date"], "vibefollow-events", "external_user_id", "User ID"),
        (["userId", "action", "occurred_at"], "vibefollow-events", "name", "action"),
        (["customer_id", "Event Name", "When"], "flokit-events", "user_id", "customer_id"),
        (["customer_id", "Event Name", "When"], "flokit-events", "timestamp", "When"),
        (["distinct_id", "event", "time"], "ourspriv-events", "distinctId", "distinct_id"),
        (["E-mail", "Customer"], "vibefollow-users", "email", "E-mail"),
    ],
)
def test_synonyms(headers, dest, field, column):
    values = {
        h: ["2024-01-01"]
        if h in ("Date", "occurred_at", "When", "time")
        else ["a@b.io"]
        if h == "E-mail"
        else ["x"]
        for h in headers
    }
    suggestion = suggest_mapping(make_table(values), get_schema(dest))
    assert suggestion.mapping.source(field).column == column
    assert suggestion.fields[field].word in ("exact", "likely")
    assert suggestion.fields[field].reason


def test_value_sniffing_finds_unnamed_email_and_timestamp_columns():
    table = make_table(
        {
            "ref": ["C1", "C2"],
            "contact": ["ann@x.io", "bob@y.org"],
            "col3": ["2024-01-01 10:00", "2024-01-02 11:00"],
        }
    )
    users = suggest_mapping(table, get_schema("vibefollow-users"))
    assert users.mapping.source("email").column == "contact"
    assert users.fields["email"].word == "guess"
    assert "look like" in users.fields["email"].reason
    events = suggest_mapping(table, get_schema("vibefollow-events"))
    assert events.mapping.source("timestamp").column == "col3"


def test_value_sniffing_guesses_ids_and_event_names_from_content():
    table = make_table(
        {
            "col_a": ["u_1", "u_2", "u_3", "u_4", "u_5", "u_6"],
            "col_b": ["signup", "signup", "login", "signup", "login", "login"],
            "col_c": ["2024-01-01"] * 6,
        }
    )
    suggestion = suggest_mapping(table, get_schema("flokit-events"))
    assert suggestion.mapping.source("user_id").column == "col_a"
    assert suggestion.mapping.source("event").column == "col_b"
    assert suggestion.fields["user_id"].word == "guess"
    assert suggestion.fields["event"].word == "guess"


def test_exact_names_win_and_each_column_is_used_once():
    table = make_table(
        {"external_user_id": ["1"], "name": ["signup"], "user": ["2"], "timestamp": ["2024-01-01"]}
    )
    suggestion = suggest_mapping(table, get_schema("vibefollow-events"))
    assert suggestion.mapping.source("external_user_id").column == "external_user_id"
    assert suggestion.fields["external_user_id"].confidence == 1.0
    assert suggestion.fields["external_user_id"].word == "exact"
    assert suggestion.mapping.source("name").column == "name"
    # the leftover column goes into properties with a sniffed type
    plan = suggestion.mapping.extra_plan(table.headers)
    assert [(p.column, p.key, p.value_type) for p in plan] == [("user", "user", "number")]


def test_unmatched_field_has_no_confidence():
    suggestion = suggest_mapping(make_table({"foo": ["1"]}), get_schema("vibefollow-users"))
    assert suggestion.mapping.source("external_user_id").kind == "none"
    assert suggestion.fields["external_user_id"].word == "none"
    assert suggestion.mapping.missing_required()[0].name == "external_user_id"


def test_email_suggestion_trims_but_leaves_case_to_the_operator():
    suggestion = suggest_mapping(
        make_table({"id": ["1"], "Email": ["A@B.io"]}), get_schema("vibefollow-users")
    )
    assert suggestion.mapping.source("email").transforms == ("trim",)


def test_ambiguous_dates_are_never_silent():
    table = make_table(
        {"user": ["u1", "u2"], "event": ["a", "b"], "Date": ["03/04/2024", "05/06/2024 10:00"]}
    )
    suggestion = suggest_mapping(table, get_schema("vibefollow-events"))
    note = suggestion.date_notes[0]
    assert note.ambiguous and note.order == "day_first"
    assert "could be day-first or month-first" in note.message
    assert note.samples[0] == ("03/04/2024", "2024-04-03T00:00:00Z")
    assert note.alternative[0] == ("03/04/2024", "2024-03-04T00:00:00Z")
    assert suggestion.mapping.source("timestamp").date_order == "day_first"
    switched = date_note(table.df["Date"], "timestamp", "Date", order="month_first")
    assert switched is not None and switched.samples[0][1] == "2024-03-04T00:00:00Z"


def test_decided_dates_note_is_not_ambiguous():
    note = date_note(pd.Series(["12/31/2024", "01/02/2024"]), "timestamp", "d")
    assert note is not None and note.order == "month_first" and not note.ambiguous
    assert date_note(pd.Series(["2024-01-01"]), "timestamp", "d") is None


def test_mapping_round_trip_and_validation_of_names():
    mapping = Mapping(
        destination="flokit-events",
        fields={
            "event": FieldSource.from_constant("purchase"),
            "user_id": FieldSource.from_column("Customer", transforms=("trim",)),
            "timestamp": FieldSource.from_column(
                "When", date_order="month_first", timezone="Europe/Paris"
            ),
        },
        extras_policy="ignore",
        extras={"Seats": ExtraColumn(include=True, key="seat_count", value_type="number")},
    )
    again = Mapping.from_dict(mapping.to_dict())
    assert again == mapping
    assert again.extra_plan(["Customer", "When", "Seats", "Notes"])[0].key == "seat_count"
    assert len(again.extra_plan(["Customer", "When", "Seats", "Notes"])) == 1
    with pytest.raises(ValueError, match="no field"):
        Mapping.from_dict({"destination": "flokit-events", "fields": {"email": {"kind": "none"}}})
    with pytest.raises(ValueError):
        FieldSource(kind="column")
    with pytest.raises(ValueError, match="Unknown time zone"):
        FieldSource.from_column("When", timezone="Mars/Olympus")
    with pytest.raises(ValueError):
        FieldSource.from_column("x", transforms=("shout",))
    with pytest.raises(ValueError):
        mapping.with_field("nope", FieldSource())


def test_extra_keys_never_collide():
    mapping = Mapping(
        destination="vibefollow-users", fields={"external_user_id": FieldSource.from_column("id")}
    )
    plan = mapping.extra_plan(["id", "Plan Type", "plan_type", "Notes"])
    assert [p.key for p in plan] == ["plan_type", "plan_type_2", "notes"]
    excluded = mapping.with_extra("Notes", ExtraColumn(include=False))
    assert [p.column for p in excluded.extra_plan(["id", "Notes"])] == []


def _events_mapping() -> Mapping:
    return Mapping(
        destination="vibefollow-events",
        fields={
            "external_user_id": FieldSource.from_column("Customer ID"),
            "name": FieldSource.from_column("Action"),
            "timestamp": FieldSource.from_column("Signed up", date_order="day_first"),
        },
        extras={"Seats": ExtraColumn(value_type="number")},
    )


def test_template_save_load_and_exact_apply(tmp_path):
    headers = ["Customer ID", "Action", "Signed up", "Seats", "Region"]
    path = tmp_path / "templates" / "march.json"
    saved = save_template(_events_mapping(), headers, path, name="March customers")
    loaded = load_template(path)
    assert loaded == saved
    assert loaded.name == "March customers"
    assert template_matches(loaded, list(reversed(headers)))
    applied = apply_template(loaded, headers)
    assert applied.exact and applied.summary() == "all columns found"
    assert applied.mapping == _events_mapping()


def test_template_reports_missing_and_renamed_columns_by_name(tmp_path):
    headers = ["Customer ID", "Action", "Signed up", "Seats", "Region"]
    path = tmp_path / "t.json"
    save_template(_events_mapping(), headers, path)
    template = load_template(path)
    new_headers = ["customer_id", "Action", "Signed-up date", "Seats"]
    assert not template_matches(template, new_headers)
    applied = apply_template(template, new_headers)
    # normalised name match is not a rename; a fuzzy match is, and a vanished column is missing
    assert applied.mapping.source("external_user_id").column == "customer_id"
    assert applied.renamed_guesses == {"Signed up": "Signed-up date"}
    assert applied.mapping.source("timestamp").column == "Signed-up date"
    assert applied.mapping.source("timestamp").date_order == "day_first"
    assert applied.missing_columns == ("Region",)
    assert "1 column missing: 'Region'" in applied.summary()
    assert "'Signed up' → 'Signed-up date'" in applied.summary()


def test_template_missing_field_column_leaves_field_unmapped(tmp_path):
    path = tmp_path / "t.json"
    save_template(_events_mapping(), ["Customer ID", "Action", "Signed up", "Seats"], path)
    applied = apply_template(load_template(path), ["Customer ID", "Signed up", "Seats", "Zebra"])
    assert "Action" in applied.missing_columns
    assert applied.mapping.source("name").kind == "none"
    assert applied.new_columns == ("Zebra",)


def test_renamed_extra_keeps_its_property_key(tmp_path):
    path = tmp_path / "t.json"
    save_template(
        _events_mapping(), ["Customer ID", "Action", "Signed up", "Seats", "Plan name"], path
    )
    applied = apply_template(
        load_template(path), ["Customer ID", "Action", "Signed up", "Seats", "Plan names"]
    )
    assert applied.renamed_guesses == {"Plan name": "Plan names"}
    plan = {
        p.column: p.key
        for p in applied.mapping.extra_plan(
            ["Customer ID", "Action", "Signed up", "Seats", "Plan names"]
        )
    }
    assert plan["Plan names"] == "plan_name"


def test_bad_template_files(tmp_path):
    broken = tmp_path / "b.json"
    broken.write_text("{nope")
    with pytest.raises(ValueError, match="could not be read"):
        load_template(broken)
    wrong = tmp_path / "w.json"
    wrong.write_text('{"mapping": {"destination": "segment"}}')
    with pytest.raises(ValueError, match="not a valid Backfill mapping"):
        load_template(wrong)


def test_with_fix_applies_issue_group_fixes():
    mapping = _events_mapping().with_field(
        "external_user_id", FieldSource.from_column("Customer ID", transforms=("lowercase",))
    )
    fixed = mapping.with_fix("external_user_id", "trim")
    assert fixed.source("external_user_id").transforms == ("trim", "lowercase")
    assert fixed.with_fix("external_user_id", "trim") == fixed
    assert (
        mapping.with_fix("timestamp", "month_first").source("timestamp").date_order == "month_first"
    )
    with pytest.raises(ValueError, match="Unknown fix"):
        mapping.with_fix("name", "explode")
    unmapped = Mapping(destination="vibefollow-users")
    with pytest.raises(ValueError, match="not mapped"):
        unmapped.with_fix("email", "trim")
