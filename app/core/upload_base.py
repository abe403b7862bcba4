"""The upload engine's shared state and plumbing, under `Uploader` and its parts (answers,
sending): the settings and pacing objects, the queues of chunks, journal calls on one worker
thread (sends noted in group commits), and the progress snapshot, chunk log and waits in
words."""

from __future__ import annotations

import asyncio
import heapq
import itertools
import logging
import random
import uuid
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any, TypeVar

import httpx

from app.core.destinations.base import Destination
from app.core.journal import Journal
from app.core.journal_engine import Settle, Settled
from app.core.ratelimit import (
    SYSTEM_CLOCK,
    AdaptiveConcurrency,
    Clock,
    RequestGate,
    RollingWindowLimiter,
)
from app.core.redaction import redact_text
from app.core.retry import backoff_delay
from app.core.row_feed import RowFeed
from app.core.upload_values import ChunkLogEntry, Progress, UploadSettings
from app.core.upload_work import Counts, DoneRate, StopUpload, WaitTotals, Work, median
from app.core.urls import check_base_url
from app.core.words import wait_words

T = TypeVar("T")
log = logging.getLogger("app.core.uploader")  # one logger name for the whole engine


def _pacing(
    settings: UploadSettings, destination: Destination, clock: Clock
) -> tuple[AdaptiveConcurrency, RequestGate]:
    """How many requests may be in flight, and the gate every request passes (the request
    budget, Retry-After holds)."""
    s = settings
    concurrency = AdaptiveConcurrency(
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
    gate = RequestGate(
        limiter,
        clock=clock,
        budget_words=budget.describe(destination.label) if budget else "",
    )
    return concurrency, gate


class UploaderBase:
    """State and plumbing shared by the parts of `Uploader` (see `app.core.uploader`)."""

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
        feed: RowFeed | None = None,
    ) -> None:
        self.destination = destination
        # Set while the job is still being prepared: more rows come, wait for them.
        self.feed = feed
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
        self._rng = random.Random(self.settings.seed)
        self.concurrency, self.gate = _pacing(self.settings, destination, clock)
        chunk_size = self.settings.chunk_size or destination.max_batch
        self._max_batch = max(1, min(chunk_size, destination.max_batch))
        self._init_run_state()

    def _init_run_state(self) -> None:
        """The state of a run, as before the first one (`run()` resets most of it)."""
        self.state = "idle"
        self.last_error: str | None = None
        self._paused = False
        self._cancelled = False
        self._stop: StopUpload | None = None
        # An orderly stop (see stop_after_in_flight): the state the run ends in, its grace timer.
        self._draining = False
        self._end_state: str | None = None
        self._drain_timer: asyncio.TimerHandle | None = None
        self._run_done: asyncio.Event | None = None
        self._cancel_seen = False
        # Sends waiting to be recorded before they leave (one journal transaction for all).
        self._sends: list[tuple[int, bool, int]] = []
        self._sends_flush: asyncio.Future[None] | None = None
        # Answers waiting to be settled, and the task settling them in group commits.
        self._settles: list[tuple[Settle, asyncio.Future[Settled]]] = []
        self._settler: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="backfill-journal")
        self._counts = Counts()
        self._stats = WaitTotals()
        self._total_requests = 0
        self._total_retries = 0
        self._rate = DoneRate()
        self._latencies: deque[float] = deque(maxlen=50)
        self._fresh: deque[Work] = deque()
        self._waiting: list[tuple[float, int, Work]] = []
        self._tie = itertools.count()
        self._in_flight: dict[asyncio.Task[None], Work] = {}
        self._last_seq = -1
        self._rows_left: int | None = None
        self._no_more_rows = False
        self._last_progress = 0.0
        self._dispatcher: asyncio.Task[None] | None = None
        self._dispatcher_waiting = False
        self._planner_task: asyncio.Task[None] | None = None
        self._need_plan = asyncio.Event()
        self._more_rows = asyncio.Event()  # the feed committed rows (or ended)
        self._loaded = asyncio.Event()
        # Identifies this runner's lease on the job (see Journal.take_lease).
        self._lease_owner = uuid.uuid4().hex
        self._heartbeat_task: asyncio.Task[None] | None = None
        self._lease_lost = False

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
            latency_s=median(self._latencies) if self._latencies else None,
        )

    async def _db_call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._db, lambda: fn(*args, **kwargs))

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

    async def _settle(self, settle: Settle) -> Settled:
        """Apply a parsed answer in the journal; returns once it is committed (synced).
        Answers arriving while an earlier group is being written share the next transaction
        (a group commit): one sync for several answers, each durable before it is counted."""
        done: asyncio.Future[Settled] = asyncio.get_running_loop().create_future()
        self._settles.append((settle, done))
        if self._settler is None:
            self._settler = asyncio.create_task(self._settle_groups())
        # Shielded: a sender cancelled meanwhile leaves the group as it is (its answer is
        # written with the others; the journal stays the truth).
        return await asyncio.shield(done)

    async def _settle_groups(self) -> None:
        try:
            while self._settles:
                await asyncio.sleep(0)  # let the other answers of this moment join
                group, self._settles = self._settles, []
                try:
                    results = await self._db_call(
                        self.journal.settle_chunks, self.job_id, [s for s, _ in group]
                    )
                except BaseException as exc:
                    for _, done in group:
                        if not done.done():
                            done.set_exception(exc)
                    if isinstance(exc, asyncio.CancelledError):
                        raise
                    continue
                for (_, done), result in zip(group, results, strict=True):
                    if not done.done():
                        done.set_result(result)
        finally:
            self._settler = None
            for _, done in self._settles:  # cancelled with answers still queued
                if not done.done():
                    done.cancel()

    def _note_latency(self, latency: float) -> None:
        self._latencies.append(latency)
        limiter = self.gate.limiter
        if limiter is not None:
            limiter.latency_allowance = min(max(self._latencies), limiter.window * 0.1)

    def _redact(self, text: str) -> str:
        return redact_text(text, (self._api_key,))

    def _timeout_words(self) -> str:
        return f"{self.settings.read_timeout:g} s"

    def _backoff(self, attempt: int) -> float:
        s = self.settings
        return backoff_delay(attempt, base=s.backoff_base, cap=s.backoff_cap, rng=self._rng)

    def _schedule(self, work: Work, delay: float, reason: str) -> None:
        work.not_before = self._clock.monotonic() + delay
        work.last_reason = reason
        heapq.heappush(self._waiting, (work.not_before, next(self._tie), work))
        self._wake.set()

    def _preparing(self) -> bool:
        """The job's preparation still runs: rows not planned yet may still come."""
        return self.feed is not None and not self.feed.done

    def _on_feed(self) -> None:
        """(On the event loop.) The preparation committed rows or ended."""
        if self.feed is not None:
            self._counts.rows = max(self._counts.rows, self.feed.rows)
        self._more_rows.set()
        self._need_plan.set()
        self._wake.set()
        self._emit()

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
        work: Work,
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
            return pending.seconds, wait_words(pending.seconds, pending.reason)
        if self._waiting and not self._in_flight:
            not_before, _, work = self._waiting[0]
            left = not_before - self._clock.monotonic()
            if left > 0:
                return left, wait_words(left, f"retrying after {work.last_reason}")
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
            eta = max(eta or 0.0, rounds * median(self._latencies))
        limiter = self.gate.limiter
        if limiter is not None:
            requests = -(-pending // self._max_batch)
            eta = max(eta or 0.0, limiter.time_for(requests))
        return eta
