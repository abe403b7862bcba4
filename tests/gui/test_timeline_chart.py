"""The timeline chart draws one bar per bin, the far-out tails in their own colour."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
from PySide6.QtGui import QColor

from app.core.timeline import TimelineTally
from app.ui.widgets.timeline_chart import _TAIL_COLOUR, TimelineChart


def _tally() -> TimelineTally:
    rng = np.random.default_rng(5)
    start = int(datetime(2024, 3, 1, tzinfo=UTC).timestamp() * 1000)
    good = start + rng.integers(0, 20 * 86_400_000, 5000)
    tally = TimelineTally()
    tally.add(np.concatenate([good, rng.integers(0, 86_400_000, 30)]))  # 30 land in 1970
    return tally


def test_bars_follow_the_counts_and_the_tail_is_amber(qtbot):
    chart = TimelineChart()
    qtbot.addWidget(chart)
    chart.resize(600, 180)
    histogram = _tally().histogram()
    chart.set_histogram(histogram)
    rects = chart.bar_rects()
    assert len(rects) == len(histogram.bins) + 1  # the "far earlier" bar first
    counts = [histogram.earlier] + [b.count for b in histogram.bins]
    tallest = max(range(len(counts)), key=counts.__getitem__)
    assert rects[tallest].height() == max(r.height() for r in rects)
    image = chart.grab().toImage()
    tail = rects[0].center().toPoint()
    assert QColor(image.pixel(tail)) == _TAIL_COLOUR
    assert "30 earlier" in chart.accessibleDescription()


def test_no_events_says_so(qtbot):
    chart = TimelineChart()
    qtbot.addWidget(chart)
    chart.set_histogram(TimelineTally().histogram())
    assert chart.bar_rects() == []
    assert chart.summary() == "No event times to show."
