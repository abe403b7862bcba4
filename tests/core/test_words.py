"""The operator's words for counts, durations and moments (app/core/words.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.core.words import (
    duration_words,
    local_clock,
    local_date,
    local_day,
    local_minute,
    plural,
    progress_words,
    wait_words,
)


def test_plural_counts_with_thousands_separators():
    assert plural(1, "row") == "1 row"
    assert plural(0, "row") == "0 rows"
    assert plural(12_371, "request") == "12,371 requests"


def test_duration_words_are_short_and_never_zero():
    assert duration_words(0) == "1 s"
    assert duration_words(-5) == "1 s"
    assert duration_words(8.4) == "8 s"
    assert duration_words(120) == "2 min"
    assert duration_words(200) == "3 min 20 s"
    assert duration_words(3900) == "1 h 05 min"


def test_progress_words_leave_out_what_is_unknown():
    assert progress_words(8000, 12371, 2140.4, 2.2) == (
        "8,000 of 12,371 rows · 2,140 rows/s · about 2 s left"
    )
    assert progress_words(5, 10, None, None) == "5 of 10 rows"
    assert progress_words(10, 10, 100.0, 3.0) == "10 of 10 rows · 100 rows/s"  # done: no eta
    assert progress_words(0, 1, None, None) == "0 of 1 row"


def test_wait_words():
    assert wait_words(12, "the API asked us to slow down (429)") == (
        "Waiting 12 s: the API asked us to slow down (429)"
    )


def test_local_moments_in_the_operators_time_zone():
    moment = datetime(2026, 11, 3, 10, 42, 7, tzinfo=UTC)
    local = moment.astimezone()
    assert local_clock(moment) == local.strftime("%H:%M:%S")
    assert local_clock(moment.timestamp()) == local.strftime("%H:%M:%S")
    assert len(local_clock()) == 8
    assert local_date(moment) == local.strftime("%Y-%m-%d")
    assert local_minute(moment) == local.strftime("%Y-%m-%d %H:%M")


def test_local_day_names_the_year_only_when_it_is_not_this_one():
    now = datetime.now(UTC)
    local = now.astimezone()
    assert local_day(now) == f"{local.day} {local:%b}"
    old = now - timedelta(days=800)
    assert local_day(old).endswith(str(old.astimezone().year))


def test_the_three_duration_styles_share_one_clock():
    from app.core.words import duration_words, estimated_duration, measured_duration

    assert [duration_words(s) for s in (0.2, 59.6, 3599.6)] == ["1 s", "1 min", "1 h 00 min"]
    assert [measured_duration(s) for s in (None, 9.96, 59.6)] == ["-", "10.0 s", "1 min 0 s"]
    assert [estimated_duration(s) for s in (None, float("nan"), 725)] == ["", "", "12 min"]


def test_a_wait_without_a_reason_and_a_short_wait():
    from app.core.words import wait_words

    assert wait_words(0.4) == "Waiting 0.4 s"
    assert wait_words(90, "retrying") == "Waiting 1 min 30 s: retrying"
