"""Sliding-log rate limiter: at most `limit` admitted requests per key in any rolling window."""

from __future__ import annotations

from collections import deque


class SlidingWindowLimiter:
    """Admits a request when fewer than `limit` were admitted for its key in the last window."""

    def __init__(self, limit: int, window_s: float) -> None:
        self.limit = limit
        self.window_s = window_s
        self._admitted: dict[str, deque[float]] = {}

    def try_acquire(self, key: str, now: float) -> float:
        """0.0 if admitted (and counted), else the seconds until a slot frees up."""
        log = self._admitted.setdefault(key, deque())
        horizon = now - self.window_s
        while log and log[0] <= horizon:
            log.popleft()
        if len(log) < self.limit:
            log.append(now)
            return 0.0
        if not log:  # limit 0: nothing is ever admitted
            return self.window_s
        return max(log[0] + self.window_s - now, 0.001)

    def clear(self) -> None:
        """Forget every admitted request."""
        self._admitted.clear()
