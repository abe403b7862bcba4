"""What stops Start on the Upload step (app/core/readiness.py), without Qt."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.core.readiness import Missing, StartInputs, start_readiness

READY = StartInputs(profile_name="Sandbox", has_key=True, valid_rows=10, duplicates=0)


def test_everything_there_is_ready():
    answer = start_readiness(READY)
    assert answer.ready and answer.missing is None and answer.hint == ""


@pytest.mark.parametrize(
    ("change", "missing", "words"),
    [
        ({"preparing": True}, Missing.PREPARING, "Writing the job"),
        ({"profile_name": None}, Missing.PROFILE, "Choose where"),
        ({"needs_sandbox": True}, Missing.SANDBOX, "test server is not running"),
        ({"has_key": False}, Missing.KEY, "No API key for “Sandbox”"),
        ({"job_profile_name": "Staging"}, Missing.JOB_PROFILE, "started with “Staging”"),
        ({"valid_rows": 0}, Missing.VALID_ROWS, "no valid rows"),
        ({"duplicates": None}, Missing.DUPLICATE_CHECK, "Checking for rows sent before"),
        ({"duplicates": 3}, Missing.DUPLICATE_CONSENT, "Send them again"),
    ],
)
def test_each_missing_input_is_named(change, missing, words):
    answer = start_readiness(replace(READY, **change))
    assert not answer.ready
    assert answer.missing is missing
    assert words in answer.hint


def test_the_first_missing_thing_wins():
    nothing = StartInputs()
    assert start_readiness(nothing).missing is Missing.PROFILE
    assert start_readiness(replace(nothing, preparing=True)).missing is Missing.PREPARING
    no_key = replace(READY, has_key=False, valid_rows=0, duplicates=None)
    assert start_readiness(no_key).missing is Missing.KEY


def test_a_running_sandbox_and_ticked_duplicates_are_fine():
    assert start_readiness(replace(READY, needs_sandbox=True, sandbox_running=True)).ready
    assert start_readiness(replace(READY, duplicates=3, send_duplicates=True)).ready
    assert start_readiness(replace(READY, job_profile_name="Sandbox")).ready


def test_a_job_with_rows_pending_needs_no_new_validation():
    resumable = replace(READY, resumable_job=True, valid_rows=0, duplicates=None)
    assert start_readiness(resumable).ready
    # …but still a profile that can reach the destination with a key.
    assert start_readiness(replace(resumable, has_key=False)).missing is Missing.KEY
