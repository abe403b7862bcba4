"""How long does the GUI thread ever stop answering while the app loads, validates and uploads?

A 10 ms QTimer heartbeat runs on the GUI thread while the real window (real pages, real
workers, the qasync loop, the in-process sandbox with ~20 ms latency and rate limits off) loads
a generated CSV, maps it, validates it, writes the job to the journal and uploads every row.
A stall is how much later than 10 ms a tick arrives. Goal: the longest stall < 100 ms.

    .venv/bin/python -m bench.gui_stall            # 1,000,000 rows
    .venv/bin/python -m bench.gui_stall --rows 100000
    .venv/bin/python -m bench.gui_stall --quick    # 50,000 rows (or GUI_STALL_ROWS=…)
    .venv/bin/python -m bench.gui_stall --kind events   # events (timestamps parsed) instead of users
    .venv/bin/python -m bench.gui_stall --page-above-mb 0   # page the file from disk, whatever its size
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

TICK_MS = 10
GOAL_MS = 100.0
DEFAULT_ROWS = 1_000_000
QUICK_ROWS = 50_000


KINDS = {"users": "vibefollow-users", "events": "vibefollow-events"}


def write_events_csv(path: Path, rows: int) -> Path:
    """Events: User ID, Event, Timestamp (ISO 8601 UTC), Plan — all valid, no duplicates."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("User ID,Event,Timestamp,Plan\n")
        block = []
        for i in range(1, rows + 1):
            block.append(
                f"U{i % 50_000:06d},{('signup', 'purchase', 'churn')[i % 3]},"
                f"2024-{i % 12 + 1:02d}-{i % 28 + 1:02d}T{i % 24:02d}:{i % 60:02d}:{i // 60 % 60:02d}Z,"
                f"{'pro' if i % 3 else 'free'}\n"
            )
            if len(block) == 50_000:
                fh.write("".join(block))
                block.clear()
        fh.write("".join(block))
    return path


def write_csv(path: Path, rows: int) -> Path:
    """Users: Customer ID, Email, Plan, Signed up — all valid."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("Customer ID,Email,Plan,Signed up\n")
        block = []
        for i in range(1, rows + 1):
            block.append(
                f"C{i:07d},user{i}@example.com,{'pro' if i % 3 else 'free'},2024-03-{i % 28 + 1:02d}\n"
            )
            if len(block) == 50_000:
                fh.write("".join(block))
                block.clear()
        fh.write("".join(block))
    return path


class GcWatch:
    """Times the garbage collector's pauses (they stop every thread, the GUI's included)."""

    def __init__(self, phase_of: Callable[[], str] = lambda: "") -> None:
        self.pauses: dict[int, list[float]] = {0: [], 1: [], 2: []}
        self.longest_full: dict[str, float] = {}  # app phase -> longest gen-2 pause (ms)
        self._phase_of = phase_of
        self._started = 0.0

    def __call__(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            pause = (time.perf_counter() - self._started) * 1000
            self.pauses[info["generation"]].append(pause)
            if info["generation"] == 2:
                where = self._phase_of()
                self.longest_full[where] = max(pause, self.longest_full.get(where, 0.0))

    def summary(self) -> str:
        parts = []
        for gen, values in self.pauses.items():
            if values:
                parts.append(f"gen {gen}: {len(values):,} runs, longest {max(values):.0f} ms")
        if self.longest_full:
            worst = ", ".join(f"{k} {v:.0f} ms" for k, v in self.longest_full.items())
            parts.append(f"longest full collection per phase: {worst}")
        return "; ".join(parts) or "none"


class Heartbeat:
    """Counts how late each 10 ms tick is, per named phase."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.phase = "start"
        self.stalls: dict[str, list[float]] = {}
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self._last = time.perf_counter()

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def enter(self, phase: str) -> None:
        self.phase = phase
        self.stalls.setdefault(phase, [])

    def _tick(self) -> None:
        now = time.perf_counter()
        late_ms = max(0.0, (now - self._last) * 1000 - TICK_MS)
        self._last = now
        self.stalls.setdefault(self.phase, []).append(late_ms)


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def wait_for(condition: Callable[[], bool], what: str, timeout_s: float = 3600) -> None:
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > timeout_s:
            raise TimeoutError(f"gave up waiting for {what}")
        await asyncio.sleep(0.02)


async def drive(window, heartbeat: Heartbeat, path: Path, timings: dict[str, float]) -> None:
    """Load → Map → Review → Upload through the real pages, timing each phase."""
    from app.ui.upload_runner import RunState

    session = window.session
    heartbeat.start()

    async def phase(name: str, start: Callable[[], object], done: Callable[[], bool]) -> None:
        heartbeat.enter(name)
        t0 = time.perf_counter()
        start()
        await wait_for(done, name)
        timings[name] = time.perf_counter() - t0
        print(f"  {name:<9} done in {timings[name]:6.1f} s", flush=True)

    await phase("idle", lambda: None, lambda: True)
    await asyncio.sleep(0.5)
    await phase("load", lambda: window.pages[0].load_path(path), lambda: session.table is not None)
    await phase(
        "map",
        lambda: window.go_to(1),
        lambda: session.mapping is not None and not window.pages[1].is_busy,
    )
    await phase("validate", lambda: window.go_to(2), lambda: session.validation is not None)
    upload = window.pages[3]

    def start_upload() -> None:
        window.go_to(3)

    await phase("check", start_upload, lambda: upload.duplicates is not None)

    def press_start() -> None:
        upload.start()

    await phase("prepare", press_start, lambda: session.job_id is not None)
    await phase("upload", lambda: None, lambda: upload.runner.state == RunState.FINISHED)
    await phase("report", lambda: window.go_to(4), lambda: window.pages[4].job is not None)
    heartbeat.stop()


class _ProcessSandbox:
    """The sandbox in its own process: what the app sees from a real API across the network."""

    def __init__(self) -> None:
        import socket
        import subprocess

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        self.base_url = f"http://127.0.0.1:{port}"
        self._proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "app",
                "sandbox",
                "--port",
                str(port),
                "--latency-ms",
                "20",
                "--no-limits",
                "--quiet",
                "--set",
                "queue_cap=None",
            ],
            stdout=subprocess.DEVNULL,
        )

    def start(self) -> str:
        import httpx

        for _ in range(200):
            try:
                httpx.get(self.base_url + "/_sandbox/stats", timeout=1)
                return self.base_url
            except httpx.HTTPError:
                time.sleep(0.05)
        raise RuntimeError("the sandbox process did not start")

    def stats(self) -> dict:
        import httpx

        return httpx.get(self.base_url + "/_sandbox/stats").json()

    def stop(self) -> None:
        self._proc.terminate()
        self._proc.wait(10)


def run(
    rows: int, *, separate_process: bool = False, kind: str = "users"
) -> dict[str, list[float]]:
    """Run the whole flow for `rows` rows of `kind`; returns the stalls (ms) per phase."""
    workdir = Path(tempfile.mkdtemp(prefix="gui-stall-"))
    os.environ["BACKFILL_DATA_DIR"] = str(workdir / "data")  # never the user's journal
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"Writing {rows:,} rows…", flush=True)
    write = write_events_csv if kind == "events" else write_csv
    path = write(workdir / f"{kind}.csv", rows)
    destination = KINDS[kind]

    import qasync
    import shiboken6
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.sandbox import DEFAULT_API_KEY, SandboxServer
    from app.ui.launch import freeze_startup_heap, share_gil_promptly
    from app.ui.main_window import MainWindow
    from app.ui.session import Session
    from app.ui.settings import UiSettings

    app = QApplication.instance() or QApplication([sys.argv[0]])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    share_gil_promptly()  # as app.ui.launch.run_gui does
    sandbox: object = (
        _ProcessSandbox()
        if separate_process
        else SandboxServer(latency_ms=20, limits_enabled=False, queue_cap=None)
    )
    sandbox.start()
    heartbeat = Heartbeat()
    timings: dict[str, float] = {}
    import gc

    gc_watch = GcWatch(lambda: heartbeat.phase)
    gc.callbacks.append(gc_watch)
    try:
        session = Session(destination_id=destination)
        session.set_sandbox(sandbox.base_url, DEFAULT_API_KEY)
        settings = UiSettings(QSettings(str(workdir / "ui.ini"), QSettings.Format.IniFormat))
        window = MainWindow(session, settings=settings)
        window.pages[3].ask_pause_and_close = lambda: True
        window.show()
        freeze_startup_heap()  # as app.ui.launch.run_gui does once the window is up
        with loop:
            loop.run_until_complete(drive(window, heartbeat, path, timings))
            window.close()
            for page in window.pages:
                page.shutdown()
            # The count, not the records: decoding a million of them is no part of the run.
            stored = int(sandbox.stats()[destination]["stored"])
        # Tear the Qt side down here, on this thread and in order, rather than leaving it to
        # interpreter shutdown (where PySide has been seen to crash after a million-row run).
        heartbeat.timer.stop()
        shiboken6.delete(heartbeat.timer)
        shiboken6.delete(window)
        shiboken6.delete(loop._timer)
    finally:
        gc.callbacks.remove(gc_watch)
        sandbox.stop()
    print(f"  sandbox stored {stored:,} of {rows:,} rows")
    print(f"  garbage collections: {gc_watch.summary()}")
    return heartbeat.stalls


def report(rows: int, stalls: dict[str, list[float]], kind: str = "users") -> float:
    """Print the table; returns the longest stall overall (ms)."""
    print(
        f"\nGUI event-loop stalls, {rows:,} {kind} rows "
        f"(10 ms heartbeat; goal: longest < {GOAL_MS:.0f} ms)"
    )
    print(f"  {'phase':<9} {'ticks':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    worst = 0.0
    for name, values in stalls.items():
        if not values:
            continue
        top = max(values)
        worst = max(worst, top)
        print(
            f"  {name:<9} {len(values):>7,} {percentile(values, 0.5):>8.1f} "
            f"{percentile(values, 0.95):>8.1f} {percentile(values, 0.99):>8.1f} {top:>8.1f}"
        )
    every = [v for values in stalls.values() for v in values]
    print(
        f"  {'all':<9} {len(every):>7,} {statistics.median(every) if every else 0:>8.1f} "
        f"{percentile(every, 0.95):>8.1f} {percentile(every, 0.99):>8.1f} {worst:>8.1f}"
    )
    verdict = "meets" if worst < GOAL_MS else "misses"
    print(
        f"\nLongest stall {worst:.0f} ms — {verdict} the {GOAL_MS:.0f} ms goal ({worst / GOAL_MS:.2f}× the budget)"
    )
    return worst


def peak_rss_mb() -> float:
    """This process's peak resident set so far, in MB (Linux reports KiB, macOS bytes)."""
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1e6 if sys.platform == "darwin" else 1e3)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.gui_stall", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--rows", type=int, default=None, help=f"rows to run (default {DEFAULT_ROWS:,})"
    )
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_ROWS:,} rows")
    parser.add_argument(
        "--sandbox-process",
        action="store_true",
        help="run the sandbox in its own process (as a remote API would be)",
    )
    parser.add_argument(
        "--kind", choices=sorted(KINDS), default="users", help="users (default) or events"
    )
    parser.add_argument(
        "--page-above-mb",
        type=float,
        default=None,
        help="keep files above this size on disk (default: the app's threshold, 64 MiB)",
    )
    args = parser.parse_args(
        sys.argv[1:] if argv is None and __name__ == "__main__" else argv or []
    )
    rows = args.rows or (
        QUICK_ROWS if args.quick else int(os.environ.get("GUI_STALL_ROWS", DEFAULT_ROWS))
    )
    if args.page_above_mb is not None:
        import app.core.paged_table as paged_table

        paged_table.PAGE_MIN_BYTES = int(args.page_above_mb * 1024 * 1024)
    stalls = run(rows, separate_process=args.sandbox_process, kind=args.kind)
    report(rows, stalls, args.kind)
    print(f"Peak resident memory {peak_rss_mb():,.0f} MB")
    return 0


if __name__ == "__main__":
    code = main()
    # After a million-row run, interpreter shutdown has been seen to abort in a C extension's
    # object teardown ("bool_dealloc"); the figures are printed, so leave without that teardown.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
