"""The Upload step's background work, as plain functions a `TaskRunner` worker runs.

Writing a job to the journal takes seconds for 1M rows and the receipt reads every row's
state, so neither may run on the GUI thread. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from app.core.jobs import Progress, job_source, prepare_job
from app.core.journal import Journal
from app.core.paged_validation import PagedValidation, job_parts
from app.core.profiles import Profile
from app.core.receipt import write_receipt
from app.core.table import Table
from app.core.validate import ValidationResult
from app.core.words import plural
from app.ui.workers import CancelFlag

T = TypeVar("T")
# What `TaskRunner.start` runs: work(progress, cancel) -> result.
Work = Callable[[Progress, CancelFlag], T]


def prepare_work(
    journal: Journal,
    table: Table,
    validation: ValidationResult | PagedValidation,
    profile: Profile,
    base_url: str,
) -> Work[str]:
    """Write the job (every valid row pending, original cells kept); the result is its id."""

    def work(progress: Progress, cancel: CancelFlag) -> str:
        total = validation.valid_count
        progress(0, total, "Fingerprinting the file")
        source = job_source(
            table,
            validation.mapping,
            destination_id=profile.destination_id,
            base_url=base_url,
            profile_name=profile.name,
        )
        progress(0, total, f"Writing {plural(total, 'row')} to the journal")
        parts = job_parts(table, validation)  # a paged file: its slices, validated again
        prepared = prepare_job(
            journal, source, parts, progress=progress, cancel=cancel, total=total
        )
        return prepared.job_id

    return work


def receipt_work(journal: Journal, job_id: str) -> Work[tuple[Path, Path]]:
    """Write the finished job's receipt; the result is its (.json, .txt) paths."""

    def work(progress: Progress, cancel: CancelFlag) -> tuple[Path, Path]:
        return write_receipt(journal, job_id)

    return work
