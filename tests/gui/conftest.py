"""GUI fixtures: QSettings in a tmp dir, windows closed and workers joined after every test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from app.ui.settings import UiSettings

# One timeout for every wait on a worker (generous: 2 shared cores, several test runs at once).
WAIT_MS = 20_000


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Every QSettings() in the app writes an INI file under a fresh tmp dir, never the user's."""
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.SystemScope, str(folder))
    QCoreApplication.setOrganizationName("BackfillTests")
    QCoreApplication.setApplicationName("BackfillTests")
    yield folder


@pytest.fixture(autouse=True)
def _no_windows_left_open(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail a test that leaves a visible window behind (like napari's strict qtbot)."""
    yield
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    app.processEvents()
    left = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for widget in left:
        widget.close()
    assert not left, f"{request.node.name} left windows open: {[type(w).__name__ for w in left]}"


@pytest.fixture
def german(qapp) -> Iterator[None]:
    """Backfill's and Qt's German translators, and the German locale, for one test."""
    from PySide6.QtCore import QLocale

    from app.ui.texts import settle_default_locale
    from app.ui.translations import install_translators

    installed = install_translators(qapp, "de")
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())
    settle_default_locale()


@pytest.fixture
def ui_settings(tmp_path: Path) -> UiSettings:
    """UI settings backed by an INI file in this test's tmp dir."""
    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


def write_customers_csv(path: Path, rows: int = 60) -> Path:
    """Users with known problems: spaces around emails (every 10th), capitals (every 7th),
    invalid emails (rows 2+13k, i.e. every 13th data row), one blank ID (data row 20)."""
    lines = ["Customer ID,Email,Plan,Signed up"]
    for i in range(1, rows + 1):
        email = f"user{i}@example.com"
        if i % 10 == 0:
            email = f"  {email} "
        if i % 7 == 0:
            email = email.upper()
        if i % 13 == 0:
            email = "not-an-email"
        cid = "" if i == 20 else f"C{i:04d}"
        lines.append(f"{cid},{email},{'pro' if i % 2 else 'free'},2024-03-{(i % 28) + 1:02d}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def customers_csv(tmp_path: Path) -> Path:
    return write_customers_csv(tmp_path / "customers.csv")


@pytest.fixture
def make_window(qtbot, ui_settings) -> Iterator[Callable[..., object]]:
    """Build a MainWindow (real pages); at teardown close it and join every worker."""
    from app.ui.main_window import MainWindow
    from app.ui.session import Session

    windows: list[MainWindow] = []

    def make(destination_id: str = "vibefollow-users", pages=None) -> MainWindow:
        session = Session(destination_id=destination_id)
        window = MainWindow(session, pages, settings=ui_settings)
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        return window

    yield make
    for window in windows:
        window.close()
        for page in window.pages:
            page.shutdown()  # idempotent: joins any worker the test left running
