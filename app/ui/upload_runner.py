"""The Qt side of an upload: owns the asyncio Task that runs the core Uploader on the qasync loop.

The core engine reports through plain callbacks; this adapter turns them into Qt signals
delivered on the GUI thread (queued, so a callback from any thread is safe and ordering is
kept), coalesces progress to a steady repaint rate, and keeps a strong reference to the one
Task it runs so pause, resume, cancel and "close the window" always have a handle.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from app.core.uploader import ChunkLogEntry, Progress

log = logging.getLogger(__name__)

# An orderly stop (Cancel, pause-and-close) waits this long for the answers in flight; one not
# back by then is left open in the journal and resolved on resume like a lost answer.
STOP_GRACE_S = 15.0
# Progress repaints at most this often; the last figure is always delivered.
PROGRESS_INTERVAL_MS = 100
# While an upload runs, every chunk's request bodies and answers are short-lived containers,
# and at the default 700 the collector ran a young pass every few chunks (each stopping the GUI
# thread too): bench.gui_stall's 1M-row upload had p99 stall 35 ms at (700, 10, 10), 26 ms here.
UPLOAD_GC_THRESHOLD = (20_000, 20, 10)


@contextlib.contextmanager
def _upload_gc_threshold() -> Iterator[None]:
    """Collect less often while an upload runs; the previous thresholds come back after."""
    previous = gc.get_threshold()
    gc.set_threshold(*UPLOAD_GC_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(*previous)


class UploaderLike(Protocol):
    """What the runner needs from `app.core.uploader.Uploader`."""

    async def run(self, *, limit_rows: int | None = None) -> Progress: ...

    def pause(self) -> None: ...

    def resume(self) -> None: ...

    def cancel(self) -> None: ...

    def stop_after_in_flight(
        self, *, state: str = "paused", grace_s: float | None = None
    ) -> None: ...


# Builds a fresh Uploader for the job, wired to the runner's callbacks (on_progress, on_chunk).
UploaderFactory = Callable[
    [Callable[[Progress], None], Callable[[ChunkLogEntry], None]], UploaderLike
]


class RunState(StrEnum):
    """What the page renders: the runner is the only source of this state."""

    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    CANARY_DONE = "canary_done"  # the first N rows went; waiting for the operator to confirm
    FINISHED = "finished"  # every row has a final state (or the engine stopped on its own)
    CANCELLED = "cancelled"  # stopped by the operator; unsent rows stay pending
    FAILED = "failed"  # the engine stopped with an error (bad key, unreachable host, …)


@dataclass(frozen=True)
class RunOutcome:
    """How one `run()` ended: the engine's own result (if any) and a message for the operator."""

    state: RunState
    result: Progress | None = None
    message: str = ""


class UploadRunner(QObject):
    """Runs one upload job at a time as an owned asyncio Task, with pause/resume/cancel."""

    progress = Signal(object)  # the core's Progress, coalesced
    chunk_logged = Signal(object)  # the core's ChunkLogEntry, one per finished chunk
    state_changed = Signal(str)  # a RunState value
    canary_finished = Signal(object)  # RunOutcome after the first N rows
    finished = Signal(object)  # RunOutcome when the job stops (done, cancelled or failed)

    _posted = Signal(str, object)  # internal: callbacks hop to the GUI thread through this

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = RunState.IDLE
        self._task: asyncio.Task[None] | None = None
        self._stopping: asyncio.Task[None] | None = None  # cancelled by shutdown(), not done yet
        self._uploader: UploaderLike | None = None
        self._factory: UploaderFactory | None = None
        self._stopping_in_order = False  # stop_after_in_flight() asked, the run not ended yet
        self._latest_progress: Progress | None = None
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_INTERVAL_MS)
        self._progress_timer.timeout.connect(self._flush_progress)
        self._posted.connect(self._on_posted, Qt.ConnectionType.QueuedConnection)

    # -- state ---------------------------------------------------------------------------------

    @property
    def state(self) -> RunState:
        """The current run state."""
        return self._state

    @property
    def task(self) -> asyncio.Task[None] | None:
        """The Task running the engine right now (None when idle or done)."""
        return self._task

    def is_active(self) -> bool:
        """True while a run is in progress, paused, or still winding down after `shutdown()`."""
        return any(t is not None and not t.done() for t in (self._task, self._stopping))

    def _set_state(self, state: RunState) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(state.value)

    # -- commands ------------------------------------------------------------------------------

    def start(self, factory: UploaderFactory, *, canary_rows: int | None = None) -> None:
        """Run the job; with `canary_rows`, send only that many rows and wait for `proceed()`."""
        if self.is_active():
            raise RuntimeError("An upload is already running.")
        self._factory = factory
        limit = canary_rows if canary_rows and canary_rows > 0 else None
        self._launch(limit)

    def proceed(self) -> None:
        """After a canary, send the rest of the job."""
        if self._factory is None or self.is_active():
            return
        self._launch(None)

    def pause(self) -> None:
        """Finish the chunks in flight and send nothing new until `resume()`."""
        if self._uploader is not None and self._state == RunState.RUNNING:
            self._uploader.pause()
            self._set_state(RunState.PAUSED)

    def resume(self) -> None:
        """Carry on after `pause()`."""
        if self._uploader is not None and self._state == RunState.PAUSED and not self.stopping:
            self._uploader.resume()
            self._set_state(RunState.RUNNING)

    @property
    def stopping(self) -> bool:
        """True between `stop_after_in_flight()` (or `cancel()`) and the end of the run."""
        return self._stopping_in_order and self.is_active()

    def stop_after_in_flight(
        self, *, state: str = "paused", grace_s: float | None = STOP_GRACE_S
    ) -> bool:
        """Send nothing new; once the requests in flight are answered (and recorded) the run
        ends and `finished` is emitted, the job left `state` ("paused" or "cancelled").
        False when no run is active (nothing to wait for)."""
        if self._uploader is None or self._task is None or self._task.done():
            return False
        self._stopping_in_order = True
        self._uploader.stop_after_in_flight(state=state, grace_s=grace_s)
        return True

    def cancel(self) -> None:
        """Stop sending; rows not yet answered stay pending in the journal (resumable). The
        requests in flight are answered and recorded first, so none is sent twice on resume."""
        if self.stop_after_in_flight(state="cancelled"):
            return
        if self._state == RunState.CANARY_DONE:
            self._factory = None
            self._set_state(RunState.CANCELLED)
            self.finished.emit(RunOutcome(RunState.CANCELLED))

    def reset(self) -> None:
        """Back to IDLE for a new job (ignored while a run is active)."""
        if not self.is_active():
            self._factory = None
            self._set_state(RunState.IDLE)

    def settle(self, state: RunState) -> None:
        """Correct the final state after the fact (the engine returned but the job is not done)."""
        if not self.is_active():
            self._set_state(state)

    def shutdown(self) -> None:
        """The owner is going away: stop the engine at once and cancel the Task (the journal
        keeps the rest; requests in flight are resolved on resume as lost answers). A window
        closing with an upload running uses `stop_after_in_flight()` first, so this finds the
        runner idle."""
        if self._uploader is not None:
            with contextlib.suppress(Exception):
                self._uploader.cancel()
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
            self._stopping = task  # still referenced until its wind-down has run
        self._uploader = None
        self._factory = None
        self._progress_timer.stop()

    # -- the task ------------------------------------------------------------------------------

    def _launch(self, limit_rows: int | None) -> None:
        assert self._factory is not None
        uploader = self._factory(self._from_core_progress, self._from_core_chunk)
        self._uploader = uploader
        loop = asyncio.get_event_loop()
        self._task = loop.create_task(self._run(uploader, limit_rows), name="backfill-upload")
        self._set_state(RunState.RUNNING)

    async def _run(self, uploader: UploaderLike, limit_rows: int | None) -> None:
        try:
            with _upload_gc_threshold():
                result = await uploader.run(limit_rows=limit_rows)
        except asyncio.CancelledError:
            # Cancelled by shutdown(): nobody is listening any more, and the journal already
            # holds every row's state. Let the cancellation finish the task.
            raise
        except Exception as exc:  # the engine's errors are meant for the operator
            log.exception("upload stopped with an error")
            self._posted.emit("done", RunOutcome(RunState.FAILED, None, _message_for(exc)))
            return
        # Stopped in order during a canary: a stop, not "canary done, continue?".
        self._posted.emit(*_classify(result, None if self._stopping_in_order else limit_rows))

    # -- callbacks from the core (any thread) --------------------------------------------------

    def _from_core_progress(self, progress: Progress) -> None:
        self._posted.emit("progress", progress)

    def _from_core_chunk(self, entry: ChunkLogEntry) -> None:
        self._posted.emit("chunk", entry)

    @Slot(str, object)
    def _on_posted(self, kind: str, payload: object) -> None:
        if kind == "progress":
            assert isinstance(payload, Progress)
            self._latest_progress = payload
            if not self._progress_timer.isActive():
                self._progress_timer.start()
        elif kind == "chunk":
            self.chunk_logged.emit(payload)
        elif kind in ("canary", "done"):
            self._flush_progress()
            self._task = None
            self._uploader = None
            self._stopping_in_order = False
            assert isinstance(payload, RunOutcome)
            outcome = payload
            self._set_state(outcome.state)
            if kind == "canary":
                self.canary_finished.emit(outcome)
            else:
                self._factory = None
                self.finished.emit(outcome)

    def _flush_progress(self) -> None:
        self._progress_timer.stop()
        if self._latest_progress is not None:
            progress, self._latest_progress = self._latest_progress, None
            self.progress.emit(progress)


def _classify(result: Progress, limit_rows: int | None) -> tuple[str, RunOutcome]:
    """Map the engine's final Progress (its `state`) onto what the page shows."""
    state = result.state
    error = result.last_error or ""
    if state.startswith("stopped"):
        return "done", RunOutcome(RunState.FAILED, result, error or "The upload stopped.")
    if state == "cancelled":
        return "done", RunOutcome(RunState.CANCELLED, result, error)
    if limit_rows is not None and result.pending > 0:
        return "canary", RunOutcome(RunState.CANARY_DONE, result)
    if state == "finished" or result.pending == 0:
        return "done", RunOutcome(RunState.FINISHED, result)
    # Rows left over without a limit (e.g. the engine paused itself): stopped, resumable.
    return "done", RunOutcome(RunState.CANCELLED, result, error)


def _message_for(exc: BaseException) -> str:
    # Core errors carry operator-facing messages; anything else gets a plain fallback.
    text = str(exc).strip()
    return text or "The upload stopped because of an unexpected problem. It can be resumed."
