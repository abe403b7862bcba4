"""What the Upload step says: the estimate, and how a run (or its test batch) ended. No widgets.

For an ending: the notice on the page, the status-bar sentence, and the state the runner
settles in when the engine returned but the job is not done.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.destinations import get_destination
from app.core.jobstate import Verdict, verdict
from app.core.journal import JobSummary
from app.core.uploader import UploadSettings, estimate
from app.core.words import duration_words, plural
from app.ui.upload_runner import RunOutcome, RunState


@dataclass(frozen=True)
class RunWords:
    """A notice (kind, message, hint), the status-bar sentence, and the state to settle in."""

    kind: str  # "error", "warning" or "info"; "" for no notice
    message: str
    hint: str
    say: str
    settle: RunState | None = None  # None: the runner's own end state stands
    finished: bool = False  # every row has its final state: write the receipt


def estimate_words(
    rows: int, destination_id: str, settings: UploadSettings, request_s: float | None
) -> str:
    """ "12,371 rows → 13 requests → about 8 s" (and the estimate's note, if any)."""
    if rows <= 0:
        return "Nothing to send yet."
    # The page's own settings: a fixed concurrency of 1 sends one request at a time.
    fixed = settings.min_concurrency == settings.max_concurrency
    concurrency = settings.max_concurrency if fixed else settings.initial_concurrency
    est = estimate(
        rows,
        get_destination(destination_id),
        concurrency=concurrency,
        chunk_size=settings.chunk_size,
        request_s=request_s,
    )
    text = (
        f"{plural(est.rows, 'row')} → {plural(est.requests, 'request')} → "
        f"about {duration_words(est.seconds)}"
    )
    return f"{text}; {est.note}" if est.note else text


def canary_words(job: JobSummary) -> RunWords:
    """After the test batch: what happened to its rows, and how to go on."""
    sent = job.accepted + job.rejected + job.failed
    return RunWords(
        "info" if not (job.rejected or job.failed) else "warning",
        f"Test batch: of the first {plural(sent, 'row')}, {job.accepted:,} accepted, "
        f"{job.rejected:,} rejected, {job.failed:,} failed.",
        f"Press “Continue upload” to send the remaining {plural(job.pending, 'row')}, "
        "or Cancel to stop here (the job stays resumable).",
        "Test batch finished — check the outcome, then continue or cancel.",
    )


def ending_words(outcome: RunOutcome, job: JobSummary | None) -> RunWords:
    """After a run: stopped by a problem, stopped with rows pending, or finished."""
    ending = verdict(job) if job is not None else None
    pending = job.pending if job is not None else 0
    if outcome.state == RunState.FAILED or ending is Verdict.STOPPED:
        message = outcome.message or (job.last_error if job else "") or "The upload stopped."
        return RunWords(
            "error",
            message,
            "Rows not sent yet stay pending: fix the problem, then press “Resume upload”.",
            f"Upload stopped by a problem (see the Upload step); "
            f"{plural(pending, 'row')} stay pending.",
            settle=RunState.FAILED,
        )
    if outcome.state == RunState.CANCELLED or ending is Verdict.UNFINISHED:
        return RunWords(
            "info",
            f"Upload stopped. {plural(pending, 'row')} not sent yet stay pending.",
            "Press “Resume upload” to send them now, or resume the job later.",
            f"Upload stopped; {plural(pending, 'row')} stay pending.",
            settle=RunState.CANCELLED,
        )
    assert job is not None
    return RunWords(
        "",
        "",
        "",
        f"Upload finished: {job.accepted:,} accepted, {job.rejected:,} rejected, "
        f"{job.failed:,} failed.",
        finished=True,
    )
