"""VibeFollow's per-project ingest queue: accepted records wait and drain at a fixed rate."""

from __future__ import annotations


class IngestQueue:
    """Leaky bucket of waiting jobs per project; a batch that would overflow the cap is refused."""

    def __init__(self, cap: int | None, drain_per_s: float) -> None:
        self.cap = cap
        self.drain_per_s = drain_per_s
        self._depth: dict[str, tuple[float, float]] = {}

    def depth(self, project: str, now: float) -> float:
        """Jobs still waiting for `project` at time `now`."""
        depth, since = self._depth.get(project, (0.0, now))
        return max(0.0, depth - (now - since) * self.drain_per_s)

    def wait_for(self, project: str, incoming: int, now: float) -> float:
        """0.0 if `incoming` jobs fit under the cap, else seconds until they would."""
        if self.cap is None:
            return 0.0
        overflow = self.depth(project, now) + incoming - self.cap
        if overflow <= 0:
            return 0.0
        if self.drain_per_s <= 0 or incoming > self.cap:
            return 60.0
        return overflow / self.drain_per_s

    def enqueue(self, project: str, jobs: int, now: float) -> None:
        """Add `jobs` accepted records to the project's backlog."""
        if jobs:
            self._depth[project] = (self.depth(project, now) + jobs, now)

    def clear(self) -> None:
        """Empty every project's backlog."""
        self._depth.clear()
