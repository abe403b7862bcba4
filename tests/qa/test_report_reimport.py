"""A rejection report loaded again with the same template sends only the original columns."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.core.fields import get_schema
from app.core.mapping import (
    apply_template,
    save_template,
    suggest_mapping,
    template_matches,
)
from app.core.report import write_rejection_report
from app.core.sources import load_table

HEADERS = ["user_id", "event", "occurred_at", "plan"]
REPORT_EXTRAS = {"Row", "Field", "Code", "Reason", "State"}


@dataclass
class Outcome:
    row: int
    state: str
    code: str | None
    field: str | None
    message: str | None
    original: dict[str, Any] | None


@pytest.fixture
def source_and_report(tmp_path: Path) -> tuple[Path, Path]:
    source = tmp_path / "events.csv"
    lines = [",".join(HEADERS)]
    outcomes = []
    for i in range(6):
        values = [f"U{i}", "signup", f"2024-01-0{i + 1}T10:00:00Z", "trial"]
        lines.append(",".join(values))
        outcomes.append(
            Outcome(
                i + 2,
                "rejected",
                "validation",
                "plan",
                "plan not allowed",
                dict(zip(HEADERS, values, strict=True)),
            )
        )
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = write_rejection_report(outcomes, tmp_path / "rejected.csv", columns=HEADERS)
    return source, report


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_template_on_report_leaves_backfill_columns_out(source_and_report, tmp_path, suffix):
    source, report_csv = source_and_report
    report = report_csv
    if suffix == ".xlsx":
        table = load_table(report_csv)
        outcomes = [
            Outcome(
                int(r["Row"]), "rejected", "validation", "plan", "x", {h: r[h] for h in HEADERS}
            )
            for r in table.df.to_dict("records")
        ]
        report = write_rejection_report(outcomes, tmp_path / "rejected.xlsx", columns=HEADERS)
    original = load_table(source)
    schema = get_schema("flokit-events")
    template = save_template(
        suggest_mapping(original, schema).mapping, original.headers, tmp_path / "t.json"
    )

    reloaded = load_table(report)
    assert set(reloaded.headers) >= REPORT_EXTRAS
    assert template_matches(template, reloaded.headers)  # so the app applies it on its own
    applied = apply_template(template, reloaded.headers)
    sent = {p.column for p in applied.mapping.extra_plan(reloaded.headers)}
    assert sent == {"plan"}
    assert not applied.missing_columns
    assert not set(applied.new_columns) & REPORT_EXTRAS


def test_suggestion_on_report_leaves_backfill_columns_out(source_and_report):
    _, report = source_and_report
    table = load_table(report)
    suggestion = suggest_mapping(table, get_schema("vibefollow-events"))
    mapped = suggestion.mapping.mapped_columns()
    sent = {p.column for p in suggestion.mapping.extra_plan(table.headers)}
    assert not (mapped | sent) & REPORT_EXTRAS
    assert "plan" in sent
