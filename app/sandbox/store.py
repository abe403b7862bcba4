"""What the sandbox has accepted: users, events and cached idempotent responses.

Accepted records are kept as orjson bytes (one blob per request's new users or stored events,
one per user changed by a later upsert)
and dedupe keys as single strings. Run in-process next to the app, a million stored dicts would
sit in the app's heap and every full garbage collection would walk them all — a pause of
several hundred ms that freezes the GUI thread too. Bytes and str are not tracked by the
collector, so the store costs it nothing. The request bodies were parsed by orjson, so
serialising them back with orjson round-trips every value exactly.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import orjson

from app.sandbox.exchange import Reply

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


def event_key(project: str, user: str, name: str, occurred: datetime | float) -> str:
    """VibeFollow's dedupe key (project, user, name, occurred_at) as one string.

    Equal instants in different offsets give equal keys (as datetimes compare); a float is the
    server's receive time for an event without a timestamp. Lengths prefix each part, so no
    choice of ids can make two different tuples collide.
    """
    if isinstance(occurred, datetime):
        when = f"t{(occurred - _EPOCH) // _MICROSECOND}"
    else:
        when = f"r{occurred!r}"
    return f"{len(project)}:{project}{len(user)}:{user}{len(name)}:{name}{when}"


def _repeat_key(*parts: object) -> bytes:
    return orjson.dumps(parts)


@dataclass
class Store:
    """All stored data, keyed by project (one project/workspace per API key)."""

    # project -> external_user_id -> slot of that user (insertion order = first seen).
    users: dict[str, dict[str, int]] = field(default_factory=dict)
    # New users as orjson arrays, one per request; slots count through them in order.
    user_batches: list[bytes] = field(default_factory=list)
    user_batch_starts: list[int] = field(default_factory=list)
    user_slots: int = 0
    # slot -> the user after later upserts merged into it (orjson bytes).
    merged_users: dict[int, bytes] = field(default_factory=dict)
    # (origin endpoint, orjson array of the events stored by one request), in arrival order.
    vibefollow_events: list[tuple[str, bytes]] = field(default_factory=list)
    vibefollow_event_keys: set[str] = field(default_factory=set)
    ourspriv_events: list[bytes] = field(default_factory=list)
    flokit_events: list[bytes] = field(default_factory=list)
    # (endpoint, project, event, user, timestamp) of stored timestamped events, for duplicates_stored.
    seen_events: set[bytes] = field(default_factory=set)
    replies: dict[tuple[str, str, str], Reply] = field(default_factory=dict)
    next_event_id: int = 0

    def add_users(self, project: str, records: list[dict]) -> int:
        """Upsert users in order (later traits merged into earlier); returns how many were new.

        New users of one request are serialised together: one orjson call per request costs a
        fraction of one per record (~0.2 µs against ~2.5 µs a user here).
        """
        users = self.users.setdefault(project, {})
        first_slot = self.user_slots
        fresh: list[dict] = []  # this request's new users, by slot - first_slot
        decoded: dict[int, list] = {}  # earlier batches decoded for merges in this request
        for record in records:
            uid = record["external_user_id"]
            slot = users.get(uid)
            if slot is None:
                users[uid] = first_slot + len(fresh)
                fresh.append(record)
            elif slot >= first_slot:
                fresh[slot - first_slot] = _upsert(fresh[slot - first_slot], record)
            else:
                self.merged_users[slot] = orjson.dumps(
                    _upsert(self._stored_user(slot, decoded), record)
                )
        if fresh:
            self.user_batches.append(orjson.dumps(fresh))
            self.user_batch_starts.append(first_slot)
            self.user_slots += len(fresh)
        return len(fresh)

    def _stored_user(self, slot: int, decoded: dict[int, list]) -> dict:
        merged = self.merged_users.get(slot)
        if merged is not None:
            return orjson.loads(merged)
        batch = bisect_right(self.user_batch_starts, slot) - 1
        if batch not in decoded:
            decoded[batch] = orjson.loads(self.user_batches[batch])
        return decoded[batch][slot - self.user_batch_starts[batch]]

    def add_vibefollow_events(self, origin: str, records: list[dict]) -> None:
        """Keep events stored by one request of the `origin` endpoint."""
        if records:
            self.vibefollow_events.append((origin, orjson.dumps(records)))

    def add_ourspriv_events(self, rows: list[dict]) -> None:
        """Keep the rows of one Ours Privacy batch."""
        if rows:
            self.ourspriv_events.append(orjson.dumps(rows))

    def add_flokit_events(self, rows: list[dict]) -> None:
        """Keep the events of one FloKit batch."""
        if rows:
            self.flokit_events.append(orjson.dumps(rows))

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
                seen.add(_repeat_key(endpoint, project, row.get(event), row.get(user), stamp))
        return timestamped - (len(seen) - before)

    def records(self, endpoint: str) -> list[dict]:
        """Stored payloads for an endpoint name (users merged by upsert; events in arrival order)."""
        if endpoint == "vibefollow-users":
            flat = [user for blob in self.user_batches for user in orjson.loads(blob)]
            merged = self.merged_users
            return [
                orjson.loads(merged[slot]) if slot in merged else flat[slot]
                for project in self.users.values()
                for slot in project.values()
            ]
        if endpoint in ("vibefollow-events", "vibefollow-track"):
            everything = endpoint == "vibefollow-events"
            return [
                record
                for origin, blob in self.vibefollow_events
                if everything or origin == endpoint
                for record in orjson.loads(blob)
            ]
        if endpoint == "ourspriv-batch":
            return [row for blob in self.ourspriv_events for row in orjson.loads(blob)]
        if endpoint == "flokit-events":
            return [row for blob in self.flokit_events for row in orjson.loads(blob)]
        raise KeyError(endpoint)


def _upsert(existing: dict, record: dict) -> dict:
    """`existing` updated by `record`: top-level fields replaced, traits merged key by key."""
    merged = dict(existing)
    traits = record.get("traits")
    merged.update((k, v) for k, v in record.items() if k != "traits")
    if traits is not None:
        merged["traits"] = {**merged.get("traits", {}), **traits}
    return merged
