"""The focus guide when the control it last focused was deleted (a card rebuilt its buttons)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QPushButton


def test_a_deleted_control_the_guide_placed_the_focus_on_is_gone_not_an_error(make_window, qtbot):
    window = make_window("vibefollow-users")
    guide = window.focus
    button = QPushButton("Map values…", window.pages[0])
    button.show()
    button.setFocus()
    guide.placed = button
    button.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    guide.settle()  # asked whether the focus still sits there: it raised RuntimeError
