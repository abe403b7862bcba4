"""Every interactive widget of every step has a name a screen reader can say."""

from __future__ import annotations

from PySide6.QtGui import QAccessible

from tests.gui import upload_support
from tests.gui.a11y_support import unnamed_widgets
from tests.gui.conftest import WAIT_MS
from tests.gui.every_step import STEPS, through_every_step

qloop = upload_support.qloop
upload_window = upload_support.upload_window


def test_every_step_names_its_controls(qtbot, qloop, make_window, customers_csv, sandbox):
    window = make_window("vibefollow-users")
    missing: dict[str, list[str]] = {}

    headers: list[str] = []

    def look(step: str) -> None:
        missing[step] = unnamed_widgets(window)
        if step == "report":
            headers.extend(_column_headers(window.pages[4].table))

    through_every_step(qtbot, window, customers_csv, sandbox, look)
    assert list(missing) == list(STEPS)
    assert headers[:4] == ["Row", "Outcome", "Field", "Reason"]  # the report's rows table
    missing = {step: names for step, names in missing.items() if names}
    assert not missing, "\n".join(f"{s}: {n}" for s, names in missing.items() for n in names)


def _column_headers(view) -> list[str]:
    """The column header cells a screen reader finds among the table's accessible children."""
    iface = QAccessible.queryAccessibleInterface(view)
    cells = (iface.child(i) for i in range(iface.childCount()))
    return [
        c.text(QAccessible.Text.Name)
        for c in cells
        if c is not None and c.role() == QAccessible.Role.ColumnHeader
    ]


def test_tables_expose_headers_and_cards_read_as_sentences(qtbot, make_window, customers_csv):
    window = make_window("vibefollow-users")
    task = window.pages[0].load_path(customers_csv)
    qtbot.waitUntil(lambda: not task.is_running, timeout=WAIT_MS)
    preview = window.pages[0].preview
    assert _column_headers(preview)[:4] == ["Customer ID", "Email", "Plan", "Signed up"]
    assert window.go_to(1)
    qtbot.waitUntil(lambda: window.session.mapping is not None, timeout=WAIT_MS)
    assert window.go_to(2)
    review = window.pages[2]
    qtbot.waitUntil(
        lambda: window.session.validation is not None and not review.is_busy, timeout=WAIT_MS
    )
    assert "Email" in _column_headers(review.table_view)
    card = next(c for c in review.cards if c.group.code == "invalid_email")
    name = card.accessibleName()
    assert name.startswith(f"{card.group.count} rows: {card.group.summary}.")
    assert "Not sent" in name and "<" not in name  # the sentence, not the label's markup
    assert card.exclude_button.accessibleDescription().endswith(name)


def test_notices_alert_and_counters_are_announced(qtbot, monkeypatch):
    from app.ui import accessibility
    from app.ui.widgets.notice import Notice
    from app.ui.widgets.run_panel import RunPanel

    said: list[tuple[QAccessible.Event, str]] = []

    def record(event) -> None:
        said.append((event.type(), event.object().accessibleName()))

    monkeypatch.setattr(accessibility, "send", record)
    notice, panel = Notice(), RunPanel()
    qtbot.addWidget(notice)
    qtbot.addWidget(panel)
    notice.show_message("info", "Upload finished: 56 rows accepted.", "The receipt is saved.")
    assert (
        QAccessible.Event.Alert,
        "Upload finished: 56 rows accepted. The receipt is saved.",
    ) in said
    said.clear()
    panel.show_counts(10, 2, 0, 48, 60)
    panel.show_counts(20, 2, 0, 38, 60)  # within ANNOUNCE_EVERY_S: not said again
    assert (QAccessible.Event.NameChanged, "Accepted 10, rejected 2, failed 0, pending 48") in said
    assert [e for e, _ in said].count(QAccessible.Event.ValueChanged) == 1
    panel.show_counts(58, 2, 0, 0, 60)  # the end is always said
    assert said[-2] == (
        QAccessible.Event.NameChanged,
        "Accepted 58, rejected 2, failed 0, pending 0",
    )
    assert panel.bar.accessibleName() == "Upload progress"


def test_an_uploads_progress_and_its_end_are_announced(
    qtbot, upload_window, sandbox, tmp_path, monkeypatch
):
    from app.ui import accessibility
    from app.ui.upload_runner import RunState

    said: list[tuple[QAccessible.Event, str]] = []
    monkeypatch.setattr(
        accessibility, "send", lambda e: said.append((e.type(), e.object().accessibleName()))
    )
    window, page = upload_support.ready_upload(
        upload_window, sandbox, tmp_path, 30, settings=upload_support.ONE_AT_A_TIME
    )
    qtbot.waitUntil(page.primary_enabled, timeout=WAIT_MS)
    window.primary_button.click()
    qtbot.waitUntil(lambda: page.runner.state == RunState.FINISHED, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: any(e == QAccessible.Event.Alert for e, _ in said), timeout=WAIT_MS)
    names = [name for event, name in said if event == QAccessible.Event.NameChanged]
    assert "Accepted 30, rejected 0, failed 0, pending 0" in names  # the counters at the end
    alerts = [name for event, name in said if event == QAccessible.Event.Alert]
    assert alerts == ["Upload finished: 30 accepted, 0 rejected, 0 failed."]
    assert QAccessible.Event.ValueChanged in [event for event, _ in said]  # the bar moved
