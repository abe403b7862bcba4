"""Users and their events from one sheet in one upload (a "pair"): e.g. a signups sheet (id,
email, plan, signed-up time) upserts each user, then sends a `user_signed_up` event for it.

A pair is two ordinary journal jobs, a users job and an events job, linked in the journal
(`app.core.journal_pairs`), so every guarantee of a job (journal before network, exactly once
under a crash, counts that add up) holds for each part unchanged. The event rows are stored
held: none is sent before its user was accepted; an event whose user was rejected (or never
sent) ends rejected, unsent, with the user's reason; one whose user failed waits for a retry.

Here: `prepare_pair` (both jobs written with `prepare_job`); the event part of a users
mapping (`ThenEvent`, and the events `Mapping` made from it) is `app.core.mapping.then_event`. Running a pair is `app.core.pair_run`,
its row outcomes and verdict `app.core.pair_outcomes`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from app.core.cancel import Cancel
from app.core.jobs import JobPart, PreparedJob, Progress, prepare_job
from app.core.journal import EarlierAcceptances, JobSource, Journal, Pair
from app.core.mapping.then_event import DEFAULT_EVENT_NAME as DEFAULT_EVENT_NAME
from app.core.mapping.then_event import ThenEvent as ThenEvent
from app.core.mapping.then_event import event_mapping as event_mapping
from app.core.mapping.then_event import events_destination_for as events_destination_for


@dataclass(frozen=True)
class PreparedPair:
    """Both parts written to the journal."""

    pair: Pair
    users: PreparedJob
    events: PreparedJob

    @property
    def accepted_before(self) -> int:
        """Rows of either part this destination accepted in an earlier job."""
        return self.users.accepted_before + self.events.accepted_before


def prepare_pair(
    journal: Journal,
    users_source: JobSource,
    users_parts: Iterable[JobPart],
    events_source: JobSource,
    events_parts: Iterable[JobPart],
    *,
    progress: Progress | None = None,
    cancel: Cancel = None,
    earlier: tuple[EarlierAcceptances | None, EarlierAcceptances | None] = (None, None),
) -> PreparedPair:
    """Write the users job, then the events job linked to it (its rows held): two
    transactions. Cut short between them, the users job waits for an events job that never
    comes; `abandon_unready` drops it (nothing of it was sent)."""
    users = prepare_job(
        journal,
        replace(users_source, pair_role="users"),
        users_parts,
        progress=progress,
        cancel=cancel,
        earlier=earlier[0],
    )
    try:
        events = prepare_job(
            journal,
            replace(events_source, pair_role="events", pair_users_job=users.job_id),
            events_parts,
            progress=progress,
            cancel=cancel,
            earlier=earlier[1],
        )
    except BaseException:
        journal.discard_job(users.job_id)
        raise
    return PreparedPair(Pair(users.job_id, events.job_id), users, events)


def discard_pair(journal: Journal, pair: Pair) -> None:
    """Delete both parts of a pair prepared but never started."""
    if pair.events_job is not None:
        journal.discard_job(pair.events_job)
    journal.discard_job(pair.users_job)


def abandon_unready(journal: Journal, pair: Pair) -> bool:
    """Drop a pair whose preparation was cut short before its events job was stored (its
    users job was never started: sending starts only once both parts exist); True if so."""
    if pair.complete:
        return False
    unfinished = journal.unfinished_events_job(pair)
    if unfinished is not None:
        journal.discard_job(unfinished)
    journal.discard_job(pair.users_job)
    return True
