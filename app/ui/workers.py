"""Run CPU work (loading, validating) off the GUI thread, with progress, cancel and an owner.

The work is a plain function `fn(progress, cancel) -> result` from `app.core`; it never sees
Qt. `progress(done, total | None, message="")` may be called as often as the work likes (it is
throttled here); `cancel` is a `CancelFlag`: call it (or `.is_set()`) to ask whether to stop.
Results, errors and progress arrive on the GUI thread as signals of the `Task`.
"""

from __future__ import annotations

import contextlib
import threading
import time
import traceback
import warnings
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

# Work that noticed its cancel flag raises the core's one `Cancelled` (or a kind of it, such
# as a cancelled load): not an error to show.
from app.core.cancel import Cancelled as Cancelled
from app.core.cancel import raise_if_cancelled
from app.ui.load_errors import load_error_words
from app.ui.texts import translate

# Progress more often than this only floods the event queue; the eye can't follow it anyway.
PROGRESS_INTERVAL_S = 0.05


class CancelFlag(threading.Event):
    """A cancel request shared with the worker; callable so core code can poll `cancel()`."""

    def __call__(self) -> bool:
        return self.is_set()

    def check(self) -> None:
        """Raise `Cancelled` if cancelling was asked for."""
        raise_if_cancelled(self)


def plain_error(exc: BaseException) -> tuple[str, str]:
    """(message, hint) for the operator: the core's own words when it has them, else a summary."""
    translated = load_error_words(exc)
    if translated is not None:
        return translated
    message = getattr(exc, "message", None)
    hint = getattr(exc, "hint", None)
    if isinstance(message, str) and message:
        return message, hint if isinstance(hint, str) else ""
    if isinstance(exc, MemoryError):
        return (
            translate("Worker", "The computer ran out of memory while doing this."),
            translate("Worker", "Close other programs, or split the file into smaller parts."),
        )
    if isinstance(exc, PermissionError):
        return (
            translate("Worker", "Backfill is not allowed to read or write that file."),
            translate(
                "Worker",
                "Check that the file is not open in another program and that you may read it.",
            ),
        )
    if isinstance(exc, FileNotFoundError):
        return (
            translate("Worker", "The file could not be found."),
            translate("Worker", "It may have been moved or renamed."),
        )
    if isinstance(exc, OSError):
        reason = exc.strerror or str(exc)
        return (
            translate("Worker", "The file could not be read ({reason}).").format(reason=reason),
            "",
        )
    text = str(exc).strip() or translate("Worker", "no details")
    return (translate("Worker", "Something went wrong: {details}").format(details=text), "")


class _Relay(QObject):
    """The only object the worker thread touches: it emits, the Task (GUI thread) receives.

    Keeping the Task itself out of the worker means its last reference is always dropped on
    the GUI thread, never by a finishing pool thread.
    """

    progress = Signal(int, int, str)
    outcome = Signal(str, object, str)  # kind, payload, traceback text


class Task(QObject):
    """One piece of background work. Signals always arrive on the GUI thread.

    Exactly one of `finished`, `failed`, `cancelled` fires, then `done` (the test seam:
    `qtbot.waitSignal(task.done)`). After `done`, every connection is dropped, so slots that
    captured the task (partials, lambdas) don't keep it — or its result — alive.
    """

    progress = Signal(int, int, str)  # done, total (-1 = unknown), words
    finished = Signal(object)  # the result
    failed = Signal(str, str)  # message, hint (plain words)
    cancelled = Signal()
    done = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.cancel_flag = CancelFlag()
        self.result: Any = None
        self.error: tuple[str, str] | None = None
        self.details: str = ""  # the traceback, for a "details" disclosure or a log
        self.is_running = True
        self.was_cancelled = False
        # Signals from the worker are queued to this (GUI) thread and re-emitted here, so
        # anyone who connects right after `start()` never misses the outcome. The relay is the
        # Task's child: it dies with the Task on the GUI thread, even when the finishing pool
        # thread drops the runnable's reference to it last (a QObject must not be destroyed
        # by a thread other than its own).
        self.relay = _Relay(self)
        self.relay.progress.connect(self._on_worker_progress)
        self.relay.outcome.connect(self._on_worker_outcome)

    def cancel(self) -> None:
        """Ask the work to stop at its next check; `cancelled` follows."""
        self.cancel_flag.set()

    def _on_worker_progress(self, done: int, total: int, message: str) -> None:
        if self.is_running and not self.cancel_flag.is_set():
            self.progress.emit(done, total, message)

    def _on_worker_outcome(self, kind: str, payload: object, details: str) -> None:
        self.is_running = False
        self.details = details
        if kind == "finished":
            self.result = payload
            self.finished.emit(payload)
        elif kind == "failed":
            assert isinstance(payload, tuple)
            self.error = payload
            self.failed.emit(*payload)
        else:
            self.was_cancelled = True
            self.cancelled.emit()
        self.done.emit()
        self._disconnect_all()

    def _disconnect_all(self) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # PySide warns when a signal had no receivers
            for signal in (self.progress, self.finished, self.failed, self.cancelled, self.done):
                with contextlib.suppress(RuntimeError, TypeError, SystemError):
                    signal.disconnect()


class _Runnable(QRunnable):
    def __init__(self, relay: _Relay, cancel: CancelFlag, fn: Callable[..., Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._relay = relay
        self._cancel = cancel
        self._fn: Callable[..., Any] | None = fn
        self._last_progress = 0.0

    def _progress(self, done: int, total: int | None = None, message: str = "") -> None:
        # total None (unknown) travels as -1: the bar shows "busy" instead of a percentage.
        now = time.monotonic()
        final = total is not None and done >= total
        if now - self._last_progress < PROGRESS_INTERVAL_S and not final:
            return
        self._last_progress = now
        self._relay.progress.emit(int(done), -1 if total is None else int(total), str(message))

    def run(self) -> None:
        relay, cancel, fn = self._relay, self._cancel, self._fn
        if fn is None:
            return  # already ran: a runnable runs once
        try:
            result = fn(self._progress, cancel)
        except Cancelled:
            relay.outcome.emit("cancelled", None, "")
        except BaseException as exc:  # noqa: BLE001 - every failure becomes words, never a crash
            if cancel.is_set():
                # Work that stops on cancel may raise its own exception type; that's not a failure.
                relay.outcome.emit("cancelled", None, "")
            else:
                details = "".join(traceback.format_exception(exc))
                relay.outcome.emit("failed", plain_error(exc), details)
        else:
            if cancel.is_set():
                relay.outcome.emit("cancelled", None, "")
            else:
                relay.outcome.emit("finished", result, "")
        finally:
            self._fn = None  # drop closures (tables, mappings) before the thread idles


class TaskRunner(QObject):
    """Owns a page's background tasks: one per name; starting a name again cancels the old one.

    `shutdown()` cancels everything and waits for the threads, so nothing outlives the page.
    """

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._tasks: dict[str, Task] = {}
        self._retired: set[Task] = set()  # cancelled but still running: keep them referenced

    def start(self, name: str, fn: Callable[..., Any]) -> Task:
        """Run `fn(progress, cancel)` in the pool; returns the Task to connect to."""
        previous = self._tasks.pop(name, None)
        if previous is not None and previous.is_running:
            previous.cancel()
            self._retired.add(previous)

        # The runner's child while it runs: a runner deleted with its page (its pool waits for
        # the threads first) takes its tasks along, so no outcome is delivered afterwards to
        # slots of widgets that are gone. Once done it is let go (`_task_done`), so finished
        # tasks are garbage-collected instead of piling up as children.
        task = Task(name, self)
        self._tasks[name] = task
        task.done.connect(self._task_done)
        self._pool.start(_Runnable(task.relay, task.cancel_flag, fn))
        return task

    def _task_done(self) -> None:
        task = self.sender()
        if not isinstance(task, Task):
            return
        self._retired.discard(task)
        if self._tasks.get(task.name) is task:
            del self._tasks[task.name]
        task.setParent(None)

    def task(self, name: str) -> Task | None:
        """The running task with that name, if any."""
        return self._tasks.get(name)

    def is_busy(self) -> bool:
        """True while any task is still running."""
        return any(t.is_running for t in (*self._tasks.values(), *self._retired))

    def cancel_all(self) -> None:
        """Ask every task to stop."""
        for task in (*self._tasks.values(), *self._retired):
            task.cancel()

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Block until the threads are idle (used at shutdown and in tests)."""
        return self._pool.waitForDone(timeout_ms)

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Cancel everything and wait for the threads to finish."""
        self.cancel_all()
        self.wait(timeout_ms)
