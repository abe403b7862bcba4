"""`backfill … | head`: a reader that stops early must not skip the files the user asked for
(--report, --save-mapping) or change the exit code. Real subprocesses, stdout a closed pipe."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.files import write_events_csv

ROOT = Path(__file__).resolve().parents[2]


def run_with_closed_stdout(*args: str, stderr_to_stdout: bool = False) -> tuple[int, str]:
    """Run `backfill ARGS` with stdout a pipe whose reader has already gone; (code, stderr)."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # like `| head` that has exited: every write gets EPIPE
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "app", *args],
            cwd=ROOT,
            stdout=write_end,
            stderr=write_end if stderr_to_stdout else subprocess.PIPE,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)
    return proc.returncode, (proc.stderr or b"").decode("utf-8", "replace")


@pytest.mark.parametrize("as_json", [False, True])
def test_validate_into_a_closed_pipe_still_writes_its_files_and_exits_1(tmp_path, as_json):
    src = write_events_csv(tmp_path / "events.csv", 400, invalid_rows=3)
    report, mapping = tmp_path / "issues.csv", tmp_path / "mapping.json"
    extra = ["--json"] if as_json else []
    code, err = run_with_closed_stdout(
        "validate",
        str(src),
        "-d",
        "vibefollow-events",
        "--report",
        str(report),
        "--save-mapping",
        str(mapping),
        *extra,
    )
    assert (code, err) == (1, "")
    assert report.read_text(encoding="utf-8-sig").count("\n") == 4  # header + 3 issues
    assert json.loads(mapping.read_text(encoding="utf-8"))["mapping"]


def test_preview_into_a_closed_pipe_ends_quietly(tmp_path):
    src = write_events_csv(tmp_path / "events.csv", 50)
    assert run_with_closed_stdout("preview", str(src)) == (0, "")


def test_upload_into_a_closed_pipe_still_writes_the_report_and_keeps_its_code(tmp_path):
    src = write_events_csv(tmp_path / "events.csv", 60, invalid_rows=2)
    report = tmp_path / "not-accepted.csv"
    code, err = run_with_closed_stdout(
        "upload", str(src), "-d", "flokit-events", "--report", str(report)
    )
    assert (code, err) == (1, "")
    assert report.read_text(encoding="utf-8-sig").count("\n") == 3  # header + 2 invalid rows


def test_errors_into_a_closed_pipe_keep_the_exit_code(tmp_path):
    code, err = run_with_closed_stdout(
        "upload", str(tmp_path / "missing.csv"), "-d", "flokit-events", stderr_to_stdout=True
    )
    assert (code, err) == (2, "")
