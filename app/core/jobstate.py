"""A job's state and the one judgement of how it ended, shared by the CLI and the app.

`JobState` is what the journal stores and the engine writes; `verdict(job)` turns a job's
state and counts into the single answer that the CLI's exit code, the app's finished page,
the resume dialog and the report page all give the operator.
"""

from __future__ import annotations

from enum import Enum, StrEnum
from typing import Protocol


class JobState(StrEnum):
    """The stored state of a job (equal to its text, so it compares with stored strings)."""

    PREPARING = "preparing"  # its rows are still being written; nothing sent yet
    PENDING = "pending"  # created, nothing sent yet
    RUNNING = "running"  # a runner holds it (or held it when its process died)
    PAUSED = "paused"  # stopped on purpose after the requests in flight were answered
    CANCELLED = "cancelled"
    FINISHED = "finished"  # nothing left to send
    STOPPED_AUTH = "stopped_auth"  # the API refused the key: fix it, then resume
    STOPPED = "stopped"  # another problem the operator must fix before resuming

    @property
    def is_stopped(self) -> bool:
        """Stopped by a problem (not by the operator)."""
        return self in (JobState.STOPPED, JobState.STOPPED_AUTH)


class Verdict(Enum):
    """How a job ended, in the operator's terms."""

    DELIVERED = "delivered"  # every row of the file accepted
    DONE_WITH_PROBLEMS = "done_with_problems"  # nothing pending; some rejected/failed/invalid
    UNFINISHED = "unfinished"  # rows pending or not yet written (paused, cancelled, crashed)
    STOPPED = "stopped"  # a problem stopped it (e.g. the key was refused); rows pending

    @property
    def exit_code(self) -> int:
        """The CLI's exit code: 0 all delivered, 1 some rows not delivered, 2 unusable."""
        return {Verdict.DELIVERED: 0, Verdict.STOPPED: 2}.get(self, 1)


class JobCounts(Protocol):
    """What `verdict` reads from a job summary (read-only: summaries are frozen)."""

    @property
    def state(self) -> str: ...

    @property
    def pending(self) -> int: ...

    @property
    def rejected(self) -> int: ...

    @property
    def failed(self) -> int: ...

    @property
    def invalid(self) -> int: ...

    @property
    def preparing(self) -> bool: ...


def verdict(job: JobCounts) -> Verdict:
    """The one judgement of a job's end (see `Verdict`)."""
    try:
        state = JobState(job.state)
    except ValueError:
        state = JobState.STOPPED
    if state.is_stopped and job.pending:
        return Verdict.STOPPED
    # Rows of the file not yet written are pending too, whatever the counts so far say.
    if job.pending or job.preparing:
        return Verdict.UNFINISHED
    # Rows the operator excluded were left out on purpose: not a problem of this job.
    if job.rejected or job.failed or job.invalid:
        return Verdict.DONE_WITH_PROBLEMS
    return Verdict.DELIVERED
