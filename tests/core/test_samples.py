"""The bundled sample spreadsheets load, show their deliberate problems, and are reproducible."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from app.core.fields import get_schema
from app.core.mapping import suggest_mapping
from app.core.sources import load_table
from app.core.validate import validate

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def _generator():
    spec = importlib.util.spec_from_file_location("make_samples", SAMPLES / "make_samples.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _groups(path: Path, dest: str) -> dict[str, tuple[int, ...]]:
    table = load_table(path)
    result = validate(table, suggest_mapping(table, get_schema(dest)).mapping)
    return {f"{g.field}:{g.code}": g.rows for g in result.groups}


def test_users_sample_problems():
    groups = _groups(SAMPLES / "users_sample.csv", "vibefollow-users")
    assert groups["external_user_id:missing"] == (17, 88, 143)
    assert groups["email:invalid_email"] == (24, 61, 102, 177)
    assert len(groups["email:mixed_case_email"]) == 8
    assert groups["record:duplicate"] == (190,)


def test_events_workbook_sample_problems():
    table = load_table(SAMPLES / "events_sample.xlsx")
    assert table.info.sheet == "Events" and table.info.header_row == 3 and len(table) == 500
    suggestion = suggest_mapping(table, get_schema("vibefollow-events"))
    assert suggestion.mapping.source("timestamp").column == "Date"
    assert suggestion.date_notes[0].order == "day_first"
    groups = _groups(SAMPLES / "events_sample.xlsx", "vibefollow-events")
    assert groups["external_user_id:missing"] == (124, 337)
    assert groups["timestamp:invalid_timestamp"] == (45,)
    assert groups["timestamp:future_timestamp"] == (254,)
    assert groups["record:duplicate"] == (305,)


def test_events_csv_sample_problems():
    groups = _groups(SAMPLES / "events_sample.csv", "flokit-events")
    assert groups["event:missing"] == (59, 213)
    assert groups["timestamp:invalid_timestamp"] == (142,)


def test_generator_reproduces_the_committed_files(tmp_path):
    make = _generator()
    make.write_users_csv(tmp_path / "u.csv")
    make.write_events_csv(tmp_path / "e.csv")
    make.write_events_xlsx(tmp_path / "e.xlsx")
    assert (tmp_path / "u.csv").read_bytes() == (SAMPLES / "users_sample.csv").read_bytes()
    assert (tmp_path / "e.csv").read_bytes() == (SAMPLES / "events_sample.csv").read_bytes()
    assert (tmp_path / "e.xlsx").read_bytes() == (SAMPLES / "events_sample.xlsx").read_bytes()
