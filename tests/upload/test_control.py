"""Pause, resume, cancel, canary, crash recovery (in-process and a real SIGKILL'd process)."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import orjson
import pytest

from app.core.destinations import get_destination
from app.core.journal import Journal
from app.core.uploader import Progress, UploadSettings
from app.sandbox import DEFAULT_API_KEY
from tests.upload.jobs import (
    FAST,
    assert_exactly_once,
    assert_journal_consistent,
    make_job,
    records,
    run,
    sandbox_job,
    uploader,
)
from tests.waiting import until, wait_until

REPO = Path(__file__).resolve().parents[2]
SLOW = dataclasses.replace(
    FAST, initial_concurrency=2, max_concurrency=2, min_concurrency=2, chunk_size=100
)


def test_pause_sends_nothing_new_and_resume_finishes(sandbox) -> None:
    sandbox.configure(latency_ms=30.0)
    states: list[str] = []
    with Journal() as journal:
        job_id = sandbox_job(journal, sandbox, "flokit-events", 3000)
        up = uploader(
            journal, job_id, sandbox, settings=SLOW, on_progress=lambda p: states.append(p.state)
        )

        async def scenario():
            task = asyncio.create_task(up.run())
            await until(lambda: up.progress().done >= 500, task=task)
            up.pause()
            assert up.state == "paused"
            await until(lambda: up.progress().sent == up.progress().done)  # in flight finish
            sent = sandbox.stats()["flokit-events"]["requests"]
            await asyncio.sleep(0.3)
            assert sandbox.stats()["flokit-events"]["requests"] == sent
            assert journal.job(job_id).state == "paused"
            paused = up.progress()
            assert 500 <= paused.done < 3000 and paused.pending == 3000 - paused.done
            assert paused.records_per_s > 0 and paused.eta_s is not None and paused.eta_s > 0
            up.resume()
            return await task

        final = asyncio.run(scenario())
        assert final.state == "finished" and final.accepted == 3000
        assert journal.job(job_id).state == "finished"
        assert "paused" in states and states[-1] == "finished"
        assert_journal_consistent(journal, job_id)
    assert_exactly_once(sandbox, "flokit-events", set(range(3000)))


@pytest.mark.parametrize("dest_id", ["flokit-events", "vibefollow-events"])
def test_cancel_loses_nothing_and_a_new_run_finishes_exactly_once(sandbox, dest_id) -> None:
    sandbox.configure(latency_ms=40.0)
    with Journal() as journal:
        job_id = sandbox_job(journal, sandbox, dest_id, 3000)
        up = uploader(journal, job_id, sandbox, settings=SLOW)

        async def scenario():
            task = asyncio.create_task(up.run())
            await until(lambda: up.progress().done >= 600, task=task)
            up.cancel()  # two requests are in flight: abandoned, the server still stores them
            return await task

        final = asyncio.run(scenario())
        assert final.state == "cancelled" == journal.job(job_id).state
        assert final.pending > 0 and final.accepted + final.pending == 3000
        assert_journal_consistent(journal, job_id)
        # Only the abandoned in-flight chunks stay open (same key on the next run); one still
        # being recorded as it was about to leave never left, and is given back.
        open_chunks = journal.load_open_chunks(job_id)
        assert len(open_chunks) <= 2
        assert journal.unanswered_chunks(job_id) == {c.pk for c in open_chunks}
        assert [j.id for j in journal.unfinished_jobs()] == [job_id]
        wait_until(lambda: sandbox.in_flight() == 0, what="the server to finish abandoned requests")
        final = run(uploader(journal, job_id, sandbox, settings=FAST))
        assert final.state == "finished" and final.accepted == 3000
        assert_journal_consistent(journal, job_id)
        assert journal.unfinished_jobs() == []
    # Whether the server got to the abandoned requests before the client hung up varies; either
    # way each row is stored once (re-sent under the same key, or deduped by content).
    assert_exactly_once(sandbox, dest_id, set(range(3000)))


def test_canary_sends_only_the_first_rows_then_continues(sandbox) -> None:
    with Journal() as journal:
        job_id = sandbox_job(journal, sandbox, "vibefollow-users", 2500)
        up = uploader(journal, job_id, sandbox)
        first = asyncio.run(up.run(limit_rows=20))
        assert (first.accepted, first.pending, first.state) == (20, 2480, "paused")
        assert sandbox.stats()["vibefollow-users"]["records_received"] == 20
        final = asyncio.run(up.run())
        assert final.state == "finished" and final.accepted == 2500
    assert sandbox.stats()["vibefollow-users"]["records_received"] == 2500


def test_response_lost_before_crash_is_resent_with_the_same_key(sandbox) -> None:
    """A chunk committed and sent, then the process died before the answer was recorded."""
    dest = get_destination("flokit-events")
    with Journal() as journal:
        job_id = sandbox_job(journal, sandbox, "flokit-events", 1500)
        rows = journal.next_free_rows(job_id, -1, 1000)
        (chunk,) = journal.open_chunks(job_id, [[r.seq for r in rows]])
        journal.set_state(job_id, "running", started=True)
        req = dest.build_request(
            [r.record for r in rows], api_key=DEFAULT_API_KEY, idempotency_key=chunk.idem_key
        )
        httpx.post(sandbox.base_url + req.path, content=req.body, headers=req.headers)
        assert sandbox.stats()["flokit-events"]["stored"] == 1000
        # "Restart": a new Uploader on the same journal and job.
        final = run(uploader(journal, job_id, sandbox))
        assert final.state == "finished" and final.accepted == 1500
        assert_journal_consistent(journal, job_id)
    stats = sandbox.stats()["flokit-events"]
    assert stats["idempotent_replays"] == 1 and stats["stored"] == 1500
    assert_exactly_once(sandbox, "flokit-events", set(range(1500)))


@pytest.mark.parametrize("dest_id", ["flokit-events", "vibefollow-events"])
def test_kill_9_at_random_moments_then_resume(sandbox, tmp_path, dest_id) -> None:
    sandbox.configure(latency_ms=15.0, flokit_rate_limit=100_000)
    n = 12_000
    path = tmp_path / "journal.sqlite3"
    with Journal(path) as journal:
        job_id = sandbox_job(journal, sandbox, dest_id, n)
    rng = random.Random(dest_id)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    kills = 0
    for _ in range(3):
        child = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.upload.crash_child",
                str(path),
                job_id,
                sandbox.base_url,
                DEFAULT_API_KEY,
            ],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "started"
        # Kill after a random number of answered chunks, mid-flight.
        for _ in range(rng.randint(2, 12)):
            line = child.stdout.readline()
            if not line.startswith("chunk"):
                break
        time.sleep(rng.random() * 0.02)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        child.stdout.close()
        kills += child.returncode == -signal.SIGKILL
    assert kills >= 2
    wait_until(lambda: sandbox.in_flight() == 0, what="the server to finish abandoned requests")
    with Journal(path) as journal:
        mid = journal.job(job_id)
        assert 0 < mid.accepted < n and mid.state == "running"  # it crashed; nobody said otherwise
        assert_journal_consistent(journal, job_id)
        final = run(uploader(journal, job_id, sandbox, settings=FAST))
        assert final.state == "finished" and final.accepted == n
        assert_journal_consistent(journal, job_id)
    assert_exactly_once(sandbox, dest_id, set(range(n)))


def test_retries_reuse_the_key_and_body_a_subset_gets_a_new_key(sandbox) -> None:
    """Seen on the wire: a retried chunk goes again byte for byte under its key; the failed
    rows of a 207 go as a new payload under a new key."""
    import hashlib

    seen: list[tuple[str, str, int]] = []

    async def capture(request: httpx.Request) -> None:
        body = request.content
        n = len(orjson.loads(body)["events"])
        seen.append((request.headers["idempotency-key"], hashlib.sha1(body).hexdigest(), n))

    def run_captured(journal: Journal, job_id: str, settings: UploadSettings) -> Progress:
        async def go() -> Progress:
            async with httpx.AsyncClient(event_hooks={"request": [capture]}) as client:
                up = uploader(journal, job_id, sandbox, settings=settings, client=client)
                return await up.run()

        return asyncio.run(go())

    sandbox.set_faults(p500=1.0, budget=2, seed=1)  # the first two requests fail with 500
    with Journal() as journal:
        job_id = sandbox_job(journal, sandbox, "ourspriv-events", 300)
        settings = dataclasses.replace(FAST, initial_concurrency=1, max_concurrency=1)
        final = run_captured(journal, job_id, settings)
        assert final.accepted == 300
        assert len(seen) == 3 and len({(k, h) for k, h, _ in seen}) == 1  # same key, same bytes

        # Now a 207: transport failures on some rows only.
        seen.clear()
        sandbox.set_faults(p_queue_failure=0.3, seed=4)
        job2 = make_job(
            journal,
            "ourspriv-events",
            sandbox.base_url,
            records("ourspriv-events", 200, start_row=1000),
        )
        final = run_captured(journal, job2, dataclasses.replace(settings, max_attempts=20))
        assert final.accepted == 200
    assert seen[0][2] == 200 and len(seen) >= 2
    for (key_a, body_a, n_a), (key_b, body_b, n_b) in zip(seen, seen[1:], strict=False):
        assert n_b <= n_a
        if n_b < n_a:  # only the failed rows: a different payload, so a new key
            assert key_b != key_a and body_b != body_a
        else:  # every row failed again: the same payload under the same key
            assert (key_b, body_b) == (key_a, body_a)


def test_pause_while_the_last_chunks_are_in_flight_still_finishes(sandbox) -> None:
    sandbox.configure(latency_ms=100.0)
    settings = dataclasses.replace(
        SLOW, initial_concurrency=4, max_concurrency=4, min_concurrency=4
    )
    with Journal() as journal:
        job_id = sandbox_job(journal, sandbox, "vibefollow-users", 300)
        up = uploader(journal, job_id, sandbox, settings=settings)

        async def scenario():
            task = asyncio.create_task(up.run())
            await until(lambda: up.progress().sent >= 300, task=task)
            up.pause()  # everything is already on the wire
            return await asyncio.wait_for(task, 10)

        final = asyncio.run(scenario())
        assert final.state == "finished" and final.accepted == 300
        assert journal.job(job_id).state == "finished"
