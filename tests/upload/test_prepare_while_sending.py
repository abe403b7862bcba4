"""A job prepared while it is sent: the journal's begin/append/finish, counts that add up at
every commit, and the engine sending committed blocks and waiting for more (not ending)."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest

from app.core.destinations import get_destination
from app.core.job_rows import payload_json
from app.core.jobstate import JobState, Verdict, verdict
from app.core.journal import BLOCK_SIZE, JobSource, Journal, PreparationOrderError, RowBlock
from app.core.row_feed import RowFeed
from app.core.uploader import Uploader
from app.sandbox import DEFAULT_API_KEY
from tests.upload.jobs import FAST, assert_exactly_once, assert_journal_consistent, payload
from tests.waiting import until

DEST = "vibefollow-events"


def source(base_url: str) -> JobSource:
    return JobSource(
        path="/data/import.csv",
        sha256="f" * 64,
        info={"format": "csv"},
        destination_id=DEST,
        base_url=base_url,
        profile_name="test",
        mapping={"a": "b"},
    )


def block(start: int, n: int) -> RowBlock:
    rows = list(range(start + 2, start + 2 + n))
    return RowBlock(
        rows=rows,
        payloads=[payload_json(payload(DEST, i)) for i in range(start, start + n)],
        originals=[{"Row": str(r)} for r in rows],
    )


def test_a_preparing_job_counts_its_rows_so_far_and_is_unfinished(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        job_id = journal.begin_job(source("http://127.0.0.1:9"))
        job = journal.job(job_id)
        assert (job.state, job.rows, job.preparing) == (JobState.PREPARING, 0, True)
        assert verdict(job) is Verdict.UNFINISHED  # nothing pending, yet not finished
        assert journal.unfinished_jobs() == [job]
        assert journal.append_blocks(job_id, [block(0, BLOCK_SIZE)]) == BLOCK_SIZE
        assert journal.append_blocks(job_id, [block(BLOCK_SIZE, 300)]) == BLOCK_SIZE + 300
        job = journal.job(job_id)
        assert job.pending == job.rows == BLOCK_SIZE + 300
        assert_journal_consistent(journal, job_id)
        # Only a job's last block may be short: a seq never moves.
        with pytest.raises(PreparationOrderError):
            journal.append_blocks(job_id, [block(BLOCK_SIZE + 300, 10)])
        journal.finish_preparing(job_id)
        job = journal.job(job_id)
        assert (job.state, job.preparing, job.rows) == (JobState.PENDING, False, BLOCK_SIZE + 300)
        assert verdict(job) is Verdict.UNFINISHED  # rows pending
        with pytest.raises(ValueError, match="all written"):
            journal.append_blocks(job_id, [block(0, 1)])


def test_the_engine_sends_committed_blocks_and_waits_for_the_rest(sandbox, tmp_path) -> None:
    """Rows go out while the job is preparing; the run ends only once the preparation ended."""
    with Journal(tmp_path / "j.sqlite3") as journal:
        job_id = journal.begin_job(source(sandbox.base_url))
        feed = RowFeed()
        go_on = threading.Event()

        def prepare() -> None:
            feed.added(journal.append_blocks(job_id, [block(0, BLOCK_SIZE)]))
            go_on.wait(30)
            feed.added(journal.append_blocks(job_id, [block(BLOCK_SIZE, 500)]))
            journal.finish_preparing(job_id)
            feed.finished()

        up = Uploader(
            get_destination(DEST),
            journal,
            job_id,
            base_url=sandbox.base_url,
            api_key=DEFAULT_API_KEY,
            settings=FAST,
            feed=feed,
        )

        async def main() -> None:
            thread = threading.Thread(target=prepare)
            thread.start()
            task = asyncio.ensure_future(up.run())
            try:
                await until(lambda: journal.job(job_id).accepted == BLOCK_SIZE, task=task)
            except BaseException:
                go_on.set()  # the preparing thread ends either way
                raise
            # Every written row is sent and the preparation has not ended: the run waits.
            assert not task.done()
            job = journal.job(job_id)
            assert (job.accepted, job.pending, job.preparing) == (BLOCK_SIZE, 0, True)
            assert len(sandbox.records(DEST)) == BLOCK_SIZE
            go_on.set()
            progress = await task
            thread.join()
            assert progress.state == "finished"

        asyncio.run(main())
        job = journal.job(job_id)
        assert (job.state, job.preparing, job.accepted) == ("finished", False, BLOCK_SIZE + 500)
        assert verdict(job) is Verdict.DELIVERED
        assert_exactly_once(sandbox, DEST, set(range(BLOCK_SIZE + 500)))
        assert_journal_consistent(journal, job_id)


def test_a_preparation_that_fails_leaves_the_job_unfinished_not_finished(sandbox, tmp_path):
    with Journal(tmp_path / "j.sqlite3") as journal:
        job_id = journal.begin_job(source(sandbox.base_url))
        feed = RowFeed()
        feed.added(journal.append_blocks(job_id, [block(0, 200)]))
        feed.failed(RuntimeError("the file could not be read"))
        up = Uploader(
            get_destination(DEST),
            journal,
            job_id,
            base_url=sandbox.base_url,
            api_key=DEFAULT_API_KEY,
            settings=FAST,
            feed=feed,
        )
        progress = asyncio.run(up.run())
        job = journal.job(job_id)
        assert progress.state == "paused" and job.state == "paused"
        assert (job.accepted, job.pending, job.preparing) == (200, 0, True)
        assert verdict(job) is Verdict.UNFINISHED
