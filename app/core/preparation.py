"""Preparing a job on a worker thread while an engine sends it, for the CLI and the app alike.

The thread reads, validates and writes the file with `app.core.jobs.prepare_job` (the one way
a job is prepared), committing a few blocks at a time; the engine sends each commit's rows as
they come (`RowFeed`) and ends once the preparation has ended and nothing is left. A stop
cancels the preparation as well: the job stays unfinished, and `continuation` goes on from the
file later (`backfill resume`, the app's resume), read again the same way.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import datetime
from enum import StrEnum

from app.core.jobs import JobPart, PreparedJob, prepare_job
from app.core.journal import EarlierAcceptances, JobSource, JobSummary, Journal
from app.core.row_feed import RowFeed
from app.core.tally import ValidationTally

# A job's validation time, kept with the job so a resumed preparation builds the same payloads
# (a file without a timestamp column gets this one time for every row). A job without it
# (e.g. made from cells edited in the app: the file no longer holds them) is not continued.
VALIDATED_AT = "validated_at"
# Rows the operator left out in the app, kept so a resumed preparation leaves them out too.
EXCLUDED_ROWS = "excluded_rows"

# How a preparation ended: the job it wrote, or what stopped it.
Outcome = PreparedJob | BaseException


class Preparation:
    """`prepare_job` running on its own thread into an already begun job."""

    def __init__(
        self,
        journal: Journal,
        job_id: str,
        parts: Iterable[JobPart],
        *,
        earlier: EarlierAcceptances | None = None,
        settled: Callable[[Outcome], None] | None = None,
    ) -> None:
        self.feed = RowFeed()
        # Called by `settle` with the `PreparedJob`, or the error raised: says how it went.
        self._settled = settled
        self.job_id = job_id
        self.result: PreparedJob | None = None
        self.error: BaseException | None = None
        self._ended: list[Callable[[], None]] = []
        self._cancel = threading.Event()
        self._thread = threading.Thread(
            target=self._work,
            args=(journal, parts, earlier),
            name="backfill-prepare",
            daemon=True,  # a second Ctrl-C ends the process; the journal keeps what was committed
        )

    def on_end(self, listener: Callable[[], None]) -> None:
        """Call `listener` (from the preparing thread) once `result` or `error` is set."""
        self._ended.append(listener)

    def start(self) -> None:
        """Start reading, validating and writing the file."""
        self._thread.start()

    def stop(self) -> None:
        """Stop after the block being written (the job stays unfinished, resumable)."""
        self._cancel.set()

    @property
    def running(self) -> bool:
        """Started and not ended yet."""
        return self._thread.is_alive()

    @property
    def outcome(self) -> Outcome | None:
        """The job written, or the error that stopped it; None while running."""
        return self.error or self.result

    def settle(self) -> None:
        """Wait for the end, then hand the outcome to `settled` (which may raise)."""
        self._thread.join()
        outcome = self.outcome
        if self._settled is not None and outcome is not None:
            self._settled(outcome)
        elif self.error is not None:
            raise self.error

    def _work(
        self, journal: Journal, parts: Iterable[JobPart], earlier: EarlierAcceptances | None
    ) -> None:
        try:
            self.result = prepare_job(
                journal,
                None,
                parts,
                cancel=self._cancel,
                earlier=earlier,
                feed=self.feed,
                job_id=self.job_id,
            )
        except BaseException as exc:  # told on the caller's thread by `settle` or `on_end`
            self.error = exc
        for listener in self._ended:
            listener()


def sends_while_preparing(canary: int | None, guard_settled: bool) -> bool:
    """Whether a new job is sent while it is prepared: no canary to confirm first, and the
    duplicate guard cannot ask any more (repeats allowed, none possible, or already answered).
    Otherwise the whole file is prepared first, so its question comes before anything is sent."""
    return canary is None and guard_settled


def continuable_source(
    source: JobSource, now: datetime | None, excluded_rows: Iterable[int] = ()
) -> JobSource:
    """The job's source with what a resumed preparation needs to read the file the same way:
    the validation time (None: it cannot be continued) and the rows left out."""
    info = dict(source.info)
    if now is not None:
        info[VALIDATED_AT] = now.isoformat()
    excluded = sorted(int(r) for r in excluded_rows)
    if excluded:
        info[EXCLUDED_ROWS] = excluded
    return replace(source, info=info)


def validated_at(info: object) -> datetime | None:
    """The validation time a job recorded (None for jobs from before it was recorded)."""
    text = info.get(VALIDATED_AT) if isinstance(info, dict) else None
    try:
        return datetime.fromisoformat(text) if isinstance(text, str) else None
    except ValueError:
        return None


class Refusal(StrEnum):
    """Why a job cut short while it was prepared is not continued."""

    # Stopped before the duplicate guard's question, at a destination that accepted rows
    # before: nothing of it was sent, so it is dropped and the file uploaded again.
    DROPPED = "dropped"
    # Its file is gone or changed (or the job cannot be read again the same way).
    FILE_CHANGED = "file_changed"


class CannotContinue(Exception):
    """A cut-short preparation that is not continued (`reason`); `job` as it was."""

    def __init__(self, reason: Refusal, job: JobSummary) -> None:
        super().__init__(reason.value)
        self.reason = reason
        self.job = job


def drop_if_unasked(journal: Journal, job: JobSummary) -> None:
    """Raise `CannotContinue(DROPPED)` (the job dropped) when it stopped while prepared before
    the duplicate guard's question: nothing sent, and its destination accepted rows before.
    Resuming it would skip the question."""
    if (
        journal.chunk_states(job.id)
        or not journal.accepted_prefixes(job.destination_id, job.base_url).prefixes.size
    ):
        return
    journal.discard_job(job.id)
    raise CannotContinue(Refusal.DROPPED, job)


def reread_parts(job: JobSummary, tally: ValidationTally) -> Iterator[JobPart]:
    """The job's file read and validated again from the top, the same way (same reading
    choices, mapping, validation time and left-out rows). Raises `CannotContinue(FILE_CHANGED)`
    when the file is gone or changed, `LoadError` when it cannot be opened."""
    from app.core.fingerprint import sha256_file
    from app.core.mapping import Mapping
    from app.core.stream import open_sliced
    from app.core.tally import validated_slices

    info = job.source_info if isinstance(job.source_info, dict) else {}
    now = validated_at(info)
    try:
        same = now is not None and sha256_file(job.source_path) == job.source_sha256
    except OSError:
        same = False
    if not same:
        raise CannotContinue(Refusal.FILE_CHANGED, job)
    sliced = open_sliced(
        job.source_path,
        sheet=info.get("sheet"),
        header_row=info.get("header_row"),
        encoding=info.get("encoding"),
        delimiter=info.get("delimiter"),
    )
    mapping = Mapping.from_dict(dict(job.mapping))
    excluded = frozenset(int(r) for r in info.get(EXCLUDED_ROWS) or ())
    return validated_slices(sliced, mapping, tally, now=now, excluded_rows=excluded)


def continuation(
    journal: Journal,
    job: JobSummary,
    tally: ValidationTally,
    *,
    settled: Callable[[Outcome], None] | None = None,
) -> Preparation:
    """A job whose preparation stopped part-way (a crash, a stop): the rows it lacks, written
    by a `Preparation` (not started) from its file read again. Raises as `reread_parts`."""
    return Preparation(journal, job.id, reread_parts(job, tally), settled=settled)
