"""Request-level validation: 400 envelopes, Ours Privacy 413/415, unknown routes."""

from __future__ import annotations

import httpx
import pytest

from app.sandbox import DEFAULT_API_KEY, SandboxServer
from tests.sandbox.conftest import AUTH

USER = {"external_user_id": "u1"}
EVENT = {"external_user_id": "u1", "name": "x", "timestamp": "2024-01-01T00:00:00Z"}


@pytest.mark.parametrize(
    "path, key, record",
    [("/api/v1/users/bulk", "users", USER), ("/api/v1/events/bulk", "events", EVENT)],
)
@pytest.mark.parametrize(
    "case, fragment",
    [
        ("missing", "is required"),
        ("object", "must be an array"),
        ("empty", "at least 1"),
        ("too-many", "at most 1000"),
    ],
)
def test_vibefollow_bad_envelope_is_400(
    sandbox: SandboxServer,
    client: httpx.Client,
    path: str,
    key: str,
    record: dict,
    case: str,
    fragment: str,
) -> None:
    body = {
        "missing": {},
        "object": {key: record},
        "empty": {key: []},
        "too-many": {key: [record] * 1001},
    }[case]
    r = client.post(path, json=body, headers=AUTH)
    assert r.status_code == 400
    payload = r.json()
    assert fragment in payload["error"]["message"]
    assert payload["errors"][0]["field"] == key
    endpoint = "vibefollow-users" if key == "users" else "vibefollow-events"
    assert sandbox.stats()[endpoint]["records_received"] == 0
    assert sandbox.stats()[endpoint]["status_codes"] == {"400": 1}


def test_vibefollow_exactly_1000_is_fine(client: httpx.Client) -> None:
    r = client.post(
        "/api/v1/users/bulk",
        json={"users": [{"external_user_id": f"u{i}"} for i in range(1000)]},
        headers=AUTH,
    )
    assert r.status_code == 200
    assert r.json()["meta"]["received"] == 1000


def test_vibefollow_invalid_json_is_400(client: httpx.Client) -> None:
    r = client.post(
        "/api/v1/events/bulk",
        content=b"{not json",
        headers={**AUTH, "Content-Type": "application/json"},
    )
    assert r.status_code == 400
    assert "not valid JSON" in r.json()["error"]["message"]


def test_track_schema_failure_names_the_field(client: httpx.Client) -> None:
    r = client.post("/api/v1/events", json={"external_user_id": "u1", "name": ""}, headers=AUTH)
    assert r.status_code == 400
    assert r.json()["errors"][0]["field"] == "name"
    r = client.post(
        "/api/v1/events",
        json={"external_user_id": "u1", "name": "x", "properties": [1]},
        headers=AUTH,
    )
    assert r.json()["errors"][0]["field"] == "properties"


@pytest.mark.parametrize(
    "body, fragment",
    [
        ({}, "Missing required field: events"),
        ({"events": {}}, "must be an array"),
        ({"events": []}, "at least 1"),
        ({"events": [{"event": "x", "user_id": "u"}] * 1001}, "maximum 1000"),
    ],
)
def test_flokit_bad_envelope_is_400(client: httpx.Client, body: dict, fragment: str) -> None:
    r = client.post("/v1/batch/events", json=body, headers=AUTH)
    assert r.status_code == 400
    assert r.json()["status"] == "error"
    assert fragment in r.json()["error"]


@pytest.mark.parametrize(
    "body, fragment",
    [
        ({"token": DEFAULT_API_KEY}, "must be an array"),
        ({"token": DEFAULT_API_KEY, "events": "x"}, "must be an array"),
        ({"token": DEFAULT_API_KEY, "events": []}, "at least 1"),
        ([1, 2], "JSON object"),
    ],
)
def test_ourspriv_bad_body_is_400(
    sandbox: SandboxServer, client: httpx.Client, body: object, fragment: str
) -> None:
    r = client.post("/api/v1/batch", json=body)
    assert r.status_code == 400
    assert r.json()["success"] is False
    assert fragment in r.json()["error"]
    assert sandbox.records("ourspriv-batch") == []


def test_ourspriv_invalid_json_is_400(client: httpx.Client) -> None:
    r = client.post("/api/v1/batch", content=b"{", headers={"Content-Type": "application/json"})
    assert r.status_code == 400


def test_ourspriv_wrong_content_type_is_415(sandbox: SandboxServer, client: httpx.Client) -> None:
    body = (
        b'{"token": "%s", "events": [{"event": "x", "distinctId": "d"}]}' % DEFAULT_API_KEY.encode()
    )
    for content_type in ("text/plain", "application/x-www-form-urlencoded", None):
        headers = {"Content-Type": content_type} if content_type else {}
        r = client.post("/api/v1/batch", content=body, headers=headers)
        assert r.status_code == 415, content_type
        assert r.json()["success"] is False
    ok = client.post(
        "/api/v1/batch", content=body, headers={"Content-Type": "application/json; charset=utf-8"}
    )
    assert ok.status_code == 200
    assert len(sandbox.records("ourspriv-batch")) == 1


def test_ourspriv_too_many_events_is_413_with_limit(
    sandbox: SandboxServer, client: httpx.Client
) -> None:
    row = {"event": "x", "distinctId": "d"}
    r = client.post("/api/v1/batch", json={"token": DEFAULT_API_KEY, "events": [row] * 1001})
    assert r.status_code == 413
    assert r.json()["limit"] == 1000
    sandbox.configure(ourspriv_max_events=10)
    r = client.post("/api/v1/batch", json={"token": DEFAULT_API_KEY, "events": [row] * 11})
    assert r.status_code == 413
    assert r.json()["limit"] == 10
    assert r.json()["success"] is False
    assert sandbox.records("ourspriv-batch") == []
    assert (
        client.post(
            "/api/v1/batch", json={"token": DEFAULT_API_KEY, "events": [row] * 10}
        ).status_code
        == 200
    )


def test_unknown_path_is_404_and_wrong_method_405(client: httpx.Client) -> None:
    assert client.post("/api/v2/nothing", json={}).status_code == 404
    r = client.get("/v1/batch/events")
    assert r.status_code == 405
    assert r.headers["allow"] == "POST"
