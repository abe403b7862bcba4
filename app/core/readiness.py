"""What is still missing before an upload can start, and how to say it to the operator.

Plain values in, one answer out: the Upload step renders the answer as the hint beside its
disabled Start button; nothing here knows about Qt or reads the journal itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Missing(StrEnum):
    """The first thing that stops Start, in the order the operator should fix them."""

    PREPARING = "preparing"  # the job is being written to the journal
    PROFILE = "profile"  # no profile chosen
    SANDBOX = "sandbox"  # a sandbox profile, but the built-in test server is not running
    KEY = "key"  # the profile has no API key
    JOB_PROFILE = "job_profile"  # the journal's job was started with another profile
    VALID_ROWS = "valid_rows"  # nothing validated, or no valid rows
    DUPLICATE_CHECK = "duplicate_check"  # "rows sent before?" is still being checked
    DUPLICATE_CONSENT = "duplicate_consent"  # rows sent before, "send them again" not ticked


@dataclass(frozen=True)
class StartInputs:
    """What the Upload step knows when it asks whether Start can be pressed."""

    preparing: bool = False
    profile_name: str | None = None  # None: no profile chosen
    needs_sandbox: bool = False  # the profile sends to the built-in sandbox
    sandbox_running: bool = False
    has_key: bool = False
    resumable_job: bool = False  # the session's job has rows pending and still matches
    job_profile_name: str | None = None  # a job resumed from the journal, still pending
    valid_rows: int = 0  # 0 also when nothing has been validated
    duplicates: int | None = None  # rows accepted there before (None: not checked yet)
    send_duplicates: bool = False  # the operator ticked "Send them again"


@dataclass(frozen=True)
class Readiness:
    """The answer: nothing missing (ready), or what is missing and the words for it."""

    missing: Missing | None = None
    hint: str = ""

    @property
    def ready(self) -> bool:
        """True when Start can be pressed."""
        return self.missing is None


def start_readiness(inputs: StartInputs) -> Readiness:
    """The first thing missing before Start (with its hint), or ready."""
    if inputs.preparing:
        return Readiness(Missing.PREPARING, "Writing the job to the journal…")
    name = inputs.profile_name
    if name is None:
        return Readiness(Missing.PROFILE, "Choose where to send the rows.")
    if inputs.needs_sandbox and not inputs.sandbox_running:
        return Readiness(
            Missing.SANDBOX,
            "The built-in test server is not running: choose or add another profile.",
        )
    if not inputs.has_key:
        return Readiness(Missing.KEY, f"No API key for “{name}”: press Edit… to add it.")
    if inputs.resumable_job:
        return Readiness()  # its rows were validated (and checked for duplicates) when created
    job_profile = inputs.job_profile_name
    if job_profile is not None and job_profile != name:
        return Readiness(
            Missing.JOB_PROFILE,
            f"This job was started with “{job_profile}”: choose it to resume.",
        )
    if inputs.valid_rows <= 0:
        return Readiness(Missing.VALID_ROWS, "There are no valid rows to send. Go back to Review.")
    if inputs.duplicates is None:
        return Readiness(Missing.DUPLICATE_CHECK, "Checking for rows sent before…")
    if inputs.duplicates and not inputs.send_duplicates:
        return Readiness(
            Missing.DUPLICATE_CONSENT,
            "Some rows were sent before: tick “Send them again” to send them anyway.",
        )
    return Readiness()
