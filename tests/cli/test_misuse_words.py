"""CLI misuse ends in one plain line and exit 2, never a traceback, and before anything is sent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import run_cli
from app.core.mapping import load_template


@pytest.fixture
def events_csv(tmp_path: Path) -> Path:
    path = tmp_path / "events.csv"
    path.write_text("user_id,event\nU1,signup\nU2,login\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("option", ["--report", "--save-mapping"])
def test_validate_output_that_is_a_folder(events_csv, tmp_path, capsys, option):
    folder = tmp_path / "out"
    folder.mkdir()
    code = run_cli(["validate", str(events_csv), "-d", "flokit-events", option, str(folder)])
    err = capsys.readouterr().err
    assert code == 2
    assert "folder" in err and "Traceback" not in err and "Error" not in err


@pytest.mark.parametrize(
    "content",
    [
        {"a": 1},
        {"mapping": {"destination": "flokit-events", "fields": {"event": "x"}}},
        {"mapping": {"destination": "flokit-events", "extras": [1]}},
    ],
)
def test_damaged_mapping_file_is_described_in_words(tmp_path, content):
    path = tmp_path / "m.json"
    path.write_text(json.dumps(content))
    with pytest.raises(ValueError) as caught:
        load_template(path)
    words = str(caught.value)
    assert words.startswith("m.json is not") and "'" not in words.removeprefix("m.json")
    assert "attribute" not in words


def test_upload_refuses_a_bad_report_name_before_sending(events_csv, tmp_path, capsys):
    code = run_cli(
        ["upload", str(events_csv), "-d", "flokit-events", "--report", str(tmp_path / "r.txt")]
    )
    captured = capsys.readouterr()
    assert code == 2 and ".csv or .xlsx" in captured.err
    assert "Job " not in captured.out  # nothing was sent
    capsys.readouterr()
    assert run_cli(["jobs", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_unknown_profile_is_refused_not_sent_to_the_sandbox(events_csv, capsys):
    code = run_cli(["upload", str(events_csv), "-d", "flokit-events", "--profile", "acme-prd"])
    captured = capsys.readouterr()
    assert code == 2
    assert "no saved profile named 'acme-prd'" in captured.err
    assert "built-in sandbox" not in captured.out


def test_upload_of_a_file_without_data_rows_says_so(tmp_path, capsys):
    path = tmp_path / "blank.csv"
    path.write_text("user_id,event\n,\n,\n", encoding="utf-8")
    assert run_cli(["upload", str(path), "-d", "flokit-events"]) == 2
    err = capsys.readouterr().err
    assert "no data rows below the header" in err and "None of the 0 rows" not in err


def test_preview_piped_into_head_ends_quietly(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "many.csv"
    path.write_text("a,b\n" + "".join(f"{i},{i}\n" for i in range(50_000)), encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "preview", str(path), "--rows", "50000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stdout.readline().startswith(b"many.csv")
    proc.stdout.close()  # what `| head -1` does
    err = proc.stderr.read().decode() if proc.stderr else ""
    assert proc.wait(timeout=60) == 0
    assert "Traceback" not in err and "BrokenPipe" not in err
