"""`backfill validate --then-event`: the event part's problems and times are told before
anything is sent, with the same validation its upload runs (issue 13.4)."""

from __future__ import annotations

import json
from pathlib import Path

from app.cli import run_cli
from tests.upload.pair_files import write_signups_csv

EVENT = ["--then-event", "user_signed_up", "--event-time", "signed_up", "--event-property", "plan"]

# One row per problem of the event time: empty, unreadable, before 1971, in the future.
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


def test_each_event_time_problem_is_told_next_to_the_users(tmp_path, capsys):
    code = run_cli(["validate", str(_sheet(tmp_path)), "-d", "vibefollow-users", *EVENT])
    out = capsys.readouterr().out
    assert code == 1, out  # a row's event is invalid
    users, events = out.split("Event part: 'user_signed_up' at 'signed_up'")
    assert "5 rows: 5 valid, 0 invalid" in users
    assert "Event:" not in users
    assert "5 rows: 4 valid, 1 invalid, 3 warnings" in events
    assert "✗ Event: 1 row: timestamp is not a date/time Backfill can read — row 4" in events
    assert "! Event: 1 row: timestamp is empty; the validation time is used — row 3" in events
    assert "! Event: 1 row: timestamp is before 1971 — row 5" in events
    assert "! Event: 1 row: timestamp is in the future — row 6" in events
    assert "users are still sent; their events are kept back (not sent: invalid)" in events
    assert "Events per" in events  # the histogram covers the event times


def test_a_clean_sheet_exits_0_and_the_json_has_the_event_part(tmp_path, capsys):
    path = write_signups_csv(tmp_path / "ok.csv", 4)
    assert run_cli(["validate", str(path), "-d", "vibefollow-users", *EVENT]) == 0
    assert "Event part: 'user_signed_up' at 'signed_up'" in capsys.readouterr().out
    assert run_cli(["validate", str(path), "-d", "vibefollow-users", *EVENT, "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    part = summary["then_event"]
    assert part["destination"] == "vibefollow-events"
    assert (part["rows"], part["valid"], part["invalid"]) == (4, 4, 0)
    assert sum(b["count"] for b in part["events_over_time"]["bins"]) == 4


def test_the_event_part_json_names_each_problem(tmp_path, capsys):
    args = ["validate", str(_sheet(tmp_path)), "-d", "vibefollow-users", *EVENT, "--json"]
    assert run_cli(args) == 1
    part = json.loads(capsys.readouterr().out)["then_event"]
    codes = {g["code"] for g in part["groups"]}
    assert {"invalid_timestamp", "empty_timestamp", "implausible_timestamp"} <= codes
    assert "future_timestamp" in codes


def test_the_template_event_part_is_validated_without_flags(tmp_path, capsys):
    path = _sheet(tmp_path)
    template = tmp_path / "signups.json"
    assert (
        run_cli(
            [
                "validate",
                str(path),
                "-d",
                "vibefollow-users",
                *EVENT,
                "--save-mapping",
                str(template),
            ]
        )
        == 1
    )
    assert json.loads(template.read_text())["then_event"]["name"] == "user_signed_up"
    capsys.readouterr()
    assert run_cli(["validate", str(path), "--mapping", str(template)]) == 1
    assert "✗ Event: 1 row: timestamp is not a date/time" in capsys.readouterr().out


def test_an_event_part_on_an_events_destination_is_refused(tmp_path, capsys):
    path = write_signups_csv(tmp_path / "ok.csv", 2)
    assert run_cli(["validate", str(path), "-d", "vibefollow-events", *EVENT]) == 2
    assert "no events destination" in capsys.readouterr().err


def test_a_missing_event_column_is_refused(tmp_path, capsys):
    path = write_signups_csv(tmp_path / "ok.csv", 2)
    args = ["validate", str(path), "-d", "vibefollow-users", "--then-event", "x", "--event-time"]
    assert run_cli([*args, "nope"]) == 2
    assert "'nope'" in capsys.readouterr().err
