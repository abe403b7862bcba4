"""Orderly stops: a refused key, `stop_when_idle()` and the CLI's first Ctrl-C let the requests in
flight finish and record their answers, so a resume never sends stored rows twice (Ours Privacy
keeps duplicates; the sandbox counts them in `duplicates_stored`)."""

from __future__ import annotations

import asyncio
import dataclasses

from app.core.journal import Journal
from app.sandbox import DEFAULT_API_KEY
from tests.upload.answer_hold import held_client
from tests.upload.jobs import (
    FAST,
    assert_journal_consistent,
    run,
    sandbox_job,
    stored_keys,
    uploader,
)
from tests.waiting import until

DEST = "ourspriv-events"
ROWS = 600
WAVES = dataclasses.replace(
    FAST, chunk_size=50, initial_concurrency=4, max_concurrency=4, min_concurrency=4
)


def _server(sandbox) -> dict:
    return sandbox.stats()["ourspriv-batch"]


def _resume_and_check_exactly_once(journal: Journal, job_id: str, sandbox) -> None:
    final = run(uploader(journal, job_id, sandbox, settings=WAVES))
    assert final.state == "finished" and final.accepted == ROWS
    assert_journal_consistent(journal, job_id)
    stats = _server(sandbox)
    assert stats["duplicates_stored"] == 0, f"{stats['duplicates_stored']} rows stored twice"
    assert stats["stored"] == ROWS
    assert set(stored_keys(sandbox, DEST).values()) == {1}


def test_a_401_mid_job_waits_for_the_requests_in_flight(sandbox) -> None:
    # Request 6 is refused (the key was revoked); 5, 7 and 8 are stored by then, their answers
    # on the way back. They must be recorded as accepted, not abandoned and re-sent.
    with Journal() as journal:
        job_id = sandbox_job(journal, sandbox, DEST, ROWS)

        async def first_run():
            client = held_client(DEFAULT_API_KEY, hold_s=0.3, refuse_at=6)
            try:
                return await uploader(journal, job_id, sandbox, settings=WAVES, client=client).run()
            finally:
                await client.aclose()

        stopped = asyncio.run(first_run())
        assert stopped.state == "stopped_auth" == journal.job(job_id).state
        assert "401" in (stopped.last_error or "")
        assert_journal_consistent(journal, job_id)
        # The journal knows every row the server stored (request 5 at least was in flight when
        # the 401 came back, 7 and 8 too if sent by then): only the refused chunk is open.
        accepted = journal.job(job_id).accepted
        assert _server(sandbox)["stored"] == accepted and accepted in (250, 300, 350)
        assert [len(c.seqs) for c in journal.load_open_chunks(job_id)] == [50]
        _resume_and_check_exactly_once(journal, job_id, sandbox)


def test_stop_when_idle_records_the_answers_in_flight_and_leaves_the_job_paused(sandbox) -> None:
    with Journal() as journal:
        job_id = sandbox_job(journal, sandbox, DEST, ROWS)

        async def scenario():
            client = held_client(DEFAULT_API_KEY, hold_s=0.3)
            up = uploader(journal, job_id, sandbox, settings=WAVES, client=client)
            try:
                task = asyncio.create_task(up.run())
                # Some of the second wave is stored, its answers held back.
                await until(
                    lambda: (
                        up.progress().done >= 200
                        and _server(sandbox)["stored"] > up.progress().done
                    ),
                    task=task,
                )
                stored = _server(sandbox)["stored"]
                final = await up.stop_when_idle()
                ended = await task
                assert (ended.state, ended.accepted) == (final.state, final.accepted)
                return final, stored
            finally:
                await client.aclose()

        final, stored_at_stop = asyncio.run(scenario())
        job = journal.job(job_id)
        assert final.state == "paused" == job.state
        assert final.sent == final.done  # nothing left in flight
        assert job.accepted + job.pending == ROWS and job.accepted >= stored_at_stop
        assert journal.load_open_chunks(job_id) == []
        assert _server(sandbox)["stored"] == job.accepted
        assert [j.id for j in journal.unfinished_jobs()] == [job_id]
        _resume_and_check_exactly_once(journal, job_id, sandbox)


def test_an_answer_not_back_within_the_grace_time_is_resolved_on_resume(sandbox) -> None:
    with Journal() as journal:
        job_id = sandbox_job(journal, sandbox, DEST, ROWS)

        async def scenario():
            client = held_client(DEFAULT_API_KEY, hold_s=5.0)
            up = uploader(journal, job_id, sandbox, settings=WAVES, client=client)
            try:
                task = asyncio.create_task(up.run())
                await until(lambda: _server(sandbox)["stored"] >= 4 * 50, task=task)
                final = await asyncio.wait_for(up.stop_when_idle(grace_s=0.2), 3.0)
                await task
                return final
            finally:
                await client.aclose()

        final = asyncio.run(scenario())
        job = journal.job(job_id)
        assert final.state == "paused" == job.state and job.accepted == 0
        # Unanswered: their chunks stay open, re-sent under the same key as a lost answer.
        assert len(journal.load_open_chunks(job_id)) == 4
        assert_journal_consistent(journal, job_id)
