"""One runner per job: a second Backfill on the same job refuses; a dead runner's lease is taken
over so a job killed with SIGKILL still resumes."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import sqlite3
import subprocess
import sys
import time

import pytest

from app.cli import run_cli
from app.core.journal import JobBusy, Journal
from app.sandbox import DEFAULT_API_KEY
from tests.upload.jobs import (
    FAST,
    assert_exactly_once,
    assert_journal_consistent,
    run,
    sandbox_job,
    uploader,
)
from tests.waiting import until

KEY_ENV = "BACKFILL_TEST_KEY"


def test_a_second_uploader_on_the_same_job_refuses_and_sends_nothing(sandbox) -> None:
    sandbox.configure(latency_ms=50.0)
    settings = dataclasses.replace(FAST, chunk_size=100, max_concurrency=2, initial_concurrency=2)
    with Journal() as journal, Journal(journal.path) as other:
        job_id = sandbox_job(journal, sandbox, "vibefollow-events", 1000)
        first = uploader(journal, job_id, sandbox, settings=settings)
        second = uploader(other, job_id, sandbox, settings=settings)

        async def both():
            task = asyncio.create_task(first.run())
            await until(lambda: first.progress().requests >= 1, task=task)
            with pytest.raises(JobBusy) as busy:
                await second.run()
            assert second.state == "idle"
            return await task, str(busy.value)

        final, message = asyncio.run(both())
        assert final.state == "finished" and final.accepted == 1000
        assert message == (
            f"Job {job_id} is being sent by another Backfill (pid {os.getpid()}) — "
            "wait for it or stop it."
        )
        # Released at the end: the next run may take the job.
        assert run(uploader(other, job_id, sandbox, settings=settings)).state == "finished"
        assert_journal_consistent(journal, job_id)
    assert sandbox.stats()["vibefollow-events"]["requests"] == 10
    assert_exactly_once(sandbox, "vibefollow-events", set(range(1000)))


def _lease_of_a_dead_process(journal: Journal, job_id: str) -> int:
    """A real process takes the lease, then dies without releasing it (as after kill -9)."""
    code = (
        "import os, sys; from app.core.journal import Journal; "
        "j = Journal(sys.argv[1]); j.take_lease(sys.argv[2], 'crashed-run'); "
        "print(os.getpid(), flush=True); os._exit(0)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(journal.path), job_id],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return int(done.stdout.strip())


def test_a_lease_left_by_a_dead_process_is_taken_over(sandbox) -> None:
    with Journal() as journal:
        job_id = sandbox_job(journal, sandbox, "flokit-events", 500)
        dead_pid = _lease_of_a_dead_process(journal, job_id)
        assert journal.take_lease(job_id, "someone-else") == dead_pid
        journal.release_lease(job_id, "someone-else")
        _lease_of_a_dead_process(journal, job_id)
        final = run(uploader(journal, job_id, sandbox))
        assert final.state == "finished" and final.accepted == 500
    assert_exactly_once(sandbox, "flokit-events", set(range(500)))


def test_a_live_holder_is_respected_until_its_heartbeat_is_stale(sandbox) -> None:
    with Journal() as journal:
        job_id = sandbox_job(journal, sandbox, "vibefollow-users", 10)
        journal.take_lease(job_id, "live-run")  # this very (live) process
        with pytest.raises(JobBusy):
            journal.take_lease(job_id, "second-run")
        # Silent for three minutes (a machine that went to sleep, or a reused pid): stale.
        with sqlite3.connect(journal.path) as db:
            db.execute("UPDATE leases SET heartbeat = ?", (time.time() - 180,))
        assert journal.take_lease(job_id, "second-run") == os.getpid()
        assert journal.refresh_lease(job_id, "live-run") is False
        assert journal.refresh_lease(job_id, "second-run") is True


def test_a_runner_whose_lease_was_taken_over_stops_sending(sandbox) -> None:
    sandbox.configure(latency_ms=40.0)
    settings = dataclasses.replace(
        FAST, chunk_size=50, max_concurrency=1, initial_concurrency=1, lease_heartbeat_s=0.05
    )
    with Journal() as journal, Journal(journal.path) as other:
        job_id = sandbox_job(journal, sandbox, "vibefollow-users", 2000)
        up = uploader(journal, job_id, sandbox, settings=settings)

        async def scenario():
            task = asyncio.create_task(up.run())
            await until(lambda: up.progress().accepted >= 100, task=task)
            with sqlite3.connect(other.path) as db:  # another Backfill took it over
                db.execute("UPDATE leases SET owner = 'other-run'")
            return await asyncio.wait_for(task, 10)

        final = asyncio.run(scenario())
        assert final.state == "stopped" and final.pending > 0
        assert "Another Backfill took over" in (final.last_error or "")
        # The job is the new runner's now: its state and open chunks are left alone.
        assert journal.job(job_id).state == "running"
        assert journal.chunk_states(job_id).get("released", 0) == 0
        assert_journal_consistent(journal, job_id)


def test_cli_resume_refuses_while_another_backfill_sends(sandbox, monkeypatch, capsys) -> None:
    monkeypatch.setenv(KEY_ENV, DEFAULT_API_KEY)
    with Journal() as journal:
        job_id = sandbox_job(journal, sandbox, "vibefollow-events", 30)
        journal.take_lease(job_id, "the-app")
        argv = ["resume", job_id, "--base-url", sandbox.base_url, "--api-key-env", KEY_ENV]
        assert run_cli(argv) == 2
        out = capsys.readouterr()
        assert f"is being sent by another Backfill (pid {os.getpid()})" in out.out + out.err
        assert "Traceback" not in out.out + out.err
        assert sandbox.records("vibefollow-events") == []
        journal.release_lease(job_id, "the-app")
        assert run_cli(argv) == 0
    assert len(sandbox.records("vibefollow-events")) == 30
