"""The Upload step's background work, as plain functions a `TaskRunner` worker runs.

Writing a job to the journal takes seconds for 1M rows, fingerprinting a file or opening it
again to continue a job takes a moment too, and the receipt reads every row's state, so none
may run on the GUI thread. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from app.core.destinations import get_destination
from app.core.jobs import JobPart, Progress, job_source, prepare_job
from app.core.journal import JobSource, Journal
from app.core.mapping import ThenEvent, event_mapping
from app.core.paged_validation import PagedValidation, job_parts
from app.core.pair import prepare_pair
from app.core.pair_run import PairUploader
from app.core.preparation import (
    CannotContinue,
    Preparation,
    continuable_source,
    continuation,
    drop_if_unasked,
)
from app.core.profiles import Profile
from app.core.receipt import write_receipt
from app.core.table import Table
from app.core.tally import ValidationTally
from app.core.uploader import Uploader
from app.core.validate import ValidationResult, validate
from app.core.words import plural
from app.ui.workers import CancelFlag

T = TypeVar("T")
# What `TaskRunner.start` runs: work(progress, cancel) -> result.
Work = Callable[[Progress, CancelFlag], T]


def job_source_for(
    table: Table,
    validation: ValidationResult | PagedValidation,
    profile: Profile,
    base_url: str,
    *,
    from_file: bool,
) -> JobSource:
    """The job's source (the file fingerprinted: a moment for a big file). `from_file`: the
    rows are the file's as read (no cell edited), so the job records what a resumed
    preparation needs to read it again the same way (`continuable_source`)."""
    source = job_source(
        table,
        validation.mapping,
        destination_id=profile.destination_id,
        base_url=base_url,
        profile_name=profile.name,
    )
    now = validation.now if from_file else None
    return continuable_source(source, now, validation.excluded_rows if from_file else ())


def prepare_work(
    journal: Journal,
    table: Table,
    validation: ValidationResult | PagedValidation,
    profile: Profile,
    base_url: str,
    then_event: ThenEvent | None = None,
    *,
    from_file: bool = False,
) -> Work[str]:
    """Write the job (every valid row pending, original cells kept); the result is its id.
    With `then_event`, a pair (its users job's id): the event part is validated here too."""

    def work(progress: Progress, cancel: CancelFlag) -> str:
        total = validation.valid_count
        progress(0, total, "Fingerprinting the file")
        source = job_source_for(table, validation, profile, base_url, from_file=from_file)
        progress(0, total, f"Writing {plural(total, 'row')} to the journal")
        parts = job_parts(table, validation)  # a paged file: its slices, validated again
        if then_event is not None:
            # A pair is still prepared whole before anything is sent: its events part is
            # written from the same rows, and a pair cut short is dropped, not continued.
            events = event_mapping(validation.mapping, then_event)
            events_source = job_source(
                table,
                events,
                destination_id=events.destination,
                base_url=base_url,
                profile_name=profile.name,
            )
            event_parts = _event_parts(table, validation, events)
            pair = prepare_pair(
                journal, source, parts, events_source, event_parts,
                progress=progress, cancel=cancel,
            )  # fmt: skip
            return pair.pair.users_job
        prepared = prepare_job(
            journal, source, parts, progress=progress, cancel=cancel, total=total
        )
        return prepared.job_id

    return work


def begin_work(
    journal: Journal,
    table: Table,
    validation: ValidationResult | PagedValidation,
    profile: Profile,
    base_url: str,
    *,
    from_file: bool,
) -> Work[Preparation]:
    """Begin the job (no rows yet); the result is the `Preparation` (not started) that writes
    its rows while the engine sends them."""

    def work(progress: Progress, cancel: CancelFlag) -> Preparation:
        progress(0, None, "Fingerprinting the file")
        source = job_source_for(table, validation, profile, base_url, from_file=from_file)
        cancel.check()
        job_id = journal.begin_job(source)
        return Preparation(journal, job_id, job_parts(table, validation))

    return work


def continue_work(journal: Journal, job_id: str) -> Work[Preparation | CannotContinue]:
    """A job cut short while it was prepared, made ready to go on from its file (as `backfill
    resume`): its `Preparation` (not started), or why it is not continued (it may be dropped)."""

    def work(progress: Progress, cancel: CancelFlag) -> Preparation | CannotContinue:
        job = journal.job(job_id)
        try:
            drop_if_unasked(journal, job)
            return continuation(journal, job, ValidationTally())
        except CannotContinue as refused:
            return refused

    return work


def _event_parts(
    table: Table, validation: ValidationResult | PagedValidation, events: Any
) -> Iterable[JobPart]:
    """The same rows checked as events (rows the operator excluded stay excluded)."""
    if isinstance(validation, PagedValidation):
        return validation.parts(mapping=events)
    return [JobPart(table, validate(table, events, excluded_rows=validation.excluded_rows))]


def receipt_work(journal: Journal, job_id: str) -> Work[tuple[Path, Path]]:
    """Write the finished job's receipt (a receipt per part of a pair, as the CLI does); the
    result is its (.json, .txt) paths (the users part's for a pair)."""

    def work(progress: Progress, cancel: CancelFlag) -> tuple[Path, Path]:
        pair = journal.pair_of(job_id)
        if pair is not None and pair.events_job is not None and pair.events_job != job_id:
            write_receipt(journal, pair.events_job)
        return write_receipt(journal, job_id)

    return work


def uploader_for(journal: Journal, job_id: str, **options: Any) -> Any:
    """The job's uploader: an `Uploader`, or for a users-and-events job a `PairUploader`
    (users first, each event once its user was accepted; its `on_progress` gets both parts'
    counters, `PairProgress`, its `on_chunk` the part of each request); `options` as
    `Uploader`'s."""
    pair = journal.pair_of(job_id)
    if pair is None or not pair.complete:
        return Uploader(
            get_destination(journal.job(job_id).destination_id), journal, job_id, **options
        )
    on_progress = options.pop("on_progress", None)
    on_chunk = options.pop("on_chunk", None)

    def both_parts(p: Any) -> None:
        assert on_progress is not None
        on_progress(pair_uploader.progress_of(p))

    def logged(entry: Any) -> None:
        assert on_chunk is not None
        on_chunk(pair_uploader.chunk_of(entry))

    def part(part_id: str) -> Uploader:
        return Uploader(
            get_destination(journal.job(part_id).destination_id),
            journal,
            part_id,
            on_progress=both_parts if on_progress is not None else None,
            on_chunk=logged if on_chunk is not None else None,
            **options,
        )

    pair_uploader = PairUploader(journal, pair, part)
    return pair_uploader
