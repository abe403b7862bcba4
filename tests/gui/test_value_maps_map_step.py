"""Value maps on the real Map page (issue 13.5): columns with few values are listed with their
counts, suggestions wait for the operator, the map changes the samples, the validated payloads
and the Review table, and it is saved in the template and applied to the next file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.core import mapping as core_mapping
from app.ui.widgets.value_map_dialog import ValueMapDialog
from tests.gui.conftest import WAIT_MS


def events_csv(path: Path) -> Path:
    lines = ["User ID,Event,Plan,Active"]
    events = ["Sign up", "Sign up", "sign up", "SIGN UP", "Login"]
    plans = ["Pro", "PRO", "pro", "free", "Pro"]
    actives = ["Y", "N", "yes", "1", "N"]
    for i in range(40):
        lines.append(f"U{i},{events[i % 5]},{plans[i % 5]},{actives[i % 5]}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def open_map(make_window, qtbot, path: Path):
    window = make_window("vibefollow-events")
    task = window.pages[0].load_path(path)
    qtbot.waitUntil(lambda: not task.is_running, timeout=WAIT_MS)
    assert window.go_to(1)
    page = window.pages[1]
    qtbot.waitUntil(
        lambda: not page.is_busy and window.session.mapping is not None, timeout=WAIT_MS
    )
    qtbot.waitUntil(lambda: "Plan" in page.value_card.buttons, timeout=WAIT_MS)
    return window, page


def answer_dialog(qtbot, act) -> None:
    """Run `act(dialog)` on the value map dialog once it is shown modally."""

    def when_shown() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ValueMapDialog):
            QTimer.singleShot(20, when_shown)
            return
        act(dialog)

    QTimer.singleShot(0, when_shown)


def test_few_value_columns_are_listed_and_suggestions_wait(make_window, qtbot, tmp_path):
    window, page = open_map(make_window, qtbot, events_csv(tmp_path / "events.csv"))
    card = page.value_card
    assert card.isVisible()
    assert set(card.buttons) == {"Event", "Plan", "Active"}  # not the 40 distinct user ids
    assert "Pro (16), PRO (8), free (8), pro (8)" in card.summaries["Plan"].text()
    assert "Suggested (not applied): 'PRO', 'pro' → 'Pro'" in card.summaries["Plan"].text()
    assert window.session.mapping.value_maps == {}  # nothing applied by itself

    # The real button opens the real dialog; the operator takes the suggestions and OKs.
    def take_and_accept(dialog: ValueMapDialog) -> None:
        assert dialog.edits["PRO"].text() == ""
        assert dialog.edits["PRO"].placeholderText() == "suggested: Pro"
        qtbot.mouseClick(dialog.use_suggestions, Qt.MouseButton.LeftButton)
        dialog.edits["free"].setText("Free plan")
        dialog.accept()

    answer_dialog(qtbot, take_and_accept)
    qtbot.mouseClick(card.buttons["Plan"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Plan" in window.session.mapping.value_maps, timeout=WAIT_MS)
    assert window.session.mapping.value_maps["Plan"] == {
        "PRO": "Pro",
        "pro": "Pro",
        "free": "Free plan",
    }
    assert "Sent instead: 'PRO', 'pro' → 'Pro'" in card.summaries["Plan"].text()
    assert "Suggested" not in card.summaries["Plan"].text()


def test_cancel_keeps_the_mapping(make_window, qtbot, tmp_path):
    window, page = open_map(make_window, qtbot, events_csv(tmp_path / "events.csv"))
    before = window.session.mapping

    def fill_and_cancel(dialog: ValueMapDialog) -> None:
        dialog.take_suggestions()
        dialog.reject()

    answer_dialog(qtbot, fill_and_cancel)
    qtbot.mouseClick(page.value_card.buttons["Active"], Qt.MouseButton.LeftButton)
    assert window.session.mapping is before


def test_mapped_values_are_sampled_validated_shown_and_saved(make_window, qtbot, tmp_path):
    window, page = open_map(make_window, qtbot, events_csv(tmp_path / "events.csv"))
    card = page.value_card
    dialog = card.dialog("Event")
    qtbot.addWidget(dialog)
    dialog.take_suggestions()  # "sign up", "SIGN UP" → "Sign up"
    card.apply("Event", dialog.result_entries())
    qtbot.waitUntil(lambda: "Event" in window.session.mapping.value_maps, timeout=WAIT_MS)
    assert page.rows["name"].samples.text() == "Sign up, Login"  # the values sent
    # Active is text Y/N/yes/1: boolean-ish, so true/false is suggested.
    assert card.suggestion("Active") == {"Y": "true", "N": "false", "yes": "true", "1": "true"}
    card.apply("Active", card.suggestion("Active"))
    qtbot.waitUntil(lambda: "Active" in window.session.mapping.value_maps, timeout=WAIT_MS)

    assert window.go_to(2)
    review = window.pages[2]
    qtbot.waitUntil(
        lambda: window.session.validation is not None and not review.is_busy, timeout=WAIT_MS
    )
    records = window.session.validation.records
    assert {r.payload["name"] for r in records} == {"Sign up", "Login"}
    # Every entry maps to true/false: sent as JSON booleans though the type was left at text.
    assert {r.payload["properties"]["active"] for r in records} == {True, False}
    model = review.model
    event_col = list(model.frame.columns).index("Event")
    assert model.data(model.index(2, event_col)) == "sign up → Sign up"
    assert model.data(model.index(2, event_col), Qt.ItemDataRole.EditRole) == "sign up"
    assert model.data(model.index(0, event_col)) == "Sign up"  # no entry: shown as it is
    assert "is sent as “Sign up”" in model.data(
        model.index(3, event_col), Qt.ItemDataRole.ToolTipRole
    )

    # Saved in the template and applied to the next file.
    saved = tmp_path / "events-map.json"
    assert window.go_to(1)
    assert page.save_template(saved) is not None
    assert core_mapping.load_template(saved).mapping.value_maps["Event"] == {
        "sign up": "Sign up",
        "SIGN UP": "Sign up",
    }
    window2, page2 = open_map(make_window, qtbot, events_csv(tmp_path / "next.csv"))
    assert page2.load_template(saved)
    assert window2.session.mapping.value_maps["Active"]["Y"] == "true"
    assert page2.rows["name"].samples.text() == "Sign up, Login"
