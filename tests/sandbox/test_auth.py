"""Authentication: bearer headers for VibeFollow and FloKit, body token for Ours Privacy."""

from __future__ import annotations

import httpx
import pytest

from app.sandbox import DEFAULT_API_KEY, SandboxServer

BEARER_PATHS = {
    "/api/v1/users/bulk": {"users": [{"external_user_id": "u1"}]},
    "/api/v1/events/bulk": {"events": [{"external_user_id": "u1", "name": "x"}]},
    "/api/v1/events": {"external_user_id": "u1", "name": "x"},
    "/v1/batch/events": {"events": [{"event": "x", "user_id": "u1"}]},
}


@pytest.mark.parametrize("path", sorted(BEARER_PATHS))
@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": DEFAULT_API_KEY},
        {"Authorization": "Basic abc"},
        {"Authorization": "Bearer two tokens"},
    ],
    ids=["missing", "no-scheme", "basic", "two-tokens"],
)
def test_missing_or_malformed_header_is_401(
    sandbox: SandboxServer, client: httpx.Client, path: str, headers: dict
) -> None:
    r = client.post(path, json=BEARER_PATHS[path], headers=headers)
    assert r.status_code == 401
    body = r.json()
    if path.startswith("/api/"):
        assert body["error"]["code"] == "unauthorized"
        assert "Authorization" in body["error"]["message"]
    else:
        assert body == {"status": "error", "error": "Missing or malformed Authorization header"}
    assert all(
        not sandbox.records(e) for e in ("vibefollow-users", "vibefollow-events", "flokit-events")
    )


@pytest.mark.parametrize("path", ["/api/v1/users/bulk", "/api/v1/events/bulk", "/v1/batch/events"])
def test_unknown_key_on_bulk_paths_is_401(client: httpx.Client, path: str) -> None:
    r = client.post(path, json=BEARER_PATHS[path], headers={"Authorization": "Bearer sk_live_nope"})
    assert r.status_code == 401


def test_unknown_key_on_track_is_403(sandbox: SandboxServer, client: httpx.Client) -> None:
    r = client.post(
        "/api/v1/events",
        json=BEARER_PATHS["/api/v1/events"],
        headers={"Authorization": "Bearer sk_live_nope"},
    )
    assert r.status_code == 403
    assert r.json()["error"]["code"] == "forbidden"
    assert sandbox.records("vibefollow-track") == []


def test_extra_keys_are_separate_projects(sandbox_factory) -> None:
    server = sandbox_factory(api_keys=("key-a", "key-b"))
    users = {"users": [{"external_user_id": "same", "email": "a@x.io"}]}
    for key in ("key-a", "key-b"):
        r = httpx.post(
            f"{server.base_url}/api/v1/users/bulk",
            json=users,
            headers={"Authorization": f"Bearer {key}"},
        )
        assert r.status_code == 200
    # Upsert is per project: the same external_user_id under two keys is two users.
    assert len(server.records("vibefollow-users")) == 2
    r = httpx.post(
        f"{server.base_url}/api/v1/users/bulk",
        json=users,
        headers={"Authorization": f"Bearer {DEFAULT_API_KEY}"},
    )
    assert r.status_code == 401


@pytest.mark.parametrize(
    "body, message",
    [
        ({"events": [{"event": "x", "distinctId": "d"}]}, "Missing token"),
        ({"token": "", "events": [{"event": "x", "distinctId": "d"}]}, "Missing token"),
        ({"token": "wrong", "events": [{"event": "x", "distinctId": "d"}]}, "Invalid token"),
    ],
)
def test_ourspriv_bad_token_is_401(
    sandbox: SandboxServer, client: httpx.Client, body: dict, message: str
) -> None:
    r = client.post("/api/v1/batch", json=body)
    assert r.status_code == 401
    assert r.json() == {"success": False, "error": message}
    assert sandbox.records("ourspriv-batch") == []
