"""How a pair (`app.core.pair`) stands: both parts' counts, each row's pair of outcomes
(user, event) for the reports, and the one verdict the CLI's exit code and the app give.

A row's report line is about the part that went wrong: its user's, when the user was not
accepted (its event then was not sent either), else its event's. The `Field` column names the
part ("user.email", "event.timestamp", or just "user"/"event"), so the report keeps the
layout every rejection report has and loads again like one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.core.jobstate import Verdict, verdict
from app.core.journal import JobSummary, Journal, Pair, RowOutcome

PARTS = ("user", "event")
# Worst first: the pair's verdict is its worse part's.
_SEVERITY = (Verdict.STOPPED, Verdict.UNFINISHED, Verdict.DONE_WITH_PROBLEMS, Verdict.DELIVERED)


@dataclass(frozen=True)
class PairSummary:
    """Both parts as the journal has them; `held`: event rows waiting for their user."""

    pair: Pair
    users: JobSummary
    events: JobSummary
    held: int

    @property
    def waiting_for_users(self) -> int:
        """Event rows held because their user failed (a retry of the users may send them)."""
        return self.held if not self.users.pending else 0

    def counts_line(self) -> str:
        """`users 9 accepted, 1 rejected, …; events …` (the CLI's and the log's words)."""
        return f"users {_counts(self.users)}; events {_counts(self.events)}"


@dataclass(frozen=True)
class PartCounts:
    """One part's counters as the Upload step shows them (`held`: of `pending`, the event
    rows waiting for their user); accepted + rejected + failed + pending == rows."""

    accepted: int
    rejected: int
    failed: int
    pending: int
    rows: int
    held: int = 0

    @classmethod
    def of(cls, job: Any, held: int = 0) -> PartCounts:
        """From a `JobSummary` or an uploader's `Progress` of the part."""
        return cls(job.accepted, job.rejected, job.failed, job.pending, job.rows, held)

    @property
    def done(self) -> int:
        """Rows with a final state."""
        return self.accepted + self.rejected + self.failed


def part_counts(summary: PairSummary) -> tuple[PartCounts, PartCounts]:
    """(users, events) counters of a pair as the journal has it."""
    return PartCounts.of(summary.users), PartCounts.of(summary.events, summary.held)


def _counts(job: JobSummary) -> str:
    return (
        f"{job.accepted:,} accepted, {job.rejected:,} rejected, {job.failed:,} failed, "
        f"{job.pending:,} pending (of {job.rows:,})"
    )


def pair_summary(journal: Journal, pair: Pair) -> PairSummary:
    """Both parts' summaries, read now."""
    if pair.events_job is None:
        raise ValueError(f"the pair of job {pair.users_job} was never fully prepared")
    return PairSummary(
        pair, journal.job(pair.users_job), journal.job(pair.events_job),
        journal.held_rows(pair.events_job),
    )  # fmt: skip


@dataclass(frozen=True)
class _Counts:
    state: str
    pending: int
    rejected: int
    failed: int
    invalid: int
    preparing: bool


def pair_verdict(summary: PairSummary) -> Verdict:
    """The pair's end: its worse part's verdict. Event rows held behind failed users are not
    "unfinished" (nothing more will go without a retry): they count as not delivered."""
    events = summary.events
    waiting = summary.waiting_for_users
    events_counts = _Counts(
        events.state, events.pending - waiting, events.rejected, events.failed + waiting,
        events.invalid, events.preparing,
    )  # fmt: skip
    verdicts = (verdict(summary.users), verdict(events_counts))
    return min(verdicts, key=_SEVERITY.index)


@dataclass(frozen=True)
class PairOutcome:
    """A row of a pair that was not delivered whole: the part its line is about, that part's
    outcome (state, reason) and the other part's state."""

    row: int
    part: str  # "user" or "event"
    state: str
    code: str | None
    part_field: str | None
    message: str | None
    original: dict[str, str]
    payload: dict[str, Any]
    user_state: str
    event_state: str

    @property
    def field(self) -> str:
        """The report's Field: the part, and its field when one is named."""
        return f"{self.part}.{self.part_field}" if self.part_field else self.part


def pair_outcomes(journal: Journal, pair: Pair) -> list[PairOutcome]:
    """One line per row not delivered whole, in file order (see the module docstring)."""
    users = {o.row: o for o in journal.row_outcomes(pair.users_job)}
    events = {o.row: o for o in journal.row_outcomes(pair.events_job)} if pair.events_job else {}
    out: list[PairOutcome] = []
    for row in sorted(users.keys() | events.keys()):
        user, event = users.get(row), events.get(row)
        # An event not found among the outcomes was accepted, or waits (held) for its user.
        if user is not None:
            event_state = event.state if event is not None else "pending"
            out.append(_line(user, "user", user.state, event_state))
        elif event is not None:
            out.append(_line(event, "event", "accepted", event.state))
    return out


def _line(o: RowOutcome, part: str, user_state: str, event_state: str) -> PairOutcome:
    return PairOutcome(
        o.row, part, o.state, o.code, o.field, o.message, o.original, o.payload,
        user_state, event_state,
    )  # fmt: skip
