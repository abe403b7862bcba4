"""Shared helpers for upload tests: records per destination, jobs in a journal, a runner."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from app.core.destinations import get_destination
from app.core.journal import Journal
from app.core.records import Record
from app.core.uploader import ChunkLogEntry, Progress, Uploader, UploadSettings
from app.sandbox import DEFAULT_API_KEY, SandboxServer

# Sandbox endpoint name per destination id.
ENDPOINT = {
    "vibefollow-users": "vibefollow-users",
    "vibefollow-events": "vibefollow-events",
    "ourspriv-events": "ourspriv-batch",
    "flokit-events": "flokit-events",
}

# Fast retries for tests; real pacing logic, small numbers.
FAST = UploadSettings(backoff_base=0.01, backoff_cap=0.05, retry_after_cap=0.5, read_timeout=5.0)


def timestamp(i: int) -> str:
    return f"2024-01-{1 + (i // 86400) % 28:02d}T{(i // 3600) % 24:02d}:{(i // 60) % 60:02d}:{i % 60:02d}Z"


def payload(dest_id: str, i: int) -> dict[str, Any]:
    """A valid payload number i for a destination (unique per i)."""
    ts = timestamp(i)
    if dest_id == "vibefollow-users":
        return {"external_user_id": f"u{i}", "email": f"u{i}@example.com", "traits": {"n": i}}
    if dest_id == "vibefollow-events":
        return {
            "external_user_id": f"u{i % 97}",
            "name": "signed_up",
            "timestamp": ts,
            "properties": {"n": i},
        }
    if dest_id == "ourspriv-events":
        return {
            "event": "signed_up",
            "distinctId": f"d{i}",
            "timestamp": ts,
            "properties": {"n": i},
        }
    return {"event": "signed_up", "user_id": f"u{i % 97}", "timestamp": ts, "properties": {"n": i}}


def records(dest_id: str, n: int, *, start_row: int = 2) -> list[Record]:
    return [Record(start_row + i, payload(dest_id, i)) for i in range(n)]


def make_job(journal: Journal, dest_id: str, base_url: str, recs: list[Record]) -> str:
    return journal.create_job(
        source_path=Path("/data/import.csv"),
        source_sha256="f" * 64,
        source_info={"format": "csv"},
        destination_id=dest_id,
        base_url=base_url,
        profile_name="test",
        mapping={"a": "b"},
        records=recs,
        original_rows=lambda row: {"Row": str(row)},
    )


def sandbox_job(journal: Journal, sandbox: SandboxServer, dest_id: str, n: int) -> str:
    """A job of n numbered valid records for dest_id, aimed at the running sandbox."""
    return make_job(journal, dest_id, sandbox.base_url, records(dest_id, n))


def uploader(
    journal: Journal,
    job_id: str,
    sandbox: SandboxServer,
    *,
    settings: UploadSettings = FAST,
    api_key: str = DEFAULT_API_KEY,
    on_progress: Callable[[Progress], None] | None = None,
    on_chunk: Callable[[ChunkLogEntry], None] | None = None,
    client: httpx.AsyncClient | None = None,
) -> Uploader:
    job = journal.job(job_id)
    return Uploader(
        get_destination(job.destination_id),
        journal,
        job_id,
        base_url=sandbox.base_url,
        api_key=api_key,
        settings=settings,
        on_progress=on_progress,
        on_chunk=on_chunk,
        client=client,
    )


def run(up: Uploader, limit_rows: int | None = None) -> Progress:
    return asyncio.run(up.run(limit_rows=limit_rows))


def stored_keys(sandbox: SandboxServer, dest_id: str) -> Counter:
    """How many times each stored record is held by the sandbox (identity: the `n` property
    or the user id)."""
    stored = sandbox.records(ENDPOINT[dest_id])
    if dest_id == "vibefollow-users":
        return Counter(r["external_user_id"] for r in stored)
    return Counter(r["properties"]["n"] for r in stored)


def assert_exactly_once(sandbox: SandboxServer, dest_id: str, expected: set[Any]) -> None:
    counts = stored_keys(sandbox, dest_id)
    dupes = {k: n for k, n in counts.items() if n > 1}
    assert not dupes, f"stored more than once: {sorted(dupes)[:10]}"
    assert set(counts) == expected


def assert_journal_consistent(journal: Journal, job_id: str) -> None:
    job = journal.job(job_id)
    assert job.accepted + job.rejected + job.failed + job.pending == job.rows
    assert journal.state_counts(job_id) == {
        "pending": job.pending,
        "accepted": job.accepted,
        "rejected": job.rejected,
        "failed": job.failed,
    }
