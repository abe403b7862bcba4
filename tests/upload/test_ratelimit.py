"""Pacing primitives with a manual clock: no real sleeps."""

from __future__ import annotations

import asyncio
import random
from datetime import UTC, datetime
from email.utils import format_datetime

import pytest

from app.core.ratelimit import AdaptiveConcurrency, RequestGate, RollingWindowLimiter
from app.core.retry import backoff_delay, parse_retry_after
from tests.upload.clock import ManualClock


def max_in_window(times: list[float], window: float) -> int:
    """Largest number of events inside any half-open window of `window` seconds."""
    best = 0
    j = 0
    for i, t in enumerate(times):
        while times[j] <= t - window + 1e-6:  # float slack at the exact boundary
            j += 1
        best = max(best, i - j + 1)
    return best


def test_rolling_window_never_exceeds_limit_in_any_window() -> None:
    clock = ManualClock()
    limiter = RollingWindowLimiter(100, 60.0, clock=clock)
    sent: list[float] = []
    gaps: list[float] = []

    async def go() -> None:
        rng = random.Random(7)
        for _ in range(450):
            await limiter.acquire()
            sent.append(clock.monotonic())
            gaps.append(rng.random() * 0.3)
            clock.advance(gaps[-1])

    asyncio.run(go())
    assert max_in_window(sent, 60.0) == 100
    # The budget is used fully: request i waits only until request i-100 leaves the window
    # or, when that is already past, not at all.
    for i in range(100, len(sent)):
        expected = max(sent[i - 100] + 60.0, sent[i - 1] + gaps[i - 1])
        assert sent[i] == pytest.approx(expected, abs=1e-6)


def test_rolling_window_allows_a_burst_then_waits_for_the_oldest() -> None:
    clock = ManualClock()
    limiter = RollingWindowLimiter(3, 10.0, clock=clock, margin=0.5)
    for _ in range(3):
        assert limiter.delay() == 0
        limiter.record()
    assert limiter.delay() == pytest.approx(10.5)
    clock.advance(4)
    assert limiter.delay() == pytest.approx(6.5)
    waited = asyncio.run(limiter.acquire())
    assert waited == pytest.approx(6.5)


def test_gate_holds_everyone_for_retry_after_then_applies_budget() -> None:
    clock = ManualClock()
    gate = RequestGate(RollingWindowLimiter(2, 5.0, clock=clock), clock=clock, budget_words="2/5s")
    gate.hold(3.0, "429")
    gate.hold(1.0, "shorter hold does not shorten")
    assert gate.pending_wait().kind == "retry_after"
    held, budget = asyncio.run(gate.wait())
    assert held == pytest.approx(3.0) and budget == 0
    asyncio.run(gate.wait())
    held, budget = asyncio.run(gate.wait())
    assert held == 0 and budget == pytest.approx(5.0)


def test_adaptive_concurrency_slow_start_then_halves_on_throttle() -> None:
    clock = ManualClock()
    aimd = AdaptiveConcurrency(4, 1, 64, clock=clock, cooldown=1.0)
    for _ in range(20):
        aimd.on_success(0.1)
    assert aimd.limit == 24
    aimd.on_throttle()
    assert aimd.limit == 12
    aimd.on_throttle()  # same overload, within cooldown: counted once
    assert aimd.limit == 12
    clock.advance(2)
    aimd.on_throttle()
    assert aimd.limit == 6
    # Congestion avoidance: +1 per `limit` clean responses.
    for _ in range(6):
        aimd.on_success(0.1)
    assert aimd.limit == 7


def test_adaptive_concurrency_stops_growing_when_latency_shows_queueing() -> None:
    aimd = AdaptiveConcurrency(4, 1, 64, clock=ManualClock())
    aimd.on_success(0.1)
    assert aimd.limit == 5
    for _ in range(10):
        aimd.on_success(0.5)
    assert aimd.limit == 5
    # Growth resumes slowly (additive) once responses are fast again.
    for _ in range(5):
        aimd.on_success(0.1)
    assert aimd.limit == 6


def test_adaptive_concurrency_respects_bounds() -> None:
    aimd = AdaptiveConcurrency(100, 2, 8, clock=ManualClock())
    assert aimd.limit == 8
    for _ in range(50):
        aimd.on_success(0.01)
    assert aimd.limit == 8
    clock = ManualClock()
    aimd = AdaptiveConcurrency(2, 2, 8, clock=clock)
    aimd.on_throttle()
    assert aimd.limit == 2


def test_backoff_is_exponential_jittered_and_capped() -> None:
    rng = random.Random(1)
    for attempt in range(1, 12):
        ceiling = min(60.0, 0.5 * 2 ** (attempt - 1))
        for _ in range(20):
            d = backoff_delay(attempt, base=0.5, cap=60.0, rng=rng)
            assert ceiling / 2 <= d <= ceiling
    assert backoff_delay(40, base=0.5, cap=60.0, rng=rng) <= 60.0
    values = {round(backoff_delay(3, rng=rng), 6) for _ in range(10)}
    assert len(values) > 5  # jitter spreads retries out


def test_retry_after_seconds_dates_garbage_and_cap() -> None:
    now = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC).timestamp()
    assert parse_retry_after("12", now=now) == 12
    assert parse_retry_after(" 1.5 ", now=now) == 1.5
    assert parse_retry_after("-3", now=now) == 0
    assert parse_retry_after("100000", now=now) == 300
    assert parse_retry_after("100000", now=now, cap=30) == 30
    when = datetime(2026, 1, 1, 12, 0, 42, tzinfo=UTC)
    assert parse_retry_after(format_datetime(when, usegmt=True), now=now) == pytest.approx(42)
    assert parse_retry_after("Thu, 01 Jan 2026 11:00:00 GMT", now=now) == 0
    assert parse_retry_after("Fri, 02 Jan 2026 12:00:00 GMT", now=now) == 300
    assert parse_retry_after("soon", now=now) is None
    assert parse_retry_after("", now=now) is None
    assert parse_retry_after(None, now=now) is None
    assert parse_retry_after("nan", now=now) is None


def test_seeded_limiter_counts_earlier_requests() -> None:
    clock = ManualClock()
    limiter = RollingWindowLimiter(3, 10.0, clock=clock)
    limiter.seed([clock.monotonic() - 8, clock.monotonic() - 2, clock.monotonic() - 1])
    assert limiter.delay() == pytest.approx(2.0)
    limiter.seed([clock.monotonic() - 100] * 5)  # older than the window: irrelevant
    assert limiter.delay() == pytest.approx(2.0)
    assert limiter.recent_count() == 3
    clock.advance(2.5)
    assert limiter.recent_count() == 2 and limiter.delay() == 0


def test_time_for_simulates_the_rolling_window() -> None:
    clock = ManualClock()
    limiter = RollingWindowLimiter(100, 60.0, clock=clock)
    assert limiter.time_for(100) == 0
    assert limiter.time_for(101) == pytest.approx(60.0)
    for _ in range(100):
        limiter.record()
    clock.advance(10)
    assert limiter.time_for(1) == pytest.approx(50.0)
    assert limiter.time_for(1000) == pytest.approx(50.0 + 9 * 60.0)
