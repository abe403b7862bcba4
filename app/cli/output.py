"""Terminal output that survives a closed pipe (`backfill … | head`).

When the reader goes away, writing to stdout raises BrokenPipeError. That must never stop a
command half-way (files the user asked for unwritten, an upload abandoned) or change its exit
code, so output goes through `ClosedPipeSafe`: after the first EPIPE the rest is discarded and
the command carries on.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from typing import TextIO


class ClosedPipeSafe:
    """Wraps a text stream: after the first EPIPE, output is discarded and nothing raises."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._closed = False

    def write(self, text: str) -> int:
        if not self._closed:
            try:
                return self._stream.write(text)
            except (BrokenPipeError, ValueError):  # ValueError: the stream is closed already
                self._discard()
        return len(text)

    def flush(self) -> None:
        if not self._closed:
            try:
                self._stream.flush()
            except (BrokenPipeError, ValueError):
                self._discard()

    def isatty(self) -> bool:
        try:
            return not self._closed and self._stream.isatty()
        except (AttributeError, ValueError):
            return False

    def fileno(self) -> int:
        return self._stream.fileno()

    @property
    def encoding(self) -> str:
        return getattr(self._stream, "encoding", None) or "utf-8"

    def _discard(self) -> None:
        self._closed = True
        # Point the real descriptor at devnull too, or the interpreter's final flush fails
        # (and turns the exit code into 120).
        with contextlib.suppress(AttributeError, OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self._stream.fileno())
            os.close(devnull)


@contextlib.contextmanager
def closed_pipe_safe_stdio() -> Iterator[None]:
    """Within the block, `print` and `sys.stdout/stderr.write` never raise on a closed pipe."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = ClosedPipeSafe(saved[0]), ClosedPipeSafe(saved[1])
    try:
        yield
    finally:
        for wrapper in (sys.stdout, sys.stderr):
            wrapper.flush()  # while still wrapped: a late EPIPE is absorbed here
        sys.stdout, sys.stderr = saved
