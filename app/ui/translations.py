"""The UI's languages: Qt translators for Backfill's own words (resources/i18n/*.qm) and for
Qt's standard dialogs (qtbase_*.qm), chosen from a setting or the system locale.

Messages made in app/core (validation reasons, errors) stay English for now: they are shared
with the CLI and the journal, whose words are English by design.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu

from app.ui.assets import asset_path
from app.ui.settings import UiSettings
from app.ui.texts import translate

LANGUAGES = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español"}


def chosen_language(setting: str, locale: QLocale | None = None) -> str:
    """The language to show: the setting when it names one we have, else the system's
    (English when the system's is not translated)."""
    if setting in LANGUAGES:
        return setting
    name = (locale or QLocale.system()).name().split("_")[0]
    return name if name in LANGUAGES else "en"


def compiled(language: str, folder: Path | None = None) -> Path | None:
    """backfill_<language>.qm: the one `make` built next to the .ts, else one compiled now into
    a cache folder with pyside6-lrelease (a checkout run without make); None if neither."""
    source = (folder or asset_path("i18n")) / f"backfill_{language}.ts"
    built = source.with_suffix(".qm")
    if built.exists() and (not source.exists() or built.stat().st_mtime >= source.stat().st_mtime):
        return built
    beside = Path(sys.executable).parent / "pyside6-lrelease"  # the venv's, not on PATH
    tool = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if not source.exists() or tool is None:
        return built if built.exists() else None
    cached = Path(tempfile.gettempdir()) / "backfill-i18n" / built.name
    cached.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [tool, "-silent", str(source), "-qm", str(cached)], check=False, capture_output=True
    )
    return cached if done.returncode == 0 and cached.exists() else None


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's and Backfill's translators for `language` (none for English); keep the
    returned list alive as long as the app runs."""
    if language == "en":
        return []
    installed = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_folder):
        installed.append(qt)
    ours_path = compiled(language)
    ours = QTranslator(app)
    if ours_path is not None and ours.load(str(ours_path)):
        installed.append(ours)
    for translator in installed:
        app.installTranslator(translator)
    if not QLocale.system().name().startswith(language):
        QLocale.setDefault(QLocale(language))  # a chosen language: its numbers and dates too
    return installed


def add_language_menu(menu: QMenu, settings: UiSettings) -> QMenu:
    """A "Language" submenu of `menu`: the system's, or one of LANGUAGES (from the next start,
    so no window is half translated)."""
    languages = menu.addMenu(translate("MainWindow", "Language (from the next start)"))
    group = QActionGroup(languages)
    for code, words in {
        "": translate("MainWindow", "Follow the system"),
        **LANGUAGES,
    }.items():
        action = languages.addAction(words)
        action.setCheckable(True)
        action.setChecked(code == settings.language())
        action.triggered.connect(lambda _=False, c=code: settings.set_language(c))
        group.addAction(action)
    return languages
