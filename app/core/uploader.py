"""The async upload engine: gets every row of a journal job into exactly one final state.

Public API:
- `UploadSettings`: concurrency (adaptive between min and max; set all three equal for a fixed
  number), timeouts, `max_attempts` per chunk before its rows become `failed`, backoff base/cap
  (60 s), Retry-After cap (300 s), optional rate-limit override and chunk size.
- `Uploader(destination, journal, job_id, *, base_url, api_key, settings=UploadSettings(),
  client=None, on_progress=None, on_chunk=None, clock=SYSTEM_CLOCK)`:
  `await run(limit_rows=None) -> Progress` (limit_rows: canary, only the first N pending rows),
  `pause()`, `resume()`, `cancel()` (stop at once), `stop_after_in_flight(state=, grace_s=)`
  and `await stop_when_idle(...)` (the orderly stop: nothing new is sent, the answers in flight
  are recorded, then the run ends), `.state` (see `STATES`), `.progress()`.
- `Progress`, `ChunkLogEntry`: plain values handed to the callbacks (no Qt here; the UI wraps
  the callbacks into signals). Callbacks run on the event loop thread.
- `estimate(rows, destination, *, concurrency=8, chunk_size=None) -> Estimate(rows, requests,
  seconds, note)`.

States: idle → running ⇄ paused → finished (no row pending; failed rows may remain),
cancelled (by `cancel()`), stopped_auth (key refused), stopped (certificate, unreachable server,
a request that can never work); after a canary (`limit_rows`) or `stop_when_idle()` the state is
paused. The reason is in `Progress.last_error` and the journal's job.

Every stop but `cancel()` is orderly: a refused key, a pause-and-close, the CLI's first Ctrl-C
all send nothing new and wait for the requests already in flight, whose answers are recorded
(the server may have stored those rows; abandoning them would send them twice on resume at an
API that keeps duplicates). A request still unanswered after the grace time is left open in the
journal and resolved on resume exactly like a lost answer (same Idempotency-Key).

How it stays correct: chunks are committed to the journal (rows, Idempotency-Key) before
their first send; each request is noted in the journal as it leaves (so a receipt counts it
after a crash, and the next run knows its answer may be lost); a retry of the same payload
reuses the key (after a restart too); a row's state changes only on a parsed response; a cancelled or crashed request leaves its chunk open
so the next run re-sends it with the same key. One runner per job: `run()` takes the
journal's lease on the job (raising `JobBusy` while another live Backfill holds it), renews
it every `lease_heartbeat_s` and gives it back at the end. `http://` is refused except to loopback; TLS
certificates are always verified.

How it stays fast: concurrency grows by slow start while answers stay fast and clean; journal
reads and writes run on one worker thread, batched, with chunks planned ahead in the
background; payloads go on the wire as the journal stored them (no re-encoding) when the
destination sends rows in the order given; connections are spread over a few small pools.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import heapq
import itertools
import logging
import random
import ssl
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar, overload

import httpx

from app import __version__
from app.core import transport
from app.core.destinations.base import (
    ACCEPTED,
    Accepted,
    ChunkResult,
    Destination,
    RateLimit,
    Rejected,
    Retry,
    Verdict,
)
from app.core.journal import (
    LEASE_HEARTBEAT_S,
    NO_ANSWER,
    TRANSIENT_CODE,
    ChunkPlan,
    Journal,
    JournalRow,
)
from app.core.ratelimit import (
    SYSTEM_CLOCK,
    AdaptiveConcurrency,
    Clock,
    GateWait,
    RequestGate,
    RollingWindowLimiter,
)
from app.core.reachability import certificate_words, plain_http_words
from app.core.records import Record
from app.core.redaction import redact_text
from app.core.retry import (
    BACKOFF_CAP_S,
    RETRY_AFTER_CAP_S,
    RetryAction,
    backoff_delay,
    decide_retry,
    parse_retry_after,
)
from app.core.urls import check_base_url

T = TypeVar("T")
_CONNECTIONS_PER_CLIENT = 8
log = logging.getLogger(__name__)

STATES = ("idle", "running", "paused", "cancelled", "finished", "stopped_auth", "stopped")


@dataclass(frozen=True)
class UploadSettings:
    """Knobs of one upload run (defaults suit the real APIs)."""

    initial_concurrency: int = 8
    max_concurrency: int = 32
    min_concurrency: int = 1
    connect_timeout: float = 10.0
    read_timeout: float = 60.0
    write_timeout: float = 60.0
    pool_timeout: float = 60.0
    max_attempts: int = 8
    backoff_base: float = 0.5
    backoff_cap: float = BACKOFF_CAP_S
    retry_after_cap: float = RETRY_AFTER_CAP_S
    # Replaces the destination's published budget (tests shrink the window); None keeps it.
    rate_limit: RateLimit | None = None
    # Extra seconds on the rate window so network jitter never makes the server count one
    # request too many; 0.5 s on a minute costs under 1 % of throughput.
    rate_limit_margin: float = 0.5
    chunk_size: int | None = None
    progress_interval: float = 0.1
    seed: int | None = None
    # How often the job's lease (one runner per job) is renewed while sending.
    lease_heartbeat_s: float = LEASE_HEARTBEAT_S

    @classmethod
    def fixed_concurrency(cls, n: int, **changes: Any) -> UploadSettings:
        """Settings with exactly `n` requests in flight (the CLI's --concurrency)."""
        return cls(initial_concurrency=n, max_concurrency=n, min_concurrency=n, **changes)


@dataclass(frozen=True)
class Progress:
    """A snapshot for progress bars. `sent`: rows with an outcome or in flight now;
    `done`: rows with a final state. Times in seconds; `eta_s` None when unknown."""

    rows: int
    sent: int
    accepted: int
    rejected: int
    failed: int
    pending: int
    records_per_s: float
    eta_s: float | None
    concurrency: int
    backoff_s: float
    backoff_reason: str
    last_error: str | None
    state: str
    requests: int = 0
    retries: int = 0
    latency_s: float | None = None  # median answer time of the recent requests

    @property
    def done(self) -> int:
        return self.accepted + self.rejected + self.failed


@dataclass(frozen=True)
class ChunkLogEntry:
    """One line of the chunk log: what one request did."""

    time: datetime
    chunk: int
    first_row: int
    last_row: int
    sent: int
    accepted: int
    rejected: int
    retried: int
    status: int | None
    note: str


@dataclass(frozen=True)
class Estimate:
    """What an upload will take, before it starts."""

    rows: int
    requests: int
    seconds: float
    note: str


def estimate(
    rows: int,
    destination: Destination,
    *,
    concurrency: int = 8,
    chunk_size: int | None = None,
    request_s: float | None = None,
) -> Estimate:
    """Requests and expected time at the destination's published limit (or a typical pace);
    `chunk_size` as in `UploadSettings` (a smaller chunk means more requests); `request_s`,
    when measured (the last upload's answer time), replaces the typical 0.3 s per request."""
    batch = max(1, min(chunk_size or destination.max_batch, destination.max_batch))
    requests = -(-rows // batch) if rows else 0
    typical_request_s = request_s if request_s and request_s > 0 else 0.3
    seconds = requests * typical_request_s / max(1, concurrency)
    limit = destination.rate_limit
    if limit is not None:
        note = limit.describe(destination.label)
        if requests > limit.requests:
            # A rolling window: the budget's worth at once, then the next batch a window later.
            paced = ((requests - 1) // limit.requests) * limit.per_seconds
            seconds = max(seconds, paced + typical_request_s)
    else:
        note = f"{destination.label} publishes no request limit; Backfill adapts to its answers"
    return Estimate(rows, requests, seconds, note)


@dataclass
class _Work:
    """A committed chunk waiting to be sent (again)."""

    plan: ChunkPlan
    rows: list[JournalRow]
    attempts: int
    sent_once: bool = False
    on_wire: bool = False
    not_before: float = 0.0
    last_reason: str = ""
    # The last send may have reached the server but its answer never came back.
    answer_lost: bool = False


@dataclass
class _Counts:
    rows: int = 0
    accepted: int = 0
    rejected: int = 0
    failed: int = 0

    @property
    def pending(self) -> int:
        return self.rows - self.accepted - self.rejected - self.failed


@dataclass
class _Stats:
    """Waits not yet added to the job's counters (requests are counted as they leave, by
    `Journal.note_sends`)."""

    rate_wait_s: float = 0.0
    retry_after_wait_s: float = 0.0

    def take(self) -> dict[str, Any]:
        out = {"rate_wait_s": self.rate_wait_s, "retry_after_wait_s": self.retry_after_wait_s}
        self.rate_wait_s = self.retry_after_wait_s = 0.0
        return out


class _Stop(Exception):
    """Raised inside a send to stop the job (auth, TLS, a request that can never work)."""

    def __init__(self, state: str, message: str) -> None:
        super().__init__(message)
        self.state = state
        self.message = message


@dataclass
class _Rate:
    """Rows finished per second over the last few seconds."""

    samples: deque[tuple[float, int]] = field(default_factory=lambda: deque(maxlen=64))

    def add(self, now: float, done: int) -> None:
        self.samples.append((now, done))
        while len(self.samples) > 2 and now - self.samples[0][0] > 10.0:
            self.samples.popleft()

    def per_s(self, now: float) -> float:
        """Over the samples' span up to now, so a long wait shows as a falling rate."""
        if len(self.samples) < 2:
            return 0.0
        (t0, d0), (_, d1) = self.samples[0], self.samples[-1]
        return (d1 - d0) / (now - t0) if now > t0 else 0.0


class Uploader:
    """Uploads one journal job (see module docstring)."""

    def __init__(
        self,
        destination: Destination,
        journal: Journal,
        job_id: str,
        *,
        base_url: str,
        api_key: str,
        settings: UploadSettings | None = None,
        client: httpx.AsyncClient | None = None,
        on_progress: Callable[[Progress], None] | None = None,
        on_chunk: Callable[[ChunkLogEntry], None] | None = None,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        self.destination = destination
        self.journal = journal
        job = journal.job(job_id)
        if job.destination_id != destination.id:
            raise ValueError(f"Job {job.id} is for {job.destination_id}, not {destination.id}.")
        self.job_id = job.id
        self.base_url = check_base_url(base_url)
        self._api_key = api_key
        self.settings = settings or UploadSettings()
        # Ours are sharded: httpx's pool scans every connection on each request, so a few small
        # pools cost far less CPU than one large one at 32 requests in flight.
        self._clients: list[httpx.AsyncClient] = [client] if client is not None else []
        self._client_load: list[int] = [0] * len(self._clients)
        self._own_client = client is None
        self.on_progress = on_progress
        self.on_chunk = on_chunk
        self._clock = clock
        s = self.settings
        self._rng = random.Random(s.seed)
        self.concurrency = AdaptiveConcurrency(
            s.initial_concurrency, s.min_concurrency, s.max_concurrency, clock=clock
        )
        budget = s.rate_limit or destination.rate_limit
        limiter = (
            RollingWindowLimiter(
                budget.requests, budget.per_seconds, clock=clock, margin=s.rate_limit_margin
            )
            if budget is not None
            else None
        )
        self.gate = RequestGate(
            limiter,
            clock=clock,
            budget_words=budget.describe(destination.label) if budget else "",
        )
        self._max_batch = max(1, min(s.chunk_size or destination.max_batch, destination.max_batch))
        self.state = "idle"
        self.last_error: str | None = None
        self._paused = False
        self._cancelled = False
        self._stop: _Stop | None = None
        # An orderly stop (see stop_after_in_flight): the state the run ends in, its grace timer.
        self._draining = False
        self._end_state: str | None = None
        self._drain_timer: asyncio.TimerHandle | None = None
        self._run_done: asyncio.Event | None = None
        self._cancel_seen = False
        # Sends waiting to be recorded before they leave (one journal transaction for all).
        self._sends: list[tuple[int, bool, int]] = []
        self._sends_flush: asyncio.Future[None] | None = None
        self._wake = asyncio.Event()
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="backfill-journal")
        self._counts = _Counts()
        self._stats = _Stats()
        self._total_requests = 0
        self._total_retries = 0
        self._rate = _Rate()
        self._latencies: deque[float] = deque(maxlen=50)
        self._fresh: deque[_Work] = deque()
        self._waiting: list[tuple[float, int, _Work]] = []
        self._tie = itertools.count()
        self._in_flight: dict[asyncio.Task[None], _Work] = {}
        self._last_seq = -1
        self._rows_left: int | None = None
        self._no_more_rows = False
        self._last_progress = 0.0
        self._dispatcher: asyncio.Task[None] | None = None
        self._dispatcher_waiting = False
        self._planner_task: asyncio.Task[None] | None = None
        self._need_plan = asyncio.Event()
        self._loaded = asyncio.Event()
        # Identifies this runner's lease on the job (see Journal.take_lease).
        self._lease_owner = uuid.uuid4().hex
        self._heartbeat_task: asyncio.Task[None] | None = None
        self._lease_lost = False

    # --- control --------------------------------------------------------------------------

    def pause(self) -> None:
        """Finish the requests in flight, send nothing new until `resume()`."""
        if self.state == "running":
            self._paused = True
            self._set_state("paused")
            self._wake.set()

    def resume(self) -> None:
        """Continue after `pause()` (not once an orderly stop has been asked for)."""
        if self._paused and not self._draining:
            self._paused = False
            self._set_state("running")
            self._wake.set()

    def cancel(self) -> None:
        """Stop now: requests in flight are abandoned (their chunks stay committed and are
        re-sent with the same key by a later run), unsent rows stay pending. Nothing is lost,
        but an API without server-side dedupe may then store those rows twice: prefer
        `stop_when_idle()` unless the operator insists."""
        self._cancelled = True
        self._paused = False
        self._abandon_in_flight()
        self._interrupt_dispatcher()

    def stop_after_in_flight(self, *, state: str = "paused", grace_s: float | None = None) -> None:
        """End the run in order: nothing new is sent, the requests in flight are answered and
        recorded, then `run()` returns with the job left `state` ("paused" or "cancelled";
        resumable either way). A request unanswered `grace_s` seconds from now is abandoned and
        resolved by the next run like a lost answer. Safe to call from a signal handler."""
        if state not in ("paused", "cancelled"):
            raise ValueError(f"an orderly stop ends paused or cancelled, not {state!r}")
        if self._draining or self.state not in ("running", "paused"):
            return
        self._draining = True
        self._end_state = state
        if grace_s is not None:
            loop = asyncio.get_running_loop()
            self._drain_timer = loop.call_later(max(0.0, grace_s), self._drain_grace_over)
        if self.state == "running":
            self._paused = True
            self._set_state("paused")
        self._interrupt_dispatcher()  # a Retry-After hold or the rate budget is not in flight

    async def stop_when_idle(self, *, state: str = "paused", grace_s: float | None = None) -> Progress:
        """`stop_after_in_flight()`, then wait until the run has ended (no request in flight,
        the job's state written); returns the final progress."""
        self.stop_after_in_flight(state=state, grace_s=grace_s)
        done = self._run_done
        if done is not None:
            await done.wait()
        return self.progress()

    def _drain_grace_over(self) -> None:
        """The grace time of an orderly stop is over: give up waiting for the answers."""
        self._drain_timer = None
        if self._in_flight:
            log.info("job %s: %d requests unanswered at stop; resolved on resume",
                     self.job_id, len(self._in_flight))
        self._abandon_in_flight()

    def _abandon_in_flight(self) -> None:
        """Cancel requests waiting for an answer (or not started). A task busy writing the
        journal is left to finish: its short transaction keeps memory and disk in step."""
        for task, work in list(self._in_flight.items()):
            if work.on_wire or not work.sent_once:
                task.cancel()

    def _interrupt_dispatcher(self) -> None:
        """Make the dispatcher look at its flags now; it is only cancelled inside a wait (a
        Retry-After hold or the rate budget can last a minute), never mid journal write."""
        self._wake.set()
        if self._dispatcher is not None and self._dispatcher_waiting:
            self._dispatcher.cancel()

    def progress(self) -> Progress:
        """The current snapshot."""
        c = self._counts
        in_flight_rows = sum(len(w.rows) for w in self._in_flight.values())
        rate = self._rate.per_s(self._clock.monotonic())
        eta = self._eta(rate)
        wait_s, reason = self._wait_words()
        return Progress(
            rows=c.rows,
            sent=c.accepted + c.rejected + c.failed + in_flight_rows,
            accepted=c.accepted,
            rejected=c.rejected,
            failed=c.failed,
            pending=c.pending,
            records_per_s=rate,
            eta_s=eta,
            concurrency=self.concurrency.limit,
            backoff_s=wait_s,
            backoff_reason=reason,
            last_error=self.last_error,
            state=self.state,
            requests=self._total_requests,
            retries=self._total_retries,
            latency_s=_median(self._latencies) if self._latencies else None,
        )

    # --- the run ----------------------------------------------------------------------------

    async def run(self, *, limit_rows: int | None = None) -> Progress:
        """Send pending rows (only the first `limit_rows` when given) until done, cancelled or
        stopped; returns the final progress. Raises `JobBusy` (nothing sent) while another
        Backfill is sending the same job."""
        if self.state == "running":
            raise RuntimeError("this upload is already running")
        taken_over = await self._db_call(self.journal.take_lease, self.job_id, self._lease_owner)
        if taken_over is not None:
            log.info(
                "job %s: took over the lease of a stopped run (pid %s)", self.job_id, taken_over
            )
        self._paused = self._cancelled = False
        self._draining = False
        self._end_state = None
        self._run_done = asyncio.Event()
        self._cancel_seen = False
        self._lease_lost = False
        self._stop = None
        self.last_error = None
        self._rows_left = limit_rows
        self._no_more_rows = False
        self._last_seq = -1
        self._fresh.clear()
        self._waiting.clear()
        self._wake = asyncio.Event()
        self._loaded = asyncio.Event()
        self._need_plan = asyncio.Event()
        job = await self._db_call(self.journal.job, self.job_id)
        self._counts = _Counts(job.rows, job.accepted, job.rejected, job.failed)
        self._rate = _Rate()
        self._rate.add(self._clock.monotonic(), job.accepted + job.rejected + job.failed)
        self._set_state("running")
        await self._db_call(self.journal.set_state, self.job_id, "running", started=True)
        if not self._clients:
            self._clients = self._make_clients()
            self._client_load = [0] * len(self._clients)
        self._heartbeat_task = asyncio.create_task(self._heartbeat())
        self._dispatcher = asyncio.create_task(self._dispatch())
        self._planner_task = asyncio.create_task(self._planner())
        try:
            await self._seed_budget()
            await self._load_open_chunks()
            self._loaded.set()
            await self._dispatcher
        except asyncio.CancelledError:
            # The dispatcher interrupted inside a wait (cancel, stop, orderly stop) is expected;
            # the task running `run()` being cancelled is a stop at once.
            if not (self._cancelled or self._stop is not None or self._draining) or _outer_cancel():
                self._cancelled = True
                await self._wind_down()
                raise
        except BaseException as exc:
            self.last_error = f"Upload stopped by an internal error: {exc}"
            self._stop = _Stop("stopped", self.last_error)
            await self._wind_down()
            raise
        await self._wind_down()
        if self._cancel_seen:
            raise asyncio.CancelledError
        return self.progress()

    async def _wind_down(self) -> None:
        try:
            await self._end_run()
        finally:
            if self._run_done is not None:
                self._run_done.set()

    async def _end_run(self) -> None:
        if self._dispatcher is not None and not self._dispatcher.done():
            self._dispatcher.cancel()
            with contextlib.suppress(BaseException):
                await self._dispatcher
        if self._planner_task is not None and not self._planner_task.done():
            # It stops at its next check; a journal write in progress completes first.
            self._need_plan.set()
            with contextlib.suppress(BaseException):
                await self._planner_task
        if not (self._cancelled or self._lease_lost):
            await self._await_in_flight()
        self._abandon_in_flight()
        while self._in_flight:
            await asyncio.gather(*self._in_flight, return_exceptions=True)
            self._abandon_in_flight()
        if self._drain_timer is not None:
            self._drain_timer.cancel()
            self._drain_timer = None
        never_sent = [w.plan for w in self._fresh if not w.sent_once]
        never_sent += [w.plan for _, _, w in self._waiting if not w.sent_once]
        self._fresh.clear()
        self._waiting.clear()
        with contextlib.suppress(Exception):
            if not self._lease_lost:
                # Once taken over, those chunks may be the new runner's to send: leave them.
                await self._db_call(self.journal.release_chunks, self.job_id, never_sent)
            stats = self._stats.take()
            await self._db_call(self.journal.add_stats, self.job_id, **stats)
        if self._stop is not None:
            state, error = self._stop.state, self._stop.message
        elif self._cancelled or (self._end_state == "cancelled" and self._counts.pending):
            state, error = "cancelled", self.last_error
        elif self._counts.pending == 0:
            state, error = "finished", self.last_error if self._counts.failed else None
        else:
            state, error = "paused", self.last_error  # canary done, or rows left by a limit
        self.last_error = error
        # Once taken over, the job's state is the new runner's to write.
        if not self._lease_lost:
            with contextlib.suppress(Exception):
                await self._db_call(
                    self.journal.set_state,
                    self.job_id,
                    state,
                    last_error=error,
                    finished=state == "finished",
                )
        self._set_state(state)
        if self._heartbeat_task is not None:
            self._heartbeat_task.cancel()
            with contextlib.suppress(BaseException):
                await self._heartbeat_task
            self._heartbeat_task = None
        with contextlib.suppress(Exception):
            await self._db_call(self.journal.release_lease, self.job_id, self._lease_owner)
        if self._own_client and self._clients:
            for client in self._clients:
                await client.aclose()
            self._clients = []
        self._db.shutdown(wait=False)
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="backfill-journal")

    async def _await_in_flight(self) -> None:
        """An orderly end: let every request in flight get its answer recorded (each is bounded
        by its own timeouts, and by the grace time of `stop_after_in_flight`)."""
        try:
            while self._in_flight:
                await asyncio.wait(list(self._in_flight))
        except asyncio.CancelledError:
            # Told to stop at once after all: abandon them (below), finish the wind-down, and
            # let `run()` end cancelled.
            self._cancelled = True
            self._cancel_seen = True

    async def _heartbeat(self) -> None:
        """Renew the lease while running; if another Backfill took the job over (ours looked
        dead to it), stop sending at once."""
        while True:
            await asyncio.sleep(self.settings.lease_heartbeat_s)
            try:
                ours = await self._db_call(
                    self.journal.refresh_lease, self.job_id, self._lease_owner
                )
            except Exception:  # a busy or briefly unreadable journal: try again next beat
                log.warning("job %s: could not renew the lease", self.job_id, exc_info=True)
                continue
            if not ours:
                self._lease_lost = True
                self._stop = self._stop or _Stop(
                    "stopped",
                    f"Another Backfill took over job {self.job_id}; this one stopped sending.",
                )
                self.last_error = self._stop.message
                self._abandon_in_flight()
                self._interrupt_dispatcher()
                return

    def _make_clients(self) -> list[httpx.AsyncClient]:
        s = self.settings
        timeout = httpx.Timeout(
            connect=s.connect_timeout,
            read=s.read_timeout,
            write=s.write_timeout,
            pool=s.pool_timeout,
        )
        total = max(1, s.max_concurrency)
        shards = -(-total // _CONNECTIONS_PER_CLIENT)
        per_shard = -(-total // shards)
        tls = self._tls_context()  # one context (one CA bundle load) shared by every shard
        return [
            transport.async_client(
                self.base_url,
                timeout=timeout,
                limits=httpx.Limits(max_connections=per_shard, max_keepalive_connections=per_shard),
                headers={"User-Agent": f"Backfill/{__version__}"},
                verify=tls,
            )
            for _ in range(shards)
        ]

    def _tls_context(self) -> ssl.SSLContext:
        """Verification always on; decided with the proxies in `app.core.transport`."""
        return transport.tls_context(self.base_url)

    async def _db_call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._db, lambda: fn(*args, **kwargs))

    async def _seed_budget(self) -> None:
        """Requests of earlier runs (a cancel, a crash, another job at the same destination)
        still count against the request budget: never start with a burst the server would
        count on top of them."""
        limiter = self.gate.limiter
        if limiter is None or limiter.sent_times():
            return  # no budget, or this uploader already counts its own requests
        job = await self._db_call(self.journal.job, self.job_id)
        wall, mono = self._clock.time(), self._clock.monotonic()
        since = wall - limiter.span
        times = await self._db_call(
            self.journal.recent_request_times, job.destination_id, job.base_url, since
        )
        limiter.seed(mono - (wall - t) for t in times)

    async def _load_open_chunks(self) -> None:
        """Chunks left open by an earlier run (crash, cancel, "retry failed"): send them first,
        with their stored keys."""
        plans = await self._db_call(self.journal.load_open_chunks, self.job_id)
        unanswered = await self._db_call(self.journal.unanswered_chunks, self.job_id)
        for plan in plans:
            rows = await self._db_call(self.journal.rows_for, self.job_id, list(plan.seqs))
            rows = [r for r in rows if r is not None]
            if self._rows_left is not None:
                self._rows_left -= len(rows)
            # Maybe sent before: never release it on cancel, the server may hold it. Its answer
            # is lost only if it went out and none was recorded (planned ahead and never sent
            # is not). A new run gives it a fresh set of attempts.
            lost = plan.pk in unanswered
            self._fresh.append(_Work(plan, rows, 0, sent_once=True, answer_lost=lost))

    async def _planner(self) -> None:
        """Keep about two rounds of chunks committed ahead of the senders, in the background so
        reading the journal never holds up a send."""
        await self._loaded.wait()
        try:
            while not (self._no_more_rows or self._stopping()):
                limit = max(1, self.concurrency.limit)
                if len(self._fresh) >= limit:
                    await self._need_plan.wait()
                    self._need_plan.clear()
                    continue
                # Small batches: the first chunks are ready at once, later ones keep coming.
                await self._plan_more(min(limit, max(2, limit * 2 - len(self._fresh))))
                self._wake.set()
        except Exception as exc:  # e.g. the journal's disk is full: stop, say why
            self._stop = self._stop or _Stop("stopped", f"Could not read the journal: {exc}")
            self.last_error = self._stop.message
            self._interrupt_dispatcher()
        self._wake.set()

    async def _plan_more(self, want: int) -> None:
        """Commit the next `want` chunks of free pending rows (one journal transaction)."""
        size = self._max_batch
        n = want * size
        if self._rows_left is not None:
            n = min(n, self._rows_left)
            if n <= 0:
                self._no_more_rows = True
                return
        rows = await self._db_call(self.journal.next_free_rows, self.job_id, self._last_seq, n)
        if len(rows) < n or not rows:
            self._no_more_rows = True
        if not rows:
            return
        self._last_seq = rows[-1].seq
        if self._rows_left is not None:
            self._rows_left -= len(rows)
        groups = [rows[i : i + size] for i in range(0, len(rows), size)]
        plans = await self._db_call(
            self.journal.open_chunks, self.job_id, [[r.seq for r in g] for g in groups]
        )
        for plan, group in zip(plans, groups, strict=True):
            self._fresh.append(_Work(plan, group, 0))

    def _next_due(self) -> _Work | None:
        now = self._clock.monotonic()
        if self._waiting and self._waiting[0][0] <= now:
            return heapq.heappop(self._waiting)[2]
        if self._fresh:
            return self._fresh.popleft()
        return None

    async def _dispatch(self) -> None:
        await self._loaded.wait()
        paused_recorded = False
        while True:
            if self._stopping():
                return  # the wind-down waits for the answers in flight (or abandons them)
            if self._paused:
                if self._nothing_left():
                    return  # the last answers came in during the pause: nothing left to do
                if not self._in_flight and not paused_recorded:
                    paused_recorded = True
                    await self._db_call(self.journal.set_state, self.job_id, "paused")
                    self._emit(force=True)
                await self._wait_wake(None)
                continue
            if paused_recorded:
                paused_recorded = False
                await self._db_call(self.journal.set_state, self.job_id, "running")
            if len(self._fresh) < self.concurrency.limit:
                self._need_plan.set()
            if len(self._in_flight) >= self.concurrency.limit:
                await self._wait_wake(None)
                continue
            work = self._next_due()
            if work is None:
                if self._nothing_left():
                    return
                timeout = None
                if self._waiting:
                    timeout = max(0.0, self._waiting[0][0] - self._clock.monotonic())
                    self._emit()
                await self._wait_wake(timeout)
                continue
            self._dispatcher_waiting = True
            try:
                held, budget = await self.gate.wait(on_wait=self._on_gate_wait)
            except asyncio.CancelledError:
                self._fresh.appendleft(work)  # never sent: released at the wind-down
                raise
            finally:
                self._dispatcher_waiting = False
            self._stats.retry_after_wait_s += held
            self._stats.rate_wait_s += budget
            if self._paused or self._stopping():
                self._fresh.appendleft(work)
                continue
            task = asyncio.create_task(self._send(work))
            self._in_flight[task] = work
            task.add_done_callback(self._task_done)

    def _stopping(self) -> bool:
        """Nothing new may be sent: a cancel, a stop (refused key, …) or an orderly stop."""
        return self._cancelled or self._stop is not None or self._draining

    def _nothing_left(self) -> bool:
        planning = self._planner_task is not None and not self._planner_task.done()
        return not (self._in_flight or self._waiting or self._fresh or planning)

    async def _wait_wake(self, timeout: float | None) -> None:
        """Sleep until something changes (a wake-up set before this call counts too)."""
        if self._stopping():
            return
        self._dispatcher_waiting = True
        try:
            if timeout is None:
                await self._wake.wait()
            else:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), timeout)
        finally:
            self._dispatcher_waiting = False
            self._wake.clear()

    def _task_done(self, task: asyncio.Task[None]) -> None:
        work = self._in_flight.pop(task, None)
        if work is not None and task.cancelled() and not work.sent_once:
            self._fresh.append(work)  # cancelled before it started: never on the wire
        if not task.cancelled() and task.exception() is not None:
            exc = task.exception()
            if isinstance(exc, _Stop):
                self._stop = self._stop or exc
            else:
                self._stop = self._stop or _Stop("stopped", f"Upload stopped by an error: {exc}")
            self.last_error = self._stop.message
            # The other requests in flight are not abandoned: the server may be storing them,
            # and their answers are recorded by the wind-down (a 401 stops *new* sends).
            self._interrupt_dispatcher()
        self._wake.set()

    def _on_gate_wait(self, wait: GateWait) -> None:
        self._emit(force=True)  # progress shows the wait and its reason in words

    # --- one request ---------------------------------------------------------------------------

    async def _send(self, work: _Work) -> None:
        dest = self.destination
        key = work.plan.idem_key
        raw_builder = getattr(dest, "build_request_raw", None)
        if raw_builder is not None:
            # The stored JSON goes on the wire as is: no decode and re-encode per row.
            request = raw_builder(
                [r.raw for r in work.rows], api_key=self._api_key, idempotency_key=key
            )
        else:
            request = dest.build_request(
                [r.record for r in work.rows], api_key=self._api_key, idempotency_key=key
            )
        order = request.sent_order
        sent_rows = (
            work.rows if order == _identity(len(work.rows)) else [work.rows[i] for i in order]
        )
        work.attempts += 1
        # The server may hold these rows already (without server-side dedupe, twice now).
        resent = len(work.rows) if work.answer_lost else 0
        # In the journal before it leaves: a crash from here on still counts this request,
        # and the next run knows whether its answer may be lost (receipts stay true).
        retry = work.attempts > 1
        noted = self._note_send(work.plan.pk, retry, resent)
        try:
            await asyncio.shield(noted)
        except asyncio.CancelledError:
            # Cancelled before it left: once the note is in the journal, take it back.
            noted.add_done_callback(lambda f: self._unnote_send(f, work.plan.pk, retry, resent))
            raise
        work.sent_once = True
        work.answer_lost = False
        self._total_requests += 1
        if work.attempts > 1:
            self._total_retries += 1
        started = self._clock.monotonic()
        shard = min(range(len(self._clients)), key=self._client_load.__getitem__)
        self._client_load[shard] += 1
        work.on_wire = True
        try:
            try:
                response = await self._clients[shard].request(
                    request.method,
                    self.base_url + request.path,
                    content=request.body,
                    headers=request.headers,
                )
            finally:
                work.on_wire = False
                self._client_load[shard] -= 1
        except httpx.ConnectTimeout:
            await self._transient(
                work,
                None,
                f"could not connect within {self.settings.connect_timeout:g} s",
                unreachable=True,
            )
            return
        except httpx.TimeoutException as exc:
            # A read timeout comes after the whole request went out: it may have been stored.
            work.answer_lost = isinstance(exc, httpx.ReadTimeout)
            self.concurrency.on_throttle()
            await self._transient(
                work, None, f"no answer within the timeout ({self._timeout_words()})"
            )
            return
        except httpx.TransportError as exc:
            if self.base_url.startswith("https://") and _plain_http_answer(exc):
                raise _Stop("stopped", plain_http_words(self.base_url)) from None
            tls = _tls_problem(exc, self.base_url)
            if tls:
                raise _Stop("stopped", tls) from None
            log.debug("chunk %s attempt %s: %s", work.plan.no, work.attempts, _words(exc))
            # Broken while waiting for the answer (not while connecting or writing): maybe stored.
            work.answer_lost = isinstance(exc, (httpx.ReadError, httpx.RemoteProtocolError))
            await self._transient(
                work,
                None,
                f"connection problem: {_words(exc)}",
                unreachable=isinstance(exc, httpx.ConnectError),
            )
            return
        latency = self._clock.monotonic() - started
        self._note_latency(latency)
        log.debug(
            "chunk %s attempt %s: %s %s in %.0f ms",
            work.plan.no,
            work.attempts,
            request.path,
            response.status_code,
            latency * 1000,
        )
        result = dest.parse_response(
            response.status_code, response.headers, response.content, _LazyRecords(sent_rows)
        ).redacted(self._redact)  # server text is stored and shown: never with the key in it
        await self._apply(work, sent_rows, result, response.headers, latency)

    def _note_send(self, chunk_pk: int, retry: bool, resent: int) -> asyncio.Future[None]:
        """Queue this send for `Journal.note_sends`; done once it is recorded. Sends starting
        at the same moment share one transaction (a group commit)."""
        self._sends.append((chunk_pk, retry, resent))
        if self._sends_flush is None:
            self._sends_flush = asyncio.ensure_future(self._flush_sends())
        return self._sends_flush

    def _unnote_send(
        self, noted: asyncio.Future[None], chunk_pk: int, retry: bool, resent: int
    ) -> None:
        if noted.cancelled() or noted.exception() is not None:
            return  # never written: nothing to take back
        # On the journal's thread, after the note (same single worker): order is kept.
        self._db.submit(self.journal.unnote_send, self.job_id, chunk_pk, retry, resent)

    async def _flush_sends(self) -> None:
        await asyncio.sleep(0)  # let the other sends of this moment join
        batch, self._sends = self._sends, []
        self._sends_flush = None  # a send from now on starts the next transaction
        await self._db_call(self.journal.note_sends, self.job_id, batch)

    def _note_latency(self, latency: float) -> None:
        self._latencies.append(latency)
        limiter = self.gate.limiter
        if limiter is not None:
            limiter.latency_allowance = min(max(self._latencies), limiter.window * 0.1)

    def _redact(self, text: str) -> str:
        return redact_text(text, (self._api_key,))

    def _timeout_words(self) -> str:
        return f"{self.settings.read_timeout:g} s"

    async def _apply(
        self,
        work: _Work,
        sent_rows: Sequence[JournalRow],
        result: ChunkResult,
        headers: httpx.Headers,
        latency: float,
    ) -> None:
        status = result.status
        if result.verdict is Verdict.STOP_AUTH:
            raise _Stop("stopped_auth", result.message)
        if result.verdict is Verdict.STOP:
            raise _Stop("stopped", result.message)
        if result.verdict is Verdict.RETRY:
            if result.throttled:
                self.concurrency.on_throttle()
            retry_after = parse_retry_after(
                headers.get("retry-after"),
                now=self._clock.time(),
                cap=self.settings.retry_after_cap,
            )
            await self._transient(
                work, status, result.message, retry_after=retry_after, throttled=result.throttled
            )
            return
        if result.verdict is Verdict.SPLIT:
            limit = max(1, result.split_limit or (len(work.rows) + 1) // 2)
            if status == 413:
                self._max_batch = min(self._max_batch, limit)
            parts = await self._split(
                work,
                limit,
                attempts=work.attempts,
                status=status,
                note=result.message,
                **self._stats.take(),
            )
            self._fresh.extendleft(reversed(parts))
            self._log(work, status, len(work.rows), 0, 0, 0, result.message)
            if status == 413:
                await self._resplit_unsent(limit)
            self._emit()
            return
        # Per-record outcomes.
        accepted: list[int] = []
        rejected: list[tuple[int, str, str | None, str]] = []
        retry: list[int] = []
        reasons: list[str] = []
        outcomes = result.outcomes
        if len(outcomes) != len(sent_rows):
            raise RuntimeError(f"{len(outcomes)} outcomes for {len(sent_rows)} records")
        if all(o is ACCEPTED for o in outcomes):
            accepted = [r.seq for r in sent_rows]
            outcomes = ()
        for row, outcome in zip(sent_rows, outcomes, strict=False):
            if isinstance(outcome, Accepted):
                accepted.append(row.seq)
            elif isinstance(outcome, Rejected):
                rejected.append((row.seq, outcome.code, outcome.field, outcome.message))
            elif isinstance(outcome, Retry):
                retry.append(row.seq)
                reasons.append(outcome.reason)
        if retry and not accepted and not rejected:
            # Nothing settled: the same payload goes again under the same key.
            await self._transient(work, status, reasons[0])
            return
        if not retry:
            self.concurrency.on_success(latency)
        retry_set = set(retry)
        retry_rows = [r for r in work.rows if r.seq in retry_set]  # original chunk order
        failed: list[tuple[int, str, str]] = []
        groups: list[list[int]] = []
        if retry_rows:
            if work.attempts >= self.settings.max_attempts:
                failed = [(r.seq, TRANSIENT_CODE, reasons[0]) for r in retry_rows]
            else:
                groups = [[r.seq for r in retry_rows]]
        plans, changed = await self._db_call(
            self.journal.settle_chunk,
            self.job_id,
            work.plan,
            chunk_state="done",
            accepted=accepted,
            rejected=rejected,
            failed=failed,
            new_groups=groups,
            new_attempts=work.attempts,
            attempts=work.attempts,
            status=status,
            note=result.message,
            **self._stats.take(),
        )
        self._count(changed)
        for plan in plans:
            # A different payload (the failed rows only): its own new key, after a backoff.
            follow = _Work(plan, retry_rows, work.attempts, sent_once=False)
            self._schedule(follow, self._backoff(work.attempts), reasons[0])
        note = result.message
        if failed:
            note = f"{len(failed)} rows failed after {work.attempts} attempts: {reasons[0]}"
        elif retry_rows:
            note = f"{len(retry_rows)} rows will be retried: {reasons[0]}"
        self._log(work, status, len(sent_rows), len(accepted), len(rejected), len(retry_rows), note)
        self._emit()

    async def _resplit_unsent(self, limit: int) -> None:
        """Chunks planned but never sent are cut to a newly learned size limit now, instead of
        each collecting its own 413."""
        keep: deque[_Work] = deque()
        while self._fresh:
            work = self._fresh.popleft()
            if work.sent_once or len(work.rows) <= limit:
                keep.append(work)
                continue
            keep.extend(
                await self._split(
                    work, limit, note=f"never sent; split to the limit of {limit}", sent=False
                )
            )
        keep.extend(self._fresh)
        self._fresh = keep

    async def _split(self, work: _Work, limit: int, **settle: Any) -> list[_Work]:
        """Settle `work` as split into parts of at most `limit` rows; the parts, in row order."""
        seqs = [r.seq for r in work.rows]
        groups = [seqs[i : i + limit] for i in range(0, len(seqs), limit)]
        plans, _ = await self._db_call(
            self.journal.settle_chunk,
            self.job_id,
            work.plan,
            chunk_state="split",
            new_groups=groups,
            **settle,
        )
        by_seq = {r.seq: r for r in work.rows}
        return [_Work(plan, [by_seq[s] for s in plan.seqs], 0) for plan in plans]

    async def _transient(
        self,
        work: _Work,
        status: int | None,
        reason: str,
        *,
        retry_after: float | None = None,
        throttled: bool = False,
        unreachable: bool = False,
    ) -> None:
        """The same payload must go again (same key), unless the attempts are used up: then its
        rows fail, or, when the server cannot be reached at all, the job stops (rows pending)."""
        self.last_error = reason
        ending = decide_retry(
            attempts=work.attempts,
            max_attempts=self.settings.max_attempts,
            status=status,
            backoff=0.0,
            unreachable=unreachable,
        ).action
        if ending is RetryAction.STOP_JOB:
            await self._db_call(
                self.journal.record_attempt, work.plan, work.attempts, status=None, error=reason
            )
            raise _Stop(
                "stopped",
                f"Cannot reach {self.base_url} ({reason}) after {work.attempts} attempts. "
                "No rows were marked failed; check the network or the base URL, then resume "
                "the job.",
            )
        if ending is RetryAction.FAIL_ROWS:
            failed = [(r.seq, TRANSIENT_CODE, reason) for r in work.rows]
            _, changed = await self._db_call(
                self.journal.settle_chunk,
                self.job_id,
                work.plan,
                chunk_state="failed",
                failed=failed,
                attempts=work.attempts,
                status=status,
                note=reason,
                **self._stats.take(),
            )
            self._count(changed)
            note = f"failed after {work.attempts} attempts: {reason}"
            self._log(work, status, len(work.rows), 0, 0, 0, note)
            self._emit()
            return
        # No answer (a timeout after sending, a broken connection): its rows may be stored.
        recorded = NO_ANSWER if work.answer_lost else status
        await self._db_call(
            self.journal.record_attempt, work.plan, work.attempts, status=recorded, error=reason
        )
        decision = decide_retry(
            attempts=work.attempts,
            max_attempts=self.settings.max_attempts,
            status=status,
            backoff=self._backoff(work.attempts),
            retry_after=retry_after,
            throttled=throttled,
        )
        if decision.hold_all:
            self.gate.hold(decision.hold_all, _hold_words(status, reason))
        limiter = self.gate.limiter
        if decision.widen_margin and limiter is not None:
            # Within our budget yet refused: the server counts our requests closer together
            # than we sent them (its queueing varies). Leave more room from now on.
            limiter.margin = min(limiter.window * 0.1, max(0.25, limiter.margin * 2))
        self._schedule(work, decision.delay, reason)
        self._log(work, status, len(work.rows), 0, 0, len(work.rows), f"will retry: {reason}")
        self._emit()

    def _backoff(self, attempt: int) -> float:
        s = self.settings
        return backoff_delay(attempt, base=s.backoff_base, cap=s.backoff_cap, rng=self._rng)

    def _schedule(self, work: _Work, delay: float, reason: str) -> None:
        work.not_before = self._clock.monotonic() + delay
        work.last_reason = reason
        heapq.heappush(self._waiting, (work.not_before, next(self._tie), work))
        self._wake.set()

    def _count(self, changed: tuple[int, int, int]) -> None:
        a, r, f = changed
        self._counts.accepted += a
        self._counts.rejected += r
        self._counts.failed += f
        c = self._counts
        self._rate.add(self._clock.monotonic(), c.accepted + c.rejected + c.failed)

    # --- reporting -----------------------------------------------------------------------------

    def _set_state(self, state: str) -> None:
        self.state = state
        self._emit(force=True)

    def _emit(self, *, force: bool = False) -> None:
        if self.on_progress is None:
            return
        now = self._clock.monotonic()
        if not force and now - self._last_progress < self.settings.progress_interval:
            return
        self._last_progress = now
        self.on_progress(self.progress())

    def _log(
        self,
        work: _Work,
        status: int | None,
        sent: int,
        accepted: int,
        rejected: int,
        retried: int,
        note: str,
    ) -> None:
        if self.on_chunk is None:
            return
        rows = [r.row for r in work.rows]
        self.on_chunk(
            ChunkLogEntry(
                time=datetime.now(UTC),
                chunk=work.plan.no,
                first_row=min(rows) if rows else 0,
                last_row=max(rows) if rows else 0,
                sent=sent,
                accepted=accepted,
                rejected=rejected,
                retried=retried,
                status=status,
                note=note,
            )
        )

    def _wait_words(self) -> tuple[float, str]:
        pending = self.gate.pending_wait()
        if pending.seconds > 0:
            return pending.seconds, _wait_sentence(pending.seconds, pending.reason)
        if self._waiting and not self._in_flight:
            not_before, _, work = self._waiting[0]
            left = not_before - self._clock.monotonic()
            if left > 0:
                return left, _wait_sentence(left, f"retrying after {work.last_reason}")
        return 0.0, ""

    def _eta(self, rate: float) -> float | None:
        pending = self._counts.pending
        if pending == 0:
            return 0.0
        eta = pending / rate if rate > 0 else None
        if self._latencies:
            # However fast rows went so far, each round of requests still to answer takes
            # about one answer time: near the end the recent rate alone says "done" too soon.
            requests = -(-pending // self._max_batch)
            rounds = -(-requests // max(1, self.concurrency.limit))
            eta = max(eta or 0.0, rounds * _median(self._latencies))
        limiter = self.gate.limiter
        if limiter is not None:
            requests = -(-pending // self._max_batch)
            eta = max(eta or 0.0, limiter.time_for(requests))
        return eta


def _median(values: Iterable[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


@functools.lru_cache(maxsize=8)
def _identity(n: int) -> tuple[int, ...]:
    return tuple(range(n))


class _LazyRecords(Sequence[Record]):
    """The sent records for `parse_response`, decoded only if it looks at one (rejections)."""

    def __init__(self, rows: Sequence[JournalRow]) -> None:
        self._rows = rows

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> Record: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Record]: ...

    def __getitem__(self, index: int | slice) -> Record | Sequence[Record]:
        if isinstance(index, slice):
            return [r.record for r in self._rows[index]]
        return self._rows[index].record


def _wait_sentence(seconds: float, reason: str) -> str:
    shown = f"{seconds:.0f}" if seconds >= 1.5 else f"{seconds:.1f}"
    return f"Waiting {shown} s: {reason}" if reason else f"Waiting {shown} s"


def _hold_words(status: int | None, reason: str) -> str:
    if status == 429:
        return "the API asked us to slow down (429)"
    if status == 503:
        return "the API is overloaded (503)"
    return reason


def _plain_http_answer(exc: BaseException) -> bool:
    """Whether the TLS handshake got a plain-HTTP answer (an https:// address on an http server)."""
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        seen.add(id(cur))
        if "WRONG_VERSION_NUMBER" in str(cur) or "wrong version number" in str(cur):
            return True
        cur = cur.__cause__ or cur.__context__
    return False


def _tls_problem(exc: BaseException, base_url: str) -> str | None:
    """The certificate problem behind a connection error in words, if that is what it is."""
    words = certificate_words(exc, base_url, outcome="Backfill stopped sending")
    if words is None:
        return None
    return f"{words} Backfill never turns certificate verification off."


def _words(exc: BaseException) -> str:
    text = redact_text(str(exc).strip())  # a proxy URL in the text may carry a password
    name = type(exc).__name__
    readable = {
        "ConnectError": "could not connect",
        "ReadError": "the connection broke while reading the answer",
        "WriteError": "the connection broke while sending",
        "RemoteProtocolError": "the server closed the connection without an answer",
        "ProxyError": "the proxy refused the connection",
    }.get(name, "network error")
    return f"{readable} ({text})" if text else readable


def _outer_cancel() -> bool:
    """Whether the task running `Uploader.run` itself is being cancelled (True as well when
    its loop no longer runs: nothing could wait for an answer then)."""
    try:
        task = asyncio.current_task()
    except RuntimeError:
        return True
    return task is not None and task.cancelling() > 0
