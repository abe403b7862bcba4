"""A rejection report loads again with the same template: same columns, same payloads."""

from __future__ import annotations

import pytest

from app.core.fields import get_schema
from app.core.mapping import apply_template, load_template, save_template, suggest_mapping
from app.core.report import (
    exclude_report_columns,
    report_extra_columns,
    write_rejection_report,
)
from app.core.sources import load_table
from app.core.validate import validate
from tests.core.test_rejection_report import Outcome

SOURCE = (
    "Customer ID,Action,When,Plan,Seats,Note\r\n"
    "C1,signup,2024-03-04T10:05:00Z,pro,3,first\r\n"
    'C2,trial,2024-03-05T11:00:00Z,free,-5,=HYPERLINK("http://x")\r\n'
    "C3,signup,2024-03-06T12:30:00Z,team,+7,@mention\r\n"
    "C4,upgrade,2024-03-07T09:00:00Z,pro,007,- dash\r\n"
)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_report_reimports_with_the_same_template(tmp_path, suffix):
    src = tmp_path / "events.csv"
    src.write_text(SOURCE, encoding="utf-8")
    table = load_table(src)
    suggestion = suggest_mapping(table, get_schema("vibefollow-events"))
    template_path = tmp_path / "events.mapping.json"
    save_template(suggestion.mapping, table.headers, template_path)
    first = validate(table, suggestion.mapping)
    payload_of = {r.row: r.payload for r in first.records}
    cells = {
        int(n): {h: str(table.df[h].iloc[i]) for h in table.headers}
        for i, n in enumerate(table.row_numbers)
    }
    outcomes = [Outcome(row, "rejected", "bad", "name", "nope", cells[row]) for row in (2, 3, 4, 5)]

    report = write_rejection_report(outcomes, tmp_path / f"rejected{suffix}", columns=table.headers)
    again = load_table(report)
    assert again.headers == [*table.headers, "Row", "Field", "Code", "Reason", "State"]
    assert report_extra_columns(again.headers) == ["Row", "Field", "Code", "Reason", "State"]
    applied = apply_template(load_template(template_path), again.headers)
    assert applied.missing_columns == ()
    assert applied.mapping.fields == suggestion.mapping.fields
    mapping = exclude_report_columns(applied.mapping, again.headers)
    planned = {p.column for p in mapping.extra_plan(again.headers)}
    assert planned == {"Plan", "Seats", "Note"}  # Row/Field/Code/Reason/State never sent

    result = validate(again, mapping)
    assert result.invalid_count == 0
    by_customer = {r.payload["external_user_id"]: r.payload for r in result.records}
    for row in (2, 3, 4, 5):
        original = payload_of[row]
        redone = by_customer[original["external_user_id"]]
        # Identity, event and time survive exactly; so do plain numbers like -5 and +7.
        for key in ("external_user_id", "name", "timestamp"):
            assert redone[key] == original[key]
        assert redone["properties"]["plan"] == original["properties"]["plan"]
        assert redone["properties"]["seats"] == original["properties"]["seats"]
    # Formula-looking text comes back visibly neutralised, never as a formula.
    assert by_customer["C2"]["properties"]["note"] == '\'=HYPERLINK("http://x")'
    assert by_customer["C3"]["properties"]["note"] == "'@mention"
    assert by_customer["C4"]["properties"]["note"] == "'- dash"
    assert by_customer["C1"]["properties"]["note"] == "first"
