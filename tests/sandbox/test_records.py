"""Per-record validation, VibeFollow dedupe, Ours Privacy 207, FloKit partial acceptance."""

from __future__ import annotations

import httpx
import pytest

from app.sandbox import DEFAULT_API_KEY, SandboxServer
from tests.sandbox.conftest import AUTH


def test_users_per_record_errors(sandbox: SandboxServer, client: httpx.Client) -> None:
    users = [
        {"external_user_id": "ok1", "email": "jane@acme.io"},
        {"external_user_id": ""},
        {"email": "x@y.io"},
        {"external_user_id": 42},
        {"external_user_id": "bad-mail", "email": "not-an-email"},
        {"external_user_id": "bad-traits", "traits": ["a"]},
        "not an object",
        {"external_user_id": "ok2", "traits": {"plan": "pro"}},
    ]
    r = client.post("/api/v1/users/bulk", json={"users": users}, headers=AUTH)
    assert r.status_code == 200
    data, meta = r.json()["data"], r.json()["meta"]
    assert meta == {"received": 8}
    assert data["accepted"] == 2
    assert data["rejected"] == 6 == len(data["errors"])
    assert data["accepted"] + data["rejected"] == meta["received"]
    by_index = {e["index"]: e for e in data["errors"]}
    assert sorted(by_index) == [1, 2, 3, 4, 5, 6]
    assert by_index[1] == {
        "index": 1,
        "code": "validation",
        "message": "external_user_id must be at least 1 character",
        "field": "external_user_id",
    }
    assert by_index[2]["field"] == "external_user_id"
    assert by_index[4]["message"] == "Invalid email"
    assert by_index[4]["field"] == "email"
    assert by_index[5]["field"] == "traits"
    assert "field" not in by_index[6]
    assert sorted(u["external_user_id"] for u in sandbox.records("vibefollow-users")) == [
        "ok1",
        "ok2",
    ]
    stats = sandbox.stats()["vibefollow-users"]
    assert (stats["records_received"], stats["records_accepted"], stats["records_rejected"]) == (
        8,
        2,
        6,
    )
    assert stats["largest_batch"] == 8


@pytest.mark.parametrize(
    "event, field, message",
    [
        ({"external_user_id": "u", "name": ""}, "name", "name must be at least 1 character"),
        ({"external_user_id": "u"}, "name", "name is required"),
        (
            {"external_user_id": "u", "name": "x", "timestamp": "yesterday"},
            "timestamp",
            "Invalid timestamp",
        ),
        (
            {"external_user_id": "u", "name": "x", "timestamp": "2024-02-30T10:00:00Z"},
            "timestamp",
            "Invalid timestamp",
        ),
        (
            {"external_user_id": "u", "name": "x", "timestamp": "2024-01-15T10:00:00"},
            "timestamp",
            "Invalid timestamp",
        ),
        (
            {"external_user_id": "u", "name": "x", "timestamp": 1705312800},
            "timestamp",
            "Invalid timestamp",
        ),
        (
            {"external_user_id": "u", "name": "x", "properties": "plan=trial"},
            "properties",
            "properties must be an object",
        ),
    ],
)
def test_events_per_record_errors(
    client: httpx.Client, event: dict, field: str, message: str
) -> None:
    good = {"external_user_id": "u", "name": "ok", "timestamp": "2024-01-15T10:00:00.250+01:00"}
    r = client.post("/api/v1/events/bulk", json={"events": [good, event]}, headers=AUTH)
    assert r.status_code == 200
    assert r.json()["data"] == {
        "accepted": 1,
        "rejected": 1,
        "errors": [{"index": 1, "code": "validation", "message": message, "field": field}],
    }


def test_events_dedupe_on_user_name_timestamp(sandbox: SandboxServer, client: httpx.Client) -> None:
    e1 = {
        "external_user_id": "usr_42",
        "name": "user_signed_up",
        "timestamp": "2024-01-15T10:00:00Z",
    }
    e2 = {**e1, "name": "trial_started"}
    same_instant = {
        **e1,
        "timestamp": "2024-01-15T11:00:00.000+01:00",
        "properties": {"changed": True},
    }
    first = client.post("/api/v1/events/bulk", json={"events": [e1, e2]}, headers=AUTH)
    assert first.json()["data"]["accepted"] == 2
    # A re-sent chunk is a silent no-op: still "accepted", nothing new stored.
    again = client.post(
        "/api/v1/events/bulk", json={"events": [e1, e2, same_instant]}, headers=AUTH
    )
    assert again.status_code == 200
    assert again.json()["data"] == {"accepted": 3, "rejected": 0, "errors": []}
    assert sandbox.records("vibefollow-events") == [e1, e2]
    stats = sandbox.stats()["vibefollow-events"]
    assert stats["duplicates_dropped"] == 3
    assert stats["stored"] == 2
    # Other user, same name and time: not a duplicate.
    other = client.post(
        "/api/v1/events/bulk", json={"events": [{**e1, "external_user_id": "usr_43"}]}, headers=AUTH
    )
    assert other.json()["data"]["accepted"] == 1
    assert len(sandbox.records("vibefollow-events")) == 3


def test_track_dedupes_with_bulk_when_timestamped(
    sandbox: SandboxServer, client: httpx.Client
) -> None:
    event = {"external_user_id": "u", "name": "x", "timestamp": "2024-01-15T10:00:00Z"}
    client.post("/api/v1/events/bulk", json={"events": [event]}, headers=AUTH)
    r = client.post("/api/v1/events", json=event, headers=AUTH)
    assert r.status_code == 202
    assert len(sandbox.records("vibefollow-events")) == 1
    assert sandbox.stats()["vibefollow-track"]["duplicates_dropped"] == 1


def test_track_idempotency_key_replays(sandbox: SandboxServer, client: httpx.Client) -> None:
    headers = {**AUTH, "Idempotency-Key": "7b6c7e9e-2c2d-4a8d-9d3a-4f3d2c1b0a99"}
    event = {"external_user_id": "usr_42", "name": "user_signed_up"}
    for _ in range(3):
        r = client.post("/api/v1/events", json=event, headers=headers)
        assert r.status_code == 202
        assert r.json() == {"data": {"accepted": True}}
    assert len(sandbox.records("vibefollow-track")) == 1
    assert sandbox.stats()["vibefollow-track"]["idempotent_replays"] == 2
    # Without a key (and without a timestamp) each call is a new event at server time.
    client.post("/api/v1/events", json=event, headers=AUTH)
    client.post("/api/v1/events", json=event, headers=AUTH)
    assert len(sandbox.records("vibefollow-track")) == 3


def test_ourspriv_mixed_rows_is_207(sandbox: SandboxServer, client: httpx.Client) -> None:
    events = [
        {"event": "signup", "distinctId": "d1", "timestamp": "2024-01-01T00:00:00Z"},
        {"event": "", "distinctId": "d2"},
        {"event": "login"},
        {"event": "login", "distinctId": "d3", "properties": {"a": 1}},
        {"event": "x", "distinctId": "d4", "timestamp": "soon"},
    ]
    r = client.post("/api/v1/batch", json={"token": DEFAULT_API_KEY, "events": events})
    assert r.status_code == 207
    body = r.json()
    assert (body["accepted"], body["failed"]) == (2, 3)
    assert [row["index"] for row in body["results"]] == [0, 1, 2, 3, 4]
    assert [row["success"] for row in body["results"]] == [True, False, False, True, False]
    for row in body["results"]:
        if not row["success"]:
            assert row["code"] == "invalid_event"
            assert row["message"]
    assert [e["distinctId"] for e in sandbox.records("ourspriv-batch")] == ["d1", "d3"]


def test_ourspriv_all_rows_invalid_is_207_with_nothing_accepted(client: httpx.Client) -> None:
    r = client.post("/api/v1/batch", json={"token": DEFAULT_API_KEY, "events": [{"event": "x"}]})
    assert r.status_code == 207
    assert r.json()["success"] is False
    assert r.json()["accepted"] == 0


def test_flokit_partial_rejection_keeps_200(sandbox: SandboxServer, client: httpx.Client) -> None:
    events = [
        {"event": "paywall_viewed", "user_id": "u", "timestamp": "2024-03-15T14:20:00Z"},
        {"event": "trial_started", "timestamp": "2024-03-15T14:22:00Z"},
        {"user_id": "u", "timestamp": "2024-03-15T14:23:00Z"},
        {"event": "subscription_started", "user_id": "u", "timestamp": "14:22"},
        {"event": "ok", "user_id": "u", "timestamp": "2024-03-15T14:25:00Z"},
    ]
    r = client.post("/v1/batch/events", json={"events": events}, headers=AUTH)
    assert r.status_code == 200
    body = r.json()
    assert (body["status"], body["accepted"], body["rejected"]) == ("ok", 2, 3)
    assert len(body["event_ids"]) == 2
    assert body["errors"] == [
        {"index": 1, "event": "trial_started", "reason": "Missing required field: user_id"},
        {"index": 2, "event": None, "reason": "Missing required field: event"},
        {
            "index": 3,
            "event": "subscription_started",
            "reason": "Invalid timestamp: expected ISO-8601 date-time",
        },
    ]
    assert [e["event"] for e in sandbox.records("flokit-events")] == ["paywall_viewed", "ok"]


def test_flokit_counts_unsorted_batches(sandbox: SandboxServer, client: httpx.Client) -> None:
    def batch(*stamps: str) -> dict:
        return {"events": [{"event": "e", "user_id": "u", "timestamp": s} for s in stamps]}

    client.post(
        "/v1/batch/events",
        json=batch("2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z", "2024-01-02T00:00:00Z"),
        headers=AUTH,
    )
    assert sandbox.stats()["flokit-events"]["unsorted_batches"] == 0
    client.post(
        "/v1/batch/events", json=batch("2024-01-02T00:00:00Z", "2024-01-01T00:00:00Z"), headers=AUTH
    )
    # Offsets are compared as instants: 01:00+01:00 is midnight UTC, so this one is sorted.
    client.post(
        "/v1/batch/events",
        json=batch("2024-01-01T00:00:00Z", "2024-01-01T01:00:00+01:00"),
        headers=AUTH,
    )
    assert sandbox.stats()["flokit-events"]["unsorted_batches"] == 1


def test_flokit_idempotency_key_returns_first_response(
    sandbox: SandboxServer, client: httpx.Client
) -> None:
    headers = {**AUTH, "Idempotency-Key": "chunk-0001"}
    events = [{"event": "a", "user_id": "u", "timestamp": "2024-01-01T00:00:00Z"}]
    first = client.post("/v1/batch/events", json={"events": events}, headers=headers)
    changed = [{"event": "b", "user_id": "u", "timestamp": "2024-01-01T00:00:00Z"}] * 2
    second = client.post("/v1/batch/events", json={"events": changed}, headers=headers)
    assert second.status_code == first.status_code == 200
    assert second.content == first.content
    assert [e["event"] for e in sandbox.records("flokit-events")] == ["a"]
    stats = sandbox.stats()["flokit-events"]
    assert stats["idempotent_replays"] == 1
    assert stats["records_received"] == 1
    other = client.post(
        "/v1/batch/events",
        json={"events": events},
        headers={**AUTH, "Idempotency-Key": "chunk-0002"},
    )
    assert other.json()["event_ids"] != first.json()["event_ids"]
    assert len(sandbox.records("flokit-events")) == 2
