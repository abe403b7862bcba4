"""Qt-free: value maps (issue 13.5) — counting a column's values, suggesting obvious maps,
applying them to what is validated and sent, and keeping them in templates."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import orjson
import pandas as pd
import pytest

from app.core.mapping import (
    ExtraColumn,
    FieldSource,
    Mapping,
    apply_template,
    load_template,
    save_template,
)
from app.core.table import SourceInfo, Table
from app.core.validate import validate, validate_rows
from app.core.value_maps import (
    ValueCount,
    apply_value_map,
    distinct_values,
    few_value_columns,
    looks_boolean,
    sent_cell,
    suggest_value_map,
    value_map_lines,
)

NOW = datetime(2024, 6, 1, 12, 0, 0, tzinfo=UTC)


def make_table(columns: dict[str, list[str]]) -> Table:
    df = pd.DataFrame({k: pd.Series(v, dtype="str") for k, v in columns.items()})
    rows = np.arange(2, 2 + len(df))
    return Table(df=df, row_numbers=rows, info=SourceInfo(path=Path("x.csv"), format="csv"))


def users_mapping(**options) -> Mapping:
    return Mapping(
        destination="vibefollow-users",
        fields={"external_user_id": FieldSource.from_column("id")},
        **options,
    )


# -- counting -----------------------------------------------------------------------------------


def test_distinct_values_counts_the_whole_column_most_common_first():
    values = pd.Series(["Pro", "PRO", "", "Pro", "free", None, "Pro", "free"], dtype="str")
    assert distinct_values(values) == (
        ValueCount("Pro", 3),
        ValueCount("free", 2),
        ValueCount("PRO", 1),
    )


def test_distinct_values_gives_up_above_the_limit_even_when_the_head_is_small():
    # The first 2,000 rows hold 3 values; the rest of the column holds 30 more.
    head = ["a", "b", "c"] * 700
    tail = [f"v{i}" for i in range(30)]
    assert distinct_values(pd.Series(head + tail, dtype="str")) is None
    assert distinct_values(pd.Series(head + tail, dtype="str"), limit=40) is not None
    assert distinct_values(pd.Series([f"id{i}" for i in range(5000)], dtype="str")) is None


def test_few_value_columns_skips_ids_and_empty_columns():
    table = make_table(
        {
            "id": [f"u{i}" for i in range(30)],
            "plan": ["pro", "free", "PRO"] * 10,
            "empty": [""] * 30,
        }
    )
    found = few_value_columns(table, ["id", "plan", "empty", "not there"])
    assert list(found) == ["plan"]
    assert [vc.value for vc in found["plan"]] == ["PRO", "free", "pro"]  # ties by text


# -- suggestions ----------------------------------------------------------------------------------


def counts(*pairs: tuple[str, int]) -> tuple[ValueCount, ...]:
    return tuple(ValueCount(v, c) for v, c in pairs)


def test_yes_no_family_becomes_true_false_only_for_a_boolean_target():
    found = counts(("Y", 5), ("N", 4), ("yes", 2), ("1", 1), ("Off", 1), ("true", 3))
    assert suggest_value_map(found, boolean=True) == {
        "Y": "true",
        "N": "false",
        "yes": "true",
        "1": "true",
        "Off": "false",
    }
    # Not boolean-ish: Y and yes are different words, nothing to suggest.
    assert suggest_value_map(found, boolean=False) == {}


def test_case_and_space_variants_go_to_the_most_common_spelling():
    found = counts(("pro", 7), ("Pro", 3), ("PRO", 2), (" pro ", 1), ("free", 4), ("pro plan", 1))
    assert suggest_value_map(found, boolean=False) == {"Pro": "pro", "PRO": "pro", " pro ": "pro"}


def test_a_tie_prefers_the_spelling_without_stray_spaces_then_not_in_capitals():
    assert suggest_value_map(counts(("Gold ", 2), ("gold", 2)), boolean=False) == {"Gold ": "gold"}
    found = counts(("SIGN UP", 60), ("Sign up", 60), ("sign up", 60))
    assert suggest_value_map(found, boolean=False) == {"SIGN UP": "Sign up", "sign up": "Sign up"}


def test_boolean_ish_properties():
    yes_no = counts(("Y", 3), ("N", 2))
    assert looks_boolean(yes_no, "text")
    assert looks_boolean(counts(("anything", 1)), "boolean")
    assert not looks_boolean(counts(("Y", 3)), "text")  # only one side: could be anything
    assert not looks_boolean(counts(("Y", 3), ("maybe", 1), ("N", 1)), "text")
    assert not looks_boolean(yes_no, "number")


# -- application ----------------------------------------------------------------------------------


def test_apply_value_map_replaces_whole_cells_and_passes_the_rest():
    values = pd.Series(["Y", "N", "yes", "", None, "Yes please"], dtype="str", index=range(10, 16))
    out = apply_value_map(values, {"Y": "true", "N": "false", "yes": "true", "same": "same"})
    assert out.tolist()[:4] == ["true", "false", "true", ""]
    assert out.tolist()[5] == "Yes please"
    assert list(out.index) == list(values.index) and out.dtype == values.dtype


def test_mapped_values_are_validated_and_sent_unmapped_pass_unchanged():
    table = make_table(
        {
            "id": ["u1", "u2", "u3", "u4"],
            "Active": ["Y", "N", "yes", "maybe"],
            "Plan": ["Pro", "PRO", "pro plan", "free"],
        }
    )
    mapping = (
        users_mapping(extras={"Active": ExtraColumn(value_type="boolean")})
        .with_value_map("Active", {"Y": "true", "maybe": "false"})
        .with_value_map("Plan", {"Pro": "pro", "PRO": "pro", "pro plan": "pro"})
    )
    result = validate(table, mapping, now=NOW)
    assert result.issues == []
    traits = [r.payload["traits"] for r in result.records]
    assert traits == [
        {"active": True, "plan": "pro"},
        {"active": False, "plan": "pro"},  # N: no entry, read as boolean as before
        {"active": True, "plan": "pro"},
        {"active": False, "plan": "free"},
    ]
    # Without the map "maybe" is not a boolean: the map is what made the row valid.
    unmapped = validate(table, mapping.with_value_map("Active", {}), now=NOW)
    assert [i.code for i in unmapped.issues] == ["invalid_value"]


def test_a_field_value_map_applies_before_its_cleaning_and_checks():
    table = make_table({"id": ["n/a", "U1 ", "u2"]})
    mapping = Mapping(
        destination="vibefollow-users",
        fields={
            "external_user_id": FieldSource.from_column("id", transforms=("trim", "lowercase"))
        },
    ).with_value_map("id", {"n/a": "", "U1 ": "USER-1"})
    result = validate(table, mapping, now=NOW)
    assert [(i.row_number, i.code) for i in result.issues] == [(2, "missing")]
    assert [r.payload["external_user_id"] for r in result.records] == ["user-1", "u2"]


def test_an_edited_row_is_mapped_too():
    table = make_table({"id": ["u1", "u2"], "Plan": ["free", "free"]})
    mapping = users_mapping().with_value_map("Plan", {"PRO": "pro"})
    first = validate(table, mapping, now=NOW)
    table.df.loc[1, "Plan"] = "PRO"
    again = validate_rows(table, mapping, [1], first)
    assert [r.payload["traits"]["plan"] for r in again.records] == ["free", "pro"]


def test_a_million_rows_map_quickly():
    import time

    values = pd.Series(
        np.random.default_rng(1).choice(["Y", "N", "yes", ""], 1_000_000), dtype="str"
    )
    started = time.perf_counter()
    out = apply_value_map(values, {"Y": "true", "N": "false", "yes": "true"})
    assert time.perf_counter() - started < 2.0  # ~40 ms idle; generous under a loaded machine
    assert set(out.unique()) == {"true", "false", ""}


def test_sent_cell_and_the_description_lines():
    mapping = users_mapping().with_value_map("Plan", {"Pro": "pro", "PRO": "pro", "Y": "true"})
    assert sent_cell(mapping, "Plan", "PRO") == "pro"
    assert sent_cell(mapping, "Plan", "free") is None
    assert sent_cell(mapping, None, "PRO") is None
    assert value_map_lines(mapping) == ["Plan: 'Pro', 'PRO' → 'pro'; 'Y' → 'true'"]


# -- mapping and templates ----------------------------------------------------------------------


def test_with_value_map_drops_no_op_entries_and_empty_maps():
    mapping = users_mapping().with_value_map("Plan", {"pro": "pro", "": "x", "PRO": "pro"})
    assert mapping.value_maps == {"Plan": {"PRO": "pro"}}
    assert mapping.with_value_map("Plan", {"pro": "pro"}).value_maps == {}


def test_template_round_trip_keeps_value_maps(tmp_path):
    mapping = users_mapping().with_value_map("Plan", {"PRO": "pro", "n/a": ""})
    path = tmp_path / "t.json"
    save_template(mapping, ["id", "Plan"], path)
    assert orjson.loads(path.read_bytes())["mapping"]["value_maps"] == {
        "Plan": {"PRO": "pro", "n/a": ""}
    }
    loaded = load_template(path)
    assert loaded.mapping == mapping
    # A renamed column keeps its map on the next file.
    applied = apply_template(loaded, ["id", "Plans"]).mapping
    assert applied.value_maps == {"Plans": {"PRO": "pro", "n/a": ""}}
    # A column the next file lacks takes its map away with it.
    assert apply_template(loaded, ["id", "Country"]).mapping.value_maps == {}


def test_a_template_from_before_value_maps_loads_and_saves_as_before(tmp_path):
    old = {
        "version": 1,
        "name": "old",
        "headers": ["id", "Plan"],
        "mapping": {
            "destination": "vibefollow-users",
            "fields": {"external_user_id": {"kind": "column", "column": "id"}},
            "extras_policy": "include",
            "extras": {},
        },
    }
    path = tmp_path / "old.json"
    path.write_bytes(orjson.dumps(old))
    template = load_template(path)
    assert template.mapping.value_maps == {}
    assert template.to_dict() == old  # no value_maps key appears


@pytest.mark.parametrize(
    "value_maps",
    [["Plan"], {"Plan": ["PRO", "pro"]}, {"Plan": {"PRO": 1}}],
)
def test_a_damaged_value_map_is_refused_in_words(tmp_path, value_maps):
    data = {
        "destination": "vibefollow-users",
        "fields": {"external_user_id": {"kind": "column", "column": "id"}},
        "value_maps": value_maps,
    }
    path = tmp_path / "bad.json"
    path.write_bytes(orjson.dumps(data))
    with pytest.raises(ValueError, match="not a valid Backfill mapping file: .*value map"):
        load_template(path)
