"""The receipt counts chunks actually sent: chunks planned ahead and given back on cancel (or
split before their first send) are not "chunks" of the upload."""

from __future__ import annotations

import asyncio
import dataclasses

from app.core.journal import Journal
from app.core.receipt import receipt_from_journal
from tests.upload.jobs import FAST, assert_exactly_once, run, sandbox_job, uploader
from tests.waiting import until

SETTINGS = dataclasses.replace(
    FAST, chunk_size=100, initial_concurrency=2, max_concurrency=2, min_concurrency=2
)


def test_cancel_then_resume_counts_only_chunks_that_were_sent(sandbox) -> None:
    sandbox.configure(latency_ms=60.0)
    with Journal() as journal:
        job_id = sandbox_job(journal, sandbox, "vibefollow-users", 2000)
        up = uploader(journal, job_id, sandbox, settings=SETTINGS)

        async def cancel_early():
            task = asyncio.create_task(up.run())
            await until(lambda: up.progress().accepted >= 200, task=task)
            up.cancel()
            return await task

        assert asyncio.run(cancel_early()).state == "cancelled"
        # Chunks were planned ahead and given back unsent.
        assert journal.chunk_states(job_id).get("released", 0) >= 1
        final = run(uploader(journal, job_id, sandbox, settings=SETTINGS))
        assert final.state == "finished" and final.accepted == 2000
        stats = journal.job_stats(job_id)
        receipt = receipt_from_journal(journal, job_id)
    server_requests = sandbox.stats()["vibefollow-users"]["requests"]
    assert stats.chunks == 20  # 2,000 rows in chunks of 100, each sent (at least) once
    # A cancel at once may abort a request (of the 2 in flight) before it reaches the server:
    # the journal counts what left Backfill, so it may exceed the server's count by those.
    assert server_requests <= stats.requests <= server_requests + 2
    assert server_requests >= stats.chunks
    assert f"Requests:         {stats.requests:,} (20 batches of rows)" in receipt.to_text()
    assert_exactly_once(sandbox, "vibefollow-users", {f"u{i}" for i in range(2000)})


def test_a_journal_from_before_the_sent_flag_counts_its_answered_chunks(sandbox, tmp_path) -> None:
    import sqlite3

    path = tmp_path / "journal.sqlite3"
    with Journal(path) as journal:
        job_id = sandbox_job(journal, sandbox, "flokit-events", 300)
        assert run(uploader(journal, job_id, sandbox, settings=SETTINGS)).accepted == 300
    with sqlite3.connect(path) as db:
        db.execute("ALTER TABLE chunks DROP COLUMN sent")
    with Journal(path) as journal:
        assert journal.job_stats(job_id).chunks == 3
