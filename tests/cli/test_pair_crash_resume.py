"""Crash safety of a pair: `backfill upload --then-event` killed with SIGKILL while sending
the users, its resume killed while sending the events, then a last resume → every user and
every event of an accepted user held by the sandbox, none for a rejected user, and each part's
counts add up."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.core.journal import Journal
from tests.cli.test_crash_resume import _cli, _cli_run
from tests.upload.pair_files import write_signups_csv
from tests.waiting import wait_until

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

ROWS = 3_000


def _requests(sandbox, endpoint: str) -> int:
    return int(sandbox.stats()[endpoint]["requests"])


def _kill_once_sending(sandbox, argv, env, endpoint: str, log: Path) -> None:
    """Start `argv`, wait until it sends to `endpoint`, kill it (SIGKILL)."""
    before = _requests(sandbox, endpoint)
    with log.open("ab") as out:
        proc = subprocess.Popen(argv, env=env, stdout=out, stderr=subprocess.STDOUT)
        try:
            wait_until(
                lambda: _requests(sandbox, endpoint) > before or proc.poll() is not None,
                timeout=60,
                what=f"the run to send to {endpoint}",
            )
            assert proc.poll() is None, log.read_text()
        finally:
            proc.kill()
            proc.wait(timeout=30)


def _users_job() -> str:
    with Journal() as journal:
        return next(j.id for j in journal.list_jobs() if j.destination_id == "vibefollow-users")


def test_a_pair_killed_in_each_part_resumes_exactly_where_it_stopped(sandbox, tmp_path):
    sandbox.configure(latency_ms=250)
    sandbox.set_faults(
        reject_field="external_user_id", reject_pattern="^u7$", endpoints=("vibefollow-users",)
    )
    src = write_signups_csv(tmp_path / "signups.csv", ROWS)
    env, common = _cli_run(sandbox)
    log = tmp_path / "run.log"
    upload = _cli(
        "upload", str(src), "-d", "vibefollow-users", "--then-event", "user_signed_up",
        "--event-time", "signed_up", *common,
    )  # fmt: skip
    _kill_once_sending(sandbox, upload, env, "vibefollow-users", log)
    users_job = _users_job()
    with Journal() as journal:
        pair = journal.pair_of(users_job)
        assert pair is not None and pair.events_job is not None
        users = journal.job(users_job)
        assert users.pending > 0  # killed mid-users
        assert journal.job(pair.events_job).accepted == 0  # and no event went before its user
    resume = _cli("resume", users_job, *common)
    _kill_once_sending(sandbox, resume, env, "vibefollow-events", log)
    with Journal() as journal:
        assert journal.job(users_job).pending == 0  # the users part had ended first
        events = journal.job(pair.events_job)
        assert events.accepted + events.rejected + events.failed + events.pending == ROWS
    final = subprocess.run(resume, env=env, capture_output=True, text=True, timeout=120)
    assert final.returncode == 1, final.stdout + final.stderr + log.read_text()  # u7 rejected
    assert "Traceback" not in final.stderr + log.read_text()
    with Journal() as journal:
        for job_id in (users_job, pair.events_job):
            job = journal.job(job_id)
            assert journal.state_counts(job_id) == {
                "accepted": ROWS - 1, "rejected": 1, "failed": 0, "pending": 0,
            }  # fmt: skip
            assert job.accepted + job.rejected == job.rows == ROWS
        (why,) = journal.row_outcomes(pair.events_job, ("rejected",))
        assert why.row == 9 and why.message.startswith("its user was rejected")
    event_users = [e["external_user_id"] for e in sandbox.records("vibefollow-events")]
    assert len(event_users) == len(set(event_users)) == ROWS - 1
    assert "u7" not in event_users
