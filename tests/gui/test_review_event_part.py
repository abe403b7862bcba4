"""Review shows a users-and-events sheet's event part as its upload will check it
(`app.core.pair_validation`): how many events are invalid, their problems, and that their
users are still sent. Nothing of it without a then-event."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from app.core.sources import load_table
from app.ui.widgets.event_part_panel import EventPartPanel
from tests.gui.conftest import WAIT_MS
from tests.upload.pair_files import THEN_EVENT, USERS_MAPPING

SHEET = """id,email,plan,signed_up
u0,u0@example.com,free,2024-03-04T10:00:00Z
u1,u1@example.com,pro,
u2,u2@example.com,free,not a date
u3,u3@example.com,pro,2024-03-05T10:00:00Z
"""


def _reviewed(qtbot, make_window, tmp_path: Path, then_event=THEN_EVENT):
    """A window on the Review step for the signups sheet, checked; and its event panel."""
    path = tmp_path / "signups.csv"
    path.write_text(SHEET, encoding="utf-8")
    window = make_window("vibefollow-users")
    session = window.session
    session.set_table(load_table(path))
    session.set_mapping(USERS_MAPPING)
    session.set_then_event(then_event)
    review = window.pages[2]
    assert window.go_to(2)
    qtbot.waitUntil(lambda: session.validation is not None and not review.is_busy, timeout=WAIT_MS)
    panel = review.findChild(EventPartPanel)
    assert panel is not None
    return window, panel


def test_review_shows_the_event_parts_problems(qtbot, make_window, tmp_path):
    window, panel = _reviewed(qtbot, make_window, tmp_path)
    qtbot.waitUntil(lambda: panel.tally is not None and panel.isVisible(), timeout=WAIT_MS)
    assert window.session.validation.invalid_count == 0  # the users are all valid
    assert panel.heading.text() == "Then-event (user_signed_up): 4 rows checked, 1 invalid"
    problems = panel.problems.text()
    assert "Event: 1 row: " in problems and "row 4" in problems  # "not a date"
    assert "empty" in problems.lower() and "row 3" in problems  # the empty time: a warning
    assert "still sends its user" in panel.note.text()
    assert panel.heading.accessibleName() and panel.problems.accessibleName()

    # A new event part (another name) is checked again; none hides the section.
    window.session.set_then_event(replace(THEN_EVENT, name="joined"))
    qtbot.waitUntil(lambda: panel.heading.text().startswith("Then-event (joined)"), timeout=WAIT_MS)
    window.session.set_then_event(None)
    assert not panel.isVisible() and panel.tally is None


def test_no_then_event_no_section(qtbot, make_window, tmp_path):
    _window, panel = _reviewed(qtbot, make_window, tmp_path, then_event=None)
    qtbot.wait(50)
    assert not panel.isVisible() and panel.tally is None


def test_the_section_in_german(qtbot, make_window, tmp_path, german):
    _window, panel = _reviewed(qtbot, make_window, tmp_path)
    qtbot.waitUntil(lambda: panel.tally is not None and panel.isVisible(), timeout=WAIT_MS)
    assert panel.heading.text() == "Folgeereignis (user_signed_up): 4 Zeilen geprüft, 1 ungültig"
    assert "Ereignis: " in panel.problems.text()
    assert "Then-event" not in panel.heading.text() and "still" not in panel.note.text()


def test_a_paged_file_is_checked_to_its_last_slice(qtbot, make_window, tmp_path, monkeypatch):
    import app.core.paged_table as paged_table
    import app.core.stream as stream

    monkeypatch.setattr(paged_table, "PAGE_MIN_BYTES", 1000)
    monkeypatch.setattr(stream, "ROWS_PER_SLICE", 250)
    lines = ["id,email,plan,signed_up"]
    lines += [f"u{i},u{i}@example.com,free,2024-03-04T10:{i % 60:02d}:00Z" for i in range(1000)]
    lines[900] = "u899,u899@example.com,free,not a date"  # spreadsheet row 901, slice 4
    path = tmp_path / "signups.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    window = make_window("vibefollow-users")
    session = window.session
    window.open_file(path)
    qtbot.waitUntil(lambda: session.table is not None, timeout=WAIT_MS)
    assert session.paged is not None and len(session.table) == 250
    session.set_mapping(USERS_MAPPING)
    session.set_then_event(THEN_EVENT)
    assert window.go_to(2)
    panel = window.pages[2].findChild(EventPartPanel)
    qtbot.waitUntil(lambda: panel.tally is not None, timeout=WAIT_MS)
    assert panel.heading.text() == "Then-event (user_signed_up): 1,000 rows checked, 1 invalid"
    assert "row 901" in panel.problems.text()
