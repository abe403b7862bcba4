"""The shell's words in German, French and Spanish; the language from the setting or the
system locale. (Messages made in app/core stay English by design.)"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu

from app.ui.texts import settle_default_locale
from app.ui.translations import chosen_language, compiled, install_translators
from tests.gui.stub_pages import ComingNextPage

# Words that are the same in every language: the app's name, key names, symbols.
SAME_EVERYWHERE = {"Backfill", "?", "", "SANDBOX", "●", "✓"}


def shell_texts(window) -> dict[str, str]:
    """The window's own words (menus, buttons, sidebar, status, shortcuts), keyed by place."""
    texts: dict[str, str] = {}

    def menu_words(menu: QMenu, where: str) -> None:
        for i, action in enumerate(menu.actions()):
            texts[f"{where}/{i}"] = action.text()
            if action.menu() is not None:
                menu_words(action.menu(), f"{where}/{i}")

    menu_words(window.help_menu, "help")
    for i, action in enumerate(window.findChildren(QAction)):
        texts[f"action/{i}"] = action.text()
    for i, label in enumerate(window.sidebar.findChildren(QLabel)):
        texts[f"sidebar/{i}"] = label.text()
    texts["back"] = window.back_button.text()
    texts["file"] = window.file_label.text()
    for i, (_keys, what) in enumerate(window.shortcut_lines()):
        texts[f"shortcut/{i}"] = what
    for i, button in enumerate(window.header.findChildren(QAbstractButton)):
        texts[f"header/{i}"] = button.toolTip()
    return texts


@pytest.fixture
def in_language(qapp) -> Iterator:
    installed: list = []

    def install(language: str) -> None:
        installed.extend(install_translators(qapp, language))

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())
    settle_default_locale()


def _window(qtbot, ui_settings):
    from app.ui.main_window import STEP_TITLES, MainWindow
    from app.ui.session import Session

    session = Session()
    window = MainWindow(
        session, [ComingNextPage(session, t) for t in STEP_TITLES], settings=ui_settings
    )
    qtbot.addWidget(window)
    return window


def test_every_language_is_compiled():
    for language in ("de", "fr", "es"):
        path = compiled(language)
        assert path is not None and Path(path).stat().st_size > 0, language


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_no_shell_word_is_left_in_english(qtbot, ui_settings, in_language, language):
    english = shell_texts(_window(qtbot, ui_settings))
    in_language(language)
    translated = shell_texts(_window(qtbot, ui_settings))
    assert translated.keys() == english.keys()
    left = sorted(
        english[k]
        for k in english
        if english[k] == translated[k]
        and english[k] not in SAME_EVERYWHERE
        and english[k] not in ("English", "Deutsch", "Français", "Español")  # each in its own words
        and not english[k].startswith(("①", "②", "③", "④", "⑤"))  # the steps: checked below
    )
    assert not left, f"{language}: not translated: {left}"
    steps = [translated[k] for k in translated if k.startswith("sidebar/") and "①" in translated[k]]
    assert steps and "Load" not in steps[0]


def test_the_language_follows_the_setting_then_the_system():
    assert chosen_language("fr", QLocale("de_DE")) == "fr"
    assert chosen_language("", QLocale("de_AT")) == "de"
    assert chosen_language("", QLocale("ja_JP")) == "en"
    assert chosen_language("xx", QLocale("es_MX")) == "es"


def test_the_setting_is_kept(ui_settings):
    assert ui_settings.language() == ""
    ui_settings.set_language("de")
    assert ui_settings.language() == "de"
    assert QCoreApplication.translate("MainWindow", "Back") == "Back"  # no translator here


def test_right_to_left_mirrors_the_arrows_and_the_title(qtbot, ui_settings, qapp):
    from PySide6.QtCore import Qt

    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = _window(qtbot, ui_settings)
        assert window.back_button.text().startswith("▶")  # drawn at the right end: back is there
        assert "▶" not in window.primary_button.text() or not window.primary_button.text()
        assert window.header.title.alignment() & Qt.AlignmentFlag.AlignLeading
        window.show()
        qtbot.waitExposed(window)
        header, title, badge = window.header, window.header.title, window.header.badge
        assert header.isRightToLeft() and title.text().startswith("Backfill")
        # The title starts at the right edge (its leading one), the badge and "?" at the left.
        right = title.mapTo(header, title.rect().topRight()).x()
        assert header.width() - right < 40, (header.width(), right)
        assert (
            badge.mapTo(header, badge.rect().topRight()).x()
            < title.mapTo(header, title.rect().topLeft()).x()
        )
        help_x = window.help_button.mapTo(header, window.help_button.rect().topLeft()).x()
        assert help_x < badge.mapTo(header, badge.rect().topLeft()).x()
        # Words like "Backfill — file → …" are as wide as the label: no gap for them to drift in.
        assert title.width() <= title.sizeHint().width() + 2
        window.close()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _language_actions(window) -> dict[str, QAction]:
    """The Language submenu's choices (Help "?" → Appearance → Language), by their words."""
    appearance = next(a.menu() for a in window.help_menu.actions() if a.menu() is not None)
    languages = next(a.menu() for a in appearance.actions() if a.menu() is not None)
    return {action.text(): action for action in languages.actions()}


def test_the_language_is_chosen_in_the_menu_and_remembered(qtbot, ui_settings):
    actions = _language_actions(_window(qtbot, ui_settings))
    assert list(actions) == ["Follow the system", "English", "Deutsch", "Français", "Español"]
    assert actions["Follow the system"].isChecked()  # the default: the system's language
    actions["Deutsch"].trigger()
    assert ui_settings.language() == "de"
    assert actions["Deutsch"].isChecked() and not actions["Follow the system"].isChecked()
    ui_settings.sync()
    again = _language_actions(_window(qtbot, ui_settings))  # the next start
    assert again["Deutsch"].isChecked()
    assert chosen_language(ui_settings.language(), QLocale("fr_FR")) == "de"
    again["Follow the system"].trigger()
    assert chosen_language(ui_settings.language(), QLocale("fr_FR")) == "fr"


def test_qts_own_buttons_read_german(qtbot, in_language):
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    in_language("de")
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Save
    )
    qtbot.addWidget(box)
    words = {
        box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", ""),
        box.button(QDialogButtonBox.StandardButton.Save).text().replace("&", ""),
    }
    assert words == {"Abbrechen", "Speichern"}
    message = QMessageBox(
        QMessageBox.Icon.Question,
        "Backfill",
        "?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    qtbot.addWidget(message)
    yes = message.button(QMessageBox.StandardButton.Yes).text().replace("&", "")
    no = message.button(QMessageBox.StandardButton.No).text().replace("&", "")
    assert (yes, no) == ("Ja", "Nein")
