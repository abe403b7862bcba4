"""Test isolation: offscreen Qt, a throwaway data dir and an in-memory keyring for every test."""

from __future__ import annotations

import os

import pytest

pytest_plugins = ["tests.sandbox_fixtures"]

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never the real OS keyring: keyring picks this backend class by name.
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.keyring_backend.MemoryKeyring"


@pytest.fixture(autouse=True, scope="session")
def _readable_locale():
    """Numbers as an English-speaking operator reads them (12,371), whatever the test machine's
    locale is ("C" on a bare CI box), as the app settles it at start."""
    from app.ui.texts import settle_default_locale

    settle_default_locale()


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """Point the journal/receipts/templates directory at a fresh tmp dir."""
    monkeypatch.setenv("BACKFILL_DATA_DIR", str(tmp_path_factory.mktemp("backfill-data")))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("xdg-config")))


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:
    """Delete the widgets pytest-qt closed, in their own test's teardown.

    pytest-qt closes a test's widgets and calls deleteLater(), but processEvents() never runs
    deferred deletions: without this they pile up and are destroyed in whichever later test
    first spins a nested event loop, long after their own loop and workers have gone (a
    segfault in an unrelated test). This runs after pytest-qt's close and after the test's
    fixtures have been torn down (they may still use the closed window: make_window shuts its
    pages down), before the next test starts.
    """
    import sys

    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QCoreApplication, QEvent

        if QCoreApplication.instance() is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
