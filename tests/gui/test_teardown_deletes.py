"""The widgets a test hands to qtbot are deleted in that test's teardown, not in a later test
(tests/conftest.py `pytest_runtest_teardown`): the two tests run in this order."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

_destroyed: list[str] = []
# A window often outlives its test in Python (a slot's closure or a signal connection that holds
# it); only its deleteLater() then frees it. Here a list plays that part.
_kept: list[QDialog] = []


def test_a_dialog_is_handed_to_qtbot(qtbot):
    dialog = QDialog()
    dialog.destroyed.connect(lambda: _destroyed.append("dialog"))
    qtbot.addWidget(dialog)
    _kept.append(dialog)
    dialog.show()
    assert _destroyed == []


def test_it_was_deleted_when_that_test_ended():
    assert _destroyed == ["dialog"]
    _kept.clear()
