"""The plain values of an upload: its settings, the progress snapshot and chunk-log lines
handed to the callbacks (no Qt here; the UI wraps the callbacks into signals), and the
estimate shown before it starts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.core.destinations.base import Destination, RateLimit
from app.core.journal_leases import LEASE_HEARTBEAT_S
from app.core.retry import BACKOFF_CAP_S, RETRY_AFTER_CAP_S

STATES = ("idle", "running", "paused", "cancelled", "finished", "stopped_auth", "stopped")


@dataclass(frozen=True)
class UploadSettings:
    """Knobs of one upload run (defaults suit the real APIs)."""

    initial_concurrency: int = 8
    max_concurrency: int = 32
    min_concurrency: int = 1
    connect_timeout: float = 10.0
    read_timeout: float = 60.0
    write_timeout: float = 60.0
    pool_timeout: float = 60.0
    max_attempts: int = 8
    backoff_base: float = 0.5
    backoff_cap: float = BACKOFF_CAP_S
    retry_after_cap: float = RETRY_AFTER_CAP_S
    # Replaces the destination's published budget (tests shrink the window); None keeps it.
    rate_limit: RateLimit | None = None
    # Extra seconds on the rate window so network jitter never makes the server count one
    # request too many; 0.5 s on a minute costs under 1 % of throughput.
    rate_limit_margin: float = 0.5
    chunk_size: int | None = None
    progress_interval: float = 0.1
    seed: int | None = None
    # How often the job's lease (one runner per job) is renewed while sending.
    lease_heartbeat_s: float = LEASE_HEARTBEAT_S

    @classmethod
    def fixed_concurrency(cls, n: int, **changes: Any) -> UploadSettings:
        """Settings with exactly `n` requests in flight (the CLI's --concurrency)."""
        return cls(initial_concurrency=n, max_concurrency=n, min_concurrency=n, **changes)


@dataclass(frozen=True)
class Progress:
    """A snapshot for progress bars. `sent`: rows with an outcome or in flight now;
    `done`: rows with a final state. Times in seconds; `eta_s` None when unknown."""

    rows: int
    sent: int
    accepted: int
    rejected: int
    failed: int
    pending: int
    records_per_s: float
    eta_s: float | None
    concurrency: int
    backoff_s: float
    backoff_reason: str
    last_error: str | None
    state: str
    requests: int = 0
    retries: int = 0
    latency_s: float | None = None  # median answer time of the recent requests

    @property
    def done(self) -> int:
        return self.accepted + self.rejected + self.failed


@dataclass(frozen=True)
class ChunkLogEntry:
    """One line of the chunk log: what one request did."""

    time: datetime
    chunk: int
    first_row: int
    last_row: int
    sent: int
    accepted: int
    rejected: int
    retried: int
    status: int | None
    note: str


@dataclass(frozen=True)
class Estimate:
    """What an upload will take, before it starts."""

    rows: int
    requests: int
    seconds: float
    note: str


def estimate(
    rows: int,
    destination: Destination,
    *,
    concurrency: int = 8,
    chunk_size: int | None = None,
    request_s: float | None = None,
) -> Estimate:
    """Requests and expected time at the destination's published limit (or a typical pace);
    `chunk_size` as in `UploadSettings` (a smaller chunk means more requests); `request_s`,
    when measured (the last upload's answer time), replaces the typical 0.3 s per request."""
    batch = max(1, min(chunk_size or destination.max_batch, destination.max_batch))
    requests = -(-rows // batch) if rows else 0
    typical_request_s = request_s if request_s and request_s > 0 else 0.3
    seconds = requests * typical_request_s / max(1, concurrency)
    limit = destination.rate_limit
    if limit is not None:
        note = limit.describe(destination.label)
        if requests > limit.requests:
            # A rolling window: the budget's worth at once, then the next batch a window later.
            paced = ((requests - 1) // limit.requests) * limit.per_seconds
            seconds = max(seconds, paced + typical_request_s)
    else:
        note = f"{destination.label} publishes no request limit; Backfill adapts to its answers"
    return Estimate(rows, requests, seconds, note)
