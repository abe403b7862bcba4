"""Server-wide sandbox settings: rate limits, queue cap, batch limits, base latency."""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass


@dataclass(frozen=True)
class SandboxSettings:
    """Everything that shapes the sandbox's behaviour apart from injected faults."""

    # VibeFollow documents a "standard per-project rate limit" without a number; 600/min is ours.
    vibefollow_rate_limit: int = 600
    vibefollow_rate_window_s: float = 60.0
    flokit_rate_limit: int = 100
    flokit_rate_window_s: float = 60.0
    # False turns off both rate limiters and the queue cap (benchmarks).
    limits_enabled: bool = True
    # Stand-in for VibeFollow's "50,000 waiting jobs / project"; None disables the cap.
    queue_cap: int | None = 50_000
    queue_drain_per_s: float = 20_000.0
    max_batch: int = 1_000
    ourspriv_max_events: int = 1_000
    latency_ms: float = 0.0
    # RFC 9110 says Retry-After is whole seconds; tests may ask for decimals to run fast.
    fractional_retry_after: bool = False

    def replace(self, **changes: object) -> SandboxSettings:
        """A copy with some fields changed; unknown names raise TypeError."""
        known = {f.name for f in dataclasses.fields(self)}
        unknown = set(changes) - known
        if unknown:
            raise TypeError(f"unknown sandbox settings: {', '.join(sorted(unknown))}")
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    def retry_after_header(self, seconds: float) -> bytes:
        """Retry-After value for a wait of `seconds` (whole seconds unless fractional)."""
        seconds = max(0.0, seconds)
        if self.fractional_retry_after:
            return f"{seconds:.3f}".rstrip("0").rstrip(".").encode() or b"0"
        return str(math.ceil(seconds)).encode()
