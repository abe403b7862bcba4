"""Long runs (`make soak`): big jobs under every fault at once, many kill -9s."""

from __future__ import annotations

import dataclasses

import pytest

from app.core.destinations import RateLimit
from app.core.journal import Journal
from tests.upload.jobs import (
    FAST,
    assert_exactly_once,
    assert_journal_consistent,
    run,
    sandbox_job,
    uploader,
)

pytestmark = pytest.mark.soak


@pytest.mark.parametrize("dest_id", ["vibefollow-events", "flokit-events"])
def test_big_job_under_every_fault(sandbox, dest_id: str) -> None:
    sandbox.configure(fractional_retry_after=True, latency_ms=20.0, flokit_rate_limit=100_000)
    sandbox.set_faults(
        p500=0.1,
        p429=0.05,
        p503=0.05,
        retry_after=0.05,
        p_drop_before=0.03,
        p_drop_after=0.05,
        p_stall=0.02,
        stall_s=1.0,
        jitter_ms=30.0,
        seed=99,
    )
    # The sandbox's FloKit budget is raised for this run, and ours with it.
    settings = dataclasses.replace(
        FAST, read_timeout=0.5, max_attempts=20, rate_limit=RateLimit(100_000, 60.0), chunk_size=500
    )
    n = 150_000
    with Journal() as journal:
        job_id = sandbox_job(journal, sandbox, dest_id, n)
        final = run(uploader(journal, job_id, sandbox, settings=settings))
        assert (final.accepted, final.failed, final.pending) == (n, 0, 0)
        assert_journal_consistent(journal, job_id)
    assert_exactly_once(sandbox, dest_id, set(range(n)))
