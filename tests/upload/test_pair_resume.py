"""Continuing a pair (`app.core.resume`), the same for the CLI and the app: listed once as an
unfinished upload, by its users job; not listed while only events held behind failed users
are left (a retry sends them); events held behind users accepted before a crash are let go."""

from __future__ import annotations

import asyncio
from pathlib import Path

from app.core.destinations import get_destination
from app.core.job_report import job_report
from app.core.journal import Journal
from app.core.pair_outcomes import pair_outcomes
from app.core.resume import retry_failed, unfinished_uploads, upload_id
from app.core.uploader import Uploader
from app.sandbox import DEFAULT_API_KEY
from tests.upload.jobs import FAST
from tests.upload.pair_files import prepare_signups, write_signups_csv
from tests.upload.test_pair import _run


def _send_users_only(journal: Journal, job_id: str, sandbox) -> None:
    """The users part alone, as a run killed before it released the events leaves it."""
    uploader = Uploader(
        get_destination(journal.job(job_id).destination_id),
        journal,
        job_id,
        base_url=sandbox.base_url,
        api_key=DEFAULT_API_KEY,
        settings=FAST,
    )
    asyncio.run(uploader.run())


def test_a_pair_is_listed_once_and_only_while_it_has_rows_to_send(sandbox, tmp_path: Path):
    sandbox.set_faults(p500=1.0, endpoints=("vibefollow-users",))
    csv = write_signups_csv(tmp_path / "signups.csv", 4)
    with Journal(tmp_path / "j.sqlite3") as journal:
        pair = prepare_signups(journal, csv, sandbox.base_url).pair
        events_job = pair.events_job or ""
        assert upload_id(journal, events_job) == pair.users_job
        (listed,) = unfinished_uploads(journal)
        assert (listed.id, listed.to_send) == (pair.users_job, 8)
        _run(journal, pair, sandbox)
        # Only events held behind failed users are left: not a resume's work, a retry's.
        assert [j.id for j in journal.unfinished_jobs()] == [events_job]
        assert unfinished_uploads(journal) == []
        assert retry_failed(journal, events_job) == 4  # either part's id: both parts' rows
        (listed,) = unfinished_uploads(journal)
        assert (listed.id, listed.to_send) == (pair.users_job, 8)


def test_events_held_behind_users_accepted_before_a_crash_are_let_go(sandbox, tmp_path: Path):
    csv = write_signups_csv(tmp_path / "signups.csv", 5)
    with Journal(tmp_path / "j.sqlite3") as journal:
        pair = prepare_signups(journal, csv, sandbox.base_url).pair
        _send_users_only(journal, pair.users_job, sandbox)
        assert journal.held_rows(pair.events_job or "") == 5
        (listed,) = unfinished_uploads(journal)
        assert listed.pair is not None and listed.to_send == 5
        assert journal.held_rows(pair.events_job or "") == 0
        _run(journal, pair, sandbox)
        assert unfinished_uploads(journal) == []
        assert len(sandbox.records("vibefollow-events")) == 5


def test_either_parts_report_is_the_pairs(sandbox, tmp_path: Path):
    sandbox.set_faults(
        reject_field="external_user_id", reject_pattern="^u1$", endpoints=("vibefollow-users",)
    )
    csv = write_signups_csv(tmp_path / "signups.csv", 3)
    with Journal(tmp_path / "j.sqlite3") as journal:
        pair = prepare_signups(journal, csv, sandbox.base_url).pair
        _run(journal, pair, sandbox)
        for job_id in (pair.users_job, pair.events_job or ""):
            report = job_report(journal, job_id)
            assert report.job.id == pair.users_job and report.pair is not None
            assert report.outcomes == pair_outcomes(journal, pair)
            assert report.columns == ["id", "email", "plan", "signed_up"]
