"""Review shows who and when: the identity preview and the events chart of the rows sent."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import WAIT_MS
from tests.gui.test_load_map_review import load, send_to, to_map, to_review


def _events_csv(path):
    rows = ["user_id,event,timestamp"]
    rows += [f"u{i % 30},signup,2024-05-{1 + i % 20:02d}T10:00:00Z" for i in range(300)]
    rows += ["null,signup,2024-05-02T10:00:00Z", "U3,signup,2024-05-03T10:00:00Z"]
    rows += [f"u{i},signup,1970-01-01T00:00:0{i}Z" for i in range(4)]
    path.write_text("\n".join(rows) + "\n")
    return path


def test_review_shows_users_and_time_and_follows_an_edit(make_window, qtbot, tmp_path):
    window = make_window("vibefollow-events")
    load(window, qtbot, _events_csv(tmp_path / "events.csv"))
    send_to(window, qtbot, to_map(window, qtbot), "vibefollow-events")
    page = to_review(window, qtbot)
    panel = page.insight
    qtbot.waitUntil(lambda: panel.preview is not None and panel.isVisible(), timeout=WAIT_MS)
    text = panel.identity.text()
    assert "32 distinct users in 306 rows" in text
    assert "'null' in 1 row (first: row 302)" in text
    assert "spelt more than one way" in text and "rows 5 and 303" in text
    assert panel.histogram is not None and panel.histogram.earlier == 4
    assert panel.chart.isVisible() and "4 earlier" in panel.chart.accessibleDescription()

    # Correct the placeholder id: after the row's re-check the figures follow.
    index = page.model.index(300, 0)  # row 302: "null"
    assert page.model.setData(index, "u7", Qt.ItemDataRole.EditRole)
    qtbot.waitUntil(lambda: "31 distinct users" in panel.identity.text(), timeout=WAIT_MS)
    assert "placeholders" not in panel.identity.text()

    panel.toggle.click()  # folded away: the table gets the room
    assert not panel.body.isVisible() and panel.toggle.text() == "Who and when ▸"


def test_review_says_how_many_users_are_new_to_the_chosen_destination(
    make_window, qtbot, tmp_path, sandbox
):
    from app.core.journal import Journal
    from app.core.profiles import Profile
    from app.core.records import Record
    from tests.upload.jobs import make_job, run, uploader

    journal = Journal(tmp_path / "journal.sqlite3")
    earlier = [
        Record(
            2 + i,
            {"external_user_id": f"u{i}", "name": "signup", "timestamp": f"2024-05-01T10:00:0{i}Z"},
        )
        for i in range(10)
    ]
    job = make_job(journal, "vibefollow-events", sandbox.base_url, earlier)
    run(uploader(journal, job, sandbox))
    assert journal.job(job).accepted == 10
    window = make_window("vibefollow-events")
    window.session.journal = journal
    window.session.set_profile(Profile("acme", "vibefollow-events", sandbox.base_url))
    load(window, qtbot, _events_csv(tmp_path / "events.csv"))
    send_to(window, qtbot, to_map(window, qtbot), "vibefollow-events")
    page = to_review(window, qtbot)
    panel = page.insight
    qtbot.waitUntil(lambda: panel.preview is not None, timeout=WAIT_MS)
    # u0…u9 were accepted before; u10…u29, "null" and "U3" are new (32 distinct in all).
    assert "22 of 32 users are new to VibeFollow (acme); 10 already accepted" in (
        panel.identity.text()
    )
    # Another place (same destination, another base URL): nobody there yet.
    window.session.set_profile(Profile("other", "vibefollow-events", "http://127.0.0.1:9"))
    qtbot.waitUntil(
        lambda: "32 of 32 users are new to VibeFollow (other)" in panel.identity.text(),
        timeout=WAIT_MS,
    )
    journal.close()
