"""The upload progress display for a terminal: one updating line on a TTY, periodic lines otherwise."""

from __future__ import annotations

import shutil
import sys
import time
from collections.abc import Callable
from typing import Any, TextIO

from app.core.words import estimated_duration


def render_progress(p: Any) -> str:
    """One line of words for a Progress snapshot (any object with the Progress attributes)."""
    rows = int(getattr(p, "rows", 0) or 0)
    done = sum(int(getattr(p, s, 0) or 0) for s in ("accepted", "rejected", "failed"))
    parts = [f"{done:,} of {rows:,} rows"]
    rate = getattr(p, "records_per_s", None)
    if rate:
        parts.append(f"{rate:,.0f} rows/s")
    eta_s = getattr(p, "eta_s", None)
    eta = estimated_duration(eta_s) if rate and eta_s is not None and eta_s >= 0.5 else ""
    if eta and done < rows:
        parts.append(f"about {eta} left")
    parts.append(
        f"accepted {int(getattr(p, 'accepted', 0) or 0):,} · "
        f"rejected {int(getattr(p, 'rejected', 0) or 0):,} · "
        f"failed {int(getattr(p, 'failed', 0) or 0):,} · "
        f"pending {int(getattr(p, 'pending', 0) or 0):,}"
    )
    backoff = getattr(p, "backoff_s", None)
    if backoff:
        reason = getattr(p, "backoff_reason", "") or "retrying"
        parts.append(f"waiting {estimated_duration(backoff)}: {reason}")
    state = str(getattr(p, "state", "") or "")
    if state in ("paused", "pausing"):
        parts.append(state)
    return " · ".join(parts)


class ProgressLine:
    """Shows progress without flooding a log: redraws in place on a TTY, else a line every few s."""

    def __init__(
        self,
        stream: TextIO | None = None,
        *,
        tty: bool | None = None,
        tty_interval: float = 0.2,
        log_interval: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._stream = stream if stream is not None else sys.stdout
        self._tty = self._stream.isatty() if tty is None else tty
        self._interval = tty_interval if self._tty else log_interval
        self._clock = clock
        self._last_draw = float("-inf")
        self._last_text = ""
        self._drawn_width = 0
        self._latest: Any = None

    def update(self, progress: Any) -> None:
        """Record the latest snapshot; draw it if enough time has passed."""
        self._latest = progress
        now = self._clock()
        if now - self._last_draw >= self._interval:
            self._draw(render_progress(progress))
            self._last_draw = now

    def message(self, text: str) -> None:
        """Print a line of its own (a chunk note, a warning) without garbling the progress line."""
        self._clear()
        print(text, file=self._stream, flush=True)
        if self._tty and self._last_text:
            self._draw(self._last_text)

    def finish(self) -> None:
        """Draw the final snapshot and end the line."""
        if self._latest is not None:
            text = render_progress(self._latest)
            if self._tty:
                self._draw(text)
                print(file=self._stream, flush=True)
            elif text != self._last_text:
                print(text, file=self._stream, flush=True)
        elif self._tty and self._drawn_width:
            print(file=self._stream, flush=True)
        self._drawn_width = 0
        self._last_text = ""
        self._latest = None

    def _draw(self, text: str) -> None:
        self._last_text = text
        if not self._tty:
            print(text, file=self._stream, flush=True)
            return
        width = max(20, shutil.get_terminal_size((100, 20)).columns - 1)
        line = text if len(text) <= width else text[: width - 1] + "…"
        pad = max(0, self._drawn_width - len(line))
        self._stream.write("\r" + line + " " * pad)
        self._stream.flush()
        self._drawn_width = len(line)

    def _clear(self) -> None:
        if self._tty and self._drawn_width:
            self._stream.write("\r" + " " * self._drawn_width + "\r")
            self._stream.flush()
            self._drawn_width = 0
