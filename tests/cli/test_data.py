"""`backfill preview` and `backfill validate` through the real argument parser."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

from app.cli import run_cli
from tests.core.builders import write_xlsx


def _csv(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_preview_prints_what_was_read(tmp_path, capsys):
    path = _csv(tmp_path, "p.csv", "id;name\n00123;Ann\n2;Bob\n3;Cy\n")
    assert run_cli(["preview", str(path), "--rows", "2"]) == 0
    out = capsys.readouterr().out
    assert "p.csv: CSV, utf-8, semicolon-delimited, header row 1; 3 rows × 2 columns" in out
    assert "Headers: id | name" in out
    assert "00123" in out and "Bob" in out and "Cy" not in out
    assert "… 1 more row" in out


def test_preview_json_is_exactly_the_loaded_text(tmp_path, capsys):
    path = write_xlsx(
        tmp_path / "w.xlsx",
        {"First": [["x"], ["1"]], "Data": [["id", "n"], ["00123", 1.5], ["7", None]]},
    )
    assert run_cli(["preview", str(path), "--sheet", "Data", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows == [{"id": "00123", "n": "1.5"}, {"id": "7", "n": ""}]


def test_preview_unreadable_file_exits_2_with_one_line(tmp_path, capsys):
    path = _csv(tmp_path, "e.csv", "")
    assert run_cli(["preview", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("backfill: e.csv is empty.")
    assert "\n" not in err


def test_validate_all_valid_exits_0(tmp_path, capsys):
    path = _csv(
        tmp_path,
        "ok.csv",
        "User ID,Event,When,Plan\nu1,signup,2024-03-15 10:00,pro\nu2,trial,2024-03-16 11:00,free\n",
    )
    assert run_cli(["validate", str(path), "--destination", "vibefollow-events"]) == 0
    out = capsys.readouterr().out
    assert "Mapping (auto-suggested):" in out
    assert "User ID *" in out and "← 'User ID'" in out
    assert "properties" in out and "Plan" in out
    assert "2 rows: 2 valid, 0 invalid" in out


def test_validate_some_invalid_exits_1_and_writes_report(tmp_path, capsys):
    path = _csv(tmp_path, "users.csv", "id,email\nu1,ann@x.io\n,bob@x.io\nu3,not-an-email\n")
    report = tmp_path / "issues.csv"
    code = run_cli(["validate", str(path), "-d", "vibefollow-users", "--report", str(report)])
    assert code == 1
    out = capsys.readouterr().out
    assert "3 rows: 1 valid, 2 invalid" in out
    assert "✗ 1 row: email is not a valid address — row 4" in out
    with report.open(encoding="utf-8-sig") as handle:
        lines = list(csv.reader(handle))
    assert [line[0] for line in lines[1:]] == ["3", "4"]


def test_validate_reports_fixed_timestamp_and_ambiguous_dates(tmp_path, capsys):
    path = _csv(tmp_path, "e.csv", "user,event\nu1,a\n")
    assert run_cli(["validate", str(path), "-d", "flokit-events"]) == 0
    assert "every event is stamped" in capsys.readouterr().out
    path = _csv(tmp_path, "d.csv", "user,event,date\nu1,a,03/04/2024\n")
    assert run_cli(["validate", str(path), "-d", "flokit-events"]) == 0
    out = capsys.readouterr().out
    assert "could be day-first or month-first" in out
    assert "03/04/2024 → 2024-04-03T00:00:00Z   (other way: 2024-03-04T00:00:00Z)" in out


def test_validate_with_saved_mapping(tmp_path, capsys):
    path = _csv(tmp_path, "u.csv", "Customer,Mail,Region\nc1,a@x.io,EU\n")
    template = tmp_path / "m.json"
    assert (
        run_cli(["validate", str(path), "-d", "vibefollow-users", "--save-mapping", str(template)])
        == 0
    )
    capsys.readouterr()
    renamed = _csv(tmp_path, "u2.csv", "Customer,Mail\nc1,a@x.io\n")
    assert run_cli(["validate", str(renamed), "--mapping", str(template)]) == 0
    out = capsys.readouterr().out
    assert "Mapping (from m.json (1 column missing: 'Region'))" in out
    assert (
        run_cli(["validate", str(renamed), "--mapping", str(template), "-d", "flokit-events"]) == 2
    )
    assert "is for vibefollow-users" in capsys.readouterr().err


def test_validate_unusable_inputs_exit_2(tmp_path, capsys):
    ragged = _csv(tmp_path, "r.csv", "a,b\n1,2,3\n")
    assert run_cli(["validate", str(ragged), "-d", "vibefollow-users"]) == 2
    assert "row 2" in capsys.readouterr().err
    no_id = _csv(tmp_path, "n.csv", "foo,bar\n1,2\n")
    assert run_cli(["validate", str(no_id), "-d", "vibefollow-users"]) == 2
    assert "Choose a column or a fixed value for: User ID" in capsys.readouterr().err
    assert run_cli(["validate", str(no_id)]) == 2
    assert "--destination" in capsys.readouterr().err
    header_only = _csv(tmp_path, "h.csv", "id,email\n")
    assert run_cli(["validate", str(header_only), "-d", "vibefollow-users"]) == 2
    assert "no data rows" in capsys.readouterr().err


def test_console_entry_point_runs_headless(tmp_path):
    path = _csv(tmp_path, "ok.csv", "id,email\nu1,a@x.io\n")
    done = subprocess.run(
        [sys.executable, "-m", "app", "validate", str(path), "-d", "vibefollow-users"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "1 row: 1 valid, 0 invalid" in done.stdout


def test_validate_json_summary(tmp_path, capsys):
    path = _csv(tmp_path, "users.csv", "id,email\nu1,ann@x.io\n,bob@x.io\nu3,Cy@x.io\n")
    assert run_cli(["validate", str(path), "-d", "vibefollow-users", "--json"]) == 1
    summary = json.loads(capsys.readouterr().out)
    assert (summary["rows"], summary["valid"], summary["invalid"]) == (3, 2, 1)
    assert summary["mapping"]["destination"] == "vibefollow-users"
    groups = {g["code"]: g for g in summary["groups"]}
    assert groups["missing"]["first_rows"] == [3]
    assert groups["mixed_case_email"]["fix"] == "lowercase"


def test_validate_shows_who_and_when_before_anything_is_sent(tmp_path, capsys):
    """Issue 13: placeholder ids, ids spelt two ways and events landing in 1970 are visible."""
    rows = ["user_id,event,timestamp"]
    rows += [f"u{i % 40},signup,2024-05-{1 + i % 28:02d}T10:00:00Z" for i in range(400)]
    rows += ["null,signup,2024-05-03T10:00:00Z", "NULL,signup,2024-05-04T10:00:00Z"]
    rows += ["U1 ,signup,2024-05-05T10:00:00Z"]
    rows += [f"u{i},signup,1970-01-01T00:00:{i:02d}Z" for i in range(6)]  # a unit mistake
    path = tmp_path / "events.csv"
    path.write_text("\n".join(rows) + "\n")
    code = run_cli(["validate", str(path), "-d", "vibefollow-events"])
    out = capsys.readouterr().out
    assert code == 0
    assert "43 distinct users in 409 rows" in out  # u0..u39, null, NULL and "U1 "
    assert "User ids that look like placeholders: 'null' in 2 rows (first: row 402)" in out
    assert "2 users spelt more than one way (case or surrounding spaces)" in out
    assert "rows 3 and 404, rows 402 and 403" in out
    assert "Events per week, 409 in all (UTC):" in out
    assert "  6 far earlier than week of 2024-04-29" in out

    assert run_cli(["validate", str(path), "-d", "vibefollow-events", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["users"]["placeholders"][0] == {"text": "null", "rows": 2, "first_row": 402}
    assert summary["events_over_time"]["earlier"] == 6
    assert sum(b["count"] for b in summary["events_over_time"]["bins"]) == 403
