"""Continuing an upload, one job or a users-and-events pair (`app.core.pair`), the same for
`backfill resume` and the app's resume dialog and "Retry failed rows".

A pair is continued as one upload, known by its users job's id: its failed rows of both parts
are sent again, its users are sent before the events their acceptance lets go
(`app.core.pair_run`). Every step here is safe to repeat after a crash.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.jobstate import Verdict, verdict
from app.core.journal import JobSummary, Journal, Pair
from app.core.pair import abandon_unready
from app.core.pair_outcomes import PairSummary, pair_summary, pair_verdict


def upload_id(journal: Journal, job_id: str) -> str:
    """The id an upload is known by: a pair's users job for either part, else the job's."""
    pair = journal.pair_of(job_id)
    return pair.users_job if pair is not None else job_id


def retry_failed(journal: Journal, job_id: str) -> int:
    """Make the failed rows pending again: the job's, or both parts' of its pair (a user sent
    again lets its held event go after it); how many."""
    pair = journal.pair_of(job_id)
    if pair is None or not pair.complete:
        return journal.reset_failed_to_pending(job_id)
    assert pair.events_job is not None
    return sum(journal.reset_failed_to_pending(j) for j in (pair.users_job, pair.events_job))


def drop_if_unready(journal: Journal, job_id: str) -> bool:
    """Drop a pair whose preparation was cut short (nothing of it was sent); True if so."""
    pair = journal.pair_of(job_id)
    return pair is not None and abandon_unready(journal, pair)


def pair_to_send(journal: Journal, pair: Pair) -> PairSummary:
    """The pair as a run would find it, once the events held behind users already settled
    are released (after a crash between the users and the release); see `rows_to_send`."""
    summary = pair_summary(journal, pair)
    if not summary.users.pending and summary.held:
        journal.release_events(pair)
        summary = pair_summary(journal, pair)
    return summary


def rows_to_send(summary: PairSummary) -> int:
    """Rows of a pair still to send: users pending and their events; events held behind
    failed users wait for a retry and are not counted."""
    return summary.users.pending + summary.events.pending - summary.waiting_for_users


@dataclass(frozen=True)
class Unfinished:
    """An upload with rows still to send: a job, or a pair as its users job with `pair`."""

    job: JobSummary
    pair: PairSummary | None = None

    @property
    def id(self) -> str:
        """The id to resume it by."""
        return self.job.id

    @property
    def to_send(self) -> int:
        """Rows still to send (both parts of a pair)."""
        return int(self.job.pending) if self.pair is None else rows_to_send(self.pair)

    @property
    def verdict(self) -> Verdict:
        """How it stands (the pair's verdict for a pair)."""
        return verdict(self.job) if self.pair is None else pair_verdict(self.pair)


def unfinished_uploads(journal: Journal) -> list[Unfinished]:
    """Uploads with rows still pending or still to be written, newest first: a pair once (by
    its users job), and only while it has rows to send (events held behind failed users
    wait for a retry, not a resume)."""
    out: list[Unfinished] = []
    seen: set[str] = set()
    for job in journal.unfinished_jobs():
        pair = journal.pair_of(job.id)
        if pair is None or not pair.complete:
            # A single job, or the users part of a pair whose preparation was cut short:
            # resuming it drops it (`drop_if_unready`). Its unfinished events part is hidden.
            if pair is None or pair.users_job == job.id:
                out.append(Unfinished(job))
            continue
        if pair.users_job in seen:
            continue
        seen.add(pair.users_job)
        summary = pair_to_send(journal, pair)
        if pair_verdict(summary) in (Verdict.UNFINISHED, Verdict.STOPPED):
            out.append(Unfinished(summary.users, summary))
    return out
