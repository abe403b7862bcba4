"""Keep Rust panic reports of the workbook readers off the terminal.

A panic inside calamine reaches Python as an exception (turned into a plain LoadError by the
loaders), but Rust's panic hook has already written "thread '…' panicked at …" — and with
RUST_BACKTRACE set, a whole stack backtrace — straight to file descriptor 2. Python cannot
replace that hook, so while a native reader runs, fd 2 is pointed at a temporary file; what
was written there is passed on afterwards with any panic report taken out.
"""

from __future__ import annotations

import os
import re
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_LOCK = threading.Lock()
_STATE = threading.local()  # .inside: this thread holds the redirection
_PANIC_START = re.compile(rb"^thread '.*' panicked at ")
_TRACE_LINE = re.compile(rb"^\s+(?:\d+: |at )")
_MESSAGE_LINES = 8  # a panic message longer than this is taken for ordinary output


def without_panic_reports(text: bytes) -> bytes:
    """`text` minus every Rust panic report: the `panicked at` line, its message, the
    `note:` line and any `stack backtrace:` block."""
    kept: list[bytes] = []
    held: list[bytes] = []
    state = "out"
    for line in text.splitlines(keepends=True):
        if _PANIC_START.match(line):
            kept.extend(held)
            state, held = "message", []
            continue
        if state == "message":
            if line.startswith(b"note:"):
                state, held = "out", []
                continue
            if line.startswith(b"stack backtrace:"):
                state, held = "trace", []
                continue
            held.append(line)
            if len(held) > _MESSAGE_LINES:  # not a panic message after all
                kept.extend(held)
                state, held = "out", []
            continue
        if state == "trace":
            if _TRACE_LINE.match(line):
                continue
            state = "out"
            if line.startswith(b"note:"):
                continue
        kept.append(line)
    if state == "message":
        kept.extend(held)
    return b"".join(kept)


@contextmanager
def panic_reports_hidden() -> Iterator[None]:
    """While the block runs, Rust panic reports written to fd 2 are dropped; the rest of
    what was written there is passed on when it ends.

    Re-entrant. One thread at a time redirects fd 2; another thread reading a workbook
    meanwhile never waits for it (a GUI must not freeze): it runs under the redirection
    already in place, which only ends earlier than its own read at worst.
    """
    if getattr(_STATE, "inside", False) or not _LOCK.acquire(blocking=False):
        yield
        return
    _STATE.inside = True
    try:
        try:
            saved = os.dup(2)
        except OSError:  # no stderr at all (a windowed app): nothing to protect
            yield
            return
        with tempfile.TemporaryFile() as capture:
            os.dup2(capture.fileno(), 2)
            try:
                yield
            finally:
                os.dup2(saved, 2)
                os.close(saved)
                capture.seek(0)
                kept = without_panic_reports(capture.read())
                if kept:
                    os.write(2, kept)
    finally:
        _STATE.inside = False
        _LOCK.release()
