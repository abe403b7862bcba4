"""The who-and-when reads (the receipt's event times, a destination's accepted users) read a
job's stored payloads one block at a time: one fetch of a whole 1M-row job's payloads and
originals took a `backfill upload` from 4x the file to 7x at its end (the receipt)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from app.core.journal import BLOCK_SIZE, Journal
from app.core.records import Record
from tests.upload.jobs import run, uploader

N = 2 * BLOCK_SIZE + 500  # three blocks


def _stamp(i: int) -> str:
    return f"2024-01-{1 + i % 28:02d}T00:00:{i % 60:02d}Z"


def _events_job(journal: Journal, base_url: str) -> str:
    events = [
        {"external_user_id": f"u{i}", "name": "seen", "timestamp": _stamp(i), "properties": {}}
        for i in range(N)
    ]
    return journal.create_job(
        source_path=Path("/data/import.csv"),
        source_sha256="f" * 64,
        source_info={"format": "csv"},
        destination_id="vibefollow-events",
        base_url=base_url,
        profile_name="test",
        mapping={"fields": {"timestamp": {"kind": "column", "column": "When"}}},
        records=[Record(2 + i, p) for i, p in enumerate(events)],
        original_rows=lambda row: {"When": _stamp(row - 2)},
    )


def _spy_payload_reads(journal: Journal, monkeypatch) -> list[int]:
    """How many rows each read of stored payloads returned."""
    counts: list[int] = []
    read = journal._read

    def spy(sql, params=()):
        rows = read(sql, params)
        if "payloads" in sql:
            counts.append(len(rows))
        return rows

    monkeypatch.setattr(journal, "_read", spy)
    return counts


def test_event_times_read_one_block_at_a_time(tmp_path, monkeypatch):
    with Journal(tmp_path / "journal.sqlite3") as journal:
        job = _events_job(journal, "http://127.0.0.1:1")
        counts = _spy_payload_reads(journal, monkeypatch)
        times = journal.event_times(job)
    assert len(times) == N
    naive = [_stamp(i).removesuffix("Z") for i in range(N)]  # numpy reads UTC without a zone
    expected = np.array(naive, dtype="datetime64[ms]").astype(np.int64)
    assert np.array_equal(times, expected)
    assert counts == [1, 1, 1]  # one block per read, never the job's payloads at once


def test_accepted_users_hash_one_block_at_a_time(sandbox, tmp_path, monkeypatch):
    with Journal(tmp_path / "journal.sqlite3") as journal:
        job = _events_job(journal, sandbox.base_url)
        run(uploader(journal, job, sandbox))
        assert journal.job(job).accepted == N
        counts = _spy_payload_reads(journal, monkeypatch)
        hashes = journal.accepted_user_hashes("vibefollow-events", sandbox.base_url)
        assert len(hashes) == N
        assert counts == [1, 1, 1]
        counts.clear()  # hashed once: the second read takes the stored hashes
        assert np.array_equal(
            journal.accepted_user_hashes("vibefollow-events", sandbox.base_url), hashes
        )
        assert counts == []


def test_the_receipts_histogram_tallies_block_by_block(tmp_path, monkeypatch):
    from app.core.receipt import job_histogram
    from app.core.timeline import TimelineTally

    with Journal(tmp_path / "journal.sqlite3") as journal:
        job = _events_job(journal, "http://127.0.0.1:1")
        whole = TimelineTally()
        whole.add(journal.event_times(job))
        added: list[int] = []
        add = TimelineTally.add
        monkeypatch.setattr(TimelineTally, "add", lambda t, ms: (added.append(len(ms)), add(t, ms)))
        histogram = job_histogram(journal, job)
    assert histogram == whole.histogram() and histogram.events == N
    assert added == [BLOCK_SIZE, BLOCK_SIZE, 500]  # never the job's times in one array
