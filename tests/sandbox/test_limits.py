"""Rate limits (VibeFollow per project, FloKit 100/min per workspace) and the ingest queue cap."""

from __future__ import annotations

import time

import httpx

from app.sandbox import DEFAULT_API_KEY, SandboxServer
from tests.sandbox.conftest import AUTH

FLOKIT_ONE = {"events": [{"event": "e", "user_id": "u"}]}


def test_vibefollow_rate_limit_is_per_project_across_endpoints(
    sandbox: SandboxServer, client: httpx.Client
) -> None:
    sandbox.configure(vibefollow_rate_limit=3)
    assert (
        client.post(
            "/api/v1/users/bulk", json={"users": [{"external_user_id": "a"}]}, headers=AUTH
        ).status_code
        == 200
    )
    assert (
        client.post(
            "/api/v1/events/bulk",
            json={"events": [{"external_user_id": "a", "name": "x"}]},
            headers=AUTH,
        ).status_code
        == 200
    )
    assert (
        client.post(
            "/api/v1/events", json={"external_user_id": "a", "name": "y"}, headers=AUTH
        ).status_code
        == 202
    )
    r = client.post("/api/v1/users/bulk", json={"users": [{"external_user_id": "b"}]}, headers=AUTH)
    assert r.status_code == 429
    assert r.json()["error"]["code"] == "rate_limited"
    assert 1 <= int(r.headers["retry-after"]) <= 60
    assert [u["external_user_id"] for u in sandbox.records("vibefollow-users")] == ["a"]
    assert sandbox.stats()["vibefollow-users"]["status_codes"] == {"200": 1, "429": 1}


def test_flokit_allows_100_per_minute_then_429(
    sandbox: SandboxServer, client: httpx.Client
) -> None:
    for _ in range(100):
        assert client.post("/v1/batch/events", json=FLOKIT_ONE, headers=AUTH).status_code == 200
    r = client.post("/v1/batch/events", json=FLOKIT_ONE, headers=AUTH)
    assert r.status_code == 429
    assert r.json()["status"] == "error"
    assert 1 <= int(r.headers["retry-after"]) <= 60
    stats = sandbox.stats()["flokit-events"]
    assert stats["status_codes"] == {"200": 100, "429": 1}
    assert stats["max_requests_per_minute"] == 101
    assert stats["requests_last_minute"] == 101
    assert stats["stored"] == 100


def test_flokit_rolling_window_frees_slots(sandbox: SandboxServer, client: httpx.Client) -> None:
    sandbox.configure(flokit_rate_limit=2, flokit_rate_window_s=1.0, fractional_retry_after=True)
    assert client.post("/v1/batch/events", json=FLOKIT_ONE, headers=AUTH).status_code == 200
    assert client.post("/v1/batch/events", json=FLOKIT_ONE, headers=AUTH).status_code == 200
    r = client.post("/v1/batch/events", json=FLOKIT_ONE, headers=AUTH)
    assert r.status_code == 429
    wait = float(r.headers["retry-after"])
    assert 0 < wait <= 1.0
    time.sleep(wait + 0.02)
    assert client.post("/v1/batch/events", json=FLOKIT_ONE, headers=AUTH).status_code == 200
    stats = sandbox.stats()["flokit-events"]
    assert stats["rate_window_s"] == 1.0
    assert stats["max_requests_per_window"] == 3


def test_flokit_limit_is_per_workspace(sandbox_factory) -> None:
    server = sandbox_factory(api_keys=("ws-a", "ws-b"), flokit_rate_limit=1)
    url = f"{server.base_url}/v1/batch/events"
    assert (
        httpx.post(url, json=FLOKIT_ONE, headers={"Authorization": "Bearer ws-a"}).status_code
        == 200
    )
    assert (
        httpx.post(url, json=FLOKIT_ONE, headers={"Authorization": "Bearer ws-b"}).status_code
        == 200
    )
    assert (
        httpx.post(url, json=FLOKIT_ONE, headers={"Authorization": "Bearer ws-a"}).status_code
        == 429
    )


def test_limits_can_be_disabled(sandbox: SandboxServer, client: httpx.Client) -> None:
    sandbox.configure(limits_enabled=False, flokit_rate_limit=1, queue_cap=1)
    for _ in range(5):
        assert client.post("/v1/batch/events", json=FLOKIT_ONE, headers=AUTH).status_code == 200
        users = {"users": [{"external_user_id": "a"}, {"external_user_id": "b"}]}
        assert client.post("/api/v1/users/bulk", json=users, headers=AUTH).status_code == 200


def test_queue_saturation_is_503_then_drains(sandbox: SandboxServer, client: httpx.Client) -> None:
    sandbox.configure(queue_cap=5, queue_drain_per_s=2.0, fractional_retry_after=True)
    five = {
        "events": [
            {"external_user_id": "u", "name": "e", "timestamp": f"2024-01-01T00:00:0{i}Z"}
            for i in range(5)
        ]
    }
    assert client.post("/api/v1/events/bulk", json=five, headers=AUTH).status_code == 200
    one = {"events": [{"external_user_id": "u", "name": "e", "timestamp": "2024-01-01T00:01:00Z"}]}
    r = client.post("/api/v1/events/bulk", json=one, headers=AUTH)
    assert r.status_code == 503
    assert r.json()["error"]["code"] == "queue_saturated"
    wait = float(r.headers["retry-after"])
    assert 0 < wait <= 0.5
    time.sleep(wait + 0.02)
    assert client.post("/api/v1/events/bulk", json=one, headers=AUTH).status_code == 200
    assert len(sandbox.records("vibefollow-events")) == 6
    # A chunk bigger than the whole cap can never fit: resume in smaller chunks.
    big = {"users": [{"external_user_id": f"u{i}"} for i in range(6)]}
    assert client.post("/api/v1/users/bulk", json=big, headers=AUTH).status_code == 503


def test_queue_retry_after_is_whole_seconds_by_default(
    sandbox: SandboxServer, client: httpx.Client
) -> None:
    sandbox.configure(queue_cap=1, queue_drain_per_s=1.0)
    client.post("/api/v1/users/bulk", json={"users": [{"external_user_id": "a"}]}, headers=AUTH)
    r = client.post("/api/v1/users/bulk", json={"users": [{"external_user_id": "b"}]}, headers=AUTH)
    assert r.status_code == 503
    assert r.headers["retry-after"] == "1"


def test_ourspriv_has_no_rate_limit(sandbox: SandboxServer, client: httpx.Client) -> None:
    sandbox.configure(flokit_rate_limit=0, vibefollow_rate_limit=0)
    body = {"token": DEFAULT_API_KEY, "events": [{"event": "x", "distinctId": "d"}]}
    assert all(client.post("/api/v1/batch", json=body).status_code == 200 for _ in range(3))
    assert client.post("/v1/batch/events", json=FLOKIT_ONE, headers=AUTH).status_code == 429
