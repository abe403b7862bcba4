"""Pacing for uploads: request budgets, adaptive concurrency, backoff and Retry-After.

Public API:
- `Clock` protocol (`monotonic()`, `time()`, `async sleep(s)`); `SystemClock` is the real one.
  Tests pass their own clock so nothing really sleeps.
- `RollingWindowLimiter(limit, window, clock=...)`: never more than `limit` requests in any
  rolling `window` seconds (stricter than a token bucket of the same size, so it also
  satisfies fixed-window and bucket servers). `delay()`, `record()`, `async acquire()`.
- `RequestGate(limiter, clock=...)`: the limiter plus a shared "not before" time set by a
  Retry-After, so one 429 holds every worker. `hold(seconds, reason)`, `async wait()`.
- `AdaptiveConcurrency(initial, minimum, maximum)`: AIMD with slow start: grows while
  responses are fast and clean, stops growing when latency shows queueing, halves on 429/503.
- Backoff and Retry-After parsing live with the rest of the retry policy in `app.core.retry`.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol


class Clock(Protocol):
    """Time source for pacing; swap it in tests."""

    def monotonic(self) -> float: ...

    def time(self) -> float: ...

    async def sleep(self, seconds: float) -> None: ...


class SystemClock:
    """The real clock: `time.monotonic`, `time.time`, `asyncio.sleep`."""

    def monotonic(self) -> float:
        return time.monotonic()

    def time(self) -> float:
        return time.time()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(max(0.0, seconds))


SYSTEM_CLOCK = SystemClock()


class RollingWindowLimiter:
    """At most `limit` requests in any rolling `window` seconds.

    The server counts a request when it handles it, somewhere between our send and its answer,
    so sends are spaced by more than `window`: `margin` (fixed) plus `latency_allowance` (set
    by the uploader to the recent round-trip time), and the server never sees `limit + 1`
    requests inside one window however its own queueing varies.
    """

    def __init__(
        self, limit: int, window: float, *, clock: Clock = SYSTEM_CLOCK, margin: float = 0.0
    ) -> None:
        if limit < 1 or window <= 0:
            raise ValueError("limit must be ≥ 1 and window > 0")
        self.limit = limit
        self.window = window
        self.margin = margin
        self.latency_allowance = 0.0
        self._clock = clock
        self._sent: deque[float] = deque()

    def delay(self) -> float:
        """Seconds until one more request fits in the window (0 when it fits now)."""
        if len(self._sent) < self.limit:
            return 0.0
        oldest = self._sent[-self.limit]
        return max(0.0, oldest + self.span - self._clock.monotonic())

    @property
    def span(self) -> float:
        """The spacing kept between a request and the one `limit` requests later."""
        return self.window + self.margin + self.latency_allowance

    def record(self) -> None:
        """Count a request as sent now."""
        now = self._clock.monotonic()
        self._sent.append(now)
        while len(self._sent) > self.limit:
            self._sent.popleft()

    async def acquire(self) -> float:
        """Wait until a request fits, count it, return the seconds waited."""
        waited = 0.0
        while True:
            wait = self.delay()
            if wait <= 0:
                self.record()
                return waited
            await self._clock.sleep(wait)
            waited += wait

    def recent_count(self) -> int:
        """Requests counted in the current window."""
        horizon = self._clock.monotonic() - self.span
        return sum(1 for t in self._sent if t > horizon)

    def time_for(self, n: int) -> float:
        """Seconds until `n` more requests can all have been sent under the budget."""
        now = self._clock.monotonic()
        span = self.span
        times = list(self._sent)
        last = now
        for _ in range(max(0, n)):
            last = max(now, times[-self.limit] + span) if len(times) >= self.limit else now
            times.append(last)
        return last - now

    def seed(self, times: Iterable[float]) -> None:
        """Count requests sent earlier (monotonic times), e.g. by a previous run of the job."""
        merged = sorted([*self._sent, *times])
        self._sent = deque(merged[-self.limit :])

    def sent_times(self) -> list[float]:
        """Monotonic send times still inside the memory of the limiter (for diagnostics)."""
        return list(self._sent)


@dataclass(frozen=True, slots=True)
class GateWait:
    """How long `RequestGate.wait` held a request and why (reason is "" when it did not)."""

    seconds: float
    reason: str
    kind: str  # "", "retry_after", "rate_limit"


class RequestGate:
    """Every request passes here: a server-imposed hold (Retry-After) then the request budget."""

    def __init__(
        self,
        limiter: RollingWindowLimiter | None = None,
        *,
        clock: Clock = SYSTEM_CLOCK,
        budget_words: str = "",
    ) -> None:
        self.limiter = limiter
        self._clock = clock
        self._hold_until = 0.0
        self._hold_reason = ""
        self.budget_words = budget_words

    def hold(self, seconds: float, reason: str) -> None:
        """Send nothing for `seconds` (extends, never shortens, an existing hold)."""
        until = self._clock.monotonic() + max(0.0, seconds)
        if until > self._hold_until:
            self._hold_until = until
            self._hold_reason = reason

    def pending_wait(self) -> GateWait:
        """What a request arriving now would wait, without waiting."""
        hold = self._hold_until - self._clock.monotonic()
        if hold > 0:
            return GateWait(hold, self._hold_reason, "retry_after")
        if self.limiter is not None:
            d = self.limiter.delay()
            if d > 0:
                return GateWait(d, self.budget_words, "rate_limit")
        return GateWait(0.0, "", "")

    async def wait(self, on_wait: _WaitCallback | None = None) -> tuple[float, float]:
        """Wait for the hold and the budget, then count the request.

        Returns (seconds held by Retry-After, seconds held by the request budget).
        """
        held = budget = 0.0
        while True:
            pending = self.pending_wait()
            if pending.seconds <= 0:
                if self.limiter is not None:
                    self.limiter.record()
                return held, budget
            if on_wait is not None:
                on_wait(pending)
            await self._clock.sleep(pending.seconds)
            if pending.kind == "retry_after":
                held += pending.seconds
            else:
                budget += pending.seconds


class _WaitCallback(Protocol):
    def __call__(self, wait: GateWait) -> None: ...


class AdaptiveConcurrency:
    """How many requests may be in flight: AIMD with slow start and a latency guard.

    Slow start adds one slot per clean, fast response (doubling per round trip) until the first
    sign of trouble; after that one slot per `limit` clean responses. A response slower than
    `latency_tolerance` × the fastest seen means requests are queueing at the server, so the
    limit stops growing. 429/503/timeouts halve it, at most once per `cooldown` seconds (a burst
    of 429s from one overload counts once).
    """

    def __init__(
        self,
        initial: int = 4,
        minimum: int = 1,
        maximum: int = 64,
        *,
        clock: Clock = SYSTEM_CLOCK,
        latency_tolerance: float = 4.0,
        cooldown: float = 1.0,
    ) -> None:
        if not 1 <= minimum <= maximum:
            raise ValueError("need 1 ≤ minimum ≤ maximum")
        self.minimum = minimum
        self.maximum = maximum
        self.limit = min(max(initial, minimum), maximum)
        self.latency_tolerance = latency_tolerance
        self.cooldown = cooldown
        self._clock = clock
        self._slow_start = True
        self._credit = 0
        self._fastest: float | None = None
        self._last_decrease = -math.inf

    @property
    def fixed(self) -> bool:
        return self.minimum == self.maximum

    def on_success(self, latency: float) -> None:
        """A clean response that took `latency` seconds."""
        if self._fastest is None or latency < self._fastest:
            self._fastest = latency
        # 20 ms of slack so jitter on very fast (loopback) responses does not read as queueing.
        if latency > self._fastest * self.latency_tolerance + 0.02:
            self._slow_start = False
            return
        if self._slow_start:
            self.limit = min(self.maximum, self.limit + 1)
            return
        self._credit += 1
        if self._credit >= self.limit:
            self._credit = 0
            self.limit = min(self.maximum, self.limit + 1)

    def on_throttle(self) -> None:
        """The server asked us to slow down (429/503) or stalled past the timeout."""
        now = self._clock.monotonic()
        self._slow_start = False
        self._credit = 0
        if now - self._last_decrease < self.cooldown:
            return
        self._last_decrease = now
        self.limit = max(self.minimum, self.limit // 2)
