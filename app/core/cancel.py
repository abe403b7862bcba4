"""Asking long core work to stop: one way to pass a cancel request and one way to check it.

Work that may take long (loading, validating, preparing a job) takes a `cancel` argument: a
`threading.Event` (the GUI's `CancelFlag` is one, and callable too), a function answering
"stop now?", or None. It checks between steps with `raise_if_cancelled`, which raises the
work's own kind of `Cancelled`, so a caller can tell what stopped and every kind is caught as
one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

Cancel = threading.Event | Callable[[], bool] | None


class Cancelled(Exception):
    """The operator cancelled the work. Each kind of work has its own subclass and words."""

    words = "The work was cancelled."

    def __init__(self, words: str | None = None) -> None:
        super().__init__(words or self.words)


def cancelled(cancel: Cancel) -> bool:
    """Whether stopping was asked for (never, without a cancel request)."""
    if cancel is None:
        return False
    if isinstance(cancel, threading.Event):
        return cancel.is_set()
    return bool(cancel())


def raise_if_cancelled(cancel: Cancel, kind: type[Cancelled] = Cancelled) -> None:
    """Raise `kind` (with its own words) when stopping was asked for."""
    if cancelled(cancel):
        raise kind()
