"""HTTP helpers for the sandbox contract tests."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import httpx
import pytest

from app.sandbox import DEFAULT_API_KEY, SandboxServer
from tests.waiting import wait_until

AUTH = {"Authorization": f"Bearer {DEFAULT_API_KEY}"}


@pytest.fixture
def client(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    """A plain httpx client pointed at the shared sandbox."""
    with httpx.Client(base_url=sandbox.base_url, timeout=10.0) as http:
        yield http


def send_in_background(
    server: SandboxServer, send: Callable[[], object], endpoint: str
) -> tuple[threading.Thread, list[BaseException]]:
    """Run `send` in a thread; return once `endpoint` has received it, with the thread and the
    list that will hold the HTTP error `send` raises."""
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            send()
        except httpx.HTTPError as exc:
            errors.append(exc)

    thread = threading.Thread(target=worker)
    thread.start()
    wait_until(lambda: server.stats()[endpoint]["requests"] > 0, what=f"a request to {endpoint}")
    return thread, errors
