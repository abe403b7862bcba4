"""The sandbox's whole mutable state behind one lock: settings, data, stats, limits, faults."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

from app.sandbox.exchange import Reply, Request
from app.sandbox.faults import FaultInjector, Faults, make_faults
from app.sandbox.ingestqueue import IngestQueue
from app.sandbox.ratelimit import SlidingWindowLimiter
from app.sandbox.settings import SandboxSettings
from app.sandbox.stats import ENDPOINTS, MINUTE_S, EndpointStats
from app.sandbox.store import Store


def _stats_for(settings: SandboxSettings) -> dict[str, EndpointStats]:
    windows = {
        "vibefollow-users": settings.vibefollow_rate_window_s,
        "vibefollow-events": settings.vibefollow_rate_window_s,
        "vibefollow-track": settings.vibefollow_rate_window_s,
        "ourspriv-batch": MINUTE_S,
        "flokit-events": settings.flokit_rate_window_s,
    }
    return {name: EndpointStats(rate_window_s=windows[name]) for name in ENDPOINTS}


@dataclass
class SandboxState:
    """Shared by the ASGI app (event-loop thread) and control calls (any thread); hold `lock`."""

    api_keys: frozenset[str]
    base_settings: SandboxSettings
    settings: SandboxSettings = field(init=False)
    store: Store = field(init=False)
    stats: dict[str, EndpointStats] = field(init=False)
    vibefollow_limiter: SlidingWindowLimiter = field(init=False)
    flokit_limiter: SlidingWindowLimiter = field(init=False)
    queue: IngestQueue = field(init=False)
    injector: FaultInjector = field(init=False)
    lock: threading.Lock = field(default_factory=threading.Lock)
    # Bumped by reset(): requests still in flight from before it do not count in the new stats.
    generation: int = 0

    def __post_init__(self) -> None:
        self._reset_to(self.base_settings)

    @staticmethod
    def now() -> float:
        """Monotonic clock used for every window and queue computation."""
        return time.monotonic()

    def _reset_to(self, settings: SandboxSettings) -> None:
        self.settings = settings
        self.store = Store()
        self.stats = _stats_for(settings)
        self._install_limits(settings, None)
        self.injector = FaultInjector.for_faults(Faults())

    def _install_limits(self, settings: SandboxSettings, old: SandboxSettings | None) -> None:
        """(Re)build limiters and queue whose settings changed; the others keep their windows."""
        if old is None or (old.vibefollow_rate_limit, old.vibefollow_rate_window_s) != (
            settings.vibefollow_rate_limit,
            settings.vibefollow_rate_window_s,
        ):
            self.vibefollow_limiter = SlidingWindowLimiter(
                settings.vibefollow_rate_limit, settings.vibefollow_rate_window_s
            )
        if old is None or (old.flokit_rate_limit, old.flokit_rate_window_s) != (
            settings.flokit_rate_limit,
            settings.flokit_rate_window_s,
        ):
            self.flokit_limiter = SlidingWindowLimiter(
                settings.flokit_rate_limit, settings.flokit_rate_window_s
            )
        if old is None or (old.queue_cap, old.queue_drain_per_s) != (
            settings.queue_cap,
            settings.queue_drain_per_s,
        ):
            self.queue = IngestQueue(settings.queue_cap, settings.queue_drain_per_s)

    def replay(
        self, endpoint: str, owner: str, req: Request
    ) -> tuple[tuple[str, str, str] | None, Reply | None]:
        """(cache key of the request's Idempotency-Key or None, the first answer when a repeat)."""
        idem = req.headers.get("idempotency-key")
        if not idem:
            return None, None
        key = (endpoint, owner, idem)
        first = self.store.replies.get(key)
        if first is not None:
            self.stats[endpoint].idempotent_replays += 1
        return key, first

    def reset(self) -> None:
        """Clear data, stats, faults, rate-limit windows and queue; restore start-up settings."""
        with self.lock:
            self._reset_to(self.base_settings)
            self.generation += 1

    def configure(self, **changes: object) -> SandboxSettings:
        """Change settings until the next reset; a changed limit or queue restarts empty."""
        with self.lock:
            old, settings = self.settings, self.settings.replace(**changes)
            self.settings = settings
            self._install_limits(settings, old)
            for name, fresh in _stats_for(settings).items():
                self.stats[name].rate_window_s = fresh.rate_window_s
            return settings

    def set_faults(self, faults: Faults | None = None, **knobs: object) -> Faults:
        """Replace the active faults (knobs not given fall back to no fault)."""
        faults = faults if faults is not None else make_faults(**knobs)
        with self.lock:
            self.injector = FaultInjector.for_faults(faults)
        return faults

    def snapshot_stats(self) -> dict[str, dict[str, object]]:
        """Per-endpoint stats keyed by endpoint name."""
        with self.lock:
            now = self.now()
            return {name: s.as_dict(now) for name, s in self.stats.items()}

    def records(self, endpoint: str) -> list[dict]:
        """Copies of what an endpoint stored; KeyError for an unknown endpoint name."""
        with self.lock:
            return self.store.records(endpoint)
