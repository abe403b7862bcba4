"""The About dialog, built offscreen and driven through its widgets."""

from __future__ import annotations

import platform

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from app import __version__
from app.core.licences import LibraryLicence
from app.ui.about import AboutDialog, show_about


def test_about_shows_version_runtime_and_every_bundled_library(qtbot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "About Backfill"
    assert __version__ in dialog.title.text()
    assert platform.python_version() in dialog.runtime.text()
    assert qVersion() in dialog.runtime.text()
    rows = {
        dialog.table.topLevelItem(i).text(0).lower(): dialog.table.topLevelItem(i)
        for i in range(dialog.table.topLevelItemCount())
    }
    assert len(rows) == len(dialog.libraries) > 20
    for name in ("pandas", "httpx", "pyside6_essentials"):
        assert rows[name].text(2), name
    assert rows["pandas"].text(2).startswith("BSD")


def test_about_lists_given_libraries_and_copies_details(qtbot) -> None:
    libraries = [
        LibraryLicence("zeta", "1.0", "MIT", "https://example.org/zeta"),
        LibraryLicence("Beta", "0.1", "BSD-3-Clause"),
        LibraryLicence("alpha", "2.5", "Apache-2.0"),
    ]
    dialog = AboutDialog(libraries)
    qtbot.addWidget(dialog)
    names = [dialog.table.topLevelItem(i).text(0) for i in range(dialog.table.topLevelItemCount())]
    # Sorted by name ignoring case, whatever the given order.
    assert names == ["alpha", "Beta", "zeta"]
    assert dialog.table.topLevelItem(2).toolTip(0) == "https://example.org/zeta"
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(f"Backfill {__version__}")
    assert "alpha  2.5  Apache-2.0" in copied
    assert "Beta   0.1  BSD-3-Clause" in copied


def test_show_about_opens_and_close_button_closes(qtbot) -> None:
    dialog = show_about()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.finished, timeout=2000) as blocker:
        dialog.reject()
    assert blocker.args == [QDialog.DialogCode.Rejected]
