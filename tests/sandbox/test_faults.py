"""Fault knobs: injected statuses, dropped connections, stalls, latency, reject rules, seeding."""

from __future__ import annotations

import time

import httpx
import pytest

from app.sandbox import DEFAULT_API_KEY, SandboxServer, parse_faults
from tests.sandbox.conftest import AUTH, send_in_background
from tests.waiting import wait_until

REQUESTS = {
    "vibefollow-users": ("/api/v1/users/bulk", {"users": [{"external_user_id": "u1"}]}, AUTH),
    "vibefollow-events": (
        "/api/v1/events/bulk",
        {"events": [{"external_user_id": "u1", "name": "x"}]},
        AUTH,
    ),
    "vibefollow-track": ("/api/v1/events", {"external_user_id": "u1", "name": "x"}, AUTH),
    "ourspriv-batch": (
        "/api/v1/batch",
        {"token": DEFAULT_API_KEY, "events": [{"event": "x", "distinctId": "d"}]},
        {},
    ),
    "flokit-events": ("/v1/batch/events", {"events": [{"event": "x", "user_id": "u"}]}, AUTH),
}


def send(client: httpx.Client, endpoint: str, extra_headers: dict | None = None) -> httpx.Response:
    path, body, headers = REQUESTS[endpoint]
    return client.post(path, json=body, headers={**headers, **(extra_headers or {})})


@pytest.mark.parametrize("endpoint", sorted(REQUESTS))
@pytest.mark.parametrize("status", [429, 503])
def test_injected_retryable_statuses_carry_retry_after(
    sandbox: SandboxServer, client: httpx.Client, endpoint: str, status: int
) -> None:
    sandbox.set_faults(**{f"p{status}": 1.0, "retry_after": 0})
    r = send(client, endpoint)
    assert r.status_code == status
    assert r.headers["retry-after"] == "0"
    assert sandbox.records(endpoint) == []
    assert sandbox.stats()[endpoint]["status_codes"] == {str(status): 1}


@pytest.mark.parametrize("endpoint", sorted(REQUESTS))
def test_injected_500_has_vendor_shape_and_stores_nothing(
    sandbox: SandboxServer, client: httpx.Client, endpoint: str
) -> None:
    sandbox.set_faults(p500=1.0)
    r = send(client, endpoint)
    assert r.status_code == 500
    body = r.json()
    if endpoint == "ourspriv-batch":
        assert body["retryable"] is True
        assert "results" not in body
    elif endpoint == "flokit-events":
        assert body["status"] == "error"
    else:
        assert body["error"]["code"] == "internal_error"
    assert sandbox.records(endpoint) == []


def test_retry_after_rounds_up_unless_fractional(
    sandbox: SandboxServer, client: httpx.Client
) -> None:
    sandbox.set_faults(p429=1.0, retry_after=0.05)
    assert send(client, "flokit-events").headers["retry-after"] == "1"
    sandbox.configure(fractional_retry_after=True)
    assert send(client, "flokit-events").headers["retry-after"] == "0.05"


def test_drop_before_processing_stores_nothing(
    sandbox: SandboxServer, client: httpx.Client
) -> None:
    sandbox.set_faults(p_drop_before=1.0)
    with pytest.raises(httpx.TransportError):
        send(client, "vibefollow-events")
    assert sandbox.records("vibefollow-events") == []
    stats = sandbox.stats()["vibefollow-events"]
    assert stats["connections_dropped"] == 1
    assert stats["status_codes"] == {"dropped": 1}
    sandbox.set_faults()
    assert send(client, "vibefollow-events").status_code == 200


def test_drop_after_processing_stores_and_idempotent_retry_is_safe(
    sandbox: SandboxServer, client: httpx.Client
) -> None:
    sandbox.set_faults(p_drop_after=1.0)
    key = {"Idempotency-Key": "chunk-7"}
    with pytest.raises(httpx.TransportError):
        send(client, "flokit-events", key)
    assert len(sandbox.records("flokit-events")) == 1
    sandbox.set_faults()
    r = send(client, "flokit-events", key)
    assert r.status_code == 200
    assert r.json()["accepted"] == 1
    assert len(sandbox.records("flokit-events")) == 1
    assert sandbox.stats()["flokit-events"]["idempotent_replays"] == 1


def test_drop_after_on_vibefollow_events_is_deduped_on_retry(
    sandbox: SandboxServer, client: httpx.Client
) -> None:
    sandbox.set_faults(p_drop_after=1.0)
    body = {"events": [{"external_user_id": "u", "name": "x", "timestamp": "2024-01-01T00:00:00Z"}]}
    with pytest.raises(httpx.TransportError):
        client.post("/api/v1/events/bulk", json=body, headers=AUTH)
    sandbox.set_faults()
    assert (
        client.post("/api/v1/events/bulk", json=body, headers=AUTH).json()["data"]["accepted"] == 1
    )
    assert len(sandbox.records("vibefollow-events")) == 1
    assert sandbox.stats()["vibefollow-events"]["duplicates_dropped"] == 1


def test_stalled_request_times_out_and_is_not_processed(sandbox: SandboxServer) -> None:
    sandbox.set_faults(p_stall=1.0, stall_s=0.4)
    with (
        httpx.Client(base_url=sandbox.base_url, timeout=0.1) as quick,
        pytest.raises(httpx.ReadTimeout),
    ):
        send(quick, "flokit-events")
    wait_until(lambda: sandbox.stats()["flokit-events"]["stalls"] > 0)
    assert sandbox.stats()["flokit-events"]["stalls"] == 1
    assert sandbox.records("flokit-events") == []


def test_latency_and_jitter_delay_answers(sandbox: SandboxServer, client: httpx.Client) -> None:
    sandbox.set_faults(latency_ms=120, jitter_ms=30, seed=1)
    started = time.perf_counter()
    assert send(client, "vibefollow-users").status_code == 200
    assert 0.12 <= time.perf_counter() - started < 1.0


def test_seed_makes_faults_deterministic(sandbox: SandboxServer, client: httpx.Client) -> None:
    def run() -> list[int]:
        sandbox.reset()
        sandbox.set_faults(p500=0.3, p429=0.3, retry_after=0, seed=1234)
        return [send(client, "flokit-events").status_code for _ in range(12)]

    first = run()
    assert first == run()
    assert {200, 429, 500} <= set(first)


def test_budget_caps_injected_faults(sandbox: SandboxServer, client: httpx.Client) -> None:
    sandbox.set_faults(p503=1.0, retry_after=0, budget=2)
    assert [send(client, "vibefollow-users").status_code for _ in range(4)] == [503, 503, 200, 200]


def test_faults_can_target_endpoints(sandbox: SandboxServer, client: httpx.Client) -> None:
    sandbox.set_faults(p500=1.0, endpoints=["flokit-events"])
    assert send(client, "flokit-events").status_code == 500
    assert send(client, "vibefollow-users").status_code == 200
    assert send(client, "ourspriv-batch").status_code == 200


def test_queue_failure_of_every_row_is_500_with_results(
    sandbox: SandboxServer, client: httpx.Client
) -> None:
    sandbox.set_faults(p_queue_failure=1.0)
    events = [{"event": "x", "distinctId": "d1"}, {"event": ""}, {"event": "y", "distinctId": "d2"}]
    r = client.post("/api/v1/batch", json={"token": DEFAULT_API_KEY, "events": events})
    assert r.status_code == 500
    body = r.json()
    assert body["success"] is False
    assert body["retryable"] is True
    assert [(row["index"], row["code"]) for row in body["results"]] == [
        (0, "queue_unavailable"),
        (1, "invalid_event"),
        (2, "queue_unavailable"),
    ]
    assert sandbox.records("ourspriv-batch") == []


def test_queue_failure_of_some_rows_is_207(sandbox: SandboxServer, client: httpx.Client) -> None:
    sandbox.set_faults(p_queue_failure=0.5, seed=3)
    events = [{"event": "x", "distinctId": f"d{i}"} for i in range(40)]
    r = client.post("/api/v1/batch", json={"token": DEFAULT_API_KEY, "events": events})
    assert r.status_code == 207
    body = r.json()
    failed = [row for row in body["results"] if not row["success"]]
    assert failed
    assert {row["code"] for row in failed} == {"queue_unavailable"}
    assert body["accepted"] + body["failed"] == 40
    stored = {e["distinctId"] for e in sandbox.records("ourspriv-batch")}
    assert stored == {f"d{row['index']}" for row in body["results"] if row["success"]}


def test_reject_rule_applies_per_vendor(sandbox: SandboxServer, client: httpx.Client) -> None:
    sandbox.set_faults(
        reject_field="properties.plan", reject_pattern="^blocked$", reject_message="plan is blocked"
    )
    ev = [
        {"external_user_id": "u", "name": "x", "properties": {"plan": "blocked"}},
        {"external_user_id": "u", "name": "y", "properties": {"plan": "pro"}},
    ]
    data = client.post("/api/v1/events/bulk", json={"events": ev}, headers=AUTH).json()["data"]
    assert data["errors"] == [
        {"index": 0, "code": "validation", "message": "plan is blocked", "field": "properties"}
    ]
    fk = [{"event": "a", "user_id": "u", "properties": {"plan": "blocked"}}]
    assert client.post("/v1/batch/events", json={"events": fk}, headers=AUTH).json()["errors"] == [
        {"index": 0, "event": "a", "reason": "plan is blocked"}
    ]
    sandbox.set_faults(reject_field="distinctId", reject_pattern="^bad", reject_code="blocked_user")
    rows = [{"event": "a", "distinctId": "bad-1"}, {"event": "a", "distinctId": "good"}]
    r = client.post("/api/v1/batch", json={"token": DEFAULT_API_KEY, "events": rows})
    assert r.status_code == 207
    assert r.json()["results"][0]["code"] == "blocked_user"
    sandbox.set_faults(reject_field="email", reject_pattern="@blocked\\.io$")
    users = [
        {"external_user_id": "a", "email": "x@blocked.io"},
        {"external_user_id": "b", "email": "y@ok.io"},
    ]
    data = client.post("/api/v1/users/bulk", json={"users": users}, headers=AUTH).json()["data"]
    assert (data["accepted"], data["rejected"], data["errors"][0]["field"]) == (1, 1, "email")


def test_faults_never_touch_controls(sandbox: SandboxServer, client: httpx.Client) -> None:
    sandbox.set_faults(p500=1.0, p_drop_before=1.0, latency_ms=3000)
    started = time.perf_counter()
    assert client.get("/_sandbox/stats").status_code == 200
    assert client.get("/_sandbox/health").status_code == 200
    assert time.perf_counter() - started < 2.0


def test_fault_knobs_parse_from_text() -> None:
    faults = parse_faults(
        "p500=0.05,p429=0.1,retry_after=0,seed=7,endpoints=flokit-events|ourspriv-batch"
    )
    assert (faults.p500, faults.p429, faults.retry_after, faults.seed) == (0.05, 0.1, 0, 7)
    assert faults.endpoints == ("flokit-events", "ourspriv-batch")
    assert parse_faults('{"p503": 1, "stall_s": 2}').p503 == 1
    with pytest.raises(ValueError):
        parse_faults("p501=1")
    with pytest.raises(ValueError):
        parse_faults("p500=2")


def test_reset_cuts_leftover_stalls_without_polluting_new_stats(sandbox: SandboxServer) -> None:
    sandbox.set_faults(p_stall=1.0, stall_s=30)

    def stalled() -> None:
        with httpx.Client(base_url=sandbox.base_url, timeout=10) as slow:
            send(slow, "flokit-events")

    worker, outcome = send_in_background(sandbox, stalled, "flokit-events")
    started = time.monotonic()
    sandbox.reset()
    worker.join(timeout=5)
    assert time.monotonic() - started < 3
    assert outcome and isinstance(outcome[0], httpx.TransportError)
    stats = sandbox.stats()["flokit-events"]
    assert (stats["requests"], stats["stalls"], stats["connections_dropped"]) == (0, 0, 0)
    assert sandbox.records("flokit-events") == []


def test_resent_rows_without_server_dedupe_are_counted(
    sandbox: SandboxServer, client: httpx.Client
) -> None:
    rows = [{"event": "x", "distinctId": "d", "timestamp": "2024-01-01T00:00:00Z"}]
    sandbox.set_faults(p_drop_after=1.0)
    with pytest.raises(httpx.TransportError):
        client.post("/api/v1/batch", json={"token": DEFAULT_API_KEY, "events": rows})
    sandbox.set_faults()
    assert (
        client.post("/api/v1/batch", json={"token": DEFAULT_API_KEY, "events": rows}).status_code
        == 200
    )
    # Ours Privacy has no dedupe: the blind retry stored the row twice, and the stats say so.
    assert len(sandbox.records("ourspriv-batch")) == 2
    assert sandbox.stats()["ourspriv-batch"]["duplicates_stored"] == 1
    fk = {"events": [{"event": "x", "user_id": "u", "timestamp": "2024-01-01T00:00:00Z"}] * 2}
    client.post("/v1/batch/events", json=fk, headers=AUTH)
    assert sandbox.stats()["flokit-events"]["duplicates_stored"] == 1


def test_script_forces_the_first_requests_then_falls_back_to_the_draws(
    sandbox: SandboxServer, client: httpx.Client
) -> None:
    sandbox.set_faults(script=["500", "429", "proceed", "503"], retry_after=0)
    statuses = [send(client, "flokit-events").status_code for _ in range(6)]
    assert statuses == [500, 429, 200, 503, 200, 200]
    assert len(sandbox.records("flokit-events")) == 3


def test_script_drop_before_stores_nothing_and_only_counts_matching_endpoints(
    sandbox: SandboxServer, client: httpx.Client
) -> None:
    sandbox.set_faults(script="drop_before|500", endpoints=["ourspriv-batch"])
    assert send(client, "flokit-events").status_code == 200
    with pytest.raises(httpx.TransportError):
        send(client, "ourspriv-batch")
    assert send(client, "ourspriv-batch").status_code == 500
    assert send(client, "ourspriv-batch").status_code == 200
    codes = sandbox.stats()["ourspriv-batch"]["status_codes"]
    assert codes == {"dropped": 1, "500": 1, "200": 1}
    assert len(sandbox.records("ourspriv-batch")) == 1


def test_script_rejects_unknown_steps() -> None:
    with pytest.raises(ValueError, match="script step 'boom'"):
        parse_faults('{"script": ["500", "boom"]}')
    assert parse_faults("script=drop_before|500").script == ("drop_before", "500")
