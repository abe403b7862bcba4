"""The Map step's "Also send an event for each user" card drives a pair: the Upload step
sends the users, then an event for each user accepted (none for a rejected user)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.core.mapping import event_mapping, load_template
from app.core.validate import validate
from app.sandbox import DEFAULT_API_KEY
from app.ui.upload_runner import RunState
from app.ui.widgets.then_event_card import ThenEventCard
from tests.gui import upload_support
from tests.gui.upload_support import FAST, WAIT_MS
from tests.upload.pair_files import THEN_EVENT, USERS_MAPPING, write_signups_csv

qloop = upload_support.qloop


upload_window = upload_support.upload_window


@pytest.fixture
def map_window(upload_window):
    """A window whose Map, Upload and Report steps are the real pages."""
    return lambda: upload_window(real_map=True)


def test_the_card_sends_an_event_for_each_accepted_user(qtbot, map_window, sandbox, tmp_path):
    from app.core.sources import load_table

    sandbox.set_faults(
        reject_field="external_user_id", reject_pattern="^u3$", endpoints=("vibefollow-users",)
    )
    window = map_window()
    session = window.session
    session.set_sandbox(sandbox.base_url, DEFAULT_API_KEY)
    session.set_destination("vibefollow-users")
    session.set_table(load_table(write_signups_csv(tmp_path / "signups.csv", 8)))
    session.set_mapping(USERS_MAPPING)
    map_page = window.pages[1]
    assert window.go_to(1)
    card = map_page.findChild(ThenEventCard)
    assert card is not None and card.isVisible()
    assert not card.enabled.isChecked() and session.then_event is None
    card.enabled.click()
    card.time.setCurrentIndex(card.time.findData("signed_up"))
    plan = card.properties.findItems("plan", Qt.MatchFlag.MatchExactly)[0]
    plan.setCheckState(Qt.CheckState.Checked)
    then = session.then_event
    assert then is not None and then.name == "user_signed_up"
    assert then.time.column == "signed_up" and then.properties == ("plan",)

    saved = map_page.save_template(tmp_path / "signups.json")
    assert saved is not None and load_template(saved).then_event == then

    session.set_validation(validate(session.table, session.mapping))
    page = window.pages[3]
    page.upload_settings = FAST
    assert window.go_to(3)
    qtbot.waitUntil(lambda: page.primary_enabled(), timeout=WAIT_MS)
    window.primary_button.click()
    qtbot.waitUntil(lambda: page.runner.state == RunState.FINISHED, timeout=WAIT_MS)
    events = sandbox.records("vibefollow-events")
    assert sorted(e["external_user_id"] for e in events) == [f"u{i}" for i in range(8) if i != 3]
    assert {e["name"] for e in events} == {"user_signed_up"}
    pair = session.journal.pair_of(session.job_id)
    assert pair is not None and pair.users_job == session.job_id
    events_job = session.journal.job(pair.events_job)
    assert (events_job.accepted, events_job.rejected, events_job.pending) == (7, 1, 0)


def test_the_card_is_only_for_users(qtbot, map_window, tmp_path):
    from app.core.sources import load_table

    window = map_window()
    session = window.session
    session.set_destination("vibefollow-events")
    session.set_table(load_table(write_signups_csv(tmp_path / "signups.csv", 3)))
    session.set_mapping(event_mapping(USERS_MAPPING, THEN_EVENT))
    assert window.go_to(1)
    card = window.pages[1].findChild(ThenEventCard)
    assert card is not None and not card.isVisible()
