"""The session's upload job as the Upload step sees it: what it was made from, and its summary.

A users-and-events job (`app.core.pair`) is known by its users part; what it has left to send
counts both parts (`app.core.resume.rows_to_send`).

The summary is cached: the journal serialises access, so a read on the GUI thread could wait
behind a long write in a worker. `forget()` drops it whenever the job may have moved on.
"""

from __future__ import annotations

from app.core.job_report import complete_pair
from app.core.journal import JobSummary
from app.core.paged_validation import PagedValidation
from app.core.pair_outcomes import PairSummary, pair_summary
from app.core.profiles import Profile
from app.core.resume import drop_if_unready, pair_to_send, rows_to_send, upload_id
from app.core.validate import ValidationResult
from app.ui.session import Session


class FromJournal:
    """Marks a job resumed from the journal rather than created from this page's validation."""


JOB_FROM_JOURNAL = FromJournal()
# What the session's job was made from: this validation, a journal job, or nothing yet.
JobOrigin = ValidationResult | PagedValidation | FromJournal | None
_Read = tuple[str, JobSummary | None, PairSummary | None]


class SessionJob:
    """The session's job id, where it came from, and its last-read summary."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.origin: JobOrigin = None
        self._cache: _Read | None = None

    def forget(self) -> None:
        """The job may have changed in the journal: read it again next time."""
        self._cache = None

    def _read(self) -> _Read | None:
        job_id = self.session.job_id
        if job_id is None:
            return None
        cached = self._cache
        if cached is None or cached[0] != job_id:
            journal = self.session.journal
            try:
                job = journal.job(job_id)
            except KeyError:
                cached = (job_id, None, None)
            else:
                pair = complete_pair(journal, job_id)
                cached = (job_id, job, pair_summary(journal, pair) if pair else None)
            self._cache = cached
        return cached

    def summary(self) -> JobSummary | None:
        """The session's job as last read from the journal (None: no job, or unknown id)."""
        read = self._read()
        return read[1] if read is not None else None

    def pair(self) -> PairSummary | None:
        """Both parts of the session's job when it is a users-and-events job, else None."""
        read = self._read()
        return read[2] if read is not None else None

    def left_to_send(self) -> int:
        """Rows still to send: the job's pending rows, or a pair's users and their events."""
        job, pair = self.summary(), self.pair()
        if job is None:
            return 0
        return rows_to_send(pair) if pair is not None else int(job.pending)

    def has_work(self) -> bool:
        """Rows still to send, or a preparation cut short to go on with (rows still to write)."""
        job = self.summary()
        return job is not None and (self.left_to_send() > 0 or job.preparing)

    def current_part(self) -> JobSummary | None:
        """The part the run is at: a pair's users while any is pending, then its events while
        they have rows to send; the users part once it is done (or a single job)."""
        job, pair = self.summary(), self.pair()
        if pair is None or pair.users.pending or not rows_to_send(pair):
            return job
        return pair.events

    def adopt(self, job_id: str) -> JobSummary | None:
        """Make a journal job the session's, to continue it: a pair by its users part, its
        events held behind users accepted before a crash let go. None when it was a pair whose
        preparation was cut short: it is dropped (nothing of it was sent)."""
        journal = self.session.journal
        if drop_if_unready(journal, job_id):
            return None
        job_id = upload_id(journal, job_id)
        pair = complete_pair(journal, job_id)
        if pair is not None:
            pair_to_send(journal, pair)
        job = journal.job(job_id)
        self.forget()
        self.origin = JOB_FROM_JOURNAL
        self.session.set_job(job.id)
        return job

    def resumable(self, profile: Profile | None) -> JobSummary | None:
        """The job when it still has rows to send and still matches what's loaded (and the
        chosen profile: another profile's rows go in a job of their own)."""
        if self.session.job_id is None or self.session.journal is None:
            return None
        if self.origin is not JOB_FROM_JOURNAL and self.origin is not self.session.validation:
            return None
        job = self.summary()
        if job is None:
            return None
        if profile is not None and job.profile_name != profile.name:
            return None
        return job if self.has_work() else None

    def rows_to_send(self, profile: Profile | None) -> int:
        """The resumable job's rows left to send, else the validation's valid rows."""
        job = self.resumable(profile)
        if job is not None:
            return self.left_to_send()
        v = self.session.validation
        return 0 if v is None else int(v.valid_count)

    def journal_profile(self) -> str | None:
        """The profile a job resumed from the journal was started with, while rows are pending."""
        if self.origin is not JOB_FROM_JOURNAL or self.session.job_id is None:
            return None
        job = self.summary()
        return job.profile_name if job is not None and self.has_work() else None
