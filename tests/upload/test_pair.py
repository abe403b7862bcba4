"""A pair (users + their events from one sheet) over the sandbox: users first, an event only
after its user was accepted; an event of a rejected or invalid user is rejected, never sent;
one of a failed user waits for the retry; counts add up per part."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from app.core.destinations import get_destination
from app.core.jobstate import Verdict
from app.core.journal import Journal
from app.core.journal_pairs import USER_NOT_SENT, USER_REJECTED
from app.core.pair import abandon_unready, discard_pair
from app.core.pair_outcomes import pair_outcomes, pair_summary, pair_verdict
from app.core.pair_run import PairRun
from app.core.uploader import Uploader
from app.sandbox import DEFAULT_API_KEY
from tests.upload.jobs import FAST, assert_journal_consistent
from tests.upload.pair_files import prepare_signups, write_signups_csv


def _run(journal: Journal, pair, sandbox, *, limit_rows: int | None = None) -> PairRun:
    parts: list[str] = []

    def make(job_id: str) -> Uploader:
        job = journal.job(job_id)
        return Uploader(
            get_destination(job.destination_id),
            journal,
            job_id,
            base_url=sandbox.base_url,
            api_key=DEFAULT_API_KEY,
            settings=FAST,
        )

    run = PairRun(journal, pair, make, on_part=parts.append)
    asyncio.run(run.run(limit_rows=limit_rows))
    run.parts = parts  # type: ignore[attr-defined]
    return run


def _event_users(sandbox) -> list[str]:
    return [r["external_user_id"] for r in sandbox.records("vibefollow-events")]


def test_a_rejected_users_event_is_rejected_and_never_sent(sandbox, tmp_path: Path) -> None:
    sandbox.set_faults(
        reject_field="external_user_id",
        reject_pattern="^u3$",
        reject_message="blocked user",
        endpoints=("vibefollow-users",),
    )
    csv = write_signups_csv(tmp_path / "signups.csv", 10, bad_emails=(6,))
    with Journal(tmp_path / "j.sqlite3") as journal:
        prepared = prepare_signups(journal, csv, sandbox.base_url)
        pair = prepared.pair
        assert journal.pair_of(pair.users_job) == pair == journal.pair_of(pair.events_job or "")
        # Before anything is sent, every event waits for its user.
        assert journal.held_rows(pair.events_job or "") == 10
        run = _run(journal, pair, sandbox)
        assert run.parts == ["users", "events"]  # type: ignore[attr-defined]
        summary = pair_summary(journal, pair)
        users, events = summary.users, summary.events
        assert (users.accepted, users.rejected, users.invalid, users.pending) == (8, 1, 1, 0)
        assert (events.accepted, events.rejected, events.pending, events.rows) == (8, 2, 0, 10)
        for job_id in (pair.users_job, pair.events_job or ""):
            assert_journal_consistent(journal, job_id)
        # The sandbox holds an event for each accepted user only, once.
        assert sorted(_event_users(sandbox)) == sorted(
            f"u{i}" for i in range(10) if i not in (3, 6)
        )
        assert all(r["name"] == "user_signed_up" for r in sandbox.records("vibefollow-events"))
        assert {r["properties"]["plan"] for r in sandbox.records("vibefollow-events")} == {
            "free",
            "pro",
        }
        rejected = {o.row: o for o in journal.row_outcomes(pair.events_job or "", ("rejected",))}
        assert rejected[5].code == USER_REJECTED
        assert rejected[5].message == "its user was rejected: blocked user"
        assert rejected[8].code == USER_NOT_SENT
        lines = {o.row: o for o in pair_outcomes(journal, pair)}
        assert sorted(lines) == [5, 8]
        assert (lines[5].part, lines[5].user_state, lines[5].event_state) == (
            "user",
            "rejected",
            "rejected",
        )
        assert lines[5].field.startswith("user") and lines[5].message == "blocked user"
        assert (lines[8].state, lines[8].part) == ("invalid", "user")
        assert pair_verdict(summary) is Verdict.DONE_WITH_PROBLEMS


def test_a_failed_users_event_waits_for_the_retry(sandbox, tmp_path: Path) -> None:
    # Every users request fails (500) until the faults are lifted: the users fail.
    sandbox.set_faults(p500=1.0, endpoints=("vibefollow-users",))
    csv = write_signups_csv(tmp_path / "signups.csv", 4)
    with Journal(tmp_path / "j.sqlite3") as journal:
        pair = prepare_signups(journal, csv, sandbox.base_url).pair
        events_job = pair.events_job or ""
        _run(journal, pair, sandbox)
        summary = pair_summary(journal, pair)
        assert summary.users.failed == 4 and summary.events.pending == 4 == summary.held
        assert summary.waiting_for_users == 4
        assert pair_verdict(summary) is Verdict.DONE_WITH_PROBLEMS
        assert _event_users(sandbox) == []
        sandbox.set_faults()
        assert journal.reset_failed_to_pending(pair.users_job) == 4
        assert pair_verdict(pair_summary(journal, pair)) is Verdict.UNFINISHED
        _run(journal, pair, sandbox)
        summary = pair_summary(journal, pair)
        assert (summary.users.accepted, summary.events.accepted, summary.held) == (4, 4, 0)
        assert pair_verdict(summary) is Verdict.DELIVERED
        assert sorted(_event_users(sandbox)) == ["u0", "u1", "u2", "u3"]
        assert_journal_consistent(journal, events_job)


def test_a_canary_sends_the_first_users_then_only_their_events(sandbox, tmp_path: Path) -> None:
    csv = write_signups_csv(tmp_path / "signups.csv", 6)
    with Journal(tmp_path / "j.sqlite3") as journal:
        pair = prepare_signups(journal, csv, sandbox.base_url).pair
        _run(journal, pair, sandbox, limit_rows=2)
        assert sorted(_event_users(sandbox)) == ["u0", "u1"]
        summary = pair_summary(journal, pair)
        assert (summary.users.pending, summary.events.pending, summary.held) == (4, 4, 4)
        assert pair_verdict(summary) is Verdict.UNFINISHED
        _run(journal, pair, sandbox)
        assert sorted(_event_users(sandbox)) == [f"u{i}" for i in range(6)]
        assert pair_verdict(pair_summary(journal, pair)) is Verdict.DELIVERED


def test_a_stopped_users_part_keeps_the_events_from_starting(sandbox, tmp_path: Path) -> None:
    csv = write_signups_csv(tmp_path / "signups.csv", 3)
    with Journal(tmp_path / "j.sqlite3") as journal:
        pair = prepare_signups(journal, csv, sandbox.base_url).pair
        run = PairRun(journal, pair, lambda job_id: pytest.fail("nothing may start"))
        run.cancel()
        assert asyncio.run(run.run()) is False
        assert _event_users(sandbox) == [] and sandbox.records("vibefollow-users") == []


def test_a_pair_cut_short_in_preparation_is_dropped_whole(sandbox, tmp_path: Path) -> None:
    csv = write_signups_csv(tmp_path / "signups.csv", 3)
    with Journal(tmp_path / "j.sqlite3") as journal:
        pair = prepare_signups(journal, csv, sandbox.base_url).pair
        # As if the process died between the two transactions: the events job never came.
        journal.discard_job(pair.events_job or "")
        assert journal.pair_of(pair.users_job) is None  # its link went with it
        pair2 = prepare_signups(journal, csv, sandbox.base_url).pair
        discard_pair(journal, pair2)
        assert journal.list_jobs() == [journal.job(pair.users_job)]
        assert abandon_unready(journal, pair) is False  # complete pairs are never dropped
