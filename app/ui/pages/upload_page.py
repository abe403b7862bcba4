"""④ Upload: where the rows go (profile, banner, key), the estimate, then Start/Pause/Resume/Cancel.

The page renders; it decides nothing about HTTP. The job is written on a worker thread while
`UploadRunner` runs the core Uploader on the qasync loop, sending each block once committed
(`JobPreparer`, the CLI's way); with a canary or a users-and-events job, all of it first.
The one primary button is Start → Pause/Resume → Continue (after a canary) → Next: Report.
The parts are widgets of their own: `ProfilePicker` (where), `RunPanel` (progress, counters,
Cancel), `ChunkLogView` (the requests sent); what stops Start is `app.core.readiness`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.core.paged_validation import PagedValidation
from app.core.preparation import Outcome, Preparation
from app.core.profiles import Profile
from app.core.readiness import StartInputs, start_readiness
from app.core.uploader import ChunkLogEntry, Uploader, UploadSettings
from app.core.uploader import Progress as UploadProgress  # not the workers' progress callback
from app.core.validate import ValidationResult
from app.ui.dialogs.confirm_production import ConfirmProductionDialog, open_confirmation
from app.ui.dialogs.profile_dialog import ConnectionCheck, ProfileDialog
from app.ui.pages.base import StepPage
from app.ui.session import Session
from app.ui.session_job import SessionJob
from app.ui.texts import translate
from app.ui.upload_closing import ClosingInOrder, ask_pause_and_close
from app.ui.upload_core_words import readiness_text
from app.ui.upload_preparing import JobPreparer, reading_again_words
from app.ui.upload_runner import RunOutcome, RunState, UploadRunner
from app.ui.upload_words import (
    RunWords,
    canary_words,
    ending_words,
    estimate_words,
    heading_words,
    missing_profile_words,
    primary_words,
    say_words,
)
from app.ui.upload_work import receipt_work, uploader_for
from app.ui.widgets.canary_choice import CanaryChoice
from app.ui.widgets.chunk_log_view import ChunkLogView
from app.ui.widgets.duplicate_warning import DuplicateWarning
from app.ui.widgets.notice import Notice
from app.ui.widgets.profile_picker import ProfilePicker
from app.ui.widgets.run_panel import RunPanel
from app.ui.widgets.upload_banner import ProfileBanner
from app.ui.words.pair_words import unready_pair_words
from app.ui.workers import TaskRunner

# The states with a run to act on: the primary button is Pause, Resume, Continue or Next.
_PRIMARY_WHILE = (RunState.RUNNING, RunState.PAUSED, RunState.CANARY_DONE, RunState.FINISHED)


class UploadPage(StepPage):
    """The fourth step. Owns the UploadRunner (and with it the upload Task) and its workers."""

    title = "Upload"
    icon_name = "step-upload"

    # The run paused in order after "pause and close?": the window may close now.
    close_window_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.runner = UploadRunner(self)
        # Engine knobs for this page's uploads (tests shrink the chunk size).
        self.upload_settings = UploadSettings()
        self.workers = TaskRunner(self, max_threads=1)
        self.job = SessionJob(session)
        self.preparer = JobPreparer(session, self.workers, self)
        # Median answer time measured in the last upload (None: the typical 0.3 s is assumed).
        self.measured_request_s: float | None = None
        self._last_progress: UploadProgress | None = None
        self.receipt_paths: tuple[Path, Path] | None = None
        self.confirm_dialog: ConfirmProductionDialog | None = None
        # Asked when the window closes mid-upload; tests replace it (never a blocking modal).
        self.ask_pause_and_close: Callable[[], bool] = lambda: ask_pause_and_close(self)
        self.closing = ClosingInOrder(
            self.runner,
            self.preparer,
            ask=lambda: self.ask_pause_and_close(),
            closing=lambda: self.session.say(say_words("closing")),
            close=self.close_window_requested.emit,
        )
        self._build()
        self.runner.progress.connect(self._on_progress)
        self.runner.chunk_logged.connect(self._on_chunk)
        self.runner.state_changed.connect(self._on_run_state)
        self.runner.canary_finished.connect(self._on_canary)
        self.runner.finished.connect(self._on_finished)
        self.runner.finished.connect(self.log_view.flush)
        self.runner.canary_finished.connect(self.log_view.flush)
        self.preparer.ready.connect(self._prepared)
        self.preparer.refused.connect(self._refused)
        self.preparer.failed.connect(self._prepare_failed)
        self.preparer.writing_ended.connect(self._writing_ended)
        session.validation_changed.connect(self._inputs_changed)
        session.destination_changed.connect(self._reload_profiles)
        session.sandbox_changed.connect(self._reload_profiles)
        session.job_changed.connect(self._job_changed)

    # -- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(12)
        self.heading = QLabel(translate("UploadPage", "Upload"))
        self.heading.setObjectName("pageHeading")
        layout.addWidget(self.heading)
        self.banner = ProfileBanner()
        layout.addWidget(self.banner)

        # Where: profile, destination, key; then the estimate and the test batch.
        self.picker = picker = ProfilePicker(self.session, self.workers)
        picker.chosen.connect(self._profile_chosen)
        self.estimate_label = QLabel("")
        self.estimate_label.setWordWrap(True)
        picker.add_fact(translate("UploadPage", "Estimate"), self.estimate_label)
        self.canary = CanaryChoice()
        picker.add_fact("", self.canary)
        layout.addWidget(picker)
        self.profiles_notice = picker.notice
        layout.addWidget(self.profiles_notice)

        # A damaged upload history was set aside on opening: past jobs are gone from resume.
        self.journal_notice = Notice()
        layout.addWidget(self.journal_notice)
        self.duplicate_guard = DuplicateWarning(self.session, self.workers)
        self.duplicate_guard.changed.connect(self.state_changed)
        layout.addWidget(self.duplicate_guard)

        self.run_panel = self.progress_card = RunPanel()
        self.run_panel.cancel_requested.connect(self.cancel)
        self.preparer.progress.connect(self.run_panel.show_fraction)
        layout.addWidget(self.run_panel)
        self.notice = Notice()
        layout.addWidget(self.notice)

        self.log_label = QLabel(translate("UploadPage", "Requests sent"))
        self.log_label.setObjectName("sectionLabel")
        layout.addWidget(self.log_label)
        self.log_view = ChunkLogView()
        self.log_model = self.log_view.log_model
        layout.addWidget(self.log_view, 1)
        self.log_label.hide()
        self.log_view.hide()
        layout.addStretch(0)
        self._name_parts()

    def _name_parts(self) -> None:
        # The parts' widgets under the names the page has always offered (tests, screenshots).
        picker, panel = self.picker, self.run_panel
        self.profile_combo = picker.combo
        self.add_profile_button, self.edit_profile_button = picker.add_button, picker.edit_button
        self.target_label, self.key_label = picker.target_label, picker.key_label
        self.test_button, self.test_result = picker.test_button, picker.test_result
        self.bar, self.progress_label = panel.bar, panel.progress_label
        self.counter_labels, self.wait_label = panel.counter_labels, panel.wait_label
        self.cancel_button = panel.cancel_button
        self.canary_check, self.canary_rows = self.canary.check, self.canary.rows
        self.duplicate_notice = self.duplicate_guard.notice
        self.send_duplicates = self.duplicate_guard.send_again

    @property
    def profile(self) -> Profile | None:
        """The chosen profile."""
        return self.picker.profile

    @property
    def base_url(self) -> str:
        """Where the chosen profile sends ("" when the sandbox it means is not running)."""
        return self.picker.base_url

    @property
    def last_check(self) -> ConnectionCheck | None:
        """The answer of the last Test connection."""
        return self.picker.last_check

    @property
    def duplicates(self) -> int | None:
        """Valid rows this destination accepted before (None while not checked)."""
        return self.duplicate_guard.duplicates

    @property
    def counts(self) -> dict[str, int]:
        """Accepted, rejected, failed and pending rows, as last shown."""
        return self.run_panel.counts

    # -- StepPage ------------------------------------------------------------------------------

    def can_enter(self) -> bool:
        v = self.session.validation
        return self.session.job_id is not None or (v is not None and v.valid_count > 0)

    def is_complete(self) -> bool:
        return self.runner.state == RunState.FINISHED

    def primary_text(self) -> str:
        if self.runner.state in _PRIMARY_WHILE or self.preparer.occupied:
            return primary_words(self.runner.state, preparing=self.preparer.occupied)
        resumable = self.job.resumable(self.profile) is not None
        return primary_words(self.runner.state, resumable=resumable)

    def primary_enabled(self) -> bool:
        if self.runner.state in _PRIMARY_WHILE:
            return True  # Pause, Resume, Continue, Next: always possible
        return not self.primary_hint() and not self.preparer.occupied

    def primary_hint(self) -> str:
        if self.runner.is_active() or self.runner.state == RunState.CANARY_DONE:
            return ""
        inputs = self._start_inputs()
        return readiness_text(start_readiness(inputs), inputs)

    def _start_inputs(self) -> StartInputs:
        profile, v = self.profile, self.session.validation
        return StartInputs(
            preparing=self.preparer.occupied,
            profile_name=profile.name if profile is not None else None,
            needs_sandbox=self.picker.needs_sandbox,
            sandbox_running=bool(self.session.sandbox_url),
            has_key=bool(self.picker.api_key()),
            resumable_job=self.job.resumable(self.profile) is not None,
            job_profile_name=self.job.journal_profile(),
            valid_rows=v.valid_count if v is not None else 0,
            duplicates=self.duplicates,
            send_duplicates=self.send_duplicates.isChecked(),
        )

    def on_primary(self) -> None:
        actions = {
            RunState.RUNNING: self.pause,
            RunState.PAUSED: self.resume,
            RunState.CANARY_DONE: self.continue_after_canary,
            RunState.FINISHED: self.advance_requested.emit,
        }
        actions.get(self.runner.state, self.start)()

    def on_enter(self) -> None:
        if self.profile_combo.count() == 0:
            self._reload_profiles()
        self.show_journal_note()
        self._refresh_facts()
        self._check_duplicates()

    def busy_reason(self) -> str:
        if self.runner.is_active():
            return translate("UploadPage", "Upload is running. Pause or cancel it first.")
        return ""

    def show_journal_note(self) -> None:
        """Warn when the upload history was damaged and set aside (the journal says so)."""
        journal = self.session.journal
        note = journal.recovery_note if journal is not None else None
        if note:
            self.journal_notice.show_message(
                "warning",
                note,
                translate("UploadPage", "New uploads are recorded as usual from now on."),
            )
        else:
            self.journal_notice.clear()

    def can_close(self) -> bool:
        """An upload running (or its job still written): ask, then pause in order and close
        once that is done (False now); see `app.ui.upload_closing`."""
        return self.closing.can_close()

    def shutdown(self) -> None:
        self.preparer.stop()  # the journal keeps what was committed: the job stays resumable
        self.run_panel.stop_wait()
        self.log_view.stop()
        self.runner.shutdown()
        self.workers.shutdown()
        if self.confirm_dialog is not None:
            self.confirm_dialog.reject()
        self.picker.close_dialog()

    # -- profiles (the picker does the work) ---------------------------------------------------

    def _reload_profiles(self) -> None:
        self.picker.reload()

    def select_profile(self, name: str) -> bool:
        """Choose a profile by name (returns False when it is not offered here)."""
        return self.picker.select(name)

    def _profile_chosen(self) -> None:
        self._refresh_facts()
        self._check_duplicates()

    def _open_profile_dialog(self, profile: Profile | None) -> ProfileDialog:
        return self.picker.open_dialog(profile)

    def needs_confirmation(self) -> bool:
        """True when rows would leave the sandbox (any non-sandbox profile or non-local URL)."""
        return self.picker.leaves_sandbox()

    # -- facts ---------------------------------------------------------------------------------

    def _refresh_facts(self) -> None:
        self.banner.show_profile(
            self.profile, self.base_url or translate("UploadPage", "(sandbox not running)")
        )
        self.picker.show_facts()
        rows, dest_id = self.job.rows_to_send(self.profile), self.picker.destination_id
        settings, measured = self.upload_settings, self.measured_request_s
        self.estimate_label.setText(estimate_words(rows, dest_id, settings, measured))
        job = self.job.resumable(self.profile)
        job_id = job.id if job is not None else self.session.job_id
        self.heading.setText(heading_words(job_id))
        self.state_changed.emit()

    # -- the session's job ---------------------------------------------------------------------

    def _inputs_changed(self) -> None:
        self.job.forget()
        self.duplicate_guard.forget()
        if not self.runner.is_active() and self.runner.state != RunState.CANARY_DONE:
            self._reset_run_view()
        if self.isVisible():
            self._check_duplicates()
        self._refresh_facts()

    def _job_changed(self) -> None:
        self.job.forget()
        self._refresh_facts()

    def resume_job(self, job_id: str, start: bool = True) -> None:
        """Continue a job from the journal (resume-on-start, "Retry failed rows"); a pair as
        one upload (users, then their events), by either part's id."""
        job = self.job.adopt(job_id)
        if job is None:  # a pair cut short while it was prepared: dropped
            self.notice.show_message("error", *unready_pair_words())
            return
        if self.session.destination_id != job.destination_id:
            self.session.set_destination(job.destination_id)
        self._reload_profiles()
        self._reset_run_view()
        if job.profile_name and not self.select_profile(job.profile_name):
            # Never resume a job through another profile: it could send to the wrong place.
            self.notice.show_message("error", *missing_profile_words(job.profile_name))
            self._refresh_facts()
            return
        self.run_panel.show_job(job, self.job.pair())
        if job.rows > job.pending:  # partly sent: show how far it got before Resume is pressed
            self.run_panel.show_stopped(job)
        self._refresh_facts()
        if start and self.job.has_work():
            self.start()

    def _check_duplicates(self) -> None:
        profile = self.profile
        self.duplicate_guard.check(profile.destination_id if profile else None, self.base_url)

    # -- starting ------------------------------------------------------------------------------

    def start(self) -> None:
        """Start (or resume) the upload, asking first when rows would leave the sandbox."""
        if self.runner.is_active() or self.preparer.occupied:
            return
        hint = self.primary_hint()
        if hint:
            self.notice.show_message("warning", hint)
            return
        self.notice.clear()
        if self.needs_confirmation():
            self._ask_confirmation()
        else:
            self._confirmed()

    def _ask_confirmation(self) -> None:
        assert self.profile is not None
        rows = self.job.rows_to_send(self.profile)
        self.confirm_dialog = open_confirmation(
            self.profile, rows, self.base_url, self, self._confirmed, self._confirmation_closed
        )

    def _confirmation_closed(self, _result: int) -> None:
        self.confirm_dialog = None

    def _confirmed(self) -> None:
        job = self.job.resumable(self.profile)
        if job is not None and job.preparing and self.job.pair() is None:
            # Cut short while it was prepared: its file is read again (`backfill resume`).
            self.preparer.continue_job(job)
            self._show_preparing(reading_again_words(job))
        elif job is not None:
            self._run(job.id)
        else:
            assert self.profile is not None
            # The duplicate guard was answered before Start (readiness): it cannot ask again.
            answered = self.duplicates == 0 or self.send_duplicates.isChecked()
            canary = self.canary.chosen_rows()
            self.preparer.prepare(self.profile, self.base_url, canary, answered)
            self._show_preparing(translate("UploadPage", "Preparing the upload…"))

    def _show_preparing(self, words: str) -> None:
        self._reset_run_view()
        self.run_panel.show()
        self.cancel_button.setEnabled(False)
        self.run_panel.show_indefinite(words)
        self.state_changed.emit()

    def _prepared(self, job_id: str, preparation: Preparation | None, origin: object) -> None:
        rows = None  # the rows it will have, when known before they are written
        if isinstance(origin, ValidationResult | PagedValidation):  # else: from the journal
            self.job.origin, rows = origin, origin.valid_count
            self.session.set_job(job_id)
        self._run(job_id, preparation, rows)

    def _refused(self, message: str, hint: str) -> None:
        self._prepare_failed()
        self.notice.show_message("error", message, hint)
        self.session.job_changed.emit()  # read again (it may have been dropped)

    def _prepare_failed(self, message: str = "", hint: str = "") -> None:
        self.run_panel.show_determinate()
        self.run_panel.hide()
        if message:
            words = translate("UploadPage", "The upload could not be prepared: {reason}")
            self.notice.show_message("error", words.format(reason=message), hint)
        self.state_changed.emit()

    def _run(
        self, job_id: str, preparation: Preparation | None = None, rows: int | None = None
    ) -> None:
        """Send the job; with `preparation`, its rows as they are written (started here)."""
        self.job.forget()
        profile = self.profile
        assert profile is not None
        journal = self.session.journal
        base_url, api_key = self.base_url, self.picker.api_key() or ""
        job = journal.job(job_id)
        self.run_panel.show_job(job, self.job.pair())
        feed = self.preparer.start_writing(preparation)

        def make(
            on_progress: Callable[[UploadProgress], None],
            on_chunk: Callable[[ChunkLogEntry], None],
        ) -> Uploader:  # or, for users and their events, a PairUploader
            return uploader_for(
                journal,
                job_id,
                base_url=base_url,
                api_key=api_key,
                settings=self.upload_settings,
                on_progress=on_progress,
                on_chunk=on_chunk,
                feed=feed,
            )

        canary = self.canary.chosen_rows()
        if feed is not None or job.accepted + job.rejected + job.failed > 0:
            canary = None  # a job already under way has had its canary (none while writing)
        self.run_panel.show_running()
        self.log_label.show()
        self.log_view.show()
        self.notice.clear()
        if rows is None or feed is None:
            rows = self.job.left_to_send()  # a pair's users and events; else the job's pending
        self.session.say(say_words("canary", canary) if canary else say_words("start", rows))
        self.runner.start(make, canary_rows=canary)
        self._refresh_facts()

    # -- running -------------------------------------------------------------------------------

    def pause(self) -> None:
        """Finish the requests in flight, then send nothing new until `resume()`."""
        self.runner.pause()
        self.session.say(say_words("pause"))
        if self._last_progress is not None:
            p = self._last_progress
            self.run_panel.show_sent(p.done, p.rows)

    def resume(self) -> None:
        """Carry on after `pause()`."""
        self.runner.resume()
        self.session.say(say_words("resume"))

    def cancel(self) -> None:
        """Stop sending; unsent rows stay pending and the job can be resumed later. The answers
        to the requests already sent are waited for and recorded first."""
        stopping = self.runner.is_active()
        self.preparer.stop()  # and the job's rows are no longer written (resumable)
        self.runner.cancel()
        if stopping:
            self.session.say(say_words("cancel"))

    def continue_after_canary(self) -> None:
        """The operator saw the canary's outcome and wants the rest sent."""
        self.notice.clear()
        self.runner.proceed()

    def _on_run_state(self, _state: str) -> None:
        active = self.runner.is_active()
        editable = not active and self.runner.state != RunState.CANARY_DONE
        self.picker.set_editable(editable, idle=not active)
        self.canary.set_editable(editable)
        self.cancel_button.setEnabled(active or self.runner.state == RunState.CANARY_DONE)
        if self.runner.state == RunState.PAUSED:
            self.wait_label.setText(say_words("paused"))
        self.state_changed.emit()

    def _on_progress(self, p: UploadProgress) -> None:
        self._last_progress = p
        if p.latency_s:
            self.measured_request_s = p.latency_s  # the next estimate uses what was measured
        self.run_panel.show_progress(p, running=self.runner.state == RunState.RUNNING)

    def _on_chunk(self, entry: ChunkLogEntry) -> None:
        self.log_view.add(entry)

    def _on_canary(self, outcome: RunOutcome) -> None:
        self.job.forget()
        job = self.session.journal.job(self.session.job_id)
        self.run_panel.show_job(job, self.job.pair())
        self.run_panel.show_sent(job.accepted + job.rejected + job.failed, job.rows)
        self._say(canary_words(job))
        self.state_changed.emit()

    def _on_finished(self, outcome: RunOutcome) -> None:
        self.preparer.stop()  # the engine stopped early (a refused key …): read no further
        self.job.forget()
        self.run_panel.stop_wait()
        job = self.job.current_part()  # a pair's: the part the run stopped in, else its users
        if job is not None:
            self.run_panel.show_job(job, self.job.pair())
            self.run_panel.show_sent(job.rows - job.pending, job.rows)
        self.wait_label.setText("")  # a "Last problem" is the notice's sentence: say it once
        words = ending_words(outcome, job, self.job.pair())
        if words.finished:
            self._write_receipt()
        self._say(words)
        self._tell_writing_stopped()
        if words.settle is not None:
            self.runner_state_override(words.settle)
        self._refresh_facts()
        self.session.job_changed.emit()

    def _say(self, words: RunWords) -> None:
        if words.kind:
            self.notice.show_message(words.kind, words.message, words.hint)  # alerts too
        elif words.finished:
            self.run_panel.announce_end(words.say)
        self.session.say(words.say)

    def _writing_ended(self, _outcome: Outcome) -> None:
        """The job's rows stopped being written (all of them, or cut short)."""
        if self.runner.is_active():
            return  # the engine sends what is left, then ends (`_on_finished`)
        self.job.forget()  # the run ended first: the job's figures are final only now
        job = self.job.current_part()
        if job is not None:
            self.run_panel.show_job(job)  # the rows written since the run ended count too
        self._tell_writing_stopped()
        self._refresh_facts()

    def _tell_writing_stopped(self) -> None:
        """Once the run and the writing both ended: why the file was not read to the end."""
        words = None if self.runner.is_active() else self.preparer.stopped_words()
        if words is not None:
            self.notice.show_message("error", *words)

    def runner_state_override(self, state: RunState) -> None:
        """The job did not finish although the engine returned (stopped, or rows left over)."""
        if self.runner.state == RunState.FINISHED:
            self.runner.settle(state)

    def _write_receipt(self) -> None:
        job_id = self.session.job_id
        if job_id is None:
            return
        task = self.workers.start("receipt", receipt_work(self.session.journal, job_id))
        task.finished.connect(self._receipt_written)
        task.failed.connect(
            lambda message, hint: self.session.say(say_words("receipt", reason=message))
        )

    def _receipt_written(self, paths: tuple[Path, Path]) -> None:
        self.receipt_paths = paths
        self.session.job_changed.emit()  # the Report step says "receipt saved"

    def _reset_run_view(self) -> None:
        self._last_progress = None
        self.log_view.clear()
        self.notice.clear()
        self.run_panel.reset()
        self.log_label.hide()
        self.log_view.hide()
        if not self.runner.is_active():
            self.runner.reset()
