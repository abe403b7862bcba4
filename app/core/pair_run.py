"""Running a pair (`app.core.pair`): its users part, then the event rows whose user was
accepted, each part by an ordinary `Uploader` run; the CLI and the app both use `PairRun`.

The order of a run, and of a resume after a crash (the same steps; each is safe to repeat):
1. the users job's pending rows are sent (a run that stops here leaves the pair resumable);
2. `Journal.release_events` frees the event rows whose user was accepted and rejects those
   whose user was rejected or never sent;
3. the freed event rows are sent. Event rows whose user failed stay held (pending) until a
   retry delivers their user.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from typing import Any, Protocol

from app.core.journal import Journal, Pair
from app.core.journal_pairs import Release
from app.core.pair_outcomes import PairSummary, PartCounts, pair_summary
from app.core.upload_values import ChunkLogEntry, Progress

# The uploader ended in a state where the pair goes no further this run.
_ENDS_THE_RUN = ("cancelled", "stopped", "stopped_auth")


_PROGRESS_FIELDS = tuple(f.name for f in fields(Progress))


class PartRunner(Protocol):
    """What `PairRun` needs of an uploader (`app.core.uploader.Uploader`)."""

    state: str

    async def run(self, *, limit_rows: int | None = None) -> object: ...

    def cancel(self) -> None: ...

    def stop_after_in_flight(
        self, *, state: str = "paused", grace_s: float | None = None
    ) -> None: ...


class PairRun:
    """One run of a pair: `await run()`; `stop_after_in_flight()` and `cancel()` reach the
    part being sent and keep the next part from starting. `make_uploader(job_id)` builds the
    uploader of one part (each part is its own job, destination and lease)."""

    def __init__(
        self,
        journal: Journal,
        pair: Pair,
        make_uploader: Callable[[str], PartRunner],
        *,
        on_part: Callable[[str], None] | None = None,
    ) -> None:
        if pair.events_job is None:
            raise ValueError(f"the pair of job {pair.users_job} was never fully prepared")
        self.journal = journal
        self.pair = pair
        self._make = make_uploader
        self._on_part = on_part
        self.current: PartRunner | None = None
        self.part: str | None = None  # "users" or "events" while one is being sent
        self.release: Release | None = None
        # Both parts as they stood when the part being sent started (the other part does not
        # move while it runs): what `PairUploader.progress_of` shows beside the live part.
        self.summary: PairSummary | None = None
        self._stopping = False

    def stop_after_in_flight(self, *, state: str = "paused", grace_s: float | None = None) -> None:
        """The orderly stop of the part being sent; the next part does not start."""
        self._stopping = True
        if self.current is not None:
            self.current.stop_after_in_flight(state=state, grace_s=grace_s)

    def cancel(self) -> None:
        """Stop at once (see `Uploader.cancel`); the pair stays resumable."""
        self._stopping = True
        if self.current is not None:
            self.current.cancel()

    async def run(self, *, limit_rows: int | None = None) -> bool:
        """Users, then the events their acceptance let go (`limit_rows`: a canary of each
        part); True when the run reached its end (not stopped or cancelled on the way)."""
        assert self.pair.events_job is not None
        self.summary = await asyncio.to_thread(pair_summary, self.journal, self.pair)
        users = self.summary.users
        if users.pending and not await self._send("users", self.pair.users_job, limit_rows):
            return False
        if self._stopping:
            return False
        self.release = await asyncio.to_thread(self.journal.release_events, self.pair)
        self.summary = await asyncio.to_thread(pair_summary, self.journal, self.pair)
        events, held = self.summary.events, self.summary.held
        if events.pending > held and not await self._send(
            "events", self.pair.events_job, limit_rows
        ):
            return False
        return not self._stopping

    async def _send(self, part: str, job_id: str, limit_rows: int | None) -> bool:
        if self._stopping:
            return False
        self.part = part
        self.current = self._make(job_id)
        if self._on_part is not None:
            self._on_part(part)
        try:
            await self.current.run(limit_rows=limit_rows)
        finally:
            self.part = None
        return self.current.state not in _ENDS_THE_RUN


@dataclass(frozen=True)
class PairProgress(Progress):
    """The part being sent's progress, with both parts' counters (the live part's from it)."""

    users: PartCounts | None = None
    events: PartCounts | None = None
    part: str = ""  # "users" or "events": the part `rows`, `done` and the speed are of


@dataclass(frozen=True)
class PairChunkLogEntry(ChunkLogEntry):
    """A request of one part of a pair: each part numbers its requests from 1."""

    part: str = ""  # "users" or "events"


class PairUploader:
    """A pair run shaped like one `Uploader` (run, pause, resume, cancel, orderly stop), for
    a runner made for one job (the app's Upload step): its progress is the part being sent;
    its final progress counts what is left of the pair as pending."""

    def __init__(self, journal: Journal, pair: Pair, make_uploader: Callable[[str], Any]) -> None:
        self._run = PairRun(journal, pair, make_uploader)
        self._last: Any = None

    def pause(self) -> None:
        """Pause the part being sent."""
        if self._run.current is not None:
            self._run.current.pause()  # type: ignore[attr-defined]

    def resume(self) -> None:
        """Continue the part being sent."""
        if self._run.current is not None:
            self._run.current.resume()  # type: ignore[attr-defined]

    def cancel(self) -> None:
        """Stop at once (resumable)."""
        self._run.cancel()

    def stop_after_in_flight(self, *, state: str = "paused", grace_s: float | None = None) -> None:
        """The orderly stop (see `PairRun.stop_after_in_flight`)."""
        self._run.stop_after_in_flight(state=state, grace_s=grace_s)

    def progress_of(self, p: Progress) -> Progress:
        """The progress of the part being sent as a `PairProgress`: that part's counters live,
        the other part's as it stood when this part started."""
        run, summary = self._run, self._run.summary
        if summary is None or run.part is None:
            return p
        if run.part == "users":
            users = PartCounts.of(p)
            # Until the users are done, every event row still to send waits for its user.
            events = PartCounts.of(summary.events, summary.held)
        else:
            users = PartCounts.of(summary.users)
            events = PartCounts.of(p, min(summary.held, p.pending))
        figures = {f: getattr(p, f) for f in _PROGRESS_FIELDS}
        return PairProgress(**figures, users=users, events=events, part=run.part)

    def chunk_of(self, entry: ChunkLogEntry) -> ChunkLogEntry:
        """A request's log line, naming the part it was sent for."""
        part = self._run.part
        if part is None:
            return entry
        return PairChunkLogEntry(
            **{f.name: getattr(entry, f.name) for f in fields(entry)}, part=part
        )

    async def run(self, *, limit_rows: int | None = None) -> Any:
        """Send the pair; the last part's final progress, its `pending` the pair's."""
        await self._run.run(limit_rows=limit_rows)
        current = self._run.current
        if current is None:  # nothing was left to send: the events part as it stands
            current = self._run._make(self._run.pair.events_job or "")
        last = current.progress()  # type: ignore[attr-defined]
        summary = await asyncio.to_thread(pair_summary, self._run.journal, self._run.pair)
        left = summary.users.pending + summary.events.pending - summary.waiting_for_users
        state = (
            "finished" if not left and last.state in ("idle", "paused", "finished") else last.state
        )
        return replace(last, pending=left, state=state)
