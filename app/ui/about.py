"""Help → About Backfill: the app's version, Python and Qt versions, and the bundled libraries' licences.

`show_about(parent)` is the one-call hook for the main window's Help menu. The licence list is
read at run time from distribution metadata (`app.core.licences`), so inside the PyInstaller
bundle it shows exactly what was bundled.
"""

from __future__ import annotations

import platform
import sys

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.core.licences import LibraryLicence, bundled_licences, licence_table
from app.ui.assets import app_icon
from app.ui.texts import translate

APP_LICENCE = "MIT"


def runtime_summary() -> str:
    """One line naming the Python, Qt and PySide6 versions in use, and how the app was started."""
    how = "bundled build" if getattr(sys, "frozen", False) else "running from source"
    return (
        f"Python {platform.python_version()} · Qt {qVersion()} · "
        f"PySide6 {PySide6.__version__} · {platform.system()} ({how})"
    )


class AboutDialog(QDialog):
    """The About box: who we are, what we run on, and every bundled library with its licence."""

    def __init__(
        self, libraries: list[LibraryLicence] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(translate("MainWindow", "About Backfill"))
        self.setMinimumSize(620, 480)
        found = bundled_licences() if libraries is None else libraries
        # Case-insensitive order: the view's own sort would put "PySide6" before "anyio".
        self.libraries = sorted(found, key=lambda lib: lib.name.lower())

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        self.title = QLabel(f"Backfill {__version__}")
        self.title.setObjectName("aboutTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        what = translate(
            "AboutDialog",
            "Imports spreadsheets of users and events into product-analytics ingestion APIs.",
        )
        licence = translate("AboutDialog", "Licensed under the {licence} licence.")
        tagline = QLabel(f"{what}\n{licence.format(licence=APP_LICENCE)}")
        self.runtime = QLabel(runtime_summary())
        self.runtime.setObjectName("aboutRuntime")
        self.runtime.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(tagline)
        heading.addWidget(self.runtime)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        count = len(self.libraries)
        caption = QLabel(
            translate(
                "AboutDialog",
                "Backfill ships with these %Ln open-source libraries (and the Python runtime, "
                "PSF-2.0):",
                None,
                count,
            )
        )
        self.table = self._licence_table()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(translate("AboutDialog", "Copy details"))
        self.copy_button.setToolTip(
            translate("AboutDialog", "Copy the versions and licences, e.g. for a support ticket")
        )
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addWidget(caption)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def _licence_table(self) -> QTreeWidget:
        """One row per bundled library: name, version, licence (homepage as tooltip)."""
        table = QTreeWidget()
        table.setObjectName("aboutLicences")
        columns = [
            translate("AboutDialog", "Library"),
            translate("AboutDialog", "Version"),
            translate("AboutDialog", "Licence"),
        ]
        table.setColumnCount(len(columns))
        table.setHeaderLabels(columns)
        table.setRootIsDecorated(False)
        table.setUniformRowHeights(True)
        table.setAlternatingRowColors(True)
        for lib in self.libraries:
            item = QTreeWidgetItem([lib.name, lib.version, lib.licence])
            if lib.homepage:
                item.setToolTip(0, lib.homepage)
            item.setToolTip(2, lib.licence)
            table.addTopLevelItem(item)
        header = table.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table

    def details_text(self) -> str:
        """Version, runtime and the licence table as plain text."""
        return f"Backfill {__version__}\n{runtime_summary()}\n\n{licence_table(self.libraries)}\n"

    def copy_details(self) -> None:
        """Put `details_text()` on the clipboard."""
        QGuiApplication.clipboard().setText(self.details_text())


def show_about(parent: QWidget | None = None) -> AboutDialog:
    """Open the About dialog (window-modal, deleted on close) and return it."""
    dialog = AboutDialog(parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
