"""The CLI's words around a job prepared while it is sent (`backfill upload` and `backfill
resume` of a job whose preparation stopped part-way); the preparation itself is
`app.core.preparation` (the app's too).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.cli.context import CliError, Context, _load_words, _n
from app.core.journal import Journal
from app.core.preparation import Outcome, Preparation
from app.core.tally import ValidationTally
from app.core.words import plural


def settled(
    ctx: Context, journal: Journal, job_id: str, tally: ValidationTally, destination: Any
) -> Callable[[Outcome], None]:
    """What `Preparation.settle` does for the CLI: the validation's summary, or why it stopped."""
    from app.core.cancel import Cancelled

    def told(outcome: Outcome) -> None:
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
    destination accepted rows before): dropped (`app.core.preparation.drop_if_unasked`), and
    the operator uploads the file again, question included."""
    from app.core.preparation import CannotContinue, drop_if_unasked

    try:
        drop_if_unasked(journal, job)
    except CannotContinue as exc:
        raise CliError(
            f"Job {job.id} was stopped while its file was being read, before anything was "
            f"sent; it has been dropped. Upload {job.file_name} again (this destination "
            "already accepted rows before: the upload asks about repeats first)."
        ) from exc


def continue_preparation(ctx: Context, journal: Any, job: Any, destination: Any) -> Preparation:
    """A job whose preparation stopped part-way (a crash, Ctrl-C): its file is read and
    validated again from the top, the same way, and the rows it lacks are written while the
    engine sends (`app.core.preparation.continuation`). Refused when the file changed."""
    from app.core.preparation import CannotContinue, continuation
    from app.core.sources import LoadError
    from app.core.tally import ValidationTally

    tally = ValidationTally()
    try:
        preparation = continuation(
            journal, job, tally, settled=settled(ctx, journal, job.id, tally, destination)
        )
    except CannotContinue as exc:
        raise CliError(
            f"Job {job.id} was stopped while its file was still being read, and "
            f"{job.source_path} is gone or has changed since, so the rest of it cannot be "
            f"added. Its {_n(job.rows)} rows written so far stay in the job; upload the file "
            "again as a new job for the rest."
        ) from exc
    except LoadError as exc:
        raise CliError(_load_words(exc)) from exc
    ctx.say(
        f"Job {job.id} was stopped while its file was being read: reading {job.file_name} "
        f"again to write the rows after the first {_n(job.rows)}."
    )
    return preparation


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
