"""A rejection report loaded again with the same template sends only the original columns."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.cli import run_cli
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


RISKY = {
    "phone": "+44 20 7946 0958",
    "note": "- call back",
    "link": '=HYPERLINK("http://evil","x")',
    "handle": "@x",
    "minus": "-2",
    "plus": "+1",
}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_report_is_guarded_yet_reimports_the_original_values(
    tmp_path, suffix, make_window, qtbot, capsys
):
    headers = ["user_id", "event", *RISKY]
    original = {"user_id": "U1", "event": "signup", **RISKY}
    outcome = Outcome(2, "rejected", "validation", "event", "bad", original)
    report = write_rejection_report([outcome], tmp_path / f"rejected{suffix}", columns=headers)

    # On disk every formula-like cell is guarded (plain numbers need no guard).
    if suffix == ".csv":
        text = report.read_text(encoding="utf-8-sig")
        assert "'=HYPERLINK(" in text and "'@x" in text and "'+44 20" in text
    else:
        sheet = openpyxl.load_workbook(report).active
        cells = [c.value for c in next(sheet.iter_rows(min_row=2))]
        assert '\'=HYPERLINK("http://evil","x")' in cells and "'@x" in cells

    # The CLI reads the values as they first were (what would be sent again)…
    capsys.readouterr()
    assert run_cli(["preview", str(report), "--json"]) == 0
    row = json.loads(capsys.readouterr().out)[0]
    assert {k: row[k] for k in RISKY} == RISKY

    # …and so does the app's Load step.
    window = make_window("flokit-events")
    task = window.pages[0].load_path(report)
    qtbot.waitUntil(lambda: not task.is_running, timeout=20_000)
    loaded = window.session.table.df.iloc[0]
    assert {k: loaded[k] for k in RISKY} == RISKY


def test_excel_report_says_when_a_cell_was_too_long(tmp_path):
    long_note = "x" * 40_000
    outcome = Outcome(7, "rejected", "validation", "note", "too long", {"note": long_note})
    report = write_rejection_report([outcome], tmp_path / "r.xlsx", columns=["note"])
    row = [c.value for c in next(openpyxl.load_workbook(report).active.iter_rows(min_row=2))]
    assert row[1] == 7
    assert "too long" in row[4] and "export CSV for the full text" in row[4]
    full = write_rejection_report([outcome], tmp_path / "r.csv", columns=["note"])
    assert long_note in full.read_text(encoding="utf-8-sig")
