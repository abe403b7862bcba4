"""Issue 16 item 2: rows never sent (invalid, or left out by the operator) appear on the Report
step and in its exports, so every row of the file has exactly one outcome."""

from __future__ import annotations

import csv

from app.core.fields import get_schema
from app.core.mapping import suggest_mapping
from app.core.sources import load_table
from app.core.validate import validate
from app.sandbox import DEFAULT_API_KEY
from app.ui.upload_runner import RunState
from tests.gui import upload_support
from tests.gui.upload_support import FAST, WAIT_MS

qloop = upload_support.qloop
upload_window = upload_support.upload_window


def _users_with_problems(path):
    lines = ["Customer ID,Email,Plan"]
    for i in range(1, 61):
        email = "not-an-email" if i in (7, 11, 15) else f"user{i}@example.com"
        lines.append(f"C{i:05d},{email},pro")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_invalid_and_excluded_rows_are_reported_and_exported(
    qtbot, upload_window, sandbox, tmp_path
):
    window = upload_window()
    session = window.session
    path = _users_with_problems(tmp_path / "users.csv")
    session.set_sandbox(sandbox.base_url, DEFAULT_API_KEY)
    session.set_destination("vibefollow-users")
    table = load_table(path)
    session.set_table(table)
    mapping = suggest_mapping(table, get_schema("vibefollow-users")).mapping
    session.set_mapping(mapping)
    session.set_validation(validate(table, mapping, excluded_rows=[30]))  # row 30: C00029
    page = window.pages[3]
    page.upload_settings = FAST
    assert window.go_to(3)
    qtbot.waitUntil(lambda: page.primary_enabled(), timeout=WAIT_MS)
    window.primary_button.click()
    qtbot.waitUntil(lambda: page.runner.state == RunState.FINISHED, timeout=WAIT_MS)
    assert len(sandbox.records("vibefollow-users")) == 56

    report = window.pages[4]
    with qtbot.waitSignal(report.loaded, timeout=WAIT_MS):
        window.primary_button.click()  # Next: Report
    qtbot.waitUntil(lambda: "receipt saved" in report.summary.text(), timeout=WAIT_MS)
    assert report.summary.text() == (
        "56 accepted, 0 rejected, 0 failed, 3 not sent (invalid), 1 left out — receipt saved"
    )
    assert report.model.row_numbers() == [8, 12, 16, 30]
    assert report.export_csv_button.isEnabled()
    out = tmp_path / "not-accepted.csv"
    with qtbot.waitSignal(report.exported, timeout=WAIT_MS):
        report.export(out)
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["Row"], r["State"]) for r in rows] == [
        ("8", "invalid"),
        ("12", "invalid"),
        ("16", "invalid"),
        ("30", "excluded"),
    ]
    assert rows[0]["Email"] == "not-an-email" and rows[0]["Code"] == "invalid_email"
    assert rows[3]["Customer ID"] == "C00029"


def test_the_receipt_counts_every_row_of_the_file(tmp_path):
    from app.core.jobs import JobPart, job_source, prepare_job
    from app.core.journal import Journal
    from app.core.receipt import receipt_from_journal

    path = _users_with_problems(tmp_path / "users.csv")
    table = load_table(path)
    mapping = suggest_mapping(table, get_schema("vibefollow-users")).mapping
    validation = validate(table, mapping, excluded_rows=[30])
    with Journal(tmp_path / "j.sqlite3") as journal:
        source = job_source(
            table, mapping, destination_id="vibefollow-users", base_url="http://127.0.0.1:9",
            profile_name="t",
        )  # fmt: skip
        job_id = prepare_job(journal, source, [JobPart(table, validation)]).job_id
        receipt = receipt_from_journal(journal, job_id)
    text = receipt.to_text()
    assert "Rows in the file: 60" in text
    assert "not sent, invalid:     3" in text and "not sent, left out:    1" in text
    assert "Rows sent:        56" in text and receipt.balanced
