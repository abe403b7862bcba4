"""Every destination over real HTTP against the sandbox: success, per-record rejections mapped
to the right spreadsheet rows, request-level failures (auth, 413 split, 207, 500, 404)."""

from __future__ import annotations

import dataclasses

import pytest

from app.core.destinations import get_destination
from app.core.journal import Journal
from app.core.records import Record
from app.core.uploader import ChunkLogEntry, Progress, Uploader
from app.core.urls import BaseURLError
from tests.upload.jobs import (
    FAST,
    assert_exactly_once,
    assert_journal_consistent,
    make_job,
    payload,
    records,
    run,
    sandbox_job,
    uploader,
)

DESTS = ["vibefollow-users", "vibefollow-events", "ourspriv-events", "flokit-events"]


def broken(dest_id: str, i: int) -> tuple[dict, str]:
    """An invalid payload the sandbox rejects, and the field it should name."""
    p = payload(dest_id, i)
    if dest_id == "vibefollow-users":
        return {**p, "email": "not-an-email"}, "email"
    if dest_id == "vibefollow-events":
        return {**p, "name": ""}, "name"
    if dest_id == "ourspriv-events":
        return {k: v for k, v in p.items() if k != "distinctId"}, "distinctId"
    return {k: v for k, v in p.items() if k != "user_id"}, "user_id"


@pytest.mark.parametrize("dest_id", DESTS)
def test_mixed_batch_rejections_land_on_the_right_rows(sandbox, dest_id: str) -> None:
    recs = records(dest_id, 2500)
    bad_at = {5, 999, 1000, 1777, 2499}
    fields = {}
    for i in bad_at:
        bad, fields[i] = broken(dest_id, i)
        recs[i] = Record(recs[i].row, bad)
    if dest_id == "flokit-events":
        recs.reverse()  # newest first: FloKit re-sorts every batch, indices must map back
    chunks: list[ChunkLogEntry] = []
    with Journal() as journal:
        job_id = make_job(journal, dest_id, sandbox.base_url, recs)
        final = run(uploader(journal, job_id, sandbox, on_chunk=chunks.append))
        assert final.state == "finished"
        assert (final.accepted, final.rejected, final.failed, final.pending) == (2495, 5, 0, 0)
        outcomes = journal.row_outcomes(job_id)
        assert sorted(o.row for o in outcomes) == sorted(i + 2 for i in bad_at)
        for o in outcomes:
            assert o.state == "rejected" and o.message
            assert o.field == fields[o.row - 2], (o.row, o.field, o.message)
            assert o.original == {"Row": str(o.row)}
        assert_journal_consistent(journal, job_id)
    assert_exactly_once(
        sandbox,
        dest_id,
        {(f"u{i}" if dest_id == "vibefollow-users" else i) for i in range(2500) if i not in bad_at},
    )
    stats = sandbox.stats()
    endpoint = {"ourspriv-events": "ourspriv-batch"}.get(dest_id, dest_id)
    assert stats[endpoint]["largest_batch"] <= 1000
    assert stats[endpoint]["requests"] == 3
    assert stats["flokit-events"]["unsorted_batches"] == 0
    assert sum(c.rejected for c in chunks) == 5 and sum(c.sent for c in chunks) == 2500
    assert chunks[0].first_row <= chunks[0].last_row


@pytest.mark.parametrize("dest_id", DESTS)
def test_wrong_key_stops_the_job_with_rows_left_pending(sandbox, dest_id: str) -> None:
    progress: list[Progress] = []
    with Journal() as journal:
        job_id = sandbox_job(journal, sandbox, dest_id, 3000)
        up = uploader(journal, job_id, sandbox, api_key="sk_wrong", on_progress=progress.append)
        final = run(up)
        assert final.state == "stopped_auth" == journal.job(job_id).state
        assert final.accepted == 0 and final.pending == 3000 and final.failed == 0
        assert "API key" in (final.last_error or "") and "401" in (final.last_error or "")
        assert "sk_wrong" not in (final.last_error or "")
        assert progress[-1].state == "stopped_auth"
        # With the right key the same job completes; the key was never stored.
        final = run(uploader(journal, job_id, sandbox))
        assert final.state == "finished" and final.accepted == 3000
        assert_journal_consistent(journal, job_id)
    assert b"sk_wrong" not in journal.path.read_bytes()


def test_ourspriv_413_limit_splits_and_remembers_the_limit(sandbox) -> None:
    sandbox.configure(ourspriv_max_events=300)
    chunks: list[ChunkLogEntry] = []
    with Journal() as journal:
        job_id = sandbox_job(journal, sandbox, "ourspriv-events", 3000)
        settings = dataclasses.replace(FAST, initial_concurrency=1, max_concurrency=1)
        up = uploader(journal, job_id, sandbox, settings=settings, on_chunk=chunks.append)
        final = run(up)
        assert final.state == "finished" and final.accepted == 3000
        assert_journal_consistent(journal, job_id)
        assert journal.chunk_states(job_id).get("open", 0) == 0
    stats = sandbox.stats()["ourspriv-batch"]
    # One 413 teaches the limit; chunks already planned are cut before they are sent.
    assert stats["status_codes"]["413"] == 1
    assert stats["largest_batch"] <= 300
    assert stats["status_codes"]["200"] == 4 * 3  # each 1,000-row chunk as 300+300+300+100
    assert_exactly_once(sandbox, "ourspriv-events", set(range(3000)))
    assert any(c.status == 413 and "300" in c.note for c in chunks)


def test_ourspriv_207_retries_transport_rows_only_and_rejects_invalid(sandbox) -> None:
    sandbox.set_faults(p_queue_failure=0.2, seed=3)
    recs = records("ourspriv-events", 1500)
    recs[10] = Record(recs[10].row, broken("ourspriv-events", 10)[0])
    with Journal() as journal:
        job_id = make_job(journal, "ourspriv-events", sandbox.base_url, recs)
        final = run(uploader(journal, job_id, sandbox))
        assert (final.accepted, final.rejected, final.failed) == (1499, 1, 0)
        assert journal.row_outcomes(job_id)[0].row == 12
        assert_journal_consistent(journal, job_id)
    stats = sandbox.stats()["ourspriv-batch"]
    assert stats["status_codes"].get("207", 0) >= 2
    # Only failed rows went again: far fewer records than re-sending whole chunks would need.
    assert 1500 < stats["records_received"] < 1500 + 2 * 1500 * 0.2 * 1.5
    assert_exactly_once(sandbox, "ourspriv-events", set(range(1500)) - {10})


def test_ourspriv_500_without_results_resends_the_whole_request(sandbox) -> None:
    sandbox.set_faults(p500=1.0, budget=2, endpoints=("ourspriv-batch",))
    with Journal() as journal:
        job_id = sandbox_job(journal, sandbox, "ourspriv-events", 800)
        final = run(uploader(journal, job_id, sandbox))
        assert final.state == "finished" and final.accepted == 800 and final.retries == 2
    stats = sandbox.stats()["ourspriv-batch"]
    assert stats["status_codes"] == {"200": 1, "500": 2}
    assert stats["records_received"] == 800  # injected 500s never reached processing
    assert_exactly_once(sandbox, "ourspriv-events", set(range(800)))


def test_ourspriv_500_with_results_retries_failed_rows_with_same_distinct_ids(sandbox) -> None:
    # Every valid row fails queue transport once → the sandbox answers 500 with results.
    sandbox.set_faults(p_queue_failure=1.0, budget=0)  # budget caps request-level faults only
    with Journal() as journal:
        job_id = sandbox_job(journal, sandbox, "ourspriv-events", 50)
        up = uploader(journal, job_id, sandbox, settings=dataclasses.replace(FAST, max_attempts=2))
        final = run(up)
        assert final.failed == 50 and final.state == "finished"
        assert sandbox.stats()["ourspriv-batch"]["status_codes"] == {"500": 2}
        sandbox.set_faults()
        assert journal.reset_failed_to_pending(job_id) == 50
        final = run(uploader(journal, job_id, sandbox))
        assert final.accepted == 50 and final.failed == 0
    stored = sandbox.records("ourspriv-batch")
    assert sorted(r["distinctId"] for r in stored) == sorted(f"d{i}" for i in range(50))


def test_flokit_same_key_replays_and_retry_after_is_honoured(sandbox) -> None:
    sandbox.configure(fractional_retry_after=True)
    sandbox.set_faults(p429=1.0, retry_after=0.3, budget=1)
    progress: list[Progress] = []
    settings = dataclasses.replace(FAST, max_concurrency=1, initial_concurrency=1)
    with Journal() as journal:
        job_id = sandbox_job(journal, sandbox, "flokit-events", 100)
        up = uploader(journal, job_id, sandbox, settings=settings, on_progress=progress.append)
        final = run(up)
        assert final.accepted == 100
        assert journal.job_stats(job_id).retry_after_wait_s >= 0.25
    waits = [p for p in progress if p.backoff_s > 0]
    assert waits and "asked us to slow down (429)" in waits[0].backoff_reason
    assert waits[0].backoff_reason.startswith("Waiting ")


def test_wrong_path_stops_with_a_clear_message(sandbox) -> None:
    with Journal() as journal:
        job_id = sandbox_job(journal, sandbox, "flokit-events", 10)
        up = Uploader(
            get_destination("flokit-events"),
            journal,
            job_id,
            base_url=sandbox.base_url + "/nowhere",
            api_key="k",
            settings=FAST,
        )
        final = run(up)
        assert final.state == "stopped" and "404" in (final.last_error or "")
        assert "base URL" in (final.last_error or "")
        assert final.pending == 10


def test_plain_http_is_refused_except_to_loopback() -> None:
    with Journal() as journal:
        job_id = make_job(
            journal, "flokit-events", "http://api.flokit.ai", records("flokit-events", 1)
        )
        with pytest.raises(BaseURLError):
            Uploader(
                get_destination("flokit-events"),
                journal,
                job_id,
                base_url="http://api.flokit.ai",
                api_key="k",
            )
        Uploader(
            get_destination("flokit-events"),
            journal,
            job_id,
            base_url="http://127.0.0.1:9",
            api_key="k",
        )


def test_self_signed_certificate_stops_the_upload_clearly(tmp_path) -> None:
    tls = pytest.importorskip("tests.network.tls_server")
    if not tls.cert_tools_available():
        pytest.skip("no way to make a certificate here")
    with tls.self_signed_https_server(tmp_path) as (url, seen), Journal() as journal:
        job_id = make_job(journal, "flokit-events", url, records("flokit-events", 5))
        up = Uploader(
            get_destination("flokit-events"),
            journal,
            job_id,
            base_url=url,
            api_key="k",
            settings=FAST,
        )
        final = run(up)
        assert final.state == "stopped"
        assert "certificate" in (final.last_error or "") and final.pending == 5
        assert seen == []


def test_unreachable_server_stops_the_job_without_failing_rows(sandbox) -> None:
    dead = "http://127.0.0.1:9"  # discard port: nothing listens
    settings = dataclasses.replace(FAST, max_attempts=3, connect_timeout=1.0)
    with Journal() as journal:
        job_id = make_job(journal, "vibefollow-users", dead, records("vibefollow-users", 1200))
        up = Uploader(
            get_destination("vibefollow-users"),
            journal,
            job_id,
            base_url=dead,
            api_key="k",
            settings=settings,
        )
        final = run(up)
        assert final.state == "stopped" and final.pending == 1200 and final.failed == 0
        assert "Cannot reach" in (final.last_error or "") and "resume" in (final.last_error or "")
        assert 3 <= final.requests <= 6  # a chunk used its attempts; the job stopped there
        assert_journal_consistent(journal, job_id)
        # Resume against a live server: everything goes, the open chunk with its stored key.
        keys = {c.idem_key for c in journal.load_open_chunks(job_id)}
        assert keys
        final = run(uploader(journal, job_id, sandbox))
        assert final.accepted == 1200 and final.state == "finished" and final.last_error is None
    assert sandbox.stats()["vibefollow-users"]["requests"] == 2


def test_server_errors_past_the_limit_fail_rows_and_retry_failed_reuses_keys(sandbox) -> None:
    sandbox.set_faults(p500=1.0, endpoints=("vibefollow-users",))
    settings = dataclasses.replace(FAST, max_attempts=3)
    with Journal() as journal:
        job_id = sandbox_job(journal, sandbox, "vibefollow-users", 1200)
        final = run(uploader(journal, job_id, sandbox, settings=settings))
        assert final.state == "finished" and final.failed == 1200
        assert "500" in (final.last_error or "")
        failed = journal.row_outcomes(job_id, ("failed",))
        assert len(failed) == 1200 and failed[0].code == "transient"
        assert_journal_consistent(journal, job_id)
        assert journal.load_open_chunks(job_id) == []
        # "Retry failed rows": the same chunks (same keys) go again.
        assert journal.reset_failed_to_pending(job_id) == 1200
        reopened = journal.load_open_chunks(job_id)
        assert len(reopened) == 2
        sandbox.set_faults()
        final = run(uploader(journal, job_id, sandbox))
        assert final.accepted == 1200 and final.failed == 0 and final.last_error is None
        assert_journal_consistent(journal, job_id)
    stats = sandbox.stats()["vibefollow-users"]
    assert stats["status_codes"] == {"500": 6, "200": 2}
