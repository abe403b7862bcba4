"""Estimate before an upload, and settings helpers."""

from __future__ import annotations

import pytest

from app.core.destinations import get_destination
from app.core.uploader import UploadSettings, estimate


def test_estimate_flokit_is_paced_by_its_budget() -> None:
    est = estimate(250_000, get_destination("flokit-events"))
    assert (est.rows, est.requests) == (250_000, 250)
    assert est.note == "FloKit allows 100 requests/min"
    # 100 at once, 100 a minute later, the last 50 a minute after that.
    assert 120 <= est.seconds < 125


def test_estimate_small_and_unlimited() -> None:
    est = estimate(12_371, get_destination("vibefollow-users"), concurrency=8)
    assert est.requests == 13 and est.seconds < 5
    assert "VibeFollow" in est.note
    assert estimate(0, get_destination("ourspriv-events")).requests == 0
    assert estimate(50, get_destination("flokit-events")).seconds < 5


def test_fixed_concurrency_settings() -> None:
    s = UploadSettings.fixed_concurrency(6, read_timeout=5.0)
    assert (s.initial_concurrency, s.min_concurrency, s.max_concurrency) == (6, 6, 6)
    assert s.read_timeout == 5.0
    assert UploadSettings().backoff_cap == 60 and UploadSettings().retry_after_cap == 300


def test_the_eta_near_the_end_allows_for_the_requests_still_to_answer(sandbox) -> None:
    """The last requests take a whole answer time each round, however fast the rows went
    before: an ETA from the recent rate alone says "done" while a slow answer is still due."""
    import dataclasses

    from app.core.journal import Journal
    from tests.upload.jobs import FAST, run, sandbox_job, uploader

    sandbox.configure(latency_ms=400)
    settings = dataclasses.replace(
        FAST, chunk_size=100, initial_concurrency=4, max_concurrency=4, min_concurrency=4
    )
    seen: list[tuple[int, float | None]] = []
    with Journal() as journal:
        job_id = sandbox_job(journal, sandbox, "vibefollow-users", 1_000)
        up = uploader(journal, job_id, sandbox, settings=settings)
        up.on_progress = lambda p: seen.append((p.pending, p.eta_s))
        assert run(up).accepted == 1_000
    # With 200 rows (2 requests, one round of 4 in flight) still to answer, at least one
    # answer time (0.4 s) is left.
    late = [eta for pending, eta in seen if 0 < pending <= 200 and eta is not None]
    assert late and min(late) >= 0.3, late


def test_the_estimate_uses_the_measured_answer_time() -> None:
    typical = estimate(100_000, get_destination("vibefollow-events"), concurrency=8)
    slow = estimate(100_000, get_destination("vibefollow-events"), concurrency=8, request_s=2.0)
    assert slow.seconds == pytest.approx(typical.seconds * 2.0 / 0.3)


def test_an_upload_measures_its_answer_time_for_the_next_estimate(sandbox) -> None:
    from app.core.journal import Journal
    from tests.upload.jobs import FAST, run, sandbox_job, uploader

    sandbox.configure(latency_ms=200)
    with Journal() as journal:
        job_id = sandbox_job(journal, sandbox, "vibefollow-users", 300)
        final = run(uploader(journal, job_id, sandbox, settings=FAST))
    assert final.latency_s is not None and 0.15 <= final.latency_s < 1.5
