"""The one job pipeline: prepare_job, kept-back rows, verdict, the duplicate guard, the journal's
clock and read connection."""

from __future__ import annotations

import threading
import time

import pytest

from app.core.fields import get_schema
from app.core.jobs import JobPart, job_source, prepare_job, rows_accepted_before
from app.core.jobstate import JobState, Verdict, verdict
from app.core.journal import JobBusy, Journal
from app.core.mapping import suggest_mapping
from app.core.sources import load_table
from app.core.validate import validate


def _users_file(tmp_path, rows: int = 30, bad_every: int = 7):
    lines = ["user_id,email,plan"]
    for i in range(rows):
        email = "not-an-email" if i % bad_every == 3 else f"u{i}@example.com"
        lines.append(f"u{i},{email},pro")
    path = tmp_path / "users.csv"
    path.write_text("\n".join(lines) + "\n")
    return path


def _prepared(journal, tmp_path, *, excluded=(), base_url="http://127.0.0.1:9"):
    table = load_table(_users_file(tmp_path))
    mapping = suggest_mapping(table, get_schema("vibefollow-users")).mapping
    validation = validate(table, mapping, excluded_rows=excluded)
    source = job_source(
        table, mapping, destination_id="vibefollow-users", base_url=base_url, profile_name="t"
    )
    return table, validation, prepare_job(journal, source, [JobPart(table, validation)])


def test_every_row_of_the_file_has_one_outcome(tmp_path):
    with Journal(tmp_path / "j.sqlite3") as journal:
        table, validation, prepared = _prepared(journal, tmp_path, excluded=[2])
        job = journal.job(prepared.job_id)
        # 30 rows: row 2 excluded, rows with i % 7 == 3 invalid (i = 3, 10, 17, 24).
        assert (job.rows, job.invalid, job.excluded) == (25, 4, 1)
        assert job.file_rows == len(table) == 30
        assert job.accepted + job.rejected + job.failed + job.pending == job.rows
        outcomes = journal.row_outcomes(prepared.job_id)
        assert [(o.row, o.state) for o in outcomes] == [
            (2, "excluded"),
            *[(i + 2, "invalid") for i in (3, 10, 17, 24)],
        ]
        invalid = outcomes[1]
        assert invalid.code == "invalid_email" and invalid.field == "email"
        assert invalid.original == {"user_id": "u3", "email": "not-an-email", "plan": "pro"}
        assert outcomes[0].original["user_id"] == "u0"
        assert journal.row_outcomes(prepared.job_id, ("rejected", "failed")) == []


def test_stored_payloads_and_cells_match_the_validated_records(tmp_path):
    with Journal(tmp_path / "j.sqlite3") as journal:
        table, validation, prepared = _prepared(journal, tmp_path)
        stored = journal.next_free_rows(prepared.job_id, -1, 1000)
        assert [(r.row, r.record.payload) for r in stored] == [
            (r.row, r.payload) for r in validation.records
        ]
        # Original cells come back in the report for a row the API rejects.
        first = stored[0]
        (chunk,) = journal.open_chunks(prepared.job_id, [[first.seq]])
        journal.settle_chunk(
            prepared.job_id,
            chunk,
            chunk_state="done",
            rejected=[(first.seq, "bad", "plan", "no such plan")],
        )
        (outcome,) = journal.row_outcomes(prepared.job_id, ("rejected",))
        assert outcome.original == {"user_id": "u0", "email": "u0@example.com", "plan": "pro"}


def test_verdict_is_the_one_judgement_of_a_job(tmp_path):
    with Journal(tmp_path / "j.sqlite3") as journal:
        _, _, prepared = _prepared(journal, tmp_path)
        job = journal.job(prepared.job_id)
        assert verdict(job) is Verdict.UNFINISHED and job.state == JobState.PENDING
        journal.set_state(prepared.job_id, JobState.STOPPED_AUTH, last_error="key refused")
        assert verdict(journal.job(prepared.job_id)) is Verdict.STOPPED
        assert Verdict.STOPPED.exit_code == 2
        rows = journal.next_free_rows(prepared.job_id, -1, 1000)
        (chunk,) = journal.open_chunks(prepared.job_id, [[r.seq for r in rows]])
        journal.settle_chunk(
            prepared.job_id, chunk, chunk_state="done", accepted=[r.seq for r in rows]
        )
        journal.set_state(prepared.job_id, JobState.FINISHED, finished=True)
        done = journal.job(prepared.job_id)
        assert verdict(done) is Verdict.DONE_WITH_PROBLEMS  # four invalid rows were not sent
        assert Verdict.DONE_WITH_PROBLEMS.exit_code == 1 and Verdict.DELIVERED.exit_code == 0


def test_duplicate_guard_counts_rows_an_earlier_job_delivered(tmp_path):
    with Journal(tmp_path / "j.sqlite3") as journal:
        table, validation, first = _prepared(journal, tmp_path)
        rows = journal.next_free_rows(first.job_id, -1, 10)
        (chunk,) = journal.open_chunks(first.job_id, [[r.seq for r in rows]])
        journal.settle_chunk(
            first.job_id, chunk, chunk_state="done", accepted=[r.seq for r in rows]
        )
        parts = [JobPart(table, validation)]
        before = rows_accepted_before(journal, "vibefollow-users", "http://127.0.0.1:9/", parts)
        assert before.count == 10 and before.last_active is not None
        other = rows_accepted_before(journal, "vibefollow-users", "http://127.0.0.1:8", parts)
        assert other.count == 0
        # The same count comes out of the one-pass preparation the CLI uses.
        source = job_source(
            table,
            validation.mapping,
            destination_id="vibefollow-users",
            base_url="http://127.0.0.1:9",
            profile_name="t",
        )
        earlier = journal.accepted_prefixes("vibefollow-users", "http://127.0.0.1:9")
        again = prepare_job(journal, source, parts, earlier=earlier)
        assert again.accepted_before == 10
        journal.discard_job(again.job_id)
        with pytest.raises(KeyError):
            journal.job(again.job_id)


def test_a_started_job_cannot_be_discarded(tmp_path):
    with Journal(tmp_path / "j.sqlite3") as journal:
        _, _, prepared = _prepared(journal, tmp_path)
        journal.set_state(prepared.job_id, JobState.RUNNING, started=True)
        with pytest.raises(ValueError):
            journal.discard_job(prepared.job_id)


def test_a_lease_goes_stale_on_the_journals_clock(tmp_path):
    now = [1_000_000.0]
    with Journal(tmp_path / "j.sqlite3", clock=lambda: now[0]) as journal:
        _, _, prepared = _prepared(journal, tmp_path)
        journal.take_lease(prepared.job_id, "runner-a")
        # Same host, live pid (ours): only the heartbeat's age can free it.
        with pytest.raises(JobBusy):
            journal.take_lease(prepared.job_id, "runner-b", stale_after=120)
        now[0] += 121
        assert journal.take_lease(prepared.job_id, "runner-b", stale_after=120) is not None
        assert not journal.refresh_lease(prepared.job_id, "runner-a")


def test_reads_do_not_wait_for_a_long_write(tmp_path):
    """A GUI refresh (job()) reads the last commit while another thread holds a write."""
    with Journal(tmp_path / "j.sqlite3") as journal:
        _, _, prepared = _prepared(journal, tmp_path)
        inside, release = threading.Event(), threading.Event()

        def long_write() -> None:
            with journal._tx():
                inside.set()
                release.wait(5)

        writer = threading.Thread(target=long_write)
        writer.start()
        try:
            assert inside.wait(5)
            started = time.perf_counter()
            assert journal.job(prepared.job_id).rows == 26  # 30 rows, 4 invalid
            assert time.perf_counter() - started < 0.5
        finally:
            release.set()
            writer.join()
