"""Waiting for a condition with a deadline instead of sleeping a fixed time and hoping.

`wait_until` blocks a thread, `until` awaits on an asyncio loop (so the code under test keeps
running). Both fail with the thing waited for named, instead of hanging until pytest's timeout;
a condition may itself `assert` (e.g. that the process it watches is still alive).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

# One generous timeout for every wait (2 shared cores, several test runs at once).
WAIT_S = 20.0
# How often a condition is looked at: short next to every latency the tests configure.
POLL_S = 0.005


def _name(condition: Callable[[], object], what: str) -> str:
    return what or getattr(condition, "__qualname__", repr(condition))


def wait_until(condition: Callable[[], object], *, timeout: float = WAIT_S, what: str = "") -> None:
    """Block until `condition()` is true; TimeoutError naming `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() >= deadline:
            raise TimeoutError(f"still waiting after {timeout} s for {_name(condition, what)}")
        time.sleep(POLL_S)


async def until(
    condition: Callable[[], object],
    *,
    task: asyncio.Future[object] | None = None,
    timeout: float = WAIT_S,
    what: str = "",
) -> None:
    """Await until `condition()` is true. Fails at once if `task` (the work being watched) ends
    first, re-raising its exception, and with TimeoutError after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if task is not None and task.done():
            task.result()  # its exception, if it failed
            raise AssertionError(f"{task!r} ended before {_name(condition, what)}")
        if time.monotonic() >= deadline:
            raise TimeoutError(f"still waiting after {timeout} s for {_name(condition, what)}")
        await asyncio.sleep(POLL_S)
