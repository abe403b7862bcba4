"""The retry policy as pure decisions: no HTTP, no clock."""

from __future__ import annotations

import pytest

from app.core.retry import RetryAction, decide_retry, is_retryable_status


@pytest.mark.parametrize(
    ("status", "retryable"),
    [(408, True), (429, True), (500, True), (502, True), (503, True), (504, True),
     (501, False), (505, False), (400, False), (401, False), (403, False), (413, False),
     (415, False), (422, False), (200, False)],
)  # fmt: skip
def test_which_answers_may_be_sent_again(status, retryable):
    assert is_retryable_status(status) is retryable


def test_a_5xx_waits_its_backoff_and_goes_again():
    d = decide_retry(attempts=2, max_attempts=8, status=503, backoff=1.5)
    assert (d.action, d.delay, d.hold_all, d.widen_margin) == (RetryAction.RETRY, 1.5, 0.0, False)


def test_retry_after_wins_over_the_backoff():
    d = decide_retry(attempts=1, max_attempts=8, status=503, backoff=0.4, retry_after=7.0)
    assert (d.action, d.delay) == (RetryAction.RETRY, 7.0)
    assert (
        decide_retry(attempts=1, max_attempts=8, status=503, backoff=0.4, retry_after=-2).delay == 0
    )


def test_a_429_holds_every_request_and_widens_the_budget_margin():
    d = decide_retry(attempts=1, max_attempts=8, status=429, backoff=0.4, retry_after=12.0)
    assert (d.action, d.delay, d.hold_all, d.widen_margin) == (RetryAction.RETRY, 0.0, 12.0, True)


def test_a_throttling_body_holds_everyone_without_touching_the_margin():
    d = decide_retry(attempts=1, max_attempts=8, status=503, backoff=2.0, throttled=True)
    assert (d.hold_all, d.widen_margin, d.delay) == (2.0, False, 0.0)


def test_attempts_used_up_fail_the_rows_or_stop_when_never_reached():
    assert decide_retry(attempts=8, max_attempts=8, status=500, backoff=1).action is (
        RetryAction.FAIL_ROWS
    )
    unreachable = decide_retry(attempts=8, max_attempts=8, status=None, backoff=1, unreachable=True)
    assert unreachable.action is RetryAction.STOP_JOB
    # Before the last attempt, an unreachable server is simply tried again.
    again = decide_retry(attempts=3, max_attempts=8, status=None, backoff=1, unreachable=True)
    assert again.action is RetryAction.RETRY
