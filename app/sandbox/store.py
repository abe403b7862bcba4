"""What the sandbox has accepted: users, events and cached idempotent responses."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from app.sandbox.exchange import Reply

EventKey = tuple[str, str, str, datetime]


@dataclass
class Store:
    """All stored data, keyed by project (one project/workspace per API key)."""

    users: dict[str, dict[str, dict]] = field(default_factory=dict)
    vibefollow_events: list[tuple[str, dict]] = field(default_factory=list)
    vibefollow_event_keys: set[EventKey] = field(default_factory=set)
    ourspriv_events: list[dict] = field(default_factory=list)
    flokit_events: list[dict] = field(default_factory=list)
    # (endpoint, project, event, user, timestamp) of stored timestamped events, for duplicates_stored.
    seen_events: set[tuple[str, str, object, object, object]] = field(default_factory=set)
    replies: dict[tuple[str, str, str], Reply] = field(default_factory=dict)
    next_event_id: int = 0

    def count_repeats(
        self, endpoint: str, project: str, rows: list[dict], event: str, user: str
    ) -> int:
        """How many of these just-stored timestamped rows were stored before (exact strings)."""
        seen = self.seen_events
        before = len(seen)
        timestamped = 0
        for row in rows:
            stamp = row.get("timestamp")
            if stamp is not None:
                timestamped += 1
                seen.add((endpoint, project, row.get(event), row.get(user), stamp))
        return timestamped - (len(seen) - before)

    def records(self, endpoint: str) -> list[dict]:
        """Stored payloads for an endpoint name (users merged by upsert; events in arrival order)."""
        if endpoint == "vibefollow-users":
            return [dict(u) for project in self.users.values() for u in project.values()]
        if endpoint == "vibefollow-events":
            return [dict(e) for _, e in self.vibefollow_events]
        if endpoint == "vibefollow-track":
            return [dict(e) for origin, e in self.vibefollow_events if origin == "vibefollow-track"]
        if endpoint == "ourspriv-batch":
            return [dict(e) for e in self.ourspriv_events]
        if endpoint == "flokit-events":
            return [dict(e) for e in self.flokit_events]
        raise KeyError(endpoint)
