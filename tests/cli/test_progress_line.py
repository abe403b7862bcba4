"""The CLI progress display: in-place redraws on a TTY, throttled plain lines otherwise."""

from __future__ import annotations

import io
from dataclasses import dataclass

from app.cli.progress_line import ProgressLine, render_progress
from app.core.words import estimated_duration as format_seconds


@dataclass
class Snap:
    rows: int = 12_371
    sent: int = 8_000
    accepted: int = 7_912
    rejected: int = 88
    failed: int = 0
    pending: int = 4_371
    records_per_s: float = 2_140.4
    eta_s: float | None = 2.2
    backoff_s: float = 0.0
    backoff_reason: str = ""
    last_error: str = ""
    state: str = "running"


def test_render_words():
    text = render_progress(Snap())
    assert text == (
        "8,000 of 12,371 rows · 2,140 rows/s · about 2 s left · "
        "accepted 7,912 · rejected 88 · failed 0 · pending 4,371"
    )
    waiting = render_progress(
        Snap(backoff_s=12, backoff_reason="the API asked us to slow down (429)")
    )
    assert waiting.endswith("waiting 12 s: the API asked us to slow down (429)")


def test_format_seconds():
    assert format_seconds(None) == ""
    assert format_seconds(125) == "2 min 5 s"
    assert format_seconds(3 * 3600 + 125) == "3 h 2 min"


def test_non_tty_prints_periodic_lines():
    clock = iter([0.0, 1.0, 2.0, 6.0, 7.0]).__next__
    out = io.StringIO()
    line = ProgressLine(out, tty=False, log_interval=5.0, clock=clock)
    for accepted in (10, 20, 30, 40, 50):
        line.update(Snap(accepted=accepted))
    line.finish()
    lines = out.getvalue().splitlines()
    assert len(lines) == 3  # t=0, t=6, and the final state
    assert "accepted 10 " in lines[0] and "accepted 40 " in lines[1] and "accepted 50 " in lines[2]
    assert "\r" not in out.getvalue()


def test_tty_redraws_in_place():
    t = [0.0]
    out = io.StringIO()
    line = ProgressLine(out, tty=True, tty_interval=0.2, clock=lambda: t[0])
    line.update(Snap(accepted=1))
    t[0] = 0.5
    line.update(Snap(accepted=2))
    line.message("chunk 3 rejected 12")
    line.finish()
    text = out.getvalue()
    assert text.count("\n") == 2  # the message and the final newline; redraws use \r
    assert text.count("\r") >= 3
    assert "chunk 3 rejected 12\n" in text
