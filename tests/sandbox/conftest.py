"""HTTP helpers for the sandbox contract tests."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from app.sandbox import DEFAULT_API_KEY, SandboxServer

AUTH = {"Authorization": f"Bearer {DEFAULT_API_KEY}"}


@pytest.fixture
def client(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    """A plain httpx client pointed at the shared sandbox."""
    with httpx.Client(base_url=sandbox.base_url, timeout=10.0) as http:
        yield http
