"""`backfill jobs`, `backfill report` and receipts over a real journal with settled rows."""

from __future__ import annotations

import csv
import json

import openpyxl

from app.cli import run_cli
from app.core.journal import Journal
from app.core.receipt import write_receipt
from app.core.records import Record

HEADERS = ["Event", "User", "Note"]


def settled_job(journal: Journal, n: int = 6) -> str:
    """A FloKit job whose first chunk came back: rows 2–4 accepted, 5 rejected, 6 failed."""
    records = [
        Record(i + 2, {"event": "e", "user_id": f"u{i}", "timestamp": "2024-01-01T00:00:00Z"})
        for i in range(n)
    ]
    originals = {
        i + 2: {"Event": "e", "User": f"u{i}", "Note": "=cmd" if i == 3 else ""} for i in range(n)
    }
    job_id = journal.create_job(
        source_path="/data/events.csv",
        source_sha256="ab" * 32,
        source_info={"format": "csv", "headers": HEADERS},
        destination_id="flokit-events",
        base_url="https://api.flokit.example",
        profile_name="acme-prod",
        mapping={},
        records=records,
        original_rows=originals,
    )
    journal.set_state(job_id, "running", started=True)
    (chunk,) = journal.open_chunks(job_id, [list(range(5))])
    journal.settle_chunk(
        job_id,
        chunk,
        chunk_state="done",
        accepted=[0, 1, 2],
        rejected=[(3, "invalid_event", "event", "event name is reserved")],
        failed=[(4, "server_error", "HTTP 500 after 5 attempts")],
        requests=6,
        retries=5,
        rate_wait_s=1.5,
        retry_after_wait_s=4.0,
    )
    return job_id


def test_jobs_json_and_table(capsys):
    with Journal() as journal:
        job_id = settled_job(journal)
    assert run_cli(["jobs", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data) == 1
    job = data[0]
    assert job["id"] == job_id
    assert (job["rows"], job["accepted"], job["rejected"], job["failed"], job["pending"]) == (
        6,
        3,
        1,
        1,
        1,
    )
    assert job["accepted"] + job["rejected"] + job["failed"] + job["pending"] == job["rows"]
    assert run_cli(["jobs"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == [
        "JOB",
        "CREATED",
        "FILE",
        "DESTINATION",
        "STATE",
        "ROWS",
        "ACCEPTED",
        "REJECTED",
        "FAILED",
        "PENDING",
    ]
    assert job_id in lines[1] and "events.csv" in lines[1] and "flokit-events" in lines[1]


def test_jobs_empty(capsys):
    assert run_cli(["jobs"]) == 0
    assert "No upload jobs yet." in capsys.readouterr().out


def test_report_command_csv_and_xlsx(tmp_path, capsys):
    with Journal() as journal:
        job_id = settled_job(journal)
    out = tmp_path / "rejected.csv"
    assert run_cli(["report", job_id[:12], "--out", str(out)]) == 0
    assert "Wrote 2 rows" in capsys.readouterr().out
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows == [
        [*HEADERS, "Row", "Field", "Code", "Reason", "State"],
        ["e", "u3", "'=cmd", "5", "event", "invalid_event", "event name is reserved", "rejected"],
        ["e", "u4", "", "6", "", "server_error", "HTTP 500 after 5 attempts", "failed"],
    ]
    xlsx = tmp_path / "rejected.xlsx"
    assert run_cli(["report", job_id, "-o", str(xlsx)]) == 0
    ws = openpyxl.load_workbook(xlsx).active
    assert [c.value for c in ws[2]][:5] == ["e", "u3", "'=cmd", 5, "event"]


def test_report_errors_are_one_line_exit_2(tmp_path, capsys):
    assert run_cli(["report", "no-such-job", "--out", str(tmp_path / "r.csv")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("backfill: No job 'no-such-job'") and err.count("\n") == 1
    with Journal() as journal:
        job_id = settled_job(journal)
    assert run_cli(["report", job_id, "--out", str(tmp_path / "r.pdf")]) == 2
    assert ".csv or .xlsx" in capsys.readouterr().err


def test_receipt_from_journal(tmp_path):
    with Journal() as journal:
        job_id = settled_job(journal)
        journal.set_state(job_id, "finished", finished=True)
        json_path, txt_path = write_receipt(journal, job_id, tmp_path / "receipts")
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["job_id"] == job_id
    assert data["file_name"] == "events.csv" and data["file_sha256"] == "ab" * 32
    assert "FloKit" in data["destination_label"]
    assert data["base_url"] == "https://api.flokit.example"
    assert data["totals"] == {"accepted": 3, "rejected": 1, "failed": 1, "pending": 1}
    assert data["balanced"] is True
    assert (data["requests"], data["retries"], data["chunks"]) == (6, 5, 1)
    assert data["rate_limit_wait_seconds"] == 1.5 and data["retry_after_wait_seconds"] == 4.0
    assert data["started_at"].endswith("Z") and data["finished_at"].endswith("Z")
    assert "acme-prod" in txt_path.read_text(encoding="utf-8")
