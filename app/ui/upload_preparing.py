"""The Qt side of writing the Upload step's job: `JobPreparer` begins (or writes whole) the job
in a worker, or readies a cut-short job to go on from its file, then runs the core
`Preparation` on its own thread while the engine sends (`PreparingJob`); and the words for a
preparation that stopped or is not continued.

Nothing here waits for the preparing thread: its end is posted through a queued signal, as
`UploadRunner` posts the engine's callbacks.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, Qt, Signal, Slot

from app.core.cancel import Cancelled
from app.core.jobs import PreparedJob
from app.core.journal import JobSummary
from app.core.paged_validation import PagedValidation
from app.core.preparation import (
    CannotContinue,
    Outcome,
    Preparation,
    Refusal,
    sends_while_preparing,
)
from app.core.profiles import Profile
from app.core.row_feed import RowFeed
from app.core.validate import ValidationResult
from app.ui.session import Session
from app.ui.texts import number, translate
from app.ui.upload_work import Work, begin_work, continue_work, prepare_work
from app.ui.workers import Task, TaskRunner, plain_error


class PreparingJob(QObject):
    """One running `Preparation`; `ended` (its `Outcome`) arrives on the GUI thread."""

    ended = Signal(object)  # PreparedJob, or the exception that stopped it
    _posted = Signal()  # internal: the preparing thread's "ended" hops here

    def __init__(self, preparation: Preparation, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.preparation = preparation
        self.outcome: Outcome | None = None
        self._posted.connect(self._on_end, Qt.ConnectionType.QueuedConnection)
        preparation.on_end(self._post)

    @property
    def feed(self) -> RowFeed:
        """What the engine listens to for rows committed so far."""
        return self.preparation.feed

    @property
    def running(self) -> bool:
        """Started and its end not told yet."""
        return self.outcome is None

    def start(self) -> None:
        """Start writing the rows."""
        self.preparation.start()

    def stop(self) -> None:
        """Stop after the block being written (the job stays unfinished, resumable)."""
        self.preparation.stop()

    def _post(self) -> None:
        with contextlib.suppress(RuntimeError):  # the page went first (the app is closing)
            self._posted.emit()

    @Slot()
    def _on_end(self) -> None:
        self.outcome = self.preparation.outcome
        self.ended.emit(self.outcome)


class JobPreparer(QObject):
    """Makes the Upload step's job ready to run, and writes its rows while it is sent."""

    # The job to run (its id), with the `Preparation` that writes its rows while it is sent
    # (None: written whole already) and what it was made from (a validation, or None).
    ready = Signal(str, object, object)
    refused = Signal(str, str)  # a cut-short job not continued: message, hint
    failed = Signal(str, str)  # the worker failed (message, hint) or was cancelled ("", "")
    progress = Signal(int, int, str)  # the worker's
    writing_ended = Signal(object)  # the rows' writing ended while sent: its `Outcome`

    def __init__(self, session: Session, workers: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.workers = workers
        self.busy = False  # a worker writes (or begins) the job; no run yet
        self.writing: PreparingJob | None = None  # the rows written while they are sent

    def prepare(self, profile: Profile, base_url: str, canary: int | None, answered: bool) -> None:
        """A new job from the session's validation: begun and written while it is sent when
        the CLI would (no canary, the duplicate guard `answered`, not a pair), else written
        whole first."""
        session = self.session
        table, validation, journal = session.table, session.validation, session.journal
        assert validation is not None and table is not None
        # Rows the file holds as read (no edit, no subset): a cut-short job goes on from it.
        from_file = not session.edited and session.table_label is None
        then = session.then_event
        if then is None and sends_while_preparing(canary, answered):
            work: Work[object] = begin_work(
                journal, table, validation, profile, base_url, from_file=from_file
            )
        else:
            work = prepare_work(
                journal, table, validation, profile, base_url, then, from_file=from_file
            )
        task = self._start(work)
        task.finished.connect(lambda result, v=validation: self._made(result, v))

    def continue_job(self, job: JobSummary) -> None:
        """A job cut short while it was prepared: ready to go on from its file, or refused."""
        task = self._start(continue_work(self.session.journal, job.id))
        task.finished.connect(self._continued)

    def start_writing(self, preparation: Preparation | None) -> RowFeed | None:
        """Start writing the job's rows on their own thread; the feed the engine listens to."""
        if self.writing is not None:
            self.writing.deleteLater()  # ended (no start while it runs): here, on this thread
        self.writing = None if preparation is None else PreparingJob(preparation, self)
        if self.writing is None:
            return None
        self.writing.ended.connect(self.writing_ended)
        self.writing.start()
        return self.writing.feed

    @property
    def occupied(self) -> bool:
        """A worker readies the job, or its rows are still written: no new start meanwhile
        (after Cancel, the writing stops at the end of its block)."""
        return self.busy or self.still_writing

    @property
    def still_writing(self) -> bool:
        """Rows are still being written (their end not told yet)."""
        return self.writing is not None and self.writing.running

    def stop(self) -> None:
        """Stop writing after the block at hand (the job stays unfinished, resumable)."""
        if self.still_writing:
            assert self.writing is not None
            self.writing.stop()

    def stopped_words(self) -> tuple[str, str] | None:
        """Why the rows were not written to the end (see `stopped_words`), once ended."""
        writing = self.writing
        return None if writing is None or writing.running else stopped_words(writing.outcome)

    def _start(self, work: Work[object]) -> Task:
        self.busy = True
        task = self.workers.start("prepare", work)
        task.progress.connect(self.progress)
        task.failed.connect(self._failed)
        task.cancelled.connect(self._failed)
        return task

    def _failed(self, message: str = "", hint: str = "") -> None:
        self.busy = False
        self.failed.emit(message, hint)

    def _made(self, result: object, validation: ValidationResult | PagedValidation) -> None:
        self.busy = False
        if isinstance(result, Preparation):  # begun: its rows are written while it is sent
            self.ready.emit(result.job_id, result, validation)
        else:
            self.ready.emit(str(result), None, validation)

    def _continued(self, result: Preparation | CannotContinue) -> None:
        self.busy = False
        if isinstance(result, Preparation):
            self.ready.emit(result.job_id, result, None)
        else:
            self.refused.emit(*refusal_words(result))


def stopped_words(outcome: Outcome | None) -> tuple[str, str] | None:
    """(message, hint) for a preparation that stopped by a problem; None when it ended whole
    or was stopped on purpose (Cancel, pause-and-close)."""
    if outcome is None or isinstance(outcome, PreparedJob | Cancelled):
        return None
    reason, _hint = plain_error(outcome)
    return (
        translate("UploadPreparing", "The file could not be read to the end: {reason}").format(
            reason=reason
        ),
        translate(
            "UploadPreparing",
            "The rows written so far stay in the job; fix the file's problem, then press "
            "“Resume upload” to go on from where it stopped.",
        ),
    )


def reading_again_words(job: JobSummary) -> str:
    """What the run panel says while a cut-short job's file is opened again."""
    words = translate(
        "UploadPreparing", "Reading {file} again to write the rows after the first {rows}…"
    )
    return words.format(file=job.file_name, rows=number(job.rows))


def refusal_words(refused: CannotContinue) -> tuple[str, str]:
    """(message, hint) for a cut-short job that is not continued (`app.core.preparation`)."""
    job = refused.job
    if refused.reason is Refusal.DROPPED:
        message = translate(
            "UploadPreparing",
            "Job {job} was stopped while its file was being read, before anything was sent; "
            "it has been dropped.",
        )
        hint = translate(
            "UploadPreparing",
            "Upload {file} again: this destination already accepted rows before, so the "
            "upload asks about repeats first.",
        )
        return message.format(job=job.id), hint.format(file=job.file_name)
    message = translate(
        "UploadPreparing",
        "Job {job} was stopped while its file was still being read, and {path} is gone or "
        "has changed since, so the rest of it cannot be added.",
    )
    rows = job.rows  # a plain name: pyside6-lupdate skips a call whose n is dotted
    hint = translate(
        "UploadPreparing",
        "The %Ln row(s) written so far stay in the job; load the file again and upload it as "
        "a new job for the rest.",
        None,
        rows,
    )
    return message.format(job=job.id, path=job.source_path), hint
