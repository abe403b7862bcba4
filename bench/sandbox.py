"""How many 1,000-record requests per second the sandbox absorbs on this machine.

The sandbox runs in its own process (`backfill sandbox --no-limits --quiet`), the load generator
is an httpx.AsyncClient with N requests in flight. Besides wall-clock throughput it reports the
sandbox process's own CPU time per request, which bounds its capacity whatever the client costs.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import orjson

from app.sandbox import DEFAULT_API_KEY

CHUNK = 1_000
REPO = Path(__file__).resolve().parents[1]
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Run:
    """One measured configuration."""

    endpoint: str
    concurrency: int
    latency_ms: float
    requests: int
    seconds: float
    server_cpu_s: float
    client_cpu_s: float
    errors: int

    @property
    def requests_per_s(self) -> float:
        return self.requests / self.seconds

    @property
    def ideal_per_s(self) -> float:
        """Throughput if the server cost nothing but its simulated latency."""
        return float("inf") if self.latency_ms <= 0 else self.concurrency * 1000.0 / self.latency_ms

    @property
    def server_ms_per_request(self) -> float:
        return self.server_cpu_s * 1000.0 / self.requests

    @property
    def client_ms_per_request(self) -> float:
        return self.client_cpu_s * 1000.0 / self.requests


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def _bodies(endpoint: str, count: int) -> list[bytes]:
    """`count` request bodies of CHUNK distinct, time-sorted events each."""
    start = datetime(2024, 1, 1, tzinfo=UTC)
    bodies = []
    for n in range(count):
        events = []
        for i in range(n * CHUNK, (n + 1) * CHUNK):
            stamp = (start + timedelta(seconds=i)).strftime("%Y-%m-%dT%H:%M:%SZ")
            user = f"usr_{i % 5000}"
            properties = {"plan": "pro", "amount": 49.99, "row": i}
            if endpoint == "vibefollow-events":
                events.append(
                    {
                        "external_user_id": user,
                        "name": "order_completed",
                        "timestamp": stamp,
                        "properties": properties,
                    }
                )
            else:
                events.append(
                    {
                        "event": "order_completed",
                        "user_id": user,
                        "timestamp": stamp,
                        "properties": properties,
                    }
                )
        bodies.append(orjson.dumps({"events": events}))
    return bodies


PATHS = {"vibefollow-events": "/api/v1/events/bulk", "flokit-events": "/v1/batch/events"}


async def _load(
    base_url: str, path: str, bodies: list[bytes], concurrency: int
) -> tuple[float, int]:
    """Send every body with `concurrency` requests in flight; (seconds, non-200 answers)."""
    headers = {"Authorization": f"Bearer {DEFAULT_API_KEY}", "Content-Type": "application/json"}
    queue: asyncio.Queue[bytes] = asyncio.Queue()
    for body in bodies:
        queue.put_nowait(body)
    errors = 0
    # One single-connection client per worker: a shared pool of 64 connections makes httpx's
    # own pool bookkeeping the bottleneck instead of the sandbox.
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    clients = [
        httpx.AsyncClient(base_url=base_url, limits=limits, timeout=60) for _ in range(concurrency)
    ]

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal errors
        while not queue.empty():
            body = queue.get_nowait()
            response = await client.post(path, content=body, headers=headers)
            if response.status_code != 200:
                errors += 1

    try:
        await asyncio.gather(*(client.get("/_sandbox/health") for client in clients))
        started = time.perf_counter()
        await asyncio.gather(*(worker(client) for client in clients))
        return time.perf_counter() - started, errors
    finally:
        await asyncio.gather(*(client.aclose() for client in clients))


async def _load_raw(
    base_url: str, path: str, bodies: list[bytes], concurrency: int
) -> tuple[float, int]:
    """Same load over bare asyncio keep-alive connections: a client that costs almost nothing."""
    host, port = base_url.removeprefix("http://").rsplit(":", 1)
    head = (
        f"POST {path} HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {DEFAULT_API_KEY}\r\n"
        "Content-Type: application/json\r\nContent-Length: "
    ).encode()
    queue: asyncio.Queue[bytes] = asyncio.Queue()
    for body in bodies:
        queue.put_nowait(body)
    errors = 0

    async def worker(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal errors
        while not queue.empty():
            body = queue.get_nowait()
            writer.write(head + str(len(body)).encode() + b"\r\n\r\n" + body)
            status_line = await reader.readline()
            length = 0
            while (line := await reader.readline()) not in (b"\r\n", b""):
                name, _, value = line.partition(b":")
                if name.lower() == b"content-length":
                    length = int(value)
            await reader.readexactly(length)
            if status_line.split()[1] != b"200":
                errors += 1

    connections = [await asyncio.open_connection(host, int(port)) for _ in range(concurrency)]
    try:
        started = time.perf_counter()
        await asyncio.gather(*(worker(r, w) for r, w in connections))
        return time.perf_counter() - started, errors
    finally:
        for _, writer in connections:
            writer.close()


def _start_sandbox() -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "sandbox", "--port", "0", "--no-limits", "--quiet"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert proc.stdout is not None
    match = re.search(r"http://[\d.]+:\d+", proc.stdout.readline())
    if match is None:
        proc.kill()
        raise RuntimeError("sandbox did not print its URL")
    return proc, match.group(0)


def measure(
    endpoint: str, concurrency: int, latency_ms: float, requests: int, client: str = "raw"
) -> Run:
    """Send `requests` 1,000-record batches with `concurrency` in flight and time them."""
    bodies = _bodies(endpoint, requests)
    proc, base_url = _start_sandbox()
    try:
        httpx.post(f"{base_url}/_sandbox/faults", json={"latency_ms": latency_ms})
        cpu_before, own_before = _cpu_seconds(proc.pid), _cpu_seconds(os.getpid())
        load = _load_raw if client == "raw" else _load
        seconds, errors = asyncio.run(load(base_url, PATHS[endpoint], bodies, concurrency))
        cpu = _cpu_seconds(proc.pid) - cpu_before
        own = _cpu_seconds(os.getpid()) - own_before
        stored = httpx.get(f"{base_url}/_sandbox/stats").json()[endpoint]["stored"]
        if stored != requests * CHUNK:
            errors += 1
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    return Run(endpoint, concurrency, latency_ms, requests, seconds, cpu, own, errors)


def main(argv: list[str] | None = None) -> int:
    """Print requests/s and records/s per configuration, with the ideal rate and server CPU."""
    parser = argparse.ArgumentParser(prog="python -m bench.sandbox", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="40 requests per configuration")
    parser.add_argument("--requests", type=int, default=None, help="requests per configuration")
    parser.add_argument(
        "--client",
        choices=("raw", "httpx", "both"),
        default="both",
        help="load generator: bare asyncio sockets, httpx.AsyncClient, or both (default)",
    )
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    requests = args.requests or (40 if args.quick or os.environ.get("BENCH_QUICK") else 200)
    configs = [
        ("vibefollow-events", 16, 0.0),
        ("vibefollow-events", 64, 0.0),
        ("vibefollow-events", 16, 100.0),
        ("vibefollow-events", 64, 100.0),
        ("flokit-events", 16, 0.0),
        ("flokit-events", 64, 100.0),
    ]
    print(f"sandbox throughput: {requests} requests x {CHUNK} records per configuration")
    print(
        f"{'client':<6} {'endpoint':<18} {'conc':>4} {'lat ms':>6} {'req/s':>8} {'records/s':>10} "
        f"{'ideal req/s':>11} {'of ideal':>8} {'srv CPU ms/req':>14} {'srv cap req/s':>13} "
        f"{'client CPU ms/req':>17} {'err':>3}"
    )
    clients = ("raw", "httpx") if args.client == "both" else (args.client,)
    for client, (endpoint, concurrency, latency) in itertools.product(clients, configs):
        run = measure(endpoint, concurrency, latency, requests, client)
        ideal = "—" if run.ideal_per_s == float("inf") else f"{run.ideal_per_s:.0f}"
        share = (
            "—"
            if run.ideal_per_s == float("inf")
            else f"{run.requests_per_s / run.ideal_per_s:.0%}"
        )
        print(
            f"{client:<6} {endpoint:<18} {concurrency:>4} {latency:>6.0f} {run.requests_per_s:>8.1f} "
            f"{run.requests_per_s * CHUNK:>10.0f} {ideal:>11} {share:>8} "
            f"{run.server_ms_per_request:>14.2f} {1000.0 / run.server_ms_per_request:>13.0f} "
            f"{run.client_ms_per_request:>17.2f} {run.errors:>3}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
