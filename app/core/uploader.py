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

Where it lives: `Uploader` (here: control, the run and its end, the planner and the dispatch
loop) is built on its parts, one module each: `upload_values` (settings, progress, estimate;
re-exported here), `upload_base` (shared state, journal calls on one worker thread, progress
and the chunk log), `upload_answers` (applying answers to the journal), `upload_sender` (one
request), `upload_work` and `upload_words` (bookkeeping values, wording).
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from operator import itemgetter

from app.core.ratelimit import GateWait
from app.core.upload_base import log
from app.core.upload_sender import ChunkSender
from app.core.upload_values import (
    STATES,
    ChunkLogEntry,
    Estimate,
    Progress,
    UploadSettings,
    estimate,
)
from app.core.upload_work import Counts, DoneRate, StopUpload, Work

__all__ = [
    "STATES",
    "ChunkLogEntry",
    "Estimate",
    "Progress",
    "UploadSettings",
    "Uploader",
    "estimate",
]


class Uploader(ChunkSender):
    """Uploads one journal job (see module docstring)."""

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

    async def stop_when_idle(
        self, *, state: str = "paused", grace_s: float | None = None
    ) -> Progress:
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
            log.info(
                "job %s: %d requests unanswered at stop; resolved on resume",
                self.job_id,
                len(self._in_flight),
            )
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
        self._more_rows.set()  # a planner waiting for the preparation looks too
        if self._dispatcher is not None and self._dispatcher_waiting:
            self._dispatcher.cancel()

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
        self._more_rows = asyncio.Event()
        unlisten = self._listen_to_feed()
        job = await self._db_call(self.journal.job, self.job_id)
        self._counts = Counts(job.rows, job.accepted, job.rejected, job.failed)
        if self.feed is not None:  # a commit heard before the read above is counted too
            self._counts.rows = max(self._counts.rows, self.feed.rows)
        self._rate = DoneRate()
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
            return await self._run_tasks()
        finally:
            unlisten()

    def _listen_to_feed(self) -> Callable[[], None]:
        """Hear the preparation's commits on this loop (they come from its thread)."""
        if self.feed is None:
            return lambda: None
        loop = asyncio.get_running_loop()

        def heard() -> None:
            with contextlib.suppress(RuntimeError):  # the loop has closed: the run is over
                loop.call_soon_threadsafe(self._on_feed)

        return self.feed.listen(heard)

    async def _run_tasks(self) -> Progress:
        assert self._dispatcher is not None
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
            self._stop = StopUpload("stopped", self.last_error)
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
            self._more_rows.set()
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
        error: str | None
        if self._stop is not None:
            state, error = self._stop.state, self._stop.message
        elif self._cancelled or (self._end_state == "cancelled" and self._counts.pending):
            state, error = "cancelled", self.last_error
        elif self._counts.pending == 0 and not self._unwritten_rows():
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
                self._stop = self._stop or StopUpload(
                    "stopped",
                    f"Another Backfill took over job {self.job_id}; this one stopped sending.",
                )
                self.last_error = self._stop.message
                self._abandon_in_flight()
                self._interrupt_dispatcher()
                return

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
            self._fresh.append(Work(plan, rows, 0, sent_once=True, answer_lost=lost))

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
            self._stop = self._stop or StopUpload("stopped", f"Could not read the journal: {exc}")
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
        preparing = self._preparing()  # read before the journal: a commit after it wakes us
        self._more_rows.clear()
        rows = await self._db_call(self.journal.next_free_rows, self.job_id, self._last_seq, n)
        if not rows and preparing:
            # The rows so far are all planned: wait for the preparation's next commit (or
            # its end, or a stop) instead of ending the run.
            await self._more_rows.wait()
            return
        if (len(rows) < n or not rows) and not preparing:
            self._no_more_rows = True
        if not rows:
            return
        self._last_seq = rows[-1].seq
        if self._rows_left is not None:
            self._rows_left -= len(rows)
        groups = [rows[i : i + size] for i in range(0, len(rows), size)]
        seq = itemgetter(0)  # JournalRow.seq, without an attribute lookup per row
        plans = await self._db_call(
            self.journal.open_chunks, self.job_id, [list(map(seq, g)) for g in groups]
        )
        for plan, group in zip(plans, groups, strict=True):
            self._fresh.append(Work(plan, group, 0))

    def _unwritten_rows(self) -> bool:
        """The job's preparation did not end whole: rows of its file may not be written yet."""
        return self.feed is not None and (not self.feed.done or self.feed.error is not None)

    def _next_due(self) -> Work | None:
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
            if isinstance(exc, StopUpload):
                self._stop = self._stop or exc
            else:
                self._stop = self._stop or StopUpload(
                    "stopped", f"Upload stopped by an error: {exc}"
                )
            self.last_error = self._stop.message
            # The other requests in flight are not abandoned: the server may be storing them,
            # and their answers are recorded by the wind-down (a 401 stops *new* sends).
            self._interrupt_dispatcher()
        self._wake.set()

    def _on_gate_wait(self, wait: GateWait) -> None:
        self._emit(force=True)  # progress shows the wait and its reason in words


def _outer_cancel() -> bool:
    """Whether the task running `Uploader.run` itself is being cancelled (True as well when
    its loop no longer runs: nothing could wait for an answer then)."""
    try:
        task = asyncio.current_task()
    except RuntimeError:
        return True
    return task is not None and task.cancelling() > 0
