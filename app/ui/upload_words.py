"""What the Upload step says: the estimate, and how a run (or its test batch) ended. No widgets.

For an ending: the notice on the page, the status-bar sentence, and the state the runner
settles in when the engine returned but the job is not done.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.destinations import get_destination
from app.core.jobstate import Verdict, verdict
from app.core.journal import JobSummary
from app.core.pair_outcomes import PairSummary
from app.core.uploader import UploadSettings, estimate
from app.ui.texts import number, translate
from app.ui.upload_core_words import duration_text, estimate_note, reason_text, rows_text
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
        return translate("UploadWords", "Nothing to send yet.")
    # The page's own settings: a fixed concurrency of 1 sends one request at a time.
    fixed = settings.min_concurrency == settings.max_concurrency
    concurrency = settings.max_concurrency if fixed else settings.initial_concurrency
    destination = get_destination(destination_id)
    est = estimate(
        rows,
        destination,
        concurrency=concurrency,
        chunk_size=settings.chunk_size,
        request_s=request_s,
    )
    n_requests = est.requests  # a plain name: pyside6-lupdate skips a call whose n is dotted
    requests = translate("UploadWords", "%Ln request(s)", None, n_requests)
    text = translate("UploadWords", "{rows} → {requests} → about {time}").format(
        rows=rows_text(est.rows), requests=requests, time=duration_text(est.seconds)
    )
    note = estimate_note(destination) if est.note else ""
    return (
        translate("UploadWords", "{estimate}; {note}").format(estimate=text, note=note)
        if note
        else text
    )


def _outcome(job: JobSummary) -> dict[str, str]:
    return {
        "accepted": number(job.accepted),
        "rejected": number(job.rejected),
        "failed": number(job.failed),
    }


def canary_words(job: JobSummary) -> RunWords:
    """After the test batch: what happened to its rows, and how to go on."""
    sent, pending = job.accepted + job.rejected + job.failed, job.pending
    message = translate(
        "UploadWords",
        "Test batch: of the first %Ln row(s), {accepted} accepted, {rejected} rejected, "
        "{failed} failed.",
        None,
        sent,
    ).format(**_outcome(job))
    hint = translate(
        "UploadWords",
        "Press “Continue upload” to send the remaining %Ln row(s), or Cancel to stop here "
        "(the job stays resumable).",
        None,
        pending,
    )
    return RunWords(
        "info" if not (job.rejected or job.failed) else "warning",
        message,
        hint,
        translate(
            "UploadWords", "Test batch finished — check the outcome, then continue or cancel."
        ),
    )


def ending_words(
    outcome: RunOutcome, job: JobSummary | None, pair: PairSummary | None = None
) -> RunWords:
    """After a run: stopped by a problem, stopped with rows pending, or finished (a pair's
    end says both parts)."""
    ending = verdict(job) if job is not None else None
    pending = job.pending if job is not None else 0
    if outcome.state == RunState.FAILED or ending is Verdict.STOPPED:
        message = outcome.message or (job.last_error if job else "") or "The upload stopped."
        return RunWords(
            "error",
            reason_text(message),
            translate(
                "UploadWords",
                "Rows not sent yet stay pending: fix the problem, then press “Resume upload”.",
            ),
            translate(
                "UploadWords",
                "Upload stopped by a problem (see the Upload step); %Ln row(s) stay pending.",
                None,
                pending,
            ),
            settle=RunState.FAILED,
        )
    if outcome.state == RunState.CANCELLED or ending is Verdict.UNFINISHED:
        return RunWords(
            "info",
            translate(
                "UploadWords",
                "Upload stopped. %Ln row(s) not sent yet stay pending.",
                None,
                pending,
            ),
            translate(
                "UploadWords", "Press “Resume upload” to send them now, or resume the job later."
            ),
            translate("UploadWords", "Upload stopped; %Ln row(s) stay pending.", None, pending),
            settle=RunState.CANCELLED,
        )
    assert job is not None
    if pair is not None:
        return RunWords("", "", "", _pair_finished(pair), finished=True)
    say = translate(
        "UploadWords", "Upload finished: {accepted} accepted, {rejected} rejected, {failed} failed."
    )
    return RunWords("", "", "", say.format(**_outcome(job)), finished=True)


def _pair_finished(pair: PairSummary) -> str:
    """ "Upload finished: users 9 accepted, …; events 8 accepted, …, 1 waiting for their user"."""
    users, events = _outcome(pair.users), _outcome(pair.events)
    if pair.waiting_for_users:
        say = translate(
            "UploadWords",
            "Upload finished: users {accepted} accepted, {rejected} rejected, {failed} failed; "
            "events {e_accepted} accepted, {e_rejected} rejected, {e_failed} failed, {held} "
            "waiting for their user.",
        )
    else:
        say = translate(
            "UploadWords",
            "Upload finished: users {accepted} accepted, {rejected} rejected, {failed} failed; "
            "events {e_accepted} accepted, {e_rejected} rejected, {e_failed} failed.",
        )
    held = number(pair.waiting_for_users)
    return say.format(**users, **{f"e_{k}": v for k, v in events.items()}, held=held)


def primary_words(state: RunState, *, preparing: bool = False, resumable: bool = False) -> str:
    """The window's primary button on the Upload step, in English: the shell shows it
    translated, with its mnemonic (`app.ui.shell_words.primary_words`). Start (or Resume)
    upload before a run, then Pause → Resume → Continue (after a test batch) → Next: Report."""
    while_running = {
        RunState.RUNNING: "Pause",
        RunState.PAUSED: "Resume",
        RunState.CANARY_DONE: "Continue upload ▶",
        RunState.FINISHED: "Next: Report ▶",
    }
    if state in while_running:
        return while_running[state]
    if preparing:
        return "Preparing…"
    return "Resume upload ▶" if resumable else "Start upload ▶"


def say_words(event: str, rows: int = 0, reason: str = "") -> str:
    """The status-bar sentence (read out by screen readers) for a step of a run."""
    if event == "canary":
        return translate("UploadPage", "Test batch: sending the first %Ln row(s)…", None, rows)
    if event == "start":
        return translate("UploadPage", "Uploading %Ln row(s)…", None, rows)
    if event == "receipt":
        words = translate("UploadPage", "The receipt could not be saved: {reason}")
        return words.format(reason=reason)
    return {
        "pause": translate(
            "UploadPage", "Pausing: the requests in flight finish, nothing new is sent."
        ),
        "paused": translate("UploadPage", "Paused. Nothing new is sent until you press Resume."),
        "resume": translate("UploadPage", "Sending again."),
        "cancel": translate(
            "UploadPage", "Stopping: the requests already sent finish, nothing new is sent."
        ),
        "closing": translate(
            "UploadPage",
            "Pausing: waiting for the answers to the requests already sent, then closing. "
            "The upload can be resumed later.",
        ),
    }[event]


def heading_words(job_id: str | None) -> str:
    """The step's heading: "Upload", or "Upload — job …" once there is a job."""
    if not job_id:
        return translate("UploadPage", "Upload")
    return translate("UploadPage", "Upload — job {job}").format(job=job_id)


def missing_profile_words(profile_name: str) -> tuple[str, str]:
    """(message, hint) when a journal job's profile is gone: never resume through another."""
    message = translate(
        "UploadPage", "This job was started with the profile “{name}”, which no longer exists."
    )
    hint = translate("UploadPage", "Add a profile with that name (and its API key) to resume it.")
    return message.format(name=profile_name), hint
