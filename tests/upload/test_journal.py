"""Journal invariants: what is stored, counts that add up, resume bookkeeping, no secrets."""

from __future__ import annotations

import functools
import sqlite3
import time
from pathlib import Path

import pytest

from app.core.journal import Journal, content_hash
from app.core.records import Record


def make_job(journal: Journal, n: int = 10, dest: str = "flokit-events") -> str:
    records = [
        Record(i + 2, {"event": "e", "user_id": f"u{i}", "timestamp": "2024-01-01T00:00:00Z"})
        for i in range(n)
    ]
    originals = {i + 2: {"Event": "e", "User": f"u{i}", "Note": "=cmd"} for i in range(n)}
    return journal.create_job(
        source_path="/tmp/data/events.csv",
        source_sha256="ab" * 32,
        source_info={"format": "csv", "path": Path("/tmp/data/events.csv")},
        destination_id=dest,
        base_url="http://127.0.0.1:9999/",
        profile_name="default",
        mapping={"Event": "event", "User": "user_id"},
        records=records,
        original_rows=originals,
    )


def assert_counts_add_up(journal: Journal, job_id: str) -> None:
    job = journal.job(job_id)
    assert job.accepted + job.rejected + job.failed + job.pending == job.rows
    counted = journal.state_counts(job_id)
    assert counted == {
        "pending": job.pending,
        "accepted": job.accepted,
        "rejected": job.rejected,
        "failed": job.failed,
    }


def test_default_location_wal_and_full_sync() -> None:
    journal = Journal()  # BACKFILL_DATA_DIR points at a tmp dir in tests
    try:
        assert journal.path.name == "journal.sqlite3" and journal.path.exists()
        with journal._lock:
            assert journal._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert journal._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    finally:
        journal.close()


def test_create_list_and_lookup_by_prefix(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        job_id = make_job(journal, 10)
        jobs = journal.list_jobs()
        assert [j.id for j in jobs] == [job_id]
        job = jobs[0]
        assert (job.file_name, job.rows, job.pending, job.state) == (
            "events.csv",
            10,
            10,
            "pending",
        )
        assert job.base_url == "http://127.0.0.1:9999"
        assert job.mapping == {"Event": "event", "User": "user_id"}
        assert job.as_dict()["destination"] == "flokit-events"
        assert journal.job(job_id[:-2]).id == job_id
        with pytest.raises(KeyError):
            journal.job("nope")
        assert [j.id for j in journal.unfinished_jobs()] == [job_id]
        assert_counts_add_up(journal, job_id)


def test_chunk_lifecycle_settle_retry_subset_and_failed_reset(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        job_id = make_job(journal, 10)
        free = journal.next_free_rows(job_id, -1, 6)
        assert [r.seq for r in free] == [0, 1, 2, 3, 4, 5]
        assert free[0].record.row == 2 and free[0].hash == content_hash(free[0].record.payload)
        (chunk,) = journal.open_chunks(job_id, [[r.seq for r in free]])
        # Rows in an open chunk are not free any more, but still pending.
        assert [r.seq for r in journal.next_free_rows(job_id, -1, 100)] == [6, 7, 8, 9]
        assert journal.load_open_chunks(job_id) == [chunk]
        assert_counts_add_up(journal, job_id)

        journal.record_attempt(chunk, 1, status=503, error="busy")
        assert journal.load_open_chunks(job_id)[0].attempts == 1
        assert journal.load_open_chunks(job_id)[0].idem_key == chunk.idem_key

        new, changed = journal.settle_chunk(
            job_id,
            chunk,
            chunk_state="done",
            accepted=[0, 1, 2],
            rejected=[(3, "validation", "user_id", "bad")],
            new_groups=[[4, 5]],
            new_attempts=1,
            requests=2,
            retries=1,
        )
        assert changed == (3, 1, 0)
        assert len(new) == 1 and new[0].seqs == (4, 5) and new[0].idem_key != chunk.idem_key
        assert journal.load_open_chunks(job_id) == new
        assert_counts_add_up(journal, job_id)

        # Settling the same rows again changes nothing (no double counting).
        _, again = journal.settle_chunk(job_id, chunk, chunk_state="done", accepted=[0, 1])
        assert again == (0, 0, 0)

        _, changed = journal.settle_chunk(
            job_id,
            new[0],
            chunk_state="failed",
            failed=[(4, "transient", "503"), (5, "transient", "503")],
        )
        assert changed == (0, 0, 2)
        job = journal.job(job_id)
        assert (job.accepted, job.rejected, job.failed, job.pending) == (3, 1, 2, 4)
        outcomes = journal.row_outcomes(job_id)
        assert [(o.row, o.state) for o in outcomes] == [
            (5, "rejected"),
            (6, "failed"),
            (7, "failed"),
        ]
        assert outcomes[0].original["Note"] == "=cmd" and outcomes[0].field == "user_id"
        assert outcomes[0].payload["user_id"] == "u3"

        assert journal.reset_failed_to_pending(job_id) == 2
        reopened = journal.load_open_chunks(job_id)
        assert [c.idem_key for c in reopened] == [new[0].idem_key]  # same key after "retry"
        assert reopened[0].attempts == 0
        assert journal.job(job_id).failed == 0
        assert_counts_add_up(journal, job_id)
        stats = journal.job_stats(job_id)
        assert (stats.requests, stats.retries, stats.chunks) == (2, 1, 2)


def test_release_gives_unsent_rows_back(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        job_id = make_job(journal, 4)
        chunks = journal.open_chunks(job_id, [[0, 1], [2, 3]])
        journal.release_chunks(job_id, chunks[1:])
        assert [r.seq for r in journal.next_free_rows(job_id, -1, 10)] == [2, 3]
        assert journal.load_open_chunks(job_id) == chunks[:1]
        assert journal.rows_for(job_id, [3, 0])[0].record.row == 5


def test_already_accepted_is_per_destination_and_base_url(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        job_id = make_job(journal, 5)
        (chunk,) = journal.open_chunks(job_id, [[0, 1, 2]])
        journal.settle_chunk(
            job_id, chunk, chunk_state="done", accepted=[0, 1], rejected=[(2, "v", None, "m")]
        )
        again = [
            Record(99, {"user_id": f"u{i}", "timestamp": "2024-01-01T00:00:00Z", "event": "e"})
            for i in range(5)
        ]  # same content, other key order, other row numbers
        assert journal.already_accepted("flokit-events", "http://127.0.0.1:9999", again) == 2
        assert journal.already_accepted("flokit-events", "http://127.0.0.1:9999/", again) == 2
        assert journal.already_accepted("flokit-events", "https://api.flokit.ai", again) == 0
        assert journal.already_accepted("ourspriv-events", "http://127.0.0.1:9999", again) == 0


def test_state_survives_reopen_and_no_secret_is_stored(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    journal = Journal(path)
    job_id = make_job(journal, 3)
    (chunk,) = journal.open_chunks(job_id, [[0, 1, 2]])
    journal.set_state(job_id, "running", started=True)
    journal.close()
    with Journal(path) as again:
        assert again.load_open_chunks(job_id)[0].idem_key == chunk.idem_key
        assert again.job(job_id).state == "running"
        assert again.job_stats(job_id).started_at is not None
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    assert b"Bearer" not in raw and b"sk_" not in raw


def test_create_job_is_fast_and_atomic_for_many_rows(tmp_path: Path) -> None:
    n = 100_000
    records = [
        Record(
            i + 2,
            {
                "event": "e",
                "user_id": f"u{i}",
                "timestamp": "2024-01-01T00:00:00Z",
                "properties": {"i": i},
            },
        )
        for i in range(n)
    ]
    with Journal(tmp_path / "j.sqlite3") as journal:
        create = functools.partial(
            journal.create_job,
            source_sha256="0" * 64,
            source_info={},
            destination_id="flokit-events",
            base_url="https://api.flokit.ai",
            profile_name="p",
            mapping={},
        )
        t0 = time.perf_counter()
        job_id = create(
            source_path="big.csv", records=records, original_rows=lambda row: {"A": str(row)}
        )
        elapsed = time.perf_counter() - t0
        assert journal.job(job_id).rows == n
        assert elapsed < 5.0, f"create_job took {elapsed:.1f} s for {n:,} rows"
        # A failure mid-way leaves nothing behind.
        bad = [*records[:10], Record(1, {"x": object()})]
        with pytest.raises(TypeError):
            create(source_path="bad.csv", records=bad, original_rows={})
        assert len(journal.list_jobs()) == 1
        conn = sqlite3.connect(journal.path)
        assert conn.execute("SELECT SUM(n) FROM row_blocks").fetchone()[0] == n
        conn.close()
