"""Qt-free: a file's kind (users or events) and the choice of a saved template with drift."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from app.core.file_kind import destination_for, infer_file_kind
from app.core.mapping import FieldSource, Mapping, Template, save_template, template_path
from app.core.table import SourceInfo, Table
from app.core.template_choice import choose_template, load_templates


def table(columns: dict[str, list[str]]) -> Table:
    df = pd.DataFrame(columns, dtype="str")
    rows = np.arange(2, len(df) + 2, dtype=np.int64)
    return Table(df=df, row_numbers=rows, info=SourceInfo(path=Path("x.csv"), format="csv"))


def test_users_and_events_are_told_apart():
    users = table(
        {
            "User ID": [f"U{i}" for i in range(20)],
            "E-mail": [f"u{i}@example.com" for i in range(20)],
            "Signup Date": ["2024-01-02"] * 20,
        }
    )
    events = table(
        {
            "user_id": [f"U{i % 4}" for i in range(20)],
            "event": ["login", "purchase"] * 10,
            "occurred_at": ["2024-01-02T10:00:00Z"] * 20,
        }
    )
    assert infer_file_kind(users).kind == "user"
    assert infer_file_kind(events).kind == "event"
    assert destination_for("user", "vibefollow-events") == "vibefollow-users"
    assert destination_for("event", "vibefollow-users") == "vibefollow-events"
    assert destination_for("event", "flokit-events") == "flokit-events"
    assert destination_for(None, "flokit-events") == "flokit-events"


def test_template_without_json_ending_is_saved_with_it(tmp_path):
    mapping = Mapping("vibefollow-users", {"external_user_id": FieldSource.from_column("ID")})
    save_template(mapping, ["ID"], template_path(tmp_path / "Users v2"))
    assert (tmp_path / "Users v2.json").exists()
    assert [t.name for t in load_templates(tmp_path)] == ["Users v2"]


def test_choice_keeps_a_template_whose_required_column_was_renamed():
    mapping = Mapping(
        "vibefollow-users",
        {"external_user_id": FieldSource.from_column("Customer ID")},
    )
    template = Template("Payments", mapping, ("Customer ID", "Email", "Amount", "Region"))
    choice = choose_template([template], ["Client No", "Email", "Amount", "Sales Region"])
    assert choice is not None and not choice.exact
    assert choice.missing_required == ("User ID",)
    assert choice.proposals == {"Customer ID": "Client No", "Region": "Sales Region"}
    words = choice.drift_words()
    assert "Template 'Payments'" in words and "'Customer ID'" in words
    accepted = choice.accept_proposals(["Client No", "Email", "Amount", "Sales Region"])
    assert accepted.application.mapping.source("external_user_id").column == "Client No"
    assert not accepted.missing_required
