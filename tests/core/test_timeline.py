"""The picture of time: bins chosen by the span, far-out tails split off, text chart."""

from __future__ import annotations

from datetime import UTC, date, datetime

import numpy as np

from app.core.timeline import BinWidth, TimelineTally


def _ms(*days: str) -> np.ndarray:
    return np.array(
        [int(datetime.fromisoformat(d).replace(tzinfo=UTC).timestamp() * 1000) for d in days],
        dtype=np.int64,
    )


def test_a_short_span_is_shown_by_day_with_empty_days_kept():
    tally = TimelineTally()
    tally.add(_ms("2024-03-01T10:00", "2024-03-01T23:59", "2024-03-04T00:00"))
    h = tally.histogram()
    assert h.width is BinWidth.DAY
    assert [(b.start, b.count) for b in h.bins] == [
        (date(2024, 3, 1), 2),
        (date(2024, 3, 2), 0),
        (date(2024, 3, 3), 0),
        (date(2024, 3, 4), 1),
    ]
    assert h.events == 3


def test_slices_add_up_and_the_width_follows_the_span():
    tally = TimelineTally()
    days = np.arange(0, 500)  # 500 days from 2023-01-01: 72 weeks
    base = _ms("2023-01-01T12:00")[0]
    for part in np.array_split(days, 7):
        tally.add(base + part * 86_400_000)
    h = tally.histogram()
    assert h.width is BinWidth.MONTH  # too many days and weeks for 60 bars
    assert sum(b.count for b in h.bins) == 500
    assert h.bins[0].start == date(2023, 1, 1) and h.bins[-1].start == date(2024, 5, 1)


def test_epoch_seconds_read_as_milliseconds_stand_out_as_a_far_tail():
    # 10,000 events in March 2024 and 20 that landed in January 1970 (a unit mistake).
    rng = np.random.default_rng(3)
    good = _ms("2024-03-01T00:00")[0] + rng.integers(0, 30 * 86_400_000, 10_000)
    wrong = rng.integers(0, 20 * 86_400_000, 20)
    tally = TimelineTally()
    tally.add(np.concatenate([good, wrong]))
    h = tally.histogram()
    assert h.earlier == 20 and h.later == 0
    assert h.width is BinWidth.DAY
    lines = h.text_lines()
    assert lines[0] == "Events per day, 10,020 in all (UTC):"
    assert lines[1].startswith("  20 far earlier")


def test_a_century_is_shown_in_groups_of_years():
    tally = TimelineTally()
    tally.add(_ms(*[f"{year}-06-01T00:00" for year in range(1900, 2100)]))
    h = tally.histogram()
    assert h.width is BinWidth.YEAR and h.step == 4 and len(h.bins) == 50
    assert h.label(h.bins[0]) == "1900–1903"


def test_no_events_no_chart():
    assert TimelineTally().histogram().text_lines() == []


def test_the_chart_leaves_out_empty_time_cells_sent_with_the_validation_time(tmp_path):
    # Review's chart counted an empty cell of a mapped time column as an event at the moment
    # of validation; the receipt's chart (JobTimes) left it out.
    from app.core.fields import get_schema
    from app.core.insight import Insight
    from app.core.mapping import suggest_mapping
    from app.core.sources import load_table
    from app.core.validate import validate

    path = tmp_path / "events.csv"
    path.write_text(
        "user_id,event,timestamp\nu1,a,2024-01-01T00:00:00Z\nu2,b,\nu3,c,2024-02-01T00:00:00Z\n",
        encoding="utf-8",
    )
    table = load_table(path)
    result = validate(table, suggest_mapping(table, get_schema("vibefollow-events")).mapping)
    assert result.invalid_rows == []  # the empty time is a warning: the row is sent
    insight = Insight()
    insight.add(result, users=False)
    assert insight.histogram().events == 2
