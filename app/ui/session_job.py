"""The session's upload job as the Upload step sees it: what it was made from, and its summary.

The summary is cached: the journal serialises access, so a read on the GUI thread could wait
behind a long write in a worker. `forget()` drops it whenever the job may have moved on.
"""

from __future__ import annotations

from app.core.journal import JobSummary
from app.core.profiles import Profile
from app.core.validate import ValidationResult
from app.ui.session import Session


class FromJournal:
    """Marks a job resumed from the journal rather than created from this page's validation."""


JOB_FROM_JOURNAL = FromJournal()
# What the session's job was made from: this validation, a journal job, or nothing yet.
JobOrigin = ValidationResult | FromJournal | None


class SessionJob:
    """The session's job id, where it came from, and its last-read summary."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.origin: JobOrigin = None
        self._cache: tuple[str, JobSummary | None] | None = None

    def forget(self) -> None:
        """The job may have changed in the journal: read it again next time."""
        self._cache = None

    def summary(self) -> JobSummary | None:
        """The session's job as last read from the journal (None: no job, or unknown id)."""
        job_id = self.session.job_id
        if job_id is None:
            return None
        cached = self._cache
        if cached is None or cached[0] != job_id:
            try:
                cached = (job_id, self.session.journal.job(job_id))
            except KeyError:
                cached = (job_id, None)
            self._cache = cached
        return cached[1]

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
        return job if job.pending > 0 else None

    def rows_to_send(self, profile: Profile | None) -> int:
        """The resumable job's pending rows, else the validation's valid rows."""
        job = self.resumable(profile)
        if job is not None:
            return int(job.pending)
        v = self.session.validation
        return 0 if v is None else int(v.valid_count)

    def journal_profile(self) -> str | None:
        """The profile a job resumed from the journal was started with, while rows are pending."""
        if self.origin is not JOB_FROM_JOURNAL or self.session.job_id is None:
            return None
        job = self.summary()
        return job.profile_name if job is not None and job.pending else None
