"""`--timestamp-unit` on `backfill validate` and `backfill upload`, and the timestamp groups and
notes `backfill validate` prints (issue 13.1)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import run_cli
from app.sandbox import DEFAULT_API_KEY

KEY_ENV = "BACKFILL_TEST_KEY"
MS = [1_704_067_200_000 + 3_600_000 * i for i in range(30)]  # from 2024-01-01, hourly


def _csv(tmp_path: Path, stamps: list[str]) -> Path:
    path = tmp_path / "events.csv"
    rows = [f"u{i},open,{s}" for i, s in enumerate(stamps)]
    path.write_text("user_id,event,timestamp\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_validate_says_which_unit_it_detected(tmp_path, capsys):
    path = _csv(tmp_path, [str(v) for v in MS])
    assert run_cli(["validate", str(path), "-d", "vibefollow-events"]) == 0
    out = capsys.readouterr().out
    assert "Note: 'timestamp' holds epoch milliseconds (read as such)" in out


def test_validate_prints_the_unit_group_with_its_fix_and_saves_the_unit(tmp_path, capsys):
    path = _csv(tmp_path, [str(v) for v in MS])
    saved = tmp_path / "m.json"
    argv = ["validate", str(path), "-d", "vibefollow-events", "--timestamp-unit", "epoch_s"]
    assert run_cli([*argv, "--save-mapping", str(saved)]) == 1
    out = capsys.readouterr().out
    assert "numbers as epoch seconds" in out
    assert "30 rows: timestamp is not a date/time Backfill can read (read as milliseconds?)" in out
    assert "[fix: epoch_ms]" in out
    template = json.loads(saved.read_text(encoding="utf-8"))
    assert template["mapping"]["fields"]["timestamp"]["numeric_dates"] == "epoch_s"
    fixed = ["validate", str(path), "-m", str(saved), "--timestamp-unit", "epoch_ms", "--json"]
    assert run_cli(fixed) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["invalid"] == 0 and summary["groups"] == []


def test_validate_prints_dates_before_1971_and_far_out_groups(tmp_path, capsys):
    stamps = [str(v) for v in MS * 2]
    stamps[3] = "1000"  # 1970-01-01T00:00:01Z read as milliseconds
    stamps[40] = str(MS[0] - 30 * 365 * 86_400_000)  # three decades before the rest
    assert run_cli(["validate", str(_csv(tmp_path, stamps)), "-d", "vibefollow-events"]) == 0
    out = capsys.readouterr().out
    assert "! 1 row: timestamp is before 1971 — row 5" in out
    assert "! 1 row: timestamp is far outside the file's other dates (2024-01-01 to " in out


def test_upload_reads_numbers_in_the_unit_given(sandbox, monkeypatch, tmp_path, capsys):
    monkeypatch.setenv(KEY_ENV, DEFAULT_API_KEY)
    seconds = [str(v // 1000) for v in MS[:3]]
    argv = ["upload", str(_csv(tmp_path, seconds)), "-d", "vibefollow-events"]
    argv += [
        "--base-url",
        sandbox.base_url,
        "--api-key-env",
        KEY_ENV,
        "--timestamp-unit",
        "epoch_s",
    ]
    assert run_cli(argv) == 0
    assert "Timestamp numbers read as epoch_s" in capsys.readouterr().out
    stored = sandbox.records("vibefollow-events")
    assert sorted(e["timestamp"] for e in stored)[0] == "2024-01-01T00:00:00Z"


@pytest.mark.parametrize("command", ["validate", "upload"])
def test_an_unknown_unit_is_refused(tmp_path, capsys, command):
    path = _csv(tmp_path, ["1"])
    with pytest.raises(SystemExit) as stop:
        run_cli([command, str(path), "-d", "vibefollow-events", "--timestamp-unit", "epoch_ns"])
    assert stop.value.code == 2
    assert "invalid choice: 'epoch_ns'" in capsys.readouterr().err
