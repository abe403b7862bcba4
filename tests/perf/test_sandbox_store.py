"""The sandbox's compact store gives back exactly what it accepted."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta, timezone

from app.sandbox.store import Store, event_key


def _value(rng: random.Random, depth: int = 0) -> object:
    kind = rng.randrange(7 if depth < 2 else 5)
    if kind == 0:
        return rng.choice(["", "é✓", 'a"b', "x" * rng.randrange(40)])
    if kind == 1:
        return rng.randrange(-(2**63), 2**63)
    if kind == 2:
        return rng.random() * 10 ** rng.randrange(-5, 20)
    if kind == 3:
        return rng.choice([True, False])
    if kind == 4:
        return None
    if kind == 5:
        return [_value(rng, depth + 1) for _ in range(rng.randrange(4))]
    return {f"k{i}": _value(rng, depth + 1) for i in range(rng.randrange(4))}


def test_events_round_trip_exactly_in_arrival_order() -> None:
    rng = random.Random(7)
    store = Store()
    sent: dict[str, list[dict]] = {"ourspriv-batch": [], "flokit-events": []}
    for _ in range(30):
        for endpoint, add in (
            ("ourspriv-batch", store.add_ourspriv_events),
            ("flokit-events", store.add_flokit_events),
        ):
            batch = [
                {"event": f"e{rng.randrange(5)}", "properties": _value(rng)}
                for _ in range(rng.randrange(4))
            ]
            add(batch)
            sent[endpoint].extend(batch)
    for endpoint, records in sent.items():
        got = store.records(endpoint)
        assert got == records
        assert [type(v) for r in got for v in r.values()] == [
            type(v) for r in records for v in r.values()
        ]


def test_vibefollow_origins_are_kept_apart() -> None:
    store = Store()
    store.add_vibefollow_events("vibefollow-events", [{"name": "a"}, {"name": "b"}])
    store.add_vibefollow_events("vibefollow-track", [{"name": "c"}])
    store.add_vibefollow_events("vibefollow-events", [{"name": "d"}])
    assert [r["name"] for r in store.records("vibefollow-events")] == ["a", "b", "c", "d"]
    assert [r["name"] for r in store.records("vibefollow-track")] == ["c"]


def test_users_upsert_merges_traits_and_keeps_first_seen_order() -> None:
    store = Store()
    assert store.add_users("p", [{"external_user_id": "u1", "traits": {"a": 1, "b": 2}}]) == 1
    assert store.add_users("q", [{"external_user_id": "u1", "email": "q@y.io"}]) == 1
    batch = [
        {"external_user_id": "u2", "email": "x@y.io"},
        {"external_user_id": "u1", "email": "z@y.io", "traits": {"b": 3, "c": [1.5]}},
        {"external_user_id": "u2", "traits": {"t": True}},  # new in this very request
        {"external_user_id": "u3"},
    ]
    assert store.add_users("p", batch) == 2
    assert store.add_users("p", [{"external_user_id": "u1", "traits": {"a": None}}]) == 0
    assert store.records("vibefollow-users") == [
        {"external_user_id": "u1", "traits": {"a": None, "b": 3, "c": [1.5]}, "email": "z@y.io"},
        {"external_user_id": "u2", "email": "x@y.io", "traits": {"t": True}},
        {"external_user_id": "u3"},
        {"external_user_id": "u1", "email": "q@y.io"},
    ]
    assert batch[1] == {"external_user_id": "u1", "email": "z@y.io", "traits": {"b": 3, "c": [1.5]}}


def test_users_match_a_plain_dict_upsert() -> None:
    rng = random.Random(3)
    store = Store()
    plain: dict[str, dict[str, dict]] = {}
    for _ in range(60):
        project = rng.choice(["p", "q"])
        batch = [
            {
                "external_user_id": f"u{rng.randrange(30)}",
                "traits": {f"t{rng.randrange(4)}": _value(rng)},
            }
            for _ in range(rng.randrange(1, 6))
        ]
        store.add_users(project, batch)
        users = plain.setdefault(project, {})
        for record in batch:
            existing = users.setdefault(record["external_user_id"], {})
            traits = {**existing.get("traits", {}), **record["traits"]}
            existing.update(record)
            existing["traits"] = traits
    assert store.records("vibefollow-users") == [u for p in plain.values() for u in p.values()]


def test_event_keys_equal_exactly_when_the_tuples_would_be() -> None:
    when = datetime(2024, 3, 1, 12, 0, 0, 123456, tzinfo=UTC)
    same_instant = when.astimezone(timezone(timedelta(hours=5, minutes=30)))
    assert event_key("p", "u", "n", when) == event_key("p", "u", "n", same_instant)
    assert event_key("p", "u", "n", when) != event_key(
        "p", "u", "n", when + timedelta(microseconds=1)
    )
    # Parts that would run together when simply joined stay distinct.
    assert event_key("p", "ab", "c", when) != event_key("p", "a", "bc", when)
    assert event_key("p", "u", "n", 12.5) != event_key("p", "u", "n", 12.25)
    assert event_key("p", "u", "n", 12.5) == event_key("p", "u", "n", 12.5)


def test_repeats_are_counted_across_batches() -> None:
    store = Store()
    rows = [{"event": "a", "user_id": "u", "timestamp": "2024-01-01T00:00:00Z"}]
    assert store.count_repeats("flokit-events", "t", rows, "event", "user_id") == 0
    assert store.count_repeats("flokit-events", "t", rows * 2, "event", "user_id") == 2
    assert store.count_repeats("flokit-events", "other", rows, "event", "user_id") == 0
