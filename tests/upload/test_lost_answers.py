"""Rows re-sent after a lost answer are counted per job; where the API keeps duplicates (Ours
Privacy) the receipt warns in plain words."""

from __future__ import annotations

import dataclasses
import json
import sqlite3

from app.core.destinations import get_destination
from app.core.journal import Journal
from app.core.receipt import receipt_from_journal, write_receipt
from tests.upload.jobs import FAST, run, sandbox_job, stored_keys, uploader

ONE_AT_A_TIME = dataclasses.replace(
    FAST, chunk_size=100, initial_concurrency=1, max_concurrency=1, min_concurrency=1
)
WARNING = (
    "100 rows were sent again after an answer was lost; Ours Privacy does not remove "
    "duplicates, so up to 100 may be stored twice."
)


def test_ourspriv_answer_lost_after_storing_is_counted_and_warned(sandbox, tmp_path) -> None:
    sandbox.set_faults(script=["drop_after"])  # stored, then the connection drops
    with Journal() as journal:
        job_id = sandbox_job(journal, sandbox, "ourspriv-events", 300)
        final = run(uploader(journal, job_id, sandbox, settings=ONE_AT_A_TIME))
        assert final.accepted == 300
        assert journal.job_stats(job_id).resent_after_lost_answer == 100
        json_path, txt_path = write_receipt(journal, job_id, tmp_path)
        receipt = receipt_from_journal(journal, job_id)
    # The warning is real: the sandbox holds the first chunk twice.
    assert sorted(stored_keys(sandbox, "ourspriv-events").values()).count(2) == 100
    assert receipt.duplicate_warning == WARNING
    data = json.loads(json_path.read_text())
    assert data["resent_after_lost_answer"] == 100 and data["server_dedupe"] is False
    assert data["duplicate_warning"] == WARNING
    assert f"WARNING: {WARNING}" in txt_path.read_text()
    assert get_destination("ourspriv-events").server_dedupe is False


def test_a_read_timeout_counts_as_a_lost_answer(sandbox) -> None:
    sandbox.set_faults(script=["stall"], stall_s=1.0)
    settings = dataclasses.replace(ONE_AT_A_TIME, read_timeout=0.3)
    with Journal() as journal:
        job_id = sandbox_job(journal, sandbox, "ourspriv-events", 200)
        assert run(uploader(journal, job_id, sandbox, settings=settings)).accepted == 200
        assert journal.job_stats(job_id).resent_after_lost_answer == 100


def test_an_answered_error_is_not_a_lost_answer(sandbox) -> None:
    sandbox.set_faults(script=["500", "503"], retry_after=0)
    with Journal() as journal:
        job_id = sandbox_job(journal, sandbox, "ourspriv-events", 200)
        final = run(uploader(journal, job_id, sandbox, settings=ONE_AT_A_TIME))
        assert final.accepted == 200 and final.retries == 2
        assert journal.job_stats(job_id).resent_after_lost_answer == 0
        assert receipt_from_journal(journal, job_id).duplicate_warning is None


def test_no_warning_where_the_server_dedupes(sandbox, tmp_path) -> None:
    sandbox.set_faults(script=["drop_after"])
    with Journal() as journal:
        job_id = sandbox_job(journal, sandbox, "vibefollow-events", 300)
        assert run(uploader(journal, job_id, sandbox, settings=ONE_AT_A_TIME)).accepted == 300
        assert journal.job_stats(job_id).resent_after_lost_answer == 100
        _, txt_path = write_receipt(journal, job_id, tmp_path)
        assert receipt_from_journal(journal, job_id).duplicate_warning is None
    assert "WARNING" not in txt_path.read_text()
    assert set(stored_keys(sandbox, "vibefollow-events").values()) == {1}


def test_a_journal_from_before_the_counter_still_opens(tmp_path) -> None:
    path = tmp_path / "journal.sqlite3"
    Journal(path).close()
    with sqlite3.connect(path) as db:
        db.execute("ALTER TABLE jobs DROP COLUMN resent_after_lost")
    with Journal(path) as journal:
        assert journal.list_jobs() == []
    with sqlite3.connect(path) as db:
        columns = {r[1] for r in db.execute("PRAGMA table_info(jobs)")}
    assert "resent_after_lost" in columns
