"""What a job's preparation tells the engine sending it: rows committed so far, and the end.

The preparation (a worker thread) calls `added`, then `finished` or `failed`; the uploader
listens (`listen`) and, on its own event loop, plans chunks from the new rows, or waits for
more instead of ending while the preparation still runs. Thread-safe; no polling.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable


class RowFeed:
    """Rows of one job written so far by its preparation (see the module docstring)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._rows = 0
        self._done = False
        self._error: BaseException | None = None
        self._listeners: list[Callable[[], None]] = []
        self._ended = threading.Event()

    @property
    def rows(self) -> int:
        """The job's rows written (committed) so far."""
        return self._rows

    @property
    def done(self) -> bool:
        """The preparation ended: every row written, or it failed (`error`)."""
        return self._done

    @property
    def error(self) -> BaseException | None:
        """Why the preparation ended early (None while running or once finished whole)."""
        return self._error

    def added(self, rows: int) -> None:
        """The job now has `rows` rows committed (called after each append)."""
        with self._lock:
            self._rows = max(self._rows, rows)
        self._tell()

    def finished(self) -> None:
        """Every row is written and the preparation ended."""
        self._end(None)

    def failed(self, error: BaseException) -> None:
        """The preparation stopped early (cancelled, unreadable file …): no more rows come."""
        self._end(error)

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the preparation ended; False on timeout."""
        return self._ended.wait(timeout)

    def listen(self, listener: Callable[[], None]) -> Callable[[], None]:
        """Call `listener` (from the preparing thread) on every change; returns the undo."""
        with self._lock:
            self._listeners.append(listener)

        def unlisten() -> None:
            with self._lock, contextlib.suppress(ValueError):  # already gone
                self._listeners.remove(listener)

        return unlisten

    def _end(self, error: BaseException | None) -> None:
        with self._lock:
            if self._done:
                return
            self._done = True
            self._error = error
        self._ended.set()
        self._tell()

    def _tell(self) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener()
