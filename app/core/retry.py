"""Retry policy as pure functions: which answers may be sent again, after how long, and what
happens when the attempts run out. No HTTP, no clock of its own: the engine asks, then acts.

Rules (README ▸ How rows are kept safe): 408, 429 and 5xx except 501/505, and network errors,
are retried with exponential backoff and equal jitter (cap 60 s); a Retry-After (seconds or an
HTTP date, cap 300 s) always wins over the backoff; a 429 or a throttling answer holds every
request of the workspace, not just the one refused; when the attempts are used up, the rows
fail (retryable later), except when the server could never be reached at all: then the job
stops with its rows pending, because nothing says they are wrong.
"""

from __future__ import annotations

import math
import random
import time
from dataclasses import dataclass
from datetime import UTC
from email.utils import parsedate_to_datetime
from enum import Enum

RETRY_AFTER_CAP_S = 300.0
BACKOFF_CAP_S = 60.0
NEVER_RETRY_5XX = frozenset({501, 505})


def is_retryable_status(status: int) -> bool:
    """408, 429 and 5xx except 501/505: the same request may succeed later."""
    return status in (408, 429) or (500 <= status <= 599 and status not in NEVER_RETRY_5XX)


def backoff_delay(
    attempt: int,
    *,
    base: float = 0.5,
    cap: float = BACKOFF_CAP_S,
    rng: random.Random | None = None,
) -> float:
    """Seconds to wait before retry number `attempt` (1-based): exponential, capped, with
    "equal jitter" (half fixed, half random) so retries spread out but never come at once."""
    ceiling = min(cap, base * (2 ** max(0, attempt - 1)))
    r = (rng or random).random()
    return ceiling / 2 + r * ceiling / 2


def parse_retry_after(
    value: str | None, *, now: float | None = None, cap: float = RETRY_AFTER_CAP_S
) -> float | None:
    """Retry-After as seconds from `now` (wall clock, epoch seconds): delta-seconds or an
    HTTP date; None when absent or unreadable; never negative; at most `cap`."""
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    try:
        seconds = float(text)
    except ValueError:
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if when is None:
            return None
        if when.tzinfo is None:  # HTTP dates are GMT by definition
            when = when.replace(tzinfo=UTC)
        seconds = when.timestamp() - (time.time() if now is None else now)
    if math.isnan(seconds):
        return None
    return min(cap, max(0.0, seconds))


class RetryAction(Enum):
    """What to do with a request that did not get a final answer."""

    RETRY = "retry"  # send the same payload again (same Idempotency-Key) after `delay`
    FAIL_ROWS = "fail_rows"  # attempts used up: its rows become failed (retryable later)
    STOP_JOB = "stop_job"  # the server was never reached: stop, rows stay pending


@dataclass(frozen=True)
class RetryDecision:
    """The policy's answer for one transient outcome."""

    action: RetryAction
    delay: float = 0.0  # seconds before this request goes again (RETRY only)
    hold_all: float = 0.0  # seconds every request of the workspace waits (429, throttling)
    widen_margin: bool = False  # refused within our own budget: leave the limiter more room


def decide_retry(
    *,
    attempts: int,
    max_attempts: int,
    status: int | None,
    backoff: float,
    retry_after: float | None = None,
    throttled: bool = False,
    unreachable: bool = False,
) -> RetryDecision:
    """The one retry decision (see the module rules). `backoff` is this attempt's jittered
    `backoff_delay`; `attempts` counts the sends made so far."""
    if attempts >= max_attempts:
        return RetryDecision(RetryAction.STOP_JOB if unreachable else RetryAction.FAIL_ROWS)
    delay = max(retry_after, 0.0) if retry_after is not None else backoff
    if throttled or status == 429:
        # A workspace-wide limit: everyone waits, not just this request.
        return RetryDecision(RetryAction.RETRY, 0.0, hold_all=delay, widen_margin=status == 429)
    return RetryDecision(RetryAction.RETRY, delay)
