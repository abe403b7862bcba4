"""Every endpoint's documented success shape, over real HTTP."""

from __future__ import annotations

import httpx

from app.sandbox import DEFAULT_API_KEY, SandboxServer
from tests.sandbox.conftest import AUTH


def test_users_bulk_accepts_and_upserts(sandbox: SandboxServer, client: httpx.Client) -> None:
    users = [
        {
            "external_user_id": "usr_42",
            "email": "jane@acme.io",
            "traits": {"name": "Jane", "plan": "pro"},
        },
        {"external_user_id": "usr_43", "email": "noel@acme.io"},
    ]
    r = client.post("/api/v1/users/bulk", json={"users": users}, headers=AUTH)
    assert r.status_code == 200
    assert r.json() == {
        "data": {"accepted": 2, "rejected": 0, "errors": []},
        "meta": {"received": 2},
    }
    again = client.post(
        "/api/v1/users/bulk",
        json={"users": [{"external_user_id": "usr_42", "traits": {"plan": "team"}}]},
        headers=AUTH,
    )
    assert again.json()["data"]["accepted"] == 1
    stored = {u["external_user_id"]: u for u in sandbox.records("vibefollow-users")}
    assert len(stored) == 2
    assert stored["usr_42"]["traits"] == {"name": "Jane", "plan": "team"}
    assert stored["usr_42"]["email"] == "jane@acme.io"
    assert sandbox.stats()["vibefollow-users"]["stored"] == 2


def test_events_bulk_stores_events(sandbox: SandboxServer, client: httpx.Client) -> None:
    events = [
        {
            "external_user_id": "usr_42",
            "name": "user_signed_up",
            "timestamp": "2024-01-15T10:00:00Z",
            "properties": {"plan": "trial"},
        },
        {
            "external_user_id": "usr_42",
            "name": "trial_started",
            "timestamp": "2024-01-15T10:00:05Z",
        },
    ]
    r = client.post("/api/v1/events/bulk", json={"events": events}, headers=AUTH)
    assert r.status_code == 200
    assert r.json()["data"] == {"accepted": 2, "rejected": 0, "errors": []}
    assert sandbox.records("vibefollow-events") == events


def test_track_returns_202(sandbox: SandboxServer, client: httpx.Client) -> None:
    r = client.post(
        "/api/v1/events",
        json={
            "external_user_id": "usr_42",
            "name": "user_signed_up",
            "properties": {"plan": "trial"},
        },
        headers=AUTH,
    )
    assert r.status_code == 202
    assert r.json() == {"data": {"accepted": True}}
    assert [e["name"] for e in sandbox.records("vibefollow-track")] == ["user_signed_up"]
    assert len(sandbox.records("vibefollow-events")) == 1


def test_ourspriv_all_accepted_is_200(sandbox: SandboxServer, client: httpx.Client) -> None:
    body = {
        "token": DEFAULT_API_KEY,
        "events": [{"event": "signup", "distinctId": "d1"}, {"event": "login", "distinctId": "d2"}],
    }
    r = client.post("/api/v1/batch", json=body)
    assert r.status_code == 200
    assert r.json() == {
        "success": True,
        "accepted": 2,
        "failed": 0,
        "results": [{"index": 0, "success": True}, {"index": 1, "success": True}],
    }
    assert sandbox.records("ourspriv-batch") == body["events"]


def test_flokit_batch_returns_event_ids(sandbox: SandboxServer, client: httpx.Client) -> None:
    events = [
        {"event": "paywall_viewed", "user_id": "usr_abc123", "timestamp": "2024-03-15T14:20:00Z"},
        {
            "event": "trial_started",
            "user_id": "usr_abc123",
            "timestamp": "2024-03-15T14:22:00Z",
            "properties": {"plan_id": "p"},
        },
    ]
    r = client.post("/v1/batch/events", json={"events": events}, headers=AUTH)
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok"
    assert (body["accepted"], body["rejected"], body["errors"]) == (2, 0, [])
    assert len(set(body["event_ids"])) == 2
    assert all(i.startswith("evt_") for i in body["event_ids"])
    assert sandbox.records("flokit-events") == events
    assert sandbox.stats()["flokit-events"]["unsorted_batches"] == 0


def test_fixture_gives_a_fresh_sandbox(sandbox: SandboxServer) -> None:
    assert all(s["requests"] == 0 for s in sandbox.stats().values())
    assert sandbox.records("flokit-events") == []
    assert sandbox.faults.p500 == 0
