"""Per-endpoint counters the sandbox reports at /_sandbox/stats."""

from __future__ import annotations

from collections import Counter, deque
from dataclasses import dataclass, field

ENDPOINTS = (
    "vibefollow-users",
    "vibefollow-events",
    "vibefollow-track",
    "ourspriv-batch",
    "flokit-events",
)

MINUTE_S = 60.0


def _slide(arrivals: deque[float], now: float, window_s: float) -> int:
    horizon = now - window_s
    while arrivals and arrivals[0] <= horizon:
        arrivals.popleft()
    return len(arrivals)


@dataclass
class EndpointStats:
    """Counters for one ingestion endpoint; `rate_window_s` is that endpoint's rate-limit window."""

    rate_window_s: float = MINUTE_S
    requests: int = 0
    status_codes: Counter[int] = field(default_factory=Counter)
    records_received: int = 0
    records_accepted: int = 0
    records_rejected: int = 0
    duplicates_dropped: int = 0
    # Endpoints without server-side dedupe store re-sent events: count (event, user, timestamp)
    # seen before, so tests can assert a client never double-sent.
    duplicates_stored: int = 0
    stored: int = 0
    largest_batch: int = 0
    idempotent_replays: int = 0
    unsorted_batches: int = 0
    connections_dropped: int = 0
    stalls: int = 0
    max_requests_per_minute: int = 0
    max_requests_per_window: int = 0
    _minute: deque[float] = field(default_factory=deque)
    _window: deque[float] = field(default_factory=deque)

    def note_arrival(self, now: float) -> None:
        """Count one request arriving now (every arrival, whatever its fate)."""
        self.requests += 1
        self._minute.append(now)
        self._window.append(now)
        self.max_requests_per_minute = max(
            self.max_requests_per_minute, _slide(self._minute, now, MINUTE_S)
        )
        self.max_requests_per_window = max(
            self.max_requests_per_window, _slide(self._window, now, self.rate_window_s)
        )

    def note_batch(self, received: int, accepted: int, rejected: int) -> None:
        """Count one processed batch of `received` records."""
        self.records_received += received
        self.records_accepted += accepted
        self.records_rejected += rejected
        self.largest_batch = max(self.largest_batch, received)

    def as_dict(self, now: float) -> dict[str, object]:
        """JSON-ready snapshot; status code keys are strings ("dropped" for aborted connections)."""
        return {
            "requests": self.requests,
            "status_codes": {
                (str(code) if code else "dropped"): n
                for code, n in sorted(self.status_codes.items())
            },
            "records_received": self.records_received,
            "records_accepted": self.records_accepted,
            "records_rejected": self.records_rejected,
            "duplicates_dropped": self.duplicates_dropped,
            "duplicates_stored": self.duplicates_stored,
            "stored": self.stored,
            "largest_batch": self.largest_batch,
            "idempotent_replays": self.idempotent_replays,
            "unsorted_batches": self.unsorted_batches,
            "connections_dropped": self.connections_dropped,
            "stalls": self.stalls,
            "requests_last_minute": _slide(self._minute, now, MINUTE_S),
            "max_requests_per_minute": self.max_requests_per_minute,
            "rate_window_s": self.rate_window_s,
            "requests_last_window": _slide(self._window, now, self.rate_window_s),
            "max_requests_per_window": self.max_requests_per_window,
        }
