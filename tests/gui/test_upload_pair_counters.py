"""The Upload step's counters of a users-and-events job show both parts, live and at the end:
for each part accepted + rejected + failed + pending == rows, the events' pending rows saying
how many wait for their user; the bar goes over both parts."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale

from app.core.pair_outcomes import PartCounts
from app.ui.texts import settle_default_locale
from app.ui.translations import install_translators
from app.ui.upload_runner import RunState
from app.ui.widgets.run_panel import part_progress_text, part_text
from tests.gui import upload_support
from tests.gui.upload_support import WAIT_MS, pair_upload

qloop = upload_support.qloop
upload_window = upload_support.upload_window

USERS, EVENTS = "vibefollow-users", "vibefollow-events"
ROWS = 20
LINE = re.compile(
    r"^(Users|Events) — accepted (\d+) · rejected (\d+) · failed (\d+) · pending (\d+)"
    r"(?:, (\d+) held for their user)?$"
)


def _parts(panel) -> dict[str, tuple[int, ...]]:
    """Each shown part line as (accepted, rejected, failed, pending, held)."""
    out = {}
    for label in panel.part_labels.values():
        match = LINE.match(label.text())
        assert match, label.text()
        out[match.group(1)] = tuple(int(g or 0) for g in match.groups()[1:])
    return out


def test_a_pairs_counters_show_both_parts_while_sending_and_at_the_end(
    qtbot, upload_window, sandbox, tmp_path
):
    # The first users request fails (u0, u1: their events stay held); u3 is refused.
    sandbox.set_faults(
        reject_field="external_user_id", reject_pattern="^u3$", script=("500",),
        endpoints=(USERS, EVENTS),
    )  # fmt: skip
    sandbox.configure(latency_ms=40)
    window, page = pair_upload(upload_window, sandbox, tmp_path, ROWS)
    panel = page.run_panel
    seen: list[dict[str, tuple[int, ...]]] = []
    words: list[str] = []
    # Connected after the page's own slot: each snapshot is what the panel shows then.
    page.runner.progress.connect(lambda _p: seen.append(_parts(panel)))
    page.runner.progress.connect(lambda _p: words.append(panel.progress_label.text()))
    said: list[str] = []
    window.session.status.connect(said.append)
    qtbot.waitUntil(page.primary_enabled, timeout=WAIT_MS)
    window.primary_button.click()
    qtbot.waitUntil(lambda: page.runner.state == RunState.FINISHED, timeout=WAIT_MS)

    assert seen
    for shown in seen:
        assert set(shown) == {"Users", "Events"}
        for accepted, rejected, failed, pending, held in shown.values():
            assert accepted + rejected + failed + pending == ROWS
            assert held <= pending
    # While the users go, every event waits for its user; then the events go.
    assert any(0 < s["Users"][3] < ROWS and s["Events"][3:] == (ROWS, ROWS) for s in seen)
    assert any(s["Users"][3] == 0 and 0 < s["Events"][3] < ROWS for s in seen)
    assert "Uploading 40 rows…" in said  # both parts' rows
    # The words' figures are the part's being sent, and say so.
    assert any(w.startswith("Sending the users: ") and " of 20 rows" in w for w in words)
    assert any(w.startswith("Sending the events: ") and " of 20 rows" in w for w in words)
    # Each part numbers its requests from 1: the log says whose each one is.
    log = page.log_model.lines()
    assert any("users request 1   rows 2–3" in line for line in log)
    assert any("events request 1   rows " in line for line in log)
    assert all(not label.isVisible() for label in panel.counter_labels.values())
    assert [label.text() for label in panel.part_labels.values()] == [
        "Users — accepted 17 · rejected 1 · failed 2 · pending 0",
        "Events — accepted 17 · rejected 1 · failed 0 · pending 2, 2 held for their user",
    ]
    assert panel.bar.value() == int((2 * ROWS - 2) * 1000 / (2 * ROWS))
    assert "Users — accepted 17" in panel.counters_box.accessibleName()
    # The end is said for both parts too (status bar, and a screen reader at once).
    assert window.statusBar().currentMessage() == (
        "Upload finished: users 17 accepted, 1 rejected, 2 failed; "
        "events 17 accepted, 1 rejected, 0 failed, 2 waiting for their user."
    )


def test_a_single_jobs_counters_stay_four(qtbot, upload_window, sandbox, tmp_path):
    window, page = upload_support.ready_upload(upload_window, sandbox, tmp_path, rows=10)
    qtbot.waitUntil(page.primary_enabled, timeout=WAIT_MS)
    window.primary_button.click()
    qtbot.waitUntil(lambda: page.runner.state == RunState.FINISHED, timeout=WAIT_MS)
    panel = page.run_panel
    assert panel.counter_labels["accepted"].isVisible()
    assert panel.counter_labels["accepted"].text() == "Accepted 10"
    assert not any(label.isVisible() for label in panel.part_labels.values())


@pytest.mark.parametrize(
    ("language", "users", "events"),
    [
        ("de", "Nutzer – angenommen 12.371", "davon 3 warten auf ihren Nutzer"),
        ("fr", "Utilisateurs – acceptés 12\u202f371", "dont 3 attendent leur utilisateur"),
        ("es", "Usuarios – aceptados 12.371", "3 esperan a su usuario"),
    ],
)
def test_a_pairs_counters_are_translated(qapp, language, users, events):
    installed = install_translators(qapp, language)
    QLocale.setDefault(QLocale(language))
    settle_default_locale()
    try:
        counts = PartCounts(12_371, 0, 0, 5, 12_376, held=3)
        assert part_text("users", counts).startswith(users)
        assert part_text("events", counts).endswith(events)
        for part in ("users", "events"):
            said = part_progress_text(part, "1 of 2")
            assert said.endswith("1 of 2") and not said.startswith("Sending")
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale.system())
        settle_default_locale()
