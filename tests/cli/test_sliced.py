"""The CLI on a file read slice by slice tells and sends exactly what a whole load does."""

from __future__ import annotations

import csv
import re

import pytest

from app.cli import run_cli
from app.core import stream
from app.core.journal import Journal
from app.sandbox import DEFAULT_API_KEY
from tests.cli.test_upload import KEY_ENV, upload_args
from tests.files import write_events_csv


@pytest.fixture
def key_env(monkeypatch):
    monkeypatch.setenv(KEY_ENV, DEFAULT_API_KEY)


def _with_repeats(path, n: int, repeats: int):
    """The events file with `repeats` rows copied far below their first appearance."""
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.extend(lines[1 + i * 7] for i in range(repeats))
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


@pytest.fixture
def sliced(monkeypatch):
    """Every file is read in slices of 300 rows, whatever its size."""
    monkeypatch.setattr(stream, "STREAM_MIN_BYTES", 0)
    monkeypatch.setattr(stream, "ROWS_PER_SLICE", 300)


def _validate_out(capsys, path, report):
    code = run_cli(["validate", str(path), "-d", "vibefollow-events", "--report", str(report)])
    out = capsys.readouterr().out
    with open(report, encoding="utf-8-sig", newline="") as fh:
        return code, out, list(csv.reader(fh))


def test_validate_in_slices_says_and_reports_what_a_whole_load_does(tmp_path, capsys, monkeypatch):
    src = _with_repeats(write_events_csv(tmp_path / "e.csv", 2_000, invalid_rows=5), 2_000, 9)
    whole = _validate_out(capsys, src, tmp_path / "whole.csv")
    monkeypatch.setattr(stream, "STREAM_MIN_BYTES", 0)
    monkeypatch.setattr(stream, "ROWS_PER_SLICE", 300)
    parts = _validate_out(capsys, src, tmp_path / "parts.csv")
    assert parts[0] == whole[0] == 1
    assert "read 300 rows at a time" in parts[1]

    def problems(out: str) -> list[str]:
        return [line for line in out.splitlines() if re.match(r"\s+[✗!] |\d[\d,]* rows: ", line)]

    assert problems(parts[1]) == problems(whole[1])
    assert "2,014 rows: 2,009 valid, 5 invalid, 9 warnings" in parts[1]
    assert sorted(parts[2]) == sorted(whole[2]) and len(parts[2]) == 1 + 5 + 9


def test_upload_in_slices_sends_each_row_once_and_reports_every_other(
    sandbox, key_env, tmp_path, capsys, sliced
):
    src = write_events_csv(tmp_path / "events.csv", 1_000, invalid_rows=3)
    report = tmp_path / "not-accepted.csv"
    assert run_cli(upload_args(src, sandbox.base_url, "--report", str(report))) == 1
    out = capsys.readouterr().out
    assert "read 300 rows at a time" in out
    assert "Validated: 1,003 rows: 1,000 valid, 3 invalid" in out
    assert "Done: 1,000 accepted, 0 rejected, 0 failed, 0 pending (of 1,000); 3 invalid" in out
    stored = sandbox.records("vibefollow-events")
    assert sorted(e["external_user_id"] for e in stored) == [f"C{i:06d}" for i in range(1_000)]
    with open(report, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [(int(r["Row"]), r["State"]) for r in rows] == [
        (1002, "invalid"),
        (1003, "invalid"),
        (1004, "invalid"),
    ]
    with Journal() as journal:
        (job,) = journal.list_jobs()
        assert (job.rows, job.invalid, job.accepted) == (1_000, 3, 1_000)
        assert job.source_info["headers"][0] == "Customer ID"


def test_a_declined_duplicate_upload_leaves_no_job(sandbox, key_env, tmp_path, capsys, sliced):
    src = write_events_csv(tmp_path / "events.csv", 700)
    assert run_cli(upload_args(src, sandbox.base_url)) == 0
    capsys.readouterr()
    # Not a terminal and no --allow-duplicates: the second upload is refused before sending.
    assert run_cli(upload_args(src, sandbox.base_url)) == 2
    out = capsys.readouterr()
    assert "700 rows of this file were already accepted" in out.out
    assert len(sandbox.records("vibefollow-events")) == 700
    with Journal() as journal:
        assert len(journal.list_jobs()) == 1


def test_upload_says_when_the_file_looks_like_the_other_kind(sandbox, key_env, tmp_path, capsys):
    """The CLI uses the app's guess of users vs events: a users file sent to an events
    destination gets a note naming the likely destination (nothing is sent differently)."""
    users = tmp_path / "users.csv"
    lines = ["Customer ID,Email,Plan"] + [f"C{i:05d},u{i}@example.com,pro" for i in range(50)]
    users.write_text("\n".join(lines) + "\n", encoding="utf-8")
    run_cli([*upload_args(users, sandbox.base_url, dest="vibefollow-events")])
    out = capsys.readouterr().out
    assert "this file looks like people (users)" in out
    assert "did you mean --destination vibefollow-users?" in out
