"""End to end from a CSV file: `backfill upload` vs the sequential chunk loop, time and memory.

Every contender is a fresh process timed from spawn to exit (process start, reading the file,
building payloads and, for Backfill, validating and writing the journal, all included); its
peak resident memory is the process's own high-water mark (VmHWM), sampled while it runs.

Part 1 — 100,000 VibeFollow events, sandbox in its own process answering each request after
100 ms (rate limits off): the sequential loop the vendors' examples show (`csv` module, one
1,000-event request at a time, httpx) vs `backfill upload … --yes` with a fresh data folder.
Part 2 — memory as the file grows: `backfill upload` of 1M and 5M rows (10M with --full, a
527 MB CSV) at 0 ms latency; peak RSS against the file size, and rows/s end to end.

`python -m bench.cli_e2e` (defaults), `--quick` (smaller), `--full` (adds 10M rows, a 527 MB CSV).
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import orjson

from bench.upload import API_KEY, REPO, control, sandbox_process

EVENTS_PATH = "/api/v1/events/bulk"  # VibeFollow


def write_events_csv(path: Path, n: int) -> Path:
    """n VibeFollow-style events (distinct user/name/time), as an operator's export looks."""
    with path.open("w", newline="") as handle:
        handle.write("user_id,event,timestamp,plan,amount\n")
        for start in range(0, n, 100_000):
            handle.write(
                "".join(
                    f"usr_{i % 50_000},page_viewed,2024-{1 + i % 12:02d}-{1 + (i // 12) % 28:02d}T"
                    f"{(i // 336) % 24:02d}:{(i // 8064) % 60:02d}:{i % 60:02d}Z,pro,{i % 997}.5\n"
                    for i in range(start, min(n, start + 100_000))
                )
            )
    return path


def child_sequential(url: str, path: str) -> dict[str, Any]:
    """The SDK-example loop: read the CSV, one chunk of 1,000 at a time, wait for each answer."""
    accepted = 0
    headers = {"Authorization": f"Bearer {API_KEY}", "Content-Type": "application/json"}
    with open(path, newline="") as handle, httpx.Client(timeout=60.0) as client:
        chunk: list[dict[str, Any]] = []

        def send() -> int:
            body = orjson.dumps({"events": chunk})
            response = client.post(url + EVENTS_PATH, content=body, headers=headers)
            response.raise_for_status()
            return len(chunk)

        for row in csv.DictReader(handle):
            chunk.append(
                {
                    "external_user_id": row["user_id"],
                    "name": row["event"],
                    "timestamp": row["timestamp"],
                    "properties": {"plan": row["plan"], "amount": row["amount"]},
                }
            )
            if len(chunk) == 1000:
                accepted += send()
                chunk = []
        if chunk:
            accepted += send()
    return {"accepted": accepted}


def run(
    argv: list[str], env: dict[str, str] | None = None, repo: Path = REPO
) -> tuple[float, float, str]:
    """(seconds, peak RSS in MB, output) of one fresh process, spawn to exit.

    The peak is the child's own high-water mark (VmHWM), read while it runs: a fork's rusage
    would also count this process's memory.
    """
    with tempfile.TemporaryFile() as output:
        started = time.perf_counter()
        proc = subprocess.Popen(
            argv,
            cwd=repo,
            stdout=output,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env={**os.environ, "PYTHONPATH": str(repo), **(env or {})},
        )
        peak_kb = 0
        status = Path(f"/proc/{proc.pid}/status")
        while proc.poll() is None:
            try:
                line = next(li for li in status.read_text().splitlines() if li.startswith("VmHWM"))
                peak_kb = max(peak_kb, int(line.split()[1]))
            except (OSError, StopIteration, ValueError):
                pass  # exiting: no memory map any more
            time.sleep(0.01)
        elapsed = time.perf_counter() - started
        output.seek(0)
        out = output.read().decode()
    if proc.returncode != 0:
        raise RuntimeError(f"{argv[:4]} exited {proc.returncode}:\n{out[-2000:]}")
    return elapsed, peak_kb / 1024, out


def backfill(url: str, path: Path, data_dir: str, repo: Path = REPO) -> tuple[float, float, str]:
    """`backfill upload` as an operator runs it, with a fresh data folder (from `repo`'s code:
    another checkout for an A/B comparison in the same run)."""
    return run(
        [
            sys.executable, "-m", "app", "upload", str(path), "--destination",
            "vibefollow-events", "--base-url", url, "--api-key-env", "BENCH_KEY", "--yes",
        ],
        env={"BACKFILL_DATA_DIR": data_dir, "BENCH_KEY": API_KEY},
        repo=repo,
    )  # fmt: skip


def stored(url: str) -> int:
    return int(control(url, "GET", "/_sandbox/stats")["vibefollow-events"]["stored"])


def part1(tmp: Path, n: int, repeat: int, against: Path | None = None) -> None:
    """The sequential loop vs `backfill upload` (and, with `against`, the same upload from
    another checkout, alternating run by run so both see the same load)."""
    path = write_events_csv(tmp / "events-100k.csv", n)
    print(
        f"Part 1: {n:,} events from a {path.stat().st_size / 1e6:.1f} MB CSV to VibeFollow "
        f"events bulk, sandbox in its own process, 100 ms latency, rate limits off"
    )
    rows: dict[str, list[tuple[float, float]]] = {}
    with sandbox_process("--no-limits", "--latency-ms", "100") as url:
        plan = ["sequential"] + (["backfill", "against"] if against else ["backfill"]) * repeat
        for i, kind in enumerate(plan):
            control(url, "POST", "/_sandbox/reset")
            if kind == "sequential":
                code = "import sys, bench.cli_e2e as b; print(b.child_sequential(sys.argv[1], sys.argv[2]))"
                seconds, peak, _ = run([sys.executable, "-c", code, url, str(path)])
            else:
                repo = against if kind == "against" and against else REPO
                seconds, peak, _ = backfill(url, path, str(tmp / f"data-{i}"), repo)
            assert stored(url) == n, (kind, stored(url))
            rows.setdefault(kind, []).append((seconds, peak))
    seq = rows["sequential"][0]
    print(f"  {'contender':<40}{'seconds':>9}{'rows/s':>10}{'peak RSS':>11}")
    print(
        f"  {'sequential chunk loop (csv + httpx)':<40}{seq[0]:>9.2f}{n / seq[0]:>10,.0f}{seq[1]:>8.0f} MB"
    )
    names = {
        "backfill": "backfill upload (validate, journal)",
        "against": f"  the same from {against}",
    }
    for kind in [k for k in ("backfill", "against") if k in rows]:
        best = min(rows[kind])
        print(f"  {names[kind]:<40}{best[0]:>9.2f}{n / best[0]:>10,.0f}{best[1]:>8.0f} MB")
        if repeat > 1:
            print("    runs: " + ", ".join(f"{s:.2f} s" for s, _ in rows[kind]))
        print(f"    ratio to sequential, end to end with process start: {seq[0] / best[0]:.1f}x")
    if against:
        ratio = min(rows["against"])[0] / min(rows["backfill"])[0]
        print(f"  this checkout vs {against}: {ratio:.2f}x faster (best of {repeat} each)")


def part2(tmp: Path, sizes: list[int]) -> None:
    print("\nPart 2: `backfill upload` end to end at 0 ms latency, rate limits off")
    print(f"  {'rows':>11}{'file':>9}{'seconds':>9}{'rows/s':>10}{'peak RSS':>11}{'RSS/file':>10}")
    with sandbox_process("--no-limits", "--quiet") as url:
        for n in sizes:
            path = write_events_csv(tmp / f"events-{n}.csv", n)
            size = path.stat().st_size / 1e6
            control(url, "POST", "/_sandbox/reset")
            seconds, peak, _ = backfill(url, path, str(tmp / f"data-{n}"))
            assert stored(url) == n, stored(url)
            print(
                f"  {n:>11,}{size:>6.0f} MB{seconds:>9.1f}{n / seconds:>10,.0f}{peak:>8.0f} MB"
                f"{peak / size:>9.1f}x"
            )
            path.unlink()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--full", action="store_true", help="also 10M rows (a 527 MB CSV)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--against", type=Path, help="part 1 A/B: another checkout's code")
    parser.add_argument("--part1", action="store_true", help="only part 1")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    quick = args.quick or os.environ.get("BENCH_QUICK") == "1"
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        part1(tmp, 20_000 if quick else 100_000, 1 if quick else args.repeat, args.against)
        if args.part1:
            return 0
        sizes = [200_000] if quick else [1_000_000, 5_000_000]
        part2(tmp, sizes + ([10_000_000] if args.full else []))
    return 0


if __name__ == "__main__":
    sys.exit(main())
