"""What a job's rejection report holds, the same for `backfill report`, the end of a CLI
upload and the app's Report step: a job's own rows not accepted, or, for a users-and-events
job (`app.core.pair`), one line per row not delivered whole, naming its part
(`app.core.pair_outcomes.pair_outcomes`).

Either part's id reports the whole pair; an events part still being written is not yet a
pair (`Journal.pair_of` hides it), so such a job reports its own rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.journal import JobSummary, Journal, Pair, RowOutcome
from app.core.pair_outcomes import PairOutcome, PairSummary, pair_outcomes, pair_summary

# One line of a report: a job's row outcome, or a pair's row not delivered whole.
ReportLine = RowOutcome | PairOutcome


@dataclass(frozen=True)
class JobReport:
    """A job's report lines. `job`: the users part for a pair (its columns are the sheet's);
    `pair`: both parts' summaries, None for a single job."""

    job: JobSummary
    outcomes: list[ReportLine]  # PairOutcome lines for a pair
    pair: PairSummary | None = None

    @property
    def columns(self) -> list[str] | None:
        """The source file's headers (the report's first columns), when they were stored."""
        info = self.job.source_info
        headers = info.get("headers") if isinstance(info, dict) else None
        return [str(h) for h in headers] if headers else None


def complete_pair(journal: Journal, job_id: str) -> Pair | None:
    """The complete pair this job is a part of (either part's id), else None."""
    pair = journal.pair_of(job_id)
    return pair if pair is not None and pair.complete else None


def job_report(journal: Journal, job_id: str) -> JobReport:
    """The report of a job, or of the whole pair when the job is a part of one (KeyError for
    an unknown id)."""
    pair = complete_pair(journal, job_id)
    if pair is None:
        return JobReport(journal.job(job_id), list(journal.row_outcomes(job_id)))
    summary = pair_summary(journal, pair)
    return JobReport(summary.users, list(pair_outcomes(journal, pair)), summary)
