"""The /_sandbox/* controls over HTTP and the SandboxServer lifecycle."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from app.sandbox import DEFAULT_API_KEY, ENDPOINTS, SandboxServer
from tests.sandbox.conftest import AUTH, send_in_background

REPO = Path(__file__).resolve().parents[2]


def test_health_lists_every_endpoint(client: httpx.Client) -> None:
    r = client.get("/_sandbox/health")
    assert r.status_code == 200
    assert r.json()["status"] == "ok"
    assert set(r.json()["endpoints"]) == set(ENDPOINTS)


def test_stats_and_records_over_http(sandbox: SandboxServer, client: httpx.Client) -> None:
    events = [{"event": "a", "user_id": "u", "timestamp": "2024-01-01T00:00:00Z"}]
    client.post("/v1/batch/events", json={"events": events}, headers=AUTH)
    stats = client.get("/_sandbox/stats").json()
    assert set(stats) == set(ENDPOINTS)
    assert stats["flokit-events"]["status_codes"] == {"200": 1}
    assert stats["flokit-events"] == sandbox.stats()["flokit-events"]
    records = client.get("/_sandbox/records", params={"endpoint": "flokit-events"}).json()
    assert records == {"endpoint": "flokit-events", "count": 1, "records": events}
    assert client.get("/_sandbox/records", params={"endpoint": "nope"}).status_code == 404


def test_reset_over_http_clears_everything(sandbox: SandboxServer, client: httpx.Client) -> None:
    sandbox.configure(flokit_rate_limit=1)
    sandbox.set_faults(latency_ms=1)
    client.post("/v1/batch/events", json={"events": [{"event": "a", "user_id": "u"}]}, headers=AUTH)
    assert client.post("/_sandbox/reset").json() == {"status": "ok"}
    assert sandbox.records("flokit-events") == []
    assert sandbox.stats()["flokit-events"]["requests"] == 0
    assert sandbox.faults.latency_ms == 0
    assert sandbox.settings.flokit_rate_limit == 100


def test_faults_over_http(sandbox: SandboxServer, client: httpx.Client) -> None:
    r = client.post(
        "/_sandbox/faults", json={"p503": 1.0, "retry_after": 0, "endpoints": ["vibefollow-users"]}
    )
    assert r.status_code == 200
    assert r.json()["p503"] == 1.0
    assert client.get("/_sandbox/faults").json()["endpoints"] == ["vibefollow-users"]
    assert sandbox.faults.p503 == 1.0
    assert (
        client.post(
            "/api/v1/users/bulk", json={"users": [{"external_user_id": "a"}]}, headers=AUTH
        ).status_code
        == 503
    )
    bad = client.post("/_sandbox/faults", json={"p999": 1})
    assert bad.status_code == 400
    assert "p999" in bad.json()["error"]
    assert client.post("/_sandbox/faults", json={}).json()["p503"] == 0


def test_settings_over_http(sandbox: SandboxServer, client: httpx.Client) -> None:
    r = client.post("/_sandbox/settings", json={"ourspriv_max_events": 2})
    assert r.status_code == 200
    assert r.json()["ourspriv_max_events"] == 2
    assert sandbox.settings.ourspriv_max_events == 2
    assert client.post("/_sandbox/settings", json={"bogus": 1}).status_code == 400


def test_unknown_endpoint_name_raises_keyerror(sandbox: SandboxServer) -> None:
    with pytest.raises(KeyError):
        sandbox.records("vibefollow")


def test_unknown_setting_is_rejected() -> None:
    with pytest.raises(TypeError):
        SandboxServer(flokit_limit=5)


def test_lifecycle_start_stop_idempotent() -> None:
    server = SandboxServer()
    url = server.start()
    assert url == server.base_url
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", url)
    assert server.start() == url
    assert httpx.get(f"{url}/_sandbox/health").status_code == 200
    server.stop()
    server.stop()
    assert not server.running
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/_sandbox/health", timeout=1)


def test_context_manager_and_stop_with_a_stalled_request_in_flight() -> None:
    with SandboxServer() as server:
        server.set_faults(p_stall=1.0, stall_s=30)

        def stalled() -> None:
            httpx.post(
                f"{server.base_url}/v1/batch/events", json={"events": []}, headers=AUTH, timeout=20
            )

        worker, errors = send_in_background(server, stalled, "flokit-events")
        started = time.perf_counter()
    assert time.perf_counter() - started < 8
    worker.join(timeout=5)
    assert errors and not worker.is_alive()


def test_cli_runs_in_the_foreground_and_logs_requests() -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "app",
            "sandbox",
            "--port",
            "0",
            "--latency-ms",
            "1",
            "--faults",
            "seed=1",
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        match = re.search(r"(http://127\.0\.0\.1:\d+)", first)
        assert match, first
        assert DEFAULT_API_KEY in proc.stdout.readline()
        body = {"token": DEFAULT_API_KEY, "events": [{"event": "x", "distinctId": "d"}]}
        assert httpx.post(f"{match.group(1)}/api/v1/batch", json=body).status_code == 200
        lines = []
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            lines.append(line)
            if "POST /api/v1/batch" in line:
                break
        assert "POST /api/v1/batch -> 200" in lines[-1]
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert proc.returncode == 0


@pytest.mark.parametrize(
    "argv",
    [["--faults", "p999=1"], ["--faults", "p500=3"], ["--set", "bogus=1"], ["--set", "novalue"]],
)
def test_cli_rejects_bad_knobs_with_exit_code_2(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import run_cli

    assert run_cli(["sandbox", "--port", "0", *argv]) == 2
    assert "backfill sandbox:" in capsys.readouterr().err


def test_in_flight_counts_requests_being_handled(sandbox):
    """Tests wait for `in_flight() == 0` instead of sleeping after abandoning requests."""
    import threading

    import httpx

    from tests.waiting import wait_until

    sandbox.configure(latency_ms=300.0)
    assert sandbox.in_flight() == 0
    url = f"{sandbox.base_url}/api/v1/events/bulk"
    sender = threading.Thread(
        target=lambda: httpx.post(url, json={"events": []}, headers={"Authorization": "Bearer x"}),
        daemon=True,
    )
    sender.start()
    wait_until(lambda: sandbox.in_flight() == 1, what="the request to arrive")
    sender.join(5)
    wait_until(lambda: sandbox.in_flight() == 0, what="the answer")
