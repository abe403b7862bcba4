"""Pytest fixtures that run the sandbox in-process on a free loopback port.

`sandbox`: one server per test session, reset before each test (fresh data, no faults, default
limits). `sandbox_factory(**settings)`: a dedicated server with special settings, stopped at
teardown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from app.sandbox import SandboxServer


@pytest.fixture(scope="session")
def _sandbox_session() -> Iterator[SandboxServer]:
    server = SandboxServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def sandbox(_sandbox_session: SandboxServer) -> Iterator[SandboxServer]:
    """A running, freshly reset SandboxServer shared by the session."""
    _sandbox_session.reset()
    yield _sandbox_session
    _sandbox_session.reset()


@pytest.fixture
def sandbox_factory() -> Iterator[Callable[..., SandboxServer]]:
    """Start extra sandboxes with custom settings (e.g. flokit_rate_limit=3); stopped afterwards."""
    servers: list[SandboxServer] = []

    def make(**settings: object) -> SandboxServer:
        server = SandboxServer(**settings)  # type: ignore[arg-type]
        servers.append(server)
        server.start()
        return server

    yield make
    for server in servers:
        server.stop()
