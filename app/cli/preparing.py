"""Preparing a job on a worker thread while the engine sends it (`backfill upload` and
`backfill resume` of a job whose preparation stopped part-way).

The thread reads, validates and writes the file with `app.core.jobs.prepare_job` (the one way
a job is prepared, the app's too), committing a few blocks at a time; the engine on the main
thread sends each commit's rows as they come (`RowFeed`) and ends once the preparation has
ended and nothing is left. A stop (Ctrl-C) cancels the preparation as well: the job stays
unfinished and `backfill resume` goes on from the file.
"""

from __future__ import annotations

import threading
from datetime import datetime
from typing import Any

from app.cli.context import CliError, Context, _load_words, _n
from app.core.row_feed import RowFeed
from app.core.words import plural

# A job's validation time, kept with the job so a resumed preparation builds the same payloads
# (a file without a timestamp column gets this one time for every row).
VALIDATED_AT = "validated_at"


class Preparation:
    """`prepare_job` running on its own thread into an already begun job."""

    def __init__(
        self,
        journal: Any,
        source: Any,
        job_id: str,
        parts: Any,
        *,
        earlier: Any = None,
        settled: Any = None,
    ) -> None:
        self.feed = RowFeed()
        # Called by `settle` with the `PreparedJob`, or the error raised: says how it went.
        self._settled = settled
        self.job_id = job_id
        self.result: Any = None
        self.error: BaseException | None = None
        self._cancel = threading.Event()
        self._thread = threading.Thread(
            target=self._work,
            args=(journal, source, parts, earlier),
            name="backfill-prepare",
            daemon=True,  # a second Ctrl-C ends the process; the journal keeps what was committed
        )

    def start(self) -> None:
        """Start reading, validating and writing the file."""
        self._thread.start()

    def stop(self) -> None:
        """Stop after the block being written (the job stays unfinished, resumable)."""
        self._cancel.set()

    def settle(self) -> None:
        """Wait for the end, then hand the outcome to `settled` (which may raise `CliError`)."""
        self._thread.join()
        if self._settled is not None:
            self._settled(self.error or self.result)
        elif self.error is not None:
            raise self.error

    def _work(self, journal: Any, source: Any, parts: Any, earlier: Any) -> None:
        from app.core.jobs import prepare_job

        try:
            self.result = prepare_job(
                journal,
                source,
                parts,
                cancel=self._cancel,
                earlier=earlier,
                feed=self.feed,
                job_id=self.job_id,
            )
        except BaseException as exc:  # told on the main thread by `wait`
            self.error = exc


def validated_at(info: Any) -> datetime | None:
    """The validation time a job recorded (None for jobs from before it was recorded)."""
    text = info.get(VALIDATED_AT) if isinstance(info, dict) else None
    try:
        return datetime.fromisoformat(text) if isinstance(text, str) else None
    except ValueError:
        return None


def settled(ctx: Context, journal: Any, job_id: str, tally: Any, destination: Any) -> Any:
    """What `Preparation.settle` does for the CLI: the validation's summary, or why it stopped."""
    from app.core.cancel import Cancelled

    def told(outcome: Any) -> None:
        if isinstance(outcome, Cancelled):  # Ctrl-C: the totals say "interrupted"
            ctx.say("The file was not read to the end; `backfill resume` goes on from there.")
            return
        if isinstance(outcome, BaseException):
            raise preparation_error(outcome, journal.job(job_id)) from outcome
        print_validation(ctx, tally)
        check_some_valid(journal, job_id, outcome.rows, tally, destination)

    return told


def drop_if_guarded(journal: Any, job: Any) -> None:
    """A job stopped while it was prepared before the duplicate guard's question (its
    destination accepted rows before): nothing of it was sent, so it is dropped and the
    operator uploads the file again, question included. Resuming it would skip the question."""
    if (
        journal.chunk_states(job.id)
        or not journal.accepted_prefixes(job.destination_id, job.base_url).prefixes.size
    ):
        return
    journal.discard_job(job.id)
    raise CliError(
        f"Job {job.id} was stopped while its file was being read, before anything was sent; "
        f"it has been dropped. Upload {job.file_name} again (this destination already "
        "accepted rows before: the upload asks about repeats first)."
    )


def continue_preparation(ctx: Context, journal: Any, job: Any, destination: Any) -> Preparation:
    """A job whose preparation stopped part-way (a crash, Ctrl-C): its file is read and
    validated again from the top, the same way (same mapping, same validation time), and the
    rows it lacks are written while the engine sends. Refused when the file changed."""
    from app.core.fingerprint import sha256_file
    from app.core.mapping import Mapping
    from app.core.sources import LoadError
    from app.core.stream import open_sliced
    from app.core.tally import ValidationTally, validated_slices

    info = job.source_info if isinstance(job.source_info, dict) else {}
    now = validated_at(info)
    try:
        same = now is not None and sha256_file(job.source_path) == job.source_sha256
    except OSError:
        same = False
    if not same:
        raise CliError(
            f"Job {job.id} was stopped while its file was still being read, and "
            f"{job.source_path} is gone or has changed since, so the rest of it cannot be "
            f"added. Its {_n(job.rows)} rows written so far stay in the job; upload the file "
            "again as a new job for the rest."
        )
    try:
        sliced = open_sliced(
            job.source_path,
            sheet=info.get("sheet"),
            header_row=info.get("header_row"),
            encoding=info.get("encoding"),
            delimiter=info.get("delimiter"),
        )
    except LoadError as exc:
        raise CliError(_load_words(exc)) from exc
    mapping = Mapping.from_dict(dict(job.mapping))
    tally = ValidationTally()
    ctx.say(
        f"Job {job.id} was stopped while its file was being read: reading {job.file_name} "
        f"again to write the rows after the first {_n(job.rows)}."
    )
    return Preparation(
        journal,
        None,
        job.id,
        validated_slices(sliced, mapping, tally, now=now),
        settled=settled(ctx, journal, job.id, tally, destination),
    )


def preparation_error(exc: BaseException, job: Any = None) -> BaseException:
    """A preparation that failed, in the CLI's words (other errors as they are)."""
    from app.core.cancel import Cancelled
    from app.core.jobs import PreparationMismatch
    from app.core.sources import LoadError
    from app.core.validate import MappingProblem

    if isinstance(exc, LoadError):
        words = _load_words(exc)
    elif isinstance(exc, (MappingProblem, PreparationMismatch, Cancelled)):
        words = str(exc)
    else:
        return exc
    if job is not None and job.rows:
        words += (
            f" Job {job.id} holds the {_n(job.rows)} rows before the problem"
            f" ({_n(job.accepted)} accepted); `backfill resume {job.id}` goes on from the file."
        )
    return CliError(words)


def check_some_valid(journal: Any, job_id: str, rows: int, tally: Any, destination: Any) -> None:
    """A file without one valid row: its (empty) job is dropped and the CLI says so."""
    if not rows:
        journal.discard_job(job_id)
        raise CliError(
            f"None of the {_n(tally.rows)} rows is valid for {destination.label}; nothing to send."
        )


def print_validation(ctx: Context, tally: Any) -> None:
    """The validation's summary line, notes and first few problems."""
    ctx.say(f"Validated: {tally.summary_line()}")
    for note in tally.notes:
        ctx.say(f"  note: {note}")
    groups = tally.sorted_groups()
    for group in groups[:6]:
        kind = "not sent" if group.severity == "error" else "warning"
        ctx.say(f"  {kind}: {group.message}")
    if len(groups) > 6:
        ctx.say(f"  … and {plural(len(groups) - 6, 'more problem')}")
