"""The header's "?" button and its menu: keyboard shortcuts, appearance (look and language),
about. Its words keep the main window's translation context, where the .ts files have them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from app.ui.accessibility import named
from app.ui.settings import UiSettings
from app.ui.texts import translate
from app.ui.translations import add_language_menu


class HelpButton(QToolButton):
    """ "?" with its menu; `theme_actions` are the checkable looks, by mode."""

    def __init__(
        self,
        settings: UiSettings,
        *,
        shortcuts: Callable[[], object],
        set_theme: Callable[[str], None],
        about: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("headerButton")
        self.setText("?")
        self.setToolTip(translate("MainWindow", "Help (F1)"))
        named(
            self,
            translate("MainWindow", "Help and settings"),
            translate("MainWindow", "Keyboard shortcuts, appearance, language, about Backfill"),
        )
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.help_menu = QMenu(self)
        self.help_menu.addAction(translate("MainWindow", "Keyboard shortcuts"), shortcuts)
        appearance = self.help_menu.addMenu(translate("MainWindow", "Appearance"))
        self.theme_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        looks = (
            ("auto", translate("MainWindow", "Follow the system")),
            ("light", translate("MainWindow", "Light")),
            ("dark", translate("MainWindow", "Dark")),
        )
        for mode, words in looks:
            action = appearance.addAction(words)
            action.setCheckable(True)
            action.setChecked(mode == settings.theme())
            action.triggered.connect(lambda _=False, m=mode: set_theme(m))
            group.addAction(action)
            self.theme_actions[mode] = action
        appearance.addSeparator()  # the words, next to the look
        add_language_menu(appearance, settings)
        self.help_menu.addAction(translate("MainWindow", "About Backfill"), about)
        self.setMenu(self.help_menu)
